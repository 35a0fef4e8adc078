// stdlib/fmt/fmt.cpp: the C entry points of package fmt's functions without a body
// (stdlib/fmt/fmt.csp; prototypes in stdlib_bridges.h), over the runtime's port of Go's fmt
// (runtime/fmt.h). Print* write to the runtime's buffered standard output; their err result
// stays nil (as Go's, unless the write fails). Scanning is written in csp; what it needs of
// Go's reflect (storing into a pointer to a named type) is scanKind and the store* functions.
#include <algorithm>
#include <string>

#include "runtime/fmt.h"
#include "runtime/output.h"
#include "stdlib_bridges.h"

#include <cstring>
#include <gc/gc.h>

using namespace csp::rt;

namespace {

int64_t emit(const std::string& s) {
  out_write(s.data(), s.size());
  return static_cast<int64_t>(s.size());
}

csp_string gc_string(const std::string& s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

std::string_view view(const uint8_t* p, int64_t n) {
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(n)};
}

}  // namespace

extern "C" {

void csp_fmt_Print(csp_any* a, int64_t a_len, int64_t, int64_t* n, csp_any*) {
  Printer p;
  p.do_print(a, a_len);
  *n = emit(p.output());
}

void csp_fmt_Println(csp_any* a, int64_t a_len, int64_t, int64_t* n, csp_any*) {
  Printer p;
  p.do_println(a, a_len);
  *n = emit(p.output());
}

void csp_fmt_Printf(const uint8_t* format, int64_t format_len, csp_any* a, int64_t a_len, int64_t, int64_t* n,
                    csp_any*) {
  Printer p;
  p.do_printf(view(format, format_len), a, a_len);
  *n = emit(p.output());
}

csp_string csp_fmt_Sprint(csp_any* a, int64_t a_len, int64_t) {
  Printer p;
  p.do_print(a, a_len);
  return gc_string(p.output());
}

csp_string csp_fmt_Sprintln(csp_any* a, int64_t a_len, int64_t) {
  Printer p;
  p.do_println(a, a_len);
  return gc_string(p.output());
}

csp_string csp_fmt_Sprintf(const uint8_t* format, int64_t format_len, csp_any* a, int64_t a_len, int64_t) {
  Printer p;
  p.do_printf(view(format, format_len), a, a_len);
  return gc_string(p.output());
}

// fmt.Errorf's formatting with Go 1.20+'s %w rules (csp follows Go 1.22 where the packages
// changed after 1.19): the text, and the operand index of every %w, sorted when the format
// used explicit argument indexes, as Go's Errorf sorts p.wrappedErrs (fmt.csp's Errorf drops
// duplicates and non-errors).
void csp_fmt_errorf(const uint8_t* format, int64_t format_len, csp_any* a, int64_t a_len, int64_t,
                    csp_string* out, csp_slice* wrapped) {
  Printer p;
  WrapResult w = p.errorf(view(format, format_len), a, a_len, WrapMode::Go120);
  *out = gc_string(p.output());
  if (w.reordered) std::sort(w.all.begin(), w.all.end());
  auto n = static_cast<int64_t>(w.all.size());
  auto* idx = n ? static_cast<int64_t*>(GC_MALLOC_ATOMIC(sizeof(int64_t) * w.all.size())) : nullptr;
  for (int64_t i = 0; i < n; i++) idx[i] = w.all[static_cast<size_t>(i)];
  *wrapped = csp_slice{idx, n, n};
}

// Scanning (fmt.csp's scanOne): what Go's reflection path sees of an operand `a` that is not
// one of the pointer types its type switch lists. kind -1: a is nil or not a pointer (Go:
// "type not a pointer"); 0: a pointer to something scanning cannot store into (Go: "can't
// scan type"), including a nil pointer (whose Elem is the zero Value); else the pointee's
// kind, with its size in bits for numbers. A slice is reported only if its elements are
// bytes (kind uint8, possibly named).
void csp_fmt_scanKind(const void* a_tab, uint64_t a_data, int64_t* kind, int64_t* bits) {
  auto* t = static_cast<const csp_type*>(a_tab);
  *bits = 0;
  if (t == nullptr || t->kind != CSP_KIND_POINTER) {
    *kind = -1;
    return;
  }
  const csp_type* e = t->elem;
  *kind = 0;
  if (a_data == 0) return;
  switch (e->kind) {
    case CSP_KIND_BOOL:
    case CSP_KIND_STRING:
      *kind = e->kind;
      return;
    case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16: case CSP_KIND_INT32:
    case CSP_KIND_INT64: case CSP_KIND_UINT: case CSP_KIND_UINT8: case CSP_KIND_UINT16:
    case CSP_KIND_UINT32: case CSP_KIND_UINT64: case CSP_KIND_UINTPTR: case CSP_KIND_FLOAT32:
    case CSP_KIND_FLOAT64:
      *kind = e->kind;
      *bits = static_cast<int64_t>(e->size) * 8;
      return;
    case CSP_KIND_SLICE:
      if (e->elem->kind == CSP_KIND_UINT8) *kind = CSP_KIND_SLICE;
      return;
    default:
      return;
  }
}

// The stores into *a, a pointer that csp_fmt_scanKind described (so non-nil, and pointing
// at a value of the kind it reported); numbers are truncated to the pointee's size, as
// reflect's SetInt/SetUint/SetFloat do.
void csp_fmt_storeBool(const void*, uint64_t a_data, bool v) {
  *reinterpret_cast<uint8_t*>(a_data) = v ? 1 : 0;
}

void csp_fmt_storeInt(const void* a_tab, uint64_t a_data, int64_t v) {
  void* p = reinterpret_cast<void*>(a_data);
  switch (static_cast<const csp_type*>(a_tab)->elem->size) {
    case 1: { int8_t x = static_cast<int8_t>(v); std::memcpy(p, &x, 1); break; }
    case 2: { int16_t x = static_cast<int16_t>(v); std::memcpy(p, &x, 2); break; }
    case 4: { int32_t x = static_cast<int32_t>(v); std::memcpy(p, &x, 4); break; }
    default: std::memcpy(p, &v, 8); break;
  }
}

void csp_fmt_storeUint(const void* a_tab, uint64_t a_data, uint64_t v) {
  void* p = reinterpret_cast<void*>(a_data);
  switch (static_cast<const csp_type*>(a_tab)->elem->size) {
    case 1: { uint8_t x = static_cast<uint8_t>(v); std::memcpy(p, &x, 1); break; }
    case 2: { uint16_t x = static_cast<uint16_t>(v); std::memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = static_cast<uint32_t>(v); std::memcpy(p, &x, 4); break; }
    default: std::memcpy(p, &v, 8); break;
  }
}

void csp_fmt_storeFloat(const void* a_tab, uint64_t a_data, double v) {
  void* p = reinterpret_cast<void*>(a_data);
  if (static_cast<const csp_type*>(a_tab)->elem->kind == CSP_KIND_FLOAT32) {
    float x = static_cast<float>(v);
    std::memcpy(p, &x, 4);
  } else {
    std::memcpy(p, &v, 8);
  }
}

void csp_fmt_storeString(const void*, uint64_t a_data, const uint8_t* v, int64_t v_len) {
  csp_string s{v, v_len};
  std::memcpy(reinterpret_cast<void*>(a_data), &s, sizeof s);
}

void csp_fmt_storeBytes(const void*, uint64_t a_data, uint8_t* v, int64_t v_len, int64_t v_cap) {
  csp_slice s{v, v_len, v_cap};
  std::memcpy(reinterpret_cast<void*>(a_data), &s, sizeof s);
}

double csp_fmt_ldexp(double frac, int64_t exp) { return csp_math_Ldexp(frac, exp); }

}  // extern "C"
