// SPDX-License-Identifier: MIT
#include "models/core/sync/retrypolicy.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace cw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cw::RetryPolicy)
};

std::optional<double> number(const QByteArray &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// Reset headers disagree: GitHub sends an epoch time, others the seconds left.
qint64 resetToWaitMs(double value, const QDateTime &now)
{
    if (value > 1e12)
        return qint64(value) - now.toMSecsSinceEpoch();
    if (value > 1e9)
        return qint64(value * 1000.0) - now.toMSecsSinceEpoch();
    return qint64(value * 1000.0);
}

} // namespace

std::optional<qint64> serverRequestedWaitMs(const HttpResponse &response, const QDateTime &now)
{
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        if (const std::optional<double> seconds = number(retryAfter))
            return std::max<qint64>(0, qint64(*seconds * 1000.0));
        // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take for +0000.
        QString text = QString::fromLatin1(retryAfter);
        if (text.endsWith(u" GMT") || text.endsWith(u" UTC"))
            text = text.chopped(4) + u" +0000";
        const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
        if (date.isValid())
            return std::max<qint64>(0, now.msecsTo(date));
    }
    for (const char *name : {"X-RateLimit-Reset-After", "RateLimit-Reset", "X-RateLimit-Reset", "X-Rate-Limit-Reset"}) {
        const std::optional<double> value = number(response.header(name));
        if (!value)
            continue;
        const qint64 wait = qstrcmp(name, "X-RateLimit-Reset-After") == 0 ? qint64(*value * 1000.0)
                                                                          : resetToWaitMs(*value, now);
        return std::max<qint64>(0, wait);
    }
    return std::nullopt;
}

RetryVerdict classifyForRetry(const HttpResponse &response, int attempt, qint64 waitSoFarMs, const RetryPolicy &policy,
                              const QDateTime &now, std::mt19937_64 &random)
{
    RetryVerdict verdict;
    if (response.cancelled)
        return verdict;
    const int status = response.status;
    const bool networkError = !response.ok();
    const bool rateLimited = status == 429
        || (status == 403 && response.header("X-RateLimit-Remaining").trimmed() == "0");
    const bool transient = networkError || rateLimited || status == 408 || (status >= 500 && status <= 599);
    if (!networkError && !transient)
        return verdict;
    verdict.reason = networkError ? Tr::tr("network error: %1").arg(response.error) : Tr::tr("HTTP %1").arg(status);
    if (attempt >= policy.maxAttempts) {
        verdict.reason = Tr::tr("%1, and %2 attempts are used up").arg(verdict.reason).arg(policy.maxAttempts);
        return verdict;
    }

    std::optional<qint64> asked;
    if (!networkError && (rateLimited || status == 503))
        asked = serverRequestedWaitMs(response, now);
    if (asked) {
        if (*asked > policy.maxRetryAfterMs) {
            verdict.reason = Tr::tr("%1; the server asks to wait %2 s, longer than the %3 s allowed")
                                 .arg(verdict.reason)
                                 .arg(double(*asked) / 1000.0, 0, 'f', 1)
                                 .arg(double(policy.maxRetryAfterMs) / 1000.0, 0, 'f', 0);
            return verdict;
        }
        verdict.waitMs = policy.retryAfterCapMs > 0 ? std::min(*asked, policy.retryAfterCapMs) : *asked;
        verdict.serverAsked = true;
        verdict.reason = Tr::tr("%1, the server asks to wait %2 ms").arg(verdict.reason).arg(*asked);
    } else {
        const double exponential = double(policy.initialBackoffMs) * std::pow(policy.multiplier, attempt - 1);
        const double capped = std::min(exponential, double(policy.maxBackoffMs));
        const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        // "Equal jitter": a fixed part keeps the backoff growing, a random part spreads clients.
        verdict.waitMs = qint64(capped * (1.0 - jitter) + capped * jitter * unit(random));
    }
    if (waitSoFarMs + verdict.waitMs > policy.maxTotalWaitMs) {
        verdict.reason = Tr::tr("%1; waiting again would exceed %2 s for this request")
                             .arg(verdict.reason)
                             .arg(double(policy.maxTotalWaitMs) / 1000.0, 0, 'f', 1);
        verdict.waitMs = 0;
        return verdict;
    }
    verdict.retry = true;
    return verdict;
}

} // namespace cw
