/*
 * test_narrow.c -- the narrow path (src/narrow.c): batch 1 through a
 * network whose layers all have fewer than 16 inputs, on the AUTO backend.
 * Its forward pass and gradients are checked against finite differences in
 * test_propagate; here, its fused plain-SGD step:
 *
 *  - W' = (1 - eta lambda) W - eta dL/dW and b' = b - eta dL/db, with the
 *    gradients from central differences of the double reference, for every
 *    hidden activation and every output / loss pair, three layers deep, and
 *    the loss it reports;
 *  - many steps agree with the loop path (NAIVE), which computes the same
 *    operations in the same order, with plain SGD and with Adam;
 *  - both hold for every network of one hidden layer with 1 to 4 inputs and
 *    hidden units, each of which has its plain-SGD step compiled for its
 *    shape (narrow.c, tiny_sgd_train), with one output and with three;
 *  - networks of two hidden layers whose first two widths are tiny follow
 *    the gradient too (they must take the general step);
 *  - a step that would overflow through a large hidden activation or a
 *    large hidden delta is refused and changes nothing, as on the loop
 *    path.
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

enum { L = 3, MAX_L = 3, MAX_IN = 4, MAX_OUT = 3, MAX_W = 64 };
/* Several outputs, and one: a single-output network's step hands the
 * output's delta to the layer below in a register (narrow.c). */
enum { N_SHAPES = 2 };
static const size_t SHAPES[N_SHAPES][L + 1] = {{MAX_IN, 6, 5, MAX_OUT},
                                               {MAX_IN, 6, 5, 1}};
/* The shapes whose step is compiled for them: n0-n1-n2, n0 and n1 up to
 * TINY, n2 one of TINY_OUTS. */
enum { TINY = 4, N_TINY_OUTS = 2 };
static const size_t TINY_OUTS[N_TINY_OUTS] = {1, MAX_OUT};

/* The weights after one step against (1 - eta lambda) W - eta g, g from
 * finite differences (error ~1e-9) and test_propagate's tolerance for a
 * gradient: 1e-3 relative with a floor of 1e-2 times the array's largest,
 * times eta; plus the float rounding of the step itself, a few ulps of the
 * largest weight (2^-22 x max |W|). */
#define FD_RTOL     1e-3
#define FD_FLOOR    1e-2
#define FD_STEP     1e-6
#define RELU_MARGIN 1e-3
#define ETA         0.1f
/* The two paths run the same float operations in the same order; the
 * tolerance only allows a compiler to contract differently. */
#define PATH_RTOL 1e-5

static void draw_case(ref_net *ref, size_t nl, const size_t *sizes,
                      const ffnn_activation *acts, ffnn_loss_function loss,
                      uint64_t *rng, float *x, double *xd, float *t, double *td)
{
    assert_int_equal(ref_net_init(ref, nl, sizes, acts, loss), 0);
    ref_randomize(ref, rng, -1.0, 1.0);
    for (int tries = 0; tries < 100; ++tries) {
        ref_pass p;
        ref_fill_uniform_f(x, sizes[0], rng, -1.0, 1.0);
        ref_f2d(x, xd, sizes[0]);
        assert_int_equal(ref_forward(ref, xd, 1, &p), 0);
        double margin = ref_relu_margin(ref, &p);
        ref_pass_free(&p);
        if (margin > RELU_MARGIN) {
            ref_fill_targets(t, 1, sizes[nl], loss, rng);
            ref_f2d(t, td, sizes[nl]);
            return;
        }
    }
    fail_msg("could not draw inputs away from the RELU kink");
}

/* Count the entries of after farther from (1 - eta lambda) before - eta g
 * than the tolerance above. */
static size_t check_step_result(const char *label, const float *before,
                                const float *after, const double *g, size_t n,
                                float lambda)
{
    double floor_g = FD_FLOOR * ref_max_abs(g, n), max_w = 0;
    size_t bad = 0;
    for (size_t k = 0; k < n; ++k) {
        max_w = fmax(max_w, fabs(before[k]));
    }
    for (size_t k = 0; k < n; ++k) {
        double want = (1.0 - (double)ETA * lambda) * before[k] - ETA * g[k];
        double tol =
            ldexp(max_w, -22) + ETA * FD_RTOL * fmax(fabs(g[k]), floor_g);
        if (fabs(after[k] - want) > tol) {
            fprintf(stderr,
                    "%s[%zu]: got %.9g, want %.9g (|err| %.3g > %.3g)\n", label,
                    k, after[k], want, fabs(after[k] - want), tol);
            bad++;
        }
    }
    return bad;
}

static size_t check_step(size_t nl, const size_t *sizes,
                         const ffnn_activation *acts, ffnn_loss_function loss,
                         float lambda, uint64_t seed)
{
    float x[MAX_IN], t[MAX_OUT], W1[MAX_W], b1[MAX_W];
    double xd[MAX_IN], td[MAX_OUT];
    uint64_t rng = seed;
    ref_net ref;
    ref_grads g;
    size_t bad = 0;

    draw_case(&ref, nl, sizes, acts, loss, &rng, x, xd, t, td);
    ffnn_net *net = ref_new_ffnn(nl, sizes, acts, loss, FFNN_BACKEND_AUTO, 1);
    assert_non_null(net);
    assert_int_equal(ref_push_to_ffnn(&ref, net), FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, lambda), FFNN_OK);
    assert_int_equal(ref_fd_gradients(&ref, xd, td, 1, FD_STEP, &g), 0);

    float loss_value = NAN;
    float before[MAX_L][2][MAX_W];
    for (size_t l = 1; l <= nl; ++l) {
        assert_int_equal(
            ffnn_get_layer(net, l, before[l - 1][0], before[l - 1][1]),
            FFNN_OK);
    }
    assert_int_equal(ffnn_train_step(net, x, t, 1, ETA, &loss_value), FFNN_OK);
    double want_loss = ref_mean_loss(&ref, xd, td, 1);
    if (fabs(loss_value - want_loss) > 1e-5 * fmax(1.0, fabs(want_loss))) {
        fprintf(stderr, "loss %.9g, want %.9g\n", loss_value, want_loss);
        bad++;
    }
    for (size_t l = 1; l <= nl; ++l) {
        size_t n_w = sizes[l] * sizes[l - 1], n_b = sizes[l];
        assert_int_equal(ffnn_get_layer(net, l, W1, b1), FFNN_OK);
        bad += check_step_result("W", before[l - 1][0], W1, g.dW[l - 1], n_w,
                                 lambda);
        bad += check_step_result("b", before[l - 1][1], b1, g.db[l - 1], n_b,
                                 0.0f);
    }
    if (bad != 0) {
        fprintf(stderr,
                " case: %zu-%zu-...-%zu, hidden %s, output %s, "
                "loss %s, lambda %g\n",
                sizes[0], sizes[1], sizes[nl], ref_act_name(acts[0]),
                ref_act_name(acts[nl - 1]), ref_loss_name(loss),
                (double)lambda);
    }
    ref_grads_free(&g);
    ref_net_free(&ref);
    ffnn_net_destroy(net);
    return bad != 0;
}

static void test_sgd_step_follows_the_gradient(void **state)
{
    (void)state;
    size_t failed = 0, seed = 1;
    for (size_t k = 0; k < N_SHAPES; ++k) {
        for (size_t h = 0; h < REF_N_HIDDEN; ++h) {
            for (size_t o = 0; o < REF_N_OUT; ++o) {
                ffnn_activation acts[L] = {
                    ref_hidden_acts[h], ref_hidden_acts[(h + 1) % REF_N_HIDDEN],
                    ref_out_combos[o].out};
                ffnn_loss_function loss = ref_out_combos[o].loss;
                failed += check_step(L, SHAPES[k], acts, loss, 0.0f, seed++);
                failed += check_step(L, SHAPES[k], acts, loss, 0.05f, seed++);
            }
        }
    }
    assert_int_equal(failed, 0);
}

/* Train one network per path on the same 200 samples, one at a time. */
static size_t compare_paths(size_t nl, const size_t *sizes,
                            const ffnn_activation *acts,
                            ffnn_loss_function loss, int adam)
{
    size_t n_out = sizes[nl];
    ffnn_net *nets[2] = {
        ref_new_ffnn(nl, sizes, acts, loss, FFNN_BACKEND_AUTO, 5),
        ref_new_ffnn(nl, sizes, acts, loss, FFNN_BACKEND_NAIVE, 5)};
    uint64_t rng = 99;
    size_t bad = 0;
    for (int k = 0; k < 2; ++k) {
        assert_non_null(nets[k]);
        if (adam) {
            assert_int_equal(
                ffnn_set_optimizer_adam(nets[k], 0.9f, 0.999f, 1e-8f), FFNN_OK);
        }
    }
    for (int step = 0; step < 200; ++step) {
        float x[MAX_IN], t[MAX_OUT], y[2][MAX_OUT];
        ref_fill_uniform_f(x, sizes[0], &rng, -2.0, 2.0);
        ref_fill_targets(t, 1, n_out, loss, &rng);
        for (int k = 0; k < 2; ++k) {
            assert_int_equal(ffnn_train_step(nets[k], x, t, 1, 0.05f, NULL),
                             FFNN_OK);
            assert_int_equal(ffnn_forward(nets[k], x, 1, y[k]), FFNN_OK);
        }
        double want[MAX_OUT];
        ref_f2d(y[1], want, n_out);
        bad += ref_mismatches("output", y[0], want, n_out, PATH_RTOL, 1e-6);
    }
    for (size_t l = 1; l <= nl; ++l) {
        float W[2][MAX_W], b[2][MAX_W];
        double want[MAX_W];
        size_t n_w = sizes[l] * sizes[l - 1];
        for (int k = 0; k < 2; ++k) {
            assert_int_equal(ffnn_get_layer(nets[k], l, W[k], b[k]), FFNN_OK);
        }
        ref_f2d(W[1], want, n_w);
        bad += ref_mismatches("W", W[0], want, n_w, PATH_RTOL, 1e-6);
        ref_f2d(b[1], want, sizes[l]);
        bad += ref_mismatches("b", b[0], want, sizes[l], PATH_RTOL, 1e-6);
    }
    ffnn_net_destroy(nets[0]);
    ffnn_net_destroy(nets[1]);
    return bad;
}

static void test_paths_agree_over_many_steps(void **state)
{
    (void)state;
    size_t bad = 0;
    for (size_t k = 0; k < N_SHAPES; ++k) {
        for (size_t h = 0; h < REF_N_HIDDEN; ++h) {
            for (size_t o = 0; o < REF_N_OUT; ++o) {
                ffnn_activation acts[L] = {ref_hidden_acts[h],
                                           ref_hidden_acts[h],
                                           ref_out_combos[o].out};
                ffnn_loss_function loss = ref_out_combos[o].loss;
                for (int adam = 0; adam < 2; ++adam) {
                    size_t b = compare_paths(L, SHAPES[k], acts, loss, adam);
                    if (b != 0) {
                        fprintf(stderr,
                                " case: %zu outputs, hidden %s, output %s, "
                                "%s\n",
                                SHAPES[k][L], ref_act_name(acts[0]),
                                ref_act_name(acts[2]), adam ? "adam" : "sgd");
                    }
                    bad += b;
                }
            }
        }
    }
    assert_int_equal(bad, 0);
}

/* Both checks above for every shape n0-n1-n2 with a step of its own. */
static void test_tiny_shapes(void **state)
{
    (void)state;
    size_t failed = 0, bad = 0, seed = 1000;
    for (size_t n0 = 1; n0 <= TINY; ++n0)
        for (size_t n1 = 1; n1 <= TINY; ++n1)
            for (size_t k = 0; k < N_TINY_OUTS; ++k)
                for (size_t h = 0; h < REF_N_HIDDEN; ++h)
                    for (size_t o = 0; o < REF_N_OUT; ++o) {
                        const size_t sizes[3] = {n0, n1, TINY_OUTS[k]};
                        ffnn_activation acts[2] = {ref_hidden_acts[h],
                                                   ref_out_combos[o].out};
                        ffnn_loss_function loss = ref_out_combos[o].loss;
                        failed +=
                            check_step(2, sizes, acts, loss, 0.0f, seed++);
                        failed +=
                            check_step(2, sizes, acts, loss, 0.05f, seed++);
                        size_t b = compare_paths(2, sizes, acts, loss, 0);
                        if (b != 0) {
                            fprintf(stderr,
                                    " case: %zu-%zu-%zu, hidden %s, output %s,"
                                    " sgd\n",
                                    n0, n1, sizes[2], ref_act_name(acts[0]),
                                    ref_act_name(acts[1]));
                        }
                        bad += b;
                    }
    assert_int_equal(failed, 0);
    assert_int_equal(bad, 0);
}

/* Deeper networks whose first two widths are tiny must not take the tiny
 * step, which knows only one hidden layer (taking it for any n_layers >= 2
 * fails this). The step against finite differences only: compare_paths'
 * 200 steps at learning rate 0.05 drive some of these narrow nets (4-4-2-3,
 * ReLU, linear, ReLU) to infinity, where no two paths can be compared. */
static void test_deeper_nets_with_a_tiny_start(void **state)
{
    (void)state;
    static const size_t deep[][4] = {{2, 3, 3, 1}, {4, 4, 2, 3}, {1, 2, 4, 2}};
    size_t failed = 0, seed = 3000;
    for (size_t k = 0; k < sizeof deep / sizeof deep[0]; ++k)
        for (size_t h = 0; h < REF_N_HIDDEN; ++h)
            for (size_t o = 0; o < REF_N_OUT; ++o) {
                ffnn_activation acts[3] = {
                    ref_hidden_acts[h], ref_hidden_acts[(h + 1) % REF_N_HIDDEN],
                    ref_out_combos[o].out};
                ffnn_loss_function loss = ref_out_combos[o].loss;
                failed += check_step(3, deep[k], acts, loss, 0.0f, seed++);
                failed += check_step(3, deep[k], acts, loss, 0.05f, seed++);
            }
    assert_int_equal(failed, 0);
}

/* A 2-2-1 network, hidden activation g, linear output, MSE, with the given
 * weights; a step towards target t with learning rate 1 must be refused and
 * change nothing, and a step towards near (a target the network nearly
 * meets) must go through. On the one-sample path, both as 2-2-1 (a tiny
 * shape, with a step of its own) and as 2-5-1 whose three extra hidden
 * units have zero weights (the general step), and on the loop path. */
typedef struct {
    ffnn_activation hidden;
    float W1[4], b1[2], W2[2], b2[1], x[2], t, near;
} overflow_case;

enum { WIDE = 5 }; /* above narrow.c's TINY */

/* c's network with n_hidden hidden units, the extra ones all zero. */
static ffnn_net *overflow_net(const overflow_case *c, size_t n_hidden,
                              ffnn_backend backend, float *W1, float *b1,
                              float *W2)
{
    const size_t sizes[3] = {2, n_hidden, 1};
    const ffnn_activation acts[2] = {c->hidden, FFNN_ACT_LINEAR};
    memset(W1, 0, 2 * WIDE * sizeof *W1);
    memset(b1, 0, WIDE * sizeof *b1);
    memset(W2, 0, WIDE * sizeof *W2);
    memcpy(W1, c->W1, sizeof c->W1);
    memcpy(b1, c->b1, sizeof c->b1);
    memcpy(W2, c->W2, sizeof c->W2);
    ffnn_net *net = ref_new_ffnn(2, sizes, acts, FFNN_LOSS_MSE, backend, 3);
    assert_non_null(net);
    assert_int_equal(ffnn_set_layer(net, 1, W1, b1), FFNN_OK);
    assert_int_equal(ffnn_set_layer(net, 2, W2, c->b2), FFNN_OK);
    return net;
}

static void check_refused(const overflow_case *c)
{
    const struct {
        size_t n_hidden;
        ffnn_backend backend;
    } runs[3] = {{2, FFNN_BACKEND_AUTO},
                 {WIDE, FFNN_BACKEND_AUTO},
                 {2, FFNN_BACKEND_NAIVE}};
    for (int k = 0; k < 3; ++k) {
        size_t n = runs[k].n_hidden;
        float W1[2 * WIDE], b1[WIDE], W2[WIDE], W[2 * WIDE], b[WIDE];
        ffnn_net *net = overflow_net(c, n, runs[k].backend, W1, b1, W2);
        assert_int_equal(ffnn_train_step(net, c->x, &c->t, 1, 1.0f, NULL),
                         FFNN_ERR_NUMERIC);
        assert_int_equal(ffnn_get_layer(net, 1, W, b), FFNN_OK);
        assert_memory_equal(W, W1, 2 * n * sizeof *W);
        assert_memory_equal(b, b1, n * sizeof *b);
        assert_int_equal(ffnn_get_layer(net, 2, W, b), FFNN_OK);
        assert_memory_equal(W, W2, n * sizeof *W);
        assert_memory_equal(b, c->b2, sizeof c->b2);
        assert_int_equal(ffnn_train_step(net, c->x, &c->near, 1, 1e-30f, NULL),
                         FFNN_OK);
        ffnn_net_destroy(net);
    }
}

/* ReLU hidden: x = (1, 1) and W_1 = 2e37 I make h_1 = (2e37, 2e37), finite;
 * W_2 = 2e-38 makes yhat = 0.8 and dL/da_2 = 2 (0.8 + 10) = 21.6 for target
 * -10. Then dL/dW_2 = 21.6 x 2e37 = 4.3e38 is beyond FLT_MAX (3.4e38): only
 * a bound that uses max |h_1| sees it. */
static void test_overflow_through_a_large_activation(void **state)
{
    (void)state;
    const overflow_case c = {FFNN_ACT_RELU, {2e37f, 0.0f, 0.0f, 2e37f},
                             {0.0f, 0.0f},  {2e-38f, 2e-38f},
                             {0.0f},        {1.0f, 1.0f},
                             -10.0f,        0.8f};
    check_refused(&c);
}

/* Linear hidden: x = (1e19, 1e19) and W_1 = 1e-30 I make h_1 = 1e-11 each;
 * W_2 = 1e19 makes yhat = 2e8, dL/da_2 = 4e8 for target 0 and dL/dW_2 =
 * 4e-3, harmless. But dL/da_1 = 4e8 x 1e19 = 4e27, and dL/dW_1 = 4e27 x 1e19
 * = 4e46 overflows: only a bound that uses max |dL/da_1| sees it. */
static void test_overflow_through_a_hidden_delta(void **state)
{
    (void)state;
    const overflow_case c = {FFNN_ACT_LINEAR,
                             {1e-30f, 0.0f, 0.0f, 1e-30f},
                             {0.0f, 0.0f},
                             {1e19f, 1e19f},
                             {0.0f},
                             {1e19f, 1e19f},
                             0.0f,
                             2e8f};
    check_refused(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sgd_step_follows_the_gradient),
        cmocka_unit_test(test_paths_agree_over_many_steps),
        cmocka_unit_test(test_tiny_shapes),
        cmocka_unit_test(test_deeper_nets_with_a_tiny_start),
        cmocka_unit_test(test_overflow_through_a_large_activation),
        cmocka_unit_test(test_overflow_through_a_hidden_delta),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
