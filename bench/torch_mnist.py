#!/usr/bin/env python3
"""Train the same network on the same MNIST data with the same batches in
ffnn and in PyTorch, and compare wall time and test accuracy.

784-128-10, ReLU then softmax with cross-entropy, batch 64, plain SGD by
default (--optimizer momentum: 0.9; adam: 0.9, 0.999, 1e-8, lr 1e-3 unless
--lr is given), the same optimizer in both. Both start from ffnn's initial
weights and see the same batches in the same order (one permutation per
epoch, drawn here and applied to both). ffnn trains through ffnn_train
(one call per epoch), or with --split through the binding's forward,
backward and step per batch.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=bindings/python \\
        /usr/bin/python3 bench/torch_mnist.py [--data data/mnist] [--threads 1]
            [--optimizer sgd|momentum|adam] [--lr LR] [--split]
Needs the IDX files of scripts/get-mnist.sh and Debian's python3-torch.
"""
import argparse
import os
import struct
import time

import json
import subprocess
import sys

import numpy as np

import ffnn


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = struct.unpack(">" + "I" * (magic & 0xff), data[4:4 + 4 * (magic & 0xff)])
    return np.frombuffer(data, np.uint8, offset=4 + 4 * len(dims)).reshape(dims)


def load(data_dir, part):
    images = read_idx(os.path.join(data_dir, f"{part}-images-idx3-ubyte"))
    labels = read_idx(os.path.join(data_dir, f"{part}-labels-idx1-ubyte"))
    x = images.reshape(len(images), -1).astype(np.float32) / 255.0
    y = np.eye(10, dtype=np.float32)[labels]
    return x, y, labels


def epochs_of(x, y, epochs, seed):
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(x))
        yield np.ascontiguousarray(x[order]), np.ascontiguousarray(y[order])


def use_optimizer(net, optimizer):
    """The optimizer of torch_optimizer() in ffnn, set before training."""
    if optimizer == "momentum":
        net.set_optimizer_momentum(0.9)
    elif optimizer == "adam":
        net.set_optimizer_adam(0.9, 0.999, 1e-8)


def train_ffnn(net, batches, lr, batch, split):
    start = time.perf_counter()
    for x, y in batches:
        if not split:
            net.train(x, y, epochs=1, batch_size=batch, learning_rate=lr,
                      shuffle=False)
            continue
        # The same batches as ffnn_train takes: consecutive rows, in order
        # (contiguous slices, so the binding hands them over without a copy).
        for first in range(0, len(x), batch):
            net.forward(x[first:first + batch])
            net.backward(y[first:first + batch])
            net.step(lr)
    return time.perf_counter() - start


def torch_model(net):
    import torch
    from torch import nn
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    with torch.no_grad():
        for l, linear in ((1, model[0]), (2, model[2])):
            W, b = net.get_layer(l)
            linear.weight.copy_(torch.from_numpy(W))
            linear.bias.copy_(torch.from_numpy(b))
    return model


def torch_optimizer(model, optimizer, lr):
    """ffnn's conventions: momentum v <- mu v + g, w <- w - lr v (PyTorch's
    own); Adam with eps added to sqrt(v / (1 - b2^t)), as in PyTorch."""
    import torch
    if optimizer == "adam":
        return torch.optim.Adam(model.parameters(), lr=lr, betas=(0.9, 0.999),
                                eps=1e-8)
    momentum = 0.9 if optimizer == "momentum" else 0.0
    return torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum)


def train_torch(model, batches, lr, batch, optimizer):
    import torch
    from torch import nn
    opt = torch_optimizer(model, optimizer, lr)
    loss_fn = nn.CrossEntropyLoss()
    start = time.perf_counter()
    for x, y in batches:
        xt, labels = torch.from_numpy(x), torch.from_numpy(y.argmax(1))
        for first in range(0, len(x), batch):
            opt.zero_grad(set_to_none=True)
            loss_fn(model(xt[first:first + batch]),
                    labels[first:first + batch]).backward()
            opt.step()
    return time.perf_counter() - start


def run_one(args):
    """Train with one library in this process; print time and accuracy."""
    x, y, _ = load(args.data, "train")
    tx, ty, tlabels = load(args.data, "test")
    net = ffnn.Net([784, 128, 10], ["relu", "softmax"], "ce", seed=1)
    batches = list(epochs_of(x, y, args.epochs, seed=2))
    if args.only == "ffnn":
        use_optimizer(net, args.optimizer)
        seconds = train_ffnn(net, batches, args.lr, args.batch, args.split)
        _, accuracy = net.evaluate(tx, ty)
    else:
        import torch
        torch.set_num_threads(args.threads)
        model = torch_model(net)
        seconds = train_torch(model, batches, args.lr, args.batch,
                              args.optimizer)
        with torch.no_grad():
            predicted = model(torch.from_numpy(tx)).argmax(1).numpy()
        accuracy = float((predicted == tlabels).mean())
    print(json.dumps({"seconds": seconds, "accuracy": accuracy,
                      "samples": len(x) * args.epochs}))


def median_run(results):
    """The run of median time (accuracy is the same in every run)."""
    return sorted(results, key=lambda r: r["seconds"])[len(results) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/mnist")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--optimizer", choices=["sgd", "momentum", "adam"],
                    default="sgd")
    ap.add_argument("--lr", type=float,
                    help="learning rate; default 0.1, or 1e-3 for adam")
    ap.add_argument("--split", action="store_true",
                    help="ffnn trains through forward, backward and step")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each library, taking turns; medians shown")
    ap.add_argument("--only", choices=["ffnn", "torch"])
    args = ap.parse_args()
    if args.lr is None:
        args.lr = 1e-3 if args.optimizer == "adam" else 0.1
    if args.only:
        return run_one(args)
    # Each library in a process of its own, so that neither's thread pool
    # (OpenMP, OpenBLAS) spins against the other's.
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads),
               OPENBLAS_NUM_THREADS=str(args.threads))
    # The libraries take turns run by run, so that a burst of load from a
    # neighbour on a shared machine falls on both rather than on one.
    runs = {"ffnn": [], "torch": []}
    for _ in range(max(1, args.repeat)):
        for lib in runs:
            out = subprocess.run([sys.executable, __file__, "--only", lib] +
                                 sys.argv[1:], env=env, check=True,
                                 capture_output=True, text=True).stdout
            runs[lib].append(json.loads(out.strip().splitlines()[-1]))
    f, t = (median_run(runs[lib]) for lib in ("ffnn", "torch"))
    names = {"sgd": "SGD", "momentum": "momentum 0.9", "adam": "Adam"}
    print(f"784-128-10 relu/softmax, batch {args.batch}, "
          f"{names[args.optimizer]} lr {args.lr:g}, "
          f"{args.epochs} epochs of {f['samples'] // args.epochs}, "
          f"{args.threads} thread(s)"
          + (", ffnn through forward/backward/step" if args.split else ""))
    for name, r in (("ffnn", f), ("PyTorch", t)):
        print(f"  {name:8} {r['seconds']:7.3f} s  "
              f"{r['samples'] / r['seconds']:9.0f} samples/s  "
              f"test accuracy {r['accuracy']:.4f}")
    speed = t["seconds"] / f["seconds"]
    than = (f"{speed:.2f}x faster" if speed >= 1
            else f"{1 / speed:.2f}x slower")
    print(f"  ffnn is {than}; accuracy "
          f"differs by {abs(f['accuracy'] - t['accuracy']):.4f} "
          f"(median of {len(runs['ffnn'])} runs each, taking turns)")


if __name__ == "__main__":
    main()
