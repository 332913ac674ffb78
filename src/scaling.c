/* scaling.c -- per-feature input scaling and per-output scaling stored in
 * the model (ffnn.h, section 16): x' = (x - mean) / scale on the way in
 * (propagate.c's load_input), y = h scale + mean on the way out, targets
 * standardised for the loss. */
#include "internal.h"

#include <math.h>
#include <string.h>

float *ffnn__scaling_new(size_t n)
{
    float *s = ffnn__alloc(2 * n * sizeof *s);
    for (size_t j = 0; s && j < n; j++)
        s[j] = 0.0f, s[n + j] = 1.0f;
    return s;
}

int ffnn__scaling_valid(const float *scaling, size_t n)
{
    if (!ffnn__all_finite(scaling, 2 * n))
        return 0;
    for (size_t j = 0; j < n; j++)
        if (scaling[n + j] == 0.0f)
            return 0;
    return 1;
}

/* Replace *slot by a copy of mean and scale (both NULL: none). */
static ffnn_status set_scaling(ffnn_net *net, float **slot, size_t n,
                               const float *mean, const float *scale,
                               const char *fn)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    ffnn_status s = ffnn__check_writable(net, fn);
    if (s != FFNN_OK)
        return s;
    if (!mean != !scale)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: give both mean and scale, or neither (to remove "
                          "the scaling)",
                          fn);
    float *copy = NULL;
    if (mean) {
        copy = ffnn__alloc(2 * n * sizeof *copy);
        if (!copy)
            return ffnn__fail(net, FFNN_ERR_NOMEM, "%s: out of memory", fn);
        memcpy(copy, mean, n * sizeof *copy);
        memcpy(copy + n, scale, n * sizeof *copy);
        if (!ffnn__scaling_valid(copy, n)) {
            ffnn__free(copy);
            return ffnn__fail(net, FFNN_ERR_ARG,
                              "%s: means and scales must be finite, and "
                              "scales nonzero",
                              fn);
        }
    }
    ffnn__free(*slot);
    *slot = copy;
    net->flags &= ~(unsigned)(NET_HAS_OUTPUT | NET_FWD_CURRENT);
    return FFNN_OK;
}

static ffnn_status get_scaling(const ffnn_net *net, const float *scaling,
                               size_t n, float *mean, float *scale,
                               const char *what, const char *fn)
{
    if (!net || !mean || !scale)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          !net    ? "net"
                          : !mean ? "mean"
                                  : "scale");
    if (!scaling)
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "%s: the network has no %s "
                          "scaling",
                          fn, what);
    memcpy(mean, scaling, n * sizeof *mean);
    memcpy(scale, scaling + n, n * sizeof *scale);
    return FFNN_OK;
}

ffnn_status ffnn_set_input_scaling(ffnn_net *net, const float *mean,
                                   const float *scale)
{
    return set_scaling(net, net ? &net->in_scaling : NULL,
                       net ? net->sizes[0] : 0, mean, scale,
                       "ffnn_set_input_scaling");
}

ffnn_status ffnn_get_input_scaling(const ffnn_net *net, float *mean,
                                   float *scale)
{
    return get_scaling(net, net ? net->in_scaling : NULL,
                       net ? net->sizes[0] : 0, mean, scale, "input",
                       "ffnn_get_input_scaling");
}

ffnn_status ffnn_set_output_scaling(ffnn_net *net, const float *mean,
                                    const float *scale)
{
    const char *fn = "ffnn_set_output_scaling";
    if (net && mean && net->loss != FFNN_LOSS_MSE)
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "%s: output scaling is for regression (an MSE "
                          "loss): BCE and CE targets are probabilities",
                          fn);
    return set_scaling(net, net ? &net->out_scaling : NULL,
                       net ? net->sizes[net->n_layers] : 0, mean, scale, fn);
}

ffnn_status ffnn_get_output_scaling(const ffnn_net *net, float *mean,
                                    float *scale)
{
    return get_scaling(net, net ? net->out_scaling : NULL,
                       net ? net->sizes[net->n_layers] : 0, mean, scale,
                       "output", "ffnn_get_output_scaling");
}

const float *ffnn__standardised_targets(ffnn_net *net, const float *t,
                                        size_t rows)
{
    const float *m = net->out_scaling;
    size_t n = net->sizes[net->n_layers];
    for (size_t s = 0; s < rows; s++)
        for (size_t j = 0; j < n; j++)
            net->targets[s * n + j] = (t[s * n + j] - m[j]) / m[n + j];
    return net->targets;
}

void ffnn__unscaled_outputs(const ffnn_net *net, float *y, size_t rows)
{
    const float *m = net->out_scaling;
    size_t n = net->sizes[net->n_layers];
    for (size_t s = 0; m && s < rows; s++)
        for (size_t j = 0; j < n; j++)
            y[s * n + j] = y[s * n + j] * m[n + j] + m[j];
}

ffnn_status ffnn__scaling_copy(const ffnn_net *src, ffnn_net *dst)
{
    size_t n0 = src->sizes[0], nl = src->sizes[src->n_layers];
    if (src->in_scaling) {
        dst->in_scaling = ffnn__alloc(2 * n0 * sizeof(float));
        if (!dst->in_scaling)
            return FFNN_ERR_NOMEM;
        memcpy(dst->in_scaling, src->in_scaling, 2 * n0 * sizeof(float));
    }
    if (src->out_scaling) {
        dst->out_scaling = ffnn__alloc(2 * nl * sizeof(float));
        if (!dst->out_scaling)
            return FFNN_ERR_NOMEM;
        memcpy(dst->out_scaling, src->out_scaling, 2 * nl * sizeof(float));
    }
    return FFNN_OK;
}
