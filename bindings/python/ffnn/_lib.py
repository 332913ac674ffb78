"""Loading libffnn and declaring its C ABI (include/ffnn.h) for ctypes.

Every prototype is declared so ctypes converts arguments exactly as the C
compiler would; float pointers are declared c_void_p so numpy arrays can be
passed as their raw address (arr.ctypes.data) without copying or wrapping.
"""
import ctypes
import ctypes.util
import os
import subprocess

from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_double,
                    c_float, c_int, c_size_t, c_uint, c_uint64, c_void_p)

SONAME = "libffnn.so.1"  # ABI major version 1, which this binding speaks


def _pkg_config_libdir():
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "ffnn"],
                             capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def _load():
    """Return (CDLL, path): FFNN_LIBRARY, else the copy pip installed inside
    the package, else pkg-config's libdir, else the system's search
    (ldconfig cache, LD_LIBRARY_PATH)."""
    path = os.environ.get("FFNN_LIBRARY")
    if path:  # named explicitly: no silent fallback to another copy
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            raise ImportError("ffnn: FFNN_LIBRARY: %s" % e) from None
    tried = []
    bundled = os.path.join(os.path.dirname(os.path.abspath(__file__)), SONAME)
    if os.path.exists(bundled):
        return ctypes.CDLL(bundled), bundled
    libdir = _pkg_config_libdir()
    if libdir:
        path = os.path.join(libdir, SONAME)
        if os.path.exists(path):
            return ctypes.CDLL(path), path
        tried.append(path)
    for name in (ctypes.util.find_library("ffnn"), SONAME):
        if name:
            try:
                return ctypes.CDLL(name), name
            except OSError:
                tried.append(name)
    raise ImportError("ffnn: cannot find the ffnn C library (tried %s); set "
                      "FFNN_LIBRARY to the .so, or PKG_CONFIG_PATH so that "
                      "`pkg-config ffnn` finds it" % ", ".join(tried))


lib, path = _load()


# Mirrors of the two structs of section 10, field by field, same order and
# types: their layout is frozen by the header.
class TrainReportStruct(Structure):
    _fields_ = [("epoch", c_size_t),
                ("epochs", c_size_t),
                ("batches_done", c_size_t),
                ("batches", c_size_t),
                ("train_loss", c_double),
                ("train_accuracy", c_double),
                ("val_loss", c_double),
                ("val_accuracy", c_double),
                ("samples_per_second", c_double),
                ("epoch_end", c_int),
                ("stopped", c_int)]


TRAIN_CALLBACK = CFUNCTYPE(c_int, c_void_p, POINTER(TrainReportStruct))


class TrainOptionsStruct(Structure):
    _fields_ = [("batch_size", c_size_t),
                ("epochs", c_size_t),
                ("learning_rate", c_float),
                ("validation_fraction", c_float),
                ("seed", c_uint64),
                ("shuffle", c_int),
                ("report_every", c_size_t),
                ("callback", TRAIN_CALLBACK),
                ("user", c_void_p)]


ALLOC_FN = CFUNCTYPE(c_void_p, c_void_p, c_size_t)
FREE_FN = CFUNCTYPE(None, c_void_p, c_void_p)

_net = c_void_p      # ffnn_net *
_netp = POINTER(c_void_p)  # ffnn_net **
_f = c_void_p        # float * (numpy data address)
_st = c_int          # ffnn_status

_PROTOTYPES = {
    "ffnn_version_number": (c_uint, []),
    "ffnn_version_string": (c_char_p, []),
    "ffnn_status_string": (c_char_p, [c_int]),
    "ffnn_net_create": (_st, [_netp, c_size_t, POINTER(c_size_t),
                              POINTER(c_int), c_int, c_uint64]),
    "ffnn_net_destroy": (None, [_net]),
    "ffnn_net_clone": (_st, [_net, _netp]),
    "ffnn_net_share": (_st, [_net, _netp]),
    "ffnn_net_num_layers": (c_size_t, [_net]),
    "ffnn_net_layer_size": (c_size_t, [_net, c_size_t]),
    "ffnn_net_activation": (c_int, [_net, c_size_t]),
    "ffnn_net_loss_function": (c_int, [_net]),
    "ffnn_net_num_params": (c_size_t, [_net]),
    "ffnn_net_batch": (c_size_t, [_net]),
    "ffnn_net_backend": (c_int, [_net]),
    "ffnn_net_last_error": (c_char_p, [_net]),
    "ffnn_last_error": (c_char_p, []),
    "ffnn_get_layer": (_st, [_net, c_size_t, _f, _f]),
    "ffnn_set_layer": (_st, [_net, c_size_t, _f, _f]),
    "ffnn_get_gradients": (_st, [_net, c_size_t, _f, _f]),
    "ffnn_get_activations": (_st, [_net, c_size_t, _f, _f]),
    "ffnn_forward": (_st, [_net, _f, c_size_t, _f]),
    "ffnn_loss": (_st, [_net, _f, POINTER(c_float)]),
    "ffnn_backward": (_st, [_net, _f]),
    "ffnn_step": (_st, [_net, c_float]),
    "ffnn_train_step": (_st, [_net, _f, _f, c_size_t, c_float,
                              POINTER(c_float)]),
    "ffnn_set_optimizer_sgd": (_st, [_net]),
    "ffnn_set_optimizer_momentum": (_st, [_net, c_float, c_int]),
    "ffnn_set_optimizer_adam": (_st, [_net, c_float, c_float, c_float]),
    "ffnn_set_weight_decay": (_st, [_net, c_float]),
    "ffnn_net_optimizer": (c_int, [_net]),
    "ffnn_net_set_backend": (_st, [_net, c_int]),
    "ffnn_net_memory": (c_size_t, [_net]),
    "ffnn_set_allocator": (_st, [ALLOC_FN, FREE_FN, c_void_p]),
    "ffnn_train_defaults": (None, [POINTER(TrainOptionsStruct)]),
    "ffnn_train": (_st, [_net, _f, _f, c_size_t, POINTER(TrainOptionsStruct),
                         POINTER(TrainReportStruct)]),
    "ffnn_evaluate": (_st, [_net, _f, _f, c_size_t, POINTER(c_double),
                            POINTER(c_double)]),
    "ffnn_predict": (_st, [_net, _f, c_size_t, _f]),
    "ffnn_save": (_st, [_net, c_char_p]),
    "ffnn_load": (_st, [c_char_p, _netp]),
    "ffnn_load_buffer": (_st, [c_void_p, c_size_t, _netp]),
    "ffnn_save_buffer": (_st, [_net, c_void_p, c_size_t, POINTER(c_size_t)]),
}

# Since 1.1.0: declared where the loaded library has them (a 1.0 library
# still loads; calling these then raises NotImplementedError).
_PROTOTYPES_1_1 = {
    "ffnn_set_num_threads": (_st, [c_int]),
    "ffnn_num_threads": (c_int, []),
    "ffnn_get_optimizer_param": (_st, [_net, c_int, POINTER(c_float)]),
}


class TrainPositionStruct(Structure):
    """ffnn_train_position of section 12 (since 1.2.0; layout frozen)."""
    _fields_ = [("epoch", c_uint64), ("batch", c_uint64), ("rng", c_uint64),
                ("seen", c_uint64), ("correct", c_uint64),
                ("loss_sum", c_double)]


# Since 1.2.0, likewise (declared if present; since_1_2 guards the calls).
_PROTOTYPES_1_2 = {
    "ffnn_save_checkpoint": (_st, [_net, c_char_p]),
    "ffnn_save_checkpoint_buffer": (_st, [_net, c_void_p, c_size_t,
                                          POINTER(c_size_t)]),
    "ffnn_get_train_position": (_st, [_net, POINTER(TrainPositionStruct)]),
    "ffnn_set_train_position": (_st, [_net, POINTER(TrainPositionStruct)]),
    "ffnn_split_rows": (_st, [_net, _f, c_size_t, c_float, c_int, c_uint64,
                              POINTER(c_size_t)]),
    "ffnn_train_resume": (_st, [_net, _f, _f, c_size_t,
                                POINTER(TrainOptionsStruct), c_int,
                                POINTER(TrainReportStruct)]),
    "ffnn_set_metadata": (_st, [_net, c_char_p, c_char_p]),
    "ffnn_get_metadata": (c_char_p, [_net, c_char_p]),
}
_PROTOTYPES_1_1.update(_PROTOTYPES_1_2)

SUM_FLOATS = CFUNCTYPE(c_int, c_void_p, POINTER(c_float), c_size_t)
SUM_DOUBLES = CFUNCTYPE(c_int, c_void_p, POINTER(c_double), c_size_t)
BROADCAST = CFUNCTYPE(c_int, c_void_p, c_void_p, c_size_t, c_int)


class CommStruct(Structure):
    """ffnn_comm of section 14 (since 1.3.0; layout frozen)."""
    _fields_ = [("rank", c_int), ("size", c_int), ("user", c_void_p),
                ("sum_floats", SUM_FLOATS), ("sum_doubles", SUM_DOUBLES),
                ("broadcast", BROADCAST)]


_comm = POINTER(CommStruct)
# Since 1.3.0, likewise (since_1_3 guards the calls).
_PROTOTYPES_1_3 = {
    "ffnn_get_param_vector": (_st, [_net, _f, c_size_t]),
    "ffnn_set_param_vector": (_st, [_net, _f, c_size_t]),
    "ffnn_get_gradient_vector": (_st, [_net, _f, c_size_t]),
    "ffnn_set_gradient_vector": (_st, [_net, _f, c_size_t]),
    "ffnn_optimizer_state_size": (c_size_t, [_net]),
    "ffnn_get_optimizer_state": (_st, [_net, _f, c_size_t,
                                       POINTER(c_uint64)]),
    "ffnn_set_optimizer_state": (_st, [_net, _f, c_size_t, c_uint64]),
    "ffnn_comm_broadcast": (_st, [_net, _comm]),
    "ffnn_comm_train_step": (_st, [_net, _comm, _f, _f, c_size_t, c_float,
                                   POINTER(c_float)]),
    "ffnn_comm_train": (_st, [_net, _comm, _f, _f, c_size_t,
                              POINTER(TrainOptionsStruct),
                              POINTER(TrainReportStruct)]),
    "ffnn_comm_train_resume": (_st, [_net, _comm, _f, _f, c_size_t,
                                     POINTER(TrainOptionsStruct), c_int,
                                     POINTER(TrainReportStruct)]),
}
_PROTOTYPES_1_1.update(_PROTOTYPES_1_3)
# Since 1.4.0: the names of the enumerations' values (header section 3),
# training setups (section 15) and ffnn_set_optimizer_param.
_KINDS = ("activation", "loss", "optimizer", "backend", "train_key",
          "schedule", "monitor")
_setup = c_void_p  # ffnn_train_setup *
_PROTOTYPES_1_1.update({
    "ffnn_train_setup_create": (_st, [POINTER(c_void_p)]),
    "ffnn_train_setup_destroy": (None, [_setup]),
    "ffnn_train_setup_set": (_st, [_setup, c_int, c_double]),
    "ffnn_train_setup_set_u64": (_st, [_setup, c_int, c_uint64]),
    "ffnn_train_setup_get": (_st, [_setup, c_int, POINTER(c_double)]),
    "ffnn_train_setup_set_callback": (_st, [_setup, TRAIN_CALLBACK,
                                            c_void_p]),
    "ffnn_train_setup_result": (_st, [_setup, c_int, POINTER(c_double)]),
    "ffnn_train_run": (_st, [_net, _setup, _f, _f, c_size_t,
                             POINTER(TrainReportStruct)]),
    "ffnn_comm_train_run": (_st, [_net, _comm, _setup, _f, _f, c_size_t,
                                  POINTER(TrainReportStruct)]),
    "ffnn_set_optimizer_param": (_st, [_net, c_int, c_float]),
    "ffnn_train_setup_set_sample_weights": (_st, [_setup, _f, c_size_t]),
    "ffnn_train_setup_set_class_weights": (_st, [_setup, _f, c_size_t]),
    "ffnn_set_input_scaling": (_st, [_net, _f, _f]),
    "ffnn_get_input_scaling": (_st, [_net, _f, _f]),
    "ffnn_set_output_scaling": (_st, [_net, _f, _f]),
    "ffnn_get_output_scaling": (_st, [_net, _f, _f]),
    "ffnn_set_dropout": (_st, [_net, c_size_t, c_float]),
    "ffnn_get_dropout": (_st, [_net, c_size_t, POINTER(c_float)]),
})
# Since 1.4.0 too: a file's header (section 18), through an ffnn_file *.
_file = c_void_p
_PROTOTYPES_1_1.update({
    "ffnn_file_open": (_st, [c_char_p, POINTER(c_void_p)]),
    "ffnn_file_open_buffer": (_st, [c_void_p, c_size_t, POINTER(c_void_p)]),
    "ffnn_file_close": (None, [_file]),
    "ffnn_file_size": (c_uint64, [_file]),
    "ffnn_file_num_metadata": (c_size_t, [_file]),
    "ffnn_file_metadata_key": (c_char_p, [_file, c_size_t]),
    "ffnn_file_metadata_value": (c_char_p, [_file, c_size_t]),
    "ffnn_file_get_metadata": (c_char_p, [_file, c_char_p]),
    "ffnn_file_num_tensors": (c_size_t, [_file]),
    "ffnn_file_tensor_name": (c_char_p, [_file, c_size_t]),
    "ffnn_file_tensor_dtype": (c_char_p, [_file, c_size_t]),
    "ffnn_file_tensor_rank": (c_size_t, [_file, c_size_t]),
    "ffnn_file_tensor_dim": (c_uint64, [_file, c_size_t, c_size_t]),
    "ffnn_file_tensor_bytes": (_st, [_file, c_size_t, POINTER(c_uint64),
                                     POINTER(c_uint64)]),
})
for _kind in _KINDS:
    _PROTOTYPES_1_1["ffnn_%s_name" % _kind] = (c_char_p, [c_int])
    _PROTOTYPES_1_1["ffnn_%s_from_name" % _kind] = (_st, [c_char_p,
                                                         POINTER(c_int)])

for _name, (_res, _args) in _PROTOTYPES.items():
    _fn = getattr(lib, _name)
    _fn.restype, _fn.argtypes = _res, _args
for _name, (_res, _args) in _PROTOTYPES_1_1.items():
    if hasattr(lib, _name):
        _fn = getattr(lib, _name)
        _fn.restype, _fn.argtypes = _res, _args


def since_1_1(name, release="1.1.0"):
    """The C function name, which the loaded library has from release on."""
    if not hasattr(lib, name):
        raise NotImplementedError("%s needs libffnn %s or newer; %s is %s"
                                  % (name, release, path,
                                     lib.ffnn_version_string().decode()))
    return getattr(lib, name)


def since_1_2(name):
    """The C function name, which the loaded library has from 1.2.0 on."""
    return since_1_1(name, "1.2.0")


def since_1_3(name):
    """The C function name, which the loaded library has from 1.3.0 on."""
    return since_1_1(name, "1.3.0")


def since_1_4(name):
    """The C function name, which the loaded library has from 1.4.0 on."""
    return since_1_1(name, "1.4.0")


if lib.ffnn_version_number() // 10000 != 1:
    raise ImportError("ffnn: %s is version %s; this binding needs 1.x"
                      % (path, lib.ffnn_version_string().decode()))
