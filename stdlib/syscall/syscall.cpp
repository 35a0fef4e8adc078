// stdlib/syscall/syscall.cpp: Errno's text (stdlib/syscall/syscall.csp). Go's table of Linux
// error strings is the C library's with a lower-case first letter ("no such file or
// directory"); an errno without a text prints as "errno N", as Go's does.
#include <cstring>
#include <string>

#include <gc/gc.h>

#include "stdlib_bridges.h"

extern "C" csp_string csp_syscall_errnoText(int64_t errno_) {
  std::string s;
  if (errno_ > 0 && errno_ < 134) {
    s = std::strerror(static_cast<int>(errno_));
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z'))
      s[0] = static_cast<char>(s[0] - 'A' + 'a');
  } else {
    s = "errno " + std::to_string(errno_);
  }
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, static_cast<int64_t>(s.size())};
}
