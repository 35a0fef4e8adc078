// frontend/source.cpp: see source.h.
#include "frontend/source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

namespace csp {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (size_t i = 0; i < text_.size(); i++)
    if (text_[i] == '\n') lineStarts_.push_back(i + 1);
}

static std::string errnoText(int e) {
  std::string s = std::strerror(e);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

bool SourceFile::load(const std::string& path, SourceFile* out, std::string* err) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    *err = "open " + path + ": " + errnoText(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *err = "read " + path + ": is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = "open " + path + ": " + errnoText(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *err = "read " + path + ": " + errnoText(errno);
    return false;
  }
  *out = SourceFile(path, ss.str());
  return true;
}

std::string_view SourceFile::line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > lineStarts_.size()) return {};
  size_t start = lineStarts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  std::string_view v(text_.data() + start, end - start);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

Pos SourceFile::posOf(size_t off) const {
  size_t i = lastLine_;  // index into lineStarts_ of the line holding off, if the guess holds
  int steps = 0;
  if (i < lineStarts_.size() && lineStarts_[i] <= off)
    while (steps < 4 && i + 1 < lineStarts_.size() && lineStarts_[i + 1] <= off) i++, steps++;
  if (i >= lineStarts_.size() || lineStarts_[i] > off || steps == 4) {
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), off);
    i = static_cast<size_t>(it - lineStarts_.begin()) - 1;
  }
  lastLine_ = i;
  return Pos{static_cast<int>(i) + 1, static_cast<int>(off - lineStarts_[i]) + 1};
}

void Diagnostics::error(Pos pos, std::string message) {
  // Go's compiler prints one copy of identical messages on the same line (three bad bytes
  // in a row are one "invalid UTF-8 encoding").
  if (!seen_.emplace(pos.line, message).second) return;
  diags_.push_back(Diagnostic{pos, std::move(message)});
}

// Prints the source line with tabs kept (so the caret lines up in a terminal) and a caret
// under byte column `col`.
static void printCaret(std::ostream& os, std::string_view line, int col) {
  std::string shown;
  for (unsigned char c : line) shown += (c < 0x20 && c != '\t') || c == 0x7f ? ' ' : static_cast<char>(c);
  os << "    " << shown << "\n    ";
  for (int i = 1; i < col && static_cast<size_t>(i - 1) < line.size(); i++)
    os << (line[i - 1] == '\t' ? '\t' : ' ');
  os << "^\n";
}

void Diagnostics::print(std::ostream& os, size_t limit) const {
  std::vector<Diagnostic> sorted = diags_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  size_t n = 0;
  for (const Diagnostic& d : sorted) {
    if (n == limit && limit > 0) {
      // Go names the position of the last error it printed.
      const Pos& last = sorted[limit - 1].pos;
      os << file_->path() << ":" << last.line << ":" << last.col << ": error: too many errors\n";
      break;
    }
    os << file_->path() << ":" << d.pos.line << ":" << d.pos.col << ": error: " << d.message << "\n";
    std::string_view line = file_->line(d.pos.line);
    if (d.pos.valid() && !line.empty()) printCaret(os, line, d.pos.col);
    n++;
  }
}

[[noreturn]] void bug(const std::string& msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "BUG: %s\n", msg.c_str());
  std::abort();
}

}  // namespace csp
