/* draw.h -- a square image as text, a caption beside it. */
#ifndef FFNN_CLI_DRAW_H
#define FFNN_CLI_DRAW_H

#include <stddef.h>
#include <stdio.h>

/* The side of a square image of `pixels` pixels, or 0 if it is not square. */
size_t draw_side(size_t pixels);

/* Draw side x side pixels (row-major; darker for larger values, scaled to
 * the image's range when it leaves [0, 1]) in a frame, two characters per
 * pixel, with caption[0..lines-1] to the right of the top rows. */
void draw_image(FILE *out, const float *pixels, size_t side,
                const char *const *caption, size_t lines);

#endif
