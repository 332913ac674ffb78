package ffnn

import (
	"math"
	"testing"
)

// The activations of libffnn 1.4.0.
var newActivations = []Activation{LeakyReLU, ELU, GELU, SiLU, Softplus}

// Each makes a network that reports it back, hidden or as the output, as
// do a view, a clone and the model read back from its bytes.
func TestNewActivationsComeBack(t *testing.T) {
	for i, g := range newActivations {
		if int(g) != 5+i {
			t.Errorf("%v = %d; the header's is %d", g, int(g), 5+i)
		}
		net, err := New([]int{3, 4, 2}, []Activation{g, Linear}, MSE, 1)
		must(t, err)
		if got1, got2 := net.Activation(1), net.Activation(2); got1 != g || got2 != Linear {
			t.Errorf("New with %v hidden: Activation(1), (2) = %v, %v", g, got1, got2)
		}
		view, err := net.Share()
		must(t, err)
		if got := view.Activation(1); got != g {
			t.Errorf("a view of a %v net: Activation(1) = %v", g, got)
		}
		must(t, view.Close())
		clone, err := net.Clone()
		must(t, err)
		if got := clone.Activation(1); got != g {
			t.Errorf("a clone of a %v net: Activation(1) = %v", g, got)
		}
		must(t, clone.Close())
		must(t, net.Close())

		net, err = New([]int{3, 4, 2}, []Activation{Tanh, g}, MSE, 1)
		must(t, err)
		b, err := net.MarshalBinary()
		must(t, err)
		loaded, err := LoadBytes(b)
		must(t, err)
		for _, n := range []*Net{net, loaded} {
			if got1, got2 := n.Activation(1), n.Activation(2); got1 != Tanh || got2 != g {
				t.Errorf("New with a %v output (or loaded): Activation(1), (2) = %v, %v", g, got1, got2)
			}
		}
		must(t, loaded.Close())
		must(t, net.Close())
	}
}

// A 3-4-2 network: g hidden, linear output, MSE; 4 samples. The hidden
// pre-activations W1 x + b1 are, sample by sample (units 1 to 4 each),
//
//	1.30 0.30 -1.50 0.95 | -1.62 1.31 0.75 1.38 | -0.44 -0.98 2.27 -1.76 | -0.60 -1.54 -0.25 0.22
//
// both signs in every unit, none near the kink at 0. The same data as the
// Rust binding's tests/activations.rs.
var (
	fdX = []float32{
		0.5, -1.0, 1.5,
		-1.2, 0.8, 0.3,
		1.0, 1.1, -0.7,
		-0.4, -0.9, -1.3,
	}
	fdW1 = []float32{
		0.8, -0.6, 0.4,
		-0.7, 0.5, 0.9,
		0.3, 1.2, -0.5,
		-1.1, -0.4, 0.6,
	}
	fdB1 = []float32{-0.3, -0.2, 0.3, 0.2}
	fdW2 = []float32{0.6, -0.8, 0.5, 0.9, -0.4, 0.7, -0.6, 0.3}
	fdB2 = []float32{0.05, -0.1}
	fdY  = []float32{0.5, -0.3, -0.2, 0.4, 1.0, 0.1, -0.5, -0.6}
)

const fdBatch = 4

func fdNet(t *testing.T, g Activation) *Net {
	t.Helper()
	net, err := New([]int{3, 4, 2}, []Activation{g, Linear}, MSE, 1)
	must(t, err)
	must(t, net.SetLayer(1, fdW1, fdB1))
	must(t, net.SetLayer(2, fdW2, fdB2))
	return net
}

// backwardDW1 is dW_1 from Backward of the batch.
func backwardDW1(t *testing.T, g Activation) []float32 {
	t.Helper()
	net := fdNet(t, g)
	defer net.Close()
	if got := net.Activation(1); got != g {
		t.Fatalf("New with %v: Activation(1) = %v", g, got)
	}
	_, err := net.Forward(fdX, fdBatch)
	must(t, err)
	// The premise of the data: away from the kink, on both sides of it.
	a1, _, err := net.Activations(1)
	must(t, err)
	for unit := 0; unit < 4; unit++ {
		neg, pos := false, false
		for s := 0; s < fdBatch; s++ {
			a := a1[4*s+unit]
			if math.Abs(float64(a)) <= 0.2 {
				t.Fatalf("%v: a_1 = %v has a value near 0", g, a1)
			}
			neg, pos = neg || a < 0, pos || a > 0
		}
		if !neg || !pos {
			t.Fatalf("%v: a_1 = %v: unit %d is not of both signs", g, a1, unit+1)
		}
	}
	must(t, net.Backward(fdY))
	dW, _, err := net.Gradients(1)
	must(t, err)
	return dW
}

// centralDW1 is dL/dW_1 by central differences of Loss with a step of
// 1e-3, in float64 over the float32 losses and the float32 weights
// actually used.
func centralDW1(t *testing.T, g Activation) []float64 {
	t.Helper()
	const step = 1e-3
	net := fdNet(t, g)
	defer net.Close()
	w := append([]float32(nil), fdW1...)
	lossAt := func() float64 {
		must(t, net.SetLayer(1, w, nil))
		_, err := net.Forward(fdX, fdBatch)
		must(t, err)
		loss, err := net.Loss(fdY)
		must(t, err)
		return float64(loss)
	}
	numeric := make([]float64, len(fdW1))
	for i := range fdW1 {
		up, down := float32(float64(fdW1[i])+step), float32(float64(fdW1[i])-step)
		w[i] = up
		lossUp := lossAt()
		w[i] = down
		lossDown := lossAt()
		w[i] = fdW1[i]
		numeric[i] = (lossUp - lossDown) / (float64(up) - float64(down))
	}
	return numeric
}

const fdRel = 2e-2

// worstError is the largest relative error of analytic against numeric,
// and where, with |values| below 1e-2 taken as 1e-2: the float32 losses
// (about 1, resolved to ~1e-7) leave ~1e-4 of noise in a quotient, which a
// relative test of a gradient near 0 would mistake for an error.
func worstError(analytic []float32, numeric []float64) (float64, int) {
	const floor = 1e-2
	worst, at := 0.0, 0
	for i, n := range numeric {
		a := float64(analytic[i])
		if e := math.Abs(a-n) / math.Max(math.Max(math.Abs(a), math.Abs(n)), floor); e > worst {
			worst, at = e, i
		}
	}
	return worst, at
}

func TestNewActivationGradients(t *testing.T) {
	for _, g := range newActivations {
		analytic, numeric := backwardDW1(t, g), centralDW1(t, g)
		if len(analytic) != len(numeric) {
			t.Fatalf("%v: %d gradients; want %d", g, len(analytic), len(numeric))
		}
		e, i := worstError(analytic, numeric)
		if !(e <= fdRel) {
			t.Errorf("%v: dW_1[%d][%d] = %v from Backward, %v by central differences (relative error %.1e)",
				g, i/3, i%3, analytic[i], numeric[i], e)
		}
		t.Logf("%v: worst relative error of dW_1 %.1e", g, e)
	}
}

// The check above tells the activations apart: the gradients of any other
// (leaky ReLU's neighbour ReLU among them, slope 0 below 0 instead of
// 0.01) fail it.
func TestNewActivationGradientCheckCanFail(t *testing.T) {
	others := append([]Activation{ReLU, Sigmoid, Tanh, Linear}, newActivations...)
	for _, g := range newActivations {
		numeric := centralDW1(t, g)
		for _, h := range others {
			if h == g {
				continue
			}
			if e, _ := worstError(backwardDW1(t, h), numeric); !(e > fdRel) {
				t.Errorf("%v's Backward passes the check of %v: relative error %.1e", h, g, e)
			}
		}
	}
}
