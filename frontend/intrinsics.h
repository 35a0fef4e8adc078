// frontend/intrinsics.h: standard functions codegen expands inline instead of calling their
// C++ implementation (jit/codegen_intrinsic.cpp). Each is declared without a body in its
// package's csp file like any C++-implemented function; PackageLoader sets Object::intrinsic
// once when the package is loaded, and codegen dispatches on the enum.
#pragma once

#include <string>

namespace csp {

enum class Intrinsic {
  None = 0,
  // math: exact operations LLVM has instructions for, bit manipulation, Go's special cases
  MathSqrt, MathAbs, MathFloor, MathCeil, MathTrunc, MathRound, MathRoundToEven, MathCopysign,
  MathFMA, MathInf, MathNaN, MathIsNaN, MathIsInf, MathSignbit, MathFloat64bits,
  MathFloat64frombits, MathFloat32bits, MathFloat32frombits, MathMax, MathMin,
  // math/bits
  BitsOnesCount, BitsOnesCount8, BitsOnesCount16, BitsOnesCount32, BitsOnesCount64,
  BitsLeadingZeros, BitsLeadingZeros8, BitsLeadingZeros16, BitsLeadingZeros32, BitsLeadingZeros64,
  BitsTrailingZeros, BitsTrailingZeros8, BitsTrailingZeros16, BitsTrailingZeros32, BitsTrailingZeros64,
  BitsLen, BitsLen8, BitsLen16, BitsLen32, BitsLen64,
  // os
  OsExit,
  // asyncio: a task's suspension (in a coroutine), else a sleep
  AsyncioSuspend,
};

Intrinsic intrinsicFor(const std::string& pkgPath, const std::string& name);

}  // namespace csp
