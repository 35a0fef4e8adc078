// jit/codegen_module.cpp: ModuleGen: one LLVM module per csp file.
//
// Contents of the module, in order of generation:
//   - one internal function per FuncDecl ("main.fib"; init funcs "main.init.0", ...);
//   - one internal global per package-level variable ("main.x"), zero-initialised;
//   - "main.init": runs CheckedFile::inits (Go's initialization order);
//   - "csp.main" (the only external symbol): main.init, then init.0.., then main.main.
//     The JIT driver passes it to csp_rt_run_main(), which runs it as goroutine 1.
// Constant data (strings, C strings, csp_pos, type descriptors) are private, deduplicated
// globals.
#include <functional>

#include "jit/codegen.h"

namespace csp {

ModuleGen::ModuleGen(llvm::LLVMContext& ctx, TypeContext& types, const SourceFile& src,
                     std::string absPath, Diagnostics& diags)
    : ctx_(ctx), types_(types), src_(src), diags_(diags), absPath_(std::move(absPath)) {}

void ModuleGen::notImplemented(Pos pos, const std::string& what) {
  diags_.error(pos, what + " not implemented yet");
}

std::unique_ptr<llvm::Module> ModuleGen::generate(CheckedFile& checked) {
  mod_ = std::make_unique<llvm::Module>("main", ctx_);
  rt_ = std::make_unique<RuntimeABI>(*mod_);
  size_t errorsBefore = diags_.count();
  declareAll(checked);
  genFunctions(checked);
  llvm::Function* pkgInit = genPackageInit(checked);
  genEntry(checked, pkgInit);
  if (diags_.count() != errorsBefore) return nullptr;
  return std::move(mod_);
}

std::string ModuleGen::funcName(FuncDecl* decl) {
  for (size_t i = 0; i < initFuncs_.size(); i++)
    if (initFuncs_[i] == decl) return "main.init." + std::to_string(i);
  Object* obj = decl->name ? decl->name->obj : nullptr;
  if (obj && !obj->linkName.empty()) return obj->linkName;
  return "main." + (decl->name ? decl->name->name : std::string("func"));
}

void ModuleGen::declareAll(CheckedFile& checked) {
  initFuncs_ = checked.initFuncs;
  for (FuncDecl* d : checked.funcs) function(d);
  for (Object* g : checked.globals) global(g);
}

llvm::Function* ModuleGen::function(FuncDecl* decl) {
  auto it = funcs_.find(decl);
  if (it != funcs_.end()) return it->second;
  Object* obj = decl->name ? decl->name->obj : nullptr;
  const Signature* sig = obj && obj->type ? obj->type->as<Signature>() : nullptr;
  auto* f = llvm::Function::Create(funcType(sig), llvm::GlobalValue::InternalLinkage,
                                   funcName(decl), *mod_);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  // Keep main.main visible in --emit-llvm output and traces; one call costs nothing.
  if (f->getName() == "main.main") f->addFnAttr(llvm::Attribute::NoInline);
  funcs_[decl] = f;
  return f;
}

llvm::GlobalVariable* ModuleGen::global(Object* var) {
  auto it = globals_.find(var);
  if (it != globals_.end()) return it->second;
  llvm::Type* ty = llvmType(var->type);
  auto* g = new llvm::GlobalVariable(*mod_, ty, false, llvm::GlobalValue::InternalLinkage,
                                     llvm::Constant::getNullValue(ty), "main." + var->name);
  globals_[var] = g;
  return g;
}

void ModuleGen::genFunctions(CheckedFile& checked) {
  for (FuncDecl* d : checked.funcs) {
    if (d->recv) {
      notImplemented(d->pos, "methods");
      continue;
    }
    if (!d->body) continue;
    llvm::Function* f = function(d);
    FuncGen fg(*this, f, f->getName().str());
    fg.genFuncBody(d);
  }
}

llvm::Function* ModuleGen::genPackageInit(CheckedFile& checked) {
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), false);
  auto* f = llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, "main.init", *mod_);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  FuncGen fg(*this, f, "main.init");
  fg.genPackageInits(checked.inits);
  return f;
}

void ModuleGen::genEntry(CheckedFile& checked, llvm::Function* pkgInit) {
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), false);
  auto* f = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, "csp.main", *mod_);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", f));
  b.CreateCall(pkgInit);
  for (FuncDecl* d : checked.initFuncs) b.CreateCall(function(d));
  if (checked.mainFunc && checked.mainFunc->decl)
    b.CreateCall(function(checked.mainFunc->decl));
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

llvm::Constant* ModuleGen::posConst(const std::string& func, Pos pos) {
  auto key = std::make_tuple(func, pos.line, pos.col);
  auto it = positions_.find(key);
  if (it != positions_.end()) return it->second;
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  auto* init = llvm::ConstantStruct::get(
      rt_->posTy(), {cString(func), cString(absPath_), llvm::ConstantInt::get(i32, pos.line),
                     llvm::ConstantInt::get(i32, pos.col)});
  auto* g = new llvm::GlobalVariable(*mod_, rt_->posTy(), true, llvm::GlobalValue::PrivateLinkage,
                                     init, "pos");
  positions_[key] = g;
  return g;
}

}  // namespace csp
