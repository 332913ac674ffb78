/* error.c -- status names, per-handle and per-thread error messages, version.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static _Thread_local char thread_error[512];

const char *ffnn_status_string(int status)
{
    switch (status) {
    case FFNN_OK: return "FFNN_OK: success";
    case FFNN_ERR_ARG: return "FFNN_ERR_ARG: invalid argument";
    case FFNN_ERR_SHAPE: return "FFNN_ERR_SHAPE: invalid shape or size";
    case FFNN_ERR_NOMEM: return "FFNN_ERR_NOMEM: out of memory";
    case FFNN_ERR_STATE: return "FFNN_ERR_STATE: call out of order";
    case FFNN_ERR_IO: return "FFNN_ERR_IO: input/output error";
    case FFNN_ERR_FORMAT: return "FFNN_ERR_FORMAT: malformed data";
    case FFNN_ERR_NUMERIC: return "FFNN_ERR_NUMERIC: NaN or infinity";
    default: return "unknown status";
    }
}

ffnn_status ffnn__fail(const ffnn_net *net, ffnn_status s, const char *fmt, ...)
{
    /* Formatted apart first: an argument may be ffnn_last_error() itself. */
    char message[sizeof thread_error];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    memcpy(thread_error, message, sizeof thread_error);
    if (net) {
        /* The message is the one mutable part of a const handle. */
        ffnn_net *mutable_net = (ffnn_net *)net;
        snprintf(mutable_net->error, sizeof mutable_net->error, "%s",
                 thread_error);
    }
    return s;
}

const char *ffnn_net_last_error(const ffnn_net *net)
{
    return net ? net->error : "";
}

const char *ffnn_last_error(void)
{
    return thread_error;
}

unsigned ffnn_version_number(void)
{
    return FFNN_VERSION_NUMBER;
}

const char *ffnn_version_string(void)
{
    return FFNN_VERSION_STRING;
}
