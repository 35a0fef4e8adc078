// stdlib/sync/sync.cpp: the sync package's runtime hooks (Go's runtime/sema.go linknames):
// semaphores and notify lists that park the goroutine (runtime/sched/sema.h), and fatal.
#include "stdlib_bridges.h"

#include "runtime/panic.h"
#include "runtime/sched/sema.h"

#include <string>

using namespace csp::rt;

extern "C" {

void csp_sync_runtime_SemacquireMutex(void* s, bool lifo) {
  semacquire(static_cast<uint32_t*>(s), WaitReason::SyncMutexLock, lifo);
}
void csp_sync_runtime_SemacquireRWMutexR(void* s) {
  semacquire(static_cast<uint32_t*>(s), WaitReason::SyncRWMutexRLock);
}
void csp_sync_runtime_SemacquireRWMutex(void* s) { semacquire(static_cast<uint32_t*>(s), WaitReason::SyncRWMutexLock); }
void csp_sync_runtime_SemacquireWaitGroup(void* s) { semacquire(static_cast<uint32_t*>(s), WaitReason::Semacquire); }
void csp_sync_runtime_Semrelease(void* s, bool handoff) { semrelease(static_cast<uint32_t*>(s), handoff); }
bool csp_sync_runtime_canSpin(int64_t iter) { return sync_can_spin(static_cast<int>(iter)); }
void csp_sync_runtime_doSpin(void) { sync_do_spin(); }
int64_t csp_sync_runtime_nanotime(void) { return nanotime(); }
uint32_t csp_sync_runtime_notifyListAdd(void* l) { return notify_list_add(l); }
void csp_sync_runtime_notifyListWait(void* l, uint32_t t) { notify_list_wait(l, t); }
void csp_sync_runtime_notifyListNotifyOne(void* l) { notify_list_notify_one(l); }
void csp_sync_runtime_notifyListNotifyAll(void* l) { notify_list_notify_all(l); }

void csp_sync_fatal(const uint8_t* s, int64_t s_len) {
  fatal_error(std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(s_len)));
}

}  // extern "C"
