// SPDX-License-Identifier: MIT
#include "widgets/dialogs/deletionsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/project/projectvalidator.h"
#include "models/core/schema/inferredschema.h"
#include "models/core/schema/mappingplan.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/dialogs/formline.h"
#include "widgets/dialogs/incrementalform.h"
#include "widgets/dialogs/paginationform.h"
#include "widgets/dialogs/problemslabel.h"

namespace cw {

DeletionsDialog::DeletionsDialog(ProjectDocument *document, int streamIndex, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(streamIndex)
    , m_original(document->project().streams.value(streamIndex))
    , m_path(makeFormLine(this, QStringLiteral("path"), tr("Feed path"), tr("(no deletions feed) /deletions"),
                          tr("GET path of the endpoint that lists deleted records, relative to the base URL")))
    , m_parameters(makeFormLine(this, QStringLiteral("parameters"), tr("Fixed parameters"), tr("resource=customers"),
                                tr("Query parameters sent with every request of the feed, as name=value&name=value; "
                                   "values may use {{ config.key }}")))
    , m_keyPaths(makeFormLine(this, QStringLiteral("keyPaths"), tr("Key in each record"), QString(),
                              tr("JSON pointers of the primary-key values in a deleted record, one per key column, "
                                 "comma separated; empty: where this stream's records hold them")))
    , m_paging(new PaginationForm(tr("Deleted records and pagination"), this))
    , m_incremental(new IncrementalForm(tr("Cursor of the feed"), document->project().configuration, tr("deleted_at"),
                                        tr("since"), this))
    , m_problems(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Deletions Feed of %1").arg(m_original.name));

    // The keys a listed record is matched by, named so that the user knows what to point at.
    const MappingPlan plan = MappingPlan::build(m_original, InferredSchema());
    QStringList keys;
    QStringList defaults;
    Stream withoutPaths = m_original;
    withoutPaths.deletions.keyPaths.clear();
    for (const DeletionKey &key : deletionKeys(withoutPaths, plan)) {
        keys << key.column;
        defaults << key.path;
    }
    m_keyPaths->setPlaceholderText(defaults.join(QStringLiteral(", ")));
    const QString table = plan.tables.value(0).name;
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setText(keys.isEmpty()
                       ? tr("A deletions feed marks rows deleted by their primary key, and the table %1 has none yet: "
                            "choose its primary key in the mapping editor first.").arg(table)
                       : tr("After each sync of %1, the feed is read and every record it lists marks the row of %2 "
                            "with the same %3 deleted (_fivetran_deleted). Its cursor is kept in the state as "
                            "deletions_cursor.").arg(m_original.name, table, keys.join(QStringLiteral(", "))));

    auto *feed = new QGroupBox(tr("Feed"), this);
    auto *feedForm = new QFormLayout(feed);
    feedForm->addRow(tr("GET"), m_path);
    feedForm->addRow(tr("Fixed parameters"), m_parameters);
    feedForm->addRow(tr("Key in each record"), m_keyPaths);

    QPushButton *remove = m_buttons->addButton(tr("Remove Feed"), QDialogButtonBox::DestructiveRole);
    remove->setToolTip(tr("The stream reads no deletions feed"));
    remove->setEnabled(m_original.deletions.isEnabled());
    connect(remove, &QPushButton::clicked, this, [this] {
        removeFeed();
        QDialog::accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(feed);
    layout->addWidget(m_paging);
    layout->addWidget(m_incremental);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeletionsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeletionsDialog::reject);

    const Deletions &d = m_original.deletions;
    m_path->setText(d.path);
    m_parameters->setText(queryText(d.parameters));
    m_keyPaths->setText(d.keyPaths.join(QStringLiteral(", ")));
    m_paging->load(d.recordsPath, d.pagination);
    m_incremental->load(d.incremental);

    for (QLineEdit *line : {m_path, m_parameters, m_keyPaths})
        connect(line, &QLineEdit::textChanged, this, &DeletionsDialog::validate);
    connect(m_paging, &PaginationForm::edited, this, &DeletionsDialog::validate);
    connect(m_incremental, &IncrementalForm::edited, this, &DeletionsDialog::validate);
    validate();
    m_path->setFocus();
}

QList<Parameter> DeletionsDialog::parseQuery(const QString &text)
{
    QList<Parameter> parameters;
    for (const QString &part : text.split(u'&', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf(u'=');
        Parameter parameter;
        parameter.name = (equals < 0 ? item : item.left(equals)).trimmed();
        parameter.value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        parameters.append(parameter);
    }
    return parameters;
}

QString DeletionsDialog::queryText(const QList<Parameter> &parameters)
{
    QStringList parts;
    for (const Parameter &parameter : parameters) {
        if (parameter.in == u"query")
            parts << parameter.name + u'=' + parameter.value;
    }
    return parts.join(u'&');
}

QLineEdit *DeletionsDialog::field(const QString &name) const
{
    for (QLineEdit *line : {m_path, m_parameters, m_keyPaths}) {
        if (line->objectName() == name)
            return line;
    }
    if (QLineEdit *line = m_paging->field(name))
        return line;
    return m_incremental->field(name);
}

Stream DeletionsDialog::stream() const
{
    Stream s = m_original;
    Deletions &d = s.deletions;
    d.path = m_path->text().trimmed();
    // Header parameters have no place in the line; they stay as they were.
    QList<Parameter> kept;
    for (const Parameter &parameter : std::as_const(m_original.deletions.parameters)) {
        if (parameter.in != u"query")
            kept << parameter;
    }
    d.parameters = parseQuery(m_parameters->text()) + kept;
    d.keyPaths.clear();
    for (const QString &path : m_keyPaths->text().split(u',', Qt::SkipEmptyParts)) {
        if (!path.trimmed().isEmpty())
            d.keyPaths << path.trimmed();
    }
    d.recordsPath = m_paging->recordsPath();
    d.pagination = m_paging->pagination();
    d.incremental = m_incremental->incremental();
    if (d.path.isEmpty())
        d = Deletions();
    return s;
}

void DeletionsDialog::removeFeed()
{
    Stream s = m_original;
    s.deletions = Deletions();
    if (m_index >= 0 && m_index < m_document->project().streams.size() && s != m_original)
        m_document->setStream(m_index, s, tr("Remove the deletions feed of %1").arg(m_original.name));
}

QStringList DeletionsDialog::problems() const
{
    return m_problems->lines();
}

void DeletionsDialog::validate()
{
    Project project = m_document->project();
    if (m_index < 0 || m_index >= project.streams.size())
        return;
    project.streams[m_index] = stream();
    const QString prefix = QStringLiteral("/streams/%1/deletions").arg(m_index);
    m_problems->showProblems(ProjectValidator::validate(project),
                             [&prefix](const QString &pointer) { return pointer.startsWith(prefix); });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_problems->hasErrors());
}

void DeletionsDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Stream after = stream();
    if (m_index >= 0 && m_index < m_document->project().streams.size() && after != m_original)
        m_document->setStream(m_index, after, tr("Edit the deletions feed of %1").arg(m_original.name));
    QDialog::accept();
}

} // namespace cw
