package ffnn_test

import (
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sync"

	ffnn "github.com/ffnn/ffnn/bindings/go"
)

// The binary-class example of the course material: a 4-4-1 network with
// sigmoid units and binary cross-entropy, its weights set by hand, one
// forward pass, then XOR learnt by a 2-2-1 network.
func Example() {
	net, err := ffnn.New([]int{4, 4, 1}, []ffnn.Activation{ffnn.Sigmoid, ffnn.Sigmoid}, ffnn.BCE, 1)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	W1 := []float32{ // 4 x 4, row j = weights into hidden neuron j
		0.9, 0.2, 0.4, 0.3,
		-0.5, 0.4, 0.3, 0.3,
		0.1, 0.1, -0.1, 0.2,
		-0.2, 0.5, 0.5, 0.7,
	}
	if err := net.SetLayer(1, W1, []float32{0.5, 0.5, 0.5, 0.5}); err != nil {
		log.Fatal(err)
	}
	if err := net.SetLayer(2, []float32{0.5, 0.8, -0.6, 0.3}, []float32{0.3}); err != nil {
		log.Fatal(err)
	}
	yhat, err := net.Forward([]float32{-0.6, -0.6, 0.2, 0.3}, 1)
	if err != nil {
		log.Fatal(err)
	}
	loss, err := net.Loss([]float32{0})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("yhat %.4f  loss %.4f\n", yhat[0], loss)

	// Errors carry the library's status and message.
	_, err = net.Forward([]float32{1, 2, 3, 4}, 2)
	fmt.Println(err)

	// XOR: 4 samples of 2 inputs, trained with ffnn_train.
	xor, err := ffnn.New([]int{2, 2, 1}, []ffnn.Activation{ffnn.Sigmoid, ffnn.Sigmoid}, ffnn.BCE, 3)
	if err != nil {
		log.Fatal(err)
	}
	defer xor.Close()
	x, y := []float32{0, 0, 0, 1, 1, 0, 1, 1}, []float32{0, 1, 1, 0}
	opts := ffnn.DefaultTrainOptions()
	opts.BatchSize, opts.Epochs, opts.LearningRate, opts.Shuffle = 4, 5000, 2, false
	report, err := xor.Train(x, y, 4, opts, nil)
	if err != nil {
		log.Fatal(err)
	}
	out, err := xor.Predict(x, 4)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("epochs %d  accuracy %.2f  outputs %.1f\n", report.Epoch, report.TrainAccuracy, out)
	// Output:
	// yhat 0.7153  loss 1.2563
	// FFNN_ERR_SHAPE: invalid shape or size: Forward: x has 4 values; want 2 x 4 = 8
	// epochs 5000  accuracy 1.00  outputs [0.0 1.0 1.0 0.0]
}

// Goroutines infer on one trained model at once, a view each: the views
// share the model's weights (no copy) and refuse to change them.
func ExampleNet_Share() {
	net, err := ffnn.New([]int{2, 2, 1}, []ffnn.Activation{ffnn.Sigmoid, ffnn.Sigmoid}, ffnn.BCE, 3)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close() // deferred first, so it runs after the views' Close
	x, y := []float32{0, 0, 0, 1, 1, 0, 1, 1}, []float32{0, 1, 1, 0}
	opts := ffnn.DefaultTrainOptions()
	opts.BatchSize, opts.Epochs, opts.LearningRate, opts.Shuffle = 4, 5000, 2, false
	if _, err := net.Train(x, y, 4, opts, nil); err != nil {
		log.Fatal(err)
	}

	out := make([]float32, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		view, err := net.Share()
		if err != nil {
			log.Fatal(err)
		}
		wg.Add(1)
		go func(i int) { // one goroutine per sample, each with its view
			defer wg.Done()
			defer view.Close()
			if err := view.ForwardInto(x[2*i:2*i+2], 1, out[i:i+1]); err != nil {
				log.Fatal(err)
			}
		}(i)
	}
	wg.Wait()
	fmt.Printf("outputs %.1f\n", out)

	// A view only runs inference.
	view, err := net.Share()
	if err != nil {
		log.Fatal(err)
	}
	defer view.Close()
	_, err = view.TrainStep(x, y, 4, 2)
	fmt.Println(err)
	// Output:
	// outputs [0.0 1.0 1.0 0.0]
	// FFNN_ERR_STATE: call out of order: ffnn_train_step: this handle shares another network's weights (ffnn_net_share) and only runs inference
}

// A run stopped mid-epoch is checkpointed from its progress function,
// loaded, and resumed: it ends with the weights of a run never stopped.
func ExampleNet_TrainResume() {
	newNet := func() *ffnn.Net {
		net, err := ffnn.New([]int{2, 4, 1}, []ffnn.Activation{ffnn.Tanh, ffnn.Sigmoid}, ffnn.BCE, 7)
		if err != nil {
			log.Fatal(err)
		}
		if err := net.SetOptimizerAdam(0.9, 0.999, 1e-8); err != nil {
			log.Fatal(err)
		}
		return net
	}
	x := []float32{0, 0, 0, 1, 1, 0, 1, 1, 0.1, 0.9, 0.9, 0.1, 0.2, 0.2, 0.8, 0.8}
	y := []float32{0, 1, 1, 0, 1, 1, 0, 0}
	opts := ffnn.DefaultTrainOptions()
	opts.BatchSize, opts.Epochs, opts.LearningRate, opts.ReportEvery = 2, 3, 0.1, 1

	whole := newNet()
	defer whole.Close()
	if _, err := whole.Train(x, y, 8, opts, nil); err != nil {
		log.Fatal(err)
	}

	part := newNet()
	defer part.Close()
	var checkpoint []byte
	report, err := part.Train(x, y, 8, opts, func(r ffnn.TrainReport) ffnn.Stop {
		if r.Epoch == 2 && r.BatchesDone == 3 {
			var err error
			if checkpoint, err = part.MarshalCheckpoint(); err != nil { // or SaveCheckpoint(path)
				log.Fatal(err)
			}
			return true // stop
		}
		return false // go on
	})
	if err != nil {
		log.Fatal(err)
	}
	resumed, err := ffnn.LoadBytes(checkpoint)
	if err != nil {
		log.Fatal(err)
	}
	defer resumed.Close()
	pos, err := resumed.TrainPosition()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("stopped %v in epoch %d; position: %d epoch done, %d batches, %d samples\n",
		report.Stopped, report.Epoch, pos.Epoch, pos.Batch, pos.Seen)
	if _, err := resumed.TrainResume(x, y, 8, opts, ffnn.SplitLast, nil); err != nil {
		log.Fatal(err)
	}
	same := true
	for l := 1; l <= 2; l++ {
		w1, b1, _ := whole.Layer(l)
		w2, b2, _ := resumed.Layer(l)
		same = same && fmt.Sprint(w1, b1) == fmt.Sprint(w2, b2)
	}
	fmt.Println("same weights as the run never stopped:", same)
	// Output:
	// stopped true in epoch 2; position: 1 epoch done, 3 batches, 6 samples
	// same weights as the run never stopped: true
}

// Metadata travels with the model: keys start with "user.".
func ExampleNet_SetMetadata() {
	net, err := ffnn.New([]int{2, 1}, []ffnn.Activation{ffnn.Sigmoid}, ffnn.BCE, 1)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	if err := net.SetMetadata("user.dataset", "xor-v2"); err != nil {
		log.Fatal(err)
	}
	saved, err := net.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	loaded, err := ffnn.LoadBytes(saved)
	if err != nil {
		log.Fatal(err)
	}
	defer loaded.Close()
	value, ok := loaded.Metadata("user.dataset")
	fmt.Printf("%q %v\n", value, ok)
	if err := loaded.DeleteMetadata("user.dataset"); err != nil {
		log.Fatal(err)
	}
	value, ok = loaded.Metadata("user.dataset")
	fmt.Printf("%q %v\n", value, ok)
	fmt.Println(net.SetMetadata("dataset", "x"))
	// Output:
	// "xor-v2" true
	// "" false
	// FFNN_ERR_ARG: invalid argument: ffnn_set_metadata: key 'dataset' must start with "user." and have at most 255 bytes
}

// A training setup: a step schedule and early stopping on the validation
// loss, the best epoch's weights kept. The README shows this example.
func ExampleNet_TrainRun() {
	// 40 points of the plane, label a + b > 0, every fourth one wrong.
	x, y := make([]float32, 80), make([]float32, 40)
	for i := range y {
		a, b := float32(i*7%40)/20-1, float32(i*13%40)/20-1
		x[2*i], x[2*i+1] = a, b
		if (a+b > 0) != (i%4 == 0) {
			y[i] = 1
		}
	}
	net, err := ffnn.New([]int{2, 16, 1}, []ffnn.Activation{ffnn.Tanh, ffnn.Sigmoid}, ffnn.BCE, 5)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	setup, err := ffnn.NewTrainSetup() // every option at its default
	if err != nil {
		log.Fatal(err)
	}
	defer setup.Close()
	for _, o := range []struct {
		key   ffnn.TrainKey
		value float64
	}{
		{ffnn.TrainEpochs, 100},
		{ffnn.TrainBatchSize, 8},
		{ffnn.TrainLearningRate, 0.5},
		{ffnn.TrainValidationFraction, 0.5},              // the last 20 rows held out
		{ffnn.TrainSchedule, float64(ffnn.ScheduleStep)}, // 0.5, then 0.05 from epoch 11
	} {
		if err := setup.Set(o.key, o.value); err != nil {
			log.Fatal(err)
		}
	}
	if err := setup.SetByName("patience", 3); err != nil { // the library's name of TrainPatience
		log.Fatal(err)
	}

	var valLoss []float64
	report, err := net.TrainRun(setup, x, y, 40, func(r ffnn.TrainReport) ffnn.Stop {
		valLoss = append(valLoss, r.ValLoss)
		return false // true would stop
	})
	if err != nil {
		log.Fatal(err)
	}
	best, _ := setup.Result(ffnn.ResultBestEpoch)
	bestValue, _ := setup.Result(ffnn.ResultBestValue)
	restored, _ := setup.Result(ffnn.ResultRestored)
	fmt.Printf("stopped after epoch %d of %d; best epoch %d\n", report.Epoch, report.Epochs, int(best))
	fmt.Printf("best val_loss %.4f = epoch %d's %.4f; its weights restored: %v\n",
		bestValue, int(best), valLoss[int(best)-1], restored == 1)
	// Output:
	// stopped after epoch 15 of 100; best epoch 12
	// best val_loss 0.4644 = epoch 12's 0.4644; its weights restored: true
}

// A file's header, read without building a network: the metadata and
// every tensor's name, dtype, shape and bytes. Any safetensors file has
// one, not only those ffnn writes.
func ExampleReadHeader() {
	net, err := ffnn.New([]int{2, 3, 1}, []ffnn.Activation{ffnn.Tanh, ffnn.Sigmoid}, ffnn.BCE, 1)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	if err := net.SetMetadata("user.dataset", "xor-v2"); err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "ffnn-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "model.safetensors")
	if err := net.Save(path); err != nil {
		log.Fatal(err)
	}

	h, err := ffnn.ReadHeader(path) // or ReadHeaderBytes(data)
	if err != nil {
		log.Fatal(err)
	}
	sizes, _ := h.Get("sizes")
	acts, _ := h.Get("activations")
	dataset, _ := h.Get("user.dataset")
	fmt.Printf("sizes %s, activations %s, user.dataset %s\n", sizes, acts, dataset)
	for _, t := range h.Tensors { // in the order of their bytes
		fmt.Printf("%s %s %v: %d bytes\n", t.Name, t.DType, t.Shape, t.End-t.Begin)
	}
	fmt.Println("the last ends the file:", h.Tensors[len(h.Tensors)-1].End == h.Size)

	_, err = ffnn.ReadHeader(filepath.Join(dir, "missing.safetensors"))
	fmt.Println(err.(*ffnn.Error).Status == ffnn.StatusIO)
	// Output:
	// sizes 2,3,1, activations tanh,sigmoid, user.dataset xor-v2
	// layers.1.weight F32 [3 2]: 24 bytes
	// layers.1.bias F32 [3]: 12 bytes
	// layers.2.weight F32 [1 3]: 12 bytes
	// layers.2.bias F32 [1]: 4 bytes
	// the last ends the file: true
	// true
}

// A training loop of one's own: the gradients of two batches, summed in Go
// and averaged (as gradients summed over processes would be), applied by
// one Step, the step Backward on both rows at once would make.
func ExampleNet_SetGradientVector() {
	net, err := ffnn.New([]int{2, 1}, []ffnn.Activation{ffnn.Linear}, ffnn.MSE, 1)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	// The flat order: W_1 (1 x 2, row-major), then b_1.
	if err := net.SetParamVector([]float32{1, 2, 0.5}); err != nil {
		log.Fatal(err)
	}
	sum, g := make([]float32, net.NumParams()), make([]float32, net.NumParams())
	for _, batch := range []struct{ x, y []float32 }{
		{[]float32{1, 0}, []float32{2}}, // yhat 1.5
		{[]float32{0, 1}, []float32{1}}, // yhat 2.5
	} {
		if _, err := net.Forward(batch.x, 1); err != nil {
			log.Fatal(err)
		}
		if err := net.Backward(batch.y); err != nil {
			log.Fatal(err)
		}
		if err := net.GradientVectorInto(g); err != nil {
			log.Fatal(err)
		}
		for i := range sum {
			sum[i] += g[i] / 2
		}
	}
	fmt.Println("mean gradient", sum) // 2 (yhat - y) x, and 2 (yhat - y) for b
	if err := net.SetGradientVector(sum); err != nil {
		log.Fatal(err)
	}
	if err := net.Step(0.5); err != nil {
		log.Fatal(err)
	}
	p, err := net.ParamVector()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("after the step", p)

	// Adam's state is 2 floats per parameter (m, then v), and a step count.
	if err := net.SetOptimizerAdam(0.9, 0.999, 1e-8); err != nil {
		log.Fatal(err)
	}
	if err := net.SetGradientVector(sum); err != nil {
		log.Fatal(err)
	}
	if err := net.Step(0.5); err != nil {
		log.Fatal(err)
	}
	state, step, err := net.OptimizerState()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Adam: %d floats, step %d, m %.2f\n", len(state), step, state[:3])

	// A vector sized for another network is the library's error.
	fmt.Println(net.SetParamVector([]float32{1, 2}))
	// Output:
	// mean gradient [-0.5 1.5 1]
	// after the step [1.25 1.25 0]
	// Adam: 6 floats, step 1, m [-0.05 0.15 0.10]
	// FFNN_ERR_SHAPE: invalid shape or size: ffnn_set_param_vector: the vector has 2 floats, the network 3
}

// oneProcess is the Collectives of a single rank: with one rank a sum or
// a broadcast leaves the buffer as it is. A real transport (MPI, TCP,
// goroutines) implements the same five methods over several ranks.
type oneProcess struct{}

func (oneProcess) Rank() int                            { return 0 }
func (oneProcess) Size() int                            { return 1 }
func (oneProcess) SumFloat32(buf []float32) error       { return nil }
func (oneProcess) SumFloat64(buf []float64) error       { return nil }
func (oneProcess) Broadcast(buf []byte, root int) error { return nil }

// Data-parallel steps over a communicator of one rank are TrainStep's,
// bit for bit (ffnn.h section 14); on N ranks each would pass its share of
// the global batch, and every replica would take the same step.
func ExampleNet_CommTrainStep() {
	net, err := ffnn.New([]int{2, 4, 1}, []ffnn.Activation{ffnn.Tanh, ffnn.Sigmoid}, ffnn.BCE, 7)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	alone, err := net.Clone()
	if err != nil {
		log.Fatal(err)
	}
	defer alone.Close()
	var comm ffnn.Collectives = oneProcess{}
	if err := net.CommBroadcast(comm); err != nil { // rank 0's weights everywhere
		log.Fatal(err)
	}
	x, y := []float32{0, 0, 0, 1, 1, 0, 1, 1}, []float32{0, 1, 1, 1} // OR
	for step := 1; step <= 3; step++ {
		loss, err := net.CommTrainStep(comm, x, y, 4, 0.5)
		if err != nil {
			log.Fatal(err)
		}
		want, err := alone.TrainStep(x, y, 4, 0.5)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("step %d: loss %.4f, TrainStep's bit for bit: %v\n", step, loss,
			math.Float32bits(loss) == math.Float32bits(want))
	}
	p, _ := net.ParamVector()
	q, _ := alone.ParamVector()
	same := len(p) == len(q)
	for i := range p {
		same = same && math.Float32bits(p[i]) == math.Float32bits(q[i])
	}
	fmt.Println("same weights:", same)

	// A slice of the wrong length is refused in Go, as by TrainStep.
	_, err = net.CommTrainStep(comm, x[:6], y, 4, 0.5)
	fmt.Println(err)
	// Output:
	// step 1: loss 0.5544, TrainStep's bit for bit: true
	// step 2: loss 0.4533, TrainStep's bit for bit: true
	// step 3: loss 0.4082, TrainStep's bit for bit: true
	// same weights: true
	// FFNN_ERR_SHAPE: invalid shape or size: CommTrainStep: x has 6 values; want 4 x 2 = 8
}
