/* internal.h -- the network's memory layout and the seams between src/ files.
 * Nothing here is part of the ABI. Cross-file internal names start with
 * "ffnn__" so they cannot collide with a user's symbols in a static link;
 * the shared library hides them (visibility and version script). */
#ifndef FFNN_INTERNAL_H
#define FFNN_INTERNAL_H

#include "ffnn.h"

#include <stdarg.h>
#include <stddef.h>

/* Each matrix starts on a 64-byte boundary so SIMD loads are aligned. */
#define FFNN_ALIGN_FLOATS 16

/* ---- kernels: the only operations whose implementation differs between the
 * BLAS and the loop path. All matrices are row-major and contiguous. ---- */
typedef struct ffnn__kernels {
    /* Y (batch x n_out) = X (batch x n_in) . W^T, W being n_out x n_in. */
    void (*forward)(size_t batch, size_t n_in, size_t n_out, const float *X,
                    const float *W, float *Y);
    /* G (n_out x n_in) = alpha D^T . X + beta G, D being batch x n_out.
     * beta = 0 stores a gradient (G's old contents are ignored, even NaN);
     * alpha = -eta, beta = 1 - eta lambda applies an SGD step in place. */
    void (*weight_grad)(size_t batch, size_t n_in, size_t n_out, float alpha,
                        const float *D, const float *X, float beta, float *G);
    /* DX (batch x n_in) = D . W. */
    void (*input_grad)(size_t batch, size_t n_in, size_t n_out, const float *D,
                       const float *W, float *DX);
} ffnn__kernels;

extern const ffnn__kernels ffnn__kernels_blas;
extern const ffnn__kernels ffnn__kernels_loop;
/* Loops for one sample through a narrow layer (batch 1 only). */
extern const ffnn__kernels ffnn__kernels_sample;
#define FFNN_NARROW 16 /* layers with n_in below this take the sample loops */

/* ---- network ---- */
typedef struct ffnn__layer {
    size_t n_in, n_out;
    ffnn_activation act;
    float *W, *b;   /* parameters, inside net->params */
    float *dW, *db; /* gradients, inside net->grads */
    float *A, *H;   /* batch x n_out activations, inside net->work */
    float *D;       /* batch x n_out dL/dA of the last backward pass */
    /* Upper bounds of max |W| (-1: unknown, which also voids b_bound) and
     * max |b|, so that a fused SGD step can prove it stays finite without a
     * pass over W; and the bounds after the step under way. */
    float w_bound, b_bound, w_bound_next, b_bound_next;
} ffnn__layer;

typedef struct ffnn__optimizer {
    ffnn_optimizer kind;
    float momentum, beta1, beta2, epsilon, weight_decay;
    unsigned long long t; /* Adam's step count */
    float *m, *v;         /* state, n_floats each, laid out like params */
} ffnn__optimizer;

/* What the buffers currently hold. */
enum {
    NET_HAS_OUTPUT = 1u << 0,  /* the last forward pass is in work */
    NET_FWD_CURRENT = 1u << 1, /* ...and was made with the current weights */
    NET_HAS_GRADS = 1u << 2    /* grads hold a backward pass */
};

struct ffnn_net {
    size_t n_layers;
    size_t *sizes; /* n_0 .. n_L */
    ffnn__layer *layers;
    ffnn_loss_function loss;
    ffnn_backend backend;
    unsigned flags;
    int shared; /* params belong to another network (ffnn_net_share) */

    size_t n_floats; /* padded length of params, grads and optimizer state */
    float *params, *grads;
    ffnn__optimizer opt;

    size_t capacity; /* batch the work buffers hold */
    size_t batch;    /* batch of the last forward pass */
    float *work;
    float *input;    /* H_0: batch x n_0 */
    float input_max; /* max |x| of the last forward pass */

    char error[256];
};

/* ---- memory (alloc.c): every allocation in the library goes through here */
void *ffnn__alloc(size_t bytes); /* 64-byte aligned, NULL on failure */
void ffnn__free(void *p);
size_t ffnn__padded(size_t n_floats); /* n rounded up to FFNN_ALIGN_FLOATS */
int ffnn__mul_overflows(size_t a, size_t b, size_t *out);

/* ---- errors (error.c) ---- */
/* Record a formatted message on net (may be NULL) and the thread; return s. */
ffnn_status ffnn__fail(const ffnn_net *net, ffnn_status s, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- activations and losses (activation.c) ---- */
/* A (batch x n) += b per row, then H = g(A). */
void ffnn__activate(ffnn_activation g, size_t batch, size_t n, const float *b,
                    float *A, float *H);
/* D *= g'(a) elementwise, with g' taken from A or H. g is not SOFTMAX. */
void ffnn__activation_grad(ffnn_activation g, size_t batch, size_t n,
                           const float *restrict A, const float *restrict H,
                           float *restrict D);
/* Mean loss over the batch; NAN-free for finite inputs. */
double ffnn__loss_mean(ffnn_loss_function loss, ffnn_activation out,
                       size_t batch, size_t n, const float *A, const float *H,
                       const float *T);
/* D = dL/da_L of the mean loss (already divided by batch). */
void ffnn__loss_grad(ffnn_loss_function loss, ffnn_activation out, size_t batch,
                     size_t n, const float *A, const float *H, const float *T,
                     float *D);

/* ---- optimizers (optimizer.c) ---- */
void ffnn__optimizer_init(ffnn__optimizer *opt);
/* Apply net->grads to net->params; 0 (and nothing changed) if any weight or
 * optimizer state would become NaN or infinite. */
int ffnn__optimizer_step(ffnn_net *net, float eta);

/* ---- network memory (net.c) ---- */
/* Make the activation buffers hold at least batch rows. Growing them
 * forgets the last forward pass. */
ffnn_status ffnn__reserve(ffnn_net *net, size_t batch);

/* FFNN_ERR_STATE, with a message naming fn, if net is a shared view. */
ffnn_status ffnn__check_writable(const ffnn_net *net, const char *fn);

/* ---- propagation (propagate.c) ---- */
const ffnn__kernels *ffnn__pick_kernels(const ffnn_net *net,
                                        const ffnn__layer *layer, size_t batch);

/* 1 if every value is finite. */
int ffnn__all_finite(const float *x, size_t n);

#endif
