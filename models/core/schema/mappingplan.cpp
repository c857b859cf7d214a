// SPDX-License-Identifier: MIT
#include "models/core/schema/mappingplan.h"

#include <algorithm>
#include <string>
#include <type_traits>
#include <unordered_map>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "models/core/schema/fivetrannaming.h"
#include "models/core/schema/inferredschema.h"

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::MappingPlan)
};

const QString kElement = QStringLiteral("*");

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

/// `path` relative to `base` ("/items/*/sku" relative to "/items/*" is "/sku").
QString relativeTo(const QString &path, const QString &base)
{
    return path.mid(base.size());
}

/// True when `path` lies below `base` without crossing another array (so that it belongs to
/// the table whose element is at `base`).
bool directlyBelow(const QString &path, const QString &base)
{
    if (!path.startsWith(base + u'/'))
        return false;
    return !pointerSegments(relativeTo(path, base)).contains(kElement);
}

bool isUnder(const QString &path, const QString &container)
{
    return path == container || path.startsWith(container + u'/');
}

/// Builds a MappingPlan; see MappingPlan::build() and the defaults in the header of the
/// schema inferrer. Child tables are made after their parent is complete, because their
/// key columns come from the parent's primary key.
class PlanBuilder
{
public:
    PlanBuilder(const Stream &stream, const InferredSchema &schema)
        : m_stream(stream)
        , m_table(stream.table)
        , m_schema(schema)
    {
        for (const NestedMapping &n : m_table.nested)
            m_nested.insert(n.path, &n);
        for (const ColumnMapping &c : m_table.columns)
            m_columns.insert(c.path, &c);
    }

    MappingPlan build()
    {
        const QString sourceName = m_table.name.isEmpty() ? m_stream.name : m_table.name;
        QString name = fivetranTableName(sourceName);
        if (name.isEmpty())
            name = QStringLiteral("records");
        if (!m_table.name.isEmpty() && name != m_table.name)
            note(Tr::tr("Table %1 is named %2 in the destination (Fivetran normalises names).")
                     .arg(quoted(m_table.name), quoted(name)));
        PlanTable root;
        root.name = uniqueTableName(name, QString());
        m_plan.tables.append(root);
        buildTable(0, QString());
        return std::move(m_plan);
    }

private:
    struct PendingChild {
        QString arrayPath;   // full path of the array
        QString columnBase;  // its name as a column of the parent ("address_lines")
        const NestedMapping *nested = nullptr;
    };

    void note(const QString &text)
    {
        if (!m_plan.notes.contains(text))
            m_plan.notes.append(text);
    }

    QString uniqueTableName(const QString &wanted, const QString &what)
    {
        QString name = wanted;
        for (int n = 2; m_tableNames.contains(name); ++n)
            name = wanted + u'_' + QString::number(n);
        if (name != wanted)
            note(Tr::tr("Table %1 (%2) is named %3 because %1 is taken.").arg(quoted(wanted), what, quoted(name)));
        m_tableNames.insert(name);
        return name;
    }

    QString uniqueColumnName(int table, const QString &wanted, const QString &path)
    {
        QString base = wanted.isEmpty() ? QStringLiteral("column") : wanted;
        QSet<QString> &used = m_columnNames[table];
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + u'_' + QString::number(n);
        if (name != base)
            note(Tr::tr("Column %1 of table %2 (%3) is named %4 because %1 is taken.")
                     .arg(quoted(base), quoted(m_plan.tables[table].name), path.isEmpty() ? QStringLiteral("\"\"") : path,
                          quoted(name)));
        used.insert(name);
        return name;
    }

    /// The destination name for a column: the user's (normalised) or one derived from the
    /// source names joined with "_".
    QString columnName(const ColumnMapping *explicitColumn, const QString &derived)
    {
        if (explicitColumn && !explicitColumn->name.isEmpty()) {
            const QString normalised = fivetranColumnName(explicitColumn->name);
            if (normalised != explicitColumn->name)
                note(Tr::tr("Column %1 (%2) is named %3 in the destination (Fivetran normalises names).")
                         .arg(quoted(explicitColumn->name), explicitColumn->path, quoted(normalised)));
            return normalised;
        }
        return fivetranColumnName(derived);
    }

    void addColumn(int table, const QString &base, const QString &path, PlanColumn::Kind kind,
                   const ColumnMapping *explicitColumn, const QString &derivedName, const PathInfo *info)
    {
        PlanColumn column;
        column.kind = kind;
        column.sourcePath = relativeTo(path, base);
        column.name = uniqueColumnName(table, columnName(explicitColumn, derivedName), path);
        if (explicitColumn) {
            column.type = explicitColumn->type;
            column.precision = explicitColumn->precision;
            column.scale = explicitColumn->scale;
            m_usedColumns.insert(explicitColumn->path);
        } else if (kind == PlanColumn::Kind::Json) {
            column.type = FivetranType::Json;
        } else if (info) {
            column.type = info->suggestedType;
            column.precision = info->suggestedPrecision;
            column.scale = info->suggestedScale;
        }
        m_columnPaths[table].insert(path);
        m_plan.tables[table].columns.append(column);
    }

    enum class Choice { Skip, Value, Json, Flatten, Child };

    Choice choose(const QString &path, int depth, const PathInfo *info)
    {
        const ColumnMapping *explicitColumn = m_columns.value(path);
        if (explicitColumn && !explicitColumn->include) {
            m_usedColumns.insert(path);
            return Choice::Skip;
        }
        if (const NestedMapping *nested = m_nested.value(path)) {
            m_usedNested.insert(path);
            switch (nested->mode) {
            case NestedMode::Flatten:
                if (info && info->count(JsonKind::Array) > 0 && !info->onlyKind(JsonKind::Object)) {
                    note(Tr::tr("%1 holds arrays, which cannot be flattened; it is kept as a JSON column.").arg(path));
                    return Choice::Json;
                }
                if (explicitColumn)
                    m_usedColumns.insert(path);
                return Choice::Flatten;
            case NestedMode::JsonColumn:
                return Choice::Json;
            case NestedMode::ChildTable:
                if (explicitColumn)
                    m_usedColumns.insert(path);
                return Choice::Child;
            }
        }
        if (!info)
            return explicitColumn && explicitColumn->type == FivetranType::Json ? Choice::Json : Choice::Value;
        if (info->onlyKind(JsonKind::Object))
            return explicitColumn || depth > m_table.flattenDepth ? Choice::Json : Choice::Flatten;
        if (info->onlyKind(JsonKind::Array)) {
            const PathInfo *element = m_schema.find(appendPointer(path, kElement));
            return !explicitColumn && element && element->onlyKind(JsonKind::Object) ? Choice::Child : Choice::Json;
        }
        if (info->count(JsonKind::Object) > 0 || info->count(JsonKind::Array) > 0)
            return Choice::Json;
        return Choice::Value;
    }

    /// Columns for the members of the object at `objectPath`; `depth` is the members' depth
    /// below the table's element, `prefix` their name prefix.
    void visitObject(int table, const QString &base, const QString &objectPath, int depth, const QString &prefix,
                     QList<PendingChild> &children)
    {
        for (const PathInfo *member : m_schema.children(objectPath)) {
            if (member->isArrayElement)
                continue;
            const QString derived = prefix.isEmpty() ? member->key : prefix + u'_' + member->key;
            visitPath(table, base, member->path, depth, derived, member, children);
        }
    }

    void visitPath(int table, const QString &base, const QString &path, int depth, const QString &derived,
                   const PathInfo *info, QList<PendingChild> &children)
    {
        const ColumnMapping *explicitColumn = m_columns.value(path);
        switch (choose(path, depth, info)) {
        case Choice::Skip:
            m_covered[table].append(path);
            break;
        case Choice::Value:
            addColumn(table, base, path, PlanColumn::Kind::Value, explicitColumn, derived, info);
            break;
        case Choice::Json:
            addColumn(table, base, path, PlanColumn::Kind::Json, explicitColumn, derived, info);
            m_covered[table].append(path);
            break;
        case Choice::Flatten:
            visitObject(table, base, path, depth + 1, derived, children);
            break;
        case Choice::Child:
            children.append({path, derived, m_nested.value(path)});
            m_covered[table].append(path);
            break;
        }
    }

    bool covered(int table, const QString &path) const
    {
        for (const QString &c : m_covered.value(table)) {
            if (isUnder(path, c))
                return true;
        }
        return false;
    }

    /// Explicit columns and nested mappings of this table that the samples never showed.
    void addUnseen(int table, const QString &base, QList<PendingChild> &children)
    {
        for (const NestedMapping &n : m_table.nested) {
            if (m_usedNested.contains(n.path) || !directlyBelow(n.path, base) || covered(table, n.path))
                continue;
            if (n.mode == NestedMode::Flatten)
                continue;  // its leaves come from explicit columns, if any
            const QStringList segments = pointerSegments(relativeTo(n.path, base));
            m_usedNested.insert(n.path);
            visitPath(table, base, n.path, int(segments.size()), segments.join(u'_'), nullptr, children);
        }
        for (const ColumnMapping &c : m_table.columns) {
            if (m_usedColumns.contains(c.path) || !c.include || !directlyBelow(c.path, base))
                continue;
            if (covered(table, c.path)) {
                note(Tr::tr("Column %1 (%2) is not created: its path lies inside a JSON column or child table.")
                         .arg(quoted(c.name), c.path));
                m_usedColumns.insert(c.path);
                continue;
            }
            if (m_columnPaths.value(table).contains(c.path))
                continue;
            const QStringList segments = pointerSegments(relativeTo(c.path, base));
            addColumn(table, base, c.path, c.type == FivetranType::Json ? PlanColumn::Kind::Json : PlanColumn::Kind::Value,
                      &c, segments.join(u'_'), nullptr);
        }
    }

    /// The column of `table` a primary-key or cursor entry names: a column name, a record
    /// field name, a JSON pointer, or a name that normalises to a column's.
    int findColumn(int table, const QString &base, const QString &entry) const
    {
        const QList<PlanColumn> &columns = m_plan.tables[table].columns;
        const QString pointer = entry.startsWith(u'/') ? relativeTo(entry, base) : appendPointer(QString(), entry);
        for (int pass = 0; pass < 3; ++pass) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const PlanColumn &c = columns[i];
                const bool hit = pass == 0 ? c.name == entry
                               : pass == 1 ? (c.kind == PlanColumn::Kind::Value && c.sourcePath == pointer)
                                           : c.name == fivetranColumnName(entry);
                if (hit)
                    return int(i);
            }
        }
        return -1;
    }

    /// Finds or adds the column for a key or cursor field; returns its name.
    QString resolveField(int table, const QString &base, const QString &entry, const QString &role)
    {
        int index = findColumn(table, base, entry);
        if (index < 0) {
            const QString path = entry.startsWith(u'/') ? entry : appendPointer(base, entry);
            const QStringList segments = pointerSegments(relativeTo(path, base));
            addColumn(table, base, path, PlanColumn::Kind::Value, nullptr, segments.join(u'_'), nullptr);
            index = int(m_plan.tables[table].columns.size() - 1);
            note(Tr::tr("The %1 %2 was not seen in the samples; column %3 was added for it.")
                     .arg(role, quoted(entry), quoted(m_plan.tables[table].columns[index].name)));
        }
        return m_plan.tables[table].columns[index].name;
    }

    void buildTable(int table, const QString &base)
    {
        QList<PendingChild> children;
        const PathInfo *element = m_schema.find(base);
        if (element && !element->onlyKind(JsonKind::Object) && element->nonNullCount() > 0) {
            // Records or array elements that are not objects: one column for the value itself.
            const bool containers = element->count(JsonKind::Object) + element->count(JsonKind::Array) > 0;
            addColumn(table, base, base, containers ? PlanColumn::Kind::Json : PlanColumn::Kind::Value, nullptr,
                      QStringLiteral("value"), element);
        } else {
            visitObject(table, base, base, 1, QString(), children);
        }
        addUnseen(table, base, children);
        if (table > 0 && m_plan.tables[table].columns.size() == m_firstOwnColumn.value(table)) {
            // Nothing is known about the elements: keep each one whole.
            addColumn(table, base, base, PlanColumn::Kind::Json, nullptr, QStringLiteral("value"), nullptr);
        }
        if (table == 0) {
            for (const QString &entry : m_table.primaryKey) {
                const QString name = resolveField(0, base, entry, Tr::tr("primary key field"));
                if (!m_plan.tables[0].primaryKey.contains(name))
                    m_plan.tables[0].primaryKey.append(name);
            }
            if (!m_stream.incremental.cursorField.isEmpty())
                m_plan.cursorColumn = resolveField(0, base, m_stream.incremental.cursorField, Tr::tr("cursor field"));
        }
        for (const PendingChild &child : std::as_const(children))
            buildChild(table, child);
    }

    void buildChild(int parent, const PendingChild &pending)
    {
        const PlanTable parentTable = m_plan.tables[parent];
        const QString wanted = pending.nested && !pending.nested->tableName.isEmpty()
            ? fivetranTableName(pending.nested->tableName)
            : fivetranTableName(parentTable.name + u'_' + pending.columnBase);
        PlanTable table;
        table.name = uniqueTableName(wanted, pending.arrayPath);
        table.parent = parent;
        table.arrayPath = relativeTo(pending.arrayPath, m_tableBase.value(parent));
        const int index = int(m_plan.tables.size());
        m_plan.tables.append(table);
        const QString base = appendPointer(pending.arrayPath, kElement);
        m_tableBase.insert(index, base);

        // The parent's key: its own key columns become "<parent>_<column>"; columns that are
        // already keys of an ancestor keep their name, so that a grandchild reads
        // "orders_id, orders_line_items_index, index" rather than repeating prefixes.
        QList<PlanColumn> &columns = m_plan.tables[index].columns;
        if (parentTable.primaryKey.isEmpty())
            note(Tr::tr("Child table %1 cannot refer to its parent %2, which has no primary key.")
                     .arg(quoted(table.name), quoted(parentTable.name)));
        for (const QString &key : parentTable.primaryKey) {
            const auto it = std::find_if(parentTable.columns.begin(), parentTable.columns.end(),
                                         [&](const PlanColumn &c) { return c.name == key; });
            PlanColumn column;
            column.kind = PlanColumn::Kind::ParentKey;
            column.sourcePath = key;
            const bool inherited = it != parentTable.columns.end() && it->kind == PlanColumn::Kind::ParentKey;
            column.name = uniqueColumnName(index, inherited ? key : fivetranColumnName(parentTable.name + u'_' + key),
                                           pending.arrayPath);
            if (it != parentTable.columns.end()) {
                column.type = it->kind == PlanColumn::Kind::Index ? FivetranType::Long : it->type;
                column.precision = it->precision;
                column.scale = it->scale;
            }
            columns.append(column);
            m_plan.tables[index].primaryKey.append(column.name);
        }
        PlanColumn position;
        position.kind = PlanColumn::Kind::Index;
        position.name = uniqueColumnName(index, QStringLiteral("index"), pending.arrayPath);
        position.type = FivetranType::Long;
        m_plan.tables[index].columns.append(position);
        m_plan.tables[index].primaryKey.append(position.name);
        m_firstOwnColumn.insert(index, m_plan.tables[index].columns.size());
        buildTable(index, base);
    }

    const Stream &m_stream;
    const TableMapping &m_table;
    const InferredSchema &m_schema;
    MappingPlan m_plan;
    QHash<QString, const NestedMapping *> m_nested;
    QHash<QString, const ColumnMapping *> m_columns;
    QSet<QString> m_usedColumns;
    QSet<QString> m_usedNested;
    QSet<QString> m_tableNames;
    QHash<int, QSet<QString>> m_columnNames;
    QHash<int, QSet<QString>> m_columnPaths;
    QHash<int, QStringList> m_covered;    // JSON columns, child tables and skipped paths per table
    QHash<int, QString> m_tableBase;      // the element path of each table
    QHash<int, qsizetype> m_firstOwnColumn;
};

} // namespace

MappingPlan MappingPlan::build(const Stream &stream, const InferredSchema &schema)
{
    return PlanBuilder(stream, schema).build();
}

int MappingPlan::tableIndex(const QString &name) const
{
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (tables[i].name == name)
            return int(i);
    }
    return -1;
}

QList<DeletionKey> deletionKeys(const Stream &stream, const MappingPlan &plan)
{
    QList<DeletionKey> keys;
    if (plan.tables.isEmpty())
        return keys;
    const PlanTable &root = plan.tables[0];
    for (qsizetype i = 0; i < root.primaryKey.size(); ++i) {
        DeletionKey key{root.primaryKey[i], {}};
        if (i < stream.deletions.keyPaths.size()) {
            key.path = stream.deletions.keyPaths[i];
        } else {
            for (const PlanColumn &column : root.columns) {
                if (column.name == key.column && column.kind == PlanColumn::Kind::Value)
                    key.path = column.sourcePath;
            }
            if (key.path.isEmpty())
                key.path = u'/' + key.column;
        }
        if (!key.path.startsWith(u'/'))
            key.path.prepend(u'/');
        keys.append(key);
    }
    return keys;
}

QString toString(PlanColumn::Kind kind)
{
    switch (kind) {
    case PlanColumn::Kind::Value: return QStringLiteral("value");
    case PlanColumn::Kind::Json: return QStringLiteral("json");
    case PlanColumn::Kind::ParentKey: return QStringLiteral("parentKey");
    case PlanColumn::Kind::Index: return QStringLiteral("index");
    }
    return {};
}

JsonValue toJson(const MappingPlan &plan)
{
    JsonValue tables = JsonValue::array();
    for (const PlanTable &t : plan.tables) {
        JsonValue columns = JsonValue::array();
        for (const PlanColumn &c : t.columns) {
            JsonValue column = {{"name", c.name.toStdString()},
                                {"source", c.sourcePath.toStdString()},
                                {"kind", toString(c.kind).toStdString()},
                                {"type", toString(c.type).toStdString()}};
            if (c.type == FivetranType::Decimal) {
                column["precision"] = c.precision;
                column["scale"] = c.scale;
            }
            columns.push_back(std::move(column));
        }
        JsonValue key = JsonValue::array();
        for (const QString &k : t.primaryKey)
            key.push_back(k.toStdString());
        JsonValue table = {{"name", t.name.toStdString()}, {"primaryKey", std::move(key)}};
        if (t.parent >= 0) {
            table["parent"] = plan.tables[t.parent].name.toStdString();
            table["arrayPath"] = t.arrayPath.toStdString();
        }
        table["columns"] = std::move(columns);
        tables.push_back(std::move(table));
    }
    JsonValue notes = JsonValue::array();
    for (const QString &n : plan.notes)
        notes.push_back(n.toStdString());
    JsonValue out = {{"tables", std::move(tables)}};
    if (!plan.cursorColumn.isEmpty())
        out["cursorColumn"] = plan.cursorColumn.toStdString();
    out["notes"] = std::move(notes);
    return out;
}

// ---- RecordMapper -----------------------------------------------------------------------

struct RecordMapper::Compiled {
    /// One member name below the table's element; `columns` take its value, `childTables`
    /// its array elements, `members` its own members (flattened objects).
    struct Node {
        std::unordered_map<std::string, int> members;
        std::vector<std::pair<size_t, int>> indexMembers;  // array positions in explicit pointers
        std::vector<int> columns;
        std::vector<int> childTables;
    };
    struct Table {
        std::vector<Node> nodes{1};  // nodes[0] is the element itself
        size_t columnCount = 0;
        std::vector<std::pair<int, int>> parentKeys;  // (column, parent column)
        int indexColumn = -1;
    };
    std::vector<Table> tables;

    static int walk(Table &table, const QStringList &segments)
    {
        int node = 0;
        for (const QString &segment : segments) {
            const std::string key = segment.toStdString();
            const auto it = table.nodes[size_t(node)].members.find(key);
            if (it != table.nodes[size_t(node)].members.end()) {
                node = it->second;
                continue;
            }
            const int next = int(table.nodes.size());
            table.nodes.emplace_back();
            table.nodes[size_t(node)].members.emplace(key, next);
            bool numeric = false;
            const qulonglong position = segment.toULongLong(&numeric);
            if (numeric && !segment.isEmpty() && (segment == u"0" || !segment.startsWith(u'0')))
                table.nodes[size_t(node)].indexMembers.emplace_back(size_t(position), next);
            node = next;
        }
        return node;
    }

    explicit Compiled(const MappingPlan &plan)
    {
        tables.resize(size_t(plan.tables.size()));
        for (qsizetype t = 0; t < plan.tables.size(); ++t) {
            const PlanTable &pt = plan.tables[t];
            Table &table = tables[size_t(t)];
            table.columnCount = size_t(pt.columns.size());
            for (qsizetype c = 0; c < pt.columns.size(); ++c) {
                const PlanColumn &column = pt.columns[c];
                switch (column.kind) {
                case PlanColumn::Kind::Value:
                case PlanColumn::Kind::Json:
                    table.nodes[size_t(walk(table, pointerSegments(column.sourcePath)))].columns.push_back(int(c));
                    break;
                case PlanColumn::Kind::ParentKey:
                    if (pt.parent >= 0) {
                        const PlanTable &parent = plan.tables[pt.parent];
                        for (qsizetype p = 0; p < parent.columns.size(); ++p) {
                            if (parent.columns[p].name == column.sourcePath)
                                table.parentKeys.emplace_back(int(c), int(p));
                        }
                    }
                    break;
                case PlanColumn::Kind::Index:
                    table.indexColumn = int(c);
                    break;
                }
            }
            if (pt.parent >= 0) {
                Table &parent = tables[size_t(pt.parent)];
                parent.nodes[size_t(walk(parent, pointerSegments(pt.arrayPath)))].childTables.push_back(int(t));
            }
        }
    }
};

RecordMapper::RecordMapper(MappingPlan plan)
    : m_plan(std::move(plan))
    , m_compiled(std::make_shared<const Compiled>(m_plan))
{
}

namespace {

using Compiled = RecordMapper::Compiled;

// `Value` is `const JsonValue` to copy cells out of the record, `JsonValue` to move them.
template<typename Value>
struct PendingArray {
    int table;
    Value *array;
};

template<typename Value>
void mapElement(const Compiled &compiled, int tableIndex, Value &element, const std::vector<JsonValue> *parentRow,
                qint64 position, std::vector<TableRows> &out);

template<typename Value>
void fill(const Compiled::Table &table, int nodeIndex, Value &value, std::vector<JsonValue> &row,
          std::vector<PendingArray<Value>> &arrays)
{
    const Compiled::Node &node = table.nodes[size_t(nodeIndex)];
    if constexpr (std::is_const_v<Value>) {
        for (const int column : node.columns)
            row[size_t(column)] = value;
    } else {
        // A value nothing else reads (one column, no members or child tables below it) is
        // moved: a string or a JSON column then costs no copy.
        const bool alone = node.columns.size() == 1 && node.childTables.empty() && node.members.empty()
            && node.indexMembers.empty();
        if (alone)
            row[size_t(node.columns.front())] = std::move(value);
        else
            for (const int column : node.columns)
                row[size_t(column)] = value;
        if (alone)
            return;
    }
    if (value.is_array()) {
        for (const int child : node.childTables)
            arrays.push_back({child, &value});
        for (const auto &[position, member] : node.indexMembers) {
            if (position < value.size())
                fill(table, member, value[position], row, arrays);
        }
        return;
    }
    if (node.members.empty() || !value.is_object())
        return;
    // One pass over the record's members, one hash lookup each: the members the plan does
    // not name cost a lookup and nothing else.
    for (auto it = value.begin(); it != value.end(); ++it) {
        const auto found = node.members.find(it.key());
        if (found != node.members.end())
            fill(table, found->second, it.value(), row, arrays);
    }
}

template<typename Value>
void mapElement(const Compiled &compiled, int tableIndex, Value &element, const std::vector<JsonValue> *parentRow,
                qint64 position, std::vector<TableRows> &out)
{
    const Compiled::Table &table = compiled.tables[size_t(tableIndex)];
    std::vector<JsonValue> row(table.columnCount);
    if (parentRow) {
        for (const auto &[column, parentColumn] : table.parentKeys)
            row[size_t(column)] = (*parentRow)[size_t(parentColumn)];
    }
    if (table.indexColumn >= 0)
        row[size_t(table.indexColumn)] = position;
    std::vector<PendingArray<Value>> arrays;
    fill(table, 0, element, row, arrays);
    // Children need the finished row (their key columns may come after the array).
    for (const PendingArray<Value> &pending : arrays) {
        qint64 i = 0;
        for (Value &child : *pending.array)
            mapElement(compiled, pending.table, child, &row, i++, out);
    }
    out[size_t(tableIndex)].rows.push_back(std::move(row));
}

} // namespace

void RecordMapper::map(const JsonValue &record, std::vector<TableRows> &out) const
{
    if (out.size() < m_compiled->tables.size())
        out.resize(m_compiled->tables.size());
    if (!m_compiled->tables.empty())
        mapElement(*m_compiled, 0, record, nullptr, 0, out);
}

void RecordMapper::take(JsonValue &record, std::vector<TableRows> &out) const
{
    if (out.size() < m_compiled->tables.size())
        out.resize(m_compiled->tables.size());
    if (!m_compiled->tables.empty())
        mapElement(*m_compiled, 0, record, nullptr, 0, out);
}

} // namespace cw
