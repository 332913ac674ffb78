/* ffnn-bench -- races ffnn's loop, BLAS and AUTO paths against the bare
 * sgemm calls one step needs (the roofline), and, where installed, against
 * FANN (per sample) and PyTorch (bench/torch_bench.py), in one process run;
 * then every path a user can take through the API against its reference:
 *   classic  the loop / BLAS / AUTO tables above;
 *   paths    training with each optimizer, one call or split, and each
 *            hidden activation, against the roofline;
 *   sample   per-sample training (one call and split) and inference
 *            against FANN;
 *   update   one ffnn_step against the same formula as a plain C loop.
 *
 *   ffnn-bench [--json] [--threads 1,2] [--quick] [--no-fann] [--no-torch]
 *              [--sections classic,paths,sample,update,features] [NET...]
 *   NET: widths and batch, then optional hidden act, output act and loss:
 *        784-128-10@64:relu:softmax:ce     (defaults: :sigmoid:sigmoid:mse)
 *   NETs given replace every section's own list of networks.
 *
 * Each figure is the median of several timed runs after a warm-up; the
 * contenders of a row (of a network, in the new sections) take turns run by
 * run, so that load from a neighbour on a shared machine falls on all of
 * them alike. */
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
#define COUNT(a)   (sizeof(a) / sizeof *(a))

/* Learning rate of the timed training steps: small enough that no network
 * diverges however long it trains on its one batch. */
#define ETA 1e-4f

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
    double min_time;   /* seconds per timed run */
    unsigned sections; /* bit k: sections[k] runs */
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
 * of the whole batch); check, if not NULL, exits with a message when the
 * last call failed, since a refused step would time nothing. */
typedef struct {
    work_fn work;
    void *ctx;
    work_fn check;
    size_t iters;      /* calls per timed run, about min_time's worth */
    double runs[RUNS]; /* seconds per call */
} contender;

static void check(const contender *k)
{
    if (k->check)
        k->check(k->ctx);
}

/* Sizes the timed runs at about min_time each. The first call allocates
 * and meets cold caches and unbound symbols, often 10-100x a later one, so
 * it is not timed; the warm-up that follows doubles its calls until about
 * min_time / 4 has passed, and its last round gives the time per call. */
static void calibrate(contender *k, double min_time)
{
    k->work(k->ctx);
    check(k);
    double spent = 0;
    for (size_t calls = 1; spent < min_time / 4; calls *= 2) {
        double t0 = now();
        for (size_t i = 0; i < calls; i++)
            k->work(k->ctx);
        double t = now() - t0;
        spent += t;
        k->iters = t > 0 ? (size_t)(min_time / (t / (double)calls)) + 1 : calls;
    }
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
        check(&ks[k]); /* a step refused on the way: same as in calibration */
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
    ffnn_train_setup *setup; /* of a training run (the features section) */
    const float *x, *t;
    size_t batch;
    float eta;
    int status;              /* of the last call, nonzero if any part failed */
    const char *name, *what; /* network and path, for check's message */
} ffnn_ctx;

/* The one call a training step takes: ffnn_train_step. */
static void ffnn_train_work(void *p)
{
    ffnn_ctx *c = p;
    c->status = ffnn_train_step(c->net, c->x, c->t, c->batch, c->eta, NULL);
}

static void ffnn_infer_work(void *p)
{
    ffnn_ctx *c = p;
    c->status = ffnn_forward(c->net, c->x, c->batch, NULL);
}

/* The same step through the split API, as a user who wants the gradients
 * (or a custom loop) writes it. */
static void ffnn_split_work(void *p)
{
    ffnn_ctx *c = p;
    int s = ffnn_forward(c->net, c->x, c->batch, NULL);
    s |= ffnn_backward(c->net, c->t);
    s |= ffnn_step(c->net, c->eta);
    c->status = s;
}

static void ffnn_step_work(void *p)
{
    ffnn_ctx *c = p;
    c->status = ffnn_step(c->net, c->eta);
}

static void ffnn_check(void *p)
{
    const ffnn_ctx *c = p;
    if (c->status == FFNN_OK)
        return;
    fprintf(stderr, "ffnn-bench: %s, %s: a call failed, timing nothing: %s\n",
            c->name, c->what, ffnn_net_last_error(c->net));
    exit(1);
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
    *f = (ffnn_ctx){.net = make_net(c),
                    .x = make_inputs(c),
                    .t = make_targets(c),
                    .batch = c->batch,
                    .eta = ETA,
                    .name = c->name,
                    .what = "ffnn"};
    ffnn_net_set_backend(f->net, backend);
}

static void ffnn_close(ffnn_ctx *f)
{
    ffnn_train_setup_destroy(f->setup);
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
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, n, m, B, -ETA,
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
    fann_set_learning_rate(f->ann, ETA);
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

/* The library's names (ffnn.h, section 3). */
static int parse_act(const char *s, ffnn_activation *g)
{
    return ffnn_activation_from_name(s, g) == FFNN_OK;
}

static int parse_loss(const char *s, ffnn_loss_function *l)
{
    return ffnn_loss_from_name(s, l) == FFNN_OK;
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
        printf("%s\n  {\"section\": \"classic\", \"network\": \"%s\", "
               "\"mode\": \"%s\", \"threads\": %d, "
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
                    work_fn check, void *ctx, double *rate)
{
    ks[n] = (contender){.work = work, .ctx = ctx, .check = check};
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
        n = enter(ks, rate_of, n, step, ffnn_check, &nets[0], &r.naive);
    }
    ffnn_open(&nets[1], c, FFNN_BACKEND_BLAS);
    n = enter(ks, rate_of, n, step, ffnn_check, &nets[1], &r.blas);
    ffnn_open(&nets[2], c, FFNN_BACKEND_AUTO);
    n = enter(ks, rate_of, n, step, ffnn_check, &nets[2], &r.automatic);
    gemm_open(&g, c, training);
    n = enter(ks, rate_of, n, gemm_work, NULL, &g, &r.roofline);
    if (with_fann)
        n = enter(ks, rate_of, n, fann_work, NULL, &f, &r.fann);
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

/* ---- rows of the new sections: a rate against its reference ---- */

/* One row of the paths, sample and update sections for --json: the rate,
 * its reference's rate, and the ratio the table shows. */
typedef struct {
    const char *section, *network, *path, *unit, *reference;
    int threads;
    double rate, reference_rate, ratio;
} json_row;

static void print_json_number(const char *key, double v)
{
    if (v > 0 && isfinite(v))
        printf(", \"%s\": %.6g", key, v);
    else
        printf(", \"%s\": null", key); /* no such contender: FANN absent */
}

static void print_json_row(const json_row *r, int *first)
{
    printf("%s\n  {\"section\": \"%s\", \"network\": \"%s\", \"path\": "
           "\"%s\", \"threads\": %d, \"unit\": \"%s\"",
           *first ? "" : ",", r->section, r->network, r->path, r->threads,
           r->unit);
    print_json_number("rate", r->rate);
    printf(", \"reference\": \"%s\"", r->reference);
    print_json_number("reference_rate", r->reference_rate);
    print_json_number("ratio", r->ratio);
    printf("}");
    *first = 0;
}

static const char *plural(int threads)
{
    return threads > 1 ? "s" : "";
}

/* The optimizers as the sections use them: the usual hyper-parameters. */
static void use_optimizer(ffnn_ctx *f, ffnn_optimizer opt)
{
    switch (opt) {
    case FFNN_OPT_SGD: f->status = ffnn_set_optimizer_sgd(f->net); break;
    case FFNN_OPT_MOMENTUM:
        f->status = ffnn_set_optimizer_momentum(f->net, 0.9f, 0);
        break;
    case FFNN_OPT_NESTEROV:
        f->status = ffnn_set_optimizer_momentum(f->net, 0.9f, 1);
        break;
    case FFNN_OPT_ADAM:
        f->status = ffnn_set_optimizer_adam(f->net, 0.9f, 0.999f, 1e-8f);
        break;
    }
    ffnn_check(f);
}

/* ---- training paths: every way to train a batch, against the roofline ---- */

/* One way to train: the optimizer, one call or the split API, and the
 * network's own activations and loss or the ones given here. */
typedef struct {
    const char *id, *label;
    ffnn_optimizer opt;
    int split; /* ffnn_forward + ffnn_backward + ffnn_step */
    int own;   /* the network's activations and loss, else these three: */
    ffnn_activation hidden, output;
    ffnn_loss_function loss;
    double target; /* of x roof; 0 for none */
} train_path;

static const train_path paths[] = {
    {.id = "train_step/sgd", .label = "one call, SGD", .own = 1, .target = 0.9},
    {.id = "train_step/momentum",
     .label = "one call, momentum 0.9",
     .opt = FFNN_OPT_MOMENTUM,
     .own = 1},
    {.id = "train_step/nesterov",
     .label = "one call, Nesterov 0.9",
     .opt = FFNN_OPT_NESTEROV,
     .own = 1},
    {.id = "train_step/adam",
     .label = "one call, Adam",
     .opt = FFNN_OPT_ADAM,
     .own = 1},
    {.id = "split/sgd", .label = "split, SGD", .split = 1, .own = 1},
    {.id = "split/adam",
     .label = "split, Adam",
     .opt = FFNN_OPT_ADAM,
     .split = 1,
     .own = 1},
    /* The hidden activation alone changes among these. */
    {.id = "train_step/sgd/sigmoid",
     .label = "one call, SGD, sigmoid hidden",
     .hidden = FFNN_ACT_SIGMOID,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/tanh",
     .label = "one call, SGD, tanh hidden",
     .hidden = FFNN_ACT_TANH,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/relu",
     .label = "one call, SGD, relu hidden",
     .hidden = FFNN_ACT_RELU,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    /* those of 1.4.0 */
    {.id = "train_step/sgd/leaky_relu",
     .label = "one call, SGD, leaky_relu hidden",
     .hidden = FFNN_ACT_LEAKY_RELU,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/elu",
     .label = "one call, SGD, elu hidden",
     .hidden = FFNN_ACT_ELU,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/gelu",
     .label = "one call, SGD, gelu hidden",
     .hidden = FFNN_ACT_GELU,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/silu",
     .label = "one call, SGD, silu hidden",
     .hidden = FFNN_ACT_SILU,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "train_step/sgd/softplus",
     .label = "one call, SGD, softplus hidden",
     .hidden = FFNN_ACT_SOFTPLUS,
     .output = FFNN_ACT_SOFTMAX,
     .loss = FFNN_LOSS_CE},
    {.id = "split/sgd/sigmoid-mse",
     .label = "split, SGD, sigmoid + MSE",
     .split = 1,
     .hidden = FFNN_ACT_SIGMOID,
     .output = FFNN_ACT_SIGMOID,
     .loss = FFNN_LOSS_MSE,
     .target = 0.9},
};

static const char *paths_specs[] = {
    "784-256-10@128:relu:softmax:ce",
    "784-256-256-10@128:relu:softmax:ce",
    "784-1024-1024-10@256:relu:softmax:ce",
};

static void open_path(ffnn_ctx *f, const config *c, const train_path *p)
{
    config v = *c;
    if (!p->own)
        v.hidden = p->hidden, v.output = p->output, v.loss = p->loss;
    ffnn_open(f, &v, FFNN_BACKEND_AUTO);
    f->name = c->name; /* not v's, which is gone on return */
    f->what = p->label;
    use_optimizer(f, p->opt);
}

static double path_rate(const double *rate, const char *id)
{
    for (size_t p = 0; p < COUNT(paths); p++)
        if (!strcmp(paths[p].id, id))
            return rate[p];
    return 0;
}

static void print_path_row(const char *label, double rate, double roof,
                           double target)
{
    printf("  %-36s", label);
    print_rate(rate);
    print_ratio(rate, roof);
    if (target > 0)
        printf("  target >= %.2f: %s", target,
               rate >= target * roof ? "met" : "missed");
    printf("\n");
}

static void print_paths(const config *c, const double *rate, double roof,
                        int threads, const options *o, int *first)
{
    for (size_t p = 0; p < COUNT(paths) && o->json; p++) {
        json_row r = {.section = "paths",
                      .network = c->name,
                      .path = paths[p].id,
                      .unit = "samples/s",
                      .reference = "roofline",
                      .threads = threads,
                      .rate = rate[p],
                      .reference_rate = roof,
                      .ratio = rate[p] / roof};
        print_json_row(&r, first);
    }
    if (o->json)
        return;
    printf("%s\n", c->name);
    print_path_row("roofline (bare sgemm calls)", roof, roof, 0);
    for (size_t p = 0; p < COUNT(paths); p++)
        print_path_row(paths[p].label, rate[p], roof, paths[p].target);
    double relu = path_rate(rate, "train_step/sgd/relu");
    printf("  one call, SGD: sigmoid/relu %.2f, tanh/relu %.2f\n",
           path_rate(rate, "train_step/sgd/sigmoid") / relu,
           path_rate(rate, "train_step/sgd/tanh") / relu);
    printf("  one call, SGD, over relu: leaky_relu %.2f, elu %.2f, gelu "
           "%.2f, silu %.2f, softplus %.2f\n",
           path_rate(rate, "train_step/sgd/leaky_relu") / relu,
           path_rate(rate, "train_step/sgd/elu") / relu,
           path_rate(rate, "train_step/sgd/gelu") / relu,
           path_rate(rate, "train_step/sgd/silu") / relu,
           path_rate(rate, "train_step/sgd/softplus") / relu);
}

/* Every path of one network and the roofline in one race, so that all the
 * ratios come from the same run. */
static void run_paths_net(const config *c, int threads, const options *o,
                          int *first)
{
    enum { N = COUNT(paths) };
    ffnn_ctx nets[N];
    gemm_ctx g;
    contender ks[N + 1];
    double seconds[N + 1], rate[N];
    for (size_t p = 0; p < N; p++) {
        open_path(&nets[p], c, &paths[p]);
        ks[p] = (contender){.work = paths[p].split ? ffnn_split_work
                                                   : ffnn_train_work,
                            .ctx = &nets[p],
                            .check = ffnn_check};
    }
    gemm_open(&g, c, 1);
    ks[N] = (contender){.work = gemm_work, .ctx = &g};
    race(ks, N + 1, o->min_time, seconds);
    for (size_t p = 0; p < N; p++)
        rate[p] = (double)c->batch / seconds[p];
    print_paths(c, rate, (double)c->batch / seconds[N], threads, o, first);
    for (size_t p = 0; p < N; p++)
        ffnn_close(&nets[p]);
    gemm_close(&g);
}

static void run_paths(const config *cs, size_t n, int threads, const options *o,
                      int *first)
{
    if (!o->json) {
        printf("\nTraining paths, %d thread%s (samples/s; x roof = over the "
               "bare sgemm calls of one step, in the same race)\n",
               threads, plural(threads));
        printf("%-38s %10s %6s\n", "network / path", "samples/s", "x roof");
    }
    for (size_t i = 0; i < n; i++) {
        run_paths_net(&cs[i], threads, o, first);
        fflush(stdout);
    }
}

/* ---- per sample against FANN: one call, split, inference ---- */

static const char *sample_specs[] = {"2-2-1@1", "4-4-1@1", "100-10-10-4@1",
                                     "784-128-10@1"};

/* ffnn's rows, each against fann_train (fann[0]) or fann_run (fann[1]). */
static const struct {
    const char *id, *label;
    work_fn work;
    int fann; /* 0: fann_train, 1: fann_run */
} sample_rows[] = {
    {"train_step", "one call (ffnn_train_step)", ffnn_train_work, 0},
    {"split/sgd", "split (forward+backward+step), SGD", ffnn_split_work, 0},
    {"forward", "inference (ffnn_forward)", ffnn_infer_work, 1},
};

static void print_sample(const config *c, const double *rate,
                         const double *fann, int threads, const options *o,
                         int *first)
{
    static const char *fann_names[] = {"fann_train", "fann_run"};
    for (size_t i = 0; i < COUNT(sample_rows); i++) {
        double ref = fann[sample_rows[i].fann];
        if (o->json) {
            json_row r = {.section = "sample",
                          .network = c->name,
                          .path = sample_rows[i].id,
                          .unit = "samples/s",
                          .reference = fann_names[sample_rows[i].fann],
                          .threads = threads,
                          .rate = rate[i],
                          .reference_rate = ref,
                          .ratio = ref > 0 ? rate[i] / ref : 0};
            print_json_row(&r, first);
            continue;
        }
        printf("%-24s %-36s", c->name, sample_rows[i].label);
        print_rate(rate[i]);
        print_rate(ref);
        print_ratio(rate[i], ref);
        printf("\n");
    }
}

/* ffnn's three rows and FANN's two contenders in one race. */
static void run_sample_net(const config *c, int threads, const options *o,
                           int *first)
{
    enum { N = COUNT(sample_rows) };
    ffnn_ctx nets[N];
    fann_ctx fann[2];
    contender ks[N + 2];
    double seconds[N + 2], rate[N], fann_rate[2] = {0, 0};
    for (size_t i = 0; i < N; i++) {
        ffnn_open(&nets[i], c, FFNN_BACKEND_AUTO);
        nets[i].what = sample_rows[i].label;
        ks[i] = (contender){
            .work = sample_rows[i].work, .ctx = &nets[i], .check = ffnn_check};
    }
    size_t n = N;
    int with_fann = o->fann && c->batch == 1 && fann_open(&fann[0], c, 1);
    if (with_fann) {
        fann_open(&fann[1], c, 0);
        ks[n++] = (contender){.work = fann_work, .ctx = &fann[0]};
        ks[n++] = (contender){.work = fann_work, .ctx = &fann[1]};
    }
    race(ks, n, o->min_time, seconds);
    for (size_t i = 0; i < N; i++)
        rate[i] = (double)c->batch / seconds[i];
    for (size_t i = 0; with_fann && i < 2; i++)
        fann_rate[i] = (double)c->batch / seconds[N + i];
    print_sample(c, rate, fann_rate, threads, o, first);
    for (size_t i = 0; i < N; i++)
        ffnn_close(&nets[i]);
    for (int i = 0; with_fann && i < 2; i++)
        fann_close(&fann[i]);
}

static void run_sample(const config *cs, size_t n, int threads,
                       const options *o, int *first)
{
    if (!o->json) {
        printf("\nPer sample against FANN, %d thread%s (samples/s; training "
               "rows against fann_train, inference against fann_run)\n",
               threads, plural(threads));
        printf("%-24s %-36s %10s %10s %6s\n", "network", "path", "ffnn", "fann",
               "x fann");
    }
    for (size_t i = 0; i < n; i++) {
        run_sample_net(&cs[i], threads, o, first);
        fflush(stdout);
    }
}

/* ---- update: one ffnn_step against the same formula as a plain loop ---- */

/* Learning rate of the repeated steps: weights move by about 1e-8 a step
 * at most (Adam), so they stay finite and the arithmetic normal. Not 0,
 * so that no step can be skipped as a no-op. */
#define STEP_ETA 1e-8f

static const char *update_specs[] = {
    "784-256-10@128:relu:softmax:ce",
    "784-1024-1024-10@256:relu:softmax:ce",
};

/* The reference: ffnn_net_num_params floats of weights and gradients, and
 * m, v, updated by the header's formulas as a user would write them, in
 * one loop compiled with the harness's flags. */
typedef struct {
    float *w, *g, *m, *v;
    size_t n;
    float eta, lambda, mu, b1, b2, eps; /* lambda is 0, as in ffnn's nets */
    int t;
} loop_ctx;

static void loop_sgd(void *p)
{
    loop_ctx *c = p;
    float *w = c->w, eta = c->eta, lambda = c->lambda;
    const float *g = c->g;
    for (size_t i = 0, n = c->n; i < n; i++)
        w[i] -= eta * (g[i] + lambda * w[i]);
}

static void loop_momentum(void *p)
{
    loop_ctx *c = p;
    float *w = c->w, *v = c->m, eta = c->eta, lambda = c->lambda, mu = c->mu;
    const float *g = c->g;
    for (size_t i = 0, n = c->n; i < n; i++) {
        v[i] = mu * v[i] + (g[i] + lambda * w[i]);
        w[i] -= eta * v[i];
    }
}

static void loop_nesterov(void *p)
{
    loop_ctx *c = p;
    float *w = c->w, *v = c->m, eta = c->eta, lambda = c->lambda, mu = c->mu;
    const float *g = c->g;
    for (size_t i = 0, n = c->n; i < n; i++) {
        float gi = g[i] + lambda * w[i];
        v[i] = mu * v[i] + gi;
        w[i] -= eta * (gi + mu * v[i]);
    }
}

static void loop_adam(void *p)
{
    loop_ctx *c = p;
    float *w = c->w, *m = c->m, *v = c->v, eta = c->eta, lambda = c->lambda;
    float b1 = c->b1, b2 = c->b2, eps = c->eps;
    const float *g = c->g;
    c->t++;
    float bias1 = 1.0f - powf(b1, (float)c->t);
    float bias2 = 1.0f - powf(b2, (float)c->t);
    for (size_t i = 0, n = c->n; i < n; i++) {
        float gi = g[i] + lambda * w[i];
        m[i] = b1 * m[i] + (1.0f - b1) * gi;
        v[i] = b2 * v[i] + (1.0f - b2) * gi * gi;
        w[i] -= eta * (m[i] / bias1) / (sqrtf(v[i] / bias2) + eps);
    }
}

static const struct {
    const char *id, *label;
    ffnn_optimizer opt;
    work_fn loop;
} updates[] = {
    {"step/sgd", "SGD", FFNN_OPT_SGD, loop_sgd},
    {"step/momentum", "momentum 0.9", FFNN_OPT_MOMENTUM, loop_momentum},
    {"step/nesterov", "Nesterov 0.9", FFNN_OPT_NESTEROV, loop_nesterov},
    {"step/adam", "Adam", FFNN_OPT_ADAM, loop_adam},
};

/* A network with opt and the gradients of one backward pass, for
 * ffnn_step to apply again and again. */
static void open_step(ffnn_ctx *f, const config *c, ffnn_optimizer opt,
                      const char *label)
{
    ffnn_open(f, c, FFNN_BACKEND_AUTO);
    f->what = label;
    f->eta = STEP_ETA;
    use_optimizer(f, opt);
    f->status = ffnn_forward(f->net, f->x, f->batch, NULL);
    f->status |= ffnn_backward(f->net, f->t);
    ffnn_check(f);
}

/* The loop's floats: net's weights and gradients, layer by layer, W_l then
 * b_l; m and v start at zero, like ffnn's. */
static void loop_open(loop_ctx *l, ffnn_net *net)
{
    size_t n = ffnn_net_num_params(net);
    *l = (loop_ctx){.w = malloc(n * sizeof(float)),
                    .g = malloc(n * sizeof(float)),
                    .m = calloc(n, sizeof(float)),
                    .v = calloc(n, sizeof(float)),
                    .n = n,
                    .eta = STEP_ETA,
                    .mu = 0.9f,
                    .b1 = 0.9f,
                    .b2 = 0.999f,
                    .eps = 1e-8f};
    int s = FFNN_OK;
    for (size_t k = 1, at = 0; k <= ffnn_net_num_layers(net); k++) {
        size_t rows = ffnn_net_layer_size(net, k);
        size_t nw = rows * ffnn_net_layer_size(net, k - 1);
        s |= ffnn_get_layer(net, k, l->w + at, l->w + at + nw);
        s |= ffnn_get_gradients(net, k, l->g + at, l->g + at + nw);
        at += nw + rows;
    }
    if (s != FFNN_OK || !l->w || !l->g || !l->m || !l->v) {
        fprintf(stderr, "ffnn-bench: update: %s\n", ffnn_net_last_error(net));
        exit(1);
    }
}

static void loop_close(loop_ctx *l)
{
    free(l->w), free(l->g), free(l->m), free(l->v);
}

static void print_update(const config *c, size_t params, const double *ffnn,
                         const double *loop, int threads, const options *o,
                         int *first)
{
    for (size_t u = 0; u < COUNT(updates); u++) {
        if (o->json) {
            /* The ratio of times, as in the table: ffnn over the loop. */
            json_row r = {.section = "update",
                          .network = c->name,
                          .path = updates[u].id,
                          .unit = "steps/s",
                          .reference = "loop",
                          .threads = threads,
                          .rate = 1 / ffnn[u],
                          .reference_rate = 1 / loop[u],
                          .ratio = ffnn[u] / loop[u]};
            print_json_row(&r, first);
            continue;
        }
        printf("%-38s %-13s %9zu %10.1f %10.1f %9.2f\n", c->name,
               updates[u].label, params, ffnn[u] * 1e6, loop[u] * 1e6,
               ffnn[u] / loop[u]);
    }
}

/* ffnn_step and its loop for every optimizer of one network in one race. */
static void run_update_net(const config *c, int threads, const options *o,
                           int *first)
{
    enum { N = COUNT(updates) };
    ffnn_ctx nets[N];
    loop_ctx loops[N];
    contender ks[2 * N];
    double seconds[2 * N];
    for (size_t u = 0; u < N; u++) {
        open_step(&nets[u], c, updates[u].opt, updates[u].label);
        loop_open(&loops[u], nets[u].net);
        ks[u] = (contender){
            .work = ffnn_step_work, .ctx = &nets[u], .check = ffnn_check};
        ks[N + u] = (contender){.work = updates[u].loop, .ctx = &loops[u]};
    }
    race(ks, 2 * N, o->min_time, seconds);
    print_update(c, ffnn_net_num_params(nets[0].net), seconds, seconds + N,
                 threads, o, first);
    for (size_t u = 0; u < N; u++)
        ffnn_close(&nets[u]), loop_close(&loops[u]);
}

static void run_update(const config *cs, size_t n, int threads,
                       const options *o, int *first)
{
    if (!o->json) {
        printf("\nUpdate, %d thread%s (microseconds per step: one ffnn_step "
               "after one ffnn_backward, against the header's formula as "
               "one plain C loop over as many floats; target ffnn/loop <= "
               "1.3)\n",
               threads, plural(threads));
        printf("%-38s %-13s %9s %10s %10s %9s\n", "network", "optimizer",
               "params", "ffnn us", "loop us", "ffnn/loop");
    }
    for (size_t i = 0; i < n; i++) {
        run_update_net(&cs[i], threads, o, first);
        fflush(stdout);
    }
}

/* ---- features: what 1.4's training features and activations cost the
 * paths that use them, against the same path without them ---- */

/* A path with one feature or none; ref names the row it is measured
 * against (NULL: it is a reference). */
typedef struct {
    const char *id, *label, *ref;
    enum { ON_TRAIN_STEP, ON_FORWARD, ON_RUN } kind;
    int hidden;                  /* an activation, or -1 for the network's */
    int mse;                     /* linear outputs and the MSE loss */
    int in_scaling, out_scaling; /* ffnn_set_input/output_scaling */
    float dropout;               /* of every hidden layer */
    int sample_weights, class_weights, cosine, patience; /* ON_RUN */
} feature_path;

#define FEATURE_RUN_BATCHES 8 /* a run: 8 training batches, 1 held out */

static const feature_path features[] = {
    {.id = "train_step",
     .label = "one call, SGD",
     .ref = NULL,
     .kind = ON_TRAIN_STEP,
     .hidden = -1},
    {.id = "train_step/input_scaling",
     .label = "  + input scaling",
     .ref = "train_step",
     .kind = ON_TRAIN_STEP,
     .hidden = -1,
     .in_scaling = 1},
    {.id = "train_step/dropout",
     .label = "  + dropout 0.5",
     .ref = "train_step",
     .kind = ON_TRAIN_STEP,
     .hidden = -1,
     .dropout = 0.5f},
    {.id = "train_step/mse",
     .label = "one call, SGD, linear + MSE",
     .ref = NULL,
     .kind = ON_TRAIN_STEP,
     .hidden = -1,
     .mse = 1},
    {.id = "train_step/mse/output_scaling",
     .label = "  + output scaling",
     .ref = "train_step/mse",
     .kind = ON_TRAIN_STEP,
     .hidden = -1,
     .mse = 1,
     .out_scaling = 1},
    {.id = "forward",
     .label = "inference",
     .ref = NULL,
     .kind = ON_FORWARD,
     .hidden = -1},
    {.id = "forward/input_scaling",
     .label = "  + input scaling",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = -1,
     .in_scaling = 1},
    {.id = "forward/mse/output_scaling",
     .label = "  linear, + output scaling",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = -1,
     .mse = 1,
     .out_scaling = 1},
    {.id = "forward/dropout",
     .label = "  of a network with dropout 0.5",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = -1,
     .dropout = 0.5f},
    {.id = "forward/leaky_relu",
     .label = "  leaky_relu hidden",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = FFNN_ACT_LEAKY_RELU},
    {.id = "forward/elu",
     .label = "  elu hidden",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = FFNN_ACT_ELU},
    {.id = "forward/gelu",
     .label = "  gelu hidden",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = FFNN_ACT_GELU},
    {.id = "forward/silu",
     .label = "  silu hidden",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = FFNN_ACT_SILU},
    {.id = "forward/softplus",
     .label = "  softplus hidden",
     .ref = "forward",
     .kind = ON_FORWARD,
     .hidden = FFNN_ACT_SOFTPLUS},
    {.id = "run",
     .label = "training run (ffnn_train_run), an epoch",
     .ref = NULL,
     .kind = ON_RUN,
     .hidden = -1},
    {.id = "run/sample_weights",
     .label = "  + sample weights",
     .ref = "run",
     .kind = ON_RUN,
     .hidden = -1,
     .sample_weights = 1},
    {.id = "run/class_weights",
     .label = "  + class weights",
     .ref = "run",
     .kind = ON_RUN,
     .hidden = -1,
     .class_weights = 1},
    {.id = "run/cosine",
     .label = "  + cosine schedule",
     .ref = "run",
     .kind = ON_RUN,
     .hidden = -1,
     .cosine = 1},
    {.id = "run/early_stopping",
     .label = "  + early stopping, best weights kept",
     .ref = "run",
     .kind = ON_RUN,
     .hidden = -1,
     .patience = 1},
};

static const char *features_specs[] = {
    "784-256-10@128:relu:softmax:ce",
    "784-1024-1024-10@256:relu:softmax:ce",
};

static void ffnn_run_work(void *p)
{
    ffnn_ctx *c = p;
    c->status = ffnn_train_run(c->net, c->setup, c->x, c->t, c->batch, NULL);
}

/* Per-feature mean and scale of n values (their exact values do not
 * matter to the time; a scale of 0 would be refused). */
static void set_scaling(ffnn_ctx *f, size_t n, int output)
{
    float *v = malloc(2 * n * sizeof *v);
    for (size_t k = 0; k < n; k++)
        v[k] = 0.25f, v[n + k] = 0.5f + (float)(k % 3);
    f->status = output ? ffnn_set_output_scaling(f->net, v, v + n)
                       : ffnn_set_input_scaling(f->net, v, v + n);
    free(v);
    ffnn_check(f);
}

/* A run's setup: one epoch of the rows in batches of c->batch, the last
 * ninth held out, from the start each call (RESUME 0), and the feature. */
static void open_run_setup(ffnn_ctx *f, const config *c, const feature_path *p)
{
    size_t rows = f->batch, k = c->sizes[c->n_layers];
    f->status = ffnn_train_setup_create(&f->setup);
    const double keys[][2] = {
        {FFNN_TRAIN_BATCH_SIZE, (double)c->batch},
        {FFNN_TRAIN_EPOCHS, 1},
        {FFNN_TRAIN_LEARNING_RATE, ETA},
        {FFNN_TRAIN_VALIDATION_FRACTION, 1.0 / (FEATURE_RUN_BATCHES + 1)},
        {FFNN_TRAIN_SCHEDULE,
         p->cosine ? FFNN_SCHEDULE_COSINE : FFNN_SCHEDULE_CONSTANT},
        {FFNN_TRAIN_PATIENCE, p->patience ? 1000 : 0}};
    for (size_t i = 0; f->status == FFNN_OK && i < COUNT(keys); i++)
        f->status = ffnn_train_setup_set(f->setup, (int)keys[i][0], keys[i][1]);
    float *w = malloc((rows > k ? rows : k) * sizeof *w);
    for (size_t i = 0; i < rows || i < k; i++)
        w[i] = 0.5f + 0.5f * (float)(i % 4);
    if (f->status == FFNN_OK && p->sample_weights)
        f->status = ffnn_train_setup_set_sample_weights(f->setup, w, rows);
    if (f->status == FFNN_OK && p->class_weights)
        f->status = ffnn_train_setup_set_class_weights(f->setup, w, k);
    free(w);
    ffnn_check(f);
}

static void open_feature(ffnn_ctx *f, const config *c, const feature_path *p)
{
    config v = *c;
    if (p->hidden >= 0)
        v.hidden = (ffnn_activation)p->hidden;
    if (p->mse)
        v.output = FFNN_ACT_LINEAR, v.loss = FFNN_LOSS_MSE;
    if (p->kind == ON_RUN)
        v.batch = c->batch * (FEATURE_RUN_BATCHES + 1);
    ffnn_open(f, &v, FFNN_BACKEND_AUTO);
    f->name = c->name;
    f->what = p->label;
    for (size_t l = 1; p->dropout > 0 && l < c->n_layers; l++)
        f->status |= ffnn_set_dropout(f->net, l, p->dropout);
    ffnn_check(f);
    if (p->in_scaling)
        set_scaling(f, c->sizes[0], 0);
    if (p->out_scaling)
        set_scaling(f, c->sizes[c->n_layers], 1);
    if (p->kind == ON_RUN)
        open_run_setup(f, c, p);
}

static double feature_rate(const double *rate, const char *id)
{
    for (size_t p = 0; id && p < COUNT(features); p++)
        if (!strcmp(features[p].id, id))
            return rate[p];
    return 0;
}

static void print_features(const config *c, const double *rate, int threads,
                           const options *o, int *first)
{
    if (!o->json)
        printf("%s\n", c->name);
    for (size_t p = 0; p < COUNT(features); p++) {
        double ref = feature_rate(rate, features[p].ref);
        if (o->json) {
            json_row r = {.section = "features",
                          .network = c->name,
                          .path = features[p].id,
                          .unit = "samples/s",
                          .reference = features[p].ref ? features[p].ref : "",
                          .threads = threads,
                          .rate = rate[p],
                          .reference_rate = ref,
                          .ratio = ref > 0 ? rate[p] / ref : 0};
            print_json_row(&r, first);
            continue;
        }
        printf("  %-44s", features[p].label);
        print_rate(rate[p]);
        if (ref > 0)
            print_ratio(rate[p], ref);
        printf("\n");
    }
}

/* Every row of one network in one race. */
static void run_features_net(const config *c, int threads, const options *o,
                             int *first)
{
    static const work_fn work[] = {ffnn_train_work, ffnn_infer_work,
                                   ffnn_run_work};
    enum { N = COUNT(features) };
    ffnn_ctx nets[N];
    contender ks[N];
    double seconds[N], rate[N];
    for (size_t p = 0; p < N; p++) {
        open_feature(&nets[p], c, &features[p]);
        ks[p] = (contender){.work = work[features[p].kind],
                            .ctx = &nets[p],
                            .check = ffnn_check};
    }
    race(ks, N, o->min_time, seconds);
    for (size_t p = 0; p < N; p++) /* a run trains on its 8 batches */
        rate[p] = (double)c->batch *
                  (features[p].kind == ON_RUN ? FEATURE_RUN_BATCHES : 1) /
                  seconds[p];
    print_features(c, rate, threads, o, first);
    for (size_t p = 0; p < N; p++)
        ffnn_close(&nets[p]);
}

static void run_features(const config *cs, size_t n, int threads,
                         const options *o, int *first)
{
    if (!o->json) {
        printf("\nFeatures of 1.4 on the paths that use them, %d thread%s "
               "(samples/s; x ref = over the row above without the feature, "
               "in the same race)\n",
               threads, plural(threads));
        printf("%-46s %10s %6s\n", "network / path", "samples/s", "x ref");
    }
    for (size_t i = 0; i < n; i++) {
        run_features_net(&cs[i], threads, o, first);
        fflush(stdout);
    }
}

/* ---- sections ---- */

typedef void (*section_fn)(const config *cs, size_t n, int threads,
                           const options *o, int *first);

/* In the order they run, for each thread count; bit k of
 * options.sections stands for sections[k]. */
static const struct {
    const char *name;
    section_fn run;
    const char **specs; /* the networks, unless NETs are given */
    size_t n_specs;
} sections[] = {
    {"classic", run_table, default_specs, COUNT(default_specs)},
    {"paths", run_paths, paths_specs, COUNT(paths_specs)},
    {"sample", run_sample, sample_specs, COUNT(sample_specs)},
    {"update", run_update, update_specs, COUNT(update_specs)},
    {"features", run_features, features_specs, COUNT(features_specs)},
};

/* "paths,update" into bits of sections[]; 0 for an unknown name. */
static unsigned parse_sections(const char *list)
{
    char buf[128], *save = NULL;
    unsigned bits = 0;
    snprintf(buf, sizeof buf, "%s", list);
    for (char *s = strtok_r(buf, ",", &save); s;
         s = strtok_r(NULL, ",", &save)) {
        size_t k = 0;
        while (k < COUNT(sections) && strcmp(s, sections[k].name))
            k++;
        if (k == COUNT(sections))
            return 0;
        bits |= 1u << k;
    }
    return bits;
}

/* A section's networks: the NETs given, else its own list. */
static size_t section_configs(size_t k, const config *given, size_t n_given,
                              config *cs)
{
    if (n_given > 0) {
        memcpy(cs, given, n_given * sizeof *cs);
        return n_given;
    }
    for (size_t i = 0; i < sections[k].n_specs; i++)
        parse_config(sections[k].specs[i], &cs[i]);
    return sections[k].n_specs;
}

static int usage(void)
{
    fprintf(
        stderr,
        "usage: ffnn-bench [--json] [--threads 1,2] [--quick] [--no-fann] "
        "[--no-torch]\n"
        "                  [--sections classic,paths,sample,update,features] "
        "[NET...]\n"
        "  NET: 784-128-10@64:relu:softmax:ce (widths@batch, then hidden "
        "act, output act, loss);\n"
        "       NETs given replace the networks of every section\n");
    return 2;
}

/* Every section asked for, at one thread count. */
static void run_sections(const config *given, size_t n_given, int threads,
                         const options *o, int *first)
{
    ffnn_set_num_threads(threads); /* for the roofline's sgemm calls too */
    config cs[64];
    for (size_t k = 0; k < COUNT(sections); k++)
        if (o->sections & 1u << k)
            sections[k].run(cs, section_configs(k, given, n_given, cs), threads,
                            o, first);
}

int main(int argc, char **argv)
{
    options o = {0, 0, 1, 1, 0.2, (1u << COUNT(sections)) - 1};
    char threads_arg[64] = "1,2", *save = NULL;
    config given[64];
    size_t n = 0;
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
        else if (!strcmp(argv[i], "--sections") && i + 1 < argc) {
            if (!(o.sections = parse_sections(argv[++i])))
                return usage();
        } else if (argv[i][0] == '-' || n == 64 ||
                   !parse_config(argv[i], &given[n++]))
            return usage();
    }
    if (o.json)
        printf("{\"ffnn\": \"%s\", \"rows\": [", ffnn_version_string());
    else
        printf("ffnn-bench %s\n", ffnn_version_string());
    int first = 1;
    for (char *t = strtok_r(threads_arg, ",", &save); t;
         t = strtok_r(NULL, ",", &save))
        run_sections(given, n, atoi(t), &o, &first);
    if (o.json)
        printf("\n]}\n");
    else if (o.sections & 1u) { /* classic's own table */
        config cs[64];
        print_memory(cs, section_configs(0, given, n, cs));
    }
    return 0;
}
