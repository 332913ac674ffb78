/* atomic_file.h -- replace a file so that it is never seen half-written.
 * Shared by the library (ffnn_save) and the ffnn command (metrics, exported
 * C), each compiling its own copy; nothing here is exported. */
#ifndef FFNN_ATOMIC_FILE_H
#define FFNN_ATOMIC_FILE_H

#include <stddef.h>

/* Write size bytes of data to path atomically (ffnn.h, section 11, says
 * how). Returns 0, or the errno of the failure with *step set to what
 * failed ("create a file in the directory of", "write", ...); the old file
 * is then untouched and no temporary file is left. */
int ffnn__write_atomic(const char *path, const void *data, size_t size,
                       const char **step);

#endif
