//! Training setups (libffnn 1.4, header section 15): `TrainSetup`,
//! `Net::train_run` with schedules and early stopping, and
//! `Net::set_optimizer_param`. The expected values come from the header's
//! definitions (ffnn_train, ffnn_train_step, the schedule's formula, the
//! rule of early stopping), not from the binding's own output.
use ffnn::{
    Activation, Loss, Monitor, Net, OptimizerParam, Schedule, Status, TrainKey, TrainOptions, TrainReport,
    TrainResult, TrainSetup, ValidationSplit,
};
use std::panic::{self, AssertUnwindSafe};

/// The generator of the Go binding's tests: n x width values in [-1, 1).
fn lcg(seed: &mut u32) -> f32 {
    *seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
    (*seed >> 8) as f32 / (1u32 << 23) as f32 - 1.0
}

/// n points of the plane, label x0 + x1 > 0; with `noisy`, about a quarter
/// of the labels flipped, so that a network soon overfits them.
fn points(n: usize, noisy: bool) -> (Vec<f32>, Vec<f32>) {
    let mut seed = 7u32;
    let x: Vec<f32> = (0..2 * n).map(|_| lcg(&mut seed)).collect();
    let y = (0..n)
        .map(|i| {
            seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
            let flip = noisy && (seed >> 28) < 4;
            ((x[2 * i] + x[2 * i + 1] > 0.0) != flip) as i32 as f32
        })
        .collect();
    (x, y)
}

fn classifier(hidden: usize, seed: u64) -> Net {
    Net::new(&[2, hidden, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, seed).unwrap()
}

/// Every parameter of the network, W_1, b_1, W_2, b_2, ..., as bits.
fn params(net: &Net) -> Vec<u32> {
    (1..=net.num_layers())
        .flat_map(|l| {
            let (w, b) = net.layer(l).unwrap();
            w.into_iter().chain(b)
        })
        .map(f32::to_bits)
        .collect()
}

/// A report without its timing, which no two runs share.
fn untimed(r: &TrainReport) -> TrainReport {
    TrainReport { samples_per_second: 0.0, ..*r }
}

/// The bits of every float of a report (NaN == NaN), its timing aside.
fn report_bits(r: &TrainReport) -> (usize, usize, usize, usize, [u64; 4], bool, bool) {
    let r = untimed(r);
    let f = [r.train_loss, r.train_accuracy, r.val_loss, r.val_accuracy].map(f64::to_bits);
    (r.epoch, r.epochs, r.batches_done, r.batches, f, r.epoch_end, r.stopped)
}

/// (1) A setup left at its defaults is `train` with `TrainOptions::default()`;
/// one set to other options is `train` with those, reports and all; and
/// RESUME 1 is `train_resume`.
#[test]
fn setup_runs_are_train_and_train_resume_bit_for_bit() {
    let (x, y) = points(200, false);
    let mut run = classifier(8, 3);
    run.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    let mut train = run.try_clone().unwrap();

    let mut setup = TrainSetup::new().unwrap();
    let a = run.train_run(&mut setup, &x, &y, 200, None).unwrap();
    let b = train.train(&x, &y, 200, &TrainOptions::default(), None).unwrap();
    assert_eq!(report_bits(&a), report_bits(&b));
    assert_eq!((a.epochs, a.batches), (1, 7)); // the defaults: 1 epoch of 200 / 32 batches
    assert_eq!(params(&run), params(&train));
    assert_eq!(run.train_position(), train.train_position());

    let options = TrainOptions {
        batch_size: 16,
        epochs: 5,
        learning_rate: 0.03,
        validation_fraction: 0.25,
        seed: 9,
        shuffle: true,
        report_every: 4,
    };
    setup.set(TrainKey::BatchSize, 16.0).unwrap();
    setup.set(TrainKey::Epochs, 5.0).unwrap();
    setup.set(TrainKey::LearningRate, 0.03).unwrap();
    setup.set(TrainKey::ValidationFraction, 0.25).unwrap();
    setup.set_u64(TrainKey::Seed, 9).unwrap();
    setup.set(TrainKey::Shuffle, 1.0).unwrap();
    setup.set(TrainKey::ReportEvery, 4.0).unwrap();
    let (mut seen_run, mut seen_train) = (Vec::new(), Vec::new());
    let a = run
        .train_run(
            &mut setup,
            &x,
            &y,
            200,
            Some(&mut |r: &TrainReport| {
                seen_run.push(report_bits(r));
                false
            }),
        )
        .unwrap();
    let b = train
        .train(
            &x,
            &y,
            200,
            &options,
            Some(&mut |r: &TrainReport| {
                seen_train.push(report_bits(r));
                false
            }),
        )
        .unwrap();
    // 150 training rows in 10 batches: reports after batches 4 and 8, and at the end.
    assert_eq!(seen_run.len(), 15);
    assert_eq!(seen_run, seen_train);
    assert_eq!(report_bits(&a), report_bits(&b));
    assert!(a.val_loss.is_finite());
    assert_eq!(params(&run), params(&train));

    // Continued to 8 epochs: RESUME 1 with a split is train_resume.
    setup.set(TrainKey::Epochs, 8.0).unwrap();
    setup.set(TrainKey::Resume, 1.0).unwrap();
    setup.set(TrainKey::ValidationSplit, ValidationSplit::Shuffled as i32 as f64).unwrap();
    let more = TrainOptions { epochs: 8, ..options };
    let a = run.train_run(&mut setup, &x, &y, 200, None).unwrap();
    let b = train.train_resume(&x, &y, 200, &more, ValidationSplit::Shuffled, None).unwrap();
    assert_eq!(report_bits(&a), report_bits(&b));
    assert_eq!(a.epoch, 8);
    assert_eq!(params(&run), params(&train));
    assert_eq!(run.train_position(), train.train_position());
}

/// (2) A step schedule over 12 epochs of one batch each: the weights of
/// 12 `train_step`s at the rates 0.25 * 0.5^floor((e - 1) / 3).
#[test]
fn a_step_schedule_is_train_steps_at_its_rates() {
    let (x, y) = points(60, false);
    let mut run = classifier(8, 4);
    let mut steps = run.try_clone().unwrap();

    let mut setup = TrainSetup::new().unwrap();
    setup.set(TrainKey::LearningRate, 0.25).unwrap();
    setup.set(TrainKey::Schedule, Schedule::Step.code().into()).unwrap();
    setup.set(TrainKey::StepEpochs, 3.0).unwrap();
    setup.set(TrainKey::StepFactor, 0.5).unwrap();
    setup.set(TrainKey::Epochs, 12.0).unwrap();
    setup.set(TrainKey::BatchSize, 60.0).unwrap();
    setup.set(TrainKey::Shuffle, 0.0).unwrap();
    let mut losses = Vec::new();
    let report = run
        .train_run(
            &mut setup,
            &x,
            &y,
            60,
            Some(&mut |r: &TrainReport| {
                losses.push(r.train_loss);
                false
            }),
        )
        .unwrap();
    assert_eq!((report.epoch, report.batches), (12, 1));

    let mut rates = Vec::new();
    for e in 1..=12 {
        let rate = 0.25 * 0.5f64.powi((e - 1) / 3);
        rates.push(rate);
        let loss = steps.train_step(&x, &y, 60, rate as f32).unwrap();
        let reported = losses[e as usize - 1];
        assert!((reported - loss as f64).abs() <= 1e-6 * reported, "epoch {e}: {reported} vs {loss}");
    }
    assert_eq!(rates[..4], [0.25, 0.25, 0.25, 0.125]);
    assert_eq!(params(&run), params(&steps));
    // The rate of the last epoch, 0.25 / 8.
    assert_eq!(setup.result(TrainResult::LearningRate).unwrap(), 0.03125);
    // With the rate held (the constant schedule) the weights differ.
    let mut constant = classifier(8, 4);
    setup.set(TrainKey::Schedule, Schedule::Constant.code().into()).unwrap();
    constant.train_run(&mut setup, &x, &y, 60, None).unwrap();
    assert_ne!(params(&constant), params(&steps));
}

/// What patience p says of a run's per-epoch values, lower being better:
/// (the epoch it stops after, or None; the best epoch up to then).
fn early_stop(values: &[f64], patience: usize) -> (Option<usize>, usize) {
    let (mut best, mut best_epoch, mut since) = (f64::INFINITY, 0, 0);
    for (i, &v) in values.iter().enumerate() {
        if best_epoch == 0 || v < best {
            best = v;
            best_epoch = i + 1;
            since = 0;
        } else {
            since += 1;
            if since >= patience {
                return (Some(i + 1), best_epoch);
            }
        }
    }
    (None, best_epoch)
}

/// (3) Early stopping with patience 2 on val_loss stops where the val_loss
/// of a run without patience says, and keeps the best epoch's weights.
#[test]
fn early_stopping_stops_where_the_val_loss_says() {
    let (x, y) = points(40, true);
    const EPOCHS: usize = 20;
    let setup_for = |patience: f64| {
        let mut setup = TrainSetup::new().unwrap();
        setup.set(TrainKey::Epochs, EPOCHS as f64).unwrap();
        setup.set(TrainKey::LearningRate, 0.5).unwrap();
        setup.set(TrainKey::BatchSize, 8.0).unwrap();
        setup.set(TrainKey::ValidationFraction, 0.5).unwrap();
        setup.set(TrainKey::Patience, patience).unwrap();
        setup
    };

    // The record: a run without patience, paused by its callback at every
    // epoch's end (the callback cannot reach the network, which train_run
    // holds) to read the weights, and resumed.
    let mut recorded = classifier(16, 5);
    let mut setup = setup_for(0.0);
    setup.set(TrainKey::Resume, 1.0).unwrap();
    let (mut val_loss, mut weights) = (Vec::new(), Vec::new());
    for e in 1..=EPOCHS {
        let report = recorded
            .train_run(
                &mut setup,
                &x,
                &y,
                40,
                Some(&mut |r: &TrainReport| {
                    val_loss.push(r.val_loss);
                    r.epoch_end // pause
                }),
            )
            .unwrap();
        assert!(report.stopped && report.epoch == e && report.epoch_end);
        weights.push(params(&recorded));
    }
    // The pauses change nothing: a run without them has the same val_loss.
    let mut straight = classifier(16, 5);
    let mut unpaused = Vec::new();
    let mut setup = setup_for(0.0);
    straight
        .train_run(
            &mut setup,
            &x,
            &y,
            40,
            Some(&mut |r: &TrainReport| {
                unpaused.push(r.val_loss.to_bits());
                false
            }),
        )
        .unwrap();
    assert_eq!(unpaused, val_loss.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
    assert_eq!(params(&straight), weights[EPOCHS - 1]);
    assert_eq!(setup.result(TrainResult::BestEpoch).unwrap(), 0.0); // no patience
    assert_eq!(setup.result(TrainResult::StoppedEarly).unwrap(), 0.0);

    let (stop, best) = early_stop(&val_loss, 2);
    let stop = stop.expect("this data's val_loss rises twice in a row within the epochs");
    assert!(best < stop && stop < EPOCHS, "{val_loss:?}");

    let mut net = classifier(16, 5);
    let mut setup = setup_for(2.0);
    setup.set(TrainKey::Monitor, Monitor::ValLoss.code().into()).unwrap();
    let mut seen = Vec::new();
    let report = net
        .train_run(
            &mut setup,
            &x,
            &y,
            40,
            Some(&mut |r: &TrainReport| {
                seen.push(r.val_loss);
                false
            }),
        )
        .unwrap();
    assert_eq!(report.epoch, stop);
    assert!(!report.stopped); // stopped by patience, not by the callback
    assert_eq!(seen, val_loss[..stop]);
    assert_eq!(setup.result(TrainResult::BestEpoch).unwrap(), best as f64);
    assert_eq!(setup.result(TrainResult::BestValue).unwrap(), val_loss[best - 1]);
    assert_eq!(setup.result(TrainResult::StoppedEarly).unwrap(), 1.0);
    assert_eq!(setup.result(TrainResult::Restored).unwrap(), 1.0);
    assert_eq!(params(&net), weights[best - 1]);
    assert_ne!(params(&net), weights[stop - 1]);

    // RESTORE_BEST 0 keeps the last epoch's weights.
    let mut last = classifier(16, 5);
    setup.set(TrainKey::RestoreBest, 0.0).unwrap();
    last.train_run(&mut setup, &x, &y, 40, None).unwrap();
    assert_eq!(params(&last), weights[stop - 1]);
    assert_eq!(setup.result(TrainResult::Restored).unwrap(), 0.0);
}

fn assert_arg(result: ffnn::Result<impl std::fmt::Debug>, start: &str) -> String {
    let e = result.unwrap_err();
    assert_eq!(e.status, Status::Arg, "{e}");
    assert!(e.message.starts_with(start), "{:?} does not start with {start:?}", e.message);
    e.message
}

/// (4) Bad values and unknown keys are errors with the library's message,
/// and change nothing; keys are set by their names.
#[test]
fn bad_options_are_the_librarys_errors() {
    let mut setup = TrainSetup::new().unwrap();
    assert_arg(setup.set(TrainKey::BatchSize, 0.0), "ffnn_train_setup_set: batch_size is 0");
    assert_arg(setup.set(TrainKey::BatchSize, 2.5), "ffnn_train_setup_set: batch_size is 2.5");
    assert_eq!(setup.get(TrainKey::BatchSize).unwrap(), 32.0);
    assert_arg(setup.set(TrainKey::Other(99), 1.0), "ffnn_train_setup_set: unknown key 99");
    assert_arg(setup.set_u64(TrainKey::Other(99), 1), "ffnn_train_setup_set_u64: unknown key 99");
    assert_arg(setup.get(TrainKey::Other(99)), "ffnn_train_setup_get: unknown key 99");
    assert_arg(setup.get_u64(TrainKey::Other(-1)), "ffnn_train_setup_get_u64: unknown key -1");
    let m = assert_arg(setup.set_u64(TrainKey::LearningRate, 1), "ffnn_train_setup_set_u64: learning_rate");
    assert!(m.contains("not an integer option"), "{m}");
    assert_arg(setup.get_u64(TrainKey::MinDelta), "ffnn_train_setup_get_u64: min_delta");
    assert_arg(setup.result(TrainResult::Other(99)), "ffnn_train_setup_result: unknown result 99");
    assert_arg(setup.set(TrainKey::Schedule, 3.0), "ffnn_train_setup_set: schedule is 3");
    assert_eq!(setup.get(TrainKey::Schedule).unwrap(), Schedule::Constant.code() as f64);

    setup.set_by_name("patience", 3.0).unwrap();
    assert_eq!(setup.get(TrainKey::Patience).unwrap(), 3.0);
    assert_eq!(setup.get_u64(TrainKey::Patience).unwrap(), 3);
    let m = assert_arg(
        setup.set_by_name("nope", 1.0),
        "ffnn_train_key_from_name: unknown training option \"nope\"",
    );
    assert!(m.contains("batch_size|epochs|"), "the known names: {m}");
    assert_arg(setup.set_by_name("Patience", 1.0), "ffnn_train_key_from_name: unknown");
    assert_arg(setup.set_by_name("patience", -1.0), "ffnn_train_setup_set: patience is -1");
    let e = setup.set_by_name("pat\0ience", 1.0).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert!(e.message.contains("NUL"), "{e}");
    assert_eq!(setup.get(TrainKey::Patience).unwrap(), 3.0);
    assert!(format!("{setup:?}").contains("Patience: 3.0"), "{setup:?}");

    // The run's own checks are the network's errors.
    let (x, y) = points(10, false);
    let mut net = classifier(4, 1);
    let m =
        assert_arg(net.train_run(&mut setup, &x, &y, 10, None), "ffnn_train_run: early stopping on val_loss");
    assert!(m.contains("validation fraction"), "{m}");
    let e = net.train_run(&mut setup, &x[1..], &y, 10, None).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert!(e.message.starts_with("ffnn_train_run: x has 19 values"), "{e}");
}

/// The library's names of the keys, schedules and monitors: the
/// enumerators without their prefix, lowercase.
#[test]
fn names_are_the_librarys() {
    use TrainKey as K;
    let keys = [
        (K::BatchSize, "batch_size"),
        (K::Epochs, "epochs"),
        (K::LearningRate, "learning_rate"),
        (K::ValidationFraction, "validation_fraction"),
        (K::Seed, "seed"),
        (K::Shuffle, "shuffle"),
        (K::ReportEvery, "report_every"),
        (K::ValidationSplit, "validation_split"),
        (K::Resume, "resume"),
        (K::Schedule, "schedule"),
        (K::WarmupEpochs, "warmup_epochs"),
        (K::StepEpochs, "step_epochs"),
        (K::StepFactor, "step_factor"),
        (K::MinLearningRate, "min_learning_rate"),
        (K::Patience, "patience"),
        (K::MinDelta, "min_delta"),
        (K::Monitor, "monitor"),
        (K::RestoreBest, "restore_best"),
    ];
    for (key, name) in keys {
        assert_eq!(key.name(), Some(name));
        assert_eq!(TrainKey::from_name(name).unwrap(), key);
    }
    // Each name sets its key: a value other than the default, read back.
    let values =
        [5.0, 6.0, 0.5, 0.25, 7.0, 0.0, 3.0, 1.0, 1.0, 2.0, 2.0, 4.0, 0.5, 0.001, 5.0, 0.01, 1.0, 0.0];
    let mut setup = TrainSetup::new().unwrap();
    for ((_, name), value) in keys.iter().zip(values) {
        setup.set_by_name(name, value).unwrap();
    }
    for ((key, name), value) in keys.iter().zip(values) {
        assert_eq!(setup.get(*key).unwrap(), value, "{name}");
    }
    assert_eq!(K::Other(99).name(), None);
    assert_eq!(K::Other(-1).name(), None);
    for (schedule, name) in
        [(Schedule::Constant, "constant"), (Schedule::Step, "step"), (Schedule::Cosine, "cosine")]
    {
        assert_eq!(schedule.name(), Some(name));
        assert_eq!(Schedule::from_name(name).unwrap(), schedule);
    }
    for (monitor, name) in [
        (Monitor::ValLoss, "val_loss"),
        (Monitor::ValAccuracy, "val_accuracy"),
        (Monitor::TrainLoss, "train_loss"),
    ] {
        assert_eq!(monitor.name(), Some(name));
        assert_eq!(Monitor::from_name(name).unwrap(), monitor);
    }
    assert_eq!(Schedule::Other(99).name(), None);
    assert_eq!(Monitor::Other(99).name(), None);
    assert_arg(Schedule::from_name("linear"), "ffnn_schedule_from_name: unknown schedule \"linear\"");
    assert_arg(Monitor::from_name("loss"), "ffnn_monitor_from_name: unknown monitor \"loss\"");
}

/// train_run's callback: true stops, a panic comes out of train_run, and
/// the setup forgets the callback after the call.
#[test]
fn the_callback_stops_and_its_panic_reaches_the_caller() {
    let (x, y) = points(100, false);
    let mut net = classifier(4, 2);
    let mut setup = TrainSetup::new().unwrap();
    setup.set(TrainKey::Epochs, 5.0).unwrap();
    setup.set(TrainKey::BatchSize, 10.0).unwrap();
    setup.set(TrainKey::ReportEvery, 4.0).unwrap();
    let mut calls = 0;
    let report = net
        .train_run(
            &mut setup,
            &x,
            &y,
            100,
            Some(&mut |_: &TrainReport| {
                calls += 1;
                calls == 4
            }),
        )
        .unwrap();
    // Per epoch: after batches 4 and 8, and the end (10); the 4th call is epoch 2's first.
    assert_eq!(calls, 4);
    assert!(report.stopped);
    assert_eq!((report.epoch, report.batches_done), (2, 4));

    let caught = panic::catch_unwind(AssertUnwindSafe(|| {
        net.train_run(&mut setup, &x, &y, 100, Some(&mut |_: &TrainReport| panic!("boom")))
    }));
    assert_eq!(*caught.unwrap_err().downcast::<&str>().unwrap(), "boom");
    // No callback now: the setup holds none of the last call's.
    let report = net.train_run(&mut setup, &x, &y, 100, None).unwrap();
    assert_eq!((report.epoch, report.stopped), (5, false));
}

/// (5) set_optimizer_param keeps the optimizer and changes its
/// hyper-parameter: Adam made with beta1 0.9 and set to 0.8 steps as Adam
/// made with 0.8.
#[test]
fn set_optimizer_param_is_the_optimizer_made_so() {
    let (x, y) = points(40, false);
    let mut set = classifier(8, 6);
    let mut made = set.try_clone().unwrap();
    let mut kept = set.try_clone().unwrap();
    set.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    kept.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    made.set_optimizer_adam(0.8, 0.999, 1e-8).unwrap();
    set.set_optimizer_param(OptimizerParam::Beta1, 0.8).unwrap();
    assert_eq!(set.optimizer_param(OptimizerParam::Beta1).unwrap(), 0.8);
    assert_eq!(set.optimizer_param(OptimizerParam::Beta2).unwrap(), 0.999);
    for _ in 0..3 {
        set.train_step(&x, &y, 40, 0.05).unwrap();
        made.train_step(&x, &y, 40, 0.05).unwrap();
        kept.train_step(&x, &y, 40, 0.05).unwrap();
    }
    assert_eq!(params(&set), params(&made));
    assert_ne!(params(&kept), params(&made));

    // A parameter Adam has not; a value out of range: nothing changes.
    let e = set.set_optimizer_param(OptimizerParam::Momentum, 0.5).unwrap_err();
    assert_eq!(e.status, Status::State, "{e}");
    assert!(e.message.starts_with("ffnn_set_optimizer_param"), "{e}");
    assert_arg(set.set_optimizer_param(OptimizerParam::Beta1, 1.5), "ffnn_set_optimizer_param");
    assert_eq!(set.optimizer_param(OptimizerParam::Beta1).unwrap(), 0.8);
    // Weight decay, of every optimizer, plain gradient descent's too.
    let mut sgd = classifier(8, 6);
    sgd.set_optimizer_param(OptimizerParam::WeightDecay, 0.25).unwrap();
    assert_eq!(sgd.optimizer_param(OptimizerParam::WeightDecay).unwrap(), 0.25);
}
