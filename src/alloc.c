/* alloc.c -- the one place the library gets and returns memory.
 * Blocks are 64-byte aligned on top of plain malloc, so that a future
 * user-supplied allocator only has to provide malloc and free. */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>

#define ALIGNMENT 64

void *ffnn__alloc(size_t bytes)
{
    if (bytes > SIZE_MAX - ALIGNMENT - sizeof(void *))
        return NULL;
    void *raw = malloc(bytes + ALIGNMENT + sizeof(void *));
    if (!raw)
        return NULL;
    uintptr_t start = (uintptr_t)raw + sizeof(void *);
    uintptr_t aligned = (start + ALIGNMENT - 1) & ~(uintptr_t)(ALIGNMENT - 1);
    ((void **)aligned)[-1] = raw;
    return (void *)aligned;
}

void ffnn__free(void *p)
{
    if (p)
        free(((void **)p)[-1]);
}

size_t ffnn__padded(size_t n)
{
    return (n + FFNN_ALIGN_FLOATS - 1) / FFNN_ALIGN_FLOATS * FFNN_ALIGN_FLOATS;
}

int ffnn__mul_overflows(size_t a, size_t b, size_t *out)
{
    if (a != 0 && b > SIZE_MAX / a)
        return 1;
    *out = a * b;
    return 0;
}
