"""PyTorch <-> ffnn through safetensors (examples/pytorch_interchange.py).
Skipped, visibly, where Debian's python3-torch is not installed."""
import os
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="python3-torch is not installed")
nn = torch.nn

import ffnn  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                "examples"))
import pytorch_interchange as interchange  # noqa: E402

# Same products in another order: float rounding only.
TOL = 1e-5


def models():
    torch.manual_seed(1)
    yield nn.Sequential(nn.Linear(6, 16), nn.Tanh(), nn.Linear(16, 8),
                        nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=1)), "ce"
    yield nn.Sequential(nn.Linear(4, 4), nn.Sigmoid(), nn.Linear(4, 1),
                        nn.Sigmoid()), "bce"
    yield nn.Sequential(nn.Linear(3, 2)), "mse"


@pytest.mark.parametrize("model,loss", list(models()))
def test_torch_to_ffnn_and_back(tmp_path, model, loss):
    x = np.random.default_rng(2).standard_normal(
        (7, model[0].in_features)).astype(np.float32)
    theirs = model(torch.from_numpy(x)).detach().numpy()
    interchange.torch_to_ffnn_file(model, tmp_path / "t.safetensors", loss)
    with ffnn.Net.load(str(tmp_path / "t.safetensors")) as net:
        ours = net.predict(x)
        net.save(str(tmp_path / "f.safetensors"))
    np.testing.assert_allclose(ours, theirs, rtol=TOL, atol=TOL)
    back = interchange.ffnn_file_to_torch(tmp_path / "f.safetensors")
    again = back(torch.from_numpy(x)).detach().numpy()
    np.testing.assert_allclose(again, ours, rtol=TOL, atol=TOL)
