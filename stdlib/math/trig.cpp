// stdlib/math/trig.cpp: Go's Sin, Cos, Tan, Sincos, Asin, Acos, Atan, Atan2 (Go 1.19; all
// pure Go on amd64).
//
// Follows sin.go, tan.go, sincos.go, trig_reduce.go (Payne-Hanek reduction for |x| >= 2**29),
// asin.go, atan.go, atan2.go operation by operation: same Cephes coefficients, same Horner
// order, same Pi/4 split. Constant expressions Go folds exactly (4/Pi, 3*Pi/4) are written
// as Go's folded float64 values. Go is BSD-licensed.
#include "stdlib/math/internal.h"

namespace csp::gomath {

using namespace detail;

namespace {

// Pi/4 split into three parts (sin.go).
constexpr double kPI4A = 7.85398125648498535156e-1;   // 0x3fe921fb40000000
constexpr double kPI4B = 3.77489470793079817668e-8;   // 0x3e64442d00000000
constexpr double kPI4C = 2.69515142907905952645e-15;  // 0x3ce8469898cc5170
constexpr double kFourOverPi = 0x1.45f306dc9c883p+0;  // Go's 4/Pi
constexpr double kPiOver4 = Pi / 4;                   // exact scaling of Pi
constexpr double kPiOver2 = Pi / 2;
constexpr double kThreePiOver4 = 0x1.2d97c7f3321d2p+1;  // Go's 3*Pi/4

constexpr double kSin[] = {
    1.58962301576546568060e-10,   // 0x3de5d8fd1fd19ccd
    -2.50507477628578072866e-8,   // 0xbe5ae5e5a9291f5d
    2.75573136213857245213e-6,    // 0x3ec71de3567d48a1
    -1.98412698295895385996e-4,   // 0xbf2a01a019bfdf03
    8.33333333332211858878e-3,    // 0x3f8111111110f7d0
    -1.66666666666666307295e-1,   // 0xbfc5555555555548
};
constexpr double kCos[] = {
    -1.13585365213876817300e-11,  // 0xbda8fa49a0861a9b
    2.08757008419747316778e-9,    // 0x3e21ee9d7b4e3f05
    -2.75573141792967388112e-7,   // 0xbe927e4f7eac4bc6
    2.48015872888517045348e-5,    // 0x3efa01a019c844f5
    -1.38888888888730564116e-3,   // 0xbf56c16c16c14f91
    4.16666666666665929218e-2,    // 0x3fa555555555554b
};

// The sine and cosine polynomials of sin.go on z in [-Pi/4, Pi/4], zz = z*z.
double sin_poly(double z, double zz) {
  return z + z * zz *
                 ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) *
                      zz +
                  kSin[5]);
}
double cos_poly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz *
             ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz +
              kCos[5]);
}

// The octant j and reduced argument z of x >= 0 (finite), as sin.go computes them; `mod8`
// is false for Tan, which does not reduce j modulo 8.
Reduced reduce(double x, bool mod8) {
  if (x >= kReduceThreshold) return trig_reduce(x);
  uint64_t j = static_cast<uint64_t>(x * kFourOverPi);  // integer part of x/(Pi/4)
  double y = static_cast<double>(j);
  if (j & 1) {  // map zeros to origin
    j++;
    y++;
  }
  if (mod8) j &= 7;  // octant modulo 2Pi radians
  double z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;  // extended precision modular arithmetic
  return {j, z};
}

// Go's shifts: a count of 64 or more gives 0.
uint64_t shl(uint64_t x, uint64_t n) { return n >= 64 ? 0 : x << n; }
uint64_t shr(uint64_t x, uint64_t n) { return n >= 64 ? 0 : x >> n; }

// The binary digits of 4/pi (trig_reduce.go's mPi4).
constexpr uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

}  // namespace

Reduced detail::trig_reduce(double x) {
  if (x < kPiOver4) return {0, x};
  // Extract out the integer and exponent such that x = ix * 2 ** exp.
  uint64_t ix = bits(x);
  int64_t exp = static_cast<int64_t>((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t{1} << kShift;
  // Use the exponent to extract the 3 appropriate uint64 digits from mPi4, B ~ (z0, z1, z2),
  // such that the product leading digit has the exponent -61.
  uint64_t digit = static_cast<uint64_t>(exp + 61) / 64;
  uint64_t bitshift = static_cast<uint64_t>(exp + 61) % 64;
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  // Multiply mantissa by the digits and extract the upper two digits (hi, lo).
  unsigned __int128 p2 = static_cast<unsigned __int128>(z2) * ix;
  unsigned __int128 p1 = static_cast<unsigned __int128>(z1) * ix;
  uint64_t z2hi = static_cast<uint64_t>(p2 >> 64);
  uint64_t z1hi = static_cast<uint64_t>(p1 >> 64), z1lo = static_cast<uint64_t>(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t c = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + c;
  // The top 3 bits of hi give j.
  uint64_t j = hi >> 61;
  // Extract the fraction and find its magnitude.
  hi = hi << 3 | lo >> 61;
  uint64_t lz = static_cast<uint64_t>(std::countl_zero(hi));
  uint64_t e = static_cast<uint64_t>(kBias) - (lz + 1);
  // Clear implicit mantissa bit and shift into place.
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  // Include the exponent and convert to a float.
  hi |= e << kShift;
  double z = from_bits(hi);
  // Map zeros to origin.
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  // Multiply the fractional part by pi/4.
  return {j, z * kPiOver4};
}

double Cos(double x) {
  if (is_nan(x) || is_inf(x, 0)) return go_nan();
  bool sign = false;
  x = Abs(x);
  Reduced r = reduce(x, true);
  uint64_t j = r.j;
  double z = r.z;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  if (sign) y = -y;
  return y;
}

double Sin(double x) {
  if (x == 0 || is_nan(x)) return x;  // +-0 or NaN
  if (is_inf(x, 0)) return go_nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  Reduced r = reduce(x, true);
  uint64_t j = r.j;
  double z = r.z;
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  if (sign) y = -y;
  return y;
}

SincosResult Sincos(double x) {
  if (x == 0) return {x, 1};  // +-0, 1
  if (is_nan(x) || is_inf(x, 0)) return {go_nan(), go_nan()};
  bool sin_sign = false, cos_sign = false;
  if (x < 0) {
    x = -x;
    sin_sign = true;
  }
  Reduced r = reduce(x, true);
  uint64_t j = r.j;
  double z = r.z;
  if (j > 3) {  // reflect in x axis
    j -= 4;
    sin_sign = !sin_sign;
    cos_sign = !cos_sign;
  }
  if (j > 1) cos_sign = !cos_sign;
  double zz = z * z;
  double c = cos_poly(zz);
  double s = sin_poly(z, zz);
  if (j == 1 || j == 2) {
    double t = s;
    s = c;
    c = t;
  }
  if (cos_sign) c = -c;
  if (sin_sign) s = -s;
  return {s, c};
}

double Tan(double x) {
  constexpr double kTanP[] = {
      -1.30936939181383777646e4,  // 0xc0c992d8d24f3f38
      1.15351664838587416140e6,   // 0x413199eca5fc9ddd
      -1.79565251976484877988e7,  // 0xc1711fead3299176
  };
  constexpr double kTanQ[] = {
      1.00000000000000000000e0,
      1.36812963470692954678e4,   // 0x40cab8a5eeb36572
      -1.32089234440210967447e6,  // 0xc13427bc582abc96
      2.50083801823357915839e7,   // 0x4177d98fc2ead8ef
      -5.38695755929454629881e7,  // 0xc189afe03cbe5a31
  };
  if (x == 0 || is_nan(x)) return x;  // +-0 or NaN
  if (is_inf(x, 0)) return go_nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  Reduced r = reduce(x, false);
  uint64_t j = r.j;
  double z = r.z;
  double zz = z * z;
  double y;
  if (zz > 1e-14) {
    y = z + z * (zz * (((kTanP[0] * zz) + kTanP[1]) * zz + kTanP[2]) /
                 ((((zz + kTanQ[1]) * zz + kTanQ[2]) * zz + kTanQ[3]) * zz + kTanQ[4]));
  } else {
    y = z;
  }
  if ((j & 2) == 2) y = -1 / y;
  if (sign) y = -y;
  return y;
}

// ---- inverse functions (atan.go, asin.go, atan2.go) ---------------------------------------

namespace {

// xatan evaluates a series valid in the range [0, 0.66].
double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01;
  constexpr double P1 = -1.615753718733365076637e+01;
  constexpr double P2 = -7.500855792314704667340e+01;
  constexpr double P3 = -1.228866684490136173410e+02;
  constexpr double P4 = -6.485021904942025371773e+01;
  constexpr double Q0 = +2.485846490142306297962e+01;
  constexpr double Q1 = +1.650270098316988542046e+02;
  constexpr double Q2 = +4.328810604912902668951e+02;
  constexpr double Q3 = +4.853903996359136964868e+02;
  constexpr double Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

// satan reduces its argument (known to be positive) to the range [0, 0.66] and calls xatan.
double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17;  // pi/2 = PIO2 + Morebits
  constexpr double kHalfMorebits = 0.5 * kMorebits;          // exact
  constexpr double kTan3pio8 = 2.41421356237309504880;       // tan(3*pi/8)
  if (x <= 0.66) return xatan(x);
  if (x > kTan3pio8) return kPiOver2 - xatan(1 / x) + kMorebits;
  return kPiOver4 + xatan((x - 1) / (x + 1)) + kHalfMorebits;
}

}  // namespace

double Atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double Asin(double x) {
  if (x == 0) return x;  // special case
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return go_nan();  // special case
  double temp = sqrtsd(1 - x * x);
  if (x > 0.7) {
    temp = kPiOver2 - satan(temp / x);
  } else {
    temp = satan(x / temp);
  }
  if (sign) temp = -temp;
  return temp;
}

double Acos(double x) { return kPiOver2 - Asin(x); }

double Atan2(double y, double x) {
  if (is_nan(y) || is_nan(x)) return go_nan();
  if (y == 0) {
    if (x >= 0 && !Signbit(x)) return Copysign(0, y);
    return Copysign(Pi, y);
  }
  if (x == 0) return Copysign(kPiOver2, y);
  if (is_inf(x, 0)) {
    if (is_inf(x, 1)) return is_inf(y, 0) ? Copysign(kPiOver4, y) : Copysign(0, y);
    return is_inf(y, 0) ? Copysign(kThreePiOver4, y) : Copysign(Pi, y);
  }
  if (is_inf(y, 0)) return Copysign(kPiOver2, y);
  double q = Atan(y / x);
  if (x < 0) {
    if (q <= 0) return q + Pi;
    return q - Pi;
  }
  return q;
}

}  // namespace csp::gomath
