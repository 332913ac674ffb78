"""ffnn.read_header (header section 18): a safetensors file's metadata and
tensors. The expected values come from the bytes each test writes and from
the format (include/ffnn.h, sections 11 and 18), never from the library."""
import contextlib
import dataclasses
import io
import json
import os
import pathlib
import re
import struct

import numpy as np
import pytest

import ffnn
from test_io_lifetime import CountingAllocator


def safetensors(header, data):
    """A safetensors file: the 8-byte little-endian length of the JSON,
    the JSON, the data."""
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + data


# ---- a file written by hand ----

# Metadata in an order that is not sorted, a value beyond ASCII.
METADATA = {"zeta": "first in the file", "alpha": "1", "mid": "\u00e9t\u00e9"}
SCALAR = struct.pack("<d", 2.5)
W = np.arange(6, dtype="<f4").reshape(2, 3) - 2.5
Q4K = bytes(range(144))  # one block of a dtype safetensors does not define
DATA = SCALAR + W.tobytes() + Q4K
# name: (dtype, shape, [begin, end) in the data); listed out of byte order.
TENSORS = {"q": ("Q4_K", [256], (32, 176)),
           "empty": ("F32", [0], (176, 176)),
           "w": ("F32", [2, 3], (8, 32)),
           "scalar": ("F64", [], (0, 8))}


def hand_header():
    header = {}
    for name in ("q", "empty"):
        dtype, shape, offsets = TENSORS[name]
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": list(offsets)}
    header["__metadata__"] = METADATA  # between tensors, as JSON allows
    for name in ("w", "scalar"):
        dtype, shape, offsets = TENSORS[name]
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": list(offsets)}
    return header


HAND = safetensors(hand_header(), DATA)
DATA_BEGIN = 8 + struct.unpack("<Q", HAND[:8])[0]


def noncontiguous(blob):
    """A memoryview of blob's bytes, every other byte of a larger array."""
    spread = np.zeros(2 * len(blob), np.uint8)
    spread[::2] = np.frombuffer(blob, np.uint8)
    view = memoryview(spread[::2])
    assert not view.contiguous
    return view


SOURCES = {
    "str path": lambda p: str(p),
    "pathlib path": lambda p: p,
    "bytes": lambda p: p.read_bytes(),
    "bytearray": lambda p: bytearray(p.read_bytes()),
    "memoryview": lambda p: memoryview(p.read_bytes()),
    "memoryview of a slice":
        lambda p: memoryview(b"junk" + p.read_bytes())[4:],
    "non-contiguous memoryview": lambda p: noncontiguous(p.read_bytes()),
    "numpy uint8 array": lambda p: np.frombuffer(p.read_bytes(), np.uint8),
}


@pytest.mark.parametrize("source", list(SOURCES))
def test_hand_written_file(tmp_path, source):
    path = tmp_path / "hand.safetensors"
    path.write_bytes(HAND)
    h = ffnn.read_header(SOURCES[source](path))
    assert isinstance(h, ffnn.FileHeader)
    assert h.size == len(HAND)
    assert type(h.metadata) is dict
    assert list(h.metadata.items()) == list(METADATA.items())  # file order
    assert type(h.tensors) is list
    # By where their bytes begin: scalar, w, q, empty.
    want = sorted(TENSORS.items(), key=lambda kv: kv[1][2])
    assert [t.name for t in h.tensors] == ["scalar", "w", "q", "empty"]
    assert [t.name for t in h.tensors] == [name for name, _ in want]
    for t, (name, (dtype, shape, (begin, end))) in zip(h.tensors, want):
        assert isinstance(t, ffnn.TensorInfo)
        assert (t.name, t.dtype, t.shape) == (name, dtype, tuple(shape))
        assert type(t.shape) is tuple
        assert all(type(d) is int for d in t.shape)
        assert (t.begin, t.end) == (DATA_BEGIN + begin, DATA_BEGIN + end)
        assert type(t.begin) is int and type(t.end) is int
    by_name = {t.name: t for t in h.tensors}
    assert by_name["scalar"].shape == ()
    assert by_name["empty"].shape == (0,)
    s, w, q = by_name["scalar"], by_name["w"], by_name["q"]
    assert struct.unpack("<d", HAND[s.begin:s.end]) == (2.5,)
    assert np.array_equal(
        np.frombuffer(HAND[w.begin:w.end], "<f4").reshape(w.shape), W)
    assert HAND[q.begin:q.end] == Q4K
    assert by_name["empty"].begin == by_name["empty"].end == len(HAND)


def test_header_is_frozen_and_compares_by_value(tmp_path):
    path = tmp_path / "hand.safetensors"
    path.write_bytes(HAND)
    h = ffnn.read_header(path)
    assert h == ffnn.read_header(HAND)
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.size = 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.tensors[0].name = "x"


def test_a_file_with_no_metadata_nor_tensors():
    h = ffnn.read_header(safetensors({}, b""))
    assert h == ffnn.FileHeader(size=8 + 2, metadata={}, tensors=[])


# ---- a checkpoint saved by the binding ----

SIZES = [3, 5, 2]


def test_checkpoint_saved_by_the_binding(tmp_path):
    rng = np.random.default_rng(4)
    x = rng.standard_normal((8, SIZES[0])).astype(np.float32)
    y = np.eye(SIZES[-1], dtype=np.float32)[rng.integers(0, 2, 8)]
    path = tmp_path / "run.ckpt"
    with ffnn.Net(SIZES, ["relu", "softmax"], "ce", seed=3) as net:
        net.set_optimizer_adam(0.9, 0.999, 1e-8)
        net.train_step(x, y, 0.01)  # Adam's m and v no longer zero
        net.save_checkpoint(path)
        layers = [net.get_layer(l) for l in (1, 2)]
        m_v, _ = net.optimizer_state()
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    h = ffnn.read_header(path)
    assert h == ffnn.read_header(raw)
    assert h.size == len(raw) == os.path.getsize(path)

    meta = h.metadata
    assert meta["format"] == "ffnn"
    assert meta["sizes"] == "3,5,2"
    assert meta["activations"] == "relu,softmax"
    assert meta["loss"] == "ce"
    assert meta["optimizer"] == "adam"
    # Every key and value, in the order of the JSON (read here by Python).
    in_file = json.loads(raw[8:8 + n])["__metadata__"]
    assert list(meta.items()) == list(in_file.items())

    shapes = {}
    for l in (1, 2):
        for param, shape in (("weight", (SIZES[l], SIZES[l - 1])),
                             ("bias", (SIZES[l],))):
            for state in ("", ".exp_avg", ".exp_avg_sq"):
                shapes["layers.%d.%s%s" % (l, param, state)] = shape
    names = [t.name for t in h.tensors]
    assert sorted(names) == sorted(shapes)  # exactly these, each once
    for t in h.tensors:
        assert t.dtype == "F32"
        assert t.shape == shapes[t.name], t.name
        assert t.end - t.begin == 4 * int(np.prod(t.shape)), t.name

    # The byte ranges tile the data: no gap, no overlap.
    assert h.tensors[0].begin == 8 + n
    for a, b in zip(h.tensors, h.tensors[1:]):
        assert a.end == b.begin, (a.name, b.name)
    assert h.tensors[-1].end == len(raw)

    def values(name):
        t = next(t for t in h.tensors if t.name == name)
        return np.frombuffer(raw[t.begin:t.end], "<f4").reshape(t.shape)

    for l, (W_l, b_l) in zip((1, 2), layers):
        assert np.array_equal(values("layers.%d.weight" % l), W_l)
        assert np.array_equal(values("layers.%d.bias" % l), b_l)
    # Adam's m then v, each in the order W_1, b_1, W_2, b_2 (section 13).
    order = ["layers.%d.%s" % (l, p) for l in (1, 2) for p in ("weight",
                                                                "bias")]
    flat = [values(name + suffix).ravel() for suffix in (".exp_avg",
                                                         ".exp_avg_sq")
            for name in order]
    assert np.abs(m_v).max() > 0
    assert np.array_equal(np.concatenate(flat), m_v)


# ---- errors ----

def format_error(source, *names):
    with pytest.raises(ffnn.Error) as e:
        ffnn.read_header(source)
    assert e.value.status == ffnn.Status.ERR_FORMAT
    assert e.value.status_name == "FFNN_ERR_FORMAT"
    for name in names:
        assert name in e.value.message, e.value.message
    return e.value


def test_a_metadata_value_that_is_a_number():
    blob = safetensors({"__metadata__": {"ok": "1", "epochs": 5}}, b"")
    e = format_error(blob, "epochs")
    assert "ok" not in e.message


BAD_TENSORS = {
    "past the data": ({"dtype": "U8", "shape": [16],
                       "data_offsets": [0, 16]}, 8),
    "begin past the data": ({"dtype": "U8", "shape": [0],
                             "data_offsets": [9, 9]}, 8),
    "reversed": ({"dtype": "U8", "shape": [0], "data_offsets": [8, 0]}, 8),
    "negative": ({"dtype": "U8", "shape": [0], "data_offsets": [-1, 0]}, 8),
    "not a pair": ({"dtype": "U8", "shape": [8], "data_offsets": [0]}, 8),
    "F32 bytes not its shape's": ({"dtype": "F32", "shape": [3],
                                   "data_offsets": [0, 8]}, 8),
    "a negative dimension": ({"dtype": "X", "shape": [-1],
                              "data_offsets": [0, 8]}, 8),
    "no dtype": ({"shape": [8], "data_offsets": [0, 8]}, 8),
}


@pytest.mark.parametrize("case", list(BAD_TENSORS))
def test_a_bad_tensor_entry(tmp_path, case):
    entry, data_size = BAD_TENSORS[case]
    good = {"dtype": "U8", "shape": [data_size],
            "data_offsets": [0, data_size]}
    blob = safetensors({"fine": good, "broken": entry}, bytes(data_size))
    format_error(blob, "broken")
    path = tmp_path / "bad.safetensors"
    path.write_bytes(blob)
    format_error(path, "broken")


@pytest.mark.parametrize("blob", [b"", b"\x02\0\0\0\0\0\0",
                                  struct.pack("<Q", 3) + b"{}",
                                  struct.pack("<Q", 2) + b"[]",
                                  struct.pack("<Q", 3) + b"{,}"],
                         ids=["empty", "7 bytes", "length past the end",
                              "not an object", "not JSON"])
def test_a_bad_container(blob):
    format_error(blob)
    format_error(bytearray(blob))


def test_a_bytes_source_is_contents_not_a_path(tmp_path):
    path = tmp_path / "hand.safetensors"
    path.write_bytes(HAND)
    format_error(os.fsencode(path))  # its 8 first bytes: no length


def test_a_missing_path(tmp_path):
    path = tmp_path / "missing.safetensors"
    with pytest.raises(ffnn.Error) as e:
        ffnn.read_header(path)
    assert e.value.status == ffnn.Status.ERR_IO
    assert str(path) in e.value.message


def test_a_directory(tmp_path):
    with pytest.raises(ffnn.Error) as e:
        ffnn.read_header(str(tmp_path))
    assert e.value.status == ffnn.Status.ERR_IO
    assert str(tmp_path) in e.value.message


@pytest.mark.parametrize("source", [5, None, 1.5, ["a"], {"a": "b"}],
                         ids=["int", "None", "float", "list", "dict"])
def test_a_source_of_another_type(source):
    with pytest.raises(TypeError, match=type(source).__name__):
        ffnn.read_header(source)


def test_a_path_with_a_nul(tmp_path):
    path = tmp_path / "hand.safetensors"
    path.write_bytes(HAND)
    with pytest.raises(ValueError, match="NUL"):
        ffnn.read_header(str(path) + "\0junk")


def test_the_handle_is_closed_every_time(tmp_path):
    path = tmp_path / "hand.safetensors"
    path.write_bytes(HAND)
    bad = safetensors({"__metadata__": {"ok": "1", "epochs": 5}}, b"")
    with CountingAllocator() as counter:
        for source in (HAND, path, bad, tmp_path / "missing"):
            try:
                ffnn.read_header(source)
            except ffnn.Error:
                pass
        assert counter.live == set() and counter.bad_frees == 0


# ---- the README's example ----

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.skipif(not README.exists(), reason="no README.md beside tests")
def test_readme_example(tmp_path):
    """The README section's code prints what the README says it prints."""
    text = README.read_text()
    section = text[text.index("## A file's header"):]
    found = re.search(r"```python\n(.*?)```\n\nprints\n\n```\n(.*?)```",
                      section, re.S)
    code, printed = found.group(1), found.group(2)
    code = code.replace("/tmp/", str(tmp_path) + "/")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})
    assert out.getvalue() == printed
