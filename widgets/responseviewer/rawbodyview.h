// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace cw {

class CodeEditor;
class FindBar;

/// The body as text: JSON pretty-printed and folded, XML highlighted, CSV, NDJSON and plain
/// text as they are, binary as a hex dump; a note says what was recognised. A JSON syntax
/// error is underlined with a squiggle at its line and column.
class RawBodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawBodyView)

public:
    enum class Kind { Empty, Json, Xml, Csv, NdJson, Text, Binary };

    explicit RawBodyView(QWidget *parent = nullptr);

    /// Shows `body`. `contentType` is the response's header; `jsonValid` says whether the
    /// body parsed as JSON, and when not, `errorLine`/`errorColumn` (1-based) mark the error.
    void setBody(const QByteArray &body, const QByteArray &contentType, bool jsonValid, qint64 errorLine = 0,
                 qint64 errorColumn = 0, const QString &errorMessage = {});
    void clear();
    Kind kind() const { return m_kind; }
    CodeEditor *editor() const { return m_editor; }
    QString note() const;

    static Kind sniff(const QByteArray &body, const QByteArray &contentType);

private:
    Kind m_kind = Kind::Empty;
    QLabel *m_note;
    CodeEditor *m_editor;
    FindBar *m_findBar;
    int m_errorIndicator = -1;
};

} // namespace cw
