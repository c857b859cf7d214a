// SPDX-License-Identifier: MIT
#include "widgets/dialogs/configurationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "models/itemmodels/projectdocument.h"

namespace cw {

ConfigurationDialog::ConfigurationDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
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
            edit->setPlaceholderText(tr("secret: kept in memory for this session only"));
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
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ConfigurationDialog::accept()
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        m_document->setConfigurationValue(it.key(), it.value()->text());
    QDialog::accept();
}

} // namespace cw
