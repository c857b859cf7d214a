// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <zlib.h>

namespace cw::test {

/// `data` gzip-compressed (a gzip wrapper, not a zlib one), for servers that send
/// Content-Encoding: gzip; empty on failure. Tests that use it link ZLIB::ZLIB.
inline std::string gzip(const std::string &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip wrapper rather than a zlib one.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&stream, uLong(data.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : std::string();
}

} // namespace cw::test
