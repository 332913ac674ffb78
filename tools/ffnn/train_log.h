/* train_log.h -- what `ffnn train` shows and records while it trains: the
 * progress bar (on a terminal), one line per epoch, and the metrics CSV. */
#ifndef FFNN_CLI_TRAIN_LOG_H
#define FFNN_CLI_TRAIN_LOG_H

#include "ffnn.h"
#include "progress.h"

#include <stdio.h>

typedef struct {
    FILE *out;     /* epoch lines; NULL when quiet */
    FILE *metrics; /* the --metrics CSV; NULL when not asked for */
    progress bar;
    int use_bar; /* stderr is a terminal and not quiet */
    int show_accuracy;
    double start;
    /* Set when training runs one epoch per ffnn_train call: the epoch of
     * the run that the call's epoch 1 is, the run's epochs, and the rate. */
    size_t epoch_offset, epochs;
    double learning_rate; /* shown on epoch lines when > 0 */
} train_log;

/* Open the metrics file (if metrics_path) and write its header. Returns
 * CLI_OK or CLI_USAGE_ERROR if the file cannot be created. */
int train_log_open(train_log *log, const char *metrics_path, int quiet,
                   int show_accuracy);
/* The ffnn_train callback; user is the train_log. Never stops training. */
int train_log_callback(void *user, const ffnn_train_report *report);
/* How often to call the callback, in batches (0: at epoch ends only). */
size_t train_log_report_every(const train_log *log);
/* Close the metrics file; CLI_RUNTIME_ERROR if writing it failed. */
int train_log_close(train_log *log, const char *metrics_path);

#endif
