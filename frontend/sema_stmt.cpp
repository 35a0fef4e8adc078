// frontend/sema_stmt.cpp: statements (go/types stmt.go): scopes, expression statements,
// assignments, ++/--, return, if, switch (with duplicate constant cases), for, range over
// strings and integers (Go 1.22), fallthrough placement, and unused local variables.
//
// break/continue/fallthrough and labels are checked per function body by checkBranches
// (sema_branch.cpp), as gc's parser does (syntax/branches.go), with its wording.
#include <algorithm>

#include "frontend/sema_checker.h"

namespace csp::sema {

void Checker::openScope() { scope_ = types_.newScope(scope_); }
void Checker::closeScope() { scope_ = scope_->parent(); }

void Checker::declareLocal(Object* obj, Ident* id) {
  if (obj->name == "_") {
    if (id) id->obj = nullptr;
    return;
  }
  if (id) {
    id->obj = obj;
    id->isDecl = true;
  }
  if (scope_->insert(obj)) {
    error(obj->pos, obj->name + " redeclared in this block");
    return;
  }
  if (obj->kind == ObjKind::Var) {
    obj->owner = funcs_.empty() ? nullptr : funcs_.back().node;
    if (!obj->isParam) localVars_.push_back(obj);
  }
}

void Checker::reportUnusedVars() {
  std::vector<Object*> unused;
  for (Object* v : localVars_)
    if (!v->used) unused.push_back(v);
  std::sort(unused.begin(), unused.end(), [](Object* a, Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Object* v : unused) error(v->pos, "declared and not used: " + v->name);
  localVars_.clear();
}

void Checker::stmtList(const std::vector<Stmt*>& list, int ctx) {
  for (Stmt* s : list) stmt(s, ctx);
}

void Checker::stmt(Stmt* s, int ctx) {
  if (!s) return;
  int inner = ctx;
  switch (s->kind) {
    case StmtKind::Bad: case StmtKind::Empty: return;
    case StmtKind::Decl: localGenDecl(s->as<DeclStmt>()->decl); return;
    case StmtKind::Labeled: stmt(s->as<LabeledStmt>()->stmt, ctx); return;
    case StmtKind::Expr: exprStmt(s->as<ExprStmt>()); return;
    case StmtKind::Send: sendStmt(s->as<SendStmt>()); return;
    case StmtKind::IncDec: incDecStmt(s->as<IncDecStmt>()); return;
    case StmtKind::Assign: assignStmt(s->as<AssignStmt>()); return;
    case StmtKind::Go: suspendedCall("go", s->as<GoStmt>()->call); return;
    case StmtKind::Defer: suspendedCall("defer", s->as<DeferStmt>()->call); return;
    case StmtKind::Return: returnStmt(s->as<ReturnStmt>()); return;
    case StmtKind::Branch: branchStmt(s->as<BranchStmt>(), ctx); return;
    case StmtKind::Block:
      openScope();
      stmtList(s->as<BlockStmt>()->list, inner);
      closeScope();
      return;
    case StmtKind::If: ifStmt(s->as<IfStmt>(), inner); return;
    case StmtKind::Switch: switchStmt(s->as<SwitchStmt>(), inner); return;
    case StmtKind::TypeSwitch: typeSwitchStmt(s->as<TypeSwitchStmt>(), inner); return;
    case StmtKind::Select: selectStmt(s->as<SelectStmt>(), inner); return;
    case StmtKind::For: forStmt(s->as<ForStmt>(), inner); return;
    case StmtKind::Range: rangeStmt(s->as<RangeStmt>(), inner); return;
    case StmtKind::CaseClause: case StmtKind::CommClause: return;  // only inside switch/select
  }
}

// go/defer call (go/types' suspendedCall): a call of a function or of a built-in that may be
// a statement; the parser has reported expressions that are not calls.
void Checker::suspendedCall(const char* keyword, Expr* call) {
  auto* c = call ? unparen(call)->as<CallExpr>() : nullptr;
  if (!c || call->kind == ExprKind::Paren) {
    use({call});
    return;
  }
  Expr* saved = stmtCall_;
  stmtCall_ = c;
  Operand x;
  rawExpr(x, c, nullptr);
  stmtCall_ = saved;
  if (x.invalid()) return;
  if (c->callKind == CallKind::Conversion) {
    error(c->pos, std::string(keyword) + " requires function call, not conversion");
  } else if (c->callKind == CallKind::Builtin && !statementBuiltin(c->builtin)) {
    error(c->pos, std::string(keyword) + " discards result of " + operandStr(x));
  }
}

// Built-ins whose call may stand as a statement.
bool Checker::statementBuiltin(int id) {
  return id == kBuiltinPrint || id == kBuiltinPrintln || id == kBuiltinPanic || id == kBuiltinCopy ||
         id == kBuiltinDelete || id == kBuiltinClose || id == kBuiltinClear || id == kBuiltinRecover ||
         (id >= kBuiltinAsyncioGather && id <= kBuiltinAsyncioGatherErrors);  // (calls of functions, as far as Go can tell)
}

namespace {

// <-ch, possibly parenthesized.
bool isRecv(Expr* e) {
  auto* u = e ? unparen(e)->as<UnaryExpr>() : nullptr;
  return u && u->op == Tok::Arrow;
}

}  // namespace

// Calls of functions and of some built-ins may stand alone; other expressions are "not used".
void Checker::exprStmt(ExprStmt* s) {
  Operand x;
  Expr* saved = stmtCall_;
  stmtCall_ = unparen(s->x);
  rawExpr(x, s->x, nullptr);
  stmtCall_ = saved;
  if (x.invalid()) return;
  const char* msg = " is not used";
  if (x.mode == ExprMode::Builtin) msg = " must be called";
  else if (x.mode == ExprMode::TypeExpr) msg = " is not an expression";
  else if (isRecv(s->x)) return;
  else if (unparen(s->x)->kind == ExprKind::Await) return;
  else if (auto* call = unparen(s->x)->as<CallExpr>()) {
    if (call->callKind == CallKind::Call) return;
    if (call->callKind == CallKind::Builtin && statementBuiltin(call->builtin)) return;
  }
  error(x.expr->pos, operandStr(x) + msg);
}

// ch <- v (types2's SendStmt).
void Checker::sendStmt(SendStmt* s) {
  Operand ch, val;
  expr(ch, s->chan);
  expr(val, s->value);
  if (ch.invalid() || val.invalid()) return;
  auto* u = ch.type->underlying()->as<ChanType>();
  if (!u) {
    error(s->pos, "invalid operation: cannot send to non-channel " + operandStr(ch));
    return;
  }
  if (u->dir == ChanDir::Recv) {
    error(s->pos, "invalid operation: cannot send to receive-only channel " + operandStr(ch));
    return;
  }
  assignment(val, u->elem, "send");
}

// select { case comm: body ... } (types2's SelectStmt): each clause's comm is a send, a
// receive, or an assignment or short variable declaration whose one right-hand side is a
// receive; its variables are scoped to the clause.
void Checker::selectStmt(SelectStmt* s, int ctx) {
  bool seenDefault = false;
  for (CommClause* cc : s->clauses) {
    if (!cc->comm) {
      if (seenDefault) error(cc->pos, "multiple defaults in select");
      seenDefault = true;
    } else if (!validComm(cc->comm)) {
      Pos at = cc->comm->pos;
      if (cc->comm->kind == StmtKind::Expr) {  // types2 reports at the expression (a binary one's operator)
        Expr* x = unparen(cc->comm->as<ExprStmt>()->x);
        at = x->kind == ExprKind::Binary ? x->as<BinaryExpr>()->opPos : x->pos;
      }
      error(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    openScope();
    if (cc->comm) stmt(cc->comm, 0);
    stmtList(cc->body, ctx | static_cast<int>(BranchCtx::BreakOk));
    closeScope();
  }
}

bool Checker::validComm(Stmt* comm) {
  switch (comm->kind) {
    case StmtKind::Send: return true;
    case StmtKind::Expr: return isRecv(comm->as<ExprStmt>()->x);
    case StmtKind::Assign: {
      auto* a = comm->as<AssignStmt>();
      return (a->tok == Tok::Assign || a->tok == Tok::Define) && a->rhs.size() == 1 && isRecv(a->rhs[0]);
    }
    default: return false;
  }
}

void Checker::assignStmt(AssignStmt* s) {
  if (s->tok == Tok::Assign || s->tok == Tok::Define) {
    if (s->lhs.empty() || s->rhs.empty()) return;  // the parser reported it
    if (s->tok == Tok::Define) shortVarDecl(s->tokPos, s->lhs, s->rhs);
    else assignVars(s->lhs, s->rhs);
    return;
  }
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(s->tokPos, std::string("assignment operation ") + tokName(s->tok) + " requires single-valued expressions");
    return;
  }
  Tok op = binaryOpOf(s->tok);
  if (op == Tok::Illegal) return;
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], op, s->tokPos);
  if (x.invalid()) return;
  assignVar(s->lhs[0], nullptr, &x, "assignment operation");
}

void Checker::incDecStmt(IncDecStmt* s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid()) return;
  if (!x.type->isNumeric()) {
    error(s->x->pos, "invalid operation: " + exprStr(s->x) + (s->tok == Tok::Inc ? "++" : "--") +
                         " (non-numeric type " + x.type->str() + ")");
    return;
  }
  assignVar(s->x, nullptr, &x, "assignment");
}

void Checker::returnStmt(ReturnStmt* s) {
  if (!curSig_) return;
  const std::vector<Object*>& res = resultVars_;
  if (s->results.empty() && !res.empty() && !res[0]->name.empty()) {
    for (Object* o : res) {
      Object* alt = scope_->lookup(o->name);
      if (alt && alt != o) {
        error(s->pos, "result parameter " + o->name + " not in scope at return");
        break;
      }
    }
    return;
  }
  if (!s->results.empty() || !res.empty()) initVars(res, s->results, s);
}

void Checker::branchStmt(BranchStmt* s, int ctx) {
  if (s->tok == Tok::Goto) {
    error(s->pos, "goto is not supported in csp");
    return;
  }
  // break, continue and fallthrough: checkBranches.
}

void Checker::ifStmt(IfStmt* s, int ctx) {
  openScope();
  stmt(s->init, 0);
  Operand x;
  expr(x, s->cond);
  if (!x.invalid() && !x.type->isBoolean()) error(s->cond->pos, "non-boolean condition in if statement");
  stmt(s->body, ctx);
  if (s->elseStmt) stmt(s->elseStmt, ctx);
  closeScope();
}

void Checker::caseValues(Operand& tag, CaseClause* clause, std::vector<std::pair<Constant, Pos>>& seen) {
  for (Expr* e : clause->list) {
    Operand v;
    expr(v, e);
    if (tag.invalid() || v.invalid()) continue;
    convertUntyped(v, tag.type);
    if (v.invalid()) continue;
    Operand res = v;
    comparison(res, tag, Tok::Eql, true);
    if (res.invalid() || v.mode != ExprMode::Constant || v.val.isUnknown()) continue;
    if (v.val.kind() == Constant::Kind::Bool) continue;  // as gc: only numbers and strings
    bool dup = false;
    for (auto& [val, pos] : seen) {
      if (val.kind() == v.val.kind() && Constant::compare(val, Tok::Eql, v.val)) {
        error(v.expr->pos, "duplicate case " + operandStr(v) + " in expression switch");
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v.val, v.expr->pos});
  }
}

void Checker::switchStmt(SwitchStmt* s, int ctx) {
  int inner = ctx | static_cast<int>(BranchCtx::BreakOk);
  openScope();
  stmt(s->init, 0);
  Operand x;
  std::unique_ptr<Ident> synthetic;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
  } else {
    synthetic = std::make_unique<Ident>("true");
    synthetic->pos = s->pos;
    x.mode = ExprMode::Constant;
    x.type = types_.basic(TypeKind::Bool);
    x.val = Constant::makeBool(true);
    x.expr = synthetic.get();
  }
  CaseClause* firstDefault = nullptr;
  std::vector<std::pair<Constant, Pos>> seen;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* c = s->clauses[i];
    if (!c) continue;
    if (c->isDefault) {
      if (firstDefault) error(c->pos, "multiple defaults in switch");
      else firstDefault = c;
    }
    caseValues(x, c, seen);
    openScope();
    stmtList(c->body, inner);
    closeScope();
  }
  closeScope();
}

// switch [init;] [v :=] x.(type) { case T1, T2: ... case nil: ... default: ... }
void Checker::typeSwitchStmt(TypeSwitchStmt* s, int ctx) {
  int inner = ctx | static_cast<int>(BranchCtx::BreakOk);
  openScope();
  stmt(s->init, 0);
  Ident* lhs = nullptr;
  Expr* rhs = nullptr;
  if (auto* a = s->assign ? s->assign->as<AssignStmt>() : nullptr) {
    if (a->lhs.size() == 1) lhs = a->lhs[0]->as<Ident>();
    if (a->rhs.size() == 1) rhs = a->rhs[0];
    if (lhs && lhs->name == "_") {
      error(lhs->pos, "no new variable on left side of :=");
      lhs = nullptr;
    }
  } else if (auto* es = s->assign ? s->assign->as<ExprStmt>() : nullptr) {
    rhs = es->x;
  }
  auto* ta = rhs ? unparen(rhs)->as<TypeAssertExpr>() : nullptr;
  Operand x;
  if (ta) expr(x, ta->x);
  if (ta && !x.invalid() && x.type->underlying()->kind != TypeKind::Interface) {
    error(x.expr->pos, operandStr(x) + " is not an interface");
    x.mode = ExprMode::Invalid;
  }
  if (ta) {
    ta->mode = x.mode;
    ta->type = x.type;
  }
  std::vector<Object*> vars;
  CaseClause* firstDefault = nullptr;
  std::vector<std::pair<const Type*, Pos>> seen;  // nullptr: nil
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* c = s->clauses[i];
    if (!c) continue;
    if (c->isDefault) {
      if (firstDefault) error(c->pos, "multiple defaults in switch");
      else firstDefault = c;
    }
    const Type* single = nullptr;
    int n = 0;
    for (Expr* te : c->list) {
      n++;
      const Type* t = nullptr;
      if (auto* id = unparen(te)->as<Ident>(); id && id->name == "nil" && scope_->lookup("nil") &&
                                               scope_->lookup("nil")->kind == ObjKind::Nil) {
        id->obj = scope_->lookup("nil");
        te->mode = ExprMode::Value;
        te->type = types_.basic(TypeKind::UntypedNil);
      } else {
        t = typExpr(te);
        if (t->kind == TypeKind::Invalid) continue;
      }
      if (!x.invalid() && t && t->underlying()->kind != TypeKind::Interface) {
        std::string cause;
        if (!implements(t, x.type, &cause))
          error(te->pos, "impossible type switch case: " + exprStr(ta->x) + " (" + operandStr(x).substr(exprStr(ta->x).size() + 2) +
                             " cannot have dynamic type " + t->str() + " " + cause);
      }
      for (auto& [st, pos] : seen)
        if ((st == nullptr && t == nullptr) || (st && t && identical(st, t))) {
          error(te->pos, "duplicate case " + (t ? t->str() : std::string("nil")) + " in type switch");
          break;
        }
      seen.push_back({t, te->pos});
      single = t;
    }
    openScope();
    if (lhs) {
      const Type* vt = n == 1 && single ? single : x.type;
      if (x.invalid()) vt = types_.invalid();
      Object* v = newVar(lhs, vt);
      v->pos = lhs->pos;
      v->used = false;
      scope_->insert(v);
      v->owner = funcs_.empty() ? nullptr : funcs_.back().node;
      c->implicitObj = v;
      vars.push_back(v);
    }
    int cc = inner;
    stmtList(c->body, cc);
    closeScope();
  }
  if (lhs) {
    lhs->obj = vars.empty() ? nullptr : vars[0];
    lhs->isDecl = true;
    bool used = false;
    for (Object* v : vars) used = used || v->used;
    if (!used && !x.invalid()) error(lhs->pos, "declared and not used: " + lhs->name);
  }
  closeScope();
}

void Checker::forStmt(ForStmt* s, int ctx) {
  openScope();
  stmt(s->init, 0);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !x.type->isBoolean()) error(s->cond->pos, "non-boolean condition in for statement");
  }
  if (auto* a = s->post ? s->post->as<AssignStmt>() : nullptr; a && a->tok == Tok::Define) {
    error(s->post->pos, "cannot declare in post statement");
    use(a->lhs);
    use(a->rhs);
  } else {
    stmt(s->post, 0);
  }
  stmt(s->body, ctx);
  closeScope();
}

void Checker::rangeStmt(RangeStmt* s, int ctx) {
  Operand x;
  expr(x, s->x);
  const Type* key = nullptr;
  const Type* val = nullptr;
  bool overInt = false;
  if (!x.invalid()) {
    const Type* u = x.type->underlying();
    if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Array) u = p->elem->underlying();
    if (x.type->isString()) {
      key = types_.basic(TypeKind::Int);
      val = types_.runeType();
    } else if (auto* a = u->as<ArrayType>()) {
      key = types_.basic(TypeKind::Int);
      val = a->elem;
    } else if (auto* sl = u->as<SliceType>()) {
      key = types_.basic(TypeKind::Int);
      val = sl->elem;
    } else if (auto* m = u->as<MapType>()) {
      key = m->key;
      val = m->val;
    } else if (auto* ch = u->as<ChanType>()) {
      if (ch->dir == ChanDir::Send) {
        error(x.expr->pos, "cannot range over " + operandStr(x) + ": receive from send-only channel");
      } else {
        key = ch->elem;
        if (s->value) error(s->value->pos, "range over " + operandStr(x) + " permits only one iteration variable");
      }
    } else if (x.type->isInteger()) {
      key = x.type;
      overInt = true;
      if (s->value) {
        error(s->value->pos, "range over " + operandStr(x) + " permits only one iteration variable");
      }
    } else {
      error(x.expr->pos, "cannot range over " + operandStr(x));
    }
    // As types2's rangeStmt: only once the range expression is fine (and not over an integer,
    // which already reported its second variable); further variables are ignored.
    if (s->extra && key && !overInt) error(startPos(s->extra), "range clause permits at most two iteration variables");
  }
  openScope();
  Expr* lhs[2] = {s->key, s->value};
  const Type* rhs[2] = {key, val};
  if (s->tok == Tok::Define) {
    std::vector<std::pair<Object*, Ident*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Object* obj;
      auto* id = lhs[i]->as<Ident>();
      if (id) {
        obj = newVar(id, nullptr);
        if (id->name != "_") vars.push_back({obj, id});
      } else {
        error(lhs[i]->pos, "non-name " + exprStr(lhs[i]) + " on left side of :=");
        obj = newVar(nullptr, nullptr);
        obj->name = "_";
      }
      if (!rhs[i] || rhs[i]->kind == TypeKind::Invalid || (overInt && i == 1)) {
        obj->type = types_.invalid();
        obj->used = true;
        continue;
      }
      if (overInt) {
        initVar(obj, x, "range clause");
      } else {
        Operand y;
        y.mode = ExprMode::Value;
        y.expr = lhs[i];
        y.type = rhs[i];
        initVar(obj, y, "assignment");
      }
    }
    if (!vars.empty()) {
      for (auto& [o, id] : vars) declareLocal(o, id);
    } else if (s->key || s->value) {
      error(s->pos, "no new variables on left side of :=");
    }
  } else if (s->key) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i] || rhs[i]->kind == TypeKind::Invalid || (overInt && i == 1)) continue;
      if (overInt) {
        assignVar(lhs[i], nullptr, &x, "range clause");
        if (!x.invalid() && !x.type->isInteger())
          error(lhs[i]->pos, "cannot use iteration variable of type " + x.type->str());
      } else {
        Operand y;
        y.mode = ExprMode::Value;
        y.expr = lhs[i];
        y.type = rhs[i];
        assignVar(lhs[i], nullptr, &y, "assignment");
      }
    }
  } else if (overInt) {
    assignment(x, nullptr, "range clause");
  }
  stmt(s->body, ctx);
  closeScope();
}

}  // namespace csp::sema
