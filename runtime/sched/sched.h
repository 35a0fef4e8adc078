// runtime/sched/sched.h: the M:N goroutine scheduler. Internal to runtime/; the essay on its
// vocabulary, invariants and lock order is runtime/HACKING.md, "Scheduler".
//
// Words (Go's, with Go's M and P merged into one "worker"):
//  - G: a goroutine record. Its first member is the csp_g JIT'd code sees (known to compiler).
//    G records are never freed: a dead G goes to a free list and is reused by a later `go`
//    (Go's gfree), and every G ever made is on the allgs list (deadlock dumps, GC roots).
//  - worker: a thread that runs goroutines, with a bounded local run queue (256) and a
//    runnext slot; at most `nprocs` workers run goroutines (GOMAXPROCS).
//  - park: the running G stops until someone readies it; the worker switches to its
//    scheduler context and runs another G. ready: a parked G becomes runnable (runnext of the
//    worker that readied it, as Go's goready does).
//  - scheduler context (Go's g0): the worker's own thread stack, where the scheduling loop and
//    the post-switch actions run.
//
// Who may call what:
//  - park, yield, goexit, current_worker: only from a goroutine (a csp function or runtime
//    code called by one), never from the scheduler context or a foreign thread.
//  - ready: from a goroutine, from the scheduler context (timers) or from any thread.
//  - The unlock function given to park runs on the scheduler context after the G's context
//    is saved: only then may a waker see the G (this is what makes park/ready race-free).
//
// Runtime C++ never keeps a thread-local across a park: after park() returns the goroutine
// may be on another worker. current_g() is the same G everywhere; current_worker() must be
// read again.
#pragma once

#include "runtime/csp_rt.h"
#include "runtime/sched/stack.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <type_traits>

namespace csp::rt {

struct Worker;

enum class GStatus : uint32_t {
  Idle,      // on the free list
  Runnable,  // in a run queue (or being readied)
  Running,   // on a worker
  Waiting,   // parked
  Dead,      // finished, not yet on the free list
};

// Go's waitReason strings, printed in goroutine dumps ("goroutine 5 [chan receive]:").
enum class WaitReason : uint8_t {
  None,
  ChanReceive,
  ChanSend,
  ChanReceiveNilChan,
  ChanSendNilChan,
  Select,
  SelectNoCases,
  Sleep,
  SyncMutexLock,
  SyncRWMutexLock,
  SyncRWMutexRLock,
  SyncWaitGroupWait,
  SyncCondWait,
  Semacquire,
  Await,  // a goroutine or task awaiting a task
};
const char* wait_reason_text(WaitReason r);

struct Timer;

struct G {
  csp_g abi;                      // known to compiler: must stay first
  void* sp = nullptr;             // saved context while not running; null before the first run
  Stack* stack = nullptr;         // first segment; null until the first run (and for goroutine 1)
  Stack* seg = nullptr;           // the segment running or parked on (stack.h; null: goroutine 1)
  uintptr_t stack_lo = 0, stack_hi = 0;  // seg's bounds (goroutine 1: its own stack's)
  size_t stack_bytes = 0;         // the segments in use, for Go's 1 GB limit
  std::atomic<GStatus> status{GStatus::Idle};
  WaitReason wait_reason = WaitReason::None;
  bool is_main = false;
  bool is_task = false;           // this record runs a task (runtime/task/task.h; G::entry is it)
  G* schedlink = nullptr;         // wait lists (channel close, semaphore wake-ups)
  G* alllink = nullptr;           // allgs, never unlinked
  csp_closure* entry = nullptr;   // what the go statement runs; null for goroutine 1
  void (*main_fn)(csp_g*) = nullptr;
  uintptr_t gopc = 0;             // return address of the go statement (created by)
  int64_t parent_goid = 0;
  void* param = nullptr;          // handed over by the waker (select: the case that fired)
  std::atomic<uint32_t> select_done{0};  // select: set by the first case to take this G
  // --gil: when ready() made it runnable, in units of 16 ns mod 2^32 (0: not since it last
  // ran), for the retake statistics (gil.h). In what was padding: a bigger record (Boehm adds
  // a byte, and 193 bytes take 208) cost spawn several per cent. Wraps after 68 s.
  uint32_t gil_readied = 0;
  Timer* sleep_timer = nullptr;   // time.Sleep's timer, allocated on first use
  void* tsan_fiber = nullptr;     // ThreadSanitizer's fiber for this goroutine
  void* asan_fake_stack = nullptr;
  // (184 bytes: Boehm adds one, and up to 192 fit its size class. Tasks' per-suspension
  // request lives in the worker, not here: task_request.)
};

inline G* gof(csp_g* g) { return reinterpret_cast<G*>(g); }

// ---- starting and ending ----

// Number of workers for a run: --procs N, else $GOMAXPROCS, else the CPUs this process may
// run on. Set before csp_rt_run_main; later changes go through set_gomaxprocs.
void sched_set_procs(int n);
int sched_default_procs();
int gomaxprocs();
int set_gomaxprocs(int n);  // returns the previous value; n < 1 only queries
int num_cpu();
int64_t num_goroutine();

// Runs main_fn as goroutine 1 on the scheduler; returns when it returns (the process then
// exits: other goroutines are not waited for, as in Go).
void sched_run_main(void (*main_fn)(csp_g*));
// When set, the process ends through exit_fn(0) as soon as main.main returns and stdout is
// flushed (other goroutines stop where they are, as in Go); otherwise sched_run_main returns
// once no worker runs csp code.
void sched_set_exit(void (*exit_fn)(int));
// csp_rt_set_small_stacks.
void sched_set_small_stacks(bool on);

// A new goroutine that will call fn(g, fn) (a csp closure of no parameters). gopc is the
// return address of the go statement's runtime call.
void go(csp_closure* fn, uintptr_t gopc);

// ---- parking ----

using UnlockFn = void (*)(void* arg);
// Parks the running goroutine with the given reason; unlock(arg) runs after its context is
// saved (null: nothing to do). Returns when someone readies it.
void park(WaitReason reason, UnlockFn unlock, void* arg);
// Makes a parked goroutine runnable.
void ready(G* g);
// A non-blocking send on a channel that is not nil (runtime/chan/chan.cpp), for runtime C++
// such as timer callbacks: false when the channel is full or closed.
bool chan_try_send(void* c, const void* elem);
// Preemption and the semaphore hand-off: the goroutine goes to the tail of its worker's
// local queue (docs/decisions.md says why not the global one) and the worker runs another.
void yield();
// Tasks (runtime/task/): the running G, a task whose coroutine has just suspended, gives
// up its stack and its record (both go back to the worker's caches), then unlock(arg) runs
// on the scheduler context, as park's. The task is from then on only its Task and frame;
// go_resume queues it again (an item, as a go statement's: the worker that runs it makes a
// record for it), under the goroutine id it had. It stays counted as a live goroutine.
[[noreturn]] void park_release(UnlockFn unlock, void* arg);
// A task's request (runtime/task/task.h): what the runtime call right before its
// coroutine's suspension asks the scheduler to do (unlock(arg) once the task has given up
// its record). Set and taken on the same worker with no switch in between (the coroutine
// returns straight to task_entry), so it is kept in the worker. take returns false if none.
void set_task_request(UnlockFn unlock, void* arg);
bool take_task_request(UnlockFn* unlock, void** arg);
void go_resume(csp_closure* fn, uintptr_t gopc, int64_t goid, int64_t parent_goid);
// runtime.Gosched: the same, except that on a local queue of 32 or more the goroutine goes
// to the worker's yield queue, which takes turns with the local queue (HACKING.md).
void gosched();
// sync.Mutex's spinning (Go's sync_runtime_canSpin/doSpin): spin only a few rounds, on a
// multicore machine, while some other worker is running (the holder may be on it) and nothing
// waits to run on this one; one round is 30 pause instructions.
bool sync_can_spin(int iter);
void sync_do_spin();
// The poll's slow path (loop back-edges, function entries through __morestack): the stack
// guard was poisoned; restores it and yields if the monitor asked this run to.
void preempt_check();
// What the monitor writes into a worker's stack guard slot to ask for a yield: every stack
// check fails (no stack pointer is above it) and the back-edge poll compares for equality.
// A sign-extended 32-bit immediate, so the poll is one cmp with a memory operand.
constexpr uintptr_t kStackPoison = CSP_STACK_POISON;  // (csp_rt.h: known to compiler)

// runtime.Goexit after the deferred calls ran, and the end of every goroutine.
[[noreturn]] void goexit();
// The same, then fn(arg) on the scheduler context once the record is free (a finished
// task wakes its awaiters there, on the worker's own stack).
[[noreturn]] void goexit_then(UnlockFn fn, void* arg);

G* current();
int64_t nanotime();

// ---- segmented stacks (stack.h) ----

// The top of g's segment that holds sp, or 0 when sp is on none of them (goroutine 1: its
// own stack). Safe from a signal handler on g's thread and from the collector while g is
// stopped.
uintptr_t stack_top_for(const G* g, uintptr_t sp);
// Calls fn(lo, hi) for the live part of each of g's segments older than the one holding sp
// (a parked or stopped goroutine's stack pointer).
void for_each_older_segment(const G* g, uintptr_t sp, void (*fn)(uintptr_t lo, uintptr_t hi));
// Runs f() with at least kDeepReserve bytes of stack (on a newer segment when the current
// one is short; stack_abi.h): for runtime C++ reached through a shallow entry point (a
// channel operation on a goroutine's small first segment) that must go deep, such as a
// panic. f may throw (a panic); the catcher calls stack_resync as after __morestack.
extern "C" void csp_run_deep(void (*fn)(void*), void* arg);
template <class F>
void run_deep(F&& f) {
  csp_run_deep([](void* p) { (*static_cast<std::remove_reference_t<F>*>(p))(); }, &f);
}
// The return address of the runtime entry point that got ret from __builtin_return_address:
// the JIT'd caller's, also when csp_deep_call ran the entry point on a newer segment.
uintptr_t caller_pc(uintptr_t ret);

// After a panic unwound through __morestack frames, the running goroutine's current segment
// is the one holding its stack pointer again: the catcher calls this before running csp code.
void stack_resync();

// ---- diagnostics ----

// Go's goroutine dump: "goroutine N [reason]:", the csp frames, "created by ...". For the
// running goroutine pcs are taken from the current stack.
void append_goroutine_dump(std::string& out, const G* skip = nullptr);
// Appends "created by F in goroutine N\n\tfile:line +0x..\n" for g (nothing for goroutine 1).
void append_created_by(std::string& out, const G* g);
// The same from a go statement's return address and the goroutine that ran it.
void append_created_by(std::string& out, uintptr_t gopc, int64_t parent_goid);
// A goroutine that has not started yet: its function, as Go shows it (the entry's line, no
// offset).
void append_entry_frame(std::string& out, uintptr_t fn);

// ---- internal to runtime/sched/ ----

struct GcWorker;
// The worker running this thread (null off the workers). Not inlined: after a park the
// caller must see the new thread's value, never a cached one.
Worker* current_worker_impl();
bool sched_main_goexit();
void main_returned();
void for_each_g(void (*fn)(G*, void*), void* arg);
void for_each_worker_gc(void (*fn)(GcWorker*, void*), void* arg);
GcWorker* gc_current_worker();
void wake_for_timer();
// signals.cpp
void set_fault_guard(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi);
void install_worker_signal_stack();
void mark_csp_thread(bool on);

}  // namespace csp::rt
