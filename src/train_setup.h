/* train_setup.h -- what a training setup holds (train_setup.c), for the
 * trainer (train.c). */
#ifndef FFNN_TRAIN_SETUP_H
#define FFNN_TRAIN_SETUP_H

#include "internal.h"

struct ffnn_train_setup {
    /* The options as set, by key. */
    uint64_t batch_size, epochs, shuffle, report_every, split_key, resume,
        schedule, warmup_epochs, step_epochs, patience, monitor, restore_best;
    double learning_rate, validation_fraction, step_factor, min_rate, min_delta;
    /* The same as the trainer reads them: ffnn_train_options' fields (and
     * the seed and callback, kept only here), the split. */
    ffnn_train_options options;
    ffnn_validation_split split;
    /* Row and class weights (copies), or NULL. */
    float *sample_weights, *class_weights;
    size_t n_sample_weights, n_class_weights;
    /* Results of the last run. */
    double rate, best_value;
    size_t best_epoch;
    int stopped_early, restored;
};

/* A setup of ffnn_train's or ffnn_train_resume's arguments. */
void ffnn__setup_from_options(ffnn_train_setup *s, const ffnn_train_options *o,
                              ffnn_validation_split split, int resume);
void ffnn__setup_reset_results(ffnn_train_setup *s);
/* The learning rate of epoch e (1-based), in double. */
double ffnn__setup_rate(const ffnn_train_setup *s, size_t e);

#endif
