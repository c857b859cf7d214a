// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/import/importresult.h"

namespace cw {

/// What an import found: the endpoints it read, and every problem with its location. The
/// user chooses to add them to the open project, open them as a new project, or cancel.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    enum Choice { Cancel, AddToProject, NewProject };
    ImportReportDialog(const ImportResult &result, const QString &source, bool canAdd, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Cancel;
};

} // namespace cw
