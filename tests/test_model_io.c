/*
 * test_model_io.c -- model files (ffnn.h section 11): round trips through a
 * file and a buffer, the safetensors bytes read without the loader, files
 * written by hand, and a loader that refuses every damaged or hostile file
 * with FFNN_ERR_FORMAT, a NULL network and a message naming the fault.
 *
 * Every crafted file is loaded from a heap block of exactly its size, so
 * AddressSanitizer catches any read past the end. Every ffnn allocation goes
 * through a capped allocator, so a loader that believes a hostile size fails
 * a check here instead of exhausting the machine (or aborting under ASan).
 * Expected values come from the format in ffnn.h and the safetensors layout,
 * never from the library's own output.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"
#include "reference.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- a capped allocator for every test --------------------------------- */

#define CAP_BYTES ((size_t)64 << 20) /* far above any network made here */

static size_t cap_refused; /* blocks refused since the start */

static void *capped_alloc(void *user, size_t size)
{
    (void)user;
    if (size > CAP_BYTES) {
        cap_refused++;
        return NULL;
    }
    return malloc(size);
}

static void capped_free(void *user, void *p)
{
    (void)user;
    free(p);
}

static char tmpdir[64];

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ffnn_test_model_io_XXXXXX");
    if (!mkdtemp(tmpdir))
        return -1;
    return ffnn_set_allocator(capped_alloc, capped_free, NULL) == FFNN_OK ? 0
                                                                          : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    ffnn_set_allocator(NULL, NULL, NULL);
    rmdir(tmpdir); /* every test removes its own files */
    return 0;
}

static void tmp_path(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
}

/* ---- little-endian bytes, whatever the host ----------------------------- */

static void put_le64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++)
        p[k] = (unsigned char)(v >> 8 * k);
}

static uint64_t get_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = v << 8 | p[k];
    return v;
}

static void put_u32(unsigned char *p, uint32_t u)
{
    for (int k = 0; k < 4; k++)
        p[k] = (unsigned char)(u >> 8 * k);
}

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static uint32_t float_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static void put_f32(unsigned char *p, float f)
{
    put_u32(p, float_bits(f));
}

/* A safetensors file: the header length, json (padded with spaces to a
 * multiple of 8 if pad), data_len bytes of data, then extra zero bytes.
 * Free with free(). */
static unsigned char *build_file(const char *json, int pad,
                                 const unsigned char *data, size_t data_len,
                                 size_t extra, size_t *size)
{
    size_t n = strlen(json), padded = pad ? (n + 7) / 8 * 8 : n;
    *size = 8 + padded + data_len + extra;
    unsigned char *f = malloc(*size);
    assert_non_null(f);
    put_le64(f, padded);
    memcpy(f + 8, json, n);
    memset(f + 8 + n, ' ', padded - n);
    if (data_len)
        memcpy(f + 8 + padded, data, data_len);
    memset(f + 8 + padded + data_len, 0, extra);
    return f;
}

/* text with the first occurrence of find replaced; malloc'd. A find that
 * is not there is a typo in a table, not a pass. */
static char *replace_first(const char *text, const char *find, const char *with)
{
    const char *at = strstr(text, find);
    if (!at)
        print_error("edit \"%s\" not found\n", find);
    assert_non_null(at);
    size_t head = (size_t)(at - text), nf = strlen(find), nw = strlen(with);
    char *out = malloc(strlen(text) - nf + nw + 1);
    assert_non_null(out);
    memcpy(out, text, head);
    memcpy(out + head, with, nw);
    strcpy(out + head + nw, at + nf);
    return out;
}

/* ---- loading and judging --------------------------------------------- */

static int not_set_marker;
#define NOT_SET ((ffnn_net *)(void *)&not_set_marker)

/* Leave a message in ffnn_last_error() that no load produces, so the text
 * read after a load is that load's own. */
static void prime_last_error(void)
{
    assert_int_equal(ffnn_net_create(NULL, 1, NULL, NULL, FFNN_LOSS_MSE, 0),
                     FFNN_ERR_ARG);
    assert_null(strstr(ffnn_last_error(), "ffnn_load"));
}

/* Load size bytes from a heap copy of exactly that size. *out starts as a
 * non-NULL marker, so a failure that forgets to clear it shows. msg gets a
 * copy of ffnn_last_error(). */
static ffnn_status load_exact(const unsigned char *bytes, size_t size,
                              ffnn_net **out, char msg[256])
{
    static unsigned char none; /* if malloc(0) gives NULL */
    unsigned char *copy = malloc(size);
    assert_true(copy != NULL || size == 0);
    if (size)
        memcpy(copy, bytes, size);
    prime_last_error();
    *out = NOT_SET;
    ffnn_status s = ffnn_load_buffer(copy ? copy : &none, size, out);
    snprintf(msg, 256, "%s", ffnn_last_error());
    free(copy);
    return s;
}

/* The load must fail with want, leave *out NULL, and say so in a message
 * from the loader holding word (and word2). Reports and returns 0 if not,
 * so a table runs to the end and lists every failing case. */
static int check_rejected(const unsigned char *file, size_t size,
                          ffnn_status want, const char *word, const char *word2,
                          const char *label)
{
    char msg[256];
    ffnn_net *net;
    ffnn_status s = load_exact(file, size, &net, msg);
    int ok = s == want && net == NULL && strstr(msg, "ffnn_load") &&
             (!word || strstr(msg, word)) && (!word2 || strstr(msg, word2));
    if (!ok)
        print_error("%s: status %d, out %s, message \"%s\"; want status %d "
                    "and \"%s\" \"%s\"\n",
                    label, (int)s,
                    net == NULL      ? "NULL"
                    : net == NOT_SET ? "untouched"
                                     : "set",
                    msg, (int)want, word ? word : "", word2 ? word2 : "");
    if (s == FFNN_OK && net != NOT_SET)
        ffnn_net_destroy(net);
    return ok;
}

/* A file with a tensor ffnn ignores loads as the hand network. */
static void assert_is_hand_net(ffnn_net *net);
static int check_ignored(const unsigned char *file, size_t size,
                         const char *label)
{
    char msg[256];
    ffnn_net *net;
    ffnn_status s = load_exact(file, size, &net, msg);
    if (s != FFNN_OK) {
        print_error("%s: status %d, message \"%s\"; want it ignored\n", label,
                    (int)s, msg);
        return 0;
    }
    assert_is_hand_net(net);
    ffnn_net_destroy(net);
    return 1;
}

static int all_finite(const float *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!isfinite(v[k]))
            return 0;
    return 1;
}

/* A network a mutated file produced: sane widths and activations, exactly
 * the parameters the data section holds, finite weights, a working forward
 * pass with finite outputs. */
static int well_formed(ffnn_net *net, size_t data_bytes)
{
    size_t L = ffnn_net_num_layers(net), params = 0;
    if (L == 0 || L > 16)
        return 0;
    for (size_t l = 1; l <= L; l++) {
        size_t n = ffnn_net_layer_size(net, l),
               m = ffnn_net_layer_size(net, l - 1);
        int g = ffnn_net_activation(net, l);
        if (n == 0 || m == 0 || n > 4096 || m > 4096 || g < 0 ||
            g > FFNN_ACT_SOFTMAX)
            return 0;
        params += n * (m + 1);
        float *W = malloc(n * m * sizeof *W), *b = malloc(n * sizeof *b);
        int ok = W && b && ffnn_get_layer(net, l, W, b) == FFNN_OK &&
                 all_finite(W, n * m) && all_finite(b, n);
        free(W);
        free(b);
        if (!ok)
            return 0;
    }
    if (4 * params != data_bytes || params != ffnn_net_num_params(net))
        return 0;
    size_t n0 = ffnn_net_layer_size(net, 0), nL = ffnn_net_layer_size(net, L);
    float *x = calloc(n0, sizeof *x), *y = malloc(nL * sizeof *y);
    int ok =
        x && y && ffnn_forward(net, x, 1, y) == FFNN_OK && all_finite(y, nL);
    free(x);
    free(y);
    return ok;
}

/* The same architecture and bit-identical weights; 1 if so. */
static int same_net(const ffnn_net *a, const ffnn_net *b)
{
    size_t L = ffnn_net_num_layers(a);
    if (ffnn_net_num_layers(b) != L ||
        ffnn_net_loss_function(a) != ffnn_net_loss_function(b))
        return 0;
    for (size_t l = 0; l <= L; l++)
        if (ffnn_net_layer_size(a, l) != ffnn_net_layer_size(b, l) ||
            (l && ffnn_net_activation(a, l) != ffnn_net_activation(b, l)))
            return 0;
    for (size_t l = 1; l <= L; l++) {
        size_t n = ffnn_net_layer_size(a, l), m = ffnn_net_layer_size(a, l - 1);
        float *Wa = malloc(n * m * sizeof(float)),
              *Wb = malloc(n * m * sizeof(float));
        float *ba = malloc(n * sizeof(float)), *bb = malloc(n * sizeof(float));
        int same = Wa && Wb && ba && bb &&
                   ffnn_get_layer(a, l, Wa, ba) == FFNN_OK &&
                   ffnn_get_layer(b, l, Wb, bb) == FFNN_OK &&
                   memcmp(Wa, Wb, n * m * sizeof(float)) == 0 &&
                   memcmp(ba, bb, n * sizeof(float)) == 0;
        free(Wa);
        free(Wb);
        free(ba);
        free(bb);
        if (!same)
            return 0;
    }
    return 1;
}

/* For one-byte mutations of original's file, which may or may not break
 * it: FORMAT with a NULL network and a loader message, or OK with a whole
 * network. No single byte turns one valid ffnn header into another naming a
 * different network (a width, name or offset changed alone no longer fits
 * the rest), so a network that loads must be the original. */
static int fails_cleanly_or_loads_original(const unsigned char *file,
                                           size_t size,
                                           const ffnn_net *original,
                                           size_t *n_ok, const char *label)
{
    char msg[256];
    ffnn_net *net;
    ffnn_status s = load_exact(file, size, &net, msg);
    int ok;
    if (s == FFNN_OK) {
        ++*n_ok;
        size_t data = size - 8 - (size_t)get_le64(file); /* N fit: it loaded */
        ok = net != NULL && net != NOT_SET && well_formed(net, data) &&
             same_net(net, original);
        if (net != NOT_SET)
            ffnn_net_destroy(net);
    } else {
        ok = s == FFNN_ERR_FORMAT && net == NULL && strstr(msg, "ffnn_load");
    }
    if (!ok)
        print_error("%s: status %d, message \"%s\"\n", label, (int)s, msg);
    return ok;
}

/* ---- architectures ----------------------------------------------------- */

typedef struct {
    size_t n_layers;
    size_t sizes[4];
    ffnn_activation acts[3];
    ffnn_loss_function loss;
} arch;

static const char *const act_name[] = {"linear",  "sigmoid",    "tanh", "relu",
                                       "softmax", "leaky_relu", "elu",  "gelu",
                                       "silu",    "softplus"};
static const char *const loss_name[] = {"mse", "bce", "ce"};

/* Depths 1-3 with every allowed output/loss pair; the hidden layers cycle
 * through every hidden activation. */
static size_t all_archs(arch *out)
{
    static const size_t widths[] = {4, 5, 6};
    size_t n = 0;
    for (size_t depth = 1; depth <= 3; depth++)
        for (size_t c = 0; c < REF_N_OUT; c++) {
            arch *a = &out[n++];
            a->n_layers = depth;
            for (size_t l = 0; l < depth; l++)
                a->sizes[l] = widths[l];
            a->sizes[depth] = 3;
            for (size_t l = 0; l + 1 < depth; l++)
                a->acts[l] = ref_hidden_acts[(c + l) % REF_N_HIDDEN];
            a->acts[depth - 1] = ref_out_combos[c].out;
            a->loss = ref_out_combos[c].loss;
        }
    return n;
}

static size_t arch_params(const arch *a)
{
    size_t p = 0;
    for (size_t l = 1; l <= a->n_layers; l++)
        p += a->sizes[l] * (a->sizes[l - 1] + 1);
    return p;
}

static ffnn_net *make_net(const arch *a, uint64_t seed)
{
    ffnn_net *net = NULL;
    assert_int_equal(
        ffnn_net_create(&net, a->n_layers, a->sizes, a->acts, a->loss, seed),
        FFNN_OK);
    return net;
}

/* The network of the byte-level checks: 4-5-3-2, relu/tanh/softmax, CE;
 * sum_l n_l (n_{l-1} + 1) = 5*5 + 3*6 + 2*4 = 51 parameters. */
static const arch arch4532 = {3,
                              {4, 5, 3, 2},
                              {FFNN_ACT_RELU, FFNN_ACT_TANH, FFNN_ACT_SOFTMAX},
                              FFNN_LOSS_CE};
#define ARCH4532_PARAMS 51

#define MAX_W 64 /* largest n_l * n_{l-1} of the networks compared here */

static void assert_arch(const ffnn_net *net, const arch *a)
{
    assert_int_equal(ffnn_net_num_layers(net), a->n_layers);
    assert_int_equal(ffnn_net_loss_function(net), a->loss);
    for (size_t l = 0; l <= a->n_layers; l++)
        assert_int_equal(ffnn_net_layer_size(net, l), a->sizes[l]);
    for (size_t l = 1; l <= a->n_layers; l++)
        assert_int_equal(ffnn_net_activation(net, l), a->acts[l - 1]);
}

/* Forward passes of the same batch give the same bits. */
static void assert_same_outputs(ffnn_net *a, ffnn_net *b, uint64_t seed)
{
    enum { BATCH = 5 };
    size_t n0 = ffnn_net_layer_size(a, 0),
           nL = ffnn_net_layer_size(a, ffnn_net_num_layers(a));
    float x[BATCH * 8], ya[BATCH * 8], yb[BATCH * 8];
    assert_true(n0 <= 8 && nL <= 8);
    ref_fill_uniform_f(x, BATCH * n0, &seed, -2.0, 2.0);
    assert_int_equal(ffnn_forward(a, x, BATCH, ya), FFNN_OK);
    assert_int_equal(ffnn_forward(b, x, BATCH, yb), FFNN_OK);
    assert_memory_equal(ya, yb, BATCH * nL * sizeof(float));
}

/* Values whose bits a lossy writer would change: -0, a subnormal, 0.1 (not
 * a binary fraction), the float just above 1. */
static void plant_awkward_values(ffnn_net *net)
{
    size_t n = ffnn_net_layer_size(net, 1), m = ffnn_net_layer_size(net, 0);
    float W[MAX_W], b[MAX_W];
    assert_true(n * m >= 3 && n * m <= MAX_W);
    assert_int_equal(ffnn_get_layer(net, 1, W, b), FFNN_OK);
    W[0] = -0.0f;
    W[1] = 1e-40f;
    W[2] = 0.1f;
    b[0] = nextafterf(1.0f, 2.0f);
    b[n - 1] = -1e-45f;
    assert_int_equal(ffnn_set_layer(net, 1, W, b), FFNN_OK);
}

static unsigned char *read_whole_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    unsigned char *buf = malloc(1 << 16);
    assert_non_null(buf);
    *size = fread(buf, 1, 1 << 16, f);
    fclose(f);
    return buf;
}

/* A saved network, in a malloc'd buffer of exactly its size. */
static unsigned char *save_to_buffer(const ffnn_net *net, size_t *size)
{
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, size), FFNN_OK);
    unsigned char *buf = malloc(*size);
    assert_non_null(buf);
    size_t written = 0;
    assert_int_equal(ffnn_save_buffer(net, buf, *size, &written), FFNN_OK);
    assert_int_equal(written, *size);
    return buf;
}

/* ---- 1. round trips ---------------------------------------------------- */

static void test_round_trip_every_configuration(void **state)
{
    (void)state;
    arch archs[3 * REF_N_OUT];
    size_t n_archs = all_archs(archs);
    for (size_t i = 0; i < n_archs; i++) {
        const arch *a = &archs[i];
        ffnn_net *net = make_net(a, 100 + i);
        plant_awkward_values(net);

        size_t size;
        unsigned char *buf = save_to_buffer(net, &size);
        /* The layout alone fixes the size: 8 + N + 4 * parameters. */
        uint64_t n = get_le64(buf);
        assert_int_equal(size, 8 + n + 4 * arch_params(a));
        assert_int_equal(n % 8, 0);
        assert_int_equal(buf[8], '{');

        char path[128], name[48];
        snprintf(name, sizeof name, "round_trip_%zu.safetensors", i);
        tmp_path(path, sizeof path, name);
        assert_int_equal(ffnn_save(net, path), FFNN_OK);
        size_t file_size;
        unsigned char *file = read_whole_file(path, &file_size);
        assert_int_equal(file_size, size); /* the file holds the same bytes */
        assert_memory_equal(file, buf, size);
        free(file);

        ffnn_net *from_buf = NULL, *from_file = NULL;
        assert_int_equal(ffnn_load_buffer(buf, size, &from_buf), FFNN_OK);
        memset(buf, 0xEE, size); /* the network must not point into buf */
        free(buf);
        assert_int_equal(ffnn_load(path, &from_file), FFNN_OK);
        assert_int_equal(unlink(path), 0);

        assert_arch(from_buf, a);
        assert_arch(from_file, a);
        ref_assert_same_weights(net, from_buf);
        ref_assert_same_weights(net, from_file);
        assert_same_outputs(net, from_buf, 7 + i);
        assert_same_outputs(net, from_file, 7 + i);
        ffnn_net_destroy(net);
        ffnn_net_destroy(from_buf);
        ffnn_net_destroy(from_file);
    }
}

/* buf NULL only sizes; a capacity one short writes nothing at all. */
static void test_save_buffer_capacity(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&arch4532, 1);
    size_t need = 0;
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, &need), FFNN_OK);
    assert_int_equal(need % 4, 0);
    assert_true(need > 8 + 4 * ARCH4532_PARAMS);
    size_t again = 0; /* the capacity is ignored without a buffer */
    assert_int_equal(ffnn_save_buffer(net, NULL, 12345, &again), FFNN_OK);
    assert_int_equal(again, need);

    unsigned char *buf = malloc(need + 16), *pristine = malloc(need + 16);
    assert_non_null(buf);
    assert_non_null(pristine);
    memset(pristine, 0xA5, need + 16);
    const size_t short_caps[] = {0, 1, 8, need / 2, need - 1};
    for (size_t k = 0; k < sizeof short_caps / sizeof *short_caps; k++) {
        memcpy(buf, pristine, need + 16);
        size_t size = 0;
        assert_int_equal(ffnn_save_buffer(net, buf, short_caps[k], &size),
                         FFNN_ERR_ARG);
        assert_int_equal(size, need); /* still told what it needs */
        assert_memory_equal(buf, pristine, need + 16);
        assert_true(strlen(ffnn_net_last_error(net)) > 0);
    }
    /* More room than needed: exactly need bytes written, the rest kept. */
    memcpy(buf, pristine, need + 16);
    size_t size = 0;
    assert_int_equal(ffnn_save_buffer(net, buf, need + 16, &size), FFNN_OK);
    assert_int_equal(size, need);
    assert_memory_equal(buf + need, pristine + need, 16);
    ffnn_net *back = NULL;
    assert_int_equal(ffnn_load_buffer(buf, need, &back), FFNN_OK);
    ref_assert_same_weights(net, back);
    ffnn_net_destroy(back);
    ffnn_net_destroy(net);
    free(buf);
    free(pristine);
}

/* ---- 2. the bytes are safetensors (read without the loader) --------------
 * A few helpers read just enough JSON: a key's value, a string, an array
 * of non-negative integers, the {...} of one tensor entry. */

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return p;
}

/* Where the value of "key" starts (past the colon and whitespace); NULL if
 * the key is not in text. */
static const char *value_of(const char *text, const char *key)
{
    char quoted[80];
    snprintf(quoted, sizeof quoted, "\"%s\"", key);
    const char *p = strstr(text, quoted);
    if (!p)
        return NULL;
    p = skip_ws(p + strlen(quoted));
    return *p == ':' ? skip_ws(p + 1) : NULL;
}

/* The string value of key (no escapes expected) into out; 0 if absent. */
static int string_value(const char *text, const char *key, char *out,
                        size_t cap)
{
    const char *p = value_of(text, key);
    if (!p || *p != '"')
        return 0;
    const char *end = strchr(p + 1, '"');
    if (!end || (size_t)(end - p - 1) >= cap)
        return 0;
    memcpy(out, p + 1, (size_t)(end - p - 1));
    out[end - p - 1] = '\0';
    return 1;
}

/* A JSON array of non-negative integers at p: the count, or -1. */
static int int_array(const char *p, uint64_t *v, int max)
{
    if (!p || *p != '[')
        return -1;
    p = skip_ws(p + 1);
    if (*p == ']')
        return 0;
    for (int n = 0; n < max;) {
        if (*p < '0' || *p > '9')
            return -1;
        char *end;
        v[n++] = strtoull(p, &end, 10);
        p = skip_ws(end);
        if (*p == ']')
            return n;
        if (*p != ',')
            return -1;
        p = skip_ws(p + 1);
    }
    return -1;
}

/* The {...} of tensor name's entry, NUL-terminated in out; 0 if absent. */
static int tensor_entry(const char *header, const char *name, char *out,
                        size_t cap)
{
    const char *p = value_of(header, name);
    if (!p || *p != '{')
        return 0;
    const char *end = strchr(p, '}'); /* entries hold no nested objects */
    if (!end || (size_t)(end - p + 1) >= cap)
        return 0;
    memcpy(out, p, (size_t)(end - p + 1));
    out[end - p + 1] = '\0';
    return 1;
}

static size_t count_substrings(const char *text, const char *s)
{
    size_t n = 0;
    for (const char *p = strstr(text, s); p; p = strstr(p + 1, s))
        n++;
    return n;
}

typedef struct {
    uint64_t begin, end;
} range;

static int by_begin(const void *a, const void *b)
{
    uint64_t x = ((const range *)a)->begin, y = ((const range *)b)->begin;
    return (x > y) - (x < y);
}

static void test_bytes_follow_safetensors(void **state)
{
    (void)state;
    const arch *a = &arch4532;
    ffnn_net *net = make_net(a, 42);
    plant_awkward_values(net);
    assert_int_equal(ffnn_net_num_params(net), ARCH4532_PARAMS);
    size_t size;
    unsigned char *file = save_to_buffer(net, &size);

    /* 8-byte little-endian N, N a multiple of 8, then exactly the data. */
    assert_true(size > 8);
    uint64_t n = get_le64(file);
    assert_int_equal(n % 8, 0);
    assert_int_equal(size, 8 + n + 4 * ARCH4532_PARAMS);
    const unsigned char *data = file + 8 + n;

    /* A JSON object, space-padded after its closing brace. */
    char *header = malloc(n + 1);
    assert_non_null(header);
    memcpy(header, file + 8, n);
    header[n] = '\0';
    assert_int_equal(strlen(header), n); /* no NUL inside */
    assert_int_equal(header[0], '{');
    size_t last = n;
    while (last > 0 && header[last - 1] == ' ')
        last--;
    assert_true(last > 0);
    assert_int_equal(header[last - 1], '}');

    /* The metadata: strings only, with the values of the format. */
    const char *meta = value_of(header, "__metadata__");
    assert_non_null(meta);
    assert_int_equal(*meta, '{');
    char v[64];
    assert_true(string_value(meta, "format", v, sizeof v));
    assert_string_equal(v, "ffnn");
    assert_true(string_value(meta, "format_version", v, sizeof v));
    assert_string_equal(v, "1");
    assert_true(string_value(meta, "sizes", v, sizeof v));
    assert_string_equal(v, "4,5,3,2");
    assert_true(string_value(meta, "activations", v, sizeof v));
    assert_string_equal(v, "relu,tanh,softmax");
    assert_true(string_value(meta, "loss", v, sizeof v));
    assert_string_equal(v, "ce");
    assert_true(string_value(meta, "ffnn_version", v, sizeof v));
    assert_string_equal(v, FFNN_VERSION_STRING);

    /* Exactly the 2L tensors, each F32, shaped as the model says, its bytes
     * the little-endian floats of the network; together they tile the data
     * section. */
    assert_int_equal(count_substrings(header, "\"dtype\""), 2 * a->n_layers);
    range ranges[2 * 3];
    size_t n_ranges = 0;
    for (size_t l = 1; l <= a->n_layers; l++) {
        float W[MAX_W], b[MAX_W];
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        for (int is_bias = 0; is_bias <= 1; is_bias++) {
            char name[32], entry[256];
            snprintf(name, sizeof name, "layers.%zu.%s", l,
                     is_bias ? "bias" : "weight");
            assert_true(tensor_entry(header, name, entry, sizeof entry));
            assert_true(string_value(entry, "dtype", v, sizeof v));
            assert_string_equal(v, "F32");
            uint64_t shape[3], off[3];
            int dims = int_array(value_of(entry, "shape"), shape, 3);
            assert_int_equal(dims, is_bias ? 1 : 2);
            assert_int_equal(shape[0], a->sizes[l]);
            if (!is_bias)
                assert_int_equal(shape[1], a->sizes[l - 1]);
            size_t count = a->sizes[l] * (is_bias ? 1 : a->sizes[l - 1]);
            assert_int_equal(int_array(value_of(entry, "data_offsets"), off, 3),
                             2);
            assert_int_equal(off[1] - off[0], 4 * count);
            assert_true(off[1] <= 4 * ARCH4532_PARAMS);
            const float *want = is_bias ? b : W;
            for (size_t k = 0; k < count; k++)
                assert_int_equal(get_u32(data + off[0] + 4 * k),
                                 float_bits(want[k]));
            ranges[n_ranges].begin = off[0];
            ranges[n_ranges++].end = off[1];
        }
    }
    qsort(ranges, n_ranges, sizeof *ranges, by_begin);
    uint64_t at = 0;
    for (size_t k = 0; k < n_ranges; k++) {
        assert_int_equal(ranges[k].begin, at);
        at = ranges[k].end;
    }
    assert_int_equal(at, 4 * ARCH4532_PARAMS);
    free(header);
    free(file);
    ffnn_net_destroy(net);
}

/* ---- 3. files written by hand -------------------------------------------
 * A 3-2-1 network, sigmoid hidden and output layers, BCE. The entries are
 * in no particular order and spaced every which way; the data section holds
 * layers.2.bias, layers.1.weight, layers.2.weight, layers.1.bias in that
 * order, not ffnn's. The damaged-file cases below are edits of this text,
 * so every fragment they look for occurs exactly once. */
static const char hand_json[] =
    "{\n"
    "  \"layers.2.weight\" : { \"shape\": [1, 2], \"dtype\": \"F32\",\n"
    "                        \"data_offsets\": [28, 36] },\n"
    "  \"__metadata__\": {\n"
    "    \"loss\": \"bce\", \"ffnn_version\": \"1.0.0\",\n"
    "    \"sizes\": \"3,2,1\", \"activations\": \"sigmoid,sigmoid\",\n"
    "    \"format_version\": \"1\", \"format\": \"ffnn\"\n"
    "  },\n"
    "  \"layers.1.bias\":   "
    "{\"data_offsets\":[36,44],\"dtype\":\"F32\",\"shape\":[2]},\n"
    "\t\"layers.1.weight\": { \"dtype\" : \"F32\", \"shape\" : [ 2 , 3 ], "
    "\"data_offsets\" : [ 4 , 28 ] },\n"
    "  \"layers.2.bias\": {\"dtype\": \"F32\", \"shape\": [1], "
    "\"data_offsets\": [0, 4]}\n"
    "}\n";

#define HAND_FLOATS 11
#define HAND_BYTES  (4 * HAND_FLOATS)

/* The data section in file order. */
static const float hand_data[HAND_FLOATS] = {
    0.75f,                                  /* layers.2.bias    [0, 4)   */
    1.0f,  -2.0f, 0.5f, 0.25f, 0.0f, -1.0f, /* layers.1.weight  [4, 28)  */
    2.0f,  -3.0f,                           /* layers.2.weight  [28, 36) */
    0.5f,  -0.25f};                         /* layers.1.bias    [36, 44) */

static const arch hand_arch = {
    2, {3, 2, 1}, {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID}, FFNN_LOSS_BCE};

static void hand_data_bytes(unsigned char *out)
{
    for (size_t k = 0; k < HAND_FLOATS; k++)
        put_f32(out + 4 * k, hand_data[k]);
}

static unsigned char *hand_file(const char *json, int pad, size_t extra,
                                size_t *size)
{
    unsigned char data[HAND_BYTES];
    hand_data_bytes(data);
    return build_file(json, pad, data, HAND_BYTES, extra, size);
}

/* The hand network's weights and outputs, worked out from the model:
 *   x = (1, 2, -2): a_1 = (1 - 4 - 1 + 0.5, 0.25 + 0 + 2 - 0.25) = (-3.5, 2)
 *     h_1 = (s(-3.5), s(2)) = (0.0293122308, 0.8807970780)
 *     a_2 = 2 h_1,1 - 3 h_1,2 + 0.75 = -1.8337667724, yhat = s(a_2)
 *   x = (0, 0, 0): h_1 = (s(0.5), s(-0.25)), a_2 = 0.6814481651. */
static void assert_is_hand_net(ffnn_net *net)
{
    assert_arch(net, &hand_arch);
    const float W1[] = {1.0f, -2.0f, 0.5f, 0.25f, 0.0f, -1.0f},
                b1[] = {0.5f, -0.25f}, W2[] = {2.0f, -3.0f}, b2[] = {0.75f};
    float W[6], b[2];
    assert_int_equal(ffnn_get_layer(net, 1, W, b), FFNN_OK);
    assert_memory_equal(W, W1, sizeof W1);
    assert_memory_equal(b, b1, sizeof b1);
    assert_int_equal(ffnn_get_layer(net, 2, W, b), FFNN_OK);
    assert_memory_equal(W, W2, sizeof W2);
    assert_memory_equal(b, b2, sizeof b2);
    const float x[] = {1.0f, 2.0f, -2.0f, 0.0f, 0.0f, 0.0f};
    float y[2];
    assert_int_equal(ffnn_forward(net, x, 2, y), FFNN_OK);
    assert_float_equal(y[0], 0.1377901546, 1e-6);
    assert_float_equal(y[1], 0.6640618362, 1e-6);
}

static void test_hand_written_file_loads(void **state)
{
    (void)state;
    /* Padded as ffnn pads, and not padded at all (safetensors does not
     * require it), and with a name spelled with a JSON escape. */
    char *escaped = replace_first(hand_json, "\"layers.1.bias\"",
                                  "\"layers.1.bi\\u0061s\"");
    const char *texts[] = {hand_json, hand_json, escaped};
    const int pads[] = {1, 0, 1};
    for (size_t k = 0; k < 3; k++) {
        size_t size;
        unsigned char *file = hand_file(texts[k], pads[k], 0, &size);
        char msg[256];
        ffnn_net *net;
        assert_int_equal(load_exact(file, size, &net, msg), FFNN_OK);
        free(file);
        /* Success leaves the thread's last message alone, and the new
         * handle has none. */
        assert_null(strstr(msg, "ffnn_load"));
        assert_string_equal(ffnn_net_last_error(net), "");
        assert_is_hand_net(net);
        ffnn_net_destroy(net);
    }
    free(escaped);

    /* The same bytes through a file on disk. */
    char path[128];
    tmp_path(path, sizeof path, "hand.safetensors");
    size_t size;
    unsigned char *file = hand_file(hand_json, 1, 0, &size);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(file, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
    free(file);
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_load(path, &net), FFNN_OK);
    assert_int_equal(unlink(path), 0);
    assert_is_hand_net(net);
    ffnn_net_destroy(net);
}

/* A safetensors writer independent of ffnn's: the tensors go into the data
 * section in data_order and into the header in key_order (tensor t is
 * layers.{t/2 + 1}, its weight for even t, its bias for odd t). */
static unsigned char *write_by_hand(ffnn_net *net, const size_t *data_order,
                                    const size_t *key_order, size_t *size)
{
    size_t L = ffnn_net_num_layers(net), T = 2 * L;
    size_t count[8], begin[8], at = 0;
    float values[8][MAX_W];
    assert_true(T <= 8);
    for (size_t l = 1; l <= L; l++) {
        count[2 * l - 2] =
            ffnn_net_layer_size(net, l) * ffnn_net_layer_size(net, l - 1);
        count[2 * l - 1] = ffnn_net_layer_size(net, l);
        assert_int_equal(
            ffnn_get_layer(net, l, values[2 * l - 2], values[2 * l - 1]),
            FFNN_OK);
    }
    for (size_t k = 0; k < T; k++) {
        begin[data_order[k]] = at;
        at += 4 * count[data_order[k]];
    }
    unsigned char data[8 * 4 * MAX_W];
    for (size_t t = 0; t < T; t++)
        for (size_t k = 0; k < count[t]; k++)
            put_f32(data + begin[t] + 4 * k, values[t][k]);

    char json[4096], sizes[64] = "", acts[64] = "";
    size_t len = 0;
    for (size_t l = 0; l <= L; l++)
        snprintf(sizes + strlen(sizes), sizeof sizes - strlen(sizes), "%s%zu",
                 l ? "," : "", ffnn_net_layer_size(net, l));
    for (size_t l = 1; l <= L; l++)
        snprintf(acts + strlen(acts), sizeof acts - strlen(acts), "%s%s",
                 l > 1 ? "," : "", act_name[ffnn_net_activation(net, l)]);
    len += (size_t)snprintf(
        json + len, sizeof json - len,
        "{\"__metadata__\":{\"format\":\"ffnn\",\"format_version\":\"1\","
        "\"sizes\":\"%s\",\"activations\":\"%s\",\"loss\":\"%s\","
        "\"ffnn_version\":\"1.0.0\"}",
        sizes, acts, loss_name[ffnn_net_loss_function(net)]);
    for (size_t k = 0; k < T; k++) {
        size_t t = key_order[k], l = t / 2 + 1;
        char shape[48];
        if (t % 2)
            snprintf(shape, sizeof shape, "[%zu]", ffnn_net_layer_size(net, l));
        else
            snprintf(shape, sizeof shape, "[%zu,%zu]",
                     ffnn_net_layer_size(net, l),
                     ffnn_net_layer_size(net, l - 1));
        len += (size_t)snprintf(json + len, sizeof json - len,
                                ",\"layers.%zu.%s\":{\"dtype\":\"F32\","
                                "\"shape\":%s,\"data_offsets\":[%zu,%zu]}",
                                l, t % 2 ? "bias" : "weight", shape, begin[t],
                                begin[t] + 4 * count[t]);
    }
    snprintf(json + len, sizeof json - len, "}");
    return build_file(json, 1, data, at, 0, size);
}

static int next_permutation(size_t *p, size_t n)
{
    size_t i = n - 1;
    while (i > 0 && p[i - 1] >= p[i])
        i--;
    if (i == 0)
        return 0;
    size_t j = n - 1;
    while (p[j] <= p[i - 1])
        j--;
    size_t t = p[i - 1];
    p[i - 1] = p[j];
    p[j] = t;
    for (size_t a = i, b = n - 1; a < b; a++, b--)
        t = p[a], p[a] = p[b], p[b] = t;
    return 1;
}

/* Every one of the 6! orders of a 3-layer network's tensors in the data
 * section (and the header in the reverse order) loads to the same net. */
static void test_tensor_order_is_free(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&arch4532, 9);
    size_t order[6] = {0, 1, 2, 3, 4, 5}, reversed[6], n_orders = 0;
    do {
        for (size_t k = 0; k < 6; k++)
            reversed[k] = order[5 - k];
        size_t size;
        unsigned char *file = write_by_hand(net, order, reversed, &size);
        assert_int_equal(size, 8 + get_le64(file) + 4 * ARCH4532_PARAMS);
        char msg[256];
        ffnn_net *back;
        ffnn_status s = load_exact(file, size, &back, msg);
        free(file);
        if (s != FFNN_OK)
            print_error("order %zu%zu%zu%zu%zu%zu: %s\n", order[0], order[1],
                        order[2], order[3], order[4], order[5], msg);
        assert_int_equal(s, FFNN_OK);
        assert_arch(back, &arch4532);
        ref_assert_same_weights(net, back);
        assert_same_outputs(net, back, 3);
        ffnn_net_destroy(back);
        n_orders++;
    } while (next_permutation(order, 6));
    assert_int_equal(n_orders, 720);
    ffnn_net_destroy(net);
}

/* ---- 4. damaged and hostile files -------------------------------------- */

/* Cut short at every length: the 8-byte length, then the header, then the
 * data. */
static void test_truncated_at_every_length(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&arch4532, 5);
    size_t size, failures = 0, tried = 0;
    unsigned char *file = save_to_buffer(net, &size);
    ffnn_net_destroy(net);
    size_t n = (size_t)get_le64(file);
    for (size_t len = 0; len < size; len++, tried++) {
        const char *word = len < 8       ? "8-byte"
                           : len < 8 + n ? "exceeds"
                                         : "data_offsets";
        char label[96];
        snprintf(label, sizeof label, "ffnn file cut to %zu of %zu", len, size);
        failures +=
            !check_rejected(file, len, FFNN_ERR_FORMAT, word, NULL, label);
    }
    free(file);

    /* The unpadded hand file too: there the header ends on its '\n'. */
    file = hand_file(hand_json, 0, 0, &size);
    for (size_t len = 0; len < size; len++, tried++) {
        char label[96];
        snprintf(label, sizeof label, "hand file cut to %zu of %zu", len, size);
        failures +=
            !check_rejected(file, len, FFNN_ERR_FORMAT, NULL, NULL, label);
    }
    free(file);
    print_message("%zu truncations tried\n", tried);
    assert_int_equal(failures, 0);
}

/* Every byte of the length and the header XOR 0xFF, one at a time. */
static void test_header_byte_flips(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&arch4532, 6);
    size_t size, failures = 0, n_ok = 0;
    unsigned char *file = save_to_buffer(net, &size);
    size_t header_end = 8 + (size_t)get_le64(file);
    for (size_t i = 0; i < header_end; i++) {
        file[i] ^= 0xFF;
        char label[96];
        snprintf(label, sizeof label, "byte %zu flipped", i);
        failures +=
            !fails_cleanly_or_loads_original(file, size, net, &n_ok, label);
        file[i] ^= 0xFF;
    }
    ffnn_net_destroy(net);
    print_message("%zu header bytes flipped, %zu still loaded\n", header_end,
                  n_ok);
    free(file);
    assert_int_equal(failures, 0);
}

/* A flip makes a non-ASCII byte, which JSON rejects early. Swapping in JSON
 * punctuation, digits and letters reaches deeper: every header byte, each
 * of these characters. */
static void test_header_character_substitutions(void **state)
{
    (void)state;
    static const char subs[] = " \"{}[]:,-.019eaxF";
    ffnn_net *net = make_net(&arch4532, 8);
    size_t size, failures = 0, n_ok = 0, tried = 0;
    unsigned char *file = save_to_buffer(net, &size);
    size_t header_end = 8 + (size_t)get_le64(file);
    for (size_t i = 8; i < header_end; i++) {
        unsigned char was = file[i];
        for (const char *c = subs; *c; c++) {
            if ((unsigned char)*c == was)
                continue;
            file[i] = (unsigned char)*c;
            char label[96];
            snprintf(label, sizeof label, "byte %zu '%c' -> '%c'", i, was, *c);
            failures +=
                !fails_cleanly_or_loads_original(file, size, net, &n_ok, label);
            tried++;
        }
        file[i] = was;
    }
    print_message("%zu substitutions tried, %zu still loaded\n", tried, n_ok);
    ffnn_net_destroy(net);
    free(file);
    assert_int_equal(failures, 0);
}

/* The 8-byte header length: past the file, absurd, zero, or off by a few. */
static void test_header_length_field(void **state)
{
    (void)state;
    size_t size;
    unsigned char *file = hand_file(hand_json, 1, 0, &size);
    uint64_t n = get_le64(file);
    const struct {
        uint64_t n;
        const char *word;
    } cases[] = {
        {(uint64_t)1 << 63, "exceeds"},
        {UINT64_MAX, "exceeds"},
        {(uint64_t)1 << 32 | n, "exceeds"}, /* a 32-bit reader sees n */
        {size - 8 + 1, "exceeds"},
        {size, "exceeds"},
        {0, "JSON"},
        {1, "JSON"},     /* "{" */
        {n + 1, "JSON"}, /* takes a data byte into the JSON */
        {n + 4, "JSON"},
        {size - 8, "JSON"}, /* all data taken */
        {n - 1, "follow"},  /* drops a space: one byte too many after */
    };
    size_t failures = 0;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        put_le64(file, cases[k].n);
        char label[96];
        snprintf(label, sizeof label, "header length %llu",
                 (unsigned long long)cases[k].n);
        failures += !check_rejected(file, size, FFNN_ERR_FORMAT, cases[k].word,
                                    NULL, label);
    }
    free(file);
    assert_int_equal(failures, 0);
}

/* Headers that are not an ffnn header at all. */
static void test_whole_header_garbage(void **state)
{
    (void)state;
    static const char meta_only[] =
        "{\"__metadata__\": {\"format\": \"ffnn\", \"format_version\": \"1\", "
        "\"sizes\": \"3,2,1\", \"activations\": \"sigmoid,sigmoid\", "
        "\"loss\": \"bce\"}}";
    const struct {
        const char *json;
        int with_data;
        const char *word;
    } cases[] = {
        {"", 0, "JSON"},
        {"hello, world", 0, "JSON"},
        {"null", 0, "JSON"},
        {"[]", 0, "JSON"},
        {"[{\"__metadata__\": {}}]", 0, "JSON"},
        {"\"{}\"", 0, "JSON"},
        {"{", 0, "JSON"},
        {"{\"__metadata__\": ", 0, "JSON"},
        {"{} {}", 0, "JSON"},
        {"\xEF\xBB\xBF{}", 0, "JSON"}, /* a byte-order mark */
        {"\t{}", 0, "JSON"},
        {"{}", 0, "__metadata__"},
        {"{\"__metadata__\": 1}", 0, "__metadata__"},
        {"{\"__metadata__\": {}}", 0, "format"},
        {meta_only, 0, "missing"},
        {meta_only, 1, "missing"},
    };
    size_t failures = 0;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t size;
        unsigned char *file =
            cases[k].with_data
                ? hand_file(cases[k].json, 1, 0, &size)
                : build_file(cases[k].json, 1, NULL, 0, 0, &size);
        failures += !check_rejected(file, size, FFNN_ERR_FORMAT, cases[k].word,
                                    NULL, cases[k].json);
        free(file);
    }
    /* The whole valid header inside a JSON array. */
    size_t len = strlen(hand_json);
    char *wrapped = malloc(len + 3);
    assert_non_null(wrapped);
    snprintf(wrapped, len + 3, "[%s]", hand_json);
    size_t size;
    unsigned char *file = hand_file(wrapped, 1, 0, &size);
    failures += !check_rejected(file, size, FFNN_ERR_FORMAT, "JSON", NULL,
                                "header in an array");
    free(file);
    free(wrapped);
    assert_int_equal(failures, 0);
}

/* One edit of hand_json (first occurrence of find), extra zero bytes after
 * the data, and the words the message must hold. */
typedef struct {
    const char *find, *with;
    size_t extra;
    const char *word, *word2;
} edit_case;

#define W2_ENTRY                                                               \
    "\"layers.2.weight\" : { \"shape\": [1, 2], \"dtype\": \"F32\",\n"         \
    "                        \"data_offsets\": [28, 36] },\n  "
#define B2_ENTRY                                                               \
    ",\n  \"layers.2.bias\": {\"dtype\": \"F32\", \"shape\": [1], "            \
    "\"data_offsets\": [0, 4]}"

static const edit_case header_edits[] = {
    /* JSON syntax */
    {"{\n", "{ // ffnn\n", 0, "JSON", NULL},
    {"{\n", " {\n", 0, "JSON", NULL},
    {"[0, 4]}\n}", "[0, 4]}\n}}", 0, "JSON", NULL},
    {"[0, 4]}\n}", "[0, 4]}\n", 0, "JSON", NULL},
    {"[0, 4]}\n}", "[0, 4]},\n}", 0, "JSON", NULL},
    {"\"loss\": \"bce\"", "'loss': 'bce'", 0, "JSON", NULL},
    {"\"shape\": [1, 2]", "\"shape\": [1, NaN]", 0, "JSON", NULL},
    {"\"1.0.0\"", "\"1.0.\xFF\"", 0, "JSON", NULL}, /* not UTF-8 */
    {"\"layers.2.bias\"", "\"layers.2.bias\\u0000\"", 0, "JSON", NULL},
    /* duplicate keys, also when an escape spells the same name */
    {"\"loss\": \"bce\", ", "\"loss\": \"bce\", \"loss\": \"bce\", ", 0, "JSON",
     "duplicate"},
    {"\"layers.2.bias\": {", "\"layers.2.bias\": {}, \"layers.2.bias\": {", 0,
     "JSON", "duplicate"},
    {"\"layers.2.bias\": {",
     "\"layers.2.bi\\u0061s\": {}, \"layers.2.bias\": {", 0, "JSON",
     "duplicate"},
    /* __metadata__ */
    {"\"__metadata__\"", "\"__metadata\"", 0, "__metadata__", NULL},
    {"\"__metadata__\": {", "\"__metadata__\": \"ffnn\", \"x\": {", 0,
     "__metadata__", NULL},
    {"\"__metadata__\": {", "\"__metadata__\": [], \"x\": {", 0, "__metadata__",
     NULL},
    {"\"__metadata__\": {", "\"__metadata__\": null, \"x\": {", 0,
     "__metadata__", NULL},
    /* format and format_version */
    {", \"format\": \"ffnn\"", "", 0, "format", NULL},
    {"\"format\": \"ffnn\"", "\"format\": \"onnx\"", 0, "format", NULL},
    {"\"format\": \"ffnn\"", "\"format\": \"FFNN\"", 0, "format", NULL},
    {"\"format\": \"ffnn\"", "\"format\": \"ffnn \"", 0, "format", NULL},
    {"\"format\": \"ffnn\"", "\"format\": 1", 0, "format", NULL},
    {"\"format_version\": \"1\"", "\"format_version\": \"3\"", 0, "newer",
     "version"},
    {"\"format_version\": \"1\"", "\"format_version\": \"10\"", 0, "newer",
     "version"},
    {"\"format_version\": \"1\", ", "", 0, "format_version", NULL},
    {"\"format_version\": \"1\"", "\"format_version\": 1", 0, "format_version",
     NULL},
    {"\"format_version\": \"1\"", "\"format_version\": \"\"", 0,
     "format_version", NULL},
    {"\"format_version\": \"1\"", "\"format_version\": \"1.1\"", 0,
     "format_version", NULL},
    {"\"format_version\": \"1\"", "\"format_version\": \"-1\"", 0,
     "format_version", NULL},
    {"\"format_version\": \"1\"", "\"format_version\": \"v1\"", 0,
     "format_version", NULL},
    /* sizes, activations, loss missing or not strings */
    {"\"sizes\": \"3,2,1\", ", "", 0, "lacks", NULL},
    {", \"activations\": \"sigmoid,sigmoid\"", "", 0, "lacks", NULL},
    {"\"loss\": \"bce\", ", "", 0, "lacks", NULL},
    {"\"3,2,1\"", "321", 0, "lacks", NULL},
    {"\"3,2,1\"", "[3,2,1]", 0, "lacks", NULL},
    {"\"bce\"", "1", 0, "lacks", NULL},
    /* sizes malformed */
    {"\"3,2,1\"", "\"3,,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3,x,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"03,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"-3,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"+3,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3,0,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"0,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3, 2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\" 3,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3,2,1 \"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3.0,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"0x3,2,1\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"3,2,1e0\"", 0, "sizes", NULL},
    {"\"3,2,1\"", "\"99999999999999,2,1\"", 0, "sizes", NULL},
    /* sizes and activations disagree in count */
    {"\"3,2,1\"", "\"3,2,1,\"", 0, "disagree", NULL},
    {"\"3,2,1\"", "\"3,2\"", 0, "disagree", NULL},
    {"\"3,2,1\"", "\"3,2,1,1\"", 0, "disagree", NULL},
    {"\"3,2,1\"", "\"\"", 0, "disagree", NULL},
    {"\"3,2,1\"", "\"3;2;1\"", 0, "disagree", NULL},
    {"\"sigmoid,sigmoid\"", "\"sigmoid\"", 0, "disagree", NULL},
    {"\"sigmoid,sigmoid\"", "\"sigmoid,sigmoid,sigmoid\"", 0, "disagree", NULL},
    {"\"sigmoid,sigmoid\"", "\"sigmoid;sigmoid\"", 0, "disagree", NULL},
    /* sizes that do not fit the tensors, or the library */
    {"\"3,2,1\"", "\"3,2,2\"", 0, "shape", NULL},
    {"\"3,2,1\"", "\"2,3,1\"", 0, "shape", NULL},
    {"\"3,2,1\"", "\"3,4000000000,1\"", 0, "architecture", "4000000000"},
    /* activation and loss names */
    {"\"sigmoid,sigmoid\"", "\"sigmoid,swish\"", 0, "unknown", "swish"},
    {"\"sigmoid,sigmoid\"", "\"Sigmoid,sigmoid\"", 0, "unknown", NULL},
    {"\"sigmoid,sigmoid\"", "\"sigmoid,sigmoid \"", 0, "unknown", NULL},
    {"\"sigmoid,sigmoid\"", "\"sigmoid,\"", 0, "unknown", NULL},
    {"\"sigmoid,sigmoid\"", "\",sigmoid\"", 0, "unknown", NULL},
    {"\"bce\"", "\"hinge\"", 0, "loss", "hinge"},
    {"\"bce\"", "\"BCE\"", 0, "loss", NULL},
    {"\"bce\"", "\"\"", 0, "loss", NULL},
    {"\"bce\"", "\"bce \"", 0, "loss", NULL},
    /* combinations the library does not allow: the reason must survive */
    {"\"bce\"", "\"ce\"", 0, "architecture", "LOSS_CE"},
    {"\"sigmoid,sigmoid\"", "\"sigmoid,linear\"", 0, "architecture",
     "LOSS_BCE"},
    {"\"sigmoid,sigmoid\"", "\"sigmoid,softmax\"", 0, "architecture",
     "LOSS_BCE"},
    {"\"sigmoid,sigmoid\"", "\"softmax,sigmoid\"", 0, "architecture",
     "activations[0]"},
    /* dtype */
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"F16\"", 0, "F32", "layers.1.weight"},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"F64\"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"BF16\"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"I32\"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"f32\"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"F32 \"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : \"\"", 0, "F32", NULL},
    {"\"dtype\" : \"F32\"", "\"dtype\" : 32", 0, "F32", NULL},
    {"\"dtype\":\"F32\",", "", 0, "F32", "layers.1.bias"},
    {"\"dtype\": \"F32\", \"shape\": [1]", "\"dtype\": \"F64\", \"shape\": [1]",
     0, "F32", "layers.2.bias"},
    {"\"layers.2.bias\": {\"dtype\": \"F32\", \"shape\": [1], "
     "\"data_offsets\": [0, 4]}",
     "\"layers.2.bias\": [0, 4]", 0, "not an object", NULL},
    /* shape: transposed, wrong rank, negative, not integers, missing */
    {"[ 2 , 3 ]", "[ 3 , 2 ]", 0, "shape", "layers.1.weight"},
    {"[ 2 , 3 ]", "[ 6 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , 3 , 1 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 1 , 2 , 3 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ -2 , 3 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , -3 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2.0 , 3 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , 3.5 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , 3e0 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ \"2\" , 3 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ [ 2 , 3 ] ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "\"2,3\"", 0, "shape", NULL},
    {"[ 2 , 3 ]", "null", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , 9223372036854775807 ]", 0, "shape", NULL},
    {"[ 2 , 3 ]", "[ 2 , 18446744073709551619 ]", 0, "JSON", NULL},
    {"\"shape\": [1, 2]", "\"shape\": [2, 1]", 0, "shape", "layers.2.weight"},
    {"\"shape\": [1, 2], ", "", 0, "shape", NULL},
    {"\"shape\":[2]", "\"shape\":[2,1]", 0, "shape", "layers.1.bias"},
    {"\"shape\":[2]", "\"shape\":[1,2]", 0, "shape", NULL},
    {"\"shape\":[2]", "\"shape\":[3]", 0, "shape", NULL},
    {"\"shape\":[2]", "\"shape\":2", 0, "shape", NULL},
    {"\"shape\": [1]", "\"shape\": [1, 1]", 0, "shape", "layers.2.bias"},
    {"\"shape\": [1]", "\"shape\": []", 0, "shape", NULL},
    /* data_offsets outside the data, reversed, not two integers */
    {"[36,44]", "[36,48]", 0, "data_offsets", "layers.1.bias"},
    {"[36,44]", "[44,36]", 0, "data_offsets", NULL},
    {"[36,44]", "[36,9223372036854775807]", 0, "data_offsets", NULL},
    {"[36,44]", "[9223372036854775799,9223372036854775807]", 0, "data_offsets",
     NULL},
    {"[36,44]", "[36,18446744073709551616]", 0, "JSON", NULL},
    {"[36,44]", "[-8,0]", 0, "data_offsets", NULL},
    {"[36,44]", "[36,-44]", 0, "data_offsets", NULL},
    {"[36,44]", "[36]", 0, "data_offsets", NULL},
    {"[36,44]", "[36,44,44]", 0, "data_offsets", NULL},
    {"[36,44]", "[]", 0, "data_offsets", NULL},
    {"[36,44]", "[36.0,44]", 0, "data_offsets", NULL},
    {"[36,44]", "[36,44.0]", 0, "data_offsets", NULL},
    {"[36,44]", "\"36,44\"", 0, "data_offsets", NULL},
    {"[36,44]", "null", 0, "data_offsets", NULL},
    {"\"data_offsets\":[36,44],", "", 0, "data_offsets", NULL},
    /* a length that does not match the shape */
    {"[36,44]", "[36,40]", 0, "length", "layers.1.bias"},
    {"[36,44]", "[40,44]", 0, "length", NULL},
    {"[36,44]", "[36,36]", 0, "length", NULL},
    {"[36,44]", "[36,48]", 4, "length", NULL},
    {"[ 4 , 28 ]", "[ 4 , 24 ]", 0, "length", "layers.1.weight"},
    {"[ 4 , 28 ]", "[ 8 , 28 ]", 0, "length", NULL},
    /* overlapping tensors */
    {"[28, 36]", "[24, 32]", 0, "overlap", NULL},
    {"[36,44]", "[28,36]", 0, "overlap", NULL}, /* the same bytes twice */
    {"[ 4 , 28 ]", "[ 0 , 24 ]", 0, "overlap", NULL},
    /* a gap between tensors, or before the first */
    {"[36,44]", "[40,48]", 4, "gap", NULL},
    {"[28, 36]", "[44, 52]", 8, "gap", NULL},
    {"[0, 4]", "[44, 48]", 4, "gap", NULL},
    /* bytes after the last tensor */
    {"{\n", "{\n", 4, "follow", NULL},
    {"{\n", "{\n", 1, "follow", NULL},
    {"{\n", "{\n", 3, "follow", NULL},
    /* a tensor missing */
    {B2_ENTRY, "", 0, "missing", NULL},
    {W2_ENTRY, "", 0, "missing", NULL},
};

static void test_header_edits_rejected(void **state)
{
    (void)state;
    size_t n = sizeof header_edits / sizeof *header_edits, failures = 0;
    for (size_t k = 0; k < n; k++) {
        const edit_case *e = &header_edits[k];
        char *json = replace_first(hand_json, e->find, e->with);
        size_t size;
        unsigned char *file = hand_file(json, 1, e->extra, &size);
        char label[160];
        snprintf(label, sizeof label, "edit %zu: %.60s -> %.60s", k, e->find,
                 e->with);
        failures += !check_rejected(file, size, FFNN_ERR_FORMAT, e->word,
                                    e->word2, label);
        free(file);
        free(json);
    }
    print_message("%zu header edits tried\n", n);
    assert_int_equal(failures, 0);
}

/* A tensor no 2-layer network has, first in the header and last. */
static void test_extra_tensors(void **state)
{
    (void)state;
    static const char *const names[] = {"layers.3.weight",
                                        "layers.3.bias",
                                        "layers.0.weight",
                                        "layers.0.bias",
                                        "layers.01.weight",
                                        "layers.1.weights",
                                        "layers.1.Weight",
                                        "layers.1.grad",
                                        "layers.1",
                                        "layers.1.",
                                        "layers..weight",
                                        "layers.-1.weight",
                                        "layers.+1.weight",
                                        "layers. 1.weight",
                                        "layers.1 .weight",
                                        "layers.1.weight.x",
                                        "Layers.1.weight",
                                        "layers.4294967297.weight",
                                        "layers.18446744073709551617.weight",
                                        "foo",
                                        "",
                                        "__metadata",
                                        "layers.2.bias "};
    size_t n = sizeof names / sizeof *names, failures = 0;
    for (size_t k = 0; k < n; k++)
        for (int last = 0; last <= 1; last++) {
            char entry[160];
            snprintf(entry, sizeof entry,
                     "\"%s\": {\"dtype\": \"F32\", \"shape\": [1], "
                     "\"data_offsets\": [44, 48]}",
                     names[k]);
            char with[256];
            if (last)
                snprintf(with, sizeof with, "[0, 4]},\n  %s\n}", entry);
            else
                snprintf(with, sizeof with, "{\n  %s,\n", entry);
            char *json =
                replace_first(hand_json, last ? "[0, 4]}\n}" : "{\n", with);
            size_t size;
            unsigned char *file = hand_file(json, 1, 4, &size);
            char label[96];
            snprintf(label, sizeof label, "extra tensor \"%s\" %s", names[k],
                     last ? "last" : "first");
            if (strncmp(names[k], "layers.", 7) == 0)
                failures += !check_rejected(file, size, FFNN_ERR_FORMAT,
                                            "unexpected", names[k], label);
            else
                failures += !check_ignored(file, size, label);
            free(file);
            free(json);
        }
    print_message("%zu extra tensors tried\n", 2 * n);
    assert_int_equal(failures, 0);
}

/* An ignored tensor's bytes must still lie in the data, apart from the
 * others. */
static void test_ignored_tensor_bytes_checked(void **state)
{
    (void)state;
    static const struct {
        const char *offsets, *word;
        size_t extra;
    } cases[] = {{"[40, 48]", "overlap", 4},
                 {"[44, 52]", "outside", 4},
                 {"[48, 44]", "reversed", 4},
                 {"[44, 48]", "follow", 8},
                 {"[46, 48]", "gap", 4}};
    size_t failures = 0;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char with[256];
        snprintf(with, sizeof with,
                 "[0, 4]},\n  \"notes\": {\"dtype\": \"U8\", \"shape\": "
                 "[4], \"data_offsets\": %s}\n}",
                 cases[k].offsets);
        char *json = replace_first(hand_json, "[0, 4]}\n}", with);
        size_t size;
        unsigned char *file = hand_file(json, 1, cases[k].extra, &size);
        failures += !check_rejected(file, size, FFNN_ERR_FORMAT, cases[k].word,
                                    NULL, cases[k].offsets);
        free(file);
        free(json);
    }
    assert_int_equal(failures, 0);
}

/* NaN and infinity in any weight or bias. */
static void test_non_finite_weights_rejected(void **state)
{
    (void)state;
    static const uint32_t bad[] = {0x7FC00000u, 0xFFC00000u, 0x7F800001u,
                                   0x7FFFFFFFu, 0x7F800000u, 0xFF800000u};
    size_t failures = 0, tried = 0;
    for (size_t k = 0; k < HAND_FLOATS; k++)
        for (size_t b = 0; b < sizeof bad / sizeof *bad; b++, tried++) {
            unsigned char data[HAND_BYTES];
            hand_data_bytes(data);
            put_u32(data + 4 * k, bad[b]);
            size_t size;
            unsigned char *file =
                build_file(hand_json, 1, data, HAND_BYTES, 0, &size);
            char label[96];
            snprintf(label, sizeof label, "float %zu = 0x%08lX", k,
                     (unsigned long)bad[b]);
            failures += !check_rejected(file, size, FFNN_ERR_FORMAT, "NaN",
                                        NULL, label);
            free(file);
        }
    print_message("%zu non-finite values tried\n", tried);
    assert_int_equal(failures, 0);
}

/* A 300-byte file declaring a 10^10-parameter network, with 16 bytes of
 * data: the tensors cannot lie in the data, so the file is damaged
 * (FORMAT), which the loader can tell without allocating the network. The
 * capped allocator refuses blocks over 64 MB, so a loader that builds the
 * network first reports NOMEM here. */
static void test_oversized_architecture_rejected(void **state)
{
    (void)state;
    static const char json[] =
        "{\"__metadata__\":{\"format\":\"ffnn\",\"format_version\":\"1\","
        "\"sizes\":\"100000,100000,1\",\"activations\":\"relu,linear\","
        "\"loss\":\"mse\"},"
        "\"layers.1.weight\":{\"dtype\":\"F32\",\"shape\":[100000,100000],"
        "\"data_offsets\":[0,40000000000]},"
        "\"layers.1.bias\":{\"dtype\":\"F32\",\"shape\":[100000],"
        "\"data_offsets\":[40000000000,40000400000]},"
        "\"layers.2.weight\":{\"dtype\":\"F32\",\"shape\":[1,100000],"
        "\"data_offsets\":[40000400000,40000800000]},"
        "\"layers.2.bias\":{\"dtype\":\"F32\",\"shape\":[1],"
        "\"data_offsets\":[40000800000,40000800004]}}";
    unsigned char data[16] = {0};
    size_t size;
    unsigned char *file = build_file(json, 1, data, sizeof data, 0, &size);
    size_t refused = cap_refused;
    int ok = check_rejected(file, size, FFNN_ERR_FORMAT, "data_offsets", NULL,
                            "sizes 100000,100000,1 with 16 data bytes");
    free(file);
    if (cap_refused != refused)
        print_error("the loader asked for a block over %zu bytes\n", CAP_BYTES);
    assert_true(ok);
}

/* ---- 5. unreadable paths and NULL arguments ---------------------------- */

static void test_load_io_errors(void **state)
{
    (void)state;
    char path[128];
    ffnn_net *net;

    tmp_path(path, sizeof path, "no_such_file.safetensors");
    prime_last_error();
    net = NOT_SET;
    ffnn_status s = ffnn_load(path, &net);
    assert_int_equal(s, FFNN_ERR_IO);
    assert_null(net);
    assert_non_null(strstr(ffnn_last_error(), path));

    /* An empty file can be read: it is damaged, not unreadable. */
    tmp_path(path, sizeof path, "empty.safetensors");
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fclose(f), 0);
    prime_last_error();
    net = NOT_SET;
    s = ffnn_load(path, &net);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(s, FFNN_ERR_FORMAT);
    assert_null(net);

    /* A directory opens, but it is no file to read. */
    prime_last_error();
    net = NOT_SET;
    size_t refused = cap_refused;
    s = ffnn_load(tmpdir, &net);
    if (s != FFNN_ERR_IO)
        print_error("ffnn_load(directory): status %d, \"%s\"%s\n", (int)s,
                    ffnn_last_error(),
                    cap_refused != refused ? ", after asking for a block over "
                                             "64 MB"
                                           : "");
    assert_null(net);
    assert_int_equal(s, FFNN_ERR_IO);
    assert_non_null(strstr(ffnn_last_error(), tmpdir));
}

static void test_save_io_errors(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&hand_arch, 1);
    char path[160];
    tmp_path(path, sizeof path, "no/such/dir/x.safetensors");
    assert_int_equal(ffnn_save(net, path), FFNN_ERR_IO);
    assert_non_null(strstr(ffnn_net_last_error(net), "x.safetensors"));
    assert_int_equal(ffnn_save(net, tmpdir), FFNN_ERR_IO);
    assert_int_equal(access(path, F_OK), -1);
    ffnn_net_destroy(net);
}

static void test_null_arguments(void **state)
{
    (void)state;
    ffnn_net *net = make_net(&hand_arch, 1), *out;
    size_t size;
    unsigned char *file = save_to_buffer(net, &size);
    char path[128];
    tmp_path(path, sizeof path, "null_args.safetensors");
    unsigned char buf[8];

    out = NOT_SET;
    assert_int_equal(ffnn_load(NULL, &out), FFNN_ERR_ARG);
    assert_null(out);
    assert_int_equal(ffnn_load(path, NULL), FFNN_ERR_ARG);
    out = NOT_SET;
    assert_int_equal(ffnn_load_buffer(NULL, size, &out), FFNN_ERR_ARG);
    assert_null(out);
    out = NOT_SET;
    assert_int_equal(ffnn_load_buffer(NULL, 0, &out), FFNN_ERR_ARG);
    assert_null(out);
    assert_int_equal(ffnn_load_buffer(file, size, NULL), FFNN_ERR_ARG);

    assert_int_equal(ffnn_save(NULL, path), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save(net, NULL), FFNN_ERR_ARG);
    assert_int_equal(access(path, F_OK), -1); /* nothing was written */
    size = 0;
    assert_int_equal(ffnn_save_buffer(NULL, NULL, 0, &size), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_buffer(NULL, buf, sizeof buf, &size),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_buffer(net, NULL, 0, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_buffer(net, buf, sizeof buf, NULL),
                     FFNN_ERR_ARG);
    free(file);
    ffnn_net_destroy(net);
}

/* ---- 6. a loaded network trains, with the documented defaults ---------- */

static void test_loaded_network_trains_with_defaults(void **state)
{
    (void)state;
    enum { BATCH = 8 };
    const arch *a = &arch4532;
    /* The saved network has Adam with its state, weight decay and the NAIVE
     * backend: none of it is stored. */
    ffnn_net *net = make_net(a, 11);
    uint64_t rng = 77;
    float x[BATCH * 4], t[BATCH * 2], loss;
    ref_fill_uniform_f(x, BATCH * 4, &rng, -1.0, 1.0);
    for (size_t s = 0; s < BATCH; s++) { /* one-hot: a loss that can fall */
        t[2 * s] = x[4 * s] + x[4 * s + 1] > 0.0f ? 1.0f : 0.0f;
        t[2 * s + 1] = 1.0f - t[2 * s];
    }
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    assert_int_equal(ffnn_set_weight_decay(net, 0.5f), FFNN_OK);
    assert_int_equal(ffnn_net_set_backend(net, FFNN_BACKEND_NAIVE), FFNN_OK);
    assert_int_equal(ffnn_train_step(net, x, t, BATCH, 0.1f, &loss), FFNN_OK);
    size_t size;
    unsigned char *file = save_to_buffer(net, &size);
    ffnn_net *loaded = NULL;
    assert_int_equal(ffnn_load_buffer(file, size, &loaded), FFNN_OK);
    free(file);
    assert_int_equal(ffnn_net_optimizer(loaded), FFNN_OPT_SGD);
    /* No gradients or forward pass come with the file. */
    float dW[MAX_W];
    assert_int_equal(ffnn_get_gradients(loaded, 1, dW, NULL), FFNN_ERR_STATE);
    assert_int_equal(ffnn_backward(loaded, t), FFNN_ERR_STATE);

    /* A twin made fresh (SGD, no decay, AUTO) with the same weights takes
     * bit-identical steps; Adam, decay or a different backend would not. */
    ffnn_net *twin = make_net(a, 12);
    for (size_t l = 1; l <= a->n_layers; l++) {
        float W[MAX_W], b[MAX_W];
        assert_int_equal(ffnn_get_layer(net, l, W, b), FFNN_OK);
        assert_int_equal(ffnn_set_layer(twin, l, W, b), FFNN_OK);
    }
    assert_same_outputs(loaded, twin, 5);
    for (int step = 0; step < 3; step++) {
        float l1, l2;
        assert_int_equal(ffnn_forward(loaded, x, BATCH, NULL), FFNN_OK);
        assert_int_equal(ffnn_forward(twin, x, BATCH, NULL), FFNN_OK);
        assert_int_equal(ffnn_loss(loaded, t, &l1), FFNN_OK);
        assert_int_equal(ffnn_loss(twin, t, &l2), FFNN_OK);
        assert_int_equal(float_bits(l1), float_bits(l2));
        assert_int_equal(ffnn_backward(loaded, t), FFNN_OK);
        assert_int_equal(ffnn_backward(twin, t), FFNN_OK);
        assert_int_equal(ffnn_step(loaded, 0.2f), FFNN_OK);
        assert_int_equal(ffnn_step(twin, 0.2f), FFNN_OK);
        ref_assert_same_weights(loaded, twin);
    }

    /* And it learns: many steps bring the loss well down. */
    float first, last;
    assert_int_equal(ffnn_train_step(loaded, x, t, BATCH, 0.2f, &first),
                     FFNN_OK);
    for (int step = 0; step < 300; step++)
        assert_int_equal(ffnn_train_step(loaded, x, t, BATCH, 0.2f, &last),
                         FFNN_OK);
    assert_true(last < 0.9f * first);
    ffnn_net_destroy(twin);
    ffnn_net_destroy(loaded);
    ffnn_net_destroy(net);
}

/* A file states the format it needs: 2 once an activation of 1.4.0 is in
 * it (an older reader then asks for an upgrade), else 1, which ffnn 1.0 to
 * 1.3 read; both load. */
static void test_format_version_states_need(void **state)
{
    (void)state;
    const ffnn_activation old_acts[] = {FFNN_ACT_TANH, FFNN_ACT_SIGMOID};
    for (int g = FFNN_ACT_LINEAR; g <= FFNN_ACT_SOFTPLUS; g++) {
        if (g == FFNN_ACT_SOFTMAX)
            continue;
        ffnn_activation acts[] = {(ffnn_activation)g, old_acts[1]};
        arch a = {2, {3, 4, 2}, {acts[0], acts[1]}, FFNN_LOSS_MSE};
        ffnn_net *net = make_net(&a, (uint64_t)g);
        size_t size;
        unsigned char *buf = save_to_buffer(net, &size);
        char *header = malloc(get_le64(buf) + 1);
        assert_non_null(header);
        memcpy(header, buf + 8, get_le64(buf));
        header[get_le64(buf)] = '\0';
        char v[8];
        assert_true(string_value(value_of(header, "__metadata__"),
                                 "format_version", v, sizeof v));
        assert_string_equal(v, g > FFNN_ACT_SOFTMAX ? "2" : "1");
        ffnn_net *back = NULL;
        assert_int_equal(ffnn_load_buffer(buf, size, &back), FFNN_OK);
        assert_int_equal(ffnn_net_activation(back, 1), g);
        ffnn_net_destroy(back);
        free(header);
        free(buf);
        ffnn_net_destroy(net);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_every_configuration),
        cmocka_unit_test(test_format_version_states_need),
        cmocka_unit_test(test_save_buffer_capacity),
        cmocka_unit_test(test_bytes_follow_safetensors),
        cmocka_unit_test(test_hand_written_file_loads),
        cmocka_unit_test(test_tensor_order_is_free),
        cmocka_unit_test(test_truncated_at_every_length),
        cmocka_unit_test(test_header_byte_flips),
        cmocka_unit_test(test_header_character_substitutions),
        cmocka_unit_test(test_header_length_field),
        cmocka_unit_test(test_whole_header_garbage),
        cmocka_unit_test(test_header_edits_rejected),
        cmocka_unit_test(test_extra_tensors),
        cmocka_unit_test(test_ignored_tensor_bytes_checked),
        cmocka_unit_test(test_non_finite_weights_rejected),
        cmocka_unit_test(test_oversized_architecture_rejected),
        cmocka_unit_test(test_load_io_errors),
        cmocka_unit_test(test_save_io_errors),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_loaded_network_trains_with_defaults),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
