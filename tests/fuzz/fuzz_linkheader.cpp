// SPDX-License-Identifier: MIT
// libFuzzer target: the RFC 8288 Link header parser on arbitrary bytes.
#include "models/core/http/linkheader.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<cw::WebLink> links = cw::parseLinkHeader(cw::fuzz::bytes(data, size));
    for (const cw::WebLink &link : links) {
        for (const QString &relation : link.relations) {
            if (relation != relation.toLower())
                cw::fuzz::fail(QStringLiteral("relation not lowercased: ") + relation);
        }
    }
    (void)cw::linkWithRelation(links, QStringLiteral("next"));
    return 0;
}
