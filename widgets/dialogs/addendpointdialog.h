// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include "models/core/project/project.h"

class QComboBox;
class QLineEdit;

namespace cw {

/// Asks for the essentials of a hand-made endpoint: name, method, path and group.
class AddEndpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddEndpointDialog)

public:
    explicit AddEndpointDialog(QWidget *parent = nullptr);
    /// The stream to add; path parameters written as {name} become path parameters.
    Stream stream() const;

private:
    QLineEdit *m_name;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_group;
};

} // namespace cw
