// jit/codegen_intrinsic.cpp: standard functions expanded inline (frontend/intrinsics.h).
//
//  - math: LLVM intrinsics where they are exact (Sqrt Abs Floor Ceil Trunc Round RoundToEven
//    Copysign FMA; Go's Round rounds half away from zero, as llvm.round does); bit
//    manipulation (Float64bits...); Inf, NaN (Go's bit pattern 0x7FF8000000000001), IsNaN,
//    IsInf, Signbit; Max/Min with Go's special cases (an infinity wins over NaN; otherwise NaN
//    propagates; -0 < +0). The other math functions are Go's algorithms in C++ (stdlib/math).
//  - math/bits: counts and lengths as ctpop/ctlz/cttz.
//  - os.Exit: csp_os_exit, which never returns.
#include "frontend/intrinsics.h"
#include "jit/codegen.h"

namespace csp {

std::vector<llvm::Value*> FuncGen::genIntrinsic(CallExpr* e, int which) {
  auto id = static_cast<Intrinsic>(which);
  std::vector<const Type*> types;
  std::vector<llvm::Value*> a = genValues(e->args, &types);
  setLoc(e->pos);
  llvm::Type* f64 = b_.getDoubleTy();
  llvm::Type* i64 = b_.getInt64Ty();
  auto isInf = [&](llvm::Value* x, int sign) {
    return b_.CreateFCmpOEQ(x, llvm::ConstantFP::getInfinity(f64, sign < 0));
  };
  auto unary = [&](llvm::Intrinsic::ID iid) -> std::vector<llvm::Value*> { return {b_.CreateUnaryIntrinsic(iid, a[0])}; };
  // math/bits results are int; the operand's width is the function's.
  auto bits = [&](llvm::Intrinsic::ID iid, bool isLen) -> std::vector<llvm::Value*> {
    llvm::Value* x = a[0];
    unsigned w = x->getType()->getIntegerBitWidth();
    llvm::Value* r = iid == llvm::Intrinsic::ctpop ? b_.CreateUnaryIntrinsic(iid, x)
                                                   : b_.CreateBinaryIntrinsic(iid, x, b_.getFalse());
    r = b_.CreateZExtOrTrunc(r, i64);
    if (isLen) r = b_.CreateSub(b_.getInt64(w), r);
    return {r};
  };
  switch (id) {
    case Intrinsic::MathSqrt: return unary(llvm::Intrinsic::sqrt);
    case Intrinsic::MathAbs: return unary(llvm::Intrinsic::fabs);
    case Intrinsic::MathFloor: return unary(llvm::Intrinsic::floor);
    case Intrinsic::MathCeil: return unary(llvm::Intrinsic::ceil);
    case Intrinsic::MathTrunc: return unary(llvm::Intrinsic::trunc);
    case Intrinsic::MathRound: return unary(llvm::Intrinsic::round);
    case Intrinsic::MathRoundToEven: return unary(llvm::Intrinsic::roundeven);
    case Intrinsic::MathCopysign: return {b_.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, a[0], a[1])};
    case Intrinsic::MathFMA: return {b_.CreateIntrinsic(llvm::Intrinsic::fma, {f64}, {a[0], a[1], a[2]})};
    case Intrinsic::MathInf:
      return {b_.CreateSelect(b_.CreateICmpSGE(a[0], b_.getInt64(0)), llvm::ConstantFP::getInfinity(f64, false),
                              llvm::ConstantFP::getInfinity(f64, true))};
    case Intrinsic::MathNaN:
      return {b_.CreateBitCast(b_.getInt64(0x7FF8000000000001ULL), f64)};
    case Intrinsic::MathIsNaN: return {b_.CreateFCmpUNO(a[0], a[0])};
    case Intrinsic::MathIsInf: {
      llvm::Value* pos = isInf(a[0], 1);
      llvm::Value* neg = isInf(a[0], -1);
      llvm::Value* r = b_.CreateSelect(b_.CreateICmpSLT(a[1], b_.getInt64(0)), neg, b_.CreateOr(pos, neg));
      return {b_.CreateSelect(b_.CreateICmpSGT(a[1], b_.getInt64(0)), pos, r)};
    }
    case Intrinsic::MathSignbit: return {b_.CreateICmpSLT(b_.CreateBitCast(a[0], i64), b_.getInt64(0))};
    case Intrinsic::MathFloat64bits: return {b_.CreateBitCast(a[0], i64)};
    case Intrinsic::MathFloat64frombits: return {b_.CreateBitCast(a[0], f64)};
    case Intrinsic::MathFloat32bits: return {b_.CreateBitCast(a[0], b_.getInt32Ty())};
    case Intrinsic::MathFloat32frombits: return {b_.CreateBitCast(a[0], b_.getFloatTy())};
    case Intrinsic::MathMax:
    case Intrinsic::MathMin: {
      bool isMax = id == Intrinsic::MathMax;
      llvm::Value* inf = b_.CreateOr(isInf(a[0], isMax ? 1 : -1), isInf(a[1], isMax ? 1 : -1));
      llvm::Value* r = b_.CreateBinaryIntrinsic(isMax ? llvm::Intrinsic::maximum : llvm::Intrinsic::minimum, a[0], a[1]);
      return {b_.CreateSelect(inf, llvm::ConstantFP::getInfinity(f64, !isMax), r)};
    }
    case Intrinsic::BitsOnesCount: case Intrinsic::BitsOnesCount8: case Intrinsic::BitsOnesCount16:
    case Intrinsic::BitsOnesCount32: case Intrinsic::BitsOnesCount64:
      return bits(llvm::Intrinsic::ctpop, false);
    case Intrinsic::BitsLeadingZeros: case Intrinsic::BitsLeadingZeros8: case Intrinsic::BitsLeadingZeros16:
    case Intrinsic::BitsLeadingZeros32: case Intrinsic::BitsLeadingZeros64:
      return bits(llvm::Intrinsic::ctlz, false);
    case Intrinsic::BitsTrailingZeros: case Intrinsic::BitsTrailingZeros8: case Intrinsic::BitsTrailingZeros16:
    case Intrinsic::BitsTrailingZeros32: case Intrinsic::BitsTrailingZeros64:
      return bits(llvm::Intrinsic::cttz, false);
    case Intrinsic::BitsLen: case Intrinsic::BitsLen8: case Intrinsic::BitsLen16: case Intrinsic::BitsLen32:
    case Intrinsic::BitsLen64:
      return bits(llvm::Intrinsic::ctlz, true);
    case Intrinsic::OsExit:
      rtCallNoReturn(RtFn::os_exit, {toInt64(a[0], types[0])});
      return {};
    case Intrinsic::AsyncioSuspend:
      genSuspendFor(a[0]);
      return {};
    case Intrinsic::None: break;
  }
  m_.notImplemented(e->pos, "this intrinsic");
  return {};
}

}  // namespace csp
