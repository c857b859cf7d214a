// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include "models/core/project/configtemplate.h"
#include "models/core/project/project.h"
#include "models/core/samples/samplestore.h"

class QUndoStack;

namespace cw {

/// The open project as the GUI sees it: the Project value, its file, its undo stack and the
/// configuration values of this session (secrets included, in memory only).
///
/// Every edit goes through an undo command that swaps whole Project values. Projects are
/// small (kilobytes), so snapshots are cheap and make every edit trivially undoable.
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QString filePath() const { return m_filePath; }
    /// The project's name, or the file's base name, or "Untitled".
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    const ConfigurationValues &configurationValues() const { return m_values; }
    void setConfigurationValue(const QString &key, const QString &value);

    /// Replaces the whole document (open, new, demo): clears the undo history.
    void reset(const Project &project, const QString &filePath, const ConfigurationValues &values = {});
    /// Saves atomically; on success the document becomes unmodified and takes the path.
    bool saveAs(const QString &filePath, QString *error);

    /// Applies an edit as one undoable step named `text`.
    void edit(const Project &after, const QString &text);
    void renameStream(int index, const QString &name);
    void removeStream(int index);
    void duplicateStream(int index);
    /// Appends a stream (its name made unique) and returns its index.
    int addStream(Stream stream);
    /// Adds the streams and configuration fields of an imported project as one undoable step;
    /// stream names are made unique, and the connection is taken only when this project has none.
    /// Returns the number of streams added.
    int addImported(const Project &imported, const QString &source);
    /// Keeps recorded responses (e.g. from a HAR import) as samples: written to the workspace
    /// database now when the project has a file, else when it is first saved. Credential
    /// headers are masked and query strings dropped, since their values are not known here.
    void addSamples(const QList<Sample> &samples);
    int pendingSamples() const { return int(m_pendingSamples.size()); }
    /// Replaces one stream as an undoable step named `text`.
    void setStream(int index, const Stream &stream, const QString &text);

    /// Called by the undo commands only.
    void applySnapshot(const Project &project);

Q_SIGNALS:
    /// The whole document was replaced (new file, open, demo).
    void projectReset();
    /// The project changed through an edit, undo or redo.
    void projectChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    void configurationValuesChanged();
    /// Samples were written to the workspace database.
    void samplesStored(int count);

private:
    void flushSamples();

    Project m_project;
    QString m_filePath;
    ConfigurationValues m_values;
    QList<Sample> m_pendingSamples;
    QUndoStack *m_undoStack;
};

} // namespace cw
