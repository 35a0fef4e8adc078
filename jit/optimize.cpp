// jit/optimize.cpp: the optimisation pipeline (LLVM's new pass manager).
//
// The analysis managers live only for one run; nothing is cached between modules.
#include "jit/optimize.h"

#include "runtime/csp_rt.h"
#include "runtime/sched/stack_abi.h"

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>

#include <llvm/ADT/StringSet.h>
#include <llvm/Support/ErrorHandling.h>

#include <vector>

namespace csp {

namespace {

// The preemption poll (codegen's FuncGen::loopHeader): a volatile load of the guard slot,
// the only access csp code makes to address space 257 (%fs).
bool isPoll(const llvm::Instruction& i) {
  auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i);
  return ld && ld->isVolatile() && ld->getPointerAddressSpace() == 257;
}

// A call whose callee checks the guard at its entry (a csp function: "split-stack").
bool callsChecked(const llvm::Instruction& i) {
  auto* call = llvm::dyn_cast<llvm::CallBase>(&i);
  if (!call) return false;
  const llvm::Function* f = call->getCalledFunction();
  return f == nullptr || f->hasFnAttribute("split-stack");  // (indirect: a csp func value)
}

// Every loop of a csp function must reach a preemption point each iteration, or a goroutine
// spinning in it never yields (GOMAXPROCS(1) starves everything else). Codegen polls at the
// header of every loop of the source, but the optimiser makes loops of its own: tail
// recursion becomes a loop that enters no function. After the pipeline, a loop with neither
// a poll nor a call to a checked function gets a poll at its header.
struct PreemptPollPass : llvm::PassInfoMixin<PreemptPollPass> {
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
    if (f.isDeclaration() || !f.hasFnAttribute("split-stack")) return llvm::PreservedAnalyses::all();
    auto& li = fam.getResult<llvm::LoopAnalysis>(f);
    std::vector<llvm::BasicBlock*> headers;
    for (llvm::Loop* l : li.getLoopsInPreorder()) {
      bool covered = false;
      for (llvm::BasicBlock* bb : l->blocks()) {
        for (llvm::Instruction& i : *bb)
          if (isPoll(i) || callsChecked(i)) {
            covered = true;
            break;
          }
        if (covered) break;
      }
      if (!covered) headers.push_back(l->getHeader());
    }
    if (headers.empty()) return llvm::PreservedAnalyses::all();
    llvm::Module& m = *f.getParent();
    llvm::LLVMContext& ctx = m.getContext();
    llvm::Function* preempt = m.getFunction("csp_preempt");
    if (preempt == nullptr) {
      preempt = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false),
                                       llvm::GlobalValue::ExternalLinkage, "csp_preempt", m);
      preempt->addFnAttr(llvm::Attribute::NoUnwind);
    }
    for (llvm::BasicBlock* header : headers) {
      // header: [phis] poll; br poisoned ? preempt : rest    preempt: call; br rest
      llvm::Instruction* at = &*header->getFirstInsertionPt();
      llvm::BasicBlock* rest = header->splitBasicBlock(at, header->getName() + ".polled");
      header->getTerminator()->eraseFromParent();
      llvm::IRBuilder<> b(header);
      b.SetCurrentDebugLocation(at->getDebugLoc());
      auto* slot = llvm::ConstantExpr::getIntToPtr(b.getInt64(0x70), llvm::PointerType::get(ctx, 257));
      llvm::LoadInst* guard = b.CreateLoad(b.getInt64Ty(), slot, /*isVolatile=*/true, "guard");
      llvm::Value* poisoned = b.CreateICmpEQ(guard, b.getInt64(CSP_STACK_POISON));
      auto* yield = llvm::BasicBlock::Create(ctx, "preempt", &f, rest);
      llvm::MDBuilder md(ctx);
      b.CreateCondBr(poisoned, yield, rest, md.createUnlikelyBranchWeights());
      b.SetInsertPoint(yield);
      llvm::CallInst* call = b.CreateCall(preempt);
      call->setTailCallKind(llvm::CallInst::TCK_NoTail);
      b.CreateBr(rest);
    }
    return llvm::PreservedAnalyses::none();
  }
};

// Runtime functions JIT'd code calls directly, on whatever stack it runs on, even a
// goroutine's 2 KiB first segment: the reserve below the stack limit (runtime/sched/
// stack_abi.h, 1 KiB) must hold their deepest path, which CSP_STACKCHECK=1 measures
// (tools/stackcheck.sh). They park, wake, spin, read clocks or touch one word; their rare
// deep paths (a panic) go through csp_run_deep themselves. csp_panic_caught must be direct:
// it runs where the stack limit still describes the segment a panic unwound from.
// Known to compiler: a runtime change that makes one of these deep must remove it here.
bool isShallow(llvm::StringRef name) {
  static const llvm::StringSet<> kShallow = {
      "csp_chan_send", "csp_chan_recv", "csp_chan_close", "csp_chan_len", "csp_chan_cap",
      "csp_block", "csp_preempt", "csp_panic_caught",
      "csp_runtime_Gosched", "csp_runtime_NumGoroutine",
      "csp_time_runtimeNano", "csp_time_now",
      "csp_sync_runtime_SemacquireMutex", "csp_sync_runtime_SemacquireRWMutexR",
      "csp_sync_runtime_SemacquireRWMutex", "csp_sync_runtime_SemacquireWaitGroup",
      "csp_sync_runtime_Semrelease", "csp_sync_runtime_canSpin", "csp_sync_runtime_doSpin",
      "csp_sync_runtime_nanotime", "csp_sync_runtime_notifyListAdd",
      "csp_sync_runtime_notifyListWait", "csp_sync_runtime_notifyListNotifyOne",
      "csp_sync_runtime_notifyListNotifyAll",
      // tasks (runtime/task/task.cpp): a word, a lock and a list; deep paths through run_deep
      "csp_task_g", "csp_task_results", "csp_task_await_begin", "csp_task_result", "csp_task_sleep",
      "csp_task_resumed",
  };
  if (kShallow.contains(name)) return true;
  // sync/atomic's word operations (not atomic.Value's, which may panic).
  if (!name.consume_front("csp_sync_atomic_")) return false;
  for (llvm::StringRef op : {"Add", "Load", "Store", "Swap", "CompareAndSwap"}) {
    llvm::StringRef rest = name;
    if (!rest.consume_front(op)) continue;
    if (rest == "Int32" || rest == "Int64" || rest == "Uint32" || rest == "Uint64" || rest == "Uintptr") return true;
  }
  return false;
}

// Every other call from a csp function to a function that does not check the stack itself
// (runtime entry points, standard-library bridges, libm) goes through csp_deep_call, which
// makes sure the callee has CSP_DEEP_RESERVE bytes of stack (switch_x86_64.S): the callee
// becomes csp_deep_call's `nest` argument (r10), the arguments stay where they were.
// Runs last, so that the optimiser never sees the indirection.
//
// From a goroutine's 2 KiB first segment every such call takes csp_deep_call's slow path (a
// segment switch there and back, about 15 ns: an allocation in a loop cost 43 ns instead of
// 28). So at -O1 and above, a function with a deep call in a loop, or with two or more
// (not counting those on a panic's path), starts with the same test csp_deep_call makes
// and, when its stack is short, re-enters itself through csp_deep_call: a sibling call
// (jmp), so the whole body runs on the newer segment and tracebacks show one frame. Before
// any side effect: re-running the entry is harmless.
bool reentryArgsFit(llvm::FunctionType* fty);

struct DeepCallPass : llvm::PassInfoMixin<DeepCallPass> {
  int optLevel = 0;
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
    if (f.isDeclaration() || !f.hasFnAttribute("split-stack")) return llvm::PreservedAnalyses::all();
    std::vector<llvm::CallBase*> calls;
    for (llvm::BasicBlock& bb : f)
      for (llvm::Instruction& i : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&i)) {
          llvm::Function* callee = call->getCalledFunction();
          if (callee == nullptr || !callee->isDeclaration() || callee->isIntrinsic() ||
              callee->hasFnAttribute("split-stack") || isShallow(callee->getName()) ||
              callee->getName() == "csp_deep_call")
            continue;
          calls.push_back(call);
        }
    if (calls.empty()) return llvm::PreservedAnalyses::all();
    llvm::Module& m = *f.getParent();
    llvm::LLVMContext& ctx = m.getContext();
    llvm::PointerType* ptr = llvm::PointerType::get(ctx, 0);
    llvm::Value* deep = m.getOrInsertFunction("csp_deep_call", llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false))
                               .getCallee()
                               ->stripPointerCasts();
    bool reenter = false;
    if (optLevel >= 1 && CSP_DEEP_RESERVE > 0 && reentryArgsFit(f.getFunctionType())) {
      // (Calls on a panic's path do not count: a block that ends in `unreachable`, such as
      // the message's allocation before csp_panic_value. WaitGroup.Add has four, and
      // re-entering it on every Done cost spawn a segment switch per goroutine.)
      auto& li = fam.getResult<llvm::LoopAnalysis>(f);
      int counted = 0;
      for (llvm::CallBase* call : calls) {
        if (llvm::isa<llvm::UnreachableInst>(call->getParent()->getTerminator())) continue;
        counted++;
        if (li.getLoopFor(call->getParent()) != nullptr) reenter = true;
      }
      if (counted >= 2) reenter = true;
    }
    for (llvm::CallBase* call : calls) {
      llvm::Function* callee = call->getCalledFunction();
      llvm::FunctionType* fty = call->getFunctionType();
      if (fty->isVarArg()) llvm::report_fatal_error("csp: a vararg runtime call cannot go through csp_deep_call");
      // Stack arguments: what csp_deep_call copies to a newer segment is bounded.
      unsigned gprs = 0, sses = 0;
      for (llvm::Type* t : fty->params()) {
        if (t->isIntegerTy() && t->getIntegerBitWidth() <= 64) gprs++;
        else if (t->isPointerTy()) gprs++;
        else if (t->isFloatTy() || t->isDoubleTy()) sses++;
        else llvm::report_fatal_error("csp: a runtime call's argument is not a scalar");
      }
      unsigned stackWords = (gprs > 6 ? gprs - 6 : 0) + (sses > 8 ? sses - 8 : 0);
      if (stackWords * 8 > 64) llvm::report_fatal_error("csp: a runtime call has too many stack arguments");
      std::vector<llvm::Type*> params = {ptr};
      params.insert(params.end(), fty->param_begin(), fty->param_end());
      auto* dty = llvm::FunctionType::get(fty->getReturnType(), params, false);
      std::vector<llvm::Value*> args = {callee};
      args.insert(args.end(), call->arg_begin(), call->arg_end());
      // Attributes: the call's and the callee's, parameters shifted by one behind `nest`.
      llvm::AttributeList ca = call->getAttributes(), fa = callee->getAttributes();
      std::vector<llvm::AttributeSet> pattrs = {llvm::AttributeSet::get(ctx, {llvm::Attribute::get(ctx, llvm::Attribute::Nest)})};
      for (unsigned i = 0; i < fty->getNumParams(); i++) {
        llvm::AttrBuilder ab(ctx, fa.getParamAttrs(i));
        ab.merge(llvm::AttrBuilder(ctx, ca.getParamAttrs(i)));
        pattrs.push_back(llvm::AttributeSet::get(ctx, ab));
      }
      llvm::AttrBuilder fnb(ctx, fa.getFnAttrs());
      fnb.merge(llvm::AttrBuilder(ctx, ca.getFnAttrs()));
      llvm::AttrBuilder retb(ctx, fa.getRetAttrs());
      retb.merge(llvm::AttrBuilder(ctx, ca.getRetAttrs()));
      llvm::AttributeList attrs = llvm::AttributeList::get(ctx, llvm::AttributeSet::get(ctx, fnb),
                                                           llvm::AttributeSet::get(ctx, retb), pattrs);
      llvm::CallBase* repl;
      llvm::SmallVector<llvm::OperandBundleDef, 1> bundles;
      call->getOperandBundlesAsDefs(bundles);
      if (auto* inv = llvm::dyn_cast<llvm::InvokeInst>(call)) {
        repl = llvm::InvokeInst::Create(dty, deep, inv->getNormalDest(), inv->getUnwindDest(), args, bundles, "", call);
      } else {
        auto* c = llvm::CallInst::Create(dty, deep, args, bundles, "", call);
        c->setTailCallKind(llvm::CallInst::TCK_NoTail);
        repl = c;
      }
      repl->setAttributes(attrs);
      repl->setCallingConv(call->getCallingConv());
      repl->setDebugLoc(call->getDebugLoc());
      repl->takeName(call);
      call->replaceAllUsesWith(repl);
      call->eraseFromParent();
    }
    if (reenter) addReentry(f, deep);
    return llvm::PreservedAnalyses::none();
  }

  // entry: [allocas] sp = stacksave; short = sp - kDeep <= guard; br short, again, rest
  // again: r = tail call csp_deep_call(nest @f, args...); ret r
  static void addReentry(llvm::Function& f, llvm::Value* deep) {
    llvm::LLVMContext& ctx = f.getContext();
    llvm::BasicBlock* entry = &f.getEntryBlock();
    llvm::BasicBlock::iterator at = entry->begin();
    while (at != entry->end() && llvm::isa<llvm::AllocaInst>(*at)) ++at;
    llvm::BasicBlock* rest = entry->splitBasicBlock(at, "reentry.no");
    entry->getTerminator()->eraseFromParent();
    llvm::IRBuilder<> b(entry);
    llvm::Value* sp = b.CreatePtrToInt(b.CreateStackSave(), b.getInt64Ty());
    auto* slot = llvm::ConstantExpr::getIntToPtr(b.getInt64(0x70), llvm::PointerType::get(ctx, 257));
    llvm::Value* guard = b.CreateLoad(b.getInt64Ty(), slot, /*isVolatile=*/true, "guard");
    // (sp - kDeep <= guard, unsigned; sp above kDeep always: stacks are high addresses.)
    llvm::Value* low = b.CreateSub(sp, b.getInt64(CSP_DEEP_RESERVE));
    llvm::Value* isShort = b.CreateICmpULE(low, guard);
    auto* again = llvm::BasicBlock::Create(ctx, "reentry", &f, rest);
    llvm::MDBuilder md(ctx);
    b.CreateCondBr(isShort, again, rest, md.createUnlikelyBranchWeights());
    b.SetInsertPoint(again);
    std::vector<llvm::Type*> params = {llvm::PointerType::get(ctx, 0)};
    llvm::FunctionType* fty = f.getFunctionType();
    params.insert(params.end(), fty->param_begin(), fty->param_end());
    auto* dty = llvm::FunctionType::get(fty->getReturnType(), params, false);
    std::vector<llvm::Value*> args = {&f};
    for (llvm::Argument& a : f.args()) args.push_back(&a);
    llvm::CallInst* call = b.CreateCall(dty, deep, args);
    std::vector<llvm::AttributeSet> pattrs = {llvm::AttributeSet::get(ctx, {llvm::Attribute::get(ctx, llvm::Attribute::Nest)})};
    for (unsigned i = 0; i < fty->getNumParams(); i++) pattrs.push_back(f.getAttributes().getParamAttrs(i));
    call->setAttributes(llvm::AttributeList::get(ctx, llvm::AttributeSet(), f.getAttributes().getRetAttrs(), pattrs));
    call->setCallingConv(f.getCallingConv());
    call->setTailCallKind(llvm::CallInst::TCK_Tail);
    if (llvm::DISubprogram* sp = f.getSubprogram()) call->setDebugLoc(llvm::DILocation::get(ctx, sp->getLine(), 0, sp));
    if (fty->getReturnType()->isVoidTy()) b.CreateRetVoid();
    else b.CreateRet(call);
  }
};

// Whether csp_deep_call can pass f's arguments (it copies 64 bytes of stack arguments; no
// aggregate arguments) and its result.
bool isScalar(llvm::Type* t) {
  return (t->isIntegerTy() && t->getIntegerBitWidth() <= 64) || t->isPointerTy() || t->isFloatTy() ||
         t->isDoubleTy();
}

bool reentryArgsFit(llvm::FunctionType* fty) {
  if (fty->isVarArg()) return false;
  // The result must come back in rax/rdx/xmm0/xmm1, which csp_deep_call keeps across the
  // release (LLVM returns larger aggregates in rcx, r8 and xmm2-3 too).
  llvm::Type* r = fty->getReturnType();
  if (auto* st = llvm::dyn_cast<llvm::StructType>(r)) {
    if (st->getNumElements() > 2) return false;
    for (llvm::Type* e : st->elements())
      if (!isScalar(e)) return false;
  } else if (!r->isVoidTy() && !isScalar(r)) {
    return false;
  }
  unsigned gprs = 0, sses = 0;
  for (llvm::Type* t : fty->params()) {
    if (!isScalar(t)) return false;
    if (t->isFloatingPointTy()) sses++;
    else gprs++;
  }
  return (gprs > 6 ? gprs - 6 : 0) + (sses > 8 ? sses - 8 : 0) <= 8;
}

}  // namespace

void optimizeModule(llvm::Module& m, llvm::TargetMachine& tm, int optLevel) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  switch (optLevel) {
    case 0: mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0); break;
    case 1: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1); break;
    case 2: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2); break;
    default: mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3); break;
  }
  mpm.addPass(llvm::createModuleToFunctionPassAdaptor(PreemptPollPass()));
  DeepCallPass deepCalls;
  deepCalls.optLevel = optLevel;
  mpm.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(deepCalls)));
  mpm.run(m, mam);
}

}  // namespace csp
