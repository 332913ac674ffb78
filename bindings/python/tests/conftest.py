import numpy as np
import pytest

import ffnn

# The seed's binary-class example (course slides): 4-4-1, sigmoid, BCE.
W1 = np.array([[0.9, 0.2, 0.4, 0.3],
               [-0.5, 0.4, 0.3, 0.3],
               [0.1, 0.1, -0.1, 0.2],
               [-0.2, 0.5, 0.5, 0.7]])
B1 = np.array([0.5, 0.5, 0.5, 0.5])
W2 = np.array([[0.5, 0.8, -0.6, 0.3]])
B2 = np.array([0.3])
X = np.array([-0.6, -0.6, 0.2, 0.3])
Y = np.array([0.0])


@pytest.fixture
def seed_net():
    with ffnn.Net([4, 4, 1], ["sigmoid", "sigmoid"], "bce") as net:
        net.set_layer(1, W1, B1)
        net.set_layer(2, W2, B2)
        yield net
