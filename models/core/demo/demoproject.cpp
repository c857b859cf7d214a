// SPDX-License-Identifier: MIT
#include "models/core/demo/demoproject.h"

#include <initializer_list>

namespace cw {

namespace {

struct Column {
    const char *path;
    const char *name;
    FivetranType type;
};

QList<ColumnMapping> columns(std::initializer_list<Column> list)
{
    QList<ColumnMapping> result;
    for (const Column &c : list) {
        ColumnMapping mapping;
        mapping.path = QLatin1String(c.path);
        mapping.name = QLatin1String(c.name);
        mapping.type = c.type;
        // Money and balances mix integers and decimals; two decimals hold every value.
        if (c.type == FivetranType::Decimal) {
            mapping.precision = 14;
            mapping.scale = 2;
        }
        result.append(mapping);
    }
    return result;
}

NestedMapping nested(const char *path, NestedMode mode, const char *table = "")
{
    return {QLatin1String(path), mode, QLatin1String(table)};
}

Incremental updatedAtCursor()
{
    Incremental incremental;
    incremental.cursorField = QStringLiteral("updated_at");
    incremental.requestParam = QStringLiteral("updated_since");
    incremental.format = QStringLiteral("rfc3339");
    incremental.startConfigKey = QStringLiteral("start_date");
    return incremental;
}

Stream baseStream(const char *name, const char *group, const char *description, const char *path)
{
    Stream stream;
    stream.name = QLatin1String(name);
    stream.group = QLatin1String(group);
    stream.description = QLatin1String(description);
    stream.request.path = QLatin1String(path);
    stream.table.name = stream.name;
    stream.table.primaryKey = {QStringLiteral("id")};
    return stream;
}

// The demo's /deletions feed for one resource: offset pages with a total, since= deleted_at.
Deletions deletionsOf(const char *resource)
{
    Deletions feed;
    feed.path = QStringLiteral("/deletions");
    Parameter which;
    which.name = QStringLiteral("resource");
    which.value = QLatin1String(resource);
    which.required = true;
    feed.parameters = {which};
    feed.recordsPath = QStringLiteral("/data");
    feed.pagination.type = PaginationType::OffsetLimit;
    feed.pagination.offsetParam = QStringLiteral("offset");
    feed.pagination.limitParam = QStringLiteral("limit");
    feed.pagination.totalPath = QStringLiteral("/total");
    feed.incremental.cursorField = QStringLiteral("deleted_at");
    feed.incremental.requestParam = QStringLiteral("since");
    feed.incremental.format = QStringLiteral("rfc3339");
    feed.incremental.startConfigKey = QStringLiteral("start_date");
    return feed;
}

ConfigurationField field(const char *key, const char *label, const char *description, bool secret,
                         const QString &defaultValue = {})
{
    ConfigurationField f;
    f.key = QLatin1String(key);
    f.label = QLatin1String(label);
    f.description = QLatin1String(description);
    f.secret = secret;
    f.required = true;
    f.defaultValue = defaultValue;
    return f;
}

Stream customersStream()
{
    Stream s = baseStream("customers", "Customers", "Customers, paged by offset and limit", "/customers");
    s.recordsPath = QStringLiteral("/data");
    s.pagination.type = PaginationType::OffsetLimit;
    s.pagination.offsetParam = QStringLiteral("offset");
    s.pagination.limitParam = QStringLiteral("limit");
    s.pagination.totalPath = QStringLiteral("/total");
    s.incremental = updatedAtCursor();
    s.deletions = deletionsOf("customers");
    s.table.flattenDepth = 2;  // address.country.code becomes address_country_code
    s.table.columns = columns({
        {"/id", "id", FivetranType::Long},
        {"/name", "name", FivetranType::String},
        {"/email", "email", FivetranType::String},
        {"/created_at", "created_at", FivetranType::UtcDateTime},
        {"/updated_at", "updated_at", FivetranType::UtcDateTime},
        {"/balance", "balance", FivetranType::Decimal},
        {"/tier", "tier", FivetranType::String},
        {"/address/street", "address_street", FivetranType::String},
        {"/address/city", "address_city", FivetranType::String},
        {"/address/postal_code", "address_postal_code", FivetranType::String},
        {"/address/country/code", "address_country_code", FivetranType::String},
        {"/address/country/name", "address_country_name", FivetranType::String},
        {"/tags", "tags", FivetranType::Json},
        {"/signup_date", "signup_date", FivetranType::NaiveDate},
        {"/last_login", "last_login", FivetranType::Long},  // epoch seconds
    });
    s.table.nested = {nested("/tags", NestedMode::JsonColumn)};
    return s;
}

Stream notesStream()
{
    Stream s = baseStream("customer_notes", "Customers", "Notes of each customer (child of customers, not paginated)",
                          "/customers/{customer_id}/notes");
    Parameter customerId;
    customerId.name = QStringLiteral("customer_id");
    customerId.in = QStringLiteral("path");
    customerId.required = true;
    customerId.description = QStringLiteral("Filled from each customer's id");
    s.request.parameters = {customerId};
    s.recordsPath = QStringLiteral("/notes");
    s.parent = {QStringLiteral("customers"), QStringLiteral("/id"), QStringLiteral("customer_id")};
    s.table.columns = columns({
        {"/id", "id", FivetranType::Long},
        {"/customer_id", "customer_id", FivetranType::Long},
        {"/created_at", "created_at", FivetranType::UtcDateTime},
        {"/author/name", "author_name", FivetranType::String},
        {"/author/role", "author_role", FivetranType::String},
        {"/body", "body", FivetranType::String},
        {"/pinned", "pinned", FivetranType::Boolean},
    });
    return s;
}

Stream productsStream()
{
    Stream s = baseStream("products", "Catalog", "Products: a bare JSON array, pages linked by the Link header",
                          "/products");
    s.pagination.type = PaginationType::LinkHeader;
    s.pagination.pageParam = QStringLiteral("page");
    s.pagination.limitParam = QStringLiteral("per_page");
    s.pagination.firstPage = 1;
    s.incremental = updatedAtCursor();
    s.deletions = deletionsOf("products");
    s.table.flattenDepth = 2;
    s.table.columns = columns({
        {"/id", "id", FivetranType::Long},
        {"/sku", "sku", FivetranType::String},
        {"/name", "name", FivetranType::String},
        {"/price", "price", FivetranType::Decimal},
        {"/currency", "currency", FivetranType::String},
        {"/stock", "stock", FivetranType::Int},
        {"/active", "active", FivetranType::Boolean},
        {"/dimensions/width_cm", "dimensions_width_cm", FivetranType::Double},
        {"/dimensions/height_cm", "dimensions_height_cm", FivetranType::Double},
        {"/dimensions/depth_cm", "dimensions_depth_cm", FivetranType::Double},
        {"/dimensions/weight/value", "dimensions_weight_value", FivetranType::Double},
        {"/dimensions/weight/unit", "dimensions_weight_unit", FivetranType::String},
        {"/updated_at", "updated_at", FivetranType::UtcDateTime},
    });
    return s;
}

Stream ordersStream()
{
    Stream s = baseStream("orders", "Orders", "Orders, paged by an opaque cursor", "/orders");
    s.recordsPath = QStringLiteral("/orders");
    s.pagination.type = PaginationType::CursorToken;
    s.pagination.limitParam = QStringLiteral("limit");
    s.pagination.cursorParam = QStringLiteral("cursor");
    s.pagination.cursorPath = QStringLiteral("/next_cursor");
    s.pagination.hasMorePath = QStringLiteral("/has_more");
    s.incremental = updatedAtCursor();
    s.deletions = deletionsOf("orders");
    s.table.columns = columns({
        {"/id", "id", FivetranType::Long},
        {"/customer/id", "customer_id", FivetranType::Long},
        {"/customer/name", "customer_name", FivetranType::String},
        {"/customer/address", "customer_address", FivetranType::Json},
        {"/status", "status", FivetranType::String},
        {"/total", "total", FivetranType::Decimal},
        {"/placed_at", "placed_at", FivetranType::Long},  // epoch seconds
        {"/updated_at", "updated_at", FivetranType::UtcDateTime},
        {"/metadata", "metadata", FivetranType::Json},
    });
    // Line items get their own table; the deep metadata stays one JSON column.
    s.table.nested = {
        nested("/line_items", NestedMode::ChildTable, "order_line_items"),
        nested("/customer/address", NestedMode::JsonColumn),
        nested("/metadata", NestedMode::JsonColumn),
    };
    return s;
}

Stream eventsStream()
{
    Stream s = baseStream("events", "Events", "Events, following the relative next URL in the body", "/events");
    s.recordsPath = QStringLiteral("/events");
    s.pagination.type = PaginationType::NextUrl;
    s.pagination.limitParam = QStringLiteral("limit");
    s.pagination.nextUrlPath = QStringLiteral("/next");
    s.incremental = updatedAtCursor();
    s.deletions = deletionsOf("events");
    s.table.columns = columns({
        {"/id", "id", FivetranType::Long},
        {"/type", "type", FivetranType::String},
        {"/occurred_at", "occurred_at", FivetranType::Long},  // epoch milliseconds
        {"/updated_at", "updated_at", FivetranType::UtcDateTime},
        {"/payload", "payload", FivetranType::Json},
    });
    s.table.nested = {nested("/payload", NestedMode::JsonColumn)};
    return s;
}

} // namespace

Project makeDemoProject(const QString &baseUrl)
{
    Project project;
    project.name = QStringLiteral("Acme Shop (demo)");
    project.description = QStringLiteral(
        "The built-in demo API (cwb demo-server): customers with offset paging, products with Link "
        "headers, orders with a cursor, events with next URLs, and notes per customer.");
    project.configuration = {
        field("base_url", "Base URL", "Where the demo server listens", false, baseUrl),
        field("api_token", "API token", "Bearer token of the demo server, as set by cwb demo-server --token", true),
        field("start_date", "Start date", "Initial sync fetches records updated since then (RFC 3339)", false,
              QStringLiteral("2024-01-01T00:00:00Z")),
    };
    project.connection.baseUrl = QStringLiteral("{{ config.base_url }}");
    project.connection.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
    project.connection.auth.type = AuthType::Bearer;
    project.connection.auth.token = QStringLiteral("{{ config.api_token }}");
    project.streams = {customersStream(), notesStream(), productsStream(), ordersStream(), eventsStream()};
    return project;
}

} // namespace cw
