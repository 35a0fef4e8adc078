// stdlib/math/exp_log.cpp: Go's Exp, Exp2, Expm1, Log, Log10, Log2, Log1p, Pow, Pow10
// (Go 1.19, linux/amd64).
//
// Exp and Log are what Go's amd64 assembly computes, instruction by instruction:
//  - exp_amd64.s (Shibata's method: k = round(x*log2(e)) by CVTSD2SL, a Taylor series of
//    degree 8 on r/16, squared back four times, scaled by 2**k through the exponent bits),
//    on its FMA path when fma_path() (as Go when the CPU has AVX and FMA), else its plain
//    SSE2 path. The two paths differ in the last bit for many arguments.
//  - log_amd64.s (fdlibm's polynomial, but the argument is split by bit masks without
//    normalising subnormals, and f1 <= Sqrt2/2 rather than f1 < Sqrt2/2 halves it).
// The others follow Go source: exp.go (exp2, expmulti), expm1.go, log10.go, log1p.go,
// pow.go, pow10.go. Go is BSD-licensed.
#include "stdlib/math/internal.h"

#include <cmath>

namespace csp::gomath {

using namespace detail;

// ---- Exp (exp_amd64.s) ----------------------------------------------------------------------

namespace {

// CVTSD2SL: round to nearest even, 0x80000000 when out of range.
int32_t cvtsd2sl(double v) {
#if defined(__x86_64__)
  return _mm_cvtsd_si32(_mm_set_sd(v));
#else
  double r = std::nearbyint(v);
  if (r >= -0x1p31 && r < 0x1p31) return static_cast<int32_t>(r);
  return INT32_MIN;
#endif
}

// exp_amd64.s's table (exprodata) of Taylor coefficients.
constexpr double kHalf = 0.5, kOne = 1.0, kTwo = 2.0;
constexpr double kC3 = 1.6666666666666666667e-1;
constexpr double kC4 = 4.1666666666666666667e-2;
constexpr double kC5 = 8.3333333333333333333e-3;
constexpr double kC6 = 1.3888888888888888889e-3;
constexpr double kC7 = 1.9841269841269841270e-4;
constexpr double kC8 = 2.4801587301587301587e-5;

}  // namespace

double detail::exp_amd64(double x, bool fma) {
  constexpr double kLog2E = 1.4426950408889634073599246810018920;  // 1/LN2
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;  // upper half LN2
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;  // lower
  constexpr double kOverflow = 7.09782712893384e+02;
  uint64_t bx = bits(x);
  if ((bx & ~kSignMask) >= kInfBits) {  // not finite
    if (bx == kNegInfBits) return 0;
    return x;  // NaN or +Inf, bits unchanged
  }
  if (x > kOverflow) return pos_inf();
  int32_t k = cvtsd2sl(kLog2E * x);
  double kf = static_cast<double>(k);
  double r = x, p;
  if (!fma) {
    r = r - kLn2U * kf;
    r = r - kLn2L * kf;
    r = r * 0.0625;  // reduce argument
    p = kC8 * r;
    p = (p + kC7) * r;
    p = (p + kC6) * r;
    p = (p + kC5) * r;
    p = (p + kC4) * r;
    p = (p + kC3) * r;
    p = (p + kHalf) * r;
    p = p + kOne;
    r = r * p;
    for (int i = 0; i < 4; i++) r = r * (kTwo + r);  // (e**t - 1) doubled up to e**16t - 1
    r = r + kOne;
  } else {
    r = std::fma(-kf, kLn2U, r);
    r = std::fma(-kf, kLn2L, r);
    r = r * 0.0625;
    p = kC8;
    p = std::fma(r, p, kC7);
    p = std::fma(r, p, kC6);
    p = std::fma(r, p, kC5);
    p = std::fma(r, p, kC4);
    p = std::fma(r, p, kC3);
    p = std::fma(r, p, kHalf);
    p = std::fma(r, p, kOne);
    r = r * p;
    for (int i = 0; i < 3; i++) r = r * (r + kTwo);
    r = std::fma(r + kTwo, r, kOne);
  }
  // return fr * 2**exponent
  int32_t e = k + 0x3FF;  // k >= INT32_MIN, and k <= 1024: no overflow
  if (e <= 0) {           // denormal
    if (e < -52) return 0;  // underflow
    e += 0x3FE;
    r = r * from_bits(static_cast<uint64_t>(e) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return pos_inf();
  }
  return r * from_bits(static_cast<uint64_t>(e) << 52);
}

double Exp(double x) { return exp_amd64(x, fma_path()); }

// ---- Exp2 (exp.go) -------------------------------------------------------------------------

namespace {

// exp(hi-lo) * 2**k, as exp.go's expmulti.
double expmulti(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01;   // 0x3FC55555; 0x55555555
  constexpr double P2 = -2.77777777770155933842e-03;  // 0xBF66C16C; 0x16BEBD93
  constexpr double P3 = 6.61375632143793436117e-05;   // 0x3F11566A; 0xAF25DE2C
  constexpr double P4 = -1.65339022054652515390e-06;  // 0xBEBBBD41; 0xC5D26BF1
  constexpr double P5 = 4.13813679705723846039e-08;   // 0x3E663769; 0x72BEA4D0
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return Ldexp(y, k);
}

}  // namespace

double Exp2(double x) {
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double kOverflow = 1.0239999999999999e+03;
  constexpr double kUnderflow = -1.0740e+03;
  if (is_nan(x) || is_inf(x, 1)) return x;
  if (is_inf(x, -1)) return 0;
  if (x > kOverflow) return pos_inf();
  if (x < kUnderflow) return 0;
  // argument reduction; x = r*lg(e) + k with |r| <= ln(2)/2.
  int64_t k = 0;
  if (x > 0) {
    k = static_cast<int64_t>(x + 0.5);
  } else if (x < 0) {
    k = static_cast<int64_t>(x - 0.5);
  }
  double t = x - static_cast<double>(k);
  double hi = t * kLn2Hi;
  double lo = -t * kLn2Lo;
  return expmulti(hi, lo, k);
}

// ---- Expm1 (expm1.go) ------------------------------------------------------------------------

double Expm1(double x) {
  constexpr double kOthreshold = 7.09782712893383973096e+02;  // 0x40862E42FEFA39EF
  constexpr double kLn2X56 = 3.88162421113569373274e+01;      // 0x4043687a9f1af2b1
  constexpr double kLn2HalfX3 = 1.03972077083991796413e+00;   // 0x3ff0a2b23f3bab73
  constexpr double kLn2Half = 3.46573590279972654709e-01;     // 0x3fd62e42fefa39ef
  constexpr double kLn2Hi = 6.93147180369123816490e-01;       // 0x3fe62e42fee00000
  constexpr double kLn2Lo = 1.90821492927058770002e-10;       // 0x3dea39ef35793c76
  constexpr double kInvLn2 = 1.44269504088896338700e+00;      // 0x3ff71547652b82fe
  constexpr double kTiny = 0x1p-54;
  constexpr double Q1 = -3.33333333333331316428e-02;  // 0xBFA11111111110F4
  constexpr double Q2 = 1.58730158725481460165e-03;   // 0x3F5A01A019FE5585
  constexpr double Q3 = -7.93650757867487942473e-05;  // 0xBF14CE199EAADBB7
  constexpr double Q4 = 4.00821782732936239552e-06;   // 0x3ED0CFCA86E65239
  constexpr double Q5 = -2.01099218183624371326e-07;  // 0xBE8AFDB76E09C32D

  if (is_inf(x, 1) || is_nan(x)) return x;
  if (is_inf(x, -1)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  // filter out huge argument
  if (absx >= kLn2X56) {  // |x| >= 56 * ln2
    if (sign) return -1;  // x < -56*ln2
    if (absx >= kOthreshold) return pos_inf();
  }
  // argument reduction
  double c = 0;
  int64_t k = 0;
  if (absx > kLn2Half) {  // |x| > 0.5 * ln2
    double hi, lo;
    if (absx < kLn2HalfX3) {  // and |x| < 1.5 * ln2
      if (!sign) {
        hi = x - kLn2Hi;
        lo = kLn2Lo;
        k = 1;
      } else {
        hi = x + kLn2Hi;
        lo = -kLn2Lo;
        k = -1;
      }
    } else {
      if (!sign) {
        k = static_cast<int64_t>(kInvLn2 * x + 0.5);
      } else {
        k = static_cast<int64_t>(kInvLn2 * x - 0.5);
      }
      double t = static_cast<double>(k);
      hi = x - t * kLn2Hi;  // t * Ln2Hi is exact here
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < kTiny) {  // |x| < 2**-54
    return x;
  } else {
    k = 0;
  }
  // x is now in primary range
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);  // c is 0
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  uint64_t kshift = static_cast<uint64_t>(k) << 52;
  if (k <= -2 || k > 56) {  // suffice to return exp(x)-1
    double y = 1 - (e - x);
    y = from_bits(bits(y) + kshift);  // add k to y's exponent
    return y - 1;
  }
  if (k < 20) {
    double t1 = from_bits(0x3ff0000000000000 - (0x20000000000000 >> k));  // 1-2**-k
    double y = t1 - (e - x);
    y = from_bits(bits(y) + kshift);
    return y;
  }
  t = from_bits(static_cast<uint64_t>(0x3ff - k) << 52);  // 2**-k
  double y = x - (e + t);
  y++;
  y = from_bits(bits(y) + kshift);
  return y;
}

// ---- Log (log_amd64.s) -------------------------------------------------------------------------

double Log(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;  // sqrt(2)/2
  constexpr double kLn2Hi = 6.93147180369123816490e-01;   // 0x3fe62e42fee00000
  constexpr double kLn2Lo = 1.90821492927058770002e-10;   // 0x3dea39ef35793c76
  constexpr double L1 = 6.666666666666735130e-01;         // 0x3FE5555555555593
  constexpr double L2 = 3.999999999940941908e-01;         // 0x3FD999999997FA04
  constexpr double L3 = 2.857142874366239149e-01;         // 0x3FD2492494229359
  constexpr double L4 = 2.222219843214978396e-01;         // 0x3FCC71C51D8E78AF
  constexpr double L5 = 1.818357216161805012e-01;         // 0x3FC7466496CB03DE
  constexpr double L6 = 1.531383769920937332e-01;         // 0x3FC39A09D078C69F
  constexpr double L7 = 1.479819860511658591e-01;         // 0x3FC2F112DF3E5244
  uint64_t bx = bits(x);
  if ((bx & ~kSignMask) == 0) return neg_inf();
  if (static_cast<int64_t>(bx) < 0) return go_nan();  // negative, or a NaN with sign bit
  if (bx >= kInfBits) return x;                        // +Inf or NaN, bits unchanged
  // f1, ki := Frexp(x), by masks only (subnormals are not normalised).
  double f1 = from_bits((bx & 0x000FFFFFFFFFFFFF) | bits(0.5));
  double k = static_cast<double>(static_cast<int32_t>(((bx >> 52) & 0x7FF) - 0x3FE));
  // if f1 <= Sqrt2/2 (CMPSD NLT) { k -= 1; f1 *= 2 }
  double adj = (f1 <= kHSqrt2) ? 1.0 : 0.0;
  k = k - adj;
  f1 = f1 * (adj + 1.0);
  double f = f1 - 1.0;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = L7 * s4;
  t1 = (t1 + L5) * s4;
  t1 = (t1 + L3) * s4;
  t1 = s2 * (t1 + L1);
  double t2 = L6 * s4;
  t2 = (t2 + L4) * s4;
  t2 = s4 * (t2 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  double u = s * (R + hfsq);
  u = u + kLn2Lo * k;
  double v = (hfsq - u) - f;
  return k * kLn2Hi - v;
}

// ---- Log10, Log2 (log10.go), Log1p (log1p.go) ---------------------------------------------------

double Log10(double x) {
  constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;  // Go's 1/Ln10, folded exactly
  return Log(x) * kInvLn10;
}

double Log2(double x) {
  constexpr double kInvLn2 = 0x1.71547652b82fep+0;  // Go's 1/Ln2
  FrexpResult fr = Frexp(x);
  // Make sure exact powers of two give an exact answer.
  if (fr.frac == 0.5) return static_cast<double>(fr.exp - 1);
  return Log(fr.frac) * kInvLn2 + static_cast<double>(fr.exp);
}

double Log1p(double x) {
  constexpr double kSqrt2M1 = 4.142135623730950488017e-01;  // Sqrt(2)-1
  constexpr double kSqrt2HalfM1 = -2.928932188134524755992e-01;  // Sqrt(2)/2-1
  constexpr double kSmall = 0x1p-29;
  constexpr double kTiny = 0x1p-54;
  constexpr double kTwo53 = 0x1p53;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;  // 3fe62e42fee00000
  constexpr double kLn2Lo = 1.90821492927058770002e-10;  // 3dea39ef35793c76
  constexpr double Lp1 = 6.666666666666735130e-01;       // 3FE5555555555593
  constexpr double Lp2 = 3.999999999940941908e-01;       // 3FD999999997FA04
  constexpr double Lp3 = 2.857142874366239149e-01;       // 3FD2492494229359
  constexpr double Lp4 = 2.222219843214978396e-01;       // 3FCC71C51D8E78AF
  constexpr double Lp5 = 1.818357216161805012e-01;       // 3FC7466496CB03DE
  constexpr double Lp6 = 1.531383769920937332e-01;       // 3FC39A09D078C69F
  constexpr double Lp7 = 1.479819860511658591e-01;       // 3FC2F112DF3E5244

  if (x < -1 || is_nan(x)) return go_nan();  // includes -Inf
  if (x == -1) return neg_inf();
  if (is_inf(x, 1)) return pos_inf();

  double absx = Abs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < kSqrt2M1) {  // |x| < Sqrt(2)-1
    if (absx < kSmall) {  // |x| < 2**-29
      if (absx < kTiny) return x;  // |x| < 2**-54
      return x - x * x * 0.5;
    }
    if (x > kSqrt2HalfM1) {  // Sqrt(2)/2-1 < x
      // (Sqrt(2)/2-1) < x < (Sqrt(2)-1)
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < kTwo53) {
      u = 1.0 + x;
      iu = bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      // correction term
      if (k > 0) {
        c = 1.0 - (u - x);
      } else {
        c = x - (u - 1.0);
      }
      c /= u;
    } else {
      u = x;
      iu = bits(u);
      k = static_cast<int64_t>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {  // mantissa of Sqrt(2)
      u = from_bits(iu | 0x3ff0000000000000);  // normalize u
    } else {
      k++;
      u = from_bits(iu | 0x3fe0000000000000);  // normalize u/2
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;  // Sqrt(2)/2 < u < Sqrt(2)
  }
  double hfsq = 0.5 * f * f;
  double kf = static_cast<double>(k);
  if (iu == 0) {  // |f| < 2**-20
    if (f == 0) {
      if (k == 0) return 0;
      c += kf * kLn2Lo;
      return kf * kLn2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);  // avoid division
    if (k == 0) return f - R;
    return kf * kLn2Hi - ((R - (kf * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return kf * kLn2Hi - ((hfsq - (s * (hfsq + R) + (kf * kLn2Lo + c))) - f);
}

// ---- Pow (pow.go), Pow10 (pow10.go) ----------------------------------------------------------

namespace {

bool is_odd_int(double x) {
  ModfResult m = Modf(x);
  return m.frac == 0 && (go_f2i64(m.int_part) & 1) == 1;
}

}  // namespace

double Pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (is_nan(x) || is_nan(y)) return go_nan();
  if (x == 0) {
    if (y < 0) {
      if (is_odd_int(y)) return Copysign(pos_inf(), x);
      return pos_inf();
    }
    // y > 0
    if (is_odd_int(y)) return x;
    return 0;
  }
  if (is_inf(y, 0)) {
    if (x == -1) return 1;
    if ((Abs(x) < 1) == is_inf(y, 1)) return 0;
    return pos_inf();
  }
  if (is_inf(x, 0)) {
    if (is_inf(x, -1)) return Pow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    return pos_inf();  // y > 0
  }
  if (y == 0.5) return sqrtsd(x);
  if (y == -0.5) return 1 / sqrtsd(x);

  ModfResult m = Modf(Abs(y));
  double yi = m.int_part, yf = m.frac;
  if (yf != 0 && x < 0) return go_nan();
  if (yi >= 0x1p63) {
    // yi is a large even int that will lead to overflow (or underflow to 0)
    // for all x except -1 (x == 1 was handled earlier)
    if (x == -1) return 1;
    if ((Abs(x) < 1) == (y > 0)) return 0;
    return pos_inf();
  }

  // ans = a1 * 2**ae (= 1 for now).
  double a1 = 1.0;
  int64_t ae = 0;

  // ans *= x**yf
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Exp(yf * Log(x));
  }

  // ans *= x**yi, by repeated squaring, tracking the exponent separately to avoid overflow.
  FrexpResult fr = Frexp(x);
  double x1 = fr.frac;
  int64_t xe = fr.exp;
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      // catastrophic overflow - let Ldexp handle it.
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }

  // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } but in the opposite order
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return Ldexp(a1, ae);
}

double Pow10(int64_t n) {
  static constexpr double kTab[] = {
      1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
      1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
  };
  static constexpr double kPosTab32[] = {
      1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
  };
  static constexpr double kNegTab32[] = {
      1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
  };
  if (0 <= n && n <= 308) {
    uint64_t u = static_cast<uint64_t>(n);
    return kPosTab32[u / 32] * kTab[u % 32];
  }
  if (-323 <= n && n <= 0) {
    uint64_t u = static_cast<uint64_t>(-n);
    return kNegTab32[u / 32] / kTab[u % 32];
  }
  if (n > 0) return pos_inf();
  return 0;
}

}  // namespace csp::gomath
