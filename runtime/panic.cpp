// runtime/panic.cpp: panics, printed exactly as Go prints an unrecovered panic:
//
//   panic: runtime error: index out of range [5] with length 3
//   <blank line>
//   goroutine 1 [running]:
//   main.main()
//   	/abs/path/prog.csp:12 +0x0
//
// and exit code 2. There is no recover yet, so every panic is fatal; when defer/recover
// arrive, these entry points will start unwinding instead of calling die().
// Panic values are printed like Go's printpanicval: basic kinds as the builtin print does,
// named types (their csp_type name has a '.', e.g. "main.E") as main.E(3) / main.S("x").
#include "runtime/csp_rt.h"
#include "runtime/output.h"
#include "runtime/print.h"
#include "runtime/process.h"

#include <cstring>
#include <unistd.h>

namespace csp::rt {

void append_traceback(std::string& out, const csp_pos* pos) {
  out += "goroutine 1 [running]:\n";
  if (pos == nullptr || pos->func == nullptr) return;
  out += pos->func;
  // Go shows arguments as hex words; we have none to show. "(...)" is what Go prints for
  // an inlined frame, so it is a legitimate Go trace line.
  out += std::strcmp(pos->func, "main.main") == 0 ? "()" : "(...)";
  out += "\n\t";
  out += pos->file != nullptr ? pos->file : "?";
  out += ":";
  append_print_int(out, pos->line);
  out += " +0x0\n";
}

void die(const std::string& msg) {
  err_write(msg);
  _exit(kPanicExitCode);
}

}  // namespace csp::rt

using namespace csp::rt;

namespace {

[[noreturn]] void panic_with(const std::string& what, const csp_pos* pos) {
  std::string msg = "panic: " + what + "\n\n";
  append_traceback(msg, pos);
  die(msg);
}

[[noreturn]] void runtime_error(const std::string& what, const csp_pos* pos) {
  panic_with("runtime error: " + what, pos);
}

std::string num(int64_t v) {
  std::string s;
  append_print_int(s, v);
  return s;
}

// The value as Go's print builtin shows it (no type decoration).
void append_plain_value(std::string& out, const csp_type* t, uint64_t data) {
  switch (t->kind) {
    case CSP_KIND_BOOL: return append_print_bool(out, (data & 1) != 0);
    case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16: case CSP_KIND_INT32:
    case CSP_KIND_INT64: return append_print_int(out, static_cast<int64_t>(data));
    case CSP_KIND_UINT: case CSP_KIND_UINT8: case CSP_KIND_UINT16: case CSP_KIND_UINT32:
    case CSP_KIND_UINT64: case CSP_KIND_UINTPTR: return append_print_uint(out, data);
    case CSP_KIND_FLOAT32: {
      float f;
      auto lo = static_cast<uint32_t>(data);
      std::memcpy(&f, &lo, 4);
      return append_print_float(out, f);
    }
    case CSP_KIND_FLOAT64: {
      double d;
      std::memcpy(&d, &data, 8);
      return append_print_float(out, d);
    }
    case CSP_KIND_STRING: {
      const auto* s = reinterpret_cast<const csp_string*>(static_cast<uintptr_t>(data));
      if (s != nullptr && s->len > 0) out.append(reinterpret_cast<const char*>(s->ptr), static_cast<size_t>(s->len));
      return;
    }
    default: {  // Go: "(T) 0xADDR"
      static const char* hex = "0123456789abcdef";
      out += "0x";
      int shift = 60;
      while (shift > 0 && ((data >> shift) & 0xF) == 0) shift -= 4;
      for (; shift >= 0; shift -= 4) out.push_back(hex[(data >> shift) & 0xF]);
    }
  }
}

bool is_basic_kind(uint32_t k) {
  return (k >= CSP_KIND_BOOL && k <= CSP_KIND_FLOAT64) || k == CSP_KIND_STRING;
}

std::string panic_value_text(const csp_type* t, uint64_t data) {
  if (t == nullptr) return "panic called with nil argument";  // Go 1.21+: *runtime.PanicNilError
  std::string out;
  bool named = t->name != nullptr && std::strchr(t->name, '.') != nullptr;
  if (!is_basic_kind(t->kind)) {
    out = std::string("(") + t->name + ") ";
  } else if (named) {
    out = std::string(t->name) + (t->kind == CSP_KIND_STRING ? "(\"" : "(");
  }
  append_plain_value(out, t, data);
  if (is_basic_kind(t->kind) && named) out += t->kind == CSP_KIND_STRING ? "\")" : ")";
  return out;
}

}  // namespace

extern "C" {

// Go's boundsError: a negative x (only possible for signed indexes) is reported without y.
void csp_panic_index(int64_t i, int64_t len, const csp_pos* pos) {
  if (i < 0) runtime_error("index out of range [" + num(i) + "]", pos);
  runtime_error("index out of range [" + num(i) + "] with length " + num(len), pos);
}

void csp_panic_slice(int32_t which, int64_t x, int64_t y, const csp_pos* pos) {
  std::string m = "slice bounds out of range ";
  std::string sx = num(x), sy = num(y);
  bool neg = x < 0;
  switch (which) {
    case 0: m += "[:" + sx + (neg ? "]" : "] with length " + sy); break;
    case 1: m += "[:" + sx + (neg ? "]" : "] with capacity " + sy); break;
    case 2: m += "[" + sx + (neg ? ":]" : ":" + sy + "]"); break;
    case 3: m += "[::" + sx + (neg ? "]" : "] with capacity " + sy); break;
    case 4: m += "[:" + sx + (neg ? ":]" : ":" + sy + "]"); break;
    default: m += "[" + sx + (neg ? "::]" : ":" + sy + ":]"); break;
  }
  runtime_error(m, pos);
}

void csp_panic_divide(const csp_pos* pos) { runtime_error("integer divide by zero", pos); }

void csp_panic_shift(const csp_pos* pos) { runtime_error("negative shift amount", pos); }

void csp_panic_value(const csp_type* type, uint64_t data, const csp_pos* pos) {
  panic_with(panic_value_text(type, data), pos);
}

}  // extern "C"
