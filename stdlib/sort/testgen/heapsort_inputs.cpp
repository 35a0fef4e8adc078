// heapsort_inputs.cpp: writes heapsort_inputs.txt, int inputs on which Go 1.19's pdqsort runs
// out of its bad-pivot budget and falls back to heapSort (gen.go turns them into vectors; no
// other input reaches that path: Go's own sort_test.go adversary does not, see below).
//
// Run from the repository root (by hand; testgen/ is not built):
//   g++ -std=c++20 -O2 -I. stdlib/sort/testgen/heapsort_inputs.cpp -o /tmp/heapsort_inputs &&
//   /tmp/heapsort_inputs > stdlib/sort/testgen/heapsort_inputs.txt
//
// How: McIlroy's lazy adversary ("A Killer Adversary for Quicksort"), aimed at pdqsort. Every
// element starts as "gas" (greater than every frozen value, equal to other gas); just before
// each choosePivot the positions it samples are frozen to the next smallest values, in an
// order that gives no sortedness hint, so the ninther picks a pivot of rank about 5 and every
// partition is unbalanced; after bits.Len(n) of them pdqsort heapsorts. Frozen values stay
// consistent with every earlier answer, so sorting the final values replays the same calls.
// Hooking choosePivot needs pdqsort's loop, so pdqsort_with_hook is a copy of
// detail::pdqsort (zsort.h) plus the hook; it checks that the replay heapsorts too.
// Go's TestAdversary freezes by index and loses track of elements as they are swapped; its
// partialInsertionSort and balanced partitions then avoid heapsort.
//
// Two flavours per size: "distinct" (gas compared with gas inside heapsort is frozen too, so
// all values differ) and "ties" (gas stays gas: the heapsorted part is all equal values, which
// exposes heapSort's order of equal elements).
#include "stdlib/sort/zsort.h"

#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

namespace {

using namespace csp::gosort::detail;

struct Lazy {
  static constexpr int64_t kGas = INT64_MAX;
  std::vector<int64_t> at;   // element id at each position
  std::vector<int64_t> val;  // value of each element id
  int64_t nsolid = 0, candidate = -1;
  bool freeze_in_heap = true, in_heap = false;

  explicit Lazy(int64_t n) : at(n), val(n, kGas) {
    for (int64_t i = 0; i < n; i++) at[i] = i;
  }
  void freeze(int64_t id) {
    if (val[id] == kGas) val[id] = nsolid++;
  }
  bool Less(int64_t i, int64_t j) {
    int64_t x = at[i], y = at[j];
    if (val[x] == kGas && val[y] == kGas && (freeze_in_heap || !in_heap)) freeze(x == candidate ? x : y);
    if (val[x] == kGas) {
      candidate = x;
    } else if (val[y] == kGas) {
      candidate = y;
    }
    return val[x] < val[y];
  }
  void Swap(int64_t i, int64_t j) { std::swap(at[i], at[j]); }
  // choosePivot's samples in [a, b): middle first, then alternating ends (no hint).
  void before_choose_pivot(int64_t a, int64_t b) {
    int64_t l = b - a;
    if (l < 8) return;
    int64_t q[3] = {a + l / 4, a + l / 4 * 2, a + l / 4 * 3};
    if (l >= 50) {
      static const int kOrder[9] = {4, 0, 8, 2, 6, 1, 7, 3, 5};
      for (int k : kOrder) freeze(at[q[k / 3] + k % 3 - 1]);
    } else {
      static const int kOrder[3] = {1, 0, 2};
      for (int k : kOrder) freeze(at[q[k]]);
    }
  }
  void before_heap_sort() { in_heap = true; }
};

// Replays a fixed input.
struct Fixed {
  std::vector<int64_t> v;
  bool Less(int64_t i, int64_t j) { return v[i] < v[j]; }
  void Swap(int64_t i, int64_t j) { std::swap(v[i], v[j]); }
  void before_choose_pivot(int64_t, int64_t) {}
  void before_heap_sort() {}
};

// detail::pdqsort with the two hooks; returns how many times it heapsorted.
template <class D>
int pdqsort_with_hook(D& data, int64_t a, int64_t b, int64_t limit) {
  int heaps = 0;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= 12) {
      insertion_sort(data, a, b);
      return heaps;
    }
    if (limit == 0) {
      data.before_heap_sort();
      heap_sort(data, a, b);
      return heaps + 1;
    }
    if (!was_balanced) {
      break_patterns(data, a, b);
      limit--;
    }
    data.before_choose_pivot(a, b);
    auto [pivot, hint] = choose_pivot(data, a, b);
    if (hint == Hint::kDecreasing) {
      reverse_range(data, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::kIncreasing;
    }
    if (was_balanced && was_partitioned && hint == Hint::kIncreasing) {
      if (partial_insertion_sort(data, a, b)) return heaps;
    }
    if (a > 0 && !data.Less(a - 1, pivot)) {
      a = partition_equal(data, a, b, pivot);
      continue;
    }
    auto [mid, already_partitioned] = partition(data, a, b, pivot);
    was_partitioned = already_partitioned;
    int64_t left_len = mid - a, right_len = b - mid;
    if (left_len < right_len) {
      was_balanced = left_len >= length / 8;
      heaps += pdqsort_with_hook(data, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right_len >= length / 8;
      heaps += pdqsort_with_hook(data, mid + 1, b, limit);
      b = mid;
    }
  }
}

}  // namespace

int main() {
  for (int64_t n : {60, 300, 1000}) {
    for (bool ties : {false, true}) {
      Lazy lazy(n);
      lazy.freeze_in_heap = !ties;
      if (pdqsort_with_hook(lazy, 0, n, bits_len(n)) != 1) return 1;
      Fixed fixed;
      for (int64_t id = 0; id < n; id++) {
        fixed.v.push_back(lazy.val[id] == Lazy::kGas ? lazy.nsolid : lazy.val[id]);
      }
      std::vector<int64_t> input = fixed.v;
      if (pdqsort_with_hook(fixed, 0, n, bits_len(n)) != 1) return 1;
      std::printf("heapsort_%s/%ld", ties ? "ties" : "distinct", static_cast<long>(n));
      for (int64_t v : input) std::printf(" %ld", static_cast<long>(v));
      std::printf("\n");
    }
  }
  return 0;
}
