// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace cw {

class ProjectDocument;
class SecretStore;

/// The values of the project's configuration fields for this session. Secret fields are
/// masked and never written to the project file; with a SecretStore they are kept in the
/// system keychain, and where none runs the dialog says so and offers a file only the user
/// can read (otherwise they live in memory for this session).
class ConfigurationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationDialog)

public:
    explicit ConfigurationDialog(ProjectDocument *document, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    void accept() override;

private:
    void updateSecretsNote();

    ProjectDocument *m_document;
    SecretStore *m_secrets;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_secretsNote = nullptr;
    QCheckBox *m_fileFallback = nullptr;
};

} // namespace cw
