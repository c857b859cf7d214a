// SPDX-License-Identifier: MIT
#include "models/core/schema/inferredschema.h"

#include <algorithm>

namespace cw {

QString toString(JsonKind kind)
{
    switch (kind) {
    case JsonKind::Null: return QStringLiteral("null");
    case JsonKind::Boolean: return QStringLiteral("boolean");
    case JsonKind::Integer: return QStringLiteral("integer");
    case JsonKind::Float: return QStringLiteral("float");
    case JsonKind::String: return QStringLiteral("string");
    case JsonKind::Object: return QStringLiteral("object");
    case JsonKind::Array: return QStringLiteral("array");
    }
    return {};
}

QString toString(ValueFormat format)
{
    switch (format) {
    case ValueFormat::DateTimeOffset: return QStringLiteral("date-time");
    case ValueFormat::DateTimeNaive: return QStringLiteral("date-time-naive");
    case ValueFormat::Date: return QStringLiteral("date");
    case ValueFormat::Time: return QStringLiteral("time");
    case ValueFormat::NumericString: return QStringLiteral("numeric-string");
    case ValueFormat::BooleanString: return QStringLiteral("boolean-string");
    case ValueFormat::Uuid: return QStringLiteral("uuid");
    case ValueFormat::EpochSeconds: return QStringLiteral("epoch-seconds");
    case ValueFormat::EpochMillis: return QStringLiteral("epoch-millis");
    }
    return {};
}

bool PathInfo::allMatch(ValueFormat format) const
{
    const qint64 matched = formatCounts[size_t(format)];
    const bool numeric = format == ValueFormat::EpochSeconds || format == ValueFormat::EpochMillis;
    const qint64 candidates = numeric ? count(JsonKind::Integer) : count(JsonKind::String);
    return candidates > 0 && matched == candidates;
}

QList<ValueFormat> PathInfo::detectedFormats() const
{
    QList<ValueFormat> out;
    for (int i = 0; i < kValueFormatCount; ++i) {
        if (allMatch(ValueFormat(i)))
            out.append(ValueFormat(i));
    }
    return out;
}

QString PathInfo::kindSummary() const
{
    QList<int> order;
    for (int i = 0; i < kJsonKindCount; ++i) {
        if (kindCounts[size_t(i)] > 0)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return kindCounts[size_t(a)] > kindCounts[size_t(b)]; });
    QStringList parts;
    for (const int i : std::as_const(order))
        parts << toString(JsonKind(i)) + u' ' + QString::number(kindCounts[size_t(i)]);
    return parts.join(u", ");
}

JsonValue PathInfo::toJson() const
{
    JsonValue kinds = JsonValue::object();
    for (int i = 0; i < kJsonKindCount; ++i) {
        if (kindCounts[size_t(i)] > 0)
            kinds[toString(JsonKind(i)).toStdString()] = kindCounts[size_t(i)];
    }
    JsonValue formats = JsonValue::array();
    for (const ValueFormat f : detectedFormats())
        formats.push_back(toString(f).toStdString());
    JsonValue out = {
        {"path", path.toStdString()},
        {"types", std::move(kinds)},
        {"presence", presence()},
        {"distinct", distinctEstimate},
        {"distinctExact", distinctExact},
        {"suggestedType", toString(suggestedType).toStdString()},
    };
    if (suggestedType == FivetranType::Decimal) {
        out["precision"] = suggestedPrecision;
        out["scale"] = suggestedScale;
    }
    if (minNumber) {
        out["min"] = *minNumber;
        out["max"] = *maxNumber;
    } else if (count(JsonKind::String) > 0 && !minString.isEmpty()) {
        out["min"] = minString.toStdString();
        out["max"] = maxString.toStdString();
    }
    if (count(JsonKind::String) > 0)
        out["maxLength"] = maxLength;
    if (count(JsonKind::Integer) + count(JsonKind::Float) > 0) {
        out["integerDigits"] = maxIntegerDigits;
        out["fractionDigits"] = maxScale;
    }
    if (bigIntegerCount > 0)
        out["bigIntegers"] = bigIntegerCount;
    if (count(JsonKind::Array) > 0)
        out["maxItems"] = maxArrayLength;
    if (duplicateKeys > 0)
        out["duplicateKeys"] = duplicateKeys;
    if (!formats.empty())
        out["formats"] = std::move(formats);
    JsonValue examplesJson = JsonValue::array();
    for (const QString &e : examples)
        examplesJson.push_back(JsonValue::parse(e.toStdString(), nullptr, false));
    if (!examplesJson.empty())
        out["examples"] = std::move(examplesJson);
    return out;
}

InferredSchema::InferredSchema(qint64 recordCount, QList<PathInfo> paths, QStringList notes)
    : m_recordCount(recordCount)
    , m_paths(std::move(paths))
    , m_notes(std::move(notes))
{
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        m_index.insert(m_paths[i].path, i);
        if (!m_paths[i].path.isEmpty())
            m_children[m_paths[i].parentPath].append(i);
    }
}

const PathInfo *InferredSchema::find(const QString &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_paths[*it];
}

QList<const PathInfo *> InferredSchema::children(const QString &path) const
{
    QList<const PathInfo *> out;
    for (const qsizetype i : m_children.value(path))
        out.append(&m_paths[i]);
    return out;
}

JsonValue InferredSchema::toJson() const
{
    JsonValue paths = JsonValue::array();
    for (const PathInfo &p : m_paths)
        paths.push_back(p.toJson());
    JsonValue notes = JsonValue::array();
    for (const QString &n : m_notes)
        notes.push_back(n.toStdString());
    return {{"records", m_recordCount}, {"paths", std::move(paths)}, {"notes", std::move(notes)}};
}

QString appendPointer(const QString &pointer, const QString &segment)
{
    QString escaped = segment;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QStringList pointerSegments(const QString &pointer)
{
    QStringList out;
    if (pointer.isEmpty())
        return out;
    const QStringList raw = pointer.mid(pointer.startsWith(u'/') ? 1 : 0).split(u'/');
    for (QString segment : raw) {
        segment.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        out.append(segment);
    }
    return out;
}

} // namespace cw
