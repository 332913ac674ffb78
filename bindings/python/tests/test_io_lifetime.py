"""Model files and buffers; zero-copy passing; freeing exactly once; the
C struct layouts."""
import ctypes
import gc
import os
import shutil
import subprocess

import numpy as np
import pytest

import ffnn
import header
from ffnn import _lib
from conftest import X


def trained_net():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((50, 3)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[(x.sum(axis=1) > 0).astype(int)]
    net = ffnn.Net([3, 6, 5, 2], ["relu", "tanh", "softmax"], "ce", seed=7)
    net.train(x, y, epochs=5, batch_size=8, learning_rate=0.1)
    return net, x


def assert_same_net(a, b, x):
    assert a.sizes == b.sizes
    assert a.activation_functions == b.activation_functions
    assert a.loss_function == b.loss_function
    for l in range(1, a.num_layers + 1):
        for p, q in zip(a.get_layer(l), b.get_layer(l)):
            assert p.tobytes() == q.tobytes()
    assert a.forward(x).tobytes() == b.forward(x).tobytes()  # bit-identical


def test_save_load_file_and_buffer(tmp_path):
    net, x = trained_net()
    with net:
        path = tmp_path / "model.safetensors"
        net.save(path)
        with ffnn.Net.load(str(path)) as loaded:
            assert_same_net(net, loaded, x)
        blob = net.to_bytes()
        assert blob == path.read_bytes()
        assert int.from_bytes(blob[:8], "little") + 8 < len(blob)
        for data in (blob, bytearray(blob), memoryview(blob)):
            with ffnn.Net.from_bytes(data) as loaded:
                assert_same_net(net, loaded, x)
                assert loaded.optimizer == ffnn.Optimizer.SGD


def test_clone_is_independent():
    net, x = trained_net()
    with net, net.clone() as copy:
        assert_same_net(net, copy, x)
        copy.set_layer(1, b=np.ones(6))
        assert not np.array_equal(net.forward(x), copy.forward(x))


def test_float32_input_is_not_copied(monkeypatch, seed_net):
    seen = []
    real = ffnn._ptr
    monkeypatch.setattr(ffnn, "_ptr", lambda a: seen.append(a) or real(a))
    x32 = np.ascontiguousarray(np.stack([X, X]), dtype=np.float32)
    seed_net.forward(x32)
    assert seen[0] is x32  # the caller's own buffer went to C
    seen.clear()
    x64 = np.stack([X, X])[:, ::-1]  # float64, strided: copied
    y = seed_net.forward(x64)
    assert seen[0] is not x64 and seen[0].flags.c_contiguous
    np.testing.assert_allclose(
        y, seed_net.forward(np.ascontiguousarray(x64, np.float32)))


def test_close_is_idempotent_and_final(seed_net):
    seed_net.close()
    seed_net.close()
    with pytest.raises(ValueError, match="closed"):
        seed_net.forward(X)
    assert repr(seed_net) == "<ffnn.Net closed>"


class CountingAllocator:
    """Routes ffnn's allocations through Python to see every block freed
    exactly once. The callbacks stay referenced while blocks exist."""

    def __init__(self):
        libc = ctypes.CDLL(None)
        libc.malloc.restype, libc.malloc.argtypes = (ctypes.c_void_p,
                                                     [ctypes.c_size_t])
        libc.free.argtypes = [ctypes.c_void_p]
        self.live, self.bad_frees = set(), 0

        def alloc(_user, size):
            p = libc.malloc(size)
            if p:
                self.live.add(p)
            return p

        def free(_user, p):
            if p in self.live:
                self.live.remove(p)
                libc.free(p)
            else:  # double or foreign free: do not touch the heap
                self.bad_frees += 1

        self.alloc, self.free = _lib.ALLOC_FN(alloc), _lib.FREE_FN(free)

    def __enter__(self):
        assert _lib.lib.ffnn_set_allocator(self.alloc, self.free, None) == 0
        return self

    def __exit__(self, *exc):
        _lib.lib.ffnn_set_allocator(_lib.ALLOC_FN(), _lib.FREE_FN(), None)


def test_every_block_freed_exactly_once():
    with CountingAllocator() as counter:
        a = ffnn.Net([4, 8, 1], ["relu", "sigmoid"], "bce")
        a.forward(np.zeros((16, 4)))
        assert counter.live
        b = a.clone()
        c = ffnn.Net.from_bytes(a.to_bytes())
        with ffnn.Net([2, 1], ["linear"], "mse") as d:
            d.forward([1.0, 2.0])
        a.close()
        a.close()
        del a, b  # b is freed by garbage collection
        gc.collect()
        c.close()
        del c
        with pytest.raises(ffnn.Error):
            ffnn.Net([2, 0], ["linear"], "mse")  # failed create: no leak
        gc.collect()
        assert counter.live == set() and counter.bad_frees == 0


@pytest.mark.skipif(not shutil.which(os.environ.get("CC", "cc")),
                    reason="no C compiler to read the header's layout")
def test_struct_layouts_match_the_header(tmp_path):
    """Offsets and sizes of the ctypes mirrors against the C compiler's."""
    lines = []
    structs = (_lib.TrainOptionsStruct, _lib.TrainReportStruct,
               _lib.TrainPositionStruct, _lib.CommStruct)
    for struct in structs:
        cname = {"TrainOptionsStruct": "ffnn_train_options",
                 "TrainReportStruct": "ffnn_train_report",
                 "TrainPositionStruct": "ffnn_train_position",
                 "CommStruct": "ffnn_comm"}[
                     struct.__name__]
        lines.append('printf("%%zu\\n", sizeof(%s));' % cname)
        lines += ['printf("%%zu\\n", offsetof(%s, %s));' % (cname, f)
                  for f, _ in struct._fields_]
        expected = [ctypes.sizeof(struct)] + [getattr(struct, f).offset
                                              for f, _ in struct._fields_]
        struct.expected = expected
    src = tmp_path / "layout.c"
    src.write_text("#include <stddef.h>\n#include <stdio.h>\n#include <ffnn.h>"
                   "\nint main(void) {\n%s\nreturn 0;\n}\n" % "\n".join(lines))
    cflags = header.cflags()
    exe = tmp_path / "layout"
    subprocess.run([os.environ.get("CC", "cc"), *cflags, str(src), "-o",
                    str(exe)], check=True)
    got = [int(v) for v in subprocess.run([str(exe)], capture_output=True,
                                          text=True, check=True).stdout.split()]
    assert got == [v for struct in structs for v in struct.expected]
