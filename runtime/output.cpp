// runtime/output.cpp: buffered standard output and unbuffered standard error (see output.h
// for the invariants). Process-wide state lives here, guarded by g_out.lock.
#include "runtime/output.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace csp::rt {

namespace {

constexpr size_t kOutBufSize = 64 * 1024;

struct StdoutBuffer {
  std::mutex lock;           // guards len and data
  size_t len = 0;
  bool line_buffered = false;  // fd 1 is a terminal: flush at each newline
  char data[kOutBufSize];
};

StdoutBuffer g_out;

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

// SIGINT, SIGTERM, SIGHUP: a Go program writes to fd 1 unbuffered, so whatever it printed
// before it was interrupted or killed has been seen. Flush what the buffer holds, then die of
// the signal as Go does without signal.Notify. If the interrupted thread holds the lock, the
// buffer may be mid-update: skip the flush rather than deadlock.
void flush_and_die_of_signal(int sig) {
  if (g_out.lock.try_lock()) {
    size_t n = g_out.len;
    g_out.len = 0;
    if (n > 0) (void)write_all(1, g_out.data, n);
    g_out.lock.unlock();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void write_or_die(int fd, const void* p, size_t n) {
  if (!write_all(fd, p, n) && errno == EPIPE) die_of_sigpipe();
}

// Requires g_out.lock (or a dying process).
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
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) signal(sig, flush_and_die_of_signal);
  g_out.line_buffered = isatty(1);
  std::atexit([] { out_flush(); });  // a driver that exits without csp_rt_run_main loses nothing
}

void out_write(const void* p, size_t n) {
  std::lock_guard<std::mutex> guard(g_out.lock);
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
  std::lock_guard<std::mutex> guard(g_out.lock);
  flush_locked();
}

void out_flush_signal_unsafe() {
  size_t n = g_out.len;
  g_out.len = 0;
  if (n > 0) (void)write_all(1, g_out.data, n);
}

void err_write(const void* p, size_t n) {
  out_flush();
  write_or_die(2, p, n);
}

}  // namespace csp::rt
