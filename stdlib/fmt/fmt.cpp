// stdlib/fmt/fmt.cpp: the C entry points of package fmt's functions without a body
// (stdlib/fmt/fmt.csp; prototypes in stdlib_bridges.h), over the runtime's port of Go's fmt
// (runtime/fmt.h). Print* write to the runtime's buffered standard output; their err result
// stays nil (as Go's, unless the write fails).
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

// fmt.Errorf's formatting with Go 1.19's %w rules (the oracle's): the text, and the index of
// the operand the one valid %w wrapped, or -1.
void csp_fmt_errorf(const uint8_t* format, int64_t format_len, csp_any* a, int64_t a_len, int64_t,
                    csp_string* out, int64_t* wrapped) {
  Printer p;
  WrapResult w = p.errorf(view(format, format_len), a, a_len, WrapMode::Go119);
  *out = gc_string(p.output());
  *wrapped = w.wrapped;
}

}  // extern "C"
