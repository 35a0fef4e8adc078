// runtime/init.cpp: process start and exit: csp_rt_init (GC, output, arguments) and
// csp_os_exit. csp_rt_run_main lives in sched/signals.cpp.
//
// Who calls what: the driver calls csp_rt_init once, on the process's first thread, before
// compiling or running any csp code; calling it again is harmless.
//
// Start-up cost: left alone, GC_INIT on the first thread finds its stack base with
// pthread_getattr_np, which reads and parses all of /proc/self/maps (~0.1 ms, a few per cent
// of a whole hello world). glibc records the stack pointer at process entry in
// __libc_stack_end: every frame of the first thread lies below it, and Boehm itself falls
// back to it on Linux. Passing it with GC_set_stackbottom (allowed before GC_INIT) skips the
// scan. Only on the first thread (tid == pid): another thread's stack is elsewhere.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/output.h"
#include "runtime/process.h"
#include "runtime/sched/gil.h"

#include <csignal>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/syscall.h>
#include <unistd.h>

#if defined(__GLIBC__)
extern "C" void* __libc_stack_end;  // glibc (ld.so): the stack pointer at process entry
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang
#define CSP_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define CSP_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)  // (GCC)
#define CSP_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(CSP_ASAN)  // (GCC defines the former)
// The defaults of every AddressSanitizer binary that links the runtime (csp, the unit tests,
// the fuzzer), here because each of them links this file (csp_rt_init).
// - detect_stack_use_after_return=0: with it on (the default since LLVM 15) ASan moves
//   address-taken locals to "fake stack" frames on its own heap, where Boehm GC does not look
//   for roots: a map or string reachable only from such a local is collected while in use
//   (MapFuzz.StringKeys crashed in CI one run in five).
// - detect_leaks=0: the compiler frees little at exit by design (one process per program, the
//   GC owns the program's memory), so leaks at exit are not bugs.
extern "C" const char* __asan_default_options() {
  return "detect_leaks=0:detect_stack_use_after_return=0";
}
#endif

#if defined(CSP_TSAN)
// Boehm's stop-the-world under ThreadSanitizer. TSan runs an asynchronous signal's handler
// only when the thread next enters an intercepted function or an atomic operation ("deferred"),
// except while it is blocked in an intercepted call, and always at once for "synchronous"
// signals (SIGSEGV, SIGBUS, SIGSYS, ...). Two consequences for Boehm's suspend (SIGPWR) and
// restart (SIGXCPU) signals, each of which made collections fail under TSan ("Signals
// delivery fails constantly"):
// - The restart signal reaches a suspended thread in the sigsuspend of Boehm's suspend
//   handler. When that handler was itself deferred, TSan runs the deferred restart handler
//   nested in the suspend handler's processing, and the nested run overwrites the signal mask
//   the outer one restores (both save it in the same per-thread slot): the thread is left with
//   every signal blocked and never answers a collection again. SIGSYS is synchronous for TSan,
//   so as the restart signal it is never deferred; Boehm's restart handler does nothing but
//   interrupt sigsuspend, and SIGSYS is unblocked only there and where the mask is restored.
//   (Set before GC_INIT, which reads it: at load time, before any constructor can start Boehm.)
// - The scheduler sleeps in raw futex system calls (idle workers, sched_run_main), not in
//   intercepted ones: TSan defers the suspend signal there, and SA_RESTART (Boehm's flag) resumes
//   the wait, so the handler never runs. Without SA_RESTART the wait returns EINTR, its loop
//   re-reads the futex word atomically, and TSan runs the handler there. Every system call of
//   the runtime and the compiler retries on EINTR.
__attribute__((constructor(101))) static void tsan_gc_restart_signal() { GC_set_thr_restart_signal(SIGSYS); }

static void tsan_gc_suspend_interrupts_waits() {
  struct sigaction sa;
  int sig = GC_get_suspend_signal();
  if (sigaction(sig, nullptr, &sa) == 0 && (sa.sa_flags & SA_RESTART)) {
    sa.sa_flags &= ~SA_RESTART;
    sigaction(sig, &sa, nullptr);
  }
}
#endif

namespace {
constexpr size_t kMinHeap = size_t{4} << 20;
bool g_initialized = false;  // written once by the first thread, before any other exists
std::vector<std::string> g_args;  // os.Args: written by csp_rt_init only
}

const std::vector<std::string>& csp::rt::program_args() { return g_args; }

extern "C" {

void csp_rt_init(int argc, char** argv) {
  if (g_initialized) return;
  g_initialized = true;
#if defined(__GLIBC__)
  if (syscall(SYS_gettid) == getpid() && __libc_stack_end != nullptr) {
    GC_stack_base sb{};
    sb.mem_base = __libc_stack_end;
    GC_set_stackbottom(nullptr, &sb);  // before GC_INIT: no lock needed
  }
#endif
  GC_INIT();  // parallel marking is libgc's default (GC_MARKERS overrides the count)
  // A 4 MiB heap from the start, as Go's heap goal never goes below 4 MB: Boehm starts at
  // 256 KiB and grows only as the live data does, so a program allocating short-lived
  // objects collected every ~600 KB (spawn: 112 collections per million goroutines, 12% of
  // the time). Pages are touched only as objects are allocated in them. GC_INITIAL_HEAP_SIZE
  // still overrides.
  if (std::getenv("GC_INITIAL_HEAP_SIZE") == nullptr) {
    size_t have = GC_get_heap_size();
    if (have < kMinHeap) GC_expand_hp(kMinHeap - have);
  }
#if defined(CSP_TSAN)
  tsan_gc_suspend_interrupts_waits();
#endif
  GC_allow_register_threads();
  csp::rt::output_init();
  for (int i = 0; i < argc; i++) g_args.emplace_back(argv[i]);
}

void csp_os_exit(int64_t code) {
  csp::rt::out_flush();
  csp::rt::gil_report();
  _exit(static_cast<int>(code));  // like Go: no deferred calls, no atexit handlers
}

}  // extern "C"
