// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace cw {

class ProjectDocument;

/// The request parameters of one stream (path, query and header) as an editable table:
/// Name | In | Value | Required | Description. Allowed values from a spec are offered through
/// AllowedValuesRole. Every change is one undoable step of the document.
class ParameterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterTableModel)

public:
    enum Column { NameColumn, InColumn, ValueColumn, RequiredColumn, DescriptionColumn, ColumnCount };
    enum Role { AllowedValuesRole = Qt::UserRole + 1 }; ///< QStringList of enum values, or empty

    explicit ParameterTableModel(ProjectDocument *document, QObject *parent = nullptr);

    void setStreamIndex(int streamIndex);
    int streamIndex() const { return m_streamIndex; }

    /// Appends a query parameter with a unique name and returns its row.
    int addParameter();
    void removeParameter(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int parametersInStream() const;
    void refresh();

    ProjectDocument *m_document;
    int m_streamIndex = -1;
    int m_rows = 0;
};

} // namespace cw
