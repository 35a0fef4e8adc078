// frontend/sema_expr.cpp: expressions: identifiers, literals, selectors, index and slice
// expressions, unary and binary operators, shifts and comparisons (go/types expr.go).
//
// Every checked expression is recorded on its node (record): mode, type, constant value.
// Untyped results are also remembered in untyped_ until updateExprType gives them their final
// type. An operand that is Invalid has had its error reported: callers return silently.
#include <algorithm>

#include "frontend/sema_checker.h"

namespace csp::sema {

void Checker::record(Operand& x) {
  Expr* e = x.expr;
  if (!e) return;
  e->mode = x.mode;
  e->type = x.invalid() || !x.type ? types_.invalid() : x.type;
  e->value = x.mode == ExprMode::Constant ? types_.keep(x.val) : nullptr;
  if (!x.invalid() && x.type && x.type->isUntyped())
    untyped_[e] = UntypedInfo{false, x.mode, x.type, x.val};
}

void Checker::rawExpr(Operand& x, Expr* e, const Type* hint) {
  x = Operand{};
  x.expr = e;
  if (!e) return;
  exprInternal(x, e, hint);
  x.expr = e;
  record(x);
}

void Checker::exclude(Operand& x, bool noValue, bool builtin, bool typeExpr) {
  const char* msg = nullptr;
  if (noValue && x.mode == ExprMode::NoValue) msg = typeExpr ? " used as value" : " used as value or type";
  else if (builtin && x.mode == ExprMode::Builtin) msg = " must be called";
  else if (typeExpr && x.mode == ExprMode::TypeExpr) msg = " is not an expression";
  if (!msg) return;
  error(x.expr->pos, operandStr(x) + msg);
  x.mode = ExprMode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == ExprMode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    error(x.expr->pos, "multiple-value " + operandStr(x) + " in single-value context");
    x.mode = ExprMode::Invalid;
  }
}

void Checker::expr(Operand& x, Expr* e, const Type* hint) {
  rawExpr(x, e, hint);
  exclude(x, true, true, true);
  singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, true, false, false);
  singleValue(x);
}

void Checker::multiExpr(std::vector<Operand>& out, Expr* e) {
  Operand x;
  rawExpr(x, e, nullptr);
  exclude(x, true, true, true);
  // v, ok := m[k] / x.(T): the comma-ok form. The expression is recorded with the tuple type
  // (T, bool), as go/types records it; codegen then yields both values.
  if (!x.invalid() && (x.mode == ExprMode::MapIndex || x.mode == ExprMode::CommaOk) && multiCall_ &&
      unparen(e) == multiCall_) {
    Operand v;
    v.mode = ExprMode::Value;
    v.expr = e;
    v.type = x.type;
    Operand ok;
    ok.mode = ExprMode::Value;
    ok.expr = e;
    ok.type = types_.basic(TypeKind::Bool);
    const Type* tup = types_.tupleOf({x.type, ok.type});
    for (Expr* p = e; p; p = p->kind == ExprKind::Paren ? p->as<ParenExpr>()->x : nullptr) p->type = tup;
    out.push_back(v);
    out.push_back(ok);
    return;
  }
  if (!x.invalid() && x.type && x.type->kind == TypeKind::Tuple) {
    for (const Type* t : x.type->as<TupleType>()->elems) {
      Operand v;
      v.mode = ExprMode::Value;
      v.expr = e;
      v.type = t;
      out.push_back(v);
    }
    return;
  }
  out.push_back(x);
}

void Checker::use(const std::vector<Expr*>& es) {
  for (Expr* e : es) {
    if (!e) continue;
    Operand x;
    rawExpr(x, e, nullptr);
  }
}

void Checker::exprInternal(Operand& x, Expr* e, const Type* hint) {
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  switch (e->kind) {
    case ExprKind::Bad: return;
    case ExprKind::Ident: ident(x, e->as<Ident>(), false); return;
    case ExprKind::BasicLit: basicLit(x, e->as<BasicLit>()); return;
    case ExprKind::CompositeLit: compositeLit(x, e->as<CompositeLit>(), hint); return;
    case ExprKind::FuncLit: funcLit(x, e->as<FuncLit>()); return;
    case ExprKind::Paren: {
      auto* p = e->as<ParenExpr>();
      rawExpr(x, p->x, hint);
      return;
    }
    case ExprKind::Selector: selector(x, e->as<SelectorExpr>()); return;
    case ExprKind::Index: indexExpr(x, e->as<IndexExpr>()); return;
    case ExprKind::Slice: sliceExpr(x, e->as<SliceExpr>()); return;
    case ExprKind::TypeAssert: typeAssert(x, e->as<TypeAssertExpr>()); return;
    case ExprKind::Call: call(x, e->as<CallExpr>()); return;
    case ExprKind::Star: {
      auto* st = e->as<StarExpr>();
      exprOrType(x, st->x);
      if (x.invalid()) return;
      if (x.mode == ExprMode::TypeExpr) {  // *T in an expression: the pointer type
        x.type = types_.pointerTo(x.type);
        return;
      }
      if (x.isNil()) {
        error(startPos(st->x), "invalid operation: cannot indirect nil");  // at the operand, as types2
        x.mode = ExprMode::Invalid;
        return;
      }
      auto* p = x.type->underlying()->as<PointerType>();
      if (!p) {
        error(startPos(st->x), "invalid operation: cannot indirect " + operandStr(x));
        x.mode = ExprMode::Invalid;
        return;
      }
      x.mode = ExprMode::Variable;
      x.type = p->elem;
      return;
    }
    case ExprKind::Unary: {
      auto* u = e->as<UnaryExpr>();
      if (u->op == Tok::And) {  // &x
        Expr* target = unparen(u->x);
        if (auto* lit = target->as<CompositeLit>()) {
          rawExpr(x, u->x, nullptr);
          if (x.invalid()) return;
          (void)lit;
        } else {
          expr(x, u->x);
          if (x.invalid()) return;
          if (x.mode != ExprMode::Variable) {
            // At the operand; gc's parser drops parentheses around &'s operand.
            x.expr = target;
            error(startPos(target), "invalid operation: cannot take address of " + operandStr(x));
            x.mode = ExprMode::Invalid;
            return;
          }
          markAddressTaken(u->x);
        }
        x.mode = ExprMode::Value;
        x.type = types_.pointerTo(x.type);
        return;
      }
      if (u->op == Tok::Arrow) {  // <-ch (types2's unary, syntax.Recv)
        expr(x, u->x);
        if (x.invalid()) return;
        auto* ch = x.type->underlying()->as<ChanType>();
        if (!ch) {
          error(u->x->pos, "invalid operation: cannot receive from non-channel " + operandStr(x));
          x.mode = ExprMode::Invalid;
          return;
        }
        if (ch->dir == ChanDir::Send) {
          error(u->x->pos, "invalid operation: cannot receive from send-only channel " + operandStr(x));
          x.mode = ExprMode::Invalid;
          return;
        }
        x.mode = ExprMode::CommaOk;
        x.type = ch->elem;
        x.expr = e;
        return;
      }
      unary(x, u);
      return;
    }
    case ExprKind::Binary: {
      auto* b = e->as<BinaryExpr>();
      binary(x, e, b->x, b->y, b->op, b->opPos);
      return;
    }
    case ExprKind::Await: awaitExpr(x, e->as<AwaitExpr>()); return;
    case ExprKind::KeyValue: error(e->pos, "unexpected key:value expression"); return;
    case ExprKind::Ellipsis: error(e->pos, "invalid use of ..."); return;
    default: {
      const Type* t = typExpr(e);
      if (t->kind == TypeKind::Invalid) return;
      x.mode = ExprMode::TypeExpr;
      x.type = t;
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers and literals.

void Checker::ident(Operand& x, Ident* e, bool wantType) {
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  Object* obj = scope_->lookup(e->name);
  if (!obj) {
    if (e->name == "_") error(e->pos, "cannot use _ as value");
    else error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  if (pkgDecls_.count(obj)) objDecl(obj);
  if (obj->kind == ObjKind::TypeName && typeDecls_.count(obj)) typeDecl(obj);
  const Type* typ = obj->type ? obj->type : types_.invalid();
  switch (obj->kind) {
    case ObjKind::Package:
      error(e->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const:
      addDep(obj);
      if (typ->kind == TypeKind::Invalid) return;
      if (obj->name == "iota" && obj->pkg.empty()) {
        if (!iota_) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *iota_;
      } else {
        x.val = obj->value;
      }
      x.mode = ExprMode::Constant;
      break;
    case ObjKind::TypeName:
      if (typ->kind == TypeKind::Invalid) return;
      x.mode = ExprMode::TypeExpr;
      break;
    case ObjKind::Var:
      obj->used = true;
      addDep(obj);
      capture(obj);
      if (typ->kind == TypeKind::Invalid) return;
      x.mode = ExprMode::Variable;
      break;
    case ObjKind::Func:
      addDep(obj);
      x.mode = ExprMode::Value;
      break;
    case ObjKind::Builtin:
      x.builtin = obj->builtin;
      x.mode = ExprMode::Builtin;
      break;
    case ObjKind::Nil:
      x.mode = ExprMode::Value;
      break;
    case ObjKind::Label:
      error(e->pos, "undefined: " + e->name);
      return;
  }
  x.type = typ;
}

// A variable of an enclosing function used inside a function literal: it is shared by
// reference (a heap cell), and every literal in between captures it.
void Checker::capture(Object* var) {
  if (var->isGlobal || !var->owner || funcs_.empty() || funcs_.back().node == var->owner) return;
  var->captured = true;
  for (auto it = funcs_.rbegin(); it != funcs_.rend() && it->node != var->owner; ++it) {
    if (!it->lit) break;
    auto& caps = it->lit->captures;
    if (std::find(caps.begin(), caps.end(), var) == caps.end()) caps.push_back(var);
  }
}

void Checker::basicLit(Operand& x, BasicLit* e) {
  if (e->bad) {  // the lexer reported it
    x.type = types_.invalid();
    return;
  }
  switch (e->litKind) {
    case Tok::Int:
      x.val = Constant::fromIntLiteral(e->text);
      x.type = types_.basic(TypeKind::UntypedInt);
      break;
    case Tok::Float:
      x.val = Constant::fromFloatLiteral(e->text);
      x.type = types_.basic(TypeKind::UntypedFloat);
      break;
    case Tok::Rune:
      x.val = Constant::makeInt64(e->rune);
      x.type = types_.basic(TypeKind::UntypedRune);
      break;
    case Tok::String:
      x.val = Constant::makeString(e->text);
      x.type = types_.basic(TypeKind::UntypedString);
      break;
    case Tok::Imag:
      error(e->pos, "complex numbers are not supported in csp");
      x.type = types_.invalid();
      return;
    default:
      x.type = types_.invalid();
      return;
  }
  if (x.val.isUnknown()) {
    // Malformed literals were marked bad by the lexer, so this one is well formed but its
    // value is out of reach (1e1000000000): Go's "malformed constant".
    error(e->pos, "malformed constant: " + e->text);
    x.type = types_.invalid();
    return;
  }
  x.mode = ExprMode::Constant;
}

// ---------------------------------------------------------------------------------------------
// Selectors: qualified identifiers, fields (through embedded fields and pointers), methods
// (method values and the callees of method calls), method expressions T.M.

void Checker::selector(Operand& x, SelectorExpr* e) {
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  if (!e->sel) return;
  const std::string& name = e->sel->name;
  if (auto* id = e->x ? e->x->as<Ident>() : nullptr) {
    Object* obj = scope_->lookup(id->name);
    if (obj && obj->kind == ObjKind::Package) {
      obj->used = true;
      id->obj = obj;
      id->mode = ExprMode::Package;
      id->type = types_.invalid();
      Object* m = obj->members ? obj->members->lookupLocal(name) : nullptr;
      if (!m || (!name.empty() && !(name[0] >= 'A' && name[0] <= 'Z'))) {
        if (!name.empty() && !(name[0] >= 'A' && name[0] <= 'Z'))
          error(e->sel->pos, "name " + name + " not exported by package " + obj->name);
        else
          error(e->sel->pos, "undefined: " + id->name + "." + name);
        return;
      }
      e->sel->obj = m;
      e->selKind = SelKind::Qualified;
      x.type = m->type;
      switch (m->kind) {
        case ObjKind::Const: x.mode = ExprMode::Constant; x.val = m->value; break;
        case ObjKind::Var: x.mode = ExprMode::Variable; break;
        case ObjKind::TypeName: x.mode = ExprMode::TypeExpr; break;
        case ObjKind::Func: x.mode = ExprMode::Value; break;
        case ObjKind::Builtin: x.mode = ExprMode::Builtin; x.builtin = m->builtin; break;  // asyncio.Gather
        default: x.type = types_.invalid(); return;
      }
      e->sel->mode = x.mode;
      e->sel->type = x.type;
      return;
    }
  }
  Operand base;
  exprOrType(base, e->x);
  if (base.invalid()) return;
  if (base.mode == ExprMode::TypeExpr) {
    methodExpr(x, e, base.type);
    return;
  }
  if (base.mode == ExprMode::NoValue) {
    error(e->x->pos, operandStr(base) + " used as value");
    return;
  }
  if (base.isNil()) {
    error(e->sel->pos, "invalid operation: nil." + name + " (nil has no field or method " + name + ")");
    return;
  }
  const Type* t = base.type;
  Lookup l = lookupFieldOrMethod(t, base.mode == ExprMode::Variable, name, pkgPath_);
  switch (l.kind) {
    case Lookup::None: {
      std::string why;
      if (auto* p = t->underlying()->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Interface)
        why = "type " + t->str() + " is pointer to interface, not interface";
      else
        why = "type " + t->str() + " has no field or method " + name;
      if (why.rfind("type ", 0) == 0 && !name.empty() && name[0] >= 'a' && name[0] <= 'z') {
        std::string cap = name;
        cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        Lookup alt = lookupFieldOrMethod(t, true, cap, pkgPath_);
        if (alt.kind != Lookup::None && alt.kind != Lookup::Ambiguous)
          why += ", but does have " + std::string(alt.kind == Lookup::Field ? "field " : "method ") + cap;
      }
      error(e->sel->pos, exprStr(e) + " undefined (" + why + ")");
      return;
    }
    case Lookup::Ambiguous:
      error(e->sel->pos, "ambiguous selector " + exprStr(e));
      return;
    case Lookup::Field:
      e->selKind = SelKind::Field;
      e->path = l.path;
      x.mode = base.mode == ExprMode::Variable || l.indirect ? ExprMode::Variable : ExprMode::Value;
      x.type = l.fieldType;
      return;
    case Lookup::Method:
    case Lookup::IfaceMethod: {
      if (l.needsAddr) {
        error(e->sel->pos, "cannot call pointer method " + name + " on " + t->str());
        return;
      }
      e->selKind = SelKind::Method;
      e->path = l.path;
      e->method = l.method;
      e->ifaceIndex = l.ifaceIndex;
      if (l.method && l.method->ptrRecv && !l.indirect) markAddressTaken(e->x);  // implicit &x
      x.mode = ExprMode::Value;
      Signature* sig = types_.newSignature();
      if (l.sig) {
        sig->params = l.sig->params;
        sig->paramNames = l.sig->paramNames;
        sig->results = l.sig->results;
        sig->resultNames = l.sig->resultNames;
        sig->variadic = l.sig->variadic;
      }
      x.type = sig;
      return;
    }
  }
}

// T.M or (*T).M: a function whose first parameter is the receiver.
void Checker::methodExpr(Operand& x, SelectorExpr* e, const Type* t) {
  const std::string& name = e->sel->name;
  Lookup l = lookupFieldOrMethod(t, false, name, pkgPath_);
  if (l.kind != Lookup::Method && l.kind != Lookup::IfaceMethod) {
    if (l.kind == Lookup::Field)
      error(e->sel->pos, exprStr(e) + " undefined (type " + t->str() + " has no method " + name + ")");
    else
      error(e->sel->pos, exprStr(e) + " undefined (type " + t->str() + " has no method " + name + ")");
    return;
  }
  if (l.needsAddr) {
    error(e->pos, "invalid method expression " + exprStr(e) + " (needs pointer receiver (*" + t->str() + ")." + name + ")");
    return;
  }
  e->selKind = SelKind::MethodExpr;
  e->path = l.path;
  e->method = l.method;
  e->ifaceIndex = l.ifaceIndex;
  Signature* sig = types_.newSignature();
  sig->params.push_back(t);
  sig->paramNames.push_back("");
  if (l.sig) {
    sig->params.insert(sig->params.end(), l.sig->params.begin(), l.sig->params.end());
    sig->paramNames.insert(sig->paramNames.end(), l.sig->paramNames.begin(), l.sig->paramNames.end());
    sig->results = l.sig->results;
    sig->resultNames = l.sig->resultNames;
    sig->variadic = l.sig->variadic;
  }
  x.mode = ExprMode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------------------------
// Index and slice expressions (strings only in this milestone).

// go/types' index(): checks an index; max >= 0 is an exclusive bound for constant indices.
// Returns false if invalid; *out is the constant value or -1.
bool Checker::index(Expr* e, int64_t max, int64_t* out) {
  *out = -1;
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  convertUntyped(x, types_.basic(TypeKind::Int));
  if (x.invalid()) return false;
  if (!x.type->isInteger()) {
    error(x.expr->pos, "invalid argument: index " + operandStr(x) + " must be integer");
    return false;
  }
  if (x.mode != ExprMode::Constant) return true;
  if (x.val.sign() < 0) {
    error(x.expr->pos, "invalid argument: index " + operandStr(x) + " must not be negative");
    return false;
  }
  if (!x.val.fitsInt(64, true)) {
    error(x.expr->pos, "invalid argument: index " + operandStr(x) + " overflows int");
    return false;
  }
  int64_t v = x.val.int64Val();
  if (max >= 0 && v >= max) {
    error(x.expr->pos, "invalid argument: index " + x.val.toString() + " out of bounds [0:" +
                           std::to_string(max) + "]");
    return false;
  }
  *out = v;
  return true;
}

void Checker::indexExpr(Operand& x, IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.invalid()) {
    use({e->index});
    return;
  }
  if (x.mode == ExprMode::TypeExpr) {
    error(e->pos, exprStr(e->x) + " is not a generic type");
    x.mode = ExprMode::Invalid;
    use({e->index});
    return;
  }
  if (!e->index) {
    error(e->pos, "expected operand");
    x.mode = ExprMode::Invalid;
    return;
  }
  const Type* u = x.type->underlying();
  int64_t length = -1;
  int64_t v;
  if (x.type->isString()) {
    if (x.mode == ExprMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    x.mode = ExprMode::Value;
    x.type = types_.byteType();
  } else if (auto* a = u->as<ArrayType>()) {
    length = a->len;
    if (x.mode != ExprMode::Variable) x.mode = ExprMode::Value;
    x.type = a->elem;
  } else if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Array) {
    auto* a2 = p->elem->underlying()->as<ArrayType>();
    length = a2->len;
    x.mode = ExprMode::Variable;
    x.type = a2->elem;
  } else if (auto* sl = u->as<SliceType>()) {
    x.mode = ExprMode::Variable;
    x.type = sl->elem;
  } else if (auto* m = u->as<MapType>()) {
    Operand k;
    elementKey(k, e->index, m->key);
    x.mode = ExprMode::MapIndex;
    x.type = m->val;
    return;
  } else {
    error(x.expr->pos, "invalid operation: cannot index " + operandStr(x));
    x.mode = ExprMode::Invalid;
    use({e->index});
    return;
  }
  if (!index(e->index, length, &v)) x.mode = ExprMode::Invalid;
}

// A map index's key: assignable to the key type.
void Checker::elementKey(Operand& k, Expr* key, const Type* keyType) {
  expr(k, key);
  assignment(k, keyType, "map index");
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    use({e->lo, e->hi, e->max});
    return;
  }
  const Type* u = x.type->underlying();
  int64_t length = -1;
  bool isStr = x.type->isString();
  if (isStr) {
    if (e->slice3) {
      error(e->max ? e->max->pos : e->pos, "invalid operation: 3-index slice of string");
      x.mode = ExprMode::Invalid;
      use({e->lo, e->hi, e->max});
      return;
    }
    if (x.mode == ExprMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    if (x.type->isUntyped()) x.type = types_.basic(TypeKind::String);
  } else if (auto* a = u->as<ArrayType>()) {
    if (x.mode != ExprMode::Variable) {
      error(x.expr->pos, "invalid operation: " + exprStr(x.expr) + " (slice of unaddressable value)");
      x.mode = ExprMode::Invalid;
      use({e->lo, e->hi, e->max});
      return;
    }
    markAddressTaken(e->x);
    length = a->len;
    x.type = types_.sliceOf(a->elem);
  } else if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Array) {
    auto* a2 = p->elem->underlying()->as<ArrayType>();
    length = a2->len;
    x.type = types_.sliceOf(a2->elem);
  } else if (u->kind != TypeKind::Slice) {
    error(x.expr->pos, "cannot slice " + operandStr(x));
    x.mode = ExprMode::Invalid;
    use({e->lo, e->hi, e->max});
    return;
  }
  x.mode = ExprMode::Value;
  Expr* exprs[3] = {e->lo, e->hi, e->max};
  int64_t ind[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!exprs[i]) {
      if (i == 0) ind[i] = 0;
      else if (i == 1 && isStr) ind[i] = length;
      continue;
    }
    int64_t got;
    if (index(exprs[i], length >= 0 ? length + 1 : -1, &got)) ind[i] = got;
  }
  // Constant indices must be non-decreasing (go/types: "invalid slice indices").
  for (int i = 0; i < 3; i++) {
    if (ind[i] < 0 || !exprs[i]) continue;
    for (int j = i + 1; j < 3; j++)
      if (exprs[j] && ind[j] >= 0 && ind[j] < ind[i]) {
        error(exprs[j]->pos, "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return;
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Operators.

static const char* tokStr(Tok t) { return tokName(t); }

// Operator predicates (go/types' unaryOpPredicates / binaryOpPredicates).
bool Checker::opAllowed(Operand& x, Tok op, bool unaryOp) {
  const Type* t = x.type;
  bool ok = true;
  switch (op) {
    case Tok::Add: ok = unaryOp ? t->isNumeric() : (t->isNumeric() || t->isString()); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = t->isNumeric(); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = t->isInteger(); break;
    case Tok::LAnd: case Tok::LOr: case Tok::Not: ok = t->isBoolean(); break;
    default: ok = false; break;
  }
  if (!ok) {
    error(x.expr->pos, std::string("invalid operation: operator ") + tokStr(op) + " not defined on " + operandStr(x));
    return false;
  }
  return true;
}

void Checker::unary(Operand& x, UnaryExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  if (!opAllowed(x, e->op, true)) {
    x.mode = ExprMode::Invalid;
    return;
  }
  if (x.mode == ExprMode::Constant) {
    if (x.val.isUnknown()) return;
    int prec = x.type->isUnsigned() ? x.type->sizeBytes() * 8 : 0;
    x.val = Constant::unaryOp(e->op, x.val, prec);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = ExprMode::Value;
}


// Types that have nil as a value.
bool Checker::hasNil(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Pointer: case TypeKind::Task: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface: case TypeKind::UnsafePointer: case TypeKind::UntypedNil:
      return true;
    default: return false;
  }
}

void Checker::matchTypes(Operand& x, Operand& y) {
  auto mayConvert = [&]() {
    if (!x.type->isUntyped() && !y.type->isUntyped()) return false;
    if (x.type->underlying()->kind == TypeKind::Interface || y.type->underlying()->kind == TypeKind::Interface)
      return true;
    if (x.type->isBoolean() != y.type->isBoolean()) return false;
    if (x.type->isString() != y.type->isString()) return false;
    if (x.isNil()) return hasNil(y.type);
    if (y.isNil()) return hasNil(x.type);
    if (!x.type->isBasic() || !y.type->isBasic()) return false;  // e.g. untyped 1 and a pointer
    return true;
  };
  if (!mayConvert()) return;
  convertUntyped(x, y.type);
  if (x.invalid()) return;
  convertUntyped(y, x.type);
  if (y.invalid()) x.mode = ExprMode::Invalid;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = ExprMode::Invalid;
    return;
  }
  if (isShift(op)) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.invalid()) return;
  if (isComparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type->kind != TypeKind::Invalid && y.type->kind != TypeKind::Invalid) {
      if (e)
        error(e->pos, "invalid operation: " + exprStr(e) + " (mismatched types " + x.type->str() + " and " +
                          y.type->str() + ")");
      else
        error(lhs->pos, "invalid operation: " + exprStr(lhs) + " " + tokStr(op) + "= " + exprStr(rhs) +
                            " (mismatched types " + x.type->str() + " and " + y.type->str() + ")");
    }
    x.mode = ExprMode::Invalid;
    return;
  }
  if (!opAllowed(x, op, false)) {
    x.mode = ExprMode::Invalid;
    return;
  }
  if (op == Tok::Quo || op == Tok::Rem) {
    if ((x.mode == ExprMode::Constant || x.type->isInteger()) && y.mode == ExprMode::Constant &&
        !y.val.isUnknown() && y.val.sign() == 0) {
      error(y.expr->pos, "invalid operation: division by zero");
      x.mode = ExprMode::Invalid;
      return;
    }
  }
  if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = Constant();
      return;
    }
    bool intDiv = op == Tok::Quo && x.type->isInteger();
    x.val = Constant::binaryOp(x.val, op, y.val, intDiv);
    if (e) x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = ExprMode::Value;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok op) {
  Constant xval;
  if (x.mode == ExprMode::Constant) xval = x.val.toInt();
  bool xIntConst = x.mode == ExprMode::Constant && xval.kind() == Constant::Kind::Int;
  if (!(x.type->isInteger() || (x.type->isUntyped() && xIntConst))) {
    error(x.expr->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = ExprMode::Invalid;
    return;
  }
  Constant yval;
  if (y.mode == ExprMode::Constant) {
    yval = y.val.toInt();
    if (yval.kind() == Constant::Kind::Int && yval.sign() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + operandStr(y));
      x.mode = ExprMode::Invalid;
      return;
    }
    if (y.type->isUntyped()) {
      representable(y, types_.basic(TypeKind::Uint));
      if (y.invalid()) {
        x.mode = ExprMode::Invalid;
        return;
      }
      // A constant count such as 2.0 is an integer from here on: codegen sees uint 2.
      updateExprVal(y.expr, y.val);
      updateExprType(y.expr, types_.basic(TypeKind::Uint), true);
    }
  } else {
    if (y.type->isInteger()) {
    } else if (y.type->isUntyped()) {
      convertUntyped(y, types_.basic(TypeKind::Uint));
      if (y.invalid()) {
        x.mode = ExprMode::Invalid;
        return;
      }
    } else {
      error(y.expr->pos, "invalid operation: shift count " + operandStr(y) + " must be integer");
      x.mode = ExprMode::Invalid;
      return;
    }
  }
  if (x.mode == ExprMode::Constant) {
    if (y.mode == ExprMode::Constant) {
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = Constant();
        if (!x.type->isInteger()) x.type = types_.basic(TypeKind::UntypedInt);
        return;
      }
      const uint64_t shiftBound = 1023 - 1 + 52;
      bool ok = yval.kind() == Constant::Kind::Int && yval.fitsInt(64, false);
      uint64_t s = ok ? yval.uint64Val() : 0;
      if (!ok || s > shiftBound) {
        error(y.expr->pos, "invalid operation: invalid shift count " + operandStr(y));
        x.mode = ExprMode::Invalid;
        return;
      }
      if (!x.type->isInteger()) x.type = types_.basic(TypeKind::UntypedInt);
      x.val = Constant::shift(xval, op, s);
      x.expr = e;
      Pos opPos = x.expr->pos;
      if (auto* b = e->as<BinaryExpr>()) opPos = b->opPos;
      overflow(x, opPos);
      return;
    }
    if (x.type->isUntyped()) {
      // Non-constant shift of an untyped constant: its type comes from the context.
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end()) it->second.isLhs = true;
      x.mode = ExprMode::Value;
      return;
    }
  }
  if (!x.type->isInteger()) {
    error(x.expr->pos, "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = ExprMode::Invalid;
    return;
  }
  x.mode = ExprMode::Value;
}

// Why values of t cannot be compared (go/types' incomparableCause): only the outermost
// struct or array is described (comparable() reports with a nil reportf below it), a struct by
// its first incomparable field's type, an array by its own (underlying) type.
std::string Checker::incomparableCause(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: return "slice can only be compared to nil";
    case TypeKind::Map: return "map can only be compared to nil";
    case TypeKind::Signature: return "func can only be compared to nil";
    default: break;
  }
  if (auto* st = u->as<StructType>()) {
    for (const StructField& f : st->fields)
      if (!comparable(f.type)) return "struct containing " + f.type->str() + " cannot be compared";
  } else if (auto* a = u->as<ArrayType>()) {
    if (!comparable(a->elem)) return a->str() + " cannot be compared";
  }
  return "";
}

void Checker::comparison(Operand& x, Operand& y, Tok op, bool switchCase) {
  if (x.type->kind == TypeKind::Invalid || y.type->kind == TypeKind::Invalid) {
    x.mode = ExprMode::Invalid;
    return;
  }
  if (switchCase) op = Tok::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type) || assignableTo(y, x.type);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + x.type->str() + " and " + y.type->str();
  } else if (op == Tok::Eql || op == Tok::Neq) {
    if (x.isNil() || y.isNil()) {
      const Type* typ = x.isNil() ? y.type : x.type;
      if (!hasNil(typ)) {
        errOp = &y;
        ok = false;
        cause = "mismatched types " + x.type->str() + " and " + y.type->str();
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      ok = false;
      cause = incomparableCause(x.type);
    } else if (!comparable(y.type)) {
      errOp = &y;
      ok = false;
      cause = incomparableCause(y.type);
    }
  } else if (!x.type->isOrdered()) {
    errOp = &x;
    ok = false;
  } else if (!y.type->isOrdered()) {
    errOp = &y;
    ok = false;
  }
  if (!ok) {
    if (cause.empty()) cause = std::string("operator ") + tokStr(op) + " not defined on " + errOp->type->str();
    if (switchCase)
      error(x.expr->pos, "invalid case " + exprStr(x.expr) + " in switch on " + exprStr(y.expr) + " (" + cause + ")");
    else
      error(errOp->expr->pos, "invalid operation: " + exprStr(x.expr) + " " + tokStr(op) + " " + exprStr(y.expr) +
                                  " (" + cause + ")");
    x.mode = ExprMode::Invalid;
    return;
  }
  if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) x.val = Constant();
    else x.val = Constant::makeBool(Constant::compare(x.val, op, y.val));
  } else {
    x.mode = ExprMode::Value;
    updateExprType(x.expr, defaultType(x.type), true);
    updateExprType(y.expr, defaultType(y.type), true);
  }
  x.type = types_.basic(TypeKind::UntypedBool);
}

// await t (csp extension): legal in async functions and in main.main, as Python allows
// await only in async functions; its value is the task's results (none, one, or a tuple
// like a multi-valued call's).
void Checker::awaitExpr(Operand& x, AwaitExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  const FuncCtx* fc = funcs_.empty() ? nullptr : &funcs_.back();
  bool ok = fc && ((fc->lit && fc->lit->isAsync) ||
                   (fc->decl && (fc->decl->isAsync || (!fc->decl->recv && fc->decl->name &&
                                                       fc->decl->name->name == "main" && pkgPath_ == "main"))));
  auto* task = x.type->underlying()->as<TaskType>();
  if (!task) {
    error(x.expr->pos, "invalid operation: cannot await non-task " + operandStr(x));
    x.mode = ExprMode::Invalid;
    return;
  }
  if (!ok) {
    error(e->pos, "'await' outside async function");
    x.mode = ExprMode::Invalid;
    return;
  }
  x.expr = e;
  if (task->results.empty()) {
    x.mode = ExprMode::NoValue;
    x.type = types_.tupleOf({});
  } else if (task->results.size() == 1) {
    x.mode = ExprMode::Value;
    x.type = task->results[0];
  } else {
    x.mode = ExprMode::Value;
    x.type = types_.tupleOf(task->results);
  }
}

}  // namespace csp::sema
