"""The flat vectors and the optimizer state (ffnn.h section 13)."""
import numpy as np
import pytest

import ffnn

X = np.array([[0.5, -1, 2], [1, 0.25, -0.5]], np.float32)
Y = np.array([[1, 0], [0, 1]], np.float32)


def make(seed=1):
    return ffnn.Net([3, 4, 2], ["tanh", "softmax"], "ce", seed=seed)


def test_param_vector_is_the_layers_in_order():
    with make() as net:
        want = np.concatenate([a.ravel() for l in (1, 2)
                               for a in net.get_layer(l)])
        np.testing.assert_array_equal(net.param_vector(), want)
        net.forward(X)
        net.backward(Y)
        want = np.concatenate([a.ravel() for l in (1, 2)
                               for a in net.gradients(l)])
        np.testing.assert_array_equal(net.gradient_vector(), want)


def test_set_gradients_step_like_backward():
    with make() as a, make() as b:
        a.forward(X)
        a.backward(Y)
        b.set_gradient_vector(a.gradient_vector())
        a.step(0.1)
        b.step(0.1)
        np.testing.assert_array_equal(a.param_vector(), b.param_vector())


def test_state_moves_to_another_network():
    with make(1) as a, make(2) as b:
        a.set_optimizer_adam()
        b.set_optimizer_adam()
        for _ in range(3):
            a.train_step(X, Y, 0.01)
        state, step = a.optimizer_state()
        assert state.shape == (2 * a.num_params,) and step == 3
        b.set_param_vector(a.param_vector())
        b.set_optimizer_state(state, step)
        a.train_step(X, Y, 0.01)
        b.train_step(X, Y, 0.01)
        np.testing.assert_array_equal(a.param_vector(), b.param_vector())


def test_bad_vectors_raise():
    with make() as net:
        with pytest.raises(ffnn.Error) as e:
            net.set_param_vector(np.zeros(3))
        assert e.value.status == ffnn.Status.ERR_SHAPE
        bad = net.param_vector()
        bad[0] = np.nan
        with pytest.raises(ffnn.Error) as e:
            net.set_param_vector(bad)
        assert e.value.status == ffnn.Status.ERR_NUMERIC
        with pytest.raises(ffnn.Error) as e:
            net.gradient_vector()
        assert e.value.status == ffnn.Status.ERR_STATE
        net.set_optimizer_momentum()
        with pytest.raises(ffnn.Error) as e:
            net.set_optimizer_state(np.zeros(net.num_params), 4)
        assert e.value.status == ffnn.Status.ERR_ARG
