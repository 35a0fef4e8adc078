// runtime/init.cpp: process start and exit: csp_rt_init (GC, output, arguments) and
// csp_os_exit. csp_rt_run_main lives in main_thread.cpp.
//
// Who calls what: the driver calls csp_rt_init once, on the process's first thread, before
// compiling or running any csp code; calling it again is harmless.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/output.h"

#include <unistd.h>

namespace {
bool g_initialized = false;  // written once by the first thread, before any other exists
}

extern "C" {

void csp_rt_init(int argc, char** argv) {
  if (g_initialized) return;
  g_initialized = true;
  GC_INIT();  // parallel marking is libgc's default (GC_MARKERS overrides the count)
  GC_allow_register_threads();
  csp::rt::output_init();
  (void)argc;  // os.Args arrives with the os package; argv is kept by the driver until then
  (void)argv;
}

void csp_os_exit(int64_t code) {
  csp::rt::out_flush();
  _exit(static_cast<int>(code));  // like Go: no deferred calls, no atexit handlers
}

}  // extern "C"
