// SPDX-License-Identifier: MIT
#include "widgets/explorer/endpointeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/core/project/configtemplate.h"
#include "models/itemmodels/parametertablemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/dialogs/connectiondialog.h"
#include "widgets/dialogs/deletionsdialog.h"
#include "widgets/dialogs/streamsettingsdialog.h"
#include "widgets/explorer/parameterdelegate.h"

namespace cw {

EndpointEditor::EndpointEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_auth(new QLabel(this))
    , m_paging(new QLabel(this))
    , m_deletions(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_parameters(new ParameterTableModel(document, this))
    , m_table(new QTableView(this))
    , m_addParameter(new QPushButton(tr("Add Parameter"), this))
    , m_removeParameter(new QPushButton(tr("Remove"), this))
    , m_editConnection(new QPushButton(tr("Edit…"), this))
    , m_editPaging(new QPushButton(tr("Edit…"), this))
    , m_editDeletions(new QPushButton(tr("Edit…"), this))
{
    m_editConnection->setToolTip(tr("Base URL, headers, authentication, TLS and configuration fields of the project"));
    m_editConnection->setAccessibleName(tr("Edit connection and auth"));
    m_editPaging->setToolTip(tr("Records path, pagination, incremental cursor and parent stream of this endpoint"));
    m_editPaging->setAccessibleName(tr("Edit pagination and sync"));
    connect(m_editConnection, &QPushButton::clicked, this, &EndpointEditor::editConnection);
    connect(m_editPaging, &QPushButton::clicked, this, &EndpointEditor::editStreamSettings);
    m_editDeletions->setToolTip(tr("The endpoint that lists this stream's deleted records, and how to read it"));
    m_editDeletions->setAccessibleName(tr("Edit deletions feed"));
    connect(m_editDeletions, &QPushButton::clicked, this, &EndpointEditor::editDeletions);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setAccessibleName(tr("HTTP method"));
    m_path->setPlaceholderText(tr("/path/{id}"));
    m_path->setAccessibleName(tr("Request path"));
    m_group->setPlaceholderText(tr("Group (tag or folder)"));
    m_group->setAccessibleName(tr("Group"));
    m_auth->setWordWrap(true);
    m_auth->setTextFormat(Qt::PlainText);
    m_paging->setWordWrap(true);
    m_paging->setTextFormat(Qt::PlainText);
    m_deletions->setWordWrap(true);
    m_deletions->setTextFormat(Qt::PlainText);
    m_tlsWarning->setText(tr("⚠ TLS certificate verification is turned off for this project."));
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    m_tlsWarning->setWordWrap(true);

    connect(m_method, &QComboBox::activated, this, &EndpointEditor::commitRequest);
    connect(m_path, &QLineEdit::editingFinished, this, &EndpointEditor::commitRequest);
    connect(m_group, &QLineEdit::editingFinished, this, &EndpointEditor::commitRequest);

    m_table->setModel(m_parameters);
    m_table->setItemDelegate(new ParameterDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ParameterTableModel::ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ParameterTableModel::DescriptionColumn, QHeaderView::Interactive);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Request parameters"));
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->addParameter();
        if (row >= 0)
            m_table->edit(m_parameters->index(row, ParameterTableModel::NameColumn));
    });
    connect(m_removeParameter, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_parameters->removeParameter(current.row());
    });

    auto *request = new QHBoxLayout;
    request->addWidget(m_method);
    request->addWidget(m_path, 1);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Request"), request);
    form->addRow(tr("Group"), m_group);
    auto withButton = [](QLabel *label, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(label, 1);
        row->addWidget(button, 0, Qt::AlignTop);
        return row;
    };
    form->addRow(tr("Auth"), withButton(m_auth, m_editConnection));
    form->addRow(tr("Paging"), withButton(m_paging, m_editPaging));
    form->addRow(tr("Deletions"), withButton(m_deletions, m_editDeletions));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addParameter);
    buttons->addWidget(m_removeParameter);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(document, &ProjectDocument::projectChanged, this, &EndpointEditor::refresh);
    connect(document, &ProjectDocument::projectReset, this, [this] { setStream(-1); });
    connect(document, &ProjectDocument::configurationValuesChanged, this, &EndpointEditor::refresh);
    setStream(-1);
}

void EndpointEditor::setStream(int streamIndex)
{
    m_stream = streamIndex;
    m_parameters->setStreamIndex(streamIndex);
    m_table->resizeColumnToContents(ParameterTableModel::NameColumn);
    m_table->resizeColumnToContents(ParameterTableModel::InColumn);
    m_table->resizeColumnToContents(ParameterTableModel::RequiredColumn);
    refresh();
}

void EndpointEditor::refresh()
{
    const QList<Stream> &streams = m_document->project().streams;
    const bool valid = m_stream >= 0 && m_stream < streams.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_method, m_path, m_group, m_table, m_addParameter, m_removeParameter,
                                                      m_editPaging, m_editDeletions})
        w->setEnabled(valid);
    m_tlsWarning->setVisible(!m_document->project().connection.verifyTls);
    m_auth->setText(authSummary());
    m_paging->setText(valid ? pagingSummary(streams.at(m_stream)) : QString());
    m_deletions->setText(valid ? deletionsSummary(streams.at(m_stream)) : QString());
    m_deletions->setToolTip(valid && streams.at(m_stream).deletions.isEnabled()
                                ? tr("After the stream's pages: GET %1?%2, marking the rows it lists deleted")
                                      .arg(streams.at(m_stream).deletions.path,
                                           DeletionsDialog::queryText(streams.at(m_stream).deletions.parameters))
                                : tr("Rows deleted upstream stay in the destination until a deletions feed says they are gone"));
    // Child streams have no deletions feed of their own (the validator says why).
    m_editDeletions->setEnabled(valid && (streams.at(m_stream).parent.stream.isEmpty()
                                          || streams.at(m_stream).deletions.isEnabled()));
    if (!valid) {
        m_path->clear();
        m_group->clear();
        return;
    }
    const Stream &stream = streams.at(m_stream);
    m_method->setCurrentText(stream.request.method);
    if (!m_path->hasFocus())
        m_path->setText(stream.request.path);
    if (!m_group->hasFocus())
        m_group->setText(stream.group);
}

void EndpointEditor::editConnection()
{
    ConnectionDialog dialog(m_document, this);
    dialog.exec();
}

void EndpointEditor::editStreamSettings()
{
    if (m_stream < 0 || m_stream >= m_document->project().streams.size())
        return;
    StreamSettingsDialog dialog(m_document, m_stream, this);
    dialog.exec();
}

void EndpointEditor::editDeletions()
{
    if (m_stream < 0 || m_stream >= m_document->project().streams.size())
        return;
    DeletionsDialog dialog(m_document, m_stream, this);
    dialog.exec();
}

void EndpointEditor::commitRequest()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream < 0 || m_stream >= streams.size())
        return;
    Stream stream = streams.at(m_stream);
    stream.request.method = m_method->currentText();
    stream.request.path = m_path->text().trimmed();
    stream.group = m_group->text().trimmed();
    if (stream != streams.at(m_stream))
        m_document->setStream(m_stream, stream, tr("Edit request of %1").arg(stream.name));
}

QString EndpointEditor::pagingSummary(const Stream &stream)
{
    const Pagination &p = stream.pagination;
    QString text;
    switch (p.type) {
    case PaginationType::None:
        text = tr("single request");
        break;
    case PaginationType::OffsetLimit:
        text = tr("offset %1 + limit %2=%3").arg(p.offsetParam, p.limitParam).arg(p.pageSize);
        break;
    case PaginationType::PageNumber:
        text = tr("page %1 from %2").arg(p.pageParam).arg(p.firstPage);
        break;
    case PaginationType::CursorToken:
        if (!p.cursorHeader.isEmpty())
            text = tr("cursor %1 from %2").arg(p.cursorParam, p.cursorHeader);
        else if (!p.lastRecordCursorPath.isEmpty())
            text = tr("cursor %1 from the last record's %2").arg(p.cursorParam, p.lastRecordCursorPath);
        else
            text = tr("cursor %1 from %2").arg(p.cursorParam, p.cursorPath);
        break;
    case PaginationType::NextUrl:
        text = tr("next URL at %1").arg(p.nextUrlPath);
        break;
    case PaginationType::LinkHeader:
        text = tr("Link header rel=next");
        break;
    }
    if (!stream.recordsPath.isEmpty())
        text += tr("; records at %1").arg(stream.recordsPath);
    if (!stream.incremental.cursorField.isEmpty())
        text += tr("; incremental on %1").arg(stream.incremental.cursorField);
    if (!stream.parent.stream.isEmpty())
        text += tr("; one request per %1 record").arg(stream.parent.stream);
    return text;
}

QString EndpointEditor::deletionsSummary(const Stream &stream)
{
    const Deletions &d = stream.deletions;
    if (!d.isEnabled())
        return stream.parent.stream.isEmpty() ? tr("none") : tr("none (child stream)");
    // Short, for a narrow dock: the whole request is in the tooltip.
    return d.incremental.cursorField.isEmpty() ? d.path : tr("%1 since %2").arg(d.path, d.incremental.cursorField);
}

QString EndpointEditor::authSummary() const
{
    const Auth &auth = m_document->project().connection.auth;
    const ConfigurationValues &values = m_document->configurationValues();
    // Which configuration fields does the auth need, and which are still empty?
    QStringList keys;
    for (const QString &text : {auth.apiKeyValue, auth.token, auth.username, auth.password, auth.clientId,
                                auth.clientSecret, auth.tokenUrl})
        keys += templateReferences(text);
    QStringList missing;
    for (const QString &key : std::as_const(keys)) {
        if (values.value(key).isEmpty())
            missing.append(key);
    }
    QString kind;
    switch (auth.type) {
    case AuthType::None:
        return tr("None");
    case AuthType::ApiKey:
        kind = tr("API key in %1 %2").arg(auth.apiKeyIn, auth.apiKeyName);
        break;
    case AuthType::Bearer:
        kind = tr("Bearer token");
        break;
    case AuthType::Basic:
        kind = tr("HTTP basic");
        break;
    case AuthType::OAuth2ClientCredentials:
        kind = tr("OAuth 2 client credentials");
        break;
    }
    if (missing.isEmpty())
        return tr("%1 (configured)").arg(kind);
    return tr("%1: %2 not set; use File → Configuration").arg(kind, missing.join(QStringLiteral(", ")));
}

} // namespace cw
