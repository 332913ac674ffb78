//! Views (`Net::share`, ffnn_net_share): inference that reads the source's
//! weights in place, from one thread or from several, a view each.
//!
//! The library's FFNN_ERR_STATE for a view (set_layer, backward, step,
//! train_step, train, the optimizers) cannot be reached from safe Rust:
//! `View` has none of those calls, and while a view lives its borrow keeps
//! the source from them too. So there is no test of that path here; the
//! compile-fail doc tests of `Net::share` and `View` check the borrow.
use ffnn::{Activation, Backend, Loss, Net, Status, View};

fn net() -> Net {
    Net::new(&[3, 64, 32, 2], &[Activation::Relu, Activation::Tanh, Activation::Softmax], Loss::Ce, 5)
        .unwrap()
}

/// n samples of 3 inputs.
fn inputs(n: usize) -> Vec<f32> {
    (0..3 * n).map(|i| ((i * 7 % 13) as f32 - 6.0) / 4.0).collect()
}

/// n one-hot targets of 2 classes.
fn targets(n: usize) -> Vec<f32> {
    (0..n).flat_map(|i| if i % 3 == 0 { [1.0, 0.0] } else { [0.0, 1.0] }).collect()
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

#[test]
fn a_view_computes_what_its_source_does() {
    let mut net = net();
    let (x, y) = (inputs(10), targets(10));
    for backend in [Backend::Auto, Backend::Blas, Backend::Naive] {
        net.set_backend(backend).unwrap();
        let one = net.forward(&x[..3], 1).unwrap();
        let out = net.forward(&x, 10).unwrap();
        let loss = net.loss(&y).unwrap();
        let (a1, h1) = net.activations(1).unwrap();
        let eval = net.evaluate(&x, &y, 10).unwrap();
        let pred = net.predict(&x, 10).unwrap();

        let mut view = net.share().unwrap();
        assert_eq!(view.backend(), backend); // the source's, so the same code path
        assert_eq!(view.batch(), 0, "a view has its own buffers, with no forward pass yet");
        assert_eq!(bits(&view.forward(&x[..3], 1).unwrap()), bits(&one), "{backend:?}");
        assert_eq!(bits(&view.forward(&x, 10).unwrap()), bits(&out), "{backend:?}");
        assert_eq!(view.batch(), 10);
        assert_eq!(view.loss(&y).unwrap().to_bits(), loss.to_bits());
        let (va1, vh1) = view.activations(1).unwrap();
        assert_eq!((bits(&va1), bits(&vh1)), (bits(&a1), bits(&h1)));
        let mut into = vec![0.0; out.len()];
        view.forward_into(&x, 10, &mut into).unwrap();
        assert_eq!(bits(&into), bits(&out));
        assert_eq!(view.evaluate(&x, &y, 10).unwrap(), eval);
        assert_eq!(bits(&view.predict(&x, 10).unwrap()), bits(&pred));
        view.predict_into(&x, 10, &mut into).unwrap();
        assert_eq!(bits(&into), bits(&pred));
    }

    // The getters describe the source; `layer` reads its weights.
    let view = net.share().unwrap();
    assert_eq!(view.sizes(), net.sizes());
    assert_eq!((view.num_layers(), view.layer_size(1)), (3, 64));
    assert_eq!((view.input_size(), view.output_size()), (3, 2));
    assert_eq!(view.num_params(), net.num_params());
    assert_eq!(view.loss_function(), Loss::Ce);
    for l in 1..=3 {
        assert_eq!(view.activation(l), net.activation(l));
        assert_eq!(view.layer(l).unwrap(), net.layer(l).unwrap(), "layer {l}");
    }
    assert_eq!(format!("{view:?}"), "View { sizes: [3, 64, 32, 2] }");
}

#[test]
fn views_read_the_sources_weights_in_place() {
    let mut net = net();
    let x = inputs(4);
    let before = net.forward(&x, 4).unwrap();
    let weights = net.num_params() * std::mem::size_of::<f32>();
    {
        let mut view = net.share().unwrap();
        assert_eq!(bits(&view.forward(&x, 4).unwrap()), bits(&before));
        // No copy: with buffers for the same batch, the view holds less than
        // its source by at least the parameter and gradient block. (A copy
        // made by ffnn_net_clone would hold as much as the source; the
        // outputs below cannot tell, since a copy made after the change
        // would see the new weights too.)
        assert!(
            view.memory() + 2 * weights <= net.memory(),
            "view {} bytes, source {} bytes, weights {weights} bytes",
            view.memory(),
            net.memory()
        );
    } // The view is gone: the source may change.

    // New weights through set_layer: a new view sees them.
    let (w, b) = net.layer(1).unwrap();
    let w: Vec<f32> = w.iter().map(|v| -v).collect();
    let b: Vec<f32> = b.iter().map(|v| v + 0.25).collect();
    net.set_layer(1, Some(&w), Some(&b)).unwrap();
    let after = net.forward(&x, 4).unwrap();
    assert_ne!(bits(&after), bits(&before));
    let mut view = net.share().unwrap();
    assert_eq!(view.layer(1).unwrap(), (w, b));
    assert_eq!(bits(&view.forward(&x, 4).unwrap()), bits(&after));
    drop(view);

    // And through a training step.
    net.train_step(&x, &targets(4), 4, 0.5).unwrap();
    let trained = net.forward(&x, 4).unwrap();
    assert_ne!(bits(&trained), bits(&after));
    let mut view = net.share().unwrap();
    assert_eq!(bits(&view.forward(&x, 4).unwrap()), bits(&trained));
}

#[test]
fn threads_infer_on_one_model_with_a_view_each() {
    const THREADS: usize = 8;
    const MAX_BATCH: usize = 32;
    let mut net = net();
    let x = inputs(MAX_BATCH);
    // The source's outputs for every batch size 1..=MAX_BATCH.
    let expected: Vec<Vec<u32>> =
        (1..=MAX_BATCH).map(|n| bits(&net.forward(&x[..3 * n], n).unwrap())).collect();
    let views: Vec<View> = (0..THREADS).map(|_| net.share().unwrap()).collect();
    let results: Vec<Vec<Vec<u32>>> = std::thread::scope(|s| {
        let threads: Vec<_> = views
            .into_iter()
            .enumerate()
            .map(|(t, mut view)| {
                let x = &x;
                s.spawn(move || {
                    // Every batch size, in an order of the thread's own and
                    // many times over, so that the threads' calls overlap.
                    let mut outs = vec![Vec::new(); MAX_BATCH];
                    for round in 0..20 {
                        for k in 0..MAX_BATCH {
                            let n = (7 * k + 5 * t + round) % MAX_BATCH + 1;
                            outs[n - 1] = bits(&view.forward(&x[..3 * n], n).unwrap());
                        }
                    }
                    outs
                })
            })
            .collect();
        // Meanwhile the source can still be read (through &Net).
        assert_eq!(net.sizes(), [3, 64, 32, 2]);
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    for (t, outs) in results.iter().enumerate() {
        for (n, out) in outs.iter().enumerate() {
            assert_eq!(out, &expected[n], "thread {t}, batch {}", n + 1);
        }
    }
    // The views are gone: the source may be trained again.
    net.train_step(&x, &targets(MAX_BATCH), MAX_BATCH, 0.1).unwrap();
}

#[test]
fn a_view_may_move_to_another_thread() {
    fn send<T: Send>(_: &T) {}
    let mut net = net();
    let x = inputs(5);
    let here = net.forward(&x, 5).unwrap();
    let mut view = net.share().unwrap();
    send(&view);
    let there = std::thread::scope(|s| s.spawn(move || view.forward(&x, 5).unwrap()).join().unwrap());
    assert_eq!(bits(&there), bits(&here));
}

#[test]
fn a_views_errors_come_from_its_own_handle() {
    let net = net();
    let mut view = net.share().unwrap();
    // Lengths are checked here, as for a Net.
    let e = view.forward(&[0.0; 4], 2).unwrap_err();
    assert_eq!(e.status, Status::Shape);
    assert_eq!(e.message, "ffnn_forward: x has 4 values, expected 2 x 3 = 6");
    // The library's messages are read from the view's handle.
    let e = view.forward(&[], 0).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Shape, "ffnn_forward: batch is 0"));
    let e = view.loss(&[0.0, 1.0]).unwrap_err();
    assert_eq!(e.status, Status::State);
    assert!(e.message.starts_with("ffnn_loss"), "{e}");
    let e = view.layer(4).unwrap_err();
    assert_eq!((e.status, e.message.as_str()), (Status::Arg, "ffnn_get_layer: layer 4 is not in 1..3"));
    let e = view.activations(4).unwrap_err();
    assert_eq!(e.message, "ffnn_get_activations: layer 4 is not in 0..3");
    let e = view.evaluate(&[0.0; 3], &[f32::NAN, 0.0], 1).unwrap_err();
    assert_eq!(e.status, Status::Numeric);
}
