// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cw {

class ProjectDocument;
class RunLogModel;
class WalkJob;

/// The run panel: walks the selected stream or every stream to the end on a worker thread
/// and lists every request with its status, record count and time.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~RunPanel() override;

    void setStream(int streamIndex);
    void runSelected();
    void runAll();
    void cancel();
    bool isRunning() const;
    RunLogModel *log() const { return m_log; }

Q_SIGNALS:
    void runFinished(bool ok);

private:
    void start(const QStringList &streams);
    void updateButtons();

    ProjectDocument *m_document;
    int m_stream = -1;
    RunLogModel *m_log;
    QPushButton *m_runSelected;
    QPushButton *m_runAll;
    QPushButton *m_cancel;
    QLabel *m_progress;
    QTableView *m_view;
    std::unique_ptr<WalkJob> m_job;
    qint64 m_records = 0;
    int m_pages = 0;
};

} // namespace cw
