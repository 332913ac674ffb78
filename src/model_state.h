/* model_state.h -- what a checkpoint adds to a model file, and the user's
 * metadata: their text in __metadata__ (ffnn.h, sections 11 and 12). */
#ifndef FFNN_MODEL_STATE_H
#define FFNN_MODEL_STATE_H

#include "internal.h"

#include <jansson.h>

/* The optimizer state tensors of kind: their name suffixes into names
 * ("momentum_buffer"; "exp_avg", "exp_avg_sq") and, in net, the buffers
 * they are (opt.m, opt.v). Returns their count, 0 to 2. */
int ffnn__state_tensors(const ffnn_net *net, const char **names,
                        float **buffers);

/* Add the optimizer's and the training position's keys to meta; 0 if
 * memory ran out. */
int ffnn__state_to_json(const ffnn_net *net, json_t *meta);
/* Add the user's keys to meta; 0 if memory ran out. */
int ffnn__user_to_json(const ffnn_net *net, json_t *meta);

/* Install the optimizer and the position meta names (none: a model file,
 * which keeps SGD and a zero position) on a new network. */
ffnn_status ffnn__state_from_json(json_t *meta, ffnn_net *net);
/* Copy the "user." keys of meta onto net. */
ffnn_status ffnn__user_from_json(json_t *meta, ffnn_net *net);

/* Dropout's rates, seed and (with_state) step counter. */
int ffnn__dropout_to_json(const ffnn_net *net, json_t *meta, int with_state);
ffnn_status ffnn__dropout_from_json(json_t *meta, ffnn_net *net);

#endif
