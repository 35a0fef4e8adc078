// runtime/task/task.h: async/await tasks. Internal to runtime/; docs/tasks.md says how an
// async function is compiled and runs, runtime/HACKING.md ("Tasks") has the vocabulary.
//
// A task is a coroutine (an async function compiled by LLVM's switched-resume lowering, its
// frame on the GC heap) and a Task record. Calling an async function allocates the Task, runs
// the coroutine's ramp (which only copies the arguments into the frame) and starts the task
// as a go statement starts a goroutine (sched.h's go(), with the Task as the closure): a
// worker makes a goroutine record for it, which runs task_entry, which resumes the frame.
// When the coroutine suspends without finishing, the runtime call just before the suspension
// has left a request (sched.h's set_task_request: be queued as a waiter, sleep), and the task gives up
// its stack **and its record** (sched.h's park_release): its goroutine state (defer chain,
// panic, id) is kept in the Task, and when it is woken (go_resume) a worker makes it a record
// again. So a pending task costs its Task and its frame, a couple of hundred bytes.
// A task that calls an ordinary function which parks (a channel operation, a mutex, time.Sleep)
// parks with its stack and record, as a goroutine does: the worker thread runs other
// goroutines and tasks meanwhile.
//
// Who may call what:
//  - csp_task_new, csp_task_start: from a goroutine or a task (the caller of an async function).
//  - csp_task_await_begin: only from a task's coroutine, right before it suspends if it
//    returns false (it leaves the request; the lock it took is released by the scheduler
//    after the task has given up its record, as park's unlock).
//  - csp_task_wait: from a goroutine that is not a task (main): it parks with its stack.
//  - csp_task_result: after the task is done.
// Locks: Task::mu protects the change of `state` to done and both waiter lists; a leaf lock
// but for what waking takes (ready/go_resume: run-queue locks) and timer_mu (timer_del).
// Cancellation (task_cancel) takes no lock of its own: Task::cancel and Task::waiting are
// atomics, and the suspending task and the canceller each store one and then load the other
// (both seq_cst), so at least one of them sees the other; who then wakes the task is decided
// under the awaited Task's mu (unlinking it from the list: finish takes the whole list
// under the same lock), by timer_del (a sleep), or by a CAS on `cancel` (passing it on).
#pragma once

#include "runtime/csp_rt.h"
#include "runtime/sched/lock.h"
#include "runtime/sched/sched.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace csp::rt {

enum class TaskState : uint32_t { Pending, Done, Panicked, Cancelled };

struct TaskPanic;

// (Every word counts: a million pending tasks are a million of these. Main's stand-in for
// inline awaits, csp_task_main_proxy, is a Task whose clo.fn is proxy_wake and whose g is
// main's: waking it readies main's goroutine.)
struct Task {
  csp_closure clo;              // {task_entry}: what its records run (must be first)
  void* frame = nullptr;        // the coroutine's handle; null once it has finished
  csp_g saved;                  // its goroutine state while it has no record (goid included)
  csp_g* g = nullptr;           // the record running it, while it runs
  int64_t parent_goid = 0;      // who called the async function (created by)
  uintptr_t gopc = 0;           // where
  std::atomic<TaskState> state{TaskState::Pending};
  SpinLock mu;                  // the change of state, the waiter lists
  std::atomic<uint8_t> cancel{0};  // 1: asyncio.Cancel asked for it and it was not delivered yet
  uint8_t flags = 0;            // kTaskFuture
  G* gwaiters = nullptr;        // goroutines parked in csp_task_wait, through G::schedlink
  Task* twaiters = nullptr;     // tasks suspended awaiting this one, through next_waiter
  Task* next_waiter = nullptr;  // (this task's link in such a list)
  TaskPanic* panic = nullptr;   // set when it panicked
  Timer* timer = nullptr;       // asyncio's sleeps, made on first use
  // While it is suspended without a record: what on (a tagged pointer, kWait*; 0 while it
  // runs or waits on anything else). Cancel reads it to wake the task or to pass the
  // cancellation on; whoever wakes the task clears it first.
  std::atomic<uintptr_t> waiting{0};
  alignas(16) unsigned char results[];  // the async function's results, laid out by codegen
};

// Task::flags
constexpr uint8_t kTaskFuture = 1;  // no coroutine: finished by future_set/future_fail (asyncio's Future)

// Task::waiting's tags (Tasks and Timers are 16-byte aligned GC objects).
constexpr uintptr_t kWaitTask = 1;      // awaiting the Task: cancelling it cancels that Task (Python's _fut_waiter.cancel())
constexpr uintptr_t kWaitShielded = 2;  // awaiting the Task (a future, or through Shield): cancelling it only wakes it
constexpr uintptr_t kWaitSleep = 3;     // asleep on its own timer
constexpr uintptr_t kWaitTagMask = 15;

// asyncio (stdlib/asyncio/asyncio.cpp) on tasks:
// Asks t to stop: it receives asyncio.CancelledError at its next suspension (or, awaiting
// another task, that task is cancelled instead, as Python's Task.cancel). False if t is done.
bool task_cancel(Task* t);
// The task whose code runs on the calling goroutine (main: its stand-in), or null.
Task* task_current();
// A future: a Task with no code, pending until future_set or future_fail (idempotent: the
// first wins). Awaiting one never passes a cancellation on to it.
Task* future_new();
void future_set(Task* f);
void future_fail(Task* f, csp_any v);
// The panic value of a cancellation (asyncio.CancelledError{}), set by asyncio's init.
void set_cancelled_value(csp_any v);
// Timeouts (asyncio.Timeout): cancels the current task at `when` (nanotime) unless disarmed
// first. timeout_disarm returns whether it fired (and then takes back a cancellation it
// asked for that was not delivered yet).
struct TaskTimeout;
TaskTimeout* timeout_arm(int64_t when);
bool timeout_disarm(TaskTimeout* h);

// Called at exit (main returned): reports tasks that panicked and were never awaited, as
// asyncio's "Task exception was never retrieved".
void report_unretrieved_tasks();

// The number of tasks not finished yet (runtime.NumGoroutine leaves them out).
int64_t live_tasks();

}  // namespace csp::rt
