// test/unit/standalone_panic_stubs.cpp: NOT part of the project's build (the test binary
// globs *_test.cpp; this name does not match). A stand-in for runtime/panic.cpp, so that
// runtime/map.cpp and runtime/typeops.cpp can be tested alone, without the rest of the
// runtime (which needs the JIT's tables):
//
//   g++ -std=c++20 -O2 -I. runtime/map.cpp runtime/typeops.cpp test/unit/map_test.cpp
//       test/unit/standalone_panic_stubs.cpp -lgc -lgtest -lgtest_main -pthread
//
// It keeps panic.h's protocol as far as tests can see it: a panic pushes a csp_panic whose
// value is {runtime.errorString or runtime.plainError, csp_string* message} on the current
// goroutine and throws csp::rt::PanicUnwind; die() exits with code 2. csp_rt_init only
// starts the GC.
#include "runtime/panic.h"
#include "runtime/process.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <gc/gc.h>
#include <unistd.h>

// Descriptors name only the fields they need.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace csp::rt {

namespace {

thread_local csp_g* t_g = nullptr;

const csp_type kErrorString{.kind = CSP_KIND_STRING, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE | CSP_TF_NAMED,
                            .size = 16, .name = "runtime.errorString", .align = 8};
const csp_type kPlainError{.kind = CSP_KIND_STRING, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE | CSP_TF_NAMED,
                           .size = 16, .name = "runtime.plainError", .align = 8};

}  // namespace

csp_g* current_g() { return t_g; }
void set_current_g(csp_g* g) { t_g = g; }

csp_g* new_g(int64_t goid) {
  auto* g = static_cast<csp_g*>(GC_MALLOC_UNCOLLECTABLE(sizeof(csp_g)));
  std::memset(g, 0, sizeof *g);
  g->goid = goid;
  return g;
}

void die(const std::string& msg) {
  fputs(msg.c_str(), stderr);
  _exit(kPanicExitCode);
}

[[noreturn]] void start_panic(csp_any v, bool nil_deref) {
  csp_g* g = current_g();
  if (g == nullptr) die("fatal error: panic outside a goroutine\n");
  auto* p = static_cast<csp_panic*>(GC_MALLOC(sizeof(csp_panic)));
  std::memset(p, 0, sizeof *p);
  p->value = v;
  p->nil_deref = nil_deref;
  p->link = g->panic;
  g->panic = p;
  throw PanicUnwind{};
}

[[noreturn]] void runtime_error(const std::string& msg, RtErr kind, bool nil_deref) {
  auto* s = static_cast<csp_string*>(GC_MALLOC(sizeof(csp_string)));
  auto* bytes = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(msg.size() + 1));
  std::memcpy(bytes, msg.data(), msg.size());
  *s = {bytes, static_cast<int64_t>(msg.size())};
  start_panic({kind == RtErr::Plain ? &kPlainError : &kErrorString, reinterpret_cast<uint64_t>(s)}, nil_deref);
}

}  // namespace csp::rt

extern "C" {
void csp_rt_init(int, char**) { GC_INIT(); }
void csp_panic_nil_map(void) { csp::rt::runtime_error("assignment to entry in nil map", csp::rt::RtErr::Plain); }
void csp_panic_uncomparable(const csp_type* t) {
  csp::rt::runtime_error(std::string("comparing uncomparable type ") + t->name);
}
}
