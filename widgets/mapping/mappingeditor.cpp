// SPDX-License-Identifier: MIT
#include "widgets/mapping/mappingeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/itemmodels/mappingtablemodel.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/mapping/fivetrantypedelegate.h"

namespace cw {

MappingEditor::MappingEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new MappingTableModel(document, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(MappingTableModel::TypeColumn, new FivetranTypeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(MappingTableModel::PathColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(MappingTableModel::NameColumn, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAccessibleName(tr("Destination columns"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(document, &ProjectDocument::projectChanged, this, &MappingEditor::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingEditor::updateSummary);
    updateSummary();
}

void MappingEditor::setStream(int streamIndex)
{
    m_model->setStreamIndex(streamIndex);
    for (int column : {int(MappingTableModel::IncludeColumn), int(MappingTableModel::TypeColumn),
                       int(MappingTableModel::KeyColumn)})
        m_view->resizeColumnToContents(column);
}

void MappingEditor::updateSummary()
{
    const int index = m_model->streamIndex();
    const QList<Stream> &streams = m_document->project().streams;
    if (index < 0 || index >= streams.size()) {
        m_summary->setText(tr("Select a stream to see its destination table."));
        return;
    }
    const Stream &stream = streams.at(index);
    const TableMapping &table = stream.table;
    QString text = tr("Table <b>%1</b> · primary key <b>%2</b>")
                       .arg(table.name.toHtmlEscaped(),
                            table.primaryKey.isEmpty() ? tr("none (Fivetran adds _fivetran_id)")
                                                       : table.primaryKey.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!stream.incremental.cursorField.isEmpty())
        text += tr(" · incremental on <b>%1</b>").arg(stream.incremental.cursorField.toHtmlEscaped());
    else
        text += tr(" · full refresh");
    int childTables = 0;
    for (const NestedMapping &nested : table.nested)
        childTables += nested.mode == NestedMode::ChildTable ? 1 : 0;
    if (childTables > 0)
        text += tr(" · %n child table(s)", nullptr, childTables);
    m_summary->setText(text);
}

} // namespace cw
