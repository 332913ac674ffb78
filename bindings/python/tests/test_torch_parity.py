"""The activations of libffnn 1.4.0 against PyTorch's own (nn.LeakyReLU,
nn.ELU, nn.GELU, nn.SiLU, nn.Softplus with their defaults): outputs, the
loss and every gradient, on each backend, for one sample (the narrow
path), a few values (libm forms) and a batch (the vector forms), hidden
and as the output. PyTorch computes in float64 from the same float32
weights. Skipped, visibly, where Debian's python3-torch is not installed."""
import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="python3-torch is not installed")
nn = torch.nn

import ffnn  # noqa: E402

MODULES = {"leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "gelu": nn.GELU,
           "silu": nn.SiLU, "softplus": nn.Softplus, "tanh": nn.Tanh}
# float32 against float64: the vector forms are within 6 ulp (ffnn.h), and
# the sums are float32's.
RTOL, ATOL = 2e-5, 2e-6


def torch_twin(net, hidden, output):
    """A float64 Sequential with net's weights and activations."""
    layers = []
    for l, act in enumerate((hidden, output), start=1):
        W, b = net.get_layer(l)
        linear = nn.Linear(W.shape[1], W.shape[0]).double()
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W.astype(np.float64)))
            linear.bias.copy_(torch.from_numpy(b.astype(np.float64)))
        layers.append(linear)
        if act != "linear":
            layers.append(MODULES[act]())
    return nn.Sequential(*layers)


@pytest.mark.parametrize("backend", ["blas", "naive", "auto"])
@pytest.mark.parametrize("batch", [1, 2, 37])
@pytest.mark.parametrize("act", sorted(set(MODULES) - {"tanh"}))
@pytest.mark.parametrize("where", ["hidden", "output"])
def test_matches_pytorch(act, where, batch, backend):
    hidden, output = (act, "linear") if where == "hidden" else ("tanh", act)
    rng = np.random.default_rng(len(act) * 100 + batch)
    # inputs reach both sides of 0 and the tails (|a| up to about 8)
    x = (3 * rng.standard_normal((batch, 5))).astype(np.float32)
    y = rng.standard_normal((batch, 3)).astype(np.float32)
    with ffnn.Net([5, 7, 3], [hidden, output], "mse", seed=4) as net:
        net.backend = backend
        twin = torch_twin(net, hidden, output)
        out = net.forward(x)
        loss = net.loss(y)
        net.backward(y)
        xt = torch.from_numpy(x.astype(np.float64))
        theirs = twin(xt)
        # ffnn's MSE: sum over outputs, mean over the batch
        their_loss = ((theirs - torch.from_numpy(y.astype(np.float64))) ** 2
                      ).sum() / batch
        their_loss.backward()
        np.testing.assert_allclose(out, theirs.detach().numpy(), RTOL, ATOL)
        assert loss == pytest.approx(their_loss.item(), rel=RTOL, abs=ATOL)
        linears = [m for m in twin if isinstance(m, nn.Linear)]
        for l, linear in enumerate(linears, start=1):
            dW, db = net.gradients(l)
            np.testing.assert_allclose(dW, linear.weight.grad.numpy(),
                                       RTOL, ATOL)
            np.testing.assert_allclose(db, linear.bias.grad.numpy(),
                                       RTOL, ATOL)


@pytest.mark.parametrize("act", sorted(set(MODULES) - {"tanh"}))
def test_model_files_go_to_pytorch_and_back(tmp_path, act):
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..",
                                    "..", "examples"))
    import pytorch_interchange as interchange
    x = np.random.default_rng(3).standard_normal((9, 4)).astype(np.float32)
    with ffnn.Net([4, 6, 2], [act, "linear"], "mse", seed=2) as net:
        net.save(str(tmp_path / "f.safetensors"))
        ours = net.predict(x)
    model = interchange.ffnn_file_to_torch(tmp_path / "f.safetensors")
    theirs = model(torch.from_numpy(x)).detach().numpy()
    np.testing.assert_allclose(theirs, ours, RTOL, ATOL)
    interchange.torch_to_ffnn_file(model, tmp_path / "t.safetensors", "mse")
    with ffnn.Net.load(str(tmp_path / "t.safetensors")) as back:
        np.testing.assert_allclose(back.predict(x), ours, RTOL, ATOL)
    with pytest.raises(ValueError, match="negative_slope"):
        interchange.torch_to_ffnn_file(
            nn.Sequential(nn.Linear(2, 1), nn.LeakyReLU(0.2)),
            tmp_path / "x.safetensors", "mse")


@pytest.mark.parametrize("with_samples", [False, True])
def test_weights_match_pytorch(with_samples):
    """One full-batch SGD epoch with class (and sample) weights: the step
    PyTorch's CrossEntropyLoss(weight=w) takes (with reduction "none" and
    the weighted mean for the sample weights)."""
    rng = np.random.default_rng(8)
    x = rng.standard_normal((30, 4)).astype(np.float32)
    labels = rng.integers(0, 3, 30)
    y = np.eye(3, dtype=np.float32)[labels]
    cls = np.array([2.0, 0.5, 1.0], np.float32)
    samples = rng.uniform(0, 2, 30).astype(np.float32)
    with ffnn.Net([4, 6, 3], ["tanh", "softmax"], "ce", seed=3) as net:
        W1, b1 = net.get_layer(1)
        W2, b2 = net.get_layer(2)
        extra = dict(sample_weights=samples) if with_samples else {}
        report = net.train_run(x, y, epochs=1, batch_size=30, shuffle=False,
                               learning_rate=0.5, class_weights=cls, **extra)
        twin = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 3))
        twin.double()
        with torch.no_grad():
            for m, (W, b) in zip((twin[0], twin[2]), ((W1, b1), (W2, b2))):
                m.weight.copy_(torch.from_numpy(W.astype(np.float64)))
                m.bias.copy_(torch.from_numpy(b.astype(np.float64)))
        logits = twin(torch.from_numpy(x.astype(np.float64)))
        target = torch.from_numpy(labels)
        w = torch.from_numpy(cls.astype(np.float64))
        if with_samples:
            per_row = nn.functional.cross_entropy(logits, target, weight=w,
                                                  reduction="none")
            s = torch.from_numpy(samples.astype(np.float64))
            loss = (per_row * s).sum() / (w[target] * s).sum()
        else:
            loss = nn.functional.cross_entropy(logits, target, weight=w)
        loss.backward()
        assert report.train_loss == pytest.approx(loss.item(), rel=1e-5)
        with torch.no_grad():
            for m in (twin[0], twin[2]):
                m.weight -= 0.5 * m.weight.grad
                m.bias -= 0.5 * m.bias.grad
        for l, m in zip((1, 2), (twin[0], twin[2])):
            W, b = net.get_layer(l)
            np.testing.assert_allclose(W, m.weight.detach().numpy(), RTOL, ATOL)
            np.testing.assert_allclose(b, m.bias.detach().numpy(), RTOL, ATOL)


def test_dropout_is_pytorchs_inverted_dropout():
    """The gradient of one dropped step equals PyTorch's with the same
    mask (read off as the zeros of the step's hidden-layer gradient) and
    nn.Dropout's 1 / (1 - p) scaling."""
    rng = np.random.default_rng(4)
    x = rng.standard_normal((1, 5)).astype(np.float32)
    y = rng.standard_normal((1, 2)).astype(np.float32)
    with ffnn.Net([5, 200, 2], ["linear", "linear"], "mse", seed=2) as net:
        net.set_dropout(1, 0.25)
        assert net.dropout(1) == pytest.approx(0.25)
        net.set_optimizer_momentum(0.0)  # keeps the gradients
        W1, b1 = net.get_layer(1)
        W2, b2 = net.get_layer(2)
        net.train_step(x, y, 0.0)
        dW2, _ = net.gradients(2)
        kept = (dW2 != 0).any(axis=0)  # units whose h was not dropped
        assert 0.6 < kept.mean() < 0.9
        h = x.astype(np.float64) @ W1.T.astype(np.float64) + b1
        hd = torch.from_numpy(h * kept / 0.75).requires_grad_()
        out = hd @ torch.from_numpy(W2.T.astype(np.float64)) + \
            torch.from_numpy(b2.astype(np.float64))
        ((out - torch.from_numpy(y.astype(np.float64))) ** 2).sum().backward()
        np.testing.assert_allclose(
            dW2, (2 * (out.detach().numpy() - y)).T @ hd.detach().numpy(),
            RTOL, ATOL)
