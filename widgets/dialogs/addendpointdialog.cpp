// SPDX-License-Identifier: MIT
#include "widgets/dialogs/addendpointdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cw {

AddEndpointDialog::AddEndpointDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_group(new QLineEdit(this))
{
    setWindowTitle(tr("Add Endpoint"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST")});
    m_path->setPlaceholderText(tr("/customers/{customer_id}/orders"));
    m_name->setPlaceholderText(tr("derived from the path"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Path"), m_path);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Group"), m_group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_path, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

Stream AddEndpointDialog::stream() const
{
    Stream s;
    s.request.method = m_method->currentText();
    s.request.path = m_path->text().trimmed();
    if (!s.request.path.startsWith(u'/'))
        s.request.path.prepend(u'/');
    s.group = m_group->text().trimmed();
    QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        // "/v1/customers/{id}/orders" -> "customers_orders": the path's words, lowercase.
        QStringList words;
        for (const QString &segment : s.request.path.split(u'/', Qt::SkipEmptyParts)) {
            if (segment.startsWith(u'{') || segment.contains(QRegularExpression(QStringLiteral("^v\\d+$"))))
                continue;
            words.append(segment.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_")));
        }
        name = words.isEmpty() ? QStringLiteral("stream") : words.join(u'_');
    }
    s.name = name;
    s.table.name = name;
    static const QRegularExpression pathParameter(QStringLiteral(R"(\{([A-Za-z_][A-Za-z0-9_]*)\})"));
    auto it = pathParameter.globalMatch(s.request.path);
    while (it.hasNext()) {
        Parameter p;
        p.name = it.next().captured(1);
        p.in = QStringLiteral("path");
        p.required = true;
        s.request.parameters.append(p);
    }
    return s;
}

} // namespace cw
