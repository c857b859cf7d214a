// SPDX-License-Identifier: MIT
#include "widgets/dialogs/importreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

ImportReportDialog::ImportReportDialog(const ImportResult &result, const QString &source, bool canAdd, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import %1").arg(source));
    int errors = 0;
    int warnings = 0;
    for (const ImportProblem &p : result.problems) {
        errors += p.error ? 1 : 0;
        warnings += !p.error && !p.info ? 1 : 0;
    }
    auto *summary = new QLabel(tr("%1 endpoint(s) read from %2 · %3 error(s), %4 warning(s)")
                                   .arg(result.streams.size())
                                   .arg(source)
                                   .arg(errors)
                                   .arg(warnings),
                               this);
    summary->setWordWrap(true);

    auto *tree = new QTreeWidget(this);
    tree->setAccessibleName(tr("Endpoints and problems"));
    tree->setColumnCount(3);
    tree->setHeaderLabels({tr("Endpoint / problem"), tr("Where"), tr("Detail")});
    tree->setRootIsDecorated(true);
    auto *endpoints = new QTreeWidgetItem(tree, {tr("Endpoints (%1)").arg(result.streams.size())});
    for (const Stream &stream : result.streams) {
        new QTreeWidgetItem(endpoints, {stream.name, stream.request.method + u' ' + stream.request.path,
                                        tr("%1; records at %2").arg(toString(stream.pagination.type),
                                                                    stream.recordsPath.isEmpty() ? tr("the body")
                                                                                                 : stream.recordsPath)});
    }
    if (!result.problems.isEmpty()) {
        auto *problems = new QTreeWidgetItem(tree, {tr("Problems and notes (%1)").arg(result.problems.size())});
        for (const ImportProblem &p : result.problems) {
            const QString kind = p.error ? tr("error") : p.info ? tr("note") : tr("warning");
            auto *item = new QTreeWidgetItem(problems, {kind, p.location, p.message});
            item->setToolTip(2, p.message);
            if (p.error)
                item->setForeground(0, QColor(0xc0, 0x1c, 0x28));
        }
        problems->setExpanded(true);
    }
    endpoints->setExpanded(result.streams.size() <= 50);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("Add to Current Project"), QDialogButtonBox::AcceptRole);
    QPushButton *open = buttons->addButton(tr("Open as New Project"), QDialogButtonBox::AcceptRole);
    add->setEnabled(canAdd && !result.streams.isEmpty());
    open->setEnabled(!result.streams.isEmpty());
    connect(add, &QPushButton::clicked, this, [this] {
        m_choice = AddToProject;
        accept();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = NewProject;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

} // namespace cw
