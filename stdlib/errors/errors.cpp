// stdlib/errors/errors.cpp: what package errors needs from type descriptors
// (stdlib/errors/errors.csp): comparability of a dynamic type (errors.Is), and errors.As's
// checks and assignment through its target pointer.
#include <cstring>

#include "stdlib_bridges.h"

namespace {

bool implementsError(const csp_type* t) {
  for (uint32_t i = 0; i < t->nmethods; i++)
    if (std::strcmp(t->methods[i].name, "Error") == 0 && t->methods[i].type &&
        std::strcmp(t->methods[i].type->name, "func() string") == 0)
      return true;
  return false;
}

bool sameType(const csp_type* a, const csp_type* b) {
  return a == b || (a && b && a->hash == b->hash && std::strcmp(a->name, b->name) == 0 && a->kind == b->kind);
}

}  // namespace

extern "C" {

bool csp_errors_comparable(const void* x_tab, uint64_t) {
  auto* t = static_cast<const csp_type*>(x_tab);
  return t == nullptr || (t->flags & CSP_TF_COMPARABLE) != 0;
}

// 0: target is a non-nil pointer to an interface or to a type implementing error; 1: not a
// non-nil pointer; 2: *target is neither.
int64_t csp_errors_targetKind(const void* target_tab, uint64_t target_data) {
  auto* t = static_cast<const csp_type*>(target_tab);
  if (t == nullptr || t->kind != CSP_KIND_POINTER || target_data == 0) return 1;
  const csp_type* e = t->elem;
  if (e->kind == CSP_KIND_INTERFACE || implementsError(e)) return 0;
  return 2;
}

// If err's dynamic type is assignable to *target's type, stores err there.
bool csp_errors_assignTo(const void* err_tab, uint64_t err_data, const void* target_tab, uint64_t target_data) {
  if (err_tab == nullptr) return false;
  const csp_type* dyn = static_cast<const csp_itab*>(err_tab)->type;
  const csp_type* elem = static_cast<const csp_type*>(target_tab)->elem;
  void* dst = reinterpret_cast<void*>(target_data);
  if (elem->kind == CSP_KIND_INTERFACE) {
    const void* tab = dyn;
    if (!(elem->flags & CSP_TF_EMPTY_IFACE)) {
      tab = csp_itab_get(elem, dyn);
      if (tab == nullptr) return false;
    }
    auto* any = static_cast<csp_any*>(dst);
    any->type = static_cast<const csp_type*>(tab);
    any->data = err_data;
    return true;
  }
  if (!sameType(dyn, elem)) return false;
  if (elem->flags & CSP_TF_DIRECT) std::memcpy(dst, &err_data, elem->size);
  else std::memcpy(dst, reinterpret_cast<const void*>(err_data), elem->size);
  return true;
}

}  // extern "C"
