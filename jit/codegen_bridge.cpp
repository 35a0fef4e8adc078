// jit/codegen_bridge.cpp: calls of C++-implemented standard functions (frontend/bridge.h:
// the lowering, shared with tools/bridgegen's prototypes), and the intrinsics codegen expands
// inline instead (Object::intrinsic, set when the package is loaded).
//
// A bridge function used as a value gets a thunk with the csp calling convention
// ("csp.cbridge.<symbol>") that makes the bridge call.
// Arguments a C++ function receives are only borrowed (bridge.h), so boxing for its variadic
// `...any` parameters and copies of memory-typed arguments live in the caller's frame.
#include "frontend/bridge.h"
#include "jit/codegen.h"

namespace csp {

namespace {

llvm::Type* slotType(llvm::LLVMContext& c, const BridgeSlot& s) {
  switch (s.kind) {
    case BridgeSlot::Bool: return llvm::Type::getInt1Ty(c);
    case BridgeSlot::I8: return llvm::Type::getInt8Ty(c);
    case BridgeSlot::I16: return llvm::Type::getInt16Ty(c);
    case BridgeSlot::I32: return llvm::Type::getInt32Ty(c);
    case BridgeSlot::I64: return llvm::Type::getInt64Ty(c);
    case BridgeSlot::F32: return llvm::Type::getFloatTy(c);
    case BridgeSlot::F64: return llvm::Type::getDoubleTy(c);
    case BridgeSlot::Ptr: return llvm::PointerType::getUnqual(c);
  }
  return nullptr;
}

void extAttrs(llvm::AttrBuilder& ab, const BridgeSlot& s) {
  if (s.kind == BridgeSlot::Bool || ((s.kind == BridgeSlot::I8 || s.kind == BridgeSlot::I16) && !s.isSigned))
    ab.addAttribute(llvm::Attribute::ZExt);
  else if ((s.kind == BridgeSlot::I8 || s.kind == BridgeSlot::I16) && s.isSigned)
    ab.addAttribute(llvm::Attribute::SExt);
}

}  // namespace

// The extern "C" declaration of a bodiless standard function.
llvm::FunctionCallee ModuleGen::bridge(FuncDecl* decl, BridgeSig* outSig) {
  Object* f = decl->name->obj;
  auto* sig = f->type->as<Signature>();
  BridgeSig b = lowerBridge(sig, sig->recv, sig->paramNames);
  if (outSig) *outSig = b;
  // C++ may call any method of an interface it is given (sort.Interface, rand.Source).
  for (const Type* pt : sig->params) noteAllMethodsCalled(pt);
  if (sig->recv) noteAllMethodsCalled(sig->recv);
  std::string sym = bridgeSymbol(f->pkg, f->recvNamed ? f->recvNamed->obj->name : "", f->name);
  if (llvm::Function* existing = mod_->getFunction(sym)) return existing;
  std::vector<llvm::Type*> params;
  for (const BridgeSlot& s : b.params) params.push_back(slotType(ctx_, s));
  llvm::Type* ret = llvm::Type::getVoidTy(ctx_);
  if (b.ret == BridgeSig::Scalar) ret = slotType(ctx_, b.retSlot);
  if (b.ret == BridgeSig::Pair) ret = rt_->anyTy();
  auto* fty = llvm::FunctionType::get(ret, params, false);
  auto* fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, sym, *mod_);
  for (size_t i = 0; i < b.params.size(); i++) {
    llvm::AttrBuilder ab(ctx_);
    extAttrs(ab, b.params[i]);
    fn->addParamAttrs(static_cast<unsigned>(i), ab);
  }
  if (b.ret == BridgeSig::Scalar) {
    llvm::AttrBuilder ab(ctx_);
    extAttrs(ab, b.retSlot);
    fn->addRetAttrs(ab);
  }
  return fn;
}

// Calls bridge `decl` with csp values (a method's receiver first): each value is split into
// the slots of its type; results come back in registers or through out-pointers.
std::vector<llvm::Value*> FuncGen::callBridge(FuncDecl* decl, const std::vector<llvm::Value*>& vals) {
  BridgeSig b;
  llvm::FunctionCallee callee = m_.bridge(decl, &b);
  auto* sig = decl->name->obj->type->as<Signature>();
  std::vector<const Type*> types;
  if (sig->recv) types.push_back(sig->recv);
  for (const Type* p : sig->params) types.push_back(p);
  std::vector<llvm::Value*> args;
  for (size_t i = 0; i < vals.size() && i < types.size(); i++) {
    const Type* u = types[i]->underlying();
    llvm::Value* v = vals[i];
    switch (u->kind) {
      case TypeKind::String: case TypeKind::Interface:
        args.push_back(b_.CreateExtractValue(v, 0));
        args.push_back(b_.CreateExtractValue(v, 1));
        break;
      case TypeKind::Slice:
        args.push_back(b_.CreateExtractValue(v, 0));
        args.push_back(b_.CreateExtractValue(v, 1));
        args.push_back(b_.CreateExtractValue(v, 2));
        break;
      default: args.push_back(v); break;  // scalars, pointers, memory values (already addresses)
    }
  }
  std::vector<llvm::Value*> outs;
  if (b.outs)
    for (const Type* r : sig->results) {
      llvm::Value* slot = temp(r, "bridge.out");
      storeZero(slot, r);
      outs.push_back(slot);
      args.push_back(slot);
    }
  llvm::CallBase* call = emitCall(callee, args, true);
  if (b.outs) {
    std::vector<llvm::Value*> rs;
    for (size_t i = 0; i < sig->results.size(); i++) rs.push_back(load(outs[i], sig->results[i]));
    return rs;
  }
  if (sig->results.empty()) return {};
  if (b.ret == BridgeSig::Pair) {
    llvm::Type* want = m_.llvmType(sig->results[0]);  // {ptr, i64} either way
    (void)want;
    return {call};
  }
  return {call};
}

// A csp-convention thunk for a bridge function used as a value.
llvm::Function* ModuleGen::bridgeThunk(FuncDecl* decl) {
  Object* f = decl->name->obj;
  std::string name = "csp.cbridge." + bridgeSymbol(f->pkg, f->recvNamed ? f->recvNamed->obj->name : "", f->name);
  if (llvm::Function* existing = mod_->getFunction(name)) return existing;
  const FuncABI& a = abi(f->type->as<Signature>());
  llvm::Function* thunk = newFunction(a, name, "csp.cbridge", 0);
  FuncGen tg(*this, thunk, a, "csp.cbridge", 0);
  tg.genBridgeThunkBody(decl);
  return thunk;
}

void FuncGen::genBridgeThunkBody(FuncDecl* decl) {
  std::vector<llvm::Value*> vals;
  for (unsigned i = abi_.firstParam; i < fn_->arg_size(); i++) vals.push_back(fn_->getArg(i));
  genReturnValues(callBridge(decl, vals));
}

}  // namespace csp
