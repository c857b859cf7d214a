// SPDX-License-Identifier: MIT
#include "models/itemmodels/recordpicker.h"

#include <QCoreApplication>

#include "models/itemmodels/projectdocument.h"

namespace cw::RecordPicker {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::RecordPicker)
};

bool validStream(const ProjectDocument &document, int streamIndex)
{
    return streamIndex >= 0 && streamIndex < document.project().streams.size();
}

// Ensures a column for `path` exists and returns its name.
QString ensureColumn(TableMapping &table, const QString &path)
{
    for (const ColumnMapping &column : std::as_const(table.columns)) {
        if (column.path == path)
            return column.name;
    }
    ColumnMapping column;
    column.path = path;
    column.name = columnNameFor(path);
    for (int n = 2; std::any_of(table.columns.cbegin(), table.columns.cend(),
                                [&](const ColumnMapping &c) { return c.name == column.name; });
         ++n)
        column.name = columnNameFor(path) + u'_' + QString::number(n);
    table.columns.append(column);
    return column.name;
}

} // namespace

std::optional<QString> recordRelativePath(const QString &recordsPath, const QString &pointer)
{
    // The pointer must continue the records path with an element index, then the field.
    if (!recordsPath.isEmpty() && !pointer.startsWith(recordsPath + u'/'))
        return std::nullopt;
    const QString rest = pointer.mid(recordsPath.size()); // "/4/address/city"
    const qsizetype fieldStart = rest.indexOf(u'/', 1);
    if (fieldStart < 0)
        return std::nullopt;
    bool isIndex = false;
    rest.mid(1, fieldStart - 1).toLongLong(&isIndex);
    if (!isIndex)
        return std::nullopt;
    return rest.mid(fieldStart);
}

QString columnNameFor(const QString &recordPath)
{
    QStringList parts = recordPath.split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return parts.join(u'_');
}

bool useAsRecords(ProjectDocument &document, int streamIndex, const QString &pointer)
{
    if (!validStream(document, streamIndex))
        return false;
    Stream stream = document.project().streams.at(streamIndex);
    if (stream.recordsPath == pointer)
        return false;
    stream.recordsPath = pointer;
    document.setStream(streamIndex, stream,
                       Tr::tr("Use %1 as the records of %2").arg(pointer.isEmpty() ? Tr::tr("the body") : pointer, stream.name));
    return true;
}

bool useAsPrimaryKey(ProjectDocument &document, int streamIndex, const QString &pointer)
{
    if (!validStream(document, streamIndex))
        return false;
    Stream stream = document.project().streams.at(streamIndex);
    const std::optional<QString> path = recordRelativePath(stream.recordsPath, pointer);
    if (!path)
        return false;
    const QString column = ensureColumn(stream.table, *path);
    stream.table.primaryKey = {column};
    document.setStream(streamIndex, stream, Tr::tr("Use %1 as the primary key of %2").arg(column, stream.table.name));
    return true;
}

bool addToPrimaryKey(ProjectDocument &document, int streamIndex, const QString &pointer)
{
    if (!validStream(document, streamIndex))
        return false;
    Stream stream = document.project().streams.at(streamIndex);
    const std::optional<QString> path = recordRelativePath(stream.recordsPath, pointer);
    if (!path)
        return false;
    const QString column = ensureColumn(stream.table, *path);
    if (stream.table.primaryKey.contains(column))
        return false;
    stream.table.primaryKey.append(column);
    document.setStream(streamIndex, stream, Tr::tr("Add %1 to the primary key of %2").arg(column, stream.table.name));
    return true;
}

bool useAsCursor(ProjectDocument &document, int streamIndex, const QString &pointer)
{
    if (!validStream(document, streamIndex))
        return false;
    Stream stream = document.project().streams.at(streamIndex);
    const std::optional<QString> path = recordRelativePath(stream.recordsPath, pointer);
    if (!path)
        return false;
    // A top-level field is written by name, a nested one as a pointer, as the file format expects.
    const QString field = path->count(u'/') == 1 ? path->mid(1) : *path;
    if (stream.incremental.cursorField == field)
        return false;
    stream.incremental.cursorField = field;
    ensureColumn(stream.table, *path);
    document.setStream(streamIndex, stream, Tr::tr("Use %1 as the cursor of %2").arg(field, stream.name));
    return true;
}

} // namespace cw::RecordPicker
