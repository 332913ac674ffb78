/* ffnn-bench -- races ffnn's loop, BLAS and AUTO paths against the bare
 * sgemm calls one step needs (the roofline), and, where installed, against
 * FANN (per sample) and PyTorch (bench/torch_bench.py), in one process run.
 *
 *   ffnn-bench [--json] [--threads 1,2] [--quick] [--no-fann] [--no-torch]
 *              [NET...]
 *   NET: widths and batch, then optional hidden act, output act and loss:
 *        784-128-10@64:relu:softmax:ce     (defaults: :sigmoid:sigmoid:mse)
 *
 * Each figure is the median of several timed runs after a warm-up; the
 * contenders of a row take turns run by run, so that load from a neighbour
 * on a shared machine falls on all of them alike. */
#include "ffnn.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef FFNN_BENCH_FANN
#include <floatfann.h>
#endif

#define MAX_LAYERS 8
#define RUNS       5

typedef struct {
    char name[64];
    size_t n_layers, sizes[MAX_LAYERS + 1], batch;
    ffnn_activation hidden, output;
    ffnn_loss_function loss;
} config;

typedef struct {
    double naive, blas, automatic, roofline, fann, torch; /* samples/s */
} rates;

typedef struct {
    int json, quick, fann, torch;
    double min_time; /* seconds per timed run */
} options;

/* ---- timing ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef void (*work_fn)(void *ctx);

/* One contender of a row: work makes one call (a step, or a forward pass,
 * of the whole batch). */
typedef struct {
    work_fn work;
    void *ctx;
    size_t iters;      /* calls per timed run, about min_time's worth */
    double runs[RUNS]; /* seconds per call */
} contender;

static void calibrate(contender *k, double min_time)
{
    double t0 = now();
    k->work(k->ctx);
    double once = now() - t0;
    k->iters = once > 0 ? (size_t)(min_time / once) + 1 : 1;
    for (size_t i = 0; i < k->iters / 4 + 1; i++) /* warm-up */
        k->work(k->ctx);
}

static double timed_run(const contender *k)
{
    double t0 = now();
    for (size_t i = 0; i < k->iters; i++)
        k->work(k->ctx);
    return (now() - t0) / (double)k->iters;
}

/* Each contender's median seconds per call, into seconds[]. Run r of every
 * contender comes before run r + 1 of any, so a burst of load skews no
 * ratio between them for long. */
static void race(contender *ks, size_t n, double min_time, double *seconds)
{
    for (size_t k = 0; k < n; k++)
        calibrate(&ks[k], min_time);
    for (int r = 0; r < RUNS; r++)
        for (size_t k = 0; k < n; k++)
            ks[k].runs[r] = timed_run(&ks[k]);
    for (size_t k = 0; k < n; k++) {
        qsort(ks[k].runs, RUNS, sizeof *ks[k].runs, cmp_double);
        seconds[k] = ks[k].runs[RUNS / 2];
    }
}

/* ---- data ---- */

static float *make_inputs(const config *c)
{
    size_t n = c->batch * c->sizes[0];
    float *x = malloc(n * sizeof *x);
    for (size_t k = 0; k < n; k++)
        x[k] = (float)((k * 7919) % 1000) / 1000.0f;
    return x;
}

static float *make_targets(const config *c)
{
    size_t out = c->sizes[c->n_layers], n = c->batch * out;
    float *t = calloc(n, sizeof *t);
    for (size_t s = 0; s < c->batch; s++)
        t[s * out + (s * 31) % out] = 1.0f;
    return t;
}

/* Multiply-adds of one training step's GEMMs: forward and dW per layer, dX
 * per layer above the first. Inference counts the forward ones only. */
static double step_macs(const config *c, int training)
{
    double macs = 0;
    for (size_t l = 1; l <= c->n_layers; l++) {
        double layer = (double)c->batch * c->sizes[l] * c->sizes[l - 1];
        macs += layer;
        if (training)
            macs += l > 1 ? 2 * layer : layer;
    }
    return macs;
}

/* ---- ffnn ---- */

typedef struct {
    ffnn_net *net;
    const float *x, *t;
    size_t batch;
} ffnn_ctx;

static void ffnn_train_work(void *p)
{
    ffnn_ctx *c = p;
    ffnn_train_step(c->net, c->x, c->t, c->batch, 1e-4f, NULL);
}

static void ffnn_infer_work(void *p)
{
    ffnn_ctx *c = p;
    ffnn_forward(c->net, c->x, c->batch, NULL);
}

static ffnn_net *make_net(const config *c)
{
    ffnn_activation acts[MAX_LAYERS];
    for (size_t l = 0; l < c->n_layers; l++)
        acts[l] = l + 1 < c->n_layers ? c->hidden : c->output;
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, c->n_layers, c->sizes, acts, c->loss, 1) !=
        FFNN_OK) {
        fprintf(stderr, "ffnn-bench: %s: %s\n", c->name, ffnn_last_error());
        exit(2);
    }
    return net;
}

static void ffnn_open(ffnn_ctx *f, const config *c, ffnn_backend backend)
{
    *f = (ffnn_ctx){make_net(c), make_inputs(c), make_targets(c), c->batch};
    ffnn_net_set_backend(f->net, backend);
}

static void ffnn_close(ffnn_ctx *f)
{
    ffnn_net_destroy(f->net);
    free((void *)f->x);
    free((void *)f->t);
}

/* ---- roofline: the bare sgemm calls of one step ---- */

typedef struct {
    const config *c;
    float *h[MAX_LAYERS + 1], *d[MAX_LAYERS + 1], *w[MAX_LAYERS + 1];
    int training;
} gemm_ctx;

static void gemm_work(void *p)
{
    gemm_ctx *g = p;
    const config *c = g->c;
    int B = (int)c->batch;
    for (size_t l = 1; l <= c->n_layers; l++) {
        int n = (int)c->sizes[l], m = (int)c->sizes[l - 1];
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, B, n, m, 1.0f,
                    g->h[l - 1], m, g->w[l], m, 0.0f, g->h[l], n);
    }
    if (!g->training)
        return;
    for (size_t l = c->n_layers; l >= 1; l--) {
        int n = (int)c->sizes[l], m = (int)c->sizes[l - 1];
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, n, m, B, -1e-4f,
                    g->d[l], n, g->h[l - 1], m, 1.0f, g->w[l], m);
        if (l > 1)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, B, m, n,
                        1.0f, g->d[l], n, g->w[l], m, 0.0f, g->d[l - 1], m);
    }
}

static void gemm_open(gemm_ctx *g, const config *c, int training)
{
    *g = (gemm_ctx){.c = c, .training = training};
    for (size_t l = 0; l <= c->n_layers; l++) {
        size_t n = c->sizes[l];
        g->h[l] = calloc(c->batch * n, sizeof(float));
        g->d[l] = calloc(c->batch * n, sizeof(float));
        if (l > 0)
            g->w[l] = calloc(n * c->sizes[l - 1], sizeof(float));
    }
}

static void gemm_close(gemm_ctx *g)
{
    for (size_t l = 0; l <= g->c->n_layers; l++)
        free(g->h[l]), free(g->d[l]), free(g->w[l]);
}

/* ---- FANN: the same network, trained per sample ---- */

#ifdef FFNN_BENCH_FANN
typedef struct {
    struct fann *ann;
    float *x, *t;
    const config *c;
    int training;
} fann_ctx;

static void fann_work(void *p)
{
    fann_ctx *f = p;
    size_t n_in = f->c->sizes[0], n_out = f->c->sizes[f->c->n_layers];
    for (size_t s = 0; s < f->c->batch; s++) {
        if (f->training)
            fann_train(f->ann, f->x + s * n_in, f->t + s * n_out);
        else
            fann_run(f->ann, f->x + s * n_in);
    }
}

static enum fann_activationfunc_enum fann_act(ffnn_activation g)
{
    switch (g) {
    case FFNN_ACT_SIGMOID: return FANN_SIGMOID;
    case FFNN_ACT_TANH: return FANN_SIGMOID_SYMMETRIC;
    case FFNN_ACT_LINEAR: return FANN_LINEAR;
    default: return FANN_SIGMOID;
    }
}

/* FANN's sigmoid is 1 / (1 + e^(-2 s x)) and its symmetric one tanh(s x),
 * so steepness s = 1/2 gives the logistic function and 1 gives tanh. */
static float fann_steepness(ffnn_activation g)
{
    return g == FFNN_ACT_SIGMOID ? 0.5f : 1.0f;
}

/* 0 where FANN has no such network. */
static int fann_open(fann_ctx *f, const config *c, int training)
{
    if (c->output == FFNN_ACT_SOFTMAX || c->hidden == FFNN_ACT_RELU)
        return 0; /* FANN 2.2 has neither */
    unsigned layers[MAX_LAYERS + 1];
    for (size_t l = 0; l <= c->n_layers; l++)
        layers[l] = (unsigned)c->sizes[l];
    *f = (fann_ctx){
        fann_create_standard_array((unsigned)c->n_layers + 1, layers),
        make_inputs(c), make_targets(c), c, training};
    fann_set_activation_function_hidden(f->ann, fann_act(c->hidden));
    fann_set_activation_function_output(f->ann, fann_act(c->output));
    fann_set_activation_steepness_hidden(f->ann, fann_steepness(c->hidden));
    fann_set_activation_steepness_output(f->ann, fann_steepness(c->output));
    fann_set_train_error_function(f->ann, FANN_ERRORFUNC_LINEAR);
    fann_set_learning_rate(f->ann, 1e-4f);
    return 1;
}

static void fann_close(fann_ctx *f)
{
    fann_destroy(f->ann);
    free(f->x);
    free(f->t);
}
#else
typedef int fann_ctx;
static void fann_work(void *p)
{
    (void)p;
}
static int fann_open(fann_ctx *f, const config *c, int training)
{
    (void)f, (void)c, (void)training;
    return 0;
}
static void fann_close(fann_ctx *f)
{
    (void)f;
}
#endif

/* ---- PyTorch, through bench/torch_bench.py ---- */

static const char *act_name(ffnn_activation g)
{
    static const char *names[] = {"linear", "sigmoid", "tanh", "relu",
                                  "softmax"};
    return names[g];
}

static const char *loss_name(ffnn_loss_function l)
{
    static const char *names[] = {"mse", "bce", "ce"};
    return names[l];
}

/* Fills torch[] (samples/s, training then inference per config) or leaves
 * zeros when PyTorch is not there. */
static void torch_rates(const config *cs, size_t n, int threads,
                        const options *o, double *train, double *infer)
{
    char cmd[4096];
    int len = snprintf(cmd, sizeof cmd,
                       "OMP_NUM_THREADS=%d OPENBLAS_NUM_THREADS=%d "
                       "/usr/bin/python3 %s/torch_bench.py --threads %d "
                       "--min-time %g",
                       threads, threads, FFNN_BENCH_DIR, threads, o->min_time);
    for (size_t i = 0; i < n && len < (int)sizeof cmd - 128; i++)
        len += snprintf(cmd + len, sizeof cmd - (size_t)len, " %s", cs[i].name);
    len += snprintf(cmd + len, sizeof cmd - (size_t)len, " 2>/dev/null");
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    char line[256];
    for (size_t i = 0; i < n && fgets(line, sizeof line, p); i++)
        if (sscanf(line, "%lf %lf", &train[i], &infer[i]) != 2)
            train[i] = infer[i] = 0;
    pclose(p);
}

/* ---- configs ---- */

static int parse_act(const char *s, ffnn_activation *g)
{
    for (int k = 0; k <= FFNN_ACT_SOFTMAX; k++)
        if (strcmp(s, act_name((ffnn_activation)k)) == 0)
            return *g = (ffnn_activation)k, 1;
    return 0;
}

static int parse_loss(const char *s, ffnn_loss_function *l)
{
    for (int k = 0; k <= FFNN_LOSS_CE; k++)
        if (strcmp(s, loss_name((ffnn_loss_function)k)) == 0)
            return *l = (ffnn_loss_function)k, 1;
    return 0;
}

/* "784-128-10@64:relu:softmax:ce" */
static int parse_config(const char *spec, config *c)
{
    char buf[128], *save = NULL;
    snprintf(buf, sizeof buf, "%s", spec);
    memset(c, 0, sizeof *c);
    c->hidden = c->output = FFNN_ACT_SIGMOID;
    c->loss = FFNN_LOSS_MSE;
    c->batch = 1;
    char *shape = strtok_r(buf, ":", &save), *at = strchr(shape, '@');
    if (at) {
        *at = '\0';
        c->batch = strtoul(at + 1, NULL, 10);
    }
    size_t n = 0;
    for (char *w = strtok(shape, "-"); w && n <= MAX_LAYERS;
         w = strtok(NULL, "-"))
        c->sizes[n++] = strtoul(w, NULL, 10);
    c->n_layers = n - 1;
    const char *h = strtok_r(NULL, ":", &save),
               *out = strtok_r(NULL, ":", &save);
    const char *loss = strtok_r(NULL, ":", &save);
    if (n < 2 || c->batch == 0 || (h && !parse_act(h, &c->hidden)) ||
        (out && !parse_act(out, &c->output)) ||
        (loss && !parse_loss(loss, &c->loss)))
        return 0;
    snprintf(c->name, sizeof c->name, "%s", spec);
    return 1;
}

static const char *default_specs[] = {
    "2-2-1@1",
    "4-4-1@1",
    "4-4-3@1:sigmoid:softmax:ce",
    "100-10-10-4@1",
    "784-128-10@1",
    "784-128-10@64:relu:softmax:ce",
    "784-256-10@128:relu:softmax:ce",
    "784-256-256-10@128:relu:softmax:ce",
    "784-1024-1024-10@256:relu:softmax:ce",
};

/* ---- report ---- */

static void print_header(int training, int threads, int json)
{
    if (json)
        return;
    printf("\n%s, %d thread%s (samples/s; roofline = bare sgemm calls of one "
           "step)\n",
           training ? "Training step (forward + backward + update)"
                    : "Inference (forward)",
           threads, threads > 1 ? "s" : "");
    printf("%-38s %10s %10s %10s %8s %10s %6s %10s %6s %10s %6s\n", "network",
           "loop", "blas", "auto", "GFLOP/s", "roofline", "x roof", "fann",
           "x fann", "torch", "x torch");
}

static void print_ratio(double num, double den)
{
    if (den > 0)
        printf(" %6.2f", num / den);
    else
        printf(" %6s", "-");
}

static void print_rate(double r)
{
    if (r > 0)
        printf(" %10.4g", r);
    else
        printf(" %10s", "-");
}

static void print_row(const config *c, const rates *r, int training,
                      int threads, size_t memory, int json, int *first)
{
    double gflops =
        r->automatic / (double)c->batch * 2 * step_macs(c, training) / 1e9;
    if (json) {
        printf("%s\n  {\"network\": \"%s\", \"mode\": \"%s\", \"threads\": %d, "
               "\"loop\": %.6g, \"blas\": %.6g, \"auto\": %.6g, "
               "\"gflops\": %.4g, \"roofline\": %.6g, \"fann\": %.6g, "
               "\"torch\": %.6g, \"bytes\": %zu}",
               *first ? "" : ",", c->name, training ? "train" : "infer",
               threads, r->naive, r->blas, r->automatic, gflops, r->roofline,
               r->fann, r->torch, memory);
        *first = 0;
        return;
    }
    printf("%-38s", c->name);
    print_rate(r->naive);
    print_rate(r->blas);
    print_rate(r->automatic);
    printf(" %8.2f", gflops);
    print_rate(r->roofline);
    print_ratio(r->automatic, r->roofline);
    print_rate(r->fann);
    print_ratio(r->automatic, r->fann);
    print_rate(r->torch);
    print_ratio(r->automatic, r->torch);
    printf("\n");
}

static size_t enter(contender *ks, double **rate_of, size_t n, work_fn work,
                    void *ctx, double *rate)
{
    ks[n] = (contender){.work = work, .ctx = ctx};
    rate_of[n] = rate;
    return n + 1;
}

/* One row's rates, its contenders raced against each other; memory gets
 * the AUTO network's bytes. */
static rates measure_row(const config *c, int training, const options *o,
                         size_t *memory)
{
    enum { N_CONTENDERS = 5 }; /* loop, BLAS, AUTO, roofline, FANN */
    work_fn step = training ? ffnn_train_work : ffnn_infer_work;
    ffnn_ctx nets[3];
    gemm_ctx g;
    fann_ctx f;
    contender ks[N_CONTENDERS];
    double seconds[N_CONTENDERS], *rate_of[N_CONTENDERS];
    rates r = {0};
    size_t n = 0;
    int with_naive = step_macs(c, 1) < 5e7 || !o->quick;
    int with_fann = o->fann && c->batch == 1 && fann_open(&f, c, training);
    if (with_naive) {
        ffnn_open(&nets[0], c, FFNN_BACKEND_NAIVE);
        n = enter(ks, rate_of, n, step, &nets[0], &r.naive);
    }
    ffnn_open(&nets[1], c, FFNN_BACKEND_BLAS);
    n = enter(ks, rate_of, n, step, &nets[1], &r.blas);
    ffnn_open(&nets[2], c, FFNN_BACKEND_AUTO);
    n = enter(ks, rate_of, n, step, &nets[2], &r.automatic);
    gemm_open(&g, c, training);
    n = enter(ks, rate_of, n, gemm_work, &g, &r.roofline);
    if (with_fann)
        n = enter(ks, rate_of, n, fann_work, &f, &r.fann);
    race(ks, n, o->min_time, seconds);
    for (size_t k = 0; k < n; k++)
        *rate_of[k] = (double)c->batch / seconds[k];
    *memory = ffnn_net_memory(nets[2].net);
    if (with_naive)
        ffnn_close(&nets[0]);
    ffnn_close(&nets[1]);
    ffnn_close(&nets[2]);
    gemm_close(&g);
    if (with_fann)
        fann_close(&f);
    return r;
}

static void run_table(const config *cs, size_t n, int threads, const options *o,
                      int *first)
{
    ffnn_set_num_threads(threads); /* for the roofline's sgemm calls too */
    double *tt = calloc(n, sizeof *tt), *ti = calloc(n, sizeof *ti);
    if (o->torch)
        torch_rates(cs, n, threads, o, tt, ti);
    for (int training = 1; training >= 0; training--) {
        print_header(training, threads, o->json);
        for (size_t i = 0; i < n; i++) {
            const config *c = &cs[i];
            size_t memory = 0;
            rates r = measure_row(c, training, o, &memory);
            r.torch = training ? tt[i] : ti[i];
            print_row(c, &r, training, threads, memory, o->json, first);
            fflush(stdout);
        }
    }
    free(tt);
    free(ti);
}

static void print_memory(const config *cs, size_t n)
{
    printf("\nMemory per network (parameters, gradients, buffers for its "
           "batch)\n");
    for (size_t i = 0; i < n; i++) {
        ffnn_net *net = make_net(&cs[i]);
        float *x = make_inputs(&cs[i]);
        ffnn_forward(net, x, cs[i].batch, NULL);
        printf("%-38s %10zu params %12zu bytes\n", cs[i].name,
               ffnn_net_num_params(net), ffnn_net_memory(net));
        ffnn_net_destroy(net);
        free(x);
    }
}

static int usage(void)
{
    fprintf(stderr,
            "usage: ffnn-bench [--json] [--threads 1,2] [--quick] [--no-fann] "
            "[--no-torch] [NET...]\n"
            "  NET: 784-128-10@64:relu:softmax:ce (widths@batch, then hidden "
            "act, output act, loss)\n");
    return 2;
}

int main(int argc, char **argv)
{
    options o = {0, 0, 1, 1, 0.2};
    char threads_arg[64] = "1,2";
    config cs[64];
    size_t n = 0, given = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            o.json = 1;
        else if (!strcmp(argv[i], "--quick"))
            o.quick = 1, o.min_time = 0.05;
        else if (!strcmp(argv[i], "--no-fann"))
            o.fann = 0;
        else if (!strcmp(argv[i], "--no-torch"))
            o.torch = 0;
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
            snprintf(threads_arg, sizeof threads_arg, "%s", argv[++i]);
        else if (argv[i][0] == '-' || n == 64 ||
                 !parse_config(argv[i], &cs[n++]))
            return usage();
        given = n;
    }
    size_t n_default = sizeof default_specs / sizeof *default_specs;
    for (size_t i = 0; given == 0 && i < n_default; i++)
        parse_config(default_specs[i], &cs[n++]);
    if (o.json)
        printf("{\"ffnn\": \"%s\", \"rows\": [", ffnn_version_string());
    else
        printf("ffnn-bench %s\n", ffnn_version_string());
    int first = 1;
    for (char *t = strtok(threads_arg, ","); t; t = strtok(NULL, ","))
        run_table(cs, n, atoi(t), &o, &first);
    if (o.json)
        printf("\n]}\n");
    else
        print_memory(cs, n);
    return 0;
}
