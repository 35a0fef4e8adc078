// frontend/sema_decl.cpp: const and var declarations (package-level and local), function
// signatures and bodies, and type expressions.
//
// Const specs without type and values repeat the previous spec's (Go's implicit repetition);
// the repeated expression is re-checked with the new iota and its errors are reported at the
// constant's name, as go/types does. Local names are declared after their initializers are
// checked (the scope of a local starts at the end of its spec).
#include <algorithm>
#include <functional>

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
        o->pkg = pkgPath_;
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
    o->pkg = pkgPath_;
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
    o->pkg = pkgPath_;
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
  o->pkg = pkgPath_;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Functions.

// A function type's parameters and results (go/types' collectParams). For a variadic function
// the last parameter's type is []T.
const Signature* Checker::funcType(FuncTypeExpr* ft, const Type* recv) {
  Signature* sig = types_.newSignature();
  sig->recv = recv;
  if (!ft) return sig;
  for (size_t i = 0; i < ft->params.size(); i++) {
    Field* p = ft->params[i];
    const Type* t;
    if (auto* ell = p->type ? p->type->as<EllipsisExpr>() : nullptr) {
      bool last = i + 1 == ft->params.size() && p->names.size() <= 1;
      if (!last) error(p->type->pos, "can only use ... with final parameter in list");
      t = types_.sliceOf(varType(ell->elt));
      if (last) sig->variadic = true;
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
  for (Field* r : ft->results) {
    if (r->type && r->type->kind == ExprKind::Ellipsis) error(r->type->pos, "invalid use of ...");
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
  return sig;
}

void Checker::funcSignature(FuncDecl* fd) {
  if (!fd->name || !fd->name->obj || fd->recv) return;  // methods: methodDecl
  Object* f = fd->name->obj;
  Scope* saved = scope_;
  scope_ = fileScope_;
  const Signature* sig = funcType(fd->sig, nullptr);
  fd->bodySig = sig;
  scope_ = saved;
  f->type = fd->isAsync ? asyncValueSig(sig) : sig;
}

// An async function's value type: its parameters, and one result, the task of its declared
// results (calling it starts a task). Identical to a plain func type written with `async T`.
const Signature* Checker::asyncValueSig(const Signature* body) {
  Signature* v = types_.newSignature();
  v->params = body->params;
  v->paramNames = body->paramNames;
  v->variadic = body->variadic;
  v->recv = body->recv;
  v->results = {types_.taskOf(body->results)};
  v->resultNames = {""};
  return v;
}

// func (r T) M(...) / func (r *T) M(...): resolves the receiver, attaches the method to T.
void Checker::methodDecl(FuncDecl* fd) {
  Object* f = fd->name->obj;
  Scope* saved = scope_;
  scope_ = fileScope_;
  Expr* rt = fd->recv->type;
  bool ptr = false;
  Expr* base = rt ? unparen(rt) : nullptr;
  if (auto* star = base ? base->as<StarExpr>() : nullptr) {
    ptr = true;
    base = unparen(star->x);
  }
  const Type* recvType = typExpr(rt);
  const NamedType* named = nullptr;
  if (recvType->kind != TypeKind::Invalid) {
    // types2 (through Go 1.22) reports these at the receiver variable: its name, or for an
    // unnamed receiver the type expression's position.
    Pos at = !fd->recv->names.empty() && fd->recv->names[0] ? fd->recv->names[0]->pos : rt->pos;
    const Type* bt = ptr ? recvType->as<PointerType>()->elem : recvType;
    named = bt->as<NamedType>();
    if (named && named->obj->pkg != pkgPath_) {
      error(at, "cannot define new methods on non-local type " + bt->str());
      named = nullptr;
    } else if (!named && bt->isBasic()) {
      error(at, "cannot define new methods on non-local type " + bt->str());
    } else if (!named) {
      error(at, "invalid receiver type " + recvType->str());
    } else if (named->under && (named->under->kind == TypeKind::Pointer || named->under->kind == TypeKind::Interface)) {
      error(at, "invalid receiver type " + bt->str() + " (pointer or interface type)");
      named = nullptr;
    }
  }
  const Signature* sig = funcType(fd->sig, recvType);
  fd->bodySig = sig;
  f->type = fd->isAsync ? asyncValueSig(sig) : sig;
  scope_ = saved;
  if (!named) return;
  f->recvNamed = named;
  f->ptrRecv = ptr;
  f->linkName = (ptr ? pkgPath_ + ".(*" + named->obj->name + ")." : pkgPath_ + "." + named->obj->name + ".") + f->name;
  if (f->name == "_") return;
  if (Object* prev = declaredMethod(named, f->name)) {
    error(f->pos, "method " + named->obj->name + "." + f->name + " already declared at " + diags_.file().path() + ":" +
                      std::to_string(prev->pos.line) + ":" + std::to_string(prev->pos.col));
    return;
  }
  const_cast<NamedType*>(named)->methods.push_back(f);
  if (auto* st = named->under ? named->under->as<StructType>() : nullptr)
    for (const StructField& fld : st->fields)
      if (fld.name == f->name) error(f->pos, "field and method with the same name " + f->name);
}

void Checker::checkFuncBody(FuncDecl* fd) {
  Object* f = fd->name->obj;
  if (!f || !f->type || !fd->sig) return;
  auto* sig = fd->bodySig ? fd->bodySig : f->type->as<Signature>();
  if (!sig) return;
  curFunc_ = f;
  curDecl_ = fd;
  curSig_ = sig;
  deps_ = &funcDeps_[f];
  if (fd->name->name == "init" || fd->recv) deps_ = fd->recv ? &funcDeps_[f] : nullptr;
  localVars_.clear();
  resultVars_.clear();
  funcs_.push_back(FuncCtx{});
  FuncCtx& fc = funcs_.back();
  fc.node = fd;
  fc.decl = fd;
  fc.sig = sig;
  fc.goName = f->linkName.empty() ? pkgPath_ + "." + f->name : f->linkName;
  scope_ = types_.newScope(fileScope_);
  if (fd->recv) {
    for (Ident* id : fd->recv->names) {
      Object* o = newVar(id, sig->recv);
      o->isParam = true;
      o->used = true;
      declareLocal(o, id);
    }
  }
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
  funcs_.back().resultVars = resultVars_;
  stmtList(fd->body->list, 0);
  checkBranches(fd->body);
  if (!sig->results.empty() && !isTerminatingList(fd->body->list, ""))
    error(fd->body->rbrace, "missing return");
  reportUnusedVars();
  funcs_.pop_back();
  scope_ = fileScope_;
  curFunc_ = nullptr;
  curDecl_ = nullptr;
  curSig_ = nullptr;
  deps_ = nullptr;
}

// ---------------------------------------------------------------------------------------------
// Type declarations: `type A = B` (alias) and `type T B` (a defined type). The named type is
// installed before its underlying type is resolved, so the right-hand side may refer to T
// (through pointers, slices, maps, functions...); validTypes then rejects types that contain
// themselves (through struct fields and array elements), as go/types' validType does.

void Checker::resolveTypeSpec(Object* obj, TypeSpec* spec) {
  if (spec->isAlias) {
    obj->type = typExpr(spec->type);
    return;
  }
  NamedType* named = types_.newNamed(obj);
  obj->type = named;
  const Type* rhs = typExpr(spec->type);
  if (rhs->kind == TypeKind::Invalid) {
    named->under = types_.invalid();
    return;
  }
  if (auto* rn = rhs->as<NamedType>(); rn && !rn->under) {
    // type A B where B is still being resolved: a cycle through underlying types.
    reportTypeCycle(rn->obj);
    named->under = types_.invalid();
    return;
  }
  named->under = rhs->underlying();
  if (obj->local) validType(obj);  // package-level ones: once all are resolved (validTypes)
  else namedTypes_.push_back(obj);
}

// `invalid recursive type` with the path of declarations from obj back to itself.
void Checker::reportTypeCycle(Object* obj) {
  size_t i = 0;
  while (i < typePath_.size() && typePath_[i] != obj) i++;
  if (i == typePath_.size()) i = 0;
  if (i + 1 >= typePath_.size()) {
    error(obj->pos, "invalid recursive type: " + obj->name + " refers to itself");
    return;
  }
  std::string msg = "invalid recursive type " + obj->name;
  for (size_t j = i; j < typePath_.size(); j++)
    msg += "\n\t" + typePath_[j]->name + " refers to " + (j + 1 < typePath_.size() ? typePath_[j + 1] : obj)->name;
  error(obj->pos, msg);
}

void Checker::validTypes() {
  for (Object* o : namedTypes_) validType(o);
}

// Defined types that contain themselves by value (type T struct{ t T }, type A [2]A) have no
// size: report them and make them invalid (codegen never sees an infinite type).
void Checker::validType(Object* start) {
  std::vector<Object*> path;
  std::function<bool(const Type*)> contains = [&](const Type* t) -> bool {
    if (auto* n = t->as<NamedType>()) {
      for (size_t i = 0; i < path.size(); i++)
        if (path[i] == n->obj) {
          std::vector<Object*> cycle(path.begin() + static_cast<long>(i), path.end());
          if (cycle.size() == 1) {
            error(cycle[0]->pos, "invalid recursive type: " + cycle[0]->name + " refers to itself");
          } else {
            std::string msg = "invalid recursive type " + cycle[0]->name;
            for (size_t j = 0; j < cycle.size(); j++)
              msg += "\n\t" + cycle[j]->name + " refers to " + cycle[(j + 1) % cycle.size()]->name;
            error(cycle[0]->pos, msg);
          }
          for (Object* o : cycle) const_cast<NamedType*>(o->type->as<NamedType>())->under = types_.invalid();
          return true;
        }
      if (!n->under || n->under->kind == TypeKind::Invalid) return false;
      path.push_back(n->obj);
      bool bad = contains(n->under);
      path.pop_back();
      return bad;
    }
    if (auto* a = t->as<ArrayType>()) return contains(a->elem);
    if (auto* st = t->as<StructType>()) {
      for (const StructField& f : st->fields)
        if (contains(f.type)) return true;
    }
    return false;
  };
  if (start->type && start->type->kind == TypeKind::Named) contains(start->type);
}

// ---------------------------------------------------------------------------------------------
// Type expressions.

const Type* Checker::varType(Expr* e) { return typExpr(e); }

// The length of an array type [n]T: a non-negative integer constant.
int64_t Checker::arrayLength(Expr* e) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != ExprMode::Constant) {
    error(e->pos, "array length " + exprStr(e) + " (" + operandStr(x).substr(exprStr(e).size() + 2) +
                      " must be constant");
    return -1;
  }
  if (x.type->isUntyped() || x.type->isInteger()) {
    Constant v = x.val.toInt();
    if (v.kind() == Constant::Kind::Int) {
      if (v.sign() >= 0 && v.fitsInt(64, true)) {
        if (x.type->isUntyped()) updateExprType(e, types_.basic(TypeKind::Int), true);
        return v.int64Val();
      }
      error(e->pos, "invalid array length " + exprStr(e));
      return -1;
    }
  }
  error(e->pos, "array length " + exprStr(e) + " (" + operandStr(x).substr(exprStr(e).size() + 2) +
                    " must be integer");
  return -1;
}

const Type* Checker::structType(StructTypeExpr* e) {
  StructType* st = types_.newStruct();
  std::map<std::string, Pos> seen;
  auto add = [&](const std::string& name, const Type* t, bool embedded, const std::string& tag, Pos pos) {
    if (name != "_") {
      if (seen.count(name)) {
        error(pos, name + " redeclared");
        return;
      }
      seen[name] = pos;
    }
    st->fields.push_back(StructField{name, t, embedded, tag, pos, pkgPath_});
  };
  for (Field* f : e->fields) {
    std::string tag = f->tag ? f->tag->text : "";
    if (f->embedded || f->names.empty()) {
      const Type* t = typExpr(f->type);
      Expr* te = unparen(f->type);
      bool ptr = false;
      if (auto* star = te->as<StarExpr>()) {
        te = unparen(star->x);
        ptr = true;
      }
      std::string name = te->as<Ident>() ? te->as<Ident>()->name
                         : te->as<SelectorExpr>() ? te->as<SelectorExpr>()->sel->name : "_";
      if (t->kind != TypeKind::Invalid) {
        const Type* bt = ptr ? t->as<PointerType>()->elem : t;
        const Type* bu = bt->underlying();
        if (bu->kind == TypeKind::Pointer) error(te->pos, "embedded field type cannot be a pointer");
        else if (ptr && bu->kind == TypeKind::Interface) error(te->pos, "embedded field type cannot be a pointer to an interface");
      }
      add(name, t, true, tag, te->pos);
      continue;
    }
    const Type* t = varType(f->type);
    for (Ident* id : f->names) add(id->name, t, false, tag, id->pos);
  }
  return st;
}

const Type* Checker::interfaceType(InterfaceTypeExpr* e) {
  InterfaceType* it = types_.newInterface();
  std::map<std::string, const Signature*> seen;
  // As go/types' computeInterfaceTypeSet: the explicitly declared methods go in first, then
  // those of the embedded interfaces (at the embedding's position). Two explicit methods of
  // one name are a duplicate; an embedded method may repeat a name with an identical
  // signature (overlapping interfaces, Go 1.14).
  auto add = [&](const std::string& name, const Signature* sig, Pos pos, bool explicitDecl) {
    auto found = seen.find(name);
    if (found != seen.end()) {
      if (explicitDecl || !identical(found->second, sig)) error(pos, "duplicate method " + name);
      return;
    }
    seen[name] = sig;
    it->methods.push_back(InterfaceMethod{name, sig, pkgPath_});
  };
  struct Embedded {
    const InterfaceType* iface;
    Pos pos;
  };
  std::vector<Embedded> embedded;
  for (Field* f : e->methods) {
    if (!f->embedded && f->names.size() == 1) {
      if (f->names[0]->name == "_") {  // go/types ignores the method (its signature unchecked)
        error(f->names[0]->pos, "methods must have a unique non-blank name");
        continue;
      }
      const Signature* sig = funcType(f->type ? f->type->as<FuncTypeExpr>() : nullptr, nullptr);
      add(f->names[0]->name, sig, f->names[0]->pos, true);
      continue;
    }
    const Type* t = typExpr(f->type);
    if (t->kind == TypeKind::Invalid) continue;
    if (auto* n = t->as<NamedType>(); n && !n->under) {
      reportTypeCycle(n->obj);
      continue;
    }
    auto* et = t->underlying()->as<InterfaceType>();
    if (!et) {
      error(f->type->pos, "cannot use " + t->str() + " as a type constraint outside of generics (csp has no generics)");
      continue;
    }
    embedded.push_back({et, f->type->pos});
  }
  for (const Embedded& em : embedded)
    for (const InterfaceMethod& m : em.iface->methods) add(m.name, m.sig, em.pos, false);
  std::sort(it->methods.begin(), it->methods.end(),
            [](const InterfaceMethod& a, const InterfaceMethod& b) { return a.name < b.name; });
  return it;
}

const Type* Checker::typExpr(Expr* e) {
  if (!e) return types_.invalid();
  const Type* t = nullptr;
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector: {
      Operand x;
      exprOrType(x, e);
      if (x.invalid()) return types_.invalid();
      if (x.mode != ExprMode::TypeExpr) {
        error(e->pos, exprStr(e) + " is not a type");
        return types_.invalid();
      }
      return x.type;
    }
    case ExprKind::Paren: t = typExpr(e->as<ParenExpr>()->x); break;
    case ExprKind::ArrayType: {
      auto* a = e->as<ArrayTypeExpr>();
      if (!a->len) {
        t = types_.sliceOf(varType(a->elem));
      } else if (a->len->kind == ExprKind::Ellipsis) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        varType(a->elem);
        t = types_.invalid();
      } else {
        int64_t n = arrayLength(a->len);
        const Type* elem = varType(a->elem);
        t = n < 0 || elem->kind == TypeKind::Invalid ? types_.invalid() : types_.arrayOf(n, elem);
      }
      break;
    }
    case ExprKind::MapType: {
      auto* m = e->as<MapTypeExpr>();
      const Type* k = varType(m->key);
      const Type* v = varType(m->val);
      if (k->kind != TypeKind::Invalid && !(k->kind == TypeKind::Named && !k->as<NamedType>()->under) &&
          !comparable(k)) {
        error(m->key->pos, "invalid map key type " + k->str());
        t = types_.invalid();
      } else {
        t = types_.mapOf(k, v);
      }
      break;
    }
    case ExprKind::ChanType: {
      auto* c = e->as<ChanTypeExpr>();
      t = types_.chanOf(c->dir, varType(c->elem));
      break;
    }
    case ExprKind::FuncType: t = funcType(e->as<FuncTypeExpr>(), nullptr); break;
    case ExprKind::TaskType: {
      std::vector<const Type*> results;
      for (Field* r : e->as<TaskTypeExpr>()->results) {
        if (!r->names.empty()) error(r->names[0]->pos, "a task type's results have no names");
        const Type* rt = varType(r->type);
        for (size_t n = r->names.empty() ? 1 : r->names.size(); n > 0; n--) results.push_back(rt);
      }
      t = types_.taskOf(results);
      break;
    }
    case ExprKind::StructType: t = structType(e->as<StructTypeExpr>()); break;
    case ExprKind::InterfaceType: t = interfaceType(e->as<InterfaceTypeExpr>()); break;
    case ExprKind::Star: {
      const Type* elem = typExpr(e->as<StarExpr>()->x);
      t = elem->kind == TypeKind::Invalid ? types_.invalid() : types_.pointerTo(elem);
      break;
    }
    case ExprKind::Bad: break;
    case ExprKind::Ellipsis: error(e->pos, "invalid use of ..."); break;
    default: {
      Operand x;
      rawExpr(x, e, nullptr);
      if (!x.invalid()) error(e->pos, exprStr(e) + " is not a type");
      break;
    }
  }
  if (!t) t = types_.invalid();
  e->mode = t->kind == TypeKind::Invalid ? ExprMode::Invalid : ExprMode::TypeExpr;
  e->type = t;
  return t;
}

}  // namespace csp::sema
