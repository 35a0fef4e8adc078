// jit/codegen_types.cpp: csp types in LLVM terms: llvm::Type of a csp Type, constants of a
// type, and type descriptors (csp_type globals, Known to compiler: runtime/csp_rt.h).
//
// Mapping: bool -> i1; int/uint/int64/uint64/uintptr -> i64; int32/uint32/rune -> i32;
// int16/uint16 -> i16; int8/uint8/byte -> i8; float64 -> double; float32 -> float;
// string -> {ptr, i64}; interfaces -> csp_any {ptr, i64}; a tuple -> an anonymous struct.
// Named types map like their underlying type.
#include "jit/codegen.h"

namespace csp {

llvm::Type* ModuleGen::llvmType(const Type* t) {
  llvm::LLVMContext& c = ctx_;
  if (!t) return llvm::Type::getInt64Ty(c);
  if (auto* tup = t->as<TupleType>()) {
    std::vector<llvm::Type*> elems;
    for (const Type* e : tup->elems) elems.push_back(llvmType(e));
    return llvm::StructType::get(c, elems);
  }
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::UntypedBool:
      return llvm::Type::getInt1Ty(c);
    case TypeKind::Int8: case TypeKind::Uint8:
      return llvm::Type::getInt8Ty(c);
    case TypeKind::Int16: case TypeKind::Uint16:
      return llvm::Type::getInt16Ty(c);
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::UntypedRune:
      return llvm::Type::getInt32Ty(c);
    case TypeKind::Int: case TypeKind::Int64: case TypeKind::Uint: case TypeKind::Uint64:
    case TypeKind::Uintptr: case TypeKind::UntypedInt:
      return llvm::Type::getInt64Ty(c);
    case TypeKind::Float32:
      return llvm::Type::getFloatTy(c);
    case TypeKind::Float64: case TypeKind::UntypedFloat:
      return llvm::Type::getDoubleTy(c);
    case TypeKind::String: case TypeKind::UntypedString:
      return rt_->stringTy();
    case TypeKind::Interface:
      return rt_->anyTy();
    default:
      // Not in this milestone (sema reports it); any pointer-sized placeholder will do.
      return llvm::PointerType::getUnqual(c);
  }
}

llvm::Type* ModuleGen::resultType(const Signature* sig) {
  if (!sig || sig->results.empty()) return llvm::Type::getVoidTy(ctx_);
  if (sig->results.size() == 1) return llvmType(sig->results[0]);
  std::vector<llvm::Type*> elems;
  for (const Type* r : sig->results) elems.push_back(llvmType(r));
  return llvm::StructType::get(ctx_, elems);
}

llvm::FunctionType* ModuleGen::funcType(const Signature* sig) {
  std::vector<llvm::Type*> params;
  if (sig)
    for (const Type* p : sig->params) params.push_back(llvmType(p));
  return llvm::FunctionType::get(resultType(sig), params, false);
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

struct KindInfo {
  uint32_t kind;  // enum csp_kind
  const char* name;
};

// %T's name and reflect.Kind of a basic type (byte prints as uint8, rune as int32).
KindInfo basicKind(TypeKind k) {
  switch (k) {
    case TypeKind::Bool: return {1, "bool"};
    case TypeKind::Int: return {2, "int"};
    case TypeKind::Int8: return {3, "int8"};
    case TypeKind::Int16: return {4, "int16"};
    case TypeKind::Int32: return {5, "int32"};
    case TypeKind::Int64: return {6, "int64"};
    case TypeKind::Uint: return {7, "uint"};
    case TypeKind::Uint8: return {8, "uint8"};
    case TypeKind::Uint16: return {9, "uint16"};
    case TypeKind::Uint32: return {10, "uint32"};
    case TypeKind::Uint64: return {11, "uint64"};
    case TypeKind::Uintptr: return {12, "uintptr"};
    case TypeKind::Float32: return {13, "float32"};
    case TypeKind::Float64: return {14, "float64"};
    case TypeKind::String: return {24, "string"};
    default: return {0, nullptr};
  }
}

}  // namespace

llvm::Constant* ModuleGen::typeDescriptor(const Type* t, Pos pos) {
  const Type* u = t->underlying();
  KindInfo info = basicKind(u->kind);
  if (!info.name) {
    notImplemented(pos, "type descriptor for " + t->str());
    return llvm::Constant::getNullValue(llvm::PointerType::getUnqual(ctx_));
  }
  // Keyed by the Type, not its name: two local `type T` in different functions are
  // different types with the same %T text ("main.T").
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end()) return it->second;
  std::string name = t->kind == TypeKind::Named ? "main." + t->str() : info.name;
  uint32_t size = u->kind == TypeKind::String ? 16 : static_cast<uint32_t>(u->sizeBytes());
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  auto* init = llvm::ConstantStruct::get(
      rt_->typeTy(), {llvm::ConstantInt::get(i32, info.kind), llvm::ConstantInt::get(i32, size),
                      cString(name)});
  auto* g = new llvm::GlobalVariable(*mod_, rt_->typeTy(), true, llvm::GlobalValue::PrivateLinkage,
                                     init, "csp.type." + name);
  typeDescs_[t] = g;
  return g;
}

}  // namespace csp
