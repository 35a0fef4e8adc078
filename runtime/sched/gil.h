// runtime/sched/gil.h: the global interpreter lock of `csp run --gil` (docs/gil.md), CPython's
// Python/ceval_gil.c (3.13) in the scheduler's terms. Internal to runtime/.
//
// One token. A worker must hold it while it runs a goroutine (csp code or the runtime code
// that code calls); it takes it in run_g before switching into the goroutine and drops it when
// the goroutine has switched back and nothing else waits to run on this worker, so an idle or
// spinning worker never holds it. A worker that switches from one goroutine straight to the
// next in its own queue keeps it: that is CPython's same-thread re-take, which is not a switch.
//
// The rules (ceval_gil.c, as docs/research/gil-and-asyncio-checked.md checked them):
//  - take: if the GIL is free, take it (barging: no queue). Otherwise wait on `cond` for one
//    switch interval at a time; a wait that timed out while the GIL is still held and no
//    switch happened meanwhile (switch_number unchanged) sets a drop request on the holder
//    (3.13's per-thread eval-breaker bit: GilThread::drop_request) and poisons the holder's
//    stack guard slot, so its next poll (loop back-edge, function entry) calls preempt_check.
//    Every turn of the loop starts a fresh full interval. The new holder clears only its own
//    request, bumps switch_number if it is not the last holder, and signals `switch_cond`.
//  - drop: mark it free and signal `cond` (one waiter, the OS's choice). If a request was
//    pending on the dropper (a forced drop at a poll, or a park that came first) and no one has
//    taken the GIL yet, wait once on `switch_cond` for someone to (FORCE_SWITCHING), then
//    compete again as an ordinary waiter: no penalty, no priority.
//  - the holder never reads a clock to decide anything: it only answers requests.
//
// Who may call what:
//  - gil_take, gil_drop: the worker owning t, on its scheduler context or on its goroutine's
//    stack through a deep call (blocking I/O); never while holding any other runtime lock.
//  - gil_configure, gil_set_stats: the driver (or a test) before csp_rt_run_main.
//  - gil_set_interval / gil_interval: anyone, any time (runtime.SetSwitchInterval).
//  - gil_report: any exit path (main returning, os.Exit, die); it takes no lock.
//
// Locks: Gil::mu guards locked, last_holder, switch_number and last_drop_forced (they are
// atomics so that stats and the holder may read them without it); Gil::switch_mu guards the
// FORCE_SWITCHING handshake (last_holder's change and the wait on switch_cond). Order: mu,
// then switch_mu (take holds both; drop takes them one after the other). Both are leaves
// below every scheduler lock: no runtime lock is held while taking either, and nothing is
// taken while holding them.
#pragma once

#include <atomic>
#include <cstdint>

namespace csp::rt {

// A log-bucket histogram of durations in nanoseconds: 4 buckets per power of two (values
// within 25% of each other share one), exact below 4 ns. Written by one thread (relaxed
// load and store: no read-modify-write on the hot path), read by the report at exit.
struct GilHistogram {
  static constexpr int kSub = 4;
  static constexpr int kBuckets = 64 * kSub;
  std::atomic<uint64_t> counts[kBuckets] = {};
  std::atomic<int64_t> max{0};
  std::atomic<uint64_t> n{0};
  std::atomic<int64_t> sum{0};
  void add(int64_t ns);             // owner only
  void merge_into(GilHistogram* total) const;  // the report
  int64_t quantile(double q) const;  // an estimate within the bucket's 25%, at most max
  static int bucket(int64_t ns);
  static int64_t bucket_mid(int b);
};

// One worker's GIL statistics (written by the owner only).
struct GilStats {
  GilHistogram hold;        // take to drop
  GilHistogram wait;        // takes that found the GIL held: how long they waited
  GilHistogram poll;        // drop request set to the holder's drop (the stretch without a poll)
  GilHistogram retake;      // a goroutine readied after blocking, to it running with the GIL
  std::atomic<int64_t> held_ns{0};
};

// What the GIL keeps per worker (CPython's PyThreadState, the part take_gil/drop_gil use).
struct GilThread {
  // Set by a waiter that timed out (under Gil::mu), cleared by the owner when it takes the
  // GIL or answers the request by dropping it.
  std::atomic<uint32_t> drop_request{0};
  std::atomic<int64_t> request_at{0};   // when the pending request was set (stats)
  // This worker's stack guard slot (%fs:0x70), poisoned with a request; set at its start.
  std::atomic<std::atomic<uintptr_t>*> guard_slot{nullptr};
  bool holds = false;                   // owner only
  int64_t taken_at = 0;                 // owner only: when it last took the GIL
  std::atomic<int64_t> held_since{0};   // taken_at while it holds the GIL, else 0 (the report)
  // Statistics, written by the owner only; allocated at its first take (they are 8 KiB, and
  // a Worker must not grow by that without the GIL). Published for the report.
  std::atomic<GilStats*> stats{nullptr};
};

// The mode's switch: set before the run, read on the scheduler's hot paths as one
// well-predicted branch (it never changes while goroutines run).
extern bool g_gil_enabled;
inline bool gil_enabled() { return g_gil_enabled; }

constexpr int64_t kDefaultSwitchInterval = 5'000'000;  // sys.getswitchinterval(): 5 ms

void gil_configure(bool on);
void gil_set_interval(int64_t ns);  // ns > 0 (runtime.SetSwitchInterval checks)
int64_t gil_interval();

// Blocks until t holds the GIL; t must not hold it.
void gil_take(GilThread* t);
// t holds the GIL: drops it, and if a drop request is pending on t, waits once until another
// thread has taken it (a real hand-off).
void gil_drop(GilThread* t);

// For goroutines blocking in a system call (os reads): drop the GIL before, take it after.
// No-ops without the GIL or off the workers. Defined in sched.cpp (they need the worker).
void gil_blocking_begin();
void gil_blocking_end();

// A checkpoint for C++ goroutines (unit tests), as the poll codegen emits: calls
// preempt_check when the running worker's guard slot holds the poison.
void gil_checkpoint();

// --gil-stats: the report on standard error at exit; stats_file, when not null, also gets the
// figures as `key value` lines (csp run --compare reads them).
void gil_set_stats(bool report, const char* stats_file);
// The run's start: wall and CPU clocks (sched_run_main).
void gil_run_started();
// Called on every exit path; prints the report once, when asked for.
void gil_report();

// Counted by the report: how many goroutine hand-overs kept the GIL on one worker.
void gil_count_keep();

// sched.cpp: every worker's GilThread (the report, at exit).
void for_each_gil_thread(void (*fn)(GilThread*, void*), void* arg);

// For tests: the switch and request counters so far, and whether the calling goroutine's
// worker holds the GIL (sched.cpp).
struct GilCounts {
  uint64_t forced_switches, voluntary_switches, drop_requests;
};
GilCounts gil_counts();
bool gil_held_here();

}  // namespace csp::rt
