// runtime/panic.cpp: panics, deferred calls and recover (the protocol is in panic.h), the
// runtime's own error values (runtime.Error), and Go's fatal panic output:
//
//   panic: first [recovered]
//   	panic: second
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]   (nil dereference)
//   <blank line>
//   goroutine 1 [running]:
//   main.f(...)
//   	/abs/path/prog.csp:12 +0x1d
//   main.main()
//   	/abs/path/prog.csp:20 +0x19
//
// and exit code 2. Panic values print as Go's printpanicval prints them: error values through
// Error(), Stringers through String(), basic kinds as the print builtin does (named ones as
// main.E(3)), anything else as "(T) 0xADDR".
//
// run_catching_panic (panic.h) lets runtime code call csp code and survive its panics (fmt's
// catchPanic).
#include "runtime/panic.h"

#include "runtime/output.h"
#include "runtime/print.h"
#include "runtime/process.h"
#include "runtime/sched/gil.h"
#include "runtime/sched/sched.h"

#include <cstring>
#include <exception>
#include <mutex>
#include <unistd.h>
#include <unwind.h>
#include <vector>

#define GC_THREADS
#include <gc/gc.h>

extern "C" {
void* __cxa_begin_catch(void*) noexcept;
void __cxa_end_catch();
}

namespace csp::rt {

namespace {

thread_local csp_g* t_current_g = nullptr;

// ---- where JIT'd code lives, and how to name its frames --------------------------------------
// Written by the JIT (csp_rt_add_code_range, csp_rt_set_symbolizer) before csp code runs,
// only read afterwards; the mutex makes the rare writes safe against a concurrent reader.
std::mutex g_code_mu;
std::vector<std::pair<uintptr_t, uintptr_t>> g_code_ranges;
csp_symbolizer g_symbolizer = nullptr;

}  // namespace

bool in_jit_code(uintptr_t pc) {
  std::lock_guard<std::mutex> lock(g_code_mu);
  for (auto& [lo, hi] : g_code_ranges)
    if (pc >= lo && pc < hi) return true;
  return false;
}

namespace {

struct TraceState {
  csp_panic* p;
};

_Unwind_Reason_Code collect_frame(struct _Unwind_Context* ctx, void* arg) {
  auto* st = static_cast<TraceState*>(arg);
  int before = 0;
  uintptr_t pc = _Unwind_GetIPInfo(ctx, &before);
  if (pc == 0) return _URC_END_OF_STACK;
  if (!in_jit_code(pc)) return _URC_NO_REASON;
  if (st->p->npcs == kMaxTraceFrames) {
    st->p->truncated = true;
    return _URC_END_OF_STACK;
  }
  st->p->pcs[st->p->npcs++] = pc;
  return _URC_NO_REASON;
}

// ---- runtime error values --------------------------------------------------------------------
// A runtime error is an interface value whose dynamic type is one of these descriptors and
// whose data word points at a csp_string: the message. Error() returns it with Go's prefix.

csp_string gc_string(const std::string& s) {
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size() ? s.size() : 1));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

const csp_string* message_of(uint64_t data) { return reinterpret_cast<const csp_string*>(data); }

csp_string rt_error_with_prefix(csp_g*, void*, uint64_t data) {
  const csp_string* m = message_of(data);
  std::string s = "runtime error: ";
  s.append(reinterpret_cast<const char*>(m->ptr), static_cast<size_t>(m->len));
  return gc_string(s);
}

csp_string rt_error_plain(csp_g*, void*, uint64_t data) { return *message_of(data); }

void rt_error_marker(csp_g*, void*, uint64_t) {}  // RuntimeError()

// The hash of a type's canonical string, as codegen computes it (jit/codegen_types.cpp): the
// runtime's descriptors of unnamed types must agree with the compiler's, since method
// signatures are compared by hash and name when itabs are built at run time (iface.cpp).
constexpr uint32_t type_hash(const char* s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) {
    h ^= static_cast<unsigned char>(*s);
    h *= 16777619u;
  }
  return h;
}

const csp_type kFuncString{CSP_KIND_FUNC, CSP_TF_DIRECT, 8, "func() string", nullptr, nullptr, 0,
                           nullptr, nullptr, 0, 0, 8, type_hash("func() string")};
const csp_type kFuncVoid{CSP_KIND_FUNC, CSP_TF_DIRECT, 8, "func()", nullptr, nullptr, 0,
                         nullptr, nullptr, 0, 0, 8, type_hash("func()")};

const csp_method kPrefixedMethods[] = {
    {"Error", &kFuncString, reinterpret_cast<void*>(&rt_error_with_prefix)},
    {"RuntimeError", &kFuncVoid, reinterpret_cast<void*>(&rt_error_marker)},
};
const csp_method kPlainMethods[] = {
    {"Error", &kFuncString, reinterpret_cast<void*>(&rt_error_plain)},
    {"RuntimeError", &kFuncVoid, reinterpret_cast<void*>(&rt_error_marker)},
};

constexpr uint32_t kRtErrFlags = CSP_TF_POINTERS | CSP_TF_NAMED;
const csp_type kErrorString{CSP_KIND_STRING, kRtErrFlags | CSP_TF_COMPARABLE, 16, "runtime.errorString",
                            nullptr, nullptr, 0, nullptr, kPrefixedMethods, 0, 2, 8, 0};
const csp_type kPlainError{CSP_KIND_STRING, kRtErrFlags | CSP_TF_COMPARABLE, 16, "runtime.plainError",
                           nullptr, nullptr, 0, nullptr, kPlainMethods, 0, 2, 8, 0};

// Go's runtime.boundsError (runtime/error.go), laid out as the struct it is in Go, so that fmt
// prints it as Go does (%v: Error(); %d, %+v, %#v: its fields).
struct BoundsError {
  int64_t x;
  int64_t y;
  bool is_signed;  // "signed"
  uint8_t code;    // csp_bounds_code (Go's boundsErrorCode)
};

const csp_type kInt64{CSP_KIND_INT64, CSP_TF_DIRECT | CSP_TF_COMPARABLE, 8, "int64", nullptr, nullptr, 0,
                      nullptr, nullptr, 0, 0, 8, type_hash("int64")};
const csp_type kInt{CSP_KIND_INT, CSP_TF_DIRECT | CSP_TF_COMPARABLE, 8, "int", nullptr, nullptr, 0,
                    nullptr, nullptr, 0, 0, 8, type_hash("int")};
const csp_type kBool{CSP_KIND_BOOL, CSP_TF_DIRECT | CSP_TF_COMPARABLE, 1, "bool", nullptr, nullptr, 0,
                     nullptr, nullptr, 0, 0, 1, type_hash("bool")};
const csp_type kString{CSP_KIND_STRING, CSP_TF_POINTERS | CSP_TF_COMPARABLE, 16, "string", nullptr, nullptr, 0,
                       nullptr, nullptr, 0, 0, 8, type_hash("string")};
const csp_type kBoundsErrorCode{CSP_KIND_UINT8, CSP_TF_DIRECT | CSP_TF_COMPARABLE | CSP_TF_NAMED, 1,
                                "runtime.boundsErrorCode", nullptr, nullptr, 0, nullptr, nullptr, 0, 0, 1, 0};

// Go's boundsError.Error: a negative x (only possible for signed indexes) is reported without y.
std::string bounds_message(const BoundsError& e);

csp_string bounds_error_error(csp_g*, void*, uint64_t data) {
  return gc_string("runtime error: " + bounds_message(*reinterpret_cast<const BoundsError*>(data)));
}
const csp_method kBoundsMethods[] = {
    {"Error", &kFuncString, reinterpret_cast<void*>(&bounds_error_error)},
    {"RuntimeError", &kFuncVoid, reinterpret_cast<void*>(&rt_error_marker)},
};
const csp_field kBoundsFields[] = {
    {"x", &kInt64, offsetof(BoundsError, x), 0, 0},
    {"y", &kInt, offsetof(BoundsError, y), 0, 0},
    {"signed", &kBool, offsetof(BoundsError, is_signed), 0, 0},
    {"code", &kBoundsErrorCode, offsetof(BoundsError, code), 0, 0},
};
const csp_type kBoundsError{CSP_KIND_STRUCT, CSP_TF_NAMED | CSP_TF_COMPARABLE, sizeof(BoundsError),
                            "runtime.boundsError", nullptr, nullptr, 0, kBoundsFields, kBoundsMethods,
                            4, 2, 8, 0};

// Go's *runtime.TypeAssertionError: the three types (csp descriptors standing for Go's
// *runtime._type) and the missing method; Error() builds the message from them.
struct TypeAssertionError {
  const csp_type* iface;     // _interface: the static interface type, or NULL
  const csp_type* concrete;  // the dynamic type, NULL for a nil interface
  const csp_type* asserted;
  csp_string missing_method;
};

std::string type_assertion_message(const TypeAssertionError& e);

csp_string type_assertion_error(csp_g*, void*, uint64_t data) {
  return gc_string(type_assertion_message(*reinterpret_cast<const TypeAssertionError*>(data)));
}
const csp_method kTypeAssertionMethods[] = {
    {"Error", &kFuncString, reinterpret_cast<void*>(&type_assertion_error)},
    {"RuntimeError", &kFuncVoid, reinterpret_cast<void*>(&rt_error_marker)},
};
const csp_type kRType{CSP_KIND_STRUCT, CSP_TF_NAMED, 0, "runtime._type", nullptr, nullptr, 0, nullptr, nullptr,
                      0, 0, 8, 0};
const csp_type kRTypePtr{CSP_KIND_POINTER, CSP_TF_DIRECT | CSP_TF_POINTERS | CSP_TF_COMPARABLE, 8, "*runtime._type",
                         &kRType, nullptr, 0, nullptr, nullptr, 0, 0, 8, 0};
const csp_field kTypeAssertionFields[] = {
    {"_interface", &kRTypePtr, offsetof(TypeAssertionError, iface), 0, 0},
    {"concrete", &kRTypePtr, offsetof(TypeAssertionError, concrete), 0, 0},
    {"asserted", &kRTypePtr, offsetof(TypeAssertionError, asserted), 0, 0},
    {"missingMethod", &kString, offsetof(TypeAssertionError, missing_method), 0, 0},
};
const csp_type kTypeAssertionErrorStruct{CSP_KIND_STRUCT, kRtErrFlags | CSP_TF_COMPARABLE,
                                         sizeof(TypeAssertionError), "runtime.TypeAssertionError", nullptr,
                                         nullptr, 0, kTypeAssertionFields, nullptr, 4, 0, 8, 0};
const csp_type kTypeAssertionError{CSP_KIND_POINTER, kRtErrFlags | CSP_TF_DIRECT | CSP_TF_COMPARABLE, 8,
                                   "*runtime.TypeAssertionError", &kTypeAssertionErrorStruct, nullptr, 0, nullptr,
                                   kTypeAssertionMethods, 0, 2, 8, 0};

// Go 1.21+'s *runtime.PanicNilError: what panic(nil) panics with (and recover returns).
// PanicNilError is a zero-size struct; every value points at the same zero-size object, as
// Go's new() of a zero-size type does.
csp_string panic_nil_error(csp_g*, void*, uint64_t) { return gc_string("panic called with nil argument"); }
const csp_method kPanicNilMethods[] = {
    {"Error", &kFuncString, reinterpret_cast<void*>(&panic_nil_error)},
    {"RuntimeError", &kFuncVoid, reinterpret_cast<void*>(&rt_error_marker)},
};
const csp_type kPanicNilErrorStruct{CSP_KIND_STRUCT, CSP_TF_NAMED | CSP_TF_COMPARABLE, 0, "runtime.PanicNilError",
                                    nullptr, nullptr, 0, nullptr, nullptr, 0, 0, 8, 0};
const csp_type kPanicNilError{CSP_KIND_POINTER, CSP_TF_DIRECT | CSP_TF_POINTERS | CSP_TF_COMPARABLE, 8,
                              "*runtime.PanicNilError", &kPanicNilErrorStruct, nullptr, 0, nullptr,
                              kPanicNilMethods, 0, 2, 8, 0};
uint64_t g_panic_nil_object;

csp_any rt_error_value(const csp_type* t, const std::string& msg) {
  auto* m = static_cast<csp_string*>(GC_MALLOC(sizeof(csp_string)));
  *m = gc_string(msg);
  return {t, reinterpret_cast<uint64_t>(m)};
}

// ---- printing --------------------------------------------------------------------------------

std::string num(int64_t v) {
  std::string s;
  append_print_int(s, v);
  return s;
}

std::string unum(uint64_t v) {
  std::string s;
  append_print_uint(s, v);
  return s;
}

std::string hex(uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s = "0x";
  int shift = 60;
  while (shift > 0 && ((v >> shift) & 0xF) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) s.push_back(digits[(v >> shift) & 0xF]);
  return s;
}

std::string bounds_message(const BoundsError& e) {
  std::string sx = e.is_signed ? num(e.x) : unum(static_cast<uint64_t>(e.x)), sy = num(e.y);
  bool neg = e.is_signed && e.x < 0;
  switch (e.code) {
    case CSP_BOUNDS_INDEX: return "index out of range [" + sx + (neg ? "]" : "] with length " + sy);
    case CSP_BOUNDS_SLICE_ALEN: return "slice bounds out of range [:" + sx + (neg ? "]" : "] with length " + sy);
    case CSP_BOUNDS_SLICE_ACAP: return "slice bounds out of range [:" + sx + (neg ? "]" : "] with capacity " + sy);
    case CSP_BOUNDS_SLICE_B: return "slice bounds out of range [" + sx + (neg ? ":]" : ":" + sy + "]");
    case CSP_BOUNDS_SLICE3_ALEN: return "slice bounds out of range [::" + sx + (neg ? "]" : "] with length " + sy);
    case CSP_BOUNDS_SLICE3_ACAP: return "slice bounds out of range [::" + sx + (neg ? "]" : "] with capacity " + sy);
    case CSP_BOUNDS_SLICE3_B: return "slice bounds out of range [:" + sx + (neg ? ":]" : ":" + sy + "]");
    default: return "slice bounds out of range [" + sx + (neg ? "::]" : ":" + sy + ":]");
  }
}

// Go's (*TypeAssertionError).Error().
std::string type_assertion_message(const TypeAssertionError& e) {
  std::string inter = e.iface ? e.iface->name : "interface";
  std::string as = e.asserted->name;
  if (e.concrete == nullptr) return "interface conversion: " + inter + " is nil, not " + as;
  std::string cs = e.concrete->name;
  if (e.missing_method.len == 0) {
    std::string msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
    if (cs == as) msg += " (types from different scopes)";
    return msg;
  }
  return "interface conversion: " + cs + " is not " + as + ": missing method " +
         std::string(reinterpret_cast<const char*>(e.missing_method.ptr), static_cast<size_t>(e.missing_method.len));
}

bool is_basic_kind(uint32_t k) {
  return (k >= CSP_KIND_BOOL && k <= CSP_KIND_FLOAT64) || k == CSP_KIND_STRING;
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
      const auto* s = message_of(data);
      if (s != nullptr && s->len > 0) out.append(reinterpret_cast<const char*>(s->ptr), static_cast<size_t>(s->len));
      return;
    }
    default: out += hex(data);
  }
}

}  // namespace

void die(const std::string& msg) {
  err_write(msg);
  gil_report();  // (--gil-stats: after the panic or fatal error, as at every exit)
  _exit(kPanicExitCode);
}

csp_g* current_g() { return t_current_g; }
void set_current_g(csp_g* g) { t_current_g = g; }

csp_g* new_g(int64_t goid) {
  auto* g = static_cast<csp_g*>(GC_MALLOC_UNCOLLECTABLE(sizeof(csp_g)));
  std::memset(g, 0, sizeof *g);
  g->goid = goid;
  return g;
}

bool call_string_method(const csp_any& v, const char* name, std::string* out) {
  if (v.type == nullptr) return false;
  for (uint32_t i = 0; i < v.type->nmethods; i++) {
    const csp_method& m = v.type->methods[i];
    if (std::strcmp(m.name, name) != 0 || m.type == nullptr || std::strcmp(m.type->name, "func() string") != 0)
      continue;
    auto fn = reinterpret_cast<csp_string (*)(csp_g*, void*, uint64_t)>(m.fn);
    csp_string s = fn(current_g(), nullptr, v.data);
    out->assign(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
    return true;
  }
  return false;
}

bool run_catching_panic(void (*fn)(void*), void* arg, csp_any* value) {
  csp_g* g = current_g();
  csp_panic* saved = g ? g->panic : nullptr;
  bool saved_aborted = saved != nullptr && saved->aborted;
  try {
    fn(arg);
    return false;
  } catch (const PanicUnwind&) {
    stack_resync();
    // g is non-null here: start_panic dies without a goroutine instead of throwing.
    csp_panic* p = g->panic;
    *value = p != nullptr ? p->value : csp_any{nullptr, 0};
    g->panic = saved;
    if (saved != nullptr) saved->aborted = saved_aborted;
    return true;
  }
}

// Go's printpanicval.
std::string panic_value_text(const csp_any& v) {
  if (v.type == nullptr) return "panic called with nil argument";  // Go 1.21+: *runtime.PanicNilError
  std::string s;
  if (call_string_method(v, "Error", &s) || call_string_method(v, "String", &s)) return s;
  const csp_type* t = v.type;
  std::string out;
  bool named = (t->flags & CSP_TF_NAMED) != 0;
  if (!is_basic_kind(t->kind)) return std::string("(") + t->name + ") " + hex(v.data);
  if (named) out = std::string(t->name) + (t->kind == CSP_KIND_STRING ? "(\"" : "(");
  append_plain_value(out, t, v.data);
  if (named) out += t->kind == CSP_KIND_STRING ? "\")" : ")";
  return out;
}

int symbolize(uintptr_t pc, csp_frame* frames, int max) {
  csp_symbolizer sym;
  {
    std::lock_guard<std::mutex> lock(g_code_mu);
    sym = g_symbolizer;
  }
  return sym ? sym(pc, frames, max) : 0;
}

// A frame's first line and the start of its second: "name(...)\n\tfile:line".
static std::string frame_text(const csp_frame& f) {
  std::string name = f.func ? f.func : "?";
  bool noArgs = name == "main.main" || name.rfind("main.init", 0) == 0;
  return name + (noArgs ? "()" : "(...)") + "\n\t" + (f.file ? f.file : "?") + ":" + num(f.line);
}

void append_frames(std::string& out, const uintptr_t* pcs, int n, bool truncated) {
  for (int i = 0; i < n; i++) {
    csp_frame frames[16];
    int k = symbolize(pcs[i] - 1, frames, 16);
    for (int j = 0; j < k; j++) {
      const csp_frame& f = frames[j];
      out += frame_text(f);
      if (!f.inlined || j == k - 1) out += " +" + hex(f.offset);  // (inlined into hidden csp.* glue)
      out += "\n";
    }
  }
  if (truncated) out += "...additional frames elided...\n";
}

void append_traceback(std::string& out, int64_t goid, const uintptr_t* pcs, int n, bool truncated) {
  out += "goroutine " + num(goid) + " [running]:\n";
  append_frames(out, pcs, n, truncated);
  if (csp_g* g = current_g()) append_created_by(out, gof(g));
}

namespace {

[[noreturn]] void start_panic_impl(csp_any v, bool nil_deref, const char* cause) {
  csp_g* g = current_g();
  if (g == nullptr) die("fatal error: panic outside a goroutine\n");
  auto* p = static_cast<csp_panic*>(GC_MALLOC(sizeof(csp_panic)));
  std::memset(p, 0, sizeof *p);
  p->value = v;
  p->nil_deref = nil_deref;
  p->cause = cause;
  p->link = g->panic;
  if (g->panic) g->panic->aborted = true;  // a deferred call run for it panicked
  g->panic = p;
  TraceState st{p};
  _Unwind_Backtrace(collect_frame, &st);
  if (nil_deref && p->npcs > 0) p->fault_pc = p->pcs[0];
  throw PanicUnwind{};
}

}  // namespace

[[noreturn]] void start_panic(csp_any v, bool nil_deref) { start_panic_impl(v, nil_deref, nullptr); }
[[noreturn]] void start_panic_with_cause(csp_any v, const char* cause) { start_panic_impl(v, false, cause); }

[[noreturn]] void runtime_error(const std::string& msg, RtErr kind, bool nil_deref) {
  // (Bounds errors proper are csp_panic_bounds' runtime.boundsError values.)
  const csp_type* t = kind == RtErr::Plain ? &kPlainError : &kErrorString;
  start_panic(rt_error_value(t, msg), nil_deref);
}

// Go's preprintpanics' deferred handler: an Error or String method of a panic value panicked
// (g->panic is that new panic). Go throws instead of printing any panic: "fatal error: panic
// while printing panic value: " and the new value if it is a plain string, else "type " and
// its type; a nil dereference adds the signal line. The trace is the new panic's.
[[noreturn]] void fatal_printing_panic(csp_g* g) {
  csp_panic* inner = g->panic;
  const csp_type* t = inner->value.type;
  std::string msg = "fatal error: panic while printing panic value: ";
  if (t->kind == CSP_KIND_STRING && (t->flags & CSP_TF_NAMED) == 0) append_plain_value(msg, t, inner->value.data);
  else msg += std::string("type ") + t->name;
  msg += "\n";
  if (inner->nil_deref) msg += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=" + hex(inner->fault_pc) + "]\n";
  msg += "\n";
  append_traceback(msg, g->goid, inner->pcs, inner->npcs, inner->truncated);
  die(msg);
}

[[noreturn]] void fatal_panic(csp_g* g) { die(panic_report(g)); }

std::string panic_report(csp_g* g) {
  std::vector<csp_panic*> chain;  // oldest first
  for (csp_panic* p = g->panic; p; p = p->link) chain.insert(chain.begin(), p);
  // Every value's text first, newest first as Go's preprintpanics calls Error/String.
  std::vector<std::string> texts(chain.size());
  for (size_t i = chain.size(); i-- > 0;) {
    try {
      texts[i] = panic_value_text(chain[i]->value);
    } catch (const PanicUnwind&) {
      fatal_printing_panic(g);
    }
  }
  // Then printed oldest first, as Go's printpanics: each later one indented by a tab.
  std::string msg;
  bool nil_deref = false;
  uintptr_t fault_pc = 0;
  for (size_t i = 0; i < chain.size(); i++) {
    if (i > 0) msg += "\t";
    msg += "panic: " + texts[i];
    if (chain[i]->recovered) msg += " [recovered]";
    msg += "\n";
    if (chain[i]->nil_deref && !nil_deref) {
      nil_deref = true;
      fault_pc = chain[i]->fault_pc;
    }
  }
  if (nil_deref) msg += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=" + hex(fault_pc) + "]\n";
  msg += "\n";
  csp_panic* last = g->panic;
  append_traceback(msg, g->goid, last ? last->pcs : nullptr, last ? last->npcs : 0, last && last->truncated);
  for (csp_panic* p : chain)
    if (p->cause) msg += std::string("\n") + p->cause;
  return msg;
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" {

void csp_rt_set_symbolizer(csp_symbolizer fn) {
  std::lock_guard<std::mutex> lock(g_code_mu);
  g_symbolizer = fn;
}

void csp_rt_add_code_range(uintptr_t lo, uintptr_t hi) {
  std::lock_guard<std::mutex> lock(g_code_mu);
  g_code_ranges.emplace_back(lo, hi);
}

void csp_panic_bounds(int32_t code, bool xsigned, int64_t x, int64_t y) {
  auto* e = static_cast<BoundsError*>(GC_MALLOC_ATOMIC(sizeof(BoundsError)));
  *e = BoundsError{x, y, xsigned, static_cast<uint8_t>(code)};
  start_panic({&kBoundsError, reinterpret_cast<uint64_t>(e)});
}

void csp_panic_divide(void) { runtime_error("integer divide by zero"); }
void csp_panic_shift(void) { runtime_error("negative shift amount"); }
void csp_panic_nil(void) { runtime_error("invalid memory address or nil pointer dereference", RtErr::String, true); }
void csp_panic_nil_map(void) { runtime_error("assignment to entry in nil map", RtErr::Plain); }
void csp_panic_makeslice_len(void) { runtime_error("makeslice: len out of range"); }
void csp_panic_makeslice_cap(void) { runtime_error("makeslice: cap out of range"); }

void csp_panic_convert(int64_t have, int64_t want) {
  runtime_error("cannot convert slice with length " + num(have) + " to array or pointer to array with length " +
                num(want));
}

void csp_panic_uncomparable(const csp_type* t) {
  runtime_error(std::string("comparing uncomparable type ") + t->name);
}

void csp_panic_value(const csp_type* type, uint64_t data) {
  if (type == nullptr) {  // panic(nil): Go 1.21+ panics with a *runtime.PanicNilError
    type = &kPanicNilError;
    data = reinterpret_cast<uint64_t>(&g_panic_nil_object);
  }
  start_panic({type, data});
}

void csp_panic_assert(const csp_type* have, const csp_type* want, const csp_type* iface) {
  auto* e = static_cast<TypeAssertionError*>(GC_MALLOC(sizeof(TypeAssertionError)));
  // Go's assertE2I/assertI2I leave _interface nil: a nil value asserted to an interface type
  // says "interface is nil", whatever the static type was.
  if (want->kind == CSP_KIND_INTERFACE) iface = nullptr;
  *e = TypeAssertionError{iface, have, want, {nullptr, 0}};
  if (have != nullptr && want->kind == CSP_KIND_INTERFACE) {
    // have does not implement want: name the first missing method.
    for (uint32_t i = 0; i < want->nmethods; i++) {
      const csp_method& wm = want->methods[i];
      bool found = false;
      for (uint32_t j = 0; j < have->nmethods && !found; j++) {
        const csp_method& hm = have->methods[j];
        found = std::strcmp(hm.name, wm.name) == 0 &&
                (hm.type == wm.type || (hm.type && wm.type && std::strcmp(hm.type->name, wm.type->name) == 0));
      }
      if (!found) {  // (or has it with another signature)
        e->missing_method = gc_string(wm.name);
        break;
      }
    }
  }
  start_panic({&kTypeAssertionError, reinterpret_cast<uint64_t>(e)});
}

// ---- defer and recover ----

bool csp_run_defers(csp_g* g, csp_defer* mark, bool panicking) {
  csp_panic* p = panicking ? g->panic : nullptr;
  if (panicking && p == nullptr) die("fatal error: csp: landing pad without a panic\n");
  // Depths are restored however this returns (a deferred call may panic out of here).
  struct DepthGuard {
    csp_g* g;
    int32_t saved_depth, saved_panicking;
    ~DepthGuard() {
      g->defer_depth = saved_depth;
      g->panicking_depth = saved_panicking;
    }
  } guard{g, g->defer_depth, g->panicking_depth};
  g->defer_depth++;
  if (p) g->panicking_depth = g->defer_depth;
  bool recovered = false;
  while (g->defer != mark && g->defer != nullptr) {
    csp_defer* d = g->defer;
    g->defer = d->link;  // popped first: if the call panics, the rest run for that panic
    auto fn = reinterpret_cast<void (*)(csp_g*, csp_closure*)>(d->fn->fn);
    fn(g, d->fn);
    g->defer_fn = nullptr;
    if (p && p->recovered) {
      // The panic is over; so are the panics it aborted (their frames are gone).
      csp_panic* q = p->link;
      while (q && q->aborted) q = q->link;
      g->panic = q;
      p = nullptr;
      recovered = true;
      g->panicking_depth = 0;  // the remaining deferred calls run as on a normal return
    }
  }
  return recovered;
}

void csp_panic_caught(void* exc) {
  csp::rt::stack_resync();  // the landing pad may be on an older stack segment
  __cxa_begin_catch(exc);
  __cxa_end_catch();
}

void csp_panic_resume(csp_g* g) {
  (void)g;
  throw PanicUnwind{};
}

csp_any csp_recover(csp_g* g, bool direct) {
  csp_panic* p = g->panic;
  if (!direct || p == nullptr || p->recovered || g->panicking_depth == 0 ||
      g->panicking_depth != g->defer_depth)
    return {nullptr, 0};
  p->recovered = true;
  return p->value;
}

}  // extern "C"

namespace csp::rt {

// Go's fatal (throw for user errors such as "sync: unlock of unlocked mutex"): no deferred
// calls, no recover; the running goroutine's trace, then every other goroutine's.
[[noreturn]] void fatal_error(const std::string& what) {
  std::string msg = "fatal error: " + what + "\n\n";
  if (csp_g* g = current_g()) {
    auto* p = static_cast<csp_panic*>(GC_MALLOC(sizeof(csp_panic)));
    std::memset(p, 0, sizeof *p);
    TraceState st{p};
    _Unwind_Backtrace(collect_frame, &st);
    append_traceback(msg, g->goid, p->pcs, p->npcs, p->truncated);
    append_goroutine_dump(msg, gof(g));
  }
  die(msg);
}

// Go 1.21+'s form: "created by main.main in goroutine 1" and the go statement's position.
void append_created_by(std::string& out, const G* g) {
  if (g->is_main) return;
  append_created_by(out, g->gopc, g->parent_goid);
}

void append_created_by(std::string& out, uintptr_t gopc, int64_t parent_goid) {
  if (gopc == 0) return;
  csp_frame frames[16];
  int k = symbolize(gopc - 1, frames, 16);
  if (k == 0) return;
  const csp_frame& f = frames[0];
  out += std::string("created by ") + (f.func ? f.func : "?") + " in goroutine " + num(parent_goid) + "\n\t" +
         (f.file ? f.file : "?") + ":" + num(f.line) + " +" + hex(frames[k - 1].offset) + "\n";
}

void append_entry_frame(std::string& out, uintptr_t fn) {
  csp_frame frames[16];
  int k = symbolize(fn, frames, 16);
  if (k == 0) return;
  out += frame_text(frames[k - 1]) + "\n";
}

}  // namespace csp::rt
