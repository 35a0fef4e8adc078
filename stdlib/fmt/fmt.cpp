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

// Go's fmt verb syntax, enough to find which operand a %w consumes: flags, [n], width (or
// *, which consumes an operand), .precision (or *), the verb.
int64_t wrappedOperand(std::string_view f, std::string* rewritten) {
  int64_t arg = 0, found = -1;
  for (size_t i = 0; i < f.size(); i++) {
    rewritten->push_back(f[i]);
    if (f[i] != '%') continue;
    size_t j = i + 1;
    while (j < f.size() && std::strchr("+-# 0", f[j])) j++;
    auto index = [&]() {
      if (j < f.size() && f[j] == '[') {
        size_t k = j + 1;
        int64_t n = 0;
        while (k < f.size() && f[k] >= '0' && f[k] <= '9') n = n * 10 + (f[k++] - '0');
        if (k < f.size() && f[k] == ']') {
          arg = n - 1;
          j = k + 1;
        }
      }
    };
    index();
    if (j < f.size() && f[j] == '*') {
      arg++;
      j++;
    } else {
      while (j < f.size() && f[j] >= '0' && f[j] <= '9') j++;
    }
    if (j < f.size() && f[j] == '.') {
      j++;
      index();
      if (j < f.size() && f[j] == '*') {
        arg++;
        j++;
      } else {
        while (j < f.size() && f[j] >= '0' && f[j] <= '9') j++;
      }
    }
    index();
    if (j >= f.size()) break;
    rewritten->append(f.substr(i + 1, j - i - 1));
    char verb = f[j];
    if (verb == '%') {
      rewritten->push_back('%');
    } else {
      if (verb == 'w' && found < 0) found = arg;
      rewritten->push_back(verb == 'w' ? 'v' : verb);
      arg++;
    }
    i = j;
  }
  return found;
}

bool has_error_method(const csp_type* t) {
  if (t == nullptr) return false;
  for (uint32_t i = 0; i < t->nmethods; i++)
    if (std::strcmp(t->methods[i].name, "Error") == 0 && t->methods[i].type &&
        std::strcmp(t->methods[i].type->name, "func() string") == 0)
      return true;
  return false;
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

void csp_fmt_errorf(const uint8_t* format, int64_t format_len, csp_any* a, int64_t a_len, int64_t,
                    csp_string* out, int64_t* wrapped) {
  std::string f;
  int64_t w = wrappedOperand(view(format, format_len), &f);
  // Only an error operand is wrapped; otherwise Go prints %!w(T=value) (the runtime's fmt).
  if (w >= 0 && (w >= a_len || !has_error_method(a[w].type))) w = -1;
  Printer p;
  p.do_printf(w >= 0 ? f : std::string(view(format, format_len)), a, a_len);
  *out = gc_string(p.output());
  *wrapped = w;
}

}  // extern "C"
