/* test_comm.c -- data parallelism over a communicator (src/comm.c and the
 * data-parallel ffnn_train of src/train.c), with ranks as threads of one
 * process and collectives of the test's own. What must hold (ffnn.h section
 * 14): N ranks equal one process with the same global batch; uneven splits
 * and ranks without rows are weighted by b_r / G, not 1 / N; the replicas
 * stay bitwise equal; one rank is ffnn_train bit for bit; a failure on one
 * rank is every rank's, with nothing changed. The same properties under
 * Open MPI are tests/mpi's. */
#define _POSIX_C_SOURCE 200809L /* pthread barriers */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ffnn.h"
#include "reference.h"

#define MAX_RANKS 4

/* ---- a communicator of threads: each sum adds the ranks' buffers in rank
 * order, so every rank gets the same bits, as MPI_Allreduce gives ---- */

typedef struct {
    pthread_barrier_t barrier;
    void *slot[MAX_RANKS];
    int size;
    int fail_after; /* collectives before the transport "fails"; -1 never */
    int calls;
} thread_world;

typedef struct {
    thread_world *world;
    int rank;
} thread_rank;

static void wait_all(thread_world *w)
{
    pthread_barrier_wait(&w->barrier);
}

/* 1 on every rank once the world's collectives are used up. */
static int transport_down(thread_rank *r)
{
    thread_world *w = r->world;
    wait_all(w);
    int down = w->fail_after >= 0 && w->calls >= w->fail_after;
    wait_all(w);
    if (r->rank == 0)
        w->calls++;
    wait_all(w);
    return down;
}

#define DEFINE_SUM(name, type)                                                 \
    static int name(void *user, type *buf, size_t n)                           \
    {                                                                          \
        thread_rank *r = user;                                                 \
        thread_world *w = r->world;                                            \
        if (transport_down(r))                                                 \
            return 1;                                                          \
        type *sum = malloc((n ? n : 1) * sizeof *sum);                         \
        w->slot[r->rank] = buf;                                                \
        wait_all(w);                                                           \
        for (size_t k = 0; k < n; k++) {                                       \
            type s = ((type *)w->slot[0])[k];                                  \
            for (int q = 1; q < w->size; q++)                                  \
                s += ((type *)w->slot[q])[k];                                  \
            sum[k] = s;                                                        \
        }                                                                      \
        wait_all(w);                                                           \
        memcpy(buf, sum, n * sizeof *sum);                                     \
        free(sum);                                                             \
        return 0;                                                              \
    }
DEFINE_SUM(sum_floats, float)
DEFINE_SUM(sum_doubles, double)

static int broadcast(void *user, void *buf, size_t bytes, int root)
{
    thread_rank *r = user;
    thread_world *w = r->world;
    if (transport_down(r))
        return 1;
    w->slot[r->rank] = buf;
    wait_all(w);
    if (r->rank != root)
        memcpy(buf, w->slot[root], bytes);
    wait_all(w);
    return 0;
}

/* What a rank runs: job(comm, rank, arg), its result kept for the main
 * thread, which makes the assertions (cmocka's are not for threads). */
typedef void (*rank_job)(const ffnn_comm *comm, void *arg);

typedef struct {
    thread_rank self;
    ffnn_comm comm;
    rank_job job;
    void *arg;
} rank_thread;

static void *run_rank(void *p)
{
    rank_thread *t = p;
    t->job(&t->comm, t->arg);
    return NULL;
}

/* Run job on `size` ranks; args[r] is rank r's argument. */
static void run_ranks(int size, int fail_after, rank_job job, void **args)
{
    thread_world world = {.size = size, .fail_after = fail_after};
    pthread_barrier_init(&world.barrier, NULL, (unsigned)size);
    rank_thread t[MAX_RANKS];
    pthread_t threads[MAX_RANKS];
    for (int r = 0; r < size; r++) {
        t[r] = (rank_thread){{&world, r}, {0}, job, args[r]};
        t[r].comm = (ffnn_comm){r,          size,        &t[r].self,
                                sum_floats, sum_doubles, broadcast};
        assert_int_equal(pthread_create(&threads[r], NULL, run_rank, &t[r]), 0);
    }
    for (int r = 0; r < size; r++)
        pthread_join(threads[r], NULL);
    pthread_barrier_destroy(&world.barrier);
}

/* ---- networks and data ---- */

#define N_IN  5
#define N_HID 7
#define N_OUT 3

static ffnn_net *make_net(uint64_t seed, ffnn_optimizer opt)
{
    const size_t sizes[] = {N_IN, N_HID, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, seed),
                     FFNN_OK);
    switch (opt) {
    case FFNN_OPT_MOMENTUM:
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.9f, 0), FFNN_OK);
        break;
    case FFNN_OPT_NESTEROV:
        assert_int_equal(ffnn_set_optimizer_momentum(net, 0.8f, 1), FFNN_OK);
        break;
    case FFNN_OPT_ADAM:
        assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                         FFNN_OK);
        break;
    default: break;
    }
    assert_int_equal(ffnn_set_weight_decay(net, 0.01f), FFNN_OK);
    return net;
}

#define ROWS 40

typedef struct {
    float x[ROWS * N_IN], y[ROWS * N_OUT];
} data_set;

static void make_data(data_set *d, uint64_t seed)
{
    ref_fill_uniform_f(d->x, ROWS * N_IN, &seed, -1, 1);
    for (size_t r = 0; r < ROWS; r++) /* one-hot, so accuracy means much */
        for (size_t j = 0; j < N_OUT; j++)
            d->y[r * N_OUT + j] = (float)(j == (r * 7 + r / 3) % N_OUT);
}

static float *params_of(const ffnn_net *net)
{
    size_t p = ffnn_net_num_params(net);
    float *v = malloc(p * sizeof *v);
    assert_int_equal(ffnn_get_param_vector(net, v, p), FFNN_OK);
    return v;
}

/* max |a - b| / max |b| over the parameters. */
static double relative_gap(const float *a, const float *b, size_t n)
{
    double gap = 0, scale = 0;
    for (size_t k = 0; k < n; k++) {
        gap = fmax(gap, fabs((double)a[k] - (double)b[k]));
        scale = fmax(scale, fabs((double)b[k]));
    }
    return gap / scale;
}

/* ---- one step on N ranks against one process ---- */

typedef struct {
    ffnn_net *net;
    const float *x, *y;
    size_t rows;
    float loss;
    ffnn_status status;
} step_job;

static void step_rank(const ffnn_comm *comm, void *arg)
{
    step_job *j = arg;
    j->status =
        ffnn_comm_train_step(j->net, comm, j->x, j->y, j->rows, 0.5f, &j->loss);
}

/* The split of `rows` over `size` ranks, counts[r] each, in rank order. */
static void split_step(int size, const size_t *counts, ffnn_optimizer opt,
                       float *after, float *loss, const data_set *d)
{
    step_job jobs[MAX_RANKS];
    void *args[MAX_RANKS];
    size_t first = 0;
    for (int r = 0; r < size; r++) {
        jobs[r] = (step_job){make_net(3, opt),
                             d->x + first * N_IN,
                             d->y + first * N_OUT,
                             counts[r],
                             0,
                             -1};
        first += counts[r];
        args[r] = &jobs[r];
    }
    run_ranks(size, -1, step_rank, args);
    float *p0 = params_of(jobs[0].net);
    size_t p = ffnn_net_num_params(jobs[0].net);
    for (int r = 0; r < size; r++) {
        assert_int_equal(jobs[r].status, FFNN_OK);
        float *pr = params_of(jobs[r].net);
        assert_memory_equal(pr, p0, p * sizeof *pr); /* replicas in sync */
        assert_true(jobs[r].loss == jobs[0].loss);
        free(pr);
        ffnn_net_destroy(jobs[r].net);
    }
    memcpy(after, p0, p * sizeof *after);
    *loss = jobs[0].loss;
    free(p0);
}

/* What dividing by N instead of weighting by b_r / G would give: each
 * rank's mean gradient averaged, applied with ffnn_set_gradient_vector. */
static void averaged_step(int size, const size_t *counts, ffnn_optimizer opt,
                          float *after, const data_set *d)
{
    ffnn_net *net = make_net(3, opt);
    size_t p = ffnn_net_num_params(net), first = 0;
    float *g = calloc(p, sizeof *g), *gr = malloc(p * sizeof *gr);
    for (int r = 0; r < size; r++) {
        if (counts[r] == 0)
            continue;
        assert_int_equal(
            ffnn_forward(net, d->x + first * N_IN, counts[r], NULL), FFNN_OK);
        assert_int_equal(ffnn_backward(net, d->y + first * N_OUT), FFNN_OK);
        assert_int_equal(ffnn_get_gradient_vector(net, gr, p), FFNN_OK);
        for (size_t k = 0; k < p; k++)
            g[k] += gr[k] / (float)size;
        first += counts[r];
    }
    assert_int_equal(ffnn_set_gradient_vector(net, g, p), FFNN_OK);
    assert_int_equal(ffnn_step(net, 0.5f), FFNN_OK);
    assert_int_equal(ffnn_get_param_vector(net, after, p), FFNN_OK);
    free(g);
    free(gr);
    ffnn_net_destroy(net);
}

/* One process on all the rows, and its mean loss. */
static void whole_step(size_t rows, ffnn_optimizer opt, float *after,
                       float *loss, const data_set *d)
{
    ffnn_net *net = make_net(3, opt);
    assert_int_equal(ffnn_train_step(net, d->x, d->y, rows, 0.5f, loss),
                     FFNN_OK);
    assert_int_equal(
        ffnn_get_param_vector(net, after, ffnn_net_num_params(net)), FFNN_OK);
    ffnn_net_destroy(net);
}

/* Tolerance of N ranks against one process after one step: float
 * rounding of sums taken in another order, a few ulps of the weights. */
#define STEP_RTOL 2e-6

static void check_split(int size, const size_t *counts, ffnn_optimizer opt)
{
    data_set d;
    make_data(&d, 11);
    size_t rows = 0;
    for (int r = 0; r < size; r++)
        rows += counts[r];
    ffnn_net *probe = make_net(3, opt);
    size_t p = ffnn_net_num_params(probe);
    ffnn_net_destroy(probe);
    float *split = malloc(p * sizeof *split),
          *whole = malloc(p * sizeof *whole);
    float *avg = malloc(p * sizeof *avg), split_loss, whole_loss;
    split_step(size, counts, opt, split, &split_loss, &d);
    whole_step(rows, opt, whole, &whole_loss, &d);
    double gap = relative_gap(split, whole, p);
    if (!(gap <= STEP_RTOL))
        fprintf(stderr, "%d ranks, optimizer %d: gap %g\n", size, (int)opt,
                gap);
    assert_true(gap <= STEP_RTOL);
    assert_true(fabsf(split_loss - whole_loss) <= 1e-6f * whole_loss);
    int even = 1;
    for (int r = 1; r < size; r++)
        even &= counts[r] == counts[0];
    if (!even) { /* the tolerance tells b_r / G from 1 / N */
        averaged_step(size, counts, opt, avg, &d);
        assert_true(relative_gap(avg, whole, p) > 100 * STEP_RTOL);
    }
    free(split);
    free(whole);
    free(avg);
}

static void test_step_equals_one_process(void **state)
{
    (void)state;
    const size_t even2[] = {8, 8}, uneven3[] = {3, 9, 4},
                 idle4[] = {5, 0, 7, 2}, even4[] = {4, 4, 4, 4},
                 single3[] = {1, 6, 1};
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        check_split(2, even2, (ffnn_optimizer)opt);
        check_split(3, uneven3, (ffnn_optimizer)opt);
        check_split(4, idle4, (ffnn_optimizer)opt);
        check_split(4, even4, (ffnn_optimizer)opt);
        check_split(3, single3, (ffnn_optimizer)opt); /* narrow path */
    }
}

/* One rank is ffnn_train_step itself, bit for bit, loss included. */
static void test_one_rank_step_is_train_step(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 12);
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        const size_t counts[] = {ROWS};
        ffnn_net *probe = make_net(3, (ffnn_optimizer)opt);
        size_t p = ffnn_net_num_params(probe);
        ffnn_net_destroy(probe);
        float *a = malloc(p * sizeof *a), *b = malloc(p * sizeof *b), la, lb;
        split_step(1, counts, (ffnn_optimizer)opt, a, &la, &d);
        whole_step(ROWS, (ffnn_optimizer)opt, b, &lb, &d);
        assert_memory_equal(a, b, p * sizeof *a);
        assert_true(la == lb);
        free(a);
        free(b);
    }
}

/* ---- training over epochs ---- */

typedef struct {
    ffnn_net *net;
    const data_set *d;
    ffnn_train_options options;
    ffnn_validation_split split;
    ffnn_train_report report;
    ffnn_status status;
    int stop_at; /* this rank's callback asks to stop at this call; 0 never */
    int calls;
} train_job;

static int count_calls(void *user, const ffnn_train_report *r)
{
    train_job *j = user;
    (void)r;
    return ++j->calls == j->stop_at;
}

static void train_rank(const ffnn_comm *comm, void *arg)
{
    train_job *j = arg;
    j->options.user = j;
    j->status = ffnn_comm_train_resume(j->net, comm, j->d->x, j->d->y, ROWS,
                                       &j->options, j->split, &j->report);
}

static ffnn_train_options some_options(void)
{
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 7; /* 32 training rows: batches of 7, 7, 7, 7, 4 */
    o.epochs = 6;
    o.learning_rate = 0.1f;
    o.validation_fraction = 0.2f;
    o.seed = 99;
    o.report_every = 2;
    o.callback = count_calls;
    return o;
}

static train_job new_train_job(ffnn_optimizer opt, const data_set *d,
                               ffnn_validation_split split)
{
    train_job j = {0};
    j.net = make_net(5, opt);
    j.d = d;
    j.options = some_options();
    j.split = split;
    j.status = -1;
    return j;
}

/* N ranks train `epochs`; jobs hold their networks afterwards. */
static void train_on(int size, ffnn_optimizer opt, const data_set *d,
                     train_job *jobs)
{
    void *args[MAX_RANKS];
    for (int r = 0; r < size; r++) {
        jobs[r] = new_train_job(opt, d, FFNN_SPLIT_SHUFFLED);
        args[r] = &jobs[r];
    }
    run_ranks(size, -1, train_rank, args);
}

static void test_training_stays_in_sync(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 13);
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        ffnn_net *one = make_net(5, (ffnn_optimizer)opt);
        ffnn_train_options o = some_options();
        train_job solo = {0};
        o.user = &solo;
        ffnn_train_report want;
        assert_int_equal(ffnn_train_resume(one, d.x, d.y, ROWS, &o,
                                           FFNN_SPLIT_SHUFFLED, &want),
                         FFNN_OK);
        float *p_one = params_of(one);
        size_t p = ffnn_net_num_params(one);
        for (int size = 1; size <= MAX_RANKS; size++) {
            train_job jobs[MAX_RANKS];
            train_on(size, (ffnn_optimizer)opt, &d, jobs);
            float *p0 = params_of(jobs[0].net);
            for (int r = 0; r < size; r++) {
                assert_int_equal(jobs[r].status, FFNN_OK);
                float *pr = params_of(jobs[r].net);
                assert_memory_equal(pr, p0, p * sizeof *pr);
                assert_int_equal(jobs[r].calls, solo.calls);
                assert_true(jobs[r].report.val_loss == jobs[0].report.val_loss);
                free(pr);
            }
            const ffnn_train_report *got = &jobs[0].report;
            if (size == 1) { /* ffnn_train_resume bit for bit */
                assert_memory_equal(p0, p_one, p * sizeof *p0);
                assert_true(got->train_loss == want.train_loss);
                assert_true(got->val_loss == want.val_loss);
                assert_true(got->val_accuracy == want.val_accuracy);
            }
            /* 30 steps: rounding grows, but stays far below a real error */
            assert_true(relative_gap(p0, p_one, p) < 1e-4);
            assert_true(fabs(got->train_loss - want.train_loss) <
                        1e-4 * want.train_loss);
            assert_true(fabs(got->val_loss - want.val_loss) <
                        1e-4 * want.val_loss);
            assert_true(got->train_accuracy == want.train_accuracy);
            assert_true(got->val_accuracy == want.val_accuracy);
            assert_int_equal(got->epoch, want.epoch);
            ffnn_train_position pa, pb;
            ffnn_get_train_position(jobs[0].net, &pa);
            ffnn_get_train_position(one, &pb);
            assert_true(pa.epoch == pb.epoch && pa.rng == pb.rng);
            free(p0);
            for (int r = 0; r < size; r++)
                ffnn_net_destroy(jobs[r].net);
        }
        free(p_one);
        ffnn_net_destroy(one);
    }
}

/* ---- training setups (ffnn_comm_train_run) ---- */

typedef struct {
    ffnn_net *net;
    const data_set *d;
    ffnn_train_setup *setup;
    ffnn_train_report report;
    ffnn_status status;
} setup_job;

static ffnn_train_setup *some_setup(int monitor)
{
    ffnn_train_setup *u;
    assert_int_equal(ffnn_train_setup_create(&u), FFNN_OK);
    const struct {
        int key;
        double value;
    } keys[] = {{FFNN_TRAIN_BATCH_SIZE, 7},
                {FFNN_TRAIN_EPOCHS, 9},
                {FFNN_TRAIN_LEARNING_RATE, 0.2},
                {FFNN_TRAIN_VALIDATION_FRACTION, 0.2},
                {FFNN_TRAIN_SEED, 5},
                {FFNN_TRAIN_SCHEDULE, FFNN_SCHEDULE_COSINE},
                {FFNN_TRAIN_WARMUP_EPOCHS, 2},
                {FFNN_TRAIN_MONITOR, monitor},
                /* no later epoch beats the first by 1e3: the stop comes
                 * at epoch 1 + patience on every rank, whatever rounding */
                {FFNN_TRAIN_PATIENCE, 3},
                {FFNN_TRAIN_MIN_DELTA, 1e3}};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        assert_int_equal(ffnn_train_setup_set(u, keys[k].key, keys[k].value),
                         FFNN_OK);
    return u;
}

static void setup_rank(const ffnn_comm *comm, void *arg)
{
    setup_job *j = arg;
    j->status = ffnn_comm_train_run(j->net, comm, j->setup, j->d->x, j->d->y,
                                    ROWS, &j->report);
}

static double result_of(const ffnn_train_setup *u, int key)
{
    double v;
    assert_int_equal(ffnn_train_setup_result(u, key, &v), FFNN_OK);
    return v;
}

/* What a run is made of: each rank's network and setup. */
typedef struct {
    ffnn_net *(*net)(void);
    ffnn_train_setup *(*setup)(int monitor);
    int monitor;
} run_kind;

/* `size` ranks run kind; every rank must end with the same weights and
 * results; returns rank 0's weights (malloc'd), its report in *report and
 * its best epoch in *best. */
static float *run_on_ranks(int size, const data_set *d, const run_kind *k,
                           ffnn_train_report *report, double *best)
{
    setup_job jobs[MAX_RANKS];
    void *args[MAX_RANKS];
    for (int r = 0; r < size; r++) {
        jobs[r] = (setup_job){k->net(), d, k->setup(k->monitor), {0}, -1};
        args[r] = &jobs[r];
    }
    run_ranks(size, -1, setup_rank, args);
    float *p0 = params_of(jobs[0].net);
    size_t p = ffnn_net_num_params(jobs[0].net);
    for (int r = 0; r < size; r++) {
        assert_int_equal(jobs[r].status, FFNN_OK);
        assert_int_equal(jobs[r].report.epoch, jobs[0].report.epoch);
        float *pr = params_of(jobs[r].net);
        assert_memory_equal(pr, p0, p * sizeof *pr);
        free(pr);
        for (int key = 0; key <= FFNN_RESULT_RESTORED; key++) {
            double a = result_of(jobs[r].setup, key),
                   b = result_of(jobs[0].setup, key);
            assert_true(a == b || (isnan(a) && isnan(b))); /* none: NaN */
        }
    }
    *report = jobs[0].report;
    *best = result_of(jobs[0].setup, FFNN_RESULT_BEST_EPOCH);
    for (int r = 0; r < size; r++) {
        ffnn_net_destroy(jobs[r].net);
        ffnn_train_setup_destroy(jobs[r].setup);
    }
    return p0;
}

/* kind on one process, then on 1 (bit for bit) to MAX_RANKS ranks (to
 * 1e-4); one process's weights (malloc'd) are returned. */
static float *check_ranks_agree(const data_set *d, const run_kind *k,
                                ffnn_train_report *want)
{
    ffnn_net *one = k->net();
    ffnn_train_setup *solo = k->setup(k->monitor);
    assert_int_equal(ffnn_train_run(one, solo, d->x, d->y, ROWS, want),
                     FFNN_OK);
    float *p_one = params_of(one);
    size_t p = ffnn_net_num_params(one);
    for (int size = 1; size <= MAX_RANKS; size++) {
        ffnn_train_report got;
        double best;
        float *p0 = run_on_ranks(size, d, k, &got, &best);
        assert_int_equal(got.epoch, want->epoch);
        assert_true(best == result_of(solo, FFNN_RESULT_BEST_EPOCH));
        assert_true(relative_gap(p0, p_one, p) < 1e-4);
        assert_true(fabs(got.train_loss - want->train_loss) <
                    1e-4 * want->train_loss);
        if (size == 1)
            assert_memory_equal(p0, p_one, p * sizeof *p0);
        free(p0);
    }
    ffnn_net_destroy(one);
    ffnn_train_setup_destroy(solo);
    return p_one;
}

static ffnn_net *adam_net(void)
{
    return make_net(5, FFNN_OPT_ADAM);
}

static void test_setup_runs_stay_in_sync(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 17);
    for (int monitor = 0; monitor <= FFNN_MONITOR_TRAIN_LOSS; monitor++) {
        run_kind k = {adam_net, some_setup, monitor};
        ffnn_train_report want;
        free(check_ranks_agree(&d, &k, &want));
        assert_int_equal(want.epoch, 4); /* stopped early */
    }
}

/* Weights: every rank weighs the whole global batch, so ranks agree with
 * one process. */
static ffnn_train_setup *weighted_setup(int monitor)
{
    static const float cls[N_OUT] = {3.0f, 0.5f, 1.0f};
    float sample[ROWS];
    for (size_t i = 0; i < ROWS; i++)
        sample[i] = (float)(i % 4) * 0.5f;
    ffnn_train_setup *u = some_setup(monitor);
    assert_int_equal(ffnn_train_setup_set_sample_weights(u, sample, ROWS),
                     FFNN_OK);
    assert_int_equal(ffnn_train_setup_set_class_weights(u, cls, N_OUT),
                     FFNN_OK);
    assert_int_equal(ffnn_train_setup_set(u, FFNN_TRAIN_PATIENCE, 0), FFNN_OK);
    return u;
}

static ffnn_net *momentum_net(void)
{
    return make_net(5, FFNN_OPT_MOMENTUM);
}

static void test_weighted_runs_stay_in_sync(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 19);
    run_kind k = {momentum_net, weighted_setup, FFNN_MONITOR_VAL_LOSS};
    ffnn_train_report want;
    free(check_ranks_agree(&d, &k, &want));
}

/* Dropout: masks are drawn by the row in the global batch, so ranks
 * draw what one process draws. */
static ffnn_net *dropping_net(void)
{
    ffnn_net *net = make_net(5, FFNN_OPT_ADAM);
    assert_int_equal(ffnn_set_dropout(net, 1, 0.3f), FFNN_OK);
    return net;
}

static ffnn_train_setup *patient_setup(int monitor)
{
    ffnn_train_setup *u = some_setup(monitor);
    assert_int_equal(ffnn_train_setup_set(u, FFNN_TRAIN_PATIENCE, 0), FFNN_OK);
    return u;
}

static void test_dropout_runs_stay_in_sync(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 23);
    run_kind dropping = {dropping_net, patient_setup, FFNN_MONITOR_VAL_LOSS};
    run_kind plain = {adam_net, patient_setup, FFNN_MONITOR_VAL_LOSS};
    ffnn_train_report want;
    float *p_drop = check_ranks_agree(&d, &dropping, &want);
    float *p_plain = check_ranks_agree(&d, &plain, &want);
    /* and dropout made the run another */
    ffnn_net *shape = adam_net();
    assert_true(relative_gap(p_plain, p_drop, ffnn_net_num_params(shape)) >
                1e-3);
    ffnn_net_destroy(shape);
    free(p_drop);
    free(p_plain);
}

/* A callback that asks to stop on one rank stops every rank there. */
static void test_one_rank_stops_all(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 14);
    train_job jobs[3];
    void *args[3];
    for (int r = 0; r < 3; r++) {
        jobs[r] = new_train_job(FFNN_OPT_SGD, &d, FFNN_SPLIT_LAST);
        jobs[r].stop_at = r == 2 ? 4 : 0;
        args[r] = &jobs[r];
    }
    run_ranks(3, -1, train_rank, args);
    for (int r = 0; r < 3; r++) {
        assert_int_equal(jobs[r].status, FFNN_OK);
        assert_int_equal(jobs[r].report.stopped, 1);
        assert_int_equal(jobs[r].calls, 4);
        ffnn_train_position pos;
        ffnn_get_train_position(jobs[r].net, &pos);
        assert_int_equal(pos.epoch, 1); /* calls: e1 b2, b4, end; e2 b2 */
        assert_int_equal(pos.batch, 2);
        ffnn_net_destroy(jobs[r].net);
    }
}

/* ---- failures agree, and change nothing ---- */

/* Run one step on 3 ranks from the same start, rank `bad` spoilt by
 * spoil(); every rank must fail with `want` naming rank `bad`, its weights
 * and optimizer state as before. */
typedef void (*spoiler)(step_job *j, float *y_copy);

static void check_failure(spoiler spoil, int bad, ffnn_status want,
                          const char *rank_name)
{
    data_set d;
    make_data(&d, 15);
    step_job jobs[3];
    void *args[3];
    float y_copy[ROWS * N_OUT];
    memcpy(y_copy, d.y, sizeof y_copy);
    float *before[3];
    for (int r = 0; r < 3; r++) {
        jobs[r] = (step_job){make_net(3, FFNN_OPT_ADAM),
                             d.x + r * 10 * N_IN,
                             y_copy + r * 10 * N_OUT,
                             10,
                             0,
                             -1};
        if (r == bad)
            spoil(&jobs[r], y_copy);
        before[r] = params_of(jobs[r].net);
        args[r] = &jobs[r];
    }
    run_ranks(3, -1, step_rank, args);
    for (int r = 0; r < 3; r++) {
        assert_int_equal(jobs[r].status, want);
        const char *msg = ffnn_net_last_error(jobs[r].net);
        if (rank_name)
            assert_non_null(strstr(msg, rank_name));
        float *after = params_of(jobs[r].net);
        size_t p = ffnn_net_num_params(jobs[r].net);
        assert_memory_equal(after, before[r], p * sizeof *after);
        uint64_t t = 99;
        size_t n = ffnn_optimizer_state_size(jobs[r].net);
        float *st = malloc(n * sizeof *st);
        assert_int_equal(ffnn_get_optimizer_state(jobs[r].net, st, n, &t),
                         FFNN_OK);
        assert_int_equal(t, 0);
        for (size_t k = 0; k < n; k++)
            assert_true(st[k] == 0.0f);
        /* the gradients were forgotten: no half-made step to apply */
        assert_int_equal(ffnn_step(jobs[r].net, 0.1f), FFNN_ERR_STATE);
        free(st);
        free(after);
        free(before[r]);
        ffnn_net_destroy(jobs[r].net);
    }
}

static void nan_target(step_job *j, float *y)
{
    (void)y;
    ((float *)j->y)[4] = NAN;
}

static void other_architecture(step_job *j, float *y)
{
    (void)y;
    const size_t sizes[] = {N_IN, N_HID + 1, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net_destroy(j->net);
    assert_int_equal(ffnn_net_create(&j->net, 2, sizes, acts, FFNN_LOSS_CE, 3),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(j->net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
}

static void other_optimizer(step_job *j, float *y)
{
    (void)y;
    assert_int_equal(ffnn_set_optimizer_adam(j->net, 0.8f, 0.999f, 1e-8f),
                     FFNN_OK);
}

static void null_x(step_job *j, float *y)
{
    (void)y;
    j->x = NULL;
}

static void test_failures_agree(void **state)
{
    (void)state;
    check_failure(nan_target, 1, FFNN_ERR_NUMERIC, "rank 1: ");
    check_failure(nan_target, 2, FFNN_ERR_NUMERIC, "rank 2: ");
    check_failure(null_x, 0, FFNN_ERR_ARG, "rank 0: ");
    check_failure(other_architecture, 2, FFNN_ERR_SHAPE, "ranks differ");
    check_failure(other_optimizer, 1, FFNN_ERR_SHAPE, "ranks differ");
}

/* No rank has a row: the global batch is empty, on every rank. */
static void test_empty_global_batch(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 16);
    step_job jobs[2];
    void *args[2];
    for (int r = 0; r < 2; r++) {
        jobs[r] = (step_job){make_net(3, FFNN_OPT_SGD), NULL, NULL, 0, 0, -1};
        args[r] = &jobs[r];
    }
    run_ranks(2, -1, step_rank, args);
    for (int r = 0; r < 2; r++) {
        assert_int_equal(jobs[r].status, FFNN_ERR_SHAPE);
        ffnn_net_destroy(jobs[r].net);
    }
}

/* Training refuses replicas that were not broadcast, and data or options
 * that differ, on every rank and before any step. */
static void check_train_refused(int which, ffnn_status want)
{
    data_set d, other;
    make_data(&d, 17);
    make_data(&other, 18);
    train_job jobs[2];
    void *args[2];
    for (int r = 0; r < 2; r++) {
        jobs[r] = new_train_job(FFNN_OPT_MOMENTUM, &d, FFNN_SPLIT_LAST);
        args[r] = &jobs[r];
    }
    if (which == 0) { /* other weights */
        ffnn_net_destroy(jobs[1].net);
        jobs[1].net = make_net(6, FFNN_OPT_MOMENTUM);
    } else if (which == 1) {
        jobs[1].d = &other;
    } else {
        jobs[1].options.batch_size = 8;
    }
    float *before = params_of(jobs[1].net);
    run_ranks(2, -1, train_rank, args);
    for (int r = 0; r < 2; r++) {
        assert_int_equal(jobs[r].status, want);
        assert_int_equal(jobs[r].calls, 0);
    }
    float *after = params_of(jobs[1].net);
    assert_memory_equal(after, before,
                        ffnn_net_num_params(jobs[1].net) * sizeof *after);
    free(before);
    free(after);
    for (int r = 0; r < 2; r++)
        ffnn_net_destroy(jobs[r].net);
}

static void test_training_refuses_differences(void **state)
{
    (void)state;
    check_train_refused(0, FFNN_ERR_STATE);
    check_train_refused(1, FFNN_ERR_SHAPE);
    check_train_refused(2, FFNN_ERR_SHAPE);
}

/* A transport that fails ends the call with FFNN_ERR_IO on every rank. */
static void test_transport_failure(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 19);
    step_job jobs[2];
    void *args[2];
    for (int r = 0; r < 2; r++) {
        jobs[r] = (step_job){make_net(3, FFNN_OPT_SGD), d.x, d.y, 4, 0, -1};
        args[r] = &jobs[r];
    }
    run_ranks(2, 1, step_rank, args); /* the agreement passes, the sum fails */
    for (int r = 0; r < 2; r++) {
        assert_int_equal(jobs[r].status, FFNN_ERR_IO);
        ffnn_net_destroy(jobs[r].net);
    }
}

/* ---- broadcast ---- */

typedef struct {
    ffnn_net *net;
    ffnn_status status;
} net_job;

static void broadcast_rank(const ffnn_comm *comm, void *arg)
{
    net_job *j = arg;
    j->status = ffnn_comm_broadcast(j->net, comm);
}

static int stop_at_epoch_2(void *user, const ffnn_train_report *r)
{
    (void)user;
    return r->epoch_end && r->epoch == 2;
}

static void test_broadcast_makes_replicas(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 20);
    net_job jobs[3];
    void *args[3];
    for (int r = 0; r < 3; r++) {
        jobs[r] = (net_job){
            make_net(30 + r, r == 0 ? FFNN_OPT_ADAM : FFNN_OPT_SGD), -1};
        /* the seeds differ, so do the dropout masks' streams */
        assert_int_equal(ffnn_set_dropout(jobs[r].net, 1, 0.25f), FFNN_OK);
        args[r] = &jobs[r];
    }
    /* rank 0 has taken steps, a run with early stopping stopped at its
     * second epoch's end (its best epoch and weights, its dropout step),
     * then a position and metadata */
    ffnn_train_setup *u = some_setup(FFNN_MONITOR_VAL_LOSS);
    assert_int_equal(ffnn_train_setup_set_callback(u, stop_at_epoch_2, NULL),
                     FFNN_OK);
    assert_int_equal(ffnn_train_run(jobs[0].net, u, d.x, d.y, ROWS, NULL),
                     FFNN_OK);
    ffnn_train_setup_destroy(u);
    assert_int_equal(ffnn_train_step(jobs[0].net, d.x, d.y, 8, 0.1f, NULL),
                     FFNN_OK);
    ffnn_train_position pos = {2, 1, 77, 8, 3, 1.5};
    assert_int_equal(ffnn_set_train_position(jobs[0].net, &pos), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(jobs[0].net, "user.run", "a"), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(jobs[2].net, "user.old", "b"), FFNN_OK);
    assert_int_equal(ffnn_net_set_backend(jobs[1].net, FFNN_BACKEND_NAIVE),
                     FFNN_OK);
    run_ranks(3, -1, broadcast_rank, args);
    unsigned char *want, *got;
    size_t want_size, got_size;
    want = ref_saved_bytes(jobs[0].net, 1, &want_size);
    for (int r = 0; r < 3; r++) {
        assert_int_equal(jobs[r].status, FFNN_OK);
        got = ref_saved_bytes(jobs[r].net, 1, &got_size);
        assert_int_equal(got_size, want_size);
        assert_memory_equal(got, want, want_size); /* the whole checkpoint */
        free(got);
    }
    assert_null(ffnn_get_metadata(jobs[2].net, "user.old"));
    assert_int_equal(ffnn_net_backend(jobs[1].net), FFNN_BACKEND_NAIVE);
    /* and they step alike: the copy is complete */
    float *p[3];
    for (int r = 0; r < 3; r++) {
        assert_int_equal(ffnn_train_step(jobs[r].net, d.x, d.y, 8, 0.1f, NULL),
                         FFNN_OK);
        p[r] = params_of(jobs[r].net);
    }
    size_t n = ffnn_net_num_params(jobs[0].net);
    assert_true(relative_gap(p[1], p[0], n) < 1e-6); /* NAIVE rounds apart */
    assert_memory_equal(p[2], p[0], n * sizeof *p[0]);
    for (int r = 0; r < 3; r++) {
        free(p[r]);
        ffnn_net_destroy(jobs[r].net);
    }
    free(want);
}

/* Broadcast, then a step: what rank 0 did before (steps with momentum,
 * whose count no checkpoint keeps) does not make the replicas differ. */
typedef struct {
    ffnn_net *net;
    const data_set *d;
    ffnn_status broadcast, step;
} broadcast_step_job;

static void broadcast_then_step(const ffnn_comm *comm, void *arg)
{
    broadcast_step_job *j = arg;
    j->broadcast = ffnn_comm_broadcast(j->net, comm);
    j->step =
        ffnn_comm_train_step(j->net, comm, j->d->x, j->d->y, 4, 0.1f, NULL);
}

static void test_broadcast_then_step(void **state)
{
    (void)state;
    data_set d;
    make_data(&d, 21);
    broadcast_step_job jobs[2];
    void *args[2] = {&jobs[0], &jobs[1]};
    for (int r = 0; r < 2; r++)
        jobs[r] = (broadcast_step_job){make_net(40 + r, FFNN_OPT_MOMENTUM), &d,
                                       -1, -1};
    for (int s = 0; s < 2; s++)
        assert_int_equal(ffnn_train_step(jobs[0].net, d.x, d.y, 8, 0.1f, NULL),
                         FFNN_OK);
    run_ranks(2, -1, broadcast_then_step, args);
    for (int r = 0; r < 2; r++) {
        assert_int_equal(jobs[r].broadcast, FFNN_OK);
        assert_int_equal(jobs[r].step, FFNN_OK);
    }
    ref_assert_same_weights(jobs[0].net, jobs[1].net);
    for (int r = 0; r < 2; r++)
        ffnn_net_destroy(jobs[r].net);
}

static void test_broadcast_refuses_other_architecture(void **state)
{
    (void)state;
    net_job jobs[2];
    void *args[2] = {&jobs[0], &jobs[1]};
    jobs[0] = (net_job){make_net(1, FFNN_OPT_SGD), -1};
    const size_t sizes[] = {N_IN, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_SOFTMAX};
    assert_int_equal(
        ffnn_net_create(&jobs[1].net, 1, sizes, acts, FFNN_LOSS_CE, 2),
        FFNN_OK);
    float *before = params_of(jobs[1].net);
    run_ranks(2, -1, broadcast_rank, args);
    assert_int_equal(jobs[0].status, FFNN_ERR_SHAPE);
    assert_int_equal(jobs[1].status, FFNN_ERR_SHAPE);
    float *after = params_of(jobs[1].net);
    assert_memory_equal(after, before,
                        ffnn_net_num_params(jobs[1].net) * sizeof *after);
    free(before);
    free(after);
    ffnn_net_destroy(jobs[0].net);
    ffnn_net_destroy(jobs[1].net);
}

/* A NULL network on one rank fails every rank, with no rank left waiting. */
static void test_null_network_on_one_rank(void **state)
{
    (void)state;
    net_job jobs[2];
    void *args[2] = {&jobs[0], &jobs[1]};
    jobs[0] = (net_job){make_net(1, FFNN_OPT_SGD), -1};
    jobs[1] = (net_job){NULL, -1};
    run_ranks(2, -1, broadcast_rank, args);
    assert_int_equal(jobs[0].status, FFNN_ERR_ARG);
    assert_int_equal(jobs[1].status, FFNN_ERR_ARG);
    ffnn_net_destroy(jobs[0].net);
}

static void test_bad_communicator(void **state)
{
    (void)state;
    ffnn_net *net = make_net(1, FFNN_OPT_SGD);
    float x[N_IN] = {0}, y[N_OUT] = {1};
    assert_int_equal(ffnn_comm_broadcast(net, NULL), FFNN_ERR_ARG);
    ffnn_comm c = {2, 2, NULL, sum_floats, sum_doubles, broadcast};
    assert_int_equal(ffnn_comm_train_step(net, &c, x, y, 1, 0.1f, NULL),
                     FFNN_ERR_ARG);
    c = (ffnn_comm){0, 1, NULL, NULL, sum_doubles, broadcast};
    assert_int_equal(ffnn_comm_train(net, &c, x, y, 1, NULL, NULL),
                     FFNN_ERR_ARG);
    assert_non_null(strstr(ffnn_net_last_error(net), "communicator"));
    ffnn_net_destroy(net);
}

int main(void)
{
    ffnn_set_num_threads(1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_step_equals_one_process),
        cmocka_unit_test(test_one_rank_step_is_train_step),
        cmocka_unit_test(test_training_stays_in_sync),
        cmocka_unit_test(test_setup_runs_stay_in_sync),
        cmocka_unit_test(test_weighted_runs_stay_in_sync),
        cmocka_unit_test(test_dropout_runs_stay_in_sync),
        cmocka_unit_test(test_one_rank_stops_all),
        cmocka_unit_test(test_failures_agree),
        cmocka_unit_test(test_empty_global_batch),
        cmocka_unit_test(test_training_refuses_differences),
        cmocka_unit_test(test_transport_failure),
        cmocka_unit_test(test_broadcast_makes_replicas),
        cmocka_unit_test(test_broadcast_then_step),
        cmocka_unit_test(test_broadcast_refuses_other_architecture),
        cmocka_unit_test(test_null_network_on_one_rank),
        cmocka_unit_test(test_bad_communicator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
