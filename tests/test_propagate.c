/*
 * test_propagate.c -- backpropagation.
 *
 *  - the course's backpropagation example (4-4-2, sigmoid hidden, softmax
 *    output, MSE) with the corrected gradients of NOTES.md, every backend;
 *  - finite-difference checks of dL/dW and dL/db against the double
 *    reference for every allowed activation / loss combination, depths
 *    1..3, batches 1, 3, 17, on every backend (AUTO takes the one-sample
 *    path of src/narrow.c at batch 1, these networks being narrow);
 *  - RELU's g'(0) = 0;
 *  - BLAS, AUTO and NAIVE agree on outputs and gradients to float rounding.
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

/* NOTES values are rounded to 4 decimals (5e-5) plus float rounding. */
#define NOTES_TOL 6e-5
/* Library gradients (float) against central differences of the double
 * reference, relative error 1e-3 with a floor of FD_FLOOR times the largest
 * entry of the same array:
 *  - the FD values themselves are accurate to ~1e-9 (step 1e-6: truncation
 *    O(h^2) ~ 1e-12, cancellation O(1e-16 / h) ~ 1e-10 times the loss);
 *  - float backprop through <= 3 layers of width <= 6 summed over <= 17
 *    samples carries a relative error of a few 1e-6 with respect to the
 *    terms it sums, so entries far below the array's largest one can only
 *    be compared absolutely: the floor (1e-2 * max) makes that an absolute
 *    tolerance of 1e-5 * max, still ~10x above float noise;
 *  - any formula error (a wrong derivative, a missing 1/batch, a missing
 *    softmax cross term, a transposed W) gives relative errors of order 1.
 * Do not widen these to make a check pass. */
#define FD_RTOL  1e-3
#define FD_FLOOR 1e-2
#define FD_STEP  1e-6
/* RELU pre-activations closer than this to 0 would make FD meaningless
 * (the step moves a by <= 1e-6; float vs double differ by ~1e-6). */
#define RELU_MARGIN 1e-4
/* Backends against each other: both are float, differing only in the
 * order of summation (<= 64 + 50 + 40 terms, worst case ~1e-5 of the terms'
 * magnitude); compared relative to the array's largest entry. */
#define BACKEND_RTOL 1e-4

static const ffnn_backend BACKENDS[] = {FFNN_BACKEND_NAIVE, FFNN_BACKEND_BLAS,
                                        FFNN_BACKEND_AUTO};
#define N_BACKENDS 3

static ffnn_net *make_net(size_t L, const size_t *sizes,
                          const ffnn_activation *acts, ffnn_loss_function loss,
                          ffnn_backend backend)
{
    ffnn_net *net = ref_new_ffnn(L, sizes, acts, loss, backend, 11);
    assert_non_null(net);
    return net;
}

/* Read dW_l, db_l and count the entries that differ from want by more than
 * rtol relative to max(|want|, floor * largest |want| of the array). */
static size_t compare_layer_grads(ffnn_net *net, size_t l, size_t n_out,
                                  size_t n_in, const double *want_dW,
                                  const double *want_db, double rtol)
{
    float *dW = malloc(n_out * n_in * sizeof(float));
    float *db = malloc(n_out * sizeof(float));
    size_t bad = 0;
    double fw = FD_FLOOR * ref_max_abs(want_dW, n_out * n_in) + 1e-7;
    double fb = FD_FLOOR * ref_max_abs(want_db, n_out) + 1e-7;
    char label[32];

    assert_true(dW != NULL && db != NULL);
    assert_int_equal(ffnn_get_gradients(net, l, dW, db), FFNN_OK);
    snprintf(label, sizeof(label), "dW%zu", l);
    bad += ref_mismatches(label, dW, want_dW, n_out * n_in, rtol, fw);
    snprintf(label, sizeof(label), "db%zu", l);
    bad += ref_mismatches(label, db, want_db, n_out, rtol, fb);
    free(dW);
    free(db);
    return bad;
}

/* ---- the worked example ---------------------------------------------- */

static const size_t BP_SIZES[3] = {4, 4, 2};
static const ffnn_activation BP_ACTS[2] = {FFNN_ACT_SIGMOID, FFNN_ACT_SOFTMAX};
static const double BP_W1[16] = {0.1,  0.3, 0.8, -0.4, -0.3, -0.2, 0.5,  0.5,
                                 -0.3, 0.0, 0.5, 0.4,  0.2,  0.5,  -0.9, 0.7};
static const double BP_W2[8] = {0.5, 0.8, 0.2, 0.4, 0.5, 0.2, 0.3, -0.5};
static const double BP_X[4] = {2.0, 5.0, 3.0, 3.0};
static const double BP_T[2] = {1.0, 0.0};
/* NOTES.md, "Backpropagation example". */
static const double BP_YHAT[2] = {0.7703, 0.2297};
static const double BP_LOSS = 0.10549; /* 5 decimals */
static const double BP_DW2[8] = {-0.1541, -0.1304, -0.1448, -0.1477,
                                 0.1541,  0.1304,  0.1448,  0.1477};
static const double BP_DW1[16] = {
    0.0,    0.0,    0.0,    0.0,    -0.0309, -0.0774, -0.0464, -0.0464,
    0.0032, 0.0079, 0.0047, 0.0047, -0.0242, -0.0606, -0.0363, -0.0363};

static void check_backprop_example(ffnn_backend backend)
{
    ffnn_net *net = make_net(2, BP_SIZES, BP_ACTS, FFNN_LOSS_MSE, backend);
    float x[4], t[2], y[2], dW1[16], dW2[8], db[4], loss = NAN;
    double zeros[4] = {0.0};
    ref_net ref;
    ref_grads g;
    size_t bad = 0;

    assert_int_equal(ref_net_init(&ref, 2, BP_SIZES, BP_ACTS, FFNN_LOSS_MSE),
                     0);
    ref_set_layer_d(&ref, 1, BP_W1, zeros);
    ref_set_layer_d(&ref, 2, BP_W2, zeros);
    assert_int_equal(ref_push_to_ffnn(&ref, net), FFNN_OK);
    ref_d2f(BP_X, x, 4);
    ref_d2f(BP_T, t, 2);

    assert_int_equal(ffnn_forward(net, x, 1, y), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ffnn_get_gradients(net, 1, dW1, db), FFNN_OK);
    assert_int_equal(ffnn_get_gradients(net, 2, dW2, db), FFNN_OK);
    bad += ref_mismatches("yhat", y, BP_YHAT, 2, NOTES_TOL, 1.0);
    bad += ref_mismatches("loss", &loss, &BP_LOSS, 1, 6e-6, 1.0);
    bad += ref_mismatches("dW2", dW2, BP_DW2, 8, NOTES_TOL, 1.0);
    bad += ref_mismatches("dW1", dW1, BP_DW1, 16, NOTES_TOL, 1.0);

    /* Biases too, and the unrounded values, by finite differences. */
    assert_int_equal(ref_fd_gradients(&ref, BP_X, BP_T, 1, FD_STEP, &g), 0);
    for (size_t l = 1; l <= 2; ++l) {
        bad += compare_layer_grads(net, l, BP_SIZES[l], BP_SIZES[l - 1],
                                   g.dW[l - 1], g.db[l - 1], FD_RTOL);
    }
    if (bad != 0) {
        fprintf(stderr, "  in: backprop example, backend %d\n", (int)backend);
    }
    assert_int_equal(bad, 0);
    ref_grads_free(&g);
    ref_net_free(&ref);
    ffnn_net_destroy(net);
}

static void test_backprop_example(void **state)
{
    (void)state;
    for (size_t k = 0; k < N_BACKENDS; ++k) {
        check_backprop_example(BACKENDS[k]);
    }
}

/* ---- finite differences on every combination ------------------------- */

typedef struct {
    size_t L;
    size_t sizes[4];
    ffnn_activation acts[3];
    ffnn_loss_function loss;
    size_t batch;
    ffnn_backend backend;
    int raw_targets; /* CE targets in [0, 1) that need not sum to 1 */
} grad_case;

static void print_case(const grad_case *gc)
{
    fprintf(stderr, "  in: L=%zu acts=", gc->L);
    for (size_t l = 0; l < gc->L; ++l) {
        fprintf(stderr, "%s%s", l ? "/" : "", ref_act_name(gc->acts[l]));
    }
    fprintf(stderr, " loss=%s batch=%zu backend=%d%s\n",
            ref_loss_name(gc->loss), gc->batch, (int)gc->backend,
            gc->raw_targets ? " (targets not summing to 1)" : "");
}

/* Draw inputs in [-1, 1) until no RELU pre-activation is near its kink. */
static void draw_inputs(const ref_net *ref, size_t batch, uint64_t *rng,
                        float *x, double *xd)
{
    size_t n = batch * ref->sizes[0];
    for (int tries = 0; tries < 100; ++tries) {
        ref_pass p;
        double margin;
        ref_fill_uniform_f(x, n, rng, -1.0, 1.0);
        ref_f2d(x, xd, n);
        assert_int_equal(ref_forward(ref, xd, batch, &p), 0);
        margin = ref_relu_margin(ref, &p);
        ref_pass_free(&p);
        if (margin > RELU_MARGIN) {
            return;
        }
    }
    fail_msg("could not draw inputs away from the RELU kink");
}

static size_t check_gradients(const grad_case *gc, uint64_t seed)
{
    size_t n_in = gc->batch * gc->sizes[0];
    size_t n_out = gc->batch * gc->sizes[gc->L];
    float *x = malloc(n_in * sizeof(float));
    float *t = malloc(n_out * sizeof(float));
    double *xd = malloc(n_in * sizeof(double));
    double *td = malloc(n_out * sizeof(double));
    uint64_t rng = seed;
    size_t bad = 0;
    ffnn_net *net;
    ref_net ref;
    ref_grads g;

    assert_true(x != NULL && t != NULL && xd != NULL && td != NULL);
    assert_int_equal(ref_net_init(&ref, gc->L, gc->sizes, gc->acts, gc->loss),
                     0);
    ref_randomize(&ref, &rng, -1.0, 1.0);
    draw_inputs(&ref, gc->batch, &rng, x, xd);
    ref_fill_targets(t, gc->batch, gc->sizes[gc->L],
                     gc->raw_targets ? FFNN_LOSS_BCE : gc->loss, &rng);
    ref_f2d(t, td, n_out);

    net = make_net(gc->L, gc->sizes, gc->acts, gc->loss, gc->backend);
    assert_int_equal(ref_push_to_ffnn(&ref, net), FFNN_OK);
    assert_int_equal(ffnn_forward(net, x, gc->batch, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ref_fd_gradients(&ref, xd, td, gc->batch, FD_STEP, &g), 0);
    for (size_t l = 1; l <= gc->L; ++l) {
        bad += compare_layer_grads(net, l, gc->sizes[l], gc->sizes[l - 1],
                                   g.dW[l - 1], g.db[l - 1], FD_RTOL);
    }
    if (bad != 0) {
        print_case(gc);
    }
    ref_grads_free(&g);
    ref_net_free(&ref);
    ffnn_net_destroy(net);
    free(x);
    free(t);
    free(xd);
    free(td);
    return bad != 0;
}

static const size_t BATCHES[] = {1, 3, 17};
#define N_BATCHES 3
static const size_t DEPTH_SIZES[3][4] = {{4, 3}, {4, 5, 3}, {4, 5, 6, 3}};

/* Every output combination, batch and backend for one choice of hidden
 * activations; returns the number of failing cases. */
static size_t check_all_outputs(size_t L, const ffnn_activation *hidden,
                                uint64_t *seed)
{
    size_t failed = 0;
    for (size_t o = 0; o < REF_N_OUT; ++o) {
        for (size_t bi = 0; bi < N_BATCHES; ++bi) {
            for (size_t k = 0; k < N_BACKENDS; ++k) {
                grad_case gc;
                memset(&gc, 0, sizeof(gc));
                gc.L = L;
                memcpy(gc.sizes, DEPTH_SIZES[L - 1], sizeof(gc.sizes));
                for (size_t l = 0; l + 1 < L; ++l) {
                    gc.acts[l] = hidden[l];
                }
                gc.acts[L - 1] = ref_out_combos[o].out;
                gc.loss = ref_out_combos[o].loss;
                gc.batch = BATCHES[bi];
                gc.backend = BACKENDS[k];
                failed += check_gradients(&gc, (*seed)++);
            }
        }
    }
    return failed;
}

static void test_fd_depth1(void **state)
{
    uint64_t seed = 100;
    (void)state;
    assert_int_equal(check_all_outputs(1, NULL, &seed), 0);
}

static void test_fd_depth2(void **state)
{
    uint64_t seed = 200;
    size_t failed = 0;
    (void)state;
    for (size_t h = 0; h < REF_N_HIDDEN; ++h) {
        failed += check_all_outputs(2, &ref_hidden_acts[h], &seed);
    }
    assert_int_equal(failed, 0);
}

static void test_fd_depth3(void **state)
{
    uint64_t seed = 300;
    size_t failed = 0;
    (void)state;
    for (size_t h1 = 0; h1 < REF_N_HIDDEN; ++h1) {
        for (size_t h2 = 0; h2 < REF_N_HIDDEN; ++h2) {
            ffnn_activation hidden[2] = {ref_hidden_acts[h1],
                                         ref_hidden_acts[h2]};
            failed += check_all_outputs(3, hidden, &seed);
        }
    }
    assert_int_equal(failed, 0);
}

/* The header defines CE as -sum_j y_j log yhat_j for any targets, so its
 * gradient is yhat_j sum(y) - y_j, not yhat - y, when y does not sum to 1
 * (e.g. multi-label targets). */
static void test_fd_ce_unnormalised_targets(void **state)
{
    size_t failed = 0;
    uint64_t seed = 400;
    (void)state;
    for (size_t h = 0; h < REF_N_HIDDEN; ++h) {
        for (size_t bi = 0; bi < N_BATCHES; ++bi) {
            for (size_t k = 0; k < N_BACKENDS; ++k) {
                grad_case gc = {2,
                                {4, 5, 3},
                                {ref_hidden_acts[h], FFNN_ACT_SOFTMAX},
                                FFNN_LOSS_CE,
                                BATCHES[bi],
                                BACKENDS[k],
                                1};
                failed += check_gradients(&gc, seed++);
            }
        }
    }
    assert_int_equal(failed, 0);
}

/* ---- RELU at exactly 0 ----------------------------------------------- */

/* 1-1-1, RELU hidden with a_1 = 0 exactly, linear output yhat = 0.5, MSE
 * against 0: dL/dyhat = 1, so dL/dh_1 = W_2 = 1 and dL/da_1 = g'(0) = 0
 * (the header takes g'(0) as 0): both layer-1 gradients are exactly 0. */
static void test_relu_derivative_at_zero(void **state)
{
    const size_t sizes[3] = {1, 1, 1};
    const ffnn_activation acts[2] = {FFNN_ACT_RELU, FFNN_ACT_LINEAR};
    const float one = 1.0f, zero = 0.0f, half = 0.5f, x = 0.0f, t = 0.0f;
    (void)state;
    for (size_t k = 0; k < N_BACKENDS; ++k) {
        ffnn_net *net = make_net(2, sizes, acts, FFNN_LOSS_MSE, BACKENDS[k]);
        float dW1 = NAN, db1 = NAN, dW2 = NAN, db2 = NAN;
        assert_int_equal(ffnn_set_layer(net, 1, &one, &zero), FFNN_OK);
        assert_int_equal(ffnn_set_layer(net, 2, &one, &half), FFNN_OK);
        assert_int_equal(ffnn_forward(net, &x, 1, NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, &t), FFNN_OK);
        assert_int_equal(ffnn_get_gradients(net, 1, &dW1, &db1), FFNN_OK);
        assert_int_equal(ffnn_get_gradients(net, 2, &dW2, &db2), FFNN_OK);
        assert_true(dW1 == 0.0f && db1 == 0.0f);
        /* dL/dW_2 = dL/da_2 h_1 = 1 * 0, dL/db_2 = 2 (yhat - t) = 1. */
        assert_true(dW2 == 0.0f);
        assert_true(db2 == 1.0f);
        ffnn_net_destroy(net);
    }
}

/* ---- backends agree -------------------------------------------------- */

typedef struct {
    size_t L;
    size_t sizes[5];
    ffnn_activation acts[4];
    ffnn_loss_function loss;
    size_t batch;
} mixed_case;

static const mixed_case MIXED[] = {
    {3,
     {64, 50, 30, 10},
     {FFNN_ACT_RELU, FFNN_ACT_TANH, FFNN_ACT_SOFTMAX},
     FFNN_LOSS_CE,
     40},
    {3,
     {64, 50, 30, 10},
     {FFNN_ACT_SIGMOID, FFNN_ACT_RELU, FFNN_ACT_LINEAR},
     FFNN_LOSS_MSE,
     1},
    {1, {1, 1}, {FFNN_ACT_SIGMOID}, FFNN_LOSS_BCE, 1},
    {2, {7, 1, 5}, {FFNN_ACT_TANH, FFNN_ACT_SIGMOID}, FFNN_LOSS_BCE, 1},
    {2, {100, 3, 1}, {FFNN_ACT_LINEAR, FFNN_ACT_TANH}, FFNN_LOSS_MSE, 2},
    {4,
     {5, 64, 33, 64, 2},
     {FFNN_ACT_TANH, FFNN_ACT_RELU, FFNN_ACT_SIGMOID, FFNN_ACT_SOFTMAX},
     FFNN_LOSS_MSE,
     65},
    {2, {1, 128, 1}, {FFNN_ACT_RELU, FFNN_ACT_SIGMOID}, FFNN_LOSS_BCE, 300},
};
#define N_MIXED (sizeof(MIXED) / sizeof(MIXED[0]))

/* Compare two float arrays relative to the largest entry of want. */
static size_t compare_runs(const char *label, size_t l, const float *got,
                           const float *want, size_t n)
{
    double *wd = malloc(n * sizeof(double));
    char full[48];
    size_t bad;
    assert_non_null(wd);
    ref_f2d(want, wd, n);
    snprintf(full, sizeof(full), "%s%zu", label, l);
    bad = ref_mismatches(full, got, wd, n, BACKEND_RTOL,
                         ref_max_abs(wd, n) + 1e-30);
    free(wd);
    return bad;
}

/* Everything observable after forward + backward: the loss, a_l and h_l
 * for l = 0..L, dW_l and db_l for l = 1..L. */
typedef struct {
    float loss;
    float *a[5], *h[5], *dW[5], *db[5];
} observation;

static void observe(ffnn_net *net, const mixed_case *mc, const float *x,
                    const float *t, observation *ob)
{
    memset(ob, 0, sizeof(*ob));
    assert_int_equal(ffnn_forward(net, x, mc->batch, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &ob->loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    for (size_t l = 0; l <= mc->L; ++l) {
        size_t n = mc->batch * mc->sizes[l];
        ob->a[l] = malloc(n * sizeof(float));
        ob->h[l] = malloc(n * sizeof(float));
        assert_true(ob->a[l] != NULL && ob->h[l] != NULL);
        assert_int_equal(ffnn_get_activations(net, l, ob->a[l], ob->h[l]),
                         FFNN_OK);
    }
    for (size_t l = 1; l <= mc->L; ++l) {
        ob->dW[l] = malloc(mc->sizes[l] * mc->sizes[l - 1] * sizeof(float));
        ob->db[l] = malloc(mc->sizes[l] * sizeof(float));
        assert_true(ob->dW[l] != NULL && ob->db[l] != NULL);
        assert_int_equal(ffnn_get_gradients(net, l, ob->dW[l], ob->db[l]),
                         FFNN_OK);
    }
}

static void observation_free(observation *ob)
{
    for (size_t l = 0; l < 5; ++l) {
        free(ob->a[l]);
        free(ob->h[l]);
        free(ob->dW[l]);
        free(ob->db[l]);
    }
}

static size_t compare_observations(const mixed_case *mc, const observation *got,
                                   const observation *want)
{
    size_t bad = compare_runs("loss", 0, &got->loss, &want->loss, 1);
    for (size_t l = 0; l <= mc->L; ++l) {
        size_t n = mc->batch * mc->sizes[l];
        bad += compare_runs("a", l, got->a[l], want->a[l], n);
        bad += compare_runs("h", l, got->h[l], want->h[l], n);
    }
    for (size_t l = 1; l <= mc->L; ++l) {
        size_t n = mc->sizes[l] * mc->sizes[l - 1];
        bad += compare_runs("dW", l, got->dW[l], want->dW[l], n);
        bad += compare_runs("db", l, got->db[l], want->db[l], mc->sizes[l]);
    }
    return bad;
}

static size_t check_backends_agree(const mixed_case *mc, uint64_t seed)
{
    static const ffnn_backend others[] = {FFNN_BACKEND_BLAS, FFNN_BACKEND_AUTO};
    size_t nx = mc->batch * mc->sizes[0], nt = mc->batch * mc->sizes[mc->L];
    float *x = malloc(nx * sizeof(float)), *t = malloc(nt * sizeof(float));
    uint64_t rng = seed;
    ffnn_net *naive =
        make_net(mc->L, mc->sizes, mc->acts, mc->loss, FFNN_BACKEND_NAIVE);
    size_t bad = 0;
    observation want;

    assert_true(x != NULL && t != NULL);
    ref_fill_uniform_f(x, nx, &rng, -1.0, 1.0);
    ref_fill_targets(t, mc->batch, mc->sizes[mc->L], mc->loss, &rng);
    observe(naive, mc, x, t, &want);
    for (size_t k = 0; k < 2; ++k) {
        ffnn_net *other =
            make_net(mc->L, mc->sizes, mc->acts, mc->loss, others[k]);
        size_t b;
        observation got;
        observe(other, mc, x, t, &got);
        b = compare_observations(mc, &got, &want);
        if (b != 0) {
            fprintf(stderr,
                    "  in: %zu-..-%zu (L=%zu) batch %zu, "
                    "backend %d vs NAIVE\n",
                    mc->sizes[0], mc->sizes[mc->L], mc->L, mc->batch,
                    (int)others[k]);
        }
        bad += b;
        observation_free(&got);
        ffnn_net_destroy(other);
    }
    observation_free(&want);
    free(x);
    free(t);
    ffnn_net_destroy(naive);
    return bad;
}

static void test_backends_agree(void **state)
{
    size_t bad = 0;
    (void)state;
    for (size_t i = 0; i < N_MIXED; ++i) {
        bad += check_backends_agree(&MIXED[i], 1000 + i);
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_backprop_example),
        cmocka_unit_test(test_fd_depth1),
        cmocka_unit_test(test_fd_depth2),
        cmocka_unit_test(test_fd_depth3),
        cmocka_unit_test(test_fd_ce_unnormalised_targets),
        cmocka_unit_test(test_relu_derivative_at_zero),
        cmocka_unit_test(test_backends_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
