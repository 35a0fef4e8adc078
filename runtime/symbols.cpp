// runtime/symbols.cpp: the table of the extern "C" entry points in csp_rt.h that JIT'd code
// may call, which the JIT registers explicitly (absolute symbols), so nothing is resolved by
// chance through dlsym. The driver's and the JIT's own entry points (csp_rt_init,
// csp_rt_run_main, csp_gc_add/remove_roots, csp_rt_symbols) are not in it. Adding a function
// codegen calls means adding it here; runtime_test checks that every name codegen can
// declare (RuntimeABI::entryPointNames()) is here.
#include "runtime/csp_rt.h"

#define CSP_SYM(name) {#name, reinterpret_cast<void*>(&name)}

namespace {

const csp_rt_symbol kSymbols[] = {
    CSP_SYM(csp_os_exit),
    CSP_SYM(csp_alloc),
    CSP_SYM(csp_str_concat),
    CSP_SYM(csp_str_compare),
    CSP_SYM(csp_str_equal),
    CSP_SYM(csp_str_from_rune),
    CSP_SYM(csp_str_decode_rune),
    CSP_SYM(csp_panic_index),
    CSP_SYM(csp_panic_slice),
    CSP_SYM(csp_panic_divide),
    CSP_SYM(csp_panic_shift),
    CSP_SYM(csp_panic_value),
    CSP_SYM(csp_print_bool),
    CSP_SYM(csp_print_int),
    CSP_SYM(csp_print_uint),
    CSP_SYM(csp_print_float),
    CSP_SYM(csp_print_string),
    CSP_SYM(csp_print_space),
    CSP_SYM(csp_print_nl),
    CSP_SYM(csp_fmt_print),
    CSP_SYM(csp_fmt_println),
    CSP_SYM(csp_fmt_printf),
    CSP_SYM(csp_fmt_sprint),
    CSP_SYM(csp_fmt_sprintln),
    CSP_SYM(csp_fmt_sprintf),
};

}  // namespace

extern "C" const csp_rt_symbol* csp_rt_symbols(size_t* n) {
  *n = sizeof kSymbols / sizeof kSymbols[0];
  return kSymbols;
}
