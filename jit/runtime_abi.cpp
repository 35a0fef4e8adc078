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

llvm::FunctionCallee RuntimeABI::decl(const char* name, llvm::Type* ret,
                                      llvm::ArrayRef<llvm::Type*> params, int flags) {
  auto* fty = llvm::FunctionType::get(ret, params, false);
  llvm::FunctionCallee callee = mod_.getOrInsertFunction(name, fty);
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

llvm::FunctionCallee RuntimeABI::osExit() { return decl("csp_os_exit", void_, {i64_}, kNoReturn); }
llvm::FunctionCallee RuntimeABI::alloc() { return decl("csp_alloc", ptr_, {i64_}); }

llvm::FunctionCallee RuntimeABI::strConcat() {
  return decl("csp_str_concat", string_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::strCompare() {
  return decl("csp_str_compare", i64_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::strEqual() {
  return decl("csp_str_equal", i1_, {ptr_, i64_, ptr_, i64_}, kBoolRet);
}
llvm::FunctionCallee RuntimeABI::strFromRune() { return decl("csp_str_from_rune", string_, {i64_}); }
llvm::FunctionCallee RuntimeABI::strDecodeRune() {
  return decl("csp_str_decode_rune", i64_, {ptr_, i64_, i64_, ptr_});
}

llvm::FunctionCallee RuntimeABI::panicIndex() {
  return decl("csp_panic_index", void_, {i64_, i64_, ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicSlice() {
  return decl("csp_panic_slice", void_, {i32_, i64_, i64_, ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicDivide() {
  return decl("csp_panic_divide", void_, {ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicShift() {
  return decl("csp_panic_shift", void_, {ptr_}, kNoReturn);
}
llvm::FunctionCallee RuntimeABI::panicValue() {
  return decl("csp_panic_value", void_, {ptr_, i64_, ptr_}, kNoReturn);
}

llvm::FunctionCallee RuntimeABI::printBool() { return decl("csp_print_bool", void_, {i1_}, kBoolArg0); }
llvm::FunctionCallee RuntimeABI::printInt() { return decl("csp_print_int", void_, {i64_}); }
llvm::FunctionCallee RuntimeABI::printUint() { return decl("csp_print_uint", void_, {i64_}); }
llvm::FunctionCallee RuntimeABI::printFloat() { return decl("csp_print_float", void_, {f64_}); }
llvm::FunctionCallee RuntimeABI::printString() {
  return decl("csp_print_string", void_, {ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::printSpace() { return decl("csp_print_space", void_, {}); }
llvm::FunctionCallee RuntimeABI::printNl() { return decl("csp_print_nl", void_, {}); }

llvm::FunctionCallee RuntimeABI::fmtPrint() { return decl("csp_fmt_print", i64_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtPrintln() { return decl("csp_fmt_println", i64_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtPrintf() {
  return decl("csp_fmt_printf", i64_, {ptr_, i64_, ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::fmtSprint() { return decl("csp_fmt_sprint", string_, {ptr_, i64_}); }
llvm::FunctionCallee RuntimeABI::fmtSprintln() {
  return decl("csp_fmt_sprintln", string_, {ptr_, i64_});
}
llvm::FunctionCallee RuntimeABI::fmtSprintf() {
  return decl("csp_fmt_sprintf", string_, {ptr_, i64_, ptr_, i64_});
}

}  // namespace csp
