/* csv.c -- a reader for CSV files of numbers (no quoting: every field is a
 * number, surrounded by optional blanks). */
#include "csv.h"

#include "errors.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *path;
    size_t line; /* 1-based number of the line being read */
} csv_position;

static int is_blank_or_comment(const char *line)
{
    line += strspn(line, " \t\r\n");
    return *line == '\0' || *line == '#';
}

static size_t count_fields(const char *line)
{
    size_t fields = 1;
    for (; *line; line++)
        fields += *line == ',';
    return fields;
}

/* A bad field: its 1-based index (0: wrong field count) and its text. */
typedef struct {
    size_t index;
    const char *text;
} bad_field;

/* Parse one number and the blanks and separator after it; returns the next
 * field's start, or NULL if the field is not a finite number. */
static const char *parse_field(const char *field, int last, float *out)
{
    field += strspn(field, " \t");
    char *end;
    double v = strtod(field, &end);
    const char *after = end + strspn(end, " \t\r\n");
    if (end == field || *after != (last ? '\0' : ',') || !isfinite(v) ||
        fabs(v) > 3e38)
        return NULL;
    *out = (float)v;
    return after + 1;
}

/* Parse line into out[0..cols-1]; -1 and *bad set on failure. */
static int parse_row(const char *line, size_t cols, float *out, bad_field *bad)
{
    if (count_fields(line) != cols) {
        bad->index = 0;
        return -1;
    }
    const char *field = line;
    for (size_t c = 0; c < cols; c++) {
        const char *next = parse_field(field, c + 1 == cols, &out[c]);
        if (!next) {
            bad->index = c + 1;
            bad->text = field + strspn(field, " \t");
            return -1;
        }
        field = next;
    }
    return 0;
}

static int report_bad_row(const csv_position *at, const char *line, size_t cols,
                          const bad_field *bad)
{
    if (bad->index == 0)
        return fail(CLI_DATA_ERROR, "%s:%zu: expected %zu fields, found %zu",
                    at->path, at->line, cols, count_fields(line));
    int length = (int)strcspn(bad->text, ", \t\r\n");
    if (length == 0)
        return fail(CLI_DATA_ERROR, "%s:%zu: field %zu is empty", at->path,
                    at->line, bad->index);
    return fail(CLI_DATA_ERROR,
                "%s:%zu: field %zu: '%.*s' is not a finite number", at->path,
                at->line, bad->index, length > 40 ? 40 : length, bad->text);
}

/* Make room for one more row. */
static int grow(csv_table *table, size_t *capacity)
{
    if (table->rows < *capacity)
        return 0;
    size_t more = *capacity ? 2 * *capacity : 256;
    float *values = realloc(table->values, more * table->cols * sizeof *values);
    if (!values)
        return -1;
    table->values = values;
    size_t *lines = realloc(table->lines, more * sizeof *lines);
    if (!lines)
        return -1;
    table->lines = lines;
    *capacity = more;
    return 0;
}

/* The first meaningful line decides the column count and the header. */
static int read_first_line(csv_table *table, char *line, int skip_header)
{
    table->cols = count_fields(line);
    if (skip_header) {
        table->had_header = 1;
        return 0;
    }
    float *probe = malloc(table->cols * sizeof *probe);
    if (!probe)
        return -1;
    bad_field bad;
    table->had_header = parse_row(line, table->cols, probe, &bad) != 0;
    free(probe);
    return 0;
}

static int read_lines(FILE *file, csv_position *at, int skip_header,
                      csv_table *table)
{
    char *line = NULL;
    size_t line_size = 0, capacity = 0;
    int rc = CLI_OK, first = 1;
    while (rc == CLI_OK && getline(&line, &line_size, file) != -1) {
        at->line++;
        if (is_blank_or_comment(line))
            continue;
        if (first) {
            first = 0;
            if (read_first_line(table, line, skip_header) != 0)
                rc = fail(CLI_RUNTIME_ERROR, "out of memory");
            if (table->had_header)
                continue;
        }
        bad_field bad;
        if (grow(table, &capacity) != 0)
            rc = fail(CLI_RUNTIME_ERROR, "out of memory reading %s", at->path);
        else if (parse_row(line, table->cols,
                           table->values + table->rows * table->cols,
                           &bad) != 0)
            rc = report_bad_row(at, line, table->cols, &bad);
        else
            table->lines[table->rows++] = at->line;
    }
    free(line);
    return rc;
}

int csv_read(const char *path, int skip_header, csv_table *table)
{
    memset(table, 0, sizeof *table);
    FILE *file = fopen(path, "r");
    if (!file)
        return fail(CLI_DATA_ERROR, "cannot open %s: %s", path,
                    strerror(errno));
    csv_position at = {path, 0};
    int rc = read_lines(file, &at, skip_header, table);
    if (rc == CLI_OK && ferror(file))
        rc = fail(CLI_DATA_ERROR, "cannot read %s: %s", path, strerror(errno));
    fclose(file);
    if (rc == CLI_OK && table->rows == 0)
        rc = fail(CLI_DATA_ERROR, "%s: no data rows", path);
    if (rc != CLI_OK)
        csv_free(table);
    return rc;
}

void csv_free(csv_table *table)
{
    free(table->values);
    free(table->lines);
    memset(table, 0, sizeof *table);
}
