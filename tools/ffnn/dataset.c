/* dataset.c -- the in-memory data set and its class labels. */
#include "dataset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int dataset_alloc(dataset *ds, size_t n, size_t d, size_t k)
{
    memset(ds, 0, sizeof *ds);
    if (n == 0 || d == 0 || n > SIZE_MAX / sizeof(float) / d ||
        (k > 0 && n > SIZE_MAX / sizeof(float) / k))
        return -1;
    ds->x = malloc(n * d * sizeof *ds->x);
    ds->y = k > 0 ? calloc(n * k, sizeof *ds->y) : NULL;
    if (!ds->x || (k > 0 && !ds->y)) {
        dataset_free(ds);
        return -1;
    }
    ds->n = n;
    ds->d = d;
    ds->k = k;
    return 0;
}

int dataset_alloc_weights(dataset *ds)
{
    ds->w = malloc(ds->n * sizeof *ds->w);
    return ds->w ? 0 : -1;
}

void dataset_free(dataset *ds)
{
    free(ds->x);
    free(ds->y);
    free(ds->w);
    memset(ds, 0, sizeof *ds);
}

void dataset_set_label(dataset *ds, size_t i, size_t label)
{
    float *row = ds->y + i * ds->k;
    if (ds->k == 1) {
        row[0] = (float)label;
        return;
    }
    memset(row, 0, ds->k * sizeof *row);
    row[label] = 1.0f;
}

size_t class_of_row(const float *row, size_t k)
{
    if (k == 1)
        return row[0] > 0.5f;
    size_t best = 0;
    for (size_t j = 1; j < k; j++)
        if (row[j] > row[best])
            best = j;
    return best;
}

size_t class_count(size_t k)
{
    return k == 1 ? 2 : k;
}

int dataset_targets_binary(const dataset *ds)
{
    if (ds->k == 0)
        return 0;
    for (size_t i = 0; i < ds->n * ds->k; i++)
        if (ds->y[i] != 0.0f && ds->y[i] != 1.0f)
            return 0;
    return 1;
}

int dataset_targets_one_hot(const dataset *ds)
{
    if (!dataset_targets_binary(ds))
        return 0;
    for (size_t i = 0; i < ds->n; i++) {
        float sum = 0.0f;
        for (size_t j = 0; j < ds->k; j++)
            sum += ds->y[i * ds->k + j];
        if (sum != 1.0f)
            return 0;
    }
    return 1;
}

int dataset_reorder(dataset *ds, const size_t *order)
{
    dataset copy;
    if (dataset_alloc(&copy, ds->n, ds->d, ds->k) != 0)
        return -1;
    if (ds->w && dataset_alloc_weights(&copy) != 0) {
        dataset_free(&copy);
        return -1;
    }
    for (size_t i = 0; i < ds->n; i++) {
        if (ds->w)
            copy.w[i] = ds->w[order[i]];
        memcpy(copy.x + i * ds->d, ds->x + order[i] * ds->d,
               ds->d * sizeof *ds->x);
        if (ds->k)
            memcpy(copy.y + i * ds->k, ds->y + order[i] * ds->k,
                   ds->k * sizeof *ds->y);
    }
    dataset_free(ds);
    *ds = copy;
    return 0;
}
