//! Data-parallel training over a communicator (`include/ffnn.h` section 14,
//! since libffnn 1.3.0; `ffnn_comm_train_run` of section 15, since 1.4.0).
//! ffnn knows no transport: the caller's [`Collectives`] become an
//! `ffnn_comm` whose functions are the trampolines below.
use crate::{
    expect_len, sys, Error, Net, Result, Status, TrainOptions, TrainReport, TrainSetup, ValidationSplit,
};
use std::any::Any;
use std::cell::Cell;
use std::os::raw::{c_int, c_void};
use std::panic::{self, AssertUnwindSafe};
use std::ptr;

/// What a [`Collectives`] method returns when its transport failed: any
/// error (`"link down".into()` makes one of a string). Its text is added
/// to the message of the [`Status::Io`] the call then fails with.
pub type CommError = Box<dyn std::error::Error + Send + Sync>;

/// The collectives of a data-parallel run (`ffnn_comm`, header section 14),
/// over the caller's transport: an MPI binding of its own, TCP, threads of
/// one process. N processes ("ranks") each hold a replica of a network;
/// every rank makes the same `comm_*` calls of [`Net`] in the same order,
/// each with its own value of this trait, and the library calls these
/// methods, on the calling thread and during the call only, to combine
/// what the ranks computed.
///
/// The rules, as for MPI collectives:
/// - [`rank`](Collectives::rank) is this process, 0 .. size - 1, and
///   [`size`](Collectives::size) the ranks taking part, >= 1 (the library
///   refuses others with [`Status::Arg`]); both are read once per call.
/// - A sum must give every rank the same bits (MPI_Allreduce does): add
///   the ranks' buffers in the same order everywhere, e.g. rank 0's first.
/// - A method returning `Err` (or panicking) ends the call on this rank
///   with [`Status::Io`], and the replicas are then not known to agree.
///   The other ranks are waiting in the same collective: a transport that
///   fails should fail there on every rank (as a broken MPI communicator
///   does), or they wait for ever.
///
/// A panic does not unwind into C: it is caught, the collective reports a
/// failure (and the call's later collectives on this rank fail without
/// calling the method again), and it is resumed once the C call has
/// returned, as a panic of a training callback is.
///
/// With one rank the sums and the broadcast have nothing to do, and every
/// `comm_*` call equals its single-process counterpart bit for bit:
///
/// ```
/// use ffnn::{Activation, Collectives, CommError, Loss, Net};
///
/// /// One process: the sum over one rank is the buffer itself.
/// struct OneRank;
///
/// impl Collectives for OneRank {
///     fn rank(&self) -> usize { 0 }
///     fn size(&self) -> usize { 1 }
///     fn sum_f32(&self, _buf: &mut [f32]) -> Result<(), CommError> { Ok(()) }
///     fn sum_f64(&self, _buf: &mut [f64]) -> Result<(), CommError> { Ok(()) }
///     fn broadcast(&self, _buf: &mut [u8], _root: usize) -> Result<(), CommError> { Ok(()) }
/// }
///
/// let new = || Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, 9);
/// let (mut a, mut b) = (new()?, new()?);
/// let (x, y) = ([0.0, 1.0, 1.0, 0.0, 1.0, 1.0], [1.0, 1.0, 0.0]);
/// a.comm_broadcast(&OneRank)?; // rank 0's weights are its own
/// let global = a.comm_train_step(&OneRank, &x, &y, 3, 0.5)?;
/// let local = b.train_step(&x, &y, 3, 0.5)?;
/// assert_eq!(global.to_bits(), local.to_bits());
/// assert_eq!(a.param_vector(), b.param_vector());
/// # Ok::<(), ffnn::Error>(())
/// ```
pub trait Collectives {
    /// This process, 0 .. size - 1.
    fn rank(&self) -> usize;

    /// The ranks taking part, >= 1.
    fn size(&self) -> usize;

    /// `buf` on every rank becomes the sum over the ranks of their `buf`
    /// (of equal lengths), the same bits on every rank.
    fn sum_f32(&self, buf: &mut [f32]) -> std::result::Result<(), CommError>;

    /// As [`sum_f32`](Collectives::sum_f32), in doubles.
    fn sum_f64(&self, buf: &mut [f64]) -> std::result::Result<(), CommError>;

    /// `buf` of rank `root` is copied to every other rank's `buf` (of the
    /// same length).
    fn broadcast(&self, buf: &mut [u8], root: usize) -> std::result::Result<(), CommError>;
}

/// The user data of one `ffnn_comm_*` call: the caller's collectives, and
/// what they did that C cannot carry (a panic, an error's text).
struct Link<'a> {
    comm: &'a dyn Collectives,
    panic: Cell<Option<Box<dyn Any + Send>>>,
    error: Cell<Option<String>>,
}

impl<'a> Link<'a> {
    fn new(comm: &'a dyn Collectives) -> Link<'a> {
        Link { comm, panic: Cell::new(None), error: Cell::new(None) }
    }

    /// The `ffnn_comm` of this call; it points at `self`, which must stay
    /// where it is while C uses it. A rank or size past a C int is
    /// [`Status::Arg`] with this binding's message (C would refuse a
    /// negative one with the same status).
    fn c_comm(&self, what: &str) -> Result<sys::ffnn_comm> {
        let (rank, size) = (self.comm.rank(), self.comm.size());
        let int = |name: &str, v: usize| {
            c_int::try_from(v).map_err(|_| Error {
                status: Status::Arg,
                message: format!("{what}: the communicator's {name} {v} is outside a C int"),
            })
        };
        Ok(sys::ffnn_comm {
            rank: int("rank", rank)?,
            size: int("size", size)?,
            user: self as *const Link as *mut c_void,
            sum_floats: Some(sum_floats),
            sum_doubles: Some(sum_doubles),
            broadcast: Some(broadcast),
        })
    }

    /// Runs a collective of the caller's: 0 if it succeeded, else 1, with a
    /// panic kept for `finish` (after which nothing more is called) and the
    /// first error's text.
    fn run(&self, f: impl FnOnce(&dyn Collectives) -> std::result::Result<(), CommError>) -> c_int {
        let panicked = self.panic.take();
        if panicked.is_some() {
            self.panic.set(panicked);
            return 1;
        }
        match panic::catch_unwind(AssertUnwindSafe(|| f(self.comm))) {
            Ok(Ok(())) => 0,
            Ok(Err(e)) => {
                let first = self.error.take();
                self.error.set(Some(first.unwrap_or_else(|| e.to_string())));
                1
            }
            Err(payload) => {
                self.panic.set(Some(payload));
                1
            }
        }
    }

    /// After the C call: a panic of the collectives is resumed; a
    /// transport's error adds its text to the call's error.
    fn finish<T>(self, result: Result<T>) -> Result<T> {
        if let Some(payload) = self.panic.take() {
            panic::resume_unwind(payload);
        }
        let error = self.error.take();
        result.map_err(|mut e| {
            if let Some(text) = error {
                e.message = format!("{}; the transport: {text}", e.message);
            }
            e
        })
    }
}

/// A buffer of C's as a slice; None for NULL with n > 0 (then the
/// collective fails rather than touch it).
unsafe fn buffer<'b, T>(buf: *mut T, n: usize) -> Option<&'b mut [T]> {
    if n == 0 {
        Some(&mut [])
    } else if buf.is_null() {
        None
    } else {
        Some(std::slice::from_raw_parts_mut(buf, n))
    }
}

unsafe extern "C" fn sum_floats(user: *mut c_void, buf: *mut f32, n: usize) -> c_int {
    let link = &*(user as *const Link);
    match buffer(buf, n) {
        Some(buf) => link.run(|c| c.sum_f32(buf)),
        None => 1,
    }
}

unsafe extern "C" fn sum_doubles(user: *mut c_void, buf: *mut f64, n: usize) -> c_int {
    let link = &*(user as *const Link);
    match buffer(buf, n) {
        Some(buf) => link.run(|c| c.sum_f64(buf)),
        None => 1,
    }
}

unsafe extern "C" fn broadcast(user: *mut c_void, buf: *mut c_void, bytes: usize, root: c_int) -> c_int {
    let link = &*(user as *const Link);
    match (buffer(buf as *mut u8, bytes), usize::try_from(root)) {
        (Some(buf), Ok(root)) => link.run(|c| c.broadcast(buf, root)),
        _ => 1,
    }
}

/// The data of a call, checked against the network's shape here, as the
/// single-process calls check it. A wrong length must not leave the other
/// ranks waiting: the call still goes to C, with NULL data (which C
/// refuses before reading it, and every rank learns of the failure
/// through the library), and this rank then returns the binding's error.
struct Data {
    x: *const f32,
    y: *const f32,
    refused: Option<Error>,
}

impl Data {
    fn check(net: &Net, what: &str, x: &[f32], y: &[f32], rows: usize, y_name: &str) -> Data {
        let checked = expect_len(&format!("{what}: x"), x.len(), rows, net.input_size())
            .and_then(|()| expect_len(&format!("{what}: {y_name}"), y.len(), rows, net.output_size()));
        match checked {
            Ok(()) => Data { x: x.as_ptr(), y: y.as_ptr(), refused: None },
            Err(e) => Data { x: ptr::null(), y: ptr::null(), refused: Some(e) },
        }
    }

    fn result<T>(self, result: Result<T>) -> Result<T> {
        match self.refused {
            Some(e) => Err(e),
            None => result,
        }
    }
}

impl Net {
    /// Makes every rank's network rank 0's (`ffnn_comm_broadcast`, since
    /// libffnn 1.3.0): its weights, optimizer with its state and step
    /// count, training position and metadata; each rank keeps its own
    /// backend. Call it once at the start, before training, on every rank.
    /// Networks of different architectures are [`Status::Shape`] on every
    /// rank, with the message of the lowest failing rank ("rank R: ...").
    pub fn comm_broadcast(&mut self, comm: &dyn Collectives) -> Result<()> {
        let link = Link::new(comm);
        let c = link.c_comm("ffnn_comm_broadcast")?;
        let code = unsafe { sys::ffnn_comm_broadcast(self.ptr(), &c) };
        link.finish(self.check(code))
    }

    /// One data-parallel training step (`ffnn_comm_train_step`, since
    /// libffnn 1.3.0): x (rows x n_0) and y (rows x n_L) are this rank's
    /// rows of the global batch, `rows` may be 0 (empty slices) as long as
    /// some rank has rows. The step equals [`train_step`](Net::train_step)
    /// on the G rows of every rank in rank order, to float rounding (on one
    /// rank, bit for bit); the gradients of every rank are weighted by
    /// b_r / G, so uneven splits are right. Returns the mean loss of the
    /// global batch, the same on every rank; the replicas stay bitwise
    /// equal. After the step [`gradient_vector`](Net::gradient_vector)
    /// reads the summed gradients (on several ranks).
    ///
    /// A failure on any rank (bad data, a refused step, ranks that differ
    /// in architecture, optimizer or learning rate) fails the call on every
    /// rank with the same status and the lowest failing rank's message
    /// ("rank R: ..."), and changes no replica. The lengths are checked here
    /// first, as in `train_step`; a wrong one still calls the library, with
    /// no data, so that the other ranks are not left waiting: this rank
    /// returns this binding's [`Status::Shape`], the others the library's
    /// refusal of the missing data ([`Status::Arg`], "rank R: ... x is
    /// NULL"). A failed collective is [`Status::Io`] (see [`Collectives`]).
    pub fn comm_train_step(
        &mut self,
        comm: &dyn Collectives,
        x: &[f32],
        y: &[f32],
        rows: usize,
        learning_rate: f32,
    ) -> Result<f32> {
        let what = "ffnn_comm_train_step";
        let data = Data::check(self, what, x, y, rows, "target");
        let link = Link::new(comm);
        let c = link.c_comm(what)?;
        let mut loss = 0.0;
        let code = unsafe {
            sys::ffnn_comm_train_step(self.ptr(), &c, data.x, data.y, rows, learning_rate, &mut loss)
        };
        let result = self.check(code).map(|()| loss);
        link.finish(data.result(result))
    }

    /// [`train`](Net::train), data-parallel (`ffnn_comm_train`, since
    /// libffnn 1.3.0): every rank passes the same n samples (the whole
    /// data set) and options, and trains on its share of each mini-batch
    /// of `options.batch_size` (the global batch): rank r of N takes rows
    /// \[floor(r B / N), floor((r+1) B / N)) of a batch of B. The split,
    /// the shuffle and the training position are `train`'s, the same on
    /// every rank; the report's losses and accuracies are those of all
    /// ranks together, so the report equals `train`'s but for rounding
    /// (and `samples_per_second`, each rank's own). With one rank the
    /// weights and report are `train`'s bit for bit.
    ///
    /// The callback is called on every rank at the same points with the
    /// same report; training stops if any rank's callback returns `true`.
    /// A panic in it is resumed after the C call, as in `train`. The
    /// replicas must agree before the call (call
    /// [`comm_broadcast`](Net::comm_broadcast) first): weights or
    /// optimizer state that differ are [`Status::State`] on every rank;
    /// differing networks, options or data (compared by a hash) are
    /// [`Status::Shape`]. Other errors, and the lengths checked here, as
    /// in [`comm_train_step`](Net::comm_train_step). Checkpoints are the
    /// caller's to write, from one rank.
    pub fn comm_train(
        &mut self,
        comm: &dyn Collectives,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        self.comm_training(comm, "ffnn_comm_train", x, y, n, options, callback, |net, c, x, y, o, r| unsafe {
            sys::ffnn_comm_train(net, c, x, y, n, o, r)
        })
    }

    /// [`train_resume`](Net::train_resume), data-parallel
    /// (`ffnn_comm_train_resume`, since libffnn 1.3.0): from the training
    /// position, the same on every rank, with the held-out rows chosen by
    /// `split`; otherwise as [`comm_train`](Net::comm_train).
    #[allow(clippy::too_many_arguments)]
    pub fn comm_train_resume(
        &mut self,
        comm: &dyn Collectives,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        split: ValidationSplit,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        let what = "ffnn_comm_train_resume";
        self.comm_training(comm, what, x, y, n, options, callback, |net, c, x, y, o, r| unsafe {
            sys::ffnn_comm_train_resume(net, c, x, y, n, o, split as c_int, r)
        })
    }

    /// [`train_run`](Net::train_run), data-parallel
    /// (`ffnn_comm_train_run`, since libffnn 1.4.0): a [`TrainSetup`]'s
    /// options, schedule and early stopping, with the rules of
    /// [`comm_train`](Net::comm_train). Every rank passes the whole data
    /// set and an equal setup (its options are part of what the ranks
    /// agree on); the setup's results ([`TrainSetup::result`]) are the same
    /// on every rank afterwards, early stopping judging the losses of all
    /// ranks together. With one rank it is `train_run` bit for bit.
    pub fn comm_train_run(
        &mut self,
        comm: &dyn Collectives,
        setup: &mut TrainSetup,
        x: &[f32],
        y: &[f32],
        n: usize,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
    ) -> Result<TrainReport> {
        let what = "ffnn_comm_train_run";
        let data = Data::check(self, what, x, y, n, "y");
        let link = Link::new(comm);
        let c = link.c_comm(what)?;
        let (xp, yp) = (data.x, data.y);
        let result = self.with_setup_progress(setup, callback, |net, setup, r| unsafe {
            sys::ffnn_comm_train_run(net, &c, setup, xp, yp, n, r)
        });
        link.finish(data.result(result))
    }

    /// The common part of `comm_train` and `comm_train_resume`.
    #[allow(clippy::too_many_arguments)]
    fn comm_training(
        &mut self,
        comm: &dyn Collectives,
        what: &str,
        x: &[f32],
        y: &[f32],
        n: usize,
        options: &TrainOptions,
        callback: Option<&mut dyn FnMut(&TrainReport) -> bool>,
        call: impl FnOnce(
            *mut sys::ffnn_net,
            *const sys::ffnn_comm,
            *const f32,
            *const f32,
            *const sys::ffnn_train_options,
            *mut sys::ffnn_train_report,
        ) -> c_int,
    ) -> Result<TrainReport> {
        let data = Data::check(self, what, x, y, n, "y");
        let link = Link::new(comm);
        let c = link.c_comm(what)?;
        let (xp, yp) = (data.x, data.y);
        let result = self.with_progress(callback, |net, callback, user, report| {
            call(net, &c, xp, yp, &options.to_c(callback, user), report)
        });
        link.finish(data.result(result))
    }
}
