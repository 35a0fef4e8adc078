// runtime/print.cpp: the builtins print and println. Like Go's runtime they write to standard
// error, unbuffered, each operand as soon as it is printed (standard output is flushed first,
// see output.h). Codegen calls one csp_print_* per operand and csp_print_space/csp_print_nl
// for println's separators.
//
// The float format is a literal port of Go's runtime.printfloat, including its (imprecise)
// repeated division: digits must match Go's, not the correctly rounded ones. This file is
// compiled with the default -ffp-contract for C++ (off for ISO C++ in GCC): no FMA fusion.
#include "runtime/csp_rt.h"
#include "runtime/output.h"
#include "runtime/print.h"

namespace csp::rt {

void append_print_uint(std::string& out, uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out.append(buf + i, sizeof buf - i);
}

void append_print_int(std::string& out, int64_t v) {
  if (v < 0) {
    out.push_back('-');
    append_print_uint(out, 0 - static_cast<uint64_t>(v));
    return;
  }
  append_print_uint(out, static_cast<uint64_t>(v));
}

void append_print_bool(std::string& out, bool b) { out += b ? "true" : "false"; }

void append_print_float(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {  // normalize
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;  // round
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {  // format +d.dddd+edd
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void append_print_pointer(std::string& out, const void* p) {
  static const char* hex = "0123456789abcdef";
  auto v = reinterpret_cast<uintptr_t>(p);
  char buf[2 + 16];
  int n = sizeof buf;
  do {
    buf[--n] = hex[v & 0xF];
    v >>= 4;
  } while (v != 0);
  buf[--n] = 'x';
  buf[--n] = '0';
  out.append(buf + n, sizeof buf - n);
}

void append_print_eface(std::string& out, const csp_any& e) {
  out.push_back('(');
  append_print_pointer(out, e.type);
  out.push_back(',');
  append_print_pointer(out, reinterpret_cast<const void*>(static_cast<uintptr_t>(e.data)));
  out.push_back(')');
}

void append_print_iface(std::string& out, const csp_iface& i) {
  out.push_back('(');
  append_print_pointer(out, i.itab);
  out.push_back(',');
  append_print_pointer(out, reinterpret_cast<const void*>(static_cast<uintptr_t>(i.data)));
  out.push_back(')');
}

void append_print_slice(std::string& out, const csp_slice& s) {
  out.push_back('[');
  append_print_int(out, s.len);
  out.push_back('/');
  append_print_int(out, s.cap);
  out.push_back(']');
  append_print_pointer(out, s.ptr);
}

void append_print_complex(std::string& out, double re, double im) {
  out.push_back('(');
  append_print_float(out, re);
  append_print_float(out, im);
  out += "i)";
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" {

void csp_print_bool(bool b) { err_write(b ? "true" : "false"); }

void csp_print_int(int64_t v) {
  std::string s;
  append_print_int(s, v);
  err_write(s);
}

void csp_print_uint(uint64_t v) {
  std::string s;
  append_print_uint(s, v);
  err_write(s);
}

void csp_print_float(double v) {
  std::string s;
  append_print_float(s, v);
  err_write(s);
}

void csp_print_string(const uint8_t* p, int64_t len) {
  if (len > 0) err_write(p, static_cast<size_t>(len));
}

// Go's printpointer: the address in hex (0x0 for nil).
void csp_print_pointer(const void* p) {
  std::string s;
  append_print_pointer(s, p);
  err_write(s);
}

void csp_print_space(void) { err_write(" "); }
void csp_print_nl(void) { err_write("\n"); }

}  // extern "C"
