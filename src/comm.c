/* comm.c -- data parallelism over the caller's collectives (ffnn.h section
 * 14): how the ranks agree, rank 0's network broadcast, and the step. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

/* ---- fingerprints: what must be equal on every rank ---- */

uint64_t ffnn__fold(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

uint64_t ffnn__fold_bytes(uint64_t h, const void *data, size_t bytes)
{
    /* Four lanes, so that the multiplies do not wait on each other. */
    uint64_t lane[4] = {h, h + 1, h + 2, h + 3}, w;
    const unsigned char *p = data;
    size_t k = 0;
    for (; k + 32 <= bytes; k += 32)
        for (int j = 0; j < 4; j++) {
            memcpy(&w, p + k + 8 * j, sizeof w);
            lane[j] = (lane[j] ^ w) * 0x9E3779B97F4A7C15ull;
        }
    for (int j = 0; j < 4; j++)
        h = ffnn__fold(h, lane[j]);
    for (; k < bytes; k++)
        h = ffnn__fold(h, p[k]);
    return ffnn__fold(h, bytes);
}

static uint64_t fold_float(uint64_t h, float f)
{
    uint32_t bits;
    memcpy(&bits, &f, sizeof bits);
    return ffnn__fold(h, bits);
}

uint64_t ffnn__architecture_fingerprint(const ffnn_net *net)
{
    uint64_t h = ffnn__fold(0x0ff22, net->n_layers);
    for (size_t l = 0; l <= net->n_layers; l++)
        h = ffnn__fold(h, net->sizes[l]);
    for (size_t l = 0; l < net->n_layers; l++)
        h = ffnn__fold(h, (uint64_t)net->layers[l].act);
    /* dropout is architecture too (ranks must drop alike) */
    for (size_t l = 0; net->n_dropout && l < net->n_layers; l++)
        h = fold_float(h, net->layers[l].dropout);
    return ffnn__fold(h, (uint64_t)net->loss);
}

uint64_t ffnn__optimizer_fingerprint(const ffnn_net *net, uint64_t h)
{
    const ffnn__optimizer *o = &net->opt;
    h = ffnn__fold(h, (uint64_t)o->kind);
    const float hyper[] = {o->momentum, o->beta1, o->beta2, o->epsilon,
                           o->weight_decay};
    for (size_t k = 0; k < sizeof hyper / sizeof *hyper; k++)
        h = fold_float(h, hyper[k]);
    /* The others count steps too, but no checkpoint keeps their count. */
    return o->kind == FFNN_OPT_ADAM ? ffnn__fold(h, o->t) : h;
}

/* ---- agreement ---- */

/* A sum of doubles carries, besides the caller's values, how many ranks
 * failed and two 20-bit parts f of a fingerprint with their squares: all
 * ranks' parts are equal exactly when sum f = N f and sum f^2 = N f^2 on
 * a rank (then sum (f_r - f)^2 = 0), which every rank tests on its own and
 * so concludes alike. Exact in doubles for fewer than 2^13 ranks. */
enum { FAILED, PART0, SQUARE0, PART1, SQUARE1, FIXED };
#define AGREE_MAX_VALUES 8

static int parts_agree(const double *sum, uint64_t fp, int size)
{
    double f0 = (double)(fp & 0xFFFFF), f1 = (double)((fp >> 20) & 0xFFFFF);
    return sum[PART0] == size * f0 && sum[SQUARE0] == size * f0 * f0 &&
           sum[PART1] == size * f1 && sum[SQUARE1] == size * f1 * f1;
}

static ffnn_status transport_failed(const ffnn_net *net, const char *fn)
{
    return ffnn__fail(net, FFNN_ERR_IO,
                      "%s: a collective of the communicator failed; the "
                      "replicas may differ",
                      fn);
}

/* The lowest failing rank's status, found 64 ranks at a time, then its
 * message broadcast: every rank returns the same failure. */
static ffnn_status report_failure(const ffnn_net *net, const ffnn_comm *c,
                                  ffnn_status mine, const char *fn)
{
    int failing = -1;
    double status[64];
    for (int base = 0; failing < 0 && base < c->size; base += 64) {
        memset(status, 0, sizeof status);
        if (c->rank >= base && c->rank - base < 64)
            status[c->rank - base] = (double)mine;
        if (c->sum_doubles(c->user, status, 64))
            return transport_failed(net, fn);
        for (int j = 0; failing < 0 && j < 64; j++)
            if (status[j] != 0)
                failing = base + j;
    }
    char message[sizeof net->error] = "";
    if (c->rank == failing)
        snprintf(message, sizeof message, "%s", ffnn_last_error());
    if (c->broadcast(c->user, message, sizeof message, failing))
        return transport_failed(net, fn);
    message[sizeof message - 1] = '\0';
    ffnn_status s = (ffnn_status)status[failing % 64];
    return ffnn__fail(net, s, "rank %d: %s", failing, message);
}

ffnn_status ffnn__comm_agree(const ffnn_net *net, const ffnn_comm *c,
                             ffnn_status mine, const ffnn__agreement *a,
                             double *values, size_t n)
{
    double sum[FIXED + AGREE_MAX_VALUES] = {0};
    double f0 = (double)(a->fingerprint & 0xFFFFF);
    double f1 = (double)((a->fingerprint >> 20) & 0xFFFFF);
    sum[FAILED] = mine != FFNN_OK;
    sum[PART0] = f0, sum[SQUARE0] = f0 * f0;
    sum[PART1] = f1, sum[SQUARE1] = f1 * f1;
    if (n)
        memcpy(sum + FIXED, values, n * sizeof *values);
    if (c->sum_doubles(c->user, sum, FIXED + n))
        return transport_failed(net, a->fn);
    if (sum[FAILED] > 0)
        return report_failure(net, c, mine, a->fn);
    if (!parts_agree(sum, a->fingerprint, c->size))
        return ffnn__fail(net, a->mismatch, "%s: the ranks differ: %s", a->fn,
                          a->differ);
    if (n)
        memcpy(values, sum + FIXED, n * sizeof *values);
    return FFNN_OK;
}

ffnn_status ffnn__comm_absent(const ffnn_comm *c, size_t n, const char *fn)
{
    ffnn_status s = ffnn__fail(NULL, FFNN_ERR_ARG, "%s: net is NULL", fn);
    if (c->size == 1)
        return s;
    double values[AGREE_MAX_VALUES] = {0};
    ffnn__agreement a = {fn, 0, FFNN_ERR_ARG, ""};
    return ffnn__comm_agree(NULL, c, s, &a, values, n);
}

ffnn_status ffnn__check_comm(const ffnn_net *net, const ffnn_comm *c,
                             const char *fn)
{
    if (!c || c->size < 1 || c->rank < 0 || c->rank >= c->size ||
        !c->sum_floats || !c->sum_doubles || !c->broadcast)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "%s: the communicator is NULL or incomplete, or its "
                          "rank is not in 0..size-1",
                          fn);
    return FFNN_OK;
}

/* ---- broadcast ---- */

/* Take rank 0's state, loaded into from, into net (same architecture). */
static void adopt(ffnn_net *net, ffnn_net *from)
{
    memcpy(net->params, from->params, net->n_floats * sizeof(float));
    ffnn__free(net->opt.m);
    net->opt = from->opt;
    from->opt.m = from->opt.v = NULL;
    ffnn__metadata_free(net);
    net->meta = from->meta, net->n_meta = from->n_meta;
    from->meta = NULL, from->n_meta = 0;
    net->position = from->position;
    ffnn__free(net->best.params);
    net->best = from->best;
    from->best.params = NULL;
    /* the masks' stream and step, so every rank draws what rank 0 would */
    net->dropout_seed = from->dropout_seed;
    net->dropout_step = from->dropout_step;
    ffnn__forget_bounds(net);
    net->flags &= ~(unsigned)(NET_FWD_CURRENT | NET_HAS_GRADS);
}

/* Rank 0's checkpoint into *buf, its size into *bytes. */
static ffnn_status serialise(const ffnn_net *net, void **buf, size_t *bytes)
{
    ffnn_status s = ffnn_save_checkpoint_buffer(net, NULL, 0, bytes);
    if (s == FFNN_OK && !(*buf = ffnn__alloc(*bytes)))
        s = ffnn__fail(net, FFNN_ERR_NOMEM,
                       "ffnn_comm_broadcast: cannot allocate %zu bytes",
                       *bytes);
    if (s == FFNN_OK)
        s = ffnn_save_checkpoint_buffer(net, *buf, *bytes, bytes);
    return s;
}

/* The broadcast proper, the ranks agreeing before each stage. */
static ffnn_status broadcast_state(ffnn_net *net, const ffnn_comm *c,
                                   ffnn_status s, ffnn__agreement *a,
                                   void **buf, ffnn_net **loaded)
{
    double bytes = 0;
    size_t size = 0;
    if (s == FFNN_OK && c->rank == 0)
        s = serialise(net, buf, &size);
    bytes = (double)size;
    s = ffnn__comm_agree(net, c, s, a, &bytes, 1);
    if (s != FFNN_OK)
        return s;
    size = (size_t)bytes;
    if (c->rank != 0 && !(*buf = ffnn__alloc(size)))
        s = ffnn__fail(net, FFNN_ERR_NOMEM,
                       "ffnn_comm_broadcast: cannot allocate %zu bytes", size);
    s = ffnn__comm_agree(net, c, s, a, NULL, 0);
    if (s == FFNN_OK && c->broadcast(c->user, *buf, size, 0))
        return transport_failed(net, a->fn);
    if (s == FFNN_OK && c->rank != 0)
        s = ffnn_load_buffer(*buf, size, loaded);
    return ffnn__comm_agree(net, c, s, a, NULL, 0);
}

ffnn_status ffnn_comm_broadcast(ffnn_net *net, const ffnn_comm *comm)
{
    const char *fn = "ffnn_comm_broadcast";
    ffnn_status s = ffnn__check_comm(net, comm, fn);
    if (s != FFNN_OK)
        return s;
    if (!net)
        return ffnn__comm_absent(comm, 1, fn);
    s = ffnn__check_writable(net, fn);
    ffnn__agreement a = {fn, ffnn__architecture_fingerprint(net),
                         FFNN_ERR_SHAPE, "the networks' architectures"};
    void *buf = NULL;
    ffnn_net *loaded = NULL;
    s = broadcast_state(net, comm, s, &a, &buf, &loaded);
    if (s == FFNN_OK && loaded)
        adopt(net, loaded);
    ffnn_net_destroy(loaded);
    ffnn__free(buf);
    return s;
}

/* ---- the data-parallel step ---- */

/* This rank's forward pass over its rows, with their summed loss and the
 * count of right predictions; the backward pass waits for the global
 * batch's size. */
static ffnn_status local_forward(ffnn_net *net, const float *x, const float *t,
                                 size_t rows, ffnn__batch_sums *mine,
                                 const char *fn)
{
    if (!x || !t)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          x ? "target" : "x");
    if (!ffnn__all_finite(t, rows * net->sizes[net->n_layers]))
        return ffnn__fail(net, FFNN_ERR_NUMERIC,
                          "%s: target contains NaN or infinity", fn);
    ffnn_status s = ffnn_forward(net, x, rows, NULL);
    if (s != FFNN_OK)
        return s;
    const ffnn__layer *out = &net->layers[net->n_layers - 1];
    t = ffnn__targets(net, t, rows);
    float loss = (float)ffnn__loss_mean(net->loss, out->act, rows, out->n_out,
                                        out->A, out->H, t);
    mine->loss_sum = (double)loss * (double)rows;
    mine->correct = (double)ffnn__count_correct(out->H, t, rows, out->n_out);
    return FFNN_OK;
}

/* The bounds of the summed gradients, for the step's proof: the sum of
 * the ranks' bounds (|sum g_r| <= sum |g_r|), widened by the rounding of
 * the float sum, (N - 1) ulps at most; 64 values a collective, so nothing
 * is allocated. Ranks without rows add 0. */
static int reduce_bounds(ffnn_net *net, const ffnn_comm *c, size_t rows)
{
    double bound[64];
    float widen = 1.0f + (float)(c->size + 1) * 0x1p-23f;
    for (size_t first = 0; first < net->n_layers; first += 32) {
        size_t n = net->n_layers - first < 32 ? net->n_layers - first : 32;
        for (size_t l = 0; l < n; l++) {
            const ffnn__layer *L = &net->layers[first + l];
            bound[2 * l] = rows ? (double)L->dw_bound : 0.0;
            bound[2 * l + 1] = rows ? (double)L->db_bound : 0.0;
        }
        if (c->sum_doubles(c->user, bound, 2 * n))
            return 1;
        for (size_t l = 0; l < n; l++) {
            ffnn__layer *L = &net->layers[first + l];
            L->dw_bound = (float)bound[2 * l] * widen;
            L->db_bound = (float)bound[2 * l + 1] * widen;
        }
    }
    return 0;
}

/* What reduce_layer needs besides the layer. */
typedef struct {
    const ffnn_comm *comm;
    size_t rows;
} layer_sum;

/* Layer l's share of the gradients (zero without rows), summed over the
 * ranks: W_l's and b_l's, one span with the padding between them. */
static int reduce_layer(void *ctx, ffnn_net *net, size_t l)
{
    const layer_sum *sum = ctx;
    ffnn__layer *L = &net->layers[l];
    size_t n = (size_t)(L->db - L->dW) + L->n_out;
    if (sum->rows)
        ffnn__layer_gradients(net, l);
    else
        memset(L->dW, 0, n * sizeof *L->dW);
    return sum->comm->sum_floats(sum->comm->user, L->dW, n);
}

/* The step of the global batch: every rank's share of the gradient of its
 * mean loss (its rows' summed loss over G: the weighting b_r / G is the
 * loss gradient's divisor and costs no pass), summed and applied layer by
 * layer as ffnn_train_step applies its own, once the summed bounds prove
 * the step. 0 if refused (nothing changed), -1 if the transport failed. */
static int reduce_and_step(ffnn_net *net, const ffnn_comm *c, const float *t,
                           size_t rows, double total, float eta)
{
    if (rows)
        ffnn__deltas_share(net, t, (size_t)total);
    if (reduce_bounds(net, c, rows))
        return -1;
    layer_sum sum = {c, rows};
    return ffnn__step_by_layer(net, eta, reduce_layer, &sum);
}

/* One rank: ffnn_train_step itself. */
static ffnn_status single_step(ffnn_net *net, const float *x, const float *t,
                               size_t rows, float eta, ffnn__batch_sums *out)
{
    float loss;
    ffnn_status s = ffnn_train_step(net, x, t, rows, eta, &loss);
    if (s != FFNN_OK)
        return s;
    const ffnn__layer *L = &net->layers[net->n_layers - 1];
    out->rows = (double)rows;
    out->loss_sum = (double)loss * (double)rows;
    out->correct = (double)ffnn__count_correct(L->H, t, rows, L->n_out);
    return FFNN_OK;
}

ffnn_status ffnn__comm_step(ffnn_net *net, const ffnn_comm *c, const float *x,
                            const float *t, size_t rows, float eta,
                            ffnn__batch_sums *out, const char *fn)
{
    if (!c || c->size == 1)
        return single_step(net, x, t, rows, eta, out);
    ffnn__batch_sums sums = {(double)rows, 0, 0};
    ffnn_status s = ffnn__check_writable(net, fn);
    if (s == FFNN_OK && (!(eta >= 0.0f) || isinf(eta)))
        s = ffnn__fail(net, FFNN_ERR_ARG,
                       "%s: learning rate must be finite and >= 0", fn);
    net->training = 1; /* dropout draws in the forward pass and deltas */
    if (s == FFNN_OK && rows > 0)
        s = local_forward(net, x, t, rows, &sums, fn);
    uint64_t h = ffnn__architecture_fingerprint(net);
    ffnn__agreement a = {
        fn, fold_float(ffnn__optimizer_fingerprint(net, h), eta),
        FFNN_ERR_SHAPE, "architecture, optimizer or learning rate"};
    double v[3] = {sums.rows, sums.loss_sum, sums.correct};
    s = ffnn__comm_agree(net, c, s, &a, v, 3);
    sums = (ffnn__batch_sums){v[0], v[1], v[2]};
    if (s == FFNN_OK && sums.rows == 0)
        s = ffnn__fail(net, FFNN_ERR_SHAPE, "%s: no rank has rows", fn);
    const float *ts = s == FFNN_OK && rows ? ffnn__targets(net, t, rows) : t;
    int stepped =
        s == FFNN_OK ? reduce_and_step(net, c, ts, rows, sums.rows, eta) : 0;
    net->training = 0;
    net->dropout_step += stepped > 0; /* on every rank alike */
    if (stepped < 0)
        s = transport_failed(net, fn);
    else if (s == FFNN_OK && stepped == 0)
        s = ffnn__fail(net, FFNN_ERR_NUMERIC,
                       "%s: the step would make weights NaN or infinite "
                       "(learning rate too large?); weights unchanged",
                       fn);
    if (s != FFNN_OK) {
        net->flags &= ~(unsigned)NET_HAS_GRADS;
        return s;
    }
    net->flags &= ~(unsigned)NET_FWD_CURRENT;
    *out = sums;
    return FFNN_OK;
}

ffnn_status ffnn_comm_train_step(ffnn_net *net, const ffnn_comm *comm,
                                 const float *x, const float *target,
                                 size_t rows, float learning_rate, float *loss)
{
    const char *fn = "ffnn_comm_train_step";
    ffnn_status s = ffnn__check_comm(net, comm, fn);
    if (s != FFNN_OK)
        return s;
    if (!net)
        return ffnn__comm_absent(comm, 3, fn);
    ffnn__batch_sums sums;
    s = ffnn__comm_step(net, comm, x, target, rows, learning_rate, &sums, fn);
    if (s == FFNN_OK && loss)
        *loss = (float)(sums.loss_sum / sums.rows);
    return s;
}
