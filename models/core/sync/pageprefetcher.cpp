// SPDX-License-Identifier: MIT
#include "models/core/sync/pageprefetcher.h"

#include <chrono>

namespace cw {

PagePrefetcher::PagePrefetcher(PageWalker &walker, HttpClient &client, const std::atomic_bool *cancel,
                               Fetched fetched, int depth)
    : m_walker(walker)
    , m_client(client)
    , m_cancel(cancel)
    , m_fetched(std::move(fetched))
    , m_depth(std::size_t(std::max(1, depth)))
    , m_thread([this] { run(); })
{
}

PagePrefetcher::~PagePrefetcher()
{
    stop();
    m_thread.join();
}

void PagePrefetcher::setPrepare(Prepare prepare)
{
    const std::lock_guard lock(m_mutex);
    m_prepare = std::move(prepare);
}

void PagePrefetcher::recycle(Item &&item)
{
    const std::lock_guard lock(m_mutex);
    m_recycled.push_back(std::move(item));
}

void PagePrefetcher::stop()
{
    m_stop = true;
    const std::lock_guard lock(m_mutex);
    m_changed.notify_all();
}

void PagePrefetcher::run()
{
    while (m_walker.hasNext() && !m_stop) {
        {
            std::vector<Item> done;
            {
                const std::lock_guard lock(m_mutex);
                done.swap(m_recycled);
            }
        }
        Item item;
        item.page = m_walker.fetchNext(m_client, &m_stop);
        item.maxCursor = m_walker.maxCursor();
        const bool cancelled = item.page.response.cancelled;
        if (m_fetched && !cancelled)
            item.giveUp = m_fetched(item.page);
        if (!cancelled && item.page.error.isEmpty()) {
            Prepare prepare;
            {
                const std::lock_guard lock(m_mutex);
                prepare = m_prepare;
            }
            if (prepare) {
                prepare(item);
                item.prepared = true;
            }
        }
        std::unique_lock lock(m_mutex);
        if (cancelled)
            break;
        // One page ahead is enough to overlap the fetch with the write, and keeps memory flat.
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < m_depth; });
        if (m_stop)
            break;
        m_ready.push_back(std::move(item));
        m_changed.notify_all();
    }
    const std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::optional<PagePrefetcher::Item> PagePrefetcher::next()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_ready.empty()) {
            Item item = std::move(m_ready.front());
            m_ready.pop_front();
            m_changed.notify_all();
            return item;
        }
        if (m_done)
            return std::nullopt;
        if (m_cancel && m_cancel->load()) {
            m_stop = true;
            m_changed.notify_all();
        }
        // The engine's cancel flag is not ours to wait on: look at it every 50 ms.
        m_changed.wait_for(lock, std::chrono::milliseconds(50));
    }
}

} // namespace cw
