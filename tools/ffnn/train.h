/* train.h -- the flags of `ffnn train`, and running the training. */
#ifndef FFNN_CLI_TRAIN_H
#define FFNN_CLI_TRAIN_H

#include "checkpoint.h"
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
    const char *model, *metrics, *schedule, *val_split;
    const char *checkpoint, *resume;
    const char *plot; /* the curves' SVG, drawn once training ends */
    const char *interrupt_checkpoint; /* --checkpoint, or MODEL.checkpoint */
    size_t augment_shift, checkpoint_every;
    /* the schedule's and early stopping's (ffnn.h, section 15) */
    size_t warmup, step_epochs, early_stop;
    float step_factor, min_lr, min_delta;
    const char *monitor;      /* loss | accuracy, of the held-out samples */
    float dropout;            /* of every hidden layer */
    int standardize;          /* scaling from the training rows, in the model */
    const char *class_weight; /* balanced, or a list; NULL: none */
    int quiet;
} train_flags;

/* Train net on ds (held-out rows last) as the flags say, from the net's
 * training position, showing progress and writing checkpoints; resumed
 * holds the metrics and time of the run a checkpoint continues, or is
 * NULL. CLI_OK; 128 + the signal's number after a stop asked for by
 * SIGINT or SIGTERM, the checkpoint written; or the exit code of the
 * failure, reported. */
int train_run(const train_flags *flags, const run_fingerprint *fingerprint,
              ffnn_net *net, const dataset *ds, const resumed_run *resumed);

#endif
