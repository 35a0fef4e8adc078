// jit/runtime_abi.cpp: IR declarations of the runtime's entry points (see runtime_abi.h).
//
// Known to compiler: every signature here mirrors runtime/csp_rt.h; keep them in sync.
#include "jit/runtime_abi.h"

#include <llvm/IR/Function.h>

namespace csp {

RuntimeABI::RuntimeABI(llvm::Module& m) : mod_(m) {
  llvm::LLVMContext& c = m.getContext();
  ptr_ = llvm::PointerType::getUnqual(c);
  i1_ = llvm::Type::getInt1Ty(c);
  i32_ = llvm::Type::getInt32Ty(c);
  i64_ = llvm::Type::getInt64Ty(c);
  f64_ = llvm::Type::getDoubleTy(c);
  void_ = llvm::Type::getVoidTy(c);
  string_ = llvm::StructType::get(c, {ptr_, i64_});
  any_ = llvm::StructType::get(c, {ptr_, i64_});
  type_ = llvm::StructType::get(c, {i32_, i32_, ptr_});
  pos_ = llvm::StructType::get(c, {ptr_, ptr_, i32_, i32_});
}

namespace {

constexpr const char* kEntryPointNames[] = {
#define CSP_RT_NAME(id, name) name,
    CSP_RUNTIME_ENTRY_POINTS(CSP_RT_NAME)
#undef CSP_RT_NAME
};

}  // namespace

llvm::ArrayRef<const char*> RuntimeABI::entryPointNames() { return kEntryPointNames; }

llvm::FunctionCallee RuntimeABI::decl(EntryPoint fn, llvm::Type* ret,
                                      llvm::ArrayRef<llvm::Type*> params, int flags) {
  auto* fty = llvm::FunctionType::get(ret, params, false);
  llvm::FunctionCallee callee = mod_.getOrInsertFunction(kEntryPointNames[fn], fty);
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
    f->addFnAttr(llvm::Attribute::NoUnwind);
    if (flags & kNoReturn) {
      f->addFnAttr(llvm::Attribute::NoReturn);
      f->addFnAttr(llvm::Attribute::Cold);
    }
    if (flags & kBoolRet) f->addRetAttr(llvm::Attribute::ZExt);
    if (flags & kBoolArg0) f->addParamAttr(0, llvm::Attribute::ZExt);
  }
  return callee;
}

llvm::FunctionCallee RuntimeABI::osExit() { return decl(kOsExit, void_, {i64_}, kNoReturn); }
llvm::FunctionCallee RuntimeABI::alloc() { return decl(kAlloc, ptr_, {i64_}); }

llvm::FunctionCallee RuntimeABI::strConcat() {
  return decl(kStrConcat, string_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::strCompare() {
  return decl(kStrCompare, i64_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::strEqual() {
  return decl(kStrEqual, i1_, {ptr_, i64_, ptr_, i64_}, kBoolRet);
}
llvm::FunctionCallee RuntimeABI::strFromRune() { return decl(kStrFromRune, string_, {i64_}); }
llvm::FunctionCallee RuntimeABI::strDecodeRune() {
  return decl(kStrDecodeRune, i64_, {ptr_, i64_, i64_, ptr_});
}

llvm::FunctionCallee RuntimeABI::panicIndex() {
  return decl(kPanicIndex, void_, {i64_, i64_, ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicSlice() {
  return decl(kPanicSlice, void_, {i32_, i64_, i64_, ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicDivide() {
  return decl(kPanicDivide, void_, {ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicShift() {
  return decl(kPanicShift, void_, {ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicValue() {
  return decl(kPanicValue, void_, {ptr_, i64_, ptr_}, kNoReturn);
}

llvm::FunctionCallee RuntimeABI::printBool() { return decl(kPrintBool, void_, {i1_}, kBoolArg0); }
llvm::FunctionCallee RuntimeABI::printInt() { return decl(kPrintInt, void_, {i64_}); }
llvm::FunctionCallee RuntimeABI::printUint() { return decl(kPrintUint, void_, {i64_}); }
llvm::FunctionCallee RuntimeABI::printFloat() { return decl(kPrintFloat, void_, {f64_}); }
llvm::FunctionCallee RuntimeABI::printString() {
  return decl(kPrintString, void_, {ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::printSpace() { return decl(kPrintSpace, void_, {}); }
llvm::FunctionCallee RuntimeABI::printNl() { return decl(kPrintNl, void_, {}); }

llvm::FunctionCallee RuntimeABI::fmtPrint() { return decl(kFmtPrint, i64_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtPrintln() { return decl(kFmtPrintln, i64_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtPrintf() {
  return decl(kFmtPrintf, i64_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::fmtSprint() { return decl(kFmtSprint, string_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtSprintln() {
  return decl(kFmtSprintln, string_, {ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::fmtSprintf() {
  return decl(kFmtSprintf, string_, {ptr_, i64_, ptr_, i64_});
}

}  // namespace csp
