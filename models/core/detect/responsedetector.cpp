// SPDX-License-Identifier: MIT
#include "models/core/detect/responsedetector.h"

#include <algorithm>
#include <deque>
#include <set>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

#include "models/core/http/linkheader.h"
#include "models/core/json/jsonpath.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::ResponseDetector)
};

// Field names are compared without case, "_", "-" or ".", so next_cursor, nextCursor and
// next-cursor are one name.
QString squash(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c != u'_' && c != u'-' && c != u'.')
            out += c.toLower();
    }
    return out;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// A scalar field of the body outside the records: where it is and what it holds.
struct MetaField {
    QString pointer;
    QString key;        // squashed last key
    QString parentKey;  // squashed key of the enclosing object, "" at the top
    const JsonValue *value;
};

// Scalars of the body's objects down to `maxDepth`, in document order, skipping the records
// array and every other array: paging metadata lives in objects, not in lists.
QList<MetaField> metaFields(const JsonValue &body, const QString &recordsPath, int maxDepth = 4)
{
    QList<MetaField> out;
    struct Item {
        const JsonValue *value;
        QString pointer;
        QString key;
        int depth;
    };
    // Breadth first, so that the shallowest of two same-named fields comes first.
    std::deque<Item> queue{{&body, QString(), QString(), 0}};
    while (!queue.empty()) {
        const Item item = queue.front();
        queue.pop_front();
        if (!item.value->is_object() || item.depth >= maxDepth)
            continue;
        for (auto it = item.value->begin(); it != item.value->end(); ++it) {
            const QString pointer = item.pointer + u'/' + fromStd(escapeJsonPointerToken(it.key()));
            if (pointer == recordsPath)
                continue;
            if (it->is_object())
                queue.push_back({&it.value(), pointer, squash(fromStd(it.key())), item.depth + 1});
            else if (!it->is_array())
                out.append({pointer, squash(fromStd(it.key())), item.key, &it.value()});
        }
    }
    return out;
}

const MetaField *findField(const QList<MetaField> &fields, std::initializer_list<const char *> names,
                           bool (*accept)(const JsonValue &) = nullptr)
{
    for (const char *name : names) {
        for (const MetaField &field : fields) {
            if (field.key == QLatin1String(name) && (!accept || accept(*field.value)))
                return &field;
        }
    }
    return nullptr;
}

bool isNumber(const JsonValue &v) { return v.is_number(); }
bool isBool(const JsonValue &v) { return v.is_boolean(); }
bool isTokenLike(const JsonValue &v) { return (v.is_string() && !v.get_ref<const std::string &>().empty()) || v.is_number_integer(); }

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u'/') || text.startsWith(u'?');
}

QString scalarText(const JsonValue &v)
{
    return v.is_string() ? fromStd(v.get<std::string>()) : fromStd(v.dump());
}

// The first query parameter of `url` whose squashed name is one of `names`, keeping its spelling.
QString queryParam(const QUrl &url, std::initializer_list<const char *> names, QString *value = nullptr)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const char *name : names) {
        for (const auto &[key, itemValue] : items) {
            if (squash(key) == QLatin1String(name)) {
                if (value)
                    *value = itemValue;
                return key;
            }
        }
    }
    return {};
}

const std::initializer_list<const char *> kLimitNames = {"limit", "perpage", "pagesize", "size", "maxresults", "count", "$top", "top"};
const std::initializer_list<const char *> kPageNames = {"page", "pagenumber", "pageno", "p", "currentpage"};
const std::initializer_list<const char *> kOffsetNames = {"offset", "skip", "start", "startindex", "$skip", "from"};

// Fills limitParam and pageSize from the URLs seen (a next link first) or the body's fields.
void fillPageSize(Pagination &p, const QList<QUrl> &urls, const QList<MetaField> &fields, QStringList &evidence)
{
    for (const QUrl &url : urls) {
        QString value;
        const QString name = queryParam(url, kLimitNames, &value);
        if (!name.isEmpty()) {
            p.limitParam = name;
            if (value.toInt() > 0)
                p.pageSize = value.toInt();
            evidence << Tr::tr("The page size is sent as %1=%2.").arg(name, value);
            return;
        }
    }
    if (const MetaField *field = findField(fields, {"limit", "perpage", "pagesize"}, &isNumber)) {
        p.limitParam = field->pointer.section(u'/', -1);
        if (field->value->get<double>() >= 1)
            p.pageSize = int(field->value->get<double>());
        evidence << Tr::tr("The body's %1 (%2) looks like the page size.").arg(quoted(field->pointer), scalarText(*field->value));
    }
}

QString linkHeaderValue(const HttpHeaders &headers)
{
    QByteArrayList values;
    for (const auto &[name, value] : headers) {
        if (name.compare("link", Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return QString::fromUtf8(values.join(", "));
}

PaginationProposal detectPagination(const JsonValue &body, const HttpHeaders &headers, const QUrl &url,
                                    const RecordsProposal &records)
{
    PaginationProposal result;
    Pagination &p = result.pagination;
    QStringList evidence;
    const QList<MetaField> fields = metaFields(body, records.found ? records.path : QStringLiteral("\x01"));

    // 1. RFC 8288 Link header: the most explicit signal there is.
    const QString link = linkWithRelation(parseLinkHeader(linkHeaderValue(headers).toUtf8()), QStringLiteral("next"));
    if (!link.isEmpty()) {
        p.type = PaginationType::LinkHeader;
        evidence << Tr::tr("Link header has rel=\"next\": %1.").arg(link);
        const QUrl next = url.resolved(QUrl(link));
        QString page;
        const QString pageParam = queryParam(next, kPageNames, &page);
        if (!pageParam.isEmpty()) {
            p.pageParam = pageParam;
            evidence << Tr::tr("The next link counts pages with %1=%2.").arg(pageParam, page);
        }
        fillPageSize(p, {next, url}, fields, evidence);
        result.confidence = 0.95;
        result.evidence = evidence.join(u' ');
        return result;
    }

    // 2. A next URL or a cursor token in the body.
    const auto isNextName = [](const QString &key) {
        static const QStringList names = {QStringLiteral("next"), QStringLiteral("nexturl"), QStringLiteral("nextpage"),
                                          QStringLiteral("nextpageurl"), QStringLiteral("nextlink"), QStringLiteral("@odatanextlink"),
                                          QStringLiteral("nexthref"), QStringLiteral("odatanextlink")};
        return names.contains(key);
    };
    for (const MetaField &field : fields) {
        // HAL: {"_links": {"next": {"href": "..."}}}
        const bool named = isNextName(field.key) || (field.key == u"href" && isNextName(field.parentKey));
        if (!named || !field.value->is_string() || !looksLikeUrl(scalarText(*field.value)))
            continue;
        p.type = PaginationType::NextUrl;
        p.nextUrlPath = field.pointer;
        const QString target = scalarText(*field.value);
        const QUrl next = url.resolved(QUrl(target));
        evidence << Tr::tr("The body's %1 holds the next page's URL (%2%3).")
                        .arg(quoted(field.pointer), target.startsWith(u"http") ? QString() : Tr::tr("relative: "), target);
        fillPageSize(p, {next, url}, fields, evidence);
        result.confidence = 0.9;
        result.evidence = evidence.join(u' ');
        return result;
    }

    const MetaField *hasMore = findField(fields, {"hasmore", "hasnext", "hasnextpage", "hasmorepages", "more", "moreitems"}, &isBool);
    const MetaField *token = findField(fields, {"nextcursor", "nextpagetoken", "nexttoken", "nextpagecursor", "cursor",
                                                "continuationtoken", "continuation", "endcursor", "after", "next",
                                                "nextkey", "pagetoken", "startingafter", "scrollid"}, &isTokenLike);
    if (!token) {
        // The last page of a cursor listing has a null token; the name alone is evidence.
        token = findField(fields, {"nextcursor", "nextpagetoken", "nexttoken", "nextpagecursor"},
                          [](const JsonValue &v) { return v.is_null(); });
    }
    if (token) {
        p.type = PaginationType::CursorToken;
        p.cursorPath = token->pointer;
        // Send the token back as the parameter the request already uses, else by its field name.
        QString param = queryParam(url, {"cursor", "pagetoken", "after", "startingafter", "continuation", "continuationtoken",
                                         "token", "next", "nexttoken"});
        if (param.isEmpty()) {
            const QString &k = token->key;
            if (k == u"nextcursor" || k == u"cursor" || k == u"nextpagecursor")
                param = QStringLiteral("cursor");
            else if (k == u"nextpagetoken" || k == u"pagetoken")
                param = token->pointer.contains(u'_') ? QStringLiteral("page_token") : QStringLiteral("pageToken");
            else if (k == u"endcursor" || k == u"after")
                param = QStringLiteral("after");
            else if (k == u"startingafter")
                param = QStringLiteral("starting_after");
            else
                param = token->pointer.section(u'/', -1);
        }
        p.cursorParam = param;
        evidence << Tr::tr("The body's %1 looks like a cursor token (%2); it is sent back as %3.")
                        .arg(quoted(token->pointer), token->value->is_null() ? QStringLiteral("null on this page")
                                                                             : scalarText(*token->value).left(40),
                             quoted(param));
        if (hasMore) {
            p.hasMorePath = hasMore->pointer;
            evidence << Tr::tr("%1 (%2) says whether more pages follow.").arg(quoted(hasMore->pointer), scalarText(*hasMore->value));
        }
        fillPageSize(p, {url}, fields, evidence);
        result.confidence = hasMore ? 0.9 : 0.75;
        result.evidence = evidence.join(u' ');
        return result;
    }

    if (hasMore && records.found && records.count > 0) {
        // Stripe: has_more, and the next page starts after the last record's id.
        p.type = PaginationType::CursorToken;
        p.hasMorePath = hasMore->pointer;
        p.cursorParam = queryParam(url, {"startingafter", "after"});
        if (p.cursorParam.isEmpty())
            p.cursorParam = QStringLiteral("starting_after");
        p.lastRecordCursorPath = QStringLiteral("/id");
        evidence << Tr::tr("%1 (%2) says whether more pages follow, but the body has no cursor token: the next page "
                           "probably starts after the last record's id, sent as %3 (Stripe style).")
                        .arg(quoted(hasMore->pointer), scalarText(*hasMore->value), quoted(p.cursorParam));
        fillPageSize(p, {url}, fields, evidence);
        result.confidence = 0.6;
        result.evidence = evidence.join(u' ');
        return result;
    }

    // 3. Page numbers, from the body or the request.
    const MetaField *pageField = findField(fields, {"page", "currentpage", "pagenumber", "pageno"}, &isNumber);
    QString pageValue;
    const QString pageParam = queryParam(url, kPageNames, &pageValue);
    const MetaField *totalPages = findField(fields, {"totalpages", "lastpage", "pages", "pagecount", "numpages"}, &isNumber);
    if (pageField || !pageParam.isEmpty() || totalPages) {
        p.type = PaginationType::PageNumber;
        p.pageParam = !pageParam.isEmpty() ? pageParam : pageField ? pageField->pointer.section(u'/', -1) : QStringLiteral("page");
        if (pageField)
            evidence << Tr::tr("The body's %1 (%2) is a page number.").arg(quoted(pageField->pointer), scalarText(*pageField->value));
        if (!pageParam.isEmpty())
            evidence << Tr::tr("The request counts pages with %1=%2.").arg(pageParam, pageValue);
        if (totalPages) {
            p.totalPagesPath = totalPages->pointer;
            evidence << Tr::tr("%1 (%2) is the number of pages.").arg(quoted(totalPages->pointer), scalarText(*totalPages->value));
        }
        if (pageField && pageField->value->is_number_integer() && pageField->value->get<qint64>() == 0)
            p.firstPage = 0;
        fillPageSize(p, {url}, fields, evidence);
        result.confidence = totalPages ? 0.85 : 0.65;
        result.evidence = evidence.join(u' ');
        return result;
    }

    // 4. Offset and total.
    const MetaField *offsetField = findField(fields, {"offset", "skip", "start", "startindex"}, &isNumber);
    QString offsetValue;
    const QString offsetParam = queryParam(url, kOffsetNames, &offsetValue);
    const MetaField *total = findField(fields, {"total", "totalcount", "totalresults", "totalitems", "totalrecords",
                                                "totalsize", "count"}, &isNumber);
    if (offsetField || !offsetParam.isEmpty()) {
        p.type = PaginationType::OffsetLimit;
        p.offsetParam = !offsetParam.isEmpty() ? offsetParam : offsetField->pointer.section(u'/', -1);
        if (offsetField)
            evidence << Tr::tr("The body's %1 (%2) is an offset.").arg(quoted(offsetField->pointer), scalarText(*offsetField->value));
        if (!offsetParam.isEmpty())
            evidence << Tr::tr("The request sends %1=%2.").arg(offsetParam, offsetValue);
        if (total) {
            p.totalPath = total->pointer;
            evidence << Tr::tr("%1 (%2) is the total number of records.").arg(quoted(total->pointer), scalarText(*total->value));
        }
        fillPageSize(p, {url}, fields, evidence);
        if (p.limitParam.isEmpty())
            p.limitParam = QStringLiteral("limit");
        result.confidence = total ? 0.85 : 0.65;
        result.evidence = evidence.join(u' ');
        return result;
    }

    result.confidence = records.found ? 0.5 : 0.2;
    result.evidence = Tr::tr("No pagination found: no Link header with rel=\"next\", no next URL or cursor in the body, "
                             "no page or offset fields.");
    return result;
}

// Records -------------------------------------------------------------------------------

bool isPreferredRecordsKey(const QString &squashed)
{
    static const QStringList names = {QStringLiteral("data"), QStringLiteral("items"), QStringLiteral("results"),
                                      QStringLiteral("records"), QStringLiteral("value"), QStringLiteral("entries"),
                                      QStringLiteral("rows"), QStringLiteral("hits"), QStringLiteral("objects"),
                                      QStringLiteral("elements"), QStringLiteral("list"), QStringLiteral("nodes")};
    return names.contains(squashed);
}

// True when every element is an object (nulls aside) and there is at least one.
bool isArrayOfObjects(const JsonValue &array, double *averageSize)
{
    qsizetype objects = 0;
    qsizetype keys = 0;
    for (const JsonValue &element : array) {
        if (element.is_null())
            continue;
        if (!element.is_object())
            return false;
        ++objects;
        keys += qsizetype(element.size());
    }
    if (averageSize && objects > 0)
        *averageSize = double(keys) / double(objects);
    return objects > 0;
}

} // namespace

QString resourceNameFromUrl(const QUrl &url)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    for (auto it = segments.crbegin(); it != segments.crend(); ++it) {
        // "/v1/customers/{id}/notes" -> notes; "/users.json" -> users; version segments are skipped.
        QString segment = it->section(u'.', 0, 0);
        static const QRegularExpression version(QStringLiteral("^v\\d+(\\.\\d+)?$"));
        if (!segment.isEmpty() && !version.match(segment).hasMatch())
            return segment.toLower();
    }
    return QStringLiteral("records");
}

RecordsProposal detectRecords(const JsonValue &body, const QString &resourceName)
{
    RecordsProposal result;
    if (body.is_array()) {
        if (body.empty()) {
            result.evidence = Tr::tr("The body is an empty array; fetch a page that has records to detect more.");
            return result;
        }
        double average = 0;
        if (!isArrayOfObjects(body, &average)) {
            result.evidence = Tr::tr("The body is an array, but not of objects.");
            return result;
        }
        result.found = true;
        result.count = qsizetype(body.size());
        result.confidence = 0.95;
        result.evidence = Tr::tr("The body itself is an array of %1 objects.").arg(result.count);
        return result;
    }
    if (!body.is_object()) {
        result.evidence = Tr::tr("The body is a %1, not an object or array.").arg(QLatin1String(body.type_name()));
        return result;
    }
    struct Candidate {
        QString pointer;
        qsizetype count;
        double score;
        bool preferred;
    };
    QList<Candidate> candidates;
    QStringList emptyArrays;
    const QString resource = squash(resourceName);
    std::vector<std::pair<const JsonValue *, QString>> stack{{&body, QString()}};
    while (!stack.empty()) {
        const auto [value, pointer] = stack.back();
        stack.pop_back();
        if (pointer.count(u'/') >= 5)
            continue;
        for (auto it = value->begin(); it != value->end(); ++it) {
            const QString childPointer = pointer + u'/' + fromStd(escapeJsonPointerToken(it.key()));
            if (it->is_object()) {
                stack.emplace_back(&it.value(), childPointer);
            } else if (it->is_array()) {
                double average = 0;
                const QString key = squash(fromStd(it.key()));
                if (it->empty()) {
                    emptyArrays << childPointer;
                    continue;
                }
                if (!isArrayOfObjects(*it, &average))
                    continue;
                const bool preferred = isPreferredRecordsKey(key) || (!resource.isEmpty() && key == resource);
                double score = double(it->size()) * std::max(1.0, average);
                // The resource's own name is the strongest hint; the usual container names next.
                if (!resource.isEmpty() && key == resource)
                    score *= 10;
                else if (preferred)
                    score *= 3;
                candidates.append({childPointer, qsizetype(it->size()), score, preferred});
            }
        }
    }
    if (candidates.isEmpty()) {
        result.evidence = emptyArrays.isEmpty()
            ? Tr::tr("The body has no array of objects.")
            : Tr::tr("The only arrays (%1) are empty; fetch a page that has records to detect more.").arg(emptyArrays.join(u", "));
        if (!emptyArrays.isEmpty()) {
            // An empty "data" is still the likeliest place; propose it with little confidence.
            for (const QString &pointer : std::as_const(emptyArrays)) {
                if (isPreferredRecordsKey(squash(pointer.section(u'/', -1))) || squash(pointer.section(u'/', -1)) == resource) {
                    result.path = pointer;
                    result.confidence = 0.3;
                    break;
                }
            }
        }
        return result;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    const Candidate &best = candidates.front();
    result.found = true;
    result.path = best.pointer;
    result.count = best.count;
    result.confidence = candidates.size() == 1 ? (best.preferred ? 0.95 : 0.85) : (best.preferred ? 0.85 : 0.6);
    QString sentence = Tr::tr("%1 is an array of %2 objects").arg(quoted(best.pointer)).arg(best.count);
    if (candidates.size() > 1)
        sentence += Tr::tr(", the largest of %1 arrays of objects").arg(candidates.size());
    if (best.preferred)
        sentence += Tr::tr(", under a key that usually holds records");
    result.evidence = sentence + u'.';
    return result;
}

// Primary key --------------------------------------------------------------------------

namespace {

int keyNameRank(const QString &name, const QString &resource)
{
    const QString k = squash(name);
    if (k == u"id")
        return 0;
    QString singular = resource;
    if (singular.endsWith(u"ies"))
        singular = singular.chopped(3) + u'y';
    else if (singular.endsWith(u's'))
        singular.chop(1);
    if (!singular.isEmpty() && (k == singular + u"id" || k == resource + u"id"))
        return 1;
    if (k == u"uuid" || k == u"guid" || k == u"key" || k == u"_id")
        return 2;
    if (k.endsWith(u"id") && name.size() > 2 && (name.endsWith(u"_id") || name.endsWith(u"Id") || name.endsWith(u"ID")))
        return 3;
    if (k.endsWith(u"uuid") || k.endsWith(u"key") || k == u"code" || k == u"sku" || k == u"slug")
        return 4;
    return -1;
}

} // namespace

PrimaryKeyProposal detectPrimaryKey(const JsonValue &records, const QString &resourceName)
{
    PrimaryKeyProposal result;
    if (!records.is_array() || records.empty()) {
        result.evidence = Tr::tr("No records to find a primary key in.");
        return result;
    }
    const QString resource = squash(resourceName);
    // Candidate fields: id-like names, in the order of the first record.
    QList<std::pair<int, QString>> candidates;
    for (const JsonValue &record : records) {
        if (!record.is_object())
            continue;
        for (auto it = record.begin(); it != record.end(); ++it) {
            const QString name = fromStd(it.key());
            const int rank = keyNameRank(name, resource);
            if (rank >= 0 && std::none_of(candidates.begin(), candidates.end(), [&](const auto &c) { return c.second == name; }))
                candidates.append({rank, name});
        }
        break;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const qsizetype n = qsizetype(records.size());
    const auto keyOf = [](const JsonValue &record, const QStringList &fields) -> std::optional<std::string> {
        std::string key;
        for (const QString &field : fields) {
            if (!record.is_object())
                return std::nullopt;
            const auto it = record.find(field.toStdString());
            if (it == record.end() || !(it->is_string() || it->is_number_integer()))
                return std::nullopt;  // missing, null, or not an identifier
            key += it->dump() + '\x1f';
        }
        return key;
    };
    const auto unique = [&](const QStringList &fields) {
        std::set<std::string> seen;
        for (const JsonValue &record : records) {
            const auto key = keyOf(record, fields);
            if (!key || !seen.insert(*key).second)
                return false;
        }
        return true;
    };
    for (const auto &[rank, name] : std::as_const(candidates)) {
        if (!unique({name}))
            continue;
        result.fields = {name};
        result.confidence = n >= 10 ? (rank == 0 ? 0.95 : 0.85) : 0.6;
        result.evidence = Tr::tr("%1 is present, not null and unique in all %2 records.").arg(quoted(name)).arg(n);
        if (n < 10)
            result.evidence += u' ' + Tr::tr("Few records were seen, so this is a weak guess.");
        return result;
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        for (qsizetype j = i + 1; j < candidates.size(); ++j) {
            const QStringList pair{candidates[i].second, candidates[j].second};
            if (!unique(pair))
                continue;
            result.fields = pair;
            result.confidence = 0.6;
            result.evidence = Tr::tr("No single id-like field is unique, but %1 and %2 together are, in all %3 records.")
                                  .arg(quoted(pair[0]), quoted(pair[1]))
                                  .arg(n);
            return result;
        }
    }
    result.evidence = candidates.isEmpty() ? Tr::tr("No record field looks like an identifier.")
                                           : Tr::tr("No id-like field (or pair of them) is present and unique in every record.");
    return result;
}

// Incremental cursor ---------------------------------------------------------------------

namespace {

int cursorNameRank(const QString &name)
{
    const QString k = squash(name);
    static const QStringList updated = {QStringLiteral("updatedat"), QStringLiteral("modifiedat"), QStringLiteral("lastmodified"),
                                        QStringLiteral("lastmodifiedat"), QStringLiteral("modified"), QStringLiteral("updated"),
                                        QStringLiteral("datemodified"), QStringLiteral("updatetime"), QStringLiteral("modifiedtime"),
                                        QStringLiteral("lastupdated"), QStringLiteral("lastupdatedat"), QStringLiteral("changedat"),
                                        QStringLiteral("systemmodstamp"), QStringLiteral("lastmodifieddate"), QStringLiteral("updatedtime")};
    if (updated.contains(k))
        return 0;
    if (k.contains(u"updated") || k.contains(u"modified") || k.contains(u"changed"))
        return 1;
    static const QStringList created = {QStringLiteral("createdat"), QStringLiteral("created"), QStringLiteral("timestamp"),
                                        QStringLiteral("ts"), QStringLiteral("occurredat"), QStringLiteral("time"),
                                        QStringLiteral("datecreated"), QStringLiteral("createtime"), QStringLiteral("eventtime")};
    if (created.contains(k))
        return 2;
    if (k.endsWith(u"at") || k.endsWith(u"time") || k.endsWith(u"date"))
        return 3;
    return -1;
}

// The timestamp format of a value, or "" when it is none.
QString timestampFormat(const JsonValue &v)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (v.is_string()) {
        const QString text = fromStd(v.get<std::string>());
        if (rfc3339.match(text).hasMatch())
            return QStringLiteral("rfc3339");
        if (date.match(text).hasMatch())
            return QStringLiteral("date");
        return {};
    }
    if (v.is_number_integer() || v.is_number_float()) {
        const double x = v.get<double>();
        if (x >= 1e8 && x < 1e11)   // 1973 to 5138
            return QStringLiteral("epoch_seconds");
        if (x >= 1e11 && x < 1e14)
            return QStringLiteral("epoch_millis");
    }
    return {};
}

bool lessOrEqual(const JsonValue &a, const JsonValue &b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() <= b.get<double>();
    // RFC 3339 UTC and dates order as text; offsets other than Z only roughly, hence "near".
    return a.get<std::string>() <= b.get<std::string>();
}

} // namespace

CursorProposal detectIncrementalCursor(const JsonValue &records, const QUrl &requestUrl)
{
    CursorProposal result;
    if (!records.is_array() || records.empty() || !records.front().is_object()) {
        result.evidence = Tr::tr("No records to find an incremental cursor in.");
        return result;
    }
    struct Candidate {
        QString name;
        QString format;
        int rank;
        qsizetype present;
        qsizetype ascending;
        qsizetype descending;
    };
    QList<Candidate> candidates;
    for (auto it = records.front().begin(); it != records.front().end(); ++it) {
        const QString name = fromStd(it.key());
        Candidate c{name, QString(), cursorNameRank(name), 0, 0, 0};
        const JsonValue *previous = nullptr;
        bool consistent = true;
        for (const JsonValue &record : records) {
            const auto field = record.is_object() ? record.find(it.key()) : record.end();
            if (!record.is_object() || field == record.end() || field->is_null())
                continue;
            const QString format = timestampFormat(*field);
            if (format.isEmpty() || (!c.format.isEmpty() && format != c.format)) {
                consistent = false;
                break;
            }
            c.format = format;
            ++c.present;
            if (previous) {
                c.ascending += lessOrEqual(*previous, *field);
                c.descending += lessOrEqual(*field, *previous);
            }
            previous = &*field;
        }
        if (!consistent || c.format.isEmpty())
            continue;
        const qsizetype steps = std::max<qsizetype>(1, c.present - 1);
        const bool monotonic = c.ascending >= steps * 9 / 10 || c.descending >= steps * 9 / 10;
        // A well-named field needs only the format; any other timestamp must also be ordered.
        if (c.rank < 0 && !monotonic)
            continue;
        if (c.rank < 0)
            c.rank = 4;
        if (!monotonic)
            c.rank += 5;
        candidates.append(c);
    }
    if (candidates.isEmpty()) {
        result.evidence = Tr::tr("No record field holds timestamps (RFC 3339, dates or epoch numbers).");
        return result;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    const Candidate &best = candidates.front();
    result.field = best.name;
    result.format = best.format;
    const qsizetype n = qsizetype(records.size());
    const qsizetype steps = std::max<qsizetype>(0, best.present - 1);
    static const QHash<QString, QString> formatNames = {
        {QStringLiteral("rfc3339"), Tr::tr("RFC 3339 timestamps")}, {QStringLiteral("date"), Tr::tr("dates")},
        {QStringLiteral("epoch_seconds"), Tr::tr("epoch seconds")}, {QStringLiteral("epoch_millis"), Tr::tr("epoch milliseconds")}};
    QString evidence = Tr::tr("%1 holds %2 in %3 of %4 records").arg(quoted(best.name), formatNames.value(best.format)).arg(best.present).arg(n);
    if (steps > 0) {
        if (best.ascending == steps)
            evidence += Tr::tr(", in ascending order");
        else if (best.ascending >= best.descending)
            evidence += Tr::tr(", nearly ascending (%1 of %2 steps)").arg(best.ascending).arg(steps);
        else
            evidence += Tr::tr(", in descending order (%1 of %2 steps)").arg(best.descending).arg(steps);
    }
    evidence += u'.';
    result.confidence = best.rank == 0 ? 0.9 : best.rank < 5 ? 0.7 : 0.4;
    QString value;
    const QString param = queryParam(requestUrl, {"updatedsince", "since", "modifiedsince", "modifiedafter", "updatedafter",
                                                  "changedsince", "lastmodifiedsince", "updatedatgte", "updatedat[gte]",
                                                  "updatedfrom", "from", "starttime", "mindate", "updatedmin"}, &value);
    if (!param.isEmpty()) {
        result.requestParam = param;
        evidence += u' ' + Tr::tr("The request already filters with %1=%2.").arg(param, value);
    }
    result.evidence = evidence;
    return result;
}

// Columns -------------------------------------------------------------------------------

QList<ColumnMapping> proposeColumns(const JsonValue &records, int maxRecords)
{
    struct Seen {
        QString path;
        QString name;
        bool integer = false, floating = false, boolean = false, string = false, complex = false;
        QString format;    // common timestamp format of the strings, "" when mixed or none
        bool formatMixed = false;
    };
    QList<Seen> columns;
    const auto column = [&](const QString &path, const QString &name) -> Seen & {
        for (Seen &seen : columns) {
            if (seen.path == path)
                return seen;
        }
        Seen seen;
        seen.path = path;
        seen.name = name;
        columns.append(seen);
        return columns.last();
    };
    const auto observe = [](Seen &seen, const JsonValue &v) {
        if (v.is_null())
            return;
        if (v.is_boolean()) seen.boolean = true;
        else if (v.is_number_integer()) seen.integer = true;
        else if (v.is_number()) seen.floating = true;
        else if (v.is_string()) {
            seen.string = true;
            const QString format = timestampFormat(v);
            if (seen.format.isEmpty() && !seen.formatMixed)
                seen.format = format;
            if (format != seen.format) {
                seen.formatMixed = true;
                seen.format.clear();
            }
        } else seen.complex = true;
    };
    int used = 0;
    for (const JsonValue &record : records) {
        if (!record.is_object())
            continue;
        if (++used > maxRecords)
            break;
        for (auto it = record.begin(); it != record.end(); ++it) {
            const QString key = fromStd(it.key());
            const QString path = u'/' + fromStd(escapeJsonPointerToken(it.key()));
            if (it->is_object() && !it->empty()) {
                for (auto inner = it->begin(); inner != it->end(); ++inner) {
                    observe(column(path + u'/' + fromStd(escapeJsonPointerToken(inner.key())), key + u'_' + fromStd(inner.key())),
                            inner.value());
                }
            } else {
                observe(column(path, key), it.value());
            }
        }
    }
    QList<ColumnMapping> out;
    for (const Seen &seen : std::as_const(columns)) {
        ColumnMapping mapping;
        mapping.path = seen.path;
        mapping.name = seen.name;
        const int kinds = int(seen.integer || seen.floating) + int(seen.boolean) + int(seen.string) + int(seen.complex);
        if (kinds > 1 || seen.complex)
            mapping.type = FivetranType::Json;
        else if (seen.floating)
            mapping.type = FivetranType::Double;
        else if (seen.integer)
            mapping.type = FivetranType::Long;
        else if (seen.boolean)
            mapping.type = FivetranType::Boolean;
        else if (seen.string)
            mapping.type = seen.format == u"rfc3339" ? FivetranType::UtcDateTime
                : seen.format == u"date"             ? FivetranType::NaiveDate
                                                     : FivetranType::String;
        out.append(mapping);
    }
    return out;
}

QStringList ResponseDetection::evidence() const
{
    QStringList out;
    for (const QString &text : {records.evidence, pagination.evidence, primaryKey.evidence, cursor.evidence}) {
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

ResponseDetection detectResponse(const JsonValue &body, const HttpHeaders &headers, const QUrl &requestUrl)
{
    ResponseDetection detection;
    detection.resourceName = resourceNameFromUrl(requestUrl);
    detection.records = detectRecords(body, detection.resourceName);
    detection.pagination = detectPagination(body, headers, requestUrl, detection.records);
    if (detection.records.found) {
        const JsonValue &records = detection.records.path.isEmpty()
            ? body
            : body.at(JsonValue::json_pointer(detection.records.path.toStdString()));
        detection.primaryKey = detectPrimaryKey(records, detection.resourceName);
        detection.cursor = detectIncrementalCursor(records, requestUrl);
    }
    return detection;
}

Stream proposeStream(const ResponseDetection &detection, const JsonValue &body, Stream stream)
{
    if (detection.records.found || !detection.records.path.isEmpty())
        stream.recordsPath = detection.records.path;
    stream.pagination = detection.pagination.pagination;
    if (!detection.cursor.field.isEmpty()) {
        stream.incremental.cursorField = detection.cursor.field;
        stream.incremental.format = detection.cursor.format;
        stream.incremental.requestParam = detection.cursor.requestParam;
    }
    if (stream.table.name.isEmpty())
        stream.table.name = stream.name.isEmpty() ? detection.resourceName : stream.name;
    stream.table.primaryKey = detection.primaryKey.fields;
    if (detection.records.found) {
        const JsonValue &records = detection.records.path.isEmpty()
            ? body
            : body.at(JsonValue::json_pointer(detection.records.path.toStdString()));
        stream.table.columns = proposeColumns(records);
    }
    return stream;
}

Stream proposeStream(const JsonValue &body, const HttpHeaders &headers, const QUrl &requestUrl, Stream stream)
{
    return proposeStream(detectResponse(body, headers, requestUrl), body, std::move(stream));
}

} // namespace cw
