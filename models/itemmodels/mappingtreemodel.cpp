// SPDX-License-Identifier: MIT
#include "models/itemmodels/mappingtreemodel.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <QBrush>
#include <QFont>
#include <QPalette>

#include "models/core/schema/fivetrannaming.h"
#include "models/core/schema/inferredschema.h"
#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

const QString kElement = QStringLiteral("*");

bool isObject(const PathInfo *info)
{
    return info && info->count(JsonKind::Object) > 0;
}

bool isArray(const PathInfo *info)
{
    return info && info->count(JsonKind::Array) > 0;
}

QString typeText(FivetranType type, int precision, int scale)
{
    if (type == FivetranType::Unspecified)
        return MappingTreeModel::tr("(left to Fivetran)");
    if (type == FivetranType::Decimal)
        return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
    return toString(type);
}

} // namespace

MappingTreeModel::MappingTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(m_document, &ProjectDocument::projectChanged, this, &MappingTreeModel::refreshAll);
    connect(m_document, &ProjectDocument::projectReset, this, [this] { setStream(-1); });
}

MappingTreeModel::~MappingTreeModel() = default;

void MappingTreeModel::setStream(int streamIndex)
{
    beginResetModel();
    m_stream = streamIndex;
    m_samples.reset();
    rebuildTree();
    rebuildPlan();
    endResetModel();
    Q_EMIT planChanged();
}

void MappingTreeModel::setSamples(std::shared_ptr<const StreamSamples> samples)
{
    beginResetModel();
    m_samples = std::move(samples);
    rebuildTree();
    rebuildPlan();
    endResetModel();
    Q_EMIT planChanged();
}

const Stream *MappingTreeModel::stream() const
{
    const QList<Stream> &streams = m_document->project().streams;
    return m_stream >= 0 && m_stream < streams.size() ? &streams[m_stream] : nullptr;
}

void MappingTreeModel::rebuildTree()
{
    m_nodes.clear();
    m_topLevel.clear();
    m_nodeByPath.clear();
    if (!m_samples || !stream())
        return;
    const InferredSchema &schema = m_samples->schema;
    // Breadth by recursion over the schema's own child lists: the tree shows members in the
    // order the API sent them.
    std::function<void(const QString &, int)> add = [&](const QString &path, int parent) {
        const QList<const PathInfo *> children = schema.children(path);
        for (const PathInfo *info : children) {
            Node node;
            node.info = info;
            node.parent = parent;
            const int id = int(m_nodes.size());
            QList<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
            node.row = int(siblings.size());
            siblings.append(id);
            m_nodes.append(node);
            m_nodeByPath.insert(info->path, id);
            add(info->path, id);
        }
    };
    add(QString(), -1);
}

void MappingTreeModel::rebuildPlan()
{
    m_placements.clear();
    const Stream *s = stream();
    if (!s) {
        m_plan = {};
        return;
    }
    static const InferredSchema kEmpty;
    m_plan = MappingPlan::build(*s, m_samples ? m_samples->schema : kEmpty);
    // Absolute source paths of every table (arrays of arrays nest their "*" segments).
    QList<QString> prefixes;
    for (int t = 0; t < m_plan.tables.size(); ++t) {
        const PlanTable &table = m_plan.tables[t];
        QString prefix;
        if (table.parent >= 0) {
            const QString arrayPath = prefixes.value(table.parent) + table.arrayPath;
            m_placements.insert(arrayPath, Placement{t, -1, true});
            prefix = appendPointer(arrayPath, kElement);
        }
        prefixes.append(prefix);
        for (int c = 0; c < table.columns.size(); ++c) {
            const PlanColumn &column = table.columns[c];
            if (column.kind == PlanColumn::Kind::Value || column.kind == PlanColumn::Kind::Json) {
                const QString path = prefix + column.sourcePath;
                if (!m_placements.contains(path))
                    m_placements.insert(path, Placement{t, c, false});
            }
        }
    }
}

void MappingTreeModel::refreshAll()
{
    rebuildPlan();
    if (!m_nodes.isEmpty()) {
        // Every cell may change (one rename can add a collision suffix elsewhere); the tree's
        // shape depends only on the samples, so no reset: expansion and selection survive.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int id = 0; id < m_nodes.size(); ++id) {
            const Node &node = m_nodes[id];
            if (!node.children.isEmpty()) {
                const QModelIndex parent = createIndex(node.row, 0, quintptr(id));
                Q_EMIT dataChanged(index(0, 0, parent), index(int(node.children.size()) - 1, ColumnCount - 1, parent));
            }
        }
    }
    Q_EMIT planChanged();
}

QModelIndex MappingTreeModel::indexForPath(const QString &path, int column) const
{
    const int id = m_nodeByPath.value(path, -1);
    return id < 0 ? QModelIndex() : createIndex(m_nodes[id].row, column, quintptr(id));
}

QModelIndex MappingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_topLevel;
    if (row >= siblings.size() || (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex MappingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes[int(child.internalId())].parent;
    return parentId < 0 ? QModelIndex() : createIndex(m_nodes[parentId].row, 0, quintptr(parentId));
}

int MappingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int MappingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool MappingTreeModel::isUnderJsonOrSkip(const Node &node) const
{
    for (int id = node.parent; id >= 0; id = m_nodes[id].parent) {
        const Node &ancestor = m_nodes[id];
        const QString mode = modeOf(ancestor);
        // An array element has no mode of its own ("" here); its array decides, further up.
        if (mode == modeJson() || mode == modeSkip())
            return true;
    }
    return false;
}

QString MappingTreeModel::modeOf(const Node &node) const
{
    const Placement placement = m_placements.value(node.info->path);
    if (placement.childTable)
        return modeChildTable();
    if (placement.column >= 0) {
        const PlanColumn &column = m_plan.tables[placement.table].columns[placement.column];
        return column.kind == PlanColumn::Kind::Json ? modeJson() : modeColumn();
    }
    // No column and no table of its own: flattened when something below it is placed.
    if (isObject(node.info) || node.info->key == kElement) {
        std::function<bool(int)> placedBelow = [&](int id) {
            for (int child : m_nodes[id].children) {
                if (m_placements.contains(m_nodes[child].info->path) || placedBelow(child))
                    return true;
            }
            return false;
        };
        if (placedBelow(m_nodeByPath.value(node.info->path)))
            return node.info->key == kElement ? QString() : modeFlatten();
    }
    // An element of a child table's array has no mode of its own, its members do.
    if (node.info->key == kElement)
        return QString();
    return modeSkip();
}

QStringList MappingTreeModel::modeChoices(const Node &node) const
{
    if (node.info->key == kElement || isUnderJsonOrSkip(node))
        return {};
    if (isArray(node.info))
        return {modeChildTable(), modeJson(), modeSkip()};
    if (isObject(node.info))
        return {modeFlatten(), modeJson(), modeSkip()};
    return {modeColumn(), modeSkip()};
}

const ColumnMapping *MappingTreeModel::explicitColumn(const QString &path) const
{
    const Stream *s = stream();
    if (!s)
        return nullptr;
    for (const ColumnMapping &column : s->table.columns) {
        if (column.path == path)
            return &column;
    }
    return nullptr;
}

QVariant MappingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[int(index.internalId())];
    const PathInfo &info = *node.info;
    const Placement placement = m_placements.value(info.path);
    const PlanColumn *column = placement.column >= 0 ? &m_plan.tables[placement.table].columns[placement.column] : nullptr;
    const bool inactive = isUnderJsonOrSkip(node);

    if (role == PathRole)
        return info.path;
    if (role == TableRole)
        return placement.table >= 0 ? m_plan.tables[placement.table].name : QString();
    if (role == ModeChoicesRole)
        return modeChoices(node);
    if (role == KindCountsRole && index.column() == ObservedColumn) {
        QVariantList counts;
        for (qint64 count : info.kindCounts)
            counts.append(count);
        return counts;
    }
    if (role == Qt::ForegroundRole && (inactive || modeOf(node) == modeSkip()))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole && index.column() == TypeColumn && column && !explicitColumn(info.path)
        && column->kind == PlanColumn::Kind::Value) {
        QFont font;
        font.setItalic(true); // suggested by inference, not chosen by the user
        return font;
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FieldColumn:
            return info.path;
        case ObservedColumn: {
            QString text = info.kindSummary();
            const QList<ValueFormat> formats = info.detectedFormats();
            for (ValueFormat format : formats)
                text += QStringLiteral("\n") + tr("every value is %1").arg(toString(format));
            if (info.distinctEstimate > 0)
                text += QStringLiteral("\n") + tr("%1 distinct values%2").arg(info.distinctEstimate).arg(info.distinctExact ? QString() : tr(" (estimate)"));
            if (info.maxLength > 0)
                text += QStringLiteral("\n") + tr("longest string: %1 characters").arg(info.maxLength);
            return text;
        }
        case NullsColumn:
            return tr("null in %1 % of the values; present in %2 % of the records that could have it")
                .arg(info.nullRatio() * 100, 0, 'f', 1)
                .arg(info.presence() * 100, 0, 'f', 1);
        case ExampleColumn:
            return info.examples.join(QStringLiteral("\n"));
        case TypeColumn:
            if (column && !explicitColumn(info.path))
                return tr("Suggested from the samples; choose a type to declare it.");
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (!column || placement.table != 0 || column->kind != PlanColumn::Kind::Value)
            return {};
        if (index.column() == KeyColumn)
            return m_plan.tables[0].primaryKey.contains(column->name) ? Qt::Checked : Qt::Unchecked;
        if (index.column() == CursorColumn)
            return m_plan.cursorColumn == column->name ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    switch (index.column()) {
    case FieldColumn:
        return info.key == kElement ? tr("[each element]") : info.key;
    case ObservedColumn:
        return info.kindSummary();
    case NullsColumn:
        if (info.occurrences == 0)
            return {};
        return role == Qt::EditRole ? QVariant(info.nullRatio()) : QVariant(QStringLiteral("%1 %").arg(std::lround(info.nullRatio() * 100)));
    case ExampleColumn:
        return info.examples.value(0);
    case ModeColumn:
        if (inactive)
            return role == Qt::EditRole ? QString() : tr("(inside JSON or skipped)");
        return modeOf(node);
    case NameColumn:
        if (placement.childTable)
            return m_plan.tables[placement.table].name;
        return column ? column->name : QString();
    case TypeColumn:
        if (!column)
            return {};
        return role == Qt::EditRole ? toString(column->type) : typeText(column->type, column->precision, column->scale);
    default:
        return {};
    }
}

Qt::ItemFlags MappingTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node &node = m_nodes[int(index.internalId())];
    const Placement placement = m_placements.value(node.info->path);
    const PlanColumn *column = placement.column >= 0 ? &m_plan.tables[placement.table].columns[placement.column] : nullptr;
    switch (index.column()) {
    case ModeColumn:
        if (!modeChoices(node).isEmpty())
            flags |= Qt::ItemIsEditable;
        break;
    case NameColumn:
        if (column || placement.childTable)
            flags |= Qt::ItemIsEditable;
        break;
    case TypeColumn:
        if (column && column->kind == PlanColumn::Kind::Value)
            flags |= Qt::ItemIsEditable;
        break;
    case KeyColumn:
    case CursorColumn:
        if (column && placement.table == 0 && column->kind == PlanColumn::Kind::Value)
            flags |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return flags;
}

QVariant MappingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Source field");
    case ObservedColumn: return tr("Observed");
    case NullsColumn: return tr("Nulls");
    case ExampleColumn: return tr("Example");
    case ModeColumn: return tr("Mapping");
    case NameColumn: return tr("Destination");
    case TypeColumn: return tr("Type");
    case KeyColumn: return tr("Key");
    case CursorColumn: return tr("Cursor");
    default: return {};
    }
}

ColumnMapping &MappingTreeModel::columnEntry(Stream &s, const Node &node) const
{
    const QString &path = node.info->path;
    for (ColumnMapping &column : s.table.columns) {
        if (column.path == path)
            return column;
    }
    // A new explicit entry starts as what the plan shows now, so that making it explicit
    // changes nothing but the one property being edited.
    ColumnMapping entry;
    entry.path = path;
    const Placement placement = m_placements.value(path);
    if (placement.column >= 0) {
        const PlanColumn &current = m_plan.tables[placement.table].columns[placement.column];
        entry.name = current.name;
        if (current.kind == PlanColumn::Kind::Value) {
            entry.type = current.type;
            entry.precision = current.precision;
            entry.scale = current.scale;
        }
    } else {
        entry.name = fivetranColumnName(node.info->key);
    }
    s.table.columns.append(entry);
    return s.table.columns.last();
}

bool MappingTreeModel::applyMode(const Node &node, const QString &mode)
{
    if (!modeChoices(node).contains(mode))
        return false;
    Stream s = *stream();
    const QString &path = node.info->path;
    const auto nested = std::find_if(s.table.nested.begin(), s.table.nested.end(),
                                     [&](const NestedMapping &n) { return n.path == path; });
    if (mode == modeSkip()) {
        ColumnMapping &entry = columnEntry(s, node);
        entry.include = false;
        if (nested != s.table.nested.end())
            s.table.nested.erase(nested);
    } else {
        // Any other mode includes the path again.
        for (ColumnMapping &column : s.table.columns) {
            if (column.path == path)
                column.include = true;
        }
        if (mode != modeColumn()) {
            const NestedMode nestedMode = mode == modeFlatten() ? NestedMode::Flatten
                                        : mode == modeJson()    ? NestedMode::JsonColumn
                                                                : NestedMode::ChildTable;
            if (nested != s.table.nested.end()) {
                nested->mode = nestedMode;
            } else {
                NestedMapping entry;
                entry.path = path;
                entry.mode = nestedMode;
                s.table.nested.append(entry);
            }
            // A JSON column's type is JSON: an explicit scalar type on the path would fight it.
            if (nestedMode != NestedMode::JsonColumn) {
                s.table.columns.erase(std::remove_if(s.table.columns.begin(), s.table.columns.end(),
                                                     [&](const ColumnMapping &c) {
                                                         return c.path == path && c.include;
                                                     }),
                                      s.table.columns.end());
            }
        }
    }
    m_document->setStream(m_stream, s, tr("Map %1 as %2").arg(node.info->path, mode));
    return true;
}

bool MappingTreeModel::applyName(const Node &node, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    Stream s = *stream();
    const Placement placement = m_placements.value(node.info->path);
    if (placement.childTable) {
        const auto nested = std::find_if(s.table.nested.begin(), s.table.nested.end(),
                                         [&](const NestedMapping &n) { return n.path == node.info->path; });
        if (nested != s.table.nested.end()) {
            nested->tableName = trimmed;
        } else {
            NestedMapping entry;
            entry.path = node.info->path;
            entry.mode = NestedMode::ChildTable;
            entry.tableName = trimmed;
            s.table.nested.append(entry);
        }
    } else {
        const QString previous = m_plan.tables[placement.table].columns[placement.column].name;
        columnEntry(s, node).name = trimmed;
        // Keys and the cursor follow the column they name.
        if (placement.table == 0) {
            for (QString &key : s.table.primaryKey) {
                if (key == previous)
                    key = trimmed;
            }
        }
    }
    m_document->setStream(m_stream, s, tr("Rename %1 to %2").arg(node.info->path, trimmed),
                          QStringLiteral("rename:%1:%2").arg(m_stream).arg(node.info->path));
    return true;
}

bool MappingTreeModel::applyType(const Node &node, const QString &typeName)
{
    const std::optional<FivetranType> type = fivetranTypeFromString(typeName);
    if (!type)
        return false;
    Stream s = *stream();
    ColumnMapping &entry = columnEntry(s, node);
    entry.type = *type;
    if (*type == FivetranType::Decimal) {
        // Wide enough for every number seen, within Fivetran's 38 digits.
        const int scale = std::clamp(node.info->maxScale, 0, 18);
        const int digits = std::max(node.info->maxIntegerDigits, 1) + scale;
        entry.precision = std::clamp(std::max(digits, entry.precision), 1, 38);
        entry.scale = std::min(scale, entry.precision);
    } else {
        entry.precision = 0;
        entry.scale = 0;
    }
    m_document->setStream(m_stream, s, tr("Set the type of %1 to %2").arg(node.info->path, typeText(*type, entry.precision, entry.scale)));
    return true;
}

bool MappingTreeModel::applyKey(const Node &node, bool on)
{
    const Placement placement = m_placements.value(node.info->path);
    const QString name = m_plan.tables[0].columns[placement.column].name;
    Stream s = *stream();
    // The plan may hold keys resolved from field names or pointers; edit by column name.
    s.table.primaryKey = m_plan.tables[0].primaryKey;
    if (on && !s.table.primaryKey.contains(name))
        s.table.primaryKey.append(name);
    else if (!on)
        s.table.primaryKey.removeAll(name);
    else
        return false;
    m_document->setStream(m_stream, s, on ? tr("Add %1 to the primary key").arg(name) : tr("Remove %1 from the primary key").arg(name));
    return true;
}

bool MappingTreeModel::applyCursor(const Node &node, bool on)
{
    Stream s = *stream();
    const QString &path = node.info->path;
    // A top-level member is written by name, as detection and imports write it; deeper
    // fields need the pointer.
    const QString field = node.info->depth == 1 ? node.info->key : path;
    s.incremental.cursorField = on ? field : QString();
    m_document->setStream(m_stream, s, on ? tr("Use %1 as the cursor").arg(path) : tr("Stop syncing incrementally"));
    return true;
}

bool MappingTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !stream() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const Node &node = m_nodes[int(index.internalId())];
    switch (index.column()) {
    case ModeColumn:
        return role == Qt::EditRole && applyMode(node, value.toString());
    case NameColumn:
        return role == Qt::EditRole && applyName(node, value.toString());
    case TypeColumn:
        return role == Qt::EditRole && applyType(node, value.toString());
    case KeyColumn:
        return role == Qt::CheckStateRole && applyKey(node, value.toInt() == Qt::Checked);
    case CursorColumn:
        return role == Qt::CheckStateRole && applyCursor(node, value.toInt() == Qt::Checked);
    default:
        return false;
    }
}

} // namespace cw
