// jit/codegen_order.cpp: the order in which calls of one statement are evaluated.
//
// Go's spec leaves open when a variable operand is read relative to the function calls of
// the same statement; gc (cmd/compile/internal/walk/order.go), our oracle, evaluates every
// call of a statement into a temporary first, then the rest of the statement. So at each
// evaluation root (see the statement generators: the expressions of one assignment, return,
// expression statement, var initializer, if/for condition, switch tag, each case expression,
// range expression) hoistCalls() runs first: it generates, in source order, depth first
// (arguments before the call that uses them), every CallExpr with CallKind::Call (user and
// library functions; not builtins, not conversions) and keeps its result in `hoisted_`;
// genExpr then yields the kept result instead of calling again.
// gc also evaluates a whole `x && y` / `x || y` into a temporary at its place in that walk
// (after the calls before it, before those after it, reading its variables then), so it is
// kept the same way.
//
// Invariants:
//  - The right operand of && and || is not walked: it is conditional. genLogical applies
//    the same rule to it locally, in the block where it is evaluated, so every kept value
//    dominates its use.
//  - A kept result is consumed (erased) by the one genExpr of its expression.
//  - Constant expressions contain no calls and are not walked.
#include "jit/codegen.h"

namespace csp {

void FuncGen::hoistCalls(Expr* e) {
  if (!e || (e->mode == ExprMode::Constant && e->value) || hoisted_.count(e)) return;
  switch (e->kind) {
    case ExprKind::Paren: hoistCalls(e->as<ParenExpr>()->x); return;
    case ExprKind::Unary: {
      auto* u = e->as<UnaryExpr>();
      hoistCalls(u->x);
      if (u->op == Tok::Arrow) hoisted_[e] = genRecv(u, e->type && e->type->as<TupleType>());  // ordered like a call
      return;
    }
    case ExprKind::Binary: {
      auto* bin = e->as<BinaryExpr>();
      hoistCalls(bin->x);
      if (bin->op != Tok::LAnd && bin->op != Tok::LOr) {
        hoistCalls(bin->y);
        return;
      }
      llvm::Value* v = genLogical(bin);
      hoisted_[e] = {v};
      return;
    }
    case ExprKind::Index: {
      auto* ix = e->as<IndexExpr>();
      hoistCalls(ix->x);
      hoistCalls(ix->index);
      return;
    }
    case ExprKind::Slice: {
      auto* sl = e->as<SliceExpr>();
      hoistCalls(sl->x);
      hoistCalls(sl->lo);
      hoistCalls(sl->hi);
      hoistCalls(sl->max);
      return;
    }
    case ExprKind::Selector: hoistCalls(e->as<SelectorExpr>()->x); return;
    case ExprKind::Star: hoistCalls(e->as<StarExpr>()->x); return;
    case ExprKind::TypeAssert: hoistCalls(e->as<TypeAssertExpr>()->x); return;
    case ExprKind::KeyValue:
      hoistCalls(e->as<KeyValueExpr>()->key);
      hoistCalls(e->as<KeyValueExpr>()->val);
      return;
    case ExprKind::CompositeLit:
      for (Expr* elt : e->as<CompositeLit>()->elts) hoistCalls(elt);
      return;
    case ExprKind::Await: hoistAwait(e->as<AwaitExpr>()); return;  // a suspension point: ordered like a call
    case ExprKind::Call: {
      auto* call = e->as<CallExpr>();
      if (call->callKind == CallKind::Call) hoistCalls(call->fun);
      for (Expr* a : call->args) hoistCalls(a);
      if (call->callKind == CallKind::Call) hoisted_[e] = genCall(call);
      return;
    }
    default: return;
  }
}

void FuncGen::hoistCalls(const std::vector<Expr*>& exprs) {
  for (Expr* e : exprs) hoistCalls(e);
}

}  // namespace csp
