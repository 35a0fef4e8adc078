// stdlib/runtime/runtime.cpp: package runtime's functions, over the scheduler
// (runtime/sched/sched.h).
#define GC_THREADS
#include <gc/gc.h>

#include "stdlib_bridges.h"

#include "runtime/csp_rt.h"
#include "runtime/panic.h"
#include "runtime/sched/gil.h"
#include "runtime/sched/sched.h"

extern "C" {

void csp_runtime_Gosched(void) { csp::rt::gosched(); }

void csp_runtime_Goexit(void) {
  // The deferred calls run now, on top of this stack (recover returns nil: no panic runs);
  // then the goroutine ends and its frames are dropped with its stack.
  csp_g* g = csp::rt::current_g();
  csp_run_defers(g, nullptr, false);
  csp::rt::goexit();
}

int64_t csp_runtime_NumGoroutine(void) { return csp::rt::num_goroutine(); }
int64_t csp_runtime_GOMAXPROCS(int64_t n) {
  return csp::rt::set_gomaxprocs(n < 1 ? 0 : n > 1 << 20 ? 1 << 20 : static_cast<int>(n));
}
int64_t csp_runtime_NumCPU(void) { return csp::rt::num_cpu(); }
void csp_runtime_GC(void) { GC_gcollect(); }

bool csp_runtime_GILEnabled(void) { return csp::rt::gil_enabled(); }
void csp_runtime_setSwitchInterval(int64_t ns) { csp::rt::gil_set_interval(ns); }  // (ns > 0: checked in csp)
int64_t csp_runtime_SwitchInterval(void) { return csp::rt::gil_interval(); }

}  // extern "C"
