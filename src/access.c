/* access.c -- what a caller can read and write of a network: its shape,
 * its parameters, its gradients and its last activations. */
#include "internal.h"

#include <string.h>

size_t ffnn_net_num_layers(const ffnn_net *net)
{
    return net ? net->n_layers : 0;
}

size_t ffnn_net_layer_size(const ffnn_net *net, size_t l)
{
    return net && l <= net->n_layers ? net->sizes[l] : 0;
}

int ffnn_net_activation(const ffnn_net *net, size_t l)
{
    if (!net || l == 0 || l > net->n_layers)
        return -1;
    return (int)net->layers[l - 1].act;
}

int ffnn_net_loss_function(const ffnn_net *net)
{
    return net ? (int)net->loss : -1;
}

size_t ffnn_net_num_params(const ffnn_net *net)
{
    size_t total = 0;
    for (size_t l = 0; net && l < net->n_layers; l++)
        total += net->layers[l].n_out * (net->layers[l].n_in + 1);
    return total;
}

size_t ffnn_net_batch(const ffnn_net *net)
{
    return net && (net->flags & NET_HAS_OUTPUT) ? net->batch : 0;
}

int ffnn_net_backend(const ffnn_net *net)
{
    return net ? (int)net->backend : -1;
}

ffnn_status ffnn_net_set_backend(ffnn_net *net, ffnn_backend backend)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_net_set_backend: net is NULL");
    if ((int)backend < 0 || (int)backend > FFNN_BACKEND_NAIVE)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_net_set_backend: backend = %d is not a backend",
                          (int)backend);
    net->backend = backend;
    return FFNN_OK;
}

/* The layer for a 1-based index, or NULL after recording the error. */
static const ffnn__layer *layer_at(const ffnn_net *net, size_t l,
                                   const char *fn)
{
    if (!net) {
        ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
        return NULL;
    }
    if (l == 0 || l > net->n_layers) {
        ffnn__fail(net, FFNN_ERR_ARG, "%s: layer %zu is not in 1..%zu", fn, l,
                   net->n_layers);
        return NULL;
    }
    return &net->layers[l - 1];
}

static void copy_out(float *dst, const float *src, size_t n)
{
    if (dst)
        memcpy(dst, src, n * sizeof *dst);
}

ffnn_status ffnn_get_layer(const ffnn_net *net, size_t l, float *W, float *b)
{
    const ffnn__layer *L = layer_at(net, l, "ffnn_get_layer");
    if (!L)
        return FFNN_ERR_ARG;
    copy_out(W, L->W, L->n_out * L->n_in);
    copy_out(b, L->b, L->n_out);
    return FFNN_OK;
}

ffnn_status ffnn_set_layer(ffnn_net *net, size_t l, const float *W,
                           const float *b)
{
    const ffnn__layer *L = layer_at(net, l, "ffnn_set_layer");
    if (!L)
        return FFNN_ERR_ARG;
    if (ffnn__check_writable(net, "ffnn_set_layer") != FFNN_OK)
        return FFNN_ERR_STATE;
    size_t n_w = L->n_out * L->n_in;
    if ((W && !ffnn__all_finite(W, n_w)) ||
        (b && !ffnn__all_finite(b, L->n_out)))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "ffnn_set_layer: layer %zu values contain NaN or "
                          "infinity",
                          l);
    if (W)
        memcpy(L->W, W, n_w * sizeof *W);
    if (b)
        memcpy(L->b, b, L->n_out * sizeof *b);
    net->layers[l - 1].w_bound = FFNN_BOUND_UNKNOWN;
    net->flags &= ~(unsigned)NET_FWD_CURRENT;
    return FFNN_OK;
}

ffnn_status ffnn_get_gradients(const ffnn_net *net, size_t l, float *dW,
                               float *db)
{
    const ffnn__layer *L = layer_at(net, l, "ffnn_get_gradients");
    if (!L)
        return FFNN_ERR_ARG;
    if (!(net->flags & NET_HAS_GRADS))
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "ffnn_get_gradients: no ffnn_backward yet");
    copy_out(dW, L->dW, L->n_out * L->n_in);
    copy_out(db, L->db, L->n_out);
    return FFNN_OK;
}

ffnn_status ffnn_get_activations(const ffnn_net *net, size_t l, float *a,
                                 float *h)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_get_activations: net is NULL");
    if (l > net->n_layers)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_get_activations: layer %zu is not in 0..%zu", l,
                          net->n_layers);
    if (!(net->flags & NET_HAS_OUTPUT))
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "ffnn_get_activations: no forward pass yet");
    size_t n = net->batch * net->sizes[l];
    copy_out(a, l == 0 ? net->input : net->layers[l - 1].A, n);
    copy_out(h, l == 0 ? net->input : net->layers[l - 1].H, n);
    return FFNN_OK;
}

/* ---- flat vectors (ffnn.h section 13) ---- */

/* Tensor k of the flat order (W_1, b_1, W_2, ...): its offset in the
 * padded layout, its length in *len. */
static size_t tensor_span(const ffnn_net *net, size_t k, size_t *len)
{
    const ffnn__layer *L = &net->layers[k / 2];
    *len = k % 2 ? L->n_out : L->n_out * L->n_in;
    return (size_t)((k % 2 ? L->b : L->W) - net->params);
}

void ffnn__flat_gather(const ffnn_net *net, const float *padded, float *flat)
{
    for (size_t k = 0; k < 2 * net->n_layers; k++) {
        size_t len, off = tensor_span(net, k, &len);
        memcpy(flat, padded + off, len * sizeof *flat);
        flat += len;
    }
}

void ffnn__flat_scatter(const ffnn_net *net, const float *flat, float *padded)
{
    for (size_t k = 0; k < 2 * net->n_layers; k++) {
        size_t len, off = tensor_span(net, k, &len);
        memcpy(padded + off, flat, len * sizeof *flat);
        flat += len;
    }
}

ffnn_status ffnn__check_vector(const ffnn_net *net, const void *v, size_t n,
                               size_t want, const char *fn)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    if (n != want)
        return ffnn__fail(net, FFNN_ERR_SHAPE,
                          "%s: the vector has %zu floats, the network %zu", fn,
                          n, want);
    if (!v && want > 0)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: the vector is NULL", fn);
    return FFNN_OK;
}

ffnn_status ffnn_get_param_vector(const ffnn_net *net, float *params, size_t n)
{
    ffnn_status s = ffnn__check_vector(net, params, n, ffnn_net_num_params(net),
                                       "ffnn_get_param_vector");
    if (s == FFNN_OK)
        ffnn__flat_gather(net, net->params, params);
    return s;
}

ffnn_status ffnn_set_param_vector(ffnn_net *net, const float *params, size_t n)
{
    const char *fn = "ffnn_set_param_vector";
    ffnn_status s =
        ffnn__check_vector(net, params, n, ffnn_net_num_params(net), fn);
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, fn);
    if (s == FFNN_OK && !ffnn__all_finite(params, n))
        s = ffnn__fail(net, FFNN_ERR_NUMERIC, "%s: NaN or infinity", fn);
    if (s != FFNN_OK)
        return s;
    ffnn__flat_scatter(net, params, net->params);
    ffnn__forget_bounds(net);
    net->flags &= ~(unsigned)(NET_FWD_CURRENT | NET_HAS_GRADS);
    return FFNN_OK;
}

ffnn_status ffnn_get_gradient_vector(const ffnn_net *net, float *grads,
                                     size_t n)
{
    const char *fn = "ffnn_get_gradient_vector";
    ffnn_status s =
        ffnn__check_vector(net, grads, n, ffnn_net_num_params(net), fn);
    if (s == FFNN_OK && !(net->flags & NET_HAS_GRADS))
        s = ffnn__fail(net, FFNN_ERR_STATE, "%s: no gradients yet", fn);
    if (s == FFNN_OK)
        ffnn__flat_gather(net, net->grads, grads);
    return s;
}

ffnn_status ffnn_set_gradient_vector(ffnn_net *net, const float *grads,
                                     size_t n)
{
    const char *fn = "ffnn_set_gradient_vector";
    ffnn_status s =
        ffnn__check_vector(net, grads, n, ffnn_net_num_params(net), fn);
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, fn);
    if (s == FFNN_OK && !ffnn__all_finite(grads, n))
        s = ffnn__fail(net, FFNN_ERR_NUMERIC, "%s: NaN or infinity", fn);
    if (s != FFNN_OK)
        return s;
    ffnn__flat_scatter(net, grads, net->grads);
    ffnn__forget_gradient_bounds(net);
    net->flags |= NET_HAS_GRADS;
    return FFNN_OK;
}
