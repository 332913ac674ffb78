"""Every failure is an ffnn.Error carrying the status and the library's text."""
import re

import numpy as np
import pytest

import ffnn
from ffnn._lib import lib
from conftest import X, Y


def library_text(net=None):
    raw = lib.ffnn_net_last_error(net._handle) if net else lib.ffnn_last_error()
    return raw.decode()


def test_create_with_zero_width():
    with pytest.raises(ffnn.Error) as e:
        ffnn.Net([4, 0, 1], ["sigmoid", "sigmoid"], "bce")
    assert e.value.status == ffnn.Status.ERR_SHAPE
    assert e.value.status_name == "FFNN_ERR_SHAPE"
    assert e.value.message == library_text() == "ffnn_net_create: sizes[1] is 0"
    assert str(e.value) == ("FFNN_ERR_SHAPE: invalid shape or size: "
                            "ffnn_net_create: sizes[1] is 0")


def test_create_with_bad_loss():
    with pytest.raises(ffnn.Error, match="BCE needs a SIGMOID output") as e:
        ffnn.Net([2, 1], ["linear"], "bce")
    assert e.value.status == ffnn.Status.ERR_ARG
    with pytest.raises(ValueError, match='unknown activation "sigmoidal"; '
                       'this ffnn .* knows linear|sigmoid|tanh|relu|softmax'):
        ffnn.Net([2, 1], ["sigmoidal"], "mse")
    with pytest.raises(ValueError, match=re.escape("unknown loss 'mse\\x00'")):
        ffnn.Net([2, 1], ["linear"], "mse\0")  # not cut at the NUL
    with pytest.raises(ValueError, match="2 sizes need 1 activations"):
        ffnn.Net([2, 1], ["linear", "linear"], "mse")


def test_handle_errors_carry_the_handle_text(seed_net):
    with pytest.raises(ffnn.Error) as e:
        seed_net.get_layer(3)
    assert e.value.status == ffnn.Status.ERR_ARG
    assert e.value.message == library_text(seed_net)
    assert "layer 3 is not in 1..2" in e.value.message
    with pytest.raises(ffnn.Error, match="backend = 9 is not a backend"):
        seed_net.backend = 9
    assert seed_net.backend == ffnn.Backend.AUTO  # unchanged on failure
    with pytest.raises(ffnn.Error) as e:
        seed_net.set_optimizer_momentum(1.0)
    assert e.value.status == ffnn.Status.ERR_ARG
    assert seed_net.optimizer == ffnn.Optimizer.SGD


def test_wrong_widths_are_caught_before_c(seed_net):
    # C takes bare pointers, so the binding checks widths and row counts.
    with pytest.raises(ffnn.Error, match=r"x has shape \(3,\)") as e:
        seed_net.forward([1.0, 2.0, 3.0])
    assert e.value.status == ffnn.Status.ERR_SHAPE
    with pytest.raises(ffnn.Error, match="W has shape"):
        seed_net.set_layer(2, np.zeros((4, 1)))
    seed_net.forward(np.stack([X, X]))
    with pytest.raises(ffnn.Error, match="y has 1 rows; the last forward"):
        seed_net.loss(Y)
    with pytest.raises(ffnn.Error, match="x has 2 rows, y 1"):
        seed_net.train_step(np.stack([X, X]), Y, 0.1)


def test_empty_batch_is_the_library_shape_error(seed_net):
    with pytest.raises(ffnn.Error, match="ffnn_forward: batch is 0") as e:
        seed_net.forward(np.zeros((0, 4), np.float32))
    assert e.value.status == ffnn.Status.ERR_SHAPE


def test_nan_input_and_target(seed_net):
    bad = X.copy()
    bad[2] = np.nan
    with pytest.raises(ffnn.Error) as e:
        seed_net.forward(bad)
    assert e.value.status == ffnn.Status.ERR_NUMERIC
    assert e.value.message == library_text(seed_net)
    assert e.value.message.startswith("ffnn_forward")
    seed_net.forward(X)
    with pytest.raises(ffnn.Error) as e:
        seed_net.backward([np.inf])
    assert e.value.status == ffnn.Status.ERR_NUMERIC
    with pytest.raises(ffnn.Error) as e:
        seed_net.train(np.stack([X, bad]), np.zeros((2, 1)))
    assert e.value.status == ffnn.Status.ERR_NUMERIC
    assert "NaN" in e.value.message


def test_set_layer_nan_changes_nothing(seed_net):
    before = seed_net.get_layer(1)
    W = before[0].copy()
    W[0, 0] = np.nan
    with pytest.raises(ffnn.Error) as e:
        seed_net.set_layer(1, W, np.zeros(4))
    assert e.value.status == ffnn.Status.ERR_NUMERIC
    after = seed_net.get_layer(1)
    assert np.array_equal(before[0], after[0])
    assert np.array_equal(before[1], after[1])


def test_calls_out_of_order(seed_net):
    with pytest.raises(ffnn.Error, match="ffnn_step") as e:
        seed_net.step(0.1)  # before any backward
    assert e.value.status == ffnn.Status.ERR_STATE
    with pytest.raises(ffnn.Error) as e:
        seed_net.gradients(1)
    assert e.value.status == ffnn.Status.ERR_STATE
    with pytest.raises(ffnn.Error) as e:
        seed_net.loss(Y)  # no forward pass
    assert e.value.status == ffnn.Status.ERR_STATE
    with pytest.raises(ffnn.Error, match="call forward"):
        seed_net.activations(1)
    # evaluate() runs forward passes in chunks; the library reports the last
    # one's rows, so activations are sized from it.
    seed_net.evaluate(np.stack([X, X, X]), np.zeros((3, 1)))
    a, h = seed_net.activations(1)
    assert a.shape == h.shape == (3, 4)


def test_bad_train_options(seed_net):
    with pytest.raises(ffnn.Error, match="ffnn_train: batch_size is 0") as e:
        seed_net.train(np.stack([X, X]), np.zeros((2, 1)), batch_size=0)
    assert e.value.status == ffnn.Status.ERR_ARG
    with pytest.raises(ffnn.Error, match="validation_fraction"):
        seed_net.train(np.stack([X, X]), np.zeros((2, 1)),
                       validation_fraction=1.5)


def test_load_errors(tmp_path):
    with pytest.raises(ffnn.Error) as e:
        ffnn.Net.load(tmp_path / "missing.safetensors")
    assert e.value.status == ffnn.Status.ERR_IO
    assert e.value.message == library_text() != ""
    with pytest.raises(ffnn.Error, match="header JSON") as e:
        ffnn.Net.from_bytes(b"\x05\0\0\0\0\0\0\0{oops")
    assert e.value.status == ffnn.Status.ERR_FORMAT
    with pytest.raises(ffnn.Error, match="8-byte"):
        ffnn.Net.from_bytes(b"")


def test_unknown_training_option_is_refused():
    """A misspelt option (as ffnn.mpi's **options may carry) is an error,
    not a silently ignored attribute of the C struct."""
    with ffnn.Net([2, 1], ["linear"], "mse") as net:
        with pytest.raises(TypeError, match="epoch"):
            net._train(lib.ffnn_train, (), np.zeros((2, 2)), np.zeros((2, 1)),
                       {"epoch": 3}, None)


def test_an_unknown_enum_value_is_kept_as_its_number():
    # The family rule for a value of a newer library: kept, not an error,
    # not mapped to a default.
    for kind in (ffnn.Status, ffnn.Activation, ffnn.Loss, ffnn.Backend,
                 ffnn.Optimizer, ffnn.Split):
        known = list(kind)
        unknown = kind(99)
        assert isinstance(unknown, kind) and unknown == 99
        assert unknown.name == "UNKNOWN_99" and int(unknown) == 99
        assert list(kind) == known  # not added to the members
        with pytest.raises(KeyError):
            kind["UNKNOWN_99"]
        with pytest.raises(ValueError):
            kind("99")  # only ints are values
    error = ffnn.Error(99, "from a newer library")
    assert error.status == 99 and error.status.name == "UNKNOWN_99"
    # Given to the library, it is C that answers.
    with pytest.raises(ffnn.Error, match="activations\\[0\\]") as e:
        ffnn.Net([2, 1], [ffnn.Activation(99)], "mse")
    assert e.value.status == ffnn.Status.ERR_ARG
