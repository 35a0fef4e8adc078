// stdlib/math/rand/source.cpp: Go's rngSource seeding (rng.go), the random start-up state,
// and the locked global source (rand.go's lockedSource and globalRand; see rand.h for the
// Go 1.20+ seeding rule and who may call what).
#include "stdlib/math/rand/rand.h"

#include <cerrno>
#include <chrono>
#include <random>
#include <sys/random.h>

namespace csp::gorand {

namespace {

constexpr int32_t kInt32Max = INT32_MAX;  // rng.go's int32max, 2^31-1

// seedrand: x[n+1] = 48271 * x[n] mod (2^31 - 1), by Schrage's method (no overflow).
int32_t seedrand(int32_t x) {
  constexpr int32_t kA = 48271, kQ = 44488, kR = 3399;
  int32_t hi = x / kQ;
  int32_t lo = x % kQ;
  x = kA * lo - kR * hi;
  if (x < 0) x += kInt32Max;
  return x;
}

// Fills p[0..len) with entropy: getrandom(2), else (no syscall, e.g. seccomp) a
// std::random_device/clock mix. Never fails.
void fill_entropy(uint64_t* p, size_t len) {
  auto* bytes = reinterpret_cast<unsigned char*>(p);
  size_t want = len * sizeof(uint64_t), got = 0;
  while (got < want) {
    ssize_t n = getrandom(bytes + got, want - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  if (got == want) return;
  std::random_device rd;
  std::seed_seq seq{rd(), rd(), rd(), rd(),
                    static_cast<unsigned>(
                        std::chrono::steady_clock::now().time_since_epoch().count())};
  std::mt19937_64 gen(seq);
  for (size_t i = 0; i < len; i++) p[i] = gen();
}

}  // namespace

void Source::Seed(int64_t seed) {
  tap_ = 0;
  feed_ = kLen - kTap;
  seed = seed % kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  int32_t x = static_cast<int32_t>(seed);
  for (int i = -20; i < kLen; i++) {
    x = seedrand(x);
    if (i < 0) continue;
    uint64_t u = static_cast<uint64_t>(x) << 40;
    x = seedrand(x);
    u ^= static_cast<uint64_t>(x) << 20;
    x = seedrand(x);
    u ^= static_cast<uint64_t>(x);
    u ^= static_cast<uint64_t>(detail::kRngCooked[i]);
    vec_[i] = u;
  }
}

void Source::SeedRandom() {
  tap_ = 0;
  feed_ = kLen - kTap;
  fill_entropy(vec_, kLen);
  vec_[0] |= 1;  // an odd word keeps the additive generator's full period
}

LockedSource::LockedSource() : src_(1) { src_.SeedRandom(); }

int64_t LockedSource::Int63() {
  std::lock_guard lock(mu_);
  return src_.Int63();
}

uint64_t LockedSource::Uint64() {
  std::lock_guard lock(mu_);
  return src_.Uint64();
}

void LockedSource::Seed(int64_t seed) {
  std::lock_guard lock(mu_);
  src_.Seed(seed);
}

void LockedSource::SeedPos(int64_t seed, int8_t* read_pos) {
  std::lock_guard lock(mu_);
  src_.Seed(seed);
  *read_pos = 0;
}

void LockedSource::ReadLocked(uint8_t* p, int64_t len, int64_t* read_val, int8_t* read_pos) {
  std::lock_guard lock(mu_);
  detail::read_bytes(&src_, p, len, read_val, read_pos);
}

BasicRand<LockedSource>& GlobalRand() {
  static LockedSource* src = new LockedSource();  // never destroyed: used until exit
  static BasicRand<LockedSource>* rand = new BasicRand<LockedSource>(src);
  return *rand;
}

}  // namespace csp::gorand
