/* checkpoint.c -- the command's part of a checkpoint (see checkpoint.h). */
#include "checkpoint.h"

#include "errors.h"
#include "model.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_RUN     "user.ffnn-train.run"
#define KEY_METRICS "user.ffnn-train.metrics"
#define KEY_SECONDS "user.ffnn-train.seconds"

void fingerprint_begin(run_fingerprint *f)
{
    f->text[0] = '\0';
}

void fingerprint_add(run_fingerprint *f, const char *name, const char *format,
                     ...)
{
    size_t len = strlen(f->text);
    len += (size_t)snprintf(f->text + len, sizeof f->text - len, "%s=", name);
    va_list args;
    va_start(args, format);
    if (len < sizeof f->text)
        len += (size_t)vsnprintf(f->text + len, sizeof f->text - len, format,
                                 args);
    va_end(args);
    if (len + 1 < sizeof f->text)
        strcat(f->text, ";");
}

static uint64_t fnv1a(uint64_t h, const void *data, size_t bytes)
{
    const unsigned char *p = data;
    for (size_t k = 0; k < bytes; k++)
        h = (h ^ p[k]) * 0x100000001B3ull;
    return h;
}

void fingerprint_add_data(run_fingerprint *f, const dataset *ds)
{
    uint64_t h = fnv1a(0xCBF29CE484222325ull, ds->x, ds->n * ds->d * 4);
    if (ds->y)
        h = fnv1a(h, ds->y, ds->n * ds->k * 4);
    if (ds->w) /* weighted data is other data; unweighted keeps its hash */
        h = fnv1a(h, ds->w, ds->n * 4);
    fingerprint_add(f, "data", "%zux%zu+%zu%s:%016llx", ds->n, ds->d, ds->k,
                    ds->w ? "w" : "", (unsigned long long)h);
}

/* The keys are attached only while the checkpoint is written, so that the
 * final model holds none of them (and is the same however it was run). */
int checkpoint_write(ffnn_net *net, const char *path, const run_fingerprint *f,
                     const char *metrics, double seconds)
{
    char text[32];
    snprintf(text, sizeof text, "%.3f", seconds);
    ffnn_status s = ffnn_set_metadata(net, KEY_RUN, f->text);
    if (s == FFNN_OK)
        s = ffnn_set_metadata(net, KEY_METRICS, metrics);
    if (s == FFNN_OK)
        s = ffnn_set_metadata(net, KEY_SECONDS, text);
    if (s == FFNN_OK)
        s = ffnn_save_checkpoint(net, path);
    int rc =
        s == FFNN_OK ? CLI_OK : fail_library("writing the checkpoint", s, net);
    ffnn_set_metadata(net, KEY_RUN, NULL);
    ffnn_set_metadata(net, KEY_METRICS, NULL);
    ffnn_set_metadata(net, KEY_SECONDS, NULL);
    return rc;
}

/* The first "name=value;" of a that b does not hold, as name and the two
 * values. */
static int report_difference(const char *path, const char *a, const char *b)
{
    for (const char *p = a; *p;) {
        size_t len = strcspn(p, ";");
        const char *eq = memchr(p, '=', len);
        size_t name_len = eq ? (size_t)(eq - p) : len;
        const char *q = b;
        while (*q && !(strncmp(q, p, name_len + 1) == 0))
            q += strcspn(q, ";") + (q[strcspn(q, ";")] == ';');
        size_t q_len = strcspn(q, ";");
        if (q_len != len || strncmp(p, q, len) != 0)
            return fail(CLI_USAGE_ERROR,
                        "--resume: %s was made with %.*s, this run has %.*s; "
                        "resume with the flags and data of the first run",
                        path, (int)len, p, *q ? (int)q_len : 4,
                        *q ? q : "none");
        p += len + (p[len] == ';');
    }
    return fail(CLI_USAGE_ERROR,
                "--resume: %s was made by a run with other flags or data",
                path);
}

int checkpoint_resume(const char *path, const run_fingerprint *f,
                      resumed_run *out)
{
    memset(out, 0, sizeof *out);
    int rc = model_load(path, &out->net);
    if (rc != CLI_OK)
        return rc;
    const char *run = ffnn_get_metadata(out->net, KEY_RUN);
    const char *metrics = ffnn_get_metadata(out->net, KEY_METRICS);
    const char *seconds = ffnn_get_metadata(out->net, KEY_SECONDS);
    if (!run || !metrics || !seconds)
        rc = fail(CLI_DATA_ERROR,
                  "--resume: %s is not a checkpoint of `ffnn train` "
                  "(write one with --checkpoint)",
                  path);
    else if (strcmp(run, f->text) != 0)
        rc = report_difference(path, run, f->text);
    if (rc == CLI_OK) {
        out->metrics = strdup(metrics);
        out->seconds = atof(seconds);
        rc = out->metrics ? CLI_OK : fail(CLI_RUNTIME_ERROR, "out of memory");
    }
    ffnn_set_metadata(out->net, KEY_RUN, NULL);
    ffnn_set_metadata(out->net, KEY_METRICS, NULL);
    ffnn_set_metadata(out->net, KEY_SECONDS, NULL);
    if (rc != CLI_OK) {
        ffnn_net_destroy(out->net);
        free(out->metrics);
        memset(out, 0, sizeof *out);
    }
    return rc;
}
