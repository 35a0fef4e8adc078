// frontend/phase_trace.h: CSP_TRACE_PHASES=1 prints the wall time of each compiler phase
// (load, parse, check, irgen, optimize, codegen, link, run...) to stderr, so start-up can
// be measured phase by phase without a profiler. Off, a mark costs one predictable branch.
// "parse" is the program's own file; "check" includes loading (parsing and checking) the
// standard packages it imports. The clock starts in main, not at exec: `csp version`
// times the process start.
//
// One process-wide trace: each mark prints the time since the previous one. Called from
// the compiler thread only (the driver's stages run one after another).
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace csp {

class PhaseTrace {
 public:
  static PhaseTrace& get() {
    static PhaseTrace t;
    return t;
  }
  void mark(const char* phase) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "[phase] %-10s %7.3f ms\n", phase,
                 std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

 private:
  PhaseTrace() {
    const char* v = std::getenv("CSP_TRACE_PHASES");
    enabled_ = v && *v && *v != '0';
  }
  bool enabled_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

inline void tracePhase(const char* phase) { PhaseTrace::get().mark(phase); }

}  // namespace csp
