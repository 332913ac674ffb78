/* train.h -- the flags of `ffnn train`, and running the training. */
#ifndef FFNN_CLI_TRAIN_H
#define FFNN_CLI_TRAIN_H

#include "data_source.h"
#include "ffnn.h"

#include <stdint.h>

typedef struct {
    data_source data;
    size_t classes;
    const char *layers, *hidden, *output, *loss, *optimizer;
    float learning_rate, momentum, weight_decay, validation;
    size_t batch, epochs;
    uint64_t seed;
    const char *model, *metrics, *schedule;
    size_t augment_shift;
    int quiet;
} train_flags;

/* Train net on ds as the flags say, showing progress; CLI_OK or the exit
 * code of the failure, reported. */
int train_run(const train_flags *flags, ffnn_net *net, const dataset *ds);

#endif
