// stdlib/strconv/bindings.cpp: the C entry points of package strconv's functions without a
// body (stdlib/strconv/strconv.csp; prototypes in stdlib_bridges.h), over the C++ core
// (strconv.h). Parse functions return the core's Status as an int that strconv.csp turns into
// Go's *NumError; formatting functions return GC strings.
//
// Invariants: the csp side has already raised Go's panics for invalid bases and bit sizes, so
// every precondition of the core holds here; nothing keeps a pointer to its arguments.
#include <cstring>
#include <string>
#include <string_view>

#include <gc/gc.h>

#include "stdlib/strconv/strconv.h"
#include "stdlib_bridges.h"

namespace sc = csp::gostrconv;

namespace {

std::string_view view(const uint8_t* p, int64_t n) {
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(n)};
}

csp_string gc_string(const std::string& s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

int64_t code(sc::Status s) { return static_cast<int64_t>(s); }

}  // namespace

extern "C" {

// ---- integers ----

void csp_strconv_parseInt(const uint8_t* s, int64_t s_len, int64_t base, int64_t bitSize, int64_t* v,
                          int64_t* st) {
  sc::IntResult r = sc::ParseInt(view(s, s_len), base, bitSize);
  *v = r.value;
  *st = code(r.status);
}

void csp_strconv_parseUint(const uint8_t* s, int64_t s_len, int64_t base, int64_t bitSize, uint64_t* v,
                           int64_t* st) {
  sc::UintResult r = sc::ParseUint(view(s, s_len), base, bitSize);
  *v = r.value;
  *st = code(r.status);
}

void csp_strconv_atoi(const uint8_t* s, int64_t s_len, int64_t* v, int64_t* st) {
  sc::IntResult r = sc::Atoi(view(s, s_len));
  *v = r.value;
  *st = code(r.status);
}

csp_string csp_strconv_Itoa(int64_t i) { return gc_string(sc::Itoa(i)); }
csp_string csp_strconv_formatInt(int64_t i, int64_t base) { return gc_string(sc::FormatInt(i, base)); }
csp_string csp_strconv_formatUint(uint64_t i, int64_t base) { return gc_string(sc::FormatUint(i, base)); }

// ---- floats ----

void csp_strconv_parseFloat(const uint8_t* s, int64_t s_len, int64_t bitSize, double* v, int64_t* st) {
  sc::FloatResult r = sc::ParseFloat(view(s, s_len), bitSize);
  *v = r.value;
  *st = code(r.status);
}

csp_string csp_strconv_formatFloat(double f, uint8_t fmt, int64_t prec, int64_t bitSize) {
  return gc_string(sc::FormatFloat(f, static_cast<char>(fmt), prec, bitSize));
}

// ---- quoting ----

csp_string csp_strconv_Quote(const uint8_t* s, int64_t s_len) { return gc_string(sc::Quote(view(s, s_len))); }
csp_string csp_strconv_QuoteToASCII(const uint8_t* s, int64_t s_len) {
  return gc_string(sc::QuoteToASCII(view(s, s_len)));
}
csp_string csp_strconv_QuoteToGraphic(const uint8_t* s, int64_t s_len) {
  return gc_string(sc::QuoteToGraphic(view(s, s_len)));
}
csp_string csp_strconv_QuoteRune(int32_t r) { return gc_string(sc::QuoteRune(r)); }
csp_string csp_strconv_QuoteRuneToASCII(int32_t r) { return gc_string(sc::QuoteRuneToASCII(r)); }
csp_string csp_strconv_QuoteRuneToGraphic(int32_t r) { return gc_string(sc::QuoteRuneToGraphic(r)); }

bool csp_strconv_CanBackquote(const uint8_t* s, int64_t s_len) { return sc::CanBackquote(view(s, s_len)); }
bool csp_strconv_IsPrint(int32_t r) { return sc::IsPrint(r); }
bool csp_strconv_IsGraphic(int32_t r) { return sc::IsGraphic(r); }

void csp_strconv_unquote(const uint8_t* s, int64_t s_len, csp_string* v, bool* ok) {
  sc::StringResult r = sc::Unquote(view(s, s_len));
  *ok = r.status == sc::Status::kOk;
  if (*ok) *v = gc_string(r.value);
}

void csp_strconv_quotedPrefix(const uint8_t* s, int64_t s_len, csp_string* v, bool* ok) {
  sc::StringResult r = sc::QuotedPrefix(view(s, s_len));
  *ok = r.status == sc::Status::kOk;
  if (*ok) *v = gc_string(r.value);
}

// The tail is a suffix of s: it shares s's bytes, as Go's s[n:] does.
void csp_strconv_unquoteChar(const uint8_t* s, int64_t s_len, uint8_t quote, int32_t* value, bool* multibyte,
                             csp_string* tail, bool* ok) {
  sc::UnquoteCharResult r = sc::UnquoteChar(view(s, s_len), static_cast<char>(quote));
  *ok = r.status == sc::Status::kOk;
  if (!*ok) return;
  *value = r.value;
  *multibyte = r.multibyte;
  int64_t n = static_cast<int64_t>(r.tail.size());
  *tail = {n == 0 ? nullptr : s + (s_len - n), n};
}

}  // extern "C"
