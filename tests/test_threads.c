/* test_threads.c -- the header's rules for threads: separate handles are
 * independent, and views from ffnn_net_share let many threads infer on one
 * model without copying it. Results must equal the single-threaded ones
 * bit for bit. ffnn_set_num_threads sets OpenBLAS's count, and a fixed
 * count gives the same results run after run. Run under
 * -DFFNN_SANITIZE=thread as well. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { THREADS = 4, N = 200, N_IN = 5, N_OUT = 3, PARAMS = 16 * 6 + 3 * 17 };
static const size_t sizes[] = {N_IN, 16, N_OUT};
static float data_x[N * N_IN], data_y[N * N_OUT];

/* n values in [-1, 1) from an LCG started at seed. */
static void fill_uniform(float *v, size_t n, uint64_t seed)
{
    uint64_t s = seed;
    for (size_t k = 0; k < n; k++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        v[k] = (float)(s >> 40) * 0x1p-24f * 2.0f - 1.0f;
    }
}

static void make_data(void)
{
    fill_uniform(data_x, N * N_IN, 99);
    for (size_t i = 0; i < N; i++)
        for (size_t j = 0; j < N_OUT; j++)
            data_y[i * N_OUT + j] = j == (size_t)(data_x[i * N_IN] > 0) +
                                             (data_x[i * N_IN + 1] > 0.5f);
}

static ffnn_net *make_net(uint64_t seed)
{
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, seed) != FFNN_OK)
        return NULL;
    return net;
}

static void weights_of(const ffnn_net *net, float *w)
{
    ffnn_get_layer(net, 1, w, w + 16 * N_IN);
    ffnn_get_layer(net, 2, w + 16 * 6, w + 16 * 6 + N_OUT * 16);
}

/* Train a fresh network of the given seed: the single-threaded recipe. */
static void train_one(uint64_t seed, float *weights)
{
    ffnn_net *net = make_net(seed);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.epochs = 3;
    o.batch_size = 16;
    o.seed = seed;
    ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f);
    ffnn_train(net, data_x, data_y, N, &o, NULL);
    weights_of(net, weights);
    ffnn_net_destroy(net);
}

typedef struct {
    uint64_t seed;
    float weights[PARAMS];
} train_job;

static void *train_thread(void *p)
{
    train_job *job = p;
    train_one(job->seed, job->weights);
    return NULL;
}

static void test_threads_train_their_own_networks(void **state)
{
    (void)state;
    train_job jobs[THREADS];
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].seed = (uint64_t)t % 2 + 1; /* two threads per seed */
        assert_int_equal(
            pthread_create(&threads[t], NULL, train_thread, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++)
        pthread_join(threads[t], NULL);
    for (int t = 0; t < THREADS; t++) {
        float alone[PARAMS];
        train_one(jobs[t].seed, alone);
        assert_memory_equal(alone, jobs[t].weights, sizeof alone);
    }
}

typedef struct {
    ffnn_net *view;
    size_t first, rows;
    float y[N * N_OUT];
    ffnn_status status;
} infer_job;

static void *infer_thread(void *p)
{
    infer_job *job = p;
    for (int repeat = 0; repeat < 20 && job->status == FFNN_OK; repeat++)
        job->status = ffnn_predict(job->view, data_x + job->first * N_IN,
                                   job->rows, job->y);
    return NULL;
}

static void test_threads_infer_on_views_of_one_model(void **state)
{
    (void)state;
    ffnn_net *model = make_net(7);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    assert_int_equal(ffnn_train(model, data_x, data_y, N, &o, NULL), FFNN_OK);
    static float alone[N * N_OUT];
    assert_int_equal(ffnn_predict(model, data_x, N, alone), FFNN_OK);
    static infer_job jobs[THREADS];
    pthread_t threads[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].first = (size_t)t * 37; /* overlapping slices */
        jobs[t].rows = N - jobs[t].first;
        jobs[t].status = ffnn_net_share(model, &jobs[t].view);
        assert_int_equal(jobs[t].status, FFNN_OK);
        assert_int_equal(
            pthread_create(&threads[t], NULL, infer_thread, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        assert_int_equal(jobs[t].status, FFNN_OK);
        assert_memory_equal(jobs[t].y, alone + jobs[t].first * N_OUT,
                            jobs[t].rows * N_OUT * sizeof(float));
        ffnn_net_destroy(jobs[t].view);
    }
    ffnn_net_destroy(model);
}

/* A view reads the source's weights in place and refuses to change them. */
static void test_view_shares_and_refuses_writes(void **state)
{
    (void)state;
    ffnn_net *model = make_net(3), *view = NULL, *copy = NULL;
    assert_int_equal(ffnn_net_share(model, &view), FFNN_OK);
    float W1[16 * N_IN], b1[16] = {0}, before[PARAMS], after[PARAMS];
    for (size_t k = 0; k < 16 * N_IN; k++)
        W1[k] = (float)k / 100.0f;
    assert_int_equal(ffnn_set_layer(model, 1, W1, b1), FFNN_OK);
    float got[16 * N_IN];
    assert_int_equal(ffnn_get_layer(view, 1, got, NULL), FFNN_OK);
    assert_memory_equal(got, W1, sizeof W1); /* no copy was taken */
    assert_true(ffnn_net_memory(view) < ffnn_net_memory(model));

    weights_of(model, before);
    float t[N_OUT] = {1, 0, 0};
    assert_int_equal(ffnn_forward(view, data_x, 1, NULL), FFNN_OK);
    assert_int_equal(ffnn_backward(view, t), FFNN_ERR_STATE);
    assert_int_equal(ffnn_step(view, 0.1f), FFNN_ERR_STATE);
    assert_int_equal(ffnn_train_step(view, data_x, t, 1, 0.1f, NULL),
                     FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_layer(view, 1, W1, NULL), FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_optimizer_adam(view, 0.9f, 0.999f, 1e-8f),
                     FFNN_ERR_STATE);
    assert_int_equal(ffnn_set_weight_decay(view, 0.1f), FFNN_ERR_STATE);
    assert_int_equal(ffnn_train(view, data_x, data_y, N, NULL, NULL),
                     FFNN_ERR_STATE);
    assert_string_not_equal(ffnn_net_last_error(view), "");
    weights_of(model, after);
    assert_memory_equal(before, after, sizeof before);

    /* A clone of a view is a whole network again. */
    assert_int_equal(ffnn_net_clone(view, &copy), FFNN_OK);
    ffnn_net_destroy(view); /* before its source: fine */
    assert_int_equal(ffnn_train_step(copy, data_x, t, 1, 0.1f, NULL), FFNN_OK);
    weights_of(model, after);
    assert_memory_equal(before, after, sizeof before);
    ffnn_net_destroy(copy);
    ffnn_net_destroy(model);
}

static void test_num_threads_is_set_and_refuses_bad_counts(void **state)
{
    (void)state;
    int before = ffnn_num_threads();
    assert_true(before >= 1);
    assert_int_equal(ffnn_set_num_threads(1), FFNN_OK);
    assert_int_equal(ffnn_num_threads(), 1);
    /* 2, or 1 where OpenBLAS is built for one thread (the header allows
     * the cap); this machine's pthreads build gives 2. */
    assert_int_equal(ffnn_set_num_threads(2), FFNN_OK);
    int two = ffnn_num_threads();
    assert_true(two == 1 || two == 2);
    const int bad[] = {0, -1, -2147483647 - 1};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        assert_int_equal(ffnn_set_num_threads(bad[k]), FFNN_ERR_ARG);
        assert_non_null(strstr(ffnn_last_error(), "ffnn_set_num_threads"));
        assert_int_equal(ffnn_num_threads(), two); /* unchanged */
    }
    assert_int_equal(ffnn_set_num_threads(before), FFNN_OK);
}

/* Twenty plain-SGD steps of a 64-128-10 network at batch 64: each GEMM is
 * large enough (>= 2^18 multiply-adds) for OpenBLAS to split it over its
 * threads. */
enum { BIG_IN = 64, BIG_HIDDEN = 128, BIG_OUT = 10, BIG_BATCH = 64 };
enum { BIG_W1 = BIG_HIDDEN * BIG_IN, BIG_W2 = BIG_OUT * BIG_HIDDEN };
static void train_big(float *W1, float *W2)
{
    static const size_t big[] = {BIG_IN, BIG_HIDDEN, BIG_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SOFTMAX};
    static float x[BIG_BATCH * BIG_IN], t[BIG_BATCH * BIG_OUT];
    fill_uniform(x, BIG_BATCH * BIG_IN, 5);
    for (size_t i = 0; i < BIG_BATCH; i++)
        for (size_t j = 0; j < BIG_OUT; j++)
            t[i * BIG_OUT + j] = j == i % BIG_OUT;
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, big, acts, FFNN_LOSS_CE, 11),
                     FFNN_OK);
    assert_int_equal(ffnn_net_set_backend(net, FFNN_BACKEND_BLAS), FFNN_OK);
    for (int step = 0; step < 20; step++)
        assert_int_equal(ffnn_train_step(net, x, t, BIG_BATCH, 0.1f, NULL),
                         FFNN_OK);
    assert_int_equal(ffnn_get_layer(net, 1, W1, NULL), FFNN_OK);
    assert_int_equal(ffnn_get_layer(net, 2, W2, NULL), FFNN_OK);
    ffnn_net_destroy(net);
}

static void test_fixed_thread_count_repeats_results(void **state)
{
    (void)state;
    int before = ffnn_num_threads();
    static float W1[2][BIG_W1], W2[2][BIG_W2];
    for (int n = 1; n <= 2; n++) {
        assert_int_equal(ffnn_set_num_threads(n), FFNN_OK);
        assert_true(ffnn_num_threads() >= 1 && ffnn_num_threads() <= n);
        for (int run = 0; run < 2; run++)
            train_big(W1[run], W2[run]);
        assert_memory_equal(W1[0], W1[1], sizeof W1[0]);
        assert_memory_equal(W2[0], W2[1], sizeof W2[0]);
    }
    assert_int_equal(ffnn_set_num_threads(before), FFNN_OK);
}

int main(void)
{
    make_data();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_train_their_own_networks),
        cmocka_unit_test(test_threads_infer_on_views_of_one_model),
        cmocka_unit_test(test_view_shares_and_refuses_writes),
        cmocka_unit_test(test_num_threads_is_set_and_refuses_bad_counts),
        cmocka_unit_test(test_fixed_thread_count_repeats_results),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
