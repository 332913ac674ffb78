/* info.c -- `ffnn info`: what a model file holds. The library loads and
 * validates the file; its JSON header is read here again (with jansson) only
 * to show the metadata and tensors. */
#include "commands.h"

#include "args.h"
#include "errors.h"
#include "model.h"
#include "out_file.h"
#include "plot.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_HEADER_BYTES (100u << 20)

/* The JSON header of a safetensors file, or NULL if it cannot be read. */
static json_t *read_header(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        return NULL;
    unsigned char size_bytes[8];
    uint64_t size = 0;
    json_t *header = NULL;
    if (fread(size_bytes, 1, 8, file) == 8) {
        for (int i = 7; i >= 0; i--)
            size = size << 8 | size_bytes[i];
    }
    char *text = size > 0 && size <= MAX_HEADER_BYTES ? malloc(size) : NULL;
    if (text && fread(text, 1, size, file) == size)
        header = json_loadb(text, size, 0, NULL);
    free(text);
    fclose(file);
    return header;
}

/* One metadata line: long or many-line values (a run's metrics) are cut
 * to their start, with their size. */
static void print_value(const char *key, const char *text)
{
    if (!text) {
        printf("  %-22s (not a string)\n", key);
        return;
    }
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

/* What the file holds, in words: a model, or a checkpoint and its state. */
static void print_contents(const json_t *header, const ffnn_net *net)
{
    const json_t *meta = json_object_get(header, "__metadata__");
    const char *opt = json_string_value(json_object_get(meta, "optimizer"));
    if (!opt) {
        printf("holds        a model: weights and biases (no optimizer "
               "state)\n");
        return;
    }
    const char *step =
        json_string_value(json_object_get(meta, "optimizer.step"));
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
}

static void print_metadata(const json_t *header)
{
    const json_t *metadata = json_object_get(header, "__metadata__");
    if (!json_is_object(metadata))
        return;
    printf("\nmetadata\n");
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)metadata, key, value)
    {
        print_value(key, json_string_value(value));
    }
}

static void print_shape(const json_t *shape)
{
    size_t i;
    const json_t *dim;
    printf("[");
    json_array_foreach(shape, i, dim)
        printf("%s%lld", i ? ", " : "", (long long)json_integer_value(dim));
    printf("]");
}

static void print_tensors(const json_t *header)
{
    printf("\ntensors\n");
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)header, key, value)
    {
        if (strcmp(key, "__metadata__") == 0)
            continue;
        const char *dtype = json_string_value(json_object_get(value, "dtype"));
        printf("  %-32s %s ", key, dtype ? dtype : "?");
        print_shape(json_object_get(value, "shape"));
        printf("\n");
    }
}

static void print_network(const char *path, const ffnn_net *net)
{
    struct stat status;
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    size_t L = ffnn_net_num_layers(net);
    printf("file         %s", path);
    if (stat(path, &status) == 0)
        printf(" (%lld bytes)", (long long)status.st_size);
    printf("\narchitecture %s\n", architecture);
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
    rc = plot ? out_file_check("plot", "create", plot) : CLI_OK;
    if (rc == CLI_OK)
        rc = model_load(model, &net);
    if (rc != CLI_OK)
        return rc;
    print_network(model, net);
    json_t *header = read_header(model);
    if (header)
        print_contents(header, net);
    if (plot)
        rc = draw(plot, model, net);
    ffnn_net_destroy(net);
    if (header) {
        print_metadata(header);
        print_tensors(header);
        json_decref(header);
    }
    return rc;
}
