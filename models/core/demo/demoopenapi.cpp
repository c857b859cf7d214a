// SPDX-License-Identifier: MIT
#include "models/core/demo/demoopenapi.h"

#include <initializer_list>
#include <utility>

namespace cw {

namespace {

using Json = nlohmann::ordered_json;

Json ref(const char *schema)
{
    return {{"$ref", std::string("#/components/schemas/") + schema}};
}

Json type(const char *name, const char *description = nullptr)
{
    Json schema{{"type", name}};
    if (description)
        schema["description"] = description;
    return schema;
}

Json int64(const char *description = nullptr)
{
    Json schema{{"type", "integer"}, {"format", "int64"}};
    if (description)
        schema["description"] = description;
    return schema;
}

Json dateTime(const char *description)
{
    return {{"type", "string"}, {"format", "date-time"}, {"description", description}};
}

Json enumOf(std::initializer_list<const char *> values)
{
    Json list = Json::array();
    for (const char *v : values)
        list.push_back(v);
    return {{"type", "string"}, {"enum", list}};
}

Json nullable(Json schema)
{
    schema["nullable"] = true;
    return schema;
}

Json arrayOf(Json items)
{
    return {{"type", "array"}, {"items", std::move(items)}};
}

/// An object whose properties are all required: every demo record always has every key,
/// possibly with a null value.
Json object(std::initializer_list<std::pair<const char *, Json>> properties)
{
    Json props = Json::object();
    Json required = Json::array();
    for (const auto &[name, schema] : properties) {
        props[name] = schema;
        required.push_back(name);
    }
    return {{"type", "object"}, {"required", required}, {"properties", props}};
}

Json paramRef(const char *name)
{
    return {{"$ref", std::string("#/components/parameters/") + name}};
}

Json responseRef(const char *name)
{
    return {{"$ref", std::string("#/components/responses/") + name}};
}

Json headerRef(const char *name)
{
    return {{"$ref", std::string("#/components/headers/") + name}};
}

Json queryParam(const char *name, const char *description, Json schema, bool required = false)
{
    return {{"name", name}, {"in", "query"}, {"description", description}, {"required", required},
            {"schema", std::move(schema)}};
}

Json intSchema(qint64 minimum, qint64 maximum, qint64 defaultValue)
{
    return {{"type", "integer"}, {"minimum", minimum}, {"maximum", maximum}, {"default", defaultValue}};
}

Json jsonContent(Json schema)
{
    return {{"application/json", {{"schema", std::move(schema)}}}};
}

Json rateLimitHeaders()
{
    return {{"X-RateLimit-Limit", headerRef("X-RateLimit-Limit")},
            {"X-RateLimit-Remaining", headerRef("X-RateLimit-Remaining")},
            {"X-RateLimit-Reset", headerRef("X-RateLimit-Reset")}};
}

/// The error responses every data endpoint can give, plus its 200.
Json dataResponses(Json ok)
{
    return {{"200", std::move(ok)},
            {"400", responseRef("BadRequest")},
            {"401", responseRef("Unauthorized")},
            {"429", responseRef("TooManyRequests")},
            {"500", responseRef("InternalError")},
            {"502", responseRef("BadGateway")},
            {"503", responseRef("ServiceUnavailable")}};
}

Json okResponse(const char *description, Json schema, Json headers = rateLimitHeaders())
{
    return {{"description", description}, {"headers", std::move(headers)}, {"content", jsonContent(std::move(schema))}};
}

Json dataParameters(std::initializer_list<const char *> names)
{
    Json list = Json::array();
    for (const char *name : names)
        list.push_back(paramRef(name));
    list.push_back(paramRef("fault"));
    list.push_back(paramRef("fault_delay_ms"));
    return list;
}

Json listOperation(const char *id, const char *summary, const char *tag, Json parameters, Json ok)
{
    return {{"get", {{"operationId", id}, {"summary", summary}, {"tags", Json::array({tag})},
                     {"parameters", std::move(parameters)}, {"responses", dataResponses(std::move(ok))}}}};
}

Json schemas()
{
    Json s;
    s["Error"] = object({{"error", type("string", "What went wrong; names the parameter for 400")},
                         {"status", type("integer", "The HTTP status code")}});
    s["Country"] = object({{"code", type("string", "ISO 3166-1 alpha-2")}, {"name", type("string")}});
    s["Address"] = object({{"street", type("string")}, {"city", type("string")},
                           {"postal_code", type("string", "Digits kept as text (leading zeros)")},
                           {"country", ref("Country")}});
    s["Customer"] = object({
        {"id", int64()},
        {"name", type("string")},
        {"email", nullable({{"type", "string"}, {"format", "email"}})},
        {"created_at", dateTime("RFC 3339 with a UTC offset such as +02:00, sometimes with milliseconds")},
        {"updated_at", dateTime("RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ); the incremental cursor")},
        {"balance", type("number", "Integer or decimal (12 or 12.5)")},
        {"tier", enumOf({"free", "basic", "pro", "enterprise"})},
        {"address", ref("Address")},
        {"tags", arrayOf(type("string"))},
        {"signup_date", {{"type", "string"}, {"format", "date"}}},
        {"last_login", nullable(int64("Unix epoch seconds"))},
    });
    s["Dimensions"] = nullable(object({
        {"width_cm", type("number")},
        {"height_cm", type("number")},
        {"depth_cm", type("number")},
        {"weight", object({{"value", type("number")}, {"unit", enumOf({"kg"})}})},
    }));
    s["Product"] = object({
        {"id", int64()},
        {"sku", type("string")},
        {"name", type("string")},
        {"price", type("number", "Integer or decimal; always integer for JPY")},
        {"currency", enumOf({"EUR", "USD", "JPY", "GBP"})},
        {"stock", type("integer")},
        {"active", type("boolean")},
        {"dimensions", ref("Dimensions")},
        {"updated_at", dateTime("RFC 3339 UTC; the incremental cursor")},
    });
    s["OrderCustomer"] = object({{"id", int64()}, {"name", type("string")}, {"address", ref("Address")}});
    s["LineItem"] = object({
        {"line", type("integer", "1-based line number")},
        {"product_id", int64()},
        {"quantity", type("integer")},
        {"unit_price", type("number")},
        {"discount", nullable(type("number"))},
    });
    const Json tracking = object({
        {"click_id", type("string")},
        {"ts_ms", int64("Unix epoch milliseconds")},
        {"flags", object({{"test", type("boolean")}, {"gift", type("boolean")}})},
    });
    const Json utm = object({{"source", type("string")}, {"medium", type("string")}, {"tracking", tracking}});
    const Json campaign = object({{"id", type("string")}, {"utm", utm}});
    s["OrderMetadata"] = object({
        {"source", enumOf({"web", "mobile", "pos", "api"})},
        {"ip", {{"type", "string"}, {"format", "ipv4"}}},
        {"channel", object({{"name", type("string")}, {"campaign", campaign}})},
        {"note", nullable(type("string"))},
    });
    s["Order"] = object({
        {"id", int64()},
        {"customer", ref("OrderCustomer")},
        {"status", enumOf({"pending", "paid", "shipped", "delivered", "cancelled", "refunded"})},
        {"line_items", arrayOf(ref("LineItem"))},
        {"total", type("number")},
        {"placed_at", int64("Unix epoch seconds")},
        {"updated_at", dateTime("RFC 3339 UTC; the incremental cursor")},
        {"metadata", ref("OrderMetadata")},
    });
    const Json device = object({
        {"os", type("string")},
        {"browser", type("string")},
        {"screen", object({{"width", type("integer")}, {"height", type("integer")}})},
    });
    s["EventPayload"] = object({
        {"session", object({{"id", type("string")}, {"device", device}})},
        {"customer_id", nullable(int64())},
        {"value", nullable(type("number"))},
        {"labels", arrayOf(type("string"))},
        {"message", type("string", "May contain control characters (escaped)")},
    });
    s["Event"] = object({
        {"id", int64()},
        {"type", enumOf({"page_view", "click", "signup", "purchase", "logout", "error"})},
        {"occurred_at", int64("Unix epoch milliseconds")},
        {"updated_at", dateTime("RFC 3339 UTC; the incremental cursor")},
        {"payload", ref("EventPayload")},
    });
    s["Note"] = object({
        {"id", int64()},
        {"customer_id", int64()},
        {"created_at", dateTime("RFC 3339 UTC")},
        {"author", nullable(object({{"name", type("string")}, {"role", enumOf({"support", "sales", "billing"})}}))},
        {"body", type("string")},
        {"pinned", type("boolean")},
    });
    s["Deletion"] = object({
        {"resource", enumOf({"customers", "products", "orders", "events"})},
        {"id", int64()},
        {"deleted_at", dateTime("RFC 3339 UTC")},
    });
    s["CustomersPage"] = object({
        {"data", arrayOf(ref("Customer"))},
        {"offset", int64()},
        {"limit", type("integer")},
        {"total", int64("Number of records matching the filter")},
    });
    s["OrdersPage"] = object({
        {"orders", arrayOf(ref("Order"))},
        {"has_more", type("boolean")},
        {"next_cursor", nullable(type("string", "Opaque; pass as cursor. null on the last page"))},
    });
    s["EventsPage"] = object({
        {"events", arrayOf(ref("Event"))},
        {"next", nullable(type("string", "Relative URL of the next page keeping the other parameters; null on the last page"))},
    });
    s["NotesList"] = object({{"notes", arrayOf(ref("Note"))}});
    s["DeletionsPage"] = object({
        {"data", arrayOf(ref("Deletion"))},
        {"offset", int64()},
        {"limit", type("integer")},
        {"total", int64()},
    });
    s["Health"] = object({{"status", enumOf({"ok"})}, {"name", type("string")}});
    const Json counts = object({{"updated", int64()}, {"created", int64()}, {"deleted", int64()}});
    s["AdvanceResult"] = object({
        {"epoch", type("integer")},
        {"epochs", type("integer")},
        {"now", dateTime("The simulated clock")},
        {"updated", int64()},
        {"created", int64()},
        {"deleted", int64()},
        {"resources", object({{"customers", counts}, {"products", counts}, {"orders", counts}, {"events", counts}})},
    });
    const Json state = object({{"live", int64()}, {"max_id", int64()}, {"changed", int64()}, {"deleted", int64()}});
    s["AdminState"] = object({
        {"epoch", type("integer")},
        {"now", dateTime("The simulated clock")},
        {"seed", int64()},
        {"records", int64("Records per resource at epoch 0")},
        {"requests", int64("Data requests counted for fault injection")},
        {"resources", object({{"customers", state}, {"products", state}, {"orders", state}, {"events", state}})},
    });
    return s;
}

Json parameters()
{
    Json p;
    p["limit"] = queryParam("limit", "Page size", intSchema(1, 1000, 100));
    p["offset"] = queryParam("offset", "Number of matching records to skip", intSchema(0, INT64_MAX, 0));
    p["page"] = queryParam("page", "1-based page number", intSchema(1, INT64_MAX, 1));
    p["per_page"] = queryParam("per_page", "Page size", intSchema(1, 1000, 100));
    p["cursor"] = queryParam("cursor", "next_cursor of the previous page; omit for the first page", type("string"));
    p["after"] = queryParam("after", "An event id, or the token from a next URL; omit for the first page", type("string"));
    p["updated_since"] = queryParam("updated_since", "Only records with updated_at >= this RFC 3339 time (a date means midnight UTC)",
                                    {{"type", "string"}, {"format", "date-time"}});
    p["fault"] = queryParam("fault", "Inject a fault into this request (testing aid)",
                            enumOf({"500", "502", "503", "slow", "drop", "truncate"}));
    p["fault_delay_ms"] = queryParam("fault_delay_ms", "Delay for fault=slow", intSchema(0, 60000, 1000));
    p["resource"] = queryParam("resource", "Resource whose deletions to list",
                               enumOf({"customers", "products", "orders", "events"}), true);
    p["since"] = queryParam("since", "Only deletions with deleted_at >= this RFC 3339 time",
                            {{"type", "string"}, {"format", "date-time"}});
    p["epochs"] = queryParam("epochs", "Number of simulated days to advance", intSchema(1, 1000, 1));
    p["customerId"] = {{"name", "id"}, {"in", "path"}, {"required", true}, {"description", "Customer id"},
                       {"schema", {{"type", "integer"}, {"format", "int64"}, {"minimum", 1}}}};
    return p;
}

Json errorResponse(const char *description, Json headers = Json::object())
{
    Json r{{"description", description}};
    if (!headers.empty())
        r["headers"] = std::move(headers);
    r["content"] = jsonContent(ref("Error"));
    return r;
}

Json responses()
{
    Json retryAfter{{"description", "Seconds to wait before retrying"}, {"schema", type("integer")}};
    Json tooMany = rateLimitHeaders();
    tooMany["Retry-After"] = retryAfter;
    Json r;
    r["BadRequest"] = errorResponse("A parameter value is invalid; the message names the parameter");
    r["Unauthorized"] = errorResponse("Missing or invalid credentials",
                                      {{"WWW-Authenticate", {{"description", "Always \"Bearer\""}, {"schema", type("string")}}}});
    r["NotFound"] = errorResponse("No such resource or record");
    r["TooManyRequests"] = errorResponse("Rate limit exceeded (token bucket shared by all clients)", tooMany);
    r["InternalError"] = errorResponse("Injected fault 500");
    r["BadGateway"] = errorResponse("Injected fault 502");
    r["ServiceUnavailable"] = errorResponse("Injected fault 503", {{"Retry-After", retryAfter}});
    return r;
}

Json headers()
{
    return {
        {"X-RateLimit-Limit", {{"description", "Requests per second allowed (only with a rate limit)"}, {"schema", type("number")}}},
        {"X-RateLimit-Remaining", {{"description", "Requests left in the bucket now"}, {"schema", type("integer")}}},
        {"X-RateLimit-Reset", {{"description", "Seconds until the bucket is full again"}, {"schema", type("integer")}}},
    };
}

Json paths()
{
    Json p;
    p["/health"] = {{"get", {{"operationId", "getHealth"}, {"summary", "Liveness check"}, {"tags", Json::array({"Meta"})},
                             {"security", Json::array()},
                             {"responses", {{"200", {{"description", "Up"}, {"content", jsonContent(ref("Health"))}}}}}}}};
    p["/openapi.json"] = {{"get", {{"operationId", "getOpenApi"}, {"summary", "This document"}, {"tags", Json::array({"Meta"})},
                                   {"security", Json::array()},
                                   {"responses", {{"200", {{"description", "OpenAPI 3.0.3 document"},
                                                           {"content", jsonContent(type("object"))}}}}}}}};
    p["/customers"] = listOperation("listCustomers", "Customers (offset pagination)", "Customers",
                                    dataParameters({"offset", "limit", "updated_since"}),
                                    okResponse("A page of customers", ref("CustomersPage")));
    Json notes = listOperation("listCustomerNotes", "Notes of one customer (0 to 3, not paginated)", "Customers",
                               dataParameters({"customerId"}), okResponse("The notes", ref("NotesList")));
    notes["get"]["responses"]["404"] = responseRef("NotFound");
    p["/customers/{id}/notes"] = notes;
    Json linkHeaders = rateLimitHeaders();
    linkHeaders["Link"] = {{"description", "RFC 8288 absolute URLs with rel first, prev, next (absent on the last page) and last"},
                           {"schema", type("string")}};
    linkHeaders["X-Total-Count"] = {{"description", "Number of records matching the filter"}, {"schema", int64()}};
    p["/products"] = listOperation("listProducts", "Products (page number pagination with Link headers)", "Catalog",
                                   dataParameters({"page", "per_page", "updated_since"}),
                                   okResponse("A page of products (bare array)", arrayOf(ref("Product")), linkHeaders));
    p["/orders"] = listOperation("listOrders", "Orders (cursor pagination)", "Orders",
                                 dataParameters({"limit", "cursor", "updated_since"}),
                                 okResponse("A page of orders", ref("OrdersPage")));
    p["/events"] = listOperation("listEvents", "Events (next URL pagination)", "Events",
                                 dataParameters({"limit", "after", "updated_since"}),
                                 okResponse("A page of events", ref("EventsPage")));
    p["/deletions"] = listOperation("listDeletions", "Records deleted by simulated time (offset pagination)", "Events",
                                    dataParameters({"resource", "since", "offset", "limit"}),
                                    okResponse("A page of deletions", ref("DeletionsPage")));
    p["/admin/advance"] = {{"post", {{"operationId", "advanceTime"},
                                     {"summary", "Advance simulated time: update, append and delete records"},
                                     {"tags", Json::array({"Admin"})},
                                     {"parameters", Json::array({paramRef("epochs")})},
                                     {"responses", {{"200", {{"description", "What changed"}, {"content", jsonContent(ref("AdvanceResult"))}}},
                                                    {"400", responseRef("BadRequest")},
                                                    {"401", responseRef("Unauthorized")}}}}}};
    p["/admin/state"] = {{"get", {{"operationId", "getState"}, {"summary", "Simulated clock and record counts"},
                                  {"tags", Json::array({"Admin"})},
                                  {"responses", {{"200", {{"description", "Current state"}, {"content", jsonContent(ref("AdminState"))}}},
                                                 {"401", responseRef("Unauthorized")}}}}}};
    return p;
}

} // namespace

nlohmann::ordered_json demoOpenApiDocument(const QString &baseUrl)
{
    Json doc;
    doc["openapi"] = "3.0.3";
    doc["info"] = {
        {"title", "Acme Shop demo API"},
        {"version", "1.0.0"},
        {"description", "Deterministic synthetic shop data served by Connector Workbench for tests, benchmarks "
                        "and the demo project. Listings are ordered by updated_at ascending (ties by id). "
                        "See docs/demo-api.md."},
    };
    doc["servers"] = Json::array({{{"url", baseUrl.toStdString()}, {"description", "This demo server"}}});
    doc["tags"] = Json::array({
        {{"name", "Customers"}}, {{"name", "Catalog"}}, {{"name", "Orders"}},
        {{"name", "Events"}}, {{"name", "Admin"}}, {{"name", "Meta"}},
    });
    // Any one of the three schemes is enough: OpenAPI lists alternatives as separate objects.
    doc["security"] = Json::array({{{"bearerAuth", Json::array()}},
                                   {{"apiKeyHeader", Json::array()}},
                                   {{"apiKeyQuery", Json::array()}}});
    doc["paths"] = paths();
    doc["components"] = {
        {"securitySchemes", {
            {"bearerAuth", {{"type", "http"}, {"scheme", "bearer"}, {"description", "Authorization: Bearer <token>"}}},
            {"apiKeyHeader", {{"type", "apiKey"}, {"in", "header"}, {"name", "X-API-Key"}}},
            {"apiKeyQuery", {{"type", "apiKey"}, {"in", "query"}, {"name", "api_key"}}},
        }},
        {"schemas", schemas()},
        {"parameters", parameters()},
        {"headers", headers()},
        {"responses", responses()},
    };
    return doc;
}

std::string demoOpenApiJson(const QString &baseUrl)
{
    return demoOpenApiDocument(baseUrl).dump(2);
}

} // namespace cw
