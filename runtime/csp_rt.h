// runtime/csp_rt.h: the ABI between JIT-compiled csp code and the runtime.
//
// Known to compiler. The structures below are also laid out, in LLVM IR terms, by jit/
// (layout.cpp and runtime_abi.cpp); the entry points JIT'd code may call are listed ONCE, in
// runtime/entry_points.def, from which the IR declarations (jit/runtime_abi.cpp), the JIT's
// symbol table (runtime/symbols.cpp) and a compile-time check of every prototype below
// against the table (symbols.cpp) all follow. Changes here must be made there too.
// Functions only the driver or the JIT itself call (csp_rt_init, csp_rt_run_main,
// csp_gc_add_roots, csp_gc_remove_roots, csp_rt_symbols, csp_rt_set_symbolizer,
// csp_rt_add_code_range) are not in the table: JIT'd code cannot reach them.
//
// Conventions (x86-64 SysV / AArch64 AAPCS; the IR side relies on them):
//  - Values. `int`/`uint` are 64-bit; bool is i1 in IR, C `bool` here.
//      string     csp_string {ptr, len}        IR {ptr, i64}
//      slice      csp_slice {ptr, len, cap}    IR {ptr, i64, i64}
//      interface  csp_any {type, data} for interface{} (an "eface"), csp_iface {itab, data}
//                 for interfaces with methods; IR {ptr, i64} both. The data word holds the
//                 value itself for "direct" types (csp_type flag CSP_TF_DIRECT: bool,
//                 numbers, pointers, maps, chans, funcs; signed ints sign-extended, unsigned
//                 zero-extended, float64 as its bits, float32's bits in the low half), and
//                 otherwise a pointer to a GC copy of the value (strings, slices,
//                 interfaces, structs, arrays). A nil interface has type/itab NULL.
//      pointer, map, chan, func   one pointer (a func value points at a csp_closure).
//      struct, array   laid out as C lays out the same fields (natural alignment).
//  - Runtime functions take strings as (ptr, len) scalar pairs and return them (and csp_any)
//    by value in two registers; everything larger crosses by pointer.
//  - Every csp function is called as fn(csp_g* g, void* env, params...): g is the running
//    goroutine (JIT'd code has no thread-locals), env the closure (csp_closure*) the call
//    went through, or NULL for a direct call. See docs/decisions.md, "Calling convention".
//  - Panics unwind with the Itanium C++ ABI: entry points marked UNWIND in the table may
//    throw; JIT'd functions with defer statements catch with a landing pad and run their
//    deferred calls (csp_run_defers). See runtime/panic.cpp.
#pragma once

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CSP_NORETURN __attribute__((noreturn))

// ---- values ----------------------------------------------------------------------------------

typedef struct csp_string {
  const uint8_t* ptr;
  int64_t len;
} csp_string;

typedef struct csp_slice {
  void* ptr;
  int64_t len;
  int64_t cap;
} csp_slice;

typedef struct csp_type csp_type;
typedef struct csp_itab csp_itab;

typedef struct csp_any {      // interface{} (eface)
  const csp_type* type;       // dynamic type; NULL for a nil interface
  uint64_t data;
} csp_any;

typedef struct csp_iface {    // an interface with methods
  const csp_itab* itab;       // NULL for a nil interface
  uint64_t data;
} csp_iface;

// A func value points at one of these: the code, then the captured variables (pointers to
// their heap cells, or a bound method's receiver), laid out by the compiler. The code is
// called as fn(g, closure, params...).
typedef struct csp_closure {
  void* fn;
} csp_closure;

// ---- type descriptors ------------------------------------------------------------------------

// Type kinds: the numbering of Go's reflect.Kind.
enum csp_kind {
  CSP_KIND_INVALID = 0, CSP_KIND_BOOL, CSP_KIND_INT, CSP_KIND_INT8, CSP_KIND_INT16,
  CSP_KIND_INT32, CSP_KIND_INT64, CSP_KIND_UINT, CSP_KIND_UINT8, CSP_KIND_UINT16,
  CSP_KIND_UINT32, CSP_KIND_UINT64, CSP_KIND_UINTPTR, CSP_KIND_FLOAT32, CSP_KIND_FLOAT64,
  CSP_KIND_COMPLEX64, CSP_KIND_COMPLEX128, CSP_KIND_ARRAY, CSP_KIND_CHAN, CSP_KIND_FUNC,
  CSP_KIND_INTERFACE, CSP_KIND_MAP, CSP_KIND_POINTER, CSP_KIND_SLICE, CSP_KIND_STRING,
  CSP_KIND_STRUCT, CSP_KIND_UNSAFE_POINTER,
};

// csp_type.flags
enum csp_type_flag {
  CSP_TF_POINTERS = 1,    // a value holds GC pointers (else it may be allocated atomic)
  CSP_TF_DIRECT = 2,      // stored in an interface's data word itself (see above)
  CSP_TF_COMPARABLE = 4,  // == is defined (map keys; interface comparison panics otherwise)
  CSP_TF_NAMED = 8,       // a defined (named) type: name is "pkg.T"
  CSP_TF_EMPTY_IFACE = 16,  // interface{} / any (its values are csp_any, not csp_iface)
};

// A struct field (IR {ptr, ptr, i64, i32, i32}).
typedef struct csp_field {
  const char* name;
  const csp_type* type;
  uint64_t offset;
  uint32_t embedded;  // 1 if an embedded field
  uint32_t exported;  // 1 if the name is exported (fmt calls methods only through those)
} csp_field;

// A method (IR {ptr, ptr, ptr}). For a concrete type: one entry per method of its method set,
// sorted by name; `fn` is the method's interface entry: it takes the receiver as an
// interface's data word, fn(g, NULL, data, params...). For an interface type: its methods,
// sorted by name, fn NULL. `type` is the method's signature without the receiver.
typedef struct csp_method {
  const char* name;
  const csp_type* type;
  void* fn;
} csp_method;

// A type descriptor (IR {i32, i32, i64, ptr, ptr, ptr, i64, ptr, ptr, i32, i32, i32, i32}),
// emitted by the compiler as a linkonce_odr constant named after the type's canonical
// string, so that every module that mentions a type refers to one descriptor: type
// identity is pointer equality.
struct csp_type {
  uint32_t kind;            // enum csp_kind
  uint32_t flags;           // enum csp_type_flag
  uint64_t size;            // size in bytes of a value
  const char* name;         // what %T prints: "int", "main.T", "[]string", "map[int]bool"
  const csp_type* elem;     // pointer, slice, array, chan: element; map: value
  const csp_type* key;      // map: key
  int64_t len;              // array: length; chan: direction (0 both, 1 send, 2 recv)
  const csp_field* fields;  // struct: its fields
  const csp_method* methods;  // see csp_method
  uint32_t nfields;
  uint32_t nmethods;
  uint32_t align;           // alignment in bytes of a value
  uint32_t hash;            // FNV-1a of the canonical type string
};

// An interface table (IR {ptr, ptr, [n x ptr]}): for a concrete type stored in an interface
// type with methods, fn[i] is the concrete type's entry (csp_method.fn) for the interface's
// i-th method (sorted by name). Emitted by the compiler (linkonce_odr) or built by
// csp_itab_get.
struct csp_itab {
  const csp_type* iface;
  const csp_type* type;
  void* fn[];
};

// ---- goroutines, defer, panic ----------------------------------------------------------------

// A deferred call (IR {ptr, ptr}): `fn` is a closure of no parameters and no results that
// makes the call with the arguments evaluated at the defer statement. Allocated by the
// compiler in the deferring function's frame or on the GC heap, linked by codegen.
typedef struct csp_defer {
  struct csp_defer* link;   // the next older deferred call of this goroutine
  csp_closure* fn;
} csp_defer;

struct csp_panic;  // runtime/panic.h: internal to the runtime

// The goroutine record. JIT'd code reads and writes `defer` and `defer_fn` inline (offsets 0
// and 8); the rest is the runtime's. Only the goroutine itself touches its record.
typedef struct csp_g {
  csp_defer* defer;         // top of the defer chain
  const void* defer_fn;     // the function a deferred call is about to call (recover's rule)
  struct csp_panic* panic;  // the innermost active panic, or NULL
  int64_t goid;             // 1 for main.main
  int32_t defer_depth;      // nesting of csp_run_defers calls on this goroutine
  int32_t panicking_depth;  // defer_depth of the innermost run started by a panic, or 0
} csp_g;

// ---- maps (the header's first word is known to compiler: len(m) loads it) ---------------------

typedef struct csp_map {
  int64_t count;  // number of entries
  // the rest is runtime/map.cpp's
} csp_map;

// A map iteration (IR [8 x i64], on the stack of the function ranging): after a successful
// csp_map_iter_next, key and val point at the current entry's key and value.
typedef struct csp_map_iter {
  void* key;
  void* val;
  uint64_t priv[6];
} csp_map_iter;

// ---- bounds-check failure codes (Go's boundsError codes) ---------------------------------------
enum csp_bounds_code {
  CSP_BOUNDS_INDEX = 0,      // index out of range [x] with length y
  CSP_BOUNDS_SLICE_ALEN,     // slice bounds out of range [:x] with length y
  CSP_BOUNDS_SLICE_ACAP,     // slice bounds out of range [:x] with capacity y
  CSP_BOUNDS_SLICE_B,        // slice bounds out of range [x:y]
  CSP_BOUNDS_SLICE3_ALEN,    // slice bounds out of range [::x] with length y
  CSP_BOUNDS_SLICE3_ACAP,    // slice bounds out of range [::x] with capacity y
  CSP_BOUNDS_SLICE3_B,       // slice bounds out of range [:x:y]
  CSP_BOUNDS_SLICE3_C,       // slice bounds out of range [x:y:]
};

// ---- process ---------------------------------------------------------------------------------
// Called by the driver on the process's first thread before any csp code is compiled or
// runs (GC, stdout buffer, signal handlers, os.Args); idempotent. Not callable from csp code.
void csp_rt_init(int argc, char** argv);
// Runs main_fn as goroutine 1 on a large stack (stack overflow is a clean fatal error),
// flushes output and returns 0 when it returns. It returns nothing else: an unrecovered panic
// or fatal error _exits with code 2 and os.Exit with its code, without coming back here.
// Called by the JIT driver, not by csp code.
int csp_rt_run_main(void (*main_fn)(csp_g*));
// The number of worker threads for csp_rt_run_main (the driver's --procs); n < 1: default.
void csp_rt_set_procs(int n);
// How the process ends when main.main returns while other goroutines still run (the driver's
// exit path); without it csp_rt_run_main returns once no worker runs csp code.
void csp_rt_set_exit(void (*exit_fn)(int));
// Goroutines started from now on begin on small stacks (runtime/sched/stack.h) when on is
// true. For the JIT driver: a goroutine's function must be JIT'd code, whose stack checks and
// csp_deep_call keep it within them (C++ callers of csp_go, such as unit tests, leave it off).
void csp_rt_set_small_stacks(bool on);
// `csp run --gil` (runtime/sched/gil.h, docs/gil.md): whether goroutines run under the global
// interpreter lock, and its switch interval in nanoseconds (<= 0: the default, 5 ms). Before
// csp_rt_run_main; for the driver and tests, not for csp code.
void csp_rt_set_gil(bool on, int64_t interval_ns);
// --gil-stats: report the run's wall and CPU time and the GIL's figures on stderr at exit
// (report), and/or write them as `key value` lines to stats_file (null: none; --compare).
void csp_rt_set_gil_stats(bool report, const char* stats_file);
CSP_NORETURN void csp_os_exit(int64_t code);

// The JIT tells the runtime where JIT'd code lives (for tracebacks) and how to turn a code
// address into csp frames: symbolize(pc, out, max) fills up to max frames, innermost first
// (more than one when calls were inlined at pc), and returns how many. Not for csp code.
typedef struct csp_frame {
  const char* func;  // "main.f"
  const char* file;  // absolute path
  int32_t line;
  int32_t inlined;   // 1: inlined into the next frame (Go prints no +0x offset)
  uint64_t offset;   // pc minus the function's entry (for the +0x... Go prints)
} csp_frame;
typedef int (*csp_symbolizer)(uintptr_t pc, csp_frame* out, int max);
void csp_rt_set_symbolizer(csp_symbolizer fn);
void csp_rt_add_code_range(uintptr_t lo, uintptr_t hi);

// ---- memory ----------------------------------------------------------------------------------
void* csp_alloc(int64_t size);         // zeroed GC memory, scanned for pointers
void* csp_alloc_atomic(int64_t size);  // zeroed GC memory that holds no pointers (not scanned)
// csp_alloc for a closure (a function literal's {code, cells...} or a go or defer thunk's
// environment): read only at constant offsets, never sliced, so no pointer one past its
// end is ever formed, and it may take the whole size class Boehm's extra byte would push
// past (16 bytes, not 32, for a closure of two words).
void* csp_alloc_closure(int64_t size);
// Registers [lo, hi) as a GC root: the JIT calls it for the writable sections of every object
// it links. Not in the table (the JIT calls it).
void csp_gc_add_roots(void* lo, void* hi);
void csp_gc_remove_roots(void* lo, void* hi);

// ---- strings ---------------------------------------------------------------------------------
csp_string csp_str_concat(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
// -1, 0, 1 like Go's strings.Compare (bytewise).
int64_t csp_str_compare(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
bool csp_str_equal(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
// string(rune): UTF-8 of r, or "\uFFFD" if r is not a valid code point.
csp_string csp_str_from_rune(int64_t r);
// Decodes the rune at s[i] (0 <= i < len) for `range` over a string: stores the rune
// (0xFFFD for an invalid encoding) in *rune and returns its width in bytes (1 if invalid).
int64_t csp_str_decode_rune(const uint8_t* s, int64_t len, int64_t i, int32_t* rune);
// string(bytes): a copy.
csp_string csp_str_from_bytes(const uint8_t* p, int64_t len);
// []byte(s): a fresh slice with cap as Go's (rounded up to a size class), into *out.
void csp_str_to_bytes(const uint8_t* s, int64_t len, csp_slice* out);
// string(runes): the UTF-8 of runes[0..n) (invalid ones as U+FFFD).
csp_string csp_str_from_runes(const int32_t* runes, int64_t n);
// []rune(s), into *out.
void csp_str_to_runes(const uint8_t* s, int64_t len, csp_slice* out);

// ---- slices ----------------------------------------------------------------------------------
// append's slow path: a new backing array for at least newlen elements of elem, grown as Go
// grows it (so cap() prints what Go prints), with the old len elements copied; the result
// (len = old len) goes to *out.
void csp_growslice(const csp_type* elem, void* oldptr, int64_t oldlen, int64_t oldcap,
                   int64_t newlen, csp_slice* out);
// make([]T, len, cap): checks (panics as Go does) and allocates; returns the array.
void* csp_makeslice(const csp_type* elem, int64_t len, int64_t cap);

// ---- panics (print Go's message when unrecovered; see panic.cpp) ------------------------------
// A failed bounds check: code is a csp_bounds_code; x is signed iff xsigned (an index of an
// unsigned type of 2^63 or more prints as such).
CSP_NORETURN void csp_panic_bounds(int32_t code, bool xsigned, int64_t x, int64_t y);
CSP_NORETURN void csp_panic_divide(void);        // integer divide by zero
CSP_NORETURN void csp_panic_shift(void);         // negative shift amount
CSP_NORETURN void csp_panic_nil(void);           // invalid memory address or nil pointer dereference
CSP_NORETURN void csp_panic_nil_map(void);       // assignment to entry in nil map
// panic(v): v as an interface value.
CSP_NORETURN void csp_panic_value(const csp_type* type, uint64_t data);
// A failed type assertion x.(T): have is x's dynamic type (NULL if x is nil), want the
// asserted type, iface the static type of x.
CSP_NORETURN void csp_panic_assert(const csp_type* have, const csp_type* want, const csp_type* iface);
// == on interfaces holding an uncomparable type.
CSP_NORETURN void csp_panic_uncomparable(const csp_type* t);
CSP_NORETURN void csp_panic_makeslice_len(void);  // makeslice: len out of range
CSP_NORETURN void csp_panic_makeslice_cap(void);  // makeslice: cap out of range
// A slice converted to an array or array pointer is shorter than the array.
CSP_NORETURN void csp_panic_convert(int64_t have, int64_t want);

// ---- defer and recover (panic.cpp) -----------------------------------------------------------
// Runs, newest first, the deferred calls of g pushed after `mark` (the defer chain's head when
// the deferring function was entered). panicking: the function's frame is being left by a
// panic. Returns true iff a deferred call recovered that panic (the function then returns
// normally). A deferred call that panics unwinds out of here; the caller's landing pad calls
// again to run the rest.
bool csp_run_defers(csp_g* g, csp_defer* mark, bool panicking);
// The landing pad caught exception `exc`: ends the catch (the panic itself lives in g).
void csp_panic_caught(void* exc);
// Continues the unrecovered panic g->panic (after a landing pad ran its function's defers).
CSP_NORETURN void csp_panic_resume(csp_g* g);
// recover(): the current panic's value if `direct` (the function calling recover was called
// directly by a deferred call run for that panic) and it is not recovered yet; else nil.
csp_any csp_recover(csp_g* g, bool direct);

// ---- interfaces (iface.cpp) ------------------------------------------------------------------
// The itab for concrete type `type` in interface type `iface`, built once and cached; NULL if
// type does not implement iface.
const csp_itab* csp_itab_get(const csp_type* iface, const csp_type* type);
// Go's == on two interface values with the same dynamic type t (panics if t is uncomparable).
bool csp_iface_eq(const csp_type* t, uint64_t a, uint64_t b);

// ---- maps (map.cpp) --------------------------------------------------------------------------
// maptype is the map type's descriptor (kind MAP, key, elem). Keys are passed by pointer.
csp_map* csp_map_make(const csp_type* maptype, int64_t hint);
// Pointer to the value for key, or NULL if absent (m may be nil).
void* csp_map_access(const csp_type* maptype, csp_map* m, const void* key);
// Pointer to the value slot for key, inserted (zeroed) if absent; panics on a nil map.
void* csp_map_assign(const csp_type* maptype, csp_map* m, const void* key);
void csp_map_delete(const csp_type* maptype, csp_map* m, const void* key);
void csp_map_clear(const csp_type* maptype, csp_map* m);
// Starts a range over m in Go's randomised order; then csp_map_iter_next until it returns false.
void csp_map_iter_init(const csp_type* maptype, csp_map* m, csp_map_iter* it);
bool csp_map_iter_next(csp_map_iter* it);

// ---- builtin print/println (write to standard error, formats as Go's runtime does) -----------
void csp_print_bool(bool b);
void csp_print_int(int64_t v);
void csp_print_uint(uint64_t v);
void csp_print_float(double v);     // +1.500000e+000 format
void csp_print_string(const uint8_t* p, int64_t len);
void csp_print_pointer(const void* p);  // 0xc000010000
void csp_print_space(void);
void csp_print_nl(void);

// ---- fmt (standard output is buffered; flushed at exit, before stderr writes, on panic) -----
// args[0..n) are the operands, converted to `any` by the compiler.
int64_t csp_fmt_print(const csp_any* args, int64_t n);    // fmt.Print: returns bytes written
int64_t csp_fmt_println(const csp_any* args, int64_t n);  // fmt.Println
int64_t csp_fmt_printf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n);
csp_string csp_fmt_sprint(const csp_any* args, int64_t n);
csp_string csp_fmt_sprintln(const csp_any* args, int64_t n);
csp_string csp_fmt_sprintf(const uint8_t* f, int64_t flen, const csp_any* args, int64_t n);

// ---- goroutines and channels (runtime/sched/, runtime/chan/) ------------------------------
// go statement: a new goroutine calls fn(g, fn) (the compiler packs the call into a closure
// of no parameters). Its creation site is the return address of this call.
void csp_go(csp_g* g, csp_closure* fn);
CSP_NORETURN void csp_go_nil(void);  // go of a nil func value: Go's fatal error

// ---- tasks (runtime/task/task.h) ----------------------------------------------------------------
// Calling an async function: csp_task_new makes the task (result_size bytes of results, laid
// out by codegen; gopc: the call's return address), csp_task_results gives where they go, the
// coroutine's ramp makes its frame, csp_task_start queues the task to run it.
void* csp_task_new(csp_g* g, int64_t result_size, void* gopc);
void* csp_task_results(void* task);
// The goroutine record running the task (its coroutine reads it after its first suspension).
csp_g* csp_task_g(void* task);
void csp_task_start(void* task, void* frame);
// await in an async function: true when the task is done; false when the caller must suspend
// (it is queued as an awaiter and resumes once the task is done). shielded != 0: cancelling
// the caller meanwhile only wakes it (asyncio.Shield); else it cancels the task awaited.
// Panics with asyncio.CancelledError if the caller was cancelled and may not pass it on.
bool csp_task_await_begin(csp_g* g, void* task, int32_t shielded);
// After every suspension but the initial one (and after csp_task_g): the task's
// cancellation, if one came, panics here as asyncio.CancelledError.
void csp_task_resumed(void* task);
// asyncio.Cancel, Done, Cancelled (compiler-known: any task type).
bool csp_task_cancel(void* task);
bool csp_task_done(void* task);
bool csp_task_cancelled(void* task);
// The results of a done task; re-panics with a task's panic (the value, and its trace as the
// cause).
void* csp_task_result(csp_g* g, void* task);
// await in main (not a task): parks until the task is done, then csp_task_result.
void* csp_task_wait(csp_g* g, void* task);
// asyncio's sleep for d ns (d <= 0: a yield to the back of the run queue). g non-null: the
// calling task's coroutine, which suspends right after if this returns true (it resumes at
// the deadline; a yield keeps the task's record and returns false once it runs again); null:
// the calling goroutine sleeps (time.Sleep) or yields.
bool csp_task_sleep(csp_g* g, int64_t d);
// main's `await f()` runs f's coroutine on main's goroutine (jit/codegen_async.cpp): the task
// that stands for main there (made on first use; waking it readies main's goroutine), and
// the wait main makes each time the coroutine suspends (as its request says).
void* csp_task_main_proxy(csp_g* g);
void csp_task_main_park(csp_g* g);
// Preemption (runtime/sched/sched.h, preempt_check). Every loop header polls the thread's
// split-stack guard slot (%fs:0x70, the limit every function's stack check reads) and calls
// csp_preempt when it holds CSP_STACK_POISON, which the runtime stores to ask for a yield.
// Known to compiler.
#define CSP_STACK_POISON (~(uint64_t)0 - 0x521)
void csp_preempt(void);
// Channels are opaque pointers (runtime/chan/chan.cpp); nil is the nil channel.
void* csp_chan_make(const csp_type* elem, int64_t size);  // panics: makechan: size out of range
void csp_chan_send(csp_g* g, void* c, const void* elem);    // panics on a closed channel
// Receives into elem (NULL: discard); false when c is closed and empty (elem zeroed).
bool csp_chan_recv(csp_g* g, void* c, void* elem);
void csp_chan_close(csp_g* g, void* c);
int64_t csp_chan_len(void* c);
int64_t csp_chan_cap(void* c);
// A select case (known to compiler: the IR type is {ptr, ptr, i64, i64}): the channel (nil:
// never ready), the value to send or the slot to receive into (NULL: discard), the
// direction, and for receives whether a value was received (0: closed).
enum { CSP_SELECT_RECV = 0, CSP_SELECT_SEND = 1 };
typedef struct csp_scase {
  void* c;
  void* elem;
  int64_t dir;
  int64_t ok;
} csp_scase;
// Runs one select: returns the index of the case that proceeded, or -1 for default.
int64_t csp_select(csp_g* g, csp_scase* cases, int64_t n, bool has_default);
// select {}: blocks the goroutine forever.
CSP_NORETURN void csp_block(csp_g* g);

// ---- the table the JIT registers ----
typedef struct csp_rt_symbol {
  const char* name;
  void* addr;
} csp_rt_symbol;
// What JIT'd code may call: every entry of runtime/entry_points.def (plus the C++ EH
// personality and unwinder entry points landing pads need); *n receives the count.
const csp_rt_symbol* csp_rt_symbols(size_t* n);

#ifdef __cplusplus
}
#endif
