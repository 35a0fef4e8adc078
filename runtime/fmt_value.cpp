// runtime/fmt_value.cpp: the pieces of Go's reflect that fmt uses (reflect.Value's Int, Uint,
// Float, String, Len, Index, Field, Elem, IsNil, Pointer, Interface), over csp_type
// descriptors and values in memory laid out as csp_rt.h describes:
//  - basic kinds at their natural size; a direct operand's value is the low bytes of its
//    csp_any data word (little-endian), so the word's address serves as the value's address;
//  - strings csp_string, slices csp_slice, arrays and structs inline (element stride = the
//    element's size, fields at their offsets), pointers/maps/chans/funcs one pointer;
//  - interfaces csp_any {type, data} when the descriptor has CSP_TF_EMPTY_IFACE, else
//    csp_iface {itab, data}; the data word holds a direct value or points at the value.
#include "runtime/fmt.h"
#include "runtime/typeops.h"

#include <cstring>

namespace csp::rt {

namespace {

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

Value value_of(const csp_any& a) {
  if (a.type == nullptr) return {};
  return {a.type, iface_value_ptr(a.type, &a.data), false};
}

int64_t value_int(const Value& v) {
  switch (v.type->kind) {
    case CSP_KIND_INT8: return load<int8_t>(v.ptr);
    case CSP_KIND_INT16: return load<int16_t>(v.ptr);
    case CSP_KIND_INT32: return load<int32_t>(v.ptr);
    default: return load<int64_t>(v.ptr);
  }
}

uint64_t value_uint(const Value& v) {
  switch (v.type->kind) {
    case CSP_KIND_UINT8: return load<uint8_t>(v.ptr);
    case CSP_KIND_UINT16: return load<uint16_t>(v.ptr);
    case CSP_KIND_UINT32: return load<uint32_t>(v.ptr);
    default: return load<uint64_t>(v.ptr);
  }
}

double value_float(const Value& v) {
  if (v.type->kind == CSP_KIND_FLOAT32) return load<float>(v.ptr);
  return load<double>(v.ptr);
}

void value_complex(const Value& v, double* re, double* im) {
  if (v.type->kind == CSP_KIND_COMPLEX64) {
    *re = load<float>(v.ptr);
    *im = load<float>(static_cast<const char*>(v.ptr) + 4);
  } else {
    *re = load<double>(v.ptr);
    *im = load<double>(static_cast<const char*>(v.ptr) + 8);
  }
}

bool value_bool(const Value& v) { return load<uint8_t>(v.ptr) != 0; }

std::string_view value_string(const Value& v) {
  auto s = load<csp_string>(v.ptr);
  if (s.len <= 0) return {};
  return {reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}

int64_t value_len(const Value& v) {
  switch (v.type->kind) {
    case CSP_KIND_ARRAY: return v.type->len;
    case CSP_KIND_SLICE: return load<csp_slice>(v.ptr).len;
    case CSP_KIND_STRING: return load<csp_string>(v.ptr).len;
    case CSP_KIND_MAP: {
      auto* m = load<const csp_map*>(v.ptr);
      return m ? m->count : 0;
    }
    default: return 0;
  }
}

Value value_index(const Value& v, int64_t i) {
  const csp_type* e = v.type->elem;
  const char* base = v.type->kind == CSP_KIND_SLICE ? static_cast<const char*>(load<csp_slice>(v.ptr).ptr)
                                                    : static_cast<const char*>(v.ptr);
  return {e, base + static_cast<uint64_t>(i) * e->size, v.ro};
}

Value value_field(const Value& v, uint32_t i) {
  const csp_field& f = v.type->fields[i];
  return {f.type, static_cast<const char*>(v.ptr) + f.offset, v.ro || !f.exported};
}

Value value_elem(const Value& v) {
  if (v.type->kind == CSP_KIND_POINTER) return {v.type->elem, load<const void*>(v.ptr), v.ro};
  // An interface: its dynamic value, in the interface's own memory.
  const csp_type* dyn = iface_dynamic_type(v.type, v.ptr);
  if (dyn == nullptr) return {};
  return {dyn, iface_value_ptr(dyn, static_cast<const uint64_t*>(v.ptr) + 1), v.ro};
}

bool value_is_nil(const Value& v) {
  switch (v.type->kind) {
    case CSP_KIND_SLICE: return load<csp_slice>(v.ptr).ptr == nullptr;
    case CSP_KIND_INTERFACE: return load<const void*>(v.ptr) == nullptr;
    default: return load<const void*>(v.ptr) == nullptr;
  }
}

uintptr_t value_pointer(const Value& v) {
  switch (v.type->kind) {
    case CSP_KIND_SLICE: return reinterpret_cast<uintptr_t>(load<csp_slice>(v.ptr).ptr);
    case CSP_KIND_FUNC: {  // Go: the code pointer, the first word of the closure
      auto* c = load<const csp_closure*>(v.ptr);
      return c ? reinterpret_cast<uintptr_t>(c->fn) : 0;
    }
    default: return reinterpret_cast<uintptr_t>(load<const void*>(v.ptr));
  }
}

csp_any interface_of(const Value& v) {
  if (v.type->kind == CSP_KIND_INTERFACE) {
    const csp_type* dyn = iface_dynamic_type(v.type, v.ptr);
    return {dyn, dyn ? load<uint64_t>(static_cast<const uint64_t*>(v.ptr) + 1) : 0};
  }
  if (!(v.type->flags & CSP_TF_DIRECT)) return {v.type, reinterpret_cast<uintptr_t>(v.ptr)};
  uint64_t data = 0;
  switch (v.type->kind) {  // the data word's encoding (csp_rt.h)
    case CSP_KIND_INT: case CSP_KIND_INT8: case CSP_KIND_INT16: case CSP_KIND_INT32:
    case CSP_KIND_INT64: data = static_cast<uint64_t>(value_int(v)); break;
    case CSP_KIND_BOOL: data = value_bool(v) ? 1 : 0; break;
    default: {
      size_t n = v.type->size < 8 ? static_cast<size_t>(v.type->size) : 8;
      std::memcpy(&data, v.ptr, n);
    }
  }
  return {v.type, data};
}

const csp_method* find_method(const csp_type* t, const char* name, const char* sig) {
  if (t == nullptr) return nullptr;
  for (uint32_t i = 0; i < t->nmethods; i++) {
    const csp_method& m = t->methods[i];
    if (std::strcmp(m.name, name) != 0) continue;  // (tables are small: no binary search)
    if (m.fn != nullptr && m.type != nullptr && std::strcmp(m.type->name, sig) == 0) return &m;
    return nullptr;
  }
  return nullptr;
}

}  // namespace csp::rt
