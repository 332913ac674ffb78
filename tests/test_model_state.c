/*
 * test_model_state.c -- checkpoints (ffnn.h sections 11 and 12): the
 * optimizer, its state and the training position saved beside the model,
 * and the user's metadata.
 *
 *  - for every optimizer, with and without weight decay: a checkpoint
 *    loaded (buffer and file) continues bit for bit, its hyper-parameters
 *    read back exactly, and a plain model of it loads as SGD;
 *  - the header (read with jansson, not the loader): the documented tensor
 *    and metadata names, and Adam's m and v after one step worked out by
 *    hand;
 *  - damaged checkpoints are refused with FFNN_ERR_FORMAT and a message;
 *    unknown keys and tensors outside "layers." are ignored; a file of ffnn
 *    1.1 (no optimizer) still loads;
 *  - user metadata: set, replace, remove, the key rules, files, clones,
 *    views;
 *  - early stopping's best epoch, value and weights, against a run
 *    recorded by its callback, and refused when damaged.
 * Expected values come from the header's formulas and the format, never
 * from the library's output.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"
#include "reference.h"

#include <float.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the network of the round trips: 4-6-3 tanh / softmax, CE ---------- */

#define N_IN   4
#define N_HID  6
#define N_OUT  3
#define BATCH  8
#define MAX_W  (N_HID * N_IN > N_OUT * N_HID ? N_HID * N_IN : N_OUT * N_HID)
#define N_DATA 3 /* batches the steps cycle through */

static const size_t SIZES[3] = {N_IN, N_HID, N_OUT};
static const ffnn_activation ACTS[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};

typedef struct {
    float x[N_DATA][BATCH * N_IN];
    float t[N_DATA][BATCH * N_OUT];
} data_set;

static void make_data(data_set *d, uint64_t seed)
{
    for (int k = 0; k < N_DATA; k++) {
        ref_fill_uniform_f(d->x[k], BATCH * N_IN, &seed, -1.5, 1.5);
        ref_fill_targets(d->t[k], BATCH, N_OUT, FFNN_LOSS_CE, &seed);
    }
}

static ffnn_net *new_net(uint64_t seed)
{
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, SIZES, ACTS, FFNN_LOSS_CE, seed),
                     FFNN_OK);
    return net;
}

static uint32_t float_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static uint64_t get_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = v << 8 | p[k];
    return v;
}

static void put_le64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++)
        p[k] = (unsigned char)(v >> 8 * k);
}

static void put_f32(unsigned char *p, float f)
{
    uint32_t u = float_bits(f);
    for (int k = 0; k < 4; k++)
        p[k] = (unsigned char)(u >> 8 * k);
}

/* ---- checkpoint bytes and their header --------------------------------- */

/* A safetensors file taken apart: its JSON header (parsed by jansson) and
 * its data section. */
typedef struct {
    json_t *header;
    const unsigned char *data;
    size_t data_size;
} parsed;

static parsed parse_file(const unsigned char *file, size_t size)
{
    parsed p = {0};
    assert_true(size >= 8);
    uint64_t n = get_le64(file);
    assert_true(n <= size - 8);
    json_error_t err;
    p.header = json_loadb((const char *)file + 8, (size_t)n,
                          JSON_REJECT_DUPLICATES, &err);
    if (!p.header)
        fail_msg("header JSON: %s", err.text);
    assert_true(json_is_object(p.header));
    p.data = file + 8 + n;
    p.data_size = size - 8 - (size_t)n;
    return p;
}

static json_t *meta_of(const parsed *p)
{
    json_t *meta = json_object_get(p->header, "__metadata__");
    assert_true(json_is_object(meta));
    return meta;
}

/* A file from a header and data (the header padded to 8 bytes with
 * spaces); free with free(). */
static unsigned char *build_file(json_t *header, const unsigned char *data,
                                 size_t data_size, size_t *size)
{
    char *json = json_dumps(header, JSON_COMPACT);
    assert_non_null(json);
    size_t n = strlen(json), padded = (n + 7) / 8 * 8;
    *size = 8 + padded + data_size;
    unsigned char *f = malloc(*size);
    assert_non_null(f);
    put_le64(f, padded);
    memcpy(f + 8, json, n);
    memset(f + 8 + n, ' ', padded - n);
    if (data_size)
        memcpy(f + 8 + padded, data, data_size);
    free(json);
    return f;
}

/* The floats of tensor name, checking dtype, shape and length. */
static void read_tensor(const parsed *p, const char *name, size_t rows,
                        size_t cols, float *out)
{
    json_t *e = json_object_get(p->header, name);
    if (!json_is_object(e))
        fail_msg("tensor \"%s\" is missing", name);
    assert_string_equal(json_string_value(json_object_get(e, "dtype")), "F32");
    json_t *shape = json_object_get(e, "shape");
    assert_int_equal(json_array_size(shape), cols ? 2 : 1);
    assert_int_equal(json_integer_value(json_array_get(shape, 0)), rows);
    if (cols)
        assert_int_equal(json_integer_value(json_array_get(shape, 1)), cols);
    json_t *off = json_object_get(e, "data_offsets");
    size_t begin = (size_t)json_integer_value(json_array_get(off, 0));
    size_t end = (size_t)json_integer_value(json_array_get(off, 1));
    size_t n = rows * (cols ? cols : 1);
    assert_int_equal(end - begin, 4 * n);
    assert_true(end <= p->data_size);
    for (size_t k = 0; k < n; k++) {
        uint32_t u = get_u32(p->data + begin + 4 * k);
        memcpy(&out[k], &u, 4);
    }
}

static const char *meta_text(json_t *meta, const char *key)
{
    json_t *v = json_object_get(meta, key);
    if (!json_is_string(v))
        fail_msg("metadata \"%s\" is missing or not a string", key);
    return json_string_value(v);
}

/* ---- the optimizers ------------------------------------------------------ */

typedef struct {
    const char *label;
    ffnn_optimizer kind;
    float mu, b1, b2, eps, decay;
} opt_case;

/* Floats whose decimal text needs all 9 digits or that are not binary
 * fractions: 0.1, 0.999, 1e-7, 3e-4, the float below 1, a subnormal. */
static const opt_case OPT_CASES[] = {
    {"sgd", FFNN_OPT_SGD, 0, 0, 0, 0, 0.0f},
    {"sgd+decay", FFNN_OPT_SGD, 0, 0, 0, 0, 3e-4f},
    {"momentum", FFNN_OPT_MOMENTUM, 0.1f, 0, 0, 0, 0.0f},
    {"momentum+decay", FFNN_OPT_MOMENTUM, 0.1f, 0, 0, 0, 3e-4f},
    {"nesterov", FFNN_OPT_NESTEROV, 0.99999994f, 0, 0, 0, 0.0f},
    {"nesterov+decay", FFNN_OPT_NESTEROV, 0.9f, 0, 0, 0, 1e-40f},
    {"adam", FFNN_OPT_ADAM, 0, 0.9f, 0.999f, 1e-7f, 0.0f},
    {"adam+decay", FFNN_OPT_ADAM, 0, 0.9f, 0.999f, 1e-7f, 3e-4f},
    {"adam awkward", FFNN_OPT_ADAM, 0, 0.90000004f, 0.99999994f, 1e-40f, 0.1f},
};
#define N_OPT_CASES (sizeof OPT_CASES / sizeof *OPT_CASES)

static void apply_optimizer(ffnn_net *net, const opt_case *c)
{
    switch (c->kind) {
    case FFNN_OPT_SGD:
        assert_int_equal(ffnn_set_optimizer_sgd(net), FFNN_OK);
        break;
    case FFNN_OPT_MOMENTUM:
    case FFNN_OPT_NESTEROV:
        assert_int_equal(ffnn_set_optimizer_momentum(
                             net, c->mu, c->kind == FFNN_OPT_NESTEROV),
                         FFNN_OK);
        break;
    case FFNN_OPT_ADAM:
        assert_int_equal(ffnn_set_optimizer_adam(net, c->b1, c->b2, c->eps),
                         FFNN_OK);
        break;
    }
    assert_int_equal(ffnn_set_weight_decay(net, c->decay), FFNN_OK);
}

/* The optimizer in use and each parameter it has, bit for bit; the ones
 * it lacks are FFNN_ERR_STATE. */
static void assert_optimizer_is(const ffnn_net *net, const opt_case *c)
{
    assert_int_equal(ffnn_net_optimizer(net), c->kind);
    int mom = c->kind == FFNN_OPT_MOMENTUM || c->kind == FFNN_OPT_NESTEROV;
    int adam = c->kind == FFNN_OPT_ADAM;
    const struct {
        ffnn_optimizer_param p;
        int has;
        float want;
    } params[] = {{FFNN_PARAM_MOMENTUM, mom, c->mu},
                  {FFNN_PARAM_BETA1, adam, c->b1},
                  {FFNN_PARAM_BETA2, adam, c->b2},
                  {FFNN_PARAM_EPSILON, adam, c->eps},
                  {FFNN_PARAM_WEIGHT_DECAY, 1, c->decay}};
    for (size_t k = 0; k < sizeof params / sizeof *params; k++) {
        float v = -123.0f;
        ffnn_status s = ffnn_get_optimizer_param(net, params[k].p, &v);
        if (!params[k].has) {
            assert_int_equal(s, FFNN_ERR_STATE);
            continue;
        }
        assert_int_equal(s, FFNN_OK);
        if (float_bits(v) != float_bits(params[k].want))
            fail_msg("%s: parameter %d is %.9g, want %.9g", c->label,
                     (int)params[k].p, (double)v, (double)params[k].want);
    }
}

/* Step k of a fixed schedule: even k an ffnn_train_step, odd k
 * forward / loss / backward / step. Returns the loss before the step. */
static float take_step(ffnn_net *net, const data_set *d, int k)
{
    const float *x = d->x[k % N_DATA], *t = d->t[k % N_DATA];
    float loss = NAN;
    if (k % 2 == 0) {
        assert_int_equal(ffnn_train_step(net, x, t, BATCH, 0.05f, &loss),
                         FFNN_OK);
        return loss;
    }
    assert_int_equal(ffnn_forward(net, x, BATCH, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ffnn_step(net, 0.03f), FFNN_OK);
    return loss;
}

/* K more steps on both, each giving the same loss and weights. */
static void assert_continue_identically(ffnn_net *a, ffnn_net *b,
                                        const data_set *d, int from)
{
    enum { K = 7 };
    for (int k = from; k < from + K; k++) {
        float la = take_step(a, d, k), lb = take_step(b, d, k);
        assert_int_equal(float_bits(la), float_bits(lb));
        ref_assert_same_weights(a, b);
    }
}

/* A trained network with optimizer c: 5 steps of the schedule. */
static ffnn_net *trained_net(const opt_case *c, const data_set *d,
                             uint64_t seed)
{
    ffnn_net *net = new_net(seed);
    apply_optimizer(net, c);
    for (int k = 0; k < 5; k++)
        take_step(net, d, k);
    return net;
}

static void test_checkpoint_buffer_continues(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 11);
    for (size_t i = 0; i < N_OPT_CASES; i++) {
        const opt_case *c = &OPT_CASES[i];
        ffnn_net *net = trained_net(c, &d, 100 + i), *back = NULL;
        size_t size;
        unsigned char *buf = ref_saved_bytes(net, 1, &size);
        assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
        memset(buf, 0xEE, size); /* the network must not point into buf */
        free(buf);
        ref_assert_same_weights(net, back);
        assert_optimizer_is(net, c);
        assert_optimizer_is(back, c);
        assert_int_equal(ffnn_net_backend(back), FFNN_BACKEND_AUTO);
        /* No gradients nor forward pass come with the file. */
        assert_int_equal(ffnn_step(back, 0.1f), FFNN_ERR_STATE);
        assert_continue_identically(net, back, &d, 5);
        ffnn_net_destroy(net);
        ffnn_net_destroy(back);
    }
}

/* A checkpoint of the loaded network is the same bytes: every state float
 * and the step count came back. */
static void test_checkpoint_resaves_identically(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 12);
    for (size_t i = 0; i < N_OPT_CASES; i++) {
        ffnn_net *net = trained_net(&OPT_CASES[i], &d, 200 + i), *back = NULL;
        size_t size, size2;
        unsigned char *buf = ref_saved_bytes(net, 1, &size);
        assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
        unsigned char *again = ref_saved_bytes(back, 1, &size2);
        assert_int_equal(size2, size);
        assert_memory_equal(again, buf, size);
        free(buf);
        free(again);
        ffnn_net_destroy(net);
        ffnn_net_destroy(back);
    }
}

static char tmpdir[64];

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ffnn_test_model_state_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return rmdir(tmpdir); /* every test removes its own files */
}

static void test_checkpoint_file_continues(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 13);
    for (size_t i = 0; i < N_OPT_CASES; i++) {
        const opt_case *c = &OPT_CASES[i];
        ffnn_net *net = trained_net(c, &d, 300 + i), *back = NULL;
        char path[128];
        snprintf(path, sizeof path, "%s/ckpt_%zu.safetensors", tmpdir, i);
        assert_int_equal(ffnn_save_checkpoint(net, path), FFNN_OK);
        /* The file holds the buffer's bytes. */
        size_t size, file_size;
        unsigned char *buf = ref_saved_bytes(net, 1, &size);
        unsigned char *file = ref_read_file(path, &file_size);
        assert_int_equal(file_size, size);
        assert_memory_equal(file, buf, size);
        free(buf);
        free(file);
        assert_int_equal(ffnn_load(path, &back), FFNN_OK);
        assert_int_equal(unlink(path), 0);
        assert_optimizer_is(back, c);
        assert_continue_identically(net, back, &d, 5);
        ffnn_net_destroy(net);
        ffnn_net_destroy(back);
    }
}

/* A checkpoint taken before any step (Adam's t = 0, zero state) too. */
static void test_checkpoint_before_any_step(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 14);
    const opt_case *c = &OPT_CASES[7]; /* adam+decay */
    ffnn_net *net = new_net(5), *back = NULL;
    apply_optimizer(net, c);
    size_t size;
    unsigned char *buf = ref_saved_bytes(net, 1, &size);
    assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
    free(buf);
    assert_continue_identically(net, back, &d, 0);
    ffnn_net_destroy(net);
    ffnn_net_destroy(back);
}

/* ffnn_save is the weights alone: loading it gives SGD with no decay and a
 * zero position, whatever the saved network had. */
static void test_model_file_loads_as_sgd(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 15);
    for (size_t i = 0; i < N_OPT_CASES; i++) {
        const opt_case *c = &OPT_CASES[i];
        ffnn_net *net = trained_net(c, &d, 400 + i), *back = NULL;
        ffnn_train_position pos = {3, 1, 99, 8, 5, 2.5};
        assert_int_equal(ffnn_set_train_position(net, &pos), FFNN_OK);
        size_t size;
        unsigned char *buf = ref_saved_bytes(net, 0, &size);
        parsed p = parse_file(buf, size);
        json_t *meta = meta_of(&p);
        const char *key;
        json_t *value;
        json_object_foreach(meta, key, value)
        {
            if (strncmp(key, "optimizer", 9) == 0 ||
                strncmp(key, "train.", 6) == 0)
                fail_msg("%s: a model file holds \"%s\"", c->label, key);
        }
        json_object_foreach(p.header, key, value)
        {
            assert_null(strstr(key, "exp_avg"));
            assert_null(strstr(key, "momentum_buffer"));
        }
        json_decref(p.header);
        assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
        free(buf);
        const opt_case sgd = {"sgd", FFNN_OPT_SGD, 0, 0, 0, 0, 0.0f};
        assert_optimizer_is(back, &sgd);
        ffnn_train_position got, zero;
        memset(&zero, 0, sizeof zero);
        assert_int_equal(ffnn_get_train_position(back, &got), FFNN_OK);
        assert_memory_equal(&got, &zero, sizeof got);
        ref_assert_same_weights(net, back);
        ffnn_net_destroy(net);
        ffnn_net_destroy(back);
    }
}

/* ---- the training position --------------------------------------------- */

static void assert_same_position(const ffnn_train_position *a,
                                 const ffnn_train_position *b)
{
    assert_true(a->epoch == b->epoch);
    assert_true(a->batch == b->batch);
    assert_true(a->rng == b->rng);
    assert_true(a->seen == b->seen);
    assert_true(a->correct == b->correct);
    assert_memory_equal(&a->loss_sum, &b->loss_sum, sizeof(double));
}

static void test_position_round_trips(void **state)
{
    (void)state;
    /* Doubles that need 17 digits, the extremes, -0; the largest integers. */
    const ffnn_train_position cases[] = {
        {0, 0, 0, 0, 0, 0.0},
        {2, 3, UINT64_MAX, 12, 7, 1234.5678901234567},
        {UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX,
         0.10000000000000001},
        {1, 0, 0x9E3779B97F4A7C15ull, 0, 0, DBL_MAX},
        {7, 1, 1, 1, 0, 4.9406564584124654e-324},
        {5, 2, 123456789, 64, 63, 2.2250738585072009e-308},
        {0, 1, 2, 3, 4, -0.0},
        {0, 1, 2, 3, 4, 0x1.fffffffffffffp-1},
    };
    ffnn_net *net = new_net(1);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        assert_int_equal(ffnn_set_train_position(net, &cases[k]), FFNN_OK);
        ffnn_train_position got;
        assert_int_equal(ffnn_get_train_position(net, &got), FFNN_OK);
        assert_same_position(&got, &cases[k]);
        size_t size;
        unsigned char *buf = ref_saved_bytes(net, 1, &size);
        ffnn_net *back = NULL;
        assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
        free(buf);
        memset(&got, 0xAB, sizeof got);
        assert_int_equal(ffnn_get_train_position(back, &got), FFNN_OK);
        assert_same_position(&got, &cases[k]);
        ffnn_net_destroy(back);
    }
    ffnn_net_destroy(net);
}

static void test_position_arguments(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1), *view = NULL;
    ffnn_train_position pos = {1, 2, 3, 4, 5, 6.0}, got;
    assert_int_equal(ffnn_get_train_position(net, &got), FFNN_OK);
    ffnn_train_position zero;
    memset(&zero, 0, sizeof zero);
    assert_memory_equal(&got, &zero, sizeof got); /* a new network */
    assert_int_equal(ffnn_get_train_position(NULL, &got), FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_train_position(net, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_train_position(NULL, &pos), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_train_position(net, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_net_share(net, &view), FFNN_OK);
    assert_int_equal(ffnn_set_train_position(view, &pos), FFNN_ERR_STATE);
    size_t size = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(view, NULL, 0, &size),
                     FFNN_ERR_STATE);
    assert_non_null(strstr(ffnn_net_last_error(view), "view"));
    ffnn_net_destroy(view);
    /* loss_sum is stored as text: it must be finite. */
    ffnn_train_position bad = pos;
    bad.loss_sum = NAN;
    assert_int_equal(ffnn_set_train_position(net, &bad), FFNN_ERR_ARG);
    bad.loss_sum = -INFINITY;
    assert_int_equal(ffnn_set_train_position(net, &bad), FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_train_position(net, &got), FFNN_OK);
    assert_memory_equal(&got, &zero, sizeof got); /* unchanged */
    /* A clone carries the position. */
    ffnn_net *copy = NULL;
    assert_int_equal(ffnn_set_train_position(net, &pos), FFNN_OK);
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    assert_int_equal(ffnn_get_train_position(copy, &got), FFNN_OK);
    assert_same_position(&got, &pos);
    ffnn_net_destroy(copy);
    ffnn_net_destroy(net);
}

/* ---- the header: names and values ------------------------------------- */

/* The keys a checkpoint of optimizer kind must hold beyond the model's. */
static size_t expected_state_keys(ffnn_optimizer kind, const char **keys)
{
    size_t n = 0;
    keys[n++] = "optimizer";
    keys[n++] = "optimizer.weight_decay";
    if (kind == FFNN_OPT_MOMENTUM || kind == FFNN_OPT_NESTEROV)
        keys[n++] = "optimizer.momentum";
    if (kind == FFNN_OPT_ADAM) {
        keys[n++] = "optimizer.beta1";
        keys[n++] = "optimizer.beta2";
        keys[n++] = "optimizer.epsilon";
        keys[n++] = "optimizer.step";
    }
    static const char *const train[] = {"train.epoch",   "train.batch",
                                        "train.rng",     "train.seen",
                                        "train.correct", "train.loss_sum"};
    for (size_t k = 0; k < 6; k++)
        keys[n++] = train[k];
    return n;
}

static int in_list(const char *key, const char **list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(key, list[k]) == 0)
            return 1;
    return 0;
}

/* Exactly the documented metadata: the model's keys plus the state keys,
 * all strings. */
static void check_metadata_keys(json_t *meta, ffnn_optimizer kind)
{
    static const char *model_keys[] = {"format", "format_version",
                                       "sizes",  "activations",
                                       "loss",   "ffnn_version"};
    const char *state_keys[16];
    size_t n_state = expected_state_keys(kind, state_keys);
    const char *key;
    json_t *value;
    json_object_foreach(meta, key, value)
    {
        assert_true(json_is_string(value));
        if (!in_list(key, model_keys, 6) && !in_list(key, state_keys, n_state))
            fail_msg("unexpected metadata key \"%s\"", key);
    }
    assert_int_equal(json_object_size(meta), 6 + n_state);
    assert_string_equal(meta_text(meta, "format_version"), "1");
    assert_string_equal(meta_text(meta, "ffnn_version"), FFNN_VERSION_STRING);
}

/* Exactly the tensors layers.{l}.weight|bias[.STATE], in the documented
 * names. */
static void check_tensor_names(const parsed *p, ffnn_optimizer kind)
{
    const char *suffix[2] = {NULL, NULL};
    size_t n_suffix = 0;
    if (kind == FFNN_OPT_MOMENTUM || kind == FFNN_OPT_NESTEROV)
        suffix[n_suffix++] = "momentum_buffer";
    if (kind == FFNN_OPT_ADAM) {
        suffix[n_suffix++] = "exp_avg";
        suffix[n_suffix++] = "exp_avg_sq";
    }
    size_t tensors = 0;
    for (size_t l = 1; l <= 2; l++)
        for (int part = 0; part < 2; part++) {
            size_t rows = SIZES[l], cols = part ? 0 : SIZES[l - 1];
            float v[MAX_W];
            char name[64];
            snprintf(name, sizeof name, "layers.%zu.%s", l,
                     part ? "bias" : "weight");
            read_tensor(p, name, rows, cols, v);
            tensors++;
            for (size_t s = 0; s < n_suffix; s++, tensors++) {
                char full[96];
                snprintf(full, sizeof full, "%s.%s", name, suffix[s]);
                read_tensor(p, full, rows, cols, v);
            }
        }
    assert_int_equal(json_object_size(p->header), 1 + tensors);
}

static void test_checkpoint_names(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 16);
    for (size_t i = 0; i < N_OPT_CASES; i++) {
        const opt_case *c = &OPT_CASES[i];
        ffnn_net *net = trained_net(c, &d, 500 + i);
        size_t size;
        unsigned char *buf = ref_saved_bytes(net, 1, &size);
        parsed p = parse_file(buf, size);
        json_t *meta = meta_of(&p);
        check_metadata_keys(meta, c->kind);
        check_tensor_names(&p, c->kind);
        static const char *const names[] = {"sgd", "momentum", "nesterov",
                                            "adam"};
        assert_string_equal(meta_text(meta, "optimizer"), names[c->kind]);
        /* Hyper-parameters as decimal text that reads back to the float. */
        float decay = strtof(meta_text(meta, "optimizer.weight_decay"), NULL);
        assert_int_equal(float_bits(decay), float_bits(c->decay));
        if (c->kind == FFNN_OPT_ADAM) {
            float b2 = strtof(meta_text(meta, "optimizer.beta2"), NULL);
            float eps = strtof(meta_text(meta, "optimizer.epsilon"), NULL);
            assert_int_equal(float_bits(b2), float_bits(c->b2));
            assert_int_equal(float_bits(eps), float_bits(c->eps));
            /* 5 steps taken (train_step and step both count). */
            assert_string_equal(meta_text(meta, "optimizer.step"), "5");
        }
        if (c->kind == FFNN_OPT_MOMENTUM || c->kind == FFNN_OPT_NESTEROV) {
            float mu = strtof(meta_text(meta, "optimizer.momentum"), NULL);
            assert_int_equal(float_bits(mu), float_bits(c->mu));
        }
        json_decref(p.header);
        free(buf);
        ffnn_net_destroy(net);
    }
}

static void test_position_text(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1);
    ffnn_train_position pos = {2, 3, UINT64_MAX, 12, 7, 1234.5678901234567};
    assert_int_equal(ffnn_set_train_position(net, &pos), FFNN_OK);
    size_t size;
    unsigned char *buf = ref_saved_bytes(net, 1, &size);
    parsed p = parse_file(buf, size);
    json_t *meta = meta_of(&p);
    assert_string_equal(meta_text(meta, "train.epoch"), "2");
    assert_string_equal(meta_text(meta, "train.batch"), "3");
    assert_string_equal(meta_text(meta, "train.rng"), "18446744073709551615");
    assert_string_equal(meta_text(meta, "train.seen"), "12");
    assert_string_equal(meta_text(meta, "train.correct"), "7");
    double sum = strtod(meta_text(meta, "train.loss_sum"), NULL);
    assert_memory_equal(&sum, &pos.loss_sum, sizeof sum);
    assert_string_equal(meta_text(meta, "optimizer"), "sgd");
    json_decref(p.header);
    free(buf);
    ffnn_net_destroy(net);
}

/* The state tensors after one step on a network worked by hand:
 * 2 inputs, 1 linear output, MSE, one sample x = (1, 2), target 1,
 * W = (0.5, -0.25), b = 0.125:
 *   yhat = 0.5 - 0.5 + 0.125 = 0.125,  dL/dyhat = -2 (1 - 0.125) = -1.75,
 *   g_W = -1.75 x = (-1.75, -3.5),  g_b = -1.75;
 * with decay lambda = 0.5 on W: g_W + lambda W = (-1.5, -3.625).
 * Adam with b1 = 0.75, b2 = 0.9375 (1 - b = 1/4, 1/16, exact):
 *   m = g / 4, v = g^2 / 16. Momentum: the buffer is g. All exact floats. */
typedef struct {
    float decay;
    float gW[2], gb;
} hand_case;

static ffnn_net *hand_net(void)
{
    const size_t sizes[2] = {2, 1};
    const ffnn_activation acts[1] = {FFNN_ACT_LINEAR};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 1, sizes, acts, FFNN_LOSS_MSE, 3),
                     FFNN_OK);
    const float W[2] = {0.5f, -0.25f}, b[1] = {0.125f};
    assert_int_equal(ffnn_set_layer(net, 1, W, b), FFNN_OK);
    return net;
}

static void hand_step(ffnn_net *net, int use_train_step)
{
    const float x[2] = {1.0f, 2.0f}, t[1] = {1.0f};
    float loss;
    if (use_train_step) {
        assert_int_equal(ffnn_train_step(net, x, t, 1, 0.01f, &loss), FFNN_OK);
    } else {
        assert_int_equal(ffnn_forward(net, x, 1, NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, t), FFNN_OK);
        assert_int_equal(ffnn_step(net, 0.01f), FFNN_OK);
    }
}

/* The stored tensor name (1 x 2 weight state or bias state) equals want. */
static void assert_state(const parsed *p, const char *name, const float *want,
                         size_t n)
{
    float got[2];
    read_tensor(p, name, 1, n == 2 ? 2 : 0, got);
    for (size_t k = 0; k < n; k++)
        if (float_bits(got[k]) != float_bits(want[k]))
            fail_msg("%s[%zu] = %.9g, want %.9g", name, k, (double)got[k],
                     (double)want[k]);
}

static void check_hand_adam(const hand_case *h, int use_train_step)
{
    ffnn_net *net = hand_net();
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.75f, 0.9375f, 1e-8f),
                     FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, h->decay), FFNN_OK);
    hand_step(net, use_train_step);
    size_t size;
    unsigned char *buf = ref_saved_bytes(net, 1, &size);
    parsed p = parse_file(buf, size);
    const float mW[2] = {h->gW[0] / 4, h->gW[1] / 4}, mb[1] = {h->gb / 4};
    const float vW[2] = {h->gW[0] * h->gW[0] / 16, h->gW[1] * h->gW[1] / 16},
                vb[1] = {h->gb * h->gb / 16};
    assert_state(&p, "layers.1.weight.exp_avg", mW, 2);
    assert_state(&p, "layers.1.bias.exp_avg", mb, 1);
    assert_state(&p, "layers.1.weight.exp_avg_sq", vW, 2);
    assert_state(&p, "layers.1.bias.exp_avg_sq", vb, 1);
    assert_string_equal(meta_text(meta_of(&p), "optimizer.step"), "1");
    json_decref(p.header);
    free(buf);
    ffnn_net_destroy(net);
}

static void check_hand_momentum(const hand_case *h, int nesterov)
{
    ffnn_net *net = hand_net();
    assert_int_equal(ffnn_set_optimizer_momentum(net, 0.5f, nesterov), FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, h->decay), FFNN_OK);
    hand_step(net, nesterov);
    size_t size;
    unsigned char *buf = ref_saved_bytes(net, 1, &size);
    parsed p = parse_file(buf, size);
    const float bW[2] = {h->gW[0], h->gW[1]}, bb[1] = {h->gb};
    assert_state(&p, "layers.1.weight.momentum_buffer", bW, 2);
    assert_state(&p, "layers.1.bias.momentum_buffer", bb, 1);
    json_decref(p.header);
    free(buf);
    ffnn_net_destroy(net);
}

static void test_state_values_by_hand(void **state)
{
    (void)state;
    const hand_case cases[] = {{0.0f, {-1.75f, -3.5f}, -1.75f},
                               {0.5f, {-1.5f, -3.625f}, -1.75f}};
    for (size_t k = 0; k < 2; k++) {
        check_hand_adam(&cases[k], 0);
        check_hand_adam(&cases[k], 1);
        check_hand_momentum(&cases[k], 0);
        check_hand_momentum(&cases[k], 1);
    }
}

/* ---- damaged checkpoints ----------------------------------------------- */

static int not_set_marker;
#define NOT_SET ((ffnn_net *)(void *)&not_set_marker)

/* Loading must fail with FFNN_ERR_FORMAT, a NULL network and a loader
 * message holding word. Reports and returns 0 if not. */
static int check_refused(const unsigned char *file, size_t size,
                         const char *word, const char *label)
{
    ffnn_net *net = NOT_SET;
    ffnn_status s = ffnn_load_buffer(file, size, &net);
    const char *msg = ffnn_last_error();
    int ok = s == FFNN_ERR_FORMAT && net == NULL && strstr(msg, "ffnn_load") &&
             (!word || strstr(msg, word));
    if (!ok)
        print_error("%s: status %d, message \"%s\"; want FORMAT and \"%s\"\n",
                    label, (int)s, msg, word ? word : "");
    if (s == FFNN_OK && net != NOT_SET)
        ffnn_net_destroy(net);
    return ok;
}

/* A checkpoint of a trained network with optimizer c, taken apart. */
typedef struct {
    unsigned char *bytes;
    size_t size;
    parsed p;
} checkpoint;

static checkpoint make_checkpoint(const opt_case *c)
{
    data_set d;
    make_data(&d, 17);
    ffnn_net *net = trained_net(c, &d, 9);
    ffnn_train_position pos = {1, 2, 77, 16, 9, 10.5};
    assert_int_equal(ffnn_set_train_position(net, &pos), FFNN_OK);
    checkpoint k;
    k.bytes = ref_saved_bytes(net, 1, &k.size);
    k.p = parse_file(k.bytes, k.size);
    ffnn_net_destroy(net);
    return k;
}

static void free_checkpoint(checkpoint *k)
{
    json_decref(k->p.header);
    free(k->bytes);
}

/* The file with metadata key set to value (a string), or removed when
 * value is NULL. */
static unsigned char *with_meta(const checkpoint *k, const char *key,
                                const char *value, size_t *size)
{
    json_t *h = json_deep_copy(k->p.header);
    json_t *meta = json_object_get(h, "__metadata__");
    if (value)
        json_object_set_new(meta, key, json_string(value));
    else
        assert_int_equal(json_object_del(meta, key), 0);
    unsigned char *f = build_file(h, k->p.data, k->p.data_size, size);
    json_decref(h);
    return f;
}

/* The file with tensor from renamed to to (its bytes stay). */
static unsigned char *with_renamed(const checkpoint *k, const char *from,
                                   const char *to, size_t *size)
{
    json_t *h = json_deep_copy(k->p.header);
    json_t *entry = json_object_get(h, from);
    assert_non_null(entry);
    json_object_set(h, to, entry);
    assert_int_equal(json_object_del(h, from), 0);
    unsigned char *f = build_file(h, k->p.data, k->p.data_size, size);
    json_decref(h);
    return f;
}

/* The file with float index of tensor name replaced by v. */
static unsigned char *with_float(const checkpoint *k, const char *name,
                                 size_t index, float v, size_t *size)
{
    json_t *off =
        json_object_get(json_object_get(k->p.header, name), "data_offsets");
    size_t begin = (size_t)json_integer_value(json_array_get(off, 0));
    unsigned char *data = malloc(k->p.data_size);
    assert_non_null(data);
    memcpy(data, k->p.data, k->p.data_size);
    put_f32(data + begin + 4 * index, v);
    unsigned char *f = build_file(k->p.header, data, k->p.data_size, size);
    free(data);
    return f;
}

typedef struct {
    const char *key, *value, *word; /* value NULL: the key removed */
} meta_edit;

static size_t refuse_meta_edits(const checkpoint *k, const meta_edit *e,
                                size_t n)
{
    size_t failures = 0;
    for (size_t i = 0; i < n; i++) {
        size_t size;
        unsigned char *f = with_meta(k, e[i].key, e[i].value, &size);
        char label[128];
        snprintf(label, sizeof label, "\"%s\" = \"%s\"", e[i].key,
                 e[i].value ? e[i].value : "(removed)");
        failures += !check_refused(f, size, e[i].word, label);
        free(f);
    }
    return failures;
}

static void test_damaged_metadata_refused(void **state)
{
    (void)state;
    checkpoint adam = make_checkpoint(&OPT_CASES[7]);
    checkpoint mom = make_checkpoint(&OPT_CASES[3]);
    /* clang-format off */
    static const meta_edit adam_edits[] = {
        {"optimizer", "adamw", "unknown optimizer"},
        {"optimizer", "Adam", "unknown optimizer"},
        {"optimizer", "", "unknown optimizer"},
        {"optimizer", "adam ", "unknown optimizer"},
        {"optimizer.step", NULL, "optimizer.step"},
        {"optimizer.step", "-1", "optimizer.step"},
        {"optimizer.step", "1.0", "optimizer.step"},
        {"optimizer.step", "18446744073709551616", "optimizer.step"},
        {"optimizer.beta1", NULL, "optimizer.beta1"},
        {"optimizer.beta2", "1", "optimizer"},
        {"optimizer.epsilon", "0", "optimizer"},
        {"optimizer.epsilon", "nan", "optimizer.epsilon"},
        {"optimizer.weight_decay", "-0.5", "optimizer"},
        {"train.epoch", "abc", "train.epoch"},
        {"train.epoch", "", "train.epoch"},
        {"train.epoch", "-1", "train.epoch"},
        {"train.epoch", "+1", "train.epoch"},
        {"train.epoch", " 1", "train.epoch"},
        {"train.epoch", "1.5", "train.epoch"},
        {"train.epoch", "1x", "train.epoch"},
        {"train.epoch", "18446744073709551616", "train.epoch"},
        {"train.epoch", NULL, "train.epoch"},
        {"train.rng", "0x10", "train.rng"},
        {"train.loss_sum", "inf", "train.loss_sum"},
        {"train.loss_sum", "nan", "train.loss_sum"},
        {"train.loss_sum", "one", "train.loss_sum"},
        {"format_version", "3", "format version"},
    };
    static const meta_edit mom_edits[] = {
        {"optimizer.momentum", NULL, "optimizer.momentum"},
        {"optimizer.momentum", "1", "optimizer"},
        {"optimizer", "adam", NULL}, /* no beta1..., and state mismatch */
        {"optimizer", "sgd", "unexpected tensor"},
    };
    /* clang-format on */
    size_t failures = refuse_meta_edits(&adam, adam_edits,
                                        sizeof adam_edits / sizeof *adam_edits);
    failures += refuse_meta_edits(&mom, mom_edits,
                                  sizeof mom_edits / sizeof *mom_edits);
    /* A value that is not a string is no number either. */
    json_t *h = json_deep_copy(adam.p.header);
    json_object_set_new(json_object_get(h, "__metadata__"), "train.epoch",
                        json_integer(1));
    size_t size;
    unsigned char *f = build_file(h, adam.p.data, adam.p.data_size, &size);
    failures += !check_refused(f, size, "train.epoch", "train.epoch = 1");
    free(f);
    json_decref(h);
    free_checkpoint(&adam);
    free_checkpoint(&mom);
    assert_int_equal(failures, 0);
}

static void test_damaged_state_tensors_refused(void **state)
{
    (void)state;
    checkpoint adam = make_checkpoint(&OPT_CASES[6]);
    checkpoint mom = make_checkpoint(&OPT_CASES[2]);
    checkpoint sgd = make_checkpoint(&OPT_CASES[0]);
    size_t failures = 0, size;
    unsigned char *f;
    /* A state tensor missing: its entry renamed out of "layers." so its
     * bytes are ignored and the only fault is the absence. */
    f = with_renamed(&adam, "layers.2.bias.exp_avg_sq", "extra.exp_avg_sq",
                     &size);
    failures += !check_refused(f, size, "missing", "exp_avg_sq missing");
    free(f);
    f = with_renamed(&mom, "layers.1.weight.momentum_buffer", "extra", &size);
    failures += !check_refused(f, size, "missing", "momentum_buffer missing");
    free(f);
    /* State of another optimizer. */
    f = with_renamed(&adam, "layers.1.weight.exp_avg",
                     "layers.1.weight.momentum_buffer", &size);
    failures += !check_refused(f, size, "optimizer", "momentum_buffer in adam");
    free(f);
    f = with_renamed(&mom, "layers.1.bias.momentum_buffer",
                     "layers.1.bias.exp_avg", &size);
    failures += !check_refused(f, size, "optimizer", "exp_avg in momentum");
    free(f);
    f = with_renamed(&sgd, "layers.1.bias", "layers.1.bias.momentum_buffer",
                     &size);
    failures += !check_refused(f, size, "unexpected", "momentum_buffer in sgd");
    free(f);
    /* A negative second moment, even the smallest; NaN in any state. */
    const float negative[] = {-1.0f, -1e-45f};
    for (size_t k = 0; k < 2; k++) {
        f = with_float(&adam, "layers.1.weight.exp_avg_sq", 5, negative[k],
                       &size);
        failures += !check_refused(f, size, "negative", "negative exp_avg_sq");
        free(f);
    }
    f = with_float(&adam, "layers.2.bias.exp_avg", 0, NAN, &size);
    failures += !check_refused(f, size, "NaN", "NaN exp_avg");
    free(f);
    f = with_float(&mom, "layers.2.weight.momentum_buffer", 1, INFINITY, &size);
    failures += !check_refused(f, size, "NaN", "inf momentum_buffer");
    free(f);
    free_checkpoint(&adam);
    free_checkpoint(&mom);
    free_checkpoint(&sgd);
    assert_int_equal(failures, 0);
}

/* What a reader does not know it ignores: metadata keys, and tensors
 * outside "layers." (whose bytes lie in the data). The network is the
 * checkpoint's: a checkpoint of it is the original's bytes. */
static void assert_loads_as(const unsigned char *f, size_t size,
                            const checkpoint *k, const char *label)
{
    ffnn_net *net = NULL;
    ffnn_status s = ffnn_load_buffer(f, size, &net);
    if (s != FFNN_OK)
        fail_msg("%s: %s", label, ffnn_last_error());
    size_t size2;
    unsigned char *again = ref_saved_bytes(net, 1, &size2);
    assert_int_equal(size2, k->size);
    assert_memory_equal(again, k->bytes, k->size);
    free(again);
    ffnn_net_destroy(net);
}

static void test_unknown_entries_ignored(void **state)
{
    (void)state;
    checkpoint k = make_checkpoint(&OPT_CASES[7]);
    static const char *const keys[] = {"optimizer.amsgrad", "train.future",
                                       "zzz", "format_note", "optimizer.x.y"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        size_t size;
        unsigned char *f = with_meta(&k, keys[i], "1", &size);
        assert_loads_as(f, size, &k, keys[i]);
        free(f);
    }
    /* A tensor outside "layers.", its bytes after the others. */
    json_t *h = json_deep_copy(k.p.header);
    json_t *entry = json_pack("{s:s,s:[i],s:[I,I]}", "dtype", "F32", "shape", 2,
                              "data_offsets", (json_int_t)k.p.data_size,
                              (json_int_t)k.p.data_size + 8);
    json_object_set_new(h, "optimizer.lr_history", entry);
    unsigned char *data = calloc(k.p.data_size + 8, 1);
    assert_non_null(data);
    memcpy(data, k.p.data, k.p.data_size);
    size_t size;
    unsigned char *f = build_file(h, data, k.p.data_size + 8, &size);
    assert_loads_as(f, size, &k, "tensor optimizer.lr_history");
    free(f);
    free(data);
    json_decref(h);
    free_checkpoint(&k);
}

/* ---- a file of ffnn 1.1 -------------------------------------------------
 * 2-1 linear, MSE, no optimizer metadata (1.1 wrote none):
 * W = (0.5, -2), b = 0.25. */
static const char v11_json[] =
    "{\"__metadata__\":{\"format\":\"ffnn\",\"format_version\":\"1\","
    "\"sizes\":\"2,1\",\"activations\":\"linear\",\"loss\":\"mse\","
    "\"ffnn_version\":\"1.1.0\"},"
    "\"layers.1.weight\":{\"dtype\":\"F32\",\"shape\":[1,2],"
    "\"data_offsets\":[0,8]},"
    "\"layers.1.bias\":{\"dtype\":\"F32\",\"shape\":[1],"
    "\"data_offsets\":[8,12]}}";

static unsigned char *v11_file(size_t *size)
{
    json_t *h = json_loads(v11_json, 0, NULL);
    assert_non_null(h);
    unsigned char data[12];
    put_f32(data, 0.5f);
    put_f32(data + 4, -2.0f);
    put_f32(data + 8, 0.25f);
    unsigned char *f = build_file(h, data, sizeof data, size);
    json_decref(h);
    return f;
}

static void test_version_1_1_file_loads(void **state)
{
    (void)state;
    size_t size;
    unsigned char *f = v11_file(&size);
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_load_buffer(f, size, &net), FFNN_OK);
    free(f);
    const opt_case sgd = {"sgd", FFNN_OPT_SGD, 0, 0, 0, 0, 0.0f};
    assert_optimizer_is(net, &sgd);
    ffnn_train_position pos, zero;
    memset(&zero, 0, sizeof zero);
    assert_int_equal(ffnn_get_train_position(net, &pos), FFNN_OK);
    assert_memory_equal(&pos, &zero, sizeof pos);
    float W[2], b[1];
    assert_int_equal(ffnn_get_layer(net, 1, W, b), FFNN_OK);
    assert_true(W[0] == 0.5f && W[1] == -2.0f && b[0] == 0.25f);
    /* yhat = 0.5 * 2 - 2 * 1 + 0.25 = -0.75 */
    const float x[2] = {2.0f, 1.0f};
    float y;
    assert_int_equal(ffnn_forward(net, x, 1, &y), FFNN_OK);
    assert_true(y == -0.75f);
    ffnn_net_destroy(net);
}

/* ---- user metadata ------------------------------------------------------ */

static void test_metadata_set_get(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1);
    assert_null(ffnn_get_metadata(net, "user.a"));
    assert_int_equal(ffnn_set_metadata(net, "user.a", "1"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.b", "two"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.c", ""), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, "user.a"), "1");
    assert_string_equal(ffnn_get_metadata(net, "user.b"), "two");
    assert_string_equal(ffnn_get_metadata(net, "user.c"), "");
    /* Replace, then remove the middle one: the others stay. */
    assert_int_equal(ffnn_set_metadata(net, "user.a", "one"), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, "user.a"), "one");
    assert_int_equal(ffnn_set_metadata(net, "user.b", NULL), FFNN_OK);
    assert_null(ffnn_get_metadata(net, "user.b"));
    assert_string_equal(ffnn_get_metadata(net, "user.a"), "one");
    assert_string_equal(ffnn_get_metadata(net, "user.c"), "");
    /* Removing what is not there is fine; the key can come back. */
    assert_int_equal(ffnn_set_metadata(net, "user.b", NULL), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.b", "back"), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, "user.b"), "back");
    /* Keys are exact: no prefix match, case matters. */
    assert_null(ffnn_get_metadata(net, "user."));
    assert_null(ffnn_get_metadata(net, "user.A"));
    assert_null(ffnn_get_metadata(net, "user.aa"));
    assert_null(ffnn_get_metadata(net, NULL));
    /* The value is a copy. */
    char value[8] = "mutable";
    assert_int_equal(ffnn_set_metadata(net, "user.m", value), FFNN_OK);
    value[0] = 'X';
    assert_string_equal(ffnn_get_metadata(net, "user.m"), "mutable");
    ffnn_net_destroy(net);
}

static void test_metadata_key_rules(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1);
    assert_int_equal(ffnn_set_metadata(net, "user.k", "old"), FFNN_OK);
    char longest[300], too_long[300];
    memset(longest, 'k', sizeof longest);
    memcpy(longest, "user.", 5);
    longest[255] = '\0'; /* 255 bytes */
    memcpy(too_long, longest, 255);
    too_long[255] = 'k';
    too_long[256] = '\0'; /* 256 bytes */
    assert_int_equal(ffnn_set_metadata(net, longest, "v"), FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, longest), "v");
    /* clang-format off */
    const char *const bad_keys[] = {
        too_long, "k", "format", "optimizer", "train.epoch", "User.k",
        "user", "users.k", " user.k", "USER.k",
        "user.\xff", "user.\xc0\xaf", "user.\xed\xa0\x80", "user.\xe2\x82",
    };
    const char *const bad_values[] = {
        "\xff", "a\xfe", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\x80",
        "\xf8\x88\x80\x80\x80",
    };
    /* clang-format on */
    for (size_t k = 0; k < sizeof bad_keys / sizeof *bad_keys; k++) {
        assert_int_equal(ffnn_set_metadata(net, bad_keys[k], "v"),
                         FFNN_ERR_ARG);
        assert_true(strlen(ffnn_net_last_error(net)) > 0);
        assert_null(ffnn_get_metadata(net, bad_keys[k]));
    }
    for (size_t k = 0; k < sizeof bad_values / sizeof *bad_values; k++) {
        assert_int_equal(ffnn_set_metadata(net, "user.k", bad_values[k]),
                         FFNN_ERR_ARG);
        assert_string_equal(ffnn_get_metadata(net, "user.k"), "old");
    }
    assert_int_equal(ffnn_set_metadata(net, NULL, "v"), FFNN_ERR_ARG);
    /* Valid UTF-8 beyond ASCII is fine, in keys and values. */
    assert_int_equal(
        ffnn_set_metadata(net,
                          "user.gr\xc3\xb6\xc3\x9f"
                          "e",
                          "\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"),
        FFNN_OK);
    assert_string_equal(ffnn_get_metadata(net, "user.gr\xc3\xb6\xc3\x9f"
                                               "e"),
                        "\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80");
    ffnn_net_destroy(net);
}

static void test_metadata_null_net_and_views(void **state)
{
    (void)state;
    assert_int_equal(ffnn_set_metadata(NULL, "user.a", "1"), FFNN_ERR_ARG);
    assert_null(ffnn_get_metadata(NULL, "user.a"));
    ffnn_net *net = new_net(1), *view = NULL;
    assert_int_equal(ffnn_set_metadata(net, "user.a", "1"), FFNN_OK);
    assert_int_equal(ffnn_net_share(net, &view), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(view, "user.b", "2"), FFNN_ERR_STATE);
    assert_non_null(strstr(ffnn_net_last_error(view), "ffnn_set_metadata"));
    assert_int_equal(ffnn_set_metadata(view, "user.a", NULL), FFNN_ERR_STATE);
    assert_null(ffnn_get_metadata(view, "user.b"));
    assert_string_equal(ffnn_get_metadata(net, "user.a"), "1");
    ffnn_net_destroy(view);
    ffnn_net_destroy(net);
}

static const char *const META_KEYS[] = {"user.name", "user.empty",
                                        "user.\xc3\xa9t\xc3\xa9", "user.quote"};
static const char *const META_VALUES[] = {"mnist run 7", "", "\xe2\x82\xac 5",
                                          "a \"quoted\"\n\\ value"};
#define N_META 4

static void set_all_metadata(ffnn_net *net)
{
    for (size_t k = 0; k < N_META; k++)
        assert_int_equal(ffnn_set_metadata(net, META_KEYS[k], META_VALUES[k]),
                         FFNN_OK);
}

static void assert_all_metadata(const ffnn_net *net)
{
    for (size_t k = 0; k < N_META; k++) {
        const char *v = ffnn_get_metadata(net, META_KEYS[k]);
        if (!v || strcmp(v, META_VALUES[k]) != 0)
            fail_msg("metadata \"%s\" = \"%s\"", META_KEYS[k], v ? v : "NULL");
    }
}

/* The __metadata__ strings hold the user's keys as they are. */
static void assert_metadata_in_file(const unsigned char *f, size_t size)
{
    parsed p = parse_file(f, size);
    json_t *meta = meta_of(&p);
    for (size_t k = 0; k < N_META; k++)
        assert_string_equal(meta_text(meta, META_KEYS[k]), META_VALUES[k]);
    json_decref(p.header);
}

static void test_metadata_saved_and_loaded(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1);
    set_all_metadata(net);
    for (int ckpt = 0; ckpt <= 1; ckpt++) {
        size_t size;
        unsigned char *f = ckpt ? ref_saved_bytes(net, 1, &size)
                                : ref_saved_bytes(net, 0, &size);
        assert_metadata_in_file(f, size);
        ffnn_net *back = NULL;
        assert_int_equal(ffnn_load_buffer(f, size, &back), FFNN_OK);
        free(f);
        assert_all_metadata(back);
        ffnn_net_destroy(back);
        /* And through a file. */
        char path[128];
        snprintf(path, sizeof path, "%s/meta_%d.safetensors", tmpdir, ckpt);
        assert_int_equal(ckpt ? ffnn_save_checkpoint(net, path)
                              : ffnn_save(net, path),
                         FFNN_OK);
        assert_int_equal(ffnn_load(path, &back), FFNN_OK);
        assert_int_equal(unlink(path), 0);
        assert_all_metadata(back);
        ffnn_net_destroy(back);
    }
    ffnn_net_destroy(net);
}

/* A 1.1 file's own "user." key comes in; other unknown keys do not. */
static void test_metadata_from_hand_file(void **state)
{
    (void)state;
    json_t *h = json_loads(v11_json, 0, NULL);
    assert_non_null(h);
    json_t *meta = json_object_get(h, "__metadata__");
    json_object_set_new(meta, "user.origin", json_string("by hand"));
    json_object_set_new(meta, "author", json_string("someone"));
    unsigned char data[12] = {0};
    size_t size;
    unsigned char *f = build_file(h, data, sizeof data, &size);
    json_decref(h);
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_load_buffer(f, size, &net), FFNN_OK);
    free(f);
    assert_string_equal(ffnn_get_metadata(net, "user.origin"), "by hand");
    assert_null(ffnn_get_metadata(net, "author"));
    ffnn_net_destroy(net);
}

static void test_metadata_cloned(void **state)
{
    (void)state;
    ffnn_net *net = new_net(1), *copy = NULL;
    set_all_metadata(net);
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    assert_all_metadata(copy);
    /* Independent copies. */
    assert_int_equal(ffnn_set_metadata(copy, "user.name", "changed"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(copy, "user.empty", NULL), FFNN_OK);
    assert_all_metadata(net);
    ffnn_net_destroy(net);
    assert_string_equal(ffnn_get_metadata(copy, "user.name"), "changed");
    assert_null(ffnn_get_metadata(copy, "user.empty"));
    ffnn_net_destroy(copy);
}

/* ---- early stopping's state ------------------------------------------- */

#define ES_EPOCHS 10
#define ES_STOP   4
#define ES_PARAMS (N_HID * (N_IN + 1) + N_OUT * (N_HID + 1))

typedef struct {
    ffnn_net *net;
    double val_loss[ES_EPOCHS + 1];
    float params[ES_EPOCHS + 1][ES_PARAMS];
} es_log;

static int log_and_stop(void *user, const ffnn_train_report *r)
{
    es_log *log = user;
    if (!r->epoch_end)
        return 0;
    log->val_loss[r->epoch] = r->val_loss;
    assert_int_equal(
        ffnn_get_param_vector(log->net, log->params[r->epoch], ES_PARAMS),
        FFNN_OK);
    return r->epoch == ES_STOP;
}

static void test_early_stopping_state(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 41);
    static es_log log;
    ffnn_net *net = new_net(3);
    log.net = net;
    ffnn_train_setup *u;
    assert_int_equal(ffnn_train_setup_create(&u), FFNN_OK);
    const double keys[][2] = {{FFNN_TRAIN_EPOCHS, ES_EPOCHS},
                              {FFNN_TRAIN_BATCH_SIZE, 4},
                              {FFNN_TRAIN_LEARNING_RATE, 1.0},
                              {FFNN_TRAIN_VALIDATION_FRACTION, 0.25},
                              {FFNN_TRAIN_PATIENCE, ES_EPOCHS},
                              {FFNN_TRAIN_SEED, 3}};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        assert_int_equal(ffnn_train_setup_set(u, (int)keys[k][0], keys[k][1]),
                         FFNN_OK);
    assert_int_equal(ffnn_train_setup_set_callback(u, log_and_stop, &log),
                     FFNN_OK);
    assert_int_equal(
        ffnn_train_run(net, u, d.x[0], d.t[0], N_DATA * BATCH, NULL), FFNN_OK);
    /* the best epoch by the definition: the first lowest held-out loss */
    size_t best = 1;
    for (size_t e = 2; e <= ES_STOP; e++)
        best = log.val_loss[e] < log.val_loss[best] ? e : best;
    checkpoint k;
    k.bytes = ref_saved_bytes(net, 1, &k.size);
    k.p = parse_file(k.bytes, k.size);
    json_t *meta = meta_of(&k.p);
    char text[32];
    snprintf(text, sizeof text, "%zu", best);
    assert_string_equal(meta_text(meta, "train.best_epoch"), text);
    assert_true(strtod(meta_text(meta, "train.best_value"), NULL) ==
                log.val_loss[best]);
    /* the best epoch's weights, under "best.", in the flat order */
    float w[MAX_W];
    const float *want = log.params[best];
    read_tensor(&k.p, "best.layers.1.weight", N_HID, N_IN, w);
    assert_memory_equal(w, want, N_HID * N_IN * sizeof *w);
    read_tensor(&k.p, "best.layers.1.bias", N_HID, 0, w);
    assert_memory_equal(w, want + N_HID * N_IN, N_HID * sizeof *w);
    read_tensor(&k.p, "best.layers.2.weight", N_OUT, N_HID, w);
    assert_memory_equal(w, want + N_HID * (N_IN + 1),
                        N_OUT * N_HID * sizeof *w);
    read_tensor(&k.p, "best.layers.2.bias", N_OUT, 0, w);
    assert_memory_equal(w, want + N_HID * (N_IN + 1) + N_OUT * N_HID,
                        N_OUT * sizeof *w);
    /* a model holds none of it */
    size_t model_size;
    unsigned char *model = ref_saved_bytes(net, 0, &model_size);
    parsed m = parse_file(model, model_size);
    assert_null(json_object_get(meta_of(&m), "train.best_epoch"));
    assert_null(json_object_get(m.header, "best.layers.1.weight"));
    json_decref(m.header);
    free(model);
    /* the checkpoint loads and saves back to the same bytes */
    ffnn_net *again = NULL;
    assert_int_equal(ffnn_load_buffer(k.bytes, k.size, &again), FFNN_OK);
    size_t again_size;
    unsigned char *again_bytes = ref_saved_bytes(again, 1, &again_size);
    assert_int_equal(again_size, k.size);
    assert_memory_equal(again_bytes, k.bytes, k.size);
    free(again_bytes);
    ffnn_net_destroy(again);
    /* damaged */
    static const meta_edit edits[] = {
        {"train.best_epoch", "0", "train.best_epoch"},
        {"train.best_epoch", "5", "not an epoch the run has done"},
        {"train.best_epoch", "x", "train.best_epoch"},
        {"train.best_epoch", NULL, "best weights without"},
        {"train.best_value", NULL, "train.best_value"},
        {"train.best_value", "nan", "train.best_value"},
    };
    size_t failures =
        refuse_meta_edits(&k, edits, sizeof edits / sizeof *edits);
    static const char *const renames[][3] = {
        {"best.layers.2.bias", "best.layers.3.bias", "unexpected tensor"},
        {"best.layers.2.bias", "best.layers.2.biases", "unexpected tensor"},
        {"best.layers.2.bias", "best.2.bias", "unexpected tensor"},
        {"best.layers.1.weight", "best.layers.1.weight.exp_avg",
         "unexpected tensor"}};
    for (size_t r = 0; r < sizeof renames / sizeof *renames; r++) {
        size_t size;
        unsigned char *f =
            with_renamed(&k, renames[r][0], renames[r][1], &size);
        failures += !check_refused(f, size, renames[r][2], renames[r][1]);
        free(f);
    }
    size_t size;
    unsigned char *f = with_float(&k, "best.layers.2.weight", 1, NAN, &size);
    failures += !check_refused(f, size, "NaN", "a NaN best weight");
    free(f);
    assert_int_equal(failures, 0);
    free_checkpoint(&k);
    ffnn_train_setup_destroy(u);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_checkpoint_buffer_continues),
        cmocka_unit_test(test_checkpoint_resaves_identically),
        cmocka_unit_test(test_checkpoint_file_continues),
        cmocka_unit_test(test_checkpoint_before_any_step),
        cmocka_unit_test(test_model_file_loads_as_sgd),
        cmocka_unit_test(test_position_round_trips),
        cmocka_unit_test(test_position_arguments),
        cmocka_unit_test(test_checkpoint_names),
        cmocka_unit_test(test_position_text),
        cmocka_unit_test(test_state_values_by_hand),
        cmocka_unit_test(test_damaged_metadata_refused),
        cmocka_unit_test(test_damaged_state_tensors_refused),
        cmocka_unit_test(test_unknown_entries_ignored),
        cmocka_unit_test(test_version_1_1_file_loads),
        cmocka_unit_test(test_metadata_set_get),
        cmocka_unit_test(test_metadata_key_rules),
        cmocka_unit_test(test_metadata_null_net_and_views),
        cmocka_unit_test(test_metadata_saved_and_loaded),
        cmocka_unit_test(test_metadata_from_hand_file),
        cmocka_unit_test(test_metadata_cloned),
        cmocka_unit_test(test_early_stopping_state),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
