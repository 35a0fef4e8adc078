// jit/codegen_func.cpp: FuncGen basics: the function prologue (params and named results as
// entry-block allocas), the epilogue, blocks, variables and panic helpers.
//
// Invariants: allocas are only ever created in the entry block (entryAlloca), before its
// first non-alloca instruction, so mem2reg can promote them; variables are keyed by their
// Object (one slot per object: without closures, Go 1.22's per-iteration loop variables
// cannot be told apart from one reused slot).
#include "jit/codegen.h"

namespace csp {

FuncGen::FuncGen(ModuleGen& m, llvm::Function* fn, std::string goName)
    : m_(m), fn_(fn), goName_(std::move(goName)), b_(m.ctx()) {
  entry_ = llvm::BasicBlock::Create(m.ctx(), "entry", fn);
  b_.SetInsertPoint(entry_);
}

llvm::BasicBlock* FuncGen::newBlock(const char* name) {
  return llvm::BasicBlock::Create(m_.ctx(), name, fn_);
}

void FuncGen::setBlock(llvm::BasicBlock* bb) {
  br(bb);
  b_.SetInsertPoint(bb);
}

void FuncGen::br(llvm::BasicBlock* to) {
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateBr(to);
}

void FuncGen::startDeadBlock() { b_.SetInsertPoint(newBlock("dead")); }

llvm::AllocaInst* FuncGen::entryAlloca(llvm::Type* ty, const std::string& name) {
  llvm::IRBuilder<> ab(entry_, entry_->getFirstNonPHIOrDbgOrAlloca());
  return ab.CreateAlloca(ty, nullptr, name);
}

llvm::Value* FuncGen::varAddr(Object* var) {
  if (var->isGlobal) return m_.global(var);
  auto it = locals_.find(var);
  if (it != locals_.end()) return it->second;
  llvm::AllocaInst* a = entryAlloca(m_.llvmType(var->type), var->name);
  locals_[var] = a;
  return a;
}

llvm::Value* FuncGen::addrOf(Expr* lhs) {
  lhs = unparen(lhs);
  if (auto* id = lhs->as<Ident>()) return id->obj ? varAddr(id->obj) : nullptr;
  m_.notImplemented(lhs->pos, "assignment to this kind of expression");
  return nullptr;
}

void FuncGen::callNoReturn(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args) {
  llvm::CallInst* call = b_.CreateCall(f, args);
  call->setDoesNotReturn();
}

llvm::Value* FuncGen::toInt64(llvm::Value* v, const Type* t) {
  llvm::Type* i64 = b_.getInt64Ty();
  if (v->getType() == i64) return v;
  return t->isUnsigned() ? b_.CreateZExt(v, i64) : b_.CreateSExt(v, i64);
}

// func name(params) results { body }
void FuncGen::genFuncBody(FuncDecl* decl) {
  Object* obj = decl->name ? decl->name->obj : nullptr;
  sig_ = obj && obj->type ? obj->type->as<Signature>() : nullptr;
  unsigned argNo = 0;
  for (Field* f : decl->sig->params) {
    if (f->names.empty()) {
      argNo++;
      continue;
    }
    for (Ident* name : f->names) {
      llvm::Argument* arg = fn_->getArg(argNo++);
      if (!name->obj) continue;
      arg->setName(name->name);
      b_.CreateStore(arg, varAddr(name->obj));
    }
  }
  for (Field* f : decl->sig->results) {
    for (Ident* name : f->names) {
      const Type* t = name->obj ? name->obj->type : f->type->type;
      llvm::Value* slot = name->obj ? varAddr(name->obj) : entryAlloca(m_.llvmType(t), "_");
      b_.CreateStore(m_.zero(t), slot);
      resultSlots_.push_back(slot);
    }
  }
  genStmts(decl->body->list);
  if (!b_.GetInsertBlock()->getTerminator()) {
    if (fn_->getReturnType()->isVoidTy())
      b_.CreateRetVoid();
    else
      b_.CreateUnreachable();  // sema reported "missing return"
  }
}

// Package-level `lhs = rhs` in Go's initialization order.
void FuncGen::genPackageInits(const std::vector<PackageInit>& inits) {
  for (const PackageInit& init : inits) {
    std::vector<const Type*> types;
    std::vector<llvm::Value*> vals;
    if (init.rhs.size() == init.lhs.size()) {  // one root per value, as for local vars
      for (Expr* v : init.rhs) {
        hoistCalls(v);
        vals.push_back(genExpr(v));
        types.push_back(v->type);
      }
    } else {
      hoistCalls(init.rhs);
      vals = genValues(init.rhs, &types);
    }
    for (size_t i = 0; i < init.lhs.size() && i < vals.size(); i++) {
      Object* var = init.lhs[i];
      if (!var) continue;
      store(m_.global(var), convertForAssign(vals[i], types[i], var->type));
    }
  }
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateRetVoid();
}

}  // namespace csp
