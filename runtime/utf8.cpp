// runtime/utf8.cpp: UTF-8 encoding/decoding and strconv.IsPrint/IsGraphic, ported from Go's
// unicode/utf8 and strconv so that range-over-string, string(rune), %c, %q and %U agree
// with Go byte for byte. See unicode.h for the contracts.
#include "runtime/unicode.h"

#include <algorithm>

namespace csp::rt {

bool is_print(int32_t r) {
  const RuneRange* end = kPrintRanges + kPrintRangeCount;
  // First range whose hi >= r; r is printable if that range starts at or below r.
  const RuneRange* it =
      std::lower_bound(kPrintRanges, end, r, [](const RuneRange& rr, int32_t v) { return rr.hi < v; });
  return it != end && it->lo <= r;
}

bool is_graphic(int32_t r) {
  if (is_print(r)) return true;
  // Go's isGraphic list (strconv/isprint.go): graphic runes that IsPrint rejects, all
  // category Zs spaces other than U+0020.
  switch (r) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: return true;
    default: return r >= 0x2000 && r <= 0x200A;
  }
}

int encode_rune(uint8_t* out, int64_t r) {
  if (!valid_rune(r)) r = kRuneError;
  uint32_t c = static_cast<uint32_t>(r);
  if (c < 0x80) {
    out[0] = static_cast<uint8_t>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
    out[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
    out[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<uint8_t>(0xF0 | (c >> 18));
  out[1] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<uint8_t>(0x80 | (c & 0x3F));
  return 4;
}

namespace {

// Go's utf8 "first" table, computed: the width of a sequence led by b (0 if invalid) and
// the accepted range of its second byte. Later bytes are always 0x80..0xBF.
struct Lead {
  int width;
  uint8_t lo, hi;
};

Lead lead_of(uint8_t b) {
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};        // no overlongs
  if (b == 0xED) return {3, 0x80, 0x9F};        // no surrogates
  if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};        // no overlongs
  if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};        // <= U+10FFFF
  return {0, 0, 0};
}

bool is_cont(uint8_t b) { return b >= 0x80 && b <= 0xBF; }

}  // namespace

int decode_rune(const uint8_t* s, int64_t n, int32_t* r) {
  uint8_t b0 = s[0];
  if (b0 < 0x80) {
    *r = b0;
    return 1;
  }
  Lead l = lead_of(b0);
  *r = kRuneError;
  if (l.width == 0 || n < l.width) return 1;
  if (s[1] < l.lo || s[1] > l.hi) return 1;
  if (l.width == 2) {
    *r = ((b0 & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (!is_cont(s[2])) return 1;
  if (l.width == 3) {
    *r = ((b0 & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 3;
  }
  if (!is_cont(s[3])) return 1;
  *r = ((b0 & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
  return 4;
}

int64_t rune_count(const uint8_t* s, int64_t n) {
  int64_t count = 0;
  for (int64_t i = 0; i < n; count++) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    int32_t r;
    i += decode_rune(s + i, n - i, &r);
  }
  return count;
}

}  // namespace csp::rt
