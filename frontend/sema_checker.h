// frontend/sema_checker.h: the Checker class shared by the sema*.cpp files (internal to sema).
//
// One Checker checks one file. It follows go/types closely: an Operand describes an evaluated
// expression (mode, type, constant value); untyped expressions are remembered in `untyped_`
// until their final type is known (updateExprType), and the rest get their default type at the
// end. Errors go to Diagnostics; an Operand whose mode is Invalid never causes a second error.
//
// Which file implements what:
//   sema.cpp          passes, package-level objects, lazy resolution, init order, unused imports
//   sema_decl.cpp     const/var declarations (package and local), func signatures, type exprs
//   sema_expr.cpp     identifiers, literals, selectors, index/slice, unary/binary, shifts
//   sema_const.cpp    representability, implicit conversion of untyped values, updateExprType
//   sema_call.cpp     calls, argument passing, conversions
//   sema_builtin.cpp  built-in functions (len, print, println, panic, min, max)
//   sema_assign.cpp   assignability, assignments, :=, initialization of variables
//   sema_stmt.cpp     statements, scopes, unused variables
//   sema_branch.cpp   labels, break/continue targets, terminating statements (missing return)
//   sema_stdlib.cpp   the built-in packages fmt, os, math
//   sema_print.cpp    expression and operand strings for messages (go/types' ExprString)
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/packages.h"
#include "frontend/sema.h"

namespace csp::sema {

// go/types' operand.
struct Operand {
  ExprMode mode = ExprMode::Invalid;
  Expr* expr = nullptr;
  const Type* type = nullptr;
  Constant val;      // when mode == Constant
  int builtin = -1;  // when mode == Builtin
  bool invalid() const { return mode == ExprMode::Invalid; }
  bool isNil() const { return type && type->kind == TypeKind::UntypedNil; }
};

// An untyped expression whose final type is not known yet.
struct UntypedInfo {
  bool isLhs = false;  // lhs of a non-constant shift: final type must be an integer
  ExprMode mode;
  const Type* type;
  Constant val;
};

// Package-level declaration of a const or var (one per object).
struct PkgDecl {
  Object* obj = nullptr;
  ValueSpec* spec = nullptr;   // where the names are
  Expr* typeExpr = nullptr;    // for consts: possibly inherited from an earlier spec
  Expr* init = nullptr;        // the initializer for this object (n:n), or nullptr
  std::vector<Object*> lhs;    // var with a single multi-valued initializer: all its objects
  int iota = 0;
  bool inherited = false;      // const spec with implicit repetition
  int color = 0;               // 0 white, 1 grey (being checked), 2 black
  std::set<Object*> deps;      // package-level vars/funcs referenced by the initializer
};

enum class BranchCtx { None = 0, BreakOk = 1, ContinueOk = 2 };

// The function (declaration or literal) whose body is being checked; nested literals push.
struct FuncCtx {
  const void* node = nullptr;      // the FuncDecl or FuncLit: local variables' Object::owner
  FuncDecl* decl = nullptr;
  FuncLit* lit = nullptr;
  const Signature* sig = nullptr;
  std::vector<Object*> resultVars;
  std::string goName;              // "main.f", "main.f.func1"
  int lits = 0;                    // literals numbered so far directly inside this function
};

// The result of looking up a field or method (go/types' LookupFieldOrMethod).
struct Lookup {
  enum Kind { None, Field, Method, IfaceMethod, Ambiguous } kind = None;
  std::vector<int> path;           // embedded fields to the holder, then (Field) the field's index
  Object* method = nullptr;        // Method: the declared method
  const Type* fieldType = nullptr; // Field: its type
  const Signature* sig = nullptr;  // Method, IfaceMethod: the method's signature
  int ifaceIndex = -1;             // IfaceMethod: index in the interface's methods
  bool indirect = false;           // a pointer was dereferenced on the way (or x is a pointer)
  bool needsAddr = false;          // Method with a pointer receiver on a non-addressable value
  const Type* holder = nullptr;    // the type whose field/method it is (after the path)
};

class Checker {
 public:
  Checker(File& file, TypeContext& types, Diagnostics& diags, CheckedFile* out, PackageLoader* loader,
          std::string pkgPath);
  bool isMain() const { return pkgPath_ == "main"; }
  bool run();

  // --- errors (sema.cpp) ---
  void error(Pos pos, const std::string& msg);
  void notImplemented(Pos pos, const std::string& what) { error(pos, what + " not implemented yet"); }
  const Diagnostics& diags() const { return diags_; }

  // --- strings for messages (sema_print.cpp) ---
  std::string exprStr(const Expr* e) const;
  std::string operandStr(const Operand& x) const;
  static std::string typesSummary(const std::vector<const Type*>& ts, bool variadic);

  // --- package level (sema.cpp) ---
  void collectObjects();
  void collectImport(ImportSpec* spec);
  void collectGenDecl(GenDecl* d);
  void collectFunc(FuncDecl* fd);
  void declarePkg(Object* obj, Ident* id);
  void objDecl(Object* obj);
  void computeInitOrder();
  void reportUnusedImports();
  void addDep(Object* obj);

  // --- declarations (sema_decl.cpp) ---
  void constDecl(Object* obj, Expr* typeExpr, Expr* init, int iota, bool inherited);
  void varDecl(const std::vector<Object*>& lhs, Expr* typeExpr, const std::vector<Expr*>& init);
  void localGenDecl(GenDecl* d);
  void localConstSpec(ValueSpec* spec, ValueSpec* last);
  void localVarSpec(ValueSpec* spec);
  void funcSignature(FuncDecl* fd);
  void typeDecl(Object* obj);
  void resolveTypeSpec(Object* obj, TypeSpec* spec);
  void reportTypeCycle(Object* obj);
  void checkFuncBody(FuncDecl* fd);
  const Type* typExpr(Expr* e);
  const Type* varType(Expr* e);
  const Signature* funcType(FuncTypeExpr* e, const Type* recv);
  const Signature* asyncValueSig(const Signature* body);
  void awaitExpr(Operand& x, AwaitExpr* e);
  void gatherCall(Operand& x, CallExpr* call, bool errors);
  void asyncioCall(Operand& x, CallExpr* call, int id);
  const Type* structType(StructTypeExpr* e);
  const Type* interfaceType(InterfaceTypeExpr* e);
  int64_t arrayLength(Expr* e);
  Object* newVar(Ident* id, const Type* t);

  // --- expressions (sema_expr.cpp) ---
  void rawExpr(Operand& x, Expr* e, const Type* hint);
  void exprInternal(Operand& x, Expr* e, const Type* hint);
  void expr(Operand& x, Expr* e, const Type* hint = nullptr);  // single value
  void multiExpr(std::vector<Operand>& out, Expr* e);
  void exprOrType(Operand& x, Expr* e);
  void exclude(Operand& x, bool noValue, bool builtin, bool typeExpr);
  void singleValue(Operand& x);
  void record(Operand& x);
  void ident(Operand& x, Ident* e, bool wantType);
  void basicLit(Operand& x, BasicLit* e);
  void selector(Operand& x, SelectorExpr* e);
  void methodExpr(Operand& x, SelectorExpr* e, const Type* t);
  void capture(Object* var);
  void indexExpr(Operand& x, IndexExpr* e);
  void sliceExpr(Operand& x, SliceExpr* e);
  bool index(Expr* e, int64_t max, int64_t* out);
  void unary(Operand& x, UnaryExpr* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos opPos);
  void shift(Operand& x, Operand& y, Expr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, bool switchCase);
  void matchTypes(Operand& x, Operand& y);
  static bool hasNil(const Type* t);
  std::string incomparableCause(const Type* t);
  void elementKey(Operand& k, Expr* key, const Type* keyType);
  bool opAllowed(Operand& x, Tok op, bool unaryOp);
  void use(const std::vector<Expr*>& es);

  // --- constants and untyped values (sema_const.cpp) ---
  bool representableConst(const Constant& v, const Type* t, Constant* rounded);
  int representation(Operand& x, const Type* t, Constant* out);  // 0 ok, else error code
  void representable(Operand& x, const Type* t);
  void invalidConversion(int code, Operand& x, const Type* t);
  int implicitTypeAndValue(Operand& x, const Type* target, const Type** newType, Constant* val, bool* hasVal);
  void convertUntyped(Operand& x, const Type* target);
  void updateExprType(Expr* e, const Type* t, bool final);
  void updateExprVal(Expr* e, const Constant& v);
  void overflow(Operand& x, Pos opPos);
  const Type* defaultType(const Type* t) const;
  void finishUntyped();

  // --- calls (sema_call.cpp) ---
  void call(Operand& x, CallExpr* e);
  void arguments(CallExpr* call, const Signature* sig, std::vector<Operand>& args);
  void conversion(Operand& x, const Type* t);
  bool convertibleTo(const Operand& x, const Type* t);
  void argList(std::vector<Operand>& out, const std::vector<Expr*>& args);

  // --- builtins (sema_builtin.cpp) ---
  void builtinCall(Operand& x, CallExpr* call, int id);

  // --- assignments (sema_assign.cpp) ---
  bool assignableTo(Operand& x, const Type* t);
  std::string assignCause(const Operand& x, const Type* t);
  void assignment(Operand& x, const Type* t, const std::string& context);
  void initVar(Object* lhs, Operand& x, const std::string& context);
  void initVars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, Stmt* returnStmt);
  void assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  void assignVar(Expr* lhs, Expr* rhs, Operand* x, const std::string& context);
  const Type* lhsVar(Expr* lhs);
  void shortVarDecl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  void assignError(const std::vector<Expr*>& rhs, size_t l, size_t r);
  void returnError(Pos at, const std::vector<Object*>& lhs, const std::vector<Operand>& rhs);
  void multiCallExpr(std::vector<Operand>& xs, Expr* rhs, const std::vector<bool>& blank);

  // --- statements (sema_stmt.cpp) ---
  void stmtList(const std::vector<Stmt*>& list, int ctx);
  void stmt(Stmt* s, int ctx);
  void openScope();
  void closeScope();
  void declareLocal(Object* obj, Ident* id);
  void exprStmt(ExprStmt* s);
  void suspendedCall(const char* keyword, Expr* call);
  static bool statementBuiltin(int id);
  void assignStmt(AssignStmt* s);
  void incDecStmt(IncDecStmt* s);
  void returnStmt(ReturnStmt* s);
  void ifStmt(IfStmt* s, int ctx);
  void switchStmt(SwitchStmt* s, int ctx);
  void caseValues(Operand& tag, CaseClause* clause, std::vector<std::pair<Constant, Pos>>& seen);
  void forStmt(ForStmt* s, int ctx);
  void typeSwitchStmt(TypeSwitchStmt* s, int ctx);
  void rangeStmt(RangeStmt* s, int ctx);
  void sendStmt(SendStmt* s);
  void selectStmt(SelectStmt* s, int ctx);
  bool validComm(Stmt* comm);
  void branchStmt(BranchStmt* s, int ctx);
  void reportUnusedVars();

  // --- labels and termination (sema_branch.cpp) ---
  void checkBranches(BlockStmt* body);
  bool isTerminating(Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<Stmt*>& list, const std::string& label);
  bool isTerminatingSwitch(const std::vector<CaseClause*>& clauses, const std::string& label);
  bool hasBreak(Stmt* s, const std::string& label, bool implicit);
  bool hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit);

  // --- standard library (sema_stdlib.cpp) ---
  Object* stdPackage(const std::string& path);

  // --- fields, methods, interfaces (sema_lookup.cpp) ---
  Lookup lookupFieldOrMethod(const Type* t, bool addressable, const std::string& name, const std::string& pkg);
  // The first method of iface that t lacks, or (wrongType) whose signature differs; nullptr if
  // t implements iface. `alt` receives t's method of that name if it exists.
  const InterfaceMethod* missingMethod(const Type* t, const InterfaceType* iface, Object** alt, bool* ptrRecv);
  bool implements(const Type* t, const Type* iface, std::string* cause);
  std::string missingMethodCause(const Type* t, const Type* iface);

  // --- composite literals, function literals, assertions (sema_composite.cpp) ---
  void compositeLit(Operand& x, CompositeLit* e, const Type* hint);
  void funcLit(Operand& x, FuncLit* e);
  void typeAssert(Operand& x, TypeAssertExpr* e);
  void markAddressTaken(Expr* e);
  void methodDecl(FuncDecl* fd);
  void validTypes();
  void validType(Object* obj);

  // --- state ---
  File& file_;
  TypeContext& types_;
  Diagnostics& diags_;
  CheckedFile* out_;
  PackageLoader* loader_;
  std::string pkgPath_;  // "main", or the standard package being checked

  Scope* pkgScope_ = nullptr;   // package-level objects
  Scope* fileScope_ = nullptr;  // imports; child of pkgScope_, parent of function scopes
  Scope* scope_ = nullptr;      // current scope
  std::map<Object*, PkgDecl*> pkgDecls_;
  std::map<Object*, std::pair<TypeSpec*, int>> typeDecls_;  // type names: spec, color (0 white, 1 grey, 2 black)
  std::vector<Object*> typePath_;       // type declarations being resolved (cycle detection)
  std::vector<std::unique_ptr<PkgDecl>> pkgDeclStore_;
  std::vector<Object*> pkgVarOrder_;  // package vars in source order
  std::vector<PkgDecl*> varDeclOrder_;  // one entry per var initialisation (source order)
  std::map<Object*, std::set<Object*>> funcDeps_;  // func -> package-level vars/funcs it uses
  std::map<std::string, Object*> stdPkgs_;
  std::vector<Object*> imports_;
  std::vector<std::pair<Object*, Ident*>> blankImports_;

  // Per declaration / per function context.
  std::set<Object*>* deps_ = nullptr;   // where addDep records references
  std::vector<Object*> declPath_;       // objects being resolved (cycle detection)
  const Constant* iota_ = nullptr;      // inside a const declaration
  Pos errPos_;                          // when valid, all errors go here (inherited const init exprs)
  Object* curFunc_ = nullptr;
  FuncDecl* curDecl_ = nullptr;         // the function declaration being checked
  std::vector<FuncCtx> funcs_;          // the function and the literals being checked, innermost last
  std::vector<FuncDecl*> methodDecls_;  // declarations with a receiver, attached after types
  std::vector<Object*> namedTypes_;     // package-level defined types, for validTypes
  int pkgLits_ = 0;                     // function literals in package-level initializers
  const Signature* curSig_ = nullptr;
  std::vector<Object*> resultVars_;     // current function's result objects
  std::vector<Object*> localVars_;      // every local var of the current function
  Expr* stmtCall_ = nullptr;            // the call of the current expression statement (results discarded)
  Expr* multiCall_ = nullptr;           // the call of an `a, b = f()` being checked (error results may go to _)
  Expr* calleeOk_ = nullptr;            // the Ident/Selector being called (function values are not supported)

  std::unordered_map<Expr*, UntypedInfo> untyped_;
};

inline bool isShift(Tok op) { return op == Tok::Shl || op == Tok::Shr; }
inline bool isComparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}
inline Expr* unparen(Expr* e) {
  while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

// Where types2 reports an error "at" expression e: syntax.StartPos(e). Node positions here are
// go/ast's, which already are start positions except for a slice expression: syntax.StartPos
// does not descend into SliceExpr, whose own position is its '['. So follow the left spine
// (selector, index, assertion, call, binary, typed composite literal) and stop at a slice.
inline Pos startPos(const Expr* e) {
  for (;;) {
    switch (e->kind) {
      case ExprKind::Selector: e = static_cast<const SelectorExpr*>(e)->x; continue;
      case ExprKind::Index: e = static_cast<const IndexExpr*>(e)->x; continue;
      case ExprKind::TypeAssert: e = static_cast<const TypeAssertExpr*>(e)->x; continue;
      case ExprKind::Call: e = static_cast<const CallExpr*>(e)->fun; continue;
      case ExprKind::Binary: e = static_cast<const BinaryExpr*>(e)->x; continue;
      case ExprKind::CompositeLit:
        if (auto* t = static_cast<const CompositeLit*>(e)->litType) {
          e = t;
          continue;
        }
        return e->pos;
      case ExprKind::Slice: return static_cast<const SliceExpr*>(e)->lbrack;
      default: return e->pos;
    }
  }
}

// Error codes of representation()/implicitTypeAndValue().
enum { kOk = 0, kTruncated = 1, kOverflow = 2, kInvalidConst = 3, kInvalidUntyped = 4 };

}  // namespace csp::sema
