/* args.h -- the flags of a subcommand: a table of specs, parsed from argv
 * and printed as the subcommand's --help. */
#ifndef FFNN_CLI_ARGS_H
#define FFNN_CLI_ARGS_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
    FLAG_SECTION, /* not a flag: a heading in the help */
    FLAG_BOOL,    /* no value; sets an int to 1 */
    FLAG_STRING,  /* const char * (points into argv) */
    FLAG_SIZE,    /* size_t, a whole number >= 0 */
    FLAG_LONG,    /* long, may be negative */
    FLAG_FLOAT,   /* float, finite */
    FLAG_U64      /* uint64_t */
} flag_type;

typedef struct {
    const char *name; /* "lr" for --lr; the heading for FLAG_SECTION */
    flag_type type;
    void *value;      /* where the parsed value goes */
    const char *meta; /* the value's name in the help, e.g. "FILE" */
    const char *help;
    int required;
    int given; /* set by args_parse */
} flag_spec;

typedef struct {
    const char *name;    /* "train" */
    const char *summary; /* one line, for `ffnn --help` */
    const char *details; /* printed after the flags; may be NULL */
    flag_spec *flags;
    size_t n_flags;
} command_spec;

/* args_parse's result when --help was asked for (and printed). */
#define ARGS_HELP (-1)

/* Parse argv[0..argc-1] (the words after the subcommand) into the specs'
 * values. Returns 0, ARGS_HELP, or CLI_USAGE_ERROR after printing why. */
int args_parse(command_spec *command, int argc, char **argv);

/* Whether --name was given on the command line. */
int args_given(const command_spec *command, const char *name);

void args_print_help(const command_spec *command, FILE *out);

#endif
