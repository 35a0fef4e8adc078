// stdlib/sort/zsort.h: the sorting algorithms of Go 1.19's sort package, step for step:
// pattern-defeating quicksort (Sort, Slice) and insertion-sort blocks + SymMerge (Stable,
// SliceStable). Follows go1.19 src/sort/zsortinterface.go (and zsortfunc.go, the same
// algorithm), plus the xorshift and nextPowerOfTwo helpers of sort.go. Internal to
// stdlib/sort/: use sort.h.
//
// Invariants:
//  - Every function makes exactly the Less and Swap calls Go's namesake makes, with the same
//    arguments and in the same order, so the final order (equal elements included) and any
//    side effects of Less/Swap are Go's. Keep it that way: no shortcuts, no extra calls.
//  - In Go 1.19 zsortfunc.go is zsortinterface.go with `data Interface` replaced by
//    `data lessSwap` and `_func` appended to every name (gen_sort_variants.go); there is no
//    algorithmic difference, so one set of templates serves both variants.
//  - D is any type with `bool Less(int64_t, int64_t)` and `void Swap(int64_t, int64_t)`;
//    Len() is never called here (the callers in sort.h call it once, as Go does).
//  - Indices are Go ints (int64_t); midpoints are computed as Go's int(uint(i+j) >> 1).
//  - Nothing here allocates or owns a resource, and no destructor runs on any path: a Less
//    or Swap that leaves by a non-local exit (a csp panic) leaves nothing behind.
//  - Recursion depth is O(log n): pdqsort recurses into the smaller side only, symMerge halves.
//  - Go's partialInsertionSort shifts the smaller element left with `j >= 1`, not `j > a`
//    (it may look left of a); this is kept on purpose, since it changes Less/Swap calls.
#pragma once

#include <bit>
#include <cstdint>

namespace csp::gosort::detail {

// Go's sortedHint.
enum class Hint { kUnknown, kIncreasing, kDecreasing };

// int(uint(i+j) >> 1): the midpoint without signed overflow.
inline int64_t mid_index(int64_t i, int64_t j) {
  return static_cast<int64_t>((static_cast<uint64_t>(i) + static_cast<uint64_t>(j)) >> 1);
}

// bits.Len(uint(n)).
inline int64_t bits_len(int64_t n) { return std::bit_width(static_cast<uint64_t>(n)); }

// Go's xorshift: a 64-bit xorshift generator seeded with the slice length.
struct Xorshift {
  uint64_t state;
  uint64_t Next() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  }
};

// nextPowerOfTwo: 1 << bits.Len(uint(length)).
inline uint64_t next_power_of_two(int64_t length) { return uint64_t{1} << bits_len(length); }

// insertionSort sorts data[a:b].
template <class D>
void insertion_sort(D& data, int64_t a, int64_t b) {
  for (int64_t i = a + 1; i < b; i++) {
    for (int64_t j = i; j > a && data.Less(j, j - 1); j--) data.Swap(j, j - 1);
  }
}

// siftDown: the heap property on data[lo:hi]; first is the offset of the heap's root.
template <class D>
void sift_down(D& data, int64_t lo, int64_t hi, int64_t first) {
  int64_t root = lo;
  for (;;) {
    int64_t child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && data.Less(first + child, first + child + 1)) child++;
    if (!data.Less(first + root, first + child)) return;
    data.Swap(first + root, first + child);
    root = child;
  }
}

template <class D>
void heap_sort(D& data, int64_t a, int64_t b) {
  int64_t first = a, lo = 0, hi = b - a;
  for (int64_t i = (hi - 1) / 2; i >= 0; i--) sift_down(data, i, hi, first);
  for (int64_t i = hi - 1; i >= 0; i--) {
    data.Swap(first, first + i);
    sift_down(data, lo, i, first);
  }
}

// order2: (x, y) with data[x] <= data[y], counting a swap when the order is reversed.
template <class D>
void order2(D& data, int64_t& a, int64_t& b, int& swaps) {
  if (data.Less(b, a)) {
    swaps++;
    int64_t t = a;
    a = b;
    b = t;
  }
}

// median: the index among a, b, c holding the median of the three.
template <class D>
int64_t median(D& data, int64_t a, int64_t b, int64_t c, int& swaps) {
  order2(data, a, b, swaps);
  order2(data, b, c, swaps);
  order2(data, a, b, swaps);
  return b;
}

template <class D>
int64_t median_adjacent(D& data, int64_t a, int& swaps) {
  return median(data, a - 1, a, a + 1, swaps);
}

struct PivotChoice {
  int64_t pivot;
  Hint hint;
};

// choosePivot: a static pivot below 8 elements, median of three below 50, Tukey's ninther
// above; the hint says whether the samples looked increasing or decreasing.
template <class D>
PivotChoice choose_pivot(D& data, int64_t a, int64_t b) {
  constexpr int64_t kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  int64_t l = b - a;
  int swaps = 0;
  int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = median_adjacent(data, i, swaps);
      j = median_adjacent(data, j, swaps);
      k = median_adjacent(data, k, swaps);
    }
    j = median(data, i, j, k, swaps);
  }
  if (swaps == 0) return {j, Hint::kIncreasing};
  if (swaps == kMaxSwaps) return {j, Hint::kDecreasing};
  return {j, Hint::kUnknown};
}

template <class D>
void reverse_range(D& data, int64_t a, int64_t b) {
  for (int64_t i = a, j = b - 1; i < j; i++, j--) data.Swap(i, j);
}

template <class D>
void swap_range(D& data, int64_t a, int64_t b, int64_t n) {
  for (int64_t i = 0; i < n; i++) data.Swap(a + i, b + i);
}

// breakPatterns: three xorshift-chosen swaps around the middle of data[a:b].
template <class D>
void break_patterns(D& data, int64_t a, int64_t b) {
  int64_t length = b - a;
  if (length < 8) return;
  Xorshift random{static_cast<uint64_t>(length)};
  uint64_t modulus = next_power_of_two(length);
  for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
    auto other = static_cast<int64_t>(random.Next() & (modulus - 1));
    if (other >= length) other -= length;
    data.Swap(idx, a + other);
  }
}

// partialInsertionSort: fixes up to 5 adjacent inversions (only when b-a >= 50); true if
// data[a:b] ends up sorted.
template <class D>
bool partial_insertion_sort(D& data, int64_t a, int64_t b) {
  constexpr int kMaxSteps = 5;
  constexpr int64_t kShortestShifting = 50;
  int64_t i = a + 1;
  for (int step = 0; step < kMaxSteps; step++) {
    while (i < b && !data.Less(i, i - 1)) i++;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    data.Swap(i, i - 1);
    if (i - a >= 2) {  // shift the smaller one left (Go's bound is j >= 1, not j > a)
      for (int64_t j = i - 1; j >= 1; j--) {
        if (!data.Less(j, j - 1)) break;
        data.Swap(j, j - 1);
      }
    }
    if (b - i >= 2) {  // shift the greater one right
      for (int64_t j = i + 1; j < b; j++) {
        if (!data.Less(j, j - 1)) break;
        data.Swap(j, j - 1);
      }
    }
  }
  return false;
}

struct PartitionResult {
  int64_t mid;
  bool already_partitioned;
};

// partition: with p = data[pivot], leaves data[i] < p for i < mid, data[mid] = p and
// data[j] >= p for j > mid.
template <class D>
PartitionResult partition(D& data, int64_t a, int64_t b, int64_t pivot) {
  data.Swap(a, pivot);
  int64_t i = a + 1, j = b - 1;  // inclusive bounds of what remains to partition
  while (i <= j && data.Less(i, a)) i++;
  while (i <= j && !data.Less(j, a)) j--;
  if (i > j) {
    data.Swap(j, a);
    return {j, true};
  }
  data.Swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && data.Less(i, a)) i++;
    while (i <= j && !data.Less(j, a)) j--;
    if (i > j) break;
    data.Swap(i, j);
    i++;
    j--;
  }
  data.Swap(j, a);
  return {j, false};
}

// partitionEqual: data[a:b] (nothing in it less than data[pivot]) into the elements equal to
// the pivot, then the greater ones; returns the start of the greater ones.
template <class D>
int64_t partition_equal(D& data, int64_t a, int64_t b, int64_t pivot) {
  data.Swap(a, pivot);
  int64_t i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !data.Less(a, i)) i++;
    while (i <= j && data.Less(a, j)) j--;
    if (i > j) break;
    data.Swap(i, j);
    i++;
    j--;
  }
  return i;
}

// pdqsort sorts data[a:b]; limit is the number of bad pivots allowed before heapsort.
template <class D>
void pdqsort(D& data, int64_t a, int64_t b, int64_t limit) {
  constexpr int64_t kMaxInsertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    int64_t length = b - a;
    if (length <= kMaxInsertion) {
      insertion_sort(data, a, b);
      return;
    }
    if (limit == 0) {
      heap_sort(data, a, b);
      return;
    }
    if (!was_balanced) {
      break_patterns(data, a, b);
      limit--;
    }
    auto [pivot, hint] = choose_pivot(data, a, b);
    if (hint == Hint::kDecreasing) {
      reverse_range(data, a, b);
      pivot = (b - 1) - (pivot - a);  // pivot-a after the start is now pivot-a before the end
      hint = Hint::kIncreasing;
    }
    if (was_balanced && was_partitioned && hint == Hint::kIncreasing) {
      if (partial_insertion_sort(data, a, b)) return;
    }
    if (a > 0 && !data.Less(a - 1, pivot)) {  // many duplicates: split off those == pivot
      a = partition_equal(data, a, b, pivot);
      continue;
    }
    auto [mid, already_partitioned] = partition(data, a, b, pivot);
    was_partitioned = already_partitioned;
    int64_t left_len = mid - a, right_len = b - mid;
    int64_t balance_threshold = length / 8;
    if (left_len < right_len) {
      was_balanced = left_len >= balance_threshold;
      pdqsort(data, a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right_len >= balance_threshold;
      pdqsort(data, mid + 1, b, limit);
      b = mid;
    }
  }
}

// rotate: data[a:m] data[m:b] becomes data[m:b] data[a:m], by block swaps (a < m < b).
template <class D>
void rotate(D& data, int64_t a, int64_t m, int64_t b) {
  int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(data, m - i, m, j);
      i -= j;
    } else {
      swap_range(data, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(data, m - i, m, i);
}

// symMerge merges the sorted runs data[a:m] and data[m:b] (a < m < b), stably: Kim and
// Kutzner's SymMerge, with Go's binary-insertion shortcuts for runs of one element.
template <class D>
void sym_merge(D& data, int64_t a, int64_t m, int64_t b) {
  if (m - a == 1) {  // insert data[a] before the first data[i] >= data[a] in data[m:b]
    int64_t i = m, j = b;
    while (i < j) {
      int64_t h = mid_index(i, j);
      if (data.Less(h, a)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    for (int64_t k = a; k < i - 1; k++) data.Swap(k, k + 1);
    return;
  }
  if (b - m == 1) {  // insert data[m] at the first data[i] > data[m] in data[a:m]
    int64_t i = a, j = m;
    while (i < j) {
      int64_t h = mid_index(i, j);
      if (!data.Less(m, h)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    for (int64_t k = m; k > i; k--) data.Swap(k, k - 1);
    return;
  }
  int64_t mid = mid_index(a, b);
  int64_t n = mid + m;
  int64_t start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  int64_t p = n - 1;
  while (start < r) {
    int64_t c = mid_index(start, r);
    if (!data.Less(p - c, c)) {
      start = c + 1;
    } else {
      r = c;
    }
  }
  int64_t end = n - start;
  if (start < m && m < end) rotate(data, start, m, end);
  if (a < start && start < mid) sym_merge(data, a, start, mid);
  if (mid < end && end < b) sym_merge(data, mid, end, b);
}

// stable sorts data[0:n] stably: insertion sort of blocks of 20, then rounds of symMerge.
template <class D>
void stable(D& data, int64_t n) {
  int64_t block_size = 20;
  int64_t a = 0, b = block_size;
  while (b <= n) {
    insertion_sort(data, a, b);
    a = b;
    b += block_size;
  }
  insertion_sort(data, a, n);
  while (block_size < n) {
    a = 0;
    b = 2 * block_size;
    while (b <= n) {
      sym_merge(data, a, a + block_size, b);
      a = b;
      b += 2 * block_size;
    }
    if (int64_t m = a + block_size; m < n) sym_merge(data, a, m, n);
    block_size *= 2;
  }
}

}  // namespace csp::gosort::detail
