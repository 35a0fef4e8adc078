// runtime/main_thread.cpp: runs main.main as goroutine 1 on a dedicated thread with a Go-sized
// stack, and turns fatal signals on that thread into Go's fatal error messages.
//
// Stack: kStackSize bytes reserved with mmap(MAP_NORESERVE) and committed lazily by the
// kernel, with a PROT_NONE guard region below it. Deep recursion runs into the guard; the
// SIGSEGV handler (on a sigaltstack, since the faulting stack is full) sees that the fault
// address or the stack pointer is in the guard and prints Go's
//   runtime: goroutine stack exceeds 1000000000-byte limit
//   runtime: sp=0x... stack=[0x..., 0x...]
//   fatal error: stack overflow
// then exits 2. A fault near address 0 is reported as Go's nil dereference panic; any other
// fault on the csp thread as "unexpected fault address" / "fatal error: fault". Faults on
// other threads (the compiler's) get the default action, so compiler bugs still dump core.
//
// The thread is created with pthread_create redirected to GC_pthread_create (GC_THREADS),
// so Boehm registers it and scans its stack from the current stack pointer to its base.
//
// Invariants: g_main_stack is written before the thread starts and only read afterwards
// (the signal handler reads it). t_csp_thread is true only on the csp main thread.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/process.h"

#include <csignal>
#include <cstring>
#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

namespace {

constexpr size_t kStackSize = size_t{1} << 30;      // Go's max stack is 1e9 bytes
constexpr size_t kGuardSize = size_t{1} << 20;      // catches frames up to 1 MiB
constexpr size_t kAltStackSize = 64 * 1024;

struct MainStack {
  uintptr_t guard_lo = 0, guard_hi = 0;  // [lo, hi) is PROT_NONE
};
MainStack g_main_stack;
thread_local bool t_csp_thread = false;

struct ThreadArgs {
  void (*main_fn)(csp_g*);
};

// Async-signal-safe formatting helpers.
size_t put_str(char* buf, size_t at, const char* s) {
  while (*s) buf[at++] = *s++;
  return at;
}

size_t put_hex(char* buf, size_t at, uintptr_t v) {
  static const char* hex = "0123456789abcdef";
  at = put_str(buf, at, "0x");
  int shift = static_cast<int>(sizeof v * 8) - 4;
  while (shift > 0 && ((v >> shift) & 0xF) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) buf[at++] = hex[(v >> shift) & 0xF];
  return at;
}

uintptr_t context_sp(void* uctx) {
  auto* uc = static_cast<ucontext_t*>(uctx);
#if defined(__x86_64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.sp);
#else
  (void)uc;
  return 0;
#endif
}

uintptr_t context_pc(void* uctx) {
  auto* uc = static_cast<ucontext_t*>(uctx);
#if defined(__x86_64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.pc);
#else
  (void)uc;
  return 0;
#endif
}

bool in_guard(uintptr_t a) {
  // A little slack above the guard: the sp may sit just above it when a call faults.
  return a >= g_main_stack.guard_lo && a < g_main_stack.guard_hi + 4096;
}

[[noreturn]] void fatal_from_signal(const char* buf, size_t n) {
  csp::rt::out_flush_signal_unsafe();
  (void)csp::rt::write_all(2, buf, n);
  _exit(csp::rt::kPanicExitCode);
}

void on_fatal_signal(int sig, siginfo_t* si, void* uctx) {
  if (!t_csp_thread) {  // not csp code: let the default action happen when the fault repeats
    signal(sig, SIG_DFL);
    return;
  }
  auto addr = reinterpret_cast<uintptr_t>(si->si_addr);
  char buf[512];
  size_t n = 0;
  if (sig == SIGSEGV && (in_guard(addr) || in_guard(context_sp(uctx)))) {
    n = put_str(buf, n, "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=");
    n = put_hex(buf, n, context_sp(uctx));
    n = put_str(buf, n, " stack=[");
    n = put_hex(buf, n, g_main_stack.guard_hi);
    n = put_str(buf, n, ", ");
    n = put_hex(buf, n, g_main_stack.guard_hi + kStackSize);
    n = put_str(buf, n, "]\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n");
    fatal_from_signal(buf, n);
  }
  if (addr < 0x1000) {
    n = put_str(buf, n, "panic: runtime error: invalid memory address or nil pointer dereference\n");
  } else {
    n = put_str(buf, n, "unexpected fault address ");
    n = put_hex(buf, n, addr);
    n = put_str(buf, n, "\nfatal error: fault\n");
  }
  n = put_str(buf, n, sig == SIGSEGV ? "[signal SIGSEGV: segmentation violation code="
                                     : "[signal SIGBUS: bus error code=");
  n = put_hex(buf, n, static_cast<uintptr_t>(si->si_code));
  n = put_str(buf, n, " addr=");
  n = put_hex(buf, n, addr);
  n = put_str(buf, n, " pc=");
  n = put_hex(buf, n, context_pc(uctx));
  n = put_str(buf, n, "]\n\ngoroutine 1 [running]:\n");
  fatal_from_signal(buf, n);
}

void install_fault_handlers() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fatal_signal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

// The signal handler needs its own stack on this thread: the thread's stack may be full.
void install_alt_stack() {
  void* p = mmap(nullptr, kAltStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return;
  stack_t ss;
  std::memset(&ss, 0, sizeof ss);
  ss.ss_sp = p;
  ss.ss_size = kAltStackSize;
  sigaltstack(&ss, nullptr);
}

// Goroutine 1's entry: a panic that unwinds all of main's frames ends here.
void* csp_main_thread(void* raw) {
  auto* args = static_cast<ThreadArgs*>(raw);
  install_alt_stack();
  t_csp_thread = true;
  csp_g* g = csp::rt::new_g(1);
  csp::rt::set_current_g(g);
  try {
    args->main_fn(g);
  } catch (const csp::rt::PanicUnwind&) {
    csp::rt::fatal_panic(g);
  }
  csp::rt::set_current_g(nullptr);
  t_csp_thread = false;
  return nullptr;
}

[[noreturn]] void fatal(const char* what) {
  csp::rt::die(std::string("fatal error: ") + what + "\n");
}

}  // namespace

extern "C" int csp_rt_run_main(void (*main_fn)(csp_g*)) {
  size_t total = kStackSize + kGuardSize;
  void* base = mmap(nullptr, total, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (base == MAP_FAILED) fatal("cannot reserve the main goroutine's stack");
  if (mprotect(base, kGuardSize, PROT_NONE) != 0) fatal("cannot protect the stack guard");
  g_main_stack.guard_lo = reinterpret_cast<uintptr_t>(base);
  g_main_stack.guard_hi = g_main_stack.guard_lo + kGuardSize;
  install_fault_handlers();

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, static_cast<char*>(base) + kGuardSize, kStackSize);
  ThreadArgs args{main_fn};
  pthread_t th;
  if (pthread_create(&th, &attr, csp_main_thread, &args) != 0) fatal("cannot start the main goroutine");
  pthread_attr_destroy(&attr);
  pthread_join(th, nullptr);
  csp::rt::out_flush();
  munmap(base, total);
  return 0;
}
