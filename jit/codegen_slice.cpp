// jit/codegen_slice.cpp: slices and heap memory: make, new, append (in place while it fits,
// else csp_growslice, which grows as Go grows so cap() prints what Go prints), copy, len and
// cap of every kind, variadic argument packing, and range over arrays, *arrays and slices.
//
// A slice is {ptr, len, cap}. A nil slice has ptr == NULL; an empty non-nil one points at
// csp.zerobase (as Go's zerobase), so `make([]T, 0) != nil`. Heap memory is zeroed GC memory,
// allocated atomic (never scanned) when the type holds no pointers.
#include "jit/codegen.h"
#include "runtime/csp_rt.h"

namespace csp {

namespace {

llvm::Constant* zerobase(llvm::Module& m) {
  if (llvm::GlobalVariable* g = m.getNamedGlobal("csp.zerobase")) return g;
  auto* ty = llvm::ArrayType::get(llvm::Type::getInt8Ty(m.getContext()), 8);
  auto* g = new llvm::GlobalVariable(m, ty, true, llvm::GlobalValue::PrivateLinkage,
                                     llvm::Constant::getNullValue(ty), "csp.zerobase");
  g->setAlignment(llvm::Align(8));
  return g;
}

}  // namespace

llvm::Value* FuncGen::makeSliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap) {
  llvm::Value* s = llvm::PoisonValue::get(m_.rt().sliceTy());
  s = b_.CreateInsertValue(s, ptr, 0);
  s = b_.CreateInsertValue(s, len, 1);
  return b_.CreateInsertValue(s, cap, 2);
}

llvm::Value* FuncGen::heapAlloc(const Type* t) {
  const TypeInfo& ti = m_.layout().info(t);
  return rtCall(ti.pointers ? RtFn::alloc : RtFn::alloc_atomic, {b_.getInt64(static_cast<int64_t>(ti.size))});
}

// A zeroed array of n elements (n an i64); csp.zerobase when n is 0.
llvm::Value* FuncGen::heapArray(const Type* elem, llvm::Value* n) {
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(n); c && c->isZero()) return zerobase(m_.mod());
  const TypeInfo& ti = m_.layout().info(elem);
  if (ti.size == 0) return zerobase(m_.mod());
  llvm::Value* bytes = b_.CreateMul(n, b_.getInt64(static_cast<int64_t>(ti.size)));
  return rtCall(ti.pointers ? RtFn::alloc : RtFn::alloc_atomic, {bytes});
}

// The trailing arguments of a variadic call, as the slice the callee receives (nil if none).
llvm::Value* FuncGen::packVariadic(const std::vector<llvm::Value*>& vals, const std::vector<const Type*>& types,
                                   const Type* sliceType, Pos pos) {
  const Type* elem = sliceType->underlying()->as<SliceType>()->elem;
  if (vals.empty()) return m_.zero(sliceType);
  // A C++ callee only borrows its arguments: the array can live in the frame.
  llvm::Value* arr = noEscape_ ? entryAlloca(llvm::ArrayType::get(m_.llvmType(elem), vals.size()), "varargs")
                               : heapArray(elem, b_.getInt64(static_cast<int64_t>(vals.size())));
  llvm::Type* et = m_.llvmType(elem);
  for (size_t i = 0; i < vals.size(); i++)
    store(b_.CreateInBoundsGEP(et, arr, b_.getInt64(static_cast<int64_t>(i))),
          convertForAssign(vals[i], types[i], elem, pos), elem);
  llvm::Value* n = b_.getInt64(static_cast<int64_t>(vals.size()));
  return makeSliceValue(arr, n, n);
}

// append(s, x...) / append(s, t...) / append(bytes, str...)
llvm::Value* FuncGen::genAppend(CallExpr* e) {
  const Type* st = e->type;
  const Type* elem = st->underlying()->as<SliceType>()->elem;
  llvm::Type* et = m_.llvmType(elem);
  uint64_t esize = m_.layout().size(elem);
  llvm::Value* s = genExpr(e->args[0]);
  llvm::Value* srcPtr = nullptr;  // append(s, t...): t's elements
  llvm::Value* n;
  std::vector<llvm::Value*> vals;
  std::vector<const Type*> types;
  if (e->hasEllipsis) {
    llvm::Value* t = genExpr(e->args[1]);
    srcPtr = b_.CreateExtractValue(t, 0);
    n = b_.CreateExtractValue(t, 1);
  } else {
    for (size_t i = 1; i < e->args.size(); i++) {
      vals.push_back(genExpr(e->args[i]));
      types.push_back(e->args[i]->type);
    }
    n = b_.getInt64(static_cast<int64_t>(vals.size()));
    if (vals.empty()) return s;
  }
  llvm::Value* ptr = b_.CreateExtractValue(s, 0);
  llvm::Value* len = b_.CreateExtractValue(s, 1);
  llvm::Value* cap = b_.CreateExtractValue(s, 2);
  llvm::Value* newLen = b_.CreateAdd(len, n);
  // Grow when the new length does not fit (an unsigned compare also catches overflow).
  llvm::BasicBlock* before = b_.GetInsertBlock();
  llvm::BasicBlock* grow = newBlock("append.grow");
  llvm::BasicBlock* fits = newBlock("append.fits");
  llvm::MDBuilder md(m_.ctx());
  b_.CreateCondBr(b_.CreateICmpUGT(newLen, cap), grow, fits, md.createUnlikelyBranchWeights());
  b_.SetInsertPoint(grow);
  llvm::Value* out = entryAlloca(m_.rt().sliceTy(), "append.out");
  rtCall(RtFn::growslice, {m_.typeDescriptor(elem), ptr, len, cap, newLen, out});
  llvm::Value* grown = b_.CreateLoad(m_.rt().sliceTy(), out);
  llvm::Value* gptr = b_.CreateExtractValue(grown, 0);
  llvm::Value* gcap = b_.CreateExtractValue(grown, 2);
  llvm::BasicBlock* growEnd = b_.GetInsertBlock();
  b_.CreateBr(fits);
  b_.SetInsertPoint(fits);
  llvm::PHINode* p = b_.CreatePHI(b_.getPtrTy(), 2);
  p->addIncoming(ptr, before);
  p->addIncoming(gptr, growEnd);
  llvm::PHINode* c = b_.CreatePHI(b_.getInt64Ty(), 2);
  c->addIncoming(cap, before);
  c->addIncoming(gcap, growEnd);
  llvm::Value* dst = b_.CreateInBoundsGEP(et, p, len);
  if (srcPtr) {
    if (esize) b_.CreateMemMove(dst, llvm::MaybeAlign(1), srcPtr, llvm::MaybeAlign(1),
                                b_.CreateMul(n, b_.getInt64(static_cast<int64_t>(esize))));
  } else {
    for (size_t i = 0; i < vals.size(); i++)
      store(b_.CreateInBoundsGEP(et, dst, b_.getInt64(static_cast<int64_t>(i))),
            convertForAssign(vals[i], types[i], elem, e->pos), elem);
  }
  return makeSliceValue(p, newLen, c);
}

// copy(dst, src): min(len(dst), len(src)) elements, memmove (they may overlap).
llvm::Value* FuncGen::genCopy(CallExpr* e) {
  llvm::Value* d = genExpr(e->args[0]);
  llvm::Value* s = genExpr(e->args[1]);
  const Type* elem = e->args[0]->type->underlying()->as<SliceType>()->elem;
  uint64_t esize = m_.layout().size(elem);
  llvm::Value* n = b_.CreateBinaryIntrinsic(llvm::Intrinsic::smin, b_.CreateExtractValue(d, 1), b_.CreateExtractValue(s, 1));
  if (esize)
    b_.CreateMemMove(b_.CreateExtractValue(d, 0), llvm::MaybeAlign(1), b_.CreateExtractValue(s, 0), llvm::MaybeAlign(1),
                     b_.CreateMul(n, b_.getInt64(static_cast<int64_t>(esize))));
  return n;
}

// make([]T, len[, cap]) / make(map[K]V[, hint])
llvm::Value* FuncGen::genMake(CallExpr* e) {
  const Type* t = e->type;
  const Type* u = t->underlying();
  auto arg = [&](size_t i) { return toInt64(genExpr(e->args[i]), e->args[i]->type); };
  if (u->kind == TypeKind::Map) {
    llvm::Value* hint = e->args.size() > 1 ? arg(1) : b_.getInt64(0);
    return rtCall(RtFn::map_make, {m_.typeDescriptor(t), hint});
  }
  if (u->kind == TypeKind::Chan) return genChanMake(e);
  const Type* elem = u->as<SliceType>()->elem;
  llvm::Value* len = arg(1);
  llvm::Value* cap = e->args.size() > 2 ? arg(2) : len;
  setLoc(e->pos);
  llvm::Value* ptr = rtCall(RtFn::makeslice, {m_.typeDescriptor(elem), len, cap});
  return makeSliceValue(ptr, len, cap);
}

llvm::Value* FuncGen::genNew(CallExpr* e) { return heapAlloc(e->type->underlying()->as<PointerType>()->elem); }

llvm::Value* FuncGen::genLenCap(CallExpr* e, bool isCap) {
  Expr* x = e->args[0];
  const Type* u = x->type->underlying();
  if (auto* p = u->as<PointerType>()) {  // len(*[n]T) is n, and evaluates the pointer
    genExpr(x);
    return b_.getInt64(p->elem->underlying()->as<ArrayType>()->len);
  }
  if (auto* a = u->as<ArrayType>()) {
    genExpr(x);
    return b_.getInt64(a->len);
  }
  llvm::Value* v = genExpr(x);
  if (u->isString()) return b_.CreateExtractValue(v, 1);
  if (u->kind == TypeKind::Slice) return b_.CreateExtractValue(v, isCap ? 2 : 1);
  if (u->kind == TypeKind::Map) {  // a nil map has length 0; else the header's first word
    llvm::Value* isNil = b_.CreateIsNull(v);
    llvm::BasicBlock* before = b_.GetInsertBlock();
    llvm::BasicBlock* load = newBlock("maplen");
    llvm::BasicBlock* done = newBlock("maplen.done");
    b_.CreateCondBr(isNil, done, load);
    b_.SetInsertPoint(load);
    llvm::Value* n = b_.CreateLoad(b_.getInt64Ty(), v);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* r = b_.CreatePHI(b_.getInt64Ty(), 2);
    r->addIncoming(b_.getInt64(0), before);
    r->addIncoming(n, load);
    return r;
  }
  if (u->kind == TypeKind::Chan) return genChanLenCap(v, isCap);
  m_.notImplemented(e->pos, std::string(isCap ? "cap" : "len") + " of " + x->type->str());
  return b_.getInt64(0);
}

// for i, v := range arr / &arr / slice: the operand evaluated once (an array is copied, as
// Go's spec says, unless only the index is used); v is a copy of each element.
void FuncGen::genRangeArray(RangeStmt* s) {
  const Type* u = s->x->type->underlying();
  llvm::Value* base;
  llvm::Value* len;
  const Type* elem;
  bool needValue = s->value && !(unparen(s->value)->as<Ident>() && unparen(s->value)->as<Ident>()->name == "_");
  if (auto* a = u->as<ArrayType>()) {
    elem = a->elem;
    len = b_.getInt64(a->len);
    base = needValue ? load(operandAddr(s->x), s->x->type) : nullptr;  // a copy of the array
    if (!needValue) genExpr(s->x);
  } else if (auto* p = u->as<PointerType>()) {
    auto* a2 = p->elem->underlying()->as<ArrayType>();
    elem = a2->elem;
    len = b_.getInt64(a2->len);
    base = genExpr(s->x);
    if (needValue) nilCheck(base, s->x->pos);
  } else {
    llvm::Value* sv = genExpr(s->x);
    base = b_.CreateExtractValue(sv, 0);
    len = b_.CreateExtractValue(sv, 1);
    elem = u->as<SliceType>()->elem;
  }
  llvm::Value* slot = entryAlloca(b_.getInt64Ty(), "range.i");
  b_.CreateStore(b_.getInt64(0), slot);
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* postBB = newBlock("range.post");
  llvm::BasicBlock* endBB = newBlock("range.end");
  loopHeader(condBB);
  llvm::Value* i = b_.CreateLoad(b_.getInt64Ty(), slot);
  b_.CreateCondBr(b_.CreateICmpSLT(i, len), bodyBB, endBB);
  b_.SetInsertPoint(bodyBB);
  genRangeAssign(s, s->key, i, m_.types().basic(TypeKind::Int));
  if (needValue) {
    llvm::Value* addr = b_.CreateInBoundsGEP(m_.llvmType(elem), base, i);
    genRangeAssign(s, s->value, load(addr, elem), elem);
  }
  targets_.push_back({s, endBB, postBB});
  loopDepth_++;
  genStmts(s->body->list);
  loopDepth_--;
  targets_.pop_back();
  setBlock(postBB);
  b_.CreateStore(b_.CreateAdd(b_.CreateLoad(b_.getInt64Ty(), slot), b_.getInt64(1)), slot);
  b_.CreateBr(condBB);
  b_.SetInsertPoint(endBB);
}

}  // namespace csp
