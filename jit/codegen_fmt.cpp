// jit/codegen_fmt.cpp: calls into built-in packages, dispatched on Object::linkName, and
// boxing of values into csp_any (Known to compiler: the encoding is csp_rt.h's).
//
//   fmt.Print/Println/Printf/Sprint/Sprintln/Sprintf
//       operands are boxed into a stack array of csp_any; Print* return (n, err) with err
//       always nil for now; Sprint* return a string.
//   os.Exit(code)   csp_os_exit, never returns.
//   math.*          codegen_math.cpp.
// csp_any's data word: signed ints sign-extended, unsigned zero-extended, float64 bits,
// float32 bits in the low half, bool 0/1, strings a pointer to a csp_string copy (on the
// stack for fmt calls, which do not keep their arguments; in GC memory otherwise).
#include "jit/codegen.h"

namespace csp {

llvm::Value* FuncGen::box(llvm::Value* v, const Type* t, bool escapes, Pos p) {
  const Type* u = t->underlying();
  llvm::Type* i64 = b_.getInt64Ty();
  llvm::Value* data = nullptr;
  if (u->kind == TypeKind::Interface) return v;
  if (u->isBoolean() || (u->isInteger() && u->isUnsigned())) {
    data = b_.CreateZExt(v, i64);
  } else if (u->isInteger()) {
    data = b_.CreateSExtOrTrunc(v, i64);
  } else if (u->kind == TypeKind::Float64) {
    data = b_.CreateBitCast(v, i64);
  } else if (u->kind == TypeKind::Float32) {
    data = b_.CreateZExt(b_.CreateBitCast(v, b_.getInt32Ty()), i64);
  } else if (u->isString()) {
    llvm::Value* slot = escapes ? static_cast<llvm::Value*>(b_.CreateCall(m_.rt().alloc(), {b_.getInt64(16)}))
                                : entryAlloca(m_.rt().stringTy(), "str.box");
    b_.CreateStore(v, slot);
    data = b_.CreatePtrToInt(slot, i64);
  } else {
    m_.notImplemented(p, "conversion of " + t->str() + " to an interface");
    data = b_.getInt64(0);
  }
  llvm::Value* any = llvm::PoisonValue::get(m_.rt().anyTy());
  any = b_.CreateInsertValue(any, m_.typeDescriptor(t, p), 0);
  return b_.CreateInsertValue(any, data, 1);
}

llvm::Value* FuncGen::genStdlibCall(CallExpr* e, Object* fn) {
  const std::string& name = fn->linkName;
  if (name.rfind("fmt.", 0) == 0) return genFmtCall(e, name);
  if (name.rfind("math.", 0) == 0) return genMathCall(e, name.substr(5));
  if (name == "os.Exit" && e->args.size() == 1) {
    llvm::Value* code = toInt64(genExpr(e->args[0]), e->args[0]->type);
    callNoReturn(m_.rt().osExit(), {code});
    b_.CreateUnreachable();
    startDeadBlock();
    return nullptr;
  }
  m_.notImplemented(e->pos, name.empty() ? fn->name : name);
  return e->type ? dummy(e->type) : nullptr;
}

llvm::Value* FuncGen::genFmtCall(CallExpr* e, const std::string& name) {
  bool isF = name == "fmt.Printf" || name == "fmt.Sprintf";
  llvm::FunctionCallee callee;
  if (name == "fmt.Print") callee = m_.rt().fmtPrint();
  else if (name == "fmt.Println") callee = m_.rt().fmtPrintln();
  else if (name == "fmt.Printf") callee = m_.rt().fmtPrintf();
  else if (name == "fmt.Sprint") callee = m_.rt().fmtSprint();
  else if (name == "fmt.Sprintln") callee = m_.rt().fmtSprintln();
  else if (name == "fmt.Sprintf") callee = m_.rt().fmtSprintf();
  else {
    m_.notImplemented(e->pos, name);
    return e->type ? dummy(e->type) : nullptr;
  }
  if (isF && e->args.empty()) return dummy(e->type);
  llvm::Value* format = isF ? genExpr(e->args[0]) : nullptr;
  std::vector<Expr*> rest(e->args.begin() + (isF ? 1 : 0), e->args.end());
  std::vector<const Type*> types;
  std::vector<llvm::Value*> vals = genValues(rest, &types);

  llvm::Value* array = llvm::ConstantPointerNull::get(b_.getPtrTy());
  if (!vals.empty()) {
    auto* arrTy = llvm::ArrayType::get(m_.rt().anyTy(), vals.size());
    array = entryAlloca(arrTy, "fmt.args");
    for (size_t i = 0; i < vals.size(); i++) {
      Pos p = i < rest.size() ? rest[i]->pos : e->pos;
      b_.CreateStore(box(vals[i], types[i], /*escapes=*/false, p),
                     b_.CreateConstGEP2_32(arrTy, array, 0, i));
    }
  }
  llvm::Value* n = b_.getInt64(vals.size());
  llvm::Value* result;
  if (isF)
    result = b_.CreateCall(callee, {b_.CreateExtractValue(format, 0),
                                    b_.CreateExtractValue(format, 1), array, n});
  else
    result = b_.CreateCall(callee, {array, n});
  // Print*: (n int, err error) -- err is always nil here.
  if (e->type && e->type->as<TupleType>()) {
    llvm::Type* ty = m_.llvmType(e->type);
    return b_.CreateInsertValue(llvm::Constant::getNullValue(ty), result, 0);
  }
  return result;
}

}  // namespace csp
