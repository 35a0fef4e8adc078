// frontend/sema_assign.cpp: assignability and everything that assigns: `=`, `:=`, var
// initialization, return statements, argument passing (go/types assignments.go).
//
// assignment() is the one place where an untyped operand gets the type of its destination
// (or its default type for `any` destinations and `_`), so codegen sees typed values.
#include "frontend/sema_checker.h"

namespace csp::sema {

bool Checker::assignableTo(Operand& x, const Type* t) {
  if (x.invalid() || !t) return false;
  const Type* v = x.type;
  if (identical(v, t)) return true;
  if (v->kind == TypeKind::Invalid || t->kind == TypeKind::Invalid) return true;  // avoid follow-up errors
  const Type* vu = v->underlying();
  const Type* tu = t->underlying();
  if (v->isUntyped()) {
    const Type* nt;
    Constant val;
    bool hasVal;
    return implicitTypeAndValue(x, t, &nt, &val, &hasVal) == kOk && nt;
  }
  auto hasName = [](const Type* x) { return x->kind == TypeKind::Named || x->isBasic(); };
  if (identical(vu, tu) && (!hasName(v) || !hasName(t))) return true;
  if (tu->kind == TypeKind::Interface) return implements(v, t, nullptr);
  // A bidirectional channel value to a directional channel type of the same element.
  auto* vc = vu->as<ChanType>();
  auto* tc = tu->as<ChanType>();
  if (vc && tc && vc->dir == ChanDir::Both && identical(vc->elem, tc->elem) && (!hasName(v) || !hasName(t)))
    return true;
  return false;
}

// Why x cannot be assigned to t, as go/types appends it to "cannot use x as T value in ...".
std::string Checker::assignCause(const Operand& x, const Type* t) {
  if (!x.type || x.type->isUntyped()) return "";
  const Type* tu = t->underlying();
  if (tu->kind == TypeKind::Interface) {
    std::string cause = missingMethodCause(x.type, t);
    if (!cause.empty()) return ": " + x.type->str() + " does not implement " + t->str() + " " + cause;
  }
  if (x.type->underlying()->kind == TypeKind::Interface && tu->kind != TypeKind::Interface) {
    std::string cause;
    if (implements(t, x.type, &cause)) return ": need type assertion";
  }
  return "";
}

void Checker::assignment(Operand& x, const Type* t, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case ExprMode::Invalid: return;
    case ExprMode::Constant: case ExprMode::Variable: case ExprMode::MapIndex: case ExprMode::Value:
    case ExprMode::CommaOk:
      break;
    default:
      error(x.expr->pos, "cannot assign " + operandStr(x) + " to " + (t ? t->str() : "_") + " in " + context);
      x.mode = ExprMode::Invalid;
      return;
  }
  if (x.type->isUntyped()) {
    const Type* target = t;
    if (!t || t->underlying()->kind == TypeKind::Interface) {
      if (!t && x.isNil()) {
        error(x.expr->pos, "use of untyped nil in " + context);
        x.mode = ExprMode::Invalid;
        return;
      }
      target = defaultType(x.type);
    }
    const Type* nt;
    Constant val;
    bool hasVal;
    int code = implicitTypeAndValue(x, target, &nt, &val, &hasVal);
    if (code) {
      std::string msg = "cannot use " + operandStr(x) + " as " + target->str() + " value in " + context;
      if (code == kTruncated) msg += " (truncated)";
      else if (code == kOverflow) msg += " (overflows)";
      error(x.expr->pos, msg);
      x.mode = ExprMode::Invalid;
      return;
    }
    if (hasVal) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (nt != x.type) {
      x.type = nt;
      updateExprType(x.expr, nt, false);
    }
  }
  if (!t) return;
  if (!assignableTo(x, t)) {
    error(x.expr->pos, "cannot use " + operandStr(x) + " as " + t->str() + " value in " + context + assignCause(x, t));
    x.mode = ExprMode::Invalid;
  }
}

void Checker::initVar(Object* lhs, Operand& x, const std::string& context) {
  if (x.invalid() || x.type->kind == TypeKind::Invalid || (lhs->type && lhs->type->kind == TypeKind::Invalid)) {
    if (!lhs->type) lhs->type = types_.invalid();
    // Go 1.22's initVar does not mark lhs used (1.19's did): an unused variable whose
    // initialization failed is also "declared and not used".
    x.mode = ExprMode::Invalid;
    return;
  }
  if (!lhs->type) {
    const Type* t = x.type;
    if (t->isUntyped()) {
      if (x.isNil()) {
        error(x.expr->pos, "use of untyped nil in " + context);
        lhs->type = types_.invalid();
        x.mode = ExprMode::Invalid;
        return;
      }
      t = defaultType(t);
    }
    if (t->kind == TypeKind::Tuple) {
      lhs->type = types_.invalid();
      return;
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
}

static std::string measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable"), vals = measure(r, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1)
    if (auto* call = unparen(rhs0)->as<CallExpr>()) {
      error(rhs0->pos, "assignment mismatch: " + vars + " but " + exprStr(call->fun) + " returns " + vals);
      return;
    }
  error(rhs0->pos, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(Pos at, const std::vector<Object*>& lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  std::string q = "not enough";
  if (r > l) {
    at = rhs[l].expr->pos;
    q = "too many";
  } else if (r > 0) {
    at = rhs[r - 1].expr->pos;
  }
  std::vector<const Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (Object* o : lhs) want.push_back(o->type);
  error(at, q + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
}

void Checker::initVars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, Stmt* returnStmt) {
  std::string context = returnStmt ? "return statement" : "assignment";
  if (!returnStmt && !lhs.empty() && lhs[0]->isGlobal) context = "variable declaration";
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && unparen(rhs[0])->as<CallExpr>();
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; i++) {
      Operand x;
      expr(x, rhs[i], lhs[i]->type);
      initVar(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    bool ok = true;
    std::vector<Operand> xs;
    for (Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
      xs.push_back(x);
    }
    if (ok) {
      if (returnStmt) returnError(returnStmt->pos, lhs, xs);
      else assignError(rhs, l, r);
    }
    for (Object* o : lhs)  // only ensure a type: Go 1.22 does not mark them used
      if (!o->type) o->type = types_.invalid();
    return;
  }
  std::vector<Operand> xs;
  std::vector<bool> blank;
  for (Object* o : lhs) blank.push_back(o->name == "_");
  multiCallExpr(xs, rhs[0], blank);
  if (xs.size() == l) {
    for (size_t i = 0; i < l; i++) initVar(lhs[i], xs[i], context);
    return;
  }
  if (!xs[0].invalid()) {
    if (returnStmt) returnError(returnStmt->pos, lhs, xs);
    else assignError(rhs, l, xs.size());
  }
  for (Object* o : lhs)  // only ensure a type: Go 1.22 does not mark them used
    if (!o->type) o->type = types_.invalid();
}

// The rhs of `a, b = f()` (or of a comma-ok form).
void Checker::multiCallExpr(std::vector<Operand>& xs, Expr* rhs, const std::vector<bool>& blank) {
  Expr* saved = multiCall_;
  multiCall_ = blank.size() >= 2 ? unparen(rhs) : nullptr;
  multiExpr(xs, rhs);
  multiCall_ = saved;
}

// Returns nullptr for `_`, the invalid type after an error, else the type of the variable.
const Type* Checker::lhsVar(Expr* lhs) {
  auto* id = unparen(lhs)->as<Ident>();
  if (id && id->name == "_") {
    id->obj = nullptr;
    id->mode = ExprMode::Variable;
    return nullptr;
  }
  Object* v = nullptr;
  bool vUsed = false;
  if (id) {
    Object* o = scope_->lookup(id->name);
    if (o && o->kind == ObjKind::Var) {
      v = o;
      vUsed = o->used;
    }
  }
  Operand x;
  expr(x, lhs);
  if (v) v->used = vUsed;
  if (x.invalid()) return types_.invalid();
  if (x.mode != ExprMode::Variable && x.mode != ExprMode::MapIndex) {
    // go/types re-evaluates sel.X; its recorded mode says the same.
    if (auto* sel = x.expr->as<SelectorExpr>(); sel && sel->x->mode == ExprMode::MapIndex) {
      error(startPos(x.expr), "cannot assign to struct field " + exprStr(x.expr) + " in map");
      return types_.invalid();
    }
    error(startPos(x.expr), "cannot assign to " + exprStr(x.expr) + " (neither addressable nor a map index expression)");
    return types_.invalid();
  }
  return x.type;
}

void Checker::assignVar(Expr* lhs, Expr* rhs, Operand* x, const std::string& context) {
  const Type* t = lhsVar(lhs);
  if (t && t->kind == TypeKind::Invalid) {
    if (x) x->mode = ExprMode::Invalid;
    else use({rhs});
    return;
  }
  Operand local;
  if (!x) {
    expr(local, rhs, t);
    x = &local;
  }
  std::string ctx = context;
  if (!t && context == "assignment") ctx = "assignment to _ identifier";
  assignment(*x, t, ctx);
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool isCall = r == 1 && unparen(rhs[0])->as<CallExpr>();
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; i++) assignVar(lhs[i], rhs[i], nullptr, "assignment");
    return;
  }
  if (r != 1) {
    bool ok = true;
    for (Expr* e : lhs) {
      if (auto* id = unparen(e)->as<Ident>(); id && id->name == "_") continue;
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    for (Expr* e : rhs) {
      Operand x;
      expr(x, e);
      if (x.invalid()) ok = false;
    }
    if (ok) assignError(rhs, l, r);
    return;
  }
  std::vector<Operand> xs;
  std::vector<bool> blank;
  for (Expr* e : lhs) {
    auto* id = unparen(e)->as<Ident>();
    blank.push_back(id && id->name == "_");
  }
  multiCallExpr(xs, rhs[0], blank);
  if (xs.size() == l) {
    for (size_t i = 0; i < l; i++) assignVar(lhs[i], nullptr, &xs[i], "assignment");
    return;
  }
  if (!xs[0].invalid()) assignError(rhs, l, xs.size());
  for (Expr* e : lhs) lhsVar(e);
}

void Checker::shortVarDecl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  std::set<std::string> seen;
  std::vector<Object*> lhsVars(lhs.size(), nullptr);
  std::vector<std::pair<Object*, Ident*>> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); i++) {
    auto* id = lhs[i]->as<Ident>();
    if (!id) {
      use({lhs[i]});
      error(lhs[i]->pos, "non-name " + exprStr(lhs[i]) + " on left side of :=");
      hasErr = true;
      continue;
    }
    if (id->name != "_") {
      if (seen.count(id->name)) {
        error(id->pos, id->name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(id->name);
    }
    if (Object* alt = id->name == "_" ? nullptr : scope_->lookupLocal(id->name)) {
      id->obj = alt;
      if (alt->kind == ObjKind::Var) {
        lhsVars[i] = alt;
      } else {
        error(id->pos, "cannot assign to " + id->name);
        hasErr = true;
      }
      continue;
    }
    Object* o = newVar(id, nullptr);
    lhsVars[i] = o;
    if (id->name != "_") newVars.push_back({o, id});
  }
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!lhsVars[i]) {
      lhsVars[i] = newVar(nullptr, nullptr);
      lhsVars[i]->name = "_";
    }
  initVars(lhsVars, rhs, nullptr);
  if (newVars.empty() && !hasErr) {
    error(pos, "no new variables on left side of :=");
    return;
  }
  for (auto& [o, id] : newVars) declareLocal(o, id);
}

}  // namespace csp::sema
