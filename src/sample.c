/* sample.c -- one sample through a narrow network (batch 1, every layer
 * fed by fewer than FFNN_NARROW inputs). There a step is a few dozen
 * multiply-adds, and calls through the kernel table, a pass per phase and
 * the loops' set-up cost more than the arithmetic, so each phase below makes
 * one pass per layer: the product, the bias and the activation together; the
 * input gradient and g' together; dW and db together. The sums run in the
 * same order as the loop kernels', so both paths give the same floats (but
 * for the sign of a zero: a sum starts from its first term, not from 0,
 * which takes an addition off the chain each step waits for).
 *
 * The layer functions take the widths as arguments and are always inlined,
 * so that the step for a network of one hidden layer and at most TINY
 * inputs and hidden units can be compiled once per shape (tiny_sgd_train,
 * at the end). */
#include "internal.h"

/* Vectorised loops spend more on set-up than these few multiply-adds cost. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("no-tree-vectorize")
#endif

/* The layer's h = g(W h_in + b), and max |h| on the way (of a softmax
 * layer's a instead, but that layer feeds no other); then THEN, which may
 * use j, a and h. One loop per activation, so no neuron pays for the
 * choice. */
#define NEURONS(g, THEN)                                                       \
    for (size_t j = 0; j < n_out; j++) {                                       \
        float sum = W[j * n_in] * h_in[0];                                     \
        for (size_t i = 1; i < n_in; i++)                                      \
            sum += W[j * n_in + i] * h_in[i];                                  \
        float a = sum + b[j];                                                  \
        A[j] = a;                                                              \
        float h = ffnn__activation(g, a);                                      \
        H[j] = h;                                                              \
        int32_t m = ffnn__magnitude(h);                                        \
        max = m > max ? m : max;                                               \
        THEN                                                                   \
    }

/* NEURONS for a g that calls libm (expf, tanhf): every a first, then the
 * calls, which then find their arguments ready and overlap; in NEURONS'
 * single loop each call waits for its sum (4-4-1 steps: 4% faster). The
 * same floats either way. */
#define SUMS_THEN_CALLS(g)                                                     \
    for (size_t j = 0; j < n_out; j++) {                                       \
        float sum = W[j * n_in] * h_in[0];                                     \
        for (size_t i = 1; i < n_in; i++)                                      \
            sum += W[j * n_in + i] * h_in[i];                                  \
        A[j] = sum + b[j];                                                     \
    }                                                                          \
    for (size_t j = 0; j < n_out; j++) {                                       \
        float h = ffnn__activation(g, A[j]);                                   \
        H[j] = h;                                                              \
        int32_t m = ffnn__magnitude(h);                                        \
        max = m > max ? m : max;                                               \
    }

#define LAYER_VARS(L)                                                          \
    const float *restrict W = (L)->W, *restrict b = (L)->b;                    \
    float *restrict A = (L)->A, *restrict H = (L)->H;                          \
    int32_t max = 0

#if defined(__GNUC__)
#define LAYER_INLINE static inline __attribute__((always_inline))
#else
#define LAYER_INLINE static inline
#endif

/* A layer whose g is not softmax. */
LAYER_INLINE void hidden_forward(ffnn__layer *L, const float *restrict h_in,
                                 size_t n_in, size_t n_out)
{
    LAYER_VARS(L);
    switch (L->act) {
    case FFNN_ACT_SIGMOID: SUMS_THEN_CALLS(FFNN_ACT_SIGMOID); break;
    case FFNN_ACT_TANH: SUMS_THEN_CALLS(FFNN_ACT_TANH); break;
    case FFNN_ACT_RELU: NEURONS(FFNN_ACT_RELU, ); break;
    default: NEURONS(FFNN_ACT_LINEAR, ); break;
    }
    L->h_max = max;
}

/* A softmax layer: the row's a first, then h. */
LAYER_INLINE void softmax_forward(ffnn__layer *L, const float *restrict h_in,
                                  size_t n_in, size_t n_out)
{
    LAYER_VARS(L);
    NEURONS(FFNN_ACT_LINEAR, );
    ffnn__softmax_row(n_out, A, H);
    L->h_max = max;
}

LAYER_INLINE void layer_forward(ffnn__layer *L, const float *restrict h_in,
                                size_t n_in, size_t n_out)
{
    if (L->act == FFNN_ACT_SOFTMAX)
        softmax_forward(L, h_in, n_in, n_out);
    else
        hidden_forward(L, h_in, n_in, n_out);
}

void ffnn__sample_forward(ffnn_net *net)
{
    const float *h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        layer_forward(L, h, L->n_in, L->n_out);
        h = L->H;
    }
}

/* D_below = (D W) * g'(a_below) from the layer above, and max |D_below|;
 * one loop per activation, as in the forward pass. d0 is D[0], passed by a
 * caller that has it in a register: then a single-output network's step
 * need not wait for D's store to be read back. */
#define INPUT_GRADS(g)                                                         \
    for (size_t i = 0; i < n_in; i++) {                                        \
        float d = d0 * W[i];                                                   \
        for (size_t j = 1; j < n_out; j++)                                     \
            d += D[j] * W[j * n_in + i];                                       \
        d = ffnn__activation_slope(g, A[i], H[i], d);                          \
        dx[i] = d;                                                             \
        int32_t m = ffnn__magnitude(d);                                        \
        max = m > max ? m : max;                                               \
    }

LAYER_INLINE void layer_input_grad(const ffnn__layer *L, ffnn__layer *below,
                                   float d0, size_t n_in, size_t n_out)
{
    const float *restrict W = L->W, *restrict D = L->D;
    const float *restrict A = below->A, *restrict H = below->H;
    float *restrict dx = below->D;
    int32_t max = 0;
    switch (below->act) {
    case FFNN_ACT_SIGMOID: INPUT_GRADS(FFNN_ACT_SIGMOID); break;
    case FFNN_ACT_TANH: INPUT_GRADS(FFNN_ACT_TANH); break;
    case FFNN_ACT_RELU: INPUT_GRADS(FFNN_ACT_RELU); break;
    default: INPUT_GRADS(FFNN_ACT_LINEAR); break; /* softmax is never below */
    }
    below->d_max = max;
}

/* dL/da of one output where the loss is elementwise (MSE, or BCE with its
 * sigmoid): g'(a) 2 (h - t), or h - t. */
#define OUTPUT_SLOPE(loss, g, a, h, t)                                         \
    ((loss) == FFNN_LOSS_BCE                                                   \
         ? ffnn__loss_slope(loss, h, t)                                        \
         : ffnn__activation_slope(g, a, h, ffnn__loss_slope(loss, h, t)))

static int elementwise_loss(const ffnn_net *net, const ffnn__layer *out)
{
    return net->loss != FFNN_LOSS_CE && out->act != FFNN_ACT_SOFTMAX;
}

/* D = dL/da of the output layer, and max |D|. */
static void output_grad(const ffnn_net *net, ffnn__layer *out,
                        const float *restrict t)
{
    const float *restrict A = out->A, *restrict H = out->H;
    float *restrict D = out->D;
    if (!elementwise_loss(net, out)) {
        out->d_max =
            ffnn__loss_grad(net->loss, out->act, 1, out->n_out, A, H, t, D);
        return;
    }
    int32_t max = 0;
    for (size_t j = 0; j < out->n_out; j++) {
        float d = OUTPUT_SLOPE(net->loss, out->act, A[j], H[j], t[j]);
        D[j] = d;
        int32_t m = ffnn__magnitude(d);
        max = m > max ? m : max;
    }
    out->d_max = max;
}

/* The output layer's forward pass with its dL/da in the same loop where the
 * loss allows, so that no store and reload of h lies between the two on
 * the chain each training step waits for; returns D[0] for the same
 * reason. */
#define OUTPUTS(loss, g)                                                       \
    NEURONS(g, {                                                               \
        float d = OUTPUT_SLOPE(loss, g, a, h, t[j]);                           \
        D[j] = d;                                                              \
        d0 = j ? d0 : d;                                                       \
        int32_t md = ffnn__magnitude(d);                                       \
        d_max = md > d_max ? md : d_max;                                       \
    })

LAYER_INLINE float output_forward(const ffnn_net *net, ffnn__layer *L,
                                  const float *restrict h_in,
                                  const float *restrict t, size_t n_in,
                                  size_t n_out)
{
    if (!elementwise_loss(net, L)) { /* a softmax output, CE's or not */
        softmax_forward(L, h_in, n_in, n_out);
        output_grad(net, L, t);
        return L->D[0];
    }
    LAYER_VARS(L);
    float *restrict D = L->D;
    int32_t d_max = 0;
    float d0 = 0.0f;
    if (net->loss == FFNN_LOSS_BCE) { /* its output is a sigmoid */
        OUTPUTS(FFNN_LOSS_BCE, FFNN_ACT_SIGMOID);
    } else {
        switch (L->act) {
        case FFNN_ACT_SIGMOID: OUTPUTS(FFNN_LOSS_MSE, FFNN_ACT_SIGMOID); break;
        case FFNN_ACT_TANH: OUTPUTS(FFNN_LOSS_MSE, FFNN_ACT_TANH); break;
        case FFNN_ACT_RELU: OUTPUTS(FFNN_LOSS_MSE, FFNN_ACT_RELU); break;
        default: OUTPUTS(FFNN_LOSS_MSE, FFNN_ACT_LINEAR); break;
        }
    }
    L->h_max = max;
    L->d_max = d_max;
    return d0;
}

/* Every layer's D below layer top's, from the top down. */
static void hidden_deltas(ffnn_net *net, size_t top)
{
    for (size_t l = top; l > 0; l--) {
        const ffnn__layer *L = &net->layers[l];
        layer_input_grad(L, &net->layers[l - 1], L->D[0], L->n_in, L->n_out);
    }
}

void ffnn__sample_deltas(ffnn_net *net, const float *target)
{
    output_grad(net, &net->layers[net->n_layers - 1], target);
    hidden_deltas(net, net->n_layers - 1);
}

/* Into the gradients, G = alpha d x^T and g = alpha d (beta is 0), or an
 * SGD step into the weights: W = beta W + alpha d x^T, b += alpha d. */
LAYER_INLINE void layer_weight_grad(const ffnn__layer *L,
                                    const float *restrict x, float alpha,
                                    float beta, int in_place, size_t n_in,
                                    size_t n_out)
{
    const float *restrict D = L->D;
    float *restrict G = in_place ? L->W : L->dW;
    float *restrict g = in_place ? L->b : L->db;
    if (!in_place)
        for (size_t j = 0; j < n_out; j++) {
            float ad = alpha * D[j], *row = G + j * n_in;
            for (size_t i = 0; i < n_in; i++)
                row[i] = ad * x[i];
            g[j] = ad;
        }
    else if (beta == 1.0f)
        for (size_t j = 0; j < n_out; j++) {
            float ad = alpha * D[j], *row = G + j * n_in;
            for (size_t i = 0; i < n_in; i++)
                row[i] += ad * x[i];
            g[j] += ad;
        }
    else
        for (size_t j = 0; j < n_out; j++) {
            float ad = alpha * D[j], *row = G + j * n_in;
            for (size_t i = 0; i < n_in; i++)
                row[i] = beta * row[i] + ad * x[i];
            g[j] += ad;
        }
}

void ffnn__sample_gradients(ffnn_net *net)
{
    const float *h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        const ffnn__layer *L = &net->layers[l];
        layer_weight_grad(L, h, 1.0f, 0.0f, 0, L->n_in, L->n_out);
        h = L->H;
    }
}

/* The overflow check of every layer's update, before any weight changes;
 * 0 (and every bound forgotten) if a layer refuses. */
static int sgd_step_is_safe(ffnn_net *net, float eta, float beta)
{
    float h_max = net->input_max;
    int safe = 1;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        safe &= ffnn__step_bounds(L, ffnn__magnitude_value(L->d_max), h_max,
                                  eta, beta);
        h_max = ffnn__magnitude_value(L->h_max);
    }
    if (!safe)
        ffnn__forget_bounds(net);
    return safe;
}

/* The step below for a network of one hidden layer, n0-n1-n2. */
LAYER_INLINE int two_layer_sgd_train(ffnn_net *net, const float *target,
                                     float eta, float beta, size_t n0,
                                     size_t n1, size_t n2)
{
    ffnn__layer *hidden = &net->layers[0], *out = &net->layers[1];
    hidden_forward(hidden, net->input, n0, n1);
    float d0 = output_forward(net, out, hidden->H, target, n1, n2);
    layer_input_grad(out, hidden, d0, n1, n2);
    if (!sgd_step_is_safe(net, eta, beta))
        return 0;
    layer_weight_grad(hidden, net->input, -eta, beta, 1, n0, n1);
    layer_weight_grad(out, hidden->H, -eta, beta, 1, n1, n2);
    return 1;
}

/* Networks of one hidden layer with at most TINY inputs and hidden units
 * (XOR's 2-2-1, the classroom's 4-4-1 or 4-4-3) get that step compiled for
 * their n0 and n1: every loop unrolls and h and the deltas stay in
 * registers instead of being stored and read back, which makes 2-2-1 and
 * 4-4-1 steps 14% and 9% faster (53 -> 46 ns, 68 -> 62 ns). Same
 * operations in the same order, so the same floats; 16 copies of the step,
 * about 60 KB of code. -1 for any other shape. The gain is fragile: the
 * copies must be inlined here (as functions of their own they lose 3 ns),
 * and folding the shape test into the switch's default lost 3 ns too. */
#define TINY 4
LAYER_INLINE int tiny_sgd_train(ffnn_net *net, const float *target, float eta,
                                float beta)
{
    if (net->n_layers != 2 || net->sizes[0] > TINY || net->sizes[1] > TINY)
        return -1;
    size_t n0 = net->sizes[0], n1 = net->sizes[1], n2 = net->sizes[2];
    switch ((n0 - 1) * TINY + (n1 - 1)) { /* widths are at least 1 */
#define SHAPE(a, b)                                                            \
    case (a - 1) * TINY + (b - 1):                                             \
        return two_layer_sgd_train(net, target, eta, beta, a, b, n2);
#define SHAPES(a) SHAPE(a, 1) SHAPE(a, 2) SHAPE(a, 3) SHAPE(a, 4)
        SHAPES(1) SHAPES(2) SHAPES(3) SHAPES(4)
#undef SHAPES
#undef SHAPE
    }
    return -1;
}

/* The whole plain-SGD step, x being in net->input: the forward pass with
 * the output's dL/da, the deltas, the overflow check of every layer, and
 * only then the update, W = beta W - eta d h^T. */
int ffnn__sample_sgd_train(ffnn_net *net, const float *target, float eta,
                           float beta)
{
    int tiny = tiny_sgd_train(net, target, eta, beta);
    if (tiny >= 0)
        return tiny;
    size_t last = net->n_layers - 1;
    const float *h = net->input;
    for (size_t l = 0; l < last; l++) {
        ffnn__layer *L = &net->layers[l];
        hidden_forward(L, h, L->n_in, L->n_out);
        h = L->H;
    }
    ffnn__layer *out = &net->layers[last];
    float d0 = output_forward(net, out, h, target, out->n_in, out->n_out);
    if (last > 0) {
        layer_input_grad(out, &net->layers[last - 1], d0, out->n_in,
                         out->n_out);
        hidden_deltas(net, last - 1);
    }
    if (!sgd_step_is_safe(net, eta, beta))
        return 0;
    h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        layer_weight_grad(L, h, -eta, beta, 1, L->n_in, L->n_out);
        h = L->H;
    }
    return 1;
}
