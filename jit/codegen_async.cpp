// jit/codegen_async.cpp: async functions and await (csp extension; docs/tasks.md).
//
// An async function f is generated as two LLVM functions:
//  - the coroutine, `f.co(g, env, task, results, params...) -> handle`, a switched-resume
//    LLVM coroutine (presplitcoroutine; CoroSplit turns it into a ramp and .resume/.destroy
//    clones at every -O level). Its ramp allocates the frame on the GC heap, copies the
//    parameters into it and suspends at once (the initial suspension); the task's G resumes
//    it (runtime/task/task.cpp). After that suspension it reads its g from the task (the G
//    that runs the task, fixed for the task's life). `return` stores the results at
//    `results` and makes the final suspension.
//  - the wrapper, f itself (f's value, with the csp calling convention of its type
//    `func(params) async R`): csp_task_new, the ramp, csp_task_start, return the task. So
//    function values, method values and interfaces need nothing of their own.
// await t: in a coroutine, csp_task_await_begin, and if the task is not done a suspension
// (the task's G then waits without its stack), then csp_task_result; elsewhere (main)
// csp_task_wait, which parks. The results are loaded from the task's result area.
#include "jit/codegen.h"

#include <llvm/IR/Intrinsics.h>

#include <functional>

namespace csp {

const FuncABI& ModuleGen::coroAbi(const Signature* body) {
  auto it = coroAbis_.find(body);
  if (it != coroAbis_.end()) return *it->second;
  auto a = std::make_unique<FuncABI>();
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx_);
  std::vector<llvm::Type*> params = {ptr, ptr, ptr, ptr};
  if (body->recv) a->params.push_back(body->recv);
  for (const Type* p : body->params) a->params.push_back(p);
  a->results = body->results;
  a->outArg.assign(body->results.size(), -1);
  a->retIndex.assign(body->results.size(), -1);
  a->firstParam = 4;
  for (const Type* p : a->params) params.push_back(isMemory(p) ? ptr : llvmType(p));
  a->type = llvm::FunctionType::get(ptr, params, false);
  return *coroAbis_.emplace(body, std::move(a)).first->second;
}

uint64_t ModuleGen::taskResultLayout(const std::vector<const Type*>& results, std::vector<uint64_t>* offsets) {
  uint64_t off = 0;
  for (const Type* r : results) {
    uint64_t align = layout_->align(r);
    off = (off + align - 1) / align * align;
    if (offsets) offsets->push_back(off);
    off += layout_->size(r);
  }
  return off;
}

llvm::Function* ModuleGen::coroutine(FuncDecl* decl) {
  auto it = coros_.find(decl);
  if (it != coros_.end()) return it->second;
  llvm::Function* wrapper = function(decl);  // (queues decl: genAsync makes both)
  llvm::DIFile* file = wrapper->getSubprogram() ? wrapper->getSubprogram()->getFile() : nullptr;
  std::string goName = wrapper->getName().str();
  llvm::Function* co = newFunction(coroAbi(decl->bodySig), goName + ".co", goName, decl->pos.line, file);
  co->addFnAttr(llvm::Attribute::PresplitCoroutine);
  coros_[decl] = co;
  return co;
}

void ModuleGen::genAsync(llvm::Function* wrapper, FuncDecl* decl, FuncLit* lit) {
  const Signature* body = decl ? decl->bodySig : lit->bodySig;
  const Signature* value = decl ? decl->name->obj->type->as<Signature>() : lit->type->as<Signature>();
  std::string goName = decl ? wrapper->getName().str() : lit->goName;
  int line = decl ? decl->pos.line : lit->pos.line;
  llvm::DIFile* file = wrapper->getSubprogram() ? wrapper->getSubprogram()->getFile() : nullptr;
  llvm::Function* co;
  if (decl) {
    co = coroutine(decl);
  } else {
    co = newFunction(coroAbi(body), wrapper->getName().str() + ".co", goName, line, file);
    co->addFnAttr(llvm::Attribute::PresplitCoroutine);
  }
  // The wrapper passes its own return address as the task's creation site.
  wrapper->addFnAttr(llvm::Attribute::NoInline);
  {
    FuncGen w(*this, wrapper, abi(value), goName, line);
    w.genAsyncWrapper(co, body);
  }
  FuncGen c(*this, co, coroAbi(body), goName, line);
  c.setCoroutine();
  if (decl) c.genFuncBody(decl);
  else c.genFuncLitBody(lit);
}

// The async function that implements a compiler-known asyncio call for tasks of one type
// (docs/tasks.md), made once per (call, task type): its coroutine's body comes from
// FuncGen::genAsyncioBody.
llvm::Function* ModuleGen::asyncioFunction(int id, const TaskType* task, Object* helper) {
  std::string what;
  switch (id) {
    case kBuiltinAsyncioGather: what = "Gather"; break;
    case kBuiltinAsyncioGatherErrors: what = "GatherErrors"; break;
    case kBuiltinAsyncioShield: what = "Shield"; break;
    case kBuiltinAsyncioWaitFor: what = "WaitFor"; break;
    default: bug("asyncioFunction: not a task-making asyncio call");
  }
  std::string key = what + "." + layout_->key(task);
  auto it = asyncioFns_.find(key);
  if (it != asyncioFns_.end()) return it->second;
  Signature* body = types_.newSignature();
  const Type* errT = types_.errorType();
  switch (id) {
    case kBuiltinAsyncioGather:
    case kBuiltinAsyncioGatherErrors:
      body->params = {types_.sliceOf(task)};
      body->paramNames = {"ts"};
      if (!task->results.empty()) body->results.push_back(types_.sliceOf(task->results[0]));
      if (id == kBuiltinAsyncioGatherErrors) body->results.push_back(types_.sliceOf(errT));
      break;
    case kBuiltinAsyncioShield:
      body->params = {task};
      body->paramNames = {"t"};
      body->results = task->results;
      break;
    default:  // WaitFor
      body->params = {task, helper->type->as<Signature>()->params[1]};
      body->paramNames = {"t", "d"};
      body->results = task->results;
      body->results.push_back(errT);
      break;
  }
  body->resultNames.assign(body->results.size(), "");
  Signature* value = types_.newSignature();
  value->params = body->params;
  value->paramNames = body->paramNames;
  value->results = {types_.taskOf(body->results)};
  value->resultNames = {""};
  std::string name = "asyncio." + what;
  llvm::Function* wrapper = newFunction(abi(value), "csp." + key, name, 0);
  wrapper->addFnAttr(llvm::Attribute::NoInline);
  llvm::Function* co = newFunction(coroAbi(body), "csp." + key + ".co", name, 0);
  co->addFnAttr(llvm::Attribute::PresplitCoroutine);
  asyncioFns_[key] = wrapper;
  {
    FuncGen w(*this, wrapper, abi(value), name, 0);
    w.genAsyncWrapper(co, body);
  }
  FuncGen c(*this, co, coroAbi(body), name, 0);
  c.setCoroutine();
  c.genAsyncioBody(id, task, body, helper);
  return wrapper;
}

// Calls a helper of package asyncio (an async function: returns its task).
llvm::Value* FuncGen::callAsyncioHelper(Object* helper, const std::vector<llvm::Value*>& args) {
  llvm::Function* f = m_.function(helper->decl);
  m_.noteCall(fn_, f);
  return callCsp(f, m_.abi(helper->type->as<Signature>()), nullptr, args)[0];
}

// asyncio.Gather(ts...): a task that awaits each of ts in order and returns their results in
// a new slice (Python's gather: results in the order of the arguments; the first panic, in
// that order, re-panics in its awaiter). GatherErrors: asyncio.settle awaits them all and
// gives each one's error (nil, its panic as an error, or CancelledError); the results are
// those of the tasks without one.
std::vector<llvm::Value*> FuncGen::genGather(CallExpr* e) {
  const auto* result = e->type ? e->type->underlying()->as<TaskType>() : nullptr;
  if (!result) return {dummy(e->type)};
  std::vector<const Type*> types;
  std::vector<llvm::Value*> vals = genValues(e->args, &types);
  const TaskType* task;
  llvm::Value* slice;
  if (e->hasEllipsis) {
    task = types[0]->underlying()->as<SliceType>()->elem->underlying()->as<TaskType>();
    slice = vals[0];
  } else {
    // (No arguments: a task of no results, over an empty slice.)
    task = types.empty() ? m_.types().taskOf({}) : types[0]->underlying()->as<TaskType>();
    slice = packVariadic(vals, types, m_.types().sliceOf(task), e->pos);
  }
  setLoc(e->pos);
  llvm::Function* f = m_.asyncioFunction(e->builtin, task, e->helper);
  m_.noteCall(fn_, f);
  llvm::Value* t = emitCall(f, {g(), llvm::ConstantPointerNull::get(b_.getPtrTy()), slice}, true);
  return {t};
}

// asyncio.Shield(t), asyncio.WaitFor(t, d).
std::vector<llvm::Value*> FuncGen::genTaskOp(CallExpr* e) {
  const auto* task = e->args[0]->type->underlying()->as<TaskType>();
  std::vector<llvm::Value*> args;
  args.push_back(genExpr(e->args[0]));
  if (e->builtin == kBuiltinAsyncioWaitFor)
    args.push_back(convertForAssign(genExpr(e->args[1]), e->args[1]->type, e->helper->type->as<Signature>()->params[1], e->args[1]->pos));
  setLoc(e->pos);
  llvm::Function* f = m_.asyncioFunction(e->builtin, task, e->helper);
  m_.noteCall(fn_, f);
  std::vector<llvm::Value*> ll = {g(), llvm::ConstantPointerNull::get(b_.getPtrTy())};
  for (llvm::Value* a : args) ll.push_back(a);
  return {emitCall(f, ll, true)};
}

void FuncGen::genAsyncioBody(int id, const TaskType* task, const Signature* body, Object* helper) {
  genCoroutine(nullptr, nullptr, body, false, [&] {
    llvm::Type* i64 = b_.getInt64Ty();
    llvm::PointerType* ptr = b_.getPtrTy();
    const Type* r = task->results.empty() ? nullptr : task->results[0];
    std::vector<uint64_t> offs;
    m_.taskResultLayout(task->results, &offs);
    auto resultsOf = [&](llvm::Value* res, std::vector<llvm::Value*>* out) {
      for (size_t i = 0; i < task->results.size(); i++)
        out->push_back(load(b_.CreateConstGEP1_64(b_.getInt8Ty(), res, offs[i]), task->results[i]));
    };
    if (id == kBuiltinAsyncioShield) {
      llvm::Value* res = awaitTask(fn_->getArg(abi_.firstParam), /*shielded=*/true);
      std::vector<llvm::Value*> vals;
      resultsOf(res, &vals);
      genReturnValues(vals);
      startDeadBlock();
      return;
    }
    if (id == kBuiltinAsyncioWaitFor) {
      // err := await waitFor(t, d); t's results if err is nil (a panic of t's re-panics there).
      llvm::Value* t = fn_->getArg(abi_.firstParam);
      llvm::Value* h = callAsyncioHelper(helper, {t, fn_->getArg(abi_.firstParam + 1)});
      const Type* errT = m_.types().errorType();
      llvm::Value* err = load(awaitTask(h), errT);
      llvm::Value* isNil = b_.CreateICmpEQ(b_.CreateExtractValue(err, 0), llvm::ConstantPointerNull::get(ptr));
      llvm::BasicBlock* ok = newBlock("waitfor.ok");
      llvm::BasicBlock* late = newBlock("waitfor.timeout");
      b_.CreateCondBr(isNil, ok, late);
      b_.SetInsertPoint(ok);
      std::vector<llvm::Value*> vals;
      resultsOf(rtCall(RtFn::task_result, {g(), t}), &vals);
      vals.push_back(err);
      genReturnValues(vals);
      b_.SetInsertPoint(late);
      std::vector<llvm::Value*> zeros;
      for (const Type* rt : task->results) zeros.push_back(zeroValue(rt));
      zeros.push_back(err);
      genReturnValues(zeros);
      startDeadBlock();
      return;
    }
    llvm::Value* ts = fn_->getArg(abi_.firstParam);
    llvm::Value* n = b_.CreateExtractValue(ts, 1);
    llvm::Value* elems = b_.CreateExtractValue(ts, 0);
    llvm::Value* out = r ? heapArray(r, n) : nullptr;
    llvm::Value* errs = nullptr;
    const Type* errsT = m_.types().sliceOf(m_.types().errorType());
    if (id == kBuiltinAsyncioGatherErrors) errs = load(awaitTask(callAsyncioHelper(helper, {ts})), errsT);
    if (r || !errs) {
      llvm::AllocaInst* i = entryAlloca(i64, "i");
      b_.CreateStore(b_.getInt64(0), i);
      llvm::BasicBlock* head = newBlock("gather.head");
      llvm::BasicBlock* step = newBlock("gather.step");
      llvm::BasicBlock* next = newBlock("gather.next");
      llvm::BasicBlock* end = newBlock("gather.end");
      b_.CreateBr(head);
      b_.SetInsertPoint(head);
      llvm::Value* k = b_.CreateLoad(i64, i);
      b_.CreateCondBr(b_.CreateICmpSLT(k, n), step, end);
      b_.SetInsertPoint(step);
      llvm::Value* t = b_.CreateLoad(ptr, b_.CreateGEP(ptr, elems, k));
      if (errs) {  // (a task with an error leaves its result zero)
        llvm::Type* errLL = m_.llvmType(m_.types().errorType());
        llvm::Value* e = b_.CreateLoad(errLL, b_.CreateGEP(errLL, b_.CreateExtractValue(errs, 0), k));
        llvm::BasicBlock* copy = newBlock("gather.copy");
        b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateExtractValue(e, 0), llvm::ConstantPointerNull::get(ptr)), copy, next);
        b_.SetInsertPoint(copy);
      }
      llvm::Value* res = errs ? rtCall(RtFn::task_result, {g(), t}) : awaitTask(t);
      if (r) {
        llvm::Value* kk = b_.CreateLoad(i64, i);
        store(b_.CreateGEP(m_.llvmType(r), out, kk), load(res, r), r);
      }
      b_.CreateBr(next);
      b_.SetInsertPoint(next);
      b_.CreateStore(b_.CreateAdd(b_.CreateLoad(i64, i), b_.getInt64(1)), i);
      b_.CreateBr(head);
      b_.SetInsertPoint(end);
    }
    std::vector<llvm::Value*> vals;
    if (r) vals.push_back(makeSliceValue(out, n, n));
    if (errs) vals.push_back(errs);
    genReturnValues(vals);
    startDeadBlock();
  });
}

// asyncio.Cancel(t), Done(t), Cancelled(t): runtime calls on the handle. Wait(ts, when):
// asyncio.wait itself (its tasks are ts's, as `async ()`). AsCompleted(ts): a channel of
// ts's type, filled by asyncio.asCompleted as they finish.
std::vector<llvm::Value*> FuncGen::genAsyncioCall(CallExpr* e) {
  switch (e->builtin) {
    case kBuiltinAsyncioCancel: case kBuiltinAsyncioDone: case kBuiltinAsyncioCancelled: {
      llvm::Value* t = genExpr(e->args[0]);
      setLoc(e->pos);
      RtFn f = e->builtin == kBuiltinAsyncioCancel ? RtFn::task_cancel
             : e->builtin == kBuiltinAsyncioDone   ? RtFn::task_done
                                                   : RtFn::task_cancelled;
      return {rtCall(f, {t})};
    }
    case kBuiltinAsyncioShield: case kBuiltinAsyncioWaitFor: return genTaskOp(e);
    case kBuiltinAsyncioWait: {
      llvm::Value* ts = genExpr(e->args[0]);
      const Type* when = e->helper->type->as<Signature>()->params[1];
      llvm::Value* w = convertForAssign(genExpr(e->args[1]), e->args[1]->type, when, e->args[1]->pos);
      setLoc(e->pos);
      return {callAsyncioHelper(e->helper, {ts, w})};
    }
    case kBuiltinAsyncioAsCompleted: {
      llvm::Value* ts = genExpr(e->args[0]);
      setLoc(e->pos);
      const auto* ct = e->type->underlying()->as<ChanType>();
      llvm::Value* n = b_.CreateExtractValue(ts, 1);
      llvm::Value* ch = rtCall(RtFn::chan_make, {m_.typeDescriptor(ct->elem), n});
      llvm::Function* f = m_.function(e->helper->decl);
      m_.noteCall(fn_, f);
      callCsp(f, m_.abi(e->helper->type->as<Signature>()), nullptr, {ts, ch});
      return {ch};
    }
    default: break;
  }
  m_.notImplemented(e->pos, "this asyncio function");
  return {};
}

void FuncGen::genAsyncWrapper(llvm::Function* co, const Signature* body) {
  uint64_t size = m_.taskResultLayout(body->results, nullptr);
  llvm::Function* ra = llvm::Intrinsic::getDeclaration(&m_.mod(), llvm::Intrinsic::returnaddress);
  llvm::Value* gopc = b_.CreateCall(ra, {b_.getInt32(0)});
  llvm::Value* task = rtCall(RtFn::task_new, {g(), b_.getInt64(static_cast<int64_t>(size)), gopc});
  llvm::Value* results = rtCall(RtFn::task_results, {task});
  std::vector<llvm::Value*> args = {g(), env_, task, results};
  for (unsigned i = abi_.firstParam; i < fn_->arg_size(); i++) args.push_back(fn_->getArg(i));
  llvm::Value* hdl = b_.CreateCall(co, args);
  rtCall(RtFn::task_start, {task, hdl});
  b_.CreateRet(task);
}

// The coroutine's body: the frame, the parameters copied into it, the initial suspension,
// then the statements.
void FuncGen::genCoroutineBody(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig,
                               bool defers, const std::vector<Stmt*>& body) {
  genCoroutine(recv, ft, sig, defers, [&] { genStmts(body); });
}

void FuncGen::genCoroutine(const std::vector<Field*>* recv, FuncTypeExpr* ft, const Signature* sig, bool defers,
                           const std::function<void()>& body) {
  llvm::Module& mod = m_.mod();
  llvm::PointerType* ptr = b_.getPtrTy();
  task_ = fn_->getArg(2);
  results_ = fn_->getArg(3);
  m_.taskResultLayout(sig->results, &resultOffs_);
  llvm::Value* null = llvm::ConstantPointerNull::get(ptr);
  coroId_ = b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_id),
                          {b_.getInt32(0), null, null, null}, "coro.id");
  llvm::Value* size = b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_size, {b_.getInt64Ty()}));
  llvm::Value* mem = rtCall(RtFn::alloc, {size});  // GC memory: the frame holds pointers
  coroHdl_ = b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_begin), {coroId_, mem}, "coro.hdl");
  coroSuspendBB_ = newBlock("coro.suspend");
  coroCleanupBB_ = newBlock("coro.cleanup");
  genPrologue(recv, ft, sig, defers, /*startDefers=*/false);
  coroSuspend(false);
  // From here on the task's G runs this code: its g, not the ramp's caller's, read again
  // after every suspension (coroSuspend).
  gSlot_ = entryAlloca(b_.getPtrTy(), "g.slot");
  b_.CreateStore(rtCall(RtFn::task_g, {task_}), gSlot_);
  if (defers) beginDefers();
  body();
  finishFunction();
  finishCoroutine();
}

void FuncGen::coroSuspend(bool final, bool check) {
  llvm::Module& mod = m_.mod();
  llvm::Value* none = llvm::ConstantTokenNone::get(m_.ctx());
  llvm::Value* s = b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_suspend),
                                 {none, b_.getInt1(final)});
  llvm::BasicBlock* resumed = newBlock(final ? "coro.final.resumed" : "coro.resumed");
  llvm::SwitchInst* sw = b_.CreateSwitch(s, coroSuspendBB_, 2);
  sw->addCase(b_.getInt8(0), resumed);
  sw->addCase(b_.getInt8(1), coroCleanupBB_);
  b_.SetInsertPoint(resumed);
  if (final) b_.CreateUnreachable();  // a finished task is never resumed (callers start the next block)
  else if (gSlot_) {
    b_.CreateStore(rtCall(RtFn::task_g, {task_}), gSlot_);
    // (After the store: a landing pad of this coroutine reads the panic from g.)
    if (check) rtCall(RtFn::task_resumed, {task_});
  }
}

void FuncGen::finishCoroutine() {
  llvm::Module& mod = m_.mod();
  b_.SetInsertPoint(coroCleanupBB_);
  b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_free), {coroId_, coroHdl_});
  b_.CreateBr(coroSuspendBB_);
  b_.SetInsertPoint(coroSuspendBB_);
  b_.CreateCall(llvm::Intrinsic::getDeclaration(&mod, llvm::Intrinsic::coro_end),
                {coroHdl_, b_.getFalse(), llvm::ConstantTokenNone::get(m_.ctx())});
  b_.CreateRet(coroHdl_);
}

void FuncGen::genCoroReturn(const std::vector<llvm::Value*>& vals) {
  for (size_t i = 0; i < vals.size() && i < abi_.results.size(); i++) {
    llvm::Value* at = b_.CreateConstGEP1_64(b_.getInt8Ty(), results_, resultOffs_[i]);
    store(at, vals[i], abi_.results[i]);
  }
  // One final suspension per coroutine (LLVM's rule): every return goes there.
  if (!coroFinalBB_) {
    llvm::IRBuilder<>::InsertPointGuard guard(b_);
    coroFinalBB_ = newBlock("coro.final");
    b_.SetInsertPoint(coroFinalBB_);
    coroSuspend(true);
  }
  b_.CreateBr(coroFinalBB_);
}

void FuncGen::genSuspendFor(llvm::Value* ns) {
  llvm::Value* suspend = rtCall(RtFn::task_sleep, {coro_ ? g() : llvm::ConstantPointerNull::get(b_.getPtrTy()), ns});
  if (!coro_) return;
  llvm::BasicBlock* wait = newBlock("sleep.wait");
  llvm::BasicBlock* done = newBlock("sleep.done");
  b_.CreateCondBr(suspend, wait, done);
  b_.SetInsertPoint(wait);
  coroSuspend(false);  // (csp_task_sleep left the request)
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
}

namespace {

// `await asyncio.Sleep(d)`: the awaiting task (or main) sleeps itself, as Python's await
// runs asyncio.sleep inline: no task is made. Returns d's expression, or null.
Expr* inlineSleepArg(Expr* x) {
  auto* call = unparen(x)->as<CallExpr>();
  if (!call || call->args.size() != 1 || call->hasEllipsis) return nullptr;
  auto* sel = unparen(call->fun)->as<SelectorExpr>();
  Object* fn = sel && sel->selKind == SelKind::Qualified ? sel->sel->obj : nullptr;
  if (!fn || fn->kind != ObjKind::Func || fn->pkg != "asyncio" || fn->name != "Sleep") return nullptr;
  return call->args[0];
}

// await f(args) / await x.m(args) of an async function or method named directly.
FuncDecl* inlineAwaitCallee(Expr* x, SelectorExpr** msel) {
  auto* call = unparen(x)->as<CallExpr>();
  if (!call || call->callKind != CallKind::Call) return nullptr;
  Expr* fun = unparen(call->fun);
  FuncDecl* decl = nullptr;
  *msel = nullptr;
  if (auto* id = fun->as<Ident>()) {
    if (id->obj && id->obj->kind == ObjKind::Func) decl = id->obj->decl;
  } else if (auto* sel = fun->as<SelectorExpr>()) {
    if (sel->selKind == SelKind::Qualified && sel->sel->obj && sel->sel->obj->kind == ObjKind::Func) decl = sel->sel->obj->decl;
    else if (sel->selKind == SelKind::Method && sel->method) decl = sel->method->decl, *msel = sel;
  }
  if (!decl || !decl->isAsync || !decl->body || !decl->bodySig) return nullptr;
  return decl;
}

}  // namespace

void FuncGen::hoistAwait(AwaitExpr* e) {
  SelectorExpr* msel;
  if (Expr* d = inlineSleepArg(e->x)) {
    hoistCalls(d);
  } else if (inlineAwaitCallee(e->x, &msel)) {  // the callee runs here: only its operands go first
    auto* call = unparen(e->x)->as<CallExpr>();
    if (msel) hoistCalls(msel->x);
    hoistCalls(call->args);
  } else {
    hoistCalls(e->x);
  }
  hoisted_[e] = genAwait(e);
}

bool FuncGen::genInlineAwait(AwaitExpr* e, std::vector<llvm::Value*>* out) {
  SelectorExpr* msel;
  FuncDecl* decl = inlineAwaitCallee(e->x, &msel);
  if (!decl) return false;
  auto* call = unparen(e->x)->as<CallExpr>();
  const Signature* sig = decl->name->obj->type->as<Signature>();
  std::vector<llvm::Value*> args;
  if (msel) {
    const Type* recvT;
    llvm::Value* recv = methodReceiver(msel, &recvT);
    args = callArgs(call, sig);
    args.insert(args.begin(), recv);
  } else {
    args = callArgs(call, sig);
  }
  setLoc(e->pos);
  llvm::Function* co = m_.coroutine(decl);
  m_.noteCall(fn_, co);
  const std::vector<const Type*>& results = decl->bodySig->results;
  std::vector<uint64_t> offs;
  uint64_t size = m_.taskResultLayout(results, &offs);
  llvm::AllocaInst* res = entryAlloca(llvm::ArrayType::get(b_.getInt8Ty(), size ? size : 1), "await.results");
  res->setAlignment(llvm::Align(16));
  // The awaiting task (main: its stand-in, runtime/task/task.h) is the callee's too.
  llvm::Value* task = coro_ ? task_ : rtCall(RtFn::task_main_proxy, {g()});
  std::vector<llvm::Value*> ll = {g(), llvm::ConstantPointerNull::get(b_.getPtrTy()), task, res};
  for (llvm::Value* a : args) ll.push_back(a);
  llvm::Value* hdl = b_.CreateCall(co, ll);
  // Resume it until it is done (its resume slot is null at its final suspension); each time
  // it suspends, the awaiting side waits as the callee asked (its request is left in the worker).
  llvm::BasicBlock* step = newBlock("await.step");
  llvm::BasicBlock* wait = newBlock("await.wait");
  llvm::BasicBlock* done = newBlock("await.done");
  b_.CreateBr(step);
  b_.SetInsertPoint(step);
  llvm::Value* resume = b_.CreateLoad(b_.getPtrTy(), hdl, "resume.fn");
  llvm::FunctionType* rty = llvm::FunctionType::get(b_.getVoidTy(), {b_.getPtrTy()}, false);
  llvm::CallBase* rc = emitCall(llvm::FunctionCallee(rty, resume), {hdl}, true);
  rc->setCallingConv(llvm::CallingConv::Fast);  // (CoroSplit's resume functions are fastcc)
  llvm::Value* fin = b_.CreateICmpEQ(b_.CreateLoad(b_.getPtrTy(), hdl), llvm::ConstantPointerNull::get(b_.getPtrTy()));
  b_.CreateCondBr(fin, done, wait);
  b_.SetInsertPoint(wait);
  // (The callee, resumed next, receives a cancellation: it suspended, not this coroutine.)
  if (coro_) coroSuspend(false, /*check=*/false);
  else rtCall(RtFn::task_main_park, {g()});
  b_.CreateBr(step);
  b_.SetInsertPoint(done);
  for (size_t i = 0; i < results.size(); i++)
    out->push_back(load(b_.CreateConstGEP1_64(b_.getInt8Ty(), res, offs[i]), results[i]));
  return true;
}

// asyncio.Run(t): parks the calling goroutine (a task: with its stack) until t is done, then
// t's results, as await's; legal in any function (goroutines wait for tasks this way).
std::vector<llvm::Value*> FuncGen::genRun(CallExpr* e) {
  llvm::Value* t = genExpr(e->args[0]);
  setLoc(e->pos);
  llvm::Value* res = rtCall(RtFn::task_wait, {g(), t});
  const auto* task = e->args[0]->type->underlying()->as<TaskType>();
  std::vector<llvm::Value*> vals;
  std::vector<uint64_t> offs;
  m_.taskResultLayout(task->results, &offs);
  for (size_t i = 0; i < task->results.size(); i++)
    vals.push_back(load(b_.CreateConstGEP1_64(b_.getInt8Ty(), res, offs[i]), task->results[i]));
  return vals;
}

llvm::Value* FuncGen::awaitTask(llvm::Value* t, bool shielded) {
  if (!coro_) return rtCall(RtFn::task_wait, {g(), t});
  llvm::Value* done = rtCall(RtFn::task_await_begin, {g(), t, b_.getInt32(shielded ? 1 : 0)});
  llvm::BasicBlock* wait = newBlock("await.wait");
  llvm::BasicBlock* ready = newBlock("await.done");
  b_.CreateCondBr(done, ready, wait);
  b_.SetInsertPoint(wait);
  coroSuspend(false);
  b_.CreateBr(ready);
  b_.SetInsertPoint(ready);
  return rtCall(RtFn::task_result, {g(), t});
}

std::vector<llvm::Value*> FuncGen::genAwait(AwaitExpr* e) {
  if (Expr* d = inlineSleepArg(e->x)) {
    llvm::Value* ns = genExpr(d);
    setLoc(e->pos);
    genSuspendFor(ns);
    return {};
  }
  std::vector<llvm::Value*> inl;
  if (genInlineAwait(e, &inl)) return inl;
  llvm::Value* t = genExpr(e->x);
  setLoc(e->pos);
  llvm::Value* res = awaitTask(t);
  const auto* task = e->x->type->underlying()->as<TaskType>();
  std::vector<llvm::Value*> vals;
  if (!task) return vals;
  std::vector<uint64_t> offs;
  m_.taskResultLayout(task->results, &offs);
  for (size_t i = 0; i < task->results.size(); i++)
    vals.push_back(load(b_.CreateConstGEP1_64(b_.getInt8Ty(), res, offs[i]), task->results[i]));
  return vals;
}

}  // namespace csp
