/*
 * test_scaling.c -- scaling stored in the model (scaling.c; ffnn.h,
 * section 16). A network with input scaling fed raw samples is, bit for
 * bit, the same network without it fed the samples standardised by hand;
 * with output scaling, its outputs are h scale + mean and its training on
 * raw targets is the unscaled network's on standardised ones. Every call
 * that takes samples is compared, on each backend, one sample (the narrow
 * path) and a batch. Then files, clones, views and refusals.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"

#define N_IN  3
#define N_OUT 2
#define ROWS  50

static const float MEAN[N_IN] = {10.0f, -3.0f, 0.25f};
static const float SCALE[N_IN] = {4.0f, 0.5f, -2.0f};
static const float OUT_MEAN[N_OUT] = {100.0f, -7.0f};
static const float OUT_SCALE[N_OUT] = {20.0f, 0.125f};
static float X[ROWS * N_IN], XS[ROWS * N_IN]; /* raw, standardised */
static float T[ROWS * N_OUT], TS[ROWS * N_OUT];

static void make_data(void)
{
    uint64_t s = 99;
    for (size_t k = 0; k < ROWS * N_IN; k++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        float u = (float)((double)(s >> 40) / (double)(1ull << 24)) - 0.5f;
        size_t j = k % N_IN;
        X[k] = MEAN[j] + 3.0f * SCALE[j] * u;
        XS[k] = (X[k] - MEAN[j]) / SCALE[j];
    }
    for (size_t k = 0; k < ROWS * N_OUT; k++) {
        size_t j = k % N_OUT;
        T[k] = OUT_MEAN[j] + OUT_SCALE[j] * sinf((float)k);
        TS[k] = (T[k] - OUT_MEAN[j]) / OUT_SCALE[j];
    }
}

static ffnn_net *new_net(ffnn_loss_function loss, ffnn_backend backend)
{
    const size_t sizes[] = {N_IN, 6, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, loss == FFNN_LOSS_CE
                                                       ? FFNN_ACT_SOFTMAX
                                                       : FFNN_ACT_LINEAR};
    ffnn_net *net;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, loss, 4), FFNN_OK);
    assert_int_equal(ffnn_net_set_backend(net, backend), FFNN_OK);
    return net;
}

static void assert_same_params(const ffnn_net *a, const ffnn_net *b)
{
    float pa[64], pb[64];
    size_t n = ffnn_net_num_params(a);
    assert_true(n <= 64);
    assert_int_equal(ffnn_get_param_vector(a, pa, n), FFNN_OK);
    assert_int_equal(ffnn_get_param_vector(b, pb, n), FFNN_OK);
    assert_memory_equal(pa, pb, n * sizeof *pa);
}

/* scaled fed (X, T) against plain fed (XS, TS); with output scaling the
 * outputs compare after h scale + mean by hand. */
static void compare(ffnn_net *scaled, ffnn_net *plain, int outputs,
                    size_t batch)
{
    float ys[ROWS * N_OUT], yp[ROWS * N_OUT], ls, lp;
    assert_int_equal(ffnn_forward(scaled, X, batch, ys), FFNN_OK);
    assert_int_equal(ffnn_forward(plain, XS, batch, yp), FFNN_OK);
    for (size_t k = 0; outputs && k < batch * N_OUT; k++)
        yp[k] = yp[k] * OUT_SCALE[k % N_OUT] + OUT_MEAN[k % N_OUT];
    assert_memory_equal(ys, yp, batch * N_OUT * sizeof *ys);
    const float *ts = outputs ? T : TS;
    assert_int_equal(ffnn_loss(scaled, ts, &ls), FFNN_OK);
    assert_int_equal(ffnn_loss(plain, TS, &lp), FFNN_OK);
    assert_true(ls == lp);
    assert_int_equal(ffnn_backward(scaled, ts), FFNN_OK);
    assert_int_equal(ffnn_backward(plain, TS), FFNN_OK);
    assert_int_equal(ffnn_step(scaled, 0.05f), FFNN_OK);
    assert_int_equal(ffnn_step(plain, 0.05f), FFNN_OK);
    assert_same_params(scaled, plain);
    assert_int_equal(ffnn_train_step(scaled, X, ts, batch, 0.05f, &ls),
                     FFNN_OK);
    assert_int_equal(ffnn_train_step(plain, XS, TS, batch, 0.05f, &lp),
                     FFNN_OK);
    assert_true(ls == lp);
    assert_same_params(scaled, plain);
    double es, ep;
    assert_int_equal(ffnn_evaluate(scaled, X, ts, batch, &es, NULL), FFNN_OK);
    assert_int_equal(ffnn_evaluate(plain, XS, TS, batch, &ep, NULL), FFNN_OK);
    assert_true(es == ep);
    assert_int_equal(ffnn_predict(scaled, X, batch, ys), FFNN_OK);
    assert_int_equal(ffnn_predict(plain, XS, batch, yp), FFNN_OK);
    for (size_t k = 0; outputs && k < batch * N_OUT; k++)
        yp[k] = yp[k] * OUT_SCALE[k % N_OUT] + OUT_MEAN[k % N_OUT];
    assert_memory_equal(ys, yp, batch * N_OUT * sizeof *ys);
}

static void check_training_run(ffnn_net *scaled, ffnn_net *plain, int outputs)
{
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.epochs = 3, o.batch_size = 7, o.validation_fraction = 0.2f, o.seed = 2;
    o.learning_rate = 0.02f;
    ffnn_train_report rs, rp;
    assert_int_equal(ffnn_train(scaled, X, outputs ? T : TS, ROWS, &o, &rs),
                     FFNN_OK);
    assert_int_equal(ffnn_train(plain, XS, TS, ROWS, &o, &rp), FFNN_OK);
    assert_same_params(scaled, plain);
    assert_true(rs.train_loss == rp.train_loss);
    assert_true(rs.val_loss == rp.val_loss);
}

static void test_scaled_is_standardised_by_hand(void **state)
{
    (void)state;
    const ffnn_backend backends[] = {FFNN_BACKEND_AUTO, FFNN_BACKEND_BLAS,
                                     FFNN_BACKEND_NAIVE};
    for (int outputs = 0; outputs <= 1; outputs++)
        for (size_t k = 0; k < 3; k++)
            for (size_t batch = 1; batch <= ROWS; batch += ROWS - 1) {
                ffnn_net *scaled = new_net(FFNN_LOSS_MSE, backends[k]);
                ffnn_net *plain = new_net(FFNN_LOSS_MSE, backends[k]);
                assert_int_equal(ffnn_set_input_scaling(scaled, MEAN, SCALE),
                                 FFNN_OK);
                if (outputs)
                    assert_int_equal(
                        ffnn_set_output_scaling(scaled, OUT_MEAN, OUT_SCALE),
                        FFNN_OK);
                compare(scaled, plain, outputs, batch);
                check_training_run(scaled, plain, outputs);
                ffnn_net_destroy(scaled);
                ffnn_net_destroy(plain);
            }
}

static void assert_scaling(const ffnn_net *net, int outputs)
{
    float m[N_IN], s[N_IN];
    assert_int_equal(ffnn_get_input_scaling(net, m, s), FFNN_OK);
    assert_memory_equal(m, MEAN, sizeof m);
    assert_memory_equal(s, SCALE, sizeof s);
    float om[N_OUT], os[N_OUT];
    assert_int_equal(ffnn_get_output_scaling(net, om, os),
                     outputs ? FFNN_OK : FFNN_ERR_STATE);
    if (outputs) {
        assert_memory_equal(om, OUT_MEAN, sizeof om);
        assert_memory_equal(os, OUT_SCALE, sizeof os);
    }
}

static void test_files_clones_and_views_keep_it(void **state)
{
    (void)state;
    ffnn_net *net = new_net(FFNN_LOSS_MSE, FFNN_BACKEND_AUTO);
    assert_int_equal(ffnn_set_input_scaling(net, MEAN, SCALE), FFNN_OK);
    assert_int_equal(ffnn_set_output_scaling(net, OUT_MEAN, OUT_SCALE),
                     FFNN_OK);
    float want[ROWS * N_OUT], got[ROWS * N_OUT];
    assert_int_equal(ffnn_predict(net, X, ROWS, want), FFNN_OK);
    ffnn_net *copies[3];
    size_t size;
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, &size), FFNN_OK);
    char *bytes = malloc(size + 1);
    assert_int_equal(ffnn_save_buffer(net, bytes, size, &size), FFNN_OK);
    bytes[size] = '\0';
    assert_non_null(strstr(bytes + 8, "\"scaling\":\"input,output\""));
    assert_non_null(strstr(bytes + 8, "\"format_version\":\"2\""));
    assert_non_null(strstr(bytes + 8, "\"input.scale\""));
    assert_int_equal(ffnn_load_buffer(bytes, size, &copies[0]), FFNN_OK);
    assert_int_equal(ffnn_net_clone(net, &copies[1]), FFNN_OK);
    assert_int_equal(ffnn_net_share(net, &copies[2]), FFNN_OK);
    for (int k = 0; k < 3; k++) {
        assert_scaling(copies[k], 1);
        assert_int_equal(ffnn_predict(copies[k], X, ROWS, got), FFNN_OK);
        assert_memory_equal(got, want, sizeof got);
    }
    /* a view cannot change the model's scaling */
    assert_int_equal(ffnn_set_input_scaling(copies[2], NULL, NULL),
                     FFNN_ERR_STATE);
    for (int k = 0; k < 3; k++)
        ffnn_net_destroy(copies[k]);
    /* a damaged scale in the file is refused */
    char *at = strstr(bytes + 8, "\"input.scale\"");
    assert_non_null(at);
    /* its data_offsets: the floats of the scale; make the first one 0 */
    char *offsets = strstr(at, "[");
    assert_non_null(offsets);
    unsigned long begin = strtoul(offsets + 1, NULL, 10);
    uint64_t header = 0;
    for (int i = 7; i >= 0; i--)
        header = header << 8 | (unsigned char)bytes[i];
    memset(bytes + 8 + header + begin, 0, 4);
    ffnn_net *bad = NULL;
    assert_int_equal(ffnn_load_buffer(bytes, size, &bad), FFNN_ERR_FORMAT);
    assert_null(bad);
    assert_non_null(strstr(ffnn_last_error(), "scale is 0"));
    free(bytes);
    /* removing it */
    assert_int_equal(ffnn_set_input_scaling(net, NULL, NULL), FFNN_OK);
    float m[N_IN], s[N_IN];
    assert_int_equal(ffnn_get_input_scaling(net, m, s), FFNN_ERR_STATE);
    ffnn_net_destroy(net);
}

static void test_refusals_change_nothing(void **state)
{
    (void)state;
    ffnn_net *net = new_net(FFNN_LOSS_MSE, FFNN_BACKEND_AUTO);
    assert_int_equal(ffnn_set_input_scaling(net, MEAN, SCALE), FFNN_OK);
    const float zero[N_IN] = {1.0f, 0.0f, 1.0f};
    const float nan_mean[N_IN] = {0.0f, NAN, 0.0f};
    assert_int_equal(ffnn_set_input_scaling(net, MEAN, zero), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_input_scaling(net, nan_mean, SCALE),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_input_scaling(net, MEAN, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_input_scaling(NULL, MEAN, SCALE), FFNN_ERR_ARG);
    assert_scaling(net, 0);
    float m[N_IN];
    assert_int_equal(ffnn_get_input_scaling(net, m, NULL), FFNN_ERR_ARG);
    ffnn_net_destroy(net);
    ffnn_net *ce = new_net(FFNN_LOSS_CE, FFNN_BACKEND_AUTO);
    assert_int_equal(ffnn_set_output_scaling(ce, OUT_MEAN, OUT_SCALE),
                     FFNN_ERR_STATE);
    assert_non_null(strstr(ffnn_net_last_error(ce), "MSE"));
    ffnn_net_destroy(ce);
}

static int setup_data(void **state)
{
    (void)state;
    make_data();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scaled_is_standardised_by_hand),
        cmocka_unit_test(test_files_clones_and_views_keep_it),
        cmocka_unit_test(test_refusals_change_nothing),
    };
    return cmocka_run_group_tests(tests, setup_data, NULL);
}
