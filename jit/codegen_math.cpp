// jit/codegen_math.cpp: calls of package math, by name.
//
//  - LLVM intrinsics where they are exact: Sqrt Abs Floor Ceil Trunc Round Copysign
//    (Go's Round rounds half away from zero, as llvm.round does);
//  - libm for the rest (Pow Exp Log ... Mod = fmod): the JIT registers these symbols
//    explicitly (jit/jit.cpp's libm table; keep the two in sync);
//  - inline: Inf NaN IsNaN IsInf Signbit Float64bits Float64frombits Float32bits
//    Float32frombits, and Max/Min with Go's special cases (an infinity wins over NaN;
//    otherwise NaN propagates; -0 < +0).
#include <cmath>

#include "jit/codegen.h"

namespace csp {

namespace {

llvm::Intrinsic::ID unaryIntrinsic(const std::string& n) {
  if (n == "Sqrt") return llvm::Intrinsic::sqrt;
  if (n == "Abs") return llvm::Intrinsic::fabs;
  if (n == "Floor") return llvm::Intrinsic::floor;
  if (n == "Ceil") return llvm::Intrinsic::ceil;
  if (n == "Trunc") return llvm::Intrinsic::trunc;
  if (n == "Round") return llvm::Intrinsic::round;
  return llvm::Intrinsic::not_intrinsic;
}

// Go name -> libm name and arity.
struct LibmFn {
  const char* go;
  const char* c;
  int arity;
};
constexpr LibmFn kLibm[] = {
    {"Pow", "pow", 2},     {"Exp", "exp", 1},     {"Exp2", "exp2", 1},   {"Log", "log", 1},
    {"Log2", "log2", 1},   {"Log10", "log10", 1}, {"Log1p", "log1p", 1}, {"Expm1", "expm1", 1},
    {"Sin", "sin", 1},     {"Cos", "cos", 1},     {"Tan", "tan", 1},     {"Asin", "asin", 1},
    {"Acos", "acos", 1},   {"Atan", "atan", 1},   {"Atan2", "atan2", 2}, {"Sinh", "sinh", 1},
    {"Cosh", "cosh", 1},   {"Tanh", "tanh", 1},   {"Hypot", "hypot", 2}, {"Mod", "fmod", 2},
    {"Cbrt", "cbrt", 1},   {"Remainder", "remainder", 2},
};

}  // namespace

llvm::Value* FuncGen::genMathCall(CallExpr* e, const std::string& n) {
  std::vector<llvm::Value*> a = genValues(e->args);
  llvm::Type* f64 = b_.getDoubleTy();
  llvm::Type* i64 = b_.getInt64Ty();
  auto isInf = [&](llvm::Value* x, int sign) {
    return b_.CreateFCmpOEQ(x, llvm::ConstantFP::getInfinity(f64, sign < 0));
  };
  if (llvm::Intrinsic::ID id = unaryIntrinsic(n); id != llvm::Intrinsic::not_intrinsic && a.size() == 1)
    return b_.CreateUnaryIntrinsic(id, a[0]);
  if (n == "Copysign" && a.size() == 2) return b_.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, a[0], a[1]);
  for (const LibmFn& f : kLibm) {
    if (n != f.go || static_cast<int>(a.size()) != f.arity) continue;
    std::vector<llvm::Type*> params(f.arity, f64);
    llvm::FunctionCallee callee =
        m_.mod().getOrInsertFunction(f.c, llvm::FunctionType::get(f64, params, false));
    return b_.CreateCall(callee, a);  // libm: nounwind
  }
  if (n == "Inf" && a.size() == 1)
    return b_.CreateSelect(b_.CreateICmpSGE(a[0], b_.getInt64(0)),
                           llvm::ConstantFP::getInfinity(f64, false),
                           llvm::ConstantFP::getInfinity(f64, true));
  if (n == "NaN") return llvm::ConstantFP::getNaN(f64);
  if (n == "IsNaN" && a.size() == 1) return b_.CreateFCmpUNO(a[0], a[0]);
  if (n == "IsInf" && a.size() == 2) {
    llvm::Value* x = a[0];
    llvm::Value* sign = a[1];
    llvm::Value* pos = isInf(x, 1);
    llvm::Value* neg = isInf(x, -1);
    llvm::Value* any = b_.CreateOr(pos, neg);
    llvm::Value* r = b_.CreateSelect(b_.CreateICmpSLT(sign, b_.getInt64(0)), neg, any);
    return b_.CreateSelect(b_.CreateICmpSGT(sign, b_.getInt64(0)), pos, r);
  }
  if (n == "Signbit" && a.size() == 1)
    return b_.CreateICmpSLT(b_.CreateBitCast(a[0], i64), b_.getInt64(0));
  if (n == "Float64bits" && a.size() == 1) return b_.CreateBitCast(a[0], i64);
  if (n == "Float64frombits" && a.size() == 1) return b_.CreateBitCast(a[0], f64);
  if (n == "Float32bits" && a.size() == 1) return b_.CreateBitCast(a[0], b_.getInt32Ty());
  if (n == "Float32frombits" && a.size() == 1) return b_.CreateBitCast(a[0], b_.getFloatTy());
  if ((n == "Max" || n == "Min") && a.size() == 2) {
    bool isMax = n == "Max";
    int sign = isMax ? 1 : -1;
    llvm::Value* inf = b_.CreateOr(isInf(a[0], sign), isInf(a[1], sign));
    llvm::Value* r = b_.CreateBinaryIntrinsic(
        isMax ? llvm::Intrinsic::maximum : llvm::Intrinsic::minimum, a[0], a[1]);
    return b_.CreateSelect(inf, llvm::ConstantFP::getInfinity(f64, !isMax), r);
  }
  m_.notImplemented(e->pos, "math." + n);
  return e->type ? dummy(e->type) : nullptr;
}

}  // namespace csp
