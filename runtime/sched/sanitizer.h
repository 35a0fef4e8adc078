// runtime/sched/sanitizer.h: telling ThreadSanitizer and AddressSanitizer about goroutine
// switches. Internal to runtime/sched/. Without these, TSan sees one thread's history jump
// between unrelated stacks and ASan reports the other stack's frames as overflows.
//
// TSan: every goroutine is a TSan fiber, created on its first run and destroyed when it
// exits (a G record that is reused gets a fresh fiber): a fiber's shadow call stack still
// holds the frames the goroutine died in (csp_ctx_main, goexit, switch_to_scheduler), so
// reusing it would grow that stack by a few entries per goroutine until it overflowed, and
// reports would show a dead goroutine's frames under the new one's. __tsan_switch_to_fiber
// comes right before the switch, in synchronising mode: the switch happens on one thread,
// so everything the leaver did happens before what the arriver does (the cross-thread
// hand-offs, run queues and locks, are atomics and mutexes TSan sees by itself). Boehm's
// suspend signal is blocked across the switch (see san_gc_suspend_set).
//
// ASan: the side that leaves calls __sanitizer_start_switch_fiber with the destination
// stack's bounds (null save slot when the leaving goroutine is dying), the side that arrives
// calls __sanitizer_finish_switch_fiber. The scheduler context passes the worker thread's own
// bounds.
//
// Both functions must be inlined into the C++ function that calls csp_ctx_swap: TSan's
// function-entry/exit shadow stack is per fiber, and a call that entered on one fiber and
// returned on the other would unbalance both.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CSP_TSAN 1
#endif
#if __has_feature(address_sanitizer)
#define CSP_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define CSP_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CSP_ASAN 1
#endif

#ifdef CSP_TSAN
#include <csignal>
#include <pthread.h>
#include <sanitizer/tsan_interface.h>
#endif
#ifdef CSP_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#define CSP_SAN_INLINE inline __attribute__((always_inline))

namespace csp::rt {

#ifdef CSP_TSAN
// Boehm's stop-the-world signal and fiber switches. TSan runs an asynchronous signal's
// handler only when the thread next enters an intercepted function or an atomic operation
// (unless it is blocked in an intercepted call), queued on the *fiber* that was current
// when the signal came, with the signal context of that moment. Two ways that goes wrong
// across a switch:
//  - A goroutine that parks right after the signal came keeps it queued until it runs again,
//    and the collector waits for that thread's answer meanwhile.
//  - Boehm's handler records the stack pointer it runs at, and our wrapper
//    (gc_stacks.cpp, on_suspend) picks the stack's end from the interrupted stack pointer.
//    A signal that came between __tsan_switch_to_fiber and the end of the stack switch, or
//    while __tsan_create_fiber ran, is queued on one side's fiber with the other side's
//    stack pointer, and the collector then scans from one stack to the top of another
//    (seen: markers faulting on a worker stack's guard page).
// So the leaver blocks the suspend signal, lets TSan run whatever it queued (an atomic
// load is such a point), and switches; the arriver unblocks it (san_switched_back), and a
// signal that came meanwhile is delivered on the arriver's stack and fiber. Two system calls
// per switch, in TSan builds only.
extern "C" int GC_get_suspend_signal(void);

inline const sigset_t* san_gc_suspend_set() {
  static const sigset_t set = [] {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, GC_get_suspend_signal());
    return s;
  }();
  return &set;
}

// Boehm's GC_THREADS redirection (gc_pthread_redirects.h) turns pthread_sigmask into
// GC_pthread_sigmask, which drops the suspend signal from any set to block: call libc's.
#pragma push_macro("pthread_sigmask")
#undef pthread_sigmask
CSP_SAN_INLINE void san_block_gc_suspend(bool block) {
  pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, san_gc_suspend_set(), nullptr);
}
#pragma pop_macro("pthread_sigmask")

CSP_SAN_INLINE void san_poll_signals() {
  static int word;
  (void)__atomic_load_n(&word, __ATOMIC_RELAXED);
}
#endif

inline void* san_current_fiber() {
#ifdef CSP_TSAN
  return __tsan_get_current_fiber();
#else
  return nullptr;
#endif
}

// Called by the side that leaves: from_fiber is its TSan fiber slot, to_fiber the
// destination's (created if null), fake_save where ASan keeps the leaver's fake stack (null:
// the leaver is a dying goroutine, which never runs again: its TSan fiber is destroyed and
// its slot cleared), [lo, lo+size) the destination stack.
CSP_SAN_INLINE void san_switch_to(void** from_fiber, void** to_fiber, void** fake_save, uintptr_t lo, size_t size) {
#ifdef CSP_TSAN
  // (Blocked before the fiber is made: creating and destroying one briefly makes it TSan's
  // current fiber, and a signal that came then would be queued on it.)
  san_block_gc_suspend(true);
  if (*to_fiber == nullptr) {
    *to_fiber = __tsan_create_fiber(0);
    __tsan_set_fiber_name(*to_fiber, "goroutine");
  }
  san_poll_signals();
  __tsan_switch_to_fiber(*to_fiber, 0);
  if (fake_save == nullptr && *from_fiber != nullptr) {
    // Now on the destination's fiber, so the dying one is not current and may go.
    __tsan_destroy_fiber(*from_fiber);
    *from_fiber = nullptr;
  }
#else
  (void)from_fiber, (void)to_fiber;
#endif
#ifdef CSP_ASAN
  __sanitizer_start_switch_fiber(fake_save, reinterpret_cast<const void*>(lo), size);
#else
  (void)fake_save, (void)lo, (void)size;
#endif
}

// Called by the side that arrives, with the fake stack it saved when it left (or null).
CSP_SAN_INLINE void san_switched_back(void* fake_save) {
#ifdef CSP_TSAN
  san_block_gc_suspend(false);
#endif
#ifdef CSP_ASAN
  __sanitizer_finish_switch_fiber(fake_save, nullptr, nullptr);
#else
  (void)fake_save;
#endif
}

}  // namespace csp::rt
