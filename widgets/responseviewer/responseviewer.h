// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace cw {

class CodeEditor;
class JsonTreeModel;
class ProjectDocument;
class WalkJob;
struct PageFetch;

/// The response viewer: fetches the first page of the selected stream on a worker thread and
/// shows status, timings, headers, the body as a JSON tree and as raw text.
class ResponseViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseViewer)

public:
    explicit ResponseViewer(ProjectDocument *document, QWidget *parent = nullptr);
    ~ResponseViewer() override;

    void setStream(int streamIndex);
    void fetch();
    bool isFetching() const;

    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_model; }

Q_SIGNALS:
    void fetched(bool ok);

private:
    void showPage(const std::shared_ptr<const PageFetch> &page);
    void showMessage(const QString &text, bool error);
    void updateRequestLine();

    ProjectDocument *m_document;
    int m_stream = -1;
    QLabel *m_requestLine;
    QPushButton *m_fetchButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    JsonTreeModel *m_model;
    QLabel *m_pointer;
    CodeEditor *m_raw;
    QTableWidget *m_headers;
    QLabel *m_timings;
    std::unique_ptr<WalkJob> m_job;
};

} // namespace cw
