"""ffnn_train through Net.train: options, reports, the callback."""
import ctypes
import math

import numpy as np
import pytest

import ffnn
from ffnn import _lib


def blobs(n=200, seed=0):
    """Two separable Gaussian blobs in 2-D, labels 0/1."""
    rng = np.random.default_rng(seed)
    label = rng.integers(0, 2, n)
    x = rng.standard_normal((n, 2)) * 0.5 + np.where(label[:, None], 2, -2)
    return x.astype(np.float32), label[:, None].astype(np.float32)


def test_defaults_read_through_the_mirrored_struct():
    opts = _lib.TrainOptionsStruct()
    _lib.lib.ffnn_train_defaults(ctypes.byref(opts))
    assert (opts.batch_size, opts.epochs, opts.shuffle, opts.report_every,
            opts.seed) == (32, 1, 1, 0, 0)
    assert opts.learning_rate == pytest.approx(0.01)
    assert opts.validation_fraction == 0 and not opts.callback


def test_train_converges_with_validation_and_callback():
    x, y = blobs()
    reports = []
    with ffnn.Net([2, 4, 1], ["tanh", "sigmoid"], "bce", seed=2) as net:
        before, _ = net.evaluate(x, y)
        final = net.train(x, y, epochs=5, batch_size=16, learning_rate=0.5,
                          validation_fraction=0.25, seed=9,
                          callback=reports.append)
        assert [r.epoch for r in reports] == [1, 2, 3, 4, 5]
        assert all(r.epoch_end and r.epochs == 5 for r in reports)
        assert final == reports[-1] and not final.stopped
        assert final.batches == final.batches_done == math.ceil(150 / 16)
        assert final.train_loss < 0.1 < before
        assert final.val_accuracy == 1.0 and final.val_loss < 0.1
        assert final.samples_per_second > 0
        loss, acc = net.evaluate(x[150:], y[150:])  # the held-out quarter
        assert loss == pytest.approx(final.val_loss, rel=1e-6)
        assert acc == final.val_accuracy


def test_report_every_and_stop():
    x, y = blobs()
    seen = []

    def stop_at_third(report):
        seen.append((report.epoch, report.batches_done, report.epoch_end))
        return len(seen) == 3

    with ffnn.Net([2, 1], ["sigmoid"], "bce") as net:
        r = net.train(x, y, epochs=10, batch_size=50, report_every=2,
                      callback=stop_at_third)
    # 4 batches per epoch: called after batch 2, at the end, after batch 2.
    assert seen == [(1, 2, False), (1, 4, True), (2, 2, False)]
    assert r.stopped and r.epoch == 2 and r.batches_done == 2
    assert math.isnan(r.val_loss)  # nothing held out


def test_callback_exception_stops_training_and_propagates():
    x, y = blobs()
    calls = []

    def boom(report):
        calls.append(report.epoch)
        raise KeyError("from the callback")

    with ffnn.Net([2, 1], ["sigmoid"], "bce") as net:
        with pytest.raises(KeyError, match="from the callback"):
            net.train(x, y, epochs=10, callback=boom)
    assert calls == [1]


def test_same_seed_same_training():
    x, y = blobs()

    def weights():
        with ffnn.Net([2, 3, 1], ["relu", "sigmoid"], "bce", seed=5) as net:
            net.set_optimizer_adam()
            net.train(x, y, epochs=3, batch_size=10, learning_rate=0.01,
                      seed=4)
            return net.get_layer(1)[0]
    assert weights().tobytes() == weights().tobytes()


def test_predict_matches_forward():
    x, _ = blobs(n=600)  # more than one chunk of 256 rows
    with ffnn.Net([2, 3, 2], ["tanh", "softmax"], "ce", seed=1) as net:
        out = net.predict(x)
        assert out.shape == (600, 2)
        np.testing.assert_allclose(out, net.forward(x), rtol=1e-6)
        assert net.predict(x[0]).shape == (2,)
