/*
 * ffnn.h -- feed-forward neural networks in C, on a stable C ABI.
 *
 * This header is the manual. It is grouped in sections:
 *   1. Version                  7. Optimizers
 *   2. Status codes             8. Execution backend
 *   3. Enumerations             9. Threads and memory
 *   4. Network lifecycle       10. Training on a data set
 *   5. Parameters and activations  11. Model files (safetensors)
 *   6. Forward pass, loss, backpropagation, update
 *  12. Checkpoints: training position, metadata, resuming (since 1.2.0)
 *  13. Outside training loops: flat vectors, optimizer state (since 1.3.0)
 *  14. Data-parallel training over a communicator (since 1.3.0)
 *  15. Training setups: options set by key, schedules, early stopping
 *      (since 1.4.0)
 *  16. Scaling stored in the model (since 1.4.0)
 *  17. Dropout (since 1.4.0)
 *  18. Reading a file's header: metadata and tensors (since 1.4.0)
 *
 * The model (notation of the course material):
 *   a_l = W_l h_{l-1} + b_l,  h_l = g_l(a_l),  l = 1..L,  h_0 = x,  yhat = h_L.
 * W_l is n_l x n_{l-1}, row-major: row j holds the weights into neuron j of
 * layer l. b_l has n_l entries. g_L is the output activation.
 *
 * Batches are row-major: a batch of B samples of width n is a B x n array,
 * one sample per row.
 *
 * Errors: every call that can fail returns an ffnn_status, and
 * ffnn_net_last_error() (or ffnn_last_error() for calls without a handle)
 * says what went wrong. A failed call leaves weights, gradients and
 * optimizer state untouched; the two exceptions are stated where they
 * happen (ffnn_forward forgets the last pass when x holds NaN; ffnn_train
 * refused half-way keeps the steps it took).
 *
 * ABI: enum values and status codes are append-only; the structs that
 * cross the ABI (ffnn_train_options, ffnn_train_report and, since 1.2.0,
 * ffnn_train_position; since 1.3.0, ffnn_comm) have frozen layouts; new
 * behaviour arrives as new functions, under a symbol version per minor release.
 */
#ifndef FFNN_H
#define FFNN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* FFNN_API marks the exported functions. Building the shared library defines
 * FFNN_BUILDING; consumers of the static library may define FFNN_STATIC. */
#if defined(_WIN32) && !defined(FFNN_STATIC)
#if defined(FFNN_BUILDING)
#define FFNN_API __declspec(dllexport)
#else
#define FFNN_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define FFNN_API __attribute__((visibility("default")))
#else
#define FFNN_API
#endif

/*======================================================================
 * 1. Version
 *====================================================================*/
#define FFNN_VERSION_MAJOR 1
#define FFNN_VERSION_MINOR 4
#define FFNN_VERSION_PATCH 0
#define FFNN_VERSION_NUMBER                                                    \
    (FFNN_VERSION_MAJOR * 10000 + FFNN_VERSION_MINOR * 100 + FFNN_VERSION_PATCH)

#define FFNN_STRINGIFY_(x) #x
#define FFNN_STRINGIFY(x)  FFNN_STRINGIFY_(x)
#define FFNN_VERSION_STRING                                                    \
    FFNN_STRINGIFY(FFNN_VERSION_MAJOR)                                         \
    "." FFNN_STRINGIFY(FFNN_VERSION_MINOR) "." FFNN_STRINGIFY(                 \
        FFNN_VERSION_PATCH)

/* Version of the library actually loaded: MAJOR*10000 + MINOR*100 + PATCH.
 * Compare with FFNN_VERSION_NUMBER to detect a header/library mismatch. */
FFNN_API unsigned ffnn_version_number(void);
/* The same as "MAJOR.MINOR.PATCH"; static storage. */
FFNN_API const char *ffnn_version_string(void);

/*======================================================================
 * 2. Status codes
 *====================================================================*/
typedef enum {
    FFNN_OK = 0,
    FFNN_ERR_ARG = 1,    /* NULL pointer, unknown enum value, index out of
                            range, bad hyper-parameter */
    FFNN_ERR_SHAPE = 2,  /* zero width or batch, sizes that overflow size_t
                            or exceed the BLAS integer range */
    FFNN_ERR_NOMEM = 3,  /* an allocation failed; nothing was changed */
    FFNN_ERR_STATE = 4,  /* call out of order (e.g. backward before forward) */
    FFNN_ERR_IO = 5,     /* reading or writing a file failed */
    FFNN_ERR_FORMAT = 6, /* malformed data */
    FFNN_ERR_NUMERIC = 7 /* NaN or infinity met in inputs or targets */
} ffnn_status;

/* Static text naming any status, e.g. "FFNN_ERR_SHAPE: bad shape". Never NULL:
 * an unknown value gives "unknown status". */
FFNN_API const char *ffnn_status_string(int status);

/*======================================================================
 * 3. Enumerations
 *====================================================================*/
typedef enum {
    FFNN_ACT_LINEAR = 0,  /* g(a) = a */
    FFNN_ACT_SIGMOID = 1, /* g(a) = 1 / (1 + e^-a) */
    FFNN_ACT_TANH = 2,    /* g(a) = tanh(a) */
    FFNN_ACT_RELU = 3,    /* g(a) = max(0, a); g'(0) is taken as 0 */
    FFNN_ACT_SOFTMAX =
        4, /* g(a)_j = e^{a_j} / sum_k e^{a_k}; output layer only */
    /* Since 1.4.0, with PyTorch's definitions and defaults: */
    FFNN_ACT_LEAKY_RELU = 5, /* a > 0 ? a : 0.01 a; g'(0) = 0.01 */
    FFNN_ACT_ELU = 6,        /* a > 0 ? a : e^a - 1 (alpha 1); g'(0) = 1 */
    FFNN_ACT_GELU = 7,       /* a Phi(a), Phi the normal CDF (erf form) */
    FFNN_ACT_SILU = 8,       /* a / (1 + e^-a) */
    FFNN_ACT_SOFTPLUS = 9    /* log(1 + e^a), and a above 20 */
} ffnn_activation;

/* Accuracy: where a layer computes 16 or more values at once (batch x
 * width), sigmoid, tanh and the exponential of softmax are ffnn's own
 * branch-free forms, which vectorise: exp and tanh within 1 ulp, sigmoid
 * within 2 ulp of the exact function, for every float input, with exact
 * limits (0 and 1, -1 and 1), tanh(-a) = -tanh(a), and the same floats on
 * every ISA. So are those of 1.4.0: ELU within 1 ulp, softplus 3 ulp,
 * SiLU 3 ulp for a > -87 (below, where it is denormal, |error| < 1e-40),
 * GELU 6 ulp for a > -13 (below, |error| < 1e-37); SiLU and GELU give
 * their limit -0 at -inf, where PyTorch gives NaN. Fewer
 * values (one sample through a narrow layer) use the C library's expf,
 * tanhf, expm1f, log1pf and erfc, which are faster on one value. */

/* Per-sample losses; ffnn_loss() reports their mean over the batch.
 *   MSE: sum_j (y_j - yhat_j)^2           any output activation
 *   BCE: -sum_j [y_j log yhat_j + (1 - y_j) log(1 - yhat_j)]   SIGMOID output
 *   CE:  -sum_j y_j log yhat_j            SOFTMAX output
 * BCE and CE are computed from the pre-activation (softplus and log-sum-exp
 * forms), so saturated outputs still give finite losses and gradients. */
typedef enum {
    FFNN_LOSS_MSE = 0,
    FFNN_LOSS_BCE = 1,
    FFNN_LOSS_CE = 2
} ffnn_loss_function;

typedef enum {
    FFNN_BACKEND_AUTO = 0, /* per layer and batch, the faster of the two */
    FFNN_BACKEND_BLAS = 1, /* OpenBLAS sgemm / sgemv / sger */
    FFNN_BACKEND_NAIVE = 2 /* plain loops: the reference */
} ffnn_backend;

typedef enum {
    FFNN_OPT_SGD = 0,      /* w <- w - eta g */
    FFNN_OPT_MOMENTUM = 1, /* v <- mu v + g;  w <- w - eta v */
    FFNN_OPT_NESTEROV = 2, /* v <- mu v + g;  w <- w - eta (g + mu v) */
    FFNN_OPT_ADAM = 3      /* see ffnn_set_optimizer_adam() */
} ffnn_optimizer;

/* The hyper-parameters ffnn_get_optimizer_param() reads. Since 1.1.0. */
typedef enum {
    FFNN_PARAM_MOMENTUM = 0,    /* mu: MOMENTUM and NESTEROV */
    FFNN_PARAM_BETA1 = 1,       /* ADAM */
    FFNN_PARAM_BETA2 = 2,       /* ADAM */
    FFNN_PARAM_EPSILON = 3,     /* ADAM */
    FFNN_PARAM_WEIGHT_DECAY = 4 /* lambda: every optimizer */
} ffnn_optimizer_param;

/* Names (since 1.4.0). The library owns the lowercase names that model
 * files, the command and the bindings use:
 *   activations  linear sigmoid tanh relu softmax leaky_relu elu gelu silu
 *                softplus
 *   losses       mse bce ce
 *   optimizers   sgd momentum nesterov adam
 *   backends     auto blas naive
 * *_name() returns a static string, or NULL for a value this library does
 * not know. *_from_name() sets *out to the value of name, which must be
 * one of these names exactly (as in a model file: "ReLU" is not relu); for
 * NULL arguments or another name it reports FFNN_ERR_ARG, with the known
 * names in the message (ffnn_last_error), and leaves *out unchanged. A
 * program lists the names by asking for values 0, 1, ... until NULL:
 * values are append-only and have no gaps. */
FFNN_API const char *ffnn_activation_name(int activation);
FFNN_API ffnn_status ffnn_activation_from_name(const char *name,
                                               ffnn_activation *out);
FFNN_API const char *ffnn_loss_name(int loss);
FFNN_API ffnn_status ffnn_loss_from_name(const char *name,
                                         ffnn_loss_function *out);
FFNN_API const char *ffnn_optimizer_name(int optimizer);
FFNN_API ffnn_status ffnn_optimizer_from_name(const char *name,
                                              ffnn_optimizer *out);
FFNN_API const char *ffnn_backend_name(int backend);
FFNN_API ffnn_status ffnn_backend_from_name(const char *name,
                                            ffnn_backend *out);

/*======================================================================
 * 4. Network lifecycle
 *====================================================================*/
typedef struct ffnn_net ffnn_net; /* opaque */

/* Create a network of L = n_layers >= 1 weight layers.
 *   sizes[0..L]         widths n_0 (inputs) .. n_L (outputs), each >= 1
 *   activations[0..L-1] g_1 .. g_L; the last is the output activation
 *   loss                CE needs a SOFTMAX output, BCE a SIGMOID output;
 *                       SOFTMAX is allowed on the output layer only
 *   seed                initial weights are a function of the seed alone,
 *                       bit-identical on every machine
 * Initialisation: biases are 0; W_l is uniform in [-r, r] with
 *   r = sqrt(6 / n_{l-1})          for the ReLU family (He): RELU, and
 *                                  since 1.4.0 LEAKY_RELU, ELU, GELU,
 *                                  SILU and SOFTPLUS,
 *   r = sqrt(6 / (n_{l-1} + n_l))  otherwise (Glorot): LINEAR, SIGMOID,
 *                                  TANH, SOFTMAX,
 * drawn row by row, layer by layer, from a SplitMix64 stream started at
 * seed: each draw d gives the float (2 * (d >> 40) * 2^-24 - 1) * r.
 * The optimizer is plain gradient descent, the backend AUTO.
 * On success *out is the new network; on failure *out is NULL and
 * ffnn_last_error() says why. */
FFNN_API ffnn_status ffnn_net_create(ffnn_net **out, size_t n_layers,
                                     const size_t *sizes,
                                     const ffnn_activation *activations,
                                     ffnn_loss_function loss, uint64_t seed);

/* Free a network and everything it owns. NULL is a no-op. */
FFNN_API void ffnn_net_destroy(ffnn_net *net);

/* A deep, independent copy: weights, gradients, optimizer and its state,
 * backend, and the last forward pass. A clone of a shared view (below) is a
 * full, trainable network. */
FFNN_API ffnn_status ffnn_net_clone(const ffnn_net *net, ffnn_net **out);

/* A view for inference that shares net's weights (no copy) and has its own
 * activation buffers: the way for many threads to run one model, a view
 * each. Views run ffnn_forward, ffnn_loss, ffnn_evaluate, ffnn_predict and
 * the getters; calls that would change weights, gradients or the optimizer
 * report FFNN_ERR_STATE. net must outlive its views and must not be
 * trained or changed while a view is in use. A view has its own (empty)
 * metadata and a zero training position; ffnn_save of it writes the shared
 * weights, and a checkpoint of it is FFNN_ERR_STATE (since 1.2.0). */
FFNN_API ffnn_status ffnn_net_share(const ffnn_net *net, ffnn_net **out);

/* L, the number of weight layers; 0 for NULL. */
FFNN_API size_t ffnn_net_num_layers(const ffnn_net *net);
/* n_l for 0 <= l <= L; 0 otherwise or for NULL. */
FFNN_API size_t ffnn_net_layer_size(const ffnn_net *net, size_t l);
/* g_l for 1 <= l <= L; -1 otherwise or for NULL. */
FFNN_API int ffnn_net_activation(const ffnn_net *net, size_t l);
/* The loss given at create; -1 for NULL. */
FFNN_API int ffnn_net_loss_function(const ffnn_net *net);
/* Number of trainable parameters, sum_l n_l (n_{l-1} + 1); 0 for NULL. */
FFNN_API size_t ffnn_net_num_params(const ffnn_net *net);
/* Rows of the last forward pass (what ffnn_loss, ffnn_backward and
 * ffnn_get_activations read or write); 0 if there is none or for NULL. */
FFNN_API size_t ffnn_net_batch(const ffnn_net *net);

/* The message of this handle's most recent failed call, "" if none has
 * failed (successful calls leave it as it is); "" for NULL. Valid until the
 * next call on the handle. */
FFNN_API const char *ffnn_net_last_error(const ffnn_net *net);

/* The message of the most recent failed call made by this thread, on any
 * handle or none (create, clone); "" if none. Thread-local. */
FFNN_API const char *ffnn_last_error(void);

/*======================================================================
 * 5. Parameters and activations
 *    W is n_l x n_{l-1} row-major, b has n_l entries; either may be NULL
 *    to skip it. Layer indices: 1 <= l <= L.
 *====================================================================*/
FFNN_API ffnn_status ffnn_get_layer(const ffnn_net *net, size_t l, float *W,
                                    float *b);
/* Replace W_l and/or b_l. Values must be finite (else FFNN_ERR_NUMERIC and
 * nothing changes). The last forward pass no longer matches the weights, so
 * ffnn_backward() needs a new ffnn_forward() first. */
FFNN_API ffnn_status ffnn_set_layer(ffnn_net *net, size_t l, const float *W,
                                    const float *b);
/* dL/dW_l and dL/db_l from the last ffnn_backward() (FFNN_ERR_STATE before
 * the first). These are gradients of the mean loss, without weight decay. */
FFNN_API ffnn_status ffnn_get_gradients(const ffnn_net *net, size_t l,
                                        float *dW, float *db);
/* a_l and h_l of the last forward pass, each batch x n_l, for 0 <= l <= L
 * (FFNN_ERR_STATE before the first forward pass). For l = 0 both are the
 * input x. */
FFNN_API ffnn_status ffnn_get_activations(const ffnn_net *net, size_t l,
                                          float *a, float *h);

/*======================================================================
 * 6. Forward pass, loss, backpropagation, update
 *====================================================================*/
/* Run x (batch x n_0) through the network; if y is not NULL, copy the output
 * yhat (batch x n_L) there. The activations are kept for ffnn_loss(),
 * ffnn_backward() and ffnn_get_activations(). The first call at a batch
 * larger than any before allocates the activation buffers (FFNN_ERR_NOMEM
 * if that fails); later calls at that size or smaller allocate nothing.
 * A NaN or infinity in x is FFNN_ERR_NUMERIC, and the last forward pass is
 * then forgotten. */
FFNN_API ffnn_status ffnn_forward(ffnn_net *net, const float *x, size_t batch,
                                  float *y);

/* Mean loss over the batch of the last forward pass against target
 * (batch x n_L), in *loss. */
FFNN_API ffnn_status ffnn_loss(ffnn_net *net, const float *target, float *loss);

/* Gradients of the mean loss of the last forward pass with respect to every
 * W_l and b_l, overwriting the previous ones. Needs a forward pass made with
 * the current weights (FFNN_ERR_STATE otherwise). A NaN or infinity in
 * target is FFNN_ERR_NUMERIC and leaves the previous gradients in place. */
FFNN_API ffnn_status ffnn_backward(ffnn_net *net, const float *target);

/* Apply the last gradients with the network's optimizer and learning rate
 * eta >= 0 (finite). FFNN_ERR_STATE before the first ffnn_backward(). A step
 * that would make any weight or optimizer state NaN or infinite is refused
 * with FFNN_ERR_NUMERIC, and nothing changes (not even Adam's step count).
 * The update is one pass over the parameters: bounds of |W|, of the state
 * and of the gradients (which the backward pass records) prove a sane step
 * finite, and only a step they cannot prove is checked value by value. */
FFNN_API ffnn_status ffnn_step(ffnn_net *net, float learning_rate);

/* One training step on a batch: ffnn_forward(), the mean loss before the
 * update in *loss (if loss is not NULL), backpropagation and the update with
 * the network's optimizer. With plain gradient descent the update is made
 * during backpropagation (the product giving dL/dW_l adds -eta dL/dW_l
 * straight into W_l), so no gradients are kept: ffnn_get_gradients() and
 * ffnn_step() report FFNN_ERR_STATE afterwards. With the other optimizers
 * the gradients are kept as after ffnn_backward(). A failed call leaves the
 * weights unchanged; as in ffnn_step(), a step that could make a weight NaN
 * or infinite is refused with FFNN_ERR_NUMERIC (the in-place SGD step checks
 * a bound, max|W| + eta batch max|dL/da| max|h| < FLT_MAX / 2, so it refuses
 * only absurd steps). This is the fast way to train. */
FFNN_API ffnn_status ffnn_train_step(ffnn_net *net, const float *x,
                                     const float *target, size_t batch,
                                     float learning_rate, float *loss);

/*======================================================================
 * 7. Optimizers
 *    Choosing an optimizer resets its state (velocities, moments, step
 *    count). Failed calls keep the previous optimizer.
 *====================================================================*/
/* Plain gradient descent, the default. */
FFNN_API ffnn_status ffnn_set_optimizer_sgd(ffnn_net *net);
/* Momentum 0 <= mu < 1 (PyTorch's convention: v <- mu v + g, w <- w - eta v);
 * nesterov != 0 uses w <- w - eta (g + mu v). */
FFNN_API ffnn_status ffnn_set_optimizer_momentum(ffnn_net *net, float momentum,
                                                 int nesterov);
/* Adam: m <- b1 m + (1-b1) g, v <- b2 v + (1-b2) g^2, t <- t + 1,
 * w <- w - eta (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
 * 0 <= b1, b2 < 1; eps > 0. Usual values: 0.9, 0.999, 1e-8. */
FFNN_API ffnn_status ffnn_set_optimizer_adam(ffnn_net *net, float beta1,
                                             float beta2, float epsilon);
/* L2 weight decay lambda >= 0 (default 0): each step uses g + lambda W for
 * the weights (not the biases), as PyTorch's weight_decay does. */
FFNN_API ffnn_status ffnn_set_weight_decay(ffnn_net *net, float lambda);
/* The optimizer in use; -1 for NULL. */
FFNN_API int ffnn_net_optimizer(const ffnn_net *net);
/* *value = the hyper-parameter of the optimizer in use, as it was set.
 * FFNN_ERR_STATE if that optimizer has no such parameter (beta1 of SGD,
 * say); FFNN_ERR_ARG for a NULL net or value, or an unknown param. *value
 * is written only on FFNN_OK. Since 1.1.0. */
FFNN_API ffnn_status ffnn_get_optimizer_param(const ffnn_net *net,
                                              ffnn_optimizer_param param,
                                              float *value);

/*======================================================================
 * 8. Execution backend
 *====================================================================*/
/* AUTO (default) picks per layer and batch: BLAS for large products, loops
 * for small ones, and for one sample through a network whose layers all have
 * fewer than 16 inputs, loops that fuse each phase of a step per layer.
 * BLAS and NAIVE force one path. All give the same results to float
 * rounding. */
FFNN_API ffnn_status ffnn_net_set_backend(ffnn_net *net, ffnn_backend backend);
/* The backend set; -1 for NULL. */
FFNN_API int ffnn_net_backend(const ffnn_net *net);

/*======================================================================
 * 9. Threads and memory
 *
 * A handle may be used by one thread at a time; separate handles are fully
 * independent, and so are views made by ffnn_net_share() while their
 * source is left alone: many threads infer on one model with a view each.
 * ffnn keeps no mutable global state but the allocator below, meant to be
 * set once at start (the error text of ffnn_last_error() is thread-local).
 * OpenBLAS runs its own thread pool for the BLAS calls: set its size with
 * the OPENBLAS_NUM_THREADS environment variable before start, or with
 * ffnn_set_num_threads() at run time. Results are the same run after run
 * for a fixed thread count. Inside a program that is already
 * multi-threaded, 1 keeps the cores from being oversubscribed.
 *
 * A network's parameters, gradients and optimizer state are allocated at
 * create (optimizer state when the optimizer is chosen); activation buffers
 * are sized for the largest batch seen. ffnn_forward, ffnn_loss,
 * ffnn_backward, ffnn_step and ffnn_train_step do not allocate once that
 * batch is reached.
 *====================================================================*/

/* Set the number of threads OpenBLAS runs each BLAS call on, n >= 1
 * (FFNN_ERR_ARG otherwise, and nothing changes). This is OpenBLAS's
 * setting, not the handle's: it applies to every network, and to other
 * code of the process that calls OpenBLAS. OpenBLAS caps n at the count it
 * was built for (1 for its serial build); with the pthreads build (Debian's
 * default) the count is one for the whole process, with the OpenMP build it
 * is OpenMP's count of the calling thread. Do not call it while another
 * thread calls ffnn. Since 1.1.0. */
FFNN_API ffnn_status ffnn_set_num_threads(int n);

/* The number of threads OpenBLAS runs each BLAS call on now (in an OpenMP
 * build, as last set or synced by a BLAS call). Since 1.1.0. */
FFNN_API int ffnn_num_threads(void);

/* Bytes of memory the network holds now: handle, parameters, gradients,
 * optimizer state and activation buffers. 0 for NULL. */
FFNN_API size_t ffnn_net_memory(const ffnn_net *net);

/* An allocator for embedders: alloc(user, size) returns memory or NULL;
 * free(user, p) releases it (p is never NULL). */
typedef void *(*ffnn_alloc_fn)(void *user, size_t size);
typedef void (*ffnn_free_fn)(void *user, void *ptr);

/* Route every allocation ffnn makes from now on through alloc and free;
 * both NULL restores malloc and free. Each block remembers the allocator
 * that made it and returns to it, so changing the allocator while networks
 * exist is safe; but this is ffnn's one process-wide setting, so do not
 * change it while another thread calls ffnn. Only one of the two NULL is
 * FFNN_ERR_ARG. */
FFNN_API ffnn_status ffnn_set_allocator(ffnn_alloc_fn alloc, ffnn_free_fn free,
                                        void *user);

/*======================================================================
 * 10. Training on a data set
 *     x is n x n_0 and y is n x n_L, row-major, one sample per row.
 *====================================================================*/

/* What ffnn_train reports to its callback and at the end. Layout frozen:
 * fields are never added, removed or reordered. */
typedef struct ffnn_train_report {
    size_t epoch;              /* 1-based epoch under way (or last done) */
    size_t epochs;             /* epochs asked for */
    size_t batches_done;       /* mini-batches done in this epoch */
    size_t batches;            /* mini-batches per epoch */
    double train_loss;         /* mean loss over this epoch's batches so far */
    double train_accuracy;     /* over the epoch so far, see ffnn_evaluate */
    double val_loss;           /* on the held-out samples after the epoch; */
    double val_accuracy;       /*   NaN during an epoch or with none held out */
    double samples_per_second; /* training throughput so far this epoch */
    int epoch_end;             /* 1 when called at the end of an epoch */
    int stopped;               /* 1 if the callback asked to stop */
} ffnn_train_report;

/* Called every report_every batches and at every epoch's end; a nonzero
 * return stops training after the current batch (ffnn_train returns
 * FFNN_OK with report.stopped = 1). The callback may read and save the
 * network (ffnn_save_checkpoint() there writes a checkpoint that
 * ffnn_train_resume() continues from) and set its metadata, but must not
 * change its parameters, optimizer or training position. */
typedef int (*ffnn_train_callback)(void *user, const ffnn_train_report *r);

/* Options of ffnn_train. Layout frozen. Start from ffnn_train_defaults(). */
typedef struct ffnn_train_options {
    size_t batch_size;            /* samples per step; default 32 */
    size_t epochs;                /* default 1 */
    float learning_rate;          /* default 0.01; the optimizer is the net's */
    float validation_fraction;    /* in [0, 1): the LAST round(f n) samples are
                                     held out, before any shuffling; default 0 */
    uint64_t seed;                /* shuffling; default 0 */
    int shuffle;                  /* nonzero: new order every epoch (the
                                     training rows in their order, permuted by
                                     a Fisher-Yates shuffle from the seed's
                                     stream); default 1 */
    size_t report_every;          /* batches between callback calls; 0: epoch
                                     ends only; default 0 */
    ffnn_train_callback callback; /* may be NULL */
    void *user;                   /* passed to callback */
} ffnn_train_options;

/* Fill *options with the defaults above. */
FFNN_API void ffnn_train_defaults(ffnn_train_options *options);

/* Train for options->epochs over the n samples with mini-batches (the last
 * one of an epoch may be smaller), using ffnn_train_step. If report is not
 * NULL it receives the final report. Allocates a mini-batch buffer and a
 * shuffle index for the call, and the activation buffers it will need,
 * before the first step. Bad data (NaN, infinity) is FFNN_ERR_NUMERIC and
 * bad options FFNN_ERR_ARG before any step is taken. A step refused on the
 * way (see ffnn_train_step) ends training with FFNN_ERR_NUMERIC, the
 * weights being those after the last good step. Since 1.2.0 it starts the
 * network's training position (section 12) from zero and advances it after
 * every step, as ffnn_train_resume() does; each epoch's order is the
 * training rows permuted afresh (1.1 permuted the previous epoch's order). */
FFNN_API ffnn_status ffnn_train(ffnn_net *net, const float *x, const float *y,
                                size_t n, const ffnn_train_options *options,
                                ffnn_train_report *report);

/* Mean loss and accuracy of the network on n samples (in chunks, so n may
 * be large). Accuracy: with one output, (yhat > 0.5) == (y > 0.5); with
 * several, argmax yhat == argmax y. Either out-pointer may be NULL. */
FFNN_API ffnn_status ffnn_evaluate(ffnn_net *net, const float *x,
                                   const float *y, size_t n, double *loss,
                                   double *accuracy);

/* Outputs for n samples into y (n x n_L), in chunks. */
FFNN_API ffnn_status ffnn_predict(ffnn_net *net, const float *x, size_t n,
                                  float *y);

/*======================================================================
 * 11. Model files (safetensors)
 *
 * The format is safetensors: an 8-byte little-endian header length N, N
 * bytes of JSON, then raw little-endian F32 data. Tensors are
 * "layers.{l}.weight" (n_l x n_{l-1}) and "layers.{l}.bias" (n_l) for
 * l = 1..L. "__metadata__" holds strings: "format" = "ffnn",
 * "format_version" = "1", "sizes" = "4,4,1", "activations" =
 * "sigmoid,sigmoid" (linear|sigmoid|tanh|relu|softmax), "loss" = "bce"
 * (mse|bce|ce), "ffnn_version" = the writer's version, e.g. "1.2.0", and
 * the user's own keys (ffnn_set_metadata(), "user." first).
 *
 * Two kinds of file:
 *   - a model (ffnn_save): the architecture, the weights and the user's
 *     metadata; every ffnn 1.x reads it. For deployment and for PyTorch.
 *   - a checkpoint (ffnn_save_checkpoint, since 1.2.0): a model plus the
 *     optimizer and the training position, so that training continues
 *     exactly. Metadata "optimizer" = "sgd"|"momentum"|"nesterov"|"adam",
 *     its hyper-parameters "optimizer.momentum", "optimizer.beta1",
 *     "optimizer.beta2", "optimizer.epsilon", "optimizer.weight_decay"
 *     (those the optimizer has, as decimal text that reads back to the
 *     same float), Adam's step count "optimizer.step", and the position
 *     "train.epoch", "train.batch", "train.rng", "train.seen",
 *     "train.correct", "train.loss_sum" (section 12). The state is stored
 *     as tensors beside each parameter, under PyTorch's names:
 *     "layers.{l}.weight.momentum_buffer" and ".bias.momentum_buffer"
 *     (MOMENTUM and NESTEROV: v), "layers.{l}.weight.exp_avg" and
 *     "...exp_avg_sq" and the same for ".bias" (ADAM: m and v).
 *     While a run with early stopping is under way (section 15), its best
 *     epoch "train.best_epoch", the value then "train.best_value" and,
 *     if it restores them, that epoch's weights "best.layers.{l}.weight"
 *     and "best.layers.{l}.bias" (since 1.4.0).
 * Loading either gives the AUTO backend and no gradients nor forward pass;
 * a model gives plain gradient descent and a zero training position.
 *
 * What a reader does not know: it ignores metadata keys it does not know
 * and tensors whose names start with neither "layers." nor "best." (their
 * bytes must still lie inside the data, without overlap). It refuses, with
 * FFNN_ERR_FORMAT, a "format_version" above its own, an unknown optimizer,
 * a tensor under "layers." or "best." it does not know, best weights
 * without their epoch, and state tensors that do not match the optimizer.
 * So ffnn 1.0 and 1.1 read a 1.2 model, and refuse a
 * checkpoint with momentum or Adam state rather than drop it. A future
 * addition that an older reader must not ignore raises "format_version".
 *
 * Loading checks every length, offset, dtype and shape before trusting it:
 * a damaged file is FFNN_ERR_FORMAT (FFNN_ERR_IO if it cannot be read)
 * with a message naming what is wrong.
 *
 * Saving to a path is atomic: the bytes go to a new file in the target's
 * directory (unnamed where the file system allows, else ".NAME.tmp-*"),
 * which is flushed with fsync, renamed over path, and the directory synced.
 * At every instant path holds the complete old file or the complete new
 * one, also if the process is killed or the machine stops. An existing
 * file keeps its permissions; a new one gets 0666 less the umask. A failed
 * save (no space, a file size limit, no permission) leaves the old file as
 * it was and no temporary file, and is FFNN_ERR_IO with the system's
 * reason. A symbolic link at path is replaced, not followed.
 *====================================================================*/
FFNN_API ffnn_status ffnn_save(const ffnn_net *net, const char *path);
/* Reads a model or a checkpoint, as above. */
FFNN_API ffnn_status ffnn_load(const char *path, ffnn_net **out);
FFNN_API ffnn_status ffnn_load_buffer(const void *data, size_t size,
                                      ffnn_net **out);
/* Serialise into buf. *size receives the bytes needed; with buf NULL only
 * that happens (FFNN_OK). A capacity below the size needed is FFNN_ERR_ARG
 * and nothing is written. */
FFNN_API ffnn_status ffnn_save_buffer(const ffnn_net *net, void *buf,
                                      size_t capacity, size_t *size);
/* A checkpoint: the model, the optimizer with its state and step count,
 * and the training position. ffnn_load() of it gives a network whose next
 * steps are bit-identical to those the saved one would have taken. Since
 * 1.2.0. */
FFNN_API ffnn_status ffnn_save_checkpoint(const ffnn_net *net,
                                          const char *path);
/* The same into buf, with ffnn_save_buffer()'s rules. Since 1.2.0. */
FFNN_API ffnn_status ffnn_save_checkpoint_buffer(const ffnn_net *net, void *buf,
                                                 size_t capacity, size_t *size);

/*======================================================================
 * 12. Checkpoints: training position, metadata, resuming (since 1.2.0)
 *
 * A checkpoint (section 11) holds what a training loop needs to continue
 * as if it had never stopped. For ffnn_train that is the position below;
 * a loop of one's own keeps its counters in the metadata.
 *====================================================================*/

/* Where ffnn_train / ffnn_train_resume are in a run. Layout frozen. The
 * shuffling generator is SplitMix64, whose whole state is one integer. */
typedef struct ffnn_train_position {
    uint64_t epoch;   /* epochs completed */
    uint64_t batch;   /* mini-batches completed of the epoch under way */
    uint64_t rng;     /* the shuffling state at the start of that epoch;
                         at epoch 0 batch 0, options->seed is used */
    uint64_t seen;    /* samples that epoch has trained on so far */
    uint64_t correct; /* of those, the ones predicted right */
    double loss_sum;  /* sum over its batches of mean loss x rows */
} ffnn_train_position;

/* *out = the network's position: zero for a new network, advanced by
 * every step of ffnn_train and ffnn_train_resume, set by loading a
 * checkpoint. */
FFNN_API ffnn_status ffnn_get_train_position(const ffnn_net *net,
                                             ffnn_train_position *out);
/* Set the position, e.g. to zero to train again from the start. loss_sum
 * must be finite (else FFNN_ERR_ARG); the other values are checked by
 * ffnn_train_resume against its data. */
FFNN_API ffnn_status ffnn_set_train_position(ffnn_net *net,
                                             const ffnn_train_position *pos);

/* How the samples held out for validation are chosen. */
typedef enum {
    FFNN_SPLIT_LAST = 0,      /* the last round(f n) rows (ffnn_train's) */
    FFNN_SPLIT_SHUFFLED = 1,  /* round(f n) rows drawn with the seed */
    FFNN_SPLIT_STRATIFIED = 2 /* drawn class by class, so that every class
                                 keeps its share: the class of a row is
                                 argmax y, or y > 0.5 with one output */
} ffnn_validation_split;

/* The split ffnn_train_resume makes of n rows: order[0 .. n - n_val) are
 * the training rows, order[n - n_val .. n) the held-out ones, each part in
 * increasing row order, n_val = round(fraction n). y (n x n_L) is read for
 * STRATIFIED only and may be NULL otherwise. Stratified: each class holds
 * out floor(fraction n_c) rows, and the rows left to reach n_val go to the
 * classes with the largest remainders (the lower class first on a tie);
 * rows are drawn by a shuffle from seed. The same seed gives the same
 * split everywhere. Data that is reordered so (training rows first) trains
 * with FFNN_SPLIT_LAST exactly as the original does with split. */
FFNN_API ffnn_status ffnn_split_rows(const ffnn_net *net, const float *y,
                                     size_t n, float fraction,
                                     ffnn_validation_split split, uint64_t seed,
                                     size_t *order);

/* ffnn_train from the network's training position, with the held-out rows
 * chosen by split (from options->seed): the epochs not yet completed up to
 * options->epochs, the epoch under way from its next batch. With the same
 * network state (a checkpoint), data and options, the weights, optimizer
 * state and reports are bit-identical to those of a run never stopped
 * (samples_per_second aside). A position beyond the data (a batch past the
 * epoch's last, more samples seen than it holds) is FFNN_ERR_ARG; one that
 * is complete (epoch >= options->epochs) returns FFNN_OK at once, with a
 * report of epoch = position.epoch and NaN losses. ffnn_train(...) is
 * ffnn_set_train_position(zero) followed by ffnn_train_resume(...,
 * FFNN_SPLIT_LAST, ...). */
FFNN_API ffnn_status ffnn_train_resume(ffnn_net *net, const float *x,
                                       const float *y, size_t n,
                                       const ffnn_train_options *options,
                                       ffnn_validation_split split,
                                       ffnn_train_report *report);

/* Attach metadata to the network: key must start with "user." (ffnn owns
 * every other name) and be at most 255 bytes; key and value are UTF-8
 * (else FFNN_ERR_ARG). A value replaces the key's old one; value NULL
 * removes the key. Saved in models and checkpoints (as __metadata__
 * strings), restored by loading, copied by ffnn_net_clone. */
FFNN_API ffnn_status ffnn_set_metadata(ffnn_net *net, const char *key,
                                       const char *value);
/* The value of key, or NULL if the network has none; valid until the key
 * is set again or the network destroyed. */
FFNN_API const char *ffnn_get_metadata(const ffnn_net *net, const char *key);

/*======================================================================
 * 13. Outside training loops: flat vectors, optimizer state (since 1.3.0)
 *
 * What a loop of one's own needs to move a network's numbers in and out
 * at once, e.g. to sum gradients over processes: every parameter, every
 * gradient and the optimizer state as flat float vectors, in one order:
 *   W_1 (n_1 x n_0, row-major), b_1, W_2, b_2, ..., W_L, b_L,
 * P = ffnn_net_num_params(net) floats. n must be P (FFNN_ERR_SHAPE
 * otherwise), so that a vector sized for another network is refused.
 *====================================================================*/

/* Copy every parameter into params[0..P). */
FFNN_API ffnn_status ffnn_get_param_vector(const ffnn_net *net, float *params,
                                           size_t n);
/* Replace every parameter. Values must be finite (else FFNN_ERR_NUMERIC and
 * nothing changes); as after ffnn_set_layer, ffnn_backward needs a new
 * forward pass, and the gradients of the last backward pass are forgotten
 * (they belong to the old weights). */
FFNN_API ffnn_status ffnn_set_param_vector(ffnn_net *net, const float *params,
                                           size_t n);
/* Copy the gradients of the last ffnn_backward (or of the last
 * ffnn_set_gradient_vector) into grads[0..P): FFNN_ERR_STATE if there are
 * none, as for ffnn_get_gradients. */
FFNN_API ffnn_status ffnn_get_gradient_vector(const ffnn_net *net, float *grads,
                                              size_t n);
/* Make grads[0..P) the gradients that the next ffnn_step applies, with the
 * network's optimizer, weight decay and learning rate, exactly as if
 * ffnn_backward had computed them: the way to apply gradients reduced
 * elsewhere (summed over processes, accumulated over batches, clipped).
 * Values must be finite (else FFNN_ERR_NUMERIC and nothing changes). The
 * forward pass is left as it was. */
FFNN_API ffnn_status ffnn_set_gradient_vector(ffnn_net *net, const float *grads,
                                              size_t n);

/* Floats of optimizer state: 0 for SGD, P for MOMENTUM and NESTEROV (the
 * velocity v), 2P for ADAM (the first moment m, then the second v), each
 * part in the parameter order above; 0 for NULL. */
FFNN_API size_t ffnn_optimizer_state_size(const ffnn_net *net);
/* Copy the state into state[0..n), n = ffnn_optimizer_state_size (state
 * may be NULL when that is 0), and Adam's step count t (the number of
 * steps taken since the optimizer was chosen; 0 for the others) into
 * *step if step is not NULL. */
FFNN_API ffnn_status ffnn_get_optimizer_state(const ffnn_net *net, float *state,
                                              size_t n, uint64_t *step);
/* Replace the state and step count of the optimizer in use, e.g. with
 * what ffnn_get_optimizer_state gave on another process. Values must be
 * finite and Adam's second moments >= 0 (else FFNN_ERR_NUMERIC); step must
 * be 0 for an optimizer without one (else FFNN_ERR_ARG). Nothing changes
 * on failure. */
FFNN_API ffnn_status ffnn_set_optimizer_state(ffnn_net *net, const float *state,
                                              size_t n, uint64_t step);

/*======================================================================
 * 14. Data-parallel training over a communicator (since 1.3.0)
 *
 * N processes ("ranks") each hold a replica of the network. Every global
 * mini-batch of G rows is split over the ranks; each rank backpropagates
 * its b_r rows, the gradients are summed weighted by b_r / G (so uneven
 * splits, and ranks with no rows, are right), and every replica takes the
 * same step. Weight decay is applied once, by the step. N ranks so equal
 * one process training on the same global batch, to float rounding; the
 * replicas stay bitwise equal to each other.
 *
 * ffnn itself knows no transport: the caller supplies the collectives in
 * an ffnn_comm. The ffnn_mpi library (ffnn_mpi.h) fills one from an
 * MPI communicator; tests fill one with threads.
 *
 * Rules, as for MPI collectives: every rank makes the same ffnn_comm_*
 * calls in the same order. Each call first checks, across the ranks, that
 * the replicas agree (architecture, optimizer and its hyper-parameters,
 * learning rate; for ffnn_comm_train also the options, the data, by a hash
 * of x and y, the training position and the weights themselves), then
 * that every rank's own checks passed. A failure on any rank (bad data, a
 * refused step, ranks that disagree) is returned on every rank with the
 * same status and the message "rank R: ..." of the lowest failing rank. A
 * call that fails changes no replica's weights, optimizer state or
 * training position, but for ffnn_comm_train refused half-way, which keeps
 * the steps it took, as ffnn_train does, on every rank alike. No rank is
 * left waiting, unless the transport itself fails: a collective that
 * returns nonzero ends the call with FFNN_ERR_IO, and the replicas are then
 * not known to agree.
 *
 * Cost per step on several ranks: the ranks' own forward and backward
 * passes, one sum of the gradients (P floats), two small sums of doubles
 * (the agreement, and the gradients' bounds that prove the step finite),
 * and ffnn_step's pass. Nothing is allocated but what ffnn_train_step
 * allocates (activation buffers for a batch larger than any before).
 *====================================================================*/

/* The collectives, supplied by the caller. Layout frozen. Each returns 0
 * on success. A sum must give every rank the same bits (MPI_Allreduce
 * does). */
typedef struct ffnn_comm {
    int rank;   /* this process, 0 .. size - 1 */
    int size;   /* ranks taking part, >= 1 */
    void *user; /* passed to the functions below */
    /* buf[0..n) on every rank becomes the sum over the ranks. */
    int (*sum_floats)(void *user, float *buf, size_t n);
    int (*sum_doubles)(void *user, double *buf, size_t n);
    /* buf[0..bytes) of rank root is copied to every other rank. */
    int (*broadcast)(void *user, void *buf, size_t bytes, int root);
} ffnn_comm;

/* Make every replica rank 0's: its weights, optimizer with its state and
 * step count, training position and metadata (each rank keeps its own
 * backend). The ranks' networks must have the same architecture (else
 * FFNN_ERR_SHAPE on all). Call it once at the start, before training; it
 * allocates a copy of rank 0's checkpoint (ffnn_save_checkpoint_buffer)
 * for the call. */
FFNN_API ffnn_status ffnn_comm_broadcast(ffnn_net *net, const ffnn_comm *comm);

/* One data-parallel training step: this rank's rows of the global batch
 * are x (rows x n_0) and target (rows x n_L); rows may be 0 (x and target
 * may then be NULL), as long as G, the sum over the ranks, is not. The
 * result equals ffnn_train_step on the G rows of every rank in rank order,
 * to float rounding; *loss (if not NULL) receives the mean loss of the
 * global batch, on every rank. On one rank it is ffnn_train_step itself,
 * bit for bit. On several, the gradients are stored as after
 * ffnn_backward, summed (ffnn_get_gradient_vector reads the global ones);
 * on failure they are forgotten (ffnn_step then reports FFNN_ERR_STATE). */
FFNN_API ffnn_status ffnn_comm_train_step(ffnn_net *net, const ffnn_comm *comm,
                                          const float *x, const float *target,
                                          size_t rows, float learning_rate,
                                          float *loss);

/* ffnn_train_resume, data-parallel: every rank passes the same n samples
 * (the whole data set) and options, and trains on its share of each
 * mini-batch: rank r of N takes rows [floor(r B / N), floor((r+1) B / N))
 * of a batch of B. The split, the shuffle and the training position are
 * ffnn_train_resume's, the same on every rank; the report's losses and
 * accuracies (training and validation, which is also split over the
 * ranks) are those of all ranks together, so the report equals
 * ffnn_train_resume's but for rounding (and samples_per_second, each
 * rank's own). The callback is called on every rank at the same points
 * with the same report; training stops if any rank's callback asks to.
 * Checkpoints are the caller's to write, from one rank: every replica
 * holds the same state. The replicas must agree before the call (call
 * ffnn_comm_broadcast first): a difference in weights is FFNN_ERR_STATE
 * on all ranks. With one rank the weights, state and report equal
 * ffnn_train_resume's bit for bit. */
FFNN_API ffnn_status ffnn_comm_train_resume(
    ffnn_net *net, const ffnn_comm *comm, const float *x, const float *y,
    size_t n, const ffnn_train_options *options, ffnn_validation_split split,
    ffnn_train_report *report);

/* ffnn_comm_train_resume from a zero training position with
 * FFNN_SPLIT_LAST: the data-parallel ffnn_train. */
FFNN_API ffnn_status ffnn_comm_train(ffnn_net *net, const ffnn_comm *comm,
                                     const float *x, const float *y, size_t n,
                                     const ffnn_train_options *options,
                                     ffnn_train_report *report);

/*======================================================================
 * 15. Training setups: options set by key, schedules, early stopping
 *     (since 1.4.0)
 *
 * ffnn_train_options and ffnn_train_report are frozen, so they cannot
 * grow. A setup can: it is an opaque handle whose options are set by key,
 * and whose results are read by key. The rule, as for every enum here:
 * keys are append-only; a key is never renumbered or removed, and its
 * meaning and default never change; a new key's default is the behaviour
 * of a library without it. A key this library does not know is
 * FFNN_ERR_ARG ("unknown key N"), so a program built against a newer
 * header learns at once what the library lacks. (Keyed setters rather
 * than a size-prefixed struct: the bindings, which cannot see C structs,
 * set options by name through ffnn_train_key_from_name(), and a struct
 * would still need a new function for each new result.)
 *
 * A setup is used by one call at a time; it may be reused for many runs
 * and networks. The results of a run are read from the setup after it,
 * or during it from the callback (the setup can be the user pointer).
 *====================================================================*/
typedef struct ffnn_train_setup ffnn_train_setup; /* opaque */

/* The options. "Integer" keys take integral values; "flag" keys 0 or 1. */
typedef enum {
    /* those of ffnn_train_options, with its defaults */
    FFNN_TRAIN_BATCH_SIZE = 0,          /* integer >= 1; default 32 */
    FFNN_TRAIN_EPOCHS = 1,              /* integer >= 1; default 1 */
    FFNN_TRAIN_LEARNING_RATE = 2,       /* eta, the base rate; default 0.01 */
    FFNN_TRAIN_VALIDATION_FRACTION = 3, /* in [0, 1); default 0 */
    FFNN_TRAIN_SEED = 4,                /* integer; default 0 */
    FFNN_TRAIN_SHUFFLE = 5,             /* flag; default 1 */
    FFNN_TRAIN_REPORT_EVERY = 6,        /* integer; default 0 */
    /* ffnn_train_resume's argument: an ffnn_validation_split; LAST */
    FFNN_TRAIN_VALIDATION_SPLIT = 7,
    /* flag: 1 continues from the network's training position, as
     * ffnn_train_resume(); 0 starts from zero, as ffnn_train(); default 0 */
    FFNN_TRAIN_RESUME = 8,
    /* The learning-rate schedule: the rate of epoch e (1-based) of E. A
     * warm-up of W epochs climbs linearly, eta e / (W + 1); then, with
     * k = e - W - 1 the epochs after it and T = E - W:
     *   CONSTANT  eta
     *   STEP      eta * factor^floor(k / step_epochs)  (PyTorch's StepLR)
     *   COSINE    eta_min + (eta - eta_min) (1 + cos(pi k / T)) / 2
     *             (PyTorch's CosineAnnealingLR with T_max = T) */
    FFNN_TRAIN_SCHEDULE = 9,           /* an ffnn_schedule; CONSTANT */
    FFNN_TRAIN_WARMUP_EPOCHS = 10,     /* integer W < E; default 0 */
    FFNN_TRAIN_STEP_EPOCHS = 11,       /* integer >= 1; default 10 */
    FFNN_TRAIN_STEP_FACTOR = 12,       /* in (0, 1]; default 0.1 */
    FFNN_TRAIN_MIN_LEARNING_RATE = 13, /* eta_min in [0, eta]; default 0 */
    /* Early stopping, as Keras's EarlyStopping and scikit-learn's
     * n_iter_no_change: after each epoch the monitored value improves if
     * it beats the best so far by more than min_delta; after `patience`
     * epochs without improvement training ends (result STOPPED_EARLY), and
     * with RESTORE_BEST the weights are those of the best epoch (the
     * optimizer's state stays the last epoch's). Validation monitors need
     * a validation fraction. Patience 0 never stops. The network keeps
     * the run's best epoch, its value and (with RESTORE_BEST) its weights
     * beside the training position, and so do its checkpoints and clones:
     * a run with patience stopped anywhere (by its callback, a signal, a
     * killed process) and resumed ends as if it had never stopped, and a
     * resumed run that had stopped early stops again at once. Resuming
     * with patience a run that ran without it, or without RESTORE_BEST
     * for one that restores, is FFNN_ERR_STATE. */
    FFNN_TRAIN_PATIENCE = 14,    /* integer; default 0 (off) */
    FFNN_TRAIN_MIN_DELTA = 15,   /* >= 0; default 0 */
    FFNN_TRAIN_MONITOR = 16,     /* an ffnn_monitor; VAL_LOSS */
    FFNN_TRAIN_RESTORE_BEST = 17 /* flag; default 1 */
} ffnn_train_key;

typedef enum {
    FFNN_SCHEDULE_CONSTANT = 0,
    FFNN_SCHEDULE_STEP = 1,
    FFNN_SCHEDULE_COSINE = 2
} ffnn_schedule;

typedef enum {
    FFNN_MONITOR_VAL_LOSS = 0,     /* lower is better */
    FFNN_MONITOR_VAL_ACCURACY = 1, /* higher is better */
    FFNN_MONITOR_TRAIN_LOSS = 2    /* the epoch's mean training loss */
} ffnn_monitor;

/* What a run leaves in its setup, read with ffnn_train_setup_result(). */
typedef enum {
    FFNN_RESULT_LEARNING_RATE = 0, /* the rate of the epoch under way or last */
    FFNN_RESULT_BEST_EPOCH = 1,    /* 1-based, of the monitored value; 0 if
                                      none (no patience, or no epoch yet) */
    FFNN_RESULT_BEST_VALUE = 2,    /* that value; NaN if none */
    FFNN_RESULT_STOPPED_EARLY = 3, /* 1 if patience ran out, else 0 */
    FFNN_RESULT_RESTORED = 4       /* 1 if the best epoch's weights were put
                                      back at the end, else 0 */
} ffnn_train_result;

/* A setup with every default; FFNN_ERR_NOMEM, *out NULL, if it cannot be
 * allocated. destroy(NULL) is harmless. */
FFNN_API ffnn_status ffnn_train_setup_create(ffnn_train_setup **out);
FFNN_API void ffnn_train_setup_destroy(ffnn_train_setup *setup);

/* Set an option. FFNN_ERR_ARG, and nothing changes, for an unknown key or
 * a value outside the key's range (an integer key's value must be an
 * integer; set_u64 takes seeds above 2^53 exactly, and any integer key). */
FFNN_API ffnn_status ffnn_train_setup_set(ffnn_train_setup *setup, int key,
                                          double value);
FFNN_API ffnn_status ffnn_train_setup_set_u64(ffnn_train_setup *setup, int key,
                                              uint64_t value);
/* Read an option back (get_u64: integer keys only). */
FFNN_API ffnn_status ffnn_train_setup_get(const ffnn_train_setup *setup,
                                          int key, double *value);
FFNN_API ffnn_status ffnn_train_setup_get_u64(const ffnn_train_setup *setup,
                                              int key, uint64_t *value);
/* The callback and its user pointer (ffnn_train_options' pair). */
FFNN_API ffnn_status ffnn_train_setup_set_callback(ffnn_train_setup *setup,
                                                   ffnn_train_callback fn,
                                                   void *user);
/* Weights of the training rows in the loss and its gradient: row i counts
 * c_i = sample_weights[i] class_weights[class of row i] (1 where either is
 * not set), and a batch's loss is sum_i c_i l_i / sum_i c_i: PyTorch's
 * weight= with reduction "mean" for class weights, the weighted mean for
 * sample weights. A batch whose c_i are all 0 takes no step. The class of
 * a row is argmax y, or y > 0.5 with one output (as ffnn_evaluate counts).
 * sample_weights has one value per row of the data (its order, before any
 * split or shuffle), class_weights one per class: n_L, or 2 with one
 * output; the run checks both counts (FFNN_ERR_SHAPE). Values must be
 * finite and >= 0 (FFNN_ERR_ARG, nothing changes). The setup keeps a copy;
 * NULL removes them. The training loss reported is the weighted one; the
 * validation loss and accuracies are not weighted. */
FFNN_API ffnn_status ffnn_train_setup_set_sample_weights(
    ffnn_train_setup *setup, const float *sample_weights, size_t n);
FFNN_API ffnn_status ffnn_train_setup_set_class_weights(
    ffnn_train_setup *setup, const float *class_weights, size_t k);
/* A result of the last run (or of the run under way, from its callback). */
FFNN_API ffnn_status ffnn_train_setup_result(const ffnn_train_setup *setup,
                                             int key, double *value);

/* The lowercase names of the keys ("learning_rate", "patience", ...: the
 * enumerator without FFNN_TRAIN_), schedules ("constant", "step",
 * "cosine") and monitors ("val_loss", "val_accuracy", "train_loss"), as in
 * section 3: NULL for an unknown value; FFNN_ERR_ARG for an unknown name. */
FFNN_API const char *ffnn_train_key_name(int key);
FFNN_API ffnn_status ffnn_train_key_from_name(const char *name,
                                              ffnn_train_key *out);
FFNN_API const char *ffnn_schedule_name(int schedule);
FFNN_API ffnn_status ffnn_schedule_from_name(const char *name,
                                             ffnn_schedule *out);
FFNN_API const char *ffnn_monitor_name(int monitor);
FFNN_API ffnn_status ffnn_monitor_from_name(const char *name,
                                            ffnn_monitor *out);

/* ffnn_train (RESUME 0) or ffnn_train_resume (RESUME 1) with the setup's
 * options: the same checks, steps, reports and training position, plus
 * the schedule and early stopping. The setup's results are reset at the
 * start. With the defaults it is ffnn_train, bit for bit. */
FFNN_API ffnn_status ffnn_train_run(ffnn_net *net, ffnn_train_setup *setup,
                                    const float *x, const float *y, size_t n,
                                    ffnn_train_report *report);
/* The same over a communicator, as ffnn_comm_train (section 14): every
 * rank passes an equal setup (its options are part of what ranks agree
 * on). */
FFNN_API ffnn_status ffnn_comm_train_run(ffnn_net *net, const ffnn_comm *comm,
                                         ffnn_train_setup *setup,
                                         const float *x, const float *y,
                                         size_t n, ffnn_train_report *report);

/* Set a hyper-parameter of the optimizer in use, the getter's pair
 * (section 7): momentum in [0, 1) for MOMENTUM and NESTEROV; beta1, beta2
 * in [0, 1) and epsilon > 0 for ADAM; weight decay >= 0 for any. The
 * optimizer's state is kept. FFNN_ERR_STATE for a parameter the optimizer
 * in use does not have, FFNN_ERR_ARG for a value out of range; nothing
 * changes then. */
FFNN_API ffnn_status ffnn_set_optimizer_param(ffnn_net *net,
                                              ffnn_optimizer_param param,
                                              float value);

/*======================================================================
 * 16. Scaling stored in the model (since 1.4.0)
 *
 * With input scaling, every call that takes samples (ffnn_forward,
 * ffnn_train_step, the training runs, ffnn_evaluate, ffnn_predict)
 * standardises them first, x'_j = (x_j - mean_j) / scale_j, so that a
 * model trained on standardised features cannot be fed raw ones by
 * mistake: it is fed raw ones, always. With output scaling (regression:
 * an MSE loss), the outputs given back are y_j = h_j scale_j + mean_j
 * (ffnn_forward's y, ffnn_predict), and targets are standardised,
 * (t_j - mean_j) / scale_j, before the loss: losses and gradients are
 * those of the standardised targets. Both are saved in model files and
 * checkpoints (tensors "input.mean", "input.scale", "output.mean",
 * "output.scale"; format version 2), copied by ffnn_net_clone and used by
 * views. Means are finite and scales finite and nonzero (FFNN_ERR_ARG);
 * mean and scale both NULL removes the scaling; a view cannot set it
 * (FFNN_ERR_STATE). The getters fill n_0 (or n_L) values of each, or
 * report FFNN_ERR_STATE for a network without that scaling.
 *====================================================================*/
FFNN_API ffnn_status ffnn_set_input_scaling(ffnn_net *net, const float *mean,
                                            const float *scale);
FFNN_API ffnn_status ffnn_get_input_scaling(const ffnn_net *net, float *mean,
                                            float *scale);
/* FFNN_ERR_STATE for a loss other than MSE. */
FFNN_API ffnn_status ffnn_set_output_scaling(ffnn_net *net, const float *mean,
                                             const float *scale);
FFNN_API ffnn_status ffnn_get_output_scaling(const ffnn_net *net, float *mean,
                                             float *scale);

/*======================================================================
 * 17. Dropout (since 1.4.0)
 *
 * Inverted dropout of a hidden layer's outputs: in every training step
 * (ffnn_train_step, the training runs, their data-parallel forms) each
 * output of layer l is kept with probability 1 - rate and then scaled by
 * 1 / (1 - rate), or set to 0, and the gradients follow the same mask.
 * Only there: ffnn_forward, ffnn_loss, ffnn_backward, ffnn_evaluate and
 * ffnn_predict never drop, so inference cannot be left in a training mode
 * (there is none). The masks are a function of the network's seed (that
 * of ffnn_net_create, kept in its files), its count of training steps
 * taken (kept in checkpoints, so a resumed run draws what it would have),
 * the layer and the unit's row in the global batch: a data-parallel run
 * draws the masks one process would (through ffnn_comm_train_run and the
 * other training runs; a direct ffnn_comm_train_step numbers each rank's
 * rows from 0). The rates are architecture, saved in model files (format
 * 2). l is 1..L-1, rate in [0, 1) (FFNN_ERR_ARG); a view cannot set them
 * (FFNN_ERR_STATE).
 *====================================================================*/
FFNN_API ffnn_status ffnn_set_dropout(ffnn_net *net, size_t l, float rate);
FFNN_API ffnn_status ffnn_get_dropout(const ffnn_net *net, size_t l,
                                      float *rate);

/*======================================================================
 * 18. Reading a file's header: metadata and tensors (since 1.4.0)
 *
 * What a safetensors file says of itself, without building a network:
 * every "__metadata__" key with its value, and every tensor's name, dtype,
 * shape and byte range. For tools (ffnn info), for bindings, and for files
 * ffnn did not write (any safetensors file opens: a PyTorch one, or a
 * model for another library). Only the header is read, so a large file
 * opens as quickly as a small one.
 *
 * Opening checks the header as ffnn_load() does (its length, the JSON,
 * duplicate keys), and safetensors' rules for each entry: the metadata
 * values are strings; a tensor has a dtype string, a shape of
 * non-negative integers and data_offsets [begin, end] inside the file's
 * data; a dtype safetensors defines (F64, F32, F16, BF16, F8_E4M3,
 * F8_E5M2, I64, I32, I16, I8, U64, U32, U16, U8, BOOL) covers exactly the
 * bytes its shape needs. A header that breaks one is FFNN_ERR_FORMAT and
 * ffnn_last_error() names the entry; what ffnn_load() would refuse beyond
 * that (an architecture, a missing tensor) is not checked here.
 *
 * Order: metadata in the order of the file's JSON; tensors by where their
 * bytes begin, as ffnn writes them (layers.1.weight, layers.1.bias, ...).
 * Indexes count from 0; past the end, a string getter returns NULL and a
 * number getter 0. The strings live as long as the handle.
 *====================================================================*/
typedef struct ffnn_file ffnn_file;

/* *out = the header of the file at path; FFNN_ERR_IO if it cannot be
 * read, FFNN_ERR_FORMAT as above. On failure *out is NULL. */
FFNN_API ffnn_status ffnn_file_open(const char *path, ffnn_file **out);
/* The same for a file's image in memory (size bytes, copied from). */
FFNN_API ffnn_status ffnn_file_open_buffer(const void *data, size_t size,
                                           ffnn_file **out);
/* Releases the handle; NULL is harmless. */
FFNN_API void ffnn_file_close(ffnn_file *file);

/* The file's size in bytes: 8 + the header + the data. */
FFNN_API uint64_t ffnn_file_size(const ffnn_file *file);

FFNN_API size_t ffnn_file_num_metadata(const ffnn_file *file);
FFNN_API const char *ffnn_file_metadata_key(const ffnn_file *file, size_t k);
FFNN_API const char *ffnn_file_metadata_value(const ffnn_file *file, size_t k);
/* The value of key, or NULL if the file has none. */
FFNN_API const char *ffnn_file_get_metadata(const ffnn_file *file,
                                            const char *key);

FFNN_API size_t ffnn_file_num_tensors(const ffnn_file *file);
FFNN_API const char *ffnn_file_tensor_name(const ffnn_file *file, size_t t);
FFNN_API const char *ffnn_file_tensor_dtype(const ffnn_file *file, size_t t);
/* The number of dimensions (0 for a scalar), and dimension d's size. */
FFNN_API size_t ffnn_file_tensor_rank(const ffnn_file *file, size_t t);
FFNN_API uint64_t ffnn_file_tensor_dim(const ffnn_file *file, size_t t,
                                       size_t d);
/* The tensor's bytes in the file: [*begin, *end) counted from the start of
 * the file (not of the data, as the header's data_offsets are).
 * FFNN_ERR_ARG past the end or with a NULL pointer. */
FFNN_API ffnn_status ffnn_file_tensor_bytes(const ffnn_file *file, size_t t,
                                            uint64_t *begin, uint64_t *end);

#ifdef __cplusplus
}
#endif

#endif /* FFNN_H */
