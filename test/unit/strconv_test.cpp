// test/unit/strconv_test.cpp: stdlib/strconv (csp::gostrconv) against real Go.
//
// - The tables come from strconv_vectors.inc, printed by real Go's strconv at build time
//   (test/CMakeLists.txt runs go run stdlib/strconv/testgen/gen.go into the build directory).
//   Every result must agree exactly: values (floats bit for bit), statuses, strings byte for
//   byte, and, where the vector carries one, the NumError text.
// - A heavier run by hand: go run stdlib/strconv/testgen/gen.go -scale 50 > /tmp/big.inc, then
//   build this file with -DSTRCONV_VECTORS='"/tmp/big.inc"'.
// - Hand-written tests cover what needs no oracle: round trips over random floats, the
//   preconditions (invalid format bases and bit sizes), Append* agreeing with Format*.
#include "stdlib/strconv/strconv.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

using namespace std::literals;
namespace sc = csp::gostrconv;

namespace {

using sc::Status;
constexpr Status OK = Status::kOk;
constexpr Status SYN = Status::kSyntax;
constexpr Status RNG = Status::kRange;
constexpr Status BASE = Status::kInvalidBase;
constexpr Status BITS = Status::kInvalidBitSize;

struct IntCase {
  std::string_view in;
  int64_t base, bit_size;
  int64_t value;
  Status status;
  std::string_view err;  // Go's err.Error(), or "" if not sampled
};
struct UintCase {
  std::string_view in;
  int64_t base, bit_size;
  uint64_t value;
  Status status;
  std::string_view err;
};
struct AtoiCase {
  std::string_view in;
  int64_t value;
  Status status;
  std::string_view err;
};
struct FormatIntCase {
  int64_t i;
  uint64_t u;
  int64_t base;
  std::string_view format_int, format_uint;
};
struct BoolCase {
  std::string_view in;
  bool value;
  Status status;
  std::string_view err;
};
struct FloatCase {
  std::string_view in;
  int64_t bit_size;
  uint64_t bits;  // of the float64 result
  Status status;
  std::string_view err;
};
struct FloatRecipeCase {  // input = prefix + count * fill + suffix
  std::string_view prefix;
  int fill;
  int count;
  std::string_view suffix;
  int64_t bit_size;
  uint64_t bits;
  Status status;
};
struct ComplexCase {
  std::string_view in;
  int64_t bit_size;
  uint64_t re, im;
  Status status;
  std::string_view err;
};
struct FormatFloatCase {
  uint64_t bits;
  int fmt;
  int64_t prec, bit_size;
  std::string_view out;
};
struct FormatComplexCase {
  uint64_t re, im;
  int fmt;
  int64_t prec, bit_size;
  std::string_view out;
};
struct QuoteCase {
  std::string_view in, quote, ascii, graphic;
  bool can_backquote;
};
struct QuoteRuneCase {
  int32_t r;
  std::string_view quote, ascii, graphic;
};
struct UnquoteCase {
  std::string_view in, out;
  bool ok;
  std::string_view prefix;
  bool prefix_ok;
};
struct UnquoteCharCase {
  std::string_view in;
  int quote;
  int32_t value;
  bool multibyte;
  std::string_view tail;
  bool ok;
};
struct RuneRange {
  int32_t lo, hi;
};

#ifndef STRCONV_VECTORS
#define STRCONV_VECTORS "testdata/strconv_vectors.inc"
#endif
#include STRCONV_VECTORS

// Go-quoted, for messages.
std::string q(std::string_view s) { return sc::Quote(s); }

const char* name(Status s) {
  switch (s) {
    case OK: return "ok";
    case SYN: return "syntax";
    case RNG: return "range";
    case BASE: return "base";
    case BITS: return "bitsize";
  }
  return "?";
}

double from_bits(uint64_t b) { return std::bit_cast<double>(b); }
uint64_t to_bits(double f) { return std::bit_cast<uint64_t>(f); }

std::string hex(uint64_t b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%016llx", static_cast<unsigned long long>(b));
  return buf;
}

// Reports up to kMaxReports mismatches per test, then only counts them.
class Mismatches {
 public:
  static constexpr int kMaxReports = 25;
  template <typename F>
  void check(bool ok, F&& describe) {
    checked_++;
    if (ok) return;
    if (++failed_ <= kMaxReports) ADD_FAILURE() << describe();
  }
  ~Mismatches() {
    EXPECT_EQ(failed_, 0) << failed_ << " of " << checked_ << " vectors differ from Go";
    EXPECT_GT(checked_, 0);
  }

 private:
  int failed_ = 0, checked_ = 0;
};

// The NumError text, when the vector samples it; the arg is the base or bit size.
bool err_text_ok(std::string_view fn, std::string_view in, Status st, int64_t arg,
                 std::string_view want) {
  if (want.empty()) return true;
  return sc::NumErrorText(fn, in, st, arg) == want;
}

int64_t err_arg(Status st, int64_t base, int64_t bit_size) {
  return st == BASE ? base : st == BITS ? bit_size : 0;
}

TEST(Strconv, ParseInt) {
  Mismatches m;
  for (const IntCase& c : kParseIntCases) {
    sc::IntResult r = sc::ParseInt(c.in, c.base, c.bit_size);
    bool ok = r.value == c.value && r.status == c.status &&
              err_text_ok("ParseInt", c.in, r.status, err_arg(r.status, c.base, c.bit_size), c.err);
    m.check(ok, [&] {
      return "ParseInt(" + q(c.in) + ", " + std::to_string(c.base) + ", " +
             std::to_string(c.bit_size) + ") = " + std::to_string(r.value) + " " + name(r.status) +
             ", Go: " + std::to_string(c.value) + " " + name(c.status) + " " + std::string(c.err);
    });
  }
}

TEST(Strconv, ParseUint) {
  Mismatches m;
  for (const UintCase& c : kParseUintCases) {
    sc::UintResult r = sc::ParseUint(c.in, c.base, c.bit_size);
    bool ok = r.value == c.value && r.status == c.status &&
              err_text_ok("ParseUint", c.in, r.status, err_arg(r.status, c.base, c.bit_size), c.err);
    m.check(ok, [&] {
      return "ParseUint(" + q(c.in) + ", " + std::to_string(c.base) + ", " +
             std::to_string(c.bit_size) + ") = " + std::to_string(r.value) + " " + name(r.status) +
             ", Go: " + std::to_string(c.value) + " " + name(c.status) + " " + std::string(c.err);
    });
  }
}

TEST(Strconv, Atoi) {
  Mismatches m;
  for (const AtoiCase& c : kAtoiCases) {
    sc::IntResult r = sc::Atoi(c.in);
    bool ok = r.value == c.value && r.status == c.status &&
              err_text_ok("Atoi", c.in, r.status, 0, c.err);
    m.check(ok, [&] {
      return "Atoi(" + q(c.in) + ") = " + std::to_string(r.value) + " " + name(r.status) +
             ", Go: " + std::to_string(c.value) + " " + name(c.status);
    });
  }
}

TEST(Strconv, FormatInt) {
  Mismatches m;
  for (const FormatIntCase& c : kFormatIntCases) {
    std::string si = sc::FormatInt(c.i, c.base), su = sc::FormatUint(c.u, c.base);
    std::string ai = "x", au = "y";
    sc::AppendInt(ai, c.i, c.base);
    sc::AppendUint(au, c.u, c.base);
    bool ok = si == c.format_int && su == c.format_uint && ai == "x" + si && au == "y" + su &&
              (c.base != 10 || sc::Itoa(c.i) == si);
    m.check(ok, [&] {
      return "FormatInt(" + std::to_string(c.i) + ", " + std::to_string(c.base) + ") = " + si +
             " / FormatUint = " + su + ", Go: " + std::string(c.format_int) + " / " +
             std::string(c.format_uint);
    });
  }
}

TEST(Strconv, ParseBool) {
  Mismatches m;
  for (const BoolCase& c : kParseBoolCases) {
    sc::BoolResult r = sc::ParseBool(c.in);
    bool ok = r.value == c.value && r.status == c.status &&
              err_text_ok("ParseBool", c.in, r.status, 0, c.err);
    m.check(ok, [&] { return "ParseBool(" + q(c.in) + ")"; });
  }
  EXPECT_EQ(sc::FormatBool(true), "true");
  EXPECT_EQ(sc::FormatBool(false), "false");
  std::string s = "x";
  sc::AppendBool(s, true);
  EXPECT_EQ(s, "xtrue");
}

TEST(Strconv, ParseFloat) {
  Mismatches m;
  for (const FloatCase& c : kParseFloatCases) {
    sc::FloatResult r = sc::ParseFloat(c.in, c.bit_size);
    bool ok = to_bits(r.value) == c.bits && r.status == c.status &&
              err_text_ok("ParseFloat", c.in, r.status, 0, c.err);
    m.check(ok, [&] {
      return "ParseFloat(" + q(c.in) + ", " + std::to_string(c.bit_size) + ") = " +
             hex(to_bits(r.value)) + " (" + sc::FormatFloat(r.value, 'g', -1, 64) + ") " +
             name(r.status) + ", Go: " + hex(c.bits) + " (" +
             sc::FormatFloat(from_bits(c.bits), 'g', -1, 64) + ") " + name(c.status);
    });
  }
}

TEST(Strconv, ParseFloatLongInputs) {
  Mismatches m;
  for (const FloatRecipeCase& c : kParseFloatRecipes) {
    std::string in(c.prefix);
    in.append(static_cast<size_t>(c.count), static_cast<char>(c.fill));
    in += c.suffix;
    sc::FloatResult r = sc::ParseFloat(in, c.bit_size);
    m.check(to_bits(r.value) == c.bits && r.status == c.status, [&] {
      return "ParseFloat(" + q(c.prefix) + " + " + std::to_string(c.count) + " * '" +
             static_cast<char>(c.fill) + "' + " + q(c.suffix) + ", " + std::to_string(c.bit_size) +
             ") = " + hex(to_bits(r.value)) + " " + name(r.status) + ", Go: " + hex(c.bits) + " " +
             name(c.status);
    });
  }
}

TEST(Strconv, ParseComplex) {
  Mismatches m;
  for (const ComplexCase& c : kParseComplexCases) {
    sc::ComplexResult r = sc::ParseComplex(c.in, c.bit_size);
    bool ok = to_bits(r.re) == c.re && to_bits(r.im) == c.im && r.status == c.status &&
              err_text_ok("ParseComplex", c.in, r.status, 0, c.err);
    m.check(ok, [&] {
      return "ParseComplex(" + q(c.in) + ", " + std::to_string(c.bit_size) + ") = " +
             hex(to_bits(r.re)) + " " + hex(to_bits(r.im)) + " " + name(r.status) + ", Go: " +
             hex(c.re) + " " + hex(c.im) + " " + name(c.status);
    });
  }
}

TEST(Strconv, FormatFloat) {
  Mismatches m;
  for (const FormatFloatCase& c : kFormatFloatCases) {
    auto fmt = static_cast<char>(c.fmt);
    std::string s = sc::FormatFloat(from_bits(c.bits), fmt, c.prec, c.bit_size);
    std::string a = "ab";
    sc::AppendFloat(a, from_bits(c.bits), fmt, c.prec, c.bit_size);
    m.check(s == c.out && a == "ab" + s, [&] {
      return "FormatFloat(" + hex(c.bits) + ", '" + std::string(1, fmt) + "', " +
             std::to_string(c.prec) + ", " + std::to_string(c.bit_size) + ") = " + s +
             ", Go: " + std::string(c.out);
    });
  }
}

TEST(Strconv, FormatComplex) {
  Mismatches m;
  for (const FormatComplexCase& c : kFormatComplexCases) {
    std::string s = sc::FormatComplex(from_bits(c.re), from_bits(c.im), static_cast<char>(c.fmt),
                                      c.prec, c.bit_size);
    m.check(s == c.out, [&] { return "FormatComplex: " + s + ", Go: " + std::string(c.out); });
  }
}

TEST(Strconv, Quote) {
  Mismatches m;
  for (const QuoteCase& c : kQuoteCases) {
    std::string a = sc::Quote(c.in), b = sc::QuoteToASCII(c.in), g = sc::QuoteToGraphic(c.in);
    std::string aa = "x", ab = "x", ag = "x";
    sc::AppendQuote(aa, c.in);
    sc::AppendQuoteToASCII(ab, c.in);
    sc::AppendQuoteToGraphic(ag, c.in);
    bool ok = a == c.quote && b == c.ascii && g == c.graphic && aa == "x" + a && ab == "x" + b &&
              ag == "x" + g && sc::CanBackquote(c.in) == c.can_backquote;
    m.check(ok, [&] {
      return "Quote*(" + q(c.in) + ") = " + a + " " + b + " " + g + ", Go: " + std::string(c.quote) +
             " " + std::string(c.ascii) + " " + std::string(c.graphic);
    });
  }
}

TEST(Strconv, QuoteRune) {
  Mismatches m;
  for (const QuoteRuneCase& c : kQuoteRuneCases) {
    std::string a = sc::QuoteRune(c.r), b = sc::QuoteRuneToASCII(c.r),
                g = sc::QuoteRuneToGraphic(c.r);
    std::string aa = "x", ab = "x", ag = "x";
    sc::AppendQuoteRune(aa, c.r);
    sc::AppendQuoteRuneToASCII(ab, c.r);
    sc::AppendQuoteRuneToGraphic(ag, c.r);
    bool ok = a == c.quote && b == c.ascii && g == c.graphic && aa == "x" + a && ab == "x" + b &&
              ag == "x" + g;
    m.check(ok, [&] {
      return "QuoteRune*(" + std::to_string(c.r) + ") = " + a + " " + b + " " + g + ", Go: " +
             std::string(c.quote) + " " + std::string(c.ascii) + " " + std::string(c.graphic);
    });
  }
}

TEST(Strconv, Unquote) {
  Mismatches m;
  for (const UnquoteCase& c : kUnquoteCases) {
    sc::StringResult u = sc::Unquote(c.in);
    sc::StringResult p = sc::QuotedPrefix(c.in);
    bool ok = u.value == c.out && (u.status == OK) == c.ok && (u.status == OK || u.status == SYN) &&
              p.value == c.prefix && (p.status == OK) == c.prefix_ok;
    m.check(ok, [&] {
      return "Unquote(" + q(c.in) + ") = " + q(u.value) + " " + name(u.status) + ", Go: " +
             q(c.out) + (c.ok ? " ok" : " syntax") + "; QuotedPrefix = " + q(p.value) + " " +
             name(p.status) + ", Go: " + q(c.prefix) + (c.prefix_ok ? " ok" : " syntax");
    });
  }
}

TEST(Strconv, UnquoteChar) {
  Mismatches m;
  for (const UnquoteCharCase& c : kUnquoteCharCases) {
    sc::UnquoteCharResult r = sc::UnquoteChar(c.in, static_cast<char>(c.quote));
    bool ok = r.value == c.value && r.multibyte == c.multibyte && r.tail == c.tail &&
              (r.status == OK) == c.ok;
    // The tail is a suffix of the input, not a copy.
    if (ok && !r.tail.empty()) ok = r.tail.data() + r.tail.size() == c.in.data() + c.in.size();
    m.check(ok, [&] {
      return "UnquoteChar(" + q(c.in) + ", " + std::to_string(c.quote) + ") = " +
             std::to_string(r.value) + " " + std::to_string(r.multibyte) + " " + q(r.tail) + " " +
             name(r.status) + ", Go: " + std::to_string(c.value) + " " +
             std::to_string(c.multibyte) + " " + q(c.tail) + (c.ok ? " ok" : " syntax");
    });
  }
}

// The ranges cover [0, MaxRune]; runes outside it are neither printable nor graphic.
template <size_t N>
void check_rune_class(const RuneRange (&ranges)[N], bool (*f)(int32_t), const char* what) {
  Mismatches m;
  int32_t r = 0;
  for (const RuneRange& rr : ranges) {
    for (; r < rr.lo; r++) m.check(!f(r), [&] { return std::string(what) + " " + std::to_string(r); });
    for (; r <= rr.hi; r++) m.check(f(r), [&] { return std::string(what) + " " + std::to_string(r); });
  }
  for (; r <= 0x10FFFF; r++) m.check(!f(r), [&] { return std::string(what) + " " + std::to_string(r); });
  for (int32_t x : {-1, INT32_MIN, 0x110000, INT32_MAX}) {
    m.check(!f(x), [&] { return std::string(what) + " " + std::to_string(x); });
  }
}

TEST(Strconv, IsPrint) { check_rune_class(kIsPrintRanges, sc::IsPrint, "IsPrint"); }
TEST(Strconv, IsGraphic) { check_rune_class(kIsGraphicRanges, sc::IsGraphic, "IsGraphic"); }

TEST(Strconv, ErrorTexts) {
  EXPECT_EQ(sc::ErrorText(SYN), "invalid syntax");
  EXPECT_EQ(sc::ErrorText(RNG), "value out of range");
  EXPECT_EQ(sc::ErrorText(BASE, 1), "invalid base 1");
  EXPECT_EQ(sc::ErrorText(BITS, 65), "invalid bit size 65");
  EXPECT_EQ(sc::ErrorText(OK), "");
  EXPECT_EQ(sc::NumErrorText("ParseInt", "1\xff\n", SYN),
            "strconv.ParseInt: parsing \"1\\xff\\n\": invalid syntax");
  EXPECT_EQ(sc::NumErrorText("ParseInt", "9", BASE, -7),
            "strconv.ParseInt: parsing \"9\": invalid base -7");
}

// Go panics on these; the C++ has preconditions, checkers and the panic texts.
TEST(Strconv, Preconditions) {
  for (int64_t b : {-1, 0, 1, 37, 100}) {
    EXPECT_FALSE(sc::ValidFormatBase(b));
    EXPECT_EQ(sc::FormatInt(5, b), "");
    EXPECT_EQ(sc::FormatUint(5, b), "");
  }
  for (int64_t b = 2; b <= 36; b++) EXPECT_TRUE(sc::ValidFormatBase(b));
  for (int64_t z : {0, 16, 31, 33, 63, 65, 128}) {
    EXPECT_FALSE(sc::ValidFloatBitSize(z));
    EXPECT_EQ(sc::FormatFloat(1.5, 'g', -1, z), "");
  }
  EXPECT_FALSE(sc::ValidComplexBitSize(32));
  EXPECT_EQ(sc::FormatComplex(1, 2, 'g', -1, 32), "");
  EXPECT_EQ(sc::kPanicFormatBase, "strconv: illegal AppendInt/FormatInt base");
  EXPECT_EQ(sc::kPanicFloatBitSize, "strconv: illegal AppendFloat/FormatFloat bitSize");
  EXPECT_EQ(sc::kPanicComplexBitSize, "invalid bitSize");
  // Precisions Go treats alike: every negative one is "shortest".
  EXPECT_EQ(sc::FormatFloat(0.1, 'e', -1000000000000, 64), "1e-01");
}

// Shortest formatting round-trips through parsing, for random bit patterns of both sizes.
TEST(Strconv, RoundTrip) {
  std::mt19937_64 rng(42);
  Mismatches m;
  for (int i = 0; i < 200000; i++) {
    uint64_t bits = rng();
    double f = from_bits(bits);
    if (std::isnan(f)) continue;
    const char fmts[] = {'g', 'e', 'x', 'E'};
    char fmt = fmts[i % 4];
    std::string s = sc::FormatFloat(f, fmt, -1, 64);
    sc::FloatResult r = sc::ParseFloat(s, 64);
    m.check(to_bits(r.value) == bits && r.status == OK, [&] {
      return "round trip " + hex(bits) + " via " + s;
    });
    auto f32 = std::bit_cast<float>(static_cast<uint32_t>(bits));
    if (std::isnan(f32)) continue;
    s = sc::FormatFloat(f32, fmt, -1, 32);
    r = sc::ParseFloat(s, 32);
    m.check(static_cast<float>(r.value) == f32 && std::signbit(r.value) == std::signbit(f32) &&
                r.status == OK,
            [&] { return "round trip float32 " + hex(bits & 0xFFFFFFFF) + " via " + s; });
  }
}

}  // namespace
