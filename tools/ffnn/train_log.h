/* train_log.h -- what `ffnn train` shows and records while it trains: the
 * progress bar (on a terminal), one line per epoch, and the metrics CSV. */
#ifndef FFNN_CLI_TRAIN_LOG_H
#define FFNN_CLI_TRAIN_LOG_H

#include "ffnn.h"
#include "out_file.h"
#include "progress.h"

#include <stdio.h>

typedef struct {
    FILE *out; /* epoch lines; NULL when quiet */
    /* The metrics CSV so far, header first: kept for checkpoints, and
     * rewritten whole to --metrics (rows.path, else NULL) every epoch. */
    out_file rows;
    int failed; /* a rewrite of the metrics failed (reported) */
    progress bar;
    int use_bar; /* stderr is a terminal and not quiet */
    int show_accuracy;
    double start;
    /* The run's epochs (each ffnn_train_resume call is asked for fewer),
     * and the epoch's rate under a schedule. */
    size_t epochs;
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
/* One epoch's row of the metrics, NaN where the CSV has nothing. */
enum { TRAIN_LOSS, TRAIN_ACCURACY, VAL_LOSS, VAL_ACCURACY, METRICS };
typedef struct {
    size_t epoch;
    double value[METRICS]; /* indexed by TRAIN_LOSS, ... */
} epoch_metrics;

/* The epochs so far, a resumed run's earlier ones first, read back from
 * the metrics CSV: malloc'd, *count of them; NULL if out of memory. */
epoch_metrics *train_log_epochs(train_log *log, size_t *count);
/* The ffnn_train callback; user is the train_log. Never stops training. */
int train_log_callback(void *user, const ffnn_train_report *report);
/* Close the log; CLI_RUNTIME_ERROR if writing the metrics failed. */
int train_log_close(train_log *log, const char *metrics_path);

#endif
