/* train.c -- `ffnn train`: build a network from the flags, train it on a
 * data set with ffnn_train, and save it. */
#include "commands.h"

#include "args.h"
#include "data_source.h"
#include "draw.h"
#include "errors.h"
#include "model.h"
#include "out_file.h"
#include "prepare.h"
#include "train.h"
#include "ranks.h"

#include <errno.h>
#include <libgen.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LAYERS  64
#define MAX_CLASSES 4096

typedef struct {
    size_t n_layers;
    size_t sizes[MAX_LAYERS + 1];
    ffnn_activation hidden, output;
    ffnn_loss_function loss;
    ffnn_optimizer optimizer;
} train_plan;

static const char details[] =
    "Defaults: without --output and --loss, one-hot targets give softmax "
    "+ ce,\n0/1 targets sigmoid + bce, others linear + mse; either one "
    "implies the other\n(softmax <-> ce, sigmoid <-> bce, linear <-> mse). "
    "--lr is 0.001 for adam,\n0.01 otherwise.\n\n"
    "Output: one line per epoch on stdout; on a terminal, a progress bar on "
    "stderr.\n\n"
    "Checkpoints and interruption: with --checkpoint FILE a checkpoint is "
    "written\nafter every epoch (and every --checkpoint-every batches); "
    "the same command\nwith --resume FILE continues the run, and its model "
    "is byte for byte the one\nan uninterrupted run writes. SIGINT (Ctrl-C) "
    "or SIGTERM stops after the current\nbatch: the checkpoint (--checkpoint, "
    "else MODEL.checkpoint) and the model are\nwritten, and the exit code "
    "is 130 (SIGINT) or 143 (SIGTERM). A second signal\nends it at once; "
    "every file is written atomically, so none is ever torn.\n\nExample "
    "(97-98% on 2000 MNIST test digits after 8000 "
    "training ones):\n"
    "  ffnn train --images train-images-idx3-ubyte --labels "
    "train-labels-idx1-ubyte \\\n"
    "      --layers 784,256,10 --optimizer momentum --lr 0.05 --schedule "
    "cosine \\\n"
    "      --augment-shift 1 --epochs 30 --model mnist.safetensors\n";

static int parse_layers(const char *text, train_plan *plan)
{
    const char *p = text;
    plan->n_layers = 0;
    for (size_t count = 0;; count++) {
        char *end;
        errno = 0;
        unsigned long long width = strtoull(p, &end, 10);
        if (*p < '0' || *p > '9' || errno || width == 0 || width > 100000000 ||
            count > MAX_LAYERS || (*end && *end != ','))
            return fail(CLI_USAGE_ERROR,
                        "--layers: '%s' is not a list of 2 to %d widths "
                        ">= 1 like 784,128,10",
                        text, MAX_LAYERS + 1);
        plan->sizes[count] = (size_t)width;
        if (*end == '\0') {
            plan->n_layers = count;
            break;
        }
        p = end + 1;
    }
    if (plan->n_layers == 0)
        return fail(CLI_USAGE_ERROR,
                    "--layers: '%s' needs at least an input and an output "
                    "width, like 4,3",
                    text);
    return CLI_OK;
}

static int parse_optimizer(const char *name, ffnn_optimizer *out)
{
    char known[128];
    if (ffnn_optimizer_from_name(name, out) == FFNN_OK)
        return CLI_OK;
    return fail(CLI_USAGE_ERROR, "--optimizer: unknown '%s' (%s)", name,
                names_list(ffnn_optimizer_name, -1, known, sizeof known));
}

static int parse_names(const train_flags *flags, train_plan *plan)
{
    char known[256];
    if (activation_parse(flags->hidden, &plan->hidden) != 0 ||
        plan->hidden == FFNN_ACT_SOFTMAX)
        return fail(CLI_USAGE_ERROR,
                    "--hidden: '%s' is not %s (softmax is for the output "
                    "layer only)",
                    flags->hidden,
                    names_list(ffnn_activation_name, FFNN_ACT_SOFTMAX, known,
                               sizeof known));
    if (flags->output && activation_parse(flags->output, &plan->output) != 0)
        return fail(CLI_USAGE_ERROR, "--output: unknown '%s' (%s)",
                    flags->output,
                    names_list(ffnn_activation_name, -1, known, sizeof known));
    if (flags->loss && loss_parse(flags->loss, &plan->loss) != 0)
        return fail(CLI_USAGE_ERROR, "--loss: unknown '%s' (%s)", flags->loss,
                    names_list(ffnn_loss_name, -1, known, sizeof known));
    return parse_optimizer(flags->optimizer, &plan->optimizer);
}

/* The schedule's and early stopping's flags. */
static int check_schedule_numbers(const train_flags *flags)
{
    if (flags->warmup >= flags->epochs)
        return fail(CLI_USAGE_ERROR,
                    "--warmup %zu must be fewer than the --epochs (%zu)",
                    flags->warmup, flags->epochs);
    if (flags->step_epochs == 0)
        return fail(CLI_USAGE_ERROR, "--step-epochs must be at least 1");
    if (!(flags->step_factor > 0 && flags->step_factor <= 1))
        return fail(CLI_USAGE_ERROR, "--step-factor must be in (0, 1]");
    if (!(flags->min_lr >= 0 && flags->min_lr <= flags->learning_rate))
        return fail(CLI_USAGE_ERROR, "--min-lr must be in [0, --lr]");
    if (!(flags->min_delta >= 0))
        return fail(CLI_USAGE_ERROR, "--min-delta must be >= 0");
    if (strcmp(flags->monitor, "loss") != 0 &&
        strcmp(flags->monitor, "accuracy") != 0)
        return fail(CLI_USAGE_ERROR, "--monitor: unknown '%s' (loss|accuracy)",
                    flags->monitor);
    if (flags->early_stop && !(flags->validation > 0))
        return fail(CLI_USAGE_ERROR,
                    "--early-stop watches the held-out samples: give --val "
                    "FRACTION too");
    if (!(flags->dropout >= 0 && flags->dropout < 1))
        return fail(CLI_USAGE_ERROR, "--dropout must be in [0, 1)");
    if (flags->early_stop && flags->augment_shift)
        return fail(CLI_USAGE_ERROR,
                    "--early-stop cannot be combined with --augment-shift "
                    "(each epoch's data is a call of its own)");
    return CLI_OK;
}

static int check_numbers(const train_flags *flags)
{
    if (flags->batch == 0)
        return fail(CLI_USAGE_ERROR, "--batch must be at least 1");
    if (flags->epochs == 0)
        return fail(CLI_USAGE_ERROR, "--epochs must be at least 1");
    if (!(flags->learning_rate > 0))
        return fail(CLI_USAGE_ERROR, "--lr must be > 0");
    if (flags->momentum < 0 || flags->momentum >= 1)
        return fail(CLI_USAGE_ERROR, "--momentum must be in [0, 1)");
    if (flags->weight_decay < 0)
        return fail(CLI_USAGE_ERROR, "--weight-decay must be >= 0");
    if (flags->validation < 0 || flags->validation >= 1)
        return fail(CLI_USAGE_ERROR, "--val must be in [0, 1)");
    if (strcmp(flags->val_split, "last") != 0 &&
        strcmp(flags->val_split, "shuffled") != 0 &&
        strcmp(flags->val_split, "stratified") != 0)
        return fail(CLI_USAGE_ERROR,
                    "--val-split: unknown '%s' (shuffled|stratified|last)",
                    flags->val_split);
    if (flags->checkpoint_every && !flags->checkpoint)
        return fail(CLI_USAGE_ERROR,
                    "--checkpoint-every needs --checkpoint FILE");
    ffnn_schedule schedule;
    char known[64];
    if (ffnn_schedule_from_name(flags->schedule, &schedule) != FFNN_OK)
        return fail(CLI_USAGE_ERROR, "--schedule: unknown '%s' (%s)",
                    flags->schedule,
                    names_list(ffnn_schedule_name, -1, known, sizeof known));
    return check_schedule_numbers(flags);
}

/* Every file the run will write must be writable before it starts. */
static int check_output_paths(const train_flags *flags)
{
    int rc = out_file_check("model", "write", flags->model);
    if (rc == CLI_OK && flags->checkpoint)
        rc = out_file_check("checkpoint", "write", flags->checkpoint);
    if (rc == CLI_OK && flags->metrics)
        rc = out_file_check("metrics", "create", flags->metrics);
    if (rc == CLI_OK && flags->plot)
        rc = out_file_check("plot", "create", flags->plot);
    return rc;
}

/* The output activation and loss: as given, else implied by the other,
 * else suggested by the targets. */
static int choose_output_and_loss(const train_flags *flags, const dataset *ds,
                                  train_plan *plan)
{
    static const ffnn_activation output_of_loss[] = {
        FFNN_ACT_LINEAR, FFNN_ACT_SIGMOID, FFNN_ACT_SOFTMAX};
    if (!flags->output && flags->loss)
        plan->output = output_of_loss[plan->loss];
    else if (flags->output && !flags->loss)
        plan->loss = plan->output == FFNN_ACT_SOFTMAX   ? FFNN_LOSS_CE
                     : plan->output == FFNN_ACT_SIGMOID ? FFNN_LOSS_BCE
                                                        : FFNN_LOSS_MSE;
    else if (!flags->output && !flags->loss) {
        int one_hot = ds->k > 1 && dataset_targets_one_hot(ds);
        int binary = dataset_targets_binary(ds);
        plan->loss = one_hot  ? FFNN_LOSS_CE
                     : binary ? FFNN_LOSS_BCE
                              : FFNN_LOSS_MSE;
        plan->output = output_of_loss[plan->loss];
    }
    if (plan->loss != FFNN_LOSS_MSE &&
        plan->output != output_of_loss[plan->loss])
        return fail(CLI_USAGE_ERROR, "--loss %s needs --output %s, not %s",
                    loss_name(plan->loss),
                    activation_name(output_of_loss[plan->loss]),
                    activation_name(plan->output));
    return CLI_OK;
}

static int load_data(const train_flags *flags, const train_plan *plan,
                     int classes_given, dataset *ds)
{
    char origin[80];
    size_t output_width = plan->sizes[plan->n_layers];
    if (classes_given)
        snprintf(origin, sizeof origin, "--classes %zu", flags->classes);
    else
        snprintf(origin, sizeof origin, "--layers (output width %zu)",
                 output_width);
    data_request request = {1, classes_given ? flags->classes : output_width,
                            origin};
    int rc = data_source_load(&flags->data, &request, ds);
    if (rc != CLI_OK)
        return rc;
    const char *name = data_source_name(&flags->data);
    if (ds->d != plan->sizes[0])
        rc = fail(CLI_DATA_ERROR,
                  "--layers starts with %zu inputs but %s has %zu features "
                  "per sample",
                  plan->sizes[0], name, ds->d);
    else if (ds->k != output_width)
        rc = fail(CLI_DATA_ERROR,
                  "--layers ends with %zu outputs but %s has %zu targets "
                  "per sample",
                  output_width, name, ds->k);
    if (rc != CLI_OK)
        dataset_free(ds);
    return rc;
}

static int create_network(const train_flags *flags, const train_plan *plan,
                          ffnn_net **net)
{
    ffnn_activation activations[MAX_LAYERS];
    for (size_t l = 0; l < plan->n_layers; l++)
        activations[l] = l + 1 < plan->n_layers ? plan->hidden : plan->output;
    ffnn_status s = ffnn_net_create(net, plan->n_layers, plan->sizes,
                                    activations, plan->loss, flags->seed);
    if (s != FFNN_OK)
        return fail_library("ffnn_net_create", s, NULL);
    switch (plan->optimizer) {
    case FFNN_OPT_SGD: s = ffnn_set_optimizer_sgd(*net); break;
    case FFNN_OPT_MOMENTUM:
    case FFNN_OPT_NESTEROV:
        s = ffnn_set_optimizer_momentum(*net, flags->momentum,
                                        plan->optimizer == FFNN_OPT_NESTEROV);
        break;
    case FFNN_OPT_ADAM:
        s = ffnn_set_optimizer_adam(*net, 0.9f, 0.999f, 1e-8f);
        break;
    }
    if (s == FFNN_OK)
        s = ffnn_set_weight_decay(*net, flags->weight_decay);
    for (size_t l = 1; s == FFNN_OK && flags->dropout > 0 && l < plan->n_layers;
         l++)
        s = ffnn_set_dropout(*net, l, flags->dropout);
    if (s != FFNN_OK)
        return fail_library("setting the optimizer and dropout", s, *net);
    return CLI_OK;
}

/* The classes of the held-out rows (the last ones), so that a split
 * that leaves a class out shows. */
static void print_held_out_classes(const ffnn_net *net, const dataset *ds,
                                   size_t held_out)
{
    size_t k = class_count(ds->k), count[20] = {0};
    if (held_out == 0 || k > 20 || !model_is_classifier(net))
        return;
    for (size_t i = ds->n - held_out; i < ds->n; i++)
        count[class_of_row(ds->y + i * ds->k, ds->k)]++;
    printf(": by class");
    for (size_t c = 0; c < k; c++)
        printf(" %zu", count[c]);
}

static void print_plan(const train_flags *flags, const ffnn_net *net,
                       const dataset *ds, size_t held_out)
{
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    size_t L = ffnn_net_num_layers(net);
    printf("data     %zu samples from %s (%zu for training, %zu held out",
           ds->n, data_source_name(&flags->data), ds->n - held_out, held_out);
    print_held_out_classes(net, ds, held_out);
    printf(")\n");
    printf("network  %s, %s hidden, %s output, %s loss, %zu parameters\n",
           architecture,
           L > 1 ? activation_name(ffnn_net_activation(net, 1)) : "no",
           activation_name(ffnn_net_activation(net, L)),
           loss_name(ffnn_net_loss_function(net)), ffnn_net_num_params(net));
    printf("training %s, lr %g (%s), batch %zu, %zu epochs, seed %llu",
           ffnn_optimizer_name(ffnn_net_optimizer(net)),
           (double)flags->learning_rate, flags->schedule, flags->batch,
           flags->epochs, (unsigned long long)flags->seed);
    if (flags->augment_shift > 0)
        printf(", images shifted by up to %zu pixels", flags->augment_shift);
    printf("\n");
    fflush(stdout);
}

/* Flags that need the data to be checked. */
static int check_flags_on_data(const train_flags *flags, const dataset *ds)
{
    size_t held_out = (size_t)lround(flags->validation * (double)ds->n);
    size_t side = draw_side(ds->d);
    if (held_out >= ds->n)
        return fail(CLI_USAGE_ERROR,
                    "--val %g leaves no training samples out of %zu",
                    (double)flags->validation, ds->n);
    if (flags->augment_shift > 0 && side == 0)
        return fail(CLI_USAGE_ERROR,
                    "--augment-shift needs square images; the data has %zu "
                    "features",
                    ds->d);
    if (flags->augment_shift >= side && side > 0)
        return fail(CLI_USAGE_ERROR,
                    "--augment-shift %zu moves %zux%zu images out of sight",
                    flags->augment_shift, side, side);
    return CLI_OK;
}

/* What makes the run, for a checkpoint to be resumed by the same run. */
static void describe_run(const train_flags *flags, const train_plan *plan,
                         const dataset *ds, run_fingerprint *f)
{
    fingerprint_begin(f);
    fingerprint_add(f, "--layers", "%s", flags->layers);
    fingerprint_add(f, "--hidden", "%s", activation_name(plan->hidden));
    fingerprint_add(f, "--output", "%s", activation_name(plan->output));
    fingerprint_add(f, "--loss", "%s", loss_name(plan->loss));
    fingerprint_add(f, "--optimizer", "%s", flags->optimizer);
    fingerprint_add(f, "--lr", "%.9g", (double)flags->learning_rate);
    fingerprint_add(f, "--momentum", "%.9g", (double)flags->momentum);
    fingerprint_add(f, "--weight-decay", "%.9g", (double)flags->weight_decay);
    fingerprint_add(f, "--schedule", "%s", flags->schedule);
    fingerprint_add(f, "--batch", "%zu", flags->batch);
    fingerprint_add(f, "--epochs", "%zu", flags->epochs);
    fingerprint_add(f, "--seed", "%llu", (unsigned long long)flags->seed);
    fingerprint_add(f, "--val", "%.9g", (double)flags->validation);
    fingerprint_add(f, "--val-split", "%s", flags->val_split);
    fingerprint_add(f, "--augment-shift", "%zu", flags->augment_shift);
    fingerprint_add(f, "--warmup", "%zu", flags->warmup);
    fingerprint_add(f, "--step-epochs", "%zu", flags->step_epochs);
    fingerprint_add(f, "--step-factor", "%.9g", (double)flags->step_factor);
    fingerprint_add(f, "--min-lr", "%.9g", (double)flags->min_lr);
    fingerprint_add(f, "--early-stop", "%zu", flags->early_stop);
    fingerprint_add(f, "--monitor", "%s", flags->monitor);
    fingerprint_add(f, "--min-delta", "%.9g", (double)flags->min_delta);
    fingerprint_add(f, "--dropout", "%.9g", (double)flags->dropout);
    fingerprint_add(f, "--standardize", "%d", flags->standardize);
    fingerprint_add(f, "--class-weight", "%s",
                    flags->class_weight ? flags->class_weight : "");
    fingerprint_add_data(f, ds);
}

static ffnn_validation_split split_kind(const char *name)
{
    return strcmp(name, "last") == 0         ? FFNN_SPLIT_LAST
           : strcmp(name, "stratified") == 0 ? FFNN_SPLIT_STRATIFIED
                                             : FFNN_SPLIT_SHUFFLED;
}

/* Put the held-out rows last, as the library's split chooses them, so that
 * training, validation and the shifted images all see one split. */
static int split_data(const train_flags *flags, const ffnn_net *net,
                      dataset *ds)
{
    size_t *order = malloc(ds->n * sizeof *order);
    if (!order)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    ffnn_status s =
        ffnn_split_rows(net, ds->y, ds->n, flags->validation,
                        split_kind(flags->val_split), flags->seed, order);
    int rc = s == FFNN_OK ? CLI_OK : fail_library("ffnn_split_rows", s, net);
    if (rc == CLI_OK && dataset_reorder(ds, order) != 0)
        rc = fail(CLI_RUNTIME_ERROR, "out of memory");
    free(order);
    return rc;
}

static void print_resume(const char *path, const ffnn_net *net)
{
    ffnn_train_position p;
    ffnn_get_train_position(net, &p);
    printf("resuming %s: %llu epochs done", path, (unsigned long long)p.epoch);
    if (p.batch)
        printf(", and %llu batches of the next", (unsigned long long)p.batch);
    printf("\n");
    fflush(stdout);
}

/* The network: new, or the one of the checkpoint to resume. */
static int start_network(const train_flags *flags, const train_plan *plan,
                         const run_fingerprint *f, resumed_run *resumed)
{
    if (flags->resume)
        return checkpoint_resume(flags->resume, f, resumed);
    memset(resumed, 0, sizeof *resumed);
    return create_network(flags, plan, &resumed->net);
}

/* --class-weight must be understood before the run starts. */
static int check_class_weights(const train_flags *flags, const ffnn_net *net,
                               const dataset *ds, size_t training)
{
    size_t outputs = ffnn_net_layer_size(net, ffnn_net_num_layers(net));
    float w[MAX_CLASSES];
    if (outputs > MAX_CLASSES)
        return fail(CLI_USAGE_ERROR, "--class-weight: more than %d classes",
                    MAX_CLASSES);
    return prepare_class_weights(flags->class_weight, net, ds, training, w,
                                 outputs > 1 ? outputs : 2);
}

static int train_and_save(train_flags *flags, const train_plan *plan,
                          dataset *ds)
{
    size_t held_out = (size_t)lround(flags->validation * (double)ds->n);
    int rc = check_flags_on_data(flags, ds);
    if (rc != CLI_OK)
        return rc;
    run_fingerprint fingerprint;
    describe_run(flags, plan, ds, &fingerprint);
    resumed_run start;
    rc = start_network(flags, plan, &fingerprint, &start);
    ffnn_net *net = start.net;
    if (rc == CLI_OK)
        rc = split_data(flags, net, ds);
    /* from the training rows only; a resumed model has its scaling */
    if (rc == CLI_OK && flags->standardize && !flags->resume)
        rc = prepare_standardize(net, ds, ds->n - held_out);
    if (rc == CLI_OK && flags->class_weight)
        rc = check_class_weights(flags, net, ds, ds->n - held_out);
    if (rc == CLI_OK && !flags->quiet)
        print_plan(flags, net, ds, held_out);
    if (rc == CLI_OK && !flags->quiet && flags->resume)
        print_resume(flags->resume, net);
    if (rc == CLI_OK)
        rc = train_run(flags, &fingerprint, net, ds,
                       flags->resume ? &start : NULL);
    /* Interrupted, the model is saved too: the weights so far. */
    int interrupted = rc > 128;
    if ((rc == CLI_OK || interrupted) && ranks_rank() == 0) {
        int save_rc = model_save(net, flags->model);
        if (save_rc == CLI_OK && !flags->quiet)
            printf("saved    %s\n", flags->model);
        rc = save_rc == CLI_OK ? rc : save_rc;
    }
    ffnn_net_destroy(net);
    free(start.metrics);
    return rc;
}

static int train_with_flags(train_flags *flags, const command_spec *command)
{
    train_plan plan;
    if (!args_given(command, "lr"))
        flags->learning_rate =
            strcmp(flags->optimizer, "adam") ? 0.01f : 0.001f;
    int rc = parse_layers(flags->layers, &plan);
    if (rc == CLI_OK)
        rc = parse_names(flags, &plan);
    if (rc == CLI_OK)
        rc = check_numbers(flags);
    if (rc == CLI_OK)
        rc = data_source_check(&flags->data, 1);
    if (rc == CLI_OK && args_given(command, "classes") && flags->classes == 0)
        rc = fail(CLI_USAGE_ERROR, "--classes must be at least 1");
    if (rc == CLI_OK && args_given(command, "classes") && flags->data.targets)
        rc = fail(CLI_USAGE_ERROR, "--classes goes with class labels "
                                   "(--label-column or --labels), not "
                                   "--targets");
    if (rc == CLI_OK)
        rc = check_output_paths(flags);
    char interrupt_path[4096];
    snprintf(interrupt_path, sizeof interrupt_path, "%s.checkpoint",
             flags->model);
    flags->interrupt_checkpoint =
        flags->checkpoint ? flags->checkpoint : interrupt_path;
    dataset ds;
    if (rc == CLI_OK)
        rc = load_data(flags, &plan, args_given(command, "classes"), &ds);
    if (rc != CLI_OK)
        return rc;
    rc = choose_output_and_loss(flags, &ds, &plan);
    if (rc == CLI_OK)
        rc = train_and_save(flags, &plan, &ds);
    dataset_free(&ds);
    return rc;
}

int command_train(int argc, char **argv)
{
    train_flags flags = {.data = DATA_SOURCE_INIT,
                         .hidden = "relu",
                         .optimizer = "adam",
                         .momentum = 0.9f,
                         .batch = 32,
                         .epochs = 10,
                         .seed = 1,
                         .schedule = "constant",
                         .step_epochs = 10,
                         .step_factor = 0.1f,
                         .monitor = "loss",
                         .val_split = "shuffled"};
    flag_spec specs[] = {
        DATA_SOURCE_FLAGS(&flags.data),
        {"classes", FLAG_SIZE, &flags.classes, "K",
         "class labels become one-hot targets over K classes (1: the label "
         "itself, 0 or 1, is the target); default: the output width of "
         "--layers",
         0, 0},
        {"Network", FLAG_SECTION, NULL, NULL, NULL, 0, 0},
        {"layers", FLAG_STRING, &flags.layers, "N0,N1,..,NL",
         "layer widths, inputs first and outputs last, e.g. 784,128,10", 1, 0},
        {"hidden", FLAG_STRING, &flags.hidden, "ACT",
         "hidden activation: relu|sigmoid|tanh|linear|leaky_relu|elu|gelu|"
         "silu|softplus (default relu)",
         0, 0},
        {"output", FLAG_STRING, &flags.output, "ACT",
         "output activation: softmax|sigmoid|linear|tanh|relu|leaky_relu|"
         "elu|gelu|silu|softplus",
         0, 0},
        {"loss", FLAG_STRING, &flags.loss, "LOSS", "loss: ce|bce|mse", 0, 0},
        {"seed", FLAG_U64, &flags.seed, "N",
         "seed of the initial weights and the shuffling (default 1)", 0, 0},
        {"Training", FLAG_SECTION, NULL, NULL, NULL, 0, 0},
        {"optimizer", FLAG_STRING, &flags.optimizer, "NAME",
         "sgd|momentum|nesterov|adam (default adam)", 0, 0},
        {"lr", FLAG_FLOAT, &flags.learning_rate, "RATE", "learning rate", 0, 0},
        {"schedule", FLAG_STRING, &flags.schedule, "NAME",
         "learning rate over the epochs: constant; step (times "
         "--step-factor every --step-epochs); or cosine (from --lr down "
         "towards --min-lr at the last epoch) (default constant)",
         0, 0},
        {"warmup", FLAG_SIZE, &flags.warmup, "N",
         "first climb to --lr linearly over N epochs (default 0)", 0, 0},
        {"step-epochs", FLAG_SIZE, &flags.step_epochs, "N",
         "step schedule: epochs between steps (default 10)", 0, 0},
        {"step-factor", FLAG_FLOAT, &flags.step_factor, "F",
         "step schedule: factor per step (default 0.1)", 0, 0},
        {"min-lr", FLAG_FLOAT, &flags.min_lr, "RATE",
         "cosine schedule: the rate it ends towards (default 0)", 0, 0},
        {"dropout", FLAG_FLOAT, &flags.dropout, "RATE",
         "inverted dropout of every hidden layer's outputs while training "
         "(never when predicting) (default 0)",
         0, 0},
        {"standardize", FLAG_BOOL, &flags.standardize, NULL,
         "standardise the features (and a regression's targets) with the "
         "mean and deviation of the training rows, stored in the model so "
         "that it is always fed raw data",
         0, 0},
        {"class-weight", FLAG_STRING, &flags.class_weight, "W",
         "weigh the classes in the loss: balanced (n / (classes * n_c) of "
         "the training rows), or one weight per class, e.g. 1,5,1",
         0, 0},
        {"early-stop", FLAG_SIZE, &flags.early_stop, "PATIENCE",
         "stop when the held-out --monitor has not improved for PATIENCE "
         "epochs, and keep the best epoch's weights (needs --val)",
         0, 0},
        {"monitor", FLAG_STRING, &flags.monitor, "WHAT",
         "early stopping watches the held-out loss or accuracy (default "
         "loss)",
         0, 0},
        {"min-delta", FLAG_FLOAT, &flags.min_delta, "D",
         "early stopping: an improvement is more than D (default 0)", 0, 0},
        {"augment-shift", FLAG_SIZE, &flags.augment_shift, "P",
         "for square images: every epoch, move each training image by a "
         "new random offset of up to P pixels in each direction (default 0)",
         0, 0},
        {"momentum", FLAG_FLOAT, &flags.momentum, "MU",
         "momentum of momentum and nesterov (default 0.9)", 0, 0},
        {"weight-decay", FLAG_FLOAT, &flags.weight_decay, "LAMBDA",
         "L2 weight decay (default 0)", 0, 0},
        {"batch", FLAG_SIZE, &flags.batch, "N", "mini-batch size (default 32)",
         0, 0},
        {"epochs", FLAG_SIZE, &flags.epochs, "N", "epochs (default 10)", 0, 0},
        {"val", FLAG_FLOAT, &flags.validation, "FRACTION",
         "hold out this fraction of the samples for validation (default 0)", 0,
         0},
        {"val-split", FLAG_STRING, &flags.val_split, "HOW",
         "which samples --val holds out: shuffled (drawn with --seed), "
         "stratified (drawn so that each class keeps its share), or last "
         "(the last ones in the file) (default shuffled)",
         0, 0},
        {"Output", FLAG_SECTION, NULL, NULL, NULL, 0, 0},
        {"model", FLAG_STRING, &flags.model, "FILE",
         "where to save the trained model (.safetensors)", 1, 0},
        {"metrics", FLAG_STRING, &flags.metrics, "FILE",
         "write per-epoch metrics as CSV: epoch,train_loss,train_acc,"
         "val_loss,val_acc,seconds (seconds since the start)",
         0, 0},
        {"plot", FLAG_STRING, &flags.plot, "FILE",
         "when training ends, draw the loss and accuracy per epoch (a resumed "
         "run's earlier epochs too), training and validation, with the best "
         "epoch marked, as an SVG picture",
         0, 0},
        {"checkpoint", FLAG_STRING, &flags.checkpoint, "FILE",
         "after every epoch, write a checkpoint here (weights, optimizer "
         "state, position, metrics), atomically",
         0, 0},
        {"checkpoint-every", FLAG_SIZE, &flags.checkpoint_every, "N",
         "also write the checkpoint every N batches", 0, 0},
        {"resume", FLAG_STRING, &flags.resume, "FILE",
         "continue the run that wrote this checkpoint; give the same flags "
         "and data, and the final model is the one the run would have made",
         0, 0},
        {"quiet", FLAG_BOOL, &flags.quiet, NULL, "print nothing but errors", 0,
         0},
    };
    command_spec command = {"train",
                            "Train a network on a data set and save it.",
                            details, specs, sizeof specs / sizeof specs[0]};
    int rc = args_parse(&command, argc, argv);
    if (rc != 0)
        return rc == ARGS_HELP ? CLI_OK : rc;
    flags.quiet |= ranks_rank() > 0; /* rank 0 speaks for the job */
    return train_with_flags(&flags, &command);
}
