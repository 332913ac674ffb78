/* dropout.c -- inverted dropout of hidden layers (ffnn.h, section 17):
 * only inside the training calls, so inference never drops. Each unit's
 * keep-or-drop is a hash of the network's dropout seed, its step count,
 * the layer and the unit's row in the global batch: no state but the
 * counter, the same draws on every rank of a data-parallel run, and a
 * checkpoint that restores the counter resumes them exactly. */
#include "internal.h"

#include <math.h>
#include <string.h>

static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void ffnn__count_dropout(ffnn_net *net)
{
    net->n_dropout = 0;
    for (size_t l = 0; l + 1 < net->n_layers; l++)
        net->n_dropout += net->layers[l].dropout > 0.0f;
}

int32_t ffnn__dropout_forward(ffnn_net *net, size_t l)
{
    ffnn__layer *L = &net->layers[l];
    size_t n = L->n_out, count = net->batch * n;
    float keep = 1.0f / (1.0f - L->dropout);
    uint64_t base = mix(mix(net->dropout_seed +
                            0x9E3779B97F4A7C15ull * (net->dropout_step + 1)) +
                        l);
    /* unit (row0 + r) n + j of the global batch is row0 n + k. A unit
     * is kept when its 24 bits r, as u = r 2^-24, reach the rate: when
     * r >= ceil(rate 2^24), both sides exact. The mask is made with bits,
     * not a branch, which a rate near 0.5 would mispredict half the time. */
    uint64_t first = (uint64_t)net->dropout_row0 * n;
    uint32_t threshold = (uint32_t)ceilf(L->dropout * 0x1p24f), keep_bits;
    memcpy(&keep_bits, &keep, sizeof keep_bits);
    for (size_t k = 0; k < count; k++) {
        uint32_t r = (uint32_t)(mix(base + first + k) >> 40);
        uint32_t bits = keep_bits & (0u - (uint32_t)(r >= threshold));
        memcpy(&L->M[k], &bits, sizeof bits);
        L->H[k] *= L->M[k];
    }
    return ffnn__max_magnitude(L->H, count);
}

/* In place of ffnn__activation_grad: D = D g'(a) M, g' taken from a
 * (H holds h times the mask, not h: sigmoid's and tanh's h is drawn again
 * from a). */
int32_t ffnn__dropout_backward(ffnn_net *net, size_t l)
{
    ffnn__layer *L = &net->layers[l];
    size_t count = net->batch * L->n_out;
    ffnn_activation g = L->act;
    for (size_t k = 0; k < count; k++) {
        float h = ffnn__activation_lanes(g, L->A[k]);
        L->D[k] =
            ffnn__activation_slope_lanes(g, L->A[k], h, L->D[k]) * L->M[k];
    }
    return ffnn__max_magnitude(L->D, count);
}

static ffnn_status check_layer(const ffnn_net *net, size_t l, const char *fn)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    if (l < 1 || l >= net->n_layers)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: layer %zu is not a hidden layer (1 to %zu)", fn,
                          l, net->n_layers - 1);
    return FFNN_OK;
}

ffnn_status ffnn_set_dropout(ffnn_net *net, size_t l, float rate)
{
    const char *fn = "ffnn_set_dropout";
    ffnn_status s = check_layer(net, l, fn);
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, fn);
    if (s == FFNN_OK && !(rate >= 0.0f && rate < 1.0f))
        s = ffnn__fail(net, FFNN_ERR_ARG, "%s: rate must be in [0, 1), got %g",
                       fn, (double)rate);
    if (s != FFNN_OK)
        return s;
    int had = net->layers[l - 1].dropout > 0.0f;
    net->layers[l - 1].dropout = rate;
    ffnn__count_dropout(net);
    if (had != (rate > 0.0f)) /* the masks' room changes: buffers anew */
        ffnn__release_work(net);
    return FFNN_OK;
}

ffnn_status ffnn_get_dropout(const ffnn_net *net, size_t l, float *rate)
{
    ffnn_status s = check_layer(net, l, "ffnn_get_dropout");
    if (s == FFNN_OK && !rate)
        s = ffnn__fail(net, FFNN_ERR_ARG, "ffnn_get_dropout: rate is NULL");
    if (s == FFNN_OK)
        *rate = net->layers[l - 1].dropout;
    return s;
}
