/* ranks.h -- `ffnn` started by an MPI launcher (mpirun, mpiexec) as one of
 * several processes. Built with MPI (FFNN_CLI_MPI), `ffnn train` then
 * trains data-parallel over MPI_COMM_WORLD; built without, it refuses, so
 * that N independent runs never race on one model file. Started without a
 * launcher, nothing here initialises MPI. */
#ifndef FFNN_CLI_RANKS_H
#define FFNN_CLI_RANKS_H

#include "ffnn.h"

/* Before the subcommand runs: CLI_OK to go on, else the exit code (the
 * refusal reported). Initialises MPI when a launcher started the process
 * and MPI is built in; only `train` may run on several ranks. */
int ranks_start(int *argc, char ***argv, const char *subcommand);
/* The exit code of the whole job, the same on every rank (the worst one),
 * and MPI finalised; rc itself without MPI. */
int ranks_end(int rc);

/* This process's rank and the number of ranks (0 and 1 without MPI). */
int ranks_rank(void);
int ranks_size(void);
/* The communicator of the ranks, or NULL for one process. */
const ffnn_comm *ranks_comm(void);
/* Where every rank has checked what it could alone (flags, data, model):
 * the worst exit code of all ranks, on every rank. Called once, before the
 * first collective of the training; a rank that fails before it meets the
 * others' call in ranks_end instead. */
int ranks_agree(int rc);

#endif
