// jit/runtime_abi.cpp: IR declarations of the runtime's entry points, built from
// runtime/entry_points.def (see runtime_abi.h), and the IR types of the ABI structures.
#include "jit/runtime_abi.h"

#include <llvm/IR/Function.h>

namespace csp {

namespace {

enum class Word { V, B, I32, I64, F64, P, STR, ANY };
enum Flags { NONE = 0, UNWIND = 1, NORETURN = 2, UNWIND_NORETURN = 3 };

struct EntryDesc {
  const char* name;
  Word ret;
  int flags;
  std::vector<Word> params;
};

const std::vector<EntryDesc>& entries() {
  using enum Word;
  static const std::vector<EntryDesc> table = {
#define CSP_RT(id, ret, flags, ...) {"csp_" #id, ret, flags, {__VA_ARGS__}},
#include "runtime/entry_points.def"
#undef CSP_RT
  };
  return table;
}

}  // namespace

RuntimeABI::RuntimeABI(llvm::Module& m) : mod_(m), decls_(entries().size()) {
  llvm::LLVMContext& c = m.getContext();
  llvm::Type* ptr = llvm::PointerType::getUnqual(c);
  llvm::Type* i32 = llvm::Type::getInt32Ty(c);
  llvm::Type* i64 = llvm::Type::getInt64Ty(c);
  string_ = llvm::StructType::get(c, {ptr, i64});
  slice_ = llvm::StructType::get(c, {ptr, i64, i64});
  any_ = llvm::StructType::get(c, {ptr, i64});
  type_ = llvm::StructType::get(c, {i32, i32, i64, ptr, ptr, ptr, i64, ptr, ptr, i32, i32, i32, i32});
  field_ = llvm::StructType::get(c, {ptr, ptr, i64, i32, i32});
  method_ = llvm::StructType::get(c, {ptr, ptr, ptr});
  defer_ = llvm::StructType::get(c, {ptr, ptr});
  mapIter_ = llvm::ArrayType::get(i64, 8);
}

std::vector<const char*> RuntimeABI::entryPointNames() {
  std::vector<const char*> names;
  for (const EntryDesc& e : entries()) names.push_back(e.name);
  return names;
}

bool RuntimeABI::mayUnwind(RtFn f) { return entries()[static_cast<size_t>(f)].flags & UNWIND; }
bool RuntimeABI::noReturn(RtFn f) { return entries()[static_cast<size_t>(f)].flags & NORETURN; }

llvm::StructType* RuntimeABI::itabTy(unsigned n) {
  llvm::LLVMContext& c = mod_.getContext();
  llvm::Type* ptr = llvm::PointerType::getUnqual(c);
  return llvm::StructType::get(c, {ptr, ptr, llvm::ArrayType::get(ptr, n)});
}

llvm::FunctionCallee RuntimeABI::fn(RtFn f) {
  llvm::FunctionCallee& d = decls_[static_cast<size_t>(f)];
  if (d) return d;
  const EntryDesc& e = entries()[static_cast<size_t>(f)];
  llvm::LLVMContext& c = mod_.getContext();
  auto irType = [&](Word w) -> llvm::Type* {
    switch (w) {
      case Word::V: return llvm::Type::getVoidTy(c);
      case Word::B: return llvm::Type::getInt1Ty(c);
      case Word::I32: return llvm::Type::getInt32Ty(c);
      case Word::I64: return llvm::Type::getInt64Ty(c);
      case Word::F64: return llvm::Type::getDoubleTy(c);
      case Word::P: return llvm::PointerType::getUnqual(c);
      case Word::STR: return string_;
      case Word::ANY: return any_;
    }
    return nullptr;
  };
  std::vector<llvm::Type*> params;
  for (Word w : e.params) params.push_back(irType(w));
  auto* fty = llvm::FunctionType::get(irType(e.ret), params, false);
  d = mod_.getOrInsertFunction(e.name, fty);
  auto* fn = llvm::cast<llvm::Function>(d.getCallee());
  if (!(e.flags & UNWIND)) fn->addFnAttr(llvm::Attribute::NoUnwind);
  if (e.flags & NORETURN) {
    fn->addFnAttr(llvm::Attribute::NoReturn);
    fn->addFnAttr(llvm::Attribute::Cold);
  }
  if (e.ret == Word::B) fn->addRetAttr(llvm::Attribute::ZExt);
  for (size_t i = 0; i < e.params.size(); i++)
    if (e.params[i] == Word::B) fn->addParamAttr(i, llvm::Attribute::ZExt);
  return d;
}

}  // namespace csp
