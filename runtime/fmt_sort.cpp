// runtime/fmt_sort.cpp: Go 1.19's internal/fmtsort (src/internal/fmtsort/sort.go): the
// entries of a map in a deterministic, sorted order of keys, for fmt's printing of maps.
//
//  - sort_map copies every entry (key and value) out of the map into one GC block before
//    anything is compared or printed: printing may call String methods that mutate the map,
//    and Go's reflect copies map entries into its Values as well.
//  - The order is Go's compare(): ints, uints, strings and floats by value (NaN first),
//    bool false < true, pointers and chans by address (nil first for chans), structs field by
//    field, arrays element by element, interfaces nil first, then by dynamic type, then by
//    value. The entries are sorted with Go's sort.Stable (stdlib/sort), so equal keys (NaNs)
//    keep the map's iteration order, as in Go.
//  - Dynamic types: Go compares the addresses of their runtime type descriptors, i.e. the
//    order in which its linker laid them out: by symbol size, then symbol name. type_rank
//    reproduces that from the csp descriptor (the size Go's descriptor of the same type would
//    have, then the type's name), so keys of mixed basic types print in Go's order; types
//    whose Go descriptor size is not known exactly (funcs, interfaces) may differ, and two
//    types with the same name (local types) are ordered by descriptor address.
#include "runtime/fmt.h"
#include "stdlib/sort/sort.h"

#include <cstring>
#include <gc/gc.h>

namespace csp::rt {

namespace {

int cmp3(bool less, bool greater) { return less ? -1 : greater ? 1 : 0; }

int float_compare(double a, double b) {
  if (a != a) return -1;  // no good answer if b is a NaN too, so don't bother checking
  if (b != b) return 1;
  return cmp3(a < b, a > b);
}

// fmtsort's nilCompare: ok false if neither is nil.
bool nil_compare(const Value& a, const Value& b, int* c) {
  bool an = value_is_nil(a), bn = value_is_nil(b);
  if (an) {
    *c = bn ? 0 : -1;
    return true;
  }
  if (bn) {
    *c = 1;
    return true;
  }
  return false;
}

// The size of Go 1.19's runtime type descriptor symbol for a type like t (runtime/type.go's
// rtype and its kind-specific extensions, plus uncommonType and methods for named types and
// types with methods, plus a struct's fields), which decides the layout order.
uint64_t go_type_symbol_size(const csp_type* t) {
  uint64_t n = 48;  // rtype
  switch (t->kind) {
    case CSP_KIND_ARRAY: n += 24; break;      // elem, slice, len
    case CSP_KIND_CHAN: n += 16; break;       // elem, dir
    case CSP_KIND_FUNC: n += 8; break;        // inCount, outCount (params not known here)
    case CSP_KIND_INTERFACE: n += 32 + 8 * static_cast<uint64_t>(t->nmethods); break;
    case CSP_KIND_MAP: n += 40; break;        // key, elem, bucket, hasher, sizes, flags
    case CSP_KIND_POINTER: case CSP_KIND_SLICE: n += 8; break;
    case CSP_KIND_STRUCT: n += 32 + 24 * static_cast<uint64_t>(t->nfields); break;
    default: break;
  }
  bool uncommon = (t->flags & CSP_TF_NAMED) != 0 || (t->kind != CSP_KIND_INTERFACE && t->nmethods > 0);
  if (uncommon) n += 16 + (t->kind == CSP_KIND_INTERFACE ? 0 : 16 * static_cast<uint64_t>(t->nmethods));
  return n;
}

// Builtin basic types are named in Go (they have uncommon types) but not CSP_TF_NAMED here.
uint64_t type_rank_size(const csp_type* t) {
  uint64_t n = go_type_symbol_size(t);
  bool basic = (t->kind >= CSP_KIND_BOOL && t->kind <= CSP_KIND_COMPLEX128) || t->kind == CSP_KIND_STRING ||
               t->kind == CSP_KIND_UNSAFE_POINTER;
  if (basic && !(t->flags & CSP_TF_NAMED) && t->nmethods == 0) n += 16;
  return n;
}

int type_compare(const csp_type* a, const csp_type* b) {
  if (a == b) return 0;
  uint64_t sa = type_rank_size(a), sb = type_rank_size(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  int c = std::strcmp(a->name, b->name);
  if (c != 0) return c < 0 ? -1 : 1;
  return std::less<const csp_type*>()(a, b) ? -1 : 1;
}

// sort.Interface over the SortedMap (fmtsort's SortedMap.Len/Less/Swap).
struct SortData {
  SortedMap& m;
  int64_t Len() { return static_cast<int64_t>(m.key.size()); }
  bool Less(int64_t i, int64_t j) { return fmtsort_compare(m.key[i], m.key[j]) < 0; }
  void Swap(int64_t i, int64_t j) {
    std::swap(m.key[i], m.key[j]);
    std::swap(m.value[i], m.value[j]);
  }
};

uint64_t round8(uint64_t n) { return (n + 7) & ~uint64_t{7}; }

}  // namespace

int fmtsort_compare(const Value& a, const Value& b) {
  if (a.type != b.type) return -1;  // no good answer possible, but don't return 0: they're not equal
  switch (a.type->kind) {
    case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16: case CSP_KIND_INT32:
    case CSP_KIND_INT64: {
      int64_t x = value_int(a), y = value_int(b);
      return cmp3(x < y, x > y);
    }
    case CSP_KIND_UINT: case CSP_KIND_UINT8: case CSP_KIND_UINT16: case CSP_KIND_UINT32:
    case CSP_KIND_UINT64: case CSP_KIND_UINTPTR: {
      uint64_t x = value_uint(a), y = value_uint(b);
      return cmp3(x < y, x > y);
    }
    case CSP_KIND_STRING: {
      int c = value_string(a).compare(value_string(b));
      return cmp3(c < 0, c > 0);
    }
    case CSP_KIND_FLOAT32: case CSP_KIND_FLOAT64: return float_compare(value_float(a), value_float(b));
    case CSP_KIND_COMPLEX64: case CSP_KIND_COMPLEX128: {
      double ar, ai, br, bi;
      value_complex(a, &ar, &ai);
      value_complex(b, &br, &bi);
      if (int c = float_compare(ar, br); c != 0) return c;
      return float_compare(ai, bi);
    }
    case CSP_KIND_BOOL: {
      bool x = value_bool(a), y = value_bool(b);
      return x == y ? 0 : x ? 1 : -1;
    }
    case CSP_KIND_POINTER: case CSP_KIND_UNSAFE_POINTER: {
      uintptr_t x = value_pointer(a), y = value_pointer(b);
      return cmp3(x < y, x > y);
    }
    case CSP_KIND_CHAN: {
      int c;
      if (nil_compare(a, b, &c)) return c;
      uintptr_t x = value_pointer(a), y = value_pointer(b);
      return cmp3(x < y, x > y);
    }
    case CSP_KIND_STRUCT:
      for (uint32_t i = 0; i < a.type->nfields; i++) {
        if (int c = fmtsort_compare(value_field(a, i), value_field(b, i)); c != 0) return c;
      }
      return 0;
    case CSP_KIND_ARRAY:
      for (int64_t i = 0; i < a.type->len; i++) {
        if (int c = fmtsort_compare(value_index(a, i), value_index(b, i)); c != 0) return c;
      }
      return 0;
    case CSP_KIND_INTERFACE: {
      int c;
      if (nil_compare(a, b, &c)) return c;
      Value ea = value_elem(a), eb = value_elem(b);
      if (int t = type_compare(ea.type, eb.type); t != 0) return t;
      return fmtsort_compare(ea, eb);
    }
    default:
      // Certain types cannot appear as keys (maps, funcs, slices); Go panics here.
      return -1;
  }
}

SortedMap sort_map(const Value& m) {
  SortedMap sorted;
  const csp_type* mt = m.type;
  auto* map = *static_cast<csp_map* const*>(m.ptr);
  int64_t n = map ? map->count : 0;
  if (n == 0) return sorted;
  uint64_t ks = round8(mt->key->size), vs = round8(mt->elem->size);
  uint64_t stride = ks + vs;
  auto* block = static_cast<char*>(GC_MALLOC(stride * static_cast<uint64_t>(n) + 1));
  sorted.storage = block;
  sorted.key.reserve(static_cast<size_t>(n));
  sorted.value.reserve(static_cast<size_t>(n));
  csp_map_iter it;
  csp_map_iter_init(mt, map, &it);
  for (int64_t i = 0; i < n && csp_map_iter_next(&it); i++) {
    char* k = block + stride * static_cast<uint64_t>(i);
    std::memcpy(k, it.key, mt->key->size);
    std::memcpy(k + ks, it.val, mt->elem->size);
    sorted.key.push_back({mt->key, k, m.ro});
    sorted.value.push_back({mt->elem, k + ks, m.ro});
  }
  SortData data{sorted};
  gosort::Stable(data);
  return sorted;
}

}  // namespace csp::rt
