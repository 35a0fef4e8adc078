// runtime/panic.h: panics, deferred calls and recover inside the runtime. Internal to runtime/.
//
// How a panic travels (docs/decisions.md, "Panics"):
//  1. start_panic pushes a Panic record on the goroutine (g->panic), records the call stack
//     (return addresses inside JIT'd code, innermost first) and throws PanicUnwind, a C++
//     exception that carries nothing: the record in g is the panic.
//  2. The Itanium unwinder runs phase 1 up to the nearest frame with a catch-all landing pad:
//     a JIT'd function with defer statements (or the goroutine's entry, which catches all).
//     That pad ends the catch (csp_panic_caught) and calls csp_run_defers(g, mark, true),
//     which runs the function's deferred calls newest first. A deferred call that calls
//     recover() directly marks the record recovered; when that call returns, the panic is
//     over and the function returns normally to its caller. Otherwise the pad calls
//     csp_panic_resume, which throws again for the next frame with defers.
//  3. A deferred call that panics starts a new panic (the running one is marked aborted and
//     stays below it on g->panic); it unwinds out of csp_run_defers to the same landing pad,
//     which runs the remaining deferred calls for the new panic.
//  4. At the goroutine's entry nothing is left but to print the chain, oldest first, as
//     Go's printpanics does, then the trace recorded by the newest panic, and exit 2.
//
// Invariants: every record on g->defer above a frame's mark belongs to that frame or to a
// frame it called that is still running; a frame that an exception leaves has popped all of
// its records. Only the goroutine itself touches its g, its records and its panics.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>
#include <string>
#include <type_traits>

namespace csp::rt {

constexpr int kMaxTraceFrames = 100;  // Go prints at most 100 frames, then "...additional frames elided..."

struct PanicUnwind {};  // the C++ exception a panic unwinds with

}  // namespace csp::rt

struct csp_panic {
  csp_panic* link;           // the panic this one interrupted (older), or NULL
  csp_any value;             // panic's argument (runtime errors: runtime.Error values)
  bool recovered;            // recover() returned it
  bool aborted;              // a deferred call run for it panicked
  bool nil_deref;            // print Go's [signal SIGSEGV...] line
  uintptr_t fault_pc;        // for that line
  int32_t npcs;              // return addresses in JIT'd code, innermost first
  bool truncated;            // the stack had more frames than pcs holds
  uintptr_t pcs[csp::rt::kMaxTraceFrames];
  // An awaiter's re-panic of a task's panic: the task's report ("task N [panicked]:", its
  // frames, where it was created), printed after the awaiter's trace. NULL otherwise.
  const char* cause;
};

namespace csp::rt {

// The goroutine running on this thread (set by the scheduler; for now by csp_rt_run_main).
csp_g* current_g();
void set_current_g(csp_g* g);
// A new goroutine record (GC memory that is a root: the scheduler keeps no other reference).
csp_g* new_g(int64_t goid);

// Starts a panic with value v on the current goroutine. Never returns.
[[noreturn]] void start_panic(csp_any v, bool nil_deref = false);
// A runtime error panic: its value is a runtime.Error whose Error() is "runtime error: " + msg
// (runtime.errorString; Bounds is the same: bounds errors proper are csp_panic_bounds'
// runtime.boundsError structs) or exactly msg (runtime.plainError: "assignment to entry in nil
// map"). The runtime's error values are laid out as Go's, so fmt prints them as Go does:
// runtime.errorString and runtime.plainError are strings, runtime.boundsError the struct
// {x int64; y int; signed bool; code boundsErrorCode}, *runtime.TypeAssertionError a pointer
// to {_interface, concrete, asserted *runtime._type; missingMethod string}.
enum class RtErr { String, Bounds, Plain };
[[noreturn]] void runtime_error(const std::string& msg, RtErr kind = RtErr::String, bool nil_deref = false);
// Prints g's unrecovered panics and the trace, exits with code 2. Called at a goroutine's
// entry when a panic unwound all of its frames.
[[noreturn]] void fatal_panic(csp_g* g);
// What fatal_panic prints for g's panics (the chain, the trace, the causes), without exiting.
std::string panic_report(csp_g* g);
// start_panic for an awaiter re-panicking a task's panic: the same value, with the task's
// report as the cause.
[[noreturn]] void start_panic_with_cause(csp_any v, const char* cause);

// Go's fatal error for misuse the program cannot recover from ("fatal error: " + what, the
// traces of every goroutine); exit 2.
[[noreturn]] void fatal_error(const std::string& what);

// Traceback text ("goroutine 1 [running]:\n" and the frames) for pcs recorded in a panic,
// then the current goroutine's "created by" lines.
void append_traceback(std::string& out, int64_t goid, const uintptr_t* pcs, int n, bool truncated);
// The csp frames of return addresses pcs (innermost first), as tracebacks print them.
void append_frames(std::string& out, const uintptr_t* pcs, int n, bool truncated);
// Whether pc is in JIT'd code, and the csp frames at a code address (innermost first).
bool in_jit_code(uintptr_t pc);
int symbolize(uintptr_t pc, csp_frame* frames, int max);

// Go's printpanicval: a panic value as the fatal message shows it. May call the value's
// Error or String method.
std::string panic_value_text(const csp_any& v);

// Calls the method `name` with signature "func() string" of the dynamic value v, if its type
// has one; false otherwise.
bool call_string_method(const csp_any& v, const char* name, std::string* out);

// Runs fn(arg) on the current goroutine; if a csp panic unwinds out of it, that panic ends
// there, as if a deferred call had recovered it at once: its record (and those of the panics
// it aborted) come off g->panic, which is left exactly as before the call (including the
// `aborted` mark of a panic that was already running), and *value receives its value. Returns
// true iff fn panicked. For runtime code that calls csp code and must survive its panics, as
// Go's fmt does with String methods (print.go's catchPanic); the caller decides what to do
// with the value (it may start the panic again with start_panic). Exceptions other than
// PanicUnwind pass through untouched.
bool run_catching_panic(void (*fn)(void*), void* arg, csp_any* value);

// The same for any callable: catch_panic([&] { ... }, &value).
template <class F>
bool catch_panic(F&& f, csp_any* value) {
  using Fn = std::remove_reference_t<F>;
  return run_catching_panic([](void* p) { (*static_cast<Fn*>(p))(); },
                            const_cast<void*>(static_cast<const void*>(&f)), value);
}

}  // namespace csp::rt
