// runtime/sched/stack.cpp: slab-allocated goroutine stacks and their pools (stack.h).
//
// A Stack header lives at the top of its own stack region (the highest 64 bytes), so pooling
// allocates nothing; the usable stack ends below it. Slabs are never unmapped: a program that
// once ran a million goroutines keeps their address space (as Go keeps its stack spans for
// reuse), but untouched pages cost no memory.
//
// Locks: g_stack_mu (a SpinLock) guards the global pools and the carving cursors. Each
// StackCache belongs to one worker.
#include "runtime/sched/stack.h"

#include "runtime/process.h"
#include "runtime/sched/lock.h"
#include "runtime/sched/prefetch.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <new>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace csp::rt {

namespace {

SpinLock g_stack_mu;

// kStackBatch free stacks, moved between a worker's cache and the global pool as one.
struct StackBatch {
  StackBatch* next;
  Stack* s[kStackBatch];
};

// One pooled size: its global pool (full batches, and batch arrays not in use) and the
// newest slab's stacks not handed out yet,
// [carve, carve_end). A stack's header (at the top of its region) is written when it is
// first handed out, not when its slab is mapped: writing all 256 headers of a slab at once
// faulted in 1 MiB for a program that starts four goroutines (0.5 ms of its start-up; now
// 16 us). All guarded by g_stack_mu.
struct Pool {
  size_t size, per_slab;
  bool small;
  StackBatch* full = nullptr;
  StackBatch* spare = nullptr;
  uintptr_t carve = 0, carve_end = 0;
};
Pool g_big{kStackSize, kStacksPerSlab, false};
Pool g_small{kSmallStackSize, kSmallPerSlab, true};

// The header of the region at lo: at its top (slab segments leave 48 bytes above it).
Stack* header_at(uintptr_t lo, size_t size, size_t pad) {
  return reinterpret_cast<Stack*>((lo + size - sizeof(Stack) - pad) & ~uintptr_t{15});
}

// The region of a new stack carved from p's newest slab (mapping a new one when it is used
// up). Caller holds g_stack_mu.
uintptr_t carve_locked(Pool& p) {
  if (p.carve == p.carve_end) {
    size_t bytes = p.size * p.per_slab;
    void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (m == MAP_FAILED) die("fatal error: out of memory allocating goroutine stacks\n");
    p.carve = reinterpret_cast<uintptr_t>(m);
    p.carve_end = p.carve + bytes;
  }
  uintptr_t lo = p.carve;
  p.carve += p.size;
  return lo;
}

// Writes the header of a region carve_locked returned. Not under g_stack_mu: the first
// write to a fresh page is a page fault (about 2 us here), and the other worker waiting
// for the lock meanwhile was half of stack_get's samples in spawn.
Stack* init_carved(const Pool& p, uintptr_t lo) {
  Stack* s = header_at(lo, p.size, p.small ? 0 : 48);
  new (s) Stack();
  s->lo = lo;
  s->hi = reinterpret_cast<uintptr_t>(s) & ~uintptr_t{15};
  s->small = p.small;
  return s;
}

// ---- CSP_STACKCHECK ----

constexpr unsigned char kPaint = 0xA5;
constexpr size_t kMinHeadroom = 64;
std::atomic<size_t> g_min_headroom{~size_t{0}};  // over every small segment returned
std::atomic<uint64_t> g_checked{0};

bool check_enabled_now() {
  const char* v = std::getenv("CSP_STACKCHECK");
  return v != nullptr && v[0] != '\0' && std::strcmp(v, "0") != 0;
}
const bool g_stack_check = check_enabled_now();

void paint(Stack* s) { std::memset(reinterpret_cast<void*>(s->lo), kPaint, s->hi - s->lo); }

// How many bytes at the bottom of s nothing wrote since paint(s).
void check(Stack* s) {
  auto* p = reinterpret_cast<const unsigned char*>(s->lo);
  size_t n = 0, max = s->hi - s->lo;
  while (n < max && p[n] == kPaint) n++;
  g_checked.fetch_add(1, std::memory_order_relaxed);
  size_t cur = g_min_headroom.load(std::memory_order_relaxed);
  while (n < cur && !g_min_headroom.compare_exchange_weak(cur, n, std::memory_order_relaxed)) {
  }
  if (n < kMinHeadroom)
    die("fatal error: CSP_STACKCHECK: runtime frames came within " + std::to_string(n) +
        " bytes of the bottom of a goroutine's first stack segment\n");
}

Pool& pool_of(bool small) { return small ? g_small : g_big; }
Stack** cache_of(StackCache* c, bool small) { return small ? c->small : c->big; }
int& cache_count(StackCache* c, bool small) { return small ? c->small_n : c->n; }

}  // namespace

bool stack_check_enabled() { return g_stack_check; }

void stack_check_report() {
  if (!g_stack_check) return;
  size_t h = g_min_headroom.load();
  uint64_t n = g_checked.load();
  char buf[256];
  if (n == 0) {
    std::snprintf(buf, sizeof buf, "csp: stackcheck: no small segment came back\n");
  } else {
    const uintptr_t base = uintptr_t{1} << 20;  // (any aligned address: the layout's arithmetic)
    size_t usable = (reinterpret_cast<uintptr_t>(header_at(base, kSmallStackSize, 0)) & ~uintptr_t{15}) - base;
    long below = static_cast<long>(kGuardReserve) - static_cast<long>(h);
    std::snprintf(buf, sizeof buf,
                  "csp: stackcheck: %llu small segments, deepest use %zu of %zu bytes, %ld bytes below "
                  "the guard (reserve %zu)\n",
                  static_cast<unsigned long long>(n), usable - h, usable, below < 0 ? 0 : below,
                  kGuardReserve);
  }
  // CSP_STACKCHECK=/path: appended to that file (tools/stackcheck.sh); otherwise stderr.
  const char* v = std::getenv("CSP_STACKCHECK");
  int fd = 2;
  if (v != nullptr && v[0] == '/') fd = open(v, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) (void)!write(fd, buf, std::strlen(buf));
  if (fd > 2) close(fd);
}

Stack* stack_get(StackCache* c, bool small) {
  if (kSmallStackSize == kStackSize) small = false;
  Stack** cache = cache_of(c, small);
  int& count = cache_count(c, small);
  if (count == 0) {
    // A batch from the pool, else a single new stack (the rest of a batch carved now would
    // fault in pages that no goroutine may ever need).
    Pool& p = pool_of(small);
    uintptr_t lo = 0;
    {
      std::lock_guard<SpinLock> lock(g_stack_mu);
      if (StackBatch* b = p.full) {
        p.full = b->next;
        std::memcpy(cache, b->s, sizeof b->s);
        count = kStackBatch;
        b->next = p.spare;
        p.spare = b;
      } else {
        lo = carve_locked(p);
      }
    }
    if (lo != 0) cache[count++] = init_carved(p, lo);
  }
  Stack* s = cache[--count];
  // The next one's header, and the top frame the goroutine's first switch writes next to
  // it: it may come from another worker (spawn: 12% of a worker's time was that miss).
  if (count > 0) {
    prefetch_w(cache[count - 1]);
    prefetch_w(reinterpret_cast<char*>(cache[count - 1]) - 64);
  }
  if (small && g_stack_check) paint(s);
  return s;
}

void stack_put(StackCache* c, Stack* s) {
  bool small = s->small;
  if (small && g_stack_check) check(s);
  s->prev = s->newer = nullptr;
  Stack** cache = cache_of(c, small);
  int& count = cache_count(c, small);
  cache[count++] = s;
  if (count <= kStackCacheMax) return;
  // The oldest kStackBatch go to the pool; the most recently used stay (warm here).
  StackBatch* b = nullptr;
  Pool& p = pool_of(small);
  {
    std::lock_guard<SpinLock> lock(g_stack_mu);
    if ((b = p.spare) != nullptr) p.spare = b->next;
  }
  if (b == nullptr) {
    b = static_cast<StackBatch*>(std::malloc(sizeof(StackBatch)));
    if (b == nullptr) die("fatal error: out of memory allocating goroutine stacks\n");
  }
  std::memcpy(b->s, cache, sizeof b->s);
  count -= kStackBatch;
  std::memmove(cache, cache + kStackBatch, sizeof(Stack*) * static_cast<size_t>(count));
  std::lock_guard<SpinLock> lock(g_stack_mu);
  b->next = p.full;
  p.full = b;
}

Stack* segment_get(StackCache* c, size_t bytes) {
  if (bytes + sizeof(Stack) + 64 <= kStackSize) {
    Stack* s = stack_get(c, false);
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
