// stdlib/sort/sort.cpp: sort.Ints/Float64s/Strings, their AreSorted and Search companions:
// Go 1.19's sort.go and search.go for []int, []float64 and []string.
//
// Invariants: each is Go's Sort(IntSlice(x)) / IsSorted(...) / Search(...) with the typed
// Less and Swap inlined (sort.h), so results, including the order of equal floats, are Go's.
#include "stdlib/sort/sort.h"

namespace csp::gosort {

void Ints(int64_t* x, int64_t n) { Sort(IntSlice{x, n}); }
void Float64s(double* x, int64_t n) { Sort(Float64Slice{x, n}); }
void Strings(csp_string* x, int64_t n) { Sort(StringSlice{x, n}); }

// The AreSorted functions only read: the Slice views never Swap here.
bool IntsAreSorted(const int64_t* x, int64_t n) {
  return IsSorted(IntSlice{const_cast<int64_t*>(x), n});
}
bool Float64sAreSorted(const double* x, int64_t n) {
  return IsSorted(Float64Slice{const_cast<double*>(x), n});
}
bool StringsAreSorted(const csp_string* x, int64_t n) {
  return IsSorted(StringSlice{const_cast<csp_string*>(x), n});
}

int64_t SearchInts(const int64_t* a, int64_t n, int64_t x) {
  return Search(n, [&](int64_t i) { return a[i] >= x; });
}
int64_t SearchFloat64s(const double* a, int64_t n, double x) {
  return Search(n, [&](int64_t i) { return a[i] >= x; });
}
// a[i] >= x is !(a[i] < x).
int64_t SearchStrings(const csp_string* a, int64_t n, csp_string x) {
  return Search(n, [&](int64_t i) { return !string_less(a[i], x); });
}

}  // namespace csp::gosort
