// frontend/source.h: source files and user diagnostics.
//
// A SourceFile owns the bytes of one .csp file (or REPL chunk) and knows where lines start.
// Diagnostics collects user-facing errors, each located at file:line:col, and prints them in
// the one format the project uses:
//
//     file:line:col: error: message
//         <the source line>
//         <spaces>^
//
// Lines and columns are 1-based; a column counts bytes, as Go's does. Compilation goes on
// after an error so that one run reports as many errors as it can; callers check
// Diagnostics::hasErrors() between stages. Internal compiler bugs are not diagnostics: they
// are reported with csp::bug() ("BUG: ..."), which aborts.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace csp {

// A position in a source file. line == 0 means "unknown".
struct Pos {
  int line = 0;
  int col = 0;
  bool valid() const { return line > 0; }
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  // Reads a file; on failure returns false and sets *err to a clear message such as
  // "open x.csp: no such file or directory" or "read x: is a directory".
  static bool load(const std::string& path, SourceFile* out, std::string* err);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The text of line `line` (1-based) without its newline; empty if out of range.
  std::string_view line(int line) const;
  // The position of byte offset `off`.
  Pos posOf(size_t off) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> lineStarts_;  // byte offset of the first byte of each line
  // posOf's guess: the line of the last offset asked for. The lexer asks in increasing
  // order, so the answer is almost always this line or the next (a binary search per token
  // cost ~2% of an uncached hello world). Not thread-safe: one thread compiles a file.
  mutable size_t lastLine_ = 0;
};

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceFile* file) : file_(file) {}

  void error(Pos pos, std::string message);
  bool hasErrors() const { return !diags_.empty(); }
  const SourceFile& file() const { return *file_; }
  size_t count() const { return diags_.size(); }
  const std::vector<Diagnostic>& all() const { return diags_; }

  // Prints every diagnostic, sorted by position (stable), in the project's format. Go stops
  // after 10 type errors ("too many errors"); we print at most `limit`, then that line.
  void print(std::ostream& os, size_t limit = 10) const;

 private:
  const SourceFile* file_;
  std::vector<Diagnostic> diags_;
  std::set<std::pair<int, std::string>> seen_;  // (line, message) already reported
};

// Internal compiler error: prints "BUG: msg" to stderr and aborts. Never for user input.
[[noreturn]] void bug(const std::string& msg);

}  // namespace csp
