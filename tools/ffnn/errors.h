/* errors.h -- exit codes and the one-line error messages of the ffnn command.
 *
 * Every failure is reported once, where it is found, as
 *   "ffnn SUBCOMMAND: message" on stderr,
 * and the exit code travels back up to main(). */
#ifndef FFNN_CLI_ERRORS_H
#define FFNN_CLI_ERRORS_H

#include "ffnn.h"

/* The exit codes, documented in `ffnn --help` and relied on by scripts. */
enum cli_exit {
    CLI_OK = 0,            /* success */
    CLI_RUNTIME_ERROR = 1, /* the library failed, a file could not be
                              written, a checked threshold was missed */
    CLI_USAGE_ERROR = 2,   /* bad flags or flag values */
    CLI_DATA_ERROR = 3     /* input file missing, unreadable or malformed;
                              data shape not matching the model */
};

/* The prefix of every message, e.g. "ffnn train"; static storage. */
void errors_set_command(const char *command);
const char *errors_command(void);

/* Print "PREFIX: message" on stderr and return code. */
int fail(int code, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Report a failed library call: its status text and the library's message
 * (of net, or of the thread when net is NULL). Returns CLI_RUNTIME_ERROR. */
int fail_library(const char *call, ffnn_status status, const ffnn_net *net);

#endif
