// runtime/task/task.cpp: async/await tasks (task.h says how they run).
#include "runtime/task/task.h"

#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/process.h"
#include "runtime/sched/timers.h"

#define GC_THREADS
#include <gc/gc.h>

#include <cstring>
#include <mutex>
#include <new>
#include <string>

namespace csp::rt {

struct TaskPanic {
  bool retrieved;      // an awaiter saw it (atomic accesses)
  csp_any value;
  const char* report;  // "panic: ...\n\ntask N [panicked]:\n<frames>created by ..."
  const char* trace;   // the same from "task N [panicked]:" on (an awaiter's cause)
  Task* next;          // the list of panicked tasks (g_panicked_mu)
};

namespace {

using ResumeFn = void (*)(void*);

std::mutex g_panicked_mu;
Task* g_panicked = nullptr;  // newest first

std::atomic<int64_t> g_live_tasks{0};

void unlock_task(void* arg) { static_cast<Task*>(arg)->mu.unlock(); }

// The clo.fn of main's stand-in (never called: it marks the Task).
void proxy_wake(csp_g*, csp_closure*) { __builtin_trap(); }

void resume_task(Task* t) {
  t->waiting.store(0, std::memory_order_relaxed);  // (read only by cancel, which then finds nothing to wake)
  if (t->clo.fn == reinterpret_cast<void*>(&proxy_wake)) ready(gof(t->g));
  else go_resume(&t->clo, t->gopc, t->saved.goid, t->parent_goid);
}

// Main's stand-in (csp_task_main_proxy) in this run, and main's record it stands for.
std::atomic<Task*> g_main_proxy{nullptr};

// asyncio.CancelledError{} as an interface value (set_cancelled_value: asyncio's init).
std::atomic<const void*> g_cancelled_type{nullptr};
std::atomic<uint64_t> g_cancelled_data{0};

bool is_cancellation(const csp_any& v) {
  return v.type != nullptr && v.type == g_cancelled_type.load(std::memory_order_relaxed);
}

[[noreturn]] void panic_cancelled() {
  const void* type = g_cancelled_type.load(std::memory_order_relaxed);
  if (type == nullptr) die("fatal error: a task was cancelled before package asyncio was initialised\n");
  csp_any v{static_cast<const csp_type*>(type), g_cancelled_data.load(std::memory_order_relaxed)};
  run_deep([v] { start_panic(v); });
  __builtin_unreachable();
}

// The calling task receives its cancellation: asyncio.CancelledError panics at its suspension.
[[noreturn]] void deliver_cancel(Task* self) {
  self->cancel.store(0, std::memory_order_relaxed);
  panic_cancelled();
}

// Removes t from x's list of waiting tasks (x->mu held); false if it is not there.
bool unlink_waiter(Task* x, Task* t) {
  for (Task** p = &x->twaiters; *p != nullptr; p = &(*p)->next_waiter) {
    if (*p == t) {
      *p = t->next_waiter;
      t->next_waiter = nullptr;
      return true;
    }
  }
  return false;
}

// The task whose code runs on g: g's own for a task's record, main's stand-in for main.
Task* current_task(G* g) {
  return g->is_task ? reinterpret_cast<Task*>(g->entry) : g_main_proxy.load(std::memory_order_relaxed);
}

// A list linked through member `link`, in the other order.
template <class T>
T* reversed(T* head, T* T::*link) {
  T* out = nullptr;
  while (head != nullptr) {
    T* next = head->*link;
    head->*link = out;
    out = head;
    head = next;
  }
  return out;
}

// The task is done: its awaiters run again.
void finish(Task* t, TaskState st) {
  G* gw;
  Task* tw;
  {
    std::lock_guard<SpinLock> lock(t->mu);
    if (t->state.load(std::memory_order_relaxed) != TaskState::Pending) return;  // (a future set twice)
    t->state.store(st, std::memory_order_release);
    gw = t->gwaiters;
    tw = t->twaiters;
    t->gwaiters = nullptr;
    t->twaiters = nullptr;
  }
  if (!(t->flags & kTaskFuture)) g_live_tasks.fetch_sub(1, std::memory_order_relaxed);
  // The lists are newest first; awaiters run again in the order they came, as asyncio runs
  // a future's callbacks.
  tw = reversed(tw, &Task::next_waiter);
  gw = reversed(gw, &G::schedlink);
  while (gw != nullptr) {
    G* next = gw->schedlink;
    gw->schedlink = nullptr;
    ready(gw);
    gw = next;
  }
  while (tw != nullptr) {
    Task* next = tw->next_waiter;
    tw->next_waiter = nullptr;
    resume_task(tw);
    tw = next;
  }
}

void finish_done(void* t) { finish(static_cast<Task*>(t), TaskState::Done); }
void finish_panicked(void* t) { finish(static_cast<Task*>(t), TaskState::Panicked); }
void finish_cancelled(void* t) { finish(static_cast<Task*>(t), TaskState::Cancelled); }

// A copy in GC memory that holds no pointers (it lives as long as its task).
const char* gc_strdup(const std::string& s) {
  auto* p = static_cast<char*>(GC_MALLOC_ATOMIC(s.size() + 1));
  if (p == nullptr) die("fatal error: out of memory\n");
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

// The record is reused by the next goroutine: no panic may stay on it.
void clear_panics(csp_g* cg) {
  cg->panic = nullptr;
  cg->defer = nullptr;
  cg->defer_depth = 0;
  cg->panicking_depth = 0;
}

// A panic unwound out of the task's coroutine: the task keeps its value and the report
// fatal_panic would print, the task named as such ("task N [panicked]:"). Returns false
// for asyncio.CancelledError: the task was cancelled (nothing to report).
bool record_panic(csp_g* cg, Task* t) {
  if (cg->panic != nullptr && is_cancellation(cg->panic->value)) {
    clear_panics(cg);
    return false;
  }
  std::string rep = panic_report(cg);
  std::string from = "goroutine " + std::to_string(cg->goid) + " [running]:";
  size_t at = rep.find(from);
  if (at == std::string::npos) at = rep.size();
  else rep.replace(at, from.size(), "task " + std::to_string(cg->goid) + " [panicked]:");
  auto* p = static_cast<TaskPanic*>(GC_MALLOC(sizeof(TaskPanic)));
  if (p == nullptr) die("fatal error: out of memory\n");
  p->retrieved = false;
  p->value = cg->panic != nullptr ? cg->panic->value : csp_any{nullptr, 0};
  p->report = gc_strdup(rep);
  p->trace = gc_strdup(rep.substr(at));
  t->panic = p;
  clear_panics(cg);
  std::lock_guard<std::mutex> lock(g_panicked_mu);
  p->next = g_panicked;
  g_panicked = t;
  return true;
}


// What a task's record runs, each time the task starts or is woken: resumes the coroutine,
// then carries out what it asked for.
// It runs on the record's first stack segment, which may be a small one (stack_abi.h): what
// goes deep goes through run_deep.
void task_entry(csp_g* cg, csp_closure* clo) {
  G* g = gof(cg);
  auto* t = reinterpret_cast<Task*>(clo);
  g->is_task = true;
  if (t->saved.goid == 0) {  // the first run: the record has the id go() gave it
    t->saved.goid = cg->goid;
    t->parent_goid = g->parent_goid;
    if (t->cancel.exchange(0, std::memory_order_relaxed) != 0) {
      // Cancelled before it ever ran: its body never runs (Python throws CancelledError into
      // a coroutine that has not started, which ends it at once).
      t->frame = nullptr;
      goexit_then(finish_cancelled, t);
    }
  } else {
    int64_t goid = cg->goid;
    *cg = t->saved;  // the defer chain, the panics, the depths
    cg->goid = goid;
  }
  t->g = cg;
  auto* frame = static_cast<ResumeFn*>(t->frame);
  try {
    frame[0](frame);
  } catch (const PanicUnwind&) {
    stack_resync();
    bool panicked = true;
    run_deep([cg, t, &panicked] { panicked = record_panic(cg, t); });
    t->frame = nullptr;
    t->g = nullptr;
    goexit_then(panicked ? finish_panicked : finish_cancelled, t);
  }
  t->g = nullptr;
  if (frame[0] == nullptr) {  // the final suspension: the results are stored
    t->frame = nullptr;
    // The awaiters are woken on the scheduler context, once the record is free (waking may
    // move a run queue's batch on the stack; this may be a small segment).
    goexit_then(finish_done, t);
  }
  t->saved = *cg;
  UnlockFn unlock;
  void* arg;
  (void)take_task_request(&unlock, &arg);
  park_release(unlock, arg);
}

void fire_resume(Timer* tm, int64_t) { resume_task(static_cast<Task*>(tm->arg)); }

// A sleep's request, once the task has given up its record: arms its timer. A Cancel that
// came meanwhile found no timer to delete: this sees its flag and wakes the task (timer_del
// decides between the two, and the timer's firing).
void add_timer(void* arg) {
  auto* tm = static_cast<Timer*>(arg);
  auto* t = static_cast<Task*>(tm->arg);
  timer_add(tm);
  if (t->cancel.load(std::memory_order_seq_cst) != 0 && timer_del(tm)) resume_task(t);
}

[[noreturn]] void nil_task() {
  run_deep([] { runtime_error("invalid memory address or nil pointer dereference", RtErr::String, true); });
  __builtin_unreachable();
}

Task* checked(void* task) {
  if (task == nullptr) nil_task();
  return static_cast<Task*>(task);
}

}  // namespace

int64_t live_tasks() { return g_live_tasks.load(std::memory_order_relaxed); }

bool task_cancel(Task* t) {
  for (;;) {
    if (t->state.load(std::memory_order_acquire) != TaskState::Pending) return false;
    if (t->flags & kTaskFuture) {  // no code to receive it: it ends cancelled now
      finish(t, TaskState::Cancelled);
      return true;
    }
    t->cancel.store(1, std::memory_order_seq_cst);
    uintptr_t w = t->waiting.load(std::memory_order_seq_cst);
    auto* on = reinterpret_cast<Task*>(w & ~kWaitTagMask);
    switch (w & kWaitTagMask) {
      case kWaitTask: {
        // Suspended awaiting `on`: cancel that instead (whoever clears the flag passes it on).
        uint8_t one = 1;
        if (!t->cancel.compare_exchange_strong(one, 0)) return true;
        if (on->state.load(std::memory_order_acquire) != TaskState::Pending) {
          t->cancel.store(1, std::memory_order_relaxed);  // (t is being woken: it sees it next)
          return true;
        }
        t = on;
        continue;
      }
      case kWaitShielded: {
        bool woke;
        {
          std::lock_guard<SpinLock> lock(on->mu);
          woke = t->cancel.load(std::memory_order_relaxed) != 0 && unlink_waiter(on, t);
        }
        if (woke) resume_task(t);  // (it delivers the cancellation as it resumes)
        return true;
      }
      case kWaitSleep:
        if (timer_del(t->timer)) resume_task(t);
        return true;
      default:  // running, runnable, or parked with its stack: it sees the flag at its next suspension
        return true;
    }
  }
}

Task* task_current() {
  csp_g* cg = current_g();
  if (cg == nullptr) return nullptr;
  G* g = gof(cg);
  if (g->is_task) return reinterpret_cast<Task*>(g->entry);
  Task* p = g_main_proxy.load(std::memory_order_relaxed);
  return p != nullptr && p->g == cg ? p : nullptr;
}

Task* future_new() {
  void* mem = GC_MALLOC(sizeof(Task));
  if (mem == nullptr) die("fatal error: out of memory\n");
  auto* t = new (mem) Task();
  t->clo.fn = nullptr;  // (never started)
  t->flags = kTaskFuture;
  std::memset(&t->saved, 0, sizeof t->saved);
  return t;
}

void future_set(Task* f) { finish(f, TaskState::Done); }

void future_fail(Task* f, csp_any v) {
  if (f->state.load(std::memory_order_acquire) != TaskState::Pending) return;
  auto* p = static_cast<TaskPanic*>(GC_MALLOC(sizeof(TaskPanic)));
  if (p == nullptr) die("fatal error: out of memory\n");
  p->retrieved = false;
  p->value = v;
  p->report = nullptr;
  p->trace = nullptr;
  p->next = nullptr;
  {
    std::lock_guard<SpinLock> lock(f->mu);
    if (f->panic == nullptr) f->panic = p;
  }
  finish(f, TaskState::Panicked);
}

void set_cancelled_value(csp_any v) {
  g_cancelled_data.store(v.data, std::memory_order_relaxed);
  g_cancelled_type.store(v.type, std::memory_order_relaxed);
}

// asyncio.Timeout's deadline: a timer that cancels the task that armed it.
struct TaskTimeout {
  Timer* timer;
  Task* task;
  std::atomic<int> state;  // 0 armed, 1 firing, 2 fired
};

namespace {

void timeout_fire(Timer* tm, int64_t) {
  auto* h = static_cast<TaskTimeout*>(tm->arg);
  h->state.store(1, std::memory_order_relaxed);
  (void)task_cancel(h->task);
  h->state.store(2, std::memory_order_release);
}

}  // namespace

TaskTimeout* timeout_arm(int64_t when) {
  Task* self = task_current();
  if (self == nullptr) return nullptr;  // (not in a task: nothing to cancel)
  auto* h = static_cast<TaskTimeout*>(GC_MALLOC(sizeof(TaskTimeout)));
  if (h == nullptr) die("fatal error: out of memory\n");
  h->timer = timer_new();
  h->task = self;
  h->state.store(0, std::memory_order_relaxed);
  h->timer->when = when;
  h->timer->period = 0;
  h->timer->fn = timeout_fire;
  h->timer->arg = h;
  timer_add(h->timer);
  return h;
}

bool timeout_disarm(TaskTimeout* h) {
  if (h == nullptr) return false;
  if (timer_del(h->timer)) return false;
  // It fired (or is firing on another worker: its cancellation must be in place before it is
  // taken back).
  while (h->state.load(std::memory_order_acquire) != 2) __builtin_ia32_pause();
  uint8_t one = 1;
  (void)h->task->cancel.compare_exchange_strong(one, 0);  // (Python's uncancel(): not delivered, not wanted)
  return true;
}

void report_unretrieved_tasks() {
  std::string out;
  {
    std::lock_guard<std::mutex> lock(g_panicked_mu);
    for (Task* t = g_panicked; t != nullptr; t = t->panic->next)
      if (!__atomic_load_n(&t->panic->retrieved, __ATOMIC_ACQUIRE))
        out = std::string("Task exception was never retrieved\n") + t->panic->report + out;  // oldest first
  }
  if (!out.empty()) (void)write_all(2, out.data(), out.size());
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" void csp_time_Sleep(int64_t d);  // stdlib/time/time.cpp

extern "C" {

void* csp_task_new(csp_g* g, int64_t result_size, void* gopc) {
  (void)g;
  void* mem = GC_MALLOC(sizeof(Task) + static_cast<size_t>(result_size));
  if (mem == nullptr) die("fatal error: out of memory\n");
  auto* t = new (mem) Task();
  t->clo.fn = reinterpret_cast<void*>(&task_entry);
  t->gopc = reinterpret_cast<uintptr_t>(gopc);
  std::memset(&t->saved, 0, sizeof t->saved);
  g_live_tasks.fetch_add(1, std::memory_order_relaxed);
  return t;
}

void* csp_task_results(void* task) { return static_cast<Task*>(task)->results; }

csp_g* csp_task_g(void* task) { return static_cast<Task*>(task)->g; }

void csp_task_start(void* task, void* frame) {
  auto* t = static_cast<Task*>(task);
  t->frame = frame;
  go(&t->clo, t->gopc);
}

bool csp_task_await_begin(csp_g* g, void* task, int32_t shielded) {
  Task* t = checked(task);
  Task* self = current_task(gof(g));  // (only coroutines call this)
  for (;;) {
    if (t->state.load(std::memory_order_acquire) != TaskState::Pending) return true;  // (no suspension: no cancellation point)
    bool pass_on = shielded == 0 && !(t->flags & kTaskFuture);
    if (self->cancel.load(std::memory_order_relaxed) != 0) {
      if (!pass_on) {
        // Awaiting a future: the cancellation takes effect one turn later, as Python's
        // cancelled future wakes its task through call_soon.
        yield();
        deliver_cancel(self);
      }
      // Awaiting a task: it is cancelled instead, and this one waits for it to end (Python's
      // Task.__step: `if self._must_cancel: if self._fut_waiter.cancel(): ...`).
      uint8_t one = 1;
      bool passed = true;
      if (self->cancel.compare_exchange_strong(one, 0)) run_deep([t, &passed] { passed = task_cancel(t); });
      if (!passed)
        self->cancel.store(1, std::memory_order_relaxed);  // (t just ended: keep it for the next suspension)
    }
    t->mu.lock();
    if (t->state.load(std::memory_order_relaxed) != TaskState::Pending) {
      t->mu.unlock();
      return true;
    }
    self->next_waiter = t->twaiters;
    t->twaiters = self;
    self->waiting.store(reinterpret_cast<uintptr_t>(t) | (pass_on ? kWaitTask : kWaitShielded), std::memory_order_seq_cst);
    if (self->cancel.load(std::memory_order_seq_cst) != 0) {
      // A Cancel came while this was linking, and may not have seen `waiting`: start over,
      // unlinked (a Cancel that saw it finds nothing to unlink, or loses the CAS).
      (void)unlink_waiter(t, self);
      self->waiting.store(0, std::memory_order_relaxed);
      t->mu.unlock();
      continue;
    }
    set_task_request(unlock_task, t);
    return false;  // (t->mu stays held until the task has given up its record)
  }
}

void* csp_task_result(csp_g* g, void* task) {
  (void)g;
  Task* t = checked(task);
  switch (t->state.load(std::memory_order_acquire)) {
    case TaskState::Panicked:
      __atomic_store_n(&t->panic->retrieved, true, __ATOMIC_RELEASE);
      if (t->panic->trace == nullptr) run_deep([t] { start_panic(t->panic->value); });  // (a future's)
      run_deep([t] { start_panic_with_cause(t->panic->value, t->panic->trace); });
      break;
    case TaskState::Cancelled: panic_cancelled();
    default: break;
  }
  return t->results;
}

void csp_task_resumed(void* task) {
  auto* t = static_cast<Task*>(task);
  if (t->cancel.load(std::memory_order_relaxed) != 0) deliver_cancel(t);
}

bool csp_task_cancel(void* task) { return task_cancel(checked(task)); }

bool csp_task_done(void* task) { return checked(task)->state.load(std::memory_order_acquire) != TaskState::Pending; }

bool csp_task_cancelled(void* task) {
  return checked(task)->state.load(std::memory_order_acquire) == TaskState::Cancelled;
}

void* csp_task_wait(csp_g* g, void* task) {
  Task* t = checked(task);
  if (t->state.load(std::memory_order_acquire) == TaskState::Pending) {
    t->mu.lock();
    if (t->state.load(std::memory_order_relaxed) == TaskState::Pending) {
      G* me = gof(g);
      me->schedlink = t->gwaiters;
      t->gwaiters = me;
      park(WaitReason::Await, unlock_task, t);
    } else {
      t->mu.unlock();
    }
  }
  return csp_task_result(g, task);
}

bool csp_task_sleep(csp_g* g, int64_t d) {
  if (g == nullptr) {  // (main, or a function value of Sleep's: the goroutine sleeps or yields)
    if (d <= 0) yield();
    else csp_time_Sleep(d);
    return false;
  }
  G* me = gof(g);
  Task* self = current_task(me);
  if (d <= 0) {
    // A yield keeps the record and stack: the task runs again soon, and giving them up only
    // to make them again cost a third of a yield (bench/tasks100k).
    yield();
    if (self->cancel.load(std::memory_order_relaxed) != 0) deliver_cancel(self);
    return false;
  }
  if (self->cancel.load(std::memory_order_relaxed) != 0) {
    yield();  // (Python: the sleep's future is cancelled, and the task woken one turn later)
    deliver_cancel(self);
  }
  if (self->timer == nullptr) run_deep([self] { self->timer = timer_new(); });  // (GC allocation)
  Timer* tm = self->timer;
  int64_t now = nanotime();
  tm->when = now + d < now ? INT64_MAX : now + d;
  tm->period = 0;
  tm->fn = fire_resume;
  tm->arg = self;
  self->waiting.store(reinterpret_cast<uintptr_t>(tm) | kWaitSleep, std::memory_order_seq_cst);
  if (self->cancel.load(std::memory_order_seq_cst) != 0) {
    self->waiting.store(0, std::memory_order_relaxed);
    yield();
    deliver_cancel(self);
  }
  set_task_request(add_timer, tm);  // (armed once the task has given up its record)
  return true;
}

void* csp_task_main_proxy(csp_g* g) {
  // (Only main awaits without being a task; a new run has a new main record.)
  Task* p = g_main_proxy.load(std::memory_order_relaxed);
  if (p == nullptr || p->g != g) {
    run_deep([&p, g] {
      p = static_cast<Task*>(csp_task_new(g, 0, nullptr));
      g_live_tasks.fetch_sub(1, std::memory_order_relaxed);  // (not a task of its own)
      p->clo.fn = reinterpret_cast<void*>(&proxy_wake);
      p->g = g;
    });
    g_main_proxy.store(p, std::memory_order_relaxed);
  }
  return p;
}

void csp_task_main_park(csp_g* g) {
  (void)g;
  UnlockFn unlock;
  void* arg;
  (void)take_task_request(&unlock, &arg);
  park(WaitReason::Await, unlock, arg);
}

}  // extern "C"
