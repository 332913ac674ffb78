/* mpi_bench.c -- ffnn-bench-mpi: the data-parallel step under MPI, per
 * optimizer, against what it is made of, in one process per rank. Run as
 * `mpirun -np N ffnn-bench-mpi [--batch B] [--steps K] [--rounds R]
 * [WIDTHS]`; B is the batch of each rank (weak scaling: the global batch
 * is N B). Rows, timed in turns round by round (median of R rounds):
 *   dp       ffnn_comm_train_step on this rank's B rows (the whole step:
 *            its own forward and backward, the agreement, the weighted
 *            allreduce of the gradients, the step);
 *   train    ffnn_train_step on B rows, alone (no communication);
 *   split    ffnn_forward + ffnn_backward + ffnn_step on B rows, alone: the
 *            compute of a step of several ranks;
 *   reduce   MPI_Allreduce of the gradient buffer alone (P floats, in
 *            place), what the network adds.
 * And last the latency of a small allreduce, which every step pays twice
 * (the ranks' agreement and the gradient bounds).
 * Rank 0 prints per optimizer: ms per step of each, the global throughput
 * of dp (samples/s over all ranks) and dp/train. */
#include "ffnn_mpi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

typedef struct {
    ffnn_net *net;
    const ffnn_comm *comm;
    const float *x, *y;
    size_t batch;
    float *grads;
    size_t n_params;
} bench;

enum { DP, TRAIN, SPLIT, REDUCE, KINDS };
static const char *kind_names[KINDS] = {"dp", "train", "split", "reduce"};

static void one_step(bench *b, int kind)
{
    ffnn_status s = FFNN_OK;
    switch (kind) {
    case DP:
        s = ffnn_comm_train_step(b->net, b->comm, b->x, b->y, b->batch, 1e-4f,
                                 NULL);
        break;
    case TRAIN:
        s = ffnn_train_step(b->net, b->x, b->y, b->batch, 1e-4f, NULL);
        break;
    case SPLIT:
        s = ffnn_forward(b->net, b->x, b->batch, NULL);
        if (s == FFNN_OK)
            s = ffnn_backward(b->net, b->y);
        if (s == FFNN_OK)
            s = ffnn_step(b->net, 1e-4f);
        break;
    default:
        MPI_Allreduce(MPI_IN_PLACE, b->grads, (int)b->n_params, MPI_FLOAT,
                      MPI_SUM, MPI_COMM_WORLD);
    }
    if (s != FFNN_OK) {
        fprintf(stderr, "ffnn-bench-mpi: %s: %s\n", kind_names[kind],
                ffnn_net_last_error(b->net));
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
}

/* Seconds per step of `steps` steps, every rank starting together; the
 * slowest rank's time, which is the job's. */
static double time_steps(bench *b, int kind, int steps)
{
    MPI_Barrier(MPI_COMM_WORLD);
    double t0 = now();
    for (int k = 0; k < steps; k++)
        one_step(b, kind);
    double mine = (now() - t0) / steps, slowest;
    MPI_Allreduce(&mine, &slowest, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
    return slowest;
}

static void set_optimizer(ffnn_net *net, int opt)
{
    if (opt == FFNN_OPT_MOMENTUM || opt == FFNN_OPT_NESTEROV)
        ffnn_set_optimizer_momentum(net, 0.9f, opt == FFNN_OPT_NESTEROV);
    else if (opt == FFNN_OPT_ADAM)
        ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f);
    else
        ffnn_set_optimizer_sgd(net);
}

static size_t parse_widths(const char *spec, size_t *sizes)
{
    size_t n = 0;
    for (const char *p = spec; *p && n < 16; n++) {
        sizes[n] = strtoul(p, (char **)&p, 10);
        if (*p == '-')
            p++;
    }
    return n;
}

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    size_t batch = 256, sizes[16];
    int steps = 20, rounds = 5;
    const char *spec = "784-1024-1024-10";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc)
            steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else
            spec = argv[i];
    }
    size_t n_sizes = parse_widths(spec, sizes), L = n_sizes - 1;
    ffnn_activation acts[16];
    for (size_t l = 0; l < L; l++)
        acts[l] = l + 1 < L ? FFNN_ACT_RELU : FFNN_ACT_SOFTMAX;
    ffnn_comm comm;
    ffnn_mpi_comm(MPI_COMM_WORLD, &comm);
    if (!getenv("OPENBLAS_NUM_THREADS"))
        ffnn_set_num_threads(1);

    size_t n_in = sizes[0], n_out = sizes[L];
    float *x = malloc(batch * n_in * sizeof *x);
    float *y = calloc(batch * n_out, sizeof *y);
    uint64_t seed = 1 + (uint64_t)comm.rank;
    for (size_t k = 0; k < batch * n_in; k++) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        x[k] = (float)(seed >> 40) * 0x1p-24f;
    }
    for (size_t r = 0; r < batch; r++)
        y[r * n_out + r % n_out] = 1.0f;

    if (comm.rank == 0)
        printf("ffnn-bench-mpi %s: %d rank%s, %s, batch %zu per rank (global "
               "%zu), OpenBLAS %d thread%s per rank; ms per step, median of "
               "%d rounds of %d steps\n",
               ffnn_version_string(), comm.size, comm.size > 1 ? "s" : "", spec,
               batch, batch * (size_t)comm.size, ffnn_num_threads(),
               ffnn_num_threads() > 1 ? "s" : "", rounds, steps);
    if (comm.rank == 0)
        printf("%-9s %9s %9s %9s %9s %13s %9s\n", "optimizer", "dp", "train",
               "split", "reduce", "dp samples/s", "dp/train");
    const char *names[] = {"sgd", "momentum", "nesterov", "adam"};
    for (int opt = FFNN_OPT_SGD; opt <= FFNN_OPT_ADAM; opt++) {
        ffnn_net *net = NULL;
        ffnn_net_create(&net, L, sizes, acts, FFNN_LOSS_CE, 1);
        set_optimizer(net, opt);
        ffnn_comm_broadcast(net, &comm);
        bench b = {net, &comm, x, y, batch, NULL, ffnn_net_num_params(net)};
        b.grads = calloc(b.n_params, sizeof *b.grads);
        double t[KINDS][64];
        for (int k = 0; k < KINDS; k++)
            time_steps(&b, k, 2); /* warm-up: buffers, caches, clocks */
        for (int r = 0; r < rounds && r < 64; r++)
            for (int k = 0; k < KINDS; k++)
                t[k][r] = time_steps(&b, k, steps);
        double m[KINDS];
        for (int k = 0; k < KINDS; k++)
            m[k] = median(t[k], rounds);
        if (comm.rank == 0)
            printf("%-9s %9.2f %9.2f %9.2f %9.2f %13.4g %9.3f\n", names[opt],
                   1e3 * m[DP], 1e3 * m[TRAIN], 1e3 * m[SPLIT], 1e3 * m[REDUCE],
                   (double)(batch * (size_t)comm.size) / m[DP],
                   m[DP] / m[TRAIN]);
        free(b.grads);
        ffnn_net_destroy(net);
    }
    /* The latency of a small sum, as the agreement of every step makes. */
    double small[16] = {0}, lat[64];
    for (int r = 0; r < rounds && r < 64; r++) {
        MPI_Barrier(MPI_COMM_WORLD);
        double t0 = now();
        for (int k = 0; k < 200; k++)
            MPI_Allreduce(MPI_IN_PLACE, small, 16, MPI_DOUBLE, MPI_SUM,
                          MPI_COMM_WORLD);
        lat[r] = (now() - t0) / 200;
    }
    if (comm.rank == 0)
        printf("allreduce of 16 doubles: %.1f us (median of %d rounds)\n",
               1e6 * median(lat, rounds), rounds);
    free(x);
    free(y);
    MPI_Finalize();
    return 0;
}
