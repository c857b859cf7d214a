// SPDX-License-Identifier: MIT
#include "models/core/support/jsondepth.h"

#include <cstring>

namespace cw {

long long jsonNestingExceeds(std::string_view text, int maxDepth)
{
    int depth = 0;
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    for (const char *p = begin; p < end; ++p) {
        switch (*p) {
        case '"':
            // Most of a page is string content: memchr finds the closing quote, and a quote
            // is escaped exactly when an odd run of backslashes precedes it.
            for (const char *from = p + 1;;) {
                const char *quote = static_cast<const char *>(std::memchr(from, '"', std::size_t(end - from)));
                if (!quote)
                    return -1;  // an unterminated string holds no more brackets
                const char *slash = quote;
                while (slash > p + 1 && slash[-1] == '\\')
                    --slash;
                if ((quote - slash) % 2 == 0) {
                    p = quote;
                    break;
                }
                from = quote + 1;
            }
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return static_cast<long long>(p - begin);
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

} // namespace cw
