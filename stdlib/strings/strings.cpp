// stdlib/strings/strings.cpp: the C entry points of package strings' functions without a
// body (stdlib/strings/strings.csp; prototypes in stdlib_bridges.h): the searching,
// splitting, joining, replacing and case-mapping functions, where C++ (memchr, memmem) is
// much faster than a csp loop. Each follows Go 1.19's src/strings/strings.go in what it
// returns, including the capacity of returned slices and the handling of invalid UTF-8 (a
// bad byte decodes as U+FFFD of width 1; mapping functions write it out as U+FFFD); only the
// search algorithms differ, which cannot be observed.
//
// Results are fresh GC memory (strings: atomic; []string: scanned) or substrings of the
// arguments, as in Go; nothing is kept between calls.
#include <cstring>
#include <string>

#include "runtime/unicode.h"
#include "stdlib/unicode/unicode.h"
#include "stdlib_bridges.h"

#include <gc/gc.h>

namespace gu = csp::gounicode;
namespace rt = csp::rt;

namespace {

// ---- helpers --------------------------------------------------------------------------------

struct Str {
  const uint8_t* p;
  int64_t n;
  Str sub(int64_t from) const { return {p + from, n - from}; }
  Str sub(int64_t from, int64_t to) const { return {p + from, to - from}; }
  bool operator==(const Str& o) const { return n == o.n && (n == 0 || std::memcmp(p, o.p, n) == 0); }
};

csp_string cs(Str s) { return {s.n == 0 ? nullptr : s.p, s.n}; }

// A fresh string of n bytes for the caller to fill.
uint8_t* newBytes(int64_t n) { return static_cast<uint8_t*>(GC_MALLOC_ATOMIC(n)); }

csp_string gcString(const std::string& s) {
  if (s.empty()) return {nullptr, 0};
  uint8_t* p = newBytes(static_cast<int64_t>(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

// A []string of length len and capacity cap (zeroed: empty strings).
csp_string* newStrings(int64_t cap) {
  return static_cast<csp_string*>(csp_alloc(cap * static_cast<int64_t>(sizeof(csp_string))));
}

int64_t indexByte(Str s, uint8_t c) {
  if (s.n == 0) return -1;
  const void* q = std::memchr(s.p, c, static_cast<size_t>(s.n));
  return q ? static_cast<const uint8_t*>(q) - s.p : -1;
}

int64_t index(Str s, Str sub) {
  if (sub.n == 0) return 0;
  if (sub.n == 1) return indexByte(s, sub.p[0]);
  if (sub.n > s.n) return -1;
  const void* q = memmem(s.p, static_cast<size_t>(s.n), sub.p, static_cast<size_t>(sub.n));
  return q ? static_cast<const uint8_t*>(q) - s.p : -1;
}

int64_t lastIndexByte(Str s, uint8_t c) {
  if (s.n == 0) return -1;
  const void* q = memrchr(s.p, c, static_cast<size_t>(s.n));
  return q ? static_cast<const uint8_t*>(q) - s.p : -1;
}

int64_t lastIndex(Str s, Str sub) {
  if (sub.n == 0) return s.n;
  if (sub.n == 1) return lastIndexByte(s, sub.p[0]);
  if (sub.n > s.n) return -1;
  // Candidates end with sub's last byte: find them from the right with memrchr.
  uint8_t lastc = sub.p[sub.n - 1];
  int64_t end = s.n;  // search s[sub.n-1 : end) for lastc
  while (end >= sub.n) {
    const void* q = memrchr(s.p + sub.n - 1, lastc, static_cast<size_t>(end - (sub.n - 1)));
    if (!q) return -1;
    int64_t j = static_cast<const uint8_t*>(q) - s.p;  // position of the last byte
    int64_t start = j - sub.n + 1;
    if (std::memcmp(s.p + start, sub.p, static_cast<size_t>(sub.n)) == 0) return start;
    end = j;
  }
  return -1;
}

int64_t count(Str s, Str sub) {
  if (sub.n == 0) return rt::rune_count(s.p, s.n) + 1;
  int64_t n = 0;
  if (sub.n == 1) {
    for (int64_t i = 0; i < s.n; i++) n += s.p[i] == sub.p[0];
    return n;
  }
  for (;;) {
    int64_t i = index(s, sub);
    if (i < 0) return n;
    n++;
    s = s.sub(i + sub.n);
  }
}

// utf8.DecodeRuneInString on a non-empty s.
int32_t decode(Str s, int* width) {
  int32_t r;
  *width = rt::decode_rune(s.p, s.n, &r);
  return r;
}

void appendRune(std::string& out, int32_t r) {
  uint8_t buf[4];
  int n = rt::encode_rune(buf, r);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Go's Map(mapping, s): each rune (a bad byte as U+FFFD) replaced by mapping(rune), dropped
// if that is negative. Go returns s itself when nothing changes; the bytes are the same.
template <typename F>
csp_string mapRunes(Str s, F mapping) {
  std::string out;
  out.reserve(static_cast<size_t>(s.n) + 4);
  bool changed = false;
  for (int64_t i = 0; i < s.n;) {
    int32_t c;
    int w;
    if (s.p[i] < 0x80) {
      c = s.p[i];
      w = 1;
    } else {
      c = decode(s.sub(i), &w);
    }
    int32_t r = mapping(c);
    if (r != c || (c == rt::kRuneError && w == 1)) changed = true;
    if (r >= 0) {
      if (r < 0x80) out.push_back(static_cast<char>(r));
      else appendRune(out, r);
    }
    i += w;
  }
  if (!changed) return cs(s);
  return gcString(out);
}

// strings.isSeparator: whether r starts a new word for Title.
bool isSeparator(int32_t r) {
  if (r <= 0x7F) {
    if ('0' <= r && r <= '9') return false;
    if ('a' <= r && r <= 'z') return false;
    if ('A' <= r && r <= 'Z') return false;
    if (r == '_') return false;
    return true;
  }
  if (gu::IsLetter(r) || gu::IsDigit(r)) return false;
  return gu::IsSpace(r);
}

// ASCII-only fast path of ToUpper/ToLower: s with bytes lo..hi shifted by delta, or s itself
// if there are none. Returns false if s is not all ASCII.
bool asciiCase(Str s, uint8_t lo, uint8_t hi, int delta, csp_string* out) {
  bool has = false;
  for (int64_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (c >= 0x80) return false;
    has = has || (lo <= c && c <= hi);
  }
  if (!has) {
    *out = cs(s);
    return true;
  }
  uint8_t* p = newBytes(s.n);
  for (int64_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    p[i] = (lo <= c && c <= hi) ? static_cast<uint8_t>(c + delta) : c;
  }
  *out = {p, s.n};
  return true;
}

bool isASCIISpace(uint8_t c) { return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' '; }

// Go's explode: s split into at most n UTF-8 sequences, the last holding the rest; a bad
// byte becomes "\uFFFD".
void explode(Str s, int64_t n, csp_slice* out) {
  int64_t l = rt::rune_count(s.p, s.n);
  if (n < 0 || n > l) n = l;
  csp_string* a = newStrings(n);
  static const uint8_t kReplacement[] = {0xEF, 0xBF, 0xBD};
  for (int64_t i = 0; i < n - 1; i++) {
    int w;
    int32_t ch = decode(s, &w);
    a[i] = cs(s.sub(0, w));
    if (ch == rt::kRuneError) a[i] = {kReplacement, 3};
    s = s.sub(w);
  }
  if (n > 0) a[n - 1] = cs(s);
  *out = {a, n, n};
}

// Go's genSplit: the result's capacity is the number of pieces Go allocates.
void genSplit(Str s, Str sep, int64_t sepSave, int64_t n, csp_slice* out) {
  if (n == 0) {
    *out = {nullptr, 0, 0};
    return;
  }
  if (sep.n == 0) return explode(s, n, out);
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.n + 1) n = s.n + 1;
  csp_string* a = newStrings(n);
  int64_t cap = n;
  n--;
  int64_t i = 0;
  while (i < n) {
    int64_t m = index(s, sep);
    if (m < 0) break;
    a[i] = cs(s.sub(0, m + sepSave));
    s = s.sub(m + sep.n);
    i++;
  }
  a[i] = cs(s);
  *out = {a, i + 1, cap};
}

Str str(const uint8_t* p, int64_t n) { return {p, n}; }

}  // namespace

extern "C" {

int64_t csp_strings_Index(const uint8_t* s, int64_t s_len, const uint8_t* substr, int64_t substr_len) {
  return index(str(s, s_len), str(substr, substr_len));
}

int64_t csp_strings_IndexByte(const uint8_t* s, int64_t s_len, uint8_t c) { return indexByte(str(s, s_len), c); }

int64_t csp_strings_LastIndex(const uint8_t* s, int64_t s_len, const uint8_t* substr, int64_t substr_len) {
  return lastIndex(str(s, s_len), str(substr, substr_len));
}

int64_t csp_strings_LastIndexByte(const uint8_t* s, int64_t s_len, uint8_t c) {
  return lastIndexByte(str(s, s_len), c);
}

int64_t csp_strings_Count(const uint8_t* s, int64_t s_len, const uint8_t* substr, int64_t substr_len) {
  return count(str(s, s_len), str(substr, substr_len));
}

void csp_strings_genSplit(const uint8_t* s, int64_t s_len, const uint8_t* sep, int64_t sep_len, int64_t sepSave,
                          int64_t n, csp_slice* out0) {
  genSplit(str(s, s_len), str(sep, sep_len), sepSave, n, out0);
}

// Go's Fields: the ASCII path counts the fields first (capacity = count); a string with
// any non-ASCII byte is FieldsFunc(s, unicode.IsSpace) (capacity = count too).
void csp_strings_Fields(const uint8_t* sp, int64_t s_len, csp_slice* out0) {
  Str s = str(sp, s_len);
  bool ascii = true;
  int64_t n = 0;
  bool wasSpace = true;
  for (int64_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    bool sp = isASCIISpace(c);
    n += wasSpace && !sp;
    wasSpace = sp;
  }
  if (ascii) {
    csp_string* a = newStrings(n);
    int64_t na = 0, i = 0;
    while (i < s.n) {
      while (i < s.n && isASCIISpace(s.p[i])) i++;
      if (i == s.n) break;
      int64_t start = i;
      while (i < s.n && !isASCIISpace(s.p[i])) i++;
      a[na++] = cs(s.sub(start, i));
    }
    *out0 = {a, na, n};
    return;
  }
  // Spans of non-space runes; bad bytes (U+FFFD) are not spaces.
  std::basic_string<int64_t> bounds;
  int64_t start = -1;
  for (int64_t i = 0; i < s.n;) {
    int w;
    int32_t r = s.p[i] < 0x80 ? (w = 1, s.p[i]) : decode(s.sub(i), &w);
    if (gu::IsSpace(r)) {
      if (start >= 0) {
        bounds.push_back(start);
        bounds.push_back(i);
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
    i += w;
  }
  if (start >= 0) {
    bounds.push_back(start);
    bounds.push_back(s.n);
  }
  int64_t m = static_cast<int64_t>(bounds.size() / 2);
  csp_string* a = newStrings(m);
  for (int64_t k = 0; k < m; k++) a[k] = cs(s.sub(bounds[2 * k], bounds[2 * k + 1]));
  *out0 = {a, m, m};
}

csp_string csp_strings_Join(csp_string* elems, int64_t elems_len, int64_t, const uint8_t* sep, int64_t sep_len) {
  if (elems_len == 0) return {nullptr, 0};
  if (elems_len == 1) return elems[0];
  int64_t n = sep_len * (elems_len - 1);
  for (int64_t i = 0; i < elems_len; i++) n += elems[i].len;
  if (n == 0) return {nullptr, 0};
  uint8_t* p = newBytes(n);
  uint8_t* w = p;
  for (int64_t i = 0; i < elems_len; i++) {
    if (i > 0 && sep_len > 0) {
      std::memcpy(w, sep, static_cast<size_t>(sep_len));
      w += sep_len;
    }
    if (elems[i].len > 0) {
      std::memcpy(w, elems[i].ptr, static_cast<size_t>(elems[i].len));
      w += elems[i].len;
    }
  }
  return {p, n};
}

// Go's Replace: the first n (all if n < 0) non-overlapping instances of old, left to right;
// an empty old matches at the start and after each UTF-8 sequence.
csp_string csp_strings_Replace(const uint8_t* sp, int64_t s_len, const uint8_t* oldp, int64_t old_len,
                               const uint8_t* newp, int64_t new_len, int64_t n) {
  Str s = str(sp, s_len), old = str(oldp, old_len), nw = str(newp, new_len);
  if (old == nw || n == 0) return cs(s);
  int64_t m = count(s, old);
  if (m == 0) return cs(s);
  if (n < 0 || m < n) n = m;
  int64_t size = s.n + n * (nw.n - old.n);
  if (size == 0) return {nullptr, 0};
  uint8_t* p = newBytes(size);
  uint8_t* w = p;
  auto put = [&](Str x) {
    if (x.n > 0) std::memcpy(w, x.p, static_cast<size_t>(x.n));
    w += x.n;
  };
  int64_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (old.n == 0) {
      if (i > 0) {
        int wid;
        decode(s.sub(start), &wid);
        j += wid;
      }
    } else {
      j += index(s.sub(start), old);
    }
    put(s.sub(start, j));
    put(nw);
    start = j + old.n;
  }
  put(s.sub(start));
  return {p, size};
}

csp_string csp_strings_ToUpper(const uint8_t* s, int64_t s_len) {
  csp_string out;
  if (asciiCase(str(s, s_len), 'a', 'z', 'A' - 'a', &out)) return out;
  return mapRunes(str(s, s_len), gu::ToUpper);
}

csp_string csp_strings_ToLower(const uint8_t* s, int64_t s_len) {
  csp_string out;
  if (asciiCase(str(s, s_len), 'A', 'Z', 'a' - 'A', &out)) return out;
  return mapRunes(str(s, s_len), gu::ToLower);
}

csp_string csp_strings_ToTitle(const uint8_t* s, int64_t s_len) { return mapRunes(str(s, s_len), gu::ToTitle); }

// Go's Title: the first rune of each word (after a separator) mapped to title case.
csp_string csp_strings_Title(const uint8_t* s, int64_t s_len) {
  int32_t prev = ' ';
  return mapRunes(str(s, s_len), [&prev](int32_t r) {
    bool sep = isSeparator(prev);
    prev = r;
    return sep ? gu::ToTitle(r) : r;
  });
}

// Go's EqualFold: equal under Unicode simple case folding, rune by rune.
bool csp_strings_EqualFold(const uint8_t* sp, int64_t s_len, const uint8_t* tp, int64_t t_len) {
  Str s = str(sp, s_len), t = str(tp, t_len);
  while (s.n > 0 && t.n > 0) {
    int32_t sr, tr;
    int w;
    if (s.p[0] < 0x80) {
      sr = s.p[0];
      s = s.sub(1);
    } else {
      sr = decode(s, &w);
      s = s.sub(w);
    }
    if (t.p[0] < 0x80) {
      tr = t.p[0];
      t = t.sub(1);
    } else {
      tr = decode(t, &w);
      t = t.sub(w);
    }
    if (tr == sr) continue;
    if (tr < sr) std::swap(tr, sr);
    if (tr < 0x80) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    // General case: SimpleFold(x) returns the next equivalent rune > x, or wraps around.
    int32_t r = gu::SimpleFold(sr);
    while (r != sr && r < tr) r = gu::SimpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return s == t;
}

bool csp_strings_isSpace(int32_t r) { return gu::IsSpace(r); }

// The string of b's bytes, sharing them (Builder.String: the bytes below len are never
// written again).
csp_string csp_strings_bytesString(uint8_t* b, int64_t b_len, int64_t) { return {b_len == 0 ? nullptr : b, b_len}; }

}  // extern "C"
