/*
 * ffnn_mpi.h -- data-parallel training with ffnn over MPI (since 1.3.0).
 *
 * The library libffnn_mpi (pkg-config ffnn-mpi; CMake
 * find_package(ffnn COMPONENTS mpi), target ffnn::ffnn_mpi) fills an
 * ffnn_comm (ffnn.h section 14) with MPI's collectives, so that the
 * data-parallel calls of ffnn.h run over an MPI communicator:
 *
 *   MPI_Init(&argc, &argv);
 *   ffnn_comm comm;
 *   ffnn_mpi_comm(MPI_COMM_WORLD, &comm);
 *   ffnn_comm_broadcast(net, &comm);               rank 0's start, everywhere
 *   ffnn_comm_train(net, &comm, x, y, n, &options, &report);
 *   if (comm.rank == 0) ffnn_save(net, "model.safetensors");
 *
 * Every rank passes the same data; --batch-like sizes are global, so N
 * ranks give the model one process would, to float rounding. The
 * functions below with an MPI_Comm argument are the same calls in one.
 *
 * libffnn_mpi is built against one MPI (MPI_Comm is an int in MPICH and a
 * pointer in Open MPI) and must be used with that one. Bindings that do
 * not see mpi.h use ffnn_mpi_comm_fortran with the communicator's Fortran
 * handle (MPI_Comm_c2f; mpi4py's Comm.py2f()).
 *
 * MPI errors: the collectives are called on the communicator as it is, so
 * its error handler applies (MPI_ERRORS_ARE_FATAL by default: the job is
 * ended). Under MPI_ERRORS_RETURN a failed collective makes the ffnn call
 * return FFNN_ERR_IO.
 */
#ifndef FFNN_MPI_H
#define FFNN_MPI_H

#include <mpi.h>

#include "ffnn.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && __GNUC__ >= 4
#define FFNN_MPI_API __attribute__((visibility("default")))
#else
#define FFNN_MPI_API
#endif

/* Fill *out with collectives over comm: rank and size are comm's, the
 * sums are MPI_Allreduce (MPI_SUM, in place), the broadcast MPI_Bcast.
 * comm is used as it is, not duplicated: it must stay valid while out is
 * used, and every rank must make the same ffnn_comm_* calls in the same
 * order, between its own collectives on comm. FFNN_ERR_STATE if MPI is not
 * initialised (or already finalised), FFNN_ERR_ARG if out is NULL or comm
 * is MPI_COMM_NULL. */
FFNN_MPI_API ffnn_status ffnn_mpi_comm(MPI_Comm comm, ffnn_comm *out);

/* The same for the communicator whose Fortran handle is fortran_comm. */
FFNN_MPI_API ffnn_status ffnn_mpi_comm_fortran(int fortran_comm,
                                               ffnn_comm *out);

/* ffnn_comm_broadcast, ffnn_comm_train_step, ffnn_comm_train and
 * ffnn_comm_train_resume over comm. */
FFNN_MPI_API ffnn_status ffnn_mpi_broadcast(ffnn_net *net, MPI_Comm comm);
FFNN_MPI_API ffnn_status ffnn_mpi_train_step(ffnn_net *net, MPI_Comm comm,
                                             const float *x,
                                             const float *target, size_t rows,
                                             float learning_rate, float *loss);
FFNN_MPI_API ffnn_status ffnn_mpi_train(ffnn_net *net, MPI_Comm comm,
                                        const float *x, const float *y,
                                        size_t n,
                                        const ffnn_train_options *options,
                                        ffnn_train_report *report);
FFNN_MPI_API ffnn_status ffnn_mpi_train_resume(
    ffnn_net *net, MPI_Comm comm, const float *x, const float *y, size_t n,
    const ffnn_train_options *options, ffnn_validation_split split,
    ffnn_train_report *report);

#ifdef __cplusplus
}
#endif

#endif /* FFNN_MPI_H */
