// stdlib/asyncio/asyncio.cpp: package asyncio's C++ (asyncio.csp): what its functions do when
// called outside a task's coroutine (inside one the compiler suspends the task instead:
// jit/codegen_async.cpp).
#include "stdlib_bridges.h"

#include "runtime/csp_rt.h"

extern "C" void csp_asyncio_suspend(int64_t d) { (void)csp_task_sleep(nullptr, d); }
