// runtime/process.h: process-level services shared inside runtime/: dying the way Go dies.
// Internal to runtime/.
#pragma once

#include "runtime/csp_rt.h"

#include <string>
#include <vector>

namespace csp::rt {

// Go's exit code for panics and fatal errors.
constexpr int kPanicExitCode = 2;

// Flushes standard output, writes msg to standard error and exits with code 2, without
// running atexit handlers or destructors (the compiler may still be on the stack).
[[noreturn]] void die(const std::string& msg);

// The program's arguments (os.Args), as csp_rt_init received them.
const std::vector<std::string>& program_args();

}  // namespace csp::rt
