/*
 * test_safetensors.c -- a file's header read on its own (ffnn.h, section
 * 18): files written here by hand, byte by byte, read back key by key and
 * tensor by tensor; a checkpoint ffnn wrote, judged against the format of
 * section 11; every safetensors rule broken once; and a file of gigabytes
 * opened without reading its data. Expected values come from the bytes
 * written here and the format's definition, not from the library.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, ftruncate */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ffnn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[64];

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/ffnn_test_safetensors_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return rmdir(tmpdir);
}

/* A file image: the length of json, json, then data_len bytes (k mod 251).
 * Free with free(). */
static unsigned char *image(const char *json, size_t data_len, size_t *size)
{
    size_t n = strlen(json);
    *size = 8 + n + data_len;
    unsigned char *f = malloc(*size);
    assert_non_null(f);
    for (int k = 0; k < 8; k++)
        f[k] = (unsigned char)((uint64_t)n >> 8 * k);
    memcpy(f + 8, json, n);
    for (size_t k = 0; k < data_len; k++)
        f[8 + n + k] = (unsigned char)(k % 251);
    return f;
}

static void write_file(const char *path, const unsigned char *bytes,
                       size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
}

/* ---- a header written by hand ---------------------------------------- */

/* Tensors listed out of byte order, a scalar, an empty one and a dtype
 * safetensors does not define (its length is then free). */
static const char hand_json[] =
    "{\"z\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[8,32]},"
    "\"__metadata__\":{\"format\":\"pt\",\"b\":\"x\",\"a\":\"\"},"
    "\"w\":{\"dtype\":\"Q4_K\",\"shape\":[5],\"data_offsets\":[40,43]},"
    "\"y\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]},"
    "\"e\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[43,43]},"
    "\"s\":{\"dtype\":\"F64\",\"shape\":[],\"data_offsets\":[32,40]}}";

static void check_hand_file(const ffnn_file *f, size_t size)
{
    const uint64_t data = 8 + strlen(hand_json);
    assert_int_equal(ffnn_file_size(f), size);
    /* metadata in the JSON's order */
    static const char *keys[] = {"format", "b", "a"},
                      *values[] = {"pt", "x", ""};
    assert_int_equal(ffnn_file_num_metadata(f), 3);
    for (size_t k = 0; k < 3; k++) {
        assert_string_equal(ffnn_file_metadata_key(f, k), keys[k]);
        assert_string_equal(ffnn_file_metadata_value(f, k), values[k]);
        assert_string_equal(ffnn_file_get_metadata(f, keys[k]), values[k]);
    }
    assert_null(ffnn_file_metadata_key(f, 3));
    assert_null(ffnn_file_metadata_value(f, 3));
    assert_null(ffnn_file_get_metadata(f, "c"));
    assert_null(ffnn_file_get_metadata(f, NULL));
    /* tensors by where their bytes begin */
    static const struct {
        const char *name, *dtype;
        size_t rank;
        uint64_t dims[2], begin, end;
    } want[] = {{"y", "I64", 1, {1, 0}, 0, 8},
                {"z", "F32", 2, {2, 3}, 8, 32},
                {"s", "F64", 0, {0, 0}, 32, 40},
                {"w", "Q4_K", 1, {5, 0}, 40, 43},
                {"e", "F32", 1, {0, 0}, 43, 43}};
    assert_int_equal(ffnn_file_num_tensors(f), 5);
    for (size_t t = 0; t < 5; t++) {
        uint64_t begin = 1, end = 1;
        assert_string_equal(ffnn_file_tensor_name(f, t), want[t].name);
        assert_string_equal(ffnn_file_tensor_dtype(f, t), want[t].dtype);
        assert_int_equal(ffnn_file_tensor_rank(f, t), want[t].rank);
        for (size_t d = 0; d < want[t].rank; d++)
            assert_int_equal(ffnn_file_tensor_dim(f, t, d), want[t].dims[d]);
        assert_int_equal(ffnn_file_tensor_dim(f, t, want[t].rank), 0);
        assert_int_equal(ffnn_file_tensor_bytes(f, t, &begin, &end), FFNN_OK);
        assert_int_equal(begin, data + want[t].begin);
        assert_int_equal(end, data + want[t].end);
    }
    uint64_t begin = 7, end = 7;
    assert_null(ffnn_file_tensor_name(f, 5));
    assert_null(ffnn_file_tensor_dtype(f, 5));
    assert_int_equal(ffnn_file_tensor_rank(f, 5), 0);
    assert_int_equal(ffnn_file_tensor_bytes(f, 5, &begin, &end), FFNN_ERR_ARG);
    assert_int_equal(begin, 7);
    assert_int_equal(ffnn_file_tensor_bytes(f, 0, NULL, &end), FFNN_ERR_ARG);
}

static void test_hand_written_header_reads_back(void **state)
{
    (void)state;
    size_t size;
    unsigned char *bytes = image(hand_json, 43, &size);
    ffnn_file *f = NULL;
    assert_int_equal(ffnn_file_open_buffer(bytes, size, &f), FFNN_OK);
    check_hand_file(f, size);
    ffnn_file_close(f);

    char path[128];
    snprintf(path, sizeof path, "%s/hand.safetensors", tmpdir);
    write_file(path, bytes, size);
    f = NULL;
    assert_int_equal(ffnn_file_open(path, &f), FFNN_OK);
    check_hand_file(f, size);
    ffnn_file_close(f);
    unlink(path);
    free(bytes);
}

static void test_a_file_without_metadata_or_tensors(void **state)
{
    (void)state;
    size_t size;
    unsigned char *bytes = image("{}", 0, &size);
    ffnn_file *f = NULL;
    assert_int_equal(ffnn_file_open_buffer(bytes, size, &f), FFNN_OK);
    assert_int_equal(ffnn_file_num_metadata(f), 0);
    assert_int_equal(ffnn_file_num_tensors(f), 0);
    assert_int_equal(ffnn_file_size(f), 10);
    ffnn_file_close(f);
    free(bytes);
    /* NULL handles: empty, and closing one is harmless */
    assert_int_equal(ffnn_file_num_tensors(NULL), 0);
    assert_null(ffnn_file_metadata_key(NULL, 0));
    assert_int_equal(ffnn_file_size(NULL), 0);
    ffnn_file_close(NULL);
}

/* ---- a checkpoint ffnn wrote, against section 11 --------------------- */

static ffnn_net *checkpointed_net(void)
{
    const size_t sizes[] = {3, 4, 2};
    const ffnn_activation acts[] = {FFNN_ACT_GELU, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 5),
                     FFNN_OK);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    const float mean[3] = {1, 2, 3}, scale[3] = {2, 2, 4};
    assert_int_equal(ffnn_set_input_scaling(net, mean, scale), FFNN_OK);
    assert_int_equal(ffnn_set_metadata(net, "user.note", "kept"), FFNN_OK);
    return net;
}

/* Which of the expected names t is, or -1; each found once. */
static int expected_index(const char *name, const char *const *names,
                          size_t count, unsigned *found)
{
    for (size_t k = 0; k < count; k++)
        if (strcmp(name, names[k]) == 0 && !(*found & 1u << k)) {
            *found |= 1u << k;
            return (int)k;
        }
    return -1;
}

static void test_checkpoint_follows_the_format(void **state)
{
    (void)state;
    ffnn_net *net = checkpointed_net();
    size_t size = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, &size), FFNN_OK);
    unsigned char *bytes = malloc(size);
    assert_int_equal(ffnn_save_checkpoint_buffer(net, bytes, size, &size),
                     FFNN_OK);
    ffnn_file *f = NULL;
    assert_int_equal(ffnn_file_open_buffer(bytes, size, &f), FFNN_OK);
    assert_string_equal(ffnn_file_get_metadata(f, "format"), "ffnn");
    assert_string_equal(ffnn_file_get_metadata(f, "sizes"), "3,4,2");
    assert_string_equal(ffnn_file_get_metadata(f, "activations"),
                        "gelu,softmax");
    assert_string_equal(ffnn_file_get_metadata(f, "loss"), "ce");
    assert_string_equal(ffnn_file_get_metadata(f, "optimizer"), "adam");
    assert_string_equal(ffnn_file_get_metadata(f, "user.note"), "kept");
    /* Section 11's names and shapes (rows, cols; 0: a vector), Adam's two
     * state tensors beside each parameter, section 16's scaling. */
    static const char *const names[] = {"layers.1.weight",
                                        "layers.1.weight.exp_avg",
                                        "layers.1.weight.exp_avg_sq",
                                        "layers.1.bias",
                                        "layers.1.bias.exp_avg",
                                        "layers.1.bias.exp_avg_sq",
                                        "layers.2.weight",
                                        "layers.2.weight.exp_avg",
                                        "layers.2.weight.exp_avg_sq",
                                        "layers.2.bias",
                                        "layers.2.bias.exp_avg",
                                        "layers.2.bias.exp_avg_sq",
                                        "input.mean",
                                        "input.scale"};
    static const uint64_t shapes[][2] = {{4, 3}, {4, 3}, {4, 3}, {4, 0}, {4, 0},
                                         {4, 0}, {2, 4}, {2, 4}, {2, 4}, {2, 0},
                                         {2, 0}, {2, 0}, {3, 0}, {3, 0}};
    const size_t count = sizeof names / sizeof names[0];
    assert_int_equal(ffnn_file_num_tensors(f), count);
    uint64_t at = 8 + (bytes[0] | (uint64_t)bytes[1] << 8 |
                       (uint64_t)bytes[2] << 16 | (uint64_t)bytes[3] << 24);
    unsigned found = 0;
    for (size_t t = 0; t < count; t++) {
        int k =
            expected_index(ffnn_file_tensor_name(f, t), names, count, &found);
        assert_true(k >= 0);
        uint64_t rows = shapes[k][0], cols = shapes[k][1], begin, end;
        assert_string_equal(ffnn_file_tensor_dtype(f, t), "F32");
        assert_int_equal(ffnn_file_tensor_rank(f, t), cols ? 2 : 1);
        assert_int_equal(ffnn_file_tensor_dim(f, t, 0), rows);
        assert_int_equal(ffnn_file_tensor_dim(f, t, 1), cols);
        /* in byte order, tiling the data */
        assert_int_equal(ffnn_file_tensor_bytes(f, t, &begin, &end), FFNN_OK);
        assert_int_equal(begin, at);
        assert_int_equal(end - begin, 4 * rows * (cols ? cols : 1));
        at = end;
    }
    assert_int_equal(at, size);
    /* layers.1.weight's bytes are W_1: the first 12 of the flat vector */
    float params[26], w[12]; /* 4 x 3 + 4 + 2 x 4 + 2 */
    assert_int_equal(ffnn_get_param_vector(net, params, 26), FFNN_OK);
    for (size_t t = 0; t < count; t++)
        if (strcmp(ffnn_file_tensor_name(f, t), "layers.1.weight") == 0) {
            uint64_t begin, end;
            ffnn_file_tensor_bytes(f, t, &begin, &end);
            memcpy(w, bytes + begin, sizeof w); /* a little-endian host */
            assert_memory_equal(w, params, sizeof w);
        }
    ffnn_file_close(f);
    free(bytes);
    ffnn_net_destroy(net);
}

/* ---- every rule broken once ------------------------------------------ */

static const struct {
    const char *json, *word;
} broken[] = {
    {"[1]", "not a JSON object"},
    {"{\"a\":", "line 1"},
    {"{\"a\":{},\"a\":{}}", "duplicate"},
    {"{\"__metadata__\":[]}", "__metadata__: is not an object"},
    {"{\"__metadata__\":{\"k\":1}}", "k: a metadata value is not a string"},
    {"{\"t\":3}", "t: tensor entry is not an object"},
    {"{\"t\":{\"shape\":[1],\"data_offsets\":[0,4]}}", "t: dtype"},
    {"{\"t\":{\"dtype\":4,\"shape\":[1],\"data_offsets\":[0,4]}}", "t: dtype"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":1,\"data_offsets\":[0,4]}}",
     "t: shape is not an array"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}",
     "t: shape holds"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}}",
     "t: shape holds"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[1]}}", "t: data_offsets"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0]}}",
     "t: data_offsets"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}}",
     "t: data_offsets"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,9]}}",
     "t: data_offsets"},
    {"{\"t\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}",
     "t: the byte length"},
    {"{\"t\":{\"dtype\":\"BF16\",\"shape\":[2,2],\"data_offsets\":[0,4]}}",
     "t: the byte length"},
    /* 2^96 elements: the product overflows, it must not wrap to 0 */
    {"{\"t\":{\"dtype\":\"U8\",\"shape\":[4294967296,4294967296,4294967296],"
     "\"data_offsets\":[0,0]}}",
     "t: the byte length"},
};

static void test_every_rule_broken_once(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof broken / sizeof broken[0]; k++) {
        size_t size;
        unsigned char *bytes = image(broken[k].json, 8, &size);
        ffnn_file *f = (ffnn_file *)bytes; /* must come back NULL */
        ffnn_status s = ffnn_file_open_buffer(bytes, size, &f);
        const char *msg = ffnn_last_error();
        if (s != FFNN_ERR_FORMAT || f || !strstr(msg, "ffnn_file_open") ||
            !strstr(msg, broken[k].word))
            fail_msg("%s: status %d, message \"%s\", want \"%s\"",
                     broken[k].json, s, msg, broken[k].word);
        free(bytes);
    }
}

static void test_header_length_checked(void **state)
{
    (void)state;
    size_t size;
    unsigned char *bytes = image("{}", 0, &size);
    ffnn_file *f = NULL;
    assert_int_equal(ffnn_file_open_buffer(bytes, 7, &f), FFNN_ERR_FORMAT);
    assert_non_null(strstr(ffnn_last_error(), "8-byte"));
    bytes[0] = 3; /* three bytes of JSON, two in the file */
    assert_int_equal(ffnn_file_open_buffer(bytes, size, &f), FFNN_ERR_FORMAT);
    assert_non_null(strstr(ffnn_last_error(), "exceeds"));
    assert_null(f);
    /* the same through a file, whose size is then what counts */
    char path[128];
    snprintf(path, sizeof path, "%s/short.safetensors", tmpdir);
    write_file(path, bytes, size);
    assert_int_equal(ffnn_file_open(path, &f), FFNN_ERR_FORMAT);
    assert_non_null(strstr(ffnn_last_error(), "exceeds"));
    write_file(path, bytes, 5);
    assert_int_equal(ffnn_file_open(path, &f), FFNN_ERR_FORMAT);
    assert_non_null(strstr(ffnn_last_error(), "8-byte"));
    unlink(path);
    free(bytes);
}

static void test_io_and_argument_errors(void **state)
{
    (void)state;
    ffnn_file *f = (ffnn_file *)tmpdir;
    char path[128];
    snprintf(path, sizeof path, "%s/absent.safetensors", tmpdir);
    assert_int_equal(ffnn_file_open(path, &f), FFNN_ERR_IO);
    assert_null(f);
    assert_non_null(strstr(ffnn_last_error(), "absent.safetensors"));
    assert_int_equal(ffnn_file_open(tmpdir, &f), FFNN_ERR_IO);
    assert_int_equal(ffnn_file_open(NULL, &f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_file_open(path, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_file_open_buffer(NULL, 8, &f), FFNN_ERR_ARG);
    assert_int_equal(ffnn_file_open_buffer(path, 8, NULL), FFNN_ERR_ARG);
}

/* ---- only the header is read ----------------------------------------- */

static size_t largest_block;

static void *watching_alloc(void *user, size_t size)
{
    (void)user;
    largest_block = size > largest_block ? size : largest_block;
    return malloc(size);
}

static void watching_free(void *user, void *p)
{
    (void)user;
    free(p);
}

static void test_a_huge_file_opens_from_its_header(void **state)
{
    (void)state;
    const uint64_t gib4 = (uint64_t)1 << 32;
    char json[160], path[128];
    snprintf(json, sizeof json,
             "{\"big\":{\"dtype\":\"U8\",\"shape\":[%llu],\"data_offsets\":"
             "[0,%llu]}}",
             (unsigned long long)gib4, (unsigned long long)gib4);
    size_t size;
    unsigned char *bytes = image(json, 0, &size);
    snprintf(path, sizeof path, "%s/huge.safetensors", tmpdir);
    write_file(path, bytes, size);
    FILE *file = fopen(path, "r+b");
    assert_non_null(file);
    if (ftruncate(fileno(file), (off_t)(size + gib4)) != 0) {
        fclose(file);
        unlink(path);
        free(bytes);
        skip(); /* a file system without 4 GiB files */
    }
    fclose(file);
    largest_block = 0;
    assert_int_equal(ffnn_set_allocator(watching_alloc, watching_free, NULL),
                     FFNN_OK);
    ffnn_file *f = NULL;
    ffnn_status s = ffnn_file_open(path, &f);
    ffnn_set_allocator(NULL, NULL, NULL);
    assert_int_equal(s, FFNN_OK);
    assert_int_equal(ffnn_file_size(f), size + gib4);
    assert_int_equal(ffnn_file_tensor_dim(f, 0, 0), gib4);
    assert_true(largest_block < 4096); /* the header, not the data */
    ffnn_file_close(f);
    unlink(path);
    free(bytes);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hand_written_header_reads_back),
        cmocka_unit_test(test_a_file_without_metadata_or_tensors),
        cmocka_unit_test(test_checkpoint_follows_the_format),
        cmocka_unit_test(test_every_rule_broken_once),
        cmocka_unit_test(test_header_length_checked),
        cmocka_unit_test(test_io_and_argument_errors),
        cmocka_unit_test(test_a_huge_file_opens_from_its_header),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
