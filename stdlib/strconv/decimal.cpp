// stdlib/strconv/decimal.cpp: ParseFloat's slow path, a multiprecision decimal shifted by
// powers of two until the float's bits can be read off. Follows Go 1.19's strconv/decimal.go
// (shifts, rounding) and the decimal half of atof.go (decimal.set, decimal.floatBits) step
// for step, so that results agree with Go even where Go's truncations matter (more than 800
// digits, exponents clamped near 10000).
//
// Invariants: d[0..nd) has no trailing zeros and no leading zeros; nd == 0 means zero (dp is
// then 0 after trim); trunc records dropped non-zero digits.
#include "stdlib/strconv/internal.h"

#include <array>
#include <string>

namespace csp::gostrconv::detail {

namespace {

constexpr int kMaxShift = 60;  // 64-bit words must hold 9 << k

// Go's leftcheats: shifting left by k adds digits(2^k) digits, one fewer if the number's
// leading digits are below those of 5^k.
struct LeftCheat {
  int delta;
  std::string cutoff;  // decimal digits of 5^k
};

const std::array<LeftCheat, kMaxShift + 1>& left_cheats() {
  static const std::array<LeftCheat, kMaxShift + 1> table = [] {
    std::array<LeftCheat, kMaxShift + 1> t;
    t[0] = {0, ""};
    std::string five = "1";  // 5^k, most significant digit first
    for (int k = 1; k <= kMaxShift; k++) {
      int carry = 0;
      for (size_t i = five.size(); i-- > 0;) {
        int v = (five[i] - '0') * 5 + carry;
        five[i] = static_cast<char>('0' + v % 10);
        carry = v / 10;
      }
      if (carry != 0) five.insert(five.begin(), static_cast<char>('0' + carry));
      t[static_cast<size_t>(k)] = {static_cast<int>(std::to_string(uint64_t{1} << k).size()), five};
    }
    return t;
  }();
  return table;
}

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

void trim(Decimal& a) {
  while (a.nd > 0 && a.d[a.nd - 1] == '0') a.nd--;
  if (a.nd == 0) a.dp = 0;
}

// Is the leading prefix of d[0..nd) lexicographically less than s?
bool prefix_is_less_than(const Decimal& a, const std::string& s) {
  for (size_t i = 0; i < s.size(); i++) {
    if (static_cast<int>(i) >= a.nd) return true;
    if (a.d[i] != s[i]) return a.d[i] < s[i];
  }
  return false;
}

// Binary shift right (divide by 2^k), k <= kMaxShift.
void right_shift(Decimal& a, unsigned k) {
  int r = 0;  // read index
  int w = 0;  // write index
  uint64_t n = 0;
  // Pick up enough leading digits to cover the first shift.
  for (; (n >> k) == 0; r++) {
    if (r >= a.nd) {
      if (n == 0) {  // a == 0; shouldn't get here
        a.nd = 0;
        return;
      }
      while ((n >> k) == 0) {
        n *= 10;
        r++;
      }
      break;
    }
    n = n * 10 + static_cast<uint64_t>(a.d[r] - '0');
  }
  a.dp -= r - 1;
  uint64_t mask = (uint64_t{1} << k) - 1;
  // Pick up a digit, put down a digit.
  for (; r < a.nd; r++) {
    uint64_t c = static_cast<uint64_t>(a.d[r] - '0');
    uint64_t dig = n >> k;
    n &= mask;
    a.d[w++] = static_cast<char>('0' + dig);
    n = n * 10 + c;
  }
  // Put down extra digits.
  while (n > 0) {
    uint64_t dig = n >> k;
    n &= mask;
    if (w < Decimal::kCapacity) {
      a.d[w++] = static_cast<char>('0' + dig);
    } else if (dig > 0) {
      a.trunc = true;
    }
    n *= 10;
  }
  a.nd = w;
  trim(a);
}

// Binary shift left (multiply by 2^k), k <= kMaxShift.
void left_shift(Decimal& a, unsigned k) {
  const LeftCheat& cheat = left_cheats()[k];
  int delta = cheat.delta;
  if (prefix_is_less_than(a, cheat.cutoff)) delta--;
  int r = a.nd;          // read index
  int w = a.nd + delta;  // write index
  uint64_t n = 0;
  auto put = [&a, &w](uint64_t rem) {
    w--;
    if (w < Decimal::kCapacity) {
      a.d[w] = static_cast<char>('0' + rem);
    } else if (rem != 0) {
      a.trunc = true;
    }
  };
  // Pick up a digit, put down a digit.
  for (r--; r >= 0; r--) {
    n += static_cast<uint64_t>(a.d[r] - '0') << k;
    uint64_t quo = n / 10;
    put(n - 10 * quo);
    n = quo;
  }
  // Put down extra digits.
  while (n > 0) {
    uint64_t quo = n / 10;
    put(n - 10 * quo);
    n = quo;
  }
  a.nd += delta;
  if (a.nd >= Decimal::kCapacity) a.nd = Decimal::kCapacity;
  a.dp += delta;
  trim(a);
}

// If we chop a at nd digits, should we round up? (Half to even; trunc means above half.)
bool should_round_up(const Decimal& a, int nd) {
  if (nd < 0 || nd >= a.nd) return false;
  if (a.d[nd] == '5' && nd + 1 == a.nd) {  // exactly halfway
    if (a.trunc) return true;
    return nd > 0 && (a.d[nd - 1] - '0') % 2 != 0;
  }
  return a.d[nd] >= '5';
}

// Go's powtab: the binary shift that moves a decimal point dp digits, for small dp.
constexpr int kPowTab[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};
constexpr int kPowTabLen = sizeof kPowTab / sizeof kPowTab[0];

}  // namespace

bool Decimal::set(std::string_view s) {
  size_t i = 0;
  neg = false;
  trunc = false;
  if (i >= s.size()) return false;
  if (s[i] == '+') {
    i++;
  } else if (s[i] == '-') {
    neg = true;
    i++;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') continue;  // readFloat already checked underscores
    if (c == '.') {
      if (sawdot) return false;
      sawdot = true;
      dp = nd;
      continue;
    }
    if (c < '0' || c > '9') break;
    sawdigits = true;
    if (c == '0' && nd == 0) {  // ignore leading zeros
      dp--;
      continue;
    }
    if (nd < kCapacity) {
      d[nd++] = c;
    } else if (c != '0') {
      trunc = true;
    }
  }
  if (!sawdigits) return false;
  if (!sawdot) dp = nd;
  // Optional exponent. A huge exponent is clamped: it only has to move the point a lot.
  if (i < s.size() && lower(s[i]) == 'e') {
    i++;
    if (i >= s.size()) return false;
    int esign = 1;
    if (s[i] == '+') {
      i++;
    } else if (s[i] == '-') {
      i++;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    int64_t e = 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') continue;
      if (e < 10000) e = e * 10 + (s[i] - '0');
    }
    dp += e * esign;
  }
  return i == s.size();
}

void Decimal::shift(int k) {
  if (nd == 0) return;  // zero
  if (k > 0) {
    for (; k > kMaxShift; k -= kMaxShift) left_shift(*this, kMaxShift);
    left_shift(*this, static_cast<unsigned>(k));
  } else if (k < 0) {
    for (; k < -kMaxShift; k += kMaxShift) right_shift(*this, kMaxShift);
    right_shift(*this, static_cast<unsigned>(-k));
  }
}

uint64_t Decimal::rounded_integer() const {
  if (dp > 20) return UINT64_MAX;
  int i = 0;
  uint64_t n = 0;
  for (; i < dp && i < nd; i++) n = n * 10 + static_cast<uint64_t>(d[i] - '0');
  for (; i < dp; i++) n *= 10;
  if (should_round_up(*this, dp)) n++;
  return n;
}

uint64_t Decimal::float_bits(const FloatInfo& flt, bool* overflow) {
  int exp = 0;
  uint64_t mant = 0;
  *overflow = false;
  const int max_biased = (1 << flt.expbits) - 1;
  auto assemble = [&](uint64_t m, int e) {
    uint64_t bits = m & ((uint64_t{1} << flt.mantbits) - 1);
    bits |= static_cast<uint64_t>((e - flt.bias) & max_biased) << flt.mantbits;
    if (neg) bits |= uint64_t{1} << flt.mantbits << flt.expbits;
    return bits;
  };
  auto inf = [&] {
    *overflow = true;
    return assemble(0, max_biased + flt.bias);
  };
  if (nd == 0) return assemble(0, flt.bias);  // zero
  // Obvious overflow/underflow (bounds for 64-bit floats, used for both sizes as in Go).
  if (dp > 310) return inf();
  if (dp < -330) return assemble(0, flt.bias);
  // Scale by powers of two until in range [0.5, 1.0).
  while (dp > 0) {
    int n = dp >= kPowTabLen ? 27 : kPowTab[static_cast<size_t>(dp)];
    shift(-n);
    exp += n;
  }
  while (dp < 0 || (dp == 0 && d[0] < '5')) {
    int n = -dp >= kPowTabLen ? 27 : kPowTab[static_cast<size_t>(-dp)];
    shift(n);
    exp -= n;
  }
  exp--;  // our range is [0.5,1) but the float range is [1,2)
  // Below the minimum exponent: denormalize.
  if (exp < flt.bias + 1) {
    int n = flt.bias + 1 - exp;
    shift(-n);
    exp += n;
  }
  if (exp - flt.bias >= max_biased) return inf();
  // Extract 1+mantbits bits.
  shift(static_cast<int>(1 + flt.mantbits));
  mant = rounded_integer();
  // Rounding might have added a bit; shift down.
  if (mant == uint64_t{2} << flt.mantbits) {
    mant >>= 1;
    exp++;
    if (exp - flt.bias >= max_biased) return inf();
  }
  if ((mant & (uint64_t{1} << flt.mantbits)) == 0) exp = flt.bias;  // denormal
  return assemble(mant, exp);
}

}  // namespace csp::gostrconv::detail
