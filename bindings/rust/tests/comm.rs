//! Data-parallel training over a communicator (libffnn 1.3/1.4, header
//! section 14 and `ffnn_comm_train_run` of section 15), with ranks as
//! threads of this process and collectives of the test's own, as
//! tests/test_comm.c simulates them. The expected values come from the
//! header's definitions: one rank is the single-process call bit for bit;
//! N ranks on their shares of a global batch equal one process on the whole
//! batch to float rounding, and the replicas stay bitwise equal; a failure
//! is every rank's.
use ffnn::{
    Activation, Collectives, CommError, Loss, Net, Optimizer, Schedule, Status, TrainKey, TrainOptions,
    TrainReport, TrainResult, TrainSetup, ValidationSplit,
};
use std::ops::Add;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::Duration;

// ---- a communicator of threads ----

/// What a rank's transport does once the world's collectives are used up.
#[derive(Clone, Copy, Debug, PartialEq)]
enum OnFailure {
    Error,
    Panic,
}

/// The ranks' shared state: each sum copies every rank's buffer into its
/// slot, and after a barrier every rank adds slots 0..N in that order, so
/// all ranks get the same bits, as MPI_Allreduce gives.
struct World {
    size: usize,
    barrier: Barrier,
    f32s: Mutex<Vec<Vec<f32>>>,
    f64s: Mutex<Vec<Vec<f64>>>,
    bytes: Mutex<Vec<u8>>,
    /// Collectives before the transport "fails" on every rank; None never.
    fail_after: Option<usize>,
    calls: AtomicUsize,
}

struct Rank<'w> {
    world: &'w World,
    rank: usize,
    on_failure: OnFailure,
}

impl Rank<'_> {
    fn wait(&self) {
        self.world.barrier.wait();
    }

    /// True on every rank alike once the collectives are used up: a failing
    /// transport still takes part in the barriers, so no rank is left
    /// waiting (test_comm.c's transport_down).
    fn down(&self) -> bool {
        let w = self.world;
        self.wait();
        let down = w.fail_after.map_or(false, |k| w.calls.load(Ordering::SeqCst) >= k);
        self.wait();
        if self.rank == 0 {
            w.calls.fetch_add(1, Ordering::SeqCst);
        }
        self.wait();
        down
    }

    fn fail(&self) -> Result<(), CommError> {
        match self.on_failure {
            OnFailure::Error => Err(format!("rank {}'s link is down", self.rank).into()),
            OnFailure::Panic => panic!("rank {}'s transport panicked", self.rank),
        }
    }

    fn sum<T: Copy + Add<Output = T>>(
        &self,
        slots: &Mutex<Vec<Vec<T>>>,
        buf: &mut [T],
    ) -> Result<(), CommError> {
        if self.down() {
            return self.fail();
        }
        slots.lock().unwrap()[self.rank] = buf.to_vec();
        self.wait();
        {
            let slots = slots.lock().unwrap();
            for (k, out) in buf.iter_mut().enumerate() {
                let mut s = slots[0][k];
                for slot in &slots[1..] {
                    s = s + slot[k];
                }
                *out = s;
            }
        }
        self.wait(); // nobody refills a slot before every rank has read them
        Ok(())
    }
}

impl Collectives for Rank<'_> {
    fn rank(&self) -> usize {
        self.rank
    }

    fn size(&self) -> usize {
        self.world.size
    }

    fn sum_f32(&self, buf: &mut [f32]) -> Result<(), CommError> {
        self.sum(&self.world.f32s, buf)
    }

    fn sum_f64(&self, buf: &mut [f64]) -> Result<(), CommError> {
        self.sum(&self.world.f64s, buf)
    }

    fn broadcast(&self, buf: &mut [u8], root: usize) -> Result<(), CommError> {
        if self.down() {
            return self.fail();
        }
        if self.rank == root {
            *self.world.bytes.lock().unwrap() = buf.to_vec();
        }
        self.wait();
        if self.rank != root {
            buf.copy_from_slice(&self.world.bytes.lock().unwrap());
        }
        self.wait();
        Ok(())
    }
}

/// Runs `job(comm)` on `size` ranks, each a thread; the results by rank.
fn run_ranks<T: Send>(
    size: usize,
    fail_after: Option<usize>,
    on_failure: impl Fn(usize) -> OnFailure,
    job: impl Fn(&Rank) -> T + Sync,
) -> Vec<T> {
    let world = World {
        size,
        barrier: Barrier::new(size),
        f32s: Mutex::new(vec![Vec::new(); size]),
        f64s: Mutex::new(vec![Vec::new(); size]),
        bytes: Mutex::new(Vec::new()),
        fail_after,
        calls: AtomicUsize::new(0),
    };
    let ranks: Vec<Rank> =
        (0..size).map(|rank| Rank { world: &world, rank, on_failure: on_failure(rank) }).collect();
    let job = &job;
    // A rank left waiting would hang the test: after a minute, abort it.
    let (done, finished) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if finished.recv_timeout(Duration::from_secs(60)) == Err(RecvTimeoutError::Timeout) {
            eprintln!("comm.rs: the ranks still wait after 60 s (a deadlock); aborting");
            std::process::abort();
        }
    });
    let results = thread::scope(|s| {
        let handles: Vec<_> = ranks.iter().map(|r| s.spawn(move || job(r))).collect();
        handles.into_iter().map(|h| h.join()).collect::<Vec<_>>()
    });
    drop(done);
    watchdog.join().unwrap();
    results.into_iter().map(|r| r.expect("a rank's thread panicked")).collect()
}

fn ranks<T: Send>(size: usize, job: impl Fn(&Rank) -> T + Sync) -> Vec<T> {
    run_ranks(size, None, |_| OnFailure::Error, job)
}

// ---- networks and data ----

const N_IN: usize = 4;
const N_OUT: usize = 3;

fn lcg(seed: &mut u32) -> f32 {
    *seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
    (*seed >> 8) as f32 / (1u32 << 23) as f32 - 1.0
}

/// n samples of N_IN inputs, one-hot over N_OUT classes (the largest of
/// three sums of inputs, a tenth of the labels moved, so training overfits).
fn data(n: usize, seed: u32) -> (Vec<f32>, Vec<f32>) {
    let mut s = seed;
    let x: Vec<f32> = (0..n * N_IN).map(|_| lcg(&mut s)).collect();
    let mut y = vec![0.0; n * N_OUT];
    for i in 0..n {
        let r = &x[i * N_IN..(i + 1) * N_IN];
        let score = [r[0] + r[1], r[2] - r[0], r[3] - r[1]];
        let mut class = (0..N_OUT).max_by(|&a, &b| score[a].total_cmp(&score[b])).unwrap();
        if lcg(&mut s) > 0.8 {
            class = (class + 1) % N_OUT;
        }
        y[i * N_OUT + class] = 1.0;
    }
    (x, y)
}

fn net(seed: u64) -> Net {
    let mut net =
        Net::new(&[N_IN, 6, N_OUT], &[Activation::Tanh, Activation::Softmax], Loss::Ce, seed).unwrap();
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    net
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

/// max |a - b| over max |b|: the relative difference of two vectors.
fn rel_diff(a: &[f32], b: &[f32]) -> f64 {
    assert_eq!(a.len(), b.len());
    let scale = b.iter().fold(0.0f64, |m, v| m.max(v.abs() as f64));
    a.iter().zip(b).fold(0.0f64, |m, (a, b)| m.max((*a as f64 - *b as f64).abs())) / scale
}

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

/// The bits of every float of a report (NaN == NaN), its timing aside.
fn report_bits(r: &TrainReport) -> (usize, usize, usize, usize, [u64; 4], bool, bool) {
    let f = [r.train_loss, r.train_accuracy, r.val_loss, r.val_accuracy].map(f64::to_bits);
    (r.epoch, r.epochs, r.batches_done, r.batches, f, r.epoch_end, r.stopped)
}

const RESULTS: [TrainResult; 5] = [
    TrainResult::LearningRate,
    TrainResult::BestEpoch,
    TrainResult::BestValue,
    TrainResult::StoppedEarly,
    TrainResult::Restored,
];

fn results(setup: &TrainSetup) -> Vec<u64> {
    RESULTS.iter().map(|&r| setup.result(r).unwrap().to_bits()).collect()
}

/// Epochs, a validation fraction, early stopping and a step schedule.
fn setup() -> TrainSetup {
    let mut s = TrainSetup::new().unwrap();
    s.set(TrainKey::Epochs, 40.0).unwrap();
    s.set(TrainKey::BatchSize, 10.0).unwrap();
    s.set(TrainKey::LearningRate, 0.05).unwrap();
    s.set(TrainKey::ValidationFraction, 0.25).unwrap();
    s.set(TrainKey::Seed, 11.0).unwrap();
    s.set(TrainKey::Schedule, Schedule::Step.code().into()).unwrap();
    s.set(TrainKey::StepEpochs, 5.0).unwrap();
    s.set(TrainKey::StepFactor, 0.5).unwrap();
    s.set(TrainKey::Patience, 3.0).unwrap();
    s
}

/// Rows [floor(r G / N), floor((r+1) G / N)) of a batch of G, as the
/// header splits a global batch over N ranks.
fn share(r: usize, n: usize, g: usize) -> std::ops::Range<usize> {
    r * g / n..(r + 1) * g / n
}

// ---- one rank ----

/// One rank: `comm_train_step`, `comm_train`, `comm_train_resume` and
/// `comm_train_run` are their single-process calls bit for bit (the header
/// promises it), weights, losses, reports and the setup's results.
#[test]
fn one_rank_is_the_single_process_call_bit_for_bit() {
    let (x, y) = data(40, 1);
    let mut got = ranks(1, |comm| {
        let mut a = net(3);
        a.comm_broadcast(comm).unwrap();
        let losses: Vec<u32> = (0..3)
            .map(|k| {
                a.comm_train_step(
                    comm,
                    &x[k * 8 * N_IN..][..8 * N_IN],
                    &y[k * 8 * N_OUT..][..8 * N_OUT],
                    8,
                    0.1,
                )
            })
            .map(|l| l.unwrap().to_bits())
            .collect();
        let after_steps = a.param_vector();
        let options =
            TrainOptions { epochs: 3, batch_size: 7, validation_fraction: 0.2, ..TrainOptions::default() };
        let trained = a.comm_train(comm, &x, &y, 40, &options, None).unwrap();
        let resumed = a
            .comm_train_resume(
                comm,
                &x,
                &y,
                40,
                &TrainOptions { epochs: 5, ..options },
                ValidationSplit::Shuffled,
                None,
            )
            .unwrap();
        let mut s = setup();
        let mut seen = Vec::new();
        let mut record = |r: &TrainReport| {
            seen.push(report_bits(r));
            false
        };
        let run = a.comm_train_run(comm, &mut s, &x, &y, 40, Some(&mut record)).unwrap();
        (
            losses,
            after_steps,
            report_bits(&trained),
            report_bits(&resumed),
            report_bits(&run),
            seen,
            results(&s),
            a,
        )
    });
    let (losses, after_steps, trained, resumed, run, seen, run_results, a) = got.pop().unwrap();

    let mut b = net(3);
    let want: Vec<u32> = (0..3)
        .map(|k| b.train_step(&x[k * 8 * N_IN..][..8 * N_IN], &y[k * 8 * N_OUT..][..8 * N_OUT], 8, 0.1))
        .map(|l| l.unwrap().to_bits())
        .collect();
    assert_eq!(losses, want);
    assert_eq!(bits(&after_steps), bits(&b.param_vector()));
    let options =
        TrainOptions { epochs: 3, batch_size: 7, validation_fraction: 0.2, ..TrainOptions::default() };
    assert_eq!(trained, report_bits(&b.train(&x, &y, 40, &options, None).unwrap()));
    let options = TrainOptions { epochs: 5, ..options };
    assert_eq!(
        resumed,
        report_bits(&b.train_resume(&x, &y, 40, &options, ValidationSplit::Shuffled, None).unwrap())
    );
    let mut s = setup();
    let mut want_seen = Vec::new();
    let mut record = |r: &TrainReport| {
        want_seen.push(report_bits(r));
        false
    };
    assert_eq!(run, report_bits(&b.train_run(&mut s, &x, &y, 40, Some(&mut record)).unwrap()));
    assert_eq!(seen, want_seen);
    assert_eq!(run_results, results(&s));
    assert_eq!(bits(&a.param_vector()), bits(&b.param_vector()));
    assert_eq!(a.optimizer_state().unwrap().1, b.optimizer_state().unwrap().1);
    assert_eq!(bits(&a.optimizer_state().unwrap().0), bits(&b.optimizer_state().unwrap().0));
    assert_eq!(a.train_position(), b.train_position());
}

// ---- several ranks ----

/// Global batches of G rows over N = 2, 3, 4 ranks, each rank stepping on
/// its share: every rank's weights are the same bits, and they, and the
/// global mean loss, equal `train_step` on the whole batch to float
/// rounding. A batch of 3 over 4 ranks leaves rank 0 with no rows.
#[test]
fn ranks_step_as_one_process_on_the_whole_batch() {
    let (x, y) = data(40, 2);
    let batches = [(0, 10), (10, 10), (20, 3), (23, 17)]; // (first row, G)
    for size in 2..=4 {
        let got = ranks(size, |comm| {
            let mut net = net(5);
            let losses: Vec<f32> = batches
                .iter()
                .map(|&(first, g)| {
                    let rows = share(comm.rank, size, g);
                    let (b, e) = (first + rows.start, first + rows.end);
                    let loss = net.comm_train_step(
                        comm,
                        &x[b * N_IN..e * N_IN],
                        &y[b * N_OUT..e * N_OUT],
                        e - b,
                        0.05,
                    );
                    loss.unwrap()
                })
                .collect();
            (losses, net.param_vector(), net.gradient_vector().unwrap())
        });

        let mut one = net(5);
        let want: Vec<f32> = batches
            .iter()
            .map(|&(first, g)| {
                let (b, e) = (first, first + g);
                one.train_step(&x[b * N_IN..e * N_IN], &y[b * N_OUT..e * N_OUT], g, 0.05).unwrap()
            })
            .collect();
        for (r, (losses, params, grads)) in got.iter().enumerate() {
            assert_eq!(bits(losses), bits(&got[0].0), "{size} ranks: rank {r}'s losses");
            assert_eq!(bits(params), bits(&got[0].1), "{size} ranks: rank {r}'s weights");
            assert_eq!(bits(grads), bits(&got[0].2), "{size} ranks: rank {r}'s summed gradients");
        }
        for (k, (l, w)) in got[0].0.iter().zip(&want).enumerate() {
            assert!(rel(*l as f64, *w as f64) <= 1e-5, "{size} ranks, batch {k}: loss {l} vs {w}");
        }
        let d = rel_diff(&got[0].1, &one.param_vector());
        assert!(d <= 1e-5, "{size} ranks: weights differ from one process's by {d:e}");
        let d = rel_diff(&got[0].2, &one.gradient_vector().unwrap());
        assert!(d <= 1e-5, "{size} ranks: gradients differ from one process's by {d:e}");
    }
}

/// `comm_train_run` with a validation fraction, a step schedule and
/// early stopping, every rank passing the whole data set: the ranks agree
/// bit for bit (weights, every report the callback saw, the final report,
/// the setup's results), and with `train_run` in one process to 1e-4,
/// stopping at the same epoch with the same best epoch.
#[test]
fn ranks_train_run_as_one_process() {
    let (x, y) = data(80, 3);
    let mut one = net(8);
    let mut s = setup();
    let mut want_epochs = Vec::new();
    let mut record = |r: &TrainReport| {
        want_epochs.push((r.epoch, r.train_loss, r.val_loss));
        false
    };
    let want = one.train_run(&mut s, &x, &y, 80, Some(&mut record)).unwrap();
    let want_best = s.result(TrainResult::BestEpoch).unwrap();
    assert_eq!(s.result(TrainResult::StoppedEarly).unwrap(), 1.0, "the run is meant to stop early");
    assert!(want.epoch < 40 && want_best >= 2.0, "{want:?}, best epoch {want_best}");

    for size in 2..=4 {
        let got = ranks(size, |comm| {
            let mut net = net(8);
            let mut s = setup();
            let mut seen = Vec::new();
            let mut record = |r: &TrainReport| {
                seen.push(report_bits(r));
                false
            };
            let report = net.comm_train_run(comm, &mut s, &x, &y, 80, Some(&mut record)).unwrap();
            (report, seen, results(&s), net.param_vector())
        });
        for (r, (report, seen, res, params)) in got.iter().enumerate() {
            assert_eq!(report_bits(report), report_bits(&got[0].0), "{size} ranks: rank {r}'s report");
            assert_eq!(seen, &got[0].1, "{size} ranks: rank {r}'s callback");
            assert_eq!(res, &got[0].2, "{size} ranks: rank {r}'s results");
            assert_eq!(bits(params), bits(&got[0].3), "{size} ranks: rank {r}'s weights");
        }
        let (report, seen, _, params) = &got[0];
        assert_eq!(
            (report.epoch, report.batches_done, seen.len()),
            (want.epoch, want.batches_done, want_epochs.len())
        );
        for (got, want) in seen.iter().zip(&want_epochs) {
            let (train_loss, val_loss) = (f64::from_bits(got.4[0]), f64::from_bits(got.4[2]));
            assert_eq!(got.0, want.0);
            assert!(
                rel(train_loss, want.1) <= 1e-4 && rel(val_loss, want.2) <= 1e-4,
                "{size} ranks: {got:?} vs {want:?}"
            );
        }
        assert!(rel(report.val_loss, want.val_loss) <= 1e-4, "{report:?} vs {want:?}");
        assert_eq!(f64::from_bits(got[0].2[1]), want_best, "{size} ranks: the best epoch");
        assert_eq!(f64::from_bits(got[0].2[3]), 1.0, "{size} ranks: stopped early");
        let d = rel_diff(params, &one.param_vector());
        assert!(d <= 1e-4, "{size} ranks: weights differ from one process's by {d:e}");
    }
}

/// `comm_broadcast` gives every rank rank 0's weights, optimizer and
/// its state, whatever their own seeds and optimizers; a later step keeps
/// them equal. Networks of different architectures are `Shape` on every
/// rank, with the same message.
#[test]
fn broadcast_makes_every_rank_rank_0s() {
    let (x, y) = data(6, 4);
    let got = ranks(3, |comm| {
        let mut net = if comm.rank == 0 {
            let mut net = net(100);
            net.train_step(&x, &y, 6, 0.1).unwrap(); // Adam's state, step 1
            net
        } else {
            Net::new(
                &[N_IN, 6, N_OUT],
                &[Activation::Tanh, Activation::Softmax],
                Loss::Ce,
                100 + comm.rank as u64,
            )
            .unwrap()
        };
        let before = net.param_vector();
        net.comm_broadcast(comm).unwrap();
        let after = (before, net.param_vector(), net.optimizer(), net.optimizer_state().unwrap());
        let rows = share(comm.rank, 3, 6);
        net.comm_train_step(
            comm,
            &x[rows.start * N_IN..rows.end * N_IN],
            &y[rows.start * N_OUT..rows.end * N_OUT],
            rows.len(),
            0.1,
        )
        .unwrap();
        (after, net.param_vector())
    });
    let rank0 = &got[0].0;
    assert_ne!(bits(&got[1].0 .0), bits(&rank0.0), "the ranks start apart");
    for (r, ((_, params, optimizer, state), stepped)) in got.iter().enumerate() {
        assert_eq!(bits(params), bits(&rank0.0), "rank {r}'s weights");
        assert_eq!(*optimizer, Optimizer::Adam, "rank {r}'s optimizer");
        assert_eq!((bits(&state.0), state.1), (bits(&rank0.3 .0), 1), "rank {r}'s optimizer state");
        assert_eq!(bits(stepped), bits(&got[0].1), "rank {r}'s weights after a step");
    }

    let got = ranks(2, |comm| {
        let hidden = 6 + comm.rank;
        let mut net =
            Net::new(&[N_IN, hidden, N_OUT], &[Activation::Tanh, Activation::Softmax], Loss::Ce, 1).unwrap();
        net.comm_broadcast(comm).unwrap_err()
    });
    assert_eq!(got[0].status, Status::Shape, "{}", got[0]);
    assert_eq!(got[0], got[1]);
}

/// Ranks that differ in the learning rate fail alike: the same status and
/// message on every rank, nothing changed.
#[test]
fn ranks_that_differ_fail_alike() {
    let (x, y) = data(4, 5);
    let got = ranks(2, |comm| {
        let mut net = net(1);
        let before = net.param_vector();
        let rows = share(comm.rank, 2, 4);
        let e = net
            .comm_train_step(
                comm,
                &x[rows.start * N_IN..rows.end * N_IN],
                &y[rows.start * N_OUT..rows.end * N_OUT],
                2,
                0.1 + comm.rank as f32,
            )
            .unwrap_err();
        (e, bits(&before) == bits(&net.param_vector()))
    });
    assert_eq!(got[0].0.status, Status::Shape, "{}", got[0].0);
    assert!(got[0].0.message.contains("the ranks differ"), "{}", got[0].0);
    assert_eq!(got[0].0, got[1].0);
    assert!(got[0].1 && got[1].1, "a refused step changes nothing");
}

/// A slice of the wrong length is this binding's `Shape` on its rank, and
/// the other ranks are not left waiting: the library still runs the call,
/// with no data, and fails it on every rank (theirs name the rank).
#[test]
fn a_wrong_length_fails_every_rank_without_waiting() {
    let (x, y) = data(8, 6);
    let got = ranks(2, |comm| {
        let mut net = net(1);
        let before = net.param_vector();
        let short = if comm.rank == 1 { 1 } else { 0 };
        let step = net.comm_train_step(comm, &x[short..4 * N_IN], &y[..4 * N_OUT], 4, 0.1).unwrap_err();
        let run = net.comm_train_run(comm, &mut setup(), &x, &y[short..], 8, None).unwrap_err();
        (step, run, bits(&before) == bits(&net.param_vector()))
    });
    let (step0, run0, same0) = &got[0];
    let (step1, run1, same1) = &got[1];
    assert_eq!(step1.status, Status::Shape, "{step1}");
    assert!(step1.message.starts_with("ffnn_comm_train_step: x has 15 values, expected 4 x 4"), "{step1}");
    assert_eq!(step0.status, Status::Arg, "{step0}");
    assert!(step0.message.starts_with("rank 1: ffnn_comm_train_step: x is NULL"), "{step0}");
    assert_eq!(run1.status, Status::Shape, "{run1}");
    assert!(run1.message.starts_with("ffnn_comm_train_run: y has 23 values, expected 8 x 3"), "{run1}");
    assert_eq!(run0.status, Status::Arg, "{run0}");
    assert!(run0.message.starts_with("rank 1: "), "{run0}");
    assert!(*same0 && *same1, "nothing changed");
}

/// A collective that returns an error ends the call with `Io` on every
/// rank (the transport fails everywhere at once, as test_comm.c's does),
/// the transport's words added to the library's; nothing waits for ever,
/// and the networks train on afterwards.
#[test]
fn a_failed_collective_is_io_on_every_rank() {
    let (x, y) = data(40, 7);
    for fail_after in [0, 1, 2, 3] {
        let got = run_ranks(
            2,
            Some(fail_after),
            |_| OnFailure::Error,
            |comm| {
                let mut net = net(1);
                let rows = share(comm.rank, 2, 8);
                let e = net
                    .comm_train_step(
                        comm,
                        &x[rows.start * N_IN..rows.end * N_IN],
                        &y[rows.start * N_OUT..rows.end * N_OUT],
                        4,
                        0.1,
                    )
                    .unwrap_err();
                (e, net.train_step(&x[..N_IN], &y[..N_OUT], 1, 0.1).is_ok())
            },
        );
        for (r, (e, trains)) in got.iter().enumerate() {
            assert_eq!(e.status, Status::Io, "after {fail_after}, rank {r}: {e}");
            assert!(e.message.contains("a collective of the communicator failed"), "{e}");
            assert!(e.message.ends_with(&format!("; the transport: rank {r}'s link is down")), "{e}");
            assert!(trains, "rank {r} trains on");
        }
    }
    // Mid-run, with the broadcast of a failure and the callback about.
    for fail_after in [0, 5, 40] {
        let got = run_ranks(
            3,
            Some(fail_after),
            |_| OnFailure::Error,
            |comm| {
                let mut net = net(1);
                let mut calls = 0;
                let mut count = |_: &TrainReport| {
                    calls += 1;
                    false
                };
                let e = net.comm_train_run(comm, &mut setup(), &x, &y, 40, Some(&mut count)).unwrap_err();
                let e2 = net.comm_broadcast(comm).unwrap_err();
                (e, e2)
            },
        );
        for (r, (e, e2)) in got.iter().enumerate() {
            assert_eq!(
                (e.status, e2.status),
                (Status::Io, Status::Io),
                "after {fail_after}, rank {r}: {e}; {e2}"
            );
            // The library names the run by its common part, ffnn_comm_train.
            assert!(e.message.starts_with("ffnn_comm_train"), "{e}");
            assert!(e.message.contains(": a collective of the communicator failed"), "{e}");
            assert!(e2.message.starts_with("ffnn_comm_broadcast: a collective"), "{e2}");
        }
    }
}

/// A panic in a user's collective does not unwind through C (which would
/// abort the process): the collective fails, the library ends the call,
/// and the panic is resumed on the rank's thread once C has returned, as a
/// training callback's is. The other rank's call fails with `Io`, and
/// both networks train on.
#[test]
fn a_panic_in_the_collectives_does_not_unwind_into_c() {
    let (x, y) = data(40, 8);
    let on_failure = |r| if r == 0 { OnFailure::Panic } else { OnFailure::Error };
    for fail_after in [0, 1, 3] {
        let got = run_ranks(2, Some(fail_after), on_failure, |comm| {
            let mut net = net(1);
            let rows = share(comm.rank, 2, 8);
            let (b, e) = (rows.start, rows.end);
            let step = panic::catch_unwind(AssertUnwindSafe(|| {
                net.comm_train_step(comm, &x[b * N_IN..e * N_IN], &y[b * N_OUT..e * N_OUT], 4, 0.1)
            }));
            let run = panic::catch_unwind(AssertUnwindSafe(|| {
                net.comm_train_run(comm, &mut setup(), &x, &y, 40, None)
            }));
            let message = |p: Box<dyn std::any::Any + Send>| p.downcast::<String>().map(|s| *s).unwrap();
            let step = step.map_err(message).map(|r| r.map(|_| ()).map_err(|e| e.status));
            let run = run.map_err(message).map(|r| r.map(|_| ()).map_err(|e| e.status));
            (step, run, net.train_step(&x[..N_IN], &y[..N_OUT], 1, 0.1).is_ok())
        });
        let panicked = Err("rank 0's transport panicked".to_string());
        assert_eq!(got[0], (panicked.clone(), panicked, true), "after {fail_after}");
        assert_eq!(got[1], (Ok(Err(Status::Io)), Ok(Err(Status::Io)), true), "after {fail_after}");
    }
}
