// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/jsonbodytree.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/core/json/jsonpath.h"
#include "models/itemmodels/jsonindexmodel.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/recordpicker.h"

namespace cw {

namespace {
// Selecting more matches than this would make the view slow and helps nobody.
constexpr std::size_t kMaxSelectedMatches = 10'000;
// Materializing a body for a query costs about eight times its size in memory.
constexpr qsizetype kMaxQueryBody = 32 * 1024 * 1024;
} // namespace

JsonBodyTree::JsonBodyTree(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_query(new QLineEdit(this))
    , m_queryStatus(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new JsonIndexModel(this))
    , m_pointer(new QLabel(this))
{
    m_query->setPlaceholderText(tr("JSONPath query, e.g. $.data[?@.tier == 'enterprise'].id  (Enter)"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("JSONPath query"));
    connect(m_query, &QLineEdit::returnPressed, this, &JsonBodyTree::runQuery);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JsonIndexModel::ValueColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Response tree"));
    connect(m_view, &QTreeView::customContextMenuRequested, this, &JsonBodyTree::showContextMenu);
    connect(m_view, &QTreeView::expanded, this, &JsonBodyTree::fitKeyColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QString pointer = index.data(JsonIndexModel::PointerRole).toString();
        m_pointer->setText(index.isValid() ? tr("Path: %1").arg(pointer.isEmpty() ? QStringLiteral("/") : pointer) : QString());
    });
    m_pointer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_queryStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(queryRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pointer);
}

void JsonBodyTree::setIndex(std::shared_ptr<const JsonIndex> index)
{
    m_model->setIndex(std::move(index));
    // Expanding every top-level row of a huge array would scan each record on the GUI
    // thread; a short list is opened, a long one only at its first row.
    if (m_model->rowCount() <= 50)
        m_view->expandToDepth(0);
    else
        m_view->expand(m_model->index(0, 0));
    fitKeyColumn();
    m_queryStatus->clear();
}

void JsonBodyTree::fitKeyColumn()
{
    // Nested keys are indented; leave room for a few levels so they are never cut to nothing.
    m_view->resizeColumnToContents(JsonIndexModel::KeyColumn);
    const int wanted = m_view->indentation() * 4 + m_view->fontMetrics().horizontalAdvance(QStringLiteral("postal_code__"));
    if (m_view->columnWidth(JsonIndexModel::KeyColumn) < wanted)
        m_view->setColumnWidth(JsonIndexModel::KeyColumn, wanted);
}

void JsonBodyTree::clear()
{
    m_model->clear();
    m_queryStatus->clear();
    m_pointer->clear();
}

QModelIndex JsonBodyTree::indexOfPointer(const QString &pointer) const
{
    // Walk the pointer's tokens down the tree; rows are found by position in arrays and by
    // key in objects (the model's PointerRole gives each row's own pointer).
    QModelIndex current;
    if (pointer.isEmpty())
        return current;
    QString prefix;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (const QString &token : tokens) {
        prefix += u'/' + token;
        const int rows = m_model->rowCount(current);
        bool isIndex = false;
        const int asIndex = token.toInt(&isIndex);
        QModelIndex next;
        if (isIndex && asIndex >= 0 && asIndex < rows) {
            const QModelIndex candidate = m_model->index(asIndex, 0, current);
            if (candidate.data(JsonIndexModel::PointerRole).toString() == prefix)
                next = candidate;
        }
        for (int row = 0; !next.isValid() && row < rows; ++row) {
            const QModelIndex candidate = m_model->index(row, 0, current);
            if (candidate.data(JsonIndexModel::PointerRole).toString() == prefix)
                next = candidate;
        }
        if (!next.isValid())
            return {};
        current = next;
    }
    return current;
}

int JsonBodyTree::runQuery()
{
    const QString text = m_query->text().trimmed();
    m_view->selectionModel()->clearSelection();
    if (text.isEmpty() || !m_model->jsonIndex()) {
        m_queryStatus->clear();
        return 0;
    }
    JsonPathError error;
    const std::optional<JsonPath> path = JsonPath::parse(text, &error);
    if (!path) {
        m_queryStatus->setText(error.toString());
        m_queryStatus->setStyleSheet(QStringLiteral("color: #c01c28;"));
        return -1;
    }
    // JSONPath needs values; the document is materialized for the query only, which is
    // quick for ordinary pages but not for the largest bodies.
    const std::shared_ptr<const JsonIndex> &index = m_model->jsonIndex();
    if (index->body().size() > kMaxQueryBody) {
        m_queryStatus->setText(tr("JSONPath runs on bodies up to %1 MB; use a smaller page size.").arg(kMaxQueryBody >> 20));
        m_queryStatus->setStyleSheet(QStringLiteral("color: #c01c28;"));
        return -1;
    }
    const JsonValue root = index->materialize(index->rootValue().value);
    const std::vector<JsonPathNode> nodes = path->evaluate(root);
    QItemSelection selection;
    QModelIndex first;
    for (std::size_t i = 0; i < nodes.size() && i < kMaxSelectedMatches; ++i) {
        const QModelIndex match = indexOfPointer(QString::fromStdString(nodes[i].pointer));
        if (!match.isValid())
            continue;
        if (!first.isValid())
            first = match;
        selection.select(match, match.siblingAtColumn(JsonIndexModel::ColumnCount - 1));
        for (QModelIndex up = match.parent(); up.isValid(); up = up.parent())
            m_view->expand(up);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
    fitKeyColumn();
    m_queryStatus->setStyleSheet({});
    m_queryStatus->setText(nodes.size() == 1 ? tr("1 match") : tr("%1 matches").arg(nodes.size()));
    return int(nodes.size());
}

void JsonBodyTree::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString pointer = index.data(JsonIndexModel::PointerRole).toString();
    const auto kind = JsonIndex::Kind(index.data(JsonIndexModel::KindRole).toInt());
    QMenu menu(this);
    menu.addAction(tr("Copy Value"), this, [this, index] {
        QApplication::clipboard()->setText(QString::fromUtf8(m_model->rawValue(index)));
    });
    menu.addAction(tr("Copy Path"), this, [pointer] { QApplication::clipboard()->setText(pointer); });
    menu.addSeparator();
    const bool haveStream = m_stream >= 0 && m_stream < m_document->project().streams.size();
    const QString recordsPath = haveStream ? m_document->project().streams.at(m_stream).recordsPath : QString();
    QAction *records = menu.addAction(tr("Use as Records"), this,
                                      [this, pointer] { RecordPicker::useAsRecords(*m_document, m_stream, pointer); });
    records->setEnabled(haveStream && kind == JsonIndex::Kind::Array);
    const bool inRecord = haveStream && RecordPicker::recordRelativePath(recordsPath, pointer).has_value();
    const bool scalar = kind != JsonIndex::Kind::Object && kind != JsonIndex::Kind::Array;
    QAction *key = menu.addAction(tr("Use as Primary Key"), this,
                                  [this, pointer] { RecordPicker::useAsPrimaryKey(*m_document, m_stream, pointer); });
    key->setEnabled(inRecord && scalar);
    QAction *addKey = menu.addAction(tr("Add to Primary Key"), this,
                                     [this, pointer] { RecordPicker::addToPrimaryKey(*m_document, m_stream, pointer); });
    addKey->setEnabled(inRecord && scalar);
    QAction *cursor = menu.addAction(tr("Use as Cursor"), this,
                                     [this, pointer] { RecordPicker::useAsCursor(*m_document, m_stream, pointer); });
    cursor->setEnabled(inRecord && scalar);
    if (!inRecord && haveStream && scalar)
        menu.addAction(tr("(Pick the records array first to choose keys and cursors)"))->setEnabled(false);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace cw
