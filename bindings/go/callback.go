package ffnn

// A file with //export may only declare in its preamble, so the C side of
// the progress callback lives in ffnn.go.

/*
#include <stdint.h>
#include <ffnn.h>
*/
import "C"

import (
	"fmt"
	"math"
	"runtime/cgo"
	"unsafe"
)

// ffnnGoProgress is the ffnn_train callback (through ffnn_go_progress): it
// calls the Go progress function behind the handle, whose true (stop) is
// the nonzero result that stops training. A panic must not unwind through ffnn_train's C frames (its
// buffers would leak), so it is caught, stops training, and Train re-raises
// it.
//
//export ffnnGoProgress
func ffnnGoProgress(handle C.uintptr_t, r *C.ffnn_train_report) (stop C.int) {
	state := cgo.Handle(handle).Value().(*progressState)
	defer func() {
		if v := recover(); v != nil {
			state.panicked, state.value, stop = true, v, 1
		}
	}()
	if state.f(reportFromC(r)) {
		return 1
	}
	return 0
}

// The collectives of a Comm call (comm.go), through ffnn_go_sum_floats,
// ffnn_go_sum_doubles and ffnn_go_broadcast: each calls the method of the
// Collectives behind the handle on a slice over the library's buffer (C
// memory, for the call only) and returns 0, or 1 after an error or a
// recovered panic, which commState keeps for the call's message.

//export ffnnGoSumFloats
func ffnnGoSumFloats(handle C.uintptr_t, buf *C.float, n C.size_t) C.int {
	st := cgo.Handle(handle).Value().(*commState)
	return st.run("SumFloat32", func() error {
		k, err := length(n)
		if err != nil {
			return err
		}
		return st.c.SumFloat32(unsafe.Slice((*float32)(unsafe.Pointer(buf)), k))
	})
}

//export ffnnGoSumDoubles
func ffnnGoSumDoubles(handle C.uintptr_t, buf *C.double, n C.size_t) C.int {
	st := cgo.Handle(handle).Value().(*commState)
	return st.run("SumFloat64", func() error {
		k, err := length(n)
		if err != nil {
			return err
		}
		return st.c.SumFloat64(unsafe.Slice((*float64)(unsafe.Pointer(buf)), k))
	})
}

//export ffnnGoBroadcast
func ffnnGoBroadcast(handle C.uintptr_t, buf unsafe.Pointer, bytes C.size_t, root C.int) C.int {
	st := cgo.Handle(handle).Value().(*commState)
	return st.run("Broadcast", func() error {
		k, err := length(bytes)
		if err != nil {
			return err
		}
		return st.c.Broadcast(unsafe.Slice((*byte)(buf), k), int(root))
	})
}

// length is a C count as a Go length (one beyond an int is refused).
func length(n C.size_t) (int, error) {
	if uint64(n) > uint64(math.MaxInt) {
		return 0, fmt.Errorf("a buffer of %d elements is too long", uint64(n))
	}
	return int(n), nil
}
