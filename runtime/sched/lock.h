// runtime/sched/lock.h: the runtime's short-term lock (channels, sync objects, semaphores,
// the scheduler's global queue and free lists, the stack pool).
// Internal to runtime/.
//
// A test-and-test-and-set spin lock that yields the thread after a while. It is meant for
// critical sections of a few dozen instructions and is never held across a park (park's
// unlock function releases it on the scheduler context after the goroutine's context is
// saved), so sleeping in the kernel would cost more than it saves; the scheduler's rare
// longer sections, such as starting a worker thread, only make waiters yield. Never held by
// a goroutine while it runs csp code.
#pragma once

#include <atomic>
#include <sched.h>

namespace csp::rt {

class SpinLock {
 public:
  // A waiter backs off exponentially between looks (1, 2, 4 ... 32 pauses): every look
  // pulls the lock's cache line, which holds the channel's fields too, away from the holder,
  // and a holder that must fetch it back for every store stays in its critical section longer.
  void lock() {
    for (int spins = 0;;) {
      if (!held_.exchange(true, std::memory_order_acquire)) return;
      int backoff = 1;
      while (held_.load(std::memory_order_relaxed)) {
        if (spins < 64) {
          for (int i = 0; i < backoff; i++) __builtin_ia32_pause();
          if (backoff < 32) backoff <<= 1;
          spins++;
        } else {
          sched_yield();
        }
      }
    }
  }
  bool try_lock() { return !held_.load(std::memory_order_relaxed) && !held_.exchange(true, std::memory_order_acquire); }
  void unlock() { held_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> held_{false};
};

}  // namespace csp::rt
