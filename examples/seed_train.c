/* seed_train -- trains the networks of the course material and prints the
 * loss falling: XOR on the 2-2-1 sigmoid network of the first slides, and the
 * binary-class (4-4-1) and multi-class (4-4-3) examples, started from the
 * slides' weights and trained on their single sample. */
#include "ffnn.h"

#include <stdio.h>
#include <stdlib.h>

static void check(ffnn_status s, ffnn_net *net)
{
    if (s != FFNN_OK) {
        fprintf(stderr, "ffnn: %s: %s\n", ffnn_status_string(s),
                net ? ffnn_net_last_error(net) : ffnn_last_error());
        exit(1);
    }
}

static void train(const char *name, ffnn_net *net, const float *x,
                  const float *y, size_t batch, float lr, int epochs)
{
    printf("%s\n", name);
    for (int e = 0; e <= epochs; e++) {
        float loss;
        check(ffnn_forward(net, x, batch, NULL), net);
        check(ffnn_loss(net, y, &loss), net);
        if (e % (epochs / 10) == 0)
            printf("  epoch %5d  loss %.6f\n", e, (double)loss);
        check(ffnn_backward(net, y), net);
        check(ffnn_step(net, lr), net);
    }
}

static void xor_2_2_1(void)
{
    const size_t sizes[] = {2, 2, 1};
    const ffnn_activation acts[] = {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID};
    const float x[] = {0, 0, 0, 1, 1, 0, 1, 1}, y[] = {0, 1, 1, 0};
    /* The slides' weights w11 = -2, w12 = 1, w13 = -1.5, w14 = 1.5,
     * w21 = 1, w22 = -1, biases 0. */
    const float W1[] = {-2, 1, -1.5f, 1.5f}, W2[] = {1, -1};
    ffnn_net *net = NULL;
    check(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_BCE, 1), NULL);
    check(ffnn_set_layer(net, 1, W1, NULL), net);
    check(ffnn_set_layer(net, 2, W2, NULL), net);
    train("XOR, 2-2-1 sigmoid, binary cross-entropy, from the slides' weights",
          net, x, y, 4, 2.0f, 5000);
    float out[4];
    check(ffnn_forward(net, x, 4, out), net);
    for (int i = 0; i < 4; i++)
        printf("  %g xor %g -> %.3f\n", (double)x[2 * i], (double)x[2 * i + 1],
               (double)out[i]);
    ffnn_net_destroy(net);
}

static void binary_4_4_1(void)
{
    const size_t sizes[] = {4, 4, 1};
    const ffnn_activation acts[] = {FFNN_ACT_SIGMOID, FFNN_ACT_SIGMOID};
    const float W1[] = {0.9f, 0.2f, 0.4f,  0.3f, -0.5f, 0.4f, 0.3f, 0.3f,
                        0.1f, 0.1f, -0.1f, 0.2f, -0.2f, 0.5f, 0.5f, 0.7f};
    const float b1[] = {0.5f, 0.5f, 0.5f, 0.5f},
                W2[] = {0.5f, 0.8f, -0.6f, 0.3f};
    const float b2[] = {0.3f}, x[] = {-0.6f, -0.6f, 0.2f, 0.3f}, y[] = {0};
    ffnn_net *net = NULL;
    check(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_BCE, 1), NULL);
    check(ffnn_set_layer(net, 1, W1, b1), net);
    check(ffnn_set_layer(net, 2, W2, b2), net);
    train("Binary class, 4-4-1, slide values (loss starts at 1.2560)", net, x,
          y, 1, 0.5f, 100);
    ffnn_net_destroy(net);
}

static void multiclass_4_4_3(void)
{
    const size_t sizes[] = {4, 4, 3};
    const ffnn_activation acts[] = {FFNN_ACT_SIGMOID, FFNN_ACT_SOFTMAX};
    const float W1[] = {0.1f,  0.3f, 0.8f, -0.4f, -0.3f, -0.2f, 0.5f,  0.5f,
                        -0.3f, 0.1f, 0.5f, 0.4f,  0.2f,  0.5f,  -0.9f, 0.7f};
    const float W2[] = {0.3f,  0.8f, -0.2f, -0.4f, 0.5f, -0.2f,
                        -0.3f, 0.5f, 0.2f,  0.1f,  0.6f, 0.6f};
    const float x[] = {0.6f, 0.4f, 0.6f, 0.1f}, y[] = {0, 0, 1};
    ffnn_net *net = NULL;
    check(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 1), NULL);
    check(ffnn_set_layer(net, 1, W1, NULL), net);
    check(ffnn_set_layer(net, 2, W2, NULL), net);
    train("Multi class, 4-4-3 softmax, slide values (loss starts at 0.8015)",
          net, x, y, 1, 0.5f, 100);
    ffnn_net_destroy(net);
}

int main(void)
{
    printf("ffnn %s\n\n", ffnn_version_string());
    xor_2_2_1();
    binary_4_4_1();
    multiclass_4_4_3();
    return 0;
}
