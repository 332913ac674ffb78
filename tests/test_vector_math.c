/*
 * test_vector_math.c -- the vectorisable exp, sigmoid and tanh of
 * src/vector_math.h against libm's double-precision exp and tanh rounded to
 * float, in ulp (the distance in representable floats, denormals counted,
 * +inf one step past FLT_MAX):
 *
 *  - a strided sweep: every SWEEP_STRIDE-th float of [-104, 89] for exp and
 *    of [-30, 30] for sigmoid and tanh (4.4 to 4.5 million values each);
 *  - every float in windows around the critical points: 0 and the powers of
 *    two (where the spacing of the floats changes), the reduction
 *    boundaries (j + 1/2) ln2 of exp, the tanh polynomial cut-off, the
 *    overflow, denormal and zero thresholds, the saturation points;
 *  - the special values: +-0, +-inf, NaNs, +-FLT_MAX, +-FLT_MIN,
 *    denormals.
 *
 * About 25 million values in all, half a second in a Release build.
 *
 * Every maximum must be within the bound the header states; the exact
 * properties are asserted too: exp(0) = 1, the limits 0 and +-1 reached
 * exactly wherever the rounded reference is 0 or +-1, no NaN from a
 * non-NaN input, tanh odd bit for bit, all three non-decreasing over each
 * sweep and window. The values go through loops that GCC vectorises, as
 * the library's are; where the CPU has AVX2 (and AVX-512F), the same loops
 * compiled for it must give the same bits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vector_math.h"

#define SWEEP_STRIDE 499  /* odd, so the low bits of the sweep vary */
#define WINDOW       4096 /* floats on each side of a critical point */
#define WIDE         65536
#define CHUNK        4096
#define LN2          0.693147180559945309417232121458

/* The activations of 1.4.0 follow; SiLU and GELU are not monotone, and
 * softplus's rounding is not (its 3 ulp move both ways); only ELU of them
 * has limits (-1) that must be exact. */
enum { F_EXP, F_SIGMOID, F_TANH, F_ELU, F_SOFTPLUS, F_SILU, F_GELU, N_FUNCS };
static const char *const NAMES[N_FUNCS] = {"exp",      "sigmoid", "tanh", "elu",
                                           "softplus", "silu",    "gelu"};
static const int BOUNDS[N_FUNCS] = {FFNN_EXP_MAX_ULP,      FFNN_SIGMOID_MAX_ULP,
                                    FFNN_TANH_MAX_ULP,     FFNN_ELU_MAX_ULP,
                                    FFNN_SOFTPLUS_MAX_ULP, FFNN_SILU_MAX_ULP,
                                    FFNN_GELU_MAX_ULP};
static const int MONOTONE[N_FUNCS] = {1, 1, 1, 1, 0, 0, 0};
static const int LIMITS[N_FUNCS] = {1, 1, 1, 1, 0, 0, 0};

/* ---- the loops under test -------------------------------------------- */

typedef void kernel_fn(const float *x, float *y, size_t n);

#define KERNELS(isa, attr)                                                     \
    attr static void exp_##isa(const float *x, float *y, size_t n)             \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__exp(x[k]);                                            \
    }                                                                          \
    attr static void sigmoid_##isa(const float *x, float *y, size_t n)         \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__sigmoid_fast(x[k]);                                   \
    }                                                                          \
    attr static void tanh_##isa(const float *x, float *y, size_t n)            \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__tanh_fast(x[k]);                                      \
    }                                                                          \
    attr static void elu_##isa(const float *x, float *y, size_t n)             \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__elu_fast(x[k]);                                       \
    }                                                                          \
    attr static void softplus_##isa(const float *x, float *y, size_t n)        \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__softplus_fast(x[k]);                                  \
    }                                                                          \
    attr static void silu_##isa(const float *x, float *y, size_t n)            \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__silu_fast(x[k]);                                      \
    }                                                                          \
    attr static void gelu_##isa(const float *x, float *y, size_t n)            \
    {                                                                          \
        for (size_t k = 0; k < n; k++)                                         \
            y[k] = ffnn__gelu_fast(x[k]);                                      \
    }

KERNELS(base, )
static kernel_fn *const BASE[N_FUNCS] = {exp_base, sigmoid_base,  tanh_base,
                                         elu_base, softplus_base, silu_base,
                                         gelu_base};

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define ISA_CHECKS 1
KERNELS(avx2, __attribute__((target("avx2"))))
KERNELS(avx512, __attribute__((target("avx512f"))))
static kernel_fn *const AVX2[N_FUNCS] = {exp_avx2, sigmoid_avx2,  tanh_avx2,
                                         elu_avx2, softplus_avx2, silu_avx2,
                                         gelu_avx2};
static kernel_fn *const AVX512[N_FUNCS] = {
    exp_avx512,      sigmoid_avx512, tanh_avx512, elu_avx512,
    softplus_avx512, silu_avx512,    gelu_avx512};
#endif

/* ---- floats as ordered integers -------------------------------------- */

static uint32_t bits_of(float v)
{
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

static float float_of(uint32_t b)
{
    float v;
    memcpy(&v, &b, sizeof v);
    return v;
}

/* The position of v among the floats: consecutive floats differ by 1, and
 * -0 and +0 are both 0. */
static int64_t key(float v)
{
    uint32_t b = bits_of(v);
    return (b & 0x80000000u) ? -(int64_t)(b & 0x7fffffffu) : (int64_t)b;
}

static float from_key(int64_t k)
{
    return k < 0 ? float_of((uint32_t)-k | 0x80000000u) : float_of((uint32_t)k);
}

static float reference(int f, float a)
{
    double x = a;
    switch (f) {
    case F_EXP: return (float)exp(x);
    case F_SIGMOID: return (float)(1.0 / (1.0 + exp(-x)));
    case F_TANH: return (float)tanh(x);
    /* PyTorch's definitions (ffnn.h) */
    case F_ELU: return (float)(x > 0.0 ? x : expm1(x));
    case F_SOFTPLUS: return (float)(x > 20.0 ? x : log1p(exp(x)));
    /* SiLU and GELU: their limit -0 at -inf, not -inf * 0 */
    case F_SILU: return x == -INFINITY ? -0.0f : (float)(x / (1.0 + exp(-x)));
    default:
        return x == -INFINITY ? -0.0f : (float)(0.5 * x * erfc(-x / sqrt(2.0)));
    }
}

/* ---- a run over floats, in chunks through the vectorised loops -------- */

typedef struct {
    int f;
    size_t count;
    int64_t max_ulp;
    float worst;
    size_t wrong_limits; /* reference 0 or +-1, result not exactly that */
    size_t nans;         /* NaN for a non-NaN input */
    size_t decreasing;   /* steps down, in input order */
    size_t isa_mismatches;
    int isa_checked;
} stats;

/* All three are non-decreasing over every float (checked once by hand over
 * all of [-104, 89]); here over each sweep and each window. */
static void stats_init(stats *s, int f)
{
    memset(s, 0, sizeof *s);
    s->f = f;
#ifdef ISA_CHECKS
    __builtin_cpu_init();
    s->isa_checked = __builtin_cpu_supports("avx2");
#endif
}

static void isa_compare(stats *s, const float *x, const float *y, size_t n)
{
#ifdef ISA_CHECKS
    float other[CHUNK];
    if (__builtin_cpu_supports("avx2")) {
        AVX2[s->f](x, other, n);
        s->isa_mismatches += memcmp(other, y, n * sizeof *y) != 0;
    }
    if (__builtin_cpu_supports("avx512f")) {
        AVX512[s->f](x, other, n);
        s->isa_mismatches += memcmp(other, y, n * sizeof *y) != 0;
    }
#else
    (void)s, (void)x, (void)y, (void)n;
#endif
}

/* Every stride-th float from key lo up to key hi, in increasing order. */
static void run_keys(stats *s, int64_t lo, int64_t hi, int64_t stride)
{
    float x[CHUNK], y[CHUNK], prev = -INFINITY;
    int64_t k = lo;
    while (k <= hi) {
        size_t n = 0;
        for (; n < CHUNK && k <= hi; n++, k += stride)
            x[n] = from_key(k);
        BASE[s->f](x, y, n);
        isa_compare(s, x, y, n);
        for (size_t i = 0; i < n; i++) {
            float want = reference(s->f, x[i]);
            int64_t d = isnan(y[i]) ? INT64_MAX : key(y[i]) - key(want);
            d = d < 0 ? -d : d;
            if (d > s->max_ulp) {
                s->max_ulp = d;
                s->worst = x[i];
            }
            if (LIMITS[s->f] && (want == 0.0f || fabsf(want) == 1.0f) &&
                y[i] != want)
                s->wrong_limits++;
            s->nans += isnan(y[i]) != 0;
            if (MONOTONE[s->f] && y[i] < prev)
                s->decreasing++;
            prev = y[i];
        }
        s->count += n;
    }
}

static void run_range(stats *s, float lo, float hi, int64_t stride)
{
    run_keys(s, key(lo), key(hi), stride);
}

/* Every float within width steps of c. */
static void run_window(stats *s, float c, int64_t width)
{
    run_keys(s, key(c) - width, key(c) + width, 1);
}

static void check(const stats *s, const char *what)
{
    printf("  %-7s %-28s %9zu values, max %lld ulp", NAMES[s->f], what,
           s->count, (long long)s->max_ulp);
    if (s->max_ulp > 0)
        printf(" at %a", (double)s->worst);
    printf("\n");
    if (s->max_ulp > BOUNDS[s->f] || s->wrong_limits || s->nans ||
        s->decreasing || s->isa_mismatches)
        fprintf(stderr,
                "  %s %s: max %lld ulp (bound %d), %zu wrong limits, %zu "
                "NaN, %zu decreasing, %zu ISA mismatches\n",
                NAMES[s->f], what, (long long)s->max_ulp, BOUNDS[s->f],
                s->wrong_limits, s->nans, s->decreasing, s->isa_mismatches);
    assert_true(s->max_ulp <= BOUNDS[s->f]);
    assert_int_equal(s->wrong_limits, 0);
    assert_int_equal(s->nans, 0);
    assert_int_equal(s->decreasing, 0);
    assert_int_equal(s->isa_mismatches, 0);
}

/* ---- the sweeps --------------------------------------------------------- */

static void test_sweeps(void **state)
{
    (void)state;
    stats s;
    stats_init(&s, F_EXP);
    run_range(&s, -104.0f, 89.0f, SWEEP_STRIDE);
    check(&s, "sweep [-104, 89]");
    for (int f = F_SIGMOID; f <= F_TANH; f++) {
        stats_init(&s, f);
        run_range(&s, -30.0f, 30.0f, SWEEP_STRIDE);
        check(&s, "sweep [-30, 30]");
    }
    if (!s.isa_checked)
        printf("  (no AVX2 here: the ISA comparison was skipped)\n");
}

/* The activations of 1.4.0: a sweep where each is defined to its bound
 * (GELU above -13), and every float around 0 and their cut-offs: ELU's and
 * expm1's 0 and +-0.7, softplus's 20, GELU's |a| = 1 and the clamp. */
static void test_new_activations(void **state)
{
    (void)state;
    static const struct {
        int f;
        float lo, hi, windows[4];
    } runs[] = {
        {F_ELU, -104.0f, 89.0f, {0.0f, -0.7f, 0.7f, -17.0f}},
        {F_SOFTPLUS, -104.0f, 89.0f, {0.0f, 20.0f, -20.0f, -87.0f}},
        {F_SILU, -87.0f, 89.0f, {0.0f, -20.0f, 20.0f, -86.9f}},
        {F_GELU, -13.0f, 89.0f, {0.0f, -1.0f, 1.0f, -12.9f}},
    };
    for (size_t r = 0; r < sizeof runs / sizeof *runs; r++) {
        stats s;
        stats_init(&s, runs[r].f);
        run_range(&s, runs[r].lo, runs[r].hi, SWEEP_STRIDE);
        for (int w = 0; w < 4; w++)
            run_window(&s, runs[r].windows[w], WINDOW);
        check(&s, "sweep and cut-offs");
    }
}

/* Below -13, GELU is under 1e-37 in magnitude, and so is its error; below
 * -87, where sigmoid is denormal, SiLU's error is under 1e-40. */
static void test_far_tails(void **state)
{
    (void)state;
    double worst_gelu = 0.0, worst_silu = 0.0;
    for (float a = -13.0f; a > -200.0f; a = nextafterf(a, -INFINITY) - 1e-3f) {
        float y = ffnn__gelu_fast(a);
        double want = 0.5 * (double)a * erfc(-(double)a / sqrt(2.0));
        worst_gelu = fmax(worst_gelu, fabs((double)y - want));
        assert_false(isnan(y));
        if (a < -87.0f) {
            y = ffnn__silu_fast(a);
            want = (double)a / (1.0 + exp(-(double)a));
            worst_silu = fmax(worst_silu, fabs((double)y - want));
        }
    }
    assert_true(worst_gelu < 1e-37);
    assert_true(worst_silu < 1e-40);
}

/* Around every power of two from 2^lo to 2^hi, both signs. */
static void run_powers(stats *s, int lo, int hi)
{
    for (int e = lo; e <= hi; e++) {
        run_window(s, ldexpf(1.0f, e), WINDOW);
        run_window(s, -ldexpf(1.0f, e), WINDOW);
    }
}

/* Around (j + 1/2) ln2 / scale for j in [lo, hi]: where k of exp's
 * reduction steps, for exp of scale * a. */
static void run_boundaries(stats *s, int lo, int hi, double scale)
{
    for (int j = lo; j <= hi; j++)
        run_window(s, (float)((j + 0.5) * LN2 / scale), WINDOW);
}

static void test_exp_critical(void **state)
{
    (void)state;
    stats s;
    stats_init(&s, F_EXP);
    run_window(&s, 0.0f, WIDE); /* denormals both sides */
    run_powers(&s, -30, 6);
    check(&s, "around 0, powers of 2");

    stats_init(&s, F_EXP);
    run_boundaries(&s, -150, 127, 1.0);
    check(&s, "around (j+1/2) ln2");

    stats_init(&s, F_EXP);
    run_window(&s, 88.72283935546875f, WIDE);   /* overflow: 88.7228391 */
    run_window(&s, 89.0f, WINDOW);              /* the clamp */
    run_window(&s, -87.3365478515625f, WIDE);   /* FLT_MIN: -87.3365448 */
    run_window(&s, -103.97207641601562f, WIDE); /* 2^-150: -103.9720771 */
    run_window(&s, -104.0f, WINDOW);            /* the clamp */
    check(&s, "thresholds");
}

static void test_sigmoid_critical(void **state)
{
    (void)state;
    stats s;
    stats_init(&s, F_SIGMOID);
    run_window(&s, 0.0f, WIDE);
    run_powers(&s, -30, 4);
    check(&s, "around 0, powers of 2");

    stats_init(&s, F_SIGMOID);
    run_boundaries(&s, -44, 43, 1.0);
    check(&s, "around (j+1/2) ln2");

    stats_init(&s, F_SIGMOID);
    run_window(&s, 16.635532f, WIDE);   /* 24 ln2: 1 + e^-a rounds to 1 */
    run_window(&s, 17.328680f, WIDE);   /* 25 ln2: sigmoid rounds to 1 */
    run_window(&s, -20.0f, WIDE);       /* from 1 / (1 + e^-a) to e^a */
    run_window(&s, -87.336548f, WIDE);  /* denormal results below */
    run_window(&s, -103.972076f, WIDE); /* 0 below */
    run_window(&s, -104.0f, WINDOW);
    check(&s, "saturation");
}

static void test_tanh_critical(void **state)
{
    (void)state;
    stats s;
    stats_init(&s, F_TANH);
    run_window(&s, 0.0f, WIDE);
    run_powers(&s, -90, 3); /* x * x underflows below 2^-75 */
    check(&s, "around 0, powers of 2");

    stats_init(&s, F_TANH);
    run_window(&s, 0.625f, WIDE); /* the polynomial's cut-off */
    run_window(&s, -0.625f, WIDE);
    check(&s, "around the cut-off");

    stats_init(&s, F_TANH);
    run_boundaries(&s, 0, 63, 2.0); /* e^2|a| */
    run_boundaries(&s, -64, -1, 2.0);
    check(&s, "around (j+1/2) ln2 / 2");

    stats_init(&s, F_TANH);
    run_window(&s, 9.010913f, WIDE); /* rounds to 1 above */
    run_window(&s, -9.010913f, WIDE);
    run_window(&s, 44.361420f, WINDOW); /* e^2|a| overflows */
    run_window(&s, -44.361420f, WINDOW);
    check(&s, "saturation");
}

/* ---- exact properties ------------------------------------------------- */

static int same_bits(float a, float b)
{
    return bits_of(a) == bits_of(b);
}

static const float SPECIAL[] = {
    0.0f,
    -0.0f,
    INFINITY,
    -INFINITY,
    FLT_MAX,
    -FLT_MAX,
    FLT_MIN,
    -FLT_MIN,
    FLT_TRUE_MIN,
    -FLT_TRUE_MIN,
    0x1p-140f,
    -0x1p-140f,
    0x1.fffffcp-127f,
    -0x1.fffffcp-127f,
    1.0f,
    -1.0f,
    89.0f,
    -104.0f,
    1e10f,
    -1e10f,
    0x1.62e43p6f,
    -0x1.9fe368p6f,
};
#define N_SPECIAL (sizeof SPECIAL / sizeof SPECIAL[0])

static void test_special_values(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_SPECIAL; i++) {
        float a = SPECIAL[i];
        for (int f = 0; f < N_FUNCS; f++) {
            float got, want = reference(f, a);
            BASE[f](&a, &got, 1);
            if ((f == F_SILU && a < -87.0f) || (f == F_GELU && a < -13.0f)) {
                /* the far tails: an absolute bound (test_far_tails) */
                assert_true(fabsf(got - want) < 1e-37f);
                continue;
            }
            int64_t d = key(got) - key(want);
            if (d > BOUNDS[f] || d < -BOUNDS[f] || isnan(got))
                fprintf(stderr, "  %s(%a) = %a, want %a\n", NAMES[f], (double)a,
                        (double)got, (double)want);
            assert_false(isnan(got));
            assert_true(d <= BOUNDS[f] && d >= -BOUNDS[f]);
            if (want == 0.0f || fabsf(want) == 1.0f)
                assert_true(got == want);
        }
    }
    /* exp: exactly 1 at +-0 and for denormals, +inf and +0 at the ends. */
    assert_true(same_bits(ffnn__exp(0.0f), 1.0f));
    assert_true(same_bits(ffnn__exp(-0.0f), 1.0f));
    assert_true(same_bits(ffnn__exp(FLT_TRUE_MIN), 1.0f));
    assert_true(same_bits(ffnn__exp(-FLT_TRUE_MIN), 1.0f));
    assert_true(same_bits(ffnn__exp(INFINITY), INFINITY));
    assert_true(same_bits(ffnn__exp(FLT_MAX), INFINITY));
    /* e^a > FLT_MAX for a > 88.7228391: the floats either side. */
    assert_true(same_bits(ffnn__exp(0x1.62e430p6f), INFINITY));
    assert_true(ffnn__exp(0x1.62e42ep6f) < INFINITY);
    assert_true(same_bits(ffnn__exp(-INFINITY), 0.0f));
    assert_true(same_bits(ffnn__exp(-FLT_MAX), 0.0f));
    assert_true(same_bits(ffnn__exp(-104.0f), 0.0f));
    assert_true(ffnn__exp(-103.9f) == FLT_TRUE_MIN); /* gradual underflow */
    assert_true(ffnn__exp(-88.0f) < FLT_MIN);
    /* sigmoid: 1/2 at +-0, 0 and 1 at the ends, the denormal e^a between. */
    assert_true(same_bits(ffnn__sigmoid_fast(0.0f), 0.5f));
    assert_true(same_bits(ffnn__sigmoid_fast(-0.0f), 0.5f));
    assert_true(same_bits(ffnn__sigmoid_fast(INFINITY), 1.0f));
    assert_true(same_bits(ffnn__sigmoid_fast(-INFINITY), 0.0f));
    assert_true(same_bits(ffnn__sigmoid_fast(FLT_MAX), 1.0f));
    assert_true(same_bits(ffnn__sigmoid_fast(-FLT_MAX), 0.0f));
    assert_true(same_bits(ffnn__sigmoid_fast(20.0f), 1.0f));
    assert_true(ffnn__sigmoid_fast(-90.0f) > 0.0f);
    /* tanh: signed zeros kept, denormals returned as they are, +-1. */
    assert_true(same_bits(ffnn__tanh_fast(0.0f), 0.0f));
    assert_true(same_bits(ffnn__tanh_fast(-0.0f), -0.0f));
    assert_true(same_bits(ffnn__tanh_fast(FLT_TRUE_MIN), FLT_TRUE_MIN));
    assert_true(same_bits(ffnn__tanh_fast(-0x1p-140f), -0x1p-140f));
    assert_true(same_bits(ffnn__tanh_fast(FLT_MIN), FLT_MIN));
    assert_true(same_bits(ffnn__tanh_fast(INFINITY), 1.0f));
    assert_true(same_bits(ffnn__tanh_fast(-INFINITY), -1.0f));
    assert_true(same_bits(ffnn__tanh_fast(FLT_MAX), 1.0f));
    assert_true(same_bits(ffnn__tanh_fast(-FLT_MAX), -1.0f));
    assert_true(same_bits(ffnn__tanh_fast(10.0f), 1.0f));
    /* NaN in, NaN out, whatever its sign and payload. */
    const uint32_t nans[] = {0x7fc00000u, 0xffc00000u, 0x7f800001u, 0xff800001u,
                             0x7fffffffu};
    for (size_t i = 0; i < sizeof nans / sizeof nans[0]; i++) {
        float a = float_of(nans[i]), got[N_FUNCS];
        for (int f = 0; f < N_FUNCS; f++) {
            BASE[f](&a, &got[f], 1);
            assert_true(isnan(got[f]));
        }
    }
}

/* tanh(-a) = -tanh(a) bit for bit, over the sweep and around the cut-off. */
static void check_odd(int64_t lo, int64_t hi, int64_t stride, size_t *count)
{
    float x[CHUNK], neg[CHUNK], y[CHUNK], y_neg[CHUNK];
    int64_t k = lo;
    while (k <= hi) {
        size_t n = 0;
        for (; n < CHUNK && k <= hi; n++, k += stride) {
            x[n] = from_key(k);
            neg[n] = -x[n];
        }
        tanh_base(x, y, n);
        tanh_base(neg, y_neg, n);
        for (size_t i = 0; i < n; i++) {
            if (bits_of(y_neg[i]) != (bits_of(y[i]) ^ 0x80000000u))
                fprintf(stderr, "  tanh(%a) = %a but tanh(%a) = %a\n",
                        (double)x[i], (double)y[i], (double)neg[i],
                        (double)y_neg[i]);
            assert_true(bits_of(y_neg[i]) == (bits_of(y[i]) ^ 0x80000000u));
        }
        *count += n;
    }
}

static void test_tanh_odd(void **state)
{
    (void)state;
    size_t count = 0;
    check_odd(0, key(30.0f), SWEEP_STRIDE, &count);
    check_odd(key(0.625f) - WIDE, key(0.625f) + WIDE, 1, &count);
    check_odd(0, WIDE, 1, &count);
    check_odd(key(INFINITY), key(INFINITY), 1, &count);
    printf("  tanh odd over %zu values\n", count);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sweeps),
        cmocka_unit_test(test_new_activations),
        cmocka_unit_test(test_far_tails),
        cmocka_unit_test(test_exp_critical),
        cmocka_unit_test(test_sigmoid_critical),
        cmocka_unit_test(test_tanh_critical),
        cmocka_unit_test(test_special_values),
        cmocka_unit_test(test_tanh_odd),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
