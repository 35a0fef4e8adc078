// frontend/parse.cpp: parseFile(), the token glue between Lexer and the Bison parser, the
// node builders that parser.yy's actions call, and Go-worded syntax errors.
//
// Invariants:
//   - The glue (ParseCtx::lex) implements go.y's "loophack": after if/for/switch/select, the
//     first `{` at the same ( ) / [ ] nesting is returned as LBODY. A composite literal,
//     struct/interface type or function literal that takes such a brace calls fixLbrace() when
//     it is reduced, so the next `{` is LBODY again (the statement body).
//   - Syntax errors: at most one per source line (as cmd/compile), nothing after an error at
//     EOF, and the parse is cut short (the glue returns EOF) after kMaxSyntaxErrors, so the
//     parser always terminates quickly.
//   - Builders never fail: malformed but parseable input (an `if` without condition, mixed
//     named/unnamed parameters...) is reported here and still yields a well-formed node.
#include "frontend/parse.h"

#include <algorithm>
#include <set>

#include "parser.hpp"

namespace csp {

namespace {

constexpr int kMaxSyntaxErrors = 10;

using Sym = yy::Parser::symbol_kind;

// The Bison token kind of a csp token.
int bisonToken(Tok t) {
  using T = yy::Parser::token;
  switch (t) {
    case Tok::Eof: return T::YYEOF;
    case Tok::Illegal: return T::YYUNDEF;
    case Tok::Ident: return T::IDENT;
    case Tok::Int: return T::INT;
    case Tok::Float: return T::FLOAT;
    case Tok::Imag: return T::IMAG;
    case Tok::Rune: return T::RUNE;
    case Tok::String: return T::STRING;
    case Tok::Break: return T::BREAK;
    case Tok::Case: return T::CASE;
    case Tok::Chan: return T::CHAN;
    case Tok::Const: return T::CONST;
    case Tok::Continue: return T::CONTINUE;
    case Tok::Default: return T::DEFAULT;
    case Tok::Defer: return T::DEFER;
    case Tok::Else: return T::ELSE;
    case Tok::Fallthrough: return T::FALLTHROUGH;
    case Tok::For: return T::FOR;
    case Tok::Func: return T::FUNC;
    case Tok::Go: return T::GO;
    case Tok::Goto: return T::GOTO;
    case Tok::If: return T::IF;
    case Tok::Import: return T::IMPORT;
    case Tok::Interface: return T::INTERFACE;
    case Tok::Map: return T::MAP;
    case Tok::Package: return T::PACKAGE;
    case Tok::Range: return T::RANGE;
    case Tok::Return: return T::RETURN;
    case Tok::Select: return T::SELECT;
    case Tok::Struct: return T::STRUCT;
    case Tok::Switch: return T::SWITCH;
    case Tok::Type: return T::TYPE;
    case Tok::Var: return T::VAR;
    case Tok::Async: return T::ASYNC;
    case Tok::Await: return T::AWAIT;
    case Tok::Add: return T::ADD;
    case Tok::Sub: return T::SUB;
    case Tok::Mul: return T::MUL;
    case Tok::Quo: return T::QUO;
    case Tok::Rem: return T::REM;
    case Tok::And: return T::AND;
    case Tok::Or: return T::OR;
    case Tok::Xor: return T::XOR;
    case Tok::Shl: return T::SHL;
    case Tok::Shr: return T::SHR;
    case Tok::AndNot: return T::ANDNOT;
    case Tok::AddAssign: case Tok::SubAssign: case Tok::MulAssign: case Tok::QuoAssign:
    case Tok::RemAssign: case Tok::AndAssign: case Tok::OrAssign: case Tok::XorAssign:
    case Tok::ShlAssign: case Tok::ShrAssign: case Tok::AndNotAssign:
      return T::ASSIGN_OP;
    case Tok::LAnd: return T::LAND;
    case Tok::LOr: return T::LOR;
    case Tok::Arrow: return T::ARROW;
    case Tok::Inc: return T::INC;
    case Tok::Dec: return T::DEC;
    case Tok::Eql: return T::EQL;
    case Tok::Lss: return T::LSS;
    case Tok::Gtr: return T::GTR;
    case Tok::Assign: return T::ASSIGN;
    case Tok::Not: return T::NOT;
    case Tok::Neq: return T::NEQ;
    case Tok::Leq: return T::LEQ;
    case Tok::Geq: return T::GEQ;
    case Tok::Define: return T::DEFINE;
    case Tok::Ellipsis: return T::ELLIPSIS;
    case Tok::LParen: return T::LPAREN;
    case Tok::LBrack: return T::LBRACK;
    case Tok::LBrace: return T::LBRACE;
    case Tok::Comma: return T::COMMA;
    case Tok::Period: return T::PERIOD;
    case Tok::RParen: return T::RPAREN;
    case Tok::RBrack: return T::RBRACK;
    case Tok::RBrace: return T::RBRACE;
    case Tok::Semi: return T::SEMI;
    case Tok::Colon: return T::COLON;
    case Tok::Tilde: return T::TILDE;
  }
  return T::YYUNDEF;
}

// How Go names an expected token in "expected X".
std::string expectedName(int sym) {
  switch (sym) {
    case Sym::S_YYEOF: return "EOF";
    case Sym::S_IDENT: return "name";
    case Sym::S_INT: case Sym::S_FLOAT: case Sym::S_IMAG: case Sym::S_RUNE: case Sym::S_STRING:
      return "literal";
    case Sym::S_COMMA: return "comma";
    case Sym::S_SEMI: return "semicolon or newline";
    case Sym::S_LBODY: return "{";
    case Sym::S_ASSIGN_OP: return "op=";
    default: break;
  }
  static const std::pair<int, const char*> names[] = {
      {Sym::S_BREAK, "break"}, {Sym::S_CASE, "case"}, {Sym::S_CHAN, "chan"},
      {Sym::S_CONST, "const"}, {Sym::S_CONTINUE, "continue"}, {Sym::S_DEFAULT, "default"},
      {Sym::S_DEFER, "defer"}, {Sym::S_ELSE, "else"}, {Sym::S_FALLTHROUGH, "fallthrough"},
      {Sym::S_FOR, "for"}, {Sym::S_FUNC, "func"}, {Sym::S_GO, "go"}, {Sym::S_GOTO, "goto"},
      {Sym::S_IF, "if"}, {Sym::S_IMPORT, "import"}, {Sym::S_INTERFACE, "interface"},
      {Sym::S_MAP, "map"}, {Sym::S_PACKAGE, "package"}, {Sym::S_RANGE, "range"},
      {Sym::S_RETURN, "return"}, {Sym::S_SELECT, "select"}, {Sym::S_STRUCT, "struct"},
      {Sym::S_SWITCH, "switch"}, {Sym::S_TYPE, "type"}, {Sym::S_VAR, "var"},
      {Sym::S_ASYNC, "async"}, {Sym::S_AWAIT, "await"}, {Sym::S_ADD, "+"}, {Sym::S_SUB, "-"},
      {Sym::S_MUL, "*"}, {Sym::S_QUO, "/"}, {Sym::S_REM, "%"}, {Sym::S_AND, "&"},
      {Sym::S_OR, "|"}, {Sym::S_XOR, "^"}, {Sym::S_SHL, "<<"}, {Sym::S_SHR, ">>"},
      {Sym::S_ANDNOT, "&^"}, {Sym::S_LAND, "&&"}, {Sym::S_LOR, "||"}, {Sym::S_ARROW, "<-"},
      {Sym::S_INC, "++"}, {Sym::S_DEC, "--"}, {Sym::S_EQL, "=="}, {Sym::S_LSS, "<"},
      {Sym::S_GTR, ">"}, {Sym::S_ASSIGN, "="}, {Sym::S_NOT, "!"}, {Sym::S_NEQ, "!="},
      {Sym::S_LEQ, "<="}, {Sym::S_GEQ, ">="}, {Sym::S_DEFINE, ":="}, {Sym::S_ELLIPSIS, "..."},
      {Sym::S_LPAREN, "("}, {Sym::S_LBRACK, "["}, {Sym::S_LBRACE, "{"}, {Sym::S_PERIOD, "."},
      {Sym::S_RPAREN, ")"}, {Sym::S_RBRACK, "]"}, {Sym::S_RBRACE, "}"}, {Sym::S_COLON, ":"},
      {Sym::S_TILDE, "~"},
  };
  for (auto& [k, n] : names)
    if (k == sym) return n;
  return "token";
}

// Tokens that only continue what came before (operators, selectors, calls...): left out
// when naming what the parser expected, as Go's recursive-descent parser never lists them.
bool isContinuation(int s) {
  switch (s) {
    case Sym::S_ADD: case Sym::S_SUB: case Sym::S_MUL: case Sym::S_QUO: case Sym::S_REM:
    case Sym::S_AND: case Sym::S_OR: case Sym::S_XOR: case Sym::S_SHL: case Sym::S_SHR:
    case Sym::S_ANDNOT: case Sym::S_LAND: case Sym::S_LOR: case Sym::S_EQL: case Sym::S_NEQ:
    case Sym::S_LSS: case Sym::S_LEQ: case Sym::S_GTR: case Sym::S_GEQ: case Sym::S_PERIOD:
    case Sym::S_LPAREN: case Sym::S_LBRACK: case Sym::S_LBRACE: case Sym::S_INC:
    case Sym::S_DEC: case Sym::S_ASSIGN_OP: case Sym::S_ARROW: case Sym::S_ASSIGN:
    case Sym::S_DEFINE: case Sym::S_STRING: case Sym::S_ELLIPSIS:
      return true;
    default:
      return false;
  }
}

// Go's raw spelling of a literal as it appears in the source (strings and runes are stored
// decoded in Token::text).
std::string rawLiteral(const SourceFile& src, const Token& t) {
  std::string_view line = src.line(t.pos.line);
  size_t at = t.pos.col > 0 ? static_cast<size_t>(t.pos.col - 1) : 0;
  if (at >= line.size()) return t.text;
  char q = line[at];
  if (q != '"' && q != '\'' && q != '`') return t.text;
  size_t i = at + 1;
  while (i < line.size() && line[i] != q) i += (line[i] == '\\' && q != '`') ? 2 : 1;
  return std::string(line.substr(at, std::min(i + 1, line.size()) - at));
}

}  // namespace

int yylex(yy::Parser::semantic_type* yylval, ParseCtx& P) { return P.lex(yylval); }

ParseCtx::ParseCtx(const SourceFile& src, AstContext& ast, Diagnostics& diags)
    : src_(src), ast_(ast), diags_(diags), lexer_(src, diags) {
  file_ = ast_.make<File>(Pos{1, 1});
}

// ---- token glue -------------------------------------------------------------------------------

// The next token for the parser, with `{` turned into LBODY after a statement header.
int ParseCtx::lex(yy::Parser::semantic_type* yylval) {
  Token t;
  do {
    t = lexer_.next();  // the lexer reported Illegal tokens already: skip them, as Go does
  } while (t.kind == Tok::Illegal);
  // `if var x = ...`: Go accepts the declaration as a simple statement but complains, at the
  // token after `var`.
  if (t.kind == Tok::Var && hdr_ && (last_.kind == Tok::If || last_.kind == Tok::For ||
                                     last_.kind == Tok::Switch)) {
    t = lexer_.next();
    errorAt(t.pos, std::string("var declaration not allowed in ") + tokName(last_.kind) +
                       " initializer");
  }
  if (syntaxErrors_ >= kMaxSyntaxErrors) t.kind = Tok::Eof;
  int kind = bisonToken(t.kind);
  switch (t.kind) {
    case Tok::If: case Tok::For: case Tok::Switch: case Tok::Select:
      hdr_ = true;
      hdrKw_ = t.kind;
      break;
    case Tok::LParen: case Tok::LBrack:
      hdrStack_.push_back(hdr_);
      hdr_ = false;
      break;
    case Tok::RParen: case Tok::RBrack:
      if (!hdrStack_.empty()) {
        hdr_ = hdrStack_.back();
        hdrStack_.pop_back();
      }
      break;
    case Tok::LBrace:
      if (hdr_) kind = yy::Parser::token::LBODY;
      hdr_ = false;
      ++braceDepth_;
      break;
    case Tok::RBrace:
      --braceDepth_;
      break;
    default:
      break;
  }
  last_ = t;
  yylval->emplace<Token>(std::move(t));
  return kind;
}

// A literal, type or function literal took the LBODY meant for a statement body: the next
// `{` at this level is the body.
void ParseCtx::fixLbrace(Brace b) {
  if (b.body) hdr_ = true;
}

// ---- errors -----------------------------------------------------------------------------------

void ParseCtx::errorAt(Pos pos, const std::string& msg) {
  if (pos.line == lastErrorLine_) return;  // one syntax error per line, as cmd/compile
  lastErrorLine_ = pos.line;
  ++syntaxErrors_;
  recovering_ = true;
  diags_.error(pos, "syntax error: " + msg);
}

void ParseCtx::plainError(const std::string& msg) { errorAt(last_.pos, msg); }

// Go's spelling of the lookahead token in "unexpected X".
std::string ParseCtx::unexpectedName() const {
  switch (last_.kind) {
    case Tok::Eof: return "EOF";
    case Tok::Ident: return last_.text;
    case Tok::Int: case Tok::Float: case Tok::Imag: return "literal " + last_.text;
    case Tok::String: case Tok::Rune: return "literal " + rawLiteral(src_, last_);
    case Tok::Semi:
      if (last_.text == "\n") return "newline";
      if (last_.text == "EOF") return "EOF";
      return "semicolon";
    case Tok::Comma: return "comma";
    default: return last_.text;  // keywords and operators: as written
  }
}

// "expected X" (or "expected X or Y") from the parser's expected tokens, leaving out the
// tokens that would merely continue an expression.
std::string ParseCtx::expectedPhrase(const std::vector<int>& expected) const {
  std::vector<std::string> names;
  for (int s : expected)
    if (!isContinuation(s) && s != Sym::S_COMMA) names.push_back(expectedName(s));
  if (names.empty())
    for (int s : expected) names.push_back(expectedName(s));
  if (names.empty()) return "";
  std::string out = ", expected " + names[0];
  for (size_t i = 1; i < names.size() && i < 4; ++i) out += " or " + names[i];
  return out;
}

// The parser found token `la` where it expected one of `expected` (exact, thanks to LAC).
// Classify the situation the way Go's recursive-descent parser words it.
void ParseCtx::syntaxError(yy::Parser::symbol_kind_type la, const std::vector<int>& expected) {
  if (la == Sym::S_YYEOF && syntaxErrors_ > 0) return;  // no follow-up errors at EOF
  std::set<int> E(expected.begin(), expected.end());
  auto has = [&](int s) { return E.count(s) != 0; };
  const Pos pos = last_.pos;
  const std::string tok = unexpectedName();
  if (has(Sym::S_CONST) && has(Sym::S_FUNC) && !has(Sym::S_RBRACE) && has(Sym::S_IMPORT)) {
    if (la == Sym::S_LBRACE && lastDeclBodiless_)
      return errorAt(pos, "unexpected semicolon or newline before {");
    return errorAt(pos, "non-declaration statement outside function body");
  }
  if (has(Sym::S_IF) && has(Sym::S_FOR))
    return errorAt(pos, "unexpected " + tok +
                            (has(Sym::S_CASE) ? ", expected case or default or }" : ", expected }"));
  if (has(Sym::S_LBODY) && !has(la)) {
    if (hdrKw_ == Tok::Switch) return errorAt(pos, "missing { after switch clause");
    return errorAt(pos, "unexpected " + tok + ", expected { after " +
                            (hdrKw_ == Tok::For ? "for" : "if") + " clause");
  }
  if (has(Sym::S_SEMI) && !has(Sym::S_RPAREN) && la != Sym::S_SEMI)
    return errorAt(pos, "unexpected " + tok +
                            (braceDepth_ <= 0 ? " after top level declaration" : " at end of statement"));
  if (has(Sym::S_CASE) && has(Sym::S_DEFAULT))
    return errorAt(pos, "unexpected " + tok + ", expected case or default or }");
  if (has(Sym::S_IF) && has(Sym::S_LBRACE) && E.size() == 2)
    return errorAt(pos, "else must be followed by if or statement block");
  if (has(Sym::S_COMMA) && has(Sym::S_RBRACE) && !has(Sym::S_SEMI))
    return errorAt(pos, "unexpected " + tok + " in composite literal; possibly missing comma or }");
  if (has(Sym::S_COMMA) && has(Sym::S_RPAREN) && !has(Sym::S_SEMI))
    return errorAt(pos, "unexpected " + tok + (has(Sym::S_ELLIPSIS) || has(Sym::S_ADD)
                                                   ? " in argument list; possibly missing comma or )"
                                                   : " in parameter list; possibly missing comma or )"));
  if (has(Sym::S_INT) && has(Sym::S_IDENT))
    return errorAt(pos, "unexpected " + tok + ", expected expression");
  if (has(Sym::S_CHAN) && has(Sym::S_RPAREN))
    return errorAt(pos, "unexpected " + tok + ", expected )");
  if (has(Sym::S_CHAN) && has(Sym::S_MAP))
    return errorAt(pos, "unexpected " + tok + ", expected type");
  if (has(Sym::S_IDENT) && E.size() <= 2 && !has(Sym::S_COLON))
    return errorAt(pos, "unexpected " + tok + ", expected name");
  errorAt(pos, "unexpected " + tok + expectedPhrase(expected));
}

// ---- file and declarations --------------------------------------------------------------------

void ParseCtx::setPackage(const Token& kw, const Token& name) {
  file_->pos = kw.pos;
  file_->package = ident(name);
}

void ParseCtx::addImport(GenDecl* d) {
  if (sawNonImport_) errorAt(d->pos, "imports must appear before other declarations");
  file_->imports.push_back(d);
}

void ParseCtx::addDecl(GenDecl* d) {
  sawNonImport_ = true;
  recovering_ = false;
  lastDeclBodiless_ = false;
  file_->decls.push_back(Decl{d, nullptr});
}

void ParseCtx::addFunc(FuncDecl* d) {
  sawNonImport_ = true;
  recovering_ = false;
  lastDeclBodiless_ = d->body == nullptr;
  file_->decls.push_back(Decl{nullptr, d});
}

// xdcl: non_dcl_stmt | compound_stmt
// After a syntax error, statements at top level are usually the rest of a broken declaration:
// stay quiet until a declaration parses again (Go skips to the next const/type/var/func).
void ParseCtx::topLevelStmt(Stmt* s) {
  if (!s || recovering_) return;
  if (s->kind == StmtKind::Block && lastDeclBodiless_)
    errorAt(s->pos, "unexpected semicolon or newline before {");
  else
    errorAt(s->pos, "non-declaration statement outside function body");
}

// common_dcl: VAR/CONST/TYPE/IMPORT spec | ... ( specs ). Const specs get their iota.
GenDecl* ParseCtx::genDecl(const Token& kw, std::vector<Spec*> specs, bool grouped) {
  auto* d = ast_.make<GenDecl>(kw.pos);
  d->tok = kw.kind;
  d->grouped = grouped;
  d->specs = std::move(specs);
  if (kw.kind == Tok::Const)
    for (size_t i = 0; i < d->specs.size(); ++i) static_cast<ValueSpec*>(d->specs[i])->iota = static_cast<int>(i);
  return d;
}

Spec* ParseCtx::importSpec(Ident* name, const Token& path) {
  auto* s = ast_.make<ImportSpec>(name ? name->pos : path.pos);
  s->name = name;
  s->path = static_cast<BasicLit*>(basicLit(path));
  return s;
}

Spec* ParseCtx::valueSpec(std::vector<Ident*> names, Expr* type, std::vector<Expr*> values) {
  auto* s = ast_.make<ValueSpec>(names.empty() ? Pos{} : names[0]->pos);
  s->names = std::move(names);
  s->type = type;
  s->values = std::move(values);
  return s;
}

Spec* ParseCtx::typeSpec(const Token& name, bool alias, Expr* type) {
  auto* s = ast_.make<TypeSpec>(name.pos);
  s->name = ident(name);
  s->isAlias = alias;
  s->type = type;
  return s;
}

// fndcl: [async] func [( recv )] name ( params ) results [body]
FuncDecl* ParseCtx::funcDecl(FuncKw kw, std::vector<Field*>* recv, const Token& name,
                             FuncTypeExpr* sig, BlockStmt* body) {
  auto* d = ast_.make<FuncDecl>(kw.pos);
  d->isAsync = kw.isAsync;
  d->name = ident(name);
  d->sig = sig;
  d->body = body;
  if (recv) {
    std::vector<Field*> r = params(std::move(*recv));
    if (r.empty()) errorAt(sig->pos, "method has no receiver");
    else if (r.size() > 1 || r[0]->names.size() > 1) errorAt(sig->pos, "method has multiple receivers");
    else d->recv = r[0];
  }
  return d;
}

FuncTypeExpr* ParseCtx::funcType(Pos pos, std::vector<Field*> ps, std::vector<Field*> results) {
  auto* f = ast_.make<FuncTypeExpr>(pos);
  f->params = params(std::move(ps));
  f->results = std::move(results);
  return f;
}

// arg_type: [name] type. One entry per comma-separated item; a lone name is parsed as a type.
Field* ParseCtx::param(Ident* name, Expr* type) {
  auto* f = ast_.make<Field>(name ? name->pos : type->pos);
  if (name) f->names.push_back(name);
  f->type = type;
  return f;
}

// ( a, b int, c string ) -> fields {a b: int} {c: string}. When any item is named, every item
// must be: a lone identifier takes the type of the next named item (Go's rule), anything else
// is "mixed named and unnamed parameters" at the leftmost offender.
std::vector<Field*> ParseCtx::params(std::vector<Field*> items) {
  bool anyNamed = std::any_of(items.begin(), items.end(), [](Field* f) { return !f->names.empty(); });
  if (!anyNamed) return items;
  Pos errPos;
  Expr* typ = nullptr;
  for (size_t i = items.size(); i-- > 0;) {
    Field* f = items[i];
    if (!f->names.empty()) {
      typ = f->type;
      continue;
    }
    Ident* asName = f->type ? f->type->as<Ident>() : nullptr;
    if (asName && typ) {
      f->names.push_back(asName);
      f->type = typ;
    } else {
      errPos = f->pos;
    }
  }
  if (errPos.valid()) errorAt(errPos, "mixed named and unnamed parameters");
  std::vector<Field*> out;
  for (Field* f : items) {
    if (!out.empty() && !f->names.empty() && !out.back()->names.empty() && out.back()->type == f->type)
      out.back()->names.push_back(f->names[0]);
    else
      out.push_back(f);
  }
  return out;
}

std::vector<Field*> ParseCtx::results1(Expr* type) { return {param(nullptr, type)}; }

Field* ParseCtx::field(std::vector<Ident*> names, Expr* type, Expr* tag) {
  auto* f = ast_.make<Field>(names.empty() ? type->pos : names[0]->pos);
  f->names = std::move(names);
  f->type = type;
  f->tag = tag ? tag->as<BasicLit>() : nullptr;
  return f;
}

Field* ParseCtx::embedded(Expr* type, Expr* tag) {
  Field* f = field({}, type, tag);
  f->embedded = true;
  return f;
}

Field* ParseCtx::method(const Token& name, FuncTypeExpr* sig) { return field({ident(name)}, sig, nullptr); }

// ---- statements -------------------------------------------------------------------------------

std::vector<Stmt*> ParseCtx::pushStmt(std::vector<Stmt*> list, Stmt* s) {
  if (s) list.push_back(s);
  return list;
}

Stmt* ParseCtx::declStmt(GenDecl* d) { return ast_.make<DeclStmt>(d->pos, d); }

BlockStmt* ParseCtx::block(const Token& lbrace, std::vector<Stmt*> list, const Token& rbrace) {
  auto* b = ast_.make<BlockStmt>(lbrace.pos, std::move(list));
  b->lbrace = lbrace.pos;
  b->rbrace = rbrace.pos;
  return b;
}

// label: stmt   (an absent statement is an implicit EmptyStmt at the colon)
Stmt* ParseCtx::labeled(const Token& label, const Token& colon, Stmt* s) {
  if (!s) {
    auto* e = ast_.make<EmptyStmt>(colon.pos);
    e->implicit = true;
    s = e;
  }
  return ast_.make<LabeledStmt>(label.pos, ident(label), s);
}

Stmt* ParseCtx::branch(const Token& kw, Ident* label) { return ast_.make<BranchStmt>(kw.pos, kw.kind, label); }

// go/defer expr: Go requires an unparenthesized call.
Stmt* ParseCtx::goDefer(const Token& kw, Expr* call) {
  const char* what = kw.kind == Tok::Go ? "go" : "defer";
  if (call->kind == ExprKind::Paren)
    diags_.error(call->pos, std::string("expression in ") + what + " must not be parenthesized");
  else if (call->kind != ExprKind::Call)
    diags_.error(call->pos, std::string("expression in ") + what + " must be function call");
  if (kw.kind == Tok::Go) return ast_.make<GoStmt>(kw.pos, call);
  return ast_.make<DeferStmt>(kw.pos, call);
}

Stmt* ParseCtx::returnStmt(const Token& kw, std::vector<Expr*> results) {
  return ast_.make<ReturnStmt>(kw.pos, std::move(results));
}

Stmt* ParseCtx::exprStmt(Expr* x) { return ast_.make<ExprStmt>(x->pos, x); }

Stmt* ParseCtx::assign(std::vector<Expr*> lhs, const Token& op, std::vector<Expr*> rhs) {
  Pos pos = lhs.empty() ? op.pos : lhs[0]->pos;
  auto* s = ast_.make<AssignStmt>(pos, std::move(lhs), op.kind, std::move(rhs));
  s->tokPos = op.pos;
  return s;
}

Stmt* ParseCtx::incDec(Expr* x, const Token& op) {
  auto* s = ast_.make<IncDecStmt>(x->pos, x, op.kind);
  s->tokPos = op.pos;
  return s;
}

Stmt* ParseCtx::send(Expr* ch, const Token& arrow, Expr* v) {
  auto* s = ast_.make<SendStmt>(ch->pos, ch, v);
  s->arrow = arrow.pos;
  return s;
}

// if_header: [init ;] cond
Header ParseCtx::header(Stmt* init, const Token* semi, Stmt* cond) {
  Header h;
  h.init = init;
  h.cond = cond;
  if (semi) {
    h.hasSemi = true;
    h.semi = *semi;
  }
  return h;
}

// for_header: init ; cond ; post
Header ParseCtx::forHeader(Stmt* init, Stmt* cond, Stmt* post) {
  Header h;
  h.init = init;
  h.cond = cond;
  h.post = post;
  auto* a = post ? post->as<AssignStmt>() : nullptr;
  if (a && a->tok == Tok::Define) errorAt(a->pos, "cannot declare in post statement of for loop");
  return h;
}

Header ParseCtx::rangeHeader(Stmt* range) {
  Header h;
  h.range = range;
  return h;
}

// range_clause: [k [, v] (= | :=)] range x
Stmt* ParseCtx::rangeClause(std::vector<Expr*> lhs, const Token& tok, Expr* x) {
  Expr* key = lhs.size() > 0 ? lhs[0] : nullptr;
  Expr* val = lhs.size() > 1 ? lhs[1] : nullptr;
  Tok t = tok.kind == Tok::Range ? Tok::Eof : tok.kind;
  auto* r = ast_.make<RangeStmt>(key ? key->pos : tok.pos, key, val, t, x, nullptr);
  // gc's parser accepts any number of variables; types2 reports the third one (sema).
  if (lhs.size() > 2) r->extra = lhs[2];
  return r;
}

// The condition of an if/for header must be an expression statement (Go's header()).
Expr* ParseCtx::condExpr(Stmt* s, const char* keyword) {
  if (!s) return nullptr;
  if (auto* e = s->as<ExprStmt>()) return e->x;
  std::string str;
  Pos pos = s->pos;
  if (auto* a = s->as<AssignStmt>()) {
    pos = a->tokPos;
    std::string l, r;
    for (size_t i = 0; i < a->lhs.size(); ++i) l += (i ? ", " : "") + exprString(a->lhs[i]);
    for (size_t i = 0; i < a->rhs.size(); ++i) r += (i ? ", " : "") + exprString(a->rhs[i]);
    str = a->tok == Tok::Assign ? "assignment (" + l + ") = (" + r + ")"
                                : l + " " + tokName(a->tok) + " " + r;
  } else {
    str = std::string(keyword) + " statement";
  }
  errorAt(pos, "cannot use " + str + " as value");
  return ast_.make<BadExpr>(pos);
}

// IF if_header loop_body else_part
Stmt* ParseCtx::ifStmt(const Token& kw, Header h, BlockStmt* body, Stmt* elseStmt) {
  Expr* cond = condExpr(h.cond, "if");
  if (!cond) {
    if (h.hasSemi && h.semi.text != ";") {
      errorAt(h.semi.pos, "unexpected " + std::string(h.semi.text == "\n" ? "newline" : h.semi.text) +
                              ", expected { after if clause");
    } else {
      errorAt(h.hasSemi ? h.semi.pos : body->pos, "missing condition in if statement");
    }
    cond = ast_.make<BadExpr>(body->pos);
  }
  return ast_.make<IfStmt>(kw.pos, h.init, cond, body, elseStmt);
}

// FOR for_header loop_body
Stmt* ParseCtx::forStmt(const Token& kw, Header h, BlockStmt* body) {
  if (h.range) {
    auto* r = static_cast<RangeStmt*>(h.range);
    r->pos = kw.pos;
    r->body = body;
    return r;
  }
  return ast_.make<ForStmt>(kw.pos, h.init, condExpr(h.cond, "for"), h.post, body);
}

// SWITCH if_header { case... }: a type switch when the tag is `x.(type)` or `v := x.(type)`.
Stmt* ParseCtx::switchStmt(const Token& kw, Header h, std::vector<CaseClause*> clauses, const Token& rbrace) {
  auto isGuard = [](Expr* e) {
    auto* ta = e ? e->as<TypeAssertExpr>() : nullptr;
    return ta && !ta->assertedType;
  };
  Stmt* c = h.cond;
  auto* es = c ? c->as<ExprStmt>() : nullptr;
  auto* as = c ? c->as<AssignStmt>() : nullptr;
  bool guard = (es && isGuard(es->x)) ||
               (as && as->tok == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1 &&
                as->lhs[0]->kind == ExprKind::Ident && isGuard(as->rhs[0]));
  if (guard) return ast_.make<TypeSwitchStmt>(kw.pos, h.init, c, std::move(clauses));
  auto* s = ast_.make<SwitchStmt>(kw.pos, h.init, condExpr(c, "switch"), std::move(clauses));
  s->rbrace = rbrace.pos;
  return s;
}

CaseClause* ParseCtx::caseClause(const Token& kw, std::vector<Expr*> list, bool isDefault, const Token& colon) {
  auto* c = ast_.make<CaseClause>(kw.pos, std::move(list), std::vector<Stmt*>{});
  c->isDefault = isDefault;
  c->colon = colon.pos;
  return c;
}

CaseClause* ParseCtx::caseBody(CaseClause* c, std::vector<Stmt*> body) {
  c->body = std::move(body);
  return c;
}

Stmt* ParseCtx::selectStmt(const Token& kw, std::vector<CommClause*> clauses) {
  return ast_.make<SelectStmt>(kw.pos, std::move(clauses));
}

CommClause* ParseCtx::commClause(const Token& kw, Stmt* comm) {
  return ast_.make<CommClause>(kw.pos, comm, std::vector<Stmt*>{});
}

CommClause* ParseCtx::commBody(CommClause* c, std::vector<Stmt*> body) {
  c->body = std::move(body);
  return c;
}

// ---- expressions and types --------------------------------------------------------------------

Ident* ParseCtx::ident(const Token& t) { return ast_.make<Ident>(t.pos, t.text); }

Expr* ParseCtx::basicLit(const Token& t) {
  auto* b = ast_.make<BasicLit>(t.pos, t.kind, t.text);
  b->rune = t.rune;
  b->bad = t.bad;
  return b;
}

Expr* ParseCtx::binary(Expr* x, const Token& op, Expr* y) {
  auto* b = ast_.make<BinaryExpr>(x->pos, op.kind, x, y);
  b->opPos = op.pos;
  return b;
}

Expr* ParseCtx::unary(const Token& op, Expr* x) { return ast_.make<UnaryExpr>(op.pos, op.kind, x); }
Expr* ParseCtx::star(const Token& op, Expr* x) { return ast_.make<StarExpr>(op.pos, x); }
Expr* ParseCtx::await(const Token& kw, Expr* x) { return ast_.make<AwaitExpr>(kw.pos, x); }
Expr* ParseCtx::paren(const Token& lparen, Expr* x) { return ast_.make<ParenExpr>(lparen.pos, x); }
Expr* ParseCtx::selector(Expr* x, const Token& sel) { return ast_.make<SelectorExpr>(x->pos, x, ident(sel)); }
Expr* ParseCtx::typeAssert(Expr* x, Expr* type) { return ast_.make<TypeAssertExpr>(x->pos, x, type); }

Expr* ParseCtx::index(Expr* x, const Token& lbrack, Expr* i) {
  auto* e = ast_.make<IndexExpr>(x->pos, x, i);
  e->lbrack = lbrack.pos;
  return e;
}

// x[lo:hi] or x[lo:hi:max]: Go requires the middle index (reported at the second colon) and
// the final index (at the `]`) of a 3-index slice.
Expr* ParseCtx::slice(Expr* x, const Token& lbrack, Expr* lo, Expr* hi, Expr* max, const Token* colon2,
                      const Token& rbrack) {
  if (colon2 && !hi) diags_.error(colon2->pos, "middle index required in 3-index slice");
  if (colon2 && !max) diags_.error(rbrack.pos, "final index required in 3-index slice");
  auto* e = ast_.make<SliceExpr>(x->pos, x, lo, hi, max, colon2 != nullptr);
  e->lbrack = lbrack.pos;
  return e;
}

Expr* ParseCtx::call(Expr* fun, const Token& lparen, std::vector<Expr*> args, bool ddd, const Token& rparen) {
  auto* c = ast_.make<CallExpr>(fun->pos, fun, std::move(args));
  c->hasEllipsis = ddd;
  c->lparen = lparen.pos;
  c->rparen = rparen.pos;
  return c;
}

Expr* ParseCtx::complit(Expr* type, Brace lbrace, std::vector<Expr*> elts, const Token& rbrace) {
  fixLbrace(lbrace);
  if (type && type->kind == ExprKind::Paren) errorAt(type->pos, "cannot parenthesize type in composite literal");
  auto* c = ast_.make<CompositeLit>(type ? type->pos : lbrace.pos, type, std::move(elts));
  c->lbrace = lbrace.pos;
  c->rbrace = rbrace.pos;
  return c;
}

Expr* ParseCtx::keyValue(Expr* k, const Token& colon, Expr* v) { return ast_.make<KeyValueExpr>(colon.pos, k, v); }

Expr* ParseCtx::funcLit(Pos pos, bool isAsync, FuncTypeExpr* sig, Brace lbrace, std::vector<Stmt*> body,
                        const Token& rbrace) {
  fixLbrace(lbrace);
  auto* b = ast_.make<BlockStmt>(lbrace.pos, std::move(body));
  b->lbrace = lbrace.pos;
  b->rbrace = rbrace.pos;
  auto* f = ast_.make<FuncLit>(pos, sig, b);
  f->isAsync = isAsync;
  return f;
}

Expr* ParseCtx::ellipsis(const Token& t, Expr* elt) { return ast_.make<EllipsisExpr>(t.pos, elt); }
Expr* ParseCtx::arrayType(const Token& lbrack, Expr* len, Expr* elem) {
  return ast_.make<ArrayTypeExpr>(lbrack.pos, len, elem);
}
Expr* ParseCtx::chanType(const Token& kw, ChanDir dir, Expr* elem) { return ast_.make<ChanTypeExpr>(kw.pos, dir, elem); }
Expr* ParseCtx::taskType(const Token& kw, std::vector<Field*> results) {
  auto* t = ast_.make<TaskTypeExpr>(kw.pos);
  t->results = std::move(results);
  return t;
}
Expr* ParseCtx::mapType(const Token& kw, Expr* key, Expr* val) { return ast_.make<MapTypeExpr>(kw.pos, key, val); }

Expr* ParseCtx::structType(const Token& kw, Brace lbrace, std::vector<Field*> fields) {
  fixLbrace(lbrace);
  auto* s = ast_.make<StructTypeExpr>(kw.pos);
  s->fields = std::move(fields);
  return s;
}

Expr* ParseCtx::interfaceType(const Token& kw, Brace lbrace, std::vector<Field*> methods) {
  fixLbrace(lbrace);
  auto* s = ast_.make<InterfaceTypeExpr>(kw.pos);
  s->methods = std::move(methods);
  return s;
}

// ---- entry point ------------------------------------------------------------------------------

File* parseFile(const SourceFile& src, AstContext& ast, Diagnostics& diags, int* syntaxErrors) {
  ParseCtx ctx(src, ast, diags);
  yy::Parser parser(ctx);
  parser.parse();
  if (syntaxErrors) *syntaxErrors = ctx.syntaxErrors();
  return ctx.file();
}

}  // namespace csp
