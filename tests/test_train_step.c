/* test_train_step.c -- ffnn_train_step against the three-call path it
 * fuses (forward, backward, step), whose results the other tests check
 * against the math. With plain SGD the fused path adds -eta dW straight into
 * W inside the GEMM, so the two differ only by float rounding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"

#include <math.h>
#include <stdlib.h>

enum { BATCH = 9, N_IN = 6, N_OUT = 4, LAYERS = 3 };
static const size_t sizes[] = {N_IN, 12, 7, N_OUT};

/* Every optimizer, with and without weight decay. */
typedef enum {
    OPT_SGD,
    OPT_SGD_DECAY,
    OPT_ADAM,
    OPT_NESTEROV,
    OPT_MOMENTUM,
    OPT_MOMENTUM_DECAY,
    OPT_NESTEROV_DECAY,
    OPT_ADAM_DECAY,
    OPT_CASES
} opt_case;

/* The optimizer (and weight decay) of case opt. */
static void choose_optimizer(ffnn_net *net, opt_case opt)
{
    if (opt == OPT_SGD_DECAY || opt >= OPT_MOMENTUM_DECAY)
        assert_int_equal(ffnn_set_weight_decay(net, 0.05f), FFNN_OK);
    if (opt == OPT_ADAM || opt == OPT_ADAM_DECAY)
        assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.99f, 1e-7f),
                         FFNN_OK);
    if (opt == OPT_NESTEROV || opt == OPT_NESTEROV_DECAY)
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.8f, 1), FFNN_OK);
    if (opt == OPT_MOMENTUM || opt == OPT_MOMENTUM_DECAY)
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.7f, 0), FFNN_OK);
}

static ffnn_net *make_net(ffnn_backend backend, opt_case opt)
{
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SIGMOID,
                                    FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(
        ffnn_net_create(&net, LAYERS, sizes, acts, FFNN_LOSS_CE, 11), FFNN_OK);
    assert_int_equal(ffnn_net_set_backend(net, backend), FFNN_OK);
    choose_optimizer(net, opt);
    return net;
}

static void make_data(float *x, float *t, size_t batch)
{
    for (size_t k = 0; k < batch * N_IN; k++)
        x[k] = sinf((float)k * 0.7f) * 1.5f;
    for (size_t s = 0; s < batch; s++)
        for (size_t j = 0; j < N_OUT; j++)
            t[s * N_OUT + j] = j == (s * 3) % N_OUT ? 1.0f : 0.0f;
}

static void assert_same_layers(const ffnn_net *a, const ffnn_net *b)
{
    for (size_t l = 1; l <= LAYERS; l++) {
        size_t n = sizes[l] * sizes[l - 1];
        float wa[12 * 7], wb[12 * 7], ba[12], bb[12];
        assert_int_equal(ffnn_get_layer(a, l, wa, ba), FFNN_OK);
        assert_int_equal(ffnn_get_layer(b, l, wb, bb), FFNN_OK);
        for (size_t k = 0; k < n; k++)
            assert_float_equal(wa[k], wb[k], 1e-5f);
        for (size_t k = 0; k < sizes[l]; k++)
            assert_float_equal(ba[k], bb[k], 1e-5f);
    }
}

static void compare_paths(ffnn_backend backend, opt_case opt, size_t batch)
{
    ffnn_net *fused = make_net(backend, opt), *split = make_net(backend, opt);
    float x[BATCH * N_IN], t[BATCH * N_OUT];
    make_data(x, t, batch);
    for (int step = 0; step < 5; step++) {
        float loss_fused, loss_split;
        assert_int_equal(ffnn_train_step(fused, x, t, batch, 0.3f, &loss_fused),
                         FFNN_OK);
        assert_int_equal(ffnn_forward(split, x, batch, NULL), FFNN_OK);
        assert_int_equal(ffnn_loss(split, t, &loss_split), FFNN_OK);
        assert_int_equal(ffnn_backward(split, t), FFNN_OK);
        assert_int_equal(ffnn_step(split, 0.3f), FFNN_OK);
        assert_float_equal(loss_fused, loss_split, 1e-6f);
        assert_same_layers(fused, split);
    }
    /* Plain SGD keeps no gradients; the other optimizers do. */
    float db[N_OUT];
    ffnn_status want = opt <= OPT_SGD_DECAY ? FFNN_ERR_STATE : FFNN_OK;
    assert_int_equal(ffnn_get_gradients(fused, LAYERS, NULL, db), want);
    ffnn_net_destroy(fused);
    ffnn_net_destroy(split);
}

static void test_fused_equals_three_calls(void **state)
{
    (void)state;
    const ffnn_backend backends[] = {FFNN_BACKEND_NAIVE, FFNN_BACKEND_BLAS,
                                     FFNN_BACKEND_AUTO};
    const size_t batches[] = {1, 2, BATCH};
    for (int b = 0; b < 3; b++)
        for (int opt = OPT_SGD; opt < OPT_CASES; opt++)
            for (int n = 0; n < 3; n++)
                compare_paths(backends[b], (opt_case)opt, batches[n]);
}

/* The loss reported is the one before the update, and training lowers it. */
static void test_loss_is_before_the_update(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_BACKEND_AUTO, OPT_SGD);
    float x[BATCH * N_IN], t[BATCH * N_OUT], before, during, after;
    make_data(x, t, BATCH);
    assert_int_equal(ffnn_forward(net, x, BATCH, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &before), FFNN_OK);
    assert_int_equal(ffnn_train_step(net, x, t, BATCH, 0.5f, &during), FFNN_OK);
    assert_float_equal(before, during, 0.0f);
    assert_int_equal(ffnn_forward(net, x, BATCH, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &after), FFNN_OK);
    assert_true(after < before);
    ffnn_net_destroy(net);
}

/* Bad input: exact status, weights untouched. */
static void test_bad_input_changes_nothing(void **state)
{
    (void)state;
    ffnn_net *net = make_net(FFNN_BACKEND_AUTO, OPT_SGD);
    ffnn_net *copy = NULL;
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    float x[BATCH * N_IN], t[BATCH * N_OUT];
    make_data(x, t, BATCH);
    assert_int_equal(ffnn_train_step(NULL, x, t, 1, 0.1f, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_step(net, NULL, t, 1, 0.1f, NULL),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_step(net, x, NULL, 1, 0.1f, NULL),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_step(net, x, t, 0, 0.1f, NULL), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_train_step(net, x, t, 1, -0.1f, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train_step(net, x, t, 1, NAN, NULL), FFNN_ERR_ARG);
    t[2] = INFINITY;
    assert_int_equal(ffnn_train_step(net, x, t, 1, 0.1f, NULL),
                     FFNN_ERR_NUMERIC);
    t[2] = 0.0f;
    x[0] = NAN;
    assert_int_equal(ffnn_train_step(net, x, t, 1, 0.1f, NULL),
                     FFNN_ERR_NUMERIC);
    assert_string_not_equal(ffnn_net_last_error(net), "");
    assert_same_layers(net, copy);
    ffnn_net_destroy(net);
    ffnn_net_destroy(copy);
}

static void snapshot(const ffnn_net *net, float *w)
{
    for (size_t l = 1; l <= LAYERS; l++) {
        assert_int_equal(ffnn_get_layer(net, l, w, w + sizes[l] * sizes[l - 1]),
                         FFNN_OK);
        w += sizes[l] * (sizes[l - 1] + 1);
    }
}

/* A step that would overflow the weights is refused, whatever the path,
 * and leaves every weight as it was; a sane step still works after. Weight
 * decay 1e30 with a learning rate of 1e10 makes every update ~1e40 (and
 * Adam's second moment overflow). */
static void test_overflowing_step_is_refused(void **state)
{
    (void)state;
    enum { P = 12 * (N_IN + 1) + 7 * (12 + 1) + N_OUT * (7 + 1) };
    float x[BATCH * N_IN], t[BATCH * N_OUT], before[P], after[P];
    make_data(x, t, BATCH);
    for (int opt = OPT_SGD; opt < OPT_CASES; opt++) {
        ffnn_net *net = make_net(FFNN_BACKEND_AUTO, (opt_case)opt);
        assert_int_equal(ffnn_set_weight_decay(net, 1e30f), FFNN_OK);
        snapshot(net, before);
        assert_int_equal(ffnn_train_step(net, x, t, BATCH, 1e10f, NULL),
                         FFNN_ERR_NUMERIC);
        assert_string_not_equal(ffnn_net_last_error(net), "");
        snapshot(net, after);
        assert_memory_equal(before, after, sizeof before);
        assert_int_equal(ffnn_forward(net, x, BATCH, NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, t), FFNN_OK);
        assert_int_equal(ffnn_step(net, 1e10f), FFNN_ERR_NUMERIC);
        snapshot(net, after);
        assert_memory_equal(before, after, sizeof before);
        assert_int_equal(ffnn_set_weight_decay(net, 0.0f), FFNN_OK);
        assert_int_equal(ffnn_train_step(net, x, t, BATCH, 0.01f, NULL),
                         FFNN_OK);
        snapshot(net, after);
        assert_memory_not_equal(before, after, sizeof before);
        ffnn_net_destroy(net);
    }
}

/* A refused step leaves the optimizer's state as it was too (velocities,
 * moments, Adam's step count): after it, the network takes the same next
 * step, bit for bit, as a clone made before it. At batch 1 (the narrow
 * path: every layer has fewer than 16 inputs) and at BATCH. */
static void test_refused_step_keeps_the_state(void **state)
{
    (void)state;
    enum { P = 12 * (N_IN + 1) + 7 * (12 + 1) + N_OUT * (7 + 1) };
    float x[BATCH * N_IN], t[BATCH * N_OUT], want[P], got[P];
    make_data(x, t, BATCH);
    for (int opt = OPT_SGD; opt < OPT_CASES; opt++) {
        for (int run = 0; run < 4; run++) {
            int split = run & 1;
            size_t batch = run & 2 ? BATCH : 1;
            ffnn_net *net = make_net(FFNN_BACKEND_AUTO, (opt_case)opt), *copy;
            for (int k = 0; k < 2; k++) /* some state to lose */
                assert_int_equal(ffnn_train_step(net, x, t, batch, 0.1f, NULL),
                                 FFNN_OK);
            assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
            float decay;
            assert_int_equal(
                ffnn_get_optimizer_param(net, FFNN_PARAM_WEIGHT_DECAY, &decay),
                FFNN_OK);
            assert_int_equal(ffnn_set_weight_decay(net, 1e30f), FFNN_OK);
            if (split) {
                assert_int_equal(ffnn_forward(net, x, batch, NULL), FFNN_OK);
                assert_int_equal(ffnn_backward(net, t), FFNN_OK);
                assert_int_equal(ffnn_step(net, 1e10f), FFNN_ERR_NUMERIC);
            } else {
                assert_int_equal(ffnn_train_step(net, x, t, batch, 1e10f, NULL),
                                 FFNN_ERR_NUMERIC);
            }
            assert_int_equal(ffnn_set_weight_decay(net, decay), FFNN_OK);
            assert_int_equal(ffnn_train_step(net, x, t, batch, 0.1f, NULL),
                             FFNN_OK);
            assert_int_equal(ffnn_train_step(copy, x, t, batch, 0.1f, NULL),
                             FFNN_OK);
            snapshot(net, got);
            snapshot(copy, want);
            assert_memory_equal(got, want, sizeof got);
            ffnn_net_destroy(net);
            ffnn_net_destroy(copy);
        }
    }
}

/* Found by fuzz_api: a linear layer whose h overflows to infinity feeds a
 * ReLU output that the infinity drives below 0, so every dL/da of the
 * output is 0 and finite, but its dW = dL/da h = 0 x inf is NaN. The bound
 * of that gradient is NaN too, and a NaN must not drop out of the largest
 * of the bounds: every optimizer refuses the step, one call or split, on
 * the narrow path (batch 1) and the layered one (batch 2). */
static void test_nan_gradient_behind_a_relu_is_refused(void **state)
{
    (void)state;
    const size_t s3[] = {1, 1, 1};
    const ffnn_activation acts[] = {FFNN_ACT_LINEAR, FFNN_ACT_RELU};
    const float x[2] = {1e10f, 1e10f}, t[2] = {0.5f, 0.5f};
    const float W1 = 1e30f, W2 = -1.0f;
    for (int opt = OPT_SGD; opt < OPT_CASES; opt++) {
        for (int run = 0; run < 4; run++) {
            size_t batch = run & 2 ? 2 : 1;
            ffnn_net *net = NULL;
            assert_int_equal(
                ffnn_net_create(&net, 2, s3, acts, FFNN_LOSS_MSE, 3), FFNN_OK);
            choose_optimizer(net, (opt_case)opt);
            assert_int_equal(ffnn_set_layer(net, 1, &W1, NULL), FFNN_OK);
            assert_int_equal(ffnn_set_layer(net, 2, &W2, NULL), FFNN_OK);
            ffnn_status s;
            if (run & 1) {
                assert_int_equal(ffnn_forward(net, x, batch, NULL), FFNN_OK);
                assert_int_equal(ffnn_backward(net, t), FFNN_OK);
                s = ffnn_step(net, 0.1f);
            } else {
                s = ffnn_train_step(net, x, t, batch, 0.1f, NULL);
            }
            assert_int_equal(s, FFNN_ERR_NUMERIC);
            float w1, w2, b[2];
            assert_int_equal(ffnn_get_layer(net, 1, &w1, &b[0]), FFNN_OK);
            assert_int_equal(ffnn_get_layer(net, 2, &w2, &b[1]), FFNN_OK);
            assert_true(w1 == W1 && w2 == W2 && b[0] == 0.0f && b[1] == 0.0f);
            ffnn_net_destroy(net);
        }
    }
}

/* Weights near the float limit make the forward pass overflow; the NaN
 * that reaches the gradients must not reach the weights. */
static void test_nan_gradients_are_refused(void **state)
{
    (void)state;
    enum { P = 12 * (N_IN + 1) + 7 * (12 + 1) + N_OUT * (7 + 1) };
    float x[BATCH * N_IN], t[BATCH * N_OUT], before[P], after[P];
    make_data(x, t, BATCH);
    static float W1[12 * N_IN];
    for (size_t k = 0; k < 12 * N_IN; k++)
        W1[k] = k % 2 ? 3e38f : -3e38f;
    for (int opt = OPT_SGD; opt < OPT_CASES; opt++) {
        ffnn_net *net = make_net(FFNN_BACKEND_AUTO, (opt_case)opt);
        assert_int_equal(ffnn_set_layer(net, 1, W1, NULL), FFNN_OK);
        snapshot(net, before);
        ffnn_status s = ffnn_train_step(net, x, t, BATCH, 0.1f, NULL);
        snapshot(net, after);
        if (s == FFNN_OK) /* only if every value happened to stay finite */
            for (size_t k = 0; k < P; k++)
                assert_true(isfinite(after[k]));
        else
            assert_int_equal(s, FFNN_ERR_NUMERIC);
        if (s != FFNN_OK)
            assert_memory_equal(before, after, sizeof before);
        ffnn_net_destroy(net);
    }
}

/* Found by fuzz_api: with learning rate 0 and an input of 4e24, D^T H of
 * layer 2 overflows float inside the GEMM, and 0 x inf made every weight
 * NaN. The product itself must be bounded, not only its scaled value. */
static void test_overflow_inside_the_product_is_refused(void **state)
{
    (void)state;
    const size_t s4[] = {3, 4, 4, 2};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_LINEAR,
                                    FFNN_ACT_LINEAR};
    const float x[9] = {-3.9375f, -4,     -3.96875f, 4.39006e24f, -0.75f,
                        -0.75f,   -0.75f, -0.75f,    -0.75f};
    const float t[6] = {1.625f, 1.625f, 1.625f, 2.28125f, 3.40625f, 0};
    for (int backend = FFNN_BACKEND_AUTO; backend <= FFNN_BACKEND_NAIVE;
         backend++) {
        ffnn_net *net = NULL;
        assert_int_equal(
            ffnn_net_create(&net, 3, s4, acts, FFNN_LOSS_MSE, 0xed), FFNN_OK);
        assert_int_equal(ffnn_net_set_backend(net, (ffnn_backend)backend),
                         FFNN_OK);
        float before[16], after[16];
        assert_int_equal(ffnn_get_layer(net, 2, before, NULL), FFNN_OK);
        ffnn_status s = ffnn_train_step(net, x, t, 3, 0.0f, NULL);
        assert_int_equal(ffnn_get_layer(net, 2, after, NULL), FFNN_OK);
        for (int k = 0; k < 16; k++)
            assert_true(isfinite(after[k]));
        assert_int_equal(s, FFNN_ERR_NUMERIC);
        assert_memory_equal(before, after, sizeof after);
        ffnn_net_destroy(net);
    }
}

/* An overflow only the output layer's dL/da shows: its weights are zero,
 * so no gradient reaches the hidden layer, and a target of 1e30 with a
 * learning rate of 1e10 makes the output layer's update about 1e40. For the
 * outputs whose dL/da ffnn__loss_grad forms (softmax with CE or MSE, and the
 * sigmoid with BCE), on the one-sample path (batch 1) and the batched one. */
static void test_overflow_through_the_output_delta_is_refused(void **state)
{
    (void)state;
    const size_t s3[] = {3, 4, 3};
    const struct {
        ffnn_activation out;
        ffnn_loss_function loss;
    } cases[] = {{FFNN_ACT_SOFTMAX, FFNN_LOSS_CE},
                 {FFNN_ACT_SOFTMAX, FFNN_LOSS_MSE},
                 {FFNN_ACT_SIGMOID, FFNN_LOSS_BCE}};
    const float x[6] = {0.5f, -1, 0.25f, 1, 0.5f, -0.75f};
    const float t[6] = {1e30f, 0, 0, 0, 1e30f, 0};
    const float zero[12] = {0};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        for (size_t batch = 1; batch <= 2; batch++) {
            const ffnn_activation acts[] = {FFNN_ACT_SIGMOID, cases[c].out};
            ffnn_net *net = NULL;
            assert_int_equal(
                ffnn_net_create(&net, 2, s3, acts, cases[c].loss, 5), FFNN_OK);
            assert_int_equal(ffnn_set_layer(net, 2, zero, NULL), FFNN_OK);
            float before[12 + 3], after[12 + 3];
            assert_int_equal(ffnn_get_layer(net, 2, before, before + 12),
                             FFNN_OK);
            assert_int_equal(ffnn_train_step(net, x, t, batch, 1e10f, NULL),
                             FFNN_ERR_NUMERIC);
            assert_int_equal(ffnn_get_layer(net, 2, after, after + 12),
                             FFNN_OK);
            assert_memory_equal(before, after, sizeof after);
            ffnn_net_destroy(net);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fused_equals_three_calls),
        cmocka_unit_test(test_loss_is_before_the_update),
        cmocka_unit_test(test_bad_input_changes_nothing),
        cmocka_unit_test(test_overflowing_step_is_refused),
        cmocka_unit_test(test_refused_step_keeps_the_state),
        cmocka_unit_test(test_nan_gradients_are_refused),
        cmocka_unit_test(test_nan_gradient_behind_a_relu_is_refused),
        cmocka_unit_test(test_overflow_inside_the_product_is_refused),
        cmocka_unit_test(test_overflow_through_the_output_delta_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
