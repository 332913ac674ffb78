/* data_source.h -- the data flags shared by train, eval and predict, and
 * loading the data set they name: a CSV file, or IDX images and labels. */
#ifndef FFNN_CLI_DATA_SOURCE_H
#define FFNN_CLI_DATA_SOURCE_H

#include "args.h"
#include "dataset.h"

#include <limits.h>

#define DATA_NO_COLUMN LONG_MIN

typedef struct {
    const char *csv;
    long label_column; /* DATA_NO_COLUMN when not given */
    size_t targets;    /* the last `targets` columns are targets; 0: none */
    int header;
    const char *images;
    const char *labels;
    long weights_column; /* DATA_NO_COLUMN when not given */
} data_source;

// clang-format off
#define DATA_SOURCE_INIT                                                       \
    {NULL, DATA_NO_COLUMN, 0, 0, NULL, NULL, DATA_NO_COLUMN}

/* The flag specs of a data_source, to put in a subcommand's table. */
#define DATA_SOURCE_FLAGS(source)                                              \
    {"Data (a CSV file, or IDX images and labels)", FLAG_SECTION, NULL, NULL,  \
     NULL, 0, 0},                                                              \
    {"csv", FLAG_STRING, &(source)->csv, "FILE",                               \
     "CSV file of numbers, one sample per line", 0, 0},                       \
    {"label-column", FLAG_LONG, &(source)->label_column, "N",                  \
     "the column (0-based; -1 is the last) holding a class index, the rest "   \
     "being features",                                                         \
     0, 0},                                                                    \
    {"targets", FLAG_SIZE, &(source)->targets, "K",                            \
     "the last K columns are the targets (e.g. one-hot), the rest features",   \
     0, 0},                                                                    \
    {"weights-column", FLAG_LONG, &(source)->weights_column, "N",              \
     "the column (0-based; -1 is the last) holding each sample's weight in "   \
     "the training loss (finite, >= 0; with --class-weight the two "           \
     "multiply); eval and predict leave it out of the features",               \
     0, 0},                                                                    \
    {"header", FLAG_BOOL, &(source)->header, NULL,                             \
     "skip the first line (without it, a first line is skipped only if a "     \
     "field is not a number: nan, inf and empty fields are errors)",           \
     0, 0},                                                                    \
    {"images", FLAG_STRING, &(source)->images, "FILE",                         \
     "IDX file of unsigned-byte images (gzip or not); pixels are scaled to "   \
     "[0, 1]",                                                                 \
     0, 0},                                                                    \
    {"labels", FLAG_STRING, &(source)->labels, "FILE",                         \
     "IDX file of the images' class labels (gzip or not)", 0, 0}
// clang-format on

typedef struct {
    int need_targets; /* a usage error if the flags name no targets */
    /* Width of the targets made from class labels: one-hot over `classes`,
     * or the label itself (0 or 1) when 1; 0 infers max label + 1. */
    size_t classes;
    const char *classes_origin; /* what set `classes`, for messages */
} data_request;

/* CLI_USAGE_ERROR (reported) unless the flags name one data set, with
 * targets if need_targets. */
int data_source_check(const data_source *source, int need_targets);

/* Check the flags, read the files and fill *ds. Returns CLI_OK or the exit
 * code of the problem, already reported. */
int data_source_load(const data_source *source, const data_request *request,
                     dataset *ds);

/* The file the features come from, for messages. */
const char *data_source_name(const data_source *source);

#endif
