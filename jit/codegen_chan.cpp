// jit/codegen_chan.cpp: channel operations, select and range over channels (the runtime
// side: runtime/chan/chan.cpp).
//
//   make(chan T, n)   csp_chan_make(descriptor of T, n)
//   ch <- v           v converted to T in a temporary; csp_chan_send(g, ch, &tmp)
//   <-ch, v, ok := <-ch
//                     ok = csp_chan_recv(g, ch, &tmp); v = tmp (the zero value when closed)
//   close(ch), len(ch), cap(ch)
//   for v := range ch loop { if !csp_chan_recv(g, ch, &tmp) break; v = tmp; body }
//   select            an array of csp_scase {ch, slot, dir, ok} in the frame, filled in
//                     source order (channels and send values are evaluated once, on entry,
//                     as Go's spec says); csp_select returns the case that ran (-1: default)
//                     and a switch runs its clause. A receive clause's assignment runs in
//                     its clause, from the slot (its value is handed to the assignment as
//                     an already-evaluated expression, through hoisted_).
//   select {}         csp_block(g): never returns.
// A receive is ordered like a call (gc's order.go: ORECV is copied into a temporary with
// the calls of its statement), so hoistCalls evaluates it ahead (codegen_order.cpp).
#include "jit/codegen.h"

namespace csp {

namespace {

const Type* chanElem(const Type* t) { return t->underlying()->as<ChanType>()->elem; }

}  // namespace

llvm::StructType* FuncGen::scaseType() {
  llvm::Type* p = b_.getPtrTy();
  llvm::Type* i64 = b_.getInt64Ty();
  return llvm::StructType::get(m_.ctx(), {p, p, i64, i64});  // csp_scase (known to compiler)
}

llvm::Value* FuncGen::genChanMake(CallExpr* e) {
  llvm::Value* size = e->args.size() > 1 ? toInt64(genExpr(e->args[1]), e->args[1]->type) : b_.getInt64(0);
  setLoc(e->pos);
  return rtCall(RtFn::chan_make, {m_.typeDescriptor(chanElem(e->type)), size});
}

// <-ch: the received value, and with commaOk whether one was received (false: closed).
std::vector<llvm::Value*> FuncGen::genRecv(UnaryExpr* u, bool commaOk) {
  const Type* elem = chanElem(u->x->type);
  llvm::Value* ch = genExpr(u->x);
  llvm::Value* slot = temp(elem, "recv");
  setLoc(u->pos);
  llvm::Value* ok = rtCall(RtFn::chan_recv, {g(), ch, slot});
  llvm::Value* v = load(slot, elem);
  if (commaOk) return {v, ok};
  return {v};
}

// ch <- v's operands: the channel into *ch, and v converted to the element type in a
// temporary, whose address is returned (both evaluated in Go's order, channel first).
llvm::Value* FuncGen::genSendValue(SendStmt* s, llvm::Value** ch) {
  hoistCalls(std::vector<Expr*>{s->chan, s->value});
  const Type* elem = chanElem(s->chan->type);
  *ch = genExpr(s->chan);
  llvm::Value* v = convertForAssign(genExpr(s->value), s->value->type, elem, s->value->pos);
  llvm::Value* slot = temp(elem, "send");
  store(slot, v, elem);
  return slot;
}

// ch <- v
void FuncGen::genSend(SendStmt* s) {
  llvm::Value* ch;
  llvm::Value* slot = genSendValue(s, &ch);
  setLoc(s->pos);
  rtCall(RtFn::chan_send, {g(), ch, slot});
}

void FuncGen::genClose(CallExpr* e) {
  llvm::Value* ch = genExpr(e->args[0]);
  setLoc(e->pos);
  rtCall(RtFn::chan_close, {g(), ch});
}

llvm::Value* FuncGen::genChanLenCap(llvm::Value* ch, bool isCap) {
  return rtCall(isCap ? RtFn::chan_cap : RtFn::chan_len, {ch});
}

// for v := range ch
void FuncGen::genRangeChan(RangeStmt* s) {
  const Type* elem = chanElem(s->x->type);
  llvm::Value* ch = genExpr(s->x);
  llvm::Value* slot = temp(elem, "range.recv");
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* endBB = newBlock("range.end");
  loopHeader(condBB);
  setLoc(s->pos);
  llvm::Value* ok = rtCall(RtFn::chan_recv, {g(), ch, slot});
  b_.CreateCondBr(ok, bodyBB, endBB);
  b_.SetInsertPoint(bodyBB);
  genRangeAssign(s, s->key, load(slot, elem), elem);
  genLoopBody(s, condBB, endBB);
}

void FuncGen::genSelect(SelectStmt* s) {
  std::vector<CommClause*> comms;  // the clauses with a communication, in source order
  CommClause* dflt = nullptr;
  for (CommClause* cc : s->clauses) {
    if (cc->comm) comms.push_back(cc);
    else dflt = cc;
  }
  if (comms.empty() && !dflt) {  // select {}
    setLoc(s->pos);
    rtCallNoReturn(RtFn::block, {g()});
    return;
  }
  llvm::BasicBlock* endBB = newBlock("select.end");
  llvm::StructType* scTy = scaseType();
  llvm::ArrayType* casesTy = llvm::ArrayType::get(scTy, comms.size());
  llvm::Value* cases = nullptr;
  if (!comms.empty()) cases = entryAlloca(casesTy, "select.cases");
  std::vector<llvm::Value*> slots(comms.size(), nullptr);
  std::vector<const Type*> elems(comms.size(), nullptr);  // receives' element types
  for (size_t i = 0; i < comms.size(); i++) {
    Stmt* comm = comms[i]->comm;
    llvm::Value* sc = b_.CreateConstGEP2_32(casesTy, cases, 0, static_cast<unsigned>(i));
    llvm::Value* ch;
    int64_t dir;
    if (auto* send = comm->as<SendStmt>()) {
      slots[i] = genSendValue(send, &ch);
      dir = 1;
    } else {
      Expr* rhs = comm->kind == StmtKind::Expr ? comm->as<ExprStmt>()->x : comm->as<AssignStmt>()->rhs[0];
      UnaryExpr* u = unparen(rhs)->as<UnaryExpr>();  // sema checked it is a receive
      hoistCalls(u->x);
      elems[i] = chanElem(u->x->type);
      ch = genExpr(u->x);
      slots[i] = temp(elems[i], "select.recv");
      dir = 0;
    }
    b_.CreateStore(ch, b_.CreateStructGEP(scTy, sc, 0));
    b_.CreateStore(slots[i], b_.CreateStructGEP(scTy, sc, 1));
    b_.CreateStore(b_.getInt64(dir), b_.CreateStructGEP(scTy, sc, 2));
    b_.CreateStore(b_.getInt64(0), b_.CreateStructGEP(scTy, sc, 3));
  }
  setLoc(s->pos);
  llvm::Value* casesArg = cases ? cases : llvm::ConstantPointerNull::get(b_.getPtrTy());
  llvm::Value* idx = rtCall(RtFn::select, {g(), casesArg, b_.getInt64(comms.size()), b_.getInt1(dflt != nullptr)});

  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < comms.size(); i++) bodies.push_back(newBlock("select.case"));
  llvm::BasicBlock* dfltBB = dflt ? newBlock("select.default") : endBB;
  llvm::SwitchInst* sw = b_.CreateSwitch(idx, dfltBB, static_cast<unsigned>(comms.size()));
  for (size_t i = 0; i < comms.size(); i++) sw->addCase(b_.getInt64(static_cast<uint64_t>(i)), bodies[i]);
  targets_.push_back({s, endBB, nullptr});
  for (size_t i = 0; i < comms.size(); i++) {
    b_.SetInsertPoint(bodies[i]);
    if (auto* a = comms[i]->comm->as<AssignStmt>()) {
      // v [, ok] = / := <-ch: the received value (and ok) as the already evaluated rhs.
      llvm::Value* sc = b_.CreateConstGEP2_32(casesTy, cases, 0, static_cast<unsigned>(i));
      llvm::Value* v = load(slots[i], elems[i]);
      Expr* rhs = a->rhs[0];
      if (a->lhs.size() == 2) {
        llvm::Value* ok = b_.CreateICmpNE(b_.CreateLoad(b_.getInt64Ty(), b_.CreateStructGEP(scTy, sc, 3)), b_.getInt64(0));
        hoisted_[rhs] = {v, ok};
      } else {
        hoisted_[rhs] = {v};
      }
      genStmt(a);
    }
    genStmts(comms[i]->body);
    br(endBB);
  }
  if (dflt) {
    b_.SetInsertPoint(dfltBB);
    genStmts(dflt->body);
    br(endBB);
  }
  targets_.pop_back();
  b_.SetInsertPoint(endBB);
}

}  // namespace csp
