// frontend/ast.h: the abstract syntax tree of a csp source file.
//
// The parser (parser.yy) builds it for the WHOLE csp grammar, including constructs that later
// stages do not implement yet; sema (sema*.cpp) resolves names and fills in the annotations
// marked "set by sema"; codegen (jit/) reads the annotated tree. The shape follows Go's
// go/ast package so that a Go programmer reading this code finds familiar names.
//
// Ownership: every node is allocated by an AstContext and lives as long as it does; nodes point
// at each other with plain pointers. Optional children are nullptr when absent.
//
// Positions: every node has `pos`, the position Go's go/ast would report for it (the start of
// the node, or the operator position for binary expressions as go/types reports errors there:
// see BinaryExpr). Diagnostics use these positions so line:col agree with Go's.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/source.h"
#include "frontend/token.h"

namespace csp {

struct Signature;  // frontend/types.h

struct Type;      // frontend/types.h
struct Object;    // frontend/types.h
class Constant;  // frontend/constant.h: an exact constant value

struct Node {
  Pos pos;
  virtual ~Node() = default;
};

// ---------------------------------------------------------------------------------------------
// Expressions (types are expressions too, as in go/ast).

enum class ExprKind {
  Bad, Ident, BasicLit, CompositeLit, KeyValue, FuncLit, Paren, Selector, Index, Slice,
  TypeAssert, Call, Star, Unary, Binary, Await,
  // type expressions
  ArrayType, MapType, ChanType, TaskType, FuncType, StructType, InterfaceType, Ellipsis,
};

// How an expression was classified by sema (go/types' "operand mode").
enum class ExprMode {
  Invalid,   // an error was reported; codegen never sees this
  NoValue,   // call of a function without results
  Constant,  // Expr::value holds the value
  Variable,  // addressable
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // a computed value
  CommaOk,   // may be used in a two-value assignment (map index, type assert, receive)
  TypeExpr,  // the expression denotes a type
  Builtin,   // a built-in function name (only as the callee of a call)
  Package,   // a package name (only as the x of a qualified identifier)
};

struct Expr : Node {
  const ExprKind kind;
  // --- set by sema ---
  const Type* type = nullptr;        // type of the value (or the denoted type if TypeExpr)
  ExprMode mode = ExprMode::Invalid;
  const Constant* value = nullptr;   // when mode == Constant: the value, already of `type`

  explicit Expr(ExprKind k) : kind(k) {}
  template <class T> T* as() { return T::classof(this) ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return T::classof(this) ? static_cast<const T*>(this) : nullptr; }
};

#define CSP_EXPR_CLASSOF(K) \
  static bool classof(const Expr* e) { return e->kind == ExprKind::K; }

struct BadExpr : Expr { BadExpr() : Expr(ExprKind::Bad) {} CSP_EXPR_CLASSOF(Bad) };

struct Ident : Expr {
  std::string name;
  Object* obj = nullptr;  // set by sema: what the name denotes (nullptr for `_`)
  bool isDecl = false;    // set by sema: this occurrence declares obj (var, :=, param...)
  explicit Ident(std::string n) : Expr(ExprKind::Ident), name(std::move(n)) {}
  CSP_EXPR_CLASSOF(Ident)
};

// Int, Float, Imag, Rune or String literal. `text` is as written for numbers; for String it
// is the decoded value; for Rune `rune` holds the value.
struct BasicLit : Expr {
  Tok litKind;
  std::string text;
  char32_t rune = 0;
  bool bad = false;  // malformed (the lexer reported it): sema treats it as invalid, silently
  BasicLit(Tok k, std::string t) : Expr(ExprKind::BasicLit), litKind(k), text(std::move(t)) {}
  CSP_EXPR_CLASSOF(BasicLit)
};

// T{elts}; `litType` is nullptr for an elided type inside another composite literal.
struct CompositeLit : Expr {
  Expr* litType;
  std::vector<Expr*> elts;
  Pos lbrace, rbrace;
  // --- set by sema ---
  // Per element: a struct literal's field index, an array or slice literal's element index;
  // unused for maps. Expr::type is the literal's type (for &T{} elided in another literal:
  // the pointer type, and `addrOf` is set).
  std::vector<int64_t> indices;
  bool addrOf = false;  // an elided &T{...} inside a []*T / map[K]*T literal
  CompositeLit(Expr* t, std::vector<Expr*> e) : Expr(ExprKind::CompositeLit), litType(t), elts(std::move(e)) {}
  CSP_EXPR_CLASSOF(CompositeLit)
};

// key: value inside a composite literal. pos is the colon's position (as go/ast).
struct KeyValueExpr : Expr {
  Expr* key;
  Expr* val;
  KeyValueExpr(Expr* k, Expr* v) : Expr(ExprKind::KeyValue), key(k), val(v) {}
  CSP_EXPR_CLASSOF(KeyValue)
};

struct FuncTypeExpr;
struct BlockStmt;

// func(params) results { body }, or `async func ...` (csp extension).
struct FuncLit : Expr {
  FuncTypeExpr* sig;
  BlockStmt* body;
  bool isAsync = false;
  // --- set by sema ---
  bool hasRecover = false;        // the body calls recover() (not in nested literals)
  // async: the signature the body has (its declared results), where `type` is the value's
  // (results: the one task type). Else the same as type.
  const Signature* bodySig = nullptr;
  std::vector<Object*> captures;  // variables of enclosing functions it uses, in first-use order
  std::string goName;             // "main.main.func1": what tracebacks call it
  FuncLit(FuncTypeExpr* s, BlockStmt* b) : Expr(ExprKind::FuncLit), sig(s), body(b) {}
  CSP_EXPR_CLASSOF(FuncLit)
};

struct ParenExpr : Expr {
  Expr* x;
  explicit ParenExpr(Expr* e) : Expr(ExprKind::Paren), x(e) {}
  CSP_EXPR_CLASSOF(Paren)
};

// What a selector x.sel selects (set by sema; go/types' Selection).
enum class SelKind {
  None,        // not resolved (an error was reported)
  Qualified,   // pkg.Name: sel->obj is the package member
  Field,       // x.f: path leads to the field
  Method,      // x.M (a method value, or the callee of a method call)
  MethodExpr,  // T.M or (*T).M: a function whose first parameter is the receiver
};

// x.sel. For a qualified identifier (fmt.Println) sema sets sel->obj to the package member.
struct SelectorExpr : Expr {
  Expr* x;
  Ident* sel;
  // --- set by sema ---
  SelKind selKind = SelKind::None;
  // Field: the field indices from x's struct type down to the field (embedded fields first),
  // each step through a pointer dereferencing it. Method: the embedded fields leading to the
  // value whose type declares the method (empty for a method of x's own type).
  std::vector<int> path;
  Object* method = nullptr;  // Method, MethodExpr: the method (nullptr for interface methods)
  int ifaceIndex = -1;       // Method of an interface type: its index in the sorted method set
  SelectorExpr(Expr* e, Ident* s) : Expr(ExprKind::Selector), x(e), sel(s) {}
  CSP_EXPR_CLASSOF(Selector)
};

// x[index]
struct IndexExpr : Expr {
  Expr* x;
  Expr* index;
  Pos lbrack;
  IndexExpr(Expr* e, Expr* i) : Expr(ExprKind::Index), x(e), index(i) {}
  CSP_EXPR_CLASSOF(Index)
};

// x[lo:hi] or x[lo:hi:max]; absent bounds are nullptr.
struct SliceExpr : Expr {
  Expr* x;
  Expr* lo;
  Expr* hi;
  Expr* max;
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Expr* e, Expr* l, Expr* h, Expr* m, bool three)
      : Expr(ExprKind::Slice), x(e), lo(l), hi(h), max(m), slice3(three) {}
  CSP_EXPR_CLASSOF(Slice)
};

// x.(T); assertedType is nullptr for x.(type) in a type switch.
struct TypeAssertExpr : Expr {
  Expr* x;
  Expr* assertedType;
  TypeAssertExpr(Expr* e, Expr* t) : Expr(ExprKind::TypeAssert), x(e), assertedType(t) {}
  CSP_EXPR_CLASSOF(TypeAssert)
};

// What a call expression turned out to be (set by sema).
enum class CallKind { Unknown, Call, Conversion, Builtin };

struct CallExpr : Expr {
  Expr* fun;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen, rparen;
  // --- set by sema ---
  CallKind callKind = CallKind::Unknown;
  int builtin = -1;  // for CallKind::Builtin: a BuiltinId (types.h)
  Object* helper = nullptr;  // for a compiler-known package function: its Object::helper
  bool packVariadic = false;  // a variadic call without `...`: the trailing arguments form a slice
  CallExpr(Expr* f, std::vector<Expr*> a) : Expr(ExprKind::Call), fun(f), args(std::move(a)) {}
  CSP_EXPR_CLASSOF(Call)
};

// *x: pointer indirection, or a pointer type.
struct StarExpr : Expr {
  Expr* x;
  explicit StarExpr(Expr* e) : Expr(ExprKind::Star), x(e) {}
  CSP_EXPR_CLASSOF(Star)
};

// op x, op one of + - ! ^ & <- (Tok::Add, Sub, Not, Xor, And, Arrow).
struct UnaryExpr : Expr {
  Tok op;
  Expr* x;
  UnaryExpr(Tok o, Expr* e) : Expr(ExprKind::Unary), op(o), x(e) {}
  CSP_EXPR_CLASSOF(Unary)
};

// x op y. `pos` is x's position (go/ast's Pos()); `opPos` is the operator's, where go/types
// reports mismatched-type and division-by-zero errors.
struct BinaryExpr : Expr {
  Tok op;
  Expr* x;
  Expr* y;
  Pos opPos;
  BinaryExpr(Tok o, Expr* a, Expr* b) : Expr(ExprKind::Binary), op(o), x(a), y(b) {}
  CSP_EXPR_CLASSOF(Binary)
};

// await x (csp extension).
struct AwaitExpr : Expr {
  Expr* x;
  explicit AwaitExpr(Expr* e) : Expr(ExprKind::Await), x(e) {}
  CSP_EXPR_CLASSOF(Await)
};

// [len]elem, [...]elem (len is an EllipsisExpr) or []elem (len == nullptr).
struct ArrayTypeExpr : Expr {
  Expr* len;
  Expr* elem;
  ArrayTypeExpr(Expr* l, Expr* e) : Expr(ExprKind::ArrayType), len(l), elem(e) {}
  CSP_EXPR_CLASSOF(ArrayType)
};

struct MapTypeExpr : Expr {
  Expr* key;
  Expr* val;
  MapTypeExpr(Expr* k, Expr* v) : Expr(ExprKind::MapType), key(k), val(v) {}
  CSP_EXPR_CLASSOF(MapType)
};

enum class ChanDir { Both, Send, Recv };  // chan T, chan<- T, <-chan T

struct ChanTypeExpr : Expr {
  ChanDir dir;
  Expr* elem;
  ChanTypeExpr(ChanDir d, Expr* e) : Expr(ExprKind::ChanType), dir(d), elem(e) {}
  CSP_EXPR_CLASSOF(ChanType)
};

// One entry of a parameter, result, struct field or interface method list:
//   names type  |  type (names empty)  |  embedded field/interface (names empty, embedded)
// For interface methods, `type` is a FuncTypeExpr and names has the one method name.
struct Field : Node {
  std::vector<Ident*> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;  // struct field tag
  bool embedded = false;
};

// async T, async (T1, T2), async () (csp extension): the handle an async call returns.
struct TaskTypeExpr : Expr {
  std::vector<Field*> results;  // as a function's results (names are rejected by sema)
  TaskTypeExpr() : Expr(ExprKind::TaskType) {}
  CSP_EXPR_CLASSOF(TaskType)
};

struct FuncTypeExpr : Expr {
  std::vector<Field*> params;
  std::vector<Field*> results;
  FuncTypeExpr() : Expr(ExprKind::FuncType) {}
  CSP_EXPR_CLASSOF(FuncType)
};

struct StructTypeExpr : Expr {
  std::vector<Field*> fields;
  StructTypeExpr() : Expr(ExprKind::StructType) {}
  CSP_EXPR_CLASSOF(StructType)
};

struct InterfaceTypeExpr : Expr {
  std::vector<Field*> methods;  // methods (names.size()==1) and embedded interfaces (embedded)
  InterfaceTypeExpr() : Expr(ExprKind::InterfaceType) {}
  CSP_EXPR_CLASSOF(InterfaceType)
};

// ...elt: the type of a variadic parameter, or the length of [...]T (elt == nullptr).
struct EllipsisExpr : Expr {
  Expr* elt;
  explicit EllipsisExpr(Expr* e) : Expr(ExprKind::Ellipsis), elt(e) {}
  CSP_EXPR_CLASSOF(Ellipsis)
};

#undef CSP_EXPR_CLASSOF

// ---------------------------------------------------------------------------------------------
// Statements.

enum class StmtKind {
  Bad, Decl, Empty, Labeled, Expr, Send, IncDec, Assign, Go, Defer, Return, Branch, Block,
  If, CaseClause, Switch, TypeSwitch, CommClause, Select, For, Range,
};

struct Stmt : Node {
  const StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  template <class T> T* as() { return T::classof(this) ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return T::classof(this) ? static_cast<const T*>(this) : nullptr; }
};

#define CSP_STMT_CLASSOF(K) \
  static bool classof(const Stmt* s) { return s->kind == StmtKind::K; }

struct GenDecl;

struct BadStmt : Stmt { BadStmt() : Stmt(StmtKind::Bad) {} CSP_STMT_CLASSOF(Bad) };

struct DeclStmt : Stmt {
  GenDecl* decl;
  explicit DeclStmt(GenDecl* d) : Stmt(StmtKind::Decl), decl(d) {}
  CSP_STMT_CLASSOF(Decl)
};

// An empty statement; `implicit` when it stands for a missing statement (e.g. `if x {}`'s
// absent else, or the semicolon before `}`).
struct EmptyStmt : Stmt {
  bool implicit = false;
  EmptyStmt() : Stmt(StmtKind::Empty) {}
  CSP_STMT_CLASSOF(Empty)
};

struct LabeledStmt : Stmt {
  Ident* label;
  Stmt* stmt;
  LabeledStmt(Ident* l, Stmt* s) : Stmt(StmtKind::Labeled), label(l), stmt(s) {}
  CSP_STMT_CLASSOF(Labeled)
};

struct ExprStmt : Stmt {
  Expr* x;
  explicit ExprStmt(Expr* e) : Stmt(StmtKind::Expr), x(e) {}
  CSP_STMT_CLASSOF(Expr)
};

// ch <- value
struct SendStmt : Stmt {
  Expr* chan;
  Expr* value;
  Pos arrow;
  SendStmt(Expr* c, Expr* v) : Stmt(StmtKind::Send), chan(c), value(v) {}
  CSP_STMT_CLASSOF(Send)
};

// x++ / x--; tok is Tok::Inc or Tok::Dec.
struct IncDecStmt : Stmt {
  Expr* x;
  Tok tok;
  Pos tokPos;
  IncDecStmt(Expr* e, Tok t) : Stmt(StmtKind::IncDec), x(e), tok(t) {}
  CSP_STMT_CLASSOF(IncDec)
};

// lhs tok rhs; tok is Tok::Assign, Tok::Define or an op-assign (Tok::AddAssign...).
struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  Tok tok;
  Pos tokPos;
  std::vector<Expr*> rhs;
  AssignStmt(std::vector<Expr*> l, Tok t, std::vector<Expr*> r)
      : Stmt(StmtKind::Assign), lhs(std::move(l)), tok(t), rhs(std::move(r)) {}
  CSP_STMT_CLASSOF(Assign)
};

struct GoStmt : Stmt {
  Expr* call;  // a CallExpr if well-formed; sema reports otherwise
  explicit GoStmt(Expr* c) : Stmt(StmtKind::Go), call(c) {}
  CSP_STMT_CLASSOF(Go)
};

struct DeferStmt : Stmt {
  Expr* call;
  explicit DeferStmt(Expr* c) : Stmt(StmtKind::Defer), call(c) {}
  CSP_STMT_CLASSOF(Defer)
};

struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  explicit ReturnStmt(std::vector<Expr*> r) : Stmt(StmtKind::Return), results(std::move(r)) {}
  CSP_STMT_CLASSOF(Return)
};

// break / continue / goto / fallthrough, with an optional label.
struct BranchStmt : Stmt {
  Tok tok;
  Ident* label;
  Stmt* target = nullptr;  // set by sema: the statement break/continue refers to
  BranchStmt(Tok t, Ident* l) : Stmt(StmtKind::Branch), tok(t), label(l) {}
  CSP_STMT_CLASSOF(Branch)
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos lbrace, rbrace;
  explicit BlockStmt(std::vector<Stmt*> l) : Stmt(StmtKind::Block), list(std::move(l)) {}
  CSP_STMT_CLASSOF(Block)
};

// if init; cond { body } else elseStmt   (elseStmt is an IfStmt, a BlockStmt or nullptr)
struct IfStmt : Stmt {
  Stmt* init;
  Expr* cond;
  BlockStmt* body;
  Stmt* elseStmt;
  IfStmt(Stmt* i, Expr* c, BlockStmt* b, Stmt* e)
      : Stmt(StmtKind::If), init(i), cond(c), body(b), elseStmt(e) {}
  CSP_STMT_CLASSOF(If)
};

// case list: body  (list empty means default). In a type switch the list holds types.
struct CaseClause : Stmt {
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  Object* implicitObj = nullptr;  // set by sema in a type switch `switch v := x.(type)`
  CaseClause(std::vector<Expr*> l, std::vector<Stmt*> b)
      : Stmt(StmtKind::CaseClause), list(std::move(l)), body(std::move(b)) {}
  CSP_STMT_CLASSOF(CaseClause)
};

// switch init; tag { clauses }   (tag nullptr means `true`)
struct SwitchStmt : Stmt {
  Stmt* init;
  Expr* tag;
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  SwitchStmt(Stmt* i, Expr* t, std::vector<CaseClause*> c)
      : Stmt(StmtKind::Switch), init(i), tag(t), clauses(std::move(c)) {}
  CSP_STMT_CLASSOF(Switch)
};

// switch init; assign { clauses } where assign is `x := y.(type)` (AssignStmt) or
// `y.(type)` (ExprStmt).
struct TypeSwitchStmt : Stmt {
  Stmt* init;
  Stmt* assign;
  std::vector<CaseClause*> clauses;
  TypeSwitchStmt(Stmt* i, Stmt* a, std::vector<CaseClause*> c)
      : Stmt(StmtKind::TypeSwitch), init(i), assign(a), clauses(std::move(c)) {}
  CSP_STMT_CLASSOF(TypeSwitch)
};

// case comm: body  (comm nullptr means default). comm is a SendStmt, an ExprStmt (<-c) or an
// AssignStmt (v[, ok] = / := <-c).
struct CommClause : Stmt {
  Stmt* comm;
  std::vector<Stmt*> body;
  CommClause(Stmt* c, std::vector<Stmt*> b) : Stmt(StmtKind::CommClause), comm(c), body(std::move(b)) {}
  CSP_STMT_CLASSOF(CommClause)
};

struct SelectStmt : Stmt {
  std::vector<CommClause*> clauses;
  explicit SelectStmt(std::vector<CommClause*> c) : Stmt(StmtKind::Select), clauses(std::move(c)) {}
  CSP_STMT_CLASSOF(Select)
};

// for init; cond; post { body }   (any part may be nullptr)
struct ForStmt : Stmt {
  Stmt* init;
  Expr* cond;
  Stmt* post;
  BlockStmt* body;
  ForStmt(Stmt* i, Expr* c, Stmt* p, BlockStmt* b)
      : Stmt(StmtKind::For), init(i), cond(c), post(p), body(b) {}
  CSP_STMT_CLASSOF(For)
};

// for key, value tok range x { body }   tok: Tok::Define, Tok::Assign, or Tok::Eof when
// there is no key/value (`for range x`).
struct RangeStmt : Stmt {
  Expr* key;
  Expr* value;
  Expr* extra = nullptr;  // a third iteration variable (an error reported by sema); not checked
  Tok tok;
  Expr* x;
  BlockStmt* body;
  RangeStmt(Expr* k, Expr* v, Tok t, Expr* e, BlockStmt* b)
      : Stmt(StmtKind::Range), key(k), value(v), tok(t), x(e), body(b) {}
  CSP_STMT_CLASSOF(Range)
};

#undef CSP_STMT_CLASSOF

// ---------------------------------------------------------------------------------------------
// Declarations.

struct Spec : Node {};

struct ImportSpec : Spec {
  Ident* name = nullptr;  // import alias, `.` or `_`; nullptr if none
  BasicLit* path = nullptr;
  Object* pkg = nullptr;  // set by sema
};

// names [type] [= values]  (const and var). For const specs with neither type nor values,
// sema repeats the previous spec's (Go's implicit repetition); iota is the spec's index.
struct ValueSpec : Spec {
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // set by the parser: index of this spec within its const group
};

// name [=] type   (isAlias for `type A = B`)
struct TypeSpec : Spec {
  Ident* name = nullptr;
  bool isAlias = false;
  Expr* type = nullptr;
};

// import / const / type / var, grouped or not.
struct GenDecl : Node {
  Tok tok;  // Tok::Import, Tok::Const, Tok::Type, Tok::Var
  std::vector<Spec*> specs;
  bool grouped = false;
};

// func (recv) name(params) results { body }, or `async func ...`. body is nullptr for a
// declaration without a body (an error in csp: there is no assembly).
struct FuncDecl : Node {
  Field* recv = nullptr;
  Ident* name = nullptr;
  FuncTypeExpr* sig = nullptr;
  BlockStmt* body = nullptr;
  bool isAsync = false;
  bool hasRecover = false;  // set by sema: the body calls recover() (not in nested literals)
  // Set by sema: the signature the body has. For an async function its declared results;
  // the function's object has the value's type, whose one result is the task type.
  const Signature* bodySig = nullptr;
};

// A top-level declaration is either a GenDecl or a FuncDecl.
struct Decl {
  GenDecl* gen = nullptr;
  FuncDecl* func = nullptr;
};

struct File : Node {
  Ident* package = nullptr;  // nullptr if the file has no package clause (allowed in csp)
  std::vector<GenDecl*> imports;
  std::vector<Decl> decls;
};

// ---------------------------------------------------------------------------------------------

// Owns every node of one compilation (a file, or a REPL session's chunks).
class AstContext {
 public:
  template <class T, class... Args>
  T* make(Pos pos, Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    node->pos = pos;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// Debug printer: an S-expression-like dump used by `csp run --dump-ast` and parser tests.
void dumpAst(const File& file, std::ostream& os);

// An expression in Go syntax, as Go's error messages print it (cmd/compile's syntax.String:
// `x + 1`, `fmt.Println`, `[]int{…}`, `func() {…}`, `'a'`, `"s\n"`). The one printer used by
// the parser's and sema's diagnostics.
std::string exprString(const Expr* e);

}  // namespace csp
