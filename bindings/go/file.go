package ffnn

// A file's header: metadata and tensors (ffnn.h section 18, since ffnn
// 1.4.0).

/*
#include <stdint.h>
#include <stdlib.h>
#include <ffnn.h>
*/
import "C"

import (
	"unsafe"
)

// FileHeader is what a safetensors file says of itself
// (ffnn_file_open): its metadata and its tensors, read from the header
// alone, without building a network. Any safetensors file has one, not
// only those ffnn writes (a PyTorch one, a model for another library).
// It is a copy: it holds no C memory and needs no Close.
type FileHeader struct {
	// Size is the file's size in bytes: 8 + the header + the data.
	Size uint64
	// Metadata holds every "__metadata__" entry, in the order of the
	// file's JSON.
	Metadata []MetadataEntry
	// Tensors holds every tensor, ordered by where its bytes begin (as
	// ffnn writes them: layers.1.weight, layers.1.bias, ...).
	Tensors []TensorInfo
}

// MetadataEntry is one "__metadata__" key with its value.
type MetadataEntry struct {
	Key, Value string
}

// TensorInfo is one tensor of a file: its name, its dtype as the file
// spells it ("F32", or one safetensors does not define, such as "Q4_K"),
// its shape (empty, not nil, for a scalar) and its bytes, [Begin, End)
// counted from the start of the file (not of the data, as the header's
// data_offsets are): file[Begin:End] are the tensor's bytes.
type TensorInfo struct {
	Name, DType string
	Shape       []uint64
	Begin, End  uint64
}

// Get returns the value of the metadata key and whether the file has it
// (ffnn_file_get_metadata): ("", false) when it has not, ("", true) for a
// key whose value is "".
func (h *FileHeader) Get(key string) (string, bool) {
	for _, e := range h.Metadata {
		if e.Key == key {
			return e.Value, true
		}
	}
	return "", false
}

// ReadHeader reads the header of the safetensors file at path
// (ffnn_file_open); only the header is read, so a large file is read as
// quickly as a small one. The header is checked as Load checks it (its
// length, the JSON, duplicate keys), and by safetensors' rules for each
// entry (metadata values are strings; a tensor has a dtype, a shape of
// sizes and data_offsets inside the data; a dtype safetensors defines
// covers exactly the bytes its shape needs), but not for what Load needs
// beyond that (an architecture, ffnn's tensors). A file that cannot be
// read is a StatusIO error, a header that breaks a rule a StatusFormat
// error whose message names the entry; a path with a NUL byte, which C
// cannot hold, is a StatusArg error.
func ReadHeader(path string) (*FileHeader, error) {
	cpath, err := cstring("ReadHeader", "path", path)
	if err != nil {
		return nil, err
	}
	defer C.free(unsafe.Pointer(cpath))
	return readHeader(func(f **C.ffnn_file) C.ffnn_status { return C.ffnn_file_open(cpath, f) })
}

// ReadHeaderBytes is ReadHeader of a file's bytes in memory
// (ffnn_file_open_buffer): those of a file, MarshalBinary or
// MarshalCheckpoint. Data shorter than the 8-byte header length, nil or
// empty included, is a StatusFormat error.
func ReadHeaderBytes(data []byte) (*FileHeader, error) {
	// Never NULL, which C refuses as a missing argument: empty data is a
	// file too short to hold the header length. C reads nothing from it.
	p := unsafe.Pointer(&noBytes)
	if len(data) > 0 {
		p = unsafe.Pointer(&data[0])
	}
	return readHeader(func(f **C.ffnn_file) C.ffnn_status {
		return C.ffnn_file_open_buffer(p, C.size_t(len(data)), f)
	})
}

// noBytes is what ReadHeaderBytes hands C for empty data.
var noBytes byte

// readHeader opens a handle with open, copies the header into Go values
// and closes it, all on one OS thread, where ffnn_last_error() (which is
// thread-local) says why an open failed.
func readHeader(open func(**C.ffnn_file) C.ffnn_status) (*FileHeader, error) {
	var h *FileHeader
	err := global(func() C.ffnn_status {
		var f *C.ffnn_file
		if s := open(&f); s != C.FFNN_OK {
			return s
		}
		defer C.ffnn_file_close(f)
		var s C.ffnn_status
		h, s = copyHeader(f)
		return s
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// copyHeader copies what the open handle f holds; the strings it reads
// live only as long as f.
func copyHeader(f *C.ffnn_file) (*FileHeader, C.ffnn_status) {
	h := &FileHeader{
		Size:     uint64(C.ffnn_file_size(f)),
		Metadata: make([]MetadataEntry, int(C.ffnn_file_num_metadata(f))),
		Tensors:  make([]TensorInfo, int(C.ffnn_file_num_tensors(f))),
	}
	for k := range h.Metadata {
		h.Metadata[k] = MetadataEntry{
			Key:   C.GoString(C.ffnn_file_metadata_key(f, C.size_t(k))),
			Value: C.GoString(C.ffnn_file_metadata_value(f, C.size_t(k))),
		}
	}
	for i := range h.Tensors {
		t := C.size_t(i)
		var begin, end C.uint64_t
		if s := C.ffnn_file_tensor_bytes(f, t, &begin, &end); s != C.FFNN_OK {
			return nil, s
		}
		shape := make([]uint64, int(C.ffnn_file_tensor_rank(f, t)))
		for d := range shape {
			shape[d] = uint64(C.ffnn_file_tensor_dim(f, t, C.size_t(d)))
		}
		h.Tensors[i] = TensorInfo{
			Name:  C.GoString(C.ffnn_file_tensor_name(f, t)),
			DType: C.GoString(C.ffnn_file_tensor_dtype(f, t)),
			Shape: shape,
			Begin: uint64(begin),
			End:   uint64(end),
		}
	}
	return h, C.FFNN_OK
}
