// jit/codegen.h: AST -> LLVM IR. Per-module state (ModuleGen) and per-function state
// (FuncGen) are separate objects; there is no other state.
//
// Files, one per construct:
//   codegen_module.cpp   ModuleGen: functions, globals, package init, the `csp.main` entry
//   codegen_types.cpp    csp Type -> llvm::Type, zero values, constants, type descriptors
//   codegen_func.cpp     FuncGen basics: blocks, allocas, variables, panics, returns
//   codegen_stmt.cpp     statements (assignments, if, for, switch, branches, blocks)
//   codegen_range.cpp    for-range over strings and integers
//   codegen_expr.cpp     the expression switch, unary/binary operators, conversions, calls
//   codegen_order.cpp    gc's evaluation order: a statement's calls before its other operands
//   codegen_string.cpp   string concat/compare/index/slice
//   codegen_builtin.cpp  print/println/len/panic
//   codegen_fmt.cpp      fmt and os calls (by Object::linkName), boxing into csp_any
//   codegen_math.cpp     math calls: intrinsics, libm, inline special cases
//
// Invariants:
//  - Only what sema accepted reaches codegen (sema.h's guarantees). Anything else is
//    reported as "<construct> not implemented yet" at its position and code generation
//    continues with a dummy value; a module with diagnostics is never run.
//  - Every csp value is one llvm::Value of llvmType(its type); a multi-valued call yields
//    one first-class struct of its results (unpacked by FuncGen::genValues).
//  - Locals (params, named results, variables) live in allocas in the entry block; mem2reg
//    (O1+) turns them into SSA values.
//  - After a terminator (return, branch, noreturn call) FuncGen starts a fresh block with no
//    predecessors, so statements after it still have somewhere to go.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>

#include "frontend/ast.h"
#include "frontend/sema.h"
#include "frontend/source.h"
#include "frontend/types.h"
#include "jit/runtime_abi.h"

namespace csp {

class ModuleGen {
 public:
  // absPath: the source file's absolute path, embedded in panic positions (computed once by
  // the JIT driver, which also puts it in the cache key).
  ModuleGen(llvm::LLVMContext& ctx, TypeContext& types, const SourceFile& src,
            std::string absPath, Diagnostics& diags);

  // Generates the whole module. Returns nullptr if errors were reported.
  std::unique_ptr<llvm::Module> generate(CheckedFile& checked);

  llvm::LLVMContext& ctx() { return ctx_; }
  llvm::Module& mod() { return *mod_; }
  RuntimeABI& rt() { return *rt_; }
  TypeContext& types() { return types_; }
  void notImplemented(Pos pos, const std::string& what);

  // --- types (codegen_types.cpp) ---
  llvm::Type* llvmType(const Type* t);
  llvm::Type* resultType(const Signature* sig);  // void, the one result, or a struct
  llvm::FunctionType* funcType(const Signature* sig);
  llvm::Constant* zero(const Type* t) { return llvm::Constant::getNullValue(llvmType(t)); }
  llvm::Constant* constant(const Constant& c, const Type* t, Pos pos);
  llvm::Constant* typeDescriptor(const Type* t, Pos pos);

  // --- module-level entities (codegen_module.cpp) ---
  llvm::Function* function(FuncDecl* decl);  // declared on first use
  llvm::GlobalVariable* global(Object* var);
  llvm::Constant* stringConst(const std::string& s);  // a csp string {ptr, len}
  llvm::Constant* cString(const std::string& s);      // ptr to NUL-terminated bytes
  llvm::Constant* posConst(const std::string& func, Pos pos);

  // --- what the program can cost at run time (for choosing the pipeline) ---
  void noteLoop() { hasLoops_ = true; }
  void noteCall(llvm::Function* caller, llvm::Function* callee) { calls_[caller].push_back(callee); }
  // False if the program has no loops and no recursion: then every instruction runs a
  // bounded number of times and optimising it costs more than it can save.
  bool mayRunLong() const;

 private:
  void declareAll(CheckedFile& checked);
  void genFunctions(CheckedFile& checked);
  llvm::Function* genPackageInit(CheckedFile& checked);
  void genEntry(CheckedFile& checked, llvm::Function* pkgInit);
  std::string funcName(FuncDecl* decl);

  llvm::LLVMContext& ctx_;
  TypeContext& types_;
  const SourceFile& src_;
  Diagnostics& diags_;
  std::string absPath_;
  std::unique_ptr<llvm::Module> mod_;
  std::unique_ptr<RuntimeABI> rt_;
  std::vector<FuncDecl*> initFuncs_;
  std::unordered_map<FuncDecl*, llvm::Function*> funcs_;
  std::unordered_map<Object*, llvm::GlobalVariable*> globals_;
  std::map<std::string, llvm::Constant*> strings_, cstrings_;
  std::unordered_map<const Type*, llvm::Constant*> typeDescs_;  // by type: names can repeat
  std::map<std::tuple<std::string, int, int>, llvm::Constant*> positions_;
  bool hasLoops_ = false;
  std::unordered_map<llvm::Function*, std::vector<llvm::Function*>> calls_;  // call graph
};

// The state of generating one LLVM function.
class FuncGen {
 public:
  // goName: the name panics report ("main.fib", "main.init").
  FuncGen(ModuleGen& m, llvm::Function* fn, std::string goName);

  void genFuncBody(FuncDecl* decl);            // params, named results, body, epilogue
  void genPackageInits(const std::vector<PackageInit>& inits);  // then `ret void`

  // --- statements (codegen_stmt.cpp, codegen_range.cpp) ---
  void genStmt(Stmt* s);
  void genStmts(const std::vector<Stmt*>& list);

  // --- expressions (codegen_expr.cpp) ---
  llvm::Value* genExpr(Expr* e);
  // Values of an expression list, with their types: one per expression, or the results of
  // a single multi-valued call.
  std::vector<llvm::Value*> genValues(const std::vector<Expr*>& exprs,
                                      std::vector<const Type*>* types = nullptr);
  llvm::Value* convertForAssign(llvm::Value* v, const Type* from, const Type* to);
  llvm::Value* genConversion(llvm::Value* v, const Type* from, const Type* to, Pos pos);
  llvm::Value* genArith(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, const Type* yt, Pos pos);
  llvm::Value* genCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t);
  llvm::Value* genCall(CallExpr* e);
  // Evaluates the calls of an evaluation root first (codegen_order.cpp).
  void hoistCalls(Expr* e);
  void hoistCalls(const std::vector<Expr*>& exprs);

  // --- strings (codegen_string.cpp) ---
  llvm::Value* genStrConcat(llvm::Value* a, llvm::Value* b);
  llvm::Value* genStrCompare(Tok op, llvm::Value* a, llvm::Value* b);
  llvm::Value* genStrIndex(IndexExpr* e);
  llvm::Value* genStrSlice(SliceExpr* e);

  // --- builtins and library calls ---
  llvm::Value* genBuiltin(CallExpr* e);          // codegen_builtin.cpp
  llvm::Value* genStdlibCall(CallExpr* e, Object* fn);  // codegen_fmt.cpp
  llvm::Value* genMathCall(CallExpr* e, const std::string& name);  // codegen_math.cpp
  // Boxes v (of type t) into a csp_any. If `escapes`, strings are copied to GC memory;
  // otherwise to a stack slot that lives as long as the function.
  llvm::Value* box(llvm::Value* v, const Type* t, bool escapes, Pos pos);

  // --- helpers (codegen_func.cpp) ---
  llvm::IRBuilder<>& b() { return b_; }
  ModuleGen& m() { return m_; }
  llvm::BasicBlock* newBlock(const char* name);
  void setBlock(llvm::BasicBlock* bb);  // falls through from an open current block
  void br(llvm::BasicBlock* to);        // branch unless the current block is terminated
  void startDeadBlock();                // after a terminator
  llvm::AllocaInst* entryAlloca(llvm::Type* ty, const std::string& name);
  llvm::Value* varAddr(Object* var);    // alloca or global of a variable
  llvm::Value* addrOf(Expr* lhs);       // nullptr for `_` (or after an error)
  void store(llvm::Value* addr, llvm::Value* v) { if (addr && v) b_.CreateStore(v, addr); }
  llvm::Value* pos(Pos p) { return m_.posConst(goName_, p); }
  // if (cond) { emit(); unreachable }  -- cond is expected false
  template <class F> void panicIf(llvm::Value* cond, F emit);
  void callNoReturn(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args);
  llvm::Value* toInt64(llvm::Value* v, const Type* t);  // sign/zero-extend an integer
  llvm::Value* dummy(const Type* t) { return llvm::UndefValue::get(m_.llvmType(t)); }

 private:
  // statements
  void genAssign(AssignStmt* s);
  void genOpAssign(AssignStmt* s);
  void genIncDec(IncDecStmt* s);
  void genDecl(DeclStmt* s);
  void genReturn(ReturnStmt* s);
  void genIf(IfStmt* s);
  void genFor(ForStmt* s);
  void genRange(RangeStmt* s);
  void genRangeString(RangeStmt* s);
  void genRangeInt(RangeStmt* s);
  void genRangeAssign(RangeStmt* s, Expr* lhs, llvm::Value* v, const Type* t);
  void genSwitch(SwitchStmt* s);
  void genBranch(BranchStmt* s);
  // expressions
  llvm::Value* genIdent(Ident* e);
  llvm::Value* genUnary(UnaryExpr* e);
  llvm::Value* genBinary(BinaryExpr* e);
  llvm::Value* genLogical(BinaryExpr* e);
  llvm::Value* genDivRem(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos);
  llvm::Value* genShift(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, const Type* yt, Pos pos);
  llvm::Value* genFloatToInt(llvm::Value* v, const Type* tu, llvm::Type* dst);
  llvm::Value* cvtFloat(llvm::Value* x, unsigned bits);
  llvm::Value* genUserCall(CallExpr* e, FuncDecl* decl);
  llvm::Value* genPrint(CallExpr* e, bool ln);
  llvm::Value* genPanic(CallExpr* e);
  llvm::Value* genFmtCall(CallExpr* e, const std::string& name);
  llvm::Value* genMinMax(CallExpr* e, bool isMax);

  // Where break/continue go for a for/switch statement.
  struct Target {
    Stmt* stmt;
    llvm::BasicBlock* brk;
    llvm::BasicBlock* cont;  // nullptr for switch
  };
  const Target* findTarget(BranchStmt* s);

  ModuleGen& m_;
  llvm::Function* fn_;
  std::string goName_;
  llvm::IRBuilder<> b_;
  llvm::BasicBlock* entry_ = nullptr;
  std::unordered_map<Object*, llvm::Value*> locals_;
  const Signature* sig_ = nullptr;
  std::vector<llvm::Value*> resultSlots_;  // named results, in order (empty if unnamed)
  std::vector<Target> targets_;            // innermost last
  std::unordered_map<Stmt*, Stmt*> labeled_;  // LabeledStmt -> its statement
  llvm::BasicBlock* fallthrough_ = nullptr;   // next case body inside a switch clause
  std::unordered_map<Expr*, llvm::Value*> hoisted_;  // calls, &&, || evaluated ahead (hoistCalls)
};

template <class F>
void FuncGen::panicIf(llvm::Value* cond, F emit) {
  llvm::BasicBlock* fail = newBlock("panic");
  llvm::BasicBlock* ok = newBlock("ok");
  llvm::MDBuilder md(m_.ctx());
  b_.CreateCondBr(cond, fail, ok, md.createUnlikelyBranchWeights());
  b_.SetInsertPoint(fail);
  emit();
  b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

// Skips parentheses.
inline Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

}  // namespace csp
