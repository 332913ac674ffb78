/* train_setup.c -- training setups (ffnn.h, section 15): options set by
 * key, each checked against its range when set, and the results a run
 * leaves. The trainer (train.c) reads the struct of train_setup.h. */
#include "train_setup.h"

#include <stdlib.h>
#include <string.h>

/* How a key's value is kept and checked. */
typedef enum { REAL, INTEGER, FLAG, CHOICE } key_kind;

typedef struct {
    key_kind kind;
    double lo, hi; /* the range, both ends allowed but these: */
    int hi_open, lo_open;
} key_rule;

#define BIG 18446744073709551615.0 /* 2^64 - 1, as a double: 2^64 */
static const key_rule rules[] = {
    [FFNN_TRAIN_BATCH_SIZE] = {INTEGER, 1, BIG, 0},
    [FFNN_TRAIN_EPOCHS] = {INTEGER, 1, BIG, 0},
    [FFNN_TRAIN_LEARNING_RATE] = {REAL, 0, INFINITY, 1},
    [FFNN_TRAIN_VALIDATION_FRACTION] = {REAL, 0, 1, 1},
    [FFNN_TRAIN_SEED] = {INTEGER, 0, BIG, 0},
    [FFNN_TRAIN_SHUFFLE] = {FLAG, 0, 1, 0},
    [FFNN_TRAIN_REPORT_EVERY] = {INTEGER, 0, BIG, 0},
    [FFNN_TRAIN_VALIDATION_SPLIT] = {CHOICE, 0, FFNN_SPLIT_STRATIFIED, 0},
    [FFNN_TRAIN_RESUME] = {FLAG, 0, 1, 0},
    [FFNN_TRAIN_SCHEDULE] = {CHOICE, 0, FFNN_SCHEDULE_COSINE, 0},
    [FFNN_TRAIN_WARMUP_EPOCHS] = {INTEGER, 0, BIG, 0},
    [FFNN_TRAIN_STEP_EPOCHS] = {INTEGER, 1, BIG, 0},
    [FFNN_TRAIN_STEP_FACTOR] = {REAL, 0, 1, 0, 1},
    [FFNN_TRAIN_MIN_LEARNING_RATE] = {REAL, 0, INFINITY, 1},
    [FFNN_TRAIN_PATIENCE] = {INTEGER, 0, BIG, 0},
    [FFNN_TRAIN_MIN_DELTA] = {REAL, 0, INFINITY, 1},
    [FFNN_TRAIN_MONITOR] = {CHOICE, 0, FFNN_MONITOR_TRAIN_LOSS, 0},
    [FFNN_TRAIN_RESTORE_BEST] = {FLAG, 0, 1, 0},
};
#define N_KEYS (int)(sizeof rules / sizeof rules[0])

/* The options o, split and resume, and every key of 1.4.0 at its
 * default. */
static void init_fields(ffnn_train_setup *s, const ffnn_train_options *o,
                        ffnn_validation_split split, int resume)
{
    *s = (ffnn_train_setup){.options = *o,
                            .batch_size = o->batch_size,
                            .epochs = o->epochs,
                            .learning_rate = o->learning_rate,
                            .validation_fraction = o->validation_fraction,
                            .shuffle = o->shuffle != 0,
                            .report_every = o->report_every,
                            .split_key = (uint64_t)split,
                            .split = split,
                            .resume = resume != 0,
                            .step_epochs = 10,
                            .step_factor = 0.1,
                            .monitor = FFNN_MONITOR_VAL_LOSS,
                            .restore_best = 1};
    ffnn__setup_reset_results(s);
}

static void defaults(ffnn_train_setup *s)
{
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    init_fields(s, &o, FFNN_SPLIT_LAST, 0);
}

void ffnn__setup_reset_results(ffnn_train_setup *s)
{
    s->rate = s->options.learning_rate;
    s->best_epoch = 0;
    s->best_value = NAN;
    s->stopped_early = s->restored = 0;
}

ffnn_status ffnn_train_setup_create(ffnn_train_setup **out)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_train_setup_create: out is NULL");
    *out = ffnn__alloc(sizeof **out);
    if (!*out)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM,
                          "ffnn_train_setup_create: out of memory");
    defaults(*out);
    return FFNN_OK;
}

void ffnn_train_setup_destroy(ffnn_train_setup *setup)
{
    if (setup) {
        ffnn__free(setup->sample_weights);
        ffnn__free(setup->class_weights);
    }
    ffnn__free(setup);
}

/* A copy of n weights into *slot (freed first), after checking them. */
static ffnn_status set_weights(ffnn_train_setup *s, const float *w, size_t n,
                               float **slot, size_t *count, const char *fn)
{
    if (!s)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: setup is NULL", fn);
    float *copy = NULL;
    if (w && n) {
        for (size_t i = 0; i < n; i++)
            if (!(w[i] >= 0.0f) || isinf(w[i]))
                return ffnn__fail(NULL, FFNN_ERR_ARG,
                                  "%s: weight %zu is %g; weights are finite "
                                  "and >= 0",
                                  fn, i, (double)w[i]);
        copy = ffnn__alloc(n * sizeof *copy);
        if (!copy)
            return ffnn__fail(NULL, FFNN_ERR_NOMEM, "%s: out of memory", fn);
        memcpy(copy, w, n * sizeof *copy);
    }
    ffnn__free(*slot);
    *slot = copy;
    *count = copy ? n : 0;
    return FFNN_OK;
}

ffnn_status ffnn_train_setup_set_sample_weights(ffnn_train_setup *setup,
                                                const float *sample_weights,
                                                size_t n)
{
    return set_weights(setup, sample_weights, n,
                       setup ? &setup->sample_weights : NULL,
                       setup ? &setup->n_sample_weights : NULL,
                       "ffnn_train_setup_set_sample_weights");
}

ffnn_status ffnn_train_setup_set_class_weights(ffnn_train_setup *setup,
                                               const float *class_weights,
                                               size_t k)
{
    return set_weights(setup, class_weights, k,
                       setup ? &setup->class_weights : NULL,
                       setup ? &setup->n_class_weights : NULL,
                       "ffnn_train_setup_set_class_weights");
}

/* The key's slot: a double for REAL keys, a uint64_t for the others. */
static double *real_slot(ffnn_train_setup *s, int key)
{
    switch (key) {
    case FFNN_TRAIN_LEARNING_RATE: return &s->learning_rate;
    case FFNN_TRAIN_VALIDATION_FRACTION: return &s->validation_fraction;
    case FFNN_TRAIN_STEP_FACTOR: return &s->step_factor;
    case FFNN_TRAIN_MIN_LEARNING_RATE: return &s->min_rate;
    case FFNN_TRAIN_MIN_DELTA: return &s->min_delta;
    default: return NULL;
    }
}

static uint64_t *integer_slot(ffnn_train_setup *s, int key)
{
    switch (key) {
    case FFNN_TRAIN_BATCH_SIZE: return &s->batch_size;
    case FFNN_TRAIN_EPOCHS: return &s->epochs;
    case FFNN_TRAIN_SEED: return &s->options.seed;
    case FFNN_TRAIN_SHUFFLE: return &s->shuffle;
    case FFNN_TRAIN_REPORT_EVERY: return &s->report_every;
    case FFNN_TRAIN_VALIDATION_SPLIT: return &s->split_key;
    case FFNN_TRAIN_RESUME: return &s->resume;
    case FFNN_TRAIN_SCHEDULE: return &s->schedule;
    case FFNN_TRAIN_WARMUP_EPOCHS: return &s->warmup_epochs;
    case FFNN_TRAIN_STEP_EPOCHS: return &s->step_epochs;
    case FFNN_TRAIN_PATIENCE: return &s->patience;
    case FFNN_TRAIN_MONITOR: return &s->monitor;
    case FFNN_TRAIN_RESTORE_BEST: return &s->restore_best;
    default: return NULL;
    }
}

/* ffnn_train_options' copies of the values, which the trainer reads. */
static void sync(ffnn_train_setup *s)
{
    s->options.batch_size = (size_t)s->batch_size;
    s->options.epochs = (size_t)s->epochs;
    s->options.learning_rate = (float)s->learning_rate;
    s->options.validation_fraction = (float)s->validation_fraction;
    s->options.shuffle = s->shuffle != 0;
    s->options.report_every = (size_t)s->report_every;
    s->split = (ffnn_validation_split)s->split_key;
}

static ffnn_status check_key(const ffnn_train_setup *s, int key, const char *fn)
{
    if (!s)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: setup is NULL", fn);
    if (key < 0 || key >= N_KEYS)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "%s: unknown key %d (this ffnn %s knows 0 to %d)", fn,
                          key, FFNN_VERSION_STRING, N_KEYS - 1);
    return FFNN_OK;
}

static ffnn_status out_of_range(int key, double value, const char *fn)
{
    const key_rule *r = &rules[key];
    const char *what = r->kind == REAL ? "a" : "an integer";
    return ffnn__fail(
        NULL, FFNN_ERR_ARG, "%s: %s is %g; it takes %s value in %c%g, %g%c", fn,
        ffnn_train_key_name(key), value, what, r->lo_open ? '(' : '[', r->lo,
        r->hi, r->hi_open ? ')' : ']');
}

/* A size_t field that cannot hold the value (32-bit hosts). */
static int too_big_for(int key, uint64_t value)
{
    int sized = key == FFNN_TRAIN_BATCH_SIZE || key == FFNN_TRAIN_EPOCHS ||
                key == FFNN_TRAIN_REPORT_EVERY;
    return sized && value > (uint64_t)SIZE_MAX;
}

ffnn_status ffnn_train_setup_set(ffnn_train_setup *setup, int key, double value)
{
    const char *fn = "ffnn_train_setup_set";
    ffnn_status s = check_key(setup, key, fn);
    if (s != FFNN_OK)
        return s;
    const key_rule *r = &rules[key];
    int in_range = (r->lo_open ? value > r->lo : value >= r->lo) &&
                   (r->hi_open ? value < r->hi : value <= r->hi);
    if (!in_range || (r->kind != REAL && value != floor(value)) ||
        (r->kind != REAL && value >= 0x1p64))
        return out_of_range(key, value, fn);
    if (r->kind == REAL) {
        *real_slot(setup, key) = value;
    } else {
        if (too_big_for(key, (uint64_t)value))
            return out_of_range(key, value, fn);
        *integer_slot(setup, key) = (uint64_t)value;
    }
    sync(setup);
    return FFNN_OK;
}

ffnn_status ffnn_train_setup_set_u64(ffnn_train_setup *setup, int key,
                                     uint64_t value)
{
    const char *fn = "ffnn_train_setup_set_u64";
    ffnn_status s = check_key(setup, key, fn);
    if (s != FFNN_OK)
        return s;
    const key_rule *r = &rules[key];
    if (r->kind == REAL)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "%s: %s is not an integer option; use "
                          "ffnn_train_setup_set",
                          fn, ffnn_train_key_name(key));
    if ((double)value < r->lo || (r->hi < BIG && (double)value > r->hi) ||
        too_big_for(key, value))
        return out_of_range(key, (double)value, fn);
    *integer_slot(setup, key) = value;
    sync(setup);
    return FFNN_OK;
}

ffnn_status ffnn_train_setup_get(const ffnn_train_setup *setup, int key,
                                 double *value)
{
    ffnn_status s = check_key(setup, key, "ffnn_train_setup_get");
    if (s == FFNN_OK && !value)
        s = ffnn__fail(NULL, FFNN_ERR_ARG,
                       "ffnn_train_setup_get: value is "
                       "NULL");
    if (s != FFNN_OK)
        return s;
    ffnn_train_setup *m = (ffnn_train_setup *)setup; /* read only */
    double *real = real_slot(m, key);
    *value = real ? *real : (double)*integer_slot(m, key);
    return FFNN_OK;
}

ffnn_status ffnn_train_setup_get_u64(const ffnn_train_setup *setup, int key,
                                     uint64_t *value)
{
    const char *fn = "ffnn_train_setup_get_u64";
    ffnn_status s = check_key(setup, key, fn);
    if (s == FFNN_OK && !value)
        s = ffnn__fail(NULL, FFNN_ERR_ARG, "%s: value is NULL", fn);
    if (s == FFNN_OK && rules[key].kind == REAL)
        s = ffnn__fail(NULL, FFNN_ERR_ARG, "%s: %s is not an integer option",
                       fn, ffnn_train_key_name(key));
    if (s == FFNN_OK)
        *value = *integer_slot((ffnn_train_setup *)setup, key);
    return s;
}

ffnn_status ffnn_train_setup_set_callback(ffnn_train_setup *setup,
                                          ffnn_train_callback fn, void *user)
{
    if (!setup)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_train_setup_set_callback: setup is NULL");
    setup->options.callback = fn;
    setup->options.user = user;
    return FFNN_OK;
}

ffnn_status ffnn_train_setup_result(const ffnn_train_setup *setup, int key,
                                    double *value)
{
    const char *fn = "ffnn_train_setup_result";
    if (!setup || !value)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          setup ? "value" : "setup");
    switch (key) {
    case FFNN_RESULT_LEARNING_RATE: *value = setup->rate; break;
    case FFNN_RESULT_BEST_EPOCH: *value = (double)setup->best_epoch; break;
    case FFNN_RESULT_BEST_VALUE: *value = setup->best_value; break;
    case FFNN_RESULT_STOPPED_EARLY: *value = setup->stopped_early; break;
    case FFNN_RESULT_RESTORED: *value = setup->restored; break;
    default:
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "%s: unknown result %d (this ffnn %s knows 0 to %d)",
                          fn, key, FFNN_VERSION_STRING, FFNN_RESULT_RESTORED);
    }
    return FFNN_OK;
}

void ffnn__setup_from_options(ffnn_train_setup *s, const ffnn_train_options *o,
                              ffnn_validation_split split, int resume)
{
    init_fields(s, o, split, resume);
}

double ffnn__setup_rate(const ffnn_train_setup *s, size_t e)
{
    double eta = (float)s->learning_rate, w = (double)s->warmup_epochs;
    if ((double)e <= w)
        return eta * (double)e / (w + 1.0);
    double k = (double)e - w - 1.0, T = (double)s->epochs - w;
    switch (s->schedule) {
    case FFNN_SCHEDULE_STEP:
        return eta * pow(s->step_factor, floor(k / (double)s->step_epochs));
    case FFNN_SCHEDULE_COSINE: {
        const double pi = 3.14159265358979323846;
        double eta_min = s->min_rate;
        return eta_min + (eta - eta_min) * 0.5 * (1.0 + cos(pi * k / T));
    }
    default: return eta;
    }
}
