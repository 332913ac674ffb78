/* data_source.c -- from the data flags to a data set: check that the flags
 * make sense together, read the CSV or IDX files, turn class labels into
 * targets. */
#include "data_source.h"

#include "csv.h"
#include "errors.h"
#include "idx.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_CLASSES 100000

/* Where labels come from, for messages: a CSV file's lines and columns, or
 * IDX items and their byte offsets. */
typedef struct {
    const char *path;
    const size_t *lines;     /* label i is on line lines[i]; NULL for IDX */
    const uint32_t *columns; /* at column columns[i * stride] */
    size_t offset;           /* IDX: the byte offset of item 0 */
} label_place;

typedef struct {
    const float *values; /* labels[i * stride] */
    size_t stride, n;
    label_place place;
} label_values;

const char *data_source_name(const data_source *source)
{
    return source->csv ? source->csv : source->images;
}

static int check_csv_flags(const data_source *source, int need_targets)
{
    int has_label = source->label_column != DATA_NO_LABEL_COLUMN;
    if (source->labels)
        return fail(CLI_USAGE_ERROR, "--labels goes with --images, not --csv");
    if (has_label && source->targets > 0)
        return fail(CLI_USAGE_ERROR,
                    "give --label-column or --targets, not both");
    if (need_targets && !has_label && source->targets == 0)
        return fail(CLI_USAGE_ERROR,
                    "which columns are targets? give --label-column N (a "
                    "class index) or --targets K (the last K columns)");
    return CLI_OK;
}

static int check_idx_flags(const data_source *source, int need_targets)
{
    if (source->label_column != DATA_NO_LABEL_COLUMN || source->targets > 0 ||
        source->header)
        return fail(CLI_USAGE_ERROR, "--label-column, --targets and --header "
                                     "go with --csv, not --images");
    if (need_targets && !source->labels)
        return fail(CLI_USAGE_ERROR, "missing --labels FILE for --images");
    return CLI_OK;
}

int data_source_check(const data_source *source, int need_targets)
{
    if (source->csv && source->images)
        return fail(CLI_USAGE_ERROR, "give --csv or --images, not both");
    if (source->csv)
        return check_csv_flags(source, need_targets);
    if (source->images)
        return check_idx_flags(source, need_targets);
    if (source->labels)
        return fail(CLI_USAGE_ERROR, "--labels needs --images");
    return fail(CLI_USAGE_ERROR,
                "no data: give --csv FILE, or --images FILE --labels FILE");
}

static int fail_label(const label_values *labels, size_t i, float value,
                      const char *problem)
{
    const label_place *place = &labels->place;
    if (place->lines)
        return fail(CLI_DATA_ERROR, "%s:%zu:%zu: label %g %s", place->path,
                    place->lines[i], (size_t)place->columns[i * labels->stride],
                    (double)value, problem);
    /* IDX labels are one byte per item. */
    return fail(CLI_DATA_ERROR, "%s: item %zu (byte %zu): label %g %s",
                place->path, i, place->offset + i, (double)value, problem);
}

/* Check every label and find the class count: request->classes, or the
 * largest label + 1 (at least 2). */
static int count_classes(const label_values *labels,
                         const data_request *request, size_t *classes)
{
    size_t limit = request->classes == 1 ? 2 : request->classes;
    size_t largest = 0;
    char problem[160];
    for (size_t i = 0; i < labels->n; i++) {
        float v = labels->values[i * labels->stride];
        if (v < 0 || v != floorf(v) || v >= MAX_CLASSES)
            return fail_label(labels, i, v,
                              "is not a class index (a whole number from 0)");
        if (limit > 0 && (size_t)v >= limit) {
            snprintf(problem, sizeof problem,
                     "is out of range: %s allows classes 0..%zu",
                     request->classes_origin, limit - 1);
            return fail_label(labels, i, v, problem);
        }
        largest = (size_t)v > largest ? (size_t)v : largest;
    }
    *classes = request->classes ? request->classes
                                : (largest + 1 < 2 ? 2 : largest + 1);
    return CLI_OK;
}

static void set_labels(dataset *ds, const label_values *labels)
{
    for (size_t i = 0; i < ds->n; i++)
        dataset_set_label(ds, i, (size_t)labels->values[i * labels->stride]);
}

static int fail_memory(void)
{
    return fail(CLI_RUNTIME_ERROR, "out of memory for the data set");
}

/* Copy table columns into ds: column `skip` (if < cols) is left out of the
 * features, and the last ds->k columns are targets when copy_targets. */
static void copy_columns(const csv_table *table, size_t skip, int copy_targets,
                         dataset *ds)
{
    for (size_t i = 0; i < table->rows; i++) {
        const float *row = table->values + i * table->cols;
        float *x = ds->x + i * ds->d;
        for (size_t c = 0, f = 0; f < ds->d; c++)
            if (c != skip)
                x[f++] = row[c];
        for (size_t j = 0; copy_targets && j < ds->k; j++)
            ds->y[i * ds->k + j] = row[ds->d + j];
    }
}

static int csv_with_label(const csv_table *table, const data_source *source,
                          const data_request *request, dataset *ds)
{
    long column = source->label_column;
    if (column < 0)
        column += (long)table->cols;
    if (column < 0 || (size_t)column >= table->cols || table->cols < 2)
        return fail(CLI_DATA_ERROR,
                    "--label-column %ld: %s has %zu columns (need the label "
                    "and at least one feature)",
                    source->label_column, source->csv, table->cols);
    label_values labels = {
        table->values + column,
        table->cols,
        table->rows,
        {source->csv, table->lines, table->columns + column, 0}};
    size_t classes;
    int rc = count_classes(&labels, request, &classes);
    if (rc != CLI_OK)
        return rc;
    if (dataset_alloc(ds, table->rows, table->cols - 1, classes) != 0)
        return fail_memory();
    copy_columns(table, (size_t)column, 0, ds);
    set_labels(ds, &labels);
    return CLI_OK;
}

static int csv_with_target_columns(const csv_table *table,
                                   const data_source *source, dataset *ds)
{
    size_t k = source->targets;
    if (k >= table->cols)
        return fail(CLI_DATA_ERROR,
                    "--targets %zu: %s has only %zu columns (need at least "
                    "one feature)",
                    k, source->csv, table->cols);
    if (dataset_alloc(ds, table->rows, table->cols - k, k) != 0)
        return fail_memory();
    copy_columns(table, table->cols, 1, ds);
    return CLI_OK;
}

static int load_csv(const data_source *source, const data_request *request,
                    dataset *ds)
{
    csv_table table;
    int rc = csv_read(source->csv, source->header, &table);
    if (rc != CLI_OK)
        return rc;
    if (source->label_column != DATA_NO_LABEL_COLUMN)
        rc = csv_with_label(&table, source, request, ds);
    else if (source->targets > 0)
        rc = csv_with_target_columns(&table, source, ds);
    else if (dataset_alloc(ds, table.rows, table.cols, 0) != 0)
        rc = fail_memory();
    else
        copy_columns(&table, table.cols, 0, ds);
    csv_free(&table);
    return rc;
}

static int read_idx_images(const char *path, idx_array *images)
{
    int rc = idx_read(path, images);
    if (rc == CLI_OK && images->n_dims < 2) {
        idx_free(images);
        return fail(CLI_DATA_ERROR,
                    "%s: a 1-dimensional IDX file, not images (labels given "
                    "as --images?)",
                    path);
    }
    return rc;
}

static int read_idx_labels(const char *path, const idx_array *images,
                           const char *images_path, idx_array *labels)
{
    int rc = idx_read(path, labels);
    if (rc != CLI_OK)
        return rc;
    if (labels->n_dims != 1)
        rc = fail(CLI_DATA_ERROR,
                  "%s: a %zu-dimensional IDX file, not labels (1 dimension)",
                  path, labels->n_dims);
    else if (labels->count != images->count)
        rc = fail(CLI_DATA_ERROR, "%s has %zu labels but %s has %zu images",
                  path, labels->count, images_path, images->count);
    if (rc != CLI_OK)
        idx_free(labels);
    return rc;
}

static int idx_to_dataset(const idx_array *images, const idx_array *labels,
                          const char *labels_path, const data_request *request,
                          dataset *ds)
{
    size_t n = images->count, d = images->item_size, classes = 0;
    float *values = NULL;
    if (labels) {
        values = malloc(n * sizeof *values);
        if (!values)
            return fail_memory();
        for (size_t i = 0; i < n; i++)
            values[i] = labels->data[i];
    }
    label_values column = {
        values,
        1,
        n,
        {labels_path, NULL, NULL, labels ? labels->data_offset : 0}};
    int rc = labels ? count_classes(&column, request, &classes) : CLI_OK;
    if (rc == CLI_OK && dataset_alloc(ds, n, d, classes) != 0)
        rc = fail_memory();
    if (rc == CLI_OK) {
        for (size_t i = 0; i < n * d; i++)
            ds->x[i] = images->data[i] / 255.0f;
        if (labels)
            set_labels(ds, &column);
    }
    free(values);
    return rc;
}

static int load_idx(const data_source *source, const data_request *request,
                    dataset *ds)
{
    idx_array images, labels;
    int rc = read_idx_images(source->images, &images);
    if (rc != CLI_OK)
        return rc;
    if (source->labels)
        rc = read_idx_labels(source->labels, &images, source->images, &labels);
    if (rc == CLI_OK) {
        rc = idx_to_dataset(&images, source->labels ? &labels : NULL,
                            source->labels, request, ds);
        if (source->labels)
            idx_free(&labels);
    }
    idx_free(&images);
    return rc;
}

int data_source_load(const data_source *source, const data_request *request,
                     dataset *ds)
{
    int rc = data_source_check(source, request->need_targets);
    if (rc != CLI_OK)
        return rc;
    return source->csv ? load_csv(source, request, ds)
                       : load_idx(source, request, ds);
}
