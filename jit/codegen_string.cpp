// jit/codegen_string.cpp: string operations. A string is {ptr, i64}; bytes are immutable.
//
//   a + b            csp_str_concat
//   a == b, a != b   csp_str_equal
//   a < b ...        csp_str_compare(a, b) <op> 0
//   s[i]             bounds check (csp_panic_index), then a byte load
//   s[lo:hi]         Go's checks in Go's order: hi <= len (panic_slice 0: "[:hi] with
//                    length len"), then lo <= hi (panic_slice 2: "[lo:hi]"); unsigned
//                    compares also catch negative indices.
#include "jit/codegen.h"

namespace csp {

namespace {

struct StrParts {
  llvm::Value* ptr;
  llvm::Value* len;
};

StrParts parts(llvm::IRBuilder<>& b, llvm::Value* s) {
  return {b.CreateExtractValue(s, 0), b.CreateExtractValue(s, 1)};
}

}  // namespace

llvm::Value* FuncGen::genStrConcat(llvm::Value* a, llvm::Value* b) {
  StrParts x = parts(b_, a), y = parts(b_, b);
  return b_.CreateCall(m_.rt().strConcat(), {x.ptr, x.len, y.ptr, y.len});
}

llvm::Value* FuncGen::genStrCompare(Tok op, llvm::Value* a, llvm::Value* b) {
  StrParts x = parts(b_, a), y = parts(b_, b);
  if (op == Tok::Eql || op == Tok::Neq) {
    llvm::Value* eq = b_.CreateCall(m_.rt().strEqual(), {x.ptr, x.len, y.ptr, y.len});
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  llvm::Value* c = b_.CreateCall(m_.rt().strCompare(), {x.ptr, x.len, y.ptr, y.len});
  llvm::Value* zero = b_.getInt64(0);
  switch (op) {
    case Tok::Lss: return b_.CreateICmpSLT(c, zero);
    case Tok::Leq: return b_.CreateICmpSLE(c, zero);
    case Tok::Gtr: return b_.CreateICmpSGT(c, zero);
    default: return b_.CreateICmpSGE(c, zero);
  }
}

// s[i]
llvm::Value* FuncGen::genStrIndex(IndexExpr* e) {
  StrParts s = parts(b_, genExpr(e->x));
  llvm::Value* i = toInt64(genExpr(e->index), e->index->type);
  panicIf(b_.CreateICmpUGE(i, s.len),
          [&] { callNoReturn(m_.rt().panicIndex(), {i, s.len, pos(e->pos)}); });
  return b_.CreateLoad(b_.getInt8Ty(), b_.CreateGEP(b_.getInt8Ty(), s.ptr, i));
}

// s[lo:hi]
llvm::Value* FuncGen::genStrSlice(SliceExpr* e) {
  StrParts s = parts(b_, genExpr(e->x));
  llvm::Value* lo = e->lo ? toInt64(genExpr(e->lo), e->lo->type) : b_.getInt64(0);
  llvm::Value* hi = e->hi ? toInt64(genExpr(e->hi), e->hi->type) : s.len;
  if (e->hi)
    panicIf(b_.CreateICmpUGT(hi, s.len),
            [&] { callNoReturn(m_.rt().panicSlice(), {b_.getInt32(0), hi, s.len, pos(e->pos)}); });
  if (e->lo)
    panicIf(b_.CreateICmpUGT(lo, hi),
            [&] { callNoReturn(m_.rt().panicSlice(), {b_.getInt32(2), lo, hi, pos(e->pos)}); });
  llvm::Value* ptr = b_.CreateGEP(b_.getInt8Ty(), s.ptr, lo);
  llvm::Value* str = llvm::PoisonValue::get(m_.rt().stringTy());
  str = b_.CreateInsertValue(str, ptr, 0);
  return b_.CreateInsertValue(str, b_.CreateSub(hi, lo), 1);
}

}  // namespace csp
