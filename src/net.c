/* net.c -- network lifecycle and memory layout, and the accessors.
 *
 * Layout: one block holds the handle, its layer table and its widths; one
 * block holds all parameters followed by all gradients (each W_l and b_l on
 * a 64-byte boundary); one block holds the activation buffers for the
 * largest batch seen; optimizer state has its own block. */
#include "internal.h"

#include <limits.h>
#include <math.h>
#include <string.h>

/* ---- validation of a network description ---- */

static int valid_activation(int g)
{
    return g >= 0 && g <= FFNN_ACT_SOFTPLUS;
}

static ffnn_status check_widths(size_t n_layers, const size_t *sizes)
{
    for (size_t l = 0; l <= n_layers; l++) {
        if (sizes[l] == 0)
            return ffnn__fail(NULL, FFNN_ERR_SHAPE,
                              "ffnn_net_create: sizes[%zu] is 0", l);
        if (sizes[l] > INT_MAX)
            return ffnn__fail(
                NULL, FFNN_ERR_SHAPE,
                "ffnn_net_create: sizes[%zu] = %zu exceeds the BLAS range %d",
                l, sizes[l], INT_MAX);
    }
    return FFNN_OK;
}

static ffnn_status check_activations(size_t n_layers,
                                     const ffnn_activation *acts,
                                     ffnn_loss_function loss)
{
    for (size_t l = 0; l < n_layers; l++) {
        if (!valid_activation((int)acts[l]))
            return ffnn__fail(
                NULL, FFNN_ERR_ARG,
                "ffnn_net_create: activations[%zu] = %d is not an "
                "activation",
                l, (int)acts[l]);
        if (acts[l] == FFNN_ACT_SOFTMAX && l + 1 < n_layers)
            return ffnn__fail(NULL, FFNN_ERR_ARG,
                              "ffnn_net_create: activations[%zu]: SOFTMAX is "
                              "allowed on the "
                              "output layer only",
                              l);
    }
    ffnn_activation out = acts[n_layers - 1];
    if ((int)loss < 0 || (int)loss > FFNN_LOSS_CE)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_net_create: loss = %d is not a loss",
                          (int)loss);
    if (loss == FFNN_LOSS_CE && out != FFNN_ACT_SOFTMAX)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_net_create: FFNN_LOSS_CE needs a SOFTMAX "
                          "output layer");
    if (loss == FFNN_LOSS_BCE && out != FFNN_ACT_SIGMOID)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_net_create: FFNN_LOSS_BCE needs a SIGMOID "
                          "output layer");
    return FFNN_OK;
}

/* Padded float count of all W_l and b_l; 0 if it would overflow. */
static size_t param_floats(size_t n_layers, const size_t *sizes)
{
    size_t total = 0, w;
    for (size_t l = 1; l <= n_layers; l++) {
        if (ffnn__mul_overflows(sizes[l], sizes[l - 1], &w) ||
            w > SIZE_MAX - 2 * FFNN_ALIGN_FLOATS - sizes[l])
            return 0;
        size_t layer = ffnn__padded(w) + ffnn__padded(sizes[l]);
        if (layer > SIZE_MAX / (4 * sizeof(float)) - total)
            return 0; /* params + grads + 2 state vectors must fit */
        total += layer;
    }
    return total;
}

/* ---- construction ---- */

/* Allocate a handle with its parameter and gradient block, zeroed, wired. */
/* Wire the layer table onto a parameter block (and a gradient block, or
 * none for a shared view). */
static void wire_layers(ffnn_net *net, float *params, float *grads)
{
    net->params = params;
    net->grads = grads;
    size_t off = 0;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        L->n_in = net->sizes[l];
        L->n_out = net->sizes[l + 1];
        L->W = params + off;
        L->dW = grads ? grads + off : NULL;
        off += ffnn__padded(L->n_out * L->n_in);
        L->b = params + off;
        L->db = grads ? grads + off : NULL;
        off += ffnn__padded(L->n_out);
        L->w_bound = L->m_bound = L->v_bound = FFNN_BOUND_UNKNOWN;
        L->dw_bound = L->db_bound = FFNN_BOUND_UNKNOWN;
    }
}

/* A zeroed handle with its own parameters and gradients, or with borrowed
 * parameters (shared) and none. Activations are the caller's to set. */
static ffnn_status build(size_t n_layers, const size_t *sizes,
                         ffnn_loss_function loss, size_t n_floats,
                         float *shared, ffnn_net **out)
{
    size_t head = sizeof(ffnn_net) + n_layers * sizeof(ffnn__layer) +
                  (n_layers + 1) * sizeof(size_t);
    ffnn_net *net = ffnn__alloc(head);
    float *params = shared ? shared : ffnn__alloc(2 * n_floats * sizeof(float));
    if (!net || !params) {
        ffnn__free(net);
        if (!shared)
            ffnn__free(params);
        return ffnn__fail(NULL, FFNN_ERR_NOMEM,
                          "ffnn_net_create: cannot allocate a network of %zu "
                          "parameters",
                          n_floats);
    }
    memset(net, 0, head);
    if (!shared)
        memset(params, 0, 2 * n_floats * sizeof(float));
    net->layers = (ffnn__layer *)(net + 1);
    net->sizes = (size_t *)(net->layers + n_layers);
    memcpy(net->sizes, sizes, (n_layers + 1) * sizeof(size_t));
    net->n_layers = n_layers;
    net->loss = loss;
    net->backend = FFNN_BACKEND_AUTO;
    net->n_floats = n_floats;
    net->shared = shared != NULL;
    net->narrow = 1;
    for (size_t l = 0; l < n_layers; l++)
        net->narrow &= sizes[l] < FFNN_NARROW;
    ffnn__optimizer_init(&net->opt);
    wire_layers(net, params, shared ? NULL : params + n_floats);
    *out = net;
    return FFNN_OK;
}

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* He's initialisation is for these; Glorot's for the others. */
static int relu_family(ffnn_activation g)
{
    return g == FFNN_ACT_RELU || g >= FFNN_ACT_LEAKY_RELU;
}

/* Glorot / He uniform, as documented in ffnn.h. Every operation below is
 * exact or a single IEEE rounding, so the result is the same everywhere. */
static void init_weights(ffnn_net *net, uint64_t seed)
{
    uint64_t state = seed;
    for (size_t l = 0; l < net->n_layers; l++) {
        ffnn__layer *L = &net->layers[l];
        double fan = relu_family(L->act) ? (double)L->n_in
                                         : (double)(L->n_in + L->n_out);
        float r = (float)sqrt(6.0 / fan);
        for (size_t k = 0; k < L->n_out * L->n_in; k++) {
            float u = (float)(splitmix64(&state) >> 40) * 0x1p-24f;
            L->W[k] = (2.0f * u - 1.0f) * r;
        }
    }
}

ffnn_status ffnn_net_create(ffnn_net **out, size_t n_layers,
                            const size_t *sizes,
                            const ffnn_activation *activations,
                            ffnn_loss_function loss, uint64_t seed)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_net_create: out is NULL");
    *out = NULL;
    if (!sizes || !activations)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_net_create: %s is NULL",
                          sizes ? "activations" : "sizes");
    if (n_layers == 0)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_net_create: n_layers is 0");
    if (n_layers > (SIZE_MAX / 2) / (sizeof(ffnn__layer) + sizeof(size_t)))
        return ffnn__fail(NULL, FFNN_ERR_SHAPE,
                          "ffnn_net_create: n_layers = %zu is too large",
                          n_layers);
    ffnn_status s = check_widths(n_layers, sizes);
    if (s == FFNN_OK)
        s = check_activations(n_layers, activations, loss);
    if (s != FFNN_OK)
        return s;
    size_t n_floats = param_floats(n_layers, sizes);
    if (n_floats == 0)
        return ffnn__fail(NULL, FFNN_ERR_SHAPE,
                          "ffnn_net_create: the parameter count overflows "
                          "size_t");
    s = build(n_layers, sizes, loss, n_floats, NULL, out);
    if (s != FFNN_OK)
        return s;
    for (size_t l = 0; l < n_layers; l++)
        (*out)->layers[l].act = activations[l];
    init_weights(*out, seed);
    (*out)->dropout_seed = seed; /* the masks' stream, from the same seed */
    return FFNN_OK;
}

void ffnn_net_destroy(ffnn_net *net)
{
    if (!net)
        return;
    ffnn__free(net->opt.m);
    ffnn__free(net->best.params);
    ffnn__free(net->work);
    ffnn__free(net->in_scaling);
    ffnn__free(net->out_scaling);
    ffnn__metadata_free(net);
    if (!net->shared)
        ffnn__free(net->params);
    ffnn__free(net);
}

/* ---- activation buffers ---- */

/* Float count of the activation buffers for a batch; 0 on overflow. */
static size_t work_floats(const ffnn_net *net, size_t batch)
{
    size_t total = 0, n;
    for (size_t l = 0; l <= net->n_layers; l++) {
        if (ffnn__mul_overflows(batch, net->sizes[l], &n) ||
            n > SIZE_MAX / sizeof(float) / 8)
            return 0;
        /* the input; A, H and D (and M with dropout); and the
         * standardised targets */
        size_t buffers = l == 0 ? 1 : l == net->n_layers ? 4 : 3;
        buffers += l > 0 && net->layers[l - 1].dropout > 0.0f;
        if (buffers * ffnn__padded(n) > SIZE_MAX / sizeof(float) / 4 - total)
            return 0;
        total += buffers * ffnn__padded(n);
    }
    return total;
}

static void wire_work(ffnn_net *net, float *work, size_t batch)
{
    float *p = work;
    net->input = p;
    p += ffnn__padded(batch * net->sizes[0]);
    for (size_t l = 0; l < net->n_layers; l++) {
        size_t n = ffnn__padded(batch * net->layers[l].n_out);
        net->layers[l].A = p;
        net->layers[l].H = p + n;
        net->layers[l].D = p + 2 * n;
        p += 3 * n;
        net->layers[l].M = net->layers[l].dropout > 0.0f ? p : NULL;
        p += net->layers[l].M ? n : 0;
    }
    net->targets = p;
}

void ffnn__release_work(ffnn_net *net)
{
    ffnn__free(net->work);
    net->work = NULL;
    net->capacity = 0;
    net->flags &= ~(unsigned)(NET_HAS_OUTPUT | NET_FWD_CURRENT);
}

ffnn_status ffnn__reserve(ffnn_net *net, size_t batch)
{
    if (batch <= net->capacity)
        return FFNN_OK;
    if (batch > INT_MAX)
        return ffnn__fail(net, FFNN_ERR_SHAPE,
                          "batch = %zu exceeds the BLAS range %d", batch,
                          INT_MAX);
    size_t floats = work_floats(net, batch);
    if (floats == 0)
        return ffnn__fail(net, FFNN_ERR_SHAPE,
                          "batch = %zu: buffer sizes overflow size_t", batch);
    float *work = ffnn__alloc(floats * sizeof(float));
    if (!work)
        return ffnn__fail(net, FFNN_ERR_NOMEM,
                          "cannot allocate %zu bytes for a batch of %zu",
                          floats * sizeof(float), batch);
    /* The new buffers hold nothing of the last pass. */
    ffnn__free(net->work);
    net->work = work;
    net->capacity = batch;
    net->flags &= ~(unsigned)(NET_HAS_OUTPUT | NET_FWD_CURRENT);
    wire_work(net, work, batch);
    return FFNN_OK;
}

/* ---- clone ---- */

static ffnn_status clone_state(const ffnn_net *src, ffnn_net *dst)
{
    int vectors = src->opt.v ? 2 : src->opt.m ? 1 : 0;
    if (vectors) {
        size_t bytes = (size_t)vectors * src->n_floats * sizeof(float);
        float *state = ffnn__alloc(bytes);
        if (!state)
            return ffnn__fail(NULL, FFNN_ERR_NOMEM,
                              "cannot allocate optimizer state");
        memcpy(state, src->opt.m, bytes);
        dst->opt.m = state;
        dst->opt.v = vectors > 1 ? state + src->n_floats : NULL;
    }
    if (src->capacity) {
        if (ffnn__reserve(dst, src->capacity) != FFNN_OK)
            return ffnn__fail(NULL, FFNN_ERR_NOMEM,
                              "cannot allocate activation buffers");
        memcpy(dst->work, src->work,
               work_floats(src, src->capacity) * sizeof(float));
    }
    return FFNN_OK;
}

ffnn_status ffnn_net_clone(const ffnn_net *net, ffnn_net **out)
{
    if (!out)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_net_clone: out is NULL");
    *out = NULL;
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_net_clone: net is NULL");
    ffnn_net *copy;
    ffnn_status s =
        build(net->n_layers, net->sizes, net->loss, net->n_floats, NULL, &copy);
    if (s != FFNN_OK)
        return ffnn__fail(net, s, "%s", ffnn_last_error());
    for (size_t l = 0; l < net->n_layers; l++) {
        copy->layers[l].act = net->layers[l].act;
        copy->layers[l].dropout = net->layers[l].dropout;
    }
    copy->dropout_seed = net->dropout_seed;
    copy->n_dropout = net->n_dropout;
    copy->dropout_step = net->dropout_step;
    memcpy(copy->params, net->params, net->n_floats * sizeof(float));
    if (net->grads)
        memcpy(copy->grads, net->grads, net->n_floats * sizeof(float));
    ffnn__optimizer opt = net->opt;
    opt.m = opt.v = NULL;
    copy->opt = opt;
    copy->backend = net->backend;
    copy->position = net->position;
    s = clone_state(net, copy);
    if (s == FFNN_OK)
        s = ffnn__best_copy(net, copy);
    if (s == FFNN_OK && (ffnn__metadata_copy(net, copy) != FFNN_OK ||
                         ffnn__scaling_copy(net, copy) != FFNN_OK))
        s = FFNN_ERR_NOMEM;
    if (s != FFNN_OK) {
        ffnn_net_destroy(copy);
        return ffnn__fail(net, s, "%s", ffnn_last_error());
    }
    copy->flags = net->flags;
    copy->batch = net->batch;
    /* The maxima of the last pass, which the copied buffers hold and the
     * step bounds read (a clone's backward and step use them). */
    copy->input_max = net->input_max;
    for (size_t l = 0; l < net->n_layers; l++) {
        copy->layers[l].h_max = net->layers[l].h_max;
        copy->layers[l].d_max = net->layers[l].d_max;
    }
    *out = copy;
    return FFNN_OK;
}

size_t ffnn_net_memory(const ffnn_net *net)
{
    if (!net)
        return 0;
    size_t floats = net->shared ? 0 : 2 * net->n_floats; /* not a view's */
    floats += net->opt.v ? 2 * net->n_floats : net->opt.m ? net->n_floats : 0;
    floats += net->capacity ? work_floats(net, net->capacity) : 0;
    return sizeof(ffnn_net) + net->n_layers * sizeof(ffnn__layer) +
           (net->n_layers + 1) * sizeof(size_t) + floats * sizeof(float);
}

ffnn_status ffnn_net_share(const ffnn_net *net, ffnn_net **out)
{
    if (!out)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_net_share: out is NULL");
    *out = NULL;
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_net_share: net is NULL");
    ffnn_net *view;
    ffnn_status s = build(net->n_layers, net->sizes, net->loss, net->n_floats,
                          net->params, &view);
    if (s != FFNN_OK)
        return ffnn__fail(net, s, "ffnn_net_share: %s", ffnn_last_error());
    for (size_t l = 0; l < net->n_layers; l++) {
        view->layers[l].act = net->layers[l].act;
        view->layers[l].dropout = net->layers[l].dropout; /* for its file */
    }
    view->n_dropout = net->n_dropout;
    view->backend = net->backend;
    if (ffnn__scaling_copy(net, view) != FFNN_OK) { /* it is the model's */
        ffnn_net_destroy(view);
        return ffnn__fail(net, FFNN_ERR_NOMEM, "ffnn_net_share: out of memory");
    }
    *out = view;
    return FFNN_OK;
}
