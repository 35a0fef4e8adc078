// stdlib/math/bits/bits.cpp: Go's math/bits (Go 1.19, linux/amd64); see bits.h for the
// edge cases (carry inputs, rotation counts, Div/Rem errors).
//
// The results are exact integers, so the C++ uses <bit> and 128-bit arithmetic rather than
// bits.go's tables and de Bruijn multiplications; Add32/Sub32 keep bits.go's formulas (Go
// does not make them intrinsics, so a carry input above 1 is added as given). Go is
// BSD-licensed.
#include "stdlib/math/bits/bits.h"

#include <bit>

namespace csp::gobits {

const char* div_error_message(DivError err) {
  switch (err) {
    case DivError::divide_by_zero:
      return "integer divide by zero";
    case DivError::overflow:
      return "integer overflow";
    case DivError::none:
      break;
  }
  return "";
}

int64_t LeadingZeros(uint64_t x) { return std::countl_zero(x); }
int64_t LeadingZeros8(uint8_t x) { return std::countl_zero(x); }
int64_t LeadingZeros16(uint16_t x) { return std::countl_zero(x); }
int64_t LeadingZeros32(uint32_t x) { return std::countl_zero(x); }
int64_t LeadingZeros64(uint64_t x) { return std::countl_zero(x); }

int64_t TrailingZeros(uint64_t x) { return std::countr_zero(x); }
int64_t TrailingZeros8(uint8_t x) { return std::countr_zero(x); }
int64_t TrailingZeros16(uint16_t x) { return std::countr_zero(x); }
int64_t TrailingZeros32(uint32_t x) { return std::countr_zero(x); }
int64_t TrailingZeros64(uint64_t x) { return std::countr_zero(x); }

int64_t OnesCount(uint64_t x) { return std::popcount(x); }
int64_t OnesCount8(uint8_t x) { return std::popcount(x); }
int64_t OnesCount16(uint16_t x) { return std::popcount(x); }
int64_t OnesCount32(uint32_t x) { return std::popcount(x); }
int64_t OnesCount64(uint64_t x) { return std::popcount(x); }

// Go: s := uint(k) & (n - 1); x<<s | x>>(n-s).
uint64_t RotateLeft(uint64_t x, int64_t k) { return RotateLeft64(x, k); }
uint8_t RotateLeft8(uint8_t x, int64_t k) {
  return std::rotl(x, static_cast<int>(static_cast<uint64_t>(k) & 7));
}
uint16_t RotateLeft16(uint16_t x, int64_t k) {
  return std::rotl(x, static_cast<int>(static_cast<uint64_t>(k) & 15));
}
uint32_t RotateLeft32(uint32_t x, int64_t k) {
  return std::rotl(x, static_cast<int>(static_cast<uint64_t>(k) & 31));
}
uint64_t RotateLeft64(uint64_t x, int64_t k) {
  return std::rotl(x, static_cast<int>(static_cast<uint64_t>(k) & 63));
}

uint64_t Reverse(uint64_t x) { return Reverse64(x); }
uint8_t Reverse8(uint8_t x) { return static_cast<uint8_t>(Reverse64(x) >> 56); }
uint16_t Reverse16(uint16_t x) { return static_cast<uint16_t>(Reverse64(x) >> 48); }
uint32_t Reverse32(uint32_t x) { return static_cast<uint32_t>(Reverse64(x) >> 32); }
uint64_t Reverse64(uint64_t x) {
  constexpr uint64_t m0 = 0x5555555555555555;  // 01010101 ...
  constexpr uint64_t m1 = 0x3333333333333333;  // 00110011 ...
  constexpr uint64_t m2 = 0x0f0f0f0f0f0f0f0f;  // 00001111 ...
  x = (x >> 1 & m0) | (x & m0) << 1;
  x = (x >> 2 & m1) | (x & m1) << 2;
  x = (x >> 4 & m2) | (x & m2) << 4;
  return ReverseBytes64(x);
}

uint64_t ReverseBytes(uint64_t x) { return ReverseBytes64(x); }
uint16_t ReverseBytes16(uint16_t x) { return static_cast<uint16_t>(x >> 8 | x << 8); }
uint32_t ReverseBytes32(uint32_t x) { return __builtin_bswap32(x); }
uint64_t ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }

int64_t Len(uint64_t x) { return std::bit_width(x); }
int64_t Len8(uint8_t x) { return std::bit_width(x); }
int64_t Len16(uint16_t x) { return std::bit_width(x); }
int64_t Len32(uint32_t x) { return std::bit_width(x); }
int64_t Len64(uint64_t x) { return std::bit_width(x); }

// ---- add, subtract, multiply ------------------------------------------------------------------

SumCarry<uint64_t> Add(uint64_t x, uint64_t y, uint64_t carry) { return Add64(x, y, carry); }

SumCarry<uint32_t> Add32(uint32_t x, uint32_t y, uint32_t carry) {
  uint64_t sum64 = uint64_t{x} + uint64_t{y} + uint64_t{carry};
  return {static_cast<uint32_t>(sum64), static_cast<uint32_t>(sum64 >> 32)};
}

// ADCQ after NEGQ carry: the carry flag is carry != 0.
SumCarry<uint64_t> Add64(uint64_t x, uint64_t y, uint64_t carry) {
  unsigned __int128 s = static_cast<unsigned __int128>(x) + y + (carry != 0 ? 1 : 0);
  return {static_cast<uint64_t>(s), static_cast<uint64_t>(s >> 64)};
}

DiffBorrow<uint64_t> Sub(uint64_t x, uint64_t y, uint64_t borrow) { return Sub64(x, y, borrow); }

DiffBorrow<uint32_t> Sub32(uint32_t x, uint32_t y, uint32_t borrow) {
  uint32_t diff = x - y - borrow;
  uint32_t borrow_out = ((~x & y) | (~(x ^ y) & diff)) >> 31;
  return {diff, borrow_out};
}

// SBBQ after NEGQ borrow: the borrow is borrow != 0.
DiffBorrow<uint64_t> Sub64(uint64_t x, uint64_t y, uint64_t borrow) {
  uint64_t b = borrow != 0 ? 1 : 0;
  uint64_t diff = x - y - b;
  bool out = x < y || (x - y) < b;
  return {diff, out ? uint64_t{1} : uint64_t{0}};
}

HiLo<uint64_t> Mul(uint64_t x, uint64_t y) { return Mul64(x, y); }

HiLo<uint32_t> Mul32(uint32_t x, uint32_t y) {
  uint64_t t = uint64_t{x} * y;
  return {static_cast<uint32_t>(t >> 32), static_cast<uint32_t>(t)};
}

HiLo<uint64_t> Mul64(uint64_t x, uint64_t y) {
  unsigned __int128 p = static_cast<unsigned __int128>(x) * y;
  return {static_cast<uint64_t>(p >> 64), static_cast<uint64_t>(p)};
}

// ---- divide -------------------------------------------------------------------------------------

QuoRem<uint64_t> Div(uint64_t hi, uint64_t lo, uint64_t y) { return Div64(hi, lo, y); }

QuoRem<uint32_t> Div32(uint32_t hi, uint32_t lo, uint32_t y) {
  if (y != 0 && y <= hi) return {0, 0, DivError::overflow};
  if (y == 0) return {0, 0, DivError::divide_by_zero};
  uint64_t z = uint64_t{hi} << 32 | lo;
  return {static_cast<uint32_t>(z / y), static_cast<uint32_t>(z % y), DivError::none};
}

QuoRem<uint64_t> Div64(uint64_t hi, uint64_t lo, uint64_t y) {
  if (y == 0) return {0, 0, DivError::divide_by_zero};
  if (y <= hi) return {0, 0, DivError::overflow};
  unsigned __int128 z = static_cast<unsigned __int128>(hi) << 64 | lo;
  return {static_cast<uint64_t>(z / y), static_cast<uint64_t>(z % y), DivError::none};
}

RemResult<uint64_t> Rem(uint64_t hi, uint64_t lo, uint64_t y) { return Rem64(hi, lo, y); }

RemResult<uint32_t> Rem32(uint32_t hi, uint32_t lo, uint32_t y) {
  if (y == 0) return {0, DivError::divide_by_zero};
  uint64_t z = uint64_t{hi} << 32 | lo;
  return {static_cast<uint32_t>(z % y), DivError::none};
}

RemResult<uint64_t> Rem64(uint64_t hi, uint64_t lo, uint64_t y) {
  if (y == 0) return {0, DivError::divide_by_zero};
  unsigned __int128 z = static_cast<unsigned __int128>(hi % y) << 64 | lo;
  return {static_cast<uint64_t>(z % y), DivError::none};
}

}  // namespace csp::gobits
