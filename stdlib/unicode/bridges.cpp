// stdlib/unicode/bridges.cpp: the C entry points of package unicode's functions without a
// body (stdlib/unicode/unicode.csp; prototypes in stdlib_bridges.h), over csp::gounicode.
//
// Tables cross into csp as views laid out like the csp struct
//   RangeTable{R16 []Range16; R32 []Range32; LatinOffset int}
// (natural C layout, runtime/csp_rt.h): csp::gounicode's Range16/Range32/CaseRange already
// have the layout of the csp structs of the same names, so the slices alias the constant C++
// tables. One view per C++ table, made on first request and never freed (GC-uncollectable,
// so that it is scanned should a program store a GC pointer into it); the same table
// (unicode.Upper, unicode.Lu) always gives the same view. Views are made during package
// initialization, by one thread; the lock only makes later calls (none today) safe.
//
// The exported table variables are initialized by index into table_names.inc (sorted by
// name, as the generated list in unicode.csp); the five maps of tables are built here with
// the runtime's map functions, from the map type's descriptor csp hands over in an `any`.
//
// Is() reads any csp RangeTable, a program's own included, by viewing its slices as spans.
#include <iterator>
#include <map>
#include <mutex>
#include <span>
#include <string_view>

#include "stdlib/unicode/tables.h"
#include "stdlib/unicode/unicode.h"
#include "stdlib_bridges.h"

#include <gc/gc.h>

namespace gu = csp::gounicode;

namespace {

// The csp RangeTable's layout.
struct CspRangeTable {
  csp_slice r16;
  csp_slice r32;
  int64_t latinOffset;
};

static_assert(sizeof(gu::Range16) == 6 && sizeof(gu::Range32) == 12 && sizeof(gu::CaseRange) == 20,
              "csp::gounicode's records must have the csp structs' layout");

struct NamedRef {
  std::string_view name;
  const gu::RangeTable* const* table;
};

using namespace csp::gounicode;
constexpr NamedRef kTables[] = {
#include "stdlib/unicode/table_names.inc"
};

csp_slice constSlice(const void* p, size_t n) {
  return {const_cast<void*>(p), static_cast<int64_t>(n), static_cast<int64_t>(n)};
}

CspRangeTable* viewOf(const gu::RangeTable* t) {
  static std::mutex mu;
  static std::map<const gu::RangeTable*, CspRangeTable*> views;
  std::lock_guard<std::mutex> lock(mu);
  CspRangeTable*& v = views[t];
  if (v == nullptr) {
    v = static_cast<CspRangeTable*>(GC_MALLOC_UNCOLLECTABLE(sizeof(CspRangeTable)));
    v->r16 = t->R16.empty() ? csp_slice{nullptr, 0, 0} : constSlice(t->R16.data(), t->R16.size());
    v->r32 = t->R32.empty() ? csp_slice{nullptr, 0, 0} : constSlice(t->R32.data(), t->R32.size());
    v->latinOffset = t->LatinOffset;
  }
  return v;
}

std::span<const gu::NamedTable> namedMap(int64_t m) {
  switch (m) {
    case 0: return gu::Categories;
    case 1: return gu::Scripts;
    case 2: return gu::Properties;
    case 3: return gu::FoldCategory;
    default: return gu::FoldScript;
  }
}

csp_string constString(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
}

// The special case table a SpecialCase slice holds.
gu::SpecialCase special(const void* p, int64_t len) {
  return gu::SpecialCase{std::span<const gu::CaseRange>(static_cast<const gu::CaseRange*>(p), static_cast<size_t>(len))};
}

}  // namespace

extern "C" {

bool csp_unicode_Is(void* rangeTab, int32_t r) {
  auto* t = static_cast<const CspRangeTable*>(rangeTab);
  gu::RangeTable view{
      std::span<const gu::Range16>(static_cast<const gu::Range16*>(t->r16.ptr), static_cast<size_t>(t->r16.len)),
      std::span<const gu::Range32>(static_cast<const gu::Range32*>(t->r32.ptr), static_cast<size_t>(t->r32.len)),
      static_cast<int>(t->latinOffset)};
  return gu::Is(&view, r);
}

int32_t csp_unicode_To(int64_t _case, int32_t r) { return gu::To(_case, r); }
int32_t csp_unicode_SimpleFold(int32_t r) { return gu::SimpleFold(r); }

int32_t csp_unicode_SpecialCase_ToUpper(void* recv, int64_t recv_len, int64_t, int32_t r) {
  return special(recv, recv_len).ToUpper(r);
}
int32_t csp_unicode_SpecialCase_ToTitle(void* recv, int64_t recv_len, int64_t, int32_t r) {
  return special(recv, recv_len).ToTitle(r);
}
int32_t csp_unicode_SpecialCase_ToLower(void* recv, int64_t recv_len, int64_t, int32_t r) {
  return special(recv, recv_len).ToLower(r);
}

bool csp_unicode_isUpper(int32_t r) { return gu::IsUpper(r); }
bool csp_unicode_isLower(int32_t r) { return gu::IsLower(r); }
bool csp_unicode_isTitle(int32_t r) { return gu::IsTitle(r); }
bool csp_unicode_isLetter(int32_t r) { return gu::IsLetter(r); }
bool csp_unicode_isDigit(int32_t r) { return gu::IsDigit(r); }
bool csp_unicode_isNumber(int32_t r) { return gu::IsNumber(r); }
bool csp_unicode_isMark(int32_t r) { return gu::IsMark(r); }
bool csp_unicode_isPunct(int32_t r) { return gu::IsPunct(r); }
bool csp_unicode_isSymbol(int32_t r) { return gu::IsSymbol(r); }
bool csp_unicode_isSpace(int32_t r) { return gu::IsSpace(r); }
bool csp_unicode_isGraphic(int32_t r) { return gu::IsGraphic(r); }
bool csp_unicode_isPrint(int32_t r) { return gu::IsPrint(r); }

void csp_unicode_latin1Properties(csp_slice* out) {
  *out = constSlice(gu::detail::properties, sizeof gu::detail::properties);
}

void csp_unicode_caseRanges(csp_slice* out) { *out = constSlice(gu::CaseRanges.data(), gu::CaseRanges.size()); }

void csp_unicode_turkishCase(csp_slice* out) {
  *out = constSlice(gu::TurkishCase.ranges.data(), gu::TurkishCase.ranges.size());
}

void* csp_unicode_tableMap(int64_t m, const void* mapType_tab, uint64_t) {
  auto* maptype = static_cast<const csp_type*>(mapType_tab);
  std::span<const gu::NamedTable> entries = namedMap(m);
  csp_map* res = csp_map_make(maptype, static_cast<int64_t>(entries.size()));
  for (const gu::NamedTable& e : entries) {
    csp_string key = constString(e.name);
    *static_cast<void**>(csp_map_assign(maptype, res, &key)) = viewOf(e.table);
  }
  return res;
}

void* csp_unicode_table(int64_t i) {
  static_assert(std::size(kTables) == 238, "unicode.csp's tableCount");
  return viewOf(*kTables[i].table);
}

}  // extern "C"
