/* confusion.h -- the confusion matrix of a classifier's outputs. */
#ifndef FFNN_CLI_CONFUSION_H
#define FFNN_CLI_CONFUSION_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    size_t classes;
    size_t *counts; /* counts[true * classes + predicted] */
} confusion_matrix;

/* Count the classes (see class_of_row) of n output rows against n target
 * rows, both of width k. Returns 0, or -1 if out of memory. */
int confusion_count(confusion_matrix *m, const float *outputs,
                    const float *targets, size_t n, size_t k);
size_t confusion_correct(const confusion_matrix *m);
/* A table with true classes as rows, predicted ones as columns, and each
 * class's recall. */
void confusion_print(const confusion_matrix *m, FILE *out);
void confusion_free(confusion_matrix *m);

#endif
