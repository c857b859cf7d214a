// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cw {

class ProjectDocument;

/// File → Export Connector Project…: the folder, the Fivetran connection name, whether
/// secrets go into configuration.json; the export linter's findings before anything is
/// written (errors stop the export), and what was written afterwards.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(ProjectDocument *document, QWidget *parent = nullptr);
    QLineEdit *folderEdit() const { return m_folder; }
    QListWidget *findings() const { return m_findings; }
    /// Lints again with the current options; returns the number of errors.
    int lint();
    /// Writes the folder; false (with the reason shown) when the linter or a write refused.
    bool exportNow();

private:
    ProjectDocument *m_document;
    QLineEdit *m_folder;
    QLineEdit *m_connection;
    QCheckBox *m_secrets;
    QCheckBox *m_overwrite;
    QListWidget *m_findings;
    QLabel *m_status;
    QPushButton *m_export;
};

} // namespace cw
