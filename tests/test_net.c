/*
 * test_net.c -- lifecycle, accessors, clone, and every bad input with its
 * exact status. After each failed call on a live network the test checks
 * that the weights and gradients are bit-identical to a snapshot taken
 * before the call and that both error messages are non-empty.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <math.h>
#include <string.h>

#include "ffnn.h"

/* The network most tests use: 3-4-2, tanh / softmax, CE, batch 2. */
static const size_t SIZES[3] = {3, 4, 2};
static const ffnn_activation ACTS[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
#define NL 2 /* layers */
#define NB 2 /* batch */
static const float X[NB * 3] = {0.5f, -0.25f, 1.0f, -1.0f, 0.75f, 0.125f};
static const float T[NB * 2] = {1.0f, 0.0f, 0.25f, 0.75f};

static ffnn_net *make_net(void)
{
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, NL, SIZES, ACTS, FFNN_LOSS_CE, 3),
                     FFNN_OK);
    assert_non_null(net);
    return net;
}

/* A network with a forward pass and gradients. */
static ffnn_net *make_trained_net(void)
{
    ffnn_net *net = make_net();
    assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, T), FFNN_OK);
    return net;
}

/* ---- snapshots of everything a failed call must leave alone ----------- */

typedef struct {
    float w[64];
    float g[64];
    ffnn_status g_status;
} snapshot;

/* All layers of any small network (<= 64 parameters), by its own sizes. */
static void read_layers(const ffnn_net *net, float *flat, int grads,
                        ffnn_status *status)
{
    size_t pos = 0;
    *status = FFNN_OK;
    memset(flat, 0, 64 * sizeof(float));
    assert_true(ffnn_net_num_params(net) <= 64);
    for (size_t l = 1; l <= ffnn_net_num_layers(net); ++l) {
        size_t n_out = ffnn_net_layer_size(net, l);
        size_t n_in = ffnn_net_layer_size(net, l - 1);
        float *W = flat + pos, *b = W + n_out * n_in;
        ffnn_status st = grads ? ffnn_get_gradients(net, l, W, b)
                               : ffnn_get_layer(net, l, W, b);
        *status = st != FFNN_OK ? st : *status;
        pos += n_out * (n_in + 1);
    }
}

static void take(const ffnn_net *net, snapshot *s)
{
    ffnn_status st;
    read_layers(net, s->w, 0, &st);
    assert_int_equal(st, FFNN_OK);
    read_layers(net, s->g, 1, &s->g_status);
}

static void check_unchanged(const ffnn_net *net, const snapshot *before)
{
    snapshot now;
    take(net, &now);
    assert_memory_equal(now.w, before->w, sizeof(now.w));
    assert_int_equal(now.g_status, before->g_status);
    assert_memory_equal(now.g, before->g, sizeof(now.g));
}

static void check_failure(const ffnn_net *net, const snapshot *before,
                          ffnn_status got, ffnn_status want, const char *call,
                          int line)
{
    if (got != want) {
        fail_msg("line %d: %s returned %d (%s), want %d (%s)", line, call,
                 (int)got, ffnn_status_string(got), (int)want,
                 ffnn_status_string(want));
    }
    if (strlen(ffnn_last_error()) == 0) {
        fail_msg("line %d: %s: ffnn_last_error() is empty", line, call);
    }
    if (net != NULL) {
        if (strlen(ffnn_net_last_error(net)) == 0) {
            fail_msg("line %d: %s: ffnn_net_last_error() is empty", line, call);
        }
        check_unchanged(net, before);
    }
}

/* Run call on net (which may be NULL) and check it fails with want,
 * leaving the network as it was. */
#define EXPECT_FAIL(net, want, call)                                           \
    do {                                                                       \
        snapshot snap_ = {{0}, {0}, FFNN_OK};                                  \
        ffnn_status st_;                                                       \
        if ((net) != NULL) {                                                   \
            take((net), &snap_);                                               \
        }                                                                      \
        st_ = (call);                                                          \
        check_failure((net), &snap_, st_, (want), #call, __LINE__);            \
    } while (0)

/* ---- lifecycle and accessors ----------------------------------------- */

static void test_create_destroy(void **state)
{
    ffnn_net *net = make_net();
    (void)state;
    assert_string_equal(ffnn_net_last_error(net), "");
    ffnn_net_destroy(net);
    ffnn_net_destroy(NULL);
}

static void test_accessors(void **state)
{
    ffnn_net *net = make_net();
    (void)state;
    assert_int_equal(ffnn_net_num_layers(net), NL);
    for (size_t l = 0; l <= NL; ++l) {
        assert_int_equal(ffnn_net_layer_size(net, l), SIZES[l]);
    }
    assert_int_equal(ffnn_net_layer_size(net, NL + 1), 0);
    assert_int_equal(ffnn_net_layer_size(net, SIZE_MAX), 0);
    assert_int_equal(ffnn_net_activation(net, 1), FFNN_ACT_TANH);
    assert_int_equal(ffnn_net_activation(net, 2), FFNN_ACT_SOFTMAX);
    assert_int_equal(ffnn_net_activation(net, 0), -1);
    assert_int_equal(ffnn_net_activation(net, NL + 1), -1);
    assert_int_equal(ffnn_net_loss_function(net), FFNN_LOSS_CE);
    assert_int_equal(ffnn_net_num_params(net), 4 * (3 + 1) + 2 * (4 + 1));
    assert_int_equal(ffnn_net_optimizer(net), FFNN_OPT_SGD);
    ffnn_net_destroy(net);
}

static void test_null_accessors(void **state)
{
    (void)state;
    assert_int_equal(ffnn_net_num_layers(NULL), 0);
    assert_int_equal(ffnn_net_layer_size(NULL, 0), 0);
    assert_int_equal(ffnn_net_activation(NULL, 1), -1);
    assert_int_equal(ffnn_net_loss_function(NULL), -1);
    assert_int_equal(ffnn_net_num_params(NULL), 0);
    assert_int_equal(ffnn_net_optimizer(NULL), -1);
    assert_non_null(ffnn_net_last_error(NULL));
    assert_string_equal(ffnn_net_last_error(NULL), "");
}

/* Successful calls leave the handle's message empty. */
static void test_success_keeps_message_empty(void **state)
{
    ffnn_net *net = make_trained_net();
    float loss;
    (void)state;
    assert_int_equal(ffnn_loss(net, T, &loss), FFNN_OK);
    assert_int_equal(ffnn_step(net, 0.1f), FFNN_OK);
    assert_string_equal(ffnn_net_last_error(net), "");
    ffnn_net_destroy(net);
}

/* ---- clone ----------------------------------------------------------- */

static void train_steps(ffnn_net *net, int n)
{
    for (int i = 0; i < n; ++i) {
        assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, T), FFNN_OK);
        assert_int_equal(ffnn_step(net, 0.1f), FFNN_OK);
    }
}

/* The clone carries weights, gradients, the last forward pass and the
 * optimizer state: identical continued training is bit-identical. */
static void test_clone_is_exact(void **state)
{
    ffnn_net *net = make_net(), *copy = NULL;
    float ya[NB * 2], yb[NB * 2], ha[NB * 2], hb[NB * 2];
    snapshot sa, sb;
    (void)state;
    assert_int_equal(ffnn_set_optimizer_momentum(net, 0.9f, 1), FFNN_OK);
    train_steps(net, 3);
    assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, T), FFNN_OK);
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    assert_non_null(copy);
    assert_ptr_not_equal(copy, net);

    take(net, &sa);
    take(copy, &sb);
    assert_int_equal(sb.g_status, FFNN_OK);
    assert_memory_equal(&sa, &sb, sizeof(sa));
    assert_int_equal(ffnn_get_activations(net, NL, ya, ha), FFNN_OK);
    assert_int_equal(ffnn_get_activations(copy, NL, yb, hb), FFNN_OK);
    assert_memory_equal(ya, yb, sizeof(ya));
    assert_memory_equal(ha, hb, sizeof(ha));
    assert_int_equal(ffnn_net_optimizer(copy), FFNN_OPT_NESTEROV);
    assert_int_equal(ffnn_net_num_params(copy), ffnn_net_num_params(net));

    /* Same step on both (uses the copied velocity), then same outputs. */
    assert_int_equal(ffnn_step(net, 0.1f), FFNN_OK);
    assert_int_equal(ffnn_step(copy, 0.1f), FFNN_OK);
    train_steps(net, 2);
    train_steps(copy, 2);
    take(net, &sa);
    take(copy, &sb);
    assert_memory_equal(&sa, &sb, sizeof(sa));
    assert_int_equal(ffnn_forward(net, X, NB, ya), FFNN_OK);
    assert_int_equal(ffnn_forward(copy, X, NB, yb), FFNN_OK);
    assert_memory_equal(ya, yb, sizeof(ya));
    ffnn_net_destroy(net);
    ffnn_net_destroy(copy);
}

static void test_clone_is_independent(void **state)
{
    ffnn_net *net = make_trained_net(), *copy = NULL;
    snapshot before, after;
    float y[NB * 2];
    (void)state;
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    take(net, &before);
    train_steps(copy, 5);
    assert_int_equal(ffnn_set_optimizer_adam(copy, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    train_steps(copy, 2);
    take(net, &after);
    assert_memory_equal(&before, &after, sizeof(before));
    assert_int_equal(ffnn_net_optimizer(net), FFNN_OPT_SGD);
    take(copy, &after);
    assert_memory_not_equal(before.w, after.w, sizeof(before.w));
    /* The clone outlives its original. */
    ffnn_net_destroy(net);
    assert_int_equal(ffnn_forward(copy, X, NB, y), FFNN_OK);
    ffnn_net_destroy(copy);
}

/* A clone goes on from the source's last forward pass, and its backward
 * pass and step are checked as the source's are: found by fuzz_api, a
 * clone lost the maxima of that pass, so its step bounds took max |h| as 0
 * and proved a step that overflowed. Inputs of 1e18 make dL/dW ~1e36 and,
 * at a learning rate of 1e4, the step ~1e40 (and Adam's second moment
 * ~1e69): both networks refuse it with every optimizer, and keep their
 * weights. */
static void test_clone_steps_are_checked(void **state)
{
    (void)state;
    const size_t sizes[3] = {3, 4, 2};
    const ffnn_activation acts[2] = {FFNN_ACT_LINEAR, FFNN_ACT_LINEAR};
    const float x[3] = {1e18f, -1e18f, 1e18f}, t[2] = {0.5f, -0.5f};
    for (int opt = 0; opt < 4; opt++) {
        ffnn_net *net = NULL, *copy = NULL;
        assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_MSE,
                                         (uint64_t)opt + 1),
                         FFNN_OK);
        if (opt == 1 || opt == 2)
            assert_int_equal(ffnn_set_optimizer_momentum(net, 0.9f, opt == 2),
                             FFNN_OK);
        if (opt == 3)
            assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                             FFNN_OK);
        assert_int_equal(ffnn_forward(net, x, 1, NULL), FFNN_OK);
        assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
        ffnn_net *both[2] = {copy, net};
        for (int k = 0; k < 2; k++) {
            float before[4 * 3 + 4 + 2 * 4 + 2], after[sizeof before / 4];
            assert_int_equal(ffnn_get_layer(both[k], 1, before, before + 12),
                             FFNN_OK);
            assert_int_equal(
                ffnn_get_layer(both[k], 2, before + 16, before + 24), FFNN_OK);
            assert_int_equal(ffnn_backward(both[k], t), FFNN_OK);
            /* (Adam's step is about eta, but its second moment ~1e69) */
            assert_int_equal(ffnn_step(both[k], 1e4f), FFNN_ERR_NUMERIC);
            assert_int_equal(ffnn_get_layer(both[k], 1, after, after + 12),
                             FFNN_OK);
            assert_int_equal(ffnn_get_layer(both[k], 2, after + 16, after + 24),
                             FFNN_OK);
            assert_memory_equal(before, after, sizeof after);
        }
        ffnn_net_destroy(copy);
        ffnn_net_destroy(net);
    }
}

static void test_clone_bad_args(void **state)
{
    ffnn_net *net = make_net();
    ffnn_net *out = NULL;
    (void)state;
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG, ffnn_net_clone(NULL, &out));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_net_clone(net, NULL));
    ffnn_net_destroy(net);
}

/* ---- create with bad arguments --------------------------------------- */

#define BIG      (SIZE_MAX / 2)
#define OVER_INT ((size_t)INT_MAX + 1)

typedef struct {
    const char *what;
    size_t n_layers;
    size_t sizes[3];
    ffnn_activation acts[2];
    ffnn_loss_function loss;
    ffnn_status want;
} create_case;

#define SIG FFNN_ACT_SIGMOID
#define LIN FFNN_ACT_LINEAR
#define SMX FFNN_ACT_SOFTMAX
/* clang-format off */
static const create_case CREATE_CASES[] = {
    {"n_layers 0", 0, {3, 2, 1}, {SIG, SIG}, FFNN_LOSS_MSE, FFNN_ERR_ARG},
    {"zero input width", 2, {0, 2, 1}, {SIG, SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"zero hidden width", 2, {3, 0, 1}, {SIG, SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"zero output width", 2, {3, 2, 0}, {SIG, SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"activation 99", 2, {3, 2, 1}, {(ffnn_activation)99, SIG},
     FFNN_LOSS_MSE, FFNN_ERR_ARG},
    {"activation -1", 2, {3, 2, 1}, {(ffnn_activation)-1, SIG},
     FFNN_LOSS_MSE, FFNN_ERR_ARG},
    {"output activation 99", 2, {3, 2, 1}, {SIG, (ffnn_activation)99},
     FFNN_LOSS_MSE, FFNN_ERR_ARG},
    {"output activation 10", 1, {3, 2}, {(ffnn_activation)10}, FFNN_LOSS_MSE,
     FFNN_ERR_ARG},
    {"loss 99", 2, {3, 2, 1}, {SIG, SIG}, (ffnn_loss_function)99,
     FFNN_ERR_ARG},
    {"loss -1", 2, {3, 2, 1}, {SIG, SIG}, (ffnn_loss_function)-1,
     FFNN_ERR_ARG},
    {"loss 3", 2, {3, 2, 1}, {SIG, SIG}, (ffnn_loss_function)3,
     FFNN_ERR_ARG},
    {"CE, sigmoid output", 2, {3, 2, 2}, {SIG, SIG}, FFNN_LOSS_CE,
     FFNN_ERR_ARG},
    {"CE, linear output", 1, {3, 2}, {LIN}, FFNN_LOSS_CE, FFNN_ERR_ARG},
    {"BCE, softmax output", 2, {3, 2, 2}, {SIG, SMX}, FFNN_LOSS_BCE,
     FFNN_ERR_ARG},
    {"BCE, tanh output", 1, {3, 2}, {FFNN_ACT_TANH}, FFNN_LOSS_BCE,
     FFNN_ERR_ARG},
    {"softmax hidden", 2, {3, 2, 2}, {SMX, LIN}, FFNN_LOSS_MSE,
     FFNN_ERR_ARG},
    {"softmax hidden, CE", 2, {3, 2, 2}, {SMX, SMX}, FFNN_LOSS_CE,
     FFNN_ERR_ARG},
    {"W size overflows", 1, {BIG, 4}, {SIG}, FFNN_LOSS_MSE, FFNN_ERR_SHAPE},
    {"W size overflows (2)", 2, {4, BIG, 4}, {SIG, SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"width SIZE_MAX", 1, {SIZE_MAX, 1}, {SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"input width > INT_MAX", 1, {OVER_INT, 1}, {SIG}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
    {"output width > INT_MAX", 1, {1, OVER_INT}, {LIN}, FFNN_LOSS_MSE,
     FFNN_ERR_SHAPE},
};
/* clang-format on */
#undef SIG
#undef LIN
#undef SMX

static void check_create_fails(const create_case *c)
{
    ffnn_net *sentinel = (ffnn_net *)&sentinel;
    ffnn_net *out = sentinel;
    ffnn_status st =
        ffnn_net_create(&out, c->n_layers, c->sizes, c->acts, c->loss, 1);
    if (st != c->want) {
        fail_msg("create (%s) returned %d (%s), want %d", c->what, (int)st,
                 ffnn_status_string(st), (int)c->want);
    }
    if (out != NULL) {
        fail_msg("create (%s): *out is not NULL after failure", c->what);
    }
    if (strlen(ffnn_last_error()) == 0) {
        fail_msg("create (%s): ffnn_last_error() is empty", c->what);
    }
}

static void test_create_bad(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(CREATE_CASES) / sizeof(CREATE_CASES[0]);
         ++i) {
        check_create_fails(&CREATE_CASES[i]);
    }
}

static void test_create_null(void **state)
{
    ffnn_net *out = (ffnn_net *)&out;
    (void)state;
    assert_int_equal(ffnn_net_create(NULL, NL, SIZES, ACTS, FFNN_LOSS_CE, 1),
                     FFNN_ERR_ARG);
    assert_true(strlen(ffnn_last_error()) > 0);
    assert_int_equal(ffnn_net_create(&out, NL, NULL, ACTS, FFNN_LOSS_CE, 1),
                     FFNN_ERR_ARG);
    assert_null(out);
    out = (ffnn_net *)&out;
    assert_int_equal(ffnn_net_create(&out, NL, SIZES, NULL, FFNN_LOSS_CE, 1),
                     FFNN_ERR_ARG);
    assert_null(out);
    assert_true(strlen(ffnn_last_error()) > 0);
}

/* ---- NULL pointers and unknown enums on a live network --------------- */

static void test_null_arguments(void **state)
{
    ffnn_net *net = make_trained_net();
    float buf[16], loss;
    (void)state;
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_forward(NULL, X, NB, NULL));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_forward(net, NULL, NB, NULL));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG, ffnn_loss(NULL, T, &loss));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_loss(net, NULL, &loss));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_loss(net, T, NULL));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG, ffnn_backward(NULL, T));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_backward(net, NULL));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG, ffnn_step(NULL, 0.1f));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_get_layer(NULL, 1, buf, NULL));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_set_layer(NULL, 1, buf, NULL));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_get_gradients(NULL, 1, buf, buf + 8));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_get_activations(NULL, 0, buf, buf + 8));
    EXPECT_FAIL((ffnn_net *)NULL, FFNN_ERR_ARG,
                ffnn_net_set_backend(NULL, FFNN_BACKEND_NAIVE));
    ffnn_net_destroy(net);
}

static void test_unknown_backend(void **state)
{
    ffnn_net *net = make_trained_net();
    (void)state;
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_net_set_backend(net, (ffnn_backend)99));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_net_set_backend(net, (ffnn_backend)-1));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_net_set_backend(net, (ffnn_backend)3));
    ffnn_net_destroy(net);
}

/* ---- layer indices --------------------------------------------------- */

static void test_layer_index_errors(void **state)
{
    ffnn_net *net = make_trained_net();
    float buf[64] = {0};
    const size_t bad[] = {0, NL + 1, SIZE_MAX};
    (void)state;
    for (size_t i = 0; i < 3; ++i) {
        size_t l = bad[i];
        EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_get_layer(net, l, buf, buf + 32));
        EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_set_layer(net, l, buf, buf + 32));
        EXPECT_FAIL(net, FFNN_ERR_ARG,
                    ffnn_get_gradients(net, l, buf, buf + 32));
    }
    /* Activations exist for l = 0 .. NL. */
    EXPECT_FAIL(net, FFNN_ERR_ARG,
                ffnn_get_activations(net, NL + 1, buf, buf + 32));
    EXPECT_FAIL(net, FFNN_ERR_ARG,
                ffnn_get_activations(net, SIZE_MAX, buf, buf + 32));
    assert_int_equal(ffnn_get_activations(net, 0, buf, buf + 32), FFNN_OK);
    assert_memory_equal(buf, X, sizeof(X));
    assert_memory_equal(buf + 32, X, sizeof(X));
    ffnn_net_destroy(net);
}

/* ---- calls out of order ---------------------------------------------- */

static void test_state_fresh_net(void **state)
{
    ffnn_net *net = make_net();
    float buf[64], loss;
    (void)state;
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_loss(net, T, &loss));
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_backward(net, T));
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_step(net, 0.1f));
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_get_gradients(net, 1, buf, buf + 32));
    EXPECT_FAIL(net, FFNN_ERR_STATE,
                ffnn_get_activations(net, 1, buf, buf + 32));
    /* A forward pass alone does not make gradients. */
    assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_step(net, 0.1f));
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_get_gradients(net, 2, buf, buf + 32));
    ffnn_net_destroy(net);
}

static void test_state_after_set_layer(void **state)
{
    ffnn_net *net = make_trained_net();
    float W[8], b[2], loss;
    (void)state;
    assert_int_equal(ffnn_get_layer(net, 2, W, b), FFNN_OK);
    W[0] += 0.5f;
    assert_int_equal(ffnn_set_layer(net, 2, W, b), FFNN_OK);
    EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_backward(net, T));
    /* A new forward pass makes backward legal again. */
    assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, T, &loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, T), FFNN_OK);
    ffnn_net_destroy(net);
}

/* ---- NaN and infinity ------------------------------------------------ */

static void test_numeric_input(void **state)
{
    const float bad_values[3] = {NAN, INFINITY, -INFINITY};
    float buf[64], loss;
    (void)state;
    for (size_t i = 0; i < 3; ++i) {
        ffnn_net *net = make_trained_net();
        float x[NB * 3];
        memcpy(x, X, sizeof(x));
        x[4] = bad_values[i];
        EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_forward(net, x, NB, NULL));
        /* The last forward pass is forgotten. */
        EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_loss(net, T, &loss));
        EXPECT_FAIL(net, FFNN_ERR_STATE, ffnn_backward(net, T));
        EXPECT_FAIL(net, FFNN_ERR_STATE,
                    ffnn_get_activations(net, 1, buf, buf + 32));
        /* ... and the network still works. */
        assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, T), FFNN_OK);
        ffnn_net_destroy(net);
    }
}

/* A bad target fails and keeps the previous gradients (checked by the
 * snapshot, taken after a valid backward on different weights). */
static void test_numeric_target(void **state)
{
    const float bad_values[3] = {NAN, INFINITY, -INFINITY};
    float loss;
    (void)state;
    for (size_t i = 0; i < 3; ++i) {
        ffnn_net *net = make_trained_net();
        float t[NB * 2];
        assert_int_equal(ffnn_step(net, 0.5f), FFNN_OK);
        assert_int_equal(ffnn_forward(net, X, NB, NULL), FFNN_OK);
        memcpy(t, T, sizeof(t));
        t[3] = bad_values[i];
        EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_loss(net, t, &loss));
        EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_backward(net, t));
        /* The forward pass is still there. */
        assert_int_equal(ffnn_backward(net, T), FFNN_OK);
        ffnn_net_destroy(net);
    }
}

static void test_numeric_set_layer(void **state)
{
    ffnn_net *net = make_trained_net();
    float W[12], b[4];
    (void)state;
    assert_int_equal(ffnn_get_layer(net, 1, W, b), FFNN_OK);
    for (size_t i = 0; i < 12; ++i) {
        W[i] = 0.25f; /* valid new values: must not be half-applied */
    }
    b[1] = NAN;
    EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_set_layer(net, 1, W, b));
    b[1] = 0.0f;
    W[7] = INFINITY;
    EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_set_layer(net, 1, W, b));
    W[7] = NAN;
    EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_set_layer(net, 1, W, NULL));
    b[0] = -INFINITY;
    EXPECT_FAIL(net, FFNN_ERR_NUMERIC, ffnn_set_layer(net, 1, NULL, b));
    /* A failed set_layer keeps the forward pass valid for backward. */
    assert_int_equal(ffnn_backward(net, T), FFNN_OK);
    ffnn_net_destroy(net);
}

static void test_bad_learning_rate(void **state)
{
    ffnn_net *net = make_trained_net();
    (void)state;
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_step(net, NAN));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_step(net, -0.1f));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_step(net, INFINITY));
    EXPECT_FAIL(net, FFNN_ERR_ARG, ffnn_step(net, -INFINITY));
    ffnn_net_destroy(net);
}

/* ---- batch sizes ----------------------------------------------------- */

static void test_batch_zero(void **state)
{
    ffnn_net *net = make_trained_net();
    float before = NAN, after = NAN;
    (void)state;
    assert_int_equal(ffnn_loss(net, T, &before), FFNN_OK);
    EXPECT_FAIL(net, FFNN_ERR_SHAPE, ffnn_forward(net, X, 0, NULL));
    /* The previous forward pass survives the failed call. */
    assert_int_equal(ffnn_loss(net, T, &after), FFNN_OK);
    assert_memory_equal(&before, &after, sizeof(float));
    ffnn_net_destroy(net);
}

/* A batch whose buffers cannot exist: SHAPE (overflow detected) or NOMEM
 * (allocation refused) are both correct; afterwards the net still works. */
static void test_batch_too_large(void **state)
{
    const size_t sizes[2] = {1, 1};
    const ffnn_activation act = FFNN_ACT_LINEAR;
    const size_t huge[] = {SIZE_MAX / 8, SIZE_MAX / 4, SIZE_MAX};
    ffnn_net *net = NULL;
    float x = 0.5f, t = 1.0f, y = NAN, before = NAN, after = NAN;
    (void)state;
    assert_int_equal(ffnn_net_create(&net, 1, sizes, &act, FFNN_LOSS_MSE, 4),
                     FFNN_OK);
    assert_int_equal(ffnn_forward(net, &x, 1, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, &t, &before), FFNN_OK);
    for (size_t i = 0; i < 3; ++i) {
        snapshot snap;
        ffnn_status st;
        take(net, &snap);
        st = ffnn_forward(net, &x, huge[i], NULL);
        if (st != FFNN_ERR_SHAPE && st != FFNN_ERR_NOMEM) {
            fail_msg("forward with batch %zu returned %d (%s)", huge[i],
                     (int)st, ffnn_status_string(st));
        }
        check_failure(net, &snap, st, st, "forward(huge batch)", __LINE__);
        assert_int_equal(ffnn_loss(net, &t, &after), FFNN_OK);
        assert_memory_equal(&before, &after, sizeof(float));
    }
    assert_int_equal(ffnn_forward(net, &x, 1, &y), FFNN_OK);
    assert_true(isfinite(y));
    assert_int_equal(ffnn_backward(net, &t), FFNN_OK);
    assert_int_equal(ffnn_step(net, 0.1f), FFNN_OK);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create_destroy),
        cmocka_unit_test(test_accessors),
        cmocka_unit_test(test_null_accessors),
        cmocka_unit_test(test_success_keeps_message_empty),
        cmocka_unit_test(test_clone_is_exact),
        cmocka_unit_test(test_clone_is_independent),
        cmocka_unit_test(test_clone_steps_are_checked),
        cmocka_unit_test(test_clone_bad_args),
        cmocka_unit_test(test_create_bad),
        cmocka_unit_test(test_create_null),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_unknown_backend),
        cmocka_unit_test(test_layer_index_errors),
        cmocka_unit_test(test_state_fresh_net),
        cmocka_unit_test(test_state_after_set_layer),
        cmocka_unit_test(test_numeric_input),
        cmocka_unit_test(test_numeric_target),
        cmocka_unit_test(test_numeric_set_layer),
        cmocka_unit_test(test_bad_learning_rate),
        cmocka_unit_test(test_batch_zero),
        cmocka_unit_test(test_batch_too_large),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
