// runtime/sched/sanitizer.h: telling ThreadSanitizer and AddressSanitizer about goroutine
// switches. Internal to runtime/sched/. Without these, TSan sees one thread's history jump
// between unrelated stacks and ASan reports the other stack's frames as overflows.
//
// TSan: every goroutine is a TSan fiber (created on its first run, kept with its G record
// for reuse); __tsan_switch_to_fiber comes right before the switch. ASan: the side that
// leaves calls __sanitizer_start_switch_fiber with the destination stack's bounds (null
// save slot when the leaving goroutine is dying), the side that arrives calls
// __sanitizer_finish_switch_fiber. The scheduler context passes bounds 0/0: ASan then keeps
// the thread's own bounds.
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
#include <sanitizer/tsan_interface.h>
#endif
#ifdef CSP_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

namespace csp::rt {

inline void* san_current_fiber() {
#ifdef CSP_TSAN
  return __tsan_get_current_fiber();
#else
  return nullptr;
#endif
}

// Called by the side that leaves: from_fiber is its TSan fiber slot, to_fiber the
// destination's (created if null), fake_save where ASan keeps the leaver's fake stack (null:
// the leaver is dying), [lo, lo+size) the destination stack (0: the worker's own).
inline void san_switch_to(void** from_fiber, void** to_fiber, void** fake_save, uintptr_t lo, size_t size) {
  (void)from_fiber;
#ifdef CSP_TSAN
  if (*to_fiber == nullptr) *to_fiber = __tsan_create_fiber(0);
  __tsan_switch_to_fiber(*to_fiber, 0);
#else
  (void)to_fiber;
#endif
#ifdef CSP_ASAN
  __sanitizer_start_switch_fiber(fake_save, reinterpret_cast<const void*>(lo), size);
#else
  (void)fake_save, (void)lo, (void)size;
#endif
}

// Called by the side that arrives, with the fake stack it saved when it left (or null).
inline void san_switched_back(void* fake_save) {
#ifdef CSP_ASAN
  __sanitizer_finish_switch_fiber(fake_save, nullptr, nullptr);
#else
  (void)fake_save;
#endif
}

}  // namespace csp::rt
