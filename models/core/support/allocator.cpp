// SPDX-License-Identifier: MIT
#include "models/core/support/allocator.h"

#include <dlfcn.h>

namespace cw {

std::string mallocProvider()
{
    // The malloc the dynamic linker binds for this process: the first definition in load
    // order, which is jemalloc's when a program links it first (cw_use_allocator()).
    void *const symbol = dlsym(RTLD_DEFAULT, "malloc");
    Dl_info info{};
    if (!symbol || dladdr(symbol, &info) == 0 || !info.dli_fname)
        return "unknown";
    const std::string path = info.dli_fname;
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace cw
