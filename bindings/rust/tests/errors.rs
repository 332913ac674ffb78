//! Failures become Err(Error) carrying the status and the library's text
//! (or this binding's, for lengths it refuses before calling C).
use ffnn::{Activation, Loss, Net, Status, TrainOptions};

const SIG2: [Activation; 2] = [Activation::Sigmoid, Activation::Sigmoid];

fn net() -> Net {
    Net::new(&[2, 3, 1], &SIG2, Loss::Bce, 1).unwrap()
}

#[test]
fn create_with_a_zero_width() {
    let e = Net::new(&[2, 0, 1], &SIG2, Loss::Bce, 1).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert!(e.message.contains("sizes[1] is 0"), "{e}"); // ffnn_last_error()
    assert_eq!(e.to_string(), format!("FFNN_ERR_SHAPE: invalid shape or size: {}", e.message));
    let _: &dyn std::error::Error = &e;
}

#[test]
fn create_with_a_bad_combination() {
    // BCE needs a sigmoid output: the library says so.
    let e = Net::new(&[2, 1], &[Activation::Tanh], Loss::Bce, 1).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert!(e.message.to_lowercase().contains("sigmoid"), "{e}");
    // One activation too few is caught here: C would read past the slice.
    let e = Net::new(&[2, 3, 1], &[Activation::Sigmoid], Loss::Bce, 1).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert!(e.message.contains("need 2 activations, got 1"), "{e}");
}

#[test]
fn forward_with_the_wrong_width_or_batch() {
    let mut net = net();
    let e = net.forward(&[0.0; 3], 2).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert_eq!(e.message, "ffnn_forward: x has 3 values, expected 2 x 2 = 4");
    let mut out = [0.0f32; 1];
    let e = net.forward_into(&[0.0; 4], 2, &mut out).unwrap_err();
    assert!(e.message.contains("output has 1 values, expected 2 x 1 = 2"), "{e}");
    // Batch 0 reaches C, which refuses it in its own words.
    let e = net.forward(&[], 0).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert_eq!(e.message, "ffnn_forward: batch is 0");
}

#[test]
fn set_layer_with_a_wrong_size_or_index() {
    let mut net = net();
    let e = net.set_layer(1, Some(&[0.0; 5]), None).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert!(e.message.contains("W of layer 1 has 5 values, expected 3 x 2 = 6"), "{e}");
    let e = net.set_layer(3, Some(&[0.0; 1]), None).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert_eq!(e.message, "ffnn_set_layer: layer 3 is not in 1..2");
    let e = net.layer(0).unwrap_err();
    assert_eq!(e.message, "ffnn_get_layer: layer 0 is not in 1..2");
    let e = net.activations(3).unwrap_err();
    assert_eq!(e.message, "ffnn_get_activations: layer 3 is not in 0..2");
}

#[test]
fn nan_is_refused_and_nothing_changes() {
    let mut net = net();
    let before = net.layer(1).unwrap();
    let e = net.set_layer(1, None, Some(&[0.0, f32::NAN, 0.0])).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
    assert!(e.message.contains("NaN or infinity"), "{e}");
    assert_eq!(net.layer(1).unwrap(), before);

    let e = net.forward(&[1.0, f32::INFINITY], 1).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
    assert_eq!(e.message, "ffnn_forward: x contains NaN or infinity");
    let e = net.train_step(&[1.0, f32::NAN], &[1.0], 1, 0.1).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
    assert_eq!(net.layer(1).unwrap(), before);

    // A step that would overflow the weights is refused as well.
    let e = net.train_step(&[1e30, 1e30], &[0.0], 1, 3e38).unwrap_err();
    assert_eq!(e.status, Status::Numeric, "{e}");
    assert_eq!(net.layer(1).unwrap(), before);

    net.forward(&[1.0, 2.0], 1).unwrap();
    let e = net.loss(&[f32::NAN]).unwrap_err();
    assert_eq!(e.message, "ffnn_loss: target contains NaN or infinity");
    let e = net.evaluate(&[1.0, 2.0], &[f32::NAN], 1).unwrap_err();
    assert_eq!(e.message, "ffnn_evaluate: the data contain NaN or infinity");
}

#[test]
fn calls_out_of_order() {
    let mut net = net();
    assert_eq!(net.batch(), 0);
    let e = net.backward(&[0.0]).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::State, "ffnn_backward: no forward pass yet"));
    let e = net.activations(1).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::State, "ffnn_get_activations: no forward pass yet"));
    let e = net.gradients(1).unwrap_err();
    assert_eq!(e.status, Status::State);
    assert_eq!(e.message, "ffnn_get_gradients: no ffnn_backward yet");
    let e = net.step(0.1).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::State, "ffnn_step: no ffnn_backward yet"));
    // Changed weights invalidate the forward pass for backward.
    net.forward(&[1.0, 2.0], 1).unwrap();
    net.set_layer(2, None, Some(&[0.5])).unwrap();
    let e = net.backward(&[0.0]).unwrap_err();
    assert_eq!(e.status, Status::State);
    assert!(e.message.contains("weights changed"), "{e}");
    // A target sized for another batch is refused before C reads it.
    net.forward(&[1.0, 2.0, 3.0, 4.0], 2).unwrap();
    assert_eq!(net.batch(), 2);
    let e = net.loss(&[0.0]).unwrap_err();
    assert_eq!(e.message, "ffnn_loss: target has 1 values, expected 2 x 1 = 2");
    // A NaN input forgets the last forward pass.
    net.forward(&[f32::NAN, 0.0], 1).unwrap_err();
    assert_eq!(net.batch(), 0);
    assert_eq!(net.loss(&[0.0, 0.0]).unwrap_err().status, Status::State);
}

#[test]
fn bad_hyper_parameters() {
    let mut net = net();
    for e in [
        net.step(-1.0).unwrap_err(),
        net.set_optimizer_momentum(1.0, false).unwrap_err(),
        net.set_optimizer_adam(0.9, 1.5, 1e-8).unwrap_err(),
        net.set_weight_decay(-0.1).unwrap_err(),
    ] {
        assert_eq!(e.status, Status::Arg, "{e}");
        assert!(!e.message.is_empty());
    }
    assert_eq!(net.optimizer(), ffnn::Optimizer::Sgd); // failed calls keep it
    let options = TrainOptions { epochs: 0, ..TrainOptions::default() };
    let e = net.train(&[0.0; 2], &[0.0], 1, &options, None).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Arg, "ffnn_train: epochs is 0"));
    let e = net.train(&[0.0; 2], &[0.0; 2], 1, &TrainOptions::default(), None).unwrap_err();
    assert_eq!(e.message, "ffnn_train: y has 2 values, expected 1 x 1 = 1");
}

#[test]
fn loading_garbage() {
    let e = Net::load("/nonexistent/ffnn-model.safetensors").unwrap_err();
    assert_eq!(e.status, Status::Io);
    assert!(e.message.contains("/nonexistent/ffnn-model.safetensors"), "{e}");
    let e = Net::from_bytes(b"not a model at all").unwrap_err();
    assert_eq!(e.status, Status::Format);
    assert!(e.message.starts_with("ffnn_load"), "{e}");
    let e = Net::load("nul\0byte").unwrap_err();
    assert_eq!(e.status, Status::Arg);
}
