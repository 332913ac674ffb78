/* train.c -- whole data sets: training over epochs with mini-batches and
 * shuffling, evaluation and prediction in chunks. */
#include "train_setup.h"

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
size_t ffnn__count_correct(const float *yhat, const float *y, size_t rows,
                           size_t n)
{
    size_t correct = 0;
    for (size_t s = 0; s < rows; s++, yhat += n, y += n)
        correct += n == 1 ? (yhat[0] > 0.5f) == (y[0] > 0.5f)
                          : argmax(yhat, n) == argmax(y, n);
    return correct;
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

/* The summed loss and the right predictions over n >= 0 samples. */
static ffnn_status evaluate_sums(ffnn_net *net, const float *x, const float *y,
                                 size_t n, double *total, size_t *correct)
{
    size_t n_in = net->sizes[0], n_out = net->sizes[net->n_layers];
    const ffnn__layer *out = &net->layers[net->n_layers - 1];
    *total = 0, *correct = 0;
    for (size_t start = 0; start < n;) {
        size_t rows = chunk_rows(net, n - start);
        ffnn_status s = ffnn_forward(net, x + start * n_in, rows, NULL);
        if (s != FFNN_OK)
            return s;
        const float *t = ffnn__targets(net, y + start * n_out, rows);
        *total += ffnn__loss_mean(net->loss, out->act, rows, n_out, out->A,
                                  out->H, t) *
                  (double)rows;
        *correct += ffnn__count_correct(out->H, t, rows, n_out);
        start += rows;
    }
    return FFNN_OK;
}

ffnn_status ffnn_evaluate(ffnn_net *net, const float *x, const float *y,
                          size_t n, double *loss, double *accuracy)
{
    ffnn_status s = check_data(net, x, y, n, "ffnn_evaluate");
    double total;
    size_t correct;
    if (s == FFNN_OK)
        s = evaluate_sums(net, x, y, n, &total, &correct);
    if (s != FFNN_OK)
        return s;
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

/* ---- early stopping's state on the network ---- */

void ffnn__best_clear(ffnn_net *net)
{
    ffnn__free(net->best.params);
    net->best.params = NULL;
    net->best.epoch = 0;
    net->best.value = 0;
}

ffnn_status ffnn__best_copy(const ffnn_net *src, ffnn_net *dst)
{
    dst->best.epoch = src->best.epoch;
    dst->best.value = src->best.value;
    if (!src->best.params)
        return FFNN_OK;
    dst->best.params = ffnn__alloc(src->n_floats * sizeof *src->params);
    if (!dst->best.params)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM,
                          "cannot allocate the best epoch's weights");
    memcpy(dst->best.params, src->best.params,
           src->n_floats * sizeof *src->params);
    return FFNN_OK;
}

/* ---- training ---- */

static ffnn_status check_options(const ffnn_net *net,
                                 const ffnn_train_options *o, size_t n,
                                 const char *fn)
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
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s", fn, bad);
    return FFNN_OK;
}

/* ---- the validation split ---- */

static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Fisher-Yates over v[0..n), drawing from *rng. */
static void shuffle_indices(size_t *v, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(next_random(rng) % i);
        size_t tmp = v[i - 1];
        v[i - 1] = v[j];
        v[j] = tmp;
    }
}

/* The split's own stream, apart from the shuffling's of the same seed. */
#define SPLIT_STREAM 0xD1B54A32D192ED03ull

static size_t class_of(const float *row, size_t n_out)
{
    return n_out == 1 ? row[0] > 0.5f : argmax(row, n_out);
}

/* How many rows of each of the k classes to hold out: floor(f n_c), then
 * one more for the largest remainders until n_val are. */
static void stratified_quota(const size_t *count, size_t k, double f,
                             size_t n_val, size_t *quota)
{
    size_t held = 0;
    for (size_t c = 0; c < k; c++)
        held += quota[c] = (size_t)floor(f * (double)count[c]);
    while (held < n_val) {
        size_t best = k;
        double best_rest = -1;
        for (size_t c = 0; c < k; c++) {
            double rest = f * (double)count[c] - (double)quota[c];
            if (quota[c] < count[c] && rest > best_rest)
                best = c, best_rest = rest;
        }
        quota[best]++, held++;
    }
}

/* held[r] = 1 for the rows held out, drawn from a shuffle: per class for
 * STRATIFIED, the first n_val rows of it otherwise. */
static ffnn_status mark_held(const ffnn_net *net, const float *y, size_t n,
                             size_t n_val, double f,
                             ffnn_validation_split split, uint64_t seed,
                             size_t *order, char *held)
{
    size_t n_out = net->sizes[net->n_layers], k = n_out > 1 ? n_out : 2;
    size_t *count = split == FFNN_SPLIT_STRATIFIED
                        ? ffnn__alloc(2 * k * sizeof *count)
                        : NULL;
    if (split == FFNN_SPLIT_STRATIFIED && !count)
        return ffnn__fail(net, FFNN_ERR_NOMEM,
                          "ffnn_split_rows: out of memory");
    uint64_t rng = seed ^ SPLIT_STREAM;
    for (size_t r = 0; r < n; r++)
        order[r] = r;
    shuffle_indices(order, n, &rng);
    if (count) {
        memset(count, 0, 2 * k * sizeof *count);
        for (size_t r = 0; r < n; r++)
            count[class_of(y + r * n_out, n_out)]++;
        stratified_quota(count, k, f, n_val, count + k);
    }
    for (size_t i = 0; i < n; i++) {
        size_t r = order[i], *quota = count ? count + k : NULL;
        size_t c = count ? class_of(y + r * n_out, n_out) : 0;
        held[r] = quota ? quota[c] > 0 : i < n_val;
        if (quota && quota[c] > 0)
            quota[c]--;
    }
    ffnn__free(count);
    return FFNN_OK;
}

/* The split as ffnn_split_rows gives it, for n_val held-out rows. */
static ffnn_status split_rows(const ffnn_net *net, const float *y, size_t n,
                              size_t n_val, double f,
                              ffnn_validation_split split, uint64_t seed,
                              size_t *order)
{
    char *held = split == FFNN_SPLIT_LAST ? NULL : ffnn__alloc(n);
    if (split != FFNN_SPLIT_LAST && !held)
        return ffnn__fail(net, FFNN_ERR_NOMEM,
                          "ffnn_split_rows: out of memory");
    ffnn_status s = FFNN_OK;
    if (held)
        s = mark_held(net, y, n, n_val, f, split, seed, order, held);
    size_t train = 0, val = n - n_val;
    for (size_t r = 0; s == FFNN_OK && r < n; r++) {
        int out = held ? held[r] : r >= n - n_val;
        order[out ? val++ : train++] = r;
    }
    ffnn__free(held);
    return s;
}

static ffnn_status check_split(const ffnn_net *net, const float *y, size_t n,
                               float fraction, int split, const char *fn)
{
    if (split < FFNN_SPLIT_LAST || split > FFNN_SPLIT_STRATIFIED)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: unknown split %d", fn, split);
    if (!(fraction >= 0.0f && fraction < 1.0f))
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: the validation fraction must be in [0, 1)", fn);
    if (split == FFNN_SPLIT_STRATIFIED && !y)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: a stratified split needs y",
                          fn);
    size_t ny;
    if (y && split == FFNN_SPLIT_STRATIFIED &&
        (ffnn__mul_overflows(n, net->sizes[net->n_layers], &ny) ||
         !ffnn__all_finite(y, ny)))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "%s: y contains NaN or infinity", fn);
    return FFNN_OK;
}

ffnn_status ffnn_split_rows(const ffnn_net *net, const float *y, size_t n,
                            float fraction, ffnn_validation_split split,
                            uint64_t seed, size_t *order)
{
    const char *fn = "ffnn_split_rows";
    if (!net || !order)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "order" : "net");
    if (n == 0)
        return ffnn__fail(net, FFNN_ERR_SHAPE, "%s: no rows", fn);
    ffnn_status s = check_split(net, y, n, fraction, (int)split, fn);
    if (s != FFNN_OK)
        return s;
    size_t n_val = (size_t)lround(fraction * (double)n);
    return split_rows(net, y, n, n_val, fraction, split, seed, order);
}

/* ---- training ---- */

/* State of one ffnn_train call. */
typedef struct {
    ffnn_net *net;
    const ffnn_comm *comm; /* NULL, or the ranks sharing each batch */
    const float *x, *y;
    size_t n_train, n_val, n_in, n_out;
    const ffnn_train_options *opt; /* setup->options */
    ffnn_train_setup *setup;
    ffnn_validation_split split;
    float rate;        /* this epoch's, from the schedule */
    float *row_c;      /* a weighted batch's c_i / sum c, this rank's rows */
    size_t since_best; /* epochs without improvement */
    size_t *rows;      /* n: the split, training rows first */
    size_t *order;     /* this epoch's training rows, n_train */
    float *bx, *by;    /* gathered mini-batch */
    float *vx, *vy;    /* the held-out rows, gathered (a split but LAST) */
    uint64_t rng;      /* SplitMix64 state for shuffling */
    ffnn_train_report report;
    double loss_sum, start_time;
    size_t seen, correct;
} trainer;

static void gather(const trainer *t, const size_t *rows, size_t count, float *x,
                   float *y)
{
    for (size_t r = 0; r < count; r++) {
        size_t s = rows[r];
        memcpy(x + r * t->n_in, t->x + s * t->n_in, t->n_in * sizeof *x);
        memcpy(y + r * t->n_out, t->y + s * t->n_out, t->n_out * sizeof *y);
    }
}

/* Whether the ranks agree on what they computed on their own: a no-op
 * for one process. values[0..n) are summed over the ranks. */
static ffnn_status agree(const trainer *t, ffnn_status s, double *values,
                         size_t n, const char *fn)
{
    if (!t->comm || t->comm->size == 1)
        return s;
    ffnn__agreement a = {fn, 0, FFNN_ERR_STATE, ""};
    return ffnn__comm_agree(t->net, t->comm, s, &a, values, n);
}

/* The callback, which stops training if it asks to, on any rank. */
static ffnn_status call_back(trainer *t)
{
    const ffnn_train_options *o = t->opt;
    ffnn_train_report *r = &t->report;
    r->train_loss = t->seen ? t->loss_sum / (double)t->seen : NAN;
    r->train_accuracy = t->seen ? (double)t->correct / (double)t->seen : NAN;
    double elapsed = seconds_now() - t->start_time;
    r->samples_per_second = elapsed > 0 ? (double)t->seen / elapsed : 0;
    double stop = o->callback && o->callback(o->user, r);
    ffnn_status s = agree(t, FFNN_OK, &stop, 1, "ffnn_comm_train");
    r->stopped |= stop > 0;
    return s;
}

/* Rank r's rows [lo, hi) of count split over the ranks: floor(r count /
 * N) without forming r count. All of them for one process. */
static void rank_share(const ffnn_comm *c, size_t count, size_t *lo, size_t *hi)
{
    size_t n = c ? (size_t)c->size : 1, r = c ? (size_t)c->rank : 0;
    size_t q = count / n, rest = count % n;
    *lo = r * q + r * rest / n;
    *hi = (r + 1) * q + (r + 1) * rest / n;
}

/* Rows are gathered unless they lie in x in training order already. */
static int in_place(const trainer *t)
{
    return !t->opt->shuffle && t->split == FFNN_SPLIT_LAST;
}

static int weighted(const trainer *t)
{
    return t->setup->sample_weights || t->setup->class_weights;
}

/* c_i of data row i (ffnn.h, section 15). */
static float row_weight(const trainer *t, size_t i)
{
    const ffnn_train_setup *u = t->setup;
    float c = u->sample_weights ? u->sample_weights[i] : 1.0f;
    if (u->class_weights)
        c *= u->class_weights[class_of(t->y + i * t->n_out, t->n_out)];
    return c;
}

/* The rows' c_i / sum c into t->row_c for this rank's [lo, hi) of the
 * global batch: every rank knows the whole batch, so the sum needs no
 * communication. 0 if the batch weighs nothing. */
static double weigh_batch(trainer *t, size_t first, size_t rows, size_t lo,
                          size_t hi)
{
    int in_order = in_place(t);
    double sum = 0;
    for (size_t r = 0; r < rows; r++)
        sum += row_weight(t, in_order ? first + r : t->order[first + r]);
    for (size_t r = lo; sum > 0 && r < hi; r++) {
        size_t i = in_order ? first + r : t->order[first + r];
        t->row_c[r - lo] = (float)(row_weight(t, i) / sum);
    }
    return sum;
}

/* A weighted step's loss for the report: sum_i c_i l_i / sum c over the
 * global batch, from the output of its forward pass (which the step
 * leaves), times its rows as the report counts them. */
static ffnn_status weighted_loss(trainer *t, const float *by, size_t rows,
                                 ffnn__batch_sums *sums)
{
    const ffnn__layer *out = &t->net->layers[t->net->n_layers - 1];
    by = rows ? ffnn__targets(t->net, by, rows) : by;
    double loss = rows ? ffnn__loss_weighted(t->net->loss, rows, t->n_out,
                                             out->A, out->H, by, t->row_c)
                       : 0.0;
    ffnn_status s = agree(t, FFNN_OK, &loss, 1, "ffnn_comm_train");
    sums->loss_sum = loss * sums->rows;
    return s;
}

/* Mini-batch rows [first, first + rows) of the epoch's order: this rank's
 * share of them, as one step of all ranks. */
static ffnn_status train_batch(trainer *t, size_t first, size_t rows)
{
    size_t lo, hi;
    rank_share(t->comm, rows, &lo, &hi);
    if (weighted(t) && !(weigh_batch(t, first, rows, lo, hi) > 0))
        return FFNN_OK; /* no step: the batch weighs nothing */
    first += lo, rows = hi - lo;
    const float *bx = t->x + first * t->n_in, *by = t->y + first * t->n_out;
    if (!in_place(t)) {
        gather(t, t->order + first, rows, t->bx, t->by);
        bx = t->bx;
        by = t->by;
    }
    ffnn__batch_sums sums;
    t->net->row_scale = weighted(t) ? t->row_c : NULL;
    t->net->dropout_row0 = lo; /* the masks of the global batch's rows */
    ffnn_status s =
        ffnn__comm_step(t->net, t->comm, bx, by, rows, t->rate, &sums,
                        t->comm ? "ffnn_comm_train" : "ffnn_train");
    t->net->row_scale = NULL;
    t->net->dropout_row0 = 0;
    if (s == FFNN_OK && weighted(t))
        s = weighted_loss(t, by, rows, &sums);
    if (s != FFNN_OK)
        return s;
    t->loss_sum += sums.loss_sum;
    t->correct += (size_t)sums.correct;
    t->seen += (size_t)sums.rows;
    return FFNN_OK;
}

/* Loss and accuracy on the held-out rows, each rank taking its share. */
static ffnn_status validate(trainer *t)
{
    ffnn_train_report *r = &t->report;
    if (t->n_val == 0)
        return FFNN_OK;
    const float *vx = t->vx ? t->vx : t->x + t->n_train * t->n_in;
    const float *vy = t->vx ? t->vy : t->y + t->n_train * t->n_out;
    size_t lo, hi, correct;
    rank_share(t->comm, t->n_val, &lo, &hi);
    double sums[2];
    ffnn_status s = evaluate_sums(t->net, vx + lo * t->n_in, vy + lo * t->n_out,
                                  hi - lo, sums, &correct);
    sums[1] = (double)correct;
    s = agree(t, s, sums, 2, "ffnn_comm_train");
    if (s == FFNN_OK) {
        r->val_loss = sums[0] / (double)t->n_val;
        r->val_accuracy = sums[1] / (double)t->n_val;
    }
    return s;
}

/* Epoch e's order, from the training rows and the generator's state at its
 * start (what the training position records). */
static void begin_epoch(trainer *t)
{
    memcpy(t->order, t->rows, t->n_train * sizeof *t->order);
    if (t->opt->shuffle)
        shuffle_indices(t->order, t->n_train, &t->rng);
}

/* Where the run is after batch b (0-based) of epoch e (1-based). */
static void record_position(trainer *t, size_t e, size_t b, uint64_t rng)
{
    ffnn_train_position *p = &t->net->position;
    int done = b + 1 == t->report.batches;
    p->epoch = done ? e : e - 1;
    p->batch = done ? 0 : b + 1;
    p->rng = done ? t->rng : rng;
    p->seen = done ? 0 : t->seen;
    p->correct = done ? 0 : t->correct;
    p->loss_sum = done ? 0 : t->loss_sum;
}

/* Early stopping (ffnn.h, section 15): the monitored value of epoch e
 * against the best so far, the same on every rank (the validation values
 * are agreed, and so is the training loss here). */
static ffnn_status watch(trainer *t, size_t e)
{
    ffnn_train_setup *u = t->setup;
    if (u->patience == 0)
        return FFNN_OK;
    double value = u->monitor == FFNN_MONITOR_VAL_ACCURACY
                       ? t->report.val_accuracy
                       : t->report.val_loss;
    if (u->monitor == FFNN_MONITOR_TRAIN_LOSS) {
        double sums[2] = {t->loss_sum, (double)t->seen};
        ffnn_status s = agree(t, FFNN_OK, sums, 2, "ffnn_comm_train");
        if (s != FFNN_OK)
            return s;
        value = sums[0] / sums[1];
    }
    int higher = u->monitor == FFNN_MONITOR_VAL_ACCURACY;
    int better =
        u->best_epoch == 0 || (higher ? value > u->best_value + u->min_delta
                                      : value < u->best_value - u->min_delta);
    if (better) {
        ffnn_net *net = t->net;
        u->best_epoch = e, u->best_value = value, t->since_best = 0;
        net->best.epoch = e, net->best.value = value;
        if (net->best.params)
            memcpy(net->best.params, net->params,
                   net->n_floats * sizeof *net->params);
    } else if (++t->since_best >= u->patience) {
        u->stopped_early = 1;
    }
    return FFNN_OK;
}

/* At the end of a run that stopped early or ran out: the best epoch's
 * weights back, as ffnn_set_param_vector puts weights. */
static void restore_best(trainer *t)
{
    ffnn_net *net = t->net;
    if (!t->setup->restore_best || !net->best.params || net->best.epoch == 0 ||
        net->best.epoch == t->report.epoch)
        return;
    memcpy(net->params, net->best.params, net->n_floats * sizeof *net->params);
    ffnn__forget_bounds(net);
    net->flags &= ~(unsigned)(NET_FWD_CURRENT | NET_HAS_GRADS);
    t->setup->restored = 1;
}

static ffnn_status run_epoch(trainer *t, size_t e,
                             const ffnn_train_position *from)
{
    const ffnn_train_options *o = t->opt;
    ffnn_train_report *r = &t->report;
    uint64_t epoch_rng = t->rng;
    t->rate = (float)ffnn__setup_rate(t->setup, e);
    t->setup->rate = t->rate;
    begin_epoch(t);
    t->loss_sum = from ? from->loss_sum : 0;
    t->seen = from ? (size_t)from->seen : 0;
    t->correct = from ? (size_t)from->correct : 0;
    t->start_time = seconds_now();
    r->val_loss = r->val_accuracy = NAN;
    r->epoch_end = 0;
    for (size_t b = from ? (size_t)from->batch : 0; b < r->batches; b++) {
        size_t first = b * o->batch_size, rows = t->n_train - first;
        ffnn_status s =
            train_batch(t, first, rows < o->batch_size ? rows : o->batch_size);
        if (s != FFNN_OK)
            return s;
        record_position(t, e, b, epoch_rng);
        r->batches_done = b + 1;
        int last = b + 1 == r->batches;
        if (!last && o->report_every &&
            r->batches_done % o->report_every == 0) {
            s = call_back(t);
            if (s != FFNN_OK || r->stopped)
                return s;
        }
    }
    ffnn_status s = validate(t);
    r->epoch_end = 1;
    if (s == FFNN_OK)
        s = watch(t, e);
    if (s == FFNN_OK)
        s = call_back(t);
    return s;
}

static ffnn_status train_allocate(trainer *t, const float *y, size_t n)
{
    size_t rows =
        t->opt->batch_size < t->n_train ? t->opt->batch_size : t->n_train;
    int gathered_val = t->split != FFNN_SPLIT_LAST && t->n_val > 0;
    t->rows = ffnn__alloc((n + t->n_train) * sizeof *t->rows);
    t->bx = ffnn__alloc(rows * (t->n_in + t->n_out) * sizeof(float));
    t->vx = gathered_val
                ? ffnn__alloc(t->n_val * (t->n_in + t->n_out) * sizeof(float))
                : NULL;
    ffnn_net *net = t->net;
    int keep_best = t->setup->patience > 0 && t->setup->restore_best;
    if (keep_best && !net->best.params)
        net->best.params = ffnn__alloc(net->n_floats * sizeof *net->params);
    t->row_c = weighted(t) ? ffnn__alloc(rows * sizeof *t->row_c) : NULL;
    if (!t->rows || !t->bx || (gathered_val && !t->vx) ||
        (keep_best && !net->best.params) || (weighted(t) && !t->row_c))
        return ffnn__fail(t->net, FFNN_ERR_NOMEM,
                          "ffnn_train: cannot allocate the shuffle buffers");
    t->order = t->rows + n;
    t->by = t->bx + rows * t->n_in;
    ffnn_status s =
        split_rows(t->net, y, n, t->n_val, t->opt->validation_fraction,
                   t->split, t->opt->seed, t->rows);
    if (s == FFNN_OK && t->vx) {
        t->vy = t->vx + t->n_val * t->n_in;
        gather(t, t->rows + t->n_train, t->n_val, t->vx, t->vy);
    }
    /* Last, and for validation chunks too: once training starts nothing
     * allocates, so running out of memory never stops it half-way. */
    size_t val_rows = t->n_val < CHUNK_ROWS ? t->n_val : CHUNK_ROWS;
    if (s == FFNN_OK)
        s = ffnn__reserve(t->net, rows > val_rows ? rows : val_rows);
    return s;
}

/* A position the data and options cannot have reached is refused. */
static ffnn_status check_position(const trainer *t,
                                  const ffnn_train_position *p)
{
    if (p->epoch >= t->opt->epochs)
        return FFNN_OK;
    if (p->batch >= t->report.batches || p->seen > t->n_train ||
        p->correct > p->seen || !(p->loss_sum >= 0) || isinf(p->loss_sum))
        return ffnn__fail(
            t->net, FFNN_ERR_ARG,
            "ffnn_train_resume: the training position (epoch "
            "%llu, batch %llu, %llu samples seen) does not fit "
            "%zu batches of %zu training samples",
            (unsigned long long)p->epoch, (unsigned long long)p->batch,
            (unsigned long long)p->seen, t->report.batches, t->n_train);
    return FFNN_OK;
}

/* The schedule's and early stopping's options against the run's. */
static ffnn_status check_setup(const ffnn_net *net, const ffnn_train_setup *u,
                               size_t n, const char *fn)
{
    size_t n_val = (size_t)lround(u->options.validation_fraction * (double)n);
    if (u->warmup_epochs >= u->epochs)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: warmup_epochs (%llu) must be fewer than the "
                          "epochs (%llu)",
                          fn, (unsigned long long)u->warmup_epochs,
                          (unsigned long long)u->epochs);
    if (u->min_rate > (float)u->learning_rate)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: min_learning_rate %g is above the learning "
                          "rate %g",
                          fn, u->min_rate, (double)(float)u->learning_rate);
    size_t n_out = net->sizes[net->n_layers], classes = n_out > 1 ? n_out : 2;
    if (u->sample_weights && u->n_sample_weights != n)
        return ffnn__fail(net, FFNN_ERR_SHAPE,
                          "%s: %zu sample weights for %zu samples", fn,
                          u->n_sample_weights, n);
    if (u->class_weights && u->n_class_weights != classes)
        return ffnn__fail(net, FFNN_ERR_SHAPE,
                          "%s: %zu class weights for %zu classes", fn,
                          u->n_class_weights, classes);
    if (u->patience > 0 && u->monitor != FFNN_MONITOR_TRAIN_LOSS && n_val == 0)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: early stopping on %s needs samples held out "
                          "(a validation fraction), or monitor train_loss",
                          fn, ffnn_monitor_name((int)u->monitor));
    return FFNN_OK;
}

static ffnn_status check_call(ffnn_net *net, const float *x, const float *y,
                              size_t n, const ffnn_train_setup *u,
                              const char *fn)
{
    const ffnn_train_options *o = &u->options;
    ffnn_status s = check_data(net, x, y, n, fn);
    if (s == FFNN_OK)
        s = ffnn__check_writable(net, fn);
    if (s == FFNN_OK)
        s = check_options(net, o, n, fn);
    if (s == FFNN_OK)
        s = check_split(net, y, n, o->validation_fraction, (int)u->split, fn);
    if (s == FFNN_OK)
        s = check_setup(net, u, n, fn);
    return s;
}

static void init_trainer(trainer *t, ffnn_net *net, const ffnn_comm *comm,
                         const float *x, const float *y, size_t n,
                         ffnn_train_setup *u)
{
    const ffnn_train_options *o = &u->options;
    size_t n_val = (size_t)lround(o->validation_fraction * (double)n);
    *t = (trainer){.net = net,
                   .comm = comm,
                   .x = x,
                   .y = y,
                   .n_train = n - n_val,
                   .n_val = n_val,
                   .n_in = net->sizes[0],
                   .n_out = net->sizes[net->n_layers],
                   .opt = o,
                   .setup = u,
                   .split = u->split};
    t->report.epochs = o->epochs;
    t->report.batches = (t->n_train + o->batch_size - 1) / o->batch_size;
    t->report.train_loss = t->report.train_accuracy = NAN;
    t->report.val_loss = t->report.val_accuracy = NAN;
}

static uint64_t double_bits(double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits;
}

/* Everything every rank must share for a data-parallel run: the network,
 * the options, the data and the position. */
static uint64_t run_fingerprint(const trainer *t, const ffnn_train_position *p)
{
    const ffnn_train_options *o = t->opt;
    const ffnn_train_setup *u = t->setup;
    uint32_t eta, fraction;
    memcpy(&eta, &o->learning_rate, sizeof eta);
    memcpy(&fraction, &o->validation_fraction, sizeof fraction);
    const uint64_t v[] = {o->batch_size,
                          o->epochs,
                          eta,
                          fraction,
                          o->seed,
                          o->shuffle != 0,
                          o->report_every,
                          t->split,
                          t->n_train,
                          t->n_val,
                          p->epoch,
                          p->batch,
                          p->rng,
                          p->seen,
                          p->correct,
                          double_bits(p->loss_sum),
                          u->schedule,
                          u->warmup_epochs,
                          u->step_epochs,
                          double_bits(u->step_factor),
                          double_bits(u->min_rate),
                          u->patience,
                          double_bits(u->min_delta),
                          u->monitor,
                          u->restore_best};
    uint64_t h = ffnn__architecture_fingerprint(t->net);
    h = ffnn__optimizer_fingerprint(t->net, h);
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        h = ffnn__fold(h, v[k]);
    size_t n = t->n_train + t->n_val;
    h = ffnn__fold_bytes(h, t->x, n * t->n_in * sizeof(float));
    h = ffnn__fold_bytes(h, u->sample_weights,
                         u->n_sample_weights * sizeof(float));
    h = ffnn__fold_bytes(h, u->class_weights,
                         u->n_class_weights * sizeof(float));
    return ffnn__fold_bytes(h, t->y, n * t->n_out * sizeof(float));
}

/* The replicas' weights and optimizer state, bit for bit. */
static uint64_t weights_fingerprint(const ffnn_net *net)
{
    size_t floats = net->n_floats * sizeof(float);
    size_t vectors = net->opt.v ? 2 : net->opt.m ? 1 : 0;
    uint64_t h = ffnn__fold_bytes(0, net->params, floats);
    return vectors ? ffnn__fold_bytes(h, net->opt.m, vectors * floats) : h;
}

/* Before a data-parallel run: every rank's checks passed, and what it
 * shares (weights 0: the run; 1: the weights) is the same. */
static ffnn_status agree_start(const trainer *t, ffnn_status s,
                               const ffnn_train_position *p, int weights)
{
    if (!t->comm || t->comm->size == 1)
        return s;
    ffnn__agreement a = {"ffnn_comm_train", 0, FFNN_ERR_SHAPE,
                         "the networks, options or data"};
    if (weights)
        a.mismatch = FFNN_ERR_STATE,
        a.differ = "the replicas' weights or optimizer state (call "
                   "ffnn_comm_broadcast first)";
    if (s == FFNN_OK)
        a.fingerprint =
            weights ? weights_fingerprint(t->net) : run_fingerprint(t, p);
    return ffnn__comm_agree(t->net, t->comm, s, &a, NULL, 0);
}

/* A run with patience continues one that watched from its start: past
 * its first epoch the network holds a best epoch (and, to restore them,
 * its weights), which the run's checkpoints carry. */
static ffnn_status check_position_for(const trainer *t,
                                      const ffnn_train_position *p)
{
    ffnn_status s = check_position(t, p);
    const ffnn_net *net = t->net;
    int watched =
        p->epoch == 0 || p->epoch >= t->opt->epochs ||
        (net->best.epoch > 0 && (net->best.params || !t->setup->restore_best));
    if (s == FFNN_OK && t->setup->patience > 0 && !watched)
        s = ffnn__fail(t->net, FFNN_ERR_STATE,
                       "ffnn_train_run: early stopping cannot continue this "
                       "run (at epoch %llu): %s",
                       (unsigned long long)p->epoch,
                       net->best.epoch ? "it did not keep its best weights "
                                         "(restore_best was 0)"
                                       : "it ran without early stopping, so "
                                         "it has no best epoch");
    return s;
}

/* The early stopping of the run continued from p: its best epoch so far
 * (none for a new run, or without patience), and whether it had already
 * stopped. */
static void resume_watch(trainer *t, const ffnn_train_position *p)
{
    ffnn_train_setup *u = t->setup;
    ffnn_net *net = t->net;
    if (u->patience == 0 || (p->epoch == 0 && p->batch == 0))
        ffnn__best_clear(net);
    if (!u->restore_best && net->best.params) {
        ffnn__free(net->best.params);
        net->best.params = NULL;
    }
    if (net->best.epoch == 0)
        return;
    u->best_epoch = (size_t)net->best.epoch;
    u->best_value = net->best.value;
    t->since_best = (size_t)(p->epoch - net->best.epoch);
    u->stopped_early = t->since_best >= u->patience;
}

/* Every training call, its arguments checked with status s: from the
 * network's position (the setup's resume), or from zero. */
static ffnn_status train_from(ffnn_net *net, const ffnn_comm *comm,
                              ffnn_status s, const float *x, const float *y,
                              size_t n, ffnn_train_setup *u,
                              ffnn_train_report *report)
{
    trainer t = {.net = net, .comm = comm};
    int restart = !u->resume;
    ffnn_train_position zero = {0};
    ffnn_train_position p = restart || s != FFNN_OK ? zero : net->position;
    ffnn__setup_reset_results(u);
    if (s == FFNN_OK) {
        init_trainer(&t, net, comm, x, y, n, u);
        s = check_position_for(&t, &p);
    }
    s = agree_start(&t, s, &p, 0);
    if (s != FFNN_OK) { /* on every rank alike */
        if (report && t.opt)
            *report = t.report;
        return s;
    }
    const ffnn_train_options *o = t.opt;
    if (restart)
        net->position = zero;
    resume_watch(&t, &p);
    t.rng = p.epoch == 0 && p.batch == 0 ? o->seed : p.rng;
    t.report.epoch = (size_t)p.epoch;
    if (p.epoch < o->epochs && !u->stopped_early)
        s = train_allocate(&t, y, n);
    s = agree_start(&t, s, &p, 1);
    for (size_t e = (size_t)p.epoch + 1;
         s == FFNN_OK && !u->stopped_early && e <= o->epochs; e++) {
        t.report.epoch = e;
        s = run_epoch(&t, e, e == p.epoch + 1 && p.batch > 0 ? &p : NULL);
        if (t.report.stopped || u->stopped_early)
            break;
    }
    if (s == FFNN_OK && !t.report.stopped)
        restore_best(&t);
    ffnn__free(t.rows);
    ffnn__free(t.bx);
    ffnn__free(t.vx);
    ffnn__free(t.row_c);
    if (report)
        *report = t.report;
    return s;
}

static const ffnn_train_options *
options_or_defaults(const ffnn_train_options *options,
                    ffnn_train_options *defaults)
{
    ffnn_train_defaults(defaults);
    return options ? options : defaults;
}

/* ffnn_train and ffnn_train_resume, and their data-parallel forms: a setup
 * of their arguments. */
static ffnn_status train_options(ffnn_net *net, const ffnn_comm *comm,
                                 const float *x, const float *y, size_t n,
                                 const ffnn_train_options *options,
                                 ffnn_validation_split split, int resume,
                                 ffnn_train_report *report, const char *fn)
{
    ffnn_train_options defaults;
    ffnn_train_setup u;
    ffnn__setup_from_options(&u, options_or_defaults(options, &defaults), split,
                             resume);
    ffnn_status s = check_call(net, x, y, n, &u, fn);
    if (!comm && s != FFNN_OK)
        return s;
    return train_from(net, comm, s, x, y, n, &u, report);
}

ffnn_status ffnn_train(ffnn_net *net, const float *x, const float *y, size_t n,
                       const ffnn_train_options *options,
                       ffnn_train_report *report)
{
    return train_options(net, NULL, x, y, n, options, FFNN_SPLIT_LAST, 0,
                         report, "ffnn_train");
}

ffnn_status ffnn_train_resume(ffnn_net *net, const float *x, const float *y,
                              size_t n, const ffnn_train_options *options,
                              ffnn_validation_split split,
                              ffnn_train_report *report)
{
    return train_options(net, NULL, x, y, n, options, split, 1, report,
                         "ffnn_train_resume");
}

ffnn_status ffnn_train_run(ffnn_net *net, ffnn_train_setup *setup,
                           const float *x, const float *y, size_t n,
                           ffnn_train_report *report)
{
    if (!setup)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_train_run: setup is NULL");
    ffnn_status s = check_call(net, x, y, n, setup, "ffnn_train_run");
    if (s != FFNN_OK)
        return s;
    return train_from(net, NULL, s, x, y, n, setup, report);
}

/* The data-parallel calls: every rank's checks, agreed by train_from. */
static ffnn_status comm_checks(ffnn_net *net, const ffnn_comm *comm,
                               const char *fn)
{
    ffnn_status s = ffnn__check_comm(net, comm, fn);
    if (s == FFNN_OK && !net)
        return ffnn__comm_absent(comm, 0, fn);
    return s;
}

ffnn_status ffnn_comm_train(ffnn_net *net, const ffnn_comm *comm,
                            const float *x, const float *y, size_t n,
                            const ffnn_train_options *options,
                            ffnn_train_report *report)
{
    const char *fn = "ffnn_comm_train";
    ffnn_status s = comm_checks(net, comm, fn);
    if (s != FFNN_OK)
        return s;
    return train_options(net, comm, x, y, n, options, FFNN_SPLIT_LAST, 0,
                         report, fn);
}

ffnn_status ffnn_comm_train_resume(ffnn_net *net, const ffnn_comm *comm,
                                   const float *x, const float *y, size_t n,
                                   const ffnn_train_options *options,
                                   ffnn_validation_split split,
                                   ffnn_train_report *report)
{
    const char *fn = "ffnn_comm_train_resume";
    ffnn_status s = comm_checks(net, comm, fn);
    if (s != FFNN_OK)
        return s;
    return train_options(net, comm, x, y, n, options, split, 1, report, fn);
}

ffnn_status ffnn_comm_train_run(ffnn_net *net, const ffnn_comm *comm,
                                ffnn_train_setup *setup, const float *x,
                                const float *y, size_t n,
                                ffnn_train_report *report)
{
    const char *fn = "ffnn_comm_train_run";
    ffnn_status s = comm_checks(net, comm, fn);
    if (s != FFNN_OK)
        return s;
    ffnn_train_options defaults;
    ffnn_train_setup absent; /* a NULL setup's stand-in, for the agreement */
    if (!setup) {
        ffnn__setup_from_options(&absent, options_or_defaults(NULL, &defaults),
                                 FFNN_SPLIT_LAST, 0);
        s = ffnn__fail(net, FFNN_ERR_ARG, "%s: setup is NULL", fn);
    } else {
        s = check_call(net, x, y, n, setup, fn);
    }
    return train_from(net, comm, s, x, y, n, setup ? setup : &absent, report);
}

ffnn_status ffnn_get_train_position(const ffnn_net *net,
                                    ffnn_train_position *out)
{
    if (!net || !out)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_get_train_position: %s is NULL",
                          net ? "out" : "net");
    *out = net->position;
    return FFNN_OK;
}

ffnn_status ffnn_set_train_position(ffnn_net *net,
                                    const ffnn_train_position *pos)
{
    if (!net || !pos)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_set_train_position: %s is NULL",
                          net ? "pos" : "net");
    ffnn_status s = ffnn__check_writable(net, "ffnn_set_train_position");
    /* A checkpoint must be able to store it, as decimal text. */
    if (s == FFNN_OK && !isfinite(pos->loss_sum))
        s = ffnn__fail(net, FFNN_ERR_ARG,
                       "ffnn_set_train_position: loss_sum must be finite");
    if (s == FFNN_OK)
        net->position = *pos;
    return s;
}
