/* augment.c -- random shifts of square images. */
#include "augment.h"

#include <string.h>

/* SplitMix64: a small, fast generator, the same on every machine. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static long random_offset(uint64_t *rng, size_t max_shift)
{
    return (long)(next_random(rng) % (2 * max_shift + 1)) - (long)max_shift;
}

/* dst = src moved down by dy and right by dx. */
static void shift_image(const float *src, float *dst, long side, long dy,
                        long dx)
{
    memset(dst, 0, (size_t)(side * side) * sizeof *dst);
    for (long r = 0; r < side; r++) {
        long from_r = r - dy;
        if (from_r < 0 || from_r >= side)
            continue;
        for (long c = 0; c < side; c++) {
            long from_c = c - dx;
            if (from_c >= 0 && from_c < side)
                dst[r * side + c] = src[from_r * side + from_c];
        }
    }
}

void augment_shift(const float *src, float *dst, size_t n, size_t side,
                   size_t max_shift, uint64_t *rng)
{
    size_t pixels = side * side;
    for (size_t i = 0; i < n; i++) {
        long dy = random_offset(rng, max_shift);
        long dx = random_offset(rng, max_shift);
        shift_image(src + i * pixels, dst + i * pixels, (long)side, dy, dx);
    }
}
