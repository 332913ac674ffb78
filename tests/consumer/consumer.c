/* A program built against an installed ffnn, as a user would build it.
 * It checks that header and library agree and that a forward pass runs. */
#include <ffnn.h>

#include <math.h>
#include <stdio.h>

int main(void)
{
    if (ffnn_version_number() != FFNN_VERSION_NUMBER) {
        fprintf(stderr, "header %d, library %u\n", FFNN_VERSION_NUMBER,
                ffnn_version_number());
        return 1;
    }
    const size_t sizes[] = {3, 4, 2};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 7) != FFNN_OK)
        return 1;
    const float x[] = {0.5f, -1.0f, 2.0f};
    float y[2];
    int ok = ffnn_forward(net, x, 1, y) == FFNN_OK &&
             fabsf(y[0] + y[1] - 1.0f) < 1e-6f;
    ffnn_net_destroy(net);
    printf("consumer: ffnn %s %s\n", ffnn_version_string(),
           ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
