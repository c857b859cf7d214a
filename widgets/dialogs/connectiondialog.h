// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/project/project.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cw {

class ProjectDocument;

/// The connection every stream shares: base URL, headers sent with every request, the auth
/// scheme with its values, TLS verification, and the configuration fields those values
/// refer to through `{{ config.key }}`. A field a template names that does not exist yet
/// is created on OK (secret when it feeds a credential), so the user never has to keep the
/// two in step by hand. OK applies everything as one undoable edit.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    explicit ConnectionDialog(ProjectDocument *document, QWidget *parent = nullptr);

    /// The project with the form's connection and configuration fields.
    Project project() const;
    QStringList problems() const { return m_problemList; }
    void accept() override;

    // The editors, for tests.
    QLineEdit *baseUrl() const { return m_baseUrl; }
    QComboBox *authType() const { return m_authType; }
    QComboBox *apiKeyIn() const { return m_apiKeyIn; }
    QLineEdit *authField(const QString &name) const;
    QCheckBox *verifyTls() const { return m_verifyTls; }
    QTableWidget *headers() const { return m_headers; }
    QTableWidget *fields() const { return m_fields; }

private:
    void load(const Project &project);
    void updateRows();
    void validate();
    void addHeaderRow(const Header &header);
    void addFieldRow(const ConfigurationField &field);
    QLineEdit *addAuthLine(const QString &name, const QString &label, const QString &placeholder, bool secretValue);

    ProjectDocument *m_document;
    QLineEdit *m_baseUrl;
    QTableWidget *m_headers;
    QComboBox *m_authType;
    QComboBox *m_apiKeyIn;
    QFormLayout *m_authForm;
    QHash<QString, QLineEdit *> m_auth;
    QCheckBox *m_verifyTls;
    QLabel *m_tlsWarning;
    QTableWidget *m_fields;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QStringList m_problemList;
};

} // namespace cw
