/* train_run.c -- the training loop of `ffnn train`: ffnn_train over all
 * epochs at once, or one epoch per call when the learning rate follows a
 * schedule or the images are shifted anew every epoch. */
#include "train.h"

#include "augment.h"
#include "clock.h"
#include "draw.h"
#include "errors.h"
#include "model.h"
#include "train_log.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The data of the epoch under way: ds itself, or a copy whose training
 * images (all but the held-out last ones) are shifted anew each epoch. */
typedef struct {
    const dataset *ds;
    float *x;        /* the shifted copy; NULL without augmentation */
    size_t training; /* samples not held out */
    uint64_t rng;
} epoch_data;

static int epoch_data_init(epoch_data *data, const train_flags *flags,
                           const dataset *ds)
{
    data->ds = ds;
    data->x = NULL;
    data->training = ds->n - (size_t)lround(flags->validation * (double)ds->n);
    data->rng = flags->seed ^ 0xA5A5A5A5A5A5A5A5ull;
    if (flags->augment_shift == 0)
        return CLI_OK;
    data->x = malloc(ds->n * ds->d * sizeof *data->x);
    if (!data->x)
        return fail(CLI_RUNTIME_ERROR, "out of memory for the shifted images");
    memcpy(data->x, ds->x, ds->n * ds->d * sizeof *data->x);
    return CLI_OK;
}

static const float *epoch_data_next(epoch_data *data, size_t max_shift)
{
    if (!data->x)
        return data->ds->x;
    augment_shift(data->ds->x, data->x, data->training, draw_side(data->ds->d),
                  max_shift, &data->rng);
    return data->x;
}

/* The rate of epoch e of E (1-based): constant, or the cosine schedule's,
 * from lr at the first epoch down towards 0 at the last. */
static float epoch_rate(const train_flags *flags, size_t e)
{
    const double pi = 3.14159265358979323846;
    if (strcmp(flags->schedule, "cosine") != 0)
        return flags->learning_rate;
    double progress = (double)(e - 1) / (double)flags->epochs;
    return (float)(0.5 * flags->learning_rate * (1.0 + cos(pi * progress)));
}

static ffnn_status train_epochs(const train_flags *flags, ffnn_net *net,
                                epoch_data *data, ffnn_train_options *options,
                                train_log *log, ffnn_train_report *report)
{
    const dataset *ds = data->ds;
    int per_epoch = strcmp(flags->schedule, "constant") != 0 || data->x;
    if (!per_epoch)
        return ffnn_train(net, ds->x, ds->y, ds->n, options, report);
    options->epochs = 1;
    log->epochs = flags->epochs;
    ffnn_status s = FFNN_OK;
    for (size_t e = 1; e <= flags->epochs && s == FFNN_OK; e++) {
        options->learning_rate = epoch_rate(flags, e);
        options->seed = flags->seed + e - 1;
        log->epoch_offset = e - 1;
        if (strcmp(flags->schedule, "constant") != 0)
            log->learning_rate = options->learning_rate;
        const float *x = epoch_data_next(data, flags->augment_shift);
        s = ffnn_train(net, x, ds->y, ds->n, options, report);
    }
    return s;
}

static void set_options(const train_flags *flags, train_log *log,
                        ffnn_train_options *options)
{
    ffnn_train_defaults(options);
    options->batch_size = flags->batch;
    options->epochs = flags->epochs;
    options->learning_rate = flags->learning_rate;
    options->validation_fraction = flags->validation;
    options->seed = flags->seed;
    options->report_every = train_log_report_every(log);
    options->callback = train_log_callback;
    options->user = log;
}

static int check_report(const train_flags *flags,
                        const ffnn_train_report *report, double start)
{
    if (!isfinite(report->train_loss))
        return fail(CLI_RUNTIME_ERROR,
                    "training diverged (loss %g); try a smaller --lr",
                    report->train_loss);
    if (!flags->quiet)
        printf("trained in %.1f s\n", clock_seconds() - start);
    return CLI_OK;
}

int train_run(const train_flags *flags, ffnn_net *net, const dataset *ds)
{
    epoch_data data;
    int rc = epoch_data_init(&data, flags, ds);
    if (rc != CLI_OK)
        return rc;
    train_log log;
    rc = train_log_open(&log, flags->metrics, flags->quiet,
                        model_is_classifier(net));
    if (rc == CLI_OK) {
        ffnn_train_options options;
        ffnn_train_report report;
        set_options(flags, &log, &options);
        ffnn_status s =
            train_epochs(flags, net, &data, &options, &log, &report);
        rc = train_log_close(&log, flags->metrics);
        if (s != FFNN_OK)
            rc = fail_library("ffnn_train", s, net);
        else if (rc == CLI_OK)
            rc = check_report(flags, &report, log.start);
    }
    free(data.x);
    return rc;
}
