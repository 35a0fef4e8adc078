// runtime/sched/timers.h: the scheduler's timers (time.Sleep, time.After, tickers, AfterFunc,
// select timeouts). Internal to runtime/.
//
// One 4-ary heap ordered by deadline (timers.cpp), behind timer_mu; workers run due timers
// in their scheduling loop, and an idle worker sleeps on its futex no longer than until the
// earliest deadline, so a million pending timers cost a heap, not threads. The heap's array is Boehm
// memory that is a root, so a pending timer (and what its arg points to) stays alive even if
// the program dropped every other reference, as in Go.
//
// Callbacks run on a worker's scheduler context with no lock held: they may ready goroutines
// and make non-blocking channel sends, never park.
#pragma once

#include <cstdint>

namespace csp::rt {

struct Timer {
  int64_t when = 0;                        // nanotime() deadline
  int64_t period = 0;                      // > 0: fires again every period
  void (*fn)(Timer* t, int64_t now) = nullptr;
  void* arg = nullptr;
  int32_t index = -1;                      // position in the heap; -1 when not pending
};

// A new timer in GC memory (scanned; kept alive by the heap while pending).
Timer* timer_new();
// Schedules t at t->when (it must not be pending).
void timer_add(Timer* t);
// Unschedules t; returns whether it was pending (Go's Stop result).
bool timer_del(Timer* t);
// Unschedules t if pending and schedules it at when; returns whether it was pending.
bool timer_reset(Timer* t, int64_t when, int64_t period);

bool timers_pending();
void timers_reset();  // drops every timer (a new program run in the same process)
int64_t timers_next_deadline();  // 0 when none
// Runs every timer due at now; returns whether any ran. Scheduler context only.
bool timers_run(int64_t now);

}  // namespace csp::rt
