/* A data-parallel program built against an installed ffnn with MPI, as a
 * user would build it; run on 2 ranks, they end with one model. */
#include <ffnn_mpi.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    MPI_Init(&argc, &argv);
    const size_t sizes[] = {2, 4, 1};
    const ffnn_activation acts[] = {FFNN_ACT_TANH, FFNN_ACT_SIGMOID};
    ffnn_comm comm;
    ffnn_net *net = NULL;
    int ok = ffnn_mpi_comm(MPI_COMM_WORLD, &comm) == FFNN_OK &&
             ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_BCE,
                             (uint64_t)comm.rank) == FFNN_OK &&
             ffnn_comm_broadcast(net, &comm) == FFNN_OK;
    const float x[] = {0, 0, 0, 1, 1, 0, 1, 1}, y[] = {0, 1, 1, 0};
    ffnn_train_options o;
    ffnn_train_defaults(&o);
    o.batch_size = 4;
    o.epochs = 50;
    o.learning_rate = 0.5f;
    ok =
        ok && ffnn_mpi_train(net, MPI_COMM_WORLD, x, y, 4, &o, NULL) == FFNN_OK;
    float w[17], root[17];
    ok = ok && ffnn_get_param_vector(net, w, 17) == FFNN_OK;
    memcpy(root, w, sizeof w);
    MPI_Bcast(root, 17, MPI_FLOAT, 0, MPI_COMM_WORLD);
    ok = ok && memcmp(root, w, sizeof w) == 0; /* one model on all ranks */
    printf("consumer_mpi: rank %d of %d %s\n", comm.rank, comm.size,
           ok ? "ok" : "FAILED");
    ffnn_net_destroy(net);
    MPI_Finalize();
    return ok ? 0 : 1;
}
