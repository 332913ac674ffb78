/* csv.h -- read a CSV file of numbers into a table. */
#ifndef FFNN_CLI_CSV_H
#define FFNN_CLI_CSV_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    size_t rows, cols;
    float *values;     /* rows x cols, row-major */
    size_t *lines;     /* the 1-based line number in the file of each row */
    uint32_t *columns; /* rows x cols: the 1-based byte column in its line
                          where each value's text starts, for messages */
    int had_header;
} csv_table;

/* Read path: comma-separated numbers, the same count on every line. Blank
 * lines and lines starting with '#' are skipped. The first line is a header
 * (skipped) if skip_header is set, or if it holds a field that is not a
 * number: one that strtod does not consume entirely. "nan", "inf" and empty
 * fields count as numbers there, so they fail as on any other line rather
 * than silently drop a row. Returns CLI_OK, or CLI_DATA_ERROR /
 * CLI_RUNTIME_ERROR after printing "FILE:LINE:COL: ..." for the field at
 * fault. */
int csv_read(const char *path, int skip_header, csv_table *table);
void csv_free(csv_table *table);

#endif
