// runtime/print.h: the formatting of Go's builtin print/println (runtime/print.go), shared by
// the print builtins and panic messages. Internal to runtime/.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>
#include <string>

namespace csp::rt {

void append_print_int(std::string& out, int64_t v);
void append_print_uint(std::string& out, uint64_t v);
// Go's printfloat: "+1.500000e+000", NaN, +Inf, -Inf.
void append_print_float(std::string& out, double v);
void append_print_bool(std::string& out, bool b);
// Go's printpointer (pointers, maps, chans, funcs, unsafe.Pointer): 0x + hex, 0x0 for nil.
void append_print_pointer(std::string& out, const void* p);
// Go's printeface / printiface: "(" type-or-itab word "," data word ")", both as pointers.
void append_print_eface(std::string& out, const csp_any& e);
void append_print_iface(std::string& out, const csp_iface& i);
// Go's printslice: "[len/cap]" then the array pointer.
void append_print_slice(std::string& out, const csp_slice& s);
// Go's printcomplex: "(" real imag "i)", both parts as printfloat prints them.
void append_print_complex(std::string& out, double re, double im);

}  // namespace csp::rt
