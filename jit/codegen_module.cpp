// jit/codegen_module.cpp: ModuleGen: one LLVM module per program.
//
// Contents of the module:
//   - one internal function per csp function that can run: functions are declared on first
//     reference (a call, a function value, an init or main) and their bodies generated from
//     a queue, so unused functions cost nothing;
//   - one internal global per package-level variable ("main.x"), zero-initialised;
//   - "main.init": runs CheckedFile::inits (Go's initialization order);
//   - "csp.main(ptr g)" (the only external symbol): main.init, then init.0.., then main.main.
//     The JIT driver passes it to csp_rt_run_main(), which runs it as goroutine 1.
// Constant data (strings, C strings) are private, deduplicated globals; type descriptors are
// linkonce_odr (codegen_types.cpp).
#include <functional>

#include "jit/codegen.h"

namespace csp {

ModuleGen::ModuleGen(llvm::LLVMContext& ctx, TypeContext& types, const SourceFile& src,
                     std::string absPath, Diagnostics& diags)
    : ctx_(ctx), types_(types), src_(src), diags_(diags), absPath_(std::move(absPath)) {}

ModuleGen::~ModuleGen() = default;

void ModuleGen::checkVarSize(const Object* var) {
  constexpr uint64_t kMaxWidth = uint64_t{1} << 50;  // gc's MaxWidth on 64-bit targets
  if (!var->type || layout_->size(var->type) < kMaxWidth || !sizeReported_.insert(var).second) return;
  diags_.error(var->pos, "type " + var->type->str() + " larger than address space");
}

void ModuleGen::notImplemented(Pos pos, const std::string& what) {
  diags_.error(pos, what + " not implemented yet");
}

std::unique_ptr<llvm::Module> ModuleGen::generate(CheckedFile& checked) {
  mod_ = std::make_unique<llvm::Module>("main", ctx_);
  rt_ = std::make_unique<RuntimeABI>(*mod_);
  layout_ = std::make_unique<Layout>(ctx_, *rt_);
  dib_ = std::make_unique<llvm::DIBuilder>(*mod_);
  size_t slash = absPath_.rfind('/');
  difile_ = dib_->createFile(slash == std::string::npos ? absPath_ : absPath_.substr(slash + 1),
                             slash == std::string::npos ? "." : absPath_.substr(0, slash));
  cu_ = dib_->createCompileUnit(llvm::dwarf::DW_LANG_Go, difile_, "csp", true, "", 0, "",
                                llvm::DICompileUnit::FullDebug);
  mod_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  mod_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  size_t errorsBefore = diags_.count();
  std::vector<CheckedFile*> pkgs = checked.deps;
  pkgs.push_back(&checked);
  for (CheckedFile* pkg : pkgs) {
    llvm::DIFile* file = pkg == &checked ? difile_ : dib_->createFile(pkg->debugFile, "/csp");
    for (FuncDecl* fd : pkg->funcs) fileOf_[fd] = file;
    for (Object* g : pkg->globals) global(g);
  }
  std::vector<llvm::Function*> inits;
  for (CheckedFile* pkg : pkgs) inits.push_back(genPackageInit(*pkg));
  genEntry(pkgs, inits);
  genReachable();
  dib_->finalize();
  if (diags_.count() != errorsBefore) return nullptr;
  return std::move(mod_);
}

std::string ModuleGen::funcName(FuncDecl* decl) {
  Object* obj = decl->name ? decl->name->obj : nullptr;
  if (obj && !obj->linkName.empty()) return obj->linkName;
  return "main." + (decl->name ? decl->name->name : std::string("func"));
}

llvm::Function* ModuleGen::newFunction(const FuncABI& abi, const std::string& llvmName,
                                       const std::string& goName, int line, llvm::DIFile* file) {
  auto* f = llvm::Function::Create(abi.type, llvm::GlobalValue::InternalLinkage, llvmName, *mod_);
  f->getArg(0)->setName("g");
  f->getArg(1)->setName("env");
  // Tracebacks walk JIT'd frames with the unwinder: every function needs unwind tables.
  f->setUWTableKind(llvm::UWTableKind::Async);
  // The stack check at entry (goroutine stacks are bounded: runtime/sched/stack.h) and frame
  // pointers (goroutine dumps walk parked stacks through them: runtime/sched/sched.cpp).
  f->addFnAttr("split-stack");
  f->addFnAttr("frame-pointer", "all");
  subprogram(f, goName, line, file);
  return f;
}

llvm::Function* ModuleGen::function(FuncDecl* decl) {
  auto it = funcs_.find(decl);
  if (it != funcs_.end()) return it->second;
  if (!decl->body && decl->name && decl->name->obj && decl->name->obj->pkg != "main") {
    llvm::Function* thunk = bridgeThunk(decl);  // a C++ function, called the csp way
    funcs_[decl] = thunk;
    return thunk;
  }
  Object* obj = decl->name ? decl->name->obj : nullptr;
  const Signature* sig = obj && obj->type ? obj->type->as<Signature>() : nullptr;
  static const Signature kNone;
  std::string name = funcName(decl);
  auto fit = fileOf_.find(decl);
  llvm::Function* f = newFunction(abi(sig ? sig : &kNone), name, name, decl->pos.line,
                                  fit != fileOf_.end() ? fit->second : nullptr);
  // Keep main.main visible in --emit-llvm output and traces; one call costs nothing.
  if (name == "main.main") f->addFnAttr(llvm::Attribute::NoInline);
  funcs_[decl] = f;
  queue_.push_back(decl);
  return f;
}

// Generates the bodies of every function declared so far, and of those they declare in turn.
void ModuleGen::genQueued() {
  static const Signature kNone;
  while (!queue_.empty() || !litQueue_.empty()) {
    if (!litQueue_.empty()) {
      FuncLit* lit = litQueue_.back();
      litQueue_.pop_back();
      llvm::Function* f = lits_[lit];
      if (lit->isAsync && lit->bodySig) {
        genAsync(f, nullptr, lit);
        continue;
      }
      const Signature* sig = lit->type ? lit->type->as<Signature>() : nullptr;
      FuncGen fg(*this, f, abi(sig ? sig : &kNone), lit->goName, lit->pos.line);
      fg.genFuncLitBody(lit);
      continue;
    }
    FuncDecl* d = queue_.back();
    queue_.pop_back();
    if (!d->body) continue;
    llvm::Function* f = funcs_[d];
    if (d->isAsync && d->bodySig) {
      genAsync(f, d, nullptr);
      continue;
    }
    Object* obj = d->name ? d->name->obj : nullptr;
    const Signature* sig = obj && obj->type ? obj->type->as<Signature>() : nullptr;
    FuncGen fg(*this, f, abi(sig ? sig : &kNone), f->getName().str(), d->pos.line);
    fg.genFuncBody(d);
  }
}

llvm::GlobalVariable* ModuleGen::global(Object* var) {
  auto it = globals_.find(var);
  if (it != globals_.end()) return it->second;
  checkVarSize(var);
  llvm::Type* ty = llvmType(var->type);
  auto* g = new llvm::GlobalVariable(*mod_, ty, false, llvm::GlobalValue::InternalLinkage,
                                     llvm::Constant::getNullValue(ty), var->pkg + "." + var->name);
  g->setAlignment(llvm::Align(layout_->align(var->type)));
  globals_[var] = g;
  return g;
}

// "<path>.init": a package's variable initializations, in Go's order.
llvm::Function* ModuleGen::genPackageInit(CheckedFile& pkg) {
  static const Signature kNone;
  std::string name = pkg.path + ".init";
  llvm::DIFile* file = pkg.debugFile.empty() ? difile_ : dib_->createFile(pkg.debugFile, "/csp");
  llvm::Function* f = newFunction(abi(&kNone), name, name, 1, file);
  FuncGen fg(*this, f, abi(&kNone), name, 1);
  fg.genPackageInits(pkg.inits);
  return f;
}

// csp.main(g): what the runtime runs as goroutine 1: each package's initialization (its
// variables, then its init functions), dependencies first, then main.main.
void ModuleGen::genEntry(const std::vector<CheckedFile*>& pkgs, const std::vector<llvm::Function*>& inits) {
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx_);
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {ptr}, false);
  auto* f = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, "csp.main", *mod_);
  f->setUWTableKind(llvm::UWTableKind::Async);
  f->addFnAttr("split-stack");
  f->addFnAttr("frame-pointer", "all");
  llvm::DISubprogram* sp = subprogram(f, "csp.main", 1, nullptr);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", f));
  b.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, 0, 0, sp));
  llvm::Value* g = f->getArg(0);
  llvm::Value* null = llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_));
  for (size_t i = 0; i < pkgs.size(); i++) {
    b.CreateCall(inits[i], {g, null});
    for (FuncDecl* d : pkgs[i]->initFuncs) b.CreateCall(function(d), {g, null});
  }
  CheckedFile* main = pkgs.back();
  if (main->mainFunc && main->mainFunc->decl)
    b.CreateCall(function(main->mainFunc->decl), {g, null});
  else
    bug("codegen: no main.main (sema reports a missing main)");
  b.CreateRetVoid();
}

bool ModuleGen::mayRunLong() const {
  if (hasLoops_) return true;
  // Recursion: a cycle in the call graph (depth-first search, colouring nodes).
  std::unordered_map<llvm::Function*, int> state;  // 0 new, 1 on the stack, 2 done
  std::function<bool(llvm::Function*)> cyclic = [&](llvm::Function* f) {
    int& st = state[f];
    if (st) return st == 1;
    st = 1;
    auto it = calls_.find(f);
    if (it != calls_.end())
      for (llvm::Function* g : it->second)
        if (cyclic(g)) return true;
    state[f] = 2;
    return false;
  };
  for (const auto& [f, callees] : calls_)
    if (cyclic(f)) return true;
  return false;
}

llvm::Constant* ModuleGen::stringConst(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  llvm::Constant* ptr;
  if (s.empty()) {
    ptr = llvm::ConstantPointerNull::get(llvm::PointerType::getUnqual(ctx_));
  } else {
    auto* data = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/false);
    auto* g = new llvm::GlobalVariable(*mod_, data->getType(), true,
                                       llvm::GlobalValue::PrivateLinkage, data, "str");
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    g->setAlignment(llvm::Align(1));
    ptr = g;
  }
  llvm::Constant* c = llvm::ConstantStruct::get(rt_->stringTy(),
                                                {ptr, llvm::ConstantInt::get(i64, s.size())});
  strings_[s] = c;
  return c;
}

llvm::Constant* ModuleGen::cString(const std::string& s) {
  auto it = cstrings_.find(s);
  if (it != cstrings_.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/true);
  auto* g = new llvm::GlobalVariable(*mod_, data->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, data, "cstr");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  g->setAlignment(llvm::Align(1));
  cstrings_[s] = g;
  return g;
}

}  // namespace csp
