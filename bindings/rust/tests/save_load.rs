//! Model files and buffers round-trip to bit-identical outputs.
use ffnn::{Activation, Loss, Net};

fn trained_net() -> (Net, Vec<f32>) {
    let mut net =
        Net::new(&[3, 5, 4, 2], &[Activation::Relu, Activation::Tanh, Activation::Softmax], Loss::Ce, 42)
            .unwrap();
    let x: Vec<f32> = (0..30).map(|i| ((i * 7 % 11) as f32 - 5.0) / 3.0).collect();
    let y: Vec<f32> = (0..10).flat_map(|i| if i % 2 == 0 { [1.0, 0.0] } else { [0.0, 1.0] }).collect();
    net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
    for _ in 0..20 {
        net.train_step(&x, &y, 10, 0.01).unwrap();
    }
    (net, x)
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

fn assert_same_net(a: &mut Net, b: &mut Net, x: &[f32]) {
    assert_eq!(a.sizes(), b.sizes());
    assert_eq!(a.loss_function(), b.loss_function());
    for l in 1..=a.num_layers() {
        assert_eq!(a.activation(l), b.activation(l));
        let (wa, ba) = a.layer(l).unwrap();
        let (wb, bb) = b.layer(l).unwrap();
        assert_eq!((bits(&wa), bits(&ba)), (bits(&wb), bits(&bb)), "layer {l}");
    }
    let ya = a.forward(x, 10).unwrap();
    let yb = b.forward(x, 10).unwrap();
    assert_eq!(bits(&ya), bits(&yb));
}

#[test]
fn file_round_trip() {
    let (mut net, x) = trained_net();
    let path = std::env::temp_dir().join(format!("ffnn-rust-{}.safetensors", std::process::id()));
    net.save(&path).unwrap();
    let mut loaded = Net::load(&path).unwrap();
    let file = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_same_net(&mut net, &mut loaded, &x);
    // The file and the buffer hold the same bytes.
    assert_eq!(file, net.to_bytes().unwrap());
    // The loaded net starts over with plain gradient descent.
    assert_eq!(loaded.optimizer(), ffnn::Optimizer::Sgd);
}

#[test]
fn buffer_round_trip() {
    let (mut net, x) = trained_net();
    let bytes = net.to_bytes().unwrap();
    // safetensors: 8-byte little-endian header length, then JSON.
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[8..8 + n]).unwrap();
    assert!(header.contains("\"layers.3.weight\"") && header.contains("\"relu,tanh,softmax\""), "{header}");
    let mut loaded = Net::from_bytes(&bytes).unwrap();
    assert_same_net(&mut net, &mut loaded, &x);
    // A truncated buffer is refused.
    let e = Net::from_bytes(&bytes[..bytes.len() - 1]).unwrap_err();
    assert_eq!(e.status, ffnn::Status::Format);
}

#[test]
fn clone_is_deep() {
    let (mut net, x) = trained_net();
    let mut copy = net.try_clone().unwrap();
    assert_same_net(&mut net, &mut copy, &x);
    copy.set_layer(1, None, Some(&[1.0; 5])).unwrap();
    assert_ne!(net.layer(1).unwrap().1, copy.layer(1).unwrap().1);
}
