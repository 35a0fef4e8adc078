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
  if (t->clo.fn == reinterpret_cast<void*>(&proxy_wake)) ready(gof(t->g));
  else go_resume(&t->clo, t->gopc, t->saved.goid, t->parent_goid);
}

// Main's stand-in (csp_task_main_proxy) in this run, and main's record it stands for.
std::atomic<Task*> g_main_proxy{nullptr};

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
    t->state.store(st, std::memory_order_release);
    gw = t->gwaiters;
    tw = t->twaiters;
    t->gwaiters = nullptr;
    t->twaiters = nullptr;
  }
  g_live_tasks.fetch_sub(1, std::memory_order_relaxed);
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

// A copy in GC memory that holds no pointers (it lives as long as its task).
const char* gc_strdup(const std::string& s) {
  auto* p = static_cast<char*>(GC_MALLOC_ATOMIC(s.size() + 1));
  if (p == nullptr) die("fatal error: out of memory\n");
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

// A panic unwound out of the task's coroutine: the task keeps its value and the report
// fatal_panic would print, the task named as such ("task N [panicked]:").
void record_panic(csp_g* cg, Task* t) {
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
  // The record is reused by the next goroutine: no panic may stay on it.
  cg->panic = nullptr;
  cg->defer = nullptr;
  cg->defer_depth = 0;
  cg->panicking_depth = 0;
  std::lock_guard<std::mutex> lock(g_panicked_mu);
  p->next = g_panicked;
  g_panicked = t;
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
    run_deep([cg, t] { record_panic(cg, t); });
    t->frame = nullptr;
    t->g = nullptr;
    goexit_then(finish_panicked, t);
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
void add_timer(void* arg) { timer_add(static_cast<Timer*>(arg)); }

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

bool csp_task_await_begin(csp_g* g, void* task) {
  Task* t = checked(task);
  if (t->state.load(std::memory_order_acquire) != TaskState::Pending) return true;
  t->mu.lock();
  if (t->state.load(std::memory_order_relaxed) != TaskState::Pending) {
    t->mu.unlock();
    return true;
  }
  G* me = gof(g);
  Task* self = current_task(me);  // (only coroutines call this)
  self->next_waiter = t->twaiters;
  t->twaiters = self;
  set_task_request(unlock_task, t);
  return false;  // (t->mu stays held until the task has given up its record)
}

void* csp_task_result(csp_g* g, void* task) {
  (void)g;
  Task* t = checked(task);
  if (t->state.load(std::memory_order_acquire) == TaskState::Panicked) {
    __atomic_store_n(&t->panic->retrieved, true, __ATOMIC_RELEASE);
    run_deep([t] { start_panic_with_cause(t->panic->value, t->panic->trace); });
  }
  return t->results;
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
  if (d <= 0) {
    // A yield keeps the record and stack: the task runs again soon, and giving them up only
    // to make them again cost a third of a yield (bench/tasks100k).
    yield();
    return false;
  }
  if (g == nullptr) {
    csp_time_Sleep(d);
    return false;
  }
  G* me = gof(g);
  Task* self = current_task(me);
  if (self->timer == nullptr) run_deep([self] { self->timer = timer_new(); });  // (GC allocation)
  Timer* tm = self->timer;
  int64_t now = nanotime();
  tm->when = now + d < now ? INT64_MAX : now + d;
  tm->period = 0;
  tm->fn = fire_resume;
  tm->arg = self;
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
