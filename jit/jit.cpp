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
// csp_rt_init, which the caller has already run: jit.h), so they are not part of the key.
// Failures of LLVM APIs are internal: they are "BUG:" fatal errors, never diagnostics;
// failures of a cached object are a cache miss.
#include "jit/jit.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include <unistd.h>

#include <llvm/ExecutionEngine/JITLink/JITLink.h>
#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_os_ostream.h>

#include "frontend/phase_trace.h"
#include "jit/codegen.h"
#include "jit/object_cache.h"
#include "jit/optimize.h"
#include "jit/symbolize.h"
#include "runtime/csp_rt.h"

namespace csp {

namespace {

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
// assigned and before any of its code runs, and unregisters them before that memory is
// freed: when the link fails (notifyFailed) or the code is removed (notifyRemovingResources;
// destroying an LLJIT removes everything, e.g. a cached object discarded after linking, or
// the JITs of unit tests). The ranges are tracked per MaterializationResponsibility while
// linking, then per ResourceKey once emitted. The GC must be initialised first (csp_rt_init).
class GCRootsPlugin : public llvm::orc::ObjectLinkingLayer::Plugin {
 public:
  ~GCRootsPlugin() override {
    // Anything still registered (nothing, if the session ended normally) goes now: the
    // layer frees its memory after its plugins.
    for (auto& [mr, ranges] : linking_) removeAll(ranges);
    for (auto& [key, ranges] : emitted_) removeAll(ranges);
  }

  void modifyPassConfig(llvm::orc::MaterializationResponsibility& mr, llvm::jitlink::LinkGraph&,
                        llvm::jitlink::PassConfiguration& config) override {
    config.PostAllocationPasses.push_back(
        [this, &mr](llvm::jitlink::LinkGraph& g) { return addRoots(mr, g); });
  }
  llvm::Error notifyEmitted(llvm::orc::MaterializationResponsibility& mr) override {
    std::vector<Range> ranges = take(linking_, &mr);
    if (ranges.empty()) return llvm::Error::success();
    return mr.withResourceKeyDo([&](llvm::orc::ResourceKey key) {
      std::lock_guard<std::mutex> lock(mu_);
      auto& dst = emitted_[key];
      dst.insert(dst.end(), ranges.begin(), ranges.end());
    });
  }
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility& mr) override {
    removeAll(take(linking_, &mr));
    return llvm::Error::success();
  }
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey key) override {
    removeAll(take(emitted_, key));
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey dstKey,
                                   llvm::orc::ResourceKey srcKey) override {
    std::vector<Range> ranges = take(emitted_, srcKey);
    std::lock_guard<std::mutex> lock(mu_);
    auto& dst = emitted_[dstKey];
    dst.insert(dst.end(), ranges.begin(), ranges.end());
  }

 private:
  using Range = std::pair<void*, void*>;

  static bool isWritable(llvm::orc::MemProt p) {
    return (static_cast<unsigned>(p) & static_cast<unsigned>(llvm::orc::MemProt::Write)) != 0;
  }
  static void removeAll(const std::vector<Range>& ranges) {
    for (const Range& r : ranges) csp_gc_remove_roots(r.first, r.second);
  }
  template <class Map, class Key>
  std::vector<Range> take(Map& map, const Key& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map.find(key);
    if (it == map.end()) return {};
    std::vector<Range> ranges = std::move(it->second);
    map.erase(it);
    return ranges;
  }

  llvm::Error addRoots(llvm::orc::MaterializationResponsibility& mr, llvm::jitlink::LinkGraph& g) {
    for (llvm::jitlink::Section& sec : g.sections()) {
      if (sec.getMemLifetime() == llvm::orc::MemLifetime::NoAlloc ||
          !isWritable(sec.getMemProt()))
        continue;
      llvm::jitlink::SectionRange r(sec);
      if (r.empty()) continue;
      Range range{r.getStart().toPtr<void*>(), r.getEnd().toPtr<void*>()};
      {
        std::lock_guard<std::mutex> lock(mu_);
        linking_[&mr].push_back(range);  // recorded first: a failure later removes it
      }
      csp_gc_add_roots(range.first, range.second);
    }
    return llvm::Error::success();
  }

  std::mutex mu_;  // guards both maps (ORC may link on several threads)
  std::map<llvm::orc::MaterializationResponsibility*, std::vector<Range>> linking_;
  std::map<llvm::orc::ResourceKey, std::vector<Range>> emitted_;
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
  linker->addPlugin(symbolsPlugin());
  (*jit)->getMainJITDylib().addGenerator(
      std::make_unique<RuntimeSymbolGenerator>(dl.getGlobalPrefix()));
  return std::move(*jit);
}

using EntryFn = void (*)(csp_g*);

// Links `object` into `jit` and returns the address of `csp.main`. The object's bytes are kept
// (JitSymbols) for naming frames in panic tracebacks; the link reads that copy.
llvm::Expected<EntryFn> linkObject(llvm::orc::LLJIT& jit, std::unique_ptr<llvm::MemoryBuffer> object) {
  static int count = 0;
  std::string id = "csp.object." + std::to_string(++count);
  llvm::StringRef kept = JitSymbols::get().addObject(id, object->getBuffer());
  if (auto err = jit.addObjectFile(llvm::MemoryBuffer::getMemBuffer(kept, id, false))) return err;
  auto sym = jit.lookup("csp.main");
  if (!sym) return sym.takeError();
  return sym->toPtr<EntryFn>();
}

// The cached object for `key` linked into a new JIT, or nullptr on a miss. An entry that
// fails to link is deleted, silently: the caller compiles the program again.
EntryFn loadCached(const ObjectCache& cache, const CacheKey& key,
                  const llvm::orc::JITTargetMachineBuilder& jtmb,
                  std::unique_ptr<llvm::orc::LLJIT>* keep) {
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

// `path` with "." and ".." components and repeated slashes removed, lexically (as
// std::filesystem's lexically_normal for an absolute path; that library is not used: its
// first touch costs ~40 us of page faults on a cache hit).
std::string lexicallyNormal(const std::string& path) {
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string part = path.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();  // "/.." is "/"
    } else if (!part.empty() && part != ".") {
      parts.push_back(std::move(part));
    }
    i = j + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

// The source file's absolute, normalised path: what codegen embeds in panic positions and
// what the cache key hashes (the same string, computed once). If the working directory is
// unknown, the path as given.
std::string absoluteSourcePath(const SourceFile& src) {
  const std::string& path = src.path();
  if (!path.empty() && path[0] == '/') return lexicallyNormal(path);
  char* cwd = getcwd(nullptr, 0);  // glibc: allocated, any length
  if (cwd == nullptr) return path;
  std::string abs = std::string(cwd) + "/" + path;
  std::free(cwd);
  return lexicallyNormal(abs);
}

std::optional<CacheKey> cacheKey(const ObjectCache& cache, const SourceFile& src,
                                 const std::string& absPath, int optLevel,
                                 const llvm::orc::JITTargetMachineBuilder& jtmb) {
  if (!cache.enabled()) return std::nullopt;
  std::optional<std::string> id = compilerIdentity();
  if (!id) return std::nullopt;
  CacheKeyInputs in;
  in.optLevel = optLevel;
  in.triple = jtmb.getTargetTriple().str();
  in.cpu = jtmb.getCPU();
  in.features = jtmb.getFeatures().getString();
  in.sourcePath = absPath;
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
                                           const SourceFile& src, const std::string& absPath,
                                           Diagnostics& diags,
                                           const RunOptions& opts,
                                           const llvm::orc::JITTargetMachineBuilder& host,
                                           PhaseTrace& timer) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  OptimisedModule m;
  m.ctx = std::make_unique<llvm::LLVMContext>();
  int level = opts.optLevel;
  {
    ModuleGen gen(*m.ctx, types, src, absPath, diags);
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

std::optional<int> runCached(const SourceFile& src, const RunOptions& opts) {
  if (opts.emitLLVM) return std::nullopt;
  ObjectCache cache = ObjectCache::fromEnvironment();
  if (!cache.enabled()) return std::nullopt;
  PhaseTrace& timer = PhaseTrace::get();
  auto host = orFatal(llvm::orc::JITTargetMachineBuilder::detectHost());
  std::optional<CacheKey> key = cacheKey(cache, src, absoluteSourcePath(src), opts.optLevel, host);
  if (!key) return std::nullopt;
  std::unique_ptr<llvm::orc::LLJIT> jit;
  EntryFn entry = loadCached(cache, *key, host, &jit);
  timer.mark(entry ? "early-hit" : "early-miss");
  if (!entry) return std::nullopt;
  int code = csp_rt_run_main(entry);
  timer.mark("run");
  return code;
}

int compileAndRun(CheckedFile& checked, TypeContext& types, const SourceFile& src,
                  Diagnostics& diags, const RunOptions& opts, std::ostream& irOut) {
  PhaseTrace& timer = PhaseTrace::get();
  auto host = orFatal(llvm::orc::JITTargetMachineBuilder::detectHost());
  timer.mark("detect");
  std::string absPath = absoluteSourcePath(src);
  if (opts.emitLLVM) {
    std::optional<OptimisedModule> m = buildModule(checked, types, src, absPath, diags, opts, host, timer);
    if (!m) return 1;
    llvm::raw_os_ostream os(irOut);
    m->mod->print(os, nullptr);
    return 0;
  }

  ObjectCache cache = ObjectCache::fromEnvironment();
  std::optional<CacheKey> key = cacheKey(cache, src, absPath, opts.optLevel, host);
  timer.mark("key");
  std::unique_ptr<llvm::orc::LLJIT> jit;
  // The driver tried the cache before parsing (runCached); look again only if it did not.
  EntryFn entry = key && !opts.cacheTried ? loadCached(cache, *key, host, &jit) : nullptr;
  timer.mark(entry ? "cache-hit" : "cache-miss");
  if (!entry) {
    std::optional<OptimisedModule> m = buildModule(checked, types, src, absPath, diags, opts, host, timer);
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
