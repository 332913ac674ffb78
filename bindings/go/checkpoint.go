package ffnn

// Checkpoints, the training position, validation splits and metadata
// (ffnn.h sections 11 and 12, since ffnn 1.2.0). TrainResume is beside
// Train in ffnn.go.

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
	"strings"
	"unsafe"
)

// SaveCheckpoint writes a checkpoint to a safetensors file: the model (as
// Save writes it) plus the optimizer with its state and step count and the
// training position, so that a net loaded from it (Load) continues
// training bit for bit, with TrainResume or step by step. It may be called
// from Train's or TrainResume's progress function. The save is atomic, as
// Save's is. ffnn 1.0 and 1.1 refuse a checkpoint with momentum or Adam
// state rather than drop it.
func (n *Net) SaveCheckpoint(path string) error {
	p, err := n.open("SaveCheckpoint")
	if err != nil {
		return err
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	return n.check(C.ffnn_save_checkpoint(p, cpath))
}

// MarshalCheckpoint returns the bytes SaveCheckpoint would write; LoadBytes
// reads them.
func (n *Net) MarshalCheckpoint() ([]byte, error) {
	p, err := n.open("MarshalCheckpoint")
	if err != nil {
		return nil, err
	}
	var size C.size_t
	if err := n.check(C.ffnn_save_checkpoint_buffer(p, nil, 0, &size)); err != nil {
		return nil, err
	}
	buf := make([]byte, int(size))
	if err := n.check(C.ffnn_save_checkpoint_buffer(p, unsafe.Pointer(&buf[0]), size, &size)); err != nil {
		return nil, err
	}
	return buf[:int(size)], nil
}

// TrainPosition mirrors ffnn_train_position: where Train or TrainResume
// are in a run. The shuffling generator is SplitMix64, whose whole state is
// RNG.
type TrainPosition struct {
	Epoch   uint64  // epochs completed
	Batch   uint64  // mini-batches completed of the epoch under way
	RNG     uint64  // shuffling state at the start of that epoch; at epoch 0 batch 0 the options' Seed is used
	Seen    uint64  // samples that epoch has trained on so far
	Correct uint64  // of those, the ones predicted right
	LossSum float64 // sum over its batches of mean loss x rows
}

// TrainPosition returns the net's training position
// (ffnn_get_train_position): zero for a new net or one loaded from a
// model, advanced by every step of Train and TrainResume, restored by
// loading a checkpoint.
func (n *Net) TrainPosition() (TrainPosition, error) {
	p, err := n.open("TrainPosition")
	if err != nil {
		return TrainPosition{}, err
	}
	var c C.ffnn_train_position
	if err := n.check(C.ffnn_get_train_position(p, &c)); err != nil {
		return TrainPosition{}, err
	}
	return TrainPosition{
		Epoch:   uint64(c.epoch),
		Batch:   uint64(c.batch),
		RNG:     uint64(c.rng),
		Seen:    uint64(c.seen),
		Correct: uint64(c.correct),
		LossSum: float64(c.loss_sum),
	}, nil
}

// SetTrainPosition sets the net's training position
// (ffnn_set_train_position), e.g. TrainPosition{} to train again from the
// start with TrainResume. Any values are accepted here; TrainResume checks
// them against its data. A view (Share) refuses it with StatusState.
func (n *Net) SetTrainPosition(pos TrainPosition) error {
	p, err := n.open("SetTrainPosition")
	if err != nil {
		return err
	}
	c := C.ffnn_train_position{
		epoch:    C.uint64_t(pos.Epoch),
		batch:    C.uint64_t(pos.Batch),
		rng:      C.uint64_t(pos.RNG),
		seen:     C.uint64_t(pos.Seen),
		correct:  C.uint64_t(pos.Correct),
		loss_sum: C.double(pos.LossSum),
	}
	return n.check(C.ffnn_set_train_position(p, &c))
}

// ValidationSplit is an ffnn_validation_split: how the samples held out for
// validation are chosen (TrainResume, SplitRows).
type ValidationSplit int

const (
	// SplitLast holds out the last round(f n) rows, as Train does. It is
	// the zero value.
	SplitLast ValidationSplit = C.FFNN_SPLIT_LAST
	// SplitShuffled holds out round(f n) rows drawn with the seed.
	SplitShuffled ValidationSplit = C.FFNN_SPLIT_SHUFFLED
	// SplitStratified draws the held-out rows class by class, so that
	// every class keeps its share: a row's class is argmax y, or y > 0.5
	// with one output.
	SplitStratified ValidationSplit = C.FFNN_SPLIT_STRATIFIED
)

// String is the constant's name without "Split", e.g. "Stratified".
func (s ValidationSplit) String() string {
	switch s {
	case SplitLast:
		return "Last"
	case SplitShuffled:
		return "Shuffled"
	case SplitStratified:
		return "Stratified"
	}
	return "ValidationSplit(" + strconv.Itoa(int(s)) + ")"
}

// check refuses a split outside a C int, which the C call would truncate
// into another value (one inside is passed on, and the library refuses an
// unknown one).
func (s ValidationSplit) check(fn string) error {
	if s < math.MinInt32 || s > math.MaxInt32 {
		return errorf(StatusArg, "%s: split %d is outside a C int", fn, int(s))
	}
	return nil
}

// SplitRows returns the split TrainResume makes of n rows
// (ffnn_split_rows): a permutation of 0 .. n-1 whose first n - n_val
// entries are the training rows and last n_val the held-out ones, each part
// in increasing row order, n_val = round(fraction n). y (n x n_L) is read
// for SplitStratified only, and may be nil otherwise. Stratified, each
// class holds out floor(fraction n_c) rows, and the rows left to reach
// n_val go to the classes with the largest remainders (the lower class
// first on a tie). The same seed gives the same split everywhere. Data
// reordered so (training rows first) trains with SplitLast exactly as the
// original does with split.
func (n *Net) SplitRows(y []float32, samples int, fraction float32,
	split ValidationSplit, seed uint64) ([]int, error) {
	const fn = "SplitRows"
	p, err := n.open(fn)
	if err == nil && samples < 1 {
		err = errorf(StatusShape, "%s: %d rows; need at least 1", fn, samples)
	}
	if err == nil && y != nil {
		err = rows(fn, "y", y, samples, n.outputs())
	}
	if err == nil {
		err = split.check(fn)
	}
	if err != nil {
		return nil, err
	}
	order := make([]C.size_t, samples)
	if err := n.check(C.ffnn_split_rows(p, fp(y), C.size_t(samples), C.float(fraction),
		C.ffnn_validation_split(split), C.uint64_t(seed), &order[0])); err != nil {
		return nil, err
	}
	out := make([]int, samples)
	for i, r := range order {
		out[i] = int(r)
	}
	return out, nil
}

// cstring is C.CString for a key or value, which C cannot hold if it
// contains a NUL byte (the text would end there).
func cstring(fn, what, s string) (*C.char, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return nil, errorf(StatusArg, "%s: the %s contains a NUL byte", fn, what)
	}
	return C.CString(s), nil
}

// SetMetadata attaches key = value to the net (ffnn_set_metadata),
// replacing the key's old value. key must start with "user." (ffnn owns
// every other name) and have at most 255 bytes; key and value must be
// UTF-8 without NUL bytes. Saved in models and checkpoints, restored by
// Load, copied by Clone. A view (Share) refuses it with StatusState.
func (n *Net) SetMetadata(key, value string) error {
	return n.setMetadata("SetMetadata", key, &value)
}

// DeleteMetadata removes key from the net's metadata
// (ffnn_set_metadata with a NULL value); removing a key the net does not
// have is not an error, but the key must still be a valid name.
func (n *Net) DeleteMetadata(key string) error {
	return n.setMetadata("DeleteMetadata", key, nil)
}

func (n *Net) setMetadata(fn, key string, value *string) error {
	p, err := n.open(fn)
	if err != nil {
		return err
	}
	ckey, err := cstring(fn, "key", key)
	if err != nil {
		return err
	}
	defer C.free(unsafe.Pointer(ckey))
	var cvalue *C.char
	if value != nil {
		if cvalue, err = cstring(fn, "value", *value); err != nil {
			return err
		}
		defer C.free(unsafe.Pointer(cvalue))
	}
	return n.check(C.ffnn_set_metadata(p, ckey, cvalue))
}

// Metadata returns the value of key (ffnn_get_metadata) and whether the
// net has the key: ("", false) when it has not (or is closed), ("", true)
// for a key set to "".
func (n *Net) Metadata(key string) (value string, ok bool) {
	if n.p == nil || strings.IndexByte(key, 0) >= 0 {
		return "", false
	}
	ckey := C.CString(key)
	defer C.free(unsafe.Pointer(ckey))
	v := C.ffnn_get_metadata(n.p, ckey)
	if v == nil {
		return "", false
	}
	value = C.GoString(v) // valid until the key is set again: copy now
	runtime.KeepAlive(n)  // see check
	return value, true
}
