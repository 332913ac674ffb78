/* train_log.c -- progress, epoch lines and the metrics CSV of training. */
#include "train_log.h"

#include "clock.h"
#include "errors.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

int train_log_open(train_log *log, const char *metrics_path, int quiet,
                   int show_accuracy)
{
    memset(log, 0, sizeof *log);
    log->out = quiet ? NULL : stdout;
    log->use_bar = !quiet && isatty(fileno(stderr));
    log->show_accuracy = show_accuracy;
    log->start = clock_seconds();
    progress_start(&log->bar, stderr);
    if (!metrics_path)
        return CLI_OK;
    log->metrics = fopen(metrics_path, "w");
    if (!log->metrics)
        return fail(CLI_USAGE_ERROR, "--metrics: cannot create %s: %s",
                    metrics_path, strerror(errno));
    fprintf(log->metrics,
            "epoch,train_loss,train_acc,val_loss,val_acc,seconds\n");
    return CLI_OK;
}

size_t train_log_report_every(const train_log *log)
{
    return log->use_bar ? 1 : 0;
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
    fflush(file);
}

int train_log_callback(void *user, const ffnn_train_report *call_report)
{
    train_log *log = user;
    ffnn_train_report run_report = *call_report;
    const ffnn_train_report *report = &run_report;
    if (log->epochs > 0) {
        run_report.epoch += log->epoch_offset;
        run_report.epochs = log->epochs;
    }
    if (!report->epoch_end) {
        if (log->use_bar)
            progress_update(&log->bar, report);
        return 0;
    }
    double seconds = clock_seconds() - log->start;
    progress_clear(&log->bar);
    if (log->out)
        print_epoch(log, report, seconds);
    if (log->metrics)
        write_metrics(log->metrics, report, seconds);
    return 0;
}

int train_log_close(train_log *log, const char *metrics_path)
{
    progress_clear(&log->bar);
    if (!log->metrics)
        return CLI_OK;
    int failed = ferror(log->metrics) | fclose(log->metrics);
    log->metrics = NULL;
    if (failed)
        return fail(CLI_RUNTIME_ERROR, "cannot write %s", metrics_path);
    return CLI_OK;
}
