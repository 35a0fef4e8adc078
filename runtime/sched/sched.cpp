// runtime/sched/sched.cpp: workers, run queues, park/ready, goroutine start and exit, idle
// workers, and deadlock detection (sched.h; the essay is runtime/HACKING.md, "Scheduler").
//
// Design (Go's proc.go, with M and P merged):
//  - Each worker owns a bounded local run queue (Go's runq: single producer, the owner;
//    many consumers, the owner and thieves; lock-free) and a runnext slot, which a G readied
//    by this worker takes so that a hand-off partner runs next, on the same warm cache.
//    Queues hold RunItems: a G, or a goroutine a go statement queued that has not started
//    (its G record is taken from the free cache of the worker that first runs it).
//  - Overflow and foreign readies go to the global queue (sched.mu). Every 61st schedule a
//    worker looks at the global queue first so that it cannot starve.
//  - A worker without work spins for up to kIdleSpinNs, stealing half of the queue of a
//    victim that needs help (steal_work: stuck on one goroutine, or a long queue), then
//    goes idle: it puts itself on the idle list and waits on its futex word. At most one
//    worker spins when woken: ready() wakes an idle worker only if no worker is spinning
//    (Go's wakep), and a spinner that finds work wakes the next one.
//  - Timers (timers.cpp) are run by workers in the scheduling loop; an idle worker waits
//    on its futex no longer than until the earliest timer.
//  - Deadlock: the last worker to go idle, finding no runnable goroutine and no timer, has
//    proof that nothing can ever run again (nothing outside the workers readies goroutines)
//    and prints Go's "all goroutines are asleep" dump.
//
// Invariants:
//  - A G is in at most one of: a run queue or runnext (Runnable), a worker's curg (Running),
//    a wait list it put itself on under that list's lock (Waiting), a free list (Idle).
//  - A G's saved context (g->sp) is complete before anyone can see it Waiting or Runnable:
//    park's unlock function and yield's requeue run on the scheduler context after the switch.
//  - Only the owner pushes to its local queue and writes runnext's producer side.
//
// Lock order: a channel's or sync object's lock, then sched.mu, then timer_mu (timers.cpp),
// then g_stack_mu (stack.cpp); sched.gfree_mu is a leaf. Futex words are not locks. sched.mu,
// gfree_mu and g_stack_mu are spin locks (lock.h): their frequent critical sections are a
// few list operations (docs/decisions.md). The rare long ones (starting worker threads,
// mapping a slab, listing the Gs for a dump) only make a waiter yield its thread meanwhile.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/sched/sched.h"

#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/process.h"
#include "runtime/sched/gc_stacks.h"
#include "runtime/sched/gil.h"
#include "runtime/sched/lock.h"
#include "runtime/sched/prefetch.h"
#include "runtime/sched/sanitizer.h"
#include "runtime/sched/timers.h"
#include "runtime/task/task.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <linux/futex.h>
#include <mutex>
#include <pthread.h>
#include <sched.h>
#include <string>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

extern "C" {
void csp_ctx_swap(void** save_sp, void* load_sp);
void csp_ctx_entry();
void __morestack();      // (switch_x86_64.S; only their addresses are used here)
void __morestack_end();
[[noreturn]] void csp_ctx_main(csp::rt::G* g);
}

namespace csp::rt {

constexpr bool kTraceSched = false;

namespace {

constexpr uint32_t kRunqSize = 256;
constexpr uint32_t kYieldQ = 16;  // Worker::yq
constexpr int kGfreeMax = 64;    // a worker keeps at most this many free G records
constexpr int kGfreeBatch = 32;  // moved to or from the global pool at a time (gfget)
constexpr int64_t kStuckNs = 5000;      // steal_work: a victim running one goroutine this long
constexpr uint32_t kStealLen = 32;      // steal_work: ... or with this many queued
constexpr int64_t kIdleSpinNs = 50000;  // find_runnable: how long a spinner looks before sleeping
constexpr int kMaxProcs = 256;
constexpr int64_t kSpawnBacklog = 1024;  // go(): items in the global queue before a spawner yields
constexpr size_t kMainStackSize = size_t{1} << 30;  // Go's 1e9-byte limit
constexpr size_t kMainGuardSize = size_t{1} << 20;

// Post-switch actions: what the scheduler context does for the G that just switched to it.
// (A G answering a GIL drop request switches with None, having put itself in the worker's
// gil_resume: gil_leave and schedule_loop_impl<true> do the rest. Not a case here: do_after
// is on every switch's path without the GIL too.)
enum class After : uint8_t { None, Park, Yield, Gosched, Exit, Release };

// What a run queue holds: a G, or a goroutine that has not started yet. A go statement
// on a worker makes no G record: it queues what the record would hold (the closure to run,
// its id, where and by whom it was made), and the worker that first runs it takes a record
// from its own free list (materialize). With one goroutine spawning on one worker and its
// goroutines running on another, a record made at the go statement was written on one core
// and run, freed and written again on the other: three lines crossing per goroutine, each
// way. The item crosses instead, a cache line per two of them.
// (No member initializers: the batches on the stack in runq_put and runq_steal stay
// uninitialised, not zeroed 4 KiB at a time.)
struct RunItem {
  void* p;              // the G when goid == 0, else the csp_closure the goroutine runs
  uintptr_t gopc;       // not started: the go statement's return address
  int64_t goid;         // not started: its goroutine id (ids are never 0)
  int64_t parent_goid;  // not started: the goroutine that made it
  static RunItem of(G* g) { return RunItem{g, 0, 0, 0}; }
  bool is_g() const { return goid == 0; }
  G* g() const { return static_cast<G*>(p); }
};

// A local queue slot: a RunItem as four relaxed atomics. Thieves read slots the owner may be
// overwriting and keep what they read only if their CAS on the queue's head succeeds (Go's
// runqgrab). Plain moves on x86-64.
struct RunSlot {
  std::atomic<uintptr_t> w[4];
  void store(const RunItem& it) {
    w[0].store(reinterpret_cast<uintptr_t>(it.p), std::memory_order_relaxed);
    w[1].store(it.gopc, std::memory_order_relaxed);
    w[2].store(static_cast<uintptr_t>(it.goid), std::memory_order_relaxed);
    w[3].store(static_cast<uintptr_t>(it.parent_goid), std::memory_order_relaxed);
  }
  RunItem load() const {
    return RunItem{reinterpret_cast<void*>(w[0].load(std::memory_order_relaxed)), w[1].load(std::memory_order_relaxed),
                   static_cast<int64_t>(w[2].load(std::memory_order_relaxed)),
                   static_cast<int64_t>(w[3].load(std::memory_order_relaxed))};
  }
};

}  // namespace

struct alignas(64) Worker {
  int id = 0;
  void* sched_sp = nullptr;             // the scheduler context while a G runs
  G* curg = nullptr;                    // owner only
  // Local run queue: head is advanced by consumers (CAS), tail only by the owner.
  std::atomic<uint32_t> head{0};
  std::atomic<uint32_t> tail{0};
  // (Workers are allocated where Boehm scans them: a not-started goroutine's closure may be
  // referenced only from here.)
  RunSlot runq[kRunqSize];
  std::atomic<G*> runnext{nullptr};
  // The yield queue: goroutines that called runtime.Gosched here, run in turn with the
  // local queue (local_get). A ring as runq, with fewer slots: yhead is advanced by consumers
  // (CAS: the owner, or a thief robbing a stuck worker), ytail only by the owner.
  std::atomic<uint32_t> yhead{0};
  std::atomic<uint32_t> ytail{0};
  std::atomic<G*> yq[kYieldQ] = {};
  bool took_yq = false;                 // owner only: local_get's last pick came from yq
  bool just_yielded = false;            // owner only: the last G to run went into yq
  // Idle parking (sched.mu guards idle_link and idle; the futex word is the wake-up).
  std::atomic<uint32_t> futex{0};
  Worker* idle_link = nullptr;
  bool idle = false;
  bool spinning = false;                // owner only; counted in sched.nspinning
  uint32_t schedtick = 0;
  uint64_t rand = 0;
  After after = After::None;            // set by the G, consumed by the scheduler context
  std::atomic<bool> in_csp{false};      // from picking a G until the worker next sleeps
  // Preemption (the monitor reads runseq and in_csp, writes preempt_seq, then poisons
  // *guard_slot; the owner restores the slot): runseq counts the Gs this worker started
  // running; preempt_seq is the runseq the monitor asks to yield.
  std::atomic<uint32_t> runseq{0};
  std::atomic<uint32_t> preempt_seq{~0u};
  // This thread's %fs:0x70, published once at its start (the monitor may look before).
  std::atomic<std::atomic<uintptr_t>*> guard_slot{nullptr};
  UnlockFn after_fn = nullptr;
  UnlockFn task_req_unlock = nullptr;  // set_task_request (the running task's; sched.h)
  void* task_req_arg = nullptr;
  void* after_arg = nullptr;
  // steal_work's view of the others while spinning (owner only): each one's runseq at the
  // first look that saw it, and when (0: not looked at yet in this spin).
  uint32_t seen_seq[kMaxProcs] = {};
  int64_t seen_at[kMaxProcs] = {};
  StackCache stacks;
  G* gfree[kGfreeMax] = {};             // free G records, gfree[0..ngfree) (owner only)
  int ngfree = 0;
  // Goroutine ids [goid_next, goid_end) reserved from sched.goid_gen for the run numbered
  // goid_run (owner only), and the goroutines started minus those ended here (the owner
  // writes, num_goroutine reads).
  int64_t goid_next = 0;
  int64_t goid_end = 0;
  uint32_t goid_run = 0;
  std::atomic<int64_t> live{0};
  pthread_t thread{};
  void* tsan_fiber = nullptr;
  void* asan_fake_stack = nullptr;
  GcWorker gc;
  // --gil (gil.h): this worker's part of the GIL (drop_request and guard_slot are written by
  // other workers; the rest by the owner), and the G that dropped the GIL at a poll and runs
  // again when it is back (owner only).
  GilThread gil;
  G* gil_resume = nullptr;
};

namespace {

// The fields are grouped by who writes them how often, a cache line each: with one worker
// spawning and another running what it spawns, a line both write on every goroutine (the
// id counter next to the live count next to main_done, which every scheduling round
// reads) was a quarter of go()'s samples.
struct Sched {
  // Read on every go statement and scheduling round, written rarely.
  alignas(64) std::atomic<int> nidle{0};
  std::atomic<int> nspinning{0};
  std::atomic<int> nprocs{1};           // workers allowed to run goroutines
  std::atomic<int> nworkers{0};         // workers started (grows with GOMAXPROCS; workers[i] is set first)
  std::atomic<bool> main_done{false};   // goroutine 1 returned (sched_run_main wakes)
  std::atomic<uint32_t> run{0};         // counts sched_run_main's runs (Worker::goid_run)
  // gq_size > kSpawnBacklog, written (under mu) only when that changes: every go statement
  // reads it, and reading gq_size itself, in a line the other workers write on every
  // batch they take, was a third of go()'s samples in spawn.
  std::atomic<bool> backlog{false};
  Worker* workers[kMaxProcs] = {};
  alignas(64) SpinLock mu;              // guards everything below that is not atomic
  // The global run queue: a ring of gq_cap (a power of two, or 0) items, gq_size of them
  // from gq_first on, allocated where Boehm scans it. An array rather than a list through
  // schedlink: moving a batch between it and a local queue touches no G record (each was a
  // cache miss on the other worker: global_get walking the list was 17% of spawn's samples).
  RunItem* gq_buf = nullptr;
  uint64_t gq_cap = 0;
  uint64_t gq_first = 0;
  std::atomic<int64_t> gq_size{0};      // written under mu, read racily as a hint
  Worker* idle_list = nullptr;
  int nretired = 0;                     // workers asleep because their id >= nprocs
  G* allgs = nullptr;                   // every G ever made, through alllink
  bool main_goexit = false;             // goroutine 1 called runtime.Goexit
  std::atomic<uint32_t> main_futex{0};
  alignas(64) SpinLock gfree_mu;        // guards the free G pool only (g_gfull, g_gspare; a leaf lock)
  // Goroutine ids come from here in batches of kGoidBatch (Go's goidcache) and live counts
  // are kept per worker: a go statement on a worker writes neither (num_goroutine sums).
  alignas(64) std::atomic<int64_t> goid_gen{0};
  std::atomic<int64_t> ngoroutines{0};  // live goroutines started or ended off the workers
};

Sched sched;
int g_requested_procs = 0;
void (*g_exit_fn)(int) = nullptr;  // set by the driver: how the process ends when main returns
thread_local Worker* t_worker = nullptr;

// ---- small helpers ----

void futex_wait(std::atomic<uint32_t>* w, uint32_t val, const timespec* rel) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(w), FUTEX_WAIT_PRIVATE, val, rel, nullptr, 0);
}

void futex_wake(std::atomic<uint32_t>* w) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(w), FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
}

uint32_t fastrand(Worker* w) {
  w->rand ^= w->rand << 13;
  w->rand ^= w->rand >> 7;
  w->rand ^= w->rand << 17;
  return static_cast<uint32_t>(w->rand >> 32);
}

// The split-stack limit slot of the thread control block (glibc's __private_ss): the stack
// check at every csp function's entry compares the stack pointer with it.
inline void set_stack_guard(uintptr_t v) { asm volatile("movq %0, %%fs:0x70" ::"r"(v) : "memory"); }

// The slot's address, for the monitor to poison it from its own thread (glibc: %fs:0 holds
// the thread pointer, the TCB's own address).
std::atomic<uintptr_t>* stack_guard_slot() {
  uintptr_t tp;
  asm volatile("movq %%fs:0, %0" : "=r"(tp));
  return reinterpret_cast<std::atomic<uintptr_t>*>(tp + 0x70);
}

// ---- the global queue (sched.mu held) ----

void gq_set_size_locked(int64_t n) {
  sched.gq_size.store(n, std::memory_order_relaxed);
  bool over = n > kSpawnBacklog;
  if (sched.backlog.load(std::memory_order_relaxed) != over) sched.backlog.store(over, std::memory_order_relaxed);
}

// Makes room for n more items: doubles the ring until they fit, the queue's order kept.
// (Under the spin lock: rare, and amortised.)
void gq_reserve_locked(uint64_t n) {
  uint64_t size = static_cast<uint64_t>(sched.gq_size.load(std::memory_order_relaxed));
  if (size + n <= sched.gq_cap) return;
  uint64_t cap = sched.gq_cap ? sched.gq_cap : 1024;
  while (cap < size + n) cap *= 2;
  auto* buf = static_cast<RunItem*>(GC_MALLOC_UNCOLLECTABLE(cap * sizeof(RunItem)));
  if (!buf) die("fatal error: out of memory\n");
  for (uint64_t i = 0; i < size; i++) buf[i] = sched.gq_buf[(sched.gq_first + i) & (sched.gq_cap - 1)];
  GC_FREE(sched.gq_buf);
  sched.gq_buf = buf;
  sched.gq_cap = cap;
  sched.gq_first = 0;
}

// Appends items[0..n) as two copies at most (the ring's end, then its start): runq_put
// moves half a local queue at a time, and an item at a time, a call each, held sched.mu
// for microseconds while the other worker spun on it (38% of global_get in spawn).
void gq_put_batch_locked(const RunItem* items, uint64_t n) {
  gq_reserve_locked(n);
  uint64_t size = static_cast<uint64_t>(sched.gq_size.load(std::memory_order_relaxed));
  uint64_t at = (sched.gq_first + size) & (sched.gq_cap - 1);
  uint64_t k = std::min(n, sched.gq_cap - at);
  std::memcpy(sched.gq_buf + at, items, k * sizeof(RunItem));
  std::memcpy(sched.gq_buf, items + k, (n - k) * sizeof(RunItem));
  gq_set_size_locked(static_cast<int64_t>(size + n));
}

void gq_put_locked(const RunItem& it) { gq_put_batch_locked(&it, 1); }
void gq_put_locked(G* g) { gq_put_locked(RunItem::of(g)); }

bool gq_get_locked(RunItem* out) {
  int64_t n = sched.gq_size.load(std::memory_order_relaxed);
  if (n == 0) return false;
  RunItem& slot = sched.gq_buf[sched.gq_first];
  *out = slot;
  slot = RunItem{};  // (the closure is no longer the queue's to keep alive)
  sched.gq_first = (sched.gq_first + 1) & (sched.gq_cap - 1);
  gq_set_size_locked(n - 1);
  return true;
}

// Moves the first n items (n <= gq_size, and room for them in w's queue: only the owner adds
// to it) to the tail of w's local queue, clearing the ring's slots.
void gq_move_locked(Worker* w, uint64_t n) {
  uint32_t t = w->tail.load(std::memory_order_relaxed);
  uint64_t first = sched.gq_first, mask = sched.gq_cap - 1;
  for (uint64_t i = 0; i < n; i++) w->runq[(t + i) % kRunqSize].store(sched.gq_buf[(first + i) & mask]);
  uint64_t k = std::min(n, sched.gq_cap - first);
  std::memset(static_cast<void*>(sched.gq_buf + first), 0, k * sizeof(RunItem));
  std::memset(static_cast<void*>(sched.gq_buf), 0, (n - k) * sizeof(RunItem));
  sched.gq_first = (first + n) & mask;
  gq_set_size_locked(sched.gq_size.load(std::memory_order_relaxed) - static_cast<int64_t>(n));
  w->tail.store(t + static_cast<uint32_t>(n), std::memory_order_release);
}

// ---- local run queues (Go's runqput/runqget/runqsteal) ----

// Owner only. On overflow half of the queue moves to the global queue with g.
void runq_put(Worker* w, const RunItem& it) {
  for (;;) {
    uint32_t h = w->head.load(std::memory_order_acquire);
    uint32_t t = w->tail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      w->runq[t % kRunqSize].store(it);
      w->tail.store(t + 1, std::memory_order_release);
      return;
    }
    // Full: take half for the global queue (the CAS fails if a thief moved head).
    RunItem batch[kRunqSize / 2 + 1];
    uint32_t n = (t - h) / 2;
    for (uint32_t i = 0; i < n; i++) batch[i] = w->runq[(h + i) % kRunqSize].load();
    if (!w->head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) continue;
    batch[n++] = it;
    std::lock_guard<SpinLock> lock(sched.mu);
    gq_put_batch_locked(batch, n);
    return;
  }
}

void runq_put(Worker* w, G* g) { runq_put(w, RunItem::of(g)); }

// What the next goroutines in w's queue will touch first, fetched while this one runs: a
// yielded or readied G's record was last written long ago or on the other core (in spawn,
// loading its saved stack pointer was a fifth of the scheduler loop's samples, and reading
// its stack's header at exit an eighth). Two items ahead: the record's first two lines (or
// the closure of a goroutine not started yet). One ahead: that record was fetched during the
// previous goroutine, so its saved context (what the switch pops) and its stack's header
// (read at exit) can be fetched now. Only hints: the slots and the record may be changing
// under a thief, and a prefetch of a stale address does nothing. (Not under TSan: reading a
// record another worker may be running is a race it reports.)
void prefetch_ahead(Worker* w, uint32_t next, uint32_t tail) {
  if (next == tail) return;
  const RunSlot& n1 = w->runq[next % kRunqSize];
  if (next + 1 != tail) {
    auto* p = reinterpret_cast<const char*>(w->runq[(next + 1) % kRunqSize].w[0].load(std::memory_order_relaxed));
    prefetch_w(p);
    prefetch_w(p + 64);
  }
#ifndef CSP_TSAN
  if (n1.w[2].load(std::memory_order_relaxed) == 0) {
    auto* g = reinterpret_cast<const G*>(n1.w[0].load(std::memory_order_relaxed));
    if (const void* sp = *static_cast<void* const volatile*>(&g->sp)) prefetch_w(sp);
    if (const Stack* st = *static_cast<Stack* const volatile*>(&g->stack)) prefetch_w(st);
  }
#else
  (void)n1;
#endif
}

// Owner only.
bool runq_get(Worker* w, RunItem* out) {
  for (;;) {
    uint32_t h = w->head.load(std::memory_order_acquire);
    uint32_t t = w->tail.load(std::memory_order_relaxed);
    if (t == h) return false;
    RunItem it = w->runq[h % kRunqSize].load();
    if (w->head.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) {
      prefetch_ahead(w, h + 1, t);
      *out = it;
      return true;
    }
  }
}

// Owner only: g at the yield queue's tail; false when it is full.
bool yq_put(Worker* w, G* g) {
  uint32_t h = w->yhead.load(std::memory_order_acquire);
  uint32_t t = w->ytail.load(std::memory_order_relaxed);
  if (t - h >= kYieldQ) return false;
  w->yq[t % kYieldQ].store(g, std::memory_order_relaxed);
  w->ytail.store(t + 1, std::memory_order_release);
  return true;
}

// The G at the head of w's yield queue: the owner, or a thief (runq_steal).
bool yq_get(Worker* w, G** out) {
  for (;;) {
    uint32_t h = w->yhead.load(std::memory_order_acquire);
    uint32_t t = w->ytail.load(std::memory_order_acquire);
    if (t == h) return false;
    if (t - h > kYieldQ) continue;  // inconsistent h/t: retry
    G* g = w->yq[h % kYieldQ].load(std::memory_order_relaxed);
    if (w->yhead.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) {
      *out = g;
      return true;
    }
  }
}

bool runq_empty(Worker* w) {
  return w->head.load(std::memory_order_acquire) == w->tail.load(std::memory_order_acquire) &&
         w->yhead.load(std::memory_order_acquire) == w->ytail.load(std::memory_order_acquire) &&
         w->runnext.load(std::memory_order_acquire) == nullptr;
}

// Moves half of victim's queue (or its runnext) into w's queue; returns one G to run.
// runnext only when steal_next. A victim that is running a goroutine probably readied its
// runnext just now and is about to block and run it (a channel hand-off): as Go's runqgrab,
// wait about 3 us first and steal only if it is still there. The thief stays spinning while
// it waits, so readies meanwhile wake nobody else: on a ping-pong between two goroutines
// that wait is what keeps the pair on one worker instead of bouncing a futex wake-up and a
// cache line between workers on every message.
bool runq_steal(Worker* w, Worker* victim, bool steal_next, RunItem* out) {
  for (;;) {
    uint32_t h = victim->head.load(std::memory_order_acquire);
    uint32_t t = victim->tail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n -= n / 2;
    if (n == 0) {
      if (!steal_next) return false;
      // A stuck victim's yield queue next: its goroutines would wait for the one running.
      if (G* y; yq_get(victim, &y)) {
        *out = RunItem::of(y);
        return true;
      }
      G* next = victim->runnext.load(std::memory_order_acquire);
      if (next == nullptr) return false;
      if (victim->in_csp.load(std::memory_order_relaxed)) {
        timespec ts{0, 3000};
        nanosleep(&ts, nullptr);
        if (victim->head.load(std::memory_order_acquire) != victim->tail.load(std::memory_order_acquire))
          continue;  // it queued more meanwhile: take from the queue instead
        next = victim->runnext.load(std::memory_order_acquire);
        if (next == nullptr) return false;
      }
      if (!victim->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) return false;
      *out = RunItem::of(next);
      return true;
    }
    if (n > kRunqSize / 2) continue;  // inconsistent h/t: retry
    RunItem got[kRunqSize / 2];
    for (uint32_t i = 0; i < n; i++) got[i] = victim->runq[(h + i) % kRunqSize].load();
    if (!victim->head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) continue;
    // got[0] runs now; the rest go into w's (empty) queue.
    uint32_t wt = w->tail.load(std::memory_order_relaxed);
    for (uint32_t i = 1; i < n; i++) w->runq[(wt + i - 1) % kRunqSize].store(got[i]);
    w->tail.store(wt + n - 1, std::memory_order_release);
    *out = got[0];
    return true;
  }
}

// ---- idle workers ----

// Wakes an idle worker to spin, if no worker is spinning (Go's wakep).
void wakep() {
  if (sched.nidle.load(std::memory_order_acquire) == 0) return;
  int zero = 0;
  if (!sched.nspinning.compare_exchange_strong(zero, 1, std::memory_order_acq_rel)) return;
  Worker* w = nullptr;
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    w = sched.idle_list;
    if (w) {
      sched.idle_list = w->idle_link;
      w->idle = false;
      w->spinning = true;
      sched.nidle.fetch_sub(1, std::memory_order_relaxed);
    }
  }
  if (!w) {
    sched.nspinning.fetch_sub(1, std::memory_order_acq_rel);
    return;
  }
  w->futex.store(1, std::memory_order_release);
  futex_wake(&w->futex);
}

// A spinning worker found work: it stops spinning and, if it was the last spinner, wakes
// another so that new work keeps being looked for (Go's resetspinning).
void stop_spinning(Worker* w) {
  if (!w->spinning) return;
  w->spinning = false;
  if (sched.nspinning.fetch_sub(1, std::memory_order_acq_rel) == 1) wakep();
}

[[noreturn]] void deadlock();

// ---- G records ----

// Boehm adds a byte to every object: a record of up to 191 bytes takes 192, one more 208,
// and a bigger record cost spawn several per cent (gil_readied's comment in sched.h).
static_assert(sizeof(G) < 192, "a G record must stay in Boehm's 192-byte size class");

G* new_g_record() {
  void* mem = GC_MALLOC_UNCOLLECTABLE(sizeof(G));
  if (!mem) die("fatal error: out of memory\n");
  G* g = new (mem) G();
  std::lock_guard<SpinLock> lock(sched.mu);
  g->alllink = sched.allgs;
  sched.allgs = g;
  return g;
}

// Free G records move between a worker's cache and the global pool in batches of pointers
// (Go's gfget/gfput move them 32 at a time too): with one goroutine spawning on one worker
// and its goroutines exiting on another, records flow one way. A batch is an array, not a
// chain through schedlink: walking a chain of records freed on the other worker took one
// cache miss per record under the lock (70% of go()'s samples in spawn).
struct GBatch {
  GBatch* next;
  int n;
  G* gs[kGfreeBatch];
};

// The global pool (sched.gfree_mu): full batches, and batch arrays not in use.
GBatch* g_gfull = nullptr;
GBatch* g_gspare = nullptr;

// A free record for a goroutine about to start on w (materialize).
G* gfget(Worker* w) {
  if (w->ngfree == 0) {
    std::lock_guard<SpinLock> lock(sched.gfree_mu);
    if (GBatch* b = g_gfull) {
      g_gfull = b->next;
      std::memcpy(w->gfree, b->gs, sizeof(G*) * static_cast<size_t>(b->n));
      w->ngfree = b->n;
      b->next = g_gspare;
      g_gspare = b;
    }
  }
  if (w->ngfree > 0) {
    G* g = w->gfree[--w->ngfree];
    // The next one's lines, which materialize writes: a record that came in a batch freed
    // on the other worker is in that core's cache.
    if (w->ngfree > 0) prefetch_w(w->gfree[w->ngfree - 1], sizeof(G));
    return g;
  }
  return new_g_record();
}

void gfput(Worker* w, G* g) {
  g->status.store(GStatus::Idle, std::memory_order_relaxed);
  w->gfree[w->ngfree++] = g;
  if (w->ngfree < kGfreeMax) return;
  GBatch* b = nullptr;
  {
    std::lock_guard<SpinLock> lock(sched.gfree_mu);
    if ((b = g_gspare) != nullptr) g_gspare = b->next;
  }
  if (b == nullptr) {
    b = static_cast<GBatch*>(std::malloc(sizeof(GBatch)));  // (records are GC roots anyway)
    if (b == nullptr) die("fatal error: out of memory\n");
  }
  w->ngfree -= kGfreeBatch;
  std::memcpy(b->gs, w->gfree + w->ngfree, sizeof b->gs);
  b->n = kGfreeBatch;
  std::lock_guard<SpinLock> lock(sched.gfree_mu);
  b->next = g_gfull;
  g_gfull = b;
}

// ---- switching ----

// Prepares a never-run G's context on its stack: a switch frame returning into csp_ctx_entry.
void init_context(G* g) {
  auto* sp = reinterpret_cast<uintptr_t*>(g->stack_hi - 72);
  sp[0] = sp[1] = sp[2] = sp[4] = sp[5] = 0;  // (stores, not a rep stos: 56 bytes)
  sp[3] = reinterpret_cast<uintptr_t>(g);  // r12: csp_ctx_entry's argument
  sp[6] = reinterpret_cast<uintptr_t>(&csp_ctx_entry);
  g->sp = sp;
}

uintptr_t guard_of(const G* g) { return g->stack_lo + kGuardReserve; }

// csp_rt_set_small_stacks: whether goroutines start on small segments. Written by the driver
// before the run, read by workers.
std::atomic<bool> g_small_stacks{false};

// ---- the GIL (gil.h; only with --gil) ----

// After a store of the real limit into this thread's guard slot: a drop request set before
// the store would have had its poison overwritten, so look for one (Dekker: the waiter
// stores the request, then the poison; we store the limit, fence, then load the request).
void gil_repoison(Worker* w) {
  std::atomic_thread_fence(std::memory_order_seq_cst);
  if (w->gil.drop_request.load(std::memory_order_relaxed) != 0) set_stack_guard(kStackPoison);
}

// run_g, about to switch into g: this worker must hold the GIL. It may already (it kept it
// from the goroutine before: gil_leave), unless a request came meanwhile, which it answers
// first with a real drop.
void gil_enter(Worker* w, G* g) {
  GilThread* t = &w->gil;
  if (t->holds && t->drop_request.load(std::memory_order_relaxed) != 0) gil_drop(t);
  if (!t->holds) gil_take(t);
  if (g->gil_readied != 0) {
    uint32_t now16 = static_cast<uint32_t>(nanotime() >> 4);
    t->stats.load(std::memory_order_relaxed)->retake.add(int64_t{static_cast<uint32_t>(now16 - g->gil_readied)} << 4);
    g->gil_readied = 0;
  }
}

// Nothing may run on an idle or spinning worker: it never holds the GIL. (Only in the kGil
// instances of find_runnable and go_idle.)
void gil_release_idle(Worker* w) {
  if (w->gil.holds) gil_drop(&w->gil);
}

// Scheduler context -> g. Returns when g switches back; then the post-switch action runs.
// kGil: under the GIL (schedule_loop picks the instance once: no check per switch without it).
template <bool kGil>
void run_g(Worker* w, G* g) {
  w->curg = g;
  g->status.store(GStatus::Running, std::memory_order_relaxed);
  if (!g->sp) {
    if (!g->stack && !g->is_main) {
      g->stack = stack_get(&w->stacks, g_small_stacks.load(std::memory_order_relaxed));
      g->seg = g->stack;
      g->stack_lo = g->stack->lo;
      g->stack_hi = g->stack->hi;
      g->stack_bytes = segment_size(g->stack);
    }
    init_context(g);
  }
  // (The GIL before the run is counted: a monitor tick during a long wait for it must not
  // find this run stuck and preempt it as soon as it starts.)
  if constexpr (kGil) gil_enter(w, g);
  set_current_g(&g->abi);
  w->runseq.store(w->runseq.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  set_stack_guard(guard_of(g));
  if constexpr (kGil) gil_repoison(w);
  gc_switch_to_goroutine(&w->gc, g, g->stack_lo, g->stack_hi);
  san_switch_to(&w->tsan_fiber, &g->tsan_fiber, &w->asan_fake_stack, g->stack_lo, g->stack_hi - g->stack_lo);
  csp_ctx_swap(&w->sched_sp, g->sp);
  gc_switched_back(&w->gc);
  san_switched_back(w->asan_fake_stack);
  set_stack_guard(0);
  set_current_g(nullptr);
  w->curg = nullptr;
}

// g (running on w) -> w's scheduler context with a post-switch action. Returns when g runs
// again, possibly on another worker.
void switch_to_scheduler(Worker* w, G* g, After a) {
  w->after = a;
  bool dying = a == After::Exit || a == After::Release;  // (the stack is dropped)
  san_switch_to(&g->tsan_fiber, &w->tsan_fiber, dying ? nullptr : &g->asan_fake_stack, w->gc.own_lo,
                w->gc.own_hi - w->gc.own_lo);
  csp_ctx_swap(&g->sp, w->sched_sp);
  san_switched_back(g->asan_fake_stack);
}

// The G no longer runs on its stack (it ended, or a task suspended stackless): its segments
// go back to w's cache and its next run, if any, starts from its entry.
void drop_stack(Worker* w, G* g) {
  if (g->stack) {
    // (A panic or Goexit may have unwound past segments still in use: free them all.)
    for (Stack* s = g->stack->newer; s != nullptr;) {
      Stack* n = s->newer;
      segment_put(&w->stacks, s);
      s = n;
    }
    segment_put(&w->stacks, g->stack);
    g->stack = nullptr;
    g->seg = nullptr;
  }
  g->sp = nullptr;
  g->stack_lo = g->stack_hi = 0;
}

// (always_inline: with two instances of schedule_loop_impl it has two callers, and GCC then
// kept it out of line: 90 more instructions per goroutine in spawn, measured with callgrind.)
__attribute__((always_inline)) inline void do_after(Worker* w, G* g) {
  After a = w->after;
  w->after = After::None;
  switch (a) {
    case After::None: return;
    case After::Park: {
      UnlockFn fn = w->after_fn;
      void* arg = w->after_arg;
      w->after_fn = nullptr;
      w->after_arg = nullptr;
      if (fn) fn(arg);
      return;
    }
    case After::Yield: {
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      runq_put(w, g);
      return;
    }
    case After::Gosched: {
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      uint32_t len = w->tail.load(std::memory_order_relaxed) - w->head.load(std::memory_order_relaxed);
      if (len < kStealLen || !yq_put(w, g)) {
        runq_put(w, g);
        return;
      }
      w->just_yielded = true;
      return;
    }
    case After::Release: {
      // A task gives up its stack and record before anyone can see it suspended (the unlock).
      drop_stack(w, g);
      g->entry = nullptr;
      g->is_task = false;
      g->param = nullptr;
      gfput(w, g);
      UnlockFn fn = w->after_fn;
      void* arg = w->after_arg;
      w->after_fn = nullptr;
      w->after_arg = nullptr;
      if (fn) fn(arg);
      return;
    }
    case After::Exit: {
      g->status.store(GStatus::Dead, std::memory_order_relaxed);
      drop_stack(w, g);
      g->entry = nullptr;
      g->is_task = false;
      g->param = nullptr;
      if (g->is_main) {
        // Goroutine 1 keeps its record: the dump after a Goexit in main has no goroutine 1.
        return;
      }
      gfput(w, g);
      if (UnlockFn fn = w->after_fn) {
        void* arg = w->after_arg;
        w->after_fn = nullptr;
        w->after_arg = nullptr;
        fn(arg);
      }
      return;
    }
  }
}

// After a G switched back and its post-switch action ran. A G that dropped the GIL at a poll
// (preempt_check put it in gil_resume) runs next on this worker once it has the GIL back, as a
// CPython thread does: drop (the request is pending, so this waits for the hand-off), then
// compete as an ordinary waiter in run_g. Otherwise the worker keeps the GIL when the next
// goroutine is already in its own queue and no one asked for it (CPython's same-thread
// re-take: no switch), and drops it when it has to look for work elsewhere or sleep.
void gil_leave(Worker* w) {
  GilThread* t = &w->gil;
  if (!t->holds) return;
  if (w->gil_resume == nullptr && t->drop_request.load(std::memory_order_relaxed) == 0 && !runq_empty(w)) {
    gil_count_keep();
    return;
  }
  gil_drop(t);
}

// ---- finding work ----

// One look at every other worker, from a spinning one. Go robs any victim with queued work;
// that spreads goroutines that talk to each other over workers, and then every channel
// operation pulls the channel's cache line from the other core: workerpool (9 goroutines
// on two channels) ran 2.3x slower on two workers than on one. A victim is robbed here only
// when it needs help: it has run the same goroutine for kStuckNs (its runseq has not moved
// since the thief's first look), or its queue holds kStealLen goroutines or more. A victim
// that keeps switching between short goroutines finishes its own queue sooner than a thief
// could take it over.
bool steal_work(Worker* w, int64_t now, RunItem* out) {
  int n = sched.nworkers;
  int start = static_cast<int>(fastrand(w) % static_cast<uint32_t>(n));
  for (int i = 0; i < n; i++) {
    int j = (start + i) % n;
    Worker* v = sched.workers[j];
    if (v == w || v == nullptr) continue;
    uint32_t seq = v->runseq.load(std::memory_order_relaxed);
    if (w->seen_at[j] == 0 || w->seen_seq[j] != seq) {
      w->seen_seq[j] = seq;
      w->seen_at[j] = now;
    }
    bool stuck = now - w->seen_at[j] >= kStuckNs && v->in_csp.load(std::memory_order_relaxed);
    uint32_t len = v->tail.load(std::memory_order_acquire) - v->head.load(std::memory_order_acquire);
    if (!stuck && (len < kStealLen || len > kRunqSize)) continue;
    if (runq_steal(w, v, stuck, out)) return true;
  }
  return false;
}

bool global_get(Worker* w, RunItem* out) {
  if (sched.gq_size.load(std::memory_order_relaxed) == 0) return false;
  std::lock_guard<SpinLock> lock(sched.mu);
  if (!gq_get_locked(out)) return false;
  // Take a share of the rest into the local queue, as Go's globrunqget.
  int64_t share = sched.gq_size.load(std::memory_order_relaxed) / sched.nprocs.load() + 1;
  if (share > kRunqSize / 2) share = kRunqSize / 2;
  // Never more than the local queue has room for (only the owner adds to it).
  int64_t room = kRunqSize - (w->tail.load(std::memory_order_relaxed) - w->head.load(std::memory_order_acquire));
  if (share > room) share = room;
  int64_t more = std::min(share - 1, sched.gq_size.load(std::memory_order_relaxed));
  if (more > 0) gq_move_locked(w, static_cast<uint64_t>(more));
  return true;
}

bool local_get(Worker* w, RunItem* out) {
  // (A load first: the exchange is a full fence, which waits for every store still missing
  // the cache, and runnext is mostly empty where goroutines are made elsewhere.)
  if (w->runnext.load(std::memory_order_relaxed) != nullptr)
    if (G* g = w->runnext.exchange(nullptr, std::memory_order_acq_rel)) {
      *out = RunItem::of(g);
      return true;
    }
  // The yield queue and the local queue take turns (Worker::yq; docs/decisions.md).
  G* g;
  bool just = w->just_yielded;
  w->just_yielded = false;
  uint32_t ylen = w->ytail.load(std::memory_order_relaxed) - w->yhead.load(std::memory_order_relaxed);
  if (!w->took_yq && ylen > 0 && !(just && ylen == 1) && yq_get(w, &g)) {
    w->took_yq = true;
    *out = RunItem::of(g);
    return true;
  }
  w->took_yq = false;
  if (runq_get(w, out)) return true;
  if (yq_get(w, &g)) {
    w->took_yq = true;
    *out = RunItem::of(g);
    return true;
  }
  return false;
}

bool any_local_work() {
  for (int i = 0; i < sched.nworkers; i++)
    if (sched.workers[i] && !runq_empty(sched.workers[i])) return true;
  return false;
}

// Every worker is idle or retired and nothing can make a goroutine runnable: deadlock.
// Counting workers, not nprocs: a retired worker may still be finishing the goroutine it
// ran when GOMAXPROCS shrank. Caller holds sched.mu.
bool all_asleep_locked() {
  return sched.nidle.load(std::memory_order_relaxed) + sched.nretired == sched.nworkers.load() &&
         sched.gq_size.load(std::memory_order_relaxed) == 0 && !any_local_work() && !timers_pending() &&
         !sched.main_done;
}

// Takes w off the idle list if it is still on it (it was not woken by wakep).
void leave_idle(Worker* w) {
  std::lock_guard<SpinLock> lock(sched.mu);
  if (!w->idle) return;
  Worker** pp = &sched.idle_list;
  while (*pp && *pp != w) pp = &(*pp)->idle_link;
  if (*pp) *pp = w->idle_link;
  w->idle = false;
  sched.nidle.fetch_sub(1, std::memory_order_relaxed);
}

// Goes idle until woken or until the earliest timer is due. Returns false when the worker
// found work while going idle and should look again at once.
template <bool kGil>
void go_idle(Worker* w) {
  if constexpr (kGil) gil_release_idle(w);
  w->in_csp.store(false, std::memory_order_release);
  {
    std::unique_lock<SpinLock> lock(sched.mu);
    if (sched.gq_size.load(std::memory_order_relaxed) > 0) return;
    if (w->spinning) {
      w->spinning = false;
      sched.nspinning.fetch_sub(1, std::memory_order_acq_rel);
    }
    w->idle = true;
    w->idle_link = sched.idle_list;
    sched.idle_list = w;
    sched.nidle.fetch_add(1, std::memory_order_acq_rel);
    w->futex.store(0, std::memory_order_release);
    if (all_asleep_locked()) {
      lock.unlock();
      deadlock();
    }
  }
  // A G readied between our last look and joining the idle list: look again (Go's recheck).
  if (any_local_work()) {
    leave_idle(w);
    return;
  }
  int64_t deadline = timers_next_deadline();
  while (w->futex.load(std::memory_order_acquire) == 0) {
    timespec ts, *tp = nullptr;
    if (deadline > 0) {
      int64_t d = deadline - nanotime();
      if (d <= 0) break;
      ts.tv_sec = d / 1000000000;
      ts.tv_nsec = d % 1000000000;
      tp = &ts;
    }
    futex_wait(&w->futex, 0, tp);
    deadline = timers_next_deadline();
    if (deadline > 0 && deadline <= nanotime()) break;
  }
  leave_idle(w);  // (a no-op when wakep took w off the list)
}

// (kGil: as schedule_loop_impl; the instance without the GIL has none of its steps.)
template <bool kGil>
RunItem find_runnable(Worker* w) {
  RunItem it;
  int64_t spin_until = 0;  // while spinning: when to give up and sleep
  for (;;) {
    if (sched.main_done) {
      // main.main returned: the program is over. Its other goroutines are dropped (the
      // process exits; an embedder that runs another program reuses the workers).
      RunItem drop;
      while (local_get(w, &drop)) {
      }
      {
        std::lock_guard<SpinLock> lock(sched.mu);
        while (gq_get_locked(&drop)) {
        }
      }
      stop_spinning(w);
      go_idle<kGil>(w);
      continue;
    }
    if (w->id >= sched.nprocs.load(std::memory_order_acquire)) {
      // GOMAXPROCS shrank: hand the local work over and sleep until it grows again.
      // (One at a time: a not-started goroutine's closure must stay where Boehm sees it.)
      for (RunItem it; local_get(w, &it);) {
        std::lock_guard<SpinLock> lock(sched.mu);
        gq_put_locked(it);
      }
      stop_spinning(w);
      wakep();
      if constexpr (kGil) gil_release_idle(w);
      w->in_csp.store(false, std::memory_order_release);
      {
        std::unique_lock<SpinLock> lock(sched.mu);
        sched.nretired++;
        // The goroutine this worker just ran may have been the last one awake.
        if (all_asleep_locked()) {
          lock.unlock();
          deadlock();
        }
      }
      for (;;) {
        w->futex.store(0, std::memory_order_release);
        if (w->id < sched.nprocs.load(std::memory_order_acquire)) break;
        futex_wait(&w->futex, 0, nullptr);
      }
      {
        std::lock_guard<SpinLock> lock(sched.mu);
        sched.nretired--;
      }
      continue;
    }
    // Due timers first (Go's checkTimers): a goroutine that keeps yielding must not starve
    // them. No clock read while no timer is pending.
    if (int64_t next = timers_next_deadline(); next > 0) {
      int64_t now = nanotime();
      if (next <= now && timers_run(now)) continue;
    }
    w->schedtick++;
    if (w->schedtick % 61 == 0)
      if (global_get(w, &it)) return it;
    if (local_get(w, &it)) return it;
    if (global_get(w, &it)) return it;
    if constexpr (kGil) gil_release_idle(w);  // (it kept the GIL for work a thief took meanwhile)
    if (!w->spinning) {
      int spinning = sched.nspinning.load(std::memory_order_relaxed);
      int busy = sched.nprocs.load() - sched.nidle.load(std::memory_order_relaxed);
      if (2 * spinning < busy) {
        w->spinning = true;
        sched.nspinning.fetch_add(1, std::memory_order_acq_rel);
      }
    }
    if (w->spinning) {
      // Look for kIdleSpinNs before sleeping: stuck victims show up only over time, and a
      // worker that sleeps at once would be woken again by the next ready (a futex wake-up
      // its waker pays for) only to find nothing it may take.
      int64_t now = nanotime();
      if (spin_until == 0) {
        spin_until = now + kIdleSpinNs;
        std::fill(w->seen_at, w->seen_at + sched.nworkers.load(), int64_t{0});
      }
      if (steal_work(w, now, &it)) return it;
      if (now < spin_until) {
        for (int i = 0; i < 50; i++) __builtin_ia32_pause();
        continue;
      }
    }
    spin_until = 0;
    go_idle<kGil>(w);
  }
}

// 1 while the monitor sleeps because no worker runs csp code (monitor_main).
std::atomic<uint32_t> g_monitor_parked{0};

// A not-started goroutine gets its record here, from this worker's free list.
__attribute__((always_inline)) inline G* materialize(Worker* w, const RunItem& it) {  // (as do_after)
  G* g = gfget(w);
  g->entry = static_cast<csp_closure*>(it.p);
  g->main_fn = nullptr;
  g->is_main = false;
  g->gopc = it.gopc;
  g->parent_goid = it.parent_goid;
  std::memset(&g->abi, 0, sizeof g->abi);
  g->abi.goid = it.goid;
  g->wait_reason = WaitReason::None;
  g->sp = nullptr;
  return g;
}

// The scheduling loop, in two instances: with the GIL's steps (kGil) and without, chosen once
// per worker (schedule_loop), so that without --gil the loop is what it was before the GIL
// existed. (Checks of the flag inside the loop, five per switch, and a second call site of
// run_g cost 10-20% of spawn's and ping-pong's speed; docs/decisions.md.)
template <bool kGil>
void schedule_loop_impl(Worker* w) {
  for (;;) {
    RunItem it;
    if (kGil && w->gil_resume != nullptr) {
      it = RunItem::of(w->gil_resume);  // (gil_leave)
      w->gil_resume = nullptr;
    } else {
      it = find_runnable<kGil>(w);
    }
    stop_spinning(w);
    // Once main.main has returned nothing may start running csp code: the embedder frees
    // the code when csp_rt_run_main returns (sched_run_main waits until no worker is in csp
    // code; the flag's store comes before the check, the waiter's store before its loads).
    // The flag stays set from one goroutine to the next and is cleared only before the
    // worker sleeps (go_idle, retiring): the seq_cst store is a full fence, and one per
    // goroutine was a tenth of a worker's time in spawn.
    if (!w->in_csp.load(std::memory_order_relaxed)) {
      w->in_csp.store(true);
      if (g_monitor_parked.load(std::memory_order_seq_cst) && g_monitor_parked.exchange(0)) futex_wake(&g_monitor_parked);
    }
    if (sched.main_done) {
      w->in_csp.store(false);
      continue;
    }
    G* g = it.is_g() ? it.g() : materialize(w, it);
    if constexpr (kTraceSched) {
      char buf[64];
      int n = snprintf(buf, sizeof buf, "sched: w%d runs g%lld\n", w->id, static_cast<long long>(g->abi.goid));
      (void)write_all(2, buf, static_cast<size_t>(n));
    }
    run_g<kGil>(w, g);
    do_after(w, g);
    if constexpr (kGil) gil_leave(w);
  }
}

void schedule_loop(Worker* w) {
  if (g_gil_enabled) schedule_loop_impl<true>(w);
  else schedule_loop_impl<false>(w);
}

void* worker_main(void* raw) {
  auto* w = static_cast<Worker*>(raw);
  t_worker = w;
  w->rand = 0x9E3779B97F4A7C15ull * static_cast<uint64_t>(w->id + 1) | 1;
  w->tsan_fiber = san_current_fiber();
  w->guard_slot.store(stack_guard_slot(), std::memory_order_release);
  w->gil.guard_slot.store(stack_guard_slot(), std::memory_order_release);
  // (The GcWorker first: once the signal stack is there, Boehm's suspend handler runs on
  // it, and only a ready GcWorker points Boehm's scan at it; gc_stacks.h.)
  gc_worker_init(&w->gc);
  install_worker_signal_stack();
  mark_csp_thread(true);
  schedule_loop(w);
  return nullptr;
}

// ---- the monitor (Go's sysmon, preemption only) ----
//
// One thread per process, started with the first worker. Every kPreemptTick it looks at each
// worker: one that is running the same goroutine as at the previous look (runseq unchanged,
// in csp code) has run for at least a tick, and is asked to yield: preempt_seq names that
// run, and the worker's stack guard slot is poisoned. The goroutine sees the poison at its
// next function entry (the stack check fails and __morestack calls csp_rt_preempt_check) or
// loop back-edge (the poll codegen emits calls csp_preempt). Whoever sees it restores the
// real limit; a stale or lost poison costs one needless check or one more tick.
// The monitor reads only atomics of workers, which live as long as the process.
// When a look finds no worker in csp code (the program sleeps, or waits for timers), the
// monitor parks on g_monitor_parked instead of ticking: a worker that starts running a
// goroutine wakes it (schedule_loop). Both sides store their own flag, then load the other's,
// all seq_cst, so at least one sees the other: the monitor stays awake, or is woken.
constexpr int64_t kPreemptTick = 10 * 1000 * 1000;  // Go's forcePreemptNS

void* monitor_main(void*) {
  uint32_t last[kMaxProcs] = {};
  bool was_running[kMaxProcs] = {};
  for (;;) {
    timespec ts{0, kPreemptTick};
    nanosleep(&ts, nullptr);
    int n = sched.nworkers.load();
    bool any = false;
    for (int i = 0; i < n; i++) {
      Worker* w = sched.workers[i];
      std::atomic<uintptr_t>* slot = w ? w->guard_slot.load(std::memory_order_acquire) : nullptr;
      if (slot == nullptr) continue;
      bool running = w->in_csp.load(std::memory_order_acquire);
      uint32_t seq = w->runseq.load(std::memory_order_relaxed);
      if (running && was_running[i] && seq == last[i]) {
        w->preempt_seq.store(seq, std::memory_order_seq_cst);
        slot->store(kStackPoison, std::memory_order_seq_cst);
      }
      last[i] = seq;
      was_running[i] = running;
      any |= running;
    }
    if (any) continue;
    g_monitor_parked.store(1, std::memory_order_seq_cst);
    for (int i = 0; i < n && !any; i++)
      if (Worker* w = sched.workers[i]) any = w->in_csp.load(std::memory_order_seq_cst);
    if (any) {
      g_monitor_parked.store(0, std::memory_order_relaxed);
      continue;
    }
    while (g_monitor_parked.load(std::memory_order_acquire) == 1) futex_wait(&g_monitor_parked, 1, nullptr);
  }
  return nullptr;
}

void start_monitor() {
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&t, &attr, monitor_main, nullptr) != 0) die("fatal error: cannot start the monitor thread\n");
  pthread_attr_destroy(&attr);
}

void start_worker_locked(int id) {
  // (Boehm aligns to 16 bytes: the record is placed at the next line boundary, where its
  // alignas(64) groups expect to start. It is never freed, and an interior pointer keeps
  // an uncollectable object scanned all the same.)
  void* mem = GC_MALLOC_UNCOLLECTABLE(sizeof(Worker) + 64);
  if (!mem) die("fatal error: out of memory\n");
  auto* w = new (reinterpret_cast<void*>((reinterpret_cast<uintptr_t>(mem) + 63) & ~uintptr_t{63})) Worker();
  w->id = id;
  sched.workers[id] = w;
  sched.nworkers.store(id + 1);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 256 * 1024);
  if (pthread_create(&w->thread, &attr, worker_main, w) != 0) die("fatal error: cannot start a worker thread\n");
  pthread_attr_destroy(&attr);
}

// ---- segmented stacks (stack.h; __morestack in switch_x86_64.S) ----

// Tells AddressSanitizer that the running goroutine moved to another segment (its idea of
// the current stack's bounds decides what __asan_handle_no_return may unpoison).
void san_segment_switch(uintptr_t lo, uintptr_t hi) {
#ifdef CSP_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, reinterpret_cast<const void*>(lo), hi - lo);
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#else
  (void)lo, (void)hi;
#endif
}

// g's current segment becomes s (on g's thread; a stop-the-world signal may come between
// any two of these stores, and stack_top_for finds a segment by address either way).
void enter_segment(G* g, Stack* s) {
  std::atomic_signal_fence(std::memory_order_seq_cst);
  g->seg = s;
  g->stack_lo = s->lo;
  g->stack_hi = s->hi;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  set_stack_guard(guard_of(g));
  san_segment_switch(s->lo, s->hi);
}

void free_newer(Worker* w, Stack* s) {
  Stack* n = s->newer;
  s->newer = nullptr;
  std::atomic_signal_fence(std::memory_order_seq_cst);
  while (n != nullptr) {
    Stack* next = n->newer;
    segment_put(&w->stacks, n);
    n = next;
  }
}

}  // namespace

uintptr_t stack_top_for(const G* g, uintptr_t sp) {
  if (g->stack == nullptr) return sp >= g->stack_lo && sp < g->stack_hi ? g->stack_hi : 0;
  for (const Stack* s = g->stack; s != nullptr; s = s->newer)
    if (sp >= s->lo && sp < s->hi) return s->hi;
  return 0;
}

void for_each_older_segment(const G* g, uintptr_t sp, void (*fn)(uintptr_t lo, uintptr_t hi)) {
  if (g->stack == nullptr) return;
  const Stack* cur = nullptr;
  for (const Stack* s = g->stack; s != nullptr && cur == nullptr; s = s->newer)
    if (sp >= s->lo && sp < s->hi) cur = s;
  for (const Stack* s = cur; s != nullptr && s->prev != nullptr; s = s->prev)
    if (s->old_sp >= s->prev->lo && s->old_sp < s->prev->hi) fn(s->old_sp, s->prev->hi);
}

void stack_resync() {
  G* g = current();
  if (g == nullptr || g->stack == nullptr) return;
  auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  for (Stack* s = g->stack; s != nullptr; s = s->newer) {
    if (sp < s->lo || sp >= s->hi) continue;
    if (s == g->seg) return;
    size_t bytes = 0;
    for (Stack* t = s; t != nullptr; t = t->prev) bytes += segment_size(t);
    g->stack_bytes = bytes;
    enter_segment(g, s);
    // Keep the segment just left as s's cached newer one; free any beyond it.
    if (s->newer) free_newer(current_worker_impl(), s->newer);
    return;
  }
}

namespace {

// ---- goroutine 1 and the deadlock report ----

struct MainStack {
  void* base = nullptr;
  size_t total = 0;
};
MainStack g_main_stack;

[[noreturn]] void deadlock() {
  if (sched.main_goexit && num_goroutine() == 0) die("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
  std::string msg = "fatal error: all goroutines are asleep - deadlock!\n";
  append_goroutine_dump(msg);
  die(msg);
}

}  // namespace

// ---- public API ----

__attribute__((noinline)) Worker* current_worker_impl() { return t_worker; }

GcWorker* gc_current_worker() { return t_worker ? &t_worker->gc : nullptr; }

void for_each_worker_gc(void (*fn)(GcWorker*, void*), void* arg) {
  for (int i = 0; i < sched.nworkers; i++)
    if (sched.workers[i]) fn(&sched.workers[i]->gc, arg);
}

bool sched_main_goexit() {
  std::lock_guard<SpinLock> lock(sched.mu);
  return sched.main_goexit;
}

void wake_for_timer() {
  Worker* w = nullptr;
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    w = sched.idle_list;
  }
  if (w) futex_wake(&w->futex);  // it recomputes its sleep (the futex word stays 0)
}

G* current() { return gof(current_g()); }

void for_each_gil_thread(void (*fn)(GilThread*, void*), void* arg) {
  int n = sched.nworkers.load(std::memory_order_acquire);
  for (int i = 0; i < n; i++)
    if (Worker* w = sched.workers[i]) fn(&w->gil, arg);
}

void gil_blocking_begin() {
  if (!g_gil_enabled) return;
  Worker* w = current_worker_impl();
  if (w != nullptr && w->gil.holds) gil_drop(&w->gil);
}

void gil_blocking_end() {
  if (!g_gil_enabled) return;
  Worker* w = current_worker_impl();
  if (w == nullptr || w->gil.holds || current() == nullptr) return;
  int64_t t0 = nanotime();
  gil_take(&w->gil);
  w->gil.stats.load(std::memory_order_relaxed)->retake.add(nanotime() - t0);
  gil_repoison(w);
}

bool gil_held_here() {
  Worker* w = current_worker_impl();
  return w != nullptr && w->gil.holds;
}

void gil_checkpoint() {
  if (stack_guard_slot()->load(std::memory_order_relaxed) == kStackPoison) preempt_check();
}

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

const char* wait_reason_text(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::Await: return "await";
    case WaitReason::SyncMutexLock: return "sync.Mutex.Lock";
    case WaitReason::SyncRWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::SyncRWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::SyncWaitGroupWait: return "sync.WaitGroup.Wait";
    case WaitReason::SyncCondWait: return "sync.Cond.Wait";
    case WaitReason::Semacquire: return "semacquire";
  }
  return "";
}

void sched_set_procs(int n) { g_requested_procs = n; }

int num_cpu() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<int>(n) : 1;
}

int sched_default_procs() {
  if (const char* env = getenv("GOMAXPROCS")) {
    char* end = nullptr;
    long n = strtol(env, &end, 10);
    if (end != env && *end == '\0' && n > 0) return n > kMaxProcs ? kMaxProcs : static_cast<int>(n);
  }
  int n = num_cpu();
  return n > kMaxProcs ? kMaxProcs : n;
}

int gomaxprocs() { return sched.nprocs.load(); }

int set_gomaxprocs(int n) {
  int old = sched.nprocs.load();
  if (n < 1 || n == old) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  std::vector<Worker*> wake;
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    while (sched.nworkers < n) start_worker_locked(sched.nworkers);
    sched.nprocs.store(n, std::memory_order_release);
    for (int i = 0; i < sched.nworkers; i++) wake.push_back(sched.workers[i]);
  }
  // Retired workers wait for nprocs to grow; idle ones recount. Wake both kinds.
  for (Worker* w : wake) {
    w->futex.store(1, std::memory_order_release);
    futex_wake(&w->futex);
  }
  return old;
}

int64_t num_goroutine() {
  int64_t n = sched.ngoroutines.load(std::memory_order_relaxed);
  int nw = sched.nworkers.load(std::memory_order_acquire);
  for (int i = 0; i < nw; i++) n += sched.workers[i]->live.load(std::memory_order_relaxed);
  return n - live_tasks();  // (tasks run as goroutine records; runtime/task/task.h)
}

constexpr int64_t kGoidBatch = 16;  // Go's _GoidCacheBatch

void go(csp_closure* fn, uintptr_t gopc) {
  Worker* w = current_worker_impl();
  csp_g* parent = current_g();
  RunItem it{fn, gopc, 0, parent ? parent->goid : 0};
  if (w) {
    uint32_t run = sched.run.load(std::memory_order_relaxed);
    if (w->goid_next == w->goid_end || w->goid_run != run) {
      w->goid_next = sched.goid_gen.fetch_add(kGoidBatch, std::memory_order_relaxed) + 1;
      w->goid_end = w->goid_next + kGoidBatch;
      w->goid_run = run;
    }
    it.goid = w->goid_next++;
    w->live.store(w->live.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    // The tail of the local queue, not runnext as Go's newproc: runnext holds a G, and the
    // record is made where the goroutine first runs (RunItem). (Measured: no loss on spawn,
    // ping-pong or the worker pool; docs/decisions.md.)
    runq_put(w, it);
    // (Only a goroutine yields: time.AfterFunc's timers start theirs from the scheduler
    // context, in timers_run.)
    if (w->curg != nullptr && sched.backlog.load(std::memory_order_relaxed)) {
      wakep();
      yield();
      return;
    }
  } else {
    it.goid = sched.goid_gen.fetch_add(1, std::memory_order_relaxed) + 1;
    sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
    std::lock_guard<SpinLock> lock(sched.mu);
    gq_put_locked(it);
  }
  wakep();
}

void park(WaitReason reason, UnlockFn unlock, void* arg) {
  Worker* w = current_worker_impl();
  G* g = current();
  g->wait_reason = reason;
  g->status.store(GStatus::Waiting, std::memory_order_release);
  w->after_fn = unlock;
  w->after_arg = arg;
  switch_to_scheduler(w, g, After::Park);
  g->wait_reason = WaitReason::None;
}

void ready(G* g) {
  if (__builtin_expect(g_gil_enabled, 0)) g->gil_readied = static_cast<uint32_t>(nanotime() >> 4) | 1;
  g->status.store(GStatus::Runnable, std::memory_order_release);
  Worker* w = current_worker_impl();
  if (w && w->curg) {
    G* old = w->runnext.exchange(g, std::memory_order_acq_rel);
    if (old) runq_put(w, old);
  } else if (w) {
    runq_put(w, g);  // the scheduler context (timers): our own queue
  } else {
    std::lock_guard<SpinLock> lock(sched.mu);
    gq_put_locked(g);
  }
  wakep();
}

void set_task_request(UnlockFn unlock, void* arg) {
  Worker* w = current_worker_impl();
  w->task_req_unlock = unlock;
  w->task_req_arg = arg;
}

bool take_task_request(UnlockFn* unlock, void** arg) {
  Worker* w = current_worker_impl();
  *unlock = w->task_req_unlock;
  *arg = w->task_req_arg;
  w->task_req_unlock = nullptr;
  w->task_req_arg = nullptr;
  return *unlock != nullptr;
}

void park_release(UnlockFn unlock, void* arg) {
  Worker* w = current_worker_impl();
  G* g = current();
  w->after_fn = unlock;
  w->after_arg = arg;
  switch_to_scheduler(w, g, After::Release);
  __builtin_unreachable();
}

void go_resume(csp_closure* fn, uintptr_t gopc, int64_t goid, int64_t parent_goid) {
  RunItem it{fn, gopc, goid, parent_goid};
  if (Worker* w = current_worker_impl()) {
    runq_put(w, it);
  } else {
    std::lock_guard<SpinLock> lock(sched.mu);
    gq_put_locked(it);
  }
  wakep();
}

void yield() {
  Worker* w = current_worker_impl();
  switch_to_scheduler(w, current(), After::Yield);
}

void gosched() {
  Worker* w = current_worker_impl();
  switch_to_scheduler(w, current(), After::Gosched);
}

bool sync_can_spin(int iter) {
  static const int ncpu = num_cpu();  // (sysconf reads /sys: once)
  // (Under the GIL the holder of the mutex cannot run while this goroutine spins.)
  if (iter >= 4 || ncpu <= 1 || g_gil_enabled) return false;
  int busy = sched.nprocs.load(std::memory_order_relaxed) - sched.nidle.load(std::memory_order_relaxed) -
             sched.nspinning.load(std::memory_order_relaxed);
  if (busy <= 1) return false;
  Worker* w = current_worker_impl();
  return w != nullptr && runq_empty(w);
}

void sync_do_spin() {
  for (int i = 0; i < 30; i++) __builtin_ia32_pause();
}

void preempt_check() {
  Worker* w = current_worker_impl();
  G* g = current();
  if (w == nullptr || g == nullptr) return;
  set_stack_guard(guard_of(g));  // the real limit again
  if (g_gil_enabled) {
    std::atomic_thread_fence(std::memory_order_seq_cst);  // (gil_repoison's order)
    if (w->gil.holds && w->gil.drop_request.load(std::memory_order_relaxed) != 0) {
      // Seen only by this worker (gil_leave): no one else may run g meanwhile.
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      w->gil_resume = g;
      switch_to_scheduler(w, g, After::None);
      return;
    }
  }
  uint32_t seq = w->runseq.load(std::memory_order_relaxed);
  if (w->preempt_seq.load(std::memory_order_seq_cst) != seq) return;  // stale: another G's
  w->preempt_seq.store(~0u, std::memory_order_relaxed);
  yield();
}

void goexit() {
  G* g = current();
  Worker* w = current_worker_impl();
  if (g->is_main) {
    std::lock_guard<SpinLock> lock(sched.mu);
    sched.main_goexit = true;
  }
  w->live.store(w->live.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
  switch_to_scheduler(w, g, After::Exit);
  __builtin_unreachable();
}

void goexit_then(UnlockFn fn, void* arg) {
  Worker* w = current_worker_impl();
  w->after_fn = fn;
  w->after_arg = arg;
  goexit();
}

namespace {

pid_t g_sched_pid = 0;  // the process whose workers `sched` describes (a fork has none)

// Goroutine 1's stack: Go's 1e9-byte maximum, committed lazily, with a guard below it (the
// fault handler reports an overflow that got past the stack check). One per process.
void main_stack(uintptr_t* lo, uintptr_t* hi) {
  if (!g_main_stack.base) {
    size_t total = kMainStackSize + kMainGuardSize;
    void* base = mmap(nullptr, total, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) die("fatal error: cannot reserve the main goroutine's stack\n");
    if (mprotect(base, kMainGuardSize, PROT_NONE) != 0) die("fatal error: cannot protect the stack guard\n");
    g_main_stack = {base, total};
  }
  *lo = reinterpret_cast<uintptr_t>(g_main_stack.base) + kMainGuardSize;
  *hi = *lo + kMainStackSize;
  set_fault_guard(reinterpret_cast<uintptr_t>(g_main_stack.base), *lo, *hi);
}

}  // namespace

void sched_run_main(void (*main_fn)(csp_g*)) {
  if (g_sched_pid != getpid()) {
    // First run in this process (or in a forked child, which inherited no workers).
    sched.~Sched();
    new (&sched) Sched();
    timers_reset();
    g_sched_pid = getpid();
    gc_sched_init();
    g_monitor_parked.store(0);  // (a forked child's copy may say parked: no monitor yet)
    start_monitor();
  }
  uintptr_t lo, hi;
  main_stack(&lo, &hi);
  gil_run_started();
  int procs = g_requested_procs > 0 ? g_requested_procs : sched_default_procs();
  if (procs > kMaxProcs) procs = kMaxProcs;
  G* g = new_g_record();
  g->is_main = true;
  g->main_fn = main_fn;
  g->stack_lo = lo;
  g->stack_hi = hi;
  g->status.store(GStatus::Runnable);
  bool started;
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    sched.main_done = false;
    sched.main_goexit = false;
    sched.main_futex.store(0);
    sched.goid_gen.store(1);
    sched.run.fetch_add(1);  // (workers reserve new id batches)
    g->abi.goid = 1;
    // One live goroutine, whatever the workers' counts kept from an earlier run (its
    // goroutines were dropped when its main returned, not ended).
    int64_t kept = 0;
    for (int i = 0; i < sched.nworkers.load(); i++) kept += sched.workers[i]->live.load();
    sched.ngoroutines.store(1 - kept);
    sched.nprocs.store(procs);
    gq_put_locked(g);
    started = sched.nworkers > 0;
    while (sched.nworkers < procs) start_worker_locked(sched.nworkers);
  }
  if (started) {
    // Workers of an earlier run are idle: wake them all to recount (nprocs may differ).
    for (int i = 0; i < sched.nworkers; i++) {
      sched.workers[i]->futex.store(1, std::memory_order_release);
      futex_wake(&sched.workers[i]->futex);
    }
  }
  while (sched.main_futex.load(std::memory_order_acquire) == 0) futex_wait(&sched.main_futex, 0, nullptr);
  // The program is over, but other goroutines may still be running csp code, which the
  // caller is about to free. Go's process would exit here: the driver does (g_exit_fn);
  // an embedder waits until every worker is back in its scheduler.
  for (int i = 0; i < sched.nworkers; i++) {
    while (sched.workers[i]->in_csp.load()) {
      timespec ts{0, 1000000};
      nanosleep(&ts, nullptr);
    }
  }
}

// Called on goroutine 1 when main.main returns: the program is over (sched_run_main returns
// and the process exits). Goroutine 1 then exits like any other.
void main_returned() {
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    sched.main_done = true;
  }
  out_flush();
  report_unretrieved_tasks();
  stack_check_report();
  gil_report();
  if (g_exit_fn) g_exit_fn(0);  // the driver: the process ends now, as Go's does
  sched.main_futex.store(1, std::memory_order_release);
  futex_wake(&sched.main_futex);
}

void sched_set_exit(void (*exit_fn)(int)) { g_exit_fn = exit_fn; }
void sched_set_small_stacks(bool on) { g_small_stacks.store(on, std::memory_order_relaxed); }

uintptr_t caller_pc(uintptr_t ret) {
  if (ret >= reinterpret_cast<uintptr_t>(&__morestack) && ret < reinterpret_cast<uintptr_t>(&__morestack_end)) {
    G* g = current();
    if (g != nullptr && g->seg != nullptr && g->seg->prev != nullptr)
      return *reinterpret_cast<const uintptr_t*>(g->seg->entry_sp + 8);
  }
  return ret;
}

// ---- goroutine dumps ----

namespace {

// Return addresses of a parked G's csp frames, from the frame-pointer chain that starts at
// the rbp its switch frame saved (JIT'd code and the runtime keep frame pointers).
int parked_pcs(const G* g, uintptr_t* pcs, int max) {
  if (!g->sp) return 0;
  auto* frame = static_cast<const uintptr_t*>(g->sp);
  uintptr_t fp = frame[5];
  int n = 0;
  for (int guard = 0; guard < 10000 && n < max; guard++) {
    uintptr_t top = stack_top_for(g, fp);
    if (top == 0 || fp + 16 > top || (fp & 7) != 0) break;
    auto* f = reinterpret_cast<const uintptr_t*>(fp);
    uintptr_t ret = f[1];
    if (ret == 0) break;
    if (ret >= reinterpret_cast<uintptr_t>(&__morestack) && ret < reinterpret_cast<uintptr_t>(&__morestack_end)) {
      // The first frame on a newer segment returns into __morestack; its caller's return
      // address is where __morestack was entered (stack.h, Stack::entry_sp).
      for (const Stack* s = g->stack; s != nullptr; s = s->newer)
        if (fp >= s->lo && fp < s->hi) ret = *reinterpret_cast<const uintptr_t*>(s->entry_sp + 8);
    }
    if (in_jit_code(ret)) pcs[n++] = ret;
    uintptr_t next = f[0];
    // Frames go up the stack within a segment; the next one may be on an older segment.
    if (next <= fp && stack_top_for(g, next) == top) break;
    fp = next;
  }
  return n;
}

void append_one(std::string& out, const G* g) {
  GStatus st = g->status.load(std::memory_order_acquire);
  out += "goroutine " + std::to_string(g->abi.goid) + " [";
  if (st == GStatus::Running) {
    out += "running]:\n";
    if (g != current()) out += "\tgoroutine running on other thread; stack unavailable\n";
  } else {
    out += st == GStatus::Runnable ? "runnable" : wait_reason_text(g->wait_reason);
    out += "]:\n";
    uintptr_t pcs[kMaxTraceFrames];
    int n = parked_pcs(g, pcs, kMaxTraceFrames);
    append_frames(out, pcs, n, n == kMaxTraceFrames);
  }
  append_created_by(out, g);
}

}  // namespace

void append_goroutine_dump(std::string& out, const G* skip) {
  // Every G in use, and every goroutine not started yet (RunItem: in a local queue, read as
  // thieves read them, or in the global queue), in id order.
  struct Entry {
    int64_t goid;
    const G* g;
    RunItem it;
  };
  std::vector<Entry> all;
  {
    std::lock_guard<SpinLock> lock(sched.mu);
    for (G* g = sched.allgs; g; g = g->alllink) {
      GStatus st = g->status.load(std::memory_order_acquire);
      if (st == GStatus::Idle || st == GStatus::Dead || g == skip) continue;
      all.push_back({g->abi.goid, g, {}});
    }
    for (int64_t i = 0; i < sched.gq_size.load(std::memory_order_relaxed); i++) {
      const RunItem& it = sched.gq_buf[(sched.gq_first + static_cast<uint64_t>(i)) & (sched.gq_cap - 1)];
      if (!it.is_g()) all.push_back({it.goid, nullptr, it});
    }
    for (int i = 0; i < sched.nworkers; i++) {
      Worker* w = sched.workers[i];
      uint32_t h = w->head.load(std::memory_order_acquire), t = w->tail.load(std::memory_order_acquire);
      if (t - h > kRunqSize) continue;  // (moving meanwhile)
      for (uint32_t j = h; j != t; j++) {
        RunItem it = w->runq[j % kRunqSize].load();
        if (!it.is_g()) all.push_back({it.goid, nullptr, it});
      }
    }
  }
  std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.goid < b.goid; });
  for (const Entry& e : all) {
    out += "\n";
    if (e.g != nullptr) {
      append_one(out, e.g);
      continue;
    }
    out += "goroutine " + std::to_string(e.goid) + " [runnable]:\n";
    if (e.it.p != nullptr) append_entry_frame(out, reinterpret_cast<uintptr_t>(static_cast<csp_closure*>(e.it.p)->fn));
    append_created_by(out, e.it.gopc, e.it.parent_goid);
  }
}

// Visits every G that has a stack (gc_stacks.cpp pushes their stacks). Caller: the GC, with
// the world stopped.
void for_each_g(void (*fn)(G*, void*), void* arg) {
  for (G* g = sched.allgs; g; g = g->alllink) fn(g, arg);
}

}  // namespace csp::rt

// The first code a goroutine runs (from csp_ctx_entry, on its own stack).
extern "C" void csp_ctx_main(csp::rt::G* g) {
  using namespace csp::rt;
  san_switched_back(nullptr);
  try {
    if (g->is_main) g->main_fn(&g->abi);
    else reinterpret_cast<void (*)(csp_g*, csp_closure*)>(g->entry->fn)(&g->abi, g->entry);
  } catch (const PanicUnwind&) {
    stack_resync();
    run_deep([g] { fatal_panic(&g->abi); });  // (it formats: this may be a small segment)
  }
  if (g->is_main && !sched_main_goexit()) main_returned();
  goexit();
}

extern "C" [[noreturn]] void csp_morestack_overflow(uintptr_t sp);

// __morestack's slow path: the function about to run needs frame bytes below its entry
// stack pointer and its argbytes of stack arguments (at args) do not fit above the limit.
// Enters a newer segment (the kept one when it is big enough), copies the arguments to its
// top and returns the stack pointer the body is called with. Runs on the old segment, in
// its reserve. old_sp is __morestack's stack pointer: the old segment's live bottom.
extern "C" uintptr_t csp_morestack_grow(uintptr_t frame, uintptr_t argbytes, uintptr_t args, uintptr_t old_sp) {
  using namespace csp::rt;
  G* g = current();
  if (g == nullptr || g->seg == nullptr) csp_morestack_overflow(old_sp);  // goroutine 1's stack is fixed
  Worker* w = current_worker_impl();
  Stack* cur = g->seg;
  size_t need = frame + argbytes + kDeepReserve + kGuardReserve + 1024;
  Stack* s = cur->newer;
  if (s != nullptr && s->hi - s->lo < need) {
    free_newer(w, cur);
    s = nullptr;
  }
  if (s == nullptr) {
    // The second segment is slab-sized when the frame fits (a million goroutines that each
    // just cross the boundary must not need a mapping each); from the third on, deep
    // recursion doubles the size (up to 64 MiB), so that crossings stay rare.
    size_t want = need;
    size_t twice = std::min<size_t>(2 * segment_size(cur), 64u << 20);
    if (cur->prev != nullptr && want < twice) want = twice;
    if (g->stack_bytes + want > kMaxStackBytes) csp_morestack_overflow(old_sp);
    s = segment_get(&w->stacks, want);
    s->prev = cur;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    cur->newer = s;
  } else if (s->newer != nullptr) {
    free_newer(w, s);
  }
  if (g->stack_bytes + segment_size(s) > kMaxStackBytes) csp_morestack_overflow(old_sp);
  s->old_sp = old_sp;
  s->entry_sp = args - 16;
  uintptr_t sp = (s->hi - argbytes) & ~uintptr_t{15};
  if (argbytes) std::memcpy(reinterpret_cast<void*>(sp), reinterpret_cast<const void*>(args), argbytes);
  g->stack_bytes += segment_size(s);
  enter_segment(g, s);
  return sp;
}

// csp_deep_call's slow path (switch_x86_64.S): its caller's stack pointer left fewer than
// kDeepReserve bytes above the limit, or the limit holds the poison. args is the entry stack
// pointer + 8 (where stack arguments are), old_sp csp_deep_call's own stack pointer. Returns
// 0 when the callee may run here after all (a poisoned limit was the reason: the yield the
// monitor asked for happens first), else the stack pointer to call it with on a newer
// segment, as csp_morestack_grow's (the kDeepArgBytes above args are copied: no runtime entry
// point or bridge has more stack arguments; jit/optimize.cpp checks).
extern "C" uintptr_t csp_deep_grow(uintptr_t args, uintptr_t old_sp) {
  using namespace csp::rt;
  G* g = current();
  if (g == nullptr) return 0;  // (a thread without a goroutine has no limit)
  if (stack_guard_slot()->load(std::memory_order_relaxed) == kStackPoison) preempt_check();
  uintptr_t entry = args - 8;
  if (entry > guard_of(g) + kDeepReserve) return 0;
  return csp_morestack_grow(0, kDeepArgBytes, args, old_sp);
}

// __morestack after the body returned: back to the older segment (the newer one is kept).
extern "C" void csp_morestack_release(void) {
  using namespace csp::rt;
  G* g = current();
  Stack* s = g->seg;
  g->stack_bytes -= segment_size(s);
  enter_segment(g, s->prev);
}
