// frontend/constant.cpp: exact constant arithmetic (see constant.h), modelled on Go's go/constant.
//
// Representation (Form, below) mirrors go/constant so that results and messages match Go's:
//   Int  - mpz_t, unbounded (go/types, not this file, rejects untyped ints over 512 bits).
//   Rat  - mpq_t, exact, canonical. Every float literal whose binary exponent lies within
//          (-4096, 4096), and + - * / of such values while numerator and denominator stay under
//          4096 bits (go/constant's makeRat / maxExp rule).
//   Big  - mpfr_t with 512 bits of mantissa (go/constant's floatVal), used when a Rat would get
//          too big: literals such as 1e100000, results with huge components. Arithmetic on Big is
//          rounded to nearest-even; it never goes back to Rat. Infinity/NaN never appear: an
//          overflowing result is Unknown. The exponent range is MPFR's default (about +-2^30
//          binary, Go's big.Float allows +-2^31): beyond it a value is Unknown (or 0 when tiny).
// Invariants: a Rep is immutable once built and shared between copies; Float zero is +0; an
// Unknown Constant has no Rep at all.
//
// Literal guards: exponents beyond 10^15 in magnitude make a literal Unknown (Go: "exponent
// overflow"); 1e1000000000 is Unknown (overflow), 1e-1000000000 is 0, and both are computed in
// microseconds through MPFR instead of as giant rationals. Shifts whose result would exceed
// 2^20 bits are Unknown (sema rejects shift counts over 1074 long before that).
//
// Rounding to float32/float64 is done exactly on the rational value (roundRatio): correct
// round-half-to-even including subnormals, with no dependence on MPFR's global exponent range.
#include "frontend/constant.h"
#include "runtime/fmt.h"
#include "runtime/unicode.h"

#include <gmp.h>
#include <mpfr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace csp {

namespace {

constexpr mpfr_prec_t kPrec = 512;        // go/constant's prec
constexpr long kMaxExp = 4 << 10;         // go/constant's maxExp: Rat component / exponent bound
constexpr long kMaxShiftBits = 1L << 20;  // larger shift results are Unknown (see above)
constexpr long long kMaxLiteralExp = 1000000000000000LL;

enum class Form { Unknown, Bool, String, Int, Rat, Big };

// RAII temporaries.
struct Z {
  mpz_t v;
  Z() { mpz_init(v); }
  ~Z() { mpz_clear(v); }
  Z(const Z&) = delete;
  Z& operator=(const Z&) = delete;
};
struct Q {
  mpq_t v;
  Q() { mpq_init(v); }
  ~Q() { mpq_clear(v); }
  Q(const Q&) = delete;
  Q& operator=(const Q&) = delete;
};
struct F {
  mpfr_t v;
  explicit F(mpfr_prec_t prec = kPrec) { mpfr_init2(v, prec); }
  ~F() { mpfr_clear(v); }
  F(const F&) = delete;
  F& operator=(const F&) = delete;
};

long bitLength(const mpz_t v) { return mpz_sgn(v) == 0 ? 0 : long(mpz_sizeinbase(v, 2)); }

// An IEEE binary format: float64 is {53, -1022, 1023}, float32 is {24, -126, 127}.
struct BinaryFormat {
  long mantBits;  // including the implicit bit
  long minExp;    // exponent of the smallest normal number
  long maxExp;    // exponent of the largest finite number
};
constexpr BinaryFormat kFloat64{53, -1022, 1023};
constexpr BinaryFormat kFloat32{24, -126, 127};

// Rounds a/b (a, b > 0) to the nearest value of `fmt`, ties to even, subnormals included.
// Returns false if the result is infinite; otherwise stores it (exactly) in *out.
bool roundRatio(const mpz_t a, const mpz_t b, const BinaryFormat& fmt, double* out) {
  long e = bitLength(a) - bitLength(b);  // floor(log2(a/b)) is e or e-1
  if (e > fmt.maxExp + 1) return false;
  if (e < fmt.minExp - fmt.mantBits - 2) {
    *out = 0;
    return true;
  }
  Z t;
  int below;  // a/b < 2^e ?
  if (e >= 0) {
    mpz_mul_2exp(t.v, b, e);
    below = mpz_cmp(a, t.v) < 0;
  } else {
    mpz_mul_2exp(t.v, a, -e);
    below = mpz_cmp(t.v, b) < 0;
  }
  if (below) e--;
  if (e > fmt.maxExp) return false;
  long qe = std::max(e, fmt.minExp) - (fmt.mantBits - 1);  // exponent of one unit in the last place
  Z num, den, n, r;
  mpz_mul_2exp(num.v, a, qe < 0 ? -qe : 0);
  mpz_mul_2exp(den.v, b, qe > 0 ? qe : 0);
  mpz_fdiv_qr(n.v, r.v, num.v, den.v);
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, den.v);
  if (c > 0 || (c == 0 && mpz_odd_p(n.v))) mpz_add_ui(n.v, n.v, 1);
  if (bitLength(n.v) + qe > fmt.maxExp + 1) return false;
  *out = std::ldexp(double(mpz_get_ui(n.v)), int(qe));
  return true;
}

size_t runeCount(const std::string& s) {
  return size_t(rt::rune_count(reinterpret_cast<const uint8_t*>(s.data()), int64_t(s.size())));
}

// go/constant's stringVal.String: the quoted string, cut to 69 runes plus "..." when longer
// than 72 runes.
std::string shortQuote(const std::string& s) {
  constexpr size_t kMaxLen = 72;
  std::string q = Constant::quoteGo(s);
  if (runeCount(q) <= kMaxLen) return q;
  size_t i = 0, size = 0;
  int32_t r;
  for (size_t n = 0; n < kMaxLen - 3; ++n, i += size)
    size = size_t(rt::decode_rune(reinterpret_cast<const uint8_t*>(q.data()) + i, int64_t(q.size() - i), &r));
  return q.substr(0, i) + "...";
}

std::string stripUnderscores(const std::string& text) {
  std::string t;
  for (char c : text)
    if (c != '_') t += c;
  return t;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

bool allDigits(const std::string& s, int base) {
  if (s.empty()) return false;
  for (char c : s)
    if (digitValue(c) >= base) return false;
  return true;
}

// Parses the exponent digits of a float literal from t[i...] (optional sign). Saturation
// beyond kMaxLiteralExp counts as malformed (Go: exponent overflow).
bool parseExponent(const std::string& t, size_t i, long long* exp) {
  bool neg = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
  std::string digits = t.substr(i);
  if (!allDigits(digits, 10)) return false;
  long long v = 0;
  for (char c : digits) {
    v = v * 10 + (c - '0');
    if (v > kMaxLiteralExp) return false;
  }
  *exp = neg ? -v : v;
  return true;
}

// The binary exponent of q != 0 as big.Float.MantExp gives it: |q| = m * 2^exp, 0.5 <= m < 1.
long ratMantExp(const mpq_t q) {
  Z a;
  mpz_abs(a.v, mpq_numref(q));
  const mpz_srcptr b = mpq_denref(q);
  long e = bitLength(a.v) - bitLength(b);
  Z t;
  int below;
  if (e >= 0) {
    mpz_mul_2exp(t.v, b, e);
    below = mpz_cmp(a.v, t.v) < 0;
  } else {
    mpz_mul_2exp(t.v, a.v, -e);
    below = mpz_cmp(t.v, b) < 0;
  }
  return below ? e : e + 1;
}

// log10(2) as Go computes math.Ln2/math.Ln10 (bits 0x3fd34413509f79ff).
constexpr double kLog10Of2 = 0x1.34413509f79ffp-2;

std::string formatG6(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

// go/constant floatVal.String's approximate path for values outside float64's range.
std::string formatOutOfRange(const mpfr_t f) {
  long exp = 0;
  double m = mpfr_get_d_2exp(&exp, f, MPFR_RNDN);  // 0.5 <= |m| < 1
  double d = double(exp) * kLog10Of2;
  long long e = (long long)d;
  m *= std::pow(10.0, d - double(e));
  double am = std::fabs(m);
  if (am < 0.9999995) {  // Go: 1-0.5e-6
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, e);
  return buf;
}

}  // namespace

struct Constant::Rep {
  Form form;
  bool b = false;
  std::string s;
  mpz_t z;
  mpq_t q;
  mpfr_t f;

  explicit Rep(Form fm) : form(fm) {
    if (form == Form::Int) mpz_init(z);
    if (form == Form::Rat) mpq_init(q);
    if (form == Form::Big) mpfr_init2(f, kPrec);
  }
  ~Rep() {
    if (form == Form::Int) mpz_clear(z);
    if (form == Form::Rat) mpq_clear(q);
    if (form == Form::Big) mpfr_clear(f);
  }
  Rep(const Rep&) = delete;
  Rep& operator=(const Rep&) = delete;
};

// Builders and views shared by the methods below (a friend of Constant).
struct ConstantImpl {
  using Rep = Constant::Rep;

  static Form form(const Constant& c) { return c.rep_ ? c.rep_->form : Form::Unknown; }
  static const Rep& rep(const Constant& c) { return *c.rep_; }
  static bool isNumeric(Form f) { return f == Form::Int || f == Form::Rat || f == Form::Big; }
  static Constant wrap(std::shared_ptr<Rep> r) { return Constant(std::move(r)); }

  static Constant fromZ(const mpz_t v) {
    auto r = std::make_shared<Rep>(Form::Int);
    mpz_set(r->z, v);
    return wrap(std::move(r));
  }
  // Always a Rat (literals, float64 values). v must be canonical.
  static Constant ratExact(const mpq_t v) {
    auto r = std::make_shared<Rep>(Form::Rat);
    mpq_set(r->q, v);
    return wrap(std::move(r));
  }
  // go/constant makeRat: a Rat unless its components reach kMaxExp bits.
  static Constant fromQ(const mpq_t v) {
    if (bitLength(mpq_numref(v)) < kMaxExp && bitLength(mpq_denref(v)) < kMaxExp) return ratExact(v);
    F f;
    mpfr_set_q(f.v, v, MPFR_RNDN);
    return fromF(f.v);
  }
  // go/constant makeFloat: Unknown for infinities (and NaN); zero is +0.
  static Constant fromF(const mpfr_t v) {
    if (!mpfr_number_p(v)) return Constant();
    auto r = std::make_shared<Rep>(Form::Big);
    if (mpfr_zero_p(v))
      mpfr_set_zero(r->f, 1);
    else
      mpfr_set(r->f, v, MPFR_RNDN);
    return wrap(std::move(r));
  }

  // Exact rational view of an Int or Rat.
  static void toQ(const Rep& r, mpq_t out) {
    if (r.form == Form::Int)
      mpq_set_z(out, r.z);
    else
      mpq_set(out, r.q);
  }
  // 512-bit view of any numeric Rep (rounded to nearest).
  static void toF(const Rep& r, mpfr_t out) {
    if (r.form == Form::Int) mpfr_set_z(out, r.z, MPFR_RNDN);
    if (r.form == Form::Rat) mpfr_set_q(out, r.q, MPFR_RNDN);
    if (r.form == Form::Big) mpfr_set(out, r.f, MPFR_RNDN);
  }

  // Nearest value of `fmt` (ties to even); false on overflow. Underflow gives +0.
  static bool nearest(const Constant& c, const BinaryFormat& fmt, double* out) {
    Form fm = form(c);
    *out = 0;
    if (!isNumeric(fm)) return true;
    const Rep& r = rep(c);
    Q q;
    if (fm == Form::Big) {
      if (mpfr_zero_p(r.f)) return true;
      long e = mpfr_get_exp(r.f);  // |f| in [2^(e-1), 2^e)
      if (e - 1 > fmt.maxExp) return false;
      if (e < fmt.minExp - fmt.mantBits - 2) return true;
      mpfr_get_q(q.v, r.f);
    } else {
      toQ(r, q.v);
    }
    int sgn = mpq_sgn(q.v);
    if (sgn == 0) return true;
    Z a;
    mpz_abs(a.v, mpq_numref(q.v));
    double d = 0;
    if (!roundRatio(a.v, mpq_denref(q.v), fmt, &d)) return false;
    *out = (sgn < 0 && d != 0) ? -d : d;
    return true;
  }

  static std::optional<Constant> roundTo(const Constant& c, const BinaryFormat& fmt) {
    Form fm = form(c);
    if (fm == Form::Unknown) return Constant();  // no follow-up errors, as go/types
    if (!isNumeric(fm)) return std::nullopt;
    double d = 0;
    if (!nearest(c, fmt, &d)) return std::nullopt;
    return Constant::makeFloat64(d);
  }

  static std::string floatString(const Constant& c) {
    const Rep& r = rep(c);
    double x = 0;
    bool finite = nearest(c, kFloat64, &x);
    if (finite && (c.sign() == 0) == (x == 0)) return formatG6(x);
    F f;
    toF(r, f.v);
    return formatOutOfRange(f.v);
  }

  // Decimal mantissa m, value m * 10^e10 (or m * 2^e2 when binary).
  static Constant scaledLiteral(const mpz_t m, long long e, bool binary) {
    if (mpz_sgn(m) == 0) return Constant::makeInt64(0).toFloat();
    double bx = double(bitLength(m)) + (binary ? double(e) : double(e) * 3.321928094887362);
    if (std::fabs(bx) < kMaxExp + 64) {
      Q q;
      Z p;
      if (binary)
        mpz_set_ui(p.v, 1), mpz_mul_2exp(p.v, p.v, (unsigned long)std::llabs(e));
      else
        mpz_ui_pow_ui(p.v, 10, (unsigned long)std::llabs(e));
      if (e >= 0) {
        mpz_mul(mpq_numref(q.v), m, p.v);
      } else {
        mpz_set(mpq_numref(q.v), m);
        mpz_set(mpq_denref(q.v), p.v);
        mpq_canonicalize(q.v);
      }
      long me = ratMantExp(q.v);
      if (-kMaxExp < me && me < kMaxExp) return ratExact(q.v);
      F f;
      mpfr_set_q(f.v, q.v, MPFR_RNDN);
      return fromF(f.v);
    }
    F f;
    mpfr_set_z(f.v, m, MPFR_RNDN);
    if (binary) {
      mpfr_mul_2si(f.v, f.v, long(e), MPFR_RNDN);
    } else {
      F p;
      mpfr_set_ui(p.v, 10, MPFR_RNDN);
      mpfr_pow_si(p.v, p.v, long(e), MPFR_RNDN);
      mpfr_mul(f.v, f.v, p.v, MPFR_RNDN);
    }
    if (mpfr_zero_p(f.v)) return Constant::makeInt64(0).toFloat();  // Go: underflow parses as "0"
    return fromF(f.v);
  }

  static Constant intOp(const mpz_t a, Tok op, const mpz_t b, bool integerDivision) {
    Z c;
    switch (op) {
      case Tok::Add: mpz_add(c.v, a, b); break;
      case Tok::Sub: mpz_sub(c.v, a, b); break;
      case Tok::Mul: mpz_mul(c.v, a, b); break;
      case Tok::Quo:
        if (mpz_sgn(b) == 0) return Constant();
        if (!integerDivision) {
          Q q;
          mpz_set(mpq_numref(q.v), a);
          mpz_set(mpq_denref(q.v), b);
          mpq_canonicalize(q.v);
          return fromQ(q.v);
        }
        mpz_tdiv_q(c.v, a, b);
        break;
      case Tok::Rem:
        if (mpz_sgn(b) == 0) return Constant();
        mpz_tdiv_r(c.v, a, b);
        break;
      case Tok::And: mpz_and(c.v, a, b); break;
      case Tok::Or: mpz_ior(c.v, a, b); break;
      case Tok::Xor: mpz_xor(c.v, a, b); break;
      case Tok::AndNot:
        mpz_com(c.v, b);
        mpz_and(c.v, a, c.v);
        break;
      default: return Constant();
    }
    return fromZ(c.v);
  }

  static Constant ratOp(const mpq_t a, Tok op, const mpq_t b) {
    Q c;
    switch (op) {
      case Tok::Add: mpq_add(c.v, a, b); break;
      case Tok::Sub: mpq_sub(c.v, a, b); break;
      case Tok::Mul: mpq_mul(c.v, a, b); break;
      case Tok::Quo:
        if (mpq_sgn(b) == 0) return Constant();
        mpq_div(c.v, a, b);
        break;
      default: return Constant();
    }
    return fromQ(c.v);
  }

  static Constant bigOp(const mpfr_t a, Tok op, const mpfr_t b) {
    F c;
    switch (op) {
      case Tok::Add: mpfr_add(c.v, a, b, MPFR_RNDN); break;
      case Tok::Sub: mpfr_sub(c.v, a, b, MPFR_RNDN); break;
      case Tok::Mul: mpfr_mul(c.v, a, b, MPFR_RNDN); break;
      case Tok::Quo:
        if (mpfr_zero_p(b)) return Constant();
        mpfr_div(c.v, a, b, MPFR_RNDN);
        break;
      default: return Constant();
    }
    return fromF(c.v);
  }

  // x op y for numeric x, y: computed in the wider of the two forms (Int < Rat < Big).
  static Constant numericOp(const Constant& x, Tok op, const Constant& y, bool integerDivision) {
    Form level = std::max(form(x), form(y));
    if (level == Form::Int) return intOp(rep(x).z, op, rep(y).z, integerDivision);
    if (integerDivision && op == Tok::Quo) return Constant();
    if (level == Form::Rat) {
      Q a, b;
      toQ(rep(x), a.v);
      toQ(rep(y), b.v);
      return ratOp(a.v, op, b.v);
    }
    F a, b;
    toF(rep(x), a.v);
    toF(rep(y), b.v);
    return bigOp(a.v, op, b.v);
  }

  // Three-way comparison of two numeric constants.
  static int numericCmp(const Constant& x, const Constant& y) {
    Form level = std::max(form(x), form(y));
    if (level == Form::Int) return mpz_cmp(rep(x).z, rep(y).z);
    if (level == Form::Rat) {
      Q a, b;
      toQ(rep(x), a.v);
      toQ(rep(y), b.v);
      return mpq_cmp(a.v, b.v);
    }
    // Exact: an Int or Rat converted to 512 bits could round, so compare the Big as a
    // rational when the other side is not Big and the Big is of reasonable size.
    if (form(x) != form(y)) {
      const Constant& big = form(x) == Form::Big ? x : y;
      long e = mpfr_get_exp(rep(big).f);
      if (mpfr_zero_p(rep(big).f) || (-kMaxExp * 4 < e && e < kMaxExp * 4)) {
        Q a, b;
        ratOf(x, a.v);
        ratOf(y, b.v);
        return mpq_cmp(a.v, b.v);
      }
    }
    F a, b;
    toF(rep(x), a.v);
    toF(rep(y), b.v);
    return mpfr_cmp(a.v, b.v);
  }
  static void ratOf(const Constant& c, mpq_t out) {
    if (form(c) == Form::Big)
      mpfr_get_q(out, rep(c).f);
    else
      toQ(rep(c), out);
  }

  static bool cmpResult(int c, Tok op) {
    switch (op) {
      case Tok::Eql: return c == 0;
      case Tok::Neq: return c != 0;
      case Tok::Lss: return c < 0;
      case Tok::Leq: return c <= 0;
      case Tok::Gtr: return c > 0;
      case Tok::Geq: return c >= 0;
      default: return false;
    }
  }

  static Constant truncate(const mpz_t v, int bits, bool isSigned) {
    Z c;
    mpz_fdiv_r_2exp(c.v, v, bits);  // in [0, 2^bits)
    if (isSigned && bits > 0 && mpz_tstbit(c.v, bits - 1)) {
      Z m;
      mpz_setbit(m.v, bits);
      mpz_sub(c.v, c.v, m.v);
    }
    return fromZ(c.v);
  }
};

using I = ConstantImpl;

// ---- Construction ----

Constant::Constant() = default;

Constant Constant::makeBool(bool b) {
  auto r = std::make_shared<Rep>(Form::Bool);
  r->b = b;
  return Constant(std::move(r));
}

Constant Constant::makeString(std::string s) {
  auto r = std::make_shared<Rep>(Form::String);
  r->s = std::move(s);
  return Constant(std::move(r));
}

Constant Constant::makeInt64(int64_t v) {
  auto r = std::make_shared<Rep>(Form::Int);
  mpz_set_si(r->z, long(v));
  return Constant(std::move(r));
}

Constant Constant::makeUint64(uint64_t v) {
  auto r = std::make_shared<Rep>(Form::Int);
  mpz_set_ui(r->z, (unsigned long)v);
  return Constant(std::move(r));
}

Constant Constant::makeFloat64(double v) {
  if (!std::isfinite(v)) return Constant();
  Q q;
  mpq_set_d(q.v, v == 0 ? 0.0 : v);  // exact; -0 becomes 0
  return I::ratExact(q.v);
}

// int_lit = decimal_lit | binary_lit | octal_lit | hex_lit  (Go spec; '_' already validated)
Constant Constant::fromIntLiteral(const std::string& text) {
  std::string t = stripUnderscores(text);
  bool neg = !t.empty() && t[0] == '-';
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.erase(0, 1);
  int base = 10;
  size_t start = 0;
  if (t.size() >= 2 && t[0] == '0') {
    char c = char(t[1] | 0x20);
    base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
    start = (c == 'x' || c == 'b' || c == 'o') ? 2 : 1;
  }
  std::string digits = t.substr(start);
  if (!allDigits(digits, base)) return Constant();
  Z z;
  mpz_set_str(z.v, digits.c_str(), base);
  if (neg) mpz_neg(z.v, z.v);
  return I::fromZ(z.v);
}

// float_lit = decimal_float_lit | hex_float_lit  (Go spec)
Constant Constant::fromFloatLiteral(const std::string& text) {
  std::string t = stripUnderscores(text);
  bool neg = !t.empty() && t[0] == '-';
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.erase(0, 1);
  bool hex = t.size() >= 2 && t[0] == '0' && (t[1] | 0x20) == 'x';
  int base = hex ? 16 : 10;
  size_t i = hex ? 2 : 0;
  std::string mant;
  long long fracDigits = 0;
  bool seenDot = false;
  for (; i < t.size(); ++i) {
    if (t[i] == '.') {
      if (seenDot) return Constant();
      seenDot = true;
    } else if (digitValue(t[i]) < base) {
      mant += t[i];
      fracDigits += seenDot;
    } else {
      break;
    }
  }
  if (mant.empty()) return Constant();
  long long exp = 0;
  if (i < t.size()) {
    char c = char(t[i] | 0x20);
    if (c != (hex ? 'p' : 'e') || !parseExponent(t, i + 1, &exp)) return Constant();
  } else if (hex) {
    return Constant();  // a hexadecimal mantissa requires a 'p' exponent
  }
  Z m;
  mpz_set_str(m.v, mant.c_str(), base);
  if (neg) mpz_neg(m.v, m.v);
  return I::scaledLiteral(m.v, hex ? exp - 4 * fracDigits : exp - fracDigits, hex);
}

// ---- Accessors ----

Constant::Kind Constant::kind() const {
  switch (I::form(*this)) {
    case Form::Bool: return Kind::Bool;
    case Form::String: return Kind::String;
    case Form::Int: return Kind::Int;
    case Form::Rat:
    case Form::Big: return Kind::Float;
    case Form::Unknown: break;
  }
  return Kind::Unknown;
}

bool Constant::boolVal() const { return I::form(*this) == Form::Bool && rep_->b; }

const std::string& Constant::stringVal() const {
  static const std::string kEmpty;
  return I::form(*this) == Form::String ? rep_->s : kEmpty;
}

Constant Constant::toInt() const {
  switch (I::form(*this)) {
    case Form::Int: return *this;
    case Form::Rat:
      if (mpz_cmp_ui(mpq_denref(rep_->q), 1) == 0) return I::fromZ(mpq_numref(rep_->q));
      return Constant();
    case Form::Big: break;
    default: return Constant();
  }
  // go/constant ToInt on a floatVal: exact integers, or values within a few ulps of one.
  const mpfr_srcptr f = rep_->f;
  if (mpfr_zero_p(f)) return makeInt64(0);
  long e = mpfr_get_exp(f);
  if (!(-kMaxExp < e && e < kMaxExp)) return Constant();
  Z z;
  if (mpfr_integer_p(f)) {
    mpfr_get_z(z.v, f, MPFR_RNDN);
    return I::fromZ(z.v);
  }
  F t(kPrec - 4);
  for (mpfr_rnd_t mode : {MPFR_RNDZ, MPFR_RNDA}) {
    mpfr_set(t.v, f, mode);
    if (mpfr_integer_p(t.v)) {
      mpfr_get_z(z.v, t.v, MPFR_RNDN);
      return I::fromZ(z.v);
    }
  }
  return Constant();
}

Constant Constant::toFloat() const {
  switch (I::form(*this)) {
    case Form::Int: {
      if (bitLength(rep_->z) < kMaxExp) {
        Q q;
        mpq_set_z(q.v, rep_->z);
        return I::ratExact(q.v);
      }
      F f;
      mpfr_set_z(f.v, rep_->z, MPFR_RNDN);
      return I::fromF(f.v);
    }
    case Form::Rat:
    case Form::Big: return *this;
    default: return Constant();
  }
}

bool Constant::isIntegral() const { return toInt().kind() == Kind::Int; }

bool Constant::fitsInt(int bits, bool isSigned) const {
  if (isUnknown()) return true;  // as go/types: no follow-up error for an invalid operand
  Constant i = toInt();
  if (i.isUnknown()) return false;
  const mpz_srcptr z = i.rep_->z;
  if (!isSigned) return mpz_sgn(z) >= 0 && bitLength(z) <= bits;
  if (mpz_sgn(z) >= 0) return bitLength(z) <= bits - 1;
  Z t;
  mpz_com(t.v, z);  // -z-1 >= 0
  return bitLength(t.v) <= bits - 1;
}

std::optional<Constant> Constant::roundFloat32() const { return I::roundTo(*this, kFloat32); }
std::optional<Constant> Constant::roundFloat64() const { return I::roundTo(*this, kFloat64); }

int64_t Constant::int64Val() const { return int64_t(uint64Val()); }

uint64_t Constant::uint64Val() const {
  Constant i = toInt();
  if (i.isUnknown()) return 0;
  Z t;
  mpz_fdiv_r_2exp(t.v, i.rep_->z, 64);  // two's complement low 64 bits
  return uint64_t(mpz_get_ui(t.v));
}

double Constant::float64Val() const {
  double d = 0;
  if (!I::nearest(*this, kFloat64, &d)) return sign() < 0 ? -HUGE_VAL : HUGE_VAL;
  return d;
}

float Constant::float32Val() const {
  double d = 0;
  if (!I::nearest(*this, kFloat32, &d)) return sign() < 0 ? -HUGE_VALF : HUGE_VALF;
  return float(d);
}

int Constant::sign() const {
  switch (I::form(*this)) {
    case Form::Int: return mpz_sgn(rep_->z);
    case Form::Rat: return mpq_sgn(rep_->q);
    case Form::Big: return mpfr_sgn(rep_->f);
    case Form::Unknown: return 1;
    default: return 0;
  }
}

int Constant::bitLen() const { return I::form(*this) == Form::Int ? int(bitLength(rep_->z)) : 0; }

Constant Constant::wrapInt(int bits, bool isSigned) const {
  Constant i = toInt();
  if (i.isUnknown()) return i;
  return I::truncate(i.rep_->z, bits, isSigned);
}

// ---- Operations ----

Constant Constant::binaryOp(const Constant& x, Tok op, const Constant& y, bool integerDivision) {
  Form fx = I::form(x), fy = I::form(y);
  if (I::isNumeric(fx) && I::isNumeric(fy)) return I::numericOp(x, op, y, integerDivision);
  if (fx == Form::Bool && fy == Form::Bool) {
    if (op == Tok::LAnd) return makeBool(x.rep_->b && y.rep_->b);
    if (op == Tok::LOr) return makeBool(x.rep_->b || y.rep_->b);
  }
  if (fx == Form::String && fy == Form::String && op == Tok::Add)
    return makeString(x.rep_->s + y.rep_->s);
  return Constant();
}

Constant Constant::shift(const Constant& x, Tok op, uint64_t s) {
  Constant i = x.toInt();
  if (i.isUnknown()) return i;
  Z z;
  if (op == Tok::Shl) {
    if (mpz_sgn(i.rep_->z) == 0) return i;
    if (s > uint64_t(kMaxShiftBits) || bitLength(i.rep_->z) + long(s) > kMaxShiftBits) return Constant();
    mpz_mul_2exp(z.v, i.rep_->z, (mp_bitcnt_t)s);
  } else if (op == Tok::Shr) {
    mp_bitcnt_t n = s > uint64_t(kMaxShiftBits) * 64 ? mp_bitcnt_t(kMaxShiftBits) * 64 : mp_bitcnt_t(s);
    mpz_fdiv_q_2exp(z.v, i.rep_->z, n);  // floor: arithmetic shift
  } else {
    return Constant();
  }
  return I::fromZ(z.v);
}

bool Constant::compare(const Constant& x, Tok op, const Constant& y) {
  Form fx = I::form(x), fy = I::form(y);
  if (I::isNumeric(fx) && I::isNumeric(fy)) return I::cmpResult(I::numericCmp(x, y), op);
  if (fx == Form::Bool && fy == Form::Bool && (op == Tok::Eql || op == Tok::Neq))
    return I::cmpResult(x.rep_->b == y.rep_->b ? 0 : 1, op);
  if (fx == Form::String && fy == Form::String) {
    int c = x.rep_->s.compare(y.rep_->s);  // bytewise, as Go
    return I::cmpResult(c < 0 ? -1 : c > 0, op);
  }
  return false;
}

Constant Constant::unaryOp(Tok op, const Constant& x, int unsignedBits) {
  Form fx = I::form(x);
  switch (op) {
    case Tok::Add: return I::isNumeric(fx) ? x : Constant();
    case Tok::Sub:
      if (!I::isNumeric(fx)) return Constant();
      return binaryOp(makeInt64(0), Tok::Sub, x, false);
    case Tok::Xor: {
      if (fx != Form::Int) return Constant();
      Z z;
      mpz_com(z.v, x.rep_->z);  // -x-1
      if (unsignedBits > 0) mpz_fdiv_r_2exp(z.v, z.v, unsignedBits);
      return I::fromZ(z.v);
    }
    case Tok::Not: return fx == Form::Bool ? makeBool(!x.rep_->b) : Constant();
    default: return Constant();
  }
}

// ---- Text ----

std::string Constant::toString() const {
  switch (I::form(*this)) {
    case Form::Unknown: return "unknown";
    case Form::Bool: return rep_->b ? "true" : "false";
    case Form::String: return shortQuote(rep_->s);
    case Form::Int: {
      std::string s(mpz_sizeinbase(rep_->z, 10) + 2, '\0');
      mpz_get_str(s.data(), 10, rep_->z);
      s.resize(std::strlen(s.c_str()));
      return s;
    }
    case Form::Rat:
    case Form::Big: return I::floatString(*this);
  }
  return "unknown";
}

// strconv.Quote, shared with the runtime's %q (runtime/quote.cpp).
std::string Constant::quoteGo(const std::string& s) {
  std::string out;
  rt::append_quote(out, s, /*ascii_only=*/false);
  return out;
}

}  // namespace csp
