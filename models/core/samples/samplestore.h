// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/http/httpclient.h"
#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"

struct sqlite3;

namespace cw {

struct PageFetch;

/// One stored response. Everything in it was redacted before it was written: secrets are
/// `***`, credential headers are masked whole.
struct Sample {
    qint64 id = 0;
    QString stream;
    QDateTime fetchedAt;         ///< UTC
    QString method;
    QString url;                 ///< redacted
    int status = 0;
    HttpHeaders requestHeaders;  ///< redacted
    HttpHeaders headers;         ///< response headers, redacted
    QByteArray body;             ///< redacted; empty in list() results
    bool bodyTruncated = false;  ///< only the first SampleStore::maxBodyBytes() were kept
    QString bodyNote;            ///< why the body is missing or shortened, for the viewer
    qint64 bodySize = 0;         ///< of the whole decoded response body
    qint64 sizeDownloaded = 0;   ///< wire bytes
    QByteArray timingsJson;      ///< {"dnsMs":..,"connectMs":..,"tlsMs":..,"firstByteMs":..,"totalMs":..}
    qint64 recordCount = -1;     ///< -1: unknown
    QString error;               ///< redacted
};

/// The workspace database beside a project file (`<project>.cwbdb`, SQLite in WAL mode)
/// holding response samples per stream.
///
/// One SampleStore is one SQLite connection: use it from one thread. A writer thread (a
/// WalkJob consumer) and the GUI open a store each on the same file; WAL lets the GUI read
/// while the writer writes, and a busy timeout covers the short write locks.
class SampleStore final
{
public:
    SampleStore();
    ~SampleStore();
    SampleStore(const SampleStore &) = delete;
    SampleStore &operator=(const SampleStore &) = delete;

    static constexpr int kSchemaVersion = 1;
    /// "<dir>/shop.cwproj" -> "<dir>/shop.cwproj.cwbdb"
    static QString pathForProject(const QString &projectFile);

    /// Opens or creates the database and brings its schema up to date. A database written
    /// by a newer version is refused.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_db != nullptr; }
    void close();
    QString path() const { return m_path; }

    /// Bodies longer than this are cut (and marked so) when stored. Default 8 MB.
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    /// Redacts the page with the project's secrets and stores it; returns the new id, or 0.
    qint64 add(const QString &stream, const PageFetch &page, const Project &project, const ConfigurationValues &values,
               QString *error = nullptr);
    /// Stores a sample as given (the caller redacted it); returns the new id, or 0.
    qint64 add(const Sample &sample, QString *error = nullptr);

    /// The stream's samples, newest first, without their bodies. `limit` 0: all.
    QList<Sample> list(const QString &stream, int limit = 0) const;
    /// The names of streams that have samples.
    QStringList streams() const;
    std::optional<Sample> load(qint64 id) const;
    bool remove(qint64 id);
    /// Removes every sample of a stream; returns how many.
    int removeStream(const QString &stream);

    QString lastError() const { return m_lastError; }

private:
    bool exec(const char *sql, QString *error = nullptr);
    QString sqliteError() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
    mutable QString m_lastError;
};

/// Headers whose whole value is a credential: Authorization, Cookie, Set-Cookie, X-API-Key
/// and the like, plus the project's own API-key header. Their values are stored as `***`.
bool isCredentialHeader(const QByteArray &name, const Project &project);

/// A page as a redacted sample (what add() stores); the body is cut at `maxBodyBytes`.
Sample makeSample(const QString &stream, const PageFetch &page, const Project &project,
                  const ConfigurationValues &values, qint64 maxBodyBytes);

} // namespace cw
