// runtime/map.h: what the rest of the runtime may ask of a map besides the csp_map_* entry
// points of csp_rt.h (which JIT'd code calls; runtime code may call them too, e.g. fmt ranges
// over a map with csp_map_iter_init/csp_map_iter_next). Internal to runtime/.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>

namespace csp::rt {

// Slots of m's current table (0 for a nil map or one that has no table yet); it holds up to
// 7/8 of that many entries before it is rebuilt. For tests and debugging.
uint64_t map_capacity(const csp_map* m);

}  // namespace csp::rt
