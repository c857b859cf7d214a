// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cw {

/// The user's network preferences, process-wide. HttpClient::send() applies them to every
/// request that kept HttpRequest's built-in value for a field, so that the code building
/// requests (the page walker, the OAuth token cache, imports) needs no settings of its own,
/// while a caller that sets a field explicitly (a test, the token cache's small body cap)
/// keeps its value. Thread-safe: the GUI sets them, worker threads read them.
struct HttpDefaults {
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 60'000;
    /// As HttpRequest::proxy: empty follows the environment, "none", or a proxy URL.
    QString proxy;
    qint64 maxBodySize = 1024LL * 1024 * 1024;
    bool operator==(const HttpDefaults &) const = default;
};

HttpDefaults httpDefaults();
void setHttpDefaults(const HttpDefaults &defaults);

struct HttpRequest;
/// The request as HttpClient sends it: fields left at the built-in value take the defaults.
HttpRequest withHttpDefaults(HttpRequest request);

} // namespace cw
