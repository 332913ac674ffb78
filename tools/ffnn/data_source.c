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
#include <string.h>

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
    int has_label = source->label_column != DATA_NO_COLUMN;
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
    if (source->label_column != DATA_NO_COLUMN || source->targets > 0 ||
        source->header || source->weights_column != DATA_NO_COLUMN)
        return fail(CLI_USAGE_ERROR,
                    "--label-column, --targets, --weights-column and --header "
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

/* Where a CSV's columns go: the label's and the weights' (cols when not
 * given), the last `targets` as targets, the others features. */
typedef struct {
    size_t label, weights, targets;
} csv_layout;

static int is_feature(const csv_layout *layout, size_t cols, size_t c)
{
    return c != layout->label && c != layout->weights &&
           c < cols - layout->targets;
}

static void copy_columns(const csv_table *table, const csv_layout *layout,
                         dataset *ds)
{
    for (size_t i = 0; i < table->rows; i++) {
        const float *row = table->values + i * table->cols;
        float *x = ds->x + i * ds->d;
        for (size_t c = 0, f = 0; f < ds->d; c++)
            if (is_feature(layout, table->cols, c))
                x[f++] = row[c];
        for (size_t j = 0; j < layout->targets; j++)
            ds->y[i * ds->k + j] = row[table->cols - layout->targets + j];
    }
}

/* Column `given` of flag (-1 the last) as an index < cols, or cols when not
 * given. */
static int resolve_column(const csv_table *table, const data_source *source,
                          long given, const char *flag, size_t *column)
{
    long c = given < 0 ? given + (long)table->cols : given;
    *column = table->cols;
    if (given == DATA_NO_COLUMN)
        return CLI_OK;
    if (c < 0 || (size_t)c >= table->cols || table->cols < 2)
        return fail(CLI_DATA_ERROR,
                    "%s %ld: %s has %zu columns (need the %s and at least one "
                    "feature)",
                    flag, given, source->csv, table->cols,
                    strcmp(flag, "--label-column") ? "weights" : "label");
    *column = (size_t)c;
    return CLI_OK;
}

static int csv_layout_of(const csv_table *table, const data_source *source,
                         csv_layout *layout)
{
    layout->targets = source->targets;
    int rc = resolve_column(table, source, source->label_column,
                            "--label-column", &layout->label);
    if (rc == CLI_OK)
        rc = resolve_column(table, source, source->weights_column,
                            "--weights-column", &layout->weights);
    if (rc != CLI_OK)
        return rc;
    int weighted = layout->weights < table->cols;
    size_t taken = (layout->label < table->cols) + weighted + layout->targets;
    if (weighted && layout->weights == layout->label)
        return fail(CLI_DATA_ERROR,
                    "--weights-column and --label-column name the same column "
                    "(%zu) of %s",
                    layout->weights, source->csv);
    if (weighted && layout->weights >= table->cols - layout->targets &&
        layout->targets < table->cols)
        return fail(CLI_DATA_ERROR,
                    "--weights-column names column %zu of %s, one of the "
                    "--targets %zu columns",
                    layout->weights, source->csv, layout->targets);
    if (taken >= table->cols && !weighted)
        return fail(CLI_DATA_ERROR,
                    "--targets %zu: %s has only %zu columns (need at least "
                    "one feature)",
                    layout->targets, source->csv, table->cols);
    if (taken >= table->cols)
        return fail(CLI_DATA_ERROR,
                    "%s has %zu columns, and the weights and targets take "
                    "them all (need at least one feature)",
                    source->csv, table->cols);
    return CLI_OK;
}

static int csv_labels(const csv_table *table, const data_source *source,
                      const data_request *request, size_t column,
                      size_t *classes)
{
    label_values labels = {
        table->values + column,
        table->cols,
        table->rows,
        {source->csv, table->lines, table->columns + column, 0}};
    return count_classes(&labels, request, classes);
}

/* The weights column into ds->w: each finite (the reader's rule) and
 * >= 0. */
static int csv_weights(const csv_table *table, const data_source *source,
                       size_t column, dataset *ds)
{
    if (dataset_alloc_weights(ds) != 0)
        return fail_memory();
    for (size_t i = 0; i < table->rows; i++) {
        float w = table->values[i * table->cols + column];
        if (w < 0)
            return fail(CLI_DATA_ERROR, "%s:%zu:%zu: weight %g is negative",
                        source->csv, table->lines[i],
                        (size_t)table->columns[i * table->cols + column],
                        (double)w);
        ds->w[i] = w;
    }
    return CLI_OK;
}

static int csv_to_dataset(const csv_table *table, const data_source *source,
                          const data_request *request, dataset *ds)
{
    csv_layout layout;
    int rc = csv_layout_of(table, source, &layout);
    int labelled = layout.label < table->cols;
    size_t classes = layout.targets;
    if (rc == CLI_OK && labelled)
        rc = csv_labels(table, source, request, layout.label, &classes);
    if (rc != CLI_OK)
        return rc;
    size_t features = table->cols - labelled - (layout.weights < table->cols) -
                      layout.targets;
    if (dataset_alloc(ds, table->rows, features, classes) != 0)
        return fail_memory();
    copy_columns(table, &layout, ds);
    if (labelled)
        for (size_t i = 0; i < ds->n; i++)
            dataset_set_label(
                ds, i, (size_t)table->values[i * table->cols + layout.label]);
    if (layout.weights < table->cols)
        rc = csv_weights(table, source, layout.weights, ds);
    if (rc != CLI_OK)
        dataset_free(ds);
    return rc;
}

static int load_csv(const data_source *source, const data_request *request,
                    dataset *ds)
{
    csv_table table;
    int rc = csv_read(source->csv, source->header, &table);
    if (rc != CLI_OK)
        return rc;
    rc = csv_to_dataset(&table, source, request, ds);
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
