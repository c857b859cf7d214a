// SPDX-License-Identifier: MIT
#include "models/itemmodels/streamtreemodel.h"

#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {
// internalId 0 marks a group row; n > 0 marks a stream row in group n - 1.
constexpr quintptr kGroupId = 0;
} // namespace

StreamTreeModel::StreamTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_groups(buildGroups())
{
    connect(document, &ProjectDocument::projectReset, this, [this] {
        beginResetModel();
        m_groups = buildGroups();
        endResetModel();
    });
    connect(document, &ProjectDocument::projectChanged, this, &StreamTreeModel::rebuild);
}

QList<StreamTreeModel::Group> StreamTreeModel::buildGroups() const
{
    QList<Group> groups;
    const QList<Stream> &streams = m_document->project().streams;
    for (int i = 0; i < streams.size(); ++i) {
        const QString name = streams[i].group.isEmpty() ? tr("Streams") : streams[i].group;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.name == name; });
        if (it == groups.end()) {
            groups.append({name, {}});
            it = std::prev(groups.end());
        }
        it->streams.append(i);
    }
    return groups;
}

void StreamTreeModel::rebuild()
{
    QList<Group> groups = buildGroups();
    if (groups == m_groups) {
        // Same shape: only names or details changed, so keep selection and expansion.
        for (int g = 0; g < m_groups.size(); ++g) {
            const QModelIndex groupIndex = index(g, 0);
            Q_EMIT dataChanged(groupIndex, groupIndex);
            if (!m_groups[g].streams.isEmpty())
                Q_EMIT dataChanged(index(0, 0, groupIndex), index(int(m_groups[g].streams.size()) - 1, 0, groupIndex));
        }
        return;
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex StreamTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StreamTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int StreamTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.value(parent.row()).streams.size());
}

int StreamTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant StreamTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return group.name;
        case Qt::ToolTipRole:
            return tr("%n stream(s)", nullptr, int(group.streams.size()));
        case StreamIndexRole:
            return -1;
        case IsGroupRole:
            return true;
        case SearchTextRole:
            return group.name;
        default:
            return {};
        }
    }
    const int streamIndex = m_groups.at(int(index.internalId() - 1)).streams.at(index.row());
    const Stream &stream = m_document->project().streams.at(streamIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return stream.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2\n%3").arg(stream.request.method, stream.request.path,
                                               stream.description.isEmpty() ? tr("Pagination: %1").arg(toString(stream.pagination.type))
                                                                            : stream.description);
    case StreamIndexRole:
        return streamIndex;
    case MethodRole:
        return stream.request.method;
    case PathRole:
        return stream.request.path;
    case PaginationRole:
        return toString(stream.pagination.type);
    case IsGroupRole:
        return false;
    case SearchTextRole:
        return QStringList{stream.name, stream.request.method, stream.request.path}.join(u' ');
    default:
        return {};
    }
}

bool StreamTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.internalId() == kGroupId)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    m_document->renameStream(data(index, StreamIndexRole).toInt(), name);
    return true;
}

Qt::ItemFlags StreamTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant StreamTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Endpoint");
    return {};
}

QModelIndex StreamTreeModel::indexOfStream(int streamIndex) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups[g].streams.indexOf(streamIndex);
        if (row >= 0)
            return index(int(row), 0, index(g, 0));
    }
    return {};
}

} // namespace cw
