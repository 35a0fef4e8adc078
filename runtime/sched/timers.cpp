// runtime/sched/timers.cpp: the timer heap (timers.h).
//
// Locks: timer_mu guards the heap (g_heap, g_len, g_cap and every pending timer's when,
// period and index). Lock order: callers may hold a channel lock or sched.mu before timer_mu
// only on paths that never run callbacks; callbacks run with no lock held.
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
Timer** g_heap = nullptr;  // Boehm memory, uncollectable: a root
int32_t g_len = 0, g_cap = 0;
std::atomic<int64_t> g_earliest{0};  // g_heap[0]->when, 0 when empty (read without the lock)

bool less(const Timer* a, const Timer* b) { return a->when < b->when; }

void place(Timer* t, int32_t i) {
  g_heap[i] = t;
  t->index = i;
}

void sift_up(int32_t i) {
  Timer* t = g_heap[i];
  while (i > 0) {
    int32_t p = (i - 1) / 2;
    if (!less(t, g_heap[p])) break;
    place(g_heap[p], i);
    i = p;
  }
  place(t, i);
}

void sift_down(int32_t i) {
  Timer* t = g_heap[i];
  for (;;) {
    int32_t c = 2 * i + 1;
    if (c >= g_len) break;
    if (c + 1 < g_len && less(g_heap[c + 1], g_heap[c])) c++;
    if (!less(g_heap[c], t)) break;
    place(g_heap[c], i);
    i = c;
  }
  place(t, i);
}

void update_earliest() { g_earliest.store(g_len ? g_heap[0]->when : 0, std::memory_order_release); }

// timer_mu held.
bool add_locked(Timer* t) {
  if (g_len == g_cap) {
    int32_t cap = g_cap ? g_cap * 2 : 64;
    auto** h = static_cast<Timer**>(GC_MALLOC_UNCOLLECTABLE(sizeof(Timer*) * static_cast<size_t>(cap)));
    if (!h) die("fatal error: out of memory\n");
    for (int32_t i = 0; i < g_len; i++) h[i] = g_heap[i];
    if (g_heap) GC_FREE(g_heap);
    g_heap = h;
    g_cap = cap;
  }
  place(t, g_len++);
  sift_up(t->index);
  bool first = g_heap[0] == t;
  update_earliest();
  return first;
}

// timer_mu held; t pending.
void remove_locked(Timer* t) {
  int32_t i = t->index;
  Timer* last = g_heap[--g_len];
  g_heap[g_len] = nullptr;
  t->index = -1;
  if (i != g_len) {
    place(last, i);
    sift_down(i);
    sift_up(last->index);
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
    g_heap[i]->index = -1;
    g_heap[i] = nullptr;
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
      if (g_len == 0 || g_heap[0]->when > now) break;
      t = g_heap[0];
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
