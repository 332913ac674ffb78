/* train_log.h -- what `ffnn train` shows and records while it trains: the
 * progress bar (on a terminal), one line per epoch, and the metrics CSV. */
#ifndef FFNN_CLI_TRAIN_LOG_H
#define FFNN_CLI_TRAIN_LOG_H

#include "ffnn.h"
#include "out_file.h"
#include "progress.h"

#include <stdio.h>

typedef struct {
    FILE *out;        /* epoch lines; NULL when quiet */
    out_file metrics; /* the --metrics CSV, rewritten after every epoch */
    int has_metrics;
    int failed; /* a rewrite of the metrics failed (reported) */
    char *rows; /* the CSV so far, header first (for checkpoints) */
    size_t rows_size;
    FILE *rows_stream;
    progress bar;
    int use_bar; /* stderr is a terminal and not quiet */
    int show_accuracy;
    double start;
    /* Set when training runs one epoch per ffnn_train call: the epoch of
     * the run that the call's epoch 1 is, the run's epochs, and the rate. */
    size_t epoch_offset, epochs;
    double learning_rate; /* shown on epoch lines when > 0 */
} train_log;

/* Start the log and the metrics CSV (written to metrics_path if not NULL):
 * with its header, or, resuming, with the earlier run's rows and the
 * seconds it took. CLI_OK or the failure's code, reported. */
int train_log_open(train_log *log, const char *metrics_path, int quiet,
                   int show_accuracy, const char *earlier_rows,
                   double earlier_seconds);
/* The metrics CSV so far, header included. */
const char *train_log_rows(train_log *log);
/* The ffnn_train callback; user is the train_log. Never stops training. */
int train_log_callback(void *user, const ffnn_train_report *report);
/* How often to call the callback, in batches (0: at epoch ends only). */
size_t train_log_report_every(const train_log *log);
/* Close the log; CLI_RUNTIME_ERROR if writing the metrics failed. */
int train_log_close(train_log *log, const char *metrics_path);

#endif
