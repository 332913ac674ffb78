/*
 * reference.c -- double-precision reference MLP and test helpers; see
 * reference.h. Everything here follows the formulas of ffnn.h directly.
 */
#include "reference.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the allowed configurations --------------------------------------- */

const ffnn_activation ref_hidden_acts[REF_N_HIDDEN] = {
    FFNN_ACT_LINEAR, FFNN_ACT_SIGMOID,    FFNN_ACT_TANH,
    FFNN_ACT_RELU,   FFNN_ACT_LEAKY_RELU, FFNN_ACT_ELU,
    FFNN_ACT_GELU,   FFNN_ACT_SILU,       FFNN_ACT_SOFTPLUS};

const ref_out_combo ref_out_combos[REF_N_OUT] = {
    {FFNN_ACT_LINEAR, FFNN_LOSS_MSE},  {FFNN_ACT_SIGMOID, FFNN_LOSS_MSE},
    {FFNN_ACT_TANH, FFNN_LOSS_MSE},    {FFNN_ACT_RELU, FFNN_LOSS_MSE},
    {FFNN_ACT_SOFTMAX, FFNN_LOSS_MSE}, {FFNN_ACT_SIGMOID, FFNN_LOSS_BCE},
    {FFNN_ACT_SOFTMAX, FFNN_LOSS_CE},  {FFNN_ACT_LEAKY_RELU, FFNN_LOSS_MSE},
    {FFNN_ACT_ELU, FFNN_LOSS_MSE},     {FFNN_ACT_GELU, FFNN_LOSS_MSE},
    {FFNN_ACT_SILU, FFNN_LOSS_MSE},    {FFNN_ACT_SOFTPLUS, FFNN_LOSS_MSE}};

const char *ref_act_name(ffnn_activation g)
{
    static const char *names[] = {"linear", "sigmoid", "tanh", "relu",
                                  "softmax"};
    return (int)g >= 0 && (int)g < 5 ? names[g] : "?";
}

const char *ref_loss_name(ffnn_loss_function loss)
{
    static const char *names[] = {"mse", "bce", "ce"};
    return (int)loss >= 0 && (int)loss < 3 ? names[loss] : "?";
}

/* ---- the network ---------------------------------------------------- */

int ref_net_init(ref_net *r, size_t n_layers, const size_t *sizes,
                 const ffnn_activation *acts, ffnn_loss_function loss)
{
    memset(r, 0, sizeof(*r));
    if (n_layers < 1 || n_layers > REF_MAX_LAYERS) {
        return -1;
    }
    r->n_layers = n_layers;
    r->loss = loss;
    for (size_t l = 0; l <= n_layers; ++l) {
        r->sizes[l] = sizes[l];
    }
    for (size_t l = 1; l <= n_layers; ++l) {
        r->acts[l - 1] = acts[l - 1];
        r->W[l - 1] = calloc(sizes[l] * sizes[l - 1], sizeof(double));
        r->b[l - 1] = calloc(sizes[l], sizeof(double));
        if (r->W[l - 1] == NULL || r->b[l - 1] == NULL) {
            ref_net_free(r);
            return -1;
        }
    }
    return 0;
}

void ref_net_free(ref_net *r)
{
    for (size_t l = 0; l < REF_MAX_LAYERS; ++l) {
        free(r->W[l]);
        free(r->b[l]);
        r->W[l] = NULL;
        r->b[l] = NULL;
    }
}

void ref_set_layer_f(ref_net *r, size_t l, const float *W, const float *b)
{
    if (W != NULL) {
        ref_f2d(W, r->W[l - 1], r->sizes[l] * r->sizes[l - 1]);
    }
    if (b != NULL) {
        ref_f2d(b, r->b[l - 1], r->sizes[l]);
    }
}

void ref_set_layer_d(ref_net *r, size_t l, const double *W, const double *b)
{
    if (W != NULL) {
        memcpy(r->W[l - 1], W, r->sizes[l] * r->sizes[l - 1] * sizeof(double));
    }
    if (b != NULL) {
        memcpy(r->b[l - 1], b, r->sizes[l] * sizeof(double));
    }
}

static int copy_layer_from_ffnn(ref_net *r, const ffnn_net *net, size_t l)
{
    size_t nw = r->sizes[l] * r->sizes[l - 1];
    float *W = malloc(nw * sizeof(float));
    float *b = malloc(r->sizes[l] * sizeof(float));
    int rc = -1;
    if (W != NULL && b != NULL && ffnn_get_layer(net, l, W, b) == FFNN_OK) {
        ref_set_layer_f(r, l, W, b);
        rc = 0;
    }
    free(W);
    free(b);
    return rc;
}

int ref_net_from_ffnn(ref_net *r, const ffnn_net *net)
{
    size_t L = ffnn_net_num_layers(net);
    size_t sizes[REF_MAX_LAYERS + 1];
    ffnn_activation acts[REF_MAX_LAYERS];
    if (L < 1 || L > REF_MAX_LAYERS) {
        return -1;
    }
    for (size_t l = 0; l <= L; ++l) {
        sizes[l] = ffnn_net_layer_size(net, l);
    }
    for (size_t l = 1; l <= L; ++l) {
        acts[l - 1] = (ffnn_activation)ffnn_net_activation(net, l);
    }
    if (ref_net_init(r, L, sizes, acts,
                     (ffnn_loss_function)ffnn_net_loss_function(net)) != 0) {
        return -1;
    }
    for (size_t l = 1; l <= L; ++l) {
        if (copy_layer_from_ffnn(r, net, l) != 0) {
            ref_net_free(r);
            return -1;
        }
    }
    return 0;
}

static void randomize_d(double *v, size_t n, uint64_t *state, double lo,
                        double hi)
{
    for (size_t i = 0; i < n; ++i) {
        v[i] = (double)(float)ref_uniform(state, lo, hi);
    }
}

void ref_randomize(ref_net *r, uint64_t *state, double lo, double hi)
{
    for (size_t l = 1; l <= r->n_layers; ++l) {
        randomize_d(r->W[l - 1], r->sizes[l] * r->sizes[l - 1], state, lo, hi);
        randomize_d(r->b[l - 1], r->sizes[l], state, lo, hi);
    }
}

ffnn_status ref_push_to_ffnn(const ref_net *r, ffnn_net *net)
{
    ffnn_status st = FFNN_OK;
    for (size_t l = 1; l <= r->n_layers && st == FFNN_OK; ++l) {
        size_t nw = r->sizes[l] * r->sizes[l - 1];
        float *W = malloc(nw * sizeof(float));
        float *b = malloc(r->sizes[l] * sizeof(float));
        st = FFNN_ERR_NOMEM;
        if (W != NULL && b != NULL) {
            ref_d2f(r->W[l - 1], W, nw);
            ref_d2f(r->b[l - 1], b, r->sizes[l]);
            st = ffnn_set_layer(net, l, W, b);
        }
        free(W);
        free(b);
    }
    return st;
}

/* ---- scalar and vector maths ---------------------------------------- */

double ref_activate(ffnn_activation g, double a)
{
    switch (g) {
    case FFNN_ACT_LINEAR: return a;
    case FFNN_ACT_SIGMOID:
        /* Both branches avoid exp overflow. */
        if (a >= 0.0) {
            return 1.0 / (1.0 + exp(-a));
        } else {
            double e = exp(a);
            return e / (1.0 + e);
        }
    case FFNN_ACT_TANH: return tanh(a);
    case FFNN_ACT_RELU: return a > 0.0 ? a : 0.0;
    /* PyTorch's definitions and defaults (ffnn.h) */
    case FFNN_ACT_LEAKY_RELU: return a > 0.0 ? a : 0.01 * a;
    case FFNN_ACT_ELU: return a > 0.0 ? a : expm1(a);
    case FFNN_ACT_GELU: return 0.5 * a * erfc(-a / sqrt(2.0));
    case FFNN_ACT_SILU: return a * ref_activate(FFNN_ACT_SIGMOID, a);
    case FFNN_ACT_SOFTPLUS: return a > 20.0 ? a : ref_softplus(a);
    default: return NAN;
    }
}

double ref_softplus(double x)
{
    return x > 0.0 ? x + log1p(exp(-x)) : log1p(exp(x));
}

double ref_logsumexp(const double *a, size_t n)
{
    double m = a[0];
    double s = 0.0;
    for (size_t j = 1; j < n; ++j) {
        m = a[j] > m ? a[j] : m;
    }
    for (size_t j = 0; j < n; ++j) {
        s += exp(a[j] - m);
    }
    return m + log(s);
}

void ref_softmax(const double *a, size_t n, double *out)
{
    double lse = ref_logsumexp(a, n);
    for (size_t j = 0; j < n; ++j) {
        out[j] = exp(a[j] - lse);
    }
}

double ref_sample_loss(ffnn_loss_function loss, const double *a,
                       const double *h, const double *t, size_t n)
{
    double s = 0.0;
    double lse = loss == FFNN_LOSS_CE ? ref_logsumexp(a, n) : 0.0;
    for (size_t j = 0; j < n; ++j) {
        switch (loss) {
        case FFNN_LOSS_MSE: s += (t[j] - h[j]) * (t[j] - h[j]); break;
        case FFNN_LOSS_BCE:
            /* -log sigmoid(a) = softplus(-a), -log(1 - sigmoid(a)) =
             * softplus(a). */
            s += t[j] * ref_softplus(-a[j]) + (1.0 - t[j]) * ref_softplus(a[j]);
            break;
        case FFNN_LOSS_CE:
            /* -log softmax(a)_j = lse(a) - a_j. */
            s += t[j] * (lse - a[j]);
            break;
        default: return NAN;
        }
    }
    return s;
}

/* ---- passes, loss, finite differences -------------------------------- */

void ref_pass_free(ref_pass *p)
{
    for (size_t l = 0; l <= REF_MAX_LAYERS; ++l) {
        free(p->a[l]);
        free(p->h[l]);
        p->a[l] = NULL;
        p->h[l] = NULL;
    }
}

static void layer_forward(const ref_net *r, size_t l, ref_pass *p)
{
    size_t n_in = r->sizes[l - 1];
    size_t n_out = r->sizes[l];
    const double *W = r->W[l - 1];
    for (size_t s = 0; s < p->batch; ++s) {
        const double *hin = p->h[l - 1] + s * n_in;
        double *a = p->a[l] + s * n_out;
        double *h = p->h[l] + s * n_out;
        for (size_t j = 0; j < n_out; ++j) {
            double acc = r->b[l - 1][j];
            for (size_t k = 0; k < n_in; ++k) {
                acc += W[j * n_in + k] * hin[k];
            }
            a[j] = acc;
        }
        if (r->acts[l - 1] == FFNN_ACT_SOFTMAX) {
            ref_softmax(a, n_out, h);
        } else {
            for (size_t j = 0; j < n_out; ++j) {
                h[j] = ref_activate(r->acts[l - 1], a[j]);
            }
        }
    }
}

int ref_forward(const ref_net *r, const double *x, size_t batch, ref_pass *p)
{
    memset(p, 0, sizeof(*p));
    p->batch = batch;
    p->n_layers = r->n_layers;
    for (size_t l = 0; l <= r->n_layers; ++l) {
        p->a[l] = malloc(batch * r->sizes[l] * sizeof(double));
        p->h[l] = malloc(batch * r->sizes[l] * sizeof(double));
        if (p->a[l] == NULL || p->h[l] == NULL) {
            ref_pass_free(p);
            return -1;
        }
    }
    memcpy(p->a[0], x, batch * r->sizes[0] * sizeof(double));
    memcpy(p->h[0], x, batch * r->sizes[0] * sizeof(double));
    for (size_t l = 1; l <= r->n_layers; ++l) {
        layer_forward(r, l, p);
    }
    return 0;
}

double ref_mean_loss(const ref_net *r, const double *x, const double *t,
                     size_t batch)
{
    ref_pass p;
    size_t L = r->n_layers;
    size_t n = r->sizes[L];
    double sum = 0.0;
    if (ref_forward(r, x, batch, &p) != 0) {
        return NAN;
    }
    for (size_t s = 0; s < batch; ++s) {
        sum += ref_sample_loss(r->loss, p.a[L] + s * n, p.h[L] + s * n,
                               t + s * n, n);
    }
    ref_pass_free(&p);
    return sum / (double)batch;
}

double ref_relu_margin(const ref_net *r, const ref_pass *p)
{
    double m = INFINITY;
    for (size_t l = 1; l <= r->n_layers; ++l) {
        if (r->acts[l - 1] != FFNN_ACT_RELU &&
            r->acts[l - 1] != FFNN_ACT_LEAKY_RELU) {
            continue;
        }
        for (size_t i = 0; i < p->batch * r->sizes[l]; ++i) {
            m = fabs(p->a[l][i]) < m ? fabs(p->a[l][i]) : m;
        }
    }
    return m;
}

void ref_grads_free(ref_grads *g)
{
    for (size_t l = 0; l < REF_MAX_LAYERS; ++l) {
        free(g->dW[l]);
        free(g->db[l]);
        g->dW[l] = NULL;
        g->db[l] = NULL;
    }
}

/* Central difference of the mean loss with respect to *w. */
static double fd_one(ref_net *r, double *w, const double *x, const double *t,
                     size_t batch, double h_rel)
{
    double w0 = *w;
    double h = h_rel * (fabs(w0) > 1.0 ? fabs(w0) : 1.0);
    double lp, lm;
    *w = w0 + h;
    lp = ref_mean_loss(r, x, t, batch);
    *w = w0 - h;
    lm = ref_mean_loss(r, x, t, batch);
    *w = w0;
    return (lp - lm) / (2.0 * h);
}

int ref_fd_gradients(ref_net *r, const double *x, const double *t, size_t batch,
                     double h_rel, ref_grads *g)
{
    memset(g, 0, sizeof(*g));
    g->n_layers = r->n_layers;
    for (size_t l = 1; l <= r->n_layers; ++l) {
        size_t nw = r->sizes[l] * r->sizes[l - 1];
        size_t nb = r->sizes[l];
        g->dW[l - 1] = malloc(nw * sizeof(double));
        g->db[l - 1] = malloc(nb * sizeof(double));
        if (g->dW[l - 1] == NULL || g->db[l - 1] == NULL) {
            ref_grads_free(g);
            return -1;
        }
        for (size_t i = 0; i < nw; ++i) {
            g->dW[l - 1][i] = fd_one(r, &r->W[l - 1][i], x, t, batch, h_rel);
        }
        for (size_t i = 0; i < nb; ++i) {
            g->db[l - 1][i] = fd_one(r, &r->b[l - 1][i], x, t, batch, h_rel);
        }
    }
    return 0;
}

/* ---- helpers for the tests ------------------------------------------ */

uint64_t ref_splitmix64(uint64_t *state)
{
    uint64_t z;
    *state += UINT64_C(0x9E3779B97F4A7C15);
    z = *state;
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

double ref_uniform(uint64_t *state, double lo, double hi)
{
    double u = (double)(ref_splitmix64(state) >> 11) * 0x1p-53;
    return lo + (hi - lo) * u;
}

double ref_normal(uint64_t *state)
{
    const double two_pi = 6.283185307179586476925286766559;
    double u1 = ref_uniform(state, 0.0, 1.0);
    double u2 = ref_uniform(state, 0.0, 1.0);
    if (u1 < 1e-300) {
        u1 = 1e-300;
    }
    return sqrt(-2.0 * log(u1)) * cos(two_pi * u2);
}

void ref_fill_uniform_f(float *v, size_t n, uint64_t *state, double lo,
                        double hi)
{
    for (size_t i = 0; i < n; ++i) {
        v[i] = (float)ref_uniform(state, lo, hi);
    }
}

void ref_fill_targets(float *t, size_t batch, size_t n, ffnn_loss_function loss,
                      uint64_t *state)
{
    for (size_t s = 0; s < batch; ++s) {
        float *row = t + s * n;
        double sum = 0.0;
        if (loss == FFNN_LOSS_MSE) {
            ref_fill_uniform_f(row, n, state, -1.0, 1.0);
            continue;
        }
        ref_fill_uniform_f(row, n, state, loss == FFNN_LOSS_CE ? 0.05 : 0.0,
                           1.0);
        if (loss != FFNN_LOSS_CE) {
            continue;
        }
        for (size_t j = 0; j < n; ++j) {
            sum += row[j];
        }
        for (size_t j = 0; j < n; ++j) {
            row[j] = (float)(row[j] / sum);
        }
    }
}

void ref_f2d(const float *src, double *dst, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        dst[i] = (double)src[i];
    }
}

void ref_d2f(const double *src, float *dst, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        dst[i] = (float)src[i];
    }
}

double ref_max_abs(const double *v, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; ++i) {
        m = fabs(v[i]) > m ? fabs(v[i]) : m;
    }
    return m;
}

size_t ref_mismatches(const char *label, const float *got, const double *want,
                      size_t n, double rtol, double scale_floor)
{
    size_t bad = 0;
    for (size_t i = 0; i < n; ++i) {
        double scale =
            fabs(want[i]) > scale_floor ? fabs(want[i]) : scale_floor;
        double err = fabs((double)got[i] - want[i]);
        if (!(err <= rtol * scale)) { /* also catches NaN */
            if (bad < 5) {
                fprintf(stderr,
                        "%s[%zu]: got %.9g, want %.9g (|err| %.3g > %.3g)\n",
                        label, i, (double)got[i], want[i], err, rtol * scale);
            }
            ++bad;
        }
    }
    return bad;
}

ffnn_net *ref_new_ffnn(size_t n_layers, const size_t *sizes,
                       const ffnn_activation *acts, ffnn_loss_function loss,
                       ffnn_backend backend, uint64_t seed)
{
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, n_layers, sizes, acts, loss, seed) != FFNN_OK)
        return NULL;
    if (ffnn_net_set_backend(net, backend) != FFNN_OK) {
        ffnn_net_destroy(net);
        return NULL;
    }
    return net;
}

unsigned char *ref_read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long end = ftell(f);
    assert_true(end >= 0);
    rewind(f);
    unsigned char *buf = malloc((size_t)end + 1);
    assert_non_null(buf);
    *size = fread(buf, 1, (size_t)end, f);
    assert_int_equal(*size, (size_t)end);
    fclose(f);
    return buf;
}

unsigned char *ref_saved_bytes(const ffnn_net *net, int checkpoint,
                               size_t *size)
{
    ffnn_status (*save)(const ffnn_net *, void *, size_t, size_t *) =
        checkpoint ? ffnn_save_checkpoint_buffer : ffnn_save_buffer;
    assert_int_equal(save(net, NULL, 0, size), FFNN_OK);
    unsigned char *buf = malloc(*size);
    assert_non_null(buf);
    size_t written = 0;
    assert_int_equal(save(net, buf, *size, &written), FFNN_OK);
    assert_int_equal(written, *size);
    return buf;
}

void ref_assert_same_weights(const ffnn_net *a, const ffnn_net *b)
{
    size_t L = ffnn_net_num_layers(a);
    assert_int_equal(ffnn_net_num_layers(b), L);
    for (size_t l = 1; l <= L; l++) {
        size_t n = ffnn_net_layer_size(a, l), m = ffnn_net_layer_size(a, l - 1);
        assert_int_equal(ffnn_net_layer_size(b, l), n);
        assert_int_equal(ffnn_net_layer_size(b, l - 1), m);
        float *wa = malloc(2 * (n * m + n) * sizeof *wa);
        assert_non_null(wa);
        float *wb = wa + n * m, *ba = wb + n * m, *bb = ba + n;
        assert_int_equal(ffnn_get_layer(a, l, wa, ba), FFNN_OK);
        assert_int_equal(ffnn_get_layer(b, l, wb, bb), FFNN_OK);
        assert_memory_equal(wa, wb, n * m * sizeof *wa);
        assert_memory_equal(ba, bb, n * sizeof *ba);
        free(wa);
    }
}
