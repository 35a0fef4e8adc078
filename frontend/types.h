// frontend/types.h: csp's types and named entities (objects), after go/types.
//
// Types are immutable once built and owned by a TypeContext. Composite unnamed types are
// interned (TypeContext::pointerTo, sliceOf, ...), so for them identity is pointer equality;
// identical() also handles the one case interning does not: basic types with two names
// (byte == uint8, rune == int32), which are distinct BasicType objects so that messages can say
// "byte" where the program did, as Go does.
//
// Objects are what identifiers denote: variables, constants, type names, functions, packages,
// built-in functions, nil, labels. Sema creates them, Ident::obj points at them, codegen keys
// its per-function and per-module maps on them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"

namespace csp {

enum class TypeKind {
  Invalid,
  // basic types (kinds follow go/types' BasicKind)
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  // composite and named types
  Named, Pointer, Array, Slice, Map, Chan, Signature, Struct, Interface, Tuple,
  Task,  // csp extension: the handle an `async func` call returns (async T, async (T1, T2))
};

struct Type {
  const TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;

  // The underlying type (itself, except for Named).
  const Type* underlying() const;
  // Predicates on the underlying type.
  bool isBasic() const;     // kind in Bool..UntypedNil
  bool isBoolean() const;   // bool or untyped bool
  bool isInteger() const;   // all int/uint kinds, uintptr, untyped int/rune
  bool isUnsigned() const;  // uint*, uintptr
  bool isFloat() const;     // float32/64, untyped float
  bool isNumeric() const;   // integer, float, complex (typed or untyped)
  bool isString() const;    // string or untyped string
  bool isUntyped() const;   // Untyped*
  bool isOrdered() const;   // integer, float, string
  // Size in bytes and bit width of a basic numeric/bool type (int/uint/uintptr are 64-bit).
  int sizeBytes() const;
  int bits() const { return sizeBytes() * 8; }

  // As go/types prints it in messages: "int", "untyped int", "[]string", "func(x int) string",
  // "main.T" is printed "T" for types of package main, as Go's error messages do.
  std::string str() const;

  template <class T> const T* as() const { return T::classof(this) ? static_cast<const T*>(this) : nullptr; }
};

struct BasicType : Type {
  const char* name;  // "int", "byte", "rune", "untyped int", ...
  BasicType(TypeKind k, const char* n) : Type(k), name(n) {}
  static bool classof(const Type* t) { return t->kind <= TypeKind::UntypedNil && t->kind != TypeKind::Invalid; }
};

struct Object;

struct NamedType : Type {
  Object* obj;                   // the TypeName
  const Type* under = nullptr;   // set when the declaration is resolved
  std::vector<Object*> methods;  // declared methods (Func objects), in source order
  explicit NamedType(Object* o) : Type(TypeKind::Named), obj(o) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Named; }
};

struct PointerType : Type {
  const Type* elem;
  explicit PointerType(const Type* e) : Type(TypeKind::Pointer), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Pointer; }
};

struct ArrayType : Type {
  int64_t len;
  const Type* elem;
  ArrayType(int64_t n, const Type* e) : Type(TypeKind::Array), len(n), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Array; }
};

struct SliceType : Type {
  const Type* elem;
  explicit SliceType(const Type* e) : Type(TypeKind::Slice), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Slice; }
};

struct MapType : Type {
  const Type* key;
  const Type* val;
  MapType(const Type* k, const Type* v) : Type(TypeKind::Map), key(k), val(v) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Map; }
};

struct ChanType : Type {
  ChanDir dir;
  const Type* elem;
  ChanType(ChanDir d, const Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Chan; }
};

struct TupleType : Type {
  std::vector<const Type*> elems;
  explicit TupleType(std::vector<const Type*> e) : Type(TypeKind::Tuple), elems(std::move(e)) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Tuple; }
};

// A function type. Parameter and result names are kept for messages ("have (int) want
// (x int, y int)") but do not take part in identity. For a variadic function the last
// parameter's type is the slice type []T.
struct Signature : Type {
  std::vector<const Type*> params;
  std::vector<const Type*> results;
  std::vector<std::string> paramNames, resultNames;  // "" where unnamed
  bool variadic = false;
  const Type* recv = nullptr;   // receiver type for methods, else nullptr
  Signature() : Type(TypeKind::Signature) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Signature; }
};

struct StructField {
  std::string name;
  const Type* type;
  bool embedded = false;
  std::string tag;
  Pos pos;
  std::string pkg;  // package path of the declaring file (unexported names are per package)
};

struct StructType : Type {
  std::vector<StructField> fields;
  StructType() : Type(TypeKind::Struct) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Struct; }
};

struct InterfaceMethod {
  std::string name;
  const Signature* sig;
  std::string pkg;  // package path of the declaring file (unexported names are per package)
};

struct InterfaceType : Type {
  std::vector<InterfaceMethod> methods;  // the full method set (embedded ones flattened), sorted by name
  InterfaceType() : Type(TypeKind::Interface) {}
  bool empty() const { return methods.empty(); }
  static bool classof(const Type* t) { return t->kind == TypeKind::Interface; }
};

// csp extension: result of calling an async func; `await` yields `results`.
struct TaskType : Type {
  std::vector<const Type*> results;
  explicit TaskType(std::vector<const Type*> r) : Type(TypeKind::Task), results(std::move(r)) {}
  static bool classof(const Type* t) { return t->kind == TypeKind::Task; }
};

// Type identity (Go spec "Type identity").
bool identical(const Type* a, const Type* b);
// Go's comparable: == is defined on values of t (spec "Comparison operators").
bool comparable(const Type* t);
// The method named `name` declared on named type n (not promoted), or nullptr.
Object* declaredMethod(const NamedType* n, const std::string& name);

// ---------------------------------------------------------------------------------------------

enum class ObjKind { Var, Const, TypeName, Func, Package, Builtin, Nil, Label };

enum BuiltinId {
  kBuiltinAppend, kBuiltinCap, kBuiltinClear, kBuiltinClose, kBuiltinComplex, kBuiltinCopy,
  kBuiltinDelete, kBuiltinImag, kBuiltinLen, kBuiltinMake, kBuiltinMax, kBuiltinMin,
  kBuiltinNew, kBuiltinPanic, kBuiltinPrint, kBuiltinPrintln, kBuiltinReal, kBuiltinRecover,
  // compiler-known functions of standard packages (generic where csp has no generics),
  // members of their package's scope (frontend/packages.cpp)
  kBuiltinAsyncioGather, kBuiltinAsyncioRun, kBuiltinAsyncioCancel, kBuiltinAsyncioDone,
  kBuiltinAsyncioCancelled, kBuiltinAsyncioShield, kBuiltinAsyncioWaitFor, kBuiltinAsyncioWait,
  kBuiltinAsyncioAsCompleted, kBuiltinAsyncioGatherErrors,
};

class Scope;
struct FuncDecl;

struct Object {
  ObjKind kind;
  std::string name;
  Pos pos;                    // declaration position (invalid for universe/stdlib objects)
  const Type* type = nullptr; // Var/Const/Func: its type; TypeName: the type it names
  Constant value;             // Const: the value (of `type`)
  std::string pkg;            // "" universe, "main", or a stdlib package path ("fmt", "math")
  // Var
  bool used = false;          // for "declared and not used"
  bool isGlobal = false;      // package-level variable
  bool isParam = false;       // parameter or named result
  bool isResult = false;      // named result
  bool captured = false;      // referenced from a closure other than its declaring function
  bool addressTaken = false;  // &x, x[:] of an array, a method call with pointer receiver on x
  bool escapes() const { return captured || addressTaken; }  // lives in a heap cell
  const void* owner = nullptr;  // local Var: the FuncDecl or FuncLit that declares it
  // TypeName
  bool local = false;         // declared inside a function
  // Func: methods
  const NamedType* recvNamed = nullptr;  // the receiver's base type
  bool ptrRecv = false;                  // the receiver is *T
  // Func
  FuncDecl* decl = nullptr;   // user functions; nullptr for stdlib functions
  std::string linkName;       // Func: symbol-ish name: "main.fib", "fmt.Println", "math.Sqrt"
  int intrinsic = 0;          // Func: an Intrinsic (frontend/intrinsics.h) codegen expands inline
  // Builtin
  int builtin = -1;           // BuiltinId
  Object* helper = nullptr;   // Builtin of a package: the package's function it is implemented with, on
                              // tasks of any type as `async ()` (same layout: a pointer), or null
  // Package
  Scope* members = nullptr;   // Package: the package's exported members
  Ident* importName = nullptr;  // Package: the ImportSpec's identifier, for "imported and not used"
};

// A lexical scope. Lookup walks outwards through parents.
class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  // Inserts obj; returns the existing object with that name if there is one (then nothing
  // is inserted).
  Object* insert(Object* obj);
  Object* lookupLocal(const std::string& name) const;
  Object* lookup(const std::string& name) const;
  const std::vector<Object*>& objects() const { return order_; }  // insertion order

 private:
  Scope* parent_;
  std::unordered_map<std::string, Object*> names_;
  std::vector<Object*> order_;
};

// Owns types, objects and scopes; interns composite types; holds the universe.
class TypeContext {
 public:
  TypeContext();
  TypeContext(const TypeContext&) = delete;
  TypeContext& operator=(const TypeContext&) = delete;

  // Basic types by kind (the canonical ones: "uint8" not "byte").
  const BasicType* basic(TypeKind k) const;
  const BasicType* byteType() const { return byte_; }  // named "byte", kind Uint8
  const BasicType* runeType() const { return rune_; }  // named "rune", kind Int32
  const Type* invalid() const { return invalid_; }
  const Type* errorType() const { return error_; }     // the universe `error` (Named)
  const Type* anyType() const { return any_; }         // `any` = interface{}

  const PointerType* pointerTo(const Type* elem);
  const SliceType* sliceOf(const Type* elem);
  const ArrayType* arrayOf(int64_t len, const Type* elem);
  const MapType* mapOf(const Type* key, const Type* val);
  const ChanType* chanOf(ChanDir dir, const Type* elem);
  const TupleType* tupleOf(const std::vector<const Type*>& elems);
  const TaskType* taskOf(const std::vector<const Type*>& results);
  // Not interned (compared structurally by identical()):
  Signature* newSignature();
  StructType* newStruct();
  InterfaceType* newInterface();
  NamedType* newNamed(Object* obj);

  Object* newObject(ObjKind kind, std::string name, Pos pos);
  Scope* newScope(Scope* parent);
  const Constant* keep(Constant c);  // stable storage for Expr::value

  Scope* universe() const { return universe_; }

 private:
  template <class T> T* own(std::unique_ptr<T> p);
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Constant>> constants_;
  std::map<std::pair<int, const void*>, const Type*> unary_;  // (kind, elem) -> type
  std::map<std::tuple<int, int64_t, const void*, const void*>, const Type*> binary_;
  std::map<std::vector<const Type*>, const TupleType*> tuples_;
  std::map<std::vector<const Type*>, const TaskType*> tasks_;
  const BasicType* basics_[static_cast<int>(TypeKind::UntypedNil) + 1] = {};
  const BasicType* byte_ = nullptr;
  const BasicType* rune_ = nullptr;
  const Type* invalid_ = nullptr;
  const Type* error_ = nullptr;
  const Type* any_ = nullptr;
  Scope* universe_ = nullptr;
};

}  // namespace csp
