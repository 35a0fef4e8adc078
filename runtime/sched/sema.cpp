// runtime/sched/sema.cpp: semaphores and notify lists (sema.h), after Go's runtime/sema.go.
//
// Locks: each bucket's lock guards its waiter list and nwait; a waiter's record lives on its
// own (parked) stack while it is listed. Lock order: a bucket lock before sched.mu.
#include "runtime/sched/sema.h"

#include "runtime/sched/lock.h"

#include <atomic>

namespace csp::rt {

namespace {

struct Waiter {
  G* g;
  const void* addr;
  uint32_t ticket;
  Waiter* next;
};

struct alignas(64) Bucket {
  SpinLock lock;
  std::atomic<uint32_t> nwait{0};
  Waiter* head = nullptr;  // FIFO
  Waiter* tail = nullptr;
};

constexpr size_t kBuckets = 251;
Bucket g_buckets[kBuckets];

Bucket& bucket_of(const void* addr) { return g_buckets[(reinterpret_cast<uintptr_t>(addr) >> 3) % kBuckets]; }

bool can_acquire(uint32_t* addr) {
  auto* a = reinterpret_cast<std::atomic<uint32_t>*>(addr);
  uint32_t v = a->load(std::memory_order_acquire);
  while (v > 0)
    if (a->compare_exchange_weak(v, v - 1)) return true;
  return false;
}

void push(Bucket& b, Waiter* w) {
  w->next = nullptr;
  if (b.tail) b.tail->next = w;
  else b.head = w;
  b.tail = w;
}

void push_front(Bucket& b, Waiter* w) {
  w->next = b.head;
  b.head = w;
  if (!b.tail) b.tail = w;
}

// The first waiter on addr (b.lock held), unlinked.
Waiter* take(Bucket& b, const void* addr) {
  Waiter* prev = nullptr;
  for (Waiter* w = b.head; w; prev = w, w = w->next) {
    if (w->addr != addr) continue;
    if (prev) prev->next = w->next;
    else b.head = w->next;
    if (b.tail == w) b.tail = prev;
    return w;
  }
  return nullptr;
}

void unlock_bucket(void* arg) { static_cast<Bucket*>(arg)->lock.unlock(); }

// A notify list's two words, as the sync package lays them out.
struct List {
  std::atomic<uint32_t> wait;  // next ticket to hand out
  uint32_t notify;             // tickets below this were notified (guarded by the bucket)
};

}  // namespace

void semacquire(uint32_t* addr, WaitReason reason, bool lifo) {
  if (can_acquire(addr)) return;
  Bucket& b = bucket_of(addr);
  for (;;) {
    b.lock.lock();
    b.nwait.fetch_add(1);
    if (can_acquire(addr)) {
      b.nwait.fetch_sub(1);
      b.lock.unlock();
      return;
    }
    Waiter w{current(), addr, 0, nullptr};
    if (lifo) push_front(b, &w);
    else push(b, &w);
    park(reason, unlock_bucket, &b);
    // semrelease handed the count over to us (it decremented nwait and took it).
    return;
  }
}

void semrelease(uint32_t* addr, bool handoff) {
  auto* a = reinterpret_cast<std::atomic<uint32_t>*>(addr);
  a->fetch_add(1);
  Bucket& b = bucket_of(addr);
  if (b.nwait.load() == 0) return;
  b.lock.lock();
  if (b.nwait.load() == 0) {
    b.lock.unlock();
    return;
  }
  Waiter* w = take(b, addr);
  if (w && can_acquire(addr)) {  // hand the count to the waiter
    b.nwait.fetch_sub(1);
    b.lock.unlock();
    ready(w->g);
    if (handoff && current() != nullptr) yield();
    return;
  }
  if (w) push_front(b, w);  // someone else took the count first: the waiter stays
  b.lock.unlock();
}

uint32_t notify_list_add(void* list) {
  return static_cast<List*>(list)->wait.fetch_add(1);
}

void notify_list_wait(void* list, uint32_t ticket) {
  auto* l = static_cast<List*>(list);
  Bucket& b = bucket_of(list);
  b.lock.lock();
  if (static_cast<int32_t>(ticket - l->notify) < 0) {  // already notified
    b.lock.unlock();
    return;
  }
  Waiter w{current(), list, ticket, nullptr};
  push(b, &w);
  b.nwait.fetch_add(1);
  park(WaitReason::SyncCondWait, unlock_bucket, &b);
}

void notify_list_notify_one(void* list) {
  auto* l = static_cast<List*>(list);
  if (l->wait.load(std::memory_order_acquire) == __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE)) return;
  Bucket& b = bucket_of(list);
  b.lock.lock();
  uint32_t t = l->notify;
  if (t == l->wait.load(std::memory_order_acquire)) {
    b.lock.unlock();
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_RELEASE);
  Waiter* prev = nullptr;
  for (Waiter* w = b.head; w; prev = w, w = w->next) {
    if (w->addr != list || w->ticket != t) continue;
    if (prev) prev->next = w->next;
    else b.head = w->next;
    if (b.tail == w) b.tail = prev;
    b.nwait.fetch_sub(1);
    b.lock.unlock();
    ready(w->g);
    return;
  }
  b.lock.unlock();  // its waiter has not parked yet: it will see the ticket notified
}

void notify_list_notify_all(void* list) {
  auto* l = static_cast<List*>(list);
  Bucket& b = bucket_of(list);
  b.lock.lock();
  __atomic_store_n(&l->notify, l->wait.load(std::memory_order_acquire), __ATOMIC_RELEASE);
  G* wake = nullptr;
  Waiter* prev = nullptr;
  for (Waiter* w = b.head; w;) {
    Waiter* next = w->next;
    if (w->addr == list) {
      if (prev) prev->next = next;
      else b.head = next;
      if (b.tail == w) b.tail = prev;
      b.nwait.fetch_sub(1);
      w->g->schedlink = wake;
      wake = w->g;
    } else {
      prev = w;
    }
    w = next;
  }
  b.lock.unlock();
  while (wake) {
    G* next = wake->schedlink;
    wake->schedlink = nullptr;
    ready(wake);
    wake = next;
  }
}

}  // namespace csp::rt
