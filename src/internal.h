/* internal.h -- the network's memory layout and the seams between src/ files.
 * Nothing here is part of the ABI. Cross-file internal names start with
 * "ffnn__" so they cannot collide with a user's symbols in a static link;
 * the shared library hides them (visibility and version script). */
#ifndef FFNN_INTERNAL_H
#define FFNN_INTERNAL_H

#include "ffnn.h"
#include "vector_math.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FFNN_SIMD_CLONES before a function with elementwise loops compiles it
 * twice, for the baseline and for AVX2, the loader picking the one the CPU
 * runs (an ifunc): twice the lanes for the activations and the update.
 * Without FMA and with -ffp-contract=off (GCC's default under -std=c11),
 * both give the same floats. GCC on x86-64 ELF only, and not under TSan,
 * whose instrumented resolver would run before its runtime is up. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) &&         \
    defined(__ELF__) && !defined(__SANITIZE_THREAD__)
#define FFNN_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define FFNN_SIMD_CLONES
#endif

/* A function written once and copied into its callers with constant
 * arguments (an optimizer's kind, a layer's widths and activation), so that
 * each copy is the loop for its case. A coverage build leaves the copies
 * out: gcov would count every copy's branches apart. */
#if defined(__GNUC__) && !defined(FFNN_COVERAGE_BUILD)
#define FFNN_ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define FFNN_ALWAYS_INLINE static inline
#endif

/* The opposite: one copy, however many callers (the narrow path's loops for
 * the activations of 1.4.0, which take g at run time). */
#if defined(__GNUC__)
#define FFNN_NEVER_INLINE static __attribute__((noinline))
#else
#define FFNN_NEVER_INLINE static
#endif

/* Each matrix starts on a 64-byte boundary so SIMD loads are aligned. */
#define FFNN_ALIGN_FLOATS 16

/* ---- kernels: the only operations whose implementation differs between the
 * BLAS and the loop path. All matrices are row-major and contiguous. ---- */
typedef struct ffnn__kernels {
    /* Y (batch x n_out) = X (batch x n_in) . W^T, W being n_out x n_in. */
    void (*forward)(size_t batch, size_t n_in, size_t n_out, const float *X,
                    const float *W, float *Y);
    /* G (n_out x n_in) = alpha D^T . X + beta G, D being batch x n_out.
     * beta = 0 stores a gradient (G's old contents are ignored, even NaN);
     * alpha = -eta, beta = 1 - eta lambda applies an SGD step in place. */
    void (*weight_grad)(size_t batch, size_t n_in, size_t n_out, float alpha,
                        const float *D, const float *X, float beta, float *G);
    /* DX (batch x n_in) = D . W. */
    void (*input_grad)(size_t batch, size_t n_in, size_t n_out, const float *D,
                       const float *W, float *DX);
} ffnn__kernels;

extern const ffnn__kernels ffnn__kernels_blas;
extern const ffnn__kernels ffnn__kernels_loop;
/* Loops for one sample through a narrow layer (batch 1 only; narrow.c). */
extern const ffnn__kernels ffnn__kernels_narrow;
#define FFNN_NARROW 16 /* layers with n_in below this take the narrow loops */

/* ---- network ---- */
typedef struct ffnn__layer {
    size_t n_in, n_out;
    ffnn_activation act;
    float *W, *b;   /* parameters, inside net->params */
    float *dW, *db; /* gradients, inside net->grads */
    float *A, *H;   /* batch x n_out activations, inside net->work */
    float *D;       /* batch x n_out dL/dA of the last backward pass */
    /* Upper bounds of max |W| (FFNN_BOUND_UNKNOWN voids b_bound too) and
     * max |b|, so that a step can prove it stays finite without a pass over
     * W; of the layer's optimizer state (max |m|, max v over W's and b's);
     * and of its stored gradients (max |dW|, max |db|, set by the backward
     * pass from h_max and d_max). */
    float w_bound, b_bound, m_bound, v_bound, dw_bound, db_bound;
    /* max |H| and max |D| of the last forward and backward pass, as
     * ffnn__magnitude bits, measured while they were written so that the
     * bounds need no pass of their own. */
    int32_t h_max, d_max;
    /* Inverted dropout of the layer's outputs in training calls (0: none),
     * and the mask of the last training pass, batch x n_out, 0 or
     * 1 / (1 - dropout), inside net->work (dropout.c). */
    float dropout;
    float *M;
} ffnn__layer;

typedef struct ffnn__optimizer {
    ffnn_optimizer kind;
    float momentum, beta1, beta2, epsilon, weight_decay;
    unsigned long long t; /* Adam's step count */
    float *m, *v;         /* state, n_floats each, laid out like params */
} ffnn__optimizer;

/* What the buffers currently hold. */
enum {
    NET_HAS_OUTPUT = 1u << 0,  /* the last forward pass is in work */
    NET_FWD_CURRENT = 1u << 1, /* ...and was made with the current weights */
    NET_HAS_GRADS = 1u << 2    /* grads hold a backward pass */
};

struct ffnn_net {
    size_t n_layers;
    size_t *sizes; /* n_0 .. n_L */
    ffnn__layer *layers;
    ffnn_loss_function loss;
    ffnn_backend backend;
    unsigned flags;
    int shared; /* params belong to another network (ffnn_net_share) */
    int narrow; /* every layer has fewer than FFNN_NARROW inputs */

    size_t n_floats; /* padded length of params, grads and optimizer state */
    float *params, *grads;
    ffnn__optimizer opt;

    size_t capacity; /* batch the work buffers hold */
    size_t batch;    /* batch of the last forward pass */
    float *work;
    float *input;   /* H_0: batch x n_0 */
    float *targets; /* batch x n_L: targets standardised (output scaling) */
    /* Scaling stored in the model (scaling.c): mean then scale, n_0 or n_L
     * of each, or NULL. */
    float *in_scaling, *out_scaling;
    float input_max; /* max |x| of the last forward pass */

    ffnn_train_position position; /* of ffnn_train (section 12) */
    /* Early stopping's state in the run the position belongs to (train.c):
     * its best epoch so far (0: none, or no patience), the monitored
     * value then and, if that run restores them, its weights (n_floats,
     * else NULL). Kept in checkpoints, so a resumed run stops as one
     * would. */
    struct {
        uint64_t epoch;
        double value;
        float *params;
    } best;
    size_t n_meta; /* user metadata (metadata.c) */
    char **meta;   /* key, value, key, value, ... */

    /* Per-row factors of the loss gradient for the batch under way, in
     * place of 1 / batch: a weighted training run's (train.c), set only
     * around its steps; NULL otherwise. */
    const float *row_scale;
    /* Dropout (dropout.c): set around a training step's passes; the masks'
     * stream, step counter, and the first row's index in the global batch
     * (a data-parallel rank's offset). */
    int training;
    size_t n_dropout; /* layers with a rate */
    uint64_t dropout_seed, dropout_step;
    size_t dropout_row0;
    char error[512];
};

/* |v| as integer bits. Their order is the order of magnitudes, with every
 * NaN above infinity, so one integer max finds max |v| and any NaN. */
static inline int32_t ffnn__magnitude(float v)
{
    int32_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits & 0x7fffffff;
}

/* The float a maximum of ffnn__magnitude stands for: NaN if any value was
 * NaN, which fails every bound check below as infinity does. */
static inline float ffnn__magnitude_value(int32_t bits)
{
    float v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

static inline int32_t ffnn__max_magnitude(const float *v, size_t n)
{
    int32_t max = 0;
    for (size_t k = 0; k < n; k++) {
        int32_t m = ffnn__magnitude(v[k]);
        max = m > max ? m : max;
    }
    return max;
}

/* The h_max of a sigmoid or tanh layer, whose |h| <= 1, which is all the
 * step bounds need: measuring it would cost a compare per value. A NaN h
 * (from a sum W h that overflowed to inf - inf) makes the layer's own D NaN
 * through g'(a) = h (1 - h) or 1 - h^2, which refuses the step (a ReLU
 * above would hide it from the layers above); no bound reads the output
 * layer's h_max. */
#define FFNN_BOUNDED_BY_ONE 0x3f800000 /* the bits of 1.0f */

/* ---- the overflow check of a fused SGD step, per layer ----
 * W <- beta W - eta D^T H and b <- b - eta colsum(D) must stay finite. With
 * B rows, |D^T H| <= B max|D| max|h| =: P, and a GEMM may form that product
 * in float before scaling it by -eta (then 0 x inf is NaN even for eta 0),
 * so P itself must stay below FLT_MAX / 2, and so must the new bounds
 * |beta| max|W| + eta P and max|b| + eta B max|D|. max|W| and max|b| are
 * tracked from step to step, so no pass over W is needed. In float, a bound
 * that overflows is infinite and fails, and one step's rounding stays far
 * inside the factor 2 of margin (ffnn__bound_up keeps many steps' so). */
#define FFNN_BOUND_UNKNOWN INFINITY /* w_bound: measure before use */
#define FFNN_BOUND_LOOSE   1e30f    /* measure again above this */

static inline void ffnn__measure_bounds(ffnn__layer *L)
{
    L->w_bound =
        ffnn__magnitude_value(ffnn__max_magnitude(L->W, L->n_out * L->n_in));
    L->b_bound = ffnn__magnitude_value(ffnn__max_magnitude(L->b, L->n_out));
}

/* A bound carried to the next step, two float ulps up: each step's sum
 * rounds, and so may the value it bounds, and over millions of steps the
 * roundings would add up; this way the bound stays above, and grows loose
 * (and is measured again) instead. */
static inline float ffnn__bound_up(float bound)
{
    return bound * (1.0f + 0x1p-22f);
}

/* sum = B max|D|, h_max = max|h| of the layer's input; 1 if the step is
 * safe. The bounds become those after the step at once, which saves a pass
 * to commit them; so if any layer refuses, the caller must forget them all.
 * Unknown bounds (and those grown loose, which would refuse sane steps) are
 * measured first. The checks are NaN-safe: NaN < limit is false. */
static inline int ffnn__step_bounds(ffnn__layer *L, float sum, float h_max,
                                    float eta, float beta)
{
    if (!(L->w_bound <= FFNN_BOUND_LOOSE && L->b_bound <= FFNN_BOUND_LOOSE))
        ffnn__measure_bounds(L);
    const float limit = FLT_MAX / 2;
    float product = sum * h_max;
    float w = ffnn__bound_up(fabsf(beta) * L->w_bound + eta * product);
    float b = ffnn__bound_up(L->b_bound + eta * sum);
    L->w_bound = w;
    L->b_bound = b;
    return (product < limit) & (w < limit) & (b < limit);
}

/* Forget the bounds of the weights and the optimizer state (not those of
 * the gradients, which no step changes). */
static inline void ffnn__forget_bounds(ffnn_net *net)
{
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        L->w_bound = L->m_bound = L->v_bound = FFNN_BOUND_UNKNOWN;
    }
}

/* Forget the bounds of the stored gradients, which new ones void. */
static inline void ffnn__forget_gradient_bounds(ffnn_net *net)
{
    for (size_t l = 0; l < net->n_layers; l++)
        net->layers[l].dw_bound = net->layers[l].db_bound = FFNN_BOUND_UNKNOWN;
}

/* ---- flat vectors (access.c): the padded layout of params, grads and
 * optimizer state to and from ffnn.h's flat order ---- */
void ffnn__flat_gather(const ffnn_net *net, const float *padded, float *flat);
void ffnn__flat_scatter(const ffnn_net *net, const float *flat, float *padded);
/* The checks of a flat vector argument: net, n == want, v not NULL. */
ffnn_status ffnn__check_vector(const ffnn_net *net, const void *v, size_t n,
                               size_t want, const char *fn);

/* ---- memory (alloc.c): every allocation in the library goes through here */
void *ffnn__alloc(size_t bytes); /* 64-byte aligned, NULL on failure */
void ffnn__free(void *p);
char *ffnn__copy_string(const char *s); /* a copy from ffnn__alloc, or NULL */
size_t ffnn__padded(size_t n_floats);   /* n rounded up to FFNN_ALIGN_FLOATS */
int ffnn__mul_overflows(size_t a, size_t b, size_t *out);

/* ---- errors (error.c) ---- */
/* Record a formatted message on net (may be NULL) and the thread; return s. */
ffnn_status ffnn__fail(const ffnn_net *net, ffnn_status s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- early stopping's state on the network (train.c) ---- */
/* dst gets a copy of src's best epoch, value and weights (NOMEM fails). */
ffnn_status ffnn__best_copy(const ffnn_net *src, ffnn_net *dst);
/* Forget it: no best epoch, its weights freed. */
void ffnn__best_clear(ffnn_net *net);

/* ---- scaling stored in the model (scaling.c) ---- */
/* t, or t standardised into net->targets under output scaling: what the
 * loss sees. rows <= the capacity. */
const float *ffnn__standardised_targets(ffnn_net *net, const float *t,
                                        size_t rows);
static inline const float *ffnn__targets(ffnn_net *net, const float *t,
                                         size_t rows)
{
    return net->out_scaling ? ffnn__standardised_targets(net, t, rows) : t;
}
/* y = h scale + mean per output, in place (output scaling). */
void ffnn__unscaled_outputs(const ffnn_net *net, float *y, size_t rows);
static inline void ffnn__unscale_outputs(const ffnn_net *net, float *y,
                                         size_t rows)
{
    if (net->out_scaling)
        ffnn__unscaled_outputs(net, y, rows);
}
/* Copies of src's scaling into dst (NOMEM fails). */
ffnn_status ffnn__scaling_copy(const ffnn_net *src, ffnn_net *dst);
/* A scaling array of 2 n (mean 0, scale 1) for the loader to fill. */
float *ffnn__scaling_new(size_t n);
/* Whether the 2 n floats are a scaling: finite, every scale nonzero. */
int ffnn__scaling_valid(const float *scaling, size_t n);

/* ---- dropout (dropout.c) ---- */
/* Whether a training pass now drops: net->training and some layer's rate
 * (n_dropout counts them, so the narrow path's choice costs two loads). */
static inline int ffnn__dropping(const ffnn_net *net)
{
    return net->training && net->n_dropout;
}
/* n_dropout again, after rates changed. */
void ffnn__count_dropout(ffnn_net *net);
/* Layer l's mask drawn, H *= M; returns the new max |H| (magnitude bits). */
int32_t ffnn__dropout_forward(ffnn_net *net, size_t l);
/* D *= M of layer l; returns the new max |D|. */
int32_t ffnn__dropout_backward(ffnn_net *net, size_t l);

/* ---- names of the enumerations' values (names.c) ---- */
typedef enum {
    FFNN__NAMES_ACTIVATION,
    FFNN__NAMES_LOSS,
    FFNN__NAMES_OPTIMIZER,
    FFNN__NAMES_BACKEND,
    FFNN__NAMES_TRAIN_KEY,
    FFNN__NAMES_SCHEDULE,
    FFNN__NAMES_MONITOR
} ffnn__names;
/* The name of value, or NULL if there is none. */
const char *ffnn__name(ffnn__names kind, int value);
/* The value named by the len bytes at name, or -1. */
int ffnn__value_of(ffnn__names kind, const char *name, size_t len);
/* "sgd|momentum|..." into buffer, which it returns. */
const char *ffnn__names_list(ffnn__names kind, char *buffer, size_t size);

/* ---- activations and losses (activation.c) ---- */
static inline float ffnn__sigmoid(float a)
{
    return 1.0f / (1.0f + expf(-a));
}

#define FFNN_LEAKY_SLOPE     0.01f /* PyTorch's negative_slope */
#define FFNN_SOFTPLUS_LINEAR 20.0f /* PyTorch's threshold: softplus(a) = a */

/* Whether g is bounded by 1 in magnitude (its h_max needs no tracking). */
static inline int ffnn__bounded(ffnn_activation g)
{
    return g == FFNN_ACT_SIGMOID || g == FFNN_ACT_TANH;
}

/* Whether g's one-value form below calls the C library. */
static inline int ffnn__calls_libm(ffnn_activation g)
{
    return g != FFNN_ACT_LINEAR && g != FFNN_ACT_RELU &&
           g != FFNN_ACT_LEAKY_RELU && g != FFNN_ACT_SOFTMAX;
}

/* Phi(a) and e^(-a^2/2) in double, for the one-value forms of GELU. */
static inline double ffnn__normal_cdf_libm(double a, double *gauss)
{
    *gauss = exp(-0.5 * a * a);
    return 0.5 * erfc(-a * 0.70710678118654752440);
}

/* h = g(a) for one value; g is not SOFTMAX (that returns a). libm's
 * functions: on one value, where nothing vectorises, they are faster than
 * the branch-free forms below (in scalar code those made 2-2-1's step 20%
 * slower). GELU goes through double, so that a^2 / 2 is not rounded. */
static inline float ffnn__activation(ffnn_activation g, float a)
{
    double gauss;
    switch (g) {
    case FFNN_ACT_SIGMOID: return ffnn__sigmoid(a);
    case FFNN_ACT_TANH: return tanhf(a);
    case FFNN_ACT_RELU: return a > 0.0f ? a : 0.0f;
    case FFNN_ACT_LEAKY_RELU: return a > 0.0f ? a : FFNN_LEAKY_SLOPE * a;
    case FFNN_ACT_ELU: return a > 0.0f ? a : expm1f(a);
    case FFNN_ACT_GELU: /* -0 at -inf, as the vector form */
        return a < -14.849242f ? -0.0f
                               : (float)(a * ffnn__normal_cdf_libm(a, &gauss));
    case FFNN_ACT_SILU: return a < -104.0f ? -0.0f : a * ffnn__sigmoid(a);
    case FFNN_ACT_SOFTPLUS:
        return a > FFNN_SOFTPLUS_LINEAR ? a : log1pf(expf(a));
    default: return a;
    }
}

/* The same for loops over a batch: the branch-free forms of vector_math.h,
 * so that the loops vectorise (their accuracy is in ffnn.h). */
static inline float ffnn__activation_lanes(ffnn_activation g, float a)
{
    switch (g) {
    case FFNN_ACT_SIGMOID: return ffnn__sigmoid_fast(a);
    case FFNN_ACT_TANH: return ffnn__tanh_fast(a);
    case FFNN_ACT_ELU: return ffnn__elu_fast(a);
    case FFNN_ACT_GELU: return ffnn__gelu_fast(a);
    case FFNN_ACT_SILU: return ffnn__silu_fast(a);
    case FFNN_ACT_SOFTPLUS: return ffnn__softplus_fast(a);
    case FFNN_ACT_LEAKY_RELU:
        return ffnn__select(a > 0.0f, a, FFNN_LEAKY_SLOPE * a);
    default: return ffnn__activation(g, a);
    }
}

/* d g'(a) for one value, g' taken from a or h = g(a); ReLU selects rather
 * than multiplies, so that a cut-off d stays 0 even if it is not finite.
 * g is not SOFTMAX (that returns d). PyTorch's derivatives: leaky ReLU's
 * slope at 0 is 0.01, ELU's is 1; ELU below 0 is e^a, not h + 1, which
 * loses e^a's digits for a << 0. */
static inline float ffnn__activation_slope(ffnn_activation g, float a, float h,
                                           float d)
{
    double gauss, cdf;
    float s;
    switch (g) {
    case FFNN_ACT_SIGMOID: return d * (h * (1.0f - h));
    case FFNN_ACT_TANH: return d * (1.0f - h * h);
    case FFNN_ACT_RELU: return a > 0.0f ? d : 0.0f;
    case FFNN_ACT_LEAKY_RELU: return a > 0.0f ? d : FFNN_LEAKY_SLOPE * d;
    case FFNN_ACT_ELU: return a > 0.0f ? d : d * expf(a);
    case FFNN_ACT_GELU:
        cdf = ffnn__normal_cdf_libm(a, &gauss);
        return (float)(d * (cdf + a * gauss * 0.39894228040143267794));
    case FFNN_ACT_SILU:
        s = ffnn__sigmoid(a);
        return d * (s * (1.0f + a * (1.0f - s)));
    case FFNN_ACT_SOFTPLUS:
        return a > FFNN_SOFTPLUS_LINEAR ? d : d * ffnn__sigmoid(a);
    default: return d;
    }
}

/* The same for loops over a batch, branch-free. */
static inline float ffnn__activation_slope_lanes(ffnn_activation g, float a,
                                                 float h, float d)
{
    float gauss, cdf, s;
    switch (g) {
    case FFNN_ACT_LEAKY_RELU:
        return ffnn__select(a > 0.0f, d, FFNN_LEAKY_SLOPE * d);
    case FFNN_ACT_ELU: return ffnn__select(a > 0.0f, d, d * ffnn__exp(a));
    case FFNN_ACT_GELU:
        cdf = ffnn__normal_cdf(a, &gauss);
        return d * (cdf + a * (gauss * 0x1.988454p-2f)); /* 1/sqrt(2 pi) */
    case FFNN_ACT_SILU:
        s = ffnn__sigmoid_fast(a);
        return d * (s * (1.0f + a * (1.0f - s)));
    case FFNN_ACT_SOFTPLUS:
        return ffnn__select(a > FFNN_SOFTPLUS_LINEAR, d,
                            d * ffnn__sigmoid_fast(a));
    default: return ffnn__activation_slope(g, a, h, d);
    }
}

/* dL/dh of MSE for one output, or dL/da of BCE with its sigmoid output
 * (the same expression times 2 or 1), for batch 1. */
static inline float ffnn__loss_slope(ffnn_loss_function loss, float h, float t)
{
    return loss == FFNN_LOSS_MSE ? 2.0f * (h - t) : h - t;
}

/* h = softmax(a) over one row of n. */
void ffnn__softmax_row(size_t n, const float *a, float *h);
/* These three return the largest ffnn__magnitude of what they wrote (H, or
 * D), which the overflow check of a fused step needs: measured on the way,
 * it costs no pass of its own. */
/* A (batch x n) += b per row, then H = g(A). */
int32_t ffnn__activate(ffnn_activation g, size_t batch, size_t n,
                       const float *b, float *A, float *H);
/* D *= g'(a) elementwise, with g' taken from A or H. g is not SOFTMAX. */
int32_t ffnn__activation_grad(ffnn_activation g, size_t batch, size_t n,
                              const float *restrict A, const float *restrict H,
                              float *restrict D);
/* Mean loss over the batch; NAN-free for finite inputs. */
double ffnn__loss_mean(ffnn_loss_function loss, ffnn_activation out,
                       size_t batch, size_t n, const float *A, const float *H,
                       const float *T);
/* sum_s w[s] l_s over the batch's rows. */
double ffnn__loss_weighted(ffnn_loss_function loss, size_t batch, size_t n,
                           const float *A, const float *H, const float *T,
                           const float *w);
/* D = dL/da_L of the sum of the batch's losses times scale: 1 / batch for
 * their mean; 1 / G for a data-parallel rank's share of a global batch of
 * G rows. */
int32_t ffnn__loss_grad(ffnn_loss_function loss, ffnn_activation out,
                        size_t batch, size_t n, const float *A, const float *H,
                        const float *T, float scale, float *D);

/* ---- optimizers (optimizer.c) ---- */
void ffnn__optimizer_init(ffnn__optimizer *opt);
/* One step of the network's optimizer, in parts, so that a training step
 * can update each layer while its fresh gradients are still in cache. A
 * step refused changes nothing, not even Adam's step count. */
typedef struct ffnn__step {
    float eta, decay, mu, b1, b2, eps;
    float m_scale, v_scale; /* Adam's 1 / (1 - b1^t), 1 / sqrt(1 - b2^t) */
} ffnn__step;
/* The constants of the network's next step at learning rate eta. */
void ffnn__step_begin(const ffnn_net *net, float eta, ffnn__step *s);
/* 1 if the layers' bounds (of W, b, the state and the gradients) prove that
 * the step keeps every value finite: no pass over memory. They are then the
 * bounds after the step; else forgotten. grads_stored 0: the gradients are
 * still to be computed, so their bounds cannot be measured if unknown. */
int ffnn__step_proven(ffnn_net *net, const ffnn__step *s, int grads_stored);
/* 1 if every value the step would store is finite: the exact check, a pass
 * over memory, for the steps the bounds cannot prove. */
int ffnn__step_checked(ffnn_net *net, const ffnn__step *s);
/* The update of layer l, its gradients stored: one streaming pass. */
void ffnn__step_layer(ffnn_net *net, const ffnn__step *s, size_t l);
/* The update of every layer, the gradients stored. */
void ffnn__step_all(ffnn_net *net, const ffnn__step *s);
/* After every layer's update: Adam's step count. */
void ffnn__step_end(ffnn_net *net);
/* The whole step, the gradients stored: proven or checked, then made; 0
 * (and nothing changed) if a value would become NaN or infinite. */
int ffnn__optimizer_step(ffnn_net *net, float eta);
/* Layer l's gradients into net->grads (0, or nonzero to give up). */
typedef int (*ffnn__layer_source)(void *ctx, ffnn_net *net, size_t l);
/* The step made as the gradients arrive, layer by layer from source: when
 * the bounds (the gradients' already set from the deltas) prove it
 * finite, each layer is updated right after its gradients, while they are
 * in cache; else all are stored, checked, then applied. 1 done; 0 refused
 * (nothing changed); -1 if source gave up (layers before it may have
 * been updated). Inlined, so that each caller's source is called
 * directly: ffnn_train_step's instructions are those of the loop it
 * replaces. */
FFNN_ALWAYS_INLINE int ffnn__step_by_layer(ffnn_net *net, float eta,
                                           ffnn__layer_source source, void *ctx)
{
    ffnn__step s;
    ffnn__step_begin(net, eta, &s);
    int proven = ffnn__step_proven(net, &s, 0);
    for (size_t l = 0; l < net->n_layers; l++) {
        if (source(ctx, net, l))
            return -1;
        if (proven)
            ffnn__step_layer(net, &s, l);
    }
    net->flags |= NET_HAS_GRADS;
    if (!proven && !ffnn__step_checked(net, &s))
        return 0;
    if (!proven)
        ffnn__step_all(net, &s);
    ffnn__step_end(net);
    return 1;
}

/* ---- network memory (net.c) ---- */
/* Make the activation buffers hold at least batch rows. Growing them
 * forgets the last forward pass. */
ffnn_status ffnn__reserve(ffnn_net *net, size_t batch);
/* Free the activation buffers (their layout changes); the next call
 * reserves them anew. */
void ffnn__release_work(ffnn_net *net);

/* FFNN_ERR_STATE, with a message naming fn, if net is a shared view. */
static inline ffnn_status ffnn__check_writable(const ffnn_net *net,
                                               const char *fn)
{
    if (net->shared)
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "%s: this handle shares another network's weights "
                          "(ffnn_net_share) and only runs inference",
                          fn);
    return FFNN_OK;
}

/* ---- how the passes over a whole network run ----
 * propagate.c picks one of these at one place per call: the layer loops
 * over the kernel table, or for one sample through a network whose layers
 * all have fewer than FFNN_NARROW inputs, the fused loops of narrow.c. */
typedef struct ffnn__path {
    /* The forward pass of net->batch rows, x being in net->input; records
     * every layer's h_max. */
    void (*forward)(ffnn_net *net);
    /* Every layer's D, from the output's against target; records d_max. */
    void (*deltas)(ffnn_net *net, const float *target);
    /* Layer l's dW and db into the gradient buffers, after deltas. */
    void (*gradients)(ffnn_net *net, size_t l);
    /* The whole plain-SGD step, forward pass included: W = beta W - eta dW,
     * b -= eta db, into the weights, once ffnn__sgd_step_is_safe; 0
     * (weights untouched) if it is not. */
    int (*sgd_train)(ffnn_net *net, const float *target, float eta, float beta);
} ffnn__path;

extern const ffnn__path ffnn__path_narrow;

/* The overflow check of a fused SGD step (ffnn__step_bounds) for every
 * layer, from the max |h| and max |D| the passes recorded, before any
 * weight changes; 0 (and every bound forgotten) if a layer refuses. */
static inline int ffnn__sgd_step_is_safe(ffnn_net *net, float eta, float beta)
{
    float h_max = net->input_max, batch = (float)net->batch;
    int safe = 1;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        float sum = batch * ffnn__magnitude_value(L->d_max);
        safe &= ffnn__step_bounds(L, sum, h_max, eta, beta);
        h_max = ffnn__magnitude_value(L->h_max);
    }
    if (!safe)
        ffnn__forget_bounds(net);
    return safe;
}

/* ---- user metadata (metadata.c) ---- */
/* Copy src's metadata into dst, which has none. */
ffnn_status ffnn__metadata_copy(const ffnn_net *src, ffnn_net *dst);
void ffnn__metadata_free(ffnn_net *net);

/* ---- data parallelism (comm.c) ---- */
/* Fingerprints, folded value by value: of what must be equal on every
 * rank. */
uint64_t ffnn__fold(uint64_t h, uint64_t v);
uint64_t ffnn__fold_bytes(uint64_t h, const void *data, size_t bytes);
uint64_t ffnn__architecture_fingerprint(const ffnn_net *net);
/* h folded with the optimizer, its hyper-parameters and step count. */
uint64_t ffnn__optimizer_fingerprint(const ffnn_net *net, uint64_t h);

/* What the ranks must agree on in one call, and what differs if not. */
typedef struct ffnn__agreement {
    const char *fn;
    uint64_t fingerprint;
    ffnn_status mismatch; /* the status if the fingerprints differ */
    const char *differ;   /* what then differs, for the message */
} ffnn__agreement;

/* One collective: FFNN_OK on every rank if every rank's status `mine` is
 * FFNN_OK and the fingerprints are equal, values[0..n) (n <= 8) then
 * summed over the ranks; else the same failure on every rank, naming the
 * lowest failing rank. */
ffnn_status ffnn__comm_agree(const ffnn_net *net, const ffnn_comm *c,
                             ffnn_status mine, const ffnn__agreement *a,
                             double *values, size_t n);
/* A communicator that cannot be used: FFNN_ERR_ARG at once, on this rank
 * only (there is no way to tell the others). */
ffnn_status ffnn__check_comm(const ffnn_net *net, const ffnn_comm *c,
                             const char *fn);
/* A NULL network on this rank: FFNN_ERR_ARG, on every rank, through the
 * first agreement of the call (of n values). */
ffnn_status ffnn__comm_absent(const ffnn_comm *c, size_t n, const char *fn);

/* The global batch of one data-parallel step. */
typedef struct ffnn__batch_sums {
    double rows, loss_sum, correct; /* G; sum of mean loss x rows; right */
} ffnn__batch_sums;
/* ffnn_comm_train_step with the sums for ffnn_train's report. */
ffnn_status ffnn__comm_step(ffnn_net *net, const ffnn_comm *c, const float *x,
                            const float *t, size_t rows, float eta,
                            ffnn__batch_sums *out, const char *fn);

/* Samples among `rows` whose prediction yhat matches y (train.c). */
size_t ffnn__count_correct(const float *yhat, const float *y, size_t rows,
                           size_t n);

/* ---- atomic files (atomic_file.c) ---- */
#include "atomic_file.h"

/* ---- propagation (propagate.c) ---- */
/* A data-parallel rank's share of the backward pass: the deltas of the
 * batch's summed loss over `rows` (>= net->batch, the global batch)
 * instead of its mean, with the gradients' bounds; then each layer's
 * gradients. The layered path, whatever the batch. */
void ffnn__deltas_share(ffnn_net *net, const float *target, size_t rows);
void ffnn__layer_gradients(ffnn_net *net, size_t l);
const ffnn__kernels *ffnn__pick_kernels(const ffnn_net *net,
                                        const ffnn__layer *layer, size_t batch);

/* 1 if every value is finite. */
int ffnn__all_finite(const float *x, size_t n);

#endif
