"""Names are the library's (ffnn_*_name, ffnn_*_from_name, since 1.4.0):
the binding's members carry the same names, and a name is resolved by C."""
import pytest

import ffnn
from ffnn._lib import lib

KINDS = [(ffnn.Activation, "activation"), (ffnn.Loss, "loss"),
         (ffnn.Optimizer, "optimizer"), (ffnn.Backend, "backend")]


@pytest.mark.parametrize("kind, c_name", KINDS)
def test_members_are_named_as_the_library_names_them(kind, c_name):
    name_of = getattr(lib, "ffnn_%s_name" % c_name)
    library = []
    while name_of(len(library)) is not None:  # no gaps, append-only
        library.append(name_of(len(library)).decode())
    assert [m.name.lower() for m in kind] == library
    for member in kind:
        assert ffnn._enum(kind, member.name.lower()) is member
        assert ffnn._enum(kind, member.name.title()) is member  # any case


def test_names_reach_the_library():
    with ffnn.Net([3, 4, 2], ["Tanh", "SOFTMAX"], "ce") as net:
        assert net.activation_functions == (ffnn.Activation.TANH,
                                            ffnn.Activation.SOFTMAX)
        net.backend = "Naive"
        assert net.backend == ffnn.Backend.NAIVE
    with pytest.raises(ValueError, match='unknown backend "gpu"'):
        ffnn._enum(ffnn.Backend, "gpu")
