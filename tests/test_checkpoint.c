/*
 * test_checkpoint.c -- checkpoints (model_state.c, model_io.c), user
 * metadata (metadata.c), the training position, resumed training and the
 * validation splits (train.c): ffnn.h sections 10 to 12.
 *
 *  - a checkpoint of every optimizer continues bit for bit;
 *  - Adam's stored moments equal a hand computation;
 *  - damaged checkpoints are refused, unknown keys ignored;
 *  - ffnn_train stopped anywhere (callback) and resumed from a checkpoint
 *    equals a run never stopped, for every split;
 *  - the epoch order is the header's Fisher-Yates over SplitMix64;
 *  - the splits hold out what the header says.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"

/* ---- helpers ---- */

enum { N_ROWS = 60, N_IN = 3, N_OUT = 3 };

/* Three classes, sorted by class as iris.csv is: rows of class c first. */
static void make_data(float *x, float *y)
{
    uint64_t s = 12345;
    for (size_t r = 0; r < N_ROWS; r++) {
        size_t c = r * N_OUT / N_ROWS;
        for (size_t j = 0; j < N_IN; j++) {
            s = s * 6364136223846793005ull + 1442695040888963407ull;
            x[r * N_IN + j] = (float)(s >> 40) * 0x1p-24f + (j == c);
        }
        for (size_t j = 0; j < N_OUT; j++)
            y[r * N_OUT + j] = j == c;
    }
}

static ffnn_net *make_net(int optimizer, float decay)
{
    const size_t sizes[] = {N_IN, 5, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 7),
                     FFNN_OK);
    ffnn_status s = FFNN_OK;
    if (optimizer == FFNN_OPT_MOMENTUM || optimizer == FFNN_OPT_NESTEROV)
        s = ffnn_set_optimizer_momentum(net, 0.123456789f,
                                        optimizer == FFNN_OPT_NESTEROV);
    else if (optimizer == FFNN_OPT_ADAM)
        s = ffnn_set_optimizer_adam(net, 0.812345678f, 0.99912345f,
                                    1.2345678e-7f);
    assert_int_equal(s, FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, decay), FFNN_OK);
    return net;
}

/* Every weight and bias of two networks, bit for bit. */
static void assert_same_params(const ffnn_net *a, const ffnn_net *b)
{
    float wa[32], ba[8], wb[32], bb[8];
    for (size_t l = 1; l <= ffnn_net_num_layers(a); l++) {
        assert_int_equal(ffnn_get_layer(a, l, wa, ba), FFNN_OK);
        assert_int_equal(ffnn_get_layer(b, l, wb, bb), FFNN_OK);
        size_t n = ffnn_net_layer_size(a, l), m = ffnn_net_layer_size(a, l - 1);
        assert_memory_equal(wa, wb, n * m * sizeof(float));
        assert_memory_equal(ba, bb, n * sizeof(float));
    }
}

static unsigned char *checkpoint_of(const ffnn_net *net, size_t *size)
{
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, size), FFNN_OK);
    unsigned char *buf = malloc(*size);
    assert_int_equal(ffnn_save_checkpoint_buffer(net, buf, *size, size),
                     FFNN_OK);
    return buf;
}

static ffnn_net *reload(const ffnn_net *net)
{
    size_t size;
    unsigned char *buf = checkpoint_of(net, &size);
    ffnn_net *copy = NULL;
    assert_int_equal(ffnn_load_buffer(buf, size, &copy), FFNN_OK);
    free(buf);
    return copy;
}

/* A step of the split API on rows [first, first + rows). */
static void split_step(ffnn_net *net, const float *x, const float *y,
                       size_t first, size_t rows)
{
    assert_int_equal(ffnn_forward(net, x + first * N_IN, rows, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, y + first * N_OUT), FFNN_OK);
    assert_int_equal(ffnn_step(net, 0.05f), FFNN_OK);
}

/* ---- a checkpoint continues exactly ---- */

static void continue_both(ffnn_net *a, ffnn_net *b, const float *x,
                          const float *y)
{
    for (size_t k = 0; k < 6; k++) {
        size_t first = (k * 7) % (N_ROWS - 8);
        if (k % 2) {
            split_step(a, x, y, first, 8);
            split_step(b, x, y, first, 8);
        } else {
            ffnn_train_step(a, x + first * N_IN, y + first * N_OUT, 8, 0.05f,
                            NULL);
            ffnn_train_step(b, x + first * N_IN, y + first * N_OUT, 8, 0.05f,
                            NULL);
        }
    }
    assert_same_params(a, b);
}

static void test_every_optimizer_continues(void **state)
{
    (void)state;
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT];
    make_data(x, y);
    const int kinds[] = {FFNN_OPT_SGD, FFNN_OPT_MOMENTUM, FFNN_OPT_NESTEROV,
                         FFNN_OPT_ADAM};
    for (size_t k = 0; k < 8; k++) {
        ffnn_net *net = make_net(kinds[k % 4], k < 4 ? 0.0f : 3e-4f);
        for (size_t s = 0; s < 5; s++)
            split_step(net, x, y, 8 * s, 8);
        ffnn_net *copy = reload(net);
        assert_int_equal(ffnn_net_optimizer(copy), kinds[k % 4]);
        const ffnn_optimizer_param params[] = {
            FFNN_PARAM_MOMENTUM, FFNN_PARAM_BETA1, FFNN_PARAM_BETA2,
            FFNN_PARAM_EPSILON, FFNN_PARAM_WEIGHT_DECAY};
        for (size_t p = 0; p < 5; p++) {
            float va = -1, vb = -1;
            ffnn_status sa = ffnn_get_optimizer_param(net, params[p], &va);
            assert_int_equal(ffnn_get_optimizer_param(copy, params[p], &vb),
                             sa);
            assert_memory_equal(&va, &vb, sizeof va);
        }
        continue_both(net, copy, x, y);
        ffnn_net_destroy(net);
        ffnn_net_destroy(copy);
    }
}

/* A model file is weights only: Adam comes back as SGD, at position 0. */
static void test_model_file_is_weights_only(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_OPT_ADAM, 0), *copy = NULL;
    ffnn_train_position p = {3, 4, 5, 6, 2, 1.5}, q;
    assert_int_equal(ffnn_set_train_position(net, &p), FFNN_OK);
    size_t size;
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, &size), FFNN_OK);
    unsigned char *buf = malloc(size);
    assert_int_equal(ffnn_save_buffer(net, buf, size, &size), FFNN_OK);
    assert_int_equal(ffnn_load_buffer(buf, size, &copy), FFNN_OK);
    assert_int_equal(ffnn_net_optimizer(copy), FFNN_OPT_SGD);
    assert_int_equal(ffnn_get_train_position(copy, &q), FFNN_OK);
    assert_true(q.epoch == 0 && q.batch == 0 && q.rng == 0 && q.seen == 0 &&
                q.correct == 0 && q.loss_sum == 0);
    assert_same_params(net, copy);
    free(buf);
    ffnn_net_destroy(copy);
    ffnn_net_destroy(net);
}

static void test_position_round_trip(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_OPT_MOMENTUM, 0);
    ffnn_train_position p = {UINT64_MAX, 17, UINT64_MAX - 1,
                             33,         21, 0.12345678901234567},
                        q;
    assert_int_equal(ffnn_set_train_position(net, &p), FFNN_OK);
    ffnn_net *copy = reload(net);
    assert_int_equal(ffnn_get_train_position(copy, &q), FFNN_OK);
    assert_memory_equal(&p, &q, sizeof p);
    assert_int_equal(ffnn_set_train_position(NULL, &p), FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_train_position(net, NULL), FFNN_ERR_ARG);
    ffnn_net_destroy(copy);
    ffnn_net_destroy(net);
}

/* ---- the file's contents ---- */

/* The JSON header of a safetensors buffer. */
static json_t *header_of(const unsigned char *buf, size_t *json_len)
{
    uint64_t n = 0;
    for (int k = 7; k >= 0; k--)
        n = n << 8 | buf[k];
    *json_len = (size_t)n;
    json_t *root = json_loadb((const char *)buf + 8, (size_t)n, 0, NULL);
    assert_non_null(root);
    return root;
}

static float tensor_value(const unsigned char *buf, json_t *root,
                          const char *name, size_t index)
{
    size_t json_len;
    json_decref(header_of(buf, &json_len));
    json_t *t = json_object_get(root, name);
    assert_non_null(t);
    size_t begin =
        (size_t)json_integer_value(json_array_get(json_object_get(t, "data_"
                                                                     "offsets"),
                                                  0));
    float v;
    memcpy(&v, buf + 8 + json_len + begin + 4 * index, 4);
    return v;
}

/* One Adam step on y = w.x + b, MSE, one sample: g = 2 (yhat - y) (x, 1),
 * m = (1 - b1) g, v = (1 - b2) g^2, and the names the header documents. */
static void test_adam_moments_stored(void **state)
{
    (void)state;
    const size_t sizes[] = {2, 1};
    const ffnn_activation acts[] = {FFNN_ACT_LINEAR};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 1, sizes, acts, FFNN_LOSS_MSE, 1),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.75f, 0.5f, 1e-8f), FFNN_OK);
    const float W[] = {0.5f, -0.25f}, b[] = {0.125f}, x[] = {1, 2}, t[] = {1};
    assert_int_equal(ffnn_set_layer(net, 1, W, b), FFNN_OK);
    assert_int_equal(ffnn_train_step(net, x, t, 1, 0.01f, NULL), FFNN_OK);
    /* yhat = 0.5 - 0.5 + 0.125; g = 2 (0.125 - 1) (1, 2, 1). */
    const double g[] = {-1.75, -3.5, -1.75};
    size_t size;
    unsigned char *buf = checkpoint_of(net, &size);
    size_t json_len;
    json_t *root = header_of(buf, &json_len);
    for (size_t k = 0; k < 3; k++) {
        const char *part = k < 2 ? "weight" : "bias";
        char m_name[64], v_name[64];
        snprintf(m_name, sizeof m_name, "layers.1.%s.exp_avg", part);
        snprintf(v_name, sizeof v_name, "layers.1.%s.exp_avg_sq", part);
        assert_float_equal(tensor_value(buf, root, m_name, k % 2), 0.25 * g[k],
                           1e-6);
        assert_float_equal(tensor_value(buf, root, v_name, k % 2),
                           0.5 * g[k] * g[k], 1e-5);
    }
    json_t *meta = json_object_get(root, "__metadata__");
    assert_string_equal(json_string_value(json_object_get(meta, "optimizer")),
                        "adam");
    assert_string_equal(
        json_string_value(json_object_get(meta, "optimizer.step")), "1");
    assert_null(json_object_get(root, "layers.1.weight.momentum_buffer"));
    json_decref(root);
    free(buf);
    ffnn_net_destroy(net);
}

/* ---- damaged checkpoints ---- */

/* The buffer with its header replaced by edit(root) (same data). */
static unsigned char *edited(const unsigned char *buf, size_t size,
                             void (*edit)(json_t *), size_t *out_size)
{
    size_t json_len;
    json_t *root = header_of(buf, &json_len);
    edit(root);
    char *text = json_dumps(root, JSON_COMPACT);
    size_t n = strlen(text), data = size - 8 - json_len;
    unsigned char *out = malloc(8 + n + data);
    for (int k = 0; k < 8; k++)
        out[k] = (unsigned char)((uint64_t)n >> (8 * k));
    memcpy(out + 8, text, n);
    memcpy(out + 8 + n, buf + 8 + json_len, data);
    *out_size = 8 + n + data;
    free(text);
    json_decref(root);
    return out;
}

static json_t *meta_of(json_t *root)
{
    return json_object_get(root, "__metadata__");
}
static void unknown_optimizer(json_t *r)
{
    json_object_set_new(meta_of(r), "optimizer", json_string("lion"));
}
static void no_step(json_t *r)
{
    json_object_del(meta_of(r), "optimizer.step");
}
static void bad_epoch(json_t *r)
{
    json_object_set_new(meta_of(r), "train.epoch", json_string("-1"));
}
static void no_state_tensor(json_t *r)
{
    /* Its bytes become an ignored tensor's, so only the name is missing. */
    json_t *t = json_object_get(r, "layers.2.bias.exp_avg");
    json_object_set(r, "notes", t);
    json_object_del(r, "layers.2.bias.exp_avg");
}
static void as_momentum(json_t *r)
{
    json_object_set_new(meta_of(r), "optimizer", json_string("momentum"));
    json_object_set_new(meta_of(r), "optimizer.momentum", json_string("0.5"));
}
static void newer_format(json_t *r)
{
    json_object_set_new(meta_of(r), "format_version", json_string("2"));
}
static void unknown_keys(json_t *r)
{
    json_object_set_new(meta_of(r), "future.setting", json_string("on"));
    json_object_set_new(meta_of(r), "user.mine", json_string("kept"));
}

static void test_damaged_checkpoints_refused(void **state)
{
    (void)state;
    static const struct {
        void (*edit)(json_t *);
        const char *word;
    } cases[] = {{unknown_optimizer, "unknown optimizer \"lion\""},
                 {no_step, "optimizer.step"},
                 {bad_epoch, "train.epoch"},
                 {no_state_tensor, "missing"},
                 {as_momentum, "layers."},
                 {newer_format, "format version 2"}};
    ffnn_net *net = make_net(FFNN_OPT_ADAM, 0);
    size_t size;
    unsigned char *buf = checkpoint_of(net, &size);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t n;
        unsigned char *bad = edited(buf, size, cases[k].edit, &n);
        ffnn_net *out = (ffnn_net *)1;
        assert_int_equal(ffnn_load_buffer(bad, n, &out), FFNN_ERR_FORMAT);
        assert_null(out);
        if (!strstr(ffnn_last_error(), cases[k].word))
            fail_msg("case %zu: '%s' lacks '%s'", k, ffnn_last_error(),
                     cases[k].word);
        free(bad);
    }
    size_t n;
    unsigned char *fine = edited(buf, size, unknown_keys, &n);
    ffnn_net *out = NULL;
    assert_int_equal(ffnn_load_buffer(fine, n, &out), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(out, "user.mine"), "kept");
    assert_null(ffnn_get_metadata(out, "future.setting"));
    ffnn_net_destroy(out);
    free(fine);
    free(buf);
    ffnn_net_destroy(net);
}

/* A negative second moment cannot come from Adam. */
static void test_negative_second_moment_refused(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_OPT_ADAM, 0);
    size_t size, json_len;
    unsigned char *buf = checkpoint_of(net, &size);
    json_t *root = header_of(buf, &json_len);
    json_t *t = json_object_get(root, "layers.1.bias.exp_avg_sq");
    size_t begin = (size_t)json_integer_value(
        json_array_get(json_object_get(t, "data_offsets"), 0));
    const float minus = -1.0f;
    memcpy(buf + 8 + json_len + begin, &minus, 4);
    ffnn_net *out = NULL;
    assert_int_equal(ffnn_load_buffer(buf, size, &out), FFNN_ERR_FORMAT);
    assert_non_null(strstr(ffnn_last_error(), "negative"));
    json_decref(root);
    free(buf);
    ffnn_net_destroy(net);
}

/* ---- metadata ---- */

static void test_metadata(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_OPT_SGD, 0), *view = NULL;
    assert_null(ffnn_get_metadata(net, "user.a"));
    assert_int_equal(ffnn_set_metadata(net, "user.a", "1"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.b", "two\nlines"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.a", "one"), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, "user.a"), "one");
    assert_int_equal(ffnn_set_metadata(net, "user.c", "x"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.c", NULL), FFNN_OK);
    assert_null(ffnn_get_metadata(net, "user.c"));
    assert_int_equal(ffnn_set_metadata(net, "user.c", NULL), FFNN_OK);
    char long_key[300];
    memset(long_key, 'k', sizeof long_key - 1);
    memcpy(long_key, "user.", 5);
    long_key[sizeof long_key - 1] = '\0';
    const char *bad_keys[] = {"a", "users.a", "format", long_key, "user.\xff"};
    for (size_t k = 0; k < 5; k++)
        assert_int_equal(ffnn_set_metadata(net, bad_keys[k], "v"),
                         FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_net_last_error(net), "UTF-8"));
    assert_int_equal(ffnn_set_metadata(net, "user.d", "\xc3("), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_metadata(net, NULL, "v"), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_metadata(NULL, "user.a", "v"), FFNN_ERR_ARG);
    assert_null(ffnn_get_metadata(NULL, "user.a"));
    assert_null(ffnn_get_metadata(net, NULL));
    /* Saved in both kinds of file, restored, cloned. */
    ffnn_net *copies[3] = {reload(net), NULL, NULL};
    size_t size;
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, &size), FFNN_OK);
    void *buf = malloc(size);
    assert_int_equal(ffnn_save_buffer(net, buf, size, &size), FFNN_OK);
    assert_int_equal(ffnn_load_buffer(buf, size, &copies[1]), FFNN_OK);
    assert_int_equal(ffnn_net_clone(net, &copies[2]), FFNN_OK);
    for (size_t k = 0; k < 3; k++) {
        assert_string_equal(ffnn_get_metadata(copies[k], "user.a"), "one");
        assert_string_equal(ffnn_get_metadata(copies[k], "user.b"),
                            "two\nlines");
        assert_null(ffnn_get_metadata(copies[k], "user.c"));
        ffnn_net_destroy(copies[k]);
    }
    assert_int_equal(ffnn_net_share(net, &view), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(view, "user.a", "v"), FFNN_ERR_STATE);
    ffnn_net_destroy(view);
    free(buf);
    ffnn_net_destroy(net);
}

/* ---- resumed training ---- */

typedef struct {
    size_t stop_epoch, stop_batch; /* stop after it (0: epoch end) */
    ffnn_net *net;
    unsigned char *checkpoint; /* written from inside the callback */
    size_t size;
} stopper;

/* Stops once, writing a checkpoint from inside the callback. */
static int stop_and_save(void *user, const ffnn_train_report *r)
{
    stopper *s = user;
    int here =
        r->epoch == s->stop_epoch &&
        (s->stop_batch ? !r->epoch_end && r->batches_done == s->stop_batch
                       : r->epoch_end);
    if (!here || s->checkpoint)
        return 0;
    s->checkpoint = checkpoint_of(s->net, &s->size);
    return 1;
}

static void train_options(ffnn_train_options *o, stopper *s)
{
    ffnn_train_defaults(o);
    o->batch_size = 7;
    o->epochs = 4;
    o->learning_rate = 0.05f;
    o->validation_fraction = 0.25f;
    o->seed = 99;
    o->report_every = 1;
    o->callback = s ? stop_and_save : NULL;
    o->user = s;
}

static void assert_same_report(const ffnn_train_report *a,
                               const ffnn_train_report *b)
{
    assert_int_equal(a->epoch, b->epoch);
    assert_memory_equal(&a->train_loss, &b->train_loss, sizeof(double));
    assert_memory_equal(&a->train_accuracy, &b->train_accuracy, sizeof(double));
    assert_memory_equal(&a->val_loss, &b->val_loss, sizeof(double));
    assert_memory_equal(&a->val_accuracy, &b->val_accuracy, sizeof(double));
}

/* Stop at (epoch, batch), checkpoint, load, resume: as never stopped. */
static void check_resume(int optimizer, ffnn_validation_split split,
                         size_t epoch, size_t batch)
{
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT];
    make_data(x, y);
    ffnn_train_options o;
    ffnn_train_report whole, first, rest;
    ffnn_net *never = make_net(optimizer, 1e-3f);
    train_options(&o, NULL);
    assert_int_equal(ffnn_train_resume(never, x, y, N_ROWS, &o, split, &whole),
                     FFNN_OK);
    ffnn_net *net = make_net(optimizer, 1e-3f), *resumed = NULL;
    stopper s = {epoch, batch, net, NULL, 0};
    train_options(&o, &s);
    assert_int_equal(ffnn_train_resume(net, x, y, N_ROWS, &o, split, &first),
                     FFNN_OK);
    assert_true(first.stopped);
    assert_int_equal(ffnn_load_buffer(s.checkpoint, s.size, &resumed), FFNN_OK);
    free(s.checkpoint);
    ffnn_train_position p;
    ffnn_get_train_position(resumed, &p);
    assert_int_equal(p.epoch, batch ? epoch - 1 : epoch);
    assert_int_equal(p.batch, batch);
    train_options(&o, NULL);
    assert_int_equal(ffnn_train_resume(resumed, x, y, N_ROWS, &o, split, &rest),
                     FFNN_OK);
    assert_same_params(never, resumed);
    assert_same_report(&whole, &rest);
    ffnn_net_destroy(never);
    ffnn_net_destroy(net);
    ffnn_net_destroy(resumed);
}

static void test_resume_equals_never_stopped(void **state)
{
    (void)state;
    const int kinds[] = {FFNN_OPT_SGD, FFNN_OPT_MOMENTUM, FFNN_OPT_ADAM};
    for (int k = 0; k < 3; k++)
        for (int split = 0; split < 3; split++) {
            check_resume(kinds[k], (ffnn_validation_split)split, 2, 3);
            check_resume(kinds[k], (ffnn_validation_split)split, 3, 0);
            check_resume(kinds[k], (ffnn_validation_split)split, 1, 1);
        }
}

/* ffnn_train of 1 epoch, then resumed to 3, is ffnn_train of 3. */
static void test_train_then_resume(void **state)
{
    (void)state;
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT];
    make_data(x, y);
    ffnn_train_options o;
    train_options(&o, NULL);
    o.validation_fraction = 0;
    ffnn_net *a = make_net(FFNN_OPT_ADAM, 0), *b = make_net(FFNN_OPT_ADAM, 0);
    o.epochs = 3;
    assert_int_equal(ffnn_train(a, x, y, N_ROWS, &o, NULL), FFNN_OK);
    ffnn_train_position p;
    ffnn_get_train_position(a, &p);
    assert_true(p.epoch == 3 && p.batch == 0 && p.seen == 0);
    o.epochs = 1;
    assert_int_equal(ffnn_train(b, x, y, N_ROWS, &o, NULL), FFNN_OK);
    o.epochs = 3;
    assert_int_equal(
        ffnn_train_resume(b, x, y, N_ROWS, &o, FFNN_SPLIT_LAST, NULL), FFNN_OK);
    assert_same_params(a, b);
    /* Complete: nothing happens. */
    ffnn_train_report r;
    assert_int_equal(
        ffnn_train_resume(b, x, y, N_ROWS, &o, FFNN_SPLIT_LAST, &r), FFNN_OK);
    assert_int_equal(r.epoch, 3);
    assert_true(isnan(r.train_loss));
    assert_same_params(a, b);
    /* A batch past the epoch's last is refused, and changes nothing. */
    ffnn_train_position bad = {0, 9, 1, 0, 0, 0};
    ffnn_set_train_position(b, &bad);
    assert_int_equal(
        ffnn_train_resume(b, x, y, N_ROWS, &o, FFNN_SPLIT_LAST, NULL),
        FFNN_ERR_ARG);
    assert_same_params(a, b);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* ---- the order and the splits, computed here from the header ---- */

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Batches of one in the Fisher-Yates order of each epoch, step by step. */
static void test_epoch_order(void **state)
{
    (void)state;
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT];
    make_data(x, y);
    ffnn_train_options o;
    train_options(&o, NULL);
    o.batch_size = 1;
    o.epochs = 2;
    o.validation_fraction = 0;
    ffnn_net *a = make_net(FFNN_OPT_MOMENTUM, 0);
    ffnn_net *b = make_net(FFNN_OPT_MOMENTUM, 0);
    assert_int_equal(ffnn_train(a, x, y, N_ROWS, &o, NULL), FFNN_OK);
    uint64_t rng = o.seed;
    for (size_t e = 0; e < 2; e++) {
        size_t order[N_ROWS];
        for (size_t i = 0; i < N_ROWS; i++)
            order[i] = i;
        for (size_t i = N_ROWS; i > 1; i--) {
            size_t j = (size_t)(splitmix(&rng) % i), t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        for (size_t i = 0; i < N_ROWS; i++)
            assert_int_equal(ffnn_train_step(b, x + order[i] * N_IN,
                                             y + order[i] * N_OUT, 1,
                                             o.learning_rate, NULL),
                             FFNN_OK);
    }
    assert_same_params(a, b);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

static size_t held_of_class(const size_t *order, size_t n, size_t n_val,
                            const float *y, size_t k, size_t c)
{
    size_t count = 0;
    for (size_t i = n - n_val; i < n; i++)
        count += k == 1 ? (y[order[i]] > 0.5f) == c : y[order[i] * k + c] == 1;
    return count;
}

/* A permutation, each part increasing. */
static void assert_split_shape(const size_t *order, size_t n, size_t n_val)
{
    char seen[200] = {0};
    for (size_t i = 0; i < n; i++) {
        assert_true(order[i] < n && !seen[order[i]]);
        seen[order[i]] = 1;
        if (i && i != n - n_val)
            assert_true(order[i] > order[i - 1]);
    }
}

static void test_splits(void **state)
{
    (void)state;
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT];
    make_data(x, y);
    ffnn_net *net = make_net(FFNN_OPT_SGD, 0);
    size_t order[N_ROWS], again[N_ROWS];
    assert_int_equal(
        ffnn_split_rows(net, y, N_ROWS, 0.2f, FFNN_SPLIT_LAST, 1, order),
        FFNN_OK);
    for (size_t i = 0; i < N_ROWS; i++)
        assert_int_equal(order[i], i);
    /* Sorted by class, the last rows are one class; stratified keeps each
     * class's 20 rows' share, 4. */
    assert_int_equal(held_of_class(order, N_ROWS, 12, y, 3, 2), 12);
    for (int split = 1; split <= 2; split++) {
        assert_int_equal(ffnn_split_rows(net, y, N_ROWS, 0.2f,
                                         (ffnn_validation_split)split, 5,
                                         order),
                         FFNN_OK);
        assert_split_shape(order, N_ROWS, 12);
        assert_int_equal(ffnn_split_rows(net, y, N_ROWS, 0.2f,
                                         (ffnn_validation_split)split, 6,
                                         again),
                         FFNN_OK);
        assert_true(memcmp(order, again, sizeof order) != 0);
    }
    for (size_t c = 0; c < 3; c++)
        assert_int_equal(held_of_class(order, N_ROWS, 12, y, 3, c), 4);
    assert_int_equal(ffnn_split_rows(net, NULL, N_ROWS, 0.2f,
                                     FFNN_SPLIT_STRATIFIED, 1, order),
                     FFNN_ERR_ARG);
    y[5] = NAN;
    assert_int_equal(
        ffnn_split_rows(net, y, N_ROWS, 0.2f, FFNN_SPLIT_STRATIFIED, 1, order),
        FFNN_ERR_NUMERIC);
    assert_int_equal(
        ffnn_split_rows(net, y, N_ROWS, 1.0f, FFNN_SPLIT_LAST, 1, order),
        FFNN_ERR_ARG);
    assert_int_equal(ffnn_split_rows(net, y, N_ROWS, 0.2f,
                                     (ffnn_validation_split)3, 1, order),
                     FFNN_ERR_ARG);
    ffnn_net_destroy(net);
}

/* Classes of 7, 5 and 3 rows, half held out: floors 3, 2, 1 make 6 of
 * round(7.5) = 8; the remainders tie at 0.5, so the lower classes get the
 * two left: 4, 3, 1. One output: the class is y > 0.5. */
static void test_stratified_remainders(void **state)
{
    (void)state;
    const size_t sizes[] = {1, 3};
    const ffnn_activation acts[] = {FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 1, sizes, acts, FFNN_LOSS_CE, 1),
                     FFNN_OK);
    float y[15 * 3] = {0};
    for (size_t r = 0; r < 15; r++)
        y[r * 3 + (r < 7 ? 0 : r < 12 ? 1 : 2)] = 1;
    size_t order[15];
    assert_int_equal(
        ffnn_split_rows(net, y, 15, 0.5f, FFNN_SPLIT_STRATIFIED, 3, order),
        FFNN_OK);
    assert_split_shape(order, 15, 8);
    const size_t want[] = {4, 3, 1};
    for (size_t c = 0; c < 3; c++)
        assert_int_equal(held_of_class(order, 15, 8, y, 3, c), want[c]);
    ffnn_net_destroy(net);
    const size_t bsizes[] = {1, 1};
    const ffnn_activation bacts[] = {FFNN_ACT_SIGMOID};
    assert_int_equal(ffnn_net_create(&net, 1, bsizes, bacts, FFNN_LOSS_BCE, 1),
                     FFNN_OK);
    float b[10] = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0}; /* 8 ones, 2 zeros */
    assert_int_equal(
        ffnn_split_rows(net, b, 10, 0.5f, FFNN_SPLIT_STRATIFIED, 3, order),
        FFNN_OK);
    assert_int_equal(held_of_class(order, 10, 5, b, 1, 1), 4);
    assert_int_equal(held_of_class(order, 10, 5, b, 1, 0), 1);
    ffnn_net_destroy(net);
}

/* Data reordered by the split trains with LAST as the split does. */
static void test_reordered_data_trains_alike(void **state)
{
    (void)state;
    float x[N_ROWS * N_IN], y[N_ROWS * N_OUT], rx[N_ROWS * N_IN],
        ry[N_ROWS * N_OUT];
    make_data(x, y);
    ffnn_train_options o;
    train_options(&o, NULL);
    ffnn_train_report ra, rb;
    ffnn_net *a = make_net(FFNN_OPT_ADAM, 0), *b = make_net(FFNN_OPT_ADAM, 0);
    size_t order[N_ROWS];
    assert_int_equal(ffnn_split_rows(a, y, N_ROWS, o.validation_fraction,
                                     FFNN_SPLIT_STRATIFIED, o.seed, order),
                     FFNN_OK);
    for (size_t i = 0; i < N_ROWS; i++) {
        memcpy(rx + i * N_IN, x + order[i] * N_IN, sizeof(float) * N_IN);
        memcpy(ry + i * N_OUT, y + order[i] * N_OUT, sizeof(float) * N_OUT);
    }
    assert_int_equal(
        ffnn_train_resume(a, x, y, N_ROWS, &o, FFNN_SPLIT_STRATIFIED, &ra),
        FFNN_OK);
    assert_int_equal(
        ffnn_train_resume(b, rx, ry, N_ROWS, &o, FFNN_SPLIT_LAST, &rb),
        FFNN_OK);
    assert_same_params(a, b);
    assert_same_report(&ra, &rb);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_optimizer_continues),
        cmocka_unit_test(test_model_file_is_weights_only),
        cmocka_unit_test(test_position_round_trip),
        cmocka_unit_test(test_adam_moments_stored),
        cmocka_unit_test(test_damaged_checkpoints_refused),
        cmocka_unit_test(test_negative_second_moment_refused),
        cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_resume_equals_never_stopped),
        cmocka_unit_test(test_train_then_resume),
        cmocka_unit_test(test_epoch_order),
        cmocka_unit_test(test_splits),
        cmocka_unit_test(test_stratified_remainders),
        cmocka_unit_test(test_reordered_data_trains_alike),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
