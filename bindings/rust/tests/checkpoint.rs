//! Since 1.2.0: checkpoints, the training position, resuming a stopped run,
//! validation splits and the user's metadata.
use ffnn::{
    Activation, Loss, Net, Optimizer, OptimizerParam, Status, TrainOptions, TrainPosition, TrainReport,
    ValidationSplit,
};

/// 60 samples of 3 classes (one-hot y), interleaved: class i % 3.
fn three_classes() -> (Vec<f32>, Vec<f32>) {
    let mut state = 2024u64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    };
    let centres = [(-1.0, -1.0), (1.0, -0.5), (0.0, 1.0)];
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for i in 0..60 {
        let c = i % 3;
        x.extend([centres[c].0 + 0.6 * next(), centres[c].1 + 0.6 * next()]);
        let mut one_hot = [0.0; 3];
        one_hot[c] = 1.0;
        y.extend(one_hot);
    }
    (x, y)
}

fn adam_net(seed: u64) -> Net {
    let mut net = Net::new(&[2, 6, 3], &[Activation::Tanh, Activation::Softmax], Loss::Ce, seed).unwrap();
    net.set_optimizer_adam(0.8, 0.99, 1e-7).unwrap();
    net.set_weight_decay(1e-3).unwrap();
    net
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

/// Every weight and bias, as bits: equal means bit-identical networks.
fn weights(net: &Net) -> Vec<Vec<u32>> {
    (1..=net.num_layers())
        .flat_map(|l| {
            let (w, b) = net.layer(l).unwrap();
            [bits(&w), bits(&b)]
        })
        .collect()
}

fn temp_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("ffnn-rust-{}-{name}.safetensors", std::process::id()))
}

/// The JSON header of a safetensors buffer.
fn header(bytes: &[u8]) -> String {
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    String::from_utf8(bytes[8..8 + n].to_vec()).unwrap()
}

/// A report with the throughput, the one field a resumed run may change,
/// blanked; NaN losses compared as bits.
fn comparable(r: &TrainReport) -> (usize, usize, usize, usize, [u64; 4], bool, bool) {
    (
        r.epoch,
        r.epochs,
        r.batches_done,
        r.batches,
        [r.train_loss, r.train_accuracy, r.val_loss, r.val_accuracy].map(f64::to_bits),
        r.epoch_end,
        r.stopped,
    )
}

#[test]
fn adam_checkpoint_round_trips_in_memory_and_on_disk() {
    let (x, y) = three_classes();
    let mut net = adam_net(5);
    for _ in 0..4 {
        net.train_step(&x, &y, 60, 0.05).unwrap();
    }
    let bytes = net.to_checkpoint_bytes().unwrap();
    let path = temp_path("adam");
    net.save_checkpoint(&path).unwrap();
    let file = std::fs::read(&path).unwrap();
    let mut from_file = Net::load(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(file, bytes, "the file and the buffer hold the same checkpoint");
    let h = header(&bytes);
    assert!(h.contains("\"optimizer\":\"adam\"") && h.contains("layers.1.weight.exp_avg_sq"), "{h}");
    // A model is something else: no optimizer state.
    assert!(!header(&net.to_bytes().unwrap()).contains("exp_avg"));

    let mut from_buffer = Net::from_bytes(&bytes).unwrap();
    for loaded in [&from_buffer, &from_file] {
        assert_eq!(loaded.optimizer(), Optimizer::Adam);
        assert_eq!(loaded.optimizer_param(OptimizerParam::Beta1).unwrap(), 0.8);
        assert_eq!(loaded.optimizer_param(OptimizerParam::Beta2).unwrap(), 0.99);
        assert_eq!(loaded.optimizer_param(OptimizerParam::Epsilon).unwrap(), 1e-7);
        assert_eq!(loaded.optimizer_param(OptimizerParam::WeightDecay).unwrap(), 1e-3);
        assert_eq!(weights(loaded), weights(&net));
    }
    // Fresh Adam on the same weights (what a model gives) steps differently.
    let mut restarted = Net::from_bytes(&net.to_bytes().unwrap()).unwrap();
    assert_eq!(restarted.optimizer(), Optimizer::Sgd);
    restarted.set_optimizer_adam(0.8, 0.99, 1e-7).unwrap();
    restarted.set_weight_decay(1e-3).unwrap();

    for _ in 0..5 {
        let want = net.train_step(&x, &y, 60, 0.05).unwrap();
        assert_eq!(from_buffer.train_step(&x, &y, 60, 0.05).unwrap().to_bits(), want.to_bits());
        assert_eq!(from_file.train_step(&x, &y, 60, 0.05).unwrap().to_bits(), want.to_bits());
        restarted.train_step(&x, &y, 60, 0.05).unwrap();
    }
    assert_eq!(weights(&from_buffer), weights(&net));
    assert_eq!(weights(&from_file), weights(&net));
    assert_ne!(weights(&restarted), weights(&net), "the checkpoint's Adam state must matter");
}

#[test]
fn checkpoint_errors_are_the_librarys() {
    let net = adam_net(1);
    let e = net.save_checkpoint("/nonexistent-dir-of-ffnn/x.safetensors").unwrap_err();
    assert_eq!(e.status, Status::Io);
    assert!(e.message.starts_with("ffnn_save_checkpoint"), "{e}");
    let e = Net::from_bytes(&net.to_checkpoint_bytes().unwrap()[..100]).unwrap_err();
    assert_eq!(e.status, Status::Format);
    // Saves replace the file whole, through no lasting temporary file.
    let dir = std::env::temp_dir().join(format!("ffnn-rust-{}-atomic", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("model.safetensors");
    net.save(&path).unwrap();
    net.save_checkpoint(&path).unwrap();
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["model.safetensors"]);
    assert_eq!(std::fs::read(&path).unwrap(), net.to_checkpoint_bytes().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
}

fn options() -> TrainOptions {
    TrainOptions {
        batch_size: 8,
        epochs: 4,
        learning_rate: 0.05,
        validation_fraction: 0.2, // 48 training rows: 6 batches an epoch
        seed: 11,
        shuffle: true,
        report_every: 1,
    }
}

/// Trains a fresh network without interruption: its weights and reports.
fn uninterrupted(split: Option<ValidationSplit>) -> (Vec<Vec<u32>>, Vec<TrainReport>, TrainReport) {
    let (x, y) = three_classes();
    let mut net = adam_net(3);
    let mut reports = Vec::new();
    let mut record = |r: &TrainReport| {
        reports.push(*r);
        false
    };
    let last = match split {
        None => net.train(&x, &y, 60, &options(), Some(&mut record)),
        Some(split) => net.train_resume(&x, &y, 60, &options(), split, Some(&mut record)),
    }
    .unwrap();
    (weights(&net), reports, last)
}

/// Stops at epoch 2, batch 3, goes through a checkpoint (disk or memory),
/// and resumes: the same weights and reports as a run never stopped.
fn stop_checkpoint_resume(split: ValidationSplit, first_by_train: bool, on_disk: bool) {
    let (want_weights, want_reports, want_last) =
        uninterrupted(if first_by_train { None } else { Some(split) });
    // A report per batch, the epoch's last batch reporting the epoch's end.
    assert_eq!(want_reports.len(), 4 * 6);
    assert_eq!(want_reports.iter().filter(|r| r.epoch_end).count(), 4);

    let (x, y) = three_classes();
    let mut net = adam_net(3);
    let mut reports = Vec::new();
    let mut stop = |r: &TrainReport| {
        reports.push(*r);
        r.epoch == 2 && r.batches_done == 3 && !r.epoch_end
    };
    let stopped = if first_by_train {
        net.train(&x, &y, 60, &options(), Some(&mut stop))
    } else {
        net.train_resume(&x, &y, 60, &options(), split, Some(&mut stop))
    }
    .unwrap();
    assert!(stopped.stopped && stopped.epoch == 2 && stopped.batches_done == 3, "{stopped:?}");
    let position = net.train_position();
    assert_eq!((position.epoch, position.batch, position.seen), (1, 3, 24), "{position:?}");
    assert!(position.loss_sum > 0.0 && position.correct <= 24, "{position:?}");

    let mut resumed = if on_disk {
        let path = temp_path(&format!("resume-{split:?}-{first_by_train}"));
        net.save_checkpoint(&path).unwrap();
        let loaded = Net::load(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        loaded
    } else {
        Net::from_bytes(&net.to_checkpoint_bytes().unwrap()).unwrap()
    };
    assert_eq!(resumed.train_position(), position);
    // The stopped network itself resumes the same way, checkpoint or not.
    net.train_resume(&x, &y, 60, &options(), split, None).unwrap();
    assert_eq!(weights(&net), want_weights, "{split:?}");
    drop(net);
    let mut record = |r: &TrainReport| {
        reports.push(*r);
        false
    };
    let last = resumed.train_resume(&x, &y, 60, &options(), split, Some(&mut record)).unwrap();
    assert_eq!(weights(&resumed), want_weights, "{split:?}");
    assert_eq!(comparable(&last), comparable(&want_last));
    assert_eq!(
        reports.iter().map(comparable).collect::<Vec<_>>(),
        want_reports.iter().map(comparable).collect::<Vec<_>>()
    );
    let end = resumed.train_position();
    assert_eq!(end.epoch, 4, "{end:?}");

    // Resuming a complete run does nothing and says so.
    let report = resumed.train_resume(&x, &y, 60, &options(), split, None).unwrap();
    assert_eq!(report.epoch, 4);
    assert!(report.train_loss.is_nan() && report.val_loss.is_nan(), "{report:?}");
    assert_eq!(weights(&resumed), want_weights);
}

#[test]
fn stopped_train_resumed_from_a_file_equals_an_uninterrupted_train() {
    stop_checkpoint_resume(ValidationSplit::Last, true, true);
}

#[test]
fn stopped_train_resumed_from_a_buffer_equals_an_uninterrupted_train() {
    stop_checkpoint_resume(ValidationSplit::Last, true, false);
}

#[test]
fn stopped_resume_with_a_split_equals_an_uninterrupted_one() {
    stop_checkpoint_resume(ValidationSplit::Shuffled, false, true);
    stop_checkpoint_resume(ValidationSplit::Stratified, false, false);
}

#[test]
fn train_is_resume_from_zero_with_the_last_split() {
    let (by_train, reports, _) = uninterrupted(None);
    let (by_resume, resume_reports, _) = uninterrupted(Some(ValidationSplit::default()));
    assert_eq!(by_train, by_resume);
    assert_eq!(
        reports.iter().map(comparable).collect::<Vec<_>>(),
        resume_reports.iter().map(comparable).collect::<Vec<_>>()
    );
    // The split reaches C: another one holds out other rows.
    let (shuffled, _, _) = uninterrupted(Some(ValidationSplit::Shuffled));
    let (stratified, _, _) = uninterrupted(Some(ValidationSplit::Stratified));
    assert_ne!(shuffled, by_train);
    assert_ne!(stratified, by_train);
    assert_ne!(stratified, shuffled);

    // train ignores the position it finds; train_resume from a position
    // set back to zero starts the run over.
    let (x, y) = three_classes();
    let mut net = adam_net(3);
    net.set_train_position(TrainPosition { epoch: 1, batch: 2, seen: 16, ..TrainPosition::default() })
        .unwrap();
    net.train(&x, &y, 60, &options(), None).unwrap();
    assert_eq!(weights(&net), by_train);
    let mut fresh = adam_net(3);
    fresh.set_train_position(TrainPosition { epoch: 2, ..TrainPosition::default() }).unwrap();
    fresh.set_train_position(TrainPosition::default()).unwrap();
    fresh.train_resume(&x, &y, 60, &options(), ValidationSplit::Last, None).unwrap();
    assert_eq!(weights(&fresh), by_train);
}

#[test]
fn split_rows_reordered_data_trains_as_the_split() {
    // Data put in split_rows' order (training rows first) trains with
    // `train` as the original does with train_resume and that split.
    let (x, y) = three_classes();
    let probe = adam_net(3);
    let order = probe.split_rows(Some(&y), 60, 0.2, ValidationSplit::Stratified, options().seed).unwrap();
    let xr: Vec<f32> = order.iter().flat_map(|&r| x[2 * r..2 * r + 2].to_vec()).collect();
    let yr: Vec<f32> = order.iter().flat_map(|&r| y[3 * r..3 * r + 3].to_vec()).collect();
    let mut net = adam_net(3);
    net.train(&xr, &yr, 60, &options(), None).unwrap();
    let (want, _, _) = uninterrupted(Some(ValidationSplit::Stratified));
    assert_eq!(weights(&net), want);
}

#[test]
fn resume_refuses_a_position_beyond_the_data() {
    let (x, y) = three_classes();
    let mut net = adam_net(3);
    net.set_train_position(TrainPosition { epoch: 1, batch: 7, ..TrainPosition::default() }).unwrap();
    let e = net.train_resume(&x, &y, 60, &options(), ValidationSplit::Last, None).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert!(e.message.starts_with("ffnn_train_resume"), "{e}");
    // Lengths are checked here, as for train, under the call's own name.
    let e = net.train_resume(&x[1..], &y, 60, &options(), ValidationSplit::Last, None).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert_eq!(e.message, "ffnn_train_resume: x has 119 values, expected 60 x 2 = 120");
}

/// `order` is a permutation of 0..n whose first `n_train` entries and
/// the rest are each increasing.
fn assert_split(order: &[usize], n_train: usize) {
    let mut sorted = order.to_vec();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..order.len()).collect::<Vec<_>>(), "a permutation: {order:?}");
    let (train, held) = order.split_at(n_train);
    assert!(train.windows(2).all(|w| w[0] < w[1]), "{train:?}");
    assert!(held.windows(2).all(|w| w[0] < w[1]), "{held:?}");
}

#[test]
fn split_rows_on_class_sorted_data() {
    // 3 classes x 10 rows, sorted by class.
    let y: Vec<f32> = (0..30)
        .flat_map(|r| {
            let mut one_hot = [0.0f32; 3];
            one_hot[r / 10] = 1.0;
            one_hot
        })
        .collect();
    let net = Net::new(&[2, 3], &[Activation::Softmax], Loss::Ce, 1).unwrap();
    let class_counts = |held: &[usize]| {
        let mut counts = [0; 3];
        held.iter().for_each(|&r| counts[r / 10] += 1);
        counts
    };

    for seed in [0, 1, 99] {
        let order = net.split_rows(Some(&y), 30, 0.2, ValidationSplit::Stratified, seed).unwrap();
        assert_eq!(order.len(), 30);
        assert_split(&order, 24);
        assert_eq!(class_counts(&order[24..]), [2, 2, 2], "seed {seed}: {order:?}");
        // Deterministic in the seed.
        assert_eq!(order, net.split_rows(Some(&y), 30, 0.2, ValidationSplit::Stratified, seed).unwrap());
    }
    // LAST holds out the last 6 rows, all of class 2: the identity.
    let last = net.split_rows(None, 30, 0.2, ValidationSplit::Last, 5).unwrap();
    assert_eq!(last, (0..30).collect::<Vec<_>>());
    assert_eq!(class_counts(&last[24..]), [0, 0, 6]);
    // SHUFFLED draws 6 rows with the seed; y is not needed.
    let a = net.split_rows(None, 30, 0.2, ValidationSplit::Shuffled, 1).unwrap();
    let b = net.split_rows(Some(&y), 30, 0.2, ValidationSplit::Shuffled, 2).unwrap();
    assert_split(&a, 24);
    assert_split(&b, 24);
    assert_ne!(a, last);
    assert_ne!(a, b);
    assert_eq!(a, net.split_rows(None, 30, 0.2, ValidationSplit::Shuffled, 1).unwrap());
    // n_val = round(fraction n): 0.25 of 30 is 7.5 -> 8.
    assert_split(&net.split_rows(Some(&y), 30, 0.25, ValidationSplit::Stratified, 3).unwrap(), 22);
    // Fraction 0: everything trains, in order.
    assert_eq!(
        net.split_rows(None, 30, 0.0, ValidationSplit::Shuffled, 3).unwrap(),
        (0..30).collect::<Vec<_>>()
    );
}

#[test]
fn split_rows_errors() {
    let net = Net::new(&[2, 3], &[Activation::Softmax], Loss::Ce, 1).unwrap();
    let e = net.split_rows(None, 30, 0.2, ValidationSplit::Stratified, 0).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Arg, "ffnn_split_rows: a stratified split needs y"));
    let e = net.split_rows(None, 30, 1.0, ValidationSplit::Shuffled, 0).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert!(e.message.starts_with("ffnn_split_rows:"), "{e}");
    let e = net.split_rows(None, 0, 0.2, ValidationSplit::Last, 0).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Shape, "ffnn_split_rows: no rows"));
    // A y of the wrong length never reaches C.
    let e = net.split_rows(Some(&[0.0; 89]), 30, 0.2, ValidationSplit::Stratified, 0).unwrap_err();
    assert_eq!(
        (e.status, e.message.as_str()),
        (Status::Shape, "ffnn_split_rows: y has 89 values, expected 30 x 3 = 90")
    );
    let mut y = vec![0.0; 90];
    y[4] = f32::NAN;
    let e = net.split_rows(Some(&y), 30, 0.2, ValidationSplit::Stratified, 0).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
}

#[test]
fn position_get_set_round_trip() {
    let mut net = adam_net(2);
    assert_eq!(net.train_position(), TrainPosition::default());
    let position = TrainPosition {
        epoch: 3,
        batch: 5,
        rng: 0xDEAD_BEEF_0123_4567,
        seen: 40,
        correct: 31,
        loss_sum: 12.375,
    };
    net.set_train_position(position).unwrap();
    assert_eq!(net.train_position(), position);
    // Extreme values are accepted as they are (train_resume judges them).
    let odd =
        TrainPosition { epoch: u64::MAX, batch: u64::MAX - 1, rng: 1, seen: 2, correct: 3, loss_sum: -0.5 };
    net.set_train_position(odd).unwrap();
    assert_eq!(net.train_position(), odd);
    // Clones and checkpoints carry it; a model does not.
    assert_eq!(net.try_clone().unwrap().train_position(), odd);
    net.set_train_position(position).unwrap();
    assert_eq!(Net::from_bytes(&net.to_checkpoint_bytes().unwrap()).unwrap().train_position(), position);
    assert_eq!(Net::from_bytes(&net.to_bytes().unwrap()).unwrap().train_position(), TrainPosition::default());
    // train starts from zero and advances it.
    let (x, y) = three_classes();
    net.train(&x, &y, 60, &TrainOptions { epochs: 2, ..options() }, None).unwrap();
    assert_eq!(net.train_position().epoch, 2);
}

#[test]
fn metadata_set_get_remove_and_files() {
    let mut net = adam_net(4);
    assert_eq!(net.metadata("user.name"), None);
    net.set_metadata("user.name", Some("iris")).unwrap();
    net.set_metadata("user.note", Some("Grüße, ✓")).unwrap();
    net.set_metadata("user.empty", Some("")).unwrap();
    assert_eq!(net.metadata("user.name").as_deref(), Some("iris"));
    assert_eq!(net.metadata("user.note").as_deref(), Some("Grüße, ✓"));
    assert_eq!(net.metadata("user.empty").as_deref(), Some(""));
    net.set_metadata("user.name", Some("iris-2")).unwrap();
    assert_eq!(net.metadata("user.name").as_deref(), Some("iris-2"));
    // None removes; removing what is not there is fine.
    net.set_metadata("user.empty", None).unwrap();
    assert_eq!(net.metadata("user.empty"), None);
    net.set_metadata("user.never", None).unwrap();
    // The library's own keys are in the file, not in the network's metadata.
    assert_eq!(net.metadata("format"), None);
    assert_eq!(net.metadata("user.na\0me"), None);

    // Saved and restored by models, checkpoints (file and buffer), clones.
    let path = temp_path("metadata");
    net.save(&path).unwrap();
    let from_file = Net::load(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    let bytes = net.to_bytes().unwrap();
    assert!(header(&bytes).contains("\"user.name\":\"iris-2\""), "{}", header(&bytes));
    for copy in [
        from_file,
        Net::from_bytes(&bytes).unwrap(),
        Net::from_bytes(&net.to_checkpoint_bytes().unwrap()).unwrap(),
        net.try_clone().unwrap(),
    ] {
        assert_eq!(copy.metadata("user.name").as_deref(), Some("iris-2"));
        assert_eq!(copy.metadata("user.note").as_deref(), Some("Grüße, ✓"));
        assert_eq!(copy.metadata("user.empty"), None);
    }
}

#[test]
fn bad_metadata_keys_are_refused_with_the_librarys_message() {
    let mut net = adam_net(4);
    let e = net.set_metadata("model.name", Some("x")).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert_eq!(
        e.message,
        "ffnn_set_metadata: key 'model.name' must start with \"user.\" and have at most 255 bytes"
    );
    assert!(e.to_string().starts_with("FFNN_ERR_ARG"), "{e}");
    // Removing is checked the same way.
    assert_eq!(net.set_metadata("format", None).unwrap_err().status, Status::Arg);
    let long = format!("user.{}", "k".repeat(251)); // 256 bytes
    let e = net.set_metadata(&long, Some("x")).unwrap_err();
    assert!(e.message.contains("at most 255 bytes"), "{e}");
    net.set_metadata(&long[..255], Some("x")).unwrap();
    assert_eq!(net.metadata(&long[..255]).as_deref(), Some("x"));
    // A NUL byte is this binding's refusal: C would see a shorter string.
    let e = net.set_metadata("user.a", Some("b\0c")).unwrap_err();
    assert_eq!(
        (e.status, e.message.as_str()),
        (Status::Arg, "ffnn_set_metadata: the value contains a NUL byte")
    );
    let e = net.set_metadata("user.a\0b", Some("c")).unwrap_err();
    assert_eq!(
        (e.status, e.message.as_str()),
        (Status::Arg, "ffnn_set_metadata: the key contains a NUL byte")
    );
    assert_eq!(net.metadata("user.a"), None);
}
