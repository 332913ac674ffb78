"""Training setups through Python (libffnn 1.4.0, header section 15): the
options by their library names, a schedule replayed by hand, early
stopping against a recorded run, and set_optimizer_param."""
import numpy as np
import pytest

import ffnn

RNG = np.random.default_rng(5)
X = RNG.uniform(-1, 1, (40, 3)).astype(np.float32)
Y = np.eye(2, dtype=np.float32)[RNG.integers(0, 2, 40)]  # noise: overfits


def net():
    return ffnn.Net([3, 5, 2], ["tanh", "softmax"], "ce", seed=7)


def test_a_step_schedule_takes_the_rates_it_defines():
    with net() as run, net() as by_hand:
        rates = []
        report = run.train(X, Y, epochs=7, batch_size=40, shuffle=False,
                           learning_rate=0.25, schedule="Step", step_epochs=3,
                           step_factor=0.5,
                           callback=lambda r: rates.append(r.learning_rate))
        want = [np.float32(0.25 * 0.5 ** ((e - 1) // 3)) for e in range(1, 8)]
        assert rates == want
        assert report.learning_rate == want[-1]
        for rate in want:
            by_hand.train_step(X, Y, float(rate))
        assert np.array_equal(run.param_vector(), by_hand.param_vector())


def test_early_stopping_keeps_the_best_epoch():
    options = dict(epochs=25, batch_size=4, learning_rate=1.5,
                   validation_fraction=0.3, seed=9)
    with net() as whole:
        losses, weights = [None], [None]

        def record(r):
            if r.epoch_end:
                losses.append(r.val_loss)
                weights.append(whole.param_vector())

        whole.train(X, Y, callback=record, **options)
    best, since = 1, 0  # patience 2, by the definition
    for e in range(2, 26):
        if losses[e] < losses[best]:
            best, since = e, 0
        else:
            since += 1
            if since == 2:
                break
    assert e < 25 and best != e  # the scenario stops early, and restores
    with net() as stopped:
        report = stopped.train(X, Y, patience=2, **options)
        assert (report.epoch, report.best_epoch) == (e, best)
        assert report.best_value == losses[best]
        assert report.stopped_early and report.restored
        assert np.array_equal(stopped.param_vector(), weights[best])
        # a run with patience cannot continue from the middle of another
        stopped.train(X, Y, callback=lambda r: r.epoch == 2, **options)
        with pytest.raises(ffnn.Error, match="early stopping") as err:
            stopped.train_resume(X, Y, patience=2, **options)
        assert err.value.status == ffnn.Status.ERR_STATE


def test_options_are_checked_by_the_library():
    with net() as n:
        with pytest.raises(TypeError, match="unknown training option 'pateince'"):
            n.train(X, Y, pateince=3)
        with pytest.raises(ffnn.Error, match="patience is -1") as err:
            n.train(X, Y, patience=-1)
        assert err.value.status == ffnn.Status.ERR_ARG
        with pytest.raises(ValueError, match='unknown monitor "auc"'):
            n.train(X, Y, patience=2, monitor="auc")
        with pytest.raises(ffnn.Error, match="needs samples held out"):
            n.train(X, Y, patience=2)
        # the old options alone keep the old path and report no results
        assert n.train(X, Y, epochs=2).best_epoch is None
        r = n.train_run(X, Y, epochs=2, seed=2**63 + 1)
        assert r.best_epoch == 0 and r.stopped_early is False


def test_set_optimizer_param_is_as_if_made_so():
    with net() as a, net() as b:
        a.set_optimizer_adam(0.9, 0.999, 1e-8)
        b.set_optimizer_adam(0.8, 0.999, 1e-8)
        a.set_optimizer_param("beta1", 0.8)
        assert a.optimizer_params["beta1"] == np.float32(0.8)
        for _ in range(3):
            a.train_step(X, Y, 0.01)
            b.train_step(X, Y, 0.01)
        assert np.array_equal(a.param_vector(), b.param_vector())
        with pytest.raises(ffnn.Error) as err:
            a.set_optimizer_param("momentum", 0.5)
        assert err.value.status == ffnn.Status.ERR_STATE
        with pytest.raises(ValueError, match="unknown optimizer parameter"):
            a.set_optimizer_param("beta3", 0.5)


def test_scaling_is_standardising_by_hand(tmp_path):
    mean, scale = np.array([1, -2, 3], np.float32), np.array([2, 4, 0.5],
                                                             np.float32)
    raw = (X * scale + mean).astype(np.float32)
    standard = ((raw - mean) / scale).astype(np.float32)
    with ffnn.Net([3, 5, 2], ["tanh", "linear"], "mse", seed=7) as a, \
            ffnn.Net([3, 5, 2], ["tanh", "linear"], "mse", seed=7) as b:
        assert a.input_scaling is None
        a.input_scaling = (mean, scale)
        a.output_scaling = ([10, -1], [3, 0.5])
        out = b.forward(standard) * np.float32([3, 0.5]) + np.float32([10, -1])
        assert np.array_equal(a.forward(raw), out.astype(np.float32))
        a.save(str(tmp_path / "s.safetensors"))
        with ffnn.Net.load(str(tmp_path / "s.safetensors")) as c:
            m, s = c.input_scaling
            assert np.array_equal(m, mean) and np.array_equal(s, scale)
            assert np.array_equal(c.predict(raw), a.predict(raw))
        with pytest.raises(ffnn.Error) as err:
            a.input_scaling = (mean, [1, 0, 1])
        assert err.value.status == ffnn.Status.ERR_ARG
        with pytest.raises(ffnn.Error, match="need 3 values"):
            a.input_scaling = ([1, 2], [1, 2])
        a.input_scaling = None
        assert a.input_scaling is None
    with net() as ce, pytest.raises(ffnn.Error, match="MSE"):
        ce.output_scaling = ([0, 0], [1, 1])
