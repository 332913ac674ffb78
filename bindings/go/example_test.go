package ffnn_test

import (
	"fmt"
	"log"
	"sync"

	"example.invalid/ffnn"
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
