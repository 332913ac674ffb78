/* out_file.h -- the files the command writes (metrics, exported C,
 * predictions), written whole and atomically: built in memory, then put in
 * place with the library's rule (a new file, fsync, rename), so that a
 * path holds the old contents or the new, never a torn file. */
#ifndef FFNN_CLI_OUT_FILE_H
#define FFNN_CLI_OUT_FILE_H

#include <stdio.h>

typedef struct {
    FILE *stream; /* write here */
    char *text;
    size_t size;
    const char *path;
} out_file;

/* CLI_USAGE_ERROR, reported as "--FLAG: cannot VERB PATH: reason", unless
 * path's directory exists and is writable: checked before long work, so
 * that it does not end in a failed write. */
int out_file_check(const char *flag, const char *verb, const char *path);

/* Start a file for path. CLI_OK or CLI_RUNTIME_ERROR (reported). */
int out_file_open(out_file *f, const char *path);
/* Put what was written so far in place, keeping the stream open for more
 * (the metrics, rewritten after every epoch). CLI_OK or CLI_RUNTIME_ERROR
 * with the system's reason. */
int out_file_sync(out_file *f);
/* out_file_sync, then free everything. */
int out_file_commit(out_file *f);
/* Free everything, writing nothing. */
void out_file_discard(out_file *f);

#endif
