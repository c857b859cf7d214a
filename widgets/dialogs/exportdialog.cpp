// SPDX-License-Identifier: MIT
#include "widgets/dialogs/exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "models/core/codegen/exportlinter.h"
#include "models/core/codegen/projectexporter.h"
#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

ExportOptions optionsFrom(const ProjectDocument *document, const QString &connection, bool secrets, bool overwrite)
{
    ExportOptions options;
    options.values = document->configurationValues();
    options.includeSecrets = secrets;
    options.overwrite = overwrite;
    options.projectFilePath = document->filePath();
    options.connectionName = connection.trimmed();
    return options;
}

} // namespace

ExportDialog::ExportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_folder(new QLineEdit(this))
    , m_connection(new QLineEdit(this))
    , m_secrets(new QCheckBox(tr("Write &secret values into configuration.json"), this))
    , m_overwrite(new QCheckBox(tr("&Replace the exported files in a folder that has files"), this))
    , m_findings(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export Connector Project"));
    const QString base = document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(document->filePath()).absolutePath();
    m_folder->setText(QDir(base).filePath(connectionNameFor(document->project())));
    m_folder->setAccessibleName(tr("Export folder"));
    m_connection->setText(connectionNameFor(document->project()));
    m_connection->setAccessibleName(tr("Fivetran connection name"));
    m_connection->setToolTip(tr("The name 'fivetran deploy --connection' uses: lowercase letters, digits and _"));
    m_secrets->setToolTip(tr("Off: secret fields are empty strings, to be filled in Fivetran or from the CI's secret "
                             "store. configuration.json is in .gitignore either way."));
    m_findings->setAccessibleName(tr("Export linter findings"));
    m_findings->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Connection name"), m_connection);
    form->addRow(QString(), m_secrets);
    form->addRow(QString(), m_overwrite);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Checks of the Fivetran Connector SDK's rules:"), this));
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_connection, &QLineEdit::textChanged, this, &ExportDialog::lint);
    connect(m_secrets, &QCheckBox::toggled, this, &ExportDialog::lint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportNow())
            m_export->setEnabled(false);
    });
    lint();
}

int ExportDialog::lint()
{
    const ExportOptions options = optionsFrom(m_document, m_connection->text(), m_secrets->isChecked(), m_overwrite->isChecked());
    QStringList warnings;
    const ExportBundle bundle = prepareExport(m_document->project(), options, &warnings);
    const QList<LintFinding> findings = lintExport(bundle);
    m_findings->clear();
    int errors = 0;
    for (const LintFinding &finding : findings) {
        errors += finding.isError() ? 1 : 0;
        auto *item = new QListWidgetItem(style()->standardIcon(finding.isError() ? QStyle::SP_MessageBoxCritical
                                                                                 : QStyle::SP_MessageBoxWarning),
                                         finding.toString(), m_findings);
        item->setToolTip(finding.message);
    }
    for (const QString &warning : std::as_const(warnings))
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), warning, m_findings);
    if (findings.isEmpty() && warnings.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No findings: ready to export."),
                            m_findings);
    m_export->setEnabled(errors == 0);
    m_status->setText(errors > 0 ? tr("%n error(s) must be fixed before the export.", nullptr, errors) : QString());
    return errors;
}

bool ExportDialog::exportNow()
{
    const ExportOptions options = optionsFrom(m_document, m_connection->text(), m_secrets->isChecked(), m_overwrite->isChecked());
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        return false;
    const ExportResult result = exportProject(m_document->project(), folder, options);
    if (!result.ok) {
        m_status->setText(QStringLiteral("<span style='color:#c01c28'>%1</span>").arg(result.error.toHtmlEscaped()));
        return false;
    }
    m_status->setText(tr("Exported %n file(s) to %1. Run <code>fivetran debug</code> there to test it, and "
                         "<code>fivetran deploy --connection %2</code> to deploy it.",
                         nullptr, int(result.files.size()))
                          .arg(QDir::toNativeSeparators(folder).toHtmlEscaped(), result.connectionName.toHtmlEscaped()));
    return true;
}

} // namespace cw
