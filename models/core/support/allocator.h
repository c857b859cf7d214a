// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace cw {

/// The file name of the shared object whose malloc() this process calls, e.g.
/// "libjemalloc.so.2" or "libc.so.6" (a sanitizer build names the program itself). Benchmarks
/// print it, so that a figure says which allocator it was measured with.
std::string mallocProvider();

} // namespace cw
