// frontend/sema_builtin.cpp: calls of built-in functions (go/types builtins.go): len, print,
// println, panic, min and max. The others belong to later milestones and are reported as not
// implemented. CallExpr::builtin is set by call(); the result operand is computed here.
#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {
struct BuiltinInfo {
  const char* name;
  int nargs;
  bool variadic;
  bool supported;
};
BuiltinInfo builtinInfo(int id) {
  switch (id) {
    case kBuiltinLen: return {"len", 1, false, true};
    case kBuiltinPrint: return {"print", 0, true, true};
    case kBuiltinPrintln: return {"println", 0, true, true};
    case kBuiltinPanic: return {"panic", 1, false, true};
    case kBuiltinMin: return {"min", 1, true, true};
    case kBuiltinMax: return {"max", 1, true, true};
    case kBuiltinAppend: return {"append", 1, true, false};
    case kBuiltinCap: return {"cap", 1, false, false};
    case kBuiltinClear: return {"clear", 1, false, false};
    case kBuiltinClose: return {"close", 1, false, false};
    case kBuiltinComplex: return {"complex", 2, false, false};
    case kBuiltinCopy: return {"copy", 2, false, false};
    case kBuiltinDelete: return {"delete", 2, false, false};
    case kBuiltinImag: return {"imag", 1, false, false};
    case kBuiltinMake: return {"make", 1, true, false};
    case kBuiltinNew: return {"new", 1, false, false};
    case kBuiltinReal: return {"real", 1, false, false};
    case kBuiltinRecover: return {"recover", 0, false, true};
    default: return {"?", 0, false, false};
  }
}
}  // namespace

void Checker::builtinCall(Operand& x, CallExpr* call, int id) {
  BuiltinInfo bin = builtinInfo(id);
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  if (!bin.supported) {
    notImplemented(call->pos, std::string("built-in ") + bin.name);
    for (Expr* a : call->args) {  // mark the variables used, but say nothing more about types
      ExprKind k = a ? a->kind : ExprKind::Bad;
      if (k < ExprKind::ArrayType) use({a});
    }
    return;
  }
  if (call->hasEllipsis) {
    error(call->pos, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    use(call->args);
    return;
  }
  std::vector<Operand> args;
  argList(args, call->args);
  for (Operand& a : args)
    if (a.invalid()) return;
  int nargs = static_cast<int>(args.size());
  const char* msg = nullptr;
  if (nargs < bin.nargs) msg = "not enough";
  else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
  if (msg) {
    error(call->rparen, std::string("invalid operation: ") + msg + " arguments for " + exprStr(call) +
                            " (expected " + std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
    return;
  }
  switch (id) {
    case kBuiltinLen: {
      Operand& a = args[0];
      if (!a.type->isString()) {
        if (a.type->underlying()->kind != TypeKind::Invalid)
          error(a.expr->pos, "invalid argument: " + operandStr(a) + " for built-in len");
        return;
      }
      if (a.mode == ExprMode::Constant) {
        x.mode = ExprMode::Constant;
        x.val = Constant::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
      } else {
        x.mode = ExprMode::Value;
      }
      x.type = types_.basic(TypeKind::Int);
      return;
    }
    case kBuiltinPrint:
    case kBuiltinPrintln:
      for (Operand& a : args) {
        assignment(a, nullptr, std::string("argument to built-in ") + bin.name);
        if (a.invalid()) return;
      }
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    case kBuiltinPanic:
      assignment(args[0], types_.anyType(), "argument to panic");
      if (args[0].invalid()) return;
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    case kBuiltinMin:
    case kBuiltinMax: {
      Tok op = id == kBuiltinMax ? Tok::Gtr : Tok::Lss;
      for (int i = 0; i < nargs; i++) {
        Operand& a = args[i];
        if (!a.type->isOrdered()) {
          error(a.expr->pos, "invalid argument: " + operandStr(a) + " cannot be ordered");
          return;
        }
        if (i == 0) {
          x = a;
          continue;
        }
        matchTypes(x, a);
        if (x.invalid()) return;
        if (!identical(x.type, a.type)) {
          error(a.expr->pos, "invalid argument: mismatched types " + x.type->str() + " (previous argument) and " +
                                 a.type->str() + " (type of " + exprStr(a.expr) + ")");
          x.mode = ExprMode::Invalid;
          return;
        }
        if (x.mode == ExprMode::Constant && a.mode == ExprMode::Constant) {
          if (Constant::compare(a.val, op, x.val)) x = a;
        } else {
          x.mode = ExprMode::Value;
        }
      }
      if (x.mode != ExprMode::Constant) {
        x.mode = ExprMode::Value;
        assignment(x, types_.anyType(), std::string("argument to built-in ") + bin.name);
        if (x.invalid()) return;
      }
      for (Operand& a : args) updateExprType(a.expr, x.type, true);
      return;
    }
    case kBuiltinRecover:
      x.mode = ExprMode::Value;
      x.type = types_.anyType();
      if (curDecl_) curDecl_->hasRecover = true;
      return;
    default: return;
  }
}

}  // namespace csp::sema
