// stdlib/math/basic.cpp: Go's math bit access, classification, rounding, decomposition,
// remainders, Min/Max/Dim, FMA, Sqrt, Cbrt and Hypot (Go 1.19, linux/amd64).
//
// Follows, operation by operation: bits.go, unsafe.go, abs.go, copysign.go, signbit.go,
// floor.go (Round, RoundToEven), modf.go, frexp.go, ldexp.go, logb.go, mod.go,
// remainder.go, nextafter.go, dim.go (Dim), cbrt.go; and the amd64 code Go uses instead of
// Go source: hypot_amd64.s, dim_amd64.s (Max, Min), the compiler's intrinsics for Floor,
// Ceil, Trunc, RoundToEven (ROUNDSD: exact, a signaling NaN comes back quieted), Sqrt
// (SQRTSD) and FMA (VFMADD231SD when the CPU has FMA; otherwise fma.go, ported step by step
// because its exact zeros and NaNs differ from IEEE's). Go is BSD-licensed.
#include "stdlib/math/internal.h"

#include <atomic>
#include <cmath>
#include <utility>
#if defined(__x86_64__)
#include <cpuid.h>
#endif

namespace csp::gomath {

using namespace detail;

// ---- the FMA path switch ----------------------------------------------------------------

namespace {

// Go's internal/cpu (cpu_x86.go): HasFMA && HasAVX, both requiring the OS to save YMM
// state (OSXSAVE and XCR0 bits 1 and 2).
bool cpu_has_avx_fma() {
#if defined(__x86_64__)
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  bool osxsave = ecx & (1u << 27);
  if (!osxsave) return false;
  unsigned xcr0_lo, xcr0_hi;
  __asm__ volatile("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
  bool os_avx = (xcr0_lo & 6) == 6;
  return os_avx && (ecx & (1u << 12)) && (ecx & (1u << 28));
#else
  return false;
#endif
}

// -1: not yet asked; 0/1: the answer (or the test override).
std::atomic<int> g_fma_path{-1};

}  // namespace

bool detail::fma_path() {
  int v = g_fma_path.load(std::memory_order_relaxed);
  if (v < 0) {
    v = cpu_has_avx_fma() ? 1 : 0;
    g_fma_path.store(v, std::memory_order_relaxed);
  }
  return v != 0;
}

void detail::set_fma_path(bool on) { g_fma_path.store(on ? 1 : 0, std::memory_order_relaxed); }

// ---- bits and classification ------------------------------------------------------------

uint32_t Float32bits(float f) { return std::bit_cast<uint32_t>(f); }
float Float32frombits(uint32_t b) { return std::bit_cast<float>(b); }
uint64_t Float64bits(double f) { return bits(f); }
double Float64frombits(uint64_t b) { return from_bits(b); }

double Inf(int64_t sign) { return sign >= 0 ? pos_inf() : neg_inf(); }
double NaN() { return go_nan(); }
bool IsNaN(double f) { return is_nan(f); }
bool IsInf(double f, int64_t sign) {
  return (sign >= 0 && f > MaxFloat64) || (sign <= 0 && f < -MaxFloat64);
}
bool Signbit(double x) { return (bits(x) & kSignMask) != 0; }
double Abs(double x) { return from_bits(bits(x) & ~kSignMask); }
double Copysign(double f, double sign) {
  return from_bits((bits(f) & ~kSignMask) | (bits(sign) & kSignMask));
}

// ---- rounding ---------------------------------------------------------------------------

// Go's Floor/Ceil/Trunc are ROUNDSD: exact IEEE rounding, a NaN comes back quieted (libm
// may return a signaling NaN unchanged, hence the x + x).
double Floor(double x) { return is_nan(x) ? x + x : std::floor(x); }
double Ceil(double x) { return is_nan(x) ? x + x : std::ceil(x); }
double Trunc(double x) { return is_nan(x) ? x + x : std::trunc(x); }

double Round(double x) {
  uint64_t b = bits(x);
  uint64_t e = (b >> kShift) & kMask;
  if (e < kBias) {
    b &= kSignMask;  // +-0
    if (e == kBias - 1) b |= kOneBits;  // +-1
  } else if (e < kBias + kShift) {
    constexpr uint64_t kHalf = uint64_t{1} << (kShift - 1);
    e -= kBias;
    b += kHalf >> e;
    b &= ~(kFracMask >> e);
  }
  return from_bits(b);
}

// floor.go's RoundToEven; Go's intrinsic (ROUNDSD) returns the same, except that it quiets
// a signaling NaN, which the bit code would return unchanged: do as the intrinsic.
double RoundToEven(double x) {
  if (is_nan(x)) return x + x;
  uint64_t b = bits(x);
  uint64_t e = (b >> kShift) & kMask;
  if (e >= kBias) {
    constexpr uint64_t kHalfMinusULP = (uint64_t{1} << (kShift - 1)) - 1;
    e -= kBias;
    if (e < kShift) {  // else x is an integer already (Go's code adds 0, masks nothing)
      b += (kHalfMinusULP + ((b >> (kShift - e)) & 1)) >> e;
      b &= ~(kFracMask >> e);
    }
  } else if (e == kBias - 1 && (b & kFracMask) != 0) {
    b = (b & kSignMask) | kOneBits;  // +-1
  } else {
    b &= kSignMask;  // +-0
  }
  return from_bits(b);
}

// ---- decomposition ------------------------------------------------------------------------

ModfResult Modf(double f) {
  if (f < 1) {
    if (f < 0) {
      ModfResult r = Modf(-f);
      return {-r.int_part, -r.frac};
    }
    if (f == 0) return {f, f};  // -0, -0 when f == -0
    return {0, f};
  }
  uint64_t x = bits(f);
  uint64_t e = ((x >> kShift) & kMask) - kBias;  // Go's uint arithmetic
  if (e < 64 - 12) x &= ~((uint64_t{1} << (64 - 12 - e)) - 1);
  double int_part = from_bits(x);
  return {int_part, f - int_part};
}

FrexpResult Frexp(double f) {
  if (f == 0) return {f, 0};  // keeps -0
  if (is_inf(f, 0) || is_nan(f)) return {f, 0};
  Normalized n = normalize(f);
  uint64_t x = bits(n.y);
  int64_t exp = n.exp + static_cast<int64_t>((x >> kShift) & kMask) - kBias + 1;
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(-1 + kBias) << kShift;
  return {from_bits(x), exp};
}

double Ldexp(double frac, int64_t exp) {
  if (frac == 0) return frac;  // keeps -0
  if (is_inf(frac, 0) || is_nan(frac)) return frac;
  Normalized n = normalize(frac);
  frac = n.y;
  exp = wrap_add(exp, n.exp);
  uint64_t x = bits(frac);
  exp = wrap_add(exp, static_cast<int64_t>((x >> kShift) & kMask) - kBias);
  if (exp < -1075) return Copysign(0, frac);  // underflow
  if (exp > 1023) return frac < 0 ? neg_inf() : pos_inf();  // overflow
  double m = 1;
  if (exp < -1022) {  // denormal
    exp += 53;
    m = 0x1p-53;
  }
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * from_bits(x);
}

namespace {
int64_t ilogb(double x) {
  Normalized n = normalize(x);
  return static_cast<int64_t>((bits(n.y) >> kShift) & kMask) - kBias + n.exp;
}
}  // namespace

double Logb(double x) {
  if (x == 0) return neg_inf();
  if (is_inf(x, 0)) return pos_inf();
  if (is_nan(x)) return x;
  return static_cast<double>(ilogb(x));
}

int64_t Ilogb(double x) {
  if (x == 0) return MinInt32;
  if (is_nan(x)) return MaxInt32;
  if (is_inf(x, 0)) return MaxInt32;
  return ilogb(x);
}

// ---- remainders ---------------------------------------------------------------------------

double Mod(double x, double y) {
  if (y == 0 || is_inf(x, 0) || is_nan(x) || is_nan(y)) return go_nan();
  y = Abs(y);
  FrexpResult yf = Frexp(y);
  double r = x;
  if (x < 0) r = -x;
  while (r >= y) {
    FrexpResult rf = Frexp(r);
    int64_t rexp = rf.exp;
    if (rf.frac < yf.frac) rexp = rexp - 1;
    r = r - Ldexp(y, rexp - yf.exp);
  }
  if (x < 0) r = -r;
  return r;
}

double Remainder(double x, double y) {
  constexpr double kTiny = 0x1p-1021;  // 4.45014771701440276618e-308
  constexpr double kHalfMax = MaxFloat64 / 2;
  if (is_nan(x) || is_nan(y) || is_inf(x, 0) || y == 0) return go_nan();
  if (is_inf(y, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x == y) return sign ? -0.0 : 0.0;
  if (y <= kHalfMax) x = Mod(x, y + y);  // now x < 2y
  if (y < kTiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    double y_half = 0.5 * y;
    if (x > y_half) {
      x -= y;
      if (x >= y_half) x -= y;
    }
  }
  if (sign) x = -x;
  return x;
}

// ---- neighbours, Dim, Max, Min ------------------------------------------------------------

float Nextafter32(float x, float y) {
  if (is_nan(static_cast<double>(x)) || is_nan(static_cast<double>(y)))
    return static_cast<float>(go_nan());
  if (x == y) return x;
  if (x == 0)
    return static_cast<float>(
        Copysign(static_cast<double>(Float32frombits(1)), static_cast<double>(y)));
  if ((y > x) == (x > 0)) return Float32frombits(Float32bits(x) + 1);
  return Float32frombits(Float32bits(x) - 1);
}

double Nextafter(double x, double y) {
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == y) return x;
  if (x == 0) return Copysign(from_bits(1), y);
  if ((y > x) == (x > 0)) return from_bits(bits(x) + 1);
  return from_bits(bits(x) - 1);
}

double Dim(double x, double y) {
  double v = x - y;
  if (v <= 0) return 0;
  return v;
}

// dim_amd64.s: the special cases by bit tests, then MAXSD/MINSD.
double Max(double x, double y) {
  uint64_t bx = bits(x), by = bits(y);
  if (bx == kInfBits || by == kInfBits) return pos_inf();
  uint64_t ax = bx & ~kSignMask, ay = by & ~kSignMask;
  if (ax > kInfBits || ay > kInfBits) return go_nan();
  if ((ax | ay) == 0) return bx == kSignMask ? y : x;  // +0 unless both are -0
  return x > y ? x : y;  // MAXSD x, y
}

double Min(double x, double y) {
  uint64_t bx = bits(x), by = bits(y);
  if (bx == kNegInfBits || by == kNegInfBits) return neg_inf();
  uint64_t ax = bx & ~kSignMask, ay = by & ~kSignMask;
  if (ax > kInfBits || ay > kInfBits) return go_nan();
  if ((ax | ay) == 0) return bx == kSignMask ? x : y;  // -0 if either is -0
  return x < y ? x : y;  // MINSD x, y
}

// ---- FMA, Sqrt, Cbrt, Hypot ---------------------------------------------------------------

namespace {

// fma.go's software FMA, used by Go when the CPU has no FMA. Its exact zeros do not always
// follow IEEE's sign rule (FMA(1, -1, 1) is -0), so it is kept step by step.
uint64_t fma_zero(uint64_t x) { return x == 0 ? 1 : 0; }
uint64_t fma_nonzero(uint64_t x) { return x != 0 ? 1 : 0; }

// Go's shifts: counts of 64 or more shift everything out.
uint64_t go_shl(uint64_t x, uint64_t n) { return n >= 64 ? 0 : x << n; }
uint64_t go_shr(uint64_t x, uint64_t n) { return n >= 64 ? 0 : x >> n; }

struct U128 {
  uint64_t hi, lo;
};

U128 fma_shl(uint64_t u1, uint64_t u2, uint64_t n) {
  return {go_shl(u1, n) | go_shr(u2, 64 - n) | go_shl(u2, n - 64), go_shl(u2, n)};
}

U128 fma_shr(uint64_t u1, uint64_t u2, uint64_t n) {
  return {go_shr(u1, n), go_shr(u2, n) | go_shl(u1, 64 - n) | go_shr(u1, n - 64)};
}

// Shifts (u1, u2) right by n, keeping a sticky bit of what falls off.
U128 fma_shrcompress(uint64_t u1, uint64_t u2, uint64_t n) {
  if (n == 0) return {u1, u2};
  if (n == 64) return {0, u1 | fma_nonzero(u2)};
  if (n >= 128) return {0, fma_nonzero(u1 | u2)};
  U128 r = fma_shr(u1, u2, n);
  if (n < 64) {
    r.lo |= fma_nonzero(u2 & ((uint64_t{1} << n) - 1));
  } else {
    r.lo |= fma_nonzero((u1 & ((uint64_t{1} << (n - 64)) - 1)) | u2);
  }
  return r;
}

int32_t fma_lz(uint64_t u1, uint64_t u2) {
  int32_t l = std::countl_zero(u1);
  if (l == 64) l += std::countl_zero(u2);
  return l;
}

struct Split {
  uint32_t sign;
  int32_t exp;
  uint64_t mantissa;
};

// The sign, unbiased exponent and mantissa (with its implicit 1, subnormals normalised).
Split fma_split(uint64_t b) {
  Split s;
  s.sign = static_cast<uint32_t>(b >> 63);
  s.exp = static_cast<int32_t>(b >> 52) & static_cast<int32_t>(kMask);
  s.mantissa = b & kFracMask;
  if (s.exp == 0) {
    // Normalize value if subnormal.
    uint64_t shift = static_cast<uint64_t>(std::countl_zero(s.mantissa) - 11);
    s.mantissa <<= shift;
    s.exp = 1 - static_cast<int32_t>(shift);
  } else {
    // Add implicit 1 bit
    s.mantissa |= uint64_t{1} << 52;
  }
  return s;
}

double go_software_fma(double x, double y, double z) {
  uint64_t bx = bits(x), by = bits(y), bz = bits(z);
  // Inf or NaN or zero involved. At most one rounding will occur.
  if (x == 0.0 || y == 0.0 || z == 0.0 || (bx & kInfBits) == kInfBits ||
      (by & kInfBits) == kInfBits)
    return mul_add_in_order(x, y, z);
  // Handle non-finite z separately. Evaluating x*y+z where
  // x and y are finite, but z is infinite, should always result in z.
  if ((bz & kInfBits) == kInfBits) return z;

  // Inputs are (sub)normal.
  // Split x, y, z into sign, exponent, mantissa.
  Split xs = fma_split(bx), ys = fma_split(by), zs = fma_split(bz);
  // Compute product p = x*y as sign, exponent, two-word mantissa.
  // Start with exponent. "is normal" bit isn't subtracted yet.
  int32_t pe = xs.exp + ys.exp - static_cast<int32_t>(kBias) + 1;
  // pm1:pm2 is the double-word mantissa for the product p.
  // Shift left to leave top bit in product. Effectively
  // shifts the 106-bit product to the left by 21.
  unsigned __int128 prod =
      static_cast<unsigned __int128>(xs.mantissa << 10) * (ys.mantissa << 11);
  uint64_t pm1 = static_cast<uint64_t>(prod >> 64), pm2 = static_cast<uint64_t>(prod);
  uint64_t zm1 = zs.mantissa << 10, zm2 = 0;
  uint32_t ps = xs.sign ^ ys.sign;  // product sign
  uint32_t zsign = zs.sign;
  int32_t ze = zs.exp;

  // normalize to 62nd bit
  uint64_t is62zero = (~pm1 >> 62) & 1;
  U128 t = fma_shl(pm1, pm2, is62zero);
  pm1 = t.hi;
  pm2 = t.lo;
  pe -= static_cast<int32_t>(is62zero);

  // Swap addition operands so |p| >= |z|
  if (pe < ze || (pe == ze && pm1 < zm1)) {
    std::swap(ps, zsign);
    std::swap(pe, ze);
    std::swap(pm1, zm1);
    std::swap(pm2, zm2);
  }

  // Align significands
  t = fma_shrcompress(zm1, zm2, static_cast<uint64_t>(static_cast<uint32_t>(pe - ze)));
  zm1 = t.hi;
  zm2 = t.lo;

  // Compute resulting significands, normalizing if necessary.
  uint64_t m, c;
  if (ps == zsign) {
    // Adding (pm1:pm2) + (zm1:zm2)
    uint64_t s2 = pm2 + zm2;
    c = s2 < pm2 ? 1 : 0;
    pm2 = s2;
    pm1 = pm1 + zm1 + c;
    pe -= static_cast<int32_t>(~pm1 >> 63);
    t = fma_shrcompress(pm1, pm2, 64 + (pm1 >> 63));
    pm1 = t.hi;
    m = t.lo;
  } else {
    // Subtracting (pm1:pm2) - (zm1:zm2)
    uint64_t d2 = pm2 - zm2;
    c = pm2 < zm2 ? 1 : 0;
    pm2 = d2;
    pm1 = pm1 - zm1 - c;
    int32_t nz = fma_lz(pm1, pm2);
    pe -= nz;
    t = fma_shl(pm1, pm2, static_cast<uint64_t>(static_cast<uint32_t>(nz - 1)));
    m = t.hi;
    pm2 = t.lo;
    m |= fma_nonzero(pm2);
  }

  // Round and break ties to even
  if (pe > 1022 + static_cast<int32_t>(kBias) ||
      (pe == 1022 + static_cast<int32_t>(kBias) && ((m + (uint64_t{1} << 9)) >> 63) == 1)) {
    // rounded value overflows exponent range
    return from_bits(static_cast<uint64_t>(ps) << 63 | kInfBits);
  }
  if (pe < 0) {
    uint64_t n = static_cast<uint64_t>(static_cast<uint32_t>(-pe));
    m = go_shr(m, n) | fma_nonzero(m & (go_shl(1, n) - 1));
    pe = 0;
  }
  m = ((m + (uint64_t{1} << 9)) >> 10) & ~fma_zero((m & ((uint64_t{1} << 10) - 1)) ^ (uint64_t{1} << 9));
  pe &= -static_cast<int32_t>(fma_nonzero(m));
  return from_bits((static_cast<uint64_t>(ps) << 63) + (static_cast<uint64_t>(pe) << 52) + m);
}

}  // namespace

double FMA(double x, double y, double z) {
  if (fma_path()) {
    // VFMADD231SD: a NaN operand comes back quieted, x's first, then y's, then z's.
    if (is_nan(x)) return x + x;
    if (is_nan(y)) return y + y;
    if (is_nan(z)) return z + z;
    return std::fma(x, y, z);
  }
  return go_software_fma(x, y, z);
}

double Sqrt(double x) { return sqrtsd(x); }

double Cbrt(double x) {
  constexpr uint64_t kB1 = 715094163;  // (682-0.03306235651)*2**20
  constexpr uint64_t kB2 = 696219795;  // (664-0.03306235651)*2**20
  constexpr double kC = 5.42857142857142815906e-01;   // 19/35
  constexpr double kD = -7.05306122448979611050e-01;  // -864/1225
  constexpr double kE = 1.41428571428571436819e+00;   // 99/70
  constexpr double kF = 1.60714285714285720630e+00;   // 45/28
  constexpr double kG = 3.57142857142857150787e-01;   // 5/14
  constexpr double kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || is_nan(x) || is_inf(x, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  // rough cbrt to 5 bits
  double t = from_bits(bits(x) / 3 + (kB1 << 32));
  if (x < kSmallestNormal) {
    t = 0x1p54;
    t *= x;
    t = from_bits(bits(t) / 3 + (kB2 << 32));
  }
  // new cbrt to 23 bits
  double r = t * t / x;
  double s = kC + r * t;
  t *= kG + kF / (s + kE + kD / s);
  // chop to 22 bits, make larger than cbrt(x)
  t = from_bits((bits(t) & (uint64_t{0xFFFFFFFFC} << 28)) + (uint64_t{1} << 30));
  // one step newton iteration to 53 bits with error less than 0.667ulps
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  if (sign) t = -t;
  return t;
}

// hypot_amd64.s: max * sqrt(1 + (min/max)**2), no scaling.
double Hypot(double p, double q) {
  uint64_t bp = bits(p) & ~kSignMask, bq = bits(q) & ~kSignMask;
  if (bp >= kInfBits || bq >= kInfBits) {
    if (bp == kInfBits || bq == kInfBits) return pos_inf();
    return go_nan();
  }
  if ((bp | bq) == 0) return 0;
  double ap = from_bits(bp), aq = from_bits(bq);
  double hi = ap > aq ? ap : aq;  // MAXSD
  double lo = aq < ap ? aq : ap;  // MINSD
  lo = lo / hi;
  lo = lo * lo;
  lo = lo + 1.0;
  lo = sqrtsd(lo);
  return hi * lo;
}

}  // namespace csp::gomath
