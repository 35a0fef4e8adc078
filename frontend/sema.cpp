// frontend/sema.cpp: the sema driver: checkFile's passes, package-level objects, their lazy
// resolution (go/types' objDecl), Go's package initialization order and unused imports.
//
// Scopes: universe <- package scope (consts, vars, funcs) <- file scope (imports) <- function
// scopes. Package-level consts and vars are resolved on demand, so that `var a = b; var b = 1`
// works; a grey (in-progress) object met again is a cycle, reported by computeInitOrder as Go
// does ("initialization cycle").
#include <algorithm>
#include <functional>

#include "frontend/sema_checker.h"

namespace csp {

bool checkFile(File& file, TypeContext& types, Diagnostics& diags, CheckedFile* out, PackageLoader* loader) {
  CheckedFile local;
  if (!out) out = &local;
  std::unique_ptr<PackageLoader> own;
  if (!loader) {
    own = std::make_unique<PackageLoader>(types);
    loader = own.get();
  }
  size_t before = diags.count();
  sema::Checker checker(file, types, diags, out, loader, "main");
  checker.run();
  out->deps = loader->initOrder();
  if (own) own.release();  // the objects of loaded packages are referenced from the AST: keep them
  return diags.count() == before;
}

bool checkPackage(File& file, const std::string& path, TypeContext& types, Diagnostics& diags,
                  CheckedFile* out, PackageLoader* loader) {
  size_t before = diags.count();
  sema::Checker checker(file, types, diags, out, loader, path);
  checker.run();
  return diags.count() == before;
}

namespace sema {

Checker::Checker(File& file, TypeContext& types, Diagnostics& diags, CheckedFile* out, PackageLoader* loader,
                 std::string pkgPath)
    : file_(file), types_(types), diags_(diags), out_(out), loader_(loader), pkgPath_(std::move(pkgPath)) {}

void Checker::error(Pos pos, const std::string& msg) { diags_.error(errPos_.valid() ? errPos_ : pos, msg); }

bool Checker::run() {
  size_t before = diags_.count();
  out_->file = &file_;
  out_->path = pkgPath_;
  pkgScope_ = types_.newScope(types_.universe());
  out_->scope = pkgScope_;
  fileScope_ = types_.newScope(pkgScope_);
  scope_ = fileScope_;
  collectObjects();
  for (auto& d : file_.decls)  // type declarations first: everything else may use them
    if (d.gen && d.gen->tok == Tok::Type)
      for (Spec* s : d.gen->specs)
        if (auto* ts = dynamic_cast<TypeSpec*>(s); ts && ts->name && ts->name->obj) typeDecl(ts->name->obj);
  validTypes();
  for (FuncDecl* fd : methodDecls_) methodDecl(fd);
  for (auto& d : file_.decls)
    if (d.func) funcSignature(d.func);
  for (auto& d : pkgDeclStore_) objDecl(d->obj);
  for (auto& d : file_.decls)
    if (d.func && d.func->body && d.func->name) checkFuncBody(d.func);
  computeInitOrder();
  reportUnusedImports();
  finishUntyped();
  return diags_.count() == before;
}

// ---------------------------------------------------------------------------------------------
// Collection of package-level objects.

void Checker::declarePkg(Object* obj, Ident* id) {
  if (id) {
    id->obj = obj;
    id->isDecl = true;
  }
  if (obj->name == "_") return;
  if (pkgScope_->insert(obj) || fileScope_->lookupLocal(obj->name)) {
    error(obj->pos, obj->name + " redeclared in this block");
  }
}

void Checker::collectObjects() {
  std::string want = pkgPath_.substr(pkgPath_.rfind('/') + 1);
  if (file_.package && file_.package->name != want) {
    if (isMain()) error(file_.package->pos, "package " + file_.package->name + " is not a main package");
    else bug("stdlib/" + pkgPath_ + ": package clause says " + file_.package->name);
  }
  for (GenDecl* g : file_.imports)
    if (g)
      for (Spec* s : g->specs)
        if (auto* is = dynamic_cast<ImportSpec*>(s)) collectImport(is);
  for (auto& d : file_.decls) {
    if (d.gen) collectGenDecl(d.gen);
    if (d.func) collectFunc(d.func);
  }
  for (const char* name : {"main", "init"}) {
    if (!isMain() && std::string(name) == "main") continue;
    Object* o = pkgScope_->lookupLocal(name);
    if (o && o->kind != ObjKind::Func) error(o->pos, std::string("cannot declare ") + name + " - must be func");
  }
  if (!isMain()) return;
  Object* m = pkgScope_->lookupLocal("main");
  if (!m) error(Pos{1, 1}, "function main is undeclared in the main package");
  else if (m->kind == ObjKind::Func) out_->mainFunc = m;
}

void Checker::collectImport(ImportSpec* spec) {
  if (!spec->path) return;
  const std::string& path = spec->path->text;
  if (isMain() && (path.rfind("internal/", 0) == 0 || path.find("/internal/") != std::string::npos)) {
    error(spec->path->pos, "use of internal package " + path + " not allowed");
    return;
  }
  Object* pkg = stdPackage(path);
  if (!pkg) {
    error(spec->path->pos, "package " + path + " is not in std");
    return;
  }
  std::string name = pkg->name;
  if (spec->name) {
    name = spec->name->name;
    if (name == ".") {
      notImplemented(spec->name->pos, "dot imports");
      return;
    }
    if (name == "_") return;  // imported for side effects only: nothing to declare
  }
  // Each import is its own PkgName object (tracking its own use).
  Object* obj = types_.newObject(ObjKind::Package, name, spec->name ? spec->name->pos : spec->path->pos);
  obj->pkg = pkg->pkg;
  obj->members = pkg->members;
  obj->importName = spec->name;
  obj->decl = nullptr;
  obj->linkName = path;
  spec->pkg = obj;
  if (spec->name) spec->name->obj = obj;
  if (fileScope_->insert(obj)) {
    error(spec->name ? spec->name->pos : spec->path->pos, name + " redeclared in this block");
    return;
  }
  imports_.push_back(obj);
}

// Go's arity check for const and var specs.
static bool arityOk(Checker& c, ValueSpec* s, size_t nvals, bool isConst, bool inherited) {
  size_t l = s->names.size(), r = nvals;
  if (l < r) {
    if (!inherited) c.error(s->values[l]->pos, "extra init expr");
    else c.error(s->pos, "extra init expr");
    return false;
  }
  if (l > r && (isConst || r != 1)) {
    if (isConst || r > 0) {
      c.error(s->names[r]->pos, "missing init expr for " + s->names[r]->name);
      return false;
    }
  }
  return true;
}

void Checker::collectGenDecl(GenDecl* d) {
  if (d->tok == Tok::Type) {
    for (Spec* s : d->specs)
      if (auto* ts = dynamic_cast<TypeSpec*>(s)) {
        if (!ts->name) continue;
        Object* o = types_.newObject(ObjKind::TypeName, ts->name->name, ts->name->pos);
        o->pkg = pkgPath_;
        typeDecls_[o] = {ts, 0};
        declarePkg(o, ts->name);
      }
    return;
  }
  if (d->tok == Tok::Import) {
    for (Spec* s : d->specs)
      if (auto* is = dynamic_cast<ImportSpec*>(s)) error(is->pos, "imports must appear before other declarations");
    return;
  }
  bool isConst = d->tok == Tok::Const;
  ValueSpec* last = nullptr;  // const: the last spec with values (implicit repetition)
  for (Spec* sp : d->specs) {
    auto* s = dynamic_cast<ValueSpec*>(sp);
    if (!s) continue;
    if (isConst) {
      bool inherited = false;
      ValueSpec* src = s;
      if (!s->type && s->values.empty() && last) {
        src = last;
        inherited = true;
      }
      if (!s->values.empty() || s->type) last = s;
      arityOk(*this, s, src->values.size(), true, inherited);
      for (size_t i = 0; i < s->names.size(); i++) {
        Ident* id = s->names[i];
        Object* o = types_.newObject(ObjKind::Const, id->name, id->pos);
        o->pkg = pkgPath_;
        auto pd = std::make_unique<PkgDecl>();
        pd->obj = o;
        pd->spec = s;
        pd->typeExpr = src->type;
        pd->init = i < src->values.size() ? src->values[i] : nullptr;
        pd->iota = s->iota;
        pd->inherited = inherited;
        pkgDecls_[o] = pd.get();
        pkgDeclStore_.push_back(std::move(pd));
        declarePkg(o, id);
      }
      continue;
    }
    bool ok = arityOk(*this, s, s->values.size(), false, false);
    std::vector<Object*> objs;
    for (Ident* id : s->names) {
      Object* o = types_.newObject(ObjKind::Var, id->name, id->pos);
      o->pkg = pkgPath_;
      o->isGlobal = true;
      o->used = true;  // package-level variables are never "declared and not used"
      objs.push_back(o);
      declarePkg(o, id);
      if (id->name != "_") out_->globals.push_back(o);
    }
    bool multi = s->values.size() == 1 && s->names.size() > 1;
    PkgDecl* shared = nullptr;
    for (size_t i = 0; i < objs.size(); i++) {
      auto pd = std::make_unique<PkgDecl>();
      pd->obj = objs[i];
      pd->spec = s;
      pd->typeExpr = s->type;
      if (multi) {
        pd->lhs = objs;
        pd->init = s->values[0];
      } else if (ok && i < s->values.size()) {
        pd->init = s->values[i];
      }
      if (multi && shared) {
        // all lhs share one declaration: point at the first
        pkgDecls_[objs[i]] = shared;
        continue;
      }
      if (multi) shared = pd.get();
      pkgDecls_[objs[i]] = pd.get();
      pkgDeclStore_.push_back(std::move(pd));
    }
  }
}

void Checker::collectFunc(FuncDecl* fd) {
  if (!fd->name) return;
  // A standard package's functions without a body are implemented in C++ (frontend/bridge.h).
  if (!fd->body && isMain()) error(fd->name->pos, "missing function body");
  const std::string& name = fd->name->name;
  Object* o = types_.newObject(ObjKind::Func, name, fd->name->pos);
  o->pkg = pkgPath_;
  o->decl = fd;
  o->linkName = pkgPath_ + "." + name;
  fd->name->obj = o;
  fd->name->isDecl = true;
  if (fd->recv) {  // a method: not in the package scope; attached to its type by methodDecl
    methodDecls_.push_back(fd);
    out_->funcs.push_back(fd);
    return;
  }
  if (name == "init" || (name == "main" && isMain())) {
    if (fd->sig && (!fd->sig->params.empty() || !fd->sig->results.empty()))
      error(fd->name->pos, "func " + name + " must have no arguments and no return values");
  }
  if (name == "init") {
    // init functions are not declared: they cannot be referred to.
    o->linkName = pkgPath_ + ".init." + std::to_string(out_->initFuncs.size());
    if (fd->body) out_->initFuncs.push_back(fd);
    if (fd->body) out_->funcs.push_back(fd);
    return;
  }
  declarePkg(o, fd->name);
  out_->funcs.push_back(fd);
}

// ---------------------------------------------------------------------------------------------
// Lazy resolution of package-level consts and vars.

void Checker::objDecl(Object* obj) {
  auto it = pkgDecls_.find(obj);
  if (it == pkgDecls_.end()) return;
  PkgDecl* d = it->second;
  if (d->color == 2) return;
  if (d->color == 1) {
    // A cycle through values only: reported by computeInitOrder.
    if (!obj->type) obj->type = types_.invalid();
    return;
  }
  d->color = 1;
  // Save the context of whatever declaration or function we are in.
  auto* savedDeps = deps_;
  const Constant* savedIota = iota_;
  Scope* savedScope = scope_;
  Object* savedFunc = curFunc_;
  const Signature* savedSig = curSig_;
  deps_ = &d->deps;
  iota_ = nullptr;
  scope_ = fileScope_;
  curFunc_ = nullptr;
  curSig_ = nullptr;
  if (obj->kind == ObjKind::Const) {
    constDecl(obj, d->typeExpr, d->init, d->iota, d->inherited);
  } else {
    std::vector<Object*> lhs = d->lhs.empty() ? std::vector<Object*>{obj} : d->lhs;
    std::vector<Expr*> init;
    if (d->init) init.push_back(d->init);
    for (Object* o : lhs) pkgDecls_[o]->color = 1;
    varDecl(lhs, d->typeExpr, init);
    for (Object* o : lhs) pkgDecls_[o]->color = 2;
  }
  d->color = 2;
  deps_ = savedDeps;
  iota_ = savedIota;
  scope_ = savedScope;
  curFunc_ = savedFunc;
  curSig_ = savedSig;
}

// Lazily resolves a package-level type declaration (types may be used before they are
// declared). A type met again while it is being resolved is returned as it is: its underlying
// type is set when resolution finishes, and resolveTypeSpec/validTypes report real cycles.
void Checker::typeDecl(Object* obj) {
  auto it = typeDecls_.find(obj);
  if (it == typeDecls_.end() || it->second.second == 2) return;
  if (it->second.second == 1) {
    if (!obj->type) {  // an alias in its own definition (type A = *A)
      reportTypeCycle(obj);
      obj->type = types_.invalid();
    }
    return;
  }
  it->second.second = 1;
  Scope* saved = scope_;
  const Constant* savedIota = iota_;
  scope_ = fileScope_;
  iota_ = nullptr;
  typePath_.push_back(obj);
  resolveTypeSpec(obj, it->second.first);
  typePath_.pop_back();
  scope_ = saved;
  iota_ = savedIota;
  it->second.second = 2;
}

void Checker::addDep(Object* obj) {
  if (!deps_ || !obj) return;
  bool pkgLevel = (obj->kind == ObjKind::Var && obj->isGlobal) ||
                  ((obj->kind == ObjKind::Const || obj->kind == ObjKind::Func) && obj->pkg == pkgPath_ &&
                   pkgScope_->lookupLocal(obj->name) == obj);
  if (pkgLevel) deps_->insert(obj);
}

// ---------------------------------------------------------------------------------------------
// Initialization order (go/types initorder.go).

namespace {
struct InitNode {
  Object* obj;
  int order;
  std::set<InitNode*> succ, pred;  // succ: what obj depends on
};
}  // namespace

void Checker::computeInitOrder() {
  // Dependencies of every package-level object (consts, vars, funcs).
  std::map<Object*, std::set<Object*>*> depsOf;
  std::vector<Object*> objs;
  for (auto& d : pkgDeclStore_) {
    depsOf[d->obj] = &d->deps;
    objs.push_back(d->obj);
    for (Object* o : d->lhs)
      if (o != d->obj) {
        depsOf[o] = &d->deps;
        objs.push_back(o);
      }
  }
  for (auto& [f, deps] : funcDeps_) {
    depsOf[f] = &deps;
    objs.push_back(f);
  }
  std::sort(objs.begin(), objs.end(), [](Object* a, Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  std::map<Object*, std::unique_ptr<InitNode>> nodes;
  int order = 0;
  for (Object* o : objs) nodes[o] = std::make_unique<InitNode>(InitNode{o, order++, {}, {}});
  for (auto& [o, n] : nodes)
    for (Object* d : *depsOf[o]) {
      auto it = nodes.find(d);
      if (it == nodes.end()) continue;
      n->succ.insert(it->second.get());
      it->second->pred.insert(n.get());
    }
  // Remove function nodes, connecting their predecessors to their successors.
  for (auto& [o, n] : nodes) {
    if (o->kind != ObjKind::Func) continue;
    for (InitNode* p : n->pred) {
      if (p == n.get()) continue;
      for (InitNode* s : n->succ)
        if (s != n.get()) {
          p->succ.insert(s);
          s->pred.insert(p);
        }
      p->succ.erase(n.get());
    }
    for (InitNode* s : n->succ) s->pred.erase(n.get());
  }
  std::vector<InitNode*> queue;
  for (auto& [o, n] : nodes)
    if (o->kind != ObjKind::Func) queue.push_back(n.get());
  std::map<InitNode*, size_t> ndeps;
  for (InitNode* n : queue) ndeps[n] = n->succ.size();

  // findPath over the original dependencies (through functions).
  std::function<bool(Object*, Object*, std::set<Object*>&, std::vector<Object*>&)> findPath =
      [&](Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) -> bool {
    if (seen.count(from)) return false;
    seen.insert(from);
    auto it = depsOf.find(from);
    if (it == depsOf.end()) return false;
    std::vector<Object*> ds(it->second->begin(), it->second->end());
    std::sort(ds.begin(), ds.end(), [&](Object* a, Object* b) {
      return nodes.count(a) && nodes.count(b) ? nodes[a]->order < nodes[b]->order : a < b;
    });
    for (Object* d : ds) {
      path.push_back(d);
      if (d == to || findPath(d, to, seen, path)) return true;
      path.pop_back();
    }
    return false;
  };

  std::set<PkgDecl*> emitted;
  std::set<Object*> inCycle;
  while (!queue.empty()) {
    auto best = std::min_element(queue.begin(), queue.end(), [&](InitNode* a, InitNode* b) {
      return ndeps[a] != ndeps[b] ? ndeps[a] < ndeps[b] : a->order < b->order;
    });
    InitNode* n = *best;
    queue.erase(best);
    if (ndeps[n] > 0 && !inCycle.count(n->obj)) {
      std::set<Object*> seen;
      std::vector<Object*> path;
      if (findPath(n->obj, n->obj, seen, path)) {
        for (Object* o : path) inCycle.insert(o);
        if (path.size() == 1) {
          error(n->obj->pos, "initialization cycle: " + n->obj->name + " refers to itself");
        } else {
          std::string msg = "initialization cycle for " + n->obj->name;
          Object* from = n->obj;
          for (Object* o : path) {
            msg += "\n\t" + from->name + " refers to " + o->name;
            from = o;
          }
          error(n->obj->pos, msg);
        }
      }
    }
    for (InitNode* p : n->pred) ndeps[p]--;
    if (n->obj->kind != ObjKind::Var) continue;
    PkgDecl* d = pkgDecls_[n->obj];
    if (!d || !d->init || emitted.count(d)) continue;
    emitted.insert(d);
    PackageInit init;
    if (d->lhs.empty()) init.lhs.push_back(d->obj->name == "_" ? nullptr : d->obj);
    for (Object* o : d->lhs) init.lhs.push_back(o->name == "_" ? nullptr : o);
    init.rhs.push_back(d->init);
    out_->inits.push_back(std::move(init));
  }
}

void Checker::reportUnusedImports() {
  for (Object* p : imports_) {
    if (p->used) continue;
    std::string path = "\"" + p->linkName + "\"";
    std::string base = p->linkName.substr(p->linkName.rfind('/') + 1);
    if (p->importName && p->name != base)
      error(p->pos, path + " imported as " + p->name + " and not used");
    else
      error(p->pos, path + " imported and not used");
  }
}

}  // namespace sema
}  // namespace csp
