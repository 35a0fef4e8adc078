// frontend/sema_builtin.cpp: calls of built-in functions (go/types builtins.go): append, cap,
// clear, copy, delete, len, make, new, panic, print, println, recover, min, max. close and the
// complex-number built-ins are rejected (channels arrive with the goroutine runtime; csp has no
// complex numbers). CallExpr::builtin is set by call(); the result operand is computed here.
//
// make and new take a type as their first argument, so their arguments are not evaluated up
// front like the others'.
#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {
struct BuiltinInfo {
  const char* name;
  int nargs;
  bool variadic;
};
BuiltinInfo builtinInfo(int id) {
  switch (id) {
    case kBuiltinLen: return {"len", 1, false};
    case kBuiltinPrint: return {"print", 0, true};
    case kBuiltinPrintln: return {"println", 0, true};
    case kBuiltinPanic: return {"panic", 1, false};
    case kBuiltinMin: return {"min", 1, true};
    case kBuiltinMax: return {"max", 1, true};
    case kBuiltinAppend: return {"append", 1, true};
    case kBuiltinCap: return {"cap", 1, false};
    case kBuiltinClear: return {"clear", 1, false};
    case kBuiltinClose: return {"close", 1, false};
    case kBuiltinComplex: return {"complex", 2, false};
    case kBuiltinCopy: return {"copy", 2, false};
    case kBuiltinDelete: return {"delete", 2, false};
    case kBuiltinImag: return {"imag", 1, false};
    case kBuiltinMake: return {"make", 1, true};
    case kBuiltinNew: return {"new", 1, false};
    case kBuiltinReal: return {"real", 1, false};
    case kBuiltinRecover: return {"recover", 0, false};
    case kBuiltinAsyncioGather: return {"asyncio.Gather", 0, true};
    case kBuiltinAsyncioRun: return {"asyncio.Run", 1, false};
    case kBuiltinAsyncioCancel: return {"asyncio.Cancel", 1, false};
    case kBuiltinAsyncioDone: return {"asyncio.Done", 1, false};
    case kBuiltinAsyncioCancelled: return {"asyncio.Cancelled", 1, false};
    case kBuiltinAsyncioShield: return {"asyncio.Shield", 1, false};
    case kBuiltinAsyncioWaitFor: return {"asyncio.WaitFor", 2, false};
    case kBuiltinAsyncioWait: return {"asyncio.Wait", 2, false};
    case kBuiltinAsyncioAsCompleted: return {"asyncio.AsCompleted", 1, false};
    case kBuiltinAsyncioGatherErrors: return {"asyncio.GatherErrors", 0, true};
    default: return {"?", 0, false};
  }
}

// Does e contain a function call or a channel receive? (len/cap of an array is constant only
// if not: go/types' hasCallOrRecv.)
bool hasCallOrRecv(Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::Call: {
      auto* c = e->as<CallExpr>();
      if (c->callKind != CallKind::Conversion) return true;
      for (Expr* a : c->args)
        if (hasCallOrRecv(a)) return true;
      return false;
    }
    case ExprKind::Unary:
      if (e->as<UnaryExpr>()->op == Tok::Arrow) return true;
      return hasCallOrRecv(e->as<UnaryExpr>()->x);
    case ExprKind::Paren: return hasCallOrRecv(e->as<ParenExpr>()->x);
    case ExprKind::Selector: return hasCallOrRecv(e->as<SelectorExpr>()->x);
    case ExprKind::Index: return hasCallOrRecv(e->as<IndexExpr>()->x) || hasCallOrRecv(e->as<IndexExpr>()->index);
    case ExprKind::Star: return hasCallOrRecv(e->as<StarExpr>()->x);
    case ExprKind::Binary: return hasCallOrRecv(e->as<BinaryExpr>()->x) || hasCallOrRecv(e->as<BinaryExpr>()->y);
    case ExprKind::CompositeLit: {
      for (Expr* elt : e->as<CompositeLit>()->elts) {
        auto* kv = elt->as<KeyValueExpr>();
        if (hasCallOrRecv(kv ? kv->val : elt) || (kv && hasCallOrRecv(kv->key))) return true;
      }
      return false;
    }
    case ExprKind::FuncLit: return false;
    default: return false;
  }
}

bool isByteSlice(const Type* t) {
  auto* s = t->underlying()->as<SliceType>();
  return s && s->elem->underlying()->kind == TypeKind::Uint8;
}

}  // namespace

void Checker::builtinCall(Operand& x, CallExpr* call, int id) {
  BuiltinInfo bin = builtinInfo(id);
  x.mode = ExprMode::Invalid;
  x.type = types_.invalid();
  if (id == kBuiltinComplex || id == kBuiltinReal || id == kBuiltinImag) {
    error(call->pos, "complex numbers are not supported in csp");
    use(call->args);
    return;
  }
  if (id == kBuiltinAsyncioGather || id == kBuiltinAsyncioGatherErrors) {
    gatherCall(x, call, id == kBuiltinAsyncioGatherErrors);
    return;
  }
  if (id >= kBuiltinAsyncioCancel && id <= kBuiltinAsyncioAsCompleted) {
    asyncioCall(x, call, id);
    return;
  }
  if (id == kBuiltinAsyncioRun) {  // asyncio.Run(t): t's results, waited for by any goroutine
    if (call->args.size() != 1 || call->hasEllipsis) {
      error(call->rparen, std::string("invalid operation: ") + (call->args.empty() ? "not enough" : "too many") +
                              " arguments for " + exprStr(call) + " (expected 1, found " +
                              std::to_string(call->args.size()) + ")");
      use(call->args);
      return;
    }
    Operand t;
    expr(t, call->args[0]);
    if (t.invalid()) return;
    auto* task = t.type->underlying()->as<TaskType>();
    if (!task) {
      error(t.expr->pos, "cannot use " + operandStr(t) + " in asyncio.Run: not a task");
      return;
    }
    x.expr = call;
    if (task->results.empty()) {
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
    } else {
      x.mode = ExprMode::Value;
      x.type = task->results.size() == 1 ? task->results[0] : types_.tupleOf(task->results);
    }
    return;
  }
  if (id == kBuiltinClose) {  // close(c) (types2's _Close)
    if (call->args.size() != 1) {
      error(call->rparen, std::string("invalid operation: ") + (call->args.empty() ? "not enough" : "too many") +
                              " arguments for " + exprStr(call) + " (expected 1, found " +
                              std::to_string(call->args.size()) + ")");
      use(call->args);
      return;
    }
    Operand c;
    expr(c, call->args[0]);
    if (c.invalid()) return;
    auto* ch = c.type->underlying()->as<ChanType>();
    if (!ch) {
      error(c.expr->pos, "invalid operation: cannot close non-channel " + operandStr(c));
      return;
    }
    if (ch->dir == ChanDir::Recv) {
      error(c.expr->pos, "invalid operation: cannot close receive-only channel " + operandStr(c));
      return;
    }
    x.mode = ExprMode::NoValue;
    return;
  }
  if (call->hasEllipsis && id != kBuiltinAppend) {
    error(call->pos, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    use(call->args);
    return;
  }
  int nargs = static_cast<int>(call->args.size());
  auto arity = [&](int n) {
    const char* msg = nullptr;
    if (n < bin.nargs) msg = "not enough";
    else if (!bin.variadic && n > bin.nargs) msg = "too many";
    if (!msg) return true;
    error(call->rparen, std::string("invalid operation: ") + msg + " arguments for " + exprStr(call) +
                            " (expected " + std::to_string(bin.nargs) + ", found " + std::to_string(n) + ")");
    return false;
  };
  if (id == kBuiltinMake || id == kBuiltinNew) {
    if (!arity(nargs)) {
      use(call->args);
      return;
    }
    const Type* t = typExpr(call->args[0]);
    if (t->kind == TypeKind::Invalid) {
      use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
      return;
    }
    if (id == kBuiltinNew) {
      x.mode = ExprMode::Value;
      x.type = types_.pointerTo(t);
      return;
    }
    int min = 1;
    switch (t->underlying()->kind) {
      case TypeKind::Slice: min = 2; break;
      case TypeKind::Map: break;
      case TypeKind::Chan: break;
      default:
        error(call->args[0]->pos, "invalid argument: cannot make " + exprStr(call->args[0]) +
                                      "; type must be slice, map, or channel");
        use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
        return;
    }
    if (nargs < min || nargs > min + 1) {
      error(call->pos, "invalid operation: " + exprStr(call) + " expects " + std::to_string(min) + " or " +
                           std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
      use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
      return;
    }
    int64_t sizes[2] = {-1, -1};
    bool ok = true;
    for (int i = 1; i < nargs; i++) {
      int64_t v;
      if (!index(call->args[i], -1, &v)) ok = false;
      sizes[i - 1] = v;
    }
    if (!ok) return;
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
      error(call->args[1]->pos, "invalid argument: length and capacity swapped");
      return;
    }
    x.mode = ExprMode::Value;
    x.type = t;
    return;
  }

  std::vector<Operand> args;
  argList(args, call->args);
  for (Operand& a : args)
    if (a.invalid()) return;
  nargs = static_cast<int>(args.size());
  if (!arity(nargs)) return;
  switch (id) {
    case kBuiltinLen:
    case kBuiltinCap: {
      Operand& a = args[0];
      const Type* u = a.type->underlying();
      if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->kind == TypeKind::Array) u = p->elem->underlying();
      bool ok = false;
      x.mode = ExprMode::Value;
      if (a.type->isString() && id == kBuiltinLen) {
        ok = true;
        if (a.mode == ExprMode::Constant) {
          x.mode = ExprMode::Constant;
          x.val = Constant::makeInt64(static_cast<int64_t>(a.val.stringVal().size()));
        }
      } else if (auto* arr = u->as<ArrayType>()) {
        ok = true;
        if (!hasCallOrRecv(a.expr)) {
          x.mode = ExprMode::Constant;
          x.val = Constant::makeInt64(arr->len);
        }
      } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Chan) {
        ok = true;
      } else if (u->kind == TypeKind::Map && id == kBuiltinLen) {
        ok = true;
      }
      if (!ok) {
        if (u->kind != TypeKind::Invalid)
          error(a.expr->pos, "invalid argument: " + operandStr(a) + " for built-in " + bin.name);
        x.mode = ExprMode::Invalid;
        return;
      }
      x.type = types_.basic(TypeKind::Int);
      return;
    }
    case kBuiltinAppend: {
      Operand& s = args[0];
      if (s.isNil()) {
        error(s.expr->pos, "invalid argument: " + operandStr(s) + " (first argument to append must be a typed slice; have untyped nil)");
        return;
      }
      auto* st = s.type->underlying()->as<SliceType>();
      if (!st) {
        error(s.expr->pos, "invalid argument: " + operandStr(s) + " (first argument to append must be a slice; have " +
                               s.type->str() + ")");
        return;
      }
      if (call->hasEllipsis) {
        if (nargs != 2) {
          error(call->pos, "invalid operation: can only use ... with final argument in list");
          return;
        }
        Operand& t = args[1];
        if (isByteSlice(s.type) && t.type->isString()) {  // append([]byte, string...)
          assignment(t, types_.basic(TypeKind::String), "argument to append");
        } else {
          assignment(t, types_.sliceOf(st->elem), "argument to append");
          if (t.invalid()) return;
        }
      } else {
        call->packVariadic = true;
        for (int i = 1; i < nargs; i++) {
          assignment(args[i], st->elem, "argument to append");
          if (args[i].invalid()) return;
        }
      }
      x.mode = ExprMode::Value;
      x.type = s.type;
      return;
    }
    case kBuiltinCopy: {
      Operand& dst = args[0];
      Operand& src = args[1];
      auto* ds = dst.type->underlying()->as<SliceType>();
      if (!ds) {
        error(dst.expr->pos, "invalid argument: copy expects slice arguments; found " + operandStr(dst) + " and " +
                                 operandStr(src));
        return;
      }
      const Type* selem = nullptr;
      if (auto* ss = src.type->underlying()->as<SliceType>()) selem = ss->elem;
      else if (src.type->isString() && isByteSlice(dst.type)) selem = ds->elem;
      if (!selem) {
        error(dst.expr->pos, "invalid argument: copy expects slice arguments; found " + operandStr(dst) + " and " +
                                 operandStr(src));
        return;
      }
      if (!identical(ds->elem, selem)) {
        error(dst.expr->pos, "invalid argument: arguments to copy " + operandStr(dst) + " and " + operandStr(src) +
                                 " have different element types " + ds->elem->str() + " and " + selem->str());
        return;
      }
      if (src.type->isUntyped()) convertUntyped(src, types_.basic(TypeKind::String));
      x.mode = ExprMode::Value;
      x.type = types_.basic(TypeKind::Int);
      return;
    }
    case kBuiltinDelete: {
      auto* mt = args[0].type->underlying()->as<MapType>();
      if (!mt) {
        error(args[0].expr->pos, "invalid argument: " + operandStr(args[0]) + " is not a map");
        return;
      }
      assignment(args[1], mt->key, "argument to delete");
      if (args[1].invalid()) return;
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    }
    case kBuiltinClear: {
      TypeKind k = args[0].type->underlying()->kind;
      if (k != TypeKind::Map && k != TypeKind::Slice) {
        error(args[0].expr->pos, "invalid argument: cannot clear " + operandStr(args[0]) +
                                     ": argument must be (or constrained by) map or slice");
        return;
      }
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    }
    case kBuiltinPrint:
    case kBuiltinPrintln:
      for (Operand& a : args) {
        assignment(a, nullptr, std::string("argument to built-in ") + bin.name);
        if (a.invalid()) return;
      }
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    case kBuiltinPanic:
      assignment(args[0], types_.anyType(), "argument to panic");
      if (args[0].invalid()) return;
      x.mode = ExprMode::NoValue;
      x.type = types_.tupleOf({});
      return;
    case kBuiltinRecover:
      x.mode = ExprMode::Value;
      x.type = types_.anyType();
      if (!funcs_.empty()) {
        if (funcs_.back().lit) funcs_.back().lit->hasRecover = true;
        else if (funcs_.back().decl) funcs_.back().decl->hasRecover = true;
      }
      return;
    case kBuiltinMin:
    case kBuiltinMax: {
      Tok op = id == kBuiltinMax ? Tok::Gtr : Tok::Lss;
      for (int i = 0; i < nargs; i++) {
        Operand& a = args[i];
        if (!a.type->isOrdered()) {
          error(a.expr->pos, "invalid argument: " + operandStr(a) + " cannot be ordered");
          return;
        }
        if (i == 0) {
          x = a;
          continue;
        }
        matchTypes(x, a);
        if (x.invalid()) return;
        if (!identical(x.type, a.type)) {
          error(a.expr->pos, "invalid argument: mismatched types " + x.type->str() + " (previous argument) and " +
                                 a.type->str() + " (type of " + exprStr(a.expr) + ")");
          x.mode = ExprMode::Invalid;
          return;
        }
        if (x.mode == ExprMode::Constant && a.mode == ExprMode::Constant) {
          if (Constant::compare(a.val, op, x.val)) x = a;
        } else {
          x.mode = ExprMode::Value;
        }
      }
      if (x.mode != ExprMode::Constant) {
        x.mode = ExprMode::Value;
        assignment(x, types_.anyType(), std::string("argument to built-in ") + bin.name);
        if (x.invalid()) return;
      }
      for (Operand& a : args) updateExprType(a.expr, x.type, true);
      return;
    }
    default: return;
  }
}

namespace {

// The Builtin object a compiler-known package call names (asyncio.WaitFor), or null.
Object* calledBuiltin(CallExpr* call) {
  auto* sel = unparen(call->fun)->as<SelectorExpr>();
  return sel && sel->sel->obj && sel->sel->obj->kind == ObjKind::Builtin ? sel->sel->obj : nullptr;
}

}  // namespace

// asyncio.Gather(t1, t2, ...) or asyncio.Gather(ts...) (csp): tasks of one type, async T
// (one result) or async (); the call is a task of []T (async () for the latter) whose
// results are the tasks' in order, as Python's asyncio.gather. asyncio.GatherErrors (errors:
// Python's return_exceptions=True) takes the same and is a task of ([]T, []error), or of
// []error for tasks without results: a task's panic or cancellation is its error.
void Checker::gatherCall(Operand& x, CallExpr* call, bool errors) {
  std::string name = errors ? "asyncio.GatherErrors" : "asyncio.Gather";
  std::vector<Operand> args;
  argList(args, call->args);
  for (Operand& a : args)
    if (a.invalid()) return;
  const TaskType* task = nullptr;
  auto bad = [&](const Operand& a, const std::string& why) {
    error(a.expr->pos, "cannot use " + operandStr(a) + " in " + name + ": " + why);
  };
  if (call->hasEllipsis) {
    const SliceType* st = args.size() == 1 ? args[0].type->underlying()->as<SliceType>() : nullptr;
    task = st ? st->elem->underlying()->as<TaskType>() : nullptr;
    if (!task) {
      if (!args.empty()) bad(args[0], "want a slice of tasks before ...");
      return;
    }
  } else {
    for (Operand& a : args) {
      const TaskType* t = a.type->underlying()->as<TaskType>();
      if (!t) return bad(a, "not a task");
      if (task && !identical(t, task)) return bad(a, "its type differs from the first task's (" + task->str() + ")");
      task = t;
    }
  }
  if (task && task->results.size() > 1) {
    error(call->pos, name + " of tasks with several results (" + task->str() + "): gather tasks of one result");
    return;
  }
  x.expr = call;
  x.mode = ExprMode::Value;
  if (errors) {
    if (Object* b = calledBuiltin(call)) call->helper = b->helper;
    const Type* errs = types_.sliceOf(types_.errorType());
    if (!task || task->results.empty()) x.type = types_.taskOf({errs});
    else x.type = types_.taskOf({types_.sliceOf(task->results[0]), errs});
    return;
  }
  // No tasks: a task of no results, as gather() of nothing is a future of [].
  if (!task || task->results.empty()) x.type = types_.taskOf({});
  else x.type = types_.taskOf({types_.sliceOf(task->results[0])});
}

// asyncio.Cancel(t), Done(t), Cancelled(t) (bool), Shield(t) (t's type), WaitFor(t, d)
// (async (t's results..., error)), Wait(ts, returnWhen) (async (done, pending []T)),
// AsCompleted(ts) (<-chan T): t any task, ts a slice of tasks (csp: Python's are generic).
void Checker::asyncioCall(Operand& x, CallExpr* call, int id) {
  BuiltinInfo bin = builtinInfo(id);
  std::string name = bin.name;
  size_t want = static_cast<size_t>(bin.nargs);
  if (call->args.size() != want || call->hasEllipsis) {
    if (call->hasEllipsis) error(call->pos, "invalid use of ... with built-in " + name);
    else
      error(call->rparen, std::string("invalid operation: ") + (call->args.size() < want ? "not enough" : "too many") +
                              " arguments for " + exprStr(call) + " (expected " + std::to_string(want) + ", found " +
                              std::to_string(call->args.size()) + ")");
    use(call->args);
    return;
  }
  Object* b = calledBuiltin(call);
  Object* helper = b ? b->helper : nullptr;
  const Signature* hsig = helper ? helper->type->as<Signature>() : nullptr;
  Operand t;
  expr(t, call->args[0]);
  if (t.invalid()) {
    if (want > 1) use({call->args.begin() + 1, call->args.end()});
    return;
  }
  bool slice = id == kBuiltinAsyncioWait || id == kBuiltinAsyncioAsCompleted;
  const TaskType* task = nullptr;
  if (slice) {
    const SliceType* st = t.type->underlying()->as<SliceType>();
    task = st ? st->elem->underlying()->as<TaskType>() : nullptr;
    if (!task) {
      error(t.expr->pos, "cannot use " + operandStr(t) + " in " + name + ": not a slice of tasks");
      if (want > 1) use({call->args.begin() + 1, call->args.end()});
      return;
    }
  } else {
    task = t.type->underlying()->as<TaskType>();
    if (!task) {
      error(t.expr->pos, "cannot use " + operandStr(t) + " in " + name + ": not a task");
      if (want > 1) use({call->args.begin() + 1, call->args.end()});
      return;
    }
  }
  if (want > 1) {  // WaitFor's d, Wait's returnWhen: as the helper declares them
    Operand a;
    expr(a, call->args[1]);
    if (a.invalid()) return;
    if (!hsig || hsig->params.size() < 2) return;
    assignment(a, hsig->params[1], "argument to " + name);
    if (a.invalid()) return;
  }
  call->helper = helper;
  x.expr = call;
  x.mode = ExprMode::Value;
  switch (id) {
    case kBuiltinAsyncioCancel: case kBuiltinAsyncioDone: case kBuiltinAsyncioCancelled:
      x.type = types_.basic(TypeKind::Bool);
      break;
    case kBuiltinAsyncioShield: x.type = t.type; break;
    case kBuiltinAsyncioWaitFor: {
      std::vector<const Type*> rs = task->results;
      rs.push_back(types_.errorType());
      x.type = types_.taskOf(rs);
      break;
    }
    case kBuiltinAsyncioWait: {
      const Type* ts = t.type->underlying()->as<SliceType>()->elem;
      x.type = types_.taskOf({types_.sliceOf(ts), types_.sliceOf(ts)});
      break;
    }
    case kBuiltinAsyncioAsCompleted:
      x.type = types_.chanOf(ChanDir::Recv, t.type->underlying()->as<SliceType>()->elem);
      break;
    default: x.mode = ExprMode::Invalid; x.type = types_.invalid(); break;
  }
}

}  // namespace csp::sema
