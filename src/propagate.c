/* propagate.c -- the layer math, written once over a kernel table:
 * the forward pass, the loss, backpropagation and the update step. */
#include "internal.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* Below this many multiply-adds a BLAS call costs more than its arithmetic;
 * AUTO then takes the loop kernels. ffnn-bench, training steps, 1 thread:
 * 32-32 batch 1 (1024): loop 3.4M/s, BLAS 3.2M/s; 64-64 batch 1 (4096):
 * loop 1.1M/s, BLAS 1.4M/s; 32-32 batch 4 (4096): loop 3.7M/s, BLAS 9.0M/s. */
#define AUTO_BLAS_MIN_MACS 4096u

const ffnn__kernels *ffnn__pick_kernels(const ffnn_net *net,
                                        const ffnn__layer *layer, size_t batch)
{
    if (net->backend == FFNN_BACKEND_BLAS)
        return &ffnn__kernels_blas;
    if (batch == 1 && layer->n_in < FFNN_NARROW)
        return &ffnn__kernels_narrow;
    /* n_in n_out fits (the weights were allocated); batch first keeps the
     * product from overflowing. */
    if (net->backend == FFNN_BACKEND_NAIVE ||
        (batch < AUTO_BLAS_MIN_MACS &&
         batch * layer->n_in * layer->n_out < AUTO_BLAS_MIN_MACS))
        return &ffnn__kernels_loop;
    return &ffnn__kernels_blas;
}

int ffnn__all_finite(const float *x, size_t n)
{
    uint32_t bad = 0;
    for (size_t k = 0; k < n; k++) {
        uint32_t bits;
        memcpy(&bits, &x[k], sizeof bits);
        bad |= (bits & 0x7f800000u) == 0x7f800000u;
    }
    return !bad;
}

/* (x - mean) / scale into H_0, per feature (input scaling), in one pass
 * that also finds max |H_0| as integer bits: NaN or infinity in x, or an
 * overflow of the scaling, show as >= 0x7f800000. */
FFNN_NEVER_INLINE int32_t scale_input(const ffnn_net *net, const float *x,
                                      size_t batch)
{
    size_t n = net->sizes[0];
    const float *m = net->in_scaling;
    float *dst = net->input;
    int32_t max = 0;
    for (size_t s = 0; s < batch; s++, x += n, dst += n)
        for (size_t j = 0; j < n; j++) {
            dst[j] = (x[j] - m[j]) / m[n + j];
            int32_t v = ffnn__magnitude(dst[j]);
            max = v > max ? v : max;
        }
    return max;
}

/* Copy x into H_0, checking it on the way; scaled, if the model says. */
FFNN_ALWAYS_INLINE ffnn_status load_input(ffnn_net *net, const float *x,
                                          size_t batch)
{
    size_t n = batch * net->sizes[0];
    float *dst = net->input;
    int32_t max = 0;
    if (net->in_scaling) {
        max = scale_input(net, x, batch);
    } else {
        for (size_t k = 0; k < n; k++) {
            int32_t m = ffnn__magnitude(x[k]);
            max = m > max ? m : max;
            dst[k] = x[k];
        }
    }
    net->input_max = ffnn__magnitude_value(max); /* for step bounds */
    if (max >= 0x7f800000) {
        net->flags &= ~(unsigned)(NET_HAS_OUTPUT | NET_FWD_CURRENT);
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "ffnn_forward: x contains NaN or infinity");
    }
    return FFNN_OK;
}

/* Make room for the batch and copy x into H_0. */
FFNN_ALWAYS_INLINE ffnn_status take_input(ffnn_net *net, const float *x,
                                          size_t batch)
{
    ffnn_status s =
        batch <= net->capacity ? FFNN_OK : ffnn__reserve(net, batch);
    return s == FFNN_OK ? load_input(net, x, batch) : s;
}

static const ffnn__path *pick_path(const ffnn_net *net, size_t batch);

/* The forward pass of the batch, x being in H_0. */
static void run_forward(ffnn_net *net, size_t batch)
{
    net->batch = batch;
    pick_path(net, batch)->forward(net);
    net->flags |= NET_HAS_OUTPUT | NET_FWD_CURRENT;
}

/* The forward pass proper, once the arguments are known to be good. */
static ffnn_status forward_pass(ffnn_net *net, const float *x, size_t batch)
{
    ffnn_status s = take_input(net, x, batch);
    if (s == FFNN_OK)
        run_forward(net, batch);
    return s;
}

static ffnn_status check_input(ffnn_net *net, const float *x, size_t batch,
                               const char *fn)
{
    if (!net || !x)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "x" : "net");
    if (batch == 0)
        return ffnn__fail(net, FFNN_ERR_SHAPE, "%s: batch is 0", fn);
    return FFNN_OK;
}

ffnn_status ffnn_forward(ffnn_net *net, const float *x, size_t batch, float *y)
{
    ffnn_status s = check_input(net, x, batch, "ffnn_forward");
    if (s == FFNN_OK)
        s = forward_pass(net, x, batch);
    if (s == FFNN_OK && y) {
        memcpy(y, net->layers[net->n_layers - 1].H,
               batch * net->sizes[net->n_layers] * sizeof *y);
        ffnn__unscale_outputs(net, y, batch);
    }
    return s;
}

/* Checks shared by ffnn_loss and ffnn_backward. */
static ffnn_status check_target(ffnn_net *net, const float *target,
                                const char *fn)
{
    if (!net || !target)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "target" : "net");
    if (!(net->flags & NET_HAS_OUTPUT))
        return ffnn__fail(net, FFNN_ERR_STATE, "%s: no forward pass yet", fn);
    if (!ffnn__all_finite(target, net->batch * net->sizes[net->n_layers]))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "%s: target contains NaN or infinity", fn);
    return FFNN_OK;
}

ffnn_status ffnn_loss(ffnn_net *net, const float *target, float *loss)
{
    if (!loss)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_loss: loss is NULL");
    ffnn_status s = check_target(net, target, "ffnn_loss");
    if (s != FFNN_OK)
        return s;
    const ffnn__layer *out = &net->layers[net->n_layers - 1];
    target = ffnn__targets(net, target, net->batch);
    *loss = (float)ffnn__loss_mean(net->loss, out->act, net->batch, out->n_out,
                                   out->A, out->H, target);
    return FFNN_OK;
}

/* Where backpropagation puts dL/dW_l and dL/db_l: stored in the gradient
 * buffers (alpha 1, beta 0), or applied to W_l and b_l at once as a plain
 * SGD step (alpha -eta, beta 1 - eta lambda on W, 1 on b), which spares
 * the gradient buffers and the pass of a separate update. */
typedef struct {
    float alpha, beta;
    int in_place;
} grad_sink;

/* g = alpha * (column sums of D) + beta * g, beta being 0 or 1. */
static void bias_grad(size_t batch, size_t n, const float *D, float alpha,
                      float beta, float *g)
{
    if (batch == 1) {
        for (size_t j = 0; j < n; j++)
            g[j] = (beta == 0.0f ? 0.0f : g[j]) + alpha * D[j];
        return;
    }
    if (beta == 0.0f)
        memset(g, 0, n * sizeof *g);
    for (size_t s = 0; s < batch; s++)
        for (size_t j = 0; j < n; j++)
            g[j] += alpha * D[s * n + j];
}

/* ---- the layered path: each layer's products through the kernel table,
 * the elementwise passes over the whole batch ---- */

static void layers_forward(ffnn_net *net)
{
    size_t batch = net->batch;
    const float *h = net->input;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        ffnn__pick_kernels(net, L, batch)
            ->forward(batch, L->n_in, L->n_out, h, L->W, L->A);
        L->h_max = ffnn__activate(L->act, batch, L->n_out, L->b, L->A, L->H);
        if (net->training && L->dropout > 0.0f)
            L->h_max = ffnn__dropout_forward(net, l);
        h = L->H;
    }
}

/* D's row s times scale[s]; the largest magnitude written. */
static int32_t scale_rows(float *D, size_t batch, size_t n, const float *scale)
{
    for (size_t s = 0; s < batch; s++)
        for (size_t j = 0; j < n; j++)
            D[s * n + j] *= scale[s];
    return ffnn__max_magnitude(D, batch * n);
}

/* D_L from the loss (its sum over the batch times scale), then D_{l-1} =
 * (D_l W_l) * g'(a_{l-1}) down to D_1. */
static void scaled_deltas(ffnn_net *net, const float *target, float scale)
{
    ffnn__layer *out = &net->layers[net->n_layers - 1];
    size_t batch = net->batch;
    out->d_max =
        ffnn__loss_grad(net->loss, out->act, batch, out->n_out, out->A, out->H,
                        target, net->row_scale ? 1.0f : scale, out->D);
    if (net->row_scale) /* each row's weight over the batch's sum */
        out->d_max = scale_rows(out->D, batch, out->n_out, net->row_scale);
    for (size_t l = net->n_layers - 1; l > 0; l--) {
        const ffnn__layer *L = &net->layers[l];
        ffnn__layer *below = &net->layers[l - 1];
        ffnn__pick_kernels(net, L, batch)
            ->input_grad(batch, L->n_in, L->n_out, L->D, L->W, below->D);
        if (net->training && below->dropout > 0.0f) /* H holds h times M */
            below->d_max = ffnn__dropout_backward(net, l - 1);
        else
            below->d_max = ffnn__activation_grad(
                below->act, batch, below->n_out, below->A, below->H, below->D);
    }
}

/* Layer l's dW and db into the sink. */
static void layer_weights(ffnn_net *net, size_t l, const grad_sink *sink)
{
    const ffnn__layer *L = &net->layers[l];
    const float *h_prev = l == 0 ? net->input : net->layers[l - 1].H;
    ffnn__pick_kernels(net, L, net->batch)
        ->weight_grad(net->batch, L->n_in, L->n_out, sink->alpha, L->D, h_prev,
                      sink->beta, sink->in_place ? L->W : L->dW);
    bias_grad(net->batch, L->n_out, L->D, sink->alpha,
              sink->in_place ? 1.0f : 0.0f, sink->in_place ? L->b : L->db);
}

/* The deltas of the mean loss. No weight changes yet, so an in-place step
 * can be checked first. */
static void layers_deltas(ffnn_net *net, const float *target)
{
    scaled_deltas(net, target, 1.0f / (float)net->batch);
}

static void layers_gradients(ffnn_net *net, size_t l)
{
    const grad_sink store = {1.0f, 0.0f, 0};
    layer_weights(net, l, &store);
}

/* The plain-SGD step with the update folded into the dW GEMM (alpha -eta,
 * beta 1 - eta lambda), checked for overflow before any weight changes. */
static int layers_sgd_train(ffnn_net *net, const float *target, float eta,
                            float beta)
{
    layers_forward(net);
    layers_deltas(net, target);
    if (!ffnn__sgd_step_is_safe(net, eta, beta))
        return 0;
    const grad_sink apply = {-eta, beta, 1};
    for (size_t l = 0; l < net->n_layers; l++)
        layer_weights(net, l, &apply);
    return 1;
}

static const ffnn__path layered = {layers_forward, layers_deltas,
                                   layers_gradients, layers_sgd_train};

/* The one place the layer math chooses how the passes run: one sample
 * through a narrow network takes narrow.c's fused loops, all else the
 * layers above. */
static const ffnn__path *pick_path(const ffnn_net *net, size_t batch)
{
    int narrow = batch == 1 && net->narrow &&
                 net->backend == FFNN_BACKEND_AUTO && !ffnn__dropping(net);
    return narrow ? &ffnn__path_narrow : &layered;
}

/* Bounds of the gradients just stored, from the maxima the passes recorded:
 * |dW| <= B max|D| max|h_in| and |db| <= B max|D|, for ffnn_step. */
static void bound_gradients(ffnn_net *net)
{
    float h_max = net->input_max, batch = (float)net->batch;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        L->db_bound = batch * ffnn__magnitude_value(L->d_max);
        L->dw_bound = L->db_bound * h_max;
        h_max = ffnn__magnitude_value(L->h_max);
    }
}

/* Backpropagation into the gradient buffers. */
static void backward_store(ffnn_net *net, const float *target)
{
    const ffnn__path *path = pick_path(net, net->batch);
    path->deltas(net, target);
    bound_gradients(net);
    for (size_t l = 0; l < net->n_layers; l++)
        path->gradients(net, l);
    net->flags |= NET_HAS_GRADS;
}

/* A training step with plain SGD, x being in H_0; 0 if refused. */
static int sgd_train(ffnn_net *net, const float *target, size_t batch,
                     float eta)
{
    float beta = 1.0f - eta * net->opt.weight_decay;
    net->batch = batch;
    int ok = pick_path(net, batch)->sgd_train(net, target, eta, beta);
    net->flags |= NET_HAS_OUTPUT | NET_FWD_CURRENT;
    if (ok) /* the weights changed, and no gradients were kept */
        net->flags &= ~(unsigned)(NET_HAS_GRADS | NET_FWD_CURRENT);
    return ok;
}

static ffnn_status refuse_step(ffnn_net *net, const char *fn)
{
    return ffnn__fail(net, FFNN_ERR_NUMERIC,
                      "%s: the step would make weights NaN or infinite "
                      "(learning rate too large?); weights unchanged",
                      fn);
}

void ffnn__deltas_share(ffnn_net *net, const float *target, size_t rows)
{
    scaled_deltas(net, target, 1.0f / (float)rows);
    bound_gradients(net);
}

void ffnn__layer_gradients(ffnn_net *net, size_t l)
{
    layers_gradients(net, l);
}

ffnn_status ffnn_backward(ffnn_net *net, const float *target)
{
    ffnn_status s = check_target(net, target, "ffnn_backward");
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, "ffnn_backward");
    if (s != FFNN_OK)
        return s;
    if (!(net->flags & NET_FWD_CURRENT))
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "ffnn_backward: the weights changed since the last "
                          "forward pass");
    backward_store(net, ffnn__targets(net, target, net->batch));
    return FFNN_OK;
}

static ffnn_status check_learning_rate(ffnn_net *net, float eta, const char *fn)
{
    if (!(eta >= 0.0f) || isinf(eta))
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: learning rate must be finite and >= 0, got %g",
                          fn, (double)eta);
    return FFNN_OK;
}

/* The path's gradients of layer l, for ffnn__step_by_layer. */
static int path_gradients(void *path, ffnn_net *net, size_t l)
{
    ((const ffnn__path *)path)->gradients(net, l);
    return 0;
}

/* A training step with the other optimizers, x being in H_0; 0 if the
 * step is refused. The gradients are stored as by ffnn_backward. When the
 * bounds prove the step finite before any gradient exists, each layer is
 * updated right after its dW is computed, while dW is still in cache;
 * else every gradient is stored and checked before the first update. */
static int optimizer_train(ffnn_net *net, const float *target, size_t batch,
                           float eta)
{
    run_forward(net, batch);
    const ffnn__path *path = pick_path(net, batch);
    path->deltas(net, target);
    bound_gradients(net);
    int ok = ffnn__step_by_layer(net, eta, path_gradients, (void *)path);
    if (ok)
        net->flags &= ~(unsigned)NET_FWD_CURRENT;
    return ok;
}

ffnn_status ffnn_train_step(ffnn_net *net, const float *x, const float *target,
                            size_t batch, float learning_rate, float *loss)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_train_step: net is NULL");
    ffnn_status s = check_input(net, x, batch, "ffnn_train_step");
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, "ffnn_train_step");
    if (s == FFNN_OK)
        s = check_learning_rate(net, learning_rate, "ffnn_train_step");
    if (s == FFNN_OK && !target)
        s = ffnn__fail(net, FFNN_ERR_ARG, "ffnn_train_step: target is NULL");
    /* Targets are checked before the forward pass, so that a bad one leaves
     * the network exactly as it was. */
    if (s == FFNN_OK &&
        !ffnn__all_finite(target, batch * net->sizes[net->n_layers]))
        s = ffnn__fail(net, FFNN_ERR_NUMERIC,
                       "ffnn_train_step: target contains NaN or infinity");
    if (s == FFNN_OK)
        s = take_input(net, x, batch);
    if (s != FFNN_OK)
        return s;
    target = ffnn__targets(net, target, batch);
    net->training = 1;
    int ok = net->opt.kind == FFNN_OPT_SGD
                 ? sgd_train(net, target, batch, learning_rate)
                 : optimizer_train(net, target, batch, learning_rate);
    net->training = 0;
    net->dropout_step += ok; /* the next step draws new masks */
    if (loss) { /* the forward pass's; no step changes the output's A, H */
        const ffnn__layer *out = &net->layers[net->n_layers - 1];
        *loss = (float)ffnn__loss_mean(net->loss, out->act, batch, out->n_out,
                                       out->A, out->H, target);
    }
    return ok ? FFNN_OK : refuse_step(net, "ffnn_train_step");
}

ffnn_status ffnn_step(ffnn_net *net, float learning_rate)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_step: net is NULL");
    ffnn_status s = check_learning_rate(net, learning_rate, "ffnn_step");
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, "ffnn_step");
    if (s != FFNN_OK)
        return s;
    if (!(net->flags & NET_HAS_GRADS))
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "ffnn_step: no ffnn_backward yet");
    if (!ffnn__optimizer_step(net, learning_rate))
        return refuse_step(net, "ffnn_step");
    net->flags &= ~(unsigned)NET_FWD_CURRENT;
    return FFNN_OK;
}
