// frontend/sema_lookup.cpp: fields, methods and method sets (go/types lookup.go): selector
// lookup through embedded fields, interface satisfaction and the reasons for its failures.
//
// Lookup is breadth-first by embedding depth, as the spec's selector rule says: the
// shallowest match wins, and two matches at the same depth are ambiguous. A method declared
// with a pointer receiver is in the method set of T only when the value is addressable or was
// reached through a pointer (Lookup::indirect).
#include <algorithm>
#include <set>

#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {

bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

// Name matching for selectors: unexported names match only within their package.
bool sameName(const std::string& a, const std::string& apkg, const std::string& b, const std::string& bpkg) {
  return a == b && (exported(a) || apkg.empty() || bpkg.empty() || apkg == bpkg);
}

struct Entry {
  const Type* type;
  std::vector<int> path;
  bool indirect;
};

}  // namespace

Lookup Checker::lookupFieldOrMethod(const Type* t, bool addressable, const std::string& name, const std::string& pkg) {
  Lookup res;
  if (name == "_") return res;
  // A defined pointer type P (type P *S) has no methods, but x.f still selects a field of *x
  // (go/types: look in the underlying pointer type, discard a method found there).
  if (auto* n = t->as<NamedType>(); n && n->under && n->under->kind == TypeKind::Pointer) {
    Lookup l = lookupFieldOrMethod(n->under, false, name, pkg);
    if (l.kind == Lookup::Method || l.kind == Lookup::IfaceMethod) return res;
    return l;
  }
  bool indirect = false;
  // *T: look in T (for a defined T, its method set includes the pointer methods); T may be
  // any type, a struct literal type included. A pointer to an interface has no methods.
  if (auto* p = t->as<PointerType>()) {
    if (p->elem->underlying()->kind == TypeKind::Interface) return res;
    t = p->elem;
    indirect = true;
  }
  std::vector<Entry> current = {{t, {}, indirect}};
  std::set<const NamedType*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    std::vector<Lookup> found;
    for (const Entry& e : current) {
      const Type* typ = e.type;
      if (auto* n = typ->as<NamedType>()) {
        if (seen.count(n)) continue;
        seen.insert(n);
        for (Object* m : n->methods) {
          if (!sameName(m->name, m->pkg, name, pkg)) continue;
          Lookup l;
          l.kind = Lookup::Method;
          l.path = e.path;
          l.method = m;
          l.sig = m->type ? m->type->as<Signature>() : nullptr;
          l.indirect = e.indirect;
          l.holder = n;
          found.push_back(l);
          break;
        }
        typ = n->under ? n->under : typ;
      }
      if (auto* st = typ->as<StructType>()) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          const StructField& f = st->fields[i];
          if (sameName(f.name, f.pkg, name, pkg)) {
            Lookup l;
            l.kind = Lookup::Field;
            l.path = e.path;
            l.path.push_back(static_cast<int>(i));
            l.fieldType = f.type;
            l.indirect = e.indirect;
            l.holder = e.type;
            found.push_back(l);
            continue;
          }
          if (!f.embedded) continue;
          const Type* ft = f.type;
          bool ind = e.indirect;
          if (auto* p = ft->as<PointerType>()) {
            ft = p->elem;
            ind = true;
          }
          std::vector<int> path = e.path;
          path.push_back(static_cast<int>(i));
          next.push_back({ft, path, ind});
        }
      } else if (auto* it = typ->as<InterfaceType>()) {
        for (size_t i = 0; i < it->methods.size(); i++) {
          if (!sameName(it->methods[i].name, it->methods[i].pkg, name, pkg)) continue;
          Lookup l;
          l.kind = Lookup::IfaceMethod;
          l.path = e.path;
          l.sig = it->methods[i].sig;
          l.ifaceIndex = static_cast<int>(i);
          l.indirect = e.indirect;
          l.holder = e.type;
          found.push_back(l);
        }
      }
    }
    if (found.size() == 1) {
      res = found[0];
      if (res.kind == Lookup::Method && res.method->ptrRecv && !res.indirect && !addressable) {
        res.needsAddr = true;  // in the method set of *T only
      }
      return res;
    }
    if (found.size() > 1) {
      res.kind = Lookup::Ambiguous;
      return res;
    }
    current = std::move(next);
  }
  return res;
}

const InterfaceMethod* Checker::missingMethod(const Type* t, const InterfaceType* iface, Object** alt, bool* ptrRecv) {
  if (alt) *alt = nullptr;
  if (ptrRecv) *ptrRecv = false;
  if (auto* ti = t->underlying()->as<InterfaceType>()) {
    for (const InterfaceMethod& m : iface->methods) {
      const InterfaceMethod* have = nullptr;
      for (const InterfaceMethod& h : ti->methods)
        if (sameName(h.name, h.pkg, m.name, m.pkg)) have = &h;
      if (!have || !identical(have->sig, m.sig)) return &m;
    }
    return nullptr;
  }
  for (const InterfaceMethod& m : iface->methods) {
    Lookup l = lookupFieldOrMethod(t, false, m.name, m.pkg);
    if (l.kind == Lookup::Method) {
      bool wrong = l.needsAddr || !l.sig || !identical(l.sig, m.sig);
      if (!wrong) continue;
      if (alt) *alt = l.method;  // only the failing method's (a matched one must not linger)
      if (l.needsAddr && ptrRecv) *ptrRecv = true;
      return &m;
    }
    if (l.kind == Lookup::IfaceMethod && l.sig && identical(l.sig, m.sig)) continue;  // embedded interface
    return &m;
  }
  return nullptr;
}

// The parenthesised reason Go gives for "T does not implement I (...)".
std::string Checker::missingMethodCause(const Type* t, const Type* ifaceType) {
  auto* iface = ifaceType->underlying()->as<InterfaceType>();
  if (!iface) return "";
  Object* alt = nullptr;
  bool ptrRecv = false;
  const InterfaceMethod* m = missingMethod(t, iface, &alt, &ptrRecv);
  if (!m) return "";
  auto funcString = [](const std::string& name, const Type* sig) {
    std::string s = sig ? sig->str() : "func()";
    return name + s.substr(4);  // "func(int) string" -> "M(int) string"
  };
  if (ptrRecv) return "(method " + m->name + " has pointer receiver)";
  if (alt && alt->type)
    return "(wrong type for method " + m->name + ")\n\t\thave " + funcString(alt->name, alt->type) + "\n\t\twant " +
           funcString(m->name, m->sig);
  if (auto* ti = t->underlying()->as<InterfaceType>()) {
    for (const InterfaceMethod& h : ti->methods)
      if (h.name == m->name)
        return "(wrong type for method " + m->name + ")\n\t\thave " + funcString(h.name, h.sig) + "\n\t\twant " +
               funcString(m->name, m->sig);
  }
  if (auto* p = t->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Interface)
    return "(type " + t->str() + " is pointer to interface, not interface)";
  return "(missing method " + m->name + ")";
}

bool Checker::implements(const Type* t, const Type* iface, std::string* cause) {
  auto* it = iface->underlying()->as<InterfaceType>();
  if (!it) return false;
  if (!missingMethod(t, it, nullptr, nullptr)) return true;
  if (cause) *cause = missingMethodCause(t, iface);
  return false;
}

}  // namespace csp::sema
