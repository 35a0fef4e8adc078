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

std::vector<llvm::Value*> FuncGen::genStdlibCall(CallExpr* e, Object* fn) {
  const std::string& name = fn->linkName;
  if (name.rfind("fmt.", 0) == 0) return genFmtCall(e, name);
  if (name.rfind("math.", 0) == 0) return {genMathCall(e, name.substr(5))};
  if (name == "os.Exit" && e->args.size() == 1) {
    llvm::Value* code = toInt64(genExpr(e->args[0]), e->args[0]->type);
    rtCallNoReturn(RtFn::os_exit, {code});
    return {};
  }
  m_.notImplemented(e->pos, name.empty() ? fn->name : name);
  return {};
}

std::vector<llvm::Value*> FuncGen::genFmtCall(CallExpr* e, const std::string& name) {
  bool isF = name == "fmt.Printf" || name == "fmt.Sprintf";
  RtFn callee;
  if (name == "fmt.Print") callee = RtFn::fmt_print;
  else if (name == "fmt.Println") callee = RtFn::fmt_println;
  else if (name == "fmt.Printf") callee = RtFn::fmt_printf;
  else if (name == "fmt.Sprint") callee = RtFn::fmt_sprint;
  else if (name == "fmt.Sprintln") callee = RtFn::fmt_sprintln;
  else if (name == "fmt.Sprintf") callee = RtFn::fmt_sprintf;
  else {
    m_.notImplemented(e->pos, name);
    return {};
  }
  if (isF && e->args.empty()) return {};
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
  setLoc(e->pos);
  if (isF)
    result = rtCall(callee, {b_.CreateExtractValue(format, 0), b_.CreateExtractValue(format, 1), array, n});
  else
    result = rtCall(callee, {array, n});
  // Print*: (n int, err error) -- err is always nil here.
  if (e->type && e->type->as<TupleType>())
    return {result, llvm::Constant::getNullValue(m_.rt().anyTy())};
  return {result};
}

}  // namespace csp
