// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace cw {

class ProjectDocument;

/// The values of the project's configuration fields for this session. Secret fields are
/// masked and kept in memory only; they are never written to the project file.
class ConfigurationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationDialog)

public:
    explicit ConfigurationDialog(ProjectDocument *document, QWidget *parent = nullptr);
    void accept() override;

private:
    ProjectDocument *m_document;
    QHash<QString, QLineEdit *> m_edits;
};

} // namespace cw
