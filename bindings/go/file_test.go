package ffnn

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// safetensors returns a file: the 8-byte little-endian length of header,
// header, then data. The header is padded with spaces, at least one, up to
// a multiple of 8 (safetensors' writers pad it so), so that its length is
// not the JSON's.
func safetensors(header string, data []byte) []byte {
	header += " "
	for len(header)%8 != 0 {
		header += " "
	}
	var file bytes.Buffer
	binary.Write(&file, binary.LittleEndian, uint64(len(header)))
	file.WriteString(header)
	file.Write(data)
	return file.Bytes()
}

// headerLength is the length a safetensors file says its header has.
func headerLength(file []byte) uint64 { return binary.LittleEndian.Uint64(file[:8]) }

// readBoth reads the header of file from its bytes and from a file with
// them, and checks that the two agree.
func readBoth(t *testing.T, file []byte) *FileHeader {
	t.Helper()
	fromBytes, err := ReadHeaderBytes(file)
	must(t, err)
	path := filepath.Join(t.TempDir(), "file.safetensors")
	must(t, os.WriteFile(path, file, 0o666))
	fromPath, err := ReadHeader(path)
	must(t, err)
	if !reflect.DeepEqual(fromBytes, fromPath) {
		t.Fatalf("ReadHeaderBytes: %+v\nReadHeader: %+v", fromBytes, fromPath)
	}
	return fromBytes
}

// A file written by hand: metadata in an order that is not sorted, tensors
// listed in another order than their bytes', a scalar, an empty tensor and
// a dtype safetensors does not define; every field comes back, metadata in
// the JSON's order and tensors in their bytes'.
func TestReadHeaderByHand(t *testing.T) {
	header := `{"q4":{"dtype":"Q4_K","shape":[32],"data_offsets":[16,34]},` +
		`"__metadata__":{"zeta":"last letter, first key","alpha":"caf\u00e9 \"quoted\"","mid":""},` +
		`"w":{"dtype":"F16","shape":[2,3],"data_offsets":[4,16]},` +
		`"empty":{"dtype":"F32","shape":[0],"data_offsets":[34,34]},` +
		`"scalar":{"dtype":"F32","shape":[],"data_offsets":[0,4]}}`
	data := make([]byte, 34)
	for i := range data {
		data[i] = byte(i*7 + 1)
	}
	file := safetensors(header, data)
	n := headerLength(file) // the JSON and the padding
	if n <= uint64(len(header)) || n%8 != 0 || uint64(len(file)) != 8+n+34 {
		t.Fatalf("the test's file: header length %d, JSON %d", n, len(header))
	}
	at := 8 + n // where the data begin
	want := &FileHeader{
		Size: 8 + n + 34,
		Metadata: []MetadataEntry{
			{"zeta", "last letter, first key"},
			{"alpha", "café \"quoted\""},
			{"mid", ""},
		},
		Tensors: []TensorInfo{
			{Name: "scalar", DType: "F32", Shape: []uint64{}, Begin: at, End: at + 4},
			{Name: "w", DType: "F16", Shape: []uint64{2, 3}, Begin: at + 4, End: at + 16},
			{Name: "q4", DType: "Q4_K", Shape: []uint64{32}, Begin: at + 16, End: at + 34},
			{Name: "empty", DType: "F32", Shape: []uint64{0}, Begin: at + 34, End: at + 34},
		},
	}
	got := readBoth(t, file)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("header\n%+v\nwant\n%+v", got, want)
	}
	if got.Tensors[0].Shape == nil {
		t.Fatal("a scalar's Shape is nil; want empty")
	}
	if got.Size != uint64(len(file)) {
		t.Fatalf("Size %d; the file has %d bytes", got.Size, len(file))
	}
	// The byte ranges are the file's: each tensor's bytes are its data.
	for _, tensor := range got.Tensors {
		if !bytes.Equal(file[tensor.Begin:tensor.End], data[tensor.Begin-at:tensor.End-at]) {
			t.Fatalf("%s: file[%d:%d] is not its data", tensor.Name, tensor.Begin, tensor.End)
		}
	}
	for _, c := range []struct {
		key, value string
		ok         bool
	}{
		{"zeta", "last letter, first key", true},
		{"alpha", "café \"quoted\"", true},
		{"mid", "", true},
		{"w", "", false}, // a tensor, not metadata
		{"absent", "", false},
	} {
		if v, ok := got.Get(c.key); v != c.value || ok != c.ok {
			t.Fatalf("Get(%q) = %q, %v; want %q, %v", c.key, v, ok, c.value, c.ok)
		}
	}

	// No metadata and no tensors: empty slices, not nil. "{}" is padded
	// to 8 bytes.
	got = readBoth(t, safetensors("{}", nil))
	want = &FileHeader{Size: 8 + 8, Metadata: []MetadataEntry{}, Tensors: []TensorInfo{}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("an empty header: %+v; want %+v", got, want)
	}
}

// A checkpoint saved by the binding: the metadata and tensors of header
// section 11, shapes of the architecture, byte ranges that tile the data,
// and the bytes of each parameter the net's values.
func TestReadHeaderCheckpoint(t *testing.T) {
	sizes := []int{4, 5, 3, 2}
	net, err := New(sizes, []Activation{ReLU, Tanh, Softmax}, CE, 11)
	must(t, err)
	defer net.Close()
	must(t, net.SetOptimizerAdam(0.9, 0.999, 1e-8))
	must(t, net.SetMetadata("user.note", "read back"))
	x, y := data(8, 4, 5), oneHot(8, 2)
	for i := 0; i < 3; i++ {
		_, err := net.TrainStep(x, y, 8, 0.05)
		must(t, err)
	}
	path := filepath.Join(t.TempDir(), "ckpt.safetensors")
	must(t, net.SaveCheckpoint(path))
	file, err := os.ReadFile(path)
	must(t, err)
	h := readBoth(t, file)
	buf, err := net.MarshalCheckpoint()
	must(t, err)
	if fromBuf, err := ReadHeaderBytes(buf); err != nil || !reflect.DeepEqual(fromBuf, h) {
		t.Fatalf("MarshalCheckpoint's header %+v, %v; want the file's %+v", fromBuf, err, h)
	}

	if h.Size != uint64(len(file)) {
		t.Fatalf("Size %d; the file has %d bytes", h.Size, len(file))
	}
	for key, want := range map[string]string{"format": "ffnn", "sizes": "4,5,3,2",
		"activations": "relu,tanh,softmax", "loss": "ce", "optimizer": "adam",
		"user.note": "read back"} {
		if got, ok := h.Get(key); !ok || got != want {
			t.Fatalf("metadata %s = %q, %v; want %q", key, got, ok, want)
		}
	}
	seen := map[string]bool{}
	for _, e := range h.Metadata {
		if seen[e.Key] {
			t.Fatalf("metadata key %s twice", e.Key)
		}
		seen[e.Key] = true
	}

	// Every parameter with Adam's two tensors beside it, and nothing else.
	type param struct {
		l     int
		shape []uint64
	}
	want := map[string]param{}
	var order []string // the parameters as ffnn writes them
	for l := 1; l < len(sizes); l++ {
		for _, p := range []param{{l, []uint64{uint64(sizes[l]), uint64(sizes[l-1])}},
			{l, []uint64{uint64(sizes[l])}}} {
			name := fmt.Sprintf("layers.%d.weight", l)
			if len(p.shape) == 1 {
				name = fmt.Sprintf("layers.%d.bias", l)
			}
			order = append(order, name)
			for _, suffix := range []string{"", ".exp_avg", ".exp_avg_sq"} {
				want[name+suffix] = p
			}
		}
	}
	if len(h.Tensors) != len(want) {
		t.Fatalf("%d tensors; want %d: %+v", len(h.Tensors), len(want), h.Tensors)
	}
	index := map[string]int{}
	begin := 8 + headerLength(file) // the tensors tile the data from here
	for i, tensor := range h.Tensors {
		p, ok := want[tensor.Name]
		if !ok {
			t.Fatalf("tensor %q is not a parameter nor Adam's state", tensor.Name)
		}
		if _, twice := index[tensor.Name]; twice {
			t.Fatalf("tensor %q twice", tensor.Name)
		}
		index[tensor.Name] = i
		if tensor.DType != "F32" || !reflect.DeepEqual(tensor.Shape, p.shape) {
			t.Fatalf("%s: %s %v; want F32 %v", tensor.Name, tensor.DType, tensor.Shape, p.shape)
		}
		elements := uint64(1)
		for _, d := range p.shape {
			elements *= d
		}
		if tensor.Begin != begin || tensor.End != begin+4*elements {
			t.Fatalf("%s: bytes [%d, %d); want [%d, %d)", tensor.Name, tensor.Begin,
				tensor.End, begin, begin+4*elements)
		}
		begin = tensor.End
	}
	if begin != uint64(len(file)) {
		t.Fatalf("the last tensor ends at %d; the file at %d", begin, len(file))
	}
	for k := 1; k < len(order); k++ {
		if index[order[k-1]] > index[order[k]] {
			t.Fatalf("%s comes after %s", order[k-1], order[k])
		}
	}

	// The bytes are the net's parameters, little-endian F32.
	values := func(name string) []float32 {
		tensor := h.Tensors[index[name]]
		raw := file[tensor.Begin:tensor.End]
		v := make([]float32, len(raw)/4)
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		return v
	}
	for l := 1; l < len(sizes); l++ {
		W, b, err := net.Layer(l)
		must(t, err)
		sameBits(t, fmt.Sprintf("layers.%d.weight", l), values(fmt.Sprintf("layers.%d.weight", l)), W)
		sameBits(t, fmt.Sprintf("layers.%d.bias", l), values(fmt.Sprintf("layers.%d.bias", l)), b)
	}
}

// Damaged files, paths that are not files and empty data: the library's
// status and message, and no header.
func TestReadHeaderErrors(t *testing.T) {
	bad := func(what string, file []byte, s Status, text string) {
		t.Helper()
		h, err := ReadHeaderBytes(file)
		wantError(t, err, s, text)
		if h != nil {
			t.Fatalf("%s: a header beside the error: %+v", what, h)
		}
		path := filepath.Join(t.TempDir(), "bad.safetensors")
		must(t, os.WriteFile(path, file, 0o666))
		h, err = ReadHeader(path)
		wantError(t, err, s, text)
		if h != nil {
			t.Fatalf("%s, from a path: a header beside the error: %+v", what, h)
		}
	}
	u8 := func(offsets string) string {
		return `{"user.tensor":{"dtype":"U8","shape":[4],"data_offsets":` + offsets + `}}`
	}
	bad("a metadata value that is a number",
		safetensors(`{"__metadata__":{"fine":"x","user.epochs_done":3}}`, nil),
		StatusFormat, "user.epochs_done")
	bad("offsets past the data", safetensors(u8("[2,6]"), make([]byte, 4)),
		StatusFormat, "user.tensor")
	bad("reversed offsets", safetensors(u8("[4,0]"), make([]byte, 4)), StatusFormat, "user.tensor")
	bad("a length that is not the shape's", safetensors(u8("[0,3]"), make([]byte, 4)),
		StatusFormat, "user.tensor")
	bad("a header that is not JSON", safetensors(`{"a":`, nil), StatusFormat, "ffnn_file_open")
	bad("a header length past the end", safetensors(`{}`, nil)[:12], StatusFormat, "ffnn_file_open")
	bad("7 bytes", make([]byte, 7), StatusFormat, "ffnn_file_open")
	bad("an empty file", []byte{}, StatusFormat, "ffnn_file_open")

	// Empty data in memory never reaches C as NULL.
	for _, empty := range [][]byte{nil, {}, make([]byte, 0, 16)} {
		h, err := ReadHeaderBytes(empty)
		wantError(t, err, StatusFormat, "ffnn_file_open")
		if h != nil {
			t.Fatalf("empty data: a header %+v", h)
		}
	}

	dir := t.TempDir()
	_, err := ReadHeader(filepath.Join(dir, "missing.safetensors"))
	wantError(t, err, StatusIO, "ffnn_file_open: cannot open")
	_, err = ReadHeader(dir)
	wantError(t, err, StatusIO, "ffnn_file_open: cannot read")
	_, err = ReadHeader(filepath.Join(dir, "a\x00b"))
	wantError(t, err, StatusArg, "ReadHeader: the path contains a NUL byte")
}

// ffnn_last_error() is thread-local: goroutines failing at once each get
// the message of their own call. (Without the binding's LockOSThread this
// passes as long as no goroutine moves to another thread between the
// failing call and the read of its message, which is rare; it fails when
// one does, as a Gosched there shows.)
func TestReadHeaderErrorsConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	failed := make(chan string, 16)
	for g := 0; g < 16; g++ {
		key := fmt.Sprintf("user.key_of_goroutine_%d", g)
		file := safetensors(`{"__metadata__":{"`+key+`":1}}`, nil)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				_, err := ReadHeaderBytes(file)
				if err == nil || !strings.Contains(err.Error(), key+":") {
					failed <- fmt.Sprintf("%s: got %v", key, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(failed)
	for msg := range failed {
		t.Error(msg)
	}
}
