/* model_io.c -- networks to and from safetensors (see ffnn.h, section 11).
 * The loader trusts nothing: lengths, the JSON, every tensor's dtype, shape
 * and byte range are checked before a single weight is copied. */
#include "internal.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FORMAT_VERSION 1
#define MAX_HEADER     (100u << 20) /* the safetensors limit */

static const char *act_names[] = {"linear", "sigmoid", "tanh", "relu",
                                  "softmax"};
static const char *loss_names[] = {"mse", "bce", "ce"};

/* ---- little-endian floats and integers, whatever the host ---- */

static int host_is_little_endian(void)
{
    const uint16_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    return first == 1;
}

static void copy_le32(void *dst, const void *src, size_t count)
{
    memcpy(dst, src, count * 4);
    if (host_is_little_endian())
        return;
    unsigned char *p = dst;
    for (size_t k = 0; k < count; k++, p += 4) {
        unsigned char t = p[0];
        p[0] = p[3], p[3] = t, t = p[1], p[1] = p[2], p[2] = t;
    }
}

static uint64_t read_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = v << 8 | p[k];
    return v;
}

static void write_le64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++, v >>= 8)
        p[k] = (unsigned char)v;
}

/* ---- saving ---- */

static void tensor_name(char *buf, size_t l, const char *part)
{
    snprintf(buf, 64, "layers.%zu.%s", l, part);
}

static json_t *tensor_entry(size_t rows, size_t cols, size_t begin, size_t end)
{
    json_t *shape = cols ? json_pack("[II]", (json_int_t)rows, (json_int_t)cols)
                         : json_pack("[I]", (json_int_t)rows);
    return json_pack("{s:s,s:o,s:[II]}", "dtype", "F32", "shape", shape,
                     "data_offsets", (json_int_t)begin, (json_int_t)end);
}

static char *join_sizes(const ffnn_net *net)
{
    size_t cap = 24 * (net->n_layers + 1), len = 0;
    char *s = ffnn__alloc(cap);
    for (size_t l = 0; s && l <= net->n_layers; l++)
        len += (size_t)snprintf(s + len, cap - len, "%s%zu", l ? "," : "",
                                net->sizes[l]);
    return s;
}

static char *join_activations(const ffnn_net *net)
{
    size_t cap = 9 * net->n_layers + 1, len = 0;
    char *s = ffnn__alloc(cap);
    for (size_t l = 0; s && l < net->n_layers; l++)
        len += (size_t)snprintf(s + len, cap - len, "%s%s", l ? "," : "",
                                act_names[net->layers[l].act]);
    return s;
}

static json_t *metadata(const ffnn_net *net)
{
    char *sizes = join_sizes(net), *acts = join_activations(net);
    json_t *m = sizes && acts ? json_pack("{s:s,s:s,s:s,s:s,s:s,s:s}", "format",
                                          "ffnn", "format_version", "1",
                                          "sizes", sizes, "activations", acts,
                                          "loss", loss_names[net->loss],
                                          "ffnn_version", FFNN_VERSION_STRING)
                              : NULL;
    ffnn__free(sizes);
    ffnn__free(acts);
    return m;
}

/* json_dumps's text comes from jansson's allocator, which the program may
 * have replaced (json_set_alloc_funcs): give it back to the same one. */
static void free_json_text(char *text)
{
    json_free_t free_fn;
    json_get_alloc_funcs(NULL, &free_fn);
    free_fn(text);
}

/* The JSON header, and in *data_bytes the size of the data after it. */
static char *header_json(const ffnn_net *net, size_t *data_bytes)
{
    /* json_object_set_new takes its value even when it fails (out of memory
     * anywhere gives NULL somewhere), so one flag collects every failure. */
    json_t *root = json_object();
    int failed = json_object_set_new(root, "__metadata__", metadata(net));
    size_t offset = 0;
    for (size_t l = 1; l <= net->n_layers; l++) {
        const ffnn__layer *L = &net->layers[l - 1];
        char name[64];
        size_t w = L->n_out * L->n_in * 4, b = L->n_out * 4;
        tensor_name(name, l, "weight");
        failed |= json_object_set_new(
            root, name, tensor_entry(L->n_out, L->n_in, offset, offset + w));
        tensor_name(name, l, "bias");
        failed |= json_object_set_new(
            root, name, tensor_entry(L->n_out, 0, offset + w, offset + w + b));
        offset += w + b;
    }
    *data_bytes = offset;
    char *text =
        failed ? NULL : json_dumps(root, JSON_COMPACT | JSON_SORT_KEYS);
    /* Out of memory inside json_dumps can truncate its text silently (seen
     * with jansson 2.14), so the header is read back before it is used. */
    json_t *check =
        text ? json_loads(text, JSON_REJECT_DUPLICATES, NULL) : NULL;
    if (text && !json_equal(check, root)) {
        free_json_text(text);
        text = NULL;
    }
    json_decref(check);
    json_decref(root);
    return text;
}

ffnn_status ffnn_save_buffer(const ffnn_net *net, void *buf, size_t capacity,
                             size_t *size)
{
    if (!net || !size)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_save_buffer: %s is NULL",
                          net ? "size" : "net");
    size_t data_bytes;
    char *json = header_json(net, &data_bytes);
    if (!json)
        return ffnn__fail(net, FFNN_ERR_NOMEM,
                          "ffnn_save_buffer: cannot build the header");
    size_t json_len = strlen(json);
    size_t padded = (json_len + 7) / 8 * 8; /* spaces keep the data aligned */
    *size = 8 + padded + data_bytes;
    if (!buf) {
        free_json_text(json);
        return FFNN_OK;
    }
    if (capacity < *size) {
        free_json_text(json);
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_save_buffer: need %zu bytes, have %zu", *size,
                          capacity);
    }
    unsigned char *p = buf;
    write_le64(p, padded);
    memcpy(p + 8, json, json_len);
    memset(p + 8 + json_len, ' ', padded - json_len);
    free_json_text(json);
    p += 8 + padded;
    for (size_t l = 0; l < net->n_layers; l++) {
        const ffnn__layer *L = &net->layers[l];
        copy_le32(p, L->W, L->n_out * L->n_in);
        p += L->n_out * L->n_in * 4;
        copy_le32(p, L->b, L->n_out);
        p += L->n_out * 4;
    }
    return FFNN_OK;
}

ffnn_status ffnn_save(const ffnn_net *net, const char *path)
{
    if (!net || !path)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_save: %s is NULL",
                          net ? "path" : "net");
    size_t size = 0;
    ffnn_status s = ffnn_save_buffer(net, NULL, 0, &size);
    void *buf = s == FFNN_OK ? ffnn__alloc(size) : NULL;
    if (s == FFNN_OK && !buf)
        s = ffnn__fail(net, FFNN_ERR_NOMEM,
                       "ffnn_save: cannot allocate %zu "
                       "bytes",
                       size);
    if (s == FFNN_OK)
        s = ffnn_save_buffer(net, buf, size, &size);
    FILE *f = s == FFNN_OK ? fopen(path, "wb") : NULL;
    if (s == FFNN_OK) {
        int ok = f && fwrite(buf, 1, size, f) == size;
        ok = f && fclose(f) == 0 && ok;
        if (!ok)
            s = ffnn__fail(net, FFNN_ERR_IO, "ffnn_save: cannot write %s",
                           path);
    }
    ffnn__free(buf);
    return s;
}

/* ---- loading ---- */

typedef struct {
    size_t n_layers;
    size_t *sizes;
    ffnn_activation *acts;
    ffnn_loss_function loss;
} architecture;

typedef struct {
    size_t begin, end, layer;
    int is_bias;
} byte_range;

static ffnn_status bad_format(const char *what, const char *detail)
{
    return ffnn__fail(NULL, FFNN_ERR_FORMAT, "ffnn_load: %s%s%s", what,
                      detail ? ": " : "", detail ? detail : "");
}

static const char *meta_string(json_t *meta, const char *key)
{
    return json_string_value(json_object_get(meta, key));
}

/* A positive decimal integer with no sign, spaces or leading zeros. */
static int parse_count(const char *s, size_t len, size_t *out)
{
    if (len == 0 || len > 12 || (s[0] == '0' && len > 1))
        return 0;
    size_t v = 0;
    for (size_t k = 0; k < len; k++) {
        if (s[k] < '0' || s[k] > '9')
            return 0;
        v = v * 10 + (size_t)(s[k] - '0');
    }
    *out = v;
    return 1;
}

static size_t count_items(const char *list)
{
    size_t n = 1;
    for (const char *p = list; *p; p++)
        n += *p == ',';
    return n;
}

static int name_index(const char *name, size_t len, const char **names,
                      int count)
{
    for (int k = 0; k < count; k++)
        if (strlen(names[k]) == len && strncmp(name, names[k], len) == 0)
            return k;
    return -1;
}

static ffnn_status parse_lists(const char *sizes, const char *acts,
                               architecture *a)
{
    const char *p = sizes;
    for (size_t l = 0; l <= a->n_layers; l++) {
        size_t len = strcspn(p, ",");
        if (!parse_count(p, len, &a->sizes[l]) || a->sizes[l] == 0)
            return bad_format("metadata \"sizes\" is not a list of widths",
                              sizes);
        p += len + (p[len] == ',');
    }
    p = acts;
    for (size_t l = 0; l < a->n_layers; l++) {
        size_t len = strcspn(p, ",");
        int k = name_index(p, len, act_names, 5);
        if (k < 0)
            return bad_format("metadata \"activations\" has an unknown name",
                              acts);
        a->acts[l] = (ffnn_activation)k;
        p += len + (p[len] == ',');
    }
    return FFNN_OK;
}

static ffnn_status parse_architecture(json_t *meta, architecture *a)
{
    const char *format = meta_string(meta, "format"),
               *version = meta_string(meta, "format_version"),
               *sizes = meta_string(meta, "sizes"),
               *acts = meta_string(meta, "activations"),
               *loss = meta_string(meta, "loss");
    if (!format || strcmp(format, "ffnn") != 0)
        return bad_format("__metadata__ has no \"format\": \"ffnn\"", NULL);
    size_t v;
    if (!version || !parse_count(version, strlen(version), &v))
        return bad_format("metadata \"format_version\" is missing or bad",
                          version);
    if (v == 0)
        return bad_format("metadata \"format_version\" 0 is not a version",
                          NULL);
    if (v > FORMAT_VERSION)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "ffnn_load: the file has format version %zu, newer "
                          "than the %d this ffnn %s reads; upgrade ffnn",
                          v, FORMAT_VERSION, FFNN_VERSION_STRING);
    if (!sizes || !acts || !loss)
        return bad_format("metadata lacks \"sizes\", \"activations\" or "
                          "\"loss\"",
                          NULL);
    a->n_layers = count_items(acts);
    if (count_items(sizes) != a->n_layers + 1 || a->n_layers > 4096)
        return bad_format("metadata \"sizes\" and \"activations\" disagree",
                          NULL);
    int k = name_index(loss, strlen(loss), loss_names, 3);
    if (k < 0)
        return bad_format("metadata \"loss\" is unknown", loss);
    a->loss = (ffnn_loss_function)k;
    a->sizes = ffnn__alloc((a->n_layers + 1) * sizeof *a->sizes);
    a->acts = ffnn__alloc(a->n_layers * sizeof *a->acts);
    if (!a->sizes || !a->acts)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    return parse_lists(sizes, acts, a);
}

/* "layers.{l}.weight" or "layers.{l}.bias" with 1 <= l <= L. */
static int parse_tensor_name(const char *key, size_t n_layers, byte_range *r)
{
    if (strncmp(key, "layers.", 7) != 0)
        return 0;
    const char *digits = key + 7, *dot = strchr(digits, '.');
    if (!dot || !parse_count(digits, (size_t)(dot - digits), &r->layer) ||
        r->layer == 0 || r->layer > n_layers)
        return 0;
    r->is_bias = strcmp(dot + 1, "bias") == 0;
    return r->is_bias || strcmp(dot + 1, "weight") == 0;
}

static int json_size(json_t *v, size_t *out)
{
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return 0;
    *out = (size_t)json_integer_value(v);
    return 1;
}

static int shape_matches(json_t *shape, size_t rows, size_t cols)
{
    size_t dims = cols ? 2 : 1, d0, d1 = 0;
    return json_is_array(shape) && json_array_size(shape) == dims &&
           json_size(json_array_get(shape, 0), &d0) && d0 == rows &&
           (!cols || (json_size(json_array_get(shape, 1), &d1) && d1 == cols));
}

static ffnn_status check_tensor(const char *key, json_t *entry,
                                const ffnn_net *net, size_t data_size,
                                byte_range *r)
{
    if (!parse_tensor_name(key, net->n_layers, r))
        return bad_format("unexpected tensor", key);
    const ffnn__layer *L = &net->layers[r->layer - 1];
    size_t rows = L->n_out, cols = r->is_bias ? 0 : L->n_in;
    const char *dtype = json_string_value(json_object_get(entry, "dtype"));
    json_t *offsets = json_object_get(entry, "data_offsets");
    if (!json_is_object(entry) || !dtype || strcmp(dtype, "F32") != 0)
        return bad_format("tensor dtype is not F32", key);
    if (!shape_matches(json_object_get(entry, "shape"), rows, cols))
        return bad_format("tensor shape does not match the architecture", key);
    if (!json_is_array(offsets) || json_array_size(offsets) != 2 ||
        !json_size(json_array_get(offsets, 0), &r->begin) ||
        !json_size(json_array_get(offsets, 1), &r->end) || r->begin > r->end ||
        r->end > data_size)
        return bad_format("tensor data_offsets are reversed or lie outside "
                          "the data",
                          key);
    if (r->end - r->begin != rows * (cols ? cols : 1) * 4)
        return bad_format("tensor byte length does not match its shape", key);
    return FFNN_OK;
}

static int by_begin(const void *a, const void *b)
{
    size_t x = ((const byte_range *)a)->begin,
           y = ((const byte_range *)b)->begin;
    return (x > y) - (x < y);
}

/* Every tensor present once, and together they tile the data exactly. */
static ffnn_status check_tiling(byte_range *r, size_t count, size_t expected,
                                size_t data_size)
{
    if (count != expected)
        return bad_format("tensors are missing", NULL);
    qsort(r, count, sizeof *r, by_begin);
    size_t at = 0;
    for (size_t k = 0; k < count; k++) {
        if (r[k].begin != at)
            return bad_format(r[k].begin < at ? "tensors overlap"
                                              : "a gap lies between tensors",
                              NULL);
        at = r[k].end;
    }
    if (at != data_size)
        return bad_format("bytes follow the last tensor", NULL);
    for (size_t k = 1; k < count; k++)
        if (r[k].layer == r[k - 1].layer && r[k].is_bias == r[k - 1].is_bias)
            return bad_format("a tensor appears twice", NULL);
    return FFNN_OK;
}

static ffnn_status copy_weights(ffnn_net *net, const byte_range *r,
                                size_t count, const unsigned char *data)
{
    for (size_t k = 0; k < count; k++) {
        const ffnn__layer *L = &net->layers[r[k].layer - 1];
        float *dst = r[k].is_bias ? L->b : L->W;
        size_t n = (r[k].end - r[k].begin) / 4;
        copy_le32(dst, data + r[k].begin, n);
        if (!ffnn__all_finite(dst, n))
            return bad_format("a tensor holds NaN or infinity", NULL);
    }
    return FFNN_OK;
}

static ffnn_status load_tensors(json_t *root, ffnn_net *net,
                                const unsigned char *data, size_t data_size)
{
    size_t expected = 2 * net->n_layers, count = 0;
    byte_range *ranges = ffnn__alloc(expected * sizeof *ranges);
    if (!ranges)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    ffnn_status s = FFNN_OK;
    const char *key;
    json_t *entry;
    json_object_foreach(root, key, entry)
    {
        if (strcmp(key, "__metadata__") == 0)
            continue;
        if (count == expected) {
            s = bad_format("unexpected tensor", key);
            break;
        }
        s = check_tensor(key, entry, net, data_size, &ranges[count++]);
        if (s != FFNN_OK)
            break;
    }
    if (s == FFNN_OK)
        s = check_tiling(ranges, count, expected, data_size);
    if (s == FFNN_OK)
        s = copy_weights(net, ranges, count, data);
    ffnn__free(ranges);
    return s;
}

/* Bytes of all tensors, 4 sum_l n_l (n_{l-1} + 1), or SIZE_MAX if that
 * overflows: checked against the data before anything of the
 * architecture's size is allocated, so that a small file cannot ask for
 * gigabytes it does not hold. */
static size_t bytes_needed(const architecture *a)
{
    size_t total = 0;
    for (size_t l = 1; l <= a->n_layers; l++) {
        size_t w;
        if (ffnn__mul_overflows(a->sizes[l], a->sizes[l - 1] + 1, &w) ||
            w > SIZE_MAX / 4 - total)
            return SIZE_MAX;
        total += w;
    }
    return total * 4;
}

static ffnn_status build_from_header(json_t *root, const unsigned char *data,
                                     size_t data_size, ffnn_net **out)
{
    json_t *meta = json_object_get(root, "__metadata__");
    if (!json_is_object(root) || !json_is_object(meta))
        return bad_format("header has no \"__metadata__\" object", NULL);
    architecture a = {0};
    ffnn_status s = parse_architecture(meta, &a);
    size_t needed = s == FFNN_OK ? bytes_needed(&a) : 0;
    if (s == FFNN_OK && needed > data_size)
        s = ffnn__fail(NULL, FFNN_ERR_FORMAT,
                       "ffnn_load: the architecture %s needs %zu bytes of "
                       "tensors but the data holds %zu: tensors are missing, "
                       "or their shapes and data_offsets cannot fit",
                       meta_string(meta, "sizes"), needed, data_size);
    if (s == FFNN_OK) {
        s = ffnn_net_create(out, a.n_layers, a.sizes, a.acts, a.loss, 0);
        if (s != FFNN_OK && s != FFNN_ERR_NOMEM)
            s = ffnn__fail(NULL, FFNN_ERR_FORMAT,
                           "ffnn_load: bad architecture: "
                           "%s",
                           ffnn_last_error());
    }
    ffnn__free(a.sizes);
    ffnn__free(a.acts);
    if (s == FFNN_OK)
        s = load_tensors(root, *out, data, data_size);
    if (s != FFNN_OK) {
        ffnn_net_destroy(*out);
        *out = NULL;
    }
    return s;
}

ffnn_status ffnn_load_buffer(const void *data, size_t size, ffnn_net **out)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_load_buffer: out is NULL");
    *out = NULL;
    if (!data)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_load_buffer: data is NULL");
    const unsigned char *p = data;
    if (size < 8)
        return bad_format("shorter than the 8-byte header length", NULL);
    uint64_t n = read_le64(p);
    if (n > size - 8 || n > MAX_HEADER)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "ffnn_load: header length %llu exceeds the %zu bytes "
                          "that follow (or the 100 MB limit)",
                          (unsigned long long)n, size - 8);
    if (n == 0 || p[8] != '{')
        return bad_format("the header is not a JSON object", NULL);
    json_error_t err = {0}; /* jansson leaves it unset if it cannot start */
    json_t *root = json_loadb((const char *)p + 8, (size_t)n,
                              JSON_REJECT_DUPLICATES, &err);
    /* jansson names every parse error; it fails with no text only when it
     * cannot allocate its lexer, before parsing begins. */
    if (!root && (json_error_code(&err) == json_error_out_of_memory ||
                  err.text[0] == '\0'))
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    if (!root)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "ffnn_load: header JSON, line %d column %d: %s",
                          err.line, err.column, err.text);
    ffnn_status s =
        build_from_header(root, p + 8 + n, size - 8 - (size_t)n, out);
    json_decref(root);
    return s;
}

/* The whole file, in a block from ffnn__alloc. */
static ffnn_status read_file(const char *path, unsigned char **data,
                             size_t *size)
{
    *data = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_load: cannot open %s", path);
    /* A directory opens but cannot be read (and may claim any size). */
    if (fgetc(f) == EOF && ferror(f)) {
        fclose(f);
        return ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_load: cannot read %s", path);
    }
    long end = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    ffnn_status s = FFNN_OK;
    *data = end >= 0 && fseek(f, 0, SEEK_SET) == 0
                ? ffnn__alloc((size_t)end + 1)
                : NULL;
    if (end < 0)
        s = ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_load: cannot size %s", path);
    else if (!*data)
        s = ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: %s: out of memory",
                       path);
    else if (fread(*data, 1, (size_t)end, f) != (size_t)end)
        s = ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_load: cannot read %s", path);
    fclose(f);
    *size = (size_t)end;
    if (s != FFNN_OK) {
        ffnn__free(*data);
        *data = NULL;
    }
    return s;
}

ffnn_status ffnn_load(const char *path, ffnn_net **out)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_load: out is NULL");
    *out = NULL;
    if (!path)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_load: path is NULL");
    unsigned char *data = NULL;
    size_t size = 0;
    ffnn_status s = read_file(path, &data, &size);
    if (s == FFNN_OK)
        s = ffnn_load_buffer(data, size, out);
    ffnn__free(data);
    return s;
}
