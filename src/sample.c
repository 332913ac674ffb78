/* sample.c -- one sample through a narrow network (batch 1, every layer
 * fed by fewer than FFNN_NARROW inputs). There a step is a few dozen
 * multiply-adds, and calls through the kernel table, a pass per phase and
 * the loops' set-up cost more than the arithmetic, so each phase below makes
 * one pass per layer: the product, the bias and the activation together; the
 * input gradient and g' together; dW and db together. The sums run in the
 * same order as the loop kernels', so both paths give the same floats (but
 * for the sign of a zero: a sum starts from its first term, not from 0,
 * which takes an addition off the chain each step waits for). */
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
    size_t n_in = (L)->n_in, n_out = (L)->n_out;                               \
    const float *restrict W = (L)->W, *restrict b = (L)->b;                    \
    float *restrict A = (L)->A, *restrict H = (L)->H;                          \
    int32_t max = 0

static void layer_forward(ffnn__layer *L, const float *restrict h_in)
{
    LAYER_VARS(L);
    switch (L->act) {
    case FFNN_ACT_SIGMOID: SUMS_THEN_CALLS(FFNN_ACT_SIGMOID); break;
    case FFNN_ACT_TANH: SUMS_THEN_CALLS(FFNN_ACT_TANH); break;
    case FFNN_ACT_RELU: NEURONS(FFNN_ACT_RELU, ); break;
    case FFNN_ACT_LINEAR: NEURONS(FFNN_ACT_LINEAR, ); break;
    case FFNN_ACT_SOFTMAX:
        NEURONS(FFNN_ACT_LINEAR, ); /* a for now; the softmax needs the row */
        ffnn__softmax_row(n_out, A, H);
        break;
    }
    L->h_max = max;
}

void ffnn__sample_forward(ffnn_net *net)
{
    const float *h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        layer_forward(&net->layers[l], h);
        h = net->layers[l].H;
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

static void layer_input_grad(const ffnn__layer *L, ffnn__layer *below, float d0)
{
    size_t n_in = L->n_in, n_out = L->n_out;
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

static float output_forward(const ffnn_net *net, ffnn__layer *L,
                            const float *restrict h_in, const float *restrict t)
{
    if (!elementwise_loss(net, L)) {
        layer_forward(L, h_in);
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
    for (size_t l = top; l > 0; l--)
        layer_input_grad(&net->layers[l], &net->layers[l - 1],
                         net->layers[l].D[0]);
}

void ffnn__sample_deltas(ffnn_net *net, const float *target)
{
    output_grad(net, &net->layers[net->n_layers - 1], target);
    hidden_deltas(net, net->n_layers - 1);
}

/* Into the gradients, G = alpha d x^T and g = alpha d (beta is 0), or an
 * SGD step into the weights: W = beta W + alpha d x^T, b += alpha d. */
static void layer_weight_grad(const ffnn__layer *L, const float *restrict x,
                              float alpha, float beta, int in_place)
{
    size_t n_in = L->n_in, n_out = L->n_out;
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
        layer_weight_grad(&net->layers[l], h, 1.0f, 0.0f, 0);
        h = net->layers[l].H;
    }
}

/* The whole plain-SGD step, x being in net->input: the forward pass with
 * the output's dL/da, the deltas, the overflow check of every layer, and
 * only then the update, W = beta W - eta d h^T. */
int ffnn__sample_sgd_train(ffnn_net *net, const float *target, float eta,
                           float beta)
{
    size_t last = net->n_layers - 1;
    const float *h = net->input;
    for (size_t l = 0; l < last; l++) {
        layer_forward(&net->layers[l], h);
        h = net->layers[l].H;
    }
    float d0 = output_forward(net, &net->layers[last], h, target);
    if (last > 0) {
        layer_input_grad(&net->layers[last], &net->layers[last - 1], d0);
        hidden_deltas(net, last - 1);
    }
    float h_max = net->input_max;
    int safe = 1;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        safe &= ffnn__step_bounds(L, ffnn__magnitude_value(L->d_max), h_max,
                                  eta, beta);
        h_max = ffnn__magnitude_value(L->h_max);
    }
    if (!safe) {
        ffnn__forget_bounds(net);
        return 0;
    }
    h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        layer_weight_grad(&net->layers[l], h, -eta, beta, 1);
        h = net->layers[l].H;
    }
    return 1;
}
