/* model.h -- model files and the names of activations and losses. */
#ifndef FFNN_CLI_MODEL_H
#define FFNN_CLI_MODEL_H

#include "data_source.h"
#include "dataset.h"
#include "ffnn.h"

/* Load a model file; a missing, unreadable or malformed file is
 * CLI_DATA_ERROR with the library's message. */
int model_load(const char *path, ffnn_net **out);

/* Save, reporting a failure as CLI_RUNTIME_ERROR. */
int model_save(const ffnn_net *net, const char *path);

/* The library's name, "relu" for FFNN_ACT_RELU, ...; "?" for an unknown
 * value. */
const char *activation_name(int activation);
const char *loss_name(int loss);
/* 0 and *out set if name is known, else -1. */
int activation_parse(const char *name, ffnn_activation *out);
int loss_parse(const char *name, ffnn_loss_function *out);
/* The names name_of(0), name_of(1), ... (until NULL) but skip, joined by
 * '|' into buffer, which it returns: the library's list, for messages. */
const char *names_list(const char *(*name_of)(int), int skip, char *buffer,
                       size_t size);

/* The input and output widths n_0 and n_L. */
size_t model_inputs(const ffnn_net *net);
size_t model_outputs(const ffnn_net *net);

/* Whether the outputs are class scores: a softmax or sigmoid output. */
int model_is_classifier(const ffnn_net *net);

/* "784-128-10" into buffer. */
void model_architecture(const ffnn_net *net, char *buffer, size_t size);

/* CLI_DATA_ERROR unless the data's features (and targets, if any) have the
 * widths of the model's input and output layers. */
int model_check_data(const ffnn_net *net, const dataset *ds,
                     const char *data_name);

/* Load the data named by the data flags for the model: class labels become
 * targets over its outputs, and the widths must match its layers. */
int model_load_data(const ffnn_net *net, const data_source *source,
                    int need_targets, dataset *ds);

/* Load the model file and its data, call run(context, net, ds), and free
 * both: what eval and predict share. Returns the first failure's code. */
int model_run_on_data(const char *path, const data_source *source,
                      int need_targets,
                      int (*run)(const void *context, ffnn_net *net,
                                 const dataset *ds),
                      const void *context);

#endif
