// frontend/sema_composite.cpp: composite literals, function literals (closures and their
// captured variables), type assertions, and which variables have their address taken
// (go/types expr.go's compositeLit and funcLit, expr.go's typeAssertion).
//
// Captures: a function literal refers to a variable of an enclosing function; the variable is
// marked captured (it lives in a heap cell, shared by reference, Object::escapes) and added to
// the capture list of every literal between its function and the use (ident()).
// Element types may be elided in array, slice and map literals: `{1, 2}` for a struct element,
// `{...}` for a *T element meaning &T{...}.
#include <map>

#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {

bool exportedName(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

}  // namespace

// The value of a composite literal's element (or map key), with the element type `t` for an
// elided literal type.
static void elementValue(Checker& c, Operand& x, Expr* v, const Type* t) {
  if (auto* lit = v->as<CompositeLit>(); lit && !lit->litType) {
    c.compositeLit(x, lit, t);
    x.expr = lit;
    c.record(x);
    return;
  }
  c.expr(x, v);
}

void Checker::compositeLit(Operand& x, CompositeLit* e, const Type* hint) {
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  const Type* typ = nullptr;
  bool openArray = false;  // [...]T
  const Type* openElem = nullptr;
  if (e->litType) {
    auto* at = e->litType->as<ArrayTypeExpr>();
    if (at && at->len && at->len->kind == ExprKind::Ellipsis) {
      openArray = true;
      openElem = varType(at->elem);
      if (openElem->kind == TypeKind::Invalid) {
        use(e->elts);
        return;
      }
    } else {
      typ = typExpr(e->litType);
    }
  } else if (hint) {
    typ = hint;
    if (auto* p = hint->underlying()->as<PointerType>()) {  // {...} for *T means &T{...}
      typ = p->elem;
      e->addrOf = true;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    use(e->elts);
    return;
  }
  if (typ && typ->kind == TypeKind::Invalid) {
    for (Expr* elt : e->elts) use({elt->as<KeyValueExpr>() ? elt->as<KeyValueExpr>()->val : elt});
    return;
  }
  e->indices.assign(e->elts.size(), -1);
  const Type* u = typ ? typ->underlying() : nullptr;
  if (openArray || u->kind == TypeKind::Array || u->kind == TypeKind::Slice) {
    const Type* elem = openArray ? openElem
                       : u->kind == TypeKind::Array ? u->as<ArrayType>()->elem : u->as<SliceType>()->elem;
    int64_t length = !openArray && u->kind == TypeKind::Array ? u->as<ArrayType>()->len : -1;
    int64_t next = 0, max = 0;
    std::map<int64_t, bool> seen;
    for (size_t i = 0; i < e->elts.size(); i++) {
      Expr* elt = e->elts[i];
      Expr* v = elt;
      bool ok = true;
      if (auto* kv = elt->as<KeyValueExpr>()) {
        int64_t idx;
        if (index(kv->key, length, &idx) && idx >= 0) {
          next = idx;
        } else {
          if (kv->key->mode != ExprMode::Invalid && kv->key->mode != ExprMode::Constant)
            error(kv->pos, "index " + exprStr(kv->key) + " must be integer constant");  // at the ':', as types2
          ok = false;
        }
        v = kv->val;
      } else if (length >= 0 && next >= length) {
        // types2 indexedElts' own wording (index() says "out of bounds [0:n]" for keys).
        error(startPos(v), "index " + std::to_string(next) + " is out of bounds (>= " + std::to_string(length) + ")");
        ok = false;
      }
      if (ok) {
        if (seen.count(next)) error(elt->pos, "duplicate index " + std::to_string(next) + " in array or slice literal");
        seen[next] = true;
        e->indices[i] = next;
      }
      Operand y;
      elementValue(*this, y, v, elem);
      assignment(y, elem, "array or slice literal");
      next++;
      if (next > max) max = next;
    }
    if (openArray) typ = types_.arrayOf(max, openElem);
  } else if (auto* st = u->as<StructType>()) {
    if (!e->elts.empty() && e->elts[0]->as<KeyValueExpr>()) {
      std::vector<bool> seen(st->fields.size(), false);
      for (size_t i = 0; i < e->elts.size(); i++) {
        auto* kv = e->elts[i]->as<KeyValueExpr>();
        if (!kv) {
          error(startPos(e->elts[i]), "mixture of field:value and value elements in struct literal");
          use({e->elts[i]});
          continue;
        }
        auto* key = kv->key->as<Ident>();
        if (!key) {
          error(kv->pos, "invalid field name " + exprStr(kv->key) + " in struct literal");
          use({kv->val});
          continue;
        }
        int fi = -1;
        for (size_t k = 0; k < st->fields.size(); k++)
          if (st->fields[k].name == key->name) fi = static_cast<int>(k);
        if (fi >= 0 && !exportedName(key->name) && st->fields[fi].pkg != pkgPath_) {
          // Another package's unexported field: not accessible here (types2's fieldIndex
          // finds it only by its package-qualified name).
          error(key->pos, "cannot refer to unexported field " + key->name + " in struct literal of type " + typ->str());
          use({kv->val});
          continue;
        }
        if (fi < 0) {
          Lookup l = lookupFieldOrMethod(typ, false, key->name, pkgPath_);
          if (l.kind == Lookup::Field)
            error(key->pos, "cannot use promoted field " + key->name + " in struct literal of type " + typ->str());
          else
            error(key->pos, "unknown field " + key->name + " in struct literal of type " + typ->str());
          use({kv->val});
          continue;
        }
        if (seen[fi]) error(kv->pos, "duplicate field name " + key->name + " in struct literal");
        seen[fi] = true;
        e->indices[i] = fi;
        Operand y;
        expr(y, kv->val);
        assignment(y, st->fields[fi].type, "struct literal");
      }
    } else {
      for (size_t i = 0; i < e->elts.size(); i++) {
        Expr* elt = e->elts[i];
        if (auto* kv = elt->as<KeyValueExpr>()) {
          error(kv->pos, "mixture of field:value and value elements in struct literal");
          use({kv->val});
          continue;
        }
        Operand y;
        expr(y, elt);
        if (i >= st->fields.size()) {
          error(elt->pos, "too many values in struct literal of type " + typ->str());
          break;
        }
        const StructField& f = st->fields[i];
        if (!exportedName(f.name) && f.pkg != pkgPath_)
          error(elt->pos, "implicit assignment to unexported field " + f.name + " in struct literal of type " + typ->str());
        e->indices[i] = static_cast<int64_t>(i);
        assignment(y, f.type, "struct literal");
      }
      if (!e->elts.empty() && e->elts.size() < st->fields.size())
        error(e->rbrace, "too few values in struct literal of type " + typ->str());
    }
  } else if (auto* mt = u->as<MapType>()) {
    std::vector<std::pair<Constant, const Type*>> keys;
    for (Expr* elt : e->elts) {
      auto* kv = elt->as<KeyValueExpr>();
      if (!kv) {
        error(elt->pos, "missing key in map literal");
        use({elt});
        continue;
      }
      Operand k;
      elementValue(*this, k, kv->key, mt->key);
      assignment(k, mt->key, "map literal");
      if (k.mode == ExprMode::Constant && !k.val.isUnknown()) {
        for (auto& [v, t] : keys)
          if (identical(t, k.type) && v.kind() == k.val.kind() && Constant::compare(v, Tok::Eql, k.val)) {
            error(kv->key->pos, "duplicate key " + exprStr(kv->key) + " in map literal");
            break;
          }
        keys.push_back({k.val, k.type});
      }
      Operand v;
      elementValue(*this, v, kv->val, mt->val);
      assignment(v, mt->val, "map literal");
    }
  } else {
    error(e->pos, "invalid composite literal type " + typ->str());
    for (Expr* elt : e->elts) use({elt->as<KeyValueExpr>() ? elt->as<KeyValueExpr>()->val : elt});
    return;
  }
  x.mode = ExprMode::Value;
  x.type = e->addrOf ? types_.pointerTo(typ) : typ;
}

// func(params) results { body }: a closure.
void Checker::funcLit(Operand& x, FuncLit* e) {
  const Signature* sig = funcType(e->sig, nullptr);
  e->bodySig = sig;
  FuncCtx ctx;
  ctx.node = e;
  ctx.lit = e;
  ctx.sig = sig;
  if (funcs_.empty()) {
    ctx.goName = pkgPath_ + ".init.func" + std::to_string(++pkgLits_);
  } else {
    FuncCtx& parent = funcs_.back();
    ctx.goName = parent.goName + (parent.lit ? "." : ".func") + std::to_string(++parent.lits);
  }
  e->goName = ctx.goName;
  bool topLevel = funcs_.empty();
  std::vector<Object*> savedLocals;
  if (topLevel) savedLocals.swap(localVars_);
  const Signature* savedSig = curSig_;
  std::vector<Object*> savedResults = resultVars_;
  Expr* savedStmtCall = stmtCall_;
  Expr* savedMultiCall = multiCall_;
  curSig_ = sig;
  resultVars_.clear();
  funcs_.push_back(ctx);
  openScope();
  size_t pi = 0;
  if (e->sig) {
    for (Field* p : e->sig->params) {
      if (p->names.empty()) { pi++; continue; }
      for (Ident* id : p->names) {
        Object* o = newVar(id, sig->params[pi++]);
        o->isParam = true;
        o->used = true;
        declareLocal(o, id);
      }
    }
    size_t ri = 0;
    for (Field* r : e->sig->results) {
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
  }
  funcs_.back().resultVars = resultVars_;
  if (e->body) {
    stmtList(e->body->list, 0);
    checkBranches(e->body);
    if (!sig->results.empty() && !isTerminatingList(e->body->list, "")) error(e->body->rbrace, "missing return");
  }
  closeScope();
  funcs_.pop_back();
  curSig_ = savedSig;
  resultVars_ = savedResults;
  stmtCall_ = savedStmtCall;
  multiCall_ = savedMultiCall;
  if (topLevel) {
    reportUnusedVars();
    localVars_.swap(savedLocals);
  }
  x.mode = ExprMode::Value;
  x.type = e->isAsync ? asyncValueSig(sig) : sig;
}

// x.(T)
void Checker::typeAssert(Operand& x, TypeAssertExpr* e) {
  expr(x, e->x);
  if (!e->assertedType) {
    if (!x.invalid()) error(e->pos, "use of .(type) outside type switch");
    x.mode = ExprMode::Invalid;
    return;
  }
  if (x.invalid()) {
    typExpr(e->assertedType);
    return;
  }
  if (x.type->underlying()->kind != TypeKind::Interface) {
    error(x.expr->pos, "invalid operation: " + operandStr(x) + " is not an interface");
    typExpr(e->assertedType);
    x.mode = ExprMode::Invalid;
    return;
  }
  const Type* t = typExpr(e->assertedType);
  if (t->kind == TypeKind::Invalid) {
    x.mode = ExprMode::Invalid;
    return;
  }
  if (t->underlying()->kind != TypeKind::Interface) {
    std::string cause;
    if (!implements(t, x.type, &cause)) {
      error(startPos(e), "impossible type assertion: " + exprStr(e) + "\n\t" + t->str() +
                             " does not implement " + x.type->str() + " " + cause);
      x.mode = ExprMode::Invalid;
      return;
    }
  }
  x.mode = ExprMode::CommaOk;
  x.type = t;
}

// The variable whose address &e (or an implicit &e: a pointer method call, slicing an
// array) takes: it must live on the heap.
void Checker::markAddressTaken(Expr* e) {
  e = unparen(e);
  if (auto* id = e->as<Ident>()) {
    if (id->obj && id->obj->kind == ObjKind::Var && !id->obj->isGlobal) id->obj->addressTaken = true;
    return;
  }
  if (auto* sel = e->as<SelectorExpr>()) {
    if (sel->selKind == SelKind::Field && sel->x->type && sel->x->type->underlying()->kind != TypeKind::Pointer) {
      bool throughPointer = false;  // an embedded *T on the path: the address is in the heap already
      const Type* t = sel->x->type;
      for (size_t i = 0; i + 1 < sel->path.size(); i++) {
        auto* st = t->underlying()->as<StructType>();
        if (!st) break;
        t = st->fields[sel->path[i]].type;
        if (t->underlying()->kind == TypeKind::Pointer) throughPointer = true;
      }
      if (!throughPointer) markAddressTaken(sel->x);
    }
    return;
  }
  if (auto* ix = e->as<IndexExpr>()) {
    if (ix->x->type && ix->x->type->underlying()->kind == TypeKind::Array) markAddressTaken(ix->x);
  }
}

}  // namespace csp::sema
