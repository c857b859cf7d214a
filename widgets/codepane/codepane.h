// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QProcess;
class QPushButton;
class QTabWidget;
class QThread;
class QTimer;

namespace cw {

class CodeEditor;
class ProjectDocument;

/// The code pane: the generated connector.py, following every stream and mapping edit live
/// (the view keeps its place, changed lines are marked), editable. Once the user types in it
/// the code is "edited" and never silently replaced: a later regeneration offers a diff and
/// asks. Syntax errors found by `python3 -m py_compile` show as squiggles on their lines.
/// A second tab shows the project file as it will be saved.
class CodePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePane)

public:
    explicit CodePane(ProjectDocument *document, QWidget *parent = nullptr);
    ~CodePane() override;

    CodeEditor *editor() const { return m_editor; }
    CodeEditor *projectView() const { return m_project; }
    /// True once the user changed the generated code.
    bool isEdited() const { return m_edited; }
    /// The latest generated code (also while the editor holds the user's edits).
    QString generatedCode() const { return m_generated; }
    /// True while a regeneration runs on the worker thread.
    bool isGenerating() const { return m_generating > 0; }
    /// Regenerates now (normally debounced after edits).
    void regenerate();
    /// Replaces the user's edits with the latest generated code.
    void discardEdits();
    /// Lines (0-based) marked as changed by the last regeneration.
    QList<int> changedLines() const { return m_changedLines; }
    /// The syntax error shown, "" when none: "line 12: invalid syntax".
    QString syntaxError() const { return m_syntaxError; }

Q_SIGNALS:
    void generated();
    void syntaxChecked();

private:
    void applyGenerated(const QString &code, const QStringList &warnings);
    void showDiffDialog();
    void checkSyntax();
    void updateCaption();

    ProjectDocument *m_document;
    QLabel *m_caption;
    QPushButton *m_review;
    QTabWidget *m_tabs;
    CodeEditor *m_editor;
    CodeEditor *m_project;
    QTimer *m_regenerateTimer;
    QTimer *m_syntaxTimer;
    QProcess *m_compiler = nullptr;
    QString m_generated;
    QStringList m_warnings;
    QList<int> m_changedLines;
    QString m_syntaxError;
    bool m_edited = false;
    bool m_settingText = false;
    bool m_pendingRegeneration = false;
    int m_generating = 0;
    int m_generation = 0;
    QList<QThread *> m_workers;
};

} // namespace cw
