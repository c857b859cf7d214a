// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace cw {

class CodeEditor;
class ProjectDocument;

/// The code pane. It shows the project file exactly as it will be saved (the connector's
/// design as JSON), updated live on every edit, undo and redo.
class CodePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePane)

public:
    explicit CodePane(ProjectDocument *document, QWidget *parent = nullptr);
    CodeEditor *editor() const { return m_editor; }

private:
    void refresh();

    ProjectDocument *m_document;
    QLabel *m_caption;
    CodeEditor *m_editor;
};

} // namespace cw
