/*===- onnxc_builtins.c - Compiler builtins for libraries without libgcc --===*
 *
 * LLVM's code generator turns some operations into calls to compiler-rt /
 * libgcc builtins, depending on the target CPU: float <-> half and bfloat16
 * conversions without F16C or AVX512-BF16, 128-bit integer division, float
 * <-> 128-bit integer conversions, powi. A model library links libc and libm
 * only, so the stub defines every builtin that code generation may call
 * (test/e2e/libcalls.test checks the list against llc for every x86-64
 * level). Each is written with 64-bit integer arithmetic: an operation that
 * would itself lower to one of these builtins would call itself.
 *
 * ONNXC_BUILTIN(name) is the name itself, or a prefixed one when the unit
 * test compiles this file next to libgcc's definitions.
 *
 *===----------------------------------------------------------------------===*/

#include <stdint.h>
#include <string.h>

#ifndef ONNXC_BUILTIN
#define ONNXC_BUILTIN(name) name
#endif

typedef unsigned __int128 onnxc_u128;
typedef __int128 onnxc_i128;

/*---------------------------- narrow floats ---------------------------------*/

/* Rounds a double to the nearest value of a binary format with `exp_bits`
 * exponent bits and `man_bits` mantissa bits (ties to even), returning its bit
 * pattern. Covers half (5, 10) and bfloat16 (8, 7). A float converts to
 * double exactly, so float inputs are rounded once, too. */
static uint16_t narrow_from_double(double value, int exp_bits, int man_bits) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  const int total = 1 + exp_bits + man_bits;
  const uint16_t sign = (uint16_t)((bits >> 63) << (total - 1));
  const int64_t max_exp = (1 << exp_bits) - 1;
  const int64_t bias = (1 << (exp_bits - 1)) - 1;
  const uint16_t inf = (uint16_t)(max_exp << man_bits);
  int64_t exponent = (int64_t)((bits >> 52) & 0x7ff);
  uint64_t mantissa = bits & 0xfffffffffffffULL;
  if (exponent == 0x7ff) /* inf, or a quiet nan keeping the top payload bits */
    return sign | inf |
           (mantissa ? (uint16_t)((1u << (man_bits - 1)) |
                                  (mantissa >> (52 - man_bits)))
                     : 0);
  if (exponent == 0) return sign; /* double subnormals are below every
                                     narrow format's smallest value */
  int64_t e = exponent - 1023 + bias;
  if (e >= max_exp) return sign | inf;
  uint64_t m = mantissa | (1ULL << 52); /* with the implicit bit */
  int shift = 52 - man_bits;
  if (e <= 0) { /* subnormal result, or zero */
    shift += (int)(1 - e);
    if (shift > 53) return sign; /* below half the smallest subnormal */
    e = 0;
  } else {
    m &= ~(1ULL << 52);
  }
  uint64_t kept = m >> shift;
  uint64_t rest = m & ((1ULL << shift) - 1);
  uint64_t halfway = 1ULL << (shift - 1);
  uint32_t result = (uint32_t)(((uint64_t)e << man_bits) | kept);
  if (rest > halfway || (rest == halfway && (kept & 1)))
    ++result; /* a carry into the exponent is still the right value */
  return (uint16_t)(sign | result);
}

static float half_bits_to_float(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16;
  uint32_t exponent = (h >> 10) & 0x1f;
  uint32_t mantissa = h & 0x3ff;
  uint32_t bits;
  if (exponent == 0x1f) {
    bits = sign | 0x7f800000u | (mantissa << 13);
  } else if (exponent) {
    bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa) { /* subnormal half: normal as a float */
    int shift = 0;
    while (!(mantissa & 0x400)) {
      mantissa <<= 1;
      ++shift;
    }
    bits = sign | ((uint32_t)(113 - shift) << 23) | ((mantissa & 0x3ff) << 13);
  } else {
    bits = sign;
  }
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}

static _Float16 half_from_bits(uint16_t bits) {
  _Float16 h;
  memcpy(&h, &bits, sizeof h);
  return h;
}

static __bf16 bfloat_from_bits(uint16_t bits) {
  __bf16 b;
  memcpy(&b, &bits, sizeof b);
  return b;
}

_Float16 ONNXC_BUILTIN(__truncdfhf2)(double value) {
  return half_from_bits(narrow_from_double(value, 5, 10));
}

_Float16 ONNXC_BUILTIN(__truncsfhf2)(float value) {
  return half_from_bits(narrow_from_double(value, 5, 10));
}

__bf16 ONNXC_BUILTIN(__truncdfbf2)(double value) {
  return bfloat_from_bits(narrow_from_double(value, 8, 7));
}

__bf16 ONNXC_BUILTIN(__truncsfbf2)(float value) {
  return bfloat_from_bits(narrow_from_double(value, 8, 7));
}

float ONNXC_BUILTIN(__extendhfsf2)(_Float16 value) {
  uint16_t bits;
  memcpy(&bits, &value, sizeof bits);
  return half_bits_to_float(bits);
}

float ONNXC_BUILTIN(__extendbfsf2)(__bf16 value) {
  uint16_t bits;
  memcpy(&bits, &value, sizeof bits);
  uint32_t wide = (uint32_t)bits << 16;
  float f;
  memcpy(&f, &wide, sizeof f);
  return f;
}

/*------------------------- 128-bit integer division -------------------------*/

static int clz128(onnxc_u128 x) {
  uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
  return hi ? __builtin_clzll(hi) : lo ? 64 + __builtin_clzll(lo) : 128;
}

/* Quotient and remainder by shift and subtract: one step per quotient bit. */
static onnxc_u128 udivmod128(onnxc_u128 n, onnxc_u128 d, onnxc_u128 *rem) {
  if (d == 0) __builtin_trap(); /* as the hardware does for 64 bits */
  if (d > n) {
    *rem = n;
    return 0;
  }
  if (!(n >> 64)) { /* both fit in 64 bits */
    uint64_t n64 = (uint64_t)n, d64 = (uint64_t)d;
    *rem = n64 % d64;
    return n64 / d64;
  }
  int shift = clz128(d) - clz128(n);
  d <<= shift;
  onnxc_u128 q = 0;
  for (int i = 0; i <= shift; ++i) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  *rem = n;
  return q;
}

static onnxc_u128 magnitude(onnxc_i128 x) {
  return x < 0 ? (onnxc_u128)0 - (onnxc_u128)x : (onnxc_u128)x;
}

onnxc_u128 ONNXC_BUILTIN(__udivti3)(onnxc_u128 a, onnxc_u128 b) {
  onnxc_u128 r;
  return udivmod128(a, b, &r);
}

onnxc_u128 ONNXC_BUILTIN(__umodti3)(onnxc_u128 a, onnxc_u128 b) {
  onnxc_u128 r;
  udivmod128(a, b, &r);
  return r;
}

onnxc_i128 ONNXC_BUILTIN(__divti3)(onnxc_i128 a, onnxc_i128 b) {
  onnxc_u128 r, q = udivmod128(magnitude(a), magnitude(b), &r);
  return (onnxc_i128)(((a < 0) != (b < 0)) ? (onnxc_u128)0 - q : q);
}

onnxc_i128 ONNXC_BUILTIN(__modti3)(onnxc_i128 a, onnxc_i128 b) {
  onnxc_u128 r;
  udivmod128(magnitude(a), magnitude(b), &r);
  return (onnxc_i128)(a < 0 ? (onnxc_u128)0 - r : r);
}

/*-------------------- floats <-> 128-bit integers ---------------------------*/

/* Rounds |x| to double once: the bits below the top 64 fold into a sticky
 * bit, which the 64-bit conversion rounds like the full value (it keeps at
 * least two bits below a double's or a float's mantissa). */
static double u128_to_double(onnxc_u128 x, int is_float) {
  int lead = 128 - clz128(x);
  if (lead <= 64)
    return is_float ? (double)(float)(uint64_t)x : (double)(uint64_t)x;
  int shift = lead - 64;
  uint64_t top = (uint64_t)(x >> shift);
  if (x & (((onnxc_u128)1 << shift) - 1)) top |= 1;
  double scale = 1.0;
  for (int i = 0; i < shift; ++i) scale *= 2.0; /* exact: shift <= 64 */
  if (is_float) return (double)((float)top * (float)scale);
  return (double)top * scale;
}

float ONNXC_BUILTIN(__floattisf)(onnxc_i128 a) {
  float m = (float)u128_to_double(magnitude(a), 1);
  return a < 0 ? -m : m;
}

double ONNXC_BUILTIN(__floattidf)(onnxc_i128 a) {
  double m = u128_to_double(magnitude(a), 0);
  return a < 0 ? -m : m;
}

_Float16 ONNXC_BUILTIN(__floattihf)(onnxc_i128 a) {
  /* Every integer above 65520 rounds to infinity in half precision; below,
   * the float is exact, so there is one rounding. */
  onnxc_u128 m = magnitude(a);
  double d = m > 65536 ? 65536.0 : (double)(uint64_t)m;
  return half_from_bits(narrow_from_double(a < 0 ? -d : d, 5, 10));
}

float ONNXC_BUILTIN(__floatuntisf)(onnxc_u128 a) {
  return (float)u128_to_double(a, 1);
}

double ONNXC_BUILTIN(__floatuntidf)(onnxc_u128 a) {
  return u128_to_double(a, 0);
}

_Float16 ONNXC_BUILTIN(__floatuntihf)(onnxc_u128 a) {
  double d = a > 65536 ? 65536.0 : (double)(uint64_t)a;
  return half_from_bits(narrow_from_double(d, 5, 10));
}

/* Truncates toward zero; out of range saturates, nan gives 0. */
static onnxc_u128 double_to_u128_magnitude(double x, int *too_big,
                                           int limit_bits) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  int exponent = (int)((bits >> 52) & 0x7ff) - 1023;
  *too_big = 0;
  if (exponent < 0) return 0;
  if (exponent >= limit_bits) {
    *too_big = 1;
    return 0;
  }
  onnxc_u128 m = (bits & 0xfffffffffffffULL) | (1ULL << 52);
  return exponent >= 52 ? m << (exponent - 52) : m >> (52 - exponent);
}

static onnxc_i128 double_to_i128(double x) {
  if (x != x) return 0;
  int too_big;
  onnxc_u128 m = double_to_u128_magnitude(x < 0 ? -x : x, &too_big, 127);
  const onnxc_u128 max = ((onnxc_u128)1 << 127) - 1;
  if (too_big) return (onnxc_i128)(x < 0 ? max + 1 : max);
  return (onnxc_i128)(x < 0 ? (onnxc_u128)0 - m : m);
}

static onnxc_u128 double_to_u128(double x) {
  if (x != x || x <= 0) return 0;
  int too_big;
  onnxc_u128 m = double_to_u128_magnitude(x, &too_big, 128);
  return too_big ? ~(onnxc_u128)0 : m;
}

onnxc_i128 ONNXC_BUILTIN(__fixdfti)(double a) { return double_to_i128(a); }
onnxc_i128 ONNXC_BUILTIN(__fixsfti)(float a) { return double_to_i128(a); }
onnxc_i128 ONNXC_BUILTIN(__fixhfti)(_Float16 a) {
  uint16_t bits;
  memcpy(&bits, &a, sizeof bits);
  return double_to_i128(half_bits_to_float(bits));
}
onnxc_u128 ONNXC_BUILTIN(__fixunsdfti)(double a) { return double_to_u128(a); }
onnxc_u128 ONNXC_BUILTIN(__fixunssfti)(float a) { return double_to_u128(a); }
onnxc_u128 ONNXC_BUILTIN(__fixunshfti)(_Float16 a) {
  uint16_t bits;
  memcpy(&bits, &a, sizeof bits);
  return double_to_u128(half_bits_to_float(bits));
}

/*----------------------------------- powi -----------------------------------*/

/* llvm.powi: repeated squaring, the reciprocal for negative exponents. */
double ONNXC_BUILTIN(__powidf2)(double a, int b) {
  int negative = b < 0;
  double r = 1;
  for (unsigned n = negative ? 0u - (unsigned)b : (unsigned)b;; a *= a) {
    if (n & 1) r *= a;
    n >>= 1;
    if (!n) break;
  }
  return negative ? 1 / r : r;
}

float ONNXC_BUILTIN(__powisf2)(float a, int b) {
  int negative = b < 0;
  float r = 1;
  for (unsigned n = negative ? 0u - (unsigned)b : (unsigned)b;; a *= a) {
    if (n & 1) r *= a;
    n >>= 1;
    if (!n) break;
  }
  return negative ? 1 / r : r;
}
