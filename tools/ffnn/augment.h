/* augment.h -- random shifts of square images, a new draw every epoch, so
 * that a network learns digits rather than pixel positions. */
#ifndef FFNN_CLI_AUGMENT_H
#define FFNN_CLI_AUGMENT_H

#include <stddef.h>
#include <stdint.h>

/* Copy n images of side x side pixels from src to dst, each moved by its
 * own random offset in [-max_shift, max_shift] in both directions (pixels
 * moved in from outside are 0). *rng is the state of the random stream. */
void augment_shift(const float *src, float *dst, size_t n, size_t side,
                   size_t max_shift, uint64_t *rng);

#endif
