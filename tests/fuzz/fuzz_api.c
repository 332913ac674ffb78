/* fuzz_api -- drives the API with fuzzer-chosen shapes, values and call
 * order. Whatever the sequence, no call may crash, leak or touch memory it
 * does not own, and the weights must stay finite, a clone's too. */
#include "ffnn.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Not REQUIRE(): it must hold in release builds too. */
#define REQUIRE(c) ((c) ? (void)0 : abort())

#define MAX_WIDTH  6
#define MAX_BATCH  5
#define MAX_PARAMS (3 * MAX_WIDTH * (MAX_WIDTH + 1))

typedef struct {
    const uint8_t *p;
    size_t left;
} input;

static unsigned take(input *in)
{
    if (!in->left)
        return 0;
    in->left--;
    return *in->p++;
}

/* A float from four input bytes: any bit pattern, NaN and infinity too. */
static float take_float(input *in)
{
    uint32_t bits = 0;
    for (int k = 0; k < 4; k++)
        bits = bits << 8 | take(in);
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

/* Mostly tame values, sometimes anything. */
static float take_value(input *in)
{
    unsigned kind = take(in);
    if (kind < 200)
        return ((float)take(in) - 128.0f) / 32.0f;
    return take_float(in);
}

static void fill(input *in, float *v, size_t n)
{
    for (size_t k = 0; k < n; k++)
        v[k] = take_value(in);
}

static ffnn_net *create(input *in)
{
    size_t n_layers = take(in) % 3 + 1, sizes[4];
    ffnn_activation acts[3];
    for (size_t l = 0; l <= n_layers; l++)
        sizes[l] = take(in) % (MAX_WIDTH + 1); /* 0 is refused */
    for (size_t l = 0; l < n_layers; l++)
        acts[l] = (ffnn_activation)(take(in) % 6); /* 5 is refused */
    /* One take() per statement: C leaves argument order unspecified, and
     * a crash must replay the same calls whatever the compiler. */
    ffnn_loss_function loss = (ffnn_loss_function)(take(in) % 4);
    uint64_t seed = take(in);
    ffnn_net *net = NULL;
    ffnn_status s = ffnn_net_create(&net, n_layers, sizes, acts, loss, seed);
    REQUIRE((s == FFNN_OK) == (net != NULL));
    return net;
}

static void check_weights_finite(const ffnn_net *net)
{
    float W[MAX_WIDTH * MAX_WIDTH], b[MAX_WIDTH];
    for (size_t l = 1; l <= ffnn_net_num_layers(net); l++) {
        size_t n = ffnn_net_layer_size(net, l);
        REQUIRE(ffnn_get_layer(net, l, W, b) == FFNN_OK);
        for (size_t k = 0; k < n * ffnn_net_layer_size(net, l - 1); k++)
            REQUIRE(isfinite(W[k]));
        for (size_t k = 0; k < n; k++)
            REQUIRE(isfinite(b[k]));
    }
}

static void round_trip(ffnn_net *net)
{
    size_t size = 0;
    REQUIRE(ffnn_save_buffer(net, NULL, 0, &size) == FFNN_OK);
    void *buf = malloc(size);
    REQUIRE(ffnn_save_buffer(net, buf, size, &size) == FFNN_OK);
    ffnn_net *copy = NULL;
    REQUIRE(ffnn_load_buffer(buf, size, &copy) == FFNN_OK);
    ffnn_net_destroy(copy);
    free(buf);
}

/* The flat vectors of section 13: gradients and optimizer state from
 * outside (any finite values reach the step's proof this way), and the
 * parameters read and written back unchanged. */
static void vector_call(input *in, ffnn_net *net, unsigned which)
{
    float v[2 * MAX_PARAMS], back[MAX_PARAMS];
    size_t p = ffnn_net_num_params(net), n = ffnn_optimizer_state_size(net);
    REQUIRE(p <= MAX_PARAMS && n <= 2 * MAX_PARAMS);
    fill(in, v, 2 * MAX_PARAMS);
    uint64_t step = take(in);
    if (which == 0) {
        ffnn_set_gradient_vector(net, v, p);
    } else if (which == 1) {
        ffnn_set_optimizer_state(net, v, n, step);
    } else {
        REQUIRE(ffnn_get_param_vector(net, v, p) == FFNN_OK);
        if (ffnn_set_param_vector(net, v, p) == FFNN_OK) {
            REQUIRE(ffnn_get_param_vector(net, back, p) == FFNN_OK);
            REQUIRE(memcmp(back, v, p * sizeof *v) == 0);
        }
        ffnn_get_optimizer_state(net, v, n, &step);
    }
}

/* One call chosen by the input; its status is free, its effects are not. */
static void one_call(input *in, ffnn_net *net, ffnn_net **other)
{
    float x[MAX_BATCH * MAX_WIDTH], y[MAX_BATCH * MAX_WIDTH],
        W[MAX_WIDTH * MAX_WIDTH], loss;
    size_t batch = take(in) % (MAX_BATCH + 1), l = take(in) % 5;
    float h[3]; /* hyper-parameters, read in order (see create) */
    for (int k = 0; k < 3; k++)
        h[k] = take_value(in);
    switch (take(in) % 17) {
    case 0:
        fill(in, x, sizeof x / sizeof *x);
        ffnn_forward(net, x, batch, y);
        break;
    case 1:
        fill(in, y, sizeof y / sizeof *y);
        ffnn_loss(net, y, &loss);
        break;
    case 2:
        fill(in, y, sizeof y / sizeof *y);
        ffnn_backward(net, y);
        break;
    case 3: ffnn_step(net, h[0]); break;
    case 4:
        fill(in, x, sizeof x / sizeof *x);
        fill(in, y, sizeof y / sizeof *y);
        ffnn_train_step(net, x, y, batch, h[0], &loss);
        break;
    case 5:
        fill(in, W, sizeof W / sizeof *W);
        ffnn_set_layer(net, l, W, W);
        break;
    case 6: ffnn_get_activations(net, l, x, y); break;
    case 7: ffnn_get_gradients(net, l, W, y); break;
    case 8: ffnn_set_optimizer_momentum(net, h[0], h[1] > 0.0f); break;
    case 9: ffnn_set_optimizer_adam(net, h[0], h[1], h[2]); break;
    case 10: ffnn_set_weight_decay(net, h[0]); break;
    case 11: ffnn_net_set_backend(net, (ffnn_backend)(take(in) % 4)); break;
    case 12:
        if (net == *other) /* the target itself: keep it */
            break;
        ffnn_net_destroy(*other);
        *other = NULL;
        (take(in) & 1 ? ffnn_net_clone : ffnn_net_share)(net, other);
        break;
    case 13: round_trip(net); break;
    default: vector_call(in, net, (unsigned)batch % 3); break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input in = {data, size};
    ffnn_net *net = create(&in), *other = NULL;
    if (!net)
        return 0;
    for (int calls = 0; calls < 64 && in.left; calls++) {
        one_call(&in, take(&in) & 1 && other ? other : net, &other);
        check_weights_finite(net);
        if (other) /* a clone trains too */
            check_weights_finite(other);
    }
    ffnn_net_destroy(other);
    ffnn_net_destroy(net);
    return 0;
}
