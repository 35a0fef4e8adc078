// jit/symbolize.cpp: JitSymbols (see symbolize.h).
//
// A return address pc in a loaded section S of object O is, in O's own terms, offset
// pc - load(S) in section S; DWARF in a relocatable object is relative to its sections, so the
// lookup is DWARFContext::getInliningInfoForAddress({offset, index of S}). Frames named "csp.*"
// (defer thunks and other glue) are not shown, as Go hides its wrappers.
#include "jit/symbolize.h"

#include <deque>
#include <mutex>
#include <set>
#include <vector>

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/ExecutionEngine/JITLink/JITLink.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

namespace csp {

struct JitSymbols::Impl {
  struct Section {
    std::string name;
    uint64_t addr, size;
  };
  struct Symbol {
    uint64_t section, start, size;
  };
  struct Object {
    std::string id;
    std::unique_ptr<llvm::MemoryBuffer> bytes;
    std::vector<Section> sections;
    bool parsed = false;
    std::unique_ptr<llvm::object::ObjectFile> file;
    std::unique_ptr<llvm::DWARFContext> dwarf;
    std::vector<Symbol> symbols;
  };
  std::mutex mu;
  std::deque<Object> objects;
  std::set<std::string> strings;  // names and paths handed to the runtime: stable c_str()s

  const char* keep(const std::string& s) { return strings.insert(s).first->c_str(); }

  void parse(Object& o) {
    o.parsed = true;
    auto file = llvm::object::ObjectFile::createObjectFile(o.bytes->getMemBufferRef());
    if (!file) {
      llvm::consumeError(file.takeError());
      return;
    }
    o.file = std::move(*file);
    o.dwarf = llvm::DWARFContext::create(*o.file);
    for (const llvm::object::SymbolRef& sym : o.file->symbols()) {
      auto type = sym.getType();
      auto sec = sym.getSection();
      auto value = sym.getValue();
      if (!type || !sec || !value || *type != llvm::object::SymbolRef::ST_Function || *sec == o.file->section_end()) {
        if (!type) llvm::consumeError(type.takeError());
        if (!sec) llvm::consumeError(sec.takeError());
        if (!value) llvm::consumeError(value.takeError());
        continue;
      }
      uint64_t size = llvm::object::ELFSymbolRef(sym).getSize();
      o.symbols.push_back({(*sec)->getIndex(), *value, size});
    }
  }

  int symbolize(uintptr_t pc, csp_frame* out, int max) {
    for (Object& o : objects) {
      for (const Section& s : o.sections) {
        if (pc < s.addr || pc >= s.addr + s.size) continue;
        if (!o.parsed) parse(o);
        if (!o.dwarf) return 0;
        uint64_t offset = pc - s.addr;
        uint64_t index = llvm::object::SectionedAddress::UndefSection;
        for (const llvm::object::SectionRef& sec : o.file->sections()) {
          auto name = sec.getName();
          if (name && *name == s.name) index = sec.getIndex();
          else if (!name) llvm::consumeError(name.takeError());
        }
        llvm::DILineInfoSpecifier spec(llvm::DILineInfoSpecifier::FileLineInfoKind::AbsoluteFilePath,
                                       llvm::DINameKind::LinkageName);
        llvm::DIInliningInfo info = o.dwarf->getInliningInfoForAddress({offset, index}, spec);
        uint64_t entryOffset = 0;
        for (const Symbol& sym : o.symbols)
          if (sym.section == index && offset >= sym.start && offset < sym.start + std::max<uint64_t>(sym.size, 1))
            entryOffset = offset - sym.start;
        int n = 0;
        uint32_t frames = info.getNumberOfFrames();
        for (uint32_t i = 0; i < frames && n < max; i++) {
          const llvm::DILineInfo& f = info.getFrame(i);
          if (f.FunctionName.rfind("csp.", 0) == 0 || f.FunctionName == llvm::DILineInfo::BadString) continue;
          out[n].func = keep(f.FunctionName);
          out[n].file = keep(f.FileName);
          out[n].line = static_cast<int32_t>(f.Line);
          out[n].inlined = i + 1 < frames ? 1 : 0;
          out[n].offset = entryOffset + 1;  // pc was a return address minus one
          n++;
        }
        return n;
      }
    }
    return 0;
  }
};

JitSymbols::JitSymbols() : impl_(std::make_unique<Impl>()) {}

JitSymbols& JitSymbols::get() {
  static JitSymbols* instance = new JitSymbols();  // lives as long as the process
  return *instance;
}

llvm::StringRef JitSymbols::addObject(const std::string& id, llvm::StringRef bytes) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Impl::Object& o = impl_->objects.emplace_back();
  o.id = id;
  o.bytes = llvm::MemoryBuffer::getMemBufferCopy(bytes, id);
  return o.bytes->getBuffer();
}

void JitSymbols::sectionLoaded(const std::string& id, const std::string& section, uint64_t addr, uint64_t size) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  for (Impl::Object& o : impl_->objects)
    if (o.id == id) o.sections.push_back({section, addr, size});
}

int JitSymbols::symbolize(uintptr_t pc, csp_frame* out, int max) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->symbolize(pc, out, max);
}

namespace {

int runtimeSymbolizer(uintptr_t pc, csp_frame* out, int max) { return JitSymbols::get().symbolize(pc, out, max); }

class SymbolsPlugin : public llvm::orc::ObjectLinkingLayer::Plugin {
 public:
  SymbolsPlugin() { csp_rt_set_symbolizer(runtimeSymbolizer); }

  void modifyPassConfig(llvm::orc::MaterializationResponsibility&, llvm::jitlink::LinkGraph&,
                        llvm::jitlink::PassConfiguration& config) override {
    config.PostFixupPasses.push_back([](llvm::jitlink::LinkGraph& g) {
      for (llvm::jitlink::Section& sec : g.sections()) {
        if (sec.getMemLifetime() == llvm::orc::MemLifetime::NoAlloc) continue;
        llvm::jitlink::SectionRange r(sec);
        if (r.empty()) continue;
        uint64_t lo = r.getStart().getValue(), size = r.getSize();
        JitSymbols::get().sectionLoaded(g.getName(), sec.getName().str(), lo, size);
        bool exec = (static_cast<unsigned>(sec.getMemProt()) & static_cast<unsigned>(llvm::orc::MemProt::Exec)) != 0;
        if (exec) csp_rt_add_code_range(lo, lo + size);
      }
      return llvm::Error::success();
    });
  }
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility&) override { return llvm::Error::success(); }
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey, llvm::orc::ResourceKey) override {}
};

}  // namespace

std::unique_ptr<llvm::orc::ObjectLinkingLayer::Plugin> symbolsPlugin() { return std::make_unique<SymbolsPlugin>(); }

}  // namespace csp
