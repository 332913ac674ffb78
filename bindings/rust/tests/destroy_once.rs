//! Drop frees every block the library allocated, exactly once. Own test
//! binary (own process), since the allocator is process-wide.
use std::os::raw::c_void;
use std::sync::atomic::{AtomicIsize, Ordering};

use ffnn::{sys, Activation, FileHeader, Loss, Net};

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe extern "C" fn counting_alloc(_: *mut c_void, size: usize) -> *mut c_void {
    LIVE.fetch_add(1, Ordering::SeqCst);
    malloc(size)
}

unsafe extern "C" fn counting_free(_: *mut c_void, p: *mut c_void) {
    LIVE.fetch_sub(1, Ordering::SeqCst);
    free(p)
}

#[test]
fn drop_frees_everything_once() {
    let status =
        unsafe { sys::ffnn_set_allocator(Some(counting_alloc), Some(counting_free), std::ptr::null_mut()) };
    assert_eq!(status, sys::FFNN_OK);
    {
        let mut net = Net::new(&[4, 16, 3], &[Activation::Relu, Activation::Softmax], Loss::Ce, 1).unwrap();
        net.set_optimizer_adam(0.9, 0.999, 1e-8).unwrap();
        net.forward(&[0.5; 4 * 8], 8).unwrap();
        let copy = net.try_clone().unwrap();
        let loaded = Net::from_bytes(&copy.to_bytes().unwrap()).unwrap();
        assert!(LIVE.load(Ordering::SeqCst) > 0);
        drop(copy);
        drop(loaded);
        assert!(LIVE.load(Ordering::SeqCst) > 0, "net is still alive");
    }
    // A double free would drive this below 0 (or crash); a leak keeps it above.
    assert_eq!(LIVE.load(Ordering::SeqCst), 0);
    // A failed create leaves nothing behind either.
    assert!(Net::new(&[4, 0, 3], &[Activation::Relu, Activation::Softmax], Loss::Ce, 1).is_err());
    assert_eq!(LIVE.load(Ordering::SeqCst), 0);
    // A file's header is copied out and its handle closed at once, whether
    // it opened or not.
    let bytes = Net::new(&[2, 3, 1], &[Activation::Tanh, Activation::Sigmoid], Loss::Bce, 1)
        .unwrap()
        .to_checkpoint_bytes()
        .unwrap();
    assert_eq!(LIVE.load(Ordering::SeqCst), 0);
    let header = FileHeader::from_bytes(&bytes).unwrap();
    assert_eq!(header.tensors.len(), 4);
    assert_eq!(LIVE.load(Ordering::SeqCst), 0, "the handle is closed before from_bytes returns");
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged.truncate(last); // the last tensor's bytes now end past the data
    assert!(FileHeader::from_bytes(&damaged).is_err());
    assert_eq!(LIVE.load(Ordering::SeqCst), 0, "a refused header leaves nothing behind");
    unsafe { sys::ffnn_set_allocator(None, None, std::ptr::null_mut()) };
}
