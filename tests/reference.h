/*
 * reference.h -- an independent double-precision reference MLP for the ffnn
 * tests, written from the model described in ffnn.h:
 *
 *   a_l = W_l h_{l-1} + b_l,  h_l = g_l(a_l),  h_0 = x,  yhat = h_L,
 *
 * W_l is n_l x n_{l-1} row-major, batches are row-major (one sample a row),
 * losses are the per-sample MSE / BCE / CE of the header averaged over the
 * batch. Gradients are obtained by central finite differences of the mean
 * loss, never by backpropagation, so they share no code or algebra with the
 * library.
 *
 * It also holds small helpers every test uses: a SplitMix64 generator,
 * random fills, float/double copies and array comparison with a report.
 */
#ifndef FFNN_TESTS_REFERENCE_H
#define FFNN_TESTS_REFERENCE_H

#include <stddef.h>
#include <stdint.h>

#include "ffnn.h"

#define REF_MAX_LAYERS 8

/* A network in double precision. W[l - 1] and b[l - 1] hold W_l and b_l. */
typedef struct {
    size_t n_layers;
    size_t sizes[REF_MAX_LAYERS + 1];
    ffnn_activation acts[REF_MAX_LAYERS];
    ffnn_loss_function loss;
    double *W[REF_MAX_LAYERS];
    double *b[REF_MAX_LAYERS];
} ref_net;

/* The activations of one forward pass: a[l] and h[l] are batch x n_l,
 * l = 0..L; a[0] and h[0] are copies of x. */
typedef struct {
    size_t batch;
    size_t n_layers;
    double *a[REF_MAX_LAYERS + 1];
    double *h[REF_MAX_LAYERS + 1];
} ref_pass;

/* Gradients of the mean loss: dW[l - 1] and db[l - 1] for layer l. */
typedef struct {
    size_t n_layers;
    double *dW[REF_MAX_LAYERS];
    double *db[REF_MAX_LAYERS];
} ref_grads;

/* ---- the allowed configurations --------------------------------------- */

/* An output activation with a loss it may be used with. */
typedef struct {
    ffnn_activation out;
    ffnn_loss_function loss;
} ref_out_combo;

#define REF_N_HIDDEN 9
#define REF_N_OUT    12
/* LINEAR, SIGMOID, TANH, RELU: every activation allowed on a hidden layer. */
extern const ffnn_activation ref_hidden_acts[REF_N_HIDDEN];
/* Every output with MSE, SIGMOID with BCE, SOFTMAX with CE. */
extern const ref_out_combo ref_out_combos[REF_N_OUT];
const char *ref_act_name(ffnn_activation g);
const char *ref_loss_name(ffnn_loss_function loss);

/* ---- the network ---------------------------------------------------- */

/* All weights and biases start at 0. Returns 0 on success. */
int ref_net_init(ref_net *r, size_t n_layers, const size_t *sizes,
                 const ffnn_activation *acts, ffnn_loss_function loss);
void ref_net_free(ref_net *r);
/* Copy W_l and/or b_l (either may be NULL), 1 <= l <= L. */
void ref_set_layer_f(ref_net *r, size_t l, const float *W, const float *b);
void ref_set_layer_d(ref_net *r, size_t l, const double *W, const double *b);
/* Build a reference from a library network's configuration and current
 * weights (read with the public getters). Returns 0 on success. */
int ref_net_from_ffnn(ref_net *r, const ffnn_net *net);

/* Fill every W and b with uniform values in [lo, hi), each rounded to a
 * float so that the library holds exactly the same numbers. */
void ref_randomize(ref_net *r, uint64_t *state, double lo, double hi);
/* Copy every layer of r into the library network (as floats). */
ffnn_status ref_push_to_ffnn(const ref_net *r, ffnn_net *net);
/* A library network on the given backend; NULL if creating or choosing the
 * backend fails (the caller asserts). */
ffnn_net *ref_new_ffnn(size_t n_layers, const size_t *sizes,
                       const ffnn_activation *acts, ffnn_loss_function loss,
                       ffnn_backend backend, uint64_t seed);

/* ---- scalar and vector maths ---------------------------------------- */

/* g(a) for LINEAR, SIGMOID, TANH, RELU (SOFTMAX is a vector function). */
double ref_activate(ffnn_activation g, double a);
/* log(1 + e^x) without overflow. */
double ref_softplus(double x);
/* log sum_k e^{a_k}, shifted by the maximum. */
double ref_logsumexp(const double *a, size_t n);
/* out_j = e^{a_j} / sum_k e^{a_k}, shifted by the maximum. */
void ref_softmax(const double *a, size_t n, double *out);
/* The header's per-sample loss of one output row; BCE and CE use the
 * pre-activation a (softplus / log-sum-exp), MSE uses yhat = h. */
double ref_sample_loss(ffnn_loss_function loss, const double *a,
                       const double *h, const double *t, size_t n);

/* ---- passes, loss, finite differences -------------------------------- */

/* Forward pass of a batch; allocates p (free with ref_pass_free). */
int ref_forward(const ref_net *r, const double *x, size_t batch, ref_pass *p);
void ref_pass_free(ref_pass *p);
/* Mean loss over the batch against targets t (batch x n_L). */
double ref_mean_loss(const ref_net *r, const double *x, const double *t,
                     size_t batch);
/* Smallest |a| over all pre-activations of RELU layers (+inf if none): a
 * finite difference is only trustworthy away from the kink at 0. */
double ref_relu_margin(const ref_net *r, const ref_pass *p);
/* Central differences of the mean loss with step h_rel * max(1, |w|) for
 * every weight and bias; allocates g (free with ref_grads_free). */
int ref_fd_gradients(ref_net *r, const double *x, const double *t, size_t batch,
                     double h_rel, ref_grads *g);
void ref_grads_free(ref_grads *g);

/* ---- helpers for the tests ------------------------------------------ */

/* The whole file at path (malloc'd, one spare byte), its size in *size;
 * fails the test if it cannot be read. */
unsigned char *ref_read_file(const char *path, size_t *size);

/* net saved into a new malloc'd buffer: a checkpoint (ffnn_save_checkpoint
 * _buffer) or a model (ffnn_save_buffer); its size in *size. */
unsigned char *ref_saved_bytes(const ffnn_net *net, int checkpoint,
                               size_t *size);

/* a and b have the same widths and bit-identical W_l and b_l. */
void ref_assert_same_weights(const ffnn_net *a, const ffnn_net *b);

/* SplitMix64 as in ffnn.h: state += golden gamma, then the mix. */
uint64_t ref_splitmix64(uint64_t *state);
/* Uniform in [lo, hi) and standard normal (Box-Muller) from SplitMix64. */
double ref_uniform(uint64_t *state, double lo, double hi);
double ref_normal(uint64_t *state);
void ref_fill_uniform_f(float *v, size_t n, uint64_t *state, double lo,
                        double hi);
/* Targets suited to the loss, batch x n: MSE uniform in [-1, 1), BCE
 * uniform in [0, 1), CE a random probability vector per row. */
void ref_fill_targets(float *t, size_t batch, size_t n, ffnn_loss_function loss,
                      uint64_t *state);
void ref_f2d(const float *src, double *dst, size_t n);
void ref_d2f(const double *src, float *dst, size_t n);
double ref_max_abs(const double *v, size_t n);

/* Count the entries with |got - want| > rtol * max(|want|, scale_floor) and
 * print the first few to stderr under label. scale_floor turns the relative
 * test into an absolute one for entries much smaller than the array's
 * scale. */
size_t ref_mismatches(const char *label, const float *got, const double *want,
                      size_t n, double rtol, double scale_floor);

#endif /* FFNN_TESTS_REFERENCE_H */
