// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

#include "models/core/detect/responsedetector.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cw {

class ProjectDocument;

/// What auto-detection proposes for the fetched response (records path, pagination, primary
/// key, incremental cursor), each with the evidence it rests on, and a button that applies
/// the proposals to the stream as one undoable edit.
class DetectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetectionView)

public:
    explicit DetectionView(ProjectDocument *document, QWidget *parent = nullptr);

    void setStream(int streamIndex) { m_stream = streamIndex; }
    /// Detects on a parsed body; a null body clears the view.
    void setResponse(std::shared_ptr<const JsonValue> body, const HttpHeaders &headers, const QUrl &url);
    /// Applies the proposals to the current stream; false when there is nothing to apply.
    bool apply();
    const ResponseDetection &detection() const { return m_detection; }

private:
    ProjectDocument *m_document;
    int m_stream = -1;
    std::shared_ptr<const JsonValue> m_body;
    ResponseDetection m_detection;
    QTextBrowser *m_text;
    QPushButton *m_apply;
};

} // namespace cw
