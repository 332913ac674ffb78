/*
 * test_train_setup.c -- training setups (ffnn.h, section 15):
 *  - the defaults are ffnn_train, and the old options' keys are its
 *    fields, bit for bit;
 *  - every key's range, its name, set/get, unknown keys and results;
 *  - the schedules against their definitions (PyTorch's StepLR and
 *    CosineAnnealingLR, a linear warm-up), both as the reported rate and
 *    as the steps taken (one full-batch step per epoch, replayed by hand);
 *  - early stopping against a recorded run: where patience stops it,
 *    which epoch is best, and that its weights come back; and that a run
 *    stopped anywhere and continued (through a checkpoint, a clone, or
 *    as it is) ends as the run that never stopped;
 *  - ffnn_set_optimizer_param.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"

#define N_ROWS  40
#define N_IN    3
#define N_OUT   2
#define EPOCHS  12
#define MAX_PAR 64

static const size_t SIZES[3] = {N_IN, 5, N_OUT};
static float X[N_ROWS * N_IN], Y[N_ROWS * N_OUT];

/* Noisy two-class data: the labels are random, so that a large rate
 * overfits and the held-out loss rises. */
static void make_data(void)
{
    uint64_t s = 12345;
    for (size_t k = 0; k < N_ROWS * N_IN; k++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        X[k] = (float)((double)(s >> 40) / (double)(1ull << 24) * 2.0 - 1.0);
    }
    for (size_t r = 0; r < N_ROWS; r++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        int c = (int)((s >> 33) & 1u);
        Y[r * N_OUT] = (float)c, Y[r * N_OUT + 1] = (float)(1 - c);
    }
}

static ffnn_net *new_net(void)
{
    const ffnn_activation acts[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net;
    assert_int_equal(ffnn_net_create(&net, 2, SIZES, acts, FFNN_LOSS_CE, 7),
                     FFNN_OK);
    return net;
}

static size_t params(const ffnn_net *net, float *out)
{
    size_t n = ffnn_net_num_params(net);
    assert_true(n <= MAX_PAR);
    assert_int_equal(ffnn_get_param_vector(net, out, n), FFNN_OK);
    return n;
}

static void assert_same_params(const ffnn_net *a, const ffnn_net *b)
{
    float pa[MAX_PAR], pb[MAX_PAR];
    size_t n = params(a, pa);
    assert_int_equal(params(b, pb), n);
    assert_memory_equal(pa, pb, n * sizeof *pa);
}

static ffnn_train_setup *new_setup(void)
{
    ffnn_train_setup *s = NULL;
    assert_int_equal(ffnn_train_setup_create(&s), FFNN_OK);
    assert_non_null(s);
    return s;
}

static void set(ffnn_train_setup *s, int key, double value)
{
    assert_int_equal(ffnn_train_setup_set(s, key, value), FFNN_OK);
}

static double result(const ffnn_train_setup *s, int key)
{
    double v;
    assert_int_equal(ffnn_train_setup_result(s, key, &v), FFNN_OK);
    return v;
}

/* ---- the defaults and the old options ---- */

static void test_defaults_are_ffnn_train(void **state)
{
    (void)state;
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    ffnn_train_setup *s = new_setup();
    const struct {
        int key;
        double want;
    } keys[] = {{FFNN_TRAIN_BATCH_SIZE, (double)o.batch_size},
                {FFNN_TRAIN_EPOCHS, (double)o.epochs},
                {FFNN_TRAIN_LEARNING_RATE, (double)o.learning_rate},
                {FFNN_TRAIN_VALIDATION_FRACTION, o.validation_fraction},
                {FFNN_TRAIN_SEED, (double)o.seed},
                {FFNN_TRAIN_SHUFFLE, o.shuffle},
                {FFNN_TRAIN_REPORT_EVERY, (double)o.report_every},
                {FFNN_TRAIN_VALIDATION_SPLIT, FFNN_SPLIT_LAST},
                {FFNN_TRAIN_RESUME, 0},
                {FFNN_TRAIN_SCHEDULE, FFNN_SCHEDULE_CONSTANT},
                {FFNN_TRAIN_WARMUP_EPOCHS, 0},
                {FFNN_TRAIN_STEP_EPOCHS, 10},
                {FFNN_TRAIN_STEP_FACTOR, 0.1},
                {FFNN_TRAIN_MIN_LEARNING_RATE, 0},
                {FFNN_TRAIN_PATIENCE, 0},
                {FFNN_TRAIN_MIN_DELTA, 0},
                {FFNN_TRAIN_MONITOR, FFNN_MONITOR_VAL_LOSS},
                {FFNN_TRAIN_RESTORE_BEST, 1}};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        double v = -1;
        assert_int_equal(ffnn_train_setup_get(s, keys[k].key, &v), FFNN_OK);
        assert_true(v == keys[k].want);
    }
    /* and a run with them is ffnn_train's, bit for bit */
    ffnn_net *a = new_net(), *b = new_net();
    ffnn_train_report ra, rb;
    o.epochs = 5, o.batch_size = 7, o.validation_fraction = 0.25f, o.seed = 3;
    o.learning_rate = 0.3f;
    assert_int_equal(ffnn_train(a, X, Y, N_ROWS, &o, &ra), FFNN_OK);
    set(s, FFNN_TRAIN_EPOCHS, 5);
    set(s, FFNN_TRAIN_BATCH_SIZE, 7);
    set(s, FFNN_TRAIN_VALIDATION_FRACTION, 0.25);
    set(s, FFNN_TRAIN_SEED, 3);
    set(s, FFNN_TRAIN_LEARNING_RATE, 0.3f);
    assert_int_equal(ffnn_train_run(b, s, X, Y, N_ROWS, &rb), FFNN_OK);
    assert_same_params(a, b);
    assert_int_equal(ra.epoch, rb.epoch);
    assert_int_equal(ra.batches, rb.batches);
    assert_memory_equal(&ra.train_loss, &rb.train_loss, 4 * sizeof(double));
    assert_int_equal(ra.stopped, rb.stopped);
    assert_true(result(s, FFNN_RESULT_LEARNING_RATE) == 0.3f);
    assert_true(result(s, FFNN_RESULT_BEST_EPOCH) == 0);
    assert_true(isnan(result(s, FFNN_RESULT_BEST_VALUE)));
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    ffnn_train_setup_destroy(s);
    ffnn_train_setup_destroy(NULL); /* harmless */
}

/* ---- keys ---- */

static void test_key_ranges_and_names(void **state)
{
    (void)state;
    ffnn_train_setup *s = new_setup();
    const struct {
        int key;
        double bad;
    } bad[] = {
        {FFNN_TRAIN_BATCH_SIZE, 0},
        {FFNN_TRAIN_BATCH_SIZE, 2.5},
        {FFNN_TRAIN_EPOCHS, -1},
        {FFNN_TRAIN_LEARNING_RATE, -0.1},
        {FFNN_TRAIN_LEARNING_RATE, NAN},
        {FFNN_TRAIN_LEARNING_RATE, INFINITY},
        {FFNN_TRAIN_VALIDATION_FRACTION, 1},
        {FFNN_TRAIN_SEED, -1},
        {FFNN_TRAIN_SEED, 0x1p64},
        {FFNN_TRAIN_SHUFFLE, 2},
        {FFNN_TRAIN_VALIDATION_SPLIT, 3},
        {FFNN_TRAIN_RESUME, 0.5},
        {FFNN_TRAIN_SCHEDULE, 3},
        {FFNN_TRAIN_STEP_EPOCHS, 0},
        {FFNN_TRAIN_STEP_FACTOR, 0},
        {FFNN_TRAIN_STEP_FACTOR, 1.5},
        {FFNN_TRAIN_MIN_DELTA, -1e-9},
        {FFNN_TRAIN_MONITOR, 3},
        {FFNN_TRAIN_RESTORE_BEST, -1},
        {FFNN_TRAIN_PATIENCE, 1.5},
    };
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        double before, after;
        assert_int_equal(ffnn_train_setup_get(s, bad[k].key, &before), FFNN_OK);
        assert_int_equal(ffnn_train_setup_set(s, bad[k].key, bad[k].bad),
                         FFNN_ERR_ARG);
        assert_non_null(
            strstr(ffnn_last_error(), ffnn_train_key_name(bad[k].key)));
        assert_int_equal(ffnn_train_setup_get(s, bad[k].key, &after), FFNN_OK);
        assert_true(before == after); /* nothing changed */
    }
    /* unknown keys, results and NULLs */
    assert_int_equal(ffnn_train_setup_set(s, 18, 1), FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_last_error(), "unknown key 18"));
    assert_int_equal(ffnn_train_setup_set(s, -1, 1), FFNN_ERR_ARG);
    double v;
    assert_int_equal(ffnn_train_setup_get(s, 99, &v), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_result(s, 5, &v), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_set(NULL, 0, 1), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_get(s, 0, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_create(NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_run(NULL, s, X, Y, N_ROWS, NULL), FFNN_ERR_ARG);
    ffnn_net *net = new_net();
    assert_int_equal(ffnn_train_run(net, NULL, X, Y, N_ROWS, NULL),
                     FFNN_ERR_ARG);
    /* integers exactly, through set_u64 */
    uint64_t u;
    assert_int_equal(ffnn_train_setup_set_u64(s, FFNN_TRAIN_SEED, UINT64_MAX),
                     FFNN_OK);
    assert_int_equal(ffnn_train_setup_get_u64(s, FFNN_TRAIN_SEED, &u), FFNN_OK);
    assert_true(u == UINT64_MAX);
    assert_int_equal(ffnn_train_setup_set_u64(s, FFNN_TRAIN_LEARNING_RATE, 1),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_get_u64(s, FFNN_TRAIN_MIN_DELTA, &u),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_set_u64(s, FFNN_TRAIN_BATCH_SIZE, 0),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_set_u64(s, FFNN_TRAIN_SHUFFLE, 2),
                     FFNN_ERR_ARG);
    /* every key has a name that maps back to it, with no gaps */
    static const char *const names[] = {"batch_size",    "epochs",
                                        "learning_rate", "validation_fraction",
                                        "seed",          "shuffle",
                                        "report_every",  "validation_split",
                                        "resume",        "schedule",
                                        "warmup_epochs", "step_epochs",
                                        "step_factor",   "min_learning_rate",
                                        "patience",      "min_delta",
                                        "monitor",       "restore_best"};
    for (int k = 0; k < 18; k++) {
        ffnn_train_key key;
        assert_string_equal(ffnn_train_key_name(k), names[k]);
        assert_int_equal(ffnn_train_key_from_name(names[k], &key), FFNN_OK);
        assert_int_equal(key, k);
    }
    assert_null(ffnn_train_key_name(18));
    ffnn_schedule sc;
    ffnn_monitor mo;
    assert_int_equal(ffnn_schedule_from_name("cosine", &sc), FFNN_OK);
    assert_int_equal(sc, FFNN_SCHEDULE_COSINE);
    assert_string_equal(ffnn_schedule_name(FFNN_SCHEDULE_STEP), "step");
    assert_int_equal(ffnn_monitor_from_name("val_accuracy", &mo), FFNN_OK);
    assert_int_equal(mo, FFNN_MONITOR_VAL_ACCURACY);
    assert_string_equal(ffnn_monitor_name(FFNN_MONITOR_TRAIN_LOSS),
                        "train_loss");
    assert_int_equal(ffnn_monitor_from_name("loss", &mo), FFNN_ERR_ARG);
    ffnn_net_destroy(net);
    ffnn_train_setup_destroy(s);
}

/* ---- schedules ---- */

typedef struct {
    ffnn_train_setup *setup;
    double rate[EPOCHS + 1];
} rate_log;

static int log_rate(void *user, const ffnn_train_report *r)
{
    rate_log *log = user;
    if (r->epoch_end)
        log->rate[r->epoch] = result(log->setup, FFNN_RESULT_LEARNING_RATE);
    return 0;
}

/* The definitions in ffnn.h, written out again. */
static double expected_rate(int schedule, double eta, size_t e, size_t E,
                            size_t W)
{
    const double pi = 3.14159265358979323846;
    if (e <= W)
        return eta * (double)e / (double)(W + 1);
    double k = (double)(e - W - 1), T = (double)(E - W);
    switch (schedule) {
    case FFNN_SCHEDULE_STEP: return eta * pow(0.5, floor(k / 3.0));
    case FFNN_SCHEDULE_COSINE:
        return 0.01 + (eta - 0.01) * (1.0 + cos(pi * k / T)) / 2.0;
    default: return eta;
    }
}

static void check_schedule(int schedule, size_t warmup)
{
    const float eta = 0.25f;
    ffnn_train_setup *s = new_setup();
    rate_log log = {s, {0}};
    set(s, FFNN_TRAIN_EPOCHS, EPOCHS);
    set(s, FFNN_TRAIN_BATCH_SIZE, N_ROWS); /* one step an epoch */
    set(s, FFNN_TRAIN_SHUFFLE, 0);
    set(s, FFNN_TRAIN_LEARNING_RATE, eta);
    set(s, FFNN_TRAIN_SCHEDULE, schedule);
    set(s, FFNN_TRAIN_WARMUP_EPOCHS, (double)warmup);
    set(s, FFNN_TRAIN_STEP_EPOCHS, 3);
    set(s, FFNN_TRAIN_STEP_FACTOR, 0.5);
    set(s, FFNN_TRAIN_MIN_LEARNING_RATE, 0.01);
    assert_int_equal(ffnn_train_setup_set_callback(s, log_rate, &log), FFNN_OK);
    ffnn_net *run = new_net(), *by_hand = new_net();
    assert_int_equal(ffnn_train_run(run, s, X, Y, N_ROWS, NULL), FFNN_OK);
    for (size_t e = 1; e <= EPOCHS; e++) {
        float want = (float)expected_rate(schedule, eta, e, EPOCHS, warmup);
        assert_true((float)log.rate[e] == want);
        float loss;
        assert_int_equal(ffnn_train_step(by_hand, X, Y, N_ROWS, want, &loss),
                         FFNN_OK);
    }
    assert_same_params(run, by_hand); /* the rates were the ones taken */
    ffnn_net_destroy(run);
    ffnn_net_destroy(by_hand);
    ffnn_train_setup_destroy(s);
}

static void test_schedules(void **state)
{
    (void)state;
    for (int schedule = 0; schedule <= FFNN_SCHEDULE_COSINE; schedule++) {
        check_schedule(schedule, 0);
        check_schedule(schedule, 3);
    }
    /* the options the schedule needs are checked against the run's */
    ffnn_train_setup *s = new_setup();
    ffnn_net *net = new_net();
    set(s, FFNN_TRAIN_EPOCHS, 4);
    set(s, FFNN_TRAIN_WARMUP_EPOCHS, 4);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL), FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_net_last_error(net), "warmup_epochs"));
    set(s, FFNN_TRAIN_WARMUP_EPOCHS, 0);
    set(s, FFNN_TRAIN_MIN_LEARNING_RATE, 0.5);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL), FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_net_last_error(net), "min_learning_rate"));
    ffnn_net_destroy(net);
    ffnn_train_setup_destroy(s);
}

/* ---- early stopping ---- */

typedef struct {
    double value[EPOCHS + 1];
    float weights[EPOCHS + 1][MAX_PAR];
    ffnn_net *net;
    int monitor;
} epoch_log;

static int log_epoch(void *user, const ffnn_train_report *r)
{
    epoch_log *log = user;
    if (!r->epoch_end)
        return 0;
    log->value[r->epoch] =
        log->monitor == FFNN_MONITOR_VAL_ACCURACY ? r->val_accuracy
        : log->monitor == FFNN_MONITOR_VAL_LOSS   ? r->val_loss
                                                  : r->train_loss;
    params(log->net, log->weights[r->epoch]);
    return 0;
}

static ffnn_train_setup *stopping_setup(int monitor, size_t patience,
                                        double min_delta)
{
    ffnn_train_setup *s = new_setup();
    set(s, FFNN_TRAIN_EPOCHS, EPOCHS);
    set(s, FFNN_TRAIN_BATCH_SIZE, 4);
    set(s, FFNN_TRAIN_LEARNING_RATE, 1.5); /* overfits the noise */
    set(s, FFNN_TRAIN_VALIDATION_FRACTION, 0.3);
    set(s, FFNN_TRAIN_SEED, 9);
    set(s, FFNN_TRAIN_MONITOR, monitor);
    set(s, FFNN_TRAIN_PATIENCE, (double)patience);
    set(s, FFNN_TRAIN_MIN_DELTA, min_delta);
    return s;
}

/* Where patience would stop the recorded run: returns the last epoch run
 * and sets *best; computed here from the definition. */
static size_t expected_stop(const epoch_log *log, int higher, size_t patience,
                            double min_delta, size_t *best)
{
    size_t since = 0;
    *best = 1;
    for (size_t e = 2; e <= EPOCHS; e++) {
        double v = log->value[e], b = log->value[*best];
        if (higher ? v > b + min_delta : v < b - min_delta) {
            *best = e, since = 0;
        } else if (++since >= patience) {
            return e;
        }
    }
    return EPOCHS;
}

/* Returns whether the best epoch's weights were put back. */
static int check_stopping(int monitor, size_t patience, double min_delta,
                          int restore)
{
    /* the whole run, recorded */
    static epoch_log log;
    memset(&log, 0, sizeof log);
    ffnn_train_setup *s = stopping_setup(monitor, 0, min_delta);
    ffnn_net *whole = new_net();
    log.net = whole, log.monitor = monitor;
    assert_int_equal(ffnn_train_setup_set_callback(s, log_epoch, &log),
                     FFNN_OK);
    assert_int_equal(ffnn_train_run(whole, s, X, Y, N_ROWS, NULL), FFNN_OK);
    ffnn_train_setup_destroy(s);
    size_t best;
    size_t last = expected_stop(&log, monitor == FFNN_MONITOR_VAL_ACCURACY,
                                patience, min_delta, &best);
    /* the run with patience */
    s = stopping_setup(monitor, patience, min_delta);
    set(s, FFNN_TRAIN_RESTORE_BEST, restore);
    ffnn_net *net = new_net();
    ffnn_train_report r;
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, &r), FFNN_OK);
    assert_int_equal(r.epoch, last);
    assert_int_equal(r.stopped, 0);
    assert_true(result(s, FFNN_RESULT_STOPPED_EARLY) == (last < EPOCHS));
    assert_true(result(s, FFNN_RESULT_BEST_EPOCH) == (double)best);
    assert_true(result(s, FFNN_RESULT_BEST_VALUE) == log.value[best]);
    size_t back = restore ? best : last;
    assert_true(result(s, FFNN_RESULT_RESTORED) == (restore && best != last));
    float now[MAX_PAR];
    size_t n = params(net, now);
    assert_memory_equal(now, log.weights[back], n * sizeof *now);
    /* the net trains on from the restored weights, which have no stale
     * gradients */
    assert_int_equal(ffnn_step(net, 0.1f), FFNN_ERR_STATE);
    int restored = result(s, FFNN_RESULT_RESTORED) == 1;
    ffnn_net_destroy(whole);
    ffnn_net_destroy(net);
    ffnn_train_setup_destroy(s);
    return restored;
}

static void test_early_stopping(void **state)
{
    (void)state;
    make_data();
    int restored = 0;
    for (size_t patience = 1; patience <= 3; patience++) {
        restored += check_stopping(FFNN_MONITOR_VAL_LOSS, patience, 0, 1);
        restored += check_stopping(FFNN_MONITOR_VAL_ACCURACY, patience, 0, 1);
        restored += check_stopping(FFNN_MONITOR_TRAIN_LOSS, patience, 0, 1);
    }
    restored += check_stopping(FFNN_MONITOR_VAL_LOSS, 2, 0.05, 1);
    assert_int_equal(check_stopping(FFNN_MONITOR_VAL_LOSS, 2, 0, 0), 0);
    assert_true(restored >= 3); /* the restoring is exercised */
    /* the scenario does stop early with patience 1 on the held-out loss */
    ffnn_train_setup *s = stopping_setup(FFNN_MONITOR_VAL_LOSS, 1, 0);
    ffnn_net *net = new_net();
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL), FFNN_OK);
    assert_true(result(s, FFNN_RESULT_STOPPED_EARLY) == 1);
    ffnn_net_destroy(net);
    ffnn_train_setup_destroy(s);
}

/* Stop a run once its callback has seen `calls` reports (report_every 2:
 * some mid-epoch, some at epochs' ends). */
typedef struct {
    size_t calls, seen;
} stopper;

static int stop_after(void *user, const ffnn_train_report *r)
{
    (void)r;
    stopper *st = user;
    return ++st->seen == st->calls;
}

/* A copy of net through a checkpoint in memory, as a resumed process has. */
static ffnn_net *through_checkpoint(const ffnn_net *net)
{
    size_t size = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, &size), FFNN_OK);
    void *buf = malloc(size);
    assert_int_equal(ffnn_save_checkpoint_buffer(net, buf, size, &size),
                     FFNN_OK);
    ffnn_net *copy = NULL;
    ffnn_status st = ffnn_load_buffer(buf, size, &copy);
    if (st != FFNN_OK)
        print_error("%s\n", ffnn_last_error());
    assert_int_equal(st, FFNN_OK);
    free(buf);
    return copy;
}

/* A run with patience stopped after `calls` reports and continued (by
 * checkpoint, clone or on the same network) ends as the run never
 * stopped: the same weights, bit for bit, and the same results. Returns
 * whether the stop came before the whole run had stopped early. */
static int check_resumed_stopping(int monitor, size_t patience, int restore,
                                  size_t calls, int via)
{
    ffnn_train_setup *s = stopping_setup(monitor, patience, 0);
    set(s, FFNN_TRAIN_RESTORE_BEST, restore);
    set(s, FFNN_TRAIN_REPORT_EVERY, 2);
    ffnn_net *whole = new_net(), *cut = new_net();
    assert_int_equal(ffnn_train_run(whole, s, X, Y, N_ROWS, NULL), FFNN_OK);
    double want[4] = {
        result(s, FFNN_RESULT_BEST_EPOCH), result(s, FFNN_RESULT_BEST_VALUE),
        result(s, FFNN_RESULT_STOPPED_EARLY), result(s, FFNN_RESULT_RESTORED)};
    stopper st = {calls, 0};
    assert_int_equal(ffnn_train_setup_set_callback(s, stop_after, &st),
                     FFNN_OK);
    ffnn_train_report r;
    assert_int_equal(ffnn_train_run(cut, s, X, Y, N_ROWS, &r), FFNN_OK);
    int interrupted = r.stopped;
    ffnn_net *go_on = cut;
    if (via == 1)
        go_on = through_checkpoint(cut);
    if (via == 2)
        assert_int_equal(ffnn_net_clone(cut, &go_on), FFNN_OK);
    set(s, FFNN_TRAIN_RESUME, 1);
    assert_int_equal(ffnn_train_setup_set_callback(s, NULL, NULL), FFNN_OK);
    assert_int_equal(ffnn_train_run(go_on, s, X, Y, N_ROWS, &r), FFNN_OK);
    assert_same_params(go_on, whole);
    assert_true(result(s, FFNN_RESULT_BEST_EPOCH) == want[0]);
    assert_true(result(s, FFNN_RESULT_BEST_VALUE) == want[1]);
    assert_true(result(s, FFNN_RESULT_STOPPED_EARLY) == want[2]);
    if (interrupted) /* a run restores once, whichever call ends it */
        assert_true(result(s, FFNN_RESULT_RESTORED) == want[3]);
    if (go_on != cut)
        ffnn_net_destroy(go_on);
    ffnn_net_destroy(cut);
    ffnn_net_destroy(whole);
    ffnn_train_setup_destroy(s);
    return interrupted;
}

static void test_early_stopping_resumes(void **state)
{
    (void)state;
    make_data();
    /* 28 training rows in batches of 4: 7 batches an epoch, reports after
     * batches 2, 4, 6 and the epoch's end; 48 reports in 12 epochs. */
    int interrupted = 0;
    for (size_t calls = 1; calls <= 48; calls += 3)
        for (int via = 0; via < 3; via++) {
            interrupted +=
                check_resumed_stopping(FFNN_MONITOR_VAL_LOSS, 2, 1, calls, via);
            interrupted += check_resumed_stopping(FFNN_MONITOR_VAL_ACCURACY, 1,
                                                  1, calls, via);
        }
    for (size_t calls = 2; calls <= 48; calls += 5) {
        interrupted +=
            check_resumed_stopping(FFNN_MONITOR_TRAIN_LOSS, 3, 1, calls, 1);
        interrupted +=
            check_resumed_stopping(FFNN_MONITOR_VAL_LOSS, 2, 0, calls, 1);
    }
    assert_true(interrupted > 20); /* the stops fell inside the runs */
}

static int stop_at_epoch_3(void *user, const ffnn_train_report *r)
{
    (void)user;
    return r->epoch_end && r->epoch == 3;
}

static void test_early_stopping_refusals(void **state)
{
    (void)state;
    ffnn_train_setup *s = stopping_setup(FFNN_MONITOR_VAL_LOSS, 2, 0);
    ffnn_net *net = new_net();
    /* no validation rows for a validation monitor */
    set(s, FFNN_TRAIN_VALIDATION_FRACTION, 0);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL), FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_net_last_error(net), "val_loss"));
    /* a run without patience, stopped by its callback, has no best epoch
     * for patience to go on from */
    set(s, FFNN_TRAIN_VALIDATION_FRACTION, 0.3);
    set(s, FFNN_TRAIN_PATIENCE, 0);
    assert_int_equal(ffnn_train_setup_set_callback(s, stop_at_epoch_3, NULL),
                     FFNN_OK);
    ffnn_train_report r;
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, &r), FFNN_OK);
    assert_int_equal(r.stopped, 1);
    set(s, FFNN_TRAIN_RESUME, 1);
    set(s, FFNN_TRAIN_PATIENCE, 2);
    float before[MAX_PAR], after[MAX_PAR];
    size_t n = params(net, before);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL),
                     FFNN_ERR_STATE);
    assert_non_null(strstr(ffnn_net_last_error(net), "no best epoch"));
    params(net, after);
    assert_memory_equal(before, after, n * sizeof *before);
    /* nor one that kept no best weights, for a run that restores them */
    ffnn_net_destroy(net);
    net = new_net();
    set(s, FFNN_TRAIN_RESUME, 0);
    set(s, FFNN_TRAIN_RESTORE_BEST, 0);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, &r), FFNN_OK);
    assert_int_equal(r.stopped, 1);
    assert_true(result(s, FFNN_RESULT_RESTORED) == 0);
    set(s, FFNN_TRAIN_RESUME, 1);
    set(s, FFNN_TRAIN_RESTORE_BEST, 1);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL),
                     FFNN_ERR_STATE);
    assert_non_null(strstr(ffnn_net_last_error(net), "best weights"));
    /* without patience it resumes */
    set(s, FFNN_TRAIN_PATIENCE, 0);
    assert_int_equal(ffnn_train_setup_set_callback(s, NULL, NULL), FFNN_OK);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, &r), FFNN_OK);
    assert_int_equal(r.epoch, EPOCHS);
    ffnn_net_destroy(net);
    ffnn_train_setup_destroy(s);
}

/* ---- weights ---- */

/* Integer weights are copies of rows: a weighted mean over the data is
 * the plain mean over the data with row i repeated c_i times. One full
 * batch step an epoch, in order, against ffnn_train_step on the copies. */
static void check_weights_are_copies(const float *sample, const float *cls)
{
    static float cx[4 * N_ROWS * N_IN], cy[4 * N_ROWS * N_OUT];
    size_t m = 0;
    for (size_t i = 0; i < N_ROWS; i++) {
        int c0 = Y[i * N_OUT] > 0.5f ? 0 : 1; /* argmax of one-hot */
        int copies = (int)((sample ? sample[i] : 1) * (cls ? cls[c0] : 1));
        for (int k = 0; k < copies; k++, m++) {
            memcpy(cx + m * N_IN, X + i * N_IN, N_IN * sizeof *cx);
            memcpy(cy + m * N_OUT, Y + i * N_OUT, N_OUT * sizeof *cy);
        }
    }
    ffnn_train_setup *s = new_setup();
    set(s, FFNN_TRAIN_EPOCHS, 3);
    set(s, FFNN_TRAIN_BATCH_SIZE, N_ROWS);
    set(s, FFNN_TRAIN_SHUFFLE, 0);
    set(s, FFNN_TRAIN_LEARNING_RATE, 0.5);
    if (sample)
        assert_int_equal(ffnn_train_setup_set_sample_weights(s, sample, N_ROWS),
                         FFNN_OK);
    if (cls)
        assert_int_equal(ffnn_train_setup_set_class_weights(s, cls, N_OUT),
                         FFNN_OK);
    ffnn_net *run = new_net(), *copies = new_net();
    ffnn_train_report r;
    assert_int_equal(ffnn_train_run(run, s, X, Y, N_ROWS, &r), FFNN_OK);
    float loss = 0;
    for (int e = 0; e < 3; e++)
        assert_int_equal(ffnn_train_step(copies, cx, cy, m, 0.5f, &loss),
                         FFNN_OK);
    /* the last epoch's loss is the weighted mean before its step */
    assert_true(fabs(r.train_loss - loss) < 1e-5 * loss);
    float a[MAX_PAR], b[MAX_PAR];
    size_t n = params(run, a);
    params(copies, b);
    for (size_t k = 0; k < n; k++) /* the same sums in another order */
        assert_true(fabsf(a[k] - b[k]) <= 1e-5f * (fabsf(b[k]) + 1e-2f));
    ffnn_net_destroy(run);
    ffnn_net_destroy(copies);
    ffnn_train_setup_destroy(s);
}

static void test_weights(void **state)
{
    (void)state;
    float sample[N_ROWS], cls[N_OUT] = {3, 1};
    for (size_t i = 0; i < N_ROWS; i++)
        sample[i] = (float)(i % 3); /* 0, 1, 2: some rows drop out */
    check_weights_are_copies(NULL, cls);
    check_weights_are_copies(sample, NULL);
    check_weights_are_copies(sample, cls);
    /* a batch that weighs nothing takes no step */
    float zero[N_ROWS] = {0};
    ffnn_train_setup *s = new_setup();
    set(s, FFNN_TRAIN_EPOCHS, 2);
    assert_int_equal(ffnn_train_setup_set_sample_weights(s, zero, N_ROWS),
                     FFNN_OK);
    ffnn_net *net = new_net(), *untouched = new_net();
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL), FFNN_OK);
    assert_same_params(net, untouched);
    /* the counts are the run's, the values finite and >= 0 */
    assert_int_equal(ffnn_train_setup_set_sample_weights(s, zero, N_ROWS - 1),
                     FFNN_OK);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL),
                     FFNN_ERR_SHAPE);
    assert_non_null(strstr(ffnn_net_last_error(net), "39 sample weights"));
    assert_int_equal(ffnn_train_setup_set_sample_weights(s, NULL, 0), FFNN_OK);
    const float three[3] = {1, 2, 3}; /* one class too many */
    assert_int_equal(ffnn_train_setup_set_class_weights(s, three, 3), FFNN_OK);
    assert_int_equal(ffnn_train_run(net, s, X, Y, N_ROWS, NULL),
                     FFNN_ERR_SHAPE);
    float bad[N_OUT] = {1, -1};
    assert_int_equal(ffnn_train_setup_set_class_weights(s, bad, N_OUT),
                     FFNN_ERR_ARG);
    bad[1] = INFINITY;
    assert_int_equal(ffnn_train_setup_set_class_weights(s, bad, N_OUT),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_setup_set_class_weights(NULL, cls, N_OUT),
                     FFNN_ERR_ARG);
    ffnn_net_destroy(net);
    ffnn_net_destroy(untouched);
    ffnn_train_setup_destroy(s);
}

/* ---- ffnn_set_optimizer_param ---- */

static void test_set_optimizer_param(void **state)
{
    (void)state;
    ffnn_net *a = new_net(), *b = new_net();
    assert_int_equal(ffnn_set_optimizer_adam(a, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(b, 0.8f, 0.99f, 1e-6f), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_BETA1, 0.8f),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_BETA2, 0.99f),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_EPSILON, 1e-6f),
                     FFNN_OK);
    float v;
    assert_int_equal(ffnn_get_optimizer_param(a, FFNN_PARAM_BETA1, &v),
                     FFNN_OK);
    assert_true(v == 0.8f);
    for (int k = 0; k < 3; k++) {
        float la, lb;
        assert_int_equal(ffnn_train_step(a, X, Y, N_ROWS, 0.01f, &la), FFNN_OK);
        assert_int_equal(ffnn_train_step(b, X, Y, N_ROWS, 0.01f, &lb), FFNN_OK);
    }
    assert_same_params(a, b); /* as if made so */
    /* refusals change nothing */
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_MOMENTUM, 0.5f),
                     FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_BETA1, 1.0f),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_param(a, FFNN_PARAM_EPSILON, 0.0f),
                     FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_set_optimizer_param(a, FFNN_PARAM_WEIGHT_DECAY, -1.0f),
        FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_param(a, (ffnn_optimizer_param)5, 0.1f),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_param(NULL, FFNN_PARAM_BETA1, 0.5f),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_optimizer_param(a, FFNN_PARAM_BETA1, &v),
                     FFNN_OK);
    assert_true(v == 0.8f);
    assert_int_equal(ffnn_set_optimizer_momentum(b, 0.9f, 0), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_param(b, FFNN_PARAM_MOMENTUM, 0.5f),
                     FFNN_OK);
    assert_int_equal(
        ffnn_set_optimizer_param(b, FFNN_PARAM_WEIGHT_DECAY, 0.01f), FFNN_OK);
    assert_int_equal(ffnn_get_optimizer_param(b, FFNN_PARAM_MOMENTUM, &v),
                     FFNN_OK);
    assert_true(v == 0.5f);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

static int setup_data(void **state)
{
    (void)state;
    make_data();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults_are_ffnn_train),
        cmocka_unit_test(test_key_ranges_and_names),
        cmocka_unit_test(test_schedules),
        cmocka_unit_test(test_early_stopping),
        cmocka_unit_test(test_early_stopping_resumes),
        cmocka_unit_test(test_early_stopping_refusals),
        cmocka_unit_test(test_weights),
        cmocka_unit_test(test_set_optimizer_param),
    };
    return cmocka_run_group_tests(tests, setup_data, NULL);
}
