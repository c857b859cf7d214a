// SPDX-License-Identifier: MIT
#include "widgets/dialogs/paginationform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "widgets/dialogs/formline.h"

namespace cw {

namespace {

enum CursorSource { FromBody, FromHeader, FromLastRecord };

QSpinBox *makeSpin(QWidget *parent, int minimum, int maximum, const QString &accessibleName)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace

PaginationForm::PaginationForm(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_form(new QFormLayout(this))
    , m_type(new QComboBox(this))
    , m_pageSize(makeSpin(this, 1, 1000000, tr("Page size")))
    , m_firstPage(makeSpin(this, 0, 1000000, tr("First page number")))
    , m_maxPages(makeSpin(this, 0, 100000000, tr("Page limit")))
    , m_cursorSource(new QComboBox(this))
{
    m_form->addRow(tr("Records at"), addLine(QStringLiteral("recordsPath"), tr("Records at"), tr("(the body is the array)"),
                                             tr("JSON pointer of the records array in the body, e.g. /data")));
    m_type->setAccessibleName(tr("Pagination type"));
    m_type->addItem(tr("None: a single request"), int(PaginationType::None));
    m_type->addItem(tr("Offset and limit"), int(PaginationType::OffsetLimit));
    m_type->addItem(tr("Page number"), int(PaginationType::PageNumber));
    m_type->addItem(tr("Cursor token"), int(PaginationType::CursorToken));
    m_type->addItem(tr("Next URL in the body"), int(PaginationType::NextUrl));
    m_type->addItem(tr("Link header (rel=next)"), int(PaginationType::LinkHeader));
    m_form->addRow(tr("Pagination"), m_type);
    m_form->addRow(tr("Page size"), m_pageSize);
    m_form->addRow(tr("Page size parameter"), addLine(QStringLiteral("limitParam"), tr("Page size parameter"), tr("limit"),
                                                      tr("The request parameter that carries the page size")));
    m_form->addRow(tr("Offset parameter"), addLine(QStringLiteral("offsetParam"), tr("Offset parameter"), tr("offset"),
                                                   tr("The request parameter that carries the offset of the first record")));
    m_form->addRow(tr("Page parameter"), addLine(QStringLiteral("pageParam"), tr("Page parameter"), tr("page"),
                                                 tr("The request parameter that carries the page number")));
    m_firstPage->setToolTip(tr("The number of the first page: 1 for most APIs, 0 for some"));
    m_form->addRow(tr("First page"), m_firstPage);
    m_form->addRow(tr("Cursor parameter"),
                   addLine(QStringLiteral("cursorParam"), tr("Cursor parameter"), tr("cursor"),
                           tr("The request parameter that sends the cursor back, e.g. cursor or starting_after")));
    m_cursorSource->setAccessibleName(tr("Where the next cursor is"));
    m_cursorSource->addItem(tr("In the body, at"), FromBody);
    m_cursorSource->addItem(tr("In a response header"), FromHeader);
    m_cursorSource->addItem(tr("In the last record, at"), FromLastRecord);
    QLineEdit *cursorValue = addLine(QStringLiteral("cursorValue"), tr("Next cursor location"), tr("/next_cursor"),
                                     tr("Where the next page's cursor is: a JSON pointer, or a header name"));
    auto *cursorRowWidget = new QWidget(this);
    auto *cursorRow = new QHBoxLayout(cursorRowWidget);
    cursorRow->setContentsMargins(0, 0, 0, 0);
    cursorRow->addWidget(m_cursorSource);
    cursorRow->addWidget(cursorValue, 1);
    m_form->addRow(tr("Next cursor"), cursorRowWidget);
    m_form->addRow(tr("Next URL at"),
                   addLine(QStringLiteral("nextUrlPath"), tr("Next URL at"), tr("/next"),
                           tr("JSON pointer of the next page's URL in the body; relative URLs are resolved against the request")));
    m_form->addRow(tr("More pages flag"), addLine(QStringLiteral("hasMorePath"), tr("More pages flag"), tr("(optional) /has_more"),
                                                  tr("JSON pointer of a boolean that is false on the last page")));
    m_form->addRow(tr("Total records at"), addLine(QStringLiteral("totalPath"), tr("Total records at"), tr("(optional) /total"),
                                                   tr("JSON pointer of the number of records in all pages")));
    m_form->addRow(tr("Total pages at"), addLine(QStringLiteral("totalPagesPath"), tr("Total pages at"), tr("(optional) /total_pages"),
                                                 tr("JSON pointer of the number of pages")));
    m_maxPages->setSpecialValueText(tr("unlimited"));
    m_maxPages->setToolTip(tr("Stop after this many pages; 0 reads every page"));
    m_form->addRow(tr("Page limit"), m_maxPages);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT edited();
    });
    connect(m_cursorSource, &QComboBox::currentIndexChanged, this, [this, cursorValue] {
        const int source = m_cursorSource->currentData().toInt();
        cursorValue->setPlaceholderText(source == FromHeader ? tr("X-Next-Cursor")
                                        : source == FromLastRecord ? tr("/id")
                                                                   : tr("/next_cursor"));
        Q_EMIT edited();
    });
    for (QLineEdit *line : std::as_const(m_lines))
        connect(line, &QLineEdit::textChanged, this, &PaginationForm::edited);
    for (QSpinBox *spin : {m_pageSize, m_firstPage, m_maxPages})
        connect(spin, &QSpinBox::valueChanged, this, &PaginationForm::edited);
    updateRows();
}

QLineEdit *PaginationForm::addLine(const QString &name, const QString &label, const QString &placeholder, const QString &tip)
{
    QLineEdit *line = makeFormLine(this, name, label, placeholder, tip);
    m_lines.insert(name, line);
    return line;
}

void PaginationForm::load(const QString &recordsPath, const Pagination &p)
{
    const QSignalBlocker blockType(m_type);
    auto set = [this](const char *name, const QString &value) { m_lines.value(QLatin1String(name))->setText(value); };
    set("recordsPath", recordsPath);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(p.type))));
    m_pageSize->setValue(p.pageSize);
    set("limitParam", p.limitParam);
    set("offsetParam", p.offsetParam);
    set("pageParam", p.pageParam);
    m_firstPage->setValue(p.firstPage);
    set("cursorParam", p.cursorParam);
    const CursorSource source = !p.cursorHeader.isEmpty()           ? FromHeader
                                : !p.lastRecordCursorPath.isEmpty() ? FromLastRecord
                                                                    : FromBody;
    m_cursorSource->setCurrentIndex(m_cursorSource->findData(source));
    set("cursorValue", source == FromHeader ? p.cursorHeader : source == FromLastRecord ? p.lastRecordCursorPath : p.cursorPath);
    set("nextUrlPath", p.nextUrlPath);
    set("hasMorePath", p.hasMorePath);
    set("totalPath", p.totalPath);
    set("totalPagesPath", p.totalPagesPath);
    m_maxPages->setValue(p.maxPages);
    updateRows();
    Q_EMIT edited();
}

QString PaginationForm::recordsPath() const
{
    return m_lines.value(QStringLiteral("recordsPath"))->text().trimmed();
}

Pagination PaginationForm::pagination() const
{
    auto get = [this](const char *name) { return m_lines.value(QLatin1String(name))->text().trimmed(); };
    Pagination p;
    p.type = PaginationType(m_type->currentData().toInt());
    switch (p.type) {
    case PaginationType::None:
        break;
    case PaginationType::OffsetLimit:
        p.offsetParam = get("offsetParam");
        p.totalPath = get("totalPath");
        break;
    case PaginationType::PageNumber:
        p.pageParam = get("pageParam");
        p.firstPage = m_firstPage->value();
        p.totalPagesPath = get("totalPagesPath");
        break;
    case PaginationType::CursorToken: {
        p.cursorParam = get("cursorParam");
        const QString value = get("cursorValue");
        switch (m_cursorSource->currentData().toInt()) {
        case FromHeader: p.cursorHeader = value; break;
        case FromLastRecord: p.lastRecordCursorPath = value; break;
        default: p.cursorPath = value; break;
        }
        break;
    }
    case PaginationType::NextUrl:
        p.nextUrlPath = get("nextUrlPath");
        break;
    case PaginationType::LinkHeader:
        break;
    }
    if (p.type != PaginationType::None) {
        p.pageSize = m_pageSize->value();
        p.limitParam = get("limitParam");
        p.maxPages = m_maxPages->value();
        if (p.type != PaginationType::NextUrl && p.type != PaginationType::LinkHeader)
            p.hasMorePath = get("hasMorePath");
    }
    return p;
}

void PaginationForm::updateRows()
{
    const auto type = PaginationType(m_type->currentData().toInt());
    const bool paged = type != PaginationType::None;
    auto show = [this](QWidget *widget, bool visible) { m_form->setRowVisible(widget, visible); };
    auto line = [this](const char *name) { return m_lines.value(QLatin1String(name)); };
    show(m_pageSize, paged);
    show(line("limitParam"), paged);
    show(m_maxPages, paged);
    show(line("offsetParam"), type == PaginationType::OffsetLimit);
    show(line("totalPath"), type == PaginationType::OffsetLimit);
    show(line("pageParam"), type == PaginationType::PageNumber);
    show(m_firstPage, type == PaginationType::PageNumber);
    show(line("totalPagesPath"), type == PaginationType::PageNumber);
    show(line("cursorParam"), type == PaginationType::CursorToken);
    show(line("cursorValue")->parentWidget(), type == PaginationType::CursorToken);
    show(line("nextUrlPath"), type == PaginationType::NextUrl);
    show(line("hasMorePath"), type == PaginationType::OffsetLimit || type == PaginationType::PageNumber
                                  || type == PaginationType::CursorToken);
}

} // namespace cw
