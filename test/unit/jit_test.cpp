// test/unit/jit_test.cpp: end-to-end tests of codegen + JIT (parse -> check -> compileAndRun).
//
// Programs that end the process (os.Exit, panics) run in gtest death tests, so the test
// binary survives; their stderr (println, panic messages) is matched by regex. Most
// behaviour is tested by lit (test/lit, test/go); these cover the API itself: --emit-llvm,
// exit codes, that runtime checks are wired up, and recovery from a bad cache entry.
//
// compileAndRun needs the runtime initialised on the process's first thread (jit.h): the
// global environment below does it, and turns the object cache off so that tests never
// write to ~/.cache (the cache test sets its own temporary CSP_CACHE_DIR).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gc/gc.h>
#include <unistd.h>

#include "frontend/parse.h"
#include "frontend/sema.h"
#include "jit/jit.h"
#include "jit/object_cache.h"
#include "runtime/csp_rt.h"

namespace csp {
namespace {

class JitEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    setenv("CSP_CACHE", "off", 1);
    static char arg0[] = "/tmp/jit_test.csp";
    static char* argv[] = {arg0, nullptr};
    csp_rt_init(1, argv);  // idempotent; gtest calls SetUp on the main thread
  }
};

[[maybe_unused]] ::testing::Environment* const kJitEnvironment =
    ::testing::AddGlobalTestEnvironment(new JitEnvironment);

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

// A cache directory of its own, with the cache on, for one test; removed afterwards.
class TempCacheDir {
 public:
  TempCacheDir() {
    char tmpl[] = "/tmp/csp_jit_test_cache_XXXXXX";
    if (mkdtemp(tmpl)) dir_ = tmpl;
    setenv("CSP_CACHE", "on", 1);
    setenv("CSP_CACHE_DIR", dir_.c_str(), 1);
  }
  ~TempCacheDir() {
    setenv("CSP_CACHE", "off", 1);
    unsetenv("CSP_CACHE_DIR");
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::string& dir() const { return dir_; }

  // The path and key of the one entry in the directory ("" if there is not exactly one).
  std::string onlyEntry(CacheKey* key) const {
    std::string found;
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_)) {
      std::string name = e.path().filename().string();
      if (name.size() != 66 || name.substr(64) != ".o") continue;
      n++;
      found = e.path().string();
      for (size_t i = 0; i < key->size(); i++)
        (*key)[i] = static_cast<uint8_t>(std::stoi(name.substr(2 * i, 2), nullptr, 16));
    }
    return n == 1 ? found : "";
  }

 private:
  std::string dir_;
};

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A global holding a string built at run time: the object has a writable section, which
// the JIT registers as a GC root.
constexpr const char* kGlobalProg = R"(package main

import "fmt"

var g string

func main() {
	for i := 0; i < 3; i++ {
		g += fmt.Sprint(i)
	}
	fmt.Println("g =", g)
}
)";

// Replaces the object of the cache entry with a copy in which `from` (a symbol name in the
// string table) is renamed `to` (same length). The entry stays valid (header, checksum):
// only linking it can tell that it is broken.
void corruptSymbol(const TempCacheDir& cache, const std::string& from, const std::string& to) {
  ASSERT_EQ(from.size(), to.size());
  CacheKey key{};
  std::string path = cache.onlyEntry(&key);
  ASSERT_NE(path, "") << "expected one cache entry in " << cache.dir();
  ObjectCache oc(cache.dir(), false);
  std::optional<ObjectCache::Entry> entry = oc.load(key);
  ASSERT_TRUE(entry);
  std::string object = entry->object->getBuffer().str();
  size_t at = object.find(from + '\0');
  ASSERT_NE(at, std::string::npos) << from << " not in the object";
  object.replace(at, from.size(), to);
  oc.store(key, entry->dataLayout, object);
  std::optional<ObjectCache::Entry> check = oc.load(key);
  ASSERT_TRUE(check);
  ASSERT_NE(check->object->getBuffer().find(to + '\0'), llvm::StringRef::npos);
}

// Runs kGlobalProg (cache on) and checks that it printed its output and left a good entry.
void runGlobalProgFromCache(const TempCacheDir& cache) {
  ::testing::internal::CaptureStdout();
  std::string errors;
  int code = compile(kGlobalProg, runAt(2), nullptr, &errors);
  std::string out = ::testing::internal::GetCapturedStdout();
  EXPECT_EQ(code, 0) << errors;
  EXPECT_EQ(out, "g = 012\n");
  GC_gcollect();  // no root may be left pointing at the memory of a discarded JIT
  CacheKey key{};
  std::string path = cache.onlyEntry(&key);
  ASSERT_NE(path, "");
  EXPECT_NE(readFile(path).find(std::string("csp.main") + '\0'), std::string::npos);
}

// A valid entry whose object lacks csp.main: it is added to a JIT, the lookup fails, the
// JIT is discarded and the program is compiled again (and the entry replaced).
TEST(JitCache, EntryWithoutEntryPointIsRecompiled) {
  TempCacheDir cache;
  runGlobalProgFromCache(cache);  // miss: compiles and stores
  corruptSymbol(cache, "csp.main", "csp.mbin");
  runGlobalProgFromCache(cache);
  runGlobalProgFromCache(cache);  // the replaced entry is a good hit
}

// A valid entry whose object calls a runtime function that does not exist: linking fails
// after its sections were allocated (and registered as GC roots), so the roots must go
// before that memory is freed; the program is compiled again.
TEST(JitCache, UnlinkableEntryIsRecompiled) {
  TempCacheDir cache;
  runGlobalProgFromCache(cache);
  corruptSymbol(cache, "csp_fmt_Sprint", "csp_fmt_SprinX");
  runGlobalProgFromCache(cache);
  runGlobalProgFromCache(cache);
}

}  // namespace
}  // namespace csp
