// runtime/fmt.h: the machinery behind fmt.Print*/Sprint*, a port of Go's fmt package
// (print.go's pp -> Printer, format.go's fmt -> Formatter) and of the parts of strconv it
// needs (float formatting, quoting). Internal to runtime/; codegen calls the extern "C"
// csp_fmt_* wrappers in fmt_api.cpp.
//
// Invariants:
//  - Output accumulates in the Printer's own std::string; nothing is written to a stream
//    until the whole call has been formatted (one write per fmt.Print call, like Go's).
//  - A Printer is used for one call only and never shared between threads. Formatting does
//    not call user code yet; when Stringer/error methods arrive, a nested Sprintf gets its
//    own Printer, so this stays reentrant.
//  - Operands are csp_any values whose dynamic type is described by csp_type (kind + name);
//    formatting dispatches on the kind, so named types (type E int) format like their
//    underlying basic type, as Go's reflection path does when there is no String method.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace csp::rt {

inline constexpr const char* kLowerDigits = "0123456789abcdefx";
inline constexpr const char* kUpperDigits = "0123456789ABCDEFX";

// Go's fmt.fmtFlags plus width and precision.
struct FmtFlags {
  bool wid_present = false, prec_present = false;
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;  // %+v, %#v
  int wid = 0, prec = 0;
};

// Go's fmt.fmt: formats one value with the current flags into buf.
class Formatter {
 public:
  explicit Formatter(std::string& buf) : buf_(buf) {}
  FmtFlags f;

  void clear_flags() { f = FmtFlags{}; }
  void write_padding(int n);
  void pad(std::string_view s);         // pads by rune count, left or right (minus)
  void pad_string(std::string_view s) { pad(s); }

  void fmt_boolean(bool v);
  void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
  void fmt_unicode(uint64_t u);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);
  void fmt_s(std::string_view s);
  void fmt_sx(std::string_view s, const char* digits);
  void fmt_q(std::string_view s);
  // verb is one of b e E f F g G x X; size is 32 or 64; prec -1 means shortest.
  void fmt_float(double v, int size, char verb, int prec);

 private:
  std::string_view truncate(std::string_view s) const;
  std::string& buf_;
};

// Go's fmt.pp: one Print/Printf call.
class Printer {
 public:
  Printer() : fmt_(buf_) {}
  void do_print(const csp_any* a, int64_t n);
  void do_println(const csp_any* a, int64_t n);
  void do_printf(std::string_view format, const csp_any* a, int64_t n);
  const std::string& output() const { return buf_; }

 private:
  void print_arg(const csp_any& arg, char32_t verb);
  void bad_verb(char32_t verb);
  void fmt_bool(bool v, char32_t verb);
  void fmt_integer(uint64_t v, bool is_signed, char32_t verb);
  void fmt_float(double v, int size, char32_t verb);
  void fmt_string(std::string_view v, char32_t verb);
  void write_rune(char32_t r);
  void write_type_name(const csp_any& arg);
  // Printf helpers (see doPrintf in Go's print.go).
  int64_t arg_number(int64_t arg_num, std::string_view format, size_t& i, int64_t num_args,
                     bool& found);
  bool int_from_arg(const csp_any* a, int64_t n, int64_t& arg_num, int& out);

  std::string buf_;
  Formatter fmt_;
  const csp_any* arg_ = nullptr;  // the operand being printed, for bad_verb
  bool reordered_ = false;
  bool good_arg_num_ = true;
};

// strconv pieces (fmt_float.cpp, quote.cpp).
// strconv.AppendFloat(dst, v, fmt, prec, bitSize).
void append_float(std::string& dst, double v, char fmt, int prec, int bit_size);
// strconv.Quote, QuoteToASCII (ascii_only), QuoteToGraphic (graphic_only).
void append_quote(std::string& dst, std::string_view s, bool ascii_only, bool graphic_only = false);
// strconv.QuoteRune, QuoteRuneToASCII (ascii_only), QuoteRuneToGraphic (graphic_only).
void append_quote_rune(std::string& dst, int64_t r, bool ascii_only, bool graphic_only = false);
bool can_backquote(std::string_view s);                                     // strconv.CanBackquote

// Decodes an operand of a basic kind: its value's bits, per the csp_any layout in csp_rt.h.
std::string_view any_string(const csp_any& a);
double any_float(const csp_any& a);  // float32 widened exactly

}  // namespace csp::rt
