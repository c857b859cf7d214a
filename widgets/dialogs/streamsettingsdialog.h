// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/project/project.h"

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace cw {

class IncrementalForm;
class PaginationForm;
class ProblemsLabel;
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
    QStringList problems() const;
    void accept() override;

    // The form's editors, for tests and for the keyboard-only user's tab order.
    QComboBox *paginationType() const;
    QComboBox *cursorSource() const;
    /// A line editor by its project-file key, from any of the dialog's sections.
    QLineEdit *field(const QString &name) const;
    QSpinBox *pageSize() const;
    QComboBox *incrementalFormat() const;
    QComboBox *parentStream() const { return m_parentStream; }

private:
    void validate();

    ProjectDocument *m_document;
    int m_index;
    Stream m_original;
    PaginationForm *m_paging;
    IncrementalForm *m_incremental;
    QComboBox *m_parentStream;
    QLineEdit *m_parentField;
    QLineEdit *m_pathParameter;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cw
