// runtime/chan/chan.cpp: channels and select (Go's runtime/chan.go and select.go).
//
// Invariants (Go's, restated for this implementation; c->lock guards every field):
//  - At least one of c->sendq and c->recvq is empty, except for an unbuffered channel with
//    one goroutine blocked in select on both sending and receiving on it.
//  - A buffered channel: qcount > 0 implies recvq is empty; qcount < dataqsiz implies sendq
//    is empty.
//  - A parked goroutine's Sudog lives on its own stack (or, for select, in an array there);
//    it is on a wait queue exactly while its goroutine is parked on it. Whoever dequeues it
//    (holding the channel's lock) does the transfer through sg->elem, sets sg->success,
//    stores the Sudog in g->param and readies the goroutine.
//  - A goroutine parked in select is on several queues; the first channel operation to win
//    the CAS on g->select_done takes it, the others skip its Sudogs, and the goroutine takes
//    its Sudogs off the other queues when it runs again.
// Direct hand-off: a sender that finds a parked receiver copies into the receiver's slot
// and readies it into runnext (and vice versa), so an unbuffered exchange is one copy.
//
// Lock order: select locks its channels in address order (sellock); no other path holds
// two channel locks. A channel lock comes before sched.mu (ready may take it).
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/panic.h"
#include "runtime/process.h"
#include "runtime/sched/lock.h"
#include "runtime/sched/sched.h"
#include "runtime/typeops.h"

#include <algorithm>
#include <cstring>

namespace csp::rt {

namespace {

struct Chan;

struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  void* elem = nullptr;       // where to receive into / send from (may be null: discard)
  Chan* c = nullptr;
  bool is_select = false;
  bool success = false;       // the operation completed (false: woken by close)
  int32_t case_index = -1;    // select: the case this Sudog stands for
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;

  void enqueue(Sudog* s) {
    s->next = nullptr;
    s->prev = last;
    if (last) last->next = s;
    else first = s;
    last = s;
  }

  void remove(Sudog* s) {
    if (s->prev) s->prev->next = s->next;
    else if (first == s) first = s->next;
    else return;  // not on this queue
    if (s->next) s->next->prev = s->prev;
    else last = s->prev;
    s->next = s->prev = nullptr;
  }

  // The first waiter still waiting (select waiters already taken by another case are
  // dropped on the way).
  Sudog* dequeue() {
    while (Sudog* s = first) {
      first = s->next;
      if (first) first->prev = nullptr;
      else last = nullptr;
      s->next = s->prev = nullptr;
      if (s->is_select) {
        uint32_t expect = 0;
        if (!s->g->select_done.compare_exchange_strong(expect, 1, std::memory_order_acq_rel)) continue;
      }
      return s;
    }
    return nullptr;
  }
};

struct Chan {
  int64_t qcount = 0;    // elements in the buffer
  int64_t dataqsiz = 0;  // capacity
  uint8_t* buf = nullptr;
  int64_t elemsize = 0;
  bool closed = false;
  int64_t sendx = 0, recvx = 0;
  WaitQ recvq, sendq;
  SpinLock lock;
};

uint8_t* slot(Chan* c, int64_t i) { return c->buf + i * c->elemsize; }

// Copies one element (src null: zeroes it). Fixed sizes are inlined: a libc memmove call for
// an int, under the channel's lock, lengthened every critical section of a buffered channel.
template <size_t N>
inline void copy_fixed(void* dst, const void* src) {
  if (src) std::memcpy(dst, src, N);
  else std::memset(dst, 0, N);
}

void copy_elem(void* dst, const void* src, int64_t n) {
  if (!dst || n <= 0) return;
  switch (n) {
    case 1: return copy_fixed<1>(dst, src);
    case 2: return copy_fixed<2>(dst, src);
    case 4: return copy_fixed<4>(dst, src);
    case 8: return copy_fixed<8>(dst, src);
    case 16: return copy_fixed<16>(dst, src);
    case 24: return copy_fixed<24>(dst, src);
    case 32: return copy_fixed<32>(dst, src);
    default: break;
  }
  if (src) std::memcpy(dst, src, static_cast<size_t>(n));
  else std::memset(dst, 0, static_cast<size_t>(n));
}

// The buffer's tail and head (c->lock held; the caller checked there is room / a value).
void buf_put(Chan* c, const void* elem) {
  copy_elem(slot(c, c->sendx), elem, c->elemsize);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount++;
}

void buf_take(Chan* c, void* elem) {
  uint8_t* p = slot(c, c->recvx);
  copy_elem(elem, p, c->elemsize);
  copy_elem(p, nullptr, c->elemsize);  // drop the buffer's reference (GC)
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount--;
}

void unlock_chan(void* arg) { static_cast<Chan*>(arg)->lock.unlock(); }

// (Channel operations are shallow entry points, which may run on a goroutine's small first
// segment: the panic runs on a deep one.)
[[noreturn]] void plain_panic(const char* msg) {
  run_deep([msg] { runtime_error(msg, RtErr::Plain); });
  __builtin_unreachable();
}

// A sender found receiver sg parked on c (c->lock held; a buffered channel's buffer is then
// empty): the value goes straight into the receiver's slot. Unlocks c.
void send_direct(Chan* c, Sudog* sg, const void* elem) {
  copy_elem(sg->elem, elem, c->elemsize);
  sg->success = true;
  sg->g->param = sg;
  c->lock.unlock();
  ready(sg->g);
}

// A receiver found sender sg parked on c (c->lock held). Unbuffered: copy from the sender.
// Buffered (the buffer is full): take the head of the buffer and put the sender's value at
// its tail, as Go's recv does, so FIFO order holds. Unlocks c.
void recv_from_sender(Chan* c, Sudog* sg, void* elem) {
  if (c->dataqsiz == 0) {
    copy_elem(elem, sg->elem, c->elemsize);
  } else {
    uint8_t* p = slot(c, c->recvx);
    copy_elem(elem, p, c->elemsize);
    copy_elem(p, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->success = true;
  sg->g->param = sg;
  c->lock.unlock();
  ready(sg->g);
}

}  // namespace

// A non-blocking send from runtime C++ on a worker's scheduler context (timer callbacks:
// a channel timer's tick): false when c is full. c is not nil and never closed (the time
// package's channels are receive-only for users).
bool chan_try_send(void* ch, const void* elem) {
  auto* c = static_cast<Chan*>(ch);
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return false;
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send_direct(c, sg, elem);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    buf_put(c, elem);
    c->lock.unlock();
    return true;
  }
  c->lock.unlock();
  return false;
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" {

void* csp_chan_make(const csp_type* elem, int64_t size) {
  int64_t esize = static_cast<int64_t>(elem->size);
  if (size < 0 || (esize > 0 && size > (int64_t{1} << 40) / esize)) plain_panic("makechan: size out of range");
  void* mem = GC_MALLOC(sizeof(Chan));
  if (!mem) die("fatal error: out of memory\n");
  Chan* c = new (mem) Chan();
  c->elemsize = esize;
  c->dataqsiz = size;
  if (size > 0 && esize > 0) {
    size_t bytes = static_cast<size_t>(size * esize);
    c->buf = static_cast<uint8_t*>((elem->flags & CSP_TF_POINTERS) ? GC_MALLOC(bytes) : GC_MALLOC_ATOMIC(bytes));
    if (!c->buf) die("fatal error: out of memory\n");
    if (!(elem->flags & CSP_TF_POINTERS)) std::memset(c->buf, 0, bytes);
  }
  return c;
}

void csp_chan_send(csp_g* g, void* ch, const void* elem) {
  auto* c = static_cast<Chan*>(ch);
  if (c == nullptr) {
    park(WaitReason::ChanSendNilChan, nullptr, nullptr);
    die("fatal error: unreachable: woken on a nil channel\n");
  }
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    plain_panic("send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send_direct(c, sg, elem);
    return;
  }
  if (c->qcount < c->dataqsiz) {
    buf_put(c, elem);
    c->lock.unlock();
    return;
  }
  Sudog sg;
  sg.g = gof(g);
  sg.elem = const_cast<void*>(elem);
  sg.c = c;
  c->sendq.enqueue(&sg);
  park(WaitReason::ChanSend, unlock_chan, c);
  if (!sg.success) plain_panic("send on closed channel");  // woken by close
}

bool csp_chan_recv(csp_g* g, void* ch, void* elem) {
  auto* c = static_cast<Chan*>(ch);
  if (c == nullptr) {
    park(WaitReason::ChanReceiveNilChan, nullptr, nullptr);
    die("fatal error: unreachable: woken on a nil channel\n");
  }
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    copy_elem(elem, nullptr, c->elemsize);
    return false;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    recv_from_sender(c, sg, elem);
    return true;
  }
  if (c->qcount > 0) {
    buf_take(c, elem);
    c->lock.unlock();
    return true;
  }
  Sudog sg;
  sg.g = gof(g);
  sg.elem = elem;
  sg.c = c;
  c->recvq.enqueue(&sg);
  park(WaitReason::ChanReceive, unlock_chan, c);
  if (!sg.success) copy_elem(elem, nullptr, c->elemsize);
  return sg.success;
}

void csp_chan_close(csp_g* g, void* ch) {
  (void)g;
  auto* c = static_cast<Chan*>(ch);
  if (c == nullptr) plain_panic("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    plain_panic("close of closed channel");
  }
  c->closed = true;
  // Every waiter wakes: receivers get the zero value and ok == false, senders panic.
  G* wake = nullptr;
  for (WaitQ* q : {&c->recvq, &c->sendq}) {
    while (Sudog* sg = q->dequeue()) {
      if (q == &c->recvq) copy_elem(sg->elem, nullptr, c->elemsize);
      sg->success = false;
      sg->g->param = sg;
      sg->g->schedlink = wake;
      wake = sg->g;
    }
  }
  c->lock.unlock();
  while (wake) {
    G* next = wake->schedlink;
    wake->schedlink = nullptr;
    ready(wake);
    wake = next;
  }
}

int64_t csp_chan_len(void* ch) {
  auto* c = static_cast<Chan*>(ch);
  if (!c) return 0;
  c->lock.lock();
  int64_t n = c->qcount;
  c->lock.unlock();
  return n;
}

int64_t csp_chan_cap(void* ch) {
  auto* c = static_cast<Chan*>(ch);
  return c ? c->dataqsiz : 0;
}

}  // extern "C"

// ---- select ----

namespace csp::rt {

namespace {

constexpr int kMaxStackCases = 16;

struct SelectState {
  csp_scase* cases;
  int n;
  Chan** lockorder;  // distinct non-nil channels, by address
  int nlocks;
};

void sellock(const SelectState& s) {
  for (int i = 0; i < s.nlocks; i++) s.lockorder[i]->lock.lock();
}

void selunlock(const SelectState& s) {
  for (int i = s.nlocks; i-- > 0;) s.lockorder[i]->lock.unlock();
}

void selunlock_arg(void* arg) { selunlock(*static_cast<SelectState*>(arg)); }

// Unlocks every channel of s except c (whose unlock the send/recv helper does).
void selunlock_except(const SelectState& s, Chan* c) {
  for (int i = s.nlocks; i-- > 0;)
    if (s.lockorder[i] != c) s.lockorder[i]->lock.unlock();
}

}  // namespace

}  // namespace csp::rt

extern "C" int64_t csp_select(csp_g* g, csp_scase* cases, int64_t ncases, bool has_default) {
  int n = static_cast<int>(ncases);
  G* gp = gof(g);
  // Poll order: a random permutation (Go's cheaprandn); lock order: by channel address.
  int order_stack[kMaxStackCases];
  Chan* locks_stack[kMaxStackCases];
  Sudog sgs_stack[kMaxStackCases];
  int* order = order_stack;
  Chan** locks = locks_stack;
  Sudog* sgs = sgs_stack;
  if (n > kMaxStackCases) {
    order = static_cast<int*>(GC_MALLOC_ATOMIC(sizeof(int) * static_cast<size_t>(n)));
    locks = static_cast<Chan**>(GC_MALLOC(sizeof(Chan*) * static_cast<size_t>(n)));
    sgs = static_cast<Sudog*>(GC_MALLOC(sizeof(Sudog) * static_cast<size_t>(n)));
    for (int i = 0; i < n; i++) new (&sgs[i]) Sudog();
  }
  int norder = 0;
  for (int i = 0; i < n; i++) {
    if (cases[i].c == nullptr) continue;  // nil channels are never ready
    int j = static_cast<int>(fastrand64() % static_cast<uint64_t>(norder + 1));
    order[norder] = order[j];
    order[j] = i;
    norder++;
  }
  int nlocks = 0;
  for (int k = 0; k < norder; k++) locks[nlocks++] = static_cast<Chan*>(cases[order[k]].c);
  std::sort(locks, locks + nlocks);
  nlocks = static_cast<int>(std::unique(locks, locks + nlocks) - locks);
  SelectState st{cases, n, locks, nlocks};

  if (norder == 0) {
    if (has_default) return -1;
    park(WaitReason::Select, nullptr, nullptr);  // only nil channels: blocks forever
    die("fatal error: unreachable: select with only nil channels woke\n");
  }

  // Pass 1: a case that can proceed now, in random order.
  sellock(st);
  for (int k = 0; k < norder; k++) {
    int i = order[k];
    csp_scase& sc = cases[i];
    auto* c = static_cast<Chan*>(sc.c);
    if (sc.dir == CSP_SELECT_SEND) {
      if (c->closed) {
        selunlock(st);
        plain_panic("send on closed channel");
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        selunlock_except(st, c);
        send_direct(c, sg, sc.elem);
        return i;
      }
      if (c->qcount < c->dataqsiz) {
        buf_put(c, sc.elem);
        selunlock(st);
        return i;
      }
    } else {
      if (Sudog* sg = c->sendq.dequeue()) {
        selunlock_except(st, c);
        recv_from_sender(c, sg, sc.elem);
        sc.ok = 1;
        return i;
      }
      if (c->qcount > 0) {
        buf_take(c, sc.elem);
        selunlock(st);
        sc.ok = 1;
        return i;
      }
      if (c->closed) {
        selunlock(st);
        copy_elem(sc.elem, nullptr, c->elemsize);
        sc.ok = 0;
        return i;
      }
    }
  }
  if (has_default) {
    selunlock(st);
    return -1;
  }

  // Pass 2: wait on every channel.
  gp->select_done.store(0, std::memory_order_relaxed);
  gp->param = nullptr;
  for (int k = 0; k < norder; k++) {
    int i = order[k];
    Sudog& sg = sgs[i];
    sg.g = gp;
    sg.elem = cases[i].elem;
    sg.c = static_cast<Chan*>(cases[i].c);
    sg.is_select = true;
    sg.success = false;
    sg.case_index = i;
    if (cases[i].dir == CSP_SELECT_SEND) sg.c->sendq.enqueue(&sg);
    else sg.c->recvq.enqueue(&sg);
  }
  park(WaitReason::Select, selunlock_arg, &st);

  // Pass 3: woken by one case; leave the other queues.
  auto* won = static_cast<Sudog*>(gp->param);
  gp->param = nullptr;
  sellock(st);
  for (int k = 0; k < norder; k++) {
    int i = order[k];
    Sudog& sg = sgs[i];
    if (&sg == won) continue;
    if (cases[i].dir == CSP_SELECT_SEND) sg.c->sendq.remove(&sg);
    else sg.c->recvq.remove(&sg);
  }
  selunlock(st);
  if (won == nullptr) die("fatal error: select woke without a case\n");
  int i = won->case_index;
  if (cases[i].dir == CSP_SELECT_SEND) {
    if (!won->success) plain_panic("send on closed channel");
  } else {
    cases[i].ok = won->success ? 1 : 0;
  }
  return i;
}

extern "C" void csp_block(csp_g* g) {
  (void)g;
  park(WaitReason::SelectNoCases, nullptr, nullptr);
  die("fatal error: unreachable: select {} woke\n");
}

extern "C" void csp_go_nil(void) { fatal_error("go of nil func value"); }

extern "C" void csp_go(csp_g* g, csp_closure* fn) {
  (void)g;
  go(fn, caller_pc(reinterpret_cast<uintptr_t>(__builtin_return_address(0))));
}
