/* idx.h -- read IDX files (the MNIST format), plain or gzip-compressed. */
#ifndef FFNN_CLI_IDX_H
#define FFNN_CLI_IDX_H

#include <stddef.h>

#define IDX_MAX_DIMS 8

typedef struct {
    size_t n_dims;
    size_t dims[IDX_MAX_DIMS];
    size_t count;        /* dims[0]: the number of items */
    size_t item_size;    /* the product of the other dims (1 if none) */
    size_t data_offset;  /* bytes before the data: 4 + 4 * n_dims */
    unsigned char *data; /* count x item_size bytes */
} idx_array;

/* Read an IDX file of unsigned bytes (magic 0x000008NN, NN dimensions, each
 * a big-endian 32-bit count, then the data). Returns CLI_OK, or an exit
 * code after printing what is wrong with the file and where: "FILE: byte
 * B: ..." in the header, "FILE: item I (byte B): ..." in the data, with I
 * 0-based and B the offset in the uncompressed bytes. */
int idx_read(const char *path, idx_array *out);
void idx_free(idx_array *array);

#endif
