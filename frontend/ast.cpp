// frontend/ast.cpp: printing the AST.
//
// dumpAst() writes a compact S-expression of a whole File for `csp run --dump-ast` and the
// parser tests: one top-level declaration per line, nested nodes inline, absent optional
// children as `_`. exprString() prints an expression in Go syntax for the parser's and sema's
// diagnostics, following cmd/compile's syntax.String (ShortForm), which go run's messages use:
// non-empty composite-literal and function bodies become `{…}`, binary operators are spaced,
// unary ones are not, parameter types lose redundant parentheses. String literals are
// re-quoted with strconv.Quote (the AST keeps only their decoded value); the other literals
// print as written.
//
// Both only read the tree; neither looks at sema annotations, so they work on any parse.
#include <ostream>
#include <sstream>

#include "frontend/ast.h"
#include "runtime/fmt.h"

namespace csp {

namespace {

std::string litString(const BasicLit* b) {
  std::string out;
  if (b->litKind == Tok::String) rt::append_quote(out, b->text, /*ascii_only=*/false);
  else if (b->litKind == Tok::Rune && b->text.empty()) rt::append_quote_rune(out, b->rune, /*ascii_only=*/false);
  else out = b->text;
  return out;
}

const char* dirName(ChanDir d) { return d == ChanDir::Both ? "both" : d == ChanDir::Send ? "send" : "recv"; }

// ---- Go-syntax printer ----------------------------------------------------------------------

const Expr* unparen(const Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = e->as<ParenExpr>()->x;
  return e;
}

// `a, b T "tag"`, or just `T` for an embedded field / unnamed parameter.
std::string fieldString(const Field* f, bool isParam) {
  std::string out;
  for (size_t j = 0; j < f->names.size(); ++j) out += (j ? ", " : "") + f->names[j]->name;
  if (!f->names.empty()) out += " ";
  out += exprString(isParam ? unparen(f->type) : f->type);
  if (f->tag) out += " " + litString(f->tag);
  return out;
}

std::string paramsString(const std::vector<Field*>& fs) {
  std::string out = "(";
  for (size_t i = 0; i < fs.size(); ++i) out += (i ? ", " : "") + fieldString(fs[i], true);
  return out + ")";
}

std::string sigString(const FuncTypeExpr* f) {
  if (!f) return "()";
  std::string out = paramsString(f->params);
  if (f->results.size() == 1 && f->results[0]->names.empty()) return out + " " + exprString(f->results[0]->type);
  if (!f->results.empty()) out += " " + paramsString(f->results);
  return out;
}

std::string listString(const std::vector<Expr*>& xs) {
  std::string out;
  for (size_t i = 0; i < xs.size(); ++i) out += (i ? ", " : "") + exprString(xs[i]);
  return out;
}

std::string chanString(const ChanTypeExpr* c) {
  const char* pre = c->dir == ChanDir::Both ? "chan " : c->dir == ChanDir::Send ? "chan<- " : "<-chan ";
  auto* inner = c->elem && c->elem->kind == ExprKind::ChanType ? c->elem->as<ChanTypeExpr>() : nullptr;
  // chan (<-chan T), not chan <-chan T.
  if (c->dir == ChanDir::Both && inner && inner->dir == ChanDir::Recv) return pre + ("(" + exprString(inner) + ")");
  return pre + exprString(c->elem);
}

// async T, async (T1, T2), async (); a single func type keeps its parentheses.
std::string taskString(const TaskTypeExpr* t) {
  if (t->results.size() == 1 && t->results[0]->names.empty() && t->results[0]->type &&
      t->results[0]->type->kind != ExprKind::FuncType)
    return "async " + exprString(t->results[0]->type);
  return "async " + paramsString(t->results);
}

std::string interfaceString(const InterfaceTypeExpr* t) {
  std::string out = "interface{";
  for (size_t i = 0; i < t->methods.size(); ++i) {
    const Field* m = t->methods[i];
    out += i ? "; " : "";
    if (m->names.empty() || m->type->kind != ExprKind::FuncType) out += exprString(m->type);
    else out += m->names[0]->name + sigString(m->type->as<FuncTypeExpr>());
  }
  return out + "}";
}

// ---- S-expression dumper --------------------------------------------------------------------

class Dumper {
 public:
  explicit Dumper(std::ostream& os) : os_(os) {}

  void file(const File& f) {
    os_ << "(file " << (f.package ? f.package->name : "_");
    for (GenDecl* d : f.imports) {
      os_ << "\n  ";
      genDecl(d);
    }
    for (const Decl& d : f.decls) {
      os_ << "\n  ";
      if (d.gen) genDecl(d.gen);
      if (d.func) funcDecl(d.func);
    }
    os_ << ")\n";
  }

 private:
  void opt(const Expr* e) { e ? expr(e) : void(os_ << "_"); }
  void optStmt(const Stmt* s) { s ? stmt(s) : void(os_ << "_"); }
  void exprs(const std::vector<Expr*>& xs) {
    for (const Expr* x : xs) {
      os_ << " ";
      expr(x);
    }
  }
  void stmts(const std::vector<Stmt*>& ss) {
    for (const Stmt* s : ss) {
      os_ << " ";
      stmt(s);
    }
  }
  void fields(const char* tag, const std::vector<Field*>& fs) {
    os_ << "(" << tag;
    for (const Field* f : fs) {
      os_ << " ";
      field(f);
    }
    os_ << ")";
  }
  void field(const Field* f) {
    os_ << (f->embedded ? "(embed" : "(field");
    for (const Ident* n : f->names) os_ << " " << n->name;
    os_ << " ";
    opt(f->type);
    if (f->tag) os_ << " " << litString(f->tag);
    os_ << ")";
  }

  void genDecl(const GenDecl* d) {
    os_ << "(" << tokName(d->tok);
    for (const Spec* s : d->specs) {
      os_ << " ";
      spec(s);
    }
    os_ << ")";
  }

  void spec(const Spec* s) {
    if (auto* i = dynamic_cast<const ImportSpec*>(s)) {
      os_ << "(spec " << (i->name ? i->name->name + " " : "") << litString(i->path) << ")";
    } else if (auto* v = dynamic_cast<const ValueSpec*>(s)) {
      os_ << "(spec";
      for (const Ident* n : v->names) os_ << " " << n->name;
      os_ << " ";
      opt(v->type);
      exprs(v->values);
      os_ << ")";
    } else if (auto* t = dynamic_cast<const TypeSpec*>(s)) {
      os_ << "(spec " << t->name->name << (t->isAlias ? " = " : " ");
      opt(t->type);
      os_ << ")";
    }
  }

  void funcDecl(const FuncDecl* f) {
    os_ << "(" << (f->isAsync ? "async-func " : "func ");
    if (f->recv) {
      os_ << "(recv ";
      field(f->recv);
      os_ << ") ";
    }
    os_ << f->name->name << " ";
    expr(f->sig);
    os_ << " ";
    optStmt(f->body);
    os_ << ")";
  }

  void expr(const Expr* e);
  void stmt(const Stmt* s);

  std::ostream& os_;
};

void Dumper::expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Bad: os_ << "(bad)"; return;
    case ExprKind::Ident: os_ << e->as<Ident>()->name; return;
    case ExprKind::BasicLit: os_ << litString(e->as<BasicLit>()); return;
    case ExprKind::CompositeLit: {
      auto* c = e->as<CompositeLit>();
      os_ << "(lit ";
      opt(c->litType);
      exprs(c->elts);
      os_ << ")";
      return;
    }
    case ExprKind::KeyValue: {
      auto* k = e->as<KeyValueExpr>();
      os_ << "(kv ";
      expr(k->key);
      os_ << " ";
      expr(k->val);
      os_ << ")";
      return;
    }
    case ExprKind::FuncLit: {
      auto* f = e->as<FuncLit>();
      os_ << (f->isAsync ? "(async-funclit " : "(funclit ");
      expr(f->sig);
      os_ << " ";
      stmt(f->body);
      os_ << ")";
      return;
    }
    case ExprKind::Paren: os_ << "(paren "; expr(e->as<ParenExpr>()->x); os_ << ")"; return;
    case ExprKind::Selector: {
      auto* s = e->as<SelectorExpr>();
      os_ << "(. ";
      expr(s->x);
      os_ << " " << s->sel->name << ")";
      return;
    }
    case ExprKind::Index: {
      auto* i = e->as<IndexExpr>();
      os_ << "(index ";
      expr(i->x);
      os_ << " ";
      expr(i->index);
      os_ << ")";
      return;
    }
    case ExprKind::Slice: {
      auto* s = e->as<SliceExpr>();
      os_ << "(slice ";
      expr(s->x);
      os_ << " ";
      opt(s->lo);
      os_ << " ";
      opt(s->hi);
      if (s->slice3) {
        os_ << " ";
        opt(s->max);
      }
      os_ << ")";
      return;
    }
    case ExprKind::TypeAssert: {
      auto* t = e->as<TypeAssertExpr>();
      os_ << "(assert ";
      expr(t->x);
      os_ << " ";
      t->assertedType ? expr(t->assertedType) : void(os_ << "type");
      os_ << ")";
      return;
    }
    case ExprKind::Call: {
      auto* c = e->as<CallExpr>();
      os_ << "(call ";
      expr(c->fun);
      exprs(c->args);
      if (c->hasEllipsis) os_ << " ...";
      os_ << ")";
      return;
    }
    case ExprKind::Star: os_ << "(* "; expr(e->as<StarExpr>()->x); os_ << ")"; return;
    case ExprKind::Unary: {
      auto* u = e->as<UnaryExpr>();
      os_ << "(" << tokName(u->op) << " ";
      expr(u->x);
      os_ << ")";
      return;
    }
    case ExprKind::Binary: {
      auto* b = e->as<BinaryExpr>();
      os_ << "(" << tokName(b->op) << " ";
      expr(b->x);
      os_ << " ";
      expr(b->y);
      os_ << ")";
      return;
    }
    case ExprKind::Await: os_ << "(await "; expr(e->as<AwaitExpr>()->x); os_ << ")"; return;
    case ExprKind::ArrayType: {
      auto* a = e->as<ArrayTypeExpr>();
      os_ << "(array ";
      opt(a->len);
      os_ << " ";
      expr(a->elem);
      os_ << ")";
      return;
    }
    case ExprKind::MapType: {
      auto* m = e->as<MapTypeExpr>();
      os_ << "(map ";
      expr(m->key);
      os_ << " ";
      expr(m->val);
      os_ << ")";
      return;
    }
    case ExprKind::ChanType: {
      auto* c = e->as<ChanTypeExpr>();
      os_ << "(chan " << dirName(c->dir) << " ";
      expr(c->elem);
      os_ << ")";
      return;
    }
    case ExprKind::TaskType:
      os_ << "(tasktype ";
      fields("results", e->as<TaskTypeExpr>()->results);
      os_ << ")";
      return;
    case ExprKind::FuncType: {
      auto* f = e->as<FuncTypeExpr>();
      os_ << "(functype ";
      fields("params", f->params);
      os_ << " ";
      fields("results", f->results);
      os_ << ")";
      return;
    }
    case ExprKind::StructType: fields("struct", e->as<StructTypeExpr>()->fields); return;
    case ExprKind::InterfaceType: fields("interface", e->as<InterfaceTypeExpr>()->methods); return;
    case ExprKind::Ellipsis: os_ << "(... "; opt(e->as<EllipsisExpr>()->elt); os_ << ")"; return;
  }
}

void Dumper::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Bad: os_ << "(bad)"; return;
    case StmtKind::Decl: genDecl(s->as<DeclStmt>()->decl); return;
    case StmtKind::Empty: os_ << "(empty)"; return;
    case StmtKind::Labeled: {
      auto* l = s->as<LabeledStmt>();
      os_ << "(label " << l->label->name << " ";
      stmt(l->stmt);
      os_ << ")";
      return;
    }
    case StmtKind::Expr: expr(s->as<ExprStmt>()->x); return;
    case StmtKind::Send: {
      auto* x = s->as<SendStmt>();
      os_ << "(send ";
      expr(x->chan);
      os_ << " ";
      expr(x->value);
      os_ << ")";
      return;
    }
    case StmtKind::IncDec: {
      auto* x = s->as<IncDecStmt>();
      os_ << "(" << tokName(x->tok) << " ";
      expr(x->x);
      os_ << ")";
      return;
    }
    case StmtKind::Assign: {
      auto* a = s->as<AssignStmt>();
      os_ << "(" << tokName(a->tok) << " (";
      for (size_t i = 0; i < a->lhs.size(); ++i) {
        if (i) os_ << " ";
        expr(a->lhs[i]);
      }
      os_ << ")";
      exprs(a->rhs);
      os_ << ")";
      return;
    }
    case StmtKind::Go: os_ << "(go "; expr(s->as<GoStmt>()->call); os_ << ")"; return;
    case StmtKind::Defer: os_ << "(defer "; expr(s->as<DeferStmt>()->call); os_ << ")"; return;
    case StmtKind::Return: os_ << "(return"; exprs(s->as<ReturnStmt>()->results); os_ << ")"; return;
    case StmtKind::Branch: {
      auto* b = s->as<BranchStmt>();
      os_ << "(" << tokName(b->tok);
      if (b->label) os_ << " " << b->label->name;
      os_ << ")";
      return;
    }
    case StmtKind::Block: os_ << "(block"; stmts(s->as<BlockStmt>()->list); os_ << ")"; return;
    case StmtKind::If: {
      auto* i = s->as<IfStmt>();
      os_ << "(if ";
      optStmt(i->init);
      os_ << " ";
      expr(i->cond);
      os_ << " ";
      stmt(i->body);
      if (i->elseStmt) {
        os_ << " ";
        stmt(i->elseStmt);
      }
      os_ << ")";
      return;
    }
    case StmtKind::CaseClause: {
      auto* c = s->as<CaseClause>();
      os_ << (c->isDefault ? "(default" : "(case (");
      if (!c->isDefault) {
        for (size_t i = 0; i < c->list.size(); ++i) {
          if (i) os_ << " ";
          expr(c->list[i]);
        }
        os_ << ")";
      }
      stmts(c->body);
      os_ << ")";
      return;
    }
    case StmtKind::Switch: {
      auto* w = s->as<SwitchStmt>();
      os_ << "(switch ";
      optStmt(w->init);
      os_ << " ";
      opt(w->tag);
      for (const CaseClause* c : w->clauses) {
        os_ << " ";
        stmt(c);
      }
      os_ << ")";
      return;
    }
    case StmtKind::TypeSwitch: {
      auto* w = s->as<TypeSwitchStmt>();
      os_ << "(typeswitch ";
      optStmt(w->init);
      os_ << " ";
      stmt(w->assign);
      for (const CaseClause* c : w->clauses) {
        os_ << " ";
        stmt(c);
      }
      os_ << ")";
      return;
    }
    case StmtKind::CommClause: {
      auto* c = s->as<CommClause>();
      if (c->comm) {
        os_ << "(case ";
        stmt(c->comm);
      } else {
        os_ << "(default";
      }
      stmts(c->body);
      os_ << ")";
      return;
    }
    case StmtKind::Select: {
      os_ << "(select";
      for (const CommClause* c : s->as<SelectStmt>()->clauses) {
        os_ << " ";
        stmt(c);
      }
      os_ << ")";
      return;
    }
    case StmtKind::For: {
      auto* f = s->as<ForStmt>();
      os_ << "(for ";
      optStmt(f->init);
      os_ << " ";
      opt(f->cond);
      os_ << " ";
      optStmt(f->post);
      os_ << " ";
      stmt(f->body);
      os_ << ")";
      return;
    }
    case StmtKind::Range: {
      auto* r = s->as<RangeStmt>();
      os_ << "(range ";
      opt(r->key);
      os_ << " ";
      opt(r->value);
      os_ << " " << (r->tok == Tok::Eof ? "_" : tokName(r->tok)) << " ";
      expr(r->x);
      os_ << " ";
      optStmt(r->body);
      os_ << ")";
      return;
    }
  }
}

}  // namespace

void dumpAst(const File& file, std::ostream& os) { Dumper(os).file(file); }

std::string exprString(const Expr* e) {
  if (!e) return "";
  switch (e->kind) {
    case ExprKind::Bad: return "<bad expr>";
    case ExprKind::Ident: return e->as<Ident>()->name;
    case ExprKind::BasicLit: return litString(e->as<BasicLit>());
    case ExprKind::CompositeLit: {
      auto* c = e->as<CompositeLit>();
      return exprString(c->litType) + (c->elts.empty() ? "{}" : "{…}");
    }
    case ExprKind::KeyValue: return exprString(e->as<KeyValueExpr>()->key) + ": " + exprString(e->as<KeyValueExpr>()->val);
    case ExprKind::FuncLit: {
      auto* f = e->as<FuncLit>();
      std::string out = (f->isAsync ? "async func" : "func") + sigString(f->sig);
      if (f->body) out += f->body->list.empty() ? " {}" : " {…}";
      return out;
    }
    case ExprKind::Paren: return "(" + exprString(e->as<ParenExpr>()->x) + ")";
    case ExprKind::Selector: {
      auto* s = e->as<SelectorExpr>();
      return exprString(s->x) + "." + (s->sel ? s->sel->name : "");
    }
    case ExprKind::Index: return exprString(e->as<IndexExpr>()->x) + "[" + exprString(e->as<IndexExpr>()->index) + "]";
    case ExprKind::Slice: {
      auto* s = e->as<SliceExpr>();
      std::string out = exprString(s->x) + "[" + exprString(s->lo) + ":" + exprString(s->hi);
      if (s->slice3) out += ":" + exprString(s->max);
      return out + "]";
    }
    case ExprKind::TypeAssert: {
      auto* t = e->as<TypeAssertExpr>();
      return exprString(t->x) + ".(" + (t->assertedType ? exprString(t->assertedType) : "type") + ")";
    }
    case ExprKind::Call: {
      auto* c = e->as<CallExpr>();
      return exprString(c->fun) + "(" + listString(c->args) + (c->hasEllipsis ? "...)" : ")");
    }
    case ExprKind::Star: return "*" + exprString(e->as<StarExpr>()->x);
    case ExprKind::Unary: return std::string(tokName(e->as<UnaryExpr>()->op)) + exprString(e->as<UnaryExpr>()->x);
    case ExprKind::Binary: {
      auto* b = e->as<BinaryExpr>();
      return exprString(b->x) + " " + tokName(b->op) + " " + exprString(b->y);
    }
    case ExprKind::Await: return "await " + exprString(e->as<AwaitExpr>()->x);
    case ExprKind::ArrayType: {
      auto* a = e->as<ArrayTypeExpr>();
      return "[" + exprString(a->len) + "]" + exprString(a->elem);
    }
    case ExprKind::MapType: return "map[" + exprString(e->as<MapTypeExpr>()->key) + "]" + exprString(e->as<MapTypeExpr>()->val);
    case ExprKind::ChanType: return chanString(e->as<ChanTypeExpr>());
    case ExprKind::TaskType: return taskString(e->as<TaskTypeExpr>());
    case ExprKind::FuncType: return "func" + sigString(e->as<FuncTypeExpr>());
    case ExprKind::StructType: {
      std::string out = "struct{";
      const auto& fs = e->as<StructTypeExpr>()->fields;
      for (size_t i = 0; i < fs.size(); ++i) out += (i ? "; " : "") + fieldString(fs[i], false);
      return out + "}";
    }
    case ExprKind::InterfaceType: return interfaceString(e->as<InterfaceTypeExpr>());
    case ExprKind::Ellipsis: return "..." + exprString(e->as<EllipsisExpr>()->elt);
  }
  return "";
}

}  // namespace csp
