// stdlib/unicode/unicode.cpp: the functions of Go 1.19's package unicode, following Go's
// src/unicode/letter.go, graphic.go and digit.go step for step (Go is BSD-licensed).
//
// Invariants the code relies on (guaranteed by the generated tables.cpp): every RangeTable's
// R16 and R32 are sorted by Lo and disjoint, R16 holds only runes <= 0xFFFF and its first
// LatinOffset entries are exactly those with Hi <= MaxLatin1; CaseRanges, TurkishCase and
// caseOrbit are sorted. Out-of-range runes (< 0 or > MaxRune) fall through every fast path
// into searches that cannot match them, as in Go.
#include "stdlib/unicode/unicode.h"

#include "runtime/unicode.h"
#include "stdlib/unicode/tables.h"

namespace csp::gounicode {

using detail::properties;

// ---- letter.go: RangeTable membership ---------------------------------------------------

namespace {

// Tables this short are searched linearly (Go's linearMax).
constexpr size_t linearMax = 18;

// Whether r is in range_, which contains r's value range Lo..Hi.
template <typename R, typename U>
bool inStride(const R& range_, U r) {
  return range_.Stride == 1 || (r - range_.Lo) % range_.Stride == 0;
}

template <typename R, typename U>
bool isIn(std::span<const R> ranges, U r, bool linear) {
  if (linear) {
    for (const R& range_ : ranges) {
      if (r < range_.Lo) return false;
      if (r <= range_.Hi) return inStride(range_, r);
    }
    return false;
  }
  size_t lo = 0, hi = ranges.size();
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const R& range_ = ranges[m];
    if (range_.Lo <= r && r <= range_.Hi) return inStride(range_, r);
    if (r < range_.Lo) {
      hi = m;
    } else {
      lo = m + 1;
    }
  }
  return false;
}

bool is16(std::span<const Range16> ranges, uint16_t r) {
  return isIn(ranges, r, ranges.size() <= linearMax || r <= MaxLatin1);
}

bool is32(std::span<const Range32> ranges, uint32_t r) {
  return isIn(ranges, r, ranges.size() <= linearMax);
}

// Is(rangeTab, r), skipping the first `off` R16 entries (those the caller's Latin-1 fast
// path already answered for).
bool isFrom(const RangeTable* rangeTab, size_t off, int32_t r) {
  std::span<const Range16> r16 = rangeTab->R16;
  if (r16.size() > off && static_cast<uint32_t>(r) <= r16.back().Hi) {
    return is16(r16.subspan(off), static_cast<uint16_t>(r));
  }
  std::span<const Range32> r32 = rangeTab->R32;
  if (!r32.empty() && r >= static_cast<int64_t>(r32.front().Lo)) {
    return is32(r32, static_cast<uint32_t>(r));
  }
  return false;
}

bool isExcludingLatin(const RangeTable* rangeTab, int32_t r) {
  return isFrom(rangeTab, rangeTab->LatinOffset, r);
}

bool isLatin1(int32_t r) { return static_cast<uint32_t>(r) <= MaxLatin1; }

}  // namespace

bool Is(const RangeTable* rangeTab, int32_t r) { return isFrom(rangeTab, 0, r); }

bool In(int32_t r, std::span<const RangeTable* const> ranges) {
  for (const RangeTable* inside : ranges) {
    if (Is(inside, r)) return true;
  }
  return false;
}

bool IsOneOf(std::span<const RangeTable* const> ranges, int32_t r) { return In(r, ranges); }

const RangeTable* Lookup(std::span<const NamedTable> m, std::string_view name) {
  for (const NamedTable& e : m) {
    if (e.name == name) return e.table;
  }
  return nullptr;
}

// ---- letter.go / graphic.go / digit.go: classification ----------------------------------

bool IsUpper(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pLmask) == detail::pLu;
  return isExcludingLatin(Upper, r);
}

bool IsLower(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pLmask) == detail::pLl;
  return isExcludingLatin(Lower, r);
}

bool IsTitle(int32_t r) {
  if (r <= MaxLatin1) return false;
  return isExcludingLatin(Title, r);
}

bool IsLetter(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pLmask) != 0;
  return isExcludingLatin(Letter, r);
}

bool IsDigit(int32_t r) {
  if (r <= MaxLatin1) return '0' <= r && r <= '9';
  return isExcludingLatin(Digit, r);
}

bool IsNumber(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pN) != 0;
  return isExcludingLatin(Number, r);
}

bool IsMark(int32_t r) {
  // There are no mark characters in Latin-1, so no fast path is needed.
  return isExcludingLatin(Mark, r);
}

bool IsPunct(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pP) != 0;
  return Is(Punct, r);
}

bool IsSymbol(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pS) != 0;
  return isExcludingLatin(Symbol, r);
}

bool IsControl(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pC) != 0;
  // All control characters are < MaxLatin1.
  return false;
}

bool IsSpace(int32_t r) {
  if (isLatin1(r)) {
    switch (r) {
      case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
        return true;
    }
    return false;
  }
  return isExcludingLatin(White_Space, r);
}

// Go: In(r, PrintRanges...). strconv.IsPrint (the runtime's single table) is the same set.
bool IsPrint(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pp) != 0;
  return rt::is_print(r);
}

// Go: In(r, GraphicRanges...), i.e. PrintRanges plus Zs.
bool IsGraphic(int32_t r) {
  if (isLatin1(r)) return (properties[r] & detail::pg) != 0;
  return rt::is_print(r) || Is(Zs, r);
}

// ---- letter.go: case mapping --------------------------------------------------------------

namespace {

struct Mapped {
  int32_t rune;
  bool found;
};

// Go's to(): r mapped to _case by caseRange, and whether caseRange has an entry for r.
Mapped to(int64_t _case, int32_t r, std::span<const CaseRange> caseRange) {
  // As reasonable an error as any (Go's comment).
  if (_case < 0 || MaxCase <= _case) return {ReplacementChar, false};
  size_t lo = 0, hi = caseRange.size();
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const CaseRange& cr = caseRange[m];
    int32_t crLo = static_cast<int32_t>(cr.Lo), crHi = static_cast<int32_t>(cr.Hi);
    if (crLo <= r && r <= crHi) {
      int32_t delta = cr.Delta[_case];
      if (delta > MaxRune) {
        // The range alternates Upper, Lower, Upper, Lower... starting at an upper case rune:
        // the even offsets from Lo are upper case, the odd ones lower; title is upper.
        return {crLo + (((r - crLo) & ~1) | static_cast<int32_t>(_case & 1)), true};
      }
      return {r + delta, true};
    }
    if (r < crLo) {
      hi = m;
    } else {
      lo = m + 1;
    }
  }
  return {r, false};
}

}  // namespace

int32_t To(int64_t _case, int32_t r) { return to(_case, r, CaseRanges).rune; }

int32_t ToUpper(int32_t r) {
  if (r <= MaxASCII) {
    if ('a' <= r && r <= 'z') r -= 'a' - 'A';
    return r;
  }
  return To(UpperCase, r);
}

int32_t ToLower(int32_t r) {
  if (r <= MaxASCII) {
    if ('A' <= r && r <= 'Z') r += 'a' - 'A';
    return r;
  }
  return To(LowerCase, r);
}

int32_t ToTitle(int32_t r) {
  if (r <= MaxASCII) {
    if ('a' <= r && r <= 'z') r -= 'a' - 'A';  // title case is upper case for ASCII
    return r;
  }
  return To(TitleCase, r);
}

int32_t SpecialCase::ToUpper(int32_t r) const {
  Mapped m = to(UpperCase, r, ranges);
  return m.rune == r && !m.found ? gounicode::ToUpper(r) : m.rune;
}

int32_t SpecialCase::ToTitle(int32_t r) const {
  Mapped m = to(TitleCase, r, ranges);
  return m.rune == r && !m.found ? gounicode::ToTitle(r) : m.rune;
}

int32_t SpecialCase::ToLower(int32_t r) const {
  Mapped m = to(LowerCase, r, ranges);
  return m.rune == r && !m.found ? gounicode::ToLower(r) : m.rune;
}

int32_t SimpleFold(int32_t r) {
  if (r < 0 || r > MaxRune) return r;
  if (r <= MaxASCII) return detail::asciiFold[r];
  // Binary search for the first caseOrbit entry with From >= r.
  std::span<const detail::foldPair> orbit = detail::caseOrbit;
  size_t lo = 0, hi = orbit.size();
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (orbit[m].From < r) {
      lo = m + 1;
    } else {
      hi = m;
    }
  }
  if (lo < orbit.size() && orbit[lo].From == r) return orbit[lo].To;
  // No folding specified. This is a one- or two-element equivalence class containing rune
  // and ToLower(rune) and ToUpper(rune) if they are different from rune.
  if (int32_t l = ToLower(r); l != r) return l;
  return ToUpper(r);
}

}  // namespace csp::gounicode
