/* safetensors.h -- the container around ffnn's files: an 8-byte length,
 * a JSON header, the data. Read here once for the loader (model_io.c) and
 * for the header handle (ffnn.h, section 18). */
#ifndef FFNN_SAFETENSORS_H
#define FFNN_SAFETENSORS_H

#include "internal.h"

#include <jansson.h>

#define FFNN__MAX_HEADER (100u << 20) /* the safetensors limit */

uint64_t ffnn__read_le64(const unsigned char *p);

/* A header of n bytes in a file of size bytes: refused (FFNN_ERR_FORMAT,
 * the message starting "who: ") if it does not fit or passes the limit. */
ffnn_status ffnn__check_header_length(uint64_t n, uint64_t size,
                                      const char *who);

/* *root = the n bytes of JSON at text, a JSON object with no key twice;
 * FFNN_ERR_FORMAT naming the line and column, or FFNN_ERR_NOMEM. */
ffnn_status ffnn__parse_header(const char *text, size_t n, const char *who,
                               json_t **root);

#endif
