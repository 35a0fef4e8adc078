// stdlib/os/os.cpp: the C entry points of package os's functions without a body
// (stdlib/os/os.csp; prototypes in stdlib_bridges.h): system calls, returning an errno (0 for
// success) that os.csp turns into Go's errors. Writes to fd 1 and 2 go through the runtime's
// output (runtime/output.h), so they interleave with fmt's output exactly as in Go.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include <gc/gc.h>

#include "runtime/output.h"
#include "runtime/process.h"
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

void string_slice(const std::vector<std::string>& v, csp_slice* out) {
  auto* a = static_cast<csp_string*>(GC_MALLOC(v.size() * sizeof(csp_string) + 1));
  for (size_t i = 0; i < v.size(); i++) a[i] = gc_string(v[i]);
  *out = {a, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size())};
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
  for (;;) {
    ssize_t r = ::read(static_cast<int>(fd), b, static_cast<size_t>(b_len));
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
  return ::unlink(str(name, name_len).c_str()) < 0 ? errno : 0;
}

int64_t csp_os_rmdir(const uint8_t* name, int64_t name_len) {
  return ::rmdir(str(name, name_len).c_str()) < 0 ? errno : 0;
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

void csp_os_getwd(csp_string* dir, int64_t* err) {
  char* d = ::getcwd(nullptr, 0);
  if (!d) {
    *err = errno;
    return;
  }
  *dir = gc_string(d);
  std::free(d);
}

int64_t csp_os_Getpid(void) { return ::getpid(); }

}  // extern "C"
