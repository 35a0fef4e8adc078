// stdlib/asyncio/asyncio.cpp: package asyncio's C++ (asyncio.csp): its tasks' runtime
// (runtime/task/task.h), and what suspend does when called outside a task's coroutine
// (inside one the compiler suspends the task instead: jit/codegen_async.cpp).
#include "stdlib_bridges.h"

#include "runtime/csp_rt.h"
#include "runtime/task/task.h"

using csp::rt::Task;

namespace {
Task* task(void* t) { return static_cast<Task*>(t); }
}  // namespace

extern "C" void csp_asyncio_suspend(int64_t d) { (void)csp_task_sleep(nullptr, d); }

extern "C" void csp_asyncio_register(const void* cancelled_tab, uint64_t cancelled_data) {
  csp::rt::set_cancelled_value(csp_any{static_cast<const csp_type*>(cancelled_tab), cancelled_data});
}

extern "C" void* csp_asyncio_newFuture() { return csp::rt::future_new(); }
extern "C" void csp_asyncio_setFuture(void* f) { csp::rt::future_set(task(f)); }
extern "C" void csp_asyncio_failFuture(void* f, const void* v_tab, uint64_t v_data) {
  csp::rt::future_fail(task(f), csp_any{static_cast<const csp_type*>(v_tab), v_data});
}
extern "C" bool csp_asyncio_cancelTask(void* t) { return csp_task_cancel(t); }
extern "C" bool csp_asyncio_taskDone(void* t) { return csp_task_done(t); }
extern "C" bool csp_asyncio_taskCancelled(void* t) { return csp_task_cancelled(t); }
extern "C" bool csp_asyncio_taskFailed(void* t) {
  return task(t)->state.load(std::memory_order_acquire) == csp::rt::TaskState::Panicked;
}
extern "C" void* csp_asyncio_currentTask() { return csp::rt::task_current(); }

extern "C" void* csp_asyncio_armTimeout(int64_t ns) {
  int64_t now = csp::rt::nanotime();
  int64_t when = ns <= 0 ? now : (now + ns < now ? INT64_MAX : now + ns);
  return csp::rt::timeout_arm(when);
}
extern "C" bool csp_asyncio_disarmTimeout(void* h) {
  return csp::rt::timeout_disarm(static_cast<csp::rt::TaskTimeout*>(h));
}
