/* ffnn-forward-count -- calls ffnn_forward N times on one sample of a
 * sigmoid network (MSE), for bench/count-forward.sh to count instructions
 * under callgrind: the difference between two runs of different N is the
 * cost of the calls alone, without start-up, create or the first call's
 * allocation.
 *
 *   ffnn-forward-count N [WIDTHS]        WIDTHS: 2-2-1 (default), 4-4-1, ...
 */
#include "ffnn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LAYERS 8

/* "4-4-1" into sizes[0..*n_layers]; 0 if it is not such a list. */
static int parse_widths(const char *s, size_t *sizes, size_t *n_layers)
{
    size_t n = 0;
    for (const char *p = s; n <= MAX_LAYERS; p++) {
        char *end;
        unsigned long w = strtoul(p, &end, 10);
        if (end == p || w == 0 || (*end != '-' && *end != '\0'))
            return 0;
        sizes[n++] = w;
        if (*end == '\0')
            break;
        p = end;
    }
    *n_layers = n - 1;
    return n >= 2 && n <= MAX_LAYERS + 1;
}

static int usage(void)
{
    fprintf(stderr, "usage: ffnn-forward-count N [WIDTHS]   (WIDTHS: 2-2-1 "
                    "by default; every layer sigmoid)\n");
    return 2;
}

int main(int argc, char **argv)
{
    size_t sizes[MAX_LAYERS + 1], n_layers;
    char *end;
    unsigned long long calls = argc > 1 ? strtoull(argv[1], &end, 10) : 0;
    if (argc < 2 || argc > 3 || *end != '\0' ||
        !parse_widths(argc > 2 ? argv[2] : "2-2-1", sizes, &n_layers))
        return usage();
    ffnn_activation acts[MAX_LAYERS];
    for (size_t l = 0; l < n_layers; l++)
        acts[l] = FFNN_ACT_SIGMOID;
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, n_layers, sizes, acts, FFNN_LOSS_MSE, 1) !=
        FFNN_OK) {
        fprintf(stderr, "ffnn-forward-count: %s\n", ffnn_last_error());
        return 1;
    }
    float *x = malloc(sizes[0] * sizeof *x);
    float *y = malloc(sizes[n_layers] * sizeof *y);
    for (size_t i = 0; x && i < sizes[0]; i++)
        x[i] = (float)(i % 7) / 7.0f - 0.5f;
    /* As inference runs it: one sample in, its output copied out. */
    for (unsigned long long i = 0; x && y && i < calls; i++)
        if (ffnn_forward(net, x, 1, y) != FFNN_OK) {
            fprintf(stderr, "ffnn-forward-count: %s\n",
                    ffnn_net_last_error(net));
            return 1;
        }
    printf("%llu calls, y[0] = %g\n", calls, calls && y ? (double)y[0] : 0.0);
    ffnn_net_destroy(net);
    free(x);
    free(y);
    return x && y ? 0 : 1;
}
