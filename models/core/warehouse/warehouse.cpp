// SPDX-License-Identifier: MIT
#include "models/core/warehouse/warehouse.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include "models/core/warehouse/warehousevalues.h"

namespace cw {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::Warehouse)
};

using warehouse::Cell;

constexpr const char *kSynced = "_fivetran_synced";
constexpr const char *kDeleted = "_fivetran_deleted";
constexpr const char *kId = "_fivetran_id";

std::string quoted(const QString &name)
{
    std::string out = "\"";
    for (const char c : name.toStdString()) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
    return out;
}

bool isSystemName(const QString &name)
{
    return name.startsWith(QLatin1String("_cw_"));
}

bool isSystemColumn(const QString &name)
{
    return name == QLatin1String(kSynced) || name == QLatin1String(kDeleted) || name == QLatin1String(kId);
}

class Statement final
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const std::string &sql) { sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}
    Statement &operator=(Statement &&other) noexcept
    {
        std::swap(m_stmt, other.m_stmt);
        return *this;
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, const std::string &text)
    {
        sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    // The cell must outlive the step: its text is bound without a copy.
    void bind(int index, const Cell &cell)
    {
        switch (cell.kind) {
        case Cell::Kind::Null:
            sqlite3_bind_null(m_stmt, index);
            break;
        case Cell::Kind::Integer:
            sqlite3_bind_int64(m_stmt, index, cell.integer);
            break;
        case Cell::Kind::Real:
            sqlite3_bind_double(m_stmt, index, cell.real);
            break;
        case Cell::Kind::Text:
            sqlite3_bind_text(m_stmt, index, cell.text ? cell.text : "", int(cell.size), SQLITE_STATIC);
            break;
        case Cell::Kind::Blob:
            sqlite3_bind_blob(m_stmt, index, cell.text, int(cell.size), SQLITE_STATIC);
            break;
        }
    }
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }
    std::string stdText(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? std::string(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

JsonValue parseJson(const std::string &text, JsonValue fallback = JsonValue::object())
{
    JsonValue value = JsonValue::parse(text, nullptr, false);
    return value.is_discarded() ? fallback : value;
}

QString utcNowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The text of a hex MD5 over the row's non-null values sorted by column name: equal rows
// give equal ids whichever order or path (plan or generic) they came by.
std::string rowHash(std::vector<std::pair<const QString *, const Cell *>> &cells)
{
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const auto &[name, cell] : cells) {
        if (cell->kind == Cell::Kind::Null)
            continue;
        hash.addData(name->toUtf8());
        char tag[2] = {'\x1f', char('0' + int(cell->kind))};
        hash.addData(QByteArrayView(tag, 2));
        switch (cell->kind) {
        case Cell::Kind::Integer: {
            const std::string text = std::to_string(cell->integer);
            hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
            break;
        }
        case Cell::Kind::Real: {
            char buffer[32];
            const int n = std::snprintf(buffer, sizeof buffer, "%.17g", cell->real);
            hash.addData(QByteArrayView(buffer, n));
            break;
        }
        default:
            hash.addData(QByteArrayView(cell->text, qsizetype(cell->size)));
            break;
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex().toStdString();
}

} // namespace

QString sqliteType(FivetranType type)
{
    switch (type) {
    case FivetranType::Boolean:
    case FivetranType::Short:
    case FivetranType::Int:
    case FivetranType::Long:
        return QStringLiteral("INTEGER");
    case FivetranType::Float:
    case FivetranType::Double:
        return QStringLiteral("REAL");
    case FivetranType::Binary:
        return QStringLiteral("BLOB");
    case FivetranType::Decimal:
    case FivetranType::NaiveDate:
    case FivetranType::NaiveDateTime:
    case FivetranType::UtcDateTime:
    case FivetranType::Xml:
    case FivetranType::String:
    case FivetranType::Json:
        return QStringLiteral("TEXT");
    case FivetranType::Unspecified:
        break;
    }
    return {};
}

JsonValue normalisedValue(const JsonValue &value, FivetranType type, int precision, int scale)
{
    Q_UNUSED(precision);
    Cell cell;
    warehouse::convert(value, type, scale, cell);
    switch (cell.kind) {
    case Cell::Kind::Null:
        return nullptr;
    case Cell::Kind::Integer:
        return cell.integer;
    case Cell::Kind::Real:
        return cell.real;
    case Cell::Kind::Text:
        return std::string(cell.view());
    case Cell::Kind::Blob:
        return QByteArray(cell.text, qsizetype(cell.size)).toBase64().toStdString();
    }
    return nullptr;
}

OperationCounts &OperationCounts::operator+=(const OperationCounts &other)
{
    upserts += other.upserts;
    updates += other.updates;
    deletes += other.deletes;
    truncates += other.truncates;
    schemaChanges += other.schemaChanges;
    return *this;
}

std::string Warehouse::compactJson(const JsonValue &value)
{
    return value.dump(-1, ' ', false, JsonValue::error_handler_t::replace);
}

QString Warehouse::pathForProject(const QString &projectFile)
{
    QString base = projectFile;
    if (base.endsWith(QLatin1String(".cwproj")))
        base.chop(7);
    return base + QStringLiteral(".warehouse.db");
}

// ---- Private

struct Warehouse::Private {
    struct Column {
        QString name;
        std::string quotedName;
        FivetranType type = FivetranType::Unspecified;
        int precision = 0;
        int scale = 0;
        bool primaryKey = false;
    };
    struct Table {
        QString name;
        std::string quotedName;
        QStringList primaryKey;
        std::vector<Column> columns;
        QHash<QString, int> index;
        bool keyless() const { return primaryKey.isEmpty(); }
    };
    struct Handle {
        PlanTable plan;
        quint64 epoch = 0;
        Statement upsert;
        std::vector<int> tableColumn;  ///< plan column -> Table::columns index
        std::vector<int> unspecified;  ///< plan columns whose table type is still unknown
    };

    sqlite3 *db = nullptr;
    QString path;
    mutable QString lastError;
    std::map<QString, Table> tables;
    std::vector<Handle> handles;
    // Bumped by every schema change and rollback: prepared statements built before it are stale.
    quint64 epoch = 1;
    std::unordered_map<std::string, Statement> statements;  ///< generic operations, by SQL
    bool inTransaction = false;
    std::string synced;  ///< _fivetran_synced of the current transaction
    OperationCounts pending;
    QMap<QString, qint64> pendingRows;
    std::vector<Cell> cells;  ///< reused per row

    bool fail(const QString &message, QString *error) const
    {
        lastError = message;
        if (error)
            *error = message;
        return false;
    }
    QString sqliteError() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "not open"); }
    bool exec(const std::string &sql, QString *error)
    {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(text, error);
    }
    bool begin(QString *error)
    {
        if (inTransaction)
            return true;
        if (!exec("BEGIN IMMEDIATE", error))
            return false;
        inTransaction = true;
        synced = utcNowText().toStdString();
        return true;
    }
    void rollback()
    {
        if (inTransaction)
            exec("ROLLBACK", nullptr);
        inTransaction = false;
        pending = {};
        pendingRows.clear();
        loadTables();
    }
    Statement *cached(const std::string &sql, QString *error)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            Statement statement(db, sql);
            if (!statement.ok()) {
                fail(Tr::tr("SQLite cannot prepare a statement: %1").arg(sqliteError()), error);
                return nullptr;
            }
            it = statements.emplace(sql, std::move(statement)).first;
        }
        return &it->second;
    }
    void schemaChanged()
    {
        ++epoch;
        statements.clear();
    }

    void loadTables();
    Table *findTable(const QString &name)
    {
        const auto it = tables.find(name);
        return it == tables.end() ? nullptr : &it->second;
    }
    Table *createTable(const QString &name, const QStringList &primaryKey, const std::vector<Column> &columns,
                       QString *error);
    bool addColumn(Table &table, const Column &column, QString *error);
    bool setColumnType(Table &table, int column, FivetranType type, int precision, int scale, QString *error);
    Table *ensureTable(const QString &name, const QStringList &primaryKey, const std::vector<Column> &columns,
                       QString *error);
    bool refreshHandle(Handle &handle, QString *error);
    std::string upsertSql(const Table &table, const std::vector<int> &columns) const;
    bool step(Statement &statement, QString *error)
    {
        const int rc = statement.step();
        statement.reset();
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return true;
        return fail(Tr::tr("SQLite: %1").arg(sqliteError()), error);
    }
    void countRows(const QString &table, qint64 rows) { pendingRows[table] += rows; }
    static bool keyCondition(const Table &table, const JsonValue &keys, std::string &where, std::vector<Cell> &cells,
                             QString *message);
    bool writeCheckpoint(const JsonValue &state, const QString &stream, const QString &note, CheckpointEntry *committed,
                         QString *error);
};

void Warehouse::Private::loadTables()
{
    tables.clear();
    schemaChanged();
    Statement t(db, "SELECT name, primary_key FROM _cw_tables ORDER BY position");
    while (t.ok() && t.step() == SQLITE_ROW) {
        Table table;
        table.name = t.text(0);
        table.quotedName = quoted(table.name);
        const JsonValue pk = parseJson(t.stdText(1), JsonValue::array());
        for (const JsonValue &key : pk) {
            if (key.is_string())
                table.primaryKey.append(QString::fromStdString(key.get<std::string>()));
        }
        tables.emplace(table.name, std::move(table));
    }
    Statement c(db, "SELECT table_name, name, type, precision, scale FROM _cw_columns ORDER BY table_name, position");
    while (c.ok() && c.step() == SQLITE_ROW) {
        Table *table = findTable(c.text(0));
        if (!table)
            continue;
        Column column;
        column.name = c.text(1);
        column.quotedName = quoted(column.name);
        column.type = fivetranTypeFromString(c.text(2)).value_or(FivetranType::Unspecified);
        column.precision = int(c.integer(3));
        column.scale = int(c.integer(4));
        column.primaryKey = table->primaryKey.contains(column.name);
        table->index.insert(column.name, int(table->columns.size()));
        table->columns.push_back(std::move(column));
    }
}

Warehouse::Private::Table *Warehouse::Private::createTable(const QString &name, const QStringList &primaryKey,
                                                           const std::vector<Column> &columns, QString *error)
{
    if (name.isEmpty())
        return fail(Tr::tr("A table needs a name."), error), nullptr;
    if (isSystemName(name))
        return fail(Tr::tr("The table name \"%1\" is reserved for the warehouse's own tables.").arg(name), error), nullptr;
    for (const QString &key : primaryKey) {
        if (std::none_of(columns.begin(), columns.end(), [&](const Column &c) { return c.name == key; }))
            return fail(Tr::tr("The primary key column \"%1\" of table %2 has no column.").arg(key, name), error), nullptr;
    }
    if (!begin(error))
        return nullptr;
    Table table;
    table.name = name;
    table.quotedName = quoted(name);
    table.primaryKey = primaryKey;
    std::string sql = "CREATE TABLE " + table.quotedName + " (";
    for (const Column &column : columns) {
        if (isSystemColumn(column.name) || table.index.contains(column.name))
            continue;
        Column copy = column;
        copy.quotedName = quoted(copy.name);
        copy.primaryKey = primaryKey.contains(copy.name);
        sql += copy.quotedName;
        const QString type = sqliteType(copy.type);
        if (!type.isEmpty())
            sql += ' ' + type.toStdString();
        sql += ", ";
        table.index.insert(copy.name, int(table.columns.size()));
        table.columns.push_back(std::move(copy));
    }
    sql += std::string(kSynced) + " TEXT NOT NULL, " + kDeleted + " INTEGER NOT NULL DEFAULT 0, ";
    if (primaryKey.isEmpty()) {
        sql += std::string(kId) + " TEXT NOT NULL PRIMARY KEY)";
    } else {
        sql += "PRIMARY KEY (";
        for (qsizetype i = 0; i < primaryKey.size(); ++i)
            sql += (i ? ", " : "") + quoted(primaryKey[i]);
        sql += "))";
    }
    if (!exec(sql, error))
        return nullptr;
    JsonValue pk = JsonValue::array();
    for (const QString &key : primaryKey)
        pk.push_back(key.toStdString());
    Statement insert(db, "INSERT INTO _cw_tables (name, primary_key, position, created) VALUES (?, ?, "
                         "(SELECT coalesce(max(position), 0) + 1 FROM _cw_tables), ?)");
    insert.bind(1, name);
    insert.bind(2, pk.dump());
    insert.bind(3, std::string(synced));
    if (!step(insert, error))
        return nullptr;
    Statement columnInsert(db, "INSERT INTO _cw_columns (table_name, name, position, type, precision, scale) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const Column &column = table.columns[i];
        columnInsert.bind(1, name);
        columnInsert.bind(2, column.name);
        columnInsert.bind(3, qint64(i));
        columnInsert.bind(4, toString(column.type));
        columnInsert.bind(5, qint64(column.precision));
        columnInsert.bind(6, qint64(column.scale));
        if (!step(columnInsert, error))
            return nullptr;
    }
    ++pending.schemaChanges;
    schemaChanged();
    return &tables.insert_or_assign(name, std::move(table)).first->second;
}

bool Warehouse::Private::addColumn(Table &table, const Column &column, QString *error)
{
    if (isSystemColumn(column.name) || table.index.contains(column.name))
        return true;
    if (!begin(error))
        return false;
    Column copy = column;
    copy.quotedName = quoted(copy.name);
    copy.primaryKey = false;
    const QString type = sqliteType(copy.type);
    if (!exec("ALTER TABLE " + table.quotedName + " ADD COLUMN " + copy.quotedName
                  + (type.isEmpty() ? std::string() : ' ' + type.toStdString()),
              error))
        return false;
    Statement insert(db, "INSERT INTO _cw_columns (table_name, name, position, type, precision, scale) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, table.name);
    insert.bind(2, copy.name);
    insert.bind(3, qint64(table.columns.size()));
    insert.bind(4, toString(copy.type));
    insert.bind(5, qint64(copy.precision));
    insert.bind(6, qint64(copy.scale));
    if (!step(insert, error))
        return false;
    table.index.insert(copy.name, int(table.columns.size()));
    table.columns.push_back(std::move(copy));
    ++pending.schemaChanges;
    schemaChanged();
    return true;
}

bool Warehouse::Private::setColumnType(Table &table, int column, FivetranType type, int precision, int scale,
                                       QString *error)
{
    // Only metadata: the column was created without a type (any value fits it); this records
    // what Fivetran would infer, for the results browser and the comparison with Python runs.
    Column &c = table.columns[std::size_t(column)];
    if (!begin(error))
        return false;
    Statement update(db, "UPDATE _cw_columns SET type = ?, precision = ?, scale = ? WHERE table_name = ? AND name = ?");
    update.bind(1, toString(type));
    update.bind(2, qint64(precision));
    update.bind(3, qint64(scale));
    update.bind(4, table.name);
    update.bind(5, c.name);
    if (!step(update, error))
        return false;
    c.type = type;
    c.precision = precision;
    c.scale = scale;
    return true;
}

Warehouse::Private::Table *Warehouse::Private::ensureTable(const QString &name, const QStringList &primaryKey,
                                                           const std::vector<Column> &columns, QString *error)
{
    Table *table = findTable(name);
    if (!table)
        return createTable(name, primaryKey, columns, error);
    if (table->primaryKey != primaryKey) {
        fail(Tr::tr("The primary key of table %1 changed from (%2) to (%3); reset the warehouse to sync with the "
                    "new key.")
                 .arg(name, table->primaryKey.join(QLatin1String(", ")), primaryKey.join(QLatin1String(", "))),
             error);
        return nullptr;
    }
    for (const Column &column : columns) {
        const auto it = table->index.constFind(column.name);
        if (it == table->index.cend()) {
            if (!addColumn(*table, column, error))
                return nullptr;
        } else if (table->columns[std::size_t(*it)].type == FivetranType::Unspecified
                   && column.type != FivetranType::Unspecified) {
            if (!setColumnType(*table, *it, column.type, column.precision, column.scale, error))
                return nullptr;
        }
    }
    return table;
}

std::string Warehouse::Private::upsertSql(const Table &table, const std::vector<int> &columns) const
{
    std::string names;
    std::string values;
    for (const int c : columns) {
        names += table.columns[std::size_t(c)].quotedName + ", ";
        values += "?, ";
    }
    names += std::string(kSynced) + ", " + kDeleted;
    values += "?, 0";
    if (table.keyless()) {
        names += std::string(", ") + kId;
        values += ", ?";
    }
    std::string sql = "INSERT INTO " + table.quotedName + " (" + names + ") VALUES (" + values + ") ON CONFLICT (";
    if (table.keyless()) {
        sql += kId;
    } else {
        for (qsizetype i = 0; i < table.primaryKey.size(); ++i)
            sql += (i ? ", " : "") + quoted(table.primaryKey[i]);
    }
    // An upsert replaces the whole row: columns the row does not carry become NULL.
    sql += ") DO UPDATE SET ";
    if (!table.keyless()) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const Column &column = table.columns[c];
            if (column.primaryKey)
                continue;
            const bool given = std::find(columns.begin(), columns.end(), int(c)) != columns.end();
            sql += column.quotedName + " = " + (given ? "excluded." + column.quotedName : std::string("NULL")) + ", ";
        }
    }
    sql += std::string(kSynced) + " = excluded." + kSynced + ", " + kDeleted + " = 0";
    return sql;
}

bool Warehouse::Private::refreshHandle(Handle &handle, QString *error)
{
    std::vector<Column> columns;
    for (const PlanColumn &pc : handle.plan.columns)
        columns.push_back({pc.name, {}, pc.type, pc.precision, pc.scale, false});
    Table *table = ensureTable(handle.plan.name, handle.plan.primaryKey, columns, error);
    if (!table)
        return false;
    handle.tableColumn.clear();
    handle.unspecified.clear();
    for (qsizetype i = 0; i < handle.plan.columns.size(); ++i) {
        const int c = table->index.value(handle.plan.columns[i].name, -1);
        handle.tableColumn.push_back(c);
        if (c >= 0 && table->columns[std::size_t(c)].type == FivetranType::Unspecified)
            handle.unspecified.push_back(int(i));
    }
    std::vector<int> present;
    for (const int c : handle.tableColumn) {
        if (c >= 0)
            present.push_back(c);
    }
    handle.upsert = Statement(db, upsertSql(*table, present));
    if (!handle.upsert.ok())
        return fail(Tr::tr("SQLite cannot prepare the upsert into %1: %2").arg(table->name, sqliteError()), error);
    handle.epoch = epoch;
    return true;
}

bool Warehouse::Private::writeCheckpoint(const JsonValue &state, const QString &stream, const QString &note,
                                         CheckpointEntry *committed, QString *error)
{
    if (!begin(error))
        return false;
    const std::string stateText = compactJson(state);
    JsonValue rows = JsonValue::object();
    for (auto it = pendingRows.cbegin(); it != pendingRows.cend(); ++it)
        rows[it.key().toStdString()] = it.value();
    Statement s(db, "UPDATE _cw_state SET state = ?, updated = ? WHERE id = 1");
    s.bind(1, stateText);
    s.bind(2, synced);
    if (!step(s, error))
        return false;
    Statement log(db, "INSERT INTO _cw_checkpoints (time, stream, note, state, rows, upserts, updates, deletes, "
                      "truncates, schema_changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    log.bind(1, now.toString(Qt::ISODateWithMs));
    log.bind(2, stream);
    log.bind(3, note);
    log.bind(4, stateText);
    log.bind(5, rows.dump());
    log.bind(6, pending.upserts);
    log.bind(7, pending.updates);
    log.bind(8, pending.deletes);
    log.bind(9, pending.truncates);
    log.bind(10, pending.schemaChanges);
    if (!step(log, error))
        return false;
    const qint64 sequence = sqlite3_last_insert_rowid(db);
    if (!exec("COMMIT", error))
        return false;
    inTransaction = false;
    if (committed) {
        committed->sequence = sequence;
        committed->time = now;
        committed->stream = stream;
        committed->note = note;
        committed->state = state;
        committed->rowsPerTable = pendingRows;
        committed->operations = pending;
    }
    pending = {};
    pendingRows.clear();
    return true;
}

// ---- Warehouse

Warehouse::Warehouse()
    : d(std::make_unique<Private>())
{
}

Warehouse::~Warehouse()
{
    close();
}

bool Warehouse::open(const QString &path, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        d->fail(message, error);
        close();
        return false;
    };
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &d->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK)
        return fail(Tr::tr("Cannot open the warehouse %1: %2").arg(path, d->sqliteError()));
    d->path = path;
    // The run panel reads while the engine writes; a short wait beats failing with SQLITE_BUSY.
    sqlite3_busy_timeout(d->db, 10000);
    QString message;
    // synchronous=NORMAL in WAL mode: a commit survives a killed process (the WAL is written
    // before COMMIT returns); only a power loss may lose the last commits, never corrupt.
    if (!d->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-8192; "
                 "PRAGMA temp_store=MEMORY;",
                 &message))
        return fail(Tr::tr("Cannot open the warehouse %1: %2").arg(path, message));
    qint64 version = 0;
    {
        Statement probe(d->db, "SELECT value FROM _cw_meta WHERE key = 'schema_version'");
        if (probe.ok() && probe.step() == SQLITE_ROW)
            version = probe.integer(0);
    }
    if (version > kSchemaVersion)
        return fail(Tr::tr("The warehouse %1 has schema version %2; this build knows up to %3. Use a newer "
                           "Connector Workbench.")
                        .arg(path)
                        .arg(version)
                        .arg(kSchemaVersion));
    if (version < 1) {
        const char *schema = R"(
            BEGIN IMMEDIATE;
            CREATE TABLE IF NOT EXISTS _cw_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS _cw_tables (
                name TEXT PRIMARY KEY,
                primary_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                created TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS _cw_columns (
                table_name TEXT NOT NULL,
                name TEXT NOT NULL,
                position INTEGER NOT NULL,
                type TEXT NOT NULL,
                precision INTEGER NOT NULL DEFAULT 0,
                scale INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (table_name, name)
            );
            CREATE TABLE IF NOT EXISTS _cw_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                state TEXT NOT NULL,
                updated TEXT NOT NULL
            );
            INSERT OR IGNORE INTO _cw_state (id, state, updated) VALUES (1, '{}', '');
            CREATE TABLE IF NOT EXISTS _cw_checkpoints (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                time TEXT NOT NULL,
                stream TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL,
                rows TEXT NOT NULL DEFAULT '{}',
                upserts INTEGER NOT NULL DEFAULT 0,
                updates INTEGER NOT NULL DEFAULT 0,
                deletes INTEGER NOT NULL DEFAULT 0,
                truncates INTEGER NOT NULL DEFAULT 0,
                schema_changes INTEGER NOT NULL DEFAULT 0
            );
            INSERT OR REPLACE INTO _cw_meta (key, value) VALUES ('schema_version', '1');
            COMMIT;
        )";
        if (!d->exec(schema, &message)) {
            d->exec("ROLLBACK", nullptr);
            return fail(Tr::tr("Cannot create the warehouse %1: %2").arg(path, message));
        }
    }
    d->loadTables();
    return true;
}

bool Warehouse::isOpen() const
{
    return d->db != nullptr;
}

void Warehouse::close()
{
    if (!d->db)
        return;
    if (d->inTransaction)
        d->exec("ROLLBACK", nullptr);
    d->inTransaction = false;
    d->handles.clear();
    d->statements.clear();
    d->tables.clear();
    d->pending = {};
    d->pendingRows.clear();
    sqlite3_close_v2(d->db);
    d->db = nullptr;
}

QString Warehouse::path() const
{
    return d->path;
}

QString Warehouse::lastError() const
{
    return d->lastError;
}

int Warehouse::prepareTable(const PlanTable &table, QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error), -1;
    Private::Handle handle;
    handle.plan = table;
    if (!d->refreshHandle(handle, error))
        return -1;
    d->handles.push_back(std::move(handle));
    return int(d->handles.size()) - 1;
}

bool Warehouse::upsertRows(int index, const TableRows &rows, QString *error)
{
    if (index < 0 || std::size_t(index) >= d->handles.size())
        return d->fail(Tr::tr("Unknown table handle %1.").arg(index), error);
    if (rows.rows.empty())
        return true;
    Private::Handle &handle = d->handles[std::size_t(index)];
    if (!d->begin(error))
        return false;
    if (handle.epoch != d->epoch && !d->refreshHandle(handle, error))
        return false;
    Private::Table *table = d->findTable(handle.plan.name);
    if (!table)
        return d->fail(Tr::tr("The table %1 vanished.").arg(handle.plan.name), error);
    // Undeclared columns get the type of their first non-null value, as Fivetran infers it.
    if (!handle.unspecified.empty()) {
        std::vector<int> still;
        for (const int i : handle.unspecified) {
            const int c = handle.tableColumn[std::size_t(i)];
            const auto found = std::find_if(rows.rows.begin(), rows.rows.end(),
                                            [i](const auto &row) { return !row[std::size_t(i)].is_null(); });
            if (found == rows.rows.end()) {
                still.push_back(i);
                continue;
            }
            if (!d->setColumnType(*table, c, warehouse::inferType((*found)[std::size_t(i)]), 0, 0, error))
                return false;
        }
        handle.unspecified = std::move(still);
    }
    const std::size_t count = handle.plan.columns.size();
    std::vector<Cell> &cells = d->cells;
    cells.resize(count);
    // Declared types convert; undeclared columns store values as they come (what Fivetran
    // infers for them is recorded above, in the column's metadata).
    std::vector<FivetranType> types(count);
    std::vector<int> scales(count);
    for (std::size_t i = 0; i < count; ++i) {
        types[i] = handle.plan.columns[i].type;
        scales[i] = handle.plan.columns[i].scale;
    }
    std::vector<std::pair<const QString *, const Cell *>> hashCells;
    Statement &statement = handle.upsert;
    for (const std::vector<JsonValue> &row : rows.rows) {
        if (row.size() != count)
            return d->fail(Tr::tr("A row for %1 has %2 values; the table has %3 columns.")
                               .arg(table->name)
                               .arg(row.size())
                               .arg(count),
                           error);
        int bindIndex = 1;
        for (std::size_t i = 0; i < count; ++i) {
            warehouse::convert(row[i], types[i], scales[i], cells[i]);
            if (handle.tableColumn[i] >= 0)
                statement.bind(bindIndex++, cells[i]);
        }
        statement.bind(bindIndex++, d->synced);
        if (table->keyless()) {
            hashCells.clear();
            for (std::size_t i = 0; i < count; ++i)
                hashCells.emplace_back(&handle.plan.columns[i].name, &cells[i]);
            statement.bind(bindIndex++, rowHash(hashCells));
        }
        if (!d->step(statement, error))
            return false;
    }
    d->pending.upserts += qint64(rows.rows.size());
    d->countRows(table->name, qint64(rows.rows.size()));
    return true;
}

bool Warehouse::declareTable(const QString &name, const QStringList &primaryKey, const QList<WarehouseColumn> &columns,
                             QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    std::vector<Private::Column> list;
    for (const QString &key : primaryKey) {
        const bool declared = std::any_of(columns.begin(), columns.end(), [&](const auto &c) { return c.name == key; });
        if (!declared)
            list.push_back({key, {}, FivetranType::Unspecified, 0, 0, true});
    }
    for (const WarehouseColumn &c : columns)
        list.push_back({c.name, {}, c.type, c.precision, c.scale, primaryKey.contains(c.name)});
    return d->ensureTable(name, primaryKey, list, error) != nullptr;
}

namespace {

bool checkObject(const JsonValue &value, const QString &what, QString *message)
{
    if (value.is_object())
        return true;
    *message = Tr::tr("%1 must be a JSON object of column names to values, not %2.")
                   .arg(what, QString::fromLatin1(value.type_name()));
    return false;
}

} // namespace

bool Warehouse::upsert(const QString &tableName, const JsonValue &row, QString *error)
{
    QString message;
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!checkObject(row, Tr::tr("The data of an upsert into %1").arg(tableName), &message))
        return d->fail(message, error);
    if (!d->begin(error))
        return false;
    Private::Table *table = d->findTable(tableName);
    if (!table) {
        // Unknown tables are created on the fly, keyed by _fivetran_id, as Fivetran does.
        std::vector<Private::Column> columns;
        for (const auto &[key, value] : row.items()) {
            if (!value.is_null())
                columns.push_back({QString::fromStdString(key), {}, warehouse::inferType(value), 0, 0, false});
        }
        table = d->createTable(tableName, {}, columns, error);
        if (!table)
            return false;
    }
    std::vector<int> present;
    std::vector<const JsonValue *> values;
    for (const auto &[key, value] : row.items()) {
        const QString name = QString::fromStdString(key);
        if (isSystemColumn(name))
            continue;
        int c = table->index.value(name, -1);
        if (c < 0) {
            if (value.is_null())
                continue; // Fivetran creates no column before its first non-null value
            if (!d->addColumn(*table, {name, {}, warehouse::inferType(value), 0, 0, false}, error))
                return false;
            c = table->index.value(name);
        } else if (table->columns[std::size_t(c)].type == FivetranType::Unspecified && !value.is_null()) {
            if (!d->setColumnType(*table, c, warehouse::inferType(value), 0, 0, error))
                return false;
        }
        present.push_back(c);
        values.push_back(&value);
    }
    for (const QString &key : table->primaryKey) {
        const int c = table->index.value(key);
        const auto at = std::find(present.begin(), present.end(), c);
        if (at == present.end() || values[std::size_t(at - present.begin())]->is_null())
            return d->fail(Tr::tr("An upsert into %1 has no value for the primary key column %2.").arg(tableName, key),
                           error);
    }
    Statement *statement = d->cached(d->upsertSql(*table, present), error);
    if (!statement)
        return false;
    std::vector<Cell> cells(present.size());
    std::vector<std::pair<const QString *, const Cell *>> hashCells;
    int bindIndex = 1;
    for (std::size_t i = 0; i < present.size(); ++i) {
        const Private::Column &column = table->columns[std::size_t(present[i])];
        warehouse::convert(*values[i], column.type, column.scale, cells[i]);
        statement->bind(bindIndex++, cells[i]);
        hashCells.emplace_back(&column.name, &cells[i]);
    }
    statement->bind(bindIndex++, d->synced);
    if (table->keyless())
        statement->bind(bindIndex++, rowHash(hashCells));
    if (!d->step(*statement, error))
        return false;
    ++d->pending.upserts;
    d->countRows(table->name, 1);
    return true;
}

// The WHERE clause and the key values of `keys` for the table's key (or _fivetran_id).
bool Warehouse::Private::keyCondition(const Table &table, const JsonValue &keys, std::string &where,
                  std::vector<Cell> &cells, QString *message)
{
    QStringList keyNames = table.primaryKey;
    if (keyNames.isEmpty())
        keyNames = {QLatin1String(kId)};
    for (const QString &key : keyNames) {
        const auto it = keys.find(key.toStdString());
        if (it == keys.end() || it->is_null()) {
            *message = Tr::tr("The keys for table %1 lack the column %2.").arg(table.name, key);
            return false;
        }
        where += (where.empty() ? " WHERE " : " AND ") + quoted(key) + " = ?";
        Cell cell;
        const int c = table.index.value(key, -1);
        if (c >= 0)
            warehouse::convert(*it, table.columns[std::size_t(c)].type, table.columns[std::size_t(c)].scale, cell);
        else
            warehouse::convert(*it, FivetranType::String, 0, cell);
        cells.push_back(std::move(cell));
    }
    return true;
}

bool Warehouse::update(const QString &tableName, const JsonValue &modified, QString *error)
{
    QString message;
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!checkObject(modified, Tr::tr("The data of an update of %1").arg(tableName), &message))
        return d->fail(message, error);
    Private::Table *table = d->findTable(tableName);
    if (!table)
        return d->fail(Tr::tr("An update of %1, which has no rows yet.").arg(tableName), error);
    if (!d->begin(error))
        return false;
    std::string where;
    std::vector<Cell> keyCells;
    keyCells.reserve(4);
    if (!Private::keyCondition(*table, modified, where, keyCells, &message))
        return d->fail(message, error);
    std::string set;
    std::vector<std::pair<int, const JsonValue *>> values;
    for (const auto &[key, value] : modified.items()) {
        const QString name = QString::fromStdString(key);
        if (isSystemColumn(name) || table->primaryKey.contains(name))
            continue;
        int c = table->index.value(name, -1);
        if (c < 0) {
            if (value.is_null())
                continue;
            if (!d->addColumn(*table, {name, {}, warehouse::inferType(value), 0, 0, false}, error))
                return false;
            c = table->index.value(name);
        }
        set += table->columns[std::size_t(c)].quotedName + " = ?, ";
        values.emplace_back(c, &value);
    }
    const std::string sql = "UPDATE " + table->quotedName + " SET " + set + kSynced + " = ?" + where;
    Statement *statement = d->cached(sql, error);
    if (!statement)
        return false;
    std::vector<Cell> cells(values.size());
    int bindIndex = 1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Private::Column &column = table->columns[std::size_t(values[i].first)];
        warehouse::convert(*values[i].second, column.type, column.scale, cells[i]);
        statement->bind(bindIndex++, cells[i]);
    }
    statement->bind(bindIndex++, d->synced);
    for (const Cell &cell : keyCells)
        statement->bind(bindIndex++, cell);
    if (!d->step(*statement, error))
        return false;
    ++d->pending.updates;
    d->countRows(table->name, 1);
    return true;
}

bool Warehouse::remove(const QString &tableName, const JsonValue &keys, QString *error)
{
    QString message;
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!checkObject(keys, Tr::tr("The keys of a delete from %1").arg(tableName), &message))
        return d->fail(message, error);
    if (!d->begin(error))
        return false;
    ++d->pending.deletes;
    Private::Table *table = d->findTable(tableName);
    if (!table)
        return true; // nothing was ever written there, so there is nothing to mark
    std::string where;
    std::vector<Cell> keyCells;
    keyCells.reserve(4);
    if (!Private::keyCondition(*table, keys, where, keyCells, &message))
        return d->fail(message, error);
    Statement *statement = d->cached("UPDATE " + table->quotedName + " SET " + kDeleted + " = 1, " + kSynced + " = ?"
                                         + where,
                                     error);
    if (!statement)
        return false;
    statement->bind(1, d->synced);
    int bindIndex = 2;
    for (const Cell &cell : keyCells)
        statement->bind(bindIndex++, cell);
    if (!d->step(*statement, error))
        return false;
    d->countRows(table->name, sqlite3_changes(d->db));
    return true;
}

bool Warehouse::truncate(const QString &tableName, QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!d->begin(error))
        return false;
    ++d->pending.truncates;
    Private::Table *table = d->findTable(tableName);
    if (!table)
        return true;
    Statement *statement = d->cached("UPDATE " + table->quotedName + " SET " + kDeleted + " = 1, " + kSynced
                                         + " = ? WHERE " + kDeleted + " = 0",
                                     error);
    if (!statement)
        return false;
    statement->bind(1, d->synced);
    if (!d->step(*statement, error))
        return false;
    d->countRows(table->name, sqlite3_changes(d->db));
    return true;
}

bool Warehouse::commitCheckpoint(const JsonValue &state, const QString &stream, CheckpointEntry *committed,
                                 QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    return d->writeCheckpoint(state, stream, {}, committed, error);
}

void Warehouse::rollback()
{
    if (d->db)
        d->rollback();
}

OperationCounts Warehouse::pendingOperations() const
{
    return d->pending;
}

bool Warehouse::hasPendingWrites() const
{
    return d->inTransaction;
}

QByteArray Warehouse::meta(const QString &key) const
{
    if (!d->db)
        return {};
    Statement s(d->db, "SELECT value FROM _cw_meta WHERE key = ?");
    s.bind(1, u"user."_s + key);
    return s.ok() && s.step() == SQLITE_ROW ? QByteArray::fromStdString(s.stdText(0)) : QByteArray();
}

bool Warehouse::setMeta(const QString &key, const QByteArray &value, QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!d->begin(error))
        return false;
    Statement s(d->db, "INSERT OR REPLACE INTO _cw_meta (key, value) VALUES (?, ?)");
    s.bind(1, u"user."_s + key);
    s.bind(2, value.toStdString());
    return d->step(s, error);
}

JsonValue Warehouse::state() const
{
    if (!d->db)
        return JsonValue::object();
    Statement s(d->db, "SELECT state FROM _cw_state WHERE id = 1");
    if (s.ok() && s.step() == SQLITE_ROW)
        return parseJson(s.stdText(0));
    return JsonValue::object();
}

bool Warehouse::setState(const JsonValue &state, const QString &note, CheckpointEntry *committed, QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (!state.is_object())
        return d->fail(Tr::tr("A state must be a JSON object, not %1.").arg(QString::fromLatin1(state.type_name())),
                       error);
    if (d->inTransaction)
        d->rollback();
    return d->writeCheckpoint(state, {}, note, committed, error);
}

bool Warehouse::restoreCheckpoint(qint64 sequence, CheckpointEntry *committed, QString *error)
{
    const std::optional<CheckpointEntry> entry = checkpoint(sequence);
    if (!entry)
        return d->fail(Tr::tr("The warehouse has no checkpoint %1.").arg(sequence), error);
    return setState(entry->state, Tr::tr("restored checkpoint %1").arg(sequence), committed, error);
}

bool Warehouse::exportState(const QString &path, QString *error) const
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    QSaveFile file(path);
    const std::string text = state().dump(2, ' ', false, JsonValue::error_handler_t::replace) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !file.commit())
        return d->fail(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), error);
    return true;
}

bool Warehouse::reset(QString *error)
{
    if (!d->db)
        return d->fail(Tr::tr("The warehouse is not open."), error);
    if (d->inTransaction)
        d->rollback();
    if (!d->begin(error))
        return false;
    // Another connection (the engine's) may have created tables since this one loaded its
    // list: read it again inside the transaction, or they would survive the reset.
    d->loadTables();
    std::string sql;
    for (const auto &[name, table] : d->tables)
        sql += "DROP TABLE IF EXISTS " + table.quotedName + ";";
    sql += "DELETE FROM _cw_tables; DELETE FROM _cw_columns; DELETE FROM _cw_checkpoints;"
           "DELETE FROM _cw_meta WHERE key LIKE 'user.%';"
           "DELETE FROM sqlite_sequence WHERE name = '_cw_checkpoints';"
           "UPDATE _cw_state SET state = '{}', updated = '';"
           "COMMIT;";
    if (!d->exec(sql, error)) {
        d->rollback();
        return false;
    }
    d->inTransaction = false;
    d->pending = {};
    d->pendingRows.clear();
    d->handles.clear();
    d->loadTables();
    return true;
}

std::optional<WarehouseTable> Warehouse::table(const QString &name, bool countRows) const
{
    for (const WarehouseTable &t : tables(false)) {
        if (t.name != name)
            continue;
        WarehouseTable result = t;
        if (countRows) {
            Statement count(d->db, "SELECT count(*) FROM " + quoted(name));
            if (count.ok() && count.step() == SQLITE_ROW)
                result.rowCount = count.integer(0);
        }
        return result;
    }
    return std::nullopt;
}

QList<WarehouseTable> Warehouse::tables(bool countRows) const
{
    QList<WarehouseTable> result;
    if (!d->db)
        return result;
    // Read from the database, not the writer's cache: another connection may be writing.
    Statement t(d->db, "SELECT name, primary_key FROM _cw_tables ORDER BY position");
    while (t.ok() && t.step() == SQLITE_ROW) {
        WarehouseTable table;
        table.name = t.text(0);
        const JsonValue keys = parseJson(t.stdText(1), JsonValue::array());
        for (const JsonValue &key : keys) {
            if (key.is_string())
                table.primaryKey.append(QString::fromStdString(key.get<std::string>()));
        }
        result.append(table);
    }
    Statement c(d->db, "SELECT name, type, precision, scale FROM _cw_columns WHERE table_name = ? ORDER BY position");
    for (WarehouseTable &table : result) {
        c.bind(1, table.name);
        while (c.ok() && c.step() == SQLITE_ROW) {
            WarehouseColumn column;
            column.name = c.text(0);
            column.type = fivetranTypeFromString(c.text(1)).value_or(FivetranType::Unspecified);
            column.precision = int(c.integer(2));
            column.scale = int(c.integer(3));
            column.primaryKey = table.primaryKey.contains(column.name);
            table.columns.append(column);
        }
        c.reset();
        if (countRows) {
            Statement count(d->db, "SELECT count(*) FROM " + quoted(table.name));
            if (count.ok() && count.step() == SQLITE_ROW)
                table.rowCount = count.integer(0);
        }
    }
    return result;
}

namespace {

CheckpointEntry readEntry(const Statement &s)
{
    CheckpointEntry entry;
    entry.sequence = s.integer(0);
    entry.time = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    entry.stream = s.text(2);
    entry.note = s.text(3);
    entry.state = parseJson(s.stdText(4));
    const JsonValue rows = parseJson(s.stdText(5));
    for (const auto &[table, count] : rows.items()) {
        if (count.is_number_integer())
            entry.rowsPerTable.insert(QString::fromStdString(table), count.get<qint64>());
    }
    entry.operations.upserts = s.integer(6);
    entry.operations.updates = s.integer(7);
    entry.operations.deletes = s.integer(8);
    entry.operations.truncates = s.integer(9);
    entry.operations.schemaChanges = s.integer(10);
    return entry;
}

constexpr const char *kEntryColumns =
    "SELECT sequence, time, stream, note, state, rows, upserts, updates, deletes, truncates, schema_changes "
    "FROM _cw_checkpoints ";

} // namespace

QList<CheckpointEntry> Warehouse::checkpoints(qint64 afterSequence, int limit) const
{
    QList<CheckpointEntry> result;
    if (!d->db)
        return result;
    Statement s(d->db, std::string(kEntryColumns) + "WHERE sequence > ? ORDER BY sequence LIMIT ?");
    s.bind(1, afterSequence);
    s.bind(2, qint64(limit > 0 ? limit : -1));
    while (s.ok() && s.step() == SQLITE_ROW)
        result.append(readEntry(s));
    return result;
}

std::optional<CheckpointEntry> Warehouse::checkpoint(qint64 sequence) const
{
    if (!d->db)
        return std::nullopt;
    Statement s(d->db, std::string(kEntryColumns) + "WHERE sequence = ?");
    s.bind(1, sequence);
    if (s.ok() && s.step() == SQLITE_ROW)
        return readEntry(s);
    return std::nullopt;
}

qint64 Warehouse::lastCheckpointSequence() const
{
    if (!d->db)
        return 0;
    Statement s(d->db, "SELECT coalesce(max(sequence), 0) FROM _cw_checkpoints");
    return s.ok() && s.step() == SQLITE_ROW ? s.integer(0) : 0;
}

QueryResult Warehouse::query(const QString &sql, int limit) const
{
    QueryResult result;
    if (!d->db) {
        result.error = Tr::tr("The warehouse is not open.");
        return result;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(d->db, utf8.constData(), int(utf8.size()), &raw, &tail) != SQLITE_OK) {
        result.error = d->sqliteError();
        sqlite3_finalize(raw);
        return result;
    }
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, &sqlite3_finalize);
    if (!raw) {
        result.error = Tr::tr("The query is empty.");
        return result;
    }
    if (tail && !QByteArray(tail).trimmed().isEmpty() && QByteArray(tail).trimmed() != ";") {
        result.error = Tr::tr("Run one statement at a time.");
        return result;
    }
    // The results browser must not change the warehouse behind the engine's back.
    if (!sqlite3_stmt_readonly(raw)) {
        result.error = Tr::tr("Only statements that read are allowed here.");
        return result;
    }
    const int columns = sqlite3_column_count(raw);
    for (int i = 0; i < columns; ++i)
        result.columns.append(QString::fromUtf8(sqlite3_column_name(raw, i)));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (limit > 0 && qsizetype(result.rows.size()) >= limit) {
            result.truncated = true;
            break;
        }
        std::vector<JsonValue> row;
        row.reserve(std::size_t(columns));
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(raw, i)) {
            case SQLITE_INTEGER:
                row.emplace_back(qint64(sqlite3_column_int64(raw, i)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(raw, i));
                break;
            case SQLITE_TEXT:
                row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(raw, i)),
                                             std::size_t(sqlite3_column_bytes(raw, i))));
                break;
            case SQLITE_BLOB:
                row.emplace_back(QByteArray(static_cast<const char *>(sqlite3_column_blob(raw, i)),
                                            sqlite3_column_bytes(raw, i))
                                     .toBase64()
                                     .toStdString());
                break;
            default:
                row.emplace_back(nullptr);
                break;
            }
        }
        result.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        result.error = d->sqliteError();
    return result;
}

} // namespace cw
