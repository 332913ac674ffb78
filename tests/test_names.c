/*
 * test_names.c -- the names of the enumerations' values (names.c): each
 * name the header lists maps to its value and back, unknown values and
 * names are refused cleanly, and model files carry the same names.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "ffnn.h"

/* ffnn.h's section 3, by value. */
static const char *const activations[] = {
    "linear",     "sigmoid", "tanh", "relu", "softmax",
    "leaky_relu", "elu",     "gelu", "silu", "softplus"};
static const char *const losses[] = {"mse", "bce", "ce"};
static const char *const optimizers[] = {"sgd", "momentum", "nesterov", "adam"};
static const char *const backends[] = {"auto", "blas", "naive"};

/* One enumeration's pair of functions, through int. */
typedef struct {
    const char *kind;
    const char *const *names;
    int count;
    const char *(*name)(int);
    ffnn_status (*from_name)(const char *, int *);
} names_case;

#define FROM_NAME(prefix, type)                                                \
    static ffnn_status prefix##_int(const char *name, int *out)                \
    {                                                                          \
        type value = out ? (type)*out : (type)0;                               \
        ffnn_status s = prefix##_from_name(name, out ? &value : NULL);         \
        if (out)                                                               \
            *out = (int)value;                                                 \
        return s;                                                              \
    }
FROM_NAME(ffnn_activation, ffnn_activation)
FROM_NAME(ffnn_loss, ffnn_loss_function)
FROM_NAME(ffnn_optimizer, ffnn_optimizer)
FROM_NAME(ffnn_backend, ffnn_backend)

static const names_case cases[] = {
    {"activation", activations, 10, ffnn_activation_name, ffnn_activation_int},
    {"loss", losses, 3, ffnn_loss_name, ffnn_loss_int},
    {"optimizer", optimizers, 4, ffnn_optimizer_name, ffnn_optimizer_int},
    {"backend", backends, 3, ffnn_backend_name, ffnn_backend_int},
};
#define N_CASES (sizeof cases / sizeof *cases)

static void test_every_name_round_trips(void **state)
{
    (void)state;
    for (size_t c = 0; c < N_CASES; c++) {
        const names_case *k = &cases[c];
        for (int v = 0; v < k->count; v++) {
            assert_string_equal(k->name(v), k->names[v]);
            int got = -7;
            assert_int_equal(k->from_name(k->names[v], &got), FFNN_OK);
            assert_int_equal(got, v);
        }
        /* No gaps and nothing past the last: a program can list them. */
        assert_null(k->name(k->count));
        assert_null(k->name(-1));
        assert_null(k->name(1000));
    }
}

static void test_unknown_names_are_refused(void **state)
{
    (void)state;
    const char *bad[] = {"",      "ReLU", "RELU", "rel",   "relux",   " relu",
                         "relu ", "sgd,", "Adam", "mse\n", "soft max"};
    for (size_t c = 0; c < N_CASES; c++) {
        const names_case *k = &cases[c];
        for (size_t b = 0; b < sizeof bad / sizeof *bad; b++) {
            int got = -7;
            assert_int_equal(k->from_name(bad[b], &got), FFNN_ERR_ARG);
            assert_int_equal(got, -7); /* unchanged */
            const char *msg = ffnn_last_error();
            assert_non_null(strstr(msg, "unknown"));
            assert_non_null(strstr(msg, k->kind));
            /* the message lists what is known */
            for (int v = 0; v < k->count; v++)
                assert_non_null(strstr(msg, k->names[v]));
        }
        int got = -7;
        assert_int_equal(k->from_name(NULL, &got), FFNN_ERR_ARG);
        assert_int_equal(got, -7);
        assert_non_null(strstr(ffnn_last_error(), "NULL"));
        assert_int_equal(k->from_name(k->names[0], NULL), FFNN_ERR_ARG);
        assert_non_null(strstr(ffnn_last_error(), "out is NULL"));
    }
}

/* A long unknown name is cut in the message, not copied whole. */
static void test_long_name_is_cut(void **state)
{
    (void)state;
    char name[4096];
    memset(name, 'x', sizeof name - 1);
    name[sizeof name - 1] = '\0';
    ffnn_activation got = FFNN_ACT_TANH;
    assert_int_equal(ffnn_activation_from_name(name, &got), FFNN_ERR_ARG);
    assert_int_equal(got, FFNN_ACT_TANH);
    assert_true(strlen(ffnn_last_error()) < 200);
}

/* The model file writes the library's names: a saved network's header
 * holds "activations": "tanh,softmax" and "loss": "ce", and an Adam
 * checkpoint "optimizer": "adam". */
static void test_files_carry_the_names(void **state)
{
    (void)state;
    size_t sizes[] = {3, 4, 2};
    ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 1),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    size_t size = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, &size), FFNN_OK);
    char *bytes = malloc(size + 1);
    assert_non_null(bytes);
    assert_int_equal(ffnn_save_checkpoint_buffer(net, bytes, size, &size),
                     FFNN_OK);
    bytes[size] = '\0';
    const char *header = bytes + 8; /* after the length */
    assert_non_null(strstr(header, "\"activations\":\"tanh,softmax\""));
    assert_non_null(strstr(header, "\"loss\":\"ce\""));
    assert_non_null(strstr(header, "\"optimizer\":\"adam\""));
    free(bytes);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_name_round_trips),
        cmocka_unit_test(test_unknown_names_are_refused),
        cmocka_unit_test(test_long_name_is_cut),
        cmocka_unit_test(test_files_carry_the_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
