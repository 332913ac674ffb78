package ffnn

// The flat vectors and the optimizer state (ffnn.h section 13), against
// the header's definitions: the order W_1 (row-major), b_1, ..., W_L, b_L,
// the optimizers' formulas of section 7, and the state layouts.

import (
	"fmt"
	"math"
	"testing"
)

// flatLayout is where W_l and b_l begin in the flat order, computed from
// the widths alone: W_1 (n_1 x n_0), b_1 (n_1), W_2, b_2, ...
func flatLayout(sizes []int) (wAt, bAt []int, total int) {
	wAt, bAt = make([]int, len(sizes)), make([]int, len(sizes))
	for l := 1; l < len(sizes); l++ {
		wAt[l] = total
		total += sizes[l] * sizes[l-1]
		bAt[l] = total
		total += sizes[l]
	}
	return wAt, bAt, total
}

// gradientsInOrder is every Gradients(l), one after the other.
func gradientsInOrder(t *testing.T, net *Net) []float32 {
	t.Helper()
	var all []float32
	for l := 1; l <= net.NumLayers(); l++ {
		dW, db, err := net.Gradients(l)
		must(t, err)
		all = append(append(all, dW...), db...)
	}
	return all
}

// distinct is n values, each different from the others and from zero.
func distinct(n int, scale float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = scale * float32(i+1) / float32(n) * float32(1-2*(i%2))
	}
	return v
}

// wrongLengths are vectors of every wrong kind for a network of p
// parameters: nil, empty, one short, one too many.
func wrongLengths(p int) [][]float32 {
	return [][]float32{nil, {}, make([]float32, p-1), make([]float32, p+1)}
}

func TestParamVectorIsTheLayersInOrder(t *testing.T) {
	net := bigNet(t) // 5-16-8-7-3: four layers
	defer net.Close()
	_, _, total := flatLayout(net.Sizes())
	if net.NumParams() != total {
		t.Fatalf("NumParams %d; the widths give %d", net.NumParams(), total)
	}
	want := layers(t, net) // W_1, b_1, W_2, b_2, ... through Layer
	got, err := net.ParamVector()
	must(t, err)
	sameBits(t, "ParamVector vs the layers in order", got, want)

	dst := make([]float32, total)
	must(t, net.ParamVectorInto(dst))
	sameBits(t, "ParamVectorInto", dst, want)

	// A wrong length is the library's StatusShape, and dst is not written.
	for _, bad := range wrongLengths(total) {
		for i := range bad {
			bad[i] = 7
		}
		wantError(t, net.ParamVectorInto(bad), StatusShape,
			fmt.Sprintf("ffnn_get_param_vector: the vector has %d floats, the network %d", len(bad), total))
		for i := range bad {
			if bad[i] != 7 {
				t.Fatalf("ParamVectorInto of %d floats wrote [%d] = %v", len(bad), i, bad[i])
			}
		}
	}

	// A view reads its source's weights.
	view, err := net.Share()
	must(t, err)
	defer view.Close()
	got, err = view.ParamVector()
	must(t, err)
	sameBits(t, "a view's ParamVector", got, want)
}

func TestSetParamVectorByHand(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	sizes := net.Sizes()
	wAt, bAt, total := flatLayout(sizes)
	p := distinct(total, 0.5)
	must(t, net.SetParamVector(p))
	for l := 1; l < len(sizes); l++ {
		W, b, err := net.Layer(l)
		must(t, err)
		sameBits(t, fmt.Sprintf("W_%d", l), W, p[wAt[l]:wAt[l]+sizes[l]*sizes[l-1]])
		sameBits(t, fmt.Sprintf("b_%d", l), b, p[bAt[l]:bAt[l]+sizes[l]])
	}
	got, err := net.ParamVector()
	must(t, err)
	sameBits(t, "ParamVector after SetParamVector", got, p)

	// Refused vectors change nothing: a NaN or an infinity anywhere is
	// StatusNumeric, a wrong length StatusShape.
	for _, at := range []int{0, bAt[1], wAt[4], total - 1} {
		for _, v := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
			bad := append([]float32(nil), p...)
			bad[at] = v
			wantError(t, net.SetParamVector(bad), StatusNumeric, "ffnn_set_param_vector: NaN or infinity")
		}
	}
	for _, bad := range wrongLengths(total) {
		wantError(t, net.SetParamVector(bad), StatusShape,
			fmt.Sprintf("ffnn_set_param_vector: the vector has %d floats, the network %d", len(bad), total))
	}
	sameBits(t, "the layers after the refused vectors", layers(t, net), p)
}

// The flat order is the one the forward pass uses: a 2-3-1 linear network
// set through SetParamVector computes W_2 (W_1 x + b_1) + b_2 with row j
// of W_l the weights into neuron j.
func TestSetParamVectorForward(t *testing.T) {
	net, err := New([]int{2, 3, 1}, []Activation{Linear, Linear}, MSE, 1)
	must(t, err)
	defer net.Close()
	p := []float32{
		1, 2, // W_1 row 0
		3, 4, // row 1
		5, 6, // row 2
		0.5, -1, 2, // b_1
		1, -2, 0.25, // W_2
		-3, // b_2
	}
	must(t, net.SetParamVector(p))
	x := []float32{0.5, -0.25}
	h := []float64{1*0.5 + 2*-0.25 + 0.5, 3*0.5 + 4*-0.25 - 1, 5*0.5 + 6*-0.25 + 2}
	want := 1*h[0] - 2*h[1] + 0.25*h[2] - 3
	y, err := net.Forward(x, 1)
	must(t, err)
	near(t, "yhat", float64(y[0]), want, 1e-6)
}

// SetParamVector forgets the gradients and the forward pass, as SetLayer
// does.
func TestSetParamVectorForgetsGradients(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	x, y := data(4, 5, 31), oneHot(4, 3)
	_, err := net.Forward(x, 4)
	must(t, err)
	must(t, net.Backward(y))
	_, err = net.GradientVector()
	must(t, err)
	p, err := net.ParamVector()
	must(t, err)
	must(t, net.SetParamVector(p))
	_, err = net.GradientVector()
	wantError(t, err, StatusState, "no gradients")
	if err := net.Backward(y); err == nil {
		t.Fatal("Backward after SetParamVector without a new Forward: no error")
	}
}

func TestGradientVector(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	P := net.NumParams()
	_, err := net.GradientVector()
	wantError(t, err, StatusState, "ffnn_get_gradient_vector: no gradients yet")
	dst := make([]float32, P)
	wantError(t, net.GradientVectorInto(dst), StatusState, "no gradients yet")

	x, y := data(6, 5, 32), oneHot(6, 3)
	_, err = net.Forward(x, 6)
	must(t, err)
	_, err = net.GradientVector()
	wantError(t, err, StatusState, "no gradients yet") // a forward pass is not enough
	must(t, net.Backward(y))
	want := gradientsInOrder(t, net)
	if len(want) != P {
		t.Fatalf("the layers' gradients have %d floats; NumParams %d", len(want), P)
	}
	got, err := net.GradientVector()
	must(t, err)
	sameBits(t, "GradientVector vs Gradients in order", got, want)
	must(t, net.GradientVectorInto(dst))
	sameBits(t, "GradientVectorInto", dst, want)
	for _, bad := range wrongLengths(P) {
		wantError(t, net.GradientVectorInto(bad), StatusShape,
			fmt.Sprintf("ffnn_get_gradient_vector: the vector has %d floats, the network %d", len(bad), P))
	}
}

// SetGradientVector's gradients are those Step applies: with plain SGD and
// no weight decay, w <- w - eta g, bit for bit in float32.
func TestSetGradientVectorSGD(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	P := net.NumParams()
	w, err := net.ParamVector()
	must(t, err)
	g := distinct(P, 3)
	must(t, net.SetGradientVector(g))
	got, err := net.GradientVector()
	must(t, err)
	sameBits(t, "GradientVector after SetGradientVector", got, g)
	wantLayers := gradientsInOrder(t, net)
	sameBits(t, "Gradients after SetGradientVector", wantLayers, g)

	const eta float32 = 0.3
	must(t, net.Step(eta))
	want := make([]float32, P)
	for i := range w {
		want[i] = w[i] - float32(eta*g[i]) // the conversion rounds eta g first
	}
	got, err = net.ParamVector()
	must(t, err)
	sameBits(t, "w - eta g", got, want)

	// Refused gradients change nothing.
	before, err := net.GradientVector()
	must(t, err)
	bad := append([]float32(nil), g...)
	bad[P/2] = float32(math.NaN())
	wantError(t, net.SetGradientVector(bad), StatusNumeric, "ffnn_set_gradient_vector: NaN or infinity")
	bad[P/2] = float32(math.Inf(-1))
	wantError(t, net.SetGradientVector(bad), StatusNumeric, "NaN or infinity")
	for _, bad := range wrongLengths(P) {
		wantError(t, net.SetGradientVector(bad), StatusShape,
			fmt.Sprintf("ffnn_set_gradient_vector: the vector has %d floats, the network %d", len(bad), P))
	}
	after, err := net.GradientVector()
	must(t, err)
	sameBits(t, "gradients after the refused vectors", after, before)
}

// The gradients of a Backward, handed to a clone with SetGradientVector,
// make the step that Backward's own step makes, with every optimizer and
// weight decay, step after step.
func TestSetGradientVectorStepsLikeBackward(t *testing.T) {
	optimizers := []struct {
		name string
		set  func(*Net) error
	}{
		{"SGD", (*Net).SetOptimizerSGD},
		{"Momentum", func(n *Net) error { return n.SetOptimizerMomentum(0.9, false) }},
		{"Nesterov", func(n *Net) error { return n.SetOptimizerMomentum(0.8, true) }},
		{"Adam", func(n *Net) error { return n.SetOptimizerAdam(0.9, 0.999, 1e-8) }},
	}
	for _, o := range optimizers {
		t.Run(o.name, func(t *testing.T) {
			a := bigNet(t)
			defer a.Close()
			must(t, o.set(a))
			must(t, a.SetWeightDecay(0.01))
			b, err := a.Clone()
			must(t, err)
			defer b.Close()
			for s := 0; s < 3; s++ {
				x, y := data(8, 5, uint32(40+s)), oneHot(8, 3)
				_, err := a.Forward(x, 8)
				must(t, err)
				must(t, a.Backward(y))
				g, err := a.GradientVector()
				must(t, err)
				must(t, b.SetGradientVector(g)) // b has no forward pass of this batch
				must(t, a.Step(0.05))
				must(t, b.Step(0.05))
				pa, err := a.ParamVector()
				must(t, err)
				pb, err := b.ParamVector()
				must(t, err)
				sameBits(t, fmt.Sprintf("weights after step %d", s+1), pb, pa)
				sa, ta, err := a.OptimizerState()
				must(t, err)
				sb, tb, err := b.OptimizerState()
				must(t, err)
				sameBits(t, fmt.Sprintf("optimizer state after step %d", s+1), sb, sa)
				if ta != tb {
					t.Fatalf("step counts %d and %d", ta, tb)
				}
			}
		})
	}
}

func TestOptimizerStateSizes(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	P := net.NumParams()
	for _, c := range []struct {
		set  func(*Net) error
		want int
	}{
		{(*Net).SetOptimizerSGD, 0},
		{func(n *Net) error { return n.SetOptimizerMomentum(0.9, false) }, P},
		{func(n *Net) error { return n.SetOptimizerMomentum(0.9, true) }, P},
		{func(n *Net) error { return n.SetOptimizerAdam(0.9, 0.999, 1e-8) }, 2 * P},
		{(*Net).SetOptimizerSGD, 0},
	} {
		must(t, c.set(net))
		if got := net.OptimizerStateSize(); got != c.want {
			t.Fatalf("%v: OptimizerStateSize %d; want %d", net.Optimizer(), got, c.want)
		}
		state, step, err := net.OptimizerState()
		must(t, err)
		if len(state) != c.want || state == nil || step != 0 {
			t.Fatalf("%v: OptimizerState has %d floats (nil: %v), step %d; want %d, not nil, step 0",
				net.Optimizer(), len(state), state == nil, step, c.want)
		}
		for i, v := range state {
			if v != 0 {
				t.Fatalf("%v: state [%d] = %v before any step; want 0", net.Optimizer(), i, v)
			}
		}
	}
	// SGD has no state: nil and an empty slice both set it, with step 0.
	must(t, net.SetOptimizerState(nil, 0))
	must(t, net.SetOptimizerState([]float32{}, 0))
	step, err := net.OptimizerStateInto(nil)
	must(t, err)
	if step != 0 {
		t.Fatalf("SGD's step %d", step)
	}
}

// The state is the header's: Momentum's velocity v <- mu v + g, Adam's
// first moments m <- b1 m + (1-b1) g and then its second moments
// v <- b2 v + (1-b2) g^2, each in the parameters' order.
func TestOptimizerStateLayout(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	P := net.NumParams()
	g1, g2 := distinct(P, 2), distinct(P, -0.5)
	for i := 0; i < P; i += 3 { // not a multiple of g1
		g2[i] *= 2.5
	}

	const mu float32 = 0.75
	must(t, net.SetOptimizerMomentum(mu, false))
	must(t, net.SetGradientVector(g1))
	must(t, net.Step(0.01))
	v, step, err := net.OptimizerState()
	must(t, err)
	sameBits(t, "the velocity after one step (v = g)", v, g1)
	if step != 0 {
		t.Fatalf("Momentum's step count %d; want 0", step)
	}
	must(t, net.SetGradientVector(g2))
	must(t, net.Step(0.01))
	v, _, err = net.OptimizerState()
	must(t, err)
	want := make([]float32, P)
	for i := range want {
		want[i] = float32(mu*g1[i]) + g2[i]
	}
	sameBits(t, "the velocity after two steps (mu g1 + g2)", v, want)

	const b1, b2 float32 = 0.8, 0.99
	must(t, net.SetOptimizerAdam(b1, b2, 1e-8))
	must(t, net.SetGradientVector(g1))
	must(t, net.Step(0.01))
	must(t, net.SetGradientVector(g2))
	must(t, net.Step(0.01))
	state, step, err := net.OptimizerState()
	must(t, err)
	if len(state) != 2*P || step != 2 {
		t.Fatalf("Adam's state has %d floats, step %d; want %d, 2", len(state), step, 2*P)
	}
	for i := 0; i < P; i++ {
		m1, v1 := (1-float64(b1))*float64(g1[i]), (1-float64(b2))*float64(g1[i])*float64(g1[i])
		m := float64(b1)*m1 + (1-float64(b1))*float64(g2[i])
		s := float64(b2)*v1 + (1-float64(b2))*float64(g2[i])*float64(g2[i])
		// float32 rounding, relative to the terms summed (m's may cancel)
		mTol := 1e-6 * (math.Abs(float64(b1)*m1) + math.Abs((1-float64(b1))*float64(g2[i])))
		near(t, fmt.Sprintf("m [%d]", i), float64(state[i]), m, mTol)
		near(t, fmt.Sprintf("v [%d]", i), float64(state[P+i]), s, 1e-6*s)
	}
}

// Adam's state and step count moved to another net with the same weights
// make its next steps bit-identical; without them they differ.
func TestOptimizerStateMovesToAnotherNet(t *testing.T) {
	x, y := data(10, 5, 50), oneHot(10, 3)
	a := bigNet(t)
	defer a.Close()
	b, err := New([]int{5, 16, 8, 7, 3}, []Activation{ReLU, Tanh, Linear, Softmax}, CE, 43)
	must(t, err)
	defer b.Close()
	fresh, err := New([]int{5, 16, 8, 7, 3}, []Activation{ReLU, Tanh, Linear, Softmax}, CE, 44)
	must(t, err)
	defer fresh.Close()
	for _, n := range []*Net{a, b, fresh} {
		must(t, n.SetOptimizerAdam(0.9, 0.999, 1e-8))
	}
	for s := 1; s <= 3; s++ {
		_, err := a.TrainStep(x, y, 10, 0.01)
		must(t, err)
		_, step, err := a.OptimizerState()
		must(t, err)
		if step != uint64(s) {
			t.Fatalf("Adam's step count %d after %d steps", step, s)
		}
	}
	state, step, err := a.OptimizerState()
	must(t, err)
	p, err := a.ParamVector()
	must(t, err)
	must(t, b.SetParamVector(p))
	must(t, b.SetOptimizerState(state, step))
	must(t, fresh.SetParamVector(p)) // the weights, not the state
	gotState, gotStep, err := b.OptimizerState()
	must(t, err)
	sameBits(t, "the state set", gotState, state)
	if gotStep != step {
		t.Fatalf("step count %d set, %d read back", step, gotStep)
	}
	for s := 0; s < 2; s++ {
		for _, n := range []*Net{a, b, fresh} {
			_, err := n.TrainStep(x, y, 10, 0.01)
			must(t, err)
		}
	}
	pa, err := a.ParamVector()
	must(t, err)
	pb, err := b.ParamVector()
	must(t, err)
	sameBits(t, "weights of the net given the state", pb, pa)
	sa, ta, err := a.OptimizerState()
	must(t, err)
	sb, tb, err := b.OptimizerState()
	must(t, err)
	sameBits(t, "state of the net given the state", sb, sa)
	if ta != 5 || tb != 5 {
		t.Fatalf("step counts %d and %d after 5 steps", ta, tb)
	}
	pf, err := fresh.ParamVector()
	must(t, err)
	differ := false
	for i := range pf {
		differ = differ || pf[i] != pa[i]
	}
	if !differ {
		t.Fatal("a net with the weights but a fresh Adam stepped alike: the test shows nothing")
	}
	// Choosing the optimizer again resets the count.
	must(t, a.SetOptimizerAdam(0.9, 0.999, 1e-8))
	if _, step, _ := a.OptimizerState(); step != 0 {
		t.Fatalf("step count %d after choosing Adam again", step)
	}
}

func TestOptimizerStateErrors(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	P := net.NumParams()
	x, y := data(4, 5, 60), oneHot(4, 3)

	must(t, net.SetOptimizerAdam(0.9, 0.999, 1e-8))
	_, err := net.TrainStep(x, y, 4, 0.01)
	must(t, err)
	state, step, err := net.OptimizerState()
	must(t, err)
	unchanged := func(what string) {
		t.Helper()
		got, gotStep, err := net.OptimizerState()
		must(t, err)
		sameBits(t, what, got, state)
		if gotStep != step {
			t.Fatalf("%s: step count %d; want %d", what, gotStep, step)
		}
	}
	bad := append([]float32(nil), state...)
	bad[P+3] = -1e-30 // a negative second moment
	wantError(t, net.SetOptimizerState(bad, step), StatusNumeric,
		"ffnn_set_optimizer_state: NaN, infinity or a negative second moment")
	unchanged("after a negative second moment")
	bad[P+3], bad[2] = state[P+3], float32(math.NaN())
	wantError(t, net.SetOptimizerState(bad, step), StatusNumeric, "NaN, infinity")
	bad[2] = float32(math.Inf(1))
	wantError(t, net.SetOptimizerState(bad, step), StatusNumeric, "NaN, infinity")
	unchanged("after a non-finite moment")
	for _, bad := range append(wrongLengths(2*P), make([]float32, P)) {
		wantError(t, net.SetOptimizerState(bad, step), StatusShape,
			fmt.Sprintf("ffnn_set_optimizer_state: the vector has %d floats, the network %d", len(bad), 2*P))
		_, err := net.OptimizerStateInto(bad)
		wantError(t, err, StatusShape,
			fmt.Sprintf("ffnn_get_optimizer_state: the vector has %d floats, the network %d", len(bad), 2*P))
	}
	unchanged("after the wrong lengths")
	// A negative first moment is a moment like another; any step count is
	// Adam's.
	ok := append([]float32(nil), state...)
	ok[0] = -float32(math.Abs(float64(ok[0]))) - 1
	must(t, net.SetOptimizerState(ok, 1<<40))
	got, gotStep, err := net.OptimizerState()
	must(t, err)
	sameBits(t, "a negative first moment", got, ok)
	if gotStep != 1<<40 {
		t.Fatalf("step count %d; want %d", gotStep, uint64(1)<<40)
	}

	// Momentum counts no steps: a nonzero one is StatusArg.
	must(t, net.SetOptimizerMomentum(0.9, false))
	_, err = net.TrainStep(x, y, 4, 0.01)
	must(t, err)
	state, step, err = net.OptimizerState()
	must(t, err)
	wantError(t, net.SetOptimizerState(state, 4), StatusArg, "ffnn_set_optimizer_state: step must be 0")
	wantError(t, net.SetOptimizerState(make([]float32, P), 1), StatusArg, "step must be 0")
	unchanged("after a step count for Momentum")
	neg := append([]float32(nil), state...)
	neg[1] = -5 // a velocity may be negative
	must(t, net.SetOptimizerState(neg, 0))

	// SGD neither.
	must(t, net.SetOptimizerSGD())
	wantError(t, net.SetOptimizerState(nil, 1), StatusArg, "step must be 0")
	wantError(t, net.SetOptimizerState([]float32{0}, 0), StatusShape, "the vector has 1 floats, the network 0")
}

// A closed Net refuses every call with the binding's StatusState error; a
// view reads, and refuses to write.
func TestVectorsClosedAndViews(t *testing.T) {
	net := bigNet(t)
	P := net.NumParams()
	x, y := data(4, 5, 70), oneHot(4, 3)
	must(t, net.SetOptimizerAdam(0.9, 0.999, 1e-8))
	_, err := net.TrainStep(x, y, 4, 0.01)
	must(t, err)
	weights := layers(t, net)

	view, err := net.Share()
	must(t, err)
	const msg = "this handle shares another network's weights"
	p, err := view.ParamVector()
	must(t, err)
	sameBits(t, "a view's ParamVector", p, weights)
	wantError(t, view.SetParamVector(p), StatusState, "ffnn_set_param_vector: "+msg)
	wantError(t, view.SetGradientVector(make([]float32, P)), StatusState, "ffnn_set_gradient_vector: "+msg)
	_, err = view.GradientVector()
	wantError(t, err, StatusState, "no gradients yet")
	// A view has no optimizer state of its own: plain SGD's, none.
	if view.OptimizerStateSize() != 0 {
		t.Fatalf("a view's OptimizerStateSize %d", view.OptimizerStateSize())
	}
	state, step, err := view.OptimizerState()
	must(t, err)
	if len(state) != 0 || step != 0 {
		t.Fatalf("a view's state: %d floats, step %d", len(state), step)
	}
	wantError(t, view.SetOptimizerState(nil, 0), StatusState, "ffnn_set_optimizer_state: "+msg)
	sameBits(t, "the source's weights after the view's refused calls", layers(t, net), weights)
	must(t, view.Close())

	must(t, net.Close())
	if net.OptimizerStateSize() != 0 {
		t.Fatalf("a closed Net's OptimizerStateSize %d", net.OptimizerStateSize())
	}
	v := make([]float32, P)
	closed := func(name string, err error) {
		t.Helper()
		wantError(t, err, StatusState, name+": the Net is closed")
	}
	_, err = net.ParamVector()
	closed("ParamVector", err)
	closed("ParamVectorInto", net.ParamVectorInto(v))
	closed("SetParamVector", net.SetParamVector(v))
	_, err = net.GradientVector()
	closed("GradientVector", err)
	closed("GradientVectorInto", net.GradientVectorInto(v))
	closed("SetGradientVector", net.SetGradientVector(v))
	_, _, err = net.OptimizerState()
	closed("OptimizerState", err)
	_, err = net.OptimizerStateInto(v)
	closed("OptimizerStateInto", err)
	closed("SetOptimizerState", net.SetOptimizerState(nil, 0))
}
