// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/project/project.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cw {

class ProjectDocument;

/// How one stream reads its pages: the records path, the pagination strategy with only the
/// settings that strategy uses, the incremental cursor, and the parent stream of a child
/// stream. The project's own validator checks the result as it is typed; OK applies it as
/// one undoable edit.
class StreamSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSettingsDialog)

public:
    StreamSettingsDialog(ProjectDocument *document, int streamIndex, QWidget *parent = nullptr);

    /// The stream as the form shows it now.
    Stream stream() const;
    /// Problems the validator finds in the form's stream ("error: …" / "warning: …").
    QStringList problems() const { return m_problemList; }
    void accept() override;

    // The form's editors, for tests and for the keyboard-only user's tab order.
    QComboBox *paginationType() const { return m_type; }
    QComboBox *cursorSource() const { return m_cursorSource; }
    QLineEdit *field(const QString &name) const;
    QSpinBox *pageSize() const { return m_pageSize; }
    QComboBox *incrementalFormat() const { return m_format; }
    QComboBox *parentStream() const { return m_parentStream; }

private:
    void load(const Stream &stream);
    void updateRows();
    void validate();
    QLineEdit *addLine(QFormLayout *form, const QString &name, const QString &label, const QString &placeholder,
                       const QString &tip);

    ProjectDocument *m_document;
    int m_index;
    Stream m_original;
    QFormLayout *m_pagingForm;
    QComboBox *m_type;
    QSpinBox *m_pageSize;
    QSpinBox *m_firstPage;
    QSpinBox *m_maxPages;
    QComboBox *m_cursorSource;
    QComboBox *m_format;
    QComboBox *m_startKey;
    QSpinBox *m_lookback;
    QComboBox *m_parentStream;
    QHash<QString, QLineEdit *> m_lines;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QStringList m_problemList;
};

} // namespace cw
