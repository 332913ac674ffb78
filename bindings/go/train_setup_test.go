package ffnn

// Training setups (ffnn 1.4, header section 15): TrainSetup, TrainRun with
// schedules and early stopping, and SetOptimizerParam. The expected values
// come from the header's definitions (ffnn_train, ffnn_train_step, the
// schedule's formula, the rule of early stopping), not from the binding's
// own output.

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// points is n points of the plane (data's generator), label x0 + x1 > 0;
// with noisy, about a quarter of the labels flipped, so that a network
// soon overfits them.
func points(n int, noisy bool) (x, y []float32) {
	seed := uint32(7)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed }
	x = make([]float32, 2*n)
	for i := range x {
		x[i] = float32(next()>>8)/(1<<23) - 1
	}
	y = make([]float32, n)
	for i := range y {
		flip := noisy && next()>>28 < 4
		if (x[2*i]+x[2*i+1] > 0) != flip {
			y[i] = 1
		}
	}
	return x, y
}

func classifier(t *testing.T, hidden int, seed uint64) *Net {
	t.Helper()
	net, err := New([]int{2, hidden, 1}, []Activation{Tanh, Sigmoid}, BCE, seed)
	must(t, err)
	return net
}

// params is every parameter of the net: W_1, b_1, W_2, b_2, ... It fails
// the test without stopping it (t.Error), so that a progress function may
// call it: a test must not stop (runtime.Goexit) inside a cgo callback.
func params(t *testing.T, net *Net) []float32 {
	t.Helper()
	var all []float32
	for l := 1; l <= net.NumLayers(); l++ {
		W, b, err := net.Layer(l)
		if err != nil {
			t.Error(err)
		}
		all = append(append(all, W...), b...)
	}
	return all
}

// softError is wantError for a progress function: it fails the test
// without stopping it.
func softError(t *testing.T, err error, s Status, text string) {
	t.Helper()
	if e, ok := err.(*Error); !ok || e.Status != s || !strings.Contains(e.Message, text) {
		t.Errorf("got %v; want %v with a message containing %q", err, s, text)
	}
}

func differ(a, b []float32) bool {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return true
		}
	}
	return len(a) != len(b)
}

// untimed is a report with its floats as bits (NaN equals NaN) and without
// its timing, which no two runs share.
type untimed struct {
	Epoch, Epochs, BatchesDone, Batches int
	Floats                              [4]uint64
	EpochEnd, Stopped                   bool
}

func bitsOf(r TrainReport) untimed {
	return untimed{r.Epoch, r.Epochs, r.BatchesDone, r.Batches,
		[4]uint64{math.Float64bits(r.TrainLoss), math.Float64bits(r.TrainAccuracy),
			math.Float64bits(r.ValLoss), math.Float64bits(r.ValAccuracy)},
		r.EpochEnd, r.Stopped}
}

func newSetup(t *testing.T, options map[TrainKey]float64) *TrainSetup {
	t.Helper()
	s, err := NewTrainSetup()
	must(t, err)
	for k, v := range options {
		if err := s.Set(k, v); err != nil {
			s.Close()
			t.Fatal(err)
		}
	}
	return s
}

func result(t *testing.T, s *TrainSetup, r TrainResult) float64 {
	t.Helper()
	v, err := s.Result(r)
	must(t, err)
	return v
}

// (1) A setup left at its defaults is Train with DefaultTrainOptions(); one
// set to other options is Train with those, reports and all; and
// TrainResume 1 is TrainResume.
func TestTrainRunIsTrain(t *testing.T) {
	x, y := points(200, false)
	run := classifier(t, 8, 3)
	defer run.Close()
	must(t, run.SetOptimizerAdam(0.9, 0.999, 1e-8))
	train, err := run.Clone()
	must(t, err)
	defer train.Close()

	setup := newSetup(t, nil)
	defer setup.Close()
	a, err := run.TrainRun(setup, x, y, 200, nil)
	must(t, err)
	b, err := train.Train(x, y, 200, DefaultTrainOptions(), nil)
	must(t, err)
	if bitsOf(a) != bitsOf(b) || a.Epochs != 1 || a.Batches != 7 {
		t.Fatalf("default setup: report %+v; Train's %+v", a, b)
	}
	sameBits(t, "weights after a default run", params(t, run), params(t, train))

	opts := TrainOptions{BatchSize: 16, Epochs: 5, LearningRate: 0.03,
		ValidationFraction: 0.25, Seed: 9, Shuffle: true, ReportEvery: 4}
	for k, v := range map[TrainKey]float64{TrainBatchSize: 16, TrainEpochs: 5,
		TrainLearningRate: 0.03, TrainValidationFraction: 0.25, TrainShuffle: 1,
		TrainReportEvery: 4} {
		must(t, setup.Set(k, v))
	}
	must(t, setup.SetUint64(TrainSeed, 9))
	var seenRun, seenTrain []untimed
	a, err = run.TrainRun(setup, x, y, 200, func(r TrainReport) Stop {
		seenRun = append(seenRun, bitsOf(r))
		return false
	})
	must(t, err)
	b, err = train.Train(x, y, 200, opts, func(r TrainReport) Stop {
		seenTrain = append(seenTrain, bitsOf(r))
		return false
	})
	must(t, err)
	// 150 training rows in 10 batches: reports after batches 4 and 8, and at the end.
	if len(seenRun) != 15 || !reflect.DeepEqual(seenRun, seenTrain) || bitsOf(a) != bitsOf(b) {
		t.Fatalf("%d reports %v\nTrain's %d: %v", len(seenRun), seenRun, len(seenTrain), seenTrain)
	}
	if math.IsNaN(a.ValLoss) {
		t.Fatal("no validation loss with a validation fraction")
	}
	sameBits(t, "weights after a set-up run", params(t, run), params(t, train))

	// Continued to 8 epochs: TrainResume 1 with a split is TrainResume.
	must(t, setup.Set(TrainEpochs, 8))
	must(t, setup.Set(TrainResume, 1))
	must(t, setup.Set(TrainValidationSplit, float64(SplitShuffled)))
	opts.Epochs = 8
	a, err = run.TrainRun(setup, x, y, 200, nil)
	must(t, err)
	b, err = train.TrainResume(x, y, 200, opts, SplitShuffled, nil)
	must(t, err)
	if bitsOf(a) != bitsOf(b) || a.Epoch != 8 {
		t.Fatalf("resumed: report %+v; TrainResume's %+v", a, b)
	}
	sameBits(t, "weights after a resumed run", params(t, run), params(t, train))
	p, err := run.TrainPosition()
	must(t, err)
	q, err := train.TrainPosition()
	must(t, err)
	if p != q {
		t.Fatalf("positions %+v and %+v", p, q)
	}
}

// (2) A step schedule over 12 epochs of one batch each: the weights of 12
// TrainSteps at the rates 0.25 * 0.5^floor((e - 1) / 3), which the progress
// function reads from the setup as the run goes.
func TestTrainRunStepSchedule(t *testing.T) {
	x, y := points(60, false)
	run := classifier(t, 8, 4)
	defer run.Close()
	steps, err := run.Clone()
	must(t, err)
	defer steps.Close()

	setup := newSetup(t, map[TrainKey]float64{TrainLearningRate: 0.25,
		TrainSchedule: float64(ScheduleStep), TrainStepEpochs: 3, TrainStepFactor: 0.5,
		TrainEpochs: 12, TrainBatchSize: 60, TrainShuffle: 0})
	defer setup.Close()
	var rates, losses []float64
	rep, err := run.TrainRun(setup, x, y, 60, func(r TrainReport) Stop {
		rate, err := setup.Result(ResultLearningRate) // of the epoch under way
		if err != nil {
			t.Error(err)
		}
		rates = append(rates, rate)
		losses = append(losses, r.TrainLoss)
		return false
	})
	must(t, err)
	if rep.Epoch != 12 || rep.Batches != 1 || len(rates) != 12 {
		t.Fatalf("report %+v, %d progress calls", rep, len(rates))
	}
	for e := 1; e <= 12; e++ {
		rate := 0.25 * math.Pow(0.5, math.Floor(float64(e-1)/3))
		if rates[e-1] != rate {
			t.Fatalf("epoch %d: ResultLearningRate %v; the schedule's %v", e, rates[e-1], rate)
		}
		loss, err := steps.TrainStep(x, y, 60, float32(rate))
		must(t, err)
		near(t, fmt.Sprintf("epoch %d's loss", e), losses[e-1], float64(loss), 1e-6)
	}
	sameBits(t, "the schedule's weights against TrainStep's", params(t, run), params(t, steps))
	if got := result(t, setup, ResultLearningRate); got != 0.03125 {
		t.Fatalf("ResultLearningRate after the run %v; want 0.25 / 8", got)
	}
	// With the rate held (the constant schedule) the weights differ.
	constant := classifier(t, 8, 4)
	defer constant.Close()
	must(t, setup.Set(TrainSchedule, float64(ScheduleConstant)))
	_, err = constant.TrainRun(setup, x, y, 60, nil)
	must(t, err)
	if !differ(params(t, constant), params(t, steps)) {
		t.Fatal("the constant rate gave the step schedule's weights")
	}
}

// earlyStop is what patience says of a run's per-epoch values, lower being
// better: the epoch it stops after (0 for none) and the best epoch until
// then.
func earlyStop(values []float64, patience int) (stop, best int) {
	bestValue, since := math.Inf(1), 0
	for i, v := range values {
		if best == 0 || v < bestValue {
			bestValue, best, since = v, i+1, 0
		} else if since++; since >= patience {
			return i + 1, best
		}
	}
	return 0, best
}

// (3) Early stopping with patience 2 on val_loss stops where the val_loss
// of a run without patience says, and keeps the best epoch's weights.
func TestTrainRunEarlyStopping(t *testing.T) {
	x, y := points(40, true)
	const epochs = 20
	options := map[TrainKey]float64{TrainEpochs: epochs, TrainLearningRate: 0.5,
		TrainBatchSize: 8, TrainValidationFraction: 0.5}

	// The record: a run without patience, its val_loss and weights read by
	// the progress function at every epoch's end.
	recorded := classifier(t, 16, 5)
	defer recorded.Close()
	setup := newSetup(t, options)
	defer setup.Close()
	var valLoss []float64
	var weights [][]float32
	_, err := recorded.TrainRun(setup, x, y, 40, func(r TrainReport) Stop {
		valLoss = append(valLoss, r.ValLoss)
		weights = append(weights, params(t, recorded))
		return false
	})
	must(t, err)
	if len(valLoss) != epochs || result(t, setup, ResultBestEpoch) != 0 ||
		result(t, setup, ResultStoppedEarly) != 0 {
		t.Fatalf("%d epochs recorded; best epoch %v without patience", len(valLoss),
			result(t, setup, ResultBestEpoch))
	}
	stop, best := earlyStop(valLoss, 2)
	if !(best < stop && stop < epochs) {
		t.Fatalf("val_loss %v: patience 2 stops at %d, best %d; the test needs a stop", valLoss, stop, best)
	}

	net := classifier(t, 16, 5)
	defer net.Close()
	must(t, setup.Set(TrainPatience, 2))
	must(t, setup.Set(TrainMonitor, float64(MonitorValLoss)))
	var seen []float64
	rep, err := net.TrainRun(setup, x, y, 40, func(r TrainReport) Stop {
		seen = append(seen, r.ValLoss)
		return false
	})
	must(t, err)
	if rep.Epoch != stop || rep.Stopped || !reflect.DeepEqual(seen, valLoss[:stop]) {
		t.Fatalf("stopped after epoch %d (report %+v), val_loss %v; want epoch %d, %v",
			rep.Epoch, rep, seen, stop, valLoss[:stop])
	}
	if got := result(t, setup, ResultBestEpoch); got != float64(best) {
		t.Fatalf("ResultBestEpoch %v; want %d", got, best)
	}
	if got := result(t, setup, ResultBestValue); got != valLoss[best-1] {
		t.Fatalf("ResultBestValue %v; want %v", got, valLoss[best-1])
	}
	if result(t, setup, ResultStoppedEarly) != 1 || result(t, setup, ResultRestored) != 1 {
		t.Fatal("not stopped early, or the best weights not restored")
	}
	sameBits(t, "the weights kept against the best epoch's", params(t, net), weights[best-1])
	if !differ(params(t, net), weights[stop-1]) {
		t.Fatal("the weights are the last epoch's")
	}

	// TrainRestoreBest 0 keeps the last epoch's weights.
	last := classifier(t, 16, 5)
	defer last.Close()
	must(t, setup.Set(TrainRestoreBest, 0))
	_, err = last.TrainRun(setup, x, y, 40, nil)
	must(t, err)
	sameBits(t, "the weights without restoring against the last epoch's", params(t, last), weights[stop-1])
	if result(t, setup, ResultRestored) != 0 {
		t.Fatal("ResultRestored 1 with TrainRestoreBest 0")
	}
}

// (4) Bad values and unknown keys are errors with the library's message,
// and change nothing; keys are set by their names.
func TestTrainSetupErrors(t *testing.T) {
	setup := newSetup(t, nil)
	defer setup.Close()
	wantError(t, setup.Set(TrainBatchSize, 0), StatusArg, "ffnn_train_setup_set: batch_size is 0")
	wantError(t, setup.Set(TrainBatchSize, 2.5), StatusArg, "ffnn_train_setup_set: batch_size is 2.5")
	if v, err := setup.Get(TrainBatchSize); err != nil || v != 32 {
		t.Fatalf("batch_size %v, %v after refused values; want the default 32", v, err)
	}
	wantError(t, setup.Set(TrainKey(99), 1), StatusArg, "ffnn_train_setup_set: unknown key 99")
	wantError(t, setup.SetUint64(TrainKey(99), 1), StatusArg, "ffnn_train_setup_set_u64: unknown key 99")
	_, err := setup.Get(TrainKey(99))
	wantError(t, err, StatusArg, "ffnn_train_setup_get: unknown key 99")
	_, err = setup.GetUint64(TrainKey(-1))
	wantError(t, err, StatusArg, "ffnn_train_setup_get_u64: unknown key -1")
	wantError(t, setup.SetUint64(TrainLearningRate, 1), StatusArg,
		"ffnn_train_setup_set_u64: learning_rate is not an integer option")
	_, err = setup.GetUint64(TrainMinDelta)
	wantError(t, err, StatusArg, "ffnn_train_setup_get_u64: min_delta")
	_, err = setup.Result(TrainResult(99))
	wantError(t, err, StatusArg, "ffnn_train_setup_result: unknown result 99")
	wantError(t, setup.Set(TrainSchedule, 3), StatusArg, "ffnn_train_setup_set: schedule is 3")
	if v, _ := setup.Get(TrainSchedule); v != float64(ScheduleConstant) {
		t.Fatalf("schedule %v after a refused value", v)
	}
	must(t, setup.SetUint64(TrainSeed, math.MaxUint64))
	if v, err := setup.GetUint64(TrainSeed); err != nil || v != math.MaxUint64 {
		t.Fatalf("seed %v, %v; want 2^64 - 1", v, err)
	}

	must(t, setup.SetByName("patience", 3))
	if v, err := setup.GetUint64(TrainPatience); err != nil || v != 3 {
		t.Fatalf("patience %v, %v after SetByName", v, err)
	}
	err = setup.SetByName("nope", 1)
	wantError(t, err, StatusArg, `ffnn_train_key_from_name: unknown training option "nope"`)
	wantError(t, err, StatusArg, "batch_size|epochs|") // the names it knows
	wantError(t, setup.SetByName("Patience", 1), StatusArg, "ffnn_train_key_from_name: unknown")
	wantError(t, setup.SetByName("patience", -1), StatusArg, "ffnn_train_setup_set: patience is -1")
	wantError(t, setup.SetByName("pat\x00ience", 1), StatusArg, "TrainKeyFromName: the name contains a NUL byte")
	if v, _ := setup.Get(TrainPatience); v != 3 {
		t.Fatalf("patience %v after refused calls", v)
	}

	// The run's own checks are the net's errors.
	x, y := points(10, false)
	net := classifier(t, 4, 1)
	defer net.Close()
	_, err = net.TrainRun(setup, x, y, 10, nil)
	wantError(t, err, StatusArg, "ffnn_train_run: early stopping on val_loss needs samples held out")
	_, err = net.TrainRun(setup, x[1:], y, 10, nil)
	wantError(t, err, StatusShape, "TrainRun: x has 19 values")
	_, err = net.TrainRun(nil, x, y, 10, nil)
	wantError(t, err, StatusState, "TrainRun: the TrainSetup is nil or closed")
}

// The library's names of the keys, schedules and monitors: the
// enumerators without their prefix, lowercase.
func TestTrainSetupNames(t *testing.T) {
	keys := map[TrainKey]string{TrainBatchSize: "batch_size", TrainEpochs: "epochs",
		TrainLearningRate: "learning_rate", TrainValidationFraction: "validation_fraction",
		TrainSeed: "seed", TrainShuffle: "shuffle", TrainReportEvery: "report_every",
		TrainValidationSplit: "validation_split", TrainResume: "resume",
		TrainSchedule: "schedule", TrainWarmupEpochs: "warmup_epochs",
		TrainStepEpochs: "step_epochs", TrainStepFactor: "step_factor",
		TrainMinLearningRate: "min_learning_rate", TrainPatience: "patience",
		TrainMinDelta: "min_delta", TrainMonitor: "monitor", TrainRestoreBest: "restore_best"}
	if len(keys) != 18 {
		t.Fatalf("%d keys", len(keys))
	}
	for k, name := range keys {
		got, err := TrainKeyFromName(name)
		if k.String() != name || err != nil || got != k {
			t.Errorf("%d: String %q, TrainKeyFromName(%q) = %v, %v", int(k), k.String(), name, got, err)
		}
	}
	// Each name sets its key: a value other than the default, read back.
	setup := newSetup(t, nil)
	defer setup.Close()
	values := map[TrainKey]float64{TrainBatchSize: 5, TrainEpochs: 6, TrainLearningRate: 0.5,
		TrainValidationFraction: 0.25, TrainSeed: 7, TrainShuffle: 0, TrainReportEvery: 3,
		TrainValidationSplit: 1, TrainResume: 1, TrainSchedule: 2, TrainWarmupEpochs: 2,
		TrainStepEpochs: 4, TrainStepFactor: 0.5, TrainMinLearningRate: 0.001, TrainPatience: 5,
		TrainMinDelta: 0.01, TrainMonitor: 1, TrainRestoreBest: 0}
	for k, v := range values {
		must(t, setup.SetByName(keys[k], v))
	}
	for k, v := range values {
		if got, err := setup.Get(k); err != nil || got != v {
			t.Errorf("%s = %v, %v after SetByName(%q, %v)", k, got, err, keys[k], v)
		}
	}
	for s, name := range map[Schedule]string{ScheduleConstant: "constant", ScheduleStep: "step",
		ScheduleCosine: "cosine"} {
		got, err := ScheduleFromName(name)
		if s.String() != name || err != nil || got != s {
			t.Errorf("%d: String %q, ScheduleFromName(%q) = %v, %v", int(s), s.String(), name, got, err)
		}
	}
	for m, name := range map[Monitor]string{MonitorValLoss: "val_loss",
		MonitorValAccuracy: "val_accuracy", MonitorTrainLoss: "train_loss"} {
		got, err := MonitorFromName(name)
		if m.String() != name || err != nil || got != m {
			t.Errorf("%d: String %q, MonitorFromName(%q) = %v, %v", int(m), m.String(), name, got, err)
		}
	}
	_, err := ScheduleFromName("linear")
	wantError(t, err, StatusArg, `ffnn_schedule_from_name: unknown schedule "linear"`)
	_, err = MonitorFromName("loss")
	wantError(t, err, StatusArg, `ffnn_monitor_from_name: unknown monitor "loss"`)
}

// TrainRun's progress function: true stops, a panic comes out of TrainRun,
// the setup may be read but not changed or closed during the run, and it
// forgets the progress function after the call.
func TestTrainRunProgress(t *testing.T) {
	x, y := points(100, false)
	net := classifier(t, 4, 2)
	defer net.Close()
	setup := newSetup(t, map[TrainKey]float64{TrainEpochs: 5, TrainBatchSize: 10, TrainReportEvery: 4})
	defer setup.Close()
	calls := 0
	rep, err := net.TrainRun(setup, x, y, 100, func(TrainReport) Stop {
		calls++
		if v, err := setup.Get(TrainEpochs); err != nil || v != 5 {
			t.Errorf("Get during the run: %v, %v", v, err)
		}
		softError(t, setup.Set(TrainEpochs, 2), StatusState, "Set: TrainRun is using this TrainSetup")
		softError(t, setup.SetByName("epochs", 2), StatusState, "SetByName: TrainRun is using")
		softError(t, setup.Close(), StatusState, "Close: TrainRun is using this TrainSetup")
		_, err := net.TrainRun(setup, x, y, 100, nil)
		softError(t, err, StatusState, "TrainRun: TrainRun is using this TrainSetup")
		return calls == 4
	})
	must(t, err)
	// Per epoch: after batches 4 and 8, and the end (10); the 4th call is epoch 2's first.
	if calls != 4 || !rep.Stopped || rep.Epoch != 2 || rep.BatchesDone != 4 {
		t.Fatalf("%d calls, report %+v", calls, rep)
	}

	func() {
		defer func() {
			if r := recover(); r != "boom" {
				t.Fatalf("recovered %v; want the progress function's panic", r)
			}
		}()
		net.TrainRun(setup, x, y, 100, func(TrainReport) Stop { panic("boom") })
		t.Fatal("TrainRun returned after its progress function panicked")
	}()
	// No progress function now, and the setup is free again.
	rep, err = net.TrainRun(setup, x, y, 100, nil)
	must(t, err)
	if rep.Epoch != 5 || rep.Stopped {
		t.Fatalf("report %+v", rep)
	}
	must(t, setup.Set(TrainEpochs, 1))
}

// Close frees a setup once; a closed one refuses every call; a forgotten
// one is freed by its finalizer.
func TestTrainSetupClose(t *testing.T) {
	runtime.GC()
	before := atomic.LoadInt64(&liveSetups)
	setup := newSetup(t, nil)
	if n := atomic.LoadInt64(&liveSetups); n != before+1 {
		t.Fatalf("%d live setups; want %d", n, before+1)
	}
	must(t, setup.Close())
	must(t, setup.Close())
	if n := atomic.LoadInt64(&liveSetups); n != before {
		t.Fatalf("%d live setups after closing one twice; want %d", n, before)
	}
	wantError(t, setup.Set(TrainEpochs, 2), StatusState, "Set: the TrainSetup is nil or closed")
	_, err := setup.Get(TrainEpochs)
	wantError(t, err, StatusState, "Get: the TrainSetup is nil or closed")
	_, err = setup.Result(ResultBestEpoch)
	wantError(t, err, StatusState, "Result: the TrainSetup is nil or closed")

	func() { newSetup(t, map[TrainKey]float64{TrainEpochs: 3}) }() // forgotten
	for i := 0; i < 20 && atomic.LoadInt64(&liveSetups) != before; i++ {
		runtime.GC()
	}
	if n := atomic.LoadInt64(&liveSetups); n != before {
		t.Fatalf("%d live setups after GC; want %d (the finalizer did not run)", n, before)
	}
}

// (5) SetOptimizerParam keeps the optimizer and changes its
// hyper-parameter: Adam made with beta1 0.9 and set to 0.8 steps as Adam
// made with 0.8.
func TestSetOptimizerParam(t *testing.T) {
	x, y := points(40, false)
	set := classifier(t, 8, 6)
	defer set.Close()
	made, err := set.Clone()
	must(t, err)
	defer made.Close()
	kept, err := set.Clone()
	must(t, err)
	defer kept.Close()
	must(t, set.SetOptimizerAdam(0.9, 0.999, 1e-8))
	must(t, kept.SetOptimizerAdam(0.9, 0.999, 1e-8))
	must(t, made.SetOptimizerAdam(0.8, 0.999, 1e-8))
	must(t, set.SetOptimizerParam(ParamBeta1, 0.8))
	if b1, _ := set.OptimizerParam(ParamBeta1); b1 != 0.8 {
		t.Fatalf("beta1 %v after SetOptimizerParam", b1)
	}
	if b2, _ := set.OptimizerParam(ParamBeta2); b2 != 0.999 {
		t.Fatalf("beta2 %v after setting beta1", b2)
	}
	for i := 0; i < 3; i++ {
		for _, n := range []*Net{set, made, kept} {
			_, err := n.TrainStep(x, y, 40, 0.05)
			must(t, err)
		}
	}
	sameBits(t, "beta1 set to 0.8 against Adam made with 0.8", params(t, set), params(t, made))
	if !differ(params(t, kept), params(t, made)) {
		t.Fatal("beta1 0.9 steps as 0.8 does")
	}

	// A parameter Adam has not; a value out of range: nothing changes.
	wantError(t, set.SetOptimizerParam(ParamMomentum, 0.5), StatusState, "ffnn_set_optimizer_param")
	wantError(t, set.SetOptimizerParam(ParamBeta1, 1.5), StatusArg, "ffnn_set_optimizer_param")
	if b1, _ := set.OptimizerParam(ParamBeta1); b1 != 0.8 {
		t.Fatalf("beta1 %v after refused calls", b1)
	}
	// Weight decay, of every optimizer, plain gradient descent's too.
	sgd := classifier(t, 8, 6)
	defer sgd.Close()
	must(t, sgd.SetOptimizerParam(ParamWeightDecay, 0.25))
	if wd, _ := sgd.OptimizerParam(ParamWeightDecay); wd != 0.25 {
		t.Fatalf("weight decay %v", wd)
	}
	view, err := sgd.Share()
	must(t, err)
	defer view.Close()
	wantError(t, view.SetOptimizerParam(ParamWeightDecay, 0), StatusState, "ffnn_set_optimizer_param")
}

// The README's example is ExampleNet_TrainRun as written, and its output
// the Example's.
func TestReadmeTrainRunExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	must(t, err)
	section := string(readme)
	i := strings.Index(section, "## Training setups")
	if i < 0 {
		t.Fatal("README.md has no section \"## Training setups\"")
	}
	section = section[i:]
	blocks := strings.Split(section, "```")
	if len(blocks) < 5 || !strings.HasPrefix(blocks[1], "go\n") {
		t.Fatal("the section does not start with a ```go block and its output")
	}
	code, output := strings.TrimPrefix(blocks[1], "go\n"), strings.TrimPrefix(blocks[3], "\n")

	src, err := os.ReadFile("example_test.go")
	must(t, err)
	var body, want []string
	in := false
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "func ExampleNet_TrainRun() {":
			in = true
		case in && line == "}":
			in = false
		case in && strings.HasPrefix(line, "\t// Output:"):
			want = append(want, "") // the lines after it are the output
		case in && want != nil:
			want = append(want, strings.TrimPrefix(line, "\t// "))
		case in:
			body = append(body, strings.TrimPrefix(line, "\t"))
		}
	}
	if body == nil || want == nil {
		t.Fatal("example_test.go has no ExampleNet_TrainRun with an // Output: comment")
	}
	if got := strings.Join(body, "\n") + "\n"; got != code {
		t.Errorf("README.md's example:\n%s\nExampleNet_TrainRun:\n%s", code, got)
	}
	if got := strings.Join(want[1:], "\n") + "\n"; got != output {
		t.Errorf("README.md's output:\n%s\nExampleNet_TrainRun's:\n%s", output, got)
	}
}
