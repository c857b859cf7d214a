// SPDX-License-Identifier: MIT
#include "models/core/sync/ratelimiter.h"

#include <algorithm>
#include <thread>

#include <QtGlobal>

namespace cw {

void RateLimiter::setRate(double requestsPerSecond)
{
    using namespace std::chrono;
    m_interval = requestsPerSecond > 0
        ? duration_cast<steady_clock::duration>(duration<double>(1.0 / requestsPerSecond))
        : steady_clock::duration::zero();
}

bool RateLimiter::acquire(const std::atomic_bool *cancel)
{
    using namespace std::chrono;
    if (m_interval == steady_clock::duration::zero())
        return !(cancel && cancel->load());
    const auto now = steady_clock::now();
    const auto slot = std::max(now, m_next);
    m_next = slot + m_interval;
    return sleepCancellable(duration_cast<milliseconds>(slot - now).count(), cancel);
}

bool sleepCancellable(qint64 ms, const std::atomic_bool *cancel)
{
    using namespace std::chrono;
    const auto end = steady_clock::now() + milliseconds(ms);
    while (steady_clock::now() < end) {
        if (cancel && cancel->load())
            return false;
        std::this_thread::sleep_for(std::min<steady_clock::duration>(milliseconds(20), end - steady_clock::now()));
    }
    return !(cancel && cancel->load());
}

} // namespace cw
