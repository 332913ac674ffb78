#!/usr/bin/env python3
"""PyTorch side of ffnn-bench: the same networks, batches and optimizer.

usage: torch_bench.py [--threads N] [--min-time S] NET...
NET as in ffnn-bench: 784-128-10@64:relu:softmax:ce
Prints one line per NET: training samples/s, inference samples/s.
Training step: zero_grad, forward, loss, backward, plain SGD step.
MSE is summed over outputs and averaged over the batch, as ffnn defines it;
CE is the softmax cross-entropy on the logits (the softmax folded in, as
ffnn folds it into the gradient).
"""
import argparse
import statistics
import time

import torch
from torch import nn

ACTS = {"linear": nn.Identity, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh,
        "relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU,
        "gelu": nn.GELU, "silu": nn.SiLU, "softplus": nn.Softplus}


def parse(spec):
    parts = spec.split(":")
    shape, _, batch = parts[0].partition("@")
    sizes = [int(w) for w in shape.split("-")]
    hidden, output, loss = (parts[1:] + ["sigmoid", "sigmoid", "mse"][len(parts) - 1:])[:3]
    return sizes, int(batch or 1), hidden, output, loss


def build(sizes, hidden, output):
    layers = []
    for i in range(1, len(sizes)):
        layers.append(nn.Linear(sizes[i - 1], sizes[i]))
        act = hidden if i + 1 < len(sizes) else output
        if act != "softmax":  # folded into the loss, as in ffnn
            layers.append(ACTS[act]())
    return nn.Sequential(*layers)


def time_per_call(fn, min_time):
    t0 = time.perf_counter()
    fn()
    once = max(time.perf_counter() - t0, 1e-9)
    iters = int(min_time / once) + 1
    for _ in range(iters // 4 + 1):
        fn()
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(iters):
            fn()
        runs.append((time.perf_counter() - t0) / iters)
    return statistics.median(runs)


def rates(spec, min_time):
    sizes, batch, hidden, output, loss = parse(spec)
    model = build(sizes, hidden, output)
    opt = torch.optim.SGD(model.parameters(), lr=1e-4)
    x = torch.rand(batch, sizes[0])
    labels = torch.arange(batch) * 31 % sizes[-1]
    if loss == "ce":
        target, loss_fn = labels, nn.CrossEntropyLoss()
    else:
        target = nn.functional.one_hot(labels, sizes[-1]).float()
        loss_fn = (lambda y, t: ((y - t) ** 2).sum(1).mean()) if loss == "mse" \
            else (lambda y, t: nn.functional.binary_cross_entropy(y, t, reduction="sum") / batch)

    def train():
        opt.zero_grad(set_to_none=True)
        loss_fn(model(x), target).backward()
        opt.step()

    def infer():
        with torch.no_grad():
            model(x)

    return batch / time_per_call(train, min_time), batch / time_per_call(infer, min_time)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--min-time", type=float, default=0.2)
    ap.add_argument("nets", nargs="+")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    for spec in args.nets:
        train, infer = rates(spec, args.min_time)
        print(f"{train:.6g} {infer:.6g}", flush=True)


if __name__ == "__main__":
    main()
