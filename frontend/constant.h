// frontend/constant.h: exact values of Go constants.
//
// Go's untyped constants are exact: integers are unbounded, floating-point constants are
// exact rationals where that is cheap (the value of every decimal literal, and of + - * / on
// them) and otherwise big floats of at least 512 bits of mantissa. Typed constants are the
// same values, checked to be representable in their type by sema (representable(), below).
// Implemented with GMP (mpz_t / mpq_t) and MPFR (correct rounding to float32/float64).
//
// Constant is an immutable value type; copying is cheap enough for a compiler (it shares its
// big-number payload).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "frontend/token.h"

namespace csp {

class Constant {
 public:
  enum class Kind { Unknown, Bool, String, Int, Float };

  Constant();  // Unknown: the result of an invalid operation; every operation propagates it
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt64(int64_t v);
  static Constant makeUint64(uint64_t v);
  static Constant makeFloat64(double v);  // exact value of v; v must be finite
  // From a Go literal as written (Tok::Int / Tok::Float text: 0x1p-2, 1_000, 0o17, 017, 1e3).
  // Returns Unknown if the text is malformed (the lexer has reported it already), and for a
  // float literal that overflows (1e1000000000; go/types: "malformed constant"). A leading
  // sign is accepted, as by go/constant.MakeFromLiteral. Tiny literals (1e-1000000000) are 0.
  // Float literals are exact rationals unless their binary exponent is beyond +-4096
  // (go/constant's rule), e.g. 1e100000, which is a 512-bit float.
  static Constant fromIntLiteral(const std::string& text);
  static Constant fromFloatLiteral(const std::string& text);

  Kind kind() const;
  bool isUnknown() const { return kind() == Kind::Unknown; }

  bool boolVal() const;                // Kind::Bool (false otherwise)
  const std::string& stringVal() const;  // Kind::String ("" otherwise)

  // Conversions between numeric kinds. toInt() of a Float with an integral value gives the
  // Int; of a non-integral Float it gives Unknown. toFloat() of an Int is exact.
  Constant toInt() const;
  Constant toFloat() const;
  bool isIntegral() const;  // Int, or Float with an integral value

  // Representability. For Int (or an integral Float): fits in a signed/unsigned integer of
  // `bits` bits. False for non-integral Floats and non-numbers; true for Unknown (as go/types:
  // no follow-up error for an operand that is already wrong).
  bool fitsInt(int bits, bool isSigned) const;
  // Rounds a Float (or Int) to the nearest float32/float64 value (round half to even,
  // subnormals included; values too small underflow to 0). Returns nullopt when the result
  // overflows to infinity (Go: "overflows") or x is not numeric; Unknown gives Unknown.
  std::optional<Constant> roundFloat32() const;
  std::optional<Constant> roundFloat64() const;

  // Extraction (the value must be representable: sema checked). Out-of-range ints give their
  // low 64 bits (two's complement); float64Val/float32Val give the nearest value (+-Inf on
  // overflow, never -0); non-numeric values give 0.
  int64_t int64Val() const;
  uint64_t uint64Val() const;
  double float64Val() const;  // nearest double (round half to even)
  float float32Val() const;

  // Arithmetic. op is a Tok: Add Sub Mul Quo Rem And Or Xor AndNot, LAnd LOr (bools),
  // and for strings only Add. For Quo: if `integerDivision`, truncated integer division
  // (operands must be Int); otherwise exact division (result Float unless both are Int and
  // integerDivision). Division by zero returns Unknown (sema reports it first).
  static Constant binaryOp(const Constant& x, Tok op, const Constant& y, bool integerDivision);
  // Shift x (Int) by s bits: Shl or Shr (arithmetic, floor). Unknown if x is not integral,
  // and for a left shift whose result would exceed 2^20 bits (sema bounds counts first).
  static Constant shift(const Constant& x, Tok op, uint64_t s);
  // Comparison: Eql Neq Lss Leq Gtr Geq on two constants of the same kind (Int and Float mix;
  // strings compare bytewise). False when either is Unknown or the kinds do not match.
  static bool compare(const Constant& x, Tok op, const Constant& y);
  // Unary + - ^ !. For ^ on an unsigned type pass its width in `unsignedBits` (Go: ^x is
  // x XOR all-ones of that width); 0 means signed/untyped (^x == -x-1).
  static Constant unaryOp(Tok op, const Constant& x, int unsignedBits);

  // Sign of a numeric constant: -1, 0, 1. Unknown gives 1, as in go/constant (so that an
  // invalid divisor does not also produce a "division by zero" error).
  int sign() const;
  // Bit length of |x| for an Int (0 for 0; go/constant.BitLen). go/types rejects untyped
  // integer constants whose bitLen() exceeds 512 ("constant ... overflow"). 0 for non-Int.
  int bitLen() const;
  // Truncates an Int to `bits` bits (two's complement wrap), signed or unsigned. Used only
  // for conversions of typed non-constant... never for constants (Go rejects overflow); kept
  // for codegen of constant operands after checks.
  Constant wrapInt(int bits, bool isSigned) const;

  // Text as go/types prints constants in messages: ints in decimal, floats as Go's
  // constant.Value.String() does (e.g. "1e+100", "0.1", "3.14159"), strings quoted with Go's
  // strconv.Quote rules (shortened to 72 chars with "..." as go/constant does), bools.
  std::string toString() const;

  // Go's strconv.Quote(s): "..." with \a \b \f \n \r \t \v \\ \" escapes, \xNN for bytes that are
  // not valid UTF-8 (and for control characters < 0x20 and 0x7f), \uXXXX / \UXXXXXXXX for other
  // non-printable runes. Printability is Go's unicode.IsPrint, from the tables of Go 1.19's
  // strconv (Unicode 13; Go 1.22 has Unicode 15, so a few newer characters get escaped here).
  static std::string quoteGo(const std::string& s);

 private:
  struct Rep;
  std::shared_ptr<const Rep> rep_;
  explicit Constant(std::shared_ptr<const Rep> r) : rep_(std::move(r)) {}
  friend struct ConstantImpl;  // constant.cpp's helpers build and read Reps
};

}  // namespace csp
