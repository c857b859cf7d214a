// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/rawbodyview.h"

#include <QLabel>
#include <QLocale>
#include <QStringDecoder>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "widgets/codepane/codeeditor.h"
#include "widgets/codepane/findbar.h"

namespace cw {

namespace {

// Pretty-printing costs time and memory proportional to the body; above this the raw text
// is shown as received. Scintilla itself stays fast on large documents.
constexpr qsizetype kPrettyPrintLimit = 8 * 1024 * 1024;
// Converting and laying out text costs GUI-thread time; beyond this the tree is the way in.
constexpr qsizetype kRawTextLimit = 16 * 1024 * 1024;
// A hex dump of more than this helps nobody.
constexpr qsizetype kHexDumpLimit = 64 * 1024;

QString hexDump(const QByteArray &bytes)
{
    QString out;
    const qsizetype n = std::min(bytes.size(), kHexDumpLimit);
    for (qsizetype row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto byte = static_cast<unsigned char>(bytes[i]);
                out += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(byte) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

} // namespace

RawBodyView::RawBodyView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_editor(new CodeEditor(this))
    , m_findBar(new FindBar(m_editor, this))
{
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("Raw response body"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_errorIndicator = m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator);
    m_editor->setIndicatorForegroundColor(QColor(0xc0, 0x1c, 0x28), m_errorIndicator);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
}

RawBodyView::Kind RawBodyView::sniff(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return Kind::Empty;
    const QByteArray type = contentType.toLower();
    const QByteArray head = body.left(4096);
    const QByteArray start = head.trimmed();
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq"))
        return Kind::NdJson;
    if (type.contains("json") || start.startsWith('{') || start.startsWith('['))
        return Kind::Json;
    if (type.contains("xml") || start.startsWith("<?xml") || start.startsWith('<'))
        return Kind::Xml;
    if (type.contains("csv") || type.contains("tab-separated"))
        return Kind::Csv;
    // Binary: NUL bytes or invalid UTF-8 in the first bytes.
    if (head.contains('\0'))
        return Kind::Binary;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(head.left(head.size() - 4)); // a cut multi-byte sequence at the end is fine
    if (decoder.hasError())
        return Kind::Binary;
    return Kind::Text;
}

QString RawBodyView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void RawBodyView::clear()
{
    m_kind = Kind::Empty;
    m_editor->clear();
    m_note->hide();
}

void RawBodyView::setBody(const QByteArray &body, const QByteArray &contentType, bool jsonValid, qint64 errorLine,
                          qint64 errorColumn, const QString &errorMessage)
{
    m_kind = sniff(body, contentType);
    if (m_kind == Kind::Json && !jsonValid) {
        // Lines of JSON objects are NDJSON even when the server says application/json.
        const QByteArray firstLine = body.left(body.indexOf('\n')).trimmed();
        if (body.count('\n') > 0 && !firstLine.isEmpty()
            && nlohmann::json::accept(firstLine.constData(), firstLine.constData() + firstLine.size()))
            m_kind = Kind::NdJson;
    }
    QString note;
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, m_errorIndicator);
    switch (m_kind) {
    case Kind::Empty:
        m_editor->setLanguage(CodeEditor::Language::PlainText);
        m_editor->clear();
        note = tr("The response has no body.");
        break;
    case Kind::Json: {
        m_editor->setLanguage(CodeEditor::Language::Json);
        if (jsonValid && body.size() <= kPrettyPrintLimit) {
            const auto parsed = nlohmann::ordered_json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
            m_editor->setText(QString::fromStdString(parsed.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
        } else if (body.size() > kRawTextLimit) {
            m_editor->setText(QString::fromUtf8(body.left(kRawTextLimit)));
            note = tr("The first %1 of %2 shown as received; the tree shows all of it.")
                       .arg(QLocale().formattedDataSize(kRawTextLimit), QLocale().formattedDataSize(body.size()));
        } else {
            m_editor->setText(QString::fromUtf8(body));
            if (jsonValid)
                note = tr("Shown as received (%1): too large to pretty-print.").arg(QLocale().formattedDataSize(body.size()));
        }
        if (!jsonValid) {
            note = tr("Not valid JSON: %1").arg(errorMessage);
            if (errorLine > 0) {
                const int line = int(errorLine - 1);
                const int column = int(std::max<qint64>(0, errorColumn - 1));
                const int lineLength = m_editor->lineLength(line);
                m_editor->fillIndicatorRange(line, std::max(0, std::min(column, lineLength - 1)), line,
                                             std::max(column + 1, lineLength), m_errorIndicator);
                m_editor->setCursorPosition(line, column);
                m_editor->ensureLineVisible(line);
            }
        }
        break;
    }
    case Kind::Xml:
        m_editor->setLanguage(CodeEditor::Language::Xml);
        m_editor->setText(QString::fromUtf8(body));
        note = tr("XML body: shown as text. The tree and record picking work on JSON bodies.");
        break;
    case Kind::Csv:
        m_editor->setLanguage(CodeEditor::Language::PlainText);
        m_editor->setText(QString::fromUtf8(body));
        note = tr("CSV body (%n line(s)): shown as text. The tree and record picking work on JSON bodies.", nullptr,
                  int(body.count('\n')));
        break;
    case Kind::NdJson:
        m_editor->setLanguage(CodeEditor::Language::Json);
        m_editor->setText(QString::fromUtf8(body));
        note = tr("Newline-delimited JSON: one JSON value per line, shown as text.");
        break;
    case Kind::Text:
        m_editor->setLanguage(CodeEditor::Language::PlainText);
        m_editor->setText(QString::fromUtf8(body));
        note = tr("Plain text body (%1).").arg(QString::fromLatin1(contentType.isEmpty() ? "no Content-Type" : contentType));
        break;
    case Kind::Binary:
        m_editor->setLanguage(CodeEditor::Language::PlainText);
        m_editor->setText(hexDump(body));
        note = tr("Binary body (%1, %2): the first %3 as a hex dump.")
                   .arg(QString::fromLatin1(contentType.isEmpty() ? "no Content-Type" : contentType),
                        QLocale().formattedDataSize(body.size()), QLocale().formattedDataSize(kHexDumpLimit));
        break;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_note->setStyleSheet(m_kind == Kind::Json && !jsonValid ? QStringLiteral("color: #c01c28;") : QString());
}

} // namespace cw
