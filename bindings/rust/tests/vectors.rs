//! The flat vectors and the optimizer state (include/ffnn.h section 13,
//! libffnn 1.3.0): `param_vector`, `gradient_vector`, `optimizer_state` and
//! their setters, against the header's definitions (the order W_1, b_1,
//! ..., W_L, b_L; the state's size per optimizer; the errors).
use ffnn::{Activation, Loss, Net, Optimizer, Status};

/// 2 samples of 3 inputs, one-hot targets of 2 classes.
const X: [f32; 6] = [0.5, -1.0, 2.0, 1.0, 0.25, -0.5];
const Y: [f32; 4] = [1.0, 0.0, 0.0, 1.0];

/// Three layers, so that the order of six tensors is checked.
fn make(seed: u64) -> Net {
    Net::new(&[3, 4, 5, 2], &[Activation::Tanh, Activation::Relu, Activation::Softmax], Loss::Ce, seed)
        .unwrap()
}

/// Chooses an optimizer.
type Setup = fn(&mut Net) -> ffnn::Result<()>;

/// The bit patterns, for comparisons that must be exact (0.0 vs -0.0 too).
fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|x| x.to_bits()).collect()
}

/// W_1, b_1, ..., W_L, b_L read through `get` (the per-layer getter).
fn concat(net: &Net, get: impl Fn(&Net, usize) -> (Vec<f32>, Vec<f32>)) -> Vec<f32> {
    let mut all = Vec::new();
    for l in 1..=net.num_layers() {
        let (w, b) = get(net, l);
        all.extend(w);
        all.extend(b);
    }
    all
}

fn layers(net: &Net) -> Vec<f32> {
    concat(net, |n, l| n.layer(l).unwrap())
}

#[test]
fn param_vector_is_the_layers_in_order() {
    let net = make(1);
    let want = layers(&net);
    // P = sum n_l (n_{l-1} + 1): 4*4 + 5*5 + 2*6.
    assert_eq!((want.len(), net.num_params()), (53, 53));
    assert_eq!(bits(&net.param_vector()), bits(&want));
    let mut out = vec![f32::NAN; 53];
    net.param_vector_into(&mut out).unwrap();
    assert_eq!(bits(&out), bits(&want));
    // A view reads the source's weights.
    let view = net.share().unwrap();
    assert_eq!(bits(&view.param_vector()), bits(&want));
    let mut out = vec![f32::NAN; 53];
    view.param_vector_into(&mut out).unwrap();
    assert_eq!(bits(&out), bits(&want));
}

#[test]
fn set_param_vector_sets_every_layer() {
    let mut net = make(2);
    let p = net.num_params();
    let v: Vec<f32> = (0..p).map(|k| (k as f32 - 20.0) * 0.001).collect();
    net.set_param_vector(&v).unwrap();
    // Walk the header's order by hand: W_l is n_l x n_{l-1}, then b_l.
    let sizes = net.sizes();
    let mut k = 0;
    for l in 1..sizes.len() {
        let (rows, cols) = (sizes[l], sizes[l - 1]);
        let (w, b) = net.layer(l).unwrap();
        assert_eq!(bits(&w), bits(&v[k..k + rows * cols]), "W_{l}");
        k += rows * cols;
        assert_eq!(bits(&b), bits(&v[k..k + rows]), "b_{l}");
        k += rows;
    }
    assert_eq!(k, p);
    assert_eq!(bits(&net.param_vector()), bits(&v));
    // A view made afterwards reads the new weights.
    assert_eq!(bits(&net.share().unwrap().param_vector()), bits(&v));
}

#[test]
fn set_param_vector_forgets_the_gradients_and_the_forward_pass() {
    let mut net = make(3);
    net.forward(&X, 2).unwrap();
    net.backward(&Y).unwrap();
    assert!(net.gradient_vector().is_ok());
    let v = net.param_vector();
    net.set_param_vector(&v).unwrap();
    assert_eq!(net.gradient_vector().unwrap_err().status, Status::State);
    assert_eq!(net.step(0.1).unwrap_err().status, Status::State);
    assert_eq!(net.backward(&Y).unwrap_err().status, Status::State);
}

#[test]
fn bad_param_vectors_change_nothing() {
    let mut net = make(4);
    let before = net.param_vector();
    let p = before.len();
    for bad in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY] {
        let mut v: Vec<f32> = (0..p).map(|k| k as f32 * 0.001).collect();
        v[p / 2] = bad;
        let e = net.set_param_vector(&v).unwrap_err();
        assert_eq!(e.status, Status::Numeric, "{bad}: {e}");
        assert!(e.message.starts_with("ffnn_set_param_vector"), "{e}");
        assert_eq!(bits(&net.param_vector()), bits(&before));
    }
    // A vector sized for another network: the header says FFNN_ERR_SHAPE,
    // and the binding passes the slice's own length for C to judge.
    let wrong: Vec<f32> = (0..p + 1).map(|k| k as f32 * 0.001).collect();
    for n in [0, 1, p - 1, p + 1] {
        let e = net.set_param_vector(&wrong[..n]).unwrap_err();
        assert_eq!(e.status, Status::Shape, "{n}: {e}");
        assert!(e.message.starts_with("ffnn_set_param_vector"), "{e}");
        assert_eq!(bits(&net.param_vector()), bits(&before));
        let mut out = vec![f32::NAN; n];
        let e = net.param_vector_into(&mut out).unwrap_err();
        assert_eq!(e.status, Status::Shape, "{n}: {e}");
        assert!(out.iter().all(|x| x.is_nan()), "written on failure");
        let view = net.share().unwrap();
        assert_eq!(view.param_vector_into(&mut out).unwrap_err().status, Status::Shape);
    }
}

#[test]
fn gradient_vector_is_the_layers_gradients_in_order() {
    let mut net = make(5);
    let p = net.num_params();
    // Before any backward pass there are none.
    assert_eq!(net.gradient_vector().unwrap_err().status, Status::State);
    let mut out = vec![f32::NAN; p];
    let e = net.gradient_vector_into(&mut out).unwrap_err();
    assert_eq!(e.status, Status::State);
    assert!(e.message.starts_with("ffnn_get_gradient_vector"), "{e}");
    net.forward(&X, 2).unwrap();
    assert_eq!(net.gradient_vector().unwrap_err().status, Status::State);

    net.backward(&Y).unwrap();
    let want = concat(&net, |n, l| n.gradients(l).unwrap());
    assert_eq!(want.len(), p);
    assert!(want.iter().any(|g| *g != 0.0));
    assert_eq!(bits(&net.gradient_vector().unwrap()), bits(&want));
    net.gradient_vector_into(&mut out).unwrap();
    assert_eq!(bits(&out), bits(&want));
    let mut short = vec![f32::NAN; p - 1];
    assert_eq!(net.gradient_vector_into(&mut short).unwrap_err().status, Status::Shape);
    assert!(short.iter().all(|x| x.is_nan()));
}

#[test]
fn set_gradient_vector_then_sgd_step_is_w_minus_eta_g() {
    let mut net = make(6);
    assert_eq!(net.optimizer(), Optimizer::Sgd);
    let (w, p, eta) = (net.param_vector(), net.num_params(), 0.1f32);
    let g: Vec<f32> = (0..p).map(|k| ((k % 7) as f32 - 3.0) * 0.01).collect();
    // No forward or backward pass: the gradients set are the step's.
    net.set_gradient_vector(&g).unwrap();
    assert_eq!(bits(&net.gradient_vector().unwrap()), bits(&g));
    // gradients(l) gives them back layer by layer, in the same order.
    assert_eq!(bits(&concat(&net, |n, l| n.gradients(l).unwrap())), bits(&g));
    net.step(eta).unwrap();
    let want: Vec<f32> = w.iter().zip(&g).map(|(w, g)| w - eta * g).collect();
    assert_eq!(bits(&net.param_vector()), bits(&want));
}

#[test]
fn set_gradient_vector_keeps_the_forward_pass() {
    let mut net = make(7);
    let y = net.forward(&X, 2).unwrap();
    net.set_gradient_vector(&vec![0.5; net.num_params()]).unwrap();
    assert_eq!(net.batch(), 2);
    assert_eq!(bits(&net.activations(3).unwrap().1), bits(&y));
    net.backward(&Y).unwrap(); // still allowed: the pass is current
}

#[test]
fn bad_gradient_vectors_change_nothing() {
    let mut net = make(8);
    net.forward(&X, 2).unwrap();
    net.backward(&Y).unwrap();
    let (before, p) = (net.gradient_vector().unwrap(), net.num_params());
    let mut bad = before.clone();
    bad[3] = f32::NAN;
    let e = net.set_gradient_vector(&bad).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
    assert!(e.message.starts_with("ffnn_set_gradient_vector"), "{e}");
    assert_eq!(bits(&net.gradient_vector().unwrap()), bits(&before));
    for n in [0, p - 1, p + 1] {
        let e = net.set_gradient_vector(&vec![0.0; n]).unwrap_err();
        assert_eq!(e.status, Status::Shape, "{n}: {e}");
        assert_eq!(bits(&net.gradient_vector().unwrap()), bits(&before));
    }
}

/// For every optimizer, with weight decay: the gradients of a backward
/// pass, set on a clone that made no pass, give the same steps bit for bit.
#[test]
fn set_gradient_vector_steps_as_backward_does() {
    let optimizers: [(&str, Setup); 4] = [
        ("sgd", |n| n.set_optimizer_sgd()),
        ("momentum", |n| n.set_optimizer_momentum(0.9, false)),
        ("nesterov", |n| n.set_optimizer_momentum(0.9, true)),
        ("adam", |n| n.set_optimizer_adam(0.9, 0.999, 1e-8)),
    ];
    for (name, set) in optimizers {
        let mut a = make(9);
        set(&mut a).unwrap();
        a.set_weight_decay(0.01).unwrap();
        let mut b = a.try_clone().unwrap();
        for _ in 0..3 {
            a.forward(&X, 2).unwrap();
            a.backward(&Y).unwrap();
            b.set_gradient_vector(&a.gradient_vector().unwrap()).unwrap();
            a.step(0.05).unwrap();
            b.step(0.05).unwrap();
            assert_eq!(bits(&a.param_vector()), bits(&b.param_vector()), "{name}");
        }
        let (sa, sb) = (a.optimizer_state().unwrap(), b.optimizer_state().unwrap());
        assert_eq!((bits(&sa.0), sa.1), (bits(&sb.0), sb.1), "{name}");
    }
}

#[test]
fn optimizer_state_sizes_follow_the_optimizer() {
    let mut net = make(10);
    let p = net.num_params();
    let cases: [(&str, Setup, usize); 4] = [
        ("sgd", |n| n.set_optimizer_sgd(), 0),
        ("momentum", |n| n.set_optimizer_momentum(0.9, false), p),
        ("nesterov", |n| n.set_optimizer_momentum(0.5, true), p),
        ("adam", |n| n.set_optimizer_adam(0.9, 0.999, 1e-8), 2 * p),
    ];
    for (name, set, size) in cases {
        set(&mut net).unwrap();
        assert_eq!(net.optimizer_state_size(), size, "{name}");
        for _ in 0..2 {
            net.train_step(&X, &Y, 2, 0.01).unwrap();
        }
        let (state, step) = net.optimizer_state().unwrap();
        assert_eq!(state.len(), size, "{name}");
        // t counts Adam's steps only.
        assert_eq!(step, if name == "adam" { 2 } else { 0 }, "{name}");
        let mut out = vec![f32::NAN; size];
        assert_eq!(net.optimizer_state_into(&mut out).unwrap(), step);
        assert_eq!(bits(&out), bits(&state));
        let mut wrong = vec![f32::NAN; size + 1];
        let e = net.optimizer_state_into(&mut wrong).unwrap_err();
        assert_eq!(e.status, Status::Shape, "{name}: {e}");
        assert!(wrong.iter().all(|x| x.is_nan()));
    }
}

#[test]
fn adams_step_count_is_the_steps_taken() {
    let mut net = make(11);
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    for k in 0..5u64 {
        assert_eq!(net.optimizer_state().unwrap().1, k);
        net.train_step(&X, &Y, 2, 0.01).unwrap();
    }
    assert_eq!(net.optimizer_state().unwrap().1, 5);
    // Chosen again, Adam starts over.
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    let (state, step) = net.optimizer_state().unwrap();
    assert_eq!(step, 0);
    assert!(state.iter().all(|x| *x == 0.0));
}

/// (state, step) of a few Adam steps, copied to a network of other weights
/// given the same ones by `set_param_vector`: their next steps agree bit for
/// bit; without the state they do not.
#[test]
fn adam_state_moves_to_another_network() {
    let adam = |n: &mut Net| n.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    let mut a = make(12);
    adam(&mut a);
    for _ in 0..3 {
        a.train_step(&X, &Y, 2, 0.01).unwrap();
    }
    let (state, step) = a.optimizer_state().unwrap();
    assert_eq!((state.len(), step), (2 * a.num_params(), 3));
    // Adam's m and v are no longer zero; v is >= 0.
    let p = a.num_params();
    assert!(state[..p].iter().any(|m| *m != 0.0) && state[p..].iter().all(|v| *v >= 0.0));

    let (mut b, mut fresh) = (make(13), make(13));
    assert_ne!(bits(&b.param_vector()), bits(&a.param_vector()));
    for n in [&mut b, &mut fresh] {
        adam(n);
        n.set_param_vector(&a.param_vector()).unwrap();
    }
    b.set_optimizer_state(&state, step).unwrap();
    let (got, got_step) = b.optimizer_state().unwrap();
    assert_eq!((bits(&got), got_step), (bits(&state), step));

    for _ in 0..2 {
        for n in [&mut a, &mut b, &mut fresh] {
            n.train_step(&X, &Y, 2, 0.01).unwrap();
        }
        assert_eq!(bits(&a.param_vector()), bits(&b.param_vector()));
    }
    let (sa, sb) = (a.optimizer_state().unwrap(), b.optimizer_state().unwrap());
    assert_eq!((bits(&sa.0), sa.1), (bits(&sb.0), sb.1));
    assert_eq!(sa.1, 5);
    // The same weights without the state step elsewhere.
    assert_ne!(bits(&fresh.param_vector()), bits(&a.param_vector()));
}

#[test]
fn momentum_state_moves_to_another_network() {
    let mut a = make(14);
    a.set_optimizer_momentum(0.9, true).unwrap();
    for _ in 0..3 {
        a.train_step(&X, &Y, 2, 0.05).unwrap();
    }
    let (state, step) = a.optimizer_state().unwrap();
    assert_eq!((state.len(), step), (a.num_params(), 0));
    let mut b = make(15);
    b.set_optimizer_momentum(0.9, true).unwrap();
    b.set_param_vector(&a.param_vector()).unwrap();
    b.set_optimizer_state(&state, 0).unwrap();
    a.train_step(&X, &Y, 2, 0.05).unwrap();
    b.train_step(&X, &Y, 2, 0.05).unwrap();
    assert_eq!(bits(&a.param_vector()), bits(&b.param_vector()));
}

#[test]
fn bad_optimizer_states_change_nothing() {
    let mut net = make(16);
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    net.train_step(&X, &Y, 2, 0.01).unwrap();
    let before = net.optimizer_state().unwrap();
    let p = net.num_params();
    let unchanged = |net: &Net| {
        let now = net.optimizer_state().unwrap();
        assert_eq!((bits(&now.0), now.1), (bits(&before.0), before.1));
    };

    // A negative second moment (v is the second half) is NUMERIC ...
    let mut bad = before.0.clone();
    bad[p + 3] = -1e-3;
    let e = net.set_optimizer_state(&bad, 7).unwrap_err();
    assert_eq!(e.status, Status::Numeric, "{e}");
    assert!(e.message.starts_with("ffnn_set_optimizer_state"), "{e}");
    unchanged(&net);
    // ... while a negative first moment is a value like any other.
    let mut fine = before.0.clone();
    fine[3] = -1e-3;
    net.set_optimizer_state(&fine, before.1).unwrap();
    net.set_optimizer_state(&before.0, before.1).unwrap();
    // NaN or infinity anywhere is NUMERIC.
    for (k, x) in [(0, f32::NAN), (p - 1, f32::INFINITY), (2 * p - 1, f32::INFINITY)] {
        let mut bad = before.0.clone();
        bad[k] = x;
        assert_eq!(net.set_optimizer_state(&bad, 1).unwrap_err().status, Status::Numeric, "{k}");
        unchanged(&net);
    }
    // A length of another optimizer is SHAPE.
    for n in [0, p, 2 * p + 1] {
        let e = net.set_optimizer_state(&vec![0.0; n], 1).unwrap_err();
        assert_eq!(e.status, Status::Shape, "{n}: {e}");
        unchanged(&net);
    }

    // Momentum counts no steps: a nonzero step is ARG.
    net.set_optimizer_momentum(0.9, false).unwrap();
    net.train_step(&X, &Y, 2, 0.01).unwrap();
    let before = net.optimizer_state().unwrap();
    let e = net.set_optimizer_state(&vec![0.25; p], 4).unwrap_err();
    assert_eq!(e.status, Status::Arg, "{e}");
    assert!(e.message.starts_with("ffnn_set_optimizer_state"), "{e}");
    let now = net.optimizer_state().unwrap();
    assert_eq!((bits(&now.0), now.1), (bits(&before.0), before.1));
    // Momentum's velocity may be negative (its state has no second moment).
    net.set_optimizer_state(&vec![-0.25; p], 0).unwrap();
    assert_eq!(bits(&net.optimizer_state().unwrap().0), bits(&vec![-0.25; p]));

    // SGD has an empty state, and no step count either.
    net.set_optimizer_sgd().unwrap();
    net.set_optimizer_state(&[], 0).unwrap();
    assert_eq!(net.set_optimizer_state(&[], 1).unwrap_err().status, Status::Arg);
    assert_eq!(net.set_optimizer_state(&[0.0], 0).unwrap_err().status, Status::Shape);
    assert_eq!(net.optimizer_state().unwrap(), (Vec::new(), 0));
}
