"""scikit-learn estimators on ffnn: MLPClassifier and MLPRegressor.

Drop-in for sklearn.neural_network's estimators of the same names: the
same constructor parameters where the meaning is the same, fit,
partial_fit, predict, predict_proba, predict_log_proba, score, and the
fitted attributes coefs_ (fan_in x fan_out), intercepts_, loss_curve_,
best_loss_, validation_scores_, best_validation_score_, n_iter_, classes_,
n_features_in_, n_outputs_, n_layers_, out_activation_ and t_. They work
in Pipeline, GridSearchCV and cross_val_score, and pickle through ffnn's
own checkpoint format. Data is float32 (float64 is converted once).

Where ffnn's meaning differs from scikit-learn's:
  - alpha: scikit-learn divides the L2 penalty by the batch size; here it
    is ffnn's weight decay alpha / batch_size per step, which is the same
    gradient (g + alpha/B W), applied to weights, not biases, as there.
  - the regressor's loss: scikit-learn's squared error is halved and
    averaged over the outputs, ffnn's is summed over them: ffnn's
    gradient is 2 n_outputs times scikit-learn's. learning_rate_init is
    divided by 2 n_outputs for sgd so that steps match; Adam is
    insensitive to the scale. loss_curve_ is reported in scikit-learn's
    convention (halved and averaged; the penalty term left out).
  - solver "lbfgs" and learning_rate schedules other than "constant" are
    not offered (ValueError).
  - callback (ffnn's own): callback(n_iter, loss) after every epoch, for
    progress; a true return value stops the fit.

The weights start as scikit-learn's do (Glorot uniform, biases too, from
random_state), so the same random_state starts from the same law; the
shuffling is ffnn's. ffnn's C calls release the GIL (ctypes), so threads
can fit separate estimators at once.
"""
import numbers
import warnings
from typing import Optional

import numpy as np
from numpy.typing import ArrayLike

try:
    from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin
    from sklearn.exceptions import ConvergenceWarning, DataConversionWarning
    from sklearn.metrics import accuracy_score, r2_score
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import LabelBinarizer
    from sklearn.utils import check_random_state
    from sklearn.utils.multiclass import (check_classification_targets,
                                          type_of_target)
    from sklearn.utils.validation import check_is_fitted
except ImportError as e:  # pragma: no cover
    raise ImportError("ffnn.sklearn needs scikit-learn (Debian: "
                      "python3-sklearn)") from e

from . import Net

__all__ = ["MLPClassifier", "MLPRegressor"]

_ACTIVATIONS = {"identity": "linear", "logistic": "sigmoid", "tanh": "tanh",
                "relu": "relu"}


class _BaseMLP(BaseEstimator):
    """What the classifier and regressor share; see the module docstring."""

    def __init__(self, hidden_layer_sizes=(100,), activation="relu", *,
                 solver="adam", alpha=0.0001, batch_size="auto",
                 learning_rate="constant", learning_rate_init=0.001,
                 max_iter=200, shuffle=True, random_state=None, tol=1e-4,
                 verbose=False, warm_start=False, momentum=0.9,
                 nesterovs_momentum=True, early_stopping=False,
                 validation_fraction=0.1, beta_1=0.9, beta_2=0.999,
                 epsilon=1e-8, n_iter_no_change=10, callback=None):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.activation = activation
        self.solver = solver
        self.alpha = alpha
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.learning_rate_init = learning_rate_init
        self.max_iter = max_iter
        self.shuffle = shuffle
        self.random_state = random_state
        self.tol = tol
        self.verbose = verbose
        self.warm_start = warm_start
        self.momentum = momentum
        self.nesterovs_momentum = nesterovs_momentum
        self.early_stopping = early_stopping
        self.validation_fraction = validation_fraction
        self.beta_1 = beta_1
        self.beta_2 = beta_2
        self.epsilon = epsilon
        self.n_iter_no_change = n_iter_no_change
        self.callback = callback

    # ---- parameters ----

    def _check_params(self):
        sizes = self.hidden_layer_sizes
        if isinstance(sizes, numbers.Integral):
            sizes = (sizes,)
        sizes = tuple(sizes)
        if any(not isinstance(s, numbers.Integral) or s <= 0 for s in sizes):
            raise ValueError("hidden_layer_sizes must be positive integers, "
                             "got %r" % (self.hidden_layer_sizes,))
        if self.activation not in _ACTIVATIONS:
            raise ValueError("activation %r is not one of %s"
                             % (self.activation, sorted(_ACTIVATIONS)))
        if self.solver not in ("sgd", "adam"):
            raise ValueError("solver %r: ffnn offers 'sgd' and 'adam'"
                             % (self.solver,))
        if self.learning_rate != "constant":
            raise ValueError("learning_rate %r: ffnn's estimators offer "
                             "'constant'" % (self.learning_rate,))
        checks = [("max_iter", self.max_iter, 1), ("alpha", self.alpha, 0),
                  ("learning_rate_init", self.learning_rate_init, 0),
                  ("n_iter_no_change", self.n_iter_no_change, 1),
                  ("tol", self.tol, 0)]
        for name, value, low in checks:
            if not isinstance(value, numbers.Real) or not value >= low or \
                    (name == "learning_rate_init" and value == 0):
                raise ValueError("%s must be >= %s, got %r"
                                 % (name, low, value))
        if not 0 <= self.momentum <= 1:
            raise ValueError("momentum must be in [0, 1], got %r"
                             % (self.momentum,))
        if not 0 < self.validation_fraction < 1:
            raise ValueError("validation_fraction must be in (0, 1), got %r"
                             % (self.validation_fraction,))
        for name in ("beta_1", "beta_2"):
            if not 0 <= getattr(self, name) < 1:
                raise ValueError("%s must be in [0, 1)" % name)
        if not self.epsilon > 0:
            raise ValueError("epsilon must be > 0")
        return sizes

    def _batch(self, n):
        if self.batch_size == "auto":
            return min(200, n)
        if not isinstance(self.batch_size, numbers.Integral) or \
                self.batch_size < 1:
            raise ValueError("batch_size must be 'auto' or >= 1, got %r"
                             % (self.batch_size,))
        return min(int(self.batch_size), n)

    # ---- the network ----

    def _new_net(self, n_in, n_out, sizes, rng):
        acts = [_ACTIVATIONS[self.activation]] * len(sizes)
        acts.append(self._output_activation(n_out))
        widths = [n_in, *sizes, n_out]
        net = Net(widths, acts, self._loss_name())
        # scikit-learn's initialisation, so that the same random_state
        # starts from weights of the same law: Glorot uniform (factor 2 for
        # a logistic layer, else 6), biases too.
        for l in range(1, len(widths)):
            fan_in, fan_out = widths[l - 1], widths[l]
            factor = 2.0 if self.activation == "logistic" else 6.0
            bound = np.sqrt(factor / (fan_in + fan_out))
            W = rng.uniform(-bound, bound, (fan_in, fan_out))
            b = rng.uniform(-bound, bound, fan_out)
            net.set_layer(l, W.T, b)
        if self.solver == "adam":
            net.set_optimizer_adam(self.beta_1, self.beta_2, self.epsilon)
        elif self.momentum > 0:
            net.set_optimizer_momentum(min(self.momentum, 0.999999),
                                       self.nesterovs_momentum)
        return net

    def _rate(self):
        """The learning rate that gives scikit-learn's steps (see above):
        Adam's step does not depend on the gradient's scale, SGD's does."""
        scale = self._loss_scale() if self.solver == "sgd" else 1.0
        return float(self.learning_rate_init) / scale

    def _epoch(self, net, x, y, rng):
        """One pass over (x, y) in mini-batches; the mean loss (ffnn's)."""
        n = x.shape[0]
        batch = self._batch(n)
        net.set_weight_decay(float(self.alpha) / batch)
        report = net.train(x, y, epochs=1, batch_size=batch,
                           learning_rate=self._rate(), shuffle=self.shuffle,
                           seed=int(rng.randint(np.iinfo(np.int32).max)))
        self.t_ = getattr(self, "t_", 0) + n
        return report.train_loss / self._loss_scale()

    def _after_epoch(self, loss, validation, incremental):
        """An epoch's bookkeeping; True to stop (converged, or asked)."""
        if not np.isfinite(loss):
            raise ValueError("training diverged (loss %r); try a smaller "
                             "learning_rate_init" % loss)
        self.n_iter_ += 1
        self.loss_curve_.append(loss)
        if self.verbose:
            print("Iteration %d, loss = %.8f" % (self.n_iter_, loss))
        if self.callback is not None and self.callback(self.n_iter_, loss):
            return True  # asked to stop: no ConvergenceWarning
        if validation:
            score = self._validation_score(*validation)
            self.validation_scores_.append(score)
            improved = score > self.best_validation_score_ + self.tol
            if score > self.best_validation_score_:
                self.best_validation_score_ = score
                self._best = self._net.checkpoint_bytes()
        else:
            improved = loss < self.best_loss_ - self.tol
            self.best_loss_ = min(self.best_loss_, loss)
        self._no_improvement = 0 if improved else self._no_improvement + 1
        return not incremental and \
            self._no_improvement >= self.n_iter_no_change

    def _all_epochs(self, x, y, rng):
        """max_iter epochs as one ffnn_train call (no Python between the
        batches); the bookkeeping runs in its callback at each epoch's
        end. True if it stopped before max_iter."""
        n = x.shape[0]
        batch = self._batch(n)
        self._net.set_weight_decay(float(self.alpha) / batch)
        stop = []

        def at_epoch_end(report):
            if not report.epoch_end:
                return False
            self.t_ += n
            stop.append(self._after_epoch(
                report.train_loss / self._loss_scale(), None, False))
            return stop[-1]

        self._net.train(x, y, epochs=int(self.max_iter), batch_size=batch,
                        learning_rate=self._rate(), shuffle=self.shuffle,
                        seed=int(rng.randint(np.iinfo(np.int32).max)),
                        callback=at_epoch_end)
        return any(stop)

    def _fit(self, x, y, incremental):
        sizes = self._check_params()
        rng = check_random_state(self.random_state)
        first = not (incremental or self.warm_start) or \
            not hasattr(self, "_net")
        if first:
            self._net = self._new_net(x.shape[1], y.shape[1], sizes, rng)
            self.loss_curve_ = []
            self.best_loss_ = np.inf
            self.validation_scores_ = [] if self.early_stopping else None
            self.best_validation_score_ = \
                -np.inf if self.early_stopping else None
            self._no_improvement = 0
            self.n_iter_ = 0
            self.t_ = 0
        stopping = self.early_stopping and not incremental
        if stopping:
            x, x_val, y, y_val = self._validation_split(x, y, rng)
        self._best = None
        if stopping or incremental:  # epoch by epoch, validating
            stopped = False
            for _ in range(1 if incremental else int(self.max_iter)):
                loss = self._epoch(self._net, x, y, rng)
                stopped = self._after_epoch(loss, stopping and (x_val, y_val),
                                            incremental)
                if stopped:
                    break
        else:  # every epoch in one ffnn call, the checks at each end
            stopped = self._all_epochs(x, y, rng)
        if not incremental and not stopped:
            warnings.warn("Stochastic Optimizer: Maximum iterations (%d) "
                          "reached and the optimization hasn't converged "
                          "yet." % self.max_iter, ConvergenceWarning)
        if stopping:
            self.best_loss_ = None
            if self._best is not None:  # the best epoch's, as sklearn
                self._net = Net.from_bytes(self._best)
        del self._best
        self._publish()
        return self

    def _validation_split(self, x, y, rng):
        stratify = self._stratify(y)
        return train_test_split(x, y, random_state=rng,
                                test_size=self.validation_fraction,
                                stratify=stratify)

    def _publish(self):
        net = self._net
        self.coefs_, self.intercepts_ = [], []
        for l in range(1, net.num_layers + 1):
            W, b = net.get_layer(l)
            self.coefs_.append(np.array(W.T))
            self.intercepts_.append(np.array(b))
        self.n_layers_ = net.num_layers + 1
        self.n_outputs_ = net.sizes[-1]

    def _forward(self, X):
        check_is_fitted(self, "_net")
        X = self._validate_data(X, reset=False, dtype=np.float32,
                                accept_sparse=False)
        return self._net.predict(np.ascontiguousarray(X, np.float32))

    # ---- pickling: the network as ffnn's own checkpoint bytes ----

    def __getstate__(self):
        state = super().__getstate__() if hasattr(super(), "__getstate__") \
            else self.__dict__.copy()
        state = dict(state)
        net = state.pop("_net", None)
        if net is not None:
            state["_net_checkpoint"] = net.checkpoint_bytes()
        return state

    def __setstate__(self, state):
        state = dict(state)
        data = state.pop("_net_checkpoint", None)
        if hasattr(super(), "__setstate__"):
            super().__setstate__(state)
        else:
            self.__dict__.update(state)
        if data is not None:
            self._net = Net.from_bytes(data)


class MLPClassifier(ClassifierMixin, _BaseMLP):
    """Multi-layer perceptron classifier on ffnn: softmax and cross-entropy
    for several classes, a logistic output with binary cross-entropy for
    two classes and for multi-label targets (an indicator matrix). See the
    module docstring for the parameters' meaning where it differs from
    sklearn.neural_network.MLPClassifier."""

    def _loss_name(self):
        return "ce" if self.out_activation_ == "softmax" else "bce"

    def _loss_scale(self):
        return 1.0

    def _output_activation(self, n_out):
        return "softmax" if self.out_activation_ == "softmax" else "sigmoid"

    def _stratify(self, y):
        return None if self._label_binarizer.y_type_ == "multilabel-indicator" \
            else y

    def _encode(self, y, first):
        if first:
            check_classification_targets(y)
            self._label_binarizer = LabelBinarizer()
            self._label_binarizer.fit(y)
            self.classes_ = self._label_binarizer.classes_
        elif not hasattr(self, "_label_binarizer"):
            raise ValueError("partial_fit: the first call needs classes")
        kind = type_of_target(y)
        if kind == "multilabel-indicator":
            self.out_activation_ = "logistic"
        else:
            self.out_activation_ = \
                "logistic" if len(self.classes_) <= 2 else "softmax"
        if not first and not set(np.unique(y)) <= set(self.classes_) and \
                kind != "multilabel-indicator":
            raise ValueError("y holds labels not in classes_: %s"
                             % sorted(set(np.unique(y)) - set(self.classes_)))
        return self._label_binarizer.transform(y).astype(np.float32)

    def fit(self, X: ArrayLike, y: ArrayLike) -> "MLPClassifier":
        """Train on X (n_samples x n_features) and class labels y (or a
        label indicator matrix), from new weights unless warm_start."""
        X, y = self._validate_data(X, y, multi_output=True, dtype=np.float32,
                                   y_numeric=False)
        y = self._column(y)
        first = not (self.warm_start and hasattr(self, "_net"))
        return self._fit(np.ascontiguousarray(X), self._encode(y, first),
                         incremental=False)

    def partial_fit(self, X: ArrayLike, y: ArrayLike,
                    classes: Optional[ArrayLike] = None) -> "MLPClassifier":
        """One epoch over (X, y); the first call must name all classes."""
        first = not hasattr(self, "_net")
        X, y = self._validate_data(X, y, multi_output=True, dtype=np.float32,
                                   reset=first)
        y = self._column(y)
        if first:
            if classes is None and type_of_target(y) != \
                    "multilabel-indicator":
                raise ValueError("classes must be passed on the first call "
                                 "to partial_fit")
            self._encode(y if classes is None else np.asarray(classes), True)
        return self._fit(np.ascontiguousarray(X), self._encode(y, False),
                         incremental=True)

    @staticmethod
    def _column(y):
        """A column of labels is one label a sample, as scikit-learn says."""
        if y.ndim == 2 and y.shape[1] == 1:
            warnings.warn("A column-vector y was passed when a 1d array was "
                          "expected; it is used as such.",
                          DataConversionWarning, stacklevel=3)
            return y.ravel()
        return y

    def _validation_score(self, x, y):
        return accuracy_score(self._decode(self._net.predict(x)),
                              self._decode(y))

    def _decode(self, out):
        if self.out_activation_ == "softmax":
            return self.classes_[np.argmax(out, axis=1)]
        if self._label_binarizer.y_type_ == "multilabel-indicator":
            return (out > 0.5).astype(int)
        return self.classes_[(out[:, 0] > 0.5).astype(int)]

    def predict(self, X: ArrayLike) -> np.ndarray:
        """The class of each sample (or the label indicators)."""
        return self._decode(self._forward(X))

    def predict_proba(self, X: ArrayLike) -> np.ndarray:
        """Class probabilities, n_samples x n_classes (x n_labels for
        multi-label targets)."""
        out = self._forward(X).astype(np.float64)
        if self.out_activation_ == "logistic" and \
                self._label_binarizer.y_type_ != "multilabel-indicator":
            return np.hstack([1 - out, out])
        return out

    def predict_log_proba(self, X: ArrayLike) -> np.ndarray:
        """log of predict_proba."""
        with np.errstate(divide="ignore"):
            return np.log(self.predict_proba(X))

    def _more_tags(self):
        return {"multilabel": True}


class MLPRegressor(RegressorMixin, _BaseMLP):
    """Multi-layer perceptron regressor on ffnn: a linear output and the
    squared error, for one or several outputs. See the module docstring
    for the parameters' meaning where it differs from
    sklearn.neural_network.MLPRegressor."""

    out_activation_ = "identity"

    def _loss_name(self):
        return "mse"

    def _loss_scale(self):
        return 2.0 * getattr(self, "_n_targets", 1)

    def _output_activation(self, n_out):
        return "linear"

    def _stratify(self, y):
        return None

    def _targets(self, y):
        y = np.asarray(y, np.float32)
        self._single_output = y.ndim == 1
        y = y.reshape(-1, 1) if y.ndim == 1 else y
        self._n_targets = y.shape[1]
        return np.ascontiguousarray(y)

    def fit(self, X: ArrayLike, y: ArrayLike) -> "MLPRegressor":
        """Train on X (n_samples x n_features) and targets y (n_samples, or
        n_samples x n_outputs), from new weights unless warm_start."""
        X, y = self._validate_data(X, y, multi_output=True, y_numeric=True,
                                   dtype=np.float32)
        return self._fit(np.ascontiguousarray(X), self._targets(y),
                         incremental=False)

    def partial_fit(self, X: ArrayLike, y: ArrayLike) -> "MLPRegressor":
        """One epoch over (X, y)."""
        X, y = self._validate_data(X, y, multi_output=True, y_numeric=True,
                                   dtype=np.float32,
                                   reset=not hasattr(self, "_net"))
        return self._fit(np.ascontiguousarray(X), self._targets(y),
                         incremental=True)

    def _validation_score(self, x, y):
        return r2_score(y, self._net.predict(x))

    def predict(self, X: ArrayLike) -> np.ndarray:
        """The outputs: n_samples (one output), else n_samples x
        n_outputs."""
        out = self._forward(X).astype(np.float64)
        return out.ravel() if self._single_output else out

    def _more_tags(self):
        return {"multioutput": True}
