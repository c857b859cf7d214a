// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

namespace cw {

/// A settings line as the project's dialogs make them: named after its project-file key (for
/// tests and the validator's pointers), read aloud by its label, with a clear button.
inline QLineEdit *makeFormLine(QWidget *parent, const QString &name, const QString &label, const QString &placeholder,
                               const QString &tip)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    line->setToolTip(tip);
    line->setAccessibleName(QString(label).remove(u'&'));
    line->setClearButtonEnabled(true);
    return line;
}

} // namespace cw
