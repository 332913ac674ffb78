//! Safe Rust binding to ffnn, feed-forward neural networks in C
//! (`include/ffnn.h` is the manual; this crate follows its notation).
//!
//! Arrays are row-major `f32` slices passed to C without copying. Every
//! length is checked against the network's shape, here before C reads or
//! writes, or by C itself where it is told the slice's length (the flat
//! vectors of [`Net::param_vector`] and its kin), so a wrong length is an
//! [`Error`] rather than memory corruption.
//!
//! A [`Net`] is `Send` but not `Sync`: the library allows one thread per
//! handle at a time, and `&mut self` on every mutating call enforces it.
//! To run one model on many threads, give each a [`View`] ([`Net::share`]):
//! it reads the network's weights in place and borrows the network, so the
//! compiler keeps the network alive and unchanged while views of it exist.
//!
//! ```compile_fail
//! fn shared_between_threads<T: Sync>() {}
//! shared_between_threads::<ffnn::Net>();
//! ```

pub mod sys;

mod comm;
pub use comm::{Collectives, CommError};

/// The README's Rust examples run as doc tests (those marked `ignore`
/// aside, which name variables of their own).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

use std::any::Any;
use std::ffi::{CStr, CString};
use std::fmt;
use std::marker::PhantomData;
use std::os::raw::{c_char, c_int, c_void};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::ptr::{self, NonNull};

/// The library's status codes, without `FFNN_OK`. Non-exhaustive: status
/// codes are append-only, and a later crate may name one that is `Other`
/// today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    Arg,
    Shape,
    NoMem,
    State,
    Io,
    Format,
    Numeric,
    /// A code added by a newer library (status codes are append-only).
    Other(i32),
}

impl Status {
    fn from_code(code: c_int) -> Status {
        match code {
            sys::FFNN_ERR_ARG => Status::Arg,
            sys::FFNN_ERR_SHAPE => Status::Shape,
            sys::FFNN_ERR_NOMEM => Status::NoMem,
            sys::FFNN_ERR_STATE => Status::State,
            sys::FFNN_ERR_IO => Status::Io,
            sys::FFNN_ERR_FORMAT => Status::Format,
            sys::FFNN_ERR_NUMERIC => Status::Numeric,
            other => Status::Other(other),
        }
    }

    pub fn code(self) -> i32 {
        match self {
            Status::Arg => sys::FFNN_ERR_ARG,
            Status::Shape => sys::FFNN_ERR_SHAPE,
            Status::NoMem => sys::FFNN_ERR_NOMEM,
            Status::State => sys::FFNN_ERR_STATE,
            Status::Io => sys::FFNN_ERR_IO,
            Status::Format => sys::FFNN_ERR_FORMAT,
            Status::Numeric => sys::FFNN_ERR_NUMERIC,
            Status::Other(c) => c,
        }
    }

    /// The library's name for it, e.g. "FFNN_ERR_SHAPE: invalid shape or size".
    pub fn name(self) -> &'static str {
        // Static storage, per the header.
        unsafe { CStr::from_ptr(sys::ffnn_status_string(self.code())) }.to_str().unwrap_or("unknown status")
    }
}

/// A failed call: the status and the library's message (or, for a length
/// this binding rejected before calling C, its own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub status: Status,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status.name(), self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

unsafe fn text(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// For calls without a handle (create, clone, load): the thread's message.
fn check_global(code: c_int) -> Result<()> {
    if code == sys::FFNN_OK {
        return Ok(());
    }
    let message = unsafe { text(sys::ffnn_last_error()) };
    Err(Error { status: Status::from_code(code), message })
}

fn shape_error(message: String) -> Error {
    Error { status: Status::Shape, message }
}

/// rows * cols, or a shape error if it overflows.
fn count(what: &str, rows: usize, cols: usize) -> Result<usize> {
    rows.checked_mul(cols).ok_or_else(|| shape_error(format!("{what}: {rows} x {cols} overflows usize")))
}

/// A slice must hold exactly rows x cols values.
fn expect_len(what: &str, len: usize, rows: usize, cols: usize) -> Result<()> {
    if len == count(what, rows, cols)? {
        Ok(())
    } else {
        Err(shape_error(format!("{what} has {len} values, expected {rows} x {cols} = {}", rows * cols)))
    }
}

/// Pointer for an optional input slice; NULL tells C to skip it.
fn opt_ptr(s: Option<&[f32]>) -> *const f32 {
    s.map_or(ptr::null(), |s| s.as_ptr())
}

/// g_l, the activation of a layer (`ffnn_activation`), with PyTorch's
/// definitions and defaults for those of libffnn 1.4.0 (`LeakyRelu` ..
/// `Softplus`), which an older library refuses ([`Status::Arg`]).
/// Non-exhaustive: a later version of this crate may name more of the
/// library's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Activation {
    Linear,
    Sigmoid,
    Tanh,
    Relu,
    /// Output layer only.
    Softmax,
    /// a > 0 ? a : 0.01 a; g'(0) = 0.01. Since libffnn 1.4.0.
    LeakyRelu,
    /// a > 0 ? a : e^a - 1 (alpha 1); g'(0) = 1. Since libffnn 1.4.0.
    Elu,
    /// a Phi(a), Phi the normal CDF (the exact erf form, not the tanh one). Since libffnn 1.4.0.
    Gelu,
    /// a / (1 + e^-a), a sigmoid(a). Since libffnn 1.4.0.
    Silu,
    /// log(1 + e^a), and a itself for a > 20. Since libffnn 1.4.0.
    Softplus,
    /// A value of a newer library than this crate knows (enum values are
    /// append-only in ffnn.h). The getters give it only for a code no other
    /// variant names; passed to the library, it passes the code through.
    Other(i32),
}

impl Activation {
    fn from_code(code: c_int) -> Activation {
        match code {
            sys::FFNN_ACT_LINEAR => Activation::Linear,
            sys::FFNN_ACT_SIGMOID => Activation::Sigmoid,
            sys::FFNN_ACT_TANH => Activation::Tanh,
            sys::FFNN_ACT_RELU => Activation::Relu,
            sys::FFNN_ACT_SOFTMAX => Activation::Softmax,
            sys::FFNN_ACT_LEAKY_RELU => Activation::LeakyRelu,
            sys::FFNN_ACT_ELU => Activation::Elu,
            sys::FFNN_ACT_GELU => Activation::Gelu,
            sys::FFNN_ACT_SILU => Activation::Silu,
            sys::FFNN_ACT_SOFTPLUS => Activation::Softplus,
            other => Activation::Other(other),
        }
    }

    /// The library's value (`FFNN_ACT_*`).
    pub fn code(self) -> i32 {
        match self {
            Activation::Linear => sys::FFNN_ACT_LINEAR,
            Activation::Sigmoid => sys::FFNN_ACT_SIGMOID,
            Activation::Tanh => sys::FFNN_ACT_TANH,
            Activation::Relu => sys::FFNN_ACT_RELU,
            Activation::Softmax => sys::FFNN_ACT_SOFTMAX,
            Activation::LeakyRelu => sys::FFNN_ACT_LEAKY_RELU,
            Activation::Elu => sys::FFNN_ACT_ELU,
            Activation::Gelu => sys::FFNN_ACT_GELU,
            Activation::Silu => sys::FFNN_ACT_SILU,
            Activation::Softplus => sys::FFNN_ACT_SOFTPLUS,
            Activation::Other(c) => c,
        }
    }
}

/// The loss function (`ffnn_loss_function`). Non-exhaustive, as
/// [`Activation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Loss {
    Mse,
    /// Needs a sigmoid output.
    Bce,
    /// Needs a softmax output.
    Ce,
    /// A value of a newer library than this crate knows (enum values are
    /// append-only in ffnn.h), as [`Activation::Other`].
    Other(i32),
}

impl Loss {
    fn from_code(code: c_int) -> Loss {
        match code {
            sys::FFNN_LOSS_MSE => Loss::Mse,
            sys::FFNN_LOSS_BCE => Loss::Bce,
            sys::FFNN_LOSS_CE => Loss::Ce,
            other => Loss::Other(other),
        }
    }

    /// The library's value (`FFNN_LOSS_*`).
    pub fn code(self) -> i32 {
        match self {
            Loss::Mse => sys::FFNN_LOSS_MSE,
            Loss::Bce => sys::FFNN_LOSS_BCE,
            Loss::Ce => sys::FFNN_LOSS_CE,
            Loss::Other(c) => c,
        }
    }
}

/// The execution backend (`ffnn_backend`). Non-exhaustive, as
/// [`Activation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Backend {
    Auto,
    Blas,
    Naive,
    /// A value of a newer library than this crate knows (enum values are
    /// append-only in ffnn.h), as [`Activation::Other`].
    Other(i32),
}

impl Backend {
    fn from_code(code: c_int) -> Backend {
        match code {
            sys::FFNN_BACKEND_AUTO => Backend::Auto,
            sys::FFNN_BACKEND_BLAS => Backend::Blas,
            sys::FFNN_BACKEND_NAIVE => Backend::Naive,
            other => Backend::Other(other),
        }
    }

    /// The library's value (`FFNN_BACKEND_*`).
    pub fn code(self) -> i32 {
        match self {
            Backend::Auto => sys::FFNN_BACKEND_AUTO,
            Backend::Blas => sys::FFNN_BACKEND_BLAS,
            Backend::Naive => sys::FFNN_BACKEND_NAIVE,
            Backend::Other(c) => c,
        }
    }
}

/// The optimizer in use (`ffnn_optimizer`), as [`Net::optimizer`] reads it.
/// Non-exhaustive, as [`Activation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Optimizer {
    Sgd,
    Momentum,
    Nesterov,
    Adam,
    /// A value of a newer library than this crate knows (enum values are
    /// append-only in ffnn.h), as [`Activation::Other`].
    Other(i32),
}

impl Optimizer {
    fn from_code(code: c_int) -> Optimizer {
        match code {
            sys::FFNN_OPT_SGD => Optimizer::Sgd,
            sys::FFNN_OPT_MOMENTUM => Optimizer::Momentum,
            sys::FFNN_OPT_NESTEROV => Optimizer::Nesterov,
            sys::FFNN_OPT_ADAM => Optimizer::Adam,
            other => Optimizer::Other(other),
        }
    }

    /// The library's value (`FFNN_OPT_*`).
    pub fn code(self) -> i32 {
        match self {
            Optimizer::Sgd => sys::FFNN_OPT_SGD,
            Optimizer::Momentum => sys::FFNN_OPT_MOMENTUM,
            Optimizer::Nesterov => sys::FFNN_OPT_NESTEROV,
            Optimizer::Adam => sys::FFNN_OPT_ADAM,
            Optimizer::Other(c) => c,
        }
    }
}

/// A hyper-parameter of the optimizer, for [`Net::optimizer_param`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum OptimizerParam {
    /// mu, of momentum and Nesterov
    Momentum = sys::FFNN_PARAM_MOMENTUM,
    /// of Adam
    Beta1 = sys::FFNN_PARAM_BETA1,
    /// of Adam
    Beta2 = sys::FFNN_PARAM_BETA2,
    /// of Adam
    Epsilon = sys::FFNN_PARAM_EPSILON,
    /// lambda, of every optimizer
    WeightDecay = sys::FFNN_PARAM_WEIGHT_DECAY,
}

/// How [`Net::train_resume`] and [`Net::split_rows`] choose the samples held
/// out for validation (`ffnn_validation_split`, since 1.2.0). `Default` is
/// `Last`, what [`Net::train`] does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum ValidationSplit {
    /// The last round(f n) rows, as [`Net::train`] holds out.
    #[default]
    Last = sys::FFNN_SPLIT_LAST,
    /// round(f n) rows drawn with the seed.
    Shuffled = sys::FFNN_SPLIT_SHUFFLED,
    /// Drawn class by class, so that every class keeps its share; the class
    /// of a row is argmax y, or y > 0.5 with one output. Needs y.
    Stratified = sys::FFNN_SPLIT_STRATIFIED,
}

/// Where [`Net::train`] / [`Net::train_resume`] are in a run
/// (`ffnn_train_position`, since 1.2.0): zero for a new network, advanced by
/// every training step, restored by loading a checkpoint. `Default` is the
/// zero position, the start of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TrainPosition {
    /// Epochs completed.
    pub epoch: u64,
    /// Mini-batches completed of the epoch under way.
    pub batch: u64,
    /// The shuffling state (SplitMix64) at the start of that epoch; at
    /// epoch 0 batch 0 the options' seed is used instead.
    pub rng: u64,
    /// Samples that epoch has trained on so far.
    pub seen: u64,
    /// Of those, the ones predicted right.
    pub correct: u64,
    /// Sum over that epoch's batches of mean loss x rows.
    pub loss_sum: f64,
}

impl From<sys::ffnn_train_position> for TrainPosition {
    fn from(p: sys::ffnn_train_position) -> Self {
        TrainPosition {
            epoch: p.epoch,
            batch: p.batch,
            rng: p.rng,
            seen: p.seen,
            correct: p.correct,
            loss_sum: p.loss_sum,
        }
    }
}

impl From<TrainPosition> for sys::ffnn_train_position {
    fn from(p: TrainPosition) -> Self {
        sys::ffnn_train_position {
            epoch: p.epoch,
            batch: p.batch,
            rng: p.rng,
            seen: p.seen,
            correct: p.correct,
            loss_sum: p.loss_sum,
        }
    }
}

/// Options of [`Net::train`] and [`Net::train_resume`]; `Default` takes the
/// library's defaults.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainOptions {
    pub batch_size: usize,
    pub epochs: usize,
    pub learning_rate: f32,
    /// In [0, 1): round(f n) samples are held out, before shuffling: the
    /// last ones with [`Net::train`], those the split chooses with
    /// [`Net::train_resume`].
    pub validation_fraction: f32,
    pub seed: u64,
    pub shuffle: bool,
    /// Batches between callback calls; 0: at epoch ends only.
    pub report_every: usize,
}

impl TrainOptions {
    /// C's form, with the callback (trampoline) and its user data.
    fn to_c(self, callback: sys::ffnn_train_callback, user: *mut c_void) -> sys::ffnn_train_options {
        sys::ffnn_train_options {
            batch_size: self.batch_size,
            epochs: self.epochs,
            learning_rate: self.learning_rate,
            validation_fraction: self.validation_fraction,
            seed: self.seed,
            shuffle: self.shuffle as c_int,
            report_every: self.report_every,
            callback,
            user,
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        let mut o = std::mem::MaybeUninit::<sys::ffnn_train_options>::uninit();
        let o = unsafe {
            sys::ffnn_train_defaults(o.as_mut_ptr());
            o.assume_init()
        };
        TrainOptions {
            batch_size: o.batch_size,
            epochs: o.epochs,
            learning_rate: o.learning_rate,
            validation_fraction: o.validation_fraction,
            seed: o.seed,
            shuffle: o.shuffle != 0,
            report_every: o.report_every,
        }
    }
}

/// What [`Net::train`] and [`Net::train_resume`] report to their callback
/// and at the end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainReport {
    pub epoch: usize,
    pub epochs: usize,
    pub batches_done: usize,
    pub batches: usize,
    pub train_loss: f64,
    pub train_accuracy: f64,
    /// NaN during an epoch or with nothing held out.
    pub val_loss: f64,
    pub val_accuracy: f64,
    pub samples_per_second: f64,
    pub epoch_end: bool,
    pub stopped: bool,
}

impl From<&sys::ffnn_train_report> for TrainReport {
    fn from(r: &sys::ffnn_train_report) -> Self {
        TrainReport {
            epoch: r.epoch,
            epochs: r.epochs,
            batches_done: r.batches_done,
            batches: r.batches,
            train_loss: r.train_loss,
            train_accuracy: r.train_accuracy,
            val_loss: r.val_loss,
            val_accuracy: r.val_accuracy,
            samples_per_second: r.samples_per_second,
            epoch_end: r.epoch_end != 0,
            stopped: r.stopped != 0,
        }
    }
}

/// The user data of one `ffnn_train` call.
struct Progress<'a> {
    callback: &'a mut dyn FnMut(&TrainReport) -> bool,
    panic: Option<Box<dyn Any + Send>>,
}

/// A panic must not unwind into C: catch it, stop training, and rethrow it
/// once `ffnn_train` has returned.
unsafe extern "C" fn progress_trampoline(user: *mut c_void, r: *const sys::ffnn_train_report) -> c_int {
    let progress = &mut *(user as *mut Progress);
    if progress.panic.is_some() {
        return 1;
    }
    let report = TrainReport::from(&*r);
    let callback = &mut progress.callback;
    match panic::catch_unwind(AssertUnwindSafe(|| callback(&report))) {
        Ok(stop) => stop as c_int,
        Err(payload) => {
            progress.panic = Some(payload);
            1
        }
    }
}

/// A name for the library (a key, a schedule, a monitor) as C text; a NUL
/// byte is [`Status::Arg`] with this binding's message.
fn c_name(what: &str, name: &str) -> Result<CString> {
    CString::new(name).map_err(|_| Error {
        status: Status::Arg,
        message: format!("{what}: the name {name:?} contains a NUL byte"),
    })
}

/// A path as C text: its bytes as they are on Unix (a name that is not
/// UTF-8 reaches the file system unchanged), lossy UTF-8 elsewhere; a NUL
/// byte is [`Status::Arg`] with this binding's message.
fn c_path(path: &Path) -> Result<CString> {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().into_owned().into_bytes();
    CString::new(bytes).map_err(|_| Error {
        status: Status::Arg,
        message: format!("path {} contains a NUL byte", path.display()),
    })
}

/// A static name from one of the library's `*_name` functions; None for
/// NULL (a value the loaded library does not know).
fn static_name(p: *const c_char) -> Option<&'static str> {
    if p.is_null() {
        None
    } else {
        // Static storage, per the header; the names are ASCII.
        unsafe { CStr::from_ptr(p) }.to_str().ok()
    }
}

/// An option of a [`TrainSetup`] (`ffnn_train_key`, since libffnn 1.4.0),
/// set with [`TrainSetup::set`] or [`TrainSetup::set_u64`]. Each variant
/// says its range and its default; "integer" keys take integral values,
/// "flag" keys 0 or 1. The library's name of each (`name()`, the enumerator
/// without `FFNN_TRAIN_`, lowercase: "batch_size", "patience", ...) is what
/// [`TrainSetup::set_by_name`] takes. Non-exhaustive, as [`Activation`]:
/// keys are append-only, and a key of a newer library is `Other(code)`
/// (or set by its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainKey {
    /// Samples per step: integer >= 1; default 32.
    BatchSize,
    /// Integer >= 1; default 1.
    Epochs,
    /// eta, the base rate of the schedule: >= 0; default 0.01. The
    /// optimizer is the network's.
    LearningRate,
    /// In [0, 1): the held-out share of the samples; default 0.
    ValidationFraction,
    /// Shuffling and the validation split's draw: integer; default 0
    /// (use [`TrainSetup::set_u64`] for seeds above 2^53).
    Seed,
    /// Flag: a new order every epoch; default 1.
    Shuffle,
    /// Integer: batches between callback calls, 0 for epoch ends only;
    /// default 0.
    ReportEvery,
    /// A [`ValidationSplit`] (`split as i32`); default `Last`.
    ValidationSplit,
    /// Flag: 1 continues from the network's training position, as
    /// [`Net::train_resume`]; 0 starts from zero, as [`Net::train`];
    /// default 0.
    Resume,
    /// A [`Schedule`] (`schedule.code()`); default `Constant`.
    Schedule,
    /// Integer W < epochs: epochs of linear warm-up, eta e / (W + 1);
    /// default 0.
    WarmupEpochs,
    /// Integer >= 1: epochs between the steps of [`Schedule::Step`];
    /// default 10.
    StepEpochs,
    /// In (0, 1]: the factor of each step of [`Schedule::Step`]; default 0.1.
    StepFactor,
    /// eta_min in [0, eta], the floor of [`Schedule::Cosine`]; default 0.
    MinLearningRate,
    /// Integer: epochs without improvement of the monitored value before
    /// training ends; default 0, which never stops.
    Patience,
    /// How much the monitored value must beat the best so far by to count
    /// as an improvement: >= 0; default 0.
    MinDelta,
    /// A [`Monitor`] (`monitor.code()`); default `ValLoss`.
    Monitor,
    /// Flag: after early stopping, the best epoch's weights are put back;
    /// default 1.
    RestoreBest,
    /// A key of a newer library than this crate knows, as
    /// [`Activation::Other`]: passed to the library as it is.
    Other(i32),
}

impl TrainKey {
    fn from_code(code: c_int) -> TrainKey {
        match code {
            sys::FFNN_TRAIN_BATCH_SIZE => TrainKey::BatchSize,
            sys::FFNN_TRAIN_EPOCHS => TrainKey::Epochs,
            sys::FFNN_TRAIN_LEARNING_RATE => TrainKey::LearningRate,
            sys::FFNN_TRAIN_VALIDATION_FRACTION => TrainKey::ValidationFraction,
            sys::FFNN_TRAIN_SEED => TrainKey::Seed,
            sys::FFNN_TRAIN_SHUFFLE => TrainKey::Shuffle,
            sys::FFNN_TRAIN_REPORT_EVERY => TrainKey::ReportEvery,
            sys::FFNN_TRAIN_VALIDATION_SPLIT => TrainKey::ValidationSplit,
            sys::FFNN_TRAIN_RESUME => TrainKey::Resume,
            sys::FFNN_TRAIN_SCHEDULE => TrainKey::Schedule,
            sys::FFNN_TRAIN_WARMUP_EPOCHS => TrainKey::WarmupEpochs,
            sys::FFNN_TRAIN_STEP_EPOCHS => TrainKey::StepEpochs,
            sys::FFNN_TRAIN_STEP_FACTOR => TrainKey::StepFactor,
            sys::FFNN_TRAIN_MIN_LEARNING_RATE => TrainKey::MinLearningRate,
            sys::FFNN_TRAIN_PATIENCE => TrainKey::Patience,
            sys::FFNN_TRAIN_MIN_DELTA => TrainKey::MinDelta,
            sys::FFNN_TRAIN_MONITOR => TrainKey::Monitor,
            sys::FFNN_TRAIN_RESTORE_BEST => TrainKey::RestoreBest,
            other => TrainKey::Other(other),
        }
    }

    /// The library's value (`FFNN_TRAIN_*`).
    pub fn code(self) -> i32 {
        match self {
            TrainKey::BatchSize => sys::FFNN_TRAIN_BATCH_SIZE,
            TrainKey::Epochs => sys::FFNN_TRAIN_EPOCHS,
            TrainKey::LearningRate => sys::FFNN_TRAIN_LEARNING_RATE,
            TrainKey::ValidationFraction => sys::FFNN_TRAIN_VALIDATION_FRACTION,
            TrainKey::Seed => sys::FFNN_TRAIN_SEED,
            TrainKey::Shuffle => sys::FFNN_TRAIN_SHUFFLE,
            TrainKey::ReportEvery => sys::FFNN_TRAIN_REPORT_EVERY,
            TrainKey::ValidationSplit => sys::FFNN_TRAIN_VALIDATION_SPLIT,
            TrainKey::Resume => sys::FFNN_TRAIN_RESUME,
            TrainKey::Schedule => sys::FFNN_TRAIN_SCHEDULE,
            TrainKey::WarmupEpochs => sys::FFNN_TRAIN_WARMUP_EPOCHS,
            TrainKey::StepEpochs => sys::FFNN_TRAIN_STEP_EPOCHS,
            TrainKey::StepFactor => sys::FFNN_TRAIN_STEP_FACTOR,
            TrainKey::MinLearningRate => sys::FFNN_TRAIN_MIN_LEARNING_RATE,
            TrainKey::Patience => sys::FFNN_TRAIN_PATIENCE,
            TrainKey::MinDelta => sys::FFNN_TRAIN_MIN_DELTA,
            TrainKey::Monitor => sys::FFNN_TRAIN_MONITOR,
            TrainKey::RestoreBest => sys::FFNN_TRAIN_RESTORE_BEST,
            TrainKey::Other(c) => c,
        }
    }

    /// The loaded library's name of the key (`ffnn_train_key_name`), e.g.
    /// "batch_size"; None for a key it does not know.
    pub fn name(self) -> Option<&'static str> {
        static_name(unsafe { sys::ffnn_train_key_name(self.code()) })
    }

    /// The key of a name (`ffnn_train_key_from_name`): one of the loaded
    /// library's names exactly, else [`Status::Arg`] with its message,
    /// which lists the names it knows. A key this crate does not name is
    /// `Other(code)`.
    pub fn from_name(name: &str) -> Result<TrainKey> {
        let name = c_name("ffnn_train_key_from_name", name)?;
        let mut out: sys::ffnn_train_key = 0;
        check_global(unsafe { sys::ffnn_train_key_from_name(name.as_ptr(), &mut out) })?;
        Ok(TrainKey::from_code(out))
    }
}

/// The learning-rate schedule of a [`TrainSetup`] (`ffnn_schedule`, since
/// libffnn 1.4.0), the value of [`TrainKey::Schedule`]: the rate of epoch e
/// (1-based) of E. After the warm-up of W epochs ([`TrainKey::WarmupEpochs`]),
/// with k = e - W - 1 and T = E - W, each variant's rate is as it says.
/// Non-exhaustive, as [`Activation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Schedule {
    /// eta, the default.
    Constant,
    /// eta * factor^floor(k / step_epochs), PyTorch's StepLR.
    Step,
    /// eta_min + (eta - eta_min) (1 + cos(pi k / T)) / 2, PyTorch's
    /// CosineAnnealingLR with T_max = T.
    Cosine,
    /// A value of a newer library than this crate knows, as
    /// [`Activation::Other`].
    Other(i32),
}

impl Schedule {
    fn from_code(code: c_int) -> Schedule {
        match code {
            sys::FFNN_SCHEDULE_CONSTANT => Schedule::Constant,
            sys::FFNN_SCHEDULE_STEP => Schedule::Step,
            sys::FFNN_SCHEDULE_COSINE => Schedule::Cosine,
            other => Schedule::Other(other),
        }
    }

    /// The library's value (`FFNN_SCHEDULE_*`).
    pub fn code(self) -> i32 {
        match self {
            Schedule::Constant => sys::FFNN_SCHEDULE_CONSTANT,
            Schedule::Step => sys::FFNN_SCHEDULE_STEP,
            Schedule::Cosine => sys::FFNN_SCHEDULE_COSINE,
            Schedule::Other(c) => c,
        }
    }

    /// The loaded library's name (`ffnn_schedule_name`): "constant",
    /// "step", "cosine"; None for a value it does not know.
    pub fn name(self) -> Option<&'static str> {
        static_name(unsafe { sys::ffnn_schedule_name(self.code()) })
    }

    /// The schedule of a name (`ffnn_schedule_from_name`), as
    /// [`TrainKey::from_name`].
    pub fn from_name(name: &str) -> Result<Schedule> {
        let name = c_name("ffnn_schedule_from_name", name)?;
        let mut out: sys::ffnn_schedule = 0;
        check_global(unsafe { sys::ffnn_schedule_from_name(name.as_ptr(), &mut out) })?;
        Ok(Schedule::from_code(out))
    }
}

/// What early stopping watches (`ffnn_monitor`, since libffnn 1.4.0), the
/// value of [`TrainKey::Monitor`]. The validation monitors need a
/// validation fraction. Non-exhaustive, as [`Activation`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Monitor {
    /// The loss on the held-out samples after each epoch; lower is better.
    /// The default.
    ValLoss,
    /// Their accuracy; higher is better.
    ValAccuracy,
    /// The epoch's mean training loss; lower is better.
    TrainLoss,
    /// A value of a newer library than this crate knows, as
    /// [`Activation::Other`].
    Other(i32),
}

impl Monitor {
    fn from_code(code: c_int) -> Monitor {
        match code {
            sys::FFNN_MONITOR_VAL_LOSS => Monitor::ValLoss,
            sys::FFNN_MONITOR_VAL_ACCURACY => Monitor::ValAccuracy,
            sys::FFNN_MONITOR_TRAIN_LOSS => Monitor::TrainLoss,
            other => Monitor::Other(other),
        }
    }

    /// The library's value (`FFNN_MONITOR_*`).
    pub fn code(self) -> i32 {
        match self {
            Monitor::ValLoss => sys::FFNN_MONITOR_VAL_LOSS,
            Monitor::ValAccuracy => sys::FFNN_MONITOR_VAL_ACCURACY,
            Monitor::TrainLoss => sys::FFNN_MONITOR_TRAIN_LOSS,
            Monitor::Other(c) => c,
        }
    }

    /// The loaded library's name (`ffnn_monitor_name`): "val_loss",
    /// "val_accuracy", "train_loss"; None for a value it does not know.
    pub fn name(self) -> Option<&'static str> {
        static_name(unsafe { sys::ffnn_monitor_name(self.code()) })
    }

    /// The monitor of a name (`ffnn_monitor_from_name`), as
    /// [`TrainKey::from_name`].
    pub fn from_name(name: &str) -> Result<Monitor> {
        let name = c_name("ffnn_monitor_from_name", name)?;
        let mut out: sys::ffnn_monitor = 0;
        check_global(unsafe { sys::ffnn_monitor_from_name(name.as_ptr(), &mut out) })?;
        Ok(Monitor::from_code(out))
    }
}

/// What a run leaves in its [`TrainSetup`], read with
/// [`TrainSetup::result`] (`ffnn_train_result`, since libffnn 1.4.0).
/// Non-exhaustive, as [`Activation`]; a result of a newer library is
/// `Other(code)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrainResult {
    /// The rate of the epoch under way, or of the last one.
    LearningRate,
    /// The 1-based epoch of the best monitored value; 0 if none (no
    /// patience, or no epoch yet).
    BestEpoch,
    /// That value; NaN if none.
    BestValue,
    /// 1 if patience ran out, else 0.
    StoppedEarly,
    /// 1 if the best epoch's weights were put back at the end, else 0.
    Restored,
    /// A result of a newer library than this crate knows, as
    /// [`Activation::Other`].
    Other(i32),
}

impl TrainResult {
    /// The library's value (`FFNN_RESULT_*`).
    pub fn code(self) -> i32 {
        match self {
            TrainResult::LearningRate => sys::FFNN_RESULT_LEARNING_RATE,
            TrainResult::BestEpoch => sys::FFNN_RESULT_BEST_EPOCH,
            TrainResult::BestValue => sys::FFNN_RESULT_BEST_VALUE,
            TrainResult::StoppedEarly => sys::FFNN_RESULT_STOPPED_EARLY,
            TrainResult::Restored => sys::FFNN_RESULT_RESTORED,
            TrainResult::Other(c) => c,
        }
    }
}

/// The keys this crate names, for `Debug`.
const TRAIN_KEYS: [TrainKey; 18] = [
    TrainKey::BatchSize,
    TrainKey::Epochs,
    TrainKey::LearningRate,
    TrainKey::ValidationFraction,
    TrainKey::Seed,
    TrainKey::Shuffle,
    TrainKey::ReportEvery,
    TrainKey::ValidationSplit,
    TrainKey::Resume,
    TrainKey::Schedule,
    TrainKey::WarmupEpochs,
    TrainKey::StepEpochs,
    TrainKey::StepFactor,
    TrainKey::MinLearningRate,
    TrainKey::Patience,
    TrainKey::MinDelta,
    TrainKey::Monitor,
    TrainKey::RestoreBest,
];

/// A training setup (`ffnn_train_setup`, since libffnn 1.4.0): the options
/// of [`Net::train_run`], set by key, with learning-rate schedules and
/// early stopping, and the results a run leaves. It starts with every
/// default, which make `train_run` [`Net::train`] with
/// `TrainOptions::default()`, bit for bit. A setup may be reused for many
/// runs and networks; each run resets its results. Dropping it frees it
/// (`ffnn_train_setup_destroy`, once).
///
/// A value outside a key's range, and a key the loaded library does not
/// know, are [`Status::Arg`] with the library's message, and change
/// nothing. Keys are append-only: a newer library's key is set by its
/// name ([`set_by_name`](TrainSetup::set_by_name)) or as
/// [`TrainKey::Other`].
///
/// ```
/// use ffnn::{Schedule, Status, TrainKey, TrainResult, TrainSetup};
///
/// let mut setup = TrainSetup::new()?;
/// assert_eq!(setup.get(TrainKey::BatchSize)?, 32.0);
/// setup.set(TrainKey::Schedule, Schedule::Step.code().into())?;
/// setup.set_by_name("step_epochs", 3.0)?;
/// setup.set_u64(TrainKey::Seed, u64::MAX)?;
/// assert_eq!((setup.get_u64(TrainKey::StepEpochs)?, setup.get_u64(TrainKey::Seed)?), (3, u64::MAX));
/// let refused = setup.set(TrainKey::StepFactor, 2.0).unwrap_err();
/// assert_eq!(refused.status, Status::Arg);
/// assert!(refused.message.starts_with("ffnn_train_setup_set: step_factor is 2"));
/// assert_eq!(setup.result(TrainResult::BestEpoch)?, 0.0); // no run yet
/// # Ok::<(), ffnn::Error>(())
/// ```
pub struct TrainSetup {
    raw: NonNull<sys::ffnn_train_setup>,
}

// The setup owns its memory; the only pointer it holds that is not its own
// (the callback's user data) is set by `train_run` for the call and cleared
// before it returns. Not Sync: one call at a time per setup.
unsafe impl Send for TrainSetup {}

impl Drop for TrainSetup {
    fn drop(&mut self) {
        unsafe { sys::ffnn_train_setup_destroy(self.raw.as_ptr()) }
    }
}

impl fmt::Debug for TrainSetup {
    /// The options this crate names, with their values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for key in TRAIN_KEYS {
            if let Ok(value) = self.get(key) {
                map.entry(&key, &value);
            }
        }
        map.finish()
    }
}

impl TrainSetup {
    /// A setup with every default (`ffnn_train_setup_create`);
    /// [`Status::NoMem`] if it cannot be allocated.
    pub fn new() -> Result<TrainSetup> {
        let mut raw = ptr::null_mut();
        check_global(unsafe { sys::ffnn_train_setup_create(&mut raw) })?;
        Ok(TrainSetup { raw: NonNull::new(raw).expect("ffnn returned OK with a NULL setup") })
    }

    fn ptr(&self) -> *mut sys::ffnn_train_setup {
        self.raw.as_ptr()
    }

    /// Sets an option (`ffnn_train_setup_set`). A value outside the key's
    /// range (an integer key's value must be integral) or a key the
    /// library does not know is [`Status::Arg`] with the library's
    /// message, and nothing changes.
    pub fn set(&mut self, key: TrainKey, value: f64) -> Result<()> {
        check_global(unsafe { sys::ffnn_train_setup_set(self.ptr(), key.code(), value) })
    }

    /// Sets an integer option exactly (`ffnn_train_setup_set_u64`): seeds
    /// above 2^53, say. A key that takes reals is [`Status::Arg`].
    pub fn set_u64(&mut self, key: TrainKey, value: u64) -> Result<()> {
        check_global(unsafe { sys::ffnn_train_setup_set_u64(self.ptr(), key.code(), value) })
    }

    /// Sets the option of the loaded library's name for it, e.g.
    /// "patience" (through `ffnn_train_key_from_name`): the way to set a
    /// key of a newer library than this crate knows. An unknown name is
    /// [`Status::Arg`] with the library's message, which lists the names
    /// it knows.
    pub fn set_by_name(&mut self, name: &str, value: f64) -> Result<()> {
        let key = TrainKey::from_name(name)?;
        self.set(key, value)
    }

    /// An option's value (`ffnn_train_setup_get`).
    pub fn get(&self, key: TrainKey) -> Result<f64> {
        let mut value = 0.0;
        check_global(unsafe { sys::ffnn_train_setup_get(self.ptr(), key.code(), &mut value) })?;
        Ok(value)
    }

    /// An integer option's value exactly (`ffnn_train_setup_get_u64`); a key
    /// that takes reals is [`Status::Arg`].
    pub fn get_u64(&self, key: TrainKey) -> Result<u64> {
        let mut value = 0;
        check_global(unsafe { sys::ffnn_train_setup_get_u64(self.ptr(), key.code(), &mut value) })?;
        Ok(value)
    }

    /// Weights of the training rows in the loss and its gradient
    /// (`ffnn_train_setup_set_sample_weights`, since libffnn 1.4.0), one per
    /// row of the data `train_run` is given, in its order (before any split
    /// or shuffle). Row i counts c_i = sample_weights\[i\] x class_weights\[its
    /// class\] (1 for what is not set), and a batch's loss is
    /// sum c_i l_i / sum c_i, the weighted mean: an integer weight counts a
    /// row that many times, 0 leaves it out, and a batch whose c_i are all 0
    /// takes no step. The reported training loss is the weighted one; the
    /// validation loss and the accuracies are not weighted.
    ///
    /// Values must be finite and >= 0, else [`Status::Arg`] with the
    /// library's message, and nothing changes. The setup keeps a copy. Their
    /// number is checked by the run, against its rows: a wrong count is
    /// [`Status::Shape`] from [`Net::train_run`] with the library's message.
    /// An empty slice removes them, as
    /// [`clear_sample_weights`](TrainSetup::clear_sample_weights) does.
    pub fn set_sample_weights(&mut self, weights: &[f32]) -> Result<()> {
        // C is told the length, so no slice can be read past its end.
        check_global(unsafe {
            sys::ffnn_train_setup_set_sample_weights(self.ptr(), weights.as_ptr(), weights.len())
        })
    }

    /// Removes the sample weights: every row counts 1.
    pub fn clear_sample_weights(&mut self) -> Result<()> {
        check_global(unsafe { sys::ffnn_train_setup_set_sample_weights(self.ptr(), ptr::null(), 0) })
    }

    /// Weights of the classes in the loss
    /// (`ffnn_train_setup_set_class_weights`, since libffnn 1.4.0), PyTorch's
    /// `weight=` with reduction "mean": one per class, n_L of them, or 2 with
    /// one output (classes 0 and 1). The class of a row is argmax y, or
    /// y > 0.5 with one output. Otherwise as
    /// [`set_sample_weights`](TrainSetup::set_sample_weights), with which
    /// they multiply: the run checks the count ([`Status::Shape`]), the
    /// setter the values ([`Status::Arg`]), and an empty slice removes them.
    pub fn set_class_weights(&mut self, weights: &[f32]) -> Result<()> {
        check_global(unsafe {
            sys::ffnn_train_setup_set_class_weights(self.ptr(), weights.as_ptr(), weights.len())
        })
    }

    /// Removes the class weights: every class counts 1.
    pub fn clear_class_weights(&mut self) -> Result<()> {
        check_global(unsafe { sys::ffnn_train_setup_set_class_weights(self.ptr(), ptr::null(), 0) })
    }

    /// A result of the last run (`ffnn_train_setup_result`): the epoch's
    /// learning rate, the best epoch and value, whether patience ran out
    /// and whether the best weights were put back. An unknown result is
    /// [`Status::Arg`] with the library's message.
    pub fn result(&self, result: TrainResult) -> Result<f64> {
        let mut value = 0.0;
        check_global(unsafe { sys::ffnn_train_setup_result(self.ptr(), result.code(), &mut value) })?;
        Ok(value)
    }
}

/// The library's version, "MAJOR.MINOR.PATCH".
pub fn version() -> &'static str {
    unsafe { CStr::from_ptr(sys::ffnn_version_string()) }.to_str().unwrap_or("")
}

/// MAJOR*10000 + MINOR*100 + PATCH of the loaded library.
pub fn version_number() -> u32 {
    unsafe { sys::ffnn_version_number() }
}

/// Sets the number of threads OpenBLAS runs each BLAS call on, `n >= 1`
/// (ffnn_set_num_threads): `OPENBLAS_NUM_THREADS` at run time. It is
/// OpenBLAS's setting (see the header), not per network; do not call it
/// while another thread runs ffnn. `n == 0`, or past a C `int`, is
/// [`Status::Arg`] and changes nothing.
pub fn set_num_threads(n: usize) -> Result<()> {
    match c_int::try_from(n) {
        Ok(n) => check_global(unsafe { sys::ffnn_set_num_threads(n) }),
        Err(_) => {
            Err(Error { status: Status::Arg, message: format!("set_num_threads: n is {n}, outside a C int") })
        }
    }
}

/// The number of threads OpenBLAS runs each BLAS call on now
/// (ffnn_num_threads).
pub fn num_threads() -> usize {
    unsafe { sys::ffnn_num_threads() }.max(1) as usize
}

/// An owned handle, a [`Net`]'s or a [`View`]'s. What both may do (the
/// getters and the inference calls, with their length checks) is written
/// here once. Dropping it frees it (ffnn_net_destroy, once).
struct Handle {
    raw: NonNull<sys::ffnn_net>,
}

impl Drop for Handle {
    fn drop(&mut self) {
        unsafe { sys::ffnn_net_destroy(self.raw.as_ptr()) }
    }
}

impl Handle {
    fn from_raw(raw: *mut sys::ffnn_net) -> Handle {
        Handle { raw: NonNull::new(raw).expect("ffnn returned OK with a NULL handle") }
    }

    fn ptr(&self) -> *mut sys::ffnn_net {
        self.raw.as_ptr()
    }

    /// Turns a status of a call on this handle into a Result.
    fn check(&self, code: c_int) -> Result<()> {
        if code == sys::FFNN_OK {
            return Ok(());
        }
        // Copied at once: the text lives until the next call on the handle.
        let message = unsafe { text(sys::ffnn_net_last_error(self.ptr())) };
        Err(Error { status: Status::from_code(code), message })
    }

    // ---- shape ----

    fn num_layers(&self) -> usize {
        unsafe { sys::ffnn_net_num_layers(self.ptr()) }
    }

    fn layer_size(&self, l: usize) -> usize {
        unsafe { sys::ffnn_net_layer_size(self.ptr(), l) }
    }

    fn sizes(&self) -> Vec<usize> {
        (0..=self.num_layers()).map(|l| self.layer_size(l)).collect()
    }

    fn input_size(&self) -> usize {
        self.layer_size(0)
    }

    fn output_size(&self) -> usize {
        self.layer_size(self.num_layers())
    }

    /// None only for l outside 1..=L (where C gives -1); a code this crate
    /// does not name is `Some(Activation::Other(code))`.
    fn activation(&self, l: usize) -> Option<Activation> {
        if l == 0 || l > self.num_layers() {
            return None;
        }
        Some(Activation::from_code(unsafe { sys::ffnn_net_activation(self.ptr(), l) }))
    }

    fn loss_function(&self) -> Loss {
        Loss::from_code(unsafe { sys::ffnn_net_loss_function(self.ptr()) })
    }

    fn num_params(&self) -> usize {
        unsafe { sys::ffnn_net_num_params(self.ptr()) }
    }

    fn memory(&self) -> usize {
        unsafe { sys::ffnn_net_memory(self.ptr()) }
    }

    fn backend(&self) -> Backend {
        Backend::from_code(unsafe { sys::ffnn_net_backend(self.ptr()) })
    }

    fn optimizer(&self) -> Optimizer {
        Optimizer::from_code(unsafe { sys::ffnn_net_optimizer(self.ptr()) })
    }

    // ---- parameters, activations ----

    /// (rows, cols) of W_l, or None for an index outside 1..=L (then the
    /// call goes to C with NULL arrays, for the library's error message).
    fn weight_shape(&self, l: usize) -> Option<(usize, usize)> {
        if l == 0 || l > self.num_layers() {
            None
        } else {
            Some((self.layer_size(l), self.layer_size(l - 1)))
        }
    }

    /// Reads a W-shaped and a b-shaped array of layer l through `get`.
    fn get_pair(
        &self,
        l: usize,
        get: unsafe extern "C" fn(*const sys::ffnn_net, usize, *mut f32, *mut f32) -> c_int,
    ) -> Result<(Vec<f32>, Vec<f32>)> {
        let (rows, cols) = match self.weight_shape(l) {
            Some(shape) => shape,
            None => {
                self.check(unsafe { get(self.ptr(), l, ptr::null_mut(), ptr::null_mut()) })?;
                return Err(self.bad_layer(l, 1));
            }
        };
        let mut w = vec![0.0; rows * cols];
        let mut b = vec![0.0; rows];
        self.check(unsafe { get(self.ptr(), l, w.as_mut_ptr(), b.as_mut_ptr()) })?;
        Ok((w, b))
    }

    /// Only if C accepted an index it should not have.
    fn bad_layer(&self, l: usize, first: usize) -> Error {
        Error { status: Status::Arg, message: format!("layer {l} is not in {first}..{}", self.num_layers()) }
    }

    fn layer(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.get_pair(l, sys::ffnn_get_layer)
    }

    fn batch(&self) -> usize {
        unsafe { sys::ffnn_net_batch(self.ptr()) }
    }

    fn param_vector(&self) -> Vec<f32> {
        let mut params = vec![0.0; self.num_params()];
        // Sized P here: C, which checks n against P, has nothing to refuse.
        if let Err(e) = self.param_vector_into(&mut params) {
            panic!("ffnn_get_param_vector refused a vector of P floats: {e}");
        }
        params
    }

    fn param_vector_into(&self, out: &mut [f32]) -> Result<()> {
        // C is told the slice's length and checks it against P.
        self.check(unsafe { sys::ffnn_get_param_vector(self.ptr(), out.as_mut_ptr(), out.len()) })
    }

    fn activations(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        if l > self.num_layers() {
            self.check(unsafe {
                sys::ffnn_get_activations(self.ptr(), l, ptr::null_mut(), ptr::null_mut())
            })?;
            return Err(self.bad_layer(l, 0));
        }
        // With no forward pass (batch 0), C reports the state and writes nothing.
        let n = self.batch() * self.layer_size(l);
        let (mut a, mut h) = (vec![0.0; n], vec![0.0; n]);
        self.check(unsafe { sys::ffnn_get_activations(self.ptr(), l, a.as_mut_ptr(), h.as_mut_ptr()) })?;
        Ok((a, h))
    }

    // ---- scaling, dropout ----

    /// (mean, scale) of n values through `get`; None for a network without
    /// that scaling (C's FFNN_ERR_STATE).
    fn get_scaling(
        &self,
        n: usize,
        get: unsafe extern "C" fn(*const sys::ffnn_net, *mut f32, *mut f32) -> c_int,
    ) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        let (mut mean, mut scale) = (vec![0.0; n], vec![0.0; n]);
        match self.check(unsafe { get(self.ptr(), mean.as_mut_ptr(), scale.as_mut_ptr()) }) {
            Ok(()) => Ok(Some((mean, scale))),
            Err(e) if e.status == Status::State => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn input_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.get_scaling(self.input_size(), sys::ffnn_get_input_scaling)
    }

    fn output_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.get_scaling(self.output_size(), sys::ffnn_get_output_scaling)
    }

    fn dropout(&self, l: usize) -> Result<f32> {
        let mut rate = 0.0;
        self.check(unsafe { sys::ffnn_get_dropout(self.ptr(), l, &mut rate) })?;
        Ok(rate)
    }

    // ---- inference ----

    fn forward(&mut self, x: &[f32], batch: usize) -> Result<Vec<f32>> {
        let mut out = vec![0.0; count("ffnn_forward: output", batch, self.output_size())?];
        self.forward_into(x, batch, &mut out)?;
        Ok(out)
    }

    fn forward_into(&mut self, x: &[f32], batch: usize, out: &mut [f32]) -> Result<()> {
        expect_len("ffnn_forward: x", x.len(), batch, self.input_size())?;
        expect_len("ffnn_forward: output", out.len(), batch, self.output_size())?;
        self.check(unsafe { sys::ffnn_forward(self.ptr(), x.as_ptr(), batch, out.as_mut_ptr()) })
    }

    fn check_target(&self, what: &str, y: &[f32]) -> Result<()> {
        let batch = self.batch();
        if batch == 0 {
            return Ok(()); // no forward pass: C reports that without reading y
        }
        expect_len(&format!("{what}: target"), y.len(), batch, self.output_size())
    }

    fn loss(&mut self, y: &[f32]) -> Result<f32> {
        self.check_target("ffnn_loss", y)?;
        let mut loss = 0.0;
        self.check(unsafe { sys::ffnn_loss(self.ptr(), y.as_ptr(), &mut loss) })?;
        Ok(loss)
    }

    fn evaluate(&mut self, x: &[f32], y: &[f32], n: usize) -> Result<(f64, f64)> {
        expect_len("ffnn_evaluate: x", x.len(), n, self.input_size())?;
        expect_len("ffnn_evaluate: y", y.len(), n, self.output_size())?;
        let (mut loss, mut accuracy) = (0.0, 0.0);
        let code =
            unsafe { sys::ffnn_evaluate(self.ptr(), x.as_ptr(), y.as_ptr(), n, &mut loss, &mut accuracy) };
        self.check(code)?;
        Ok((loss, accuracy))
    }

    fn predict(&mut self, x: &[f32], n: usize) -> Result<Vec<f32>> {
        let mut out = vec![0.0; count("ffnn_predict: y", n, self.output_size())?];
        self.predict_into(x, n, &mut out)?;
        Ok(out)
    }

    fn predict_into(&mut self, x: &[f32], n: usize, out: &mut [f32]) -> Result<()> {
        expect_len("ffnn_predict: x", x.len(), n, self.input_size())?;
        expect_len("ffnn_predict: y", out.len(), n, self.output_size())?;
        self.check(unsafe { sys::ffnn_predict(self.ptr(), x.as_ptr(), n, out.as_mut_ptr()) })
    }
}

/// A network. Dropping it frees it (ffnn_net_destroy, once).
pub struct Net {
    handle: Handle,
}

// The handle owns all its memory and ffnn keeps no per-thread state tied to
// it, so it may move between threads; it is not Sync (one thread at a time).
unsafe impl Send for Net {}

impl fmt::Debug for Net {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Net").field("sizes", &self.sizes()).finish()
    }
}

impl Net {
    fn from_raw(raw: *mut sys::ffnn_net) -> Net {
        Net { handle: Handle::from_raw(raw) }
    }

    fn ptr(&self) -> *mut sys::ffnn_net {
        self.handle.ptr()
    }

    /// Turns a status of a call on this handle into a Result.
    fn check(&self, code: c_int) -> Result<()> {
        self.handle.check(code)
    }

    /// A network of `sizes.len() - 1` layers: `sizes` are n_0 (inputs) ..
    /// n_L (outputs), `activations` g_1 .. g_L. Weights are a function of
    /// `seed` alone. An `Other(c)` activation or loss passes c to the
    /// library, which judges it ([`Status::Arg`] for a value it does not
    /// have).
    pub fn new(sizes: &[usize], activations: &[Activation], loss: Loss, seed: u64) -> Result<Net> {
        // C reads L + 1 sizes and L activations: the lengths must agree.
        let layers = sizes.len().saturating_sub(1);
        if activations.len() != layers {
            return Err(Error {
                status: Status::Arg,
                message: format!(
                    "ffnn_net_create: {} sizes need {layers} activations, got {}",
                    sizes.len(),
                    activations.len()
                ),
            });
        }
        // The codes, `Other`'s passed through for C to judge.
        let codes: Vec<sys::ffnn_activation> = activations.iter().map(|a| a.code()).collect();
        let mut raw = ptr::null_mut();
        let code = unsafe {
            sys::ffnn_net_create(&mut raw, layers, sizes.as_ptr(), codes.as_ptr(), loss.code(), seed)
        };
        check_global(code)?;
        Ok(Net::from_raw(raw))
    }

    /// A deep, independent copy (weights, optimizer state, training position,
    /// metadata, last forward pass).
    pub fn try_clone(&self) -> Result<Net> {
        let mut raw = ptr::null_mut();
        check_global(unsafe { sys::ffnn_net_clone(self.ptr(), &mut raw) })?;
        Ok(Net::from_raw(raw))
    }

    /// A view for inference that reads this network's weights in place, with
    /// no copy, and has its own activation buffers (`ffnn_net_share`): the
    /// way for many threads to run one model, a [`View`] each. The view
    /// borrows the network, which can be neither changed nor dropped until
    /// the last view is gone; a view made after a change sees the new
    /// weights.
    ///
    /// ```
    /// use ffnn::{Activation, Loss, Net};
    ///
    /// let mut net = Net::new(&[2, 8, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, 42)?;
    /// let x = [0.5, -1.0, 1.0, 0.25]; // 2 samples
    /// let expected = net.forward(&x, 2)?;
    /// let views = (0..4).map(|_| net.share()).collect::<ffnn::Result<Vec<_>>>()?;
    /// std::thread::scope(|s| {
    ///     for mut view in views {
    ///         let expected = &expected;
    ///         s.spawn(move || assert_eq!(&view.forward(&x, 2).unwrap(), expected));
    ///     }
    /// });
    /// // The views are gone: the network may be trained again.
    /// net.train_step(&x, &[1.0, 0.0], 2, 0.1)?;
    /// # Ok::<(), ffnn::Error>(())
    /// ```
    ///
    /// Training the network while a view of it lives does not compile:
    ///
    /// ```compile_fail,E0502
    /// # use ffnn::{Activation, Loss, Net};
    /// let mut net = Net::new(&[2, 1], &[Activation::Sigmoid], Loss::Bce, 1)?;
    /// let mut view = net.share()?;
    /// net.train_step(&[1.0, 0.0], &[1.0], 1, 0.1)?; // `net` is borrowed by `view`
    /// view.forward(&[1.0, 0.0], 1)?;
    /// # Ok::<(), ffnn::Error>(())
    /// ```
    pub fn share(&self) -> Result<View<'_>> {
        let mut raw = ptr::null_mut();
        check_global(unsafe { sys::ffnn_net_share(self.ptr(), &mut raw) })?;
        Ok(View { handle: Handle::from_raw(raw), _source: PhantomData })
    }

    // ---- shape ----

    /// L, the number of weight layers.
    pub fn num_layers(&self) -> usize {
        self.handle.num_layers()
    }

    /// n_l for 0 <= l <= L, 0 otherwise.
    pub fn layer_size(&self, l: usize) -> usize {
        self.handle.layer_size(l)
    }

    /// n_0 .. n_L.
    pub fn sizes(&self) -> Vec<usize> {
        self.handle.sizes()
    }

    pub fn input_size(&self) -> usize {
        self.handle.input_size()
    }

    pub fn output_size(&self) -> usize {
        self.handle.output_size()
    }

    /// g_l for 1 <= l <= L; None for any other l. A code this crate does
    /// not name (of a newer library) is `Some(Activation::Other(code))`.
    pub fn activation(&self, l: usize) -> Option<Activation> {
        self.handle.activation(l)
    }

    /// The loss given at create; a code this crate does not name is
    /// [`Loss::Other`].
    pub fn loss_function(&self) -> Loss {
        self.handle.loss_function()
    }

    pub fn num_params(&self) -> usize {
        self.handle.num_params()
    }

    /// Bytes the network holds now.
    pub fn memory(&self) -> usize {
        self.handle.memory()
    }

    // ---- parameters, gradients, activations ----

    /// (W_l, b_l): W is n_l x n_{l-1} row-major, b has n_l values.
    pub fn layer(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.handle.layer(l)
    }

    /// Replaces W_l and/or b_l (None keeps it). Values must be finite.
    pub fn set_layer(&mut self, l: usize, w: Option<&[f32]>, b: Option<&[f32]>) -> Result<()> {
        let (rows, cols) = match self.handle.weight_shape(l) {
            Some(shape) => shape,
            None => {
                // NULL arrays: C only has to report the bad index.
                self.check(unsafe { sys::ffnn_set_layer(self.ptr(), l, ptr::null(), ptr::null()) })?;
                return Err(self.handle.bad_layer(l, 1));
            }
        };
        if let Some(w) = w {
            expect_len(&format!("ffnn_set_layer: W of layer {l}"), w.len(), rows, cols)?;
        }
        if let Some(b) = b {
            expect_len(&format!("ffnn_set_layer: b of layer {l}"), b.len(), rows, 1)?;
        }
        self.check(unsafe { sys::ffnn_set_layer(self.ptr(), l, opt_ptr(w), opt_ptr(b)) })
    }

    /// (dL/dW_l, dL/db_l) from the last backward pass.
    pub fn gradients(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.handle.get_pair(l, sys::ffnn_get_gradients)
    }

    /// Rows of the last forward pass, which size the targets of `loss` and
    /// `backward` and the arrays of `activations`; 0 if there is none.
    pub fn batch(&self) -> usize {
        self.handle.batch()
    }

    /// (a_l, h_l) of the last forward pass, each batch x n_l, for 0 <= l <= L.
    pub fn activations(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.handle.activations(l)
    }

    // ---- forward, loss, backward, step ----

    /// Outputs (batch x n_L) of x (batch x n_0).
    pub fn forward(&mut self, x: &[f32], batch: usize) -> Result<Vec<f32>> {
        self.handle.forward(x, batch)
    }

    /// As `forward`, writing the outputs into `out` (batch x n_L).
    pub fn forward_into(&mut self, x: &[f32], batch: usize, out: &mut [f32]) -> Result<()> {
        self.handle.forward_into(x, batch, out)
    }

    /// Mean loss of the last forward pass against y (batch x n_L).
    pub fn loss(&mut self, y: &[f32]) -> Result<f32> {
        self.handle.loss(y)
    }

    /// Gradients of the mean loss of the last forward pass against y.
    pub fn backward(&mut self, y: &[f32]) -> Result<()> {
        self.handle.check_target("ffnn_backward", y)?;
        self.check(unsafe { sys::ffnn_backward(self.ptr(), y.as_ptr()) })
    }

    /// Applies the last gradients (of [`backward`](Net::backward), or set
    /// with [`set_gradient_vector`](Net::set_gradient_vector)) with the
    /// optimizer.
    pub fn step(&mut self, learning_rate: f32) -> Result<()> {
        self.check(unsafe { sys::ffnn_step(self.ptr(), learning_rate) })
    }

    /// Forward, loss, backward and update on one batch; the loss before the
    /// update.
    pub fn train_step(&mut self, x: &[f32], y: &[f32], batch: usize, learning_rate: f32) -> Result<f32> {
        expect_len("ffnn_train_step: x", x.len(), batch, self.input_size())?;
        expect_len("ffnn_train_step: target", y.len(), batch, self.output_size())?;
        let mut loss = 0.0;
        self.check(unsafe {
            sys::ffnn_train_step(self.ptr(), x.as_ptr(), y.as_ptr(), batch, learning_rate, &mut loss)
        })?;
        Ok(loss)
    }

    // ---- optimizers and backend ----

    pub fn set_optimizer_sgd(&mut self) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_optimizer_sgd(self.ptr()) })
    }

    /// Momentum 0 <= mu < 1; `nesterov` selects Nesterov's update.
    pub fn set_optimizer_momentum(&mut self, momentum: f32, nesterov: bool) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_optimizer_momentum(self.ptr(), momentum, nesterov as c_int) })
    }

    /// Adam; usual values 0.9, 0.999, 1e-8.
    pub fn set_optimizer_adam(&mut self, beta1: f32, beta2: f32, epsilon: f32) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_optimizer_adam(self.ptr(), beta1, beta2, epsilon) })
    }

    /// L2 weight decay lambda >= 0 on the weights (not the biases).
    pub fn set_weight_decay(&mut self, lambda: f32) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_weight_decay(self.ptr(), lambda) })
    }

    /// The optimizer in use; a code this crate does not name is
    /// [`Optimizer::Other`].
    pub fn optimizer(&self) -> Optimizer {
        self.handle.optimizer()
    }

    /// The hyper-parameter of the optimizer in use, as set
    /// (ffnn_get_optimizer_param); [`Status::State`] if that optimizer has
    /// no such parameter (`Beta1` of SGD, say).
    pub fn optimizer_param(&self, param: OptimizerParam) -> Result<f32> {
        let mut value = 0.0;
        self.check(unsafe { sys::ffnn_get_optimizer_param(self.ptr(), param as c_int, &mut value) })?;
        Ok(value)
    }

    /// Sets a hyper-parameter of the optimizer in use
    /// (`ffnn_set_optimizer_param`, since libffnn 1.4.0), the pair of
    /// [`optimizer_param`](Net::optimizer_param), keeping the optimizer's
    /// state: momentum in [0, 1) for momentum and Nesterov; beta1, beta2 in
    /// [0, 1) and epsilon > 0 for Adam; weight decay >= 0 for any.
    /// [`Status::State`] for a parameter the optimizer does not have,
    /// [`Status::Arg`] for a value out of range; nothing changes then.
    pub fn set_optimizer_param(&mut self, param: OptimizerParam, value: f32) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_optimizer_param(self.ptr(), param as c_int, value) })
    }

    /// The backend set; a code this crate does not name is
    /// [`Backend::Other`].
    pub fn backend(&self) -> Backend {
        self.handle.backend()
    }

    /// `Backend::Other(c)` passes c to the library, which judges it
    /// ([`Status::Arg`] for a value it does not have).
    pub fn set_backend(&mut self, backend: Backend) -> Result<()> {
        self.check(unsafe { sys::ffnn_net_set_backend(self.ptr(), backend.code()) })
    }

    // ---- flat vectors and the optimizer state (libffnn 1.3.0) ----

    /// Every parameter as one vector (`ffnn_get_param_vector`, header
    /// section 13, since libffnn 1.3.0) of P = [`num_params`](Net::num_params)
    /// floats, in the order W_1, b_1, W_2, b_2, ..., W_L, b_L: each W_l
    /// row-major (n_l x n_{l-1}), as [`layer`](Net::layer) gives it. The
    /// vector is sized here, so the call cannot fail.
    pub fn param_vector(&self) -> Vec<f32> {
        self.handle.param_vector()
    }

    /// As [`param_vector`](Net::param_vector), into `out`, which must hold
    /// exactly P floats: another length is [`Status::Shape`] with the
    /// library's message, and `out` is left as it was.
    pub fn param_vector_into(&self, out: &mut [f32]) -> Result<()> {
        self.handle.param_vector_into(out)
    }

    /// Replaces every parameter (`ffnn_set_param_vector`) from P floats in
    /// the order of [`param_vector`](Net::param_vector). Another length is
    /// [`Status::Shape`]; a NaN or infinity is [`Status::Numeric`]; each
    /// with the library's message, and nothing changes then. As after
    /// [`set_layer`](Net::set_layer), [`backward`](Net::backward) needs a
    /// new forward pass, and the gradients of the last backward pass are
    /// forgotten (they belong to the old weights).
    pub fn set_param_vector(&mut self, params: &[f32]) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_param_vector(self.ptr(), params.as_ptr(), params.len()) })
    }

    /// The gradients of the last [`backward`](Net::backward), or of the
    /// last [`set_gradient_vector`](Net::set_gradient_vector), as one
    /// vector of P floats (`ffnn_get_gradient_vector`) in the order of
    /// [`param_vector`](Net::param_vector): dL/dW_1, dL/db_1, ..., as
    /// [`gradients`](Net::gradients) gives them layer by layer.
    /// [`Status::State`] if there are none (no backward pass yet, or the
    /// weights were set since).
    pub fn gradient_vector(&self) -> Result<Vec<f32>> {
        let mut grads = vec![0.0; self.num_params()];
        self.gradient_vector_into(&mut grads)?;
        Ok(grads)
    }

    /// As [`gradient_vector`](Net::gradient_vector), into `out` of exactly
    /// P floats ([`Status::Shape`] otherwise); `out` is left as it was on
    /// failure.
    pub fn gradient_vector_into(&self, out: &mut [f32]) -> Result<()> {
        self.check(unsafe { sys::ffnn_get_gradient_vector(self.ptr(), out.as_mut_ptr(), out.len()) })
    }

    /// Makes `grads` (P floats, in the order of
    /// [`param_vector`](Net::param_vector)) the gradients the next
    /// [`step`](Net::step) applies (`ffnn_set_gradient_vector`), with the
    /// network's optimizer, weight decay and learning rate, exactly as if
    /// [`backward`](Net::backward) had computed them: the way to apply
    /// gradients reduced elsewhere (summed over processes, accumulated over
    /// batches, clipped). The forward pass is left as it was. Another
    /// length is [`Status::Shape`], a NaN or infinity [`Status::Numeric`],
    /// each with the library's message, and nothing changes then.
    ///
    /// Two replicas, each with half of a batch, step as one network on the
    /// whole batch (to float rounding):
    ///
    /// ```
    /// use ffnn::{Activation, Loss, Net};
    ///
    /// let mut a = Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Linear], Loss::Mse, 7)?;
    /// let mut b = a.try_clone()?;
    /// let mut whole = a.try_clone()?;
    /// let (x, y) = ([0.5, -1.0, 1.0, 0.25, -0.5, 2.0, 0.0, 1.0], [1.0, -1.0, 0.5, 2.0]);
    ///
    /// a.forward(&x[..4], 2)?; // rows 0 and 1
    /// a.backward(&y[..2])?;
    /// b.forward(&x[4..], 2)?; // rows 2 and 3
    /// b.backward(&y[2..])?;
    /// let (ga, gb) = (a.gradient_vector()?, b.gradient_vector()?);
    /// let mean: Vec<f32> = ga.iter().zip(&gb).map(|(p, q)| (p + q) / 2.0).collect();
    /// for net in [&mut a, &mut b] {
    ///     net.set_gradient_vector(&mean)?;
    ///     net.step(0.1)?;
    /// }
    /// assert_eq!(a.param_vector(), b.param_vector()); // the replicas agree, bit for bit
    ///
    /// whole.train_step(&x, &y, 4, 0.1)?; // all four rows at once
    /// for (p, q) in a.param_vector().iter().zip(whole.param_vector()) {
    ///     assert!((p - q).abs() < 1e-6);
    /// }
    /// // A vector sized for another network is refused by the library.
    /// let refused = a.set_gradient_vector(&mean[1..]).unwrap_err();
    /// assert_eq!(refused.status, ffnn::Status::Shape);
    /// # Ok::<(), ffnn::Error>(())
    /// ```
    pub fn set_gradient_vector(&mut self, grads: &[f32]) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_gradient_vector(self.ptr(), grads.as_ptr(), grads.len()) })
    }

    /// Floats of optimizer state (`ffnn_optimizer_state_size`): 0 for SGD,
    /// P for momentum and Nesterov (the velocity v), 2P for Adam (the first
    /// moment m, then the second v).
    pub fn optimizer_state_size(&self) -> usize {
        unsafe { sys::ffnn_optimizer_state_size(self.ptr()) }
    }

    /// The state of the optimizer in use and Adam's step count t
    /// (`ffnn_get_optimizer_state`): [`optimizer_state_size`] floats, each
    /// part in the order of [`param_vector`](Net::param_vector) (empty for
    /// SGD; v for momentum and Nesterov; m then v for Adam), and the
    /// number of steps taken since Adam was chosen (0 for the other
    /// optimizers). With the same weights and optimizer, another network
    /// given both by [`set_optimizer_state`](Net::set_optimizer_state)
    /// takes the same next steps, bit for bit.
    ///
    /// [`optimizer_state_size`]: Net::optimizer_state_size
    pub fn optimizer_state(&self) -> Result<(Vec<f32>, u64)> {
        let mut state = vec![0.0; self.optimizer_state_size()];
        let step = self.optimizer_state_into(&mut state)?;
        Ok((state, step))
    }

    /// As [`optimizer_state`](Net::optimizer_state), the state into `out`
    /// (exactly [`optimizer_state_size`](Net::optimizer_state_size) floats,
    /// else [`Status::Shape`] and `out` is left as it was); returns the
    /// step count.
    pub fn optimizer_state_into(&self, out: &mut [f32]) -> Result<u64> {
        let mut step = 0;
        self.check(unsafe {
            sys::ffnn_get_optimizer_state(self.ptr(), out.as_mut_ptr(), out.len(), &mut step)
        })?;
        Ok(step)
    }

    /// Replaces the state and step count of the optimizer in use
    /// (`ffnn_set_optimizer_state`), e.g. with another network's
    /// [`optimizer_state`](Net::optimizer_state): `state` in that order and
    /// length ([`Status::Shape`] otherwise). Values must be finite and
    /// Adam's second moments >= 0 (else [`Status::Numeric`]); `step` must
    /// be 0 for an optimizer other than Adam (else [`Status::Arg`]). Each
    /// error carries the library's message, and nothing changes then.
    pub fn set_optimizer_state(&mut self, state: &[f32], step: u64) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_optimizer_state(self.ptr(), state.as_ptr(), state.len(), step) })
    }

    // ---- scaling and dropout (libffnn 1.4.0) ----

    /// Sets (mean, scale) through `set` after checking both hold n values.
    fn set_scaling(
        &mut self,
        what: &str,
        n: usize,
        mean: &[f32],
        scale: &[f32],
        set: unsafe extern "C" fn(*mut sys::ffnn_net, *const f32, *const f32) -> c_int,
    ) -> Result<()> {
        expect_len(&format!("{what}: mean"), mean.len(), n, 1)?;
        expect_len(&format!("{what}: scale"), scale.len(), n, 1)?;
        self.check(unsafe { set(self.ptr(), mean.as_ptr(), scale.as_ptr()) })
    }

    /// Stores input scaling in the model (`ffnn_set_input_scaling`, header
    /// section 16): from then on every call that takes samples (`forward`,
    /// `train_step`, the training runs, `evaluate`, `predict`) is fed raw
    /// ones and standardises them first, x'_j = (x_j - mean_j) / scale_j.
    /// `mean` and `scale` have n_0 values each (else [`Status::Shape`] with
    /// this binding's message); means must be finite and scales finite and
    /// nonzero ([`Status::Arg`], nothing changes). The scaling is saved in
    /// model files and checkpoints, copied by `try_clone` and used by views.
    pub fn set_input_scaling(&mut self, mean: &[f32], scale: &[f32]) -> Result<()> {
        self.set_scaling(
            "ffnn_set_input_scaling",
            self.input_size(),
            mean,
            scale,
            sys::ffnn_set_input_scaling,
        )
    }

    /// Removes the input scaling (both NULL): samples go in as they are.
    pub fn clear_input_scaling(&mut self) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_input_scaling(self.ptr(), ptr::null(), ptr::null()) })
    }

    /// The input scaling, (mean, scale) of n_0 values each
    /// (`ffnn_get_input_scaling`); `None` for a network without one.
    pub fn input_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.handle.input_scaling()
    }

    /// Stores output scaling in the model (`ffnn_set_output_scaling`), for
    /// regression: the outputs given back (`forward`, `predict`) are
    /// y_j = h_j scale_j + mean_j, and targets are standardised,
    /// (t_j - mean_j) / scale_j, before the loss, so losses and gradients
    /// are those of the standardised targets. n_L values each
    /// ([`Status::Shape`]); a loss other than [`Loss::Mse`] is
    /// [`Status::State`]; otherwise as
    /// [`set_input_scaling`](Net::set_input_scaling).
    pub fn set_output_scaling(&mut self, mean: &[f32], scale: &[f32]) -> Result<()> {
        self.set_scaling(
            "ffnn_set_output_scaling",
            self.output_size(),
            mean,
            scale,
            sys::ffnn_set_output_scaling,
        )
    }

    /// Removes the output scaling.
    pub fn clear_output_scaling(&mut self) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_output_scaling(self.ptr(), ptr::null(), ptr::null()) })
    }

    /// The output scaling, (mean, scale) of n_L values each
    /// (`ffnn_get_output_scaling`); `None` for a network without one.
    pub fn output_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.handle.output_scaling()
    }

    /// Sets the inverted-dropout rate of hidden layer l, 1 <= l < L
    /// (`ffnn_set_dropout`, header section 17), rate in [0, 1) (else
    /// [`Status::Arg`], as is any other l): in every training step
    /// (`train_step`, the training runs) each output of layer l is kept with
    /// probability 1 - rate and scaled by 1 / (1 - rate), or set to 0, and
    /// the gradients follow the same mask. Only there: `forward`, `loss`,
    /// `backward`, `evaluate` and `predict` never drop. The masks are a
    /// function of the seed given to [`Net::new`], the count of training
    /// steps taken, the layer and the row, so equal networks trained alike
    /// stay equal. The rates are saved in model files.
    pub fn set_dropout(&mut self, l: usize, rate: f32) -> Result<()> {
        self.check(unsafe { sys::ffnn_set_dropout(self.ptr(), l, rate) })
    }

    /// The dropout rate of hidden layer l (`ffnn_get_dropout`); 0 if none.
    /// [`Status::Arg`] for l outside 1..L-1.
    pub fn dropout(&self, l: usize) -> Result<f32> {
        self.handle.dropout(l)
    }

    // ---- data sets ----

    /// Trains over the n samples of x (n x n_0) and y (n x n_L) in
    /// mini-batches, holding out the last `validation_fraction` of them.
    /// `callback` gets a report every `report_every` batches and at each
    /// epoch's end; returning `true` stops training after that batch. A
    /// panic in it stops training and is resumed once the C call has
    /// returned. Starts the training position from zero and advances it
    /// with every step, so a stopped run continues with
    /// [`train_resume`](Net::train_resume).
    pub fn train(
        &mut self,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        self.run_training("ffnn_train", x, y, n, options, callback, |net, x, y, n, o, r| unsafe {
            sys::ffnn_train(net, x, y, n, o, r)
        })
    }

    /// [`train`](Net::train) from the network's training position
    /// (`ffnn_train_resume`, since 1.2.0): the epochs not yet completed up
    /// to `options.epochs`, the epoch under way from its next batch, with
    /// the held-out rows chosen by `split` (drawn with `options.seed`).
    /// With the same network state (a checkpoint, or a network whose
    /// `train` was stopped by its callback), data and options, the weights,
    /// optimizer state and reports are bit-identical to those of a run
    /// never stopped (`samples_per_second` aside). `train` is
    /// `set_train_position(TrainPosition::default())` followed by
    /// `train_resume(.., ValidationSplit::Last, ..)`.
    ///
    /// A position beyond the data is [`Status::Arg`]; a complete one
    /// (epoch >= `options.epochs`) returns at once, with a report of that
    /// epoch and NaN losses.
    ///
    /// The callback cannot reach the network while it trains; to save
    /// checkpoints along the way, stop from the callback, call
    /// [`save_checkpoint`](Net::save_checkpoint), and call `train_resume`
    /// again: the run is the same as one never stopped.
    pub fn train_resume(
        &mut self,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        split: ValidationSplit,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        self.run_training("ffnn_train_resume", x, y, n, options, callback, |net, x, y, n, o, r| unsafe {
            sys::ffnn_train_resume(net, x, y, n, o, split as c_int, r)
        })
    }

    /// The common part of `train` and `train_resume`: length checks, the
    /// options and callback in C's form, the panic of a callback.
    #[allow(clippy::too_many_arguments)]
    fn run_training(
        &mut self,
        what: &str,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
        call: impl FnOnce(
            *mut sys::ffnn_net,
            *const f32,
            *const f32,
            usize,
            *const sys::ffnn_train_options,
            *mut sys::ffnn_train_report,
        ) -> c_int,
    ) -> Result<TrainReport> {
        expect_len(&format!("{what}: x"), x.len(), n, self.input_size())?;
        expect_len(&format!("{what}: y"), y.len(), n, self.output_size())?;
        self.with_progress(callback, |net, callback, user, report| {
            call(net, x.as_ptr(), y.as_ptr(), n, &options.to_c(callback, user), report)
        })
    }

    /// Runs a training call with the callback in C's form (the trampoline
    /// and its user data, or NULL): `call` gets the handle, the pair and
    /// the report to fill. A panic of the callback is resumed once `call`
    /// has returned; then its status becomes the Result.
    fn with_progress(
        &mut self,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
        call: impl FnOnce(
            *mut sys::ffnn_net,
            sys::ffnn_train_callback,
            *mut c_void,
            *mut sys::ffnn_train_report,
        ) -> c_int,
    ) -> Result<TrainReport> {
        let mut progress = callback.map(|callback| Progress { callback, panic: None });
        let trampoline: sys::ffnn_train_callback = progress.as_ref().map(|_| progress_trampoline as _);
        let user = progress.as_mut().map_or(ptr::null_mut(), |p| p as *mut Progress as *mut c_void);
        let mut report = std::mem::MaybeUninit::<sys::ffnn_train_report>::zeroed();
        let code = call(self.ptr(), trampoline, user, report.as_mut_ptr());
        if let Some(payload) = progress.and_then(|p| p.panic) {
            panic::resume_unwind(payload);
        }
        self.check(code)?;
        Ok(TrainReport::from(unsafe { &report.assume_init() }))
    }

    /// Trains with the options of a [`TrainSetup`] (`ffnn_train_run`, since
    /// libffnn 1.4.0): [`train`](Net::train) (the setup's
    /// [`TrainKey::Resume`] 0, the default) or
    /// [`train_resume`](Net::train_resume) (1, with the split of
    /// [`TrainKey::ValidationSplit`]), with the same checks, steps, reports
    /// and training position, plus the setup's learning-rate schedule and
    /// early stopping. With the setup's defaults it is `train` with
    /// `TrainOptions::default()`, bit for bit.
    ///
    /// The callback is `train`'s: a report every
    /// [`TrainKey::ReportEvery`] batches and at each epoch's end (after
    /// early stopping has judged the epoch), `true` stops after that batch,
    /// and a panic stops training and is resumed once the C call has
    /// returned. It is the setup's for the call only (set, then cleared).
    /// The results of the run (the best epoch, ...) are read afterwards with
    /// [`TrainSetup::result`]; with early stopping and
    /// [`TrainKey::RestoreBest`] the network then holds the best epoch's
    /// weights (the optimizer's state stays the last epoch's). A run with
    /// patience cannot continue another from mid-epoch
    /// ([`Status::State`]).
    ///
    /// ```
    /// use ffnn::{Activation, Loss, Net, TrainKey, TrainReport, TrainResult, TrainSetup};
    ///
    /// let mut net = Net::new(&[2, 1], &[Activation::Linear], Loss::Mse, 1)?;
    /// let (x, y) = ([0.0, 1.0, 1.0, 0.0, 1.0, 1.0], [2.0, 1.0, 3.0]); // y = x0 + 2 x1
    /// let mut setup = TrainSetup::new()?;
    /// setup.set(TrainKey::Epochs, 10.0)?;
    /// setup.set(TrainKey::LearningRate, 0.1)?;
    /// setup.set_by_name("warmup_epochs", 4.0)?; // rates 0.02, 0.04, 0.06, 0.08, then 0.1
    /// let mut epochs = Vec::new();
    /// let mut record = |r: &TrainReport| {
    ///     epochs.push(r.epoch);
    ///     false // go on
    /// };
    /// let report = net.train_run(&mut setup, &x, &y, 3, Some(&mut record))?;
    /// assert_eq!((report.epoch, epochs), (10, (1..=10).collect::<Vec<_>>()));
    /// assert_eq!(setup.result(TrainResult::LearningRate)?, 0.1f32 as f64); // the last epoch's
    /// # Ok::<(), ffnn::Error>(())
    /// ```
    pub fn train_run(
        &mut self,
        setup: &mut TrainSetup,
        x: &[f32],
        y: &[f32],
        n: usize,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        expect_len("ffnn_train_run: x", x.len(), n, self.input_size())?;
        expect_len("ffnn_train_run: y", y.len(), n, self.output_size())?;
        self.with_setup_progress(setup, callback, |net, setup, r| unsafe {
            sys::ffnn_train_run(net, setup, x.as_ptr(), y.as_ptr(), n, r)
        })
    }

    /// [`with_progress`](Net::with_progress) with the callback set on the
    /// setup for the call only: `call` gets the handle, the setup and the
    /// report to fill.
    fn with_setup_progress(
        &mut self,
        setup: &mut TrainSetup,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
        call: impl FnOnce(*mut sys::ffnn_net, *mut sys::ffnn_train_setup, *mut sys::ffnn_train_report) -> c_int,
    ) -> Result<TrainReport> {
        let setup = setup.ptr();
        self.with_progress(callback, |net, callback, user, report| unsafe {
            // Fails only for a NULL setup, which this is not.
            sys::ffnn_train_setup_set_callback(setup, callback, user);
            let code = call(net, setup, report);
            // The user data lives for this call only: the setup forgets it.
            sys::ffnn_train_setup_set_callback(setup, None, ptr::null_mut());
            code
        })
    }

    /// The split `train_resume` makes of n rows (`ffnn_split_rows`, since
    /// 1.2.0): a permutation of 0..n whose first n - n_val entries are the
    /// training rows and whose last n_val = round(fraction n) entries are
    /// the held-out ones, each part in increasing order. `y` (n x n_L) is
    /// needed for [`ValidationSplit::Stratified`] (each class holds out
    /// floor(fraction n_c) rows, the rest going to the largest remainders)
    /// and may be `None` otherwise. The same seed gives the same split
    /// everywhere; data reordered so trains with `ValidationSplit::Last` as
    /// the original does with `split`.
    pub fn split_rows(
        &self,
        y: Option<&[f32]>,
        n: usize,
        fraction: f32,
        split: ValidationSplit,
        seed: u64,
    ) -> Result<Vec<usize>> {
        if let Some(y) = y {
            expect_len("ffnn_split_rows: y", y.len(), n, self.output_size())?;
        }
        let mut order = Vec::new();
        order.try_reserve_exact(n).map_err(|_| Error {
            status: Status::NoMem,
            message: format!("ffnn_split_rows: no memory for the order of {n} rows"),
        })?;
        order.resize(n, 0usize);
        self.check(unsafe {
            sys::ffnn_split_rows(
                self.ptr(),
                opt_ptr(y),
                n,
                fraction,
                split as c_int,
                seed,
                order.as_mut_ptr(),
            )
        })?;
        Ok(order)
    }

    /// Where training is (`ffnn_get_train_position`, since 1.2.0).
    pub fn train_position(&self) -> TrainPosition {
        let mut position = sys::ffnn_train_position::default();
        // Fails only for NULL pointers, which these are not.
        let code = unsafe { sys::ffnn_get_train_position(self.ptr(), &mut position) };
        debug_assert_eq!(code, sys::FFNN_OK);
        position.into()
    }

    /// Sets the training position (`ffnn_set_train_position`, since 1.2.0),
    /// e.g. `TrainPosition::default()` to train again from the start with
    /// `train_resume`. Any values are accepted here; `train_resume` checks
    /// them against its data.
    pub fn set_train_position(&mut self, position: TrainPosition) -> Result<()> {
        let position = sys::ffnn_train_position::from(position);
        self.check(unsafe { sys::ffnn_set_train_position(self.ptr(), &position) })
    }

    // ---- metadata ----

    /// Attaches `key` = `value` to the network (`ffnn_set_metadata`, since
    /// 1.2.0); `None` removes the key. The key must start with "user." (the
    /// library owns every other name) and have at most 255 bytes, else
    /// [`Status::Arg`] with the library's message; a key or value with a NUL
    /// byte is [`Status::Arg`] with this binding's. Saved in models and
    /// checkpoints, restored by loading, copied by `try_clone`.
    pub fn set_metadata(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        let nul = |what: &str| Error {
            status: Status::Arg,
            message: format!("ffnn_set_metadata: the {what} contains a NUL byte"),
        };
        let key = CString::new(key).map_err(|_| nul("key"))?;
        let value = value.map(CString::new).transpose().map_err(|_| nul("value"))?;
        let value_ptr = value.as_ref().map_or(ptr::null(), |v| v.as_ptr());
        self.check(unsafe { sys::ffnn_set_metadata(self.ptr(), key.as_ptr(), value_ptr) })
    }

    /// The value of `key` (`ffnn_get_metadata`, since 1.2.0), or `None` if
    /// the network has none.
    pub fn metadata(&self, key: &str) -> Option<String> {
        let key = CString::new(key).ok()?; // no key holds a NUL byte
        let value = unsafe { sys::ffnn_get_metadata(self.ptr(), key.as_ptr()) };
        if value.is_null() {
            None
        } else {
            // Copied at once: the text lives until the key is set again.
            Some(unsafe { text(value) })
        }
    }

    /// (mean loss, accuracy) on n samples; accuracy compares yhat > 0.5 with
    /// one output, argmax otherwise.
    pub fn evaluate(&mut self, x: &[f32], y: &[f32], n: usize) -> Result<(f64, f64)> {
        self.handle.evaluate(x, y, n)
    }

    /// Outputs (n x n_L) for n samples.
    pub fn predict(&mut self, x: &[f32], n: usize) -> Result<Vec<f32>> {
        self.handle.predict(x, n)
    }

    /// As `predict`, into `out` (n x n_L).
    pub fn predict_into(&mut self, x: &[f32], n: usize, out: &mut [f32]) -> Result<()> {
        self.handle.predict_into(x, n, out)
    }

    // ---- model files (safetensors) ----

    /// Writes a model, the architecture, the weights and the metadata (not
    /// the optimizer nor the training position; see
    /// [`save_checkpoint`](Net::save_checkpoint)), to a file. Atomic: the
    /// file holds the complete old or the complete new contents at every
    /// instant, and a failed save ([`Status::Io`]) leaves it as it was.
    pub fn save<P: AsRef<Path>>(&self, path: P) -> Result<()> {
        let path = c_path(path.as_ref())?;
        self.check(unsafe { sys::ffnn_save(self.ptr(), path.as_ptr()) })
    }

    /// Writes a checkpoint (`ffnn_save_checkpoint`, since 1.2.0): a model
    /// plus the optimizer with its state and step count, and the training
    /// position. [`Net::load`] of it gives a network whose next steps are
    /// bit-identical to those this one would take. Atomic, as `save`.
    pub fn save_checkpoint<P: AsRef<Path>>(&self, path: P) -> Result<()> {
        let path = c_path(path.as_ref())?;
        self.check(unsafe { sys::ffnn_save_checkpoint(self.ptr(), path.as_ptr()) })
    }

    /// Reads a model (`save`) or a checkpoint (`save_checkpoint`). A model
    /// gives plain gradient descent and a zero training position; either
    /// gives the AUTO backend and no forward pass.
    pub fn load<P: AsRef<Path>>(path: P) -> Result<Net> {
        let path = c_path(path.as_ref())?;
        let mut raw = ptr::null_mut();
        check_global(unsafe { sys::ffnn_load(path.as_ptr(), &mut raw) })?;
        Ok(Net::from_raw(raw))
    }

    /// Serialises through `save` (ffnn_save_buffer's signature): asks the
    /// size, then writes.
    fn serialise(
        &self,
        save: unsafe extern "C" fn(*const sys::ffnn_net, *mut c_void, usize, *mut usize) -> c_int,
    ) -> Result<Vec<u8>> {
        let mut size = 0;
        self.check(unsafe { save(self.ptr(), ptr::null_mut(), 0, &mut size) })?;
        let mut buf = vec![0u8; size];
        self.check(unsafe { save(self.ptr(), buf.as_mut_ptr() as *mut c_void, buf.len(), &mut size) })?;
        buf.truncate(size);
        Ok(buf)
    }

    /// The bytes `save` would write.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        self.serialise(sys::ffnn_save_buffer)
    }

    /// The bytes `save_checkpoint` would write
    /// (`ffnn_save_checkpoint_buffer`, since 1.2.0).
    pub fn to_checkpoint_bytes(&self) -> Result<Vec<u8>> {
        self.serialise(sys::ffnn_save_checkpoint_buffer)
    }

    /// Reads a network from the bytes of `to_bytes` or
    /// `to_checkpoint_bytes`, or of a model or checkpoint file, as
    /// [`Net::load`].
    pub fn from_bytes(data: &[u8]) -> Result<Net> {
        let mut raw = ptr::null_mut();
        check_global(unsafe { sys::ffnn_load_buffer(data.as_ptr() as *const c_void, data.len(), &mut raw) })?;
        Ok(Net::from_raw(raw))
    }
}

/// A view of a [`Net`] for inference, made by [`Net::share`]
/// (`ffnn_net_share`): it reads the network's weights in place and has its
/// own activation buffers, so views of one network run on several threads
/// at once. Dropping it frees the view (ffnn_net_destroy, once), not the
/// weights.
///
/// It has the calls the header allows a view: forward, loss, evaluate,
/// predict and the getters (the scaling and dropout rates and the
/// parameter vector among them), with the signatures of [`Net`]'s. Those
/// that would change weights, gradients, the optimizer, the scaling or the
/// dropout rates are not there, so the library's FFNN_ERR_STATE for them
/// cannot arise; nor are the gradients (a view never has any, so the
/// library's answer would always be FFNN_ERR_STATE) and the optimizer's
/// state (a view has no optimizer of its own). The view borrows its
/// source, which therefore outlives it and is not changed while it lives.
/// The view keeps the source's backend.
///
/// ```compile_fail,E0505
/// # use ffnn::{Activation, Loss, Net};
/// let net = Net::new(&[2, 1], &[Activation::Sigmoid], Loss::Bce, 1)?;
/// let mut view = net.share()?;
/// drop(net); // `net` is borrowed by `view`
/// view.forward(&[1.0, 0.0], 1)?;
/// # Ok::<(), ffnn::Error>(())
/// ```
///
/// `View` is `Send` but not `Sync`, as `Net` is: one thread per view at a
/// time, and `&mut self` on the calls that run the network.
///
/// ```compile_fail
/// fn shared_between_threads<T: Sync>() {}
/// shared_between_threads::<ffnn::View<'static>>();
/// ```
pub struct View<'a> {
    handle: Handle,
    /// The view reads the source's weights: borrowing the source keeps it
    /// alive and unchanged (no `&mut Net` call, no drop) while the view is.
    _source: PhantomData<&'a Net>,
}

// SAFETY: the view's handle owns its layer table, activation buffers and
// error text; the one thing it shares is its source's parameter block, and
// it only reads it. Every call that writes that block takes `&mut Net` (or
// drops the Net), which the borrow `'a` rules out while the view lives; what
// the source's owner can still do through `&Net` only reads it as well (a
// failed call writes the source's own error text, which no view touches).
// So, as the header allows, a view may run on another thread than its
// source, and views of one source on several threads at once. It is not
// Sync: like a Net, one thread at a time per handle (forward writes the
// view's buffers, a failed getter its error text).
unsafe impl Send for View<'_> {}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("View").field("sizes", &self.sizes()).finish()
    }
}

impl View<'_> {
    // ---- shape ----

    /// As [`Net::num_layers`].
    pub fn num_layers(&self) -> usize {
        self.handle.num_layers()
    }

    /// As [`Net::layer_size`].
    pub fn layer_size(&self, l: usize) -> usize {
        self.handle.layer_size(l)
    }

    /// As [`Net::sizes`].
    pub fn sizes(&self) -> Vec<usize> {
        self.handle.sizes()
    }

    pub fn input_size(&self) -> usize {
        self.handle.input_size()
    }

    pub fn output_size(&self) -> usize {
        self.handle.output_size()
    }

    /// As [`Net::activation`].
    pub fn activation(&self, l: usize) -> Option<Activation> {
        self.handle.activation(l)
    }

    /// As [`Net::loss_function`].
    pub fn loss_function(&self) -> Loss {
        self.handle.loss_function()
    }

    pub fn num_params(&self) -> usize {
        self.handle.num_params()
    }

    /// Bytes the view holds now: its own buffers, not the weights it reads.
    pub fn memory(&self) -> usize {
        self.handle.memory()
    }

    /// The backend, the source's at [`Net::share`].
    pub fn backend(&self) -> Backend {
        self.handle.backend()
    }

    /// As [`Net::input_scaling`]: the source's, which the view applies.
    pub fn input_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.handle.input_scaling()
    }

    /// As [`Net::output_scaling`].
    pub fn output_scaling(&self) -> Result<Option<(Vec<f32>, Vec<f32>)>> {
        self.handle.output_scaling()
    }

    /// As [`Net::dropout`] (a view never trains, so never drops).
    pub fn dropout(&self, l: usize) -> Result<f32> {
        self.handle.dropout(l)
    }

    // ---- parameters, activations ----

    /// As [`Net::layer`]: the source's weights.
    pub fn layer(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.handle.layer(l)
    }

    /// As [`Net::param_vector`]: the source's weights, W_1, b_1, ...,
    /// W_L, b_L.
    pub fn param_vector(&self) -> Vec<f32> {
        self.handle.param_vector()
    }

    /// As [`Net::param_vector_into`].
    pub fn param_vector_into(&self, out: &mut [f32]) -> Result<()> {
        self.handle.param_vector_into(out)
    }

    /// Rows of this view's last forward pass; 0 if there is none.
    pub fn batch(&self) -> usize {
        self.handle.batch()
    }

    /// As [`Net::activations`], of this view's last forward pass.
    pub fn activations(&self, l: usize) -> Result<(Vec<f32>, Vec<f32>)> {
        self.handle.activations(l)
    }

    // ---- inference ----

    /// As [`Net::forward`].
    pub fn forward(&mut self, x: &[f32], batch: usize) -> Result<Vec<f32>> {
        self.handle.forward(x, batch)
    }

    /// As [`Net::forward_into`].
    pub fn forward_into(&mut self, x: &[f32], batch: usize, out: &mut [f32]) -> Result<()> {
        self.handle.forward_into(x, batch, out)
    }

    /// As [`Net::loss`], against this view's last forward pass.
    pub fn loss(&mut self, y: &[f32]) -> Result<f32> {
        self.handle.loss(y)
    }

    /// As [`Net::evaluate`].
    pub fn evaluate(&mut self, x: &[f32], y: &[f32], n: usize) -> Result<(f64, f64)> {
        self.handle.evaluate(x, y, n)
    }

    /// As [`Net::predict`].
    pub fn predict(&mut self, x: &[f32], n: usize) -> Result<Vec<f32>> {
        self.handle.predict(x, n)
    }

    /// As [`Net::predict_into`].
    pub fn predict_into(&mut self, x: &[f32], n: usize, out: &mut [f32]) -> Result<()> {
        self.handle.predict_into(x, n, out)
    }
}

/// What a safetensors file says of itself, read from its header alone
/// (`ffnn_file_open`, header section 18, since libffnn 1.4.0): every
/// `"__metadata__"` key with its value, and every tensor's name, dtype,
/// shape and byte range. No network is built, so any safetensors file
/// opens (a model or checkpoint of ffnn, a PyTorch file, a model of
/// another library), and only the header is read, so a large file opens as
/// quickly as a small one.
///
/// The library checks the header as [`Net::load`] does (its length, the
/// JSON, duplicate keys) and safetensors' rules for each entry: metadata
/// values are strings; a tensor has a dtype string, a shape of sizes, and
/// data offsets inside the file's data; a dtype safetensors defines (F64,
/// F32, F16, BF16, F8_E4M3, F8_E5M2, I64, I32, I16, I8, U64, U32, U16, U8,
/// BOOL) covers exactly the bytes its shape needs. A header that breaks
/// one is [`Status::Format`], and the library's message names the entry.
/// What [`Net::load`] would refuse beyond that (an architecture, a missing
/// tensor) is not checked.
///
/// The C handle is copied into these owned values and closed before
/// `open` or `from_bytes` returns. The JSON parser takes only valid UTF-8
/// without NUL characters, so every name and value arrives whole; were a
/// string not UTF-8, its bad bytes would become U+FFFD, as in the crate's
/// other text from C (the library's messages, [`Net::metadata`]).
///
/// ```
/// use ffnn::{Activation, FileHeader, Loss, Net};
///
/// let net = Net::new(&[3, 4, 2], &[Activation::Relu, Activation::Sigmoid], Loss::Bce, 7)?;
/// let path = std::env::temp_dir().join(format!("ffnn-doc-header-{}.safetensors", std::process::id()));
/// net.save(&path)?;
/// let header = FileHeader::open(&path);
/// std::fs::remove_file(&path).unwrap();
/// let header = header?;
///
/// assert_eq!(header.metadata_value("format"), Some("ffnn"));
/// assert_eq!(header.metadata_value("sizes"), Some("3,4,2"));
/// assert_eq!(header.metadata_value("optimizer"), None); // a model, not a checkpoint
/// let names: Vec<&str> = header.tensors.iter().map(|t| t.name.as_str()).collect();
/// assert_eq!(names, ["layers.1.weight", "layers.1.bias", "layers.2.weight", "layers.2.bias"]);
/// let w1 = &header.tensors[0];
/// assert_eq!((w1.dtype.as_str(), w1.shape.as_slice()), ("F32", &[4, 3][..]));
/// assert_eq!(w1.end - w1.begin, 4 * 3 * 4); // 12 little-endian f32
///
/// // The same bytes in memory give the same header.
/// let bytes = net.to_bytes()?;
/// assert_eq!(FileHeader::from_bytes(&bytes)?, header);
/// assert_eq!(header.size, bytes.len() as u64);
/// # Ok::<(), ffnn::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileHeader {
    /// The file's size in bytes: 8 + the header + the data.
    pub size: u64,
    /// Every `"__metadata__"` (key, value), in the order of the file's JSON.
    pub metadata: Vec<(String, String)>,
    /// Every tensor, by where its bytes begin (ffnn writes layers.1.weight,
    /// layers.1.bias, ...).
    pub tensors: Vec<TensorInfo>,
}

/// One tensor of a [`FileHeader`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorInfo {
    /// Its key in the header, e.g. "layers.1.weight".
    pub name: String,
    /// The dtype as the file writes it: "F32", or one safetensors does not
    /// define (its byte length is then not checked against the shape).
    pub dtype: String,
    /// The size of each dimension; empty for a scalar.
    pub shape: Vec<u64>,
    /// Where its bytes begin, counted from the start of the file (not of
    /// the data, as the header's `data_offsets` are).
    pub begin: u64,
    /// Where they end (exclusive), from the start of the file.
    pub end: u64,
}

/// An open `ffnn_file`, closed when this goes out of scope, on every path
/// (`ffnn_file_close`; NULL is harmless).
struct FileGuard(*mut sys::ffnn_file);

impl Drop for FileGuard {
    fn drop(&mut self) {
        unsafe { sys::ffnn_file_close(self.0) }
    }
}

impl FileHeader {
    /// The header of the safetensors file at `path` (`ffnn_file_open`).
    /// [`Status::Io`] if it cannot be read (no such file, a directory),
    /// [`Status::Format`] if the header breaks a rule (see [`FileHeader`]),
    /// each with the library's message. The path goes to C as its bytes (on
    /// Unix a name that is not UTF-8 works); one with a NUL byte is
    /// [`Status::Arg`] with this binding's message, as in [`Net::load`].
    pub fn open<P: AsRef<Path>>(path: P) -> Result<FileHeader> {
        let path = c_path(path.as_ref())?;
        FileHeader::read(|out| unsafe { sys::ffnn_file_open(path.as_ptr(), out) })
    }

    /// The header of a safetensors file's bytes (`ffnn_file_open_buffer`),
    /// e.g. those of [`Net::to_bytes`]; as [`open`](FileHeader::open), with
    /// [`Status::Format`] for what is not a whole file (too short, a header
    /// length past the end, offsets outside the data).
    pub fn from_bytes(data: &[u8]) -> Result<FileHeader> {
        FileHeader::read(|out| unsafe {
            sys::ffnn_file_open_buffer(data.as_ptr() as *const c_void, data.len(), out)
        })
    }

    /// The value of metadata `key`, or `None` if the file has none (keys
    /// are unique: the library refuses a header that repeats one).
    pub fn metadata_value(&self, key: &str) -> Option<&str> {
        self.metadata.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Opens through `open`, copies everything out and closes.
    fn read(open: impl FnOnce(*mut *mut sys::ffnn_file) -> c_int) -> Result<FileHeader> {
        let mut raw = ptr::null_mut();
        let code = open(&mut raw);
        let file = FileGuard(raw); // NULL after a failure; closed either way
        check_global(code)?;
        assert!(!file.0.is_null(), "ffnn returned OK with a NULL file");
        let f = file.0 as *const sys::ffnn_file;
        // The strings live as long as the handle: copied now, before `file`
        // closes it.
        let metadata = (0..unsafe { sys::ffnn_file_num_metadata(f) })
            .map(|k| unsafe {
                (text(sys::ffnn_file_metadata_key(f, k)), text(sys::ffnn_file_metadata_value(f, k)))
            })
            .collect();
        let mut tensors = Vec::new();
        for t in 0..unsafe { sys::ffnn_file_num_tensors(f) } {
            let (mut begin, mut end) = (0, 0);
            // Fails only past the end, which t is not.
            check_global(unsafe { sys::ffnn_file_tensor_bytes(f, t, &mut begin, &mut end) })?;
            let rank = unsafe { sys::ffnn_file_tensor_rank(f, t) };
            tensors.push(TensorInfo {
                name: unsafe { text(sys::ffnn_file_tensor_name(f, t)) },
                dtype: unsafe { text(sys::ffnn_file_tensor_dtype(f, t)) },
                shape: (0..rank).map(|d| unsafe { sys::ffnn_file_tensor_dim(f, t, d) }).collect(),
                begin,
                end,
            });
        }
        Ok(FileHeader { size: unsafe { sys::ffnn_file_size(f) }, metadata, tensors })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `from_code` is private: its round trips are checked here. Every
    /// integer comes back from `code()` unchanged, a named code gives its
    /// variant, and only the others give `Other`.
    fn round_trips<T: Copy + PartialEq + fmt::Debug>(
        known: &[T],
        other: fn(i32) -> T,
        from_code: fn(c_int) -> T,
        code: fn(T) -> i32,
    ) {
        for &v in known {
            assert_eq!(from_code(code(v)), v);
        }
        for c in (-1000..1000).chain([i32::MIN, i32::MAX]) {
            let v = from_code(c);
            assert_eq!(code(v), c);
            assert_eq!(v == other(c), !known.iter().any(|k| code(*k) == c), "{c}: {v:?}");
        }
        assert_eq!(from_code(99), other(99));
        assert_eq!(code(other(99)), 99);
        assert_eq!(code(other(-1)), -1);
    }

    #[test]
    fn activation_codes_round_trip() {
        use Activation::*;
        round_trips(
            &[Linear, Sigmoid, Tanh, Relu, Softmax, LeakyRelu, Elu, Gelu, Silu, Softplus],
            Other,
            Activation::from_code,
            Activation::code,
        );
    }

    #[test]
    fn loss_codes_round_trip() {
        use Loss::*;
        round_trips(&[Mse, Bce, Ce], Other, Loss::from_code, Loss::code);
    }

    #[test]
    fn backend_codes_round_trip() {
        use Backend::*;
        round_trips(&[Auto, Blas, Naive], Other, Backend::from_code, Backend::code);
    }

    #[test]
    fn optimizer_codes_round_trip() {
        use Optimizer::*;
        round_trips(&[Sgd, Momentum, Nesterov, Adam], Other, Optimizer::from_code, Optimizer::code);
    }

    #[test]
    fn train_key_codes_round_trip() {
        round_trips(&TRAIN_KEYS, TrainKey::Other, TrainKey::from_code, TrainKey::code);
    }

    #[test]
    fn schedule_codes_round_trip() {
        use Schedule::*;
        round_trips(&[Constant, Step, Cosine], Other, Schedule::from_code, Schedule::code);
    }

    #[test]
    fn monitor_codes_round_trip() {
        use Monitor::*;
        round_trips(&[ValLoss, ValAccuracy, TrainLoss], Other, Monitor::from_code, Monitor::code);
    }

    /// A result only goes into the library: its codes are distinct, and
    /// `Other` passes its own through.
    #[test]
    fn train_result_codes_are_distinct() {
        use TrainResult::*;
        let codes: Vec<i32> =
            [LearningRate, BestEpoch, BestValue, StoppedEarly, Restored].map(TrainResult::code).into();
        assert_eq!(codes, [0, 1, 2, 3, 4]);
        assert_eq!(Other(99).code(), 99);
    }

    /// Section 13 on a view's handle, as the library answers it: the
    /// parameter vector is the source's; every setter is FFNN_ERR_STATE
    /// (a view changes nothing), and so are the gradients (a view has
    /// none); its optimizer has no state. So `View` has `param_vector`
    /// and none of the rest.
    #[test]
    fn a_view_has_the_param_vector_only() {
        let mut net = Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, 1).unwrap();
        net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
        net.train_step(&[1.0, -1.0], &[1.0], 1, 0.1).unwrap();
        let view = net.share().unwrap();
        let (h, p) = (&view.handle, net.num_params());
        assert_eq!(view.param_vector(), net.param_vector());
        let status = |code| h.check(code).unwrap_err().status;
        let (params, mut out) = (net.param_vector(), vec![0.0; p]);
        unsafe {
            assert_eq!(status(sys::ffnn_set_param_vector(h.ptr(), params.as_ptr(), p)), Status::State);
            assert_eq!(status(sys::ffnn_get_gradient_vector(h.ptr(), out.as_mut_ptr(), p)), Status::State);
            assert_eq!(status(sys::ffnn_set_gradient_vector(h.ptr(), params.as_ptr(), p)), Status::State);
            assert_eq!(sys::ffnn_optimizer_state_size(h.ptr()), 0);
            let mut step = 99;
            h.check(sys::ffnn_get_optimizer_state(h.ptr(), ptr::null_mut(), 0, &mut step)).unwrap();
            assert_eq!(step, 0);
            assert_eq!(status(sys::ffnn_set_optimizer_state(h.ptr(), ptr::null(), 0, 0)), Status::State);
        }
        assert_eq!(out, vec![0.0; p]);
    }

    #[test]
    fn status_codes_round_trip() {
        use Status::*;
        round_trips(&[Arg, Shape, NoMem, State, Io, Format, Numeric], Other, Status::from_code, Status::code);
    }
}
