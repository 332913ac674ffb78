//! The binary-class example of the course material: 4-4-1, sigmoid hidden
//! and output, BCE, from the slides' weights.
use ffnn::{Activation, Loss, Net};

const W1: [f32; 16] = [
    0.9, 0.2, 0.4, 0.3, //
    -0.5, 0.4, 0.3, 0.3, //
    0.1, 0.1, -0.1, 0.2, //
    -0.2, 0.5, 0.5, 0.7,
];
const B1: [f32; 4] = [0.5; 4];
const W2: [f32; 4] = [0.5, 0.8, -0.6, 0.3];
const B2: [f32; 1] = [0.3];
const X: [f32; 4] = [-0.6, -0.6, 0.2, 0.3];
const Y: [f32; 1] = [0.0];

fn slide_net() -> Net {
    let mut net = Net::new(&[4, 4, 1], &[Activation::Sigmoid, Activation::Sigmoid], Loss::Bce, 1).unwrap();
    net.set_layer(1, Some(&W1), Some(&B1)).unwrap();
    net.set_layer(2, Some(&W2), Some(&B2)).unwrap();
    net
}

fn sigmoid(a: f64) -> f64 {
    1.0 / (1.0 + (-a).exp())
}

/// The same network in f64 in plain Rust: (h1, yhat).
fn reference() -> ([f64; 4], f64) {
    let mut h1 = [0.0; 4];
    for j in 0..4 {
        let a: f64 = (0..4).map(|k| W1[4 * j + k] as f64 * X[k] as f64).sum::<f64>() + B1[j] as f64;
        h1[j] = sigmoid(a);
    }
    let a2: f64 = (0..4).map(|j| W2[j] as f64 * h1[j]).sum::<f64>() + B2[0] as f64;
    (h1, sigmoid(a2))
}

#[test]
fn output_and_loss_match_the_slides() {
    let mut net = slide_net();
    let yhat = net.forward(&X, 1).unwrap();
    assert_eq!(yhat.len(), 1);
    assert_eq!(format!("{:.4}", yhat[0]), "0.7153");
    assert!((yhat[0] as f64 - 0.715292).abs() < 1e-5, "yhat = {}", yhat[0]);

    // The slides print 1.2560 because they rounded a2 to 0.921 before taking
    // the loss; the exact value is 1.256292, so 1.2563 to 4 decimals.
    let loss = net.loss(&Y).unwrap();
    assert_eq!(format!("{:.4}", loss), "1.2563");
    assert!((loss as f64 - 1.256292).abs() < 1e-5, "loss = {loss}");
}

#[test]
fn gradients_match_backpropagation_by_hand() {
    let (h1, yhat) = reference();
    let d2 = yhat - Y[0] as f64; // dL/da2 for sigmoid + BCE
    let mut net = slide_net();
    net.forward(&X, 1).unwrap();
    net.backward(&Y).unwrap();
    let (dw2, db2) = net.gradients(2).unwrap();
    let (dw1, db1) = net.gradients(1).unwrap();
    assert!((db2[0] as f64 - d2).abs() < 1e-5);
    for j in 0..4 {
        assert!((dw2[j] as f64 - d2 * h1[j]).abs() < 1e-5, "dW2[{j}]");
        let d1 = d2 * W2[j] as f64 * h1[j] * (1.0 - h1[j]);
        assert!((db1[j] as f64 - d1).abs() < 1e-5, "db1[{j}]");
        for k in 0..4 {
            assert!((dw1[4 * j + k] as f64 - d1 * X[k] as f64).abs() < 1e-5, "dW1[{j}][{k}]");
        }
    }
}

#[test]
fn layers_and_activations_read_back() {
    let mut net = slide_net();
    assert_eq!(net.sizes(), vec![4, 4, 1]);
    assert_eq!(net.num_params(), 4 * 5 + 5);
    assert_eq!(net.activation(1), Some(Activation::Sigmoid));
    assert_eq!(net.activation(3), None);
    assert_eq!(net.loss_function(), Loss::Bce);
    assert_eq!(net.layer(1).unwrap(), (W1.to_vec(), B1.to_vec()));
    assert_eq!(net.layer(2).unwrap(), (W2.to_vec(), B2.to_vec()));

    let memory = net.memory();
    let yhat = net.forward(&X, 1).unwrap();
    assert!(net.memory() > memory, "the first forward pass allocates its buffers");
    let (a0, h0) = net.activations(0).unwrap();
    assert_eq!((a0.as_slice(), h0.as_slice()), (&X[..], &X[..]));
    let (h1, _) = reference();
    let (_, h) = net.activations(1).unwrap();
    for j in 0..4 {
        assert!((h[j] as f64 - h1[j]).abs() < 1e-6);
    }
    assert_eq!(net.activations(2).unwrap().1, yhat);
}

#[test]
fn one_sgd_step_lowers_the_loss() {
    let mut net = slide_net();
    let before = net.train_step(&X, &Y, 1, 0.5).unwrap();
    net.forward(&X, 1).unwrap();
    let after = net.loss(&Y).unwrap();
    assert!((before - 1.256292).abs() < 1e-5);
    assert!(after < before - 0.05, "{before} -> {after}");
}
