// jit/codegen_builtin.cpp: the built-in functions of this milestone.
//
//   print(args...)    each operand with csp_print_* (standard error), no separators; as Go's
//                     runtime prints them: interfaces "(0x<type or itab>,0x<data>)", pointers,
//                     maps, chans and funcs as addresses, slices "[len/cap]0x<array>"
//   println(args...)  operands separated by one space, then a newline
//   len(s)            the string's length (constant lengths were folded by sema)
//   panic(v)          csp_panic_value(type descriptor, data word); never returns
//   recover()         codegen_defer.cpp
//   min/max(x, ...)   integers, floats (NaN and -0 rules of llvm.minimum/maximum, which are
//                     Go's), strings
#include "jit/codegen.h"

namespace csp {

std::vector<llvm::Value*> FuncGen::genBuiltin(CallExpr* e) {
  switch (e->builtin) {
    case kBuiltinPrint: return genPrint(e, false);
    case kBuiltinPrintln: return genPrint(e, true);
    case kBuiltinPanic: genPanic(e); return {};
    case kBuiltinRecover: return {genRecover()};
    case kBuiltinMin: return {genMinMax(e, false)};
    case kBuiltinMax: return {genMinMax(e, true)};
    case kBuiltinLen: {
      Expr* x = e->args.empty() ? nullptr : e->args[0];
      if (x && x->type && x->type->underlying()->isString())
        return {b_.CreateExtractValue(genExpr(x), 1)};
      break;
    }
    default: break;
  }
  m_.notImplemented(e->pos, "this built-in function");
  return {};
}

std::vector<llvm::Value*> FuncGen::genPrint(CallExpr* e, bool ln) {
  std::vector<const Type*> types;
  std::vector<llvm::Value*> vals = genValues(e->args, &types);
  for (size_t i = 0; i < vals.size(); i++) {
    if (ln && i > 0) rtCall(RtFn::print_space, {});
    const Type* u = types[i]->underlying();
    llvm::Value* v = vals[i];
    if (u->isBoolean()) {
      rtCall(RtFn::print_bool, {v});
    } else if (u->isInteger()) {
      rtCall(u->isUnsigned() ? RtFn::print_uint : RtFn::print_int, {toInt64(v, types[i])});
    } else if (u->isFloat()) {
      rtCall(RtFn::print_float, {b_.CreateFPExt(v, b_.getDoubleTy())});
    } else if (u->isString()) {
      rtCall(RtFn::print_string, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
    } else if (u->kind == TypeKind::Interface) {
      // Go's printeface/printiface: "(" type or itab word "," data word ")", as pointers.
      printLiteral("(");
      rtCall(RtFn::print_pointer, {b_.CreateExtractValue(v, 0)});
      printLiteral(",");
      rtCall(RtFn::print_pointer, {b_.CreateIntToPtr(b_.CreateExtractValue(v, 1), b_.getPtrTy())});
      printLiteral(")");
    } else if ((u->kind == TypeKind::Pointer || u->kind == TypeKind::Map || u->kind == TypeKind::Chan ||
                u->kind == TypeKind::Signature || u->kind == TypeKind::UnsafePointer) &&
               v->getType()->isPointerTy()) {
      rtCall(RtFn::print_pointer, {v});  // Go's printpointer
    } else if (u->kind == TypeKind::Slice && v->getType()->isStructTy()) {
      // Go's printslice: "[len/cap]" and the array pointer.
      printLiteral("[");
      rtCall(RtFn::print_int, {b_.CreateExtractValue(v, 1)});
      printLiteral("/");
      rtCall(RtFn::print_int, {b_.CreateExtractValue(v, 2)});
      printLiteral("]");
      rtCall(RtFn::print_pointer, {b_.CreateExtractValue(v, 0)});
    } else {
      m_.notImplemented(e->args.size() == vals.size() ? e->args[i]->pos : e->pos,
                        "printing a value of type " + types[i]->str());
    }
  }
  if (ln) rtCall(RtFn::print_nl, {});
  return {};
}

void FuncGen::printLiteral(const std::string& s) {
  llvm::Constant* c = m_.stringConst(s);
  rtCall(RtFn::print_string, {b_.CreateExtractValue(c, 0), b_.CreateExtractValue(c, 1)});
}

void FuncGen::genPanic(CallExpr* e) {
  if (e->args.size() != 1) {
    m_.notImplemented(e->pos, "this panic call");
    return;
  }
  Expr* arg = e->args[0];
  llvm::Value* v = genExpr(arg);
  if (arg->type->underlying()->kind != TypeKind::Interface) v = box(v, arg->type, true, arg->pos);
  setLoc(e->pos);
  rtCallNoReturn(RtFn::panic_value, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
}

llvm::Value* FuncGen::genMinMax(CallExpr* e, bool isMax) {
  const Type* t = e->type;
  const Type* u = t->underlying();
  llvm::Value* acc = nullptr;
  for (Expr* a : e->args) {
    llvm::Value* v = genExpr(a);
    if (!acc) {
      acc = v;
    } else if (u->isFloat()) {
      acc = b_.CreateBinaryIntrinsic(isMax ? llvm::Intrinsic::maximum : llvm::Intrinsic::minimum, acc, v);
    } else if (u->isInteger()) {
      llvm::Intrinsic::ID id = u->isUnsigned() ? (isMax ? llvm::Intrinsic::umax : llvm::Intrinsic::umin)
                                               : (isMax ? llvm::Intrinsic::smax : llvm::Intrinsic::smin);
      acc = b_.CreateBinaryIntrinsic(id, acc, v);
    } else if (u->isString()) {
      llvm::Value* pick = genStrCompare(isMax ? Tok::Gtr : Tok::Lss, v, acc);
      acc = b_.CreateSelect(pick, v, acc);
    } else {
      m_.notImplemented(e->pos, "min/max of " + t->str());
      return dummy(t);
    }
  }
  return acc ? acc : dummy(t);
}

}  // namespace csp
