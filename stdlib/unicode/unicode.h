// stdlib/unicode/unicode.h: Go 1.19's package unicode (Unicode 13.0.0) for csp.
//
// Every function gives exactly Go's answer for every int32 rune, including negative values
// and values above MaxRune (for which all predicates are false and all mappings return the
// rune unchanged). Names, types and algorithms are Go's (letter.go, graphic.go, digit.go,
// casetables.go), so a difference from Go can be found by diffing the C++ against Go:
//  - RangeTable is Go's: sorted, disjoint Range16/Range32 entries with strides, searched
//    linearly when short or for Latin-1, by binary search otherwise; LatinOffset counts the
//    R16 entries with Hi <= MaxLatin1, which the Latin-1 fast paths let the search skip.
//  - Runes <= MaxLatin1 are classified by the 256-entry `properties` table (Go's pC, pP, ...
//    bits); case mapping searches CaseRanges; SimpleFold uses Go's asciiFold/caseOrbit.
//  - IsPrint/IsGraphic above Latin-1 use the runtime's strconv.IsPrint table
//    (runtime/unicode_tables.cpp), which Go keeps equal to unicode's L, M, N, P and S.
//
// The tables (stdlib/unicode/tables.cpp, and tables.h which declares Go's exported tables
// such as Han, Lu or White_Space) are generated from Go's own unicode package by
// stdlib/unicode/testgen/gen_tables.go. All data is constant-initialized: any thread may call
// anything here at any time, including during static initialization.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace csp::gounicode {

constexpr int32_t MaxRune = 0x10FFFF;          // maximum valid Unicode code point
constexpr int32_t ReplacementChar = 0xFFFD;    // represents invalid code points
constexpr int32_t MaxASCII = 0x7F;
constexpr int32_t MaxLatin1 = 0xFF;
extern const char Version[];                   // "13.0.0"

// Indices into CaseRange::Delta, and the `case` argument of To.
constexpr int64_t UpperCase = 0;
constexpr int64_t LowerCase = 1;
constexpr int64_t TitleCase = 2;
constexpr int64_t MaxCase = 3;
// A Delta of UpperLower means the range alternates Upper, Lower, Upper, Lower...
constexpr int32_t UpperLower = MaxRune + 1;

// Runes Lo..Hi (inclusive) in steps of Stride, starting at Lo.
struct Range16 {
  uint16_t Lo, Hi, Stride;
};
struct Range32 {
  uint32_t Lo, Hi, Stride;
};
// A set of runes: R16 covers runes <= 0xFFFF, R32 the rest; both sorted by Lo, disjoint.
struct RangeTable {
  std::span<const Range16> R16;
  std::span<const Range32> R32;
  int LatinOffset;  // number of entries in R16 with Hi <= MaxLatin1
};

// Runes Lo..Hi map to rune + Delta[case] (or alternate, if Delta[case] == UpperLower).
struct CaseRange {
  uint32_t Lo, Hi;
  int32_t Delta[MaxCase];
};
extern const std::span<const CaseRange> CaseRanges;

// Language-specific case mappings, consulted before the general ones.
struct SpecialCase {
  std::span<const CaseRange> ranges;
  int32_t ToUpper(int32_t r) const;
  int32_t ToTitle(int32_t r) const;
  int32_t ToLower(int32_t r) const;
};
extern const SpecialCase TurkishCase;
extern const SpecialCase AzeriCase;  // the same ranges as TurkishCase, as in Go

// One entry of Go's maps of tables (Categories, Scripts, ...), sorted by name here.
struct NamedTable {
  std::string_view name;
  const RangeTable* table;
};
extern const std::span<const NamedTable> Categories;
extern const std::span<const NamedTable> Scripts;
extern const std::span<const NamedTable> Properties;
extern const std::span<const NamedTable> FoldCategory;
extern const std::span<const NamedTable> FoldScript;
// m[name] as in Go: the table, or nullptr if the map has no such key.
const RangeTable* Lookup(std::span<const NamedTable> m, std::string_view name);

extern const RangeTable* const GraphicRanges[6];  // L, M, N, P, S, Zs
extern const RangeTable* const PrintRanges[5];    // L, M, N, P, S

// Membership.
bool Is(const RangeTable* rangeTab, int32_t r);
bool In(int32_t r, std::span<const RangeTable* const> ranges);
bool IsOneOf(std::span<const RangeTable* const> ranges, int32_t r);

// Classification.
bool IsControl(int32_t r);
bool IsDigit(int32_t r);
bool IsGraphic(int32_t r);
bool IsLetter(int32_t r);
bool IsLower(int32_t r);
bool IsMark(int32_t r);
bool IsNumber(int32_t r);
bool IsPrint(int32_t r);
bool IsPunct(int32_t r);
bool IsSpace(int32_t r);
bool IsSymbol(int32_t r);
bool IsTitle(int32_t r);
bool IsUpper(int32_t r);

// Case mapping. To returns ReplacementChar for a case outside 0..MaxCase-1.
int32_t To(int64_t _case, int32_t r);
int32_t ToUpper(int32_t r);
int32_t ToLower(int32_t r);
int32_t ToTitle(int32_t r);
// The next rune after r in r's Unicode simple case-folding orbit, wrapping around.
int32_t SimpleFold(int32_t r);

// Go's unexported tables, generated into tables.cpp; only unicode.cpp uses them.
namespace detail {
// The `properties` bits (graphic.go).
enum : uint8_t {
  pC = 1 << 0,   // a control character
  pP = 1 << 1,   // a punctuation character
  pN = 1 << 2,   // a numeral
  pS = 1 << 3,   // a symbolic character
  pZ = 1 << 4,   // a spacing character
  pLu = 1 << 5,  // an upper-case letter
  pLl = 1 << 6,  // a lower-case letter
  pp = 1 << 7,   // a printable character according to Go's definition
  pg = pp | pZ,  // a graphical character according to the Unicode definition
  pLo = pLl | pLu,  // a letter that is neither upper nor lower case
  pLmask = pLo,
};
extern const uint8_t properties[MaxLatin1 + 1];
extern const uint16_t asciiFold[MaxASCII + 1];
struct foldPair {
  uint16_t From, To;
};
// Sorted by From: (r, SimpleFold(r)) for the runes of the fold orbits that SimpleFold's
// fallback (ToLower(r), else ToUpper(r)) does not get right.
extern const std::span<const foldPair> caseOrbit;
}  // namespace detail

}  // namespace csp::gounicode
