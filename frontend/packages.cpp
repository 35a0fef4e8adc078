// frontend/packages.cpp: PackageLoader (see packages.h).
#include "frontend/packages.h"

#include <cstring>
#include <sstream>

#include "frontend/intrinsics.h"
#include "frontend/parse.h"

namespace csp {

Object* PackageLoader::load(const std::string& path) {
  auto it = pkgs_.find(path);
  if (it != pkgs_.end()) {
    if (it->second->loading) bug("import cycle among standard packages through " + path);
    return it->second->obj;
  }
  const EmbeddedSource* es = nullptr;
  for (size_t i = 0; i < kStdlibSourceCount; i++)
    if (path == kStdlibSources[i].path) es = &kStdlibSources[i];
  if (!es) return nullptr;
  auto pkg = std::make_unique<Package>();
  Package* p = pkg.get();
  pkgs_[path] = std::move(pkg);
  p->path = path;
  p->loading = true;
  p->src = std::make_unique<SourceFile>(es->file, es->text);
  p->diags = std::make_unique<Diagnostics>(p->src.get());
  p->ast = std::make_unique<AstContext>();
  File* file = parseFile(*p->src, *p->ast, *p->diags);
  if (!p->diags->hasErrors()) checkPackage(*file, path, types_, *p->diags, &p->checked, this);
  if (p->diags->hasErrors()) {
    std::ostringstream os;
    p->diags->print(os, 100);
    bug("standard package " + path + " does not compile:\n" + os.str());
  }
  for (FuncDecl* fd : p->checked.funcs)
    if (!fd->body && fd->name && fd->name->obj && !fd->recv)
      fd->name->obj->intrinsic = static_cast<int>(intrinsicFor(path, fd->name->name));
  if (path == "asyncio") {  // compiler-known members (types.h: kBuiltinAsyncio*)
    struct Member {
      const char* name;
      int id;
      const char* helper;  // (asyncio.csp's function it is lowered to)
    };
    for (Member m : {Member{"Gather", kBuiltinAsyncioGather, nullptr}, Member{"Run", kBuiltinAsyncioRun, nullptr},
                     Member{"Cancel", kBuiltinAsyncioCancel, nullptr}, Member{"Done", kBuiltinAsyncioDone, nullptr},
                     Member{"Cancelled", kBuiltinAsyncioCancelled, nullptr},
                     Member{"Shield", kBuiltinAsyncioShield, nullptr}, Member{"WaitFor", kBuiltinAsyncioWaitFor, "waitFor"},
                     Member{"Wait", kBuiltinAsyncioWait, "wait"},
                     Member{"AsCompleted", kBuiltinAsyncioAsCompleted, "asCompleted"},
                     Member{"GatherErrors", kBuiltinAsyncioGatherErrors, "settle"}}) {
      Object* o = types_.newObject(ObjKind::Builtin, m.name, Pos{});
      o->builtin = m.id;
      o->pkg = path;
      if (m.helper) {
        o->helper = p->checked.scope->lookupLocal(m.helper);
        if (!o->helper || o->helper->kind != ObjKind::Func) bug(std::string("asyncio.csp has no func ") + m.helper);
      }
      p->checked.scope->insert(o);
    }
  }
  p->checked.path = path;
  p->checked.debugFile = es->file;
  p->obj = types_.newObject(ObjKind::Package, path.substr(path.rfind('/') + 1), Pos{});
  p->obj->pkg = path;
  p->obj->members = p->checked.scope;
  p->loading = false;
  order_.push_back(&p->checked);
  return p->obj;
}

}  // namespace csp

namespace csp {

Intrinsic intrinsicFor(const std::string& pkg, const std::string& name) {
  struct Entry {
    const char* pkg;
    const char* name;
    Intrinsic id;
  };
  static const Entry kTable[] = {
      {"math", "Sqrt", Intrinsic::MathSqrt}, {"math", "Abs", Intrinsic::MathAbs},
      {"math", "Floor", Intrinsic::MathFloor}, {"math", "Ceil", Intrinsic::MathCeil},
      {"math", "Trunc", Intrinsic::MathTrunc}, {"math", "Round", Intrinsic::MathRound},
      {"math", "RoundToEven", Intrinsic::MathRoundToEven}, {"math", "Copysign", Intrinsic::MathCopysign},
      {"math", "FMA", Intrinsic::MathFMA}, {"math", "Inf", Intrinsic::MathInf}, {"math", "NaN", Intrinsic::MathNaN},
      {"math", "IsNaN", Intrinsic::MathIsNaN}, {"math", "IsInf", Intrinsic::MathIsInf},
      {"math", "Signbit", Intrinsic::MathSignbit}, {"math", "Float64bits", Intrinsic::MathFloat64bits},
      {"math", "Float64frombits", Intrinsic::MathFloat64frombits}, {"math", "Float32bits", Intrinsic::MathFloat32bits},
      {"math", "Float32frombits", Intrinsic::MathFloat32frombits}, {"math", "Max", Intrinsic::MathMax},
      {"math", "Min", Intrinsic::MathMin},
      {"math/bits", "OnesCount", Intrinsic::BitsOnesCount}, {"math/bits", "OnesCount8", Intrinsic::BitsOnesCount8},
      {"math/bits", "OnesCount16", Intrinsic::BitsOnesCount16}, {"math/bits", "OnesCount32", Intrinsic::BitsOnesCount32},
      {"math/bits", "OnesCount64", Intrinsic::BitsOnesCount64},
      {"math/bits", "LeadingZeros", Intrinsic::BitsLeadingZeros}, {"math/bits", "LeadingZeros8", Intrinsic::BitsLeadingZeros8},
      {"math/bits", "LeadingZeros16", Intrinsic::BitsLeadingZeros16}, {"math/bits", "LeadingZeros32", Intrinsic::BitsLeadingZeros32},
      {"math/bits", "LeadingZeros64", Intrinsic::BitsLeadingZeros64},
      {"math/bits", "TrailingZeros", Intrinsic::BitsTrailingZeros}, {"math/bits", "TrailingZeros8", Intrinsic::BitsTrailingZeros8},
      {"math/bits", "TrailingZeros16", Intrinsic::BitsTrailingZeros16}, {"math/bits", "TrailingZeros32", Intrinsic::BitsTrailingZeros32},
      {"math/bits", "TrailingZeros64", Intrinsic::BitsTrailingZeros64},
      {"math/bits", "Len", Intrinsic::BitsLen}, {"math/bits", "Len8", Intrinsic::BitsLen8},
      {"math/bits", "Len16", Intrinsic::BitsLen16}, {"math/bits", "Len32", Intrinsic::BitsLen32},
      {"math/bits", "Len64", Intrinsic::BitsLen64},
      {"os", "Exit", Intrinsic::OsExit},
      {"asyncio", "suspend", Intrinsic::AsyncioSuspend},
  };
  for (const Entry& e : kTable)
    if (pkg == e.pkg && name == e.name) return e.id;
  return Intrinsic::None;
}

}  // namespace csp
