/* train_run.c -- the training loop of `ffnn train`: one ffnn_train_resume
 * call per epoch (each with its learning rate and freshly shifted images),
 * checkpoints on the way, and a clean stop on SIGINT or SIGTERM. The
 * network's training position carries the run from call to call, and from
 * a checkpoint into a resumed run, so that both take the same steps. */
#include "train.h"

#include "checkpoint.h"

#include "augment.h"
#include "prepare.h"
#include "clock.h"
#include "draw.h"
#include "errors.h"
#include "model.h"
#include "plot.h"
#include "ranks.h"
#include "train_log.h"

#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* The data of the epoch under way: ds itself, or a copy whose training
 * images (the rows before the held-out ones) are shifted anew each epoch. */
typedef struct {
    const dataset *ds;
    float *x;        /* the shifted copy; NULL without augmentation */
    size_t training; /* samples not held out */
} epoch_data;

static int epoch_data_init(epoch_data *data, const train_flags *flags,
                           const dataset *ds)
{
    data->ds = ds;
    data->x = NULL;
    data->training = ds->n - (size_t)lround(flags->validation * (double)ds->n);
    if (flags->augment_shift == 0)
        return CLI_OK;
    data->x = malloc(ds->n * ds->d * sizeof *data->x);
    if (!data->x)
        return fail(CLI_RUNTIME_ERROR, "out of memory for the shifted images");
    memcpy(data->x, ds->x, ds->n * ds->d * sizeof *data->x);
    return CLI_OK;
}

/* SplitMix64's output function: each epoch's shifts come from a stream of
 * their own, a function of the seed and the epoch alone, so that a resumed
 * run shifts as the first one did. */
static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static const float *epoch_data_for(epoch_data *data, const train_flags *flags,
                                   size_t epoch)
{
    if (!data->x)
        return data->ds->x;
    uint64_t rng = mix(flags->seed ^ 0xA5A5A5A5A5A5A5A5ull ^ mix(epoch));
    augment_shift(data->ds->x, data->x, data->training, draw_side(data->ds->d),
                  flags->augment_shift, &rng);
    return data->x;
}

/* ---- signals: the first asks for a stop after the batch, the second
 * ends the process at once (a checkpoint being written is then left as it
 * was: the library writes it atomically). ---- */

static volatile sig_atomic_t stop_signal;

static void on_signal(int signo)
{
    if (stop_signal) {
        signal(signo, SIG_DFL);
        raise(signo);
        return;
    }
    stop_signal = signo;
}

static void catch_signals(void (*handler)(int))
{
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
}

/* ---- one run ---- */

typedef struct {
    const train_flags *flags;
    const run_fingerprint *fingerprint;
    ffnn_net *net;
    train_log log;
    size_t batches; /* per epoch */
    int failed;     /* a checkpoint could not be written */
    int stopped_at_checkpoint;
    ffnn_train_setup *setup;
    size_t pause_after; /* an epoch whose end ends this call; 0 none */
} run;

/* Rank 0's, for all: every replica holds the same state. */
static int save_checkpoint(run *r, const char *path)
{
    if (ranks_rank() != 0)
        return CLI_OK;
    int rc =
        checkpoint_write(r->net, path, r->fingerprint, train_log_rows(&r->log),
                         clock_seconds() - r->log.start);
    r->failed |= rc != CLI_OK;
    return rc;
}

/* After every batch: the log, the checkpoints due, and a stop asked for. */
static int on_report(void *user, const ffnn_train_report *report)
{
    run *r = user;
    const train_flags *flags = r->flags;
    if (strcmp(flags->schedule, "constant") != 0 || flags->warmup)
        ffnn_train_setup_result(r->setup, FFNN_RESULT_LEARNING_RATE,
                                &r->log.learning_rate);
    train_log_callback(&r->log, report);
    ffnn_train_position p;
    ffnn_get_train_position(r->net, &p);
    uint64_t done = p.epoch * r->batches + p.batch;
    int due = report->epoch_end ||
              (flags->checkpoint_every && done % flags->checkpoint_every == 0);
    if (flags->checkpoint && due && save_checkpoint(r, flags->checkpoint))
        return 1;
    if (stop_signal)
        r->stopped_at_checkpoint = flags->checkpoint && due;
    int pause = report->epoch_end && report->epoch == r->pause_after;
    return stop_signal || r->failed || pause;
}

/* The run's setup (ffnn.h, section 15): it continues from the net's
 * training position, zero or a checkpoint's. */
/* --class-weight's weights into the setup. */
static int set_class_weights(const train_flags *flags, run *r,
                             const epoch_data *data)
{
    size_t outputs = ffnn_net_layer_size(r->net, ffnn_net_num_layers(r->net));
    size_t classes = outputs > 1 ? outputs : 2;
    float *w = malloc(classes * sizeof *w);
    if (!w)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    int rc = prepare_class_weights(flags->class_weight, r->net, data->ds,
                                   data->training, w, classes);
    ffnn_status s =
        rc == CLI_OK ? ffnn_train_setup_set_class_weights(r->setup, w, classes)
                     : FFNN_OK;
    free(w);
    if (s != FFNN_OK)
        rc = fail(CLI_USAGE_ERROR, "--class-weight: %s", ffnn_last_error());
    return rc;
}

static ffnn_status make_setup(const train_flags *flags, run *r)
{
    ffnn_schedule schedule = FFNN_SCHEDULE_CONSTANT;
    ffnn_schedule_from_name(flags->schedule, &schedule);
    int accuracy = strcmp(flags->monitor, "accuracy") == 0;
    const struct {
        int key;
        double value;
    } keys[] = {
        {FFNN_TRAIN_BATCH_SIZE, (double)flags->batch},
        {FFNN_TRAIN_EPOCHS, (double)flags->epochs},
        {FFNN_TRAIN_LEARNING_RATE, flags->learning_rate},
        {FFNN_TRAIN_VALIDATION_FRACTION, flags->validation},
        {FFNN_TRAIN_REPORT_EVERY, 1}, /* a stop is seen after every batch */
        {FFNN_TRAIN_RESUME, 1},
        {FFNN_TRAIN_SCHEDULE, schedule},
        {FFNN_TRAIN_WARMUP_EPOCHS, (double)flags->warmup},
        {FFNN_TRAIN_STEP_EPOCHS, (double)flags->step_epochs},
        {FFNN_TRAIN_STEP_FACTOR, flags->step_factor},
        {FFNN_TRAIN_MIN_LEARNING_RATE, flags->min_lr},
        {FFNN_TRAIN_PATIENCE, (double)flags->early_stop},
        {FFNN_TRAIN_MIN_DELTA, flags->min_delta},
        {FFNN_TRAIN_MONITOR,
         accuracy ? FFNN_MONITOR_VAL_ACCURACY : FFNN_MONITOR_VAL_LOSS},
    };
    ffnn_status s = ffnn_train_setup_create(&r->setup);
    for (size_t k = 0; s == FFNN_OK && k < sizeof keys / sizeof *keys; k++)
        s = ffnn_train_setup_set(r->setup, keys[k].key, keys[k].value);
    if (s == FFNN_OK)
        s = ffnn_train_setup_set_u64(r->setup, FFNN_TRAIN_SEED, flags->seed);
    if (s == FFNN_OK)
        s = ffnn_train_setup_set_callback(r->setup, on_report, r);
    return s;
}

static ffnn_status run_setup(run *r, const float *x, const dataset *ds,
                             ffnn_train_report *report)
{
    return ranks_comm()
               ? ffnn_comm_train_run(r->net, ranks_comm(), r->setup, x, ds->y,
                                     ds->n, report)
               : ffnn_train_run(r->net, r->setup, x, ds->y, ds->n, report);
}

/* All the epochs in one call; with augmentation, whose data changes every
 * epoch, a call an epoch, each paused at its end by the callback. */
static ffnn_status train_epochs(run *r, epoch_data *data,
                                ffnn_train_report *report)
{
    const train_flags *flags = r->flags;
    const dataset *ds = data->ds;
    ffnn_train_position p;
    ffnn_get_train_position(r->net, &p);
    r->log.epochs = flags->epochs;
    memset(report, 0, sizeof *report); /* nothing left is not divergence */
    ffnn_status s = make_setup(flags, r);
    if (s == FFNN_OK && flags->class_weight &&
        set_class_weights(flags, r, data) != CLI_OK) {
        r->failed = 1; /* reported */
        return FFNN_OK;
    }
    if (s == FFNN_OK && ds->w) /* --weights-column, in the data's order */
        s = ffnn_train_setup_set_sample_weights(r->setup, ds->w, ds->n);
    if (s != FFNN_OK || !flags->augment_shift) {
        if (s == FFNN_OK)
            s = run_setup(r, ds->x, ds, report);
        return s;
    }
    for (size_t e = (size_t)p.epoch + 1; e <= flags->epochs; e++) {
        r->pause_after = e;
        s = run_setup(r, epoch_data_for(data, flags, e), ds, report);
        int paused =
            report->stopped && report->epoch == e && !stop_signal && !r->failed;
        if (paused)
            report->stopped = 0;
        if (s != FFNN_OK || report->stopped)
            break;
    }
    return s;
}

/* What early stopping did, for the person watching. */
static void print_best(const run *r)
{
    double best, value, early, restored;
    ffnn_train_setup_result(r->setup, FFNN_RESULT_BEST_EPOCH, &best);
    ffnn_train_setup_result(r->setup, FFNN_RESULT_BEST_VALUE, &value);
    ffnn_train_setup_result(r->setup, FFNN_RESULT_STOPPED_EARLY, &early);
    ffnn_train_setup_result(r->setup, FFNN_RESULT_RESTORED, &restored);
    if (!r->flags->early_stop || r->flags->quiet || ranks_rank() != 0)
        return;
    printf("%s; best epoch %.0f (val %s %.4g)%s\n",
           early ? "stopped early" : "ran every epoch", best, r->flags->monitor,
           value, restored ? ", its weights kept" : "");
}

/* The curves of every epoch, a resumed run's earlier ones too, once the
 * run has ended: rank 0's, like the metrics. The best epoch is early
 * stopping's, when it watched (it may differ from the lowest loss, by
 * --monitor or --min-delta), else plot_training's choice. */
static int write_plot(run *r)
{
    const train_flags *flags = r->flags;
    if (!flags->plot || ranks_rank() != 0)
        return CLI_OK;
    double best = 0;
    if (flags->early_stop)
        ffnn_train_setup_result(r->setup, FFNN_RESULT_BEST_EPOCH, &best);
    size_t n;
    epoch_metrics *rows = train_log_epochs(&r->log, &n);
    if (!rows)
        return fail(CLI_RUNTIME_ERROR, "out of memory for --plot");
    char architecture[256], title[320];
    model_architecture(r->net, architecture, sizeof architecture);
    snprintf(title, sizeof title, "training of %s (%s)", architecture,
             data_source_name(&flags->data));
    int rc = plot_training(flags->plot, title, rows, n, (size_t)best,
                           r->log.show_accuracy);
    free(rows);
    return rc;
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

/* The stop a signal asked for: the checkpoint (unless one was just
 * written), then where it is and how to go on. */
static int finish_interrupted(run *r)
{
    const train_flags *flags = r->flags;
    const char *path =
        flags->checkpoint ? flags->checkpoint : flags->interrupt_checkpoint;
    int rc = r->stopped_at_checkpoint ? CLI_OK : save_checkpoint(r, path);
    ffnn_train_position p;
    ffnn_get_train_position(r->net, &p);
    if (rc == CLI_OK && ranks_rank() == 0)
        fprintf(stderr,
                "%s: %s: stopped after epoch %llu batch %llu of %zu; "
                "checkpoint in %s; to go on, run the same command with "
                "--resume %s\n",
                errors_command(), stop_signal == SIGINT ? "SIGINT" : "SIGTERM",
                (unsigned long long)p.epoch + (p.batch > 0),
                (unsigned long long)(p.batch ? p.batch : r->batches),
                r->batches, path, path);
    return rc == CLI_OK ? 128 + stop_signal : rc;
}

static int all_epochs_done(const train_flags *flags, const ffnn_net *net)
{
    ffnn_train_position p;
    ffnn_get_train_position(net, &p);
    return p.epoch >= flags->epochs;
}

int train_run(const train_flags *flags, const run_fingerprint *fingerprint,
              ffnn_net *net, const dataset *ds, const resumed_run *resumed)
{
    epoch_data data;
    run r = {.flags = flags, .fingerprint = fingerprint, .net = net};
    int rc = epoch_data_init(&data, flags, ds);
    r.batches = (data.training + flags->batch - 1) / flags->batch;
    if (rc == CLI_OK) /* the metrics are rank 0's, as the checkpoints */
        rc = train_log_open(&r.log, ranks_rank() ? NULL : flags->metrics,
                            flags->quiet, model_is_classifier(net),
                            resumed ? resumed->metrics : NULL,
                            resumed ? resumed->seconds : 0);
    int opened = rc == CLI_OK;
    rc = ranks_agree(rc);
    if (rc == CLI_OK && ranks_comm()) {
        ffnn_status s = ffnn_comm_broadcast(net, ranks_comm());
        rc =
            s == FFNN_OK ? CLI_OK : fail_library("ffnn_comm_broadcast", s, net);
    }
    if (rc == CLI_OK) {
        ffnn_train_report report;
        /* A resumed run that had finished takes no step, and its report
         * no loss: not a divergence. */
        int finished = all_epochs_done(flags, net);
        catch_signals(on_signal);
        ffnn_status s = train_epochs(&r, &data, &report);
        rc = r.failed ? CLI_RUNTIME_ERROR : CLI_OK;
        if (s != FFNN_OK)
            rc = fail_library("ffnn_train", s, net);
        else if (rc == CLI_OK && report.stopped)
            rc = finish_interrupted(&r);
        else if (rc == CLI_OK && finished && !flags->quiet)
            printf("nothing to train: all %zu epochs were done\n",
                   flags->epochs);
        else if (rc == CLI_OK && !finished)
            rc = check_report(flags, &report, r.log.start);
        if (rc == CLI_OK)
            print_best(&r);
        /* Stopped by a signal, the model is saved: so is its picture. */
        if (rc == CLI_OK || rc > 128) {
            int plot_rc = write_plot(&r);
            rc = plot_rc == CLI_OK ? rc : plot_rc;
        }
        catch_signals(SIG_DFL);
    }
    ffnn_train_setup_destroy(r.setup);
    if (opened) {
        int log_rc =
            train_log_close(&r.log, ranks_rank() ? NULL : flags->metrics);
        rc = rc == CLI_OK ? log_rc : rc;
    }
    free(data.x);
    return rc;
}
