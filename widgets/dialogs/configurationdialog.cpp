// SPDX-License-Identifier: MIT
#include "widgets/dialogs/configurationdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/secretstore.h"

namespace cw {

ConfigurationDialog::ConfigurationDialog(ProjectDocument *document, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Configuration of %1").arg(document->displayName()));
    auto *form = new QFormLayout;
    for (const ConfigurationField &field : document->project().configuration) {
        auto *edit = new QLineEdit(this);
        edit->setText(document->configurationValues().value(field.key));
        edit->setPlaceholderText(field.defaultValue);
        edit->setToolTip(field.description);
        edit->setAccessibleName(field.label.isEmpty() ? field.key : field.label);
        if (field.secret) {
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
            edit->setPlaceholderText(tr("secret: never written to the project file"));
        }
        QString label = field.label.isEmpty() ? field.key : field.label;
        if (field.required)
            label += u'*';
        form->addRow(label, edit);
        m_edits.insert(field.key, edit);
    }
    if (m_edits.isEmpty())
        form->addRow(new QLabel(tr("This project has no configuration fields."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const bool hasSecrets = std::any_of(document->project().configuration.cbegin(), document->project().configuration.cend(),
                                        [](const ConfigurationField &field) { return field.secret; });
    if (hasSecrets) {
        m_secretsNote = new QLabel(this);
        m_secretsNote->setWordWrap(true);
        layout->addWidget(m_secretsNote);
        if (m_secrets) {
            m_fileFallback = new QCheckBox(this);
            m_fileFallback->setChecked(m_secrets->fileFallbackChosen());
            layout->addWidget(m_fileFallback);
            connect(m_secrets, &SecretStore::backendChanged, this, &ConfigurationDialog::updateSecretsNote);
        }
        updateSecretsNote();
    }
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ConfigurationDialog::updateSecretsNote()
{
    if (!m_secrets) {
        m_secretsNote->setText(tr("Secret values are kept in memory for this session only."));
        return;
    }
    const SecretStore::Backend backend = m_secrets->backend();
    m_fileFallback->setVisible(backend == SecretStore::Backend::Memory || backend == SecretStore::Backend::File);
    m_fileFallback->setText(tr("Keep secret values in a file only I can read (%1)").arg(QDir::toNativeSeparators(m_secrets->filePathFor(m_document->filePath().isEmpty() ? QStringLiteral("untitled") : m_document->filePath()))));
    switch (backend) {
    case SecretStore::Backend::Probing:
        m_secretsNote->setText(tr("Looking for the system keychain…"));
        break;
    case SecretStore::Backend::Keychain:
        m_secretsNote->setText(m_document->filePath().isEmpty()
                                   ? tr("Secret values go to the system keychain when the project is saved.")
                                   : tr("Secret values are kept in the system keychain."));
        break;
    case SecretStore::Backend::File:
    case SecretStore::Backend::Memory:
        m_secretsNote->setText(tr("<b>No keychain service is running</b> (%1). Secret values stay in memory for this "
                                  "session only, unless you keep them in a file below.")
                                   .arg(m_secrets->keychainError().toHtmlEscaped()));
        break;
    }
}

void ConfigurationDialog::accept()
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        m_document->setConfigurationValue(it.key(), it.value()->text());
    if (m_secrets) {
        if (m_fileFallback && m_fileFallback->isVisible() && m_fileFallback->isChecked() != m_secrets->fileFallbackChosen())
            m_secrets->setFileFallbackChosen(m_fileFallback->isChecked());
        m_secrets->store(m_document->filePath(), m_document->project(), m_document->configurationValues());
    }
    QDialog::accept();
}

} // namespace cw
