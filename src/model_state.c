/* model_state.c -- the optimizer, the training position and the user's keys
 * as __metadata__ strings. Numbers are decimal text that reads back to the
 * same value: 9 significant digits for a float, 17 for a double. */
#include "model_state.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

int ffnn__state_tensors(const ffnn_net *net, const char **names,
                        float **buffers)
{
    switch (net->opt.kind) {
    case FFNN_OPT_MOMENTUM:
    case FFNN_OPT_NESTEROV:
        names[0] = "momentum_buffer";
        buffers[0] = net->opt.m;
        return 1;
    case FFNN_OPT_ADAM:
        names[0] = "exp_avg", names[1] = "exp_avg_sq";
        buffers[0] = net->opt.m, buffers[1] = net->opt.v;
        return 2;
    default: return 0;
    }
}

/* ---- writing ---- */

static int set_text(json_t *meta, const char *key, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static int set_text(json_t *meta, const char *key, const char *format, ...)
{
    char text[64];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    return json_object_set_new(meta, key, json_string(text)) == 0;
}

static int optimizer_to_json(const ffnn__optimizer *o, json_t *meta)
{
    int ok = set_text(meta, "optimizer", "%s",
                      ffnn__name(FFNN__NAMES_OPTIMIZER, o->kind));
    ok &= set_text(meta, "optimizer.weight_decay", "%.9g",
                   (double)o->weight_decay);
    if (o->kind == FFNN_OPT_MOMENTUM || o->kind == FFNN_OPT_NESTEROV)
        ok &= set_text(meta, "optimizer.momentum", "%.9g", (double)o->momentum);
    if (o->kind == FFNN_OPT_ADAM) {
        ok &= set_text(meta, "optimizer.beta1", "%.9g", (double)o->beta1);
        ok &= set_text(meta, "optimizer.beta2", "%.9g", (double)o->beta2);
        ok &= set_text(meta, "optimizer.epsilon", "%.9g", (double)o->epsilon);
        ok &= set_text(meta, "optimizer.step", "%llu", o->t);
    }
    return ok;
}

int ffnn__state_to_json(const ffnn_net *net, json_t *meta)
{
    const ffnn_train_position *p = &net->position;
    int ok = optimizer_to_json(&net->opt, meta);
    ok &= set_text(meta, "train.epoch", "%llu", (unsigned long long)p->epoch);
    ok &= set_text(meta, "train.batch", "%llu", (unsigned long long)p->batch);
    ok &= set_text(meta, "train.rng", "%llu", (unsigned long long)p->rng);
    ok &= set_text(meta, "train.seen", "%llu", (unsigned long long)p->seen);
    ok &=
        set_text(meta, "train.correct", "%llu", (unsigned long long)p->correct);
    ok &= set_text(meta, "train.loss_sum", "%.17g", p->loss_sum);
    if (net->best.epoch) /* early stopping's, in a run with patience */
        ok &= set_text(meta, "train.best_epoch", "%llu",
                       (unsigned long long)net->best.epoch) &&
              set_text(meta, "train.best_value", "%.17g", net->best.value);
    return ok;
}

/* "dropout": the hidden layers' rates, 9 digits each (they read back to
 * the same float); "dropout_seed"; in checkpoints "dropout_step". */
int ffnn__dropout_to_json(const ffnn_net *net, json_t *meta, int with_state)
{
    if (!net->n_dropout)
        return 1;
    size_t cap = 18 * net->n_layers + 1, len = 0;
    char *rates = ffnn__alloc(cap);
    for (size_t l = 0; rates && l + 1 < net->n_layers; l++)
        len += (size_t)snprintf(rates + len, cap - len, "%s%.9g", l ? "," : "",
                                (double)net->layers[l].dropout);
    int ok = rates && net->n_layers > 1 &&
             json_object_set_new(meta, "dropout", json_string(rates)) == 0;
    ffnn__free(rates);
    ok = ok && set_text(meta, "dropout_seed", "%llu",
                        (unsigned long long)net->dropout_seed);
    return ok &&
           (!with_state || set_text(meta, "dropout_step", "%llu",
                                    (unsigned long long)net->dropout_step));
}

int ffnn__user_to_json(const ffnn_net *net, json_t *meta)
{
    int ok = 1;
    for (size_t k = 0; k < net->n_meta; k++)
        ok &= json_object_set_new(meta, net->meta[2 * k],
                                  json_string(net->meta[2 * k + 1])) == 0;
    return ok;
}

/* ---- reading ---- */

static ffnn_status bad_key(const char *key, const char *text)
{
    return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                      "ffnn_load: metadata \"%s\" is missing or not a number "
                      "(%.40s)",
                      key, text ? text : "absent");
}

static ffnn_status read_u64(json_t *meta, const char *key, uint64_t *out)
{
    const char *text = json_string_value(json_object_get(meta, key));
    char *end = NULL;
    errno = 0;
    unsigned long long v = text ? strtoull(text, &end, 10) : 0;
    if (!text || end == text || *end || errno || text[0] == '-' ||
        text[0] == '+' || text[0] == ' ')
        return bad_key(key, text);
    *out = v;
    return FFNN_OK;
}

static ffnn_status read_double(json_t *meta, const char *key, double *out)
{
    const char *text = json_string_value(json_object_get(meta, key));
    char *end = NULL;
    double v = text ? strtod(text, &end) : 0;
    if (!text || end == text || *end || !isfinite(v))
        return bad_key(key, text);
    *out = v;
    return FFNN_OK;
}

static ffnn_status read_float(json_t *meta, const char *key, float *out)
{
    double v = 0;
    ffnn_status s = read_double(meta, key, &v);
    *out = (float)v; /* the 9 digits were a float's: exact again */
    return s;
}

/* The optimizer through its public setters, which check every value. */
static ffnn_status install_optimizer(ffnn_net *net, int kind, json_t *meta)
{
    float mu = 0, b1 = 0, b2 = 0, eps = 0, decay = 0;
    ffnn_status s = read_float(meta, "optimizer.weight_decay", &decay);
    if (s == FFNN_OK &&
        (kind == FFNN_OPT_MOMENTUM || kind == FFNN_OPT_NESTEROV))
        s = read_float(meta, "optimizer.momentum", &mu);
    if (s == FFNN_OK && kind == FFNN_OPT_ADAM) {
        s = read_float(meta, "optimizer.beta1", &b1);
        if (s == FFNN_OK)
            s = read_float(meta, "optimizer.beta2", &b2);
        if (s == FFNN_OK)
            s = read_float(meta, "optimizer.epsilon", &eps);
    }
    if (s != FFNN_OK)
        return s;
    s = kind == FFNN_OPT_ADAM ? ffnn_set_optimizer_adam(net, b1, b2, eps)
        : kind == FFNN_OPT_SGD
            ? ffnn_set_optimizer_sgd(net)
            : ffnn_set_optimizer_momentum(net, mu, kind == FFNN_OPT_NESTEROV);
    if (s == FFNN_OK)
        s = ffnn_set_weight_decay(net, decay);
    if (s != FFNN_OK && s != FFNN_ERR_NOMEM)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT, "ffnn_load: bad optimizer: %s",
                          ffnn_last_error());
    return s;
}

static ffnn_status read_position(json_t *meta, ffnn_train_position *p)
{
    ffnn_status s = read_u64(meta, "train.epoch", &p->epoch);
    if (s == FFNN_OK)
        s = read_u64(meta, "train.batch", &p->batch);
    if (s == FFNN_OK)
        s = read_u64(meta, "train.rng", &p->rng);
    if (s == FFNN_OK)
        s = read_u64(meta, "train.seen", &p->seen);
    if (s == FFNN_OK)
        s = read_u64(meta, "train.correct", &p->correct);
    if (s == FFNN_OK)
        s = read_double(meta, "train.loss_sum", &p->loss_sum);
    return s;
}

/* Early stopping's best epoch, one the position has completed. */
static ffnn_status read_best(json_t *meta, ffnn_net *net)
{
    uint64_t epoch = 0;
    ffnn_status s = read_u64(meta, "train.best_epoch", &epoch);
    if (s == FFNN_OK && (epoch == 0 || epoch > net->position.epoch))
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "ffnn_load: metadata \"train.best_epoch\" (%llu) is "
                          "not an epoch the run has done (1..%llu)",
                          (unsigned long long)epoch,
                          (unsigned long long)net->position.epoch);
    if (s == FFNN_OK)
        s = read_double(meta, "train.best_value", &net->best.value);
    net->best.epoch = s == FFNN_OK ? epoch : 0;
    return s;
}

ffnn_status ffnn__state_from_json(json_t *meta, ffnn_net *net)
{
    const char *name = json_string_value(json_object_get(meta, "optimizer"));
    if (!name)
        return FFNN_OK; /* a model file */
    int kind = ffnn__value_of(FFNN__NAMES_OPTIMIZER, name, strlen(name));
    char known[64];
    if (kind < 0)
        return ffnn__fail(
            NULL, FFNN_ERR_FORMAT,
            "ffnn_load: unknown optimizer \"%.40s\" (this ffnn "
            "%s knows %s)",
            name, FFNN_VERSION_STRING,
            ffnn__names_list(FFNN__NAMES_OPTIMIZER, known, sizeof known));
    ffnn_status s = install_optimizer(net, kind, meta);
    uint64_t step = 0;
    if (s == FFNN_OK && kind == FFNN_OPT_ADAM)
        s = read_u64(meta, "optimizer.step", &step);
    net->opt.t = step;
    ffnn_train_position p = {0};
    if (s == FFNN_OK)
        s = read_position(meta, &p);
    net->position = p;
    if (s == FFNN_OK && json_object_get(meta, "train.best_epoch"))
        s = read_best(meta, net);
    return s;
}

/* One rate in [0, 1) per hidden layer; the seed; the step, which only
 * checkpoints hold (0 without). */
ffnn_status ffnn__dropout_from_json(json_t *meta, ffnn_net *net)
{
    json_t *v = json_object_get(meta, "dropout");
    if (!v)
        return FFNN_OK;
    const char *rates = json_string_value(v), *p = rates ? rates : "";
    for (size_t l = 0; l + 1 < net->n_layers; l++) {
        char *end;
        errno = 0;
        float r = strtof(p, &end);
        int last = l + 2 == net->n_layers;
        if (errno || end == p || !(r >= 0.0f && r < 1.0f) ||
            *end != (last ? '\0' : ','))
            return bad_key("dropout", rates);
        net->layers[l].dropout = r;
        p = end + 1;
    }
    if (net->n_layers < 2)
        return bad_key("dropout", rates);
    ffnn__count_dropout(net);
    ffnn_status s = read_u64(meta, "dropout_seed", &net->dropout_seed);
    if (s == FFNN_OK && json_object_get(meta, "dropout_step"))
        s = read_u64(meta, "dropout_step", &net->dropout_step);
    return s;
}

ffnn_status ffnn__user_from_json(json_t *meta, ffnn_net *net)
{
    const char *key;
    json_t *value;
    json_object_foreach(meta, key, value)
    {
        if (strncmp(key, "user.", 5) != 0 || !json_is_string(value))
            continue;
        ffnn_status s = ffnn_set_metadata(net, key, json_string_value(value));
        if (s != FFNN_OK)
            return s == FFNN_ERR_NOMEM
                       ? s
                       : ffnn__fail(NULL, FFNN_ERR_FORMAT,
                                    "ffnn_load: metadata key \"%.40s\": %s",
                                    key, ffnn_last_error());
    }
    return FFNN_OK;
}
