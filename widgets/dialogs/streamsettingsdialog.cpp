// SPDX-License-Identifier: MIT
#include "widgets/dialogs/streamsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/core/project/projectvalidator.h"
#include "models/itemmodels/projectdocument.h"

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

StreamSettingsDialog::StreamSettingsDialog(ProjectDocument *document, int streamIndex, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(streamIndex)
    , m_original(document->project().streams.value(streamIndex))
    , m_pagingForm(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_pageSize(makeSpin(this, 1, 1000000, tr("Page size")))
    , m_firstPage(makeSpin(this, 0, 1000000, tr("First page number")))
    , m_maxPages(makeSpin(this, 0, 100000000, tr("Page limit")))
    , m_cursorSource(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_startKey(new QComboBox(this))
    , m_lookback(makeSpin(this, 0, 365 * 24 * 3600, tr("Lookback window in seconds")))
    , m_parentStream(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Pagination and Sync of %1").arg(m_original.name));

    // Records and pagination.
    auto *paging = new QGroupBox(tr("Records and pagination"), this);
    paging->setLayout(m_pagingForm);
    addLine(m_pagingForm, QStringLiteral("recordsPath"), tr("Records at"), tr("(the body is the array)"),
            tr("JSON pointer of the records array in the body, e.g. /data"));
    m_type->setAccessibleName(tr("Pagination type"));
    m_type->addItem(tr("None: a single request"), int(PaginationType::None));
    m_type->addItem(tr("Offset and limit"), int(PaginationType::OffsetLimit));
    m_type->addItem(tr("Page number"), int(PaginationType::PageNumber));
    m_type->addItem(tr("Cursor token"), int(PaginationType::CursorToken));
    m_type->addItem(tr("Next URL in the body"), int(PaginationType::NextUrl));
    m_type->addItem(tr("Link header (rel=next)"), int(PaginationType::LinkHeader));
    m_pagingForm->addRow(tr("Pagination"), m_type);
    m_pagingForm->addRow(tr("Page size"), m_pageSize);
    addLine(m_pagingForm, QStringLiteral("limitParam"), tr("Page size parameter"), tr("limit"),
            tr("The request parameter that carries the page size"));
    addLine(m_pagingForm, QStringLiteral("offsetParam"), tr("Offset parameter"), tr("offset"),
            tr("The request parameter that carries the offset of the first record"));
    addLine(m_pagingForm, QStringLiteral("pageParam"), tr("Page parameter"), tr("page"),
            tr("The request parameter that carries the page number"));
    m_firstPage->setToolTip(tr("The number of the first page: 1 for most APIs, 0 for some"));
    m_pagingForm->addRow(tr("First page"), m_firstPage);
    addLine(m_pagingForm, QStringLiteral("cursorParam"), tr("Cursor parameter"), tr("cursor"),
            tr("The request parameter that sends the cursor back, e.g. cursor or starting_after"));
    m_cursorSource->setAccessibleName(tr("Where the next cursor is"));
    m_cursorSource->addItem(tr("In the body, at"), FromBody);
    m_cursorSource->addItem(tr("In a response header"), FromHeader);
    m_cursorSource->addItem(tr("In the last record, at"), FromLastRecord);
    auto *cursorValue = new QLineEdit(this);
    cursorValue->setAccessibleName(tr("Next cursor location"));
    m_lines.insert(QStringLiteral("cursorValue"), cursorValue);
    auto *cursorRow = new QHBoxLayout;
    cursorRow->addWidget(m_cursorSource);
    cursorRow->addWidget(cursorValue, 1);
    auto *cursorRowWidget = new QWidget(this);
    cursorRowWidget->setLayout(cursorRow);
    cursorRow->setContentsMargins(0, 0, 0, 0);
    m_pagingForm->addRow(tr("Next cursor"), cursorRowWidget);
    addLine(m_pagingForm, QStringLiteral("nextUrlPath"), tr("Next URL at"), tr("/next"),
            tr("JSON pointer of the next page's URL in the body; relative URLs are resolved against the request"));
    addLine(m_pagingForm, QStringLiteral("hasMorePath"), tr("More pages flag"), tr("(optional) /has_more"),
            tr("JSON pointer of a boolean that is false on the last page"));
    addLine(m_pagingForm, QStringLiteral("totalPath"), tr("Total records at"), tr("(optional) /total"),
            tr("JSON pointer of the number of records in all pages"));
    addLine(m_pagingForm, QStringLiteral("totalPagesPath"), tr("Total pages at"), tr("(optional) /total_pages"),
            tr("JSON pointer of the number of pages"));
    m_maxPages->setSpecialValueText(tr("unlimited"));
    m_maxPages->setToolTip(tr("Stop after this many pages; 0 reads every page"));
    m_pagingForm->addRow(tr("Page limit"), m_maxPages);

    // Incremental sync.
    auto *incrementalForm = new QFormLayout;
    auto *incremental = new QGroupBox(tr("Incremental sync"), this);
    incremental->setLayout(incrementalForm);
    addLine(incrementalForm, QStringLiteral("cursorField"), tr("Cursor field"), tr("(full refresh) updated_at"),
            tr("The record field whose largest value is kept in the state, e.g. updated_at; empty: every sync reads everything"));
    addLine(incrementalForm, QStringLiteral("requestParam"), tr("Filter parameter"), tr("updated_since"),
            tr("The request parameter that asks for records from the stored cursor on"));
    m_format->setAccessibleName(tr("Cursor format"));
    m_format->addItem(tr("RFC 3339 date and time"), QStringLiteral("rfc3339"));
    m_format->addItem(tr("Date (YYYY-MM-DD)"), QStringLiteral("date"));
    m_format->addItem(tr("Seconds since 1970"), QStringLiteral("epoch_seconds"));
    m_format->addItem(tr("Milliseconds since 1970"), QStringLiteral("epoch_millis"));
    m_format->addItem(tr("As stored (raw)"), QStringLiteral("raw"));
    incrementalForm->addRow(tr("Sent as"), m_format);
    m_startKey->setAccessibleName(tr("Start value from configuration"));
    m_startKey->addItem(tr("(none: the first sync reads everything)"), QString());
    for (const ConfigurationField &f : document->project().configuration)
        m_startKey->addItem(f.label.isEmpty() ? f.key : tr("%1 (%2)").arg(f.key, f.label), f.key);
    incrementalForm->addRow(tr("Start value"), m_startKey);
    m_lookback->setSuffix(tr(" s"));
    m_lookback->setToolTip(tr("Ask again for this many seconds before the stored cursor, for records that arrive late"));
    incrementalForm->addRow(tr("Lookback"), m_lookback);

    // Parent stream.
    auto *parentForm = new QFormLayout;
    auto *child = new QGroupBox(tr("Child stream"), this);
    child->setLayout(parentForm);
    m_parentStream->setAccessibleName(tr("Parent stream"));
    m_parentStream->addItem(tr("(none: not a child stream)"), QString());
    for (const Stream &s : document->project().streams) {
        if (s.name != m_original.name)
            m_parentStream->addItem(s.name, s.name);
    }
    parentForm->addRow(tr("For each record of"), m_parentStream);
    addLine(parentForm, QStringLiteral("parentField"), tr("Take the field"), tr("/id"),
            tr("JSON pointer of the value in the parent record"));
    addLine(parentForm, QStringLiteral("pathParameter"), tr("Into the path parameter"), tr("customer_id"),
            tr("The {name} in this stream's path that receives the value"));

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setAccessibleName(tr("Problems"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(paging);
    layout->addWidget(incremental);
    layout->addWidget(child);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StreamSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StreamSettingsDialog::reject);

    load(m_original);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        validate();
    });
    connect(m_cursorSource, &QComboBox::currentIndexChanged, this, [this] {
        m_lines.value(QStringLiteral("cursorValue"))
            ->setPlaceholderText(m_cursorSource->currentData() == FromHeader ? tr("X-Next-Cursor")
                                 : m_cursorSource->currentData() == FromLastRecord ? tr("/id")
                                                                                   : tr("/next_cursor"));
        validate();
    });
    for (QLineEdit *line : std::as_const(m_lines))
        connect(line, &QLineEdit::textChanged, this, &StreamSettingsDialog::validate);
    for (QSpinBox *spin : {m_pageSize, m_firstPage, m_maxPages, m_lookback})
        connect(spin, &QSpinBox::valueChanged, this, &StreamSettingsDialog::validate);
    for (QComboBox *combo : {m_format, m_startKey, m_parentStream})
        connect(combo, &QComboBox::currentIndexChanged, this, &StreamSettingsDialog::validate);
    updateRows();
    validate();
    m_type->setFocus();
}

QLineEdit *StreamSettingsDialog::addLine(QFormLayout *form, const QString &name, const QString &label,
                                         const QString &placeholder, const QString &tip)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    line->setToolTip(tip);
    line->setAccessibleName(QString(label).remove(u'&'));
    line->setClearButtonEnabled(true);
    form->addRow(label, line);
    m_lines.insert(name, line);
    return line;
}

QLineEdit *StreamSettingsDialog::field(const QString &name) const
{
    return m_lines.value(name);
}

void StreamSettingsDialog::load(const Stream &s)
{
    const Pagination &p = s.pagination;
    auto set = [this](const char *name, const QString &value) { m_lines.value(QLatin1String(name))->setText(value); };
    set("recordsPath", s.recordsPath);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(p.type))));
    m_pageSize->setValue(p.pageSize);
    set("limitParam", p.limitParam);
    set("offsetParam", p.offsetParam);
    set("pageParam", p.pageParam);
    m_firstPage->setValue(p.firstPage);
    set("cursorParam", p.cursorParam);
    const CursorSource source = !p.cursorHeader.isEmpty()       ? FromHeader
                                : !p.lastRecordCursorPath.isEmpty() ? FromLastRecord
                                                                    : FromBody;
    m_cursorSource->setCurrentIndex(m_cursorSource->findData(source));
    set("cursorValue", source == FromHeader ? p.cursorHeader : source == FromLastRecord ? p.lastRecordCursorPath : p.cursorPath);
    set("nextUrlPath", p.nextUrlPath);
    set("hasMorePath", p.hasMorePath);
    set("totalPath", p.totalPath);
    set("totalPagesPath", p.totalPagesPath);
    m_maxPages->setValue(p.maxPages);
    const Incremental &inc = s.incremental;
    set("cursorField", inc.cursorField);
    set("requestParam", inc.requestParam);
    m_format->setCurrentIndex(std::max(0, m_format->findData(inc.format)));
    m_startKey->setCurrentIndex(std::max(0, m_startKey->findData(inc.startConfigKey)));
    m_lookback->setValue(inc.lookbackSeconds);
    m_parentStream->setCurrentIndex(std::max(0, m_parentStream->findData(s.parent.stream)));
    set("parentField", s.parent.parentField);
    set("pathParameter", s.parent.pathParameter);
}

Stream StreamSettingsDialog::stream() const
{
    Stream s = m_original;
    auto get = [this](const char *name) { return m_lines.value(QLatin1String(name))->text().trimmed(); };
    s.recordsPath = get("recordsPath");
    Pagination &p = s.pagination;
    p = Pagination();
    p.type = PaginationType(m_type->currentData().toInt());
    // Only the settings of the chosen strategy are kept, so the project file says what runs.
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
    s.incremental.cursorField = get("cursorField");
    s.incremental.requestParam = get("requestParam");
    s.incremental.format = m_format->currentData().toString();
    s.incremental.startConfigKey = m_startKey->currentData().toString();
    s.incremental.lookbackSeconds = m_lookback->value();
    s.parent.stream = m_parentStream->currentData().toString();
    s.parent.parentField = s.parent.stream.isEmpty() ? QString() : get("parentField");
    s.parent.pathParameter = s.parent.stream.isEmpty() ? QString() : get("pathParameter");
    return s;
}

void StreamSettingsDialog::updateRows()
{
    const auto type = PaginationType(m_type->currentData().toInt());
    const bool paged = type != PaginationType::None;
    auto show = [this](QWidget *widget, bool visible) { m_pagingForm->setRowVisible(widget, visible); };
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

void StreamSettingsDialog::validate()
{
    Project project = m_document->project();
    if (m_index < 0 || m_index >= project.streams.size())
        return;
    project.streams[m_index] = stream();
    const QString prefix = QStringLiteral("/streams/%1/").arg(m_index);
    m_problemList.clear();
    QStringList html;
    bool errors = false;
    for (const ProjectFile::Problem &problem : ProjectValidator::validate(project)) {
        if (!problem.pointer.startsWith(prefix))
            continue;
        // Table and request problems are the other panes' business.
        const QString part = problem.pointer.mid(prefix.size()).section(u'/', 0, 0);
        if (part != u"pagination" && part != u"incremental" && part != u"parent" && part != u"recordsPath")
            continue;
        errors = errors || problem.isError();
        m_problemList << (problem.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + problem.message;
        html << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                    .arg(problem.isError() ? QStringLiteral("#c01c28") : QStringLiteral("#9c6500"),
                         problem.isError() ? tr("Error:") : tr("Warning:"), problem.message.toHtmlEscaped());
    }
    m_problems->setText(html.join(QStringLiteral("<br>")));
    m_problems->setVisible(!html.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!errors);
}

void StreamSettingsDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Stream after = stream();
    if (m_index >= 0 && m_index < m_document->project().streams.size() && after != m_original)
        m_document->setStream(m_index, after, tr("Edit pagination and sync of %1").arg(m_original.name));
    QDialog::accept();
}

} // namespace cw
