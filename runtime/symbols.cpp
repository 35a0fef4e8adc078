// runtime/symbols.cpp: the table of entry points JIT'd code may call, which the JIT registers
// explicitly (absolute symbols), so nothing is resolved by chance through dlsym; and the
// compile-time check that every prototype in csp_rt.h has the shape runtime/entry_points.def
// gives it (the IR side declares it from the same table): a mismatch does not build.
//
// Besides the table's entries, landing pads in JIT'd code need the C++ EH personality
// routine and the unwinder's resume entry (LLVM may emit `resume` when it merges landing
// pads), both from the statically linked libstdc++/libgcc; and JIT'd code calls the C++
// implementations of standard functions (gen/stdlib_bridges.inc).
#include "runtime/csp_rt.h"
#include "stdlib_bridges.h"

#include <cstdint>
#include <type_traits>

extern "C" {
int __gxx_personality_v0(int, int, uint64_t, void*, void*);
void _Unwind_Resume(void*);
void __morestack();  // the stack check's slow path (runtime/sched/switch_x86_64.S)
void csp_deep_call();  // runtime calls that may go deep (switch_x86_64.S, stack_abi.h)
}

namespace {

// The vocabulary of entry_points.def, and which C types each word accepts.
namespace vocab {
struct V {};
struct B {};
struct I32 {};
struct I64 {};
struct F64 {};
struct P {};
struct STR {};
struct ANY {};
}  // namespace vocab

template <class Word, class C> struct Is : std::false_type {};
template <> struct Is<vocab::V, void> : std::true_type {};
template <> struct Is<vocab::B, bool> : std::true_type {};
template <> struct Is<vocab::I32, int32_t> : std::true_type {};
template <> struct Is<vocab::I32, uint32_t> : std::true_type {};
template <> struct Is<vocab::I64, int64_t> : std::true_type {};
template <> struct Is<vocab::I64, uint64_t> : std::true_type {};
template <> struct Is<vocab::F64, double> : std::true_type {};
template <class T> struct Is<vocab::P, T*> : std::true_type {};
template <> struct Is<vocab::STR, csp_string> : std::true_type {};
template <> struct Is<vocab::ANY, csp_any> : std::true_type {};

// A function, not a class partial specialisation: clang makes noreturn part of a function's
// type (GCC does not), and deduction through the function-pointer conversion drops it.
template <class Ret, class... Params, class CRet, class... CParams>
constexpr bool matches(CRet (*)(CParams...)) {
  if constexpr (sizeof...(CParams) != sizeof...(Params)) return false;
  else return Is<Ret, CRet>::value && (Is<Params, CParams>::value && ...);
}

using namespace vocab;
#define CSP_RT(id, ret, flags, ...)                                                 \
  static_assert(matches<ret __VA_OPT__(, ) __VA_ARGS__>(&csp_##id),                  \
                "csp_" #id " in csp_rt.h does not match runtime/entry_points.def");
#include "runtime/entry_points.def"
#undef CSP_RT

#define CSP_SYM(name) {#name, reinterpret_cast<void*>(&name)},
const csp_rt_symbol kSymbols[] = {
#define CSP_RT(id, ...) CSP_SYM(csp_##id)
#include "runtime/entry_points.def"
#undef CSP_RT
    CSP_SYM(__gxx_personality_v0)
    CSP_SYM(_Unwind_Resume)
    CSP_SYM(__morestack)
    CSP_SYM(csp_deep_call)
// The C++-implemented standard functions (frontend/bridge.h; listed by tools/bridgegen).
#define CSP_BRIDGE(sym) CSP_SYM(sym)
#include "stdlib_bridges.inc"
#undef CSP_BRIDGE
};
#undef CSP_SYM

}  // namespace

extern "C" const csp_rt_symbol* csp_rt_symbols(size_t* n) {
  *n = sizeof kSymbols / sizeof kSymbols[0];
  return kSymbols;
}
