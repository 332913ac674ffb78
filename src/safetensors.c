/* safetensors.c -- a file's header read on its own (ffnn.h, section 18),
 * and the two checks every reader of the container shares with the loader:
 * the header's length and its JSON. */
#include "safetensors.h"

#include <stdio.h>
#include <string.h>

uint64_t ffnn__read_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int k = 7; k >= 0; k--)
        v = v << 8 | p[k];
    return v;
}

ffnn_status ffnn__check_header_length(uint64_t n, uint64_t size,
                                      const char *who)
{
    if (size < 8)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "%s: shorter than the 8-byte header length", who);
    if (n > size - 8 || n > FFNN__MAX_HEADER)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "%s: header length %llu exceeds the %llu bytes "
                          "that follow (or the 100 MB limit)",
                          who, (unsigned long long)n,
                          (unsigned long long)(size - 8));
    return FFNN_OK;
}

ffnn_status ffnn__parse_header(const char *text, size_t n, const char *who,
                               json_t **root)
{
    *root = NULL;
    if (n == 0 || text[0] != '{')
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "%s: the header is not a JSON object", who);
    json_error_t err = {0}; /* jansson leaves it unset if it cannot start */
    *root = json_loadb(text, n, JSON_REJECT_DUPLICATES, &err);
    /* jansson names every parse error; it fails with no text only when it
     * cannot allocate its lexer, before parsing begins. */
    if (!*root && (json_error_code(&err) == json_error_out_of_memory ||
                   err.text[0] == '\0'))
        return ffnn__fail(NULL, FFNN_ERR_NOMEM, "%s: out of memory", who);
    if (!*root)
        return ffnn__fail(NULL, FFNN_ERR_FORMAT,
                          "%s: header JSON, line %d column %d: %s", who,
                          err.line, err.column, err.text);
    return FFNN_OK;
}

/* ---- the header handle ---- */

typedef struct {
    char *name, *dtype;
    size_t rank;
    uint64_t *dims;
    uint64_t begin, end; /* from the start of the file */
} file_tensor;

struct ffnn_file {
    uint64_t size;
    size_t n_meta, n_tensors;
    char **meta; /* key, value, key, value, ... */
    file_tensor *tensors;
};

static ffnn_status bad_entry(const char *what, const char *key)
{
    return ffnn__fail(NULL, FFNN_ERR_FORMAT, "ffnn_file_open: %s: %s", key,
                      what);
}

static ffnn_status no_memory(void)
{
    return ffnn__fail(NULL, FFNN_ERR_NOMEM, "ffnn_file_open: out of memory");
}

/* Bytes per element of the dtypes safetensors defines; 0 for others. */
static uint64_t dtype_bytes(const char *dtype)
{
    static const struct {
        const char *name;
        unsigned bytes;
    } known[] = {{"F64", 8},     {"F32", 4},     {"F16", 2}, {"BF16", 2},
                 {"F8_E4M3", 1}, {"F8_E5M2", 1}, {"I64", 8}, {"I32", 4},
                 {"I16", 2},     {"I8", 1},      {"U64", 8}, {"U32", 4},
                 {"U16", 2},     {"U8", 1},      {"BOOL", 1}};
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
        if (strcmp(dtype, known[k].name) == 0)
            return known[k].bytes;
    return 0;
}

static int json_u64(json_t *v, uint64_t *out)
{
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return 0;
    *out = (uint64_t)json_integer_value(v);
    return 1;
}

static ffnn_status read_metadata(ffnn_file *f, json_t *meta)
{
    if (!meta)
        return FFNN_OK;
    if (!json_is_object(meta))
        return bad_entry("is not an object", "__metadata__");
    f->meta = ffnn__alloc((2 * json_object_size(meta) + 1) * sizeof *f->meta);
    if (!f->meta)
        return no_memory();
    const char *key;
    json_t *value;
    json_object_foreach(meta, key, value)
    {
        if (!json_is_string(value))
            return bad_entry("a metadata value is not a string", key);
        f->meta[2 * f->n_meta] = ffnn__copy_string(key);
        f->meta[2 * f->n_meta + 1] =
            ffnn__copy_string(json_string_value(value));
        f->n_meta++;
        if (!f->meta[2 * f->n_meta - 2] || !f->meta[2 * f->n_meta - 1])
            return no_memory();
    }
    return FFNN_OK;
}

/* The shape's dimensions into t, and their product (UINT64_MAX if it
 * overflows). */
static ffnn_status read_shape(file_tensor *t, json_t *shape, const char *key,
                              uint64_t *elements)
{
    if (!json_is_array(shape))
        return bad_entry("shape is not an array", key);
    t->rank = json_array_size(shape);
    t->dims = ffnn__alloc((t->rank + 1) * sizeof *t->dims);
    if (!t->dims)
        return no_memory();
    *elements = 1;
    for (size_t d = 0; d < t->rank; d++) {
        if (!json_u64(json_array_get(shape, d), &t->dims[d]))
            return bad_entry("shape holds a value that is not a size", key);
        *elements = t->dims[d] && *elements > UINT64_MAX / t->dims[d]
                        ? UINT64_MAX
                        : *elements * t->dims[d];
    }
    return FFNN_OK;
}

static ffnn_status read_tensor(file_tensor *t, const char *key, json_t *entry,
                               uint64_t data_begin, uint64_t data_size)
{
    if (!json_is_object(entry))
        return bad_entry("tensor entry is not an object", key);
    const char *dtype = json_string_value(json_object_get(entry, "dtype"));
    json_t *offsets = json_object_get(entry, "data_offsets");
    uint64_t begin, end, elements = 0;
    if (!dtype)
        return bad_entry("dtype is not a string", key);
    ffnn_status s =
        read_shape(t, json_object_get(entry, "shape"), key, &elements);
    if (s != FFNN_OK)
        return s;
    if (!json_is_array(offsets) || json_array_size(offsets) != 2 ||
        !json_u64(json_array_get(offsets, 0), &begin) ||
        !json_u64(json_array_get(offsets, 1), &end) || begin > end ||
        end > data_size)
        return bad_entry("data_offsets are reversed or lie outside the data",
                         key);
    uint64_t width = dtype_bytes(dtype);
    if (width &&
        (elements > UINT64_MAX / width || elements * width != end - begin))
        return bad_entry("the byte length does not match the shape", key);
    t->name = ffnn__copy_string(key);
    t->dtype = ffnn__copy_string(dtype);
    t->begin = data_begin + begin;
    t->end = data_begin + end;
    return t->name && t->dtype ? FFNN_OK : no_memory();
}

static int by_begin(const void *a, const void *b)
{
    const file_tensor *x = a, *y = b;
    if (x->begin != y->begin)
        return (x->begin > y->begin) - (x->begin < y->begin);
    return (x->end > y->end) - (x->end < y->end);
}

static ffnn_status read_tensors(ffnn_file *f, json_t *root, uint64_t n)
{
    f->tensors = ffnn__alloc((json_object_size(root) + 1) * sizeof *f->tensors);
    if (!f->tensors)
        return no_memory();
    const char *key;
    json_t *entry;
    json_object_foreach(root, key, entry)
    {
        if (strcmp(key, "__metadata__") == 0)
            continue;
        file_tensor *t = &f->tensors[f->n_tensors++];
        *t = (file_tensor){0};
        ffnn_status s = read_tensor(t, key, entry, 8 + n, f->size - 8 - n);
        if (s != FFNN_OK)
            return s;
    }
    qsort(f->tensors, f->n_tensors, sizeof *f->tensors, by_begin);
    return FFNN_OK;
}

/* The handle for header text of n bytes in a file of size bytes. */
static ffnn_status open_header(const char *text, uint64_t n, uint64_t size,
                               ffnn_file **out)
{
    json_t *root = NULL;
    ffnn_status s =
        ffnn__parse_header(text, (size_t)n, "ffnn_file_open", &root);
    ffnn_file *f = s == FFNN_OK ? ffnn__alloc(sizeof *f) : NULL;
    if (s == FFNN_OK && !f)
        s = no_memory();
    if (f) {
        *f = (ffnn_file){.size = size};
        s = read_metadata(f, json_object_get(root, "__metadata__"));
    }
    if (s == FFNN_OK)
        s = read_tensors(f, root, n);
    json_decref(root);
    if (s != FFNN_OK)
        ffnn_file_close(f);
    *out = s == FFNN_OK ? f : NULL;
    return s;
}

ffnn_status ffnn_file_open_buffer(const void *data, size_t size,
                                  ffnn_file **out)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_file_open_buffer: out is NULL");
    *out = NULL;
    if (!data)
        return ffnn__fail(NULL, FFNN_ERR_ARG,
                          "ffnn_file_open_buffer: data is NULL");
    const unsigned char *p = data;
    uint64_t n = size >= 8 ? ffnn__read_le64(p) : 0;
    ffnn_status s = ffnn__check_header_length(n, size, "ffnn_file_open");
    return s == FFNN_OK ? open_header((const char *)p + 8, n, size, out) : s;
}

/* The header's text from an open file of size bytes, in *text. */
static ffnn_status read_header_text(FILE *file, const char *path, uint64_t size,
                                    char **text, uint64_t *n)
{
    unsigned char length[8];
    *text = NULL;
    if (size >= 8 && fread(length, 1, 8, file) != 8)
        return ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_file_open: cannot read %s",
                          path);
    *n = size >= 8 ? ffnn__read_le64(length) : 0;
    ffnn_status s = ffnn__check_header_length(*n, size, "ffnn_file_open");
    if (s != FFNN_OK)
        return s;
    *text = ffnn__alloc((size_t)*n + 1);
    if (!*text)
        return no_memory();
    if (fread(*text, 1, (size_t)*n, file) != *n)
        return ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_file_open: cannot read %s",
                          path);
    return FFNN_OK;
}

ffnn_status ffnn_file_open(const char *path, ffnn_file **out)
{
    if (!out)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_file_open: out is NULL");
    *out = NULL;
    if (!path)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_file_open: path is NULL");
    FILE *file = fopen(path, "rb");
    if (!file)
        return ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_file_open: cannot open %s",
                          path);
    /* A directory opens but cannot be read (and may claim any size). */
    int readable = !(fgetc(file) == EOF && ferror(file));
    long end = readable && fseek(file, 0, SEEK_END) == 0 ? ftell(file) : -1;
    char *text = NULL;
    uint64_t n = 0;
    ffnn_status s =
        end < 0 || fseek(file, 0, SEEK_SET) != 0
            ? ffnn__fail(NULL, FFNN_ERR_IO, "ffnn_file_open: cannot read %s",
                         path)
            : read_header_text(file, path, (uint64_t)end, &text, &n);
    fclose(file);
    if (s == FFNN_OK)
        s = open_header(text, n, (uint64_t)end, out);
    ffnn__free(text);
    return s;
}

void ffnn_file_close(ffnn_file *file)
{
    if (!file)
        return;
    for (size_t k = 0; k < 2 * file->n_meta; k++)
        ffnn__free(file->meta[k]);
    for (size_t t = 0; t < file->n_tensors; t++) {
        ffnn__free(file->tensors[t].name);
        ffnn__free(file->tensors[t].dtype);
        ffnn__free(file->tensors[t].dims);
    }
    ffnn__free(file->meta);
    ffnn__free(file->tensors);
    ffnn__free(file);
}

/* ---- getters ---- */

uint64_t ffnn_file_size(const ffnn_file *file)
{
    return file ? file->size : 0;
}

size_t ffnn_file_num_metadata(const ffnn_file *file)
{
    return file ? file->n_meta : 0;
}

const char *ffnn_file_metadata_key(const ffnn_file *file, size_t k)
{
    return file && k < file->n_meta ? file->meta[2 * k] : NULL;
}

const char *ffnn_file_metadata_value(const ffnn_file *file, size_t k)
{
    return file && k < file->n_meta ? file->meta[2 * k + 1] : NULL;
}

const char *ffnn_file_get_metadata(const ffnn_file *file, const char *key)
{
    for (size_t k = 0; file && key && k < file->n_meta; k++)
        if (strcmp(file->meta[2 * k], key) == 0)
            return file->meta[2 * k + 1];
    return NULL;
}

size_t ffnn_file_num_tensors(const ffnn_file *file)
{
    return file ? file->n_tensors : 0;
}

static const file_tensor *tensor_at(const ffnn_file *file, size_t t)
{
    return file && t < file->n_tensors ? &file->tensors[t] : NULL;
}

const char *ffnn_file_tensor_name(const ffnn_file *file, size_t t)
{
    const file_tensor *x = tensor_at(file, t);
    return x ? x->name : NULL;
}

const char *ffnn_file_tensor_dtype(const ffnn_file *file, size_t t)
{
    const file_tensor *x = tensor_at(file, t);
    return x ? x->dtype : NULL;
}

size_t ffnn_file_tensor_rank(const ffnn_file *file, size_t t)
{
    const file_tensor *x = tensor_at(file, t);
    return x ? x->rank : 0;
}

uint64_t ffnn_file_tensor_dim(const ffnn_file *file, size_t t, size_t d)
{
    const file_tensor *x = tensor_at(file, t);
    return x && d < x->rank ? x->dims[d] : 0;
}

ffnn_status ffnn_file_tensor_bytes(const ffnn_file *file, size_t t,
                                   uint64_t *begin, uint64_t *end)
{
    const file_tensor *x = tensor_at(file, t);
    if (!x || !begin || !end)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_file_tensor_bytes: %s",
                          !x ? "no such tensor" : "begin or end is NULL");
    *begin = x->begin;
    *end = x->end;
    return FFNN_OK;
}
