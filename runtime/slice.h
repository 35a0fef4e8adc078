// runtime/slice.h: slice memory shared inside runtime/ (strings.cpp's []byte(s), append).
// Internal to runtime/.
#pragma once

#include "runtime/csp_rt.h"

#include <cstdint>

namespace csp::rt {

// Go's roundupsize: the size Go's allocator hands out for a request of `size` bytes.
uint64_t roundupsize(uint64_t size);
// Zeroed GC memory for `bytes` bytes (atomic, never scanned, unless it holds pointers); for 0
// bytes a shared non-NULL address (an empty slice is not a nil slice).
void* alloc_array(bool pointers, uint64_t bytes);

}  // namespace csp::rt
