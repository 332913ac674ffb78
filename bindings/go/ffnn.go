// Package ffnn binds the ffnn C library (feed-forward neural networks) for Go.
//
// The library is found with pkg-config (package "ffnn"); its header ffnn.h
// is the reference for what each call computes. Arrays are float32 slices
// laid out as in C: a batch of B samples of width n is B*n values, one
// sample per row, and W_l is n_l x n_{l-1} row-major. Slices are handed to
// C without copying.
//
// A Net, like the C handle it wraps, must not be used by several goroutines
// at once; for several goroutines to infer on one model, give each a view
// made by Share. Every failure is an *Error carrying the library's status
// and message.
//
// The module is github.com/ffnn/ffnn/bindings/go; the package is ffnn:
//
//	import ffnn "github.com/ffnn/ffnn/bindings/go"
//
// An enum value this package has no constant for (one a newer library
// added, say) is kept as its number: it goes to C as it is, C decides, and
// String prints it as, e.g., "Activation(99)".
package ffnn

/*
#cgo pkg-config: ffnn
#include <stdint.h>
#include <stdlib.h>
#include <ffnn.h>

// Implemented in Go (callback.go).
extern int ffnnGoProgress(uintptr_t handle, ffnn_train_report *r);

static int ffnn_go_progress(void *user, const ffnn_train_report *r)
{
	return ffnnGoProgress((uintptr_t)user, (ffnn_train_report *)r);
}

// The cgo.Handle travels as an integer and becomes void* here, on the C
// side, so Go never stores a pointer-typed value that is not a pointer.
static ffnn_status ffnn_go_train(ffnn_net *net, const float *x, const float *y,
                                 size_t n, ffnn_train_options *o,
                                 ffnn_train_report *report, uintptr_t handle)
{
	if (handle) {
		o->callback = ffnn_go_progress;
		o->user = (void *)handle;
	}
	return ffnn_train(net, x, y, n, o, report);
}

// ffnn_train_resume with the same callback wiring as ffnn_go_train.
static ffnn_status ffnn_go_train_resume(ffnn_net *net, const float *x,
                                        const float *y, size_t n,
                                        ffnn_train_options *o, int split,
                                        ffnn_train_report *report,
                                        uintptr_t handle)
{
	if (handle) {
		o->callback = ffnn_go_progress;
		o->user = (void *)handle;
	}
	return ffnn_train_resume(net, x, y, n, o, (ffnn_validation_split)split,
	                         report);
}

// ffnn_train_run with the same callback, which is the setup's for the call
// only: the handle is gone when the call returns, so the setup forgets it.
static ffnn_status ffnn_go_train_run(ffnn_net *net, ffnn_train_setup *setup,
                                     const float *x, const float *y, size_t n,
                                     ffnn_train_report *report,
                                     uintptr_t handle)
{
	ffnn_train_setup_set_callback(setup, handle ? ffnn_go_progress : NULL,
	                              (void *)handle);
	ffnn_status s = ffnn_train_run(net, setup, x, y, n, report);
	ffnn_train_setup_set_callback(setup, NULL, NULL);
	return s;
}
*/
import "C"

import (
	"fmt"
	"math"
	"runtime"
	"runtime/cgo"
	"strconv"
	"sync/atomic"
	"unsafe"
)

// Status is an ffnn_status code.
type Status int

// The status codes of ffnn.h.
const (
	StatusOK      Status = C.FFNN_OK
	StatusArg     Status = C.FFNN_ERR_ARG
	StatusShape   Status = C.FFNN_ERR_SHAPE
	StatusNoMem   Status = C.FFNN_ERR_NOMEM
	StatusState   Status = C.FFNN_ERR_STATE
	StatusIO      Status = C.FFNN_ERR_IO
	StatusFormat  Status = C.FFNN_ERR_FORMAT
	StatusNumeric Status = C.FFNN_ERR_NUMERIC
)

// String is the library's text for the status, e.g.
// "FFNN_ERR_SHAPE: invalid shape or size".
func (s Status) String() string { return C.GoString(C.ffnn_status_string(C.int(s))) }

// Error is a failed call: the status and the library's message (or, for
// misuse caught in Go before calling C, such as a slice of the wrong
// length, a message written by this package).
type Error struct {
	Status  Status
	Message string
}

func (e *Error) Error() string { return e.Status.String() + ": " + e.Message }

// Activation is an ffnn_activation.
type Activation int

// The activations of ffnn.h; those from LeakyReLU on are libffnn 1.4.0's,
// with PyTorch's definitions and defaults (an older library refuses them
// with StatusArg).
const (
	Linear  Activation = C.FFNN_ACT_LINEAR
	Sigmoid Activation = C.FFNN_ACT_SIGMOID
	Tanh    Activation = C.FFNN_ACT_TANH
	ReLU    Activation = C.FFNN_ACT_RELU
	Softmax Activation = C.FFNN_ACT_SOFTMAX // output layer only

	// LeakyReLU is a > 0 ? a : 0.01 a; g'(0) = 0.01. Since libffnn 1.4.0.
	LeakyReLU Activation = C.FFNN_ACT_LEAKY_RELU
	// ELU is a > 0 ? a : e^a - 1 (alpha 1); g'(0) = 1. Since libffnn 1.4.0.
	ELU Activation = C.FFNN_ACT_ELU
	// GELU is a Phi(a), Phi the normal CDF (the exact erf form). Since libffnn 1.4.0.
	GELU Activation = C.FFNN_ACT_GELU
	// SiLU is a / (1 + e^-a), a sigmoid(a). Since libffnn 1.4.0.
	SiLU Activation = C.FFNN_ACT_SILU
	// Softplus is log(1 + e^a), and a itself for a > 20. Since libffnn 1.4.0.
	Softplus Activation = C.FFNN_ACT_SOFTPLUS
)

// enumString is the name of an enum value, or, for a value this package has
// no constant for, its type and number, e.g. "Activation(99)".
func enumString(typ string, v int, names map[int]string) string {
	if name, ok := names[v]; ok {
		return name
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// checkEnum refuses an enum value outside a C int, which the conversion to
// the C enum would truncate into another value (a value inside is passed
// on as it is, and the library refuses one it does not know).
func checkEnum(fn, what string, v int) error {
	if v < math.MinInt32 || v > math.MaxInt32 {
		return errorf(StatusArg, "%s: %s %d is outside a C int", fn, what, v)
	}
	return nil
}

var activationNames = map[int]string{int(Linear): "Linear", int(Sigmoid): "Sigmoid",
	int(Tanh): "Tanh", int(ReLU): "ReLU", int(Softmax): "Softmax",
	int(LeakyReLU): "LeakyReLU", int(ELU): "ELU", int(GELU): "GELU", int(SiLU): "SiLU",
	int(Softplus): "Softplus"}

// String is the constant's name, e.g. "ReLU", or "Activation(99)" for a
// value without one.
func (a Activation) String() string { return enumString("Activation", int(a), activationNames) }

// Loss is an ffnn_loss_function.
type Loss int

const (
	MSE Loss = C.FFNN_LOSS_MSE
	BCE Loss = C.FFNN_LOSS_BCE // needs a Sigmoid output
	CE  Loss = C.FFNN_LOSS_CE  // needs a Softmax output
)

var lossNames = map[int]string{int(MSE): "MSE", int(BCE): "BCE", int(CE): "CE"}

// String is the constant's name, e.g. "BCE", or "Loss(7)" for a value
// without one.
func (l Loss) String() string { return enumString("Loss", int(l), lossNames) }

// Backend is an ffnn_backend.
type Backend int

const (
	BackendAuto  Backend = C.FFNN_BACKEND_AUTO
	BackendBLAS  Backend = C.FFNN_BACKEND_BLAS
	BackendNaive Backend = C.FFNN_BACKEND_NAIVE
)

var backendNames = map[int]string{int(BackendAuto): "Auto", int(BackendBLAS): "BLAS",
	int(BackendNaive): "Naive"}

// String is the constant's name without "Backend", e.g. "BLAS", or
// "Backend(7)" for a value without one.
func (b Backend) String() string { return enumString("Backend", int(b), backendNames) }

// Optimizer is an ffnn_optimizer.
type Optimizer int

const (
	SGD      Optimizer = C.FFNN_OPT_SGD
	Momentum Optimizer = C.FFNN_OPT_MOMENTUM
	Nesterov Optimizer = C.FFNN_OPT_NESTEROV
	Adam     Optimizer = C.FFNN_OPT_ADAM
)

var optimizerNames = map[int]string{int(SGD): "SGD", int(Momentum): "Momentum",
	int(Nesterov): "Nesterov", int(Adam): "Adam"}

// String is the constant's name, e.g. "Adam", or "Optimizer(7)" for a
// value without one.
func (o Optimizer) String() string { return enumString("Optimizer", int(o), optimizerNames) }

// HeaderVersion is FFNN_VERSION_NUMBER of the header compiled against;
// compare with VersionNumber() to detect a header/library mismatch.
const HeaderVersion = C.FFNN_VERSION_NUMBER

// Version is the loaded library's "MAJOR.MINOR.PATCH".
func Version() string { return C.GoString(C.ffnn_version_string()) }

// VersionNumber is the loaded library's MAJOR*10000 + MINOR*100 + PATCH.
func VersionNumber() int { return int(C.ffnn_version_number()) }

// SetNumThreads sets the number of threads OpenBLAS runs each BLAS call on,
// n >= 1 (ffnn_set_num_threads): OPENBLAS_NUM_THREADS at run time. It is
// OpenBLAS's setting (see the header), not per Net; do not call it while
// another goroutine runs ffnn. n < 1, or outside a C int, is a StatusArg
// error and changes nothing.
func SetNumThreads(n int) error {
	if n < math.MinInt32 || n > math.MaxInt32 { // C.int(n) would truncate it
		return &Error{StatusArg, fmt.Sprintf("SetNumThreads: n is %d, outside a C int", n)}
	}
	return global(func() C.ffnn_status { return C.ffnn_set_num_threads(C.int(n)) })
}

// NumThreads is the number of threads OpenBLAS runs each BLAS call on now
// (ffnn_num_threads).
func NumThreads() int { return int(C.ffnn_num_threads()) }

// Net is a network: an owned ffnn_net handle. The handle may be a view
// (Share) that borrows another Net's weights.
type Net struct {
	p     *C.ffnn_net
	sizes []int // n_0 .. n_L; fixed for the handle's life
	// source, for a view, is the Net whose weights it borrows: the
	// reference keeps the source from being finalized while the view is
	// reachable. nil for a Net that owns its weights.
	source *Net
	// views counts the open views of this Net, which Close refuses to free
	// under them. Atomic: views are closed (or finalized) on any goroutine.
	views int64
}

// live counts handles not yet destroyed; the tests use it.
var live int64

// wrap takes ownership of a new handle. The finalizer is a safety net for
// a forgotten Close; Close clears it.
func wrap(p *C.ffnn_net) *Net {
	n := &Net{p: p, sizes: make([]int, int(C.ffnn_net_num_layers(p))+1)}
	for l := range n.sizes {
		n.sizes[l] = int(C.ffnn_net_layer_size(p, C.size_t(l)))
	}
	atomic.AddInt64(&live, 1)
	runtime.SetFinalizer(n, (*Net).Close)
	return n
}

// global runs a call that has no handle to report on, whose message is in
// ffnn_last_error(): thread-local, so the goroutine stays on its OS thread
// from the call until the message is read.
func global(call func() C.ffnn_status) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if s := call(); s != C.FFNN_OK {
		return &Error{Status(s), C.GoString(C.ffnn_last_error())}
	}
	return nil
}

// check turns a status from a call on n into an error. Called after the
// call, it keeps n reachable until then, so the finalizer cannot free the
// handle while C is using it.
func (n *Net) check(s C.ffnn_status) error {
	runtime.KeepAlive(n)
	if s == C.FFNN_OK {
		return nil
	}
	// The message is valid until the next call on the handle: copy it now.
	return &Error{Status(s), C.GoString(C.ffnn_net_last_error(n.p))}
}

func errorf(s Status, format string, args ...interface{}) error {
	return &Error{s, fmt.Sprintf(format, args...)}
}

// open returns the handle, or an error once the Net is closed.
func (n *Net) open(fn string) (*C.ffnn_net, error) {
	if n.p == nil {
		return nil, errorf(StatusState, "%s: the Net is closed", fn)
	}
	return n.p, nil
}

// fp passes a slice to C without copying (Go memory holding no pointers may
// be passed for the duration of a call). An empty slice is NULL.
func fp(v []float32) *C.float {
	if len(v) == 0 {
		return nil
	}
	return (*C.float)(unsafe.Pointer(&v[0]))
}

// rows checks that v holds rows x width values.
func rows(fn, name string, v []float32, rows, width int) error {
	if rows < 1 {
		return errorf(StatusShape, "%s: %d rows; need at least 1", fn, rows)
	}
	if len(v) != rows*width {
		return errorf(StatusShape, "%s: %s has %d values; want %d x %d = %d",
			fn, name, len(v), rows, width, rows*width)
	}
	return nil
}

// New creates a network of len(sizes)-1 layers: sizes are the widths n_0
// (inputs) .. n_L (outputs), acts the activations g_1 .. g_L. The initial
// weights depend on seed alone.
func New(sizes []int, acts []Activation, loss Loss, seed uint64) (*Net, error) {
	if len(sizes) < 2 || len(acts) != len(sizes)-1 {
		return nil, errorf(StatusArg, "New: %d sizes and %d activations; "+
			"want L+1 sizes and L activations, L >= 1", len(sizes), len(acts))
	}
	cs := make([]C.size_t, len(sizes))
	for i, s := range sizes {
		if s < 0 {
			return nil, errorf(StatusShape, "New: sizes[%d] = %d is negative", i, s)
		}
		cs[i] = C.size_t(s)
	}
	ca := make([]C.ffnn_activation, len(acts))
	for i, a := range acts {
		if err := checkEnum("New", fmt.Sprintf("acts[%d] =", i), int(a)); err != nil {
			return nil, err
		}
		ca[i] = C.ffnn_activation(a)
	}
	if err := checkEnum("New", "loss", int(loss)); err != nil {
		return nil, err
	}
	var p *C.ffnn_net
	err := global(func() C.ffnn_status {
		return C.ffnn_net_create(&p, C.size_t(len(acts)), &cs[0], &ca[0],
			C.ffnn_loss_function(loss), C.uint64_t(seed))
	})
	if err != nil {
		return nil, err
	}
	return wrap(p), nil
}

// Close frees the network. It is idempotent; other calls on a closed Net
// return an error. Closing a view frees only the view. A Net with open
// views (Share) is not freed, the rule of every ffnn binding: Close returns
// an error with StatusState and the Net stays as it was (its finalizer
// frees it once it and its views are unreachable).
func (n *Net) Close() error {
	if n.p == nil {
		return nil
	}
	if v := atomic.LoadInt64(&n.views); v > 0 {
		return errorf(StatusState, "Close: views made by Share still use "+
			"this Net's weights (%d open); close them first", v)
	}
	C.ffnn_net_destroy(n.p)
	n.p = nil
	atomic.AddInt64(&live, -1)
	runtime.SetFinalizer(n, nil)
	if src := n.source; src != nil { // after the destroy: the view is gone
		n.source = nil
		atomic.AddInt64(&src.views, -1)
	}
	return nil
}

// Clone returns a deep, independent copy (weights, optimizer state,
// backend and the last forward pass).
func (n *Net) Clone() (*Net, error) {
	p, err := n.open("Clone")
	if err != nil {
		return nil, err
	}
	var q *C.ffnn_net
	if err := n.check(C.ffnn_net_clone(p, &q)); err != nil {
		return nil, err
	}
	return wrap(q), nil
}

// Share returns a view of n for inference (ffnn_net_share): it shares n's
// weights, without copying them, and has its own activation buffers, so
// several goroutines can run one model at once, a view each. A view runs
// Forward, ForwardInto, Loss, Evaluate, Predict, Layer, Activations, Save,
// MarshalBinary and the getters (InputScaling, OutputScaling and Dropout
// among them: the source's, which the view applies); the calls that would
// change weights, gradients, the optimizer, the scaling or the dropout
// rates (SetLayer, Backward, Step, TrainStep, Train, SetOptimizer*,
// SetWeightDecay, SetInputScaling, SetOutputScaling, SetDropout) return an
// *Error with StatusState. Clone
// of a view is a full, trainable network.
//
// Changes to n's weights show in its views: do not train or change n while
// a view is in use (n, like any Net, belongs to one goroutine at a time).
// The view keeps n reachable, so n is not finalized under it, and n.Close
// returns an error while views of n are open. Close a view when done with
// it; that frees the view only. Share of a view is a view of the same
// weights, tied to the Net that owns them.
func (n *Net) Share() (*Net, error) {
	p, err := n.open("Share")
	if err != nil {
		return nil, err
	}
	var q *C.ffnn_net
	if err := n.check(C.ffnn_net_share(p, &q)); err != nil {
		return nil, err
	}
	owner := n
	if n.source != nil {
		owner = n.source
	}
	v := wrap(q)
	v.source = owner
	atomic.AddInt64(&owner.views, 1)
	return v, nil
}

// Sizes returns the widths n_0 .. n_L.
func (n *Net) Sizes() []int { return append([]int(nil), n.sizes...) }

// NumLayers is L, the number of weight layers.
func (n *Net) NumLayers() int { return len(n.sizes) - 1 }

func (n *Net) inputs() int  { return n.sizes[0] }
func (n *Net) outputs() int { return n.sizes[len(n.sizes)-1] }

// Activation returns g_l, 1 <= l <= L (-1 otherwise or when closed).
func (n *Net) Activation(l int) Activation {
	if l < 1 || n.p == nil {
		return -1
	}
	defer runtime.KeepAlive(n) // see check
	return Activation(C.ffnn_net_activation(n.p, C.size_t(l)))
}

// LossFunction returns the loss given at creation (-1 when closed).
func (n *Net) LossFunction() Loss {
	defer runtime.KeepAlive(n) // see check
	return Loss(C.ffnn_net_loss_function(n.p))
}

// NumParams is the number of trainable parameters.
func (n *Net) NumParams() int {
	defer runtime.KeepAlive(n) // see check
	return int(C.ffnn_net_num_params(n.p))
}

// Memory is the bytes the network holds now.
func (n *Net) Memory() int {
	defer runtime.KeepAlive(n) // see check
	return int(C.ffnn_net_memory(n.p))
}

// Optimizer returns the optimizer in use (-1 when closed).
func (n *Net) Optimizer() Optimizer {
	defer runtime.KeepAlive(n) // see check
	return Optimizer(C.ffnn_net_optimizer(n.p))
}

// OptimizerParam names a hyper-parameter for Net.OptimizerParam.
type OptimizerParam int

const (
	ParamMomentum    OptimizerParam = C.FFNN_PARAM_MOMENTUM // mu: Momentum, Nesterov
	ParamBeta1       OptimizerParam = C.FFNN_PARAM_BETA1    // Adam
	ParamBeta2       OptimizerParam = C.FFNN_PARAM_BETA2    // Adam
	ParamEpsilon     OptimizerParam = C.FFNN_PARAM_EPSILON  // Adam
	ParamWeightDecay OptimizerParam = C.FFNN_PARAM_WEIGHT_DECAY
)

var paramNames = map[int]string{int(ParamMomentum): "Momentum", int(ParamBeta1): "Beta1",
	int(ParamBeta2): "Beta2", int(ParamEpsilon): "Epsilon", int(ParamWeightDecay): "WeightDecay"}

// String is the constant's name without "Param", e.g. "Beta1", or
// "OptimizerParam(7)" for a value without one.
func (p OptimizerParam) String() string { return enumString("OptimizerParam", int(p), paramNames) }

// OptimizerParam reads back a hyper-parameter of the optimizer in use, as
// it was set (ffnn_get_optimizer_param); one that optimizer does not have
// (ParamBeta1 of SGD, say) is a StatusState error.
func (n *Net) OptimizerParam(param OptimizerParam) (float32, error) {
	p, err := n.open("OptimizerParam")
	if err == nil {
		err = checkEnum("OptimizerParam", "param", int(param))
	}
	if err != nil {
		return 0, err
	}
	var v C.float
	if err := n.check(C.ffnn_get_optimizer_param(p, C.ffnn_optimizer_param(param), &v)); err != nil {
		return 0, err
	}
	return float32(v), nil
}

// Forward runs batch samples x (batch x n_0) through the network and
// returns the outputs (batch x n_L).
func (n *Net) Forward(x []float32, batch int) ([]float32, error) {
	if batch < 1 {
		return nil, n.ForwardInto(x, batch, nil) // the error
	}
	y := make([]float32, batch*n.outputs())
	return y, n.ForwardInto(x, batch, y)
}

// ForwardInto is Forward writing the outputs into y (batch x n_L), which
// allocates nothing in Go.
func (n *Net) ForwardInto(x []float32, batch int, y []float32) error {
	p, err := n.open("Forward")
	if err == nil {
		err = rows("Forward", "x", x, batch, n.inputs())
	}
	if err == nil {
		err = rows("Forward", "y", y, batch, n.outputs())
	}
	if err != nil {
		return err
	}
	return n.check(C.ffnn_forward(p, fp(x), C.size_t(batch), fp(y)))
}

// lastBatch returns the rows of the last forward pass, which ffnn_loss,
// ffnn_backward and ffnn_get_activations read or write without being told:
// Go needs them to check and size slices.
func (n *Net) lastBatch(fn string) (int, error) {
	p, err := n.open(fn)
	if err != nil {
		return 0, err
	}
	if b := int(C.ffnn_net_batch(p)); b > 0 {
		return b, nil
	}
	return 0, errorf(StatusState, "%s: no forward pass yet", fn)
}

// Loss is the mean loss of the last forward pass against y (batch x n_L).
func (n *Net) Loss(y []float32) (float32, error) {
	batch, err := n.lastBatch("Loss")
	if err == nil {
		err = rows("Loss", "y", y, batch, n.outputs())
	}
	if err != nil {
		return 0, err
	}
	var loss C.float
	if err := n.check(C.ffnn_loss(n.p, fp(y), &loss)); err != nil {
		return 0, err
	}
	return float32(loss), nil
}

// Backward computes the gradients of the mean loss of the last forward pass
// against y (batch x n_L).
func (n *Net) Backward(y []float32) error {
	batch, err := n.lastBatch("Backward")
	if err == nil {
		err = rows("Backward", "y", y, batch, n.outputs())
	}
	if err != nil {
		return err
	}
	return n.check(C.ffnn_backward(n.p, fp(y)))
}

// Step applies the last gradients with the optimizer and learning rate lr.
func (n *Net) Step(lr float32) error {
	p, err := n.open("Step")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_step(p, C.float(lr)))
}

// TrainStep is one training step on a batch (forward, loss, backward,
// update) and returns the loss before the update.
func (n *Net) TrainStep(x, y []float32, batch int, lr float32) (float32, error) {
	p, err := n.open("TrainStep")
	if err == nil {
		err = rows("TrainStep", "x", x, batch, n.inputs())
	}
	if err == nil {
		err = rows("TrainStep", "y", y, batch, n.outputs())
	}
	if err != nil {
		return 0, err
	}
	var loss C.float
	if err := n.check(C.ffnn_train_step(p, fp(x), fp(y), C.size_t(batch),
		C.float(lr), &loss)); err != nil {
		return 0, err
	}
	return float32(loss), nil
}

// layer checks 1 <= l <= L (Go must know the layer to size the slices).
func (n *Net) layer(fn string, l int) (*C.ffnn_net, error) {
	p, err := n.open(fn)
	if err == nil && (l < 1 || l >= len(n.sizes)) {
		err = errorf(StatusArg, "%s: layer %d is not in 1..%d", fn, l, len(n.sizes)-1)
	}
	return p, err
}

// Layer returns copies of W_l (n_l x n_{l-1}, row-major) and b_l (n_l).
func (n *Net) Layer(l int) (W, b []float32, err error) {
	p, err := n.layer("Layer", l)
	if err != nil {
		return nil, nil, err
	}
	W, b = make([]float32, n.sizes[l]*n.sizes[l-1]), make([]float32, n.sizes[l])
	if err := n.check(C.ffnn_get_layer(p, C.size_t(l), fp(W), fp(b))); err != nil {
		return nil, nil, err
	}
	return W, b, nil
}

// SetLayer replaces W_l and b_l; an empty (or nil) slice leaves that part
// as it is. Values must be finite.
func (n *Net) SetLayer(l int, W, b []float32) error {
	p, err := n.layer("SetLayer", l)
	if err == nil && len(W) > 0 {
		err = rows("SetLayer", "W", W, n.sizes[l], n.sizes[l-1])
	}
	if err == nil && len(b) > 0 {
		err = rows("SetLayer", "b", b, 1, n.sizes[l])
	}
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_layer(p, C.size_t(l), fp(W), fp(b)))
}

// Gradients returns dL/dW_l and dL/db_l from the last Backward (or
// TrainStep with an optimizer other than SGD).
func (n *Net) Gradients(l int) (dW, db []float32, err error) {
	p, err := n.layer("Gradients", l)
	if err != nil {
		return nil, nil, err
	}
	dW, db = make([]float32, n.sizes[l]*n.sizes[l-1]), make([]float32, n.sizes[l])
	if err := n.check(C.ffnn_get_gradients(p, C.size_t(l), fp(dW), fp(db))); err != nil {
		return nil, nil, err
	}
	return dW, db, nil
}

// Activations returns a_l and h_l (batch x n_l) of the last forward pass,
// 0 <= l <= L; for l = 0 both are the input.
func (n *Net) Activations(l int) (a, h []float32, err error) {
	batch, err := n.lastBatch("Activations")
	if err == nil && (l < 0 || l >= len(n.sizes)) {
		err = errorf(StatusArg, "Activations: layer %d is not in 0..%d", l, len(n.sizes)-1)
	}
	if err != nil {
		return nil, nil, err
	}
	a, h = make([]float32, batch*n.sizes[l]), make([]float32, batch*n.sizes[l])
	if err := n.check(C.ffnn_get_activations(n.p, C.size_t(l), fp(a), fp(h))); err != nil {
		return nil, nil, err
	}
	return a, h, nil
}

// SetOptimizerSGD selects plain gradient descent (the default).
func (n *Net) SetOptimizerSGD() error {
	p, err := n.open("SetOptimizerSGD")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_optimizer_sgd(p))
}

// SetOptimizerMomentum selects momentum mu in [0, 1), Nesterov's if
// nesterov.
func (n *Net) SetOptimizerMomentum(mu float32, nesterov bool) error {
	p, err := n.open("SetOptimizerMomentum")
	if err != nil {
		return err
	}
	nest := C.int(0)
	if nesterov {
		nest = 1
	}
	return n.check(C.ffnn_set_optimizer_momentum(p, C.float(mu), nest))
}

// SetOptimizerAdam selects Adam (usual values 0.9, 0.999, 1e-8).
func (n *Net) SetOptimizerAdam(beta1, beta2, epsilon float32) error {
	p, err := n.open("SetOptimizerAdam")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_optimizer_adam(p, C.float(beta1), C.float(beta2), C.float(epsilon)))
}

// SetWeightDecay sets the L2 weight decay lambda >= 0 (weights only).
func (n *Net) SetWeightDecay(lambda float32) error {
	p, err := n.open("SetWeightDecay")
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_weight_decay(p, C.float(lambda)))
}

// SetBackend chooses the execution backend.
func (n *Net) SetBackend(b Backend) error {
	p, err := n.open("SetBackend")
	if err == nil {
		err = checkEnum("SetBackend", "backend", int(b))
	}
	if err != nil {
		return err
	}
	return n.check(C.ffnn_net_set_backend(p, C.ffnn_backend(b)))
}

// Backend returns the backend set (-1 when closed).
func (n *Net) Backend() Backend {
	defer runtime.KeepAlive(n) // see check
	return Backend(C.ffnn_net_backend(n.p))
}

// Save writes a model to a safetensors file: the architecture, the weights
// and the metadata (SetMetadata), not the optimizer nor the training
// position (SaveCheckpoint writes those too). The save is atomic: path
// holds the complete old file or the complete new one at every instant,
// and a failed save (a StatusIO error with the system's reason) leaves the
// old file as it was.
func (n *Net) Save(path string) error {
	p, err := n.open("Save")
	if err != nil {
		return err
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	return n.check(C.ffnn_save(p, cpath))
}

// MarshalBinary returns the bytes Save would write
// (encoding.BinaryMarshaler); MarshalCheckpoint those of SaveCheckpoint.
func (n *Net) MarshalBinary() ([]byte, error) {
	p, err := n.open("MarshalBinary")
	if err != nil {
		return nil, err
	}
	var size C.size_t
	if err := n.check(C.ffnn_save_buffer(p, nil, 0, &size)); err != nil {
		return nil, err
	}
	buf := make([]byte, int(size))
	if err := n.check(C.ffnn_save_buffer(p, unsafe.Pointer(&buf[0]), size, &size)); err != nil {
		return nil, err
	}
	return buf[:int(size)], nil
}

// Load reads a model (Save) or a checkpoint (SaveCheckpoint). Either gives
// the AUTO backend, the saved metadata, and no gradients nor forward pass;
// a model gives plain gradient descent and a zero training position, a
// checkpoint the saved optimizer with its state and the saved position, so
// that the net's next steps (or TrainResume) are bit-identical to those
// the saved one would have taken.
func Load(path string) (*Net, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var p *C.ffnn_net
	if err := global(func() C.ffnn_status { return C.ffnn_load(cpath, &p) }); err != nil {
		return nil, err
	}
	return wrap(p), nil
}

// LoadBytes is Load from the bytes of MarshalBinary, MarshalCheckpoint or
// a file.
func LoadBytes(b []byte) (*Net, error) {
	var data unsafe.Pointer
	if len(b) > 0 {
		data = unsafe.Pointer(&b[0])
	}
	var p *C.ffnn_net
	if err := global(func() C.ffnn_status {
		return C.ffnn_load_buffer(data, C.size_t(len(b)), &p)
	}); err != nil {
		return nil, err
	}
	return wrap(p), nil
}

// TrainOptions mirrors ffnn_train_options (without the callback, which is
// Train's progress argument). Start from DefaultTrainOptions().
type TrainOptions struct {
	BatchSize          int     // samples per step
	Epochs             int     //
	LearningRate       float32 // the optimizer is the net's
	ValidationFraction float32 // in [0, 1): round(f n) samples are held out (Train: the last; TrainResume: by its split)
	Seed               uint64  // shuffling
	Shuffle            bool    // new order every epoch
	ReportEvery        int     // batches between progress calls; 0: epoch ends only
}

// DefaultTrainOptions returns the library's defaults (ffnn_train_defaults).
func DefaultTrainOptions() TrainOptions {
	var o C.ffnn_train_options
	C.ffnn_train_defaults(&o)
	return TrainOptions{
		BatchSize:          int(o.batch_size),
		Epochs:             int(o.epochs),
		LearningRate:       float32(o.learning_rate),
		ValidationFraction: float32(o.validation_fraction),
		Seed:               uint64(o.seed),
		Shuffle:            o.shuffle != 0,
		ReportEvery:        int(o.report_every),
	}
}

// TrainReport mirrors ffnn_train_report field by field.
type TrainReport struct {
	Epoch            int     // 1-based epoch under way (or last done)
	Epochs           int     // epochs asked for
	BatchesDone      int     // mini-batches done in this epoch
	Batches          int     // mini-batches per epoch
	TrainLoss        float64 // mean loss over this epoch's batches so far
	TrainAccuracy    float64 // over the epoch so far, see Evaluate
	ValLoss          float64 // on the held-out samples after the epoch;
	ValAccuracy      float64 //   NaN during an epoch or with none held out
	SamplesPerSecond float64 // training throughput so far this epoch
	EpochEnd         bool    // called at the end of an epoch
	Stopped          bool    // the progress function asked to stop
}

func reportFromC(r *C.ffnn_train_report) TrainReport {
	return TrainReport{
		Epoch:            int(r.epoch),
		Epochs:           int(r.epochs),
		BatchesDone:      int(r.batches_done),
		Batches:          int(r.batches),
		TrainLoss:        float64(r.train_loss),
		TrainAccuracy:    float64(r.train_accuracy),
		ValLoss:          float64(r.val_loss),
		ValAccuracy:      float64(r.val_accuracy),
		SamplesPerSecond: float64(r.samples_per_second),
		EpochEnd:         r.epoch_end != 0,
		Stopped:          r.stopped != 0,
	}
}

// Progress is the progress function of Train, TrainResume and TrainRun.
// It is called with a report every TrainOptions.ReportEvery (or
// TrainReportEvery) batches and at every epoch's end, and returns true to
// stop training after the current batch (as a nonzero result of
// ffnn_train's callback does), false to go on.
// Until the module moved to github.com/ffnn/ffnn/bindings/go it answered
// the opposite question ("go on?") with a bool; it now returns a Stop, so
// that a function written for the old meaning no longer compiles instead
// of silently meaning the opposite (see the README's Changes).
type Progress func(TrainReport) Stop

// Stop is a progress function's answer: true stops training. A comparison
// is one already (return r.Epoch >= 10); convert a bool with Stop(b).
type Stop bool

// progressState is what the cgo.Handle given to C refers to.
type progressState struct {
	f        Progress
	panicked bool
	value    interface{}
}

// Train trains for opts.Epochs over the n samples x (n x n_0) and y
// (n x n_L) with mini-batches, using the net's optimizer. progress, if not
// nil, is called every opts.ReportEvery batches and at every epoch's end;
// returning true stops training after the current batch (Train then
// returns a report with Stopped set and no error), false goes on. A panic
// in progress stops training and is re-raised once the C call has
// returned. The final report is returned even with an error.
//
// Train starts the net's training position (TrainPosition) from zero and
// advances it after every step; TrainResume continues from it. The
// progress function may read the net and save it (SaveCheckpoint there
// writes a checkpoint that TrainResume continues from) and set its
// metadata, but must not change its weights, optimizer or position.
func (n *Net) Train(x, y []float32, samples int, opts TrainOptions,
	progress Progress) (TrainReport, error) {
	return n.train("Train", x, y, samples, opts, false, SplitLast, progress)
}

// TrainResume is Train continued from the net's training position
// (ffnn_train_resume): the epochs not yet completed up to opts.Epochs, the
// epoch under way from its next batch, the held-out samples chosen by
// split (from opts.Seed; SplitLast, the zero value, is Train's choice).
// With the same net state (a checkpoint loaded by Load or LoadBytes), data
// and options, the weights, optimizer state and reports are bit-identical
// to those of a run never stopped (SamplesPerSecond aside). A position the
// data cannot have reached is a StatusArg error; a complete one (Epoch >=
// opts.Epochs) returns at once, with a report of Epoch = the position's
// and NaN losses. progress is as in Train.
func (n *Net) TrainResume(x, y []float32, samples int, opts TrainOptions,
	split ValidationSplit, progress Progress) (TrainReport, error) {
	return n.train("TrainResume", x, y, samples, opts, true, split, progress)
}

// toC checks opts and split for fn and gives C's options, without a
// callback (the C shims set it). On failure they are the defaults.
func (opts TrainOptions) toC(fn string, split ValidationSplit) (C.ffnn_train_options, error) {
	var o C.ffnn_train_options
	C.ffnn_train_defaults(&o)
	if opts.BatchSize < 0 || opts.Epochs < 0 || opts.ReportEvery < 0 {
		return o, errorf(StatusArg, "%s: negative BatchSize, Epochs or ReportEvery", fn)
	}
	if err := split.check(fn); err != nil {
		return o, err
	}
	o.batch_size = C.size_t(opts.BatchSize)
	o.epochs = C.size_t(opts.Epochs)
	o.learning_rate = C.float(opts.LearningRate)
	o.validation_fraction = C.float(opts.ValidationFraction)
	o.seed = C.uint64_t(opts.Seed)
	o.report_every = C.size_t(opts.ReportEvery)
	o.shuffle = 0
	if opts.Shuffle {
		o.shuffle = 1
	}
	return o, nil
}

func (n *Net) train(fn string, x, y []float32, samples int, opts TrainOptions,
	resume bool, split ValidationSplit, progress Progress) (TrainReport, error) {
	p, err := n.open(fn)
	if err == nil {
		err = rows(fn, "x", x, samples, n.inputs())
	}
	if err == nil {
		err = rows(fn, "y", y, samples, n.outputs())
	}
	var o C.ffnn_train_options
	if err == nil {
		o, err = opts.toC(fn, split)
	}
	if err != nil {
		return TrainReport{}, err
	}
	var r C.ffnn_train_report
	err = n.withProgress(progress, func(handle C.uintptr_t) C.ffnn_status {
		if resume {
			return C.ffnn_go_train_resume(p, fp(x), fp(y), C.size_t(samples), &o,
				C.int(split), &r, handle)
		}
		return C.ffnn_go_train(p, fp(x), fp(y), C.size_t(samples), &o, &r, handle)
	})
	return reportFromC(&r), err
}

// withProgress makes a training call with progress behind a cgo.Handle
// (0 for none), which the C side turns into ffnn_go_progress and its user
// pointer. It returns the call's status as an error on n, after
// re-raising a panic of progress.
func (n *Net) withProgress(progress Progress, call func(handle C.uintptr_t) C.ffnn_status) error {
	var handle C.uintptr_t
	var state *progressState
	if progress != nil {
		state = &progressState{f: progress}
		h := cgo.NewHandle(state)
		defer h.Delete()
		handle = C.uintptr_t(h)
	}
	err := n.check(call(handle))
	if state != nil && state.panicked {
		panic(state.value)
	}
	return err
}

// TrainRun trains with the options of a TrainSetup (ffnn_train_run, since
// ffnn 1.4.0): Train (the setup's TrainResume key 0, the default) or
// TrainResume (1, with the split of TrainValidationSplit), with the same
// checks, steps, reports and training position, plus the setup's
// learning-rate schedule and early stopping. With the setup's defaults it
// is Train with DefaultTrainOptions(), bit for bit.
//
// progress is Train's: called every TrainReportEvery batches and at each
// epoch's end (after early stopping has judged the epoch), it returns true
// to stop after the current batch, and its panic is re-raised once the C
// call has returned. It may read the net (its weights: Layer) and the
// setup (Get, Result: the epoch's ResultLearningRate, the best epoch so
// far), but not change either: the setup's setters and Close return a
// StatusState error while the run uses it. After the run, Result reads
// what it left; with early stopping and TrainRestoreBest the net then
// holds the best epoch's weights. The final report is returned even with
// an error.
func (n *Net) TrainRun(setup *TrainSetup, x, y []float32, samples int,
	progress Progress) (TrainReport, error) {
	const fn = "TrainRun"
	p, err := n.open(fn)
	if err == nil {
		err = rows(fn, "x", x, samples, n.inputs())
	}
	if err == nil {
		err = rows(fn, "y", y, samples, n.outputs())
	}
	var s *C.ffnn_train_setup
	if err == nil {
		s, err = setup.writable(fn)
	}
	if err != nil {
		return TrainReport{}, err
	}
	atomic.StoreInt32(&setup.running, 1)
	defer atomic.StoreInt32(&setup.running, 0)
	var r C.ffnn_train_report
	err = n.withProgress(progress, func(handle C.uintptr_t) C.ffnn_status {
		return C.ffnn_go_train_run(p, s, fp(x), fp(y), C.size_t(samples), &r, handle)
	})
	runtime.KeepAlive(setup)
	return reportFromC(&r), err
}

// Evaluate returns the mean loss and the accuracy on n samples: with one
// output (yhat > 0.5) == (y > 0.5), with several argmax yhat == argmax y.
func (n *Net) Evaluate(x, y []float32, samples int) (loss, accuracy float64, err error) {
	p, err := n.open("Evaluate")
	if err == nil {
		err = rows("Evaluate", "x", x, samples, n.inputs())
	}
	if err == nil {
		err = rows("Evaluate", "y", y, samples, n.outputs())
	}
	if err != nil {
		return math.NaN(), math.NaN(), err
	}
	var l, a C.double
	if err := n.check(C.ffnn_evaluate(p, fp(x), fp(y), C.size_t(samples), &l, &a)); err != nil {
		return math.NaN(), math.NaN(), err
	}
	return float64(l), float64(a), nil
}

// Predict returns the outputs (n x n_L) for n samples x (n x n_0), computed
// in chunks.
func (n *Net) Predict(x []float32, samples int) ([]float32, error) {
	p, err := n.open("Predict")
	if err == nil {
		err = rows("Predict", "x", x, samples, n.inputs())
	}
	if err != nil {
		return nil, err
	}
	y := make([]float32, samples*n.outputs())
	if err := n.check(C.ffnn_predict(p, fp(x), C.size_t(samples), fp(y))); err != nil {
		return nil, err
	}
	return y, nil
}
