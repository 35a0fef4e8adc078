// stdlib/os/os.cpp: the C entry points of package os's functions without a body
// (stdlib/os/os.csp; prototypes in stdlib_bridges.h): system calls, returning an errno (0 for
// success) that os.csp turns into Go's errors. Every call is retried on EINTR, as Go's
// ignoringEINTR does.
//
// Writes to fd 1 and 2 go through the runtime's output (runtime/output.h), so they interleave
// with fmt's output exactly as in Go. A read of fd 0 flushes standard output first, so that a
// prompt written without a newline is visible before the program waits for its input (Go's
// os.Stdout is unbuffered; only the timing differs, never the bytes).
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <random>
#include <string>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

#include <gc/gc.h>

#include "runtime/output.h"
#include "runtime/process.h"
#include "runtime/sched/gil.h"
#include "stdlib_bridges.h"

extern char** environ;

namespace {

std::string str(const uint8_t* p, int64_t n) { return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)); }

csp_string gc_string(const std::string& s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}

// retry calls f until it does not fail with EINTR; its result (-1 and errno on failure).
template <class F>
auto retry(F f) {
  for (;;) {
    auto r = f();
    if (r < 0 && errno == EINTR) continue;
    return r;
  }
}

// errno_of is 0 when a system call returning 0/-1 succeeded, else its errno.
template <class F>
int64_t errno_of(F f) {
  return retry(f) < 0 ? errno : 0;
}

void string_slice(const std::vector<std::string>& v, csp_slice* out) {
  auto* a = static_cast<csp_string*>(GC_MALLOC(v.size() * sizeof(csp_string) + 1));
  for (size_t i = 0; i < v.size(); i++) a[i] = gc_string(v[i]);
  *out = {a, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size())};
}

// Go's removeAllFrom (os/removeall_at.go): removes base, a name in the directory parent_fd,
// with everything below it. On failure: the operation, the path below the parent directory
// and the errno of the first error; errno 0 on success (a name that vanished is success).
struct RemoveError {
  std::string op, path;
  int err = 0;
};

RemoveError remove_all_from(int parent_fd, const std::string& base) {
  int err = retry([&] { return ::unlinkat(parent_fd, base.c_str(), 0); }) < 0 ? errno : 0;
  if (err == 0 || err == ENOENT) return {};
  if (err != EISDIR && err != EPERM && err != EACCES) return {"unlinkat", base, err};
  struct stat st {};
  if (retry([&] { return ::fstatat(parent_fd, base.c_str(), &st, AT_SYMLINK_NOFOLLOW); }) < 0) {
    if (errno == ENOENT) return {};
    return {"fstatat", base, errno};
  }
  if (!S_ISDIR(st.st_mode)) return {"unlinkat", base, err};
  RemoveError first;
  constexpr size_t kReqSize = 1024;
  for (;;) {
    // Reopened each round: removing entries may reshuffle the directory (Go issue 20841).
    int fd = retry([&] { return ::openat(parent_fd, base.c_str(), O_RDONLY | O_CLOEXEC | O_DIRECTORY | O_NOFOLLOW); });
    if (fd < 0) {
      if (errno == ENOENT) return {};
      first = {"openfdat", base, errno};
      break;
    }
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
      int e = errno;
      ::close(fd);
      return {"readdirnames", base, e};
    }
    size_t got = 0;
    for (;;) {
      std::vector<std::string> names;
      int readErr = 0;
      while (names.size() < kReqSize) {
        errno = 0;
        struct dirent* e = ::readdir(dir);
        if (!e) {
          readErr = errno;
          break;
        }
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) names.emplace_back(e->d_name);
      }
      if (readErr != 0) {
        ::closedir(dir);
        if (readErr == ENOENT) return {};
        return {"readdirnames", base, readErr};
      }
      got = names.size();
      size_t numErr = 0;
      for (const auto& name : names) {
        RemoveError r = remove_all_from(::dirfd(dir), name);
        if (r.err != 0) {
          numErr++;
          if (first.err == 0) first = {r.op, base + "/" + r.path, r.err};
        }
      }
      if (numErr != kReqSize) break;
    }
    ::closedir(dir);
    if (got < kReqSize) break;
  }
  if (retry([&] { return ::unlinkat(parent_fd, base.c_str(), AT_REMOVEDIR); }) == 0 || errno == ENOENT) return {};
  if (first.err != 0) return first;
  return {"unlinkat", base, errno};
}

}  // namespace

extern "C" {

void csp_os_Exit(int64_t code) { csp_os_exit(code); }

void csp_os_runtimeArgs(csp_slice* out) { string_slice(csp::rt::program_args(), out); }

void csp_os_write(int64_t fd, uint8_t* b, int64_t b_len, int64_t, int64_t* n, int64_t* err) {
  if (fd == 1) {
    csp::rt::out_write(b, static_cast<size_t>(b_len));
    *n = b_len;
    return;
  }
  if (fd == 2) {
    csp::rt::err_write(b, static_cast<size_t>(b_len));
    *n = b_len;
    return;
  }
  int64_t done = 0;
  while (done < b_len) {
    ssize_t w = ::write(static_cast<int>(fd), b + done, static_cast<size_t>(b_len - done));
    if (w < 0) {
      if (errno == EINTR) continue;
      *err = errno;
      break;
    }
    done += w;
  }
  *n = done;
}

void csp_os_read(int64_t fd, uint8_t* b, int64_t b_len, int64_t, int64_t* n, int64_t* err) {
  if (fd == 0) csp::rt::out_flush();
  for (;;) {
    // A read may block (a terminal, a pipe): under --gil it runs without the GIL, as CPython's
    // Py_BEGIN_ALLOW_THREADS around read(2) (runtime/sched/gil.h).
    csp::rt::gil_blocking_begin();
    ssize_t r = ::read(static_cast<int>(fd), b, static_cast<size_t>(b_len));
    int e = errno;
    csp::rt::gil_blocking_end();
    errno = e;
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      *n = 0;
      *err = errno;
      return;
    }
    *n = r;
    return;
  }
}

void csp_os_open(const uint8_t* name, int64_t name_len, int64_t flag, uint32_t perm, int64_t* fd, int64_t* err) {
  int r = ::open(str(name, name_len).c_str(), static_cast<int>(flag) | O_CLOEXEC, perm);
  if (r < 0) {
    *err = errno;
    *fd = -1;
    return;
  }
  *fd = r;
}

int64_t csp_os_closeFd(int64_t fd) { return ::close(static_cast<int>(fd)) < 0 ? errno : 0; }

int64_t csp_os_unlink(const uint8_t* name, int64_t name_len) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::unlink(n.c_str()); });
}

int64_t csp_os_rmdir(const uint8_t* name, int64_t name_len) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::rmdir(n.c_str()); });
}

void csp_os_pread(int64_t fd, uint8_t* b, int64_t b_len, int64_t, int64_t off, int64_t* n, int64_t* err) {
  ssize_t r = retry([&] { return ::pread(static_cast<int>(fd), b, static_cast<size_t>(b_len), off); });
  *n = r < 0 ? 0 : r;
  *err = r < 0 ? errno : 0;
}

void csp_os_pwrite(int64_t fd, uint8_t* b, int64_t b_len, int64_t, int64_t off, int64_t* n, int64_t* err) {
  ssize_t r = retry([&] { return ::pwrite(static_cast<int>(fd), b, static_cast<size_t>(b_len), off); });
  *n = r < 0 ? 0 : r;
  *err = r < 0 ? errno : 0;
}

void csp_os_lseek(int64_t fd, int64_t off, int64_t whence, int64_t* pos, int64_t* err) {
  off_t r = ::lseek(static_cast<int>(fd), off, static_cast<int>(whence));
  *pos = r < 0 ? 0 : r;
  *err = r < 0 ? errno : 0;
}

int64_t csp_os_fsync(int64_t fd) {
  return errno_of([&] { return ::fsync(static_cast<int>(fd)); });
}

int64_t csp_os_ftruncate(int64_t fd, int64_t size) {
  return errno_of([&] { return ::ftruncate(static_cast<int>(fd), size); });
}

int64_t csp_os_fchmod(int64_t fd, uint32_t mode) {
  return errno_of([&] { return ::fchmod(static_cast<int>(fd), mode); });
}

namespace {

void stat_results(int r, const struct stat& st, int64_t* size, uint32_t* mode, uint64_t* dev, uint64_t* ino, int64_t* err) {
  *err = r < 0 ? errno : 0;
  *size = r < 0 ? 0 : st.st_size;
  *mode = r < 0 ? 0 : st.st_mode;
  *dev = r < 0 ? 0 : st.st_dev;
  *ino = r < 0 ? 0 : st.st_ino;
}

}  // namespace

void csp_os_fstat(int64_t fd, int64_t* size, uint32_t* mode, uint64_t* dev, uint64_t* ino, int64_t* err) {
  struct stat st {};
  int r = retry([&] { return ::fstat(static_cast<int>(fd), &st); });
  stat_results(r, st, size, mode, dev, ino, err);
}

void csp_os_stat(const uint8_t* name, int64_t name_len, bool follow, int64_t* size, uint32_t* mode, uint64_t* dev,
                 uint64_t* ino, int64_t* err) {
  std::string n = str(name, name_len);
  struct stat st {};
  int r = retry([&] { return follow ? ::stat(n.c_str(), &st) : ::lstat(n.c_str(), &st); });
  stat_results(r, st, size, mode, dev, ino, err);
}

int64_t csp_os_mkdir(const uint8_t* name, int64_t name_len, uint32_t perm) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::mkdir(n.c_str(), perm); });
}

int64_t csp_os_rename(const uint8_t* o, int64_t o_len, const uint8_t* n, int64_t n_len) {
  std::string a = str(o, o_len), b = str(n, n_len);
  return errno_of([&] { return ::rename(a.c_str(), b.c_str()); });
}

int64_t csp_os_link(const uint8_t* o, int64_t o_len, const uint8_t* n, int64_t n_len) {
  std::string a = str(o, o_len), b = str(n, n_len);
  return errno_of([&] { return ::link(a.c_str(), b.c_str()); });
}

int64_t csp_os_symlink(const uint8_t* o, int64_t o_len, const uint8_t* n, int64_t n_len) {
  std::string a = str(o, o_len), b = str(n, n_len);
  return errno_of([&] { return ::symlink(a.c_str(), b.c_str()); });
}

void csp_os_readlink(const uint8_t* name, int64_t name_len, csp_string* out, int64_t* err) {
  std::string n = str(name, name_len);
  for (size_t len = 128;; len *= 2) {
    std::string buf(len, '\0');
    ssize_t r = retry([&] { return ::readlink(n.c_str(), buf.data(), len); });
    if (r < 0) {
      *out = {nullptr, 0};
      *err = errno;
      return;
    }
    if (static_cast<size_t>(r) < len) {
      buf.resize(static_cast<size_t>(r));
      *out = gc_string(buf);
      *err = 0;
      return;
    }
  }
}

int64_t csp_os_chdir(const uint8_t* name, int64_t name_len) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::chdir(n.c_str()); });
}

int64_t csp_os_chmod(const uint8_t* name, int64_t name_len, uint32_t mode) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::chmod(n.c_str(), mode); });
}

int64_t csp_os_truncate(const uint8_t* name, int64_t name_len, int64_t size) {
  std::string n = str(name, name_len);
  return errno_of([&] { return ::truncate(n.c_str(), size); });
}

void csp_os_removeAllFrom(int64_t parent_fd, const uint8_t* base, int64_t base_len, csp_string* op, csp_string* path,
                          int64_t* err) {
  RemoveError r = remove_all_from(static_cast<int>(parent_fd), str(base, base_len));
  *op = gc_string(r.op);
  *path = gc_string(r.path);
  *err = r.err;
}

void csp_os_LookupEnv(const uint8_t* key, int64_t key_len, csp_string* value, bool* ok) {
  const char* v = std::getenv(str(key, key_len).c_str());
  *ok = v != nullptr;
  *value = v ? gc_string(v) : csp_string{nullptr, 0};
}

int64_t csp_os_setenv(const uint8_t* key, int64_t key_len, const uint8_t* value, int64_t value_len) {
  std::string k = str(key, key_len);
  if (k.empty() || k.find('=') != std::string::npos) return EINVAL;
  return ::setenv(k.c_str(), str(value, value_len).c_str(), 1) < 0 ? errno : 0;
}

void csp_os_unsetenv(const uint8_t* key, int64_t key_len) { ::unsetenv(str(key, key_len).c_str()); }

void csp_os_Environ(csp_slice* out) {
  std::vector<std::string> v;
  for (char** e = environ; e && *e; e++) v.emplace_back(*e);
  string_slice(v, out);
}

// Go's Getwd: $PWD if it is absolute and names the same file as ".", else getcwd(3).
void csp_os_getwd(csp_string* dir, int64_t* err) {
  *dir = {nullptr, 0};
  *err = 0;
  struct stat dot {}, pwd {};
  const char* env = std::getenv("PWD");
  if (::stat(".", &dot) == 0 && env && env[0] == '/' && ::stat(env, &pwd) == 0 && dot.st_dev == pwd.st_dev &&
      dot.st_ino == pwd.st_ino) {
    *dir = gc_string(env);
    return;
  }
  char* d = ::getcwd(nullptr, 0);
  if (!d) {
    *err = errno;
    return;
  }
  *dir = gc_string(d);
  std::free(d);
}

// Go reads /proc/sys/kernel/hostname and falls back to uname(2); gethostname(2) is uname's.
void csp_os_hostname(csp_string* name, int64_t* err) {
  char buf[256] = {};
  *err = ::gethostname(buf, sizeof buf - 1) < 0 ? errno : 0;
  *name = *err ? csp_string{nullptr, 0} : gc_string(buf);
}

void csp_os_Clearenv(void) { ::clearenv(); }

int64_t csp_os_Getpid(void) { return ::getpid(); }
int64_t csp_os_Getppid(void) { return ::getppid(); }
int64_t csp_os_Getuid(void) { return ::getuid(); }
int64_t csp_os_Geteuid(void) { return ::geteuid(); }
int64_t csp_os_Getgid(void) { return ::getgid(); }
int64_t csp_os_Getegid(void) { return ::getegid(); }
int64_t csp_os_Getpagesize(void) { return ::sysconf(_SC_PAGESIZE); }

uint32_t csp_os_randomUint32(void) {
  static std::mt19937 gen{std::random_device{}()};
  return static_cast<uint32_t>(gen());
}

// The names in the directory open as fd (without "." and ".."), with their types as st_mode
// type bits from d_type (0 when unknown). The fd itself stays open: it is dup'ed for fdopendir.
void csp_os_readDir(int64_t fd, csp_slice* names, csp_slice* modes, int64_t* err) {
  *err = 0;
  std::vector<std::string> v;
  std::vector<uint32_t> m;
  int d = ::dup(static_cast<int>(fd));
  DIR* dir = d < 0 ? nullptr : ::fdopendir(d);
  if (!dir) {
    *err = errno;
    if (d >= 0) ::close(d);
  } else {
    ::rewinddir(dir);
    for (;;) {
      errno = 0;
      struct dirent* e = ::readdir(dir);
      if (!e) {
        *err = errno;
        break;
      }
      if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
      v.emplace_back(e->d_name);
      m.push_back(e->d_type == DT_UNKNOWN ? 0 : DTTOIF(e->d_type));
    }
    ::closedir(dir);
  }
  string_slice(v, names);
  auto* a = static_cast<uint32_t*>(GC_MALLOC_ATOMIC(m.size() * sizeof(uint32_t) + 1));
  if (!m.empty()) std::memcpy(a, m.data(), m.size() * sizeof(uint32_t));
  *modes = {a, static_cast<int64_t>(m.size()), static_cast<int64_t>(m.size())};
}

}  // extern "C"
