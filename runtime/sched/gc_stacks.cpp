// runtime/sched/gc_stacks.cpp: Boehm GC and goroutine stacks (the scheme: gc_stacks.h).
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include "runtime/sched/gc_stacks.h"
#include "runtime/sched/sched.h"
#include "runtime/sched/stack.h"
#include "runtime/sched/stack_abi.h"

#include <atomic>
#include <csignal>
#include <cstring>
#include <pthread.h>
#include <ucontext.h>
#include <unistd.h>

namespace csp::rt {


namespace {

struct sigaction g_boehm_suspend;   // Boehm's own handler, called by ours
GC_push_other_roots_proc g_prev_push = nullptr;
GC_on_collection_event_proc g_prev_event = nullptr;

// Points the thread's stack end at the top of the stack sp lies on. Boehm must never get an
// end below the stack pointer: it would count a stack of almost 2^64 bytes, and from then on
// judge no collection worth its cost. So before gc_worker_init the end Boehm set at the
// thread's registration stays, and when sp is on neither stack (a handler running on the
// signal stack) the end becomes sp: Boehm scans the signal frames below it, and
// push_goroutine_stacks pushes all of the goroutine's stack, wherever the handler left it.
// alt_hi: the top of the signal stack the suspend handler runs on, or 0 when it runs on the
// interrupted stack.
void fix_stack_end(GcWorker* w, uintptr_t sp, uintptr_t alt_hi = 0) {
  if (!w->ready) return;
  uintptr_t end = sp;
  GcWorker::Where where = GcWorker::Elsewhere;
  G* g = w->g;
  uintptr_t top = 0;
  if (sp >= w->own_lo && sp < w->own_hi) {
    end = w->own_hi;
    where = GcWorker::OnOwn;
  } else if (g != nullptr && (top = stack_top_for(g, sp)) != 0) {
    end = top;  // the segment holding sp (the stack may have grown since the switch)
    where = GcWorker::OnG;
  }
  if (alt_hi != 0) {
    // Boehm scans the signal stack; the interrupted one is ours to push (note_running).
    if (where == GcWorker::OnOwn) where = GcWorker::AltOwn;
    else if (where == GcWorker::OnG) where = GcWorker::AltG;
    end = alt_hi;
  }
  w->where = where;
  w->stopped_sp = sp;
  GC_stack_base sb;
  sb.mem_base = reinterpret_cast<void*>(end);
  GC_set_stackbottom(w->handle, &sb);
}

void on_suspend(int sig, siginfo_t* info, void* uctx) {
  auto* uc = static_cast<ucontext_t*>(uctx);
  auto sp = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t alt_hi = 0;
  stack_t ss;
  if (sigaltstack(nullptr, &ss) == 0 && (ss.ss_flags & SS_ONSTACK) != 0) {
    auto lo = reinterpret_cast<uintptr_t>(ss.ss_sp);
    // (Interrupted while already on the signal stack: that is the stack Boehm scans, as
    // before; a nested signal leaves where = Elsewhere.)
    if (here >= lo && here < lo + ss.ss_size && !(sp >= lo && sp < lo + ss.ss_size)) alt_hi = lo + ss.ss_size;
  }
  GcWorker* w = gc_current_worker();
  if (w != nullptr && w->ready) {
    fix_stack_end(w, sp, alt_hi);
  } else if (alt_hi != 0) {
    // Boehm would scan from here, on the signal stack, up to the thread's stack: across
    // unmapped memory. Only ready workers have signal stacks (gc_stacks.h); say so rather
    // than fault in the marker.
    static const char msg[] = "fatal error: collector stopped a thread on an unknown signal stack\n";
    (void)!write(2, msg, sizeof msg - 1);
    _exit(2);
  }
  g_boehm_suspend.sa_sigaction(sig, info, uctx);
}

// Before every stop of the world, on the collecting thread (which is not signalled).
void GC_CALLBACK on_collection_event(GC_EventType e) {
  if (e == GC_EVENT_PRE_STOP_WORLD) {
    if (GcWorker* w = gc_current_worker()) {
      uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
      fix_stack_end(w, sp);
    }
  }
  if (g_prev_event) g_prev_event(e);
}

void push_range(uintptr_t lo, uintptr_t hi) {
  GC_push_all_eager(reinterpret_cast<void*>(lo), reinterpret_cast<void*>(hi));
}

// Every segment of g's stack, whole.
void push_whole_stack(const G* g) {
  if (g->stack == nullptr) {
    push_range(g->stack_lo, g->stack_hi);
    return;
  }
  for (const Stack* s = g->stack; s != nullptr; s = s->newer) push_range(s->lo, s->hi);
}

struct Skip {
  G* gs[256];
  uintptr_t sps[256];
  int n = 0;
};

// A worker stopped on a goroutine's stack: Boehm scanned it. One stopped elsewhere: all of
// the goroutine's stack (its saved context is stale).
void note_running(GcWorker* w, void* arg) {
  auto* s = static_cast<Skip*>(arg);
  G* g = w->g;
  if (w->where == GcWorker::AltOwn) push_range(w->stopped_sp, w->own_hi);
  if (g == nullptr || w->where == GcWorker::OnOwn || w->where == GcWorker::AltOwn) return;
  if (w->where == GcWorker::Elsewhere) push_whole_stack(g);
  if (w->where == GcWorker::AltG) {
    uintptr_t top = stack_top_for(g, w->stopped_sp);
    if (top != 0) push_range(w->stopped_sp, top);
    else push_whole_stack(g);
  }
  if (s->n < 256) {
    s->gs[s->n] = g;
    s->sps[s->n++] = w->stopped_sp;
  }
}


// A parked goroutine: its current segment from the saved context up, then the live part of
// each older segment. A running one (Boehm scanned its current segment as the thread's
// stack): only the older segments.
void push_parked(G* g, void* arg) {
  auto* s = static_cast<Skip*>(arg);
  for (int i = 0; i < s->n; i++)
    if (s->gs[i] == g) {
      for_each_older_segment(g, s->sps[i], push_range);
      return;
    }
  if (!g->sp || !g->stack_hi) return;
  auto sp = reinterpret_cast<uintptr_t>(g->sp);
  uintptr_t top = stack_top_for(g, sp);
  if (top == 0) return;
  push_range(sp, top);
  for_each_older_segment(g, sp, push_range);
}

void GC_CALLBACK push_goroutine_stacks() {
  if (g_prev_push) g_prev_push();  // the threads' stacks (Boehm's default)
  Skip skip;
  for_each_worker_gc(note_running, &skip);
  for_each_g(push_parked, &skip);
}

}  // namespace

void gc_sched_init() {
  static bool installed = false;  // once per process image (a forked child inherits it)
  if (installed) return;
  installed = true;
  // (The getters and setters take the GC lock themselves.)
  g_prev_push = GC_get_push_other_roots();
  GC_set_push_other_roots(push_goroutine_stacks);
  g_prev_event = GC_get_on_collection_event();
  GC_set_on_collection_event(on_collection_event);
  int sig = GC_get_suspend_signal();
  struct sigaction ours;
  std::memset(&ours, 0, sizeof ours);
  sigaction(sig, nullptr, &g_boehm_suspend);
  if (!(g_boehm_suspend.sa_flags & SA_SIGINFO)) return;  // not the handler we know how to wrap
  ours = g_boehm_suspend;
  ours.sa_sigaction = on_suspend;
#ifndef CSP_SANITIZED_STACKS
  // (gc_stacks.h: a goroutine's small stack cannot hold it. Sanitizer builds have no small
  // stacks, and their runtime gives every thread a signal stack of its own.)
  ours.sa_flags |= SA_ONSTACK;
#endif
  sigaction(sig, &ours, nullptr);
  // The restart signal arrives while the suspend handler waits (on the signal stack already);
  // on the signal stack too, should it come at any other time.
  int restart = GC_get_thr_restart_signal();
  struct sigaction r;
#ifndef CSP_SANITIZED_STACKS
  if (restart != sig && sigaction(restart, nullptr, &r) == 0 && r.sa_handler != SIG_DFL && r.sa_handler != SIG_IGN) {
    r.sa_flags |= SA_ONSTACK;
    sigaction(restart, &r, nullptr);
  }
#else
  (void)restart;
  (void)r;
#endif
}

void gc_worker_init(GcWorker* w) {
  GC_stack_base sb;
  w->handle = GC_get_my_stackbottom(&sb);
  w->own_hi = reinterpret_cast<uintptr_t>(sb.mem_base);
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* lo = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &lo, &size) == 0) w->own_lo = reinterpret_cast<uintptr_t>(lo);
    pthread_attr_destroy(&attr);
  }
  std::atomic_signal_fence(std::memory_order_seq_cst);  // the fields before the flag
  w->ready = true;
}

}  // namespace csp::rt
