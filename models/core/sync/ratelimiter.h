// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>

#include <QtGlobal>

namespace cw {

/// Spaces requests evenly to at most `requestsPerSecond` (0: no limit). One thread at a time.
class RateLimiter final
{
public:
    explicit RateLimiter(double requestsPerSecond = 0) { setRate(requestsPerSecond); }
    void setRate(double requestsPerSecond);
    /// Waits for the next slot; returns false when cancelled while waiting.
    bool acquire(const std::atomic_bool *cancel = nullptr);

private:
    std::chrono::steady_clock::duration m_interval{};
    std::chrono::steady_clock::time_point m_next{};
};

/// Sleeps up to `ms`, in slices, returning false as soon as `cancel` is set.
bool sleepCancellable(qint64 ms, const std::atomic_bool *cancel);

} // namespace cw
