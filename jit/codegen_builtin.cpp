// jit/codegen_builtin.cpp: the built-in functions of this milestone.
//
//   print(args...)    each operand with csp_print_* (standard error), no separators
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
    case kBuiltinLen: return {genLenCap(e, false)};
    case kBuiltinCap: return {genLenCap(e, true)};
    case kBuiltinAppend: return {genAppend(e)};
    case kBuiltinCopy: return {genCopy(e)};
    case kBuiltinMake: return {genMake(e)};
    case kBuiltinNew: return {genNew(e)};
    case kBuiltinDelete: genDelete(e); return {};
    case kBuiltinClear: genClear(e); return {};
    case kBuiltinClose: genClose(e); return {};
    case kBuiltinAsyncioGather: case kBuiltinAsyncioGatherErrors: return genGather(e);
    case kBuiltinAsyncioRun: return genRun(e);
    case kBuiltinAsyncioCancel: case kBuiltinAsyncioDone: case kBuiltinAsyncioCancelled: case kBuiltinAsyncioShield:
    case kBuiltinAsyncioWaitFor: case kBuiltinAsyncioWait: case kBuiltinAsyncioAsCompleted:
      return genAsyncioCall(e);
    default: break;
  }
  m_.notImplemented(e->pos, "this built-in function");
  return {};
}

// print of a literal piece of text (Go's printeface/printslice punctuation).
void FuncGen::printLit(const char* text) {
  llvm::Constant* s = m_.stringConst(text);
  rtCall(RtFn::print_string, {s->getAggregateElement(0u), s->getAggregateElement(1u)});
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
    } else if (u->kind == TypeKind::Pointer || u->kind == TypeKind::Map || u->kind == TypeKind::Chan ||
               u->kind == TypeKind::Signature || u->kind == TypeKind::UnsafePointer || u->kind == TypeKind::UntypedNil) {
      rtCall(RtFn::print_pointer, {v->getType()->isPointerTy() ? v : llvm::ConstantPointerNull::get(b_.getPtrTy())});
    } else if (u->kind == TypeKind::Interface) {  // Go's printeface: (type,data)
      printLit("(");
      rtCall(RtFn::print_pointer, {b_.CreateExtractValue(v, 0)});
      printLit(",");
      rtCall(RtFn::print_pointer, {b_.CreateIntToPtr(b_.CreateExtractValue(v, 1), b_.getPtrTy())});
      printLit(")");
    } else if (u->kind == TypeKind::Slice) {  // Go's printslice: [len/cap]ptr
      printLit("[");
      rtCall(RtFn::print_int, {b_.CreateExtractValue(v, 1)});
      printLit("/");
      rtCall(RtFn::print_int, {b_.CreateExtractValue(v, 2)});
      printLit("]");
      rtCall(RtFn::print_pointer, {b_.CreateExtractValue(v, 0)});
    } else {
      m_.notImplemented(e->args.size() == vals.size() ? e->args[i]->pos : e->pos,
                        "printing a value of type " + types[i]->str());
    }
  }
  if (ln) rtCall(RtFn::print_nl, {});
  return {};
}

void FuncGen::genPanic(CallExpr* e) {
  if (e->args.size() != 1) {
    m_.notImplemented(e->pos, "this panic call");
    return;
  }
  Expr* arg = e->args[0];
  llvm::Value* v = genExpr(arg);
  const Type* any = m_.types().anyType();
  // The value outlives the frame (the panic record holds it): boxed as escaping. An interface
  // argument (error, Stringer) becomes an `any`: its itab gives way to the dynamic type.
  if (arg->type->kind == TypeKind::UntypedNil) v = m_.zero(any);
  else if (arg->type->underlying()->kind != TypeKind::Interface) v = box(v, arg->type, true, arg->pos);
  else v = ifaceConvert(v, arg->type, any);
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
