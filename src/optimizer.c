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

/* Per-step constants, so the inner loops do no more than they must. */
typedef struct {
    float eta, decay, mu, b1, b2, eps, bias1, bias2;
} step_consts;

/* One parameter's new value and state. */
typedef struct {
    float w, m, v;
} updated;

static inline updated update_one(ffnn_optimizer kind, const step_consts *c,
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
    case FFNN_OPT_ADAM:
        u.m = c->b1 * m + (1.0f - c->b1) * grad;
        u.v = c->b2 * v + (1.0f - c->b2) * grad * grad;
        u.w = w - c->eta * (u.m / c->bias1) / (sqrtf(u.v / c->bias2) + c->eps);
        break;
    }
    return u;
}

static int finite(float x)
{
    return x - x == 0.0f;
} /* NaN, inf: NaN */

/* With commit 0, whether every updated value of the region is finite; with
 * commit 1, store them. m and v may be NULL when the optimizer has none. */
static int update_region(const ffnn__optimizer *opt, const step_consts *c,
                         float decay, size_t n, float *restrict w,
                         const float *restrict g, float *restrict m,
                         float *restrict v, int commit)
{
    int ok = 1;
    for (size_t k = 0; k < n; k++) {
        updated u = update_one(opt->kind, c, decay, w[k], g[k], m ? m[k] : 0,
                               v ? v[k] : 0);
        if (commit) {
            w[k] = u.w;
            if (m)
                m[k] = u.m;
            if (v)
                v[k] = u.v;
        } else {
            ok &= finite(u.w) & finite(u.m) & finite(u.v);
        }
    }
    return ok;
}

/* Check every layer (commit 0) or apply to every layer (commit 1). */
static int update_all(ffnn_net *net, const step_consts *c, int commit)
{
    const ffnn__optimizer *opt = &net->opt;
    int ok = 1;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        size_t w_off = (size_t)(L->W - net->params);
        size_t b_off = (size_t)(L->b - net->params);
        float *m = opt->m, *v = opt->v;
        ok &= update_region(opt, c, c->decay, L->n_out * L->n_in, L->W, L->dW,
                            m ? m + w_off : NULL, v ? v + w_off : NULL, commit);
        ok &= update_region(opt, c, 0.0f, L->n_out, L->b, L->db,
                            m ? m + b_off : NULL, v ? v + b_off : NULL, commit);
    }
    return ok;
}

/* Two passes: the first proves the step keeps everything finite, the
 * second makes it. A refused step changes nothing, not even Adam's t. */
int ffnn__optimizer_step(ffnn_net *net, float eta)
{
    const ffnn__optimizer *opt = &net->opt;
    step_consts c = {eta,        opt->weight_decay, opt->momentum, opt->beta1,
                     opt->beta2, opt->epsilon,      1.0f,          1.0f};
    if (opt->kind == FFNN_OPT_ADAM) {
        double t = (double)opt->t + 1;
        c.bias1 = (float)(1.0 - pow(opt->beta1, t));
        c.bias2 = (float)(1.0 - pow(opt->beta2, t));
    }
    if (!update_all(net, &c, 0))
        return 0;
    update_all(net, &c, 1);
    net->opt.t++;
    return 1;
}
