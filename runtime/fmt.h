// runtime/fmt.h: the machinery behind fmt.Print*/Sprint*/Errorf, a port of Go 1.19's fmt
// package (print.go's pp -> Printer, format.go's fmt -> Formatter), of internal/fmtsort (map
// keys in sorted order) and of the parts of strconv it needs (float formatting, quoting).
// Internal to runtime/; codegen calls the extern "C" csp_fmt_* wrappers in fmt_api.cpp.
//
// Invariants:
//  - Output accumulates in the Printer's own std::string; nothing is written to a stream
//    until the whole call has been formatted (one write per fmt.Print call, like Go's).
//  - A Printer is used for one call only and never shared between threads. Formatting calls
//    user code (Error, String, GoString methods); such a method may call fmt again, which
//    gets a Printer of its own, so this is reentrant. A method that panics is caught
//    (catch_panic, panic.h) and reported as Go's catchPanic does; a panic while printing
//    that report propagates out of the fmt call, as in Go.
//  - Operands are csp_any values whose dynamic type is a csp_type descriptor. Go's
//    reflect.Value is Value below: a descriptor plus the address of the value in memory
//    (for a direct operand, the address of its csp_any's data word), so composites are
//    walked in place through the descriptors' fields, elements and keys. Map entries are
//    copied out (fmtsort) before anything is printed: a String method may mutate the map.
//  - Formatting dispatches on the kind, so named types without methods (type E int) format
//    like their underlying type, as Go's reflection path does.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Go's reflect.Value, as far as fmt needs it: a value of type `type` at address `ptr`.
// Invalid (Go's zero Value) iff type is NULL. `ro` is reflect's flagRO: the value was reached
// through an unexported struct field, so it cannot be turned back into an interface value
// (CanInterface is false) and fmt must not call its methods.
struct Value {
  const csp_type* type = nullptr;
  const void* ptr = nullptr;
  bool ro = false;
  bool valid() const { return type != nullptr; }
};

// ---- reflect-like accessors over descriptors (fmt_value.cpp) ----
Value value_of(const csp_any& a);   // reflect.ValueOf(a): a must outlive the Value
csp_any interface_of(const Value& v);  // v.Interface(); an interface-kind v gives its content
int64_t value_int(const Value& v);     // Int(): kinds INT..INT64
uint64_t value_uint(const Value& v);   // Uint(): kinds UINT..UINTPTR
double value_float(const Value& v);    // Float(): FLOAT32 (widened), FLOAT64
void value_complex(const Value& v, double* re, double* im);  // Complex()
bool value_bool(const Value& v);
std::string_view value_string(const Value& v);
int64_t value_len(const Value& v);     // arrays, slices, strings, maps
Value value_index(const Value& v, int64_t i);  // arrays and slices
Value value_field(const Value& v, uint32_t i); // structs (ro if the field is unexported)
Value value_elem(const Value& v);      // pointers (must be non-nil) and interfaces (invalid if nil)
bool value_is_nil(const Value& v);     // chans, funcs, interfaces, maps, pointers, slices
uintptr_t value_pointer(const Value& v);  // Pointer(): chan, func (its code), map, pointer, slice, unsafe

// The method `name` of t's method set whose signature is `sig` ("func() string"), or NULL.
const csp_method* find_method(const csp_type* t, const char* name, const char* sig);

// Go's internal/fmtsort.Sort: the entries of map value m, keys in sorted order (fmt_sort.cpp).
// Keys and values are copies in one GC block; `storage` points at it, which keeps it alive
// while the SortedMap is on the stack (the vectors' heap memory is not scanned by the GC).
struct SortedMap {
  std::vector<Value> key, value;
  void* storage = nullptr;
};
SortedMap sort_map(const Value& m);
// fmtsort's compare: -1, 0, +1 (values of different types compare -1).
int fmtsort_compare(const Value& a, const Value& b);

// How %w is treated (see Printer::errorf).
enum class WrapMode {
  None,   // fmt.Sprintf & co: %w always prints %!w(...)
  Go119,  // fmt.Errorf of Go 1.19 (the installed oracle; fmt.Errorf itself uses Go120, the
          // unit tests compare this mode with Go 1.19's outputs): one %w with an error operand. A second %w, or
          // one whose operand is not an error, prints %!w(...) and cancels the wrapping --
          // except that operands of predeclared types (int, string, []byte...) print %!w(...)
          // without cancelling it, as Go's printArg fast path does
  Go120,  // fmt.Errorf of Go 1.20+: any number of %w, each recording its operand index (also
          // for non-error operands, which print %!w(...)); %w takes # and + as %v does
};

// What fmt.Errorf needs besides the text (Printer::errorf).
struct WrapResult {
  // Go119: the operand index of the error the (single, valid) %w wrapped, or -1 when there
  // is none or it was cancelled: Errorf then returns errors.New(text), else
  // &wrapError{text, a[wrapped]}. Always -1 in the other modes.
  int64_t wrapped = -1;
  // The operand index of every %w that had an operand, in format order (Go 1.20's
  // pp.wrappedErrs). Go120's Errorf: none -> errors.New(text); one -> &wrapError{text,
  // a[i] if it is an error, else nil}; more -> sort them if `reordered`, drop adjacent
  // duplicates and operands that are not errors, &wrapErrors{text, errs}.
  std::vector<int64_t> all;
  bool bad = false;        // some %w printed %!w(...)
  bool reordered = false;  // the format used explicit argument indexes [n]
};

// Go's fmt.pp: one Print/Printf call.
class Printer {
 public:
  Printer() : fmt_(buf_) {}
  void do_print(const csp_any* a, int64_t n);
  void do_println(const csp_any* a, int64_t n);
  void do_printf(std::string_view format, const csp_any* a, int64_t n);
  // fmt.Errorf's formatting: do_printf with %w accepted per mode; reports what it wrapped.
  WrapResult errorf(std::string_view format, const csp_any* a, int64_t n, WrapMode mode);
  const std::string& output() const { return buf_; }

 private:
  // Both take their operand by value: it may be one of the members below, which they reset.
  void print_arg(csp_any arg, char32_t verb);
  void print_value(Value v, char32_t verb, int depth);
  bool handle_methods(char32_t verb);
  // Calls arg_'s method m ("func() string") into *out; on a panic does Go's catchPanic and
  // returns false.
  bool call_method(const csp_method* m, char32_t verb, const char* method, std::string* out);
  void report_panic(const csp_any& arg, char32_t verb, const char* method, const csp_any& err);
  void bad_verb(char32_t verb);
  void bad_arg_num(char32_t verb);
  void missing_arg(char32_t verb);
  void unknown_type(const Value& v);
  void fmt_bool(bool v, char32_t verb);
  void fmt_0x64(uint64_t v, bool leading0x);
  void fmt_integer(uint64_t v, bool is_signed, char32_t verb);
  void fmt_float(double v, int size, char32_t verb);
  void fmt_complex(double re, double im, int size, char32_t verb);
  void fmt_string(std::string_view v, char32_t verb);
  // fmtBytes; whole is the operand as a Value, for verbs that print it element by element.
  void fmt_bytes(std::string_view v, bool is_nil, char32_t verb, const char* type_string,
                 const Value& whole);
  void fmt_pointer(const Value& v, char32_t verb);
  void write_rune(char32_t r);
  void print_one(const csp_any* a, int64_t arg_num, char32_t verb);  // doPrintf's printArg call
  // Printf helpers (see doPrintf in Go's print.go).
  int64_t arg_number(int64_t arg_num, std::string_view format, size_t& i, int64_t num_args,
                     bool& found);
  bool int_from_arg(const csp_any* a, int64_t n, int64_t& arg_num, int& out);

  std::string buf_;
  Formatter fmt_;
  csp_any arg_{nullptr, 0};  // p.arg: the operand being printed (type NULL: nil or none)
  Value value_;              // p.value: the reflected value being printed, if any
  bool reordered_ = false;
  bool good_arg_num_ = true;
  bool panicking_ = false;   // printing a method's panic value (catchPanic)
  bool erroring_ = false;    // printing a bad verb's operand: call no methods
  // %w (Errorf)
  WrapMode wrap_mode_ = WrapMode::None;
  bool wrap_errs_ = false;   // Go 1.19's p.wrapErrs (cleared by a bad %w)
  int64_t cur_arg_ = -1;     // the operand index print_arg is printing (for %w)
  WrapResult wrap_;
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

// A copy of s in GC memory (NULL pointer for the empty string).
csp_string to_gc_string(std::string_view s);

}  // namespace csp::rt
