"""The package is typed (PEP 561): it carries py.typed, and the hints of
its public functions name types that exist (typing.get_type_hints
evaluates them)."""
import dataclasses
import inspect
import os
import typing

import ffnn


def test_py_typed_marker():
    assert os.path.exists(os.path.join(os.path.dirname(ffnn.__file__),
                                       "py.typed"))


def test_public_hints_resolve():
    funcs = [ffnn.version, ffnn.version_number, ffnn.set_num_threads,
             ffnn.num_threads, ffnn.read_header]
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


def test_public_dataclass_fields_are_hinted():
    """Every field of the dataclasses the API returns has a type that
    resolves; read_header's are the ones its docstring names."""
    for cls in (ffnn.TrainReport, ffnn.TrainPosition, ffnn.FileHeader,
                ffnn.TensorInfo):
        hints = typing.get_type_hints(cls, vars(ffnn))
        assert set(hints) == {f.name for f in dataclasses.fields(cls)}, cls
    assert typing.get_type_hints(ffnn.FileHeader, vars(ffnn)) == {
        "size": int, "metadata": typing.Dict[str, str],
        "tensors": typing.List[ffnn.TensorInfo]}
    assert typing.get_type_hints(ffnn.TensorInfo, vars(ffnn)) == {
        "name": str, "dtype": str, "shape": typing.Tuple[int, ...],
        "begin": int, "end": int}
    assert typing.get_type_hints(ffnn.read_header,
                                 vars(ffnn))["return"] is ffnn.FileHeader


def test_all_names_exist():
    assert {"read_header", "FileHeader", "TensorInfo"} <= set(ffnn.__all__)
    assert [n for n in ffnn.__all__ if not hasattr(ffnn, n)] == []


def test_estimator_hints_resolve():
    sk = __import__("pytest").importorskip("ffnn.sklearn")
    for cls in (sk.MLPClassifier, sk.MLPRegressor):
        for name in ("fit", "partial_fit", "predict"):
            hints = typing.get_type_hints(getattr(cls, name), vars(sk))
            assert "return" in hints and "X" in hints, (cls, name)
