/* fuzz_csv -- the command's CSV reader on arbitrary text: a well-formed
 * table (rows from increasing lines of the file), or a clean refusal. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "csv.h"
#include "errors.h"
#include "fuzz_reader.h"

#define REQUIRE(c) ((c) ? (void)0 : abort())

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_input_file(data, size);
    if (!path)
        return 0;
    for (int skip_header = 0; skip_header < 2; skip_header++) {
        csv_table t = {0};
        int status = csv_read(path, skip_header, &t);
        REQUIRE(status == CLI_OK || status == CLI_DATA_ERROR ||
                status == CLI_RUNTIME_ERROR);
        for (size_t r = 0; status == CLI_OK && r < t.rows; r++) {
            REQUIRE(t.lines[r] >= 1 && (r == 0 || t.lines[r] > t.lines[r - 1]));
            volatile float sum = 0; /* touch every value: ASan checks them */
            for (size_t c = 0; c < t.cols; c++)
                sum += t.values[r * t.cols + c];
            (void)sum;
        }
        csv_free(&t);
    }
    return 0;
}
