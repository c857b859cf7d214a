// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableView;
class QThread;
class QTreeView;

namespace cw {

class MappingTreeModel;
class PreviewTableModel;
class SchemaDriftView;
class ProjectDocument;

/// The mapping editor: the selected stream's source fields as inferred from every sample,
/// what each becomes in the destination (flattened columns, a JSON column, a child table, or
/// nothing), names, types, primary key and cursor; below, the destination tables with their
/// rows from the samples and the warnings about the mapping. Every edit is one undoable step
/// and reaches the preview at once.
class MappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingEditor)

public:
    explicit MappingEditor(ProjectDocument *document, QWidget *parent = nullptr);
    ~MappingEditor() override;

    void setStream(int streamIndex);
    QTreeView *view() const { return m_tree; }
    MappingTreeModel *model() const { return m_model; }
    QTabWidget *previewTabs() const { return m_previewTabs; }
    QListWidget *warnings() const { return m_warnings; }
    SchemaDriftView *drift() const { return m_drift; }
    /// True while samples are being read and analysed on a worker thread.
    bool isLoading() const { return m_loading > 0; }

Q_SIGNALS:
    /// The samples of the current stream were (re)analysed.
    void samplesLoaded();

private:
    void reloadSamples();
    void updateHeader();
    void updatePreview();
    void updateWarnings();

    ProjectDocument *m_document;
    MappingTreeModel *m_model;
    QLineEdit *m_tableName;
    QSpinBox *m_depth;
    QLabel *m_info;
    QTreeView *m_tree;
    QTabWidget *m_bottom;
    QTabWidget *m_previewTabs;
    QListWidget *m_warnings;
    SchemaDriftView *m_drift;
    QList<PreviewTableModel *> m_previewModels;
    int m_stream = -1;
    int m_generation = 0;
    int m_loading = 0;
    QString m_loadedKey;   ///< stream name + records path of the samples shown
    QList<QThread *> m_loaders;
};

} // namespace cw
