// jit/codegen_string.cpp: string operations. A string is {ptr, i64}; bytes are immutable.
//
//   a + b            csp_str_concat
//   a == b, a != b   csp_str_equal
//   a < b ...        csp_str_compare(a, b) <op> 0
//   s[i]             bounds check (csp_panic_bounds), then a byte load
//   s[lo:hi]         Go's checks in Go's order: hi <= len ("[:hi] with length len"), then
//                    lo <= hi ("[lo:hi]"); unsigned compares also catch negative indices.
// The index's signedness goes to the runtime, so an unsigned index of 2^63 or more prints as
// Go prints it.
#include "jit/codegen.h"
#include "runtime/csp_rt.h"

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

// A failed bounds check: code is a csp_bounds_code; x (i64) came from expression xe.
void FuncGen::boundsFail(int code, Expr* xe, llvm::Value* x, llvm::Value* y, Pos p) {
  setLoc(p);
  bool xsigned = xe && xe->type && !xe->type->isUnsigned();
  rtCallNoReturn(RtFn::panic_bounds, {b_.getInt32(code), b_.getInt1(xsigned), x, y});
}

llvm::Value* FuncGen::genStrConcat(llvm::Value* a, llvm::Value* b) {
  StrParts x = parts(b_, a), y = parts(b_, b);
  return rtCall(RtFn::str_concat, {x.ptr, x.len, y.ptr, y.len});
}

llvm::Value* FuncGen::genStrCompare(Tok op, llvm::Value* a, llvm::Value* b) {
  StrParts x = parts(b_, a), y = parts(b_, b);
  if (op == Tok::Eql || op == Tok::Neq) {
    llvm::Value* eq = rtCall(RtFn::str_equal, {x.ptr, x.len, y.ptr, y.len});
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  llvm::Value* c = rtCall(RtFn::str_compare, {x.ptr, x.len, y.ptr, y.len});
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
  panicIf(b_.CreateICmpUGE(i, s.len), [&] { boundsFail(CSP_BOUNDS_INDEX, e->index, i, s.len, e->lbrack); });
  return b_.CreateLoad(b_.getInt8Ty(), b_.CreateGEP(b_.getInt8Ty(), s.ptr, i));
}

// s[lo:hi]
llvm::Value* FuncGen::genStrSlice(SliceExpr* e) {
  StrParts s = parts(b_, genExpr(e->x));
  llvm::Value* lo = e->lo ? toInt64(genExpr(e->lo), e->lo->type) : b_.getInt64(0);
  llvm::Value* hi = e->hi ? toInt64(genExpr(e->hi), e->hi->type) : s.len;
  if (e->hi)
    panicIf(b_.CreateICmpUGT(hi, s.len), [&] { boundsFail(CSP_BOUNDS_SLICE_ALEN, e->hi, hi, s.len, e->lbrack); });
  if (e->lo)
    panicIf(b_.CreateICmpUGT(lo, hi), [&] { boundsFail(CSP_BOUNDS_SLICE_B, e->lo, lo, hi, e->lbrack); });
  llvm::Value* ptr = b_.CreateGEP(b_.getInt8Ty(), s.ptr, lo);
  llvm::Value* str = llvm::PoisonValue::get(m_.rt().stringTy());
  str = b_.CreateInsertValue(str, ptr, 0);
  return b_.CreateInsertValue(str, b_.CreateSub(hi, lo), 1);
}

}  // namespace csp
