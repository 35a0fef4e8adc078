// runtime/sched/prefetch.h: prefetching a line the caller is about to write.
//
// __builtin_prefetch(p, 1) is prefetcht0 unless the build targets PRFCHW: it fetches the
// line shared, and the store that follows still waits to own it. Records that move between
// workers (G records, stacks) are written first by the worker that takes them, and a locked
// instruction soon after (runnext's exchange) waits for those stores: fetching them owned
// ahead of time is what hides the other core's latency. PREFETCHW (0F 0D /1) is a no-op
// hint on x86-64 processors without it, so it needs no CPU check.
#pragma once

#include <cstddef>
#include <cstdint>

namespace csp::rt {

inline void prefetch_w(const void* p) {
#if defined(__x86_64__)
  asm volatile("prefetchw %0" ::"m"(*static_cast<const char*>(p)));
#else
  __builtin_prefetch(p, 1);
#endif
}

// Every line of [p, p + n).
inline void prefetch_w(const void* p, size_t n) {
  auto a = reinterpret_cast<uintptr_t>(p) & ~uintptr_t{63};
  auto end = reinterpret_cast<uintptr_t>(p) + n;
  for (; a < end; a += 64) prefetch_w(reinterpret_cast<const void*>(a));
}

}  // namespace csp::rt
