// frontend/sema_decl.cpp: const and var declarations (package-level and local), function
// signatures and bodies, and type expressions.
//
// Const specs without type and values repeat the previous spec's (Go's implicit repetition);
// the repeated expression is re-checked with the new iota and its errors are reported at the
// constant's name, as go/types does. Local names are declared after their initializers are
// checked (the scope of a local starts at the end of its spec).
#include "frontend/sema_checker.h"

namespace csp::sema {

static bool isConstType(const Type* t) {
  TypeKind k = t->underlying()->kind;
  return t->isBasic() && k != TypeKind::UnsafePointer && k != TypeKind::UntypedNil;
}

void Checker::constDecl(Object* obj, Expr* typeExpr, Expr* init, int iota, bool inherited) {
  const Constant* savedIota = iota_;
  Pos savedErrPos = errPos_;
  iota_ = types_.keep(Constant::makeInt64(iota));
  obj->value = Constant();
  if (typeExpr) {
    const Type* t = typExpr(typeExpr);
    if (t->kind != TypeKind::Invalid && !isConstType(t)) error(typeExpr->pos, "invalid constant type " + t->str());
    if (!isConstType(t)) {
      obj->type = types_.invalid();
      iota_ = savedIota;
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    if (inherited) errPos_ = obj->pos;
    expr(x, init);
  }
  // initConst
  if (x.invalid() || x.type->kind == TypeKind::Invalid || (obj->type && obj->type->kind == TypeKind::Invalid)) {
    if (!obj->type) obj->type = types_.invalid();
  } else if (x.mode != ExprMode::Constant) {
    error(x.expr->pos, operandStr(x) + " is not constant");
    if (!obj->type) obj->type = types_.invalid();
  } else {
    if (!obj->type) obj->type = x.type;
    assignment(x, obj->type, "constant declaration");
    if (!x.invalid()) obj->value = x.val;
  }
  errPos_ = savedErrPos;
  iota_ = savedIota;
}

void Checker::varDecl(const std::vector<Object*>& lhs, Expr* typeExpr, const std::vector<Expr*>& init) {
  const Type* t = typeExpr ? varType(typeExpr) : nullptr;
  for (Object* o : lhs) o->type = t;
  if (init.empty()) {
    if (!t)
      for (Object* o : lhs) o->type = types_.invalid();
    return;
  }
  if (lhs.size() == 1 && init.size() == 1) {
    Operand x;
    expr(x, init[0], lhs[0]->type);
    initVar(lhs[0], x, "variable declaration");
    return;
  }
  if (init.size() == lhs.size()) {
    for (size_t i = 0; i < lhs.size(); i++) {
      Operand x;
      expr(x, init[i], lhs[i]->type);
      initVar(lhs[i], x, "variable declaration");
    }
    return;
  }
  initVars(lhs, init, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Local declarations.

void Checker::localGenDecl(GenDecl* d) {
  if (d->tok == Tok::Type) {
    for (Spec* s : d->specs)
      if (auto* ts = dynamic_cast<TypeSpec*>(s)) {
        if (!ts->name) continue;
        Object* o = types_.newObject(ObjKind::TypeName, ts->name->name, ts->name->pos);
        o->pkg = "main";
        o->local = true;
        o->type = types_.invalid();  // until resolved: `type T T` finds an invalid T
        declareLocal(o, ts->name);   // the scope of a type name starts at its identifier
        typeDecls_[o] = {ts, 1};
        typePath_.push_back(o);
        resolveTypeSpec(o, ts);
        typePath_.pop_back();
        typeDecls_[o].second = 2;
      }
    return;
  }
  if (d->tok == Tok::Import) return;  // the parser reports misplaced imports
  ValueSpec* last = nullptr;
  for (Spec* sp : d->specs) {
    auto* s = dynamic_cast<ValueSpec*>(sp);
    if (!s) continue;
    if (d->tok == Tok::Const) {
      localConstSpec(s, last);
      if (!s->values.empty() || s->type) last = s;
    } else {
      localVarSpec(s);
    }
  }
}

void Checker::localConstSpec(ValueSpec* s, ValueSpec* last) {
  ValueSpec* src = s;
  bool inherited = false;
  if (!s->type && s->values.empty() && last) {
    src = last;
    inherited = true;
  }
  std::vector<Object*> objs;
  for (size_t i = 0; i < s->names.size(); i++) {
    Ident* id = s->names[i];
    Object* o = types_.newObject(ObjKind::Const, id->name, id->pos);
    o->pkg = "main";
    Expr* init = i < src->values.size() ? src->values[i] : nullptr;
    constDecl(o, src->type, init, s->iota, inherited);
    objs.push_back(o);
  }
  size_t l = s->names.size(), r = src->values.size();
  if (l < r) error(inherited ? s->pos : src->values[l]->pos, "extra init expr");
  else if (l > r) error(s->names[r]->pos, "missing init expr for " + s->names[r]->name);
  for (size_t i = 0; i < objs.size(); i++) declareLocal(objs[i], s->names[i]);
}

void Checker::localVarSpec(ValueSpec* s) {
  std::vector<Object*> objs;
  for (Ident* id : s->names) {
    Object* o = types_.newObject(ObjKind::Var, id->name, id->pos);
    o->pkg = "main";
    objs.push_back(o);
  }
  size_t l = objs.size(), r = s->values.size();
  if (r == l || r == 1 || r == 0) {
    varDecl(objs, s->type, s->values);
  } else {
    for (Object* o : objs) o->type = s->type ? varType(s->type) : types_.invalid();
    use(s->values);
  }
  if (!s->type || r > 0) {
    if (l < r) error(s->values[l]->pos, "extra init expr");
    else if (l > r && r != 1) error(s->names[r]->pos, "missing init expr for " + s->names[r]->name);
  }
  for (size_t i = 0; i < objs.size(); i++) declareLocal(objs[i], s->names[i]);
}

Object* Checker::newVar(Ident* id, const Type* t) {
  Object* o = types_.newObject(ObjKind::Var, id ? id->name : "", id ? id->pos : Pos{});
  o->type = t;
  o->pkg = "main";
  return o;
}

// ---------------------------------------------------------------------------------------------
// Functions.

void Checker::funcSignature(FuncDecl* fd) {
  if (!fd->name || !fd->name->obj) return;
  Object* f = fd->name->obj;
  Signature* sig = types_.newSignature();
  sig->isAsync = fd->isAsync;
  Scope* saved = scope_;
  scope_ = fileScope_;
  if (fd->sig) {
    for (size_t i = 0; i < fd->sig->params.size(); i++) {
      Field* p = fd->sig->params[i];
      const Type* t;
      if (auto* ell = p->type ? p->type->as<EllipsisExpr>() : nullptr) {
        notImplemented(p->type->pos, "variadic functions");
        t = types_.invalid();
        (void)ell;
      } else {
        t = varType(p->type);
      }
      if (p->names.empty()) {
        sig->params.push_back(t);
        sig->paramNames.push_back("");
      }
      for (Ident* id : p->names) {
        sig->params.push_back(t);
        sig->paramNames.push_back(id->name);
      }
    }
    for (Field* r : fd->sig->results) {
      const Type* t = varType(r->type);
      if (r->names.empty()) {
        sig->results.push_back(t);
        sig->resultNames.push_back("");
      }
      for (Ident* id : r->names) {
        sig->results.push_back(t);
        sig->resultNames.push_back(id->name);
      }
    }
  }
  scope_ = saved;
  f->type = sig;
}

void Checker::checkFuncBody(FuncDecl* fd) {
  Object* f = fd->name->obj;
  if (!f || !f->type || !fd->sig) return;
  auto* sig = f->type->as<Signature>();
  if (!sig) return;
  curFunc_ = f;
  curDecl_ = fd;
  curSig_ = sig;
  deps_ = &funcDeps_[f];
  if (fd->name->name == "init") deps_ = nullptr;
  localVars_.clear();
  resultVars_.clear();
  scope_ = types_.newScope(fileScope_);
  size_t pi = 0;
  for (Field* p : fd->sig->params) {
    if (p->names.empty()) { pi++; continue; }
    for (Ident* id : p->names) {
      Object* o = newVar(id, sig->params[pi++]);
      o->isParam = true;
      o->used = true;
      declareLocal(o, id);
    }
  }
  size_t ri = 0;
  for (Field* r : fd->sig->results) {
    if (r->names.empty()) {
      resultVars_.push_back(newVar(nullptr, sig->results[ri++]));
      continue;
    }
    for (Ident* id : r->names) {
      Object* o = newVar(id, sig->results[ri++]);
      o->isParam = true;
      o->isResult = true;
      o->used = true;
      declareLocal(o, id);
      resultVars_.push_back(o);
    }
  }
  stmtList(fd->body->list, 0);
  checkBranches(fd->body);
  if (!sig->results.empty() && !isTerminatingList(fd->body->list, ""))
    error(fd->body->rbrace, "missing return");
  reportUnusedVars();
  scope_ = fileScope_;
  curFunc_ = nullptr;
  curDecl_ = nullptr;
  curSig_ = nullptr;
  deps_ = nullptr;
}

// ---------------------------------------------------------------------------------------------
// Type declarations: `type A = B` (alias) and `type T B` (a defined type; only basic
// underlying types in this milestone, the others are reported by typExpr as not implemented).

void Checker::resolveTypeSpec(Object* obj, TypeSpec* spec) {
  if (spec->isAlias) {
    obj->type = typExpr(spec->type);
    return;
  }
  NamedType* named = types_.newNamed(obj);
  const Type* rhs = typExpr(spec->type);
  if (rhs->kind == TypeKind::Invalid) {
    obj->type = types_.invalid();
    return;
  }
  named->under = rhs->underlying();
  obj->type = named;
}

// ---------------------------------------------------------------------------------------------
// Type expressions.

const Type* Checker::varType(Expr* e) { return typExpr(e); }

const Type* Checker::typExpr(Expr* e) {
  if (!e) return types_.invalid();
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector:
    case ExprKind::Paren: {
      Operand x;
      exprOrType(x, e);
      if (x.invalid()) return types_.invalid();
      if (x.mode != ExprMode::TypeExpr) {
        error(e->pos, exprStr(e) + " is not a type");
        return types_.invalid();
      }
      return x.type;
    }
    case ExprKind::ArrayType:
      notImplemented(e->pos, e->as<ArrayTypeExpr>()->len ? "arrays" : "slices");
      break;
    case ExprKind::MapType: notImplemented(e->pos, "maps"); break;
    case ExprKind::ChanType: notImplemented(e->pos, "channels"); break;
    case ExprKind::FuncType: notImplemented(e->pos, "function types"); break;
    case ExprKind::StructType: notImplemented(e->pos, "struct types"); break;
    case ExprKind::InterfaceType: notImplemented(e->pos, "interfaces"); break;
    case ExprKind::Star: notImplemented(e->pos, "pointers"); break;
    case ExprKind::Bad: break;
    case ExprKind::Ellipsis: error(e->pos, "invalid use of ..."); break;
    default: error(e->pos, exprStr(e) + " is not a type"); break;
  }
  e->mode = ExprMode::Invalid;
  e->type = types_.invalid();
  return types_.invalid();
}

}  // namespace csp::sema
