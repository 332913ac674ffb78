/*
 * test_train.c -- convergence, determinism and the initialisation scheme.
 *
 *  - XOR on the course's 2-2-1 sigmoid network, full-batch gradient descent;
 *  - three Gaussian blobs in 2-D (fixed-seed generator), tanh / softmax / CE
 *    with Adam, to >= 95% accuracy;
 *  - same seed => bit-identical weights and training trajectories, different
 *    seeds => different weights;
 *  - init: biases 0, W_l in [-r, r] with r from the header, and weights
 *    reproduced from the header's SplitMix64 description.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"
#include "reference.h"

static ffnn_net *make_net(size_t L, const size_t *sizes,
                          const ffnn_activation *acts, ffnn_loss_function loss,
                          uint64_t seed)
{
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, L, sizes, acts, loss, seed),
                     FFNN_OK);
    assert_non_null(net);
    return net;
}

/* One full-batch step; returns the loss before the step. */
static float train_step(ffnn_net *net, const float *x, const float *t,
                        size_t batch, float lr)
{
    float loss = NAN;
    assert_int_equal(ffnn_forward(net, x, batch, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ffnn_step(net, lr), FFNN_OK);
    return loss;
}

/* ---- XOR ------------------------------------------------------------- */

/* Seed 1, learning rate 1.0, 5000 full-batch epochs of plain gradient
 * descent on BCE. A double-precision simulation of the same init and
 * updates ends at a mean BCE of 0.0021 with outputs within 0.003 of the
 * targets; the test asserts mean BCE < 0.01 and every output on the right
 * side of 0.5 (in fact below 0.1 / above 0.9). */
static void test_xor(void **state)
{
    const size_t sizes[3] = {2, 2, 1};
    const ffnn_activation acts[2] = {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID};
    const float x[8] = {0, 0, 0, 1, 1, 0, 1, 1};
    const float t[4] = {0, 1, 1, 0};
    ffnn_net *net = make_net(2, sizes, acts, FFNN_LOSS_BCE, 1);
    float y[4], loss = NAN;
    (void)state;

    for (int epoch = 0; epoch < 5000; ++epoch) {
        train_step(net, x, t, 4, 1.0f);
    }
    assert_int_equal(ffnn_forward(net, x, 4, y), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    fprintf(stderr, "xor: loss %.5f, y = %.4f %.4f %.4f %.4f\n", (double)loss,
            (double)y[0], (double)y[1], (double)y[2], (double)y[3]);
    assert_true(loss < 0.01f);
    for (size_t i = 0; i < 4; ++i) {
        assert_true(t[i] > 0.5f ? y[i] > 0.9f : y[i] < 0.1f);
    }
    ffnn_net_destroy(net);
}

/* ---- three blobs ----------------------------------------------------- */

#define BLOB_PER_CLASS 60
#define BLOB_N         (3 * BLOB_PER_CLASS)

/* Centres on a circle of radius 2 (pairwise distance 3.46), standard
 * deviation 0.4: the classes are ~8 sigma apart, so ~100% is reachable. */
static void make_blobs(float *x, float *t, int *label)
{
    static const double cx[3] = {0.0, 1.7320508, -1.7320508};
    static const double cy[3] = {2.0, -1.0, -1.0};
    uint64_t rng = 2024;
    for (size_t i = 0; i < BLOB_N; ++i) {
        int c = (int)(i % 3);
        x[2 * i] = (float)(cx[c] + 0.4 * ref_normal(&rng));
        x[2 * i + 1] = (float)(cy[c] + 0.4 * ref_normal(&rng));
        for (int k = 0; k < 3; ++k) {
            t[3 * i + (size_t)k] = k == c ? 1.0f : 0.0f;
        }
        label[i] = c;
    }
}

static double accuracy(const float *y, const int *label, size_t n)
{
    size_t right = 0;
    for (size_t i = 0; i < n; ++i) {
        const float *p = y + 3 * i;
        int best = p[1] > p[0] ? 1 : 0;
        best = p[2] > p[best] ? 2 : best;
        right += best == label[i];
    }
    return (double)right / (double)n;
}

/* 2-8-3, tanh hidden, softmax / CE, Adam(0.9, 0.999, 1e-8) at lr 0.05,
 * 300 full-batch epochs. Asserts >= 95% training accuracy and a mean CE
 * below 0.2 (chance level is ln 3 = 1.10). */
static void test_blobs(void **state)
{
    const size_t sizes[3] = {2, 8, 3};
    const ffnn_activation acts[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    float *x = malloc(BLOB_N * 2 * sizeof(float));
    float *t = malloc(BLOB_N * 3 * sizeof(float));
    float *y = malloc(BLOB_N * 3 * sizeof(float));
    int *label = malloc(BLOB_N * sizeof(int));
    ffnn_net *net = make_net(2, sizes, acts, FFNN_LOSS_CE, 5);
    float loss = NAN;
    double acc;
    (void)state;

    assert_true(x != NULL && t != NULL && y != NULL && label != NULL);
    make_blobs(x, t, label);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    for (int epoch = 0; epoch < 300; ++epoch) {
        train_step(net, x, t, BLOB_N, 0.05f);
    }
    assert_int_equal(ffnn_forward(net, x, BLOB_N, y), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    acc = accuracy(y, label, BLOB_N);
    fprintf(stderr, "blobs: loss %.4f, accuracy %.3f\n", (double)loss, acc);
    assert_true(acc >= 0.95);
    assert_true(loss < 0.2f);
    ffnn_net_destroy(net);
    free(x);
    free(t);
    free(y);
    free(label);
}

/* ---- determinism ----------------------------------------------------- */

static const size_t DET_SIZES[4] = {5, 7, 6, 3};
static const ffnn_activation DET_ACTS[3] = {FFNN_ACT_RELU, FFNN_ACT_TANH,
                                            FFNN_ACT_SOFTMAX};
#define DET_L      3
#define DET_PARAMS (7 * (5 + 1) + 6 * (7 + 1) + 3 * (6 + 1))

/* All of W_1, b_1, ..., W_L, b_L in one array. */
static void read_all(const ffnn_net *net, float *flat)
{
    size_t pos = 0;
    for (size_t l = 1; l <= DET_L; ++l) {
        float *W = flat + pos, *b = W + DET_SIZES[l] * DET_SIZES[l - 1];
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        pos += DET_SIZES[l] * (DET_SIZES[l - 1] + 1);
    }
    assert_int_equal(pos, DET_PARAMS);
}

static void test_same_seed_identical(void **state)
{
    static const uint64_t seeds[] = {0, 42, UINT64_C(0xDEADBEEFCAFEF00D)};
    (void)state;
    for (size_t i = 0; i < 3; ++i) {
        ffnn_net *a =
            make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, seeds[i]);
        ffnn_net *b =
            make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, seeds[i]);
        float wa[DET_PARAMS], wb[DET_PARAMS];
        read_all(a, wa);
        read_all(b, wb);
        assert_memory_equal(wa, wb, sizeof(wa));
        ffnn_net_destroy(a);
        ffnn_net_destroy(b);
    }
}

static void test_different_seeds_differ(void **state)
{
    ffnn_net *a = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 42);
    ffnn_net *b = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 43);
    float wa[DET_PARAMS], wb[DET_PARAMS];
    (void)state;
    read_all(a, wa);
    read_all(b, wb);
    /* Layer by layer: every W_l depends on the seed. */
    for (size_t l = 1, pos = 0; l <= DET_L; ++l) {
        size_t nw = DET_SIZES[l] * DET_SIZES[l - 1];
        assert_memory_not_equal(wa + pos, wb + pos, nw * sizeof(float));
        pos += nw + DET_SIZES[l];
    }
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* Two networks from one seed trained on the same data with Adam stay
 * bit-identical: weights, outputs and losses after every step. */
static void test_identical_trajectories(void **state)
{
    enum { B = 9 };
    ffnn_net *a = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 77);
    ffnn_net *b = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 77);
    float x[B * 5], t[B * 3], ya[B * 3], yb[B * 3];
    uint64_t rng = 99;
    (void)state;

    ref_fill_uniform_f(x, B * 5, &rng, -1.0, 1.0);
    ref_fill_targets(t, B, 3, FFNN_LOSS_CE, &rng);
    assert_int_equal(ffnn_set_optimizer_adam(a, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(b, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    for (int step = 0; step < 25; ++step) {
        float la = train_step(a, x, t, B, 0.01f);
        float lb = train_step(b, x, t, B, 0.01f);
        float wa[DET_PARAMS], wb[DET_PARAMS];
        assert_memory_equal(&la, &lb, sizeof(float));
        read_all(a, wa);
        read_all(b, wb);
        assert_memory_equal(wa, wb, sizeof(wa));
        assert_int_equal(ffnn_forward(a, x, B, ya), FFNN_OK);
        assert_int_equal(ffnn_forward(b, x, B, yb), FFNN_OK);
        assert_memory_equal(ya, yb, sizeof(ya));
    }
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* ---- the initialisation scheme --------------------------------------- */

/* r = sqrt(6 / n_{l-1}) for RELU (He), sqrt(6 / (n_{l-1} + n_l)) else. */
static double init_range(ffnn_activation g, size_t n_in, size_t n_out)
{
    return g == FFNN_ACT_RELU ? sqrt(6.0 / (double)n_in)
                              : sqrt(6.0 / (double)(n_in + n_out));
}

/* The header's draw before scaling: 2 (d >> 40) 2^-24 - 1, exact in
 * float and in double. */
static double unit_draw(uint64_t *state)
{
    return 2.0 * (double)(ref_splitmix64(state) >> 40) * 0x1p-24 - 1.0;
}

typedef struct {
    size_t L;
    size_t sizes[4];
    ffnn_activation acts[3];
    uint64_t seed;
} init_case;

/* r = 1 exactly (Glorot with n_{l-1} + n_l = 6, He with n_{l-1} = 6) or
 * 0.5 exactly (He with n_{l-1} = 24), so each weight is exactly the draw
 * times r whatever precision r is computed in. */
/* clang-format off */
static const init_case EXACT_CASES[] = {
    {2, {3, 3, 3}, {FFNN_ACT_SIGMOID, FFNN_ACT_TANH}, 0},
    {2, {3, 3, 3}, {FFNN_ACT_LINEAR, FFNN_ACT_SOFTMAX}, 12345},
    {2, {24, 24, 3}, {FFNN_ACT_RELU, FFNN_ACT_RELU}, 7},
    {3, {6, 6, 2, 4}, {FFNN_ACT_RELU, FFNN_ACT_RELU, FFNN_ACT_SIGMOID},
     UINT64_C(0xFFFFFFFFFFFFFFFF)},
};
/* clang-format on */

/* Non-trivial r: the header does not say whether r is computed in float or
 * double, which can move the product by one rounding; allow 2 ulps. */
/* clang-format off */
static const init_case RANGE_CASES[] = {
    {1, {5, 3}, {FFNN_ACT_SIGMOID}, 1},
    {2, {10, 20, 4}, {FFNN_ACT_RELU, FFNN_ACT_TANH}, 99},
    {3, {7, 13, 5, 2}, {FFNN_ACT_TANH, FFNN_ACT_RELU, FFNN_ACT_LINEAR}, 2},
};
/* clang-format on */

static ffnn_loss_function loss_for(ffnn_activation out)
{
    return out == FFNN_ACT_SOFTMAX   ? FFNN_LOSS_CE
           : out == FFNN_ACT_SIGMOID ? FFNN_LOSS_BCE
                                     : FFNN_LOSS_MSE;
}

/* Check every layer of the case against the SplitMix64 stream; rel_tol 0
 * demands bit equality. Also biases 0 and |w| <= r. */
static void check_init(const init_case *c, double rel_tol)
{
    ffnn_net *net =
        make_net(c->L, c->sizes, c->acts, loss_for(c->acts[c->L - 1]), c->seed);
    uint64_t stream = c->seed;
    for (size_t l = 1; l <= c->L; ++l) {
        size_t n_in = c->sizes[l - 1], n_out = c->sizes[l];
        double r = init_range(c->acts[l - 1], n_in, n_out);
        float *W = malloc(n_in * n_out * sizeof(float));
        float *b = malloc(n_out * sizeof(float));
        assert_true(W != NULL && b != NULL);
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        for (size_t j = 0; j < n_out; ++j) {
            assert_true(b[j] == 0.0f);
        }
        for (size_t i = 0; i < n_in * n_out; ++i) {
            double want = unit_draw(&stream) * r;
            double got = (double)W[i];
            assert_true(fabs(got) <= (double)(float)r);
            if (!(fabs(got - want) <= rel_tol * fabs(want))) {
                fail_msg("seed %llu layer %zu weight %zu: got %.9g, want "
                         "%.9g (r %.9g)",
                         (unsigned long long)c->seed, l, i, got, want, r);
            }
        }
        free(W);
        free(b);
    }
    ffnn_net_destroy(net);
}

static void test_init_exact(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(EXACT_CASES) / sizeof(EXACT_CASES[0]); ++i) {
        check_init(&EXACT_CASES[i], 0.0);
    }
}

static void test_init_range(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(RANGE_CASES) / sizeof(RANGE_CASES[0]); ++i) {
        check_init(&RANGE_CASES[i], 0x1p-22);
    }
}

/* A hand check of the stream itself: the first SplitMix64 output for
 * seed 0 is the published value 0xE220A8397B1DCDAF. */
static void test_splitmix64_reference(void **state)
{
    uint64_t s = 0;
    (void)state;
    assert_true(ref_splitmix64(&s) == UINT64_C(0xE220A8397B1DCDAF));
    assert_true(s == UINT64_C(0x9E3779B97F4A7C15));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_splitmix64_reference),
        cmocka_unit_test(test_init_exact),
        cmocka_unit_test(test_init_range),
        cmocka_unit_test(test_same_seed_identical),
        cmocka_unit_test(test_different_seeds_differ),
        cmocka_unit_test(test_identical_trajectories),
        cmocka_unit_test(test_xor),
        cmocka_unit_test(test_blobs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
