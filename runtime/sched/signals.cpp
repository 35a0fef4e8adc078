// runtime/sched/signals.cpp: fatal signals on worker threads, turned into Go's fatal error
// messages, and csp_rt_run_main (which hands goroutine 1 to the scheduler).
//
// Every worker thread runs its signal handlers on a sigaltstack (a goroutine's stack may be
// full). A SIGSEGV whose fault address or stack pointer is in a stack's guard zone is a
// stack overflow that got past the stack check (goroutine 1's PROT_NONE guard; the bottom
// kGuardReserve bytes of a segment) and prints Go's
//   runtime: goroutine stack exceeds 1000000000-byte limit
//   runtime: sp=0x... stack=[0x..., 0x...]
//   fatal error: stack overflow
// then exits 2. The stack check itself (__morestack, morestack_x86_64.S) reports the same
// through csp_morestack_overflow. A fault near address 0 is Go's nil dereference panic; any
// other fault on a worker is "unexpected fault address" / "fatal error: fault". Faults on
// other threads (the compiler's) get the default action, so compiler bugs still dump core.
//
// Invariants: g_main_guard is written before the workers start and only read afterwards (the
// handler reads it). t_csp_thread is true only on worker threads.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/process.h"
#include "runtime/sched/gil.h"
#include "runtime/sched/sched.h"

#include <csignal>
#include <cstring>
#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

namespace {

constexpr size_t kAltStackSize = 64 * 1024;

struct MainGuard {
  uintptr_t guard_lo = 0, guard_hi = 0;  // [lo, hi) is PROT_NONE
  uintptr_t stack_lo = 0, stack_hi = 0;
};
MainGuard g_main_guard;
thread_local bool t_csp_thread = false;

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

// The running goroutine's stack bounds and whether a is in its guard zone.
bool in_guard(uintptr_t a, uintptr_t* lo, uintptr_t* hi) {
  csp::rt::G* g = csp::rt::current();
  if (g == nullptr) return false;
  *lo = g->stack_lo;
  *hi = g->stack_hi;
  if (g->is_main) return a >= g_main_guard.guard_lo && a < g_main_guard.guard_hi + 4096;
  return a >= g->stack_lo - 4096 && a < g->stack_lo + csp::rt::kGuardReserve;
}

size_t overflow_message(char* buf, uintptr_t sp, uintptr_t lo, uintptr_t hi) {
  size_t n = 0;
  n = put_str(buf, n, "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=");
  n = put_hex(buf, n, sp);
  n = put_str(buf, n, " stack=[");
  n = put_hex(buf, n, lo);
  n = put_str(buf, n, ", ");
  n = put_hex(buf, n, hi);
  n = put_str(buf, n, "]\nfatal error: stack overflow\n\n");
  return n;
}

size_t put_goroutine_line(char* buf, size_t n) {
  csp::rt::G* g = csp::rt::current();
  int64_t id = g ? g->abi.goid : 1;
  char digits[24];
  int k = 0;
  do {
    digits[k++] = static_cast<char>('0' + id % 10);
    id /= 10;
  } while (id > 0);
  n = put_str(buf, n, "goroutine ");
  while (k > 0) buf[n++] = digits[--k];
  return put_str(buf, n, " [running]:\n");
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
  uintptr_t lo = 0, hi = 0;
  if (sig == SIGSEGV && (in_guard(addr, &lo, &hi) || in_guard(context_sp(uctx), &lo, &hi))) {
    n = overflow_message(buf, context_sp(uctx), lo, hi);
    n = put_goroutine_line(buf, n);
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
  n = put_str(buf, n, "]\n\n");
  n = put_goroutine_line(buf, n);
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

}  // namespace

namespace csp::rt {

void set_fault_guard(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi) {
  g_main_guard = {guard_lo, lo, lo, hi};
  install_fault_handlers();
}

void install_worker_signal_stack() { install_alt_stack(); }

void mark_csp_thread(bool on) { t_csp_thread = on; }

}  // namespace csp::rt

// The stack check of a csp function found too little stack (__morestack): Go's report.
extern "C" [[noreturn]] void csp_morestack_overflow(uintptr_t sp) {
  char buf[512];
  csp::rt::G* g = csp::rt::current();
  size_t n = overflow_message(buf, sp, g ? g->stack_lo : 0, g ? g->stack_hi : 0);
  n = put_goroutine_line(buf, n);
  fatal_from_signal(buf, n);
}

// The back-edge poll's slow path, and __morestack's when the guard holds the poison.
extern "C" void csp_preempt(void) { csp::rt::preempt_check(); }
extern "C" void csp_morestack_preempt(void) { csp::rt::preempt_check(); }

extern "C" void csp_rt_set_procs(int n) { csp::rt::sched_set_procs(n); }
extern "C" void csp_rt_set_exit(void (*exit_fn)(int)) { csp::rt::sched_set_exit(exit_fn); }
extern "C" void csp_rt_set_small_stacks(bool on) { csp::rt::sched_set_small_stacks(on); }
extern "C" void csp_rt_set_gil(bool on, int64_t interval_ns) {
  csp::rt::gil_configure(on);
  if (interval_ns > 0) csp::rt::gil_set_interval(interval_ns);
}
extern "C" void csp_rt_set_gil_stats(bool report, const char* stats_file) {
  csp::rt::gil_set_stats(report, stats_file);
}

extern "C" int csp_rt_run_main(void (*main_fn)(csp_g*)) {
  csp::rt::sched_run_main(main_fn);
  csp::rt::out_flush();
  return 0;
}
