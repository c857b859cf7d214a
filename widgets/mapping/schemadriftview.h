// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

#include "models/core/schema/schemadrift.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw {

class ProjectDocument;

/// Schema drift: the paths that newer samples added, removed or retyped compared with the
/// samples the mapping was made from. The user accepts each change (the mapping follows the
/// new samples) or rejects it (the mapping pins what it had: an added field is skipped, a
/// removed column is kept, a retyped column keeps its old type). Each decision is an
/// undoable edit of the stream's mapping.
class SchemaDriftView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaDriftView)

public:
    explicit SchemaDriftView(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows `changes` of stream `streamIndex`; an empty list clears the view.
    void setChanges(int streamIndex, const QList<SchemaChange> &changes);
    int pendingCount() const;
    QTreeWidget *list() const { return m_list; }
    /// Decides the selected changes (all when `all`).
    void accept(bool all = false);
    void reject(bool all = false);

Q_SIGNALS:
    void pendingCountChanged(int count);

private:
    void decide(bool accepted, bool all);
    void updateButtons();

    ProjectDocument *m_document;
    int m_stream = -1;
    QList<SchemaChange> m_changes;
    QLabel *m_note;
    QTreeWidget *m_list;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_acceptAll;
};

} // namespace cw
