// stdlib/math/bits/bindings.cpp: the C entry points of package math/bits's functions
// (stdlib/math/bits/bits.csp; prototypes in stdlib_bridges.h), over csp::gobits. Div and Rem
// panic as Go's do (runtime error: integer divide by zero / integer overflow).
#include "runtime/panic.h"
#include "stdlib/math/bits/bits.h"
#include "stdlib_bridges.h"

namespace gb = csp::gobits;

namespace {

void check(gb::DivError e) {
  if (e != gb::DivError::none) csp::rt::runtime_error(gb::div_error_message(e));
}

}  // namespace

extern "C" {

int64_t csp_math_bits_LeadingZeros(uint64_t x) { return gb::LeadingZeros(x); }
int64_t csp_math_bits_LeadingZeros8(uint8_t x) { return gb::LeadingZeros8(x); }
int64_t csp_math_bits_LeadingZeros16(uint16_t x) { return gb::LeadingZeros16(x); }
int64_t csp_math_bits_LeadingZeros32(uint32_t x) { return gb::LeadingZeros32(x); }
int64_t csp_math_bits_LeadingZeros64(uint64_t x) { return gb::LeadingZeros64(x); }
int64_t csp_math_bits_TrailingZeros(uint64_t x) { return gb::TrailingZeros(x); }
int64_t csp_math_bits_TrailingZeros8(uint8_t x) { return gb::TrailingZeros8(x); }
int64_t csp_math_bits_TrailingZeros16(uint16_t x) { return gb::TrailingZeros16(x); }
int64_t csp_math_bits_TrailingZeros32(uint32_t x) { return gb::TrailingZeros32(x); }
int64_t csp_math_bits_TrailingZeros64(uint64_t x) { return gb::TrailingZeros64(x); }
int64_t csp_math_bits_OnesCount(uint64_t x) { return gb::OnesCount(x); }
int64_t csp_math_bits_OnesCount8(uint8_t x) { return gb::OnesCount8(x); }
int64_t csp_math_bits_OnesCount16(uint16_t x) { return gb::OnesCount16(x); }
int64_t csp_math_bits_OnesCount32(uint32_t x) { return gb::OnesCount32(x); }
int64_t csp_math_bits_OnesCount64(uint64_t x) { return gb::OnesCount64(x); }
int64_t csp_math_bits_Len(uint64_t x) { return gb::Len(x); }
int64_t csp_math_bits_Len8(uint8_t x) { return gb::Len8(x); }
int64_t csp_math_bits_Len16(uint16_t x) { return gb::Len16(x); }
int64_t csp_math_bits_Len32(uint32_t x) { return gb::Len32(x); }
int64_t csp_math_bits_Len64(uint64_t x) { return gb::Len64(x); }
uint64_t csp_math_bits_RotateLeft(uint64_t x, int64_t k) { return gb::RotateLeft(x, k); }
uint64_t csp_math_bits_Reverse(uint64_t x) { return gb::Reverse(x); }
uint8_t csp_math_bits_RotateLeft8(uint8_t x, int64_t k) { return gb::RotateLeft8(x, k); }
uint8_t csp_math_bits_Reverse8(uint8_t x) { return gb::Reverse8(x); }
uint16_t csp_math_bits_RotateLeft16(uint16_t x, int64_t k) { return gb::RotateLeft16(x, k); }
uint16_t csp_math_bits_Reverse16(uint16_t x) { return gb::Reverse16(x); }
uint32_t csp_math_bits_RotateLeft32(uint32_t x, int64_t k) { return gb::RotateLeft32(x, k); }
uint32_t csp_math_bits_Reverse32(uint32_t x) { return gb::Reverse32(x); }
uint64_t csp_math_bits_RotateLeft64(uint64_t x, int64_t k) { return gb::RotateLeft64(x, k); }
uint64_t csp_math_bits_Reverse64(uint64_t x) { return gb::Reverse64(x); }
uint64_t csp_math_bits_ReverseBytes(uint64_t x) { return gb::ReverseBytes(x); }
uint16_t csp_math_bits_ReverseBytes16(uint16_t x) { return gb::ReverseBytes16(x); }
uint32_t csp_math_bits_ReverseBytes32(uint32_t x) { return gb::ReverseBytes32(x); }
uint64_t csp_math_bits_ReverseBytes64(uint64_t x) { return gb::ReverseBytes64(x); }
void csp_math_bits_Add(uint64_t x, uint64_t y, uint64_t carry, uint64_t* out0, uint64_t* out1) { auto r = gb::Add(x, y, carry); *out0 = r.sum; *out1 = r.carry_out; }
void csp_math_bits_Sub(uint64_t x, uint64_t y, uint64_t borrow, uint64_t* out0, uint64_t* out1) { auto r = gb::Sub(x, y, borrow); *out0 = r.diff; *out1 = r.borrow_out; }
void csp_math_bits_Mul(uint64_t x, uint64_t y, uint64_t* out0, uint64_t* out1) { auto r = gb::Mul(x, y); *out0 = r.hi; *out1 = r.lo; }
void csp_math_bits_Div(uint64_t hi, uint64_t lo, uint64_t y, uint64_t* out0, uint64_t* out1) { auto r = gb::Div(hi, lo, y); check(r.err); *out0 = r.quo; *out1 = r.rem; }
uint64_t csp_math_bits_Rem(uint64_t hi, uint64_t lo, uint64_t y) { auto r = gb::Rem(hi, lo, y); check(r.err); return r.rem; }
void csp_math_bits_Add32(uint32_t x, uint32_t y, uint32_t carry, uint32_t* out0, uint32_t* out1) { auto r = gb::Add32(x, y, carry); *out0 = r.sum; *out1 = r.carry_out; }
void csp_math_bits_Sub32(uint32_t x, uint32_t y, uint32_t borrow, uint32_t* out0, uint32_t* out1) { auto r = gb::Sub32(x, y, borrow); *out0 = r.diff; *out1 = r.borrow_out; }
void csp_math_bits_Mul32(uint32_t x, uint32_t y, uint32_t* out0, uint32_t* out1) { auto r = gb::Mul32(x, y); *out0 = r.hi; *out1 = r.lo; }
void csp_math_bits_Div32(uint32_t hi, uint32_t lo, uint32_t y, uint32_t* out0, uint32_t* out1) { auto r = gb::Div32(hi, lo, y); check(r.err); *out0 = r.quo; *out1 = r.rem; }
uint32_t csp_math_bits_Rem32(uint32_t hi, uint32_t lo, uint32_t y) { auto r = gb::Rem32(hi, lo, y); check(r.err); return r.rem; }
void csp_math_bits_Add64(uint64_t x, uint64_t y, uint64_t carry, uint64_t* out0, uint64_t* out1) { auto r = gb::Add64(x, y, carry); *out0 = r.sum; *out1 = r.carry_out; }
void csp_math_bits_Sub64(uint64_t x, uint64_t y, uint64_t borrow, uint64_t* out0, uint64_t* out1) { auto r = gb::Sub64(x, y, borrow); *out0 = r.diff; *out1 = r.borrow_out; }
void csp_math_bits_Mul64(uint64_t x, uint64_t y, uint64_t* out0, uint64_t* out1) { auto r = gb::Mul64(x, y); *out0 = r.hi; *out1 = r.lo; }
void csp_math_bits_Div64(uint64_t hi, uint64_t lo, uint64_t y, uint64_t* out0, uint64_t* out1) { auto r = gb::Div64(hi, lo, y); check(r.err); *out0 = r.quo; *out1 = r.rem; }
uint64_t csp_math_bits_Rem64(uint64_t hi, uint64_t lo, uint64_t y) { auto r = gb::Rem64(hi, lo, y); check(r.err); return r.rem; }

}  // extern "C"
