// jit/codegen_types.cpp: the calling convention's lowering of signatures (FuncABI),
// constants, and type descriptors (csp_type globals; Known to compiler: runtime/csp_rt.h).
//
// Descriptors are linkonce_odr constants named "csp.type." + the type's canonical key
// (Layout::key), so that every module mentioning a type refers to the same one (the REPL
// compiles each input as its own module): type identity at run time is pointer identity.
// A descriptor is created before its contents, so recursive types (type Node struct{ next
// *Node }) refer to themselves.
#include "jit/codegen.h"
#include "runtime/csp_rt.h"

namespace csp {

const FuncABI& ModuleGen::abi(const Signature* sig) {
  auto it = abis_.find(sig);
  if (it != abis_.end()) return *it->second;
  auto a = std::make_unique<FuncABI>();
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx_);
  std::vector<llvm::Type*> params = {ptr, ptr};
  std::vector<llvm::Type*> rets;
  if (sig->recv) a->params.push_back(sig->recv);
  for (const Type* p : sig->params) a->params.push_back(p);
  a->results = sig->results;
  for (const Type* r : sig->results) {
    if (isMemory(r)) {
      a->outArg.push_back(static_cast<int>(params.size()));
      a->retIndex.push_back(-1);
      params.push_back(ptr);
    } else {
      a->outArg.push_back(-1);
      a->retIndex.push_back(static_cast<int>(rets.size()));
      rets.push_back(llvmType(r));
    }
  }
  a->firstParam = static_cast<unsigned>(params.size());
  for (const Type* p : a->params) params.push_back(isMemory(p) ? ptr : llvmType(p));
  llvm::Type* ret = llvm::Type::getVoidTy(ctx_);
  if (rets.size() == 1) ret = rets[0];
  if (rets.size() > 1) {
    ret = llvm::StructType::get(ctx_, rets);
    a->retStruct = true;
  }
  a->type = llvm::FunctionType::get(ret, params, false);
  return *abis_.emplace(sig, std::move(a)).first->second;
}

llvm::Constant* ModuleGen::constant(const Constant& c, const Type* t, Pos pos) {
  const Type* u = t ? t->underlying() : nullptr;
  llvm::Type* ty = llvmType(t);
  if (c.isUnknown() || !u) return llvm::Constant::getNullValue(ty);
  if (u->isBoolean()) return llvm::ConstantInt::get(ty, c.boolVal() ? 1 : 0);
  if (u->isString()) return stringConst(c.stringVal());
  if (u->isInteger()) {
    Constant i = c.kind() == Constant::Kind::Float ? c.toInt() : c;
    if (u->isUnsigned()) return llvm::ConstantInt::get(ty, i.uint64Val(), false);
    return llvm::ConstantInt::getSigned(ty, i.int64Val());
  }
  if (u->kind == TypeKind::Float32) return llvm::ConstantFP::get(ty, c.toFloat().float32Val());
  if (u->isFloat()) return llvm::ConstantFP::get(ty, c.toFloat().float64Val());
  if (u->kind == TypeKind::UntypedNil || u->kind == TypeKind::Interface)
    return llvm::Constant::getNullValue(ty);
  notImplemented(pos, "constant of type " + t->str());
  return llvm::Constant::getNullValue(ty);
}

namespace {

// reflect.Kind of a type (csp_kind).
uint32_t kindOf(const Type* u) {
  switch (u->kind) {
    case TypeKind::Bool: return CSP_KIND_BOOL;
    case TypeKind::Int: return CSP_KIND_INT;
    case TypeKind::Int8: return CSP_KIND_INT8;
    case TypeKind::Int16: return CSP_KIND_INT16;
    case TypeKind::Int32: return CSP_KIND_INT32;
    case TypeKind::Int64: return CSP_KIND_INT64;
    case TypeKind::Uint: return CSP_KIND_UINT;
    case TypeKind::Uint8: return CSP_KIND_UINT8;
    case TypeKind::Uint16: return CSP_KIND_UINT16;
    case TypeKind::Uint32: return CSP_KIND_UINT32;
    case TypeKind::Uint64: return CSP_KIND_UINT64;
    case TypeKind::Uintptr: return CSP_KIND_UINTPTR;
    case TypeKind::Float32: return CSP_KIND_FLOAT32;
    case TypeKind::Float64: return CSP_KIND_FLOAT64;
    case TypeKind::String: return CSP_KIND_STRING;
    case TypeKind::Array: return CSP_KIND_ARRAY;
    case TypeKind::Chan: return CSP_KIND_CHAN;
    case TypeKind::Signature: return CSP_KIND_FUNC;
    case TypeKind::Interface: return CSP_KIND_INTERFACE;
    case TypeKind::Map: return CSP_KIND_MAP;
    case TypeKind::Pointer: return CSP_KIND_POINTER;
    case TypeKind::Slice: return CSP_KIND_SLICE;
    case TypeKind::Struct: return CSP_KIND_STRUCT;
    case TypeKind::UnsafePointer: return CSP_KIND_UNSAFE_POINTER;
    case TypeKind::Task: return CSP_KIND_UNSAFE_POINTER;  // (printed as an address, like a chan)
    default: return CSP_KIND_INVALID;
  }
}

uint32_t fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace

llvm::Constant* ModuleGen::typeDescriptor(const Type* t) {
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end()) return it->second;
  std::string key = layout_->key(t);
  std::string gname = "csp.type." + key;
  if (llvm::GlobalVariable* existing = mod_->getNamedGlobal(gname)) {  // an identical type
    typeDescs_[t] = existing;
    return existing;
  }
  auto* g = new llvm::GlobalVariable(*mod_, rt_->typeTy(), true, llvm::GlobalValue::LinkOnceODRLinkage,
                                     nullptr, gname);
  typeDescs_[t] = g;

  const TypeInfo& ti = layout_->info(t);
  const Type* u = t->underlying();
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  llvm::Constant* null = llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_));
  uint32_t flags = 0;
  if (ti.pointers) flags |= CSP_TF_POINTERS;
  if (ti.direct) flags |= CSP_TF_DIRECT;
  if (ti.comparable) flags |= CSP_TF_COMPARABLE;
  if (t->kind == TypeKind::Named) flags |= CSP_TF_NAMED;
  auto* iface = u->as<InterfaceType>();
  if (iface && iface->empty()) flags |= CSP_TF_EMPTY_IFACE;

  llvm::Constant* elem = null;
  llvm::Constant* keyDesc = null;
  int64_t len = 0;
  llvm::Constant* fields = null;
  uint32_t nfields = 0;
  if (auto* p = u->as<PointerType>()) elem = typeDescriptor(p->elem);
  if (auto* s = u->as<SliceType>()) elem = typeDescriptor(s->elem);
  if (auto* a = u->as<ArrayType>()) {
    elem = typeDescriptor(a->elem);
    len = a->len;
  }
  if (auto* c = u->as<ChanType>()) {
    elem = typeDescriptor(c->elem);
    len = c->dir == ChanDir::Send ? 1 : c->dir == ChanDir::Recv ? 2 : 0;
  }
  if (auto* m = u->as<MapType>()) {
    keyDesc = typeDescriptor(m->key);
    elem = typeDescriptor(m->val);
  }
  if (auto* st = u->as<StructType>(); st && !st->fields.empty()) {
    std::vector<llvm::Constant*> fs;
    for (size_t i = 0; i < st->fields.size(); i++) {
      const StructField& f = st->fields[i];
      bool exp = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
      fs.push_back(llvm::ConstantStruct::get(
          rt_->fieldTy(), {cString(f.name), typeDescriptor(f.type),
                           llvm::ConstantInt::get(i64, layout_->fieldOffset(st, i)),
                           llvm::ConstantInt::get(i32, f.embedded ? 1 : 0),
                           llvm::ConstantInt::get(i32, exp ? 1 : 0)}));
    }
    auto* arrTy = llvm::ArrayType::get(rt_->fieldTy(), fs.size());
    auto* fg = new llvm::GlobalVariable(*mod_, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                        llvm::ConstantArray::get(arrTy, fs), "csp.fields");
    fields = fg;
    nfields = static_cast<uint32_t>(fs.size());
  }
  // The method set: interface methods (no entries) or the type's methods with their interface
  // entries, sorted by name as sema sorts interface methods (itabs index by that order).
  llvm::Constant* methods = null;
  uint32_t nmethods = 0;
  auto qualified = [](const std::string& name, const std::string& pkg) {
    return (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') || pkg.empty() ? name : pkg + "." + name;
  };
  std::vector<llvm::Constant*> ms;
  if (iface) {
    for (const InterfaceMethod& m : iface->methods)
      ms.push_back(llvm::ConstantStruct::get(rt_->methodTy(), {cString(qualified(m.name, m.pkg)), typeDescriptor(m.sig), null}));
  } else {
    for (const MethodEntry& m : methodSet(t)) {
      if (!m.sig) continue;
      std::string pkg = m.method ? m.method->pkg : "";
      ms.push_back(llvm::ConstantStruct::get(rt_->methodTy(), {cString(qualified(m.name, pkg)), typeDescriptor(m.sig), ientry(t, m)}));
    }
  }
  if (!ms.empty()) {
    auto* arrTy = llvm::ArrayType::get(rt_->methodTy(), ms.size());
    methods = new llvm::GlobalVariable(*mod_, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                       llvm::ConstantArray::get(arrTy, ms), "csp.methods");
    nmethods = static_cast<uint32_t>(ms.size());
  }
  std::vector<llvm::Constant*> init = {
      llvm::ConstantInt::get(i32, kindOf(u)),
      llvm::ConstantInt::get(i32, flags),
      llvm::ConstantInt::get(i64, ti.size),
      cString(layout_->displayName(t)),
      elem,
      keyDesc,
      llvm::ConstantInt::get(i64, len),
      fields,
      methods,
      llvm::ConstantInt::get(i32, nfields),
      llvm::ConstantInt::get(i32, nmethods),
      llvm::ConstantInt::get(i32, ti.align),
      llvm::ConstantInt::get(i32, fnv1a(key)),
  };
  g->setInitializer(llvm::ConstantStruct::get(rt_->typeTy(), init));
  return g;
}

}  // namespace csp
