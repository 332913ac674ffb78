/* model_io.c -- networks to and from safetensors (see ffnn.h, section 11).
 * The loader trusts nothing: lengths, the JSON, every tensor's dtype, shape
 * and byte range are checked before a single weight is copied. */
#include "model_state.h"
#include "safetensors.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The newest format this library reads. A file states the oldest that can
 * hold it: 1 for what ffnn 1.0 can read, 2 once it needs 1.4.0 (one of the
 * activations added then), so that an older reader says "upgrade" rather
 * than "unknown name". */
#define FORMAT_VERSION 2

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

static void write_le64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++, v >>= 8)
        p[k] = (unsigned char)v;
}

/* ---- the tensors of a network ---- */

/* One tensor of a file: its name, shape (cols 0 for a vector) and where its
 * floats live in the network. */
typedef struct {
    char name[64];
    size_t rows, cols;
    float *data;
} tensor_ref;

#define MAX_STATE 2 /* state tensors per parameter */

/* The scaling tensors (ffnn.h, section 16), after the layers'; count. */
static size_t list_scaling(const ffnn_net *net, tensor_ref *refs)
{
    const struct {
        const char *name;
        float *scaling;
        size_t n;
    } sides[] = {{"input", net->in_scaling, net->sizes[0]},
                 {"output", net->out_scaling, net->sizes[net->n_layers]}};
    size_t count = 0;
    for (int k = 0; k < 2; k++)
        for (int part = 0; sides[k].scaling && part < 2; part++) {
            tensor_ref *t = &refs[count++];
            *t = (tensor_ref){"", sides[k].n, 0,
                              sides[k].scaling + part * sides[k].n};
            snprintf(t->name, sizeof t->name, "%s.%s", sides[k].name,
                     part ? "scale" : "mean");
        }
    return count;
}

/* Early stopping's best weights (a checkpoint's, when the run keeps them),
 * after the scaling; their count. */
static size_t list_best(const ffnn_net *net, tensor_ref *refs)
{
    size_t count = 0;
    int kept = net->best.params && net->best.epoch;
    for (size_t l = 1; kept && l <= net->n_layers; l++) {
        const ffnn__layer *L = &net->layers[l - 1];
        for (int part = 0; part < 2; part++, count++) {
            float *own = part ? L->b : L->W;
            refs[count] = (tensor_ref){"", L->n_out, part ? 0 : L->n_in,
                                       net->best.params + (own - net->params)};
            snprintf(refs[count].name, sizeof refs[count].name,
                     "best.layers.%zu.%s", l, part ? "bias" : "weight");
        }
    }
    return count;
}

/* The weights and biases of every layer and, with_state, the optimizer's
 * state beside each, in file order; their count. refs holds
 * 2 L (1 + MAX_STATE). */
static size_t list_tensors(const ffnn_net *net, int with_state,
                           tensor_ref *refs)
{
    const char *state_names[MAX_STATE];
    float *state[MAX_STATE];
    int n_state = with_state ? ffnn__state_tensors(net, state_names, state) : 0;
    size_t count = 0;
    for (size_t l = 1; l <= net->n_layers; l++) {
        const ffnn__layer *L = &net->layers[l - 1];
        for (int part = 0; part < 2; part++) {
            const char *what = part ? "bias" : "weight";
            float *own = part ? L->b : L->W;
            tensor_ref base = {"", L->n_out, part ? 0 : L->n_in, own};
            snprintf(base.name, sizeof base.name, "layers.%zu.%s", l, what);
            refs[count++] = base;
            for (int k = 0; k < n_state; k++, count++) {
                refs[count] = base;
                snprintf(refs[count].name, sizeof refs[count].name,
                         "layers.%zu.%s.%s", l, what, state_names[k]);
                refs[count].data = state[k] + (own - net->params);
            }
        }
    }
    count += list_scaling(net, refs + count);
    return count + (with_state ? list_best(net, refs + count) : 0);
}

static size_t tensor_floats(const tensor_ref *t)
{
    return t->rows * (t->cols ? t->cols : 1);
}

static tensor_ref *alloc_refs(const ffnn_net *net)
{
    return ffnn__alloc((2 * net->n_layers * (2 + MAX_STATE) + 4) *
                       sizeof(tensor_ref));
}

/* ---- saving ---- */

static json_t *tensor_entry(const tensor_ref *t, size_t begin)
{
    size_t end = begin + tensor_floats(t) * 4;
    json_t *shape =
        t->cols ? json_pack("[II]", (json_int_t)t->rows, (json_int_t)t->cols)
                : json_pack("[I]", (json_int_t)t->rows);
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
    size_t cap = 1, len = 0; /* each name and its comma, then the NUL */
    for (size_t l = 0; l < net->n_layers; l++)
        cap +=
            strlen(ffnn__name(FFNN__NAMES_ACTIVATION, net->layers[l].act)) + 1;
    char *s = ffnn__alloc(cap);
    for (size_t l = 0; s && l < net->n_layers; l++)
        len += (size_t)snprintf(
            s + len, cap - len, "%s%s", l ? "," : "",
            ffnn__name(FFNN__NAMES_ACTIVATION, net->layers[l].act));
    return s;
}

static const char *format_version_of(const ffnn_net *net)
{
    for (size_t l = 0; l < net->n_layers; l++)
        if (net->layers[l].act > FFNN_ACT_SOFTMAX)
            return "2";
    return net->in_scaling || net->out_scaling || net->n_dropout ? "2" : "1";
}

/* "input", "output", "input,output", or NULL: what the "scaling" key says. */
static const char *scaling_of(const ffnn_net *net)
{
    if (net->in_scaling)
        return net->out_scaling ? "input,output" : "input";
    return net->out_scaling ? "output" : NULL;
}

static json_t *metadata(const ffnn_net *net, int with_state)
{
    char *sizes = join_sizes(net), *acts = join_activations(net);
    json_t *m = sizes && acts
                    ? json_pack("{s:s,s:s,s:s,s:s,s:s,s:s}", "format", "ffnn",
                                "format_version", format_version_of(net),
                                "sizes", sizes, "activations", acts, "loss",
                                ffnn__name(FFNN__NAMES_LOSS, net->loss),
                                "ffnn_version", FFNN_VERSION_STRING)
                    : NULL;
    ffnn__free(sizes);
    ffnn__free(acts);
    const char *scaling = scaling_of(net);
    if (m && scaling && json_object_set_new(m, "scaling", json_string(scaling)))
        json_decref(m), m = NULL;
    if (m && !ffnn__dropout_to_json(net, m, with_state))
        json_decref(m), m = NULL;
    if (m && !(ffnn__user_to_json(net, m) &&
               (!with_state || ffnn__state_to_json(net, m)))) {
        json_decref(m);
        m = NULL;
    }
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

/* The JSON header of the count tensors, and in *data_bytes the size of the
 * data after it. */
static char *header_json(const ffnn_net *net, int with_state,
                         const tensor_ref *refs, size_t count,
                         size_t *data_bytes)
{
    /* json_object_set_new takes its value even when it fails (out of memory
     * anywhere gives NULL somewhere), so one flag collects every failure. */
    json_t *root = json_object();
    int failed =
        json_object_set_new(root, "__metadata__", metadata(net, with_state));
    size_t offset = 0;
    for (size_t k = 0; k < count; k++) {
        failed |= json_object_set_new(root, refs[k].name,
                                      tensor_entry(&refs[k], offset));
        offset += tensor_floats(&refs[k]) * 4;
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

static void write_file_image(unsigned char *p, const char *json, size_t padded,
                             const tensor_ref *refs, size_t count)
{
    size_t json_len = strlen(json);
    write_le64(p, padded);
    memcpy(p + 8, json, json_len);
    memset(p + 8 + json_len, ' ', padded - json_len);
    p += 8 + padded;
    for (size_t k = 0; k < count; k++) {
        copy_le32(p, refs[k].data, tensor_floats(&refs[k]));
        p += tensor_floats(&refs[k]) * 4;
    }
}

static ffnn_status save_buffer(const ffnn_net *net, int with_state, void *buf,
                               size_t capacity, size_t *size, const char *fn)
{
    if (!net || !size)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "size" : "net");
    if (with_state && net->shared)
        return ffnn__fail(net, FFNN_ERR_STATE,
                          "%s: a view (ffnn_net_share) has no optimizer or "
                          "training position: checkpoint the network it "
                          "shares",
                          fn);
    tensor_ref *refs = alloc_refs(net);
    size_t count = refs ? list_tensors(net, with_state, refs) : 0;
    size_t data_bytes = 0;
    char *json =
        refs ? header_json(net, with_state, refs, count, &data_bytes) : NULL;
    ffnn_status s = FFNN_OK;
    if (!json)
        s = ffnn__fail(net, FFNN_ERR_NOMEM, "%s: cannot build the header", fn);
    size_t padded = json ? (strlen(json) + 7) / 8 * 8 : 0; /* aligned data */
    if (s == FFNN_OK)
        *size = 8 + padded + data_bytes;
    if (s == FFNN_OK && buf && capacity < *size)
        s = ffnn__fail(net, FFNN_ERR_ARG, "%s: need %zu bytes, have %zu", fn,
                       *size, capacity);
    if (s == FFNN_OK && buf)
        write_file_image(buf, json, padded, refs, count);
    if (json)
        free_json_text(json);
    ffnn__free(refs);
    return s;
}

ffnn_status ffnn_save_buffer(const ffnn_net *net, void *buf, size_t capacity,
                             size_t *size)
{
    return save_buffer(net, 0, buf, capacity, size, "ffnn_save_buffer");
}

ffnn_status ffnn_save_checkpoint_buffer(const ffnn_net *net, void *buf,
                                        size_t capacity, size_t *size)
{
    return save_buffer(net, 1, buf, capacity, size,
                       "ffnn_save_checkpoint_buffer");
}

static ffnn_status save_file(const ffnn_net *net, int with_state,
                             const char *path, const char *fn)
{
    if (!net || !path)
        return ffnn__fail(net, FFNN_ERR_ARG, "%s: %s is NULL", fn,
                          net ? "path" : "net");
    size_t size = 0;
    ffnn_status s = save_buffer(net, with_state, NULL, 0, &size, fn);
    void *buf = s == FFNN_OK ? ffnn__alloc(size) : NULL;
    if (s == FFNN_OK && !buf)
        s = ffnn__fail(net, FFNN_ERR_NOMEM, "%s: cannot allocate %zu bytes", fn,
                       size);
    if (s == FFNN_OK)
        s = save_buffer(net, with_state, buf, size, &size, fn);
    const char *step = NULL;
    int error = s == FFNN_OK ? ffnn__write_atomic(path, buf, size, &step) : 0;
    if (error)
        s = ffnn__fail(net, FFNN_ERR_IO, "%s: cannot %s %s: %s", fn, step, path,
                       strerror(error));
    ffnn__free(buf);
    return s;
}

ffnn_status ffnn_save(const ffnn_net *net, const char *path)
{
    return save_file(net, 0, path, "ffnn_save");
}

ffnn_status ffnn_save_checkpoint(const ffnn_net *net, const char *path)
{
    return save_file(net, 1, path, "ffnn_save_checkpoint");
}

/* ---- loading ---- */

typedef struct {
    size_t n_layers;
    size_t *sizes;
    ffnn_activation *acts;
    ffnn_loss_function loss;
} architecture;

typedef struct {
    size_t begin, end;
    ptrdiff_t ref; /* index in the network's tensor list; -1: ignored */
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
        int k = ffnn__value_of(FFNN__NAMES_ACTIVATION, p, len);
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
    int k = ffnn__value_of(FFNN__NAMES_LOSS, loss, strlen(loss));
    if (k < 0)
        return bad_format("metadata \"loss\" is unknown", loss);
    a->loss = (ffnn_loss_function)k;
    a->sizes = ffnn__alloc((a->n_layers + 1) * sizeof *a->sizes);
    a->acts = ffnn__alloc(a->n_layers * sizeof *a->acts);
    if (!a->sizes || !a->acts)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    return parse_lists(sizes, acts, a);
}

/* The index in list_tensors' order of "layers.{l}.weight|bias[.STATE]",
 * or -1 if net has no such tensor. */
static ptrdiff_t known_tensor(const char *key, const ffnn_net *net)
{
    const char *names[MAX_STATE];
    float *unused[MAX_STATE];
    int n_state = ffnn__state_tensors(net, names, unused);
    const char *digits = key + 7, *dot = strchr(digits, '.');
    size_t l;
    if (!dot || !parse_count(digits, (size_t)(dot - digits), &l) || l == 0 ||
        l > net->n_layers)
        return -1;
    int part = strncmp(dot + 1, "bias", 4) == 0;
    const char *rest = dot + 1 + (part ? 4 : 6);
    if (!part && strncmp(dot + 1, "weight", 6) != 0)
        return -1;
    ptrdiff_t base = (ptrdiff_t)(((l - 1) * 2 + (size_t)part) * (1 + n_state));
    if (*rest == '\0')
        return base;
    for (int k = 0; *rest == '.' && k < n_state; k++)
        if (strcmp(rest + 1, names[k]) == 0)
            return base + 1 + k;
    return -1;
}

/* The index among list_tensors of a scaling tensor the network has (after
 * every layer's tensors, in list_scaling's order), or -1. */
static ptrdiff_t scaling_tensor(const char *key, const ffnn_net *net)
{
    const char *names[MAX_STATE];
    float *unused[MAX_STATE];
    int n_state = ffnn__state_tensors(net, names, unused);
    ptrdiff_t at = (ptrdiff_t)(2 * net->n_layers * (size_t)(1 + n_state));
    static const char *const input[] = {"input.mean", "input.scale"};
    static const char *const output[] = {"output.mean", "output.scale"};
    for (int part = 0; part < 2; part++)
        if (net->in_scaling && strcmp(key, input[part]) == 0)
            return at + part;
    at += net->in_scaling ? 2 : 0;
    for (int part = 0; part < 2; part++)
        if (net->out_scaling && strcmp(key, output[part]) == 0)
            return at + part;
    return -1;
}

/* The index among list_tensors of "best.layers.{l}.weight|bias" when the
 * network keeps best weights (after the scaling), or -1. */
static ptrdiff_t best_tensor(const char *key, const ffnn_net *net)
{
    if (!net->best.params || strncmp(key, "best.layers.", 12) != 0)
        return -1;
    const char *digits = key + 12, *dot = strchr(digits, '.');
    size_t l;
    if (!dot || !parse_count(digits, (size_t)(dot - digits), &l) || l == 0 ||
        l > net->n_layers)
        return -1;
    int part = strcmp(dot + 1, "bias") == 0;
    if (!part && strcmp(dot + 1, "weight") != 0)
        return -1;
    const char *names[MAX_STATE];
    float *unused[MAX_STATE];
    size_t n_state = (size_t)ffnn__state_tensors(net, names, unused);
    size_t scaling = 2 * (size_t) !!net->in_scaling + 2 * !!net->out_scaling;
    return (ptrdiff_t)(2 * net->n_layers * (1 + n_state) + scaling +
                       2 * (l - 1) + (size_t)part);
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

static ffnn_status check_offsets(const char *key, json_t *entry,
                                 size_t data_size, byte_range *r)
{
    json_t *offsets = json_object_get(entry, "data_offsets");
    if (!json_is_array(offsets) || json_array_size(offsets) != 2 ||
        !json_size(json_array_get(offsets, 0), &r->begin) ||
        !json_size(json_array_get(offsets, 1), &r->end) || r->begin > r->end ||
        r->end > data_size)
        return bad_format("tensor data_offsets are reversed or lie outside "
                          "the data",
                          key);
    return FFNN_OK;
}

/* A tensor ffnn knows must match the network; one outside "layers." is
 * ignored (ffnn.h's rule) once its bytes are known to lie in the data. */
static ffnn_status check_tensor(const char *key, json_t *entry,
                                const ffnn_net *net, const tensor_ref *refs,
                                size_t data_size, byte_range *r)
{
    ptrdiff_t scaling = scaling_tensor(key, net), best = best_tensor(key, net);
    int layers = strncmp(key, "layers.", 7) == 0;
    int ours = layers || scaling >= 0 || strncmp(key, "best.", 5) == 0;
    r->ref = scaling >= 0 ? scaling
             : best >= 0  ? best
             : layers     ? known_tensor(key, net)
                          : -1;
    if (ours && r->ref < 0)
        return bad_format(net->opt.kind == FFNN_OPT_SGD || !strchr(key + 7, '.')
                              ? "unexpected tensor"
                              : "unexpected tensor for the file's optimizer",
                          key);
    if (!json_is_object(entry))
        return bad_format("tensor entry is not an object", key);
    ffnn_status s = check_offsets(key, entry, data_size, r);
    if (s != FFNN_OK || !ours)
        return s;
    const tensor_ref *t = &refs[r->ref];
    const char *dtype = json_string_value(json_object_get(entry, "dtype"));
    if (!dtype || strcmp(dtype, "F32") != 0)
        return bad_format("tensor dtype is not F32", key);
    if (!shape_matches(json_object_get(entry, "shape"), t->rows, t->cols))
        return bad_format("tensor shape does not match the architecture", key);
    if (r->end - r->begin != tensor_floats(t) * 4)
        return bad_format("tensor byte length does not match its shape", key);
    return FFNN_OK;
}

static int by_begin(const void *a, const void *b)
{
    const byte_range *x = a, *y = b;
    if (x->begin != y->begin)
        return (x->begin > y->begin) - (x->begin < y->begin);
    return (x->end > y->end) - (x->end < y->end);
}

/* Every tensor present once, and together they tile the data exactly. */
static ffnn_status check_tiling(byte_range *r, size_t count, size_t known,
                                size_t expected, size_t data_size)
{
    if (known != expected)
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
    return FFNN_OK;
}

static int all_non_negative(const float *v, size_t n)
{
    int ok = 1;
    for (size_t k = 0; k < n; k++)
        ok &= !(v[k] < 0.0f);
    return ok;
}

static ffnn_status copy_tensors(const tensor_ref *refs, const byte_range *r,
                                size_t count, const unsigned char *data)
{
    for (size_t k = 0; k < count; k++) {
        if (r[k].ref < 0)
            continue;
        const tensor_ref *t = &refs[r[k].ref];
        size_t n = tensor_floats(t);
        copy_le32(t->data, data + r[k].begin, n);
        if (!ffnn__all_finite(t->data, n))
            return bad_format("a tensor holds NaN or infinity", t->name);
        if (strstr(t->name, "exp_avg_sq") && !all_non_negative(t->data, n))
            return bad_format("a second moment is negative", t->name);
    }
    return FFNN_OK;
}

/* Record each tensor's range, each known one once. */
static ffnn_status scan_tensors(json_t *root, const ffnn_net *net,
                                const tensor_ref *refs, char *seen,
                                byte_range *ranges, size_t data_size,
                                size_t *count, size_t *known)
{
    const char *key;
    json_t *entry;
    json_object_foreach(root, key, entry)
    {
        if (strcmp(key, "__metadata__") == 0)
            continue;
        byte_range *r = &ranges[(*count)++];
        ffnn_status s = check_tensor(key, entry, net, refs, data_size, r);
        if (s != FFNN_OK)
            return s;
        if (r->ref >= 0 && seen[r->ref]++)
            return bad_format("a tensor appears twice", key);
        *known += r->ref >= 0;
    }
    return FFNN_OK;
}

static ffnn_status load_tensors(json_t *root, ffnn_net *net,
                                const unsigned char *data, size_t data_size)
{
    size_t n_keys = json_object_size(root);
    tensor_ref *refs = alloc_refs(net);
    byte_range *ranges = ffnn__alloc((n_keys + 1) * sizeof *ranges);
    size_t n_refs = refs ? list_tensors(net, 1, refs) : 0;
    char *seen = ffnn__alloc(n_refs + 1);
    ffnn_status s = FFNN_OK;
    if (!refs || !ranges || !seen)
        s = ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    size_t count = 0, known = 0;
    if (s == FFNN_OK) {
        memset(seen, 0, n_refs);
        s = scan_tensors(root, net, refs, seen, ranges, data_size, &count,
                         &known);
    }
    if (s == FFNN_OK)
        s = check_tiling(ranges, count, known, n_refs, data_size);
    if (s == FFNN_OK)
        s = copy_tensors(refs, ranges, count, data);
    ffnn__free(seen);
    ffnn__free(ranges);
    ffnn__free(refs);
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

/* The scaling the file says it holds, made ready for its tensors. */
static ffnn_status scaling_from_json(json_t *meta, ffnn_net *net)
{
    json_t *v = json_object_get(meta, "scaling");
    if (!v)
        return FFNN_OK;
    const char *what = json_string_value(v);
    int in = what && (!strcmp(what, "input") || !strcmp(what, "input,output"));
    int out =
        what && (!strcmp(what, "output") || !strcmp(what, "input,output"));
    if (!in && !out)
        return bad_format("metadata \"scaling\" is not input, output or "
                          "input,output",
                          what);
    if (out && net->loss != FFNN_LOSS_MSE)
        return bad_format("output scaling needs an MSE loss", what);
    net->in_scaling = in ? ffnn__scaling_new(net->sizes[0]) : NULL;
    net->out_scaling =
        out ? ffnn__scaling_new(net->sizes[net->n_layers]) : NULL;
    if ((in && !net->in_scaling) || (out && !net->out_scaling))
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    return FFNN_OK;
}

static ffnn_status check_scaling(const ffnn_net *net)
{
    if (net->in_scaling && !ffnn__scaling_valid(net->in_scaling, net->sizes[0]))
        return bad_format("input scaling: a mean or scale is not finite, or "
                          "a scale is 0",
                          NULL);
    if (net->out_scaling &&
        !ffnn__scaling_valid(net->out_scaling, net->sizes[net->n_layers]))
        return bad_format("output scaling: a mean or scale is not finite, or "
                          "a scale is 0",
                          NULL);
    return FFNN_OK;
}

/* Room for the best weights if the file holds them: only with the best
 * epoch they belong to. */
static ffnn_status best_from_json(json_t *root, ffnn_net *net)
{
    if (!json_object_get(root, "best.layers.1.weight"))
        return FFNN_OK; /* and any other best.* tensor is unexpected */
    if (!net->best.epoch)
        return bad_format("best weights without \"train.best_epoch\"",
                          "best.layers.1.weight");
    net->best.params = ffnn__alloc(net->n_floats * sizeof(float));
    if (!net->best.params)
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_load: out of memory");
    memset(net->best.params, 0, net->n_floats * sizeof(float));
    return FFNN_OK;
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
        s = ffnn__state_from_json(meta, *out);
    if (s == FFNN_OK)
        s = best_from_json(root, *out);
    if (s == FFNN_OK)
        s = ffnn__user_from_json(meta, *out);
    if (s == FFNN_OK)
        s = scaling_from_json(meta, *out);
    if (s == FFNN_OK)
        s = ffnn__dropout_from_json(meta, *out);
    if (s == FFNN_OK)
        s = load_tensors(root, *out, data, data_size);
    if (s == FFNN_OK)
        s = check_scaling(*out);
    if (s == FFNN_OK)
        ffnn__forget_bounds(*out); /* of weights and state copied in */
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
    uint64_t n = size >= 8 ? ffnn__read_le64(p) : 0;
    json_t *root = NULL;
    ffnn_status s = ffnn__check_header_length(n, size, "ffnn_load");
    if (s == FFNN_OK)
        s = ffnn__parse_header((const char *)p + 8, (size_t)n, "ffnn_load",
                               &root);
    if (s == FFNN_OK)
        s = build_from_header(root, p + 8 + n, size - 8 - (size_t)n, out);
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
