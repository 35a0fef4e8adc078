// runtime/slice.cpp: slice growth for append (csp_growslice), make([]T, len, cap)
// (csp_makeslice), and Go's malloc size classes, which decide the capacities Go's append and
// []byte(s) produce, so that cap() prints what Go prints.
//
// Growth follows Go's growslice (runtime/slice.go, Go 1.18+): double below 256 elements, then
// grow by (cap + 3*256)/4 until enough; the byte size is then rounded up to a size class
// (roundupsize, runtime/sizeclasses.go) and the capacity is what fits. New arrays are zeroed
// GC memory, allocated atomic (never scanned) when the element type holds no pointers.
#include "runtime/slice.h"

#include "runtime/panic.h"
#include "runtime/process.h"

#include <algorithm>
#include <cstring>
#include <gc/gc.h>

namespace csp::rt {

namespace {

// Go 1.19's class_to_size: the object sizes of its small-object allocator.
constexpr uint32_t kClassSizes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768};
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kPageSize = 8192;
constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;  // Go's maxAlloc on 64-bit Linux

}  // namespace

uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) {
    if (size == 0) return 0;
    return *std::lower_bound(std::begin(kClassSizes), std::end(kClassSizes), size);
  }
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

namespace {
// What an empty non-nil slice points at (Go's zerobase): never written, never NULL, so
// `make([]T, 0) != nil`.
uint64_t g_zerobase;
}  // namespace

void* alloc_array(bool pointers, uint64_t bytes) {
  if (bytes == 0) return &g_zerobase;
  void* p = pointers ? GC_MALLOC(bytes) : GC_MALLOC_ATOMIC(bytes);
  if (p == nullptr) die("fatal error: runtime: out of memory\n");
  if (!pointers) std::memset(p, 0, bytes);  // GC_MALLOC zeroes; GC_MALLOC_ATOMIC does not
  return p;
}

}  // namespace csp::rt

using namespace csp::rt;

extern "C" {

void csp_growslice(const csp_type* elem, void* oldptr, int64_t oldlen, int64_t oldcap,
                   int64_t newlen, csp_slice* out) {
  uint64_t esize = elem->size;
  if (esize == 0) {
    *out = {oldptr ? oldptr : alloc_array(false, 0), oldlen, newlen};
    return;
  }
  int64_t newcap = oldcap;
  int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t kThreshold = 256;
    if (oldcap < kThreshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * kThreshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  uint64_t mem = static_cast<uint64_t>(newcap) * esize;
  if (newcap < 0 || mem / esize != static_cast<uint64_t>(newcap) || mem > kMaxAlloc)
    runtime_error("growslice: len out of range");
  uint64_t capmem = roundupsize(mem);
  newcap = static_cast<int64_t>(capmem / esize);
  void* p = alloc_array(elem->flags & CSP_TF_POINTERS, capmem);
  if (oldlen > 0) std::memcpy(p, oldptr, static_cast<size_t>(oldlen) * esize);
  *out = {p, oldlen, newcap};
}

void* csp_makeslice(const csp_type* elem, int64_t len, int64_t cap) {
  uint64_t esize = elem->size;
  auto bytes = [&](int64_t n, bool* ok) {
    uint64_t m = static_cast<uint64_t>(n) * esize;
    *ok = n >= 0 && (esize == 0 || m / esize == static_cast<uint64_t>(n)) && m <= kMaxAlloc;
    return m;
  };
  bool ok;
  uint64_t mem = bytes(cap, &ok);
  if (!ok || len > cap) {
    bytes(len, &ok);
    if (!ok) csp_panic_makeslice_len();
    csp_panic_makeslice_cap();
  }
  return alloc_array(elem->flags & CSP_TF_POINTERS, mem);
}

}  // extern "C"
