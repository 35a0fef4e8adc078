// jit/codegen_defer.cpp: defer statements, the landing pad of functions that have them, and
// recover (the runtime side and the protocol: runtime/panic.h; why unwinding: docs/decisions.md,
// "Panics").
//
// A function with defer statements:
//   entry:   mark = g->defer                       (the defer chain's head at entry)
//   defer:   record {link = g->defer, fn = thunk closure}; g->defer = &record
//   return:  results into their slots; br exit
//   exit:    invoke csp_run_defers(g, mark, false) -> ret | lpad;  ret: read the slots, return
//   lpad:    landingpad catch-all; csp_panic_caught; invoke csp_run_defers(g, mark, true)
//            -> (recovered ? ret : resume) | lpad;  resume: csp_panic_resume(g)
// Every call in it that may unwind is an invoke to lpad (FuncGen::emitCall), so a panic in
// the body, in a deferred call or in a callee lands there.
//
// `defer f(a, b)`: the operands (function value or receiver, arguments) are evaluated at the
// statement, as Go's spec says, and stored in a closure whose code, the thunk "csp.defer.N",
// makes the call with them: the thunk generates the original call expression with each
// operand replaced by its stored value (FuncGen::subst), so every kind of call (user
// functions, builtins, library functions) is deferred the same way. Records and closures
// live in the frame, or on the GC heap for defer statements inside loops.
//
// recover(): Go's rule is that recover stops a panic only when called directly by a deferred
// call run for that panic. The thunk stores its target function in g->defer_fn just before
// calling it; a function that calls recover() compares g->defer_fn with itself at entry (and
// clears it), which makes canRecover_ true only for the deferred function itself, not for
// functions it calls. The runtime checks the rest (a panic is running, not yet recovered, and
// the innermost csp_run_defers is the one that panic started).
#include "jit/codegen.h"

namespace csp {

namespace {

llvm::FunctionCallee personality(llvm::Module& m) {
  auto* ty = llvm::FunctionType::get(llvm::Type::getInt32Ty(m.getContext()), true);
  return m.getOrInsertFunction("__gxx_personality_v0", ty);
}

// The expressions of a deferred call that are evaluated at the defer statement.
std::vector<Expr*> deferOperands(CallExpr* call) {
  std::vector<Expr*> ops;
  Expr* fun = unparen(call->fun);
  if (call->callKind == CallKind::Call) {
    bool direct = false;
    if (auto* id = fun->as<Ident>()) direct = id->obj && id->obj->kind == ObjKind::Func;
    if (auto* sel = fun->as<SelectorExpr>()) direct = sel->sel->obj && sel->sel->obj->kind == ObjKind::Func;
    if (!direct) ops.push_back(fun);  // a func value, or a method value x.M (receiver bound now)
  }
  for (Expr* a : call->args) ops.push_back(a);
  return ops;
}

// The function a deferred call calls, when it is known statically.
llvm::Value* directTarget(ModuleGen& m, CallExpr* call) {
  if (call->callKind != CallKind::Call) return nullptr;
  Expr* fun = unparen(call->fun);
  Object* fn = nullptr;
  if (auto* id = fun->as<Ident>()) fn = id->obj;
  if (auto* sel = fun->as<SelectorExpr>()) fn = sel->sel->obj;
  if (fn && fn->kind == ObjKind::Func && fn->decl) return m.function(fn->decl);
  return nullptr;
}

}  // namespace

void FuncGen::beginDefers() {
  fn_->setPersonalityFn(llvm::cast<llvm::Constant>(personality(m_.mod()).getCallee()));
  lpad_ = newBlock("lpad");
  exit_ = newBlock("exit");
  deferMark_ = b_.CreateLoad(b_.getPtrTy(), g(), "defer.mark");
}

void FuncGen::finishDefers() {
  llvm::BasicBlock* ret = newBlock("ret");
  llvm::BasicBlock* resume = newBlock("resume");
  llvm::BasicBlock* lpadRun = newBlock("lpad.run");
  llvm::BasicBlock* lpadDone = newBlock("lpad.done");
  // Normal return: run the deferred calls; a panic in one of them goes to the landing pad.
  b_.SetInsertPoint(exit_);
  rtCall(RtFn::run_defers, {g(), deferMark_, b_.getFalse()});
  b_.CreateBr(ret);
  // The landing pad: every panic that reaches this frame.
  b_.SetInsertPoint(lpad_);
  llvm::LandingPadInst* lp = b_.CreateLandingPad(llvm::StructType::get(b_.getPtrTy(), b_.getInt32Ty()), 1);
  lp->addClause(llvm::ConstantPointerNull::get(b_.getPtrTy()));  // catch (...)
  b_.CreateCall(m_.rt().fn(RtFn::panic_caught), {b_.CreateExtractValue(lp, 0)});
  b_.CreateBr(lpadRun);
  b_.SetInsertPoint(lpadRun);
  llvm::Value* recovered = rtCall(RtFn::run_defers, {g(), deferMark_, b_.getTrue()});
  b_.CreateBr(lpadDone);
  b_.SetInsertPoint(lpadDone);
  b_.CreateCondBr(recovered, ret, resume);
  b_.SetInsertPoint(resume);
  llvm::CallInst* again = b_.CreateCall(m_.rt().fn(RtFn::panic_resume), {g()});
  again->setDoesNotReturn();
  b_.CreateUnreachable();
  // Return what the result slots hold now (deferred calls may have changed them).
  b_.SetInsertPoint(ret);
  std::vector<llvm::Value*> vals;
  for (size_t i = 0; i < resultSlots_.size(); i++) vals.push_back(load(resultSlots_[i], abi_.results[i]));
  genReturnValues(vals);
}

// The closure of a go or defer statement: `call`'s operands (function value or receiver,
// arguments) evaluated now, in Go's order, and a thunk ("csp.defer.N" / "csp.go.N") whose
// code makes the call with them. defer's thunk also sets g->defer_fn for recover's rule.
FuncGen::Suspended FuncGen::suspendedCall(CallExpr* call, Pos pos, bool isDefer) {
  Suspended out;
  out.ops = deferOperands(call);
  hoistCalls(out.ops);
  std::vector<llvm::Type*> fields = {b_.getPtrTy()};  // the closure: code, then the values
  for (Expr* op : out.ops) {
    std::vector<const Type*> ts;
    out.vals.push_back(genValues({op}, &ts));
    for (const Type* t : ts) fields.push_back(m_.llvmType(t));
    out.types.push_back(ts);
  }
  out.envTy = llvm::StructType::get(m_.ctx(), fields);

  static const Signature kNone;
  const FuncABI& thunkAbi = m_.abi(&kNone);
  const char* kind = isDefer ? "csp.defer" : "csp.go";
  std::string name = std::string(kind) + "." + goName_ + "." + std::to_string(++deferCount_);
  out.thunk = m_.newFunction(thunkAbi, name, kind, pos.line);
  FuncGen tg(m_, out.thunk, thunkAbi, kind, pos.line);
  tg.setLoc(pos);
  llvm::Value* env = tg.env_;
  unsigned field = 1;
  for (size_t i = 0; i < out.ops.size(); i++) {
    std::vector<llvm::Value*> loaded;
    for (const Type* t : out.types[i]) {
      llvm::Value* addr = tg.b_.CreateStructGEP(out.envTy, env, field++);
      loaded.push_back(tg.load(addr, t));
    }
    tg.subst()[out.ops[i]] = loaded;
  }
  llvm::Value* slot = tg.b_.CreateConstGEP1_64(tg.b_.getInt8Ty(), tg.g(), RuntimeABI::kGDeferFn);
  if (llvm::Value* target = directTarget(m_, call)) {
    if (isDefer) tg.b_.CreateStore(target, slot);
    tg.genCall(call);
  } else if (call->callKind == CallKind::Call) {
    // A function value (a closure, or the method value x.M bound at the statement): for
    // defer, its code is the deferred function for recover's rule.
    llvm::Value* clo = tg.subst()[unparen(call->fun)].empty() ? nullptr : tg.subst()[unparen(call->fun)][0];
    if (clo && isDefer) {
      tg.nilCheck(clo, pos);
      tg.b_.CreateStore(tg.b_.CreateLoad(tg.b_.getPtrTy(), clo), slot);
    }
    tg.genFuncValueCall(call);
  } else {
    tg.genCall(call);
  }
  tg.b_.CreateRetVoid();
  return out;
}

// Stores the evaluated operands and the thunk into the closure at env.
void FuncGen::storeSuspended(const Suspended& sc, llvm::Value* env) {
  b_.CreateStore(sc.thunk, b_.CreateStructGEP(sc.envTy, env, 0));
  unsigned field = 1;
  for (size_t i = 0; i < sc.ops.size(); i++)
    for (size_t k = 0; k < sc.vals[i].size(); k++) {
      llvm::Value* addr = b_.CreateStructGEP(sc.envTy, env, field++);
      store(addr, sc.vals[i][k], sc.types[i][k]);
    }
}

// defer f(args)
void FuncGen::genDefer(DeferStmt* s) {
  auto* call = unparen(s->call)->as<CallExpr>();
  if (!call) return;
  Suspended sc = suspendedCall(call, s->pos, true);
  llvm::StructType* recTy = llvm::StructType::get(m_.ctx(), {m_.rt().deferTy(), sc.envTy});
  // The record and the closure, in the frame or (inside a loop) on the heap.
  llvm::Value* rec;
  if (inLoop()) {
    llvm::Constant* size = llvm::ConstantExpr::getSizeOf(recTy);
    rec = rtCall(RtFn::alloc, {size});
  } else {
    rec = entryAlloca(recTy, "defer.rec");
  }
  llvm::Value* env = b_.CreateStructGEP(recTy, rec, 1);
  storeSuspended(sc, env);
  llvm::Value* d = b_.CreateStructGEP(recTy, rec, 0);
  b_.CreateStore(b_.CreateLoad(b_.getPtrTy(), g()), b_.CreateStructGEP(m_.rt().deferTy(), d, 0));
  b_.CreateStore(env, b_.CreateStructGEP(m_.rt().deferTy(), d, 1));
  b_.CreateStore(d, g());  // g->defer = d
}

// go f(args): the same closure as defer's, on the heap, handed to the scheduler. A nil
// function value is Go's "fatal error: go of nil func value", at the go statement.
void FuncGen::genGo(GoStmt* s) {
  auto* call = unparen(s->call)->as<CallExpr>();
  if (!call) return;
  // go f() with f a func() value (most often a literal): the closure is already what the
  // scheduler calls, code(g, env), so it is handed over as it is: no thunk, no second
  // allocation per go statement.
  if (call->callKind == CallKind::Call && call->args.empty() && !directTarget(m_, call)) {
    auto* sig = call->fun->type->underlying()->as<Signature>();
    if (sig && sig->params.empty() && sig->results.empty() && !sig->variadic) {
      llvm::Value* f = genExpr(call->fun);
      panicIf(b_.CreateIsNull(f), [&] {
        setLoc(s->pos);
        rtCallNoReturn(RtFn::go_nil, {});
      });
      setLoc(s->pos);
      rtCall(RtFn::go, {g(), f});
      return;
    }
  }
  Suspended sc = suspendedCall(call, s->pos, false);
  if (call->callKind == CallKind::Call && !directTarget(m_, call) && !sc.vals.empty() && !sc.vals[0].empty()) {
    panicIf(b_.CreateIsNull(sc.vals[0][0]), [&] {
      setLoc(s->pos);
      rtCallNoReturn(RtFn::go_nil, {});
    });
  }
  llvm::Value* env;
  if (sc.envTy->getNumElements() == 1) {
    // Nothing evaluated at the go statement (go f() with f a declared function): the
    // closure is only the thunk, the same every time, so it is a constant, not an
    // allocation per go statement.
    auto* init = llvm::ConstantStruct::get(sc.envTy, {sc.thunk});
    auto* gv = new llvm::GlobalVariable(*b_.GetInsertBlock()->getModule(), sc.envTy, true,
                                        llvm::GlobalValue::PrivateLinkage, init, "go.closure");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(16));
    env = gv;
  } else {
    env = rtCall(RtFn::alloc_closure, {llvm::ConstantExpr::getSizeOf(sc.envTy)});
    storeSuspended(sc, env);
  }
  setLoc(s->pos);
  rtCall(RtFn::go, {g(), env});
}

void FuncGen::genRecoverCheck() {
  llvm::Value* slot = b_.CreateConstGEP1_64(b_.getInt8Ty(), g(), RuntimeABI::kGDeferFn);
  llvm::Value* target = b_.CreateLoad(b_.getPtrTy(), slot);
  canRecover_ = b_.CreateICmpEQ(target, fn_, "can.recover");
  b_.CreateStore(b_.CreateSelect(canRecover_, llvm::ConstantPointerNull::get(b_.getPtrTy()), target), slot);
}

llvm::Value* FuncGen::genRecover() {
  return rtCall(RtFn::recover, {g(), canRecover_ ? canRecover_ : b_.getFalse()});
}

}  // namespace csp
