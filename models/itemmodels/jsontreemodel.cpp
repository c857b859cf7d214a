// SPDX-License-Identifier: MIT
#include "models/itemmodels/jsontreemodel.h"

namespace cw {

namespace {

QString summary(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::value_t::object: {
        // A one-line preview of the first keys, so that records can be told apart collapsed.
        constexpr qsizetype kPreview = 90;
        QString text = QStringLiteral("{");
        auto it = value.begin();
        for (; it != value.end() && text.size() < kPreview; ++it) {
            if (text.size() > 1)
                text += QStringLiteral(", ");
            text += QString::fromStdString(it.key()) + QStringLiteral(": ");
            if (it->is_object())
                text += QStringLiteral("{…}");
            else if (it->is_array())
                text += QStringLiteral("[…]");
            else
                text += QString::fromStdString(it->dump(-1, ' ', false, JsonValue::error_handler_t::replace)).left(40);
        }
        if (it != value.end())
            text += QStringLiteral(", …");
        return text + u'}';
    }
    case JsonValue::value_t::array:
        return value.size() == 1 ? JsonTreeModel::tr("[1 item]") : JsonTreeModel::tr("[%1 items]").arg(value.size());
    case JsonValue::value_t::string: {
        const std::string &s = value.get_ref<const std::string &>();
        // Very long strings are cut for display; the raw view shows them whole.
        constexpr std::size_t kMax = 500;
        QString text = QString::fromUtf8(s.data(), qsizetype(std::min(s.size(), kMax)));
        if (s.size() > kMax)
            text += u'…';
        return text;
    }
    default:
        return QString::fromStdString(value.dump());
    }
}

QString typeName(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::value_t::number_integer:
    case JsonValue::value_t::number_unsigned:
        return QStringLiteral("integer");
    case JsonValue::value_t::number_float:
        return QStringLiteral("number");
    default:
        return QString::fromLatin1(value.type_name());
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(std::shared_ptr<const JsonValue> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_root.reset();
    if (m_document) {
        m_root = std::make_unique<Node>();
        m_root->value = m_document.get();
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(nullptr);
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::populate(const Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    const JsonValue &value = *node->value;
    if (!value.is_structured())
        return;
    node->children.reserve(value.size());
    int row = 0;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            auto child = std::make_unique<Node>();
            child->value = &it.value();
            child->parent = const_cast<Node *>(node);
            child->row = row++;
            child->key = it.key();
            node->children.push_back(std::move(child));
        }
    } else {
        for (const JsonValue &item : value) {
            auto child = std::make_unique<Node>();
            child->value = &item;
            child->parent = const_cast<Node *>(node);
            child->row = row;
            child->key = std::to_string(row++);
            child->isArrayItem = true;
            node->children.push_back(std::move(child));
        }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_root || !hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    populate(node);
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_root || parent.column() > 0)
        return 0;
    const JsonValue &value = *nodeOf(parent)->value;
    return value.is_structured() ? int(value.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::pointerOf(const Node *node)
{
    QStringList parts;
    for (; node && node->parent; node = node->parent) {
        QString key = QString::fromStdString(node->key);
        key.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
        parts.prepend(key);
    }
    return parts.isEmpty() ? QString() : u'/' + parts.join(u'/');
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const JsonValue &value = *node->value;
    if (role == PointerRole)
        return pointerOf(node);
    if (role == Qt::ToolTipRole)
        return pointerOf(node);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return node->isArrayItem ? QStringLiteral("[%1]").arg(node->row) : QString::fromStdString(node->key);
    case ValueColumn:
        return summary(value);
    case TypeColumn:
        return typeName(value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace cw
