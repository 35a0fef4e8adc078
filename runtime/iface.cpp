// runtime/iface.cpp: interface tables built at run time (csp_itab_get), for conversions the
// compiler cannot resolve statically: interface-to-interface assignments and assertions to
// an interface type; and == on interface values of one dynamic type (csp_iface_eq, over
// typeops.h). The compiler emits the itabs of concrete-to-interface conversions
// itself; these are built on first use and cached for the life of the process.
//
// A type implements an interface iff for each interface method (sorted by name) the type's
// method set (sorted by name) has a method of the same name whose signature is identical.
// Signatures are compared by descriptor, or by canonical name when two descriptors describe
// the same function type (the runtime's own error types carry their own "func() string").
//
// Threads and locks: g_itabs (the cache) is guarded by g_itab_mu; itabs are never freed, so a
// pointer handed out stays valid without the lock.
#include "runtime/csp_rt.h"
#include "runtime/typeops.h"

#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>

namespace {

std::mutex g_itab_mu;
std::map<std::pair<const csp_type*, const csp_type*>, const csp_itab*> g_itabs;  // NULL: does not implement

bool same_signature(const csp_type* a, const csp_type* b) {
  return a == b || (a && b && a->hash == b->hash && std::strcmp(a->name, b->name) == 0);
}

const csp_itab* build(const csp_type* iface, const csp_type* type) {
  size_t n = iface->nmethods;
  auto* tab = static_cast<csp_itab*>(std::malloc(sizeof(csp_itab) + n * sizeof(void*)));
  tab->iface = iface;
  tab->type = type;
  uint32_t j = 0;
  for (size_t i = 0; i < n; i++) {
    const csp_method& want = iface->methods[i];
    while (j < type->nmethods && std::strcmp(type->methods[j].name, want.name) < 0) j++;
    if (j == type->nmethods || std::strcmp(type->methods[j].name, want.name) != 0 ||
        !same_signature(type->methods[j].type, want.type)) {
      std::free(tab);
      return nullptr;
    }
    tab->fn[i] = type->methods[j].fn;
  }
  return tab;
}

}  // namespace

extern "C" const csp_itab* csp_itab_get(const csp_type* iface, const csp_type* type) {
  if (type == nullptr) return nullptr;
  std::lock_guard<std::mutex> lock(g_itab_mu);
  auto key = std::make_pair(iface, type);
  auto it = g_itabs.find(key);
  if (it != g_itabs.end()) return it->second;
  const csp_itab* tab = build(iface, type);
  g_itabs.emplace(key, tab);
  return tab;
}

extern "C" bool csp_iface_eq(const csp_type* t, uint64_t a, uint64_t b) {
  return csp::rt::iface_data_equal(t, a, b);
}
