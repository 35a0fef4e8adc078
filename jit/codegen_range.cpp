// jit/codegen_range.cpp: for-range over strings and integers (Go 1.22); arrays, slices and
// maps are in codegen_slice.cpp and codegen_map.cpp.
//
//   for i, r := range s   i: byte index of each rune's first byte (int), r: the rune (rune),
//                         decoded with csp_str_decode_rune (ASCII inline); s evaluated once.
//   for i := range n      i = 0 .. n-1 in n's type; n evaluated once.
// The iteration state lives in hidden slots, so assignments to the key/value variables in
// the body do not change the iteration. key/value may be absent or `_`.
#include "jit/codegen.h"

namespace csp {

void FuncGen::genRange(RangeStmt* s) {
  m_.noteLoop();
  hoistCalls(s->x);
  const Type* u = s->x->type ? s->x->type->underlying() : nullptr;
  if (u && u->isString())
    genRangeString(s);
  else if (u && u->isInteger())
    genRangeInt(s);
  else if (u && (u->kind == TypeKind::Array || u->kind == TypeKind::Slice || u->kind == TypeKind::Pointer))
    genRangeArray(s);
  else if (u && u->kind == TypeKind::Map)
    genRangeMap(s);
  else if (u && u->kind == TypeKind::Chan)
    genRangeChan(s);
  else
    m_.notImplemented(s->pos, "range over " + (s->x->type ? s->x->type->str() : std::string("this")));
}

// A range loop's body: `continue` goes to cont, `break` to end; then back to cont, and the
// code after the loop goes at end.
void FuncGen::genLoopBody(RangeStmt* s, llvm::BasicBlock* cont, llvm::BasicBlock* end) {
  targets_.push_back({s, end, cont});
  loopDepth_++;
  genStmts(s->body->list);
  loopDepth_--;
  targets_.pop_back();
  br(cont);
  b_.SetInsertPoint(end);
}

// Stores one iteration variable (key or value) for `:=` or `=`.
void FuncGen::genRangeAssign(RangeStmt* s, Expr* lhs, llvm::Value* v, const Type* t) {
  if (!lhs) return;
  if (auto* id = unparen(lhs)->as<Ident>(); s->tok == Tok::Define && id && id->isDecl && id->obj)
    declareVar(id->obj);  // each iteration's own variable
  llvm::Value* addr = addrOf(lhs);
  const Type* lt = lhsType(lhs);
  if (addr) store(addr, convertForAssign(v, t, lt, s->pos), lt);
}

void FuncGen::genRangeString(RangeStmt* s) {
  llvm::Value* str = genExpr(s->x);
  llvm::Value* ptr = b_.CreateExtractValue(str, 0);
  llvm::Value* len = b_.CreateExtractValue(str, 1);
  llvm::Type* i64 = b_.getInt64Ty();
  llvm::Type* i32 = b_.getInt32Ty();
  llvm::Value* idxSlot = entryAlloca(i64, "range.i");
  llvm::Value* nextSlot = entryAlloca(i64, "range.next");
  llvm::Value* runeSlot = entryAlloca(i32, "range.rune");
  b_.CreateStore(b_.getInt64(0), nextSlot);

  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* asciiBB = newBlock("range.ascii");
  llvm::BasicBlock* multiBB = newBlock("range.multi");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* endBB = newBlock("range.end");
  loopHeader(condBB);
  llvm::Value* i = b_.CreateLoad(i64, nextSlot);
  b_.CreateStore(i, idxSlot);
  b_.CreateCondBr(b_.CreateICmpSLT(i, len), asciiBB, endBB);

  b_.SetInsertPoint(asciiBB);
  llvm::Value* byte = b_.CreateLoad(b_.getInt8Ty(), b_.CreateGEP(b_.getInt8Ty(), ptr, i));
  b_.CreateStore(b_.CreateZExt(byte, i32), runeSlot);
  b_.CreateStore(b_.CreateAdd(i, b_.getInt64(1)), nextSlot);
  b_.CreateCondBr(b_.CreateICmpULT(byte, b_.getInt8(0x80)), bodyBB, multiBB);

  b_.SetInsertPoint(multiBB);
  llvm::Value* width = rtCall(RtFn::str_decode_rune, {ptr, len, i, runeSlot});
  b_.CreateStore(b_.CreateAdd(i, width), nextSlot);
  b_.CreateBr(bodyBB);

  b_.SetInsertPoint(bodyBB);
  const Type* intT = m_.types().basic(TypeKind::Int);
  const Type* runeT = m_.types().runeType();
  genRangeAssign(s, s->key, b_.CreateLoad(i64, idxSlot), intT);
  genRangeAssign(s, s->value, b_.CreateLoad(i32, runeSlot), runeT);
  genLoopBody(s, condBB, endBB);
}

void FuncGen::genRangeInt(RangeStmt* s) {
  const Type* t = s->x->type;
  llvm::Value* n = genExpr(s->x);
  llvm::Type* ty = n->getType();
  llvm::Value* slot = entryAlloca(ty, "range.i");
  b_.CreateStore(llvm::ConstantInt::get(ty, 0), slot);
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* postBB = newBlock("range.post");
  llvm::BasicBlock* endBB = newBlock("range.end");
  loopHeader(condBB);
  llvm::Value* i = b_.CreateLoad(ty, slot);
  llvm::Value* more = t->isUnsigned() ? b_.CreateICmpULT(i, n) : b_.CreateICmpSLT(i, n);
  b_.CreateCondBr(more, bodyBB, endBB);
  b_.SetInsertPoint(bodyBB);
  genRangeAssign(s, s->key, i, t);
  targets_.push_back({s, endBB, postBB});
  loopDepth_++;
  genStmts(s->body->list);
  loopDepth_--;
  targets_.pop_back();
  setBlock(postBB);
  b_.CreateStore(b_.CreateAdd(b_.CreateLoad(ty, slot), llvm::ConstantInt::get(ty, 1)), slot);
  b_.CreateBr(condBB);
  b_.SetInsertPoint(endBB);
}

}  // namespace csp
