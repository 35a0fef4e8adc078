// jit/object_cache.h: the on-disk cache of compiled objects (see docs/cache.md).
//
// Like Python's __pycache__ and Go's build cache: running an unchanged program again loads the
// machine code compiled last time instead of optimising and generating it again.
//
// An entry is one file, <dir>/<64 hex digits of the key>.o, holding a header (magic, format
// version, key, lengths, checksum), the relocatable object file and the data layout it was
// compiled for. The key (CacheKey) is a SHA-256 over everything that determines the object:
// the csp binary's identity, the -O level, the host target (triple, CPU, features), the
// source path (embedded in panic positions) and the source bytes.
//
// Invariants:
//   - The cache is an optimisation only: every failure (no directory, unreadable, unwritable,
//     full disk, truncated or corrupt entry, key mismatch) reads as a miss or a skipped store.
//     Nothing here reports an error or aborts.
//   - Entries appear atomically (written to a temporary file in the same directory, then
//     renamed), so concurrent csp processes only ever see whole entries.
//   - The directory holds at most kMaxEntries entries and, checked on some stores, about
//     kMaxBytes bytes: stores delete the least recently used entries (by mtime; a hit
//     refreshes an mtime older than an hour).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <dirent.h>

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/MemoryBuffer.h>

namespace csp {

using CacheKey = std::array<uint8_t, 32>;

// Everything the generated object depends on besides the csp binary itself.
struct CacheKeyInputs {
  int optLevel = 2;         // the level requested on the command line
  std::string triple;       // host target, as given to the TargetMachine
  std::string cpu;
  std::string features;
  std::string sourcePath;   // determines the absolute path codegen embeds (see jit.cpp)
  std::string_view source;  // the source bytes
};

// A string that changes whenever the running csp binary changes (device, inode, size and
// mtime of /proc/self/exe, plus the entry format version); nullopt if it cannot be found,
// and then nothing may be cached.
std::optional<std::string> compilerIdentity();

CacheKey computeCacheKey(std::string_view compilerId, const CacheKeyInputs& in);

class ObjectCache {
 public:
  static constexpr size_t kMaxEntries = 256;
  static constexpr uint64_t kMaxBytes = uint64_t{64} << 20;

  // The cache the environment asks for: disabled when CSP_CACHE=off; else the directory
  // $CSP_CACHE_DIR, $XDG_CACHE_HOME/csp or $HOME/.cache/csp (disabled if none is set).
  // CSP_CACHE=trace also reports each lookup, store and rejected entry on stderr.
  static ObjectCache fromEnvironment();
  static ObjectCache disabled() { return ObjectCache(std::string(), false); }
  ObjectCache(std::string dir, bool trace) : dir_(std::move(dir)), trace_(trace) {}

  bool enabled() const { return !dir_.empty(); }
  const std::string& dir() const { return dir_; }

  struct Entry {
    std::string dataLayout;
    std::unique_ptr<llvm::MemoryBuffer> object;  // suitably aligned for the object parsers
  };
  // The valid entry for `key`, or nullopt (missing, unreadable or corrupt).
  std::optional<Entry> load(const CacheKey& key) const;
  // Stores an entry for `key`, replacing any; silently does nothing on failure.
  void store(const CacheKey& key, llvm::StringRef dataLayout, llvm::StringRef object) const;
  // Deletes the entry for `key` (used when a cached object fails to link).
  void remove(const CacheKey& key) const;

 private:
  std::string entryPath(const CacheKey& key) const;
  void evict(const CacheKey& key) const;
  void trim(DIR* d) const;
  void trace(const char* event, const std::string& path, const char* why = nullptr) const;

  std::string dir_;  // empty: disabled
  bool trace_;
};

}  // namespace csp
