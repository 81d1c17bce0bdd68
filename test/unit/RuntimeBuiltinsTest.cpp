//===- RuntimeBuiltinsTest.cpp - The stub's compiler builtins -------------===//
//
// The builtins that the runtime stub defines for code generation
// (runtime/onnxc_builtins.c) against GCC's own (libgcc) where GCC 12 has
// them, and against an independent exact rounding (frexp, then rounding to
// an integer in the format's quantum) for the narrow float formats.
//
//===----------------------------------------------------------------------===//

#include <gtest/gtest.h>

#include <cfenv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>

extern "C" {
_Float16 onnxc_test__truncsfhf2(float);
_Float16 onnxc_test__truncdfhf2(double);
float onnxc_test__extendhfsf2(_Float16);
uint16_t onnxc_test_truncsfbf2_bits(float);
uint16_t onnxc_test_truncdfbf2_bits(double);
float onnxc_test_extendbfsf2_bits(uint16_t);
__int128 onnxc_test__divti3(__int128, __int128);
__int128 onnxc_test__modti3(__int128, __int128);
unsigned __int128 onnxc_test__udivti3(unsigned __int128, unsigned __int128);
unsigned __int128 onnxc_test__umodti3(unsigned __int128, unsigned __int128);
float onnxc_test__floattisf(__int128);
double onnxc_test__floattidf(__int128);
_Float16 onnxc_test__floattihf(__int128);
float onnxc_test__floatuntisf(unsigned __int128);
double onnxc_test__floatuntidf(unsigned __int128);
__int128 onnxc_test__fixsfti(float);
__int128 onnxc_test__fixdfti(double);
__int128 onnxc_test__fixhfti(_Float16);
unsigned __int128 onnxc_test__fixunssfti(float);
unsigned __int128 onnxc_test__fixunsdfti(double);
float onnxc_test__powisf2(float, int);
double onnxc_test__powidf2(double, int);
}

namespace {

template <typename T> uint64_t bitsOf(T value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof value);
  return bits;
}

float floatFromBits(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

/// The nearest value (ties to even) of a binary format with `mantissaBits`
/// stored mantissa bits, smallest normal exponent `minExp` and largest
/// finite value `maxFinite`, as a double (or inf): an independent reference.
double roundToFormat(double x, int mantissaBits, int minExp, double maxFinite) {
  if (std::isnan(x) || std::isinf(x) || x == 0) return x;
  int exponent;
  std::frexp(std::fabs(x), &exponent); // |x| = m * 2^exponent, m in [0.5, 1)
  int e = std::max(exponent - 1, minExp); // the quantum's binade
  int quantum = e - mantissaBits;
  std::fesetround(FE_TONEAREST);
  double r = std::nearbyint(std::ldexp(std::fabs(x), -quantum));
  double result = std::ldexp(r, quantum);
  if (result > maxFinite) result = INFINITY;
  return std::copysign(result, x);
}

uint16_t referenceBF16(double x) {
  if (std::isnan(x)) return 0;
  float f = static_cast<float>(roundToFormat(x, 7, -126, 0x1.FEp127));
  return static_cast<uint16_t>(bitsOf(f) >> 16);
}

double referenceHalf(double x) { return roundToFormat(x, 10, -14, 65504.0); }

uint16_t halfBits(_Float16 h) { return static_cast<uint16_t>(bitsOf(h)); }

TEST(RuntimeBuiltins, FloatToHalfMatchesLibgcc) {
  for (uint64_t b = 0; b <= 0xFFFFFFFFull; b += 509) {
    float f = floatFromBits(static_cast<uint32_t>(b));
    _Float16 got = onnxc_test__truncsfhf2(f);
    if (std::isnan(f)) {
      EXPECT_TRUE(std::isnan(static_cast<float>(got))) << b;
      continue;
    }
    ASSERT_EQ(halfBits(got), halfBits(static_cast<_Float16>(f))) << f;
    ASSERT_EQ(static_cast<double>(got), referenceHalf(f)) << f;
  }
}

TEST(RuntimeBuiltins, DoubleToHalfRoundsOnce) {
  std::mt19937_64 rng(1);
  for (int i = 0; i < 2000000; ++i) {
    double d = std::ldexp(std::uniform_real_distribution<double>(-2, 2)(rng),
                          static_cast<int>(rng() % 50) - 30);
    if (i % 7 == 0) // halfway between two halfs, nudged by a far bit
      d = std::ldexp(static_cast<double>((rng() % 2048) * 2 + 1), -11) +
          ((i % 2) ? 0x1p-40 : 0);
    _Float16 got = onnxc_test__truncdfhf2(d);
    ASSERT_EQ(static_cast<double>(got), referenceHalf(d)) << d;
    ASSERT_EQ(halfBits(got), halfBits(static_cast<_Float16>(d))) << d;
  }
  // Through float, 1 + 2^-11 + 2^-40 would round to the tie and then down.
  EXPECT_EQ(static_cast<double>(onnxc_test__truncdfhf2(1 + 0x1p-11 + 0x1p-40)),
            1 + 0x1p-10);
}

TEST(RuntimeBuiltins, HalfToFloatIsExact) {
  for (uint32_t b = 0; b < 0x10000; ++b) {
    _Float16 h;
    uint16_t bits = static_cast<uint16_t>(b);
    std::memcpy(&h, &bits, sizeof h);
    float got = onnxc_test__extendhfsf2(h);
    float want = static_cast<float>(h);
    if (std::isnan(want)) {
      EXPECT_TRUE(std::isnan(got)) << b;
      continue;
    }
    ASSERT_EQ(bitsOf(got), bitsOf(want)) << b;
  }
}

TEST(RuntimeBuiltins, FloatToBFloat16RoundsToNearestEven) {
  for (uint64_t b = 0; b <= 0xFFFFFFFFull; b += 509) {
    float f = floatFromBits(static_cast<uint32_t>(b));
    uint16_t got = onnxc_test_truncsfbf2_bits(f);
    if (std::isnan(f)) {
      EXPECT_EQ(got & 0x7FC0, 0x7FC0) << b; // a quiet nan
      continue;
    }
    ASSERT_EQ(got, referenceBF16(f)) << f;
  }
  EXPECT_EQ(onnxc_test_truncsfbf2_bits(1 + 0x1p-8f), 0x3F80);  // tie: even
  EXPECT_EQ(onnxc_test_truncsfbf2_bits(1 + 0x1p-8f + 0x1p-20f), 0x3F81);
  EXPECT_EQ(onnxc_test_truncsfbf2_bits(0x1.FFp127f), 0x7F80); // overflows
  EXPECT_EQ(onnxc_test_truncsfbf2_bits(0x1p-133f), 0x0001);   // subnormal
}

TEST(RuntimeBuiltins, DoubleToBFloat16RoundsOnce) {
  std::mt19937_64 rng(2);
  for (int i = 0; i < 2000000; ++i) {
    double d = std::ldexp(std::uniform_real_distribution<double>(-2, 2)(rng),
                          static_cast<int>(rng() % 300) - 150);
    ASSERT_EQ(onnxc_test_truncdfbf2_bits(d), referenceBF16(d)) << d;
  }
  // Through float, 1 + 2^-8 + 2^-40 would round to the tie and then down.
  EXPECT_EQ(onnxc_test_truncdfbf2_bits(1 + 0x1p-8 + 0x1p-40), 0x3F81);
}

TEST(RuntimeBuiltins, BFloat16ToFloat) {
  for (uint32_t b = 0; b < 0x10000; ++b) {
    float got = onnxc_test_extendbfsf2_bits(static_cast<uint16_t>(b));
    ASSERT_EQ(bitsOf(got), b << 16);
  }
}

__int128 randomInt128(std::mt19937_64 &rng) {
  unsigned __int128 v = (static_cast<unsigned __int128>(rng()) << 64) | rng();
  return static_cast<__int128>(v >> (rng() % 127));
}

TEST(RuntimeBuiltins, Int128DivisionMatchesLibgcc) {
  std::mt19937_64 rng(3);
  const __int128 min = static_cast<__int128>(
      static_cast<unsigned __int128>(1) << 127);
  const __int128 max = ~min;
  std::vector<__int128> edges = {1, -1, 2, -2, 3, 7, max, min + 1, 1ll << 62,
                                 static_cast<__int128>(1) << 64, 0};
  auto check = [&](__int128 a, __int128 b) {
    if (b == 0 || (a == min && b == -1)) return;
    ASSERT_TRUE(onnxc_test__divti3(a, b) == a / b);
    ASSERT_TRUE(onnxc_test__modti3(a, b) == a % b);
    auto ua = static_cast<unsigned __int128>(a);
    auto ub = static_cast<unsigned __int128>(b);
    ASSERT_TRUE(onnxc_test__udivti3(ua, ub) == ua / ub);
    ASSERT_TRUE(onnxc_test__umodti3(ua, ub) == ua % ub);
  };
  for (__int128 a : edges)
    for (__int128 b : edges) {
      check(a, b);
      check(-a, b);
    }
  for (int i = 0; i < 200000; ++i) {
    __int128 a = randomInt128(rng), b = randomInt128(rng);
    check(rng() % 2 ? a : -a, rng() % 2 ? b : -b);
  }
  EXPECT_TRUE(onnxc_test__divti3(min, 1) == min);
}

TEST(RuntimeBuiltins, Int128ConversionsMatchLibgcc) {
  std::mt19937_64 rng(4);
  for (int i = 0; i < 300000; ++i) {
    __int128 v = randomInt128(rng);
    if (rng() % 2) v = -v;
    auto u = static_cast<unsigned __int128>(v < 0 ? -v : v) << (rng() % 2);
    ASSERT_EQ(bitsOf(onnxc_test__floattisf(v)), bitsOf(static_cast<float>(v)));
    ASSERT_EQ(bitsOf(onnxc_test__floattidf(v)), bitsOf(static_cast<double>(v)));
    ASSERT_EQ(bitsOf(onnxc_test__floatuntisf(u)),
              bitsOf(static_cast<float>(u)));
    ASSERT_EQ(bitsOf(onnxc_test__floatuntidf(u)),
              bitsOf(static_cast<double>(u)));
    __int128 small = v >> (rng() % 128);
    ASSERT_EQ(halfBits(onnxc_test__floattihf(small)),
              halfBits(static_cast<_Float16>(referenceHalf(
                  static_cast<double>(small)))))
        << static_cast<long long>(small);

    double d = std::ldexp(std::uniform_real_distribution<double>(-1, 1)(rng),
                          static_cast<int>(rng() % 127));
    ASSERT_TRUE(onnxc_test__fixdfti(d) == static_cast<__int128>(d)) << d;
    float f = static_cast<float>(d);
    ASSERT_TRUE(onnxc_test__fixsfti(f) == static_cast<__int128>(f)) << f;
    double ud = std::fabs(d) * 2;
    ASSERT_TRUE(onnxc_test__fixunsdfti(ud) ==
                static_cast<unsigned __int128>(ud));
    ASSERT_TRUE(onnxc_test__fixunssfti(static_cast<float>(ud)) ==
                static_cast<unsigned __int128>(static_cast<float>(ud)));
    _Float16 h = static_cast<_Float16>(std::ldexp(
        std::uniform_real_distribution<double>(-1, 1)(rng), rng() % 16));
    ASSERT_TRUE(onnxc_test__fixhfti(h) ==
                static_cast<__int128>(static_cast<float>(h)));
  }
  // Out of range saturates; nan is 0.
  EXPECT_TRUE(onnxc_test__fixunssfti(-1.0f) == 0);
  EXPECT_TRUE(onnxc_test__fixunsdfti(0x1p200) ==
              ~static_cast<unsigned __int128>(0));
  EXPECT_TRUE(onnxc_test__fixdfti(NAN) == 0);
  // 2^128 - 1 rounds up past float's largest value.
  EXPECT_TRUE(std::isinf(onnxc_test__floatuntisf(
      ~static_cast<unsigned __int128>(0))));
}

TEST(RuntimeBuiltins, PowiMatchesLibgcc) {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 100000; ++i) {
    double x = std::uniform_real_distribution<double>(-3, 3)(rng);
    int n = static_cast<int>(rng() % 81) - 40;
    ASSERT_EQ(bitsOf(onnxc_test__powidf2(x, n)), bitsOf(__builtin_powi(x, n)))
        << x << "^" << n;
    float f = static_cast<float>(x);
    ASSERT_EQ(bitsOf(onnxc_test__powisf2(f, n)),
              bitsOf(__builtin_powif(f, n)))
        << f << "^" << n;
  }
  EXPECT_EQ(onnxc_test__powidf2(2.0, std::numeric_limits<int>::min()), 0.0);
}

} // namespace
