//! libffnn 1.4's row weights (`TrainSetup::set_sample_weights`,
//! `set_class_weights`), scaling stored in the model (header section 16)
//! and dropout (section 17). The expected values come from the header's
//! definitions: an integer weight counts a row that many times, scaling is
//! (x - mean) / scale on the way in and h scale + mean on the way out, and
//! inference never drops; not from the binding's own output.
use ffnn::{Activation, Loss, Net, Status, TrainKey, TrainSetup};

/// The generator of the other tests: values in [-1, 1).
fn lcg(seed: &mut u32) -> f32 {
    *seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
    (*seed >> 8) as f32 / (1u32 << 23) as f32 - 1.0
}

fn data(n: usize, seed: u32) -> Vec<f32> {
    let mut seed = seed;
    (0..n).map(|_| lcg(&mut seed)).collect()
}

/// Every parameter of the network, W_1, b_1, W_2, b_2, ...
fn params(net: &Net) -> Vec<f32> {
    (1..=net.num_layers())
        .flat_map(|l| {
            let (w, b) = net.layer(l).unwrap();
            w.into_iter().chain(b)
        })
        .collect()
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|x| x.to_bits()).collect()
}

/// The largest |a - b| / |b| (|b| at least 1e-3, for weights near 0).
fn worst_relative(a: &[f32], b: &[f32]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(&a, &b)| (a as f64 - b as f64).abs() / (b as f64).abs().max(1e-3))
        .fold(0.0, f64::max)
}

fn expect_error<T: std::fmt::Debug>(r: ffnn::Result<T>, status: Status, text: &str) {
    let e = r.expect_err("the call should have failed");
    assert_eq!(e.status, status, "{e}");
    assert!(e.message.contains(text), "{:?} does not contain {text:?}", e.message);
}

// ---- (1) row weights ----

const ROWS: usize = 6;

/// ROWS points of the plane, one-hot of 2 classes: class 0 where
/// x0 + x1 > 0. Both classes occur.
fn two_classes() -> (Vec<f32>, Vec<f32>, Vec<usize>) {
    let x = data(2 * ROWS, 3);
    let class: Vec<usize> = (0..ROWS).map(|i| if x[2 * i] + x[2 * i + 1] > 0.0 { 0 } else { 1 }).collect();
    assert!(class.contains(&0) && class.contains(&1), "{class:?}");
    let y = class.iter().flat_map(|&c| if c == 0 { [1.0, 0.0] } else { [0.0, 1.0] }).collect();
    (x, y, class)
}

fn softmax_net() -> Net {
    Net::new(&[2, 4, 2], &[Activation::Tanh, Activation::Softmax], Loss::Ce, 21).unwrap()
}

/// One full-batch epoch in order, plain SGD at 0.5: one step on the data.
fn one_epoch() -> TrainSetup {
    let mut setup = TrainSetup::new().unwrap();
    setup.set(TrainKey::Epochs, 1.0).unwrap();
    setup.set(TrainKey::BatchSize, ROWS as f64).unwrap();
    setup.set(TrainKey::Shuffle, 0.0).unwrap();
    setup.set(TrainKey::LearningRate, 0.5).unwrap();
    setup
}

/// The rows of x and y, row i `copies[i]` times.
fn repeated(x: &[f32], y: &[f32], copies: &[usize]) -> (Vec<f32>, Vec<f32>, usize) {
    let (mut xr, mut yr) = (Vec::new(), Vec::new());
    for (i, &c) in copies.iter().enumerate() {
        for _ in 0..c {
            xr.extend_from_slice(&x[2 * i..2 * i + 2]);
            yr.extend_from_slice(&y[2 * i..2 * i + 2]);
        }
    }
    let n = copies.iter().sum();
    (xr, yr, n)
}

/// The weighted run against one train_step on the repeated rows; and, so
/// that the comparison can tell, the unweighted run is farther off.
fn check_weighted_run(setup: &mut TrainSetup, copies: &[usize]) {
    let (x, y, _) = two_classes();
    let mut weighted = softmax_net();
    let mut by_hand = softmax_net();
    let (xr, yr, n) = repeated(&x, &y, copies);
    let step_loss = by_hand.train_step(&xr, &yr, n, 0.5).unwrap();
    let report = weighted.train_run(setup, &x, &y, ROWS, None).unwrap();
    let worst = worst_relative(&params(&weighted), &params(&by_hand));
    assert!(worst <= 1e-5, "weights {worst} apart (relative) for copies {copies:?}");
    // The reported training loss is the weighted mean.
    let loss_error = (report.train_loss - step_loss as f64).abs() / (step_loss as f64);
    assert!(loss_error <= 1e-5, "train_loss {} vs {step_loss}", report.train_loss);

    let mut plain = softmax_net();
    plain.train_run(&mut one_epoch(), &x, &y, ROWS, None).unwrap();
    let unweighted = worst_relative(&params(&plain), &params(&by_hand));
    assert!(unweighted > 1e-3, "the weights change nothing the test can see ({unweighted})");
}

#[test]
fn class_weights_count_rows_as_copies() {
    let (_, _, class) = two_classes();
    let mut setup = one_epoch();
    setup.set_class_weights(&[2.0, 1.0]).unwrap();
    // Class 0 rows twice, class 1 rows once.
    let copies: Vec<usize> = class.iter().map(|&c| if c == 0 { 2 } else { 1 }).collect();
    check_weighted_run(&mut setup, &copies);
}

#[test]
fn sample_weights_count_rows_as_copies() {
    let copies = [1, 0, 2, 1, 2, 0]; // 0 drops the row
    let mut setup = one_epoch();
    setup.set_sample_weights(&copies.map(|c| c as f32)).unwrap();
    check_weighted_run(&mut setup, &copies);
}

#[test]
fn row_weights_removed_give_the_plain_step() {
    let (x, y, _) = two_classes();
    let mut setup = one_epoch();
    setup.set_sample_weights(&[1.0, 0.0, 2.0, 1.0, 2.0, 0.0]).unwrap();
    setup.set_class_weights(&[3.0, 1.0]).unwrap();
    setup.clear_sample_weights().unwrap();
    setup.clear_class_weights().unwrap();
    let mut run = softmax_net();
    run.train_run(&mut setup, &x, &y, ROWS, None).unwrap();
    let mut step = softmax_net();
    step.train_step(&x, &y, ROWS, 0.5).unwrap();
    assert_eq!(bits(&params(&run)), bits(&params(&step)));
}

#[test]
fn row_weight_errors() {
    let (x, y, _) = two_classes();
    let mut net = softmax_net();
    let before = bits(&params(&net));

    // The count is the run's to check, against its rows and classes.
    let mut setup = one_epoch();
    setup.set_sample_weights(&[1.0; ROWS - 1]).unwrap();
    expect_error(
        net.train_run(&mut setup, &x, &y, ROWS, None),
        Status::Shape,
        "5 sample weights for 6 samples",
    );
    let mut setup = one_epoch();
    setup.set_class_weights(&[1.0, 1.0, 1.0]).unwrap();
    expect_error(
        net.train_run(&mut setup, &x, &y, ROWS, None),
        Status::Shape,
        "3 class weights for 2 classes",
    );
    assert_eq!(bits(&params(&net)), before, "a refused run trained");

    // The values are the setter's: finite and >= 0.
    let mut setup = one_epoch();
    expect_error(setup.set_sample_weights(&[1.0, -1.0]), Status::Arg, "weight 1 is -1");
    expect_error(setup.set_class_weights(&[f32::NAN, 1.0]), Status::Arg, "weights are finite and >= 0");
    expect_error(setup.set_class_weights(&[1.0, f32::INFINITY]), Status::Arg, "weight 1 is inf");
    // Refused values changed nothing: the run is the plain one.
    setup.set_class_weights(&[2.0, 1.0]).unwrap();
    expect_error(setup.set_class_weights(&[2.0, -0.5]), Status::Arg, "weight 1 is -0.5");
    let (_, _, class) = two_classes();
    let copies: Vec<usize> = class.iter().map(|&c| if c == 0 { 2 } else { 1 }).collect();
    check_weighted_run(&mut setup, &copies);
}

// ---- (2) scaling stored in the model ----

const MEAN: [f32; 3] = [0.5, -1.25, 3.0];
const SCALE: [f32; 3] = [2.0, 0.3, -4.0];

fn regressor(seed: u64) -> Net {
    Net::new(&[3, 5, 2], &[Activation::Tanh, Activation::Linear], Loss::Mse, seed).unwrap()
}

/// (x - mean) / scale, feature by feature, in f32.
fn standardised(x: &[f32], mean: &[f32], scale: &[f32]) -> Vec<f32> {
    let n = mean.len();
    x.iter().enumerate().map(|(k, &v)| (v - mean[k % n]) / scale[k % n]).collect()
}

#[test]
fn input_scaling_standardises_raw_samples() {
    let x: Vec<f32> = data(4 * 3, 5).iter().map(|v| 10.0 * v).collect();
    let xs = standardised(&x, &MEAN, &SCALE);
    let mut scaled = regressor(8);
    let mut plain = regressor(8);
    assert_eq!(scaled.input_scaling().unwrap(), None);
    scaled.set_input_scaling(&MEAN, &SCALE).unwrap();
    assert_eq!(scaled.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));

    let want = plain.forward(&xs, 4).unwrap();
    assert_eq!(bits(&scaled.forward(&x, 4).unwrap()), bits(&want));
    assert_eq!(bits(&scaled.predict(&x, 4).unwrap()), bits(&want));
    {
        let mut view = scaled.share().unwrap();
        assert_eq!(view.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));
        assert_eq!(bits(&view.forward(&x, 4).unwrap()), bits(&want));
    }

    // Saved and loaded (and cloned), the scaling reads back equal and acts.
    let mut loaded = Net::from_bytes(&scaled.to_bytes().unwrap()).unwrap();
    assert_eq!(loaded.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));
    assert_eq!(bits(&loaded.forward(&x, 4).unwrap()), bits(&want));
    let checkpoint = Net::from_bytes(&scaled.to_checkpoint_bytes().unwrap()).unwrap();
    assert_eq!(checkpoint.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));
    assert_eq!(scaled.try_clone().unwrap().input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));

    // Training takes raw samples too.
    let y = data(4 * 2, 6);
    let scaled_loss = scaled.train_step(&x, &y, 4, 0.1).unwrap();
    let plain_loss = plain.train_step(&xs, &y, 4, 0.1).unwrap();
    assert_eq!(scaled_loss.to_bits(), plain_loss.to_bits());
    assert_eq!(bits(&params(&scaled)), bits(&params(&plain)));

    // Removed, samples go in as they are.
    scaled.clear_input_scaling().unwrap();
    assert_eq!(scaled.input_scaling().unwrap(), None);
    assert_eq!(bits(&scaled.forward(&x, 4).unwrap()), bits(&plain.forward(&x, 4).unwrap()));
}

#[test]
fn output_scaling_unstandardises_outputs() {
    let (mean, scale) = ([4.0f32, -0.5], [3.0f32, 0.25]);
    let x = data(4 * 3, 9);
    let mut scaled = regressor(12);
    let mut plain = regressor(12);
    assert_eq!(scaled.output_scaling().unwrap(), None);
    scaled.set_output_scaling(&mean, &scale).unwrap();
    assert_eq!(scaled.output_scaling().unwrap(), Some((mean.to_vec(), scale.to_vec())));
    assert_eq!(scaled.input_scaling().unwrap(), None);

    let h = plain.forward(&x, 4).unwrap();
    let want: Vec<f32> = h.iter().enumerate().map(|(k, &h)| h * scale[k % 2] + mean[k % 2]).collect();
    assert_eq!(bits(&scaled.forward(&x, 4).unwrap()), bits(&want));
    assert_eq!(bits(&scaled.predict(&x, 4).unwrap()), bits(&want));
    // The loss is that of the standardised targets.
    let t = data(4 * 2, 10);
    let ts = standardised(&t, &mean, &scale);
    assert_eq!(scaled.loss(&t).unwrap().to_bits(), plain.loss(&ts).unwrap().to_bits());

    let loaded = Net::from_bytes(&scaled.to_bytes().unwrap()).unwrap();
    assert_eq!(loaded.output_scaling().unwrap(), Some((mean.to_vec(), scale.to_vec())));
    assert_eq!(scaled.share().unwrap().output_scaling().unwrap(), Some((mean.to_vec(), scale.to_vec())));
    scaled.clear_output_scaling().unwrap();
    assert_eq!(scaled.output_scaling().unwrap(), None);
    assert_eq!(bits(&scaled.forward(&x, 4).unwrap()), bits(&h));
}

#[test]
fn scaling_errors() {
    let mut net = regressor(1);
    net.set_input_scaling(&MEAN, &SCALE).unwrap();
    // Refused values change nothing.
    expect_error(net.set_input_scaling(&MEAN, &[1.0, 0.0, 1.0]), Status::Arg, "scales nonzero");
    expect_error(net.set_input_scaling(&[f32::NAN, 0.0, 0.0], &SCALE), Status::Arg, "must be finite");
    expect_error(net.set_output_scaling(&[0.0, 0.0], &[0.0, 1.0]), Status::Arg, "scales nonzero");
    assert_eq!(net.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));
    assert_eq!(net.output_scaling().unwrap(), None);
    // Lengths are this binding's to check: C reads n_0 (or n_L) values.
    expect_error(net.set_input_scaling(&MEAN[..2], &SCALE), Status::Shape, "mean has 2 values, expected 3");
    expect_error(net.set_input_scaling(&MEAN, &[1.0; 4]), Status::Shape, "scale has 4 values, expected 3");
    expect_error(net.set_output_scaling(&MEAN, &SCALE), Status::Shape, "mean has 3 values, expected 2");
    assert_eq!(net.input_scaling().unwrap(), Some((MEAN.to_vec(), SCALE.to_vec())));

    // Output scaling is for regression: CE targets are probabilities.
    let mut ce = Net::new(&[3, 2], &[Activation::Softmax], Loss::Ce, 1).unwrap();
    expect_error(ce.set_output_scaling(&[0.0, 0.0], &[1.0, 1.0]), Status::State, "MSE");
    assert_eq!(ce.output_scaling().unwrap(), None);
    ce.set_input_scaling(&MEAN, &SCALE).unwrap(); // input scaling is for any loss
}

// ---- (3) dropout ----

fn deep(seed: u64) -> Net {
    Net::new(&[3, 6, 5, 2], &[Activation::Tanh, Activation::Relu, Activation::Linear], Loss::Mse, seed)
        .unwrap()
}

#[test]
fn dropout_rates_round_trip() {
    let mut net = deep(1);
    assert_eq!((net.dropout(1).unwrap(), net.dropout(2).unwrap()), (0.0, 0.0));
    net.set_dropout(1, 0.5).unwrap();
    net.set_dropout(2, 0.25).unwrap();
    assert_eq!((net.dropout(1).unwrap(), net.dropout(2).unwrap()), (0.5, 0.25));
    let loaded = Net::from_bytes(&net.to_bytes().unwrap()).unwrap();
    assert_eq!((loaded.dropout(1).unwrap(), loaded.dropout(2).unwrap()), (0.5, 0.25));
    assert_eq!(net.share().unwrap().dropout(1).unwrap(), 0.5);
    net.set_dropout(2, 0.0).unwrap();
    assert_eq!(net.dropout(2).unwrap(), 0.0);

    // l is a hidden layer, 1..L-1; the rate in [0, 1). Nothing changes.
    expect_error(net.set_dropout(1, 1.0), Status::Arg, "rate must be in [0, 1)");
    expect_error(net.set_dropout(1, -0.1), Status::Arg, "rate must be in [0, 1)");
    expect_error(net.set_dropout(1, f32::NAN), Status::Arg, "rate must be in [0, 1)");
    expect_error(net.set_dropout(0, 0.5), Status::Arg, "layer 0 is not a hidden layer (1 to 2)");
    expect_error(net.set_dropout(3, 0.5), Status::Arg, "layer 3 is not a hidden layer");
    expect_error(net.dropout(0), Status::Arg, "layer 0 is not a hidden layer");
    expect_error(net.dropout(3), Status::Arg, "layer 3 is not a hidden layer");
    assert_eq!((net.dropout(1).unwrap(), net.dropout(2).unwrap()), (0.5, 0.0));
}

#[test]
fn inference_never_drops() {
    let x = data(8 * 3, 2);
    let y = data(8 * 2, 4);
    let mut dropping = deep(5);
    dropping.set_dropout(1, 0.5).unwrap();
    dropping.set_dropout(2, 0.5).unwrap();
    let mut plain = deep(5);
    let want = plain.forward(&x, 8).unwrap();
    assert_eq!(bits(&dropping.forward(&x, 8).unwrap()), bits(&want));
    assert_eq!(dropping.loss(&y).unwrap().to_bits(), plain.loss(&y).unwrap().to_bits());
    assert_eq!(bits(&dropping.predict(&x, 8).unwrap()), bits(&want));
    let (dl, da) = dropping.evaluate(&x, &y, 8).unwrap();
    let (pl, pa) = plain.evaluate(&x, &y, 8).unwrap();
    assert_eq!((dl.to_bits(), da.to_bits()), (pl.to_bits(), pa.to_bits()));
    assert_eq!(bits(&dropping.share().unwrap().forward(&x, 8).unwrap()), bits(&want));
}

#[test]
fn a_training_step_drops_inverted() {
    // Each output of layer 1 is kept and scaled by 1 / (1 - 0.5) = 2
    // (exact in f32), or set to 0.
    let x = data(8 * 3, 2);
    let y = data(8 * 2, 4);
    let mut plain = deep(5);
    plain.forward(&x, 8).unwrap();
    let (_, h) = plain.activations(1).unwrap();
    let mut dropping = deep(5);
    dropping.set_dropout(1, 0.5).unwrap();
    dropping.train_step(&x, &y, 8, 0.1).unwrap();
    let (_, dropped) = dropping.activations(1).unwrap();
    let mut zeros = 0;
    for (k, (&d, &h)) in dropped.iter().zip(&h).enumerate() {
        if d == 0.0 && h != 0.0 {
            zeros += 1;
        } else {
            assert_eq!(d.to_bits(), (2.0 * h).to_bits(), "unit {k}: {d} is neither 0 nor 2 x {h}");
        }
    }
    assert!((8..=40).contains(&zeros), "{zeros} of 48 dropped at rate 0.5");
}

#[test]
fn dropout_masks_follow_the_seed() {
    let x = data(8 * 3, 2);
    let y = data(8 * 2, 4);
    let train = |net: &mut Net| {
        for _ in 0..5 {
            net.train_step(&x, &y, 8, 0.1).unwrap();
        }
        params(net)
    };
    // A network of another seed with the first one's weights: only the
    // seed, hence the masks, differ.
    let with_weights_of = |seed: u64, source: &Net| {
        let mut net = deep(seed);
        for l in 1..=3 {
            let (w, b) = source.layer(l).unwrap();
            net.set_layer(l, Some(&w), Some(&b)).unwrap();
        }
        net
    };
    let (mut a, mut b) = (deep(5), deep(5));
    let mut c = with_weights_of(6, &a);
    let (mut a0, mut c0) = (deep(5), with_weights_of(6, &a)); // no dropout
    for net in [&mut a, &mut b, &mut c] {
        net.set_dropout(1, 0.5).unwrap();
    }
    let (pa, pb, pc) = (train(&mut a), train(&mut b), train(&mut c));
    let (pa0, pc0) = (train(&mut a0), train(&mut c0));
    assert_eq!(bits(&pa), bits(&pb), "identical networks trained alike differ");
    assert_eq!(bits(&pa0), bits(&pc0), "without dropout the seed should not matter");
    assert_ne!(bits(&pa), bits(&pc), "another seed drew the same masks");
    assert_ne!(bits(&pa), bits(&pa0), "dropout changed no training step");
}
