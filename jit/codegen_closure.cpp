// jit/codegen_closure.cpp: function values. Every func value is a pointer to a closure
// {code, ...} (csp_rt.h) called as code(g, closure, params...):
//   - a function literal: {code, cell pointers of its captured variables}, on the heap;
//     captured variables live in heap cells (sema marks them escaping), shared by reference;
//   - a declared function used as a value: a constant {code} ("csp.fv.<name>");
//   - a method value x.M: {csp.bound thunk, receiver (a copy, or the pointer)}, evaluated at
//     the expression, as Go's spec says;
//   - a method expression T.M: {code} of the method itself when the receiver needs no
//     adjustment, else of a csp.mexpr wrapper.
// Also here: calls of func values and of methods, argument lists (variadic packing), and
// declaring variables (a fresh heap cell per declaration for escaping ones, which gives Go 1.22's
// per-iteration loop variables their meaning).
#include "jit/codegen.h"

namespace csp {

llvm::Function* ModuleGen::funcLit(FuncLit* lit, llvm::DIFile* file) {
  auto it = lits_.find(lit);
  if (it != lits_.end()) return it->second;
  const Signature* sig = lit->type ? lit->type->as<Signature>() : nullptr;
  static const Signature kNone;
  llvm::Function* f = newFunction(abi(sig ? sig : &kNone), lit->goName, lit->goName, lit->pos.line, file);
  lits_[lit] = f;
  litQueue_.push_back(lit);
  return f;
}

llvm::Constant* ModuleGen::funcValue(llvm::Function* f) {
  auto it = funcValues_.find(f);
  if (it != funcValues_.end()) return it->second;
  // (An explicit vector: a braced single pointer would pick the StructType::get(ctx, bool) overload.)
  std::vector<llvm::Type*> fields = {llvm::PointerType::getUnqual(ctx_)};
  auto* ty = llvm::StructType::get(ctx_, fields);
  auto* g = new llvm::GlobalVariable(*mod_, ty, true, llvm::GlobalValue::PrivateLinkage,
                                     llvm::ConstantStruct::get(ty, {f}), "csp.fv." + f->getName());
  g->setAlignment(llvm::Align(8));
  funcValues_[f] = g;
  return g;
}

void FuncGen::declareVar(Object* var) {
  if (!var || var->isGlobal || captureIndex_.count(var)) return;
  if (!var->escapes()) {
    if (!locals_.count(var)) varAddr(var);  // (checks the size)
    return;
  }
  m_.checkVarSize(var);
  llvm::Value* cell = heapAlloc(var->type);
  auto it = heapSlots_.find(var);
  llvm::Value* slot = it != heapSlots_.end() ? it->second : (heapSlots_[var] = entryAlloca(b_.getPtrTy(), var->name + ".cell"));
  b_.CreateStore(cell, slot);
}

llvm::Value* FuncGen::genFuncLit(FuncLit* e) {
  llvm::Function* fn = m_.funcLit(e, sp_ ? sp_->getFile() : nullptr);
  size_t n = e->captures.size();
  llvm::Value* clo = rtCall(RtFn::alloc_closure, {b_.getInt64(static_cast<int64_t>(8 * (n + 1)))});
  b_.CreateStore(fn, clo);
  for (size_t i = 0; i < n; i++)
    b_.CreateStore(varAddr(e->captures[i]), b_.CreateConstGEP1_64(b_.getPtrTy(), clo, i + 1));
  return clo;
}

// The arguments of a call to sig: evaluated, converted to the parameter types, the trailing
// ones of a variadic call packed into a slice (unless passed with `...`).
std::vector<llvm::Value*> FuncGen::callArgs(CallExpr* e, const Signature* sig) {
  std::vector<const Type*> types;
  bool noEscape = noEscape_;
  noEscape_ = false;  // only this call's own conversions and packing are borrowed
  std::vector<llvm::Value*> vals = genValues(e->args, &types);
  noEscape_ = noEscape;
  std::vector<llvm::Value*> args;
  size_t fixed = sig->params.size() - (sig->variadic ? 1 : 0);
  for (size_t i = 0; i < vals.size() && i < fixed; i++)
    args.push_back(convertForAssign(vals[i], types[i], sig->params[i], e->pos));
  if (sig->variadic) {
    if (e->packVariadic || vals.size() <= fixed) {
      std::vector<llvm::Value*> rest(vals.begin() + std::min(fixed, vals.size()), vals.end());
      std::vector<const Type*> restT(types.begin() + std::min(fixed, types.size()), types.end());
      args.push_back(packVariadic(rest, restT, sig->params.back(), e->pos));
    } else {
      args.push_back(vals[fixed]);  // f(xs...)
    }
  }
  return args;
}

std::vector<llvm::Value*> FuncGen::genFuncValueCall(CallExpr* e) {
  auto* sig = e->fun->type->underlying()->as<Signature>();
  llvm::Value* f = genExpr(e->fun);
  std::vector<llvm::Value*> args = callArgs(e, sig);
  setLoc(e->pos);
  nilCheck(f, e->pos);
  llvm::Value* code = b_.CreateLoad(b_.getPtrTy(), f);
  const FuncABI& a = m_.abi(sig);
  return callCsp(llvm::FunctionCallee(a.type, code), a, f, args);
}

// The receiver of a call or value x.M of a declared method, as M takes it.
llvm::Value* FuncGen::methodReceiver(SelectorExpr* sel, const Type** recvType) {
  Object* m = sel->method;
  const Type* xt = sel->x->type;
  *recvType = m->type->as<Signature>()->recv;
  if (auto* p = xt->underlying()->as<PointerType>(); p && xt->kind != TypeKind::Named) {
    llvm::Value* ptr = genExpr(sel->x);
    return adjustReceiver(ptr, p->elem, sel->path, m, true, sel->sel->pos);
  }
  if (sel->path.empty() && !m->ptrRecv) return genExpr(sel->x);  // a copy of x
  llvm::Value* addr = operandAddr(sel->x);
  return adjustReceiver(addr, xt, sel->path, m, false, sel->sel->pos);
}

// The interface value a method call on an interface (possibly embedded) goes through.
static llvm::Value* ifaceOperand(FuncGen& fg, SelectorExpr* sel, const Type** ifaceType) {
  if (sel->path.empty()) {
    *ifaceType = sel->x->type;
    return fg.genExpr(sel->x);
  }
  const Type* t = sel->x->type;
  llvm::Value* base;
  if (auto* p = t->underlying()->as<PointerType>(); p && t->kind != TypeKind::Named) {
    base = fg.genExpr(sel->x);
    fg.nilCheck(base, sel->sel->pos);
    t = p->elem;
  } else {
    base = fg.operandAddr(sel->x);
  }
  llvm::Value* addr = fg.fieldPathAddr(base, t, sel->path, sel->path.size(), sel->sel->pos, &t);
  *ifaceType = t;
  return fg.b().CreateLoad(fg.m().rt().anyTy(), addr);
}

std::vector<llvm::Value*> FuncGen::genMethodCall(CallExpr* e, SelectorExpr* sel) {
  auto* sig = sel->type->as<Signature>();
  if (!sel->method) {
    const Type* it;
    llvm::Value* iv = ifaceOperand(*this, sel, &it);
    std::vector<llvm::Value*> args = callArgs(e, sig);
    return genIfaceCall(e, sel, iv, it, args);
  }
  const Type* recvT;
  llvm::Value* recv = methodReceiver(sel, &recvT);
  if (!sel->method->decl->body) {  // implemented in C++
    noEscape_ = true;
    std::vector<llvm::Value*> args = callArgs(e, sig);
    noEscape_ = false;
    args.insert(args.begin(), recv);
    setLoc(e->pos);
    return callBridge(sel->method->decl, args);
  }
  std::vector<llvm::Value*> args = callArgs(e, sig);
  args.insert(args.begin(), recv);
  llvm::Function* f = m_.function(sel->method->decl);
  setLoc(e->pos);
  m_.noteCall(fn_, f);
  return callCsp(f, m_.abi(sel->method->type->as<Signature>()), nullptr, args);
}

// x.M as a value: a closure of the receiver evaluated now.
llvm::Value* FuncGen::genMethodValue(SelectorExpr* sel) {
  auto* sig = sel->type->as<Signature>();
  const FuncABI& a = m_.abi(sig);
  llvm::Value* recv;
  const Type* recvT;
  if (sel->method) {
    recv = methodReceiver(sel, &recvT);
  } else {
    recv = ifaceOperand(*this, sel, &recvT);
    nilCheck(b_.CreateExtractValue(recv, 0), sel->sel->pos);  // Go: a nil interface's method value panics
  }
  llvm::Type* recvIR = sel->method && sel->method->ptrRecv ? b_.getPtrTy() : m_.llvmType(recvT);
  llvm::StructType* cloTy = llvm::StructType::get(m_.ctx(), {b_.getPtrTy(), recvIR});
  std::string name = "csp.bound." + (sel->method ? sel->method->linkName
                                                 : m_.layout().key(recvT) + "." + sel->sel->name);
  llvm::Function* thunk = m_.mod().getFunction(name);
  if (!thunk) {
    thunk = m_.newFunction(a, name, "csp.bound", 0);
    FuncGen tg(m_, thunk, a, "csp.bound", 0);
    llvm::Value* raddr = tg.b_.CreateStructGEP(cloTy, tg.env_, 1);
    std::vector<llvm::Value*> params;
    for (unsigned i = a.firstParam; i < thunk->arg_size(); i++) params.push_back(thunk->getArg(i));
    if (sel->method) {
      llvm::Value* r = sel->method->ptrRecv ? tg.b_.CreateLoad(tg.b_.getPtrTy(), raddr) : tg.load(raddr, recvT);
      params.insert(params.begin(), r);
      llvm::Function* callee = m_.function(sel->method->decl);
      llvm::Value* slot = tg.b_.CreateConstGEP1_64(tg.b_.getInt8Ty(), tg.g(), RuntimeABI::kGDeferFn);
      llvm::Value* tok = tg.b_.CreateLoad(tg.b_.getPtrTy(), slot);
      tg.b_.CreateStore(tg.b_.CreateSelect(tg.b_.CreateICmpEQ(tok, thunk), callee, tok), slot);
      tg.genReturnValues(tg.callCsp(callee, m_.abi(sel->method->type->as<Signature>()), nullptr, params));
    } else {
      llvm::Value* iv = tg.b_.CreateLoad(m_.rt().anyTy(), raddr);
      const InterfaceMethod& im = recvT->underlying()->as<InterfaceType>()->methods[sel->ifaceIndex];
      tg.genReturnValues(tg.callIfaceMethod(iv, sel->ifaceIndex, im.name, im.sig, params));
    }
  }
  const TypeInfo& ri = m_.layout().info(recvT);
  bool pointers = true;
  (void)ri;
  llvm::Value* clo = rtCall(pointers ? RtFn::alloc : RtFn::alloc_atomic, {llvm::ConstantExpr::getSizeOf(cloTy)});
  b_.CreateStore(thunk, b_.CreateStructGEP(cloTy, clo, 0));
  llvm::Value* raddr = b_.CreateStructGEP(cloTy, clo, 1);
  if (sel->method && sel->method->ptrRecv) b_.CreateStore(recv, raddr);
  else store(raddr, recv, recvT);
  return clo;
}

// T.M / (*T).M / I.M as a function value whose first parameter is the receiver.
llvm::Value* FuncGen::genMethodExpr(SelectorExpr* sel) {
  auto* sig = sel->type->as<Signature>();
  const Type* t = sel->x->type;  // the type T (or *T, or I)
  Object* m = sel->method;
  bool tIsPtr = t->underlying()->kind == TypeKind::Pointer && t->kind != TypeKind::Named;
  if (m && sel->path.empty() && m->ptrRecv == tIsPtr) return m_.funcValue(m_.function(m->decl));
  const FuncABI& a = m_.abi(sig);
  std::string name = "csp.mexpr." + m_.layout().key(t) + "." + sel->sel->name;
  llvm::Function* w = m_.mod().getFunction(name);
  if (!w) {
    w = m_.newFunction(a, name, "csp.mexpr", 0);
    FuncGen wg(m_, w, a, "csp.mexpr", 0);
    llvm::Value* recvArg = w->getArg(a.firstParam);
    std::vector<llvm::Value*> params;
    for (unsigned i = a.firstParam + 1; i < w->arg_size(); i++) params.push_back(w->getArg(i));
    if (m) {
      llvm::Value* r;
      if (tIsPtr) {
        r = wg.adjustReceiver(recvArg, t->underlying()->as<PointerType>()->elem, sel->path, m, true, Pos{});
      } else {
        llvm::Value* addr = recvArg;
        if (!m_.isMemory(t)) {
          addr = wg.temp(t, "recv");
          wg.b_.CreateStore(recvArg, addr);
        }
        r = wg.adjustReceiver(addr, t, sel->path, m, false, Pos{});
      }
      params.insert(params.begin(), r);
      wg.genReturnValues(wg.callCsp(m_.function(m->decl), m_.abi(m->type->as<Signature>()), nullptr, params));
    } else {
      const InterfaceMethod& im = t->underlying()->as<InterfaceType>()->methods[sel->ifaceIndex];
      wg.genReturnValues(wg.callIfaceMethod(recvArg, sel->ifaceIndex, im.name, im.sig, params));
    }
  }
  return m_.funcValue(w);
}

}  // namespace csp
