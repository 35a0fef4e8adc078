// runtime/csp_rt.h: the ABI between JIT-compiled csp code and the runtime.
//
// Known to compiler. Every type and function here is also described, in LLVM IR terms, by
// jit/runtime_abi.cpp (the codegen side). Changes here must be made there too, and the other
// way round. Every function JIT'd code may call is listed in csp_rt_symbols()
// (runtime/symbols.cpp), which the JIT registers explicitly; nothing is found by chance
// through dlsym. The functions only the driver or the JIT itself call (csp_rt_init,
// csp_rt_run_main, csp_gc_add_roots, csp_gc_remove_roots, csp_rt_symbols) are not listed.
//
// Conventions (x86-64 SysV / AArch64 AAPCS; the IR side relies on them):
//  - A csp `string` is csp_string {ptr, len}: IR type { ptr, i64 }. Strings are immutable,
//    not NUL-terminated, and may point into constant data or GC memory. Runtime functions
//    take strings as two scalar arguments (ptr, len) and return them by value (rax:rdx).
//  - `int`/`uint` are 64-bit. bool is i1 in IR and `bool` (one byte, 0/1) here.
//  - An `any` (empty interface) value is csp_any {type, data}: IR type { ptr, i64 }.
//    data holds the value's bits for types up to 8 bytes (signed ints sign-extended, unsigned
//    zero-extended, float64 as its bits, float32 as its 32 bits in the low half, bool 0/1)
//    and otherwise a pointer to a GC-allocated copy (string: pointer to a csp_string).
//  - A source position passed to panics is a `const csp_pos*` to a constant the compiler
//    emitted; it names the function (Go-style, e.g. "main.main", "main.fib") and file:line.
//  - Functions marked CSP_NORETURN never return; codegen marks the calls `noreturn`.
#pragma once

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CSP_NORETURN __attribute__((noreturn))

typedef struct csp_string {
  const uint8_t* ptr;
  int64_t len;
} csp_string;

// Type kinds: the numbering of Go's reflect.Kind.
enum csp_kind {
  CSP_KIND_INVALID = 0, CSP_KIND_BOOL, CSP_KIND_INT, CSP_KIND_INT8, CSP_KIND_INT16,
  CSP_KIND_INT32, CSP_KIND_INT64, CSP_KIND_UINT, CSP_KIND_UINT8, CSP_KIND_UINT16,
  CSP_KIND_UINT32, CSP_KIND_UINT64, CSP_KIND_UINTPTR, CSP_KIND_FLOAT32, CSP_KIND_FLOAT64,
  CSP_KIND_COMPLEX64, CSP_KIND_COMPLEX128, CSP_KIND_ARRAY, CSP_KIND_CHAN, CSP_KIND_FUNC,
  CSP_KIND_INTERFACE, CSP_KIND_MAP, CSP_KIND_POINTER, CSP_KIND_SLICE, CSP_KIND_STRING,
  CSP_KIND_STRUCT, CSP_KIND_UNSAFE_POINTER,
};

// A type descriptor, emitted by the compiler as a constant global (IR: { i32, i32, ptr }).
// name is what %T prints ("int", "float64", "string", "uint8"; later "main.T").
// More fields will be appended (elem, fields, methods); never reorder these.
typedef struct csp_type {
  uint32_t kind;  // enum csp_kind
  uint32_t size;  // size in bytes of a value
  const char* name;
} csp_type;

typedef struct csp_any {
  const csp_type* type;  // NULL for a nil interface
  uint64_t data;
} csp_any;

// A source position (IR: { ptr, ptr, i32, i32 }).
typedef struct csp_pos {
  const char* func;  // "main.main"
  const char* file;  // path as given on the command line, made absolute like Go's traces
  int32_t line;
  int32_t col;
} csp_pos;

// ---- process ----
// Called by the driver on the process's first thread before any csp code is compiled or
// runs (GC, stdout buffer, signal handlers); idempotent. Not callable from csp code.
void csp_rt_init(int argc, char** argv);
// Runs main.main as goroutine 1 on a large stack (stack overflow is a clean fatal error),
// flushes output and returns 0 when main.main returns. It returns nothing else: a panic or
// fatal error _exits with code 2 and os.Exit with its code, without coming back here.
// Called by the JIT driver, not by csp code.
int csp_rt_run_main(void (*main_fn)(void));
// os.Exit(code): flushes buffered output, exits the process.
CSP_NORETURN void csp_os_exit(int64_t code);

// ---- memory ----
void* csp_alloc(int64_t size);  // zeroed GC memory
// Registers [lo, hi) as a GC root: the JIT calls it for the writable sections of every
// object it links (globals of csp code may hold the only reference to GC memory). Called by
// the JIT, not by csp code, so it is not in csp_rt_symbols().
void csp_gc_add_roots(void* lo, void* hi);
// Unregisters a range csp_gc_add_roots registered, before its memory is freed (the JIT
// calls it when linked code is discarded). Not in csp_rt_symbols() either.
void csp_gc_remove_roots(void* lo, void* hi);

// ---- strings ----
csp_string csp_str_concat(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
// -1, 0, 1 like Go's strings.Compare (bytewise).
int64_t csp_str_compare(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
bool csp_str_equal(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
// string(rune): UTF-8 of r, or "\uFFFD" if r is not a valid code point.
csp_string csp_str_from_rune(int64_t r);
// Decodes the rune at s[i] (0 <= i < len) for `range` over a string: stores the rune
// (0xFFFD for an invalid encoding) in *rune and returns its width in bytes (1 if invalid).
int64_t csp_str_decode_rune(const uint8_t* s, int64_t len, int64_t i, int32_t* rune);

// ---- panics (all print Go's message, "goroutine 1 [running]:" and a trace line, exit 2) ----
// "panic: runtime error: index out of range [i] with length len"
CSP_NORETURN void csp_panic_index(int64_t i, int64_t len, const csp_pos* pos);
// Slice bounds failures; `which` selects Go's message:
//  0: "slice bounds out of range [:x] with length y"
//  1: "slice bounds out of range [:x] with capacity y"
//  2: "slice bounds out of range [x:y]"
//  3: "slice bounds out of range [::x] with capacity y"
//  4: "slice bounds out of range [:x:y]"
//  5: "slice bounds out of range [x:y:]"
CSP_NORETURN void csp_panic_slice(int32_t which, int64_t x, int64_t y, const csp_pos* pos);
// "panic: runtime error: integer divide by zero"
CSP_NORETURN void csp_panic_divide(const csp_pos* pos);
// "panic: runtime error: negative shift amount"
CSP_NORETURN void csp_panic_shift(const csp_pos* pos);
// panic(v): "panic: " + v printed as Go prints panic values (strings plain; errors via
// Error(); other basic types like print does, with the type for named ones:
// `panic: main.E(3)`; fmt-style "%v" is NOT used). For a string v Go 1.18+ prints it raw.
CSP_NORETURN void csp_panic_value(const csp_type* type, uint64_t data, const csp_pos* pos);

// ---- builtin print/println (write to standard error, formats as Go's runtime does) ----
void csp_print_bool(bool b);
void csp_print_int(int64_t v);
void csp_print_uint(uint64_t v);
void csp_print_float(double v);     // +1.500000e+000 format
void csp_print_string(const uint8_t* p, int64_t len);
void csp_print_space(void);
void csp_print_nl(void);

// ---- fmt (standard output is buffered; flushed at exit, before stderr writes, on panic) ----
// args[0..n) are the operands, converted to `any` by the compiler.
int64_t csp_fmt_print(const csp_any* args, int64_t n);    // fmt.Print: returns bytes written
int64_t csp_fmt_println(const csp_any* args, int64_t n);  // fmt.Println
int64_t csp_fmt_printf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n);
csp_string csp_fmt_sprint(const csp_any* args, int64_t n);
csp_string csp_fmt_sprintln(const csp_any* args, int64_t n);
csp_string csp_fmt_sprintf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n);

// ---- the table the JIT registers ----
typedef struct csp_rt_symbol {
  const char* name;
  void* addr;
} csp_rt_symbol;
// What JIT'd code may call: every entry point above except csp_rt_init, csp_rt_run_main,
// csp_gc_add_roots, csp_gc_remove_roots and this function (the driver and the JIT call
// those directly); *n receives the count.
const csp_rt_symbol* csp_rt_symbols(size_t* n);

#ifdef __cplusplus
}
#endif
