// frontend/sema_stdlib.cpp: the built-in packages of this milestone, fmt, os and math, as
// objects with Go's exact signatures and constant values (math/const.go). Every function has
// linkName "<pkg>.<Name>" (e.g. "fmt.Println", "math.Sqrt"): codegen lowers calls by it.
#include "frontend/sema_checker.h"

namespace csp::sema {

namespace {

// Builds the members of one package.
class PkgBuilder {
 public:
  PkgBuilder(TypeContext& types, Object* pkg) : t_(types), pkg_(pkg) {}

  const Type* b(TypeKind k) { return t_.basic(k); }

  // fn("Sqrt", {{"x", f64}}, {{"", f64}})
  void fn(const char* name, std::vector<std::pair<const char*, const Type*>> params,
          std::vector<std::pair<const char*, const Type*>> results, bool variadic = false) {
    Signature* sig = t_.newSignature();
    for (auto& [n, ty] : params) {
      sig->params.push_back(ty);
      sig->paramNames.push_back(n);
    }
    for (auto& [n, ty] : results) {
      sig->results.push_back(ty);
      sig->resultNames.push_back(n);
    }
    sig->variadic = variadic;
    Object* o = t_.newObject(ObjKind::Func, name, Pos{});
    o->type = sig;
    o->pkg = pkg_->pkg;
    o->linkName = pkg_->pkg + "." + name;
    pkg_->members->insert(o);
  }

  void constant(const char* name, TypeKind k, Constant v) {
    Object* o = t_.newObject(ObjKind::Const, name, Pos{});
    o->type = t_.basic(k);
    o->value = std::move(v);
    o->pkg = pkg_->pkg;
    o->linkName = pkg_->pkg + "." + name;
    pkg_->members->insert(o);
  }

  TypeContext& t_;
  Object* pkg_;
};

Constant flt(const char* lit) { return Constant::fromFloatLiteral(lit); }
Constant op(const Constant& x, Tok o, const Constant& y) { return Constant::binaryOp(x, o, y, false); }
Constant one() { return Constant::makeInt64(1); }
Constant shl1(int n) { return Constant::shift(one(), Tok::Shl, static_cast<uint64_t>(n)); }

void buildFmt(PkgBuilder& p, TypeContext& t) {
  const Type* anys = t.sliceOf(t.anyType());
  const Type* i = p.b(TypeKind::Int);
  const Type* s = p.b(TypeKind::String);
  const Type* err = t.errorType();
  p.fn("Print", {{"a", anys}}, {{"n", i}, {"err", err}}, true);
  p.fn("Println", {{"a", anys}}, {{"n", i}, {"err", err}}, true);
  p.fn("Printf", {{"format", s}, {"a", anys}}, {{"n", i}, {"err", err}}, true);
  p.fn("Sprint", {{"a", anys}}, {{"", s}}, true);
  p.fn("Sprintln", {{"a", anys}}, {{"", s}}, true);
  p.fn("Sprintf", {{"format", s}, {"a", anys}}, {{"", s}}, true);
}

void buildOs(PkgBuilder& p) { p.fn("Exit", {{"code", p.b(TypeKind::Int)}}, {}); }

void buildMath(PkgBuilder& p) {
  const Type* f = p.b(TypeKind::Float64);
  const Type* i = p.b(TypeKind::Int);
  const Type* bl = p.b(TypeKind::Bool);
  for (const char* n : {"Sqrt", "Abs", "Floor", "Ceil", "Trunc", "Round", "Exp", "Log", "Log2", "Log10", "Sin",
                        "Cos", "Tan", "Atan"})
    p.fn(n, {{"x", f}}, {{"", f}});
  p.fn("Pow", {{"x", f}, {"y", f}}, {{"", f}});
  p.fn("Atan2", {{"y", f}, {"x", f}}, {{"", f}});
  p.fn("Hypot", {{"p", f}, {"q", f}}, {{"", f}});
  p.fn("Mod", {{"x", f}, {"y", f}}, {{"", f}});
  p.fn("Max", {{"x", f}, {"y", f}}, {{"", f}});
  p.fn("Min", {{"x", f}, {"y", f}}, {{"", f}});
  p.fn("Inf", {{"sign", i}}, {{"", f}});
  p.fn("NaN", {}, {{"", f}});
  p.fn("IsNaN", {{"f", f}}, {{"is", bl}});
  p.fn("IsInf", {{"f", f}, {"sign", i}}, {{"", bl}});
  p.fn("Float64bits", {{"f", f}}, {{"", p.b(TypeKind::Uint64)}});
  p.fn("Float64frombits", {{"b", p.b(TypeKind::Uint64)}}, {{"", f}});
  p.fn("Signbit", {{"x", f}}, {{"", bl}});

  const TypeKind uf = TypeKind::UntypedFloat;
  p.constant("E", uf, flt("2.71828182845904523536028747135266249775724709369995957496696763"));
  p.constant("Pi", uf, flt("3.14159265358979323846264338327950288419716939937510582097494459"));
  p.constant("Phi", uf, flt("1.61803398874989484820458683436563811772030917980576286213544862"));
  p.constant("Sqrt2", uf, flt("1.41421356237309504880168872420969807856967187537694807317667974"));
  p.constant("SqrtE", uf, flt("1.64872127070012814684865078781416357165377610071014801157507931"));
  p.constant("SqrtPi", uf, flt("1.77245385090551602729816748334114518279754945612238712821380779"));
  p.constant("SqrtPhi", uf, flt("1.27201964951406896425242246173749149171560804184009624861664038"));
  Constant ln2 = flt("0.693147180559945309417232121458176568075500134360255254120680009");
  Constant ln10 = flt("2.30258509299404568401799145468436420760110148862877297603332790");
  p.constant("Ln2", uf, ln2);
  p.constant("Log2E", uf, op(one(), Tok::Quo, ln2));
  p.constant("Ln10", uf, ln10);
  p.constant("Log10E", uf, op(one(), Tok::Quo, ln10));
  p.constant("MaxFloat32", uf, op(flt("0x1p127"), Tok::Mul, op(one(), Tok::Add, op(one(), Tok::Sub, flt("0x1p-23")))));
  p.constant("SmallestNonzeroFloat32", uf, op(flt("0x1p-126"), Tok::Mul, flt("0x1p-23")));
  p.constant("MaxFloat64", uf, op(flt("0x1p1023"), Tok::Mul, op(one(), Tok::Add, op(one(), Tok::Sub, flt("0x1p-52")))));
  p.constant("SmallestNonzeroFloat64", uf, op(flt("0x1p-1022"), Tok::Mul, flt("0x1p-52")));

  const TypeKind ui = TypeKind::UntypedInt;
  auto maxSigned = [](int bits) { return op(shl1(bits - 1), Tok::Sub, one()); };
  auto minSigned = [](int bits) { return op(Constant::makeInt64(0), Tok::Sub, shl1(bits - 1)); };
  auto maxUnsigned = [](int bits) { return op(shl1(bits), Tok::Sub, one()); };
  p.constant("MaxInt", ui, maxSigned(64));
  p.constant("MinInt", ui, minSigned(64));
  p.constant("MaxUint", ui, maxUnsigned(64));
  const char* sizes[] = {"8", "16", "32", "64"};
  for (int k = 0; k < 4; k++) {
    int bits = 8 << k;
    std::string s = sizes[k];
    p.constant(("MaxInt" + s).c_str(), ui, maxSigned(bits));
    p.constant(("MinInt" + s).c_str(), ui, minSigned(bits));
    p.constant(("MaxUint" + s).c_str(), ui, maxUnsigned(bits));
  }
}

}  // namespace

Object* Checker::stdPackage(const std::string& path) {
  auto it = stdPkgs_.find(path);
  if (it != stdPkgs_.end()) return it->second;
  if (path != "fmt" && path != "os" && path != "math") return nullptr;
  Object* pkg = types_.newObject(ObjKind::Package, path, Pos{});
  pkg->pkg = path;
  pkg->members = types_.newScope(nullptr);
  PkgBuilder b(types_, pkg);
  if (path == "fmt") buildFmt(b, types_);
  else if (path == "os") buildOs(b);
  else buildMath(b);
  stdPkgs_[path] = pkg;
  return pkg;
}

}  // namespace csp::sema
