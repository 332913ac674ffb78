/* dataset.h -- a data set in memory: n samples of d float features and,
 * when known, k float targets, both row-major, one sample per row, and
 * perhaps a weight per sample. */
#ifndef FFNN_CLI_DATASET_H
#define FFNN_CLI_DATASET_H

#include <stddef.h>

typedef struct {
    size_t n; /* samples */
    size_t d; /* features per sample */
    size_t k; /* targets per sample; 0 when the data has none */
    float *x; /* n x d */
    float *y; /* n x k; NULL when k == 0 */
    float *w; /* n sample weights; NULL when the data has none */
} dataset;

/* Allocate x and y (y only if k > 0). Returns 0, or -1 with *ds emptied. */
int dataset_alloc(dataset *ds, size_t n, size_t d, size_t k);
void dataset_free(dataset *ds);
/* Allocate w (n weights, uninitialised). Returns 0, or -1. */
int dataset_alloc_weights(dataset *ds);

/* Put row order[i] at row i. Returns 0, or -1 (out of memory, ds as it
 * was). */
int dataset_reorder(dataset *ds, const size_t *order);

/* Write the targets of sample i for class label `label` < ds->k: one-hot
 * over the k classes, or the label itself (0 or 1) when k == 1. */
void dataset_set_label(dataset *ds, size_t i, size_t label);

/* The class of an output or target row of width k: its argmax, or
 * (row[0] > 0.5) when k == 1 -- the rule of ffnn_evaluate's accuracy. */
size_t class_of_row(const float *row, size_t k);

/* The number of classes a row of width k distinguishes (2 when k == 1). */
size_t class_count(size_t k);

/* Whether every target is 0 or 1, and whether moreover every row sums
 * to 1 (one-hot). False when the data has no targets. */
int dataset_targets_binary(const dataset *ds);
int dataset_targets_one_hot(const dataset *ds);

#endif
