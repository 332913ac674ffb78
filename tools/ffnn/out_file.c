/* out_file.c -- whole files through an in-memory stream and an atomic
 * replace. */
#include "out_file.h"

#include "atomic_file.h"
#include "errors.h"

#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int out_file_check(const char *flag, const char *verb, const char *path)
{
    char *copy = strdup(path);
    if (!copy)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    int ok = access(dirname(copy), W_OK) == 0;
    int error = errno;
    free(copy);
    if (!ok)
        return fail(CLI_USAGE_ERROR, "--%s: cannot %s %s: %s", flag, verb, path,
                    strerror(error));
    return CLI_OK;
}

int out_file_open(out_file *f, const char *path)
{
    memset(f, 0, sizeof *f);
    f->path = path;
    f->stream = open_memstream(&f->text, &f->size);
    return f->stream ? CLI_OK : fail(CLI_RUNTIME_ERROR, "out of memory");
}

int out_file_sync(out_file *f)
{
    const char *step = NULL;
    if (fflush(f->stream) != 0 || ferror(f->stream))
        return fail(CLI_RUNTIME_ERROR, "cannot build %s: out of memory",
                    f->path);
    int error = ffnn__write_atomic(f->path, f->text, f->size, &step);
    if (error)
        return fail(CLI_RUNTIME_ERROR, "cannot %s %s: %s", step, f->path,
                    strerror(error));
    return CLI_OK;
}

int out_file_commit(out_file *f)
{
    int rc = out_file_sync(f);
    out_file_discard(f);
    return rc;
}

void out_file_discard(out_file *f)
{
    if (f->stream)
        fclose(f->stream);
    free(f->text);
    memset(f, 0, sizeof *f);
}
