/* args.c -- parse "--name value", "--name=value" and "--flag" words against
 * a subcommand's table of flag specs, and print that table as help. */
#include "args.h"

#include "errors.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HELP_COLUMN 26
#define LINE_WIDTH  79

static flag_spec *find_flag(command_spec *command, const char *name,
                            size_t length)
{
    for (size_t i = 0; i < command->n_flags; i++) {
        flag_spec *flag = &command->flags[i];
        if (flag->type != FLAG_SECTION && strlen(flag->name) == length &&
            strncmp(flag->name, name, length) == 0)
            return flag;
    }
    return NULL;
}

static int bad_value(const flag_spec *flag, const char *text,
                     const char *expected)
{
    return fail(CLI_USAGE_ERROR, "--%s: '%s' is not %s", flag->name, text,
                expected);
}

static int parse_unsigned(const flag_spec *flag, const char *text,
                          unsigned long long max, unsigned long long *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 10);
    if (text[0] < '0' || text[0] > '9' || *end != '\0' || errno == ERANGE ||
        v > max)
        return bad_value(flag, text, "a whole number >= 0");
    *out = v;
    return 0;
}

static int parse_long(const flag_spec *flag, const char *text, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (text[0] == '\0' || *end != '\0' || errno == ERANGE)
        return bad_value(flag, text, "a whole number");
    *out = v;
    return 0;
}

static int parse_float(const flag_spec *flag, const char *text, float *out)
{
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (text[0] == '\0' || *end != '\0' || !isfinite(v) || fabs(v) > 3e38)
        return bad_value(flag, text, "a finite number");
    *out = (float)v;
    return 0;
}

static int parse_value(flag_spec *flag, const char *text)
{
    unsigned long long whole = 0;
    int rc;
    switch (flag->type) {
    case FLAG_STRING:
        if (text[0] == '\0')
            return fail(CLI_USAGE_ERROR, "--%s: empty value", flag->name);
        *(const char **)flag->value = text;
        return 0;
    case FLAG_SIZE:
        rc = parse_unsigned(flag, text, SIZE_MAX, &whole);
        if (rc == 0)
            *(size_t *)flag->value = (size_t)whole;
        return rc;
    case FLAG_U64:
        rc = parse_unsigned(flag, text, UINT64_MAX, &whole);
        if (rc == 0)
            *(uint64_t *)flag->value = (uint64_t)whole;
        return rc;
    case FLAG_LONG: return parse_long(flag, text, flag->value);
    case FLAG_FLOAT: return parse_float(flag, text, flag->value);
    case FLAG_BOOL:
    case FLAG_SECTION: break;
    }
    return 0;
}

static int parse_flag_word(command_spec *command, int argc, char **argv,
                           int *index)
{
    const char *word = argv[*index], *name = word + 2;
    const char *equals = strchr(name, '=');
    size_t length = equals ? (size_t)(equals - name) : strlen(name);
    flag_spec *flag = find_flag(command, name, length);
    if (!flag)
        return fail(CLI_USAGE_ERROR,
                    "unknown flag '--%.*s' (see 'ffnn %s --help')", (int)length,
                    name, command->name);
    flag->given = 1;
    if (flag->type == FLAG_BOOL) {
        if (equals)
            return fail(CLI_USAGE_ERROR, "flag --%s takes no value",
                        flag->name);
        *(int *)flag->value = 1;
        return 0;
    }
    if (equals)
        return parse_value(flag, equals + 1);
    if (*index + 1 >= argc)
        return fail(CLI_USAGE_ERROR, "flag --%s needs a value (%s)", flag->name,
                    flag->meta ? flag->meta : "a value");
    *index += 1;
    return parse_value(flag, argv[*index]);
}

static int check_required(const command_spec *command)
{
    for (size_t i = 0; i < command->n_flags; i++) {
        const flag_spec *flag = &command->flags[i];
        if (flag->required && !flag->given)
            return fail(CLI_USAGE_ERROR,
                        "missing required flag --%s (see 'ffnn %s --help')",
                        flag->name, command->name);
    }
    return 0;
}

int args_parse(command_spec *command, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        const char *word = argv[i];
        if (strcmp(word, "--help") == 0 || strcmp(word, "-h") == 0) {
            args_print_help(command, stdout);
            return ARGS_HELP;
        }
        if (strncmp(word, "--", 2) != 0 || word[2] == '\0')
            return fail(CLI_USAGE_ERROR,
                        "unexpected argument '%s' (see 'ffnn %s --help')", word,
                        command->name);
        int rc = parse_flag_word(command, argc, argv, &i);
        if (rc != 0)
            return rc;
    }
    return check_required(command);
}

int args_given(const command_spec *command, const char *name)
{
    for (size_t i = 0; i < command->n_flags; i++)
        if (command->flags[i].type != FLAG_SECTION &&
            strcmp(command->flags[i].name, name) == 0)
            return command->flags[i].given;
    return 0;
}

/* Print text from column `column`, wrapped at LINE_WIDTH on spaces. */
static void print_wrapped(FILE *out, const char *text, int column)
{
    int position = column;
    while (*text) {
        size_t word = strcspn(text, " ");
        if (position > column && position + 1 + (int)word > LINE_WIDTH) {
            fprintf(out, "\n%*s", column, "");
            position = column;
        } else if (position > column) {
            fputc(' ', out);
            position++;
        }
        fprintf(out, "%.*s", (int)word, text);
        position += (int)word;
        text += word;
        text += strspn(text, " ");
    }
    fputc('\n', out);
}

static void print_flag_help(FILE *out, const flag_spec *flag, int first)
{
    if (flag->type == FLAG_SECTION) {
        fprintf(out, "%s%s:\n", first ? "" : "\n", flag->name);
        return;
    }
    int width = fprintf(out, "  --%s", flag->name);
    if (flag->type != FLAG_BOOL)
        width += fprintf(out, " %s", flag->meta ? flag->meta : "VALUE");
    if (width + 2 > HELP_COLUMN) {
        fputc('\n', out);
        width = 0;
    }
    fprintf(out, "%*s", HELP_COLUMN - width, "");
    char help[512];
    snprintf(help, sizeof help, "%s%s", flag->help,
             flag->required ? " (required)" : "");
    print_wrapped(out, help, HELP_COLUMN);
}

void args_print_help(const command_spec *command, FILE *out)
{
    fprintf(out, "Usage: ffnn %s [flags]\n\n%s\n\n", command->name,
            command->summary);
    for (size_t i = 0; i < command->n_flags; i++)
        print_flag_help(out, &command->flags[i], i == 0);
    fprintf(out, "\n  --help                  print this help and exit\n");
    if (command->details)
        fprintf(out, "\n%s", command->details);
}
