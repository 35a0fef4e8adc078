// frontend/sema_print.cpp: the text of expressions and operands in messages, as go/types
// prints them (ExprString, operandString, typesSummary), e.g.
//   a + 1 (value of type int)     1 (untyped int constant)     c (untyped int constant 3)
#include "frontend/sema_checker.h"

namespace csp::sema {

// The expression itself prints as the parser's messages do (exprString in ast.cpp).
std::string Checker::exprStr(const Expr* e) const { return exprString(e); }

static const char* modeString(ExprMode m) {
  switch (m) {
    case ExprMode::Invalid: return "invalid operand";
    case ExprMode::NoValue: return "no value";
    case ExprMode::Builtin: return "built-in";
    case ExprMode::TypeExpr: return "type";
    case ExprMode::Constant: return "constant";
    case ExprMode::Variable: return "variable";
    case ExprMode::MapIndex: return "map index expression";
    case ExprMode::Value: return "value";
    case ExprMode::CommaOk: return "comma, ok expression";
    case ExprMode::Package: return "package";
  }
  return "?";
}

std::string Checker::operandStr(const Operand& x) const {
  if (x.mode == ExprMode::Value && x.isNil()) return "nil";
  std::string out;
  std::string e = x.expr ? exprStr(x.expr) : "";
  if (!e.empty()) out = e + " (";
  bool hasType = false;
  switch (x.mode) {
    case ExprMode::Invalid: case ExprMode::NoValue: case ExprMode::Builtin: case ExprMode::TypeExpr: break;
    default:
      if (x.type) {
        if (x.type->isUntyped()) {
          out += x.type->str() + " ";
          break;
        }
        hasType = true;
      }
  }
  out += modeString(x.mode);
  if (x.mode == ExprMode::Constant) {
    std::string v = x.val.toString();
    if (v != e) out += " " + v;
  }
  if (hasType) {
    if (x.type->kind != TypeKind::Invalid) out += " of type " + x.type->str();
    else out += " with invalid type";
  }
  if (!e.empty()) out += ")";
  return out;
}

std::string Checker::typesSummary(const std::vector<const Type*>& ts, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) out += ", ";
    const Type* t = ts[i];
    if (!t || t->kind == TypeKind::Invalid) out += "unknown type";
    else if (t->isUntyped()) out += t->isNumeric() ? "number" : t->str().substr(8);  // drop "untyped "
    else if (variadic && i + 1 == ts.size() && t->as<SliceType>()) out += "..." + t->as<SliceType>()->elem->str();
    else out += t->str();
  }
  return out + ")";
}

}  // namespace csp::sema
