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

/* One field of a line: it begins at `at`; [start, end) is its text without
 * the blanks around it (start == end: the field is empty). */
typedef struct {
    const char *at, *start, *end;
} csv_field;

typedef enum { FIELD_NUMBER, FIELD_EMPTY, FIELD_TEXT } field_kind;

/* What is wrong with a row, and where (1-based field index and column). */
typedef struct {
    enum { BAD_COUNT, BAD_EMPTY, BAD_NUMBER } kind;
    size_t index, column;
    csv_field field;
} bad_field;

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

/* The line's length without its "\n" or "\r\n". */
static size_t line_length(const char *line)
{
    size_t length = strlen(line);
    if (length > 0 && line[length - 1] == '\n')
        length--;
    if (length > 0 && line[length - 1] == '\r')
        length--;
    return length;
}

static size_t column_of(const char *line, const char *p)
{
    return (size_t)(p - line) + 1;
}

/* Split off the field at p; returns the next field's start, or NULL after
 * the last field. */
static const char *split_field(const char *p, csv_field *field)
{
    const char *comma = p + strcspn(p, ",");
    field->at = p;
    field->start = p + strspn(p, " \t");
    field->end = comma;
    while (field->end > field->start && strchr(" \t\r\n", field->end[-1]))
        field->end--;
    return *comma ? comma + 1 : NULL;
}

/* A field is a number if strtod consumes all its text ("nan" and "inf"
 * included: whether it is finite is checked apart). */
static field_kind parse_field(const csv_field *field, double *value)
{
    if (field->start == field->end)
        return FIELD_EMPTY;
    char *stop;
    *value = strtod(field->start, &stop);
    return stop == field->end ? FIELD_NUMBER : FIELD_TEXT;
}

/* Only a field that is not a number makes a header: a first row with a
 * "nan" or an empty field is data with an error, not a row to drop. */
static int holds_text_field(const char *line)
{
    const char *p = line;
    do {
        csv_field field;
        double value;
        p = split_field(p, &field);
        if (parse_field(&field, &value) == FIELD_TEXT)
            return 1;
    } while (p);
    return 0;
}

/* A row of the wrong width: point at its first extra field (the byte after
 * the cols-th comma), or at the end of a short line. */
static int bad_count(const char *line, size_t cols, bad_field *bad)
{
    bad->kind = BAD_COUNT;
    bad->index = count_fields(line);
    const char *p = line;
    for (size_t n = 0; bad->index > cols && n < cols; n++)
        p = strchr(p, ',') + 1;
    bad->column =
        bad->index > cols ? column_of(line, p) : line_length(line) + 1;
    return -1;
}

static int bad_value(const char *line, size_t c, const csv_field *field,
                     field_kind kind, bad_field *bad)
{
    bad->kind = kind == FIELD_EMPTY ? BAD_EMPTY : BAD_NUMBER;
    bad->index = c + 1;
    bad->column =
        column_of(line, kind == FIELD_EMPTY ? field->at : field->start);
    bad->field = *field;
    return -1;
}

/* Parse line into values[0..cols-1] and their columns; -1 and *bad set on
 * failure. */
static int parse_row(const char *line, size_t cols, float *values,
                     uint32_t *columns, bad_field *bad)
{
    if (count_fields(line) != cols)
        return bad_count(line, cols, bad);
    const char *p = line;
    for (size_t c = 0; c < cols; c++) {
        csv_field field;
        double v = 0;
        p = split_field(p, &field);
        field_kind kind = parse_field(&field, &v);
        if (kind != FIELD_NUMBER || !isfinite(v) || fabs(v) > 3e38)
            return bad_value(line, c, &field, kind, bad);
        values[c] = (float)v;
        size_t column = column_of(line, field.start);
        /* Saturate: a field beyond 4 GiB into a line is not worth more. */
        columns[c] = column < UINT32_MAX ? (uint32_t)column : UINT32_MAX;
    }
    return 0;
}

static int report_bad_row(const csv_position *at, size_t cols,
                          const bad_field *bad)
{
    if (bad->kind == BAD_COUNT)
        return fail(CLI_DATA_ERROR,
                    "%s:%zu:%zu: expected %zu fields, found %zu", at->path,
                    at->line, bad->column, cols, bad->index);
    if (bad->kind == BAD_EMPTY)
        return fail(CLI_DATA_ERROR, "%s:%zu:%zu: field %zu is empty", at->path,
                    at->line, bad->column, bad->index);
    size_t length = (size_t)(bad->field.end - bad->field.start);
    return fail(CLI_DATA_ERROR,
                "%s:%zu:%zu: field %zu: '%.*s' is not a finite number",
                at->path, at->line, bad->column, bad->index,
                length > 40 ? 40 : (int)length, bad->field.start);
}

/* Make room for one more row. */
static int grow(csv_table *table, size_t *capacity)
{
    if (table->rows < *capacity)
        return 0;
    size_t more = *capacity ? 2 * *capacity : 256, cells = more * table->cols;
    float *values = realloc(table->values, cells * sizeof *values);
    if (!values)
        return -1;
    table->values = values;
    uint32_t *columns = realloc(table->columns, cells * sizeof *columns);
    if (!columns)
        return -1;
    table->columns = columns;
    size_t *lines = realloc(table->lines, more * sizeof *lines);
    if (!lines)
        return -1;
    table->lines = lines;
    *capacity = more;
    return 0;
}

/* Parse line as the next row, or report why it is not one. */
static int add_row(csv_table *table, size_t *capacity, const char *line,
                   const csv_position *at)
{
    if (grow(table, capacity) != 0)
        return fail(CLI_RUNTIME_ERROR, "out of memory reading %s", at->path);
    size_t cell = table->rows * table->cols;
    bad_field bad;
    if (parse_row(line, table->cols, table->values + cell,
                  table->columns + cell, &bad) != 0)
        return report_bad_row(at, table->cols, &bad);
    table->lines[table->rows++] = at->line;
    return CLI_OK;
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
            /* The first meaningful line decides the width and the header. */
            first = 0;
            table->cols = count_fields(line);
            table->had_header = skip_header || holds_text_field(line);
            if (table->had_header)
                continue;
        }
        rc = add_row(table, &capacity, line, at);
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
    free(table->columns);
    memset(table, 0, sizeof *table);
}
