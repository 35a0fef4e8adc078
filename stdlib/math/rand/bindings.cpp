// stdlib/math/rand/bindings.cpp: the C entry points of package math/rand's functions without
// a body (stdlib/math/rand/rand.csp; prototypes in stdlib_bridges.h), over csp::gorand
// (rand.h).
//
// Objects (all in GC memory, reached from the csp structs' *byte fields):
//  - a rand.NewSource is a gorand::Source (no pointers: allocated atomic);
//  - a *Rand's RandObj is either a BasicRand over the gorand::Source of a *rngSource (no call
//    leaves C++), or a BasicRand over IfaceSource, which calls a csp rand.Source's methods
//    through its itab (Source's methods sorted by name: fn[0] Int63, fn[1] Seed; Source64's:
//    Int63, Seed, Uint64), as fn(g, NULL, data, args...). RandObj holds pointers (the source,
//    the interface's data word), so it is allocated scanned;
//  - a *Zipf's ZipfObj is a BasicZipf over the RandObj's BasicRand (an interior pointer; the
//    csp Zipf also keeps its *Rand).
// rand.csp raised Go's panics for invalid arguments already; the -1/false results gorand
// reports for them cannot occur here. A nil csp Source panics as Go's nil method call does.
#include <new>
#include <optional>

#include <gc/gc.h>

#include "runtime/panic.h"
#include "stdlib/math/rand/rand.h"
#include "stdlib_bridges.h"

namespace gr = csp::gorand;

namespace {

// A csp value implementing rand.Source (and maybe Source64), as a gorand source.
struct IfaceSource {
  const csp_itab* src_tab;  // rand.Source
  uint64_t src_data;
  const csp_itab* s64_tab;  // rand.Source64, or NULL if src is not one
  uint64_t s64_data;

  int64_t Int63() {
    if (src_tab == nullptr) csp_panic_nil();
    auto fn = reinterpret_cast<int64_t (*)(csp_g*, void*, uint64_t)>(src_tab->fn[0]);
    return fn(csp::rt::current_g(), nullptr, src_data);
  }
  void Seed(int64_t seed) {
    if (src_tab == nullptr) csp_panic_nil();
    auto fn = reinterpret_cast<void (*)(csp_g*, void*, uint64_t, int64_t)>(src_tab->fn[1]);
    fn(csp::rt::current_g(), nullptr, src_data, seed);
  }
  bool HasUint64() const { return s64_tab != nullptr; }
  uint64_t Uint64() {
    auto fn = reinterpret_cast<uint64_t (*)(csp_g*, void*, uint64_t)>(s64_tab->fn[2]);
    return fn(csp::rt::current_g(), nullptr, s64_data);
  }
};

struct RandObj {
  bool over_source;  // which of the two is live
  std::optional<gr::BasicRand<gr::Source>> fast;
  IfaceSource iface;
  std::optional<gr::BasicRand<IfaceSource>> slow;
};

struct ZipfObj {
  std::optional<gr::BasicZipf<gr::Source>> fast;
  std::optional<gr::BasicZipf<IfaceSource>> slow;
};

RandObj* obj(void* p) { return static_cast<RandObj*>(p); }

// Runs f on the live BasicRand of p.
template <class F>
auto with_rand(void* p, F&& f) {
  RandObj* r = obj(p);
  if (r->over_source) return f(*r->fast);
  return f(*r->slow);
}

// A csp func(i, j int) closure as Shuffle's swap.
struct SwapFn {
  csp_g* g;
  csp_closure* clo;
  void operator()(int64_t i, int64_t j) const {
    reinterpret_cast<void (*)(csp_g*, void*, int64_t, int64_t)>(clo->fn)(g, clo, i, j);
  }
};

SwapFn swap_fn(void* clo) { return {csp::rt::current_g(), static_cast<csp_closure*>(clo)}; }

}  // namespace

extern "C" {

// ---- rngSource ----

void* csp_math_rand_newRngSource(int64_t seed) {
  void* mem = GC_MALLOC_ATOMIC(sizeof(gr::Source));
  return static_cast<void*>(new (mem) gr::Source(seed));
}
int64_t csp_math_rand_rngInt63(void* p) { return static_cast<gr::Source*>(p)->Int63(); }
void csp_math_rand_rngSeed(void* p, int64_t seed) { static_cast<gr::Source*>(p)->Seed(seed); }
uint64_t csp_math_rand_rngUint64(void* p) { return static_cast<gr::Source*>(p)->Uint64(); }

// ---- *Rand ----

void* csp_math_rand_newRandOver(void* src) {
  auto* r = new (GC_MALLOC(sizeof(RandObj))) RandObj{};
  r->over_source = true;
  r->fast.emplace(static_cast<gr::Source*>(src));
  return static_cast<void*>(r);
}

void* csp_math_rand_newRandIface(const void* src_tab, uint64_t src_data, const void* s64_tab,
                                    uint64_t s64_data) {
  auto* r = new (GC_MALLOC(sizeof(RandObj))) RandObj{};
  r->over_source = false;
  r->iface = {static_cast<const csp_itab*>(src_tab), src_data, static_cast<const csp_itab*>(s64_tab), s64_data};
  r->slow.emplace(&r->iface);
  return static_cast<void*>(r);
}

void csp_math_rand_randSeed(void* p, int64_t seed) {
  with_rand(p, [&](auto& r) { r.Seed(seed); });
}
int64_t csp_math_rand_randInt63(void* p) {
  return with_rand(p, [](auto& r) { return r.Int63(); });
}
uint32_t csp_math_rand_randUint32(void* p) {
  return with_rand(p, [](auto& r) { return r.Uint32(); });
}
uint64_t csp_math_rand_randUint64(void* p) {
  return with_rand(p, [](auto& r) { return r.Uint64(); });
}
int32_t csp_math_rand_randInt31(void* p) {
  return with_rand(p, [](auto& r) { return r.Int31(); });
}
int64_t csp_math_rand_randInt(void* p) {
  return with_rand(p, [](auto& r) { return r.Int(); });
}
int64_t csp_math_rand_randInt63n(void* p, int64_t n) {
  return with_rand(p, [&](auto& r) { return r.Int63n(n); });
}
int32_t csp_math_rand_randInt31n(void* p, int32_t n) {
  return with_rand(p, [&](auto& r) { return r.Int31n(n); });
}
int64_t csp_math_rand_randIntn(void* p, int64_t n) {
  return with_rand(p, [&](auto& r) { return r.Intn(n); });
}
double csp_math_rand_randFloat64(void* p) {
  return with_rand(p, [](auto& r) { return r.Float64(); });
}
float csp_math_rand_randFloat32(void* p) {
  return with_rand(p, [](auto& r) { return r.Float32(); });
}
void csp_math_rand_randPerm(void* p, int64_t* m, int64_t m_len, int64_t) {
  with_rand(p, [&](auto& r) { r.Perm(m_len, m); });
}
void csp_math_rand_randShuffle(void* p, int64_t n, void* swap) {
  SwapFn sw = swap_fn(swap);
  with_rand(p, [&](auto& r) { r.Shuffle(n, sw); });
}
int64_t csp_math_rand_randRead(void* p, uint8_t* b, int64_t b_len, int64_t) {
  return with_rand(p, [&](auto& r) { return r.Read(b, b_len); });
}
double csp_math_rand_randNormFloat64(void* p) {
  return with_rand(p, [](auto& r) { return r.NormFloat64(); });
}
double csp_math_rand_randExpFloat64(void* p) {
  return with_rand(p, [](auto& r) { return r.ExpFloat64(); });
}

// ---- the global source ----

void csp_math_rand_globalSeed(int64_t seed) { gr::GlobalRand().Seed(seed); }
int64_t csp_math_rand_globalInt63() { return gr::GlobalRand().Int63(); }
uint32_t csp_math_rand_globalUint32() { return gr::GlobalRand().Uint32(); }
uint64_t csp_math_rand_globalUint64() { return gr::GlobalRand().Uint64(); }
int32_t csp_math_rand_globalInt31() { return gr::GlobalRand().Int31(); }
int64_t csp_math_rand_globalInt() { return gr::GlobalRand().Int(); }
int64_t csp_math_rand_globalInt63n(int64_t n) { return gr::GlobalRand().Int63n(n); }
int32_t csp_math_rand_globalInt31n(int32_t n) { return gr::GlobalRand().Int31n(n); }
int64_t csp_math_rand_globalIntn(int64_t n) { return gr::GlobalRand().Intn(n); }
double csp_math_rand_globalFloat64() { return gr::GlobalRand().Float64(); }
float csp_math_rand_globalFloat32() { return gr::GlobalRand().Float32(); }
void csp_math_rand_globalPerm(int64_t* m, int64_t m_len, int64_t) { gr::GlobalRand().Perm(m_len, m); }
void csp_math_rand_globalShuffle(int64_t n, void* swap) { gr::GlobalRand().Shuffle(n, swap_fn(swap)); }
int64_t csp_math_rand_globalRead(uint8_t* b, int64_t b_len, int64_t) { return gr::GlobalRand().Read(b, b_len); }
double csp_math_rand_globalNormFloat64() { return gr::GlobalRand().NormFloat64(); }
double csp_math_rand_globalExpFloat64() { return gr::GlobalRand().ExpFloat64(); }

// ---- Zipf ----

// r is the *Rand's RandObj, or NULL for a nil *Rand (rand.csp panics before any draw then).
void* csp_math_rand_newZipf(void* r, double s, double v, uint64_t imax) {
  ZipfObj z;
  if (r == nullptr || obj(r)->over_source) {
    z.fast = gr::BasicZipf<gr::Source>::Make(r ? &*obj(r)->fast : nullptr, s, v, imax);
    if (!z.fast) return nullptr;
  } else {
    z.slow = gr::BasicZipf<IfaceSource>::Make(&*obj(r)->slow, s, v, imax);
    if (!z.slow) return nullptr;
  }
  return static_cast<void*>(new (GC_MALLOC(sizeof(ZipfObj))) ZipfObj(z));
}

uint64_t csp_math_rand_zipfUint64(void* p) {
  auto* z = static_cast<ZipfObj*>(p);
  return z->fast ? z->fast->Uint64() : z->slow->Uint64();
}

}  // extern "C"
