// jit/codegen_func.cpp: FuncGen basics: the calling convention (prologue, returns, calls),
// blocks, variables, memory values and panic helpers.
//
// Invariants: allocas are only ever created in the entry block (entryAlloca), before its
// first non-alloca instruction, so mem2reg can promote them; variables are keyed by their
// Object. Results: a function with defer statements or named results keeps every result in
// a slot (resultSlots_); `return` stores into the slots and the epilogue reads them after the
// deferred calls ran, which is how deferred closures see and change named results.
#include "jit/codegen.h"
#include "runtime/csp_rt.h"

#include <llvm/IR/MDBuilder.h>

namespace csp {

FuncGen::FuncGen(ModuleGen& m, llvm::Function* fn, const FuncABI& abi, std::string goName, int line)
    : m_(m), fn_(fn), abi_(abi), goName_(std::move(goName)), b_(m.ctx()) {
  sp_ = fn->getSubprogram();
  entry_ = llvm::BasicBlock::Create(m.ctx(), "entry", fn);
  b_.SetInsertPoint(entry_);
  g_ = fn->getArg(0);
  env_ = fn->getArg(1);
  setLoc(Pos{line, 1});
}

llvm::BasicBlock* FuncGen::newBlock(const char* name) {
  return llvm::BasicBlock::Create(m_.ctx(), name, fn_);
}

void FuncGen::setBlock(llvm::BasicBlock* bb) {
  br(bb);
  b_.SetInsertPoint(bb);
}

// A loop's header: every iteration passes it, so it polls for preemption (runtime/csp_rt.h,
// CSP_STACK_POISON): a volatile load of the thread's stack guard slot (%fs:0x70, address
// space 257), one compare, and a cold call. Function entries need no poll: their stack check
// reads the same slot.
void FuncGen::loopHeader(llvm::BasicBlock* bb) {
  setBlock(bb);
  auto* slot = llvm::ConstantExpr::getIntToPtr(b_.getInt64(0x70), llvm::PointerType::get(b_.getContext(), 257));
  llvm::LoadInst* guard = b_.CreateLoad(b_.getInt64Ty(), slot, /*isVolatile=*/true, "guard");
  llvm::Value* poisoned = b_.CreateICmpEQ(guard, b_.getInt64(CSP_STACK_POISON));
  llvm::BasicBlock* yield = newBlock("preempt");
  llvm::BasicBlock* cont = newBlock("loop.head");
  llvm::MDBuilder md(b_.getContext());
  b_.CreateCondBr(poisoned, yield, cont, md.createUnlikelyBranchWeights());
  b_.SetInsertPoint(yield);
  rtCall(RtFn::preempt, {});
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

void FuncGen::br(llvm::BasicBlock* to) {
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(to);
}

void FuncGen::startDeadBlock() { b_.SetInsertPoint(newBlock("dead")); }

llvm::AllocaInst* FuncGen::entryAlloca(llvm::Type* ty, const std::string& name) {
  llvm::IRBuilder<> ab(entry_, entry_->getFirstNonPHIOrDbgOrAlloca());
  return ab.CreateAlloca(ty, nullptr, name);
}

llvm::Value* FuncGen::temp(const Type* t, const std::string& name) {
  llvm::AllocaInst* a = entryAlloca(m_.llvmType(t), name);
  a->setAlignment(llvm::Align(m_.layout().align(t)));
  return a;
}

llvm::Value* FuncGen::dummy(const Type* t) {
  if (t && m_.isMemory(t)) return temp(t, "dummy");
  return llvm::UndefValue::get(m_.llvmType(t));
}

llvm::Value* FuncGen::load(llvm::Value* addr, const Type* t) {
  if (!m_.isMemory(t)) return b_.CreateLoad(m_.llvmType(t), addr);
  llvm::Value* copy = temp(t);
  uint64_t size = m_.layout().size(t);
  if (size) b_.CreateMemCpy(copy, llvm::MaybeAlign(m_.layout().align(t)), addr,
                            llvm::MaybeAlign(m_.layout().align(t)), size);
  return copy;
}

void FuncGen::store(llvm::Value* addr, llvm::Value* v, const Type* t) {
  if (!addr || !v) return;
  if (!m_.isMemory(t)) {
    b_.CreateStore(v, addr);
    return;
  }
  uint64_t size = m_.layout().size(t);
  // memmove: `a = a` and overlapping array elements are legal.
  if (size) b_.CreateMemMove(addr, llvm::MaybeAlign(m_.layout().align(t)), v,
                             llvm::MaybeAlign(m_.layout().align(t)), size);
}

// The address of a variable: a global, a frame slot, the current heap cell of an escaping
// variable (declareVar allocates one per declaration), or a captured variable's cell.
llvm::Value* FuncGen::varAddr(Object* var) {
  if (var->isGlobal) return m_.global(var);
  auto it = locals_.find(var);
  if (it != locals_.end()) return it->second;
  if (var->escapes()) {
    if (!heapSlots_.count(var)) {  // used before its declaration was generated (sema allows none)
      llvm::IRBuilder<>::InsertPointGuard guard(b_);
      b_.SetInsertPoint(entry_, entry_->getFirstNonPHIOrDbgOrAlloca());
      declareVar(var);
    }
    return b_.CreateLoad(b_.getPtrTy(), heapSlots_[var]);
  }
  m_.checkVarSize(var);
  llvm::Value* a = temp(var->type, var->name);
  locals_[var] = a;
  return a;
}

llvm::Value* FuncGen::addrOf(Expr* lhs) {
  lhs = unparen(lhs);
  if (auto* id = lhs->as<Ident>()) return id->obj ? varAddr(id->obj) : nullptr;
  if (auto* sel = lhs->as<SelectorExpr>()) {
    if (sel->selKind == SelKind::Qualified && sel->sel->obj) return varAddr(sel->sel->obj);
    if (sel->selKind == SelKind::Field) {
      const Type* t;
      return selectorAddr(sel, &t);
    }
  }
  if (auto* ix = lhs->as<IndexExpr>()) {
    if (ix->x->type->underlying()->kind == TypeKind::Map) return mapAssignAddr(ix);
    return indexAddr(ix);
  }
  if (auto* st = lhs->as<StarExpr>()) {
    llvm::Value* p = genExpr(st->x);
    nilCheck(p, st->pos);
    return p;
  }
  m_.notImplemented(lhs->pos, "assignment to this kind of expression");
  return nullptr;
}

llvm::Value* FuncGen::toInt64(llvm::Value* v, const Type* t) {
  llvm::Type* i64 = b_.getInt64Ty();
  if (v->getType() == i64) return v;
  return t->isUnsigned() ? b_.CreateZExt(v, i64) : b_.CreateSExt(v, i64);
}

// ---- calls ---------------------------------------------------------------------------------

llvm::CallBase* FuncGen::emitCall(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args, bool mayUnwind) {
  if (lpad_ && mayUnwind) {
    llvm::BasicBlock* cont = newBlock("invoke.cont");
    llvm::InvokeInst* inv = b_.CreateInvoke(f, cont, lpad_, args);
    b_.SetInsertPoint(cont);
    return inv;
  }
  llvm::CallInst* c = b_.CreateCall(f, args);
  // A call into C++ (runtime entry points, bridges) is never a sibling call: a goroutine
  // parked in one must keep its csp caller's frame for goroutine dumps (the frame-pointer
  // walk in runtime/sched/sched.cpp). csp-to-csp calls keep LLVM's tail-call optimizations.
  if (auto* callee = llvm::dyn_cast<llvm::Function>(f.getCallee()); callee && callee->isDeclaration())
    c->setTailCallKind(llvm::CallInst::TCK_NoTail);
  return c;
}

llvm::Value* FuncGen::rtCall(RtFn f, llvm::ArrayRef<llvm::Value*> args) {
  llvm::CallBase* c = emitCall(m_.rt().fn(f), args, RuntimeABI::mayUnwind(f));
  return c->getType()->isVoidTy() ? nullptr : c;
}

void FuncGen::rtCallNoReturn(RtFn f, llvm::ArrayRef<llvm::Value*> args) {
  llvm::CallBase* c = emitCall(m_.rt().fn(f), args, RuntimeABI::mayUnwind(f));
  c->setDoesNotReturn();
  // Each panic site keeps its own call: merged calls (SimplifyCFG sinking, branch folding)
  // get a merged debug location, line 0, and the trace would print `file:0`.
  c->addFnAttr(llvm::Attribute::NoMerge);
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateUnreachable();
  startDeadBlock();
}

std::vector<llvm::Value*> FuncGen::callCsp(llvm::FunctionCallee callee, const FuncABI& abi,
                                           llvm::Value* env, const std::vector<llvm::Value*>& args) {
  std::vector<llvm::Value*> ll(abi.type->getNumParams(), nullptr);
  ll[0] = g();
  ll[1] = env ? env : llvm::ConstantPointerNull::get(b_.getPtrTy());
  std::vector<llvm::Value*> outs(abi.results.size(), nullptr);
  for (size_t i = 0; i < abi.results.size(); i++)
    if (abi.outArg[i] >= 0) ll[abi.outArg[i]] = outs[i] = temp(abi.results[i], "ret");
  for (size_t i = 0; i < args.size() && abi.firstParam + i < ll.size(); i++) ll[abi.firstParam + i] = args[i];
  for (llvm::Value*& v : ll)
    if (!v) v = llvm::UndefValue::get(b_.getPtrTy());  // only after an error was reported
  llvm::CallBase* call = emitCall(callee, ll, true);
  std::vector<llvm::Value*> results(abi.results.size(), nullptr);
  for (size_t i = 0; i < abi.results.size(); i++) {
    if (outs[i]) results[i] = outs[i];
    else results[i] = abi.retStruct ? b_.CreateExtractValue(call, abi.retIndex[i]) : call;
  }
  return results;
}

// ---- function bodies -----------------------------------------------------------------------

namespace {

// Does the function body (not nested function literals) contain a defer statement?
bool hasDeferIn(const std::vector<Stmt*>& list);
bool hasDeferIn(Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Defer: return true;
    case StmtKind::Block: return hasDeferIn(s->as<BlockStmt>()->list);
    case StmtKind::Labeled: return hasDeferIn(s->as<LabeledStmt>()->stmt);
    case StmtKind::If: {
      auto* i = s->as<IfStmt>();
      return hasDeferIn(i->init) || hasDeferIn(i->body) || hasDeferIn(i->elseStmt);
    }
    case StmtKind::For: {
      auto* f = s->as<ForStmt>();
      return hasDeferIn(f->init) || hasDeferIn(f->post) || hasDeferIn(f->body);
    }
    case StmtKind::Range: return hasDeferIn(s->as<RangeStmt>()->body);
    case StmtKind::Switch: {
      auto* sw = s->as<SwitchStmt>();
      if (hasDeferIn(sw->init)) return true;
      for (CaseClause* c : sw->clauses)
        if (hasDeferIn(c->body)) return true;
      return false;
    }
    case StmtKind::TypeSwitch: {
      auto* sw = s->as<TypeSwitchStmt>();
      if (hasDeferIn(sw->init)) return true;
      for (CaseClause* c : sw->clauses)
        if (hasDeferIn(c->body)) return true;
      return false;
    }
    case StmtKind::Select:
      for (CommClause* c : s->as<SelectStmt>()->clauses)
        if (hasDeferIn(c->body)) return true;
      return false;
    default: return false;
  }
}
bool hasDeferIn(const std::vector<Stmt*>& list) {
  for (Stmt* s : list)
    if (hasDeferIn(s)) return true;
  return false;
}

}  // namespace

// Parameters (receiver first) and results of a function body: parameters are stored into
// their variables (a memory-typed one is the caller's copy, kept in place unless it escapes);
// results get slots when they are named or the function has defers.
void FuncGen::genPrologue(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig, bool defers,
                          bool startDefers) {
  sig_ = sig;
  unsigned argNo = abi_.firstParam;
  auto bindParams = [&](const std::vector<Field*>& fields) {
    for (Field* f : fields) {
      size_t n = f->names.empty() ? 1 : f->names.size();
      for (size_t k = 0; k < n; k++) {
        llvm::Argument* arg = fn_->getArg(argNo++);
        Ident* name = f->names.empty() ? nullptr : f->names[k];
        if (!name || !name->obj) continue;
        arg->setName(name->name);
        Object* v = name->obj;
        if (m_.isMemory(v->type) && !v->escapes()) {
          if (coro_) {  // the caller's copy outlives only the ramp: the frame keeps its own
            llvm::Value* copy = temp(v->type, name->name);
            store(copy, arg, v->type);
            locals_[v] = copy;
          } else {
            locals_[v] = arg;  // the caller's copy is ours
          }
          continue;
        }
        declareVar(v);
        store(varAddr(v), arg, v->type);
      }
    }
  };
  if (recv) bindParams(*recv);
  if (ft) bindParams(ft->params);
  bool named = false;
  if (ft)
    for (Field* f : ft->results)
      if (!f->names.empty()) named = true;
  if ((named || defers) && ft) {
    size_t ri = 0;
    for (Field* f : ft->results) {
      size_t n = f->names.empty() ? 1 : f->names.size();
      for (size_t k = 0; k < n; k++, ri++) {
        Ident* name = f->names.empty() ? nullptr : f->names[k];
        const Type* t = sig->results[ri];
        llvm::Value* slot;
        if (name && name->obj) {
          declareVar(name->obj);
          slot = varAddr(name->obj);
        } else {
          slot = temp(t, "result");
        }
        storeZero(slot, t);
        resultSlots_.push_back(slot);
        resultObjs_.push_back(name ? name->obj : nullptr);
      }
    }
  }
  if (defers && startDefers) beginDefers();
}

// func name(params) results { body }
void FuncGen::genFuncBody(FuncDecl* decl) {
  Object* obj = decl->name ? decl->name->obj : nullptr;
  const Signature* sig = decl->bodySig ? decl->bodySig : obj && obj->type ? obj->type->as<Signature>() : nullptr;
  bool defers = decl->body && hasDeferIn(decl->body->list);
  std::vector<Field*> recv;
  if (decl->recv) recv.push_back(decl->recv);
  if (coro_) {  // (recover in a task is never called directly by a deferred call of its caller)
    genCoroutineBody(decl->recv ? &recv : nullptr, decl->sig, sig, defers, decl->body->list);
    return;
  }
  if (decl->hasRecover) genRecoverCheck();
  genPrologue(decl->recv ? &recv : nullptr, decl->sig, sig, defers);
  genStmts(decl->body->list);
  finishFunction();
}

// func(params) results { body }: captured variables' cells are read from the closure.
void FuncGen::genFuncLitBody(FuncLit* lit) {
  const Signature* sig = lit->bodySig ? lit->bodySig : lit->type->as<Signature>();
  bool defers = lit->body && hasDeferIn(lit->body->list);
  if (lit->hasRecover && !coro_) genRecoverCheck();
  for (size_t i = 0; i < lit->captures.size(); i++) {
    Object* v = lit->captures[i];
    captureIndex_[v] = static_cast<unsigned>(i);
    locals_[v] = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstGEP1_64(b_.getPtrTy(), env_, i + 1), v->name + ".cell");
  }
  if (coro_) {
    genCoroutineBody(nullptr, lit->sig, sig, defers, lit->body->list);
    return;
  }
  genPrologue(nullptr, lit->sig, sig, defers);
  if (lit->body) genStmts(lit->body->list);
  finishFunction();
}

// Package-level `lhs = rhs` in Go's initialization order.
void FuncGen::genPackageInits(const std::vector<PackageInit>& inits) {
  for (const PackageInit& init : inits) {
    std::vector<const Type*> types;
    std::vector<llvm::Value*> vals;
    if (init.rhs.size() == init.lhs.size()) {  // one root per value, as for local vars
      for (Expr* v : init.rhs) {
        setLoc(v->pos);
        hoistCalls(v);
        vals.push_back(genExpr(v));
        types.push_back(v->type);
      }
    } else {
      setLoc(init.rhs[0]->pos);
      hoistCalls(init.rhs);
      vals = genValues(init.rhs, &types);
    }
    for (size_t i = 0; i < init.lhs.size() && i < vals.size(); i++) {
      Object* var = init.lhs[i];
      if (!var) continue;
      store(m_.global(var), convertForAssign(vals[i], types[i], var->type, init.rhs[0]->pos), var->type);
    }
  }
  finishFunction();
}

// Returns vals (one per result, converted) from the current block, as the ABI says.
void FuncGen::genReturnValues(const std::vector<llvm::Value*>& vals) {
  if (coro_) {
    genCoroReturn(vals);
    return;
  }
  llvm::Type* rty = fn_->getReturnType();
  llvm::Value* agg = abi_.retStruct ? llvm::PoisonValue::get(rty) : nullptr;
  llvm::Value* single = nullptr;
  for (size_t i = 0; i < abi_.results.size() && i < vals.size(); i++) {
    if (abi_.outArg[i] >= 0) {
      store(fn_->getArg(abi_.outArg[i]), vals[i], abi_.results[i]);
    } else if (abi_.retStruct) {
      agg = b_.CreateInsertValue(agg, vals[i], abi_.retIndex[i]);
    } else {
      single = vals[i];
    }
  }
  if (rty->isVoidTy()) b_.CreateRetVoid();
  else b_.CreateRet(agg ? agg : single ? single : llvm::UndefValue::get(rty));
}

// return [results]
void FuncGen::genReturn(ReturnStmt* s) {
  std::vector<llvm::Value*> vals;
  if (!s->results.empty()) {
    std::vector<const Type*> types;
    hoistCalls(s->results);
    vals = genValues(s->results, &types);
    for (size_t i = 0; i < vals.size() && sig_ && i < sig_->results.size(); i++)
      vals[i] = convertForAssign(vals[i], types[i], sig_->results[i], s->pos);
  }
  // A function with deferred calls returns through its exit block, which runs them (also
  // when it has no results: a bare `return` used to `ret` past them).
  if (lpad_ && resultSlots_.empty()) {
    b_.CreateBr(exit_);
    startDeadBlock();
    return;
  }
  if (!resultSlots_.empty()) {
    // Results go to their slots first: the deferred calls may read and change them.
    for (size_t i = 0; i < vals.size() && i < resultSlots_.size(); i++)
      store(resultSlots_[i], vals[i], sig_->results[i]);
    if (lpad_) {
      b_.CreateBr(exit_);
      startDeadBlock();
      return;
    }
    vals.clear();
    for (size_t i = 0; i < resultSlots_.size(); i++) vals.push_back(load(resultSlots_[i], sig_->results[i]));
  }
  genReturnValues(vals);
  startDeadBlock();
}

// Falling off the end of the body; then the defer machinery's blocks.
void FuncGen::finishFunction() {
  if (!b_.GetInsertBlock()->getTerminator()) {
    if (lpad_) b_.CreateBr(exit_);
    else if (coro_ && abi_.results.empty()) genCoroReturn({});
    else if (abi_.results.empty()) b_.CreateRetVoid();
    else b_.CreateUnreachable();  // sema reported "missing return"
  }
  if (lpad_) finishDefers();
}

}  // namespace csp
