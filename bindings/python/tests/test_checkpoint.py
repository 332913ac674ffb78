"""Checkpoints, the training position, train_resume, split_rows and
metadata (header sections 11 and 12, since 1.2.0)."""
import re

import numpy as np
import pytest

import ffnn


def sorted_classes(per_class=10, classes=3, seed=0):
    """Rows sorted by class (as iris.csv is), one-hot targets."""
    rng = np.random.default_rng(seed)
    label = np.repeat(np.arange(classes), per_class)
    x = rng.standard_normal((label.size, 2)) + label[:, None]
    return x.astype(np.float32), np.eye(classes, dtype=np.float32)[label]


def adam_net(seed=4):
    net = ffnn.Net([2, 6, 3], ["tanh", "softmax"], "ce", seed=seed)
    net.set_optimizer_adam(0.8, 0.99912345, 1.2345678e-7)
    net.set_weight_decay(3e-4)
    return net


def params(net):
    return [a for l in range(1, net.num_layers + 1) for a in net.get_layer(l)]


def assert_same(a, b):
    for pa, pb in zip(params(a), params(b)):
        assert np.array_equal(pa, pb)


@pytest.mark.parametrize("on_disk", [False, True])
def test_adam_checkpoint_continues_exactly(tmp_path, on_disk):
    x, y = sorted_classes()
    with adam_net() as net:
        for k in range(4):
            net.train_step(x[k::4], y[k::4], 0.05)
        if on_disk:
            net.save_checkpoint(tmp_path / "ck.safetensors")
            copy = ffnn.Net.load(tmp_path / "ck.safetensors")
        else:
            copy = ffnn.Net.from_bytes(net.checkpoint_bytes())
        assert copy.optimizer == ffnn.Optimizer.ADAM
        assert copy.optimizer_params == net.optimizer_params
        for k in range(5):
            net.train_step(x[k::2], y[k::2], 0.05)
            copy.train_step(x[k::2], y[k::2], 0.05)
        assert_same(net, copy)
        # A weights-only model restarts Adam, and so drifts apart.
        model = ffnn.Net.from_bytes(net.to_bytes())
        assert model.optimizer == ffnn.Optimizer.SGD
        copy.close()
        model.close()


@pytest.mark.parametrize("split", list(ffnn.Split))
def test_stopped_checkpointed_resumed_equals_never_stopped(split):
    x, y = sorted_classes(per_class=20)
    options = dict(epochs=4, batch_size=7, learning_rate=0.05,
                   validation_fraction=0.25, seed=3)
    with adam_net() as whole, adam_net() as net:
        full = whole.train_resume(x, y, split=split, **options)
        saved = []

        def stop(report):  # stop after epoch 2, batch 3, and checkpoint
            if report.epoch == 2 and report.batches_done == 3 and \
                    not report.epoch_end:
                saved.append(net.checkpoint_bytes())
                return True
            return False

        first = net.train_resume(x, y, split=split, report_every=1,
                                 callback=stop, **options)
        assert first.stopped and len(saved) == 1
        resumed = ffnn.Net.from_bytes(saved[0])
        assert resumed.train_position.epoch == 1
        assert resumed.train_position.batch == 3
        rest = resumed.train_resume(x, y, split=split, **options)
        assert_same(whole, resumed)
        for field in ("train_loss", "train_accuracy", "val_loss",
                      "val_accuracy"):
            assert getattr(rest, field) == getattr(full, field)
        resumed.close()


def test_split_rows_stratified_on_sorted_classes():
    x, y = sorted_classes(per_class=10)
    with ffnn.Net([2, 3], ["softmax"], "ce") as net:
        last = net.split_rows(None, 0.2, ffnn.Split.LAST, n=30)
        assert list(last) == list(range(30))
        for seed in (1, 2, 3):
            order = net.split_rows(y, 0.2, "stratified", seed)
            assert sorted(order) == list(range(30))
            train, held = order[:24], order[24:]
            assert all(np.diff(train) > 0) and all(np.diff(held) > 0)
            assert list(np.bincount(y[held].argmax(1), minlength=3)) == \
                [2, 2, 2]
            assert list(net.split_rows(y, 0.2, "stratified", seed)) == \
                list(order)
        with pytest.raises(ffnn.Error, match="needs y"):
            net.split_rows(None, 0.2, "stratified", n=30)


def test_train_position_round_trip():
    with adam_net() as net:
        assert net.train_position == ffnn.TrainPosition()
        p = ffnn.TrainPosition(2**64 - 1, 7, 2**63 + 5, 9, 4,
                               0.12345678901234567)
        net.train_position = p
        assert net.train_position == p
        copy = ffnn.Net.from_bytes(net.checkpoint_bytes())
        assert copy.train_position == p
        assert ffnn.Net.from_bytes(net.to_bytes()).train_position == \
            ffnn.TrainPosition()
        copy.close()


def test_metadata():
    with adam_net() as net:
        assert net.get_metadata("user.run") is None
        net.set_metadata("user.run", "épreuve 1")
        net.set_metadata("user.gone", "x")
        net.set_metadata("user.gone", None)
        for data in (net.to_bytes(), net.checkpoint_bytes()):
            with ffnn.Net.from_bytes(data) as copy:
                assert copy.get_metadata("user.run") == "épreuve 1"
                assert copy.get_metadata("user.gone") is None
        with pytest.raises(ffnn.Error, match=re.escape('start with "user."')):
            net.set_metadata("run", "x")


def test_split_constants_match_the_header():
    header = open(ffnn.__file__.rsplit("/bindings/", 1)[0] +
                  "/include/ffnn.h").read()
    for member in ffnn.Split:
        m = re.search(r"FFNN_SPLIT_%s = (\d+)" % member.name, header)
        assert m and int(m.group(1)) == member.value
