/* test_mpi.c -- data-parallel training under Open MPI: run as
 * `mpirun -np N test_mpi` for N = 1..4 (tests/mpi/run.sh). Every rank
 * checks on its own against what one process computes, so each rank also
 * runs the single-process reference itself:
 *   - one step on N ranks equals ffnn_train_step on the global batch (even,
 *     uneven and idle-rank splits, every optimizer) to a tolerance that
 *     dividing by N instead of weighting by b_r / G fails;
 *   - ffnn_mpi_train_resume over several epochs keeps the replicas bitwise
 *     equal, equals one process to a stated tolerance, and on one rank
 *     equals ffnn_train_resume bit for bit;
 *   - a NaN in one rank's targets, or one rank with another architecture,
 *     fails every rank with the same status, no replica changed;
 *   - the Fortran-handle entry point gives the same communicator.
 * The exit code is the number of failed checks over all ranks. */
#include "ffnn_mpi.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int rank, size, failures;

static void check(int ok, const char *fmt, ...)
{
    if (ok)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "rank %d: FAILED: ", rank);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    failures++;
}

#define N_IN  20
#define N_HID 32
#define N_OUT 5
#define ROWS  300

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static float x[ROWS * N_IN], y[ROWS * N_OUT];

static void make_data(void)
{
    uint64_t s = 42;
    for (size_t k = 0; k < ROWS * N_IN; k++)
        x[k] = (float)((splitmix(&s) >> 40) * 0x1p-24 * 2 - 1);
    for (size_t r = 0; r < ROWS; r++) { /* a class from the first inputs */
        size_t c = (size_t)((x[r * N_IN] + 1) * 2.49f);
        for (size_t j = 0; j < N_OUT; j++)
            y[r * N_OUT + j] = (float)(j == c);
    }
}

static ffnn_net *make_net(int opt, size_t hidden)
{
    const size_t sizes[] = {N_IN, hidden, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 7) != FFNN_OK)
        abort();
    ffnn_status s = FFNN_OK;
    if (opt == FFNN_OPT_MOMENTUM || opt == FFNN_OPT_NESTEROV)
        s = ffnn_set_optimizer_momentum(net, 0.9f, opt == FFNN_OPT_NESTEROV);
    else if (opt == FFNN_OPT_ADAM)
        s = ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f);
    if (s != FFNN_OK || ffnn_set_weight_decay(net, 1e-3f) != FFNN_OK)
        abort();
    return net;
}

static float *params(const ffnn_net *net)
{
    size_t p = ffnn_net_num_params(net);
    float *v = malloc(p * sizeof *v);
    ffnn_get_param_vector(net, v, p);
    return v;
}

static double gap(const float *a, const float *b, size_t n)
{
    double g = 0, scale = 0;
    for (size_t k = 0; k < n; k++) {
        g = fmax(g, fabs((double)a[k] - (double)b[k]));
        scale = fmax(scale, fabs((double)b[k]));
    }
    return g / scale;
}

/* 1 if every rank holds bitwise rank 0's parameters. */
static int in_sync(const ffnn_net *net)
{
    size_t p = ffnn_net_num_params(net);
    float *mine = params(net), *root = params(net);
    MPI_Bcast(root, (int)p, MPI_FLOAT, 0, MPI_COMM_WORLD);
    int same = memcmp(mine, root, p * sizeof *mine) == 0, all;
    MPI_Allreduce(&same, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    free(mine);
    free(root);
    return all;
}

/* ---- one step ---- */

#define STEP_RTOL 2e-6
#define LR        0.05f

/* The gradient of the mean loss over all G rows, from one process. */
static float *whole_gradient(int opt, size_t total)
{
    ffnn_net *net = make_net(opt, N_HID);
    size_t p = ffnn_net_num_params(net);
    float *g = malloc(p * sizeof *g);
    ffnn_forward(net, x, total, NULL);
    ffnn_backward(net, y);
    ffnn_get_gradient_vector(net, g, p);
    ffnn_net_destroy(net);
    return g;
}

/* Adam's first step is eta sign(g) for |g| well above its rounding, but
 * amplifies the rounding of a g that sums to almost nothing (a ReLU unit
 * almost never on): those weights are left out of its comparison, the
 * gradients themselves being compared for all. */
static double step_gap(int opt, const float *a, const float *b, const float *g,
                       size_t p)
{
    double g_max = 0;
    for (size_t k = 0; k < p; k++)
        g_max = fmax(g_max, fabs((double)g[k]));
    float *a_kept = malloc(p * sizeof *a_kept);
    for (size_t k = 0; k < p; k++)
        a_kept[k] = opt == FFNN_OPT_ADAM && fabs((double)g[k]) < 1e-3 * g_max
                        ? b[k]
                        : a[k];
    double result = gap(a_kept, b, p);
    free(a_kept);
    return result;
}

/* counts[r] rows for rank r, in rank order, from row 0. */
static void check_step(int opt, const size_t *counts, const char *name)
{
    size_t first = 0, total = 0;
    for (int r = 0; r < size; r++) {
        if (r < rank)
            first += counts[r];
        total += counts[r];
    }
    ffnn_net *dp = make_net(opt, N_HID), *one = make_net(opt, N_HID);
    size_t p = ffnn_net_num_params(dp);
    float loss_dp = 0, loss_one = 0;
    ffnn_status s =
        ffnn_mpi_train_step(dp, MPI_COMM_WORLD, x + first * N_IN,
                            y + first * N_OUT, counts[rank], LR, &loss_dp);
    check(s == FFNN_OK, "%s: step %s", name, ffnn_net_last_error(dp));
    check(ffnn_train_step(one, x, y, total, LR, &loss_one) == FFNN_OK,
          "reference step");
    float *g_one = whole_gradient(opt, total), *g_dp = malloc(p * sizeof *g_dp);
    if (ffnn_get_gradient_vector(dp, g_dp, p) == FFNN_OK) /* not 1-rank SGD */
        check(gap(g_dp, g_one, p) <= STEP_RTOL,
              "%s, optimizer %d: gradient gap %g to one process", name, opt,
              gap(g_dp, g_one, p));
    float *a = params(dp), *b = params(one);
    double g = step_gap(opt, a, b, g_one, p);
    check(g <= STEP_RTOL, "%s, optimizer %d: gap %g to one process", name, opt,
          g);
    check(fabsf(loss_dp - loss_one) <= 1e-6f * loss_one,
          "%s: loss %g, one process %g", name, loss_dp, loss_one);
    check(in_sync(dp), "%s: replicas differ after a step", name);
    if (size == 1)
        check(memcmp(a, b, p * sizeof *a) == 0, "one rank is not bitwise");
    free(a);
    free(b);
    free(g_one);
    free(g_dp);
    ffnn_net_destroy(dp);
    ffnn_net_destroy(one);
}

/* What dividing by N would give, applied locally: far outside the
 * tolerance for an uneven split, so the test above tells them apart. */
static void check_tolerance_discriminates(const size_t *counts)
{
    ffnn_net *avg = make_net(FFNN_OPT_SGD, N_HID),
             *one = make_net(FFNN_OPT_SGD, N_HID);
    size_t p = ffnn_net_num_params(avg), first = 0, total = 0;
    float *g = calloc(p, sizeof *g), *gr = malloc(p * sizeof *gr);
    for (int r = 0; r < size; r++) {
        if (counts[r]) {
            ffnn_forward(avg, x + first * N_IN, counts[r], NULL);
            ffnn_backward(avg, y + first * N_OUT);
            ffnn_get_gradient_vector(avg, gr, p);
            for (size_t k = 0; k < p; k++)
                g[k] += gr[k] / (float)size;
        }
        first += counts[r];
        total += counts[r];
    }
    ffnn_set_gradient_vector(avg, g, p);
    ffnn_step(avg, LR);
    ffnn_train_step(one, x, y, total, LR, NULL);
    float *a = params(avg), *b = params(one);
    check(gap(a, b, p) > 100 * STEP_RTOL, "1/N weighting gap %g too small",
          gap(a, b, p));
    free(a);
    free(b);
    free(g);
    free(gr);
    ffnn_net_destroy(avg);
    ffnn_net_destroy(one);
}

static void test_steps(void)
{
    size_t even[4], uneven[4], idle[4];
    for (int r = 0; r < size; r++) {
        even[r] = 16;
        uneven[r] = (size_t)(5 + 7 * r);
        idle[r] = r == size - 1 && size > 1 ? 0 : (size_t)(9 + r);
    }
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        check_step(opt, even, "even");
        check_step(opt, uneven, "uneven");
        check_step(opt, idle, "a rank without rows");
    }
    if (size > 1)
        check_tolerance_discriminates(uneven);
}

/* ---- epochs ---- */

static ffnn_train_options options(void)
{
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 50; /* 240 training rows: 4 batches of 50, one of 40 */
    o.epochs = 4;
    o.learning_rate = 0.02f;
    o.validation_fraction = 0.2f;
    o.seed = 5;
    return o;
}

static void test_epochs(void)
{
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        ffnn_net *dp = make_net(opt, N_HID), *one = make_net(opt, N_HID);
        ffnn_train_options o = options();
        ffnn_train_report rd, ro;
        ffnn_status s = ffnn_mpi_train_resume(dp, MPI_COMM_WORLD, x, y, ROWS,
                                              &o, FFNN_SPLIT_SHUFFLED, &rd);
        check(s == FFNN_OK, "train: %s", ffnn_net_last_error(dp));
        check(ffnn_train_resume(one, x, y, ROWS, &o, FFNN_SPLIT_SHUFFLED,
                                &ro) == FFNN_OK,
              "reference train");
        check(in_sync(dp), "optimizer %d: replicas differ after training", opt);
        size_t p = ffnn_net_num_params(dp);
        float *a = params(dp), *b = params(one);
        /* 20 steps: the roundings of other sums grow, far below an error */
        check(gap(a, b, p) < 1e-4, "optimizer %d: gap %g after training", opt,
              gap(a, b, p));
        check(fabs(rd.val_loss - ro.val_loss) < 1e-4 * ro.val_loss,
              "val loss %g against %g", rd.val_loss, ro.val_loss);
        check(rd.val_accuracy == ro.val_accuracy, "val accuracy");
        check(rd.epoch == ro.epoch && rd.batches == ro.batches, "report");
        if (size == 1)
            check(memcmp(a, b, p * sizeof *a) == 0 &&
                      rd.train_loss == ro.train_loss &&
                      rd.val_loss == ro.val_loss,
                  "one rank is not ffnn_train_resume bit for bit");
        free(a);
        free(b);
        ffnn_net_destroy(dp);
        ffnn_net_destroy(one);
    }
}

/* ---- failures ---- */

static void check_unchanged(const ffnn_net *net, const float *before,
                            const char *what)
{
    float *after = params(net);
    check(memcmp(after, before, ffnn_net_num_params(net) * sizeof *after) == 0,
          "%s: a replica changed", what);
    free(after);
}

static void test_failures(void)
{
    if (size == 1)
        return;
    int bad = size - 1;
    float t[16 * N_OUT];
    memcpy(t, y + 16 * rank * N_OUT, sizeof t);
    if (rank == bad)
        t[3] = NAN;
    ffnn_net *net = make_net(FFNN_OPT_ADAM, N_HID);
    float *before = params(net);
    ffnn_status s = ffnn_mpi_train_step(net, MPI_COMM_WORLD,
                                        x + 16 * rank * N_IN, t, 16, LR, NULL);
    char want[32];
    snprintf(want, sizeof want, "rank %d: ", bad);
    check(s == FFNN_ERR_NUMERIC, "NaN target: status %d", (int)s);
    check(strstr(ffnn_net_last_error(net), want) != NULL, "message '%s'",
          ffnn_net_last_error(net));
    check_unchanged(net, before, "NaN target");
    free(before);
    ffnn_net_destroy(net);

    net = make_net(FFNN_OPT_SGD, rank == bad ? N_HID + 1 : N_HID);
    before = params(net);
    s = ffnn_mpi_train_step(net, MPI_COMM_WORLD, x, y, 16, LR, NULL);
    check(s == FFNN_ERR_SHAPE, "another architecture: status %d", (int)s);
    check_unchanged(net, before, "another architecture");
    s = ffnn_mpi_broadcast(net, MPI_COMM_WORLD);
    check(s == FFNN_ERR_SHAPE, "broadcast to another architecture: %d", (int)s);
    check_unchanged(net, before, "broadcast to another architecture");
    free(before);
    ffnn_net_destroy(net);
}

/* A network of another seed becomes rank 0's, and the Fortran handle
 * gives the same communicator. */
static void test_broadcast(void)
{
    const size_t sizes[] = {N_IN, N_HID, N_OUT};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 100 + (uint64_t)rank);
    ffnn_comm c;
    check(ffnn_mpi_comm_fortran((int)MPI_Comm_c2f(MPI_COMM_WORLD), &c) ==
              FFNN_OK,
          "fortran handle");
    check(c.rank == rank && c.size == size, "fortran handle's rank and size");
    check(ffnn_comm_broadcast(net, &c) == FFNN_OK, "broadcast: %s",
          ffnn_net_last_error(net));
    check(in_sync(net), "replicas differ after the broadcast");
    ffnn_net_destroy(net);
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    if (size > 4) {
        fprintf(stderr, "test_mpi: at most 4 ranks\n");
        MPI_Abort(MPI_COMM_WORLD, 2);
    }
    ffnn_set_num_threads(1);
    make_data();
    test_steps();
    test_epochs();
    test_failures();
    test_broadcast();
    int total = 0;
    MPI_Allreduce(&failures, &total, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0)
        printf("test_mpi: %d ranks, %d failed checks\n", size, total);
    MPI_Finalize();
    return total > 0;
}
