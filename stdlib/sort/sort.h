// stdlib/sort/sort.h: Go 1.19's package sort for the csp runtime: Sort/Stable/IsSorted over a
// sort.Interface, Slice/SliceStable/SliceIsSorted over a less function and a swapper,
// Reverse, Search/Find, and the typed Ints/Float64s/Strings family. Follows go1.19
// src/sort/sort.go, slice.go and search.go; the algorithms are in zsort.h.
//
// Invariants:
//  - The order left behind (equal elements included) and the sequence of Len, Less and Swap
//    calls are Go's: Sort, Stable and IsSorted call data.Len() exactly once; Slice,
//    SliceStable and SliceIsSorted take the length from the caller (Go's rv.Len()) and call
//    only less and swap. test/unit/gosort_test.cpp checks this against vectors from Go.
//  - A "Data" (the sort.Interface side) is any type with `int64_t Len()`,
//    `bool Less(int64_t i, int64_t j)` and `void Swap(int64_t i, int64_t j)`; the csp binding
//    implements it by calling back into compiled code. For Slice, less is callable as
//    `bool(int64_t, int64_t)` and swap as `void(int64_t, int64_t)`.
//  - Ints, Float64s and Strings are Go's Sort(IntSlice(x)) etc.: the same pdqsort, with
//    Less/Swap inlined on the array (IntSlice, Float64Slice, StringSlice below), so the
//    order of floats that compare equal (-0 and +0, NaNs of different payloads) is Go's.
//    Float64Slice.Less is Go's: x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])).
//  - Nothing allocates; a Less/Swap/less/swap/f/cmp that exits non-locally (a csp panic)
//    leaves nothing to clean up (see zsort.h).
#pragma once

#include "runtime/csp_rt.h"
#include "stdlib/sort/zsort.h"

#include <cstdint>
#include <cstring>

namespace csp::gosort {

// ---- sort.Interface: sort.go ----

// sort.Sort: unstable (pdqsort).
template <class D>
void Sort(D&& data) {
  int64_t n = data.Len();
  if (n <= 1) return;
  detail::pdqsort(data, 0, n, detail::bits_len(n));
}

// sort.Stable: insertion-sorted blocks merged by SymMerge.
template <class D>
void Stable(D&& data) {
  detail::stable(data, data.Len());
}

// sort.IsSorted.
template <class D>
bool IsSorted(D&& data) {
  int64_t n = data.Len();
  for (int64_t i = n - 1; i > 0; i--) {
    if (data.Less(i, i - 1)) return false;
  }
  return true;
}

// sort.Reverse(data): the same Data with Less(i, j) = data.Less(j, i).
template <class D>
struct Reverse {
  D& data;
  int64_t Len() { return data.Len(); }
  bool Less(int64_t i, int64_t j) { return data.Less(j, i); }
  void Swap(int64_t i, int64_t j) { data.Swap(i, j); }
};
template <class D>
Reverse(D&) -> Reverse<D>;

// ---- less function + swapper: slice.go (zsortfunc.go's lessSwap) ----

namespace detail {
template <class LessFn, class SwapFn>
struct LessSwap {
  LessFn& less;
  SwapFn& swap;
  bool Less(int64_t i, int64_t j) { return less(i, j); }
  void Swap(int64_t i, int64_t j) { swap(i, j); }
};
}  // namespace detail

// sort.Slice on a slice of length n. Unlike Sort, Go does not return early for n <= 1
// (it makes no calls then either).
template <class LessFn, class SwapFn>
void Slice(int64_t n, LessFn&& less, SwapFn&& swap) {
  detail::LessSwap<LessFn, SwapFn> data{less, swap};
  detail::pdqsort(data, 0, n, detail::bits_len(n));
}

// sort.SliceStable on a slice of length n.
template <class LessFn, class SwapFn>
void SliceStable(int64_t n, LessFn&& less, SwapFn&& swap) {
  detail::LessSwap<LessFn, SwapFn> data{less, swap};
  detail::stable(data, n);
}

// sort.SliceIsSorted on a slice of length n.
template <class LessFn>
bool SliceIsSorted(int64_t n, LessFn&& less) {
  for (int64_t i = n - 1; i > 0; i--) {
    if (less(i, i - 1)) return false;
  }
  return true;
}

// ---- search.go ----

// sort.Search: the smallest i in [0, n) with f(i) true (f false then true), or n.
template <class F>
int64_t Search(int64_t n, F&& f) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = detail::mid_index(i, j);
    if (!f(h)) {
      i = h + 1;
    } else {
      j = h;
    }
  }
  return i;
}

struct FindResult {
  int64_t i;
  bool found;
};

// sort.Find: the smallest i with cmp(i) <= 0 (or n), and whether cmp(i) == 0 there.
template <class Cmp>
FindResult Find(int64_t n, Cmp&& cmp) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = detail::mid_index(i, j);
    if (cmp(h) > 0) {
      i = h + 1;
    } else {
      j = h;
    }
  }
  return {i, i < n && cmp(i) == 0};
}

// ---- typed slices: IntSlice, Float64Slice, StringSlice ----

// Go's string <: bytewise, a proper prefix first.
inline bool string_less(const csp_string& a, const csp_string& b) {
  int64_t n = a.len < b.len ? a.len : b.len;
  int c = n <= 0 ? 0 : std::memcmp(a.ptr, b.ptr, static_cast<size_t>(n));
  return c < 0 || (c == 0 && a.len < b.len);
}

// Float64Slice.Less: NaN sorts before everything else; -0 and +0 are equal.
inline bool float64_less(double a, double b) {
  return a < b || (a != a && b == b);
}

template <class T, bool (*LessT)(const T&, const T&)>
struct TypedSlice {
  T* x;
  int64_t n;
  int64_t Len() const { return n; }
  bool Less(int64_t i, int64_t j) const { return LessT(x[i], x[j]); }
  void Swap(int64_t i, int64_t j) const {
    T t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
};

namespace detail {
inline bool int_less(const int64_t& a, const int64_t& b) { return a < b; }
inline bool float_less(const double& a, const double& b) { return float64_less(a, b); }
}  // namespace detail

using IntSlice = TypedSlice<int64_t, detail::int_less>;
using Float64Slice = TypedSlice<double, detail::float_less>;
using StringSlice = TypedSlice<csp_string, string_less>;

// sort.Ints / Float64s / Strings: Sort(IntSlice(x)) etc. (sort.cpp).
void Ints(int64_t* x, int64_t n);
void Float64s(double* x, int64_t n);
void Strings(csp_string* x, int64_t n);
bool IntsAreSorted(const int64_t* x, int64_t n);
bool Float64sAreSorted(const double* x, int64_t n);
bool StringsAreSorted(const csp_string* x, int64_t n);
// sort.SearchInts etc.: the first i with a[i] >= x, or n (a NaN x gives n).
int64_t SearchInts(const int64_t* a, int64_t n, int64_t x);
int64_t SearchFloat64s(const double* a, int64_t n, double x);
int64_t SearchStrings(const csp_string* a, int64_t n, csp_string x);

}  // namespace csp::gosort
