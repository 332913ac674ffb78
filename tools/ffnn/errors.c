/* errors.c -- the one-line error messages of the ffnn command. */
#include "errors.h"

#include <stdarg.h>
#include <stdio.h>

static const char *current_command = "ffnn";

void errors_set_command(const char *command)
{
    current_command = command;
}

const char *errors_command(void)
{
    return current_command;
}

int fail(int code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "%s: ", current_command);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    return code;
}

int fail_library(const char *call, ffnn_status status, const ffnn_net *net)
{
    const char *detail = net ? ffnn_net_last_error(net) : ffnn_last_error();
    if (detail[0] == '\0')
        return fail(CLI_RUNTIME_ERROR, "%s failed: %s", call,
                    ffnn_status_string(status));
    return fail(CLI_RUNTIME_ERROR, "%s failed: %s: %s", call,
                ffnn_status_string(status), detail);
}
