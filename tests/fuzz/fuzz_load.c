/* fuzz_load -- ffnn_load_buffer on arbitrary bytes must fail cleanly or give
 * a network that works: never crash, leak or read outside the buffer. The
 * header handle (ffnn_file_open_buffer) on the same bytes likewise, its
 * tensors in byte order inside the file. */
#include "ffnn.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Not REQUIRE(): it must hold in release builds too. */
#define REQUIRE(c) ((c) ? (void)0 : abort())

/* A checkpoint of a loaded network loads, and saves to the same bytes. */
static void check_checkpoint(const ffnn_net *net)
{
    size_t bytes = 0, again_bytes = 0;
    REQUIRE(ffnn_save_checkpoint_buffer(net, NULL, 0, &bytes) == FFNN_OK);
    void *file = malloc(bytes);
    REQUIRE(ffnn_save_checkpoint_buffer(net, file, bytes, &bytes) == FFNN_OK);
    ffnn_net *reloaded = NULL;
    REQUIRE(ffnn_load_buffer(file, bytes, &reloaded) == FFNN_OK);
    REQUIRE(ffnn_save_checkpoint_buffer(reloaded, NULL, 0, &again_bytes) ==
            FFNN_OK);
    void *again = malloc(again_bytes);
    REQUIRE(ffnn_save_checkpoint_buffer(reloaded, again, again_bytes,
                                        &again_bytes) == FFNN_OK);
    REQUIRE(again_bytes == bytes && memcmp(file, again, bytes) == 0);
    ffnn_net_destroy(reloaded);
    free(again);
    free(file);
}

static void check_header(const uint8_t *data, size_t size)
{
    ffnn_file *file = NULL;
    ffnn_status s = ffnn_file_open_buffer(data, size, &file);
    REQUIRE((s == FFNN_OK) == (file != NULL));
    REQUIRE(s == FFNN_OK || s == FFNN_ERR_FORMAT || s == FFNN_ERR_NOMEM);
    uint64_t last = 8;
    for (size_t t = 0; t < ffnn_file_num_tensors(file); t++) {
        uint64_t begin, end;
        REQUIRE(ffnn_file_tensor_bytes(file, t, &begin, &end) == FFNN_OK);
        REQUIRE(begin >= last && begin <= end && end <= size);
        REQUIRE(ffnn_file_tensor_name(file, t) &&
                ffnn_file_tensor_dtype(file, t));
        for (size_t d = 0; d < ffnn_file_tensor_rank(file, t); d++)
            (void)ffnn_file_tensor_dim(file, t, d);
        last = begin;
    }
    for (size_t k = 0; k < ffnn_file_num_metadata(file); k++)
        REQUIRE(ffnn_file_get_metadata(file, ffnn_file_metadata_key(file, k)));
    REQUIRE(!file || ffnn_file_size(file) == size);
    ffnn_file_close(file);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy, so that reading one byte past is caught. */
    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    ffnn_net *net = NULL;
    ffnn_status s = ffnn_load_buffer(copy, size, &net);
    REQUIRE((s == FFNN_OK) == (net != NULL));
    REQUIRE(s == FFNN_OK || s == FFNN_ERR_FORMAT || s == FFNN_ERR_NOMEM);
    if (net) {
        /* A loaded network runs and saves back to a file that loads. */
        size_t n_in = ffnn_net_layer_size(net, 0), bytes = 0;
        float *x = calloc(n_in, sizeof *x);
        REQUIRE(ffnn_forward(net, x, 1, NULL) == FFNN_OK);
        REQUIRE(ffnn_save_buffer(net, NULL, 0, &bytes) == FFNN_OK);
        void *again = malloc(bytes);
        REQUIRE(ffnn_save_buffer(net, again, bytes, &bytes) == FFNN_OK);
        ffnn_net *reloaded = NULL;
        REQUIRE(ffnn_load_buffer(again, bytes, &reloaded) == FFNN_OK);
        ffnn_net_destroy(reloaded);
        free(again);
        check_checkpoint(net);
        /* The optimizer state it brought steps, or refuses cleanly. */
        size_t n_out = ffnn_net_layer_size(net, ffnn_net_num_layers(net));
        float *t = calloc(n_out, sizeof *t);
        s = ffnn_train_step(net, x, t, 1, 0.01f, NULL);
        REQUIRE(s == FFNN_OK || s == FFNN_ERR_NUMERIC);
        free(t);
        free(x);
    }
    ffnn_net_destroy(net);
    check_header(copy, size);
    free(copy);
    return 0;
}
