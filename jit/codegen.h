// jit/codegen.h: AST -> LLVM IR. Per-module state (ModuleGen) and per-function state
// (FuncGen) are separate objects; there is no other state.
//
// Files, one per construct (docs/adding-a-construct.md lists what a new construct touches):
//   layout.cpp           value lowering: IR type, size, pointers, names of every csp type
//   codegen_module.cpp   ModuleGen: functions on demand, globals, package init, `csp.main`
//   codegen_types.cpp    constants, zero values, type descriptors
//   codegen_debug.cpp    DWARF (line tables + inlining) for tracebacks
//   codegen_func.cpp     FuncGen basics: the calling convention, prologue/epilogue, blocks,
//                        variables, calls and invokes, panics
//   codegen_defer.cpp    defer statements, landing pads, recover
//   codegen_stmt.cpp     statements (assignments, if, for, switch, branches, blocks)
//   codegen_range.cpp    for-range
//   codegen_expr.cpp     the expression switch, unary/binary operators, conversions, calls
//   codegen_order.cpp    gc's evaluation order: a statement's calls before its other operands
//   codegen_string.cpp   string concat/compare/index/slice
//   codegen_builtin.cpp  the built-in functions
//   codegen_iface.cpp    interfaces: boxing, method sets, itabs, assertions, type switches
//   codegen_composite.cpp structs, arrays, field paths, indexing, slicing, literals, ==
//   codegen_slice.cpp    slices and heap memory: make, new, append, copy, len/cap, range
//   codegen_map.cpp      maps over the runtime's hash tables
//   codegen_closure.cpp  closures, function/method values, calls of them and of methods
//   codegen_bridge.cpp   calls of C++-implemented standard functions (frontend/bridge.h)
//   codegen_intrinsic.cpp standard functions expanded inline (math, math/bits, os.Exit)
//
// The calling convention (docs/decisions.md, "Calling convention"): every csp function is
//   R f(ptr g, ptr env, [ptr out_i for each memory-typed result], params...)
// g is the running goroutine, env the closure the call went through (NULL for direct calls).
// Register-typed results are returned (one value, or a literal struct of several); memory-typed
// results (structs, arrays) are written through the out pointers; memory-typed parameters are
// passed as a pointer to a copy the callee owns.
//
// Invariants:
//  - Only what sema accepted reaches codegen (sema.h's guarantees). Anything else is
//    reported as "<construct> not implemented yet" at its position and code generation
//    continues with a dummy value; a module with diagnostics is never run.
//  - A value of a register type is one llvm::Value of irType(its type); a value of a memory
//    type is a pointer to memory holding it that the consumer may keep or overwrite (a fresh
//    temporary, or a callee-owned parameter). A multi-valued call yields a list of values.
//  - Locals live in allocas in the entry block (mem2reg makes them SSA values at -O1+).
//  - After a terminator (return, branch, noreturn call) FuncGen starts a fresh block with no
//    predecessors, so statements after it still have somewhere to go.
//  - In a function with defer statements every call that may unwind is an invoke whose
//    unwind edge is the function's one landing pad (codegen_defer.cpp).
//  - Every instruction has a debug location (the statement or expression it comes from), so
//    tracebacks name csp lines, and inlined calls keep theirs.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>

#include "frontend/ast.h"
#include "frontend/sema.h"
#include "frontend/source.h"
#include "frontend/types.h"
#include "jit/layout.h"
#include "jit/runtime_abi.h"

namespace csp {

struct BridgeSig;  // frontend/bridge.h

// How a csp signature is lowered to an LLVM function type (the calling convention above).
struct FuncABI {
  llvm::FunctionType* type = nullptr;
  std::vector<const Type*> params;   // csp parameters in order (a method's receiver first)
  std::vector<const Type*> results;
  std::vector<int> outArg;           // per result: its out-pointer argument, or -1
  std::vector<int> retIndex;         // per result: its index in the returned struct, or -1
  unsigned firstParam = 2;           // LLVM argument index of params[0]
  bool retStruct = false;            // several register results: a literal struct
};

class ModuleGen {
 public:
  // absPath: the source file's absolute path, embedded in debug info (computed once by the JIT
  // driver, which also puts it in the cache key).
  ModuleGen(llvm::LLVMContext& ctx, TypeContext& types, const SourceFile& src,
            std::string absPath, Diagnostics& diags);
  ~ModuleGen();

  // Generates the whole module. Returns nullptr if errors were reported.
  std::unique_ptr<llvm::Module> generate(CheckedFile& checked);

  llvm::LLVMContext& ctx() { return ctx_; }
  llvm::Module& mod() { return *mod_; }
  RuntimeABI& rt() { return *rt_; }
  Layout& layout() { return *layout_; }
  TypeContext& types() { return types_; }
  void notImplemented(Pos pos, const std::string& what);
  // Go's "type T larger than address space" (gc's types.CalcSize, 1<<50 bytes on amd64) for
  // a variable whose type cannot be laid out; reported once per variable.
  void checkVarSize(const Object* var);

  // --- types and values (codegen_types.cpp, layout.h) ---
  llvm::Type* llvmType(const Type* t) { return layout_->irType(t); }
  bool isMemory(const Type* t) { return layout_->isMemory(t); }
  const FuncABI& abi(const Signature* sig);
  // --- async functions (codegen_async.cpp) ---
  // The coroutine of an async function with body signature `body`:
  //   ptr co(ptr g, ptr env, ptr task, ptr results, params...)  -> its handle (frame)
  // (memory-typed parameters as pointers, as abi's; results are stored at `results`).
  const FuncABI& coroAbi(const Signature* body);
  // The layout of a task's results (offsets into Task::results); returns the size.
  uint64_t taskResultLayout(const std::vector<const Type*>& results, std::vector<uint64_t>* offsets);
  // Generates an async function's two parts: `wrapper` (its value, which starts a task) and
  // its coroutine, from decl or lit.
  void genAsync(llvm::Function* wrapper, FuncDecl* decl, FuncLit* lit);
  // The coroutine of async function or method decl (declared on first use; generated with
  // its wrapper).
  llvm::Function* coroutine(FuncDecl* decl);
  // asyncio.Gather's task for tasks of type `task` (async T or async ()): the wrapper of an
  // async function of one parameter, the slice of tasks (made once per task type).
  llvm::Function* asyncioFunction(int id, const TaskType* task, Object* helper);
  llvm::Constant* zero(const Type* t) { return llvm::Constant::getNullValue(llvmType(t)); }
  llvm::Constant* constant(const Constant& c, const Type* t, Pos pos);
  llvm::Constant* typeDescriptor(const Type* t);

  // --- module-level entities (codegen_module.cpp) ---
  llvm::Function* function(FuncDecl* decl);  // declared on first use, body queued
  llvm::Function* funcLit(FuncLit* lit, llvm::DIFile* file);  // a closure's code, declared on first use
  llvm::Constant* funcValue(llvm::Function* f);  // a static closure {f} for a function used as a value
  llvm::FunctionCallee bridge(FuncDecl* decl, BridgeSig* sig);  // a C++ standard function
  llvm::Function* bridgeThunk(FuncDecl* decl);  // ... wrapped in the csp calling convention
  llvm::GlobalVariable* global(Object* var);
  llvm::Constant* stringConst(const std::string& s);  // a csp string {ptr, len}
  llvm::Constant* cString(const std::string& s);      // ptr to NUL-terminated bytes
  // A new internal function with the csp calling convention; `goName` is what tracebacks
  // show (DWARF name), `line` its declaration line.
  llvm::Function* newFunction(const FuncABI& abi, const std::string& llvmName,
                              const std::string& goName, int line, llvm::DIFile* file = nullptr);

  // --- interfaces (codegen_iface.cpp) ---
  struct MethodEntry {
    std::string name;              // the method's name
    Object* method = nullptr;      // its declaration
    std::vector<int> path;         // embedded fields from the receiver type to the declaring one
    const Signature* sig = nullptr;
  };
  // The method set of t (sorted by name, as descriptors and itabs list it).
  const std::vector<MethodEntry>& methodSet(const Type* t);
  // The interface entry of method m of concrete type t: fn(g, env, outs, i64 data, params...).
  // Its body is generated only if some interface call can reach it (see noteIfaceCall).
  llvm::Function* ientry(const Type* t, const MethodEntry& m);
  // Method reachability, as Go's linker prunes methods: a method of a type converted to an
  // interface can only run through an interface call with its name and signature, so the
  // entries of methods no such call names are left out (the descriptor and itab slots keep
  // their names and types for assertions, with a code pointer that is never called).
  // Interfaces passed to C++ bridges count as having every method called (sort.Interface,
  // rand.Source); Error, String and GoString are always reachable (fmt and panics call them by
  // name from the runtime).
  void noteIfaceCall(const std::string& name, const Signature* sig);
  void noteAllMethodsCalled(const Type* iface);
  const FuncABI& ientryAbi(const Signature* methodSig);  // the ABI of such entries and itab calls
  llvm::Constant* itab(const Type* iface, const Type* concrete);
  // The first word of an interface value of static type `iface` holding a `concrete`.
  llvm::Constant* ifaceTab(const Type* iface, const Type* concrete);

  // --- debug info (codegen_debug.cpp) ---
  llvm::DISubprogram* subprogram(llvm::Function* f, const std::string& goName, int line, llvm::DIFile* file);

  // --- what the program can cost at run time (for choosing the pipeline) ---
  void noteLoop() { hasLoops_ = true; }
  void noteCall(llvm::Function* caller, llvm::Function* callee) { calls_[caller].push_back(callee); }
  // False if the program has no loops and no recursion: then every instruction runs a
  // bounded number of times and optimising it costs more than it can save.
  bool mayRunLong() const;

 private:
  void genQueued();
  // genQueued, then the bodies of ientries that became reachable, until nothing changes;
  // ientries still unreachable then point at one stub.
  void genReachable();
  llvm::Function* genPackageInit(CheckedFile& pkg);
  void genEntry(const std::vector<CheckedFile*>& pkgs, const std::vector<llvm::Function*>& inits);
  std::string funcName(FuncDecl* decl);

  llvm::LLVMContext& ctx_;
  TypeContext& types_;
  const SourceFile& src_;
  Diagnostics& diags_;
  std::string absPath_;
  std::unique_ptr<llvm::Module> mod_;
  std::unique_ptr<RuntimeABI> rt_;
  std::unique_ptr<Layout> layout_;
  std::unique_ptr<llvm::DIBuilder> dib_;
  llvm::DICompileUnit* cu_ = nullptr;
  llvm::DIFile* difile_ = nullptr;
  std::unordered_map<FuncDecl*, llvm::DIFile*> fileOf_;  // each function's source file
  std::unordered_map<FuncDecl*, llvm::Function*> funcs_;
  std::vector<FuncDecl*> queue_;  // declared functions whose bodies are not generated yet
  std::unordered_map<FuncLit*, llvm::Function*> lits_;
  std::vector<FuncLit*> litQueue_;
  std::unordered_map<llvm::Function*, llvm::Constant*> funcValues_;
  std::unordered_map<const Type*, std::vector<MethodEntry>> methodSets_;
  std::map<std::string, llvm::Function*> ientries_;
  struct PendingIentry {
    llvm::Function* fn;
    const Type* type;
    MethodEntry method;
    std::string key;  // name|signature, as in calledMethods_
  };
  std::vector<PendingIentry> pendingIentries_;  // created, body not generated yet
  std::unordered_set<std::string> calledMethods_;  // name|signature of every interface call
  std::map<std::string, llvm::Constant*> itabs_;
  std::unordered_map<const Signature*, std::unique_ptr<Signature>> ientrySigs_;
  TypeContext* typesForWrappers_ = nullptr;
  std::unordered_map<Object*, llvm::GlobalVariable*> globals_;
  std::unordered_set<const Object*> sizeReported_;  // variables checkVarSize reported
  std::map<std::string, llvm::Constant*> strings_, cstrings_;
  std::unordered_map<const Type*, llvm::Constant*> typeDescs_;
  std::unordered_map<const Signature*, std::unique_ptr<FuncABI>> abis_;
  std::unordered_map<const Signature*, std::unique_ptr<FuncABI>> coroAbis_;
  std::unordered_map<FuncDecl*, llvm::Function*> coros_;
  std::map<std::string, llvm::Function*> asyncioFns_;
  bool hasLoops_ = false;
  std::unordered_map<llvm::Function*, std::vector<llvm::Function*>> calls_;  // call graph
};

// The state of generating one LLVM function.
class FuncGen {
 public:
  // goName: the name tracebacks report ("main.fib", "main.init").
  FuncGen(ModuleGen& m, llvm::Function* fn, const FuncABI& abi, std::string goName, int line);

  void genFuncBody(FuncDecl* decl);            // params, named results, body, epilogue
  // An async function's value: makes the task, runs co's ramp, starts the task, returns it.
  void genAsyncWrapper(llvm::Function* co, const Signature* body);
  void setCoroutine() { coro_ = true; }         // the function being generated is a coroutine
  void genAsyncioBody(int id, const TaskType* task, const Signature* body, Object* helper);  // ModuleGen::asyncioFunction's
  std::vector<llvm::Value*> genAsyncioCall(CallExpr* e);  // asyncio.Cancel/Done/Cancelled/Shield/WaitFor/Wait/AsCompleted
  std::vector<llvm::Value*> genTaskOp(CallExpr* e);
  llvm::Value* callAsyncioHelper(Object* helper, const std::vector<llvm::Value*>& args);
  std::vector<llvm::Value*> genGather(CallExpr* e);
  std::vector<llvm::Value*> genRun(CallExpr* e);  // asyncio.Run(t): a blocking wait, anywhere
  void genFuncLitBody(FuncLit* lit);           // the same for a closure, captures from env
  void genPackageInits(const std::vector<PackageInit>& inits);  // then `ret void`

  // --- statements (codegen_stmt.cpp, codegen_range.cpp) ---
  void genStmt(Stmt* s);
  void genStmts(const std::vector<Stmt*>& list);

  // --- expressions (codegen_expr.cpp) ---
  llvm::Value* genExpr(Expr* e);
  // Values of an expression list, with their types: one per expression, or the results of
  // a single multi-valued call.
  std::vector<llvm::Value*> genValues(const std::vector<Expr*>& exprs,
                                      std::vector<const Type*>* types = nullptr);
  llvm::Value* convertForAssign(llvm::Value* v, const Type* from, const Type* to, Pos pos);
  llvm::Value* genConversion(llvm::Value* v, const Type* from, const Type* to, Pos pos);
  llvm::Value* genArith(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, const Type* yt, Pos pos);
  llvm::Value* genCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos);
  // A call expression's results (empty for none). genExpr of a call yields the single one.
  std::vector<llvm::Value*> genCall(CallExpr* e);
  // Evaluates the calls of an evaluation root first (codegen_order.cpp).
  void hoistCalls(Expr* e);
  void hoistCalls(const std::vector<Expr*>& exprs);

  // --- strings (codegen_string.cpp) ---
  llvm::Value* genStrConcat(llvm::Value* a, llvm::Value* b);
  llvm::Value* genStrCompare(Tok op, llvm::Value* a, llvm::Value* b);
  llvm::Value* genStrIndex(IndexExpr* e);
  llvm::Value* genStrSlice(SliceExpr* e);
  // A failed bounds check (code: csp_bounds_code); x (i64) is the value of xe.
  void boundsFail(int code, Expr* xe, llvm::Value* x, llvm::Value* y, Pos p);

  // --- builtins and library calls ---
  std::vector<llvm::Value*> genBuiltin(CallExpr* e);             // codegen_builtin.cpp
  std::vector<llvm::Value*> genIntrinsic(CallExpr* e, int which);  // codegen_intrinsic.cpp
  // C++-implemented standard functions (codegen_bridge.cpp)
  std::vector<llvm::Value*> callBridge(FuncDecl* decl, const std::vector<llvm::Value*>& vals);
  void genBridgeThunkBody(FuncDecl* decl);
  bool noEscape_ = false;  // converting arguments of a C++ callee: boxes and varargs in the frame
  // Boxes v (of type t) into an interface value. If `escapes`, boxed copies go to GC memory;
  // otherwise to a stack slot that lives as long as the function.
  llvm::Value* box(llvm::Value* v, const Type* t, bool escapes, Pos pos, const Type* iface = nullptr);

  // --- interfaces (codegen_iface.cpp) ---
  llvm::Value* ifaceDynType(llvm::Value* v, const Type* ifaceType);  // descriptor or null
  llvm::Value* ifaceConvert(llvm::Value* v, const Type* from, const Type* to);  // iface -> iface
  llvm::Value* unbox(llvm::Value* data, const Type* t);               // the value an iface holds
  std::vector<llvm::Value*> genTypeAssert(TypeAssertExpr* e, bool commaOk);
  void genTypeSwitch(TypeSwitchStmt* s);
  std::vector<llvm::Value*> genIfaceCall(CallExpr* e, SelectorExpr* sel, llvm::Value* iface,
                                         const Type* ifaceType, const std::vector<llvm::Value*>& args);
  std::vector<llvm::Value*> callIfaceMethod(llvm::Value* iv, int index, const std::string& name, const Signature* sig,
                                            const std::vector<llvm::Value*>& params);
  llvm::Value* itabFor(llvm::Value* dyn, const Type* iface);
  void genIentryBody(const Type* t, const ModuleGen::MethodEntry& m);
  llvm::Value* adjustReceiver(llvm::Value* holderAddr, const Type* holderT, const std::vector<int>& path,
                              Object* method, bool viaPointer, Pos pos);

  // --- composite values (codegen_composite.cpp) ---
  llvm::Value* genCompositeLit(CompositeLit* e);
  llvm::Value* fieldPathAddr(llvm::Value* base, const Type* t, const std::vector<int>& path, size_t n,
                             Pos pos, const Type** outType);
  llvm::Value* selectorAddr(SelectorExpr* e, const Type** outType);  // a Field selector's address
  llvm::Value* genSelector(SelectorExpr* e);
  llvm::Value* indexAddr(IndexExpr* e);                              // arrays, slices, *arrays
  llvm::Value* genIndex(IndexExpr* e);
  llvm::Value* genSliceExpr(SliceExpr* e);
  llvm::Value* operandAddr(Expr* x);  // address of x if addressable, else of a temporary copy
  void nilCheck(llvm::Value* p, Pos pos);
  llvm::Value* genEqual(llvm::Value* x, llvm::Value* y, const Type* t, Pos pos);  // == on any comparable t
  void storeZero(llvm::Value* addr, const Type* t);
  llvm::Value* zeroValue(const Type* t);  // a register constant, or a zeroed temporary

  // --- slices, maps, pointers (codegen_slice.cpp, codegen_map.cpp) ---
  llvm::Value* sliceLen(llvm::Value* s) { return b_.CreateExtractValue(s, 1); }
  llvm::Value* makeSliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap);
  llvm::Value* genAppend(CallExpr* e);
  llvm::Value* genCopy(CallExpr* e);
  llvm::Value* genMake(CallExpr* e);
  llvm::Value* genNew(CallExpr* e);
  llvm::Value* genLenCap(CallExpr* e, bool isCap);
  llvm::Value* heapAlloc(const Type* t);  // zeroed GC memory for one value of t
  llvm::Value* heapArray(const Type* elem, llvm::Value* n);
  llvm::Value* packVariadic(const std::vector<llvm::Value*>& vals, const std::vector<const Type*>& types,
                            const Type* sliceType, Pos pos);
  llvm::Value* keyTemp(llvm::Value* key, const Type* t);  // a key in memory, for the map runtime
  std::vector<llvm::Value*> genMapIndex(IndexExpr* e, bool commaOk);
  llvm::Value* mapAssignAddr(IndexExpr* e);  // the slot m[k] = ... stores into
  void genDelete(CallExpr* e);
  void genClear(CallExpr* e);
  void genRangeArray(RangeStmt* s);  // arrays, *arrays, slices
  void genRangeMap(RangeStmt* s);

  // --- closures, function and method values (codegen_closure.cpp) ---
  llvm::Value* genFuncLit(FuncLit* e);
  llvm::Value* genMethodValue(SelectorExpr* e);
  llvm::Value* genMethodExpr(SelectorExpr* e);
  // The receiver of a method call x.M (after the embedded path), as the method takes it.
  llvm::Value* methodReceiver(SelectorExpr* sel, const Type** recvType);
  std::vector<llvm::Value*> genMethodCall(CallExpr* e, SelectorExpr* sel);
  std::vector<llvm::Value*> genFuncValueCall(CallExpr* e);
  std::vector<llvm::Value*> callArgs(CallExpr* e, const Signature* sig);  // evaluated, converted, packed
  void declareVar(Object* var);  // a new variable for obj (a fresh heap cell if it escapes)

  // --- the calling convention and calls (codegen_func.cpp) ---
  // The running goroutine's record. In a coroutine, after its first suspension, the G that
  // runs the task may differ from one resumption to the next: it is re-read into a slot.
  llvm::Value* g() { return gSlot_ ? b_.CreateLoad(b_.getPtrTy(), gSlot_, "g") : g_; }
  // Calls a csp function (direct callee or a code pointer of type abi.type) with env and
  // csp arguments (memory-typed ones as pointers to copies); returns its results.
  std::vector<llvm::Value*> callCsp(llvm::FunctionCallee callee, const FuncABI& abi,
                                    llvm::Value* env, const std::vector<llvm::Value*>& args);
  // A call or, in a function with defers when the callee may unwind, an invoke.
  llvm::CallBase* emitCall(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args, bool mayUnwind);
  llvm::Value* rtCall(RtFn f, llvm::ArrayRef<llvm::Value*> args);  // a runtime entry point
  void rtCallNoReturn(RtFn f, llvm::ArrayRef<llvm::Value*> args);  // ... that never returns

  // --- helpers (codegen_func.cpp) ---
  llvm::IRBuilder<>& b() { return b_; }
  ModuleGen& m() { return m_; }
  llvm::BasicBlock* newBlock(const char* name);
  void setBlock(llvm::BasicBlock* bb);  // falls through from an open current block
  void loopHeader(llvm::BasicBlock* bb);  // setBlock, then the preemption poll
  void br(llvm::BasicBlock* to);        // branch unless the current block is terminated
  void startDeadBlock();                // after a terminator
  void setLoc(Pos p);                   // debug location of what is generated next
  llvm::AllocaInst* entryAlloca(llvm::Type* ty, const std::string& name);
  llvm::Value* temp(const Type* t, const std::string& name = "tmp");  // memory for a value of t
  llvm::Value* varAddr(Object* var);    // alloca, heap cell or global of a variable
  llvm::Value* addrOf(Expr* lhs);       // nullptr for `_` (or after an error)
  const Type* lhsType(Expr* lhs);       // the type of what addrOf(lhs) points at
  llvm::Value* load(llvm::Value* addr, const Type* t);   // a value of t read from addr
  void store(llvm::Value* addr, llvm::Value* v, const Type* t);  // v (of t) into addr
  // if (cond) { emit(); unreachable }  -- cond is expected false
  template <class F> void panicIf(llvm::Value* cond, F emit);
  llvm::Value* toInt64(llvm::Value* v, const Type* t);  // sign/zero-extend an integer
  llvm::Value* dummy(const Type* t);

 private:
  // statements
  void genAssign(AssignStmt* s);
  void genOpAssign(AssignStmt* s);
  void genIncDec(IncDecStmt* s);
  void genDecl(DeclStmt* s);
  void genReturn(ReturnStmt* s);
  void genIf(IfStmt* s);
  void genFor(ForStmt* s);
  void genRange(RangeStmt* s);
  void genRangeString(RangeStmt* s);
  void genRangeInt(RangeStmt* s);
  void genRangeAssign(RangeStmt* s, Expr* lhs, llvm::Value* v, const Type* t);
  void genSwitch(SwitchStmt* s);
  void genBranch(BranchStmt* s);
  // expressions
  llvm::Value* genIdent(Ident* e);
  llvm::Value* genUnary(UnaryExpr* e);
  llvm::Value* genBinary(BinaryExpr* e);
  llvm::Value* genLogical(BinaryExpr* e);
  llvm::Value* genIfaceCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos);
  llvm::Value* genDivRem(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos);
  llvm::Value* genShift(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, const Type* yt, Pos pos);
  llvm::Value* genFloatToInt(llvm::Value* v, const Type* tu, llvm::Type* dst);
  llvm::Value* cvtFloat(llvm::Value* x, unsigned bits);
  std::vector<llvm::Value*> genUserCall(CallExpr* e, FuncDecl* decl);
  std::vector<llvm::Value*> genPrint(CallExpr* e, bool ln);
  void printLit(const char* text);
  void genPanic(CallExpr* e);
  llvm::Value* genMinMax(CallExpr* e, bool isMax);
  // function structure
  void genPrologue(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig, bool defers,
                   bool startDefers = true);
  // coroutines (codegen_async.cpp)
  void genCoroutineBody(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig, bool defers,
                        const std::vector<Stmt*>& body);
  void genCoroutine(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig, bool defers,
                    const std::function<void()>& body);
  void coroSuspend(bool final, bool check = true);  // a suspension point; the code after it runs when resumed
  void finishCoroutine();
  void genCoroReturn(const std::vector<llvm::Value*>& vals);  // results stored, final suspension
 public:
  std::vector<llvm::Value*> genAwait(AwaitExpr* e);
  void genSuspendFor(llvm::Value* ns);
  // `await f(args)` of an async function or method named directly: f's coroutine runs inside
  // the awaiting task (or main), driven from here, as Python's `await coro()`; null if e is
  // not such an await.
  bool genInlineAwait(AwaitExpr* e, std::vector<llvm::Value*>* out);
  void hoistAwait(AwaitExpr* e);  // codegen_order.cpp's walk for an await
  // Waits for task t (suspending a coroutine, parking main); its result area's address.
  llvm::Value* awaitTask(llvm::Value* t, bool shielded = false);  // asyncio's sleep: the task's (in a coroutine), else the goroutine's
 private:
  std::vector<Object*> resultObjs_;  // per result slot: the named result, or nullptr
  void finishFunction();
 public:
  void genReturnValues(const std::vector<llvm::Value*>& vals);  // store/ret per the ABI
 private:

  // Where break/continue go for a for/switch statement.
  struct Target {
    Stmt* stmt;
    llvm::BasicBlock* brk;
    llvm::BasicBlock* cont;  // nullptr for switch
  };
  const Target* findTarget(BranchStmt* s);

  ModuleGen& m_;
  llvm::Function* fn_;
  const FuncABI& abi_;
  std::string goName_;
  llvm::IRBuilder<> b_;
  llvm::DISubprogram* sp_ = nullptr;
  llvm::BasicBlock* entry_ = nullptr;
  llvm::Value* g_ = nullptr;                   // argument 0
  llvm::Value* env_ = nullptr;                 // argument 1
  // coroutines: the task and its results (arguments 2 and 3), the handle, shared blocks
  bool coro_ = false;
  llvm::Value* gSlot_ = nullptr;  // the task's G, stored after every resumption
  llvm::Value* task_ = nullptr;
  llvm::Value* results_ = nullptr;
  llvm::Value* coroId_ = nullptr;
  llvm::Value* coroHdl_ = nullptr;
  llvm::BasicBlock* coroSuspendBB_ = nullptr;  // back to whoever resumed (or ran the ramp)
  llvm::BasicBlock* coroCleanupBB_ = nullptr;  // destroy: (frames are GC memory) to suspend
  llvm::BasicBlock* coroFinalBB_ = nullptr;    // the final suspension, which every return reaches
  std::vector<uint64_t> resultOffs_;
  std::unordered_map<Object*, llvm::Value*> locals_;
  const Signature* sig_ = nullptr;
  std::vector<llvm::Value*> resultSlots_;  // named results, in order (empty if unnamed)
  std::vector<Target> targets_;            // innermost last
  std::unordered_map<Stmt*, Stmt*> labeled_;  // LabeledStmt -> its statement
  llvm::BasicBlock* fallthrough_ = nullptr;   // next case body inside a switch clause
  std::unordered_map<Expr*, std::vector<llvm::Value*>> hoisted_;  // evaluated ahead (hoistCalls)
  std::unordered_map<Object*, llvm::Value*> heapSlots_;  // escaping vars: slot holding the cell pointer
  // function literal bodies: captured variables' cells come from the environment
  std::unordered_map<Object*, unsigned> captureIndex_;
  // defer machinery (codegen_defer.cpp); lpad_ is null in functions without defers
  void beginDefers();                 // at entry: the chain mark, the landing pad
  void finishDefers();                // the exit path, the landing pad, resuming the panic
  void genDefer(DeferStmt* s);
  void genGo(GoStmt* s);
  // channels and select (codegen_chan.cpp)
  llvm::StructType* scaseType();
  llvm::Value* genChanMake(CallExpr* e);
  std::vector<llvm::Value*> genRecv(UnaryExpr* u, bool commaOk);
  void genSend(SendStmt* s);
  void genClose(CallExpr* e);
  llvm::Value* genChanLenCap(llvm::Value* ch, bool isCap);
  void genRangeChan(RangeStmt* s);
  void genSelect(SelectStmt* s);
  llvm::Value* genSendValue(SendStmt* s, llvm::Value** ch);  // the slot holding v, and ch
  void genLoopBody(RangeStmt* s, llvm::BasicBlock* cont, llvm::BasicBlock* end);
  struct Suspended {
    std::vector<Expr*> ops;
    std::vector<std::vector<llvm::Value*>> vals;
    std::vector<std::vector<const Type*>> types;
    llvm::StructType* envTy = nullptr;
    llvm::Function* thunk = nullptr;
  };
  Suspended suspendedCall(CallExpr* call, Pos pos, bool isDefer);
  void storeSuspended(const Suspended& sc, llvm::Value* env);
  void genRecoverCheck();             // at entry of a function that calls recover()
  llvm::Value* genRecover();
  llvm::BasicBlock* lpad_ = nullptr;  // the one landing pad
  llvm::BasicBlock* exit_ = nullptr;  // normal return: run the deferred calls, then return
  llvm::Value* deferMark_ = nullptr;  // g->defer at entry
  llvm::Value* canRecover_ = nullptr; // i1: called directly by a deferred call (recover's rule)
  bool inLoop() const { return loopDepth_ > 0; }
  int loopDepth_ = 0;                 // for/range nesting: defers there allocate on the heap
  int deferCount_ = 0;                // numbers this function's defer thunks
  // Values substituted for expressions: a defer thunk's arguments, evaluated at the defer
  // statement and loaded from the thunk's environment (genExpr yields them instead).
  std::unordered_map<Expr*, std::vector<llvm::Value*>>& subst() { return hoisted_; }
};

template <class F>
void FuncGen::panicIf(llvm::Value* cond, F emit) {
  llvm::BasicBlock* fail = newBlock("panic");
  llvm::BasicBlock* ok = newBlock("ok");
  llvm::MDBuilder md(m_.ctx());
  b_.CreateCondBr(cond, fail, ok, md.createUnlikelyBranchWeights());
  b_.SetInsertPoint(fail);
  emit();
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

inline bool isComparisonOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

// Skips parentheses.
inline Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

}  // namespace csp
