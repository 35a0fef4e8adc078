// runtime/typeops.cpp: Go's == and hashing over csp_type descriptors (typeops.h), the byte
// hash (wyhash's structure) and the per-thread fast random generator.
//
// Go's rules implemented here:
//  - floats: +0 == -0 and both hash as 0; NaN != NaN and hashes randomly (so m[NaN] = v adds
//    an entry every time and a NaN lookup never succeeds); complex numbers part by part;
//  - strings by bytes; bools, integers, pointers, chans and unsafe pointers by bits;
//  - arrays element by element, structs field by field in declaration order, skipping
//    blank (_) fields;
//  - interfaces: nil equals nil; otherwise equal iff the dynamic types are identical (type
//    identity is descriptor pointer identity) and the values are equal, which panics if
//    that type is not comparable; hashing mixes the dynamic type into the seed and panics
//    "hash of unhashable type T" when it is not comparable.
//  - slices, maps and funcs are not comparable: == panics (csp_panic_uncomparable), hashing
//    panics (panic_unhashable). The compiler never lets their static types get here; they
//    can only arrive as an interface's dynamic type.
#include "runtime/typeops.h"

#include "runtime/panic.h"

#include <chrono>
#include <cmath>
#include <string>
#include <sys/random.h>

namespace csp::rt {

namespace {

inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint64_t load32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// 1 to 3 bytes, each byte counted once in some position.
inline uint64_t load_1to3(const uint8_t* p, size_t n) {
  return (static_cast<uint64_t>(p[0]) << 16) | (static_cast<uint64_t>(p[n >> 1]) << 8) | p[n - 1];
}

// A nil interface's hash ingredient: any constant will do.
constexpr uint64_t kNilIfaceHash = 0x6e696c6966616365ull;

thread_local uint64_t t_rand_state = 0;

uint64_t os_random_seed() {
  uint64_t s = 0;
  if (getrandom(&s, sizeof s, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof s)) {
    // No entropy available yet (early boot): the clock and an address are enough here.
    s = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    s ^= reinterpret_cast<uintptr_t>(&t_rand_state);
  }
  return s | 1;  // never 0: 0 means "not seeded yet"
}

uint64_t float64_bits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, 8);
  return b;
}

uint64_t hash_f64(double f, uint64_t seed) {
  if (f == 0) return hash_u64(0, seed);  // +0 and -0
  if (f != f) return fastrand64();       // NaN: never found again
  return hash_u64(float64_bits(f), seed);
}

uint64_t hash_f32(float f, uint64_t seed) {
  if (f == 0) return hash_u64(0, seed);
  if (f != f) return fastrand64();
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return hash_u64(b, seed);
}

// Integers of 1, 2, 4 or 8 bytes, zero-extended.
uint64_t load_uint(const void* p, uint64_t size) {
  switch (size) {
    case 1: return *static_cast<const uint8_t*>(p);
    case 2: { uint16_t v; std::memcpy(&v, p, 2); return v; }
    case 4: { uint32_t v; std::memcpy(&v, p, 4); return v; }
    default: { uint64_t v; std::memcpy(&v, p, 8); return v; }
  }
}

bool is_blank(const csp_field& f) { return f.name != nullptr && f.name[0] == '_' && f.name[1] == '\0'; }

// The dynamic type and data word of the interface value at p of static type t.
struct IfaceParts {
  const csp_type* dyn;
  uint64_t data;
};
IfaceParts iface_parts(const csp_type* t, const void* p) {
  IfaceParts r;
  r.dyn = iface_dynamic_type(t, p);
  std::memcpy(&r.data, static_cast<const uint8_t*>(p) + 8, 8);
  return r;
}

}  // namespace

// ---- primitives ------------------------------------------------------------------------------

uint64_t hash_bytes(const void* data, size_t n, uint64_t seed) {
  const auto* p = static_cast<const uint8_t*>(data);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      size_t mid = (n >> 3) << 2;  // 0 for n < 8, 4 for n >= 8: covers every byte
      a = (load32(p) << 32) | load32(p + mid);
      b = (load32(p + n - 4) << 32) | load32(p + n - 4 - mid);
    } else if (n > 0) {
      a = load_1to3(p, n);
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = hash_mix(load64(p) ^ kHashP1, load64(p + 8) ^ seed);
        s1 = hash_mix(load64(p + 16) ^ kHashP2, load64(p + 24) ^ s1);
        s2 = hash_mix(load64(p + 32) ^ kHashP3, load64(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = hash_mix(load64(p) ^ kHashP1, load64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = load64(p + i - 16);  // the last 16 bytes (overlapping what came before)
    b = load64(p + i - 8);
  }
  __uint128_t r = static_cast<__uint128_t>(a ^ kHashP1) * (b ^ seed);
  return hash_mix(static_cast<uint64_t>(r) ^ kHashP0 ^ n, static_cast<uint64_t>(r >> 64) ^ kHashP1);
}

uint64_t fastrand64() {
  if (t_rand_state == 0) t_rand_state = os_random_seed();
  t_rand_state += kHashP0;
  return hash_mix(t_rand_state, t_rand_state ^ kHashP1);
}

// ---- panics ----------------------------------------------------------------------------------

void panic_unhashable(const csp_type* t) {
  runtime_error(std::string("hash of unhashable type ") + (t->name ? t->name : "?"));
}

// ---- type properties -------------------------------------------------------------------------

bool type_is_memory_comparable(const csp_type* t) {
  switch (t->kind) {
    case CSP_KIND_BOOL: case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16:
    case CSP_KIND_INT32: case CSP_KIND_INT64: case CSP_KIND_UINT: case CSP_KIND_UINT8:
    case CSP_KIND_UINT16: case CSP_KIND_UINT32: case CSP_KIND_UINT64: case CSP_KIND_UINTPTR:
    case CSP_KIND_POINTER: case CSP_KIND_CHAN: case CSP_KIND_UNSAFE_POINTER:
      return true;
    case CSP_KIND_ARRAY:
      return t->len == 0 || type_is_memory_comparable(t->elem);
    case CSP_KIND_STRUCT: {
      uint64_t end = 0;  // fields must tile [0, size) exactly: no padding anywhere
      for (uint32_t i = 0; i < t->nfields; i++) {
        const csp_field& f = t->fields[i];
        if (is_blank(f) || f.offset != end || !type_is_memory_comparable(f.type)) return false;
        end += f.type->size;
      }
      return end == t->size;
    }
    default:  // floats, complex, strings, interfaces; slices, maps, funcs are not comparable
      return false;
  }
}

bool type_hash_may_panic(const csp_type* t) {
  switch (t->kind) {
    case CSP_KIND_INTERFACE: case CSP_KIND_SLICE: case CSP_KIND_MAP: case CSP_KIND_FUNC:
      return true;
    case CSP_KIND_ARRAY:
      return t->len > 0 && type_hash_may_panic(t->elem);
    case CSP_KIND_STRUCT:
      for (uint32_t i = 0; i < t->nfields; i++)
        if (!is_blank(t->fields[i]) && type_hash_may_panic(t->fields[i].type)) return true;
      return false;
    default:
      return false;
  }
}

// ---- equality --------------------------------------------------------------------------------

bool type_equal(const csp_type* t, const void* a, const void* b) {
  const auto* pa = static_cast<const uint8_t*>(a);
  const auto* pb = static_cast<const uint8_t*>(b);
  switch (t->kind) {
    case CSP_KIND_BOOL: case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16:
    case CSP_KIND_INT32: case CSP_KIND_INT64: case CSP_KIND_UINT: case CSP_KIND_UINT8:
    case CSP_KIND_UINT16: case CSP_KIND_UINT32: case CSP_KIND_UINT64: case CSP_KIND_UINTPTR:
    case CSP_KIND_POINTER: case CSP_KIND_CHAN: case CSP_KIND_UNSAFE_POINTER:
      return load_uint(a, t->size) == load_uint(b, t->size);
    case CSP_KIND_FLOAT32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case CSP_KIND_FLOAT64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case CSP_KIND_COMPLEX64: {
      float x[2], y[2];
      std::memcpy(x, a, 8);
      std::memcpy(y, b, 8);
      return x[0] == y[0] && x[1] == y[1];
    }
    case CSP_KIND_COMPLEX128: {
      double x[2], y[2];
      std::memcpy(x, a, 16);
      std::memcpy(y, b, 16);
      return x[0] == y[0] && x[1] == y[1];
    }
    case CSP_KIND_STRING: {
      csp_string x, y;
      std::memcpy(&x, a, sizeof x);
      std::memcpy(&y, b, sizeof y);
      return x.len == y.len &&
             (x.ptr == y.ptr || x.len == 0 || std::memcmp(x.ptr, y.ptr, static_cast<size_t>(x.len)) == 0);
    }
    case CSP_KIND_INTERFACE: {
      IfaceParts x = iface_parts(t, a), y = iface_parts(t, b);
      if (x.dyn != y.dyn) return false;
      if (x.dyn == nullptr) return true;
      return iface_data_equal(x.dyn, x.data, y.data);
    }
    case CSP_KIND_ARRAY: {
      if (t->len == 0) return true;
      if (type_is_memory_comparable(t->elem)) return std::memcmp(a, b, t->size) == 0;
      uint64_t es = t->elem->size;
      for (int64_t i = 0; i < t->len; i++)
        if (!type_equal(t->elem, pa + i * es, pb + i * es)) return false;
      return true;
    }
    case CSP_KIND_STRUCT:
      for (uint32_t i = 0; i < t->nfields; i++) {
        const csp_field& f = t->fields[i];
        if (!is_blank(f) && !type_equal(f.type, pa + f.offset, pb + f.offset)) return false;
      }
      return true;
    default:
      csp_panic_uncomparable(t);
  }
}

bool iface_data_equal(const csp_type* t, uint64_t a, uint64_t b) {
  if (!(t->flags & CSP_TF_COMPARABLE)) csp_panic_uncomparable(t);
  // A direct value is the low t->size bytes of the word (floats need float ==); otherwise
  // the words point at the values (the same copy may still hold a NaN: compare anyway).
  if (t->flags & CSP_TF_DIRECT) return type_equal(t, &a, &b);
  return type_equal(t, reinterpret_cast<const void*>(static_cast<uintptr_t>(a)),
                    reinterpret_cast<const void*>(static_cast<uintptr_t>(b)));
}

// ---- hashing ---------------------------------------------------------------------------------

uint64_t type_hash(const csp_type* t, const void* p, uint64_t seed) {
  const auto* bp = static_cast<const uint8_t*>(p);
  switch (t->kind) {
    case CSP_KIND_BOOL: case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16:
    case CSP_KIND_INT32: case CSP_KIND_INT64: case CSP_KIND_UINT: case CSP_KIND_UINT8:
    case CSP_KIND_UINT16: case CSP_KIND_UINT32: case CSP_KIND_UINT64: case CSP_KIND_UINTPTR:
    case CSP_KIND_POINTER: case CSP_KIND_CHAN: case CSP_KIND_UNSAFE_POINTER:
      return hash_u64(load_uint(p, t->size), seed);
    case CSP_KIND_FLOAT32: {
      float f;
      std::memcpy(&f, p, 4);
      return hash_f32(f, seed);
    }
    case CSP_KIND_FLOAT64: {
      double f;
      std::memcpy(&f, p, 8);
      return hash_f64(f, seed);
    }
    case CSP_KIND_COMPLEX64: {
      float f[2];
      std::memcpy(f, p, 8);
      return hash_f32(f[1], hash_f32(f[0], seed));
    }
    case CSP_KIND_COMPLEX128: {
      double f[2];
      std::memcpy(f, p, 16);
      return hash_f64(f[1], hash_f64(f[0], seed));
    }
    case CSP_KIND_STRING: {
      csp_string s;
      std::memcpy(&s, p, sizeof s);
      return hash_bytes(s.ptr, static_cast<size_t>(s.len), seed);
    }
    case CSP_KIND_INTERFACE: {
      IfaceParts v = iface_parts(t, p);
      if (v.dyn == nullptr) return hash_u64(kNilIfaceHash, seed);
      if (!(v.dyn->flags & CSP_TF_COMPARABLE)) panic_unhashable(v.dyn);
      uint64_t s = hash_mix(seed ^ reinterpret_cast<uintptr_t>(v.dyn), kHashP2);
      return type_hash(v.dyn, iface_value_ptr(v.dyn, &v.data), s);
    }
    case CSP_KIND_ARRAY: {
      if (t->len == 0) return hash_u64(0, seed);
      if (type_is_memory_comparable(t->elem)) return hash_bytes(p, t->size, seed);
      uint64_t es = t->elem->size;
      for (int64_t i = 0; i < t->len; i++) seed = type_hash(t->elem, bp + i * es, seed);
      return seed;
    }
    case CSP_KIND_STRUCT:
      for (uint32_t i = 0; i < t->nfields; i++) {
        const csp_field& f = t->fields[i];
        if (!is_blank(f)) seed = type_hash(f.type, bp + f.offset, seed);
      }
      return seed;
    default:
      panic_unhashable(t);
  }
}

}  // namespace csp::rt
