#!/usr/bin/env python3
"""Weights between PyTorch and ffnn through safetensors, both ways.

A torch.nn.Sequential of Linear layers (each followed by its activation)
maps onto ffnn's layers one to one: Linear k is ffnn's layer k+1, its
weight (out x in) is W_l and its bias b_l, exactly ffnn's layout. The file
needs ffnn's tensor names, "layers.{l}.weight" / "layers.{l}.bias", and the
architecture in __metadata__; this script writes and reads the format with
the standard library (no safetensors package needed).

    PYTHONPATH=bindings/python /usr/bin/python3 examples/pytorch_interchange.py
"""
import json
import struct
import sys

import numpy as np

ACTIVATION_OF = {"Identity": "linear", "Sigmoid": "sigmoid", "Tanh": "tanh",
                 "ReLU": "relu", "Softmax": "softmax",
                 # since ffnn 1.4.0, with PyTorch's defaults only:
                 "LeakyReLU": "leaky_relu", "ELU": "elu", "GELU": "gelu",
                 "SiLU": "silu", "Softplus": "softplus"}
# The parameters ffnn's forms have (ffnn.h); another value has no ffnn name.
DEFAULTS = {"LeakyReLU": {"negative_slope": 0.01}, "ELU": {"alpha": 1.0},
            "GELU": {"approximate": "none"},
            "Softplus": {"beta": 1, "threshold": 20}}
NEW_IN_1_4 = {"leaky_relu", "elu", "gelu", "silu", "softplus"}


def activation_name(module):
    kind = type(module).__name__
    for attr, value in DEFAULTS.get(kind, {}).items():
        if getattr(module, attr, value) != value:
            raise ValueError("ffnn's %s has %s=%r; this one has %r"
                             % (kind, attr, value, getattr(module, attr)))
    return ACTIVATION_OF[kind]


def sequential_architecture(model):
    """Widths and activation names of a Sequential of Linear + activation."""
    import torch.nn as nn
    sizes, acts = [], []
    for module in model:
        if isinstance(module, nn.Linear):
            if not sizes:
                sizes.append(module.in_features)
            sizes.append(module.out_features)
            acts.append("linear")
        else:
            acts[-1] = activation_name(module)
    return sizes, acts


def write_safetensors(path, tensors, metadata):
    """tensors: list of (name, float32 ndarray), written in that order."""
    header, offset = {"__metadata__": metadata}, 0
    for name, array in tensors:
        header[name] = {"dtype": "F32", "shape": list(array.shape),
                        "data_offsets": [offset, offset + array.nbytes]}
        offset += array.nbytes
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for _, array in tensors:
            f.write(np.ascontiguousarray(array, "<f4").tobytes())


def read_safetensors(path):
    """(metadata, {name: ndarray}) of a safetensors file."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    body = data[8 + n:]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(body[begin:end], "<f4").reshape(
            entry["shape"])
    return header.get("__metadata__", {}), tensors


def torch_to_ffnn_file(model, path, loss):
    """Save a Sequential so that ffnn_load reads it."""
    import torch.nn as nn
    sizes, acts = sequential_architecture(model)
    linears = [m for m in model if isinstance(m, nn.Linear)]
    tensors = []
    for l, linear in enumerate(linears, start=1):
        tensors.append((f"layers.{l}.weight", linear.weight.detach().numpy()))
        tensors.append((f"layers.{l}.bias", linear.bias.detach().numpy()))
    write_safetensors(path, tensors, {
        # the oldest format that holds it, as ffnn_save writes
        "format": "ffnn",
        "format_version": "2" if NEW_IN_1_4.intersection(acts) else "1",
        "sizes": ",".join(map(str, sizes)), "activations": ",".join(acts),
        "loss": loss})


def ffnn_file_to_torch(path):
    """A Sequential with the weights of a file ffnn_save wrote."""
    import torch
    import torch.nn as nn
    meta, tensors = read_safetensors(path)
    sizes = [int(s) for s in meta["sizes"].split(",")]
    modules = []
    for l, act in enumerate(meta["activations"].split(","), start=1):
        linear = nn.Linear(sizes[l - 1], sizes[l])
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(tensors[f"layers.{l}.weight"].copy()))
            linear.bias.copy_(torch.from_numpy(tensors[f"layers.{l}.bias"].copy()))
        modules.append(linear)
        if act == "softmax":
            modules.append(nn.Softmax(dim=1))
        elif act != "linear":
            name = {v: k for k, v in ACTIVATION_OF.items()}[act]
            modules.append(getattr(nn, name)())
    return nn.Sequential(*modules)


def main():
    import tempfile

    import torch
    import torch.nn as nn

    import ffnn

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(6, 16), nn.Tanh(), nn.Linear(16, 8),
                          nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=1))
    x = np.random.default_rng(0).standard_normal((5, 6)).astype(np.float32)
    with tempfile.TemporaryDirectory() as d:
        torch_to_ffnn_file(model, f"{d}/from_torch.safetensors", "ce")
        with ffnn.Net.load(f"{d}/from_torch.safetensors") as net:
            ours = net.predict(x)
            net.save(f"{d}/from_ffnn.safetensors")
        theirs = model(torch.from_numpy(x)).detach().numpy()
        back = ffnn_file_to_torch(f"{d}/from_ffnn.safetensors")
        again = back(torch.from_numpy(x)).detach().numpy()
    print("PyTorch -> ffnn: max |difference| = %.2e" % abs(ours - theirs).max())
    print("ffnn -> PyTorch: max |difference| = %.2e" % abs(again - ours).max())
    return 0


if __name__ == "__main__":
    sys.exit(main())
