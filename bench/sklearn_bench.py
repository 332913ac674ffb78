"""ffnn.sklearn.MLPClassifier against scikit-learn's MLPClassifier: the
same architecture (one hidden layer of 100 ReLU), Adam, batch 200, the
same number of epochs (tol=0 with n_iter_no_change=max_iter, so neither
stops early), on the data sets scikit-learn ships and on the MNIST 10k
subset of scripts/get-mnist.sh (8,000 train, 2,000 test), features
standardised on the training split, 5 seeds each. Prints per data set the
median fit time of each (the seeds in turns, ours then theirs), the ratio,
and the mean test accuracy of each.

    /usr/bin/python3 bench/sklearn_bench.py [--seeds 5]

Both use the same OpenBLAS (Debian's, its threads as the environment
says: OPENBLAS_NUM_THREADS); ffnn computes in float32, scikit-learn in
float64.
"""
import argparse
import gzip
import os
import sys
import time
import warnings

import numpy as np
from sklearn import datasets, neural_network
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bindings", "python"))
import ffnn.sklearn  # noqa: E402


def idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * k:8 + 4 * k], "big")
             for k in range(dims)]
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def mnist():
    d = os.environ.get("FFNN_DATA_DIR",
                       os.path.join(HERE, "..", "data", "mnist"))
    part = lambda n: idx(os.path.join(d, n))  # noqa: E731
    try:
        xtr = part("train-images-idx3-ubyte").reshape(-1, 784) / 255.0
        ytr = part("train-labels-idx1-ubyte")
        xte = part("test-images-idx3-ubyte").reshape(-1, 784) / 255.0
        yte = part("test-labels-idx1-ubyte")
    except OSError:
        return None
    return xtr, xte, ytr, yte


def shipped(load, seed=0):
    X, y = load(return_X_y=True)
    return train_test_split(X, y, test_size=0.25, stratify=y,
                            random_state=seed)


def run(name, split, epochs, seeds):
    xtr, xte, ytr, yte = split
    scaler = StandardScaler().fit(xtr)
    xtr, xte = scaler.transform(xtr), scaler.transform(xte)
    times = {"ffnn": [], "sklearn": []}
    accs = {"ffnn": [], "sklearn": []}
    kinds = (("ffnn", ffnn.sklearn.MLPClassifier),
             ("sklearn", neural_network.MLPClassifier))
    for seed in range(seeds):
        for label, cls in kinds:
            m = cls(hidden_layer_sizes=(100,), solver="adam", batch_size=200,
                    max_iter=epochs, tol=0.0, n_iter_no_change=epochs,
                    random_state=seed)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                t0 = time.perf_counter()
                m.fit(xtr, ytr)
                times[label].append(time.perf_counter() - t0)
            accs[label].append(m.score(xte, yte))
    tf, ts = np.median(times["ffnn"]), np.median(times["sklearn"])
    af, as_ = 100 * np.mean(accs["ffnn"]), 100 * np.mean(accs["sklearn"])
    print("%-14s %6d %7d %9.3f %9.3f %7.1fx %8.2f %8.2f %+7.2f"
          % (name, len(xtr), epochs, tf, ts, ts / tf, af, as_, af - as_))
    sys.stdout.flush()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seeds", type=int, default=5)
    a = p.parse_args()
    print("ffnn %s, scikit-learn %s, OPENBLAS_NUM_THREADS=%s; 100 ReLU, "
          "Adam, batch 200; median fit seconds over %d seeds, mean test "
          "accuracy (%%)" % (ffnn.version(), __import__("sklearn").__version__,
                            os.environ.get("OPENBLAS_NUM_THREADS", "default"),
                            a.seeds))
    print("%-14s %6s %7s %9s %9s %8s %8s %8s %7s" % (
        "data", "train", "epochs", "ffnn s", "sklearn s", "speedup",
        "ffnn %", "sklearn %", "diff"))
    run("iris", shipped(datasets.load_iris), 200, a.seeds)
    run("wine", shipped(datasets.load_wine), 200, a.seeds)
    run("breast_cancer", shipped(datasets.load_breast_cancer), 200, a.seeds)
    run("digits", shipped(datasets.load_digits), 200, a.seeds)
    m = mnist()
    if m is None:
        print("mnist: not found (bash scripts/get-mnist.sh)")
    else:
        run("mnist 10k", m, 20, a.seeds)


if __name__ == "__main__":
    main()
