/* train.c -- whole data sets: training over epochs with mini-batches and
 * shuffling, evaluation and prediction in chunks. */
#include "internal.h"

#include <math.h>
#include <string.h>
#include <time.h>

/* Evaluation and prediction run in chunks of at least this many rows. */
#define CHUNK_ROWS 256

void ffnn_train_defaults(ffnn_train_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->batch_size = 32;
    o->epochs = 1;
    o->learning_rate = 0.01f;
    o->shuffle = 1;
}

static double seconds_now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static size_t argmax(const float *v, size_t n)
{
    size_t best = 0;
    for (size_t j = 1; j < n; j++)
        if (v[j] > v[best])
            best = j;
    return best;
}

/* Samples among `rows` whose prediction matches the target (see header). */
static size_t count_correct(const float *yhat, const float *y, size_t rows,
                            size_t n)
{
    size_t correct = 0;
    for (size_t s = 0; s < rows; s++, yhat += n, y += n)
        correct += n == 1 ? (yhat[0] > 0.5f) == (y[0] > 0.5f)
                          : argmax(yhat, n) == argmax(y, n);
    return correct;
}

static const float *output_of_last_pass(const ffnn_net *net)
{
    return net->layers[net->n_layers - 1].H;
}

static ffnn_status check_data(const ffnn_net *net, const float *x,
                              const float *y, size_t n, const char *fn)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    if (!x || !y)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          x ? "y" : "x");
    if (n == 0)
        return ffnn__fail(net, FFNN_ERR_SHAPE, "%s: no samples", fn);
    size_t nx, ny;
    if (ffnn__mul_overflows(n, net->sizes[0], &nx) ||
        ffnn__mul_overflows(n, net->sizes[net->n_layers], &ny))
        return ffnn__fail(net, FFNN_ERR_SHAPE, "%s: %zu samples overflow", fn,
                          n);
    if (!ffnn__all_finite(x, nx) || !ffnn__all_finite(y, ny))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "%s: the data contain NaN or infinity", fn);
    return FFNN_OK;
}

/* ---- evaluation and prediction ---- */

static size_t chunk_rows(const ffnn_net *net, size_t n)
{
    size_t rows = net->capacity > CHUNK_ROWS ? net->capacity : CHUNK_ROWS;
    return rows < n ? rows : n;
}

ffnn_status ffnn_evaluate(ffnn_net *net, const float *x, const float *y,
                          size_t n, double *loss, double *accuracy)
{
    ffnn_status s = check_data(net, x, y, n, "ffnn_evaluate");
    if (s != FFNN_OK)
        return s;
    size_t n_in = net->sizes[0], n_out = net->sizes[net->n_layers];
    const ffnn__layer *out = &net->layers[net->n_layers - 1];
    double total = 0;
    size_t correct = 0;
    for (size_t start = 0; start < n;) {
        size_t rows = chunk_rows(net, n - start);
        s = ffnn_forward(net, x + start * n_in, rows, NULL);
        if (s != FFNN_OK)
            return s;
        const float *t = y + start * n_out;
        total += ffnn__loss_mean(net->loss, out->act, rows, n_out, out->A,
                                 out->H, t) *
                 (double)rows;
        correct += count_correct(out->H, t, rows, n_out);
        start += rows;
    }
    if (loss)
        *loss = total / (double)n;
    if (accuracy)
        *accuracy = (double)correct / (double)n;
    return FFNN_OK;
}

ffnn_status ffnn_predict(ffnn_net *net, const float *x, size_t n, float *y)
{
    if (!net || !x || !y)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_predict: %s is NULL",
                          !net ? "net"
                          : !x ? "x"
                               : "y");
    if (n == 0)
        return ffnn__fail(net, FFNN_ERR_SHAPE, "ffnn_predict: no samples");
    size_t n_in = net->sizes[0], n_out = net->sizes[net->n_layers];
    for (size_t start = 0; start < n;) {
        size_t rows = chunk_rows(net, n - start);
        ffnn_status s =
            ffnn_forward(net, x + start * n_in, rows, y + start * n_out);
        if (s != FFNN_OK)
            return s;
        start += rows;
    }
    return FFNN_OK;
}

/* ---- training ---- */

static ffnn_status check_options(const ffnn_net *net,
                                 const ffnn_train_options *o, size_t n)
{
    const char *bad = NULL;
    if (o->batch_size == 0)
        bad = "batch_size is 0";
    else if (o->epochs == 0)
        bad = "epochs is 0";
    else if (!(o->learning_rate >= 0.0f) || isinf(o->learning_rate))
        bad = "learning_rate must be finite and >= 0";
    else if (!(o->validation_fraction >= 0.0f && o->validation_fraction < 1.0f))
        bad = "validation_fraction must be in [0, 1)";
    else if (n - (size_t)lround(o->validation_fraction * (double)n) == 0)
        bad = "validation_fraction leaves no sample to train on";
    if (bad)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_train: %s", bad);
    return FFNN_OK;
}

/* State of one ffnn_train call. */
typedef struct {
    ffnn_net *net;
    const float *x, *y;
    size_t n_train, n_val, n_in, n_out;
    const ffnn_train_options *opt;
    size_t *order;  /* shuffled sample indices, n_train */
    float *bx, *by; /* gathered mini-batch */
    uint64_t rng;   /* SplitMix64 state for shuffling */
    ffnn_train_report report;
    double loss_sum, start_time;
    size_t seen, correct;
} trainer;

static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void shuffle(trainer *t)
{
    for (size_t i = t->n_train; i > 1; i--) {
        size_t j = (size_t)(next_random(&t->rng) % i);
        size_t tmp = t->order[i - 1];
        t->order[i - 1] = t->order[j];
        t->order[j] = tmp;
    }
}

static void gather(trainer *t, size_t first, size_t rows)
{
    for (size_t r = 0; r < rows; r++) {
        size_t s = t->order[first + r];
        memcpy(t->bx + r * t->n_in, t->x + s * t->n_in,
               t->n_in * sizeof *t->bx);
        memcpy(t->by + r * t->n_out, t->y + s * t->n_out,
               t->n_out * sizeof *t->by);
    }
}

static int call_back(trainer *t)
{
    const ffnn_train_options *o = t->opt;
    ffnn_train_report *r = &t->report;
    r->train_loss = t->seen ? t->loss_sum / (double)t->seen : NAN;
    r->train_accuracy = t->seen ? (double)t->correct / (double)t->seen : NAN;
    double elapsed = seconds_now() - t->start_time;
    r->samples_per_second = elapsed > 0 ? (double)t->seen / elapsed : 0;
    if (o->callback && o->callback(o->user, r))
        r->stopped = 1;
    return r->stopped;
}

static ffnn_status train_batch(trainer *t, size_t first, size_t rows)
{
    const float *bx = t->x + first * t->n_in, *by = t->y + first * t->n_out;
    if (t->opt->shuffle) {
        gather(t, first, rows);
        bx = t->bx;
        by = t->by;
    }
    float loss;
    ffnn_status s =
        ffnn_train_step(t->net, bx, by, rows, t->opt->learning_rate, &loss);
    if (s != FFNN_OK)
        return s;
    t->loss_sum += (double)loss * (double)rows;
    t->correct +=
        count_correct(output_of_last_pass(t->net), by, rows, t->n_out);
    t->seen += rows;
    return FFNN_OK;
}

static ffnn_status validate(trainer *t)
{
    ffnn_train_report *r = &t->report;
    if (t->n_val == 0)
        return FFNN_OK;
    return ffnn_evaluate(t->net, t->x + t->n_train * t->n_in,
                         t->y + t->n_train * t->n_out, t->n_val, &r->val_loss,
                         &r->val_accuracy);
}

static ffnn_status run_epoch(trainer *t)
{
    const ffnn_train_options *o = t->opt;
    ffnn_train_report *r = &t->report;
    if (o->shuffle)
        shuffle(t);
    t->loss_sum = 0;
    t->seen = t->correct = 0;
    t->start_time = seconds_now();
    r->val_loss = r->val_accuracy = NAN;
    r->epoch_end = 0;
    for (size_t b = 0; b < r->batches; b++) {
        size_t first = b * o->batch_size, rows = t->n_train - first;
        ffnn_status s =
            train_batch(t, first, rows < o->batch_size ? rows : o->batch_size);
        if (s != FFNN_OK)
            return s;
        r->batches_done = b + 1;
        int last = b + 1 == r->batches;
        if (!last && o->report_every &&
            r->batches_done % o->report_every == 0 && call_back(t))
            return FFNN_OK;
    }
    ffnn_status s = validate(t);
    r->epoch_end = 1;
    if (s == FFNN_OK)
        call_back(t);
    return s;
}

static ffnn_status train_allocate(trainer *t)
{
    size_t rows =
        t->opt->batch_size < t->n_train ? t->opt->batch_size : t->n_train;
    t->order = ffnn__alloc(t->n_train * sizeof *t->order);
    t->bx = ffnn__alloc(rows * (t->n_in + t->n_out) * sizeof(float));
    if (!t->order || !t->bx)
        return ffnn__fail(t->net, FFNN_ERR_NOMEM,
                          "ffnn_train: cannot allocate the shuffle buffers");
    t->by = t->bx + rows * t->n_in;
    for (size_t i = 0; i < t->n_train; i++)
        t->order[i] = i;
    /* Last, and for validation chunks too: once training starts nothing
     * allocates, so running out of memory never stops it half-way. */
    size_t val_rows = t->n_val < CHUNK_ROWS ? t->n_val : CHUNK_ROWS;
    return ffnn__reserve(t->net, rows > val_rows ? rows : val_rows);
}

ffnn_status ffnn_train(ffnn_net *net, const float *x, const float *y, size_t n,
                       const ffnn_train_options *options,
                       ffnn_train_report *report)
{
    ffnn_train_options defaults;
    ffnn_train_defaults(&defaults);
    const ffnn_train_options *o = options ? options : &defaults;
    ffnn_status s = check_data(net, x, y, n, "ffnn_train");
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, "ffnn_train");
    if (s == FFNN_OK)
        s = check_options(net, o, n);
    if (s != FFNN_OK)
        return s;
    size_t n_val = (size_t)lround(o->validation_fraction * (double)n);
    trainer t = {.net = net,
                 .x = x,
                 .y = y,
                 .n_train = n - n_val,
                 .n_val = n_val,
                 .n_in = net->sizes[0],
                 .n_out = net->sizes[net->n_layers],
                 .opt = o,
                 .rng = o->seed};
    t.report.epochs = o->epochs;
    t.report.batches = (t.n_train + o->batch_size - 1) / o->batch_size;
    s = train_allocate(&t);
    for (size_t e = 1; s == FFNN_OK && e <= o->epochs; e++) {
        t.report.epoch = e;
        s = run_epoch(&t);
        if (t.report.stopped)
            break;
    }
    ffnn__free(t.order);
    ffnn__free(t.bx);
    if (report)
        *report = t.report;
    return s;
}
