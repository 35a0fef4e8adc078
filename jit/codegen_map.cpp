// jit/codegen_map.cpp: maps, over the runtime's hash tables (runtime/map.cpp; Known to
// compiler: csp_rt.h's map entry points and csp_map_iter).
//
//   m[k]            csp_map_access -> the value slot or NULL (then the zero value)
//   v, ok := m[k]   the same, ok = slot != NULL
//   m[k] = v        csp_map_assign -> the slot (inserted zeroed if absent), then a store;
//                   the right-hand side is evaluated before the slot is taken
//   delete, clear   csp_map_delete, csp_map_clear
//   len(m)          the header's first word (codegen_slice.cpp)
//   range m         csp_map_iter_init/next on a csp_map_iter in the frame; key and value are
//                   copied out at once (the runtime's pointers are valid only until the map
//                   changes)
// Keys cross by pointer: keyTemp puts a register-typed key in a frame slot.
#include "jit/codegen.h"

namespace csp {

llvm::Value* FuncGen::keyTemp(llvm::Value* key, const Type* t) {
  if (m_.isMemory(t)) return key;
  llvm::Value* slot = temp(t, "key");
  b_.CreateStore(key, slot);
  return slot;
}

std::vector<llvm::Value*> FuncGen::genMapIndex(IndexExpr* e, bool commaOk) {
  const Type* mt = e->x->type;
  auto* m = mt->underlying()->as<MapType>();
  llvm::Value* mv = genExpr(e->x);
  llvm::Value* k = convertForAssign(genExpr(e->index), e->index->type, m->key, e->pos);
  llvm::Value* slot = rtCall(RtFn::map_access, {m_.typeDescriptor(mt), mv, keyTemp(k, m->key)});
  llvm::Value* found = b_.CreateIsNotNull(slot);
  llvm::Value* v;
  if (m_.isMemory(m->val)) {
    v = temp(m->val, "mapval");
    llvm::BasicBlock* hit = newBlock("map.hit");
    llvm::BasicBlock* miss = newBlock("map.miss");
    llvm::BasicBlock* done = newBlock("map.done");
    b_.CreateCondBr(found, hit, miss);
    b_.SetInsertPoint(hit);
    store(v, slot, m->val);
    b_.CreateBr(done);
    b_.SetInsertPoint(miss);
    storeZero(v, m->val);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
  } else {
    llvm::BasicBlock* before = b_.GetInsertBlock();
    llvm::BasicBlock* hit = newBlock("map.hit");
    llvm::BasicBlock* done = newBlock("map.done");
    b_.CreateCondBr(found, hit, done);
    b_.SetInsertPoint(hit);
    llvm::Value* loaded = b_.CreateLoad(m_.llvmType(m->val), slot);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(m_.llvmType(m->val), 2);
    phi->addIncoming(m_.zero(m->val), before);
    phi->addIncoming(loaded, hit);
    v = phi;
  }
  if (commaOk) return {v, found};
  return {v};
}

llvm::Value* FuncGen::mapAssignAddr(IndexExpr* e) {
  const Type* mt = e->x->type;
  auto* m = mt->underlying()->as<MapType>();
  llvm::Value* mv = genExpr(e->x);
  llvm::Value* k = convertForAssign(genExpr(e->index), e->index->type, m->key, e->pos);
  setLoc(e->pos);
  return rtCall(RtFn::map_assign, {m_.typeDescriptor(mt), mv, keyTemp(k, m->key)});
}

void FuncGen::genDelete(CallExpr* e) {
  const Type* mt = e->args[0]->type;
  auto* m = mt->underlying()->as<MapType>();
  llvm::Value* mv = genExpr(e->args[0]);
  llvm::Value* k = convertForAssign(genExpr(e->args[1]), e->args[1]->type, m->key, e->pos);
  rtCall(RtFn::map_delete, {m_.typeDescriptor(mt), mv, keyTemp(k, m->key)});
}

// clear(m) empties a map; clear(s) zeroes a slice's elements.
void FuncGen::genClear(CallExpr* e) {
  const Type* t = e->args[0]->type;
  llvm::Value* v = genExpr(e->args[0]);
  if (t->underlying()->kind == TypeKind::Map) {
    rtCall(RtFn::map_clear, {m_.typeDescriptor(t), v});
    return;
  }
  const Type* elem = t->underlying()->as<SliceType>()->elem;
  uint64_t esize = m_.layout().size(elem);
  if (esize)
    b_.CreateMemSet(b_.CreateExtractValue(v, 0), b_.getInt8(0),
                    b_.CreateMul(b_.CreateExtractValue(v, 1), b_.getInt64(static_cast<int64_t>(esize))),
                    llvm::MaybeAlign(1));
}

void FuncGen::genRangeMap(RangeStmt* s) {
  const Type* mt = s->x->type;
  auto* m = mt->underlying()->as<MapType>();
  llvm::Value* mv = genExpr(s->x);
  llvm::Value* it = entryAlloca(m_.rt().mapIterTy(), "range.it");
  rtCall(RtFn::map_iter_init, {m_.typeDescriptor(mt), mv, it});
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* endBB = newBlock("range.end");
  loopHeader(condBB);
  llvm::Value* more = rtCall(RtFn::map_iter_next, {it});
  b_.CreateCondBr(more, bodyBB, endBB);
  b_.SetInsertPoint(bodyBB);
  llvm::Value* kp = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstGEP1_64(b_.getInt8Ty(), it, 0));
  llvm::Value* vp = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstGEP1_64(b_.getInt8Ty(), it, 8));
  // Both copied before the body runs (the body may change the map).
  llvm::Value* key = s->key ? load(kp, m->key) : nullptr;
  llvm::Value* val = s->value ? load(vp, m->val) : nullptr;
  if (s->key) genRangeAssign(s, s->key, key, m->key);
  if (s->value) genRangeAssign(s, s->value, val, m->val);
  genLoopBody(s, condBB, endBB);
}

}  // namespace csp
