// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "models/core/schema/mappingplan.h"
#include "models/core/sync/pagewalker.h"

namespace cw {

/// Walks a PageWalker on a thread of its own, a page ahead of its reader: while the sync
/// engine maps and writes page N, page N+1 is fetched and parsed. Nothing is committed on
/// that thread, so stopping (or a killed process) loses only pages never written.
///
/// While a prefetcher lives, only its thread touches the walker and `client`; the walker's
/// sender runs there too. The walker's failed() and stopReason() are final once next() has
/// returned nullopt.
class PagePrefetcher final
{
public:
    struct Item {
        PageFetch page;
        QString maxCursor;     ///< the walker's largest cursor once this page was read
        QString giveUp;        ///< what the sender said about its last try, read on the walker's thread
        bool prepared = false; ///< whether the Prepare function set by setPrepare() ran on this page
        std::vector<TableRows> rows;  ///< what Prepare made of the page's records
    };
    /// Called on the walker's thread right after each fetch, before the page is queued: the
    /// engine reports the page there, so that its event follows its request's. Returns what
    /// the sender said about its last try (Item::giveUp).
    using Fetched = std::function<QString(const PageFetch &page)>;
    /// Called on the walker's thread after Fetched, for pages without an error: work the
    /// reader would otherwise do itself, such as mapping the records into rows (and freeing
    /// them on the thread that allocated them).
    using Prepare = std::function<void(Item &item)>;
    /// `cancel` (may be null) is polled while next() waits.
    PagePrefetcher(PageWalker &walker, HttpClient &client, const std::atomic_bool *cancel, Fetched fetched = {},
                   int depth = 1);
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    /// The next page, waiting for it; nullopt once the walk has ended or was cancelled.
    std::optional<Item> next();
    /// Installs `prepare` for the pages fetched from now on; pages already queued arrive
    /// with Item::prepared false.
    void setPrepare(Prepare prepare);
    /// Hands a page the reader is done with back to the walker's thread, which frees it
    /// before its next fetch: memory is then freed by the thread that allocated it, which
    /// glibc's allocator does much faster than a free from another thread.
    void recycle(Item &&item);
    /// Asks the walk to stop: a request in flight is abandoned. next() then returns nullopt.
    void stop();

private:
    void run();

    PageWalker &m_walker;
    HttpClient &m_client;
    const std::atomic_bool *m_cancel;
    Fetched m_fetched;
    Prepare m_prepare;  // guarded by m_mutex
    std::size_t m_depth;
    std::atomic_bool m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_ready;
    std::vector<Item> m_recycled;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace cw
