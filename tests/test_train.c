/*
 * test_train.c -- convergence, determinism and the initialisation scheme.
 *
 *  - XOR on the course's 2-2-1 sigmoid network, full-batch gradient descent;
 *  - three Gaussian blobs in 2-D (fixed-seed generator), tanh / softmax / CE
 *    with Adam, to >= 95% accuracy;
 *  - same seed => bit-identical weights and training trajectories, different
 *    seeds => different weights;
 *  - init: biases 0, W_l in [-r, r] with r from the header, and weights
 *    reproduced from the header's SplitMix64 description.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"
#include "reference.h"

static ffnn_net *make_net(size_t L, const size_t *sizes,
                          const ffnn_activation *acts, ffnn_loss_function loss,
                          uint64_t seed)
{
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, L, sizes, acts, loss, seed),
                     FFNN_OK);
    assert_non_null(net);
    return net;
}

/* One full-batch step; returns the loss before the step. */
static float train_step(ffnn_net *net, const float *x, const float *t,
                        size_t batch, float lr)
{
    float loss = NAN;
    assert_int_equal(ffnn_forward(net, x, batch, NULL), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    assert_int_equal(ffnn_backward(net, t), FFNN_OK);
    assert_int_equal(ffnn_step(net, lr), FFNN_OK);
    return loss;
}

/* ---- XOR ------------------------------------------------------------- */

/* Seed 1, learning rate 1.0, 5000 full-batch epochs of plain gradient
 * descent on BCE. A double-precision simulation of the same init and
 * updates ends at a mean BCE of 0.0021 with outputs within 0.003 of the
 * targets; the test asserts mean BCE < 0.01 and every output on the right
 * side of 0.5 (in fact below 0.1 / above 0.9). */
static void test_xor(void **state)
{
    const size_t sizes[3] = {2, 2, 1};
    const ffnn_activation acts[2] = {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID};
    const float x[8] = {0, 0, 0, 1, 1, 0, 1, 1};
    const float t[4] = {0, 1, 1, 0};
    ffnn_net *net = make_net(2, sizes, acts, FFNN_LOSS_BCE, 1);
    float y[4], loss = NAN;
    (void)state;

    for (int epoch = 0; epoch < 5000; ++epoch) {
        train_step(net, x, t, 4, 1.0f);
    }
    assert_int_equal(ffnn_forward(net, x, 4, y), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    fprintf(stderr, "xor: loss %.5f, y = %.4f %.4f %.4f %.4f\n", (double)loss,
            (double)y[0], (double)y[1], (double)y[2], (double)y[3]);
    assert_true(loss < 0.01f);
    for (size_t i = 0; i < 4; ++i) {
        assert_true(t[i] > 0.5f ? y[i] > 0.9f : y[i] < 0.1f);
    }
    ffnn_net_destroy(net);
}

/* ---- three blobs ----------------------------------------------------- */

#define BLOB_PER_CLASS 60
#define BLOB_N         (3 * BLOB_PER_CLASS)

/* Centres on a circle of radius 2 (pairwise distance 3.46), standard
 * deviation 0.4: the classes are ~8 sigma apart, so ~100% is reachable. */
static void make_blobs(float *x, float *t, int *label)
{
    static const double cx[3] = {0.0, 1.7320508, -1.7320508};
    static const double cy[3] = {2.0, -1.0, -1.0};
    uint64_t rng = 2024;
    for (size_t i = 0; i < BLOB_N; ++i) {
        int c = (int)(i % 3);
        x[2 * i] = (float)(cx[c] + 0.4 * ref_normal(&rng));
        x[2 * i + 1] = (float)(cy[c] + 0.4 * ref_normal(&rng));
        for (int k = 0; k < 3; ++k) {
            t[3 * i + (size_t)k] = k == c ? 1.0f : 0.0f;
        }
        label[i] = c;
    }
}

static double accuracy(const float *y, const int *label, size_t n)
{
    size_t right = 0;
    for (size_t i = 0; i < n; ++i) {
        const float *p = y + 3 * i;
        int best = p[1] > p[0] ? 1 : 0;
        best = p[2] > p[best] ? 2 : best;
        right += best == label[i];
    }
    return (double)right / (double)n;
}

/* 2-8-3, tanh hidden, softmax / CE, Adam(0.9, 0.999, 1e-8) at lr 0.05,
 * 300 full-batch epochs. Asserts >= 95% training accuracy and a mean CE
 * below 0.2 (chance level is ln 3 = 1.10). */
static void test_blobs(void **state)
{
    const size_t sizes[3] = {2, 8, 3};
    const ffnn_activation acts[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    float *x = malloc(BLOB_N * 2 * sizeof(float));
    float *t = malloc(BLOB_N * 3 * sizeof(float));
    float *y = malloc(BLOB_N * 3 * sizeof(float));
    int *label = malloc(BLOB_N * sizeof(int));
    ffnn_net *net = make_net(2, sizes, acts, FFNN_LOSS_CE, 5);
    float loss = NAN;
    double acc;
    (void)state;

    assert_true(x != NULL && t != NULL && y != NULL && label != NULL);
    make_blobs(x, t, label);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    for (int epoch = 0; epoch < 300; ++epoch) {
        train_step(net, x, t, BLOB_N, 0.05f);
    }
    assert_int_equal(ffnn_forward(net, x, BLOB_N, y), FFNN_OK);
    assert_int_equal(ffnn_loss(net, t, &loss), FFNN_OK);
    acc = accuracy(y, label, BLOB_N);
    fprintf(stderr, "blobs: loss %.4f, accuracy %.3f\n", (double)loss, acc);
    assert_true(acc >= 0.95);
    assert_true(loss < 0.2f);
    ffnn_net_destroy(net);
    free(x);
    free(t);
    free(y);
    free(label);
}

/* ---- determinism ----------------------------------------------------- */

static const size_t DET_SIZES[4] = {5, 7, 6, 3};
static const ffnn_activation DET_ACTS[3] = {FFNN_ACT_RELU, FFNN_ACT_TANH,
                                            FFNN_ACT_SOFTMAX};
#define DET_L      3
#define DET_PARAMS (7 * (5 + 1) + 6 * (7 + 1) + 3 * (6 + 1))

/* All of W_1, b_1, ..., W_L, b_L in one array. */
static void read_all(const ffnn_net *net, float *flat)
{
    size_t pos = 0;
    for (size_t l = 1; l <= DET_L; ++l) {
        float *W = flat + pos, *b = W + DET_SIZES[l] * DET_SIZES[l - 1];
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        pos += DET_SIZES[l] * (DET_SIZES[l - 1] + 1);
    }
    assert_int_equal(pos, DET_PARAMS);
}

static void test_same_seed_identical(void **state)
{
    static const uint64_t seeds[] = {0, 42, UINT64_C(0xDEADBEEFCAFEF00D)};
    (void)state;
    for (size_t i = 0; i < 3; ++i) {
        ffnn_net *a =
            make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, seeds[i]);
        ffnn_net *b =
            make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, seeds[i]);
        float wa[DET_PARAMS], wb[DET_PARAMS];
        read_all(a, wa);
        read_all(b, wb);
        assert_memory_equal(wa, wb, sizeof(wa));
        ffnn_net_destroy(a);
        ffnn_net_destroy(b);
    }
}

static void test_different_seeds_differ(void **state)
{
    ffnn_net *a = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 42);
    ffnn_net *b = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 43);
    float wa[DET_PARAMS], wb[DET_PARAMS];
    (void)state;
    read_all(a, wa);
    read_all(b, wb);
    /* Layer by layer: every W_l depends on the seed. */
    for (size_t l = 1, pos = 0; l <= DET_L; ++l) {
        size_t nw = DET_SIZES[l] * DET_SIZES[l - 1];
        assert_memory_not_equal(wa + pos, wb + pos, nw * sizeof(float));
        pos += nw + DET_SIZES[l];
    }
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* Two networks from one seed trained on the same data with Adam stay
 * bit-identical: weights, outputs and losses after every step. */
static void test_identical_trajectories(void **state)
{
    enum { B = 9 };
    ffnn_net *a = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 77);
    ffnn_net *b = make_net(DET_L, DET_SIZES, DET_ACTS, FFNN_LOSS_CE, 77);
    float x[B * 5], t[B * 3], ya[B * 3], yb[B * 3];
    uint64_t rng = 99;
    (void)state;

    ref_fill_uniform_f(x, B * 5, &rng, -1.0, 1.0);
    ref_fill_targets(t, B, 3, FFNN_LOSS_CE, &rng);
    assert_int_equal(ffnn_set_optimizer_adam(a, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(b, 0.9f, 0.999f, 1e-8f), FFNN_OK);
    for (int step = 0; step < 25; ++step) {
        float la = train_step(a, x, t, B, 0.01f);
        float lb = train_step(b, x, t, B, 0.01f);
        float wa[DET_PARAMS], wb[DET_PARAMS];
        assert_memory_equal(&la, &lb, sizeof(float));
        read_all(a, wa);
        read_all(b, wb);
        assert_memory_equal(wa, wb, sizeof(wa));
        assert_int_equal(ffnn_forward(a, x, B, ya), FFNN_OK);
        assert_int_equal(ffnn_forward(b, x, B, yb), FFNN_OK);
        assert_memory_equal(ya, yb, sizeof(ya));
    }
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

/* ---- the initialisation scheme --------------------------------------- */

/* r = sqrt(6 / n_{l-1}) for the ReLU family (He), sqrt(6 / (n_{l-1} + n_l))
 * for LINEAR, SIGMOID, TANH and SOFTMAX (Glorot), as the header lists. */
static double init_range(ffnn_activation g, size_t n_in, size_t n_out)
{
    int glorot = g == FFNN_ACT_LINEAR || g == FFNN_ACT_SIGMOID ||
                 g == FFNN_ACT_TANH || g == FFNN_ACT_SOFTMAX;
    return glorot ? sqrt(6.0 / (double)(n_in + n_out))
                  : sqrt(6.0 / (double)n_in);
}

/* The header's draw before scaling: 2 (d >> 40) 2^-24 - 1, exact in
 * float and in double. */
static double unit_draw(uint64_t *state)
{
    return 2.0 * (double)(ref_splitmix64(state) >> 40) * 0x1p-24 - 1.0;
}

typedef struct {
    size_t L;
    size_t sizes[4];
    ffnn_activation acts[3];
    uint64_t seed;
} init_case;

/* r = 1 exactly (Glorot with n_{l-1} + n_l = 6, He with n_{l-1} = 6) or
 * 0.5 exactly (He with n_{l-1} = 24), so each weight is exactly the draw
 * times r whatever precision r is computed in. */
/* clang-format off */
static const init_case EXACT_CASES[] = {
    {2, {3, 3, 3}, {FFNN_ACT_SIGMOID, FFNN_ACT_TANH}, 0},
    {2, {3, 3, 3}, {FFNN_ACT_LINEAR, FFNN_ACT_SOFTMAX}, 12345},
    {2, {24, 24, 3}, {FFNN_ACT_RELU, FFNN_ACT_RELU}, 7},
    {3, {6, 6, 2, 4}, {FFNN_ACT_RELU, FFNN_ACT_RELU, FFNN_ACT_SIGMOID},
     UINT64_C(0xFFFFFFFFFFFFFFFF)},
    /* the ReLU family of 1.4.0: He (n_{l-1} = 6 or 24) */
    {3, {6, 6, 6, 24}, {FFNN_ACT_LEAKY_RELU, FFNN_ACT_ELU, FFNN_ACT_GELU}, 5},
    {3, {24, 6, 24, 2}, {FFNN_ACT_SILU, FFNN_ACT_SOFTPLUS, FFNN_ACT_LEAKY_RELU},
     6},
};
/* clang-format on */

/* Non-trivial r: the header does not say whether r is computed in float or
 * double, which can move the product by one rounding; allow 2 ulps. */
/* clang-format off */
static const init_case RANGE_CASES[] = {
    {1, {5, 3}, {FFNN_ACT_SIGMOID}, 1},
    {2, {10, 20, 4}, {FFNN_ACT_RELU, FFNN_ACT_TANH}, 99},
    {3, {7, 13, 5, 2}, {FFNN_ACT_TANH, FFNN_ACT_RELU, FFNN_ACT_LINEAR}, 2},
};
/* clang-format on */

static ffnn_loss_function loss_for(ffnn_activation out)
{
    return out == FFNN_ACT_SOFTMAX   ? FFNN_LOSS_CE
           : out == FFNN_ACT_SIGMOID ? FFNN_LOSS_BCE
                                     : FFNN_LOSS_MSE;
}

/* Check every layer of the case against the SplitMix64 stream; rel_tol 0
 * demands bit equality. Also biases 0 and |w| <= r. */
static void check_init(const init_case *c, double rel_tol)
{
    ffnn_net *net =
        make_net(c->L, c->sizes, c->acts, loss_for(c->acts[c->L - 1]), c->seed);
    uint64_t stream = c->seed;
    for (size_t l = 1; l <= c->L; ++l) {
        size_t n_in = c->sizes[l - 1], n_out = c->sizes[l];
        double r = init_range(c->acts[l - 1], n_in, n_out);
        float *W = malloc(n_in * n_out * sizeof(float));
        float *b = malloc(n_out * sizeof(float));
        assert_true(W != NULL && b != NULL);
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        for (size_t j = 0; j < n_out; ++j) {
            assert_true(b[j] == 0.0f);
        }
        for (size_t i = 0; i < n_in * n_out; ++i) {
            double want = unit_draw(&stream) * r;
            double got = (double)W[i];
            assert_true(fabs(got) <= (double)(float)r);
            if (!(fabs(got - want) <= rel_tol * fabs(want))) {
                fail_msg("seed %llu layer %zu weight %zu: got %.9g, want "
                         "%.9g (r %.9g)",
                         (unsigned long long)c->seed, l, i, got, want, r);
            }
        }
        free(W);
        free(b);
    }
    ffnn_net_destroy(net);
}

static void test_init_exact(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(EXACT_CASES) / sizeof(EXACT_CASES[0]); ++i) {
        check_init(&EXACT_CASES[i], 0.0);
    }
}

static void test_init_range(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(RANGE_CASES) / sizeof(RANGE_CASES[0]); ++i) {
        check_init(&RANGE_CASES[i], 0x1p-22);
    }
}

/* A hand check of the stream itself: the first SplitMix64 output for
 * seed 0 is the published value 0xE220A8397B1DCDAF. */
static void test_splitmix64_reference(void **state)
{
    uint64_t s = 0;
    (void)state;
    assert_true(ref_splitmix64(&s) == UINT64_C(0xE220A8397B1DCDAF));
    assert_true(s == UINT64_C(0x9E3779B97F4A7C15));
}

/* ---- resumable training, the position, the shuffle, the splits -------
 * (ffnn.h sections 10 and 12.) A 2-6-3 tanh / softmax / CE network on three
 * classes sorted by class, as iris.csv is. Expected orders and positions are
 * worked out here from the header: SplitMix64 (ref_splitmix64, checked
 * against its published value above) drives a Fisher-Yates shuffle of the
 * training rows, one draw for each i = n..2, so an epoch advances the state
 * by (n_train - 1) times the golden gamma. */

#define RS_CLASS 15
#define RS_N     (3 * RS_CLASS)
#define RS_IN    2
#define RS_OUT   3
#define GAMMA    UINT64_C(0x9E3779B97F4A7C15)

static const size_t RS_SIZES[3] = {RS_IN, 6, RS_OUT};
static const ffnn_activation RS_ACTS[2] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};

/* Class c of row r is r / per_class; one-hot targets. */
static void sorted_classes(float *x, float *y, size_t per_class)
{
    uint64_t rng = 31;
    for (size_t r = 0; r < 3 * per_class; ++r) {
        size_t c = r / per_class;
        x[r * RS_IN] = (float)((double)c + ref_uniform(&rng, -0.7, 0.7));
        x[r * RS_IN + 1] = (float)ref_uniform(&rng, -1.0, 1.0);
        for (size_t k = 0; k < RS_OUT; ++k)
            y[r * RS_OUT + k] = k == c ? 1.0f : 0.0f;
    }
}

static ffnn_net *rs_net(ffnn_optimizer kind)
{
    ffnn_net *net = make_net(2, RS_SIZES, RS_ACTS, FFNN_LOSS_CE, 8);
    ffnn_status s = FFNN_OK;
    if (kind == FFNN_OPT_MOMENTUM || kind == FFNN_OPT_NESTEROV)
        s = ffnn_set_optimizer_momentum(net, 0.8f, kind == FFNN_OPT_NESTEROV);
    else if (kind == FFNN_OPT_ADAM)
        s = ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-7f);
    assert_int_equal(s, FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, 1e-3f), FFNN_OK);
    return net;
}

#define RS_PARAMS (6 * (RS_IN + 1) + RS_OUT * (6 + 1))

/* The state after `draws` SplitMix64 draws from seed. */
static uint64_t state_after(uint64_t seed, uint64_t draws)
{
    return seed + draws * GAMMA;
}

/* Every report a run makes; optionally stops (and checkpoints) at one. */
#define MAX_REPORTS 128
typedef struct {
    ffnn_train_report r[MAX_REPORTS];
    size_t n;
    size_t stop_epoch, stop_batch; /* stop_epoch 0: never; batch 0: end */
    ffnn_net *net;
    unsigned char *inside; /* a checkpoint written inside the callback */
    size_t inside_size;
    ffnn_train_position at_stop;
} recorder;

static int record(void *user, const ffnn_train_report *r)
{
    recorder *rec = user;
    assert_true(rec->n < MAX_REPORTS);
    rec->r[rec->n++] = *r;
    int here =
        rec->stop_epoch && r->epoch == rec->stop_epoch &&
        (rec->stop_batch ? !r->epoch_end && r->batches_done == rec->stop_batch
                         : r->epoch_end);
    if (!here)
        return 0;
    rec->inside = ref_saved_bytes(rec->net, 1, &rec->inside_size);
    assert_int_equal(ffnn_get_train_position(rec->net, &rec->at_stop), FFNN_OK);
    return 1;
}

/* 45 rows, 20% held out: 9 held out, 36 trained on in 9 batches of 4. */
static void rs_options(ffnn_train_options *o, recorder *rec)
{
    ffnn_train_defaults(o);
    o->batch_size = 4;
    o->epochs = 4;
    o->learning_rate = 0.05f;
    o->validation_fraction = 0.2f;
    o->seed = 4242;
    o->report_every = 1;
    o->callback = rec ? record : NULL;
    o->user = rec;
}
#define RS_TRAIN   36
#define RS_BATCHES 9

/* Two reports equal, bit for bit, samples_per_second and stopped aside. */
static void assert_same_report(const ffnn_train_report *a,
                               const ffnn_train_report *b, size_t k)
{
    int same =
        a->epoch == b->epoch && a->epochs == b->epochs &&
        a->batches_done == b->batches_done && a->batches == b->batches &&
        a->epoch_end == b->epoch_end &&
        memcmp(&a->train_loss, &b->train_loss, sizeof(double)) == 0 &&
        memcmp(&a->train_accuracy, &b->train_accuracy, sizeof(double)) == 0 &&
        memcmp(&a->val_loss, &b->val_loss, sizeof(double)) == 0 &&
        memcmp(&a->val_accuracy, &b->val_accuracy, sizeof(double)) == 0;
    if (!same)
        fail_msg("report %zu: epoch %zu batch %zu loss %.17g val %.17g; want "
                 "epoch %zu batch %zu loss %.17g val %.17g",
                 k, a->epoch, a->batches_done, a->train_loss, a->val_loss,
                 b->epoch, b->batches_done, b->train_loss, b->val_loss);
}

static ffnn_status run(ffnn_net *net, const float *x, const float *y,
                       const ffnn_train_options *o, ffnn_validation_split split,
                       ffnn_train_report *report)
{
    return split == FFNN_SPLIT_LAST
               ? ffnn_train(net, x, y, RS_N, o, report)
               : ffnn_train_resume(net, x, y, RS_N, o, split, report);
}

/* Where a stop at (epoch, batch) leaves the position. */
static void assert_stop_position(const recorder *rec, uint64_t seed)
{
    const ffnn_train_position *p = &rec->at_stop;
    const ffnn_train_report *r = &rec->r[rec->n - 1];
    size_t e = rec->stop_epoch, b = rec->stop_batch;
    assert_true(p->epoch == (b ? e - 1 : e));
    assert_true(p->batch == b);
    /* The state at the start of the epoch under way, or of the next. */
    assert_true(p->rng == state_after(seed, (b ? e - 1 : e) * (RS_TRAIN - 1)));
    assert_true(p->seen == 4 * b);
    if (b) {
        double loss = p->loss_sum / (double)p->seen,
               acc = (double)p->correct / (double)p->seen;
        assert_memory_equal(&loss, &r->train_loss, sizeof loss);
        assert_memory_equal(&acc, &r->train_accuracy, sizeof acc);
    } else {
        assert_true(p->correct == 0 && p->loss_sum == 0.0);
    }
}

/* Continue net, or a network loaded from bytes, and compare. */
static void continue_run(ffnn_net *from, const unsigned char *bytes,
                         size_t size, const float *x, const float *y,
                         ffnn_validation_split split, const recorder *whole,
                         const recorder *first, const ffnn_net *never)
{
    ffnn_net *net = from;
    if (bytes)
        assert_int_equal(ffnn_load_buffer(bytes, size, &net), FFNN_OK);
    recorder rest = {.n = 0};
    ffnn_train_options o;
    ffnn_train_report final;
    rs_options(&o, &rest);
    assert_int_equal(ffnn_train_resume(net, x, y, RS_N, &o, split, &final),
                     FFNN_OK);
    ref_assert_same_weights(net, never);
    assert_int_equal(first->n + rest.n, whole->n);
    for (size_t k = 0; k < rest.n; ++k)
        assert_same_report(&rest.r[k], &whole->r[first->n + k], first->n + k);
    assert_same_report(&final, &whole->r[whole->n - 1], whole->n);
    if (bytes)
        ffnn_net_destroy(net);
}

static void check_resume(ffnn_optimizer kind, ffnn_validation_split split,
                         size_t stop_epoch, size_t stop_batch)
{
    float x[RS_N * RS_IN], y[RS_N * RS_OUT];
    sorted_classes(x, y, RS_CLASS);
    ffnn_train_options o;
    static recorder whole, first;
    memset(&whole, 0, sizeof whole);
    memset(&first, 0, sizeof first);
    ffnn_net *never = rs_net(kind), *net = rs_net(kind);
    rs_options(&o, &whole);
    assert_int_equal(run(never, x, y, &o, split, NULL), FFNN_OK);
    first.stop_epoch = stop_epoch;
    first.stop_batch = stop_batch;
    first.net = net;
    rs_options(&o, &first);
    ffnn_train_report stopped;
    assert_int_equal(run(net, x, y, &o, split, &stopped), FFNN_OK);
    assert_int_equal(stopped.stopped, 1);
    assert_non_null(first.inside);
    assert_stop_position(&first, o.seed);
    for (size_t k = 0; k < first.n; ++k)
        assert_same_report(&first.r[k], &whole.r[k], k);
    /* From the checkpoint written inside the callback, from one written
     * after ffnn_train returned, and from the stopped network itself. */
    size_t size;
    unsigned char *after = ref_saved_bytes(net, 1, &size);
    continue_run(NULL, first.inside, first.inside_size, x, y, split, &whole,
                 &first, never);
    continue_run(NULL, after, size, x, y, split, &whole, &first, never);
    continue_run(net, NULL, 0, x, y, split, &whole, &first, never);
    free(first.inside);
    free(after);
    ffnn_net_destroy(never);
    ffnn_net_destroy(net);
}

static void test_resume_reports_every_step(void **state)
{
    (void)state;
    const ffnn_optimizer kinds[] = {FFNN_OPT_SGD, FFNN_OPT_MOMENTUM,
                                    FFNN_OPT_ADAM};
    for (size_t k = 0; k < 3; ++k)
        for (int split = 0; split <= 2; ++split) {
            ffnn_validation_split s = (ffnn_validation_split)split;
            check_resume(kinds[k], s, 2, 3);              /* mid-epoch */
            check_resume(kinds[k], s, 2, 0);              /* at an epoch end */
            check_resume(kinds[k], s, 1, RS_BATCHES - 1); /* last but one */
            check_resume(kinds[k], s, 4, 1); /* in the last epoch */
        }
}

/* ffnn_train's position after every batch, seen from the callback. */
typedef struct {
    ffnn_net *net;
    uint64_t seed;
    size_t calls;
} position_probe;

static int probe_position(void *user, const ffnn_train_report *r)
{
    position_probe *pp = user;
    ffnn_train_position p;
    assert_int_equal(ffnn_get_train_position(pp->net, &p), FFNN_OK);
    pp->calls++;
    if (r->epoch_end) {
        assert_true(p.epoch == r->epoch && p.batch == 0 && p.seen == 0 &&
                    p.correct == 0 && p.loss_sum == 0.0);
        assert_true(p.rng == state_after(pp->seed, r->epoch * (RS_TRAIN - 1)));
        return 0;
    }
    assert_true(p.epoch == r->epoch - 1 && p.batch == r->batches_done);
    assert_true(p.seen == 4 * r->batches_done);
    assert_true(p.rng ==
                state_after(pp->seed, (r->epoch - 1) * (RS_TRAIN - 1)));
    double loss = p.loss_sum / (double)p.seen;
    assert_memory_equal(&loss, &r->train_loss, sizeof loss);
    return 0;
}

static void test_position_semantics(void **state)
{
    (void)state;
    float x[RS_N * RS_IN], y[RS_N * RS_OUT];
    sorted_classes(x, y, RS_CLASS);
    ffnn_net *net = rs_net(FFNN_OPT_MOMENTUM);
    /* ffnn_train starts from zero, whatever the position was. */
    ffnn_train_position junk = {7, 5, 3, 2, 1, 9.0}, p;
    assert_int_equal(ffnn_set_train_position(net, &junk), FFNN_OK);
    position_probe pp = {net, 4242, 0};
    ffnn_train_options o;
    rs_options(&o, NULL);
    o.epochs = 2;
    o.callback = probe_position;
    o.user = &pp;
    assert_int_equal(ffnn_train(net, x, y, RS_N, &o, NULL), FFNN_OK);
    assert_int_equal(pp.calls, 2 * RS_BATCHES);
    assert_int_equal(ffnn_get_train_position(net, &p), FFNN_OK);
    assert_true(p.epoch == 2 && p.batch == 0 && p.seen == 0 && p.correct == 0 &&
                p.loss_sum == 0.0);
    assert_true(p.rng == state_after(o.seed, 2 * (RS_TRAIN - 1)));
    /* Without shuffling the generator never draws. */
    o.shuffle = 0;
    o.callback = NULL;
    assert_int_equal(ffnn_train(net, x, y, RS_N, &o, NULL), FFNN_OK);
    assert_int_equal(ffnn_get_train_position(net, &p), FFNN_OK);
    assert_true(p.epoch == 2 && p.batch == 0 && p.rng == o.seed);
    ffnn_net_destroy(net);
}

/* ffnn_train of 1 epoch then ffnn_train_resume to 3 is ffnn_train of 3:
 * weights and every report. */
static void test_train_one_then_resume(void **state)
{
    (void)state;
    float x[RS_N * RS_IN], y[RS_N * RS_OUT];
    sorted_classes(x, y, RS_CLASS);
    static recorder a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    ffnn_net *na = rs_net(FFNN_OPT_NESTEROV), *nb = rs_net(FFNN_OPT_NESTEROV);
    ffnn_train_options o;
    rs_options(&o, &a);
    o.epochs = 3;
    assert_int_equal(ffnn_train(na, x, y, RS_N, &o, NULL), FFNN_OK);
    rs_options(&o, &b);
    o.epochs = 1;
    assert_int_equal(ffnn_train(nb, x, y, RS_N, &o, NULL), FFNN_OK);
    o.epochs = 3;
    assert_int_equal(
        ffnn_train_resume(nb, x, y, RS_N, &o, FFNN_SPLIT_LAST, NULL), FFNN_OK);
    ref_assert_same_weights(na, nb);
    assert_int_equal(a.n, b.n);
    for (size_t k = 0; k < a.n; ++k) {
        b.r[k].epochs = a.r[k].epochs; /* the first call asked for 1 */
        assert_same_report(&b.r[k], &a.r[k], k);
    }
    ffnn_net_destroy(na);
    ffnn_net_destroy(nb);
}

static int never_called(void *user, const ffnn_train_report *r)
{
    (void)user;
    (void)r;
    fail_msg("the callback was called");
    return 1;
}

/* A call that must change nothing: weights, optimizer state, position
 * (all in the checkpoint bytes) stay. */
static void assert_resume_changes_nothing(ffnn_net *net, const float *x,
                                          const float *y, size_t epochs,
                                          ffnn_status want,
                                          ffnn_train_report *report)
{
    size_t before_size, after_size;
    unsigned char *before = ref_saved_bytes(net, 1, &before_size);
    ffnn_train_options o;
    rs_options(&o, NULL);
    o.epochs = epochs;
    o.callback = never_called;
    assert_int_equal(
        ffnn_train_resume(net, x, y, RS_N, &o, FFNN_SPLIT_STRATIFIED, report),
        want);
    unsigned char *after = ref_saved_bytes(net, 1, &after_size);
    assert_int_equal(after_size, before_size);
    assert_memory_equal(after, before, before_size);
    free(before);
    free(after);
}

static void test_resume_complete_or_bad_position(void **state)
{
    (void)state;
    float x[RS_N * RS_IN], y[RS_N * RS_OUT];
    sorted_classes(x, y, RS_CLASS);
    ffnn_net *net = rs_net(FFNN_OPT_ADAM);
    ffnn_train_options o;
    rs_options(&o, NULL);
    o.epochs = 3;
    assert_int_equal(
        ffnn_train_resume(net, x, y, RS_N, &o, FFNN_SPLIT_STRATIFIED, NULL),
        FFNN_OK);
    /* Complete: FFNN_OK at once, epoch = position's, NaN losses. */
    for (size_t epochs = 1; epochs <= 3; ++epochs) {
        ffnn_train_report r;
        assert_resume_changes_nothing(net, x, y, epochs, FFNN_OK, &r);
        assert_int_equal(r.epoch, 3);
        assert_true(isnan(r.train_loss) && isnan(r.train_accuracy) &&
                    isnan(r.val_loss) && isnan(r.val_accuracy));
    }
    /* Beyond the data: a batch past the epoch's last, more samples seen
     * than the epoch holds. */
    const ffnn_train_position bad[] = {
        {0, RS_BATCHES, 1, 0, 0, 0.0},       {3, RS_BATCHES, 1, 0, 0, 0.0},
        {1, RS_BATCHES + 100, 1, 8, 3, 1.0}, {3, UINT64_MAX, 1, 8, 3, 1.0},
        {3, 2, 1, RS_TRAIN + 1, 3, 1.0},     {0, 1, 1, UINT64_MAX, 3, 1.0},
    };
    for (size_t k = 0; k < sizeof bad / sizeof *bad; ++k) {
        assert_int_equal(ffnn_set_train_position(net, &bad[k]), FFNN_OK);
        assert_resume_changes_nothing(net, x, y, 4, FFNN_ERR_ARG, NULL);
        assert_non_null(strstr(ffnn_net_last_error(net), "position"));
    }
    ffnn_net_destroy(net);
}

/* ffnn_train's epochs worked by hand: the training rows (LAST: the first
 * n - round(f n)) permuted by Fisher-Yates from SplitMix64 at the seed,
 * afresh each epoch; mini-batches in that order, the last one smaller;
 * train_loss = sum of (mean batch loss x rows) / rows, the accuracy by
 * argmax; the validation loss over the held-out rows after the epoch. */
#define HO_N     23
#define HO_TRAIN 18 /* round(0.2 * 23) = 5 held out */
#define HO_BS    4  /* batches of 4, 4, 4, 4, 2 */

static size_t argmax3(const float *v)
{
    size_t best = 0;
    for (size_t k = 1; k < RS_OUT; ++k)
        if (v[k] > v[best])
            best = k;
    return best;
}

typedef struct {
    double loss_sum;
    size_t correct;
} epoch_sums;

static epoch_sums manual_epoch(ffnn_net *net, const float *x, const float *y,
                               const size_t *order, float lr)
{
    epoch_sums s = {0.0, 0};
    for (size_t first = 0; first < HO_TRAIN; first += HO_BS) {
        size_t rows = HO_TRAIN - first < HO_BS ? HO_TRAIN - first : HO_BS;
        float bx[HO_BS * RS_IN], by[HO_BS * RS_OUT], yhat[HO_BS * RS_OUT];
        for (size_t r = 0; r < rows; ++r) {
            memcpy(bx + r * RS_IN, x + order[first + r] * RS_IN,
                   RS_IN * sizeof(float));
            memcpy(by + r * RS_OUT, y + order[first + r] * RS_OUT,
                   RS_OUT * sizeof(float));
        }
        assert_int_equal(ffnn_forward(net, bx, rows, yhat), FFNN_OK);
        for (size_t r = 0; r < rows; ++r)
            s.correct += argmax3(yhat + r * RS_OUT) == argmax3(by + r * RS_OUT);
        float loss;
        assert_int_equal(ffnn_train_step(net, bx, by, rows, lr, &loss),
                         FFNN_OK);
        s.loss_sum += (double)loss * (double)rows;
    }
    return s;
}

static void check_epochs_by_hand(ffnn_optimizer kind, int shuffle)
{
    float x[24 * RS_IN], y[24 * RS_OUT];
    sorted_classes(x, y, 8); /* 24 rows made, 23 used */
    ffnn_net *a = rs_net(kind), *b = rs_net(kind);
    ffnn_train_options o;
    rs_options(&o, NULL);
    o.epochs = 3;
    o.shuffle = shuffle;
    o.batch_size = HO_BS;
    ffnn_train_report r;
    assert_int_equal(ffnn_train(a, x, y, HO_N, &o, &r), FFNN_OK);
    uint64_t rng = o.seed;
    epoch_sums s = {0.0, 0};
    for (size_t e = 0; e < o.epochs; ++e) {
        size_t order[HO_TRAIN];
        for (size_t i = 0; i < HO_TRAIN; ++i)
            order[i] = i;
        for (size_t i = HO_TRAIN; shuffle && i > 1; --i) {
            size_t j = (size_t)(ref_splitmix64(&rng) % i), t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        s = manual_epoch(b, x, y, order, o.learning_rate);
    }
    ref_assert_same_weights(a, b);
    double loss = s.loss_sum / HO_TRAIN, acc = (double)s.correct / HO_TRAIN;
    double val_loss, val_acc;
    assert_int_equal(ffnn_evaluate(b, x + HO_TRAIN * RS_IN,
                                   y + HO_TRAIN * RS_OUT, HO_N - HO_TRAIN,
                                   &val_loss, &val_acc),
                     FFNN_OK);
    assert_memory_equal(&r.train_loss, &loss, sizeof loss);
    assert_memory_equal(&r.train_accuracy, &acc, sizeof acc);
    assert_memory_equal(&r.val_loss, &val_loss, sizeof val_loss);
    assert_memory_equal(&r.val_accuracy, &val_acc, sizeof val_acc);
    assert_int_equal(r.batches, 5);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
}

static void test_epochs_by_hand(void **state)
{
    (void)state;
    check_epochs_by_hand(FFNN_OPT_SGD, 1);
    check_epochs_by_hand(FFNN_OPT_MOMENTUM, 1);
    check_epochs_by_hand(FFNN_OPT_ADAM, 1);
    check_epochs_by_hand(FFNN_OPT_ADAM, 0);
}

/* ---- ffnn_split_rows -------------------------------------------------- */

static ffnn_net *split_net(size_t n_out)
{
    const size_t sizes[2] = {1, n_out};
    const ffnn_activation acts[1] = {n_out == 1 ? FFNN_ACT_SIGMOID
                                                : FFNN_ACT_SOFTMAX};
    return make_net(1, sizes, acts, n_out == 1 ? FFNN_LOSS_BCE : FFNN_LOSS_CE,
                    1);
}

/* order is a permutation of 0..n-1 whose two parts, [0, n - n_val) and
 * [n - n_val, n), each increase. */
static void assert_split_shape(const size_t *order, size_t n, size_t n_val)
{
    unsigned char *seen = calloc(n, 1);
    assert_non_null(seen);
    for (size_t i = 0; i < n; ++i) {
        assert_true(order[i] < n);
        assert_false(seen[order[i]]);
        seen[order[i]] = 1;
        if (i > 0 && i != n - n_val)
            assert_true(order[i - 1] < order[i]);
    }
    free(seen);
}

/* Held-out rows per class (class = argmax y, or y > 0.5 with one output). */
static void held_per_class(const size_t *order, size_t n, size_t n_val,
                           const float *y, size_t n_out, size_t *count)
{
    size_t k = n_out == 1 ? 2 : n_out;
    memset(count, 0, k * sizeof *count);
    for (size_t i = n - n_val; i < n; ++i) {
        const float *row = y + order[i] * n_out;
        size_t c = 0;
        if (n_out == 1)
            c = row[0] > 0.5f;
        else
            for (size_t j = 1; j < n_out; ++j)
                c = row[j] > row[c] ? j : c;
        count[c]++;
    }
}

static void test_split_shapes(void **state)
{
    (void)state;
    ffnn_net *net = split_net(3);
    float y[150 * 3];
    for (size_t r = 0; r < 150; ++r)
        for (size_t k = 0; k < 3; ++k)
            y[r * 3 + k] = k == (r * 7) % 3;
    /* n_val = round(f n): 2.5 and 3.5 round up, f = 0 holds none. */
    const struct {
        size_t n;
        float f;
        size_t n_val;
    } cases[] = {{10, 0.25f, 3}, {14, 0.25f, 4}, {150, 0.2f, 30},
                 {7, 0.5f, 4},   {9, 0.0f, 0},   {150, 0.875f, 131}};
    size_t order[150];
    for (size_t c = 0; c < sizeof cases / sizeof *cases; ++c)
        for (int split = 0; split <= 2; ++split) {
            assert_int_equal(ffnn_split_rows(net, y, cases[c].n, cases[c].f,
                                             (ffnn_validation_split)split, 99,
                                             order),
                             FFNN_OK);
            assert_split_shape(order, cases[c].n, cases[c].n_val);
            if (split == FFNN_SPLIT_LAST || cases[c].n_val == 0)
                for (size_t i = 0; i < cases[c].n; ++i)
                    assert_int_equal(order[i], i);
        }
    /* y is not read but for STRATIFIED. */
    assert_int_equal(
        ffnn_split_rows(net, NULL, 10, 0.3f, FFNN_SPLIT_SHUFFLED, 1, order),
        FFNN_OK);
    assert_int_equal(
        ffnn_split_rows(net, NULL, 10, 0.3f, FFNN_SPLIT_LAST, 1, order),
        FFNN_OK);
    ffnn_net_destroy(net);
}

/* 150 rows sorted by class, 50 each (iris), f = 0.2: LAST holds out 30
 * rows of the last class; STRATIFIED 10 of each, whatever the seed. */
static void test_split_iris(void **state)
{
    (void)state;
    ffnn_net *net = split_net(3);
    float y[150 * 3];
    for (size_t r = 0; r < 150; ++r)
        for (size_t k = 0; k < 3; ++k)
            y[r * 3 + k] = k == r / 50;
    size_t order[150], again[150], count[3];
    assert_int_equal(
        ffnn_split_rows(net, y, 150, 0.2f, FFNN_SPLIT_LAST, 1, order), FFNN_OK);
    held_per_class(order, 150, 30, y, 3, count);
    assert_true(count[0] == 0 && count[1] == 0 && count[2] == 30);
    unsigned char ever_held[150] = {0};
    for (uint64_t seed = 0; seed < 6; ++seed) {
        assert_int_equal(ffnn_split_rows(net, y, 150, 0.2f,
                                         FFNN_SPLIT_STRATIFIED, seed, order),
                         FFNN_OK);
        assert_split_shape(order, 150, 30);
        held_per_class(order, 150, 30, y, 3, count);
        assert_true(count[0] == 10 && count[1] == 10 && count[2] == 10);
        for (size_t i = 120; i < 150; ++i)
            ever_held[order[i]] = 1;
        /* The same seed, the same split. */
        assert_int_equal(ffnn_split_rows(net, y, 150, 0.2f,
                                         FFNN_SPLIT_STRATIFIED, seed, again),
                         FFNN_OK);
        assert_memory_equal(order, again, sizeof order);
    }
    /* Drawn, not fixed: six seeds hold out more than one set of 30. */
    size_t distinct = 0;
    for (size_t r = 0; r < 150; ++r)
        distinct += ever_held[r];
    assert_true(distinct > 30);
    for (int split = 1; split <= 2; ++split) {
        ffnn_validation_split s = (ffnn_validation_split)split;
        assert_int_equal(ffnn_split_rows(net, y, 150, 0.2f, s, 5, order),
                         FFNN_OK);
        assert_int_equal(ffnn_split_rows(net, y, 150, 0.2f, s, 6, again),
                         FFNN_OK);
        assert_memory_not_equal(order, again, sizeof order);
    }
    ffnn_net_destroy(net);
}

/* The largest-remainder rule, worked by hand. Rows of each class are
 * interleaved, not sorted. */
static void check_quota(const size_t *sizes, size_t k, float f, size_t n_val,
                        const size_t *want)
{
    ffnn_net *net = split_net(k);
    size_t n = 0, left[3];
    memcpy(left, sizes, k * sizeof *left);
    float y[64 * 3];
    for (size_t round = 0; n < sizes[0] + sizes[1] + sizes[2]; ++round)
        for (size_t c = 0; c < k; ++c)
            if (left[c]) {
                left[c]--;
                for (size_t j = 0; j < k; ++j)
                    y[n * k + j] = j == c;
                n++;
            }
    size_t order[64], count[3];
    assert_int_equal(
        ffnn_split_rows(net, y, n, f, FFNN_SPLIT_STRATIFIED, 17, order),
        FFNN_OK);
    assert_split_shape(order, n, n_val);
    held_per_class(order, n, n_val, y, k, count);
    for (size_t c = 0; c < k; ++c)
        if (count[c] != want[c])
            fail_msg("classes %zu,%zu,%zu at %g: class %zu holds out %zu, "
                     "want %zu",
                     sizes[0], sizes[1], sizes[2], (double)f, c, count[c],
                     want[c]);
    ffnn_net_destroy(net);
}

static void test_split_remainders(void **state)
{
    (void)state;
    /* 7,5,3 at 0.5: floors 3,2,1 = 6 of round(7.5) = 8; remainders tie at
     * 0.5, the lower classes get the two: 4,3,1. */
    check_quota((const size_t[]){7, 5, 3}, 3, 0.5f, 8,
                (const size_t[]){4, 3, 1});
    /* 3,5,7 at 0.5: the same tie, the same classes: 2,3,3. */
    check_quota((const size_t[]){3, 5, 7}, 3, 0.5f, 8,
                (const size_t[]){2, 3, 3});
    /* 6,5,4 at 0.3: 1.8, 1.5, 1.2: floors 1,1,1 = 3 of round(4.5) = 5;
     * the largest remainders 0.8 and 0.5 win: 2,2,1. */
    check_quota((const size_t[]){6, 5, 4}, 3, 0.3f, 5,
                (const size_t[]){2, 2, 1});
    /* 4,5,6 at 0.3: 1.2, 1.5, 1.8: the last two win: 1,2,2. */
    check_quota((const size_t[]){4, 5, 6}, 3, 0.3f, 5,
                (const size_t[]){1, 2, 2});
}

/* One output: the class is y > 0.5 (0.5 itself is class 0). 13 rows of
 * class 0, 7 of class 1, f = 0.25: 3.25 and 1.75, floors 3 + 1 of 5; the
 * larger remainder is class 1's: 3 and 2. */
static void test_split_binary(void **state)
{
    (void)state;
    ffnn_net *net = split_net(1);
    const float class0[] = {0.0f, 0.5f, 0.2f, 0.4999f};
    const float class1[] = {1.0f, 0.9f, 0.5001f};
    float y[20];
    for (size_t r = 0, a = 0, b = 0; r < 20; ++r)
        y[r] = r % 3 == 1 && b < 7 ? class1[b++ % 3] : class0[a++ % 4];
    size_t ones = 0;
    for (size_t r = 0; r < 20; ++r)
        ones += y[r] > 0.5f;
    assert_int_equal(ones, 7);
    size_t order[20], count[2];
    for (uint64_t seed = 0; seed < 4; ++seed) {
        assert_int_equal(ffnn_split_rows(net, y, 20, 0.25f,
                                         FFNN_SPLIT_STRATIFIED, seed, order),
                         FFNN_OK);
        assert_split_shape(order, 20, 5);
        held_per_class(order, 20, 5, y, 1, count);
        assert_true(count[0] == 3 && count[1] == 2);
    }
    ffnn_net_destroy(net);
}

static void test_split_errors(void **state)
{
    (void)state;
    ffnn_net *net = split_net(3);
    float y[10 * 3] = {0};
    for (size_t r = 0; r < 10; ++r)
        y[r * 3 + r % 3] = 1.0f;
    size_t order[10];
    assert_int_equal(
        ffnn_split_rows(net, NULL, 10, 0.3f, FFNN_SPLIT_STRATIFIED, 1, order),
        FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_split_rows(NULL, y, 10, 0.3f, FFNN_SPLIT_LAST, 1, order),
        FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, FFNN_SPLIT_LAST, 1, NULL),
        FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_split_rows(net, y, 0, 0.3f, FFNN_SPLIT_LAST, 1, order),
        FFNN_ERR_SHAPE);
    const float bad_f[] = {1.0f, -0.1f, NAN, INFINITY, 1.5f};
    for (size_t k = 0; k < sizeof bad_f / sizeof *bad_f; ++k)
        assert_int_equal(ffnn_split_rows(net, y, 10, bad_f[k],
                                         FFNN_SPLIT_SHUFFLED, 1, order),
                         FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, (ffnn_validation_split)3, 1, order),
        FFNN_ERR_ARG);
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, (ffnn_validation_split)-1, 1, order),
        FFNN_ERR_ARG);
    y[17] = NAN;
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, FFNN_SPLIT_STRATIFIED, 1, order),
        FFNN_ERR_NUMERIC);
    y[17] = INFINITY;
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, FFNN_SPLIT_STRATIFIED, 1, order),
        FFNN_ERR_NUMERIC);
    /* Only STRATIFIED reads y. */
    assert_int_equal(
        ffnn_split_rows(net, y, 10, 0.3f, FFNN_SPLIT_SHUFFLED, 1, order),
        FFNN_OK);
    ffnn_net_destroy(net);
}

/* ffnn_train_resume with a split is ffnn_train on the data reordered by
 * ffnn_split_rows (training rows first) with LAST: weights and every
 * report. */
static void check_reordered(ffnn_validation_split split)
{
    float x[RS_N * RS_IN], y[RS_N * RS_OUT], rx[RS_N * RS_IN],
        ry[RS_N * RS_OUT];
    sorted_classes(x, y, RS_CLASS);
    static recorder a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    ffnn_net *na = rs_net(FFNN_OPT_ADAM), *nb = rs_net(FFNN_OPT_ADAM);
    ffnn_train_options o;
    rs_options(&o, &a);
    size_t order[RS_N];
    assert_int_equal(ffnn_split_rows(na, y, RS_N, o.validation_fraction, split,
                                     o.seed, order),
                     FFNN_OK);
    for (size_t i = 0; i < RS_N; ++i) {
        memcpy(rx + i * RS_IN, x + order[i] * RS_IN, RS_IN * sizeof(float));
        memcpy(ry + i * RS_OUT, y + order[i] * RS_OUT, RS_OUT * sizeof(float));
    }
    assert_int_equal(ffnn_train_resume(na, x, y, RS_N, &o, split, NULL),
                     FFNN_OK);
    rs_options(&o, &b);
    assert_int_equal(ffnn_train(nb, rx, ry, RS_N, &o, NULL), FFNN_OK);
    ref_assert_same_weights(na, nb);
    assert_int_equal(a.n, b.n);
    for (size_t k = 0; k < a.n; ++k)
        assert_same_report(&a.r[k], &b.r[k], k);
    /* The validation is on the held-out rows the split names. */
    double val_loss;
    assert_int_equal(ffnn_evaluate(na, rx + RS_TRAIN * RS_IN,
                                   ry + RS_TRAIN * RS_OUT, RS_N - RS_TRAIN,
                                   &val_loss, NULL),
                     FFNN_OK);
    assert_memory_equal(&a.r[a.n - 1].val_loss, &val_loss, sizeof val_loss);
    ffnn_net_destroy(na);
    ffnn_net_destroy(nb);
}

static void test_split_trains_as_reordered(void **state)
{
    (void)state;
    check_reordered(FFNN_SPLIT_SHUFFLED);
    check_reordered(FFNN_SPLIT_STRATIFIED);
    check_reordered(FFNN_SPLIT_LAST);
}

/* The problem the splits solve: sorted data with LAST validates on one
 * class; STRATIFIED on every class, in proportion (20 each, f = 1/3:
 * 6.67 each, floors 6 = 18 of 20; ties go to classes 0 and 1: 7, 7, 6). */
static void test_sorted_data_validation(void **state)
{
    (void)state;
    ffnn_net *net = split_net(3);
    float y[60 * 3];
    for (size_t r = 0; r < 60; ++r)
        for (size_t k = 0; k < 3; ++k)
            y[r * 3 + k] = k == r / 20;
    size_t order[60], count[3];
    const float f = 1.0f / 3.0f;
    assert_int_equal(ffnn_split_rows(net, y, 60, f, FFNN_SPLIT_LAST, 3, order),
                     FFNN_OK);
    held_per_class(order, 60, 20, y, 3, count);
    assert_true(count[0] == 0 && count[1] == 0 && count[2] == 20);
    assert_int_equal(
        ffnn_split_rows(net, y, 60, f, FFNN_SPLIT_STRATIFIED, 3, order),
        FFNN_OK);
    held_per_class(order, 60, 20, y, 3, count);
    assert_true(count[0] == 7 && count[1] == 7 && count[2] == 6);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_splitmix64_reference),
        cmocka_unit_test(test_init_exact),
        cmocka_unit_test(test_init_range),
        cmocka_unit_test(test_same_seed_identical),
        cmocka_unit_test(test_different_seeds_differ),
        cmocka_unit_test(test_identical_trajectories),
        cmocka_unit_test(test_xor),
        cmocka_unit_test(test_blobs),
        cmocka_unit_test(test_resume_reports_every_step),
        cmocka_unit_test(test_position_semantics),
        cmocka_unit_test(test_train_one_then_resume),
        cmocka_unit_test(test_resume_complete_or_bad_position),
        cmocka_unit_test(test_epochs_by_hand),
        cmocka_unit_test(test_split_shapes),
        cmocka_unit_test(test_split_iris),
        cmocka_unit_test(test_split_remainders),
        cmocka_unit_test(test_split_binary),
        cmocka_unit_test(test_split_errors),
        cmocka_unit_test(test_split_trains_as_reordered),
        cmocka_unit_test(test_sorted_data_validation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
