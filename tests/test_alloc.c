/* test_alloc.c -- the allocator hook: every block goes through it and back,
 * and the training hot path allocates nothing once the largest batch is seen.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"

#include <stdlib.h>

typedef struct {
    size_t allocs, frees;
} counter;

static void *counting_alloc(void *user, size_t size)
{
    ((counter *)user)->allocs++;
    return malloc(size);
}

static void counting_free(void *user, void *p)
{
    ((counter *)user)->frees++;
    free(p);
}

static ffnn_net *make_net(void)
{
    const size_t sizes[] = {5, 8, 6, 3};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_TANH,
                                    FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 3, sizes, acts, FFNN_LOSS_CE, 3),
                     FFNN_OK);
    return net;
}

static void fill(float *x, size_t n, float scale)
{
    for (size_t k = 0; k < n; k++)
        x[k] = scale * (float)((k * 37) % 11) / 11.0f - 0.5f;
}

static void one_hot(float *t, size_t batch, size_t n)
{
    for (size_t s = 0; s < batch; s++)
        for (size_t j = 0; j < n; j++)
            t[s * n + j] = j == s % n ? 1.0f : 0.0f;
}

static int teardown(void **state)
{
    (void)state;
    ffnn_set_allocator(NULL, NULL, NULL);
    return 0;
}

static void test_every_block_goes_through_the_hook(void **state)
{
    (void)state;
    counter c = {0};
    assert_int_equal(ffnn_set_allocator(counting_alloc, counting_free, &c),
                     FFNN_OK);
    ffnn_net *net = make_net(), *copy = NULL;
    float x[5 * 4], y[3 * 4];
    fill(x, 20, 1.0f);
    assert_int_equal(ffnn_forward(net, x, 4, y), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    assert_true(c.allocs >= 2 * 4); /* handle, params, work, state, twice */
    ffnn_net_destroy(net);
    ffnn_net_destroy(copy);
    assert_int_equal(c.allocs, c.frees);
}

/* A block made under one allocator is returned to it after a switch. */
static void test_blocks_return_to_their_allocator(void **state)
{
    (void)state;
    counter first = {0}, second = {0};
    ffnn_set_allocator(counting_alloc, counting_free, &first);
    ffnn_net *net = make_net();
    ffnn_set_allocator(counting_alloc, counting_free, &second);
    float x[5];
    fill(x, 5, 1.0f);
    assert_int_equal(ffnn_forward(net, x, 1, NULL), FFNN_OK); /* work block */
    ffnn_net_destroy(net);
    assert_true(first.allocs > 0);
    assert_int_equal(first.allocs, first.frees);
    assert_int_equal(second.allocs, 1);
    assert_int_equal(second.frees, 1);
}

static void test_half_an_allocator_is_refused(void **state)
{
    (void)state;
    counter c = {0};
    assert_int_equal(ffnn_set_allocator(counting_alloc, NULL, &c),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_set_allocator(NULL, counting_free, &c), FFNN_ERR_ARG);
    ffnn_net *net = make_net(); /* still on malloc: the counter stays 0 */
    ffnn_net_destroy(net);
    assert_int_equal(c.allocs, 0);
}

/* Once a network has seen its largest batch, training at that batch or a
 * smaller one allocates nothing, whatever the optimizer. */
static void test_hot_path_does_not_allocate(void **state)
{
    (void)state;
    counter c = {0};
    ffnn_set_allocator(counting_alloc, counting_free, &c);
    ffnn_net *net = make_net();
    enum { BIG = 16 };
    float x[BIG * 5], t[BIG * 3], y[BIG * 3], loss;
    fill(x, BIG * 5, 2.0f);
    one_hot(t, BIG, 3);
    assert_int_equal(ffnn_forward(net, x, BIG, NULL), FFNN_OK);
    for (int opt = 0; opt < 3; opt++) {
        if (opt == 1)
            assert_int_equal(ffnn_set_optimizer_momentum(net, 0.9f, 1),
                             FFNN_OK);
        if (opt == 2)
            assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                             FFNN_OK);
        size_t before = c.allocs;
        for (size_t batch = 1; batch <= BIG; batch += 5) {
            assert_int_equal(ffnn_forward(net, x, batch, y), FFNN_OK);
            assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
            assert_int_equal(ffnn_backward(net, t), FFNN_OK);
            assert_int_equal(ffnn_step(net, 0.01f), FFNN_OK);
            assert_int_equal(ffnn_train_step(net, x, t, batch, 0.01f, &loss),
                             FFNN_OK);
        }
        assert_int_equal(c.allocs, before);
    }
    ffnn_net_destroy(net);
    assert_int_equal(c.allocs, c.frees);
}

static void test_memory_report_counts_the_buffers(void **state)
{
    (void)state;
    ffnn_net *net = make_net();
    size_t params = ffnn_net_num_params(net); /* 5*8+8 + 8*6+6 + 6*3+3 */
    assert_int_equal(params, 123);
    size_t fresh = ffnn_net_memory(net);
    assert_true(fresh >= 2 * params * sizeof(float)); /* params + grads */
    float x[64 * 5];
    fill(x, 64 * 5, 1.0f);
    assert_int_equal(ffnn_forward(net, x, 64, NULL), FFNN_OK);
    /* input (64x5) + A, H and dL/dA per layer (64x(8+6+3)) */
    size_t work = 64 * (5 + 3 * (8 + 6 + 3)) * sizeof(float);
    assert_true(ffnn_net_memory(net) >= fresh + work);
    assert_true(ffnn_net_memory(net) < fresh + work + 4096); /* padding only */
    assert_int_equal(ffnn_net_memory(NULL), 0);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_every_block_goes_through_the_hook,
                                  teardown),
        cmocka_unit_test_teardown(test_blocks_return_to_their_allocator,
                                  teardown),
        cmocka_unit_test_teardown(test_half_an_allocator_is_refused, teardown),
        cmocka_unit_test_teardown(test_hot_path_does_not_allocate, teardown),
        cmocka_unit_test(test_memory_report_counts_the_buffers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
