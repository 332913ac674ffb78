/* draw.c -- a square image as text. */
#include "draw.h"

#include <math.h>

static const char ramp[] = " .:-=+*#%@";

size_t draw_side(size_t pixels)
{
    size_t side = (size_t)lround(sqrt((double)pixels));
    return side * side == pixels ? side : 0;
}

/* The range to map onto the ramp: [0, 1], widened to hold every pixel. */
static void pixel_range(const float *pixels, size_t count, float *low,
                        float *high)
{
    *low = 0.0f;
    *high = 1.0f;
    for (size_t i = 0; i < count; i++) {
        *low = pixels[i] < *low ? pixels[i] : *low;
        *high = pixels[i] > *high ? pixels[i] : *high;
    }
}

static char shade(float value, float low, float high)
{
    int levels = (int)sizeof ramp - 1;
    int level = (int)((value - low) / (high - low) * (float)levels);
    level = level < 0 ? 0 : level >= levels ? levels - 1 : level;
    return ramp[level];
}

static void draw_border(FILE *out, size_t side)
{
    fputc('+', out);
    for (size_t i = 0; i < 2 * side; i++)
        fputc('-', out);
    fputc('+', out);
}

void draw_image(FILE *out, const float *pixels, size_t side,
                const char *const *caption, size_t lines)
{
    float low, high;
    pixel_range(pixels, side * side, &low, &high);
    draw_border(out, side);
    fputc('\n', out);
    for (size_t r = 0; r < side; r++) {
        fputc('|', out);
        for (size_t c = 0; c < side; c++) {
            char ink = shade(pixels[r * side + c], low, high);
            fputc(ink, out);
            fputc(ink, out);
        }
        fputc('|', out);
        if (r < lines)
            fprintf(out, "  %s", caption[r]);
        fputc('\n', out);
    }
    draw_border(out, side);
    fputc('\n', out);
}
