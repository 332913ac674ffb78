"""ffnn.set_num_threads / num_threads: OpenBLAS's thread count."""
import pytest

import ffnn


@pytest.fixture
def restore_threads():
    before = ffnn.num_threads()
    yield
    ffnn.set_num_threads(before)


def test_set_and_read_back(restore_threads):
    ffnn.set_num_threads(1)
    assert ffnn.num_threads() == 1
    ffnn.set_num_threads(2)  # OpenBLAS built for one thread caps it at 1
    assert ffnn.num_threads() in (1, 2)


@pytest.mark.parametrize("bad", [0, -1, -2**31])
def test_counts_below_one_are_refused_by_the_library(restore_threads, bad):
    ffnn.set_num_threads(2)
    before = ffnn.num_threads()
    with pytest.raises(ffnn.Error) as e:
        ffnn.set_num_threads(bad)
    assert e.value.status == ffnn.Status.ERR_ARG
    assert "ffnn_set_num_threads: n is" in e.value.message
    assert ffnn.num_threads() == before


@pytest.mark.parametrize("bad", [2**31, 2**32 + 1, -2**31 - 1, -2**40])
def test_counts_past_a_c_int_are_refused_not_wrapped(restore_threads, bad):
    ffnn.set_num_threads(2)
    before = ffnn.num_threads()
    with pytest.raises(ffnn.Error) as e:
        ffnn.set_num_threads(bad)  # 2**32 + 1 would wrap to 1 in a C int
    assert e.value.status == ffnn.Status.ERR_ARG
    assert e.value.message == "set_num_threads: n is %d, outside a C int" % bad
    assert ffnn.num_threads() == before


def test_only_integers(restore_threads):
    with pytest.raises(TypeError):
        ffnn.set_num_threads(2.0)
