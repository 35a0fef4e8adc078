// test/unit/gosort_test.cpp: stdlib/sort/ (Go 1.19's sort package in C++) against real Go.
//
// testdata/gosort_vectors.inc (regenerate: go run stdlib/sort/testgen/gen.go >
// test/unit/testdata/gosort_vectors.inc) holds what Go 1.19 did to many inputs: the order
// sort.Sort/sort.Slice left (key, original index) pairs in, and for every call of Sort, Stable,
// IsSorted, Slice and SliceStable the number of Len/Less/Swap calls and a hash of the whole
// call sequence. Here the same inputs go through csp::gosort with the same tracing, and
// everything must be equal: the order of equal elements, and every single call.
#include "stdlib/sort/sort.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <numeric>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Calls made, and their FNV-1a hash over words (gen.go's `trace`).
struct GoOps {
  int64_t len = 0, less = 0, swap = 0;
  uint64_t trace = 14695981039346656037ull;
  bool operator==(const GoOps&) const = default;
};

std::ostream& operator<<(std::ostream& os, const GoOps& o) {
  return os << "{len " << o.len << ", less " << o.less << ", swap " << o.swap << ", trace 0x"
            << std::hex << o.trace << std::dec << "}";
}

// The vectors are std::initializer_list, constant-initialized: no code runs to build them.
template <class T>
std::vector<T> vec(std::initializer_list<T> l) {
  return l;
}

struct GoSortCase {
  const char* name;
  bool floats;                    // keys index kGoFloatPalette
  std::initializer_list<int64_t> keys;
  std::initializer_list<int32_t> sort_perm;  // original index at each position after sort.Sort
  GoOps is_sorted, sort, stable;   // through a tracing sort.Interface
  GoOps slice, slice_stable;       // Less calls only
  std::initializer_list<int64_t> float64s;   // sort.Float64s's result, as palette indices
};

struct GoStringCase {
  const char* name;
  std::initializer_list<int32_t> keys;  // kGoStringPalette indices
  std::initializer_list<int32_t> perm;
  GoOps sort;
};

struct GoAdversaryCase {
  int64_t size;
  GoOps sort;
};

struct GoSearchIntCase {
  std::initializer_list<int64_t> a;
  int64_t x, want;
};

struct GoSearchFloatCase {
  std::initializer_list<int64_t> a;  // palette indices
  int64_t x, want;
};

struct GoSearchStringCase {
  std::initializer_list<int64_t> a;  // palette indices
  int64_t x, want;
};

#include "testdata/gosort_vectors.inc"

// ---- tracing ----

struct Tracer {
  GoOps ops;
  void word(uint64_t w) { ops.trace = (ops.trace ^ w) * 1099511628211ull; }
  void on_len() {
    ops.len++;
    word(0);
  }
  void on_less(int64_t i, int64_t j) {
    ops.less++;
    word(1);
    word(static_cast<uint64_t>(i));
    word(static_cast<uint64_t>(j));
  }
  void on_swap(int64_t i, int64_t j) {
    ops.swap++;
    word(2);
    word(static_cast<uint64_t>(i));
    word(static_cast<uint64_t>(j));
  }
};

double palette_float(int64_t k) { return std::bit_cast<double>(kGoFloatPalette[k]); }

bool key_less(bool floats, int64_t a, int64_t b) {
  if (!floats) return a < b;
  return csp::gosort::float64_less(palette_float(a), palette_float(b));
}

// A sort.Interface over (key, original index) pairs, compared by key only, traced.
struct Pairs {
  bool floats;
  std::vector<int64_t> keys;
  std::vector<int32_t> idx;
  Tracer t;

  Pairs(bool f, const std::vector<int64_t>& k) : floats(f), keys(k), idx(k.size()) {
    std::iota(idx.begin(), idx.end(), 0);
  }
  int64_t Len() {
    t.on_len();
    return static_cast<int64_t>(keys.size());
  }
  bool Less(int64_t i, int64_t j) {
    t.on_less(i, j);
    return key_less(floats, keys[i], keys[j]);
  }
  void Swap(int64_t i, int64_t j) {
    t.on_swap(i, j);
    std::swap(keys[i], keys[j]);
    std::swap(idx[i], idx[j]);
  }
};

struct Pair {
  int64_t key;
  int32_t idx;
};

// sort.Slice / sort.SliceStable on pairs, tracing Less only (as gen.go can).
std::vector<int32_t> slice_sort(const GoSortCase& c, bool stable, GoOps* ops) {
  std::vector<Pair> ps;
  for (size_t i = 0; i < c.keys.size(); i++) ps.push_back({c.keys.begin()[i], static_cast<int32_t>(i)});
  Tracer t;
  auto less = [&](int64_t i, int64_t j) {
    t.on_less(i, j);
    return key_less(c.floats, ps[i].key, ps[j].key);
  };
  auto swap = [&](int64_t i, int64_t j) { std::swap(ps[i], ps[j]); };
  auto n = static_cast<int64_t>(ps.size());
  if (stable) {
    csp::gosort::SliceStable(n, less, swap);
  } else {
    csp::gosort::Slice(n, less, swap);
  }
  *ops = t.ops;
  std::vector<int32_t> perm;
  for (const Pair& p : ps) perm.push_back(p.idx);
  return perm;
}

std::vector<int32_t> stable_order(const GoSortCase& c) {
  std::vector<int32_t> want(c.keys.size());
  std::iota(want.begin(), want.end(), 0);
  std::sort(want.begin(), want.end(), [&](int32_t a, int32_t b) {  // by (key, original index)
    int64_t x = c.keys.begin()[a], y = c.keys.begin()[b];
    return key_less(c.floats, x, y) || (!key_less(c.floats, y, x) && a < b);
  });
  return want;
}

// ---- the vectors ----

TEST(GoSort, CaseCount) {
  EXPECT_GT(std::size(kGoSortCases), 500u);
  EXPECT_GT(std::size(kGoStringCases), 5u);
}

TEST(GoSort, SortMatchesGo) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    Pairs p(c.floats, vec(c.keys));
    csp::gosort::Sort(p);
    EXPECT_EQ(p.idx, vec(c.sort_perm));
    EXPECT_EQ(p.t.ops, c.sort);
  }
}

TEST(GoSort, StableMatchesGo) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    Pairs p(c.floats, vec(c.keys));
    csp::gosort::Stable(p);
    EXPECT_EQ(p.idx, stable_order(c));
    EXPECT_EQ(p.t.ops, c.stable);
  }
}

TEST(GoSort, IsSortedMatchesGo) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    Pairs p(c.floats, vec(c.keys));
    bool sorted = csp::gosort::IsSorted(p);
    EXPECT_EQ(p.t.ops, c.is_sorted);
    EXPECT_EQ(sorted, std::is_sorted(c.keys.begin(), c.keys.end(), [&](int64_t a, int64_t b) {
                return key_less(c.floats, a, b);
              }));
  }
}

TEST(GoSort, SliceMatchesGo) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    GoOps ops;
    EXPECT_EQ(slice_sort(c, false, &ops), vec(c.sort_perm));
    EXPECT_EQ(ops, c.slice);
  }
}

TEST(GoSort, SliceStableMatchesGo) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    GoOps ops;
    EXPECT_EQ(slice_sort(c, true, &ops), stable_order(c));
    EXPECT_EQ(ops, c.slice_stable);
  }
}

TEST(GoSort, SliceIsSorted) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    int64_t calls = 0;
    bool sorted = csp::gosort::SliceIsSorted(static_cast<int64_t>(c.keys.size()), [&](int64_t i, int64_t j) {
      calls++;
      return key_less(c.floats, c.keys.begin()[i], c.keys.begin()[j]);
    });
    EXPECT_EQ(calls, c.is_sorted.less);  // IsSorted's loop, without Len
    EXPECT_EQ(sorted, std::is_sorted(c.keys.begin(), c.keys.end(), [&](int64_t a, int64_t b) {
                return key_less(c.floats, a, b);
              }));
  }
}

TEST(GoSort, Float64sMatchesGoBitForBit) {
  int checked = 0;
  for (const GoSortCase& c : kGoSortCases) {
    if (!c.floats) continue;
    SCOPED_TRACE(c.name);
    std::vector<double> x;
    for (int64_t k : c.keys) x.push_back(palette_float(k));
    csp::gosort::Float64s(x.data(), static_cast<int64_t>(x.size()));
    ASSERT_EQ(x.size(), c.float64s.size());
    for (size_t i = 0; i < x.size(); i++) {
      EXPECT_EQ(std::bit_cast<uint64_t>(x[i]), kGoFloatPalette[c.float64s.begin()[i]]) << "at " << i;
    }
    EXPECT_TRUE(csp::gosort::Float64sAreSorted(x.data(), static_cast<int64_t>(x.size())));
    checked++;
  }
  EXPECT_GT(checked, 50);
}

// The typed fast path makes the calls the traced pairs do (same algorithm, inlined).
template <class D>
struct Traced {
  D data;
  Tracer t;
  int64_t Len() {
    t.on_len();
    return data.Len();
  }
  bool Less(int64_t i, int64_t j) {
    t.on_less(i, j);
    return data.Less(i, j);
  }
  void Swap(int64_t i, int64_t j) {
    t.on_swap(i, j);
    data.Swap(i, j);
  }
};

TEST(GoSort, TypedSlicesMakeGosCalls) {
  for (const GoSortCase& c : kGoSortCases) {
    SCOPED_TRACE(c.name);
    auto n = static_cast<int64_t>(c.keys.size());
    if (c.floats) {
      std::vector<double> x;
      for (int64_t k : c.keys) x.push_back(palette_float(k));
      Traced<csp::gosort::Float64Slice> d{{x.data(), n}, {}};
      csp::gosort::Sort(d);
      EXPECT_EQ(d.t.ops, c.sort);
    } else {
      std::vector<int64_t> x = vec(c.keys);
      Traced<csp::gosort::IntSlice> d{{x.data(), n}, {}};
      csp::gosort::Sort(d);
      EXPECT_EQ(d.t.ops, c.sort);
    }
  }
}

TEST(GoSort, Ints) {
  for (const GoSortCase& c : kGoSortCases) {
    if (c.floats) continue;
    SCOPED_TRACE(c.name);
    std::vector<int64_t> x = vec(c.keys), want = vec(c.keys);
    auto n = static_cast<int64_t>(x.size());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(csp::gosort::IntsAreSorted(x.data(), n), x == want);
    csp::gosort::Ints(x.data(), n);
    EXPECT_EQ(x, want);
    EXPECT_TRUE(csp::gosort::IntsAreSorted(x.data(), n));
  }
}

// Strings on distinct copies of equal strings: the pointers tell where each element went.
TEST(GoSort, StringsMatchesGo) {
  for (const GoStringCase& c : kGoStringCases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> storage;
    for (int32_t k : c.keys) storage.emplace_back(kGoStringPalette[k]);  // distinct buffers
    std::vector<csp_string> x;
    for (size_t i = 0; i < c.keys.size(); i++) {
      x.push_back({reinterpret_cast<const uint8_t*>(storage[i].data()),
                   static_cast<int64_t>(kGoStringPalette[c.keys.begin()[i]].size())});
    }
    auto n = static_cast<int64_t>(x.size());
    std::vector<csp_string> copy = x;
    Traced<csp::gosort::StringSlice> traced{{copy.data(), n}, {}};
    csp::gosort::Sort(traced);
    EXPECT_EQ(traced.t.ops, c.sort);

    csp::gosort::Strings(x.data(), n);
    std::vector<int32_t> perm;
    for (const csp_string& s : x) {
      for (size_t i = 0; i < storage.size(); i++) {
        if (s.ptr == reinterpret_cast<const uint8_t*>(storage[i].data())) perm.push_back(static_cast<int32_t>(i));
      }
    }
    EXPECT_EQ(perm, vec(c.perm));
    EXPECT_TRUE(csp::gosort::StringsAreSorted(x.data(), n));
  }
}

// McIlroy's adversary (go1.19 sort_test.go): values are frozen as pdqsort compares them,
// driving it to heapsort; the calls depend on every earlier answer.
struct Adversary {
  std::vector<int64_t> data;
  int64_t nsolid = 0, candidate = 0, gas;
  Tracer t;
  explicit Adversary(int64_t size) : data(size, size - 1), gas(size - 1) {}
  int64_t Len() {
    t.on_len();
    return static_cast<int64_t>(data.size());
  }
  bool Less(int64_t i, int64_t j) {
    t.on_less(i, j);
    if (data[i] == gas && data[j] == gas) {
      data[i == candidate ? i : j] = nsolid++;
    }
    if (data[i] == gas) {
      candidate = i;
    } else if (data[j] == gas) {
      candidate = j;
    }
    return data[i] < data[j];
  }
  void Swap(int64_t i, int64_t j) {
    t.on_swap(i, j);
    std::swap(data[i], data[j]);
  }
};

TEST(GoSort, AdversaryMatchesGo) {
  for (const GoAdversaryCase& c : kGoAdversaryCases) {
    SCOPED_TRACE(c.size);
    Adversary a(c.size);
    csp::gosort::Sort(a);
    EXPECT_EQ(a.t.ops, c.sort);
    for (int64_t i = 0; i < c.size; i++) ASSERT_EQ(a.data[i], i);
  }
}

// ---- search ----

TEST(GoSort, SearchIntsMatchesGo) {
  for (const GoSearchIntCase& c : kGoSearchIntCases) {
    EXPECT_EQ(csp::gosort::SearchInts(std::data(c.a), static_cast<int64_t>(c.a.size()), c.x), c.want)
        << "x " << c.x << " n " << c.a.size();
  }
}

TEST(GoSort, SearchFloat64sMatchesGo) {
  for (const GoSearchFloatCase& c : kGoSearchFloatCases) {
    std::vector<double> a;
    for (int64_t k : c.a) a.push_back(palette_float(k));
    EXPECT_EQ(csp::gosort::SearchFloat64s(a.data(), static_cast<int64_t>(a.size()), palette_float(c.x)),
              c.want)
        << "x #" << c.x << " n " << c.a.size();
  }
}

TEST(GoSort, SearchStringsMatchesGo) {
  for (const GoSearchStringCase& c : kGoSearchStringCases) {
    std::vector<csp_string> a;
    auto cs = [](std::string_view s) {
      return csp_string{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
    };
    for (int64_t k : c.a) a.push_back(cs(kGoStringPalette[k]));
    EXPECT_EQ(csp::gosort::SearchStrings(a.data(), static_cast<int64_t>(a.size()), cs(kGoStringPalette[c.x])),
              c.want)
        << "x #" << c.x << " n " << c.a.size();
  }
}

TEST(GoSort, SearchAndFind) {
  std::vector<int64_t> a{1, 3, 3, 5, 8};
  auto n = static_cast<int64_t>(a.size());
  EXPECT_EQ(csp::gosort::Search(n, [&](int64_t i) { return a[i] >= 3; }), 1);
  EXPECT_EQ(csp::gosort::Search(n, [&](int64_t i) { return a[i] >= 9; }), 5);
  EXPECT_EQ(csp::gosort::Search(0, [&](int64_t) { return true; }), 0);
  // Go's probes for n = 5, never true: 2, 4 (h = (i+j)>>1).
  std::vector<int64_t> probes;
  csp::gosort::Search(5, [&](int64_t i) {
    probes.push_back(i);
    return false;
  });
  EXPECT_EQ(probes, (std::vector<int64_t>{2, 4}));
  auto find = [&](int64_t x) {
    return csp::gosort::Find(n, [&](int64_t i) { return x < a[i] ? -1 : x > a[i] ? 1 : 0; });
  };
  EXPECT_EQ(find(3).i, 1);
  EXPECT_TRUE(find(3).found);
  EXPECT_EQ(find(4).i, 3);
  EXPECT_FALSE(find(4).found);
  EXPECT_EQ(find(9).i, 5);
  EXPECT_FALSE(find(9).found);
  EXPECT_EQ(find(0).i, 0);
  EXPECT_FALSE(find(0).found);
  // Midpoints of huge ranges do not overflow (int(uint(i+j) >> 1)).
  int64_t big = INT64_MAX;
  EXPECT_EQ(csp::gosort::Search(big, [&](int64_t i) { return i >= big - 3; }), big - 3);
}

TEST(GoSort, Reverse) {
  std::vector<int64_t> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
  csp::gosort::IntSlice d{x.data(), static_cast<int64_t>(x.size())};
  csp::gosort::Sort(csp::gosort::Reverse{d});
  EXPECT_TRUE(std::is_sorted(x.rbegin(), x.rend()));
  EXPECT_TRUE(csp::gosort::IsSorted(csp::gosort::Reverse{d}));
  EXPECT_FALSE(csp::gosort::IsSorted(d));
}

TEST(GoSort, Float64LessIsGos) {
  double nan = std::nan("");
  EXPECT_TRUE(csp::gosort::float64_less(nan, -INFINITY));
  EXPECT_FALSE(csp::gosort::float64_less(nan, nan));
  EXPECT_FALSE(csp::gosort::float64_less(1.0, nan));
  EXPECT_FALSE(csp::gosort::float64_less(-0.0, 0.0));
  EXPECT_FALSE(csp::gosort::float64_less(0.0, -0.0));
}

TEST(GoSort, StringLessIsBytewise) {
  auto cs = [](std::string_view s) {
    return csp_string{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
  };
  EXPECT_TRUE(csp::gosort::string_less(cs(""), cs("a")));
  EXPECT_TRUE(csp::gosort::string_less(cs("a"), cs(std::string_view("a\0", 2))));
  EXPECT_TRUE(csp::gosort::string_less(cs("z"), cs("\xff")));
  EXPECT_FALSE(csp::gosort::string_less(cs("ab"), cs("ab")));
  EXPECT_FALSE(csp::gosort::string_less(cs("b"), cs("ab")));
  EXPECT_FALSE(csp::gosort::string_less(csp_string{nullptr, 0}, csp_string{nullptr, 0}));
}

}  // namespace
