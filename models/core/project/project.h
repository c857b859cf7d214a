// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

/// The connector project: everything the workbench knows about one connector's design.
/// These are plain value types; reading and writing them is ProjectFile's job, and the
/// on-disk format is documented by docs/project.schema.json.
///
/// Values that can depend on the user's configuration (base URL, header values, auth
/// values, parameter values) are templates: `{{ config.key }}` refers to a configuration
/// field. Secret values themselves never live in a Project; see ConfigurationField::secret.
namespace cw {

/// The format version this build reads and writes. A file with a larger version is refused.
inline constexpr int kProjectFormatVersion = 1;
/// The value of the top-level "format" key, so that other JSON files are recognised as such.
inline constexpr const char *kProjectFormatName = "connector-workbench-project";

struct ConfigurationField {
    QString key;           ///< lowercase identifier used in `{{ config.key }}` and configuration.json
    QString label;         ///< shown in the configuration form
    QString description;
    bool secret = false;   ///< true: the value is kept out of the project file, logs and samples
    bool required = false;
    QString defaultValue;  ///< never written for secret fields
    bool operator==(const ConfigurationField &) const = default;
};

enum class AuthType { None, ApiKey, Bearer, Basic, OAuth2ClientCredentials };

struct Auth {
    AuthType type = AuthType::None;
    // ApiKey
    QString apiKeyName;          ///< header or query parameter name, e.g. "X-API-Key"
    QString apiKeyIn = QStringLiteral("header"); ///< "header" or "query"
    QString apiKeyValue;         ///< template, e.g. "{{ config.api_key }}"
    // Bearer
    QString token;               ///< template
    // Basic
    QString username;            ///< template
    QString password;            ///< template
    // OAuth 2 client credentials
    QString tokenUrl;            ///< template
    QString clientId;            ///< template
    QString clientSecret;        ///< template
    QString scopes;              ///< space separated
    bool operator==(const Auth &) const = default;
};

struct Header {
    QString name;
    QString value;  ///< template
    bool operator==(const Header &) const = default;
};

struct Connection {
    QString baseUrl;          ///< template, e.g. "{{ config.base_url }}"
    QList<Header> headers;    ///< sent with every request
    Auth auth;
    bool verifyTls = true;    ///< false only by an explicit per-project opt-out
    bool operator==(const Connection &) const = default;
};

struct Parameter {
    QString name;
    QString in = QStringLiteral("query");  ///< "query", "path" or "header"
    QString value;                          ///< template; may be empty
    QString description;
    bool required = false;
    QStringList enumValues;                 ///< allowed values, from a spec
    bool operator==(const Parameter &) const = default;
};

struct Request {
    QString method = QStringLiteral("GET");
    QString path;              ///< relative to the connection's base URL; may hold {name} path parameters
    QList<Parameter> parameters;
    QString body;              ///< template, for POST-style list endpoints
    bool operator==(const Request &) const = default;
};

enum class PaginationType {
    None,
    OffsetLimit,   ///< offset + limit parameters, optional total in the body
    PageNumber,    ///< page (+ page size) parameters; stop on empty page, total pages, or no Link rel=next
    CursorToken,   ///< token taken from the body (or a header) and sent back as a parameter
    NextUrl,       ///< absolute or relative URL of the next page taken from the body
    LinkHeader     ///< RFC 8288 Link header, rel="next"
};

struct Pagination {
    PaginationType type = PaginationType::None;
    int pageSize = 100;
    QString limitParam;        ///< OffsetLimit, PageNumber (page size), CursorToken (page size)
    QString offsetParam;       ///< OffsetLimit
    QString pageParam;         ///< PageNumber
    int firstPage = 1;         ///< PageNumber
    QString cursorParam;       ///< CursorToken: the request parameter carrying the token
    QString cursorPath;        ///< CursorToken: JSON pointer of the token in the body
    QString cursorHeader;      ///< CursorToken: alternatively a response header holding the token
    /// CursorToken: alternatively, JSON pointer into the page's last record whose value is the
    /// next cursor ("/id" for Stripe's starting_after, GitHub's since); the walk ends on an
    /// empty page or a false hasMorePath.
    QString lastRecordCursorPath;
    QString hasMorePath;       ///< JSON pointer of a boolean "more pages" flag, optional
    QString totalPath;         ///< JSON pointer of a total record count, optional
    QString totalPagesPath;    ///< JSON pointer of a total page count, optional
    QString nextUrlPath;       ///< NextUrl: JSON pointer of the next URL
    int maxPages = 0;          ///< 0: unlimited
    bool operator==(const Pagination &) const = default;
};

struct Incremental {
    QString cursorField;       ///< record field holding the cursor, e.g. "updated_at"; empty: full refresh
    QString requestParam;      ///< parameter carrying the last cursor value, e.g. "updated_since"
    QString format = QStringLiteral("rfc3339"); ///< "rfc3339", "date", "epoch_seconds", "epoch_millis", "raw"
    QString startConfigKey;    ///< configuration field holding the start value, optional
    int lookbackSeconds = 0;
    bool operator==(const Incremental &) const = default;
};

/// The Fivetran destination types, plus Unspecified ("left to Fivetran").
enum class FivetranType {
    Unspecified, Boolean, Short, Int, Long, Decimal, Float, Double,
    NaiveDate, NaiveDateTime, UtcDateTime, Binary, Xml, String, Json
};

struct ColumnMapping {
    QString path;              ///< JSON pointer into the record, e.g. "/customer/address/city"
    QString name;              ///< destination column name
    FivetranType type = FivetranType::Unspecified;
    int precision = 0;         ///< Decimal only
    int scale = 0;             ///< Decimal only
    bool include = true;
    bool operator==(const ColumnMapping &) const = default;
};

enum class NestedMode { Flatten, JsonColumn, ChildTable };

/// The choice for one nested object or array. Paths without an entry use the defaults.
struct NestedMapping {
    QString path;              ///< JSON pointer of the object or array
    NestedMode mode = NestedMode::Flatten;
    QString tableName;         ///< ChildTable: destination table name (empty: derived)
    bool operator==(const NestedMapping &) const = default;
};

struct TableMapping {
    QString name;              ///< destination table
    QStringList primaryKey;    ///< column names, composite allowed
    int flattenDepth = 1;      ///< default depth to which nested objects are flattened
    QList<ColumnMapping> columns;
    QList<NestedMapping> nested;
    bool operator==(const TableMapping &) const = default;
};

/// A child stream iterates a parent stream's records and fills a path parameter from them.
struct ParentLink {
    QString stream;            ///< name of the parent stream; empty: not a child stream
    QString parentField;       ///< JSON pointer in the parent record, e.g. "/id"
    QString pathParameter;     ///< path parameter to fill, e.g. "customer_id"
    bool operator==(const ParentLink &) const = default;
};

/// A deletions feed: an endpoint that lists the records deleted upstream (Zendesk's
/// deleted_users, Stripe's events, the demo's /deletions). It is read after the stream's own
/// pages; each listed key sets _fivetran_deleted on the stream's root-table row (op.delete).
struct Deletions {
    QString path;              ///< GET, relative to the base URL; empty: the stream has no deletions feed
    QList<Parameter> parameters;  ///< e.g. resource=customers
    QString recordsPath;       ///< JSON pointer of the deleted records array; "" means the body
    /// JSON pointers into a deleted record, one per primary-key column of the root table, in
    /// order; empty: where the stream's own records hold those columns ("/id").
    QStringList keyPaths;
    Incremental incremental;   ///< its cursor (e.g. deleted_at sent as since), kept as "deletions_cursor"
    Pagination pagination;
    bool isEnabled() const { return !path.isEmpty(); }
    bool operator==(const Deletions &) const = default;
};

struct Stream {
    QString name;              ///< unique within the project
    QString group;             ///< tag or folder, for grouping in the explorer
    QString description;
    Request request;
    QString recordsPath;       ///< JSON pointer of the records array; "" means the body is the array
    Pagination pagination;
    Incremental incremental;
    ParentLink parent;
    TableMapping table;
    Deletions deletions;
    bool operator==(const Stream &) const = default;
};

struct Project {
    int formatVersion = kProjectFormatVersion;
    QString name;
    QString description;
    Connection connection;
    QList<ConfigurationField> configuration;
    QList<Stream> streams;

    const Stream *stream(const QString &streamName) const;
    const ConfigurationField *configurationField(const QString &key) const;
    bool operator==(const Project &) const = default;
};

/// The deletions feed of `stream` as a stream of its own that PageWalker and the generator's
/// pages function can walk: GET of the feed's path with its parameters, pagination and
/// cursor. Its name is the owner's with " deletions" appended.
Stream deletionsFeedStream(const Stream &stream);

QString toString(AuthType type);
std::optional<AuthType> authTypeFromString(const QString &text);
QString toString(PaginationType type);
std::optional<PaginationType> paginationTypeFromString(const QString &text);
QString toString(NestedMode mode);
std::optional<NestedMode> nestedModeFromString(const QString &text);
/// "STRING", "DECIMAL", ... ; Unspecified is "".
QString toString(FivetranType type);
std::optional<FivetranType> fivetranTypeFromString(const QString &text);

} // namespace cw
