"""ffnn.sklearn against scikit-learn's estimator contract and its own
MLPs (Debian's python3-sklearn, 1.2).

check_estimator runs every check through parametrize_with_checks. The
checks it skips (pytest reports them as skipped, with the reason):
  - check_classifier_data_not_an_array, check_regressor_data_not_an_array:
    scikit-learn skips them itself when pandas is not installed (Debian's
    python3-sklearn does not pull python3-pandas); with pandas they run.
  - check_classifiers_multilabel_output_format_decision_function:
    skipped by scikit-learn because MLPClassifier has no
    decision_function, as scikit-learn's own MLPClassifier has none.
No check is skipped or expected to fail by this file.
"""
import pickle
import threading
import time
import warnings

import numpy as np
import pytest

sklearn = pytest.importorskip("sklearn")

from sklearn import neural_network  # noqa: E402
from sklearn.datasets import load_iris, make_multilabel_classification  # noqa
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.model_selection import GridSearchCV, cross_val_score  # noqa
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
from sklearn.utils.estimator_checks import parametrize_with_checks  # noqa

from ffnn.sklearn import MLPClassifier, MLPRegressor  # noqa: E402


@parametrize_with_checks([MLPClassifier(max_iter=50, random_state=0),
                          MLPRegressor(max_iter=50, random_state=0)])
def test_sklearn_estimator_checks(estimator, check):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        check(estimator)


def iris():
    X, y = load_iris(return_X_y=True)
    return StandardScaler().fit_transform(X), y


def quiet(fn, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return fn(*args, **kw)


def test_same_start_and_loss_as_scikit_learn():
    """The same random_state gives scikit-learn's initial weights, and the
    first epoch's loss is scikit-learn's, classifier and regressor (the
    shuffles differ, so later epochs drift apart by rounding only when
    shuffle=False)."""
    X, y = iris()
    for ours, theirs, target in (
            (MLPClassifier, neural_network.MLPClassifier, y),
            (MLPRegressor, neural_network.MLPRegressor, X[:, 3])):
        kw = dict(hidden_layer_sizes=(16,), max_iter=5, random_state=3,
                  shuffle=False, batch_size=len(X))
        a = quiet(ours(**kw).fit, X[:, :3], target)
        b = quiet(theirs(**kw).fit, X[:, :3], target)
        np.testing.assert_allclose(a.loss_curve_, b.loss_curve_, rtol=2e-4)
        for ca, cb in zip(a.coefs_, b.coefs_):
            assert ca.shape == cb.shape
            np.testing.assert_allclose(ca, cb, rtol=1e-3, atol=1e-5)


def test_sgd_with_momentum_follows_scikit_learn():
    X, y = iris()
    kw = dict(hidden_layer_sizes=(8,), solver="sgd", momentum=0.9,
              nesterovs_momentum=False, learning_rate_init=0.05, max_iter=20,
              random_state=1, shuffle=False, batch_size=len(X), alpha=1e-3)
    a = quiet(MLPRegressor(**kw).fit, X[:, :3], X[:, 3])
    b = quiet(neural_network.MLPRegressor(**kw).fit, X[:, :3], X[:, 3])
    np.testing.assert_allclose(a.loss_curve_, b.loss_curve_, rtol=1e-3)


def test_targets_binary_multiclass_multilabel_multioutput():
    X, y = iris()
    kw = dict(max_iter=100, random_state=0)
    binary = quiet(MLPClassifier(**kw).fit, X, y == 2)
    theirs = quiet(neural_network.MLPClassifier(**kw).fit, X, y == 2)
    assert binary.out_activation_ == theirs.out_activation_ == "logistic"
    assert binary.predict_proba(X).shape == (150, 2)
    assert binary.score(X, y == 2) >= theirs.score(X, y == 2) - 0.03
    multi = quiet(MLPClassifier(max_iter=200, random_state=0).fit, X, y)
    assert multi.out_activation_ == "softmax"
    np.testing.assert_allclose(multi.predict_proba(X).sum(1), 1, rtol=1e-5)
    np.testing.assert_allclose(np.exp(multi.predict_log_proba(X)),
                               multi.predict_proba(X), rtol=1e-6)
    Xm, Ym = make_multilabel_classification(n_samples=200, n_classes=4,
                                            random_state=0)
    ml = quiet(MLPClassifier(max_iter=200, random_state=0).fit, Xm, Ym)
    assert ml.predict(Xm).shape == Ym.shape and ml.score(Xm, Ym) > 0.3
    reg = quiet(MLPRegressor(max_iter=300, random_state=0).fit, X[:, :2],
                X[:, 2:])
    assert reg.predict(X[:, :2]).shape == (150, 2) and reg.n_outputs_ == 2


def test_attributes_are_scikit_learns_layout():
    X, y = iris()
    m = quiet(MLPClassifier(hidden_layer_sizes=(7, 5), max_iter=10,
                            random_state=0).fit, X, y)
    assert [c.shape for c in m.coefs_] == [(4, 7), (7, 5), (5, 3)]
    assert [b.shape for b in m.intercepts_] == [(7,), (5,), (3,)]
    W, b = m._net.get_layer(1)
    np.testing.assert_array_equal(m.coefs_[0], W.T)
    assert m.n_iter_ == len(m.loss_curve_) == 10
    assert m.best_loss_ == min(m.loss_curve_) and m.n_layers_ == 4
    assert m.n_features_in_ == 4 and list(m.classes_) == [0, 1, 2]


def test_early_stopping_keeps_the_best_epoch():
    X, y = iris()
    m = MLPClassifier(max_iter=300, early_stopping=True, n_iter_no_change=5,
                      random_state=0).fit(X, y)
    assert m.best_loss_ is None
    assert len(m.validation_scores_) == m.n_iter_ < 300
    assert m.best_validation_score_ == max(m.validation_scores_)


def test_partial_fit_and_callback():
    X, y = iris()
    m = MLPClassifier(random_state=0)
    m.partial_fit(X, y, classes=[0, 1, 2])
    for _ in range(20):
        m.partial_fit(X, y)
    assert m.n_iter_ == 21 and m.score(X, y) > 0.8
    with pytest.raises(ValueError):
        MLPClassifier().partial_fit(X, y)
    seen = []
    m = MLPRegressor(max_iter=100, random_state=0,
                     callback=lambda n, loss: seen.append(loss) or n == 7)
    m.fit(X[:, :3], X[:, 3])
    assert m.n_iter_ == 7 and seen == m.loss_curve_


def test_pipelines_search_and_pickle():
    X, y = iris()
    pipe = make_pipeline(StandardScaler(),
                         MLPClassifier(max_iter=100, random_state=0))
    assert quiet(cross_val_score, pipe, X, y, cv=3).mean() > 0.85
    grid = GridSearchCV(MLPClassifier(max_iter=60, random_state=0),
                        {"hidden_layer_sizes": [(4,), (16,)]}, cv=2)
    quiet(grid.fit, X, y)
    assert grid.best_params_["hidden_layer_sizes"] in [(4,), (16,)]
    m = quiet(MLPClassifier(max_iter=30, random_state=0).fit, X, y)
    data = pickle.dumps(m)
    assert b"ffnn" in data  # ffnn's own serialisation inside
    back = pickle.loads(data)
    np.testing.assert_array_equal(back.predict_proba(X), m.predict_proba(X))


def test_bad_input_raises_clear_errors():
    X, y = iris()
    with pytest.raises(ValueError, match="activation"):
        MLPClassifier(activation="swish").fit(X, y)
    with pytest.raises(ValueError, match="lbfgs"):
        MLPClassifier(solver="lbfgs").fit(X, y)
    X_nan = X.copy()
    X_nan[0, 0] = np.nan
    with pytest.raises(ValueError):
        MLPClassifier().fit(X_nan, y)
    m = quiet(MLPClassifier(max_iter=5).fit, X, y)
    with pytest.raises(ValueError):
        m.predict(X[:, :3])


def test_fits_in_threads_run_at_once():
    """ctypes releases the GIL in every ffnn call: while one thread fits,
    the main thread keeps running Python code."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(8000, 128)).astype(np.float32)
    y = (X[:, 0] > 0).astype(int)
    done = threading.Event()

    def fit():
        quiet(MLPClassifier(hidden_layer_sizes=(512,), max_iter=10,
                            random_state=0, n_iter_no_change=100).fit, X, y)
        done.set()

    t = threading.Thread(target=fit)
    start = time.perf_counter()
    t.start()
    ticks = 0
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    elapsed = time.perf_counter() - start
    # A held GIL would let the loop run only between calls, a handful of
    # times; released, it ticks about once a millisecond throughout.
    assert elapsed > 0.05 and ticks > 0.3 * elapsed / 0.001
