// test/unit/atomic_test.cpp: stdlib/sync/atomic/atomic.cpp under real contention.
//
// The lit tests (test/lit/stdlib/atomic/) check every function against Go's output from one
// goroutine; these call the C entry points from several std::threads at once and check what
// only atomicity guarantees: no lost updates (Add, CAS loops), every swapped-out value seen
// exactly once, exactly one winner of a Value's first store, and no torn (type, data) pair
// ever read from a Value while it is being stored. No GC memory is used: boxed values are
// static, direct values live in the data word.
#include "stdlib_bridges.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace {

constexpr int kThreads = 4;

template <class F>
void onThreads(F f) {
  std::vector<std::thread> ts;
  std::atomic<int> ready{0};
  for (int t = 0; t < kThreads; t++)
    ts.emplace_back([&, t] {
      ready++;
      while (ready.load() < kThreads) std::this_thread::yield();  // start together
      f(t);
    });
  for (auto& t : ts) t.join();
}

// Descriptors as codegen emits them: int (direct, comparable) and a two-word struct (boxed).
const csp_type kInt{CSP_KIND_INT, CSP_TF_COMPARABLE | CSP_TF_DIRECT, 8, "int", nullptr, nullptr, 0,
                    nullptr, nullptr, 0, 0, 8, 0};
const csp_type kString{CSP_KIND_STRING, CSP_TF_COMPARABLE | CSP_TF_POINTERS, 16, "string", nullptr,
                       nullptr, 0, nullptr, nullptr, 0, 0, 8, 0};
const csp_type kPair{CSP_KIND_STRUCT, 0, 16, "main.pair", nullptr, nullptr, 0,
                     nullptr, nullptr, 0, 0, 8, 0};

struct Pair {
  int64_t a, b;  // a == b in every box
};

TEST(Atomic, AddFromManyThreadsLosesNothing) {
  constexpr int64_t kN = 1'000'000;
  alignas(8) int64_t i64 = 0;
  alignas(8) uint64_t u64 = 0;
  alignas(4) int32_t i32 = 0;
  alignas(4) uint32_t u32 = 0;
  alignas(8) uint64_t up = 0;
  onThreads([&](int t) {
    for (int64_t i = 0; i < kN; i++) {
      csp_sync_atomic_AddInt64(&i64, t % 2 ? 3 : -1);
      csp_sync_atomic_AddUint64(&u64, 1);
      csp_sync_atomic_AddInt32(&i32, 1);
      csp_sync_atomic_AddUint32(&u32, ~uint32_t{0});  // -1, wrapping
      csp_sync_atomic_AddUintptr(&up, 2);
    }
  });
  EXPECT_EQ(csp_sync_atomic_LoadInt64(&i64), kN * (3 + 3 - 1 - 1));
  EXPECT_EQ(csp_sync_atomic_LoadUint64(&u64), uint64_t(kThreads * kN));
  EXPECT_EQ(csp_sync_atomic_LoadInt32(&i32), int32_t(kThreads * kN));
  EXPECT_EQ(csp_sync_atomic_LoadUint32(&u32), uint32_t(0) - uint32_t(kThreads * kN));
  EXPECT_EQ(csp_sync_atomic_LoadUintptr(&up), uint64_t(2 * kThreads * kN));
}

TEST(Atomic, AddReturnsEachIntermediateSumOnce) {
  constexpr int kN = 200'000;
  alignas(8) int64_t x = 0;
  std::vector<std::vector<int64_t>> seen(kThreads);
  onThreads([&](int t) {
    for (int i = 0; i < kN; i++) seen[t].push_back(csp_sync_atomic_AddInt64(&x, 1));
  });
  std::vector<int64_t> all;
  for (auto& s : seen) all.insert(all.end(), s.begin(), s.end());
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size(); i++) ASSERT_EQ(all[i], int64_t(i + 1));
}

TEST(Atomic, CompareAndSwapLoopsIncrementExactly) {
  constexpr int kN = 300'000;
  alignas(8) uint64_t u = 0;
  alignas(4) int32_t i = 0;
  alignas(8) int64_t fails = 0;
  onThreads([&](int) {
    for (int k = 0; k < kN; k++) {
      for (;;) {
        uint64_t old = csp_sync_atomic_LoadUint64(&u);
        if (csp_sync_atomic_CompareAndSwapUint64(&u, old, old + 1)) break;
        csp_sync_atomic_AddInt64(&fails, 1);
      }
      for (;;) {
        int32_t old = csp_sync_atomic_LoadInt32(&i);
        if (csp_sync_atomic_CompareAndSwapInt32(&i, old, old - 1)) break;
      }
    }
  });
  EXPECT_EQ(u, uint64_t(kThreads) * kN);
  EXPECT_EQ(i, -kThreads * kN);
  EXPECT_GE(fails, 0);
}

TEST(Atomic, SwapHandsEveryValueOutOnce) {
  constexpr int kN = 200'000;
  alignas(8) uint64_t x = 0;
  alignas(4) uint32_t y = 0;
  std::vector<std::vector<uint64_t>> got(kThreads);
  std::vector<std::vector<uint32_t>> got32(kThreads);
  onThreads([&](int t) {
    for (int i = 1; i <= kN; i++) {
      got[t].push_back(csp_sync_atomic_SwapUint64(&x, uint64_t(t) << 32 | uint64_t(i)));
      got32[t].push_back(csp_sync_atomic_SwapUint32(&y, uint32_t(t * kN + i)));
    }
  });
  std::vector<uint64_t> all{csp_sync_atomic_LoadUint64(&x)}, want{0};
  for (auto& g : got) all.insert(all.end(), g.begin(), g.end());
  for (int t = 0; t < kThreads; t++)
    for (int i = 1; i <= kN; i++) want.push_back(uint64_t(t) << 32 | uint64_t(i));
  std::sort(all.begin(), all.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(all, want);
  std::vector<uint32_t> all32{csp_sync_atomic_LoadUint32(&y)};
  for (auto& g : got32) all32.insert(all32.end(), g.begin(), g.end());
  std::sort(all32.begin(), all32.end());
  for (size_t i = 0; i < all32.size(); i++) ASSERT_EQ(all32[i], uint32_t(i));
}

TEST(Atomic, StoreLoadNeverTears64BitWords) {
  constexpr int kN = 500'000;
  alignas(8) int64_t x = 0;
  std::atomic<bool> torn{false};
  onThreads([&](int t) {
    for (int i = 0; i < kN; i++) {
      if (t % 2) {
        csp_sync_atomic_StoreInt64(&x, i % 2 ? -1 : 0);
      } else {
        int64_t v = csp_sync_atomic_LoadInt64(&x);
        if (v != 0 && v != -1) torn = true;
      }
    }
  });
  EXPECT_FALSE(torn);
}

// ---- Value ----

csp_any emptyValue() { return {nullptr, 0}; }

TEST(AtomicValue, OneWinnerOfTheFirstStore) {
  for (int round = 0; round < 500; round++) {
    alignas(16) csp_any v = emptyValue();
    std::atomic<int> winners{0};
    std::vector<int64_t> results(kThreads);
    onThreads([&](int t) {
      int64_t r = csp_sync_atomic_Value_compareAndSwap(&v, nullptr, 0, &kInt, uint64_t(100 + t));
      results[t] = r;
      if (r == 1) winners++;
    });
    ASSERT_EQ(winners.load(), 1);
    ASSERT_EQ(v.type, &kInt);
    int winner = int(v.data) - 100;
    ASSERT_GE(winner, 0);
    ASSERT_LT(winner, kThreads);
    for (int t = 0; t < kThreads; t++) ASSERT_EQ(results[t], t == winner ? 1 : 0);
  }
}

TEST(AtomicValue, ConcurrentFirstStoresAndSwapsPublishWholeValues) {
  for (int round = 0; round < 500; round++) {
    alignas(16) csp_any v = emptyValue();
    std::vector<csp_any> olds(kThreads);
    onThreads([&](int t) {
      if (t % 2) {
        ASSERT_TRUE(csp_sync_atomic_Value_store(&v, &kInt, uint64_t(t)));
        olds[t] = {&kInt, uint64_t(t)};
      } else {
        bool ok = false;
        csp_sync_atomic_Value_swap(&v, &kInt, uint64_t(t), &olds[t], &ok);
        ASSERT_TRUE(ok);
      }
      csp_any cur = csp_sync_atomic_Value_load(&v);
      ASSERT_EQ(cur.type, &kInt);  // our own store is complete: never nil, never the sentinel
      ASSERT_LT(cur.data, uint64_t(kThreads));
    });
    // Exactly one Swap (if any won the first store) returned nil; the others the int type.
    int nils = 0;
    for (int t = 0; t < kThreads; t += 2) {
      if (olds[t].type == nullptr) nils++;
      else ASSERT_EQ(olds[t].type, &kInt);
    }
    ASSERT_LE(nils, 1);
  }
}

TEST(AtomicValue, ReadersNeverSeeATornPair) {
  constexpr int kBoxes = 64;
  static Pair boxes[kBoxes];
  for (int i = 0; i < kBoxes; i++) boxes[i] = {i, i};
  constexpr int kN = 300'000;
  alignas(16) csp_any v = emptyValue();
  std::atomic<bool> bad{false};
  std::atomic<int64_t> nils{0};
  onThreads([&](int t) {
    for (int i = 0; i < kN; i++) {
      if (t == 0) {
        if (!csp_sync_atomic_Value_store(&v, &kPair, reinterpret_cast<uint64_t>(&boxes[i % kBoxes])))
          bad = true;
      } else {
        csp_any cur = csp_sync_atomic_Value_load(&v);
        if (cur.type == nullptr) {
          nils++;
          continue;
        }
        if (cur.type != &kPair) {
          bad = true;
          continue;
        }
        auto* p = reinterpret_cast<const Pair*>(cur.data);
        if (p < boxes || p >= boxes + kBoxes || p->a != p->b) bad = true;
      }
    }
  });
  EXPECT_FALSE(bad);
  // The other type is refused and changes nothing.
  csp_any before = csp_sync_atomic_Value_load(&v);
  EXPECT_FALSE(csp_sync_atomic_Value_store(&v, &kInt, 1));
  csp_any old;
  bool ok = true;
  csp_sync_atomic_Value_swap(&v, &kString, 0, &old, &ok);
  EXPECT_FALSE(ok);
  EXPECT_EQ(csp_sync_atomic_Value_compareAndSwap(&v, nullptr, 0, &kInt, 1), 3);
  EXPECT_EQ(csp_sync_atomic_Value_compareAndSwap(&v, &kInt, 1, &kPair, 0), 2);
  csp_any after = csp_sync_atomic_Value_load(&v);
  EXPECT_EQ(before.type, after.type);
  EXPECT_EQ(before.data, after.data);
}

TEST(AtomicValue, CompareAndSwapLoopsIncrementExactly) {
  constexpr int kN = 100'000;
  alignas(16) csp_any v = emptyValue();
  ASSERT_TRUE(csp_sync_atomic_Value_store(&v, &kInt, 0));
  onThreads([&](int) {
    for (int i = 0; i < kN; i++) {
      for (;;) {
        csp_any cur = csp_sync_atomic_Value_load(&v);
        if (csp_sync_atomic_Value_compareAndSwap(&v, cur.type, cur.data, &kInt, cur.data + 1) == 1) break;
      }
    }
  });
  EXPECT_EQ(v.type, &kInt);
  EXPECT_EQ(v.data, uint64_t(kThreads) * kN);
  // A nil old never matches a full Value; a stale old does not either.
  EXPECT_EQ(csp_sync_atomic_Value_compareAndSwap(&v, nullptr, 0, &kInt, 7), 0);
  EXPECT_EQ(csp_sync_atomic_Value_compareAndSwap(&v, &kInt, 5, &kInt, 7), 0);
  EXPECT_EQ(v.data, uint64_t(kThreads) * kN);
}

}  // namespace
