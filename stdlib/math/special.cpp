// stdlib/math/special.cpp: Go's Erf, Erfc, Erfinv, Erfcinv, Gamma, Lgamma (Go 1.19; pure Go
// on amd64, calling the amd64 Exp and Log).
//
// Follows erf.go, erfinv.go, gamma.go (Cephes, with Stirling's formula for x > 33) and
// lgamma.go (fdlibm's e_lgamma_r.c) operation by operation. Go folds its constant
// expressions exactly (Ymin - 1 - 0.27 is not the float64 sum), so those are written as Go's
// folded values. Go is BSD-licensed.
#include "stdlib/math/internal.h"

namespace csp::gomath {

using namespace detail;

// ---- Erf, Erfc (erf.go) ----------------------------------------------------------------------

namespace {

constexpr double erx = 8.45062911510467529297e-01;  // 0x3FEB0AC160000000
// Coefficients for approximation to erf in |x| <= 0.84375
constexpr double efx = 1.28379167095512586316e-01;   // 0x3FC06EBA8214DB69
constexpr double efx8 = 1.02703333676410069053e+00;  // 0x3FF06EBA8214DB69
constexpr double pp0 = 1.28379167095512558561e-01;   // 0x3FC06EBA8214DB68
constexpr double pp1 = -3.25042107247001499370e-01;  // 0xBFD4CD7D691CB913
constexpr double pp2 = -2.84817495755985104766e-02;  // 0xBF9D2A51DBD7194F
constexpr double pp3 = -5.77027029648944159157e-03;  // 0xBF77A291236668E4
constexpr double pp4 = -2.37630166566501626084e-05;  // 0xBEF8EAD6120016AC
constexpr double qq1 = 3.97917223959155352819e-01;   // 0x3FD97779CDDADC09
constexpr double qq2 = 6.50222499887672944485e-02;   // 0x3FB0A54C5536CEBA
constexpr double qq3 = 5.08130628187576562776e-03;   // 0x3F74D022C4D36B0F
constexpr double qq4 = 1.32494738004321644526e-04;   // 0x3F215DC9221C1A10
constexpr double qq5 = -3.96022827877536812320e-06;  // 0xBED09C4342A26120
// Coefficients for approximation to erf in 0.84375 <= |x| <= 1.25
constexpr double pa0 = -2.36211856075265944077e-03;  // 0xBF6359B8BEF77538
constexpr double pa1 = 4.14856118683748331666e-01;   // 0x3FDA8D00AD92B34D
constexpr double pa2 = -3.72207876035701323847e-01;  // 0xBFD7D240FBB8C3F1
constexpr double pa3 = 3.18346619901161753674e-01;   // 0x3FD45FCA805120E4
constexpr double pa4 = -1.10894694282396677476e-01;  // 0xBFBC63983D3E28EC
constexpr double pa5 = 3.54783043256182359371e-02;   // 0x3FA22A36599795EB
constexpr double pa6 = -2.16637559486879084300e-03;  // 0xBF61BF380A96073F
constexpr double qa1 = 1.06420880400844228286e-01;   // 0x3FBB3E6618EEE323
constexpr double qa2 = 5.40397917702171048937e-01;   // 0x3FE14AF092EB6F33
constexpr double qa3 = 7.18286544141962662868e-02;   // 0x3FB2635CD99FE9A7
constexpr double qa4 = 1.26171219808761642112e-01;   // 0x3FC02660E763351F
constexpr double qa5 = 1.36370839120290507362e-02;   // 0x3F8BEDC26B51DD1C
constexpr double qa6 = 1.19844998467991074170e-02;   // 0x3F888B545735151D
// Coefficients for approximation to erfc in 1.25 <= |x| <= 1/0.35
constexpr double ra0 = -9.86494403484714822705e-03;  // 0xBF843412600D6435
constexpr double ra1 = -6.93858572707181764372e-01;  // 0xBFE63416E4BA7360
constexpr double ra2 = -1.05586262253232909814e+01;  // 0xC0251E0441B0E726
constexpr double ra3 = -6.23753324503260060396e+01;  // 0xC04F300AE4CBA38D
constexpr double ra4 = -1.62396669462573470355e+02;  // 0xC0644CB184282266
constexpr double ra5 = -1.84605092906711035994e+02;  // 0xC067135CEBCCABB2
constexpr double ra6 = -8.12874355063065934246e+01;  // 0xC054526557E4D2F2
constexpr double ra7 = -9.81432934416914548592e+00;  // 0xC023A0EFC69AC25C
constexpr double sa1 = 1.96512716674392571292e+01;   // 0x4033A6B9BD707687
constexpr double sa2 = 1.37657754143519042600e+02;   // 0x4061350C526AE721
constexpr double sa3 = 4.34565877475229228821e+02;   // 0x407B290DD58A1A71
constexpr double sa4 = 6.45387271733267880336e+02;   // 0x40842B1921EC2868
constexpr double sa5 = 4.29008140027567833386e+02;   // 0x407AD02157700314
constexpr double sa6 = 1.08635005541779435134e+02;   // 0x405B28A3EE48AE2C
constexpr double sa7 = 6.57024977031928170135e+00;   // 0x401A47EF8E484A93
constexpr double sa8 = -6.04244152148580987438e-02;  // 0xBFAEEFF2EE749A62
// Coefficients for approximation to erfc in 1/.35 <= |x| <= 28
constexpr double rb0 = -9.86494292470009928597e-03;  // 0xBF84341239E86F4A
constexpr double rb1 = -7.99283237680523006574e-01;  // 0xBFE993BA70C285DE
constexpr double rb2 = -1.77579549177547519889e+01;  // 0xC031C209555F995A
constexpr double rb3 = -1.60636384855821916062e+02;  // 0xC064145D43C5ED98
constexpr double rb4 = -6.37566443368389627722e+02;  // 0xC083EC881375F228
constexpr double rb5 = -1.02509513161107724954e+03;  // 0xC09004616A2E5992
constexpr double rb6 = -4.83519191608651397019e+02;  // 0xC07E384E9BDC383F
constexpr double sb1 = 3.03380607434824582924e+01;   // 0x403E568B261D5190
constexpr double sb2 = 3.25792512996573918826e+02;   // 0x40745CAE221B9F0A
constexpr double sb3 = 1.53672958608443695994e+03;   // 0x409802EB189D5118
constexpr double sb4 = 3.19985821950859553908e+03;   // 0x40A8FFB7688C246A
constexpr double sb5 = 2.55305040643316442583e+03;   // 0x40A3F219CEDF3BE6
constexpr double sb6 = 4.74528541206955367215e+02;   // 0x407DA874E79FE763
constexpr double sb7 = -2.24409524465858183362e+01;  // 0xC03670E242712D62

constexpr double kOneOver035 = 0x1.6db6db6db6db7p+1;  // Go's 1/0.35

// erf's polynomial ratio on |x| < 0.84375 (z = x*x).
double erf_small_ratio(double z) {
  double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
  double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
  return r / s;
}

// P/Q on 0.84375 <= |x| < 1.25 (s = |x| - 1).
double erf_mid_ratio(double s) {
  double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return P / Q;
}

// exp(-x*x - 0.5625 + R/S) for 1.25 <= x (erf.go's tail), given R/S's variable s = 1/x**2.
double erf_tail_r(double x, double R, double S) {
  double z = from_bits(bits(x) & 0xffffffff00000000);  // pseudo-single (20-bit) precision x
  return Exp(-z * z - 0.5625) * Exp((z - x) * (z + x) + R / S);
}

void erfc_ra_sa(double s, double& R, double& S) {
  R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
  S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
}

void erfc_rb_sb(double s, double& R, double& S) {
  R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
  S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
}

}  // namespace

double Erf(double x) {
  constexpr double kVeryTiny = 2.848094538889218e-306;  // 0x0080000000000000
  constexpr double kSmall = 0x1p-28;
  if (is_nan(x)) return go_nan();
  if (is_inf(x, 1)) return 1;
  if (is_inf(x, -1)) return -1;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {  // |x| < 0.84375
    double temp;
    if (x < kSmall) {  // |x| < 2**-28
      if (x < kVeryTiny) {
        temp = 0.125 * (8.0 * x + efx8 * x);  // avoid underflow
      } else {
        temp = x + efx * x;
      }
    } else {
      double y = erf_small_ratio(x * x);
      temp = x + x * y;
    }
    if (sign) return -temp;
    return temp;
  }
  if (x < 1.25) {  // 0.84375 <= |x| < 1.25
    double pq = erf_mid_ratio(x - 1);
    if (sign) return -erx - pq;
    return erx + pq;
  }
  if (x >= 6) {  // inf > |x| >= 6
    if (sign) return -1;
    return 1;
  }
  double s = 1 / (x * x);
  double R, S;
  if (x < kOneOver035) {  // |x| < 1 / 0.35  ~ 2.857143
    erfc_ra_sa(s, R, S);
  } else {  // |x| >= 1 / 0.35  ~ 2.857143
    erfc_rb_sb(s, R, S);
  }
  double r = erf_tail_r(x, R, S);
  if (sign) return r / x - 1;
  return 1 - r / x;
}

double Erfc(double x) {
  constexpr double kTiny = 0x1p-56;
  if (is_nan(x)) return go_nan();
  if (is_inf(x, 1)) return 0;
  if (is_inf(x, -1)) return 2;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {  // |x| < 0.84375
    double temp;
    if (x < kTiny) {  // |x| < 2**-56
      temp = x;
    } else {
      double y = erf_small_ratio(x * x);
      if (x < 0.25) {  // |x| < 1/4
        temp = x + x * y;
      } else {
        temp = 0.5 + (x * y + (x - 0.5));
      }
    }
    if (sign) return 1 + temp;
    return 1 - temp;
  }
  if (x < 1.25) {  // 0.84375 <= |x| < 1.25
    double pq = erf_mid_ratio(x - 1);
    if (sign) return 1 + erx + pq;
    return 1 - erx - pq;
  }
  if (x < 28) {  // |x| < 28
    double s = 1 / (x * x);
    double R, S;
    if (x < kOneOver035) {  // |x| < 1 / 0.35 ~ 2.857143
      erfc_ra_sa(s, R, S);
    } else {  // |x| >= 1 / 0.35 ~ 2.857143
      if (sign && x > 6) return 2;  // x < -6
      erfc_rb_sb(s, R, S);
    }
    double r = erf_tail_r(x, R, S);
    if (sign) return 2 - r / x;
    return r / x;
  }
  if (sign) return 2;
  return 0;
}

// ---- Erfinv, Erfcinv (erfinv.go) --------------------------------------------------------------

double Erfinv(double x) {
  // Coefficients for approximation to erf in |x| <= 0.85
  constexpr double a0 = 1.1975323115670912564578e0;
  constexpr double a1 = 4.7072688112383978012285e1;
  constexpr double a2 = 6.9706266534389598238465e2;
  constexpr double a3 = 4.8548868893843886794648e3;
  constexpr double a4 = 1.6235862515167575384252e4;
  constexpr double a5 = 2.3782041382114385731252e4;
  constexpr double a6 = 1.1819493347062294404278e4;
  constexpr double a7 = 8.8709406962545514830200e2;
  constexpr double b0 = 1.0000000000000000000e0;
  constexpr double b1 = 4.2313330701600911252e1;
  constexpr double b2 = 6.8718700749205790830e2;
  constexpr double b3 = 5.3941960214247511077e3;
  constexpr double b4 = 2.1213794301586595867e4;
  constexpr double b5 = 3.9307895800092710610e4;
  constexpr double b6 = 2.8729085735721942674e4;
  constexpr double b7 = 5.2264952788528545610e3;
  // Coefficients for approximation to erf in 0.85 < |x| <= 1-2*exp(-25)
  constexpr double c0 = 1.42343711074968357734e0;
  constexpr double c1 = 4.63033784615654529590e0;
  constexpr double c2 = 5.76949722146069140550e0;
  constexpr double c3 = 3.64784832476320460504e0;
  constexpr double c4 = 1.27045825245236838258e0;
  constexpr double c5 = 2.41780725177450611770e-1;
  constexpr double c6 = 2.27238449892691845833e-2;
  constexpr double c7 = 7.74545014278341407640e-4;
  constexpr double d0 = 1.4142135623730950488016887e0;
  constexpr double d1 = 2.9036514445419946173133295e0;
  constexpr double d2 = 2.3707661626024532365971225e0;
  constexpr double d3 = 9.7547832001787427186894837e-1;
  constexpr double d4 = 2.0945065210512749128288442e-1;
  constexpr double d5 = 2.1494160384252876777097297e-2;
  constexpr double d6 = 7.7441459065157709165577218e-4;
  constexpr double d7 = 1.4859850019840355905497876e-9;
  // Coefficients for approximation to erf in 1-2*exp(-25) < |x| < 1
  constexpr double e0 = 6.65790464350110377720e0;
  constexpr double e1 = 5.46378491116411436990e0;
  constexpr double e2 = 1.78482653991729133580e0;
  constexpr double e3 = 2.96560571828504891230e-1;
  constexpr double e4 = 2.65321895265761230930e-2;
  constexpr double e5 = 1.24266094738807843860e-3;
  constexpr double e6 = 2.71155556874348757815e-5;
  constexpr double e7 = 2.01033439929228813265e-7;
  constexpr double f0 = 1.414213562373095048801689e0;
  constexpr double f1 = 8.482908416595164588112026e-1;
  constexpr double f2 = 1.936480946950659106176712e-1;
  constexpr double f3 = 2.103693768272068968719679e-2;
  constexpr double f4 = 1.112800997078859844711555e-3;
  constexpr double f5 = 2.611088405080593625138020e-5;
  constexpr double f6 = 2.010321207683943062279931e-7;
  constexpr double f7 = 2.891024605872965461538222e-15;

  if (is_nan(x) || x <= -1 || x >= 1) {
    if (x == -1 || x == 1) return Inf(static_cast<int64_t>(x));
    return go_nan();
  }
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double ans;
  if (x <= 0.85) {  // |x| <= 0.85
    double r = 0.180625 - 0.25 * x * x;
    double z1 = ((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0;
    double z2 = ((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + b0;
    ans = (x * z1) / z2;
  } else {
    double z1, z2;
    double r = sqrtsd(Ln2 - Log(1.0 - x));
    if (r <= 5.0) {
      r -= 1.6;
      z1 = ((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0;
      z2 = ((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + d0;
    } else {
      r -= 5.0;
      z1 = ((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0;
      z2 = ((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + f0;
    }
    ans = z1 / z2;
  }
  if (sign) return -ans;
  return ans;
}

double Erfcinv(double x) { return Erfinv(1 - x); }

// ---- Gamma (gamma.go) ---------------------------------------------------------------------------

namespace {

constexpr double kGamP[] = {
    1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
    4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
    9.99999999999999996796e-01,
};
constexpr double kGamQ[] = {
    -2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
    1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
    7.14304917030273074085e-02,  1.00000000000000000320e+00,
};
constexpr double kGamS[] = {
    7.87311395793093628397e-04,  -2.29549961613378126380e-04, -2.68132617805781232825e-03,
    3.47222221605458667310e-03,  8.33333333333482257126e-02,
};

// Gamma function computed by Stirling's formula, as the product of the two results
// (a pair, to avoid overflow in the caller's product).
struct Pair {
  double a, b;
};
Pair stirling(double x) {
  if (x > 200) return {pos_inf(), 1};
  constexpr double kSqrtTwoPi = 2.506628274631000502417;
  constexpr double kMaxStirling = 143.01608;
  double w = 1 / x;
  w = 1 + w * ((((kGamS[0] * w + kGamS[1]) * w + kGamS[2]) * w + kGamS[3]) * w + kGamS[4]);
  double y1 = Exp(x);
  double y2 = 1.0;
  if (x > kMaxStirling) {  // avoid Pow() overflow
    double v = Pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = Pow(x, x - 0.5) / y1;
  }
  return {y1, kSqrtTwoPi * w * y2};
}

bool is_neg_int(double x) {
  if (x < 0) return Modf(x).frac == 0;
  return false;
}

}  // namespace

double Gamma(double x) {
  constexpr double kEuler = 0.57721566490153286060651209008240243104215933593992;  // A001620
  if (is_neg_int(x) || is_inf(x, -1) || is_nan(x)) return go_nan();
  if (is_inf(x, 1)) return pos_inf();
  if (x == 0) return Signbit(x) ? neg_inf() : pos_inf();
  double q = Abs(x);
  double p = Floor(q);
  if (q > 33) {
    if (x >= 0) {
      Pair s = stirling(x);
      return s.a * s.b;
    }
    // Note: x is negative but (checked above) not a negative integer, so x must be small
    // enough to be in range for conversion to int64. If |x| were >= 2⁶³ it would have to
    // be an integer.
    int64_t signgam = 1;
    if ((go_f2i64(p) & 1) == 0) signgam = -1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * Sin(Pi * z);
    if (z == 0) return Inf(signgam);
    Pair sq = stirling(q);
    double absz = Abs(z);
    double d = absz * sq.a * sq.b;
    if (is_inf(d, 0)) {
      z = Pi / absz / sq.a / sq.b;
    } else {
      z = Pi / d;
    }
    return static_cast<double>(signgam) * z;
  }

  // Reduce argument
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  bool small = false;
  while (x < 0) {
    if (x > -1e-09) {
      small = true;
      break;
    }
    z = z / x;
    x = x + 1;
  }
  if (!small) {
    while (x < 2) {
      if (x < 1e-09) {
        small = true;
        break;
      }
      z = z / x;
      x = x + 1;
    }
  }
  if (small) {
    if (x == 0) return pos_inf();
    return z / ((1 + kEuler * x) * x);
  }
  if (x == 2) return z;
  x = x - 2;
  p = (((((x * kGamP[0] + kGamP[1]) * x + kGamP[2]) * x + kGamP[3]) * x + kGamP[4]) * x +
       kGamP[5]) *
          x +
      kGamP[6];
  q = ((((((x * kGamQ[0] + kGamQ[1]) * x + kGamQ[2]) * x + kGamQ[3]) * x + kGamQ[4]) * x +
        kGamQ[5]) *
           x +
       kGamQ[6]) *
          x +
      kGamQ[7];
  return z * p / q;
}

// ---- Lgamma (lgamma.go) ------------------------------------------------------------------------

namespace {

constexpr double kLgamA[] = {
    7.72156649015328655494e-02,  // 0x3FB3C467E37DB0C8
    3.22467033424113591611e-01,  // 0x3FD4A34CC4A60FAD
    6.73523010531292681824e-02,  // 0x3FB13E001A5562A7
    2.05808084325167332806e-02,  // 0x3F951322AC92547B
    7.38555086081402883957e-03,  // 0x3F7E404FB68FEFE8
    2.89051383673415629091e-03,  // 0x3F67ADD8CCB7926B
    1.19270763183362067845e-03,  // 0x3F538A94116F3F5D
    5.10069792153511336608e-04,  // 0x3F40B6C689B99C00
    2.20862790713908385557e-04,  // 0x3F2CF2ECED10E54D
    1.08011567247583939954e-04,  // 0x3F1C5088987DFB07
    2.52144565451257326939e-05,  // 0x3EFA7074428CFA52
    4.48640949618915160150e-05,  // 0x3F07858E90A45837
};
constexpr double kLgamR[] = {
    1.0,                         // placeholder
    1.39200533467621045958e+00,  // 0x3FF645A762C4AB74
    7.21935547567138069525e-01,  // 0x3FE71A1893D3DCDC
    1.71933865632803078993e-01,  // 0x3FC601EDCCFBDF27
    1.86459191715652901344e-02,  // 0x3F9317EA742ED475
    7.77942496381893596434e-04,  // 0x3F497DDACA41A95B
    7.32668430744625636189e-06,  // 0x3EDEBAF7A5B38140
};
constexpr double kLgamS[] = {
    -7.72156649015328655494e-02,  // 0xBFB3C467E37DB0C8
    2.14982415960608852501e-01,   // 0x3FCB848B36E20878
    3.25778796408930981787e-01,   // 0x3FD4D98F4F139F59
    1.46350472652464452805e-01,   // 0x3FC2BB9CBEE5F2F7
    2.66422703033638609560e-02,   // 0x3F9B481C7E939961
    1.84028451407337715652e-03,   // 0x3F5E26B67368F239
    3.19475326584100867617e-05,   // 0x3F00BFECDD17E945
};
constexpr double kLgamT[] = {
    4.83836122723810047042e-01,   // 0x3FDEF72BC8EE38A2
    -1.47587722994593911752e-01,  // 0xBFC2E4278DC6C509
    6.46249402391333854778e-02,   // 0x3FB08B4294D5419B
    -3.27885410759859649565e-02,  // 0xBFA0C9A8DF35B713
    1.79706750811820387126e-02,   // 0x3F9266E7970AF9EC
    -1.03142241298341437450e-02,  // 0xBF851F9FBA91EC6A
    6.10053870246291332635e-03,   // 0x3F78FCE0E370E344
    -3.68452016781138256760e-03,  // 0xBF6E2EFFB3E914D7
    2.25964780900612472250e-03,   // 0x3F6282D32E15C915
    -1.40346469989232843813e-03,  // 0xBF56FE8EBF2D1AF1
    8.81081882437654011382e-04,   // 0x3F4CDF0CEF61A8E9
    -5.38595305356740546715e-04,  // 0xBF41A6109C73E0EC
    3.15632070903625950361e-04,   // 0x3F34AF6D6C0EBBF7
    -3.12754168375120860518e-04,  // 0xBF347F24ECC38C38
    3.35529192635519073543e-04,   // 0x3F35FD3EE8C2D3F4
};
constexpr double kLgamU[] = {
    -7.72156649015328655494e-02,  // 0xBFB3C467E37DB0C8
    6.32827064025093366517e-01,   // 0x3FE4401E8B005DFF
    1.45492250137234768737e+00,   // 0x3FF7475CD119BD6F
    9.77717527963372745603e-01,   // 0x3FEF497644EA8450
    2.28963728064692451092e-01,   // 0x3FCD4EAEF6010924
    1.33810918536787660377e-02,   // 0x3F8B678BBF2BAB09
};
constexpr double kLgamV[] = {
    1.0,
    2.45597793713041134822e+00,  // 0x4003A5D7C2BD619C
    2.12848976379893395361e+00,  // 0x40010725A42B18F5
    7.69285150456672783825e-01,  // 0x3FE89DFBE45050AF
    1.04222645593369134254e-01,  // 0x3FBAAE55D6537C88
    3.21709242282423911810e-03,  // 0x3F6A5ABB57D0CF61
};
constexpr double kLgamW[] = {
    4.18938533204672725052e-01,   // 0x3FDACFE390C97D69
    8.33333333333329678849e-02,   // 0x3FB555555555553B
    -2.77777777728775536470e-03,  // 0xBF66C16C16B02E5C
    7.93650558643019558500e-04,   // 0x3F4A019F98CF38B6
    -5.95187557450339963135e-04,  // 0xBF4380CB8C0FE741
    8.36339918996282139126e-04,   // 0x3F4B67BA4CDAD5D1
    -1.63092934096575273989e-03,  // 0xBF5AB89D0B9E43E4
};

// -sin(Pi*x) for x > 0, with exact zeros at the integers (lgamma.go's sinPi).
double sin_pi(double x) {
  constexpr double kTwo52 = 0x1p52;
  constexpr double kTwo53 = 0x1p53;
  if (x < 0.25) return -Sin(Pi * x);
  // argument reduction
  double z = Floor(x);
  int64_t n;
  if (z != x) {  // inexact
    x = Mod(x, 2);
    n = static_cast<int64_t>(x * 4);
  } else {
    if (x >= kTwo53) {  // x must be even
      x = 0;
      n = 0;
    } else {
      if (x < kTwo52) z = x + kTwo52;  // exact
      n = static_cast<int64_t>(1 & bits(z));
      x = static_cast<double>(n);
      n <<= 2;
    }
  }
  switch (n) {
    case 0:
      x = Sin(Pi * x);
      break;
    case 1:
    case 2:
      x = Cos(Pi * (0.5 - x));
      break;
    case 3:
    case 4:
      x = Sin(Pi * (1 - x));
      break;
    case 5:
    case 6:
      x = -Cos(Pi * (x - 1.5));
      break;
    default:
      x = Sin(Pi * (x - 2));
      break;
  }
  return -x;
}

}  // namespace

LgammaResult Lgamma(double x) {
  constexpr double kTwo52 = 0x1p52;
  constexpr double kTwo58 = 0x1p58;
  constexpr double kTiny = 0x1p-70;
  constexpr double kTc = 1.46163214496836224576e+00;   // 0x3FF762D86356BE3F
  constexpr double kTf = -1.21486290535849611461e-01;  // 0xBFBF19B9BCC38A42
  // Tt = -(tail of Tf)
  constexpr double kTt = -3.63867699703950536541e-18;  // 0xBC50C7CAA48A971F
  // Go folds these constant expressions of Ymin = 1.461632144968362245 and Tc exactly:
  constexpr double kYminM1P027 = 0x1.76987d0eaed22p-1;  // Ymin - 1 + 0.27
  constexpr double kYminM1M027 = 0x1.88766f1c02f69p-3;  // Ymin - 1 - 0.27
  constexpr double kYminP027 = 0x1.bb4c3e8757691p+0;    // Ymin + 0.27
  constexpr double kYminM027 = 0x1.310ecde3805edp+0;    // Ymin - 0.27
  constexpr double kTcM1 = 0x1.d8b618d5af8fcp-2;        // Tc - 1

  LgammaResult res{0, 1};
  if (is_nan(x) || is_inf(x, 0)) {
    res.lgamma = x;
    return res;
  }
  if (x == 0) {
    res.lgamma = pos_inf();
    return res;
  }
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < kTiny) {  // if |x| < 2**-70, return -log(|x|)
    if (neg) res.sign = -1;
    res.lgamma = -Log(x);
    return res;
  }
  double nadj = 0;
  if (neg) {
    if (x >= kTwo52) {  // |x| >= 2**52, must be -integer
      res.lgamma = pos_inf();
      return res;
    }
    double t = sin_pi(x);
    if (t == 0) {
      res.lgamma = pos_inf();  // -integer
      return res;
    }
    nadj = Log(Pi / Abs(t * x));
    if (t < 0) res.sign = -1;
  }

  double lgamma = 0;
  if (x == 1 || x == 2) {  // purge off 1 and 2
    res.lgamma = 0;
    return res;
  } else if (x < 2) {  // use lgamma(x) = lgamma(x+1) - log(x)
    double y;
    int i;
    if (x <= 0.9) {
      lgamma = -Log(x);
      if (x >= kYminM1P027) {  // 0.7316 <= x <=  0.9
        y = 1 - x;
        i = 0;
      } else if (x >= kYminM1M027) {  // 0.2316 <= x < 0.7316
        y = x - kTcM1;
        i = 1;
      } else {  // 0 < x < 0.2316
        y = x;
        i = 2;
      }
    } else {
      lgamma = 0;
      if (x >= kYminP027) {  // 1.7316 <= x < 2
        y = 2 - x;
        i = 0;
      } else if (x >= kYminM027) {  // 1.2316 <= x < 1.7316
        y = x - kTc;
        i = 1;
      } else {  // 0.9 < x < 1.2316
        y = x - 1;
        i = 2;
      }
    }
    const double* A = kLgamA;
    const double* T = kLgamT;
    const double* U = kLgamU;
    const double* V = kLgamV;
    switch (i) {
      case 0: {
        double z = y * y;
        double p1 = A[0] + z * (A[2] + z * (A[4] + z * (A[6] + z * (A[8] + z * A[10]))));
        double p2 = z * (A[1] + z * (+A[3] + z * (A[5] + z * (A[7] + z * (A[9] + z * A[11])))));
        double p = y * p1 + p2;
        lgamma += (p - 0.5 * y);
        break;
      }
      case 1: {
        double z = y * y;
        double w = z * y;
        double p1 = T[0] + w * (T[3] + w * (T[6] + w * (T[9] + w * T[12])));  // parallel comp
        double p2 = T[1] + w * (T[4] + w * (T[7] + w * (T[10] + w * T[13])));
        double p3 = T[2] + w * (T[5] + w * (T[8] + w * (T[11] + w * T[14])));
        double p = z * p1 - (kTt - w * (p2 + y * p3));
        lgamma += (kTf + p);
        break;
      }
      default: {
        double p1 = y * (U[0] + y * (U[1] + y * (U[2] + y * (U[3] + y * (U[4] + y * U[5])))));
        double p2 = 1 + y * (V[1] + y * (V[2] + y * (V[3] + y * (V[4] + y * V[5]))));
        lgamma += (-0.5 * y + p1 / p2);
        break;
      }
    }
  } else if (x < 8) {  // 2 <= x < 8
    int64_t i = static_cast<int64_t>(x);
    double y = x - static_cast<double>(i);
    const double* S = kLgamS;
    const double* R = kLgamR;
    double p = y * (S[0] + y * (S[1] + y * (S[2] + y * (S[3] + y * (S[4] + y * (S[5] + y * S[6]))))));
    double q = 1 + y * (R[1] + y * (R[2] + y * (R[3] + y * (R[4] + y * (R[5] + y * R[6])))));
    lgamma = 0.5 * y + p / q;
    double z = 1.0;  // Lgamma(1+s) = Log(s) + Lgamma(s)
    switch (i) {
      case 7:
        z *= (y + 6);
        [[fallthrough]];
      case 6:
        z *= (y + 5);
        [[fallthrough]];
      case 5:
        z *= (y + 4);
        [[fallthrough]];
      case 4:
        z *= (y + 3);
        [[fallthrough]];
      case 3:
        z *= (y + 2);
        lgamma += Log(z);
        break;
      default:
        break;
    }
  } else if (x < kTwo58) {  // 8 <= x < 2**58
    double t = Log(x);
    double z = 1 / x;
    double y = z * z;
    const double* W = kLgamW;
    double w = W[0] + z * (W[1] + y * (W[2] + y * (W[3] + y * (W[4] + y * (W[5] + y * W[6])))));
    lgamma = (x - 0.5) * (t - 1) + w;
  } else {  // 2**58 <= x <= Inf
    lgamma = x * (Log(x) - 1);
  }
  if (neg) lgamma = nadj - lgamma;
  res.lgamma = lgamma;
  return res;
}

}  // namespace csp::gomath
