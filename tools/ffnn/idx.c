/* idx.c -- the IDX reader. zlib's gzread reads gzip files and passes plain
 * files through, so both work unchanged. */
#include "idx.h"

#include "errors.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define IDX_UBYTE     0x08
#define IDX_MAX_BYTES ((size_t)1 << 31) /* 2 GiB of pixels */
#define READ_CHUNK    ((size_t)1 << 24)

/* Read exactly size bytes; returns the count read, or -1 on a zlib error. */
static long long read_bytes(gzFile file, void *buffer, size_t size)
{
    size_t done = 0;
    while (done < size) {
        size_t want = size - done < READ_CHUNK ? size - done : READ_CHUNK;
        int got = gzread(file, (unsigned char *)buffer + done, (unsigned)want);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += (size_t)got;
    }
    return (long long)done;
}

static int fail_read(gzFile file, const char *path)
{
    int zlib_error;
    const char *message = gzerror(file, &zlib_error);
    if (zlib_error == Z_ERRNO)
        message = strerror(errno);
    return fail(CLI_DATA_ERROR, "cannot read %s: %s", path, message);
}

static int read_magic(gzFile file, const char *path, size_t *n_dims)
{
    unsigned char magic[4];
    long long got = read_bytes(file, magic, 4);
    if (got < 0)
        return fail_read(file, path);
    if (got < 4)
        return fail(CLI_DATA_ERROR, "%s: too short for an IDX file", path);
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != IDX_UBYTE ||
        magic[3] == 0 || magic[3] > IDX_MAX_DIMS)
        return fail(CLI_DATA_ERROR,
                    "%s: byte 0: bad IDX magic 0x%02X%02X%02X%02X (expected "
                    "0x000008NN: unsigned bytes in NN = 1..%d dimensions)",
                    path, magic[0], magic[1], magic[2], magic[3], IDX_MAX_DIMS);
    *n_dims = magic[3];
    return CLI_OK;
}

static int read_dims(gzFile file, const char *path, idx_array *array)
{
    unsigned char bytes[4 * IDX_MAX_DIMS];
    size_t size = 4 * array->n_dims;
    long long got = read_bytes(file, bytes, size);
    if (got < 0)
        return fail_read(file, path);
    if ((size_t)got < size)
        return fail(CLI_DATA_ERROR, "%s: byte %zu: IDX header truncated", path,
                    4 + (size_t)got);
    size_t total = 1;
    for (size_t i = 0; i < array->n_dims; i++) {
        const unsigned char *b = bytes + 4 * i;
        size_t dim = (size_t)b[0] << 24 | (size_t)b[1] << 16 |
                     (size_t)b[2] << 8 | (size_t)b[3];
        if (dim == 0)
            return fail(CLI_DATA_ERROR, "%s: byte %zu: IDX dimension %zu is 0",
                        path, 4 + 4 * i, i + 1);
        if (dim > IDX_MAX_BYTES / total)
            return fail(CLI_DATA_ERROR,
                        "%s: byte %zu: IDX dimensions too large", path,
                        4 + 4 * i);
        total *= dim;
        array->dims[i] = dim;
    }
    array->data_offset = 4 + size;
    array->count = array->dims[0];
    array->item_size = total / array->count;
    return CLI_OK;
}

/* The buffer grows with the data actually read, one chunk at a time, so
 * that a short (or hostile) file cannot make us allocate what its header
 * claims but it does not hold. */
static int read_data(gzFile file, const char *path, idx_array *array)
{
    size_t size = array->count * array->item_size, done = 0;
    while (done < size) {
        size_t want = size - done < READ_CHUNK ? size - done : READ_CHUNK;
        unsigned char *grown = realloc(array->data, done + want);
        if (!grown)
            return fail(CLI_RUNTIME_ERROR, "out of memory reading %s", path);
        array->data = grown;
        long long got = read_bytes(file, array->data + done, want);
        if (got < 0)
            return fail_read(file, path);
        done += (size_t)got;
        if ((size_t)got < want)
            return fail(CLI_DATA_ERROR,
                        "%s: item %zu (byte %zu): truncated: its IDX "
                        "dimensions need %zu data bytes, it has %zu",
                        path, done / array->item_size,
                        array->data_offset + done, size, done);
    }
    unsigned char extra;
    long long got = read_bytes(file, &extra, 1);
    if (got < 0)
        return fail_read(file, path);
    if (got > 0)
        return fail(CLI_DATA_ERROR,
                    "%s: byte %zu: longer than its IDX dimensions say (%zu "
                    "data bytes)",
                    path, array->data_offset + size, size);
    return CLI_OK;
}

int idx_read(const char *path, idx_array *array)
{
    memset(array, 0, sizeof *array);
    errno = 0;
    gzFile file = gzopen(path, "rb");
    if (!file)
        return fail(CLI_DATA_ERROR, "cannot open %s: %s", path,
                    errno ? strerror(errno) : "out of memory");
    int rc = read_magic(file, path, &array->n_dims);
    if (rc == CLI_OK)
        rc = read_dims(file, path, array);
    if (rc == CLI_OK)
        rc = read_data(file, path, array);
    gzclose(file);
    if (rc != CLI_OK)
        idx_free(array);
    return rc;
}

void idx_free(idx_array *array)
{
    free(array->data);
    memset(array, 0, sizeof *array);
}
