// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QHash>

#include "models/core/project/project.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace cw {

/// Where the records of a page are and how the next page is asked for: the records path and
/// a pagination strategy, showing only the settings the chosen strategy uses. A stream's
/// settings dialog and its deletions-feed dialog both edit pages with it.
class PaginationForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaginationForm)

public:
    explicit PaginationForm(const QString &title, QWidget *parent = nullptr);

    void load(const QString &recordsPath, const Pagination &pagination);
    QString recordsPath() const;
    /// Only the settings of the chosen strategy, so that the project file says what runs.
    Pagination pagination() const;

    QComboBox *type() const { return m_type; }
    QComboBox *cursorSource() const { return m_cursorSource; }
    QSpinBox *pageSize() const { return m_pageSize; }
    /// The line editor of a setting by its project-file key ("limitParam", ...), with
    /// "recordsPath" and "cursorValue" (where the next cursor is); null for other names.
    QLineEdit *field(const QString &name) const { return m_lines.value(name); }

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addLine(const QString &name, const QString &label, const QString &placeholder, const QString &tip);
    void updateRows();

    QFormLayout *m_form;
    QComboBox *m_type;
    QSpinBox *m_pageSize;
    QSpinBox *m_firstPage;
    QSpinBox *m_maxPages;
    QComboBox *m_cursorSource;
    QHash<QString, QLineEdit *> m_lines;
};

} // namespace cw
