// SPDX-License-Identifier: MIT
#include "widgets/dialogs/problemslabel.h"

namespace cw {

ProblemsLabel::ProblemsLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAccessibleName(tr("Problems"));
    setVisible(false);
}

void ProblemsLabel::showProblems(const QList<ProjectFile::Problem> &problems,
                                 const std::function<bool(const QString &pointer)> &relevant)
{
    m_lines.clear();
    m_errors = false;
    QStringList html;
    for (const ProjectFile::Problem &problem : problems) {
        if (!relevant(problem.pointer))
            continue;
        m_errors = m_errors || problem.isError();
        m_lines << (problem.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + problem.message;
        html << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                    .arg(problem.isError() ? QStringLiteral("#c01c28") : QStringLiteral("#9c6500"),
                         problem.isError() ? tr("Error:") : tr("Warning:"), problem.message.toHtmlEscaped());
    }
    setText(html.join(QStringLiteral("<br>")));
    setVisible(!html.isEmpty());
}

} // namespace cw
