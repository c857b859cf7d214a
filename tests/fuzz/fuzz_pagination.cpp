// SPDX-License-Identifier: MIT
// libFuzzer target: pagination token and next-URL extraction. A PageWalker walks a stream
// whose pages come from the fuzzer instead of the network: the input is split at 0x1e
// (record separator) into a Link/cursor header value and up to four page bodies; the first
// byte chooses the pagination type, the index mode and the last-record cursor.
#include "models/core/http/httpclient.h"
#include "models/core/sync/pagewalker.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QList<QByteArray> parts = cw::fuzz::bytes(data + 1, size - 1).split('\x1e');

    cw::Project project;
    project.name = QStringLiteral("fuzz");
    project.connection.baseUrl = QStringLiteral("http://127.0.0.1:9/api");
    cw::Stream stream;
    stream.name = QStringLiteral("items");
    stream.request.path = QStringLiteral("/items");
    stream.recordsPath = (flags & 0x40) ? QString() : QStringLiteral("/data");
    stream.incremental.cursorField = QStringLiteral("updated_at");
    cw::Pagination &p = stream.pagination;
    static const cw::PaginationType types[] = {cw::PaginationType::OffsetLimit, cw::PaginationType::PageNumber,
                                               cw::PaginationType::CursorToken, cw::PaginationType::NextUrl,
                                               cw::PaginationType::LinkHeader, cw::PaginationType::None};
    p.type = types[(flags & 0x7) % 6];
    p.limitParam = QStringLiteral("limit");
    p.offsetParam = QStringLiteral("offset");
    p.pageParam = QStringLiteral("page");
    p.firstPage = (flags & 0x80) ? 0 : 1;
    p.cursorParam = QStringLiteral("cursor");
    p.cursorPath = QStringLiteral("/next_cursor");
    if (flags & 0x08)
        p.cursorHeader = QStringLiteral("X-Next-Cursor");
    if (flags & 0x10)
        p.lastRecordCursorPath = QStringLiteral("/id");
    p.hasMorePath = QStringLiteral("/has_more");
    p.totalPath = QStringLiteral("/total");
    p.totalPagesPath = QStringLiteral("/total_pages");
    p.nextUrlPath = QStringLiteral("/next");
    p.maxPages = 8;
    project.streams.append(stream);

    const QByteArray header = parts.value(0);
    int served = 0;
    cw::PageWalker walker(project, stream, {});
    if (flags & 0x20)
        walker.setIndexBodies(true, 0); // the viewer's index mode, pagination read from the index
    walker.setSender([&](cw::HttpClient &, const cw::HttpRequest &request, const std::atomic_bool *) {
        cw::HttpResponse response;
        response.status = 200;
        response.effectiveUrl = request.url;
        response.headers = {{"Content-Type", "application/json"}, {"Link", header}, {"X-Next-Cursor", header}};
        response.body = parts.size() > 1 ? parts.at(1 + served % (parts.size() - 1)) : QByteArray();
        response.bodySize = response.body.size();
        ++served;
        return response;
    });
    static cw::HttpClient client; // never used: the sender above answers every request
    for (int i = 0; i < 10 && walker.hasNext(); ++i)
        (void)walker.fetchNext(client);
    if (walker.hasNext())
        cw::fuzz::fail(QStringLiteral("the walk did not stop at maxPages"));
    return 0;
}
