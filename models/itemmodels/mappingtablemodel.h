// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace cw {

class ProjectDocument;

/// The destination columns of one stream's table: include, source path, column name, type
/// and primary-key membership. Edits go through the document's undo stack.
class MappingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTableModel)

public:
    enum Column { IncludeColumn, PathColumn, NameColumn, TypeColumn, KeyColumn, ColumnCount };

    explicit MappingTableModel(ProjectDocument *document, QObject *parent = nullptr);

    void setStreamIndex(int streamIndex);
    int streamIndex() const { return m_streamIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    int columnsInStream() const;

    ProjectDocument *m_document;
    int m_streamIndex = -1;
    int m_rows = 0;
};

} // namespace cw
