"""ffnn.mpi: data-parallel training over MPI, from mpi4py.

    from mpi4py import MPI
    import ffnn, ffnn.mpi

    comm = ffnn.mpi.Comm(MPI.COMM_WORLD)
    net = ffnn.Net([784, 256, 10], ["relu", "softmax"], "ce")
    comm.broadcast(net)                     # rank 0's start, on every rank
    report = comm.train(net, x, y, epochs=5, batch_size=256)
    if comm.rank == 0:
        net.save("model.safetensors")

Run with `mpirun -np N python3 script.py`. Every rank passes the same x
and y; batch_size is the global batch, which the ranks split, so N ranks
train the model one process would (to float rounding). Rank 0 alone should
write files. The calls are collectives: every rank makes the same ones in
the same order; a failure on any rank raises the same ffnn.Error on all.

This loads libffnn_mpi (ffnn_mpi.h), which must be built against the MPI
that mpi4py uses (Debian's python3-mpi4py and libffnn_mpi both use Open
MPI). It is found beside libffnn, through `pkg-config ffnn-mpi`, or at
FFNN_MPI_LIBRARY. Since 1.3.0.
"""
import ctypes
import os
import subprocess
from ctypes import byref, c_float, c_int
from typing import Any, Callable, Optional, Union

from numpy.typing import ArrayLike

from . import Error, Net, Split, Status, TrainReport, _batch, _enum, _lib, _ptr

__all__ = ["Comm", "library_path"]

SONAME = "libffnn_mpi.so.1"


def _load():
    path = os.environ.get("FFNN_MPI_LIBRARY")
    if path:
        return ctypes.CDLL(path), path
    tried = []
    dirs = [os.path.dirname(_lib.path)] if os.path.isabs(_lib.path) else []
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "ffnn-mpi"],
                             capture_output=True, text=True, check=True)
        dirs.append(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    for d in dirs:
        path = os.path.join(d, SONAME)
        if os.path.exists(path):
            return ctypes.CDLL(path), path
        tried.append(path)
    try:
        return ctypes.CDLL(SONAME), SONAME
    except OSError:
        tried.append(SONAME)
    raise ImportError("ffnn.mpi: cannot find libffnn_mpi (tried %s): build "
                      "ffnn with MPI (-DFFNN_MPI=ON), or set FFNN_MPI_LIBRARY"
                      % ", ".join(tried))


_mpi_lib, library_path = _load()
_mpi_lib.ffnn_mpi_comm_fortran.restype = c_int
_mpi_lib.ffnn_mpi_comm_fortran.argtypes = [c_int, ctypes.POINTER(
    _lib.CommStruct)]


class Comm:
    """ffnn's collectives over an mpi4py communicator (ffnn_mpi_comm on its
    Fortran handle). The mpi4py communicator must outlive this object."""

    def __init__(self, mpi4py_comm: Any) -> None:
        self._mpi4py = mpi4py_comm  # kept alive as long as we are
        self._c = _lib.CommStruct()
        status = _mpi_lib.ffnn_mpi_comm_fortran(mpi4py_comm.py2f(),
                                                byref(self._c))
        if status != Status.OK:
            raise Error(status, "ffnn_mpi_comm_fortran: MPI is not "
                        "initialised, or the communicator is not valid")

    @property
    def rank(self) -> int:
        return self._c.rank

    @property
    def size(self) -> int:
        return self._c.size

    def broadcast(self, net: Net) -> None:
        """Make every rank's net rank 0's: weights, optimizer and its state,
        training position, metadata (ffnn_comm_broadcast)."""
        net._call(_lib.since_1_3("ffnn_comm_broadcast"), byref(self._c))

    def train_step(self, net: Net, x: ArrayLike, y: ArrayLike,
                   learning_rate: float) -> float:
        """One data-parallel step on this rank's rows x, y (may have 0
        rows); returns the global batch's mean loss (ffnn_comm_train_step).
        """
        fn = _lib.since_1_3("ffnn_comm_train_step")
        x, rows, _ = _batch(x, net.sizes[0], "x")
        y, y_rows, _ = _batch(y, net.sizes[-1], "y")
        if rows != y_rows:
            raise Error(Status.ERR_SHAPE, "train_step: x has %d rows, y %d"
                        % (rows, y_rows))
        loss = c_float()
        net._call(fn, byref(self._c), _ptr(x), _ptr(y), rows, learning_rate,
                  byref(loss))
        return loss.value

    def train(self, net: Net, x: ArrayLike, y: ArrayLike,
              callback: Optional[Callable[[TrainReport], bool]] = None,
              **options: Any) -> TrainReport:
        """Net.train, data-parallel (ffnn_comm_train): the same options
        (epochs, batch_size, learning_rate, validation_fraction, seed,
        shuffle, report_every, and since 1.4.0 those of Net.train_run, then
        through ffnn_comm_train_run) and report; callback runs on every
        rank, and training stops if it asks to on any."""
        return net._train(_lib.since_1_3("ffnn_comm_train"), (), x, y,
                          options, callback, lead=(byref(self._c),))

    def train_resume(self, net: Net, x: ArrayLike, y: ArrayLike,
                     callback: Optional[Callable[[TrainReport], bool]] = None,
                     split: Union[str, int] = Split.LAST,
                     **options: Any) -> TrainReport:
        """Net.train_resume, data-parallel (ffnn_comm_train_resume), with
        train()'s options."""
        return net._train(_lib.since_1_3("ffnn_comm_train_resume"),
                          (_enum(Split, split),), x, y, options, callback,
                          lead=(byref(self._c),))
