// runtime/fmt_print.cpp: Printer, the port of Go 1.19's fmt/print.go: printArg,
// handleMethods (Error, String, GoString methods, %w), catchPanic, printValue (every kind,
// walked through the type descriptors: structs, pointers, slices, arrays, maps in fmtsort
// order, interfaces, funcs, chans), fmtPointer and fmtBytes; Print/Println operand spacing;
// Printf's format parsing (flags, width, precision, `*`, explicit argument indexes [n]) and
// the error forms %!d(string=hi), %!d(MISSING), %!(EXTRA int=3), %!(NOVERB), %!(BADWIDTH),
// %!(BADPREC), %!d(BADINDEX). The Go function each method follows has the same name.
//
// Not ported: the fmt.Formatter interface (csp has no fmt.State) and reflect.Value operands.
#include "runtime/fmt.h"
#include "runtime/panic.h"
#include "runtime/unicode.h"

#include <cstring>
#include <gc/gc.h>

namespace csp::rt {

namespace {

constexpr const char* kNilAngle = "<nil>";
constexpr const char* kNilParen = "(nil)";
constexpr const char* kFuncString = "func() string";

bool is_signed_kind(uint32_t k) { return k >= CSP_KIND_INT && k <= CSP_KIND_INT64; }
bool is_unsigned_kind(uint32_t k) { return k >= CSP_KIND_UINT && k <= CSP_KIND_UINTPTR; }

// The operand types printArg's type switch handles without reflection: the predeclared
// basic types and []byte. Named types (which may have methods) take the reflection path.
bool is_predeclared_basic(const csp_type* t) {
  if ((t->flags & CSP_TF_NAMED) || t->nmethods != 0) return false;
  return (t->kind >= CSP_KIND_BOOL && t->kind <= CSP_KIND_COMPLEX128) || t->kind == CSP_KIND_STRING;
}

bool is_byte_slice(const csp_type* t) {  // exactly []byte
  return t->kind == CSP_KIND_SLICE && !(t->flags & CSP_TF_NAMED) && t->nmethods == 0 &&
         t->elem->kind == CSP_KIND_UINT8 && !(t->elem->flags & CSP_TF_NAMED);
}

std::string_view slice_bytes(const csp_slice& s) {
  if (s.len <= 0) return {};
  return {static_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}

// getField: the i'th field; an interface field that is not nil is replaced by its content.
Value get_field(const Value& v, uint32_t i) {
  Value f = value_field(v, i);
  if (f.type->kind == CSP_KIND_INTERFACE && !value_is_nil(f)) f = value_elem(f);
  return f;
}

using StringMethod = csp_string (*)(csp_g*, void*, uint64_t);

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

void Printer::unknown_type(const Value& v) {
  if (!v.valid()) {
    buf_ += kNilAngle;
    return;
  }
  buf_.push_back('?');
  buf_ += v.type->name;
  buf_.push_back('?');
}

// %!verb(type=value), or %!verb(<nil>) for a nil operand. The operand is printed without
// calling its methods (erroring).
void Printer::bad_verb(char32_t verb) {
  if (verb == 'w') wrap_.bad = true;
  erroring_ = true;
  buf_ += "%!";
  write_rune(verb);
  buf_.push_back('(');
  if (arg_.type != nullptr) {
    buf_ += arg_.type->name;
    buf_.push_back('=');
    print_arg(arg_, 'v');
  } else if (value_.valid()) {
    buf_ += value_.type->name;
    buf_.push_back('=');
    print_value(value_, 'v', 0);
  } else {
    buf_ += kNilAngle;
  }
  buf_.push_back(')');
  erroring_ = false;
}

void Printer::bad_arg_num(char32_t verb) {
  buf_ += "%!";
  write_rune(verb);
  buf_ += "(BADINDEX)";
}

void Printer::missing_arg(char32_t verb) {
  buf_ += "%!";
  write_rune(verb);
  buf_ += "(MISSING)";
}

void Printer::fmt_bool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt_.fmt_boolean(v);
  } else {
    bad_verb(verb);
  }
}

// fmt0x64: hexadecimal, with or without 0x, by setting the sharp flag for the call.
void Printer::fmt_0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt_.f.sharp;
  fmt_.f.sharp = leading0x;
  fmt_.fmt_integer(v, 16, false, 'v', kLowerDigits);
  fmt_.f.sharp = sharp;
}

void Printer::fmt_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharp_v && !is_signed) {
        fmt_0x64(v, true);
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

// fmtComplex: (r+ji), both parts by fmtFloat; the imaginary part always has a sign.
void Printer::fmt_complex(double re, double im, int size, char32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      bool old_plus = fmt_.f.plus;
      buf_.push_back('(');
      fmt_float(re, size / 2, verb);
      fmt_.f.plus = true;
      fmt_float(im, size / 2, verb);
      buf_ += "i)";
      fmt_.f.plus = old_plus;
      return;
    }
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

void Printer::fmt_bytes(std::string_view v, bool is_nil, char32_t verb, const char* type_string,
                        const Value& whole) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt_.f.sharp_v) {
        buf_ += type_string;
        if (is_nil) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_ += ", ";
          fmt_0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf_.push_back(' ');
          fmt_.fmt_integer(static_cast<uint8_t>(v[i]), 10, false, verb, kLowerDigits);
        }
        buf_.push_back(']');
      }
      return;
    case 's': return fmt_.fmt_s(v);  // fmtBs
    case 'x': return fmt_.fmt_sx(v, kLowerDigits);  // fmtBx
    case 'X': return fmt_.fmt_sx(v, kUpperDigits);
    case 'q': return fmt_.fmt_q(v);
    default: return print_value(whole, verb, 0);
  }
}

void Printer::fmt_pointer(const Value& v, char32_t verb) {
  uintptr_t u;
  switch (v.type->kind) {
    case CSP_KIND_CHAN: case CSP_KIND_FUNC: case CSP_KIND_MAP: case CSP_KIND_POINTER:
    case CSP_KIND_SLICE: case CSP_KIND_UNSAFE_POINTER: u = value_pointer(v); break;
    default: return bad_verb(verb);
  }
  switch (verb) {
    case 'v':
      if (fmt_.f.sharp_v) {
        buf_.push_back('(');
        buf_ += v.type->name;
        buf_ += ")(";
        if (u == 0) {
          buf_ += "nil";
        } else {
          fmt_0x64(u, true);
        }
        buf_.push_back(')');
      } else if (u == 0) {
        fmt_.pad_string(kNilAngle);
      } else {
        fmt_0x64(u, !fmt_.f.sharp);
      }
      return;
    case 'p': return fmt_0x64(u, !fmt_.f.sharp);
    case 'b': case 'o': case 'd': case 'x': case 'X': return fmt_integer(u, false, verb);
    default: return bad_verb(verb);
  }
}

// catchPanic: a method of arg panicked with value err.
void Printer::report_panic(const csp_any& arg, char32_t verb, const char* method, const csp_any& err) {
  // A nil pointer receiver: likely a String method that does not guard against nil, or a
  // value method called through a nil pointer; "<nil>" is a nice result either way.
  if (arg.type != nullptr && arg.type->kind == CSP_KIND_POINTER && arg.data == 0) {
    buf_ += kNilAngle;
    return;
  }
  // Nested panics: the recursion in print_arg cannot succeed; Go panics again with err.
  if (panicking_) start_panic(err);
  FmtFlags old = fmt_.f;
  fmt_.clear_flags();  // default behaviour for this output
  buf_ += "%!";
  write_rune(verb);
  buf_ += "(PANIC=";
  buf_ += method;
  buf_ += " method: ";
  panicking_ = true;
  if (err.type == nullptr) {
    buf_ += "panic called with nil argument";  // Go 1.21+: recover gives a *runtime.PanicNilError
  } else {
    print_arg(err, 'v');
  }
  panicking_ = false;
  buf_.push_back(')');
  fmt_.f = old;
}

bool Printer::call_method(const csp_method* m, char32_t verb, const char* method, std::string* out) {
  csp_any arg = arg_;
  auto fn = reinterpret_cast<StringMethod>(m->fn);
  csp_string s{nullptr, 0};
  csp_any err{nullptr, 0};
  if (!csp::rt::catch_panic([&] { s = fn(current_g(), nullptr, arg.data); }, &err)) {
    if (s.len > 0) out->assign(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
    return true;
  }
  report_panic(arg, verb, method, err);
  return false;
}

bool Printer::handle_methods(char32_t verb) {
  if (erroring_) return false;
  if (verb == 'w') {
    // %w is valid only in Errorf, with an error operand (and in Go 1.19 only once).
    bool is_error = find_method(arg_.type, "Error", kFuncString) != nullptr;
    bool ok = is_error && wrap_errs_;
    if (wrap_mode_ == WrapMode::Go119) {
      ok = ok && wrap_.wrapped < 0;
      if (!ok) {
        wrap_.wrapped = -1;
        wrap_errs_ = false;
      } else {
        wrap_.wrapped = cur_arg_;
      }
    }
    if (!ok) {
      bad_verb(verb);
      return true;
    }
    verb = 'v';
  }

  // (Go checks for a Formatter here; csp has none.)

  // Go syntax: GoString's result, unadorned.
  if (fmt_.f.sharp_v) {
    if (const csp_method* m = find_method(arg_.type, "GoString", kFuncString)) {
      std::string s;
      if (call_method(m, verb, "GoString", &s)) fmt_.fmt_s(s);
      return true;
    }
    return false;
  }
  // A string is acceptable to the verb: an error's or a Stringer's text.
  switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': {
      const char* name = "Error";
      const csp_method* m = find_method(arg_.type, name, kFuncString);
      if (m == nullptr) {
        name = "String";
        m = find_method(arg_.type, name, kFuncString);
      }
      if (m == nullptr) return false;
      std::string s;
      if (call_method(m, verb, name, &s)) fmt_string(s, verb);
      return true;
    }
    default: return false;
  }
}

void Printer::print_arg(csp_any arg, char32_t verb) {
  arg_ = arg;
  value_ = {};
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      fmt_.pad_string(kNilAngle);
    } else {
      bad_verb(verb);
    }
    return;
  }
  // %T and %p are special: always done first.
  if (verb == 'T') return fmt_.fmt_s(arg.type->name);
  if (verb == 'p') return fmt_pointer(value_of(arg), 'p');

  // The predeclared types are done without reflection (they have no methods).
  const csp_type* t = arg.type;
  if (is_predeclared_basic(t)) {
    Value v = value_of(arg);
    switch (t->kind) {
      case CSP_KIND_BOOL: return fmt_bool(value_bool(v), verb);
      case CSP_KIND_FLOAT32: return fmt_float(value_float(v), 32, verb);
      case CSP_KIND_FLOAT64: return fmt_float(value_float(v), 64, verb);
      case CSP_KIND_COMPLEX64:
      case CSP_KIND_COMPLEX128: {
        double re, im;
        value_complex(v, &re, &im);
        return fmt_complex(re, im, t->kind == CSP_KIND_COMPLEX64 ? 64 : 128, verb);
      }
      case CSP_KIND_STRING: return fmt_string(value_string(v), verb);
      default:
        if (is_signed_kind(t->kind)) return fmt_integer(static_cast<uint64_t>(value_int(v)), true, verb);
        return fmt_integer(value_uint(v), false, verb);
    }
  }
  if (is_byte_slice(t)) {
    Value v = value_of(arg);
    auto s = *static_cast<const csp_slice*>(v.ptr);
    return fmt_bytes(slice_bytes(s), s.ptr == nullptr, verb, "[]byte", v);
  }
  // Other types may have methods; else reflection.
  if (!handle_methods(verb)) print_value(value_of(arg), verb, 0);
}

void Printer::print_value(Value v, char32_t verb, int depth) {
  // Values with methods, unless printArg already tried them (depth 0).
  if (depth > 0 && v.valid() && !v.ro) {
    arg_ = interface_of(v);
    if (handle_methods(verb)) return;
  }
  arg_ = {nullptr, 0};
  value_ = v;
  if (!v.valid()) {
    if (depth == 0) {
      buf_ += "<invalid reflect.Value>";
    } else if (verb == 'v') {
      buf_ += kNilAngle;
    } else {
      bad_verb(verb);
    }
    return;
  }
  const csp_type* t = v.type;
  bool sharp_v = fmt_.f.sharp_v;
  switch (t->kind) {
    case CSP_KIND_BOOL: return fmt_bool(value_bool(v), verb);
    case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16: case CSP_KIND_INT32:
    case CSP_KIND_INT64: return fmt_integer(static_cast<uint64_t>(value_int(v)), true, verb);
    case CSP_KIND_UINT: case CSP_KIND_UINT8: case CSP_KIND_UINT16: case CSP_KIND_UINT32:
    case CSP_KIND_UINT64: case CSP_KIND_UINTPTR: return fmt_integer(value_uint(v), false, verb);
    case CSP_KIND_FLOAT32: return fmt_float(value_float(v), 32, verb);
    case CSP_KIND_FLOAT64: return fmt_float(value_float(v), 64, verb);
    case CSP_KIND_COMPLEX64:
    case CSP_KIND_COMPLEX128: {
      double re, im;
      value_complex(v, &re, &im);
      return fmt_complex(re, im, t->kind == CSP_KIND_COMPLEX64 ? 64 : 128, verb);
    }
    case CSP_KIND_STRING: return fmt_string(value_string(v), verb);
    case CSP_KIND_MAP: {
      if (sharp_v) {
        buf_ += t->name;
        if (value_is_nil(v)) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
      } else {
        buf_ += "map[";
      }
      SortedMap sorted = sort_map(v);
      for (size_t i = 0; i < sorted.key.size(); i++) {
        if (i > 0) {
          if (sharp_v) {
            buf_ += ", ";
          } else {
            buf_.push_back(' ');
          }
        }
        print_value(sorted.key[i], verb, depth + 1);
        buf_.push_back(':');
        print_value(sorted.value[i], verb, depth + 1);
      }
      buf_.push_back(sharp_v ? '}' : ']');
      GC_reachable_here(sorted.storage);  // the copies stay alive until here
      return;
    }
    case CSP_KIND_STRUCT: {
      if (sharp_v) buf_ += t->name;
      buf_.push_back('{');
      for (uint32_t i = 0; i < t->nfields; i++) {
        if (i > 0) {
          if (sharp_v) {
            buf_ += ", ";
          } else {
            buf_.push_back(' ');
          }
        }
        if (fmt_.f.plus_v || sharp_v) {
          const char* name = t->fields[i].name;
          if (name != nullptr && name[0] != '\0') {
            buf_ += name;
            buf_.push_back(':');
          }
        }
        print_value(get_field(v, i), verb, depth + 1);
      }
      buf_.push_back('}');
      return;
    }
    case CSP_KIND_INTERFACE: {
      Value e = value_elem(v);
      if (!e.valid()) {
        if (sharp_v) {
          buf_ += t->name;
          buf_ += kNilParen;
        } else {
          buf_ += kNilAngle;
        }
        return;
      }
      return print_value(e, verb, depth + 1);
    }
    case CSP_KIND_ARRAY:
    case CSP_KIND_SLICE: {
      bool is_slice = t->kind == CSP_KIND_SLICE;
      switch (verb) {
        case 's': case 'q': case 'x': case 'X':
          // Byte slices and arrays are special for these verbs.
          if (t->elem->kind == CSP_KIND_UINT8) {
            std::string_view bytes;
            bool is_nil = false;
            if (is_slice) {
              auto s = *static_cast<const csp_slice*>(v.ptr);
              bytes = slice_bytes(s);
              is_nil = s.ptr == nullptr;
            } else {
              bytes = {static_cast<const char*>(v.ptr), static_cast<size_t>(t->len)};
            }
            return fmt_bytes(bytes, is_nil, verb, t->name, v);
          }
          break;
        default: break;
      }
      int64_t n = value_len(v);
      if (sharp_v) {
        buf_ += t->name;
        if (is_slice && value_is_nil(v)) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf_ += ", ";
          print_value(value_index(v, i), verb, depth + 1);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf_.push_back(' ');
          print_value(value_index(v, i), verb, depth + 1);
        }
        buf_.push_back(']');
      }
      return;
    }
    case CSP_KIND_POINTER:
      // A pointer to an array, slice, struct or map is fine at the top level, but not nested
      // (avoid loops).
      if (depth == 0 && value_pointer(v) != 0) {
        Value a = value_elem(v);
        switch (a.type->kind) {
          case CSP_KIND_ARRAY: case CSP_KIND_SLICE: case CSP_KIND_STRUCT: case CSP_KIND_MAP:
            buf_.push_back('&');
            return print_value(a, verb, depth + 1);
          default: break;
        }
      }
      return fmt_pointer(v, verb);
    case CSP_KIND_CHAN:
    case CSP_KIND_FUNC:
    case CSP_KIND_UNSAFE_POINTER: return fmt_pointer(v, verb);
    default: return unknown_type(v);
  }
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

// printArg of a[arg_num] for verb, after the verb's flag adjustments: %v (and, in Go 1.20+'s
// Errorf, %w) turns # and + into Go syntax and field names. A %w records its operand index
// (Go 1.20's p.wrappedErrs).
void Printer::print_one(const csp_any* a, int64_t arg_num, char32_t verb) {
  if (verb == 'w') wrap_.all.push_back(arg_num);
  if (verb == 'v' || (verb == 'w' && wrap_mode_ == WrapMode::Go120)) {
    fmt_.f.sharp_v = fmt_.f.sharp;  // Go syntax
    fmt_.f.sharp = false;
    fmt_.f.plus_v = fmt_.f.plus;  // struct-field syntax
    fmt_.f.plus = false;
  }
  cur_arg_ = arg_num;
  print_arg(a[arg_num], verb);
  cur_arg_ = -1;
}

WrapResult Printer::errorf(std::string_view format, const csp_any* a, int64_t n, WrapMode mode) {
  wrap_mode_ = mode;
  wrap_errs_ = mode != WrapMode::None;
  wrap_ = WrapResult{};
  do_printf(format, a, n);
  wrap_.reordered = reordered_;
  if (mode != WrapMode::Go119) wrap_.wrapped = -1;
  return wrap_;
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
          print_one(a, arg_num, static_cast<char32_t>(c));
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
      bad_arg_num(verb);
    } else if (arg_num >= n) {  // no operand left for the verb
      missing_arg(verb);
    } else {
      print_one(a, arg_num, verb);
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
        buf_ += a[k].type->name;
        buf_.push_back('=');
        print_arg(a[k], 'v');
      }
    }
    buf_.push_back(')');
  }
}

}  // namespace csp::rt
