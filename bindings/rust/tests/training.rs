//! ffnn_train with its callback, evaluate, predict, optimizers, backends.
use ffnn::{Activation, Backend, Loss, Net, Optimizer, OptimizerParam, Status, TrainOptions, TrainReport};

/// Two Gaussian-ish blobs, label 1 when x0 + x1 > 0; 200 samples.
fn blobs() -> (Vec<f32>, Vec<f32>) {
    let mut state = 12345u64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    };
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for i in 0..200 {
        let label = (i % 2) as f32;
        let centre = if label > 0.5 { 1.0 } else { -1.0 };
        x.extend([centre + 0.5 * next(), centre + 0.5 * next()]);
        y.push(label);
    }
    (x, y)
}

fn classifier(seed: u64) -> Net {
    Net::new(&[2, 8, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, seed).unwrap()
}

#[test]
fn train_converges_and_reports() {
    let (x, y) = blobs();
    let mut net = classifier(3);
    let (loss0, _) = net.evaluate(&x, &y, 200).unwrap();
    let options = TrainOptions {
        batch_size: 16,
        epochs: 20,
        learning_rate: 0.5,
        validation_fraction: 0.25,
        seed: 9,
        ..TrainOptions::default()
    };
    let mut reports: Vec<TrainReport> = Vec::new();
    let mut record = |r: &TrainReport| {
        reports.push(*r);
        false
    };
    let last = net.train(&x, &y, 200, &options, Some(&mut record)).unwrap();
    // 150 training samples in batches of 16: 10 per epoch; one report per epoch.
    assert_eq!(reports.len(), 20);
    assert!(reports.iter().all(|r| r.epoch_end && r.batches == 10 && r.batches_done == 10));
    assert_eq!((last.epoch, last.epochs, last.stopped), (20, 20, false));
    assert!(last.val_accuracy >= 0.95, "{last:?}");
    assert!(last.train_loss < 0.2 && last.val_loss < 0.2, "{last:?}");
    let (loss, accuracy) = net.evaluate(&x, &y, 200).unwrap();
    assert!(loss < loss0 / 3.0 && accuracy >= 0.95, "{loss0} -> {loss}, {accuracy}");
    let yhat = net.predict(&x, 200).unwrap();
    let right = yhat.iter().zip(&y).filter(|(p, t)| (**p > 0.5) == (**t > 0.5)).count();
    assert!(right >= 190, "{right}");
    // The last pass of predict (one chunk of 200 rows) is there to inspect.
    assert_eq!(net.batch(), 200);
    assert_eq!(net.activations(2).unwrap().1, yhat);
    assert!((net.loss(&y).unwrap() as f64 - loss).abs() < 1e-4);
}

#[test]
fn callback_can_stop_training() {
    let (x, y) = blobs();
    let mut net = classifier(3);
    let options = TrainOptions { batch_size: 10, epochs: 5, report_every: 4, ..TrainOptions::default() };
    let mut calls = 0;
    let mut stop_on_third = |r: &TrainReport| {
        calls += 1;
        assert!(!r.epoch_end && r.val_loss.is_nan());
        calls == 3
    };
    let report = net.train(&x, &y, 200, &options, Some(&mut stop_on_third)).unwrap();
    assert_eq!(calls, 3);
    assert!(report.stopped);
    assert_eq!((report.epoch, report.batches_done), (1, 12));
}

#[test]
fn a_panic_in_the_callback_reaches_the_caller() {
    let (x, y) = blobs();
    let mut net = classifier(3);
    let options = TrainOptions { epochs: 3, ..TrainOptions::default() };
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut boom = |_: &TrainReport| -> bool { panic!("boom from the callback") };
        let _ = net.train(&x, &y, 200, &options, Some(&mut boom));
    }));
    let payload = caught.unwrap_err();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"boom from the callback"));
    // The network is still usable.
    net.forward(&x[..2], 1).unwrap();
}

#[test]
fn every_optimizer_learns() {
    let (x, y) = blobs();
    type Setup = fn(&mut Net);
    let setups: [(Optimizer, Setup); 4] = [
        (Optimizer::Sgd, |n| n.set_optimizer_sgd().unwrap()),
        (Optimizer::Momentum, |n| n.set_optimizer_momentum(0.9, false).unwrap()),
        (Optimizer::Nesterov, |n| n.set_optimizer_momentum(0.9, true).unwrap()),
        (Optimizer::Adam, |n| n.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap()),
    ];
    for (kind, setup) in setups {
        let mut net = classifier(5);
        setup(&mut net);
        net.set_weight_decay(1e-4).unwrap();
        assert_eq!(net.optimizer(), kind);
        let (before, _) = net.evaluate(&x, &y, 200).unwrap();
        let lr = if kind == Optimizer::Adam { 0.01 } else { 0.05 };
        for _ in 0..100 {
            net.train_step(&x, &y, 200, lr).unwrap();
        }
        let (after, _) = net.evaluate(&x, &y, 200).unwrap();
        assert!(after < before / 2.0, "{kind:?}: {before} -> {after}");
    }
}

#[test]
fn optimizer_params_read_back_as_set() {
    use OptimizerParam::*;
    let mut net = classifier(6);
    assert_eq!(net.optimizer_param(WeightDecay).unwrap(), 0.0);
    assert_eq!(net.optimizer_param(Momentum).unwrap_err().status, Status::State);
    net.set_weight_decay(0.1).unwrap();
    net.set_optimizer_momentum(0.9, true).unwrap();
    assert_eq!(net.optimizer_param(Momentum).unwrap(), 0.9);
    assert_eq!(net.optimizer_param(WeightDecay).unwrap(), 0.1);
    let e = net.optimizer_param(Beta1).unwrap_err();
    assert_eq!(e.status, Status::State);
    assert!(e.message.contains("has no beta1"), "{e}");
    net.set_optimizer_adam(0.8, 0.99, 1e-6).unwrap();
    assert_eq!(net.optimizer_param(Beta1).unwrap(), 0.8);
    assert_eq!(net.optimizer_param(Beta2).unwrap(), 0.99);
    assert_eq!(net.optimizer_param(Epsilon).unwrap(), 1e-6);
    assert_eq!(net.optimizer_param(Momentum).unwrap_err().status, Status::State);
    // A refused setter leaves the old values.
    net.set_optimizer_adam(1.5, 0.99, 1e-6).unwrap_err();
    assert_eq!(net.optimizer_param(Beta1).unwrap(), 0.8);
}

#[test]
fn gradients_survive_train_step_except_with_plain_sgd() {
    let (x, y) = blobs();
    let mut net = classifier(1);
    net.train_step(&x, &y, 200, 0.1).unwrap();
    // Plain SGD applies the update during backpropagation and keeps nothing.
    assert_eq!(net.gradients(1).unwrap_err().status, ffnn::Status::State);
    net.set_optimizer_momentum(0.5, false).unwrap();
    net.train_step(&x, &y, 200, 0.1).unwrap();
    let (dw, db) = net.gradients(1).unwrap();
    assert_eq!((dw.len(), db.len()), (16, 8));
    assert!(dw.iter().any(|g| *g != 0.0));
}

#[test]
fn backends_agree() {
    let (x, _) = blobs();
    let mut outputs = Vec::new();
    for backend in [Backend::Naive, Backend::Blas, Backend::Auto] {
        let mut net = classifier(2);
        assert_eq!(net.backend(), Backend::Auto);
        net.set_backend(backend).unwrap();
        assert_eq!(net.backend(), backend);
        outputs.push(net.forward(&x, 200).unwrap());
    }
    for out in &outputs[1..] {
        for (a, b) in out.iter().zip(&outputs[0]) {
            assert!((a - b).abs() < 1e-5, "{a} vs {b}");
        }
    }
}

#[test]
fn a_net_can_move_to_another_thread() {
    let (x, _) = blobs();
    let mut net = classifier(4);
    let here = net.forward(&x, 200).unwrap();
    let there = std::thread::spawn(move || net.forward(&x, 200).unwrap()).join().unwrap();
    assert_eq!(here, there);
}

/// MAJOR, MINOR and PATCH of the `#define FFNN_VERSION_*` lines of
/// include/ffnn.h, the header this crate was written against.
fn header_version() -> (u32, u32, u32) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../include/ffnn.h");
    let text = std::fs::read_to_string(path).expect("include/ffnn.h");
    let part = |name: &str| -> u32 {
        let key = format!("#define FFNN_VERSION_{} ", name);
        let line = text.lines().find(|l| l.starts_with(&key)).expect(&key);
        line[key.len()..].trim().parse().expect("a number")
    };
    (part("MAJOR"), part("MINOR"), part("PATCH"))
}

#[test]
fn version_is_the_headers() {
    let (major, minor, patch) = header_version();
    assert_eq!(ffnn::version(), format!("{}.{}.{}", major, minor, patch));
    assert_eq!(ffnn::version_number(), major * 10000 + minor * 100 + patch);
}
