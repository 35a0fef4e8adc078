// frontend/sema_const.cpp: constants and untyped values: representability of constants in a
// type (rounding floats to float32/float64), implicit conversion of untyped operands to a
// target type, and go/types' updateExprType, which pushes a final type down an untyped
// expression tree so that codegen sees typed nodes only.
//
// Invariant: an Expr is in untyped_ iff it was recorded with an untyped type and has not
// received its final type yet; finishUntyped() gives the remaining ones their default type.
#include "frontend/sema_checker.h"

namespace csp::sema {

const Type* Checker::defaultType(const Type* t) const {
  switch (t->kind) {
    case TypeKind::UntypedBool: return types_.basic(TypeKind::Bool);
    case TypeKind::UntypedInt: return types_.basic(TypeKind::Int);
    case TypeKind::UntypedRune: return types_.runeType();
    case TypeKind::UntypedFloat: return types_.basic(TypeKind::Float64);
    case TypeKind::UntypedString: return types_.basic(TypeKind::String);
    default: return t;
  }
}

bool Checker::representableConst(const Constant& v, const Type* t, Constant* rounded) {
  if (v.isUnknown()) return true;
  const Type* u = t->underlying();
  Constant::Kind k = v.kind();
  bool numeric = k == Constant::Kind::Int || k == Constant::Kind::Float;
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::UntypedBool: return k == Constant::Kind::Bool;
    case TypeKind::String: case TypeKind::UntypedString: return k == Constant::Kind::String;
    case TypeKind::UntypedInt: case TypeKind::UntypedRune: {
      if (!numeric) return false;
      Constant i = v.toInt();
      if (i.isUnknown()) return false;
      if (rounded) *rounded = i;
      return true;
    }
    case TypeKind::Float32: case TypeKind::Float64: {
      if (!numeric) return false;
      auto r = u->kind == TypeKind::Float32 ? v.roundFloat32() : v.roundFloat64();
      if (!r) return false;
      if (rounded) *rounded = *r;
      return true;
    }
    case TypeKind::UntypedFloat: return numeric;
    default:
      break;
  }
  if (u->isInteger()) {
    if (!numeric) return false;
    Constant i = v.toInt();
    if (i.isUnknown()) return false;
    bool isSigned = !u->isUnsigned();
    if (!i.fitsInt(u->sizeBytes() * 8, isSigned)) return false;
    if (rounded) *rounded = i;
    return true;
  }
  return false;
}

int Checker::representation(Operand& x, const Type* t, Constant* out) {
  Constant v = x.val;
  if (!representableConst(x.val, t, &v)) {
    if (x.type->isNumeric() && t->isNumeric()) {
      if (!x.type->isInteger() && t->isInteger()) return kTruncated;
      return kOverflow;
    }
    return kInvalidConst;
  }
  *out = v;
  return kOk;
}

void Checker::invalidConversion(int code, Operand& x, const Type* t) {
  if (code == kTruncated) error(x.expr->pos, operandStr(x) + " truncated to " + t->str());
  else if (code == kOverflow) error(x.expr->pos, operandStr(x) + " overflows " + t->str());
  else error(x.expr->pos, "cannot convert " + operandStr(x) + " to type " + t->str());
}

void Checker::representable(Operand& x, const Type* t) {
  Constant v;
  int code = representation(x, t, &v);
  if (code) {
    invalidConversion(code, x, t);
    x.mode = ExprMode::Invalid;
    return;
  }
  x.val = v;
}

// The larger of two untyped numeric types (go/types' maxType), or nullptr.
static const Type* maxType(const Type* x, const Type* y) {
  if (x->isNumeric() && y->isNumeric()) return x->kind > y->kind ? x : y;
  return x->kind == y->kind ? x : nullptr;
}

int Checker::implicitTypeAndValue(Operand& x, const Type* target, const Type** newType, Constant* val,
                                  bool* hasVal) {
  *newType = x.type;
  *hasVal = false;
  if (x.invalid() || !x.type->isUntyped() || target->kind == TypeKind::Invalid) return kOk;
  if (target->isUntyped()) {
    const Type* m = maxType(x.type, target);
    if (!m) return kInvalidUntyped;
    *newType = m;
    return kOk;
  }
  const Type* u = target->underlying();
  if (u->isBasic()) {
    if (x.mode == ExprMode::Constant) {
      int code = representation(x, u, val);
      if (code) return code;
      *hasVal = true;
      *newType = target;
      return kOk;
    }
    switch (x.type->kind) {
      case TypeKind::UntypedBool: if (!u->isBoolean()) return kInvalidUntyped; break;
      case TypeKind::UntypedInt: case TypeKind::UntypedRune: case TypeKind::UntypedFloat:
        if (!u->isNumeric()) return kInvalidUntyped;
        break;
      case TypeKind::UntypedString: if (!u->isString()) return kInvalidUntyped; break;
      default: return kInvalidUntyped;  // untyped nil: no basic type has nil
    }
    *newType = target;
    return kOk;
  }
  if (u->kind == TypeKind::Interface) {
    if (x.isNil()) {
      *newType = types_.basic(TypeKind::UntypedNil);
      return kOk;
    }
    if (!u->as<InterfaceType>()->empty()) return kInvalidUntyped;
    *newType = defaultType(x.type);
    return kOk;
  }
  if (x.isNil() && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Signature || u->kind == TypeKind::Slice ||
                    u->kind == TypeKind::Map || u->kind == TypeKind::Chan || u->kind == TypeKind::Task)) {
    *newType = x.type;
    return kOk;
  }
  return kInvalidUntyped;
}

void Checker::convertUntyped(Operand& x, const Type* target) {
  const Type* newType;
  Constant val;
  bool hasVal;
  int code = implicitTypeAndValue(x, target, &newType, &val, &hasVal);
  if (code) {
    invalidConversion(code, x, target->underlying());
    x.mode = ExprMode::Invalid;
    return;
  }
  if (hasVal) {
    x.val = val;
    updateExprVal(x.expr, val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}

void Checker::updateExprVal(Expr* e, const Constant& v) {
  if (!e) return;
  auto it = untyped_.find(e);
  if (it != untyped_.end()) it->second.val = v;
  if (e->mode == ExprMode::Constant) e->value = types_.keep(v);
}

void Checker::updateExprType(Expr* e, const Type* t, bool final) {
  if (!e) return;
  auto it = untyped_.find(e);
  if (it == untyped_.end()) return;
  UntypedInfo old = it->second;
  bool isConst = old.mode == ExprMode::Constant;
  switch (e->kind) {
    case ExprKind::Paren: updateExprType(e->as<ParenExpr>()->x, t, final); break;
    case ExprKind::Unary:
      if (!isConst) updateExprType(e->as<UnaryExpr>()->x, t, final);
      break;
    case ExprKind::Binary: {
      auto* b = e->as<BinaryExpr>();
      if (isConst) break;
      if (isComparison(b->op)) {
      } else if (b->op == Tok::Shl || b->op == Tok::Shr) {
        updateExprType(b->x, t, final);
      } else {
        updateExprType(b->x, t, final);
        updateExprType(b->y, t, final);
      }
      break;
    }
    default: break;
  }
  if (!final && t->isUntyped()) {
    it = untyped_.find(e);
    if (it != untyped_.end()) it->second.type = t;
    e->type = t;
    return;
  }
  untyped_.erase(e);
  if (old.isLhs && !t->isInteger()) {
    error(e->pos, "invalid operation: shifted operand " + exprStr(e) + " (type " + t->str() + ") must be integer");
    return;
  }
  if (isConst) {
    Operand c;
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.invalid()) return;
    e->value = types_.keep(c.val);
  }
  e->type = t;
}

void Checker::overflow(Operand& x, Pos opPos) {
  if (x.val.isUnknown()) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (!x.type->isUntyped()) {
    representable(x, x.type->underlying());
    return;
  }
  if (x.val.kind() == Constant::Kind::Int && !x.val.fitsInt(513, true)) {
    std::string op;
    if (auto* b = x.expr->as<BinaryExpr>()) {
      switch (b->op) {
        case Tok::Add: op = "addition "; break;
        case Tok::Sub: op = "subtraction "; break;
        case Tok::Xor: op = "bitwise XOR "; break;
        case Tok::Mul: op = "multiplication "; break;
        case Tok::Shl: op = "shift "; break;
        default: break;
      }
    } else if (auto* u = x.expr->as<UnaryExpr>()) {
      if (u->op == Tok::Xor) op = "bitwise complement ";
    }
    error(opPos, "constant " + op + "overflow");
    x.val = Constant();
  }
}

// Gives every expression still untyped its default type (go/types records them untyped; our
// contract with codegen says typed).
void Checker::finishUntyped() {
  for (auto& [e, info] : untyped_) {
    if (info.type->kind == TypeKind::UntypedNil) continue;
    e->type = defaultType(info.type);
  }
  untyped_.clear();
}

}  // namespace csp::sema
