// jit/runtime_abi.h: the codegen side of the runtime ABI.
//
// Known to compiler: this file describes, in LLVM IR terms, the structures and extern "C"
// entry points declared in runtime/csp_rt.h. Changes there must be made here too, and the
// other way round. Layouts (x86-64 SysV / AArch64 AAPCS):
//   csp_string {ptr, i64}   csp_any {ptr, i64}   csp_type {i32, i32, ptr}
//   csp_pos {ptr, ptr, i32, i32}
// Strings are passed to the runtime as two scalars (ptr, len) and returned by value as the
// first-class struct {ptr, i64} (rax:rdx). C `bool` is i1 zeroext.
//
// Invariants: a RuntimeABI belongs to one llvm::Module; each entry point is declared in that
// module on first use (so unused ones do not clutter --emit-llvm output); CSP_NORETURN
// functions are declared noreturn + cold, and callers follow the call with `unreachable`.
#pragma once

#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/Module.h>

namespace csp {

// Every runtime entry point codegen may declare, i.e. what JIT'd code may call: X(id, name).
// The only place the names are spelled on the codegen side; runtime_test checks that each
// one is in csp_rt_symbols().
#define CSP_RUNTIME_ENTRY_POINTS(X) \
  X(kOsExit, "csp_os_exit") \
  X(kAlloc, "csp_alloc") \
  X(kStrConcat, "csp_str_concat") \
  X(kStrCompare, "csp_str_compare") \
  X(kStrEqual, "csp_str_equal") \
  X(kStrFromRune, "csp_str_from_rune") \
  X(kStrDecodeRune, "csp_str_decode_rune") \
  X(kPanicIndex, "csp_panic_index") \
  X(kPanicSlice, "csp_panic_slice") \
  X(kPanicDivide, "csp_panic_divide") \
  X(kPanicShift, "csp_panic_shift") \
  X(kPanicValue, "csp_panic_value") \
  X(kPrintBool, "csp_print_bool") \
  X(kPrintInt, "csp_print_int") \
  X(kPrintUint, "csp_print_uint") \
  X(kPrintFloat, "csp_print_float") \
  X(kPrintString, "csp_print_string") \
  X(kPrintSpace, "csp_print_space") \
  X(kPrintNl, "csp_print_nl") \
  X(kFmtPrint, "csp_fmt_print") \
  X(kFmtPrintln, "csp_fmt_println") \
  X(kFmtPrintf, "csp_fmt_printf") \
  X(kFmtSprint, "csp_fmt_sprint") \
  X(kFmtSprintln, "csp_fmt_sprintln") \
  X(kFmtSprintf, "csp_fmt_sprintf")

class RuntimeABI {
 public:
  explicit RuntimeABI(llvm::Module& m);

  // The names of CSP_RUNTIME_ENTRY_POINTS, in order.
  static llvm::ArrayRef<const char*> entryPointNames();

  llvm::StructType* stringTy() const { return string_; }  // csp_string
  llvm::StructType* anyTy() const { return any_; }        // csp_any
  llvm::StructType* typeTy() const { return type_; }      // csp_type
  llvm::StructType* posTy() const { return pos_; }        // csp_pos

  // ---- process / memory ----
  llvm::FunctionCallee osExit();       // void csp_os_exit(i64) noreturn
  llvm::FunctionCallee alloc();        // ptr csp_alloc(i64)
  // ---- strings ----
  llvm::FunctionCallee strConcat();    // {ptr,i64} (ptr,i64,ptr,i64)
  llvm::FunctionCallee strCompare();   // i64 (ptr,i64,ptr,i64)
  llvm::FunctionCallee strEqual();     // i1 (ptr,i64,ptr,i64)
  llvm::FunctionCallee strFromRune();  // {ptr,i64} (i64)
  llvm::FunctionCallee strDecodeRune();  // i64 (ptr,i64,i64,ptr)
  // ---- panics (noreturn) ----
  llvm::FunctionCallee panicIndex();   // (i64 i, i64 len, ptr pos)
  llvm::FunctionCallee panicSlice();   // (i32 which, i64 x, i64 y, ptr pos)
  llvm::FunctionCallee panicDivide();  // (ptr pos)
  llvm::FunctionCallee panicShift();   // (ptr pos)
  llvm::FunctionCallee panicValue();   // (ptr type, i64 data, ptr pos)
  // ---- builtin print/println ----
  llvm::FunctionCallee printBool();    // (i1)
  llvm::FunctionCallee printInt();     // (i64)
  llvm::FunctionCallee printUint();    // (i64)
  llvm::FunctionCallee printFloat();   // (double)
  llvm::FunctionCallee printString();  // (ptr, i64)
  llvm::FunctionCallee printSpace();
  llvm::FunctionCallee printNl();
  // ---- fmt ----
  llvm::FunctionCallee fmtPrint();     // i64 (ptr args, i64 n)
  llvm::FunctionCallee fmtPrintln();   // i64 (ptr args, i64 n)
  llvm::FunctionCallee fmtPrintf();    // i64 (ptr f, i64 flen, ptr args, i64 n)
  llvm::FunctionCallee fmtSprint();    // {ptr,i64} (ptr args, i64 n)
  llvm::FunctionCallee fmtSprintln();  // {ptr,i64} (ptr args, i64 n)
  llvm::FunctionCallee fmtSprintf();   // {ptr,i64} (ptr f, i64 flen, ptr args, i64 n)

 private:
  enum EntryPoint {
#define CSP_RT_ENUM(id, name) id,
    CSP_RUNTIME_ENTRY_POINTS(CSP_RT_ENUM)
#undef CSP_RT_ENUM
  };
  enum Flags { kNone = 0, kNoReturn = 1, kBoolRet = 2, kBoolArg0 = 4 };
  llvm::FunctionCallee decl(EntryPoint fn, llvm::Type* ret, llvm::ArrayRef<llvm::Type*> params,
                            int flags = kNone);

  llvm::Module& mod_;
  llvm::StructType* string_;
  llvm::StructType* any_;
  llvm::StructType* type_;
  llvm::StructType* pos_;
  llvm::Type* ptr_;
  llvm::Type* i1_;
  llvm::Type* i32_;
  llvm::Type* i64_;
  llvm::Type* f64_;
  llvm::Type* void_;
};

}  // namespace csp
