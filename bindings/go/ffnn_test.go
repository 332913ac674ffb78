package ffnn

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// wantError checks that err is an *Error with status s whose message
// contains text.
func wantError(t *testing.T, err error, s Status, text string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got error %v (%T); want an *ffnn.Error with %v", err, err, s)
	}
	if e.Status != s || !strings.Contains(e.Message, text) {
		t.Fatalf("got %q; want %v with a message containing %q", e.Error(), s, text)
	}
	if !strings.HasPrefix(e.Error(), s.String()+": ") {
		t.Fatalf("Error() = %q does not start with %q", e.Error(), s.String())
	}
}

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if !(math.Abs(got-want) <= tol) {
		t.Fatalf("%s = %.7f; want %.7f within %g", what, got, want, tol)
	}
}

// seedNet is the binary-class example of the course material: 4-4-1,
// sigmoid hidden and output, BCE, with the slides' weights.
func seedNet(t *testing.T) *Net {
	t.Helper()
	net, err := New([]int{4, 4, 1}, []Activation{Sigmoid, Sigmoid}, BCE, 1)
	must(t, err)
	must(t, net.SetLayer(1, seedW1, []float32{0.5, 0.5, 0.5, 0.5}))
	must(t, net.SetLayer(2, []float32{0.5, 0.8, -0.6, 0.3}, []float32{0.3}))
	return net
}

var (
	seedW1 = []float32{
		0.9, 0.2, 0.4, 0.3,
		-0.5, 0.4, 0.3, 0.3,
		0.1, 0.1, -0.1, 0.2,
		-0.2, 0.5, 0.5, 0.7,
	}
	seedX = []float32{-0.6, -0.6, 0.2, 0.3}
	seedY = []float32{0}
)

func TestVersion(t *testing.T) {
	v := VersionNumber()
	if v != HeaderVersion {
		t.Fatalf("library %d, header %d", v, HeaderVersion)
	}
	if want := fmt.Sprintf("%d.%d.%d", v/10000, v/100%100, v%100); Version() != want {
		t.Fatalf("Version() = %q; VersionNumber() says %q", Version(), want)
	}
}

// The count is the whole process's: this test runs alone (no t.Parallel)
// and puts it back.
func TestNumThreads(t *testing.T) {
	before := NumThreads()
	defer SetNumThreads(before)
	must(t, SetNumThreads(1))
	if got := NumThreads(); got != 1 {
		t.Fatalf("after SetNumThreads(1), NumThreads() = %d", got)
	}
	must(t, SetNumThreads(2))
	two := NumThreads() // 1 where OpenBLAS is built for one thread
	if two != 1 && two != 2 {
		t.Fatalf("after SetNumThreads(2), NumThreads() = %d", two)
	}
	bad := []int{0, -1, math.MinInt32}
	if strconv.IntSize == 64 { // past a C int: refused, not wrapped around
		for _, n := range []int64{math.MaxInt32 + 1, 1<<32 + 1, math.MinInt64} {
			bad = append(bad, int(n))
		}
	}
	for _, n := range bad {
		err := SetNumThreads(n)
		e, ok := err.(*Error)
		if !ok || e.Status != StatusArg {
			t.Fatalf("SetNumThreads(%d) = %v, want a StatusArg error", n, err)
		}
		if got := NumThreads(); got != two {
			t.Fatalf("a refused SetNumThreads(%d) changed the count to %d", n, got)
		}
	}
	if err := SetNumThreads(0); !strings.Contains(err.Error(), "ffnn_set_num_threads: n is 0") {
		t.Fatalf("SetNumThreads(0): %v, want the library's message", err)
	}
}

func TestSeedExample(t *testing.T) {
	net := seedNet(t)
	defer net.Close()
	yhat, err := net.Forward(seedX, 1)
	must(t, err)
	loss, err := net.Loss(seedY)
	must(t, err)
	// True values in float64: yhat 0.715292, loss 1.256292. The slides print
	// 1.2560 because they round a2 to 0.921 first; 1.2563 is right.
	near(t, "yhat", float64(yhat[0]), 0.7153, 5e-5)
	near(t, "loss", float64(loss), 1.2563, 5e-5)

	// h_1 = sigmoid(W1 x + b1), computed here in float64.
	_, h1, err := net.Activations(1)
	must(t, err)
	for j := 0; j < 4; j++ {
		a := 0.5
		for k := 0; k < 4; k++ {
			a += float64(seedW1[4*j+k]) * float64(seedX[k])
		}
		near(t, fmt.Sprintf("h1[%d]", j), float64(h1[j]), 1/(1+math.Exp(-a)), 1e-6)
	}

	// BCE with a sigmoid output: dL/db2 = yhat - y, dL/dW2 = (yhat - y) h1.
	must(t, net.Backward(seedY))
	dW2, db2, err := net.Gradients(2)
	must(t, err)
	near(t, "dL/db2", float64(db2[0]), float64(yhat[0]), 1e-6)
	for j := range dW2 {
		near(t, "dL/dW2", float64(dW2[j]), float64(yhat[0]*h1[j]), 1e-6)
	}
	W2, b2, _ := net.Layer(2)
	must(t, net.Step(0.5))
	W2s, b2s, err := net.Layer(2)
	must(t, err)
	near(t, "b2 after a step", float64(b2s[0]), float64(b2[0]-0.5*db2[0]), 1e-6)
	near(t, "W2[0] after a step", float64(W2s[0]), float64(W2[0]-0.5*dW2[0]), 1e-6)
	yhat2, err := net.Forward(seedX, 1)
	must(t, err)
	if loss2, _ := net.Loss(seedY); !(loss2 < loss) || !(yhat2[0] < yhat[0]) {
		t.Fatalf("a step did not lower the loss: %v -> %v", loss, loss2)
	}
}

var xorX, xorY = []float32{0, 0, 0, 1, 1, 0, 1, 1}, []float32{0, 1, 1, 0}

// checkXOR asserts every output is on its side of 0.5 by 0.3 and the mean
// BCE is below 0.1.
func checkXOR(t *testing.T, net *Net) {
	t.Helper()
	out, err := net.Forward(xorX, 4)
	must(t, err)
	loss, err := net.Loss(xorY)
	must(t, err)
	for i, y := range out {
		if math.Abs(float64(y-xorY[i])) > 0.2 {
			t.Errorf("XOR sample %d: output %.4f, target %v", i, y, xorY[i])
		}
	}
	if !(loss < 0.1) {
		t.Errorf("XOR loss %.4f; want < 0.1", loss)
	}
}

// XOR on the 2-2-1 sigmoid network, from the slides' starting weights,
// with Forward, Loss, Backward and Step.
func TestXORStepByStep(t *testing.T) {
	net, err := New([]int{2, 2, 1}, []Activation{Sigmoid, Sigmoid}, BCE, 1)
	must(t, err)
	defer net.Close()
	must(t, net.SetLayer(1, []float32{-2, 1, -1.5, 1.5}, nil))
	must(t, net.SetLayer(2, []float32{1, -1}, nil))
	for i := 0; i < 5000; i++ {
		_, err := net.Forward(xorX, 4)
		must(t, err)
		must(t, net.Backward(xorY))
		must(t, net.Step(2))
	}
	checkXOR(t, net)
}

// XOR from seeded initial weights, with TrainStep (full batch of 4).
func TestXORTrainStep(t *testing.T) {
	net, err := New([]int{2, 2, 1}, []Activation{Sigmoid, Sigmoid}, BCE, 3)
	must(t, err)
	defer net.Close()
	first, last := float32(0), float32(0)
	for i := 0; i < 5000; i++ {
		last, err = net.TrainStep(xorX, xorY, 4, 2)
		must(t, err)
		if i == 0 {
			first = last
		}
	}
	if !(last < first) {
		t.Fatalf("loss rose from %v to %v", first, last)
	}
	checkXOR(t, net)
	_, acc, err := net.Evaluate(xorX, xorY, 4)
	must(t, err)
	if acc != 1 {
		t.Fatalf("XOR accuracy %v", acc)
	}
}

func TestErrors(t *testing.T) {
	// Library errors from create, with ffnn_last_error()'s text.
	_, err := New([]int{4, 0, 1}, []Activation{Sigmoid, Sigmoid}, BCE, 1)
	wantError(t, err, StatusShape, "sizes[1] is 0")
	_, err = New([]int{4, 1}, []Activation{Tanh}, BCE, 1)
	wantError(t, err, StatusArg, "FFNN_LOSS_BCE needs a SIGMOID output layer")
	// Caught in Go: the C call cannot know how many activations it was given.
	_, err = New([]int{4, 4, 1}, []Activation{Sigmoid}, BCE, 1)
	wantError(t, err, StatusArg, "3 sizes and 1 activations")

	net := seedNet(t)
	defer net.Close()
	// Slices of the wrong size are refused before C reads past them.
	_, err = net.Forward([]float32{1, 2, 3}, 1)
	wantError(t, err, StatusShape, "x has 3 values; want 1 x 4 = 4")
	_, err = net.Forward(nil, 0)
	wantError(t, err, StatusShape, "0 rows")
	wantError(t, net.SetLayer(2, []float32{1, 2}, nil), StatusShape, "W has 2 values")
	_, _, err = net.Layer(3)
	wantError(t, err, StatusArg, "layer 3 is not in 1..2")
	_, err = net.Loss(seedY)
	wantError(t, err, StatusState, "no forward pass yet")

	// Library errors on a handle, with ffnn_net_last_error()'s text.
	wantError(t, net.Step(0.1), StatusState, "ffnn_step: no ffnn_backward yet")
	_, err = net.Forward([]float32{1, float32(math.NaN()), 0, 0}, 1)
	wantError(t, err, StatusNumeric, "ffnn_forward: x contains NaN or infinity")
	_, err = net.Forward(seedX, 1)
	must(t, err)
	wantError(t, net.Backward([]float32{float32(math.Inf(1))}), StatusNumeric,
		"ffnn_backward: target contains NaN or infinity")
	wantError(t, net.SetLayer(1, nil, []float32{0, 0, float32(math.NaN()), 0}),
		StatusNumeric, "ffnn_set_layer: layer 1 values contain NaN or infinity")
	must(t, net.SetLayer(1, nil, []float32{0.5, 0.5, 0.5, 0.5})) // same values
	wantError(t, net.Backward(seedY), StatusState, "the weights changed since the last forward pass")
	wantError(t, net.SetBackend(9), StatusArg, "backend = 9 is not a backend")
	wantError(t, net.SetOptimizerMomentum(1, false), StatusArg, "momentum must be in [0, 1)")
	wantError(t, net.SetOptimizerAdam(0.9, 0.999, 0), StatusArg, "ffnn_set_optimizer_adam: epsilon must be finite and > 0")
	wantError(t, net.SetWeightDecay(-1), StatusArg, "ffnn_set_weight_decay: decay must be finite and >= 0")
	_, err = net.TrainStep(seedX, seedY, 1, float32(math.NaN()))
	wantError(t, err, StatusArg, "learning rate must be finite and >= 0")
	_, err = net.TrainStep(seedX, seedY, 1, 3e38)
	wantError(t, err, StatusNumeric, "the step would make weights NaN or infinite")
	opts := DefaultTrainOptions()
	opts.BatchSize = 0
	_, err = net.Train(seedX, seedY, 1, opts, nil)
	wantError(t, err, StatusArg, "ffnn_train: batch_size is 0")
	_, _, err = net.Evaluate([]float32{0, 0, 0, float32(math.Inf(-1))}, seedY, 1)
	wantError(t, err, StatusNumeric, "ffnn_evaluate: the data contain NaN or infinity")
	// A failed call leaves the net as it was: the seed example still holds.
	y, err := net.Forward(seedX, 1)
	must(t, err)
	near(t, "yhat after the errors", float64(y[0]), 0.715292, 1e-6)

	// Load errors come through ffnn_last_error() (thread-local).
	_, err = Load(filepath.Join(t.TempDir(), "missing.safetensors"))
	wantError(t, err, StatusIO, "ffnn_load: cannot open")
	_, err = LoadBytes([]byte("definitely not safetensors"))
	wantError(t, err, StatusFormat, "")
	_, err = LoadBytes(nil)
	wantError(t, err, StatusArg, "data is NULL")
}

// bigNet has every activation and a softmax/CE output.
func bigNet(t *testing.T) *Net {
	t.Helper()
	net, err := New([]int{5, 16, 8, 7, 3}, []Activation{ReLU, Tanh, Linear, Softmax}, CE, 42)
	must(t, err)
	return net
}

// data returns n deterministic samples of the given width in [-1, 1).
func data(n, width int, seed uint32) []float32 {
	v := make([]float32, n*width)
	for i := range v {
		seed = seed*1664525 + 1013904223
		v[i] = float32(seed>>8)/(1<<23) - 1
	}
	return v
}

func sameBits(t *testing.T, what string, a, b []float32) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%s: lengths %d and %d", what, len(a), len(b))
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			t.Fatalf("%s: [%d] %v != %v", what, i, a[i], b[i])
		}
	}
}

func TestSaveLoad(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	x := data(10, 5, 1)
	// Change the weights from their initial values so loading must restore
	// them, not re-create them from the architecture.
	for i := 0; i < 5; i++ {
		_, err := net.TrainStep(x, oneHot(10, 3), 10, 0.1)
		must(t, err)
	}
	want, err := net.Forward(x, 10)
	must(t, err)

	path := filepath.Join(t.TempDir(), "net.safetensors")
	must(t, net.Save(path))
	fromFile, err := Load(path)
	must(t, err)
	defer fromFile.Close()
	got, err := fromFile.Forward(x, 10)
	must(t, err)
	sameBits(t, "file round trip", got, want)

	buf, err := net.MarshalBinary()
	must(t, err)
	file, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(buf, file) {
		t.Fatalf("MarshalBinary (%d bytes) differs from the file Save wrote (%d bytes)", len(buf), len(file))
	}
	fromBuf, err := LoadBytes(buf)
	must(t, err)
	defer fromBuf.Close()
	got, err = fromBuf.Forward(x, 10)
	must(t, err)
	sameBits(t, "buffer round trip", got, want)

	if fmt.Sprint(fromBuf.Sizes()) != "[5 16 8 7 3]" || fromBuf.LossFunction() != CE ||
		fromBuf.Activation(1) != ReLU || fromBuf.Activation(4) != Softmax ||
		fromBuf.NumParams() != net.NumParams() {
		t.Fatalf("loaded architecture %v %v differs", fromBuf.Sizes(), fromBuf.LossFunction())
	}
	// A truncated buffer is refused with the library's reason.
	_, err = LoadBytes(buf[:len(buf)-4])
	wantError(t, err, StatusFormat, "ffnn_load")
}

// oneHot gives n targets of k classes, sample i in class i mod k.
func oneHot(n, k int) []float32 {
	y := make([]float32, n*k)
	for i := 0; i < n; i++ {
		y[i*k+i%k] = 1
	}
	return y
}

// A separable toy set: class 1 when x0 + x1 > 0.
func toySet(n int) (x, y []float32) {
	x = data(n, 2, 7)
	y = make([]float32, n)
	for i := range y {
		if x[2*i]+x[2*i+1] > 0 {
			y[i] = 1
		}
	}
	return x, y
}

func TestTrain(t *testing.T) {
	net, err := New([]int{2, 8, 1}, []Activation{Tanh, Sigmoid}, BCE, 5)
	must(t, err)
	defer net.Close()
	must(t, net.SetOptimizerAdam(0.9, 0.999, 1e-8))
	x, y := toySet(500)
	opts := DefaultTrainOptions()
	if opts.BatchSize != 32 || opts.Epochs != 1 || !opts.Shuffle || opts.LearningRate != 0.01 {
		t.Fatalf("defaults %+v", opts)
	}
	opts.Epochs, opts.BatchSize, opts.LearningRate, opts.ValidationFraction = 30, 20, 0.05, 0.2
	var calls []TrainReport
	rep, err := net.Train(x, y, 500, opts, func(r TrainReport) Stop {
		calls = append(calls, r)
		return false // go on
	})
	must(t, err)
	if len(calls) != 30 || !calls[29].EpochEnd || calls[29] != rep {
		t.Fatalf("%d progress calls; last %+v, final %+v", len(calls), calls[len(calls)-1], rep)
	}
	// 400 training samples in batches of 20; 100 held out.
	if rep.Epoch != 30 || rep.Epochs != 30 || rep.Batches != 20 || rep.BatchesDone != 20 || rep.Stopped {
		t.Fatalf("report %+v", rep)
	}
	if !(rep.ValAccuracy >= 0.95 && rep.ValLoss < 0.2 && rep.TrainLoss < calls[0].TrainLoss) {
		t.Fatalf("did not converge: first %+v, last %+v", calls[0], rep)
	}
	loss, acc, err := net.Evaluate(x[800:], y[400:], 100)
	must(t, err)
	near(t, "Evaluate loss vs the report", loss, rep.ValLoss, 1e-6)
	near(t, "Evaluate accuracy vs the report", acc, rep.ValAccuracy, 0)
}

func TestTrainProgress(t *testing.T) {
	net, err := New([]int{2, 4, 1}, []Activation{Tanh, Sigmoid}, BCE, 5)
	must(t, err)
	defer net.Close()
	x, y := toySet(100)
	opts := DefaultTrainOptions()
	opts.Epochs, opts.BatchSize, opts.ReportEvery = 5, 10, 3

	// Mid-epoch reports every 3 batches, then the epoch end; true stops,
	// as a nonzero result of ffnn_train's callback does.
	var seen []string
	var progress Progress = func(r TrainReport) (stop Stop) {
		seen = append(seen, fmt.Sprintf("%d/%d:%v", r.Epoch, r.BatchesDone, r.EpochEnd))
		if !r.EpochEnd && !math.IsNaN(r.ValLoss) {
			t.Errorf("val loss %v during an epoch", r.ValLoss)
		}
		return r.Epoch == 2 && r.BatchesDone == 6
	}
	rep, err := net.Train(x, y, 100, opts, progress)
	must(t, err)
	want := "[1/3:false 1/6:false 1/9:false 1/10:true 2/3:false 2/6:false]"
	if fmt.Sprint(seen) != want || !rep.Stopped || rep.Epoch != 2 || rep.BatchesDone != 6 {
		t.Fatalf("calls %v, report %+v; want calls %s and a stop in epoch 2", seen, rep, want)
	}

	// A panic in the progress function stops training and comes out of Train.
	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Fatalf("recovered %v; want the progress function's panic", r)
			}
		}()
		net.Train(x, y, 100, opts, func(TrainReport) Stop { panic("boom") })
		t.Fatal("Train returned after its progress function panicked")
	}()
	// The net is still usable.
	_, err = net.Train(x, y, 100, opts, nil)
	must(t, err)
}

func TestPredictEvaluate(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	const n = 600 // more than the library's chunk of 256 rows
	x, y := data(n, 5, 3), oneHot(n, 3)
	want, err := net.Forward(x, n)
	must(t, err)
	wantLoss, err := net.Loss(y)
	must(t, err)
	got, err := net.Predict(x, n)
	must(t, err)
	for i := range got {
		near(t, "Predict vs Forward", float64(got[i]), float64(want[i]), 1e-6)
	}
	loss, acc, err := net.Evaluate(x, y, n)
	must(t, err)
	near(t, "Evaluate loss", loss, float64(wantLoss), 1e-5)
	// The last pass is now Evaluate's; its batch comes from ffnn_net_batch.
	afterLoss, err := net.Loss(y)
	must(t, err)
	near(t, "Loss after Evaluate", float64(afterLoss), float64(wantLoss), 1e-6)
	_, err = net.Loss(y[3:])
	wantError(t, err, StatusShape, "y has")
	if !(acc >= 0 && acc <= 1) {
		t.Fatalf("accuracy %v", acc)
	}
	// ForwardInto writes into the caller's slice.
	into := make([]float32, 3*n)
	must(t, net.ForwardInto(x, n, into))
	sameBits(t, "ForwardInto", into, want)
	wantError(t, net.ForwardInto(x, n, into[1:]), StatusShape, "y has")
}

func TestBackends(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	x := data(64, 5, 9)
	var outs [3][]float32
	for i, b := range []Backend{BackendAuto, BackendBLAS, BackendNaive} {
		must(t, net.SetBackend(b))
		if net.Backend() != b {
			t.Fatalf("Backend() = %v after SetBackend(%v)", net.Backend(), b)
		}
		y, err := net.Forward(x, 64)
		must(t, err)
		outs[i] = y
	}
	for i := range outs[0] {
		near(t, "BLAS vs naive", float64(outs[1][i]), float64(outs[2][i]), 1e-5)
	}
}

// One step of each optimizer from the same gradients, against its formula.
func TestOptimizers(t *testing.T) {
	base := seedNet(t)
	defer base.Close()
	_, err := base.Forward(seedX, 1)
	must(t, err)
	must(t, base.Backward(seedY))
	g, gb, err := base.Gradients(1)
	must(t, err)
	w, b, _ := base.Layer(1)
	const lr = 0.1

	step := func(set func(*Net) error, want Optimizer) (W, B []float32) {
		net, err := base.Clone()
		must(t, err)
		defer net.Close()
		must(t, set(net))
		if net.Optimizer() != want {
			t.Fatalf("Optimizer() = %v; want %v", net.Optimizer(), want)
		}
		_, err = net.Forward(seedX, 1)
		must(t, err)
		must(t, net.Backward(seedY))
		must(t, net.Step(lr))
		W, B, err = net.Layer(1)
		must(t, err)
		return W, B
	}
	check := func(name string, got []float32, want func(i int) float64) {
		t.Helper()
		for i := range got {
			near(t, fmt.Sprintf("%s [%d]", name, i), float64(got[i]), want(i), 1e-6)
		}
	}
	sgd := func(i int) float64 { return float64(w[i] - lr*g[i]) }
	// Momentum starts with v = g, so its first step is SGD's; Nesterov's is
	// w - lr (g + mu g).
	W, _ := step((*Net).SetOptimizerSGD, SGD)
	check("SGD", W, sgd)
	W, _ = step(func(n *Net) error { return n.SetOptimizerMomentum(0.9, false) }, Momentum)
	check("momentum", W, sgd)
	W, _ = step(func(n *Net) error { return n.SetOptimizerMomentum(0.9, true) }, Nesterov)
	check("Nesterov", W, func(i int) float64 { return float64(w[i]) - lr*1.9*float64(g[i]) })
	// Adam's first step is lr * g / (|g| + eps): lr times the sign of g.
	W, _ = step(func(n *Net) error { return n.SetOptimizerAdam(0.9, 0.999, 1e-8) }, Adam)
	check("Adam", W, func(i int) float64 {
		return float64(w[i]) - lr*float64(g[i])/(math.Abs(float64(g[i]))+1e-8)
	})
	// Weight decay adds lambda W to the weights' gradient, not the biases'.
	W, B := step(func(n *Net) error { return n.SetWeightDecay(0.5) }, SGD)
	check("decay W", W, func(i int) float64 { return float64(w[i]) - lr*float64(g[i]+0.5*w[i]) })
	check("decay b", B, func(i int) float64 { return float64(b[i] - lr*gb[i]) })
}

func TestOptimizerParams(t *testing.T) {
	net := seedNet(t)
	defer net.Close()
	want := func(p OptimizerParam, v float32) {
		t.Helper()
		got, err := net.OptimizerParam(p)
		if err != nil || got != v {
			t.Fatalf("OptimizerParam(%d) = %v, %v; want %v", p, got, err, v)
		}
	}
	absent := func(p OptimizerParam) {
		t.Helper()
		_, err := net.OptimizerParam(p)
		if e, ok := err.(*Error); !ok || e.Status != StatusState {
			t.Fatalf("OptimizerParam(%d): %v; want a StatusState error", p, err)
		}
	}
	want(ParamWeightDecay, 0)
	absent(ParamMomentum)
	must(t, net.SetWeightDecay(0.1))
	must(t, net.SetOptimizerMomentum(0.9, true))
	want(ParamMomentum, 0.9)
	want(ParamWeightDecay, 0.1)
	absent(ParamBeta1)
	must(t, net.SetOptimizerAdam(0.8, 0.99, 1e-6))
	want(ParamBeta1, 0.8)
	want(ParamBeta2, 0.99)
	want(ParamEpsilon, 1e-6)
	absent(ParamMomentum)
	if net.SetOptimizerAdam(1.5, 0.99, 1e-6) == nil {
		t.Fatal("beta1 1.5 accepted")
	}
	want(ParamBeta1, 0.8) // the refused call changed nothing
	net.Close()
	if _, err := net.OptimizerParam(ParamWeightDecay); err == nil {
		t.Fatal("OptimizerParam on a closed Net: no error")
	}
}

func TestCloseAndClone(t *testing.T) {
	runtime.GC() // let finalizers of earlier tests' nets run first
	before := atomic.LoadInt64(&live)
	net := seedNet(t)
	clone, err := net.Clone()
	must(t, err)
	if n := atomic.LoadInt64(&live); n != before+2 {
		t.Fatalf("%d live nets; want %d", n, before+2)
	}
	// The clone is independent of the original.
	must(t, net.SetLayer(2, nil, []float32{-5}))
	y, err := clone.Forward(seedX, 1)
	must(t, err)
	near(t, "clone's yhat", float64(y[0]), 0.715292, 1e-6)

	must(t, net.Close())
	must(t, net.Close()) // idempotent: destroys once
	if n := atomic.LoadInt64(&live); n != before+1 {
		t.Fatalf("%d live nets after closing one twice; want %d", n, before+1)
	}
	_, err = net.Forward(seedX, 1)
	wantError(t, err, StatusState, "closed")
	if net.Memory() != 0 || net.NumParams() != 0 || clone.Memory() == 0 || clone.NumParams() != 25 {
		t.Fatalf("memory %d and %d, params %d and %d", net.Memory(), clone.Memory(), net.NumParams(), clone.NumParams())
	}
	_, err = net.MarshalBinary()
	wantError(t, err, StatusState, "closed")
	must(t, clone.Close())

	// A Net dropped without Close is freed by its finalizer.
	func() {
		_, err := New([]int{3, 3}, []Activation{Linear}, MSE, 0)
		must(t, err)
	}()
	for i := 0; i < 20 && atomic.LoadInt64(&live) != before; i++ {
		runtime.GC()
	}
	if n := atomic.LoadInt64(&live); n != before {
		t.Fatalf("%d live nets after GC; want %d (finalizer did not run)", n, before)
	}
}

// layers returns copies of every W_l and b_l, one after the other.
func layers(t *testing.T, net *Net) []float32 {
	t.Helper()
	var all []float32
	for l := 1; l <= net.NumLayers(); l++ {
		W, b, err := net.Layer(l)
		must(t, err)
		all = append(append(all, W...), b...)
	}
	return all
}

// A view computes what its source computes, bit for bit, and holds no
// weights of its own.
func TestShareForward(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	view, err := net.Share()
	must(t, err)
	defer view.Close()
	const n = 300 // more than Predict's chunk of 256 rows
	x, y := data(n, 5, 11), oneHot(n, 3)
	want, err := net.Forward(x, n)
	must(t, err)
	wantLoss, err := net.Loss(y)
	must(t, err)
	got, err := view.Forward(x, n)
	must(t, err)
	sameBits(t, "view's Forward", got, want)
	loss, err := view.Loss(y)
	must(t, err)
	if loss != wantLoss {
		t.Fatalf("view's loss %v; source's %v", loss, wantLoss)
	}
	got, err = view.Predict(x, n)
	must(t, err)
	for i := range got {
		near(t, "view's Predict vs Forward", float64(got[i]), float64(want[i]), 1e-6)
	}
	l1, a1, err := net.Evaluate(x, y, n)
	must(t, err)
	l2, a2, err := view.Evaluate(x, y, n)
	must(t, err)
	if l1 != l2 || a1 != a2 {
		t.Fatalf("Evaluate: view %v %v, source %v %v", l2, a2, l1, a1)
	}
	sameBits(t, "view's Layer", layers(t, view), layers(t, net))
	saved, err := net.MarshalBinary()
	must(t, err)
	viewSaved, err := view.MarshalBinary()
	must(t, err)
	if !bytes.Equal(viewSaved, saved) {
		t.Fatalf("view's MarshalBinary (%d bytes) differs from the source's (%d bytes)", len(viewSaved), len(saved))
	}
	if fmt.Sprint(view.Sizes()) != fmt.Sprint(net.Sizes()) || view.LossFunction() != CE ||
		view.Activation(1) != ReLU || view.NumParams() != net.NumParams() {
		t.Fatalf("view's architecture %v %v differs", view.Sizes(), view.LossFunction())
	}
	// The view's memory is its handle and activation buffers: no
	// parameters or gradients (2 x 4 bytes each, at least).
	if m, s := view.Memory(), net.Memory(); !(m <= s-8*net.NumParams()) {
		t.Fatalf("view holds %d bytes, source %d: the weights look copied", m, s)
	}
}

// Weights are shared, not copied: the view sees every change to the
// source's weights.
func TestShareFollowsSource(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	view, err := net.Share()
	must(t, err)
	defer view.Close()
	x := data(8, 5, 12)
	old, err := view.Forward(x, 8)
	must(t, err)

	check := func(what string) {
		t.Helper()
		want, err := net.Forward(x, 8)
		must(t, err)
		got, err := view.Forward(x, 8)
		must(t, err)
		sameBits(t, what, got, want)
		same := true
		for i := range got {
			same = same && got[i] == old[i]
		}
		if same {
			t.Fatalf("%s: the view's output did not change", what)
		}
		old = got
	}
	_, b4, err := net.Layer(4)
	must(t, err)
	b4[0] += 1
	must(t, net.SetLayer(4, nil, b4))
	check("after SetLayer on the source")
	_, err = net.TrainStep(x, oneHot(8, 3), 8, 0.5)
	must(t, err)
	check("after TrainStep on the source")
}

// A view refuses every call that would change weights, gradients or the
// optimizer, and leaves the source's weights as they were.
func TestShareReadOnly(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	view, err := net.Share()
	must(t, err)
	defer view.Close()
	x, y := data(4, 5, 13), oneHot(4, 3)
	weights := layers(t, net)
	want, err := net.Forward(x, 4)
	must(t, err)

	const msg = "shares another network's weights"
	_, err = view.TrainStep(x, y, 4, 0.5)
	wantError(t, err, StatusState, "ffnn_train_step: this handle "+msg)
	W1, b1, err := view.Layer(1)
	must(t, err)
	W1[0] += 1
	wantError(t, view.SetLayer(1, W1, b1), StatusState, "ffnn_set_layer: this handle "+msg)
	_, err = view.Forward(x, 4)
	must(t, err)
	wantError(t, view.Backward(y), StatusState, "ffnn_backward: this handle "+msg)
	wantError(t, view.Step(0.5), StatusState, msg)
	opts := DefaultTrainOptions()
	_, err = view.Train(x, y, 4, opts, nil)
	wantError(t, err, StatusState, "ffnn_train: this handle "+msg)
	wantError(t, view.SetOptimizerAdam(0.9, 0.999, 1e-8), StatusState, msg)
	wantError(t, view.SetOptimizerMomentum(0.9, false), StatusState, msg)
	wantError(t, view.SetWeightDecay(0.1), StatusState, msg)

	sameBits(t, "source's weights after the refused calls", layers(t, net), weights)
	got, err := net.Forward(x, 4)
	must(t, err)
	sameBits(t, "source's output after the refused calls", got, want)
	got, err = view.Forward(x, 4)
	must(t, err)
	sameBits(t, "view's output after the refused calls", got, want)

	// A clone of a view is a full network of its own, trainable.
	clone, err := view.Clone()
	must(t, err)
	defer clone.Close()
	_, err = clone.TrainStep(x, y, 4, 0.5)
	must(t, err)
	sameBits(t, "source's weights after training a clone of the view", layers(t, net), weights)
}

// Goroutines infer on one model at once, a view each. Each uses its own
// inputs and batch size, so one handle shared by all would mix them up.
func TestShareConcurrent(t *testing.T) {
	net := bigNet(t)
	defer net.Close()
	const workers, rounds = 8, 200
	xs, wants := make([][]float32, workers), make([][]float32, workers)
	for w := range xs {
		xs[w] = data(w+1, 5, uint32(100+w))
		var err error
		wants[w], err = net.Forward(xs[w], w+1)
		must(t, err)
	}
	views := make([]*Net, workers)
	for w := range views {
		var err error
		views[w], err = net.Share()
		must(t, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			view, x, want := views[w], xs[w], wants[w]
			defer view.Close()
			y := make([]float32, len(want))
			for r := 0; r < rounds; r++ {
				if err := view.ForwardInto(x, w+1, y); err != nil {
					errs <- err
					return
				}
				for i := range y {
					if math.Float32bits(y[i]) != math.Float32bits(want[i]) {
						errs <- fmt.Errorf("worker %d, round %d: [%d] %v != %v", w, r, i, y[i], want[i])
						return
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	must(t, net.Close()) // every view closed
}

// A view keeps its source alive: with only the view referenced, the
// source survives garbage collection, and is freed by its finalizer once
// the view is closed.
func TestShareKeepsSourceAlive(t *testing.T) {
	runtime.GC() // let finalizers of earlier tests' nets run first
	time.Sleep(10 * time.Millisecond)
	before := atomic.LoadInt64(&live)
	x := data(6, 5, 14)
	var want []float32
	view := func() *Net {
		net := bigNet(t) // not closed: only the view refers to it
		view, err := net.Share()
		must(t, err)
		want, err = net.Forward(x, 6)
		must(t, err)
		return view
	}()
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // finalizers run on their own goroutine
	}
	if n := atomic.LoadInt64(&live); n != before+2 {
		t.Fatalf("%d live nets with the view reachable; want %d (source and view)", n, before+2)
	}
	got, err := view.Forward(x, 6)
	must(t, err)
	sameBits(t, "view's output after GC", got, want)

	must(t, view.Close())
	for i := 0; i < 20 && atomic.LoadInt64(&live) != before; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if n := atomic.LoadInt64(&live); n != before {
		t.Fatalf("%d live nets after closing the view; want %d (the source's finalizer did not run)", n, before)
	}

	// Neither closed: the view's finalizer runs first, then the source's,
	// which then frees it.
	func() {
		net := bigNet(t)
		_, err := net.Share()
		must(t, err)
	}()
	for i := 0; i < 20 && atomic.LoadInt64(&live) != before; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if n := atomic.LoadInt64(&live); n != before {
		t.Fatalf("%d live nets after dropping a source and its view; want %d", n, before)
	}
}

// Close refuses to free a Net under its open views; closing a view frees
// the view only.
func TestShareClose(t *testing.T) {
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	before := atomic.LoadInt64(&live)
	net := seedNet(t)
	view, err := net.Share()
	must(t, err)
	// A view of a view borrows the same weights, from the same owner.
	view2, err := view.Share()
	must(t, err)
	if n := atomic.LoadInt64(&live); n != before+3 {
		t.Fatalf("%d live nets; want %d", n, before+3)
	}
	wantError(t, net.Close(), StatusState, "Close: views made by Share still use this Net's weights (2 open)")
	y, err := net.Forward(seedX, 1) // still open
	must(t, err)
	near(t, "source's yhat after a refused Close", float64(y[0]), 0.715292, 1e-6)

	must(t, view.Close())
	must(t, view.Close()) // idempotent
	_, err = view.Forward(seedX, 1)
	wantError(t, err, StatusState, "closed")
	_, err = view.Share()
	wantError(t, err, StatusState, "Share: the Net is closed")
	y, err = view2.Forward(seedX, 1)
	must(t, err)
	near(t, "view of a closed view", float64(y[0]), 0.715292, 1e-6)
	wantError(t, net.Close(), StatusState, "(1 open)")

	must(t, view2.Close())
	must(t, net.Close())
	if n := atomic.LoadInt64(&live); n != before {
		t.Fatalf("%d live nets after closing all; want %d", n, before)
	}
	_, err = net.Share()
	wantError(t, err, StatusState, "Share: the Net is closed")
}
