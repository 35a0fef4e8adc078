// test/unit/map_test.cpp: unit tests of Go maps (runtime/map.cpp) and of == and hashing over
// type descriptors (runtime/typeops.cpp), with csp_type descriptors built by hand.
//
// Covers: keys of every comparable kind (ints of each size, floats with +0/-0 and NaN,
// strings, structs with and without padding or blank fields, arrays, interfaces with
// unhashable dynamic types), nil maps, growth and tombstone churn, clear, Go's iteration
// rules under deletes, inserts, growth and clear during the range, iteration randomness,
// GC safety and memory use. MapFuzz runs random programs (with mutations inside ranges) on
// one-word, string and interface keys against std::map and checks Go's range rules entry by
// entry. The MapPerf tests print ns/op for 1,000,000 operations and assert nothing about
// time. Also builds alone, with test/unit/standalone_panic_stubs.cpp (see there).
#include "runtime/csp_rt.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "runtime/typeops.h"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <gc/gc.h>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace csp::rt;

// Descriptors name only the fields they need.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

// ---- descriptors -------------------------------------------------------------------------

constexpr uint32_t kNum = CSP_TF_DIRECT | CSP_TF_COMPARABLE;
constexpr uint32_t kPtr = CSP_TF_POINTERS | CSP_TF_DIRECT | CSP_TF_COMPARABLE;

const csp_type kBool{.kind = CSP_KIND_BOOL, .flags = kNum, .size = 1, .name = "bool", .align = 1};
const csp_type kInt{.kind = CSP_KIND_INT, .flags = kNum, .size = 8, .name = "int", .align = 8};
const csp_type kInt64{.kind = CSP_KIND_INT64, .flags = kNum, .size = 8, .name = "int64", .align = 8};
const csp_type kInt32{.kind = CSP_KIND_INT32, .flags = kNum, .size = 4, .name = "int32", .align = 4};
const csp_type kInt16{.kind = CSP_KIND_INT16, .flags = kNum, .size = 2, .name = "int16", .align = 2};
const csp_type kInt8{.kind = CSP_KIND_INT8, .flags = kNum, .size = 1, .name = "int8", .align = 1};
const csp_type kUint8{.kind = CSP_KIND_UINT8, .flags = kNum, .size = 1, .name = "uint8", .align = 1};
const csp_type kFloat64{.kind = CSP_KIND_FLOAT64, .flags = kNum, .size = 8, .name = "float64", .align = 8};
const csp_type kFloat32{.kind = CSP_KIND_FLOAT32, .flags = kNum, .size = 4, .name = "float32", .align = 4};
const csp_type kComplex128{.kind = CSP_KIND_COMPLEX128, .flags = CSP_TF_COMPARABLE, .size = 16, .name = "complex128",
                           .align = 8};
const csp_type kComplex64{.kind = CSP_KIND_COMPLEX64, .flags = kNum, .size = 8, .name = "complex64", .align = 4};
const csp_type kString{.kind = CSP_KIND_STRING, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE, .size = 16,
                       .name = "string", .align = 8};
const csp_type kIntPtr{.kind = CSP_KIND_POINTER, .flags = kPtr, .size = 8, .name = "*int", .elem = &kInt, .align = 8};
const csp_type kIntSlice{.kind = CSP_KIND_SLICE, .flags = CSP_TF_POINTERS, .size = 24, .name = "[]int",
                         .elem = &kInt, .align = 8};
const csp_type kAny{.kind = CSP_KIND_INTERFACE, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE | CSP_TF_EMPTY_IFACE,
                    .size = 16, .name = "interface {}", .align = 8};
const csp_type kEmptyStruct{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_COMPARABLE, .size = 0, .name = "struct {}",
                            .align = 1};

// struct { a int32; b string }: generic (string inside).
const csp_field kIS_fields[] = {{"a", &kInt32, 0, 0, 0}, {"b", &kString, 8, 0, 0}};
const csp_type kIntStr{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE, .size = 24,
                       .name = "struct { a int32; b string }", .fields = kIS_fields, .nfields = 2, .align = 8};
// struct { x, y int32 }: memory-comparable, 8 bytes (the one-word path).
const csp_field kXY_fields[] = {{"x", &kInt32, 0, 0, 0}, {"y", &kInt32, 4, 0, 0}};
const csp_type kXY{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_COMPARABLE, .size = 8, .name = "struct { x int32; y int32 }",
                   .fields = kXY_fields, .nfields = 2, .align = 4};
// struct { a int8; b int64 }: 7 bytes of padding, so not memory-comparable.
const csp_field kPad_fields[] = {{"a", &kInt8, 0, 0, 0}, {"b", &kInt64, 8, 0, 0}};
const csp_type kPadded{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_COMPARABLE, .size = 16,
                       .name = "struct { a int8; b int64 }", .fields = kPad_fields, .nfields = 2, .align = 8};
// struct { a int64; _ int64; c int64 }: the blank field takes no part in ==.
const csp_field kBlank_fields[] = {{"a", &kInt64, 0, 0, 0}, {"_", &kInt64, 8, 0, 0}, {"c", &kInt64, 16, 0, 0}};
const csp_type kBlank{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_COMPARABLE, .size = 24,
                      .name = "struct { a int64; _ int64; c int64 }", .fields = kBlank_fields, .nfields = 3, .align = 8};
// struct { f float64; i any }.
const csp_field kFI_fields[] = {{"f", &kFloat64, 0, 0, 0}, {"i", &kAny, 8, 0, 0}};
const csp_type kFloatAny{.kind = CSP_KIND_STRUCT, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE, .size = 24,
                         .name = "struct { f float64; i interface {} }", .fields = kFI_fields, .nfields = 2, .align = 8};

const csp_type kStr3{.kind = CSP_KIND_ARRAY, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE, .size = 48,
                     .name = "[3]string", .elem = &kString, .len = 3, .align = 8};
const csp_type kF2{.kind = CSP_KIND_ARRAY, .flags = CSP_TF_COMPARABLE, .size = 16, .name = "[2]float64",
                   .elem = &kFloat64, .len = 2, .align = 8};
const csp_type kI16x4{.kind = CSP_KIND_ARRAY, .flags = CSP_TF_COMPARABLE, .size = 8, .name = "[4]int16",
                      .elem = &kInt16, .len = 4, .align = 2};
const csp_type kI16x3{.kind = CSP_KIND_ARRAY, .flags = CSP_TF_COMPARABLE, .size = 6, .name = "[3]int16",
                      .elem = &kInt16, .len = 3, .align = 2};
const csp_type kBig{.kind = CSP_KIND_ARRAY, .flags = CSP_TF_COMPARABLE, .size = 800, .name = "[100]int",
                    .elem = &kInt, .len = 100, .align = 8};

// A non-empty interface type `interface{ M() }`, and the itabs of int and []int in it.
const csp_method kM_methods[] = {{"M", nullptr, nullptr}};
const csp_type kIfaceM{.kind = CSP_KIND_INTERFACE, .flags = CSP_TF_POINTERS | CSP_TF_COMPARABLE, .size = 16,
                       .name = "main.I", .methods = kM_methods, .nmethods = 1, .align = 8};
struct Itab1 {
  const csp_type* iface;
  const csp_type* type;
  void* fn[1];
};
const Itab1 kItabInt{&kIfaceM, &kInt, {nullptr}};
const Itab1 kItabSlice{&kIfaceM, &kIntSlice, {nullptr}};

// Map types, built on demand and kept for the whole test binary.
const csp_type* map_type(const csp_type* k, const csp_type* v) {
  static std::deque<csp_type> types;
  types.push_back(csp_type{.kind = CSP_KIND_MAP, .flags = kPtr, .size = 8, .name = "map", .elem = v, .key = k,
                           .align = 8});
  return &types.back();
}

// ---- helpers -----------------------------------------------------------------------------

// Starts the runtime as the driver does (csp_rt_init is idempotent; built alone, the stubs'
// version only starts the GC).
class GcEnv : public ::testing::Environment {
 public:
  void SetUp() override { csp_rt_init(0, nullptr); }
};
[[maybe_unused]] auto* const g_gc_env = ::testing::AddGlobalTestEnvironment(new GcEnv);

// Runs f; returns "" if it did not panic, else "<type name>: <message>" of the panic value
// (runtime errors are {runtime.errorString or runtime.plainError, csp_string*}).
template <class F>
std::string panic_of(F f) {
  csp_g* g = current_g();
  if (g == nullptr) {
    g = new_g(1);
    set_current_g(g);
  }
  try {
    f();
  } catch (const PanicUnwind&) {
    csp_panic* p = g->panic;
    g->panic = nullptr;
    const auto* s = reinterpret_cast<const csp_string*>(p->value.data);
    return std::string(p->value.type->name) + ": " + std::string(reinterpret_cast<const char*>(s->ptr), s->len);
  }
  return "";
}

// A GC copy of s as a csp_string (the map keeps the bytes alive).
csp_string gcstr(const std::string& s) {
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size() + 1));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}
std::string str(const void* p) {
  csp_string s;
  std::memcpy(&s, p, sizeof s);
  return std::string(reinterpret_cast<const char*>(s.ptr), s.len);
}

int64_t i64(const void* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Typed wrappers over the entry points for int-like keys and values.
template <class K, class V>
struct M {
  const csp_type* mt;
  csp_map* m;
  M(const csp_type* k, const csp_type* v, int64_t hint = 0) : mt(map_type(k, v)), m(csp_map_make(mt, hint)) {}
  void set(K k, V v) { std::memcpy(csp_map_assign(mt, m, &k), &v, sizeof v); }
  V* get(K k) { return static_cast<V*>(csp_map_access(mt, m, &k)); }
  void del(K k) { csp_map_delete(mt, m, &k); }
  int64_t len() const { return m->count; }
};

template <class F>
void range(const csp_type* mt, csp_map* m, F f) {
  csp_map_iter it;
  csp_map_iter_init(mt, m, &it);
  while (csp_map_iter_next(&it)) f(it.key, it.val);
}

template <class K>
std::vector<K> keys_in_order(const csp_type* mt, csp_map* m) {
  std::vector<K> out;
  range(mt, m, [&](void* k, void*) {
    K v;
    std::memcpy(&v, k, sizeof v);
    out.push_back(v);
  });
  return out;
}

csp_any any_int(int64_t v) { return {&kInt, static_cast<uint64_t>(v)}; }
csp_any any_int64(int64_t v) { return {&kInt64, static_cast<uint64_t>(v)}; }
csp_any any_float(double f) {
  uint64_t b;
  std::memcpy(&b, &f, 8);
  return {&kFloat64, b};
}
csp_any any_str(const std::string& s) {
  auto* cs = static_cast<csp_string*>(GC_MALLOC(sizeof(csp_string)));
  *cs = gcstr(s);
  return {&kString, reinterpret_cast<uint64_t>(cs)};
}
csp_any any_slice() {
  auto* sl = static_cast<csp_slice*>(GC_MALLOC(sizeof(csp_slice)));
  return {&kIntSlice, reinterpret_cast<uint64_t>(sl)};
}

double neg_zero() { return std::copysign(0.0, -1.0); }

// ---- basic operations --------------------------------------------------------------------

TEST(Map, IntKeysInsertLookupOverwrite) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  EXPECT_EQ(m.len(), 0);
  EXPECT_EQ(m.get(1), nullptr);
  for (int64_t i = -500; i < 500; i++) m.set(i * 7919, i);
  EXPECT_EQ(m.len(), 1000);
  for (int64_t i = -500; i < 500; i++) {
    ASSERT_NE(m.get(i * 7919), nullptr) << i;
    EXPECT_EQ(*m.get(i * 7919), i);
  }
  EXPECT_EQ(m.get(1), nullptr);
  for (int64_t i = -500; i < 500; i++) m.set(i * 7919, -i);
  EXPECT_EQ(m.len(), 1000);
  EXPECT_EQ(*m.get(7919 * 3), -3);
}

TEST(Map, AssignReturnsZeroedSlotOnce) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  auto* p = static_cast<int64_t*>(csp_map_assign(m.mt, m.m, std::array<int64_t, 1>{42}.data()));
  EXPECT_EQ(*p, 0);
  *p += 5;
  int64_t k = 42;
  auto* q = static_cast<int64_t*>(csp_map_assign(m.mt, m.m, &k));
  EXPECT_EQ(q, p);
  *q += 5;
  EXPECT_EQ(*m.get(42), 10);
  EXPECT_EQ(m.len(), 1);
}

TEST(Map, DeleteAndReinsert) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 1000; i++) m.set(i, i);
  for (int64_t i = 0; i < 1000; i += 2) m.del(i);
  m.del(5000);  // absent: nothing
  EXPECT_EQ(m.len(), 500);
  for (int64_t i = 0; i < 1000; i++) EXPECT_EQ(m.get(i) != nullptr, i % 2 == 1) << i;
  for (int64_t i = 0; i < 1000; i += 2) EXPECT_EQ(*static_cast<int64_t*>(csp_map_assign(m.mt, m.m, &i)), 0);
  EXPECT_EQ(m.len(), 1000);
  for (int64_t i = 0; i < 1000; i++) m.del(i);
  EXPECT_EQ(m.len(), 0);
  EXPECT_EQ(m.get(3), nullptr);
}

TEST(Map, NilMap) {
  const csp_type* mt = map_type(&kInt, &kInt);
  int64_t k = 1;
  EXPECT_EQ(csp_map_access(mt, nullptr, &k), nullptr);
  csp_map_delete(mt, nullptr, &k);
  csp_map_clear(mt, nullptr);
  int n = 0;
  range(mt, nullptr, [&](void*, void*) { n++; });
  EXPECT_EQ(n, 0);
  EXPECT_EQ(panic_of([&] { csp_map_assign(mt, nullptr, &k); }), "runtime.plainError: assignment to entry in nil map");
}

TEST(Map, SmallIntKeysOfEverySize) {
  M<uint8_t, int64_t> b(&kUint8, &kInt);
  for (int i = 0; i < 256; i++) b.set(static_cast<uint8_t>(i), i);
  EXPECT_EQ(b.len(), 256);
  for (int i = 0; i < 256; i++) EXPECT_EQ(*b.get(static_cast<uint8_t>(i)), i);
  M<bool, int64_t> t(&kBool, &kInt);
  t.set(true, 1);
  t.set(false, 2);
  t.set(true, 3);
  EXPECT_EQ(t.len(), 2);
  EXPECT_EQ(*t.get(true), 3);
  M<int16_t, int16_t> s(&kInt16, &kInt16);
  for (int i = -3000; i < 3000; i++) s.set(static_cast<int16_t>(i), static_cast<int16_t>(-i));
  EXPECT_EQ(s.len(), 6000);
  EXPECT_EQ(*s.get(-2999), 2999);
  M<int32_t, int8_t> w(&kInt32, &kInt8);
  for (int i = -3000; i < 3000; i++) w.set(i * 100000, static_cast<int8_t>(i));
  EXPECT_EQ(w.len(), 6000);
  EXPECT_EQ(*w.get(-2999 * 100000), static_cast<int8_t>(-2999));
  EXPECT_EQ(w.get(1), nullptr);
}

TEST(Map, ZeroSizedKeysAndValues) {
  M<int64_t, char> set(&kInt, &kEmptyStruct);  // map[int]struct{}
  for (int64_t i = 0; i < 100; i++) csp_map_assign(set.mt, set.m, &i);
  EXPECT_EQ(set.len(), 100);
  int64_t k = 50;
  EXPECT_NE(csp_map_access(set.mt, set.m, &k), nullptr);
  const csp_type* mt = map_type(&kEmptyStruct, &kInt);  // map[struct{}]int
  csp_map* m = csp_map_make(mt, 0);
  char a = 0, b = 1;
  *static_cast<int64_t*>(csp_map_assign(mt, m, &a)) = 7;
  EXPECT_EQ(*static_cast<int64_t*>(csp_map_access(mt, m, &b)), 7);
  EXPECT_EQ(m->count, 1);
}

TEST(Map, LargeValues) {
  const csp_type* mt = map_type(&kInt, &kBig);
  csp_map* m = csp_map_make(mt, 0);
  for (int64_t i = 0; i < 300; i++) {
    auto* v = static_cast<int64_t*>(csp_map_assign(mt, m, &i));
    for (int j = 0; j < 100; j++) EXPECT_EQ(v[j], 0);
    for (int j = 0; j < 100; j++) v[j] = i * 1000 + j;
  }
  for (int64_t i = 0; i < 300; i++) {
    auto* v = static_cast<int64_t*>(csp_map_access(mt, m, &i));
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v[0], i * 1000);
    EXPECT_EQ(v[99], i * 1000 + 99);
  }
}

TEST(Map, PointerKeys) {
  M<int64_t*, int64_t> m(&kIntPtr, &kInt);
  std::vector<int64_t> cells(100);
  for (int i = 0; i < 100; i++) m.set(&cells[i], i);
  m.set(nullptr, -1);
  EXPECT_EQ(m.len(), 101);
  EXPECT_EQ(*m.get(&cells[42]), 42);
  EXPECT_EQ(*m.get(nullptr), -1);
}

// ---- strings -----------------------------------------------------------------------------

TEST(Map, StringKeys) {
  const csp_type* mt = map_type(&kString, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  for (int i = 0; i < 2000; i++) {
    csp_string k = gcstr("key" + std::to_string(i) + std::string(i % 70, 'x'));
    *static_cast<int64_t*>(csp_map_assign(mt, m, &k)) = i;
  }
  csp_string empty{nullptr, 0};
  *static_cast<int64_t*>(csp_map_assign(mt, m, &empty)) = -1;
  EXPECT_EQ(m->count, 2001);
  for (int i = 0; i < 2000; i++) {
    csp_string k = gcstr("key" + std::to_string(i) + std::string(i % 70, 'x'));  // other bytes, same content
    auto* v = static_cast<int64_t*>(csp_map_access(mt, m, &k));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  csp_string empty2 = gcstr("");
  EXPECT_EQ(*static_cast<int64_t*>(csp_map_access(mt, m, &empty2)), -1);
  csp_string absent = gcstr("key1y");
  EXPECT_EQ(csp_map_access(mt, m, &absent), nullptr);
}

TEST(Map, AssignToAnExistingStringKeyStoresTheNewKey) {
  const csp_type* mt = map_type(&kString, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  csp_string a = gcstr("same"), b = gcstr("same");
  csp_map_assign(mt, m, &a);
  csp_map_assign(mt, m, &b);
  EXPECT_EQ(m->count, 1);
  range(mt, m, [&](void* k, void*) { EXPECT_EQ(static_cast<csp_string*>(k)->ptr, b.ptr); });
}

// ---- floats ------------------------------------------------------------------------------

TEST(Map, FloatZeroesAreOneKeyAndTheKeyIsUpdated) {
  M<double, int64_t> m(&kFloat64, &kInt);
  m.set(0.0, 1);
  m.set(neg_zero(), 2);
  EXPECT_EQ(m.len(), 1);
  EXPECT_EQ(*m.get(0.0), 2);
  range(m.mt, m.m, [&](void* k, void*) { EXPECT_TRUE(std::signbit(*static_cast<double*>(k))); });
  m.set(1.5, 3);
  EXPECT_EQ(*m.get(1.5), 3);
  M<float, int64_t> f(&kFloat32, &kInt);
  f.set(-0.0f, 1);
  EXPECT_EQ(*f.get(0.0f), 1);
}

TEST(Map, NaNKeysAreNeverFoundAndEachAssignAddsOne) {
  M<double, int64_t> m(&kFloat64, &kInt);
  double nan = std::nan("");
  for (int i = 0; i < 100; i++) m.set(nan, i);  // grows through several rebuilds
  m.set(1.0, 7);
  EXPECT_EQ(m.len(), 101);
  EXPECT_EQ(m.get(nan), nullptr);
  m.del(nan);
  EXPECT_EQ(m.len(), 101);
  std::set<int64_t> vals;
  int nans = 0;
  range(m.mt, m.m, [&](void* k, void* v) {
    if (std::isnan(*static_cast<double*>(k))) {
      nans++;
      vals.insert(i64(v));
    }
  });
  EXPECT_EQ(nans, 100);
  EXPECT_EQ(vals.size(), 100u);
  csp_map_clear(m.mt, m.m);
  EXPECT_EQ(m.len(), 0);
  EXPECT_EQ(m.get(1.0), nullptr);
}

TEST(Map, ComplexAndFloat32Keys) {
  M<std::array<double, 2>, int64_t> c(&kComplex128, &kInt);
  c.set({0.0, 0.0}, 1);
  c.set({neg_zero(), neg_zero()}, 2);
  c.set({1.0, 2.0}, 3);
  c.set({1.0, std::nan("")}, 4);
  c.set({1.0, std::nan("")}, 5);
  EXPECT_EQ(c.len(), 4);
  EXPECT_EQ(*c.get({0.0, neg_zero()}), 2);
  EXPECT_EQ(*c.get({1.0, 2.0}), 3);
  EXPECT_EQ(c.get({2.0, 1.0}), nullptr);
  EXPECT_EQ(c.get({1.0, std::nan("")}), nullptr);
  M<std::array<float, 2>, int64_t> c64(&kComplex64, &kInt);
  c64.set({-0.0f, 1.0f}, 1);
  EXPECT_EQ(*c64.get({0.0f, 1.0f}), 1);
  M<float, int64_t> f(&kFloat32, &kInt);
  for (int i = 0; i < 1000; i++) f.set(static_cast<float>(i) / 8, i);
  f.set(std::nanf(""), -1);
  f.set(std::nanf(""), -2);
  EXPECT_EQ(f.len(), 1002);
  EXPECT_EQ(*f.get(12.5f), 100);
  EXPECT_EQ(f.get(std::nanf("")), nullptr);
  // Interfaces holding complex and float32 values (direct and indirect data words).
  M<csp_any, int64_t> a(&kAny, &kInt);
  float nz = -0.0f;
  uint32_t bits;
  std::memcpy(&bits, &nz, 4);
  auto* cplx = static_cast<double*>(GC_MALLOC(16));
  cplx[0] = 1;
  cplx[1] = neg_zero();
  a.set(csp_any{&kFloat32, bits}, 1);
  a.set(csp_any{&kComplex128, reinterpret_cast<uint64_t>(cplx)}, 2);
  EXPECT_EQ(*a.get(csp_any{&kFloat32, 0}), 1);
  auto* cplx2 = static_cast<double*>(GC_MALLOC(16));
  cplx2[0] = 1;
  cplx2[1] = 0;
  EXPECT_EQ(*a.get(csp_any{&kComplex128, reinterpret_cast<uint64_t>(cplx2)}), 2);
}

TEST(Map, UnhashableInsideStructKeysPanicsEvenOnNilMaps) {
  const csp_type* mt = map_type(&kFloatAny, &kInt);
  struct K {
    double f;
    csp_any i;
  };
  K bad{1.0, any_slice()}, good{1.0, any_int(1)};
  EXPECT_TRUE(type_hash_may_panic(&kFloatAny));
  EXPECT_FALSE(type_hash_may_panic(&kIntStr));
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, nullptr, &bad); }), "runtime.errorString: hash of unhashable type []int");
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, nullptr, &good); }), "");
}

// ---- structs, arrays ---------------------------------------------------------------------

TEST(Map, StructKeysGeneric) {
  const csp_type* mt = map_type(&kIntStr, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  struct K {
    int32_t a;
    int32_t pad;
    csp_string b;
  };
  for (int i = 0; i < 500; i++) {
    K k{i % 10, 0, gcstr(std::to_string(i / 10))};
    *static_cast<int64_t*>(csp_map_assign(mt, m, &k)) = i;
  }
  EXPECT_EQ(m->count, 500);
  K q{3, 12345, gcstr("7")};  // padding bytes differ: still the same key
  ASSERT_NE(csp_map_access(mt, m, &q), nullptr);
  EXPECT_EQ(i64(csp_map_access(mt, m, &q)), 73);
  K r{3, 0, gcstr("70")};
  EXPECT_EQ(csp_map_access(mt, m, &r), nullptr);
}

TEST(Map, StructKeysWithPaddingOrBlankFields) {
  const csp_type* mt = map_type(&kPadded, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  struct P {
    int8_t a;
    uint8_t pad[7];
    int64_t b;
  };
  P p1{1, {1, 2, 3, 4, 5, 6, 7}, 99}, p2{1, {9, 9, 9, 9, 9, 9, 9}, 99};
  *static_cast<int64_t*>(csp_map_assign(mt, m, &p1)) = 5;
  EXPECT_EQ(i64(csp_map_access(mt, m, &p2)), 5);
  EXPECT_EQ(m->count, 1);

  const csp_type* bt = map_type(&kBlank, &kInt);
  csp_map* bm = csp_map_make(bt, 0);
  int64_t b1[3] = {1, 100, 3}, b2[3] = {1, 200, 3}, b3[3] = {1, 100, 4};
  *static_cast<int64_t*>(csp_map_assign(bt, bm, b1)) = 5;
  EXPECT_NE(csp_map_access(bt, bm, b2), nullptr);
  EXPECT_EQ(csp_map_access(bt, bm, b3), nullptr);
}

TEST(Map, MemoryComparableStructKeys) {
  EXPECT_TRUE(type_is_memory_comparable(&kXY));
  EXPECT_FALSE(type_is_memory_comparable(&kPadded));
  EXPECT_FALSE(type_is_memory_comparable(&kBlank));
  EXPECT_FALSE(type_is_memory_comparable(&kIntStr));
  EXPECT_TRUE(type_is_memory_comparable(&kI16x3));
  M<std::array<int32_t, 2>, int64_t> m(&kXY, &kInt);
  for (int32_t x = 0; x < 50; x++)
    for (int32_t y = 0; y < 50; y++) m.set({x, y}, x * 100 + y);
  EXPECT_EQ(m.len(), 2500);
  EXPECT_EQ(*m.get({12, 34}), 1234);
  EXPECT_EQ(m.get({34, 50}), nullptr);
  M<std::array<int16_t, 3>, int64_t> a(&kI16x3, &kInt);  // 6 bytes: hash_bytes + memcmp
  for (int16_t i = 0; i < 1000; i++) a.set({i, static_cast<int16_t>(-i), 7}, i);
  EXPECT_EQ(a.len(), 1000);
  EXPECT_EQ(*a.get({500, -500, 7}), 500);
  EXPECT_EQ(a.get({500, -500, 8}), nullptr);
  M<std::array<int16_t, 4>, int64_t> b(&kI16x4, &kInt);  // 8 bytes: one word
  b.set({1, 2, 3, 4}, 1);
  EXPECT_EQ(*b.get({1, 2, 3, 4}), 1);
  EXPECT_EQ(b.get({1, 2, 3, 5}), nullptr);
}

TEST(Map, ArrayKeys) {
  const csp_type* mt = map_type(&kStr3, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  csp_string a[3] = {gcstr("a"), gcstr("b"), gcstr("c")};
  csp_string b[3] = {gcstr("a"), gcstr("b"), gcstr("c")};
  csp_string c[3] = {gcstr("a"), gcstr("c"), gcstr("b")};
  *static_cast<int64_t*>(csp_map_assign(mt, m, a)) = 1;
  EXPECT_EQ(i64(csp_map_access(mt, m, b)), 1);
  EXPECT_EQ(csp_map_access(mt, m, c), nullptr);

  M<std::array<double, 2>, int64_t> f(&kF2, &kInt);
  f.set({0.0, 1.0}, 1);
  EXPECT_EQ(*f.get({neg_zero(), 1.0}), 1);
  f.set({std::nan(""), 1.0}, 2);
  f.set({std::nan(""), 1.0}, 3);
  EXPECT_EQ(f.len(), 3);
  EXPECT_EQ(f.get({std::nan(""), 1.0}), nullptr);
}

// ---- interfaces --------------------------------------------------------------------------

TEST(Map, InterfaceKeys) {
  M<csp_any, int64_t> m(&kAny, &kInt);
  m.set(any_int(1), 1);
  m.set(any_int64(1), 2);  // another dynamic type: another key
  m.set(any_str("1"), 3);
  m.set(csp_any{nullptr, 0}, 4);
  m.set(any_float(0.0), 5);
  m.set(any_float(neg_zero()), 6);  // the same key as +0
  EXPECT_EQ(m.len(), 5);
  EXPECT_EQ(*m.get(any_int(1)), 1);
  EXPECT_EQ(*m.get(any_int64(1)), 2);
  EXPECT_EQ(*m.get(any_str("1")), 3);  // a different copy of the string
  EXPECT_EQ(*m.get(csp_any{nullptr, 0}), 4);
  EXPECT_EQ(*m.get(any_float(0.0)), 6);
  EXPECT_EQ(m.get(any_int(2)), nullptr);
  m.set(any_float(std::nan("")), 7);
  m.set(any_float(std::nan("")), 8);
  EXPECT_EQ(m.len(), 7);
  EXPECT_EQ(m.get(any_float(std::nan(""))), nullptr);
  for (int i = 0; i < 1000; i++) m.set(any_int(i * 3), i);
  EXPECT_EQ(*m.get(any_int(300)), 100);
}

TEST(Map, StructWithInterfaceKeys) {
  const csp_type* mt = map_type(&kFloatAny, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  struct K {
    double f;
    csp_any i;
  };
  K a{1.0, any_str("x")}, b{1.0, any_str("x")}, c{1.0, any_int(1)};
  *static_cast<int64_t*>(csp_map_assign(mt, m, &a)) = 1;
  EXPECT_EQ(i64(csp_map_access(mt, m, &b)), 1);
  EXPECT_EQ(csp_map_access(mt, m, &c), nullptr);
  K bad{1.0, any_slice()};
  EXPECT_EQ(panic_of([&] { csp_map_assign(mt, m, &bad); }), "runtime.errorString: hash of unhashable type []int");
}

TEST(Map, UnhashableInterfaceKeysPanic) {
  const csp_type* mt = map_type(&kAny, &kInt);
  csp_any k = any_slice();
  const std::string want = "runtime.errorString: hash of unhashable type []int";
  // Even on a nil or empty map, as Go's mapaccess/mapdelete check the key first.
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, nullptr, &k); }), want);
  EXPECT_EQ(panic_of([&] { csp_map_delete(mt, nullptr, &k); }), want);
  csp_map* m = csp_map_make(mt, 0);
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, m, &k); }), want);
  EXPECT_EQ(panic_of([&] { csp_map_assign(mt, m, &k); }), want);
  EXPECT_EQ(m->count, 0);
  csp_any one = any_int(1);
  csp_map_assign(mt, m, &one);
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, m, &k); }), want);
  EXPECT_EQ(panic_of([&] { csp_map_delete(mt, m, &k); }), want);
  EXPECT_EQ(panic_of([&] { csp_map_assign(mt, m, &k); }), want);
  EXPECT_EQ(m->count, 1);
  // A nil map of int keys hashes nothing and never panics on lookup.
  int64_t i = 1;
  EXPECT_EQ(panic_of([&] { csp_map_access(map_type(&kInt, &kInt), nullptr, &i); }), "");
}

TEST(Map, NonEmptyInterfaceKeys) {
  const csp_type* mt = map_type(&kIfaceM, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  auto itab = [](const Itab1& t) { return reinterpret_cast<const csp_itab*>(&t); };
  csp_iface a{itab(kItabInt), 5}, b{itab(kItabInt), 5}, c{itab(kItabInt), 6}, nil{nullptr, 0};
  *static_cast<int64_t*>(csp_map_assign(mt, m, &a)) = 1;
  *static_cast<int64_t*>(csp_map_assign(mt, m, &nil)) = 2;
  EXPECT_EQ(i64(csp_map_access(mt, m, &b)), 1);
  EXPECT_EQ(csp_map_access(mt, m, &c), nullptr);
  EXPECT_EQ(i64(csp_map_access(mt, m, &nil)), 2);
  auto* sl = static_cast<csp_slice*>(GC_MALLOC(sizeof(csp_slice)));
  csp_iface bad{itab(kItabSlice), reinterpret_cast<uint64_t>(sl)};
  EXPECT_EQ(panic_of([&] { csp_map_access(mt, m, &bad); }), "runtime.errorString: hash of unhashable type []int");
}

// ---- type_equal / type_hash directly -----------------------------------------------------

TEST(TypeOps, InterfaceEquality) {
  csp_any a = any_slice(), b = any_slice(), i = any_int(1);
  // Different dynamic types: false, without looking at the values.
  EXPECT_EQ(panic_of([&] { EXPECT_FALSE(type_equal(&kAny, &a, &i)); }), "");
  // The same uncomparable dynamic type: Go's panic.
  EXPECT_EQ(panic_of([&] { type_equal(&kAny, &a, &b); }), "runtime.errorString: comparing uncomparable type []int");
  EXPECT_EQ(panic_of([&] { iface_data_equal(&kIntSlice, a.data, b.data); }),
            "runtime.errorString: comparing uncomparable type []int");
  csp_any s1 = any_str("hello"), s2 = any_str("hello"), s3 = any_str("world");
  EXPECT_TRUE(type_equal(&kAny, &s1, &s2));
  EXPECT_FALSE(type_equal(&kAny, &s1, &s3));
  EXPECT_TRUE(iface_data_equal(&kString, s1.data, s2.data));
  csp_any n1 = any_float(std::nan("")), z1 = any_float(0.0), z2 = any_float(neg_zero());
  EXPECT_FALSE(type_equal(&kAny, &n1, &n1));
  EXPECT_TRUE(type_equal(&kAny, &z1, &z2));
  EXPECT_FALSE(iface_data_equal(&kFloat64, n1.data, n1.data));
  csp_any nil{nullptr, 0};
  EXPECT_TRUE(type_equal(&kAny, &nil, &nil));
  EXPECT_FALSE(type_equal(&kAny, &nil, &i));
}

TEST(TypeOps, HashAgreesWithEquality) {
  uint64_t seed = 0x1234;
  double z = 0.0, nz = neg_zero(), nan = std::nan("");
  EXPECT_EQ(type_hash(&kFloat64, &z, seed), type_hash(&kFloat64, &nz, seed));
  EXPECT_NE(type_hash(&kFloat64, &nan, seed), type_hash(&kFloat64, &nan, seed));  // random (1 in 2^64)
  csp_any s1 = any_str("hello"), s2 = any_str("hello");
  EXPECT_EQ(type_hash(&kAny, &s1, seed), type_hash(&kAny, &s2, seed));
  csp_any i1 = any_int(1), i2 = any_int64(1);
  EXPECT_NE(type_hash(&kAny, &i1, seed), type_hash(&kAny, &i2, seed));
  EXPECT_NE(type_hash(&kInt, &i1.data, 1), type_hash(&kInt, &i1.data, 2));
  csp_any sl = any_slice();
  EXPECT_EQ(panic_of([&] { type_hash(&kAny, &sl, seed); }), "runtime.errorString: hash of unhashable type []int");
}

TEST(TypeOps, HashBytesCoversEveryByte) {
  // Flipping any single bit of inputs of every length up to 200 changes the hash.
  std::vector<uint8_t> buf(200);
  for (size_t i = 0; i < buf.size(); i++) buf[i] = static_cast<uint8_t>(i * 31 + 7);
  for (size_t n = 1; n <= buf.size(); n++) {
    uint64_t h = hash_bytes(buf.data(), n, 99);
    for (size_t i = 0; i < n; i++) {
      buf[i] ^= 0x10;
      EXPECT_NE(hash_bytes(buf.data(), n, 99), h) << n << " " << i;
      buf[i] ^= 0x10;
    }
  }
  EXPECT_NE(hash_bytes(buf.data(), 0, 1), hash_bytes(buf.data(), 0, 2));
}

// ---- growth, tombstones, hints, clear ----------------------------------------------------

TEST(Map, GrowthKeepsEverything) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  uint64_t last_cap = 0;
  int rebuilds = 0;
  for (int64_t i = 0; i < 200000; i++) {
    m.set(i, i * 2);
    if (map_capacity(m.m) != last_cap) {
      rebuilds++;
      last_cap = map_capacity(m.m);
      EXPECT_GE(last_cap * 7 / 8, static_cast<uint64_t>(m.len()));
    }
  }
  EXPECT_EQ(m.len(), 200000);
  EXPECT_LE(last_cap, 262144u * 2);
  EXPECT_GE(rebuilds, 10);
  for (int64_t i = 0; i < 200000; i++) ASSERT_EQ(*m.get(i), i * 2) << i;
}

TEST(Map, TombstoneChurnDoesNotGrow) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 1000; i++) m.set(i, i);
  uint64_t cap = map_capacity(m.m);
  // A sliding window of 1000 live keys through 1,000,000 insertions and deletions.
  for (int64_t i = 1000; i < 1000000; i++) {
    m.set(i, i);
    m.del(i - 1000);
  }
  EXPECT_EQ(m.len(), 1000);
  EXPECT_LE(map_capacity(m.m), 2 * cap);  // at most one doubling, then same-size rebuilds
  for (int64_t i = 999000; i < 1000000; i++) ASSERT_EQ(*m.get(i), i);
  EXPECT_EQ(m.get(998999), nullptr);
}

TEST(Map, HintAvoidsRebuilds) {
  M<int64_t, int64_t> m(&kInt, &kInt, 1000);
  uint64_t cap = map_capacity(m.m);
  EXPECT_GE(cap * 7 / 8, 1000u);
  EXPECT_LE(cap, 2048u);
  for (int64_t i = 0; i < 1000; i++) m.set(i, i);
  EXPECT_EQ(map_capacity(m.m), cap);
  M<int64_t, int64_t> n(&kInt, &kInt, -5);  // negative: as 0 (Go does not panic)
  n.set(1, 1);
  EXPECT_EQ(*n.get(1), 1);
  M<int64_t, int64_t> e(&kInt, &kInt, 0);
  EXPECT_EQ(map_capacity(e.m), 0u);  // no table until the first insertion
  EXPECT_EQ(e.get(1), nullptr);
}

TEST(Map, Clear) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 1000; i++) m.set(i, i);
  csp_map_clear(m.mt, m.m);
  EXPECT_EQ(m.len(), 0);
  for (int64_t i = 0; i < 1000; i++) EXPECT_EQ(m.get(i), nullptr);
  int n = 0;
  range(m.mt, m.m, [&](void*, void*) { n++; });
  EXPECT_EQ(n, 0);
  m.set(5, 0);
  EXPECT_EQ(*m.get(5), 0);
  EXPECT_EQ(m.len(), 1);
}

// ---- iteration ---------------------------------------------------------------------------

TEST(MapIter, ProducesEveryEntryOnceWithLiveValues) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 5000; i++) m.set(i, i + 1);
  std::map<int64_t, int> seen;
  range(m.mt, m.m, [&](void* k, void* v) {
    seen[i64(k)]++;
    EXPECT_EQ(i64(v), i64(k) + 1);
    EXPECT_EQ(v, m.get(i64(k)));  // the live slot
  });
  EXPECT_EQ(seen.size(), 5000u);
  for (auto& [k, n] : seen) EXPECT_EQ(n, 1) << k;
}

TEST(MapIter, OrderIsRandomised) {
  for (int size : {3, 8, 50, 1000}) {
    M<int64_t, int64_t> m(&kInt, &kInt);
    for (int64_t i = 0; i < size; i++) m.set(i, i);
    std::set<std::vector<int64_t>> orders;
    std::set<int64_t> firsts;
    for (int r = 0; r < 20; r++) {
      auto ks = keys_in_order<int64_t>(m.mt, m.m);
      ASSERT_EQ(ks.size(), static_cast<size_t>(size));
      orders.insert(ks);
      firsts.insert(ks[0]);
    }
    EXPECT_GE(orders.size(), 2u) << size;
    EXPECT_GE(firsts.size(), 2u) << size;
  }
  // Two consecutive ranges over a 50-entry map differ (fails with probability < 1/256).
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 50; i++) m.set(i, i);
  int differ = 0;
  for (int r = 0; r < 10; r++) differ += keys_in_order<int64_t>(m.mt, m.m) != keys_in_order<int64_t>(m.mt, m.m);
  EXPECT_GE(differ, 8);
}

TEST(MapIter, DeletedBeforeReachedAreNotProduced) {
  for (int round = 0; round < 20; round++) {
    M<int64_t, int64_t> m(&kInt, &kInt);
    for (int64_t i = 0; i < 1000; i++) m.set(i, i);
    std::set<int64_t> seen, deleted;
    range(m.mt, m.m, [&](void* k, void*) {
      int64_t key = i64(k);
      EXPECT_FALSE(deleted.count(key)) << key;
      EXPECT_TRUE(seen.insert(key).second) << key;
      if (seen.size() == 1) {
        // Delete every other key not seen yet, and the current one.
        for (int64_t i = 0; i < 1000; i += 2)
          if (!seen.count(i)) {
            m.del(i);
            deleted.insert(i);
          }
        m.del(key);
      }
    });
    for (int64_t i = 0; i < 1000; i++)
      if (!deleted.count(i)) {
        EXPECT_TRUE(seen.count(i)) << i;
      }
  }
}

// Inserting during the range (forcing rebuilds) and deleting afterwards: entries present
// throughout come out exactly once with their current values; deleted ones do not.
TEST(MapIter, MutationWithGrowthDuringIteration) {
  for (int round = 0; round < 20; round++) {
    M<int64_t, int64_t> m(&kInt, &kInt);
    for (int64_t i = 0; i < 100; i++) m.set(i, i);
    uint64_t cap0 = map_capacity(m.m);
    std::map<int64_t, int> seen;
    std::set<int64_t> deleted;
    int step = 0;
    range(m.mt, m.m, [&](void* k, void* v) {
      int64_t key = i64(k);
      seen[key]++;
      EXPECT_FALSE(deleted.count(key)) << key;
      if (key < 100) {
        EXPECT_EQ(i64(v), key < 50 && step > 0 ? key + 1000 : key) << key;
      }
      if (step++ == 0) {
        for (int64_t i = 1000; i < 21000; i++) m.set(i, i);  // several rebuilds
        for (int64_t i = 0; i < 50; i++) m.set(i, i + 1000);  // new values, in the new table
        for (int64_t i = 50; i < 100; i += 3)
          if (i != key && !seen.count(i)) {
            m.del(i);
            deleted.insert(i);
          }
      }
    });
    EXPECT_GT(map_capacity(m.m), cap0);
    for (int64_t i = 0; i < 100; i++) {
      if (deleted.count(i)) continue;
      EXPECT_EQ(seen[i], 1) << i;
    }
    for (auto& [k, n] : seen) EXPECT_EQ(n, 1) << k;
  }
}

// Rebuilds to the same size (tombstone purges) during a range are rebuilds like any other.
TEST(MapIter, ChurnDuringIteration) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  for (int64_t i = 0; i < 500; i++) m.set(i, i);
  std::map<int64_t, int> seen;
  int64_t next = 1000000;
  range(m.mt, m.m, [&](void* k, void*) {
    int64_t key = i64(k);
    seen[key]++;
    for (int j = 0; j < 50; j++) {  // each new key deleted right away: tombstones
      m.set(next, 0);
      m.del(next++);
    }
  });
  for (int64_t i = 0; i < 500; i++) EXPECT_EQ(seen[i], 1) << i;
  EXPECT_EQ(seen.size(), 500u);
}

TEST(MapIter, NaNKeysSurviveGrowthDuringIterationButNotClear) {
  M<double, int64_t> m(&kFloat64, &kInt);
  double nan = std::nan("");
  for (int i = 0; i < 20; i++) m.set(nan, i);
  for (int i = 0; i < 20; i++) m.set(i, 100 + i);
  int nans = 0, step = 0;
  range(m.mt, m.m, [&](void* k, void*) {
    if (std::isnan(*static_cast<double*>(k))) nans++;
    if (step++ == 0)
      for (int i = 1000; i < 5000; i++) m.set(i, i);
  });
  EXPECT_EQ(nans, 20);

  // clear during a range: nothing more comes out, in the current table or an old one.
  for (bool grow : {false, true}) {
    M<double, int64_t> c(&kFloat64, &kInt);
    for (int i = 0; i < 20; i++) c.set(nan, i);
    for (int i = 0; i < 20; i++) c.set(i, i);
    int n = 0;
    range(c.mt, c.m, [&](void*, void*) {
      if (n++ == 0) {
        if (grow)
          for (int i = 1000; i < 5000; i++) c.set(i, i);
        csp_map_clear(c.mt, c.m);
      }
    });
    EXPECT_EQ(n, 1) << grow;
  }
}

TEST(MapIter, StringAndGenericKeysAfterGrowth) {
  const csp_type* mt = map_type(&kString, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  for (int i = 0; i < 100; i++) {
    csp_string k = gcstr("k" + std::to_string(i));
    *static_cast<int64_t*>(csp_map_assign(mt, m, &k)) = i;
  }
  std::map<std::string, int> seen;
  int step = 0;
  range(mt, m, [&](void* k, void* v) {
    std::string s = str(k);
    seen[s]++;
    if (s[0] == 'k') {
      EXPECT_EQ(std::to_string(i64(v)), s.substr(1));
    }
    if (step++ == 0)
      for (int i = 0; i < 3000; i++) {
        csp_string n = gcstr("n" + std::to_string(i));
        csp_map_assign(mt, m, &n);
      }
  });
  for (int i = 0; i < 100; i++) EXPECT_EQ(seen["k" + std::to_string(i)], 1) << i;

  M<csp_any, int64_t> a(&kAny, &kInt);
  for (int i = 0; i < 100; i++) a.set(any_str(std::to_string(i)), i);
  std::map<std::string, int> aseen;
  step = 0;
  range(a.mt, a.m, [&](void* k, void*) {
    csp_any v;
    std::memcpy(&v, k, sizeof v);
    if (v.type == &kString) aseen[str(reinterpret_cast<void*>(v.data))]++;
    if (step++ == 0)
      for (int i = 0; i < 3000; i++) a.set(any_int(i), i);
  });
  EXPECT_EQ(aseen.size(), 100u);
  for (auto& [k, n] : aseen) EXPECT_EQ(n, 1) << k;
}

TEST(MapIter, EmptyAndFinishedIterators) {
  M<int64_t, int64_t> m(&kInt, &kInt);
  csp_map_iter it;
  csp_map_iter_init(m.mt, m.m, &it);
  EXPECT_FALSE(csp_map_iter_next(&it));
  EXPECT_FALSE(csp_map_iter_next(&it));
  m.set(1, 1);
  csp_map_iter_init(m.mt, m.m, &it);
  EXPECT_TRUE(csp_map_iter_next(&it));
  EXPECT_EQ(i64(it.key), 1);
  EXPECT_FALSE(csp_map_iter_next(&it));
  EXPECT_FALSE(csp_map_iter_next(&it));
}

// ---- randomised differential test against std::map ---------------------------------------

// Key adapters: the same random program runs on one-word keys, string keys and interface
// keys (the descriptor walk), so that every strategy's relocation path is exercised.
struct IntKeys {
  using K = int64_t;
  static const csp_type* type() { return &kInt; }
  static K make(int64_t i) { return i; }
  static int64_t id(const void* p) { return i64(p); }
};
struct StrKeys {
  using K = csp_string;
  static const csp_type* type() { return &kString; }
  static K make(int64_t i) { return gcstr("s" + std::to_string(i)); }
  static int64_t id(const void* p) { return std::stoll(str(p).substr(1)); }
};
struct AnyKeys {
  using K = csp_any;
  static const csp_type* type() { return &kAny; }
  static K make(int64_t i) { return i % 2 ? any_int(i) : any_str(std::to_string(i)); }
  static int64_t id(const void* p) {
    csp_any a;
    std::memcpy(&a, p, sizeof a);
    return a.type == &kInt ? static_cast<int64_t>(a.data) : std::stoll(str(reinterpret_cast<void*>(a.data)));
  }
};

template <class Keys>
void fuzz(uint64_t seed) {
  const csp_type* mt = map_type(Keys::type(), &kInt);
  csp_map* m = csp_map_make(mt, 0);
  std::map<int64_t, int64_t> ref;
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  auto rnd = [&](uint64_t n) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x % n;
  };
  int64_t stamp = 0;
  auto set = [&](int64_t id) {
    typename Keys::K k = Keys::make(id);
    *static_cast<int64_t*>(csp_map_assign(mt, m, &k)) = ++stamp;
    ref[id] = stamp;
  };
  auto del = [&](int64_t id) {
    typename Keys::K k = Keys::make(id);
    csp_map_delete(mt, m, &k);
    ref.erase(id);
  };
  auto check_all = [&] {
    ASSERT_EQ(m->count, static_cast<int64_t>(ref.size()));
    for (int64_t id = 0; id < 600; id++) {
      typename Keys::K k = Keys::make(id);
      auto* v = static_cast<int64_t*>(csp_map_access(mt, m, &k));
      auto it = ref.find(id);
      ASSERT_EQ(v != nullptr, it != ref.end()) << id;
      if (v) {
        ASSERT_EQ(*v, it->second) << id;
      }
    }
  };
  for (int round = 0; round < 40; round++) {
    int64_t space = 1 + static_cast<int64_t>(rnd(600));  // key ids in [0, space)
    for (int op = 0, n = static_cast<int>(rnd(1500)); op < n; op++) {
      int64_t id = static_cast<int64_t>(rnd(space));
      if (rnd(3) != 0) {
        set(id);
      } else {
        del(id);
      }
    }
    if (rnd(10) == 0) {
      csp_map_clear(mt, m);
      ref.clear();
    }
    check_all();
    // A range with random mutations in its body. Go's rules, checked entry by entry:
    // produced entries are in the map at that moment with that value; entries there from
    // start to end are produced exactly once; an entry comes out again only if it was
    // deleted and inserted again after it came out.
    std::set<int64_t> at_start, touched, readded;
    for (auto& [id, v] : ref) at_start.insert(id);
    std::map<int64_t, int> produced;
    csp_map_iter it;
    csp_map_iter_init(mt, m, &it);
    bool cleared = false;
    while (csp_map_iter_next(&it)) {
      int64_t id = Keys::id(it.key);
      auto r = ref.find(id);
      ASSERT_NE(r, ref.end()) << "produced a deleted entry " << id;
      ASSERT_EQ(i64(it.val), r->second) << id;
      if (++produced[id] > 1) {
        ASSERT_TRUE(readded.count(id)) << "produced twice " << id;
      }
      readded.erase(id);
      int muts = static_cast<int>(rnd(4)) == 0 ? static_cast<int>(rnd(200)) : static_cast<int>(rnd(3));
      for (int j = 0; j < muts; j++) {
        int64_t k = static_cast<int64_t>(rnd(space + 50));
        if (rnd(2)) {
          bool was = ref.count(k);
          set(k);
          if (!was) readded.insert(k);
        } else {
          del(k);
        }
        touched.insert(k);
      }
      if (rnd(200) == 0) {
        csp_map_clear(mt, m);
        ref.clear();
        cleared = true;
      }
    }
    for (int64_t id : at_start) {
      if (!cleared && !touched.count(id)) {
        ASSERT_EQ(produced[id], 1) << "entry present throughout: " << id;
      }
    }
    check_all();
  }
}

TEST(MapFuzz, IntKeys) {
  for (uint64_t seed = 1; seed <= 6; seed++) fuzz<IntKeys>(seed);
}
TEST(MapFuzz, StringKeys) {
  for (uint64_t seed = 1; seed <= 3; seed++) fuzz<StrKeys>(seed);
}
TEST(MapFuzz, InterfaceKeys) {
  for (uint64_t seed = 1; seed <= 3; seed++) fuzz<AnyKeys>(seed);
}

// ---- GC ----------------------------------------------------------------------------------

// Keys and values reachable only through a map survive collections.
TEST(MapGc, MapKeepsKeysAndValuesAlive) {
  const csp_type* mt = map_type(&kString, &kIntPtr);
  csp_map* m = csp_map_make(mt, 0);
  for (int i = 0; i < 20000; i++) {
    csp_string k = gcstr("key-" + std::to_string(i));
    auto* cell = static_cast<int64_t*>(GC_MALLOC(sizeof(int64_t)));
    *cell = i * 3;
    std::memcpy(csp_map_assign(mt, m, &k), &cell, sizeof cell);
  }
  for (int r = 0; r < 3; r++) {
    GC_gcollect();
    for (int i = 0; i < 100000; i++) {  // reuse whatever was wrongly freed
      auto* junk = static_cast<int64_t*>(GC_MALLOC(sizeof(int64_t)));
      *junk = -1;
      auto* s = static_cast<char*>(GC_MALLOC_ATOMIC(12));
      std::memset(s, '#', 12);
    }
  }
  for (int i = 0; i < 20000; i++) {
    csp_string k = gcstr("key-" + std::to_string(i));
    auto* v = static_cast<int64_t**>(csp_map_access(mt, m, &k));
    ASSERT_NE(v, nullptr) << i;
    ASSERT_EQ(**v, i * 3) << i;
  }
  int n = 0;
  range(mt, m, [&](void* k, void*) {
    EXPECT_EQ(str(k).rfind("key-", 0), 0u);
    n++;
  });
  EXPECT_EQ(n, 20000);
}

// An iterator keeps the table it walks alive after the map replaced it.
TEST(MapGc, IteratorKeepsOldTableAlive) {
  const csp_type* mt = map_type(&kString, &kInt);
  csp_map* m = csp_map_make(mt, 0);
  for (int i = 0; i < 1000; i++) {
    csp_string k = gcstr("old" + std::to_string(i));
    *static_cast<int64_t*>(csp_map_assign(mt, m, &k)) = i;
  }
  std::set<std::string> seen;
  int step = 0;
  range(mt, m, [&](void* k, void*) {
    if (str(k).rfind("old", 0) == 0) seen.insert(str(k));
    if (step++ == 0) {
      for (int i = 0; i < 20000; i++) {
        csp_string n = gcstr("new" + std::to_string(i));
        csp_map_assign(mt, m, &n);
      }
      GC_gcollect();
      for (int i = 0; i < 100000; i++) std::memset(GC_MALLOC(64), 0x5a, 64);
    }
  });
  EXPECT_EQ(seen.size(), 1000u);
}

// Maps that become garbage are collected: the heap stays bounded.
TEST(MapGc, DroppedMapsAreCollected) {
  const csp_type* mt = map_type(&kInt, &kString);
  GC_gcollect();
  const size_t base = GC_get_heap_size();
  size_t peak = base;
  for (int round = 0; round < 3000; round++) {
    csp_map* m = csp_map_make(mt, 0);
    for (int64_t i = 0; i < 1000; i++) {
      csp_string v = gcstr("v");
      std::memcpy(csp_map_assign(mt, m, &i), &v, sizeof v);
    }
    EXPECT_EQ(m->count, 1000);
    if (GC_get_heap_size() > peak) peak = GC_get_heap_size();
  }
  // 3000 maps of ~50 KiB (plus their rebuilt tables) would be > 150 MiB if kept.
  std::printf("[ heap    ] GC heap %.1f MiB, at most %.1f MiB over 3000 dropped 1000-entry maps\n",
              base / 1048576.0, peak / 1048576.0);
  EXPECT_LT(peak - base, size_t{64} << 20);
}

// ---- performance (reported, not asserted) ------------------------------------------------

double now_ns() {
  return std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void report(const char* what, double ns, int64_t n) { std::printf("[ perf    ] %-34s %7.1f ns/op\n", what, ns / n); }

TEST(MapPerf, Int64Keys) {
  constexpr int64_t kN = 1000000;
  const csp_type* mt = map_type(&kInt64, &kInt64);
  csp_map* m = csp_map_make(mt, 0);
  std::vector<int64_t> keys(kN);
  uint64_t x = 88172645463325252ull;
  for (auto& k : keys) {  // xorshift: random keys
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    k = static_cast<int64_t>(x);
  }
  double t0 = now_ns();
  for (int64_t i = 0; i < kN; i++) *static_cast<int64_t*>(csp_map_assign(mt, m, &keys[i])) = i;
  double t1 = now_ns();
  int64_t sum = 0;
  for (int64_t i = 0; i < kN; i++) sum += *static_cast<int64_t*>(csp_map_access(mt, m, &keys[i]));
  double t2 = now_ns();
  int64_t miss = 0;
  for (int64_t i = 0; i < kN; i++) miss += csp_map_access(mt, m, &i) != nullptr;
  double t3 = now_ns();
  int64_t n = 0;
  csp_map_iter it;
  csp_map_iter_init(mt, m, &it);
  while (csp_map_iter_next(&it)) n += *static_cast<int64_t*>(it.val) >= 0;
  double t4 = now_ns();
  for (int64_t i = 0; i < kN; i++) csp_map_delete(mt, m, &keys[i]);
  double t5 = now_ns();
  csp_map* seq = csp_map_make(mt, 0);
  for (int64_t i = 0; i < kN; i++) *static_cast<int64_t*>(csp_map_assign(mt, seq, &i)) = i;
  double t6 = now_ns();
  csp_map* hinted = csp_map_make(mt, kN);
  for (int64_t i = 0; i < kN; i++) *static_cast<int64_t*>(csp_map_assign(mt, hinted, &i)) = i;
  double t7 = now_ns();
  csp_map* small = csp_map_make(mt, 0);  // 1000 entries: in cache, the CPU cost alone
  for (int64_t i = 0; i < 1000; i++) *static_cast<int64_t*>(csp_map_assign(mt, small, &keys[i])) = i;
  double t8 = now_ns();
  int64_t ssum = 0;
  for (int64_t i = 0; i < kN; i++) ssum += *static_cast<int64_t*>(csp_map_access(mt, small, &keys[i % 1000]));
  double t9 = now_ns();
  for (int64_t i = 0; i < kN; i++) {
    csp_map_delete(mt, small, &keys[i % 1000]);
    *static_cast<int64_t*>(csp_map_assign(mt, small, &keys[i % 1000])) = i;
  }
  double t10 = now_ns();
  EXPECT_EQ(ssum, kN / 1000 * (999 * 1000 / 2));
  int64_t tiny_sum = 0;
  for (int64_t i = 0; i < kN / 10; i++) {  // short-lived small maps: make, 3 inserts, a lookup
    csp_map* t = csp_map_make(mt, 0);
    for (int64_t k = i; k < i + 3; k++) *static_cast<int64_t*>(csp_map_assign(mt, t, &k)) = k;
    tiny_sum += *static_cast<int64_t*>(csp_map_access(mt, t, &i));
  }
  double t11 = now_ns();
  EXPECT_EQ(tiny_sum, (kN / 10) * (kN / 10 - 1) / 2);
  EXPECT_EQ(sum, kN * (kN - 1) / 2);
  EXPECT_EQ(n, kN);
  EXPECT_EQ(m->count, 0);
  EXPECT_EQ(seq->count, kN);
  (void)miss;
  report("int64 insert (random keys, growing)", t1 - t0, kN);
  report("int64 lookup hit", t2 - t1, kN);
  report("int64 lookup miss", t3 - t2, kN);
  report("int64 iterate", t4 - t3, kN);
  report("int64 delete", t5 - t4, kN);
  report("int64 insert (0..n-1, growing)", t6 - t5, kN);
  report("int64 insert (0..n-1, hint n)", t7 - t6, kN);
  report("int64 lookup hit, 1000-entry map", t9 - t8, kN);
  report("int64 delete+insert, 1000-entry map", t10 - t9, kN);
  report("int64 make + 3 inserts + 1 lookup", t11 - t10, kN / 10);
}

TEST(MapPerf, StringKeys) {
  constexpr int64_t kN = 1000000;
  const csp_type* mt = map_type(&kString, &kInt64);
  csp_map* m = csp_map_make(mt, 0);
  // The key arrays live on the GC heap: a std::vector's memory is not scanned, so the key
  // bytes would be collected before the map references them.
  auto* keys = static_cast<csp_string*>(GC_MALLOC(kN * sizeof(csp_string)));
  for (int64_t i = 0; i < kN; i++) keys[i] = gcstr("key/" + std::to_string(i * 7919));
  double t0 = now_ns();
  for (int64_t i = 0; i < kN; i++) *static_cast<int64_t*>(csp_map_assign(mt, m, &keys[i])) = i;
  double t1 = now_ns();
  int64_t sum = 0;
  for (int64_t i = 0; i < kN; i++) sum += *static_cast<int64_t*>(csp_map_access(mt, m, &keys[i]));
  double t2 = now_ns();
  int64_t n = 0;
  csp_map_iter it;
  csp_map_iter_init(mt, m, &it);
  while (csp_map_iter_next(&it)) n += *static_cast<int64_t*>(it.val) >= 0;
  double t3 = now_ns();
  for (int64_t i = 0; i < kN; i++) csp_map_delete(mt, m, &keys[i]);
  double t4 = now_ns();
  csp_map* small = csp_map_make(mt, 0);  // 1000 entries: in cache, the CPU cost alone
  for (int64_t i = 0; i < 1000; i++) *static_cast<int64_t*>(csp_map_assign(mt, small, &keys[i])) = i;
  auto* copies = static_cast<csp_string*>(GC_MALLOC(1000 * sizeof(csp_string)));  // other bytes: a real compare
  for (int64_t i = 0; i < 1000; i++) copies[i] = gcstr(std::string(reinterpret_cast<const char*>(keys[i].ptr), keys[i].len));
  double t5 = now_ns();
  int64_t ssum = 0;
  for (int64_t i = 0; i < kN; i++) ssum += *static_cast<int64_t*>(csp_map_access(mt, small, &copies[i % 1000]));
  double t6 = now_ns();
  EXPECT_EQ(ssum, kN / 1000 * (999 * 1000 / 2));
  EXPECT_EQ(sum, kN * (kN - 1) / 2);
  EXPECT_EQ(n, kN);
  EXPECT_EQ(m->count, 0);
  report("string insert (growing)", t1 - t0, kN);
  report("string lookup hit", t2 - t1, kN);
  report("string iterate", t3 - t2, kN);
  report("string delete", t4 - t3, kN);
  report("string lookup hit, 1000-entry map", t6 - t5, kN);
}

}  // namespace
