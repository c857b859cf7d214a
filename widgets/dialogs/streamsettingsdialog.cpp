// SPDX-License-Identifier: MIT
#include "widgets/dialogs/streamsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/project/projectvalidator.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/dialogs/formline.h"
#include "widgets/dialogs/incrementalform.h"
#include "widgets/dialogs/paginationform.h"
#include "widgets/dialogs/problemslabel.h"

namespace cw {

StreamSettingsDialog::StreamSettingsDialog(ProjectDocument *document, int streamIndex, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(streamIndex)
    , m_original(document->project().streams.value(streamIndex))
    , m_paging(new PaginationForm(tr("Records and pagination"), this))
    , m_incremental(new IncrementalForm(tr("Incremental sync"), document->project().configuration, tr("updated_at"),
                                        tr("updated_since"), this))
    , m_parentStream(new QComboBox(this))
    , m_parentField(makeFormLine(this, QStringLiteral("parentField"), tr("Take the field"), tr("/id"),
                                 tr("JSON pointer of the value in the parent record")))
    , m_pathParameter(makeFormLine(this, QStringLiteral("pathParameter"), tr("Into the path parameter"), tr("customer_id"),
                                   tr("The {name} in this stream's path that receives the value")))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Pagination and Sync of %1").arg(m_original.name));

    // Parent stream.
    auto *child = new QGroupBox(tr("Child stream"), this);
    auto *parentForm = new QFormLayout(child);
    m_parentStream->setAccessibleName(tr("Parent stream"));
    m_parentStream->addItem(tr("(none: not a child stream)"), QString());
    for (const Stream &s : document->project().streams) {
        if (s.name != m_original.name)
            m_parentStream->addItem(s.name, s.name);
    }
    parentForm->addRow(tr("For each record of"), m_parentStream);
    parentForm->addRow(tr("Take the field"), m_parentField);
    parentForm->addRow(tr("Into the path parameter"), m_pathParameter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_paging);
    layout->addWidget(m_incremental);
    layout->addWidget(child);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StreamSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StreamSettingsDialog::reject);

    m_paging->load(m_original.recordsPath, m_original.pagination);
    m_incremental->load(m_original.incremental);
    m_parentStream->setCurrentIndex(std::max(0, m_parentStream->findData(m_original.parent.stream)));
    m_parentField->setText(m_original.parent.parentField);
    m_pathParameter->setText(m_original.parent.pathParameter);

    connect(m_paging, &PaginationForm::edited, this, &StreamSettingsDialog::validate);
    connect(m_incremental, &IncrementalForm::edited, this, &StreamSettingsDialog::validate);
    connect(m_parentStream, &QComboBox::currentIndexChanged, this, &StreamSettingsDialog::validate);
    for (QLineEdit *line : {m_parentField, m_pathParameter})
        connect(line, &QLineEdit::textChanged, this, &StreamSettingsDialog::validate);
    validate();
    m_paging->type()->setFocus();
}

QComboBox *StreamSettingsDialog::paginationType() const
{
    return m_paging->type();
}

QComboBox *StreamSettingsDialog::cursorSource() const
{
    return m_paging->cursorSource();
}

QSpinBox *StreamSettingsDialog::pageSize() const
{
    return m_paging->pageSize();
}

QComboBox *StreamSettingsDialog::incrementalFormat() const
{
    return m_incremental->format();
}

QLineEdit *StreamSettingsDialog::field(const QString &name) const
{
    if (QLineEdit *line = m_paging->field(name))
        return line;
    if (QLineEdit *line = m_incremental->field(name))
        return line;
    if (name == m_parentField->objectName())
        return m_parentField;
    return name == m_pathParameter->objectName() ? m_pathParameter : nullptr;
}

Stream StreamSettingsDialog::stream() const
{
    Stream s = m_original;
    s.recordsPath = m_paging->recordsPath();
    s.pagination = m_paging->pagination();
    s.incremental = m_incremental->incremental();
    s.parent.stream = m_parentStream->currentData().toString();
    s.parent.parentField = s.parent.stream.isEmpty() ? QString() : m_parentField->text().trimmed();
    s.parent.pathParameter = s.parent.stream.isEmpty() ? QString() : m_pathParameter->text().trimmed();
    return s;
}

QStringList StreamSettingsDialog::problems() const
{
    return m_problems->lines();
}

void StreamSettingsDialog::validate()
{
    Project project = m_document->project();
    if (m_index < 0 || m_index >= project.streams.size())
        return;
    project.streams[m_index] = stream();
    const QString prefix = QStringLiteral("/streams/%1/").arg(m_index);
    m_problems->showProblems(ProjectValidator::validate(project), [&prefix](const QString &pointer) {
        if (!pointer.startsWith(prefix))
            return false;
        // Table and request problems are other panes' business. The deletions feed's are shown
        // too: making the stream a child stream, say, makes its feed an error.
        const QString part = pointer.mid(prefix.size()).section(u'/', 0, 0);
        return part == u"pagination" || part == u"incremental" || part == u"parent" || part == u"recordsPath"
            || part == u"deletions";
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_problems->hasErrors());
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
