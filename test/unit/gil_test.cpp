// test/unit/gil_test.cpp: the GIL's log-bucket histogram (runtime/sched/gil.h), which the
// --gil-stats percentiles come from. The GIL itself is exercised by SchedStress.Gil* in
// sched_stress_test.cpp (child processes with workers) and by test/lit/gil/.
#include "runtime/sched/gil.h"

#include <gtest/gtest.h>

#include <cstdint>

using csp::rt::GilHistogram;

namespace {

TEST(GilHistogram, SmallValuesAreExact) {
  for (int64_t v = 0; v < 4; v++) EXPECT_EQ(GilHistogram::bucket_mid(GilHistogram::bucket(v)), v);
  EXPECT_EQ(GilHistogram::bucket(-5), 0);
}

TEST(GilHistogram, BucketsAreMonotoneAndWithinAnEighth) {
  int last = -1;
  for (int64_t v = 4; v < (int64_t{1} << 40); v = v + v / 7 + 1) {
    int b = GilHistogram::bucket(v);
    EXPECT_GE(b, last) << v;
    last = b;
    int64_t mid = GilHistogram::bucket_mid(b);
    // The bucket's midpoint is within an eighth of its width's ratio: |mid - v| <= v / 8.
    EXPECT_LE(mid > v ? mid - v : v - mid, v / 8 + 1) << v;
  }
  EXPECT_LT(GilHistogram::bucket(INT64_MAX), GilHistogram::kBuckets);
}

TEST(GilHistogram, QuantilesMaxAndCount) {
  GilHistogram h;
  for (int i = 1; i <= 1000; i++) h.add(i * 1000);  // 1 us .. 1 ms
  EXPECT_EQ(h.n.load(), 1000u);
  EXPECT_EQ(h.max.load(), 1000000);
  int64_t p50 = h.quantile(0.50), p99 = h.quantile(0.99);
  EXPECT_NEAR(static_cast<double>(p50), 500000.0, 500000.0 / 8);
  EXPECT_NEAR(static_cast<double>(p99), 990000.0, 990000.0 / 8);
  EXPECT_LE(p99, h.max.load());
  EXPECT_LE(h.quantile(1.0), h.max.load());
}

TEST(GilHistogram, MergeAddsCounts) {
  GilHistogram a, b, total;
  a.add(10);
  a.add(5000);
  b.add(7'000'000);
  a.merge_into(&total);
  b.merge_into(&total);
  EXPECT_EQ(total.n.load(), 3u);
  EXPECT_EQ(total.max.load(), 7'000'000);
  EXPECT_EQ(total.sum.load(), 7'005'010);
  EXPECT_EQ(GilHistogram().quantile(0.5), 0);  // empty
}

}  // namespace
