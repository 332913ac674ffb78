//! The crate's enums through the library (issue #16): every variant comes
//! back from the getters as it went in, `Other(c)` passes c to C, whose own
//! check answers, and `activation(l)` is None only for l outside 1..=L.
//! (The values against include/ffnn.h are in header.rs; the private
//! `from_code` of every integer in src/lib.rs's unit tests.)
use ffnn::{Activation, Backend, Loss, Net, Optimizer, Status};

#[test]
fn every_activation_and_loss_comes_back() {
    for g in [Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::Relu] {
        let net = Net::new(&[2, 3, 1], &[g, Activation::Sigmoid], Loss::Bce, 1).unwrap();
        assert_eq!(net.activation(1), Some(g));
        assert_eq!(net.activation(2), Some(Activation::Sigmoid));
        assert_eq!(net.share().unwrap().activation(1), Some(g));
    }
    let cases =
        [(Activation::Linear, Loss::Mse), (Activation::Sigmoid, Loss::Bce), (Activation::Softmax, Loss::Ce)];
    for (g, loss) in cases {
        let net = Net::new(&[2, 3], &[g], loss, 1).unwrap();
        assert_eq!((net.activation(1), net.loss_function()), (Some(g), loss));
        let view = net.share().unwrap();
        assert_eq!((view.activation(1), view.loss_function()), (Some(g), loss));
        // A model file stores the names; loading maps them back.
        let loaded = Net::from_bytes(&net.to_bytes().unwrap()).unwrap();
        assert_eq!((loaded.activation(1), loaded.loss_function()), (Some(g), loss));
    }
}

/// Those of libffnn 1.4.0, hidden and as the output, are named (not
/// `Other`) by the getters, by a view, a clone and a loaded model.
#[test]
fn the_activations_of_1_4_come_back() {
    let new =
        [Activation::LeakyRelu, Activation::Elu, Activation::Gelu, Activation::Silu, Activation::Softplus];
    for (g, code) in new.into_iter().zip(5..) {
        assert_eq!(g.code(), code);
        let net = Net::new(&[3, 4, 2], &[g, Activation::Linear], Loss::Mse, 1).unwrap();
        assert_eq!((net.activation(1), net.activation(2)), (Some(g), Some(Activation::Linear)));
        assert_eq!(net.share().unwrap().activation(1), Some(g));
        assert_eq!(net.try_clone().unwrap().activation(1), Some(g));
        let net = Net::new(&[3, 4, 2], &[Activation::Tanh, g], Loss::Mse, 1).unwrap();
        assert_eq!((net.activation(1), net.activation(2)), (Some(Activation::Tanh), Some(g)));
        let loaded = Net::from_bytes(&net.to_bytes().unwrap()).unwrap();
        assert_eq!((loaded.activation(1), loaded.activation(2)), (Some(Activation::Tanh), Some(g)));
        assert_eq!(loaded.layer(2).unwrap(), net.layer(2).unwrap());
    }
}

#[test]
fn activation_is_none_only_outside_the_layers() {
    let net =
        Net::new(&[2, 3, 4, 1], &[Activation::Relu, Activation::Tanh, Activation::Linear], Loss::Mse, 1)
            .unwrap();
    let layers = net.num_layers();
    assert_eq!(layers, 3);
    assert_eq!(net.activation(0), None);
    assert_eq!(net.activation(layers + 1), None);
    assert_eq!(net.activation(usize::MAX), None);
    let found: Vec<_> = (1..=layers).map(|l| net.activation(l)).collect();
    assert_eq!(found, [Some(Activation::Relu), Some(Activation::Tanh), Some(Activation::Linear)]);
    let view = net.share().unwrap();
    assert_eq!((view.activation(0), view.activation(layers + 1)), (None, None));
    assert_eq!(view.activation(layers), Some(Activation::Linear));
}

#[test]
fn every_backend_and_optimizer_comes_back() {
    let mut net = Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, 1).unwrap();
    for backend in [Backend::Naive, Backend::Blas, Backend::Auto] {
        net.set_backend(backend).unwrap();
        assert_eq!(net.backend(), backend);
        assert_eq!(net.share().unwrap().backend(), backend);
    }
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    assert_eq!(net.optimizer(), Optimizer::Adam);
    net.set_optimizer_momentum(0.9, true).unwrap();
    assert_eq!(net.optimizer(), Optimizer::Nesterov);
    net.set_optimizer_momentum(0.9, false).unwrap();
    assert_eq!(net.optimizer(), Optimizer::Momentum);
    net.set_optimizer_sgd().unwrap();
    assert_eq!(net.optimizer(), Optimizer::Sgd);
}

#[test]
fn other_keeps_its_number() {
    assert_eq!(Activation::Other(99).code(), 99);
    assert_eq!(Loss::Other(99).code(), 99);
    assert_eq!(Backend::Other(99).code(), 99);
    assert_eq!(Optimizer::Other(99).code(), 99);
    assert_eq!(Activation::Other(-1).code(), -1);
    // What a caller of a non-exhaustive enum writes.
    let name = |g: Activation| match g {
        Activation::Sigmoid => "sigmoid".to_string(),
        Activation::Other(c) => format!("activation {c}"),
        _ => "another".to_string(),
    };
    assert_eq!(name(Activation::Other(99)), "activation 99");
    assert_eq!(format!("{:?}", Backend::Other(7)), "Other(7)");
}

#[test]
fn other_goes_to_the_library_which_refuses_it() {
    let e = Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Other(99)], Loss::Mse, 1).unwrap_err();
    assert_eq!(e.status, Status::Arg);
    assert_eq!(e.message, "ffnn_net_create: activations[1] = 99 is not an activation");
    let e = Net::new(&[2, 1], &[Activation::Other(-1)], Loss::Mse, 1).unwrap_err();
    assert_eq!(
        (e.status, e.message.as_str()),
        (Status::Arg, "ffnn_net_create: activations[0] = -1 is not an activation")
    );
    let e = Net::new(&[2, 1], &[Activation::Linear], Loss::Other(99), 1).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Arg, "ffnn_net_create: loss = 99 is not a loss"));

    let mut net = Net::new(&[2, 1], &[Activation::Sigmoid], Loss::Bce, 1).unwrap();
    net.set_backend(Backend::Naive).unwrap();
    let e = net.set_backend(Backend::Other(99)).unwrap_err();
    assert_eq!(
        (e.status, e.message.as_str()),
        (Status::Arg, "ffnn_net_set_backend: backend = 99 is not a backend")
    );
    assert_eq!(net.backend(), Backend::Naive); // the failed call kept it

    // A code the library has is taken as its value, whatever the variant.
    let net = Net::new(&[2, 1], &[Activation::Other(Activation::Sigmoid.code())], Loss::Bce, 1).unwrap();
    assert_eq!(net.activation(1), Some(Activation::Sigmoid));
}
