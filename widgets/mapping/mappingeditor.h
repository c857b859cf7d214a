// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace cw {

class MappingTableModel;
class ProjectDocument;

/// The mapping editor: the selected stream's destination table, its columns, types, primary
/// key and cursor. Every change is one undoable step.
class MappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditor)

public:
    explicit MappingEditor(ProjectDocument *document, QWidget *parent = nullptr);
    void setStream(int streamIndex);
    QTableView *view() const { return m_view; }
    MappingTableModel *model() const { return m_model; }

private:
    void updateSummary();

    ProjectDocument *m_document;
    MappingTableModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace cw
