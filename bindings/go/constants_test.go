package ffnn

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var (
	cComment   = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	cEnumBody  = regexp.MustCompile(`\benum\b[^{};]*\{([^}]*)\}`)
	cEnumEntry = regexp.MustCompile(`(?s)^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(.*))?$`)
	cDefineInt = regexp.MustCompile(`(?m)^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(\d+)\s*$`)
)

// cEnumerators returns every enumerator of every enum in C source text with
// its value: the "= N" after it (N an integer literal, on the same line or
// the next), or, without one, one more than the enumerator before it (0 for
// an enum's first), as C gives it. A value this simple parser cannot read
// (an expression) is an error, so that the test fails rather than guess.
func cEnumerators(text string) (map[string]int64, error) {
	found := map[string]int64{}
	code := cComment.ReplaceAllString(text, " ")
	for _, body := range cEnumBody.FindAllStringSubmatch(code, -1) {
		next := int64(0)
		for _, item := range strings.Split(body[1], ",") {
			item = strings.TrimSpace(item)
			if item == "" { // after a trailing comma
				continue
			}
			m := cEnumEntry.FindStringSubmatch(item)
			if m == nil {
				return nil, fmt.Errorf("cannot read the enumerator %q", item)
			}
			if m[2] != "" {
				v, err := strconv.ParseInt(strings.TrimSpace(m[2]), 0, 64)
				if err != nil {
					return nil, fmt.Errorf("%s = %s: not an integer literal", m[1], m[2])
				}
				next = v
			}
			if _, dup := found[m[1]]; dup {
				return nil, fmt.Errorf("%s is defined twice", m[1])
			}
			found[m[1]] = next
			next++
		}
	}
	return found, nil
}

// The parser itself, on the forms C allows: implicit values continue from
// the last explicit one, a value may be on the next line, comments may
// contain commas and braces, a trailing comma is allowed.
func TestCEnumerators(t *testing.T) {
	got, err := cEnumerators(`
typedef enum {
    X_A = 0, /* a comment, with a comma } and a brace */
    X_B,     // one more than X_A
    X_C =
        5,
    X_D,
} x;
enum y { Y_A = 0x10, Y_B, Y_C = -2, Y_D };`)
	must(t, err)
	want := map[string]int64{"X_A": 0, "X_B": 1, "X_C": 5, "X_D": 6,
		"Y_A": 16, "Y_B": 17, "Y_C": -2, "Y_D": -1}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("parsed %v; want %v", got, want)
	}
	if _, err := cEnumerators("enum { Z_A = 1 << 2 };"); err == nil {
		t.Fatal("an expression was read as a value")
	}
}

// headerConstants maps every enumerator of ffnn.h this package binds to
// its Go constant. A constant added to the header must be added here (and
// to the package); the test says so.
var headerConstants = map[string]interface{}{
	"FFNN_OK":          StatusOK,
	"FFNN_ERR_ARG":     StatusArg,
	"FFNN_ERR_SHAPE":   StatusShape,
	"FFNN_ERR_NOMEM":   StatusNoMem,
	"FFNN_ERR_STATE":   StatusState,
	"FFNN_ERR_IO":      StatusIO,
	"FFNN_ERR_FORMAT":  StatusFormat,
	"FFNN_ERR_NUMERIC": StatusNumeric,

	"FFNN_ACT_LINEAR":     Linear,
	"FFNN_ACT_SIGMOID":    Sigmoid,
	"FFNN_ACT_TANH":       Tanh,
	"FFNN_ACT_RELU":       ReLU,
	"FFNN_ACT_SOFTMAX":    Softmax,
	"FFNN_ACT_LEAKY_RELU": LeakyReLU,
	"FFNN_ACT_ELU":        ELU,
	"FFNN_ACT_GELU":       GELU,
	"FFNN_ACT_SILU":       SiLU,
	"FFNN_ACT_SOFTPLUS":   Softplus,

	"FFNN_LOSS_MSE": MSE,
	"FFNN_LOSS_BCE": BCE,
	"FFNN_LOSS_CE":  CE,

	"FFNN_BACKEND_AUTO":  BackendAuto,
	"FFNN_BACKEND_BLAS":  BackendBLAS,
	"FFNN_BACKEND_NAIVE": BackendNaive,

	"FFNN_OPT_SGD":      SGD,
	"FFNN_OPT_MOMENTUM": Momentum,
	"FFNN_OPT_NESTEROV": Nesterov,
	"FFNN_OPT_ADAM":     Adam,

	"FFNN_PARAM_MOMENTUM":     ParamMomentum,
	"FFNN_PARAM_BETA1":        ParamBeta1,
	"FFNN_PARAM_BETA2":        ParamBeta2,
	"FFNN_PARAM_EPSILON":      ParamEpsilon,
	"FFNN_PARAM_WEIGHT_DECAY": ParamWeightDecay,

	"FFNN_SPLIT_LAST":       SplitLast,
	"FFNN_SPLIT_SHUFFLED":   SplitShuffled,
	"FFNN_SPLIT_STRATIFIED": SplitStratified,

	"FFNN_TRAIN_BATCH_SIZE":          TrainBatchSize,
	"FFNN_TRAIN_EPOCHS":              TrainEpochs,
	"FFNN_TRAIN_LEARNING_RATE":       TrainLearningRate,
	"FFNN_TRAIN_VALIDATION_FRACTION": TrainValidationFraction,
	"FFNN_TRAIN_SEED":                TrainSeed,
	"FFNN_TRAIN_SHUFFLE":             TrainShuffle,
	"FFNN_TRAIN_REPORT_EVERY":        TrainReportEvery,
	"FFNN_TRAIN_VALIDATION_SPLIT":    TrainValidationSplit,
	"FFNN_TRAIN_RESUME":              TrainResume,
	"FFNN_TRAIN_SCHEDULE":            TrainSchedule,
	"FFNN_TRAIN_WARMUP_EPOCHS":       TrainWarmupEpochs,
	"FFNN_TRAIN_STEP_EPOCHS":         TrainStepEpochs,
	"FFNN_TRAIN_STEP_FACTOR":         TrainStepFactor,
	"FFNN_TRAIN_MIN_LEARNING_RATE":   TrainMinLearningRate,
	"FFNN_TRAIN_PATIENCE":            TrainPatience,
	"FFNN_TRAIN_MIN_DELTA":           TrainMinDelta,
	"FFNN_TRAIN_MONITOR":             TrainMonitor,
	"FFNN_TRAIN_RESTORE_BEST":        TrainRestoreBest,

	"FFNN_SCHEDULE_CONSTANT": ScheduleConstant,
	"FFNN_SCHEDULE_STEP":     ScheduleStep,
	"FFNN_SCHEDULE_COSINE":   ScheduleCosine,

	"FFNN_MONITOR_VAL_LOSS":     MonitorValLoss,
	"FFNN_MONITOR_VAL_ACCURACY": MonitorValAccuracy,
	"FFNN_MONITOR_TRAIN_LOSS":   MonitorTrainLoss,

	"FFNN_RESULT_LEARNING_RATE": ResultLearningRate,
	"FFNN_RESULT_BEST_EPOCH":    ResultBestEpoch,
	"FFNN_RESULT_BEST_VALUE":    ResultBestValue,
	"FFNN_RESULT_STOPPED_EARLY": ResultStoppedEarly,
	"FFNN_RESULT_RESTORED":      ResultRestored,
}

// The enumerator families this package binds; the header's others (none
// in ffnn 1.4) are logged, not checked.
var boundFamily = regexp.MustCompile(
	`^FFNN_(OK$|ERR_|ACT_|LOSS_|BACKEND_|OPT_|PARAM_|SPLIT_|TRAIN_|SCHEDULE_|MONITOR_|RESULT_)`)

// The constants are cgo's C.FFNN_... values, so they are the header's; this
// checks that the package has every constant of the header installed (the
// one pkg-config finds, which cgo compiles against), with its value, and a
// name of its own for String.
func TestConstantsMatchHeader(t *testing.T) {
	out, err := exec.Command("pkg-config", "--variable=includedir", "ffnn").Output()
	dir := strings.TrimSpace(string(out))
	if err != nil || dir == "" {
		t.Fatalf("pkg-config --variable=includedir ffnn: %q, %v (is PKG_CONFIG_PATH set?)", dir, err)
	}
	path := filepath.Join(dir, "ffnn.h")
	text, err := os.ReadFile(path)
	must(t, err)
	header, err := cEnumerators(string(text))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}

	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	sort.Strings(names)
	checked := 0
	for _, name := range names {
		if !boundFamily.MatchString(name) {
			t.Logf("%s: %s = %d is not in a family this package binds", path, name, header[name])
			continue
		}
		checked++
		c, ok := headerConstants[name]
		if !ok {
			t.Errorf("%s has %s = %d; the binding has no constant for it", path, name, header[name])
			continue
		}
		if v := reflect.ValueOf(c).Int(); v != header[name] {
			t.Errorf("%s = %d in %s; the binding's %v is %d", name, header[name], path, c, v)
		}
	}
	for name, c := range headerConstants {
		if _, ok := header[name]; !ok {
			t.Errorf("the binding has %s (%v); %s has not", name, c, path)
		}
	}
	if checked < len(headerConstants)/2 { // the parser found next to nothing
		t.Fatalf("%s: %d enumerators of the bound families; the binding has %d", path, checked, len(headerConstants))
	}

	// Every constant has its own name: a status the library's text, which
	// starts with the header's name; the others a name, not "Type(N)".
	seen := map[string]string{}
	for name, c := range headerConstants {
		s := fmt.Sprint(c)
		if _, isStatus := c.(Status); isStatus {
			if !strings.HasPrefix(s, name+":") {
				t.Errorf("%s's String() = %q; want it to start with %q", name, s, name+":")
			}
			continue
		}
		typ := reflect.TypeOf(c).Name()
		if s == fmt.Sprintf("%s(%d)", typ, reflect.ValueOf(c).Int()) || s == "" {
			t.Errorf("%s's String() = %q: no name", name, s)
		}
		if other, dup := seen[typ+" "+s]; dup {
			t.Errorf("%s and %s are both %s %q", name, other, typ, s)
		}
		seen[typ+" "+s] = name
	}

	// HeaderVersion is the header's FFNN_VERSION_NUMBER.
	version := map[string]int{}
	for _, m := range cDefineInt.FindAllStringSubmatch(string(text), -1) {
		version[m[1]], _ = strconv.Atoi(m[2])
	}
	if v := version["FFNN_VERSION_MAJOR"]*10000 + version["FFNN_VERSION_MINOR"]*100 +
		version["FFNN_VERSION_PATCH"]; v != HeaderVersion || v < 10400 {
		t.Errorf("%s is version %d; HeaderVersion %d (this package needs 1.4.0 or later)", path, v, HeaderVersion)
	}

	var zero ValidationSplit // what TrainResume gets from a split left unset
	if zero != SplitLast {
		t.Error("the zero ValidationSplit is not SplitLast")
	}
}

// An enum value the package has no constant for is kept as its number:
// String prints it as Type(N), %d as N, and it reaches C unchanged, which
// refuses it with its own message. Past a C int (where the conversion
// would truncate it into another value) it is refused in Go.
func TestUnknownEnumValues(t *testing.T) {
	for _, c := range []struct {
		v    fmt.Stringer
		want string
	}{
		// Known: the Go name, without a prefix naming the type.
		{Linear, "Linear"}, {Sigmoid, "Sigmoid"}, {Tanh, "Tanh"}, {ReLU, "ReLU"}, {Softmax, "Softmax"},
		{LeakyReLU, "LeakyReLU"}, {ELU, "ELU"}, {GELU, "GELU"}, {SiLU, "SiLU"}, {Softplus, "Softplus"},
		{MSE, "MSE"}, {BCE, "BCE"}, {CE, "CE"},
		{BackendAuto, "Auto"}, {BackendBLAS, "BLAS"}, {BackendNaive, "Naive"},
		{SGD, "SGD"}, {Momentum, "Momentum"}, {Nesterov, "Nesterov"}, {Adam, "Adam"},
		{ParamMomentum, "Momentum"}, {ParamBeta1, "Beta1"}, {ParamBeta2, "Beta2"},
		{ParamEpsilon, "Epsilon"}, {ParamWeightDecay, "WeightDecay"},
		{SplitLast, "Last"}, {SplitShuffled, "Shuffled"}, {SplitStratified, "Stratified"},
		// The training setups' by the library's names (the results', which
		// it does not name, in its style).
		{TrainBatchSize, "batch_size"}, {TrainResume, "resume"}, {TrainRestoreBest, "restore_best"},
		{ScheduleConstant, "constant"}, {ScheduleCosine, "cosine"},
		{MonitorValLoss, "val_loss"}, {MonitorTrainLoss, "train_loss"},
		{ResultLearningRate, "learning_rate"}, {ResultRestored, "restored"},
		// Unknown: the type and the number.
		{Activation(99), "Activation(99)"}, {Activation(-1), "Activation(-1)"},
		{Loss(99), "Loss(99)"}, {Backend(99), "Backend(99)"}, {Optimizer(99), "Optimizer(99)"},
		{OptimizerParam(99), "OptimizerParam(99)"}, {ValidationSplit(99), "ValidationSplit(99)"},
		{TrainKey(99), "TrainKey(99)"}, {TrainKey(-1), "TrainKey(-1)"}, {Schedule(99), "Schedule(99)"},
		{Monitor(99), "Monitor(99)"}, {TrainResult(99), "TrainResult(99)"},
	} {
		if got := c.v.String(); got != c.want {
			t.Errorf("%T(%d).String() = %q; want %q", c.v, c.v, got, c.want)
		}
		if got := fmt.Sprint(c.v); got != c.want {
			t.Errorf("fmt.Sprint(%T(%d)) = %q; want %q", c.v, c.v, got, c.want)
		}
	}
	if got := fmt.Sprintf("%d %v", Activation(99), Activation(99)); got != "99 Activation(99)" {
		t.Errorf("%%d %%v of Activation(99): %q", got)
	}

	_, err := New([]int{2, 1}, []Activation{Activation(99)}, MSE, 1)
	wantError(t, err, StatusArg, "ffnn_net_create: activations[0] = 99 is not an activation")
	_, err = New([]int{2, 1}, []Activation{Linear}, Loss(99), 1)
	wantError(t, err, StatusArg, "ffnn_net_create: loss = 99 is not a loss")
	net, err := New([]int{2, 1}, []Activation{Linear}, MSE, 1)
	must(t, err)
	defer net.Close()
	wantError(t, net.SetBackend(Backend(99)), StatusArg, "ffnn_net_set_backend: backend = 99 is not a backend")
	_, err = net.OptimizerParam(OptimizerParam(99))
	wantError(t, err, StatusArg, "ffnn_get_optimizer_param: unknown parameter 99")
	if net.Backend() != BackendAuto {
		t.Fatalf("backend %v after refused calls", net.Backend())
	}

	if strconv.IntSize == 64 { // 1<<32 + 1 would reach C as 1
		big := int64(math.MaxUint32) + 2
		_, err = New([]int{2, 1}, []Activation{Activation(big)}, MSE, 1)
		wantError(t, err, StatusArg, "New: acts[0] = 4294967297 is outside a C int")
		_, err = New([]int{2, 1}, []Activation{Sigmoid}, Loss(big), 1)
		wantError(t, err, StatusArg, "New: loss 4294967297 is outside a C int")
		wantError(t, net.SetBackend(Backend(big)), StatusArg, "SetBackend: backend 4294967297 is outside a C int")
		_, err = net.OptimizerParam(OptimizerParam(big))
		wantError(t, err, StatusArg, "OptimizerParam: param 4294967297 is outside a C int")
		if got := Activation(big).String(); got != "Activation(4294967297)" {
			t.Errorf("Activation(1<<32 + 1).String() = %q", got)
		}
		if got := TrainKey(int64(math.MaxUint32) + 1).String(); got != "TrainKey(4294967296)" {
			t.Errorf("TrainKey(1<<32).String() = %q (C would see key 0)", got)
		}
		setup, err := NewTrainSetup()
		must(t, err)
		defer setup.Close()
		wantError(t, setup.Set(TrainKey(big), 1), StatusArg, "Set: key 4294967297 is outside a C int")
		_, err = setup.Result(TrainResult(big))
		wantError(t, err, StatusArg, "Result: result 4294967297 is outside a C int")
		wantError(t, net.SetOptimizerParam(OptimizerParam(big), 0), StatusArg,
			"SetOptimizerParam: param 4294967297 is outside a C int")
	}
}
