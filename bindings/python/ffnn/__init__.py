"""ffnn: feed-forward neural networks, a ctypes binding of the ffnn C library.

Arrays are numpy float32, row-major, one sample per row. Inputs that are
already C-contiguous, aligned float32 are handed to C without a copy; anything
else (float64, Fortran order, slices with strides, lists) is first copied to
such an array. Outputs are new float32 arrays that C writes into directly.

A Net, like the C handle it wraps, may be used by one thread at a time;
for many threads on one model, give each its own view (Net.share()).
"""
from __future__ import annotations

import ctypes
import enum
import operator
import os
import weakref
from ctypes import byref, c_double, c_float, c_size_t, c_void_p
from dataclasses import dataclass
from typing import (Any, Callable, Dict, List, Optional, Sequence, Tuple,
                    Union)

import numpy as np
from numpy.typing import ArrayLike

from . import _lib
from ._lib import lib

__all__ = ["Net", "Error", "Status", "Activation", "Loss", "Backend",
           "Optimizer", "Split", "TrainReport", "TrainPosition", "version",
           "version_number",
           "set_num_threads", "num_threads", "library_path", "read_header",
           "FileHeader", "TensorInfo"]

library_path = _lib.path


class _Known(enum.IntEnum):
    """An enum of ffnn.h. A value this binding does not know, from a newer
    library (ffnn.h's enums are append-only), is kept as its number, as in
    the Rust and Go bindings: Activation(99) is then a member named
    "UNKNOWN_99" that equals 99 and goes back to C unchanged. Iteration and
    lookup by name see only the values this binding knows."""

    @classmethod
    def _missing_(cls, value):
        if type(value) is not int:
            return None
        member = int.__new__(cls, value)
        member._name_, member._value_ = "UNKNOWN_%d" % value, value
        return member


class Status(_Known):
    OK = 0
    ERR_ARG = 1
    ERR_SHAPE = 2
    ERR_NOMEM = 3
    ERR_STATE = 4
    ERR_IO = 5
    ERR_FORMAT = 6
    ERR_NUMERIC = 7


class Activation(_Known):
    """ffnn_activation; the last five since libffnn 1.4.0, with PyTorch's
    definitions and defaults (see the header)."""
    LINEAR = 0
    SIGMOID = 1
    TANH = 2
    RELU = 3
    SOFTMAX = 4
    LEAKY_RELU = 5  # a > 0 ? a : 0.01 a
    ELU = 6  # a > 0 ? a : e^a - 1
    GELU = 7  # a Phi(a), the erf form
    SILU = 8  # a sigmoid(a)
    SOFTPLUS = 9  # log(1 + e^a), a above 20


class Loss(_Known):
    MSE = 0
    BCE = 1
    CE = 2


class Backend(_Known):
    AUTO = 0
    BLAS = 1
    NAIVE = 2


class Optimizer(_Known):
    SGD = 0
    MOMENTUM = 1
    NESTEROV = 2
    ADAM = 3


class Split(_Known):
    """ffnn_validation_split: which rows the validation fraction holds out
    (since 1.2.0)."""
    LAST = 0
    SHUFFLED = 1
    STRATIFIED = 2


def version() -> str:
    """Version string of the loaded C library, e.g. "1.1.0"."""
    return lib.ffnn_version_string().decode()


def version_number() -> int:
    """MAJOR*10000 + MINOR*100 + PATCH of the loaded C library."""
    return lib.ffnn_version_number()


__version__ = version()


class Error(Exception):
    """A failed ffnn call.

    status      -- a Status (e.g. Status.ERR_SHAPE)
    status_name -- its name from ffnn_status_string, e.g. "FFNN_ERR_SHAPE"
    message     -- the library's text (ffnn_net_last_error / ffnn_last_error),
                   or the binding's own for checks C cannot make (array shapes)
    str(error) is "<ffnn_status_string(status)>: <message>".
    """

    def __init__(self, status, message):
        text = lib.ffnn_status_string(int(status)).decode()
        self.status = Status(int(status))
        self.status_name = text.split(":", 1)[0]
        self.message = message
        super().__init__("%s: %s" % (text, message))


def _check(status, net=None):
    """Raise Error for a non-OK status with the handle's (or, for calls with
    no handle, this thread's) last error text."""
    if status != 0:
        raw = lib.ffnn_net_last_error(net) if net else lib.ffnn_last_error()
        raise Error(status, raw.decode(errors="replace"))


_INT_MAX = 2**31 - 1
# The options train() and train_resume() take, ffnn_train_options' fields.
_TRAIN_OPTIONS = {"epochs", "batch_size", "learning_rate",
                  "validation_fraction", "seed", "shuffle", "report_every"}
# ffnn_optimizer_param, in order.
_OPTIMIZER_PARAMS = ("momentum", "beta1", "beta2", "epsilon", "weight_decay")


def set_num_threads(n: int) -> None:
    """Threads OpenBLAS runs each BLAS call on (ffnn_set_num_threads), n >= 1:
    OPENBLAS_NUM_THREADS at run time. OpenBLAS's setting (see the header),
    not per Net; do not call it while another thread runs ffnn."""
    n = operator.index(n)
    if not -_INT_MAX - 1 <= n <= _INT_MAX:  # ctypes would wrap it silently
        raise Error(Status.ERR_ARG, "set_num_threads: n is %d, outside a C int"
                    % n)
    _check(_lib.since_1_1("ffnn_set_num_threads")(n))


def num_threads() -> int:
    """Threads OpenBLAS runs each BLAS call on now (ffnn_num_threads)."""
    return _lib.since_1_1("ffnn_num_threads")()


def _enum(kind, value):
    """An enum member from its name, in any case ("sigmoid", "ReLU"), or its
    value (1, or the member); unknown ints pass through so that C reports
    them. Names are the library's own (ffnn_*_from_name, since 1.4.0), so a
    value newer than this binding can be named; older libraries are asked
    this binding's table."""
    if not isinstance(value, str):
        return int(value)
    from_name = getattr(lib, "ffnn_%s_from_name" % kind.__name__.lower(),
                        None)
    if from_name is None:
        try:
            return kind[value.upper()]
        except KeyError:
            raise ValueError("unknown %s %r; one of %s" % (
                kind.__name__.lower(), value,
                ", ".join(m.name.lower() for m in kind))) from None
    if "\0" in value:  # C would read the name only up to it
        raise ValueError("unknown %s %r" % (kind.__name__.lower(), value))
    out = ctypes.c_int()
    if from_name(value.lower().encode(), byref(out)) != 0:
        raise ValueError(lib.ffnn_last_error().decode(errors="replace"))
    return kind(out.value)


def _u64(value, name):
    """value as a C uint64_t; ctypes would wrap a negative or too large int
    silently."""
    value = operator.index(value)
    if not 0 <= value < 2**64:
        raise Error(Status.ERR_ARG, "%s is %d, outside 0 .. 2**64 - 1"
                    % (name, value))
    return value


def _utf8(text, name):
    """A str as the UTF-8 bytes C takes."""
    if not isinstance(text, str):
        raise TypeError("metadata %s must be a str, not %s"
                        % (name, type(text).__name__))
    return text.encode()


_F32 = np.dtype(np.float32)


def _f32(a):
    """a as C-contiguous aligned float32: the same object when it already is
    one (zero copy), else a copy. The first test is the fast path of a
    one-sample forward (np.require alone costs about 0.6 us)."""
    if (type(a) is np.ndarray and a.dtype is _F32
            and (flags := a.flags).c_contiguous and flags.aligned):
        return a
    return np.require(a, dtype=np.float32, requirements=("C", "A"))


def _ptr(a):
    """The data address of a C-contiguous array, for a c_void_p argument.
    A writable array's goes through the buffer protocol (about 0.3 us);
    ndarray.ctypes.data, which builds an object of its own, costs twice that
    and serves read-only and empty arrays."""
    if a.flags.writeable and a.size:
        return byref(ctypes.c_char.from_buffer(a))
    return a.ctypes.data


def _batch(a, width, name):
    """Validate samples of `width`: a 1-D array is one sample, a 2-D array is
    one sample per row. Returns (array, batch, was_1d). C takes a bare
    pointer and a batch size, so the row width is checked here."""
    a = _f32(a)
    if a.ndim == 1 and a.shape[0] == width:
        return a, 1, True
    if a.ndim == 2 and a.shape[1] == width:
        return a, a.shape[0], False
    raise Error(Status.ERR_SHAPE, "%s has shape %s; expected (%d,) or "
                "(batch, %d)" % (name, a.shape, width, width))


@dataclass(frozen=True)
class TrainReport:
    """Python copy of ffnn_train_report (see the header, section 10)."""
    epoch: int
    epochs: int
    batches_done: int
    batches: int
    train_loss: float
    train_accuracy: float
    val_loss: float
    val_accuracy: float
    samples_per_second: float
    epoch_end: bool
    stopped: bool
    # Since 1.4.0, from a training setup (train_run(), or train() and
    # train_resume() given one of its options; else None): the epoch's
    # learning rate, early stopping's best epoch (0: none) and its value,
    # whether patience ran out, whether the best weights were put back.
    learning_rate: Optional[float] = None
    best_epoch: Optional[int] = None
    best_value: Optional[float] = None
    stopped_early: Optional[bool] = None
    restored: Optional[bool] = None

    @classmethod
    def _from_struct(cls, s, setup=None):
        return cls(s.epoch, s.epochs, s.batches_done, s.batches, s.train_loss,
                   s.train_accuracy, s.val_loss, s.val_accuracy,
                   s.samples_per_second, bool(s.epoch_end), bool(s.stopped),
                   **(setup.results() if setup else {}))


class _Setup:
    """An ffnn_train_setup (header section 15) with options set by their
    library names, so that a key newer than this binding works by name."""

    _NAMED = {"schedule": "schedule", "monitor": "monitor"}

    def __init__(self, options):
        out = c_void_p()
        _check(_lib.since_1_4("ffnn_train_setup_create")(byref(out)))
        self.h = out.value
        try:
            for name, value in options.items():
                if value is not None:
                    self.set(name, value)
        except BaseException:
            self.close()
            raise

    def close(self):
        h, self.h = self.h, None
        if h:
            lib.ffnn_train_setup_destroy(h)

    def set(self, name, value):
        if name in ("sample_weights", "class_weights"):
            w = _f32(np.asarray(value, dtype=np.float32).ravel())
            fn = getattr(lib, "ffnn_train_setup_set_" + name)
            _check(fn(self.h, _ptr(w), w.size))
            return
        key = ctypes.c_int()
        if "\0" in name or lib.ffnn_train_key_from_name(
                name.encode(), byref(key)) != 0:
            raise TypeError("unknown training option %r: %s" % (
                name, lib.ffnn_last_error().decode(errors="replace")))
        if name in self._NAMED and isinstance(value, str):
            value = _named(self._NAMED[name], value)
        elif name == "validation_split":
            value = _enum(Split, value)
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int) and value >= 2**53:  # exact as an integer
            status = lib.ffnn_train_setup_set_u64(self.h, key,
                                                  _u64(value, name))
        else:
            status = lib.ffnn_train_setup_set(self.h, key, float(value))
        _check(status)

    def results(self):
        out, got = ctypes.c_double(), {}
        for code, name in enumerate(("learning_rate", "best_epoch",
                                     "best_value", "stopped_early",
                                     "restored")):
            _check(lib.ffnn_train_setup_result(self.h, code, byref(out)))
            got[name] = out.value
        got["best_epoch"] = int(got["best_epoch"])
        got["stopped_early"] = bool(got["stopped_early"])
        got["restored"] = bool(got["restored"])
        return got


def _named(kind, value):
    """The value of a schedule or monitor from its library name."""
    out = ctypes.c_int()
    fn = getattr(lib, "ffnn_%s_from_name" % kind)
    if "\0" in value or fn(value.lower().encode(), byref(out)) != 0:
        raise ValueError(lib.ffnn_last_error().decode(errors="replace"))
    return out.value


@dataclass(frozen=True)
class TrainPosition:
    """ffnn_train_position: where ffnn_train is in a run (header, section
    12): epochs completed, batches completed of the epoch under way, the
    shuffling state at that epoch's start, and that epoch's samples seen,
    predicted right, and sum of batch loss x rows."""
    epoch: int = 0
    batch: int = 0
    rng: int = 0
    seen: int = 0
    correct: int = 0
    loss_sum: float = 0.0


def _trampoline(callback, raised, setup):
    """The C callback for callback(report), or None; an exception is kept in
    raised (it cannot cross C) and stops training."""
    if not callback:
        return None

    def trampoline(_user, report):
        try:
            return int(bool(callback(
                TrainReport._from_struct(report.contents, setup))))
        except BaseException as e:  # re-raised by the caller
            raised.append(e)
            return 1

    return _lib.TRAIN_CALLBACK(trampoline)


class Net:
    """A feed-forward network (ffnn_net *), freed exactly once by close(),
    the end of a `with` block, or garbage collection, whichever comes first.

    Net(sizes, activations, loss, seed=0): sizes are the widths n_0..n_L,
    activations the L functions g_1..g_L, each a name ("linear", "sigmoid",
    "tanh", "relu", "softmax") or an Activation; loss is "mse", "bce", "ce"
    or a Loss.
    """

    _handle = None  # set only once the C object exists; see close()
    _destroy = lib.ffnn_net_destroy  # kept for __del__ at interpreter exit
    _source = None  # a view's source, whose weights it uses; see share()
    _views = ()  # weak references to the views of this Net; see share()

    def __init__(self, sizes: Sequence[int],
                 activations: Sequence[Union[str, int]],
                 loss: Union[str, int], seed: int = 0) -> None:
        sizes = [int(n) for n in sizes]
        acts = [_enum(Activation, a) for a in activations]
        if len(acts) != len(sizes) - 1:
            raise ValueError("%d sizes need %d activations, got %d"
                             % (len(sizes), len(sizes) - 1, len(acts)))
        out = c_void_p()
        _check(lib.ffnn_net_create(
            byref(out), len(acts), (c_size_t * len(sizes))(*sizes),
            (ctypes.c_int * len(acts))(*acts), _enum(Loss, loss), seed))
        self._adopt(out)

    def _adopt(self, out):
        self._handle = out.value
        self._sizes = tuple(lib.ffnn_net_layer_size(self._handle, l)
                            for l in range(lib.ffnn_net_num_layers(
                                self._handle) + 1))
        self._output_type = c_float * self._sizes[-1]
        return self

    @classmethod
    def _new(cls, out):
        return cls.__new__(cls)._adopt(out)

    # ---- lifetime ----

    def close(self) -> None:
        """Free the C network; later calls raise ValueError. Idempotent.
        A Net whose views (share()) are open is not freed: close() raises
        Error with status ERR_STATE and changes nothing, since the views use
        its weights (the rule of all three bindings; Rust's borrow checker
        enforces it). Close the views first; garbage collection frees the
        Net after its views, which keep it alive."""
        open_views = self._open_views()
        if open_views:
            raise Error(Status.ERR_STATE, "close: %d view(s) made by share() "
                        "still use this network's weights; close them first"
                        % open_views)
        handle, self._handle = self._handle, None
        if handle:
            self._destroy(handle)
        self._views, self._source = (), None

    def _open_views(self):
        return sum(1 for ref in self._views
                   if (view := ref()) is not None and view._handle)

    def __del__(self):
        if not self._open_views():  # never at once: views refer to us
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        """Closes the Net; with views still open that raises ERR_STATE,
        unless the block is already raising (then garbage collection frees
        it after its views)."""
        if exc_type is None or not self._open_views():
            self.close()

    @property
    def _h(self):
        if self._handle is None:
            raise ValueError("operation on a closed ffnn.Net")
        return self._handle

    def _call(self, fn, *args):
        h = self._h
        _check(fn(h, *args), h)

    def clone(self) -> Net:
        """A deep, independent copy (ffnn_net_clone)."""
        out = c_void_p()
        _check(lib.ffnn_net_clone(self._h, byref(out)))
        return Net._new(out)

    def share(self) -> Net:
        """An inference-only view (ffnn_net_share): a new Net that uses this
        network's weights in place (no copy), with activation buffers of its
        own, so that many threads can run one model, a view each.

        A view runs forward, loss, evaluate, predict and the getters; calls
        that would change weights, gradients or the optimizer (set_layer,
        backward, step, train_step, train, set_optimizer_*,
        set_weight_decay) raise Error with status ERR_STATE and change
        nothing. Do not train or otherwise change this Net while any of its
        views is in use; changes made between view calls are seen by the
        views' next calls. The view keeps a reference to this Net, so garbage
        collection does not free the weights under it, and close() on this
        Net raises ERR_STATE while a view is open. clone() of a view is a
        full, trainable Net.
        """
        h = self._h
        out = c_void_p()
        _check(lib.ffnn_net_share(h, byref(out)), h)
        view = Net._new(out)
        # A view of a view uses the same weights: it belongs to their owner.
        owner = self._source or self
        view._source = owner
        owner._views = [r for r in owner._views if r() is not None]
        owner._views.append(weakref.ref(view))
        return view

    # ---- architecture ----

    @property
    def sizes(self) -> Tuple[int, ...]:
        """Widths (n_0, ..., n_L)."""
        return self._sizes

    @property
    def num_layers(self) -> int:
        return len(self._sizes) - 1

    @property
    def activation_functions(self) -> Tuple[Activation, ...]:
        """(g_1, ..., g_L) as Activation members."""
        return tuple(Activation(lib.ffnn_net_activation(self._h, l))
                     for l in range(1, len(self._sizes)))

    @property
    def loss_function(self) -> Loss:
        return Loss(lib.ffnn_net_loss_function(self._h))

    @property
    def num_params(self) -> int:
        return lib.ffnn_net_num_params(self._h)

    @property
    def memory(self) -> int:
        """Bytes the C network holds now (ffnn_net_memory)."""
        return lib.ffnn_net_memory(self._h)

    def __repr__(self):
        if self._handle is None:
            return "<ffnn.Net closed>"
        return "<ffnn.Net sizes=%s activations=%s loss=%s>" % (
            list(self.sizes),
            [a.name.lower() for a in self.activation_functions],
            self.loss_function.name.lower())

    # ---- parameters and activations ----

    def _layer_shape(self, l):
        n = self._sizes
        return (n[l], n[l - 1]) if 1 <= l < len(n) else (0, 0)

    def _get_pair(self, fn, l):
        rows, cols = self._layer_shape(l)
        W = np.empty((rows, cols), np.float32)
        b = np.empty(rows, np.float32)
        self._call(fn, l, _ptr(W), _ptr(b))  # C rejects l out of 1..L
        return W, b

    def get_layer(self, l: int) -> Tuple[np.ndarray, np.ndarray]:
        """(W_l, b_l) copies: W_l is n_l x n_{l-1}, b_l has n_l; 1 <= l <= L."""
        return self._get_pair(lib.ffnn_get_layer, l)

    def set_layer(self, l: int, W: Optional[ArrayLike] = None,
                  b: Optional[ArrayLike] = None) -> None:
        """Replace W_l and/or b_l (None keeps it). Shapes must match exactly;
        values must be finite (else Error ERR_NUMERIC, nothing changes)."""
        rows, cols = self._layer_shape(l)
        if W is not None:
            W = _f32(W)
            if W.shape != (rows, cols):
                raise Error(Status.ERR_SHAPE, "set_layer(%d): W has shape %s; "
                            "expected %s" % (l, W.shape, (rows, cols)))
        if b is not None:
            b = _f32(b)
            if b.shape != (rows,):
                raise Error(Status.ERR_SHAPE, "set_layer(%d): b has shape %s; "
                            "expected %s" % (l, b.shape, (rows,)))
        self._call(lib.ffnn_set_layer, l, None if W is None else _ptr(W),
                   None if b is None else _ptr(b))

    def gradients(self, l: int) -> Tuple[np.ndarray, np.ndarray]:
        """(dL/dW_l, dL/db_l) of the mean loss from the last backward()."""
        return self._get_pair(lib.ffnn_get_gradients, l)

    def activations(self, l: int) -> Tuple[np.ndarray, np.ndarray]:
        """(a_l, h_l) of the last forward pass, each batch x n_l, 0 <= l <= L
        (for l = 0 both are the input). Needs a forward() or train_step()
        after the last evaluate/predict/train, whose batch is unknown."""
        batch = self._known_batch("activations")
        n = self._sizes[l] if 0 <= l < len(self._sizes) else 0
        a = np.empty((batch, n), np.float32)
        h = np.empty((batch, n), np.float32)
        self._call(lib.ffnn_get_activations, l, _ptr(a), _ptr(h))
        return a, h

    # ---- forward, loss, backward, step ----

    def _known_batch(self, fn):
        # loss/backward/activations read or write that many rows: the arrays
        # are sized and checked against it before C sees them.
        batch = lib.ffnn_net_batch(self._h)
        if batch == 0:
            raise Error(Status.ERR_STATE, "%s: call forward() first (no "
                        "forward pass yet)" % fn)
        return batch

    def _targets(self, y, fn):
        batch = self._known_batch(fn)
        y, rows, _ = _batch(y, self._sizes[-1], "y")
        if rows != batch:
            raise Error(Status.ERR_SHAPE, "%s: y has %d rows; the last "
                        "forward pass had %d" % (fn, rows, batch))
        return y

    def forward(self, x: ArrayLike) -> np.ndarray:
        """Outputs for x: (n_0,) -> (n_L,), or (batch, n_0) -> (batch, n_L).
        Keeps the activations for loss(), backward() and activations()."""
        h = self._handle
        if (type(x) is np.ndarray and x.ndim == 1 and x.dtype is _F32
                and (flags := x.flags).c_contiguous and flags.aligned
                and h is not None and x.shape[0] == self._sizes[0]):
            # One sample, the hot path (bench/python_overhead.py): _batch
            # and _ptr inlined, and a ctypes array as the cheapest output.
            out = self._output_type()
            status = lib.ffnn_forward(
                h, byref(ctypes.c_char.from_buffer(x)) if flags.writeable
                else x.ctypes.data, 1, out)
            if status:
                _check(status, h)
            return np.frombuffer(out, _F32)
        h = self._h
        x, batch, one = _batch(x, self._sizes[0], "x")
        y = np.empty((batch, self._sizes[-1]), np.float32)
        _check(lib.ffnn_forward(h, _ptr(x), batch, _ptr(y)), h)
        return y[0] if one else y

    def loss(self, y: ArrayLike) -> float:
        """Mean loss of the last forward pass against targets y."""
        y = self._targets(y, "loss")
        out = c_float()
        self._call(lib.ffnn_loss, _ptr(y), byref(out))
        return out.value

    def backward(self, y: ArrayLike) -> None:
        """Gradients of the mean loss of the last forward pass against y."""
        self._call(lib.ffnn_backward, _ptr(self._targets(y, "backward")))

    def step(self, learning_rate: float) -> None:
        """Apply the last gradients with the network's optimizer."""
        self._call(lib.ffnn_step, learning_rate)

    def train_step(self, x: ArrayLike, y: ArrayLike,
                   learning_rate: float) -> float:
        """forward + backward + step on one batch; returns the loss before the
        update. With plain SGD no gradients are kept afterwards (see the
        header), so gradients() and step() then raise ERR_STATE."""
        x, batch, _ = _batch(x, self._sizes[0], "x")
        y, rows, _ = _batch(y, self._sizes[-1], "y")
        if rows != batch:
            raise Error(Status.ERR_SHAPE, "train_step: x has %d rows, y %d"
                        % (batch, rows))
        out = c_float()
        self._call(lib.ffnn_train_step, _ptr(x), _ptr(y), batch,
                   learning_rate, byref(out))
        return out.value

    # ---- optimizers and backend ----

    def set_optimizer_sgd(self) -> None:
        self._call(lib.ffnn_set_optimizer_sgd)

    def set_optimizer_momentum(self, momentum: float = 0.9,
                               nesterov: bool = False) -> None:
        """0 <= momentum < 1; nesterov=True selects Nesterov's update."""
        self._call(lib.ffnn_set_optimizer_momentum, momentum, int(nesterov))

    def set_optimizer_adam(self, beta1: float = 0.9, beta2: float = 0.999,
                           epsilon: float = 1e-8) -> None:
        self._call(lib.ffnn_set_optimizer_adam, beta1, beta2, epsilon)

    def set_weight_decay(self, weight_decay: float) -> None:
        """L2 decay lambda >= 0 on the weights (not the biases)."""
        self._call(lib.ffnn_set_weight_decay, weight_decay)

    @property
    def optimizer(self) -> Optimizer:
        return Optimizer(lib.ffnn_net_optimizer(self._h))

    @property
    def optimizer_params(self) -> dict:
        """The hyper-parameters of the optimizer in use, as set: a dict with
        "weight_decay" and, for momentum and Nesterov, "momentum", for Adam
        "beta1", "beta2" and "epsilon" (ffnn_get_optimizer_param)."""
        get = _lib.since_1_1("ffnn_get_optimizer_param")
        params, value = {}, c_float()
        for code, name in enumerate(_OPTIMIZER_PARAMS):
            status = get(self._h, code, byref(value))
            if status == Status.OK:
                params[name] = value.value
            elif status != Status.ERR_STATE:  # ERR_STATE: not this optimizer's
                _check(status, self._h)
        return params

    # ---- dropout (since 1.4.0) ----

    def set_dropout(self, l: int, rate: float) -> None:
        """Inverted dropout of hidden layer l (1..L-1) at rate in [0, 1),
        in training steps only (header section 17); part of the model."""
        self._call(_lib.since_1_4("ffnn_set_dropout"), l, rate)

    def dropout(self, l: int) -> float:
        """Hidden layer l's dropout rate (0: none)."""
        out = c_float()
        self._call(_lib.since_1_4("ffnn_get_dropout"), l, byref(out))
        return out.value

    # ---- scaling stored in the model (since 1.4.0) ----

    def _get_scaling(self, side, width):
        mean = np.empty(width, np.float32)
        scale = np.empty(width, np.float32)
        fn = _lib.since_1_4("ffnn_get_%s_scaling" % side)
        status = fn(self._h, _ptr(mean), _ptr(scale))
        if status == Status.ERR_STATE:
            return None
        _check(status, self._h)
        return mean, scale

    def _set_scaling(self, side, width, value):
        fn = _lib.since_1_4("ffnn_set_%s_scaling" % side)
        if value is None:
            return self._call(fn, None, None)
        mean, scale = (_f32(np.asarray(v, np.float32).ravel()) for v in value)
        if mean.size != width or scale.size != width:
            raise Error(Status.ERR_SHAPE, "%s scaling: mean and scale need %d "
                        "values each, got %d and %d"
                        % (side, width, mean.size, scale.size))
        self._call(fn, _ptr(mean), _ptr(scale))

    @property
    def input_scaling(self) -> Optional[Tuple[np.ndarray, np.ndarray]]:
        """(mean, scale) per input feature, or None: every call that takes
        samples first standardises them, (x - mean) / scale (header section
        16). Set a pair of sequences of n_0 values, or None to remove; saved
        in model files."""
        return self._get_scaling("input", self._sizes[0])

    @input_scaling.setter
    def input_scaling(self, value) -> None:
        self._set_scaling("input", self._sizes[0], value)

    @property
    def output_scaling(self) -> Optional[Tuple[np.ndarray, np.ndarray]]:
        """(mean, scale) per output, or None (MSE networks): outputs are
        h scale + mean, and targets are standardised for the loss."""
        return self._get_scaling("output", self._sizes[-1])

    @output_scaling.setter
    def output_scaling(self, value) -> None:
        self._set_scaling("output", self._sizes[-1], value)

    def set_optimizer_param(self, name: str, value: float) -> None:
        """Set one hyper-parameter of the optimizer in use, by the name
        optimizer_params() gives it (ffnn_set_optimizer_param, since
        1.4.0); its state is kept. ERR_STATE for one the optimizer has not,
        ERR_ARG for a value out of range."""
        if name not in _OPTIMIZER_PARAMS:
            raise ValueError("unknown optimizer parameter %r; one of %s"
                             % (name, ", ".join(_OPTIMIZER_PARAMS)))
        fn = _lib.since_1_4("ffnn_set_optimizer_param")
        self._call(fn, _OPTIMIZER_PARAMS.index(name), value)

    @property
    def backend(self) -> Backend:
        """The Backend in use; set it with "auto", "blas", "naive" or a
        Backend."""
        return Backend(lib.ffnn_net_backend(self._h))

    @backend.setter
    def backend(self, value: Union[str, int]) -> None:
        value = _enum(Backend, value)
        self._call(lib.ffnn_net_set_backend, value)

    # ---- data sets ----

    def _dataset(self, x, y):
        x, n, _ = _batch(x, self._sizes[0], "x")
        y, rows, _ = _batch(y, self._sizes[-1], "y")
        if rows != n:
            raise Error(Status.ERR_SHAPE, "x has %d rows, y %d" % (n, rows))
        return x, y, n

    def _train(self, fn, extra, x, y, options, callback, lead=()):
        """ffnn_train or ffnn_train_resume (extra: its split argument), or
        their data-parallel forms (lead: the communicator). An option that
        ffnn_train_options lacks takes the run through a training setup."""
        given = {k: v for k, v in options.items() if v is not None}
        if set(given) - _TRAIN_OPTIONS:
            if extra:
                given.update(resume=True, validation_split=extra[0])
            return self._train_run(x, y, given, callback, lead)
        x, y, n = self._dataset(x, y)
        opts = _lib.TrainOptionsStruct()
        lib.ffnn_train_defaults(byref(opts))
        for name, value in given.items():
            setattr(opts, name, value)
        if "shuffle" in given:
            opts.shuffle = int(bool(given["shuffle"]))
        raised = []
        # `tramp` keeps the C function pointer alive for the whole call.
        tramp = _trampoline(callback, raised, None)
        if callback:
            opts.callback = tramp
        report = _lib.TrainReportStruct()
        self._call(fn, *lead, _ptr(x), _ptr(y), n, byref(opts), *extra,
                   byref(report))
        if raised:
            raise raised[0]
        return TrainReport._from_struct(report)

    def _train_run(self, x, y, options, callback, lead=()):
        """ffnn_train_run or, with lead (the communicator),
        ffnn_comm_train_run, with a setup of the options."""
        fn = _lib.since_1_4("ffnn_comm_train_run" if lead else
                            "ffnn_train_run")
        x, y, n = self._dataset(x, y)
        setup = _Setup(options)
        try:
            raised = []
            tramp = _trampoline(callback, raised, setup)
            if tramp:
                _check(lib.ffnn_train_setup_set_callback(setup.h, tramp,
                                                         None))
            report = _lib.TrainReportStruct()
            self._call(fn, *lead, setup.h, _ptr(x), _ptr(y), n,
                       byref(report))
            if raised:
                raise raised[0]
            return TrainReport._from_struct(report, setup)
        finally:
            setup.close()

    def train_run(self, x: ArrayLike, y: ArrayLike,
                  callback: Optional[Callable[[TrainReport], bool]] = None,
                  **options: Any) -> TrainReport:
        """ffnn_train_run (since 1.4.0): training with options set by the
        library's names for them (header section 15), which train() and
        train_resume() also take:
          epochs, batch_size, learning_rate, validation_fraction, seed,
          shuffle, report_every (as train()); validation_split (a Split or
          its name); resume (True: from the train_position, as
          train_resume(); default False);
          schedule ("constant", "step", "cosine"), warmup_epochs,
          step_epochs, step_factor, min_learning_rate: the learning-rate
          schedule over the epochs;
          patience, min_delta, monitor ("val_loss", "val_accuracy",
          "train_loss"), restore_best: early stopping;
          sample_weights (one per row of x) and class_weights (one per
          class): row i counts sample_weights[i] * class_weights[its
          class], and a batch's loss is the weighted mean (PyTorch's
          weight= with reduction "mean").
        A name the library does not know raises TypeError; a bad value
        Error ERR_ARG with the library's message. The TrainReport (the
        callback's too) carries the setup's results: learning_rate,
        best_epoch, best_value, stopped_early, restored."""
        return self._train_run(x, y, options, callback)

    def train(self, x: ArrayLike, y: ArrayLike, epochs: Optional[int] = None,
              batch_size: Optional[int] = None,
              learning_rate: Optional[float] = None,
              validation_fraction: Optional[float] = None,
              seed: Optional[int] = None, shuffle: Optional[bool] = None,
              report_every: Optional[int] = None,
              callback: Optional[Callable[[TrainReport], bool]] = None,
              **more: Any) -> TrainReport:
        """ffnn_train over the n samples in x (n x n_0) and y (n x n_L).
        `more` takes the options of train_run() (schedules, early stopping;
        since 1.4.0).

        Options left as None keep the library's defaults (ffnn_train_defaults:
        epochs 1, batch_size 32, learning_rate 0.01, validation_fraction 0,
        seed 0, shuffle True, report_every 0). callback(report) is called
        every report_every batches and at each epoch's end with a TrainReport;
        a true return value stops training. An exception raised by the
        callback stops training and is re-raised here. The callback may call
        save_checkpoint() on this network (not change it). Training starts the
        network's train_position from zero and advances it. Returns the final
        TrainReport.
        """
        options = dict(epochs=epochs, batch_size=batch_size,
                       learning_rate=learning_rate,
                       validation_fraction=validation_fraction, seed=seed,
                       shuffle=shuffle, report_every=report_every, **more)
        return self._train(lib.ffnn_train, (), x, y, options, callback)

    def train_resume(self, x: ArrayLike, y: ArrayLike,
                     epochs: Optional[int] = None,
                     batch_size: Optional[int] = None,
                     learning_rate: Optional[float] = None,
                     validation_fraction: Optional[float] = None,
                     seed: Optional[int] = None,
                     shuffle: Optional[bool] = None,
                     report_every: Optional[int] = None,
                     callback: Optional[Callable[[TrainReport], bool]] = None,
                     split: Union[str, int] = Split.LAST,
                     **more: Any) -> TrainReport:
        """ffnn_train_resume: train() continued from the network's
        train_position (restored by loading a checkpoint, or left by a
        train() or train_resume() that a callback stopped): the epochs not
        yet completed up to `epochs`, the epoch under way from its next
        batch. Same options, callback and TrainReport as train(); split
        (a Split or its name, default Split.LAST, which is train()'s) chooses
        the validation_fraction's held-out rows, see split_rows().

        With the same network state (a checkpoint), data and options, the
        weights, optimizer state and reports are bit-identical to those of a
        run never stopped (samples_per_second aside). train() is
        `net.train_position = TrainPosition()` followed by train_resume()
        with Split.LAST. A position that does not fit the data raises Error
        ERR_ARG; a complete one (epoch >= epochs) returns at once, with NaN
        losses. Since 1.2.0.
        """
        fn = _lib.since_1_2("ffnn_train_resume")
        options = dict(epochs=epochs, batch_size=batch_size,
                       learning_rate=learning_rate,
                       validation_fraction=validation_fraction, seed=seed,
                       shuffle=shuffle, report_every=report_every, **more)
        return self._train(fn, (_enum(Split, split),), x, y, options,
                           callback)

    # ---- flat vectors and optimizer state (since 1.3.0) ----

    def _vector(self, fn, n):
        v = np.empty(n, np.float32)
        self._call(_lib.since_1_3(fn), _ptr(v), n)
        return v

    def _put_vector(self, fn, v, n, name):
        v = _f32(v)
        if v.ndim != 1 or v.shape[0] != n:
            raise Error(Status.ERR_SHAPE, "%s has shape %s; expected (%d,)"
                        % (name, v.shape, n))
        self._call(_lib.since_1_3(fn), _ptr(v), n)

    def param_vector(self) -> np.ndarray:
        """Every parameter as one float32 vector (ffnn_get_param_vector), in
        the order W_1 (row-major), b_1, ..., W_L, b_L. Since 1.3.0."""
        return self._vector("ffnn_get_param_vector", self.num_params)

    def set_param_vector(self, params: ArrayLike) -> None:
        """Replace every parameter from a vector in param_vector()'s order;
        values must be finite. Since 1.3.0."""
        self._put_vector("ffnn_set_param_vector", params, self.num_params,
                         "params")

    def gradient_vector(self) -> np.ndarray:
        """The gradients of the last backward() (or set_gradient_vector())
        as one vector, in param_vector()'s order. Since 1.3.0."""
        return self._vector("ffnn_get_gradient_vector", self.num_params)

    def set_gradient_vector(self, grads: ArrayLike) -> None:
        """Make grads the gradients the next step() applies, with the
        network's optimizer: the way to apply gradients summed elsewhere.
        Since 1.3.0."""
        self._put_vector("ffnn_set_gradient_vector", grads, self.num_params,
                         "grads")

    def optimizer_state(self) -> Tuple[np.ndarray, int]:
        """(state, step): the optimizer's state as one float32 vector (empty
        for SGD; the velocity for momentum and Nesterov; Adam's m then v,
        each in param_vector()'s order) and Adam's step count (0 for the
        others). Since 1.3.0."""
        fn = _lib.since_1_3("ffnn_get_optimizer_state")
        n = lib.ffnn_optimizer_state_size(self._h)
        state, step = np.empty(n, np.float32), ctypes.c_uint64()
        self._call(fn, _ptr(state) if n else None, n, byref(step))
        return state, step.value

    def set_optimizer_state(self, state: ArrayLike, step: int = 0) -> None:
        """Replace the optimizer's state and step count, e.g. with another
        network's optimizer_state(). Since 1.3.0."""
        fn = _lib.since_1_3("ffnn_set_optimizer_state")
        n = lib.ffnn_optimizer_state_size(self._h)
        state = _f32(state)
        if state.ndim != 1 or state.shape[0] != n:
            raise Error(Status.ERR_SHAPE, "state has shape %s; expected (%d,)"
                        % (state.shape, n))
        self._call(fn, _ptr(state) if n else None, n, _u64(step, "step"))

    def split_rows(self, y: Optional[ArrayLike], fraction: float,
                   split: Union[str, int] = Split.LAST, seed: int = 0,
                   n: Optional[int] = None) -> np.ndarray:
        """ffnn_split_rows: the order of the n rows that train_resume(x, y,
        validation_fraction=fraction, seed=seed, split=split) trains on, as
        a 1-D int64 numpy array (usable as an index, x[order]): the training
        rows first, then the round(fraction n) held-out ones, each part in
        increasing row order. Data reordered so trains with Split.LAST
        exactly as the original does with split.

        y (n x n_L) is read for STRATIFIED only (a row's class is argmax y,
        or y > 0.5 with one output); for LAST and SHUFFLED it may be None,
        with n given. Given both, n must be y's row count. Defaults as
        train_resume's: split LAST, seed 0 (ffnn_train_defaults). A bad
        fraction or split raises Error with the library's message. Since
        1.2.0.
        """
        fn = _lib.since_1_2("ffnn_split_rows")
        split = _enum(Split, split)
        if y is not None:
            y, rows, _ = _batch(y, self._sizes[-1], "y")
            if n is not None and operator.index(n) != rows:
                raise Error(Status.ERR_SHAPE, "split_rows: n is %d, y has %d "
                            "rows" % (n, rows))
            n = rows
        elif n is None:
            raise Error(Status.ERR_ARG, "split_rows: give y or n")
        n = operator.index(n)
        if n < 0:
            raise Error(Status.ERR_ARG, "split_rows: n is %d" % n)
        # size_t is uintp: C writes the order straight into the array.
        order = np.empty(max(n, 1), np.uintp)
        self._call(fn, None if y is None else _ptr(y), n, float(fraction),
                   split, _u64(seed, "seed"),
                   order.ctypes.data_as(ctypes.POINTER(c_size_t)))
        return order[:n].astype(np.int64)

    @property
    def train_position(self) -> TrainPosition:
        """The network's TrainPosition (ffnn_get_train_position): zero for a
        new network or a loaded model, advanced by every step of train and
        train_resume, restored by loading a checkpoint. Settable
        (ffnn_set_train_position), e.g. net.train_position = TrainPosition()
        to make train_resume start over; any values are accepted here (each
        integer in 0 .. 2**64 - 1, else Error ERR_ARG), train_resume checks
        them against its data. Since 1.2.0."""
        p = _lib.TrainPositionStruct()
        self._call(_lib.since_1_2("ffnn_get_train_position"), byref(p))
        return TrainPosition(p.epoch, p.batch, p.rng, p.seen, p.correct,
                             p.loss_sum)

    @train_position.setter
    def train_position(self, pos: TrainPosition) -> None:
        p = _lib.TrainPositionStruct(
            *[_u64(getattr(pos, f), "train_position." + f)
              for f in ("epoch", "batch", "rng", "seen", "correct")],
            float(pos.loss_sum))
        self._call(_lib.since_1_2("ffnn_set_train_position"), byref(p))

    def set_metadata(self, key: str, value: Optional[str]) -> None:
        """ffnn_set_metadata: attach the string value to key, replacing its
        old value; value None removes the key. key must start with "user."
        and be at most 255 bytes of UTF-8, else Error ERR_ARG with the
        library's message. Saved in models and checkpoints (as safetensors
        __metadata__ strings), restored by load() and from_bytes(), copied
        by clone(). Since 1.2.0."""
        self._call(_lib.since_1_2("ffnn_set_metadata"), _utf8(key, "key"),
                   None if value is None else _utf8(value, "value"))

    def get_metadata(self, key: str) -> Optional[str]:
        """ffnn_get_metadata: the str value of key, or None if the network
        has none. Since 1.2.0."""
        v = _lib.since_1_2("ffnn_get_metadata")(self._h, _utf8(key, "key"))
        return None if v is None else v.decode()

    def evaluate(self, x: ArrayLike, y: ArrayLike) -> Tuple[float, float]:
        """(mean loss, accuracy) over the samples: accuracy is
        (yhat > 0.5) == (y > 0.5) with one output, argmax match otherwise."""
        x, y, n = self._dataset(x, y)
        loss, acc = c_double(), c_double()
        self._call(lib.ffnn_evaluate, _ptr(x), _ptr(y), n, byref(loss),
                   byref(acc))
        return loss.value, acc.value

    def predict(self, x: ArrayLike) -> np.ndarray:
        """Outputs like forward(), computed in chunks, so x may be large."""
        x, n, one = _batch(x, self._sizes[0], "x")
        y = np.empty((n, self._sizes[-1]), np.float32)
        self._call(lib.ffnn_predict, _ptr(x), n, _ptr(y))
        return y[0] if one else y

    # ---- model files (safetensors) ----

    def save(self, path: Union[str, os.PathLike]) -> None:
        """Write the architecture, weights and metadata as safetensors,
        atomically: path holds the old file or the new one, never a torn
        one."""
        self._call(lib.ffnn_save, os.fsencode(path))

    @classmethod
    def load(cls, path: Union[str, os.PathLike]) -> Net:
        out = c_void_p()
        _check(lib.ffnn_load(os.fsencode(path), byref(out)))
        return cls._new(out)

    def save_checkpoint(self, path: Union[str, os.PathLike]) -> None:
        """Write a checkpoint: the model, the optimizer with its state and
        the training position; load() continues it exactly. Atomic, like
        save(). Since 1.2.0."""
        self._call(_lib.since_1_2("ffnn_save_checkpoint"), os.fsencode(path))

    def _bytes(self, fn):
        size = c_size_t()
        self._call(fn, None, 0, byref(size))
        buf = ctypes.create_string_buffer(size.value)
        self._call(fn, buf, size.value, byref(size))
        return buf.raw[:size.value]

    def to_bytes(self) -> bytes:
        """The safetensors file's bytes (a model: architecture, weights,
        metadata)."""
        return self._bytes(lib.ffnn_save_buffer)

    def checkpoint_bytes(self) -> bytes:
        """The bytes of save_checkpoint(); from_bytes() reads them. Since
        1.2.0."""
        return self._bytes(_lib.since_1_2("ffnn_save_checkpoint_buffer"))

    @classmethod
    def from_bytes(cls, data: bytes) -> Net:
        """A network from safetensors bytes (any contiguous bytes-like
        object; read in place, not copied)."""
        view = np.frombuffer(data, dtype=np.uint8)
        out = c_void_p()
        # An empty view still has a non-NULL address, so C reports the
        # short buffer itself.
        _check(lib.ffnn_load_buffer(view.ctypes.data, view.size, byref(out)))
        return cls._new(out)


# ---- a file's header (since 1.4.0) ----

@dataclass(frozen=True)
class TensorInfo:
    """One tensor of a safetensors file's header (ffnn_file_tensor_*): its
    name, its dtype as the file spells it ("F32", or one safetensors does
    not define, e.g. "Q4_K"), its shape (() for a scalar) and its bytes in
    the file, [begin, end) counted from the start of the file (not of the
    data, as the header's data_offsets are): data[begin:end]."""
    name: str
    dtype: str
    shape: Tuple[int, ...]
    begin: int
    end: int


@dataclass(frozen=True)
class FileHeader:
    """What a safetensors file says of itself (header section 18): its size
    in bytes (8 + the header + the data), its "__metadata__" strings in the
    order of the file's JSON, and its tensors by where their bytes begin
    (as ffnn writes them: layers.1.weight, layers.1.bias, ...)."""
    size: int
    metadata: Dict[str, str]
    tensors: List[TensorInfo]


def _text(raw):
    return raw.decode()  # the library's strings are JSON's, so UTF-8


def read_header(source: Union[str, os.PathLike, bytes, bytearray,
                              memoryview]) -> FileHeader:
    """The header of a safetensors file, without building a network: any
    safetensors file, ffnn's models and checkpoints, PyTorch's or another
    library's. source is a path (str or os.PathLike; only the header is
    read from it) or the file's bytes (bytes, bytearray, memoryview or
    another object with the buffer protocol; bytes are contents, never a
    path). The library's handle (ffnn_file_open, ffnn_file_open_buffer) is
    copied into a FileHeader and closed before this returns.

    The header is checked as Net.load() checks it, and by safetensors'
    rules for each entry (metadata values are strings; a tensor has a
    dtype, a shape of sizes and data_offsets inside the data; a dtype
    safetensors defines covers exactly the bytes its shape needs); what
    load() would refuse beyond that (an architecture, a missing tensor) is
    not checked. A file that breaks them raises Error ERR_FORMAT, one that
    cannot be read (missing, a directory) Error ERR_IO, each with the
    library's message, which names the entry; a source of another type
    raises TypeError. Since 1.4.0."""
    out = c_void_p()
    if isinstance(source, (str, os.PathLike)):
        path = os.fsencode(source)
        if b"\0" in path:  # C would read the path only up to it
            raise ValueError("read_header: the path %r holds a NUL byte"
                             % (source,))
        _check(_lib.since_1_4("ffnn_file_open")(path, byref(out)))
    else:
        try:
            view = memoryview(source)
        except TypeError:
            raise TypeError("read_header: source must be a path (str, "
                            "os.PathLike) or bytes-like, not %s"
                            % type(source).__name__) from None
        if not view.c_contiguous:
            view = memoryview(view.tobytes())
        data = np.frombuffer(view.cast("B"), dtype=np.uint8)
        # An empty array still has a non-NULL address, so C reports the
        # short buffer itself. C copies what it keeps.
        _check(_lib.since_1_4("ffnn_file_open_buffer")(
            data.ctypes.data, data.size, byref(out)))
    h = out.value
    try:
        metadata = {_text(lib.ffnn_file_metadata_key(h, k)):
                    _text(lib.ffnn_file_metadata_value(h, k))
                    for k in range(lib.ffnn_file_num_metadata(h))}
        tensors = []
        begin, end = ctypes.c_uint64(), ctypes.c_uint64()
        for t in range(lib.ffnn_file_num_tensors(h)):
            _check(lib.ffnn_file_tensor_bytes(h, t, byref(begin), byref(end)))
            tensors.append(TensorInfo(
                _text(lib.ffnn_file_tensor_name(h, t)),
                _text(lib.ffnn_file_tensor_dtype(h, t)),
                tuple(lib.ffnn_file_tensor_dim(h, t, d)
                      for d in range(lib.ffnn_file_tensor_rank(h, t))),
                begin.value, end.value))
        return FileHeader(lib.ffnn_file_size(h), metadata, tensors)
    finally:
        lib.ffnn_file_close(h)
