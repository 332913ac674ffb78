"""Checkpoints, the training position, train_resume, split_rows and
metadata (header sections 11 and 12, since 1.2.0)."""
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

import ffnn
import header


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
    """Split against the header of the installed library (pkg-config), and
    the source tree's: the same names, the same values."""
    headers = header.paths()
    assert headers, "no ffnn.h: neither the source tree's nor pkg-config's"
    for path in headers:
        text = open(path).read()
        found = dict(re.findall(r"FFNN_SPLIT_([A-Z]+) = (\d+)", text))
        assert {k: int(v) for k, v in found.items()} == \
            {m.name: m.value for m in ffnn.Split}, path


ENUMS = [(ffnn.Status, "FFNN_"), (ffnn.Activation, "FFNN_ACT_"),
         (ffnn.Loss, "FFNN_LOSS_"), (ffnn.Backend, "FFNN_BACKEND_"),
         (ffnn.Optimizer, "FFNN_OPT_"), (ffnn.Split, "FFNN_SPLIT_")]


@pytest.mark.skipif(not shutil.which(os.environ.get("CC", "cc")),
                    reason="no C compiler to read the header's constants")
def test_enum_values_match_the_compiler(tmp_path):
    """Every enum member's value as the C compiler sees it in ffnn.h."""
    names = [prefix + m.name for kind, prefix in ENUMS for m in kind]
    src = tmp_path / "enums.c"
    src.write_text("#include <stdio.h>\n#include <ffnn.h>\nint main(void) {\n"
                   + "".join('printf("%%d\\n", (int)%s);\n' % n for n in names)
                   + "return 0;\n}\n")
    cflags = header.cflags()
    exe = tmp_path / "enums"
    subprocess.run([os.environ.get("CC", "cc"), *cflags, str(src), "-o",
                    str(exe)], check=True)
    got = subprocess.run([str(exe)], capture_output=True, text=True,
                         check=True).stdout.split()
    assert [int(v) for v in got] == [m.value for kind, _ in ENUMS
                                     for m in kind]


PATTERNS = {ffnn.Status: r"\bFFNN_(OK|ERR_[A-Z]+)\s*=",
            ffnn.Activation: r"\bFFNN_ACT_([A-Z_]+)\s*=",
            ffnn.Loss: r"\bFFNN_LOSS_([A-Z_]+)\s*=",
            ffnn.Backend: r"\bFFNN_BACKEND_([A-Z_]+)\s*=",
            ffnn.Optimizer: r"\bFFNN_OPT_([A-Z_]+)\s*=",
            ffnn.Split: r"\bFFNN_SPLIT_([A-Z_]+)\s*="}


@pytest.mark.parametrize("kind", list(PATTERNS), ids=lambda k: k.__name__)
def test_every_enumerator_of_the_header_is_a_member(kind):
    """The other direction: the binding lacks none of the header's values
    (those it lacks would still work, kept as UNKNOWN_n, but unnamed)."""
    for path in header.paths():
        names = set(re.findall(PATTERNS[kind], open(path).read()))
        assert names and names == {m.name for m in kind}, path


# ---- the brief's scenario with train() itself, and checks of the binding's
# ---- argument passing that a same-binding comparison would not catch

OPTIONS = dict(epochs=4, batch_size=7, learning_rate=0.05,
               validation_fraction=0.25, seed=3)


@pytest.mark.parametrize("where", ["inside", "after", "disk"])
def test_train_stopped_at_epoch_2_batch_3_resumes_exactly(tmp_path, where):
    x, y = sorted_classes(per_class=20)
    with adam_net() as whole, adam_net() as net:
        full = whole.train(x, y, **OPTIONS)
        assert not full.stopped and full.epoch == 4
        calls, saved = [], []

        def stop(report):
            calls.append((report.epoch, report.batches_done,
                          report.epoch_end))
            if report.epoch == 2 and report.batches_done == 3:
                if where == "inside":
                    saved.append(net.checkpoint_bytes())
                return True
            return False

        first = net.train(x, y, report_every=1, callback=stop, **OPTIONS)
        assert first.stopped and first.epoch == 2 and first.batches_done == 3
        # report_every=1: every batch of epoch 1 (45 rows: 7 of them, the
        # last one reported as its end), then three batches of epoch 2.
        assert calls[6] == (1, 7, True) and calls[7:] == [
            (2, 1, False), (2, 2, False), (2, 3, False)]
        pos = net.train_position
        assert (pos.epoch, pos.batch, pos.seen) == (1, 3, 21)
        assert pos.correct <= pos.seen and pos.loss_sum > 0
        if where == "inside":
            # What the callback saved is what there is after the stop.
            assert saved[0] == net.checkpoint_bytes()
            resumed = ffnn.Net.from_bytes(saved[0])
        elif where == "after":
            resumed = ffnn.Net.from_bytes(net.checkpoint_bytes())
        else:
            net.save_checkpoint(str(tmp_path / "run.ckpt"))
            resumed = ffnn.Net.load(tmp_path / "run.ckpt")
        assert resumed.train_position == pos
        # The stopped run differs from the full one, so equality below means
        # something.
        assert not all(np.array_equal(a, b)
                       for a, b in zip(params(whole), params(resumed)))
        rest = resumed.train_resume(x, y, **OPTIONS)  # split LAST: train's
        assert_same(whole, resumed)
        assert (rest.epoch, rest.batches_done, rest.stopped) == (4, 7, False)
        for f in ("train_loss", "train_accuracy", "val_loss",
                  "val_accuracy"):
            assert getattr(rest, f) == getattr(full, f)
        assert resumed.train_position == whole.train_position
        # The stopped network itself resumes the same way.
        net.train_resume(x, y, **OPTIONS)
        assert_same(whole, net)
        resumed.close()


@pytest.mark.parametrize("split", ["shuffled", ffnn.Split.STRATIFIED])
def test_train_resume_split_is_split_rows_then_last(split):
    """The header: data reordered by split_rows trains with LAST exactly as
    the original does with split. Fails if split or seed were not passed."""
    x, y = sorted_classes(per_class=20)
    with adam_net() as a, adam_net() as b, adam_net() as c:
        order = a.split_rows(y, OPTIONS["validation_fraction"], split,
                             OPTIONS["seed"])
        assert list(order) != list(range(60))  # not LAST's order
        ra = a.train_resume(x, y, split=split, **OPTIONS)
        rb = b.train(x[order], y[order], **OPTIONS)
        assert_same(a, b)
        assert ra.val_loss == rb.val_loss
        c.train_resume(x, y, split="last", **OPTIONS)  # another split
        assert not all(np.array_equal(p, q)
                       for p, q in zip(params(a), params(c)))


def test_train_resets_the_position_train_resume_keeps_it():
    x, y = sorted_classes()
    with adam_net() as net:
        net.train(x, y, epochs=2, batch_size=8)
        done = net.train_position
        assert (done.epoch, done.batch) == (2, 0)
        before = params(net)
        # Complete: returns at once, NaN losses, nothing trained.
        r = net.train_resume(x, y, epochs=2, batch_size=8)
        assert r.epoch == 2 and np.isnan(r.train_loss) and np.isnan(r.val_loss)
        assert all(np.array_equal(p, q) for p, q in zip(before, params(net)))
        # A position beyond the data: ffnn's error, nothing trained.
        net.train_position = ffnn.TrainPosition(epoch=0, batch=99, rng=1)
        with pytest.raises(ffnn.Error) as e:
            net.train_resume(x, y, epochs=2, batch_size=8)
        assert e.value.status == ffnn.Status.ERR_ARG
        assert e.value.message.startswith("ffnn_train_resume: the training "
                                          "position (epoch 0, batch 99")
        assert all(np.array_equal(p, q) for p, q in zip(before, params(net)))
        # train() starts from zero whatever the position.
        net.train(x, y, epochs=1, batch_size=8)
        assert net.train_position.epoch == 1
        with pytest.raises(ValueError, match="unknown split"):
            net.train_resume(x, y, split="random")
        with pytest.raises(ffnn.Error) as e:
            net.train_resume(x, y, split=7)  # an unknown value reaches C
        assert e.value.status == ffnn.Status.ERR_ARG


def test_train_resume_callback_error_is_reraised():
    x, y = sorted_classes()
    with adam_net() as net:
        def boom(report):
            raise KeyError("from the callback")
        with pytest.raises(KeyError, match="from the callback"):
            net.train_resume(x, y, epochs=3, batch_size=8, report_every=1,
                             callback=boom)
        assert (net.train_position.epoch, net.train_position.batch) == (0, 1)


def test_train_position_values_are_checked_and_views_refuse():
    with adam_net() as net:
        for bad in (dict(epoch=-1), dict(rng=2**64), dict(seen=-5)):
            with pytest.raises(ffnn.Error) as e:
                net.train_position = ffnn.TrainPosition(**bad)
            assert e.value.status == ffnn.Status.ERR_ARG
        assert net.train_position == ffnn.TrainPosition()
        with net.share() as view:
            assert view.train_position == ffnn.TrainPosition()
            with pytest.raises(ffnn.Error) as e:
                view.train_position = ffnn.TrainPosition(epoch=1)
            assert e.value.status == ffnn.Status.ERR_STATE
            x, y = sorted_classes()
            with pytest.raises(ffnn.Error) as e:
                view.train_resume(x, y)
            assert e.value.status == ffnn.Status.ERR_STATE
    with pytest.raises(ValueError, match="closed"):
        net.train_position


def test_split_rows_other_cases():
    x, y = sorted_classes(per_class=10)
    with ffnn.Net([2, 3], ["softmax"], "ce") as net:
        assert list(net.split_rows(y, 0.2)) == list(range(30))  # LAST
        order = net.split_rows(None, 0.3, "shuffled", seed=9, n=30)
        assert order.dtype == np.int64 and order.shape == (30,)
        assert sorted(order) == list(range(30))
        assert all(np.diff(order[:21]) > 0) and all(np.diff(order[21:]) > 0)
        assert list(order[21:]) != list(range(21, 30))
        assert list(net.split_rows(y, 0.3, "shuffled", seed=9)) == list(order)
        assert list(net.split_rows(None, 0.3, "shuffled", seed=10, n=30)) != \
            list(order)
        with pytest.raises(ffnn.Error, match="ffnn_split_rows: no rows"):
            net.split_rows(None, 0.5, n=0)
        with pytest.raises(ffnn.Error) as e:
            net.split_rows(y, 1.5, "shuffled")
        assert e.value.status == ffnn.Status.ERR_ARG and e.value.message
        with pytest.raises(ffnn.Error, match="n is 29, y has 30 rows"):
            net.split_rows(y, 0.2, n=29)
        with pytest.raises(ffnn.Error) as e:
            net.split_rows(y[:, :2], 0.2, "stratified")
        assert e.value.status == ffnn.Status.ERR_SHAPE
        with pytest.raises(ffnn.Error, match="seed is -1"):
            net.split_rows(y, 0.2, "shuffled", seed=-1)
    # One output: a row's class is y > 0.5.
    with ffnn.Net([2, 1], ["sigmoid"], "bce") as net:
        y1 = np.repeat([[0.0], [1.0]], [16, 4], axis=0)
        held = net.split_rows(y1, 0.25, "stratified", seed=2)[15:]
        assert (y1[held, 0] > 0.5).sum() == 1  # 4 of 16 and 1 of 4


def test_metadata_files_clone_and_errors(tmp_path):
    with adam_net() as net:
        net.set_metadata("user.epochs", "40")
        net.set_metadata("user.epochs", "41")  # replaces
        net.save(tmp_path / "m.safetensors")
        net.save_checkpoint(tmp_path / "c.safetensors")
        for f in ("m.safetensors", "c.safetensors"):
            with ffnn.Net.load(tmp_path / f) as copy:
                assert copy.get_metadata("user.epochs") == "41"
        with net.clone() as copy:
            assert copy.get_metadata("user.epochs") == "41"
            copy.set_metadata("user.epochs", None)
            assert copy.get_metadata("user.epochs") is None
        assert net.get_metadata("user.epochs") == "41"  # a deep copy
        net.set_metadata("user.none", None)  # removing a missing key: fine
        with pytest.raises(ffnn.Error) as e:
            net.set_metadata("format", "mine")
        assert e.value.status == ffnn.Status.ERR_ARG
        assert e.value.message == ("ffnn_set_metadata: key 'format' must "
                                   "start with \"user.\" and have at most "
                                   "255 bytes")
        assert str(e.value).endswith(": " + e.value.message)
        with pytest.raises(ffnn.Error, match="at most 255 bytes"):
            net.set_metadata("user." + "k" * 251, "v")
        net.set_metadata("user." + "k" * 250, "v")  # 255 bytes: accepted
        with pytest.raises(TypeError):
            net.set_metadata("user.b", b"bytes")
        assert net.get_metadata("user.b") is None
