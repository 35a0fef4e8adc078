// jit/symbolize.h: naming the frames of JIT'd code for panic tracebacks.
//
// JitSymbols keeps, for every object the JIT links, a copy of its bytes (with its DWARF: line
// tables and inlining, codegen_debug.cpp) and the address each of its sections was loaded at.
// The runtime records return addresses when a panic starts (runtime/panic.cpp) and, only if
// the panic is fatal, asks symbolize() for frames: the object's DWARF is parsed then, lazily,
// so programs that never print a trace pay nothing but the copy.
//
// Who calls what: the JIT driver calls addObject before linking an object; the link plugin
// (symbolsPlugin) calls sectionLoaded once addresses are final; the runtime calls symbolize
// from the panicking goroutine. A mutex guards everything (the REPL links while programs run).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <llvm/ADT/StringRef.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>

#include "runtime/csp_rt.h"

namespace csp {

class JitSymbols {
 public:
  static JitSymbols& get();
  // `id` is the object buffer's identifier (its LinkGraph's name). Returns the kept copy, which
  // lives as long as the process: the JIT may link from it.
  llvm::StringRef addObject(const std::string& id, llvm::StringRef bytes);
  void sectionLoaded(const std::string& id, const std::string& section, uint64_t addr, uint64_t size);
  // Frames at pc (a return address minus one), innermost first; 0 if pc is not csp code.
  int symbolize(uintptr_t pc, csp_frame* out, int max);

 private:
  struct Impl;
  JitSymbols();
  std::unique_ptr<Impl> impl_;
};

// The ObjectLinkingLayer plugin that reports section addresses to JitSymbols and code ranges
// to the runtime (csp_rt_add_code_range), and installs the runtime's symbolizer.
std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin> symbolsPlugin();

}  // namespace csp
