"""Inference views (share): the source's weights used in place, refused
changes, the source kept alive, one view per thread."""
import gc
import threading
import weakref

import numpy as np
import pytest

import ffnn
from conftest import X, Y
from test_io_lifetime import CountingAllocator


def trained_net():
    rng = np.random.default_rng(3)
    x = rng.standard_normal((40, 3)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[(x.sum(axis=1) > 0).astype(int)]
    net = ffnn.Net([3, 6, 5, 2], ["relu", "tanh", "softmax"], "ce", seed=5)
    net.train(x, y, epochs=3, batch_size=8, learning_rate=0.1)
    return net, x, y


def test_view_computes_what_the_source_computes():
    src, x, y = trained_net()
    with src, src.share() as view:
        assert view.sizes == src.sizes
        assert view.activation_functions == src.activation_functions
        assert view.loss_function == src.loss_function
        assert view.backend == src.backend
        for l in range(1, src.num_layers + 1):
            for p, q in zip(src.get_layer(l), view.get_layer(l)):
                assert np.array_equal(p, q)
        # One sample (the narrow-network path) and a batch: bit-identical.
        for rows in (x[0], x):
            expected = src.forward(rows)
            got = view.forward(rows)
            assert got.dtype == np.float32 and got.shape == expected.shape
            assert np.array_equal(got, expected)
        assert view.loss(y) == src.loss(y)
        assert np.array_equal(view.predict(x), src.predict(x))
        assert view.evaluate(x, y) == src.evaluate(x, y)
        # No parameters or gradients of its own (float32 each).
        assert src.memory - view.memory >= 2 * 4 * src.num_params


def test_view_uses_the_source_weights_in_place(seed_net):
    with seed_net.share() as view:
        before = view.forward(X)
        seed_net.set_layer(2, b=[-1.0])  # between view calls: allowed
        after = view.forward(X)
        assert not np.array_equal(after, before)
        assert np.array_equal(after, seed_net.forward(X))
        assert np.array_equal(view.get_layer(2)[1], [-1.0])
        seed_net.train_step(X, Y, 0.5)  # a training step on the source
        trained = view.forward(X)
        assert not np.array_equal(trained, after)
        assert np.array_equal(trained, seed_net.forward(X))
        for l in (1, 2):
            for p, q in zip(seed_net.get_layer(l), view.get_layer(l)):
                assert np.array_equal(p, q)


def test_view_refuses_changes(seed_net):
    layers = [tuple(a.copy() for a in seed_net.get_layer(l)) for l in (1, 2)]
    out = seed_net.forward(X)
    view = seed_net.share()
    view.forward(X)
    calls = [("ffnn_set_layer", lambda: view.set_layer(1, b=np.zeros(4))),
             ("ffnn_train_step", lambda: view.train_step(X, Y, 0.5)),
             ("ffnn_backward", lambda: view.backward(Y)),
             ("ffnn_step", lambda: view.step(0.5)),
             ("ffnn_train", lambda: view.train(np.stack([X, X]),
                                               np.zeros((2, 1)))),
             ("ffnn_set_optimizer", lambda: view.set_optimizer_adam()),
             ("ffnn_set_weight_decay", lambda: view.set_weight_decay(0.1))]
    for name, call in calls:
        with pytest.raises(ffnn.Error) as e:
            call()
        assert e.value.status == ffnn.Status.ERR_STATE
        assert e.value.status_name == "FFNN_ERR_STATE"
        assert e.value.message.startswith(name)
        assert "ffnn_net_share" in e.value.message
    for l, (W, b) in zip((1, 2), layers):
        got = seed_net.get_layer(l)
        assert np.array_equal(got[0], W) and np.array_equal(got[1], b)
    assert seed_net.optimizer == view.optimizer == ffnn.Optimizer.SGD
    assert np.array_equal(seed_net.forward(X), out)
    assert np.array_equal(view.forward(X), out)
    with view.clone() as copy:  # a clone of a view is a full network
        copy.train_step(X, Y, 0.5)
        assert not np.array_equal(copy.forward(X), out)
    assert np.array_equal(view.forward(X), out)
    view.close()


def test_view_keeps_its_source_alive():
    src, x, _ = trained_net()
    view = src.share()
    expected = view.forward(x)
    alive = weakref.ref(src)
    del src
    gc.collect()
    assert alive() is not None  # held by the view, not freed under it
    assert np.array_equal(view.forward(x), expected)
    assert np.array_equal(view.forward(x[:1]), expected[:1])
    sub = view.share()  # a view of a view uses the same weights
    del view
    gc.collect()
    assert alive() is not None
    assert np.array_equal(sub.predict(x), expected)
    del sub
    gc.collect()
    assert alive() is None


def test_closing_a_source_with_open_views_is_refused():
    # The family rule: a network is not freed under its views. close()
    # raises ERR_STATE and changes nothing; once the views are closed (or
    # collected) it succeeds, and nothing leaks.
    with CountingAllocator() as counter:
        src = ffnn.Net([4, 8, 1], ["relu", "sigmoid"], "bce")
        views = [src.share() for _ in range(3)]
        views.append(views[0].share())  # belongs to src too
        want = src.forward(np.ones((2, 4)))
        for v in views:
            v.forward(np.zeros((16, 4)))
        views[1].close()
        del views[2]
        gc.collect()
        with pytest.raises(ffnn.Error, match="2 view") as e:
            src.close()
        assert e.value.status == ffnn.Status.ERR_STATE
        assert np.array_equal(src.forward(np.ones((2, 4))), want)
        assert np.array_equal(views[0].forward(np.ones((2, 4))), want)
        with pytest.raises(ffnn.Error):
            with src:  # leaving the block closes, and so is refused too
                pass
        for v in views:
            v.close()
        src.close()
        src.close()  # idempotent
        with pytest.raises(ValueError, match="closed"):
            src.forward(X)
        del src, views, v
        gc.collect()
        assert counter.live == set() and counter.bad_frees == 0


def test_a_raising_with_block_is_not_masked_by_open_views():
    with CountingAllocator() as counter:
        with pytest.raises(KeyError):
            with ffnn.Net([4, 8, 1], ["relu", "sigmoid"], "bce") as src:
                view = src.share()
                raise KeyError("the block's own error")
        assert np.array_equal(view.forward(np.ones(4)), src.forward(np.ones(4)))
        del src, view
        gc.collect()  # the view, then the network it kept alive
        assert counter.live == set() and counter.bad_frees == 0


def test_one_view_per_thread():
    src, _, _ = trained_net()
    rng = np.random.default_rng(11)
    inputs = [rng.standard_normal((256, 3)).astype(np.float32)
              for _ in range(4)]
    expected = [src.forward(x) for x in inputs]
    start = threading.Barrier(len(inputs))
    results, errors = [None] * len(inputs), []

    def work(i, view):
        try:
            start.wait()
            for _ in range(200):  # each thread its own input and buffers
                got = view.forward(inputs[i])
                if not np.array_equal(got, expected[i]):
                    break
            results[i] = got
        except BaseException as e:
            errors.append(e)

    views = [src.share() for _ in inputs]
    threads = [threading.Thread(target=work, args=(i, v))
               for i, v in enumerate(views)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for got, want in zip(results, expected):
        assert np.array_equal(got, want)
    for v in views:
        v.close()
    src.close()
