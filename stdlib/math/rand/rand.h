// stdlib/math/rand/rand.h: Go's math/rand for csp: the same value streams as Go 1.19 (which
// Go 1.20-1.22 keep) for every seed and every call sequence.
//
// Follows, step for step, Go 1.19's src/math/rand/: rng.go (Source: the additive lagged
// Fibonacci generator of Mitchell and Reeds and its seeding), rand.go (BasicRand, the locked
// global source), normal.go (NormFloat64), exp.go (ExpFloat64) and zipf.go (BasicZipf); the
// math functions they call follow Go's amd64 assembly (gomath.h). The data tables (rngCooked,
// the ziggurat tables) are generated from Go by gen_tables.go into tables.cpp. Go is
// BSD-licensed.
//
//   Go                                  here
//   rand.NewSource(seed)                Source(seed)       (a *rngSource; also a Source64)
//   rand.New(src)                       BasicRand<Src>(&src); Rand = BasicRand<Source>
//   top-level rand.Intn(n), rand.Seed   GlobalRand().Intn(n), GlobalRand().Seed(s)
//   rand.NewZipf(r, s, v, imax)         BasicZipf<Src>::Make(&r, s, v, imax)
//   Go int                              int64_t
//
// Go panics, which this code never raises: the methods below report the invalid argument
// (before consuming any random value, as Go panics before) and the binding raises the panic
// whose value is the string below (Go prints `panic: invalid argument to Intn`):
//   Int63n(n <= 0)  returns -1        kPanicInt63n  "invalid argument to Int63n"
//   Int31n(n <= 0)  returns -1        kPanicInt31n  "invalid argument to Int31n"
//   Intn(n <= 0)    returns -1        kPanicIntn    "invalid argument to Intn"
//   Shuffle(n < 0)  returns false     kPanicShuffle "invalid argument to Shuffle"
//   Perm(n < 0)     returns false     Go's make([]int, n) panics with the runtime error
//                                     kPanicPermLen "makeslice: len out of range"
//                                     (printed `panic: runtime error: makeslice: len out of
//                                     range`; a runtime.Error, not a string)
//   (*Zipf)(nil).Uint64()             kPanicNilZipf "rand: nil Zipf"; NewZipf returns nil
//                                     (Make: std::nullopt) for s <= 1 or v < 1, no panic.
//
// The global source (Go 1.20+ semantics, which csp follows): the top-level functions use
// GlobalRand(), whose state is random (607 words from getrandom(2)) unless Seed is called;
// after GlobalRand().Seed(s) the top-level functions return exactly what
// BasicRand(Source(s)) returns from then on. Go 1.19 instead seeds the global source with 1
// at start-up (so an unseeded Go 1.19 program repeats its numbers; Go 1.20+ programs, and
// csp's, do not; GODEBUG=randautoseed=0 restores Go 1.19's behaviour in Go 1.20+, which a
// binding can mirror by calling GlobalRand().Seed(1) at start-up). Unseeded, Go 1.20+ draws
// from the runtime's own generator instead of an rngSource; both are uniform, and no program
// can tell which generator produced randomly seeded values.
//
// Threads (as in Go):
//  - Source, BasicRand<Source> and BasicZipf are not safe for concurrent use: one thread at
//    a time per object (a csp *rand.Rand shared between goroutines races in Go too).
//  - GlobalRand() and every method of the object it returns may be called from any thread at
//    any time. Its LockedSource holds a mutex only around each source call (Int63, Uint64)
//    and around a whole Seed or Read (which also use the Rand's Read state), never while a
//    caller's code runs: Shuffle's swap callback runs with no lock held, so it may itself
//    call the global functions.
//  - The swap callback may also unwind (a C++ exception, a panic's longjmp): Shuffle holds
//    no lock and no resource across the call.
#pragma once

#include "stdlib/math/rand/gomath.h"

#include <bit>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string_view>

namespace csp::gorand {

inline constexpr std::string_view kPanicInt63n = "invalid argument to Int63n";
inline constexpr std::string_view kPanicInt31n = "invalid argument to Int31n";
inline constexpr std::string_view kPanicIntn = "invalid argument to Intn";
inline constexpr std::string_view kPanicShuffle = "invalid argument to Shuffle";
inline constexpr std::string_view kPanicPermLen = "makeslice: len out of range";
inline constexpr std::string_view kPanicNilZipf = "rand: nil Zipf";

// Go's rngSource (rng.go). Invariants: 0 <= tap_, feed_ < kLen, and feed_ - tap_ is
// kLen - kTap (mod kLen). A random state (SeedRandom) has an odd word, so the additive
// generator keeps its full period.
class Source {
 public:
  static constexpr int kLen = 607;  // rngLen
  static constexpr int kTap = 273;  // rngTap
  static constexpr uint64_t kMask = (uint64_t(1) << 63) - 1;

  explicit Source(int64_t seed) { Seed(seed); }
  // Go's rngSource.Seed: seed mod 2^31-1 (0 becomes 89482311) drives seedrand, whose values
  // are XORed with rngCooked.
  void Seed(int64_t seed);
  // A random state from the operating system's entropy (not reachable by any seed).
  void SeedRandom();

  int64_t Int63() { return static_cast<int64_t>(Uint64() & kMask); }
  uint64_t Uint64() {
    if (--tap_ < 0) tap_ += kLen;
    if (--feed_ < 0) feed_ += kLen;
    uint64_t x = vec_[feed_] + vec_[tap_];
    vec_[feed_] = x;
    return x;
  }

 private:
  int tap_;
  int feed_;
  uint64_t vec_[kLen];
};

namespace detail {

extern const int64_t kRngCooked[Source::kLen];
extern const uint32_t kKn[128];
extern const float kWn[128];
extern const float kFn[128];
extern const uint32_t kKe[256];
extern const float kWe[256];
extern const float kFe[256];

// v rounded to its type and opaque to the optimizer: an a + rounded(b * c) is never fused
// into an FMA (Go's amd64 code never fuses; GCC fuses a*b+c across statements by default in
// C++ when the target has FMA, clang within an expression). Costs a store and a load.
template <class T>
T rounded(T v) {
  volatile T t = v;
  return t;
}

constexpr double kRn = 3.442619855899;       // normal.go's rn
constexpr double kRe = 7.69711747013104972;  // exp.go's re
// Go folds 1.0/rn exactly and rounds once; here it is rounded twice: same bits.
static_assert(std::bit_cast<uint64_t>(1.0 / kRn) == 0x3fd2972a8afc6175);

// rand.go's read: len bytes from Int63 values, 7 bytes each, low byte first; the unused
// bytes of the last value carry over to the next call through *val and *pos.
template <class Src>
void read_bytes(Src* src, uint8_t* p, int64_t len, int64_t* val, int8_t* pos) {
  int8_t ps = *pos;
  int64_t v = *val;
  for (int64_t n = 0; n < len; n++) {
    if (ps == 0) {
      v = src->Int63();
      ps = 7;
    }
    p[n] = static_cast<uint8_t>(v);
    v >>= 8;
    ps--;
  }
  *pos = ps;
  *val = v;
}

}  // namespace detail

// A Source is what BasicRand draws from: Go's Source interface (Int63, Seed). A source that
// also has Uint64 is a Source64 (one Uint64 call instead of two Int63 calls). A source whose
// Source64-ness is known only at run time (a binding's adapter for a csp type implementing
// rand.Source) also provides bool HasUint64(), asked at every Uint64 call.
template <class S>
concept RandSource = requires(S& s, int64_t seed) {
  { s.Int63() } -> std::same_as<int64_t>;
  s.Seed(seed);
};

// Go's *Rand over a source it does not own (several Rands may share one source, as in Go).
template <RandSource Src>
class BasicRand {
 public:
  explicit BasicRand(Src* src) : src_(src) {}
  Src* source() const { return src_; }

  void Seed(int64_t seed);
  int64_t Int63() { return src_->Int63(); }
  uint32_t Uint32() { return static_cast<uint32_t>(Int63() >> 31); }
  uint64_t Uint64();
  int32_t Int31() { return static_cast<int32_t>(Int63() >> 32); }
  int64_t Int() { return static_cast<int64_t>(static_cast<uint64_t>(Int63()) << 1 >> 1); }
  int64_t Int63n(int64_t n);  // -1 if n <= 0
  int32_t Int31n(int32_t n);  // -1 if n <= 0
  int64_t Intn(int64_t n);    // -1 if n <= 0
  double Float64();
  float Float32();
  // Go's Perm(n): writes the permutation to out[0..n); false (nothing drawn) if n < 0.
  bool Perm(int64_t n, int64_t* out);
  // Go's Shuffle(n, swap): calls swap(int64_t i, int64_t j) for i = n-1 down to 1; false
  // (nothing drawn, no call) if n < 0.
  template <class Swap>
  bool Shuffle(int64_t n, Swap&& swap);
  double NormFloat64();
  double ExpFloat64();
  // Go's Read(p): fills p[0..len) and returns len.
  int64_t Read(uint8_t* p, int64_t len);

 private:
  int32_t int31n(int32_t n);  // Lemire's multiply-shift; n > 0, unchecked

  Src* src_;
  int64_t read_val_ = 0;  // readVal: the rest of the last Int63 Read used
  int8_t read_pos_ = 0;   // readPos: how many low bytes of read_val_ are unused
};

using Rand = BasicRand<Source>;

// Go's lockedSource: a Source behind a mutex, for the global Rand. Starts in a random state.
class LockedSource {
 public:
  LockedSource();
  int64_t Int63();
  uint64_t Uint64();
  void Seed(int64_t seed);
  // lockedSource.seedPos / .read: Seed and Read with the Rand's read state under the lock.
  void SeedPos(int64_t seed, int8_t* read_pos);
  void ReadLocked(uint8_t* p, int64_t len, int64_t* read_val, int8_t* read_pos);

 private:
  std::mutex mu_;
  Source src_;
};

// The Rand behind the top-level functions of math/rand (see the file comment). Created on
// first use, never destroyed.
BasicRand<LockedSource>& GlobalRand();

// Go's Zipf (zipf.go): values k in [0, imax] with P(k) proportional to (v + k) ** (-s).
template <RandSource Src>
class BasicZipf {
 public:
  // NewZipf: nullopt (Go's nil) unless s > 1 and v >= 1.
  static std::optional<BasicZipf> Make(BasicRand<Src>* r, double s, double v, uint64_t imax);
  uint64_t Uint64();

 private:
  BasicZipf() = default;
  double h(double x) const;
  double hinv(double x) const;

  BasicRand<Src>* r_ = nullptr;
  double imax_ = 0, v_ = 0, q_ = 0, s_ = 0, oneminus_q_ = 0, oneminus_qinv_ = 0, hxm_ = 0,
         hx0minus_hxm_ = 0;
};

using Zipf = BasicZipf<Source>;

// ---- BasicRand ---------------------------------------------------------------------------

template <RandSource Src>
void BasicRand<Src>::Seed(int64_t seed) {
  if constexpr (requires { src_->SeedPos(seed, &read_pos_); }) {
    src_->SeedPos(seed, &read_pos_);
  } else {
    src_->Seed(seed);
    read_pos_ = 0;
  }
}

template <RandSource Src>
uint64_t BasicRand<Src>::Uint64() {
  if constexpr (requires { { src_->Uint64() } -> std::same_as<uint64_t>; }) {
    bool is64 = true;
    if constexpr (requires { src_->HasUint64(); }) is64 = src_->HasUint64();
    if (is64) return src_->Uint64();
  }
  uint64_t lo = static_cast<uint64_t>(Int63()) >> 31;  // Go calls this Int63 first
  uint64_t hi = static_cast<uint64_t>(Int63()) << 32;
  return lo | hi;
}

template <RandSource Src>
int64_t BasicRand<Src>::Int63n(int64_t n) {
  if (n <= 0) return -1;
  if ((n & (n - 1)) == 0) return Int63() & (n - 1);
  constexpr uint64_t kTwo63 = uint64_t(1) << 63;
  int64_t max = static_cast<int64_t>(kTwo63 - 1 - kTwo63 % static_cast<uint64_t>(n));
  int64_t v = Int63();
  while (v > max) v = Int63();
  return v % n;
}

template <RandSource Src>
int32_t BasicRand<Src>::Int31n(int32_t n) {
  if (n <= 0) return -1;
  if ((n & (n - 1)) == 0) return Int31() & (n - 1);
  constexpr uint32_t kTwo31 = uint32_t(1) << 31;
  int32_t max = static_cast<int32_t>(kTwo31 - 1 - kTwo31 % static_cast<uint32_t>(n));
  int32_t v = Int31();
  while (v > max) v = Int31();
  return v % n;
}

template <RandSource Src>
int32_t BasicRand<Src>::int31n(int32_t n) {
  uint32_t un = static_cast<uint32_t>(n);
  uint64_t prod = uint64_t(Uint32()) * un;
  uint32_t low = static_cast<uint32_t>(prod);
  if (low < un) {
    uint32_t thresh = (0u - un) % un;
    while (low < thresh) {
      prod = uint64_t(Uint32()) * un;
      low = static_cast<uint32_t>(prod);
    }
  }
  return static_cast<int32_t>(prod >> 32);
}

template <RandSource Src>
int64_t BasicRand<Src>::Intn(int64_t n) {
  if (n <= 0) return -1;
  if (n <= INT32_MAX) return Int31n(static_cast<int32_t>(n));
  return Int63n(n);
}

template <RandSource Src>
double BasicRand<Src>::Float64() {
  for (;;) {  // Int63 near 1<<63 rounds to 1.0: Go draws again
    double f = static_cast<double>(Int63()) / 9223372036854775808.0;
    if (f != 1) return f;
  }
}

template <RandSource Src>
float BasicRand<Src>::Float32() {
  for (;;) {  // a Float64 near 1 rounds to 1.0f: Go draws again
    float f = static_cast<float>(Float64());
    if (f != 1) return f;
  }
}

template <RandSource Src>
bool BasicRand<Src>::Perm(int64_t n, int64_t* out) {
  if (n < 0) return false;
  for (int64_t i = 0; i < n; i++) {  // i = 0 draws too (Go 1 keeps that draw)
    int64_t j = Intn(i + 1);
    out[i] = out[j];
    out[j] = i;
  }
  return true;
}

template <RandSource Src>
template <class Swap>
bool BasicRand<Src>::Shuffle(int64_t n, Swap&& swap) {
  if (n < 0) return false;
  int64_t i = n - 1;
  for (; i > (int64_t(1) << 31) - 1 - 1; i--) {
    int64_t j = Int63n(i + 1);
    swap(i, j);
  }
  for (; i > 0; i--) {
    int64_t j = int31n(static_cast<int32_t>(i + 1));
    swap(i, j);
  }
  return true;
}

template <RandSource Src>
double BasicRand<Src>::NormFloat64() {
  using namespace detail;
  for (;;) {
    int32_t j = static_cast<int32_t>(Uint32());  // possibly negative
    int32_t i = j & 0x7F;
    double x = static_cast<double>(j) * static_cast<double>(kWn[i]);
    uint32_t abs_j = j < 0 ? 0u - static_cast<uint32_t>(j) : static_cast<uint32_t>(j);
    if (abs_j < kKn[i]) return x;  // better than 99% of the time
    if (i == 0) {                  // the base strip's tail
      for (;;) {
        x = rounded(-go_log(Float64()) * (1.0 / kRn));
        double y = -go_log(Float64());
        if (y + y >= x * x) break;
      }
      return j > 0 ? kRn + x : -kRn - x;
    }
    if (kFn[i] + rounded(static_cast<float>(Float64()) * (kFn[i - 1] - kFn[i])) <
        static_cast<float>(go_exp(-.5 * x * x))) {
      return x;
    }
  }
}

template <RandSource Src>
double BasicRand<Src>::ExpFloat64() {
  using namespace detail;
  for (;;) {
    uint32_t j = Uint32();
    uint32_t i = j & 0xFF;
    double x = static_cast<double>(j) * static_cast<double>(kWe[i]);
    if (j < kKe[i]) return x;
    if (i == 0) return kRe - go_log(Float64());
    if (kFe[i] + rounded(static_cast<float>(Float64()) * (kFe[i - 1] - kFe[i])) <
        static_cast<float>(go_exp(-x))) {
      return x;
    }
  }
}

template <RandSource Src>
int64_t BasicRand<Src>::Read(uint8_t* p, int64_t len) {
  if constexpr (requires { src_->ReadLocked(p, len, &read_val_, &read_pos_); }) {
    src_->ReadLocked(p, len, &read_val_, &read_pos_);
  } else {
    detail::read_bytes(src_, p, len, &read_val_, &read_pos_);
  }
  return len;
}

// ---- BasicZipf ---------------------------------------------------------------------------

template <RandSource Src>
double BasicZipf<Src>::h(double x) const {
  return detail::go_exp(oneminus_q_ * detail::go_log(v_ + x)) * oneminus_qinv_;
}

template <RandSource Src>
double BasicZipf<Src>::hinv(double x) const {
  return detail::go_exp(oneminus_qinv_ * detail::go_log(oneminus_q_ * x)) - v_;
}

template <RandSource Src>
std::optional<BasicZipf<Src>> BasicZipf<Src>::Make(BasicRand<Src>* r, double s, double v,
                                                   uint64_t imax) {
  using detail::go_exp, detail::go_log;
  if (s <= 1.0 || v < 1) return std::nullopt;
  BasicZipf z;
  z.r_ = r;
  z.imax_ = static_cast<double>(imax);
  z.v_ = v;
  z.q_ = s;
  z.oneminus_q_ = 1.0 - z.q_;
  z.oneminus_qinv_ = 1.0 / z.oneminus_q_;
  z.hxm_ = z.h(z.imax_ + 0.5);
  z.hx0minus_hxm_ = z.h(0.5) - go_exp(go_log(z.v_) * (-z.q_)) - z.hxm_;
  z.s_ = 1 - z.hinv(z.h(1.5) - go_exp(-z.q_ * go_log(z.v_ + 1.0)));
  return z;
}

template <RandSource Src>
uint64_t BasicZipf<Src>::Uint64() {
  using detail::go_exp, detail::go_log;
  double k = 0.0;
  for (;;) {
    double r = r_->Float64();
    double ur = hxm_ + detail::rounded(r * hx0minus_hxm_);
    double x = hinv(ur);
    k = std::floor(x + 0.5);
    if (k - x <= s_) break;
    if (ur >= h(k + 0.5) - go_exp(-go_log(k + v_) * q_)) break;
  }
  return detail::go_float64_to_uint64(k);
}

}  // namespace csp::gorand
