package ffnn

// Scaling stored in the model (ffnn.h section 16) and dropout (section
// 17), since ffnn 1.4.0.

/*
#include <ffnn.h>
*/
import "C"

// setScaling sets (mean, scale) of width values through set, or removes
// the scaling for both empty: C reads width values of each, so their
// lengths are checked here.
func (n *Net) setScaling(fn string, width int, mean, scale []float32,
	set func(*C.ffnn_net, *C.float, *C.float) C.ffnn_status) error {
	p, err := n.open(fn)
	if err == nil && (len(mean) > 0 || len(scale) > 0) {
		err = rows(fn, "mean", mean, 1, width)
		if err == nil {
			err = rows(fn, "scale", scale, 1, width)
		}
	}
	if err != nil {
		return err
	}
	return n.check(set(p, fp(mean), fp(scale)))
}

// scaling reads (mean, scale) of width values through get; ok is false,
// with no error, for a net without that scaling (C's FFNN_ERR_STATE).
func (n *Net) scaling(fn string, width int,
	get func(*C.ffnn_net, *C.float, *C.float) C.ffnn_status) (mean, scale []float32, ok bool, err error) {
	p, err := n.open(fn)
	if err != nil {
		return nil, nil, false, err
	}
	mean, scale = make([]float32, width), make([]float32, width)
	if err := n.check(get(p, fp(mean), fp(scale))); err != nil {
		if e, isErr := err.(*Error); isErr && e.Status == StatusState {
			return nil, nil, false, nil
		}
		return nil, nil, false, err
	}
	return mean, scale, true, nil
}

// SetInputScaling stores input scaling in the model
// (ffnn_set_input_scaling): from then on every call that takes samples
// (Forward, TrainStep, Train and the other runs, Evaluate, Predict) is fed
// raw ones and standardises them first, x'_j = (x_j - mean_j) / scale_j.
// mean and scale have n_0 values each (else a StatusShape error from this
// package); means must be finite and scales finite and nonzero (a
// StatusArg error, and nothing changes). Both nil removes the scaling. It
// is saved in model files and checkpoints, copied by Clone and used by
// views, which cannot set it (StatusState).
func (n *Net) SetInputScaling(mean, scale []float32) error {
	return n.setScaling("SetInputScaling", n.inputs(), mean, scale,
		func(p *C.ffnn_net, m, s *C.float) C.ffnn_status { return C.ffnn_set_input_scaling(p, m, s) })
}

// InputScaling returns the input scaling, n_0 values of each
// (ffnn_get_input_scaling); ok is false for a net without one.
func (n *Net) InputScaling() (mean, scale []float32, ok bool, err error) {
	return n.scaling("InputScaling", n.inputs(),
		func(p *C.ffnn_net, m, s *C.float) C.ffnn_status { return C.ffnn_get_input_scaling(p, m, s) })
}

// SetOutputScaling stores output scaling in the model
// (ffnn_set_output_scaling), for regression: the outputs given back
// (Forward, Predict) are y_j = h_j scale_j + mean_j, and targets are
// standardised, (t_j - mean_j) / scale_j, before the loss, so losses and
// gradients are those of the standardised targets. n_L values each
// (StatusShape); a loss other than MSE is a StatusState error; otherwise
// as SetInputScaling.
func (n *Net) SetOutputScaling(mean, scale []float32) error {
	return n.setScaling("SetOutputScaling", n.outputs(), mean, scale,
		func(p *C.ffnn_net, m, s *C.float) C.ffnn_status { return C.ffnn_set_output_scaling(p, m, s) })
}

// OutputScaling returns the output scaling, n_L values of each
// (ffnn_get_output_scaling); ok is false for a net without one.
func (n *Net) OutputScaling() (mean, scale []float32, ok bool, err error) {
	return n.scaling("OutputScaling", n.outputs(),
		func(p *C.ffnn_net, m, s *C.float) C.ffnn_status { return C.ffnn_get_output_scaling(p, m, s) })
}

// hidden refuses a negative layer, which C.size_t would wrap; C judges the
// rest (1 <= l <= L-1) in its words.
func (n *Net) hidden(fn string, l int) (*C.ffnn_net, error) {
	p, err := n.open(fn)
	if err == nil && l < 0 {
		err = errorf(StatusArg, "%s: layer %d is not a hidden layer (1 to %d)", fn, l, n.NumLayers()-1)
	}
	return p, err
}

// SetDropout sets the inverted-dropout rate of hidden layer l, 1 <= l < L
// (ffnn_set_dropout), rate in [0, 1) (else a StatusArg error, as for any
// other l): in every training step (TrainStep, Train and the other runs)
// each output of layer l is kept with probability 1 - rate and scaled by
// 1 / (1 - rate), or set to 0, and the gradients follow the same mask.
// Only there: Forward, Loss, Backward, Evaluate and Predict never drop.
// The masks are a function of the seed given to New, the count of training
// steps taken, the layer and the row, so equal nets trained alike stay
// equal. The rates are saved in model files; a view cannot set them
// (StatusState).
func (n *Net) SetDropout(l int, rate float32) error {
	p, err := n.hidden("SetDropout", l)
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_dropout(p, C.size_t(l), C.float(rate)))
}

// Dropout returns the dropout rate of hidden layer l (ffnn_get_dropout),
// 0 if none; a StatusArg error for l outside 1..L-1.
func (n *Net) Dropout(l int) (float32, error) {
	p, err := n.hidden("Dropout", l)
	if err != nil {
		return 0, err
	}
	var rate C.float
	if err := n.check(C.ffnn_get_dropout(p, C.size_t(l), &rate)); err != nil {
		return 0, err
	}
	return float32(rate), nil
}
