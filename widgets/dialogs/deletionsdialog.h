// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/project/project.h"

class QDialogButtonBox;
class QLineEdit;

namespace cw {

class IncrementalForm;
class PaginationForm;
class ProblemsLabel;
class ProjectDocument;

/// A stream's deletions feed: the endpoint that lists records deleted upstream, its fixed
/// parameters, where each listed record holds the primary key, its pages and its cursor.
/// The validator checks the form as it is typed; OK applies it as one undoable edit, and
/// "Remove Feed" takes the feed away.
class DeletionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletionsDialog)

public:
    DeletionsDialog(ProjectDocument *document, int streamIndex, QWidget *parent = nullptr);

    /// The stream with the feed as the form shows it now.
    Stream stream() const;
    /// Problems the validator finds in the feed ("error: …" / "warning: …").
    QStringList problems() const;
    void accept() override;

    /// "path", "parameters" (query form: resource=customers&kind=x), "keyPaths" (comma
    /// separated), or a pagination or cursor setting by its project-file key.
    QLineEdit *field(const QString &name) const;
    PaginationForm *paginationForm() const { return m_paging; }
    IncrementalForm *incrementalForm() const { return m_incremental; }
    /// The stream with its feed removed, for "Remove Feed".
    void removeFeed();

    /// "resource=customers&kind=x" to query parameters and back; templates stay as typed.
    static QList<Parameter> parseQuery(const QString &text);
    static QString queryText(const QList<Parameter> &parameters);

private:
    void validate();

    ProjectDocument *m_document;
    int m_index;
    Stream m_original;
    QLineEdit *m_path;
    QLineEdit *m_parameters;
    QLineEdit *m_keyPaths;
    PaginationForm *m_paging;
    IncrementalForm *m_incremental;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cw
