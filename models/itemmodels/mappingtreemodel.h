// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QAbstractItemModel>
#include <QHash>

#include "models/core/schema/mappingplan.h"
#include "models/itemmodels/streamsamples.h"

namespace cw {

class ProjectDocument;

/// The mapping editor's tree: every source path the samples showed, with what was observed
/// there (types, nulls, an example) and what the mapping makes of it (flattened into columns,
/// one JSON column, a child table, or skipped; the destination name and type; primary key and
/// cursor). The destination side comes from MappingPlan, the same resolution the sync engine
/// and the code generator use, so the tree never shows a name the warehouse will not have.
///
/// Edits go through ProjectDocument::setStream as undoable steps, written as explicit
/// ColumnMapping / NestedMapping entries of the stream's TableMapping.
class MappingTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTreeModel)

public:
    enum Column { FieldColumn, ObservedColumn, NullsColumn, ExampleColumn, ModeColumn, NameColumn, TypeColumn,
                  KeyColumn, CursorColumn, ColumnCount };
    enum Role {
        KindCountsRole = Qt::UserRole + 1, ///< QVariantList of the 7 JsonKind counts (ObservedColumn)
        PathRole,                          ///< the JSON pointer of the row
        ModeChoicesRole,                   ///< QStringList of the modes this row can take (ModeColumn)
        TableRole                          ///< destination table of the row, "" when none
    };
    /// Mode names, as shown and as accepted by setData on ModeColumn.
    static QString modeColumn() { return tr("Column"); }
    static QString modeFlatten() { return tr("Flatten"); }
    static QString modeJson() { return tr("JSON"); }
    static QString modeChildTable() { return tr("Child table"); }
    static QString modeSkip() { return tr("Skip"); }

    explicit MappingTreeModel(ProjectDocument *document, QObject *parent = nullptr);
    ~MappingTreeModel() override;

    void setStream(int streamIndex);
    int streamIndex() const { return m_stream; }
    /// New samples: the tree follows their paths (a reset: paths may come and go).
    void setSamples(std::shared_ptr<const StreamSamples> samples);
    std::shared_ptr<const StreamSamples> samples() const { return m_samples; }
    /// The current resolution of the mapping (rebuilt on every edit).
    const MappingPlan &plan() const { return m_plan; }
    QModelIndex indexForPath(const QString &path, int column = FieldColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The plan changed (an edit, undo, new samples): the preview and warnings follow.
    void planChanged();

private:
    struct Node {
        const PathInfo *info = nullptr;
        int parent = -1;        ///< index into m_nodes; -1: top level
        int row = 0;            ///< row under its parent
        QList<int> children;
    };
    /// Where the plan puts one source path.
    struct Placement {
        int table = -1;         ///< the table holding its column, or the child table it becomes
        int column = -1;        ///< its column in that table; -1 when it has none
        bool childTable = false;
    };
    void rebuildTree();
    void rebuildPlan();
    void refreshAll();
    QString modeOf(const Node &node) const;
    QStringList modeChoices(const Node &node) const;
    bool isUnderJsonOrSkip(const Node &node) const;
    const Stream *stream() const;
    const ColumnMapping *explicitColumn(const QString &path) const;
    bool applyMode(const Node &node, const QString &mode);
    bool applyName(const Node &node, const QString &name);
    bool applyType(const Node &node, const QString &typeName);
    bool applyKey(const Node &node, bool on);
    bool applyCursor(const Node &node, bool on);
    ColumnMapping &columnEntry(Stream &stream, const Node &node) const;

    ProjectDocument *m_document;
    int m_stream = -1;
    std::shared_ptr<const StreamSamples> m_samples;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<QString, int> m_nodeByPath;
    MappingPlan m_plan;
    QHash<QString, Placement> m_placements;  ///< by absolute source path (with * for elements)
};

} // namespace cw
