// jit/layout.cpp: sizes, alignments, IR types and names of csp types (see layout.h).
//
// IR types: bool i1 (i8 in memory is LLVM's own business: i1 stores one byte); ints by size;
// float32 float; float64 double; string {ptr, i64}; slice {ptr, i64, i64}; interface
// {ptr, i64}; pointer, map, chan, func ptr; array [n x elem]; struct a literal struct of its
// fields (LLVM lays it out with natural alignment, as computed here).
#include "jit/layout.h"

#include "jit/runtime_abi.h"

namespace csp {

// Sizes saturate here: far above any size a variable may have (1<<50), far below overflow.
constexpr uint64_t kMaxSize = uint64_t{1} << 62;

namespace {

uint64_t alignTo(uint64_t x, uint64_t a) { return (x + a - 1) / a * a; }

bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

}  // namespace

Layout::Layout(llvm::LLVMContext& ctx, RuntimeABI& rt) : ctx_(ctx), rt_(rt) {}

const TypeInfo& Layout::info(const Type* t) {
  auto it = cache_.find(t);
  if (it != cache_.end()) return it->second;
  TypeInfo ti = compute(t);
  return cache_.emplace(t, ti).first->second;
}

uint64_t Layout::fieldOffset(const StructType* st, size_t i) {
  info(st);
  return offsets_[st][i];
}

TypeInfo Layout::compute(const Type* t) {
  TypeInfo ti;
  llvm::Type* ptr = llvm::PointerType::getUnqual(ctx_);
  auto scalar = [&](llvm::Type* ir, uint64_t size, bool pointers, bool direct = true) {
    ti.ir = ir;
    ti.size = size;
    ti.align = static_cast<uint32_t>(size > 8 ? 8 : size ? size : 1);
    ti.pointers = pointers;
    ti.direct = direct;
    ti.comparable = true;
    return ti;
  };
  if (auto* tup = t->as<TupleType>()) {  // only for multi-valued expressions' bookkeeping
    std::vector<llvm::Type*> elems;
    for (const Type* e : tup->elems) elems.push_back(irType(e));
    ti.ir = llvm::StructType::get(ctx_, elems);
    return ti;
  }
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::UntypedBool: return scalar(llvm::Type::getInt1Ty(ctx_), 1, false);
    case TypeKind::Int8: case TypeKind::Uint8: return scalar(llvm::Type::getInt8Ty(ctx_), 1, false);
    case TypeKind::Int16: case TypeKind::Uint16: return scalar(llvm::Type::getInt16Ty(ctx_), 2, false);
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::UntypedRune:
      return scalar(llvm::Type::getInt32Ty(ctx_), 4, false);
    case TypeKind::Int: case TypeKind::Int64: case TypeKind::Uint: case TypeKind::Uint64:
    case TypeKind::Uintptr: case TypeKind::UntypedInt:
      return scalar(llvm::Type::getInt64Ty(ctx_), 8, false);
    case TypeKind::Float32: return scalar(llvm::Type::getFloatTy(ctx_), 4, false);
    case TypeKind::Float64: case TypeKind::UntypedFloat: return scalar(llvm::Type::getDoubleTy(ctx_), 8, false);
    case TypeKind::String: case TypeKind::UntypedString: return scalar(rt_.stringTy(), 16, true, false);
    case TypeKind::Slice:
      scalar(rt_.sliceTy(), 24, true, false);
      ti.comparable = false;
      return ti;
    case TypeKind::Interface: return scalar(rt_.anyTy(), 16, true, false);
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::UnsafePointer:
    case TypeKind::UntypedNil: case TypeKind::Task:
      return scalar(ptr, 8, true);
    case TypeKind::Map:  // (== nil is codegen's; the descriptor says maps are not comparable)
      scalar(ptr, 8, true);
      ti.comparable = false;
      return ti;
    case TypeKind::Signature:
      scalar(ptr, 8, true);
      ti.comparable = false;
      return ti;
    case TypeKind::Array: {
      auto* at = u->as<ArrayType>();
      const TypeInfo& e = info(at->elem);
      ti.ir = llvm::ArrayType::get(e.ir, static_cast<uint64_t>(at->len));
      // Saturating: [1<<62][4]byte must not wrap to a small size (checkVarSize rejects it).
      uint64_t n = static_cast<uint64_t>(at->len);
      ti.size = n != 0 && e.size > kMaxSize / n ? kMaxSize : e.size * n;
      ti.align = e.align;
      ti.memory = true;
      ti.pointers = e.pointers && at->len > 0;
      ti.comparable = e.comparable;
      return ti;
    }
    case TypeKind::Struct: {
      auto* st = u->as<StructType>();
      std::vector<llvm::Type*> fields;
      std::vector<uint64_t> offs;
      uint64_t off = 0;
      uint32_t align = 1;
      bool pointers = false, comparable = true;
      for (const StructField& f : st->fields) {
        const TypeInfo& fi = info(f.type);
        off = alignTo(off, fi.align);
        offs.push_back(off);
        off = fi.size > kMaxSize - off ? kMaxSize : off + fi.size;
        align = std::max(align, fi.align);
        pointers = pointers || fi.pointers;
        comparable = comparable && fi.comparable;
        fields.push_back(fi.ir);
      }
      offsets_[st] = std::move(offs);
      ti.ir = llvm::StructType::get(ctx_, fields);
      ti.size = alignTo(off, align);
      ti.align = align;
      ti.memory = true;
      ti.pointers = pointers;
      ti.comparable = comparable;
      return ti;
    }
    default:
      return scalar(llvm::Type::getInt64Ty(ctx_), 8, false);
  }
}

// ---- names -------------------------------------------------------------------------------------

std::string Layout::pkgName(const Object* typeName) {
  const std::string& p = typeName->pkg;
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string Layout::methodName(const NamedType* recvBase, bool ptrRecv, const std::string& method) {
  std::string t = pkgName(recvBase->obj) + ".";
  if (ptrRecv) return t + "(*" + recvBase->obj->name + ")." + method;
  return t + recvBase->obj->name + "." + method;
}

std::string Layout::displayName(const Type* t) { return name(t, false); }
std::string Layout::key(const Type* t) { return name(t, true); }

// Go's reflect String() of t (canonical: with package paths and disambiguated local types).
std::string Layout::name(const Type* t, bool canonical) {
  auto sig = [&](const Signature* s) {
    std::string out = "(";
    for (size_t i = 0; i < s->params.size(); i++) {
      if (i) out += ", ";
      if (s->variadic && i + 1 == s->params.size()) {
        const Type* last = s->params[i];
        auto* sl = last->as<SliceType>();
        out += "..." + name(sl ? sl->elem : last, canonical);
      } else {
        out += name(s->params[i], canonical);
      }
    }
    out += ")";
    if (s->results.size() == 1) {
      out += " " + name(s->results[0], canonical);
    } else if (s->results.size() > 1) {
      out += " (";
      for (size_t i = 0; i < s->results.size(); i++) out += (i ? ", " : "") + name(s->results[i], canonical);
      out += ")";
    }
    return out;
  };
  switch (t->kind) {
    case TypeKind::Named: {
      auto* n = t->as<NamedType>();
      const Object* obj = n->obj;
      if (obj->pkg.empty()) return obj->name;  // error
      std::string s = (canonical ? obj->pkg : pkgName(obj)) + "." + obj->name;
      if (canonical && obj->local) {
        auto it = localTypes_.find(obj);
        if (it == localTypes_.end()) it = localTypes_.emplace(obj, static_cast<int>(localTypes_.size()) + 1).first;
        s += "\xC2\xB7" + std::to_string(it->second);  // "·n"
      }
      return s;
    }
    case TypeKind::Pointer: return "*" + name(t->as<PointerType>()->elem, canonical);
    case TypeKind::Slice: return "[]" + name(t->as<SliceType>()->elem, canonical);
    case TypeKind::Array: {
      auto* a = t->as<ArrayType>();
      return "[" + std::to_string(a->len) + "]" + name(a->elem, canonical);
    }
    case TypeKind::Map: {
      auto* m = t->as<MapType>();
      return "map[" + name(m->key, canonical) + "]" + name(m->val, canonical);
    }
    case TypeKind::Chan: {
      auto* c = t->as<ChanType>();
      std::string e = name(c->elem, canonical);
      if (c->dir == ChanDir::Send) return "chan<- " + e;
      if (c->dir == ChanDir::Recv) return "<-chan " + e;
      auto* ec = c->elem->as<ChanType>();
      if (ec && ec->dir == ChanDir::Recv) return "chan (" + e + ")";
      return "chan " + e;
    }
    case TypeKind::Signature: return "func" + sig(t->as<Signature>());
    case TypeKind::Struct: {
      auto* st = t->as<StructType>();
      if (st->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < st->fields.size(); i++) {
        const StructField& f = st->fields[i];
        if (i) out += "; ";
        if (!f.embedded) {
          if (canonical && !exported(f.name) && !f.pkg.empty()) out += f.pkg + ".";
          out += f.name + " ";
        }
        out += name(f.type, canonical);
        if (!f.tag.empty()) {
          out += " \"";
          for (char c : f.tag) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += "\"";
        }
      }
      return out + " }";
    }
    case TypeKind::Interface: {
      auto* it = t->as<InterfaceType>();
      if (it->methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < it->methods.size(); i++) {
        const InterfaceMethod& m = it->methods[i];
        if (i) out += "; ";
        if (canonical && !exported(m.name) && !m.pkg.empty()) out += m.pkg + ".";
        out += m.name + sig(m.sig);
      }
      return out + " }";
    }
    case TypeKind::Task: {  // as types.cpp writes it: async T, async (T1, T2), async (func())
      auto& r = t->as<TaskType>()->results;
      if (r.size() == 1 && r[0]->kind != TypeKind::Signature) return "async " + name(r[0], canonical);
      std::string out = "async (";
      for (size_t i = 0; i < r.size(); i++) out += (i ? ", " : "") + name(r[i], canonical);
      return out + ")";
    }
    case TypeKind::Tuple: {
      std::string out = "(";
      auto* tup = t->as<TupleType>();
      for (size_t i = 0; i < tup->elems.size(); i++) out += (i ? ", " : "") + name(tup->elems[i], canonical);
      return out + ")";
    }
    default: break;
  }
  if (auto* b = t->as<BasicType>()) {
    switch (b->kind) {
      case TypeKind::Uint8: return "uint8";   // byte
      case TypeKind::Int32: return "int32";   // rune
      case TypeKind::UntypedNil: return "nil";
      default: return b->name;
    }
  }
  return t->str();
}

}  // namespace csp
