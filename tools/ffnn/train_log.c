/* train_log.c -- progress, epoch lines and the metrics CSV of training. */
#include "train_log.h"

#include "clock.h"
#include "errors.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int train_log_open(train_log *log, const char *metrics_path, int quiet,
                   int show_accuracy, const char *earlier_rows,
                   double earlier_seconds)
{
    memset(log, 0, sizeof *log);
    log->out = quiet ? NULL : stdout;
    log->use_bar = !quiet && isatty(fileno(stderr));
    log->show_accuracy = show_accuracy;
    log->start = clock_seconds() - earlier_seconds;
    progress_start(&log->bar, stderr);
    int rc = out_file_open(&log->rows, metrics_path);
    if (rc != CLI_OK)
        return rc;
    fputs(earlier_rows ? earlier_rows
                       : "epoch,train_loss,train_acc,val_loss,val_acc,"
                         "seconds\n",
          log->rows.stream);
    return metrics_path ? out_file_sync(&log->rows) : CLI_OK;
}

const char *train_log_rows(train_log *log)
{
    fflush(log->rows.stream);
    return log->rows.text ? log->rows.text : "";
}

/* The CSV, rather than rows kept on the side, because a resumed run's
 * earlier epochs come back from its checkpoint only as that text. */
epoch_metrics *train_log_epochs(train_log *log, size_t *count)
{
    const char *text = train_log_rows(log), *line = strchr(text, '\n');
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    epoch_metrics *rows = calloc(lines, sizeof *rows);
    *count = 0;
    for (; rows && line && line[1]; line = strchr(line + 1, '\n')) {
        epoch_metrics *row = &rows[(*count)++];
        char *end;
        row->epoch = (size_t)strtoull(line + 1, &end, 10);
        for (int i = 0; i < METRICS; i++) {
            const char *field = *end == ',' ? end + 1 : end;
            double value = strtod(field, &end);
            row->value[i] = end == field ? NAN : value;
        }
    }
    return rows;
}

static void print_loss_accuracy(FILE *out, const char *name, double loss,
                                double accuracy, int show_accuracy)
{
    fprintf(out, "  %s loss %.4f", name, loss);
    if (show_accuracy)
        fprintf(out, " acc %6.2f%%", 100.0 * accuracy);
}

static void print_epoch(const train_log *log, const ffnn_train_report *r,
                        double seconds)
{
    int width = r->epochs < 10 ? 1 : r->epochs < 100 ? 2 : 3;
    fprintf(log->out, "epoch %*zu/%zu", width, r->epoch, r->epochs);
    print_loss_accuracy(log->out, "train", r->train_loss, r->train_accuracy,
                        log->show_accuracy);
    if (!isnan(r->val_loss))
        print_loss_accuracy(log->out, "val", r->val_loss, r->val_accuracy,
                            log->show_accuracy);
    if (log->learning_rate > 0)
        fprintf(log->out, "  lr %.3g", log->learning_rate);
    fprintf(log->out, "  %.1f s  %.0f samples/s\n", seconds,
            r->samples_per_second);
    fflush(log->out);
}

/* A CSV field: the number, or nothing for NaN (no validation set). */
static void write_field(FILE *file, double value)
{
    if (!isnan(value))
        fprintf(file, "%.6g", value);
}

static void write_metrics(FILE *file, const ffnn_train_report *r,
                          double seconds)
{
    fprintf(file, "%zu,", r->epoch);
    write_field(file, r->train_loss);
    fputc(',', file);
    write_field(file, r->train_accuracy);
    fputc(',', file);
    write_field(file, r->val_loss);
    fputc(',', file);
    write_field(file, r->val_accuracy);
    fprintf(file, ",%.3f\n", seconds);
}

/* The epoch's row, kept for checkpoints and put in the metrics file. */
static void record_epoch(train_log *log, const ffnn_train_report *r,
                         double seconds)
{
    write_metrics(log->rows.stream, r, seconds);
    if (log->rows.path && !log->failed)
        log->failed = out_file_sync(&log->rows) != CLI_OK;
}

int train_log_callback(void *user, const ffnn_train_report *call_report)
{
    train_log *log = user;
    ffnn_train_report run_report = *call_report;
    const ffnn_train_report *report = &run_report;
    if (log->epochs > 0)
        run_report.epochs = log->epochs;
    if (!report->epoch_end) {
        if (log->use_bar)
            progress_update(&log->bar, report);
        return 0;
    }
    double seconds = clock_seconds() - log->start;
    progress_clear(&log->bar);
    if (log->out)
        print_epoch(log, report, seconds);
    record_epoch(log, report, seconds);
    return 0;
}

int train_log_close(train_log *log, const char *metrics_path)
{
    progress_clear(&log->bar);
    out_file_discard(&log->rows);
    (void)metrics_path; /* a failed rewrite was reported when it failed */
    return log->failed ? CLI_RUNTIME_ERROR : CLI_OK;
}
