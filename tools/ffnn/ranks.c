/* ranks.c -- `ffnn` under an MPI launcher (ranks.h). */
#include "ranks.h"

#include "errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef FFNN_CLI_MPI
#include "ffnn_mpi.h"
#endif

static int rank, size = 1;
static ffnn_comm comm;
static int agreed;    /* ranks_agree was called */
static int agreed_ok; /* ...and every rank was fine */

/* The size and rank a launcher put in the environment (Open MPI; MPICH's
 * and others' PMI); 0 if none did. */
static int launched_size(int *launched_rank)
{
    const char *sizes[] = {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_SIZE"};
    const char *ranks[] = {"OMPI_COMM_WORLD_RANK", "PMI_RANK", "PMIX_RANK"};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        const char *s = getenv(sizes[k]), *r = getenv(ranks[k]);
        if (s && atoi(s) > 0) {
            *launched_rank = r ? atoi(r) : 0;
            return atoi(s);
        }
    }
    return 0;
}

#ifdef FFNN_CLI_MPI
static int start_mpi(int *argc, char ***argv)
{
    if (MPI_Init(argc, argv) != MPI_SUCCESS)
        return fail(CLI_RUNTIME_ERROR, "MPI_Init failed");
    if (ffnn_mpi_comm(MPI_COMM_WORLD, &comm) != FFNN_OK)
        return fail(CLI_RUNTIME_ERROR, "no communicator from MPI");
    rank = comm.rank, size = comm.size;
    /* One BLAS thread per rank, unless asked otherwise: the launcher
     * places one rank a core. */
    if (!getenv("OPENBLAS_NUM_THREADS"))
        ffnn_set_num_threads(1);
    if (rank > 0) {
        static char prefix[64];
        snprintf(prefix, sizeof prefix, "%s (rank %d)", errors_command(), rank);
        errors_set_command(prefix);
    }
    return CLI_OK;
}
#endif

int ranks_start(int *argc, char ***argv, const char *subcommand)
{
    int launched_rank = 0, launched = launched_size(&launched_rank);
    (void)argc, (void)argv, (void)subcommand;
    if (launched <= 1)
        return CLI_OK;
#ifdef FFNN_CLI_MPI
    if (strcmp(subcommand, "train") == 0)
        return start_mpi(argc, argv);
#endif
    if (launched_rank != 0) /* one message for the job, not one a rank */
        return CLI_USAGE_ERROR;
#ifdef FFNN_CLI_MPI
    return fail(CLI_USAGE_ERROR,
                "started as %d ranks by an MPI launcher: only 'ffnn train' "
                "runs on several ranks; run this one without mpirun",
                launched);
#else
    return fail(CLI_USAGE_ERROR,
                "started as one of %d ranks by an MPI launcher, but this "
                "ffnn was built without MPI: the ranks would each train "
                "alone and race on the same files. Run it without mpirun, "
                "or build ffnn with -DFFNN_MPI=ON (Open MPI: openmpi-bin "
                "libopenmpi-dev)",
                launched);
#endif
}

int ranks_rank(void)
{
    return rank;
}

int ranks_size(void)
{
    return size;
}

const ffnn_comm *ranks_comm(void)
{
    return size > 1 ? &comm : NULL;
}

#ifdef FFNN_CLI_MPI
static int worst(int rc)
{
    int all = rc;
    MPI_Allreduce(&rc, &all, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
    return all;
}
#endif

int ranks_agree(int rc)
{
#ifdef FFNN_CLI_MPI
    if (size > 1) {
        int all = worst(rc);
        agreed = 1, agreed_ok = all == CLI_OK;
        if (all != CLI_OK && rc == CLI_OK)
            fail(all, "stopping: another rank failed");
        return all;
    }
#endif
    agreed = 1, agreed_ok = rc == CLI_OK;
    return rc;
}

int ranks_end(int rc)
{
#ifdef FFNN_CLI_MPI
    int up = 0;
    MPI_Initialized(&up);
    if (!up)
        return rc;
    /* The ranks that passed ranks_agree together meet here again; one that
     * failed before it met their ranks_agree here instead. */
    if (size > 1 && (!agreed || agreed_ok))
        rc = worst(rc);
    MPI_Finalize();
#endif
    return rc;
}
