/* fuzz_reader.h -- the command's readers take a path: the fuzz input goes
 * through a file of its own, rewritten for every input. */
#ifndef FFNN_FUZZ_READER_H
#define FFNN_FUZZ_READER_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The path of a file holding exactly data; NULL if it cannot be written. */
static const char *fuzz_input_file(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/ffnn-fuzz-%ld", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    size_t written = fwrite(data, 1, size, f);
    return fclose(f) == 0 && written == size ? path : NULL;
}

#endif
