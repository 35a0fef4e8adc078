// jit/object_cache.cpp: the on-disk object cache (see object_cache.h and docs/cache.md).
//
// Entry file layout (host byte order: the key includes the target triple, so an entry is only
// ever read on the kind of host that wrote it):
//   EntryHeader (64 bytes) | object file (objectLen bytes) | data layout (dataLayoutLen bytes)
// The object comes first so that it can be read straight into an aligned buffer.
// Plain POSIX I/O throughout: every call's failure just ends the operation.
#include "jit/object_cache.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <llvm/Support/SHA256.h>
#include <llvm/Support/xxhash.h>

namespace csp {

namespace {

// Bump whenever the entry layout or anything compiled into objects changes meaning without
// changing the csp binary's identity (which already covers every code change).
constexpr uint32_t kFormatVersion = 1;
constexpr char kMagic[8] = {'c', 's', 'p', 'o', 'b', 'j', '\n', '\0'};
constexpr std::string_view kSuffix = ".o";
constexpr std::string_view kTempPrefix = ".tmp-";
constexpr size_t kKeyHexLen = 64;
constexpr time_t kRefreshAfterSeconds = 3600;    // a hit refreshes an mtime older than this
constexpr time_t kStaleTempSeconds = 600;        // leftovers of crashed writers
constexpr unsigned kFullScanOneIn = 16;           // stores that check sizes and temp files

struct EntryHeader {
  char magic[8];
  uint32_t version;
  uint32_t dataLayoutLen;
  uint64_t objectLen;
  uint64_t checksum;
  uint8_t key[32];
};
static_assert(sizeof(EntryHeader) == 64);

uint64_t checksum(llvm::StringRef object, llvm::StringRef dataLayout) {
  return llvm::xxh3_64bits(object) * 31 + llvm::xxh3_64bits(dataLayout);
}

std::string hex(const CacheKey& key) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  s.reserve(kKeyHexLen);
  for (uint8_t b : key) {
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

// Hashes a length-prefixed field, so that no two different field lists hash the same bytes.
void addField(llvm::SHA256& sha, std::string_view s) {
  uint64_t n = s.size();
  sha.update(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(&n), sizeof n));
  sha.update(llvm::StringRef(s.data(), s.size()));
}

bool readAt(int fd, void* buf, size_t n, off_t off) {
  auto* p = static_cast<char*>(buf);
  while (n > 0) {
    ssize_t r = pread(fd, p, n, off);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
    off += r;
  }
  return true;
}

bool writeAll(int fd, iovec* iov, int count) {
  while (count > 0) {
    ssize_t w = writev(fd, iov, count);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    auto done = static_cast<size_t>(w);
    while (count > 0 && done >= iov->iov_len) {
      done -= iov->iov_len;
      iov++;
      count--;
    }
    if (count > 0) {
      iov->iov_base = static_cast<char*>(iov->iov_base) + done;
      iov->iov_len -= done;
    }
  }
  return true;
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd& operator=(Fd&& o) noexcept {
    std::swap(fd_, o.fd_);
    return *this;
  }
  int get() const { return fd_; }
  // Closes now and reports whether close succeeded (a full disk may only show here).
  bool closeChecked() {
    int fd = fd_;
    fd_ = -1;
    return close(fd) == 0;
  }

 private:
  int fd_;
};

const char* nonEmptyEnv(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

bool isEntryName(std::string_view name) {
  return name.size() == kKeyHexLen + kSuffix.size() && name.substr(kKeyHexLen) == kSuffix;
}

struct DirEntry {
  std::string name;
  int64_t mtimeNanos;
  uint64_t size;
};

// Reads and validates the entry open on `fd`; on failure sets *why.
std::optional<ObjectCache::Entry> readEntry(int fd, const CacheKey& key, const char** why) {
  auto reject = [why](const char* reason) {
    *why = reason;
    return std::optional<ObjectCache::Entry>();
  };
  struct stat st;
  EntryHeader h;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return reject("not a regular file");
  auto size = static_cast<uint64_t>(st.st_size);
  if (size < sizeof h || size > ObjectCache::kMaxBytes || !readAt(fd, &h, sizeof h, 0))
    return reject("bad size");
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kFormatVersion)
    return reject("bad header");
  if (std::memcmp(h.key, key.data(), key.size()) != 0) return reject("key mismatch");
  if (h.objectLen == 0 || h.objectLen > size || size != sizeof h + h.objectLen + h.dataLayoutLen)
    return reject("truncated");
  auto obj = llvm::WritableMemoryBuffer::getNewUninitMemBuffer(h.objectLen, "csp-cached-object");
  ObjectCache::Entry e;
  e.dataLayout.resize(h.dataLayoutLen);
  if (!obj || !readAt(fd, obj->getBufferStart(), h.objectLen, sizeof h) ||
      !readAt(fd, e.dataLayout.data(), h.dataLayoutLen, static_cast<off_t>(sizeof h + h.objectLen)))
    return reject("read error");
  llvm::StringRef bytes(obj->getBufferStart(), obj->getBufferSize());
  if (checksum(bytes, e.dataLayout) != h.checksum) return reject("bad checksum");
  if (st.st_mtim.tv_sec + kRefreshAfterSeconds < std::time(nullptr))
    (void)futimens(fd, nullptr);  // keep recently used entries from eviction
  e.object = std::move(obj);
  return e;
}

}  // namespace

std::optional<std::string> compilerIdentity() {
  struct stat st;
  if (stat("/proc/self/exe", &st) != 0) return std::nullopt;
  return "csp-objects-v" + std::to_string(kFormatVersion) + " " + std::to_string(st.st_dev) +
         " " + std::to_string(st.st_ino) + " " + std::to_string(st.st_size) + " " +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

CacheKey computeCacheKey(std::string_view compilerId, const CacheKeyInputs& in) {
  llvm::SHA256 sha;
  addField(sha, compilerId);
  addField(sha, std::to_string(in.optLevel));
  addField(sha, in.triple);
  addField(sha, in.cpu);
  addField(sha, in.features);
  addField(sha, in.sourcePath);
  addField(sha, in.source);
  return sha.final();
}

ObjectCache ObjectCache::fromEnvironment() {
  bool trace = false;
  if (const char* mode = nonEmptyEnv("CSP_CACHE")) {
    std::string_view m = mode;
    if (m == "off" || m == "0" || m == "false" || m == "no") return disabled();
    trace = m == "trace";
  }
  if (const char* dir = nonEmptyEnv("CSP_CACHE_DIR")) return ObjectCache(dir, trace);
  const char* xdg = nonEmptyEnv("XDG_CACHE_HOME");
  if (xdg && xdg[0] == '/') return ObjectCache(std::string(xdg) + "/csp", trace);
  if (const char* home = nonEmptyEnv("HOME"))
    return ObjectCache(std::string(home) + "/.cache/csp", trace);
  if (trace) std::fprintf(stderr, "csp: cache: off (no CSP_CACHE_DIR, XDG_CACHE_HOME or HOME)\n");
  return disabled();
}

void ObjectCache::trace(const char* event, const std::string& path, const char* why) const {
  if (!trace_) return;
  if (why)
    std::fprintf(stderr, "csp: cache: %s %s (%s)\n", event, path.c_str(), why);
  else
    std::fprintf(stderr, "csp: cache: %s %s\n", event, path.c_str());
}

std::string ObjectCache::entryPath(const CacheKey& key) const {
  return dir_ + "/" + hex(key) + std::string(kSuffix);
}

std::optional<ObjectCache::Entry> ObjectCache::load(const CacheKey& key) const {
  if (!enabled()) return std::nullopt;
  std::string path = entryPath(key);
  Fd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    trace("miss", path);
    return std::nullopt;
  }
  const char* why = nullptr;
  std::optional<Entry> e = readEntry(fd.get(), key, &why);
  trace(e ? "hit" : "rejected", path, why);
  return e;
}

void ObjectCache::store(const CacheKey& key, llvm::StringRef dataLayout,
                        llvm::StringRef object) const {
  EntryHeader h;
  uint64_t total = sizeof h + object.size() + dataLayout.size();
  if (!enabled() || object.empty() || total > kMaxBytes / 4) return;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kFormatVersion;
  h.dataLayoutLen = static_cast<uint32_t>(dataLayout.size());
  h.objectLen = object.size();
  h.checksum = checksum(object, dataLayout);
  std::memcpy(h.key, key.data(), key.size());

  auto nanos = std::chrono::steady_clock::now().time_since_epoch().count();
  std::string tmp = dir_ + "/" + std::string(kTempPrefix) + std::to_string(getpid()) + "-" +
                    std::to_string(nanos);
  int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
  Fd fd(open(tmp.c_str(), flags, 0644));
  if (fd.get() < 0 && errno == ENOENT) {  // first store: create the directory
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec) return trace("not stored", dir_, "cannot create the directory");
    fd = Fd(open(tmp.c_str(), flags, 0644));
  }
  if (fd.get() < 0) return trace("not stored", dir_, "cannot create a file");
  iovec iov[3] = {{&h, sizeof h},
                  {const_cast<char*>(object.data()), object.size()},
                  {const_cast<char*>(dataLayout.data()), dataLayout.size()}};
  bool ok = writeAll(fd.get(), iov, 3);
  ok = fd.closeChecked() && ok;
  std::string path = entryPath(key);
  if (!ok || rename(tmp.c_str(), path.c_str()) != 0) {
    unlink(tmp.c_str());
    trace("not stored", path, "write failed");
    return;
  }
  trace("stored", path);
  evict(key);
}

void ObjectCache::remove(const CacheKey& key) const {
  if (!enabled()) return;
  std::string path = entryPath(key);
  trace("removed", path, "unusable object");
  unlink(path.c_str());
}

// Cheap in the common case: one readdir pass counting names. Only when there are more than
// kMaxEntries entries, or on one store in kFullScanOneIn (picked by the key, so at random),
// does a second pass stat every file to bound the total size and delete leftover temporary
// files; it then trims to 7/8 of both limits, so that a full cache does not pay the full
// pass on every store.
void ObjectCache::evict(const CacheKey& key) const {
  DIR* d = opendir(dir_.c_str());
  if (!d) return;
  size_t count = 0;
  while (dirent* de = readdir(d))
    if (isEntryName(de->d_name)) count++;
  if (count > kMaxEntries || key[0] % kFullScanOneIn == 0) {
    rewinddir(d);
    trim(d);
  }
  closedir(d);
}

void ObjectCache::trim(DIR* d) const {
  std::vector<DirEntry> entries;
  uint64_t bytes = 0;
  time_t now = std::time(nullptr);
  while (dirent* de = readdir(d)) {
    std::string_view name = de->d_name;
    bool temp = name.substr(0, kTempPrefix.size()) == kTempPrefix;
    if (!temp && !isEntryName(name)) continue;
    struct stat st;
    if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    if (temp) {
      if (st.st_mtim.tv_sec + kStaleTempSeconds < now) unlinkat(dirfd(d), de->d_name, 0);
      continue;
    }
    int64_t mtime = int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec;
    entries.push_back({std::string(name), mtime, static_cast<uint64_t>(st.st_size)});
    bytes += static_cast<uint64_t>(st.st_size);
  }
  if (entries.size() <= kMaxEntries && bytes <= kMaxBytes) return;
  std::sort(entries.begin(), entries.end(),
            [](const DirEntry& a, const DirEntry& b) { return a.mtimeNanos < b.mtimeNanos; });
  size_t count = entries.size();
  for (const DirEntry& e : entries) {
    if (count <= kMaxEntries / 8 * 7 && bytes <= kMaxBytes / 8 * 7) break;
    unlinkat(dirfd(d), e.name.c_str(), 0);
    count--;
    bytes -= e.size;
  }
}

}  // namespace csp
