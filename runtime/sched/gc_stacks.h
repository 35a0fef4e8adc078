// runtime/sched/gc_stacks.h: how Boehm GC sees goroutine stacks. Internal to runtime/.
//
// Boehm scans each registered thread's stack from the stack pointer it records when the
// thread is stopped up to the thread's "stack end". A worker thread runs on its own stack
// (the scheduler context) or on a goroutine's, and switches often, so its stack end is set
// when it matters, not at every switch:
//  - a stopped thread: our wrapper around Boehm's suspend-signal handler runs on the
//    worker's signal stack (SA_ONSTACK: a signal frame is over 3 KiB with AVX-512 state, more
//    than a goroutine's small first segment holds). It sets the thread's stack end to the top
//    of the signal stack, so that what Boehm scans from the stack pointer its handler records
//    holds the signal frame (the registers) and the handlers' frames; the interrupted stack
//    (where = AltOwn or AltG, from the interrupted stack pointer) is pushed by our
//    push-other-roots callback, from that stack pointer to the top of the stack it lies on.
//    A handler that finds itself off the signal stack (a thread without one) sets the end to
//    the top of the stack the interrupted pointer lies on, as the handler runs on it too;
//  - the collecting thread (not signalled): the start-of-collection callback does the same
//    from its own stack pointer.
// Every other goroutine stack is pushed by our push-other-roots callback: from the saved
// context (g->sp, which holds the callee-saved registers) to the top of its segment, except
// the goroutines a stopped worker was found running on (Boehm scanned those). A grown stack
// (stack.h) has older segments too: for parked and running goroutines alike, each older
// segment is pushed from the stack pointer it had when the newer one was entered to its
// top. "The segment sp lies on" is found by address (stack_top_for), so a stop that
// interrupts a goroutine while it switches segments still finds the right bounds.
//
// GcWorker is written only by its worker thread; the signal handler reads it on that thread.
// Until gc_worker_init has filled it in (ready), the handler leaves the stack end Boehm set
// when it registered the thread: a stop can come between the thread's start and that point,
// and an end of 0 there once made Boehm count a wrapped-around stack size, after which it
// judged every collection not worth it and grew the heap forever (gc_stress, 1 run in 16).
// A worker installs its signal stack only after gc_worker_init: a handler on the signal
// stack with the registration-time end would have Boehm scan from the signal stack to the
// thread's stack (a marker thread faulted on the gap, 1 run of builder in 30). So only
// ready workers may have signal stacks while the handler has SA_ONSTACK; another thread
// found on one is a fatal error. Sanitizer builds, whose runtimes give every thread a
// signal stack, run the handler on the interrupted stack (64 KiB goroutine segments hold
// its frame).
#pragma once

#include <cstdint>

namespace csp::rt {

struct G;

struct GcWorker {
  void* handle = nullptr;                 // Boehm's thread handle (GC_get_my_stackbottom)
  uintptr_t own_lo = 0, own_hi = 0;       // the worker thread's own stack
  G* volatile g = nullptr;                // the goroutine being run (set before the switch)
  volatile uintptr_t g_lo = 0, g_hi = 0;  // its stack
  // OnOwn/OnG: Boehm scans the interrupted stack; AltOwn/AltG: the handler ran on the signal
  // stack, and push_goroutine_stacks pushes the interrupted one; Elsewhere: a nested signal.
  enum Where : uint8_t { OnOwn, OnG, AltOwn, AltG, Elsewhere };
  volatile Where where = OnOwn;           // at the last stop: the stack the thread was on
  volatile bool ready = false;            // the fields above are set (gc_worker_init)
  volatile uintptr_t stopped_sp = 0;      // and its stack pointer then
};

void gc_sched_init();                 // once, before workers start
void gc_worker_init(GcWorker* w);     // on each worker thread, at its start
// Before switching to g (its stack bounds); the signal handler may run at any point after.
inline void gc_switch_to_goroutine(GcWorker* w, G* g, uintptr_t lo, uintptr_t hi) {
  w->g_lo = lo;
  w->g_hi = hi;
  w->g = g;
}
// Back on the worker's own stack, before g can run anywhere else (so the handler never walks
// the segments of a goroutine another worker is changing).
inline void gc_switched_back(GcWorker* w) { w->g = nullptr; }

}  // namespace csp::rt
