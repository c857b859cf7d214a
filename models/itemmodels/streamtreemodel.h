// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace cw {

class ProjectDocument;

/// The project's streams grouped by their group (tag or folder), for the endpoint explorer.
/// Group rows have no parent; stream rows are their children. Stream names are editable,
/// and renaming goes through the document's undo stack.
class StreamTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTreeModel)

public:
    enum Role {
        StreamIndexRole = Qt::UserRole + 1, ///< int index into Project::streams, -1 for groups
        MethodRole,                          ///< "GET", ...
        PathRole,                            ///< request path
        PaginationRole,                      ///< pagination type name
        IsGroupRole,
        SearchTextRole,                      ///< name, method and path, for filtering
    };

    explicit StreamTreeModel(ProjectDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The model index of a stream, or an invalid index.
    QModelIndex indexOfStream(int streamIndex) const;

private:
    struct Group {
        QString name;
        QList<int> streams;
        bool operator==(const Group &) const = default;
    };
    QList<Group> buildGroups() const;
    void rebuild();

    ProjectDocument *m_document;
    QList<Group> m_groups;
};

} // namespace cw
