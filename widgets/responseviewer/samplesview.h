// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "models/core/samples/samplestore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cw {

class ProjectDocument;

/// The responses kept for the selected stream in the project's workspace database
/// (`<project>.cwbdb`, secrets redacted), newest first. Opening one shows it in the viewer
/// without the network; samples can be deleted.
class SamplesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplesView)

public:
    explicit SamplesView(ProjectDocument *document, QWidget *parent = nullptr);

    void setStream(int streamIndex);
    void refresh();
    /// The database for the open project, or an empty string while it is unsaved.
    QString databasePath() const;
    int count() const;
    /// Opens the sample in `row` (emits sampleOpened).
    void openRow(int row);

Q_SIGNALS:
    void sampleOpened(const cw::Sample &sample);

private:
    ProjectDocument *m_document;
    int m_stream = -1;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_delete;
    SampleStore m_store;
    QList<qint64> m_ids;
};

} // namespace cw
