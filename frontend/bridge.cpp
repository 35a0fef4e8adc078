// frontend/bridge.cpp: lowerBridge and bridgeSymbol (see bridge.h).
#include "frontend/bridge.h"

namespace csp {

namespace {

// The C type of a value of t passed by pointer (out-pointers, slice elements).
std::string cValueType(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Bool: return "bool";
    case TypeKind::Int8: return "int8_t";
    case TypeKind::Int16: return "int16_t";
    case TypeKind::Int32: return "int32_t";
    case TypeKind::Int: case TypeKind::Int64: return "int64_t";
    case TypeKind::Uint8: return "uint8_t";
    case TypeKind::Uint16: return "uint16_t";
    case TypeKind::Uint32: return "uint32_t";
    case TypeKind::Uint: case TypeKind::Uint64: case TypeKind::Uintptr: return "uint64_t";
    case TypeKind::Float32: return "float";
    case TypeKind::Float64: return "double";
    case TypeKind::String: return "csp_string";
    case TypeKind::Slice: return "csp_slice";
    case TypeKind::Interface: return "csp_any";
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature: case TypeKind::Task:
      return "void*";
    default: return "void";  // structs and arrays: untyped memory
  }
}

void addParam(std::vector<BridgeSlot>& out, const Type* t, const std::string& name) {
  const Type* u = t->underlying();
  auto scalar = [&](BridgeSlot::Kind k, bool sgn, const char* ctype) { out.push_back({k, sgn, ctype, name}); };
  switch (u->kind) {
    case TypeKind::Bool: return scalar(BridgeSlot::Bool, false, "bool");
    case TypeKind::Int8: return scalar(BridgeSlot::I8, true, "int8_t");
    case TypeKind::Int16: return scalar(BridgeSlot::I16, true, "int16_t");
    case TypeKind::Int32: return scalar(BridgeSlot::I32, true, "int32_t");
    case TypeKind::Int: case TypeKind::Int64: return scalar(BridgeSlot::I64, true, "int64_t");
    case TypeKind::Uint8: return scalar(BridgeSlot::I8, false, "uint8_t");
    case TypeKind::Uint16: return scalar(BridgeSlot::I16, false, "uint16_t");
    case TypeKind::Uint32: return scalar(BridgeSlot::I32, false, "uint32_t");
    case TypeKind::Uint: case TypeKind::Uint64: case TypeKind::Uintptr: return scalar(BridgeSlot::I64, false, "uint64_t");
    case TypeKind::Float32: return scalar(BridgeSlot::F32, false, "float");
    case TypeKind::Float64: return scalar(BridgeSlot::F64, false, "double");
    case TypeKind::String:
      out.push_back({BridgeSlot::Ptr, false, "const uint8_t*", name});
      out.push_back({BridgeSlot::I64, true, "int64_t", name + "_len"});
      return;
    case TypeKind::Slice: {
      std::string et = cValueType(u->as<SliceType>()->elem);
      out.push_back({BridgeSlot::Ptr, false, et + "*", name});
      out.push_back({BridgeSlot::I64, true, "int64_t", name + "_len"});
      out.push_back({BridgeSlot::I64, true, "int64_t", name + "_cap"});
      return;
    }
    case TypeKind::Interface:
      out.push_back({BridgeSlot::Ptr, false, "const void*", name + "_tab"});
      out.push_back({BridgeSlot::I64, false, "uint64_t", name + "_data"});
      return;
    case TypeKind::Struct: case TypeKind::Array:
      out.push_back({BridgeSlot::Ptr, false, "const void*", name});
      return;
    default:
      out.push_back({BridgeSlot::Ptr, false, "void*", name});
      return;
  }
}

bool isScalarResult(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::String: case TypeKind::Slice: case TypeKind::Interface: case TypeKind::Struct: case TypeKind::Array:
      return false;
    default: return true;
  }
}

}  // namespace

BridgeSig lowerBridge(const Signature* sig, const Type* recv, const std::vector<std::string>& names) {
  BridgeSig b;
  size_t n = 0;
  auto nameOf = [&](size_t i) {
    std::string s = i < names.size() && !names[i].empty() && names[i] != "_" ? names[i] : "a" + std::to_string(i);
    n++;
    return s;
  };
  if (recv) addParam(b.params, recv, "recv");
  for (size_t i = 0; i < sig->params.size(); i++) addParam(b.params, sig->params[i], nameOf(i));
  b.retCType = "void";
  if (sig->results.size() == 1 && isScalarResult(sig->results[0])) {
    std::vector<BridgeSlot> r;
    addParam(r, sig->results[0], "ret");
    b.ret = BridgeSig::Scalar;
    b.retSlot = r[0];
    b.retCType = r[0].ctype;
  } else if (sig->results.size() == 1 && sig->results[0]->underlying()->kind == TypeKind::String) {
    b.ret = BridgeSig::Pair;
    b.retCType = "csp_string";
  } else if (sig->results.size() == 1 && sig->results[0]->underlying()->kind == TypeKind::Interface) {
    b.ret = BridgeSig::Pair;
    b.retCType = "csp_any";
  } else if (!sig->results.empty()) {
    b.outs = true;
    for (size_t i = 0; i < sig->results.size(); i++)
      b.params.push_back({BridgeSlot::Ptr, false, cValueType(sig->results[i]) + "*", "out" + std::to_string(i)});
  }
  return b;
}

std::string bridgeSymbol(const std::string& pkgPath, const std::string& recvTypeName, const std::string& name) {
  std::string s = "csp_";
  for (char c : pkgPath) s += c == '/' ? '_' : c;
  s += "_";
  if (!recvTypeName.empty()) s += recvTypeName + "_";
  return s + name;
}

}  // namespace csp
