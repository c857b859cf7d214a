// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;
class QSortFilterProxyModel;
class QTreeView;

namespace cw {

class EndpointEditor;
class ProjectDocument;
class StreamTreeModel;

/// The endpoint explorer: the project's streams grouped by tag or folder, with method
/// badges, a filter box, and rename, duplicate and delete.
class EndpointExplorer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointExplorer)

public:
    explicit EndpointExplorer(ProjectDocument *document, QWidget *parent = nullptr);

    /// The selected stream's index in Project::streams, or -1.
    int currentStream() const;
    void selectStream(int streamIndex);
    QTreeView *view() const { return m_view; }
    EndpointEditor *editor() const { return m_editor; }

    void addEndpoint();
    void duplicateCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void currentStreamChanged(int streamIndex);
    /// Double-click or Enter on a stream: fetch it.
    void fetchRequested(int streamIndex);

private:
    void showContextMenu(const QPoint &pos);
    void restoreSelection();

    ProjectDocument *m_document;
    StreamTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    EndpointEditor *m_editor;
    QString m_selectedName;
};

} // namespace cw
