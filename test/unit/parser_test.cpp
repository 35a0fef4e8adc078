// test/unit/parser_test.cpp: the parser (frontend/parser.yy, parse.cpp) and dumpAst().
//
// Each test parses a small program and checks the S-expression dump, a node's position, or
// the syntax errors (Go 1.19's wording and line:col, taken from `go build`). The last tests
// feed thousands of random and mutated inputs: the parser must terminate without crashing.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/parse.h"

namespace csp {
namespace {

struct Parsed {
  std::string dump;
  std::vector<std::string> errors;  // "line:col: message"
};

Parsed parse(const std::string& text) {
  SourceFile src("x.go", text);
  AstContext ast;
  Diagnostics diags(&src);
  File* f = parseFile(src, ast, diags);
  Parsed p;
  std::ostringstream os;
  dumpAst(*f, os);
  p.dump = os.str();
  for (const Diagnostic& d : diags.all())
    p.errors.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message);
  return p;
}

// Parses `stmts` as the body of main and returns the dump of the body block.
std::string body(const std::string& stmts) {
  Parsed p = parse("package main\nfunc main() {\n" + stmts + "\n}\n");
  EXPECT_TRUE(p.errors.empty()) << stmts << "\n" << (p.errors.empty() ? "" : p.errors[0]);
  size_t at = p.dump.find("(block");
  return at == std::string::npos ? p.dump : p.dump.substr(at, p.dump.size() - at - 3);
}

std::string firstError(const std::string& text) {
  Parsed p = parse(text);
  return p.errors.empty() ? "<no error>" : p.errors[0];
}

#define EXPECT_HAS(hay, needle) EXPECT_NE((hay).find(needle), std::string::npos) << (hay)

TEST(Parser, Precedence) {
  EXPECT_EQ(body("_ = a || b && c == d + e * f"),
            "(block (= (_) (|| a (&& b (== c (+ d (* e f)))))))");
  EXPECT_EQ(body("_ = a - b - c"), "(block (= (_) (- (- a b) c)))");
  EXPECT_EQ(body("_ = a << 1 | b &^ c ^ d % e"), "(block (= (_) (^ (| (<< a 1) (&^ b c)) (% d e))))");
  EXPECT_EQ(body("_ = -x * ^y + !z"), "(block (= (_) (+ (* (- x) (^ y)) (! z))))");
  EXPECT_EQ(body("_ = *p + <-ch + &v"), "(block (= (_) (+ (+ (* p) (<- ch)) (& v))))");
  EXPECT_EQ(body("_ = a < b != c"), "(block (= (_) (!= (< a b) c)))");
}

TEST(Parser, PrimaryExpressions) {
  EXPECT_EQ(body("f(a, b...)"), "(block (call f a b ...))");
  EXPECT_EQ(body("x.y.z(1)[2]"), "(block (index (call (. (. x y) z) 1) 2))");
  EXPECT_EQ(body("_ = s[1:], s[:2], s[1:2:3], s[:]"),
            "(block (= (_) (slice s 1 _) (slice s _ 2) (slice s 1 2 3) (slice s _ _)))");
  EXPECT_EQ(body("_ = x.(int)"), "(block (= (_) (assert x int)))");
  EXPECT_EQ(body("_ = []byte(s)"), "(block (= (_) (call (array _ byte) s)))");
  EXPECT_EQ(body("_ = (*T)(p)"), "(block (= (_) (call (paren (* T)) p)))");
  EXPECT_EQ(body("_ = make(map[string]int, 10)"), "(block (= (_) (call make (map string int) 10)))");
  EXPECT_EQ(body("_ = 'a' + 1.5 + 2i"), "(block (= (_) (+ (+ 'a' 1.5) 2i)))");
}

TEST(Parser, CompositeLiterals) {
  EXPECT_EQ(body("_ = T{1, x: 2}"), "(block (= (_) (lit T 1 (kv x 2))))");
  EXPECT_EQ(body("_ = [][]int{{1}, {2, 3},}"), "(block (= (_) (lit (array _ (array _ int)) (lit _ 1) (lit _ 2 3))))");
  EXPECT_EQ(body("_ = [...]string{2: \"a\"}"), "(block (= (_) (lit (array (... _) string) (kv 2 \"a\"))))");
  EXPECT_EQ(body("_ = map[P]int{{1, 2}: 3}"), "(block (= (_) (lit (map P int) (kv (lit _ 1 2) 3))))");
  EXPECT_EQ(body("_ = &pkg.T{}"), "(block (= (_) (& (lit (. pkg T)))))");
  EXPECT_EQ(body("_ = struct{ a int }{1}"), "(block (= (_) (lit (struct (field a int)) 1)))");
}

TEST(Parser, CompositeLiteralInHeader) {
  // A TypeName literal must be parenthesized in a header; other literal types need not be.
  EXPECT_EQ(body("if x == (T{}) {\n}"), "(block (if _ (== x (paren (lit T))) (block)))");
  EXPECT_EQ(body("for _, v := range []int{1, 2} {\n}"), "(block (range _ v := (lit (array _ int) 1 2) (block)))");
  EXPECT_EQ(body("for k := range map[string]struct{}{\"a\": {}} {\n}"),
            "(block (range k _ := (lit (map string (struct)) (kv \"a\" (lit _))) (block)))");
  EXPECT_EQ(body("if f := func() bool { return true }; f() {\n}"),
            "(block (if (:= (f) (funclit (functype (params) (results (field bool))) (block (return true)))) (call f) (block)))");
  EXPECT_EQ(body("switch x := interface{}(1).(type) {\n}"),
            "(block (typeswitch _ (:= (x) (assert (call (interface) 1) type))))");
  EXPECT_EQ(firstError("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n"),
            "3:14: syntax error: unexpected { at end of statement");
}

TEST(Parser, FuncLiteralsAndAsync) {
  EXPECT_EQ(body("f := func(a int) int { return a }"),
            "(block (:= (f) (funclit (functype (params (field a int)) (results (field int))) (block (return a)))))");
  EXPECT_EQ(body("t := async func() {}()\nawait t"),
            "(block (:= (t) (call (async-funclit (functype (params) (results)) (block)))) (await t))");
  EXPECT_EQ(body("x := await f() + 1"), "(block (:= (x) (+ (await (call f)) 1)))");
  Parsed p = parse("async func work(n int) int { return await g(n) }\n");
  EXPECT_TRUE(p.errors.empty());
  EXPECT_HAS(p.dump, "(async-func work (functype (params (field n int)) (results (field int))) (block (return (await (call g n)))))");
}

TEST(Parser, SimpleStatements) {
  EXPECT_EQ(body("x++\ny--\nx += 2\na, b = b, a\nc := 1\nch <- v\nf()"),
            "(block (++ x) (-- y) (+= (x) 2) (= (a b) b a) (:= (c) 1) (send ch v) (call f))");
  EXPECT_EQ(body(";;x = 1;"), "(block (= (x) 1))");
}

TEST(Parser, IfElseChains) {
  EXPECT_EQ(body("if x := f(); x > 0 {\n} else if y {\n} else {\n}"),
            "(block (if (:= (x) (call f)) (> x 0) (block) (if _ y (block) (block))))");
}

TEST(Parser, ForForms) {
  EXPECT_EQ(body("for i := 0; i < n; i++ {\n}"), "(block (for (:= (i) 0) (< i n) (++ i) (block)))");
  EXPECT_EQ(body("for x < 3 {\n}"), "(block (for _ (< x 3) _ (block)))");
  EXPECT_EQ(body("for {\n}"), "(block (for _ _ _ (block)))");
  EXPECT_EQ(body("for ; ; {\n}"), "(block (for _ _ _ (block)))");
  EXPECT_EQ(body("for k, v := range m {\n}"), "(block (range k v := m (block)))");
  EXPECT_EQ(body("for k = range m {\n}"), "(block (range k _ = m (block)))");
  EXPECT_EQ(body("for range 10 {\n}"), "(block (range _ _ _ 10 (block)))");
}

TEST(Parser, SwitchForms) {
  EXPECT_EQ(body("switch x := 1; x {\ncase 1, 2:\n\tf()\n\tfallthrough\ndefault:\n}"),
            "(block (switch (:= (x) 1) x (case (1 2) (call f) (fallthrough)) (default)))");
  EXPECT_EQ(body("switch {\ncase a > b:\n}"), "(block (switch _ _ (case ((> a b)))))");
  EXPECT_EQ(body("switch v := x.(type) {\ncase nil, *T, []int, func():\n}"),
            "(block (typeswitch _ (:= (v) (assert x type)) (case (nil (* T) (array _ int) (functype (params) (results))))))");
  EXPECT_EQ(body("switch x.(type) {\n}"), "(block (typeswitch _ (assert x type)))");
}

TEST(Parser, Select) {
  EXPECT_EQ(body("select {\ncase v := <-a:\ncase v, ok = <-b:\ncase c <- 1:\ncase <-d:\n\tf()\ndefault:\n}"),
            "(block (select (case (:= (v) (<- a))) (case (= (v ok) (<- b))) (case (send c 1)) (case (<- d) (call f)) (default)))");
}

TEST(Parser, BranchesAndLabels) {
  EXPECT_EQ(body("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto L\n\t\tbreak\n\t}\nM:"),
            "(block (label L (for _ _ _ (block (break L) (continue L) (goto L) (break)))) (label M (empty)))");
  EXPECT_EQ(body("go f(x)\ndefer g()\nreturn\nreturn 1, 2"),
            "(block (go (call f x)) (defer (call g)) (return) (return 1 2))");
}

TEST(Parser, DeclarationsInFunctions) {
  EXPECT_EQ(body("var x, y int = 1, 2\nconst c = 3\ntype T int\n{\n\tvar z = 1\n}"),
            "(block (var (spec x y int 1 2)) (const (spec c _ 3)) (type (spec T int)) (block (var (spec z _ 1))))");
}

TEST(Parser, TopLevelDeclarations) {
  Parsed p = parse(
      "package main\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"os\"\n\t_ \"strings\"\n)\n"
      "const (\n\tA = iota\n\tB\n\tC, D = iota, 2\n)\nvar (\n\tx int\n\ty = 2\n)\n"
      "type (\n\tT struct{}\n\tA2 = T\n)\nfunc (t *T) M() {}\nfunc F()\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors[0];
  EXPECT_HAS(p.dump, "(import (spec \"fmt\"))");
  EXPECT_HAS(p.dump, "(import (spec m \"math\") (spec . \"os\") (spec _ \"strings\"))");
  EXPECT_HAS(p.dump, "(const (spec A _ iota) (spec B _) (spec C D _ iota 2))");
  EXPECT_HAS(p.dump, "(var (spec x int) (spec y _ 2))");
  EXPECT_HAS(p.dump, "(type (spec T (struct)) (spec A2 = T))");
  EXPECT_HAS(p.dump, "(func (recv (field t (* T))) M (functype (params) (results)) (block))");
  EXPECT_HAS(p.dump, "(func F (functype (params) (results)) _)");
}

TEST(Parser, IotaIndex) {
  SourceFile src("x.go", "const (\n\tA = iota\n\tB\n\tC\n)\n");
  AstContext ast;
  Diagnostics diags(&src);
  File* f = parseFile(src, ast, diags);
  ASSERT_EQ(f->decls.size(), 1u);
  ASSERT_EQ(f->decls[0].gen->specs.size(), 3u);
  EXPECT_EQ(static_cast<ValueSpec*>(f->decls[0].gen->specs[2])->iota, 2);
  EXPECT_EQ(f->package, nullptr);  // csp allows files without a package clause
}

TEST(Parser, Parameters) {
  Parsed p = parse("func f(a, b int, c ...string) (x, y float64, err error) {}\n"
                   "func g(int, *T, []byte) (bool) {}\nfunc h(f func(int) bool, g func() (int, error)) {}\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors[0];
  EXPECT_HAS(p.dump, "(params (field a b int) (field c (... string))) (results (field x y float64) (field err error))");
  EXPECT_HAS(p.dump, "(params (field int) (field (* T)) (field (array _ byte))) (results (field bool))");
  EXPECT_HAS(p.dump, "(field f (functype (params (field int)) (results (field bool))))");
  EXPECT_EQ(firstError("package main\n\nfunc f(a int, b) {}\n"), "3:15: syntax error: mixed named and unnamed parameters");
}

TEST(Parser, TypeSyntaxes) {
  Parsed p = parse(
      "type A [4]int\ntype B [][2]*T\ntype C map[string][]int\n"
      "type D chan<- chan int\ntype E <-chan <-chan int\ntype F chan (<-chan int)\n"
      "type G func(int) (string, error)\ntype H struct {\n\ta, b int `json:\"a\"`\n\tT\n\t*pkg.U\n}\n"
      "type I interface {\n\tM(int) bool\n\tfmt.Stringer\n\tJ\n}\ntype K (int)\n");
  ASSERT_TRUE(p.errors.empty()) << p.errors[0];
  EXPECT_HAS(p.dump, "(spec A (array 4 int))");
  EXPECT_HAS(p.dump, "(spec B (array _ (array 2 (* T))))");
  EXPECT_HAS(p.dump, "(spec C (map string (array _ int)))");
  EXPECT_HAS(p.dump, "(spec D (chan send (chan both int)))");
  EXPECT_HAS(p.dump, "(spec E (chan recv (chan recv int)))");
  EXPECT_HAS(p.dump, "(spec F (chan both (paren (chan recv int))))");
  EXPECT_HAS(p.dump, "(spec G (functype (params (field int)) (results (field string) (field error))))");
  EXPECT_HAS(p.dump, "(spec H (struct (field a b int \"json:\\\"a\\\"\") (embed T) (embed (* (. pkg U)))))");
  EXPECT_HAS(p.dump, "(spec I (interface (field M (functype (params (field int)) (results (field bool)))) (embed (. fmt Stringer)) (embed J)))");
  EXPECT_HAS(p.dump, "(spec K (paren int))");
}

TEST(Parser, Positions) {
  SourceFile src("x.go", "package main\nfunc main() {\n\tx := a + f(b)\n\t_ = T{k: 1}\n}\n");
  AstContext ast;
  Diagnostics diags(&src);
  File* f = parseFile(src, ast, diags);
  ASSERT_FALSE(diags.hasErrors());
  BlockStmt* b = f->decls[0].func->body;
  auto* as = b->list[0]->as<AssignStmt>();
  ASSERT_NE(as, nullptr);
  EXPECT_EQ(as->pos.line, 3);
  EXPECT_EQ(as->pos.col, 2);
  EXPECT_EQ(as->tokPos.col, 4);
  auto* bin = as->rhs[0]->as<BinaryExpr>();
  ASSERT_NE(bin, nullptr);
  EXPECT_EQ(bin->pos.col, 7);    // x's position
  EXPECT_EQ(bin->opPos.col, 9);  // the operator
  auto* call = bin->y->as<CallExpr>();
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->pos.col, 11);
  EXPECT_EQ(call->lparen.col, 12);
  auto* lit = b->list[1]->as<AssignStmt>()->rhs[0]->as<CompositeLit>();
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(lit->pos.col, 6);
  EXPECT_EQ(lit->lbrace.col, 7);
  EXPECT_EQ(lit->elts[0]->pos.col, 9);  // KeyValueExpr: the colon
  EXPECT_EQ(f->decls[0].func->pos.line, 2);
}

// Expected messages and positions are what Go 1.19's `go build` prints.
TEST(ParserErrors, MissingCommaOrParen) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n"),
            "4:17: syntax error: unexpected newline in argument list; possibly missing comma or )");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tf(a b)\n}\n"),
            "4:6: syntax error: unexpected b in argument list; possibly missing comma or )");
  EXPECT_EQ(firstError("package main\n\nfunc main( {\n}\n"), "3:12: syntax error: unexpected {, expected )");
}

TEST(ParserErrors, ExpectingExpression) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tx := \n}\n"), "5:1: syntax error: unexpected }, expected expression");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tx = 1 +\n}\n"), "5:1: syntax error: unexpected }, expected expression");
  EXPECT_EQ(firstError("package main\nfunc main() {\n\t1 +\n"), "4:1: syntax error: unexpected EOF, expected expression");
}

TEST(ParserErrors, TopLevel) {
  EXPECT_EQ(firstError("package main\n\nx := 1\n\nfunc main() {\n}\n"),
            "3:1: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(firstError("package main\n\nfunc main()\n{\n}\n"), "4:1: syntax error: unexpected semicolon or newline before {");
  EXPECT_EQ(firstError("package main\n\nvar x = 1 import \"fmt\"\n"),
            "3:11: syntax error: unexpected import after top level declaration");
}

TEST(ParserErrors, Headers) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tif x == 1\n\t{\n\t}\n}\n"),
            "4:11: syntax error: unexpected newline, expected { after if clause");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n"),
            "4:25: syntax error: unexpected newline, expected { after for clause");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n"), "4:7: syntax error: cannot use x := 1 as value");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\ty := 1\n\tif y = 2 {\n\t}\n}\n"),
            "5:7: syntax error: cannot use assignment (y) = (2) as value");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tif {\n\t}\n}\n"), "4:5: syntax error: missing condition in if statement");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n"),
            "5:9: syntax error: else must be followed by if or statement block");
}

TEST(ParserErrors, StatementsAndBlocks) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tx := 1 2\n}\n"), "4:9: syntax error: unexpected literal 2 at end of statement");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n"),
            "6:2: syntax error: unexpected else, expected }");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tfor {\n}\n"), "6:1: syntax error: unexpected EOF, expected }");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\t)\n}\n"), "4:2: syntax error: unexpected ), expected }");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tfunc foo() {}\n}\n"), "4:7: syntax error: unexpected foo, expected (");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tvar 1x = 2\n}\n"), "4:6: syntax error: unexpected literal 1, expected name");
}

TEST(ParserErrors, SwitchAndLiterals) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n"),
            "5:8: syntax error: unexpected newline, expected :");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n"),
            "5:2: syntax error: unexpected foo, expected case or default or }");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tx := [3]int{1, 2 3}\n}\n"),
            "4:19: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tvar a [3\n}\n"), "4:10: syntax error: unexpected newline, expected ]");
}

TEST(ParserErrors, NonSyntaxChecks) {
  Parsed p = parse("package main\n\nfunc main() {\n\tgo 1\n\tdefer (f())\n\tx[1:2:] = 1\n}\n");
  ASSERT_EQ(p.errors.size(), 3u);
  EXPECT_EQ(p.errors[0], "4:5: expression in go must be function call");
  EXPECT_EQ(p.errors[1], "5:8: expression in defer must not be parenthesized");
  EXPECT_EQ(p.errors[2], "6:8: final index required in 3-index slice");
}

TEST(ParserErrors, SeveralErrorsOnePerLine) {
  Parsed p = parse("package main\n\nfunc main() {\n\tx := ) )\n\ty := 1 2\n\tf(a b)\n}\n");
  ASSERT_EQ(p.errors.size(), 3u);
  EXPECT_EQ(p.errors[0].substr(0, 4), "4:7:");
  EXPECT_EQ(p.errors[1], "5:9: syntax error: unexpected literal 2 at end of statement");
  EXPECT_EQ(p.errors[2], "6:6: syntax error: unexpected b in argument list; possibly missing comma or )");
}

TEST(ParserErrors, ImportsAfterDecls) {
  EXPECT_EQ(firstError("package main\nvar x int\nimport \"fmt\"\n"),
            "3:1: syntax error: imports must appear before other declarations");
}

// ---- robustness -----------------------------------------------------------------------------

const char* kSample =
    "package main\nimport \"fmt\"\ntype T struct{ a, b int; c []string }\n"
    "func (t *T) M(x int, ys ...string) (int, error) {\n\tfor i, y := range ys { if y == \"\" { continue } ; x += i }\n"
    "\tswitch v := interface{}(t).(type) { case *T: _ = v; default: }\n\treturn x, nil\n}\n"
    "async func main() {\n\tch := make(chan int, 1)\n\tselect { case ch <- 1: case v := <-ch: fmt.Println(v) }\n"
    "\tm := map[string][]int{\"a\": {1, 2}}\n\tif x := (T{a: 1}); x.a > 0 && len(m) != 2 { println(await g()) } else { goto L }\nL:\n"
    "\tdefer func() { recover() }()\n}\n";

TEST(ParserRobustness, TruncatedPrograms) {
  std::string s = kSample;
  for (size_t n = 0; n <= s.size(); ++n) parse(s.substr(0, n));
  SUCCEED();
}

TEST(ParserRobustness, RandomTokenSoup) {
  static const char* toks[] = {
      "package", "main", "import", "\"fmt\"", "func", "async", "await", "(", ")", "{", "}", "[", "]",
      ",", ";", "\n", ":", ":=", "=", "+=", "++", "<-", "...", ".", "x", "T", "1", "2.5", "'c'",
      "\"s\"", "if", "else", "for", "range", "switch", "case", "default", "select", "go", "defer",
      "return", "break", "continue", "goto", "fallthrough", "var", "const", "type", "struct",
      "interface", "map", "chan", "*", "&", "+", "-", "!", "^", "&&", "||", "==", "<", "%", "~", "@"};
  std::mt19937 rng(42);
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 60);
    for (int j = 0; j < n; ++j) {
      s += toks[rng() % (sizeof toks / sizeof *toks)];
      s += " ";
    }
    parse(s);
  }
  SUCCEED();
}

TEST(ParserRobustness, MutatedPrograms) {
  std::mt19937 rng(7);
  const std::string base = kSample;
  for (int i = 0; i < 5000; ++i) {
    std::string s = base;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      size_t at = rng() % s.size();
      switch (rng() % 3) {
        case 0: s.erase(at, 1 + rng() % 5); break;
        case 1: s.insert(at, 1, "{}()[];:,.\n\"`x1"[rng() % 16]); break;
        default: s[at] = static_cast<char>(rng() % 128); break;
      }
    }
    parse(s);
  }
  SUCCEED();
}

TEST(ParserRobustness, DeepNesting) {
  parse("package main\nfunc main() { x := " + std::string(2000, '(') + "1" + std::string(2000, ')') + " }\n");
  parse("package main\nfunc main() { " + std::string(500, '{') + std::string(500, '}') + " }\n");
  parse(std::string(3000, '['));
  SUCCEED();
}

}  // namespace
}  // namespace csp
