// SPDX-License-Identifier: MIT
#include "widgets/responseviewer/detectionview.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {

QString row(const QString &what, const QString &proposal, double confidence, const QString &evidence)
{
    return QStringLiteral("<tr><td valign=top><b>%1</b></td><td valign=top>%2</td><td valign=top>%3%</td>"
                          "<td valign=top><i>%4</i></td></tr>")
        .arg(what.toHtmlEscaped(), proposal.toHtmlEscaped())
        .arg(qRound(confidence * 100))
        .arg(evidence.toHtmlEscaped());
}

} // namespace

DetectionView::DetectionView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_text(new QTextBrowser(this))
    , m_apply(new QPushButton(tr("Apply Proposals to Stream"), this))
{
    m_text->setAccessibleName(tr("Detected structure"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &DetectionView::apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
}

void DetectionView::setResponse(std::shared_ptr<const JsonValue> body, const HttpHeaders &headers, const QUrl &url)
{
    m_body = std::move(body);
    if (!m_body) {
        m_detection = {};
        m_text->setHtml(tr("<p>Detection needs a JSON response.</p>"));
        m_apply->setEnabled(false);
        return;
    }
    m_detection = detectResponse(*m_body, headers, url);
    const ResponseDetection &d = m_detection;
    QString html = QStringLiteral("<table cellspacing=6><tr><th align=left>%1</th><th align=left>%2</th>"
                                  "<th align=left>%3</th><th align=left>%4</th></tr>")
                       .arg(tr("Part"), tr("Proposal"), tr("Confidence"), tr("Evidence"));
    html += row(tr("Records"),
                d.records.found ? (d.records.path.isEmpty() ? tr("the body (%1 records)").arg(d.records.count)
                                                            : tr("%1 (%2 records)").arg(d.records.path).arg(d.records.count))
                                : tr("none found"),
                d.records.confidence, d.records.evidence);
    html += row(tr("Pagination"), toString(d.pagination.pagination.type), d.pagination.confidence, d.pagination.evidence);
    html += row(tr("Primary key"), d.primaryKey.fields.isEmpty() ? tr("none found") : d.primaryKey.fields.join(QStringLiteral(", ")),
                d.primaryKey.confidence, d.primaryKey.evidence);
    html += row(tr("Cursor"),
                d.cursor.field.isEmpty() ? tr("none found")
                                         : tr("%1 (%2)%3").arg(d.cursor.field, d.cursor.format,
                                                               d.cursor.requestParam.isEmpty() ? QString()
                                                                                                : tr(", filter with %1").arg(d.cursor.requestParam)),
                d.cursor.confidence, d.cursor.evidence);
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
    m_apply->setEnabled(d.records.found);
}

bool DetectionView::apply()
{
    const QList<Stream> &streams = m_document->project().streams;
    if (!m_body || !m_detection.records.found || m_stream < 0 || m_stream >= streams.size())
        return false;
    const Stream before = streams.at(m_stream);
    Stream after = proposeStream(m_detection, *m_body, before);
    // The stream keeps its identity; detection only fills in structure.
    after.name = before.name;
    after.group = before.group;
    after.request = before.request;
    if (after == before)
        return false;
    m_document->setStream(m_stream, after, tr("Apply detected structure to %1").arg(before.name));
    return true;
}

} // namespace cw
