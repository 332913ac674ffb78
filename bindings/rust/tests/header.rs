//! The constants of `ffnn::sys` and the enums of this crate (their
//! `code()`s) against the enumerators of include/ffnn.h, read from the
//! header itself.
use ffnn::{
    sys, Activation, Backend, Loss, Monitor, Optimizer, OptimizerParam, Schedule, TrainKey, TrainResult,
    ValidationSplit,
};
use std::collections::BTreeMap;

/// `NAME = value` of every enumerator in the header, comments removed.
fn header_enumerators() -> Option<BTreeMap<String, i64>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../include/ffnn.h");
    let text = std::fs::read_to_string(path).ok()?;
    let mut code = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        code.push(' ');
        rest = &rest[start + 2..];
        rest = &rest[rest.find("*/").map_or(rest.len(), |end| end + 2)..];
    }
    code.push_str(rest);
    let mut found = BTreeMap::new();
    let mut rest = code.as_str();
    while let Some(start) = rest.find("FFNN_") {
        rest = &rest[start..];
        let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        rest = after;
        let value = match after.trim_start().strip_prefix('=') {
            Some(value) => value,
            None => continue,
        };
        let value = value.trim_start();
        let digits = value.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(value.len());
        if let Ok(v) = value[..digits].parse() {
            found.insert(name.to_string(), v);
        }
    }
    Some(found)
}

#[test]
fn constants_match_the_header() {
    let header = match header_enumerators() {
        Some(header) => header,
        None => {
            eprintln!("include/ffnn.h is not beside this crate: nothing to compare");
            return;
        }
    };
    let ours: BTreeMap<&str, i32> = [
        ("FFNN_OK", sys::FFNN_OK),
        ("FFNN_ERR_ARG", sys::FFNN_ERR_ARG),
        ("FFNN_ERR_SHAPE", sys::FFNN_ERR_SHAPE),
        ("FFNN_ERR_NOMEM", sys::FFNN_ERR_NOMEM),
        ("FFNN_ERR_STATE", sys::FFNN_ERR_STATE),
        ("FFNN_ERR_IO", sys::FFNN_ERR_IO),
        ("FFNN_ERR_FORMAT", sys::FFNN_ERR_FORMAT),
        ("FFNN_ERR_NUMERIC", sys::FFNN_ERR_NUMERIC),
        ("FFNN_ACT_LINEAR", sys::FFNN_ACT_LINEAR),
        ("FFNN_ACT_SIGMOID", sys::FFNN_ACT_SIGMOID),
        ("FFNN_ACT_TANH", sys::FFNN_ACT_TANH),
        ("FFNN_ACT_RELU", sys::FFNN_ACT_RELU),
        ("FFNN_ACT_SOFTMAX", sys::FFNN_ACT_SOFTMAX),
        ("FFNN_ACT_LEAKY_RELU", sys::FFNN_ACT_LEAKY_RELU),
        ("FFNN_ACT_ELU", sys::FFNN_ACT_ELU),
        ("FFNN_ACT_GELU", sys::FFNN_ACT_GELU),
        ("FFNN_ACT_SILU", sys::FFNN_ACT_SILU),
        ("FFNN_ACT_SOFTPLUS", sys::FFNN_ACT_SOFTPLUS),
        ("FFNN_LOSS_MSE", sys::FFNN_LOSS_MSE),
        ("FFNN_LOSS_BCE", sys::FFNN_LOSS_BCE),
        ("FFNN_LOSS_CE", sys::FFNN_LOSS_CE),
        ("FFNN_BACKEND_AUTO", sys::FFNN_BACKEND_AUTO),
        ("FFNN_BACKEND_BLAS", sys::FFNN_BACKEND_BLAS),
        ("FFNN_BACKEND_NAIVE", sys::FFNN_BACKEND_NAIVE),
        ("FFNN_OPT_SGD", sys::FFNN_OPT_SGD),
        ("FFNN_OPT_MOMENTUM", sys::FFNN_OPT_MOMENTUM),
        ("FFNN_OPT_NESTEROV", sys::FFNN_OPT_NESTEROV),
        ("FFNN_OPT_ADAM", sys::FFNN_OPT_ADAM),
        ("FFNN_PARAM_MOMENTUM", sys::FFNN_PARAM_MOMENTUM),
        ("FFNN_PARAM_BETA1", sys::FFNN_PARAM_BETA1),
        ("FFNN_PARAM_BETA2", sys::FFNN_PARAM_BETA2),
        ("FFNN_PARAM_EPSILON", sys::FFNN_PARAM_EPSILON),
        ("FFNN_PARAM_WEIGHT_DECAY", sys::FFNN_PARAM_WEIGHT_DECAY),
        ("FFNN_SPLIT_LAST", sys::FFNN_SPLIT_LAST),
        ("FFNN_SPLIT_SHUFFLED", sys::FFNN_SPLIT_SHUFFLED),
        ("FFNN_SPLIT_STRATIFIED", sys::FFNN_SPLIT_STRATIFIED),
        ("FFNN_TRAIN_BATCH_SIZE", sys::FFNN_TRAIN_BATCH_SIZE),
        ("FFNN_TRAIN_EPOCHS", sys::FFNN_TRAIN_EPOCHS),
        ("FFNN_TRAIN_LEARNING_RATE", sys::FFNN_TRAIN_LEARNING_RATE),
        ("FFNN_TRAIN_VALIDATION_FRACTION", sys::FFNN_TRAIN_VALIDATION_FRACTION),
        ("FFNN_TRAIN_SEED", sys::FFNN_TRAIN_SEED),
        ("FFNN_TRAIN_SHUFFLE", sys::FFNN_TRAIN_SHUFFLE),
        ("FFNN_TRAIN_REPORT_EVERY", sys::FFNN_TRAIN_REPORT_EVERY),
        ("FFNN_TRAIN_VALIDATION_SPLIT", sys::FFNN_TRAIN_VALIDATION_SPLIT),
        ("FFNN_TRAIN_RESUME", sys::FFNN_TRAIN_RESUME),
        ("FFNN_TRAIN_SCHEDULE", sys::FFNN_TRAIN_SCHEDULE),
        ("FFNN_TRAIN_WARMUP_EPOCHS", sys::FFNN_TRAIN_WARMUP_EPOCHS),
        ("FFNN_TRAIN_STEP_EPOCHS", sys::FFNN_TRAIN_STEP_EPOCHS),
        ("FFNN_TRAIN_STEP_FACTOR", sys::FFNN_TRAIN_STEP_FACTOR),
        ("FFNN_TRAIN_MIN_LEARNING_RATE", sys::FFNN_TRAIN_MIN_LEARNING_RATE),
        ("FFNN_TRAIN_PATIENCE", sys::FFNN_TRAIN_PATIENCE),
        ("FFNN_TRAIN_MIN_DELTA", sys::FFNN_TRAIN_MIN_DELTA),
        ("FFNN_TRAIN_MONITOR", sys::FFNN_TRAIN_MONITOR),
        ("FFNN_TRAIN_RESTORE_BEST", sys::FFNN_TRAIN_RESTORE_BEST),
        ("FFNN_SCHEDULE_CONSTANT", sys::FFNN_SCHEDULE_CONSTANT),
        ("FFNN_SCHEDULE_STEP", sys::FFNN_SCHEDULE_STEP),
        ("FFNN_SCHEDULE_COSINE", sys::FFNN_SCHEDULE_COSINE),
        ("FFNN_MONITOR_VAL_LOSS", sys::FFNN_MONITOR_VAL_LOSS),
        ("FFNN_MONITOR_VAL_ACCURACY", sys::FFNN_MONITOR_VAL_ACCURACY),
        ("FFNN_MONITOR_TRAIN_LOSS", sys::FFNN_MONITOR_TRAIN_LOSS),
        ("FFNN_RESULT_LEARNING_RATE", sys::FFNN_RESULT_LEARNING_RATE),
        ("FFNN_RESULT_BEST_EPOCH", sys::FFNN_RESULT_BEST_EPOCH),
        ("FFNN_RESULT_BEST_VALUE", sys::FFNN_RESULT_BEST_VALUE),
        ("FFNN_RESULT_STOPPED_EARLY", sys::FFNN_RESULT_STOPPED_EARLY),
        ("FFNN_RESULT_RESTORED", sys::FFNN_RESULT_RESTORED),
    ]
    .into_iter()
    .collect();
    let theirs: BTreeMap<&str, i32> = header.iter().map(|(k, v)| (k.as_str(), *v as i32)).collect();
    // Every enumerator of the header is here, with its value, and no other.
    assert_eq!(ours, theirs);
}

#[test]
fn the_crates_enums_are_the_sys_constants() {
    assert_eq!(
        [ValidationSplit::Last, ValidationSplit::Shuffled, ValidationSplit::Stratified].map(|s| s as i32),
        [sys::FFNN_SPLIT_LAST, sys::FFNN_SPLIT_SHUFFLED, sys::FFNN_SPLIT_STRATIFIED]
    );
    assert_eq!(ValidationSplit::default(), ValidationSplit::Last);
    assert_eq!(Activation::Softmax.code(), sys::FFNN_ACT_SOFTMAX);
    assert_eq!(Loss::Ce.code(), sys::FFNN_LOSS_CE);
    assert_eq!(Backend::Naive.code(), sys::FFNN_BACKEND_NAIVE);
    assert_eq!(Optimizer::Adam.code(), sys::FFNN_OPT_ADAM);
    assert_eq!(OptimizerParam::WeightDecay as i32, sys::FFNN_PARAM_WEIGHT_DECAY);
    assert_eq!(TrainKey::RestoreBest.code(), sys::FFNN_TRAIN_RESTORE_BEST);
    assert_eq!(Schedule::Cosine.code(), sys::FFNN_SCHEDULE_COSINE);
    assert_eq!(Monitor::TrainLoss.code(), sys::FFNN_MONITOR_TRAIN_LOSS);
    assert_eq!(TrainResult::Restored.code(), sys::FFNN_RESULT_RESTORED);
}

/// Every variant the crate names, with the header's name for it.
fn named_variants() -> Vec<(&'static str, i32)> {
    vec![
        ("FFNN_ACT_LINEAR", Activation::Linear.code()),
        ("FFNN_ACT_SIGMOID", Activation::Sigmoid.code()),
        ("FFNN_ACT_TANH", Activation::Tanh.code()),
        ("FFNN_ACT_RELU", Activation::Relu.code()),
        ("FFNN_ACT_SOFTMAX", Activation::Softmax.code()),
        ("FFNN_ACT_LEAKY_RELU", Activation::LeakyRelu.code()),
        ("FFNN_ACT_ELU", Activation::Elu.code()),
        ("FFNN_ACT_GELU", Activation::Gelu.code()),
        ("FFNN_ACT_SILU", Activation::Silu.code()),
        ("FFNN_ACT_SOFTPLUS", Activation::Softplus.code()),
        ("FFNN_LOSS_MSE", Loss::Mse.code()),
        ("FFNN_LOSS_BCE", Loss::Bce.code()),
        ("FFNN_LOSS_CE", Loss::Ce.code()),
        ("FFNN_BACKEND_AUTO", Backend::Auto.code()),
        ("FFNN_BACKEND_BLAS", Backend::Blas.code()),
        ("FFNN_BACKEND_NAIVE", Backend::Naive.code()),
        ("FFNN_OPT_SGD", Optimizer::Sgd.code()),
        ("FFNN_OPT_MOMENTUM", Optimizer::Momentum.code()),
        ("FFNN_OPT_NESTEROV", Optimizer::Nesterov.code()),
        ("FFNN_OPT_ADAM", Optimizer::Adam.code()),
        ("FFNN_PARAM_MOMENTUM", OptimizerParam::Momentum as i32),
        ("FFNN_PARAM_BETA1", OptimizerParam::Beta1 as i32),
        ("FFNN_PARAM_BETA2", OptimizerParam::Beta2 as i32),
        ("FFNN_PARAM_EPSILON", OptimizerParam::Epsilon as i32),
        ("FFNN_PARAM_WEIGHT_DECAY", OptimizerParam::WeightDecay as i32),
        ("FFNN_SPLIT_LAST", ValidationSplit::Last as i32),
        ("FFNN_SPLIT_SHUFFLED", ValidationSplit::Shuffled as i32),
        ("FFNN_SPLIT_STRATIFIED", ValidationSplit::Stratified as i32),
        ("FFNN_TRAIN_BATCH_SIZE", TrainKey::BatchSize.code()),
        ("FFNN_TRAIN_EPOCHS", TrainKey::Epochs.code()),
        ("FFNN_TRAIN_LEARNING_RATE", TrainKey::LearningRate.code()),
        ("FFNN_TRAIN_VALIDATION_FRACTION", TrainKey::ValidationFraction.code()),
        ("FFNN_TRAIN_SEED", TrainKey::Seed.code()),
        ("FFNN_TRAIN_SHUFFLE", TrainKey::Shuffle.code()),
        ("FFNN_TRAIN_REPORT_EVERY", TrainKey::ReportEvery.code()),
        ("FFNN_TRAIN_VALIDATION_SPLIT", TrainKey::ValidationSplit.code()),
        ("FFNN_TRAIN_RESUME", TrainKey::Resume.code()),
        ("FFNN_TRAIN_SCHEDULE", TrainKey::Schedule.code()),
        ("FFNN_TRAIN_WARMUP_EPOCHS", TrainKey::WarmupEpochs.code()),
        ("FFNN_TRAIN_STEP_EPOCHS", TrainKey::StepEpochs.code()),
        ("FFNN_TRAIN_STEP_FACTOR", TrainKey::StepFactor.code()),
        ("FFNN_TRAIN_MIN_LEARNING_RATE", TrainKey::MinLearningRate.code()),
        ("FFNN_TRAIN_PATIENCE", TrainKey::Patience.code()),
        ("FFNN_TRAIN_MIN_DELTA", TrainKey::MinDelta.code()),
        ("FFNN_TRAIN_MONITOR", TrainKey::Monitor.code()),
        ("FFNN_TRAIN_RESTORE_BEST", TrainKey::RestoreBest.code()),
        ("FFNN_SCHEDULE_CONSTANT", Schedule::Constant.code()),
        ("FFNN_SCHEDULE_STEP", Schedule::Step.code()),
        ("FFNN_SCHEDULE_COSINE", Schedule::Cosine.code()),
        ("FFNN_MONITOR_VAL_LOSS", Monitor::ValLoss.code()),
        ("FFNN_MONITOR_VAL_ACCURACY", Monitor::ValAccuracy.code()),
        ("FFNN_MONITOR_TRAIN_LOSS", Monitor::TrainLoss.code()),
        ("FFNN_RESULT_LEARNING_RATE", TrainResult::LearningRate.code()),
        ("FFNN_RESULT_BEST_EPOCH", TrainResult::BestEpoch.code()),
        ("FFNN_RESULT_BEST_VALUE", TrainResult::BestValue.code()),
        ("FFNN_RESULT_STOPPED_EARLY", TrainResult::StoppedEarly.code()),
        ("FFNN_RESULT_RESTORED", TrainResult::Restored.code()),
    ]
}

#[test]
fn the_crates_enums_have_the_headers_values() {
    let header = match header_enumerators() {
        Some(header) => header,
        None => {
            eprintln!("include/ffnn.h is not beside this crate: nothing to compare");
            return;
        }
    };
    let ours: BTreeMap<&str, i64> = named_variants().into_iter().map(|(k, v)| (k, v as i64)).collect();
    // The header's enumerators of these enums: each has a variant, with its value.
    let prefixes = [
        "FFNN_ACT_",
        "FFNN_LOSS_",
        "FFNN_BACKEND_",
        "FFNN_OPT_",
        "FFNN_PARAM_",
        "FFNN_SPLIT_",
        "FFNN_TRAIN_",
        "FFNN_SCHEDULE_",
        "FFNN_MONITOR_",
        "FFNN_RESULT_",
    ];
    let theirs: BTreeMap<&str, i64> = header
        .iter()
        .filter(|(k, _)| prefixes.iter().any(|p| k.starts_with(p)))
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(ours, theirs);
}
