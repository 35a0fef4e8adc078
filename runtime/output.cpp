// runtime/output.cpp: buffered standard output and unbuffered standard error (see output.h
// for the invariants and who may call what). Process-wide state lives here, guarded by
// g_out.busy.
#include "runtime/output.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sched.h>
#include <unistd.h>

namespace csp::rt {

namespace {

constexpr size_t kOutBufSize = 64 * 1024;

struct StdoutBuffer {
  // The lock guarding len and data: a spin flag, not a mutex, because the SIGINT/SIGTERM/
  // SIGHUP handler must be able to try it (lock-free atomics are async-signal-safe; mutexes
  // are not). It is held only to copy into the buffer or to write it out.
  std::atomic<bool> busy{false};
  size_t len = 0;
  bool line_buffered = false;  // fd 1 is a terminal: flush at each newline; set at init
  char data[kOutBufSize];
};

StdoutBuffer g_out;

bool try_lock_out() { return !g_out.busy.exchange(true, std::memory_order_acquire); }

void lock_out() {
  for (int spins = 0; !try_lock_out(); spins++)
    if (spins >= 64) sched_yield();  // the holder may be writing to a slow pipe
}

void unlock_out() { g_out.busy.store(false, std::memory_order_release); }

struct OutGuard {
  OutGuard() { lock_out(); }
  ~OutGuard() { unlock_out(); }
  OutGuard(const OutGuard&) = delete;
  OutGuard& operator=(const OutGuard&) = delete;
};

// Go's os.File.Write on fd 1 or 2 raises SIGPIPE when the reader has gone (epipecheck):
// the process dies of the signal without a message.
[[noreturn]] void die_of_sigpipe() {
  signal(SIGPIPE, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGPIPE);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  raise(SIGPIPE);
  _exit(141);  // not reached unless SIGPIPE is somehow blocked
}

// How long a dying process waits for another thread to release the buffer: it is held for
// microseconds unless a write to fd 1 blocks, or unless the interrupted thread itself holds
// it (then waiting cannot help, and the flush is skipped).
constexpr int kDyingWaitSteps = 500;  // x 100 us = 50 ms
constexpr long kDyingWaitStepNs = 100 * 1000;

// SIGINT, SIGTERM, SIGHUP: a Go program writes to fd 1 unbuffered, so whatever it printed
// before it was interrupted or killed has been seen. Take the buffer lock and never release
// it (other threads that print from now on wait until the process is gone: nothing is
// appended after the flush and then lost), flush, then die of the signal as Go does without
// signal.Notify. Only async-signal-safe calls: atomics, nanosleep, write, signal, raise.
void flush_and_die_of_signal(int sig) {
  bool locked = try_lock_out();
  for (int i = 0; !locked && i < kDyingWaitSteps; i++) {
    timespec ts{0, kDyingWaitStepNs};
    nanosleep(&ts, nullptr);
    locked = try_lock_out();
  }
  if (locked) {
    size_t n = g_out.len;
    g_out.len = 0;
    if (n > 0) (void)write_all(1, g_out.data, n);
  }
  signal(sig, SIG_DFL);
  raise(sig);  // delivered when the handler returns (sig is blocked during it)
}

// Installs flush_and_die_of_signal for `sig` unless the process inherited it ignored (as
// under nohup): an ignored signal stays ignored, as in Go.
void catch_unless_ignored(int sig) {
  struct sigaction old {};
  if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) return;
  struct sigaction sa {};
  sa.sa_handler = flush_and_die_of_signal;
  sigemptyset(&sa.sa_mask);
  // (On the signal stack where the thread has one: a worker may be on a goroutine's small
  // first segment, runtime/sched/stack_abi.h.)
  sa.sa_flags = SA_RESTART | SA_ONSTACK;
  sigaction(sig, &sa, nullptr);
}

void write_or_die(int fd, const void* p, size_t n) {
  if (!write_all(fd, p, n) && errno == EPIPE) die_of_sigpipe();
}

// Requires the buffer lock (or a dying process).
void flush_locked() {
  size_t n = g_out.len;
  g_out.len = 0;
  if (n > 0) write_or_die(1, g_out.data, n);
}

}  // namespace

bool write_all(int fd, const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, c, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    c += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

void output_init() {
  // SIGPIPE is ignored so that a broken pipe surfaces as EPIPE at a known place (write_or_die)
  // instead of killing the process in the middle of a runtime write.
  signal(SIGPIPE, SIG_IGN);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) catch_unless_ignored(sig);
  g_out.line_buffered = isatty(1);
  std::atexit([] { out_flush(); });  // a driver that exits without csp_rt_run_main loses nothing
}

void out_write(const void* p, size_t n) {
  OutGuard guard;
  if (g_out.len + n > kOutBufSize) {
    flush_locked();
    if (n > kOutBufSize) {  // too big to buffer: write straight through
      write_or_die(1, p, n);
      return;
    }
  }
  std::memcpy(g_out.data + g_out.len, p, n);
  g_out.len += n;
  if (g_out.line_buffered && std::memchr(p, '\n', n)) flush_locked();
}

void out_flush() {
  OutGuard guard;
  flush_locked();
}

void out_flush_signal_unsafe() {
  // Keeps the lock if it is free, so that no other thread appends after this flush; flushes
  // even if it is not (the faulting thread may hold it; the process dies next anyway).
  (void)try_lock_out();
  size_t n = g_out.len;
  g_out.len = 0;
  if (n > 0) (void)write_all(1, g_out.data, n);
}

void err_write(const void* p, size_t n) {
  out_flush();
  write_or_die(2, p, n);
}

}  // namespace csp::rt
