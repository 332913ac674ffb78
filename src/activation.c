/* activation.c -- activation functions, their derivatives, and the losses.
 * BCE and CE are evaluated from the pre-activation (softplus, log-sum-exp),
 * and their gradients use the fused forms, so saturation stays finite. */
#include "internal.h"

#include <math.h>

void ffnn__softmax_row(size_t n, const float *a, float *h)
{
    float max = a[0];
    for (size_t j = 1; j < n; j++)
        max = a[j] > max ? a[j] : max;
    float sum = 0.0f;
    for (size_t j = 0; j < n; j++) {
        h[j] = ffnn__exp(a[j] - max);
        sum += h[j];
    }
    float inv = 1.0f / sum;
    for (size_t j = 0; j < n; j++)
        h[j] *= inv;
}

/* a = A + b per row, stored back into A, and h = expr in the same pass;
 * then THEN, which may use h. */
#define BIAS_THEN(expr, THEN)                                                  \
    for (size_t s = 0; s < batch; s++) {                                       \
        float *a_row = A + s * n, *h_row = H + s * n;                          \
        for (size_t j = 0; j < n; j++) {                                       \
            float a = a_row[j] + b[j];                                         \
            a_row[j] = a;                                                      \
            float h = (expr);                                                  \
            h_row[j] = h;                                                      \
            THEN                                                               \
        }                                                                      \
    }
#define TRACK_MAX                                                              \
    {                                                                          \
        int32_t m = ffnn__magnitude(h);                                        \
        max = m > max ? m : max;                                               \
    }

/* The activations of 1.4.0, each with a loop of its own: the libm forms
 * for few values, as for sigmoid and tanh, else the branch-free ones. */
#define NEW_ACTIVATION(G)                                                      \
    case G:                                                                    \
        max = 0;                                                               \
        if (few)                                                               \
            BIAS_THEN(ffnn__activation(G, a), TRACK_MAX)                       \
        else                                                                   \
            BIAS_THEN(ffnn__activation_lanes(G, a), TRACK_MAX)                 \
        break;

FFNN_SIMD_CLONES
int32_t ffnn__activate(ffnn_activation g, size_t batch, size_t n,
                       const float *b, float *A, float *H)
{
    int32_t max = FFNN_BOUNDED_BY_ONE;
    /* Too few values to fill a vector: libm's sigmoid and tanh, as the
     * narrow path (narrow.c) takes them, so that both give the same floats
     * there. */
    int few = batch * n < FFNN_NARROW;
    if (few && g == FFNN_ACT_SIGMOID) {
        BIAS_THEN(ffnn__activation(FFNN_ACT_SIGMOID, a), );
        return max;
    }
    if (few && g == FFNN_ACT_TANH) {
        BIAS_THEN(ffnn__activation(FFNN_ACT_TANH, a), );
        return max;
    }
    switch (g) {
    case FFNN_ACT_LINEAR:
        max = 0;
        BIAS_THEN(a, TRACK_MAX);
        break;
    case FFNN_ACT_SIGMOID:
        BIAS_THEN(ffnn__activation_lanes(FFNN_ACT_SIGMOID, a), );
        break;
    case FFNN_ACT_TANH:
        BIAS_THEN(ffnn__activation_lanes(FFNN_ACT_TANH, a), );
        break;
    case FFNN_ACT_RELU:
        max = 0;
        BIAS_THEN(ffnn__activation(FFNN_ACT_RELU, a), TRACK_MAX);
        break;
    case FFNN_ACT_SOFTMAX:
        BIAS_THEN(a, ); /* h = a for now; the row's softmax needs all of it */
        for (size_t s = 0; s < batch; s++)
            ffnn__softmax_row(n, A + s * n, H + s * n);
        break;
        NEW_ACTIVATION(FFNN_ACT_LEAKY_RELU)
        NEW_ACTIVATION(FFNN_ACT_ELU)
        NEW_ACTIVATION(FFNN_ACT_GELU)
        NEW_ACTIVATION(FFNN_ACT_SILU)
        NEW_ACTIVATION(FFNN_ACT_SOFTPLUS)
    }
    return max;
}

FFNN_SIMD_CLONES
int32_t ffnn__activation_grad(ffnn_activation g, size_t batch, size_t n,
                              const float *restrict A, const float *restrict H,
                              float *restrict D)
{
    size_t count = batch * n;
    int32_t max = 0;
#define SLOPES(g, slope)                                                       \
    for (size_t k = 0; k < count; k++) {                                       \
        float d = slope(g, A[k], H[k], D[k]);                                  \
        D[k] = d;                                                              \
        int32_t m = ffnn__magnitude(d);                                        \
        max = m > max ? m : max;                                               \
    }
#define NEW_SLOPES(g)                                                          \
    case g:                                                                    \
        if (count < FFNN_NARROW)                                               \
            SLOPES(g, ffnn__activation_slope)                                  \
        else                                                                   \
            SLOPES(g, ffnn__activation_slope_lanes)                            \
        break;
    switch (g) {
    case FFNN_ACT_SIGMOID:
        SLOPES(FFNN_ACT_SIGMOID, ffnn__activation_slope);
        break;
    case FFNN_ACT_TANH: SLOPES(FFNN_ACT_TANH, ffnn__activation_slope); break;
    case FFNN_ACT_RELU: SLOPES(FFNN_ACT_RELU, ffnn__activation_slope); break;
    case FFNN_ACT_LINEAR:  /* g' = 1: D stays, only its max is wanted */
    case FFNN_ACT_SOFTMAX: /* output only; handled by ffnn__loss_grad */
        max = ffnn__max_magnitude(D, count);
        break;
        NEW_SLOPES(FFNN_ACT_LEAKY_RELU)
        NEW_SLOPES(FFNN_ACT_ELU)
        NEW_SLOPES(FFNN_ACT_GELU)
        NEW_SLOPES(FFNN_ACT_SILU)
        NEW_SLOPES(FFNN_ACT_SOFTPLUS)
    }
#undef SLOPES
#undef NEW_SLOPES
    return max;
}

/* log(1 + e^a) without overflow. */
static double softplus(double a)
{
    return (a > 0 ? a : 0) + log1p(exp(-fabs(a)));
}

static double log_sum_exp(size_t n, const float *a)
{
    double max = a[0], sum = 0;
    for (size_t j = 1; j < n; j++)
        max = a[j] > max ? a[j] : max;
    for (size_t j = 0; j < n; j++)
        sum += exp(a[j] - max);
    return max + log(sum);
}

FFNN_ALWAYS_INLINE double row_loss(ffnn_loss_function loss, size_t n,
                                   const float *a, const float *h,
                                   const float *t)
{
    double sum = 0;
    switch (loss) {
    case FFNN_LOSS_MSE:
        for (size_t j = 0; j < n; j++)
            sum += ((double)t[j] - h[j]) * ((double)t[j] - h[j]);
        break;
    case FFNN_LOSS_BCE: /* -[t log s(a) + (1-t) log(1 - s(a))] */
        for (size_t j = 0; j < n; j++)
            sum += softplus(a[j]) - (double)t[j] * a[j];
        break;
    case FFNN_LOSS_CE: {
        double lse = log_sum_exp(n, a);
        for (size_t j = 0; j < n; j++)
            sum += (double)t[j] * (lse - a[j]);
        break;
    }
    }
    return sum;
}

double ffnn__loss_mean(ffnn_loss_function loss, ffnn_activation out,
                       size_t batch, size_t n, const float *A, const float *H,
                       const float *T)
{
    (void)out; /* the loss/output pairing was checked at create */
    double total = 0;
    for (size_t s = 0; s < batch; s++)
        total += row_loss(loss, n, A + s * n, H + s * n, T + s * n);
    return total / (double)batch;
}

double ffnn__loss_weighted(ffnn_loss_function loss, size_t batch, size_t n,
                           const float *A, const float *H, const float *T,
                           const float *w)
{
    double total = 0;
    for (size_t s = 0; s < batch; s++)
        total += w[s] * row_loss(loss, n, A + s * n, H + s * n, T + s * n);
    return total;
}

/* dL/da through the softmax Jacobian: d_i = h_i (g_i - sum_j g_j h_j). */
static int32_t softmax_backward_row(size_t n, const float *h, float *d)
{
    float dot = 0.0f;
    for (size_t j = 0; j < n; j++)
        dot += d[j] * h[j];
    int32_t max = 0;
    for (size_t j = 0; j < n; j++) {
        d[j] = h[j] * (d[j] - dot);
        int32_t m = ffnn__magnitude(d[j]);
        max = m > max ? m : max;
    }
    return max;
}

/* CE with softmax: dL/da_i = h_i sum_j t_j - t_i, which is h - t for targets
 * that sum to one, and exact for any others. */
static int32_t ce_grad_row(size_t n, const float *h, const float *t,
                           float scale, float *d)
{
    float t_sum = 0.0f;
    for (size_t j = 0; j < n; j++)
        t_sum += t[j];
    int32_t max = 0;
    for (size_t j = 0; j < n; j++) {
        d[j] = (h[j] * t_sum - t[j]) * scale;
        int32_t m = ffnn__magnitude(d[j]);
        max = m > max ? m : max;
    }
    return max;
}

int32_t ffnn__loss_grad(ffnn_loss_function loss, ffnn_activation out,
                        size_t batch, size_t n, const float *A, const float *H,
                        const float *T, float scale, float *D)
{
    size_t count = batch * n;
    int32_t max = 0, m;
    switch (loss) {
    case FFNN_LOSS_CE:
        for (size_t s = 0; s < batch; s++) {
            m = ce_grad_row(n, H + s * n, T + s * n, scale, D + s * n);
            max = m > max ? m : max;
        }
        break;
    case FFNN_LOSS_BCE: /* sigmoid output: dL/da = h - t */
    case FFNN_LOSS_MSE:
        for (size_t k = 0; k < count; k++) {
            D[k] = ffnn__loss_slope(loss, H[k], T[k]) * scale;
            m = ffnn__magnitude(D[k]);
            max = m > max ? m : max;
        }
        if (loss == FFNN_LOSS_BCE)
            break;
        if (out != FFNN_ACT_SOFTMAX) /* D's max after g' */
            return ffnn__activation_grad(out, batch, n, A, H, D);
        max = 0;
        for (size_t s = 0; s < batch; s++) {
            m = softmax_backward_row(n, H + s * n, D + s * n);
            max = m > max ? m : max;
        }
        break;
    }
    return max;
}
