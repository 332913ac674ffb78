/* alloc.c -- the one place the library gets and returns memory.
 * Blocks are 64-byte aligned on top of a malloc-like allocator (the user's,
 * if set). A small header before each block records the raw pointer and
 * the allocator that made it, so a block always goes back where it came
 * from, even if the allocator changes in between. */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>

#define ALIGNMENT 64

typedef struct {
    void *raw;
    ffnn_free_fn free_fn;
    void *user;
} block_header;

static void *system_alloc(void *user, size_t size)
{
    (void)user;
    return malloc(size);
}

static void system_free(void *user, void *p)
{
    (void)user;
    free(p);
}

static struct {
    ffnn_alloc_fn alloc;
    ffnn_free_fn free;
    void *user;
} allocator = {system_alloc, system_free, NULL};

ffnn_status ffnn_set_allocator(ffnn_alloc_fn alloc_fn, ffnn_free_fn free_fn,
                               void *user)
{
    if (!alloc_fn != !free_fn)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_allocator: give both functions or neither");
    allocator.alloc = alloc_fn ? alloc_fn : system_alloc;
    allocator.free = free_fn ? free_fn : system_free;
    allocator.user = alloc_fn ? user : NULL;
    return FFNN_OK;
}

void *ffnn__alloc(size_t bytes)
{
    size_t extra = ALIGNMENT + sizeof(block_header);
    if (bytes > SIZE_MAX - extra)
        return NULL;
    void *raw = allocator.alloc(allocator.user, bytes + extra);
    if (!raw)
        return NULL;
    uintptr_t start = (uintptr_t)raw + sizeof(block_header);
    uintptr_t aligned = (start + ALIGNMENT - 1) & ~(uintptr_t)(ALIGNMENT - 1);
    block_header *h = (block_header *)aligned - 1;
    h->raw = raw;
    h->free_fn = allocator.free;
    h->user = allocator.user;
    return (void *)aligned;
}

void ffnn__free(void *p)
{
    if (!p)
        return;
    block_header *h = (block_header *)p - 1;
    h->free_fn(h->user, h->raw);
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

char *ffnn__copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *c = ffnn__alloc(n);
    if (c)
        memcpy(c, s, n);
    return c;
}
