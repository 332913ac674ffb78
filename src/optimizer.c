/* optimizer.c -- gradient descent and its variants, applied in place.
 * Optimizer state (velocity m, second moment v) is laid out exactly like
 * net->params, so one offset addresses a weight, its gradient and state. */
#include "internal.h"

#include <math.h>
#include <string.h>

void ffnn__optimizer_init(ffnn__optimizer *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->kind = FFNN_OPT_SGD;
}

/* Replace the optimizer; state_vectors (0, 1 or 2) zeroed arrays of state. */
static ffnn_status install(ffnn_net *net, const ffnn__optimizer *config,
                           int state_vectors)
{
    float *state = NULL;
    if (ffnn__check_writable(net, "ffnn_set_optimizer") != FFNN_OK)
        return FFNN_ERR_STATE;
    if (state_vectors > 0) {
        size_t bytes = (size_t)state_vectors * net->n_floats * sizeof(float);
        state = ffnn__alloc(bytes);
        if (!state)
            return ffnn__fail(
                net, FFNN_ERR_NOMEM,
                "ffnn_set_optimizer: cannot allocate %zu bytes of "
                "optimizer state",
                bytes);
        memset(state, 0, bytes);
    }
    float decay = net->opt.weight_decay;
    ffnn__free(net->opt.m);
    net->opt = *config;
    net->opt.weight_decay = decay;
    net->opt.t = 0;
    net->opt.m = state;
    net->opt.v = state_vectors > 1 ? state + net->n_floats : NULL;
    for (size_t l = 0; l < net->n_layers; l++) /* the state is zero */
        net->layers[l].m_bound = net->layers[l].v_bound = 0.0f;
    return FFNN_OK;
}

static int in_unit_interval(float x)
{
    return x >= 0.0f && x < 1.0f;
}

ffnn_status ffnn_set_optimizer_sgd(ffnn_net *net)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_optimizer_sgd: net is NULL");
    ffnn__optimizer config = {.kind = FFNN_OPT_SGD};
    return install(net, &config, 0);
}

ffnn_status ffnn_set_optimizer_momentum(ffnn_net *net, float momentum,
                                        int nesterov)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_optimizer_momentum: net is NULL");
    if (!in_unit_interval(momentum))
        return ffnn__fail(
            net, FFNN_ERR_ARG,
            "ffnn_set_optimizer_momentum: momentum must be in [0, 1), got %g",
            (double)momentum);
    ffnn__optimizer config = {.kind = nesterov ? FFNN_OPT_NESTEROV
                                               : FFNN_OPT_MOMENTUM,
                              .momentum = momentum};
    return install(net, &config, 1);
}

ffnn_status ffnn_set_optimizer_adam(ffnn_net *net, float beta1, float beta2,
                                    float epsilon)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_optimizer_adam: net is NULL");
    if (!in_unit_interval(beta1) || !in_unit_interval(beta2))
        return ffnn__fail(
            net, FFNN_ERR_ARG,
            "ffnn_set_optimizer_adam: betas must be in [0, 1), got %g and %g",
            (double)beta1, (double)beta2);
    if (!(epsilon > 0.0f) || isinf(epsilon))
        return ffnn__fail(
            net, FFNN_ERR_ARG,
            "ffnn_set_optimizer_adam: epsilon must be finite and > 0, got %g",
            (double)epsilon);
    ffnn__optimizer config = {.kind = FFNN_OPT_ADAM,
                              .beta1 = beta1,
                              .beta2 = beta2,
                              .epsilon = epsilon};
    return install(net, &config, 2);
}

ffnn_status ffnn_set_weight_decay(ffnn_net *net, float lambda)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_weight_decay: net is NULL");
    if (!(lambda >= 0.0f) || isinf(lambda))
        return ffnn__fail(
            net, FFNN_ERR_ARG,
            "ffnn_set_weight_decay: decay must be finite and >= 0, got %g",
            (double)lambda);
    if (ffnn__check_writable(net, "ffnn_set_weight_decay") != FFNN_OK)
        return FFNN_ERR_STATE;
    net->opt.weight_decay = lambda;
    return FFNN_OK;
}

int ffnn_net_optimizer(const ffnn_net *net)
{
    return net ? (int)net->opt.kind : -1;
}

static const char *const optimizer_names[] = {"SGD", "MOMENTUM", "NESTEROV",
                                              "ADAM"};
static const char *const param_names[] = {"momentum", "beta1", "beta2",
                                          "epsilon", "weight_decay"};

/* Where param lives in opt, or NULL if opt's kind has no such parameter. */
static const float *optimizer_param(const ffnn__optimizer *opt,
                                    ffnn_optimizer_param param)
{
    int adam = opt->kind == FFNN_OPT_ADAM;
    int momentum = opt->kind == FFNN_OPT_MOMENTUM;
    momentum |= opt->kind == FFNN_OPT_NESTEROV;
    switch (param) {
    case FFNN_PARAM_MOMENTUM: return momentum ? &opt->momentum : NULL;
    case FFNN_PARAM_BETA1: return adam ? &opt->beta1 : NULL;
    case FFNN_PARAM_BETA2: return adam ? &opt->beta2 : NULL;
    case FFNN_PARAM_EPSILON: return adam ? &opt->epsilon : NULL;
    case FFNN_PARAM_WEIGHT_DECAY: return &opt->weight_decay;
    }
    return NULL;
}

ffnn_status ffnn_get_optimizer_param(const ffnn_net *net,
                                     ffnn_optimizer_param param, float *value)
{
    const char *fn = "ffnn_get_optimizer_param";
    if (!net || !value)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "value" : "net");
    if ((unsigned)param > FFNN_PARAM_WEIGHT_DECAY)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: unknown parameter %d", fn,
                          (int)param);
    const float *p = optimizer_param(&net->opt, param);
    if (!p)
        return ffnn__fail(net, FFNN_ERR_STATE, "%s: optimizer %s has no %s", fn,
                          optimizer_names[net->opt.kind], param_names[param]);
    *value = *p;
    return FFNN_OK;
}

/* One parameter's new value and state. */
typedef struct {
    float w, m, v;
} updated;

/* The optimizers' formulas (ffnn.h), the only place they are written. */
static inline updated update_one(ffnn_optimizer kind, const ffnn__step *c,
                                 float decay, float w, float g, float m,
                                 float v)
{
    float grad = g + decay * w;
    updated u = {w, m, v};
    switch (kind) {
    case FFNN_OPT_SGD: u.w = w - c->eta * grad; break;
    case FFNN_OPT_MOMENTUM:
        u.m = c->mu * m + grad;
        u.w = w - c->eta * u.m;
        break;
    case FFNN_OPT_NESTEROV:
        u.m = c->mu * m + grad;
        u.w = w - c->eta * (grad + c->mu * u.m);
        break;
    case FFNN_OPT_ADAM: /* the bias corrections as two constant factors, so
                           one division and one sqrt per value */
        u.m = c->b1 * m + (1.0f - c->b1) * grad;
        u.v = c->b2 * v + (1.0f - c->b2) * grad * grad;
        u.w = w - c->eta *
                      ((u.m * c->m_scale) / (sqrtf(u.v) * c->v_scale + c->eps));
        break;
    }
    return u;
}

/* One span of the parameters with its gradients and state; m and v are
 * read and written only by the kinds that have them. Inlined with kind a
 * constant, each copy is one branch-free loop that the compiler vectorises:
 * a single streaming pass. */
FFNN_ALWAYS_INLINE void update_region(ffnn_optimizer kind, const ffnn__step *c,
                                      float decay, size_t n, float *restrict w,
                                      const float *restrict g,
                                      float *restrict m, float *restrict v)
{
    int has_m = kind != FFNN_OPT_SGD, has_v = kind == FFNN_OPT_ADAM;
    for (size_t k = 0; k < n; k++) {
        updated u = update_one(kind, c, decay, w[k], g[k], has_m ? m[k] : 0,
                               has_v ? v[k] : 0);
        w[k] = u.w;
        if (has_m)
            m[k] = u.m;
        if (has_v)
            v[k] = u.v;
    }
}

/* 1 if every value the span's update would store is finite. */
FFNN_ALWAYS_INLINE int
region_stays_finite(ffnn_optimizer kind, const ffnn__step *c, float decay,
                    size_t n, const float *restrict w, const float *restrict g,
                    const float *restrict m, const float *restrict v)
{
    int has_m = kind != FFNN_OPT_SGD, has_v = kind == FFNN_OPT_ADAM;
    uint32_t bad = 0;
    for (size_t k = 0; k < n; k++) {
        updated u = update_one(kind, c, decay, w[k], g[k], has_m ? m[k] : 0,
                               has_v ? v[k] : 0);
        /* x - x is 0 for finite x and NaN otherwise */
        bad |= (u.w - u.w != 0.0f) | (u.m - u.m != 0.0f) | (u.v - u.v != 0.0f);
    }
    return !bad;
}

/* Floats [off, off + n) of the parameters, their gradients and state, for
 * one kind of optimizer: with check, only whether all stays finite; else
 * the update itself. */
FFNN_ALWAYS_INLINE int span_kind(ffnn_net *net, ffnn_optimizer kind,
                                 const ffnn__step *c, size_t off, size_t n,
                                 float decay, int check)
{
    float *m = net->opt.m ? net->opt.m + off : NULL;
    float *v = net->opt.v ? net->opt.v + off : NULL;
    float *w = net->params + off;
    const float *g = net->grads + off;
    if (check)
        return region_stays_finite(kind, c, decay, n, w, g, m, v);
    update_region(kind, c, decay, n, w, g, m, v);
    return 1;
}

/* The same, the optimizer's kind chosen once per span, not per value. */
FFNN_SIMD_CLONES static int span_step(ffnn_net *net, const ffnn__step *c,
                                      size_t off, size_t n, float decay,
                                      int check)
{
    switch (net->opt.kind) {
    case FFNN_OPT_MOMENTUM:
        return span_kind(net, FFNN_OPT_MOMENTUM, c, off, n, decay, check);
    case FFNN_OPT_NESTEROV:
        return span_kind(net, FFNN_OPT_NESTEROV, c, off, n, decay, check);
    case FFNN_OPT_ADAM:
        return span_kind(net, FFNN_OPT_ADAM, c, off, n, decay, check);
    default: return span_kind(net, FFNN_OPT_SGD, c, off, n, decay, check);
    }
}

/* Layers first .. end - 1. Without weight decay, which alone tells W from
 * b, as one span, the padding between the matrices included: it is zero
 * in the parameters, gradients and state, and every update keeps it so.
 * With decay, each W and b apart. */
static int layers_step(ffnn_net *net, const ffnn__step *c, size_t first,
                       size_t end, int check)
{
    const ffnn__layer *a = &net->layers[first], *z = &net->layers[end - 1];
    if (c->decay == 0.0f) {
        size_t from = (size_t)(a->W - net->params);
        size_t to = (size_t)(z->b - net->params) + z->n_out;
        return span_step(net, c, from, to - from, 0.0f, check);
    }
    int ok = 1;
    for (size_t l = first; l < end; l++) {
        const ffnn__layer *L = &net->layers[l];
        ok &= span_step(net, c, (size_t)(L->W - net->params),
                        L->n_out * L->n_in, c->decay, check);
        ok &= span_step(net, c, (size_t)(L->b - net->params), L->n_out, 0.0f,
                        check); /* never decay on biases */
    }
    return ok;
}

/* ---- proving a step finite without a pass over memory ----
 * Each layer carries upper bounds of max |W|, |b|, |m|, v and of its
 * gradients |dW|, |db|. From them the formulas bound every value a step
 * computes, grad = g + lambda w included:
 *   SGD       |w'| <= W + eta G
 *   momentum  |m'| <= mu M + G,  |w'| <= W + eta |m'|
 *   Nesterov  |m'| as momentum,  |w'| <= W + eta (G + mu |m'|)
 *   Adam      |m'| <= b1 M + (1 - b1) G,  v' <= b2 V + (1 - b2) G^2,
 *             |w'| <= W + eta (|m'| / (1 - b1^t)) / eps
 * If all stay below FLT_MAX / 2 (as ffnn__step_bounds, the factor 2 is the
 * margin for float rounding in the bounds themselves), no value can become
 * infinite or NaN, and the new bounds are those of the next step. Unknown
 * or loose bounds are measured first; a step they cannot prove is checked
 * value by value, and only refused if a value really would overflow. */

static float max_of(const float *x, size_t n)
{
    return x ? ffnn__magnitude_value(ffnn__max_magnitude(x, n)) : 0.0f;
}

/* max |s| over a layer's W and b parts of one state vector (0 if none). */
static float state_max(const float *s, size_t w_off, size_t n_w, size_t b_off,
                       size_t n_b)
{
    float w = max_of(s ? s + w_off : NULL, n_w);
    float b = max_of(s ? s + b_off : NULL, n_b);
    return w > b ? w : b;
}

static int known(float bound)
{
    return bound <= FFNN_BOUND_LOOSE;
}

/* Measure the bounds of layer L that are unknown or grown loose; those of
 * its gradients only if they are stored. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static void
measure_unknown(ffnn_net *net, ffnn__layer *L, int grads_stored)
{
    size_t w_off = (size_t)(L->W - net->params), n_w = L->n_out * L->n_in;
    size_t b_off = (size_t)(L->b - net->params);
    const float *m = net->opt.m, *v = net->opt.v;
    if (!known(L->w_bound) || !known(L->b_bound))
        ffnn__measure_bounds(L);
    if (grads_stored && (!known(L->dw_bound) || !known(L->db_bound))) {
        L->dw_bound = max_of(L->dW, n_w);
        L->db_bound = max_of(L->db, L->n_out);
    }
    if (!known(L->m_bound))
        L->m_bound = state_max(m, w_off, n_w, b_off, L->n_out);
    if (!known(L->v_bound))
        L->v_bound = state_max(v, w_off, n_w, b_off, L->n_out);
}

/* 1 if all of layer L's bounds are known: the common case, in one test. */
static inline int all_known(const ffnn__layer *L)
{
    return known(L->w_bound) & known(L->b_bound) & known(L->m_bound) &
           known(L->v_bound) & known(L->dw_bound) & known(L->db_bound);
}

/* Layer L's bounds after the step, stored at once; 1 if they prove it
 * finite. NaN-safe: NaN < limit is false. */
FFNN_ALWAYS_INLINE int layer_stays_bounded(ffnn__layer *L, ffnn_optimizer kind,
                                           const ffnn__step *c)
{
    const float limit = FLT_MAX / 2;
    float gw = L->dw_bound + c->decay * L->w_bound, gb = L->db_bound;
    float g = gw > gb ? gw : gb, m = L->m_bound, v = L->v_bound;
    float step_w = c->eta * gw, step_b = c->eta * gb;
    int ok = 1;
    switch (kind) {
    case FFNN_OPT_SGD: break;
    case FFNN_OPT_MOMENTUM:
        m = c->mu * m + g;
        step_w = step_b = c->eta * m;
        break;
    case FFNN_OPT_NESTEROV:
        m = c->mu * m + g;
        step_w = c->eta * (gw + c->mu * m);
        step_b = c->eta * (gb + c->mu * m);
        break;
    case FFNN_OPT_ADAM:
        m = c->b1 * m + (1.0f - c->b1) * g;
        v = c->b2 * v + (1.0f - c->b2) * g * g; /* as update_one rounds */
        /* m' / (1 - b1^t), then over sqrt(v' / (1 - b2^t)) + eps >= eps */
        ok = (v < limit) & (m * c->m_scale < limit);
        step_w = step_b = c->eta * ((m * c->m_scale) / c->eps);
        break;
    }
    L->w_bound = ffnn__bound_up(L->w_bound + step_w);
    L->b_bound = ffnn__bound_up(L->b_bound + step_b);
    L->m_bound = ffnn__bound_up(m);
    L->v_bound = ffnn__bound_up(v);
    /* gw and gb each: the max g above drops a NaN */
    return ok & (gw < limit) & (gb < limit) & (m < limit) &
           (L->w_bound < limit) & (L->b_bound < limit);
}

void ffnn__step_begin(const ffnn_net *net, float eta, ffnn__step *s)
{
    const ffnn__optimizer *opt = &net->opt;
    *s = (ffnn__step){.eta = eta,
                      .decay = opt->weight_decay,
                      .mu = opt->momentum,
                      .b1 = opt->beta1,
                      .b2 = opt->beta2,
                      .eps = opt->epsilon};
    if (opt->kind == FFNN_OPT_ADAM) {
        double t = (double)opt->t + 1;
        s->m_scale = (float)(1.0 / (1.0 - pow(opt->beta1, t)));
        s->v_scale = (float)(1.0 / sqrt(1.0 - pow(opt->beta2, t)));
    }
}

/* Every layer's bounds after the step, for one kind of optimizer. */
FFNN_ALWAYS_INLINE int layers_stay_bounded(ffnn_net *net, ffnn_optimizer kind,
                                           const ffnn__step *s,
                                           int grads_stored)
{
    int ok = 1;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        if (!all_known(L))
            measure_unknown(net, L, grads_stored);
        ok &= layer_stays_bounded(L, kind, s);
    }
    return ok;
}

int ffnn__step_proven(ffnn_net *net, const ffnn__step *s, int grads_stored)
{
    int ok;
    switch (net->opt.kind) {
    case FFNN_OPT_MOMENTUM:
        ok = layers_stay_bounded(net, FFNN_OPT_MOMENTUM, s, grads_stored);
        break;
    case FFNN_OPT_NESTEROV:
        ok = layers_stay_bounded(net, FFNN_OPT_NESTEROV, s, grads_stored);
        break;
    case FFNN_OPT_ADAM:
        ok = layers_stay_bounded(net, FFNN_OPT_ADAM, s, grads_stored);
        break;
    default:
        ok = layers_stay_bounded(net, FFNN_OPT_SGD, s, grads_stored);
        break;
    }
    if (!ok)
        ffnn__forget_bounds(net);
    return ok;
}

int ffnn__step_checked(ffnn_net *net, const ffnn__step *s)
{
    return layers_step(net, s, 0, net->n_layers, 1);
}

void ffnn__step_layer(ffnn_net *net, const ffnn__step *s, size_t l)
{
    layers_step(net, s, l, l + 1, 0);
}

void ffnn__step_all(ffnn_net *net, const ffnn__step *s)
{
    layers_step(net, s, 0, net->n_layers, 0);
}

void ffnn__step_end(ffnn_net *net)
{
    net->opt.t++;
}

int ffnn__optimizer_step(ffnn_net *net, float eta)
{
    ffnn__step s;
    ffnn__step_begin(net, eta, &s);
    if (!ffnn__step_proven(net, &s, 1) && !ffnn__step_checked(net, &s))
        return 0;
    ffnn__step_all(net, &s);
    ffnn__step_end(net);
    return 1;
}

/* ---- the state as flat vectors (ffnn.h section 13) ---- */

static size_t state_vectors(const ffnn__optimizer *opt)
{
    return opt->v ? 2 : opt->m ? 1 : 0;
}

size_t ffnn_optimizer_state_size(const ffnn_net *net)
{
    return net ? state_vectors(&net->opt) * ffnn_net_num_params(net) : 0;
}

ffnn_status ffnn_get_optimizer_state(const ffnn_net *net, float *state,
                                     size_t n, uint64_t *step)
{
    ffnn_status s =
        ffnn__check_vector(net, state, n, ffnn_optimizer_state_size(net),
                           "ffnn_get_optimizer_state");
    if (s != FFNN_OK)
        return s;
    size_t p = ffnn_net_num_params(net);
    if (net->opt.m)
        ffnn__flat_gather(net, net->opt.m, state);
    if (net->opt.v)
        ffnn__flat_gather(net, net->opt.v, state + p);
    if (step) /* the others count too, but nothing reads their count */
        *step = net->opt.kind == FFNN_OPT_ADAM ? net->opt.t : 0;
    return FFNN_OK;
}

/* 1 if state can be the optimizer's: finite, and Adam's v >= 0. */
static int valid_state(const ffnn_net *net, const float *state, size_t n)
{
    int ok = ffnn__all_finite(state, n);
    for (size_t k = net->opt.v ? n / 2 : n; k < n; k++)
        ok &= state[k] >= 0.0f;
    return ok;
}

ffnn_status ffnn_set_optimizer_state(ffnn_net *net, const float *state,
                                     size_t n, uint64_t step)
{
    const char *fn = "ffnn_set_optimizer_state";
    ffnn_status s =
        ffnn__check_vector(net, state, n, ffnn_optimizer_state_size(net), fn);
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, fn);
    if (s != FFNN_OK)
        return s;
    if (step && net->opt.kind != FFNN_OPT_ADAM)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: step must be 0: %s counts no steps", fn,
                          optimizer_names[net->opt.kind]);
    if (!valid_state(net, state, n))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "%s: NaN, infinity or a negative second moment", fn);
    if (net->opt.m)
        ffnn__flat_scatter(net, state, net->opt.m);
    if (net->opt.v)
        ffnn__flat_scatter(net, state + ffnn_net_num_params(net), net->opt.v);
    net->opt.t = step;
    for (size_t l = 0; l < net->n_layers; l++)
        net->layers[l].m_bound = net->layers[l].v_bound = FFNN_BOUND_UNKNOWN;
    return FFNN_OK;
}

/* Whether value is one param can take (the setters' ranges). */
static int param_in_range(ffnn_optimizer_param param, float value)
{
    switch (param) {
    case FFNN_PARAM_EPSILON: return value > 0.0f && !isinf(value);
    case FFNN_PARAM_WEIGHT_DECAY: return value >= 0.0f && !isinf(value);
    default: return in_unit_interval(value);
    }
}

ffnn_status ffnn_set_optimizer_param(ffnn_net *net, ffnn_optimizer_param param,
                                     float value)
{
    const char *fn = "ffnn_set_optimizer_param";
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    if ((unsigned)param > FFNN_PARAM_WEIGHT_DECAY)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: unknown parameter %d", fn,
                          (int)param);
    float *p = (float *)optimizer_param(&net->opt, param);
    if (!p)
        return ffnn__fail(net, FFNN_ERR_STATE, "%s: optimizer %s has no %s", fn,
                          optimizer_names[net->opt.kind], param_names[param]);
    if (!param_in_range(param, value))
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s cannot be %g", fn,
                          param_names[param], (double)value);
    if (ffnn__check_writable(net, fn) != FFNN_OK)
        return FFNN_ERR_STATE;
    *p = value; /* the state stays; Adam's bias corrections use beta^t */
    return FFNN_OK;
}
