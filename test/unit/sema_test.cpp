// test/unit/sema_test.cpp: sema (type checker) tests. Each test parses a small program and
// compares the diagnostics ("line:col: message", sorted by position) with go/types' output
// (Go 1.22 wording; verified against go vet / go/types where 1.19 and 1.22 agree), or checks
// the types sema recorded on the tree.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "frontend/parse.h"
#include "frontend/sema.h"

namespace csp {
namespace {

struct Checked {
  std::unique_ptr<SourceFile> src;
  std::unique_ptr<AstContext> ast;
  std::unique_ptr<TypeContext> types;
  std::unique_ptr<Diagnostics> diags;
  File* file = nullptr;
  CheckedFile out;
  bool ok = false;
  std::vector<std::string> errors;  // "line:col: message", sorted
};

std::unique_ptr<Checked> check(const std::string& text) {
  auto c = std::make_unique<Checked>();
  c->src = std::make_unique<SourceFile>("t.csp", text);
  c->ast = std::make_unique<AstContext>();
  c->types = std::make_unique<TypeContext>();
  c->diags = std::make_unique<Diagnostics>(c->src.get());
  c->file = parseFile(*c->src, *c->ast, *c->diags);
  if (c->diags->hasErrors()) {
    c->errors.push_back("syntax error");
    return c;
  }
  c->ok = checkFile(*c->file, *c->types, *c->diags, &c->out);
  std::vector<Diagnostic> d = c->diags->all();
  std::stable_sort(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  for (auto& x : d) c->errors.push_back(std::to_string(x.pos.line) + ":" + std::to_string(x.pos.col) + ": " + x.message);
  return c;
}

using Errs = std::vector<std::string>;

// Wraps statements in `package main; func main() { ... }`: statement line N is line N+2.
std::string inMain(const std::string& body) { return "package main\n\nfunc main() {\n" + body + "}\n"; }

Errs errorsOf(const std::string& text) { return check(text)->errors; }

// The ValueSpec of the n-th top-level declaration.
ValueSpec* spec(File* f, size_t decl) { return dynamic_cast<ValueSpec*>(f->decls.at(decl).gen->specs.at(0)); }

// ---------------------------------------------------------------------------------------------
// Valid programs.

TEST(Sema, ValidProgramHasNoErrors) {
  auto c = check(R"(package main

import (
	"fmt"
	"math"
	"os"
)

const (
	A = iota
	B
	_
	D
)

const KB int64 = 1 << 10

var total = fact(3) + offset
var offset = 10

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func divmod(a, b int) (q, r int) {
	q, r = a/b, a%b
	return
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	default:
		return 0
	}
}

func forever() int {
	for {
	}
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func init() {}
func init() {}

func main() {
	var x int8 = 1
	s := "héllo"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	for i := range 3 {
		println(i)
	}
	var u uint8 = 255
	u++
	u += 1
	q, r := divmod(17, 5)
	fmt.Printf("%d %d %v %s\n", q, r, u, s[1:3])
	var sh uint = 3
	z := 1 << sh
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch v := 3; v {
	case 1, 2:
		fallthrough
	case 3:
		fmt.Println("three")
	}
	fmt.Println(x, z, s[0], len(s), math.Sqrt(2), math.Pi, sign(1), total, KB, A, B, D, isEven(4))
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprint(1.5, true, 'a'), min(1, 2.5), max(x, 3))
	if os.Args == nil {
	}
	os.Exit(0)
}
)");
  EXPECT_EQ(c->errors, (Errs{}));
  ASSERT_NE(c->out.mainFunc, nullptr);
  EXPECT_EQ(c->out.initFuncs.size(), 2u);
  EXPECT_EQ(c->out.globals.size(), 2u);
}

TEST(Sema, PackageInitOrderFollowsDependencies) {
  auto c = check("package main\n\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d = 2\n\nfunc f() int { return d }\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->errors[0];
  std::vector<std::string> order;
  for (auto& init : c->out.inits) order.push_back(init.lhs.at(0)->name);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "d", "b", "a"}));  // as `go run` prints
}

TEST(Sema, InitializationCycle) {
  EXPECT_EQ(errorsOf("package main\n\nvar x int = x\n\nfunc main() {}\n"),
            (Errs{"3:5: initialization cycle: x refers to itself"}));
  EXPECT_EQ(errorsOf("package main\n\nvar p = q\nvar q = r()\n\nfunc r() int { return p }\n\nfunc main() {}\n"),
            (Errs{"3:5: initialization cycle for p\n\tp refers to q\n\tq refers to r\n\tr refers to p"}));
}

// ---------------------------------------------------------------------------------------------
// Recorded types (the contract with codegen).

TEST(Sema, UntypedConstantGetsTypeOfContext) {
  auto c = check("package main\n\nvar x int8 = 1 + 2\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok);
  Expr* e = spec(c->file, 0)->values[0];
  EXPECT_EQ(e->type->str(), "int8");
  EXPECT_EQ(e->mode, ExprMode::Constant);
  ASSERT_NE(e->value, nullptr);
  EXPECT_EQ(e->value->int64Val(), 3);
}

TEST(Sema, UntypedDefaultsAndShifts) {
  auto c = check(
      "package main\n\nvar s uint = 2\nvar a = 1.5\nvar b = 'x'\nvar f float32 = 0.1\nvar h int64 = 1 << s\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->errors[0];
  EXPECT_EQ(spec(c->file, 1)->values[0]->type->str(), "float64");
  EXPECT_EQ(spec(c->file, 2)->values[0]->type->str(), "rune");
  Expr* f = spec(c->file, 3)->values[0];
  EXPECT_EQ(f->type->str(), "float32");
  EXPECT_EQ(f->value->float32Val(), 0.1f);
  auto* shift = spec(c->file, 4)->values[0]->as<BinaryExpr>();
  ASSERT_NE(shift, nullptr);
  EXPECT_EQ(shift->type->str(), "int64");
  EXPECT_EQ(shift->x->type->str(), "int64");  // the untyped 1 takes the type of the context
  EXPECT_EQ(shift->mode, ExprMode::Value);
}

TEST(Sema, ArgumentToAnyGetsDefaultType) {
  auto c = check("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1, 2.5, \"s\", 'r', true, nil)\n}\n");
  ASSERT_TRUE(c->ok) << c->errors[0];
  auto* es = c->file->decls.at(0).func->body->list.at(0)->as<ExprStmt>();
  auto* call = es->x->as<CallExpr>();
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->callKind, CallKind::Call);
  std::vector<std::string> ts;
  for (Expr* a : call->args) ts.push_back(a->type->str());
  EXPECT_EQ(ts, (std::vector<std::string>{"int", "float64", "string", "rune", "bool", "untyped nil"}));
  auto* sel = call->fun->as<SelectorExpr>();
  EXPECT_EQ(sel->sel->obj->linkName, "fmt.Println");
}

TEST(Sema, ComparisonResultIsBool) {
  auto c = check("package main\n\nvar x = 3\nvar b = x < 4\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok);
  auto* cmp = spec(c->file, 1)->values[0]->as<BinaryExpr>();
  EXPECT_EQ(cmp->type->str(), "bool");
  EXPECT_EQ(cmp->y->type->str(), "int");
}

TEST(Sema, IotaAndImplicitRepetition) {
  auto c = check("package main\n\nconst (\n\tKB int64 = 1 << (10 * (iota + 1))\n\tMB\n\tGB\n)\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok);
  Object* gb = spec(c->file, 0)->names[0]->obj;
  ASSERT_NE(gb, nullptr);
  EXPECT_EQ(gb->type->str(), "int64");
  auto* g = dynamic_cast<ValueSpec*>(c->file->decls[0].gen->specs[2]);
  EXPECT_EQ(g->names[0]->obj->value.int64Val(), int64_t(1) << 30);
}

TEST(Sema, BuiltinsAndConstantLen) {
  auto c = check("package main\n\nconst n = len(\"abc\")\nvar m = min(3, 1, 2)\n\nfunc main() { println(n, m) }\n");
  ASSERT_TRUE(c->ok);
  auto* call = spec(c->file, 0)->values[0]->as<CallExpr>();
  EXPECT_EQ(call->callKind, CallKind::Builtin);
  EXPECT_EQ(call->builtin, kBuiltinLen);
  EXPECT_EQ(spec(c->file, 0)->names[0]->obj->value.int64Val(), 3);
  EXPECT_EQ(spec(c->file, 1)->values[0]->value->int64Val(), 1);
}

TEST(Sema, BranchTargetsAreSet) {
  auto c = check(inMain("L:\n\tfor {\n\t\tswitch {\n\t\tcase true:\n\t\t\tbreak L\n\t\t}\n\t\tbreak\n\t}\n"));
  ASSERT_TRUE(c->ok) << c->errors[0];
  auto* lab = c->file->decls[0].func->body->list[0]->as<LabeledStmt>();
  auto* loop = lab->stmt->as<ForStmt>();
  auto* sw = loop->body->list[0]->as<SwitchStmt>();
  auto* brk = sw->clauses[0]->body[0]->as<BranchStmt>();
  EXPECT_EQ(brk->target, loop);
  EXPECT_EQ(loop->body->list[1]->as<BranchStmt>()->target, loop);
}

TEST(Sema, RangeOverIntVariableType) {
  auto c = check(inMain("\tvar n int8 = 3\n\tfor i := range n {\n\t\tprintln(i)\n\t}\n\tfor j := range 10 {\n\t\tprintln(j)\n\t}\n"));
  ASSERT_TRUE(c->ok) << c->errors[0];
  auto* r1 = c->file->decls[0].func->body->list[1]->as<RangeStmt>();
  auto* r2 = c->file->decls[0].func->body->list[2]->as<RangeStmt>();
  EXPECT_EQ(r1->key->as<Ident>()->obj->type->str(), "int8");
  EXPECT_EQ(r2->key->as<Ident>()->obj->type->str(), "int");
  EXPECT_EQ(r2->x->type->str(), "int");
}

// ---------------------------------------------------------------------------------------------
// Errors: package level.

TEST(Sema, MissingMain) {
  EXPECT_EQ(errorsOf("package main\n\nfunc f() {}\n"), (Errs{"1:1: function main is undeclared in the main package"}));
}

TEST(Sema, UnusedAndUnknownImports) {
  EXPECT_EQ(errorsOf("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\tm \"math\"\n\t\"strings2\"\n)\n\nfunc main() { fmt.Println() }\n"),
            (Errs{"5:2: \"os\" imported and not used", "6:2: \"math\" imported as m and not used",
                  "7:2: package strings2 is not in std"}));
}

TEST(Sema, InitCannotBeReferenced) {
  EXPECT_EQ(errorsOf("package main\n\nfunc init() {}\n\nfunc main() { init() }\n"), (Errs{"5:15: undefined: init"}));
}

TEST(Sema, MissingFunctionBody) {
  EXPECT_EQ(errorsOf("package main\n\nfunc f()\n\nfunc main() {}\n"), (Errs{"3:6: missing function body"}));
}

TEST(Sema, Redeclared) {
  EXPECT_EQ(errorsOf(inMain("\tvar a int\n\tvar a string\n\t_ = a\n")), (Errs{"5:6: a redeclared in this block"}));
  EXPECT_EQ(errorsOf("package main\n\nvar x = 1\n\nfunc x() {}\n\nfunc main() {}\n"), (Errs{"5:6: x redeclared in this block"}));
}

// ---------------------------------------------------------------------------------------------
// Errors: declarations and assignments.

TEST(Sema, UnusedVariable) {
  EXPECT_EQ(errorsOf(inMain("\tx := 1\n\ty := 2\n\ty = 3\n\tif z := 1; true {\n\t}\n")),
            (Errs{"4:2: declared and not used: x", "5:2: declared and not used: y", "7:5: declared and not used: z"}));
}

TEST(Sema, NoNewVariables) {
  EXPECT_EQ(errorsOf(inMain("\tx := 1\n\tx := 2\n\t_ = x\n")), (Errs{"5:4: no new variables on left side of :="}));
}

TEST(Sema, Undefined) {
  EXPECT_EQ(errorsOf(inMain("\tfoo()\n\t_ = bar + 1\n")), (Errs{"4:2: undefined: foo", "5:6: undefined: bar"}));
}

TEST(Sema, ConstantOverflowAndTruncation) {
  EXPECT_EQ(errorsOf(inMain("\tvar x int8 = 300\n\t_ = byte(256)\n\tvar a int\n\ta = 1.5\n\t_, _ = x, a\n")),
            (Errs{"4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
                  "5:11: constant 256 overflows byte",
                  "7:6: cannot use 1.5 (untyped float constant) as int value in assignment (truncated)"}));
}

TEST(Sema, TypedConstantOverflow) {
  EXPECT_EQ(errorsOf(inMain("\tconst m int8 = 100\n\t_ = m * 2\n\tvar y int8\n\t_ = y + 200\n")),
            (Errs{"5:6: m * 2 (constant 200 of type int8) overflows int8", "7:10: 200 (untyped int constant) overflows int8"}));
  EXPECT_EQ(errorsOf("package main\n\nconst (\n\ta int8 = 100 * iota\n\tb\n\tc\n)\n\nfunc main() {}\n"),
            (Errs{"6:2: cannot use 100 * iota (untyped int constant 200) as int8 value in constant declaration (overflows)"}));
}

TEST(Sema, DivisionByZero) {
  EXPECT_EQ(errorsOf(inMain("\tx := 5\n\t_ = x / 0\n\t_ = 3 % 0\n\t_ = 10.0 / 0\n")),
            (Errs{"5:10: invalid operation: division by zero", "6:10: invalid operation: division by zero",
                  "7:13: invalid operation: division by zero"}));
}

TEST(Sema, Shifts) {
  EXPECT_EQ(errorsOf(inMain("\tvar s uint = 2\n\tvar f float64 = 1 << s\n\t_ = 1 << 1000\n\t_ = 1 << -1\n\t_ = 1.5 << s\n\t_ = f\n")),
            (Errs{"5:18: invalid operation: shifted operand 1 (type float64) must be integer",
                  "6:8: constant shift overflow",
                  "7:11: invalid operation: negative shift count -1 (untyped int constant)",
                  "8:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer"}));
}

TEST(Sema, AssignmentMismatch) {
  EXPECT_EQ(errorsOf("package main\n\nfunc f() int { return 1 }\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\tx, y := f()\n\tz := g()\n\ta, b := 1\n\t_, _, _, _, _ = x, y, z, a, b\n}\n"),
            (Errs{"7:10: assignment mismatch: 2 variables but f returns 1 value",
                  "8:7: assignment mismatch: 1 variable but g returns 2 values",
                  "9:10: assignment mismatch: 2 variables but 1 value"}));
}

TEST(Sema, CannotAssign) {
  EXPECT_EQ(errorsOf(inMain("\tconst c = 1\n\tc = 2\n\ts := \"x\"\n\ts[0] = 'a'\n")),
            (Errs{"5:2: cannot assign to c (neither addressable nor a map index expression)",
                  "7:2: cannot assign to s[0] (neither addressable nor a map index expression)"}));
}

TEST(Sema, UntypedNil) {
  EXPECT_EQ(errorsOf(inMain("\tvar t = nil\n\tv := nil\n\t_, _ = t, v\n")),
            (Errs{"4:10: use of untyped nil in variable declaration", "5:7: use of untyped nil in assignment"}));
}

// ---------------------------------------------------------------------------------------------
// Errors: expressions.

TEST(Sema, MismatchedTypes) {
  EXPECT_EQ(errorsOf(inMain("\tvar a int\n\tvar s string\n\t_ = a + s\n\t_ = a == s\n\ta += s\n")),
            (Errs{"6:6: invalid operation: a + s (mismatched types int and string)",
                  "7:11: invalid operation: a == s (mismatched types int and string)",
                  "8:2: invalid operation: a += s (mismatched types int and string)"}));
}

TEST(Sema, OperatorNotDefined) {
  EXPECT_EQ(errorsOf(inMain("\ta := 1\n\t_ = !a\n\t_ = -\"s\"\n\t_ = true < false\n")),
            (Errs{"5:7: invalid operation: operator ! not defined on a (variable of type int)",
                  "6:7: invalid operation: operator - not defined on \"s\" (untyped string constant)",
                  "7:6: invalid operation: true < false (operator < not defined on untyped bool)"}));
}

TEST(Sema, NotUsed) {
  EXPECT_EQ(errorsOf("package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\ta := 1\n\ta + 1\n\tf()\n\t1\n\tlen(\"ab\")\n}\n"),
            (Errs{"7:2: a + 1 (value of type int) is not used", "9:2: 1 (untyped int constant) is not used",
                  "10:2: len(\"ab\") (constant 2 of type int) is not used"}));
}

TEST(Sema, CallArgumentCount) {
  EXPECT_EQ(errorsOf("package main\n\nfunc g(a, b int) int { return a }\n\nfunc main() {\n\tg(1)\n\tg(1, 2, 3)\n\tg(1, \"s\")\n}\n"),
            (Errs{"6:4: not enough arguments in call to g\n\thave (number)\n\twant (int, int)",
                  "7:10: too many arguments in call to g\n\thave (number, number, number)\n\twant (int, int)",
                  "8:7: cannot use \"s\" (untyped string constant) as int value in argument to g"}));
}

TEST(Sema, MultiValueCallAsArguments) {
  auto c = check("package main\n\nfunc two() (int, int) { return 1, 2 }\nfunc add(x, y int) int { return x + y }\n\nfunc main() {\n\tprintln(add(two()))\n\tprintln(add(two(), 1))\n}\n");
  EXPECT_EQ(c->errors, (Errs{"8:14: multiple-value two() (value of type (int, int)) in single-value context"}));
}

TEST(Sema, Conversions) {
  EXPECT_EQ(errorsOf(inMain("\t_ = int(\"x\")\n\t_ = string(65.0)\n\t_ = int(3.5)\n\t_ = float32(1e40)\n\tx := 1\n\t_ = string(x) + string(rune(x))\n\t_ = float64(x)\n")),
            (Errs{"4:10: cannot convert \"x\" (untyped string constant) to type int",
                  "5:13: cannot convert 65.0 (untyped float constant 65) to type string",
                  "6:10: cannot convert 3.5 (untyped float constant) to type int",
                  "7:14: cannot convert 1e40 (untyped float constant 1e+40) to type float32"}));
}

TEST(Sema, StringIndexAndSlice) {
  EXPECT_EQ(errorsOf(inMain("\tconst c = \"abc\"\n\t_ = c[5]\n\t_ = \"abc\"[-1]\n\t_ = c[1:5]\n\t_ = c[2:1]\n\tconst b = c[1]\n")),
            (Errs{"5:8: invalid argument: index 5 out of bounds [0:3]",
                  "6:12: invalid argument: index -1 (constant of type int) must not be negative",
                  "7:10: invalid argument: index 5 out of bounds [0:4]", "8:10: invalid slice indices: 1 < 2",
                  "9:12: c[1] (value of type byte) is not constant"}));
}

TEST(Sema, BuiltinErrors) {
  EXPECT_EQ(errorsOf(inMain("\ts := \"a\"\n\t_ = len(s, s)\n\t_ = len(1)\n\tx := len\n")),
            (Errs{"5:14: invalid operation: too many arguments for len(s, s) (expected 1, found 2)",
                  "6:10: invalid argument: 1 (untyped int constant) for built-in len",
                  // Go 1.22 does not mark x used after its invalid initializer (1.19 did).
                  "7:2: declared and not used: x", "7:7: len (built-in) must be called"}));
}

// ---------------------------------------------------------------------------------------------
// Errors: statements.

TEST(Sema, NonBooleanCondition) {
  EXPECT_EQ(errorsOf(inMain("\tif 1 {\n\t}\n\tfor \"s\" {\n\t}\n")),
            (Errs{"4:5: non-boolean condition in if statement", "6:6: non-boolean condition in for statement"}));
}

TEST(Sema, MissingReturn) {
  EXPECT_EQ(errorsOf("package main\n\nfunc a(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc b() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc c(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic(x)\n\t}\n}\n\nfunc main() {}\n"),
            (Errs{"7:1: missing return", "13:1: missing return"}));
}

TEST(Sema, ReturnCount) {
  EXPECT_EQ(errorsOf("package main\n\nfunc g() int {\n\treturn 1, 2\n}\n\nfunc h() int {\n\treturn\n}\n\nfunc k() {\n\treturn 1\n}\n\nfunc main() {}\n"),
            (Errs{"4:12: too many return values\n\thave (number, number)\n\twant (int)",
                  "8:2: not enough return values\n\thave ()\n\twant (int)",
                  "12:9: too many return values\n\thave (number)\n\twant ()"}));
}

TEST(Sema, SwitchDuplicateAndFallthrough) {
  EXPECT_EQ(errorsOf(inMain("\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 1:\n\tcase 2:\n\t\tfallthrough\n\t}\n\tif true {\n\t\tfallthrough\n\t}\n")),
            (Errs{"7:7: duplicate case 1 (constant of type int) in expression switch", "9:3: cannot fallthrough final case in switch",
                  "12:3: fallthrough statement out of place"}));
}

TEST(Sema, BreakContinueAndLabels) {
  EXPECT_EQ(errorsOf(inMain("\tbreak\n\tcontinue\nL:\n\tif true {\n\t\tbreak L\n\t}\nM:\n\tfor {\n\t\tcontinue N\n\t}\n\tswitch {\n\tdefault:\n\t\tcontinue\n\t}\n")),
            (Errs{"4:2: break is not in a loop, switch, or select", "5:2: continue is not in a loop",
                  "8:9: invalid break label L", "10:1: label M defined and not used",
                  "12:12: continue label not defined: N", "16:3: continue is not in a loop"}));
}

TEST(Sema, Goto) {
  EXPECT_EQ(errorsOf(inMain("L:\n\tgoto L\n")), (Errs{"5:2: goto is not supported in csp"}));
}

TEST(Sema, GoStatementsAndChannelsCheck) {
  EXPECT_EQ(errorsOf(inMain("\tvar c chan int\n\tgo main()\n\t_ = c\n")), (Errs{}));
  EXPECT_EQ(errorsOf(inMain("\tvar c <-chan int\n\tc <- 1\n\tclose(c)\n")),
            (Errs{"5:2: invalid operation: cannot send to receive-only channel c (variable of type <-chan int)",
                  "6:8: invalid operation: cannot close receive-only channel c (variable of type <-chan int)"}));
}

TEST(Sema, NamedTypes) {
  auto c = check(R"(package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Temp = Celsius

const Boiling Celsius = 100

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	var t Temp = Boiling
	f := CToF(t)
	fmt.Println(f, float64(f))
	var x float64 = 1
	_ = t + x
	var c Celsius = x
	type small int8
	var s small = 200
	_, _ = c, s
	type R R
}
)");
  EXPECT_EQ(c->errors, (Errs{"18:6: invalid operation: t + x (mismatched types Celsius and float64)",
                             "19:18: cannot use x (variable of type float64) as Celsius value in variable declaration",
                             "21:16: cannot use 200 (untyped int constant) as small value in variable declaration (overflows)",
                             "23:7: invalid recursive type: R refers to itself"}));
  Object* boiling = spec(c->file, 3)->names[0]->obj;
  EXPECT_EQ(boiling->type->str(), "Celsius");
  EXPECT_EQ(boiling->type->underlying()->kind, TypeKind::Float64);
}

TEST(Sema, ErrorResults) {
  EXPECT_EQ(errorsOf("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn, err := fmt.Println()\n\t_, _ = n, err\n\tm, _ := fmt.Println()\n\t_ = m\n}\n"),
            (Errs{}));
}

TEST(Sema, MathConstants) {
  auto c = check("package main\n\nimport \"math\"\n\nvar a = math.MaxInt64\nvar b = math.MaxUint64\nvar f float32 = math.MaxFloat32\n\nfunc main() {}\n");
  EXPECT_EQ(c->errors, (Errs{"6:9: cannot use math.MaxUint64 (untyped int constant 18446744073709551615) as int value in variable declaration (overflows)"}));
}

TEST(Sema, NeverCrashesOnBadInput) {
  // Programs with syntax errors never reach sema; these are valid syntax but nonsense.
  for (const char* body : {"\tx.y.z = 1\n", "\t_ = 1 + nil\n", "\tfor i, j := range 10 {\n\t}\n", "\t_ = _\n",
                           "\tvar x int = x\n", "\tprintln(nil)\n", "\tswitch x := 1; x {\n\tcase \"a\":\n\t}\n"}) {
    auto c = check(inMain(body));
    EXPECT_FALSE(c->errors.empty()) << body;
  }
}

}  // namespace
}  // namespace csp
