/* test_access.c -- the flat vectors of ffnn.h section 13 (src/access.c)
 * and the optimizer state as one (src/optimizer.c): the documented order,
 * gradients set from outside applied exactly as ffnn_backward's, state
 * moved to another network continuing bit for bit, and bad vectors refused
 * with nothing changed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"
#include "reference.h"

static const size_t sizes[] = {3, 4, 2};

static ffnn_net *make_net(uint64_t seed)
{
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SIGMOID};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_BCE, seed),
                     FFNN_OK);
    return net;
}

static const float x[2 * 3] = {0.5f, -1, 2, 1, 0.25f, -0.5f};
static const float y[2 * 2] = {1, 0, 0, 1};

/* W_1, b_1, W_2, b_2 read layer by layer with the per-layer getters. */
static void layer_order(const ffnn_net *net, int grads, float *v)
{
    for (size_t l = 1; l <= 2; l++) {
        size_t w = sizes[l] * sizes[l - 1];
        if (grads)
            assert_int_equal(ffnn_get_gradients(net, l, v, v + w), FFNN_OK);
        else
            assert_int_equal(ffnn_get_layer(net, l, v, v + w), FFNN_OK);
        v += w + sizes[l];
    }
}

#define P (4 * 3 + 4 + 2 * 4 + 2)

static void test_vectors_in_documented_order(void **state)
{
    (void)state;
    ffnn_net *net = make_net(1);
    assert_int_equal(ffnn_net_num_params(net), P);
    float got[P], want[P];
    assert_int_equal(ffnn_get_param_vector(net, got, P), FFNN_OK);
    layer_order(net, 0, want);
    assert_memory_equal(got, want, sizeof got);
    assert_int_equal(ffnn_get_gradient_vector(net, got, P), FFNN_ERR_STATE);
    assert_int_equal(ffnn_forward(net, x, 2, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, y), FFNN_OK);
    assert_int_equal(ffnn_get_gradient_vector(net, got, P), FFNN_OK);
    layer_order(net, 1, want);
    assert_memory_equal(got, want, sizeof got);
    ffnn_net_destroy(net);
}

static void test_set_params(void **state)
{
    (void)state;
    ffnn_net *net = make_net(1);
    float v[P], back[P];
    uint64_t seed = 5;
    ref_fill_uniform_f(v, P, &seed, -1, 1);
    assert_int_equal(ffnn_forward(net, x, 2, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(net, y), FFNN_OK);
    assert_int_equal(ffnn_set_param_vector(net, v, P), FFNN_OK);
    assert_int_equal(ffnn_get_param_vector(net, back, P), FFNN_OK);
    assert_memory_equal(back, v, sizeof v);
    /* the old pass and gradients belong to the old weights */
    assert_int_equal(ffnn_backward(net, y), FFNN_ERR_STATE);
    assert_int_equal(ffnn_step(net, 0.1f), FFNN_ERR_STATE);
    /* the new weights are the ones used */
    float W1[12], b1[4];
    assert_int_equal(ffnn_get_layer(net, 1, W1, b1), FFNN_OK);
    assert_memory_equal(W1, v, sizeof W1);
    assert_memory_equal(b1, v + 12, sizeof b1);
    ffnn_net_destroy(net);
}

/* Gradients set from outside step exactly as computed ones, and a step of
 * chosen gradients is the formula's: w - eta (g + lambda w). */
static void test_set_gradients_then_step(void **state)
{
    (void)state;
    ffnn_net *a = make_net(2), *b = make_net(2);
    assert_int_equal(ffnn_set_weight_decay(a, 0.1f), FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(b, 0.1f), FFNN_OK);
    float g[P], w[P], got[P];
    assert_int_equal(ffnn_forward(a, x, 2, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(a, y), FFNN_OK);
    assert_int_equal(ffnn_get_gradient_vector(a, g, P), FFNN_OK);
    assert_int_equal(ffnn_step(b, 0.3f), FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_gradient_vector(b, g, P), FFNN_OK);
    assert_int_equal(ffnn_step(a, 0.3f), FFNN_OK);
    assert_int_equal(ffnn_step(b, 0.3f), FFNN_OK);
    ref_assert_same_weights(a, b);

    uint64_t seed = 8;
    ref_fill_uniform_f(g, P, &seed, -3, 3);
    assert_int_equal(ffnn_get_param_vector(b, w, P), FFNN_OK);
    assert_int_equal(ffnn_set_gradient_vector(b, g, P), FFNN_OK);
    assert_int_equal(ffnn_get_gradient_vector(b, got, P), FFNN_OK);
    assert_memory_equal(got, g, sizeof g);
    assert_int_equal(ffnn_step(b, 0.3f), FFNN_OK);
    assert_int_equal(ffnn_get_param_vector(b, got, P), FFNN_OK);
    for (size_t l = 1, k = 0; l <= 2; l++)
        for (size_t j = 0; j < sizes[l] * (sizes[l - 1] + 1); j++, k++) {
            int bias = j >= sizes[l] * sizes[l - 1]; /* no decay on biases */
            float grad = g[k] + (bias ? 0.0f : 0.1f * w[k]);
            assert_true(got[k] == w[k] - 0.3f * grad);
        }
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* A step the bounds of set gradients cannot prove is still checked. */
static void test_set_huge_gradients_are_refused(void **state)
{
    (void)state;
    ffnn_net *net = make_net(3);
    float g[P], w[P], after[P];
    for (size_t k = 0; k < P; k++)
        g[k] = 3e38f;
    assert_int_equal(ffnn_get_param_vector(net, w, P), FFNN_OK);
    assert_int_equal(ffnn_set_gradient_vector(net, g, P), FFNN_OK);
    assert_int_equal(ffnn_step(net, 10.0f), FFNN_ERR_NUMERIC);
    assert_int_equal(ffnn_get_param_vector(net, after, P), FFNN_OK);
    assert_memory_equal(after, w, sizeof w);
    ffnn_net_destroy(net);
}

static void test_bad_vectors(void **state)
{
    (void)state;
    ffnn_net *net = make_net(4), *view = NULL;
    float v[P + 1], before[P];
    assert_int_equal(ffnn_get_param_vector(net, before, P), FFNN_OK);
    memcpy(v, before, sizeof before);
    assert_int_equal(ffnn_get_param_vector(net, v, P - 1), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_set_param_vector(net, v, P + 1), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_set_gradient_vector(net, v, 0), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_get_param_vector(net, NULL, P), FFNN_ERR_ARG);
    assert_int_equal(ffnn_get_param_vector(NULL, v, 0), FFNN_ERR_ARG);
    v[7] = NAN;
    assert_int_equal(ffnn_set_param_vector(net, v, P), FFNN_ERR_NUMERIC);
    assert_int_equal(ffnn_set_gradient_vector(net, v, P), FFNN_ERR_NUMERIC);
    assert_int_equal(ffnn_get_gradient_vector(net, v, P), FFNN_ERR_STATE);
    assert_int_equal(ffnn_get_param_vector(net, v, P), FFNN_OK);
    assert_memory_equal(v, before, sizeof before);
    assert_int_equal(ffnn_net_share(net, &view), FFNN_OK);
    assert_int_equal(ffnn_set_param_vector(view, before, P), FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_gradient_vector(view, before, P), FFNN_ERR_STATE);
    assert_int_equal(ffnn_get_param_vector(view, v, P), FFNN_OK);
    ffnn_net_destroy(view);
    ffnn_net_destroy(net);
}

/* ---- optimizer state ---- */

static void choose(ffnn_net *net, ffnn_optimizer opt)
{
    switch (opt) {
    case FFNN_OPT_MOMENTUM:
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.9f, 0), FFNN_OK);
        break;
    case FFNN_OPT_NESTEROV:
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.7f, 1), FFNN_OK);
        break;
    case FFNN_OPT_ADAM:
        assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.99f, 1e-7f),
                         FFNN_OK);
        break;
    default: assert_int_equal(ffnn_set_optimizer_sgd(net), FFNN_OK); break;
    }
}

/* A second network given the first's weights, state and step count takes
 * the same next steps, bit for bit. */
static void test_state_moves_between_networks(void **state)
{
    (void)state;
    const size_t want_size[] = {0, P, P, 2 * P};
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        ffnn_net *a = make_net(5), *b = make_net(6);
        choose(a, (ffnn_optimizer)opt);
        choose(b, (ffnn_optimizer)opt);
        size_t n = ffnn_optimizer_state_size(a);
        assert_int_equal(n, want_size[opt]);
        for (int s = 0; s < 3; s++)
            assert_int_equal(ffnn_train_step(a, x, y, 2, 0.05f, NULL), FFNN_OK);
        float w[P], st[2 * P];
        uint64_t t = 99;
        assert_int_equal(ffnn_get_param_vector(a, w, P), FFNN_OK);
        assert_int_equal(ffnn_get_optimizer_state(a, n ? st : NULL, n, &t),
                         FFNN_OK);
        assert_int_equal(t, opt == FFNN_OPT_ADAM ? 3 : 0);
        for (size_t k = 0; k < n; k++) /* the state is really there */
            if (st[k] != 0.0f)
                break;
            else if (k + 1 == n)
                fail_msg("optimizer %d: all state is zero", opt);
        assert_int_equal(ffnn_set_param_vector(b, w, P), FFNN_OK);
        assert_int_equal(ffnn_set_optimizer_state(b, n ? st : NULL, n, t),
                         FFNN_OK);
        for (int s = 0; s < 2; s++) {
            assert_int_equal(ffnn_train_step(a, x, y, 2, 0.05f, NULL), FFNN_OK);
            assert_int_equal(ffnn_train_step(b, x, y, 2, 0.05f, NULL), FFNN_OK);
        }
        ref_assert_same_weights(a, b);
        ffnn_net_destroy(a);
        ffnn_net_destroy(b);
    }
}

static void test_bad_state(void **state)
{
    (void)state;
    ffnn_net *net = make_net(7);
    choose(net, FFNN_OPT_MOMENTUM);
    float st[2 * P] = {0}, back[2 * P];
    assert_int_equal(ffnn_set_optimizer_state(net, st, P, 1), FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_optimizer_state(net, st, 2 * P, 0),
                     FFNN_ERR_SHAPE);
    st[3] = INFINITY;
    assert_int_equal(ffnn_set_optimizer_state(net, st, P, 0), FFNN_ERR_NUMERIC);
    choose(net, FFNN_OPT_ADAM);
    st[3] = 0;
    st[P + 2] = -1e-3f; /* a second moment below 0 */
    assert_int_equal(ffnn_set_optimizer_state(net, st, 2 * P, 4),
                     FFNN_ERR_NUMERIC);
    st[P + 2] = 0;
    st[2] = -1e-3f; /* a first moment may be */
    assert_int_equal(ffnn_set_optimizer_state(net, st, 2 * P, 4), FFNN_OK);
    uint64_t t;
    assert_int_equal(ffnn_get_optimizer_state(net, back, 2 * P, &t), FFNN_OK);
    assert_memory_equal(back, st, sizeof st);
    assert_int_equal(t, 4);
    assert_int_equal(ffnn_get_optimizer_state(net, back, P, NULL),
                     FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_optimizer_state_size(NULL), 0);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors_in_documented_order),
        cmocka_unit_test(test_set_params),
        cmocka_unit_test(test_set_gradients_then_step),
        cmocka_unit_test(test_set_huge_gradients_are_refused),
        cmocka_unit_test(test_bad_vectors),
        cmocka_unit_test(test_state_moves_between_networks),
        cmocka_unit_test(test_bad_state),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
