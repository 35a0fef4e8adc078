// frontend/sema_call.cpp: call expressions: calls of functions, function values and methods
// (argument count and assignability, f(g()) with a multi-valued g, variadic parameters with
// and without `...`), and conversions T(x), including constant conversions (go/types call.go
// and conversion.go). calleeOk_ tells ident()/selector() which expression is being called.
#include "frontend/sema_checker.h"

namespace csp::sema {

void Checker::argList(std::vector<Operand>& out, const std::vector<Expr*>& args) {
  if (args.size() == 1) {
    multiExpr(out, args[0]);
    return;
  }
  for (Expr* a : args) {
    Operand x;
    expr(x, a);
    out.push_back(x);
  }
}

void Checker::call(Operand& x, CallExpr* e) {
  Expr* savedCallee = calleeOk_;
  calleeOk_ = unparen(e->fun);
  exprOrType(x, e->fun);
  calleeOk_ = savedCallee;
  switch (x.mode) {
    case ExprMode::Invalid:
      use(e->args);
      x.mode = ExprMode::Invalid;
      return;
    case ExprMode::TypeExpr: {
      e->callKind = CallKind::Conversion;
      const Type* t = x.type;
      x.mode = ExprMode::Invalid;
      if (e->args.empty()) {
        error(e->rparen, "missing argument in conversion to " + t->str());
      } else if (e->args.size() > 1) {
        use(e->args);
        error(e->args.back()->pos, "too many arguments in conversion to " + t->str());
      } else {
        expr(x, e->args[0]);
        if (!x.invalid()) {
          if (e->hasEllipsis) {
            error(e->args[0]->pos, "invalid use of ... in conversion to " + t->str());
            x.mode = ExprMode::Invalid;
          } else {
            conversion(x, t);
          }
        }
      }
      x.expr = e;
      return;
    }
    case ExprMode::Builtin:
      e->callKind = CallKind::Builtin;
      e->builtin = x.builtin;
      builtinCall(x, e, x.builtin);
      x.expr = e;
      return;
    default: break;
  }
  const Signature* sig = x.type->underlying()->as<Signature>();
  if (!sig) {
    error(x.expr->pos, "invalid operation: cannot call non-function " + operandStr(x));
    use(e->args);
    x.mode = ExprMode::Invalid;
    return;
  }
  e->callKind = CallKind::Call;
  std::vector<Operand> args;
  argList(args, e->args);
  arguments(e, sig, args);
  x.expr = e;
  if (sig->results.empty()) {
    x.mode = ExprMode::NoValue;
    x.type = types_.tupleOf({});
  } else if (sig->results.size() == 1) {
    x.mode = ExprMode::Value;
    x.type = sig->results[0];
  } else {
    x.mode = ExprMode::Value;
    x.type = types_.tupleOf(sig->results);
  }
}

void Checker::arguments(CallExpr* call, const Signature* sig, std::vector<Operand>& args) {
  for (Operand& a : args)
    if (a.invalid()) return;
  for (const Type* t : sig->params)
    if (t->kind == TypeKind::Invalid) return;  // the declaration's error was reported
  size_t nargs = args.size(), npars = sig->params.size();
  std::vector<const Type*> params = sig->params;
  if (sig->variadic) {
    if (call->hasEllipsis) {
      if (call->args.size() == 1 && nargs > 1) {
        error(call->args[0]->pos, "cannot use ... with " + std::to_string(nargs) + "-valued " + exprStr(call->args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      const Type* last = params.back();
      const Type* elem = last->as<SliceType>() ? last->as<SliceType>()->elem : last;
      params.pop_back();
      while (params.size() < nargs) params.push_back(elem);
      npars = nargs;
      call->packVariadic = true;
    } else {
      npars--;
    }
  } else if (call->hasEllipsis) {
    error(call->args.empty() ? call->rparen : call->args.back()->pos,
          "cannot use ... in call to non-variadic " + exprStr(call->fun));
    return;
  }
  if (nargs != npars) {
    std::vector<const Type*> have;
    for (Operand& a : args) have.push_back(a.type);
    std::string q = nargs > npars ? "too many" : "not enough";
    Pos at = nargs > npars ? args[npars].expr->pos : nargs > 0 ? args[nargs - 1].expr->pos : call->rparen;
    error(at, q + " arguments in call to " + exprStr(call->fun) + "\n\thave " + typesSummary(have, false) +
                  "\n\twant " + typesSummary(sig->params, sig->variadic));
    return;
  }
  std::string context = "argument to " + exprStr(call->fun);
  for (size_t i = 0; i < nargs; i++) assignment(args[i], params[i], context);
}

// ---------------------------------------------------------------------------------------------
// Conversions.

static bool isConstType(const Type* t) {
  TypeKind k = t->underlying()->kind;
  return t->isBasic() && k != TypeKind::UnsafePointer && k != TypeKind::UntypedNil;
}

static std::string utf8(uint32_t r) {
  if ((r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF) r = 0xFFFD;
  std::string s;
  if (r < 0x80) {
    s += char(r);
  } else if (r < 0x800) {
    s += char(0xC0 | (r >> 6));
    s += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    s += char(0xE0 | (r >> 12));
    s += char(0x80 | ((r >> 6) & 0x3F));
    s += char(0x80 | (r & 0x3F));
  } else {
    s += char(0xF0 | (r >> 18));
    s += char(0x80 | ((r >> 12) & 0x3F));
    s += char(0x80 | ((r >> 6) & 0x3F));
    s += char(0x80 | (r & 0x3F));
  }
  return s;
}

// Identity ignoring struct tags (conversions may change tags).
static bool identicalIgnoreTags(const Type* a, const Type* b) {
  if (identical(a, b)) return true;
  auto* sa = a->as<StructType>();
  auto* sb = b->as<StructType>();
  if (!sa || !sb || sa->fields.size() != sb->fields.size()) return false;
  for (size_t i = 0; i < sa->fields.size(); i++) {
    const StructField& x = sa->fields[i];
    const StructField& y = sb->fields[i];
    if (x.name != y.name || x.embedded != y.embedded || !identicalIgnoreTags(x.type, y.type)) return false;
  }
  return true;
}

static bool isBytesOrRunes(const Type* t) {
  auto* s = t->underlying()->as<SliceType>();
  if (!s) return false;
  TypeKind k = s->elem->underlying()->kind;
  return k == TypeKind::Uint8 || k == TypeKind::Int32;
}

bool Checker::convertibleTo(const Operand& x, const Type* t) {
  Operand copy = x;
  if (assignableTo(copy, t)) return true;
  const Type* v = x.type->underlying();
  const Type* u = t->underlying();
  if (identicalIgnoreTags(v, u)) return true;
  auto* vp = x.type->as<PointerType>();
  auto* tp = t->as<PointerType>();
  if (vp && tp && identicalIgnoreTags(vp->elem->underlying(), tp->elem->underlying())) return true;
  if ((v->isInteger() || v->isFloat()) && (u->isInteger() || u->isFloat())) return true;
  if ((v->isInteger() || isBytesOrRunes(x.type)) && u->isString()) return true;
  if (v->isString() && isBytesOrRunes(t)) return true;
  if (auto* vs = v->as<SliceType>()) {
    if (auto* p = u->as<PointerType>())  // slice to array pointer (Go 1.17)
      if (auto* a = p->elem->underlying()->as<ArrayType>(); a && identical(vs->elem, a->elem)) return true;
    if (auto* a = u->as<ArrayType>(); a && identical(vs->elem, a->elem)) return true;  // Go 1.20
  }
  return false;
}

void Checker::conversion(Operand& x, const Type* t) {
  bool constArg = x.mode == ExprMode::Constant;
  bool ok = false;
  if (constArg && isConstType(t)) {
    const Type* u = t->underlying();
    Constant rounded = x.val;
    if (representableConst(x.val, u, &rounded)) {
      x.val = rounded;
      ok = true;
    } else if (x.type->isInteger() && u->isString()) {
      uint32_t cp = 0xFFFD;
      if (x.val.fitsInt(64, false) && x.val.uint64Val() <= 0x10FFFF) cp = static_cast<uint32_t>(x.val.uint64Val());
      x.val = Constant::makeString(utf8(cp));
      ok = true;
    }
    if (!ok && x.type->isInteger() && t->isInteger()) {
      error(x.expr->pos, "constant " + x.val.toString() + " overflows " + t->str());
      x.mode = ExprMode::Invalid;
      return;
    }
  } else if (convertibleTo(x, t)) {
    ok = true;
    x.mode = ExprMode::Value;
  }
  if (!ok) {
    error(x.expr->pos, "cannot convert " + operandStr(x) + " to type " + t->str());
    x.mode = ExprMode::Invalid;
    return;
  }
  if (x.type->isUntyped()) {
    const Type* final = t;
    if (t->underlying()->kind == TypeKind::Interface || (constArg && !isConstType(t)) || x.isNil())
      final = defaultType(x.type);
    else if (x.mode == ExprMode::Constant && x.type->isInteger() && t->isString())
      final = x.type;
    updateExprType(x.expr, final, true);
  }
  x.type = t;
}

}  // namespace csp::sema
