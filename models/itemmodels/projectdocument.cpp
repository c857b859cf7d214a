// SPDX-License-Identifier: MIT
#include "models/itemmodels/projectdocument.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include "models/core/project/projectfile.h"

namespace cw {

namespace {

class SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(ProjectDocument *document, Project before, Project after, const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }
    void undo() override { m_document->applySnapshot(m_before); }
    void redo() override { m_document->applySnapshot(m_after); }
    // One id for every mergeable snapshot; mergeWith then compares the keys, so that only
    // consecutive edits of the same field (typing a name) become one step.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x6377; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SnapshotCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ProjectDocument *m_document;
    Project m_before;
    Project m_after;
    QString m_mergeKey;
};

QString uniqueStreamName(const Project &project, const QString &wanted)
{
    if (!project.stream(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = wanted + u'_' + QString::number(n);
        if (!project.stream(candidate))
            return candidate;
    }
}

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::displayName() const
{
    if (!m_project.name.isEmpty())
        return m_project.name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::setConfigurationValue(const QString &key, const QString &value)
{
    if (m_values.value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    Q_EMIT configurationValuesChanged();
}

void ProjectDocument::reset(const Project &project, const QString &filePath, const ConfigurationValues &values)
{
    const bool wasModified = isModified();
    m_undoStack->clear();
    m_pendingSamples.clear();
    m_project = project;
    m_values = values;
    for (const ConfigurationField &field : project.configuration) {
        if (!field.secret && !field.defaultValue.isEmpty() && !m_values.contains(field.key))
            m_values.insert(field.key, field.defaultValue);
    }
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT projectReset();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

bool ProjectDocument::saveAs(const QString &filePath, QString *error)
{
    if (!ProjectFile::save(m_project, filePath, error))
        return false;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        flushSamples();
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    return true;
}

void ProjectDocument::edit(const Project &after, const QString &text, const QString &mergeKey)
{
    if (after == m_project)
        return;
    m_undoStack->push(new SnapshotCommand(this, m_project, after, text, mergeKey));
}

void ProjectDocument::renameStream(int index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (index < 0 || index >= m_project.streams.size() || trimmed.isEmpty())
        return;
    Project after = m_project;
    const QString old = after.streams[index].name;
    if (old == trimmed)
        return;
    after.streams[index].name = uniqueStreamName(m_project, trimmed);
    for (Stream &stream : after.streams) {
        if (stream.parent.stream == old)
            stream.parent.stream = after.streams[index].name;
    }
    edit(after, tr("Rename stream %1 to %2").arg(old, after.streams[index].name));
}

void ProjectDocument::removeStream(int index)
{
    if (index < 0 || index >= m_project.streams.size())
        return;
    Project after = m_project;
    const QString name = after.streams.takeAt(index).name;
    edit(after, tr("Delete stream %1").arg(name));
}

void ProjectDocument::duplicateStream(int index)
{
    if (index < 0 || index >= m_project.streams.size())
        return;
    Project after = m_project;
    Stream copy = after.streams[index];
    copy.name = uniqueStreamName(m_project, copy.name + QStringLiteral("_copy"));
    copy.table.name = copy.name;
    after.streams.insert(index + 1, copy);
    edit(after, tr("Duplicate stream %1").arg(m_project.streams[index].name));
}

int ProjectDocument::addStream(Stream stream)
{
    Project after = m_project;
    stream.name = uniqueStreamName(m_project, stream.name.trimmed().isEmpty() ? QStringLiteral("stream") : stream.name.trimmed());
    if (stream.table.name.isEmpty())
        stream.table.name = stream.name;
    after.streams.append(stream);
    edit(after, tr("Add stream %1").arg(stream.name));
    return int(m_project.streams.size()) - 1;
}

int ProjectDocument::addImported(const Project &imported, const QString &source)
{
    Project after = m_project;
    if (after.connection.baseUrl.isEmpty())
        after.connection = imported.connection;
    for (const ConfigurationField &field : imported.configuration) {
        if (!after.configurationField(field.key))
            after.configuration.append(field);
    }
    for (Stream stream : imported.streams) {
        const QString original = stream.name;
        stream.name = uniqueStreamName(after, stream.name);
        if (stream.table.name == original || stream.table.name.isEmpty())
            stream.table.name = stream.name;
        after.streams.append(stream);
    }
    if (after.name.isEmpty() || after.name == tr("Untitled"))
        after.name = imported.name;
    const int added = int(imported.streams.size());
    edit(after, tr("Import %n endpoint(s) from %1", nullptr, added).arg(source));
    return added;
}

void ProjectDocument::addSamples(const QList<Sample> &samples)
{
    for (Sample sample : samples) {
        for (auto &[name, value] : sample.headers) {
            if (isCredentialHeader(name, m_project))
                value = "***";
        }
        const qsizetype query = sample.url.indexOf(u'?');
        if (query >= 0)
            sample.url = sample.url.left(query) + QStringLiteral("?…");
        m_pendingSamples.append(sample);
    }
    if (!m_filePath.isEmpty())
        flushSamples();
    Q_EMIT samplesChanged();
}

void ProjectDocument::keepSample(const Sample &sample)
{
    m_pendingSamples.append(sample);
    if (!m_filePath.isEmpty())
        flushSamples();
    Q_EMIT samplesChanged();
}

QList<Sample> ProjectDocument::pendingSamplesOf(const QString &stream) const
{
    QList<Sample> result;
    for (const Sample &sample : m_pendingSamples) {
        if (sample.stream == stream)
            result.append(sample);
    }
    return result;
}

void ProjectDocument::flushSamples()
{
    if (m_pendingSamples.isEmpty() || m_filePath.isEmpty())
        return;
    SampleStore store;
    if (!store.open(SampleStore::pathForProject(m_filePath)))
        return; // kept pending; the next save tries again
    int stored = 0;
    for (const Sample &sample : std::as_const(m_pendingSamples))
        stored += store.add(sample) > 0 ? 1 : 0;
    m_pendingSamples.clear();
    Q_EMIT samplesStored(stored);
}

void ProjectDocument::setStream(int index, const Stream &stream, const QString &text, const QString &mergeKey)
{
    if (index < 0 || index >= m_project.streams.size())
        return;
    Project after = m_project;
    after.streams[index] = stream;
    edit(after, text, mergeKey);
}

void ProjectDocument::applySnapshot(const Project &project)
{
    m_project = project;
    Q_EMIT projectChanged();
}

} // namespace cw
