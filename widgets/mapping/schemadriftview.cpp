// SPDX-License-Identifier: MIT
#include "widgets/mapping/schemadriftview.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/core/schema/fivetrannaming.h"
#include "models/core/schema/inferredschema.h"
#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

QString kindText(SchemaChange::Kind kind)
{
    switch (kind) {
    case SchemaChange::Kind::Added: return SchemaDriftView::tr("added");
    case SchemaChange::Kind::Removed: return SchemaDriftView::tr("removed");
    case SchemaChange::Kind::TypeChanged: return SchemaDriftView::tr("type changed");
    }
    return {};
}

QString typeText(FivetranType type)
{
    return type == FivetranType::Unspecified ? SchemaDriftView::tr("(none)") : toString(type);
}

} // namespace

SchemaDriftView::SchemaDriftView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_note(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_acceptAll(new QPushButton(tr("Accept A&ll"), this))
{
    m_note->setWordWrap(true);
    m_list->setHeaderLabels({tr("Change"), tr("Source field"), tr("Before"), tr("After")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Schema changes"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_accept->setToolTip(tr("The mapping follows the new samples"));
    m_reject->setToolTip(tr("The mapping keeps what it had: an added field is skipped, a removed column stays, "
                            "a retyped column keeps its type"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_acceptAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] { accept(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reject(); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { accept(true); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SchemaDriftView::updateButtons);
    setChanges(-1, {});
}

int SchemaDriftView::pendingCount() const
{
    return int(m_changes.size());
}

void SchemaDriftView::setChanges(int streamIndex, const QList<SchemaChange> &changes)
{
    m_stream = streamIndex;
    m_changes = changes;
    m_list->clear();
    for (const SchemaChange &change : changes) {
        auto *item = new QTreeWidgetItem(m_list, {kindText(change.kind), change.path, typeText(change.before), typeText(change.after)});
        item->setToolTip(0, change.message);
        item->setToolTip(2, change.beforeKinds);
        item->setToolTip(3, change.afterKinds);
    }
    m_note->setText(changes.isEmpty()
                        ? tr("No drift: the latest samples have the fields and types the mapping was made from.")
                        : tr("The latest samples differ from those the mapping was made from. Accept a change to "
                             "follow the new samples, or reject it to keep the mapping as it was."));
    updateButtons();
    Q_EMIT pendingCountChanged(pendingCount());
}

void SchemaDriftView::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_accept->setEnabled(selected);
    m_reject->setEnabled(selected);
    m_acceptAll->setEnabled(!m_changes.isEmpty());
}

void SchemaDriftView::accept(bool all)
{
    decide(true, all);
}

void SchemaDriftView::reject(bool all)
{
    decide(false, all);
}

void SchemaDriftView::decide(bool accepted, bool all)
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_stream < 0 || m_stream >= streams.size())
        return;
    QList<int> rows;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (all || m_list->topLevelItem(row)->isSelected())
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    Stream stream = streams[m_stream];
    TableMapping &table = stream.table;
    auto explicitColumn = [&table](const QString &path) -> ColumnMapping * {
        for (ColumnMapping &column : table.columns) {
            if (column.path == path)
                return &column;
        }
        return nullptr;
    };
    auto pin = [&](const QString &path) -> ColumnMapping & {
        if (ColumnMapping *existing = explicitColumn(path))
            return *existing;
        ColumnMapping column;
        column.path = path;
        const QStringList segments = pointerSegments(path);
        column.name = fivetranColumnName(segments.isEmpty() ? path : segments.join(u'_'));
        table.columns.append(column);
        return table.columns.last();
    };
    for (int row : std::as_const(rows)) {
        const SchemaChange &change = m_changes[row];
        switch (change.kind) {
        case SchemaChange::Kind::Added:
            if (!accepted)
                pin(change.path).include = false;
            break;
        case SchemaChange::Kind::Removed:
            if (accepted) {
                table.columns.erase(std::remove_if(table.columns.begin(), table.columns.end(),
                                                   [&](const ColumnMapping &c) { return c.path == change.path; }),
                                    table.columns.end());
                table.nested.erase(std::remove_if(table.nested.begin(), table.nested.end(),
                                                  [&](const NestedMapping &n) { return n.path == change.path; }),
                                   table.nested.end());
            } else {
                pin(change.path).type = change.before;
            }
            break;
        case SchemaChange::Kind::TypeChanged:
            if (ColumnMapping *existing = explicitColumn(change.path); accepted && existing)
                existing->type = change.after;
            else if (!accepted)
                pin(change.path).type = change.before;
            break;
        }
    }
    m_document->setStream(m_stream, stream,
                          accepted ? tr("Accept %n schema change(s)", nullptr, int(rows.size()))
                                   : tr("Reject %n schema change(s)", nullptr, int(rows.size())));
    // Decided changes leave the list (the document edit above may not reset it).
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        m_changes.removeAt(*it);
        delete m_list->takeTopLevelItem(*it);
    }
    updateButtons();
    Q_EMIT pendingCountChanged(pendingCount());
}

} // namespace cw
