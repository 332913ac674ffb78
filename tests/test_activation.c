/*
 * test_activation.c -- forward values and losses.
 *
 *  - the course's binary-class and multi-class worked examples (values from
 *    /work/shared/seed/NOTES.md) on the NAIVE and BLAS backends;
 *  - every allowed activation / loss combination against the double
 *    reference of reference.c;
 *  - numerical stability: saturated pre-activations give finite outputs,
 *    finite BCE / CE losses equal to their analytic values, and finite
 *    gradients equal to the analytic p - t.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "ffnn.h"
#include "reference.h"

/* The NOTES values are printed to 4 decimals, so the true value lies within
 * 5e-5 of them; float rounding in a 4-wide network adds ~1e-6. */
#define NOTES_TOL 6e-5
/* Library (float) against reference (double), relative to max(|v|, 1):
 * a layer's pre-activation is a sum of <= 7 products of magnitude <= 2, so
 * float rounding contributes ~1e-6 per layer, amplified by at most the
 * width (<= 6) per following layer. 1e-4 keeps a 10x margin over that
 * worst case; a wrong formula (wrong activation, transposed W, missing
 * bias) gives errors of order 0.1. */
#define FWD_RTOL 1e-4
/* Saturated cases are computed exactly in float except for one rounding of
 * the result, hence a tolerance of a few float ulps. */
#define SAT_RTOL 1e-6

static const ffnn_backend BACKENDS[] = {FFNN_BACKEND_NAIVE, FFNN_BACKEND_BLAS};
#define N_BACKENDS 2

static ffnn_net *make_net(size_t L, const size_t *sizes,
                          const ffnn_activation *acts, ffnn_loss_function loss,
                          ffnn_backend backend)
{
    ffnn_net *net = ref_new_ffnn(L, sizes, acts, loss, backend, 7);
    assert_non_null(net);
    return net;
}

/* ---- the worked examples -------------------------------------------- */

typedef struct {
    const char *name;
    size_t sizes[3];
    ffnn_activation acts[2];
    ffnn_loss_function loss;
    double W1[16], b1[4], W2[12], b2[3];
    double x[4], t[3];
    double a1[4], h1[4], a2[3], yhat[3];
    double loss_value;
} seed_example;

/* Binary-class slide. NOTES prints yhat = 0.7152 and L = 1.2560, but those
 * come from truncating yhat: sigmoid(0.921228) = 0.715292 and
 * -ln(1 - 0.715292) = 1.256292, so the values to 4 decimals are 0.7153 and
 * 1.2563 (a1, h1 and a2 are as printed). */
static const seed_example binary_example = {
    "binary",
    {4, 4, 1},
    {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID},
    FFNN_LOSS_BCE,
    {0.9, 0.2, 0.4, 0.3, -0.5, 0.4, 0.3, 0.3, 0.1, 0.1, -0.1, 0.2, -0.2, 0.5,
     0.5, 0.7},
    {0.5, 0.5, 0.5, 0.5},
    {0.5, 0.8, -0.6, 0.3},
    {0.3},
    {-0.6, -0.6, 0.2, 0.3},
    {0.0},
    {0.01, 0.71, 0.42, 0.63},
    {0.5025, 0.6704, 0.6035, 0.6525},
    {0.9212},
    {0.7153},
    1.2563,
};

/* Multi-class slide with the NOTES correction of a2[2]. */
static const seed_example multi_example = {
    "multi",
    {4, 4, 3},
    {FFNN_ACT_SIGMOID, FFNN_ACT_SOFTMAX},
    FFNN_LOSS_CE,
    {0.1, 0.3, 0.8, -0.4, -0.3, -0.2, 0.5, 0.5, -0.3, 0.1, 0.5, 0.4, 0.2, 0.5,
     -0.9, 0.7},
    {0.0, 0.0, 0.0, 0.0},
    {0.3, 0.8, -0.2, -0.4, 0.5, -0.2, -0.3, 0.5, 0.2, 0.1, 0.6, 0.6},
    {0.0, 0.0, 0.0},
    {0.6, 0.4, 0.6, 0.1},
    {0.0, 0.0, 1.0},
    {0.62, 0.09, 0.20, -0.15},
    {0.6502, 0.5225, 0.5498, 0.4626},
    {0.3181, 0.2869, 0.7897},
    {0.2800, 0.2714, 0.4487},
    0.8015,
};

static void check_example(const seed_example *ex, ffnn_backend backend)
{
    const size_t n1 = ex->sizes[1], n2 = ex->sizes[2];
    ffnn_net *net = make_net(2, ex->sizes, ex->acts, ex->loss, backend);
    float x[4], t[3], y[3], a1[4], h1[4], a2[3], h2[3], loss = NAN;
    ref_net ref;
    size_t bad = 0;

    assert_int_equal(ref_net_init(&ref, 2, ex->sizes, ex->acts, ex->loss), 0);
    ref_set_layer_d(&ref, 1, ex->W1, ex->b1);
    ref_set_layer_d(&ref, 2, ex->W2, ex->b2);
    assert_int_equal(ref_push_to_ffnn(&ref, net), FFNN_OK);
    ref_d2f(ex->x, x, 4);
    ref_d2f(ex->t, t, n2);

    assert_int_equal(ffnn_forward(net, x, 1, y), FFNN_OK);
    assert_int_equal(ffnn_get_activations(net, 1, a1, h1), FFNN_OK);
    assert_int_equal(ffnn_get_activations(net, 2, a2, h2), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);

    fprintf(stderr, "%s example, backend %d: yhat[0] %.6f loss %.6f\n",
            ex->name, (int)backend, (double)y[0], (double)loss);
    bad += ref_mismatches("a1", a1, ex->a1, n1, NOTES_TOL, 1.0);
    bad += ref_mismatches("h1", h1, ex->h1, n1, NOTES_TOL, 1.0);
    bad += ref_mismatches("a2", a2, ex->a2, n2, NOTES_TOL, 1.0);
    bad += ref_mismatches("h2", h2, ex->yhat, n2, NOTES_TOL, 1.0);
    bad += ref_mismatches("y", y, ex->yhat, n2, NOTES_TOL, 1.0);
    bad += ref_mismatches("loss", &loss, &ex->loss_value, 1, NOTES_TOL, 1.0);
    /* The same numbers, unrounded, from the double reference. */
    {
        double want = ref_mean_loss(&ref, ex->x, ex->t, 1);
        bad += ref_mismatches("loss (ref)", &loss, &want, 1, 1e-5, 1.0);
    }
    assert_int_equal(bad, 0);
    ref_net_free(&ref);
    ffnn_net_destroy(net);
}

static void test_binary_example(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_BACKENDS; ++i) {
        check_example(&binary_example, BACKENDS[i]);
    }
}

static void test_multi_example(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_BACKENDS; ++i) {
        check_example(&multi_example, BACKENDS[i]);
    }
}

/* ---- every activation against the reference -------------------------- */

typedef struct {
    size_t L;
    size_t sizes[4];
    size_t batch;
} shape;

static const shape SHAPES[] = {
    {1, {4, 3}, 5},
    {2, {3, 5, 4}, 6},
    {3, {3, 5, 6, 4}, 1},
    {3, {2, 6, 5, 3}, 9},
};
#define N_SHAPES (sizeof(SHAPES) / sizeof(SHAPES[0]))

/* Compare a_l and h_l of every layer, the output and the loss. */
static size_t compare_pass(ffnn_net *net, const ref_net *ref, const float *x,
                           const float *t, size_t batch)
{
    size_t L = ref->n_layers, bad = 0, widest = 0;
    size_t n_out = ref->sizes[L];
    double *xd = malloc(batch * ref->sizes[0] * sizeof(double));
    double *td = malloc(batch * n_out * sizeof(double));
    float *buf_a, *buf_h;
    float loss = NAN;
    ref_pass p;
    double want_loss;

    for (size_t l = 0; l <= L; ++l) {
        widest = ref->sizes[l] > widest ? ref->sizes[l] : widest;
    }
    buf_a = malloc(batch * widest * sizeof(float));
    buf_h = malloc(batch * widest * sizeof(float));
    assert_true(xd != NULL && td != NULL && buf_a != NULL && buf_h != NULL);
    ref_f2d(x, xd, batch * ref->sizes[0]);
    ref_f2d(t, td, batch * n_out);
    assert_int_equal(ref_forward(ref, xd, batch, &p), 0);
    assert_int_equal(ffnn_forward(net, x, batch, buf_h), FFNN_OK);
    bad += ref_mismatches("y", buf_h, p.h[L], batch * n_out, FWD_RTOL, 1.0);
    for (size_t l = 0; l <= L; ++l) {
        size_t n = batch * ref->sizes[l];
        assert_int_equal(ffnn_get_activations(net, l, buf_a, buf_h), FFNN_OK);
        bad += ref_mismatches("a_l", buf_a, p.a[l], n, FWD_RTOL, 1.0);
        bad += ref_mismatches("h_l", buf_h, p.h[l], n, FWD_RTOL, 1.0);
    }
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    want_loss = ref_mean_loss(ref, xd, td, batch);
    bad += ref_mismatches("loss", &loss, &want_loss, 1, FWD_RTOL, 1.0);
    ref_pass_free(&p);
    free(xd);
    free(td);
    free(buf_a);
    free(buf_h);
    return bad;
}

static size_t check_forward_combo(const shape *sh, ffnn_activation hidden,
                                  const ref_out_combo *oc, ffnn_backend backend,
                                  uint64_t *rng)
{
    ffnn_activation acts[3];
    size_t n_out = sh->sizes[sh->L], bad;
    float *x = malloc(sh->batch * sh->sizes[0] * sizeof(float));
    float *t = malloc(sh->batch * n_out * sizeof(float));
    ffnn_net *net;
    ref_net ref;

    assert_true(x != NULL && t != NULL);
    for (size_t l = 0; l + 1 < sh->L; ++l) {
        acts[l] = hidden;
    }
    acts[sh->L - 1] = oc->out;
    net = make_net(sh->L, sh->sizes, acts, oc->loss, backend);
    assert_int_equal(ref_net_init(&ref, sh->L, sh->sizes, acts, oc->loss), 0);
    ref_randomize(&ref, rng, -1.0, 1.0);
    assert_int_equal(ref_push_to_ffnn(&ref, net), FFNN_OK);
    ref_fill_uniform_f(x, sh->batch * sh->sizes[0], rng, -2.0, 2.0);
    ref_fill_targets(t, sh->batch, n_out, oc->loss, rng);

    bad = compare_pass(net, &ref, x, t, sh->batch);
    if (bad != 0) {
        fprintf(stderr, "  in: L=%zu hidden=%s out=%s loss=%s backend=%d\n",
                sh->L, ref_act_name(hidden), ref_act_name(oc->out),
                ref_loss_name(oc->loss), (int)backend);
    }
    ref_net_free(&ref);
    ffnn_net_destroy(net);
    free(x);
    free(t);
    return bad;
}

static void test_forward_every_activation(void **state)
{
    uint64_t rng = 12345;
    size_t bad = 0;
    (void)state;
    for (size_t s = 0; s < N_SHAPES; ++s) {
        for (size_t h = 0; h < REF_N_HIDDEN; ++h) {
            for (size_t o = 0; o < REF_N_OUT; ++o) {
                for (size_t k = 0; k < N_BACKENDS; ++k) {
                    bad += check_forward_combo(&SHAPES[s], ref_hidden_acts[h],
                                               &ref_out_combos[o], BACKENDS[k],
                                               &rng);
                }
            }
        }
    }
    assert_int_equal(bad, 0);
}

/* ---- saturation ------------------------------------------------------ */

/* A one-layer network with W = I and b = 0, so a_1 = x exactly. */
static ffnn_net *identity_net(size_t n, ffnn_activation g,
                              ffnn_loss_function loss, ffnn_backend backend)
{
    const size_t sizes[2] = {n, n};
    float W[16] = {0}, b[4] = {0};
    ffnn_net *net = make_net(1, sizes, &g, loss, backend);
    assert_true(n <= 4);
    for (size_t j = 0; j < n; ++j) {
        W[j * n + j] = 1.0f;
    }
    assert_int_equal(ffnn_set_layer(net, 1, W, b), FFNN_OK);
    return net;
}

static void check_saturated_forward(ffnn_activation g, ffnn_backend backend)
{
    static const double xs[4] = {-1000.0, -200.0, 200.0, 1000.0};
    ffnn_net *net = identity_net(4, g, FFNN_LOSS_MSE, backend);
    float x[4], y[4];
    double want[4];

    ref_d2f(xs, x, 4);
    assert_int_equal(ffnn_forward(net, x, 1, y), FFNN_OK);
    if (g == FFNN_ACT_SOFTMAX) {
        ref_softmax(xs, 4, want);
    } else {
        for (size_t j = 0; j < 4; ++j) {
            want[j] = ref_activate(g, xs[j]);
        }
    }
    for (size_t j = 0; j < 4; ++j) {
        assert_true(isfinite(y[j]));
    }
    assert_int_equal(
        ref_mismatches(ref_act_name(g), y, want, 4, SAT_RTOL, 1e-6), 0);
    ffnn_net_destroy(net);
}

static void test_saturated_activations(void **state)
{
    static const ffnn_activation all[] = {FFNN_ACT_LINEAR, FFNN_ACT_SIGMOID,
                                          FFNN_ACT_TANH, FFNN_ACT_RELU,
                                          FFNN_ACT_SOFTMAX};
    (void)state;
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); ++i) {
        for (size_t k = 0; k < N_BACKENDS; ++k) {
            check_saturated_forward(all[i], BACKENDS[k]);
        }
    }
}

typedef struct {
    ffnn_loss_function loss;
    size_t n;
    double a[3];
    double t[3];
    double loss_value; /* by hand: softplus / log-sum-exp */
} saturated_case;

/* softplus(200) = 200 + log1p(e^-200) = 200 in double and float;
 * lse(-200, 0, 200) = 200, so CE against class 0 is 200 - (-200) = 400. */
static const saturated_case SATURATED[] = {
    {FFNN_LOSS_CE, 2, {200.0, 0.0}, {0.0, 1.0}, 200.0},
    {FFNN_LOSS_CE, 2, {200.0, 0.0}, {1.0, 0.0}, 0.0},
    {FFNN_LOSS_CE, 3, {-200.0, 0.0, 200.0}, {1.0, 0.0, 0.0}, 400.0},
    {FFNN_LOSS_CE, 3, {-200.0, 0.0, 200.0}, {0.0, 0.5, 0.5}, 100.0},
    {FFNN_LOSS_BCE, 1, {200.0}, {0.0}, 200.0},
    {FFNN_LOSS_BCE, 1, {-200.0}, {1.0}, 200.0},
    {FFNN_LOSS_BCE, 2, {-200.0, 200.0}, {0.0, 1.0}, 0.0},
    {FFNN_LOSS_BCE, 2, {200.0, -200.0}, {0.5, 0.5}, 200.0},
};
#define N_SATURATED (sizeof(SATURATED) / sizeof(SATURATED[0]))

/* dL/da by hand: sigmoid(a) - t for BCE; p sum(t) - t for CE. With W = I
 * and a batch of one, dL/dW = dL/da x^T and dL/db = dL/da. */
static void analytic_grad(const saturated_case *c, double *dW, double *db)
{
    double p[3], tsum = 0.0;
    if (c->loss == FFNN_LOSS_CE) {
        ref_softmax(c->a, c->n, p);
    }
    for (size_t j = 0; j < c->n; ++j) {
        tsum += c->t[j];
    }
    for (size_t j = 0; j < c->n; ++j) {
        db[j] = c->loss == FFNN_LOSS_CE
                    ? p[j] * tsum - c->t[j]
                    : ref_activate(FFNN_ACT_SIGMOID, c->a[j]) - c->t[j];
        for (size_t k = 0; k < c->n; ++k) {
            dW[j * c->n + k] = db[j] * c->a[k];
        }
    }
}

static void check_saturated_loss(const saturated_case *c, ffnn_backend backend)
{
    ffnn_activation g =
        c->loss == FFNN_LOSS_CE ? FFNN_ACT_SOFTMAX : FFNN_ACT_SIGMOID;
    ffnn_net *net = identity_net(c->n, g, c->loss, backend);
    float x[3], t[3], loss = NAN, dW[9], db[3];
    double want_dW[9], want_db[3], ref_loss;
    size_t bad = 0;

    ref_d2f(c->a, x, c->n);
    ref_d2f(c->t, t, c->n);
    assert_int_equal(ffnn_forward(net, x, 1, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    assert_true(isfinite(loss));
    /* The hand value agrees with the reference's stable formula. */
    ref_loss = ref_sample_loss(c->loss, c->a, NULL, c->t, c->n);
    assert_true(fabs(ref_loss - c->loss_value) <= 1e-9 * c->loss_value + 1e-9);
    bad += ref_mismatches("loss", &loss, &c->loss_value, 1, SAT_RTOL, 1e-6);

    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ffnn_get_gradients(net, 1, dW, db), FFNN_OK);
    for (size_t i = 0; i < c->n * c->n; ++i) {
        assert_true(isfinite(dW[i]));
    }
    analytic_grad(c, want_dW, want_db);
    bad += ref_mismatches("dW", dW, want_dW, c->n * c->n, SAT_RTOL, 1e-6);
    bad += ref_mismatches("db", db, want_db, c->n, SAT_RTOL, 1e-6);
    if (bad != 0) {
        fprintf(stderr, "  in: %s a[0]=%g backend=%d\n", ref_loss_name(c->loss),
                c->a[0], (int)backend);
    }
    assert_int_equal(bad, 0);
    ffnn_net_destroy(net);
}

static void test_saturated_losses(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_SATURATED; ++i) {
        for (size_t k = 0; k < N_BACKENDS; ++k) {
            check_saturated_loss(&SATURATED[i], BACKENDS[k]);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_binary_example),
        cmocka_unit_test(test_multi_example),
        cmocka_unit_test(test_forward_every_activation),
        cmocka_unit_test(test_saturated_activations),
        cmocka_unit_test(test_saturated_losses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
