/* fuzz_idx -- the command's IDX reader (plain or gzip) on arbitrary bytes:
 * the dimensions it reports must describe exactly the data it returns. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "errors.h"
#include "fuzz_reader.h"
#include "idx.h"

#define REQUIRE(c) ((c) ? (void)0 : abort())

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_input_file(data, size);
    if (!path)
        return 0;
    idx_array a = {0};
    int status = idx_read(path, &a);
    REQUIRE(status == CLI_OK || status == CLI_DATA_ERROR ||
            status == CLI_RUNTIME_ERROR);
    if (status == CLI_OK) {
        size_t items = 1;
        for (size_t d = 1; d < a.n_dims; d++)
            items *= a.dims[d];
        REQUIRE(a.n_dims >= 1 && a.count == a.dims[0] && a.item_size == items);
        volatile unsigned sum = 0; /* touch every byte: ASan checks them */
        for (size_t k = 0; k < a.count * a.item_size; k++)
            sum += a.data[k];
        (void)sum;
    }
    idx_free(&a);
    return 0;
}
