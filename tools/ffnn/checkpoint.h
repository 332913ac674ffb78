/* checkpoint.h -- what `ffnn train` keeps in a checkpoint beside the
 * library's state (weights, optimizer, training position): the flags and
 * data it was made with, the metrics so far and the time spent, as the
 * network's "user.ffnn-train.*" metadata. */
#ifndef FFNN_CLI_CHECKPOINT_H
#define FFNN_CLI_CHECKPOINT_H

#include "dataset.h"
#include "ffnn.h"

/* A digest of what makes a run: "name=value;" for every flag that changes
 * the result, then the data's size and FNV-1a hash. */
typedef struct {
    char text[2048];
} run_fingerprint;

void fingerprint_begin(run_fingerprint *f);
void fingerprint_add(run_fingerprint *f, const char *name, const char *format,
                     ...) __attribute__((format(printf, 3, 4)));
void fingerprint_add_data(run_fingerprint *f, const dataset *ds);

/* Write the checkpoint: net with the fingerprint, the metrics text and the
 * seconds so far attached. CLI_OK or CLI_RUNTIME_ERROR (reported). */
int checkpoint_write(ffnn_net *net, const char *path, const run_fingerprint *f,
                     const char *metrics, double seconds);

/* What a resumed run takes from its checkpoint. */
typedef struct {
    ffnn_net *net;
    char *metrics;  /* the metrics CSV so far (malloc), or NULL */
    double seconds; /* spent before */
} resumed_run;

/* Load path for --resume and check it was made by a run like f: the first
 * flag that differs is a usage error naming both values. */
int checkpoint_resume(const char *path, const run_fingerprint *f,
                      resumed_run *out);

#endif
