/* progress.h -- the training progress bar, redrawn in place on a terminal:
 *   epoch 2/5 [#########...........] 120/250  41230 samples/s  loss 0.2345
 *   ETA 0:07   (all on one line)
 */
#ifndef FFNN_CLI_PROGRESS_H
#define FFNN_CLI_PROGRESS_H

#include "ffnn.h"

#include <stdio.h>

typedef struct {
    FILE *out;
    double start;     /* when training started */
    double last_draw; /* when the bar was last drawn */
    int visible;      /* a bar is on the current line */
} progress;

void progress_start(progress *bar, FILE *out);
/* Redraw from a mid-epoch report, at most every 0.1 s. */
void progress_update(progress *bar, const ffnn_train_report *report);
/* Erase the bar so that a line of text can take its place. */
void progress_clear(progress *bar);

#endif
