/* predict.c -- `ffnn predict`: a model's outputs for a data set, as CSV,
 * as class labels, or drawn beside each (square) input image. */
#include "commands.h"

#include "args.h"
#include "data_source.h"
#include "draw.h"
#include "errors.h"
#include "model.h"
#include "out_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define DRAW_DEFAULT_LIMIT 10

typedef struct {
    data_source data;
    const char *model, *out;
    int classes, draw;
    size_t limit;
} predict_flags;

static const char details[] =
    "Output: one CSV line of outputs (\"%.9g\") per sample, no header; with "
    "--classes\nthe predicted class (argmax, or output > 0.5 for one "
    "output); with --draw\neach input image as text beside its predicted "
    "(and, if known, true) class.\n\nExample:\n"
    "  ffnn predict --model mnist.safetensors --images "
    "test-images-idx3-ubyte \\\n"
    "      --labels test-labels-idx1-ubyte --draw --limit 3\n";

static void write_outputs(FILE *out, const float *outputs, size_t n, size_t k)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < k; j++)
            fprintf(out, "%.9g%c", (double)outputs[i * k + j],
                    j + 1 < k ? ',' : '\n');
}

static void write_classes(FILE *out, const float *outputs, size_t n, size_t k)
{
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%zu\n", class_of_row(outputs + i * k, k));
}

/* The score of the predicted class: its softmax output, or for a single
 * output the probability of the class chosen. */
static double confidence(const float *row, size_t k)
{
    size_t c = class_of_row(row, k);
    return k == 1 ? (c ? row[0] : 1.0 - row[0]) : row[c];
}

static void draw_samples(FILE *out, const dataset *ds, const float *outputs,
                         size_t n, size_t k)
{
    size_t side = draw_side(ds->d);
    for (size_t i = 0; i < n; i++) {
        const float *row = outputs + i * k;
        char lines[4][64];
        snprintf(lines[0], sizeof lines[0], "sample %zu", i);
        snprintf(lines[1], sizeof lines[1], "predicted %zu",
                 class_of_row(row, k));
        snprintf(lines[2], sizeof lines[2], "score     %.3f",
                 confidence(row, k));
        size_t truth = ds->k ? class_of_row(ds->y + i * ds->k, ds->k) : 0;
        snprintf(lines[3], sizeof lines[3], "true      %zu%s", truth,
                 truth == class_of_row(row, k) ? "" : "   <-- wrong");
        const char *caption[4] = {lines[0], lines[1], lines[2], lines[3]};
        draw_image(out, ds->x + i * ds->d, side, caption, ds->k ? 4 : 3);
    }
}

static int write_results(const predict_flags *flags, const dataset *ds,
                         const float *outputs, size_t n, size_t k)
{
    out_file file = {0};
    int rc = flags->out ? out_file_check("out", "create", flags->out) : CLI_OK;
    if (rc == CLI_OK && flags->out)
        rc = out_file_open(&file, flags->out);
    if (rc != CLI_OK)
        return rc;
    FILE *out = flags->out ? file.stream : stdout;
    if (flags->draw)
        draw_samples(out, ds, outputs, n, k);
    else if (flags->classes)
        write_classes(out, outputs, n, k);
    else
        write_outputs(out, outputs, n, k);
    if (flags->out)
        return out_file_commit(&file);
    if (fflush(out) != 0 || ferror(out))
        return fail(CLI_RUNTIME_ERROR, "cannot write the standard output");
    return CLI_OK;
}

static int predict(const void *context, ffnn_net *net, const dataset *ds)
{
    const predict_flags *flags = context;
    if (flags->draw && draw_side(ds->d) == 0)
        return fail(CLI_USAGE_ERROR,
                    "--draw needs square images; the data has %zu features",
                    ds->d);
    size_t n = ds->n < flags->limit ? ds->n : flags->limit,
           k = model_outputs(net);
    float *outputs = malloc(n * k * sizeof *outputs);
    if (!outputs)
        return fail(CLI_RUNTIME_ERROR, "out of memory for the outputs");
    ffnn_status s = ffnn_predict(net, ds->x, n, outputs);
    int rc = s == FFNN_OK ? write_results(flags, ds, outputs, n, k)
                          : fail_library("ffnn_predict", s, net);
    free(outputs);
    return rc;
}

static int check_flags(predict_flags *flags, const command_spec *command)
{
    if (flags->draw && flags->classes)
        return fail(CLI_USAGE_ERROR, "give --draw or --classes, not both");
    if (args_given(command, "limit") && flags->limit == 0)
        return fail(CLI_USAGE_ERROR, "--limit must be at least 1");
    if (!args_given(command, "limit"))
        flags->limit = flags->draw ? DRAW_DEFAULT_LIMIT : (size_t)-1;
    return data_source_check(&flags->data, 0);
}

int command_predict(int argc, char **argv)
{
    predict_flags flags = {.data = DATA_SOURCE_INIT};
    flag_spec specs[] = {
        {"model", FLAG_STRING, &flags.model, "FILE", "the model (.safetensors)",
         1, 0},
        {"out", FLAG_STRING, &flags.out, "FILE",
         "write there instead of the standard output", 0, 0},
        {"classes", FLAG_BOOL, &flags.classes, NULL,
         "print the predicted class of each sample instead of the outputs", 0,
         0},
        {"draw", FLAG_BOOL, &flags.draw, NULL,
         "draw each input (a square image, e.g. 28x28) as text beside its "
         "predicted class",
         0, 0},
        {"limit", FLAG_SIZE, &flags.limit, "N",
         "only the first N samples (default: all; 10 with --draw)", 0, 0},
        DATA_SOURCE_FLAGS(&flags.data),
    };
    command_spec command = {"predict",
                            "Run a model on a data set (targets optional).",
                            details, specs, sizeof specs / sizeof specs[0]};
    int rc = args_parse(&command, argc, argv);
    if (rc != 0)
        return rc == ARGS_HELP ? CLI_OK : rc;
    rc = check_flags(&flags, &command);
    if (rc != CLI_OK)
        return rc;
    return model_run_on_data(flags.model, &flags.data, 0, predict, &flags);
}
