// jit/runtime_abi.h: the codegen side of the runtime ABI.
//
// Known to compiler: this file describes, in LLVM IR terms, the structures declared in
// runtime/csp_rt.h, and declares the runtime's entry points from runtime/entry_points.def,
// the one list of them (see that file for the vocabulary). Layouts (x86-64 SysV / AArch64):
//   csp_string {ptr, i64}    csp_slice {ptr, i64, i64}    csp_any / csp_iface {ptr, i64}
//   csp_defer {ptr, ptr}     csp_map_iter [8 x i64]       csp_g: `defer` at 0, `defer_fn` at 8
//   csp_type {i32, i32, i64, ptr, ptr, ptr, i64, ptr, ptr, i32, i32, i32, i32}
//   csp_field {ptr, ptr, i64, i32, i32}    csp_method {ptr, ptr, ptr}
//   csp_itab {ptr, ptr, [n x ptr]}
// C `bool` is i1 zeroext.
//
// Invariants: a RuntimeABI belongs to one llvm::Module; each entry point is declared in that
// module on first use (so unused ones do not clutter --emit-llvm output). NORETURN entries
// are declared noreturn + cold, and callers follow the call with `unreachable`; entries
// without UNWIND are nounwind, so calls to them never need a landing pad.
#pragma once

#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/Module.h>

namespace csp {

// One enumerator per entry of runtime/entry_points.def: RtFn::panic_bounds is csp_panic_bounds.
enum class RtFn {
#define CSP_RT(id, ...) id,
#include "runtime/entry_points.def"
#undef CSP_RT
};

class RuntimeABI {
 public:
  explicit RuntimeABI(llvm::Module& m);

  // The C names of every entry point, in table order (csp_rt_symbols() must list each).
  static std::vector<const char*> entryPointNames();

  llvm::FunctionCallee fn(RtFn f);    // the declaration, created on first use
  static bool mayUnwind(RtFn f);      // UNWIND or UNWIND_NORETURN
  static bool noReturn(RtFn f);

  llvm::StructType* stringTy() const { return string_; }   // csp_string
  llvm::StructType* sliceTy() const { return slice_; }     // csp_slice
  llvm::StructType* anyTy() const { return any_; }         // csp_any and csp_iface
  llvm::StructType* typeTy() const { return type_; }       // csp_type
  llvm::StructType* fieldTy() const { return field_; }     // csp_field
  llvm::StructType* methodTy() const { return method_; }   // csp_method
  llvm::StructType* deferTy() const { return defer_; }     // csp_defer
  llvm::Type* mapIterTy() const { return mapIter_; }       // csp_map_iter
  llvm::StructType* itabTy(unsigned nmethods);             // csp_itab with n entries

  // Offsets of the goroutine record's fields JIT'd code touches (csp_g).
  static constexpr unsigned kGDefer = 0;
  static constexpr unsigned kGDeferFn = 8;

 private:
  llvm::Module& mod_;
  llvm::StructType* string_;
  llvm::StructType* slice_;
  llvm::StructType* any_;
  llvm::StructType* type_;
  llvm::StructType* field_;
  llvm::StructType* method_;
  llvm::StructType* defer_;
  llvm::Type* mapIter_;
  std::vector<llvm::FunctionCallee> decls_;
};

}  // namespace csp
