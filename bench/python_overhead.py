#!/usr/bin/env python3
"""What the Python binding adds to one ffnn_forward call (issue #16's target:
Net.forward on one sample costs <= 2 us above the C call).

For each network, in turns (C, Python, C, Python, ...) so that a burst of
load from a neighbour falls on both: the C call's time from `ffnn-bench
--sections sample` (its `forward` row, batch 1, 1 thread), and in this
process the best of 7 timeit repeats of
  - the bare ctypes call with precomputed addresses (ctypes' own cost),
  - Net.forward on a writable float32 sample (the usual case),
  - Net.forward on a read-only one (np.frombuffer of bytes, say),
  - Net.forward on a (1, n_0) batch.
Prints the median over the rounds, in us per call, and each "above C".

  PYTHONPATH=bindings/python LD_LIBRARY_PATH=build/src \\
      python3 bench/python_overhead.py [--bench build/bench/ffnn-bench]
"""
import argparse
import json
import statistics
import subprocess
import timeit

import numpy as np

import ffnn

NETS = ("4-8-3", "64-100-10", "784-128-10")


def c_forward_us(bench, net):
    out = subprocess.run(
        [bench, "--sections", "sample", "--json", "--threads", "1",
         "--no-fann", "--no-torch", net + "@1:relu:softmax:ce"],
        check=True, capture_output=True, text=True).stdout
    row = next(r for r in json.loads(out)["rows"] if r["path"] == "forward")
    return 1e6 / row["rate"]


def best_us(fn, number=100000):
    return min(timeit.repeat(fn, number=number, repeat=7)) / number * 1e6


def python_us(sizes):
    ffnn.set_num_threads(1)
    net = ffnn.Net(sizes, ["relu", "softmax"], "ce", seed=1)
    x = np.linspace(-1, 1, sizes[0], dtype=np.float32)
    frozen = np.frombuffer(x.tobytes(), np.float32)
    row = x.reshape(1, -1)
    y = np.empty(sizes[-1], np.float32)
    h, xp, yp = net._handle, x.ctypes.data, y.ctypes.data
    return {"ctypes": best_us(lambda: ffnn.lib.ffnn_forward(h, xp, 1, yp)),
            "forward": best_us(lambda: net.forward(x)),
            "read-only": best_us(lambda: net.forward(frozen)),
            "(1, n_0)": best_us(lambda: net.forward(row))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", default="build/bench/ffnn-bench")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    cols = ("ctypes", "forward", "read-only", "(1, n_0)")
    print("%-11s %7s" % ("network", "C") +
          "".join(" %9s %6s" % (c, "+C") for c in cols[1:]) +
          " %9s" % "ctypes")
    for name in NETS:
        sizes = [int(n) for n in name.split("-")]
        c, py = [], {k: [] for k in cols}
        for _ in range(args.rounds):
            c.append(c_forward_us(args.bench, name))
            for k, v in python_us(sizes).items():
                py[k].append(v)
        c = statistics.median(c)
        med = {k: statistics.median(v) for k, v in py.items()}
        print("%-11s %7.3f" % (name, c) +
              "".join(" %9.3f %6.3f" % (med[k], med[k] - c)
                      for k in cols[1:]) + " %9.3f" % med["ctypes"])


if __name__ == "__main__":
    main()
