// runtime/output.h: the process's standard output and standard error, as the runtime sees them.
// Internal to runtime/.
//
// Invariants:
//  - Standard output is buffered in the runtime's own buffer and written to fd 1 with write(2);
//    no stdio FILE is involved. It is flushed when full, at every newline when fd 1 is a
//    terminal, before ANY write to standard error (so the two streams interleave exactly as
//    in Go, whose os.Stdout is unbuffered), at normal exit, on os.Exit, on panic, and when
//    SIGINT, SIGTERM or SIGHUP kill the process (which then dies of that signal, as Go's).
//  - Standard error is never buffered.
//  - A write error on fd 1 or 2 never crashes the runtime: EPIPE behaves as in Go (the process
//    dies of SIGPIPE, silently, like any Unix filter whose reader went away); any other error
//    drops the pending bytes and output continues.
//
// Threads and locks: the buffer (its bytes and length) is guarded by one lock, a spin flag
// (std::atomic<bool>) held only while copying into the buffer or writing it to fd 1; nothing
// else is locked here. Standard error has no lock: each err_write is one write(2) loop.
//  - output_init(): once, from csp_rt_init, before other threads print.
//  - out_write, out_flush, err_write: any thread, never from a signal handler.
//  - out_flush_signal_unsafe(): only on a path that ends the process (fatal signal handlers,
//    _exit paths); it takes the lock if free and never gives it back (later writers wait
//    until the process is gone), and flushes even if the lock is held.
//  - The SIGINT/SIGTERM/SIGHUP handler (installed by output_init unless the signal was
//    inherited ignored, e.g. SIGHUP under nohup) waits up to 50 ms for the lock, keeps it,
//    flushes, and dies of the signal; if the lock stays held (by the interrupted thread
//    itself, or by a write blocked on fd 1) it dies without flushing.
#pragma once

#include <cstddef>
#include <string_view>

namespace csp::rt {

void output_init();
void out_write(const void* p, size_t n);
void out_flush();
// Flushes even if the lock is held: only when the process is about to die.
void out_flush_signal_unsafe();
// Flushes standard output, then writes to fd 2.
void err_write(const void* p, size_t n);
inline void err_write(std::string_view s) { err_write(s.data(), s.size()); }
// write(2) the whole buffer to fd, retrying on EINTR/short writes; false on error.
bool write_all(int fd, const void* p, size_t n);

}  // namespace csp::rt
