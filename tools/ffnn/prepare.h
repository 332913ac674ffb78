/* prepare.h -- what `ffnn train` works out from the training rows before
 * it trains: the model's scaling (--standardize) and class weights
 * (--class-weight). */
#ifndef FFNN_CLI_PREPARE_H
#define FFNN_CLI_PREPARE_H

#include "dataset.h"
#include "ffnn.h"

/* Input scaling from the first `training` rows of ds (mean, and the
 * standard deviation, 1 where it is 0); output scaling too for an MSE
 * network (regression). CLI_OK or the failure reported. */
int prepare_standardize(ffnn_net *net, const dataset *ds, size_t training);

/* The class weights --class-weight asks for into w[0..classes): "balanced"
 * (n / (classes * n_c) over the training rows, as scikit-learn's), or a
 * list of numbers. CLI_OK, or CLI_USAGE_ERROR reported. */
int prepare_class_weights(const char *spec, const ffnn_net *net,
                          const dataset *ds, size_t training, float *w,
                          size_t classes);

#endif
