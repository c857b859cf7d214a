// SPDX-License-Identifier: MIT
#include "models/itemmodels/parametertablemodel.h"

#include "models/itemmodels/projectdocument.h"

namespace cw {

namespace {
const QStringList kLocations{QStringLiteral("query"), QStringLiteral("path"), QStringLiteral("header")};
} // namespace

ParameterTableModel::ParameterTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, [this] { setStreamIndex(-1); });
    connect(document, &ProjectDocument::projectChanged, this, &ParameterTableModel::refresh);
}

int ParameterTableModel::parametersInStream() const
{
    const QList<Stream> &streams = m_document->project().streams;
    if (m_streamIndex < 0 || m_streamIndex >= streams.size())
        return 0;
    return int(streams[m_streamIndex].request.parameters.size());
}

void ParameterTableModel::setStreamIndex(int streamIndex)
{
    beginResetModel();
    m_streamIndex = streamIndex;
    m_rows = parametersInStream();
    endResetModel();
}

void ParameterTableModel::refresh()
{
    if (m_streamIndex >= m_document->project().streams.size()) {
        setStreamIndex(-1);
        return;
    }
    const int rows = parametersInStream();
    if (rows != m_rows) {
        setStreamIndex(m_streamIndex);
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

int ParameterTableModel::addParameter()
{
    if (m_streamIndex < 0 || m_streamIndex >= m_document->project().streams.size())
        return -1;
    Project after = m_document->project();
    Request &request = after.streams[m_streamIndex].request;
    QString name = QStringLiteral("param");
    for (int n = 2; std::any_of(request.parameters.cbegin(), request.parameters.cend(),
                                [&](const Parameter &p) { return p.name == name; });
         ++n)
        name = QStringLiteral("param%1").arg(n);
    Parameter parameter;
    parameter.name = name;
    request.parameters.append(parameter);
    m_document->edit(after, tr("Add parameter %1").arg(name));
    return int(request.parameters.size()) - 1;
}

void ParameterTableModel::removeParameter(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    Project after = m_document->project();
    const QString name = after.streams[m_streamIndex].request.parameters.takeAt(row).name;
    m_document->edit(after, tr("Remove parameter %1").arg(name));
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Parameter &p = m_document->project().streams.at(m_streamIndex).request.parameters.at(index.row());
    if (role == AllowedValuesRole) {
        if (index.column() == InColumn)
            return kLocations;
        return index.column() == ValueColumn ? p.enumValues : QStringList();
    }
    if (role == Qt::ToolTipRole)
        return p.description.isEmpty() ? QVariant() : QVariant(p.description);
    if (index.column() == RequiredColumn)
        return role == Qt::CheckStateRole ? QVariant(p.required ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case InColumn:
        return p.in;
    case ValueColumn:
        return p.value;
    case DescriptionColumn:
        return p.description;
    default:
        return {};
    }
}

bool ParameterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    Project after = m_document->project();
    Parameter &p = after.streams[m_streamIndex].request.parameters[index.row()];
    const QString text = value.toString();
    QString undoText;
    switch (index.column()) {
    case NameColumn:
        if (role != Qt::EditRole || text.trimmed().isEmpty() || text.trimmed() == p.name)
            return false;
        undoText = tr("Rename parameter %1 to %2").arg(p.name, text.trimmed());
        p.name = text.trimmed();
        break;
    case InColumn:
        if (role != Qt::EditRole || !kLocations.contains(text) || text == p.in)
            return false;
        undoText = tr("Send %1 in the %2").arg(p.name, text);
        p.in = text;
        break;
    case ValueColumn:
        if (role != Qt::EditRole || text == p.value)
            return false;
        undoText = tr("Set %1 to \"%2\"").arg(p.name, text);
        p.value = text;
        break;
    case RequiredColumn:
        if (role != Qt::CheckStateRole)
            return false;
        p.required = value.toInt() == Qt::Checked;
        undoText = tr("Change whether %1 is required").arg(p.name);
        break;
    case DescriptionColumn:
        if (role != Qt::EditRole || text == p.description)
            return false;
        p.description = text;
        undoText = tr("Describe %1").arg(p.name);
        break;
    default:
        return false;
    }
    m_document->edit(after, undoText);
    return true;
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == RequiredColumn ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case InColumn:
        return tr("In");
    case ValueColumn:
        return tr("Value");
    case RequiredColumn:
        return tr("Required");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace cw
