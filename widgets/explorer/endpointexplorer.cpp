// SPDX-License-Identifier: MIT
#include "widgets/explorer/endpointexplorer.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QHBoxLayout>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/streamtreemodel.h"
#include "widgets/dialogs/addendpointdialog.h"
#include "widgets/explorer/endpointeditor.h"
#include "widgets/explorer/methodbadgedelegate.h"

namespace cw {

EndpointExplorer::EndpointExplorer(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new StreamTreeModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_editor(new EndpointEditor(document, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(StreamTreeModel::SearchTextRole);

    m_filter->setPlaceholderText(tr("Filter endpoints (name or path)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Endpoint filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new MethodBadgeDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Endpoints"));
    m_view->expandAll();
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EndpointExplorer::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const int stream = currentStream();
        m_selectedName = stream >= 0 ? m_document->project().streams.at(stream).name : QString();
        Q_EMIT currentStreamChanged(stream);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int stream = index.data(StreamTreeModel::StreamIndexRole).toInt();
        if (stream >= 0)
            Q_EMIT fetchRequested(stream);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EndpointExplorer::restoreSelection);

    auto makeButton = [this](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    auto *top = new QHBoxLayout;
    top->setSpacing(2);
    top->addWidget(m_filter, 1);
    top->addWidget(makeButton(QStringLiteral("+"), tr("Add endpoint"), &EndpointExplorer::addEndpoint));
    top->addWidget(makeButton(tr("Copy"), tr("Duplicate the selected endpoint"), &EndpointExplorer::duplicateCurrent));
    top->addWidget(makeButton(QStringLiteral("−"), tr("Delete the selected endpoint"), &EndpointExplorer::deleteCurrent));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(this, &EndpointExplorer::currentStreamChanged, m_editor, &EndpointEditor::setStream);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);
}

int EndpointExplorer::currentStream() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(StreamTreeModel::StreamIndexRole).toInt() : -1;
}

void EndpointExplorer::selectStream(int streamIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfStream(streamIndex));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void EndpointExplorer::restoreSelection()
{
    m_view->expandAll();
    // Keep the user's place across structural changes (delete, duplicate, undo).
    const QList<Stream> &streams = m_document->project().streams;
    for (int i = 0; i < streams.size(); ++i) {
        if (streams[i].name == m_selectedName) {
            selectStream(i);
            return;
        }
    }
    if (!streams.isEmpty())
        selectStream(0);
    else
        Q_EMIT currentStreamChanged(-1);
}

void EndpointExplorer::addEndpoint()
{
    AddEndpointDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectStream(m_document->addStream(dialog.stream()));
}

void EndpointExplorer::duplicateCurrent()
{
    const int stream = currentStream();
    if (stream < 0)
        return;
    m_document->duplicateStream(stream);
    selectStream(stream + 1);
}

void EndpointExplorer::deleteCurrent()
{
    const int stream = currentStream();
    if (stream >= 0)
        m_document->removeStream(stream);
}

void EndpointExplorer::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const int stream = index.isValid() ? index.data(StreamTreeModel::StreamIndexRole).toInt() : -1;
    if (stream < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Fetch"), this, [this, stream] { Q_EMIT fetchRequested(stream); });
    menu.addSeparator();
    menu.addAction(tr("Rename"), this, [this, index] { m_view->edit(index); });
    menu.addAction(tr("Duplicate"), this, &EndpointExplorer::duplicateCurrent);
    menu.addAction(tr("Delete"), this, &EndpointExplorer::deleteCurrent);
    menu.addSeparator();
    menu.addAction(tr("Add Endpoint…"), this, &EndpointExplorer::addEndpoint);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace cw
