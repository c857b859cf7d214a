// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "models/core/project/project.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cw {

class ParameterTableModel;
class ProjectDocument;

/// The selected endpoint's request as a form: method, path, group, its parameters (path,
/// query, header; defaults and enums from the spec) and the state of the project's auth.
/// Every change is an undoable edit of the document.
class EndpointEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)

public:
    explicit EndpointEditor(ProjectDocument *document, QWidget *parent = nullptr);
    void setStream(int streamIndex);
    ParameterTableModel *parameters() const { return m_parameters; }
    /// The project's connection, auth and configuration fields, in a dialog.
    void editConnection();
    /// The selected stream's records path, pagination, incremental cursor and parent, in a dialog.
    void editStreamSettings();
    /// The selected stream's deletions feed, in a dialog.
    void editDeletions();

private:
    void refresh();
    void commitRequest();
    QString authSummary() const;
    static QString pagingSummary(const Stream &stream);
    static QString deletionsSummary(const Stream &stream);

    ProjectDocument *m_document;
    int m_stream = -1;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_group;
    QLabel *m_auth;
    QLabel *m_paging;
    QLabel *m_deletions;
    QLabel *m_tlsWarning;
    ParameterTableModel *m_parameters;
    QTableView *m_table;
    QPushButton *m_addParameter;
    QPushButton *m_removeParameter;
    QPushButton *m_editConnection;
    QPushButton *m_editPaging;
    QPushButton *m_editDeletions;
};

} // namespace cw
