// runtime/fmt_api.cpp: the extern "C" fmt entry points codegen calls (fmt.Print, Println,
// Printf and their Sprint variants). Each call formats into a fresh Printer (fmt.h), then
// either appends the result to buffered standard output or copies it into a GC string.
#include "runtime/csp_rt.h"
#include "runtime/fmt.h"
#include "runtime/output.h"

#include <cstring>
#include <gc/gc.h>

using namespace csp::rt;

namespace csp::rt {

csp_string to_gc_string(std::string_view s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

}  // namespace csp::rt

namespace {

int64_t emit(const std::string& s) {
  out_write(s.data(), s.size());
  return static_cast<int64_t>(s.size());
}

std::string_view view(const uint8_t* f, int64_t flen) {
  return {reinterpret_cast<const char*>(f), static_cast<size_t>(flen)};
}

}  // namespace

extern "C" {

int64_t csp_fmt_print(const csp_any* args, int64_t n) {
  Printer p;
  p.do_print(args, n);
  return emit(p.output());
}

int64_t csp_fmt_println(const csp_any* args, int64_t n) {
  Printer p;
  p.do_println(args, n);
  return emit(p.output());
}

int64_t csp_fmt_printf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n) {
  Printer p;
  p.do_printf(view(f, flen), args, n);
  return emit(p.output());
}

csp_string csp_fmt_sprint(const csp_any* args, int64_t n) {
  Printer p;
  p.do_print(args, n);
  return to_gc_string(p.output());
}

csp_string csp_fmt_sprintln(const csp_any* args, int64_t n) {
  Printer p;
  p.do_println(args, n);
  return to_gc_string(p.output());
}

csp_string csp_fmt_sprintf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n) {
  Printer p;
  p.do_printf(view(f, flen), args, n);
  return to_gc_string(p.output());
}

}  // extern "C"
