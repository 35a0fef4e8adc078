// test/unit/jit_test.cpp: end-to-end tests of codegen + JIT (parse -> check -> compileAndRun).
//
// Programs that end the process (os.Exit, panics) run in gtest death tests, so the test
// binary survives; their stderr (println, panic messages) is matched by regex. Most
// behaviour is tested by lit (test/lit, test/go); these cover the API itself: --emit-llvm,
// exit codes, and that runtime checks are wired up.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "frontend/parse.h"
#include "frontend/sema.h"
#include "jit/jit.h"

namespace csp {
namespace {

// Parses, checks and compiles `text`; returns compileAndRun's result, or -1 if the frontend
// reported errors (then *errors holds them).
int compile(const std::string& text, RunOptions opts, std::string* ir = nullptr,
            std::string* errors = nullptr) {
  SourceFile src("/tmp/jit_test.csp", text);
  Diagnostics diags(&src);
  AstContext ast;
  File* file = parseFile(src, ast, diags);
  TypeContext types;
  CheckedFile checked;
  std::ostringstream irOut, errOut;
  int code = -1;
  if (!diags.hasErrors() && checkFile(*file, types, diags, &checked) && !diags.hasErrors()) {
    opts.args = {"/tmp/jit_test.csp"};
    code = compileAndRun(checked, types, src, diags, opts, irOut);
  }
  diags.print(errOut);
  if (ir) *ir = irOut.str();
  if (errors) *errors = errOut.str();
  return code;
}

RunOptions emitAt(int level) {
  RunOptions o;
  o.optLevel = level;
  o.emitLLVM = true;
  return o;
}

RunOptions runAt(int level) {
  RunOptions o;
  o.optLevel = level;
  return o;
}

constexpr const char* kFib = R"(package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(20))
}
)";

TEST(Jit, EmitLLVMHasMainMainAtO0) {
  std::string ir, errors;
  EXPECT_EQ(compile(kFib, emitAt(0), &ir, &errors), 0) << errors;
  EXPECT_NE(ir.find("@main.main"), std::string::npos) << ir;
  EXPECT_NE(ir.find("define internal i64 @main.fib"), std::string::npos) << ir;
  EXPECT_NE(ir.find("define void @csp.main"), std::string::npos) << ir;
}

TEST(Jit, EmitLLVMOptimisedKeepsEntryOnly) {
  std::string ir, errors;
  EXPECT_EQ(compile(kFib, emitAt(2), &ir, &errors), 0) << errors;
  EXPECT_NE(ir.find("@csp.main"), std::string::npos) << ir;
  EXPECT_EQ(ir.find("alloca"), std::string::npos) << "mem2reg should remove allocas:\n" << ir;
}

TEST(Jit, RunReturnsZero) {
  std::string errors;
  EXPECT_EQ(compile("package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n", runAt(2), nullptr, &errors), 0)
      << errors;
}

TEST(JitDeathTest, OsExitCode) {
  const char* prog = R"(package main

import "os"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("fib", fib(10))
	os.Exit(fib(4) + 4)
}
)";
  EXPECT_EXIT(compile(prog, runAt(2)), ::testing::ExitedWithCode(7), "fib 55");
}

TEST(JitDeathTest, DivideByZeroPanics) {
  const char* prog = R"(package main

func div(a, b int) int { return a / b }

func main() {
	println(div(7, 2))
	println(div(1, 0))
}
)";
  EXPECT_EXIT(compile(prog, runAt(0)), ::testing::ExitedWithCode(2),
              "3\npanic: runtime error: integer divide by zero");
}

TEST(JitDeathTest, StringIndexOutOfRangePanics) {
  const char* prog = R"(package main

func at(s string, i int) byte { return s[i] }

func main() {
	println(at("abc", 1))
	println(at("abc", 5))
}
)";
  EXPECT_EXIT(compile(prog, runAt(2)), ::testing::ExitedWithCode(2),
              "98\npanic: runtime error: index out of range \\[5\\] with length 3");
}

}  // namespace
}  // namespace csp
