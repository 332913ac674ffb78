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

/* The bounds above, which the test asserts. */
#define FFNN_EXP_MAX_ULP     1
#define FFNN_SIGMOID_MAX_ULP 2
#define FFNN_TANH_MAX_ULP    1

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

#endif
