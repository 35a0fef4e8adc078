// jit/codegen_composite.cpp: structs, arrays and addresses: field selectors (through embedded
// fields and pointers, with nil checks), indexing of arrays, slices and *arrays (with bounds
// checks), slice expressions in Go's check order, composite literals, and == on any
// comparable type.
//
// Invariants: a memory-typed value (struct, array) is a pointer to memory the consumer owns
// (layout.h); operandAddr gives the address of an addressable operand itself (no copy), or of
// a temporary holding a non-addressable one. Every dereference of a pointer that may be nil
// is preceded by nilCheck, so a nil dereference is an ordinary recoverable panic.
#include "jit/codegen.h"
#include "runtime/csp_rt.h"

namespace csp {

void FuncGen::nilCheck(llvm::Value* p, Pos pos) {
  if (llvm::isa<llvm::GlobalValue>(p) || llvm::isa<llvm::AllocaInst>(p)) return;
  panicIf(b_.CreateIsNull(p), [&] {
    setLoc(pos);
    rtCallNoReturn(RtFn::panic_nil, {});
  });
}

void FuncGen::storeZero(llvm::Value* addr, const Type* t) {
  if (!addr) return;
  if (!m_.isMemory(t)) {
    b_.CreateStore(m_.zero(t), addr);
    return;
  }
  uint64_t size = m_.layout().size(t);
  if (size) b_.CreateMemSet(addr, b_.getInt8(0), size, llvm::MaybeAlign(m_.layout().align(t)));
}

llvm::Value* FuncGen::zeroValue(const Type* t) {
  if (!m_.isMemory(t)) return m_.zero(t);
  llvm::Value* tmp = temp(t, "zero");
  storeZero(tmp, t);
  return tmp;
}

llvm::Value* FuncGen::operandAddr(Expr* x) {
  if (x->mode == ExprMode::Variable) {
    if (llvm::Value* a = addrOf(x)) return a;
  }
  llvm::Value* v = genExpr(x);
  if (m_.isMemory(x->type)) return v;
  llvm::Value* tmp = temp(x->type);
  b_.CreateStore(v, tmp);
  return tmp;
}

// Follows the first n field indices of path from base, the address of a value of type t; an
// embedded pointer on the way is loaded and checked for nil.
llvm::Value* FuncGen::fieldPathAddr(llvm::Value* base, const Type* t, const std::vector<int>& path, size_t n,
                                    Pos pos, const Type** outType) {
  for (size_t k = 0; k < n; k++) {
    if (auto* p = t->underlying()->as<PointerType>()) {
      base = b_.CreateLoad(b_.getPtrTy(), base);
      nilCheck(base, pos);
      t = p->elem;
    }
    auto* st = t->underlying()->as<StructType>();
    if (!st || path[k] >= static_cast<int>(st->fields.size())) break;
    base = b_.CreateStructGEP(m_.llvmType(t), base, path[k]);
    t = st->fields[path[k]].type;
  }
  *outType = t;
  return base;
}

// The address of x.f (a Field selector). x may be a pointer (x.f means (*x).f).
llvm::Value* FuncGen::selectorAddr(SelectorExpr* e, const Type** outType) {
  const Type* t = e->x->type;
  llvm::Value* base;
  if (auto* p = t->underlying()->as<PointerType>()) {
    base = genExpr(e->x);
    setLoc(e->sel->pos);
    nilCheck(base, e->sel->pos);
    t = p->elem;
  } else {
    base = operandAddr(e->x);
  }
  return fieldPathAddr(base, t, e->path, e->path.size(), e->sel->pos, outType);
}

llvm::Value* FuncGen::genSelector(SelectorExpr* e) {
  switch (e->selKind) {
    case SelKind::Qualified: {
      Object* m = e->sel->obj;
      if (m && m->kind == ObjKind::Var) return load(varAddr(m), e->type);
      if (m && m->kind == ObjKind::Func && m->decl) return m_.funcValue(m_.function(m->decl));
      break;
    }
    case SelKind::Field: {
      const Type* t;
      llvm::Value* addr = selectorAddr(e, &t);
      return load(addr, e->type);
    }
    case SelKind::Method: return genMethodValue(e);
    case SelKind::MethodExpr: return genMethodExpr(e);
    default: break;
  }
  m_.notImplemented(e->pos, "this selector");
  return dummy(e->type);
}

// &x[i] for arrays, *arrays and slices, after the bounds check.
llvm::Value* FuncGen::indexAddr(IndexExpr* e) {
  const Type* u = e->x->type->underlying();
  llvm::Value* base;
  llvm::Value* len;
  const Type* elem;
  if (auto* a = u->as<ArrayType>()) {
    base = operandAddr(e->x);
    len = b_.getInt64(a->len);
    elem = a->elem;
  } else if (auto* p = u->as<PointerType>()) {
    auto* a2 = p->elem->underlying()->as<ArrayType>();
    base = genExpr(e->x);
    nilCheck(base, e->lbrack);
    len = b_.getInt64(a2->len);
    elem = a2->elem;
  } else {
    llvm::Value* s = genExpr(e->x);
    base = b_.CreateExtractValue(s, 0);
    len = b_.CreateExtractValue(s, 1);
    elem = u->as<SliceType>()->elem;
  }
  llvm::Value* i = toInt64(genExpr(e->index), e->index->type);
  panicIf(b_.CreateICmpUGE(i, len), [&] { boundsFail(CSP_BOUNDS_INDEX, e->index, i, len, e->lbrack); });
  return b_.CreateInBoundsGEP(m_.llvmType(elem), base, i);
}

llvm::Value* FuncGen::genIndex(IndexExpr* e) {
  const Type* u = e->x->type->underlying();
  if (u->isString()) return genStrIndex(e);
  if (u->kind == TypeKind::Map) return genMapIndex(e, false)[0];
  return load(indexAddr(e), e->type);
}

// x[lo:hi] and x[lo:hi:max] of arrays, *arrays and slices (strings: codegen_string.cpp), with
// Go's checks in Go's order: max against cap, then hi against max (or cap), then lo against hi.
llvm::Value* FuncGen::genSliceExpr(SliceExpr* e) {
  const Type* u = e->x->type->underlying();
  if (u->isString()) return genStrSlice(e);
  llvm::Value* ptr;
  llvm::Value* len;
  llvm::Value* cap;
  const Type* elem;
  bool isArray = false;
  if (auto* a = u->as<ArrayType>()) {
    ptr = operandAddr(e->x);
    len = cap = b_.getInt64(a->len);
    elem = a->elem;
    isArray = true;
  } else if (auto* p = u->as<PointerType>()) {
    auto* a2 = p->elem->underlying()->as<ArrayType>();
    ptr = genExpr(e->x);
    nilCheck(ptr, e->lbrack);
    len = cap = b_.getInt64(a2->len);
    elem = a2->elem;
    isArray = true;
  } else {
    llvm::Value* s = genExpr(e->x);
    ptr = b_.CreateExtractValue(s, 0);
    len = b_.CreateExtractValue(s, 1);
    cap = b_.CreateExtractValue(s, 2);
    elem = u->as<SliceType>()->elem;
  }
  llvm::Value* lo = e->lo ? toInt64(genExpr(e->lo), e->lo->type) : b_.getInt64(0);
  llvm::Value* hi = e->hi ? toInt64(genExpr(e->hi), e->hi->type) : len;
  llvm::Value* max = e->max ? toInt64(genExpr(e->max), e->max->type) : cap;
  if (e->slice3) {
    panicIf(b_.CreateICmpUGT(max, cap), [&] {
      boundsFail(isArray ? CSP_BOUNDS_SLICE3_ALEN : CSP_BOUNDS_SLICE3_ACAP, e->max, max, cap, e->lbrack);
    });
    panicIf(b_.CreateICmpUGT(hi, max), [&] { boundsFail(CSP_BOUNDS_SLICE3_B, e->hi, hi, max, e->lbrack); });
    panicIf(b_.CreateICmpUGT(lo, hi), [&] { boundsFail(CSP_BOUNDS_SLICE3_C, e->lo, lo, hi, e->lbrack); });
  } else {
    panicIf(b_.CreateICmpUGT(hi, cap), [&] {
      boundsFail(isArray ? CSP_BOUNDS_SLICE_ALEN : CSP_BOUNDS_SLICE_ACAP, e->hi, hi, cap, e->lbrack);
    });
    panicIf(b_.CreateICmpUGT(lo, hi), [&] { boundsFail(CSP_BOUNDS_SLICE_B, e->lo, lo, hi, e->lbrack); });
  }
  llvm::Value* base = b_.CreateGEP(m_.llvmType(elem), ptr, lo);
  return makeSliceValue(base, b_.CreateSub(hi, lo), b_.CreateSub(max, lo));
}

// T{...}, &T{...}: structs and arrays are built in memory (a temporary, or the heap for &T),
// slices in a new backing array, maps with make and assignments, elements left to right.
llvm::Value* FuncGen::genCompositeLit(CompositeLit* e) {
  const Type* vt = e->addrOf ? e->type->underlying()->as<PointerType>()->elem : e->type;
  const Type* u = vt->underlying();
  auto valueOf = [](Expr* elt) {
    auto* kv = elt->as<KeyValueExpr>();
    return kv ? kv->val : elt;
  };
  llvm::Value* result = nullptr;
  if (auto* sl = u->as<SliceType>()) {
    int64_t n = 0;
    for (int64_t i : e->indices) n = std::max(n, i + 1);
    llvm::Value* arr = heapArray(sl->elem, b_.getInt64(n));
    llvm::Type* et = m_.llvmType(sl->elem);
    for (size_t i = 0; i < e->elts.size(); i++) {
      Expr* v = valueOf(e->elts[i]);
      llvm::Value* x = convertForAssign(genExpr(v), v->type, sl->elem, v->pos);
      store(b_.CreateInBoundsGEP(et, arr, b_.getInt64(e->indices[i])), x, sl->elem);
    }
    result = makeSliceValue(arr, b_.getInt64(n), b_.getInt64(n));
  } else if (auto* mt = u->as<MapType>()) {
    llvm::Value* desc = m_.typeDescriptor(vt);
    result = rtCall(RtFn::map_make, {desc, b_.getInt64(static_cast<int64_t>(e->elts.size()))});
    for (Expr* elt : e->elts) {
      auto* kv = elt->as<KeyValueExpr>();
      if (!kv) continue;
      llvm::Value* k = convertForAssign(genExpr(kv->key), kv->key->type, mt->key, kv->pos);
      llvm::Value* v = convertForAssign(genExpr(kv->val), kv->val->type, mt->val, kv->pos);
      llvm::Value* slot = rtCall(RtFn::map_assign, {desc, result, keyTemp(k, mt->key)});
      store(slot, v, mt->val);
    }
  } else {
    llvm::Value* dst = e->addrOf ? heapAlloc(vt) : temp(vt, "lit");
    if (!e->addrOf) storeZero(dst, vt);
    llvm::Type* irt = m_.llvmType(vt);
    for (size_t i = 0; i < e->elts.size(); i++) {
      Expr* v = valueOf(e->elts[i]);
      if (e->indices[i] < 0) continue;
      const Type* ft;
      llvm::Value* addr;
      if (auto* st = u->as<StructType>()) {
        ft = st->fields[e->indices[i]].type;
        addr = b_.CreateStructGEP(irt, dst, static_cast<unsigned>(e->indices[i]));
      } else {
        ft = u->as<ArrayType>()->elem;
        addr = b_.CreateInBoundsGEP(irt, dst, {b_.getInt64(0), b_.getInt64(e->indices[i])});
      }
      store(addr, convertForAssign(genExpr(v), v->type, ft, v->pos), ft);
    }
    return dst;
  }
  if (!e->addrOf) return result;
  llvm::Value* p = heapAlloc(vt);
  b_.CreateStore(result, p);
  return p;
}

// x == y on values of the comparable type t (register values, or addresses of memory ones).
llvm::Value* FuncGen::genEqual(llvm::Value* x, llvm::Value* y, const Type* t, Pos pos) {
  const Type* u = t->underlying();
  if (auto* st = u->as<StructType>()) {
    llvm::Type* irt = m_.llvmType(t);
    llvm::Value* eq = b_.getTrue();
    for (size_t i = 0; i < st->fields.size(); i++) {
      const StructField& f = st->fields[i];
      if (f.name == "_") continue;
      llvm::Value* fx = b_.CreateStructGEP(irt, x, i);
      llvm::Value* fy = b_.CreateStructGEP(irt, y, i);
      if (!m_.isMemory(f.type)) {
        fx = b_.CreateLoad(m_.llvmType(f.type), fx);
        fy = b_.CreateLoad(m_.llvmType(f.type), fy);
      }
      eq = b_.CreateAnd(eq, genEqual(fx, fy, f.type, pos));
    }
    return eq;
  }
  if (auto* a = u->as<ArrayType>()) {
    llvm::Type* et = m_.llvmType(a->elem);
    auto elemEq = [&](llvm::Value* i) {
      llvm::Value* ex = b_.CreateInBoundsGEP(et, x, i);
      llvm::Value* ey = b_.CreateInBoundsGEP(et, y, i);
      if (!m_.isMemory(a->elem)) {
        ex = b_.CreateLoad(et, ex);
        ey = b_.CreateLoad(et, ey);
      }
      return genEqual(ex, ey, a->elem, pos);
    };
    if (a->len <= 8) {
      llvm::Value* eq = b_.getTrue();
      for (int64_t i = 0; i < a->len; i++) eq = b_.CreateAnd(eq, elemEq(b_.getInt64(i)));
      return eq;
    }
    // A loop that stops at the first difference.
    llvm::BasicBlock* pre = b_.GetInsertBlock();
    llvm::BasicBlock* loop = newBlock("arreq.loop");
    llvm::BasicBlock* next = newBlock("arreq.next");
    llvm::BasicBlock* done = newBlock("arreq.done");
    b_.CreateBr(loop);
    b_.SetInsertPoint(loop);
    llvm::PHINode* i = b_.CreatePHI(b_.getInt64Ty(), 2);
    i->addIncoming(b_.getInt64(0), pre);
    llvm::Value* same = elemEq(i);
    llvm::BasicBlock* cur = b_.GetInsertBlock();
    b_.CreateCondBr(same, next, done);
    b_.SetInsertPoint(next);
    llvm::Value* i1 = b_.CreateAdd(i, b_.getInt64(1));
    i->addIncoming(i1, next);
    llvm::Value* more = b_.CreateICmpULT(i1, b_.getInt64(a->len));
    b_.CreateCondBr(more, loop, done);
    b_.SetInsertPoint(done);
    llvm::PHINode* r = b_.CreatePHI(b_.getInt1Ty(), 2);
    r->addIncoming(b_.getFalse(), cur);
    r->addIncoming(b_.getTrue(), next);
    return r;
  }
  return genCompare(Tok::Eql, x, y, t, pos);
}

}  // namespace csp
