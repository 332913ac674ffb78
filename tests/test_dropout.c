/*
 * test_dropout.c -- inverted dropout of hidden layers (dropout.c; ffnn.h,
 * section 17): rate 0 is no dropout, bit for bit; inference never drops;
 * the gradients are the finite differences of the dropped loss, its masks
 * held fixed; the masks drop the rate's share of units and scale the rest
 * by 1 / (1 - rate); they are the same for the same seed and step, and a
 * checkpoint resumes them; files keep the rates; bad calls are refused.
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

#define ROWS 24
#define MAXP 4096

static const size_t SIZES[4] = {3, 8, 6, 2};
static float X[ROWS * 3], Y[ROWS * 2];

static void make_data(void)
{
    for (size_t k = 0; k < ROWS * 3; k++)
        X[k] = sinf(0.7f * (float)k);
    for (size_t k = 0; k < ROWS * 2; k++)
        Y[k] = cosf(0.3f * (float)k);
}

static ffnn_net *new_net(float rate, uint64_t seed)
{
    const ffnn_activation acts[3] = {FFNN_ACT_TANH, FFNN_ACT_SIGMOID,
                                     FFNN_ACT_LINEAR};
    ffnn_net *net;
    assert_int_equal(ffnn_net_create(&net, 3, SIZES, acts, FFNN_LOSS_MSE, seed),
                     FFNN_OK);
    assert_int_equal(ffnn_set_dropout(net, 1, rate), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(net, 2, rate / 2), FFNN_OK);
    return net;
}

static size_t params(const ffnn_net *net, float *out)
{
    size_t n = ffnn_net_num_params(net);
    assert_true(n <= MAXP);
    assert_int_equal(ffnn_get_param_vector(net, out, n), FFNN_OK);
    return n;
}

static int same_params(const ffnn_net *a, const ffnn_net *b)
{
    static float pa[MAXP], pb[MAXP];
    size_t n = params(a, pa);
    params(b, pb);
    return memcmp(pa, pb, n * sizeof *pa) == 0;
}

static void steps(ffnn_net *net, int count)
{
    float loss;
    for (int k = 0; k < count; k++)
        assert_int_equal(ffnn_train_step(net, X, Y, ROWS, 0.1f, &loss),
                         FFNN_OK);
}

static void test_rate_zero_is_none(void **state)
{
    (void)state;
    ffnn_net *a = new_net(0.0f, 3), *b = new_net(0.0f, 3);
    assert_int_equal(ffnn_set_dropout(b, 1, 0.0f), FFNN_OK);
    const ffnn_activation acts[3] = {FFNN_ACT_TANH, FFNN_ACT_SIGMOID,
                                     FFNN_ACT_LINEAR};
    ffnn_net *plain;
    assert_int_equal(ffnn_net_create(&plain, 3, SIZES, acts, FFNN_LOSS_MSE, 3),
                     FFNN_OK);
    steps(a, 4);
    steps(plain, 4);
    assert_true(same_params(a, plain));
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    ffnn_net_destroy(plain);
}

static void test_inference_never_drops(void **state)
{
    (void)state;
    ffnn_net *net = new_net(0.5f, 1);
    steps(net, 3);
    ffnn_net *copy;
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(copy, 1, 0.0f), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(copy, 2, 0.0f), FFNN_OK);
    float y1[ROWS * 2], y2[ROWS * 2], one[2], one_copy[2];
    assert_int_equal(ffnn_forward(net, X, ROWS, y1), FFNN_OK);
    assert_int_equal(ffnn_forward(copy, X, ROWS, y2), FFNN_OK);
    assert_memory_equal(y1, y2, sizeof y1);
    assert_int_equal(ffnn_predict(net, X, ROWS, y1), FFNN_OK);
    assert_memory_equal(y1, y2, sizeof y1);
    assert_int_equal(ffnn_forward(net, X, 1, one), FFNN_OK); /* narrow */
    assert_int_equal(ffnn_forward(copy, X, 1, one_copy), FFNN_OK);
    assert_memory_equal(one, one_copy, sizeof one);
    double l1, l2;
    assert_int_equal(ffnn_evaluate(net, X, Y, ROWS, &l1, NULL), FFNN_OK);
    assert_int_equal(ffnn_evaluate(copy, X, Y, ROWS, &l2, NULL), FFNN_OK);
    assert_true(l1 == l2);
    ffnn_net_destroy(net);
    ffnn_net_destroy(copy);
}

/* The loss ffnn_train_step reports (that of its dropped forward pass) for
 * a clone of net whose weight k is moved by delta: the clone has net's
 * step count, so its masks are net's next ones. */
static double moved_loss(const ffnn_net *net, size_t k, float delta)
{
    static float p[MAXP];
    ffnn_net *c;
    assert_int_equal(ffnn_net_clone(net, &c), FFNN_OK);
    size_t n = params(c, p);
    p[k] += delta;
    assert_int_equal(ffnn_set_param_vector(c, p, n), FFNN_OK);
    float loss;
    assert_int_equal(ffnn_train_step(c, X, Y, ROWS, 0.0f, &loss), FFNN_OK);
    ffnn_net_destroy(c);
    return loss;
}

static void test_gradients_are_the_dropped_losses(void **state)
{
    (void)state;
    ffnn_net *net = new_net(0.4f, 5);
    assert_int_equal(ffnn_set_optimizer_momentum(net, 0.0f, 0), FFNN_OK);
    steps(net, 2); /* masks of step 3 next */
    ffnn_net *probe;
    assert_int_equal(ffnn_net_clone(net, &probe), FFNN_OK);
    float loss;
    assert_int_equal(ffnn_train_step(probe, X, Y, ROWS, 0.0f, &loss), FFNN_OK);
    static float g[MAXP];
    size_t n = ffnn_net_num_params(net);
    assert_int_equal(ffnn_get_gradient_vector(probe, g, n), FFNN_OK);
    const float eps = 1e-3f;
    size_t checked = 0, bad = 0;
    for (size_t k = 0; k < n; k += 3) {
        double fd =
            (moved_loss(net, k, eps) - moved_loss(net, k, -eps)) / (2.0 * eps);
        double tol = 2e-2 * fabs(fd) + 2e-4;
        bad += fabs(fd - g[k]) > tol;
        checked++;
    }
    assert_int_equal(bad, 0);
    assert_true(checked > 20);
    /* and they are not the undropped ones */
    ffnn_net *none;
    assert_int_equal(ffnn_net_clone(net, &none), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(none, 1, 0.0f), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(none, 2, 0.0f), FFNN_OK);
    static float g0[MAXP];
    assert_int_equal(ffnn_train_step(none, X, Y, ROWS, 0.0f, &loss), FFNN_OK);
    assert_int_equal(ffnn_get_gradient_vector(none, g0, n), FFNN_OK);
    assert_true(memcmp(g, g0, n * sizeof *g) != 0);
    ffnn_net_destroy(net);
    ffnn_net_destroy(probe);
    ffnn_net_destroy(none);
}

/* A 1-1000-1 linear network: dW_2 of unit j is d h_j m_j, so the masks
 * show as the zeros of dW_2 and the size of the rest. */
static void test_masks_drop_their_share(void **state)
{
    (void)state;
    const size_t sizes[3] = {1, 1000, 1};
    const ffnn_activation acts[2] = {FFNN_ACT_LINEAR, FFNN_ACT_LINEAR};
    const float rates[] = {0.1f, 0.5f, 0.8f};
    for (size_t r = 0; r < 3; r++) {
        ffnn_net *net;
        assert_int_equal(
            ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_MSE, 11), FFNN_OK);
        static float W1[1000], b1[1000], W2[1000];
        float b2 = 0.0f;
        for (size_t j = 0; j < 1000; j++)
            W1[j] = 1.0f, b1[j] = 0.0f, W2[j] = 0.001f;
        assert_int_equal(ffnn_set_layer(net, 1, W1, b1), FFNN_OK);
        assert_int_equal(ffnn_set_layer(net, 2, W2, &b2), FFNN_OK);
        assert_int_equal(ffnn_set_dropout(net, 1, rates[r]), FFNN_OK);
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.0f, 0), FFNN_OK);
        float x = 2.0f, t = 0.0f, loss;
        assert_int_equal(ffnn_train_step(net, &x, &t, 1, 0.0f, &loss), FFNN_OK);
        static float dW[1000];
        float db;
        assert_int_equal(ffnn_get_gradients(net, 2, dW, &db), FFNN_OK);
        /* y = sum_j 0.001 * 2 m_j, d = 2 y; kept: dW_j = d * 2 / (1 - r) */
        size_t kept = 0;
        for (size_t j = 0; j < 1000; j++)
            kept += dW[j] != 0.0f;
        double y = 0.002 * (double)kept / (1.0 - rates[r]);
        double want = 2.0 * y * 2.0 / (1.0 - rates[r]);
        for (size_t j = 0; j < 1000; j++)
            assert_true(dW[j] == 0.0f ||
                        fabs(dW[j] - want) <= 1e-5 * fabs(want));
        double share = 1.0 - (double)kept / 1000.0;
        double sd = sqrt(rates[r] * (1.0 - rates[r]) / 1000.0);
        assert_true(fabs(share - rates[r]) < 5.0 * sd);
        ffnn_net_destroy(net);
    }
}

static void test_masks_are_reproducible_and_resume(void **state)
{
    (void)state;
    ffnn_net *a = new_net(0.3f, 9), *b = new_net(0.3f, 9);
    assert_int_equal(ffnn_set_optimizer_adam(a, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(b, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    steps(a, 5);
    steps(b, 2);
    /* b goes through a checkpoint after 2 steps, then 3 more */
    size_t size;
    assert_int_equal(ffnn_save_checkpoint_buffer(b, NULL, 0, &size), FFNN_OK);
    char *bytes = malloc(size + 1);
    assert_int_equal(ffnn_save_checkpoint_buffer(b, bytes, size, &size),
                     FFNN_OK);
    bytes[size] = '\0';
    assert_non_null(
        strstr(bytes + 8, "\"dropout\":\"0.300000012,0.150000006\""));
    assert_non_null(strstr(bytes + 8, "\"dropout_step\":\"2\""));
    assert_non_null(strstr(bytes + 8, "\"format_version\":\"2\""));
    ffnn_net *back;
    assert_int_equal(ffnn_load_buffer(bytes, size, &back), FFNN_OK);
    free(bytes);
    float r;
    assert_int_equal(ffnn_get_dropout(back, 1, &r), FFNN_OK);
    assert_true(r == 0.3f);
    steps(back, 3);
    assert_true(same_params(a, back));
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    ffnn_net_destroy(back);
}

static void test_seeds_differ(void **state)
{
    (void)state;
    ffnn_net *a = new_net(0.5f, 21), *b;
    assert_int_equal(ffnn_net_clone(a, &b), FFNN_OK);
    /* the same weights, another mask stream: a model saved and loaded
     * keeps its stream, so compare against a fresh net's */
    ffnn_net *c = new_net(0.5f, 22);
    float p[MAXP];
    size_t n = params(a, p);
    assert_int_equal(ffnn_set_param_vector(c, p, n), FFNN_OK);
    steps(b, 1);
    steps(c, 1);
    assert_false(same_params(b, c));
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    ffnn_net_destroy(c);
}

static void test_refusals(void **state)
{
    (void)state;
    ffnn_net *net = new_net(0.2f, 1);
    assert_int_equal(ffnn_set_dropout(net, 0, 0.5f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_dropout(net, 3, 0.5f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_dropout(net, 1, 1.0f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_dropout(net, 1, -0.1f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_dropout(net, 1, NAN), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_dropout(NULL, 1, 0.5f), FFNN_ERR_ARG);
    float r;
    assert_int_equal(ffnn_get_dropout(net, 1, &r), FFNN_OK);
    assert_true(r == 0.2f);
    assert_int_equal(ffnn_get_dropout(net, 1, NULL), FFNN_ERR_ARG);
    ffnn_net *view;
    assert_int_equal(ffnn_net_share(net, &view), FFNN_OK);
    assert_int_equal(ffnn_set_dropout(view, 1, 0.5f), FFNN_ERR_STATE);
    ffnn_net_destroy(view);
    ffnn_net_destroy(net);
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
        cmocka_unit_test(test_rate_zero_is_none),
        cmocka_unit_test(test_inference_never_drops),
        cmocka_unit_test(test_gradients_are_the_dropped_losses),
        cmocka_unit_test(test_masks_drop_their_share),
        cmocka_unit_test(test_masks_are_reproducible_and_resume),
        cmocka_unit_test(test_seeds_differ),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, setup_data, NULL);
}
