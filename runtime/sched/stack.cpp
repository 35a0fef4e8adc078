// runtime/sched/stack.cpp: slab-allocated goroutine stacks and their pools (stack.h).
//
// A Stack header lives at the top of its own stack region (the highest 64 bytes), so pooling
// allocates nothing; the usable stack ends below it. Slabs are never unmapped: a program that
// once ran a million goroutines keeps their address space (as Go keeps its stack spans for
// reuse), but untouched pages cost no memory.
//
// Locks: g_stack_mu (a SpinLock) guards g_free (the global pool) and the carving cursor.
// Each StackCache belongs to one worker.
#include "runtime/sched/stack.h"

#include "runtime/process.h"
#include "runtime/sched/lock.h"

#include <mutex>
#include <new>
#include <sys/mman.h>

namespace csp::rt {

namespace {

constexpr int kCacheMax = 32;    // a worker keeps at most this many free stacks
constexpr int kBatch = 16;       // moved between cache and global pool at a time

SpinLock g_stack_mu;
Stack* g_free = nullptr;  // guarded by g_stack_mu

Stack* header_of(uintptr_t region_lo) {
  return reinterpret_cast<Stack*>(region_lo + kStackSize - sizeof(Stack) - 48);
}

// The newest slab's stacks not handed out yet: [g_carve, g_carve_end). A stack's header (at
// the top of its region) is written when it is first handed out, not when its slab is
// mapped: writing all 256 headers at once faulted in 256 pages (1 MiB) for a program that
// starts four goroutines (0.5 ms of its start-up; now 16 us). Guarded by g_stack_mu.
uintptr_t g_carve = 0, g_carve_end = 0;

// A stack from the global pool, or carved from the newest slab (mapping a new one when it
// is used up). Caller holds g_stack_mu.
Stack* take_locked() {
  if (Stack* s = g_free) {
    g_free = s->next;
    return s;
  }
  if (g_carve == g_carve_end) {
    size_t bytes = kStackSize * kStacksPerSlab;
    void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) die("fatal error: out of memory allocating goroutine stacks\n");
    g_carve = reinterpret_cast<uintptr_t>(p);
    g_carve_end = g_carve + bytes;
  }
  uintptr_t lo = g_carve;
  g_carve += kStackSize;
  Stack* s = header_of(lo);
  new (s) Stack();
  s->lo = lo;
  s->hi = reinterpret_cast<uintptr_t>(s) & ~uintptr_t{15};
  return s;
}

}  // namespace

Stack* stack_get(StackCache* c) {
  if (c->free == nullptr) {
    std::lock_guard<SpinLock> lock(g_stack_mu);
    // (A batch from the pool, but a single stack when carving: the rest of a batch would
    // fault in pages that no goroutine may ever need.)
    for (int i = 0; i < kBatch && (i == 0 || g_free != nullptr); i++) {
      Stack* s = take_locked();
      s->next = c->free;
      c->free = s;
      c->n++;
    }
  }
  Stack* s = c->free;
  c->free = s->next;
  c->n--;
  s->next = nullptr;
  return s;
}

void stack_put(StackCache* c, Stack* s) {
  s->prev = s->newer = nullptr;
  s->next = c->free;
  c->free = s;
  if (++c->n <= kCacheMax) return;
  std::lock_guard<SpinLock> lock(g_stack_mu);
  for (int i = 0; i < kBatch; i++) {
    Stack* t = c->free;
    c->free = t->next;
    c->n--;
    t->next = g_free;
    g_free = t;
  }
}

Stack* segment_get(StackCache* c, size_t bytes) {
  if (bytes + sizeof(Stack) + 64 <= kStackSize) {
    Stack* s = stack_get(c);
    s->prev = s->newer = nullptr;
    return s;
  }
  size_t size = (bytes + sizeof(Stack) + 64 + 4095) & ~size_t{4095};
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                 -1, 0);
  if (p == MAP_FAILED) die("fatal error: out of memory allocating goroutine stacks\n");
  auto lo = reinterpret_cast<uintptr_t>(p);
  auto* s = new (reinterpret_cast<void*>(lo + size - sizeof(Stack) - 48)) Stack();
  s->lo = lo;
  s->hi = reinterpret_cast<uintptr_t>(s) & ~uintptr_t{15};
  s->mapped = size;
  return s;
}

void segment_put(StackCache* c, Stack* s) {
  if (s->mapped == 0) {
    stack_put(c, s);
    return;
  }
  munmap(reinterpret_cast<void*>(s->lo), s->mapped);
}

}  // namespace csp::rt
