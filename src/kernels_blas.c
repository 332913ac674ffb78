/* kernels_blas.c -- the kernel table on OpenBLAS: sgemm over a batch,
 * sgemv / sger for a single sample; and OpenBLAS's thread count. Sizes were
 * checked against the BLAS integer range when the network was created and
 * the batch reserved. */
#include "internal.h"

#include <cblas.h>
#include <string.h>

static void blas_forward(size_t batch, size_t n_in, size_t n_out,
                         const float *X, const float *W, float *Y)
{
    if (batch == 1)
        cblas_sgemv(CblasRowMajor, CblasNoTrans, (blasint)n_out, (blasint)n_in,
                    1.0f, W, (blasint)n_in, X, 1, 0.0f, Y, 1);
    else
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (blasint)batch,
                    (blasint)n_out, (blasint)n_in, 1.0f, X, (blasint)n_in, W,
                    (blasint)n_in, 0.0f, Y, (blasint)n_out);
}

static void blas_weight_grad(size_t batch, size_t n_in, size_t n_out,
                             float alpha, const float *D, const float *X,
                             float beta, float *G)
{
    if (batch == 1) {
        if (beta == 0.0f)
            memset(G, 0, n_out * n_in * sizeof *G);
        else if (beta != 1.0f) /* a loop: n_out n_in may exceed blasint */
            for (size_t k = 0; k < n_out * n_in; k++)
                G[k] *= beta;
        cblas_sger(CblasRowMajor, (blasint)n_out, (blasint)n_in, alpha, D, 1, X,
                   1, G, (blasint)n_in);
    } else {
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, (blasint)n_out,
                    (blasint)n_in, (blasint)batch, alpha, D, (blasint)n_out, X,
                    (blasint)n_in, beta, G, (blasint)n_in);
    }
}

static void blas_input_grad(size_t batch, size_t n_in, size_t n_out,
                            const float *D, const float *W, float *DX)
{
    if (batch == 1)
        cblas_sgemv(CblasRowMajor, CblasTrans, (blasint)n_out, (blasint)n_in,
                    1.0f, W, (blasint)n_in, D, 1, 0.0f, DX, 1);
    else
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (blasint)batch,
                    (blasint)n_in, (blasint)n_out, 1.0f, D, (blasint)n_out, W,
                    (blasint)n_in, 0.0f, DX, (blasint)n_in);
}

const ffnn__kernels ffnn__kernels_blas = {blas_forward, blas_weight_grad,
                                          blas_input_grad};

ffnn_status ffnn_set_num_threads(int n)
{
    if (n < 1)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_set_num_threads: n is %d, must be >= 1", n);
    openblas_set_num_threads(n);
    return FFNN_OK;
}

int ffnn_num_threads(void)
{
    return openblas_get_num_threads();
}
