/* test_kernels.c -- the two kernel tables against a direct double-precision
 * computation of the same products, for one sample and for batches, square
 * and odd shapes. Links the static library to reach the internal tables. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "internal.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
    size_t batch, n_in, n_out;
} shape;

static const shape shapes[] = {{1, 1, 1},   {1, 7, 3},    {1, 64, 33},
                               {2, 3, 5},   {17, 13, 11}, {40, 64, 50},
                               {128, 9, 1}, {5, 300, 2}};

static float *random_floats(size_t n, uint64_t *state)
{
    float *v = malloc(n * sizeof *v);
    assert_non_null(v);
    for (size_t k = 0; k < n; k++) {
        *state = *state * 6364136223846793005ull + 1442695040888963407ull;
        v[k] = (float)((double)(*state >> 11) * 0x1p-53 * 2.0 - 1.0);
    }
    return v;
}

/* |got - want| <= 1e-5 * (sum of |terms| + 1): float accumulation error of
 * a dot product of length <= 300 stays far below that bound. */
static void assert_close(const float *got, const double *want,
                         const double *scale, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (fabs(got[k] - want[k]) > 1e-5 * (scale[k] + 1.0))
            fail_msg("entry %zu: got %.9g, want %.9g", k, (double)got[k],
                     want[k]);
}

static void check_forward(const ffnn__kernels *k, shape s, const float *X,
                          const float *W)
{
    size_t n = s.batch * s.n_out;
    float *Y = malloc(n * sizeof *Y);
    double *want = calloc(n, sizeof *want), *scale = calloc(n, sizeof *scale);
    for (size_t b = 0; b < s.batch; b++)
        for (size_t j = 0; j < s.n_out; j++)
            for (size_t i = 0; i < s.n_in; i++) {
                double t = (double)X[b * s.n_in + i] * W[j * s.n_in + i];
                want[b * s.n_out + j] += t;
                scale[b * s.n_out + j] += fabs(t);
            }
    k->forward(s.batch, s.n_in, s.n_out, X, W, Y);
    assert_close(Y, want, scale, n);
    free(Y), free(want), free(scale);
}

/* G = alpha D^T X + beta G, for the (alpha, beta) pairs the library uses:
 * (1, 0) stores a gradient over a NaN-filled buffer, (-eta, 1) and
 * (-eta, 1 - eta lambda) apply SGD steps in place. */
static void check_weight_grad(const ffnn__kernels *k, shape s, const float *D,
                              const float *X, float alpha, float beta)
{
    size_t n = s.n_out * s.n_in;
    float *G = malloc(n * sizeof *G);
    double *want = calloc(n, sizeof *want), *scale = calloc(n, sizeof *scale);
    for (size_t q = 0; q < n; q++) {
        G[q] = beta == 0.0f ? NAN : (float)q / (float)n - 0.5f;
        want[q] = beta == 0.0f ? 0.0 : (double)beta * G[q];
        scale[q] = fabs(want[q]);
    }
    for (size_t j = 0; j < s.n_out; j++)
        for (size_t i = 0; i < s.n_in; i++)
            for (size_t b = 0; b < s.batch; b++) {
                double t =
                    (double)alpha * D[b * s.n_out + j] * X[b * s.n_in + i];
                want[j * s.n_in + i] += t;
                scale[j * s.n_in + i] += fabs(t);
            }
    k->weight_grad(s.batch, s.n_in, s.n_out, alpha, D, X, beta, G);
    assert_close(G, want, scale, n);
    free(G), free(want), free(scale);
}

static void check_input_grad(const ffnn__kernels *k, shape s, const float *D,
                             const float *W)
{
    size_t n = s.batch * s.n_in;
    float *DX = malloc(n * sizeof *DX);
    double *want = calloc(n, sizeof *want), *scale = calloc(n, sizeof *scale);
    for (size_t b = 0; b < s.batch; b++)
        for (size_t i = 0; i < s.n_in; i++)
            for (size_t j = 0; j < s.n_out; j++) {
                double t = (double)D[b * s.n_out + j] * W[j * s.n_in + i];
                want[b * s.n_in + i] += t;
                scale[b * s.n_in + i] += fabs(t);
            }
    for (size_t q = 0; q < n; q++)
        DX[q] = 1e30f;
    k->input_grad(s.batch, s.n_in, s.n_out, D, W, DX);
    assert_close(DX, want, scale, n);
    free(DX), free(want), free(scale);
}

static void check_table(const ffnn__kernels *k)
{
    uint64_t state = 42;
    for (size_t q = 0; q < sizeof shapes / sizeof *shapes; q++) {
        shape s = shapes[q];
        float *X = random_floats(s.batch * s.n_in, &state);
        float *W = random_floats(s.n_out * s.n_in, &state);
        float *D = random_floats(s.batch * s.n_out, &state);
        check_forward(k, s, X, W);
        check_weight_grad(k, s, D, X, 1.0f, 0.0f);
        check_weight_grad(k, s, D, X, -0.1f, 1.0f);
        check_weight_grad(k, s, D, X, -0.1f, 0.999f);
        check_input_grad(k, s, D, W);
        free(X), free(W), free(D);
    }
}

static void test_loop_kernels(void **state)
{
    (void)state;
    check_table(&ffnn__kernels_loop);
}

static void test_blas_kernels(void **state)
{
    (void)state;
    check_table(&ffnn__kernels_blas);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loop_kernels),
        cmocka_unit_test(test_blas_kernels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
