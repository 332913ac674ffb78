//! XOR trained to convergence on the 2-2-1 sigmoid network.
use ffnn::{Activation, Loss, Net};

const X: [f32; 8] = [0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0];
const Y: [f32; 4] = [0.0, 1.0, 1.0, 0.0];

fn xor_net() -> Net {
    // Seed 7 starts in the basin of the XOR solution (some seeds reach the
    // local minimum that gets two of the four points right).
    Net::new(&[2, 2, 1], &[Activation::Sigmoid, Activation::Sigmoid], Loss::Bce, 7).unwrap()
}

fn assert_solves_xor(net: &mut Net) {
    let out = net.forward(&X, 4).unwrap();
    for (i, (yhat, y)) in out.iter().zip(Y).enumerate() {
        // On the right side of 0.5 by a margin of 0.4.
        assert!((yhat - y).abs() < 0.1, "sample {i}: {yhat} for target {y}");
    }
    let loss = net.loss(&Y).unwrap();
    assert!(loss < 0.01, "loss {loss}");
}

#[test]
fn train_step_full_batch() {
    let mut net = xor_net();
    let first = net.train_step(&X, &Y, 4, 2.0).unwrap();
    assert!(first > 0.5, "an untrained net should not already solve XOR: {first}");
    for _ in 0..5000 {
        net.train_step(&X, &Y, 4, 2.0).unwrap();
    }
    assert_solves_xor(&mut net);
}

#[test]
fn forward_backward_step_full_batch() {
    let mut net = xor_net();
    for _ in 0..5000 {
        net.forward(&X, 4).unwrap();
        net.backward(&Y).unwrap();
        net.step(2.0).unwrap();
    }
    assert_solves_xor(&mut net);
}
