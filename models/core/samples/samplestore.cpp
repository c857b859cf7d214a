// SPDX-License-Identifier: MIT
#include "models/core/samples/samplestore.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>

#include "models/core/sync/pagewalker.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::SampleStore)
};

// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, const QByteArray &blob)
    {
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    int step() { return sqlite3_step(m_stmt); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QString headersJson(const HttpHeaders &headers)
{
    nlohmann::json array = nlohmann::json::array();
    for (const auto &[name, value] : headers)
        array.push_back({name.toStdString(), value.toStdString()});
    // Invalid UTF-8 in a header value is replaced rather than failing the whole sample.
    return QString::fromStdString(array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

HttpHeaders headersFromJson(const QString &text)
{
    HttpHeaders headers;
    const nlohmann::json array = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!array.is_array())
        return headers;
    for (const auto &pair : array) {
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
            headers.append({QByteArray::fromStdString(pair[0].get<std::string>()),
                            QByteArray::fromStdString(pair[1].get<std::string>())});
    }
    return headers;
}

HttpHeaders redactHeaders(const HttpHeaders &headers, const Project &project, const ConfigurationValues &values)
{
    HttpHeaders out;
    for (const auto &[name, value] : headers)
        out.append({name, isCredentialHeader(name, project) ? QByteArray("***") : redactSecretBytes(value, project, values)});
    return out;
}

const char *const kSelectColumns =
    "SELECT id, stream, fetched_at, method, url, status, request_headers, headers, body_truncated, body_note, "
    "body_size, size_downloaded, timings, records, error";

Sample readRow(const Statement &s)
{
    Sample sample;
    sample.id = s.integer(0);
    sample.stream = s.text(1);
    sample.fetchedAt = QDateTime::fromString(s.text(2), Qt::ISODateWithMs);
    sample.method = s.text(3);
    sample.url = s.text(4);
    sample.status = int(s.integer(5));
    sample.requestHeaders = headersFromJson(s.text(6));
    sample.headers = headersFromJson(s.text(7));
    sample.bodyTruncated = s.integer(8) != 0;
    sample.bodyNote = s.text(9);
    sample.bodySize = s.integer(10);
    sample.sizeDownloaded = s.integer(11);
    sample.timingsJson = s.blob(12);
    sample.recordCount = s.integer(13);
    sample.error = s.text(14);
    return sample;
}

} // namespace

bool isCredentialHeader(const QByteArray &name, const Project &project)
{
    static const QByteArrayList names{"authorization", "proxy-authorization", "cookie", "set-cookie",
                                      "x-api-key", "api-key", "apikey", "x-auth-token", "x-access-token",
                                      "x-csrf-token", "x-amz-security-token"};
    const QByteArray lower = name.toLower();
    if (names.contains(lower))
        return true;
    const Auth &auth = project.connection.auth;
    return auth.type == AuthType::ApiKey && auth.apiKeyIn != u"query" && !auth.apiKeyName.isEmpty()
        && auth.apiKeyName.toUtf8().toLower() == lower;
}

Sample makeSample(const QString &stream, const PageFetch &page, const Project &project,
                  const ConfigurationValues &values, qint64 maxBodyBytes)
{
    const HttpResponse &response = page.response;
    Sample sample;
    sample.stream = stream;
    sample.fetchedAt = QDateTime::currentDateTimeUtc();
    sample.method = QString::fromLatin1(page.request.method);
    sample.url = redactSecrets(page.displayUrl.isEmpty() ? page.request.url.toDisplayString() : page.displayUrl,
                               project, values);
    sample.status = response.status;
    sample.requestHeaders = redactHeaders(page.request.headers, project, values);
    sample.headers = redactHeaders(response.headers, project, values);
    sample.bodySize = response.bodySize ? response.bodySize : response.body.size();
    sample.sizeDownloaded = response.sizeDownloaded;
    // Read a little beyond the cap so that a secret straddling it is still recognised whole.
    constexpr qint64 kSlack = 4096;
    QByteArray body = response.bodyPrefix(maxBodyBytes > 0 ? maxBodyBytes + kSlack : -1);
    body = redactSecretBytes(std::move(body), project, values);
    if (maxBodyBytes > 0 && (body.size() > maxBodyBytes || sample.bodySize > maxBodyBytes)) {
        body.truncate(qsizetype(maxBodyBytes));
        sample.bodyTruncated = true;
        sample.bodyNote = Tr::tr("The body has %1 bytes%2; the first %3 were kept.")
                              .arg(sample.bodySize)
                              .arg(response.spooled() ? Tr::tr(" (spooled to disk when fetched)") : QString())
                              .arg(maxBodyBytes);
    }
    sample.body = body;
    const HttpTimings &t = response.timings;
    sample.timingsJson = QByteArray::fromStdString(nlohmann::json{{"dnsMs", t.dnsMs},
                                                                  {"connectMs", t.connectMs},
                                                                  {"tlsMs", t.tlsMs},
                                                                  {"firstByteMs", t.firstByteMs},
                                                                  {"totalMs", t.totalMs}}
                                                       .dump());
    sample.recordCount = page.error.isEmpty() ? qint64(page.records.size()) : -1;
    sample.error = redactSecrets(page.error, project, values);
    return sample;
}

SampleStore::SampleStore() = default;

SampleStore::~SampleStore()
{
    close();
}

QString SampleStore::pathForProject(const QString &projectFile)
{
    return projectFile + QStringLiteral(".cwbdb");
}

QString SampleStore::sqliteError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : Tr::tr("The sample database is not open.");
}

bool SampleStore::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_lastError = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    if (error)
        *error = m_lastError;
    return false;
}

bool SampleStore::open(const QString &path, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        m_lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return fail(Tr::tr("Cannot open the sample database %1: %2").arg(path, sqliteError()));
    m_path = path;
    // The GUI reads while a walk writes; waiting briefly beats failing with SQLITE_BUSY.
    sqlite3_busy_timeout(m_db, 5000);
    QString message;
    if (!exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", &message))
        return fail(Tr::tr("Cannot open the sample database %1: %2").arg(path, message));
    if (!exec("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", &message))
        return fail(Tr::tr("Cannot open the sample database %1: %2").arg(path, message));
    qint64 version = 0;
    {
        Statement s(m_db, "SELECT max(version) FROM schema_version");
        if (s.ok() && s.step() == SQLITE_ROW)
            version = s.integer(0);
    }
    if (version > kSchemaVersion) {
        exec("ROLLBACK");
        return fail(Tr::tr("The sample database %1 has schema version %2; this build knows up to %3. "
                           "Use a newer Connector Workbench.")
                        .arg(path).arg(version).arg(kSchemaVersion));
    }
    if (version < 1) {
        const char *schema = R"(
            CREATE TABLE samples (
                id INTEGER PRIMARY KEY,
                stream TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                method TEXT NOT NULL,
                url TEXT NOT NULL,
                status INTEGER NOT NULL,
                request_headers TEXT NOT NULL,
                headers TEXT NOT NULL,
                body BLOB,
                body_truncated INTEGER NOT NULL DEFAULT 0,
                body_note TEXT NOT NULL DEFAULT '',
                body_size INTEGER NOT NULL DEFAULT 0,
                size_downloaded INTEGER NOT NULL DEFAULT 0,
                timings TEXT NOT NULL DEFAULT '{}',
                records INTEGER NOT NULL DEFAULT -1,
                error TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX samples_by_stream ON samples (stream, id);
            INSERT INTO schema_version (version) VALUES (1);
        )";
        if (!exec(schema, &message)) {
            exec("ROLLBACK");
            return fail(Tr::tr("Cannot create the sample database %1: %2").arg(path, message));
        }
    }
    if (!exec("COMMIT", &message))
        return fail(Tr::tr("Cannot open the sample database %1: %2").arg(path, message));
    return true;
}

void SampleStore::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

qint64 SampleStore::add(const QString &stream, const PageFetch &page, const Project &project,
                        const ConfigurationValues &values, QString *error)
{
    return add(makeSample(stream, page, project, values, m_maxBodyBytes), error);
}

qint64 SampleStore::add(const Sample &sample, QString *error)
{
    if (!m_db) {
        m_lastError = sqliteError();
        if (error)
            *error = m_lastError;
        return 0;
    }
    Statement s(m_db, "INSERT INTO samples (stream, fetched_at, method, url, status, request_headers, headers, body, "
                      "body_truncated, body_note, body_size, size_downloaded, timings, records, error) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (s.ok()) {
        const QDateTime at = sample.fetchedAt.isValid() ? sample.fetchedAt : QDateTime::currentDateTimeUtc();
        s.bind(1, sample.stream);
        s.bind(2, at.toUTC().toString(Qt::ISODateWithMs));
        s.bind(3, sample.method);
        s.bind(4, sample.url);
        s.bind(5, qint64(sample.status));
        s.bind(6, headersJson(sample.requestHeaders));
        s.bind(7, headersJson(sample.headers));
        s.bind(8, sample.body);
        s.bind(9, qint64(sample.bodyTruncated));
        s.bind(10, sample.bodyNote);
        s.bind(11, sample.bodySize);
        s.bind(12, sample.sizeDownloaded);
        s.bind(13, sample.timingsJson.isEmpty() ? QByteArray("{}") : sample.timingsJson);
        s.bind(14, sample.recordCount);
        s.bind(15, sample.error);
        if (s.step() == SQLITE_DONE)
            return sqlite3_last_insert_rowid(m_db);
    }
    m_lastError = Tr::tr("Cannot store the sample: %1").arg(sqliteError());
    if (error)
        *error = m_lastError;
    return 0;
}

QList<Sample> SampleStore::list(const QString &stream, int limit) const
{
    QList<Sample> samples;
    if (!m_db)
        return samples;
    const QByteArray sql = QByteArray(kSelectColumns) + " FROM samples WHERE stream = ?1 ORDER BY id DESC LIMIT ?2";
    Statement s(m_db, sql.constData());
    s.bind(1, stream);
    s.bind(2, limit > 0 ? qint64(limit) : qint64(-1));
    while (s.ok() && s.step() == SQLITE_ROW)
        samples.append(readRow(s));
    return samples;
}

QStringList SampleStore::streams() const
{
    QStringList names;
    if (!m_db)
        return names;
    Statement s(m_db, "SELECT DISTINCT stream FROM samples ORDER BY stream");
    while (s.ok() && s.step() == SQLITE_ROW)
        names.append(s.text(0));
    return names;
}

std::optional<Sample> SampleStore::load(qint64 id) const
{
    if (!m_db)
        return std::nullopt;
    const QByteArray sql = QByteArray(kSelectColumns) + ", body FROM samples WHERE id = ?1";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (!s.ok() || s.step() != SQLITE_ROW)
        return std::nullopt;
    Sample sample = readRow(s);
    sample.body = s.blob(15);
    return sample;
}

bool SampleStore::remove(qint64 id)
{
    if (!m_db)
        return false;
    Statement s(m_db, "DELETE FROM samples WHERE id = ?1");
    s.bind(1, id);
    return s.ok() && s.step() == SQLITE_DONE && sqlite3_changes(m_db) > 0;
}

int SampleStore::removeStream(const QString &stream)
{
    if (!m_db)
        return 0;
    Statement s(m_db, "DELETE FROM samples WHERE stream = ?1");
    s.bind(1, stream);
    return s.ok() && s.step() == SQLITE_DONE ? sqlite3_changes(m_db) : 0;
}

} // namespace cw
