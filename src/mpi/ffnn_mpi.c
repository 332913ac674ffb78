/* ffnn_mpi.c -- an ffnn_comm over an MPI communicator (ffnn_mpi.h). The
 * communicator travels in the ffnn_comm's user pointer, by value. */
#include "ffnn_mpi.h"

#include <limits.h>
#include <string.h>

_Static_assert(sizeof(MPI_Comm) <= sizeof(void *),
               "an MPI_Comm must fit the user pointer");

static MPI_Comm comm_of(void *user)
{
    MPI_Comm c;
    memcpy(&c, &user, sizeof c);
    return c;
}

/* MPI counts are int: longer buffers go in pieces. */
#define PIECE ((size_t)INT_MAX)

static int sum(void *user, void *buf, size_t n, size_t size, MPI_Datatype t)
{
    for (size_t done = 0; done < n;) {
        int count = (int)(n - done < PIECE ? n - done : PIECE);
        if (MPI_Allreduce(MPI_IN_PLACE, (char *)buf + done * size, count, t,
                          MPI_SUM, comm_of(user)) != MPI_SUCCESS)
            return 1;
        done += (size_t)count;
    }
    return 0;
}

static int sum_floats(void *user, float *buf, size_t n)
{
    return sum(user, buf, n, sizeof *buf, MPI_FLOAT);
}

static int sum_doubles(void *user, double *buf, size_t n)
{
    return sum(user, buf, n, sizeof *buf, MPI_DOUBLE);
}

static int broadcast(void *user, void *buf, size_t bytes, int root)
{
    for (size_t done = 0; done < bytes;) {
        int count = (int)(bytes - done < PIECE ? bytes - done : PIECE);
        if (MPI_Bcast((char *)buf + done, count, MPI_BYTE, root,
                      comm_of(user)) != MPI_SUCCESS)
            return 1;
        done += (size_t)count;
    }
    return 0;
}

ffnn_status ffnn_mpi_comm(MPI_Comm comm, ffnn_comm *out)
{
    int up = 0, down = 0;
    MPI_Initialized(&up);
    MPI_Finalized(&down);
    if (!up || down)
        return FFNN_ERR_STATE;
    if (!out || comm == MPI_COMM_NULL)
        return FFNN_ERR_ARG;
    memset(out, 0, sizeof *out);
    if (MPI_Comm_rank(comm, &out->rank) != MPI_SUCCESS ||
        MPI_Comm_size(comm, &out->size) != MPI_SUCCESS)
        return FFNN_ERR_ARG;
    memcpy(&out->user, &comm, sizeof comm);
    out->sum_floats = sum_floats;
    out->sum_doubles = sum_doubles;
    out->broadcast = broadcast;
    return FFNN_OK;
}

ffnn_status ffnn_mpi_comm_fortran(int fortran_comm, ffnn_comm *out)
{
    int up = 0;
    MPI_Initialized(&up);
    if (!up)
        return FFNN_ERR_STATE;
    return ffnn_mpi_comm(MPI_Comm_f2c((MPI_Fint)fortran_comm), out);
}

ffnn_status ffnn_mpi_broadcast(ffnn_net *net, MPI_Comm comm)
{
    ffnn_comm c;
    ffnn_status s = ffnn_mpi_comm(comm, &c);
    return s == FFNN_OK ? ffnn_comm_broadcast(net, &c) : s;
}

ffnn_status ffnn_mpi_train_step(ffnn_net *net, MPI_Comm comm, const float *x,
                                const float *target, size_t rows,
                                float learning_rate, float *loss)
{
    ffnn_comm c;
    ffnn_status s = ffnn_mpi_comm(comm, &c);
    return s == FFNN_OK ? ffnn_comm_train_step(net, &c, x, target, rows,
                                               learning_rate, loss)
                        : s;
}

ffnn_status ffnn_mpi_train(ffnn_net *net, MPI_Comm comm, const float *x,
                           const float *y, size_t n,
                           const ffnn_train_options *options,
                           ffnn_train_report *report)
{
    ffnn_comm c;
    ffnn_status s = ffnn_mpi_comm(comm, &c);
    return s == FFNN_OK ? ffnn_comm_train(net, &c, x, y, n, options, report)
                        : s;
}

ffnn_status ffnn_mpi_train_resume(ffnn_net *net, MPI_Comm comm, const float *x,
                                  const float *y, size_t n,
                                  const ffnn_train_options *options,
                                  ffnn_validation_split split,
                                  ffnn_train_report *report)
{
    ffnn_comm c;
    ffnn_status s = ffnn_mpi_comm(comm, &c);
    return s == FFNN_OK ? ffnn_comm_train_resume(net, &c, x, y, n, options,
                                                 split, report)
                        : s;
}
