// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <random>

#include <QDateTime>
#include <QString>

#include "models/core/http/httpclient.h"

namespace cw {

/// When and how long the sync engine waits before sending a failed request again.
/// Every wait is configurable so that tests run with millisecond backoffs.
struct RetryPolicy {
    int maxAttempts = 5;             ///< sends per request, the first included; 1 turns retries off
    int initialBackoffMs = 500;      ///< the first exponential wait
    double multiplier = 2.0;
    int maxBackoffMs = 30'000;       ///< longest single exponential wait
    double jitter = 0.5;             ///< fraction of each backoff that is random (0: none, 1: full jitter)
    qint64 maxTotalWaitMs = 300'000; ///< all waits for one request together; beyond it the request fails
    /// A server asking (Retry-After, rate-limit reset) for a longer wait fails the request at once.
    qint64 maxRetryAfterMs = 600'000;
    /// 0: server-requested waits are honoured as asked. Otherwise they are shortened to this
    /// (tests, impatient local runs against servers that ask for seconds).
    qint64 retryAfterCapMs = 0;
};

/// What to do after one response.
struct RetryVerdict {
    bool retry = false;
    qint64 waitMs = 0;
    QString reason;       ///< "HTTP 503", "HTTP 429 (Retry-After: 2)", "network error: ...", or why not
    bool serverAsked = false; ///< the wait comes from the server (Retry-After, rate-limit reset)
};

/// The wait a response asks for: Retry-After in seconds or as an HTTP date, or a rate-limit
/// reset header (X-RateLimit-Reset, X-Rate-Limit-Reset, RateLimit-Reset: seconds to wait, or
/// an epoch time in seconds or milliseconds when the value is that large; X-RateLimit-Reset-After).
std::optional<qint64> serverRequestedWaitMs(const HttpResponse &response, const QDateTime &now);

/// Classifies a response for the attempt-th send (from 1): 429 and rate-limited 403s wait as
/// the server asks (or back off), 408 and 5xx and network errors (dropped connections,
/// truncated bodies, timeouts) back off exponentially with jitter; other statuses and
/// cancellation are final. `waitSoFarMs` is what this request already waited.
RetryVerdict classifyForRetry(const HttpResponse &response, int attempt, qint64 waitSoFarMs, const RetryPolicy &policy,
                              const QDateTime &now, std::mt19937_64 &random);

} // namespace cw
