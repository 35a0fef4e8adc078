// frontend/types.cpp: csp's types, objects, scopes and the universe (see types.h).
//
// Invariants: composite unnamed types are interned by TypeContext (pointerTo, sliceOf, ...);
// Signature/Struct/Interface/Named are not, so identical() compares those structurally. Type
// strings follow go/types' TypeString with types of package main printed unqualified.
#include "frontend/types.h"

#include <sstream>

namespace csp {

// ---------------------------------------------------------------------------------------------
// Type predicates.

const Type* Type::underlying() const {
  if (auto* n = as<NamedType>()) return n->under ? n->under : this;
  return this;
}

static TypeKind ukind(const Type* t) { return t->underlying()->kind; }

bool Type::isBasic() const {
  TypeKind k = ukind(this);
  return k != TypeKind::Invalid && k <= TypeKind::UntypedNil;
}
bool Type::isBoolean() const {
  TypeKind k = ukind(this);
  return k == TypeKind::Bool || k == TypeKind::UntypedBool;
}
bool Type::isInteger() const {
  TypeKind k = ukind(this);
  return (k >= TypeKind::Int && k <= TypeKind::Uintptr) || k == TypeKind::UntypedInt ||
         k == TypeKind::UntypedRune;
}
bool Type::isUnsigned() const {
  TypeKind k = ukind(this);
  return k >= TypeKind::Uint && k <= TypeKind::Uintptr;
}
bool Type::isFloat() const {
  TypeKind k = ukind(this);
  return k == TypeKind::Float32 || k == TypeKind::Float64 || k == TypeKind::UntypedFloat;
}
bool Type::isNumeric() const {
  TypeKind k = ukind(this);
  return isInteger() || isFloat() || k == TypeKind::Complex64 || k == TypeKind::Complex128;
}
bool Type::isString() const {
  TypeKind k = ukind(this);
  return k == TypeKind::String || k == TypeKind::UntypedString;
}
bool Type::isUntyped() const {
  // Untyped types are never named.
  return kind >= TypeKind::UntypedBool && kind <= TypeKind::UntypedNil;
}
bool Type::isOrdered() const { return isInteger() || isFloat() || isString(); }

int Type::sizeBytes() const {
  switch (ukind(this)) {
    case TypeKind::Bool: case TypeKind::Int8: case TypeKind::Uint8: return 1;
    case TypeKind::Int16: case TypeKind::Uint16: return 2;
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::Float32: return 4;
    case TypeKind::Int: case TypeKind::Int64: case TypeKind::Uint: case TypeKind::Uint64:
    case TypeKind::Uintptr: case TypeKind::Float64: case TypeKind::Complex64:
    case TypeKind::UnsafePointer: case TypeKind::Pointer: case TypeKind::Map:
    case TypeKind::Chan: case TypeKind::Signature:
      return 8;
    case TypeKind::Complex128: case TypeKind::String: case TypeKind::Interface: return 16;
    case TypeKind::Slice: return 24;
    default: return 8;
  }
}

// ---------------------------------------------------------------------------------------------
// Type strings (go/types' TypeString).

static void writeType(std::ostringstream& os, const Type* t);

static void writeTuple(std::ostringstream& os, const std::vector<const Type*>& ts,
                       const std::vector<std::string>& names, bool variadic) {
  os << '(';
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) os << ", ";
    if (i < names.size() && !names[i].empty()) os << names[i] << ' ';
    if (variadic && i + 1 == ts.size() && ts[i]->kind == TypeKind::Slice) {
      os << "...";
      writeType(os, static_cast<const SliceType*>(ts[i])->elem);
    } else {
      writeType(os, ts[i]);
    }
  }
  os << ')';
}

static void writeSignature(std::ostringstream& os, const Signature* s) {
  writeTuple(os, s->params, s->paramNames, s->variadic);
  if (s->results.empty()) return;
  os << ' ';
  bool named = !s->resultNames.empty() && !s->resultNames[0].empty();
  if (s->results.size() == 1 && !named) {
    writeType(os, s->results[0]);
    return;
  }
  writeTuple(os, s->results, s->resultNames, false);
}

static void writeType(std::ostringstream& os, const Type* t) {
  if (!t) { os << "<nil>"; return; }
  switch (t->kind) {
    case TypeKind::Invalid: os << "invalid type"; return;
    case TypeKind::Named: {
      // As types2 prints for the main package: its own types bare, another package's
      // qualified by the package name (strings.Builder, *os.File, fs.FileMode).
      const Object* o = static_cast<const NamedType*>(t)->obj;
      if (!o->pkg.empty() && o->pkg != "main") os << o->pkg.substr(o->pkg.rfind('/') + 1) << '.';
      os << o->name;
      return;
    }
    case TypeKind::Pointer: os << '*'; writeType(os, static_cast<const PointerType*>(t)->elem); return;
    case TypeKind::Array: {
      auto* a = static_cast<const ArrayType*>(t);
      os << '[' << a->len << ']';
      writeType(os, a->elem);
      return;
    }
    case TypeKind::Slice: os << "[]"; writeType(os, static_cast<const SliceType*>(t)->elem); return;
    case TypeKind::Map: {
      auto* m = static_cast<const MapType*>(t);
      os << "map[";
      writeType(os, m->key);
      os << ']';
      writeType(os, m->val);
      return;
    }
    case TypeKind::Chan: {
      auto* c = static_cast<const ChanType*>(t);
      os << (c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ");
      writeType(os, c->elem);
      return;
    }
    case TypeKind::Signature: os << "func"; writeSignature(os, static_cast<const Signature*>(t)); return;
    case TypeKind::Struct: {
      auto* s = static_cast<const StructType*>(t);
      os << "struct{";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i) os << "; ";
        if (!s->fields[i].embedded) os << s->fields[i].name << ' ';
        writeType(os, s->fields[i].type);
      }
      os << '}';
      return;
    }
    case TypeKind::Interface: {
      auto* it = static_cast<const InterfaceType*>(t);
      if (it->empty()) { os << "any"; return; }
      os << "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        if (i) os << "; ";
        os << it->methods[i].name;
        writeSignature(os, it->methods[i].sig);
      }
      os << '}';
      return;
    }
    case TypeKind::Tuple: writeTuple(os, static_cast<const TupleType*>(t)->elems, {}, false); return;
    case TypeKind::Task: {  // async T, async (T1, T2), async (); async (func()) keeps its parentheses
      auto& r = static_cast<const TaskType*>(t)->results;
      os << "async ";
      if (r.size() == 1 && r[0]->kind != TypeKind::Signature) { writeType(os, r[0]); return; }
      os << '(';
      for (size_t i = 0; i < r.size(); i++) { if (i) os << ", "; writeType(os, r[i]); }
      os << ')';
      return;
    }
    default:
      if (auto* b = t->as<BasicType>()) { os << b->name; return; }
      os << "?";
  }
}

std::string Type::str() const {
  std::ostringstream os;
  writeType(os, this);
  return os.str();
}

// ---------------------------------------------------------------------------------------------
// Identity.

static bool isExported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

static bool identicalList(const std::vector<const Type*>& a, const std::vector<const Type*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!identical(a[i], b[i])) return false;
  return true;
}

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Named: return false;  // named types are identical only to themselves
    case TypeKind::Pointer:
      return identical(a->as<PointerType>()->elem, b->as<PointerType>()->elem);
    case TypeKind::Slice: return identical(a->as<SliceType>()->elem, b->as<SliceType>()->elem);
    case TypeKind::Array:
      return a->as<ArrayType>()->len == b->as<ArrayType>()->len &&
             identical(a->as<ArrayType>()->elem, b->as<ArrayType>()->elem);
    case TypeKind::Map:
      return identical(a->as<MapType>()->key, b->as<MapType>()->key) &&
             identical(a->as<MapType>()->val, b->as<MapType>()->val);
    case TypeKind::Chan:
      return a->as<ChanType>()->dir == b->as<ChanType>()->dir &&
             identical(a->as<ChanType>()->elem, b->as<ChanType>()->elem);
    case TypeKind::Tuple: return identicalList(a->as<TupleType>()->elems, b->as<TupleType>()->elems);
    case TypeKind::Task: return identicalList(a->as<TaskType>()->results, b->as<TaskType>()->results);
    case TypeKind::Signature: {
      auto* x = a->as<Signature>();
      auto* y = b->as<Signature>();
      return x->variadic == y->variadic &&
             identicalList(x->params, y->params) && identicalList(x->results, y->results);
    }
    case TypeKind::Struct: {
      auto& x = a->as<StructType>()->fields;
      auto& y = b->as<StructType>()->fields;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); i++)
        if (x[i].name != y[i].name || x[i].embedded != y[i].embedded || x[i].tag != y[i].tag ||
            !identical(x[i].type, y[i].type) || (!isExported(x[i].name) && x[i].pkg != y[i].pkg))
          return false;
      return true;
    }
    case TypeKind::Interface: {
      auto& x = a->as<InterfaceType>()->methods;
      auto& y = b->as<InterfaceType>()->methods;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); i++)
        if (x[i].name != y[i].name || !identical(x[i].sig, y[i].sig) ||
            (!isExported(x[i].name) && x[i].pkg != y[i].pkg))
          return false;
      return true;
    }
    default:
      // Basic types: same kind (byte == uint8, rune == int32).
      return a->isBasic() && b->isBasic();
  }
}

bool comparable(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Signature: return false;
    case TypeKind::Array: return comparable(u->as<ArrayType>()->elem);
    case TypeKind::Struct:
      for (const StructField& f : u->as<StructType>()->fields)
        if (!comparable(f.type)) return false;
      return true;
    default: return true;  // basic types, pointers, chans, interfaces (and invalid: no follow-up errors)
  }
}

Object* declaredMethod(const NamedType* n, const std::string& name) {
  for (Object* m : n->methods)
    if (m->name == name) return m;
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Scopes.

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  order_.push_back(obj);
  return nullptr;
}

Object* Scope::lookupLocal(const std::string& name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent_)
    if (Object* o = s->lookupLocal(name)) return o;
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// TypeContext.

template <class T> T* TypeContext::own(std::unique_ptr<T> p) {
  T* raw = p.get();
  types_.push_back(std::move(p));
  return raw;
}

namespace {
struct BasicDef { TypeKind kind; const char* name; };
constexpr BasicDef kBasics[] = {
    {TypeKind::Bool, "bool"}, {TypeKind::Int, "int"}, {TypeKind::Int8, "int8"},
    {TypeKind::Int16, "int16"}, {TypeKind::Int32, "int32"}, {TypeKind::Int64, "int64"},
    {TypeKind::Uint, "uint"}, {TypeKind::Uint8, "uint8"}, {TypeKind::Uint16, "uint16"},
    {TypeKind::Uint32, "uint32"}, {TypeKind::Uint64, "uint64"}, {TypeKind::Uintptr, "uintptr"},
    {TypeKind::Float32, "float32"}, {TypeKind::Float64, "float64"},
    {TypeKind::Complex64, "complex64"}, {TypeKind::Complex128, "complex128"},
    {TypeKind::String, "string"}, {TypeKind::UnsafePointer, "unsafe.Pointer"},
    {TypeKind::UntypedBool, "untyped bool"}, {TypeKind::UntypedInt, "untyped int"},
    {TypeKind::UntypedRune, "untyped rune"}, {TypeKind::UntypedFloat, "untyped float"},
    {TypeKind::UntypedString, "untyped string"}, {TypeKind::UntypedNil, "untyped nil"},
};
struct BuiltinDef { BuiltinId id; const char* name; };
constexpr BuiltinDef kBuiltins[] = {
    {kBuiltinAppend, "append"}, {kBuiltinCap, "cap"}, {kBuiltinClear, "clear"},
    {kBuiltinClose, "close"}, {kBuiltinComplex, "complex"}, {kBuiltinCopy, "copy"},
    {kBuiltinDelete, "delete"}, {kBuiltinImag, "imag"}, {kBuiltinLen, "len"},
    {kBuiltinMake, "make"}, {kBuiltinMax, "max"}, {kBuiltinMin, "min"}, {kBuiltinNew, "new"},
    {kBuiltinPanic, "panic"}, {kBuiltinPrint, "print"}, {kBuiltinPrintln, "println"},
    {kBuiltinReal, "real"}, {kBuiltinRecover, "recover"},
};
}  // namespace

TypeContext::TypeContext() {
  invalid_ = own(std::make_unique<BasicType>(TypeKind::Invalid, "invalid type"));
  universe_ = newScope(nullptr);
  auto declareType = [&](const char* name, const Type* t) {
    Object* o = newObject(ObjKind::TypeName, name, Pos{});
    o->type = t;
    universe_->insert(o);
  };
  for (const BasicDef& d : kBasics) {
    auto* b = own(std::make_unique<BasicType>(d.kind, d.name));
    basics_[static_cast<int>(d.kind)] = b;
    if (d.kind < TypeKind::UnsafePointer) declareType(d.name, b);
  }
  byte_ = own(std::make_unique<BasicType>(TypeKind::Uint8, "byte"));
  rune_ = own(std::make_unique<BasicType>(TypeKind::Int32, "rune"));
  declareType("byte", byte_);
  declareType("rune", rune_);

  InterfaceType* anyIface = newInterface();
  any_ = anyIface;
  declareType("any", any_);

  // type error interface { Error() string }
  Object* errObj = newObject(ObjKind::TypeName, "error", Pos{});
  NamedType* err = newNamed(errObj);
  Signature* errorMethod = newSignature();
  errorMethod->results.push_back(basic(TypeKind::String));
  errorMethod->resultNames.push_back("");
  InterfaceType* errIface = newInterface();
  errIface->methods.push_back(InterfaceMethod{"Error", errorMethod, ""});
  err->under = errIface;
  errObj->type = err;
  error_ = err;
  universe_->insert(errObj);

  auto declareConst = [&](const char* name, TypeKind k, Constant v) {
    Object* o = newObject(ObjKind::Const, name, Pos{});
    o->type = basic(k);
    o->value = std::move(v);
    universe_->insert(o);
  };
  declareConst("true", TypeKind::UntypedBool, Constant::makeBool(true));
  declareConst("false", TypeKind::UntypedBool, Constant::makeBool(false));
  declareConst("iota", TypeKind::UntypedInt, Constant::makeInt64(0));  // value supplied by sema

  Object* nilObj = newObject(ObjKind::Nil, "nil", Pos{});
  nilObj->type = basic(TypeKind::UntypedNil);
  universe_->insert(nilObj);

  for (const BuiltinDef& d : kBuiltins) {
    Object* o = newObject(ObjKind::Builtin, d.name, Pos{});
    o->builtin = d.id;
    o->type = invalid_;
    universe_->insert(o);
  }
}

const BasicType* TypeContext::basic(TypeKind k) const {
  int i = static_cast<int>(k);
  if (i <= 0 || i > static_cast<int>(TypeKind::UntypedNil)) bug("TypeContext::basic: not a basic kind");
  return basics_[i];
}

const PointerType* TypeContext::pointerTo(const Type* elem) {
  auto key = std::make_pair(static_cast<int>(TypeKind::Pointer), static_cast<const void*>(elem));
  auto it = unary_.find(key);
  if (it != unary_.end()) return static_cast<const PointerType*>(it->second);
  auto* t = own(std::make_unique<PointerType>(elem));
  unary_[key] = t;
  return t;
}

const SliceType* TypeContext::sliceOf(const Type* elem) {
  auto key = std::make_pair(static_cast<int>(TypeKind::Slice), static_cast<const void*>(elem));
  auto it = unary_.find(key);
  if (it != unary_.end()) return static_cast<const SliceType*>(it->second);
  auto* t = own(std::make_unique<SliceType>(elem));
  unary_[key] = t;
  return t;
}

const ArrayType* TypeContext::arrayOf(int64_t len, const Type* elem) {
  auto key = std::make_tuple(static_cast<int>(TypeKind::Array), len, static_cast<const void*>(elem),
                             static_cast<const void*>(nullptr));
  auto it = binary_.find(key);
  if (it != binary_.end()) return static_cast<const ArrayType*>(it->second);
  auto* t = own(std::make_unique<ArrayType>(len, elem));
  binary_[key] = t;
  return t;
}

const MapType* TypeContext::mapOf(const Type* key, const Type* val) {
  auto k = std::make_tuple(static_cast<int>(TypeKind::Map), int64_t{0}, static_cast<const void*>(key),
                           static_cast<const void*>(val));
  auto it = binary_.find(k);
  if (it != binary_.end()) return static_cast<const MapType*>(it->second);
  auto* t = own(std::make_unique<MapType>(key, val));
  binary_[k] = t;
  return t;
}

const ChanType* TypeContext::chanOf(ChanDir dir, const Type* elem) {
  auto k = std::make_tuple(static_cast<int>(TypeKind::Chan), static_cast<int64_t>(dir),
                           static_cast<const void*>(elem), static_cast<const void*>(nullptr));
  auto it = binary_.find(k);
  if (it != binary_.end()) return static_cast<const ChanType*>(it->second);
  auto* t = own(std::make_unique<ChanType>(dir, elem));
  binary_[k] = t;
  return t;
}

const TupleType* TypeContext::tupleOf(const std::vector<const Type*>& elems) {
  auto it = tuples_.find(elems);
  if (it != tuples_.end()) return it->second;
  auto* t = own(std::make_unique<TupleType>(elems));
  tuples_[elems] = t;
  return t;
}

const TaskType* TypeContext::taskOf(const std::vector<const Type*>& results) {
  auto it = tasks_.find(results);
  if (it != tasks_.end()) return it->second;
  auto* t = own(std::make_unique<TaskType>(results));
  tasks_[results] = t;
  return t;
}

Signature* TypeContext::newSignature() { return own(std::make_unique<Signature>()); }
StructType* TypeContext::newStruct() { return own(std::make_unique<StructType>()); }
InterfaceType* TypeContext::newInterface() { return own(std::make_unique<InterfaceType>()); }
NamedType* TypeContext::newNamed(Object* obj) { return own(std::make_unique<NamedType>(obj)); }

Object* TypeContext::newObject(ObjKind kind, std::string name, Pos pos) {
  auto o = std::make_unique<Object>();
  o->kind = kind;
  o->name = std::move(name);
  o->pos = pos;
  Object* raw = o.get();
  objects_.push_back(std::move(o));
  return raw;
}

Scope* TypeContext::newScope(Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>(parent));
  return scopes_.back().get();
}

const Constant* TypeContext::keep(Constant c) {
  constants_.push_back(std::make_unique<Constant>(std::move(c)));
  return constants_.back().get();
}

}  // namespace csp
