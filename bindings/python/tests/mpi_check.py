"""ffnn.mpi under `mpirun -np N` (bindings/python/test.sh runs it on 2 and
3 ranks): data-parallel training through mpi4py equals one process with
the same global batch, the replicas stay bitwise equal, and a failure on
one rank raises the same Error on every rank. Exit status: failed checks.
"""
import sys

import numpy as np
from mpi4py import MPI

import ffnn
import ffnn.mpi

world = MPI.COMM_WORLD
comm = ffnn.mpi.Comm(world)
failed = 0


def check(ok, what):
    global failed
    if not ok:
        failed += 1
        print("rank %d: FAILED: %s" % (comm.rank, what), file=sys.stderr)


rng = np.random.default_rng(5)
x = rng.uniform(-1, 1, (200, 6)).astype(np.float32)
y = np.eye(3, dtype=np.float32)[(x[:, 0] > 0).astype(int) + (x[:, 1] > 0.5)]


def net(seed):
    n = ffnn.Net([6, 16, 3], ["relu", "softmax"], "ce", seed=seed)
    n.set_optimizer_adam()
    return n


def in_sync(n):
    mine = n.param_vector()
    root = world.bcast(mine, root=0)
    return all(world.allgather(bool(np.array_equal(mine, root))))


check(comm.size == world.Get_size() and comm.rank == world.Get_rank(),
      "rank and size")
dp, one = net(comm.rank + 10), net(10)  # broadcast makes rank 0's the start
comm.broadcast(dp)
check(in_sync(dp), "replicas differ after broadcast")
opts = dict(epochs=4, batch_size=32, learning_rate=0.01,
            validation_fraction=0.25, seed=3)
got = comm.train_resume(dp, x, y, split="shuffled", **opts)
want = one.train_resume(x, y, split="shuffled", **opts)
check(in_sync(dp), "replicas differ after training")
gap = np.abs(dp.param_vector() - one.param_vector()).max() / \
    np.abs(one.param_vector()).max()
check(gap < 1e-4, "gap %g to one process" % gap)
check(abs(got.val_loss - want.val_loss) < 1e-4 * want.val_loss,
      "val loss %g against %g" % (got.val_loss, want.val_loss))

# One step: this rank's rows of a global batch of 30 (uneven over 3 ranks).
lo, hi = 30 * comm.rank // comm.size, 30 * (comm.rank + 1) // comm.size
a, b = net(1), net(1)
loss = comm.train_step(a, x[lo:hi], y[lo:hi], 0.01)
want_loss = b.train_step(x[:30], y[:30], 0.01)
check(abs(loss - want_loss) <= 1e-6 * want_loss, "step loss")
check(np.allclose(a.gradient_vector(), b.gradient_vector(), rtol=0,
                  atol=2e-6 * np.abs(b.gradient_vector()).max()),
      "step gradients")

# A NaN on the last rank: every rank raises ERR_NUMERIC, nothing changes.
t = y[lo:hi].copy()
if comm.rank == comm.size - 1:
    t[0, 0] = np.nan
before = a.param_vector()
try:
    comm.train_step(a, x[lo:hi], t, 0.01)
    check(False, "a NaN target did not raise")
except ffnn.Error as e:
    check(e.status == ffnn.Status.ERR_NUMERIC, "status %s" % e.status)
    check(("rank %d" % (comm.size - 1)) in str(e), "message %s" % e)
check(np.array_equal(a.param_vector(), before), "a replica changed")

total = world.allreduce(failed)
if comm.rank == 0:
    print("mpi_check: %d ranks, %d failed checks" % (comm.size, total))
sys.exit(1 if total else 0)
