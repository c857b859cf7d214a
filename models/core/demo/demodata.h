// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QtGlobal>

/// The data behind the "Acme Shop" demo API: deterministic synthetic records produced on
/// the fly from (seed, resource, id, version), plus the simulated timeline of updates,
/// inserts and deletes. Nothing is stored per record; only ids touched by advance() are
/// kept, so memory grows with the number of changes, not with the number of records.
namespace cw {

enum class DemoResource { Customers, Products, Orders, Events };

inline constexpr std::array<DemoResource, 4> kDemoResources{
    DemoResource::Customers, DemoResource::Products, DemoResource::Orders, DemoResource::Events};

/// "customers", "products", "orders", "events"
std::string_view demoResourceName(DemoResource resource);
std::optional<DemoResource> demoResourceFromName(std::string_view name);

/// The listing order of every resource: ascending updated_at, ties by id.
struct DemoKey {
    qint64 updatedAt = 0;  ///< epoch seconds
    qint64 id = 0;
    auto operator<=>(const DemoKey &) const = default;
};

/// What is needed to render one record; `version` is the epoch of its last change (0: original).
struct DemoRecordRef {
    qint64 id = 0;
    qint64 updatedAt = 0;
    qint64 createdAt = 0;
    int version = 0;
};

struct DemoDeletion {
    qint64 deletedAt = 0;
    qint64 id = 0;
};

struct DemoAdvanceCounts {
    qint64 updated = 0;
    qint64 created = 0;
    qint64 deleted = 0;
};

/// Not thread-safe: readers may share it, but advance() needs exclusive access (DemoServer
/// guards it with a shared mutex).
class DemoData final
{
public:
    static constexpr qint64 kMinRecords = 100;
    static constexpr qint64 kMaxRecords = 10'000'000;
    static constexpr qint64 kEpochSeconds = 86'400;  ///< one simulated day per epoch

    /// Positions in a resource's listing: the untouched original records in id order,
    /// followed by the changed ones in (updated_at, id) order.
    struct Range {
        qint64 begin = 0;
        qint64 end = 0;
        qint64 size() const { return end - begin; }
    };

    /// `records` is clamped to [kMinRecords, kMaxRecords].
    DemoData(qint64 records, quint64 seed);

    qint64 initialCount() const { return m_initial; }
    quint64 seed() const { return m_seed; }
    int epoch() const { return m_epoch; }
    /// The simulated clock: later than every updated_at handed out so far.
    qint64 now() const;

    /// Live records with updated_at >= since (all when since is empty).
    Range listing(DemoResource resource, std::optional<qint64> since = std::nullopt) const;
    /// The first listing position whose key is greater than `key` (keyset pagination).
    qint64 positionAfter(DemoResource resource, const DemoKey &key) const;
    /// `position` must lie in listing(resource).
    DemoRecordRef recordAt(DemoResource resource, qint64 position) const;
    std::optional<DemoRecordRef> liveRecord(DemoResource resource, qint64 id) const;
    /// The key a record has or had when it was deleted; empty for ids never handed out.
    std::optional<DemoKey> lastKey(DemoResource resource, qint64 id) const;

    /// Deletions with deleted_at >= since, in (deleted_at, id) order.
    Range deletions(DemoResource resource, std::optional<qint64> since = std::nullopt) const;
    DemoDeletion deletionAt(DemoResource resource, qint64 index) const;

    qint64 liveCount(DemoResource resource) const;
    qint64 maxId(DemoResource resource) const;
    qint64 changedCount(DemoResource resource) const;
    qint64 deletedCount(DemoResource resource) const;

    /// Moves simulated time forward one day per epoch: per resource some records are
    /// updated, some appended and some deleted. Deterministic for the seed.
    std::array<DemoAdvanceCounts, 4> advance(int epochs = 1);

    /// Appends the record as a JSON object: the hot path, hence hand-written.
    void appendRecord(std::string &out, DemoResource resource, const DemoRecordRef &ref) const;
    /// Appends the notes of a customer as a JSON array (0 to 3 notes).
    void appendNotes(std::string &out, const DemoRecordRef &customer) const;

private:
    struct TailEntry {
        qint64 updatedAt;
        qint64 id;
        qint64 createdAt;
        int version;
    };
    struct Changed {
        qint64 updatedAt;
        qint64 createdAt;
        int version;
        bool deleted;
    };
    struct Track {
        std::vector<qint64> moved;           ///< original ids no longer in the base section, sorted
        std::vector<TailEntry> tail;          ///< changed live records, sorted by (updatedAt, id)
        std::unordered_map<qint64, Changed> changed;
        std::vector<DemoDeletion> deletions;  ///< sorted by (deletedAt, id)
        qint64 created = 0;
    };

    qint64 baseUpdatedAt(qint64 id) const;
    qint64 baseCreatedAt(DemoResource resource, qint64 id) const;
    qint64 firstBaseIdAtOrAfter(qint64 time) const;
    qint64 basePosition(const Track &track, qint64 id) const;
    qint64 baseIdAt(const Track &track, qint64 position) const;
    qint64 epochStart(int epoch) const;
    DemoAdvanceCounts advanceResource(DemoResource resource, int epoch);

    void appendCustomer(std::string &out, const DemoRecordRef &ref) const;
    void appendProduct(std::string &out, const DemoRecordRef &ref) const;
    void appendOrder(std::string &out, const DemoRecordRef &ref) const;
    void appendEvent(std::string &out, const DemoRecordRef &ref) const;
    void appendCustomerName(std::string &out, qint64 customerId) const;
    void appendAddress(std::string &out, qint64 customerId) const;

    qint64 m_initial;
    quint64 m_seed;
    int m_epoch = 0;
    qint64 m_epochBase;  ///< start of epoch 1: the midnight after the last original record
    std::array<Track, 4> m_tracks;
};

/// Appends `text` (UTF-8) as a JSON string literal, escaping quotes, backslashes and
/// control characters.
void appendJsonString(std::string &out, std::string_view text);
/// Appends "YYYY-MM-DDTHH:MM:SSZ" (no quotes).
void appendRfc3339(std::string &out, qint64 epochSeconds);
std::string formatRfc3339(qint64 epochSeconds);
/// Parses RFC 3339 date-times ("2024-01-01T00:00:00Z", "...T00:00:00.5+02:00") and plain
/// dates ("2024-01-01", midnight UTC). Fractions round up, since the result is used as an
/// inclusive lower bound on whole-second timestamps. A space in place of the offset's '+'
/// is accepted because an unencoded '+' in a query string arrives as a space.
std::optional<qint64> parseRfc3339(std::string_view text);

} // namespace cw
