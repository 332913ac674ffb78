"""The package is typed (PEP 561): it carries py.typed, and the hints of
its public functions name types that exist (typing.get_type_hints
evaluates them)."""
import inspect
import os
import typing

import ffnn


def test_py_typed_marker():
    assert os.path.exists(os.path.join(os.path.dirname(ffnn.__file__),
                                       "py.typed"))


def test_public_hints_resolve():
    funcs = [ffnn.version, ffnn.version_number, ffnn.set_num_threads,
             ffnn.num_threads]
    for name, member in vars(ffnn.Net).items():
        if name.startswith("_") and name != "__init__":
            continue
        if isinstance(member, property):  # the setter is checked below
            if member.fset:
                funcs.append(member.fset)
            member = member.fget
        elif isinstance(member, classmethod):
            member = member.__func__
        if inspect.isfunction(member):
            funcs.append(member)
    assert len(funcs) > 40
    unhinted = [f.__qualname__ for f in funcs
                if "return" not in typing.get_type_hints(f, vars(ffnn))]
    assert unhinted == []


def test_estimator_hints_resolve():
    sk = __import__("pytest").importorskip("ffnn.sklearn")
    for cls in (sk.MLPClassifier, sk.MLPRegressor):
        for name in ("fit", "partial_fit", "predict"):
            hints = typing.get_type_hints(getattr(cls, name), vars(sk))
            assert "return" in hints and "X" in hints, (cls, name)
