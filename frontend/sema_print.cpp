// frontend/sema_print.cpp: the text of expressions and operands in messages, as go/types
// prints them (ExprString, operandString, typesSummary), e.g.
//   a + 1 (value of type int)     1 (untyped int constant)     c (untyped int constant 3)
#include <sstream>

#include "frontend/sema_checker.h"

namespace csp::sema {

static std::string quote(const std::string& s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += "\\x";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

static std::string runeLit(const BasicLit* b) {
  if (!b->text.empty() && b->text[0] == '\'') return b->text;
  char32_t r = b->rune;
  switch (r) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    default: break;
  }
  std::string s = "'";
  if (r < 0x80) {
    s += static_cast<char>(r);
  } else {
    // encode as UTF-8
    if (r < 0x800) {
      s += static_cast<char>(0xC0 | (r >> 6));
      s += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
      s += static_cast<char>(0xE0 | (r >> 12));
      s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (r & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (r >> 18));
      s += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (r & 0x3F));
    }
  }
  return s + "'";
}

static void writeExpr(std::ostringstream& os, const Expr* e);

static void writeList(std::ostringstream& os, const std::vector<Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) os << ", ";
    writeExpr(os, list[i]);
  }
}

static void writeFields(std::ostringstream& os, const std::vector<Field*>& fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); i++) {
    if (i) os << sep;
    for (size_t j = 0; j < fields[i]->names.size(); j++) {
      if (j) os << ", ";
      os << fields[i]->names[j]->name;
    }
    if (!fields[i]->names.empty()) os << ' ';
    writeExpr(os, fields[i]->type);
  }
}

static void writeSig(std::ostringstream& os, const FuncTypeExpr* f) {
  os << '(';
  writeFields(os, f->params, ", ");
  os << ')';
  if (f->results.empty()) return;
  os << ' ';
  if (f->results.size() == 1 && f->results[0]->names.empty()) {
    writeExpr(os, f->results[0]->type);
    return;
  }
  os << '(';
  writeFields(os, f->results, ", ");
  os << ')';
}

static void writeExpr(std::ostringstream& os, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::Bad: os << "BadExpr"; return;
    case ExprKind::Ident: os << e->as<Ident>()->name; return;
    case ExprKind::BasicLit: {
      auto* b = e->as<BasicLit>();
      if (b->litKind == Tok::String) os << quote(b->text);
      else if (b->litKind == Tok::Rune) os << runeLit(b);
      else os << b->text;
      return;
    }
    case ExprKind::CompositeLit:
      writeExpr(os, e->as<CompositeLit>()->litType);
      os << "{…}";
      return;
    case ExprKind::KeyValue:
      writeExpr(os, e->as<KeyValueExpr>()->key);
      os << ": ";
      writeExpr(os, e->as<KeyValueExpr>()->val);
      return;
    case ExprKind::FuncLit:
      os << "(func";
      if (e->as<FuncLit>()->sig) writeSig(os, e->as<FuncLit>()->sig);
      os << " literal)";
      return;
    case ExprKind::Paren: os << '('; writeExpr(os, e->as<ParenExpr>()->x); os << ')'; return;
    case ExprKind::Selector:
      writeExpr(os, e->as<SelectorExpr>()->x);
      os << '.' << (e->as<SelectorExpr>()->sel ? e->as<SelectorExpr>()->sel->name : "");
      return;
    case ExprKind::Index:
      writeExpr(os, e->as<IndexExpr>()->x);
      os << '[';
      writeExpr(os, e->as<IndexExpr>()->index);
      os << ']';
      return;
    case ExprKind::Slice: {
      auto* s = e->as<SliceExpr>();
      writeExpr(os, s->x);
      os << '[';
      writeExpr(os, s->lo);
      os << ':';
      writeExpr(os, s->hi);
      if (s->slice3) {
        os << ':';
        writeExpr(os, s->max);
      }
      os << ']';
      return;
    }
    case ExprKind::TypeAssert:
      writeExpr(os, e->as<TypeAssertExpr>()->x);
      os << ".(";
      if (e->as<TypeAssertExpr>()->assertedType) writeExpr(os, e->as<TypeAssertExpr>()->assertedType);
      else os << "type";
      os << ')';
      return;
    case ExprKind::Call: {
      auto* c = e->as<CallExpr>();
      writeExpr(os, c->fun);
      os << '(';
      writeList(os, c->args);
      if (c->hasEllipsis) os << "...";
      os << ')';
      return;
    }
    case ExprKind::Star: os << '*'; writeExpr(os, e->as<StarExpr>()->x); return;
    case ExprKind::Unary:
      os << tokName(e->as<UnaryExpr>()->op);
      writeExpr(os, e->as<UnaryExpr>()->x);
      return;
    case ExprKind::Binary: {
      auto* b = e->as<BinaryExpr>();
      writeExpr(os, b->x);
      os << ' ' << tokName(b->op) << ' ';
      writeExpr(os, b->y);
      return;
    }
    case ExprKind::Await: os << "await "; writeExpr(os, e->as<AwaitExpr>()->x); return;
    case ExprKind::ArrayType:
      os << '[';
      writeExpr(os, e->as<ArrayTypeExpr>()->len);
      os << ']';
      writeExpr(os, e->as<ArrayTypeExpr>()->elem);
      return;
    case ExprKind::MapType:
      os << "map[";
      writeExpr(os, e->as<MapTypeExpr>()->key);
      os << ']';
      writeExpr(os, e->as<MapTypeExpr>()->val);
      return;
    case ExprKind::ChanType: {
      auto* c = e->as<ChanTypeExpr>();
      os << (c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ");
      writeExpr(os, c->elem);
      return;
    }
    case ExprKind::FuncType: os << "func"; writeSig(os, e->as<FuncTypeExpr>()); return;
    case ExprKind::StructType:
      os << "struct{";
      writeFields(os, e->as<StructTypeExpr>()->fields, "; ");
      os << '}';
      return;
    case ExprKind::InterfaceType:
      os << "interface{";
      writeFields(os, e->as<InterfaceTypeExpr>()->methods, "; ");
      os << '}';
      return;
    case ExprKind::Ellipsis: os << "..."; writeExpr(os, e->as<EllipsisExpr>()->elt); return;
  }
}

std::string Checker::exprStr(const Expr* e) const {
  std::ostringstream os;
  writeExpr(os, e);
  return os.str();
}

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
