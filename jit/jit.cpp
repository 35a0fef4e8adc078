// jit/jit.cpp: compileAndRun: [object cache] or codegen -> verify -> optimise -> object
// file -> [store in the cache] -> ORC LLJIT -> run.
//
// The JIT is set up lean, for start-up time: only the native target is initialised; no
// platform support (csp modules have no static constructors) and no process-symbol search:
// the only external symbols JIT'd code can reach are the runtime's (csp_rt_symbols()) and
// the libm/libc table below, defined on demand as absolute symbols in the main JITDylib.
// The IR is optimised and compiled to a relocatable object here, not by the JIT's compile
// layer, so that the object can go into the on-disk cache (object_cache.h, docs/cache.md):
// an unchanged program run again loads that object and does no IR work at all, and creates
// no TargetMachine (the LLJIT gets the data layout stored with the object and a compiler
// that is never called). Sema still runs first in the driver, for its diagnostics.
// A program with no loops and no recursion (hello world) runs every instruction a bounded
// number of times, so when running it we skip the optimisation pipeline and use fast
// instruction selection. --emit-llvm bypasses the cache and always shows the pipeline of the
// requested -O level.
// Nothing compiled depends on the program's arguments (they reach the runtime through
// csp_rt_init), so they are not part of the cache key.
// Failures of LLVM APIs are internal: they are "BUG:" fatal errors, never diagnostics;
// failures of a cached object are a cache miss.
#include "jit/jit.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include <unistd.h>

#include <llvm/ExecutionEngine/JITLink/JITLink.h>
#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_os_ostream.h>

#include "jit/codegen.h"
#include "jit/object_cache.h"
#include "jit/optimize.h"
#include "runtime/csp_rt.h"

namespace csp {

namespace {

// Compile-time switch: print the time of each phase to stderr.
constexpr bool kTraceTimes = false;

class PhaseTimer {
 public:
  void mark(const char* phase) {
    if constexpr (kTraceTimes) {
      auto now = std::chrono::steady_clock::now();
      std::fprintf(stderr, "[jit] %-10s %7.3f ms\n", phase,
                   std::chrono::duration<double, std::milli>(now - last_).count());
      last_ = now;
    }
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// C library functions JIT'd code may call: libm calls emitted by codegen_math.cpp, and the
// ones LLVM itself emits when lowering intrinsics (round, fmod, memcpy...) or simplifying
// library calls (exp10, sincos, ldexp).
using D1 = double (*)(double);
using D2 = double (*)(double, double);
const csp_rt_symbol kLibcSymbols[] = {
    {"pow", reinterpret_cast<void*>(static_cast<D2>(&::pow))},
    {"exp", reinterpret_cast<void*>(static_cast<D1>(&::exp))},
    {"exp2", reinterpret_cast<void*>(static_cast<D1>(&::exp2))},
    {"exp10", reinterpret_cast<void*>(static_cast<D1>(&::exp10))},
    {"expm1", reinterpret_cast<void*>(static_cast<D1>(&::expm1))},
    {"log", reinterpret_cast<void*>(static_cast<D1>(&::log))},
    {"log2", reinterpret_cast<void*>(static_cast<D1>(&::log2))},
    {"log10", reinterpret_cast<void*>(static_cast<D1>(&::log10))},
    {"log1p", reinterpret_cast<void*>(static_cast<D1>(&::log1p))},
    {"sin", reinterpret_cast<void*>(static_cast<D1>(&::sin))},
    {"cos", reinterpret_cast<void*>(static_cast<D1>(&::cos))},
    {"tan", reinterpret_cast<void*>(static_cast<D1>(&::tan))},
    {"asin", reinterpret_cast<void*>(static_cast<D1>(&::asin))},
    {"acos", reinterpret_cast<void*>(static_cast<D1>(&::acos))},
    {"atan", reinterpret_cast<void*>(static_cast<D1>(&::atan))},
    {"atan2", reinterpret_cast<void*>(static_cast<D2>(&::atan2))},
    {"sinh", reinterpret_cast<void*>(static_cast<D1>(&::sinh))},
    {"cosh", reinterpret_cast<void*>(static_cast<D1>(&::cosh))},
    {"tanh", reinterpret_cast<void*>(static_cast<D1>(&::tanh))},
    {"hypot", reinterpret_cast<void*>(static_cast<D2>(&::hypot))},
    {"fmod", reinterpret_cast<void*>(static_cast<D2>(&::fmod))},
    {"remainder", reinterpret_cast<void*>(static_cast<D2>(&::remainder))},
    {"cbrt", reinterpret_cast<void*>(static_cast<D1>(&::cbrt))},
    {"sqrt", reinterpret_cast<void*>(static_cast<D1>(&::sqrt))},
    {"floor", reinterpret_cast<void*>(static_cast<D1>(&::floor))},
    {"ceil", reinterpret_cast<void*>(static_cast<D1>(&::ceil))},
    {"trunc", reinterpret_cast<void*>(static_cast<D1>(&::trunc))},
    {"round", reinterpret_cast<void*>(static_cast<D1>(&::round))},
    {"ldexp", reinterpret_cast<void*>(static_cast<double (*)(double, int)>(&::ldexp))},
    {"sincos", reinterpret_cast<void*>(static_cast<void (*)(double, double*, double*)>(&::sincos))},
    {"memcpy", reinterpret_cast<void*>(&::memcpy)},
    {"memmove", reinterpret_cast<void*>(&::memmove)},
    {"memset", reinterpret_cast<void*>(&::memset)},
};

[[noreturn]] void fatal(llvm::Error err) {
  bug(llvm::toString(std::move(err)));
}

template <class T>
T orFatal(llvm::Expected<T> v) {
  if (!v) fatal(v.takeError());
  return std::move(*v);
}

llvm::CodeGenOptLevel codeGenLevel(int optLevel) {
  switch (optLevel) {
    case 0: return llvm::CodeGenOptLevel::None;
    case 1: return llvm::CodeGenOptLevel::Less;
    case 3: return llvm::CodeGenOptLevel::Aggressive;
    default: return llvm::CodeGenOptLevel::Default;
  }
}

// Defines, on demand, the external symbols JIT'd code may use: the runtime's
// (csp_rt_symbols()) and kLibcSymbols, as absolute symbols in the JITDylib searched. Only the
// names a link actually asks for are defined: defining the whole table up front costs more
// than linking hello world (every symbol of an absolute-symbols unit is resolved together).
class RuntimeSymbolGenerator : public llvm::orc::DefinitionGenerator {
 public:
  explicit RuntimeSymbolGenerator(char globalPrefix) : prefix_(globalPrefix) {}

  llvm::Error tryToGenerate(llvm::orc::LookupState&, llvm::orc::LookupKind,
                            llvm::orc::JITDylib& jd, llvm::orc::JITDylibLookupFlags,
                            const llvm::orc::SymbolLookupSet& names) override {
    llvm::orc::SymbolMap map;
    for (const auto& [name, flags] : names) {
      if (void* addr = find(*name))
        map[name] = llvm::orc::ExecutorSymbolDef(
            llvm::orc::ExecutorAddr::fromPtr(addr),
            llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable);
    }
    if (map.empty()) return llvm::Error::success();
    return jd.define(llvm::orc::absoluteSymbols(std::move(map)));
  }

 private:
  void* find(llvm::StringRef mangled) const {
    if (prefix_ != '\0' && !mangled.consume_front(llvm::StringRef(&prefix_, 1))) return nullptr;
    size_t n = 0;
    const csp_rt_symbol* rt = csp_rt_symbols(&n);
    for (size_t i = 0; i < n; i++)
      if (mangled == rt[i].name) return rt[i].addr;
    for (const csp_rt_symbol& s : kLibcSymbols)
      if (mangled == s.name) return s.addr;
    return nullptr;
  }

  char prefix_;  // the data layout's global symbol prefix ('\0' on ELF)
};

// The LLJIT's IR compile layer is never used: modules are compiled to objects before they are
// added. Installing this instead of the default compiler saves creating a TargetMachine.
class NoIRCompiler : public llvm::orc::IRCompileLayer::IRCompiler {
 public:
  NoIRCompiler() : IRCompiler(llvm::orc::IRSymbolMapper::ManglingOptions()) {}
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> operator()(llvm::Module&) override {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "csp adds objects, not IR modules, to the JIT");
  }
};

// Package-level variables live in the JIT'd object's writable sections, which JITLink
// allocates with mmap, where Boehm GC does not look: a global holding the only pointer to a
// GC object (a string built at run time) would be freed under it. This plugin registers
// every writable allocated section of each linked object as a GC root, once addresses are
// assigned and before any of its code runs. Roots are never removed: JIT'd code lives until
// the process exits. The GC must be initialised first (csp_rt_init).
class GCRootsPlugin : public llvm::orc::ObjectLinkingLayer::Plugin {
 public:
  void modifyPassConfig(llvm::orc::MaterializationResponsibility&, llvm::jitlink::LinkGraph&,
                        llvm::jitlink::PassConfiguration& config) override {
    config.PostAllocationPasses.push_back(addRoots);
  }
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility&) override {
    return llvm::Error::success();
  }
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey,
                                   llvm::orc::ResourceKey) override {}

 private:
  static bool isWritable(llvm::orc::MemProt p) {
    return (static_cast<unsigned>(p) & static_cast<unsigned>(llvm::orc::MemProt::Write)) != 0;
  }
  static llvm::Error addRoots(llvm::jitlink::LinkGraph& g) {
    for (llvm::jitlink::Section& sec : g.sections()) {
      if (sec.getMemLifetime() == llvm::orc::MemLifetime::NoAlloc ||
          !isWritable(sec.getMemProt()))
        continue;
      llvm::jitlink::SectionRange r(sec);
      if (!r.empty()) csp_gc_add_roots(r.getStart().toPtr<void*>(), r.getEnd().toPtr<void*>());
    }
    return llvm::Error::success();
  }
};

// A new LLJIT for objects compiled for `dl`, which finds the runtime's symbols.
llvm::Expected<std::unique_ptr<llvm::orc::LLJIT>> createJIT(
    llvm::orc::JITTargetMachineBuilder jtmb, const llvm::DataLayout& dl) {
  auto compiler = [](llvm::orc::JITTargetMachineBuilder)
      -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
    return std::make_unique<NoIRCompiler>();
  };
  auto jit = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(std::move(jtmb))
                 .setDataLayout(dl)
                 .setCompileFunctionCreator(compiler)
                 .setLinkProcessSymbolsByDefault(false)
                 .setPlatformSetUp(llvm::orc::setUpInactivePlatform)
                 .create();
  if (!jit) return jit.takeError();
  auto* linker = llvm::dyn_cast<llvm::orc::ObjectLinkingLayer>(&(*jit)->getObjLinkingLayer());
  if (!linker) bug("the JIT does not link with JITLink: JIT'd globals would not be GC roots");
  linker->addPlugin(std::make_unique<GCRootsPlugin>());
  (*jit)->getMainJITDylib().addGenerator(
      std::make_unique<RuntimeSymbolGenerator>(dl.getGlobalPrefix()));
  return std::move(*jit);
}

// Links `object` into `jit` and returns the address of `csp.main`.
llvm::Expected<void (*)()> linkObject(llvm::orc::LLJIT& jit,
                                      std::unique_ptr<llvm::MemoryBuffer> object) {
  if (auto err = jit.addObjectFile(std::move(object))) return err;
  auto sym = jit.lookup("csp.main");
  if (!sym) return sym.takeError();
  return sym->toPtr<void (*)()>();
}

// The cached object for `key` linked into a new JIT, or nullptr on a miss. An entry that
// fails to link is deleted, silently: the caller compiles the program again.
void (*loadCached(const ObjectCache& cache, const CacheKey& key,
                  const llvm::orc::JITTargetMachineBuilder& jtmb,
                  std::unique_ptr<llvm::orc::LLJIT>* keep))() {
  std::optional<ObjectCache::Entry> entry = cache.load(key);
  if (!entry) return nullptr;
  auto dl = llvm::DataLayout::parse(entry->dataLayout);
  if (!dl) {
    llvm::consumeError(dl.takeError());
    cache.remove(key);
    return nullptr;
  }
  auto jit = createJIT(jtmb, *dl);
  if (!jit) fatal(jit.takeError());
  // A broken object is reported through the session's error reporter as well as through
  // lookup's result: keep it quiet, it only means "compile again".
  (*jit)->getExecutionSession().setErrorReporter(
      [](llvm::Error e) { llvm::consumeError(std::move(e)); });
  auto entryFn = linkObject(**jit, std::move(entry->object));
  if (!entryFn) {
    llvm::consumeError(entryFn.takeError());
    cache.remove(key);
    return nullptr;  // the failed JIT is destroyed; the caller builds a fresh one
  }
  *keep = std::move(*jit);
  return *entryFn;
}

// What determines the path codegen embeds in panic positions: ModuleGen makes it absolute
// (std::filesystem::absolute, then lexically_normal), so a relative path means nothing
// without the working directory. Hashing the raw pair is as good a key and skips the
// filesystem library (~40 us of first-touch page faults on a cache hit).
std::string sourcePathForKey(const SourceFile& src) {
  const std::string& path = src.path();
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd) == nullptr) return "?/" + path;  // as good as any: still a key
  return std::string(cwd) + "//" + path;
}

std::optional<CacheKey> cacheKey(const ObjectCache& cache, const SourceFile& src, int optLevel,
                                 const llvm::orc::JITTargetMachineBuilder& jtmb) {
  if (!cache.enabled()) return std::nullopt;
  std::optional<std::string> id = compilerIdentity();
  if (!id) return std::nullopt;
  CacheKeyInputs in;
  in.optLevel = optLevel;
  in.triple = jtmb.getTargetTriple().str();
  in.cpu = jtmb.getCPU();
  in.features = jtmb.getFeatures().getString();
  in.sourcePath = sourcePathForKey(src);
  in.source = src.text();
  return computeCacheKey(*id, in);
}

// An optimised module and the TargetMachine it was optimised for.
struct OptimisedModule {
  std::unique_ptr<llvm::LLVMContext> ctx;
  std::unique_ptr<llvm::Module> mod;
  std::unique_ptr<llvm::TargetMachine> tm;
};

// codegen -> verify -> optimise. Returns nullopt if codegen reported errors.
std::optional<OptimisedModule> buildModule(CheckedFile& checked, TypeContext& types,
                                           const SourceFile& src, Diagnostics& diags,
                                           const RunOptions& opts,
                                           const llvm::orc::JITTargetMachineBuilder& host,
                                           PhaseTimer& timer) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  OptimisedModule m;
  m.ctx = std::make_unique<llvm::LLVMContext>();
  int level = opts.optLevel;
  {
    ModuleGen gen(*m.ctx, types, src, diags);
    m.mod = gen.generate(checked);
    if (!opts.emitLLVM && !gen.mayRunLong()) level = 0;
  }
  if (!m.mod || diags.hasErrors()) return std::nullopt;
  timer.mark("irgen");
  std::string msg;
  llvm::raw_string_ostream vos(msg);
  if (llvm::verifyModule(*m.mod, &vos)) bug("invalid LLVM IR generated:\n" + msg);

  llvm::orc::JITTargetMachineBuilder jtmb = host;
  jtmb.setCodeGenOptLevel(codeGenLevel(level));
  // What LLJIT itself picks for JITLink. The JIT default (large code model) makes every call
  // an indirect `movabs; call *reg` and costs a callee-saved register in recursive code
  // (fib); JITLink reaches the far-away runtime through stubs and GOT entries it builds.
  jtmb.setCodeModel(llvm::CodeModel::Small);
  jtmb.setRelocationModel(llvm::Reloc::PIC_);
  m.tm = orFatal(jtmb.createTargetMachine());
  if (level == 0) m.tm->setO0WantsFastISel(true);
  m.mod->setDataLayout(m.tm->createDataLayout());
  m.mod->setTargetTriple(m.tm->getTargetTriple().str());
  timer.mark("target");
  optimizeModule(*m.mod, *m.tm, level);
  timer.mark("optimize");
  return m;
}

}  // namespace

int compileAndRun(CheckedFile& checked, TypeContext& types, const SourceFile& src,
                  Diagnostics& diags, const RunOptions& opts, std::ostream& irOut) {
  PhaseTimer timer;
  auto host = orFatal(llvm::orc::JITTargetMachineBuilder::detectHost());
  timer.mark("detect");
  if (opts.emitLLVM) {
    std::optional<OptimisedModule> m = buildModule(checked, types, src, diags, opts, host, timer);
    if (!m) return 1;
    llvm::raw_os_ostream os(irOut);
    m->mod->print(os, nullptr);
    return 0;
  }

  std::vector<char*> argv;
  for (const std::string& a : opts.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  csp_rt_init(static_cast<int>(opts.args.size()), argv.data());  // before linking: GC roots
  timer.mark("rt-init");

  ObjectCache cache = ObjectCache::fromEnvironment();
  std::optional<CacheKey> key = cacheKey(cache, src, opts.optLevel, host);
  timer.mark("key");
  std::unique_ptr<llvm::orc::LLJIT> jit;
  void (*entry)() = key ? loadCached(cache, *key, host, &jit) : nullptr;
  timer.mark(entry ? "cache-hit" : "cache-miss");
  if (!entry) {
    std::optional<OptimisedModule> m = buildModule(checked, types, src, diags, opts, host, timer);
    if (!m) return 1;
    std::unique_ptr<llvm::MemoryBuffer> object =
        orFatal(llvm::orc::SimpleCompiler(*m->tm)(*m->mod));
    timer.mark("codegen");
    llvm::DataLayout dl = m->mod->getDataLayout();
    if (key) cache.store(*key, dl.getStringRepresentation(), object->getBuffer());
    timer.mark("store");
    jit = orFatal(createJIT(host, dl));
    entry = orFatal(linkObject(*jit, std::move(object)));
  }
  timer.mark("link");
  int code = csp_rt_run_main(entry);
  timer.mark("run");
  return code;
}

}  // namespace csp
