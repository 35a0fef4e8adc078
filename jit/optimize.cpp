// jit/optimize.cpp: the optimisation pipeline (LLVM's new pass manager).
//
// The analysis managers live only for one run; nothing is cached between modules.
#include "jit/optimize.h"

#include "runtime/csp_rt.h"

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>

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
  mpm.run(m, mam);
}

}  // namespace csp
