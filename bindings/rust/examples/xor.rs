//! XOR on the 2-2-1 sigmoid network: train, predict, save, reload.
use ffnn::{Activation, Loss, Net};

fn main() -> Result<(), ffnn::Error> {
    let x = [0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0];
    let y = [0.0, 1.0, 1.0, 0.0];
    let mut net = Net::new(&[2, 2, 1], &[Activation::Sigmoid, Activation::Sigmoid], Loss::Bce, 7)?;
    println!("ffnn {}: {:?}, {} parameters", ffnn::version(), net, net.num_params());
    for step in 0..=5000 {
        let loss = net.train_step(&x, &y, 4, 2.0)?;
        if step % 1000 == 0 {
            println!("step {step:5}  loss {loss:.6}");
        }
    }
    let out = net.forward(&x, 4)?;
    for (i, yhat) in out.iter().enumerate() {
        println!("{} xor {} -> {yhat:.3}", x[2 * i], x[2 * i + 1]);
    }
    let reloaded = Net::from_bytes(&net.to_bytes()?)?.forward(&x, 4)?;
    println!("reloaded from bytes: same outputs = {}", reloaded == out);
    // Errors carry the status and the message.
    let e = net.forward(&x[..3], 2).unwrap_err();
    println!("wrong width: {e}");
    Ok(())
}
