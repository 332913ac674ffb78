/* main.c -- the ffnn command: `ffnn SUBCOMMAND [flags]`. Finds the
 * subcommand and hands it the rest of the words. */
#include "commands.h"
#include "errors.h"
#include "ffnn.h"
#include "ranks.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} subcommand;

static const subcommand subcommands[] = {
    {"train", command_train, "train a network on a data set and save it"},
    {"eval", command_eval, "loss, accuracy and confusion matrix of a model"},
    {"predict", command_predict,
     "a model's outputs or classes; --draw shows images"},
    {"info", command_info, "what a model file holds"},
    {"export-c", command_export_c, "a model as a dependency-free C file"},
};

#define SUBCOMMAND_COUNT (sizeof subcommands / sizeof subcommands[0])

static void print_usage(FILE *out)
{
    fprintf(out, "Usage: ffnn SUBCOMMAND [flags]\n"
                 "       ffnn SUBCOMMAND --help\n"
                 "       ffnn --version\n\n"
                 "Feed-forward neural networks from the command line.\n\n"
                 "Subcommands:\n");
    for (size_t i = 0; i < SUBCOMMAND_COUNT; i++)
        fprintf(out, "  %-10s %s\n", subcommands[i].name,
                subcommands[i].summary);
    fprintf(out,
            "\nData: CSV files of numbers (--csv, with --label-column or "
            "--targets) or IDX\nfiles (--images, --labels; gzip or not). "
            "Models: safetensors files.\n\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  runtime failure: the library failed, an output could not "
            "be written,\n"
            "     eval --min-accuracy was not reached\n"
            "  2  usage error: unknown flag, missing or bad flag value\n"
            "  3  input data error: a file missing, unreadable or malformed; "
            "data not\n     matching the model or --layers\n"
            "  130, 143  train stopped by SIGINT or SIGTERM, its checkpoint "
            "written\n\n"
            "Example:\n"
            "  ffnn train --csv iris.csv --label-column 4 --layers 4,16,3 "
            "--model iris.safetensors\n"
            "  ffnn eval --csv iris.csv --label-column 4 --model "
            "iris.safetensors\n");
}

static const subcommand *find_subcommand(const char *name)
{
    for (size_t i = 0; i < SUBCOMMAND_COUNT; i++)
        if (strcmp(name, subcommands[i].name) == 0)
            return &subcommands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return CLI_USAGE_ERROR;
    }
    const char *word = argv[1];
    if (strcmp(word, "help") == 0 && argc > 2 && find_subcommand(argv[2])) {
        char help[] = "--help";
        char *help_argv[] = {help, NULL};
        return find_subcommand(argv[2])->run(1, help_argv);
    }
    if (strcmp(word, "--help") == 0 || strcmp(word, "-h") == 0 ||
        strcmp(word, "help") == 0) {
        print_usage(stdout);
        return CLI_OK;
    }
    if (strcmp(word, "--version") == 0) {
        printf("ffnn %s (library %s)\n", FFNN_VERSION_STRING,
               ffnn_version_string());
        return CLI_OK;
    }
    const subcommand *command = find_subcommand(word);
    if (!command)
        return fail(CLI_USAGE_ERROR,
                    "unknown subcommand '%s' (see 'ffnn --help')", word);
    static char prefix[64];
    snprintf(prefix, sizeof prefix, "ffnn %s", command->name);
    errors_set_command(prefix);
    int rc = ranks_start(&argc, &argv, command->name);
    if (rc != CLI_OK)
        return rc;
    return ranks_end(command->run(argc - 2, argv + 2));
}
