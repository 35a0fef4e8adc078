// jit/layout.h: value lowering: the one place that knows, for every csp type, how its values
// are represented in IR and in memory.
//
// For each type: its IR type (the in-memory representation), size and alignment (natural
// alignment, the same as C's and Go's on amd64/arm64), whether a value holds GC pointers
// (then its memory must be scanned), whether it is a *memory* type, whether an interface
// stores it directly in its data word, and the type's two names: the display name %T prints
// ("main.T", "[]string", "map[int]bool") and the canonical key that names its descriptor
// (unique per type: two local types named T get different keys).
//
// Value representation in generated code (see docs/decisions.md, "Value layout"):
//  - register types (bool, numbers, string, slice, pointer, map, chan, func, interface) are one
//    llvm::Value of irType(t): an SSA value, first-class {ptr, i64}-like structs included;
//  - memory types (struct, array) are handled by address: an expression of such a type yields
//    a pointer to a temporary holding the value, owned by whoever consumes it; assignments
//    copy with memcpy. LLVM's SROA and memcpyopt turn small ones back into registers.
//
// Invariants: sizes and offsets computed here equal the module's DataLayout for the IR types
// (the descriptors the runtime reads are built from these numbers); types are immutable, so
// results are cached per Type*.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/LLVMContext.h>

#include "frontend/types.h"

namespace csp {

class RuntimeABI;

struct TypeInfo {
  llvm::Type* ir = nullptr;
  uint64_t size = 0;
  uint32_t align = 1;
  bool memory = false;    // struct or array: handled by address
  bool pointers = false;  // holds GC pointers
  bool direct = false;    // stored in an interface's data word itself
  bool comparable = false;
};

class Layout {
 public:
  Layout(llvm::LLVMContext& ctx, RuntimeABI& rt);

  const TypeInfo& info(const Type* t);
  llvm::Type* irType(const Type* t) { return info(t).ir; }
  bool isMemory(const Type* t) { return info(t).memory; }
  uint64_t size(const Type* t) { return info(t).size; }
  uint32_t align(const Type* t) { return info(t).align; }
  // Byte offset of field i of struct type t (underlying).
  uint64_t fieldOffset(const StructType* st, size_t i);

  // What %T prints: Go's reflect.Type.String().
  std::string displayName(const Type* t);
  // The canonical key of t's descriptor (and itabs): equal iff the types are identical.
  std::string key(const Type* t);

  // The name Go gives a method's symbol and frames: "main.T.M", "main.(*T).M".
  static std::string methodName(const NamedType* recvBase, bool ptrRecv, const std::string& method);
  // The package qualifier of a named type: "main", "strconv", "rand" (last path element).
  static std::string pkgName(const Object* typeName);

 private:
  TypeInfo compute(const Type* t);
  std::string name(const Type* t, bool canonical);

  llvm::LLVMContext& ctx_;
  RuntimeABI& rt_;
  std::unordered_map<const Type*, TypeInfo> cache_;
  std::unordered_map<const StructType*, std::vector<uint64_t>> offsets_;
  std::unordered_map<const Object*, int> localTypes_;  // local named types: their disambiguator
};

}  // namespace csp
