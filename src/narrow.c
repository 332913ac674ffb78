/* narrow.c -- one sample through a narrow network (batch 1, every layer fed
 * by fewer than FFNN_NARROW inputs), and one sample through a narrow layer
 * of any network (the kernel table ffnn__kernels_narrow). There a step is a
 * few dozen multiply-adds, and calls through the kernel table, a pass per
 * phase and the set-up of vector loops cost more than the arithmetic, so
 * each phase makes one scalar pass per layer: the product, the bias and the
 * activation together; the input gradient and g' together; dW and db
 * together. (CMake builds this file without vectorisation.) Every sum starts
 * from its first term, not from 0, which takes an addition off the chain
 * each step waits for; the kernel table and the network path share the
 * loops below, so both give the same floats.
 *
 * The layer functions take the widths and the activation as arguments and
 * are always inlined, so that each activation gets a loop of its own and
 * the networks of one hidden layer and at most TINY inputs and hidden units
 * can have their steps compiled once per shape (at the end). */
#include "internal.h"

/* ---- the loops, each written once ---- */

FFNN_ALWAYS_INLINE int32_t track_max(int32_t max, float v)
{
    int32_t m = ffnn__magnitude(v);
    return m > max ? m : max;
}

/* w . h over n >= 1 values, from the first term. */
FFNN_ALWAYS_INLINE float row_dot(const float *restrict w,
                                 const float *restrict h, size_t n)
{
    float sum = w[0] * h[0];
    for (size_t i = 1; i < n; i++)
        sum += w[i] * h[i];
    return sum;
}

/* sum_j d_j W_ji, column i of W (n_out x n_in), from d0 = d_0, which a
 * caller may have in a register. */
FFNN_ALWAYS_INLINE float column_dot(const float *restrict W,
                                    const float *restrict d, float d0, size_t i,
                                    size_t n_in, size_t n_out)
{
    float sum = d0 * W[i];
    for (size_t j = 1; j < n_out; j++)
        sum += d[j] * W[j * n_in + i];
    return sum;
}

/* G = beta G + alpha d x^T, with beta 0 ignoring G's old contents; and, if
 * g is not NULL, g = alpha d (beta 0) or g += alpha d. */
FFNN_ALWAYS_INLINE void outer_product(size_t n_in, size_t n_out, float alpha,
                                      const float *restrict d,
                                      const float *restrict x, float beta,
                                      float *restrict G, float *restrict g)
{
    for (size_t j = 0; j < n_out; j++) {
        float ad = alpha * d[j], *row = G + j * n_in;
        if (beta == 0.0f)
            for (size_t i = 0; i < n_in; i++)
                row[i] = ad * x[i];
        else if (beta == 1.0f)
            for (size_t i = 0; i < n_in; i++)
                row[i] += ad * x[i];
        else
            for (size_t i = 0; i < n_in; i++)
                row[i] = beta * row[i] + ad * x[i];
        if (g)
            g[j] = (beta == 0.0f ? 0.0f : g[j]) + ad;
    }
}

/* ---- one layer ---- */

/* A = W h_in + b, H = g(A) for a g that is not softmax; max |h|, which
 * for sigmoid and tanh is their bound 1. For a g that calls libm (expf,
 * tanhf) every a comes first, then the calls, which then find their
 * arguments ready and overlap (4-4-1 steps: 4% faster); the other g keep
 * one loop (two cost them 1 ns). */
FFNN_ALWAYS_INLINE int32_t layer_activate(const ffnn__layer *L,
                                          const float *restrict h_in,
                                          size_t n_in, size_t n_out,
                                          ffnn_activation g)
{
    const float *restrict W = L->W, *restrict b = L->b;
    float *restrict A = L->A, *restrict H = L->H;
    int calls_libm = ffnn__calls_libm(g);
    int32_t max = 0;
    for (size_t j = 0; j < n_out; j++) {
        float a = row_dot(W + j * n_in, h_in, n_in) + b[j];
        A[j] = a;
        if (!calls_libm) {
            H[j] = ffnn__activation(g, a);
            max = track_max(max, H[j]);
        }
    }
    for (size_t j = 0; calls_libm && j < n_out; j++) {
        H[j] = ffnn__activation(g, A[j]);
        max = track_max(max, H[j]);
    }
    return ffnn__bounded(g) ? FFNN_BOUNDED_BY_ONE : max;
}

/* The activations of 1.4.0: one loop with g at run time, compiled once
 * rather than into every shape's copy of the step. */
FFNN_NEVER_INLINE int32_t layer_activate_any(const ffnn__layer *L,
                                             const float *restrict h_in,
                                             size_t n_in, size_t n_out)
{
    return layer_activate(L, h_in, n_in, n_out, L->act);
}

/* A hidden layer's forward pass, one loop per activation. */
FFNN_ALWAYS_INLINE void hidden_forward(ffnn__layer *L,
                                       const float *restrict h_in, size_t n_in,
                                       size_t n_out)
{
    switch (L->act) {
    case FFNN_ACT_SIGMOID:
        L->h_max = layer_activate(L, h_in, n_in, n_out, FFNN_ACT_SIGMOID);
        break;
    case FFNN_ACT_TANH:
        L->h_max = layer_activate(L, h_in, n_in, n_out, FFNN_ACT_TANH);
        break;
    case FFNN_ACT_RELU:
        L->h_max = layer_activate(L, h_in, n_in, n_out, FFNN_ACT_RELU);
        break;
    case FFNN_ACT_LINEAR:
        L->h_max = layer_activate(L, h_in, n_in, n_out, FFNN_ACT_LINEAR);
        break;
    default: L->h_max = layer_activate_any(L, h_in, n_in, n_out); break;
    }
}

/* A softmax layer: the row's a first (and its max |a|, which no layer
 * reads: a softmax layer feeds none), then h. */
FFNN_ALWAYS_INLINE void softmax_forward(ffnn__layer *L,
                                        const float *restrict h_in, size_t n_in,
                                        size_t n_out)
{
    L->h_max = layer_activate(L, h_in, n_in, n_out, FFNN_ACT_LINEAR);
    ffnn__softmax_row(n_out, L->A, L->H);
}

FFNN_ALWAYS_INLINE void layer_forward(ffnn__layer *L,
                                      const float *restrict h_in, size_t n_in,
                                      size_t n_out)
{
    if (L->act == FFNN_ACT_SOFTMAX)
        softmax_forward(L, h_in, n_in, n_out);
    else
        hidden_forward(L, h_in, n_in, n_out);
}

/* D_below = (D W) * g'(a_below) from the layer above; max |D_below|. */
FFNN_ALWAYS_INLINE int32_t input_grads(const ffnn__layer *L, ffnn__layer *below,
                                       float d0, size_t n_in, size_t n_out,
                                       ffnn_activation g)
{
    const float *restrict A = below->A, *restrict H = below->H;
    float *restrict dx = below->D;
    int32_t max = 0;
    for (size_t i = 0; i < n_in; i++) {
        float d = column_dot(L->W, L->D, d0, i, n_in, n_out);
        dx[i] = ffnn__activation_slope(g, A[i], H[i], d);
        max = track_max(max, dx[i]);
    }
    return max;
}

FFNN_NEVER_INLINE int32_t input_grads_any(const ffnn__layer *L,
                                          ffnn__layer *below, float d0,
                                          size_t n_in, size_t n_out)
{
    return input_grads(L, below, d0, n_in, n_out, below->act);
}

/* The deltas of the layer below L, one loop per activation (softmax is
 * never below). d0 is L's D[0], passed by a caller that has it in a
 * register: then a single-output network's step need not wait for D's
 * store to be read back. */
FFNN_ALWAYS_INLINE void layer_input_grad(const ffnn__layer *L,
                                         ffnn__layer *below, float d0,
                                         size_t n_in, size_t n_out)
{
    int32_t max;
    switch (below->act) {
    case FFNN_ACT_SIGMOID:
        max = input_grads(L, below, d0, n_in, n_out, FFNN_ACT_SIGMOID);
        break;
    case FFNN_ACT_TANH:
        max = input_grads(L, below, d0, n_in, n_out, FFNN_ACT_TANH);
        break;
    case FFNN_ACT_RELU:
        max = input_grads(L, below, d0, n_in, n_out, FFNN_ACT_RELU);
        break;
    case FFNN_ACT_LINEAR:
        max = input_grads(L, below, d0, n_in, n_out, FFNN_ACT_LINEAR);
        break;
    default: max = input_grads_any(L, below, d0, n_in, n_out); break;
    }
    below->d_max = max;
}

/* ---- the output layer and the loss ---- */

/* dL/da of one output where the loss is elementwise (MSE, or BCE with its
 * sigmoid): g'(a) 2 (h - t), or h - t. */
FFNN_ALWAYS_INLINE float output_slope(ffnn_loss_function loss,
                                      ffnn_activation g, float a, float h,
                                      float t)
{
    float slope = ffnn__loss_slope(loss, h, t);
    return loss == FFNN_LOSS_BCE ? slope
                                 : ffnn__activation_slope(g, a, h, slope);
}

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
        out->d_max = ffnn__loss_grad(net->loss, out->act, 1, out->n_out, A, H,
                                     t, 1.0f, D);
        return;
    }
    int32_t max = 0;
    for (size_t j = 0; j < out->n_out; j++) {
        D[j] = output_slope(net->loss, out->act, A[j], H[j], t[j]);
        max = track_max(max, D[j]);
    }
    out->d_max = max;
}

/* The output layer's forward pass with its dL/da in the same loop, so that
 * no store and reload of h lies between the two on the chain each training
 * step waits for; returns D[0] for the same reason. (No layer reads the
 * output's h_max.) */
FFNN_ALWAYS_INLINE float outputs(ffnn__layer *L, const float *restrict h_in,
                                 const float *restrict t, size_t n_in,
                                 size_t n_out, ffnn_loss_function loss,
                                 ffnn_activation g)
{
    const float *restrict W = L->W, *restrict b = L->b;
    float *restrict A = L->A, *restrict H = L->H, *restrict D = L->D;
    int32_t d_max = 0;
    float d0 = 0.0f;
    for (size_t j = 0; j < n_out; j++) {
        float a = row_dot(W + j * n_in, h_in, n_in) + b[j];
        A[j] = a;
        float h = ffnn__activation(g, a);
        H[j] = h;
        float d = output_slope(loss, g, a, h, t[j]);
        D[j] = d;
        d0 = j ? d0 : d;
        d_max = track_max(d_max, d);
    }
    L->d_max = d_max;
    return d0;
}

FFNN_NEVER_INLINE float outputs_any(ffnn__layer *L, const float *restrict h_in,
                                    const float *restrict t, size_t n_in,
                                    size_t n_out)
{
    return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_MSE, L->act);
}

FFNN_ALWAYS_INLINE float output_forward(const ffnn_net *net, ffnn__layer *L,
                                        const float *restrict h_in,
                                        const float *restrict t, size_t n_in,
                                        size_t n_out)
{
    if (!elementwise_loss(net, L)) { /* a softmax output, CE's or not */
        softmax_forward(L, h_in, n_in, n_out);
        output_grad(net, L, t);
        return L->D[0];
    }
    if (net->loss == FFNN_LOSS_BCE) /* its output is a sigmoid */
        return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_BCE,
                       FFNN_ACT_SIGMOID);
    switch (L->act) {
    case FFNN_ACT_SIGMOID:
        return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_MSE,
                       FFNN_ACT_SIGMOID);
    case FFNN_ACT_TANH:
        return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_MSE, FFNN_ACT_TANH);
    case FFNN_ACT_RELU:
        return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_MSE, FFNN_ACT_RELU);
    case FFNN_ACT_LINEAR:
        return outputs(L, h_in, t, n_in, n_out, FFNN_LOSS_MSE, FFNN_ACT_LINEAR);
    default: return outputs_any(L, h_in, t, n_in, n_out);
    }
}

/* ---- the network ---- */

/* Which of the 16 tiny shapes net is, 0 .. 15: one hidden layer with at
 * most TINY inputs and hidden units (XOR's 2-2-1, the classroom's 4-4-1 or
 * 4-4-3); -1 for any other. */
#define TINY 4
static int tiny_shape(const ffnn_net *net)
{
    if (net->n_layers != 2 || net->sizes[0] > TINY || net->sizes[1] > TINY)
        return -1;
    return (int)((net->sizes[0] - 1) * TINY + (net->sizes[1] - 1));
}

/* The forward pass of n0-n1-n2. */
FFNN_ALWAYS_INLINE void two_layer_forward(ffnn_net *net, size_t n0, size_t n1,
                                          size_t n2)
{
    ffnn__layer *hidden = &net->layers[0], *out = &net->layers[1];
    hidden_forward(hidden, net->input, n0, n1);
    layer_forward(out, hidden->H, n1, n2);
}

/* The tiny shapes' forward passes, compiled for their n0 and n1 as their
 * training steps are (tiny_sgd_train): 0 if net has none. */
static int tiny_forward(ffnn_net *net)
{
    size_t n2 = net->sizes[net->n_layers];
    switch (tiny_shape(net)) {
    case 0: two_layer_forward(net, 1, 1, n2); return 1;
    case 1: two_layer_forward(net, 1, 2, n2); return 1;
    case 2: two_layer_forward(net, 1, 3, n2); return 1;
    case 3: two_layer_forward(net, 1, 4, n2); return 1;
    case 4: two_layer_forward(net, 2, 1, n2); return 1;
    case 5: two_layer_forward(net, 2, 2, n2); return 1;
    case 6: two_layer_forward(net, 2, 3, n2); return 1;
    case 7: two_layer_forward(net, 2, 4, n2); return 1;
    case 8: two_layer_forward(net, 3, 1, n2); return 1;
    case 9: two_layer_forward(net, 3, 2, n2); return 1;
    case 10: two_layer_forward(net, 3, 3, n2); return 1;
    case 11: two_layer_forward(net, 3, 4, n2); return 1;
    case 12: two_layer_forward(net, 4, 1, n2); return 1;
    case 13: two_layer_forward(net, 4, 2, n2); return 1;
    case 14: two_layer_forward(net, 4, 3, n2); return 1;
    case 15: two_layer_forward(net, 4, 4, n2); return 1;
    }
    return 0;
}

static void narrow_forward(ffnn_net *net)
{
    if (tiny_forward(net))
        return;
    const float *h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        layer_forward(L, h, L->n_in, L->n_out);
        h = L->H;
    }
}

/* Every layer's D below layer top's, from the top down. */
static void hidden_deltas(ffnn_net *net, size_t top)
{
    for (size_t l = top; l > 0; l--) {
        const ffnn__layer *L = &net->layers[l];
        layer_input_grad(L, &net->layers[l - 1], L->D[0], L->n_in, L->n_out);
    }
}

/* The hidden deltas of a network of one hidden layer of n1 units. */
FFNN_ALWAYS_INLINE void two_layer_deltas(ffnn_net *net, size_t n1)
{
    ffnn__layer *out = &net->layers[1];
    layer_input_grad(out, &net->layers[0], out->D[0], n1, out->n_out);
}

static void narrow_deltas(ffnn_net *net, const float *target)
{
    output_grad(net, &net->layers[net->n_layers - 1], target);
    if (net->n_layers == 2 && net->sizes[1] <= TINY) {
        switch (net->sizes[1]) { /* compiled for n1, as the tiny steps */
        case 1: two_layer_deltas(net, 1); return;
        case 2: two_layer_deltas(net, 2); return;
        case 3: two_layer_deltas(net, 3); return;
        default: two_layer_deltas(net, 4); return;
        }
    }
    hidden_deltas(net, net->n_layers - 1);
}

/* G = d x^T and g = d for a layer of n_out x n_in. */
FFNN_ALWAYS_INLINE void store_gradients(const ffnn__layer *L,
                                        const float *restrict x, size_t n_in,
                                        size_t n_out)
{
    outer_product(n_in, n_out, 1.0f, L->D, x, 0.0f, L->dW, L->db);
}

/* Layer l's dW and db into the gradients; compiled per width for layers of
 * at most TINY inputs and outputs. */
static void narrow_gradients(ffnn_net *net, size_t l)
{
    const ffnn__layer *L = &net->layers[l];
    const float *x = l == 0 ? net->input : net->layers[l - 1].H;
    size_t n_in = L->n_in, n_out = L->n_out;
    switch (n_in <= TINY && n_out <= TINY ? (n_in - 1) * TINY + n_out - 1
                                          : TINY * TINY) {
    case 0: store_gradients(L, x, 1, 1); break;
    case 1: store_gradients(L, x, 1, 2); break;
    case 2: store_gradients(L, x, 1, 3); break;
    case 3: store_gradients(L, x, 1, 4); break;
    case 4: store_gradients(L, x, 2, 1); break;
    case 5: store_gradients(L, x, 2, 2); break;
    case 6: store_gradients(L, x, 2, 3); break;
    case 7: store_gradients(L, x, 2, 4); break;
    case 8: store_gradients(L, x, 3, 1); break;
    case 9: store_gradients(L, x, 3, 2); break;
    case 10: store_gradients(L, x, 3, 3); break;
    case 11: store_gradients(L, x, 3, 4); break;
    case 12: store_gradients(L, x, 4, 1); break;
    case 13: store_gradients(L, x, 4, 2); break;
    case 14: store_gradients(L, x, 4, 3); break;
    case 15: store_gradients(L, x, 4, 4); break;
    default: store_gradients(L, x, n_in, n_out); break;
    }
}

/* The SGD update of layer L, fed by x: W = beta W - eta d x^T, b -= eta d. */
FFNN_ALWAYS_INLINE void sgd_update(const ffnn__layer *L,
                                   const float *restrict x, float eta,
                                   float beta, size_t n_in, size_t n_out)
{
    outer_product(n_in, n_out, -eta, L->D, x, beta, L->W, L->b);
}

/* The step below for a network of one hidden layer, n0-n1-n2. */
FFNN_ALWAYS_INLINE int two_layer_sgd_train(ffnn_net *net, const float *target,
                                           float eta, float beta, size_t n0,
                                           size_t n1, size_t n2)
{
    ffnn__layer *hidden = &net->layers[0], *out = &net->layers[1];
    hidden_forward(hidden, net->input, n0, n1);
    float d0 = output_forward(net, out, hidden->H, target, n1, n2);
    layer_input_grad(out, hidden, d0, n1, n2);
    if (!ffnn__sgd_step_is_safe(net, eta, beta))
        return 0;
    sgd_update(hidden, net->input, eta, beta, n0, n1);
    sgd_update(out, hidden->H, eta, beta, n1, n2);
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
FFNN_ALWAYS_INLINE int tiny_sgd_train(ffnn_net *net, const float *t, float eta,
                                      float beta)
{
    size_t n2 = net->sizes[net->n_layers];
    switch (tiny_shape(net)) {
    case 0: return two_layer_sgd_train(net, t, eta, beta, 1, 1, n2);
    case 1: return two_layer_sgd_train(net, t, eta, beta, 1, 2, n2);
    case 2: return two_layer_sgd_train(net, t, eta, beta, 1, 3, n2);
    case 3: return two_layer_sgd_train(net, t, eta, beta, 1, 4, n2);
    case 4: return two_layer_sgd_train(net, t, eta, beta, 2, 1, n2);
    case 5: return two_layer_sgd_train(net, t, eta, beta, 2, 2, n2);
    case 6: return two_layer_sgd_train(net, t, eta, beta, 2, 3, n2);
    case 7: return two_layer_sgd_train(net, t, eta, beta, 2, 4, n2);
    case 8: return two_layer_sgd_train(net, t, eta, beta, 3, 1, n2);
    case 9: return two_layer_sgd_train(net, t, eta, beta, 3, 2, n2);
    case 10: return two_layer_sgd_train(net, t, eta, beta, 3, 3, n2);
    case 11: return two_layer_sgd_train(net, t, eta, beta, 3, 4, n2);
    case 12: return two_layer_sgd_train(net, t, eta, beta, 4, 1, n2);
    case 13: return two_layer_sgd_train(net, t, eta, beta, 4, 2, n2);
    case 14: return two_layer_sgd_train(net, t, eta, beta, 4, 3, n2);
    case 15: return two_layer_sgd_train(net, t, eta, beta, 4, 4, n2);
    }
    return -1;
}

/* The whole plain-SGD step, x being in net->input: the forward pass with
 * the output's dL/da, the deltas, the overflow check of every layer, and
 * only then the update. */
static int narrow_sgd_train(ffnn_net *net, const float *target, float eta,
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
    if (!ffnn__sgd_step_is_safe(net, eta, beta))
        return 0;
    h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        sgd_update(L, h, eta, beta, L->n_in, L->n_out);
        h = L->H;
    }
    return 1;
}

const ffnn__path ffnn__path_narrow = {narrow_forward, narrow_deltas,
                                      narrow_gradients, narrow_sgd_train};

/* ---- one sample through a narrow layer of any network ---- */

static void narrow_forward_k(size_t batch, size_t n_in, size_t n_out,
                             const float *X, const float *W, float *Y)
{
    (void)batch;
    for (size_t j = 0; j < n_out; j++)
        Y[j] = row_dot(W + j * n_in, X, n_in);
}

static void narrow_weight_grad_k(size_t batch, size_t n_in, size_t n_out,
                                 float alpha, const float *D, const float *X,
                                 float beta, float *G)
{
    (void)batch;
    outer_product(n_in, n_out, alpha, D, X, beta, G, NULL);
}

static void narrow_input_grad_k(size_t batch, size_t n_in, size_t n_out,
                                const float *D, const float *W, float *DX)
{
    (void)batch;
    for (size_t i = 0; i < n_in; i++)
        DX[i] = column_dot(W, D, D[0], i, n_in, n_out);
}

const ffnn__kernels ffnn__kernels_narrow = {
    narrow_forward_k, narrow_weight_grad_k, narrow_input_grad_k};
