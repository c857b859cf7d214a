// SPDX-License-Identifier: MIT
// libFuzzer target: the response viewer's lazy JSON index (JsonIndex::build) on arbitrary
// bytes; what it accepts must be what nlohmann accepts, and every value must materialize.
#include "models/core/json/jsonindex.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = cw::fuzz::bytes(data, size);
    cw::JsonIndexError error;
    const std::shared_ptr<cw::JsonIndex> index = cw::JsonIndex::build(body, {}, &error);
    if (!index)
        return 0;
    const cw::JsonIndex::Child root = index->rootValue();
    if (root.isContainer()) {
        const qint64 count = index->childCount(root.node);
        for (qint64 i = 0; i < count && i < 64; ++i)
            (void)index->materialize(index->child(root.node, i).value);
    }
    return 0;
}
