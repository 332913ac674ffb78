/* vector_math.h -- exp, sigmoid and tanh in float, written so that GCC -O3
 * vectorises a loop that calls them (SSE2 baseline, AVX2 in a function with
 * target("avx2")): straight-line code, selects instead of branches, no
 * tables, no calls. Only +, -, *, / and integer operations on the bits are
 * used, each correctly rounded by IEEE 754, so the results are the same bit
 * for bit on every ISA -- provided no multiply and add are fused into an
 * FMA: CMake builds everything with -ffp-contract=off (GCC's default
 * under -std=c11 too), and clang is also told so by the pragma below.
 *
 * exp(a): a is clamped to [-104, 89] (NaN passes), reduced to
 *   a = k ln2 + r, |r| <= ln2/2, k = round(a / ln2) by adding 1.5 * 2^23,
 *   with ln2 in two parts (Cody-Waite, k ln2_hi exact); e^r = 1 + r + r^2
 *   P(r), P of degree 4 (minimax for the relative error of e^r, 2^-28.3);
 *   then times 2^(k/2) and 2^(k - k/2), two normal powers of two built in
 *   the exponent bits, so that k from -150 to 128 needs no special case:
 *   results past FLT_MAX round to +inf (a > 88.7228...) and those below
 *   FLT_MIN round once, to the nearest denormal (gradual underflow, 0 for a
 *   < -103.97...). exp(0) = 1 exactly, exp(NaN) = NaN.
 * sigmoid(a) = 1 / (1 + e^-a), or e^a below -20 (no overflow, and for a <
 *   -87.3 the denormal e^a): one exp, one division.
 * tanh(|a|) = |a| + |a|^3 Q(a^2), Q of degree 4 (minimax, 2^-27.8), below
 *   0.625; 1 - 2 / (e^2|a| + 1) above. The sign of a is put back on the
 *   bits, so tanh(-a) = -tanh(a) exactly and tanh(-0) = -0.
 *
 * Maximum error against the double-precision functions rounded to float,
 * in ulp (the distance in representable floats, denormals included, +inf
 * one past FLT_MAX), measured once over every float in [-104, 89] (outside
 * it the results are exact: 0, +inf, 1 or +-1); tests/test_vector_math.c
 * checks a strided sweep, the critical ranges and the special values
 * against the same bounds. In brackets, the largest error against the
 * unrounded double value, in ulp of the result:
 *   ffnn__exp           1 ulp  (0.98)
 *   ffnn__sigmoid_fast  2 ulp  (2.48)
 *   ffnn__tanh_fast     1 ulp  (1.33)
 * All three are non-decreasing over all floats (checked over every float of
 * [-104, 89], outside which they are constant).
 */
#ifndef FFNN_VECTOR_MATH_H
#define FFNN_VECTOR_MATH_H

#include <stdint.h>
#include <string.h>

/* Opens each function below: clang fuses a * b + c within an expression
 * by default (-ffp-contract=on) where the target has FMA; GCC ignores the
 * pragma, with a warning. */
#if defined(__clang__)
#define FFNN__NO_CONTRACT _Pragma("STDC FP_CONTRACT OFF")
#else
#define FFNN__NO_CONTRACT
#endif

/* The bounds above, which the test asserts; GELU's for a > -13. */
#define FFNN_EXP_MAX_ULP      1
#define FFNN_SIGMOID_MAX_ULP  2
#define FFNN_TANH_MAX_ULP     1
#define FFNN_ELU_MAX_ULP      1
#define FFNN_SOFTPLUS_MAX_ULP 3
#define FFNN_SILU_MAX_ULP     3
#define FFNN_GELU_MAX_ULP     6

static inline uint32_t ffnn__float_bits(float v)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    return bits;
}

static inline float ffnn__bits_float(uint32_t bits)
{
    float v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

/* c ? p : q, both already computed, through a mask. With ?: GCC 12 keeps a
 * branch and the loop does not vectorise: it sinks the computation of p
 * and q into their own arms (and, floating-point operations being allowed
 * to trap under the default -ftrapping-math, will not if-convert them
 * back), or it threads the branch of a clamp to a constant that it then
 * folds through the rest of the function. */
static inline float ffnn__select(int c, float p, float q)
{
    uint32_t mask = 0u - (uint32_t)c;
    return ffnn__bits_float((ffnn__float_bits(p) & mask) |
                            (ffnn__float_bits(q) & ~mask));
}

static inline float ffnn__exp(float a)
{
    FFNN__NO_CONTRACT
    const float shifter = 0x1.8p23f; /* t = x/ln2 + this rounds to integer */
    /* Clamped: e^89 overflows and e^-104 is below half the least denormal,
     * and then k stays in [-150, 128]. A NaN fails both tests and stays. */
    float x = ffnn__select(a > 89.0f, 89.0f, a);
    x = ffnn__select(x < -104.0f, -104.0f, x);
    float t = x * 0x1.715476p+0f + shifter;
    float k = t - shifter;
    float r = x - k * 0x1.62e4p-1f; /* exact: 15-bit ln2_hi, 8-bit k */
    r = r - k * 0x1.7f7d1cp-20f;    /* ln2_lo = ln2 - ln2_hi */
    float p = 0x1.6a2434p-10f;
    p = p * r + 0x1.1239e2p-7f;
    p = p * r + 0x1.5558f2p-5f;
    p = p * r + 0x1.555492p-3f;
    p = p * r + 0x1.fffffcp-2f;
    float y = 1.0f + (r + (r * r) * p);
    /* k + 254 from the low bits of t (the integer t - 1.5 * 2^23 = k), in
     * [104, 382]; halves e1 and e2 are biased exponents in [52, 191]. */
    uint32_t e = ffnn__float_bits(t) - 0x4b400000u + 254u;
    uint32_t e1 = e >> 1, e2 = e - e1;
    return y * ffnn__bits_float(e1 << 23) * ffnn__bits_float(e2 << 23);
}

/* 1 / (1 + e^-a) is non-decreasing wherever exp is monotone, as ffnn__exp
 * is; below -20, where 1 + e^a is 1 and sigmoid(a) is e^a to within 2^-28,
 * it is e^a, which does not overflow and reaches the denormals. */
static inline float ffnn__sigmoid_fast(float a)
{
    FFNN__NO_CONTRACT
    int tail = a < -20.0f;
    float e = ffnn__exp(ffnn__select(tail, a, -a));
    return ffnn__select(tail, e, 1.0f / (1.0f + e));
}

static inline float ffnn__tanh_fast(float a)
{
    FFNN__NO_CONTRACT
    uint32_t bits = ffnn__float_bits(a);
    float x = ffnn__bits_float(bits & 0x7fffffffu);
    float s = x * x;
    float q = -0x1.75d9d4p-8f;
    q = q * s + 0x1.5224e4p-6f;
    q = q * s - 0x1.b83c1ap-5f;
    q = q * s + 0x1.110726p-3f;
    q = q * s - 0x1.555532p-2f;
    float small = x + x * (s * q);
    float large = 1.0f - 2.0f / (ffnn__exp(x + x) + 1.0f);
    float t = ffnn__select(x < 0.625f, small, large);
    return ffnn__bits_float(ffnn__float_bits(t) | (bits & 0x80000000u));
}
/* e^a - 1 without the cancellation of e^a - 1 near 0: below |a| = 0.7 the
 * Taylor series to a^11 / 11! (truncation under 2^-34 relative), above it
 * e^a - 1, where the subtraction loses at most a factor 2 of exp's
 * accuracy (e^a <= 0.5 or e^a >= 2). */
static inline float ffnn__expm1_fast(float a)
{
    FFNN__NO_CONTRACT
    float p = 0x1.ae6456p-26f;   /* 1/11! */
    p = p * a + 0x1.27e4fcp-22f; /* 1/10! */
    p = p * a + 0x1.71de3ap-19f; /* 1/9! */
    p = p * a + 0x1.a01a02p-16f; /* 1/8! */
    p = p * a + 0x1.a01a02p-13f; /* 1/7! */
    p = p * a + 0x1.6c16c2p-10f; /* 1/6! */
    p = p * a + 0x1.111112p-7f;  /* 1/5! */
    p = p * a + 0x1.555556p-5f;  /* 1/4! */
    p = p * a + 0x1.555556p-3f;  /* 1/3! */
    p = p * a + 0.5f;
    float small = a + (a * a) * p;
    float large = ffnn__exp(a) - 1.0f;
    float x = ffnn__bits_float(ffnn__float_bits(a) & 0x7fffffffu);
    return ffnn__select(x < 0.7f, small, large);
}

/* log(1 + w) for 0 <= w <= 1, as 2 atanh(s) with s = w / (2 + w) <= 1/3:
 * 2 s (1 + s^2/3 + ... + s^16/17), truncated under 2^-30 relative. */
static inline float ffnn__log1p_unit(float w)
{
    FFNN__NO_CONTRACT
    float s = w / (2.0f + w), s2 = s * s;
    float q = 1.0f / 17.0f;
    q = q * s2 + 1.0f / 15.0f;
    q = q * s2 + 1.0f / 13.0f;
    q = q * s2 + 1.0f / 11.0f;
    q = q * s2 + 1.0f / 9.0f;
    q = q * s2 + 1.0f / 7.0f;
    q = q * s2 + 1.0f / 5.0f;
    q = q * s2 + 1.0f / 3.0f;
    float two_s = s + s;
    return two_s + two_s * (s2 * q);
}

/* softplus(a) = log(1 + e^a) = max(a, 0) + log(1 + e^-|a|), and a above
 * 20, as PyTorch's threshold has it. */
static inline float ffnn__softplus_fast(float a)
{
    FFNN__NO_CONTRACT
    float x = ffnn__bits_float(ffnn__float_bits(a) & 0x7fffffffu);
    float y = ffnn__select(a > 0.0f, a, 0.0f) + ffnn__log1p_unit(ffnn__exp(-x));
    return ffnn__select(a > 20.0f, a, y);
}

/* e^(-a^2/2) with a^2 split as ah^2 + (a - ah)(a + ah), where ah is a cut
 * to 12 significant bits: ah^2 / 2 is exact, so the large part of the
 * exponent carries no rounding (one rounding of a^2 would cost 2^-24 a^2
 * relative, 2^-17 at |a| = 13). The second factor is returned in *rest,
 * for a caller that multiplies more into it. */
static inline float ffnn__gauss_split(float a, float *rest)
{
    FFNN__NO_CONTRACT
    float ah = ffnn__bits_float(ffnn__float_bits(a) & 0xfffff000u);
    *rest = -0.5f * ((a - ah) * (a + ah));
    return ffnn__exp(-0.5f * (ah * ah));
}

/* Phi(a), the standard normal CDF, and e^(-a^2/2) in *gauss. Below
 * |a| = 1, Phi = 1/2 + a S(a^2/2) / sqrt(2 pi), S the Taylor series of
 * erf(z) sqrt(pi) / (2 z) to z^16 (truncation under 2^-31). Above, for
 * a < 0, Phi(a) = erfc(z) / 2 with z = |a| / sqrt 2, and erfc(z) = t
 * e^(-z^2 + P(t - 0.449)), t = 1 / (1 + z/2) in [0.16, 0.739], P of degree
 * 8 (a Chebyshev fit in double of log(erfc(z) / t) + z^2 over z in [1 /
 * sqrt 2, 10.5], relative error 2^-26); 1 - Phi(-a) for a >= 0. z is
 * clamped at 10.5, where Phi is far below the denormals. */
static inline float ffnn__normal_cdf(float a, float *gauss)
{
    FFNN__NO_CONTRACT
    float x = ffnn__bits_float(ffnn__float_bits(a) & 0x7fffffffu);
    x = ffnn__select(x > 14.849242f, 14.849242f, x); /* z = 10.5 */
    float v = 0.5f * (x * x);
    float s = 0x1.87a002p-20f;
    s = s * v - 0x1.bbd77ap-17f;
    s = s * v + 0x1.c01c02p-14f;
    s = s * v - 0x1.8d3018p-11f;
    s = s * v + 0x1.2f684cp-8f;
    s = s * v - 0x1.861862p-6f;
    s = s * v + 0x1.99999ap-4f;
    s = s * v - 0x1.555556p-2f;
    s = s * v + 1.0f;
    float near = 0.5f + a * (0x1.988454p-2f * s); /* 1 / sqrt(2 pi) */
    float t = 1.0f / (1.0f + x * 0x1.6a09e6p-2f); /* z/2 = x / (2 sqrt 2) */
    float u = t - 0x1.cc2f02p-2f;
    float p = -0x1.58d752p-3f;
    p = p * u - 0x1.9790c0p-3f;
    p = p * u + 0x1.aec0c8p-3f;
    p = p * u + 0x1.d5ed36p-3f;
    p = p * u - 0x1.ca218ap-3f;
    p = p * u - 0x1.58518cp-2f;
    p = p * u + 0x1.f2c7d0p-3f;
    p = p * u + 0x1.52c5bcp+0f;
    p = p * u - 0x1.7a8a38p-1f;
    float rest, e = ffnn__gauss_split(x, &rest);
    *gauss = e * ffnn__exp(rest);
    float tail = 0.5f * t * (e * ffnn__exp(rest + p)); /* Phi(-|a|) */
    float far = ffnn__select(a < 0.0f, tail, 1.0f - tail);
    return ffnn__select(x < 1.0f, near, far);
}

/* The activations of 1.4.0 built on the above (ffnn.h states their
 * accuracy; test_vector_math.c checks it). */
static inline float ffnn__elu_fast(float a)
{
    return ffnn__select(a > 0.0f, a, ffnn__expm1_fast(a));
}

/* SiLU and GELU are -0 below -104 and -14.85, where a times the factor's
 * 0 is -0 anyway for a finite a, and their limit at -inf rather than
 * -inf * 0 = NaN. */
static inline float ffnn__silu_fast(float a)
{
    FFNN__NO_CONTRACT
    return ffnn__select(a < -104.0f, -0.0f, a * ffnn__sigmoid_fast(a));
}

static inline float ffnn__gelu_fast(float a)
{
    FFNN__NO_CONTRACT
    float gauss, y = a * ffnn__normal_cdf(a, &gauss);
    return ffnn__select(a < -14.849242f, -0.0f, y);
}

#endif
