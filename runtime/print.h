// runtime/print.h: the formatting of Go's builtin print/println (runtime/print.go), shared by
// the print builtins and panic messages. Internal to runtime/.
#pragma once

#include <cstdint>
#include <string>

namespace csp::rt {

void append_print_int(std::string& out, int64_t v);
void append_print_uint(std::string& out, uint64_t v);
// Go's printfloat: "+1.500000e+000", NaN, +Inf, -Inf.
void append_print_float(std::string& out, double v);
void append_print_bool(std::string& out, bool b);

}  // namespace csp::rt
