// stdlib/sort/bindings.cpp: the C entry points of package sort's functions without a body
// (stdlib/sort/sort.csp; prototypes in stdlib_bridges.h), over the algorithms of sort.h.
//
//  - pdqsort/stable: data is a sort.Interface value {itab, data}; its methods, sorted by
//    name, are itab->fn[0] Len, fn[1] Less, fn[2] Swap, each called as fn(g, NULL, data,
//    args...). Len was called once by sort.csp, which passes its result.
//  - sliceSort/sliceStable: x is an `any` holding a slice (sort.csp checked the kind), so its
//    data word points at a copy of the slice header; elements of type->elem->size bytes are
//    swapped here, and less is called as a csp closure, less->fn(g, less, i, j).
//  - Ints, Float64s, Strings and their companions call nothing back.
// A bool coming back from csp code is read as a byte and masked: only bit 0 is defined (LLVM
// returns an i1 without extension attributes).
// A panic in Less, Swap or less unwinds through these frames; nothing here needs cleaning up.
#include <cstring>

#include "runtime/panic.h"
#include "stdlib/sort/sort.h"
#include "stdlib_bridges.h"

namespace gs = csp::gosort;

namespace {

// A sort.Interface value as sort.h's Data.
struct IfaceData {
  csp_g* g;
  const csp_itab* itab;
  uint64_t data;

  bool Less(int64_t i, int64_t j) const {
    auto fn = reinterpret_cast<uint8_t (*)(csp_g*, void*, uint64_t, int64_t, int64_t)>(itab->fn[1]);
    return (fn(g, nullptr, data, i, j) & 1) != 0;
  }
  void Swap(int64_t i, int64_t j) const {
    auto fn = reinterpret_cast<void (*)(csp_g*, void*, uint64_t, int64_t, int64_t)>(itab->fn[2]);
    fn(g, nullptr, data, i, j);
  }
};

IfaceData iface_data(const void* tab, uint64_t data) {
  // sort.csp called data.Len() first, so a nil interface has already panicked.
  return {csp::rt::current_g(), static_cast<const csp_itab*>(tab), data};
}

// The less closure of Slice and SliceStable.
struct LessFn {
  csp_g* g;
  csp_closure* clo;
  bool operator()(int64_t i, int64_t j) const {
    auto fn = reinterpret_cast<uint8_t (*)(csp_g*, void*, int64_t, int64_t)>(clo->fn);
    return (fn(g, clo, i, j) & 1) != 0;
  }
};

// Swaps elements of Size bytes (a multiple of 8 for the fixed sizes).
template <size_t Size>
struct FixedSwap {
  uint8_t* base;
  void operator()(int64_t i, int64_t j) const {
    uint8_t tmp[Size];
    uint8_t* a = base + static_cast<size_t>(i) * Size;
    uint8_t* b = base + static_cast<size_t>(j) * Size;
    std::memcpy(tmp, a, Size);
    std::memcpy(a, b, Size);
    std::memcpy(b, tmp, Size);
  }
};

// Swaps elements of any size, through a bounded buffer.
struct AnySwap {
  uint8_t* base;
  size_t size;
  void operator()(int64_t i, int64_t j) const {
    uint8_t* a = base + static_cast<size_t>(i) * size;
    uint8_t* b = base + static_cast<size_t>(j) * size;
    uint8_t tmp[256];
    for (size_t off = 0; off < size; off += sizeof tmp) {
      size_t n = size - off < sizeof tmp ? size - off : sizeof tmp;
      std::memcpy(tmp, a + off, n);
      std::memmove(a + off, b + off, n);
      std::memcpy(b + off, tmp, n);
    }
  }
};

// Calls run(swap) with a swapper specialised for the element size of the slice in x.
template <class Run>
void with_swapper(const void* x_tab, uint64_t x_data, Run&& run) {
  auto* t = static_cast<const csp_type*>(x_tab);
  auto* s = reinterpret_cast<const csp_slice*>(x_data);
  auto* base = static_cast<uint8_t*>(s->ptr);
  switch (t->elem->size) {
    case 1: return run(FixedSwap<1>{base});
    case 2: return run(FixedSwap<2>{base});
    case 4: return run(FixedSwap<4>{base});
    case 8: return run(FixedSwap<8>{base});
    case 16: return run(FixedSwap<16>{base});
    case 24: return run(FixedSwap<24>{base});
    case 32: return run(FixedSwap<32>{base});
    default: return run(AnySwap{base, t->elem->size});
  }
}

}  // namespace

extern "C" {

void csp_sort_pdqsort(const void* data_tab, uint64_t data_data, int64_t n) {
  IfaceData d = iface_data(data_tab, data_data);
  gs::detail::pdqsort(d, 0, n, gs::detail::bits_len(n));
}

void csp_sort_stable(const void* data_tab, uint64_t data_data, int64_t n) {
  IfaceData d = iface_data(data_tab, data_data);
  gs::detail::stable(d, n);
}

void csp_sort_sliceSort(const void* x_tab, uint64_t x_data, int64_t n, void* less) {
  LessFn lf{csp::rt::current_g(), static_cast<csp_closure*>(less)};
  with_swapper(x_tab, x_data, [&](auto swap) { gs::Slice(n, lf, swap); });
}

void csp_sort_sliceStable(const void* x_tab, uint64_t x_data, int64_t n, void* less) {
  LessFn lf{csp::rt::current_g(), static_cast<csp_closure*>(less)};
  with_swapper(x_tab, x_data, [&](auto swap) { gs::SliceStable(n, lf, swap); });
}

int64_t csp_sort_kindOf(const void* x_tab, uint64_t) {
  auto* t = static_cast<const csp_type*>(x_tab);
  return t == nullptr ? 0 : t->kind;
}

// x is an array, map, slice or string (sort.csp checked).
int64_t csp_sort_lenOf(const void* x_tab, uint64_t x_data) {
  auto* t = static_cast<const csp_type*>(x_tab);
  switch (t->kind) {
    case CSP_KIND_ARRAY: return t->len;
    case CSP_KIND_MAP: return x_data == 0 ? 0 : reinterpret_cast<const csp_map*>(x_data)->count;
    case CSP_KIND_STRING: return reinterpret_cast<const csp_string*>(x_data)->len;
    default: return reinterpret_cast<const csp_slice*>(x_data)->len;
  }
}

int64_t csp_sort_SearchInts(int64_t* a, int64_t a_len, int64_t, int64_t x) { return gs::SearchInts(a, a_len, x); }
int64_t csp_sort_SearchFloat64s(double* a, int64_t a_len, int64_t, double x) {
  return gs::SearchFloat64s(a, a_len, x);
}
int64_t csp_sort_SearchStrings(csp_string* a, int64_t a_len, int64_t, const uint8_t* x, int64_t x_len) {
  return gs::SearchStrings(a, a_len, csp_string{x, x_len});
}

void csp_sort_Ints(int64_t* x, int64_t x_len, int64_t) { gs::Ints(x, x_len); }
void csp_sort_Float64s(double* x, int64_t x_len, int64_t) { gs::Float64s(x, x_len); }
void csp_sort_Strings(csp_string* x, int64_t x_len, int64_t) { gs::Strings(x, x_len); }
bool csp_sort_IntsAreSorted(int64_t* x, int64_t x_len, int64_t) { return gs::IntsAreSorted(x, x_len); }
bool csp_sort_Float64sAreSorted(double* x, int64_t x_len, int64_t) { return gs::Float64sAreSorted(x, x_len); }
bool csp_sort_StringsAreSorted(csp_string* x, int64_t x_len, int64_t) { return gs::StringsAreSorted(x, x_len); }

}  // extern "C"
