/* info.c -- `ffnn info`: what a model file holds. The library loads and
 * validates the network, and its header handle (ffnn.h, section 18) lists
 * the metadata and tensors. */
#include "commands.h"

#include "args.h"
#include "errors.h"
#include "model.h"
#include "out_file.h"
#include "plot.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One metadata line: long or many-line values (a run's metrics) are cut
 * to their start, with their size. */
static void print_value(const char *key, const char *text)
{
    size_t lines = 0, len = strcspn(text, "\n");
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    int cut = len > 60 || text[len] == '\n';
    printf("  %-22s %.*s%s", key, (int)(len > 60 ? 60 : len), text,
           cut ? " ..." : "");
    if (cut)
        printf(" (%zu bytes, %zu lines)", strlen(text),
               lines + (text[strlen(text) - 1] != '\n'));
    printf("\n");
}

static int has_tensor(const ffnn_file *file, const char *name)
{
    for (size_t t = 0; t < ffnn_file_num_tensors(file); t++)
        if (strcmp(ffnn_file_tensor_name(file, t), name) == 0)
            return 1;
    return 0;
}

/* What the file holds, in words: a model, or a checkpoint and its state. */
static void print_contents(const ffnn_file *file, const ffnn_net *net)
{
    const char *opt = ffnn_file_get_metadata(file, "optimizer");
    if (!opt) {
        printf("holds        a model: weights and biases (no optimizer "
               "state)\n");
        return;
    }
    const char *step = ffnn_file_get_metadata(file, "optimizer.step");
    ffnn_train_position p;
    ffnn_get_train_position(net, &p);
    printf("holds        a checkpoint: weights and biases, the optimizer "
           "(%s%s%s%s),\n             the training position (%llu epochs "
           "done",
           opt, ffnn_net_optimizer(net) == FFNN_OPT_SGD ? ", no state" : "",
           step ? ", step " : "", step ? step : "",
           (unsigned long long)p.epoch);
    if (p.batch)
        printf(", %llu batches of the next", (unsigned long long)p.batch);
    printf(")\n");
    const char *best = ffnn_file_get_metadata(file, "train.best_epoch");
    const char *value = ffnn_file_get_metadata(file, "train.best_value");
    if (best && value) /* a run with early stopping (ffnn.h, section 15) */
        printf("             early stopping: best epoch %s (monitored value "
               "%.6g)%s\n",
               best, strtod(value, NULL),
               has_tensor(file, "best.layers.1.weight") ? ", its weights kept"
                                                        : "");
}

static void print_metadata(const ffnn_file *file)
{
    if (!ffnn_file_num_metadata(file))
        return;
    printf("\nmetadata\n");
    for (size_t k = 0; k < ffnn_file_num_metadata(file); k++)
        print_value(ffnn_file_metadata_key(file, k),
                    ffnn_file_metadata_value(file, k));
}

static void print_tensors(const ffnn_file *file)
{
    printf("\ntensors\n");
    for (size_t t = 0; t < ffnn_file_num_tensors(file); t++) {
        printf("  %-32s %s [", ffnn_file_tensor_name(file, t),
               ffnn_file_tensor_dtype(file, t));
        for (size_t d = 0; d < ffnn_file_tensor_rank(file, t); d++)
            printf("%s%llu", d ? ", " : "",
                   (unsigned long long)ffnn_file_tensor_dim(file, t, d));
        printf("]\n");
    }
}

static void print_network(const char *path, const ffnn_file *file,
                          const ffnn_net *net)
{
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    size_t L = ffnn_net_num_layers(net);
    printf("file         %s (%llu bytes)\n", path,
           (unsigned long long)ffnn_file_size(file));
    printf("architecture %s\n", architecture);
    for (size_t l = 1; l <= L; l++)
        printf("  layer %zu    %zu -> %zu, %s\n", l,
               ffnn_net_layer_size(net, l - 1), ffnn_net_layer_size(net, l),
               activation_name(ffnn_net_activation(net, l)));
    printf("loss         %s\n", loss_name(ffnn_net_loss_function(net)));
    printf("parameters   %zu\n", ffnn_net_num_params(net));
}

static int draw(const char *path, const char *model, const ffnn_net *net)
{
    char title[512];
    snprintf(title, sizeof title, "network of %s", model);
    return plot_network(path, title, net);
}

int command_info(int argc, char **argv)
{
    const char *model = NULL, *plot = NULL;
    flag_spec specs[] = {
        {"model", FLAG_STRING, &model, "FILE", "the model (.safetensors)", 1,
         0},
        {"plot", FLAG_STRING, &plot, "FILE",
         "draw the network as an SVG picture: a column of neurons per "
         "layer and, when no layer is wider than 16, every weight",
         0, 0},
    };
    command_spec command = {
        "info",
        "Show a model file: architecture, activations, loss, parameters, "
        "size,\nmetadata and tensors.",
        NULL, specs, sizeof specs / sizeof specs[0]};
    int rc = args_parse(&command, argc, argv);
    if (rc != 0)
        return rc == ARGS_HELP ? CLI_OK : rc;
    ffnn_net *net = NULL;
    ffnn_file *file = NULL;
    rc = plot ? out_file_check("plot", "create", plot) : CLI_OK;
    if (rc == CLI_OK)
        rc = model_load(model, &net);
    if (rc == CLI_OK && ffnn_file_open(model, &file) != FFNN_OK)
        rc = fail(CLI_DATA_ERROR, "cannot read the header of %s: %s", model,
                  ffnn_last_error());
    if (rc == CLI_OK) {
        print_network(model, file, net);
        print_contents(file, net);
        if (plot)
            rc = draw(plot, model, net);
        print_metadata(file);
        print_tensors(file);
    }
    ffnn_file_close(file);
    ffnn_net_destroy(net);
    return rc;
}
