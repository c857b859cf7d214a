// SPDX-License-Identifier: MIT
#include "widgets/dialogs/incrementalform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "widgets/dialogs/formline.h"

namespace cw {

IncrementalForm::IncrementalForm(const QString &title, const QList<ConfigurationField> &configuration,
                                 const QString &fieldPlaceholder, const QString &parameterPlaceholder, QWidget *parent)
    : QGroupBox(title, parent)
    , m_format(new QComboBox(this))
    , m_startKey(new QComboBox(this))
    , m_lookback(new QSpinBox(this))
{
    auto *form = new QFormLayout(this);
    auto add = [this, form](const QString &name, const QString &label, const QString &placeholder, const QString &tip) {
        QLineEdit *line = makeFormLine(this, name, label, placeholder, tip);
        m_lines.insert(name, line);
        form->addRow(label, line);
        connect(line, &QLineEdit::textChanged, this, &IncrementalForm::edited);
    };
    add(QStringLiteral("cursorField"), tr("Cursor field"), tr("(full refresh) %1").arg(fieldPlaceholder),
        tr("The record field whose largest value is kept in the state, e.g. %1; empty: every sync reads everything")
            .arg(fieldPlaceholder));
    add(QStringLiteral("requestParam"), tr("Filter parameter"), parameterPlaceholder,
        tr("The request parameter that asks for records from the stored cursor on"));
    m_format->setAccessibleName(tr("Cursor format"));
    m_format->addItem(tr("RFC 3339 date and time"), QStringLiteral("rfc3339"));
    m_format->addItem(tr("Date (YYYY-MM-DD)"), QStringLiteral("date"));
    m_format->addItem(tr("Seconds since 1970"), QStringLiteral("epoch_seconds"));
    m_format->addItem(tr("Milliseconds since 1970"), QStringLiteral("epoch_millis"));
    m_format->addItem(tr("As stored (raw)"), QStringLiteral("raw"));
    form->addRow(tr("Sent as"), m_format);
    m_startKey->setAccessibleName(tr("Start value from configuration"));
    m_startKey->addItem(tr("(none: the first sync reads everything)"), QString());
    for (const ConfigurationField &f : configuration)
        m_startKey->addItem(f.label.isEmpty() ? f.key : tr("%1 (%2)").arg(f.key, f.label), f.key);
    form->addRow(tr("Start value"), m_startKey);
    m_lookback->setRange(0, 365 * 24 * 3600);
    m_lookback->setAccessibleName(tr("Lookback window in seconds"));
    m_lookback->setSuffix(tr(" s"));
    m_lookback->setToolTip(tr("Ask again for this many seconds before the stored cursor, for records that arrive late"));
    form->addRow(tr("Lookback"), m_lookback);
    for (QComboBox *combo : {m_format, m_startKey})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncrementalForm::edited);
    connect(m_lookback, &QSpinBox::valueChanged, this, &IncrementalForm::edited);
}

void IncrementalForm::load(const Incremental &inc)
{
    m_lines.value(QStringLiteral("cursorField"))->setText(inc.cursorField);
    m_lines.value(QStringLiteral("requestParam"))->setText(inc.requestParam);
    m_format->setCurrentIndex(std::max(0, m_format->findData(inc.format)));
    m_startKey->setCurrentIndex(std::max(0, m_startKey->findData(inc.startConfigKey)));
    m_lookback->setValue(inc.lookbackSeconds);
}

Incremental IncrementalForm::incremental() const
{
    Incremental inc;
    inc.cursorField = m_lines.value(QStringLiteral("cursorField"))->text().trimmed();
    inc.requestParam = m_lines.value(QStringLiteral("requestParam"))->text().trimmed();
    inc.format = m_format->currentData().toString();
    inc.startConfigKey = m_startKey->currentData().toString();
    inc.lookbackSeconds = m_lookback->value();
    return inc;
}

} // namespace cw
