// runtime/typeops.h: Go's == and hashing over csp_type descriptors, and the fast hash
// primitives maps use for their specialised keys. Internal to runtime/.
//
// Invariants (what makes these usable as map key operations):
//  - type_equal(t, a, b) is Go's a == b for values of type t; type_hash(t, p, seed) agrees
//    with it: equal values hash alike under the same seed (+0 and -0 included), except NaN,
//    which is unequal to everything and hashes to a fresh random value on every call.
//  - Interface values are compared and hashed by dynamic type + value (see csp_rt.h for the
//    csp_any / csp_iface layouts and the "direct" data-word rule). Hashing an interface whose
//    dynamic type is not comparable panics "runtime error: hash of unhashable type T"
//    (panic_unhashable); == on two interfaces holding the same uncomparable dynamic type
//    panics "runtime error: comparing uncomparable type T" (csp_panic_uncomparable). Both
//    unwind (a C++ exception, panic.h): callers must not be in the middle of a mutation.
//  - Struct fields named "_" take no part in == or hashing (Go's spec).
//  - Nothing here allocates, locks or keeps state except fastrand64's per-thread generator.
//
// Who may call what: any runtime code on any thread. type_hash with a given seed is only
// meaningful within one process (and one map: seeds are per map).
#pragma once

#include "runtime/csp_rt.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace csp::rt {

// ---- hash primitives (wyhash's mixing; seeds are random per map) ----------------------------

constexpr uint64_t kHashP0 = 0xa0761d6478bd642full;
constexpr uint64_t kHashP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kHashP2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kHashP3 = 0x589965cc75374cc3ull;

// The folded 128-bit product: wyhash's mixing step.
inline uint64_t hash_mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

// Hash of one 64-bit word (wyhash's 8-byte path): two multiplies, no memory access.
inline uint64_t hash_u64(uint64_t v, uint64_t seed) {
  uint64_t a = v ^ kHashP1;
  uint64_t b = ((v << 32) | (v >> 32)) ^ seed;
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return hash_mix(static_cast<uint64_t>(r) ^ kHashP0 ^ 8, static_cast<uint64_t>(r >> 64) ^ kHashP1);
}

// Hash of n bytes at p (wyhash's structure).
uint64_t hash_bytes(const void* p, size_t n, uint64_t seed);

// A fast per-thread pseudo-random 64-bit value (wyrand, seeded from the OS on first use per
// thread). Not for cryptography: map seeds, NaN hashes, iteration order.
uint64_t fastrand64();

// ---- interface values ------------------------------------------------------------------------

// The dynamic type of an interface value of static interface type `iface` (NULL if nil).
inline const csp_type* iface_dynamic_type(const csp_type* iface, const void* v) {
  const void* w0;
  std::memcpy(&w0, v, sizeof w0);
  if (iface->flags & CSP_TF_EMPTY_IFACE) return static_cast<const csp_type*>(w0);
  return w0 ? static_cast<const csp_itab*>(w0)->type : nullptr;
}

// Where the value of dynamic type `dyn` lives, given a pointer to the interface's data word:
// the word itself for direct types (little-endian: its low bytes are the value), else the
// pointer the word holds.
inline const void* iface_value_ptr(const csp_type* dyn, const uint64_t* data) {
  if (dyn->flags & CSP_TF_DIRECT) return data;
  return reinterpret_cast<const void*>(static_cast<uintptr_t>(*data));
}

// ---- equality and hashing over descriptors ---------------------------------------------------

// Go's == on two values of type t (t must be comparable; an uncomparable t, or an interface
// holding one on both sides, panics via csp_panic_uncomparable).
bool type_equal(const csp_type* t, const void* a, const void* b);

// Go's == on the data words a and b of two interface values whose dynamic type is t (both
// non-nil, same dynamic type): what csp_iface_eq needs. Panics if t is uncomparable.
bool iface_data_equal(const csp_type* t, uint64_t a, uint64_t b);

// Hash of the value at p of type t, chained from seed. Panics (panic_unhashable) when t, or
// the dynamic type of an interface inside the value, is not comparable.
uint64_t type_hash(const csp_type* t, const void* p, uint64_t seed);

// True iff == on t is plain byte equality of its `size` bytes: no floats, strings or
// interfaces inside, no padding and no blank fields. Such types may be hashed and compared
// with hash_bytes/memcmp (consistently: the choice depends on the type alone).
bool type_is_memory_comparable(const csp_type* t);

// True iff hashing a value of type t may panic (t contains an interface, or is not
// comparable at all): then a lookup in a nil or empty map must still hash the key, as Go does.
bool type_hash_may_panic(const csp_type* t);

// The panic Go raises for a map key whose dynamic type cannot be hashed:
// "runtime error: hash of unhashable type []int".
[[noreturn]] void panic_unhashable(const csp_type* t);

}  // namespace csp::rt
