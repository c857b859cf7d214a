// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace cw {

class JsonIndex;
class JsonIndexModel;
class ProjectDocument;

/// The body as a tree over a lazily indexed JSON document, with a JSONPath query field that
/// selects its matches, copy actions, and "Use as records / primary key / cursor" on the node
/// under the mouse, which edit the current stream through the document.
class JsonBodyTree final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonBodyTree)

public:
    JsonBodyTree(ProjectDocument *document, QWidget *parent = nullptr);

    void setStream(int streamIndex) { m_stream = streamIndex; }
    void setIndex(std::shared_ptr<const JsonIndex> index);
    void clear();

    QTreeView *view() const { return m_view; }
    JsonIndexModel *model() const { return m_model; }
    QLineEdit *queryField() const { return m_query; }
    /// Runs the JSONPath in the query field and selects every match; returns their count,
    /// or -1 when the query is not valid.
    int runQuery();
    /// The model index of a JSON pointer ("" is the root), expanding nothing.
    QModelIndex indexOfPointer(const QString &pointer) const;

private:
    void showContextMenu(const QPoint &pos);
    void fitKeyColumn();

    ProjectDocument *m_document;
    int m_stream = -1;
    QLineEdit *m_query;
    QLabel *m_queryStatus;
    QTreeView *m_view;
    JsonIndexModel *m_model;
    QLabel *m_pointer;
};

} // namespace cw
