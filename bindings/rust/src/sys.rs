//! Raw declarations of include/ffnn.h, one for one. C enums are `int`-sized
//! on every ABI this crate targets, so they appear as `c_int` constants;
//! `size_t` is `usize`.
#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_int, c_uint, c_void};

pub type ffnn_status = c_int;
pub const FFNN_OK: ffnn_status = 0;
pub const FFNN_ERR_ARG: ffnn_status = 1;
pub const FFNN_ERR_SHAPE: ffnn_status = 2;
pub const FFNN_ERR_NOMEM: ffnn_status = 3;
pub const FFNN_ERR_STATE: ffnn_status = 4;
pub const FFNN_ERR_IO: ffnn_status = 5;
pub const FFNN_ERR_FORMAT: ffnn_status = 6;
pub const FFNN_ERR_NUMERIC: ffnn_status = 7;

pub type ffnn_activation = c_int;
pub const FFNN_ACT_LINEAR: ffnn_activation = 0;
pub const FFNN_ACT_SIGMOID: ffnn_activation = 1;
pub const FFNN_ACT_TANH: ffnn_activation = 2;
pub const FFNN_ACT_RELU: ffnn_activation = 3;
pub const FFNN_ACT_SOFTMAX: ffnn_activation = 4;
/// Since 1.4.0.
pub const FFNN_ACT_LEAKY_RELU: ffnn_activation = 5;
/// Since 1.4.0.
pub const FFNN_ACT_ELU: ffnn_activation = 6;
/// Since 1.4.0.
pub const FFNN_ACT_GELU: ffnn_activation = 7;
/// Since 1.4.0.
pub const FFNN_ACT_SILU: ffnn_activation = 8;
/// Since 1.4.0.
pub const FFNN_ACT_SOFTPLUS: ffnn_activation = 9;

pub type ffnn_loss_function = c_int;
pub const FFNN_LOSS_MSE: ffnn_loss_function = 0;
pub const FFNN_LOSS_BCE: ffnn_loss_function = 1;
pub const FFNN_LOSS_CE: ffnn_loss_function = 2;

pub type ffnn_backend = c_int;
pub const FFNN_BACKEND_AUTO: ffnn_backend = 0;
pub const FFNN_BACKEND_BLAS: ffnn_backend = 1;
pub const FFNN_BACKEND_NAIVE: ffnn_backend = 2;

pub type ffnn_optimizer = c_int;
pub const FFNN_OPT_SGD: ffnn_optimizer = 0;
pub const FFNN_OPT_MOMENTUM: ffnn_optimizer = 1;
pub const FFNN_OPT_NESTEROV: ffnn_optimizer = 2;
pub const FFNN_OPT_ADAM: ffnn_optimizer = 3;

pub type ffnn_optimizer_param = c_int;
pub const FFNN_PARAM_MOMENTUM: ffnn_optimizer_param = 0;
pub const FFNN_PARAM_BETA1: ffnn_optimizer_param = 1;
pub const FFNN_PARAM_BETA2: ffnn_optimizer_param = 2;
pub const FFNN_PARAM_EPSILON: ffnn_optimizer_param = 3;
pub const FFNN_PARAM_WEIGHT_DECAY: ffnn_optimizer_param = 4;

/// Since 1.2.0.
pub type ffnn_validation_split = c_int;
pub const FFNN_SPLIT_LAST: ffnn_validation_split = 0;
pub const FFNN_SPLIT_SHUFFLED: ffnn_validation_split = 1;
pub const FFNN_SPLIT_STRATIFIED: ffnn_validation_split = 2;

/// The options of a training setup (section 15). Since 1.4.0.
pub type ffnn_train_key = c_int;
pub const FFNN_TRAIN_BATCH_SIZE: ffnn_train_key = 0;
pub const FFNN_TRAIN_EPOCHS: ffnn_train_key = 1;
pub const FFNN_TRAIN_LEARNING_RATE: ffnn_train_key = 2;
pub const FFNN_TRAIN_VALIDATION_FRACTION: ffnn_train_key = 3;
pub const FFNN_TRAIN_SEED: ffnn_train_key = 4;
pub const FFNN_TRAIN_SHUFFLE: ffnn_train_key = 5;
pub const FFNN_TRAIN_REPORT_EVERY: ffnn_train_key = 6;
pub const FFNN_TRAIN_VALIDATION_SPLIT: ffnn_train_key = 7;
pub const FFNN_TRAIN_RESUME: ffnn_train_key = 8;
pub const FFNN_TRAIN_SCHEDULE: ffnn_train_key = 9;
pub const FFNN_TRAIN_WARMUP_EPOCHS: ffnn_train_key = 10;
pub const FFNN_TRAIN_STEP_EPOCHS: ffnn_train_key = 11;
pub const FFNN_TRAIN_STEP_FACTOR: ffnn_train_key = 12;
pub const FFNN_TRAIN_MIN_LEARNING_RATE: ffnn_train_key = 13;
pub const FFNN_TRAIN_PATIENCE: ffnn_train_key = 14;
pub const FFNN_TRAIN_MIN_DELTA: ffnn_train_key = 15;
pub const FFNN_TRAIN_MONITOR: ffnn_train_key = 16;
pub const FFNN_TRAIN_RESTORE_BEST: ffnn_train_key = 17;

/// Since 1.4.0.
pub type ffnn_schedule = c_int;
pub const FFNN_SCHEDULE_CONSTANT: ffnn_schedule = 0;
pub const FFNN_SCHEDULE_STEP: ffnn_schedule = 1;
pub const FFNN_SCHEDULE_COSINE: ffnn_schedule = 2;

/// Since 1.4.0.
pub type ffnn_monitor = c_int;
pub const FFNN_MONITOR_VAL_LOSS: ffnn_monitor = 0;
pub const FFNN_MONITOR_VAL_ACCURACY: ffnn_monitor = 1;
pub const FFNN_MONITOR_TRAIN_LOSS: ffnn_monitor = 2;

/// Since 1.4.0.
pub type ffnn_train_result = c_int;
pub const FFNN_RESULT_LEARNING_RATE: ffnn_train_result = 0;
pub const FFNN_RESULT_BEST_EPOCH: ffnn_train_result = 1;
pub const FFNN_RESULT_BEST_VALUE: ffnn_train_result = 2;
pub const FFNN_RESULT_STOPPED_EARLY: ffnn_train_result = 3;
pub const FFNN_RESULT_RESTORED: ffnn_train_result = 4;

/// Opaque handle.
#[repr(C)]
pub struct ffnn_net {
    _private: [u8; 0],
}

/// Opaque handle of a training setup. Since 1.4.0.
#[repr(C)]
pub struct ffnn_train_setup {
    _private: [u8; 0],
}

/// Opaque handle of a file's header (section 18). Since 1.4.0.
#[repr(C)]
pub struct ffnn_file {
    _private: [u8; 0],
}

pub type ffnn_alloc_fn = Option<unsafe extern "C" fn(user: *mut c_void, size: usize) -> *mut c_void>;
pub type ffnn_free_fn = Option<unsafe extern "C" fn(user: *mut c_void, ptr: *mut c_void)>;

/// Field for field as in ffnn.h (layout frozen there).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ffnn_train_report {
    pub epoch: usize,
    pub epochs: usize,
    pub batches_done: usize,
    pub batches: usize,
    pub train_loss: f64,
    pub train_accuracy: f64,
    pub val_loss: f64,
    pub val_accuracy: f64,
    pub samples_per_second: f64,
    pub epoch_end: c_int,
    pub stopped: c_int,
}

pub type ffnn_train_callback =
    Option<unsafe extern "C" fn(user: *mut c_void, r: *const ffnn_train_report) -> c_int>;

/// Field for field as in ffnn.h (layout frozen there).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ffnn_train_options {
    pub batch_size: usize,
    pub epochs: usize,
    pub learning_rate: f32,
    pub validation_fraction: f32,
    pub seed: u64,
    pub shuffle: c_int,
    pub report_every: usize,
    pub callback: ffnn_train_callback,
    pub user: *mut c_void,
}

/// Field for field as in ffnn.h (layout frozen there). Since 1.2.0.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ffnn_train_position {
    pub epoch: u64,
    pub batch: u64,
    pub rng: u64,
    pub seen: u64,
    pub correct: u64,
    pub loss_sum: f64,
}

/// The collectives of a data-parallel run (section 14), supplied by the
/// caller. Field for field as in ffnn.h (layout frozen there). Since 1.3.0.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ffnn_comm {
    pub rank: c_int,
    pub size: c_int,
    pub user: *mut c_void,
    pub sum_floats: Option<unsafe extern "C" fn(user: *mut c_void, buf: *mut f32, n: usize) -> c_int>,
    pub sum_doubles: Option<unsafe extern "C" fn(user: *mut c_void, buf: *mut f64, n: usize) -> c_int>,
    pub broadcast:
        Option<unsafe extern "C" fn(user: *mut c_void, buf: *mut c_void, bytes: usize, root: c_int) -> c_int>,
}

extern "C" {
    pub fn ffnn_version_number() -> c_uint;
    pub fn ffnn_version_string() -> *const c_char;
    pub fn ffnn_status_string(status: c_int) -> *const c_char;

    pub fn ffnn_net_create(
        out: *mut *mut ffnn_net,
        n_layers: usize,
        sizes: *const usize,
        activations: *const ffnn_activation,
        loss: ffnn_loss_function,
        seed: u64,
    ) -> ffnn_status;
    pub fn ffnn_net_destroy(net: *mut ffnn_net);
    pub fn ffnn_net_clone(net: *const ffnn_net, out: *mut *mut ffnn_net) -> ffnn_status;
    pub fn ffnn_net_share(net: *const ffnn_net, out: *mut *mut ffnn_net) -> ffnn_status;
    pub fn ffnn_net_num_layers(net: *const ffnn_net) -> usize;
    pub fn ffnn_net_layer_size(net: *const ffnn_net, l: usize) -> usize;
    pub fn ffnn_net_activation(net: *const ffnn_net, l: usize) -> c_int;
    pub fn ffnn_net_loss_function(net: *const ffnn_net) -> c_int;
    pub fn ffnn_net_num_params(net: *const ffnn_net) -> usize;
    pub fn ffnn_net_batch(net: *const ffnn_net) -> usize;
    pub fn ffnn_net_last_error(net: *const ffnn_net) -> *const c_char;
    pub fn ffnn_last_error() -> *const c_char;

    pub fn ffnn_get_layer(net: *const ffnn_net, l: usize, w: *mut f32, b: *mut f32) -> ffnn_status;
    pub fn ffnn_set_layer(net: *mut ffnn_net, l: usize, w: *const f32, b: *const f32) -> ffnn_status;
    pub fn ffnn_get_gradients(net: *const ffnn_net, l: usize, dw: *mut f32, db: *mut f32) -> ffnn_status;
    pub fn ffnn_get_activations(net: *const ffnn_net, l: usize, a: *mut f32, h: *mut f32) -> ffnn_status;

    pub fn ffnn_forward(net: *mut ffnn_net, x: *const f32, batch: usize, y: *mut f32) -> ffnn_status;
    pub fn ffnn_loss(net: *mut ffnn_net, target: *const f32, loss: *mut f32) -> ffnn_status;
    pub fn ffnn_backward(net: *mut ffnn_net, target: *const f32) -> ffnn_status;
    pub fn ffnn_step(net: *mut ffnn_net, learning_rate: f32) -> ffnn_status;
    pub fn ffnn_train_step(
        net: *mut ffnn_net,
        x: *const f32,
        target: *const f32,
        batch: usize,
        learning_rate: f32,
        loss: *mut f32,
    ) -> ffnn_status;

    pub fn ffnn_set_optimizer_sgd(net: *mut ffnn_net) -> ffnn_status;
    pub fn ffnn_set_optimizer_momentum(net: *mut ffnn_net, momentum: f32, nesterov: c_int) -> ffnn_status;
    pub fn ffnn_set_optimizer_adam(net: *mut ffnn_net, beta1: f32, beta2: f32, epsilon: f32) -> ffnn_status;
    pub fn ffnn_set_weight_decay(net: *mut ffnn_net, lambda: f32) -> ffnn_status;
    pub fn ffnn_net_optimizer(net: *const ffnn_net) -> c_int;
    pub fn ffnn_get_optimizer_param(
        net: *const ffnn_net,
        param: ffnn_optimizer_param,
        value: *mut f32,
    ) -> ffnn_status;

    pub fn ffnn_net_set_backend(net: *mut ffnn_net, backend: ffnn_backend) -> ffnn_status;
    pub fn ffnn_net_backend(net: *const ffnn_net) -> c_int;

    pub fn ffnn_net_memory(net: *const ffnn_net) -> usize;
    pub fn ffnn_set_allocator(alloc: ffnn_alloc_fn, free: ffnn_free_fn, user: *mut c_void) -> ffnn_status;
    pub fn ffnn_set_num_threads(n: c_int) -> ffnn_status;
    pub fn ffnn_num_threads() -> c_int;

    pub fn ffnn_train_defaults(options: *mut ffnn_train_options);
    pub fn ffnn_train(
        net: *mut ffnn_net,
        x: *const f32,
        y: *const f32,
        n: usize,
        options: *const ffnn_train_options,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;
    pub fn ffnn_evaluate(
        net: *mut ffnn_net,
        x: *const f32,
        y: *const f32,
        n: usize,
        loss: *mut f64,
        accuracy: *mut f64,
    ) -> ffnn_status;
    pub fn ffnn_predict(net: *mut ffnn_net, x: *const f32, n: usize, y: *mut f32) -> ffnn_status;

    pub fn ffnn_save(net: *const ffnn_net, path: *const c_char) -> ffnn_status;
    pub fn ffnn_load(path: *const c_char, out: *mut *mut ffnn_net) -> ffnn_status;
    pub fn ffnn_load_buffer(data: *const c_void, size: usize, out: *mut *mut ffnn_net) -> ffnn_status;
    pub fn ffnn_save_buffer(
        net: *const ffnn_net,
        buf: *mut c_void,
        capacity: usize,
        size: *mut usize,
    ) -> ffnn_status;
    pub fn ffnn_save_checkpoint(net: *const ffnn_net, path: *const c_char) -> ffnn_status;
    pub fn ffnn_save_checkpoint_buffer(
        net: *const ffnn_net,
        buf: *mut c_void,
        capacity: usize,
        size: *mut usize,
    ) -> ffnn_status;

    pub fn ffnn_get_train_position(net: *const ffnn_net, out: *mut ffnn_train_position) -> ffnn_status;
    pub fn ffnn_set_train_position(net: *mut ffnn_net, pos: *const ffnn_train_position) -> ffnn_status;
    pub fn ffnn_split_rows(
        net: *const ffnn_net,
        y: *const f32,
        n: usize,
        fraction: f32,
        split: ffnn_validation_split,
        seed: u64,
        order: *mut usize,
    ) -> ffnn_status;
    pub fn ffnn_train_resume(
        net: *mut ffnn_net,
        x: *const f32,
        y: *const f32,
        n: usize,
        options: *const ffnn_train_options,
        split: ffnn_validation_split,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;
    pub fn ffnn_set_metadata(net: *mut ffnn_net, key: *const c_char, value: *const c_char) -> ffnn_status;
    pub fn ffnn_get_metadata(net: *const ffnn_net, key: *const c_char) -> *const c_char;

    // Section 13, flat vectors and the optimizer state (since 1.3.0): the
    // order W_1, b_1, ..., W_L, b_L; n must be P = ffnn_net_num_params
    // (2P, P or 0 for the state), else FFNN_ERR_SHAPE.
    pub fn ffnn_get_param_vector(net: *const ffnn_net, params: *mut f32, n: usize) -> ffnn_status;
    pub fn ffnn_set_param_vector(net: *mut ffnn_net, params: *const f32, n: usize) -> ffnn_status;
    pub fn ffnn_get_gradient_vector(net: *const ffnn_net, grads: *mut f32, n: usize) -> ffnn_status;
    pub fn ffnn_set_gradient_vector(net: *mut ffnn_net, grads: *const f32, n: usize) -> ffnn_status;
    pub fn ffnn_optimizer_state_size(net: *const ffnn_net) -> usize;
    pub fn ffnn_get_optimizer_state(
        net: *const ffnn_net,
        state: *mut f32,
        n: usize,
        step: *mut u64,
    ) -> ffnn_status;
    pub fn ffnn_set_optimizer_state(
        net: *mut ffnn_net,
        state: *const f32,
        n: usize,
        step: u64,
    ) -> ffnn_status;

    // Section 14, data-parallel training over a communicator (since 1.3.0).
    // Every rank makes the same calls in the same order.
    pub fn ffnn_comm_broadcast(net: *mut ffnn_net, comm: *const ffnn_comm) -> ffnn_status;
    pub fn ffnn_comm_train_step(
        net: *mut ffnn_net,
        comm: *const ffnn_comm,
        x: *const f32,
        target: *const f32,
        rows: usize,
        learning_rate: f32,
        loss: *mut f32,
    ) -> ffnn_status;
    pub fn ffnn_comm_train_resume(
        net: *mut ffnn_net,
        comm: *const ffnn_comm,
        x: *const f32,
        y: *const f32,
        n: usize,
        options: *const ffnn_train_options,
        split: ffnn_validation_split,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;
    pub fn ffnn_comm_train(
        net: *mut ffnn_net,
        comm: *const ffnn_comm,
        x: *const f32,
        y: *const f32,
        n: usize,
        options: *const ffnn_train_options,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;

    // Section 15, training setups (since 1.4.0). The setup calls report
    // through ffnn_last_error(); ffnn_train_run through the network.
    pub fn ffnn_train_setup_create(out: *mut *mut ffnn_train_setup) -> ffnn_status;
    pub fn ffnn_train_setup_destroy(setup: *mut ffnn_train_setup);
    pub fn ffnn_train_setup_set(setup: *mut ffnn_train_setup, key: c_int, value: f64) -> ffnn_status;
    pub fn ffnn_train_setup_set_u64(setup: *mut ffnn_train_setup, key: c_int, value: u64) -> ffnn_status;
    pub fn ffnn_train_setup_get(setup: *const ffnn_train_setup, key: c_int, value: *mut f64) -> ffnn_status;
    pub fn ffnn_train_setup_get_u64(
        setup: *const ffnn_train_setup,
        key: c_int,
        value: *mut u64,
    ) -> ffnn_status;
    pub fn ffnn_train_setup_set_callback(
        setup: *mut ffnn_train_setup,
        callback: ffnn_train_callback,
        user: *mut c_void,
    ) -> ffnn_status;
    pub fn ffnn_train_setup_set_sample_weights(
        setup: *mut ffnn_train_setup,
        sample_weights: *const f32,
        n: usize,
    ) -> ffnn_status;
    pub fn ffnn_train_setup_set_class_weights(
        setup: *mut ffnn_train_setup,
        class_weights: *const f32,
        k: usize,
    ) -> ffnn_status;
    pub fn ffnn_train_setup_result(
        setup: *const ffnn_train_setup,
        key: c_int,
        value: *mut f64,
    ) -> ffnn_status;
    pub fn ffnn_train_key_name(key: c_int) -> *const c_char;
    pub fn ffnn_train_key_from_name(name: *const c_char, out: *mut ffnn_train_key) -> ffnn_status;
    pub fn ffnn_schedule_name(schedule: c_int) -> *const c_char;
    pub fn ffnn_schedule_from_name(name: *const c_char, out: *mut ffnn_schedule) -> ffnn_status;
    pub fn ffnn_monitor_name(monitor: c_int) -> *const c_char;
    pub fn ffnn_monitor_from_name(name: *const c_char, out: *mut ffnn_monitor) -> ffnn_status;
    pub fn ffnn_train_run(
        net: *mut ffnn_net,
        setup: *mut ffnn_train_setup,
        x: *const f32,
        y: *const f32,
        n: usize,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;
    /// Since 1.4.0.
    pub fn ffnn_comm_train_run(
        net: *mut ffnn_net,
        comm: *const ffnn_comm,
        setup: *mut ffnn_train_setup,
        x: *const f32,
        y: *const f32,
        n: usize,
        report: *mut ffnn_train_report,
    ) -> ffnn_status;
    pub fn ffnn_set_optimizer_param(
        net: *mut ffnn_net,
        param: ffnn_optimizer_param,
        value: f32,
    ) -> ffnn_status;

    // Section 16, scaling stored in the model (since 1.4.0): n_0 (input)
    // or n_L (output) values in each array; both NULL removes it.
    pub fn ffnn_set_input_scaling(net: *mut ffnn_net, mean: *const f32, scale: *const f32) -> ffnn_status;
    pub fn ffnn_get_input_scaling(net: *const ffnn_net, mean: *mut f32, scale: *mut f32) -> ffnn_status;
    pub fn ffnn_set_output_scaling(net: *mut ffnn_net, mean: *const f32, scale: *const f32) -> ffnn_status;
    pub fn ffnn_get_output_scaling(net: *const ffnn_net, mean: *mut f32, scale: *mut f32) -> ffnn_status;

    // Section 17, dropout (since 1.4.0).
    pub fn ffnn_set_dropout(net: *mut ffnn_net, l: usize, rate: f32) -> ffnn_status;
    pub fn ffnn_get_dropout(net: *const ffnn_net, l: usize, rate: *mut f32) -> ffnn_status;

    // Section 18, a file's header (since 1.4.0). Opening reports through
    // ffnn_last_error(); on failure *out is NULL. The strings live as long
    // as the handle; past the end a string getter gives NULL, a number 0.
    pub fn ffnn_file_open(path: *const c_char, out: *mut *mut ffnn_file) -> ffnn_status;
    pub fn ffnn_file_open_buffer(data: *const c_void, size: usize, out: *mut *mut ffnn_file) -> ffnn_status;
    pub fn ffnn_file_close(file: *mut ffnn_file);
    pub fn ffnn_file_size(file: *const ffnn_file) -> u64;
    pub fn ffnn_file_num_metadata(file: *const ffnn_file) -> usize;
    pub fn ffnn_file_metadata_key(file: *const ffnn_file, k: usize) -> *const c_char;
    pub fn ffnn_file_metadata_value(file: *const ffnn_file, k: usize) -> *const c_char;
    pub fn ffnn_file_get_metadata(file: *const ffnn_file, key: *const c_char) -> *const c_char;
    pub fn ffnn_file_num_tensors(file: *const ffnn_file) -> usize;
    pub fn ffnn_file_tensor_name(file: *const ffnn_file, t: usize) -> *const c_char;
    pub fn ffnn_file_tensor_dtype(file: *const ffnn_file, t: usize) -> *const c_char;
    pub fn ffnn_file_tensor_rank(file: *const ffnn_file, t: usize) -> usize;
    pub fn ffnn_file_tensor_dim(file: *const ffnn_file, t: usize, d: usize) -> u64;
    pub fn ffnn_file_tensor_bytes(
        file: *const ffnn_file,
        t: usize,
        begin: *mut u64,
        end: *mut u64,
    ) -> ffnn_status;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{align_of, size_of, MaybeUninit};
    use std::ptr::addr_of;

    /// Offsets as a C compiler lays the structs out on LP64 (checked against
    /// offsetof() in C); a reordered or resized field here moves them.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn struct_layouts_match_c() {
        let r = MaybeUninit::<ffnn_train_report>::uninit();
        let base = r.as_ptr() as usize;
        let p = r.as_ptr();
        let off = unsafe {
            [
                addr_of!((*p).epoch) as usize,
                addr_of!((*p).epochs) as usize,
                addr_of!((*p).batches_done) as usize,
                addr_of!((*p).batches) as usize,
                addr_of!((*p).train_loss) as usize,
                addr_of!((*p).train_accuracy) as usize,
                addr_of!((*p).val_loss) as usize,
                addr_of!((*p).val_accuracy) as usize,
                addr_of!((*p).samples_per_second) as usize,
                addr_of!((*p).epoch_end) as usize,
                addr_of!((*p).stopped) as usize,
            ]
        }
        .map(|a| a - base);
        assert_eq!(off, [0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 76]);
        assert_eq!((size_of::<ffnn_train_report>(), align_of::<ffnn_train_report>()), (80, 8));

        let o = MaybeUninit::<ffnn_train_options>::uninit();
        let base = o.as_ptr() as usize;
        let p = o.as_ptr();
        let off = unsafe {
            [
                addr_of!((*p).batch_size) as usize,
                addr_of!((*p).epochs) as usize,
                addr_of!((*p).learning_rate) as usize,
                addr_of!((*p).validation_fraction) as usize,
                addr_of!((*p).seed) as usize,
                addr_of!((*p).shuffle) as usize,
                addr_of!((*p).report_every) as usize,
                addr_of!((*p).callback) as usize,
                addr_of!((*p).user) as usize,
            ]
        }
        .map(|a| a - base);
        assert_eq!(off, [0, 8, 16, 20, 24, 32, 40, 48, 56]);
        assert_eq!((size_of::<ffnn_train_options>(), align_of::<ffnn_train_options>()), (64, 8));

        let t = MaybeUninit::<ffnn_train_position>::uninit();
        let base = t.as_ptr() as usize;
        let p = t.as_ptr();
        let off = unsafe {
            [
                addr_of!((*p).epoch) as usize,
                addr_of!((*p).batch) as usize,
                addr_of!((*p).rng) as usize,
                addr_of!((*p).seen) as usize,
                addr_of!((*p).correct) as usize,
                addr_of!((*p).loss_sum) as usize,
            ]
        }
        .map(|a| a - base);
        assert_eq!(off, [0, 8, 16, 24, 32, 40]);
        assert_eq!((size_of::<ffnn_train_position>(), align_of::<ffnn_train_position>()), (48, 8));

        let c = MaybeUninit::<ffnn_comm>::uninit();
        let base = c.as_ptr() as usize;
        let p = c.as_ptr();
        let off = unsafe {
            [
                addr_of!((*p).rank) as usize,
                addr_of!((*p).size) as usize,
                addr_of!((*p).user) as usize,
                addr_of!((*p).sum_floats) as usize,
                addr_of!((*p).sum_doubles) as usize,
                addr_of!((*p).broadcast) as usize,
            ]
        }
        .map(|a| a - base);
        assert_eq!(off, [0, 4, 8, 16, 24, 32]);
        assert_eq!((size_of::<ffnn_comm>(), align_of::<ffnn_comm>()), (40, 8));
    }

    /// The library's own defaults land in the right fields.
    #[test]
    fn train_defaults_fill_the_mirror() {
        let mut o = MaybeUninit::<ffnn_train_options>::uninit();
        let o = unsafe {
            ffnn_train_defaults(o.as_mut_ptr());
            o.assume_init()
        };
        assert_eq!((o.batch_size, o.epochs), (32, 1));
        assert_eq!((o.learning_rate, o.validation_fraction), (0.01, 0.0));
        assert_eq!((o.seed, o.shuffle, o.report_every), (0, 1, 0));
        assert!(o.callback.is_none() && o.user.is_null());
    }
}
