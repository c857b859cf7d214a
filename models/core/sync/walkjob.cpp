// SPDX-License-Identifier: MIT
#include "models/core/sync/walkjob.h"

#include <QCoreApplication>
#include <QThread>

namespace cw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::WalkJob)
};
} // namespace

WalkJob::WalkJob(Project project, QStringList streams, ConfigurationValues values, int maxPages, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_streams(std::move(streams))
    , m_values(std::move(values))
    , m_maxPages(maxPages)
{
    qRegisterMetaType<std::shared_ptr<const cw::PageFetch>>();
}

WalkJob::~WalkJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void WalkJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("WalkJob"));
    m_thread->start();
}

void WalkJob::cancel()
{
    m_cancel = true;
}

bool WalkJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

namespace {

QString parentValue(const JsonValue &record, const QString &field)
{
    const QString path = field.startsWith(u'/') ? field : u'/' + field;
    try {
        const JsonValue::json_pointer pointer(path.toStdString());
        if (!record.contains(pointer))
            return {};
        const JsonValue &value = record.at(pointer);
        if (value.is_string())
            return QString::fromStdString(value.get<std::string>());
        return value.is_primitive() && !value.is_null() ? QString::fromStdString(value.dump()) : QString();
    } catch (const JsonValue::exception &) {
        return {};
    }
}

} // namespace

WalkJob::Outcome WalkJob::walkPages(HttpClient &client, const QString &name, const Stream &stream,
                                    const QHash<QString, QString> &pathValues)
{
    Outcome outcome;
    PageWalker walker(m_project, stream, m_values, {}, pathValues);
    while (walker.hasNext() && !m_cancel) {
        auto page = std::make_shared<PageFetch>(walker.fetchNext(client, &m_cancel));
        if (page->response.cancelled)
            break;
        Q_EMIT pageFetched(name, std::move(page));
    }
    outcome.pages = walker.pageCount();
    outcome.records = walker.recordCount();
    outcome.failed = walker.failed();
    outcome.reason = walker.stopReason();
    return outcome;
}

WalkJob::Outcome WalkJob::walkChild(HttpClient &client, const QString &name, const Stream &stream)
{
    // A child stream has one request (and its pages) per record of its parent stream, with
    // the parent's field filling the child's path parameter.
    Outcome outcome;
    const Stream *parentStream = m_project.stream(stream.parent.stream);
    if (!parentStream) {
        outcome.failed = true;
        outcome.reason = Tr::tr("The parent stream \"%1\" does not exist.").arg(stream.parent.stream);
        return outcome;
    }
    Stream parent = *parentStream;
    parent.pagination.maxPages = 0;
    PageWalker parentWalker(m_project, parent, m_values);
    int parents = 0;
    while (parentWalker.hasNext() && !m_cancel) {
        const PageFetch parentPage = parentWalker.fetchNext(client, &m_cancel);
        if (!parentPage.error.isEmpty()) {
            outcome.failed = true;
            outcome.reason = Tr::tr("Reading the parent stream %1 failed: %2").arg(parent.name, parentPage.error);
            return outcome;
        }
        for (const JsonValue &record : parentPage.records) {
            if (m_cancel || (m_maxPages > 0 && outcome.pages >= m_maxPages))
                break;
            const QString value = parentValue(record, stream.parent.parentField);
            if (value.isEmpty())
                continue;
            const Outcome child = walkPages(client, name, stream, {{stream.parent.pathParameter, value}});
            outcome.pages += child.pages;
            outcome.records += child.records;
            ++parents;
            if (child.failed) {
                outcome.failed = true;
                outcome.reason = child.reason;
                return outcome;
            }
        }
        if (m_maxPages > 0 && outcome.pages >= m_maxPages)
            break;
    }
    outcome.reason = Tr::tr("read for %1 %2 record(s)").arg(parents).arg(parent.name);
    return outcome;
}

void WalkJob::run()
{
    HttpClient client;
    bool ok = true;
    for (const QString &name : std::as_const(m_streams)) {
        if (m_cancel)
            break;
        const Stream *found = m_project.stream(name);
        if (!found) {
            Q_EMIT streamFinished(name, 0, 0, Tr::tr("The project has no stream \"%1\".").arg(name), true);
            ok = false;
            continue;
        }
        Stream stream = *found;
        if (m_maxPages > 0)
            stream.pagination.maxPages = m_maxPages;
        Q_EMIT streamStarted(name);
        const Outcome outcome = stream.parent.stream.isEmpty() ? walkPages(client, name, stream, {})
                                                               : walkChild(client, name, stream);
        const QString reason = m_cancel ? Tr::tr("cancelled") : outcome.reason;
        Q_EMIT streamFinished(name, outcome.pages, outcome.records, reason, outcome.failed);
        ok = ok && !outcome.failed;
    }
    Q_EMIT finished(ok && !m_cancel, m_cancel);
}

} // namespace cw
