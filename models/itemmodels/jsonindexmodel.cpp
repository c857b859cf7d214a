// SPDX-License-Identifier: MIT
#include "models/itemmodels/jsonindexmodel.h"

#include <limits>

namespace cw {

namespace {

using Kind = JsonIndex::Kind;

// internalId packs the parent container + 1; 0 is the row of a top-level scalar, which has
// no container.
constexpr quintptr kScalarRoot = 0;

QString typeName(const JsonIndex &index, const JsonIndex::Child &child)
{
    switch (child.kind) {
    case Kind::Object: return QStringLiteral("object");
    case Kind::Array: return QStringLiteral("array");
    case Kind::String: return QStringLiteral("string");
    case Kind::True:
    case Kind::False: return QStringLiteral("boolean");
    case Kind::Null: return QStringLiteral("null");
    case Kind::Number: {
        const char *b = index.body().constData();
        return JsonIndex::isIntegerText(b + child.value.begin, b + child.value.end) ? QStringLiteral("integer")
                                                                                     : QStringLiteral("number");
    }
    }
    return {};
}

int clampRows(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

JsonIndexModel::JsonIndexModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonIndexModel::~JsonIndexModel() = default;

void JsonIndexModel::setIndex(std::shared_ptr<const JsonIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

void JsonIndexModel::clear()
{
    setIndex(nullptr);
}

JsonIndex::Child JsonIndexModel::item(const QModelIndex &index) const
{
    if (!m_index || !index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == kScalarRoot)
        return m_index->rootValue();
    return m_index->child(JsonIndex::Node(id - 1), index.row());
}

QByteArray JsonIndexModel::rawValue(const QModelIndex &index) const
{
    return m_index && index.isValid() ? m_index->raw(item(index).value) : QByteArray();
}

JsonValue JsonIndexModel::value(const QModelIndex &index) const
{
    return m_index && index.isValid() ? m_index->materialize(item(index).value) : JsonValue();
}

JsonIndex::Node JsonIndexModel::containerOf(const QModelIndex &parent) const
{
    if (!m_index)
        return JsonIndex::kNoNode;
    if (!parent.isValid())
        return m_index->root();
    return item(parent).node;
}

QModelIndex JsonIndexModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_index || !hasIndex(row, column, parent))
        return {};
    const JsonIndex::Node node = containerOf(parent);
    if (node == JsonIndex::kNoNode)
        return createIndex(row, column, kScalarRoot);
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex JsonIndexModel::parent(const QModelIndex &child) const
{
    if (!m_index || !child.isValid() || child.internalId() == kScalarRoot)
        return {};
    const auto node = JsonIndex::Node(child.internalId() - 1);
    const JsonIndex::Node grandParent = m_index->parent(node);
    if (grandParent == JsonIndex::kNoNode)
        return {};
    // The index stores each container's row in its parent, so this needs no search.
    return createIndex(int(m_index->row(node)), 0, quintptr(grandParent) + 1);
}

int JsonIndexModel::rowCount(const QModelIndex &parent) const
{
    if (!m_index || parent.column() > 0)
        return 0;
    if (!parent.isValid() && m_index->root() == JsonIndex::kNoNode)
        return 1; // a top-level scalar is shown as one row
    const JsonIndex::Node node = containerOf(parent);
    return node == JsonIndex::kNoNode ? 0 : clampRows(m_index->childCount(node));
}

int JsonIndexModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonIndexModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonIndexModel::preview(JsonIndex::Node node) const
{
    // A one-line preview of the first members, so that records can be told apart collapsed.
    // It scans only the first few members and caches nothing: every visible record is
    // previewed, and caching their child tables would grow with scrolling.
    constexpr qsizetype kPreview = 90;
    QString text = QStringLiteral("{");
    bool more = false;
    m_index->forEachChild(node, [&](const JsonIndex::Child &c) {
        if (text.size() >= kPreview) {
            more = true;
            return false;
        }
        if (text.size() > 1)
            text += QStringLiteral(", ");
        text += m_index->text(c.key, 40) + QStringLiteral(": ");
        switch (c.kind) {
        case Kind::Object: text += QStringLiteral("{…}"); break;
        case Kind::Array: text += QStringLiteral("[…]"); break;
        case Kind::String: {
            bool cut = false;
            const QString value = m_index->text(c.value, 40, &cut); // before `cut` is read
            text += u'"' + value + (cut ? QStringLiteral("…\"") : QStringLiteral("\""));
            break;
        }
        default: text += m_index->text(c.value, 40); break;
        }
        return true;
    });
    if (more)
        text += QStringLiteral(", …");
    return text + u'}';
}

QString JsonIndexModel::valueText(const JsonIndex::Child &child) const
{
    switch (child.kind) {
    case Kind::Object:
        return preview(child.node);
    case Kind::Array: {
        const qint64 n = m_index->childCount(child.node);
        return n == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n);
    }
    case Kind::String: {
        // Very long strings are cut for display; the raw view shows them whole.
        bool cut = false;
        QString text = m_index->text(child.value, 500, &cut);
        if (cut)
            text += u'…';
        return text;
    }
    default:
        return m_index->text(child.value); // numbers exactly as written
    }
}

QVariant JsonIndexModel::data(const QModelIndex &index, int role) const
{
    if (!m_index || !index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != PointerRole && role != KindRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == ChildrenColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const quintptr id = index.internalId();
    if (role == PointerRole || role == Qt::ToolTipRole)
        return id == kScalarRoot ? QString() : m_index->pointer(JsonIndex::Node(id - 1), index.row());
    const JsonIndex::Child child = item(index);
    if (role == KindRole)
        return int(child.kind);
    switch (index.column()) {
    case KeyColumn:
        if (id == kScalarRoot)
            return QString();
        if (m_index->kind(JsonIndex::Node(id - 1)) == Kind::Array)
            return QStringLiteral("[%1]").arg(index.row());
        return m_index->text(child.key, 500);
    case ValueColumn:
        return valueText(child);
    case TypeColumn:
        return typeName(*m_index, child);
    case ChildrenColumn:
        return child.isContainer() ? QVariant(m_index->childCount(child.node)) : QVariant();
    default:
        return {};
    }
}

QVariant JsonIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    case ChildrenColumn: return tr("Children");
    default: return {};
    }
}

} // namespace cw
