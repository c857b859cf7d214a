// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <QByteArray>
#include <QString>

#include "models/core/support/json.h"

namespace cw {

/// Where and why a JSON body is not valid JSON.
struct JsonIndexError {
    QString message;     ///< the whole sentence, e.g. "unexpected ',' at line 3, column 17: expected a value"
    QString reason;      ///< the same without the location, for callers that show it elsewhere
    qint64 line = 0;     ///< 1-based
    qint64 column = 0;   ///< 1-based, in characters (code points) since the line start
    qint64 offset = -1;  ///< byte offset in the body
    bool cancelled = false;
};

/// How JsonIndex::build() reports progress and learns that it should stop.
struct JsonIndexBuildOptions {
    std::function<void(qint64 bytesDone)> progress;  ///< called on the building thread
    const std::atomic_bool *cancel = nullptr;          ///< checked as often as progress
    qint64 progressInterval = qint64(4) << 20;        ///< bytes between progress/cancel checks
    qint64 maxDepth = 1'000'000;                      ///< deeper nesting is an error, never a crash
};

/// A validated JSON document that keeps the body's bytes and a compact table of its containers
/// (objects and arrays) instead of a DOM.
///
/// A DOM of a 100 MB response costs seconds and ~8x the body in memory, most of it first-touched
/// allocations. The index is built in one pass over the bytes (validating everything) and records
/// only containers: start/end byte, parent, row in the parent, child count and depth, 32 bytes
/// each. Scalars are found when asked for, by scanning the bytes of their container; the child
/// offsets of a container are scanned once, when it is first asked for (the model's "expand"),
/// and cached, so every row after that is O(1).
///
/// An index is immutable after build() apart from those caches, which are guarded by a mutex, so
/// a shared_ptr<const JsonIndex> may be read from any thread.
class JsonIndex
{
public:
    using Node = std::uint32_t;                     ///< a container, numbered in document order
    static constexpr Node kNoNode = 0xffffffffu;

    enum class Kind : std::uint8_t { Null, False, True, Number, String, Object, Array };

    /// Bytes [begin, end) of the body. A string's span includes its quotes.
    struct Span {
        qint64 begin = 0;
        qint64 end = 0;
        qint64 size() const { return end - begin; }
        bool isEmpty() const { return end <= begin; }
        friend bool operator==(const Span &, const Span &) = default;
    };

    /// One member of an object or item of an array.
    struct Child {
        Span key;               ///< the quoted key; empty for array items
        Kind kind = Kind::Null;
        Span value;             ///< the value as written, brackets and quotes included
        Node node = kNoNode;    ///< the container when kind is Object or Array
        bool isContainer() const { return node != kNoNode; }
    };

    using BuildOptions = JsonIndexBuildOptions;

    /// Validates and indexes \a body; the bytes are shared, not copied. Returns null with
    /// \a error filled when the body is not JSON or the build was cancelled.
    static std::shared_ptr<JsonIndex> build(const QByteArray &body, const BuildOptions &options = {},
                                            JsonIndexError *error = nullptr);

    ~JsonIndex();
    JsonIndex(const JsonIndex &) = delete;
    JsonIndex &operator=(const JsonIndex &) = delete;

    const QByteArray &body() const { return m_body; }

    /// The top-level value; its node is root() when the document is an object or array.
    Child rootValue() const { return m_rootValue; }
    Node root() const { return m_rootValue.node; }
    qint64 nodeCount() const { return qint64(m_start.size()); }

    Kind kind(Node node) const { return byteAt(m_start[node]) == '{' ? Kind::Object : Kind::Array; }
    qint64 childCount(Node node) const { return m_count[node]; }
    Node parent(Node node) const { return m_parent[node]; }
    qint64 row(Node node) const { return m_row[node]; }      ///< position in the parent
    qint64 depth(Node node) const { return m_depth[node]; }  ///< the root is 0
    Span span(Node node) const { return {qint64(m_start[node]), qint64(m_end[node]) + 1}; }

    /// The \a i th child of \a node (0 <= i < childCount). The first call for a container scans
    /// its bytes once (skipping nested containers through the index) and caches its offsets.
    Child child(Node node, qint64 i) const;
    /// The key of a container that is an object member (its quoted span), or an empty span.
    Span keyOf(Node node) const;

    /// Calls \a visit for the children of \a node in order, without caching, until it returns
    /// false: for previews of rows that are shown but never expanded.
    void forEachChild(Node node, const std::function<bool(const Child &)> &visit) const;

    /// The text of a key or scalar: strings unescaped and without quotes, numbers exactly as
    /// written (1e400, -0, 18446744073709551616), true/false/null; containers as raw bytes.
    /// At most \a maxChars characters of a string are decoded (the rest costs nothing).
    QString text(Span span, qsizetype maxChars = -1, bool *truncated = nullptr) const;
    std::string utf8(Span span) const;                ///< a key or string unescaped, as UTF-8
    QByteArray raw(Span span) const { return m_body.mid(span.begin, span.size()); }

    /// JSON pointers (RFC 6901) of a container and of a child.
    QString pointer(Node node) const;
    QString pointer(Node parentNode, qint64 row) const;

    /// A DOM of one value (a record, "copy value"). Numbers that do not fit a double
    /// (1e400) become strings holding the number as written, so that nothing is lost.
    JsonValue materialize(Span span) const;

    /// The index's own memory (container table and cached child tables), without the body.
    qint64 memoryUsage() const;

    static bool isIntegerText(const char *begin, const char *end);

private:
    JsonIndex() = default;
    friend class JsonIndexBuilder;

    struct ChildTable {
        std::vector<std::uint64_t> keys;    ///< key start offsets (objects only)
        std::vector<std::uint64_t> values;  ///< value start offsets
        std::vector<std::uint64_t> ends;    ///< value end offsets (strings can be long to rescan)
    };
    char byteAt(qint64 offset) const { return m_body.constData()[offset]; }
    const ChildTable &table(Node node) const;
    Node nodeAt(qint64 offset) const;     ///< the container starting at offset
    Child makeChild(qint64 keyStart, qint64 valueStart, qint64 valueEnd) const;
    qint64 scalarEnd(qint64 offset) const;
    void appendPointerToken(QString &out, Node parentNode, qint64 row) const;

    QByteArray m_body;
    Child m_rootValue;
    // Struct of arrays: a table walk touches only the column it needs.
    std::vector<std::uint64_t> m_start;
    std::vector<std::uint64_t> m_end;  ///< the offset of the matching bracket
    std::vector<std::uint32_t> m_parent;
    std::vector<std::uint32_t> m_row;
    std::vector<std::uint32_t> m_count;
    std::vector<std::uint32_t> m_depth;

    mutable std::mutex m_mutex;
    mutable std::unordered_map<Node, std::unique_ptr<ChildTable>> m_tables;
    mutable qint64 m_tableBytes = 0;
};

} // namespace cw
