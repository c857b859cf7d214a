// SPDX-License-Identifier: MIT
#include "widgets/codepane/codepane.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

#include "models/core/codegen/connectorgenerator.h"
#include "models/core/codegen/pythonruntime.h"
#include "models/core/project/projectfile.h"
#include "models/core/samples/samplestore.h"
#include "models/core/schema/mappingplan.h"
#include "models/itemmodels/linediff.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/streamsamples.h"
#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/findbar.h"

namespace cw {

namespace {
constexpr int kChangedMarker = 3;    // left-margin marker of regenerated lines
constexpr int kErrorIndicator = 9;   // squiggle under a syntax error
} // namespace

CodePane::CodePane(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_caption(new QLabel(this))
    , m_review(new QPushButton(tr("Review Changes…"), this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new CodeEditor(this))
    , m_project(new CodeEditor(this))
    , m_regenerateTimer(new QTimer(this))
    , m_syntaxTimer(new QTimer(this))
{
    m_editor->setLanguage(CodeEditor::Language::Python);
    m_editor->setAccessibleName(tr("Generated connector.py"));
    m_editor->markerDefine(QsciScintilla::LeftRectangle, kChangedMarker);
    m_editor->setMarkerBackgroundColor(QColor(0x33, 0xd1, 0x7a), kChangedMarker);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    m_editor->setIndicatorForegroundColor(QColor(0xe0, 0x1b, 0x24), kErrorIndicator);
    m_project->setLanguage(CodeEditor::Language::Json);
    m_project->setReadOnly(true);
    m_project->setAccessibleName(tr("Project file"));
    m_caption->setWordWrap(true);
    m_review->hide();
    m_review->setToolTip(tr("The mapping changed since you edited the code: see how the newly generated code "
                            "differs from yours, then keep your edits or take the new code"));

    auto *codePage = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(2);
    codeLayout->addWidget(m_editor, 1);
    codeLayout->addWidget(new FindBar(m_editor, codePage));
    m_tabs->addTab(codePage, QStringLiteral("connector.py"));
    m_tabs->addTab(m_project, tr("Project file"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Code files"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_caption, 1);
    header->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    // Edits arrive in bursts (typing a name); regenerate once they pause.
    m_regenerateTimer->setSingleShot(true);
    m_regenerateTimer->setInterval(250);
    connect(m_regenerateTimer, &QTimer::timeout, this, &CodePane::regenerate);
    m_syntaxTimer->setSingleShot(true);
    m_syntaxTimer->setInterval(600);
    connect(m_syntaxTimer, &QTimer::timeout, this, &CodePane::checkSyntax);

    // The project file is cheap to write: it follows every edit at once; the code follows
    // after the pause.
    auto schedule = [this] {
        m_project->replaceTextKeepingView(QString::fromUtf8(ProjectFile::serialize(m_document->project())));
        m_regenerateTimer->start();
    };
    connect(document, &ProjectDocument::projectReset, this, [this, schedule] {
        // A new project starts from generated code again.
        m_edited = false;
        m_pendingRegeneration = false;
        schedule();
    });
    connect(document, &ProjectDocument::projectChanged, this, schedule);
    connect(document, &ProjectDocument::samplesChanged, this, schedule);
    connect(document, &ProjectDocument::filePathChanged, this, schedule);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_settingText)
            return;
        if (!m_edited) {
            m_edited = true;
            m_editor->markerDeleteAll(kChangedMarker);
            updateCaption();
        }
        m_syntaxTimer->start();
    });
    connect(m_review, &QPushButton::clicked, this, &CodePane::showDiffDialog);
    schedule();
}

CodePane::~CodePane()
{
    ++m_generation;
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
    if (m_compiler) {
        m_compiler->kill();
        m_compiler->waitForFinished(1000);
    }
}

void CodePane::regenerate()
{
    const Project project = m_document->project();

    const QString database = m_document->filePath().isEmpty() ? QString() : SampleStore::pathForProject(m_document->filePath());
    QHash<QString, QList<Sample>> pending;
    for (const Stream &stream : project.streams)
        pending.insert(stream.name, m_document->pendingSamplesOf(stream.name));
    GeneratorOptions options;
    options.projectFileName = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).fileName();
    const int generation = ++m_generation;
    ++m_generating;
    updateCaption();
    QPointer<CodePane> self(this);
    // Reading and analysing every stream's samples takes a moment on big projects: off the
    // GUI thread, with the same plans the mapping editor and the native engine build.
    QThread *worker = QThread::create([self, generation, project, database, pending, options] {
        QList<MappingPlan> plans;
        for (const Stream &stream : project.streams) {
            const StreamSamples samples = StreamSamples::load(stream, database, pending.value(stream.name), 0);
            plans.append(MappingPlan::build(stream, samples.schema));
        }
        const GeneratedConnector connector = generateConnector(project, plans, options);
        if (!self)
            return;
        QMetaObject::invokeMethod(self, [self, generation, connector] {
            if (!self)
                return;
            --self->m_generating;
            if (generation == self->m_generation)
                self->applyGenerated(connector.code, connector.warnings);
            self->updateCaption();
        }, Qt::QueuedConnection);
    });
    m_workers.append(worker);
    // Deleted here or in the destructor, never by deleteLater(): a deferred delete still
    // queued when the application quits is dropped, and the thread leaked (LeakSanitizer).
    connect(worker, &QThread::finished, this, [this, worker] {
        m_workers.removeOne(worker);
        worker->wait();
        delete worker;
    });
    worker->start();
}

void CodePane::applyGenerated(const QString &code, const QStringList &warnings)
{
    const QString previous = m_generated;
    m_generated = code;
    m_warnings = warnings;
    if (m_edited) {
        // Never overwrite the user's code: offer the difference instead.
        m_pendingRegeneration = m_editor->text() != code;
        updateCaption();
        Q_EMIT generated();
        return;
    }
    m_settingText = true;
    m_editor->replaceTextKeepingView(code);
    m_settingText = false;
    m_editor->markerDeleteAll(kChangedMarker);
    m_changedLines.clear();
    if (!previous.isEmpty()) {
        m_changedLines = LineDiff::changedLines(previous.split(u'\n'), code.split(u'\n'));
        for (int line : std::as_const(m_changedLines))
            m_editor->markerAdd(line, kChangedMarker);
    }
    m_pendingRegeneration = false;
    updateCaption();
    m_syntaxTimer->start();
    Q_EMIT generated();
}

void CodePane::discardEdits()
{
    m_edited = false;
    m_pendingRegeneration = false;
    const QString code = m_generated;
    m_generated.clear(); // no "changed lines" against the user's text
    applyGenerated(code, m_warnings);
}

void CodePane::showDiffDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Regenerated connector.py"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setPlainText(LineDiff::unified(m_editor->text().split(u'\n'), m_generated.split(u'\n'),
                                         tr("connector.py (your edits)"), tr("connector.py (generated)")));
    auto *note = new QLabel(tr("The mapping changed after you edited the code. Lines with - are yours, lines with "
                               "+ the newly generated ones."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *take = buttons->addButton(tr("&Replace My Edits"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("&Keep My Edits"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(take, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 600);
    if (dialog.exec() == QDialog::Accepted)
        discardEdits();
}

void CodePane::checkSyntax()
{
    if (m_compiler) {
        m_syntaxTimer->start(); // one check at a time: this text is checked after the running one
        return;
    }
    // Looking for an interpreter starts one; do it once per session.
    static const std::optional<PythonInterpreter> python = [] {
        QString error;
        return findPython(&error);
    }();
    if (!python)
        return; // no interpreter with requests: nothing to check with
    auto dir = std::make_shared<QTemporaryDir>();
    const QString file = dir->filePath(QStringLiteral("connector.py"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write(m_editor->text().toUtf8());
    out.close();
    m_compiler = new QProcess(this);
    m_compiler->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_compiler, &QProcess::finished, this, [this, dir](int exitCode) {
        const QString output = QString::fromUtf8(m_compiler->readAll());
        m_compiler->deleteLater();
        m_compiler = nullptr;
        m_editor->clearIndicatorRange(0, 0, std::max(0, m_editor->lines() - 1), m_editor->lineLength(std::max(0, m_editor->lines() - 1)), kErrorIndicator);
        m_syntaxError.clear();
        if (exitCode != 0) {
            // py_compile reports '  File "…", line N' and then the error class and message.
            const QRegularExpressionMatch line = QRegularExpression(QStringLiteral(R"(line (\d+))")).match(output);
            const QRegularExpressionMatch message = QRegularExpression(QStringLiteral(R"((\w*Error): (.*))")).match(output);
            const int number = line.hasMatch() ? line.captured(1).toInt() : 1;
            m_syntaxError = tr("line %1: %2").arg(number).arg(message.hasMatch() ? message.captured(2) : output.trimmed());
            const int row = std::clamp(number - 1, 0, std::max(0, m_editor->lines() - 1));
            m_editor->fillIndicatorRange(row, 0, row, std::max(1, m_editor->lineLength(row)), kErrorIndicator);
        }
        updateCaption();
        Q_EMIT syntaxChecked();
    });
    m_compiler->start(python->program, {QStringLiteral("-m"), QStringLiteral("py_compile"), file});
}

void CodePane::updateCaption()
{
    QString text;
    if (m_edited)
        text = m_pendingRegeneration ? tr("<b>Edited by you.</b> The mapping changed since; your code is kept until you review the difference.")
                                     : tr("<b>Edited by you.</b> Later mapping changes will not overwrite it without asking.");
    else
        text = m_generating > 0 ? tr("Generating connector.py…")
                                : tr("Generated connector.py for the Fivetran Connector SDK; it follows every mapping edit.");
    if (!m_syntaxError.isEmpty())
        text += QStringLiteral(" <span style='color:#c01c28'>") + tr("Syntax error, %1").arg(m_syntaxError.toHtmlEscaped())
              + QStringLiteral("</span>");
    for (const QString &warning : std::as_const(m_warnings))
        text += QStringLiteral("<br><span style='color:#9c6a00'>") + warning.toHtmlEscaped() + QStringLiteral("</span>");
    m_caption->setText(text);
    m_review->setVisible(m_edited && m_pendingRegeneration);
}

} // namespace cw
