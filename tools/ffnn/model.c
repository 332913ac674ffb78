/* model.c -- model files, and the library's names of activations and
 * losses as the command prints them. */
#include "model.h"

#include "errors.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

int model_load(const char *path, ffnn_net **out)
{
    FILE *file = fopen(path, "rb");
    if (!file)
        return fail(CLI_DATA_ERROR, "cannot open model %s: %s", path,
                    strerror(errno));
    fclose(file);
    ffnn_status status = ffnn_load(path, out);
    if (status == FFNN_ERR_IO || status == FFNN_ERR_FORMAT)
        return fail(CLI_DATA_ERROR, "cannot load model %s: %s", path,
                    ffnn_last_error());
    if (status != FFNN_OK)
        return fail_library("ffnn_load", status, NULL);
    return CLI_OK;
}

int model_save(const ffnn_net *net, const char *path)
{
    ffnn_status status = ffnn_save(net, path);
    if (status != FFNN_OK)
        return fail(CLI_RUNTIME_ERROR, "cannot save model %s: %s: %s", path,
                    ffnn_status_string(status), ffnn_net_last_error(net));
    return CLI_OK;
}

const char *activation_name(int activation)
{
    const char *name = ffnn_activation_name(activation);
    return name ? name : "?";
}

const char *loss_name(int loss)
{
    const char *name = ffnn_loss_name(loss);
    return name ? name : "?";
}

int activation_parse(const char *name, ffnn_activation *out)
{
    return ffnn_activation_from_name(name, out) == FFNN_OK ? 0 : -1;
}

int loss_parse(const char *name, ffnn_loss_function *out)
{
    return ffnn_loss_from_name(name, out) == FFNN_OK ? 0 : -1;
}

const char *names_list(const char *(*name_of)(int), int skip, char *buffer,
                       size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (int v = 0; name_of(v) && used < size; v++)
        if (v != skip)
            used += (size_t)snprintf(buffer + used, size - used, "%s%s",
                                     used ? "|" : "", name_of(v));
    return buffer;
}

size_t model_inputs(const ffnn_net *net)
{
    return ffnn_net_layer_size(net, 0);
}

size_t model_outputs(const ffnn_net *net)
{
    return ffnn_net_layer_size(net, ffnn_net_num_layers(net));
}

int model_is_classifier(const ffnn_net *net)
{
    int output = ffnn_net_activation(net, ffnn_net_num_layers(net));
    return output == FFNN_ACT_SOFTMAX || output == FFNN_ACT_SIGMOID;
}

void model_architecture(const ffnn_net *net, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (size_t l = 0; l <= ffnn_net_num_layers(net) && used < size; l++) {
        int wrote = snprintf(buffer + used, size - used, "%s%zu", l ? "-" : "",
                             ffnn_net_layer_size(net, l));
        if (wrote < 0)
            break;
        used += (size_t)wrote;
    }
}

int model_check_data(const ffnn_net *net, const dataset *ds,
                     const char *data_name)
{
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    if (ds->d != model_inputs(net))
        return fail(CLI_DATA_ERROR,
                    "%s has %zu features per sample but the model (%s) "
                    "takes %zu inputs",
                    data_name, ds->d, architecture, model_inputs(net));
    if (ds->k > 0 && ds->k != model_outputs(net))
        return fail(CLI_DATA_ERROR,
                    "%s has %zu targets per sample but the model (%s) has "
                    "%zu outputs",
                    data_name, ds->k, architecture, model_outputs(net));
    return CLI_OK;
}

int model_load_data(const ffnn_net *net, const data_source *source,
                    int need_targets, dataset *ds)
{
    char origin[80];
    snprintf(origin, sizeof origin, "the model (%zu outputs)",
             model_outputs(net));
    data_request request = {need_targets, model_outputs(net), origin};
    int rc = data_source_load(source, &request, ds);
    if (rc != CLI_OK)
        return rc;
    rc = model_check_data(net, ds, data_source_name(source));
    if (rc != CLI_OK)
        dataset_free(ds);
    return rc;
}

int model_run_on_data(const char *path, const data_source *source,
                      int need_targets,
                      int (*run)(const void *context, ffnn_net *net,
                                 const dataset *ds),
                      const void *context)
{
    ffnn_net *net = NULL;
    int rc = model_load(path, &net);
    dataset ds;
    if (rc == CLI_OK)
        rc = model_load_data(net, source, need_targets, &ds);
    if (rc == CLI_OK) {
        rc = run(context, net, &ds);
        dataset_free(&ds);
    }
    ffnn_net_destroy(net);
    return rc;
}
