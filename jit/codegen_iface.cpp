// jit/codegen_iface.cpp: interfaces: boxing, method sets and their interface entries, itabs,
// conversions between interface types, type assertions, type switches and dynamic calls.
//
// An interface value is {tab, data} (csp_rt.h): tab is the type descriptor for interface{}
// and an itab for interfaces with methods; data holds a direct type's value (toWord) or a
// pointer to a copy of the value. itabs for conversions the compiler sees are linkonce_odr
// constants "csp.itab.<iface key>|<type key>"; the others come from csp_itab_get.
//
// Interface entries ("csp.ientry.<type key>.<method>") adapt a method to the one convention
// itab and descriptor method tables use, fn(g, env, outs..., i64 data, params...): they turn
// the data word back into the receiver (the value, a copy of the boxed value, or the pointer),
// follow embedded fields to the value that declares a promoted method, and call it. They pass
// recover's direct-call token on (g->defer_fn), so a deferred interface call may recover.
#include <algorithm>
#include <set>

#include "jit/codegen.h"
#include "runtime/csp_rt.h"

namespace csp {

namespace {

bool exportedName(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

// The value of type t as an interface data word (t direct).
llvm::Value* toWord(llvm::IRBuilder<>& b, llvm::Value* v, const Type* t) {
  const Type* u = t->underlying();
  llvm::Type* i64 = b.getInt64Ty();
  if (v->getType()->isPointerTy()) return b.CreatePtrToInt(v, i64);
  if (u->kind == TypeKind::Float64) return b.CreateBitCast(v, i64);
  if (u->kind == TypeKind::Float32) return b.CreateZExt(b.CreateBitCast(v, b.getInt32Ty()), i64);
  if (u->isBoolean() || u->isUnsigned()) return b.CreateZExt(v, i64);
  return b.CreateSExtOrTrunc(v, i64);
}

llvm::Value* fromWord(llvm::IRBuilder<>& b, llvm::Value* w, const Type* t, llvm::Type* ir) {
  const Type* u = t->underlying();
  if (ir->isPointerTy()) return b.CreateIntToPtr(w, ir);
  if (u->kind == TypeKind::Float64) return b.CreateBitCast(w, ir);
  if (u->kind == TypeKind::Float32) return b.CreateBitCast(b.CreateTrunc(w, b.getInt32Ty()), ir);
  return b.CreateTrunc(w, ir);
}

std::string methodKeyName(const std::string& name, const std::string& pkg) {
  return exportedName(name) || pkg.empty() ? name : pkg + "." + name;
}

}  // namespace

// ---- method sets ---------------------------------------------------------------------------

const std::vector<ModuleGen::MethodEntry>& ModuleGen::methodSet(const Type* t) {
  auto it = methodSets_.find(t);
  if (it != methodSets_.end()) return it->second;
  std::vector<MethodEntry>& out = methodSets_[t];
  if (t->underlying()->kind == TypeKind::Interface) return out;
  bool all = false;  // a pointer type: pointer-receiver methods too
  const Type* start = t;
  if (auto* p = t->as<PointerType>()) {
    start = p->elem;
    all = true;
  }
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool viaPtr;
  };
  std::vector<Entry> level = {{start, {}, all}};
  std::set<std::string> decided;  // names found at a shallower depth (or in conflict)
  std::set<const NamedType*> seen;
  while (!level.empty()) {
    std::map<std::string, std::vector<MethodEntry>> found;
    std::vector<Entry> next;
    for (const Entry& e : level) {
      const Type* typ = e.type;
      if (auto* n = typ->as<NamedType>()) {
        if (seen.count(n)) continue;
        seen.insert(n);
        for (Object* m : n->methods) {
          if (m->ptrRecv && !e.viaPtr) continue;
          MethodEntry me;
          me.name = m->name;
          me.method = m;
          me.path = e.path;
          me.sig = m->type ? m->type->as<Signature>() : nullptr;
          found[m->name].push_back(me);
        }
        typ = n->under ? n->under : typ;
      }
      if (auto* st = typ->as<StructType>()) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          const StructField& f = st->fields[i];
          if (!f.embedded) {
            found[f.name];  // a field hides deeper methods of that name
            continue;
          }
          found[f.name];
          const Type* ft = f.type;
          bool ptr = e.viaPtr;
          if (auto* p = ft->as<PointerType>()) {
            ft = p->elem;
            ptr = true;
          }
          std::vector<int> path = e.path;
          path.push_back(static_cast<int>(i));
          next.push_back({ft, path, ptr});
        }
      } else if (auto* itf = typ->as<InterfaceType>(); itf && !e.path.empty()) {
        for (size_t i = 0; i < itf->methods.size(); i++) {
          MethodEntry me;
          me.name = itf->methods[i].name;
          me.path = e.path;
          me.sig = itf->methods[i].sig;
          me.path.push_back(-1 - static_cast<int>(i));  // marks an embedded interface's method
          found[me.name].push_back(me);
        }
      }
    }
    for (auto& [name, ms] : found) {
      if (decided.count(name)) continue;
      decided.insert(name);
      if (ms.size() == 1) out.push_back(ms[0]);
    }
    level = std::move(next);
  }
  std::sort(out.begin(), out.end(), [](const MethodEntry& a, const MethodEntry& b) { return a.name < b.name; });
  return out;
}

const FuncABI& ModuleGen::ientryAbi(const Signature* sig) {
  auto it = ientrySigs_.find(sig);
  if (it == ientrySigs_.end()) {
    auto s = std::make_unique<Signature>();
    s->params = sig->params;
    s->results = sig->results;
    s->variadic = sig->variadic;
    s->recv = types_.basic(TypeKind::Uint64);  // the data word
    it = ientrySigs_.emplace(sig, std::move(s)).first;
  }
  return abi(it->second.get());
}

llvm::Function* ModuleGen::ientry(const Type* t, const MethodEntry& m) {
  std::string name = "csp.ientry." + layout_->key(t) + "." + m.name;
  auto it = ientries_.find(name);
  if (it != ientries_.end()) return it->second;
  const FuncABI& a = ientryAbi(m.sig);
  llvm::Function* f = newFunction(a, name, "csp.ientry", 0);
  ientries_[name] = f;
  pendingIentries_.push_back({f, t, m, m.name + "|" + layout_->key(m.sig)});
  return f;
}

void ModuleGen::noteIfaceCall(const std::string& name, const Signature* sig) {
  calledMethods_.insert(name + "|" + layout_->key(sig));
}

void ModuleGen::noteAllMethodsCalled(const Type* iface) {
  if (auto* it = iface->underlying()->as<InterfaceType>())
    for (const InterfaceMethod& im : it->methods) noteIfaceCall(im.name, im.sig);
}

void ModuleGen::genReachable() {
  static const char* const kRuntimeCalled[] = {"Error|func() string", "String|func() string",
                                               "GoString|func() string"};
  for (const char* k : kRuntimeCalled) calledMethods_.insert(k);
  for (;;) {
    genQueued();
    bool progress = false;
    for (size_t i = 0; i < pendingIentries_.size(); i++) {
      if (!pendingIentries_[i].fn || !calledMethods_.count(pendingIentries_[i].key)) continue;
      PendingIentry p = pendingIentries_[i];
      pendingIentries_[i].fn = nullptr;
      FuncGen fg(*this, p.fn, ientryAbi(p.method.sig), "csp.ientry", 0);
      fg.genIentryBody(p.type, p.method);
      progress = true;
    }
    if (!progress && queue_.empty() && litQueue_.empty()) break;
  }
  llvm::Function* stub = nullptr;
  for (PendingIentry& p : pendingIentries_) {
    if (!p.fn) continue;
    if (!stub) {  // never called: no interface call has this method's name and signature
      stub = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), false),
                                    llvm::GlobalValue::InternalLinkage, "csp.unreachable_method", *mod_);
      llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", stub));
      b.CreateCall(llvm::Intrinsic::getDeclaration(mod_.get(), llvm::Intrinsic::trap));
      b.CreateUnreachable();
    }
    p.fn->replaceAllUsesWith(stub);
    ientries_.erase(p.fn->getName().str());
    p.fn->eraseFromParent();
  }
  pendingIentries_.clear();
}

llvm::Constant* ModuleGen::itab(const Type* iface, const Type* concrete) {
  std::string name = "csp.itab." + layout_->key(iface) + "|" + layout_->key(concrete);
  auto it = itabs_.find(name);
  if (it != itabs_.end()) return it->second;
  auto* itf = iface->underlying()->as<InterfaceType>();
  llvm::StructType* ty = rt_->itabTy(static_cast<unsigned>(itf->methods.size()));
  auto* g = new llvm::GlobalVariable(*mod_, ty, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr, name);
  itabs_[name] = g;
  std::vector<llvm::Constant*> fns;
  const std::vector<MethodEntry>& ms = methodSet(concrete);
  for (const InterfaceMethod& im : itf->methods) {
    llvm::Constant* fn = llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_));
    for (const MethodEntry& me : ms)
      if (me.name == im.name) fn = ientry(concrete, me);
    fns.push_back(fn);
  }
  auto* arrTy = llvm::ArrayType::get(llvm::PointerType::getUnqual(ctx_), fns.size());
  g->setInitializer(llvm::ConstantStruct::get(
      ty, {typeDescriptor(iface), typeDescriptor(concrete), llvm::ConstantArray::get(arrTy, fns)}));
  return g;
}

llvm::Constant* ModuleGen::ifaceTab(const Type* iface, const Type* concrete) {
  auto* itf = iface ? iface->underlying()->as<InterfaceType>() : nullptr;
  if (!itf || itf->empty()) return typeDescriptor(concrete);
  return itab(iface, concrete);
}

// ---- FuncGen ---------------------------------------------------------------------------------

// The receiver a method wants, starting from the address of a value of type holderT (or, with
// viaPointer, a pointer that may be nil), after following `path`.
llvm::Value* FuncGen::adjustReceiver(llvm::Value* holderAddr, const Type* holderT, const std::vector<int>& path,
                                     Object* method, bool viaPointer, Pos pos) {
  if (!path.empty()) {
    if (viaPointer) nilCheck(holderAddr, pos);
    holderAddr = fieldPathAddr(holderAddr, holderT, path, path.size(), pos, &holderT);
    viaPointer = false;
    if (auto* p = holderT->underlying()->as<PointerType>(); p && holderT->kind != TypeKind::Named) {
      holderAddr = b_.CreateLoad(b_.getPtrTy(), holderAddr);
      holderT = p->elem;
      viaPointer = true;
    }
  }
  if (method->ptrRecv) return holderAddr;
  if (viaPointer) nilCheck(holderAddr, pos);
  return load(holderAddr, holderT);
}

void FuncGen::genIentryBody(const Type* t, const ModuleGen::MethodEntry& m) {
  llvm::Value* data = fn_->getArg(abi_.firstParam);
  std::vector<llvm::Value*> params;
  for (unsigned i = abi_.firstParam + 1; i < fn_->arg_size(); i++) params.push_back(fn_->getArg(i));
  bool embeddedIface = !m.path.empty() && m.path.back() < 0;
  std::vector<int> path = m.path;
  if (embeddedIface) path.pop_back();
  const TypeInfo& ti = m_.layout().info(t);
  llvm::Value* recv = nullptr;
  llvm::Value* target = nullptr;
  llvm::Value* holderAddr = nullptr;
  const Type* holderT = t;
  bool viaPointer = false;
  if (auto* p = t->underlying()->as<PointerType>(); p && t->kind != TypeKind::Named) {
    holderAddr = fromWord(b_, data, t, b_.getPtrTy());
    holderT = p->elem;
    viaPointer = true;
  } else if (ti.direct) {
    holderAddr = temp(t, "recv");
    b_.CreateStore(fromWord(b_, data, t, m_.llvmType(t)), holderAddr);
  } else {
    holderAddr = b_.CreateIntToPtr(data, b_.getPtrTy());
  }
  if (embeddedIface) {
    holderAddr = fieldPathAddr(holderAddr, holderT, path, path.size(), Pos{}, &holderT);
    llvm::Value* iv = b_.CreateLoad(m_.rt().anyTy(), holderAddr);
    int index = -1 - m.path.back();
    std::vector<llvm::Value*> rs = callIfaceMethod(iv, index, m.name, m.sig, params);
    genReturnValues(rs);
    return;
  }
  llvm::Function* callee = m_.function(m.method->decl);
  target = callee;
  recv = adjustReceiver(holderAddr, holderT, path, m.method, viaPointer, Pos{});
  // recover's token: a deferred call through this entry counts as calling the method.
  llvm::Value* slot = b_.CreateConstGEP1_64(b_.getInt8Ty(), g(), RuntimeABI::kGDeferFn);
  llvm::Value* tok = b_.CreateLoad(b_.getPtrTy(), slot);
  b_.CreateStore(b_.CreateSelect(b_.CreateICmpEQ(tok, fn_), target, tok), slot);
  std::vector<llvm::Value*> args = {recv};
  args.insert(args.end(), params.begin(), params.end());
  const Signature* msig = m.method->type->as<Signature>();
  genReturnValues(callCsp(callee, m_.abi(msig), nullptr, args));
}

// Calls method `index` of interface value iv (any interface with methods) with lowered params.
std::vector<llvm::Value*> FuncGen::callIfaceMethod(llvm::Value* iv, int index, const std::string& name,
                                                   const Signature* sig, const std::vector<llvm::Value*>& params) {
  m_.noteIfaceCall(name, sig);
  llvm::Value* tab = b_.CreateExtractValue(iv, 0);
  nilCheck(tab, Pos{});
  llvm::Value* fnp = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstGEP1_64(b_.getInt8Ty(), tab, 16 + 8 * index));
  const FuncABI& a = m_.ientryAbi(sig);
  std::vector<llvm::Value*> args = {b_.CreateExtractValue(iv, 1)};
  args.insert(args.end(), params.begin(), params.end());
  return callCsp(llvm::FunctionCallee(a.type, fnp), a, nullptr, args);
}

std::vector<llvm::Value*> FuncGen::genIfaceCall(CallExpr* e, SelectorExpr* sel, llvm::Value* iface,
                                                const Type* ifaceType, const std::vector<llvm::Value*>& args) {
  setLoc(e->pos);
  auto* sig = sel->type->as<Signature>();
  const InterfaceMethod& im = ifaceType->underlying()->as<InterfaceType>()->methods[sel->ifaceIndex];
  (void)sig;
  return callIfaceMethod(iface, sel->ifaceIndex, im.name, im.sig, args);
}

llvm::Value* FuncGen::box(llvm::Value* v, const Type* t, bool escapes, Pos p, const Type* iface) {
  const Type* u = t->underlying();
  if (!iface) iface = m_.types().anyType();
  if (u->kind == TypeKind::Interface) return ifaceConvert(v, t, iface);
  if (u->kind == TypeKind::UntypedNil) return m_.zero(iface);
  const TypeInfo& ti = m_.layout().info(t);
  llvm::Value* data;
  if (ti.direct) {
    data = toWord(b_, v, t);
  } else {
    llvm::Value* slot;
    if (escapes) slot = heapAlloc(t);
    else slot = ti.memory ? temp(t, "box") : temp(t, "box");
    store(slot, v, t);
    data = b_.CreatePtrToInt(slot, b_.getInt64Ty());
  }
  llvm::Value* any = llvm::PoisonValue::get(m_.rt().anyTy());
  any = b_.CreateInsertValue(any, m_.ifaceTab(iface, t), 0);
  return b_.CreateInsertValue(any, data, 1);
}

llvm::Value* FuncGen::ifaceDynType(llvm::Value* v, const Type* ifaceType) {
  llvm::Value* tab = b_.CreateExtractValue(v, 0);
  auto* itf = ifaceType->underlying()->as<InterfaceType>();
  if (!itf || itf->empty()) return tab;
  llvm::BasicBlock* before = b_.GetInsertBlock();
  llvm::BasicBlock* load = newBlock("dyn.load");
  llvm::BasicBlock* done = newBlock("dyn.done");
  b_.CreateCondBr(b_.CreateIsNull(tab), done, load);
  b_.SetInsertPoint(load);
  llvm::Value* t = b_.CreateLoad(b_.getPtrTy(), b_.CreateConstGEP1_64(b_.getInt8Ty(), tab, 8));
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(b_.getPtrTy(), 2);
  phi->addIncoming(llvm::ConstantPointerNull::get(b_.getPtrTy()), before);
  phi->addIncoming(t, load);
  return phi;
}

// The itab of `iface` for dynamic type dyn (null if dyn is null or does not implement it).
llvm::Value* FuncGen::itabFor(llvm::Value* dyn, const Type* iface) {
  llvm::BasicBlock* before = b_.GetInsertBlock();
  llvm::BasicBlock* get = newBlock("itab.get");
  llvm::BasicBlock* done = newBlock("itab.done");
  b_.CreateCondBr(b_.CreateIsNull(dyn), done, get);
  b_.SetInsertPoint(get);
  llvm::Value* tab = rtCall(RtFn::itab_get, {m_.typeDescriptor(iface), dyn});
  llvm::BasicBlock* getEnd = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(b_.getPtrTy(), 2);
  phi->addIncoming(llvm::ConstantPointerNull::get(b_.getPtrTy()), before);
  phi->addIncoming(tab, getEnd);
  return phi;
}

llvm::Value* FuncGen::ifaceConvert(llvm::Value* v, const Type* from, const Type* to) {
  if (identical(from, to) || identical(from->underlying(), to->underlying())) return v;
  auto* tif = to->underlying()->as<InterfaceType>();
  llvm::Value* dyn = ifaceDynType(v, from);
  llvm::Value* tab = tif->empty() ? dyn : itabFor(dyn, to);
  return b_.CreateInsertValue(v, tab, 0);
}

llvm::Value* FuncGen::unbox(llvm::Value* data, const Type* t) {
  const TypeInfo& ti = m_.layout().info(t);
  if (ti.direct) return fromWord(b_, data, t, m_.llvmType(t));
  return load(b_.CreateIntToPtr(data, b_.getPtrTy()), t);
}

// x.(T) and v, ok := x.(T)
std::vector<llvm::Value*> FuncGen::genTypeAssert(TypeAssertExpr* e, bool commaOk) {
  const Type* xt = e->x->type;
  const Type* t = e->assertedType->type;
  llvm::Value* x = genExpr(e->x);
  setLoc(e->pos);
  llvm::Value* dyn = ifaceDynType(x, xt);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::Value* ok;
  llvm::Value* result;
  if (auto* tif = t->underlying()->as<InterfaceType>()) {
    llvm::Value* tab = tif->empty() ? dyn : itabFor(dyn, t);
    ok = b_.CreateIsNotNull(tab);
    result = b_.CreateInsertValue(b_.CreateInsertValue(llvm::PoisonValue::get(m_.rt().anyTy()), tab, 0), data, 1);
    result = b_.CreateSelect(ok, result, m_.zero(t));
  } else {
    ok = b_.CreateICmpEQ(dyn, m_.typeDescriptor(t));
    if (!commaOk) {
      panicIf(b_.CreateNot(ok), [&] { rtCallNoReturn(RtFn::panic_assert, {dyn, m_.typeDescriptor(t), m_.typeDescriptor(xt)}); });
      return {unbox(data, t)};
    }
    if (m_.isMemory(t)) {
      result = temp(t, "assert");
      llvm::BasicBlock* hit = newBlock("assert.ok");
      llvm::BasicBlock* miss = newBlock("assert.fail");
      llvm::BasicBlock* done = newBlock("assert.done");
      b_.CreateCondBr(ok, hit, miss);
      b_.SetInsertPoint(hit);
      store(result, unbox(data, t), t);
      b_.CreateBr(done);
      b_.SetInsertPoint(miss);
      storeZero(result, t);
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
    } else {
      llvm::BasicBlock* before = b_.GetInsertBlock();
      llvm::BasicBlock* hit = newBlock("assert.ok");
      llvm::BasicBlock* done = newBlock("assert.done");
      b_.CreateCondBr(ok, hit, done);
      b_.SetInsertPoint(hit);
      llvm::Value* v = unbox(data, t);
      llvm::BasicBlock* hitEnd = b_.GetInsertBlock();
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(m_.llvmType(t), 2);
      phi->addIncoming(m_.zero(t), before);
      phi->addIncoming(v, hitEnd);
      result = phi;
    }
  }
  if (!commaOk) {
    panicIf(b_.CreateNot(ok), [&] { rtCallNoReturn(RtFn::panic_assert, {dyn, m_.typeDescriptor(t), m_.typeDescriptor(xt)}); });
    return {result};
  }
  return {result, ok};
}

// switch [v :=] x.(type) { case T1, T2: ... }: cases tested in order; v is the unboxed value
// in a one-type clause, x itself otherwise.
void FuncGen::genTypeSwitch(TypeSwitchStmt* s) {
  if (s->init) genStmt(s->init);
  Expr* rhs = nullptr;
  if (auto* a = s->assign->as<AssignStmt>()) rhs = a->rhs.empty() ? nullptr : a->rhs[0];
  else if (auto* es = s->assign->as<ExprStmt>()) rhs = es->x;
  auto* ta = rhs ? unparen(rhs)->as<TypeAssertExpr>() : nullptr;
  if (!ta) return;
  const Type* xt = ta->x->type;
  hoistCalls(ta->x);
  llvm::Value* x = genExpr(ta->x);
  llvm::Value* dyn = ifaceDynType(x, xt);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::BasicBlock* endBB = newBlock("tswitch.end");
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->clauses.size(); i++) bodies.push_back(newBlock("tcase.body"));
  std::vector<llvm::Value*> tabSlots(s->clauses.size(), nullptr);  // itab for one-interface clauses
  llvm::BasicBlock* dflt = endBB;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* c = s->clauses[i];
    if (c->isDefault) {
      dflt = bodies[i];
      continue;
    }
    for (Expr* te : c->list) {
      const Type* t = te->type;
      llvm::Value* match;
      if (!t || t->kind == TypeKind::UntypedNil) {
        match = b_.CreateIsNull(dyn);
      } else if (auto* tif = t->underlying()->as<InterfaceType>()) {
        llvm::Value* tab = tif->empty() ? dyn : itabFor(dyn, t);
        if (c->list.size() == 1) {
          tabSlots[i] = entryAlloca(b_.getPtrTy(), "tcase.tab");
          b_.CreateStore(tab, tabSlots[i]);
        }
        match = b_.CreateIsNotNull(tab);
      } else {
        match = b_.CreateICmpEQ(dyn, m_.typeDescriptor(t));
      }
      llvm::BasicBlock* next = newBlock("tcase.next");
      b_.CreateCondBr(match, bodies[i], next);
      b_.SetInsertPoint(next);
    }
  }
  br(dflt);
  targets_.push_back({s, endBB, nullptr});
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* c = s->clauses[i];
    b_.SetInsertPoint(bodies[i]);
    if (Object* v = c->implicitObj) {
      declareVar(v);
      const Type* t = c->list.size() == 1 ? c->list[0]->type : nullptr;
      llvm::Value* val = x;
      if (t && t->kind != TypeKind::UntypedNil) {
        if (t->underlying()->kind == TypeKind::Interface)
          val = b_.CreateInsertValue(x, tabSlots[i] ? b_.CreateLoad(b_.getPtrTy(), tabSlots[i]) : dyn, 0);
        else
          val = unbox(data, t);
      }
      store(varAddr(v), val, v->type);
    }
    genStmts(c->body);
    br(endBB);
  }
  targets_.pop_back();
  b_.SetInsertPoint(endBB);
}

}  // namespace csp
