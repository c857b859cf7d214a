// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QHash>

#include "models/core/project/project.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cw {

/// An incremental cursor: the record field kept in the state, the request parameter that
/// sends it back and its format, the start value from the configuration and a lookback.
/// Used for a stream's own cursor and for its deletions feed's.
class IncrementalForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncrementalForm)

public:
    /// `configuration` fills the start-value choices; the placeholders suggest typical names.
    IncrementalForm(const QString &title, const QList<ConfigurationField> &configuration,
                    const QString &fieldPlaceholder, const QString &parameterPlaceholder, QWidget *parent = nullptr);

    void load(const Incremental &incremental);
    Incremental incremental() const;

    QComboBox *format() const { return m_format; }
    QComboBox *startKey() const { return m_startKey; }
    QSpinBox *lookback() const { return m_lookback; }
    /// "cursorField" or "requestParam"; null for other names.
    QLineEdit *field(const QString &name) const { return m_lines.value(name); }

Q_SIGNALS:
    void edited();

private:
    QComboBox *m_format;
    QComboBox *m_startKey;
    QSpinBox *m_lookback;
    QHash<QString, QLineEdit *> m_lines;
};

} // namespace cw
