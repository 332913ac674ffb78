/* kernels_loop.c -- the kernel table as plain loops: the reference path,
 * and the faster one for layers too small to pay for a BLAS call.
 * Inner loops run over contiguous memory so the compiler can vectorise. */
#include "internal.h"

#include <string.h>

/* Eight running sums, so the compiler can vectorise the dot product
 * without reassociating a single sum (which it may not do for floats). */
static float dot(const float *restrict a, const float *restrict b, size_t n)
{
    if (n < 16) { /* too short to pay for the set-up below */
        float sum = 0.0f;
        for (size_t i = 0; i < n; i++)
            sum += a[i] * b[i];
        return sum;
    }
    float acc[8] = {0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (size_t k = 0; k < 8; k++)
            acc[k] += a[i + k] * b[i + k];
    float sum = 0.0f;
    for (; i < n; i++)
        sum += a[i] * b[i];
    return sum + ((acc[0] + acc[4]) + (acc[1] + acc[5])) +
           ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static void loop_forward(size_t batch, size_t n_in, size_t n_out,
                         const float *restrict X, const float *restrict W,
                         float *restrict Y)
{
    for (size_t s = 0; s < batch; s++)
        for (size_t j = 0; j < n_out; j++)
            Y[s * n_out + j] = dot(W + j * n_in, X + s * n_in, n_in);
}

static void loop_weight_grad(size_t batch, size_t n_in, size_t n_out,
                             float alpha, const float *restrict D,
                             const float *restrict X, float beta,
                             float *restrict G)
{
    size_t n = n_out * n_in;
    if (beta == 0.0f)
        memset(G, 0, n * sizeof *G);
    else if (beta != 1.0f)
        for (size_t k = 0; k < n; k++)
            G[k] *= beta;
    for (size_t s = 0; s < batch; s++) {
        const float *x = X + s * n_in;
        for (size_t j = 0; j < n_out; j++) {
            float d = alpha * D[s * n_out + j];
            float *row = G + j * n_in;
            for (size_t i = 0; i < n_in; i++)
                row[i] += d * x[i];
        }
    }
}

static void loop_input_grad(size_t batch, size_t n_in, size_t n_out,
                            const float *restrict D, const float *restrict W,
                            float *restrict DX)
{
    memset(DX, 0, batch * n_in * sizeof *DX);
    for (size_t s = 0; s < batch; s++) {
        float *dx = DX + s * n_in;
        for (size_t j = 0; j < n_out; j++) {
            float d = D[s * n_out + j];
            const float *w = W + j * n_in;
            for (size_t i = 0; i < n_in; i++)
                dx[i] += d * w[i];
        }
    }
}

const ffnn__kernels ffnn__kernels_loop = {loop_forward, loop_weight_grad,
                                          loop_input_grad};
