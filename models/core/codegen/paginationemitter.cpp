// SPDX-License-Identifier: MIT
// One generator function per stream that yields each page's records, written for the
// stream's pagination strategy. The stop conditions and their order follow
// PageWalker::planNext() in models/core/sync/pagewalker.cpp, so that the generated
// connector reads exactly the pages the native engine reads.
#include "models/core/codegen/codegencontext.h"

namespace cw::codegen {

namespace {

const QString kPagingComment = QStringLiteral("# Records per page (and page limits), per stream.");

QString strategySummary(const Pagination &p)
{
    switch (p.type) {
    case PaginationType::None: return QStringLiteral("a single request");
    case PaginationType::OffsetLimit:
        return p.totalPath.isEmpty() ? QStringLiteral("offset pagination, until an empty page")
                                     : QStringLiteral("offset pagination, until the total is read");
    case PaginationType::PageNumber: return QStringLiteral("page numbers, until an empty or last page");
    case PaginationType::CursorToken:
        return p.lastRecordCursorPath.isEmpty() || !p.cursorHeader.isEmpty()
            ? QStringLiteral("a cursor token sent back, until there is none")
            : QStringLiteral("the last record's %1 sent back, until a page is empty").arg(p.lastRecordCursorPath.mid(1));
    case PaginationType::NextUrl: return QStringLiteral("the next URL in the body, until there is none");
    case PaginationType::LinkHeader: return QStringLiteral("the Link header's rel=\"next\", until there is none");
    }
    return {};
}

QString digCall(Context &context, const QString &variable, const QString &pointer)
{
    context.need(Helper::Dig);
    return QStringLiteral("dig(%1, %2)").arg(variable, py::pathArguments(pointer));
}

} // namespace

QStringList pagesArguments(const Stream &stream)
{
    QStringList args;
    if (!stream.incremental.requestParam.isEmpty())
        args << QStringLiteral("since");
    if (!stream.parent.stream.isEmpty() && !stream.parent.pathParameter.isEmpty())
        args << py::identifier(stream.parent.pathParameter);
    return args;
}

void writePagesFunction(Context &context, const Stream &stream, py::Writer &out)
{
    const Pagination &p = stream.pagination;
    const QString prefix = context.constantPrefix(stream);
    const bool limited = p.type != PaginationType::None && p.maxPages > 0;
    if (p.type != PaginationType::None) {
        if (!context.constants.contains(kPagingComment))
            context.constants << QString() << kPagingComment;
        context.constants << QStringLiteral("%1_PAGE_SIZE = %2").arg(prefix).arg(p.pageSize);
        if (limited)
            context.constants << QStringLiteral("%1_MAX_PAGES = %2").arg(prefix).arg(p.maxPages);
    }

    out.topLevelGap();
    QStringList args = {QStringLiteral("session"), QStringLiteral("configuration")};
    args << pagesArguments(stream);
    out.line(QStringLiteral("def %1_pages(%2):").arg(context.id(stream), args.join(QStringLiteral(", "))));
    out.indent();
    out.line(QStringLiteral("\"\"\"Pages of %1 %2 (%3): yields each page's records.\"\"\"")
                 .arg(stream.request.method.toUpper(), py::docText(stream.request.path), strategySummary(p)));
    if (p.type == PaginationType::PageNumber)
        out.line(QStringLiteral("page = %1").arg(p.firstPage));
    writeFirstRequest(context, stream, out);
    if (p.type == PaginationType::OffsetLimit)
        out.line(QStringLiteral("offset = 0"));
    if (limited)
        out.line(QStringLiteral("pages = 0"));
    const bool followsUrls = p.type == PaginationType::NextUrl || p.type == PaginationType::LinkHeader;
    if (followsUrls || p.type == PaginationType::CursorToken)
        out.line(QStringLiteral("seen = set()"));
    if (p.type != PaginationType::None)
        out.line(QStringLiteral("previous = None"));

    context.need(Helper::ResponseJson);
    context.need(Helper::RecordsAt);
    const bool needsResponse = followsUrls || p.type == PaginationType::PageNumber
        || (p.type == PaginationType::CursorToken && !p.cursorHeader.isEmpty());
    const QString records = QStringLiteral("records = records_at(body%1)")
                                .arg(stream.recordsPath.isEmpty() ? QString() : QStringLiteral(", ") + py::pathArguments(stream.recordsPath));
    if (p.type == PaginationType::None) {
        out.line(QStringLiteral("body = response_json(%1)").arg(fetchCall(stream)));
        out.line(records);
        out.line(QStringLiteral("yield records"));
        out.dedent();
        return;
    }

    out.line(QStringLiteral("while True:"));
    out.indent();
    if (needsResponse) {
        out.line(QStringLiteral("response = %1").arg(fetchCall(stream)));
        out.line(QStringLiteral("body = response_json(response)"));
    } else {
        out.line(QStringLiteral("body = response_json(%1)").arg(fetchCall(stream)));
    }
    if (followsUrls)
        out.line(QStringLiteral("seen.add(response.url)"));
    out.line(records);
    out.line(QStringLiteral("if records:"));
    out.indent();
    out.line(QStringLiteral("# A server that answers past the end with its last page again would be read forever."));
    out.line(QStringLiteral("fingerprint = (len(records), records[0], records[-1])"));
    out.line(QStringLiteral("if fingerprint == previous:"));
    out.line(QStringLiteral("    raise RuntimeError(\"Pagination repeats: a page has the same records as the one before.\")"));
    out.line(QStringLiteral("previous = fingerprint"));
    out.dedent();
    out.line(QStringLiteral("yield records"));
    if (limited) {
        out.line(QStringLiteral("pages += 1"));
        out.line(QStringLiteral("if pages >= %1_MAX_PAGES:").arg(prefix));
        out.line(QStringLiteral("    return"));
    }
    if (!p.hasMorePath.isEmpty()) {
        out.line(QStringLiteral("if %1 in (False, \"false\"):").arg(digCall(context, QStringLiteral("body"), p.hasMorePath)));
        out.line(QStringLiteral("    return"));
    }
    out.line(QStringLiteral("if not records:"));
    out.line(QStringLiteral("    return"));

    switch (p.type) {
    case PaginationType::None:
        break;
    case PaginationType::OffsetLimit:
        out.line(QStringLiteral("offset += len(records)"));
        if (!p.totalPath.isEmpty()) {
            out.line(QStringLiteral("total = %1").arg(digCall(context, QStringLiteral("body"), p.totalPath)));
            out.line(QStringLiteral("if isinstance(total, (int, float)) and offset >= total:"));
            out.line(QStringLiteral("    return"));
        }
        if (!p.offsetParam.isEmpty())
            out.line(QStringLiteral("params[%1] = offset").arg(py::literal(p.offsetParam)));
        break;
    case PaginationType::PageNumber: {
        if (!p.totalPagesPath.isEmpty()) {
            out.line(QStringLiteral("total_pages = %1").arg(digCall(context, QStringLiteral("body"), p.totalPagesPath)));
            const int shift = p.firstPage - 1;
            const QString last = shift == 0 ? QStringLiteral("total_pages")
                : shift > 0                 ? QStringLiteral("total_pages + %1").arg(shift)
                                            : QStringLiteral("total_pages - %1").arg(-shift);
            out.line(QStringLiteral("if isinstance(total_pages, (int, float)) and page >= %1:").arg(last));
            out.line(QStringLiteral("    return"));
        }
        out.line(QStringLiteral("# A Link header without rel=\"next\" marks the last page."));
        out.line(QStringLiteral("if response.headers.get(\"Link\") and \"next\" not in response.links:"));
        out.line(QStringLiteral("    return"));
        out.line(QStringLiteral("page += 1"));
        if (!p.pageParam.isEmpty())
            out.line(QStringLiteral("params[%1] = page").arg(py::literal(p.pageParam)));
        break;
    }
    case PaginationType::CursorToken:
        if (!p.cursorHeader.isEmpty()) {
            out.line(QStringLiteral("token = response.headers.get(%1, \"\")").arg(py::literal(p.cursorHeader)));
        } else if (!p.lastRecordCursorPath.isEmpty()) {
            context.need(Helper::ScalarText);
            out.line(QStringLiteral("token = scalar_text(%1)").arg(digCall(context, QStringLiteral("records[-1]"), p.lastRecordCursorPath)));
        } else {
            context.need(Helper::ScalarText);
            out.line(QStringLiteral("token = scalar_text(%1)").arg(digCall(context, QStringLiteral("body"), p.cursorPath)));
        }
        out.line(QStringLiteral("if not token:"));
        out.line(QStringLiteral("    return"));
        out.line(QStringLiteral("if token in seen:"));
        out.line(QStringLiteral("    raise RuntimeError(f\"Pagination repeats: the cursor {token!r} came back.\")"));
        out.line(QStringLiteral("seen.add(token)"));
        if (!p.cursorParam.isEmpty())
            out.line(QStringLiteral("params[%1] = token").arg(py::literal(p.cursorParam)));
        break;
    case PaginationType::NextUrl:
    case PaginationType::LinkHeader: {
        if (p.type == PaginationType::NextUrl) {
            context.need(Helper::ScalarText);
            out.line(QStringLiteral("next_url = scalar_text(%1)").arg(digCall(context, QStringLiteral("body"), p.nextUrlPath)));
        } else {
            out.line(QStringLiteral("next_url = response.links.get(\"next\", {}).get(\"url\")"));
        }
        out.line(QStringLiteral("if not next_url:"));
        out.line(QStringLiteral("    return"));
        context.imports << QStringLiteral("from urllib.parse import urljoin");
        context.need(Helper::SameOrigin);
        out.line(QStringLiteral("# Relative links resolve against the request that returned them."));
        out.line(QStringLiteral("url = urljoin(response.url, next_url)"));
        out.line(QStringLiteral("if not same_origin(url, response.url):"));
        out.line(QStringLiteral("    raise RuntimeError(\"The next page is on another origin; credentials are not sent there.\")"));
        const Auth &auth = context.project.connection.auth;
        if (auth.type == AuthType::ApiKey && auth.apiKeyIn == u"query") {
            context.need(Helper::WithQuery);
            out.line(QStringLiteral("# Next links rarely repeat an API key sent in the query: send it again."));
            out.line(QStringLiteral("url = with_query(url, %1, %2)").arg(py::literal(auth.apiKeyName), templateExpression(auth.apiKeyValue)));
        }
        out.line(QStringLiteral("if url in seen:"));
        out.line(QStringLiteral("    raise RuntimeError(f\"Pagination repeats: {display_url(url)} was read before.\")"));
        out.line(QStringLiteral("# The next URL carries every parameter itself."));
        out.line(QStringLiteral("params = None"));
        break;
    }
    }
    out.dedent();
    out.dedent();
}

} // namespace cw::codegen
