package ffnn

// Training setups (ffnn.h section 15, since ffnn 1.4.0): options set by
// key, learning-rate schedules, early stopping, row weights, and
// SetOptimizerParam.
// TrainRun is beside Train in ffnn.go, whose progress plumbing it shares.

/*
#include <stdint.h>
#include <stdlib.h>
#include <ffnn.h>
*/
import "C"

import (
	"math"
	"runtime"
	"strconv"
	"sync/atomic"
	"unsafe"
)

// TrainKey is an ffnn_train_key: an option of a TrainSetup. Each constant
// says its range and its default; "integer" keys take integral values,
// "flag" keys 0 or 1. Keys are append-only: a key of a newer library than
// this package has a constant for is set by its name (SetByName) or as
// TrainKey(N).
type TrainKey int

// The keys of ffnn.h.
const (
	TrainBatchSize          TrainKey = C.FFNN_TRAIN_BATCH_SIZE          // samples per step: integer >= 1; default 32
	TrainEpochs             TrainKey = C.FFNN_TRAIN_EPOCHS              // integer >= 1; default 1
	TrainLearningRate       TrainKey = C.FFNN_TRAIN_LEARNING_RATE       // eta, the schedule's base rate: >= 0; default 0.01
	TrainValidationFraction TrainKey = C.FFNN_TRAIN_VALIDATION_FRACTION // held out: in [0, 1); default 0
	TrainSeed               TrainKey = C.FFNN_TRAIN_SEED                // shuffling: integer (SetUint64 above 2^53); default 0
	TrainShuffle            TrainKey = C.FFNN_TRAIN_SHUFFLE             // flag: a new order every epoch; default 1
	TrainReportEvery        TrainKey = C.FFNN_TRAIN_REPORT_EVERY        // batches between progress calls, 0: epoch ends; default 0
	TrainValidationSplit    TrainKey = C.FFNN_TRAIN_VALIDATION_SPLIT    // a ValidationSplit; default SplitLast
	// TrainResume is a flag: 1 continues from the net's training position,
	// as (*Net).TrainResume does; 0 starts from zero, as Train; default 0.
	TrainResume TrainKey = C.FFNN_TRAIN_RESUME
	// The schedule gives the rate of epoch e (1-based) of E: a warm-up of
	// W epochs climbs linearly, eta e / (W + 1), then the Schedule's rate
	// (see ScheduleConstant).
	TrainSchedule        TrainKey = C.FFNN_TRAIN_SCHEDULE          // a Schedule; default ScheduleConstant
	TrainWarmupEpochs    TrainKey = C.FFNN_TRAIN_WARMUP_EPOCHS     // integer W < epochs; default 0
	TrainStepEpochs      TrainKey = C.FFNN_TRAIN_STEP_EPOCHS       // epochs between ScheduleStep's steps: integer >= 1; default 10
	TrainStepFactor      TrainKey = C.FFNN_TRAIN_STEP_FACTOR       // ScheduleStep's factor: in (0, 1]; default 0.1
	TrainMinLearningRate TrainKey = C.FFNN_TRAIN_MIN_LEARNING_RATE // ScheduleCosine's eta_min: in [0, eta]; default 0
	// Early stopping, as Keras's EarlyStopping: after each epoch the
	// monitored value improves if it beats the best so far by more than
	// the min delta; after patience epochs without improvement training
	// ends (ResultStoppedEarly), and with TrainRestoreBest the weights are
	// those of the best epoch (the optimizer's state stays the last
	// epoch's). The validation monitors need a validation fraction.
	TrainPatience    TrainKey = C.FFNN_TRAIN_PATIENCE     // integer; default 0, which never stops
	TrainMinDelta    TrainKey = C.FFNN_TRAIN_MIN_DELTA    // >= 0; default 0
	TrainMonitor     TrainKey = C.FFNN_TRAIN_MONITOR      // a Monitor; default MonitorValLoss
	TrainRestoreBest TrainKey = C.FFNN_TRAIN_RESTORE_BEST // flag; default 1
)

// String is the library's name of the key (ffnn_train_key_name), the one
// SetByName takes, e.g. "batch_size", or "TrainKey(99)" for a key the
// loaded library does not know.
func (k TrainKey) String() string {
	return libraryName("TrainKey", int(k), func(v C.int) *C.char { return C.ffnn_train_key_name(v) })
}

// Schedule is an ffnn_schedule, the value of TrainSchedule. After the
// warm-up of W epochs, with k = e - W - 1 the epochs after it and
// T = E - W, the rate of epoch e is as each constant says.
type Schedule int

const (
	ScheduleConstant Schedule = C.FFNN_SCHEDULE_CONSTANT // eta, the default
	ScheduleStep     Schedule = C.FFNN_SCHEDULE_STEP     // eta * factor^floor(k / step_epochs), PyTorch's StepLR
	// ScheduleCosine is eta_min + (eta - eta_min) (1 + cos(pi k / T)) / 2,
	// PyTorch's CosineAnnealingLR with T_max = T.
	ScheduleCosine Schedule = C.FFNN_SCHEDULE_COSINE
)

// String is the library's name (ffnn_schedule_name), e.g. "step", or
// "Schedule(7)" for a value it does not know.
func (s Schedule) String() string {
	return libraryName("Schedule", int(s), func(v C.int) *C.char { return C.ffnn_schedule_name(v) })
}

// Monitor is an ffnn_monitor, the value of TrainMonitor: what early
// stopping watches.
type Monitor int

const (
	MonitorValLoss     Monitor = C.FFNN_MONITOR_VAL_LOSS     // lower is better; the default
	MonitorValAccuracy Monitor = C.FFNN_MONITOR_VAL_ACCURACY // higher is better
	MonitorTrainLoss   Monitor = C.FFNN_MONITOR_TRAIN_LOSS   // the epoch's mean training loss
)

// String is the library's name (ffnn_monitor_name), e.g. "val_loss", or
// "Monitor(7)" for a value it does not know.
func (m Monitor) String() string {
	return libraryName("Monitor", int(m), func(v C.int) *C.char { return C.ffnn_monitor_name(v) })
}

// TrainResult is an ffnn_train_result: what a run leaves in its setup,
// read with Result.
type TrainResult int

const (
	ResultLearningRate TrainResult = C.FFNN_RESULT_LEARNING_RATE // the rate of the epoch under way or last
	ResultBestEpoch    TrainResult = C.FFNN_RESULT_BEST_EPOCH    // 1-based, of the monitored value; 0 if none
	ResultBestValue    TrainResult = C.FFNN_RESULT_BEST_VALUE    // that value; NaN if none
	ResultStoppedEarly TrainResult = C.FFNN_RESULT_STOPPED_EARLY // 1 if patience ran out, else 0
	ResultRestored     TrainResult = C.FFNN_RESULT_RESTORED      // 1 if the best epoch's weights were put back
)

var resultNames = map[int]string{int(ResultLearningRate): "learning_rate",
	int(ResultBestEpoch): "best_epoch", int(ResultBestValue): "best_value",
	int(ResultStoppedEarly): "stopped_early", int(ResultRestored): "restored"}

// String is the enumerator's name without FFNN_RESULT_, lowercase, as the
// library names its keys, e.g. "best_epoch", or "TrainResult(7)" for a
// value without a constant.
func (r TrainResult) String() string { return enumString("TrainResult", int(r), resultNames) }

// libraryName is a name from one of the library's *_name functions, or
// the type and number for a value it does not know (NULL) or that a C int
// cannot hold.
func libraryName(typ string, v int, name func(C.int) *C.char) string {
	if v >= math.MinInt32 && v <= math.MaxInt32 {
		if p := name(C.int(v)); p != nil {
			return C.GoString(p) // static storage
		}
	}
	return typ + "(" + strconv.Itoa(v) + ")"
}

// fromName runs one of the library's *_from_name functions on name.
func fromName(fn, name string, from func(*C.char, *C.int) C.ffnn_status) (int, error) {
	cname, err := cstring(fn, "name", name)
	if err != nil {
		return 0, err
	}
	defer C.free(unsafe.Pointer(cname))
	var v C.int
	if err := global(func() C.ffnn_status { return from(cname, &v) }); err != nil {
		return 0, err
	}
	return int(v), nil
}

// TrainKeyFromName is the key of a name (ffnn_train_key_from_name), one of
// the loaded library's names exactly ("patience"; "Patience" is not one);
// another is a StatusArg error whose message lists the names it knows.
func TrainKeyFromName(name string) (TrainKey, error) {
	v, err := fromName("TrainKeyFromName", name, func(n *C.char, out *C.int) C.ffnn_status {
		var k C.ffnn_train_key
		s := C.ffnn_train_key_from_name(n, &k)
		*out = C.int(k)
		return s
	})
	return TrainKey(v), err
}

// ScheduleFromName is the schedule of a name (ffnn_schedule_from_name), as
// TrainKeyFromName.
func ScheduleFromName(name string) (Schedule, error) {
	v, err := fromName("ScheduleFromName", name, func(n *C.char, out *C.int) C.ffnn_status {
		var k C.ffnn_schedule
		s := C.ffnn_schedule_from_name(n, &k)
		*out = C.int(k)
		return s
	})
	return Schedule(v), err
}

// MonitorFromName is the monitor of a name (ffnn_monitor_from_name), as
// TrainKeyFromName.
func MonitorFromName(name string) (Monitor, error) {
	v, err := fromName("MonitorFromName", name, func(n *C.char, out *C.int) C.ffnn_status {
		var k C.ffnn_monitor
		s := C.ffnn_monitor_from_name(n, &k)
		*out = C.int(k)
		return s
	})
	return Monitor(v), err
}

// TrainSetup is a training setup: an owned ffnn_train_setup handle holding
// the options of TrainRun, set by key, and the results a run leaves. A new
// one has every default, with which TrainRun is Train with
// DefaultTrainOptions(), bit for bit. A setup may be reused for many runs
// and nets; each run resets its results. Like a Net, it must not be used
// by several goroutines at once.
type TrainSetup struct {
	p *C.ffnn_train_setup
	// running is 1 while TrainRun uses the setup: its progress function
	// may read it (Get, Result) but not change or close it.
	running int32
}

// liveSetups counts setups not yet destroyed; the tests use it.
var liveSetups int64

// NewTrainSetup returns a setup with every default
// (ffnn_train_setup_create). Close frees it; a finalizer frees a forgotten
// one.
func NewTrainSetup() (*TrainSetup, error) {
	var p *C.ffnn_train_setup
	if err := global(func() C.ffnn_status { return C.ffnn_train_setup_create(&p) }); err != nil {
		return nil, err
	}
	s := &TrainSetup{p: p}
	atomic.AddInt64(&liveSetups, 1)
	runtime.SetFinalizer(s, (*TrainSetup).Close)
	return s, nil
}

// Close frees the setup. It is idempotent; other calls on a closed setup
// return an error. A setup in use by TrainRun (closed from its progress
// function) is not freed: Close returns a StatusState error.
func (s *TrainSetup) Close() error {
	if s == nil || s.p == nil {
		return nil
	}
	if atomic.LoadInt32(&s.running) != 0 {
		return errorf(StatusState, "Close: TrainRun is using this TrainSetup")
	}
	C.ffnn_train_setup_destroy(s.p)
	s.p = nil
	atomic.AddInt64(&liveSetups, -1)
	runtime.SetFinalizer(s, nil)
	return nil
}

// open returns the handle, or an error for a nil or closed setup.
func (s *TrainSetup) open(fn string) (*C.ffnn_train_setup, error) {
	if s == nil || s.p == nil {
		return nil, errorf(StatusState, "%s: the TrainSetup is nil or closed", fn)
	}
	return s.p, nil
}

// writable is open for the calls that change the setup, which its run's
// progress function must not make (the run reads the options as it goes).
func (s *TrainSetup) writable(fn string) (*C.ffnn_train_setup, error) {
	p, err := s.open(fn)
	if err == nil && atomic.LoadInt32(&s.running) != 0 {
		err = errorf(StatusState, "%s: TrainRun is using this TrainSetup", fn)
	}
	return p, err
}

// call runs a setup call, whose message is in ffnn_last_error() (global),
// keeping s reachable until it has returned.
func (s *TrainSetup) call(f func() C.ffnn_status) error {
	err := global(f)
	runtime.KeepAlive(s)
	return err
}

// Set sets an option (ffnn_train_setup_set). A value outside the key's
// range (an integer key's value must be integral) or a key the library
// does not know is a StatusArg error with the library's message, and
// nothing changes.
func (s *TrainSetup) Set(key TrainKey, value float64) error {
	p, err := s.writable("Set")
	if err == nil {
		err = checkEnum("Set", "key", int(key))
	}
	if err != nil {
		return err
	}
	return s.call(func() C.ffnn_status { return C.ffnn_train_setup_set(p, C.int(key), C.double(value)) })
}

// SetUint64 sets an integer option exactly (ffnn_train_setup_set_u64),
// e.g. a seed above 2^53; a key that takes reals is a StatusArg error.
func (s *TrainSetup) SetUint64(key TrainKey, value uint64) error {
	p, err := s.writable("SetUint64")
	if err == nil {
		err = checkEnum("SetUint64", "key", int(key))
	}
	if err != nil {
		return err
	}
	return s.call(func() C.ffnn_status { return C.ffnn_train_setup_set_u64(p, C.int(key), C.uint64_t(value)) })
}

// SetByName sets the option of the loaded library's name for it, e.g.
// "patience" (through ffnn_train_key_from_name): the way to set a key of a
// newer library than this package has a constant for. An unknown name is
// a StatusArg error with the library's message, which lists the names it
// knows.
func (s *TrainSetup) SetByName(name string, value float64) error {
	if _, err := s.writable("SetByName"); err != nil {
		return err
	}
	key, err := TrainKeyFromName(name)
	if err != nil {
		return err
	}
	return s.Set(key, value)
}

// Get reads an option back (ffnn_train_setup_get).
func (s *TrainSetup) Get(key TrainKey) (float64, error) {
	p, err := s.open("Get")
	if err == nil {
		err = checkEnum("Get", "key", int(key))
	}
	if err != nil {
		return math.NaN(), err
	}
	var v C.double
	if err := s.call(func() C.ffnn_status { return C.ffnn_train_setup_get(p, C.int(key), &v) }); err != nil {
		return math.NaN(), err
	}
	return float64(v), nil
}

// GetUint64 reads an integer option back exactly
// (ffnn_train_setup_get_u64); a key that takes reals is a StatusArg error.
func (s *TrainSetup) GetUint64(key TrainKey) (uint64, error) {
	p, err := s.open("GetUint64")
	if err == nil {
		err = checkEnum("GetUint64", "key", int(key))
	}
	if err != nil {
		return 0, err
	}
	var v C.uint64_t
	if err := s.call(func() C.ffnn_status { return C.ffnn_train_setup_get_u64(p, C.int(key), &v) }); err != nil {
		return 0, err
	}
	return uint64(v), nil
}

// SetSampleWeights sets the weights of the training rows in the loss and
// its gradient (ffnn_train_setup_set_sample_weights), one per row of the
// data TrainRun is given, in its order (before any split or shuffle). Row
// i counts c_i = sampleWeights[i] * classWeights[its class] (1 for what is
// not set), and a batch's loss is sum c_i l_i / sum c_i, the weighted
// mean: an integer weight counts a row that many times, 0 leaves it out,
// and a batch whose c_i are all 0 takes no step. The reported training
// loss is the weighted one; the validation loss and the accuracies are not
// weighted.
//
// Values must be finite and >= 0, else a StatusArg error with the
// library's message, and nothing changes. The setup keeps a copy. Their
// number is TrainRun's to check, against its rows: a wrong count is a
// StatusShape error from the run, with the library's message. A nil (or
// empty) slice removes them.
func (s *TrainSetup) SetSampleWeights(sampleWeights []float32) error {
	p, err := s.writable("SetSampleWeights")
	if err != nil {
		return err
	}
	// C is told the length: it reads no further.
	return s.call(func() C.ffnn_status {
		return C.ffnn_train_setup_set_sample_weights(p, fp(sampleWeights), C.size_t(len(sampleWeights)))
	})
}

// SetClassWeights sets the weights of the classes in the loss
// (ffnn_train_setup_set_class_weights), PyTorch's weight= with reduction
// "mean": one per class, n_L of them, or 2 with one output (classes 0 and
// 1). The class of a row is argmax y, or y > 0.5 with one output.
// Otherwise as SetSampleWeights, with which they multiply: TrainRun checks
// the count (StatusShape), the setter the values (StatusArg), and nil
// removes them.
func (s *TrainSetup) SetClassWeights(classWeights []float32) error {
	p, err := s.writable("SetClassWeights")
	if err != nil {
		return err
	}
	return s.call(func() C.ffnn_status {
		return C.ffnn_train_setup_set_class_weights(p, fp(classWeights), C.size_t(len(classWeights)))
	})
}

// Result reads a result of the last run, or of the run under way from its
// progress function (ffnn_train_setup_result): the epoch's learning rate,
// the best epoch and its value, whether patience ran out and whether the
// best weights were put back. An unknown result is a StatusArg error with
// the library's message.
func (s *TrainSetup) Result(r TrainResult) (float64, error) {
	p, err := s.open("Result")
	if err == nil {
		err = checkEnum("Result", "result", int(r))
	}
	if err != nil {
		return math.NaN(), err
	}
	var v C.double
	if err := s.call(func() C.ffnn_status { return C.ffnn_train_setup_result(p, C.int(r), &v) }); err != nil {
		return math.NaN(), err
	}
	return float64(v), nil
}

// SetOptimizerParam sets a hyper-parameter of the optimizer in use
// (ffnn_set_optimizer_param), the pair of OptimizerParam, keeping the
// optimizer's state: momentum in [0, 1) for Momentum and Nesterov; beta1,
// beta2 in [0, 1) and epsilon > 0 for Adam; weight decay >= 0 for any. A
// parameter the optimizer does not have is a StatusState error, a value
// out of range a StatusArg one; nothing changes then.
func (n *Net) SetOptimizerParam(param OptimizerParam, value float32) error {
	p, err := n.open("SetOptimizerParam")
	if err == nil {
		err = checkEnum("SetOptimizerParam", "param", int(param))
	}
	if err != nil {
		return err
	}
	return n.check(C.ffnn_set_optimizer_param(p, C.ffnn_optimizer_param(param), C.float(value)))
}
