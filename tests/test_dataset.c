/* test_dataset.c -- src/train.c: ffnn_train over a data set, ffnn_evaluate
 * and ffnn_predict. Expected values come from the double reference
 * (reference.c) and from the same steps taken one by one with
 * ffnn_train_step, whose results the other tests check against the math. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"
#include "reference.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { N = 610, N_IN = 3, N_OUT = 4 }; /* N > 256: chunks are exercised */
static const size_t sizes[] = {N_IN, 9, N_OUT};

typedef struct {
    float x[N * N_IN], y[N * N_OUT];
} dataset;

/* Four classes around the corners of a tetrahedron, with noise. */
static void make_data(dataset *d, uint64_t seed)
{
    static const float corners[N_OUT][N_IN] = {
        {1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
    uint64_t state = seed;
    for (size_t s = 0; s < N; s++) {
        size_t c = (s * 7) % N_OUT;
        for (size_t i = 0; i < N_IN; i++)
            d->x[s * N_IN + i] =
                corners[c][i] + 0.35f * (float)ref_normal(&state);
        for (size_t j = 0; j < N_OUT; j++)
            d->y[s * N_OUT + j] = j == c ? 1.0f : 0.0f;
    }
}

static ffnn_net *make_net(uint64_t seed)
{
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, seed),
                     FFNN_OK);
    return net;
}

static void assert_same_weights(const ffnn_net *a, const ffnn_net *b)
{
    for (size_t l = 1; l <= 2; l++) {
        float wa[9 * 9], wb[9 * 9], ba[9], bb[9];
        assert_int_equal(ffnn_get_layer(a, l, wa, ba), FFNN_OK);
        assert_int_equal(ffnn_get_layer(b, l, wb, bb), FFNN_OK);
        size_t n = sizes[l] * sizes[l - 1];
        assert_memory_equal(wa, wb, n * sizeof *wa);
        assert_memory_equal(ba, bb, sizes[l] * sizeof *ba);
    }
}

/* Without shuffling, one epoch is the consecutive mini-batches in order,
 * the last one short: bit-identical to taking the steps by hand. */
static void test_epoch_is_the_steps_in_order(void **state)
{
    (void)state;
    static dataset d;
    make_data(&d, 1);
    ffnn_net *trained = make_net(5), *by_hand = make_net(5);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 64;
    o.epochs = 2;
    o.learning_rate = 0.2f;
    o.shuffle = 0;
    ffnn_train_report r;
    assert_int_equal(ffnn_train(trained, d.x, d.y, N, &o, &r), FFNN_OK);
    for (int e = 0; e < 2; e++)
        for (size_t first = 0; first < N; first += 64) {
            size_t rows = N - first < 64 ? N - first : 64;
            assert_int_equal(ffnn_train_step(by_hand, d.x + first * N_IN,
                                             d.y + first * N_OUT, rows, 0.2f,
                                             NULL),
                             FFNN_OK);
        }
    assert_same_weights(trained, by_hand);
    assert_int_equal(r.epoch, 2);
    assert_int_equal(r.batches, (N + 63) / 64);
    assert_int_equal(r.batches_done, r.batches);
    assert_true(isnan(r.val_loss)); /* nothing held out */
    ffnn_net_destroy(trained);
    ffnn_net_destroy(by_hand);
}

typedef struct {
    int calls, epoch_ends, stop_at;
    size_t last_batches_done;
} callback_log;

static int log_progress(void *user, const ffnn_train_report *r)
{
    callback_log *log = user;
    log->calls++;
    log->epoch_ends += r->epoch_end;
    log->last_batches_done = r->batches_done;
    assert_true(r->train_loss >= 0 && r->train_accuracy >= 0 &&
                r->train_accuracy <= 1);
    return log->calls == log->stop_at;
}

static void test_callback_reports_and_stops(void **state)
{
    (void)state;
    static dataset d;
    make_data(&d, 2);
    ffnn_net *net = make_net(3);
    callback_log log = {0};
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 50; /* 13 batches an epoch */
    o.epochs = 3;
    o.report_every = 4; /* after batches 4, 8, 12, then the epoch end */
    o.callback = log_progress;
    o.user = &log;
    ffnn_train_report r;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, &r), FFNN_OK);
    assert_int_equal(log.calls, 3 * 4);
    assert_int_equal(log.epoch_ends, 3);
    assert_int_equal(r.stopped, 0);

    /* Stop at the 6th call: epoch 2, after its 8th batch. */
    callback_log stop = {.stop_at = 6};
    o.user = &stop;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, &r), FFNN_OK);
    assert_int_equal(stop.calls, 6);
    assert_int_equal(r.stopped, 1);
    assert_int_equal(r.epoch, 2);
    assert_int_equal(r.batches_done, 8);
    ffnn_net_destroy(net);
}

/* The held-out tail is the last round(f n) samples, never trained on, and
 * its loss is the reference's mean loss with the final weights. */
static void test_validation_is_the_tail(void **state)
{
    (void)state;
    static dataset d;
    make_data(&d, 3);
    ffnn_net *net = make_net(9);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.validation_fraction = 0.25f; /* round(152.5) = 153 held out */
    o.epochs = 20;
    o.learning_rate = 0.1f;
    o.seed = 77;
    ffnn_train_report r;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, &r), FFNN_OK);
    size_t n_val = 153, first = N - n_val;
    assert_int_equal(r.batches, (first + 31) / 32);
    ref_net ref;
    assert_int_equal(ref_net_from_ffnn(&ref, net), 0);
    double x[153 * N_IN], t[153 * N_OUT];
    ref_f2d(d.x + first * N_IN, x, n_val * N_IN);
    ref_f2d(d.y + first * N_OUT, t, n_val * N_OUT);
    assert_float_equal(r.val_loss, ref_mean_loss(&ref, x, t, n_val), 1e-5);
    assert_true(r.val_accuracy >= 0.95); /* the classes barely overlap */
    ref_net_free(&ref);
    ffnn_net_destroy(net);
}

static void test_shuffling_follows_the_seed(void **state)
{
    (void)state;
    static dataset d;
    make_data(&d, 4);
    ffnn_net *a = make_net(1), *b = make_net(1), *c = make_net(1);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.seed = 10;
    assert_int_equal(ffnn_train(a, d.x, d.y, N, &o, NULL), FFNN_OK);
    assert_int_equal(ffnn_train(b, d.x, d.y, N, &o, NULL), FFNN_OK);
    o.seed = 11;
    assert_int_equal(ffnn_train(c, d.x, d.y, N, &o, NULL), FFNN_OK);
    assert_same_weights(a, b);
    float wa[9 * N_IN], wc[9 * N_IN];
    ffnn_get_layer(a, 1, wa, NULL);
    ffnn_get_layer(c, 1, wc, NULL);
    assert_memory_not_equal(wa, wc, sizeof wa);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    ffnn_net_destroy(c);
}

/* Loss, accuracy and outputs over more rows than one chunk. */
static void test_evaluate_and_predict_match_the_reference(void **state)
{
    (void)state;
    static dataset d;
    static double x[N * N_IN], t[N * N_OUT];
    static float y[N * N_OUT];
    make_data(&d, 5);
    ffnn_net *net = make_net(4);
    ref_net ref;
    ref_pass pass;
    assert_int_equal(ref_net_from_ffnn(&ref, net), 0);
    ref_f2d(d.x, x, N * N_IN);
    ref_f2d(d.y, t, N * N_OUT);
    assert_int_equal(ref_forward(&ref, x, N, &pass), 0);
    size_t correct = 0;
    for (size_t s = 0; s < N; s++) {
        const double *h = pass.h[2] + s * N_OUT;
        size_t best = 0;
        for (size_t j = 1; j < N_OUT; j++)
            best = h[j] > h[best] ? j : best;
        correct += d.y[s * N_OUT + best] == 1.0f;
    }
    double loss, accuracy;
    assert_int_equal(ffnn_evaluate(net, d.x, d.y, N, &loss, &accuracy),
                     FFNN_OK);
    assert_float_equal(loss, ref_mean_loss(&ref, x, t, N), 1e-5);
    assert_float_equal(accuracy, (double)correct / N, 1e-12);
    assert_int_equal(ffnn_predict(net, d.x, N, y), FFNN_OK);
    for (size_t k = 0; k < N * N_OUT; k++)
        assert_float_equal(y[k], pass.h[2][k], 1e-5);
    ref_pass_free(&pass);
    ref_net_free(&ref);
    ffnn_net_destroy(net);
}

/* One output: accuracy thresholds at 0.5 on both sides. */
static void test_single_output_accuracy(void **state)
{
    (void)state;
    const size_t s2[] = {1, 1};
    const ffnn_activation acts[] = {FFNN_ACT_SIGMOID};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 1, s2, acts, FFNN_LOSS_BCE, 1),
                     FFNN_OK);
    const float W[] = {1.0f}, b[] = {0.0f};
    assert_int_equal(ffnn_set_layer(net, 1, W, b), FFNN_OK);
    /* yhat = sigmoid(x): > 0.5 exactly when x > 0. */
    const float x[] = {-2, -1, 1, 2, 3}, y[] = {0, 1, 1, 0.9f, 0.2f};
    double accuracy;
    assert_int_equal(ffnn_evaluate(net, x, y, 5, NULL, &accuracy), FFNN_OK);
    assert_float_equal(accuracy, 3.0 / 5.0, 1e-12);
    ffnn_net_destroy(net);
}

static void test_bad_input_changes_nothing(void **state)
{
    (void)state;
    static dataset d;
    make_data(&d, 6);
    ffnn_net *net = make_net(2), *copy = NULL;
    assert_int_equal(ffnn_net_clone(net, &copy), FFNN_OK);
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 0;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, NULL), FFNN_ERR_ARG);
    ffnn_train_defaults(&o);
    o.epochs = 0;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, NULL), FFNN_ERR_ARG);
    ffnn_train_defaults(&o);
    o.learning_rate = NAN;
    assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, NULL), FFNN_ERR_ARG);
    const float fractions[] = {-0.1f, 1.0f, NAN, 0.9999f};
    for (int k = 0; k < 4; k++) {
        ffnn_train_defaults(&o);
        o.validation_fraction = fractions[k];
        assert_int_equal(ffnn_train(net, d.x, d.y, N, &o, NULL), FFNN_ERR_ARG);
    }
    assert_int_equal(ffnn_train(net, NULL, d.y, N, NULL, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_train(net, d.x, d.y, 0, NULL, NULL), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_train(NULL, d.x, d.y, N, NULL, NULL), FFNN_ERR_ARG);
    d.y[N * N_OUT - 1] = INFINITY; /* the very last target */
    assert_int_equal(ffnn_train(net, d.x, d.y, N, NULL, NULL),
                     FFNN_ERR_NUMERIC);
    assert_int_equal(ffnn_evaluate(net, d.x, d.y, N, NULL, NULL),
                     FFNN_ERR_NUMERIC);
    assert_string_not_equal(ffnn_net_last_error(net), "");
    assert_same_weights(net, copy);
    float y[N_OUT];
    assert_int_equal(ffnn_predict(net, d.x, 0, y), FFNN_ERR_SHAPE);
    assert_int_equal(ffnn_predict(net, NULL, 1, y), FFNN_ERR_ARG);
    ffnn_net_destroy(net);
    ffnn_net_destroy(copy);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_epoch_is_the_steps_in_order),
        cmocka_unit_test(test_callback_reports_and_stops),
        cmocka_unit_test(test_validation_is_the_tail),
        cmocka_unit_test(test_shuffling_follows_the_seed),
        cmocka_unit_test(test_evaluate_and_predict_match_the_reference),
        cmocka_unit_test(test_single_output_accuracy),
        cmocka_unit_test(test_bad_input_changes_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
