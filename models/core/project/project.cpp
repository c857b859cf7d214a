// SPDX-License-Identifier: MIT
#include "models/core/project/project.h"

#include <array>
#include <utility>

namespace cw {

namespace {

// One table per enum keeps the spelling used in the file format in a single place.
template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table) {
        if (text == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AuthType, const char *>, 5> kAuthTypes{{
    {AuthType::None, "none"},
    {AuthType::ApiKey, "apiKey"},
    {AuthType::Bearer, "bearer"},
    {AuthType::Basic, "basic"},
    {AuthType::OAuth2ClientCredentials, "oauth2ClientCredentials"},
}};

constexpr std::array<std::pair<PaginationType, const char *>, 6> kPaginationTypes{{
    {PaginationType::None, "none"},
    {PaginationType::OffsetLimit, "offset"},
    {PaginationType::PageNumber, "page"},
    {PaginationType::CursorToken, "cursor"},
    {PaginationType::NextUrl, "nextUrl"},
    {PaginationType::LinkHeader, "linkHeader"},
}};

constexpr std::array<std::pair<NestedMode, const char *>, 3> kNestedModes{{
    {NestedMode::Flatten, "flatten"},
    {NestedMode::JsonColumn, "json"},
    {NestedMode::ChildTable, "childTable"},
}};

constexpr std::array<std::pair<FivetranType, const char *>, 15> kFivetranTypes{{
    {FivetranType::Unspecified, ""},
    {FivetranType::Boolean, "BOOLEAN"},
    {FivetranType::Short, "SHORT"},
    {FivetranType::Int, "INT"},
    {FivetranType::Long, "LONG"},
    {FivetranType::Decimal, "DECIMAL"},
    {FivetranType::Float, "FLOAT"},
    {FivetranType::Double, "DOUBLE"},
    {FivetranType::NaiveDate, "NAIVE_DATE"},
    {FivetranType::NaiveDateTime, "NAIVE_DATETIME"},
    {FivetranType::UtcDateTime, "UTC_DATETIME"},
    {FivetranType::Binary, "BINARY"},
    {FivetranType::Xml, "XML"},
    {FivetranType::String, "STRING"},
    {FivetranType::Json, "JSON"},
}};

} // namespace

const Stream *Project::stream(const QString &streamName) const
{
    for (const Stream &s : streams) {
        if (s.name == streamName)
            return &s;
    }
    return nullptr;
}

const ConfigurationField *Project::configurationField(const QString &key) const
{
    for (const ConfigurationField &f : configuration) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

Stream deletionsFeedStream(const Stream &stream)
{
    Stream feed;
    feed.name = stream.name + QStringLiteral(" deletions");
    feed.group = stream.group;
    feed.request.method = QStringLiteral("GET");
    feed.request.path = stream.deletions.path;
    feed.request.parameters = stream.deletions.parameters;
    feed.recordsPath = stream.deletions.recordsPath;
    feed.pagination = stream.deletions.pagination;
    feed.incremental = stream.deletions.incremental;
    return feed;
}

QString toString(AuthType type) { return nameOf(kAuthTypes, type); }
std::optional<AuthType> authTypeFromString(const QString &text) { return valueOf(kAuthTypes, text); }
QString toString(PaginationType type) { return nameOf(kPaginationTypes, type); }
std::optional<PaginationType> paginationTypeFromString(const QString &text) { return valueOf(kPaginationTypes, text); }
QString toString(NestedMode mode) { return nameOf(kNestedModes, mode); }
std::optional<NestedMode> nestedModeFromString(const QString &text) { return valueOf(kNestedModes, text); }
QString toString(FivetranType type) { return nameOf(kFivetranTypes, type); }
std::optional<FivetranType> fivetranTypeFromString(const QString &text) { return valueOf(kFivetranTypes, text); }

} // namespace cw
