// frontend/sema_branch.cpp: labels, break and continue (with the gc compiler's messages, as
// cmd/compile/internal/syntax/branches.go), and Go's terminating-statement rules used for
// "missing return" (go/types return.go).
//
// Labels are per function. checkBranches sets BranchStmt::target for every valid break and
// continue: the ForStmt, RangeStmt or SwitchStmt it refers to (never the LabeledStmt).
#include <map>
#include <set>

#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {

struct LabelInfo {
  LabeledStmt* stmt;
  bool used = false;
};

// Walks one function body keeping the enclosing break/continue targets.
class BranchWalker {
 public:
  explicit BranchWalker(Checker& c) : c_(c) {}

  void run(BlockStmt* body) {
    list(body->list);
    for (LabeledStmt* l : order_)
      if (!labels_[l->label->name].used && !gotoRefs_.count(l->label->name))
        c_.error(l->label->pos, "label " + l->label->name + " defined and not used");
  }

 private:
  struct Ctx {
    Stmt* breaks = nullptr;
    Stmt* continues = nullptr;
    int caseIndex = -1;  // the statement list is the body of this case clause of `breaks`
  };

  // As branches.go's blockBranches: a fallthrough counts as the last statement of its list
  // even if empty statements follow, so trailing empty statements are dropped.
  void list(const std::vector<Stmt*>& stmts) {
    size_t n = stmts.size();
    while (n > 0 && (!stmts[n - 1] || stmts[n - 1]->kind == StmtKind::Empty)) n--;
    for (size_t i = 0; i < n; i++) {
      listIndex_ = static_cast<int>(i);
      listLen_ = static_cast<int>(n);
      stmt(stmts[i], nullptr);
    }
  }

  // gc checks fallthrough in the parser (syntax/branches.go), not in types2 (which cmd/compile
  // runs with IgnoreBranchErrors), so these are branches.go's rules and messages.
  void fallthroughStmt(BranchStmt* s, int stmtIndex, int stmtCount) {
    const char* msg = "fallthrough statement out of place";
    Stmt* t = ctx_.breaks;
    if (t && t->kind == StmtKind::TypeSwitch) {
      msg = "cannot fallthrough in type switch";
    } else if (t && t->kind == StmtKind::Switch) {
      if (ctx_.caseIndex < 0 || stmtIndex + 1 < stmtCount) {
        // nested in a block, or not the last statement
      } else if (ctx_.caseIndex + 1 == static_cast<int>(t->as<SwitchStmt>()->clauses.size())) {
        msg = "cannot fallthrough final case in switch";
      } else {
        return;  // ok
      }
    }
    c_.error(s->pos, msg);
  }

  // The innermost enclosing statement labeled `name` (marks the label used).
  LabeledStmt* enclosing(const std::string& name) {
    auto it = labels_.find(name);
    if (it != labels_.end()) it->second.used = true;
    for (size_t i = enclosing_.size(); i-- > 0;)
      if (enclosing_[i]->label && enclosing_[i]->label->name == name) return enclosing_[i];
    return nullptr;
  }

  void branch(BranchStmt* s, int stmtIndex, int stmtCount) {
    if (s->tok == Tok::Goto && s->label) gotoRefs_.insert(s->label->name);  // goto itself is rejected by stmt()
    if (s->tok == Tok::Fallthrough) {
      fallthroughStmt(s, stmtIndex, stmtCount);
      return;
    }
    if (s->tok != Tok::Break && s->tok != Tok::Continue) return;
    bool isBreak = s->tok == Tok::Break;
    if (!s->label) {
      Stmt* t = isBreak ? ctx_.breaks : ctx_.continues;
      if (t) s->target = t;
      else c_.error(s->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
      return;
    }
    const std::string& name = s->label->name;
    LabeledStmt* l = enclosing(name);
    const char* what = isBreak ? "break" : "continue";
    if (!l) {
      // As branches.go: a label declared earlier in the function (anywhere) makes the branch
      // invalid; one declared only later is not defined yet here (and stays unused).
      if (labels_.count(name)) c_.error(s->label->pos, std::string("invalid ") + what + " label " + name);
      else c_.error(s->label->pos, std::string(what) + " label not defined: " + name);
      return;
    }
    Stmt* t = l->stmt;
    bool ok = t && (t->kind == StmtKind::For || t->kind == StmtKind::Range ||
                    (isBreak && (t->kind == StmtKind::Switch || t->kind == StmtKind::TypeSwitch ||
                                 t->kind == StmtKind::Select)));
    if (!ok) {
      c_.error(s->label->pos, std::string("invalid ") + what + " label " + name);
      return;
    }
    s->target = t;
  }

  void body(Stmt* target, bool isLoop, const std::vector<Stmt*>& stmts, int caseIndex = -1) {
    Ctx saved = ctx_;
    ctx_.breaks = target;
    if (isLoop) ctx_.continues = target;
    ctx_.caseIndex = caseIndex;
    list(stmts);
    ctx_ = saved;
  }

  // A nested block, if or else: same targets, no longer directly in a case clause.
  void block(const std::vector<Stmt*>& stmts) {
    int saved = ctx_.caseIndex;
    ctx_.caseIndex = -1;
    list(stmts);
    ctx_.caseIndex = saved;
  }

  void stmt(Stmt* s, LabeledStmt* label) {
    if (!s) return;
    const int stmtIndex = listIndex_, stmtCount = listLen_;  // of s in its list (nested lists overwrite)
    switch (s->kind) {
      case StmtKind::Labeled: {
        auto* l = s->as<LabeledStmt>();
        if (l->label && l->label->name != "_") {
          const std::string& name = l->label->name;
          if (labels_.count(name)) {
            const Pos prev = labels_[name].stmt->label->pos;
            c_.error(l->label->pos, "label " + name + " already defined at " + c_.diags().file().path() +
                                        ":" + std::to_string(prev.line) + ":" + std::to_string(prev.col));
          } else {
            labels_[name] = LabelInfo{l};
            order_.push_back(l);
          }
        }
        enclosing_.push_back(l);
        stmt(l->stmt, l);
        enclosing_.pop_back();
        return;
      }
      case StmtKind::Branch: branch(s->as<BranchStmt>(), stmtIndex, stmtCount); return;
      case StmtKind::Block: block(s->as<BlockStmt>()->list); return;
      case StmtKind::If: {
        auto* i = s->as<IfStmt>();
        if (i->body) block(i->body->list);
        if (i->elseStmt) block({i->elseStmt});
        return;
      }
      case StmtKind::Switch: {
        auto& clauses = s->as<SwitchStmt>()->clauses;
        for (size_t k = 0; k < clauses.size(); k++)
          if (clauses[k]) body(s, false, clauses[k]->body, static_cast<int>(k));
        return;
      }
      case StmtKind::TypeSwitch:
        for (CaseClause* c : s->as<TypeSwitchStmt>()->clauses)
          if (c) body(s, false, c->body);
        return;
      case StmtKind::Select:
        for (CommClause* c : s->as<SelectStmt>()->clauses)
          if (c) body(s, false, c->body);
        return;
      case StmtKind::For:
        if (auto* b = s->as<ForStmt>()->body) body(s, true, b->list);
        return;
      case StmtKind::Range:
        if (auto* b = s->as<RangeStmt>()->body) body(s, true, b->list);
        return;
      default: return;
    }
  }

  Checker& c_;
  Ctx ctx_;
  int listIndex_ = 0, listLen_ = 0;  // position of the statement being visited in its list
  std::map<std::string, LabelInfo> labels_;
  std::vector<LabeledStmt*> order_;
  std::set<std::string> gotoRefs_;
  std::vector<LabeledStmt*> enclosing_;
};

}  // namespace

void Checker::checkBranches(BlockStmt* body) {
  BranchWalker w(*this);
  w.run(body);
}

// ---------------------------------------------------------------------------------------------
// Terminating statements.

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Labeled: {
      auto* l = s->as<LabeledStmt>();
      return isTerminating(l->stmt, l->label ? l->label->name : "");
    }
    case StmtKind::Expr: {
      auto* call = unparen(s->as<ExprStmt>()->x);
      auto* c = call ? call->as<CallExpr>() : nullptr;
      return c && c->callKind == CallKind::Builtin && c->builtin == kBuiltinPanic;
    }
    case StmtKind::Return: return true;
    case StmtKind::Branch: {
      Tok t = s->as<BranchStmt>()->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case StmtKind::Block: return isTerminatingList(s->as<BlockStmt>()->list, "");
    case StmtKind::If: {
      auto* i = s->as<IfStmt>();
      return i->elseStmt && isTerminating(i->body, "") && isTerminating(i->elseStmt, "");
    }
    case StmtKind::Switch: return isTerminatingSwitch(s->as<SwitchStmt>()->clauses, label);
    case StmtKind::TypeSwitch: return isTerminatingSwitch(s->as<TypeSwitchStmt>()->clauses, label);
    case StmtKind::Select:
      // No default needed: a select without a ready case blocks (so `select {}` terminates).
      for (CommClause* c : s->as<SelectStmt>()->clauses)
        if (c && (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true))) return false;
      return true;
    case StmtKind::For: {
      auto* f = s->as<ForStmt>();
      return !f->cond && !hasBreak(f->body, label, true);
    }
    default: return false;
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i-- > 0;)
    if (list[i] && list[i]->kind != StmtKind::Empty) return isTerminating(list[i], label);
  return false;
}

bool Checker::isTerminatingSwitch(const std::vector<CaseClause*>& clauses, const std::string& label) {
  bool hasDefault = false;
  for (CaseClause* c : clauses) {
    if (!c) continue;
    if (c->isDefault) hasDefault = true;
    if (!isTerminatingList(c->body, "") || hasBreakList(c->body, label, true)) return false;
  }
  return hasDefault;
}

bool Checker::hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

bool Checker::hasBreak(Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Labeled: return hasBreak(s->as<LabeledStmt>()->stmt, label, implicit);
    case StmtKind::Branch: {
      auto* b = s->as<BranchStmt>();
      if (b->tok != Tok::Break) return false;
      if (!b->label) return implicit;
      return b->label->name == label;
    }
    case StmtKind::Block: return hasBreakList(s->as<BlockStmt>()->list, label, implicit);
    case StmtKind::If: {
      auto* i = s->as<IfStmt>();
      return hasBreak(i->body, label, implicit) || (i->elseStmt && hasBreak(i->elseStmt, label, implicit));
    }
    case StmtKind::CaseClause: return hasBreakList(s->as<CaseClause>()->body, label, implicit);
    case StmtKind::CommClause: return hasBreakList(s->as<CommClause>()->body, label, implicit);
    case StmtKind::Switch:
      if (label.empty()) return false;
      for (CaseClause* c : s->as<SwitchStmt>()->clauses)
        if (c && hasBreakList(c->body, label, false)) return true;
      return false;
    case StmtKind::TypeSwitch:
      if (label.empty()) return false;
      for (CaseClause* c : s->as<TypeSwitchStmt>()->clauses)
        if (c && hasBreakList(c->body, label, false)) return true;
      return false;
    case StmtKind::Select:
      if (label.empty()) return false;
      for (CommClause* c : s->as<SelectStmt>()->clauses)
        if (c && hasBreakList(c->body, label, false)) return true;
      return false;
    case StmtKind::For: return !label.empty() && hasBreak(s->as<ForStmt>()->body, label, false);
    case StmtKind::Range: return !label.empty() && hasBreak(s->as<RangeStmt>()->body, label, false);
    default: return false;
  }
}

}  // namespace csp::sema
