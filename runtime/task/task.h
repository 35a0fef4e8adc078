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
// but for what waking takes (ready/go_resume: run-queue locks).
#pragma once

#include "runtime/csp_rt.h"
#include "runtime/sched/lock.h"
#include "runtime/sched/sched.h"

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace csp::rt {

enum class TaskState : uint32_t { Pending, Done, Panicked };

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
  G* gwaiters = nullptr;        // goroutines parked in csp_task_wait, through G::schedlink
  Task* twaiters = nullptr;     // tasks suspended awaiting this one, through next_waiter
  Task* next_waiter = nullptr;  // (this task's link in such a list)
  TaskPanic* panic = nullptr;   // set when it panicked
  Timer* timer = nullptr;       // asyncio's sleeps, made on first use
  bool retrieved = false;       // an awaiter saw the panic (atomic accesses)
  alignas(16) unsigned char results[];  // the async function's results, laid out by codegen
};

// Called at exit (main returned): reports tasks that panicked and were never awaited, as
// asyncio's "Task exception was never retrieved".
void report_unretrieved_tasks();

// The number of tasks not finished yet (runtime.NumGoroutine leaves them out).
int64_t live_tasks();

}  // namespace csp::rt
