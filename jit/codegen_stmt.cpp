// jit/codegen_stmt.cpp: statements.
//
// Control flow: if/for/switch build their blocks here; break/continue find their
// destination through `targets_` (BranchStmt::target is set by sema; a LabeledStmt is an
// alias of the statement it labels). fallthrough jumps to the next clause's body, kept in
// `fallthrough_` while a clause body is generated.
// Each evaluation root's calls are evaluated first (hoistCalls, codegen_order.cpp).
// Assignments follow Go's two phases: every right-hand side is evaluated first, then the
// stores happen left to right (so `a, b = b, a` swaps).
#include "jit/codegen.h"

namespace csp {

void FuncGen::genStmts(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) genStmt(s);
}

void FuncGen::genStmt(Stmt* s) {
  setLoc(s->pos);
  switch (s->kind) {
    case StmtKind::Empty: return;
    case StmtKind::Expr: {
      Expr* x = s->as<ExprStmt>()->x;
      hoistCalls(x);
      genExpr(x);
      return;
    }
    case StmtKind::Decl: genDecl(s->as<DeclStmt>()); return;
    case StmtKind::Assign: {
      auto* a = s->as<AssignStmt>();
      if (a->tok == Tok::Assign || a->tok == Tok::Define) genAssign(a);
      else genOpAssign(a);
      return;
    }
    case StmtKind::IncDec: genIncDec(s->as<IncDecStmt>()); return;
    case StmtKind::Block: genStmts(s->as<BlockStmt>()->list); return;
    case StmtKind::Labeled: {
      auto* l = s->as<LabeledStmt>();
      labeled_[l] = l->stmt;
      genStmt(l->stmt);
      return;
    }
    case StmtKind::Return: genReturn(s->as<ReturnStmt>()); return;
    case StmtKind::If: genIf(s->as<IfStmt>()); return;
    case StmtKind::For: genFor(s->as<ForStmt>()); return;
    case StmtKind::Range: genRange(s->as<RangeStmt>()); return;
    case StmtKind::Switch: genSwitch(s->as<SwitchStmt>()); return;
    case StmtKind::Branch: genBranch(s->as<BranchStmt>()); return;
    case StmtKind::Defer: genDefer(s->as<DeferStmt>()); return;
    case StmtKind::Go: genGo(s->as<GoStmt>()); return;
    case StmtKind::Send: genSend(s->as<SendStmt>()); return;
    case StmtKind::Select: genSelect(s->as<SelectStmt>()); return;
    case StmtKind::TypeSwitch: genTypeSwitch(s->as<TypeSwitchStmt>()); return;
    default: m_.notImplemented(s->pos, "this statement"); return;
  }
}

// The type of an assignment's left-hand side (a declared identifier has it on its object).
const Type* FuncGen::lhsType(Expr* lhs) {
  lhs = unparen(lhs);
  if (auto* id = lhs->as<Ident>(); id && id->obj && id->obj->type) return id->obj->type;
  return lhs->type;
}

// lhs = rhs  |  lhs := rhs
void FuncGen::genAssign(AssignStmt* s) {
  hoistCalls(s->lhs);
  hoistCalls(s->rhs);
  std::vector<const Type*> types;
  std::vector<llvm::Value*> vals = genValues(s->rhs, &types);
  if (vals.size() != s->lhs.size()) {
    m_.notImplemented(s->pos, "this assignment form");
    return;
  }
  if (s->tok == Tok::Define)  // new variables: fresh ones (a new heap cell for escaping ones)
    for (Expr* l : s->lhs)
      if (auto* id = unparen(l)->as<Ident>(); id && id->isDecl && id->obj) declareVar(id->obj);
  std::vector<llvm::Value*> addrs;
  for (Expr* l : s->lhs) addrs.push_back(addrOf(l));
  for (size_t i = 0; i < vals.size(); i++) {
    if (!addrs[i]) continue;
    const Type* t = lhsType(s->lhs[i]);
    store(addrs[i], convertForAssign(vals[i], types[i], t, s->pos), t);
  }
}

// lhs op= rhs
void FuncGen::genOpAssign(AssignStmt* s) {
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    m_.notImplemented(s->pos, "this assignment form");
    return;
  }
  Expr* lhs = s->lhs[0];
  hoistCalls(lhs);
  hoistCalls(s->rhs[0]);
  llvm::Value* addr = addrOf(lhs);
  if (!addr) return;
  llvm::Value* x = load(addr, lhs->type);
  llvm::Value* y = genExpr(s->rhs[0]);
  store(addr, genArith(binaryOpOf(s->tok), x, y, lhs->type, s->rhs[0]->type, s->tokPos), lhs->type);
}

// x++ / x--
void FuncGen::genIncDec(IncDecStmt* s) {
  hoistCalls(s->x);
  llvm::Value* addr = addrOf(s->x);
  if (!addr) return;
  llvm::Type* ty = m_.llvmType(s->x->type);
  llvm::Value* x = b_.CreateLoad(ty, addr);
  llvm::Value* one = ty->isFloatingPointTy() ? llvm::ConstantFP::get(ty, 1.0)
                                              : llvm::ConstantInt::get(ty, 1);
  Tok op = s->tok == Tok::Inc ? Tok::Add : Tok::Sub;
  store(addr, genArith(op, x, one, s->x->type, s->x->type, s->tokPos), s->x->type);
}

// var names [type] [= values]   (const and type declarations generate nothing)
void FuncGen::genDecl(DeclStmt* s) {
  if (s->decl->tok != Tok::Var) return;
  for (Spec* spec : s->decl->specs) {
    auto* vs = static_cast<ValueSpec*>(spec);
    std::vector<const Type*> types;
    std::vector<llvm::Value*> vals;
    // gc splits `var a, b = x, y` into one assignment per name: each value is its own root.
    if (vs->values.size() == vs->names.size()) {
      for (Expr* v : vs->values) {
        hoistCalls(v);
        vals.push_back(genExpr(v));
        types.push_back(v->type);
      }
    } else if (!vs->values.empty()) {
      hoistCalls(vs->values);
      vals = genValues(vs->values, &types);
    }
    for (size_t i = 0; i < vs->names.size(); i++) {
      Object* var = vs->names[i]->obj;
      if (!var) continue;
      declareVar(var);
      llvm::Value* addr = varAddr(var);
      if (i < vals.size())
        store(addr, convertForAssign(vals[i], types[i], var->type, vs->pos), var->type);
      else
        storeZero(addr, var->type);
    }
  }
}

// if init; cond { body } else elseStmt
void FuncGen::genIf(IfStmt* s) {
  if (s->init) genStmt(s->init);
  hoistCalls(s->cond);
  llvm::Value* cond = genExpr(s->cond);
  llvm::BasicBlock* thenBB = newBlock("if.then");
  llvm::BasicBlock* endBB = newBlock("if.end");
  llvm::BasicBlock* elseBB = s->elseStmt ? newBlock("if.else") : endBB;
  b_.CreateCondBr(cond, thenBB, elseBB);
  b_.SetInsertPoint(thenBB);
  genStmts(s->body->list);
  br(endBB);
  if (s->elseStmt) {
    b_.SetInsertPoint(elseBB);
    genStmt(s->elseStmt);
    br(endBB);
  }
  b_.SetInsertPoint(endBB);
}

// for init; cond; post { body }
void FuncGen::genFor(ForStmt* s) {
  m_.noteLoop();
  if (s->init) genStmt(s->init);
  llvm::BasicBlock* condBB = newBlock("for.cond");
  llvm::BasicBlock* bodyBB = newBlock("for.body");
  llvm::BasicBlock* postBB = newBlock("for.post");
  llvm::BasicBlock* endBB = newBlock("for.end");
  loopHeader(condBB);
  if (s->cond) {
    setLoc(s->cond->pos);
    hoistCalls(s->cond);  // in for.cond: again on each evaluation
    b_.CreateCondBr(genExpr(s->cond), bodyBB, endBB);
  } else {
    b_.CreateBr(bodyBB);
  }
  b_.SetInsertPoint(bodyBB);
  targets_.push_back({s, endBB, postBB});
  loopDepth_++;
  genStmts(s->body->list);
  loopDepth_--;
  targets_.pop_back();
  setBlock(postBB);
  // Go 1.22: each iteration has its own copy of the loop variables; one that a closure or a
  // pointer may keep gets a new cell, initialised from the previous iteration's, before post.
  if (auto* init = s->init ? s->init->as<AssignStmt>() : nullptr; init && init->tok == Tok::Define)
    for (Expr* l : init->lhs)
      if (auto* id = unparen(l)->as<Ident>(); id && id->isDecl && id->obj && id->obj->escapes()) {
        llvm::Value* old = varAddr(id->obj);
        llvm::Value* v = load(old, id->obj->type);
        declareVar(id->obj);
        store(varAddr(id->obj), v, id->obj->type);
      }
  if (s->post) genStmt(s->post);
  br(condBB);
  b_.SetInsertPoint(endBB);
}

// switch init; tag { case a, b: ... default: ... }
// Case expressions are tested in source order, left to right; the first match wins; the
// default clause (wherever it is) runs only if nothing matched.
void FuncGen::genSwitch(SwitchStmt* s) {
  if (s->init) genStmt(s->init);
  hoistCalls(s->tag);
  llvm::Value* tag = s->tag ? genExpr(s->tag) : nullptr;
  llvm::BasicBlock* endBB = newBlock("switch.end");
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->clauses.size(); i++) bodies.push_back(newBlock("case.body"));
  llvm::BasicBlock* dflt = endBB;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* c = s->clauses[i];
    if (c->isDefault || c->list.empty()) {
      dflt = bodies[i];
      continue;
    }
    for (Expr* e : c->list) {  // each case expression is its own root, evaluated lazily
      hoistCalls(e);
      llvm::Value* v = genExpr(e);
      llvm::Value* match = tag ? genCompare(Tok::Eql, tag, v, s->tag->type, e->pos) : v;
      llvm::BasicBlock* next = newBlock("case.next");
      b_.CreateCondBr(match, bodies[i], next);
      b_.SetInsertPoint(next);
    }
  }
  br(dflt);
  targets_.push_back({s, endBB, nullptr});
  llvm::BasicBlock* savedFallthrough = fallthrough_;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    b_.SetInsertPoint(bodies[i]);
    fallthrough_ = i + 1 < bodies.size() ? bodies[i + 1] : endBB;
    genStmts(s->clauses[i]->body);
    br(endBB);
  }
  fallthrough_ = savedFallthrough;
  targets_.pop_back();
  b_.SetInsertPoint(endBB);
}

const FuncGen::Target* FuncGen::findTarget(BranchStmt* s) {
  Stmt* t = s->target;
  for (auto it = labeled_.find(t); t && it != labeled_.end(); it = labeled_.find(t)) t = it->second;
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
    if (t ? it->stmt == t : (s->tok == Tok::Break || it->cont)) return &*it;
  }
  return nullptr;
}

// break [label] | continue [label] | fallthrough
void FuncGen::genBranch(BranchStmt* s) {
  llvm::BasicBlock* dest = nullptr;
  if (s->tok == Tok::Fallthrough) {
    dest = fallthrough_;
  } else if (s->tok == Tok::Break || s->tok == Tok::Continue) {
    const Target* t = findTarget(s);
    if (t) dest = s->tok == Tok::Break ? t->brk : t->cont;
  }
  if (!dest) {
    m_.notImplemented(s->pos, std::string(tokName(s->tok)) + " statement here");
    return;
  }
  b_.CreateBr(dest);
  startDeadBlock();
}

}  // namespace csp
