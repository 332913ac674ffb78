/*
 * test_optimizer.c -- ffnn_step with every optimizer.
 *
 * Each step runs forward + backward, reads the weights (ffnn_get_layer) and
 * the gradients (ffnn_get_gradients), computes the update in double from the
 * header's formulas while tracking the optimizer state (v, m, s, t) in the
 * test, then compares with the weights after ffnn_step. Also: choosing an
 * optimizer resets its state, weight decay touches W only, bad
 * hyper-parameters are refused (FFNN_ERR_ARG) without changing anything,
 * and ffnn_get_optimizer_param reads back exactly what was set.
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

/* The weights after a step are compared with tolerance
 *   W_RTOL * |w| + U_RTOL * |update| :
 * W_RTOL covers the final float rounding of w (6e-8 relative); U_RTOL the
 * float evaluation of the update: the optimizer state is kept in float by
 * the library and in double here (~1e-7 relative drift a step), and Adam's
 * 1 - beta2^t cancels up to ~200x the float error of beta2^t (~3e-5 for
 * t <= 5). A wrong formula (a missing bias correction, Nesterov's extra
 * term, decay applied to b, eps inside the sqrt) changes the update by far
 * more than 1e-2 of itself. */
#define W_RTOL 1e-6
#define U_RTOL 1e-4

#define BATCH   5
#define N_STEPS 5

static const size_t SIZES[3] = {3, 4, 2};
static const ffnn_activation ACTS[2] = {FFNN_ACT_TANH, FFNN_ACT_LINEAR};

/* ---- an optimizer choice and its state, as the test models it -------- */

typedef struct {
    ffnn_optimizer opt;
    float mu;
    int nesterov;
    float b1, b2, eps;
} opt_config;

typedef struct {
    opt_config cfg;
    double decay;
    long t;
    double *v; /* momentum velocity, or Adam's first moment */
    double *s; /* Adam's second moment */
    size_t n;
} opt_model;

/* A network with non-zero biases, a fixed batch and a flat view of its
 * parameters: layer by layer, W_l then b_l. */
typedef struct {
    ffnn_net *net;
    size_t n_params;
    unsigned char *is_weight;
    float x[BATCH * 3];
    float t[BATCH * 2];
    opt_model model;
} rig;

static void model_select(opt_model *m, const opt_config *cfg)
{
    m->cfg = *cfg;
    m->t = 0;
    memset(m->v, 0, m->n * sizeof(double));
    memset(m->s, 0, m->n * sizeof(double));
}

/* The update u with w_new = w - u, from the header's formulas. */
static double model_update(opt_model *m, size_t i, double g, double lr)
{
    const opt_config *c = &m->cfg;
    switch (c->opt) {
    case FFNN_OPT_SGD: return lr * g;
    case FFNN_OPT_MOMENTUM: m->v[i] = c->mu * m->v[i] + g; return lr * m->v[i];
    case FFNN_OPT_NESTEROV:
        m->v[i] = c->mu * m->v[i] + g;
        return lr * (g + c->mu * m->v[i]);
    case FFNN_OPT_ADAM:
        m->v[i] = c->b1 * m->v[i] + (1.0 - c->b1) * g;
        m->s[i] = c->b2 * m->s[i] + (1.0 - c->b2) * g * g;
        return lr * (m->v[i] / (1.0 - pow(c->b1, (double)m->t))) /
               (sqrt(m->s[i] / (1.0 - pow(c->b2, (double)m->t))) + c->eps);
    }
    return NAN;
}

/* ---- the rig --------------------------------------------------------- */

static void rig_read(ffnn_net *net, float *flat, int grads)
{
    size_t pos = 0;
    for (size_t l = 1; l <= 2; ++l) {
        float *W = flat + pos, *b = W + SIZES[l] * SIZES[l - 1];
        assert_int_equal(grads ? ffnn_get_gradients(net, l, W, b)
                               : ffnn_get_layer(net, l, W, b),
                         FFNN_OK);
        pos += SIZES[l] * (SIZES[l - 1] + 1);
    }
}

static void rig_init(rig *r, uint64_t seed)
{
    uint64_t rng = seed;
    ref_net ref;
    size_t pos = 0;

    memset(r, 0, sizeof(*r));
    assert_int_equal(
        ffnn_net_create(&r->net, 2, SIZES, ACTS, FFNN_LOSS_MSE, seed), FFNN_OK);
    /* Random W and, unlike the default init, non-zero b. */
    assert_int_equal(ref_net_init(&ref, 2, SIZES, ACTS, FFNN_LOSS_MSE), 0);
    ref_randomize(&ref, &rng, -1.0, 1.0);
    assert_int_equal(ref_push_to_ffnn(&ref, r->net), FFNN_OK);
    ref_net_free(&ref);
    ref_fill_uniform_f(r->x, BATCH * 3, &rng, -1.0, 1.0);
    ref_fill_uniform_f(r->t, BATCH * 2, &rng, -1.0, 1.0);

    r->n_params = ffnn_net_num_params(r->net);
    assert_int_equal(r->n_params, 4 * 4 + 2 * 5);
    r->is_weight = calloc(r->n_params, 1);
    r->model.v = calloc(r->n_params, sizeof(double));
    r->model.s = calloc(r->n_params, sizeof(double));
    r->model.n = r->n_params;
    assert_true(r->is_weight && r->model.v && r->model.s);
    for (size_t l = 1; l <= 2; ++l) {
        memset(r->is_weight + pos, 1, SIZES[l] * SIZES[l - 1]);
        pos += SIZES[l] * (SIZES[l - 1] + 1);
    }
}

static void rig_free(rig *r)
{
    ffnn_net_destroy(r->net);
    free(r->is_weight);
    free(r->model.v);
    free(r->model.s);
}

/* Choose the optimizer in the library and in the model. */
static void rig_select(rig *r, const opt_config *cfg)
{
    ffnn_status st = FFNN_ERR_ARG;
    switch (cfg->opt) {
    case FFNN_OPT_SGD: st = ffnn_set_optimizer_sgd(r->net); break;
    case FFNN_OPT_MOMENTUM:
    case FFNN_OPT_NESTEROV:
        st = ffnn_set_optimizer_momentum(r->net, cfg->mu,
                                         cfg->opt == FFNN_OPT_NESTEROV);
        break;
    case FFNN_OPT_ADAM:
        st = ffnn_set_optimizer_adam(r->net, cfg->b1, cfg->b2, cfg->eps);
        break;
    }
    assert_int_equal(st, FFNN_OK);
    model_select(&r->model, cfg);
}

static void rig_set_decay(rig *r, float lambda)
{
    assert_int_equal(ffnn_set_weight_decay(r->net, lambda), FFNN_OK);
    r->model.decay = lambda;
}

/* forward, backward, step; returns the number of weights off the model. */
static size_t rig_step(rig *r, float lr)
{
    size_t n = r->n_params, bad = 0;
    float *w = malloc(n * sizeof(float)), *g = malloc(n * sizeof(float));
    float *after = malloc(n * sizeof(float));

    assert_true(w != NULL && g != NULL && after != NULL);
    assert_int_equal(ffnn_forward(r->net, r->x, BATCH, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(r->net, r->t), FFNN_OK);
    rig_read(r->net, w, 0);
    rig_read(r->net, g, 1);
    assert_int_equal(ffnn_step(r->net, lr), FFNN_OK);
    rig_read(r->net, after, 0);
    r->model.t += 1;
    for (size_t i = 0; i < n; ++i) {
        double gi = g[i] + (r->is_weight[i] ? r->model.decay * w[i] : 0.0);
        double u = model_update(&r->model, i, gi, lr);
        double want = (double)w[i] - u;
        double err = fabs((double)after[i] - want);
        if (!(err <= W_RTOL * fabs(want) + U_RTOL * fabs(u) + 1e-12)) {
            if (bad++ < 5) {
                fprintf(stderr,
                        "param %zu (%s), step %ld: got %.9g, want %.9g "
                        "(w %.9g, g %.9g, update %.9g)\n",
                        i, r->is_weight[i] ? "W" : "b", r->model.t,
                        (double)after[i], want, (double)w[i], (double)g[i], u);
            }
        }
    }
    free(w);
    free(g);
    free(after);
    return bad;
}

/* ---- consecutive steps with every optimizer -------------------------- */

typedef struct {
    const char *name;
    opt_config cfg;
    float decay;
    float lr;
} opt_case;

static const opt_case CASES[] = {
    {"sgd", {FFNN_OPT_SGD, 0, 0, 0, 0, 0}, 0.0f, 0.1f},
    {"sgd+decay", {FFNN_OPT_SGD, 0, 0, 0, 0, 0}, 0.1f, 0.1f},
    {"momentum", {FFNN_OPT_MOMENTUM, 0.9f, 0, 0, 0, 0}, 0.0f, 0.05f},
    {"momentum0", {FFNN_OPT_MOMENTUM, 0.0f, 0, 0, 0, 0}, 0.0f, 0.05f},
    {"momentum+decay", {FFNN_OPT_MOMENTUM, 0.5f, 0, 0, 0, 0}, 0.2f, 0.05f},
    {"nesterov", {FFNN_OPT_NESTEROV, 0.9f, 1, 0, 0, 0}, 0.0f, 0.05f},
    {"nesterov+decay", {FFNN_OPT_NESTEROV, 0.7f, 1, 0, 0, 0}, 0.1f, 0.05f},
    {"adam", {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.999f, 1e-8f}, 0.0f, 0.01f},
    {"adam-odd", {FFNN_OPT_ADAM, 0, 0, 0.5f, 0.8f, 1e-2f}, 0.0f, 0.05f},
    {"adam0", {FFNN_OPT_ADAM, 0, 0, 0.0f, 0.0f, 1e-3f}, 0.0f, 0.01f},
    {"adam+decay", {FFNN_OPT_ADAM, 0, 0, 0.8f, 0.99f, 1e-6f}, 0.3f, 0.02f},
    {"adam-big-eps", {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.999f, 100.0f}, 0.0f, 5.0f},
};
#define N_CASES (sizeof(CASES) / sizeof(CASES[0]))

static void run_case(const opt_case *c, uint64_t seed)
{
    rig r;
    size_t bad = 0;
    rig_init(&r, seed);
    rig_select(&r, &c->cfg);
    assert_int_equal(ffnn_net_optimizer(r.net), (int)c->cfg.opt);
    if (c->decay != 0.0f) {
        rig_set_decay(&r, c->decay);
    }
    for (int k = 0; k < N_STEPS; ++k) {
        bad += rig_step(&r, c->lr);
    }
    if (bad != 0) {
        fprintf(stderr, "  in: optimizer case %s\n", c->name);
    }
    assert_int_equal(bad, 0);
    rig_free(&r);
}

static void test_optimizer_updates(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_CASES; ++i) {
        run_case(&CASES[i], 40 + i);
    }
}

/* A step whose bounds cannot prove it finite is checked value by value,
 * not refused: W_1[0][0] = 3e38 (above the bounds' limit of FLT_MAX / 2)
 * meets inputs of 0 only, so its gradient is 0 and every value stays
 * finite. Every optimizer takes the step, as the model says; but Adam with
 * weight decay is refused, rightly, since its second moment would take
 * (lambda w)^2 ~ 1e76. */
static void test_unprovable_finite_step_is_taken(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_CASES; ++i) {
        rig r;
        float W1[4 * 3], before[26], after[26];
        rig_init(&r, 70 + i);
        rig_select(&r, &CASES[i].cfg);
        rig_set_decay(&r, CASES[i].decay);
        assert_int_equal(ffnn_get_layer(r.net, 1, W1, NULL), FFNN_OK);
        W1[0] = 3e38f;
        assert_int_equal(ffnn_set_layer(r.net, 1, W1, NULL), FFNN_OK);
        for (size_t s = 0; s < BATCH; ++s)
            r.x[s * 3] = 0.0f;
        if (CASES[i].cfg.opt == FFNN_OPT_ADAM && CASES[i].decay != 0.0f) {
            rig_read(r.net, before, 0);
            assert_int_equal(ffnn_forward(r.net, r.x, BATCH, NULL), FFNN_OK);
            assert_int_equal(ffnn_backward(r.net, r.t), FFNN_OK);
            assert_int_equal(ffnn_step(r.net, CASES[i].lr), FFNN_ERR_NUMERIC);
            rig_read(r.net, after, 0);
            assert_memory_equal(before, after, sizeof after);
            rig_free(&r);
            continue;
        }
        size_t bad = 0;
        for (int k = 0; k < 3; ++k)
            bad += rig_step(&r, CASES[i].lr);
        if (bad != 0)
            fprintf(stderr, "  in: optimizer case %s\n", CASES[i].name);
        assert_int_equal(bad, 0);
        rig_free(&r);
    }
}

/* Adam refuses a step whose second moment would overflow even where the
 * weights would not: targets of 1e22 make the output layer's gradients
 * ~1e21 and (1 - b2) g^2 > FLT_MAX, while the step itself is about lr. */
static void test_adam_second_moment_overflow_is_refused(void **state)
{
    (void)state;
    const opt_config adam = {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.999f, 1e-8f};
    rig r;
    float before[26], after[26];
    rig_init(&r, 11);
    rig_select(&r, &adam);
    for (size_t k = 0; k < BATCH * 2; ++k)
        r.t[k] = 1e22f;
    rig_read(r.net, before, 0);
    assert_int_equal(ffnn_forward(r.net, r.x, BATCH, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(r.net, r.t), FFNN_OK);
    assert_int_equal(ffnn_step(r.net, 1e-3f), FFNN_ERR_NUMERIC);
    assert_int_equal(ffnn_train_step(r.net, r.x, r.t, BATCH, 1e-3f, NULL),
                     FFNN_ERR_NUMERIC);
    rig_read(r.net, after, 0);
    assert_memory_equal(before, after, sizeof after);
    rig_free(&r);
}

/* Adam's step eta (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps) is
 * finite though eta / (1 - b1^t) is not: with eps = 100 and eta = 3e38 the
 * steps are ~1e37 while eta / (1 - b1) overflows, and so would eta m'. The
 * step is taken, as the model says. */
static void test_adam_huge_rate_with_large_eps_is_taken(void **state)
{
    (void)state;
    const opt_config adam = {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.999f, 100.0f};
    rig r;
    rig_init(&r, 21);
    rig_select(&r, &adam);
    assert_int_equal(rig_step(&r, 3e38f), 0);
    rig_free(&r);
}

/* Momentum and Nesterov refuse a step that their velocity makes overflow:
 * 800 steps at learning rate 0 keep the gradient g fixed and grow the
 * velocity to about g / (1 - mu) = 100 g; a learning rate with eta max|g| =
 * 1e37 then asks for steps of about 1e39, which only the velocity's share
 * of the update (mu v' in Nesterov's) takes past FLT_MAX. */
static void test_velocity_overflow_is_refused(void **state)
{
    (void)state;
    static const opt_config cfgs[] = {{FFNN_OPT_MOMENTUM, 0.99f, 0, 0, 0, 0},
                                      {FFNN_OPT_NESTEROV, 0.99f, 1, 0, 0, 0}};
    for (size_t i = 0; i < 2; ++i) {
        rig r;
        float before[26], after[26], g[26];
        rig_init(&r, 12 + i);
        rig_select(&r, &cfgs[i]);
        for (int k = 0; k < 800; ++k) {
            assert_int_equal(ffnn_forward(r.net, r.x, BATCH, NULL), FFNN_OK);
            assert_int_equal(ffnn_backward(r.net, r.t), FFNN_OK);
            assert_int_equal(ffnn_step(r.net, 0.0f), FFNN_OK);
        }
        rig_read(r.net, g, 1);
        float g_max = 0.0f;
        for (size_t k = 0; k < 26; ++k)
            g_max = fabsf(g[k]) > g_max ? fabsf(g[k]) : g_max;
        rig_read(r.net, before, 0);
        assert_int_equal(ffnn_step(r.net, 1e37f / g_max), FFNN_ERR_NUMERIC);
        rig_read(r.net, after, 0);
        assert_memory_equal(before, after, sizeof after);
        rig_free(&r);
    }
}

/* Steps at the edge of float: weights, inputs and learning rates drawn
 * over many decades, so that some steps overflow and some only just do
 * not. A step taken must leave every weight finite (the bounds that let it
 * skip the exact check are sound); a step refused must change nothing. */
static void test_steps_near_overflow(void **state)
{
    (void)state;
    uint64_t rng = 99;
    size_t taken = 0, refused = 0;
    for (size_t i = 0; i < N_CASES; ++i) {
        for (int trial = 0; trial < 60; ++trial) {
            rig r;
            float w[26], after[26];
            rig_init(&r, 500 + 60 * i + (size_t)trial);
            rig_select(&r, &CASES[i].cfg);
            rig_set_decay(&r, CASES[i].decay);
            for (int k = 0; k < 3; ++k) { /* state from ordinary steps */
                assert_int_equal(ffnn_forward(r.net, r.x, BATCH, NULL),
                                 FFNN_OK);
                assert_int_equal(ffnn_backward(r.net, r.t), FFNN_OK);
                assert_int_equal(ffnn_step(r.net, 0.01f), FFNN_OK);
            }
            double scale = pow(10.0, ref_uniform(&rng, 0.0, 37.0));
            for (size_t k = 0; k < BATCH * 3; ++k)
                r.x[k] *= (float)pow(10.0, ref_uniform(&rng, 0.0, 3.0));
            rig_read(r.net, w, 0);
            for (size_t k = 0; k < 26; ++k)
                w[k] = (float)(w[k] * scale);
            assert_int_equal(ffnn_set_layer(r.net, 1, w, w + 12), FFNN_OK);
            assert_int_equal(ffnn_set_layer(r.net, 2, w + 16, w + 24), FFNN_OK);
            float lr = (float)pow(10.0, ref_uniform(&rng, -3.0, 38.5));
            assert_int_equal(ffnn_forward(r.net, r.x, BATCH, NULL), FFNN_OK);
            ffnn_status s = ffnn_backward(r.net, r.t);
            assert_int_equal(s, FFNN_OK);
            s = ffnn_step(r.net, lr);
            rig_read(r.net, after, 0);
            if (s == FFNN_OK) {
                taken++;
                for (size_t k = 0; k < 26; ++k)
                    assert_true(isfinite(after[k]));
            } else {
                refused++;
                assert_int_equal(s, FFNN_ERR_NUMERIC);
                assert_memory_equal(w, after, sizeof w);
            }
            rig_free(&r);
        }
    }
    /* Both outcomes must have been exercised, or the test shows nothing. */
    assert_true(taken > N_CASES * 5);
    assert_true(refused > N_CASES * 5);
}

/* The default optimizer is plain gradient descent without decay. */
static void test_default_is_sgd(void **state)
{
    const opt_config sgd = {FFNN_OPT_SGD, 0, 0, 0, 0, 0};
    rig r;
    (void)state;
    rig_init(&r, 3);
    assert_int_equal(ffnn_net_optimizer(r.net), FFNN_OPT_SGD);
    model_select(&r.model, &sgd);
    assert_int_equal(rig_step(&r, 0.1f), 0);
    assert_int_equal(rig_step(&r, 0.0f), 0); /* lr 0 is allowed */
    rig_free(&r);
}

/* Choosing an optimizer again resets velocities, moments and t. */
static void test_reselect_resets_state(void **state)
{
    static const opt_config cfgs[] = {
        {FFNN_OPT_MOMENTUM, 0.9f, 0, 0, 0, 0},
        {FFNN_OPT_NESTEROV, 0.9f, 1, 0, 0, 0},
        {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.99f, 1e-8f},
    };
    (void)state;
    for (size_t i = 0; i < sizeof(cfgs) / sizeof(cfgs[0]); ++i) {
        rig r;
        size_t bad = 0;
        rig_init(&r, 60 + i);
        rig_select(&r, &cfgs[i]);
        bad += rig_step(&r, 0.05f);
        bad += rig_step(&r, 0.05f);
        rig_select(&r, &cfgs[i]); /* the model's state restarts too */
        bad += rig_step(&r, 0.05f);
        bad += rig_step(&r, 0.05f);
        /* Switching through another optimizer also starts afresh. */
        rig_select(&r, &cfgs[(i + 1) % 3]);
        bad += rig_step(&r, 0.05f);
        assert_int_equal(bad, 0);
        rig_free(&r);
    }
}

/* ---- bad hyper-parameters -------------------------------------------- */

typedef enum { BAD_MOMENTUM, BAD_ADAM, BAD_DECAY, BAD_LR } bad_kind;

typedef struct {
    bad_kind kind;
    float p1, p2, p3; /* mu / beta1, beta2, eps / lambda / lr */
} bad_call;

static const bad_call BAD_CALLS[] = {
    {BAD_MOMENTUM, -0.1f, 0, 0},
    {BAD_MOMENTUM, 1.0f, 0, 0},
    {BAD_MOMENTUM, 1.5f, 1, 0},
    {BAD_MOMENTUM, NAN, 0, 0},
    {BAD_MOMENTUM, INFINITY, 0, 0},
    {BAD_ADAM, 1.0f, 0.999f, 1e-8f},
    {BAD_ADAM, 0.9f, 1.0f, 1e-8f},
    {BAD_ADAM, -0.1f, 0.999f, 1e-8f},
    {BAD_ADAM, 0.9f, -0.5f, 1e-8f},
    {BAD_ADAM, 0.9f, 0.999f, 0.0f},
    {BAD_ADAM, 0.9f, 0.999f, -1e-8f},
    {BAD_ADAM, NAN, 0.999f, 1e-8f},
    {BAD_ADAM, 0.9f, NAN, 1e-8f},
    {BAD_ADAM, 0.9f, 0.999f, NAN},
    {BAD_ADAM, 0.9f, 1.5f, 1e-8f},
    {BAD_DECAY, -0.1f, 0, 0},
    {BAD_DECAY, NAN, 0, 0},
    {BAD_DECAY, -INFINITY, 0, 0},
    {BAD_LR, -0.1f, 0, 0},
    {BAD_LR, NAN, 0, 0},
    {BAD_LR, INFINITY, 0, 0},
};
#define N_BAD (sizeof(BAD_CALLS) / sizeof(BAD_CALLS[0]))

static ffnn_status make_bad_call(ffnn_net *net, const bad_call *b)
{
    switch (b->kind) {
    case BAD_MOMENTUM:
        return ffnn_set_optimizer_momentum(net, b->p1, (int)b->p2);
    case BAD_ADAM: return ffnn_set_optimizer_adam(net, b->p1, b->p2, b->p3);
    case BAD_DECAY: return ffnn_set_weight_decay(net, b->p1);
    case BAD_LR: return ffnn_step(net, b->p1);
    }
    return FFNN_OK;
}

/* The optimizer in use before the bad call: one the call would visibly
 * replace (Adam before a bad momentum call, momentum before a bad Adam
 * call), with a decay the bad decay call would change. */
static const opt_config *prior_config(bad_kind kind)
{
    static const opt_config adam = {FFNN_OPT_ADAM, 0, 0, 0.9f, 0.99f, 1e-8f};
    static const opt_config mom = {FFNN_OPT_MOMENTUM, 0.8f, 0, 0, 0, 0};
    return kind == BAD_MOMENTUM ? &adam : &mom;
}

/* ffnn_get_optimizer_param reads back exactly what cfg and decay set, and
 * refuses, with FFNN_ERR_STATE and a message, the parameters cfg's
 * optimizer does not have. */
static void check_params(const ffnn_net *net, const opt_config *cfg,
                         float decay)
{
    int momentum =
        cfg->opt == FFNN_OPT_MOMENTUM || cfg->opt == FFNN_OPT_NESTEROV;
    int adam = cfg->opt == FFNN_OPT_ADAM;
    const struct {
        ffnn_optimizer_param param;
        int present;
        float want;
        const char *name;
    } expect[] = {{FFNN_PARAM_MOMENTUM, momentum, cfg->mu, "momentum"},
                  {FFNN_PARAM_BETA1, adam, cfg->b1, "beta1"},
                  {FFNN_PARAM_BETA2, adam, cfg->b2, "beta2"},
                  {FFNN_PARAM_EPSILON, adam, cfg->eps, "epsilon"},
                  {FFNN_PARAM_WEIGHT_DECAY, 1, decay, "weight_decay"}};
    for (size_t k = 0; k < sizeof expect / sizeof expect[0]; k++) {
        float got = -12345.0f;
        ffnn_status st = ffnn_get_optimizer_param(net, expect[k].param, &got);
        if (expect[k].present) {
            assert_int_equal(st, FFNN_OK);
            assert_memory_equal(&got, &expect[k].want, sizeof got);
        } else {
            assert_int_equal(st, FFNN_ERR_STATE);
            assert_true(got == -12345.0f); /* not written */
            assert_non_null(strstr(ffnn_net_last_error(net), expect[k].name));
        }
    }
}

static void test_params_read_back(void **state)
{
    (void)state;
    rig r;
    rig_init(&r, 60);
    const opt_config sgd = {FFNN_OPT_SGD, 0, 0, 0, 0, 0};
    check_params(r.net, &sgd, 0.0f); /* the defaults */
    for (size_t i = 0; i < N_CASES; ++i) {
        rig_select(&r, &CASES[i].cfg);
        rig_set_decay(&r, CASES[i].decay);
        check_params(r.net, &CASES[i].cfg, CASES[i].decay);
    }
    /* The decay outlives a change of optimizer; a clone keeps both. */
    rig_set_decay(&r, 0.25f);
    const opt_config nesterov = {FFNN_OPT_NESTEROV, 0.7f, 1, 0, 0, 0};
    rig_select(&r, &nesterov);
    check_params(r.net, &nesterov, 0.25f);
    ffnn_net *copy = NULL;
    assert_int_equal(ffnn_net_clone(r.net, &copy), FFNN_OK);
    check_params(copy, &nesterov, 0.25f);
    ffnn_net_destroy(copy);

    float v = -1.0f;
    const int unknown[] = {-1, 5, 1000};
    for (size_t k = 0; k < sizeof unknown / sizeof unknown[0]; k++) {
        assert_int_equal(ffnn_get_optimizer_param(
                             r.net, (ffnn_optimizer_param)unknown[k], &v),
                         FFNN_ERR_ARG);
        assert_non_null(strstr(ffnn_net_last_error(r.net), "unknown"));
    }
    assert_int_equal(
        ffnn_get_optimizer_param(r.net, FFNN_PARAM_WEIGHT_DECAY, NULL),
        FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_optimizer_param(NULL, FFNN_PARAM_BETA1, &v),
                     FFNN_ERR_ARG);
    assert_true(v == -1.0f);
    rig_free(&r);
}

static void check_bad_call(const bad_call *b, uint64_t seed)
{
    const opt_config *prior = prior_config(b->kind);
    size_t n;
    float *before, *after;
    rig r;

    rig_init(&r, seed);
    rig_select(&r, prior);
    rig_set_decay(&r, 0.05f);
    assert_int_equal(rig_step(&r, 0.05f), 0); /* state is now non-zero */
    n = r.n_params;
    before = malloc(n * sizeof(float));
    after = malloc(n * sizeof(float));
    assert_true(before != NULL && after != NULL);
    rig_read(r.net, before, 0);

    assert_int_equal(make_bad_call(r.net, b), FFNN_ERR_ARG);
    assert_true(strlen(ffnn_net_last_error(r.net)) > 0);
    assert_int_equal(ffnn_net_optimizer(r.net), (int)prior->opt);
    check_params(r.net, prior, 0.05f); /* hyper-parameters unchanged too */
    rig_read(r.net, after, 0);
    assert_memory_equal(before, after, n * sizeof(float));
    /* The next step continues with the old hyper-parameters and state. */
    assert_int_equal(rig_step(&r, 0.05f), 0);
    free(before);
    free(after);
    rig_free(&r);
}

static void test_bad_hyperparameters(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_BAD; ++i) {
        check_bad_call(&BAD_CALLS[i], 80 + i);
    }
}

static void test_null_net(void **state)
{
    (void)state;
    assert_int_equal(ffnn_set_optimizer_sgd(NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_momentum(NULL, 0.9f, 0), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_adam(NULL, 0.9f, 0.999f, 1e-8f),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_weight_decay(NULL, 0.1f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_step(NULL, 0.1f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_net_optimizer(NULL), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_optimizer_updates),
        cmocka_unit_test(test_unprovable_finite_step_is_taken),
        cmocka_unit_test(test_steps_near_overflow),
        cmocka_unit_test(test_velocity_overflow_is_refused),
        cmocka_unit_test(test_adam_huge_rate_with_large_eps_is_taken),
        cmocka_unit_test(test_adam_second_moment_overflow_is_refused),
        cmocka_unit_test(test_default_is_sgd),
        cmocka_unit_test(test_reselect_resets_state),
        cmocka_unit_test(test_bad_hyperparameters),
        cmocka_unit_test(test_null_net),
        cmocka_unit_test(test_params_read_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
