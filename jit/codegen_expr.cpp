// jit/codegen_expr.cpp: expressions: the dispatch switch, identifiers, unary and binary
// operators with Go's integer semantics, conversions and calls.
//
// Go semantics kept here:
//  - integer + - * wrap around (no nsw/nuw flags);
//  - x / 0 and x % 0 panic (csp_panic_divide); MinInt / -1 == MinInt and MinInt % -1 == 0
//    (the divisor -1 is replaced by 1 and the quotient negated, so no UB);
//  - shifts: a count >= the width gives 0 (<<, unsigned >>) or the sign fill (signed >>); a
//    negative signed count panics (csp_panic_shift);
//  - float comparisons are ordered, except != (unordered: NaN != NaN);
//  - float -> int conversions behave as Go's amd64 code does (out of range: MinInt32/64),
//    never poison;
//  - && and || short-circuit;
//  - a call or &&/|| yields its result if hoistCalls evaluated it ahead (codegen_order.cpp).
#include "jit/codegen.h"

namespace csp {

llvm::Value* FuncGen::genExpr(Expr* e) {
  if (auto it = hoisted_.find(e); it != hoisted_.end()) {  // evaluated ahead (hoistCalls, subst)
    llvm::Value* v = it->second.empty() ? nullptr : it->second[0];
    hoisted_.erase(it);
    return v;
  }
  if (e->mode == ExprMode::Constant && e->value) return m_.constant(*e->value, e->type, e->pos);
  switch (e->kind) {
    case ExprKind::Paren: return genExpr(e->as<ParenExpr>()->x);
    case ExprKind::Ident: return genIdent(e->as<Ident>());
    case ExprKind::Unary: return genUnary(e->as<UnaryExpr>());
    case ExprKind::Binary: return genBinary(e->as<BinaryExpr>());
    case ExprKind::Call: {
      std::vector<llvm::Value*> r = genCall(e->as<CallExpr>());
      return r.empty() ? nullptr : r[0];
    }
    case ExprKind::Await: {
      std::vector<llvm::Value*> r = genAwait(e->as<AwaitExpr>());
      return r.empty() ? nullptr : r[0];
    }
    case ExprKind::Index: return genIndex(e->as<IndexExpr>());
    case ExprKind::Slice: return genSliceExpr(e->as<SliceExpr>());
    case ExprKind::Selector: return genSelector(e->as<SelectorExpr>());
    case ExprKind::CompositeLit: return genCompositeLit(e->as<CompositeLit>());
    case ExprKind::FuncLit: return genFuncLit(e->as<FuncLit>());
    case ExprKind::TypeAssert: return genTypeAssert(e->as<TypeAssertExpr>(), false)[0];
    case ExprKind::Star: {
      auto* st = e->as<StarExpr>();
      llvm::Value* p = genExpr(st->x);
      setLoc(st->pos);
      nilCheck(p, st->pos);
      return load(p, e->type);
    }
    default: break;
  }
  m_.notImplemented(e->pos, "this expression");
  return dummy(e->type);
}

std::vector<llvm::Value*> FuncGen::genValues(const std::vector<Expr*>& exprs,
                                             std::vector<const Type*>* types) {
  std::vector<llvm::Value*> vals;
  if (exprs.size() == 1 && exprs[0]->type) {
    if (auto* tup = exprs[0]->type->as<TupleType>()) {  // f(g()), a, b := g(), return g()
      Expr* e = exprs[0];
      Expr* u = unparen(e);
      if (auto it = hoisted_.find(e); it != hoisted_.end()) {
        vals = it->second;
        hoisted_.erase(it);
      } else if (auto* call = u->as<CallExpr>()) {
        vals = genCall(call);
      } else if (auto* aw = u->as<AwaitExpr>()) {  // a, b := await t
        vals = genAwait(aw);
      } else if (auto* ix = u->as<IndexExpr>()) {  // v, ok := m[k]
        vals = genMapIndex(ix, true);
      } else if (auto* ta = u->as<TypeAssertExpr>()) {  // v, ok := x.(T)
        vals = genTypeAssert(ta, true);
      } else if (auto* un = u->as<UnaryExpr>(); un && un->op == Tok::Arrow) {  // v, ok := <-ch
        vals = genRecv(un, true);
      }
      if (types)
        for (const Type* t : tup->elems) types->push_back(t);
      return vals;
    }
  }
  for (Expr* e : exprs) {
    vals.push_back(genExpr(e));
    if (types) types->push_back(e->type);
  }
  return vals;
}

// Assignability conversions: nil to any type with nil, boxing into an interface, interface to
// interface; everything else has an identical representation.
llvm::Value* FuncGen::convertForAssign(llvm::Value* v, const Type* from, const Type* to, Pos pos) {
  if (!v || !from || !to) return v;
  if (from->kind == TypeKind::UntypedNil) return zeroValue(to);
  bool toIface = to->underlying()->kind == TypeKind::Interface;
  bool fromIface = from->underlying()->kind == TypeKind::Interface;
  if (toIface && !fromIface) return box(v, from, /*escapes=*/!noEscape_, pos, to);
  if (toIface && fromIface) return ifaceConvert(v, from, to);
  return v;
}

llvm::Value* FuncGen::genIdent(Ident* e) {
  Object* obj = e->obj;
  if (obj && obj->kind == ObjKind::Var) return load(varAddr(obj), e->type);
  if (obj && obj->kind == ObjKind::Nil) return m_.zero(e->type);
  if (obj && obj->kind == ObjKind::Func && obj->decl) return m_.funcValue(m_.function(obj->decl));
  m_.notImplemented(e->pos, "use of " + e->name + " as a value");
  return dummy(e->type);
}

// op x   (+ - ^ ! &)
llvm::Value* FuncGen::genUnary(UnaryExpr* e) {
  if (e->op == Tok::And) {  // &x: its address (sema made x escape), or a new &T{...}
    Expr* x = unparen(e->x);
    if (auto* lit = x->as<CompositeLit>()) {
      llvm::Value* v = genCompositeLit(lit);
      llvm::Value* p = heapAlloc(lit->type);
      store(p, v, lit->type);
      return p;
    }
    return addrOf(x);
  }
  if (e->op == Tok::Arrow) return genRecv(e, false)[0];
  llvm::Value* x = genExpr(e->x);
  switch (e->op) {
    case Tok::Add: return x;
    case Tok::Sub: return x->getType()->isFloatingPointTy() ? b_.CreateFNeg(x) : b_.CreateNeg(x);
    case Tok::Xor: return b_.CreateNot(x);
    case Tok::Not: return b_.CreateNot(x);
    default:
      m_.notImplemented(e->pos, std::string("unary ") + tokName(e->op));
      return dummy(e->type);
  }
}

// x op y
llvm::Value* FuncGen::genBinary(BinaryExpr* e) {
  if (e->op == Tok::LAnd || e->op == Tok::LOr) return genLogical(e);
  llvm::Value* x = genExpr(e->x);
  llvm::Value* y = genExpr(e->y);
  if (isComparisonOp(e->op)) {
    // A comparison of an interface with a non-interface value compares in the interface type.
    const Type* xt = e->x->type;
    const Type* yt = e->y->type;
    bool xi = xt->underlying()->kind == TypeKind::Interface, yi = yt->underlying()->kind == TypeKind::Interface;
    if (xi && !yi) y = convertForAssign(y, yt, xt, e->opPos);
    if (yi && !xi) {
      x = convertForAssign(x, xt, yt, e->opPos);
      return genCompare(e->op, x, y, yt, e->opPos);
    }
    if (xt->kind == TypeKind::UntypedNil) return genCompare(e->op, y, x, yt, e->opPos);
  }
  switch (e->op) {
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq:
      return genCompare(e->op, x, y, e->x->type, e->opPos);
    default:
      return genArith(e->op, x, y, e->type, e->y->type, e->opPos);
  }
}

// x && y, x || y: y is evaluated only if needed.
llvm::Value* FuncGen::genLogical(BinaryExpr* e) {
  bool isAnd = e->op == Tok::LAnd;
  llvm::Value* x = genExpr(e->x);
  llvm::BasicBlock* xEnd = b_.GetInsertBlock();
  llvm::BasicBlock* rhsBB = newBlock(isAnd ? "and.rhs" : "or.rhs");
  llvm::BasicBlock* endBB = newBlock(isAnd ? "and.end" : "or.end");
  if (isAnd)
    b_.CreateCondBr(x, rhsBB, endBB);
  else
    b_.CreateCondBr(x, endBB, rhsBB);
  b_.SetInsertPoint(rhsBB);
  hoistCalls(e->y);  // y is an evaluation root of its own (codegen_order.cpp)
  llvm::Value* y = genExpr(e->y);
  llvm::BasicBlock* yEnd = b_.GetInsertBlock();
  b_.CreateBr(endBB);
  b_.SetInsertPoint(endBB);
  llvm::PHINode* phi = b_.CreatePHI(b_.getInt1Ty(), 2);
  phi->addIncoming(b_.getInt1(!isAnd), xEnd);
  phi->addIncoming(y, yEnd);
  return phi;
}

llvm::Value* FuncGen::genArith(Tok op, llvm::Value* x, llvm::Value* y, const Type* t,
                               const Type* yt, Pos pos) {
  const Type* u = t->underlying();
  if (u->isString()) return genStrConcat(x, y);
  if (u->isFloat()) {
    switch (op) {
      case Tok::Add: return b_.CreateFAdd(x, y);
      case Tok::Sub: return b_.CreateFSub(x, y);
      case Tok::Mul: return b_.CreateFMul(x, y);
      case Tok::Quo: return b_.CreateFDiv(x, y);
      default: break;
    }
  } else {
    switch (op) {
      case Tok::Add: return b_.CreateAdd(x, y);
      case Tok::Sub: return b_.CreateSub(x, y);
      case Tok::Mul: return b_.CreateMul(x, y);
      case Tok::Quo: case Tok::Rem: return genDivRem(op, x, y, t, pos);
      case Tok::And: return b_.CreateAnd(x, y);
      case Tok::Or: return b_.CreateOr(x, y);
      case Tok::Xor: return b_.CreateXor(x, y);
      case Tok::AndNot: return b_.CreateAnd(x, b_.CreateNot(y));
      case Tok::Shl: case Tok::Shr: return genShift(op, x, y, t, yt, pos);
      default: break;
    }
  }
  m_.notImplemented(pos, std::string("operator ") + tokName(op) + " on " + t->str());
  return x;
}

llvm::Value* FuncGen::genDivRem(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos p) {
  auto* cy = llvm::dyn_cast<llvm::ConstantInt>(y);
  if (!cy || cy->isZero()) {
    panicIf(b_.CreateICmpEQ(y, llvm::ConstantInt::get(y->getType(), 0)),
            [&] { setLoc(p); rtCallNoReturn(RtFn::panic_divide, {}); });
  }
  bool isQuo = op == Tok::Quo;
  if (t->isUnsigned()) return isQuo ? b_.CreateUDiv(x, y) : b_.CreateURem(x, y);
  if (cy && !cy->isMinusOne()) return isQuo ? b_.CreateSDiv(x, y) : b_.CreateSRem(x, y);
  // y == -1: x / -1 == -x (wrapping), x % -1 == 0; divide by 1 instead to avoid UB.
  llvm::Value* minus1 = b_.CreateICmpEQ(y, llvm::ConstantInt::getSigned(y->getType(), -1));
  llvm::Value* safeY = b_.CreateSelect(minus1, llvm::ConstantInt::get(y->getType(), 1), y);
  if (!isQuo) return b_.CreateSRem(x, safeY);
  return b_.CreateSelect(minus1, b_.CreateNeg(x), b_.CreateSDiv(x, safeY));
}

llvm::Value* FuncGen::genShift(Tok op, llvm::Value* x, llvm::Value* y, const Type* t,
                               const Type* yt, Pos p) {
  llvm::Type* ty = x->getType();
  unsigned width = ty->getIntegerBitWidth();
  llvm::Type* yty = y->getType();
  if (yt && !yt->isUnsigned()) {
    auto* cy = llvm::dyn_cast<llvm::ConstantInt>(y);
    if (!cy)
      panicIf(b_.CreateICmpSLT(y, llvm::ConstantInt::get(yty, 0)),
              [&] { setLoc(p); rtCallNoReturn(RtFn::panic_shift, {}); });
  }
  llvm::Value* tooBig = b_.CreateICmpUGE(y, llvm::ConstantInt::get(yty, width));
  llvm::Value* count = b_.CreateZExtOrTrunc(y, ty);
  if (op == Tok::Shl)
    return b_.CreateSelect(tooBig, llvm::ConstantInt::get(ty, 0), b_.CreateShl(x, count));
  if (t->isUnsigned())
    return b_.CreateSelect(tooBig, llvm::ConstantInt::get(ty, 0), b_.CreateLShr(x, count));
  count = b_.CreateSelect(tooBig, llvm::ConstantInt::get(ty, width - 1), count);
  return b_.CreateAShr(x, count);
}

llvm::Value* FuncGen::genCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos) {
  const Type* u = t->underlying();
  if (m_.isMemory(t)) {
    llvm::Value* eq = genEqual(x, y, t, pos);
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  if (u->isString()) return genStrCompare(op, x, y);
  // Slices, maps and funcs compare only with nil: their pointer word.
  if (u->kind == TypeKind::Slice || u->kind == TypeKind::Pointer || u->kind == TypeKind::Map ||
      u->kind == TypeKind::Signature || u->kind == TypeKind::Chan || u->kind == TypeKind::UntypedNil) {
    auto word = [&](llvm::Value* v) { return v->getType()->isStructTy() ? b_.CreateExtractValue(v, 0) : v; };
    llvm::Value* eq = b_.CreateICmpEQ(word(x), word(y));
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  if (u->isFloat()) {
    switch (op) {
      case Tok::Eql: return b_.CreateFCmpOEQ(x, y);
      case Tok::Neq: return b_.CreateFCmpUNE(x, y);
      case Tok::Lss: return b_.CreateFCmpOLT(x, y);
      case Tok::Leq: return b_.CreateFCmpOLE(x, y);
      case Tok::Gtr: return b_.CreateFCmpOGT(x, y);
      default: return b_.CreateFCmpOGE(x, y);
    }
  }
  if (u->kind == TypeKind::Interface) return genIfaceCompare(op, x, y, t, pos);
  bool uns = u->isUnsigned();
  switch (op) {
    case Tok::Eql: return b_.CreateICmpEQ(x, y);
    case Tok::Neq: return b_.CreateICmpNE(x, y);
    case Tok::Lss: return uns ? b_.CreateICmpULT(x, y) : b_.CreateICmpSLT(x, y);
    case Tok::Leq: return uns ? b_.CreateICmpULE(x, y) : b_.CreateICmpSLE(x, y);
    case Tok::Gtr: return uns ? b_.CreateICmpUGT(x, y) : b_.CreateICmpSGT(x, y);
    default: return uns ? b_.CreateICmpUGE(x, y) : b_.CreateICmpSGE(x, y);
  }
}

// Interface ==/!=: the same dynamic type, and equal values.
llvm::Value* FuncGen::genIfaceCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos) {
  auto isNil = [](llvm::Value* v) {
    auto* c = llvm::dyn_cast<llvm::Constant>(v);
    return c && c->isNullValue();
  };
  llvm::Value* eq;
  if (isNil(x) || isNil(y)) {
    llvm::Value* v = isNil(x) ? y : x;
    eq = v->getType()->isStructTy() ? b_.CreateIsNull(b_.CreateExtractValue(v, 0)) : b_.getTrue();
  } else {
    // Same dynamic type, then (if non-nil) equal values; csp_iface_eq panics for uncomparable types.
    llvm::Value* tx = ifaceDynType(x, t);
    llvm::Value* ty = ifaceDynType(y, t);
    llvm::BasicBlock* before = b_.GetInsertBlock();
    llvm::BasicBlock* cmp = newBlock("ifeq.data");
    llvm::BasicBlock* done = newBlock("ifeq.done");
    llvm::Value* sameType = b_.CreateICmpEQ(tx, ty);
    b_.CreateCondBr(b_.CreateAnd(sameType, b_.CreateIsNotNull(tx)), cmp, done);
    b_.SetInsertPoint(cmp);
    setLoc(pos);
    llvm::Value* deq = rtCall(RtFn::iface_eq, {tx, b_.CreateExtractValue(x, 1), b_.CreateExtractValue(y, 1)});
    llvm::BasicBlock* cmpEnd = b_.GetInsertBlock();
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(b_.getInt1Ty(), 2);
    phi->addIncoming(sameType, before);  // different types: false; both nil: true
    phi->addIncoming(deq, cmpEnd);
    eq = phi;
  }
  return op == Tok::Eql ? eq : b_.CreateNot(eq);
}

// T(x) between numeric types, integer -> string, and identical representations.
llvm::Value* FuncGen::genConversion(llvm::Value* v, const Type* from, const Type* to, Pos p) {
  const Type* fu = from->underlying();
  const Type* tu = to->underlying();
  llvm::Type* dst = m_.llvmType(to);
  if (tu->isString() && fu->isInteger()) return rtCall(RtFn::str_from_rune, {toInt64(v, from)});
  if (tu->kind == TypeKind::Interface || from->kind == TypeKind::UntypedNil) return convertForAssign(v, from, to, p);
  auto elemKind = [](const Type* t) {
    auto* s = t->underlying()->as<SliceType>();
    return s ? s->elem->underlying()->kind : TypeKind::Invalid;
  };
  if (tu->isString() && elemKind(from) == TypeKind::Uint8)
    return rtCall(RtFn::str_from_bytes, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
  if (tu->isString() && elemKind(from) == TypeKind::Int32)
    return rtCall(RtFn::str_from_runes, {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1)});
  if (fu->isString() && (elemKind(to) == TypeKind::Uint8 || elemKind(to) == TypeKind::Int32)) {
    llvm::Value* out = entryAlloca(m_.rt().sliceTy(), "conv.out");
    rtCall(elemKind(to) == TypeKind::Uint8 ? RtFn::str_to_bytes : RtFn::str_to_runes,
           {b_.CreateExtractValue(v, 0), b_.CreateExtractValue(v, 1), out});
    return b_.CreateLoad(m_.rt().sliceTy(), out);
  }
  if (auto* fs = fu->as<SliceType>()) {  // slice to array pointer / array (panics if too short)
    const ArrayType* at = nullptr;
    bool toPtr = false;
    if (auto* pt = tu->as<PointerType>()) {
      at = pt->elem->underlying()->as<ArrayType>();
      toPtr = true;
    } else {
      at = tu->as<ArrayType>();
    }
    if (at) {
      (void)fs;
      llvm::Value* len = b_.CreateExtractValue(v, 1);
      llvm::Value* n = b_.getInt64(at->len);
      panicIf(b_.CreateICmpULT(len, n), [&] {
        setLoc(p);
        rtCallNoReturn(RtFn::panic_convert, {len, n});
      });
      llvm::Value* ptr = b_.CreateExtractValue(v, 0);
      if (toPtr) return ptr;
      return load(ptr, to);
    }
  }
  if (v->getType() == dst && (fu->isFloat() == tu->isFloat())) return v;
  if (fu->isInteger() && tu->isInteger()) {
    return fu->isUnsigned() ? b_.CreateZExtOrTrunc(v, dst) : b_.CreateSExtOrTrunc(v, dst);
  }
  if (fu->isInteger() && tu->isFloat())
    return fu->isUnsigned() ? b_.CreateUIToFP(v, dst) : b_.CreateSIToFP(v, dst);
  if (fu->isFloat() && tu->isInteger()) return genFloatToInt(v, tu, dst);
  if (fu->isFloat() && tu->isFloat()) return b_.CreateFPCast(v, dst);
  if (v->getType() == dst || m_.isMemory(to)) return v;
  m_.notImplemented(p, "conversion from " + from->str() + " to " + to->str());
  return dummy(to);
}

// The hardware conversion Go's amd64 compiler uses (CVTTSD2SL / CVTTSD2SQ): truncation when
// in range, else the "integer indefinite" value MinInt32 / MinInt64 (NaN too). fptosi.sat
// keeps LLVM free of poison; the select gives the out-of-range result.
llvm::Value* FuncGen::cvtFloat(llvm::Value* x, unsigned bits) {
  llvm::Type* ity = b_.getIntNTy(bits);
  double lim = bits == 32 ? 2147483648.0 : 9223372036854775808.0;
  llvm::Value* inRange = b_.CreateAnd(
      b_.CreateFCmpOGE(x, llvm::ConstantFP::get(x->getType(), -lim)),
      b_.CreateFCmpOLT(x, llvm::ConstantFP::get(x->getType(), lim)));
  llvm::Value* t = b_.CreateIntrinsic(llvm::Intrinsic::fptosi_sat, {ity, x->getType()}, {x});
  return b_.CreateSelect(inRange, t, llvm::ConstantInt::get(ity, llvm::APInt::getSignedMinValue(bits)));
}

// float -> integer as Go on amd64 does it (the spec leaves out-of-range results to the
// implementation; real Go on amd64 is our oracle): int8/16/32 and uint8/16 via a 32-bit
// conversion, int64/uint32 via a 64-bit one, uint64 with Go's two-range sequence.
llvm::Value* FuncGen::genFloatToInt(llvm::Value* v, const Type* tu, llvm::Type* dst) {
  llvm::Value* x = b_.CreateFPExt(v, b_.getDoubleTy());
  unsigned bits = dst->getIntegerBitWidth();
  if (tu->kind == TypeKind::Uint64 || tu->kind == TypeKind::Uint || tu->kind == TypeKind::Uintptr) {
    llvm::Value* two63 = llvm::ConstantFP::get(b_.getDoubleTy(), 9223372036854775808.0);
    llvm::Value* low = cvtFloat(x, 64);
    llvm::Value* high = b_.CreateOr(cvtFloat(b_.CreateFSub(x, two63), 64),
                                    b_.getInt64(0x8000000000000000ULL));
    return b_.CreateSelect(b_.CreateFCmpOLT(x, two63), low, high);
  }
  bool wide = bits == 64 || tu->kind == TypeKind::Uint32;
  return b_.CreateTrunc(cvtFloat(x, wide ? 64 : 32), dst);
}

// f(args), T(x), builtin(args), pkg.F(args), x.M(args), fv(args)
std::vector<llvm::Value*> FuncGen::genCall(CallExpr* e) {
  setLoc(e->pos);
  if (e->callKind == CallKind::Conversion) {
    if (e->args.size() != 1) return {dummy(e->type)};
    Expr* arg = e->args[0];
    llvm::Value* v = genConversion(genExpr(arg), arg->type, e->type, e->pos);
    // Go converts a constant string to []byte into an array of exactly its length (walk's
    // stringtoslicebyte of a literal), so cap == len; other conversions round up.
    auto* st = e->type->underlying()->as<SliceType>();
    if (arg->value && arg->type->underlying()->isString() && st && st->elem->underlying()->kind == TypeKind::Uint8)
      v = b_.CreateInsertValue(v, b_.CreateExtractValue(v, 1), 2);
    return {v};
  }
  if (e->callKind == CallKind::Builtin) return genBuiltin(e);
  Expr* fun = unparen(e->fun);
  Object* fn = nullptr;
  if (auto* id = fun->as<Ident>()) {
    fn = id->obj;
  } else if (auto* sel = fun->as<SelectorExpr>()) {
    if (sel->selKind == SelKind::Method) return genMethodCall(e, sel);
    if (sel->selKind == SelKind::Qualified) fn = sel->sel->obj;
  }
  if (fn && fn->kind == ObjKind::Func && fn->intrinsic) return genIntrinsic(e, fn->intrinsic);
  if (fn && fn->kind == ObjKind::Func && fn->decl) return genUserCall(e, fn->decl);
  return genFuncValueCall(e);
}

std::vector<llvm::Value*> FuncGen::genUserCall(CallExpr* e, FuncDecl* decl) {
  llvm::Function* f = decl->body ? m_.function(decl) : nullptr;
  const Signature* sig = decl->name && decl->name->obj && decl->name->obj->type
                             ? decl->name->obj->type->as<Signature>() : nullptr;
  if (!sig) return {};
  if (!decl->body) {  // implemented in C++: its arguments are only borrowed
    noEscape_ = true;
    std::vector<llvm::Value*> args = callArgs(e, sig);
    noEscape_ = false;
    setLoc(e->pos);
    return callBridge(decl, args);
  }
  std::vector<llvm::Value*> args = callArgs(e, sig);
  setLoc(e->pos);
  m_.noteCall(fn_, f);
  return callCsp(f, m_.abi(sig), nullptr, args);
}

}  // namespace csp
