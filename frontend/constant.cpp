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

// Go's strconv.IsPrint (tables at the end of this file).
bool isPrintGo(char32_t r);

// Decodes one UTF-8 sequence as Go's utf8.DecodeRuneInString does; *size is 1 and the result
// U+FFFD for an invalid byte.
char32_t decodeRune(const std::string& s, size_t i, size_t* size) {
  auto byteAt = [&](size_t k) { return k < s.size() ? (unsigned char)s[k] : 0u; };
  unsigned b0 = byteAt(i);
  *size = 1;
  if (b0 < 0x80) return b0;
  auto cont = [&](size_t k, unsigned lo, unsigned hi) {
    unsigned b = byteAt(k);
    return k < s.size() && b >= lo && b <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(i + 1, 0x80, 0xBF)) {
    *size = 2;
    return ((b0 & 0x1F) << 6) | (byteAt(i + 1) & 0x3F);
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    if (cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF)) {
      *size = 3;
      return ((b0 & 0x0F) << 12) | ((byteAt(i + 1) & 0x3F) << 6) | (byteAt(i + 2) & 0x3F);
    }
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    unsigned lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF) && cont(i + 3, 0x80, 0xBF)) {
      *size = 4;
      return ((b0 & 0x07) << 18) | ((byteAt(i + 1) & 0x3F) << 12) | ((byteAt(i + 2) & 0x3F) << 6) |
             (byteAt(i + 3) & 0x3F);
    }
  }
  return 0xFFFD;
}

void appendHex(std::string& out, uint32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) out += kHex[(v >> (4 * i)) & 0xF];
}

// Go's strconv appendEscapedRune for a valid rune r, quote '"'.
void appendEscapedRune(std::string& out, const std::string& s, size_t i, size_t size, char32_t r) {
  if (r == '"' || r == '\\') {
    out += '\\';
    out += char(r);
    return;
  }
  if (isPrintGo(r)) {
    out.append(s, i, size);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    appendHex(out, r, 2);
  } else if (r < 0x10000) {
    out += "\\u";
    appendHex(out, r, 4);
  } else {
    out += "\\U";
    appendHex(out, r, 8);
  }
}

size_t runeCount(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0, size = 0; i < s.size(); i += size, ++n) decodeRune(s, i, &size);
  return n;
}

// go/constant's stringVal.String: the quoted string, cut to 69 runes plus "..." when longer
// than 72 runes.
std::string shortQuote(const std::string& s) {
  constexpr size_t kMaxLen = 72;
  std::string q = Constant::quoteGo(s);
  if (runeCount(q) <= kMaxLen) return q;
  size_t i = 0, size = 0;
  for (size_t n = 0; n < kMaxLen - 3; ++n, i += size) decodeRune(q, i, &size);
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

std::string Constant::quoteGo(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0, size = 0; i < s.size(); i += size) {
    char32_t r = decodeRune(s, i, &size);
    if (size == 1 && r == 0xFFFD) {
      out += "\\x";
      appendHex(out, (unsigned char)s[i], 2);
      continue;
    }
    appendEscapedRune(out, s, i, size, r);
  }
  out += '"';
  return out;
}

// ---- Go's strconv.IsPrint ----
//
// Tables copied from Go 1.19's strconv/isprint.go (generated by makeisprint.go; BSD licence,
// Copyright The Go Authors): pairs of inclusive ranges of printable runes, minus exceptions.
namespace {

constexpr uint16_t kIsPrint16[] = {
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556,
    0x0559, 0x058a, 0x058d, 0x05c7, 0x05d0, 0x05ea, 0x05ef, 0x05f4,
    0x0606, 0x061b, 0x061e, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1,
    0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b, 0x085e, 0x086a,
    0x08a0, 0x08c7, 0x08d3, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2,
    0x09b6, 0x09b9, 0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce,
    0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a,
    0x0a0f, 0x0a10, 0x0a13, 0x0a39, 0x0a3c, 0x0a42, 0x0a47, 0x0a48,
    0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e, 0x0a66, 0x0a76,
    0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3,
    0x0ae6, 0x0af1, 0x0af9, 0x0b0c, 0x0b0f, 0x0b10, 0x0b13, 0x0b39,
    0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57,
    0x0b5c, 0x0b63, 0x0b66, 0x0b77, 0x0b82, 0x0b8a, 0x0b8e, 0x0b95,
    0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb9,
    0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7,
    0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d, 0x0c55, 0x0c5a,
    0x0c60, 0x0c63, 0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd,
    0x0cd5, 0x0cd6, 0x0cde, 0x0ce3, 0x0ce6, 0x0cf2, 0x0d00, 0x0d4f,
    0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6,
    0x0dca, 0x0dca, 0x0dcf, 0x0ddf, 0x0de6, 0x0def, 0x0df2, 0x0df4,
    0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd,
    0x0ed0, 0x0ed9, 0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda,
    0x1000, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x124d, 0x1250, 0x125d,
    0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315,
    0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5,
    0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1714,
    0x1720, 0x1736, 0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd,
    0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180d, 0x1810, 0x1819,
    0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x192b,
    0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974,
    0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b,
    0x1a1e, 0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad,
    0x1ab0, 0x1ac0, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c, 0x1b80, 0x1bf3,
    0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba,
    0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3,
    0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e,
    0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20bf, 0x20d0, 0x20f0,
    0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a, 0x2460, 0x2b73,
    0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67,
    0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e52, 0x2e80, 0x2ef3,
    0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff,
    0x3105, 0x31e3, 0x31f0, 0x9ffc, 0xa000, 0xa48c, 0xa490, 0xa4c6,
    0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7bf, 0xa7c2, 0xa7ca,
    0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
    0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9,
    0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2,
    0xaadb, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16,
    0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
    0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9,
    0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1, 0xfbd3, 0xfd3f,
    0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19,
    0xfe20, 0xfe6b, 0xfe70, 0xfefc, 0xff01, 0xffbe, 0xffc2, 0xffc7,
    0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee,
    0xfffc, 0xfffd,
};
constexpr uint16_t kIsNotPrint16[] = {
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f,
    0x085f, 0x08b5, 0x08e2, 0x0984, 0x09a9, 0x09b1, 0x09de, 0x0a04,
    0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e,
    0x0a92, 0x0aa9, 0x0ab1, 0x0ab4, 0x0ac6, 0x0aca, 0x0b00, 0x0b04,
    0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d,
    0x0bc9, 0x0c0d, 0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d,
    0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d,
    0x0d11, 0x0d45, 0x0d49, 0x0d80, 0x0d84, 0x0db2, 0x0dbc, 0x0dd5,
    0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6, 0x0ec5, 0x0ec7,
    0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259,
    0x1289, 0x12b1, 0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x170d,
    0x176d, 0x1771, 0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c,
    0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2c2f,
    0x2c5f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf,
    0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce,
    0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42, 0xfb45,
    0xfe53, 0xfe67, 0xfe75, 0xffe7,
};
constexpr uint32_t kIsPrint32[] = {
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa,
    0x010100, 0x010102, 0x010107, 0x010133, 0x010137, 0x01019c,
    0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c,
    0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb, 0x010300, 0x010323,
    0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3,
    0x0103c8, 0x0103d5, 0x010400, 0x01049d, 0x0104a0, 0x0104a9,
    0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527,
    0x010530, 0x010563, 0x01056f, 0x01056f, 0x010600, 0x010736,
    0x010740, 0x010755, 0x010760, 0x010767, 0x010800, 0x010805,
    0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e,
    0x0108a7, 0x0108af, 0x0108e0, 0x0108f5, 0x0108fb, 0x01091b,
    0x01091f, 0x010939, 0x01093f, 0x01093f, 0x010980, 0x0109b7,
    0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35,
    0x010a38, 0x010a3a, 0x010a3f, 0x010a48, 0x010a50, 0x010a58,
    0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6,
    0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72,
    0x010b78, 0x010b91, 0x010b99, 0x010b9c, 0x010ba9, 0x010baf,
    0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2,
    0x010cfa, 0x010d27, 0x010d30, 0x010d39, 0x010e60, 0x010ead,
    0x010eb0, 0x010eb1, 0x010f00, 0x010f27, 0x010f30, 0x010f59,
    0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d,
    0x011052, 0x01106f, 0x01107f, 0x0110c1, 0x0110d0, 0x0110e8,
    0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176,
    0x011180, 0x0111f4, 0x011200, 0x01123e, 0x011280, 0x0112a9,
    0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c,
    0x01130f, 0x011310, 0x011313, 0x011344, 0x011347, 0x011348,
    0x01134b, 0x01134d, 0x011350, 0x011350, 0x011357, 0x011357,
    0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374,
    0x011400, 0x011461, 0x011480, 0x0114c7, 0x0114d0, 0x0114d9,
    0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644,
    0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8,
    0x0116c0, 0x0116c9, 0x011700, 0x01171a, 0x01171d, 0x01172b,
    0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2,
    0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938,
    0x01193b, 0x011946, 0x011950, 0x011959, 0x0119a0, 0x0119a7,
    0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47,
    0x011a50, 0x011aa2, 0x011ac0, 0x011af8, 0x011c00, 0x011c45,
    0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6,
    0x011d00, 0x011d36, 0x011d3a, 0x011d47, 0x011d50, 0x011d59,
    0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8,
    0x011fb0, 0x011fb0, 0x011fc0, 0x011ff1, 0x011fff, 0x012399,
    0x012400, 0x012474, 0x012480, 0x012543, 0x013000, 0x01342e,
    0x014400, 0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69,
    0x016a6e, 0x016a6f, 0x016ad0, 0x016aed, 0x016af0, 0x016af5,
    0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f,
    0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f, 0x016f87,
    0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4, 0x016ff0, 0x016ff1,
    0x017000, 0x0187f7, 0x018800, 0x018cd5, 0x018d00, 0x018d08,
    0x01b000, 0x01b11e, 0x01b150, 0x01b152, 0x01b164, 0x01b167,
    0x01b170, 0x01b2fb, 0x01bc00, 0x01bc6a, 0x01bc70, 0x01bc7c,
    0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f,
    0x01d000, 0x01d0f5, 0x01d100, 0x01d126, 0x01d129, 0x01d172,
    0x01d17b, 0x01d1e8, 0x01d200, 0x01d245, 0x01d2e0, 0x01d2f3,
    0x01d300, 0x01d356, 0x01d360, 0x01d378, 0x01d400, 0x01d49f,
    0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a,
    0x01d50d, 0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb,
    0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01e000, 0x01e018,
    0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d,
    0x01e140, 0x01e149, 0x01e14e, 0x01e14f, 0x01e2c0, 0x01e2f9,
    0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6,
    0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f,
    0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d, 0x01ee00, 0x01ee24,
    0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54,
    0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb,
    0x01eef0, 0x01eef1, 0x01f000, 0x01f02b, 0x01f030, 0x01f093,
    0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad,
    0x01f1e6, 0x01f202, 0x01f210, 0x01f23b, 0x01f240, 0x01f248,
    0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300, 0x01f6d7,
    0x01f6e0, 0x01f6ec, 0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773,
    0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb, 0x01f800, 0x01f80b,
    0x01f810, 0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887,
    0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8b1, 0x01f900, 0x01fa53,
    0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a,
    0x01fa80, 0x01fa86, 0x01fa90, 0x01faa8, 0x01fab0, 0x01fab6,
    0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca,
    0x01fbf0, 0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734,
    0x02b740, 0x02b81d, 0x02b820, 0x02cea1, 0x02ceb0, 0x02ebe0,
    0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
};
constexpr uint16_t kIsNotPrint32[] = {
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836,
    0x0856, 0x08f3, 0x0a04, 0x0a14, 0x0a18, 0x0e7f, 0x0eaa, 0x10bd,
    0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e, 0x1304,
    0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914, 0x1917, 0x1936,
    0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66,
    0x1d69, 0x1d8f, 0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455,
    0xd49d, 0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d,
    0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022, 0xe025,
    0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48,
    0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e,
    0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d, 0xee7f, 0xee8a,
    0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
};

template <typename T, size_t N>
size_t lowerBound(const T (&a)[N], uint32_t x) {
  return size_t(std::lower_bound(a, a + N, x, [](T v, uint32_t k) { return uint32_t(v) < k; }) - a);
}

template <typename R, size_t NR, typename X, size_t NX>
bool inTables(const R (&ranges)[NR], const X (&except)[NX], uint32_t r, uint32_t exceptBias) {
  size_t i = lowerBound(ranges, r);
  if (i >= NR || r < ranges[i & ~size_t(1)] || ranges[i | 1] < r) return false;
  size_t j = lowerBound(except, r - exceptBias);
  return j >= NX || except[j] != r - exceptBias;
}

bool isPrintGo(char32_t r) {
  if (r <= 0xFF) {
    if (0x20 <= r && r <= 0x7E) return true;
    if (0xA1 <= r && r <= 0xFF) return r != 0xAD;
    return false;
  }
  if (r < 0x10000) return inTables(kIsPrint16, kIsNotPrint16, r, 0);
  if (r > 0x10FFFF) return false;
  if (r >= 0x20000) {
    size_t i = lowerBound(kIsPrint32, r);
    return i < std::size(kIsPrint32) && kIsPrint32[i & ~size_t(1)] <= r && r <= kIsPrint32[i | 1];
  }
  return inTables(kIsPrint32, kIsNotPrint32, r, 0x10000);
}

}  // namespace

}  // namespace csp
