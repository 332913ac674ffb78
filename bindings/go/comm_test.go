package ffnn

// Data-parallel training (comm.go) with ranks as goroutines of this
// process and Collectives of the test's own, as tests/test_comm.c does
// with threads. What must hold (ffnn.h section 14): one rank is the
// single-process call bit for bit; N ranks equal one process on the same
// global batch, to float rounding, and their replicas stay bitwise
// equal; a failure anywhere fails every rank and leaves none waiting.

import (
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
	"time"
)

// world is the shared state of N goroutine ranks: a barrier (sync.Cond)
// and a slot per rank where each deposits its buffer. A sum adds slots
// 0..N-1 in rank order on every rank, so every rank gets the same bits, as
// MPI_Allreduce gives.
type world struct {
	size         int
	mu           sync.Mutex
	cond         *sync.Cond
	arrived, gen int
	slots        []interface{}
	// The injected failure: rank failRank's collective number failAt (its
	// 0-based count of collectives in the world's life) returns an error,
	// or panics with panics, after taking part in the barriers as a
	// transport must, so that no rank waits for it. From then on the
	// world is down: every later collective, on any rank, fails at once.
	failRank, failAt int
	panics           bool
	down             bool
}

var errInjected = errors.New("injected transport failure")
var errDown = errors.New("the transport is down (another rank failed)")

func newWorld(size int) *world {
	w := &world{size: size, slots: make([]interface{}, size), failRank: -1, failAt: -1}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// failing makes rank's collective number at fail.
func (w *world) failing(rank, at int, panics bool) *world {
	w.failRank, w.failAt, w.panics = rank, at, panics
	return w
}

// barrier returns once all ranks have called it (reusable: a generation
// count tells one round from the next).
func (w *world) barrier() {
	w.mu.Lock()
	defer w.mu.Unlock()
	gen := w.gen
	if w.arrived++; w.arrived == w.size {
		w.arrived, w.gen = 0, w.gen+1
		w.cond.Broadcast()
		return
	}
	for gen == w.gen {
		w.cond.Wait()
	}
}

// rankComm is one rank's Collectives over the world.
type rankComm struct {
	w     *world
	rank  int
	calls int // collectives begun on this rank
}

func (k *rankComm) Rank() int { return k.rank }
func (k *rankComm) Size() int { return k.w.size }

// collective deposits buf, waits for every rank, has combine read all the
// slots (into a buffer of its own), waits again, and applies the result to
// buf: no rank writes its buf while another may read it.
func (k *rankComm) collective(buf interface{}, combine func([]interface{}), apply func()) error {
	w := k.w
	call := k.calls
	k.calls++
	w.mu.Lock()
	down := w.down
	w.mu.Unlock()
	if down {
		return errDown
	}
	fail := k.rank == w.failRank && call == w.failAt
	w.slots[k.rank] = buf
	w.barrier()
	combine(w.slots)
	if fail { // before the barrier every rank passes after it
		w.mu.Lock()
		w.down = true
		w.mu.Unlock()
	}
	w.barrier()
	if fail {
		if w.panics {
			panic("injected panic")
		}
		return errInjected
	}
	apply()
	return nil
}

func (k *rankComm) SumFloat32(buf []float32) error {
	sum := make([]float32, len(buf))
	return k.collective(buf, func(slots []interface{}) {
		for i := range sum {
			s := slots[0].([]float32)[i]
			for _, q := range slots[1:] {
				s += q.([]float32)[i]
			}
			sum[i] = s
		}
	}, func() { copy(buf, sum) })
}

func (k *rankComm) SumFloat64(buf []float64) error {
	sum := make([]float64, len(buf))
	return k.collective(buf, func(slots []interface{}) {
		for i := range sum {
			s := slots[0].([]float64)[i]
			for _, q := range slots[1:] {
				s += q.([]float64)[i]
			}
			sum[i] = s
		}
	}, func() { copy(buf, sum) })
}

func (k *rankComm) Broadcast(buf []byte, root int) error {
	if root < 0 || root >= k.w.size {
		return fmt.Errorf("root %d", root)
	}
	var from []byte
	return k.collective(buf, func(slots []interface{}) {
		if k.rank != root {
			from = append([]byte(nil), slots[root].([]byte)...)
		}
	}, func() { copy(buf, from) })
}

// runRanks runs job on every rank of w, each on its own goroutine, and
// fails the test if they do not all return. job must not call t.Fatal
// (not from another goroutine): it stores its results for the test.
func runRanks(t *testing.T, w *world, job func(rank int, c Collectives)) {
	t.Helper()
	var wg sync.WaitGroup
	for r := 0; r < w.size; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			job(r, &rankComm{w: w, rank: r})
		}(r)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("the ranks did not all return: deadlocked")
	}
}

// solo is one rank whose collectives have nothing to do; the library
// calls none with one rank anyway.
type solo struct{}

func (solo) Rank() int                   { return 0 }
func (solo) Size() int                   { return 1 }
func (solo) SumFloat32([]float32) error  { return nil }
func (solo) SumFloat64([]float64) error  { return nil }
func (solo) Broadcast([]byte, int) error { return nil }

// badComm is a communicator whose rank or size is wrong.
type badComm struct{ rank, size int }

func (b badComm) Rank() int                 { return b.rank }
func (b badComm) Size() int                 { return b.size }
func (badComm) SumFloat32([]float32) error  { return nil }
func (badComm) SumFloat64([]float64) error  { return nil }
func (badComm) Broadcast([]byte, int) error { return nil }

// paramsOf is the net's parameter vector, or nil after t.Error (callable
// from a rank's goroutine).
func paramsOf(t *testing.T, net *Net) []float32 {
	p, err := net.ParamVector()
	if err != nil {
		t.Error(err)
	}
	return p
}

// relativeOff is the largest |a - b| / max(|b|, 1e-2) (weights near 0
// judged absolutely).
func relativeOff(a, b []float32) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	worst := 0.0
	for i := range b {
		d := math.Abs(float64(a[i])-float64(b[i])) / math.Max(math.Abs(float64(b[i])), 1e-2)
		worst = math.Max(worst, d)
	}
	return worst
}

func clones(t *testing.T, base *Net, n int) []*Net {
	t.Helper()
	nets := make([]*Net, n)
	for r := range nets {
		var err error
		nets[r], err = base.Clone()
		must(t, err)
		t.Cleanup(func() { nets[r].Close() })
	}
	return nets
}

// runOptions are those of the data-parallel runs: a schedule with a
// warm-up, validation, and early stopping that the noisy points make
// stop.
var runOptions = map[TrainKey]float64{
	TrainEpochs: 40, TrainBatchSize: 16, TrainLearningRate: 0.5,
	TrainValidationFraction: 0.25, TrainSchedule: float64(ScheduleCosine),
	TrainWarmupEpochs: 1, TrainPatience: 3, TrainSeed: 11,
}

// One rank is the single-process call itself, bit for bit: TrainStep,
// TrainRun, Train, TrainResume and (changing nothing) the broadcast.
func TestCommOneRank(t *testing.T) {
	a := bigNet(t)
	defer a.Close()
	must(t, a.SetOptimizerAdam(0.9, 0.999, 1e-8))
	b := clones(t, a, 1)[0]
	x, y := data(12, 5, 1), oneHot(12, 3)
	for step := 0; step < 3; step++ {
		want, err := a.TrainStep(x, y, 12, 0.01)
		must(t, err)
		got, err := b.CommTrainStep(solo{}, x, y, 12, 0.01)
		must(t, err)
		if math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("step %d: loss %v; TrainStep's %v", step, got, want)
		}
		sameBits(t, fmt.Sprintf("weights after step %d", step), paramsOf(t, b), paramsOf(t, a))
	}
	before := paramsOf(t, b)
	must(t, b.CommBroadcast(solo{}))
	sameBits(t, "weights after a broadcast to one rank", paramsOf(t, b), before)

	px, py := points(80, true)
	base := classifier(t, 16, 3)
	defer base.Close()
	nets := clones(t, base, 2)
	setups := []*TrainSetup{newSetup(t, runOptions), newSetup(t, runOptions)}
	defer setups[0].Close()
	defer setups[1].Close()
	var reports [2][]TrainReport
	record := func(i int) Progress {
		return func(r TrainReport) Stop { reports[i] = append(reports[i], r); return false }
	}
	want, err := nets[0].TrainRun(setups[0], px, py, 80, record(0))
	must(t, err)
	got, err := nets[1].CommTrainRun(solo{}, setups[1], px, py, 80, record(1))
	must(t, err)
	sameReport(t, "CommTrainRun", got, want)
	if len(reports[1]) != len(reports[0]) || len(reports[0]) < 2 {
		t.Fatalf("%d progress calls; TrainRun's %d", len(reports[1]), len(reports[0]))
	}
	for i := range reports[0] {
		sameReport(t, fmt.Sprintf("progress call %d", i), reports[1][i], reports[0][i])
	}
	for _, k := range []TrainResult{ResultBestEpoch, ResultBestValue, ResultStoppedEarly, ResultLearningRate} {
		if w, g := result(t, setups[0], k), result(t, setups[1], k); math.Float64bits(g) != math.Float64bits(w) {
			t.Fatalf("%v: %v; TrainRun's %v", k, g, w)
		}
	}
	sameBits(t, "weights after CommTrainRun", paramsOf(t, nets[1]), paramsOf(t, nets[0]))

	opts := DefaultTrainOptions()
	opts.Epochs, opts.BatchSize, opts.LearningRate, opts.ValidationFraction = 3, 8, 0.3, 0.2
	want, err = nets[0].Train(px, py, 80, opts, nil)
	must(t, err)
	got, err = nets[1].CommTrain(solo{}, px, py, 80, opts, nil)
	must(t, err)
	sameReport(t, "CommTrain", got, want)
	opts.Epochs = 5
	want, err = nets[0].TrainResume(px, py, 80, opts, SplitShuffled, nil)
	must(t, err)
	got, err = nets[1].CommTrainResume(solo{}, px, py, 80, opts, SplitShuffled, nil)
	must(t, err)
	sameReport(t, "CommTrainResume", got, want)
	sameBits(t, "weights after CommTrainResume", paramsOf(t, nets[1]), paramsOf(t, nets[0]))
}

// cuts are the bounds of the ranks' shares of a batch of 13 rows: even
// floors, and with 4 ranks one rank without rows.
var cuts = map[int][]int{2: {0, 6, 13}, 3: {0, 4, 8, 13}, 4: {0, 5, 5, 9, 13}}

// N ranks, each stepping on its share of a global batch, equal TrainStep
// on the whole batch (to 1e-5), and their replicas are bitwise equal.
func TestCommTrainStepRanks(t *testing.T) {
	const G, in, out, lr = 13, 5, 3, 0.05
	x, y := data(G, in, 5), oneHot(G, out)
	for size := 2; size <= 4; size++ {
		t.Run(fmt.Sprintf("%d ranks", size), func(t *testing.T) {
			base := bigNet(t)
			defer base.Close()
			must(t, base.SetOptimizerMomentum(0.9, false))
			ref := clones(t, base, 1)[0]
			nets := clones(t, base, size)
			w := newWorld(size)
			for step := 0; step < 4; step++ {
				want, err := ref.TrainStep(x, y, G, lr)
				must(t, err)
				losses, errs := make([]float32, size), make([]error, size)
				runRanks(t, w, func(r int, c Collectives) {
					lo, hi := cuts[size][r], cuts[size][r+1]
					losses[r], errs[r] = nets[r].CommTrainStep(c, x[lo*in:hi*in], y[lo*out:hi*out], hi-lo, lr)
				})
				wantP := paramsOf(t, ref)
				for r := 0; r < size; r++ {
					must(t, errs[r])
					if math.Float32bits(losses[r]) != math.Float32bits(losses[0]) {
						t.Fatalf("step %d: rank %d's loss %v, rank 0's %v", step, r, losses[r], losses[0])
					}
					sameBits(t, fmt.Sprintf("step %d: rank %d's weights against rank 0's", step, r),
						paramsOf(t, nets[r]), paramsOf(t, nets[0]))
				}
				near(t, fmt.Sprintf("step %d: loss", step), float64(losses[0]), float64(want), 1e-5*math.Abs(float64(want)))
				if off := relativeOff(paramsOf(t, nets[0]), wantP); !(off <= 1e-5) {
					t.Fatalf("step %d: the weights are %g off TrainStep's (relative)", step, off)
				}
			}
			if !differ(paramsOf(t, nets[0]), paramsOf(t, base)) {
				t.Fatal("the steps changed nothing")
			}
		})
	}
}

// Every rank passing the whole data set to CommTrainRun trains the model
// one process would: the same epochs, best epoch and early stop, weights
// to 1e-4; and the ranks agree bit for bit, progress reports included.
func TestCommTrainRunRanks(t *testing.T) {
	const n = 90
	x, y := points(n, true)
	base := classifier(t, 16, 4)
	defer base.Close()
	single := clones(t, base, 1)[0]
	setup := newSetup(t, runOptions)
	defer setup.Close()
	want, err := single.TrainRun(setup, x, y, n, nil)
	must(t, err)
	if result(t, setup, ResultStoppedEarly) != 1 || want.Epoch >= want.Epochs {
		t.Fatalf("the single-process run did not stop early (epoch %d of %d): the test tells nothing",
			want.Epoch, want.Epochs)
	}
	wantP := paramsOf(t, single)
	for size := 2; size <= 4; size++ {
		t.Run(fmt.Sprintf("%d ranks", size), func(t *testing.T) {
			nets := clones(t, base, size)
			setups := make([]*TrainSetup, size)
			for r := range setups {
				setups[r] = newSetup(t, runOptions)
				defer setups[r].Close()
			}
			reports, errs := make([]TrainReport, size), make([]error, size)
			progress := make([][]TrainReport, size)
			calls := make([]int, size)
			runRanks(t, newWorld(size), func(r int, c Collectives) {
				reports[r], errs[r] = nets[r].CommTrainRun(c, setups[r], x, y, n, func(rep TrainReport) Stop {
					progress[r] = append(progress[r], rep)
					return false
				})
				calls[r] = c.(*rankComm).calls
			})
			for r := 0; r < size; r++ {
				must(t, errs[r])
				if calls[r] < 2*want.Epoch {
					t.Fatalf("rank %d made %d collectives: the run was not data-parallel", r, calls[r])
				}
				sameReport(t, fmt.Sprintf("rank %d's report against rank 0's", r), reports[r], reports[0])
				sameBits(t, fmt.Sprintf("rank %d's weights against rank 0's", r), paramsOf(t, nets[r]), paramsOf(t, nets[0]))
				if len(progress[r]) != len(progress[0]) {
					t.Fatalf("rank %d: %d progress calls, rank 0 %d", r, len(progress[r]), len(progress[0]))
				}
				for i := range progress[r] {
					sameReport(t, fmt.Sprintf("rank %d's progress call %d", r, i), progress[r][i], progress[0][i])
				}
				for _, k := range []TrainResult{ResultBestEpoch, ResultBestValue, ResultStoppedEarly, ResultRestored} {
					if g, w := result(t, setups[r], k), result(t, setups[0], k); math.Float64bits(g) != math.Float64bits(w) {
						t.Fatalf("rank %d: %v %v, rank 0's %v", r, k, g, w)
					}
				}
			}
			got := reports[0]
			if got.Epoch != want.Epoch || got.Batches != want.Batches {
				t.Fatalf("stopped at epoch %d (%d batches); one process at %d (%d)",
					got.Epoch, got.Batches, want.Epoch, want.Batches)
			}
			for _, k := range []TrainResult{ResultBestEpoch, ResultStoppedEarly, ResultRestored} {
				if g, w := result(t, setups[0], k), result(t, setup, k); g != w {
					t.Fatalf("%v %v; one process %v", k, g, w)
				}
			}
			near(t, "best value", result(t, setups[0], ResultBestValue), result(t, setup, ResultBestValue),
				1e-4*math.Abs(result(t, setup, ResultBestValue)))
			near(t, "validation loss", got.ValLoss, want.ValLoss, 1e-4*math.Abs(want.ValLoss))
			near(t, "training loss", got.TrainLoss, want.TrainLoss, 1e-4*math.Abs(want.TrainLoss))
			if off := relativeOff(paramsOf(t, nets[0]), wantP); !(off <= 1e-4) {
				t.Fatalf("the weights are %g off one process's (relative)", off)
			}
		})
	}
}

// CommTrain and CommTrainResume on 3 ranks: one process's run, to
// rounding; a stop asked by one rank's progress stops every rank; a panic
// in one rank's progress is re-raised on that rank alone, the others
// stopping with it.
func TestCommTrainRanks(t *testing.T) {
	const n, size = 60, 3
	x, y := points(n, false)
	base := classifier(t, 8, 6)
	defer base.Close()
	single := clones(t, base, 1)[0]
	nets := clones(t, base, size)
	opts := DefaultTrainOptions()
	opts.Epochs, opts.BatchSize, opts.LearningRate, opts.ValidationFraction = 4, 10, 0.5, 0.2
	want, err := single.Train(x, y, n, opts, nil)
	must(t, err)
	reports, errs := make([]TrainReport, size), make([]error, size)
	calls := make([]int, size)
	runRanks(t, newWorld(size), func(r int, c Collectives) {
		reports[r], errs[r] = nets[r].CommTrain(c, x, y, n, opts, nil)
		calls[r] = c.(*rankComm).calls
	})
	for r := 0; r < size; r++ {
		must(t, errs[r])
		if calls[r] < 2*opts.Epochs {
			t.Fatalf("rank %d made %d collectives: CommTrain was not data-parallel", r, calls[r])
		}
		sameReport(t, fmt.Sprintf("CommTrain: rank %d against rank 0", r), reports[r], reports[0])
	}
	near(t, "CommTrain's validation loss", reports[0].ValLoss, want.ValLoss, 1e-4*want.ValLoss)
	if off := relativeOff(paramsOf(t, nets[0]), paramsOf(t, single)); !(off <= 1e-4) {
		t.Fatalf("CommTrain: the weights are %g off Train's", off)
	}

	opts.Epochs = 6 // two more, rank 1 asking to stop at the first's end
	want, err = single.TrainResume(x, y, n, opts, SplitStratified, nil)
	must(t, err)
	runRanks(t, newWorld(size), func(r int, c Collectives) {
		reports[r], errs[r] = nets[r].CommTrainResume(c, x, y, n, opts, SplitStratified,
			func(rep TrainReport) Stop { return r == 1 && rep.Epoch == 5 })
	})
	for r := 0; r < size; r++ {
		must(t, errs[r])
		if !reports[r].Stopped || reports[r].Epoch != 5 {
			t.Fatalf("rank %d: %+v; want stopped at epoch 5", r, reports[r])
		}
	}

	panics := make([]interface{}, size)
	runRanks(t, newWorld(size), func(r int, c Collectives) {
		defer func() { panics[r] = recover() }()
		reports[r], errs[r] = nets[r].CommTrain(c, x, y, n, opts, func(rep TrainReport) Stop {
			if r == 2 {
				panic("progress panic")
			}
			return false
		})
	})
	for r := 0; r < size; r++ {
		if r == 2 {
			if panics[r] != "progress panic" {
				t.Fatalf("rank 2 recovered %v; want its progress's panic", panics[r])
			}
			continue
		}
		must(t, errs[r])
		if panics[r] != nil || !reports[r].Stopped || reports[r].Epoch != 1 {
			t.Fatalf("rank %d: panic %v, report %+v; want stopped in epoch 1", r, panics[r], reports[r])
		}
	}
}

// CommBroadcast makes every rank's net rank 0's, nets of other seeds and
// optimizers; nets of another architecture fail on every rank alike.
func TestCommBroadcast(t *testing.T) {
	const size = 3
	nets := make([]*Net, size)
	for r := range nets {
		nets[r] = classifier(t, 8, uint64(10+r))
		defer nets[r].Close()
	}
	x, y := points(20, false)
	must(t, nets[0].SetOptimizerAdam(0.9, 0.999, 1e-8))
	_, err := nets[0].TrainStep(x, y, 20, 0.1) // Adam state and step count
	must(t, err)
	must(t, nets[0].SetMetadata("user.origin", "rank 0"))
	want := paramsOf(t, nets[0])
	wantState, wantStep, err := nets[0].OptimizerState()
	must(t, err)
	for r := 1; r < size; r++ {
		if !differ(paramsOf(t, nets[r]), want) {
			t.Fatalf("rank %d's net is rank 0's already: the test tells nothing", r)
		}
	}
	errs := make([]error, size)
	runRanks(t, newWorld(size), func(r int, c Collectives) { errs[r] = nets[r].CommBroadcast(c) })
	for r := 0; r < size; r++ {
		must(t, errs[r])
		sameBits(t, fmt.Sprintf("rank %d's weights", r), paramsOf(t, nets[r]), want)
		state, step, err := nets[r].OptimizerState()
		must(t, err)
		if nets[r].Optimizer() != Adam || step != wantStep {
			t.Fatalf("rank %d: %v at step %d; want Adam at %d", r, nets[r].Optimizer(), step, wantStep)
		}
		sameBits(t, fmt.Sprintf("rank %d's Adam state", r), state, wantState)
		if v, _ := nets[r].Metadata("user.origin"); v != "rank 0" {
			t.Fatalf("rank %d's metadata user.origin = %q", r, v)
		}
	}

	other := classifier(t, 9, 1)
	defer other.Close()
	mixed := []*Net{nets[0], nets[1], other}
	runRanks(t, newWorld(size), func(r int, c Collectives) { errs[r] = mixed[r].CommBroadcast(c) })
	for r := 0; r < size; r++ {
		wantError(t, errs[r], StatusShape, "architectures")
	}
}

// A rank whose Collectives fail (an error, or a panic the binding
// recovers) fails the call with StatusIO, its message naming the method
// and the error; the other ranks, whose transport is then down, fail too,
// and none is left waiting.
func TestCommTransportFailure(t *testing.T) {
	x, y := points(40, false)
	for _, c := range []struct {
		name           string
		size, rank, at int
		panics         bool
		call           func(net *Net, c Collectives, setup *TrainSetup) error
		method         string
	}{
		// A step's collectives: 0 the agreement, 1 the gradients'
		// bounds (doubles), then the gradients, layer by layer.
		{"step, agreement", 2, 1, 0, false, stepCall(x, y), "SumFloat64"},
		{"step, gradients", 4, 2, 2, false, stepCall(x, y), "SumFloat32"},
		{"step, panic", 2, 0, 2, true, stepCall(x, y), "SumFloat32 panicked: injected panic"},
		// The broadcast's: two agreements, then the checkpoint.
		{"broadcast", 3, 2, 2, false, func(net *Net, c Collectives, _ *TrainSetup) error {
			return net.CommBroadcast(c)
		}, "Broadcast"},
		{"broadcast, panic", 2, 1, 2, true, func(net *Net, c Collectives, _ *TrainSetup) error {
			return net.CommBroadcast(c)
		}, "Broadcast panicked"},
		{"run", 3, 1, 9, false, func(net *Net, c Collectives, setup *TrainSetup) error {
			_, err := net.CommTrainRun(c, setup, x, y, 40, nil)
			return err
		}, "Collectives.SumFloat32"},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := classifier(t, 8, 2)
			defer base.Close()
			nets := clones(t, base, c.size)
			setups := make([]*TrainSetup, c.size)
			for r := range setups {
				setups[r] = newSetup(t, runOptions)
				defer setups[r].Close()
			}
			errs, calls := make([]error, c.size), make([]int, c.size)
			runRanks(t, newWorld(c.size).failing(c.rank, c.at, c.panics), func(r int, comm Collectives) {
				errs[r] = c.call(nets[r], comm, setups[r])
				calls[r] = comm.(*rankComm).calls
			})
			// "a collective that returns nonzero ends the call"
			if calls[c.rank] != c.at+1 {
				t.Errorf("the failing rank made %d collectives; want the call ended by the failing one, number %d",
					calls[c.rank], c.at)
			}
			for r := 0; r < c.size; r++ {
				text := errDown.Error()
				if r == c.rank {
					text = c.method
					if !c.panics {
						text += ": " + errInjected.Error()
					}
				}
				wantError(t, errs[r], StatusIO, "a collective of the communicator failed")
				wantError(t, errs[r], StatusIO, text)
			}
		})
	}
}

func stepCall(x, y []float32) func(net *Net, c Collectives, _ *TrainSetup) error {
	return func(net *Net, c Collectives, _ *TrainSetup) error {
		k, size := c.Rank(), c.Size()
		lo, hi := k*len(y)/size, (k+1)*len(y)/size
		_, err := net.CommTrainStep(c, x[2*lo:2*hi], y[lo:hi], hi-lo, 0.1)
		return err
	}
}

// A call Go refuses on one rank (a slice of the wrong length, a closed
// Net, a bad option) is that rank's error, and the binding still takes
// part so that the other ranks fail too (StatusArg, "rank R: ... net is
// NULL") instead of waiting, their nets unchanged.
func TestCommRefusedInGo(t *testing.T) {
	x, y := points(40, false)
	opts := DefaultTrainOptions()
	for _, c := range []struct {
		name   string
		bad    int // the rank Go refuses
		call   func(net *Net, c Collectives, setup *TrainSetup, bad bool) error
		status Status
		text   string
		lib    string // the library's function, in the others' message
	}{
		{"step, x too short", 1, func(net *Net, c Collectives, _ *TrainSetup, bad bool) error {
			xs := x[:20]
			if bad {
				xs = x[:19]
			}
			_, err := net.CommTrainStep(c, xs, y[:10], 10, 0.1)
			return err
		}, StatusShape, "CommTrainStep: x has 19 values", "ffnn_comm_train_step"},
		{"step, values with 0 rows", 0, func(net *Net, c Collectives, _ *TrainSetup, bad bool) error {
			rows := 10
			if bad {
				rows = 0
			}
			_, err := net.CommTrainStep(c, x[:20], y[:10], rows, 0.1)
			return err
		}, StatusShape, "0 rows, but x has 20 values", "ffnn_comm_train_step"},
		{"train, negative epochs", 0, func(net *Net, c Collectives, _ *TrainSetup, bad bool) error {
			o := opts
			if bad {
				o.Epochs = -1
			}
			_, err := net.CommTrain(c, x, y, 40, o, nil)
			return err
		}, StatusArg, "negative", "ffnn_comm_train"},
		{"resume, y too long", 1, func(net *Net, c Collectives, _ *TrainSetup, bad bool) error {
			ys := y
			if bad {
				ys = append(y[:40:40], 0)
			}
			_, err := net.CommTrainResume(c, x, ys, 40, opts, SplitLast, nil)
			return err
		}, StatusShape, "y has 41 values", "ffnn_comm_train_resume"},
		{"run, closed setup", 1, func(net *Net, c Collectives, setup *TrainSetup, bad bool) error {
			if bad {
				setup.Close()
			}
			_, err := net.CommTrainRun(c, setup, x, y, 40, nil)
			return err
		}, StatusState, "TrainSetup is nil or closed", "ffnn_comm_train_run"},
		{"broadcast, closed net", 1, func(net *Net, c Collectives, _ *TrainSetup, bad bool) error {
			if bad {
				net.Close()
			}
			return net.CommBroadcast(c)
		}, StatusState, "the Net is closed", "ffnn_comm_broadcast"},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := classifier(t, 8, 2)
			defer base.Close()
			nets := clones(t, base, 2)
			setups := []*TrainSetup{newSetup(t, runOptions), newSetup(t, runOptions)}
			defer setups[0].Close()
			defer setups[1].Close()
			before := paramsOf(t, base)
			errs := make([]error, 2)
			runRanks(t, newWorld(2), func(r int, comm Collectives) {
				errs[r] = c.call(nets[r], comm, setups[r], r == c.bad)
			})
			wantError(t, errs[c.bad], c.status, c.text)
			good := 1 - c.bad
			wantError(t, errs[good], StatusArg, fmt.Sprintf("rank %d: %s: net is NULL", c.bad, c.lib))
			sameBits(t, "the other rank's weights", paramsOf(t, nets[good]), before)
		})
	}
}

// What Go refuses before any rank could take part: no Collectives, or a
// rank outside the size, which the library refuses at once.
func TestCommBadCommunicator(t *testing.T) {
	net := classifier(t, 4, 1)
	defer net.Close()
	x, y := points(8, false)
	_, err := net.CommTrainStep(nil, x, y, 8, 0.1)
	wantError(t, err, StatusArg, "CommTrainStep: the Collectives are nil")
	wantError(t, net.CommBroadcast(nil), StatusArg, "the Collectives are nil")
	for _, c := range []badComm{{1, 1}, {-1, 2}, {0, 0}, {0, math.MaxInt32 + 1}} {
		_, err := net.CommTrainStep(c, x, y, 8, 0.1)
		text := "rank is not in 0..size-1"
		if c.size > math.MaxInt32 {
			text = "outside a C int"
		}
		wantError(t, err, StatusArg, text)
	}
}
