package ffnn

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// adamNet is a 3-6-3 softmax/CE network trained with Adam.
func adamNet(t *testing.T) *Net {
	t.Helper()
	net, err := New([]int{3, 6, 3}, []Activation{Tanh, Softmax}, CE, 21)
	must(t, err)
	must(t, net.SetOptimizerAdam(0.9, 0.999, 1e-8))
	return net
}

// sameReport compares reports field by field, bit for bit, but for the
// throughput.
func sameReport(t *testing.T, what string, got, want TrainReport) {
	t.Helper()
	got.SamplesPerSecond, want.SamplesPerSecond = 0, 0
	bits := func(r TrainReport) string {
		return fmt.Sprintf("%d/%d %d/%d %x %x %x %x %v %v", r.Epoch, r.Epochs, r.BatchesDone,
			r.Batches, math.Float64bits(r.TrainLoss), math.Float64bits(r.TrainAccuracy),
			math.Float64bits(r.ValLoss), math.Float64bits(r.ValAccuracy), r.EpochEnd, r.Stopped)
	}
	if bits(got) != bits(want) {
		t.Fatalf("%s: report %+v; want %+v", what, got, want)
	}
}

// Loading a checkpoint, from memory or from a file, gives a net whose next
// Adam steps are those of the saved one, bit for bit; a model (no
// optimizer state) does not.
func TestCheckpointRoundTripAdam(t *testing.T) {
	net := adamNet(t)
	defer net.Close()
	x, y := data(12, 3, 31), oneHot(12, 3)
	for i := 0; i < 5; i++ {
		_, err := net.TrainStep(x, y, 12, 0.05)
		must(t, err)
	}
	buf, err := net.MarshalCheckpoint()
	must(t, err)
	path := filepath.Join(t.TempDir(), "ckpt.safetensors")
	must(t, net.SaveCheckpoint(path))
	file, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(buf, file) {
		t.Fatalf("MarshalCheckpoint (%d bytes) differs from the file SaveCheckpoint wrote (%d bytes)",
			len(buf), len(file))
	}
	model, err := net.MarshalBinary()
	must(t, err)
	if bytes.Equal(model, buf) || !bytes.Contains(buf, []byte("exp_avg_sq")) ||
		bytes.Contains(model, []byte("exp_avg")) {
		t.Fatal("the checkpoint is not a model plus Adam's state")
	}

	fromBuf, err := LoadBytes(buf)
	must(t, err)
	defer fromBuf.Close()
	fromFile, err := Load(path)
	must(t, err)
	defer fromFile.Close()
	fromModel, err := LoadBytes(model)
	must(t, err)
	defer fromModel.Close()
	for _, n := range []*Net{fromBuf, fromFile} {
		if n.Optimizer() != Adam {
			t.Fatalf("loaded optimizer %v; want Adam", n.Optimizer())
		}
		if b1, err := n.OptimizerParam(ParamBeta2); err != nil || b1 != 0.999 {
			t.Fatalf("loaded beta2 %v, %v", b1, err)
		}
	}
	if fromModel.Optimizer() != SGD {
		t.Fatalf("a model loaded with optimizer %v; want SGD", fromModel.Optimizer())
	}
	must(t, fromModel.SetOptimizerAdam(0.9, 0.999, 1e-8)) // fresh state

	sameBits(t, "weights as loaded", layers(t, fromBuf), layers(t, net))
	const K = 7
	for _, n := range []*Net{net, fromBuf, fromFile, fromModel} {
		for i := 0; i < K; i++ {
			_, err := n.TrainStep(x, y, 12, 0.05)
			must(t, err)
		}
	}
	want := layers(t, net)
	sameBits(t, "weights after K steps, from the buffer", layers(t, fromBuf), want)
	sameBits(t, "weights after K steps, from the file", layers(t, fromFile), want)
	got, differ := layers(t, fromModel), false
	for i := range got {
		differ = differ || got[i] != want[i]
	}
	if !differ {
		t.Fatal("a model without Adam's state trained like the checkpoint: the test cannot tell them apart")
	}

	// Closed nets and damaged checkpoints are errors.
	_, err = LoadBytes(buf[:len(buf)-4])
	wantError(t, err, StatusFormat, "ffnn_load")
	wantError(t, net.SaveCheckpoint(filepath.Join(t.TempDir(), "no", "such", "dir")),
		StatusIO, "ffnn_save_checkpoint: cannot")
	c, err := net.Clone()
	must(t, err)
	must(t, c.Close())
	_, err = c.MarshalCheckpoint()
	wantError(t, err, StatusState, "MarshalCheckpoint: the Net is closed")
	wantError(t, c.SaveCheckpoint(path), StatusState, "SaveCheckpoint: the Net is closed")
}

// resumeOptions: 40 samples, 8 held out, 32 trained on in 5 batches of 7
// (the last short), shuffled, a report after every batch.
func resumeOptions() TrainOptions {
	o := DefaultTrainOptions()
	o.Epochs, o.BatchSize, o.LearningRate, o.ValidationFraction = 4, 7, 0.05, 0.2
	o.Seed, o.Shuffle, o.ReportEvery = 99, true, 1
	return o
}

// Training stopped mid-epoch, checkpointed (inside the progress function or
// after Train returned), loaded and resumed ends with the weights and
// reports of a run never stopped.
func TestTrainResumeEqualsUninterrupted(t *testing.T) {
	const n = 40
	x, y := data(n, 3, 41), oneHot(n, 3)
	opts := resumeOptions()

	whole := adamNet(t)
	defer whole.Close()
	var wholeReports []TrainReport
	wholeFinal, err := whole.Train(x, y, n, opts, func(r TrainReport) Stop {
		wholeReports = append(wholeReports, r)
		return false // go on
	})
	must(t, err)
	if wholeFinal.Epoch != 4 || wholeFinal.Batches != 5 || len(wholeReports) != 4*5 {
		t.Fatalf("uninterrupted run: %d reports, final %+v", len(wholeReports), wholeFinal)
	}
	if pos, err := whole.TrainPosition(); err != nil || pos != (TrainPosition{Epoch: 4, RNG: pos.RNG}) {
		t.Fatalf("position after a whole run %+v, %v; want epoch 4, batch 0", pos, err)
	}

	part := adamNet(t)
	defer part.Close()
	inside := filepath.Join(t.TempDir(), "inside.safetensors")
	var partReports []TrainReport
	stop, err := part.Train(x, y, n, opts, func(r TrainReport) Stop {
		partReports = append(partReports, r)
		if r.Epoch == 2 && r.BatchesDone == 3 {
			must(t, part.SaveCheckpoint(inside))
			return true // stop
		}
		return false
	})
	must(t, err)
	if !stop.Stopped || stop.Epoch != 2 || stop.BatchesDone != 3 || len(partReports) != 5+3 {
		t.Fatalf("interrupted run: %d reports, final %+v", len(partReports), stop)
	}
	for i, r := range partReports {
		if i < len(partReports)-1 {
			sameReport(t, fmt.Sprintf("interrupted run's report %d", i), r, wholeReports[i])
		}
	}
	pos, err := part.TrainPosition()
	must(t, err)
	if pos.Epoch != 1 || pos.Batch != 3 || pos.Seen != 21 || pos.Correct > 21 || !(pos.LossSum > 0) {
		t.Fatalf("position after a stop at epoch 2 batch 3: %+v", pos)
	}
	after, err := part.MarshalCheckpoint()
	must(t, err)
	insideBytes, err := os.ReadFile(inside)
	must(t, err)
	if !bytes.Equal(after, insideBytes) {
		t.Fatal("the checkpoint saved in the progress function differs from the one saved after Train")
	}

	for _, from := range []string{"file", "buffer"} {
		var resumed *Net
		if from == "file" {
			resumed, err = Load(inside)
		} else {
			resumed, err = LoadBytes(after)
		}
		must(t, err)
		defer resumed.Close()
		if got, _ := resumed.TrainPosition(); got != pos {
			t.Fatalf("loaded position %+v; want %+v", got, pos)
		}
		var reports []TrainReport
		final, err := resumed.TrainResume(x, y, n, opts, SplitLast, func(r TrainReport) Stop {
			reports = append(reports, r)
			return false // go on
		})
		must(t, err)
		rest := wholeReports[5+3:]
		if len(reports) != len(rest) {
			t.Fatalf("resumed from the %s: %d reports; want %d", from, len(reports), len(rest))
		}
		for i := range rest {
			sameReport(t, fmt.Sprintf("resumed from the %s, report %d", from, i), reports[i], rest[i])
		}
		sameReport(t, "final report", final, wholeFinal)
		sameBits(t, "weights resumed from the "+from, layers(t, resumed), layers(t, whole))
		if got, _ := resumed.TrainPosition(); got != (TrainPosition{Epoch: 4, RNG: got.RNG}) {
			t.Fatalf("position after resuming %+v", got)
		}
		// Complete: returns at once, changes nothing.
		again, err := resumed.TrainResume(x, y, n, opts, SplitLast, nil)
		must(t, err)
		if again.Epoch != 4 || !math.IsNaN(again.TrainLoss) || !math.IsNaN(again.ValLoss) {
			t.Fatalf("resuming a complete run: %+v", again)
		}
		sameBits(t, "weights after resuming a complete run", layers(t, resumed), layers(t, whole))
	}

	// Resuming the interrupted net itself, in memory, is the same.
	final, err := part.TrainResume(x, y, n, opts, SplitLast, nil)
	must(t, err)
	sameReport(t, "in-memory resume's final report", final, wholeFinal)
	sameBits(t, "weights resumed in memory", layers(t, part), layers(t, whole))

	// A position the data cannot have reached is the library's error.
	must(t, part.SetTrainPosition(TrainPosition{Epoch: 1, Batch: 9}))
	_, err = part.TrainResume(x, y, n, opts, SplitLast, nil)
	wantError(t, err, StatusArg, "ffnn_train_resume: the training position (epoch 1, batch 9")
	_, err = part.TrainResume(x, y, n, opts, 7, nil)
	wantError(t, err, StatusArg, "ffnn_train_resume: unknown split 7")
	_, err = part.TrainResume(x, y[1:], n, opts, SplitLast, nil)
	wantError(t, err, StatusShape, "TrainResume: y has 119 values")
	if strconv.IntSize == 64 {
		_, err = part.TrainResume(x, y, n, opts, ValidationSplit(1<<32), nil)
		wantError(t, err, StatusArg, "TrainResume: split 4294967296 is outside a C int")
	}
	// A progress function's panic comes out of TrainResume too.
	must(t, part.SetTrainPosition(TrainPosition{}))
	func() {
		defer func() {
			if r := recover(); r != "resume boom" {
				t.Fatalf("recovered %v", r)
			}
		}()
		part.TrainResume(x, y, n, opts, SplitLast, func(TrainReport) Stop { panic("resume boom") })
		t.Fatal("TrainResume returned after its progress function panicked")
	}()
}

// TrainResume passes its split on: from a zero position, a split's
// training is Train's on the data reordered by SplitRows (training rows
// first), as the header promises, and differs from SplitLast's.
func TestTrainResumeSplit(t *testing.T) {
	const n = 30
	x, y := data(n, 3, 51), oneHot(n, 3)
	opts := resumeOptions()
	opts.ValidationFraction = 0.3
	for _, split := range []ValidationSplit{SplitShuffled, SplitStratified} {
		probe := adamNet(t)
		order, err := probe.SplitRows(y, n, opts.ValidationFraction, split, opts.Seed)
		must(t, err)
		probe.Close()
		rx, ry := make([]float32, 0, len(x)), make([]float32, 0, len(y))
		for _, r := range order {
			rx, ry = append(rx, x[3*r:3*r+3]...), append(ry, y[3*r:3*r+3]...)
		}
		ref := adamNet(t)
		defer ref.Close()
		want, err := ref.Train(rx, ry, n, opts, nil)
		must(t, err)

		net := adamNet(t)
		defer net.Close()
		got, err := net.TrainResume(x, y, n, opts, split, nil)
		must(t, err)
		sameReport(t, split.String()+" split's report", got, want)
		sameBits(t, split.String()+" split's weights", layers(t, net), layers(t, ref))

		last := adamNet(t)
		defer last.Close()
		_, err = last.TrainResume(x, y, n, opts, SplitLast, nil)
		must(t, err)
		if fmt.Sprint(layers(t, last)) == fmt.Sprint(layers(t, net)) {
			t.Fatalf("SplitLast trained like %v", split)
		}
	}
}

// classSorted is 3 classes x 10 rows, class by class, one-hot.
func classSorted() []float32 {
	y := make([]float32, 30*3)
	for r := 0; r < 30; r++ {
		y[3*r+r/10] = 1
	}
	return y
}

func checkPermutation(t *testing.T, what string, order []int, n, nVal int) {
	t.Helper()
	if len(order) != n {
		t.Fatalf("%s: %d rows; want %d", what, len(order), n)
	}
	sorted := append([]int(nil), order...)
	sort.Ints(sorted)
	for i, r := range sorted {
		if r != i {
			t.Fatalf("%s: %v is not a permutation of 0..%d", what, order, n-1)
		}
	}
	train, val := order[:n-nVal], order[n-nVal:]
	if !sort.IntsAreSorted(train) || !sort.IntsAreSorted(val) {
		t.Fatalf("%s: parts %v and %v are not in increasing order", what, train, val)
	}
}

func TestSplitRows(t *testing.T) {
	net, err := New([]int{2, 3}, []Activation{Softmax}, CE, 1)
	must(t, err)
	defer net.Close()
	y := classSorted()

	order, err := net.SplitRows(y, 30, 0.2, SplitStratified, 5)
	must(t, err)
	checkPermutation(t, "stratified", order, 30, 6)
	per := [3]int{}
	for _, r := range order[24:] {
		per[r/10]++
	}
	if per != [3]int{2, 2, 2} {
		t.Fatalf("stratified: held out %v per class (%v); want 2 each", per, order[24:])
	}
	again, err := net.SplitRows(y, 30, 0.2, SplitStratified, 5)
	must(t, err)
	if fmt.Sprint(again) != fmt.Sprint(order) {
		t.Fatalf("the same seed gave %v and %v", order, again)
	}

	// Shuffled reads no y. Some seed draws a held-out part other than a
	// per-class one, and its rows are not the last ones.
	shuffled, err := net.SplitRows(nil, 30, 0.2, SplitShuffled, 5)
	must(t, err)
	checkPermutation(t, "shuffled", shuffled, 30, 6)
	if fmt.Sprint(shuffled[24:]) == "[24 25 26 27 28 29]" {
		t.Fatalf("shuffled split held out the last rows: %v", shuffled)
	}
	// Last: the identity, last round(f n) rows held out.
	last, err := net.SplitRows(nil, 30, 0.2, SplitLast, 5)
	must(t, err)
	for i, r := range last {
		if r != i {
			t.Fatalf("SplitLast: %v", last)
		}
	}
	// fraction 0: nothing held out; a different seed, a different draw.
	none, err := net.SplitRows(nil, 30, 0, SplitShuffled, 5)
	must(t, err)
	checkPermutation(t, "fraction 0", none, 30, 0)
	other, err := net.SplitRows(nil, 30, 0.2, SplitShuffled, 6)
	must(t, err)
	if fmt.Sprint(other) == fmt.Sprint(shuffled) {
		t.Fatalf("seeds 5 and 6 gave the same split %v", other)
	}

	_, err = net.SplitRows(nil, 30, 0.2, SplitStratified, 5)
	wantError(t, err, StatusArg, "ffnn_split_rows: a stratified split needs y")
	_, err = net.SplitRows(y, 30, 1, SplitShuffled, 5)
	wantError(t, err, StatusArg, "ffnn_split_rows: the validation fraction must be in [0, 1)")
	_, err = net.SplitRows(y, 30, 0.2, 3, 5)
	wantError(t, err, StatusArg, "ffnn_split_rows: unknown split 3")
	_, err = net.SplitRows(y[3:], 30, 0.2, SplitStratified, 5)
	wantError(t, err, StatusShape, "SplitRows: y has 87 values; want 30 x 3 = 90")
	_, err = net.SplitRows(nil, 0, 0.2, SplitShuffled, 5)
	wantError(t, err, StatusShape, "SplitRows: 0 rows")
	bad := append([]float32(nil), y...)
	bad[4] = float32(math.NaN())
	_, err = net.SplitRows(bad, 30, 0.2, SplitStratified, 5)
	wantError(t, err, StatusNumeric, "ffnn_split_rows: y contains NaN or infinity")
}

func TestTrainPosition(t *testing.T) {
	net := adamNet(t)
	defer net.Close()
	pos, err := net.TrainPosition()
	must(t, err)
	if pos != (TrainPosition{}) {
		t.Fatalf("a new net's position %+v", pos)
	}
	want := TrainPosition{Epoch: 3, Batch: 2, RNG: 1<<63 + 12345, Seen: 14, Correct: 9, LossSum: 7.125e-3}
	must(t, net.SetTrainPosition(want))
	if got, err := net.TrainPosition(); err != nil || got != want {
		t.Fatalf("position %+v, %v; want %+v", got, err, want)
	}
	// Kept by a checkpoint and a clone, not by a model.
	ckpt, err := net.MarshalCheckpoint()
	must(t, err)
	fromCkpt, err := LoadBytes(ckpt)
	must(t, err)
	defer fromCkpt.Close()
	if got, _ := fromCkpt.TrainPosition(); got != want {
		t.Fatalf("position from a checkpoint %+v; want %+v", got, want)
	}
	clone, err := net.Clone()
	must(t, err)
	defer clone.Close()
	if got, _ := clone.TrainPosition(); got != want {
		t.Fatalf("clone's position %+v; want %+v", got, want)
	}
	model, err := net.MarshalBinary()
	must(t, err)
	fromModel, err := LoadBytes(model)
	must(t, err)
	defer fromModel.Close()
	if got, _ := fromModel.TrainPosition(); got != (TrainPosition{}) {
		t.Fatalf("position from a model %+v; want zero", got)
	}
	// Train starts it from zero.
	x, y := data(10, 3, 61), oneHot(10, 3)
	opts := DefaultTrainOptions()
	opts.BatchSize, opts.Epochs = 4, 2
	_, err = net.Train(x, y, 10, opts, nil)
	must(t, err)
	if got, _ := net.TrainPosition(); got.Epoch != 2 || got.Batch != 0 || got.Seen != 0 {
		t.Fatalf("position after Train %+v", got)
	}

	view, err := net.Share()
	must(t, err)
	defer view.Close()
	wantError(t, view.SetTrainPosition(want), StatusState, "ffnn_set_train_position: this handle shares")
	must(t, clone.Close())
	_, err = clone.TrainPosition()
	wantError(t, err, StatusState, "TrainPosition: the Net is closed")
	wantError(t, clone.SetTrainPosition(want), StatusState, "SetTrainPosition: the Net is closed")
}

func TestMetadata(t *testing.T) {
	net := adamNet(t)
	defer net.Close()
	if v, ok := net.Metadata("user.run"); ok || v != "" {
		t.Fatalf("a new net has user.run = %q", v)
	}
	must(t, net.SetMetadata("user.run", "first"))
	must(t, net.SetMetadata("user.run", "ünïcode run 2")) // replaces
	must(t, net.SetMetadata("user.empty", ""))
	must(t, net.SetMetadata("user.gone", "soon"))
	must(t, net.DeleteMetadata("user.gone"))
	must(t, net.DeleteMetadata("user.never")) // absent: fine
	check := func(what string, n *Net) {
		t.Helper()
		if v, ok := n.Metadata("user.run"); !ok || v != "ünïcode run 2" {
			t.Fatalf("%s: user.run = %q, %v", what, v, ok)
		}
		if v, ok := n.Metadata("user.empty"); !ok || v != "" {
			t.Fatalf("%s: user.empty = %q, %v; want \"\", true", what, v, ok)
		}
		if v, ok := n.Metadata("user.gone"); ok {
			t.Fatalf("%s: removed user.gone = %q", what, v)
		}
		if _, ok := n.Metadata("format"); ok {
			t.Fatalf("%s: Metadata(\"format\") found a file key", what)
		}
	}
	check("set", net)

	path := filepath.Join(t.TempDir(), "meta.safetensors")
	must(t, net.Save(path))
	fromFile, err := Load(path)
	must(t, err)
	defer fromFile.Close()
	check("loaded model", fromFile)
	ckpt, err := net.MarshalCheckpoint()
	must(t, err)
	fromCkpt, err := LoadBytes(ckpt)
	must(t, err)
	defer fromCkpt.Close()
	check("loaded checkpoint", fromCkpt)
	clone, err := net.Clone()
	must(t, err)
	defer clone.Close()
	check("clone", clone)
	must(t, clone.DeleteMetadata("user.run"))
	check("original after the clone changed", net)

	// Bad keys and values: the library's message, or this package's for a
	// NUL byte C cannot hold.
	wantError(t, net.SetMetadata("run", "x"), StatusArg,
		`ffnn_set_metadata: key 'run' must start with "user." and have at most 255 bytes`)
	wantError(t, net.DeleteMetadata("format"), StatusArg, `must start with "user."`)
	wantError(t, net.SetMetadata("user."+strings.Repeat("k", 251), "x"), StatusArg, "at most 255 bytes")
	must(t, net.SetMetadata("user."+strings.Repeat("k", 250), "x"))
	wantError(t, net.SetMetadata("user.bad", "\xff\xfe"), StatusArg, "ffnn_set_metadata: the value is not UTF-8")
	wantError(t, net.SetMetadata("user.a\x00b", "x"), StatusArg, "SetMetadata: the key contains a NUL byte")
	wantError(t, net.SetMetadata("user.a", "x\x00y"), StatusArg, "SetMetadata: the value contains a NUL byte")
	if _, ok := net.Metadata("user.a"); ok {
		t.Fatal("a refused SetMetadata set user.a")
	}
	check("after the refused calls", net)

	view, err := net.Share()
	must(t, err)
	defer view.Close()
	wantError(t, view.SetMetadata("user.run", "x"), StatusState, "ffnn_set_metadata: this handle shares")
	must(t, clone.Close())
	wantError(t, clone.SetMetadata("user.run", "x"), StatusState, "SetMetadata: the Net is closed")
	if _, ok := clone.Metadata("user.empty"); ok {
		t.Fatal("Metadata on a closed Net found a key")
	}
}
