// runtime/sched/stack.h: goroutine stacks. Internal to runtime/.
//
// A goroutine's stack is a fixed-size region carved from a slab: one mmap(MAP_NORESERVE)
// holds kStacksPerSlab stacks, so a million goroutines need a few thousand mappings, not a
// million (Linux's vm.max_map_count is 65530). Pages are committed by the kernel when first
// touched and stay committed while the stack is pooled, so a reused stack costs no faults.
// Stacks are not guarded by PROT_NONE pages (a guard page per stack would split the slab's
// mapping); overflow is caught by the stack check every csp function makes at entry against
// the limit the scheduler installs (runtime/sched/sched.h, "stack guard"), kStackReserve
// bytes above the bottom so that runtime C++ and signal frames below a csp frame still fit.
//
// Pools: each worker keeps a cache of free stacks (only its owner touches it); the global
// pool behind g_stack_mu refills and drains it in batches.
#pragma once

#include <cstddef>
#include <cstdint>

namespace csp::rt {

constexpr size_t kStackSize = 256 * 1024;     // a goroutine's whole stack (virtual)
constexpr size_t kStackReserve = 32 * 1024;   // below the guard: runtime C++ frames
constexpr size_t kStacksPerSlab = 64;         // 16 MiB of address space per mmap

struct Stack {
  uintptr_t lo = 0, hi = 0;  // [lo, hi); hi is the initial stack pointer's end
  Stack* next = nullptr;     // free-list link while pooled (stored in the stack itself)
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

}  // namespace csp::rt
