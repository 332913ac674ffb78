/* names.c -- the names of the enumerations' values (ffnn.h, section 3): one
 * table per enumeration, indexed by value, which the model files, the
 * command and the bindings all read through these functions. */
#include "internal.h"

#include <stdio.h>

static const char *const activation_names[] = {
    "linear",     "sigmoid", "tanh", "relu", "softmax",
    "leaky_relu", "elu",     "gelu", "silu", "softplus"};
static const char *const loss_names[] = {"mse", "bce", "ce"};
static const char *const optimizer_names[] = {"sgd", "momentum", "nesterov",
                                              "adam"};
static const char *const backend_names[] = {"auto", "blas", "naive"};
static const char *const train_key_names[] = {
    "batch_size",    "epochs",
    "learning_rate", "validation_fraction",
    "seed",          "shuffle",
    "report_every",  "validation_split",
    "resume",        "schedule",
    "warmup_epochs", "step_epochs",
    "step_factor",   "min_learning_rate",
    "patience",      "min_delta",
    "monitor",       "restore_best"};
static const char *const schedule_names[] = {"constant", "step", "cosine"};
static const char *const monitor_names[] = {"val_loss", "val_accuracy",
                                            "train_loss"};

#define TABLE(kind, names)                                                     \
    {                                                                          \
        kind, names, sizeof names / sizeof names[0]                            \
    }
static const struct {
    const char *kind;
    const char *const *names;
    size_t count;
} tables[] = {
    [FFNN__NAMES_ACTIVATION] = TABLE("activation", activation_names),
    [FFNN__NAMES_LOSS] = TABLE("loss", loss_names),
    [FFNN__NAMES_OPTIMIZER] = TABLE("optimizer", optimizer_names),
    [FFNN__NAMES_BACKEND] = TABLE("backend", backend_names),
    [FFNN__NAMES_TRAIN_KEY] = TABLE("training option", train_key_names),
    [FFNN__NAMES_SCHEDULE] = TABLE("schedule", schedule_names),
    [FFNN__NAMES_MONITOR] = TABLE("monitor", monitor_names),
};

const char *ffnn__name(ffnn__names kind, int value)
{
    return value >= 0 && (size_t)value < tables[kind].count
               ? tables[kind].names[value]
               : NULL;
}

static int same_name(const char *name, size_t len, const char *known)
{
    return strncmp(name, known, len) == 0 && known[len] == '\0';
}

int ffnn__value_of(ffnn__names kind, const char *name, size_t len)
{
    for (size_t v = 0; v < tables[kind].count; v++)
        if (same_name(name, len, tables[kind].names[v]))
            return (int)v;
    return -1;
}

const char *ffnn__names_list(ffnn__names kind, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (size_t v = 0; v < tables[kind].count && used < size; v++)
        used += (size_t)snprintf(buffer + used, size - used, "%s%s",
                                 v ? "|" : "", tables[kind].names[v]);
    return buffer;
}

static ffnn_status from_name(ffnn__names kind, const char *fn, const char *name,
                             int *value)
{
    if (!name)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "%s: name is NULL", fn);
    *value = ffnn__value_of(kind, name, strlen(name));
    if (*value >= 0)
        return FFNN_OK;
    char known[320];
    return ffnn__fail(NULL, FFNN_ERR_ARG,
                      "%s: unknown %s \"%.40s\"; this ffnn %s knows %s", fn,
                      tables[kind].kind, name, FFNN_VERSION_STRING,
                      ffnn__names_list(kind, known, sizeof known));
}

/* The public pairs: the value goes through an int, since an enum's size is
 * the compiler's choice. */
#define NAME_FUNCTIONS(prefix, type, kind)                                     \
    const char *prefix##_name(int value)                                       \
    {                                                                          \
        return ffnn__name(kind, value);                                        \
    }                                                                          \
    ffnn_status prefix##_from_name(const char *name, type *out)                \
    {                                                                          \
        if (!out)                                                              \
            return ffnn__fail(NULL, FFNN_ERR_ARG,                              \
                              #prefix "_from_name: out is NULL");              \
        int value;                                                             \
        ffnn_status s = from_name(kind, #prefix "_from_name", name, &value);   \
        if (s == FFNN_OK)                                                      \
            *out = (type)value;                                                \
        return s;                                                              \
    }

NAME_FUNCTIONS(ffnn_activation, ffnn_activation, FFNN__NAMES_ACTIVATION)
NAME_FUNCTIONS(ffnn_loss, ffnn_loss_function, FFNN__NAMES_LOSS)
NAME_FUNCTIONS(ffnn_optimizer, ffnn_optimizer, FFNN__NAMES_OPTIMIZER)
NAME_FUNCTIONS(ffnn_backend, ffnn_backend, FFNN__NAMES_BACKEND)
NAME_FUNCTIONS(ffnn_train_key, ffnn_train_key, FFNN__NAMES_TRAIN_KEY)
NAME_FUNCTIONS(ffnn_schedule, ffnn_schedule, FFNN__NAMES_SCHEDULE)
NAME_FUNCTIONS(ffnn_monitor, ffnn_monitor, FFNN__NAMES_MONITOR)
