/* plot.h -- pictures a person can look at, for --plot: the curves of a
 * training run, a classifier's confusion matrix, and the network as a
 * course draws it. Each is one SVG file, self-contained (no fonts,
 * scripts or images from elsewhere) and written atomically (out_file.h).
 * Every function returns CLI_OK or CLI_RUNTIME_ERROR (reported). */
#ifndef FFNN_CLI_PLOT_H
#define FFNN_CLI_PLOT_H

#include "confusion.h"
#include "ffnn.h"
#include "train_log.h"

/* Loss, and accuracy when show_accuracy, per epoch, training and
 * validation, in two panels, with best_epoch marked; 0 marks the epoch of
 * the lowest validation loss (training loss without validation). */
int plot_training(const char *path, const char *title,
                  const epoch_metrics *rows, size_t n, size_t best_epoch,
                  int show_accuracy);

/* The matrix as a heat map: true classes down, predicted ones across,
 * each cell's count in it, and the colour scale beside. */
int plot_confusion(const char *path, const char *title,
                   const confusion_matrix *m);

/* A column of neurons per layer, labelled with its width and activation;
 * a layer wider than 16 shows its first few, an ellipsis and its last.
 * When every layer is at most 16 wide, every weight is an edge, its
 * width |w| and its colour the sign. */
int plot_network(const char *path, const char *title, const ffnn_net *net);

#endif
