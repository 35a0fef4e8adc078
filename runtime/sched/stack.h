// runtime/sched/stack.h: goroutine stacks. Internal to runtime/.
//
// A goroutine's stack is a chain of segments that grows as it needs (Go allows 1 GB). A
// goroutine JIT'd code starts gets a small first segment (kSmallStackSize, 2 KiB: two of
// them share a 4 KiB page, so a parked goroutine costs half a page, as Go's 2 KiB starting
// stacks do); C++ callers of go() (the unit tests) get a slab-sized one. Small segments come
// kSmallPerSlab to an mmap, slab segments kStacksPerSlab to one (MAP_NORESERVE), so a million
// goroutines need a few thousand mappings, not a million (Linux's vm.max_map_count is 65530).
// Pages are committed by the kernel when first touched and stay committed while the stack
// is pooled, so a reused stack costs no faults. Segments are not guarded by PROT_NONE pages
// (a guard page per stack would split the slab's mapping); the stack check every csp
// function makes at entry compares with the limit the scheduler installs (kGuardReserve
// bytes above the bottom; stack_abi.h says what runs below it), and runtime calls that may
// go deep get kDeepReserve bytes through csp_deep_call. When the check fails, __morestack
// (switch_x86_64.S) asks csp_morestack_grow for a segment big enough for the function's
// frame and stack arguments, runs the function there, and on its return goes back to the
// older segment (csp_morestack_release). Further segments are slab-sized when that
// suffices, else mapped on their own, at least twice the previous one's size; a segment
// left is kept for the next call (a loop calling across the boundary must not allocate each
// time), its own newer one is freed.
//
// Pools: each worker keeps a cache of free stacks of each pooled size (only its owner
// touches it); the global pools behind g_stack_mu refill and drain them in batches.
//
// CSP_STACKCHECK=1 in the environment paints every small segment when it is handed out and,
// when it comes back, finds how close to its bottom anything wrote: a fatal error when
// within 64 bytes (runtime C++ below a small segment's guard went deeper than the reserve),
// and the deepest use is reported when main returns: on stderr, or appended to the file when
// the value is an absolute path (tools/stackcheck.sh runs the tests so).
#pragma once

#include "runtime/sched/stack_abi.h"

#include <cstddef>
#include <cstdint>

namespace csp::rt {

constexpr size_t kStackSize = 64 * 1024;      // a slab segment (virtual)
constexpr size_t kStacksPerSlab = 256;        // 16 MiB of address space per mmap
#ifdef CSP_SANITIZED_STACKS
constexpr size_t kSmallStackSize = kStackSize;  // (stack_abi.h: no small segments)
#else
constexpr size_t kSmallStackSize = 2048;      // a JIT'd goroutine's first segment
#endif
constexpr size_t kSmallPerSlab = 1024;        // 2 MiB per mmap
constexpr size_t kGuardReserve = CSP_GUARD_RESERVE;  // below the limit (stack_abi.h)
constexpr size_t kDeepReserve = CSP_DEEP_RESERVE;    // csp_deep_call's callees get this
constexpr size_t kDeepArgBytes = 64;  // stack arguments csp_deep_call can pass (8 words)
constexpr size_t kMaxStackBytes = 1000000000; // Go's default maximum (runtime/debug.SetMaxStack)

// The header at the top of every segment (inside its region, above hi).
struct Stack {
  uintptr_t lo = 0, hi = 0;  // [lo, hi); hi is the initial stack pointer's end
  size_t mapped = 0;         // bytes mapped for this segment alone; 0: a pooled segment
  bool small = false;        // a small segment (kSmallStackSize), else slab-sized when pooled
  // While a goroutine uses it (written on the goroutine's own thread):
  Stack* prev = nullptr;     // the older segment it was entered from (null: the first)
  Stack* newer = nullptr;    // the newer segment entered from this one, in use or kept
  uintptr_t old_sp = 0;      // prev's stack pointer when this segment was entered
  uintptr_t entry_sp = 0;    // __morestack's entry %rsp on prev: the caller's return
                             // address is at entry_sp + 8 (goroutine dumps)
};
// A per-worker cache of free stacks, one array per pooled size, the most recently freed on
// top (an array, so that moving a batch to or from the global pool reads no stack header:
// the headers of stacks freed on another worker are cache misses). Owner only.
constexpr int kStackCacheMax = 64;  // a worker keeps at most this many free stacks of a size
constexpr int kStackBatch = 32;     // moved between a cache and the global pool at a time
struct StackCache {
  Stack* big[kStackCacheMax + 1] = {};  // slab-sized
  int n = 0;
  Stack* small[kStackCacheMax + 1] = {};
  int small_n = 0;
};
// A stack from the cache (refilled from the global pool or a new slab). Dies on ENOMEM.
Stack* stack_get(StackCache* c, bool small = false);
// Returns a stack from stack_get to the cache (overflow goes to the global pool).
void stack_put(StackCache* c, Stack* s);
// A segment of at least bytes usable (slab-sized ones from the cache).
Stack* segment_get(StackCache* c, size_t bytes);
// Frees a segment from segment_get or stack_get.
void segment_put(StackCache* c, Stack* s);
inline size_t segment_size(const Stack* s) {
  return s->mapped ? s->mapped : s->small ? kSmallStackSize : kStackSize;
}
// CSP_STACKCHECK (above): whether it is on, and the report for the exit.
bool stack_check_enabled();
void stack_check_report();

}  // namespace csp::rt
