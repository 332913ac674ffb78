/* commands.h -- the subcommands of the ffnn command. Each takes the words
 * after its name and returns an exit code (see errors.h). */
#ifndef FFNN_CLI_COMMANDS_H
#define FFNN_CLI_COMMANDS_H

int command_train(int argc, char **argv);
int command_eval(int argc, char **argv);
int command_predict(int argc, char **argv);
int command_info(int argc, char **argv);
int command_export_c(int argc, char **argv);

#endif
