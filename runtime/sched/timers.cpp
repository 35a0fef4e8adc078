// runtime/sched/timers.cpp: the timer heap (timers.h).
//
// Locks: timer_mu guards the heap (g_block, g_heap, g_len, g_cap and every pending timer's
// when, period and index). Lock order: callers may hold a channel lock or sched.mu before
// timer_mu only on paths that never run callbacks; callbacks run with no lock held.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/sched/timers.h"

#include "runtime/process.h"
#include "runtime/sched/sched.h"

#include <atomic>
#include <mutex>

namespace csp::rt {

void wake_for_timer();  // sched.cpp: an idle worker recomputes its sleep

namespace {

std::mutex timer_mu;

// A heap entry: the deadline is copied next to the pointer, so that sifting compares entries
// of the array and never touches the Timers themselves (with a million pending timers every
// Timer read would be a cache miss; moving an entry still writes its Timer's index). The heap
// is 4-ary like Go's (runtime/time.go): half the depth of a binary heap, and the four
// children of a node, 64 bytes, are the one cache line that sift_down reads per level (the
// array is laid out so that every group of siblings starts on a cache-line boundary).
struct Entry {
  int64_t when;  // == t->when while t is pending
  Timer* t;
};
constexpr int32_t kArity = 4;
constexpr int32_t kLead = kArity - 1;  // slots before entry 0: children of i (4i+1..4i+4) are
                                       // slots 4(i+1)..4(i+1)+3, one aligned cache line
constexpr size_t kLine = 64;
static_assert(sizeof(Entry) * kArity == kLine);

// Boehm memory, uncollectable: a root, scanned conservatively. The deadlines in it are
// nanotime values, not addresses in Boehm's heap in practice; one that were would only keep
// an object alive.
void* g_block = nullptr;
Entry* g_heap = nullptr;  // entry i is g_heap[i]; &g_heap[-kLead] is cache-line aligned
int32_t g_len = 0, g_cap = 0;
std::atomic<int64_t> g_earliest{0};  // g_heap[0].when, 0 when empty (read without the lock)

void place(const Entry& e, int32_t i) {
  g_heap[i] = e;
  e.t->index = i;
}

void sift_up(int32_t i) {
  Entry e = g_heap[i];
  while (i > 0) {
    int32_t p = (i - 1) / kArity;
    if (e.when >= g_heap[p].when) break;
    place(g_heap[p], i);
    i = p;
  }
  place(e, i);
}

void sift_down(int32_t i) {
  Entry e = g_heap[i];
  for (;;) {
    int32_t c = kArity * i + 1;
    if (c >= g_len) break;
    int32_t end = c + kArity < g_len ? c + kArity : g_len;
    int32_t m = c;
    for (int32_t k = c + 1; k < end; k++)
      if (g_heap[k].when < g_heap[m].when) m = k;
    if (g_heap[m].when >= e.when) break;
    place(g_heap[m], i);
    i = m;
  }
  place(e, i);
}

void update_earliest() { g_earliest.store(g_len ? g_heap[0].when : 0, std::memory_order_release); }

// timer_mu held.
bool add_locked(Timer* t) {
  if (g_len == g_cap) {
    int32_t cap = g_cap ? g_cap * 2 : 64;
    // kLead leading slots, and room to round the start up to a cache line (Boehm aligns small
    // objects to 16 bytes, the large ones this heap soon needs to pages).
    size_t bytes = sizeof(Entry) * (static_cast<size_t>(cap) + kLead) + kLine;
    void* block = GC_MALLOC_UNCOLLECTABLE(bytes);
    if (!block) die("fatal error: out of memory\n");
    auto base = (reinterpret_cast<uintptr_t>(block) + kLine - 1) & ~uintptr_t{kLine - 1};
    Entry* h = reinterpret_cast<Entry*>(base) + kLead;
    for (int32_t i = 0; i < g_len; i++) h[i] = g_heap[i];
    if (g_block) GC_FREE(g_block);
    g_block = block;
    g_heap = h;
    g_cap = cap;
  }
  place(Entry{t->when, t}, g_len++);
  sift_up(t->index);
  bool first = g_heap[0].t == t;
  update_earliest();
  return first;
}

// timer_mu held; t pending.
void remove_locked(Timer* t) {
  int32_t i = t->index;
  Entry last = g_heap[--g_len];
  g_heap[g_len] = Entry{0, nullptr};
  t->index = -1;
  if (i != g_len) {
    place(last, i);
    sift_down(i);
    sift_up(last.t->index);
  }
  update_earliest();
}

}  // namespace

Timer* timer_new() {
  void* mem = GC_MALLOC(sizeof(Timer));
  if (!mem) die("fatal error: out of memory\n");
  return new (mem) Timer();
}

void timer_add(Timer* t) {
  bool first;
  {
    std::lock_guard<std::mutex> lock(timer_mu);
    first = add_locked(t);
  }
  if (first) wake_for_timer();
}

bool timer_del(Timer* t) {
  std::lock_guard<std::mutex> lock(timer_mu);
  if (t->index < 0) return false;
  remove_locked(t);
  return true;
}

bool timer_reset(Timer* t, int64_t when, int64_t period) {
  bool was, first;
  {
    std::lock_guard<std::mutex> lock(timer_mu);
    was = t->index >= 0;
    if (was) remove_locked(t);
    t->when = when;
    t->period = period;
    first = add_locked(t);
  }
  if (first) wake_for_timer();
  return was;
}

void timers_reset() {
  std::lock_guard<std::mutex> lock(timer_mu);
  for (int32_t i = 0; i < g_len; i++) {
    g_heap[i].t->index = -1;
    g_heap[i] = Entry{0, nullptr};
  }
  g_len = 0;
  update_earliest();
}

bool timers_pending() { return g_earliest.load(std::memory_order_acquire) != 0; }

int64_t timers_next_deadline() { return g_earliest.load(std::memory_order_acquire); }

bool timers_run(int64_t now) {
  int64_t e = g_earliest.load(std::memory_order_acquire);
  if (e == 0 || e > now) return false;
  bool ran = false;
  for (int budget = 0; budget < 1024; budget++) {
    Timer* t;
    {
      std::lock_guard<std::mutex> lock(timer_mu);
      if (g_len == 0 || g_heap[0].when > now) break;
      t = g_heap[0].t;
      remove_locked(t);
      if (t->period > 0) {
        // Go's rule: the next tick is the first multiple of period after now.
        t->when += t->period * (1 + (now - t->when) / t->period);
        add_locked(t);
      }
    }
    t->fn(t, now);
    ran = true;
  }
  return ran;
}

}  // namespace csp::rt
