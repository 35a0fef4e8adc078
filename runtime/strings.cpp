// runtime/strings.cpp: the string operations codegen calls (concatenation, comparison,
// string(rune), decoding for range-over-string, conversions between strings and byte or rune
// slices), csp_alloc/csp_alloc_atomic and csp_gc_add/remove_roots.
//
// []byte(s) and []rune(s) get the capacity Go gives a conversion whose result escapes (the
// length rounded up to a size class); Go uses a 32-element stack buffer when it does not, so
// cap() of a non-escaping conversion can differ from Go's (README, differences from Go).
//
// Invariants: strings are immutable, so results may share memory with operands (concat with
// an empty side returns the other side). New string bytes come from GC_MALLOC_ATOMIC (no
// pointers inside, never scanned); csp_alloc memory is zeroed and scanned.
#include "runtime/csp_rt.h"
#include "runtime/slice.h"
#include "runtime/unicode.h"

#include <cstring>
#include <gc/gc.h>

using namespace csp::rt;

extern "C" {

void* csp_alloc(int64_t size) {
  return GC_MALLOC(static_cast<size_t>(size > 0 ? size : 1));
}

// (Boehm's all-interior-pointers mode adds a byte to every request so that a pointer just
// past an object keeps it alive; a closure never has one, so a request of a multiple of the
// 16-byte granule asks for one byte less and gets exactly its size.)
void* csp_alloc_closure(int64_t size) {
  size_t n = static_cast<size_t>(size > 0 ? size : 1);
  return GC_MALLOC(n % 16 == 0 ? n - 1 : n);
}

void* csp_alloc_atomic(int64_t size) {
  size_t n = static_cast<size_t>(size > 0 ? size : 1);
  void* p = GC_MALLOC_ATOMIC(n);
  std::memset(p, 0, n);
  return p;
}

void csp_gc_add_roots(void* lo, void* hi) { GC_add_roots(lo, hi); }

void csp_gc_remove_roots(void* lo, void* hi) { GC_remove_roots(lo, hi); }

csp_string csp_str_concat(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  if (alen == 0) return {b, blen};
  if (blen == 0) return {a, alen};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(static_cast<size_t>(alen + blen)));
  std::memcpy(p, a, static_cast<size_t>(alen));
  std::memcpy(p + alen, b, static_cast<size_t>(blen));
  return {p, alen + blen};
}

int64_t csp_str_compare(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  int c = n > 0 ? std::memcmp(a, b, static_cast<size_t>(n)) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  if (alen == blen) return 0;
  return alen < blen ? -1 : 1;
}

bool csp_str_equal(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  if (alen != blen) return false;
  return a == b || alen == 0 || std::memcmp(a, b, static_cast<size_t>(alen)) == 0;
}

csp_string csp_str_from_rune(int64_t r) {
  uint8_t tmp[4];
  int n = encode_rune(tmp, r);
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(static_cast<size_t>(n)));
  std::memcpy(p, tmp, static_cast<size_t>(n));
  return {p, n};
}

int64_t csp_str_decode_rune(const uint8_t* s, int64_t len, int64_t i, int32_t* rune) {
  return decode_rune(s + i, len - i, rune);
}

csp_string csp_str_from_bytes(const uint8_t* p, int64_t len) {
  if (len == 0) return {nullptr, 0};
  auto* q = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(static_cast<size_t>(len)));
  std::memcpy(q, p, static_cast<size_t>(len));
  return {q, len};
}

void csp_str_to_bytes(const uint8_t* s, int64_t len, csp_slice* out) {
  uint64_t cap = roundupsize(static_cast<uint64_t>(len));
  void* p = alloc_array(false, cap);
  if (len > 0) std::memcpy(p, s, static_cast<size_t>(len));
  *out = {p, len, static_cast<int64_t>(cap)};
}

csp_string csp_str_from_runes(const int32_t* runes, int64_t n) {
  int64_t size = 0;
  uint8_t tmp[4];
  for (int64_t i = 0; i < n; i++) size += encode_rune(tmp, runes[i]);
  if (size == 0) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(static_cast<size_t>(size)));
  int64_t at = 0;
  for (int64_t i = 0; i < n; i++) at += encode_rune(p + at, runes[i]);
  return {p, size};
}

void csp_str_to_runes(const uint8_t* s, int64_t len, csp_slice* out) {
  int64_t n = 0;
  for (int64_t i = 0; i < len; n++) {
    int32_t r;
    i += decode_rune(s + i, len - i, &r);
  }
  uint64_t cap = roundupsize(static_cast<uint64_t>(n) * 4) / 4;
  auto* p = static_cast<int32_t*>(alloc_array(false, cap * 4));
  int64_t k = 0;
  for (int64_t i = 0; i < len; k++) i += decode_rune(s + i, len - i, &p[k]);
  *out = {p, n, static_cast<int64_t>(cap)};
}

}  // extern "C"
