// stdlib/math/hyper.cpp: Go's Sinh, Cosh, Tanh, Asinh, Acosh, Atanh (Go 1.19; pure Go on
// amd64, calling the amd64 Exp and Log).
//
// Follows sinh.go, tanh.go, asinh.go, acosh.go, atanh.go operation by operation. Go is
// BSD-licensed.
#include "stdlib/math/internal.h"

namespace csp::gomath {

using namespace detail;

double Sinh(double x) {
  // The coefficients are #2029 from Hart & Cheney. (20.36D)
  constexpr double P0 = -0.6307673640497716991184787251e+6;
  constexpr double P1 = -0.8991272022039509355398013511e+5;
  constexpr double P2 = -0.2894211355989563807284660366e+4;
  constexpr double P3 = -0.2630563213397497062819489e+2;
  constexpr double Q0 = -0.6307673640497716991212077277e+6;
  constexpr double Q1 = 0.1521517378790019070696485176e+5;
  constexpr double Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = Exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = Exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  if (sign) temp = -temp;
  return temp;
}

double Cosh(double x) {
  x = Abs(x);
  if (x > 21) return Exp(x) * 0.5;
  double ex = Exp(x);
  return (ex + 1 / ex) * 0.5;
}

double Tanh(double x) {
  constexpr double kTanhP[] = {
      -9.64399179425052238628e-1,
      -9.92877231001918586564e1,
      -1.61468768441708447952e3,
  };
  constexpr double kTanhQ[] = {
      1.12811678491632931402e2,
      2.23548839060100448583e3,
      4.84406305325125486048e3,
  };
  constexpr double kMaxLog = 8.8029691931113054295988e+01;  // log(2**127)
  double z = Abs(x);
  if (z > 0.5 * kMaxLog) {
    if (x < 0) return -1;
    return 1;
  }
  if (z >= 0.625) {
    double s = Exp(2 * z);
    z = 1 - 2 / (s + 1);
    if (x < 0) z = -z;
    return z;
  }
  if (x == 0) return x;
  double s = x * x;
  z = x + x * s * ((kTanhP[0] * s + kTanhP[1]) * s + kTanhP[2]) /
              (((s + kTanhQ[0]) * s + kTanhQ[1]) * s + kTanhQ[2]);
  return z;
}

double Asinh(double x) {
  constexpr double kLn2 = 6.93147180559945286227e-01;  // 0x3FE62E42FEFA39EF
  constexpr double kNearZero = 0x1p-28;
  constexpr double kLarge = 0x1p28;
  if (is_nan(x) || is_inf(x, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > kLarge) {
    temp = Log(x) + kLn2;  // |x| > 2**28
  } else if (x > 2) {
    temp = Log(2 * x + 1 / (sqrtsd(x * x + 1) + x));  // 2**28 > |x| > 2.0
  } else if (x < kNearZero) {
    temp = x;  // |x| < 2**-28
  } else {
    temp = Log1p(x + x * x / (1 + sqrtsd(1 + x * x)));  // 2.0 > |x| > 2**-28
  }
  if (sign) temp = -temp;
  return temp;
}

double Acosh(double x) {
  constexpr double kLarge = 0x1p28;
  if (x < 1 || is_nan(x)) return go_nan();
  if (x == 1) return 0;
  if (x >= kLarge) return Log(x) + Ln2;  // x > 2**28
  if (x > 2) return Log(2 * x - 1 / (x + sqrtsd(x * x - 1)));  // 2**28 > x > 2
  double t = x - 1;
  return Log1p(t + sqrtsd(2 * t + t * t));  // 2 >= x > 1
}

double Atanh(double x) {
  constexpr double kNearZero = 0x1p-28;
  if (x < -1 || x > 1 || is_nan(x)) return go_nan();
  if (x == 1) return pos_inf();
  if (x == -1) return neg_inf();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x < kNearZero) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * Log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * Log1p((x + x) / (1 - x));
  }
  if (sign) temp = -temp;
  return temp;
}

}  // namespace csp::gomath
