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
    /// Consecutive edits with the same non-empty `mergeKey` (e.g. "table-name/3" while the user
    /// types a name) merge into one undo step.
    void edit(const Project &after, const QString &text, const QString &mergeKey = {});
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
    /// Keeps a page fetched in this session (already redacted by makeSample) as a sample: in
    /// memory while the project has no file, written with the other pending samples on save.
    void keepSample(const Sample &sample);
    /// The samples of `stream` not yet written to the workspace database, oldest first.
    QList<Sample> pendingSamplesOf(const QString &stream) const;
    /// Someone else (a fetch session) wrote samples to the workspace database.
    void noteSamplesWritten() { Q_EMIT samplesChanged(); }
    /// Replaces one stream as an undoable step named `text`.
    void setStream(int index, const Stream &stream, const QString &text, const QString &mergeKey = {});

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
    /// Samples were added, in memory or in the workspace database (the mapping re-infers).
    void samplesChanged();

private:
    void flushSamples();

    Project m_project;
    QString m_filePath;
    ConfigurationValues m_values;
    QList<Sample> m_pendingSamples;
    QUndoStack *m_undoStack;
};

} // namespace cw
