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
