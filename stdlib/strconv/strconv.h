// stdlib/strconv/strconv.h: the C++ core of Go 1.19's strconv package, for the csp binding
// layer to wrap. Every function returns exactly what Go's function of the same name returns,
// byte for byte and bit for bit (test/unit/strconv_test.cpp checks vectors printed by real Go).
//
// Conventions:
//  - Strings are byte strings: std::string_view in, std::string out; nothing requires UTF-8.
//  - Go's error results become a Status. A *NumError's text is NumErrorText(fn, num, status,
//    arg); Unquote/UnquoteChar/QuotedPrefix return the bare strconv.ErrSyntax, whose text is
//    ErrorText(Status::kSyntax). The value reported with an error is Go's: 0 for syntax, base
//    and bit-size errors, the clamped value (ParseInt/ParseUint) or ±Inf (ParseFloat) for
//    range errors.
//  - Where Go panics (bad base or bit size when formatting), the function has a precondition
//    instead, a Valid* check and the panic text are given, and the binding must panic itself.
//  - Go's int is 64 bits (IntSize); runes are int32_t.
//
// Where the work is done (each .cpp names the Go source it follows):
//  atoi.cpp (atoi.go, atob.go, itoa.go, the NumError text), atof.cpp (atof.go, atoc.go),
//  decimal.cpp (decimal.go), eisel_lemire.cpp (eisel_lemire.go), ftoa.cpp (FormatFloat via
//  runtime/fmt_float.cpp, ctoa.go), quote.cpp (quoting via runtime/quote.cpp, Unquote*).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace csp::gostrconv {

inline constexpr int kIntSize = 64;  // strconv.IntSize

enum class Status : uint8_t {
  kOk,
  kSyntax,          // strconv.ErrSyntax: "invalid syntax"
  kRange,           // strconv.ErrRange: "value out of range"
  kInvalidBase,     // "invalid base N", N the base argument
  kInvalidBitSize,  // "invalid bit size N", N the bitSize argument
};

struct IntResult {
  int64_t value;
  Status status;
};
struct UintResult {
  uint64_t value;
  Status status;
};
struct FloatResult {
  double value;  // for bitSize 32, exactly a float32 value
  Status status;
};
struct ComplexResult {
  double re, im;
  Status status;
};
struct BoolResult {
  bool value;
  Status status;
};
struct StringResult {
  std::string value;
  Status status;  // kOk or kSyntax
};
struct UnquoteCharResult {
  int32_t value;
  bool multibyte;
  std::string_view tail;  // a suffix of the input
  Status status;          // kOk or kSyntax (then value 0, multibyte false, tail empty)
};

// ---- errors ----------------------------------------------------------------------------
// The Err's text: "invalid syntax", "value out of range", "invalid base <arg>",
// "invalid bit size <arg>" ("" for kOk).
std::string ErrorText(Status status, int64_t arg = 0);
// NumError.Error(): "strconv." + fn + ": parsing " + Quote(num) + ": " + ErrorText(status, arg).
// fn is the Go function whose error it is: "ParseInt", "ParseUint", "Atoi", "ParseFloat",
// "ParseBool", "ParseComplex"; num is the input string as passed to that function.
std::string NumErrorText(std::string_view fn, std::string_view num, Status status,
                         int64_t arg = 0);

// ---- integers (atoi.cpp) ---------------------------------------------------------------
// base 0 or 2..36 (0: prefix 0b/0o/0x/0 picks the base and underscores are allowed);
// bitSize 0 (= 64) .. 64.
UintResult ParseUint(std::string_view s, int64_t base, int64_t bitSize);
IntResult ParseInt(std::string_view s, int64_t base, int64_t bitSize);
IntResult Atoi(std::string_view s);  // errors are reported with fn "Atoi"

inline bool ValidFormatBase(int64_t base) { return base >= 2 && base <= 36; }
inline constexpr std::string_view kPanicFormatBase = "strconv: illegal AppendInt/FormatInt base";
// Precondition ValidFormatBase(base); otherwise nothing is appended ("" is returned).
std::string FormatInt(int64_t i, int64_t base);
std::string FormatUint(uint64_t i, int64_t base);
std::string Itoa(int64_t i);
void AppendInt(std::string& dst, int64_t i, int64_t base);
void AppendUint(std::string& dst, uint64_t i, int64_t base);

BoolResult ParseBool(std::string_view s);
std::string FormatBool(bool b);
void AppendBool(std::string& dst, bool b);

// ---- floats (atof.cpp, ftoa.cpp) -------------------------------------------------------
// bitSize 32 rounds directly to float32; any other bitSize means 64 (as in Go).
FloatResult ParseFloat(std::string_view s, int64_t bitSize);
// bitSize 64 (complex64) parses float32 parts; anything else means 128.
ComplexResult ParseComplex(std::string_view s, int64_t bitSize);

inline bool ValidFloatBitSize(int64_t bitSize) { return bitSize == 32 || bitSize == 64; }
inline constexpr std::string_view kPanicFloatBitSize =
    "strconv: illegal AppendFloat/FormatFloat bitSize";
// fmt: 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X' (any other byte gives "%" + fmt, or NaN/±Inf);
// prec -1: shortest that round-trips. Precondition ValidFloatBitSize(bitSize); otherwise
// nothing is appended ("" is returned).
std::string FormatFloat(double f, char fmt, int64_t prec, int64_t bitSize);
void AppendFloat(std::string& dst, double f, char fmt, int64_t prec, int64_t bitSize);

inline bool ValidComplexBitSize(int64_t bitSize) { return bitSize == 64 || bitSize == 128; }
inline constexpr std::string_view kPanicComplexBitSize = "invalid bitSize";
// "(" re im "i)"; precondition ValidComplexBitSize(bitSize), otherwise "".
std::string FormatComplex(double re, double im, char fmt, int64_t prec, int64_t bitSize);

// ---- quoting (quote.cpp) ---------------------------------------------------------------
std::string Quote(std::string_view s);
std::string QuoteToASCII(std::string_view s);
std::string QuoteToGraphic(std::string_view s);
std::string QuoteRune(int32_t r);
std::string QuoteRuneToASCII(int32_t r);
std::string QuoteRuneToGraphic(int32_t r);
void AppendQuote(std::string& dst, std::string_view s);
void AppendQuoteToASCII(std::string& dst, std::string_view s);
void AppendQuoteToGraphic(std::string& dst, std::string_view s);
void AppendQuoteRune(std::string& dst, int32_t r);
void AppendQuoteRuneToASCII(std::string& dst, int32_t r);
void AppendQuoteRuneToGraphic(std::string& dst, int32_t r);
bool CanBackquote(std::string_view s);
bool IsPrint(int32_t r);
bool IsGraphic(int32_t r);

StringResult Unquote(std::string_view s);
// The quoted literal at the start of s, quotes and escapes included as written.
StringResult QuotedPrefix(std::string_view s);
// quote is '\'' (allows \' and rejects a bare '), '"' (likewise for "), or 0 (neither);
// any other byte acts like 0.
UnquoteCharResult UnquoteChar(std::string_view s, char quote);

}  // namespace csp::gostrconv
