package ffnn

// Data-parallel training over a communicator (ffnn.h section 14, since
// ffnn 1.3.0; CommTrainRun since 1.4.0). The Go side of the collectives,
// the //export trampolines, is in callback.go: a file with //export may
// only declare in its preamble.

/*
#include <stddef.h>
#include <stdint.h>
#include <ffnn.h>

// Implemented in Go (callback.go).
extern int ffnnGoSumFloats(uintptr_t handle, float *buf, size_t n);
extern int ffnnGoSumDoubles(uintptr_t handle, double *buf, size_t n);
extern int ffnnGoBroadcast(uintptr_t handle, void *buf, size_t bytes, int root);
extern int ffnnGoProgress(uintptr_t handle, ffnn_train_report *r);

static int ffnn_go_sum_floats(void *user, float *buf, size_t n)
{
	return ffnnGoSumFloats((uintptr_t)user, buf, n);
}

static int ffnn_go_sum_doubles(void *user, double *buf, size_t n)
{
	return ffnnGoSumDoubles((uintptr_t)user, buf, n);
}

static int ffnn_go_broadcast(void *user, void *buf, size_t bytes, int root)
{
	return ffnnGoBroadcast((uintptr_t)user, buf, bytes, root);
}

static int ffnn_go_comm_progress(void *user, const ffnn_train_report *r)
{
	return ffnnGoProgress((uintptr_t)user, (ffnn_train_report *)r);
}

// The ffnn_comm lives on the C stack of the shims below, for the call
// only: C memory, whose user pointer is the cgo.Handle of the Go
// Collectives (an integer made void* here, so Go never holds it as a
// pointer).
#define FFNN_GO_COMM(c, rank, size, handle)                                    \
	ffnn_comm c = {(rank), (size), (void *)(handle), ffnn_go_sum_floats,        \
	               ffnn_go_sum_doubles, ffnn_go_broadcast}

static ffnn_status ffnn_go_comm_broadcast(ffnn_net *net, int rank, int size,
                                          uintptr_t comm)
{
	FFNN_GO_COMM(c, rank, size, comm);
	return ffnn_comm_broadcast(net, &c);
}

static ffnn_status ffnn_go_comm_train_step(ffnn_net *net, int rank, int size,
                                           uintptr_t comm, const float *x,
                                           const float *target, size_t rows,
                                           float lr, float *loss)
{
	FFNN_GO_COMM(c, rank, size, comm);
	return ffnn_comm_train_step(net, &c, x, target, rows, lr, loss);
}

// ffnn_comm_train (resume 0) or ffnn_comm_train_resume (1), the options
// copied to C memory with the progress callback behind its handle.
static ffnn_status ffnn_go_comm_train(ffnn_net *net, int rank, int size,
                                      uintptr_t comm, const float *x,
                                      const float *y, size_t n,
                                      const ffnn_train_options *options,
                                      int resume, int split,
                                      ffnn_train_report *report,
                                      uintptr_t progress)
{
	FFNN_GO_COMM(c, rank, size, comm);
	ffnn_train_options o = *options;
	if (progress) {
		o.callback = ffnn_go_comm_progress;
		o.user = (void *)progress;
	}
	if (resume)
		return ffnn_comm_train_resume(net, &c, x, y, n, &o,
		                              (ffnn_validation_split)split, report);
	return ffnn_comm_train(net, &c, x, y, n, &o, report);
}

// ffnn_comm_train_run with the progress callback the setup's for the call
// only, as ffnn_go_train_run (ffnn.go) does.
static ffnn_status ffnn_go_comm_train_run(ffnn_net *net, int rank, int size,
                                          uintptr_t comm,
                                          ffnn_train_setup *setup,
                                          const float *x, const float *y,
                                          size_t n, ffnn_train_report *report,
                                          uintptr_t progress)
{
	FFNN_GO_COMM(c, rank, size, comm);
	if (setup)
		ffnn_train_setup_set_callback(
		    setup, progress ? ffnn_go_comm_progress : NULL, (void *)progress);
	ffnn_status s = ffnn_comm_train_run(net, &c, setup, x, y, n, report);
	if (setup)
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
	"sync/atomic"
)

// Collectives are the collective operations of a group of processes (or
// goroutines), "ranks", over which the Comm methods of Net train one
// model data-parallel (ffnn.h section 14): ffnn knows no transport, and
// calls these, on every rank in the same order, as MPI collectives are
// called. Implement them over MPI, TCP, goroutines in one process (see
// comm_test.go), or anything else.
//
// The slices handed to the methods wrap C memory that is valid for the
// call only: a method must not keep them, nor hand them to another
// goroutine that outlives the call. Each method returns nil on success; an
// error (or a panic, which the binding recovers) makes the library fail
// the Comm call on this rank with StatusIO, whose message then ends with
// the method's error. A failing transport should still let the other
// ranks return: a real one fails on every rank, and one that only fails
// here must not leave the others waiting for this rank's part.
//
// The methods are called on the goroutine that called the Comm method, on
// its OS thread, while that goroutine is inside the C call.
type Collectives interface {
	// Rank is this rank, 0 .. Size()-1. Read once per Comm call.
	Rank() int
	// Size is the number of ranks taking part, >= 1. Read once per call.
	Size() int
	// SumFloat32 makes buf, on every rank, the sum over the ranks of
	// their buf. Every rank must get the same bits (sum in a fixed order,
	// as MPI_Allreduce does).
	SumFloat32(buf []float32) error
	// SumFloat64 is SumFloat32 for float64s.
	SumFloat64(buf []float64) error
	// Broadcast copies buf of rank root to buf of every other rank (all
	// bufs have the same length).
	Broadcast(buf []byte, root int) error
}

// commState is what the cgo.Handle given to C as the ffnn_comm's user
// pointer refers to.
type commState struct {
	c   Collectives
	err error // the first method that failed, with its error or panic
}

// run calls a Collectives method for C: 0 if it succeeded, 1 if it
// returned an error or panicked (a panic must not unwind through the
// library's C frames). The first failure is kept for the call's error.
func (st *commState) run(method string, f func() error) (status C.int) {
	defer func() {
		if v := recover(); v != nil {
			st.fail(fmt.Errorf("Collectives.%s panicked: %v", method, v))
			status = 1
		}
	}()
	if err := f(); err != nil {
		st.fail(fmt.Errorf("Collectives.%s: %w", method, err))
		return 1
	}
	return 0
}

func (st *commState) fail(err error) {
	if st.err == nil {
		st.err = err
	}
}

// comm is a Comm call's communicator: the Collectives behind a handle,
// with the rank and size read once.
type comm struct {
	rank, size C.int
	state      *commState
	handle     cgo.Handle
}

// newComm checks c and puts it behind a handle; close deletes it.
func newComm(fn string, c Collectives) (*comm, error) {
	if c == nil {
		return nil, errorf(StatusArg, "%s: the Collectives are nil", fn)
	}
	rank, size := c.Rank(), c.Size()
	if rank < math.MinInt32 || rank > math.MaxInt32 || size < math.MinInt32 || size > math.MaxInt32 {
		return nil, errorf(StatusArg, "%s: rank %d or size %d is outside a C int", fn, rank, size)
	}
	st := &commState{c: c}
	return &comm{rank: C.int(rank), size: C.int(size), state: st, handle: cgo.NewHandle(st)}, nil
}

func (c *comm) close() { c.handle.Delete() }

func (c *comm) h() C.uintptr_t { return C.uintptr_t(c.handle) }

// call makes the C call on one OS thread (the library passes the failing
// rank's thread-local message between collectives) and returns its error,
// whose message names the Collectives method that failed, if one
// did.
func (c *comm) call(f func() error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread() // also when progress's panic is re-raised
	err := f()
	if e, ok := err.(*Error); ok && c.state.err != nil {
		e.Message += " (this rank's " + c.state.err.Error() + ")"
	}
	return err
}

// takePart is for a call that Go refuses on this rank (a closed Net, a
// slice of the wrong length): the library cannot see that, so that no
// other rank is left waiting for this one, the call is made with a NULL
// net, which the library's protocol has every rank fail (StatusArg, "rank
// R: ...: net is NULL"). This rank returns Go's error. Nothing to do on
// one rank, or when the communicator is unusable (the library then fails
// at once, on this rank only).
func (c *comm) takePart(err error, absent func() C.ffnn_status) error {
	if c.size > 1 && c.rank >= 0 && c.rank < c.size {
		runtime.LockOSThread()
		absent()
		runtime.UnlockOSThread()
	}
	return err
}

// CommBroadcast makes this rank's Net rank 0's (ffnn_comm_broadcast):
// its weights, optimizer with its state and step count, training position
// and metadata; each rank keeps its own backend. Every rank calls it, with
// nets of the same architecture (else StatusShape on all), once before
// training. With one rank it changes nothing.
//
// This, and every Comm method, is a collective: every rank makes the same
// Comm calls in the same order, each on its own Net. A failure on any
// rank (bad data, ranks that disagree) is returned on every rank with the
// same status and the message "rank R: ..." of the lowest failing rank,
// and changes no replica (but a training run refused half-way keeps the
// steps it took, as Train does, on every rank alike). A failure Go finds
// before the C call (a closed
// Net, a slice of the wrong length) is this rank's own error, and the
// other ranks fail too (StatusArg, "rank R: ...: net is NULL": the
// binding takes part as a rank without a net), so none is left waiting.
// A Collectives method that fails (error or panic) fails the call with
// StatusIO, after which the replicas are not known to agree.
func (n *Net) CommBroadcast(c Collectives) error {
	const fn = "CommBroadcast"
	cm, err := newComm(fn, c)
	if err != nil {
		return err
	}
	defer cm.close()
	p, err := n.open(fn)
	if err != nil {
		return cm.takePart(err, func() C.ffnn_status {
			return C.ffnn_go_comm_broadcast(nil, cm.rank, cm.size, cm.h())
		})
	}
	return cm.call(func() error {
		return n.check(C.ffnn_go_comm_broadcast(p, cm.rank, cm.size, cm.h()))
	})
}

// CommTrainStep is one data-parallel training step
// (ffnn_comm_train_step): this rank's rows of the global batch are x
// (rows x n_0) and target (rows x n_L); rows may be 0 (x and target then
// empty or nil) as long as the ranks' rows together, G, are not. The step
// equals TrainStep on the G rows of every rank in rank order, to float
// rounding, and the replicas stay bitwise equal; loss is the global
// batch's mean loss, on every rank. On one rank it is TrainStep, bit for
// bit. See CommBroadcast for the rules of every Comm call.
func (n *Net) CommTrainStep(c Collectives, x, target []float32, rows int,
	lr float32) (float32, error) {
	const fn = "CommTrainStep"
	cm, err := newComm(fn, c)
	if err != nil {
		return 0, err
	}
	defer cm.close()
	p, err := n.open(fn)
	if err == nil && rows < 0 {
		err = errorf(StatusShape, "%s: %d rows; need at least 0", fn, rows)
	}
	if err == nil && rows > 0 {
		err = n.commRows(fn, x, target, rows)
	}
	if err == nil && rows == 0 && (len(x) != 0 || len(target) != 0) {
		err = errorf(StatusShape, "%s: 0 rows, but x has %d values and target %d",
			fn, len(x), len(target))
	}
	if err != nil {
		return 0, cm.takePart(err, func() C.ffnn_status {
			return C.ffnn_go_comm_train_step(nil, cm.rank, cm.size, cm.h(), nil, nil, 0, 0, nil)
		})
	}
	var loss C.float
	err = cm.call(func() error {
		return n.check(C.ffnn_go_comm_train_step(p, cm.rank, cm.size, cm.h(), fp(x),
			fp(target), C.size_t(rows), C.float(lr), &loss))
	})
	if err != nil {
		return 0, err
	}
	return float32(loss), nil
}

// commRows checks that x and y hold rows samples.
func (n *Net) commRows(fn string, x, y []float32, samples int) error {
	err := rows(fn, "x", x, samples, n.inputs())
	if err == nil {
		err = rows(fn, "y", y, samples, n.outputs())
	}
	return err
}

// CommTrain is Train, data-parallel (ffnn_comm_train): every rank passes
// the same samples (the whole data set) and options, and trains on its
// share of each mini-batch, opts.BatchSize being the global batch; rank r
// of N takes rows [floor(r B / N), floor((r+1) B / N)) of a batch of B.
// The ranks' replicas must agree before the call (CommBroadcast first): a
// difference in weights is StatusState on all. The report's losses and
// accuracies are those of all ranks together, so it equals Train's but
// for rounding (and SamplesPerSecond, each rank's own); with one rank the
// weights, state and report equal Train's bit for bit.
//
// progress is called on every rank at the same points with the same
// report; training stops if any rank's progress asks to. Its panic stops
// training and is re-raised on its rank once the C call has returned.
// Checkpoints are the caller's to write, from one rank: every replica
// holds the same state. See CommBroadcast for the rules of every Comm
// call.
func (n *Net) CommTrain(c Collectives, x, y []float32, samples int, opts TrainOptions,
	progress Progress) (TrainReport, error) {
	return n.commTrain("CommTrain", c, x, y, samples, opts, false, SplitLast, progress)
}

// CommTrainResume is TrainResume, data-parallel
// (ffnn_comm_train_resume): CommTrain continued from the net's training
// position, with the held-out samples chosen by split, which must be the
// same on every rank.
func (n *Net) CommTrainResume(c Collectives, x, y []float32, samples int, opts TrainOptions,
	split ValidationSplit, progress Progress) (TrainReport, error) {
	return n.commTrain("CommTrainResume", c, x, y, samples, opts, true, split, progress)
}

func (n *Net) commTrain(fn string, c Collectives, x, y []float32, samples int,
	opts TrainOptions, resume bool, split ValidationSplit, progress Progress) (TrainReport, error) {
	cm, err := newComm(fn, c)
	if err != nil {
		return TrainReport{}, err
	}
	defer cm.close()
	p, err := n.open(fn)
	if err == nil {
		err = n.commRows(fn, x, y, samples)
	}
	var o C.ffnn_train_options
	C.ffnn_train_defaults(&o)
	if err == nil {
		o, err = opts.toC(fn, split)
	}
	cresume := C.int(0)
	if resume {
		cresume = 1
	}
	if err != nil {
		return TrainReport{}, cm.takePart(err, func() C.ffnn_status {
			return C.ffnn_go_comm_train(nil, cm.rank, cm.size, cm.h(), nil, nil, 0, &o,
				cresume, 0, nil, 0)
		})
	}
	var r C.ffnn_train_report
	err = cm.call(func() error {
		return n.withProgress(progress, func(handle C.uintptr_t) C.ffnn_status {
			return C.ffnn_go_comm_train(p, cm.rank, cm.size, cm.h(), fp(x), fp(y),
				C.size_t(samples), &o, cresume, C.int(split), &r, handle)
		})
	})
	return reportFromC(&r), err
}

// CommTrainRun is TrainRun, data-parallel (ffnn_comm_train_run, since
// ffnn 1.4.0): CommTrain (or CommTrainResume, by the setup's TrainResume)
// with the options of a TrainSetup, its schedule and early stopping. Every
// rank passes an equal setup of its own (its options are part of what the
// ranks agree on) and the whole data set; after the run each rank's setup
// holds the same results. With one rank it is TrainRun, bit for bit.
// progress is CommTrain's, with TrainRun's rules for the setup. See
// CommBroadcast for the rules of every Comm call.
func (n *Net) CommTrainRun(c Collectives, setup *TrainSetup, x, y []float32, samples int,
	progress Progress) (TrainReport, error) {
	const fn = "CommTrainRun"
	cm, err := newComm(fn, c)
	if err != nil {
		return TrainReport{}, err
	}
	defer cm.close()
	p, err := n.open(fn)
	if err == nil {
		err = n.commRows(fn, x, y, samples)
	}
	var s *C.ffnn_train_setup
	if err == nil {
		s, err = setup.writable(fn)
	}
	if err != nil {
		return TrainReport{}, cm.takePart(err, func() C.ffnn_status {
			return C.ffnn_go_comm_train_run(nil, cm.rank, cm.size, cm.h(), nil, nil, nil, 0, nil, 0)
		})
	}
	atomic.StoreInt32(&setup.running, 1)
	defer atomic.StoreInt32(&setup.running, 0)
	var r C.ffnn_train_report
	err = cm.call(func() error {
		return n.withProgress(progress, func(handle C.uintptr_t) C.ffnn_status {
			return C.ffnn_go_comm_train_run(p, cm.rank, cm.size, cm.h(), s, fp(x), fp(y),
				C.size_t(samples), &r, handle)
		})
	})
	runtime.KeepAlive(setup)
	return reportFromC(&r), err
}
