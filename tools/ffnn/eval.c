/* eval.c -- `ffnn eval`: a model's loss and accuracy on a data set, and for
 * a classifier the confusion matrix. */
#include "commands.h"

#include "args.h"
#include "confusion.h"
#include "data_source.h"
#include "errors.h"
#include "model.h"
#include "out_file.h"
#include "plot.h"

#include <stdlib.h>

#define MAX_CONFUSION_CLASSES 40

typedef struct {
    data_source data;
    const char *model;
    const char *plot; /* the confusion matrix's SVG */
    float min_accuracy;
} eval_flags;

static const char details[] =
    "Prints the samples, the mean loss and, for a classifier (softmax or "
    "sigmoid\noutput), the accuracy and the confusion matrix.\n\nExample:\n"
    "  ffnn eval --model mnist.safetensors --images "
    "t10k-images-idx3-ubyte.gz \\\n"
    "      --labels t10k-labels-idx1-ubyte.gz --min-accuracy 0.96\n";

static int plot_matrix(const eval_flags *flags, const confusion_matrix *m)
{
    char title[512];
    snprintf(title, sizeof title, "confusion matrix of %s on %s", flags->model,
             data_source_name(&flags->data));
    return plot_confusion(flags->plot, title, m);
}

static int print_confusion(const eval_flags *flags, ffnn_net *net,
                           const dataset *ds)
{
    float *outputs = malloc(ds->n * ds->k * sizeof *outputs);
    if (!outputs)
        return fail(CLI_RUNTIME_ERROR, "out of memory for the outputs");
    ffnn_status s = ffnn_predict(net, ds->x, ds->n, outputs);
    confusion_matrix m = {0, NULL};
    int rc = CLI_OK;
    if (s != FFNN_OK)
        rc = fail_library("ffnn_predict", s, net);
    else if (confusion_count(&m, outputs, ds->y, ds->n, ds->k) != 0)
        rc = fail(CLI_RUNTIME_ERROR, "out of memory for the confusion matrix");
    if (rc == CLI_OK) {
        printf("correct   %zu of %zu\n\n", confusion_correct(&m), ds->n);
        confusion_print(&m, stdout);
        if (flags->plot)
            rc = plot_matrix(flags, &m);
    }
    confusion_free(&m);
    free(outputs);
    return rc;
}

/* Only a classifier has a confusion matrix to draw: found out before
 * anything is printed, once the model is loaded. */
static int check_plot(const eval_flags *flags, const ffnn_net *net,
                      const dataset *ds)
{
    if (!flags->plot)
        return CLI_OK;
    if (!model_is_classifier(net))
        return fail(
            CLI_USAGE_ERROR,
            "--plot draws a classifier's confusion matrix, but %s is "
            "a regression model (%s output, %s loss)",
            flags->model,
            activation_name(ffnn_net_activation(net, ffnn_net_num_layers(net))),
            loss_name(ffnn_net_loss_function(net)));
    if (class_count(ds->k) > MAX_CONFUSION_CLASSES)
        return fail(CLI_USAGE_ERROR,
                    "--plot: %zu classes are more than the %d a confusion "
                    "matrix is drawn for",
                    class_count(ds->k), MAX_CONFUSION_CLASSES);
    return CLI_OK;
}

static int evaluate(const void *context, ffnn_net *net, const dataset *ds)
{
    const eval_flags *flags = context;
    int rc = check_plot(flags, net, ds);
    if (rc != CLI_OK)
        return rc;
    double loss, accuracy;
    ffnn_status s = ffnn_evaluate(net, ds->x, ds->y, ds->n, &loss, &accuracy);
    if (s != FFNN_OK)
        return fail_library("ffnn_evaluate", s, net);
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    printf("model     %s (%s)\n", flags->model, architecture);
    printf("samples   %zu from %s\n", ds->n, data_source_name(&flags->data));
    printf("loss      %.6f\n", loss);
    if (!model_is_classifier(net))
        return CLI_OK;
    printf("accuracy  %.2f%%\n", 100.0 * accuracy);
    if (class_count(ds->k) <= MAX_CONFUSION_CLASSES)
        rc = print_confusion(flags, net, ds);
    if (rc == CLI_OK && accuracy < flags->min_accuracy)
        rc = fail(CLI_RUNTIME_ERROR,
                  "accuracy %.2f%% is below --min-accuracy "
                  "%.2f%%",
                  100.0 * accuracy, 100.0 * flags->min_accuracy);
    return rc;
}

int command_eval(int argc, char **argv)
{
    eval_flags flags = {.data = DATA_SOURCE_INIT};
    flag_spec specs[] = {
        {"model", FLAG_STRING, &flags.model, "FILE", "the model (.safetensors)",
         1, 0},
        {"min-accuracy", FLAG_FLOAT, &flags.min_accuracy, "A",
         "exit with 1 if the accuracy is below A (a fraction, e.g. 0.96)", 0,
         0},
        {"plot", FLAG_STRING, &flags.plot, "FILE",
         "draw the confusion matrix (a classifier's) as an SVG heat map", 0, 0},
        DATA_SOURCE_FLAGS(&flags.data),
    };
    command_spec command = {"eval",
                            "Evaluate a model on a data set with targets.",
                            details, specs, sizeof specs / sizeof specs[0]};
    int rc = args_parse(&command, argc, argv);
    if (rc != 0)
        return rc == ARGS_HELP ? CLI_OK : rc;
    if (flags.min_accuracy < 0 || flags.min_accuracy > 1)
        return fail(CLI_USAGE_ERROR, "--min-accuracy must be in [0, 1]");
    rc = data_source_check(&flags.data, 1);
    if (rc == CLI_OK && flags.plot)
        rc = out_file_check("plot", "create", flags.plot);
    if (rc != CLI_OK)
        return rc;
    return model_run_on_data(flags.model, &flags.data, 1, evaluate, &flags);
}
