// runtime/fmt_print.cpp: Printer, the port of Go's fmt/print.go for operands of basic kinds:
// Print/Println operand spacing, Printf's format parsing (flags, width, precision, `*`,
// explicit argument indexes [n]) and the error forms %!d(string=hi), %!d(MISSING),
// %!(EXTRA int=3), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!d(BADINDEX).
#include "runtime/fmt.h"
#include "runtime/unicode.h"

#include <cstring>

namespace csp::rt {

namespace {

constexpr const char* kNilAngle = "<nil>";

bool is_signed_kind(uint32_t k) { return k >= CSP_KIND_INT && k <= CSP_KIND_INT64; }
bool is_unsigned_kind(uint32_t k) { return k >= CSP_KIND_UINT && k <= CSP_KIND_UINTPTR; }

}  // namespace

std::string_view any_string(const csp_any& a) {
  const auto* s = reinterpret_cast<const csp_string*>(static_cast<uintptr_t>(a.data));
  if (s == nullptr || s->len == 0) return {};
  return {reinterpret_cast<const char*>(s->ptr), static_cast<size_t>(s->len)};
}

void Printer::write_rune(char32_t r) {
  uint8_t enc[4];
  int n = encode_rune(enc, static_cast<int64_t>(r));
  buf_.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(n));
}

void Printer::write_type_name(const csp_any& arg) { buf_ += arg.type->name; }

// %!verb(type=value), or %!verb(<nil>) for a nil operand.
void Printer::bad_verb(char32_t verb) {
  buf_ += "%!";
  write_rune(verb);
  buf_.push_back('(');
  if (arg_ != nullptr && arg_->type != nullptr) {
    const csp_any arg = *arg_;
    write_type_name(arg);
    buf_.push_back('=');
    print_arg(arg, 'v');
  } else {
    buf_ += kNilAngle;
  }
  buf_.push_back(')');
}

void Printer::fmt_bool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt_.fmt_boolean(v);
  } else {
    bad_verb(verb);
  }
}

void Printer::fmt_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharp_v && !is_signed) {  // %#v of unsigned: 0x hex
        bool sharp = fmt_.f.sharp;
        fmt_.f.sharp = true;
        fmt_.fmt_integer(v, 16, false, 'v', kLowerDigits);
        fmt_.f.sharp = sharp;
      } else {
        fmt_.fmt_integer(v, 10, is_signed, verb, kLowerDigits);
      }
      return;
    case 'd': return fmt_.fmt_integer(v, 10, is_signed, verb, kLowerDigits);
    case 'b': return fmt_.fmt_integer(v, 2, is_signed, verb, kLowerDigits);
    case 'o':
    case 'O': return fmt_.fmt_integer(v, 8, is_signed, verb, kLowerDigits);
    case 'x': return fmt_.fmt_integer(v, 16, is_signed, verb, kLowerDigits);
    case 'X': return fmt_.fmt_integer(v, 16, is_signed, verb, kUpperDigits);
    case 'c': return fmt_.fmt_c(v);
    case 'q': return fmt_.fmt_qc(v);
    case 'U': return fmt_.fmt_unicode(v);
    default: return bad_verb(verb);
  }
}

void Printer::fmt_float(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': return fmt_.fmt_float(v, size, 'g', -1);
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': return fmt_.fmt_float(v, size, static_cast<char>(verb), -1);
    case 'f':
    case 'e':
    case 'E': return fmt_.fmt_float(v, size, static_cast<char>(verb), 6);
    case 'F': return fmt_.fmt_float(v, size, 'f', 6);
    default: return bad_verb(verb);
  }
}

void Printer::fmt_string(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharp_v) {
        fmt_.fmt_q(v);
      } else {
        fmt_.fmt_s(v);
      }
      return;
    case 's': return fmt_.fmt_s(v);
    case 'x': return fmt_.fmt_sx(v, kLowerDigits);
    case 'X': return fmt_.fmt_sx(v, kUpperDigits);
    case 'q': return fmt_.fmt_q(v);
    default: return bad_verb(verb);
  }
}

// Go's printArg, for the kinds this milestone has.
void Printer::print_arg(const csp_any& arg, char32_t verb) {
  arg_ = &arg;
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      fmt_.pad_string(kNilAngle);
    } else {
      bad_verb(verb);
    }
    return;
  }
  if (verb == 'T') return fmt_.fmt_s(arg.type->name);
  if (verb == 'p') return bad_verb(verb);  // no pointer-shaped kinds yet

  uint32_t k = arg.type->kind;
  if (k == CSP_KIND_BOOL) return fmt_bool((arg.data & 1) != 0, verb);
  if (is_signed_kind(k)) return fmt_integer(arg.data, true, verb);
  if (is_unsigned_kind(k)) return fmt_integer(arg.data, false, verb);
  if (k == CSP_KIND_FLOAT32) return fmt_float(any_float(arg), 32, verb);
  if (k == CSP_KIND_FLOAT64) return fmt_float(any_float(arg), 64, verb);
  if (k == CSP_KIND_STRING) return fmt_string(any_string(arg), verb);
  // Kinds without support yet: show the type so that the gap is visible, never crash.
  buf_ += "?";
  buf_ += arg.type->name;
}

void Printer::do_println(const csp_any* a, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) buf_.push_back(' ');
    print_arg(a[i], 'v');
  }
  buf_.push_back('\n');
}

// Print adds a space between operands when neither is a string.
void Printer::do_print(const csp_any* a, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; i++) {
    bool is_string = a[i].type != nullptr && a[i].type->kind == CSP_KIND_STRING;
    if (i > 0 && !is_string && !prev_string) buf_.push_back(' ');
    print_arg(a[i], 'v');
    prev_string = is_string;
  }
}

namespace {

bool too_large(int64_t x) { return !(-1000000 < x && x < 1000000); }

// parsenum: digits of s[start, end) -> num; isnum false if there are none.
bool parse_num(std::string_view s, size_t& i, size_t end, int& num) {
  num = 0;
  bool isnum = false;
  if (i >= end) return false;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (too_large(num)) {
      num = 0;
      i = end;
      return false;  // overflow: most likely a crazy long number
    }
    num = num * 10 + (s[i] - '0');
    isnum = true;
  }
  return isnum;
}

// parseArgNumber: the bracketed number at format[0] == '[', minus 1. wid is the number of
// bytes consumed (1 if there is no closing bracket).
bool parse_arg_number(std::string_view format, int& index, size_t& wid) {
  index = 0;
  wid = 1;
  if (format.size() < 3) return false;
  for (size_t i = 1; i < format.size(); i++) {
    if (format[i] == ']') {
      size_t j = 1;
      int width;
      bool ok = parse_num(format, j, i, width);
      wid = i + 1;
      if (!ok || j != i) return false;
      index = width - 1;
      return true;
    }
  }
  return false;
}

}  // namespace

int64_t Printer::arg_number(int64_t arg_num, std::string_view format, size_t& i,
                            int64_t num_args, bool& found) {
  found = false;
  if (format.size() <= i || format[i] != '[') return arg_num;
  reordered_ = true;
  int index;
  size_t wid;
  bool ok = parse_arg_number(format.substr(i), index, wid);
  i += wid;
  if (ok && 0 <= index && index < num_args) {
    found = true;
    return index;
  }
  good_arg_num_ = false;
  found = ok;
  return arg_num;
}

// intFromArg: the operand a[arg_num] as a width or precision; false if it is not an integer
// (or is too large). Advances arg_num when there is an operand.
bool Printer::int_from_arg(const csp_any* a, int64_t n, int64_t& arg_num, int& out) {
  out = 0;
  if (arg_num >= n) return false;
  const csp_any& arg = a[arg_num++];
  bool is_int = false;
  if (arg.type != nullptr && is_signed_kind(arg.type->kind)) {
    out = static_cast<int>(static_cast<int64_t>(arg.data));
    is_int = !too_large(static_cast<int64_t>(arg.data));
  } else if (arg.type != nullptr && is_unsigned_kind(arg.type->kind)) {
    out = static_cast<int>(arg.data);
    is_int = arg.data < 1000000;
  }
  if (!is_int) out = 0;
  return is_int;
}

void Printer::do_printf(std::string_view format, const csp_any* a, int64_t n) {
  size_t end = format.size();
  int64_t arg_num = 0;
  bool after_index = false;  // previous item in format was an index like [3]
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    good_arg_num_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %

    fmt_.clear_flags();
    bool simple_done = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') {
        fmt_.f.sharp = true;
      } else if (c == '0') {
        fmt_.f.zero = !fmt_.f.minus;  // only allow zero padding to the left
      } else if (c == '+') {
        fmt_.f.plus = true;
      } else if (c == '-') {
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      } else if (c == ' ') {
        fmt_.f.space = true;
      } else {
        // Fast path: a lower-case verb right after the flags.
        if ('a' <= c && c <= 'z' && arg_num < n) {
          if (c == 'v') {
            fmt_.f.sharp_v = fmt_.f.sharp;
            fmt_.f.sharp = false;
            fmt_.f.plus_v = fmt_.f.plus;
            fmt_.f.plus = false;
          }
          print_arg(a[arg_num], static_cast<char32_t>(c));
          arg_num++;
          i++;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    arg_num = arg_number(arg_num, format, i, n, after_index);

    // Width.
    if (i < end && format[i] == '*') {
      i++;
      fmt_.f.wid_present = int_from_arg(a, n, arg_num, fmt_.f.wid);
      if (!fmt_.f.wid_present) buf_ += "%!(BADWIDTH)";
      if (fmt_.f.wid < 0) {  // negative width: left-justify
        fmt_.f.wid = -fmt_.f.wid;
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      }
      after_index = false;
    } else {
      fmt_.f.wid_present = parse_num(format, i, end, fmt_.f.wid);
      if (after_index && fmt_.f.wid_present) good_arg_num_ = false;  // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num_ = false;  // "%[3].2d"
      arg_num = arg_number(arg_num, format, i, n, after_index);
      if (i < end && format[i] == '*') {
        i++;
        fmt_.f.prec_present = int_from_arg(a, n, arg_num, fmt_.f.prec);
        if (fmt_.f.prec < 0) {  // negative precision makes no sense
          fmt_.f.prec = 0;
          fmt_.f.prec_present = false;
        }
        if (!fmt_.f.prec_present) buf_ += "%!(BADPREC)";
        after_index = false;
      } else {
        fmt_.f.prec_present = parse_num(format, i, end, fmt_.f.prec);
        if (!fmt_.f.prec_present) {
          fmt_.f.prec = 0;
          fmt_.f.prec_present = true;
        }
      }
    }

    if (!after_index) arg_num = arg_number(arg_num, format, i, n, after_index);

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }

    char32_t verb = static_cast<uint8_t>(format[i]);
    size_t size = 1;
    if (verb >= static_cast<char32_t>(kRuneSelf)) {
      int32_t r;
      size = static_cast<size_t>(decode_rune(reinterpret_cast<const uint8_t*>(format.data()) + i,
                                             static_cast<int64_t>(end - i), &r));
      verb = static_cast<char32_t>(r);
    }
    i += size;

    if (verb == '%') {  // does not use an operand; ignores width and precision
      buf_.push_back('%');
    } else if (!good_arg_num_) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(BADINDEX)";
    } else if (arg_num >= n) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        fmt_.f.sharp_v = fmt_.f.sharp;
        fmt_.f.sharp = false;
        fmt_.f.plus_v = fmt_.f.plus;
        fmt_.f.plus = false;
      }
      print_arg(a[arg_num], verb);
      arg_num++;
    }
  }

  // Extra operands, unless the format accessed them out of order.
  if (!reordered_ && arg_num < n) {
    fmt_.clear_flags();
    buf_ += "%!(EXTRA ";
    for (int64_t k = arg_num; k < n; k++) {
      if (k > arg_num) buf_ += ", ";
      if (a[k].type == nullptr) {
        buf_ += kNilAngle;
      } else {
        write_type_name(a[k]);
        buf_.push_back('=');
        print_arg(a[k], 'v');
      }
    }
    buf_.push_back(')');
  }
}

}  // namespace csp::rt
