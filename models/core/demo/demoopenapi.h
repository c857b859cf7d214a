// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include <QString>

namespace cw {

/// The OpenAPI 3.0.3 description of the "Acme Shop" demo API served by DemoServer, with
/// `baseUrl` (e.g. "http://127.0.0.1:8080") as its only server. Key order is kept so the
/// document reads like a hand-written one.
nlohmann::ordered_json demoOpenApiDocument(const QString &baseUrl);

/// demoOpenApiDocument() serialised, as served at GET /openapi.json.
std::string demoOpenApiJson(const QString &baseUrl);

} // namespace cw
