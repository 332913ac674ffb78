/* prepare.c -- the scaling and class weights `ffnn train` computes from
 * the training rows only, so that nothing of the held-out rows leaks into
 * the model. */
#include "prepare.h"

#include "errors.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Mean and standard deviation of column j of an n x width array, in
 * double; a constant column gets scale 1 (it is only shifted). */
static void column_scaling(const float *v, size_t n, size_t width, float *mean,
                           float *scale)
{
    for (size_t j = 0; j < width; j++) {
        double sum = 0, squares = 0;
        for (size_t i = 0; i < n; i++)
            sum += v[i * width + j];
        double mu = n ? sum / (double)n : 0;
        for (size_t i = 0; i < n; i++)
            squares += (v[i * width + j] - mu) * (v[i * width + j] - mu);
        double sd = n ? sqrt(squares / (double)n) : 0;
        mean[j] = (float)mu;
        scale[j] = sd > 0 && (float)sd > 0 ? (float)sd : 1.0f;
    }
}

int prepare_standardize(ffnn_net *net, const dataset *ds, size_t training)
{
    size_t width = ds->d > ds->k ? ds->d : ds->k;
    float *mean = malloc(2 * width * sizeof *mean);
    if (!mean)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    float *scale = mean + width;
    column_scaling(ds->x, training, ds->d, mean, scale);
    ffnn_status s = ffnn_set_input_scaling(net, mean, scale);
    if (s == FFNN_OK && ffnn_net_loss_function(net) == FFNN_LOSS_MSE) {
        column_scaling(ds->y, training, ds->k, mean, scale);
        s = ffnn_set_output_scaling(net, mean, scale);
    }
    free(mean);
    return s == FFNN_OK ? CLI_OK : fail_library("--standardize", s, net);
}

static size_t class_of(const float *y, size_t k)
{
    if (k == 1)
        return y[0] > 0.5f;
    size_t best = 0;
    for (size_t j = 1; j < k; j++)
        best = y[j] > y[best] ? j : best;
    return best;
}

static int balanced(const dataset *ds, size_t training, float *w,
                    size_t classes)
{
    size_t *count = calloc(classes, sizeof *count);
    if (!count)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    for (size_t i = 0; i < training; i++)
        count[class_of(ds->y + i * ds->k, ds->k)]++;
    for (size_t c = 0; c < classes; c++) /* an absent class weighs nothing */
        w[c] = count[c] ? (float)((double)training /
                                  ((double)classes * (double)count[c]))
                        : 0.0f;
    free(count);
    return CLI_OK;
}

int prepare_class_weights(const char *spec, const ffnn_net *net,
                          const dataset *ds, size_t training, float *w,
                          size_t classes)
{
    if (strcmp(spec, "balanced") == 0)
        return balanced(ds, training, w, classes);
    const char *p = spec;
    for (size_t c = 0; c < classes; c++) {
        char *end;
        errno = 0;
        double v = strtod(p, &end);
        int last = c + 1 == classes;
        if (errno || end == p || !(v >= 0) || isinf(v) ||
            (last ? *end != '\0' : *end != ','))
            return fail(CLI_USAGE_ERROR,
                        "--class-weight: '%s' is not 'balanced' or %zu "
                        "weights >= 0 separated by commas (one per class of "
                        "the %zu-output model)",
                        spec, classes,
                        ffnn_net_layer_size(net, ffnn_net_num_layers(net)));
        w[c] = (float)v;
        p = end + 1;
    }
    return CLI_OK;
}
