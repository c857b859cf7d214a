// SPDX-License-Identifier: MIT
#include "widgets/codepane/codepane.h"

#include <QLabel>
#include <QVBoxLayout>

#include "models/core/project/projectfile.h"
#include "models/itemmodels/projectdocument.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/findbar.h"

namespace cw {

CodePane::CodePane(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_caption(new QLabel(this))
    , m_editor(new CodeEditor(this))
{
    m_editor->setLanguage(CodeEditor::Language::Json);
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("Project source"));
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_editor);
    layout->addWidget(new FindBar(m_editor, this));
    connect(document, &ProjectDocument::projectReset, this, &CodePane::refresh);
    connect(document, &ProjectDocument::projectChanged, this, &CodePane::refresh);
    connect(document, &ProjectDocument::filePathChanged, this, &CodePane::refresh);
    refresh();
}

void CodePane::refresh()
{
    const QString file = m_document->filePath().isEmpty() ? tr("not saved yet") : m_document->filePath();
    m_caption->setText(tr("Project file (%1), as it will be saved; secrets are never written").arg(file));
    m_editor->replaceTextKeepingView(QString::fromUtf8(ProjectFile::serialize(m_document->project())));
}

} // namespace cw
