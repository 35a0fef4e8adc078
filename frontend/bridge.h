// frontend/bridge.h: how calls of C++-implemented standard functions are lowered.
//
// A standard package's function without a body (stdlib/<path>/<base>.csp) is implemented in
// C++ as an extern "C" function named by bridgeSymbol ("csp_strings_Index",
// "csp_strings_Builder_grow" for a method), with a plain C signature derived from the csp one
// by lowerBridge. The same lowering drives codegen (jit/codegen_bridge.cpp) and the prototypes
// tools/bridgegen writes to gen/stdlib_bridges.h, which the C++ implementations include: a
// definition that disagrees with its csp declaration does not compile.
//
// Parameters, in order (a method's receiver first):
//   bool                         bool
//   intN / uintN / uintptr       the C integer of that size (int64_t for int, uint64_t for uint)
//   float32 / float64            float / double
//   string                       two: const uint8_t* p, int64_t p_len
//   slice                        three: T* p, int64_t p_len, int64_t p_cap
//   interface                    two: const void* p_tab, uint64_t p_data  (csp_any's words)
//   pointer, map, chan, func     one pointer
//   struct, array                const void* to a copy the callee may read but not keep
// Results: none -> void; one bool/number/pointer-like result -> returned; one string ->
// csp_string returned; one interface -> csp_any returned; anything else (a slice, struct or
// array result, or several results) -> a trailing out-pointer per result, void returned.
// C++ never keeps pointers into its arguments' memory beyond the call (codegen may pass stack
// copies); strings and slices point into the GC heap or constants and may be kept.
// There is no goroutine or closure parameter: C++ that calls back into csp code uses
// csp::rt::current_g().
#pragma once

#include <string>
#include <vector>

#include "frontend/types.h"

namespace csp {

struct BridgeSlot {
  enum Kind { Bool, I8, I16, I32, I64, F32, F64, Ptr } kind;
  bool isSigned = false;   // for integer kinds (C's signedness; the ABI extends small ones)
  std::string ctype;       // for prototypes: "int64_t", "const uint8_t*", "csp_string*"
  std::string name;        // for prototypes
};

struct BridgeSig {
  std::vector<BridgeSlot> params;    // including out-pointers, last
  enum Ret { Void, Scalar, Pair } ret = Void;  // Pair: {ptr, i64} (csp_string / csp_any)
  BridgeSlot retSlot;                // for Scalar
  std::string retCType;              // "void", "int64_t", "csp_string", "csp_any"
  // For each csp result: whether it comes back in an out-pointer (then results are all outs).
  bool outs = false;
};

// recv: the receiver type for methods (nullptr otherwise).
BridgeSig lowerBridge(const Signature* sig, const Type* recv, const std::vector<std::string>& paramNames);
// "csp_" + path with '/' as '_' + "_" [+ recvTypeName + "_"] + name.
std::string bridgeSymbol(const std::string& pkgPath, const std::string& recvTypeName, const std::string& name);

}  // namespace csp
