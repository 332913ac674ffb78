package ffnn

// A file with //export may only declare in its preamble, so the C side of
// the progress callback lives in ffnn.go.

/*
#include <stdint.h>
#include <ffnn.h>
*/
import "C"

import "runtime/cgo"

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
