// stdlib/sync/atomic/atomic.cpp: the C entry points of package sync/atomic's functions without
// a body (stdlib/sync/atomic/atomic.csp; prototypes in stdlib_bridges.h).
//
// Integers. Every operation is one sequentially consistent __atomic builtin on the word addr
// points at (Go's atomics are all sequentially consistent: doc.go, "behave as though executed
// in some sequentially consistent order"); on x86-64 Add/Swap are LOCK XADD/XCHG, CAS is LOCK
// CMPXCHG, Store is XCHG. Arithmetic is done on the unsigned type of the same size, so that
// overflow wraps as Go's does (signed overflow would be undefined in C++). A nil addr panics
// as a nil dereference does in Go ("invalid memory address or nil pointer dereference", with
// Go's [signal SIGSEGV ...] line). Alignment: csp lays out int64/uint64/uintptr fields, array
// and slice elements and variables at 8 bytes (natural alignment, 64-bit targets only), and
// without unsafe there is no way to form a misaligned pointer.
//
// Value. A Value is one interface{} field: {type word, data word} (csp_any; the data word is
// the value itself for direct types, else a pointer to an immutable GC box). Two 64-bit words
// cannot be written at once with plain atomics, so this follows Go's value.go rather than a
// 16-byte CAS (cmpxchg16b needs -mcx16 and a 16-byte-aligned field, and JIT'd code that
// copies a Value would still read its words separately): the type word goes nil ->
// kFirstStoreInProgress (claimed by a CAS) -> the dynamic type, and then never changes again;
// only the data word changes after that, by single-word atomics. The first store writes the
// data word before it publishes the type (seq_cst), so a Load that sees the type sees that
// data or a later one: (type, data) is always a value that was stored. Load treats the
// sentinel as "empty" (returns nil) as Go does; writers that meet it spin until the first
// store completes (Go pins the goroutine for that window; here the window is a few
// instructions of C++ with no safe point, so the spin yields the thread after a while in case
// the OS preempted the first storer).
//
// GC. The Value's words live in the csp object that contains the Value, which Boehm scans
// (a struct with an interface field is allocated with pointers), so a boxed data word stays
// reachable; the sentinel is a static byte, never a heap pointer. Values handed in are only
// kept when atomic.csp received them as parameters of its exported methods, so their boxes
// are on the heap (a direct bridge call would box a converted argument in the caller's frame).
#include <sched.h>

#include <cstdint>

#include "stdlib_bridges.h"

namespace {

// Go's firstStoreInProgress: its address marks a Value whose first store is under way.
const char kFirstStoreInProgress = 0;
const csp_type* const kSentinel = reinterpret_cast<const csp_type*>(&kFirstStoreInProgress);

constexpr int kOrder = __ATOMIC_SEQ_CST;

template <class T>
T* word(void* addr) {
  if (addr == nullptr) csp_panic_nil();
  return static_cast<T*>(addr);
}

template <class T>
T load(void* addr) { return __atomic_load_n(word<T>(addr), kOrder); }

template <class T>
void store(void* addr, T v) { __atomic_store_n(word<T>(addr), v, kOrder); }

template <class T>
T swap(void* addr, T v) { return __atomic_exchange_n(word<T>(addr), v, kOrder); }

template <class T>
bool cas(void* addr, T old, T v) {
  return __atomic_compare_exchange_n(word<T>(addr), &old, v, /*weak=*/false, kOrder, kOrder);
}

template <class T>
T add(void* addr, T delta) { return __atomic_add_fetch(word<T>(addr), delta, kOrder); }

// ---- Value ----

csp_any* value(void* recv) { return word<csp_any>(recv); }

const csp_type* loadType(csp_any* v) { return __atomic_load_n(&v->type, kOrder); }

// Waits while another thread completes v's first store.
void pause(int& spins) {
  if (++spins < 64) {
#if defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  } else {
    sched_yield();
  }
}

// The first store into an empty v, if it is still empty: claims the type word, writes the
// data, publishes the type. False if another writer got there first (v is not empty now).
bool firstStore(csp_any* v, const csp_type* t, uint64_t data) {
  const csp_type* expected = nullptr;
  if (!__atomic_compare_exchange_n(&v->type, &expected, kSentinel, false, kOrder, kOrder)) return false;
  __atomic_store_n(&v->data, data, kOrder);
  __atomic_store_n(&v->type, t, kOrder);
  return true;
}

// atomic.csp's cas* constants.
enum CasResult : int64_t { kCasFailed = 0, kCasSwapped = 1, kCasValuesDiffer = 2, kCasValueDiffers = 3 };

}  // namespace

extern "C" {

// ---- Swap ----
int32_t csp_sync_atomic_SwapInt32(void* addr, int32_t val) {
  return static_cast<int32_t>(swap<uint32_t>(addr, static_cast<uint32_t>(val)));
}
int64_t csp_sync_atomic_SwapInt64(void* addr, int64_t val) {
  return static_cast<int64_t>(swap<uint64_t>(addr, static_cast<uint64_t>(val)));
}
uint32_t csp_sync_atomic_SwapUint32(void* addr, uint32_t val) { return swap<uint32_t>(addr, val); }
uint64_t csp_sync_atomic_SwapUint64(void* addr, uint64_t val) { return swap<uint64_t>(addr, val); }
uint64_t csp_sync_atomic_SwapUintptr(void* addr, uint64_t val) { return swap<uint64_t>(addr, val); }

// ---- CompareAndSwap ----
bool csp_sync_atomic_CompareAndSwapInt32(void* addr, int32_t old, int32_t val) {
  return cas<uint32_t>(addr, static_cast<uint32_t>(old), static_cast<uint32_t>(val));
}
bool csp_sync_atomic_CompareAndSwapInt64(void* addr, int64_t old, int64_t val) {
  return cas<uint64_t>(addr, static_cast<uint64_t>(old), static_cast<uint64_t>(val));
}
bool csp_sync_atomic_CompareAndSwapUint32(void* addr, uint32_t old, uint32_t val) { return cas<uint32_t>(addr, old, val); }
bool csp_sync_atomic_CompareAndSwapUint64(void* addr, uint64_t old, uint64_t val) { return cas<uint64_t>(addr, old, val); }
bool csp_sync_atomic_CompareAndSwapUintptr(void* addr, uint64_t old, uint64_t val) { return cas<uint64_t>(addr, old, val); }

// ---- Add ----
int32_t csp_sync_atomic_AddInt32(void* addr, int32_t delta) {
  return static_cast<int32_t>(add<uint32_t>(addr, static_cast<uint32_t>(delta)));
}
uint32_t csp_sync_atomic_AddUint32(void* addr, uint32_t delta) { return add<uint32_t>(addr, delta); }
int64_t csp_sync_atomic_AddInt64(void* addr, int64_t delta) {
  return static_cast<int64_t>(add<uint64_t>(addr, static_cast<uint64_t>(delta)));
}
uint64_t csp_sync_atomic_AddUint64(void* addr, uint64_t delta) { return add<uint64_t>(addr, delta); }
uint64_t csp_sync_atomic_AddUintptr(void* addr, uint64_t delta) { return add<uint64_t>(addr, delta); }

// ---- Load ----
int32_t csp_sync_atomic_LoadInt32(void* addr) { return static_cast<int32_t>(load<uint32_t>(addr)); }
int64_t csp_sync_atomic_LoadInt64(void* addr) { return static_cast<int64_t>(load<uint64_t>(addr)); }
uint32_t csp_sync_atomic_LoadUint32(void* addr) { return load<uint32_t>(addr); }
uint64_t csp_sync_atomic_LoadUint64(void* addr) { return load<uint64_t>(addr); }
uint64_t csp_sync_atomic_LoadUintptr(void* addr) { return load<uint64_t>(addr); }

// ---- Store ----
void csp_sync_atomic_StoreInt32(void* addr, int32_t val) { store<uint32_t>(addr, static_cast<uint32_t>(val)); }
void csp_sync_atomic_StoreInt64(void* addr, int64_t val) { store<uint64_t>(addr, static_cast<uint64_t>(val)); }
void csp_sync_atomic_StoreUint32(void* addr, uint32_t val) { store<uint32_t>(addr, val); }
void csp_sync_atomic_StoreUint64(void* addr, uint64_t val) { store<uint64_t>(addr, val); }
void csp_sync_atomic_StoreUintptr(void* addr, uint64_t val) { store<uint64_t>(addr, val); }

// ---- Value (value.go) ----

// Load: nil while v is empty or its first store is under way.
csp_any csp_sync_atomic_Value_load(void* recv) {
  csp_any* v = value(recv);
  const csp_type* t = loadType(v);
  if (t == nullptr || t == kSentinel) return {nullptr, 0};
  return {t, __atomic_load_n(&v->data, kOrder)};
}

// Store of a non-nil val: false if v holds another type (atomic.csp panics).
bool csp_sync_atomic_Value_store(void* recv, const void* val_tab, uint64_t val_data) {
  csp_any* v = value(recv);
  auto* nt = static_cast<const csp_type*>(val_tab);
  for (int spins = 0;;) {
    const csp_type* t = loadType(v);
    if (t == nullptr) {
      if (firstStore(v, nt, val_data)) return true;
      continue;
    }
    if (t == kSentinel) {
      pause(spins);
      continue;
    }
    if (t != nt) return false;
    __atomic_store_n(&v->data, val_data, kOrder);
    return true;
  }
}

// Swap of a non-nil val: the previous value (nil if v was empty); *out1 false if v holds
// another type (nothing is stored; atomic.csp panics).
void csp_sync_atomic_Value_swap(void* recv, const void* val_tab, uint64_t val_data, csp_any* out0, bool* out1) {
  csp_any* v = value(recv);
  auto* nt = static_cast<const csp_type*>(val_tab);
  *out0 = {nullptr, 0};
  *out1 = true;
  for (int spins = 0;;) {
    const csp_type* t = loadType(v);
    if (t == nullptr) {
      if (firstStore(v, nt, val_data)) return;
      continue;
    }
    if (t == kSentinel) {
      pause(spins);
      continue;
    }
    if (t != nt) {
      *out1 = false;
      return;
    }
    *out0 = {nt, __atomic_exchange_n(&v->data, val_data, kOrder)};
    return;
  }
}

// CompareAndSwap with a non-nil val, checks in Go's order. The current value is compared
// with old as Go's `i != old` does (csp_iface_eq: panics "comparing uncomparable type T" when
// both have that type); the data word is then swapped only if it is still the one compared.
int64_t csp_sync_atomic_Value_compareAndSwap(void* recv, const void* old_tab, uint64_t old_data,
                                             const void* val_tab, uint64_t val_data) {
  auto* ot = static_cast<const csp_type*>(old_tab);
  auto* nt = static_cast<const csp_type*>(val_tab);
  if (ot != nullptr && ot != nt) return kCasValuesDiffer;
  csp_any* v = value(recv);
  for (int spins = 0;;) {
    const csp_type* t = loadType(v);
    if (t == nullptr) {
      if (ot != nullptr) return kCasFailed;
      if (firstStore(v, nt, val_data)) return kCasSwapped;
      continue;
    }
    if (t == kSentinel) {
      pause(spins);
      continue;
    }
    if (t != nt) return kCasValueDiffers;
    uint64_t data = __atomic_load_n(&v->data, kOrder);
    if (ot == nullptr || !csp_iface_eq(t, data, old_data)) return kCasFailed;
    return __atomic_compare_exchange_n(&v->data, &data, val_data, false, kOrder, kOrder) ? kCasSwapped : kCasFailed;
  }
}

}  // extern "C"
