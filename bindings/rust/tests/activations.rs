//! The activations of libffnn 1.4.0 (leaky ReLU, ELU, GELU, SiLU,
//! softplus) through this crate: `backward()`'s gradients against central
//! differences of `loss()`. (That each comes back from `activation(l)` is in
//! enums.rs.)
use ffnn::{Activation, Loss, Net};

const NEW: [Activation; 5] =
    [Activation::LeakyRelu, Activation::Elu, Activation::Gelu, Activation::Silu, Activation::Softplus];

/// A 3-4-2 network: g hidden, linear output, MSE; 4 samples. The hidden
/// pre-activations W1 x + b1 are, sample by sample (units 1 to 4 each),
///   1.30 0.30 -1.50 0.95 | -1.62 1.31 0.75 1.38 | -0.44 -0.98 2.27 -1.76 | -0.60 -1.54 -0.25 0.22:
/// both signs in every unit, none near the kink at 0.
const X: [f32; 12] = [
    0.5, -1.0, 1.5, //
    -1.2, 0.8, 0.3, //
    1.0, 1.1, -0.7, //
    -0.4, -0.9, -1.3,
];
const W1: [f32; 12] = [
    0.8, -0.6, 0.4, //
    -0.7, 0.5, 0.9, //
    0.3, 1.2, -0.5, //
    -1.1, -0.4, 0.6,
];
const B1: [f32; 4] = [-0.3, -0.2, 0.3, 0.2];
const W2: [f32; 8] = [0.6, -0.8, 0.5, 0.9, -0.4, 0.7, -0.6, 0.3];
const B2: [f32; 2] = [0.05, -0.1];
const Y: [f32; 8] = [0.5, -0.3, -0.2, 0.4, 1.0, 0.1, -0.5, -0.6];
const BATCH: usize = 4;

fn net_with(g: Activation) -> Net {
    let mut net = Net::new(&[3, 4, 2], &[g, Activation::Linear], Loss::Mse, 1).unwrap();
    net.set_layer(1, Some(&W1), Some(&B1)).unwrap();
    net.set_layer(2, Some(&W2), Some(&B2)).unwrap();
    net
}

/// dW_1 from `backward()` of the batch.
fn backward_dw1(g: Activation) -> Vec<f32> {
    let mut net = net_with(g);
    assert_eq!(net.activation(1), Some(g));
    net.forward(&X, BATCH).unwrap();
    // The premise of the data: away from the kink, on both sides of it.
    let (a1, _) = net.activations(1).unwrap();
    assert!(a1.iter().all(|a| a.abs() > 0.2), "{g:?}: a_1 = {a1:?}");
    for unit in 0..4 {
        let a: Vec<f32> = a1.iter().skip(unit).step_by(4).copied().collect();
        assert!(a.iter().any(|a| *a < 0.0) && a.iter().any(|a| *a > 0.0), "unit {unit}: {a:?}");
    }
    net.backward(&Y).unwrap();
    let (dw, _) = net.gradients(1).unwrap();
    assert_eq!(dw.len(), W1.len());
    dw
}

/// dL/dW_1 by central differences of `loss()` with a step of 1e-3, in f64
/// over the float losses and the float weights actually used.
fn central_dw1(g: Activation) -> Vec<f64> {
    const STEP: f64 = 1e-3;
    let mut net = net_with(g);
    let mut loss_at = |w: &[f32]| {
        net.set_layer(1, Some(w), None).unwrap();
        net.forward(&X, BATCH).unwrap();
        net.loss(&Y).unwrap() as f64
    };
    let mut w = W1;
    (0..W1.len())
        .map(|i| {
            let (up, down) = ((W1[i] as f64 + STEP) as f32, (W1[i] as f64 - STEP) as f32);
            w[i] = up;
            let loss_up = loss_at(&w);
            w[i] = down;
            let loss_down = loss_at(&w);
            w[i] = W1[i];
            (loss_up - loss_down) / (up as f64 - down as f64)
        })
        .collect()
}

/// The largest relative error of `analytic` against `numeric`, with
/// |values| below FLOOR taken as FLOOR: the float losses (about 1, resolved
/// to ~1e-7) leave ~1e-4 of noise in a quotient, which a relative test of
/// a gradient near 0 would mistake for an error.
fn worst_error(analytic: &[f32], numeric: &[f64]) -> (f64, usize) {
    const FLOOR: f64 = 1e-2;
    let mut worst = (0.0, 0);
    for (i, (&a, &n)) in analytic.iter().zip(numeric).enumerate() {
        let error = (a as f64 - n).abs() / n.abs().max((a as f64).abs()).max(FLOOR);
        if error > worst.0 {
            worst = (error, i);
        }
    }
    worst
}

const REL: f64 = 2e-2;

#[test]
fn gradients_of_the_new_activations_match_central_differences() {
    for g in NEW {
        let (analytic, numeric) = (backward_dw1(g), central_dw1(g));
        let (error, i) = worst_error(&analytic, &numeric);
        assert!(
            error <= REL,
            "{g:?}: dW_1[{}][{}] = {} from backward(), {} by central differences",
            i / 3,
            i % 3,
            analytic[i],
            numeric[i]
        );
        eprintln!("{g:?}: worst relative error of dW_1 {error:.1e}");
    }
}

/// The check above tells the activations apart: the gradients of any other
/// (leaky ReLU's neighbour ReLU among them, with slope 0 below 0 instead
/// of 0.01) fail it.
#[test]
fn the_check_fails_for_another_activations_gradients() {
    let others = [Activation::Relu, Activation::Sigmoid, Activation::Tanh, Activation::Linear];
    for g in NEW {
        let numeric = central_dw1(g);
        for h in NEW.into_iter().chain(others).filter(|h| *h != g) {
            let (error, _) = worst_error(&backward_dw1(h), &numeric);
            assert!(error > REL, "{h:?}'s backward() passes for {g:?}: {error:.1e}");
        }
    }
}
