package ffnn

// ffnn 1.4's row weights (SetSampleWeights, SetClassWeights), scaling
// stored in the model (header section 16) and dropout (section 17). The
// expected values come from the header's definitions: an integer weight
// counts a row that many times, scaling is (x - mean) / scale on the way
// in and h scale + mean on the way out, and inference never drops; not
// from the binding's own output.

import (
	"math"
	"reflect"
	"testing"
)

// ---- (1) row weights ----

const weightRows = 6

// twoClasses is weightRows points of the plane, one-hot of 2 classes:
// class 0 where x0 + x1 > 0. Both classes occur.
func twoClasses(t *testing.T) (x, y []float32, class []int) {
	t.Helper()
	x = data(weightRows, 2, 3)
	count := [2]int{}
	for i := 0; i < weightRows; i++ {
		c := 1
		if x[2*i]+x[2*i+1] > 0 {
			c = 0
		}
		class = append(class, c)
		y = append(y, float32(1-c), float32(c))
		count[c]++
	}
	if count[0] == 0 || count[1] == 0 {
		t.Fatalf("one class only: %v", class)
	}
	return x, y, class
}

func softmaxNet(t *testing.T) *Net {
	t.Helper()
	net, err := New([]int{2, 4, 2}, []Activation{Tanh, Softmax}, CE, 21)
	must(t, err)
	return net
}

// oneEpoch is one full-batch epoch in order, plain SGD at 0.5: one step on
// the data.
func oneEpoch(t *testing.T) *TrainSetup {
	t.Helper()
	return newSetup(t, map[TrainKey]float64{TrainEpochs: 1, TrainBatchSize: weightRows,
		TrainShuffle: 0, TrainLearningRate: 0.5})
}

// repeated is the rows of x and y (width 2), row i copies[i] times.
func repeated(x, y []float32, copies []int) (xr, yr []float32, n int) {
	for i, c := range copies {
		for k := 0; k < c; k++ {
			xr = append(xr, x[2*i:2*i+2]...)
			yr = append(yr, y[2*i:2*i+2]...)
		}
		n += c
	}
	return xr, yr, n
}

// worstRelative is the largest |a - b| / |b| (|b| at least 1e-3, for
// weights near 0).
func worstRelative(a, b []float32) float64 {
	worst := 0.0
	for i := range b {
		d := math.Abs(float64(a[i])-float64(b[i])) / math.Max(math.Abs(float64(b[i])), 1e-3)
		worst = math.Max(worst, d)
	}
	if len(a) != len(b) {
		return math.Inf(1)
	}
	return worst
}

// checkWeightedRun compares the weighted run with one TrainStep on the
// repeated rows; and, so that the comparison can tell, checks that the
// unweighted run is farther off.
func checkWeightedRun(t *testing.T, setup *TrainSetup, copies []int) {
	t.Helper()
	x, y, _ := twoClasses(t)
	weighted, byHand := softmaxNet(t), softmaxNet(t)
	defer weighted.Close()
	defer byHand.Close()
	xr, yr, n := repeated(x, y, copies)
	stepLoss, err := byHand.TrainStep(xr, yr, n, 0.5)
	must(t, err)
	report, err := weighted.TrainRun(setup, x, y, weightRows, nil)
	must(t, err)
	if w := worstRelative(params(t, weighted), params(t, byHand)); !(w <= 1e-5) {
		t.Fatalf("weights %g apart (relative) for copies %v", w, copies)
	}
	if d := math.Abs(report.TrainLoss-float64(stepLoss)) / float64(stepLoss); !(d <= 1e-5) {
		t.Fatalf("TrainLoss %v; the step's loss %v", report.TrainLoss, stepLoss)
	}

	plain := softmaxNet(t)
	defer plain.Close()
	unweighted := oneEpoch(t)
	defer unweighted.Close()
	_, err = plain.TrainRun(unweighted, x, y, weightRows, nil)
	must(t, err)
	if w := worstRelative(params(t, plain), params(t, byHand)); !(w > 1e-3) {
		t.Fatalf("the weights change nothing the test can see (%g)", w)
	}
}

func classCopies(class []int, w0, w1 int) []int {
	copies := make([]int, len(class))
	for i, c := range class {
		copies[i] = w1
		if c == 0 {
			copies[i] = w0
		}
	}
	return copies
}

func TestClassWeightsCountRowsAsCopies(t *testing.T) {
	_, _, class := twoClasses(t)
	setup := oneEpoch(t)
	defer setup.Close()
	must(t, setup.SetClassWeights([]float32{2, 1}))
	checkWeightedRun(t, setup, classCopies(class, 2, 1)) // class 0 rows twice
}

func TestSampleWeightsCountRowsAsCopies(t *testing.T) {
	copies := []int{1, 0, 2, 1, 2, 0} // 0 drops the row
	weights := make([]float32, len(copies))
	for i, c := range copies {
		weights[i] = float32(c)
	}
	setup := oneEpoch(t)
	defer setup.Close()
	must(t, setup.SetSampleWeights(weights))
	checkWeightedRun(t, setup, copies)
}

func TestRowWeightsRemovedGiveThePlainStep(t *testing.T) {
	x, y, _ := twoClasses(t)
	setup := oneEpoch(t)
	defer setup.Close()
	must(t, setup.SetSampleWeights([]float32{1, 0, 2, 1, 2, 0}))
	must(t, setup.SetClassWeights([]float32{3, 1}))
	must(t, setup.SetSampleWeights(nil))
	must(t, setup.SetClassWeights(nil))
	run, step := softmaxNet(t), softmaxNet(t)
	defer run.Close()
	defer step.Close()
	_, err := run.TrainRun(setup, x, y, weightRows, nil)
	must(t, err)
	_, err = step.TrainStep(x, y, weightRows, 0.5)
	must(t, err)
	sameBits(t, "weights", params(t, run), params(t, step))
}

func TestRowWeightErrors(t *testing.T) {
	x, y, class := twoClasses(t)
	net := softmaxNet(t)
	defer net.Close()
	before := params(t, net)

	// The count is the run's to check, against its rows and classes.
	setup := oneEpoch(t)
	defer setup.Close()
	must(t, setup.SetSampleWeights([]float32{1, 1, 1, 1, 1}))
	_, err := net.TrainRun(setup, x, y, weightRows, nil)
	wantError(t, err, StatusShape, "5 sample weights for 6 samples")
	must(t, setup.SetSampleWeights(nil))
	must(t, setup.SetClassWeights([]float32{1, 1, 1}))
	_, err = net.TrainRun(setup, x, y, weightRows, nil)
	wantError(t, err, StatusShape, "3 class weights for 2 classes")
	sameBits(t, "weights after refused runs", params(t, net), before)

	// The values are the setter's: finite and >= 0; nothing changes.
	setup2 := oneEpoch(t)
	defer setup2.Close()
	wantError(t, setup2.SetSampleWeights([]float32{1, -1}), StatusArg, "weight 1 is -1")
	wantError(t, setup2.SetClassWeights([]float32{float32(math.NaN()), 1}), StatusArg,
		"weights are finite and >= 0")
	wantError(t, setup2.SetClassWeights([]float32{1, float32(math.Inf(1))}), StatusArg, "weight 1 is inf")
	must(t, setup2.SetClassWeights([]float32{2, 1}))
	wantError(t, setup2.SetClassWeights([]float32{2, -0.5}), StatusArg, "weight 1 is -0.5")
	checkWeightedRun(t, setup2, classCopies(class, 2, 1))

	closed := oneEpoch(t)
	must(t, closed.Close())
	wantError(t, closed.SetSampleWeights([]float32{1}), StatusState, "nil or closed")
}

// ---- (2) scaling stored in the model ----

var (
	inMean  = []float32{0.5, -1.25, 3}
	inScale = []float32{2, 0.3, -4}
)

func regressor(t *testing.T, seed uint64) *Net {
	t.Helper()
	net, err := New([]int{3, 5, 2}, []Activation{Tanh, Linear}, MSE, seed)
	must(t, err)
	return net
}

// standardised is (x - mean) / scale, feature by feature, in float32.
func standardised(x, mean, scale []float32) []float32 {
	out := make([]float32, len(x))
	for k, v := range x {
		j := k % len(mean)
		out[k] = float32(v-mean[j]) / scale[j]
	}
	return out
}

func wantScaling(t *testing.T, what string, get func() ([]float32, []float32, bool, error),
	mean, scale []float32) {
	t.Helper()
	m, s, ok, err := get()
	must(t, err)
	if mean == nil {
		if ok || m != nil || s != nil {
			t.Fatalf("%s: %v, %v, %v; want none", what, m, s, ok)
		}
		return
	}
	if !ok || !reflect.DeepEqual(m, mean) || !reflect.DeepEqual(s, scale) {
		t.Fatalf("%s: %v, %v, %v; want %v, %v", what, m, s, ok, mean, scale)
	}
}

func forward(t *testing.T, net *Net, x []float32, batch int) []float32 {
	t.Helper()
	y, err := net.Forward(x, batch)
	must(t, err)
	return y
}

func TestInputScalingStandardisesRawSamples(t *testing.T) {
	x := data(4, 3, 5)
	for i := range x {
		x[i] *= 10
	}
	xs := standardised(x, inMean, inScale)
	scaled, plain := regressor(t, 8), regressor(t, 8)
	defer scaled.Close()
	defer plain.Close()
	wantScaling(t, "new net", scaled.InputScaling, nil, nil)
	must(t, scaled.SetInputScaling(inMean, inScale))
	wantScaling(t, "set", scaled.InputScaling, inMean, inScale)

	want := forward(t, plain, xs, 4)
	sameBits(t, "Forward", forward(t, scaled, x, 4), want)
	got, err := scaled.Predict(x, 4)
	must(t, err)
	sameBits(t, "Predict", got, want)
	view, err := scaled.Share()
	must(t, err)
	wantScaling(t, "view", view.InputScaling, inMean, inScale)
	sameBits(t, "view's Forward", forward(t, view, x, 4), want)
	wantError(t, view.SetInputScaling(nil, nil), StatusState, "")
	must(t, view.Close())

	// Saved and loaded (and cloned), the scaling reads back equal and acts.
	b, err := scaled.MarshalBinary()
	must(t, err)
	loaded, err := LoadBytes(b)
	must(t, err)
	defer loaded.Close()
	wantScaling(t, "loaded", loaded.InputScaling, inMean, inScale)
	sameBits(t, "loaded's Forward", forward(t, loaded, x, 4), want)
	b, err = scaled.MarshalCheckpoint()
	must(t, err)
	fromCheckpoint, err := LoadBytes(b)
	must(t, err)
	defer fromCheckpoint.Close()
	wantScaling(t, "checkpoint", fromCheckpoint.InputScaling, inMean, inScale)
	clone, err := scaled.Clone()
	must(t, err)
	defer clone.Close()
	wantScaling(t, "clone", clone.InputScaling, inMean, inScale)

	// Training takes raw samples too.
	y := data(4, 2, 6)
	scaledLoss, err := scaled.TrainStep(x, y, 4, 0.1)
	must(t, err)
	plainLoss, err := plain.TrainStep(xs, y, 4, 0.1)
	must(t, err)
	sameBits(t, "TrainStep's loss", []float32{scaledLoss}, []float32{plainLoss})
	sameBits(t, "weights after TrainStep", params(t, scaled), params(t, plain))

	// Removed (nil, nil), samples go in as they are.
	must(t, scaled.SetInputScaling(nil, nil))
	wantScaling(t, "removed", scaled.InputScaling, nil, nil)
	sameBits(t, "Forward unscaled", forward(t, scaled, x, 4), forward(t, plain, x, 4))
}

func TestOutputScalingUnstandardisesOutputs(t *testing.T) {
	mean, scale := []float32{4, -0.5}, []float32{3, 0.25}
	x := data(4, 3, 9)
	scaled, plain := regressor(t, 12), regressor(t, 12)
	defer scaled.Close()
	defer plain.Close()
	wantScaling(t, "new net", scaled.OutputScaling, nil, nil)
	must(t, scaled.SetOutputScaling(mean, scale))
	wantScaling(t, "set", scaled.OutputScaling, mean, scale)
	wantScaling(t, "input", scaled.InputScaling, nil, nil)

	h := forward(t, plain, x, 4)
	want := make([]float32, len(h))
	for k, v := range h {
		// The conversion rounds the product: no fused multiply-add.
		want[k] = float32(v*scale[k%2]) + mean[k%2]
	}
	sameBits(t, "Forward", forward(t, scaled, x, 4), want)
	got, err := scaled.Predict(x, 4)
	must(t, err)
	sameBits(t, "Predict", got, want)
	// The loss is that of the standardised targets.
	target := data(4, 2, 10)
	forward(t, scaled, x, 4)
	loss, err := scaled.Loss(target)
	must(t, err)
	forward(t, plain, x, 4)
	plainLoss, err := plain.Loss(standardised(target, mean, scale))
	must(t, err)
	sameBits(t, "Loss", []float32{loss}, []float32{plainLoss})

	b, err := scaled.MarshalBinary()
	must(t, err)
	loaded, err := LoadBytes(b)
	must(t, err)
	defer loaded.Close()
	wantScaling(t, "loaded", loaded.OutputScaling, mean, scale)
	must(t, scaled.SetOutputScaling(nil, nil))
	wantScaling(t, "removed", scaled.OutputScaling, nil, nil)
	sameBits(t, "Forward unscaled", forward(t, scaled, x, 4), h)
}

func TestScalingErrors(t *testing.T) {
	net := regressor(t, 1)
	defer net.Close()
	must(t, net.SetInputScaling(inMean, inScale))
	// Refused values change nothing.
	wantError(t, net.SetInputScaling(inMean, []float32{1, 0, 1}), StatusArg, "scales nonzero")
	wantError(t, net.SetInputScaling([]float32{float32(math.NaN()), 0, 0}, inScale), StatusArg, "must be finite")
	wantError(t, net.SetOutputScaling([]float32{0, 0}, []float32{0, 1}), StatusArg, "scales nonzero")
	wantScaling(t, "after refusals", net.InputScaling, inMean, inScale)
	wantScaling(t, "output after refusals", net.OutputScaling, nil, nil)
	// Lengths are this package's to check: C reads n_0 (or n_L) values.
	wantError(t, net.SetInputScaling(inMean[:2], inScale), StatusShape, "mean has 2 values; want 1 x 3")
	wantError(t, net.SetInputScaling(inMean, []float32{1, 1, 1, 1}), StatusShape, "scale has 4 values")
	wantError(t, net.SetInputScaling(nil, inScale), StatusShape, "mean has 0 values")
	wantError(t, net.SetOutputScaling(inMean, inScale), StatusShape, "mean has 3 values; want 1 x 2")
	wantScaling(t, "after shape errors", net.InputScaling, inMean, inScale)

	// Output scaling is for regression: CE targets are probabilities.
	ce, err := New([]int{3, 2}, []Activation{Softmax}, CE, 1)
	must(t, err)
	defer ce.Close()
	wantError(t, ce.SetOutputScaling([]float32{0, 0}, []float32{1, 1}), StatusState, "MSE")
	wantScaling(t, "CE output", ce.OutputScaling, nil, nil)
	must(t, ce.SetInputScaling(inMean, inScale)) // input scaling is for any loss

	must(t, net.Close())
	_, _, _, err = net.InputScaling()
	wantError(t, err, StatusState, "closed")
}

// ---- (3) dropout ----

func deep(t *testing.T, seed uint64) *Net {
	t.Helper()
	net, err := New([]int{3, 6, 5, 2}, []Activation{Tanh, ReLU, Linear}, MSE, seed)
	must(t, err)
	return net
}

func wantRates(t *testing.T, what string, net *Net, want ...float32) {
	t.Helper()
	for l, w := range want {
		r, err := net.Dropout(l + 1)
		must(t, err)
		if r != w {
			t.Fatalf("%s: Dropout(%d) = %v; want %v", what, l+1, r, w)
		}
	}
}

func TestDropoutRatesRoundTrip(t *testing.T) {
	net := deep(t, 1)
	defer net.Close()
	wantRates(t, "new net", net, 0, 0)
	must(t, net.SetDropout(1, 0.5))
	must(t, net.SetDropout(2, 0.25))
	wantRates(t, "set", net, 0.5, 0.25)
	b, err := net.MarshalBinary()
	must(t, err)
	loaded, err := LoadBytes(b)
	must(t, err)
	defer loaded.Close()
	wantRates(t, "loaded", loaded, 0.5, 0.25)
	view, err := net.Share()
	must(t, err)
	wantRates(t, "view", view, 0.5, 0.25)
	wantError(t, view.SetDropout(1, 0.1), StatusState, "")
	must(t, view.Close())
	must(t, net.SetDropout(2, 0))
	wantRates(t, "reset", net, 0.5, 0)

	// l is a hidden layer, 1..L-1; the rate in [0, 1). Nothing changes.
	wantError(t, net.SetDropout(1, 1), StatusArg, "rate must be in [0, 1)")
	wantError(t, net.SetDropout(1, -0.1), StatusArg, "rate must be in [0, 1)")
	wantError(t, net.SetDropout(1, float32(math.NaN())), StatusArg, "rate must be in [0, 1)")
	wantError(t, net.SetDropout(0, 0.5), StatusArg, "layer 0 is not a hidden layer (1 to 2)")
	wantError(t, net.SetDropout(3, 0.5), StatusArg, "layer 3 is not a hidden layer")
	wantError(t, net.SetDropout(-1, 0.5), StatusArg, "layer -1 is not a hidden layer (1 to 2)")
	_, err = net.Dropout(0)
	wantError(t, err, StatusArg, "layer 0 is not a hidden layer")
	_, err = net.Dropout(3)
	wantError(t, err, StatusArg, "layer 3 is not a hidden layer")
	wantRates(t, "after refusals", net, 0.5, 0)
}

func TestInferenceNeverDrops(t *testing.T) {
	x, y := data(8, 3, 2), data(8, 2, 4)
	dropping, plain := deep(t, 5), deep(t, 5)
	defer dropping.Close()
	defer plain.Close()
	must(t, dropping.SetDropout(1, 0.5))
	must(t, dropping.SetDropout(2, 0.5))
	want := forward(t, plain, x, 8)
	sameBits(t, "Forward", forward(t, dropping, x, 8), want)
	dl, err := dropping.Loss(y)
	must(t, err)
	pl, err := plain.Loss(y)
	must(t, err)
	sameBits(t, "Loss", []float32{dl}, []float32{pl})
	got, err := dropping.Predict(x, 8)
	must(t, err)
	sameBits(t, "Predict", got, want)
	dLoss, dAcc, err := dropping.Evaluate(x, y, 8)
	must(t, err)
	pLoss, pAcc, err := plain.Evaluate(x, y, 8)
	must(t, err)
	if math.Float64bits(dLoss) != math.Float64bits(pLoss) || math.Float64bits(dAcc) != math.Float64bits(pAcc) {
		t.Fatalf("Evaluate: %v, %v; want %v, %v", dLoss, dAcc, pLoss, pAcc)
	}
	view, err := dropping.Share()
	must(t, err)
	defer view.Close()
	sameBits(t, "view's Forward", forward(t, view, x, 8), want)
}

// Each output of layer 1 in a training step is kept and scaled by
// 1 / (1 - 0.5) = 2 (exact in float32), or set to 0.
func TestTrainingStepDropsInverted(t *testing.T) {
	x, y := data(8, 3, 2), data(8, 2, 4)
	plain, dropping := deep(t, 5), deep(t, 5)
	defer plain.Close()
	defer dropping.Close()
	forward(t, plain, x, 8)
	_, h, err := plain.Activations(1)
	must(t, err)
	must(t, dropping.SetDropout(1, 0.5))
	_, err = dropping.TrainStep(x, y, 8, 0.1)
	must(t, err)
	_, dropped, err := dropping.Activations(1)
	must(t, err)
	zeros := 0
	for k := range h {
		if dropped[k] == 0 && h[k] != 0 {
			zeros++
		} else if math.Float32bits(dropped[k]) != math.Float32bits(2*h[k]) {
			t.Fatalf("unit %d: %v is neither 0 nor 2 x %v", k, dropped[k], h[k])
		}
	}
	if zeros < 8 || zeros > 40 {
		t.Fatalf("%d of 48 dropped at rate 0.5", zeros)
	}
}

func TestDropoutMasksFollowTheSeed(t *testing.T) {
	x, y := data(8, 3, 2), data(8, 2, 4)
	train := func(net *Net) []float32 {
		for i := 0; i < 5; i++ {
			_, err := net.TrainStep(x, y, 8, 0.1)
			must(t, err)
		}
		return params(t, net)
	}
	// A net of another seed with the first one's weights: only the seed,
	// hence the masks, differ.
	withWeightsOf := func(seed uint64, source *Net) *Net {
		net := deep(t, seed)
		for l := 1; l <= 3; l++ {
			W, b, err := source.Layer(l)
			must(t, err)
			must(t, net.SetLayer(l, W, b))
		}
		return net
	}
	a, b := deep(t, 5), deep(t, 5)
	c := withWeightsOf(6, a)
	a0, c0 := deep(t, 5), withWeightsOf(6, a) // no dropout
	for _, net := range []*Net{a, b, c, a0, c0} {
		defer net.Close()
	}
	for _, net := range []*Net{a, b, c} {
		must(t, net.SetDropout(1, 0.5))
	}
	pa, pb, pc, pa0, pc0 := train(a), train(b), train(c), train(a0), train(c0)
	sameBits(t, "identical nets trained alike", pa, pb)
	sameBits(t, "without dropout, another seed", pa0, pc0)
	if !differ(pa, pc) {
		t.Fatal("another seed drew the same masks")
	}
	if !differ(pa, pa0) {
		t.Fatal("dropout changed no training step")
	}
}
