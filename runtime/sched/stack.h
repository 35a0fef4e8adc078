// runtime/sched/stack.h: goroutine stacks. Internal to runtime/.
//
// A goroutine's stack is a chain of segments that grows as it needs (Go allows 1 GB). The
// first segment is a fixed-size region carved from a slab: one mmap(MAP_NORESERVE) holds
// kStacksPerSlab of them, so a million goroutines need a few thousand mappings, not a
// million (Linux's vm.max_map_count is 65530). Pages are committed by the kernel when first
// touched and stay committed while the stack is pooled, so a reused stack costs no faults.
// Segments are not guarded by PROT_NONE pages (a guard page per stack would split the slab's
// mapping); the stack check every csp function makes at entry compares with the limit the
// scheduler installs (kStackReserve bytes above the bottom, so that runtime C++ and signal
// frames below a csp frame still fit). When the check fails, __morestack (switch_x86_64.S)
// asks csp_morestack_grow for a segment big enough for the function's frame and stack
// arguments, runs the function there, and on its return goes back to the older segment
// (csp_morestack_release). Further segments are slab-sized when that suffices, else mapped
// on their own, at least twice the previous one's size; a segment left is kept for the next
// call (a loop calling across the boundary must not allocate each time), its own newer one
// is freed.
//
// Pools: each worker keeps a cache of free slab stacks (only its owner touches it); the
// global pool behind g_stack_mu refills and drains it in batches.
#pragma once

#include <cstddef>
#include <cstdint>

namespace csp::rt {

constexpr size_t kStackSize = 64 * 1024;      // a slab segment (virtual): the first one's size
constexpr size_t kStackReserve = 32 * 1024;   // below the guard: runtime C++ frames
constexpr size_t kStacksPerSlab = 256;        // 16 MiB of address space per mmap
constexpr size_t kMaxStackBytes = 1000000000; // Go's default maximum (runtime/debug.SetMaxStack)

// The header at the top of every segment (inside its region, above hi).
struct Stack {
  uintptr_t lo = 0, hi = 0;  // [lo, hi); hi is the initial stack pointer's end
  Stack* next = nullptr;     // free-list link while pooled (stored in the stack itself)
  size_t mapped = 0;         // bytes mapped for this segment alone; 0: a slab segment
  // While a goroutine uses it (written on the goroutine's own thread):
  Stack* prev = nullptr;     // the older segment it was entered from (null: the first)
  Stack* newer = nullptr;    // the newer segment entered from this one, in use or kept
  uintptr_t old_sp = 0;      // prev's stack pointer when this segment was entered
  uintptr_t entry_sp = 0;    // __morestack's entry %rsp on prev: the caller's return
                             // address is at entry_sp + 8 (goroutine dumps)
};
// A per-worker cache of free stacks. Owner only.
struct StackCache {
  Stack* free = nullptr;
  int n = 0;
};

// A stack from the cache (refilled from the global pool or a new slab). Dies on ENOMEM.
Stack* stack_get(StackCache* c);
// Returns a stack to the cache (overflow goes to the global pool).
void stack_put(StackCache* c, Stack* s);
// A segment of at least bytes usable (slab-sized ones from the cache).
Stack* segment_get(StackCache* c, size_t bytes);
// Frees a segment from segment_get (or the first one).
void segment_put(StackCache* c, Stack* s);
inline size_t segment_size(const Stack* s) { return s->mapped ? s->mapped : kStackSize; }

}  // namespace csp::rt
