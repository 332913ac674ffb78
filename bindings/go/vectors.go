package ffnn

// Outside training loops: every parameter, every gradient and the
// optimizer state as flat vectors (ffnn.h section 13, since ffnn 1.3.0).
//
// The flat order is the header's: W_1 (n_1 x n_0, row-major), b_1, W_2,
// b_2, ..., W_L, b_L, NumParams() floats in all. Lengths are not checked
// in Go: each slice goes to C with its own length, and C refuses one that
// is not the network's (StatusShape, with the library's message), so that
// a vector sized for another network is refused in the library's words.

/*
#include <stdint.h>
#include <ffnn.h>
*/
import "C"

import "runtime"

// ParamVector returns a copy of every parameter, NumParams() floats in the
// order W_1 (row-major), b_1, ..., W_L, b_L (ffnn_get_param_vector): the
// Layer of each l, one after the other. A view returns its source's.
func (n *Net) ParamVector() ([]float32, error) {
	if _, err := n.open("ParamVector"); err != nil {
		return nil, err
	}
	v := make([]float32, n.NumParams())
	if err := n.ParamVectorInto(v); err != nil {
		return nil, err
	}
	return v, nil
}

// ParamVectorInto is ParamVector writing into dst, which must hold exactly
// NumParams() floats (else a StatusShape error from the library, and dst
// is left as it was); it allocates nothing in Go.
func (n *Net) ParamVectorInto(dst []float32) error {
	p, err := n.open("ParamVectorInto")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_get_param_vector(p, fp(dst), C.size_t(len(dst))))
}

// SetParamVector replaces every parameter with p, in ParamVector's order
// (ffnn_set_param_vector): NumParams() floats (else StatusShape), all
// finite (else StatusNumeric). As after SetLayer, Backward then needs a
// new Forward, and the gradients of the last Backward are forgotten (they
// belong to the old weights). A view refuses it (StatusState). Nothing
// changes on failure.
func (n *Net) SetParamVector(p []float32) error {
	h, err := n.open("SetParamVector")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_param_vector(h, fp(p), C.size_t(len(p))))
}

// GradientVector returns a copy of the gradients of the last Backward (or
// of the last SetGradientVector), in ParamVector's order
// (ffnn_get_gradient_vector): the Gradients of each l, one after the
// other. A net without gradients (no Backward yet, or SetParamVector
// since) is a StatusState error, as for Gradients.
func (n *Net) GradientVector() ([]float32, error) {
	if _, err := n.open("GradientVector"); err != nil {
		return nil, err
	}
	v := make([]float32, n.NumParams())
	if err := n.GradientVectorInto(v); err != nil {
		return nil, err
	}
	return v, nil
}

// GradientVectorInto is GradientVector writing into dst, which must hold
// exactly NumParams() floats (else a StatusShape error from the library,
// and dst is left as it was); it allocates nothing in Go.
func (n *Net) GradientVectorInto(dst []float32) error {
	p, err := n.open("GradientVectorInto")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_get_gradient_vector(p, fp(dst), C.size_t(len(dst))))
}

// SetGradientVector makes g, in ParamVector's order, the gradients that
// the next Step applies, with the net's optimizer, weight decay and
// learning rate, exactly as if Backward had computed them
// (ffnn_set_gradient_vector): the way to apply gradients reduced elsewhere
// (summed over processes, accumulated over batches, clipped). g has
// NumParams() floats (else StatusShape), all finite (else StatusNumeric);
// the forward pass is left as it was. A view refuses it (StatusState).
// Nothing changes on failure.
func (n *Net) SetGradientVector(g []float32) error {
	p, err := n.open("SetGradientVector")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_gradient_vector(p, fp(g), C.size_t(len(g))))
}

// OptimizerStateSize is the number of floats of optimizer state
// (ffnn_optimizer_state_size): 0 for SGD, NumParams() for Momentum and
// Nesterov (the velocity), 2 NumParams() for Adam (the first moments, then
// the second); 0 when closed.
func (n *Net) OptimizerStateSize() int {
	defer runtime.KeepAlive(n) // see check
	return int(C.ffnn_optimizer_state_size(n.p))
}

// OptimizerState returns a copy of the optimizer's state,
// OptimizerStateSize() floats (empty, not nil, for SGD), each part in
// ParamVector's order, and Adam's step count t, the number of steps taken
// since Adam was chosen (0 for the other optimizers)
// (ffnn_get_optimizer_state). SetOptimizerState on a net with the same
// weights and optimizer makes its next steps those this net would take.
func (n *Net) OptimizerState() (state []float32, step uint64, err error) {
	if _, err := n.open("OptimizerState"); err != nil {
		return nil, 0, err
	}
	state = make([]float32, n.OptimizerStateSize())
	if step, err = n.OptimizerStateInto(state); err != nil {
		return nil, 0, err
	}
	return state, step, nil
}

// OptimizerStateInto is OptimizerState writing the state into dst, which
// must hold exactly OptimizerStateSize() floats (else a StatusShape error
// from the library, and dst is left as it was); it allocates nothing in
// Go.
func (n *Net) OptimizerStateInto(dst []float32) (step uint64, err error) {
	p, err := n.open("OptimizerStateInto")
	if err != nil {
		return 0, err
	}
	var t C.uint64_t
	if err := n.check(C.ffnn_get_optimizer_state(p, fp(dst), C.size_t(len(dst)), &t)); err != nil {
		return 0, err
	}
	return uint64(t), nil
}

// SetOptimizerState replaces the state and step count of the optimizer in
// use (ffnn_set_optimizer_state), e.g. with what OptimizerState gave on
// another process: state has OptimizerStateSize() floats (else
// StatusShape; nil or empty for SGD), all finite and Adam's second moments
// >= 0 (else StatusNumeric); step must be 0 for an optimizer other than
// Adam (else StatusArg). A view refuses it (StatusState). Nothing changes
// on failure.
func (n *Net) SetOptimizerState(state []float32, step uint64) error {
	p, err := n.open("SetOptimizerState")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_optimizer_state(p, fp(state), C.size_t(len(state)),
		C.uint64_t(step)))
}
