// SPDX-License-Identifier: MIT
// JsonIndex against nlohmann on valid documents, and its error reports on invalid ones.
#include <atomic>
#include <chrono>
#include <random>

#include <QElapsedTimer>
#include <QTest>

#include "models/core/json/jsonindex.h"

using namespace cw;

namespace {

using Kind = JsonIndex::Kind;

std::shared_ptr<JsonIndex> indexOf(const QByteArray &body, JsonIndexError *error = nullptr)
{
    return JsonIndex::build(body, {}, error);
}

JsonIndexError errorOf(const QByteArray &body)
{
    JsonIndexError error;
    const auto index = JsonIndex::build(body, {}, &error);
    if (index)
        error.message = QStringLiteral("<no error>");
    return error;
}

Kind kindOf(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::value_t::object: return Kind::Object;
    case JsonValue::value_t::array: return Kind::Array;
    case JsonValue::value_t::string: return Kind::String;
    case JsonValue::value_t::boolean: return v.get<bool>() ? Kind::True : Kind::False;
    case JsonValue::value_t::null: return Kind::Null;
    default: return Kind::Number;
    }
}

/// Compares the children of one container with the DOM, recursively (test documents are small).
bool sameTree(const JsonIndex &index, JsonIndex::Node node, const JsonValue &dom, QString *why)
{
    if (index.childCount(node) != qint64(dom.size())) {
        *why = QStringLiteral("child count at %1").arg(index.pointer(node));
        return false;
    }
    qint64 i = 0;
    for (auto it = dom.begin(); it != dom.end(); ++it, ++i) {
        const JsonIndex::Child c = index.child(node, i);
        if (dom.is_object() && index.utf8(c.key) != it.key()) {
            *why = QStringLiteral("key at %1").arg(index.pointer(node, i));
            return false;
        }
        if (c.kind != kindOf(*it) || index.materialize(c.value) != *it) {
            *why = QStringLiteral("value at %1").arg(index.pointer(node, i));
            return false;
        }
        if (c.isContainer() && (index.parent(c.node) != node || index.row(c.node) != i || !sameTree(index, c.node, *it, why)))
            return false;
    }
    return true;
}

JsonValue randomValue(std::mt19937 &rng, int depth)
{
    static const std::vector<std::string> words{"id", "name", "Zoë", "日本語", "a\"b", "back\\slash", "tab\there",
                                                "emoji 😀", "", "new\nline", "ctl\x01", "a/b", "~x"};
    const int pick = int(rng() % (depth > 4 ? 6 : 8));
    switch (pick) {
    case 0: return nullptr;
    case 1: return bool(rng() % 2);
    case 2: return std::int64_t(rng()) - std::int64_t(1u << 31);
    case 3: return double(rng()) / 7.0;
    case 4: return words[rng() % words.size()];
    case 5: return std::uint64_t(rng()) * 4294967296ull;
    case 6: {
        JsonValue a = JsonValue::array();
        const int n = int(rng() % 5);
        for (int i = 0; i < n; ++i)
            a.push_back(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        JsonValue o = JsonValue::object();
        const int n = int(rng() % 5);
        for (int i = 0; i < n; ++i)
            o[words[rng() % words.size()] + std::to_string(i)] = randomValue(rng, depth + 1);
        return o;
    }
    }
}

} // namespace

// QCOMPARE cannot take JSON values (Qt's overloads make nlohmann's conversions ambiguous).
#define COMPARE_JSON(actual, expected)                                                         \
    do {                                                                                       \
        const JsonValue a_ = (actual);                                                         \
        const JsonValue e_ = (expected);                                                       \
        QVERIFY2(a_ == e_, qPrintable(QString::fromStdString(a_.dump() + " != " + e_.dump()))); \
    } while (false)

class TestJsonIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithNlohmann_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("records") << QByteArray("{\"data\": [{\"id\": 1, \"name\": \"Zoë\", \"tags\": [\"a\", \"b\"], \"a/b\": {\"~x\": null}}, {\"id\": 2.5}], \"has_more\": true, \"empty\": {}}");
        QTest::newRow("escapes") << QByteArray("[\"a\\nb\", \"\\u00e9\\u20ac\\ud83d\\ude00\", \"\\/\\\\\\\"\\b\\f\\r\\t\", \"\\u0000\"]");
        QTest::newRow("unicode") << QByteArray("{\"日本\": \"語\", \"emoji\": \"😀\", \"é\": [\"ü\"]}");
        QTest::newRow("numbers") << QByteArray("[0, -0, 1, -1, 1.5, -1.5e-3, 1E10, 9223372036854775807, -9223372036854775808, 18446744073709551615, 18446744073709551616, 1e-400, 0.1]");
        QTest::newRow("empties") << QByteArray("[[], {}, [[]], {\"a\": {}}, \"\"]");
        QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : { } }\n ");
        QTest::newRow("literals") << QByteArray("[true, false, null]");
        std::mt19937 rng(7);
        for (int i = 0; i < 60; ++i) {
            JsonValue v = randomValue(rng, 0);
            if (!v.is_structured())
                v = JsonValue::array({v});
            const int style = i % 3;
            const std::string text = style == 0 ? v.dump() : style == 1 ? v.dump(2) : v.dump(-1, ' ', true);
            QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(i))) << QByteArray::fromStdString(text);
        }
    }

    void agreesWithNlohmann()
    {
        QFETCH(QByteArray, body);
        JsonIndexError error;
        const auto index = indexOf(body, &error);
        QVERIFY2(index, qPrintable(error.message));
        const JsonValue dom = JsonValue::parse(body.constData(), body.constData() + body.size());
        QCOMPARE(index->root(), JsonIndex::Node(0));
        QString why;
        QVERIFY2(sameTree(*index, index->root(), dom, &why), qPrintable(why));
        COMPARE_JSON(index->materialize(index->rootValue().value), dom);
        QCOMPARE(index->raw(index->rootValue().value).trimmed(), body.trimmed());
        // forEachChild sees what child() sees.
        qint64 n = 0;
        index->forEachChild(index->root(), [&](const JsonIndex::Child &c) {
            const JsonIndex::Child t = index->child(index->root(), n++);
            return c.value == t.value && c.key == t.key;
        });
        QCOMPARE(n, index->childCount(index->root()));
    }

    void textIsDecodedAndNumbersAsWritten()
    {
        const auto index = indexOf("{\"s\": \"a\\n\\u00e9\\/\\\"\\ud83d\\ude00\", \"big\": 1e400, \"neg0\": -0, \"u\": 18446744073709551616, \"e\": 1.5E+10, \"t\": true, \"n\": null}");
        QVERIFY(index);
        const auto value = [&](int i) { return index->text(index->child(0, i).value); };
        QCOMPARE(value(0), QStringLiteral("a\né/\"😀"));
        QCOMPARE(index->text(index->child(0, 0).key), QStringLiteral("s"));
        QCOMPARE(value(1), QStringLiteral("1e400"));
        QCOMPARE(value(2), QStringLiteral("-0"));
        QCOMPARE(value(3), QStringLiteral("18446744073709551616"));
        QCOMPARE(value(4), QStringLiteral("1.5E+10"));
        QCOMPARE(value(5), QStringLiteral("true"));
        QCOMPARE(value(6), QStringLiteral("null"));
        // A number beyond a double stays as written rather than becoming infinity (null).
        COMPARE_JSON(index->materialize(index->child(0, 1).value), JsonValue("1e400"));
        COMPARE_JSON(index->materialize(index->child(0, 3).value), JsonValue(18446744073709551616.0));
        COMPARE_JSON(index->materialize(index->child(0, 2).value), JsonValue(0));
    }

    void textCanBeCut()
    {
        const QByteArray body = "[\"" + QByteArray(100000, 'x') + "\\n\", \"ééééé\"]";
        const auto index = indexOf(body);
        QVERIFY(index);
        bool truncated = false;
        QCOMPARE(index->text(index->child(0, 0).value, 10, &truncated), QString(10, u'x'));
        QVERIFY(truncated);
        QCOMPARE(index->text(index->child(0, 0).value).size(), 100001);
        QCOMPARE(index->text(index->child(0, 1).value, 3, &truncated), QStringLiteral("ééé"));
        QVERIFY(truncated);
        QCOMPARE(index->text(index->child(0, 1).value, 5, &truncated), QStringLiteral("ééééé"));
        QVERIFY(!truncated);
    }

    void pointers()
    {
        const auto index = indexOf("{\"a/b\": {\"~x\": [0, {\"k\": 1}]}, \"q\\\"\\\\\": {\"z\": []}}");
        QVERIFY(index);
        const JsonIndex::Node ab = index->child(0, 0).node;
        const JsonIndex::Node x = index->child(ab, 0).node;
        const JsonIndex::Node obj = index->child(x, 1).node;
        QCOMPARE(index->pointer(obj, 0), QStringLiteral("/a~1b/~0x/1/k"));
        QCOMPARE(index->pointer(obj), QStringLiteral("/a~1b/~0x/1"));
        QCOMPARE(index->pointer(index->root()), QString());
        const JsonIndex::Node q = index->child(0, 1).node;
        QCOMPARE(index->text(index->keyOf(q)), QStringLiteral("q\"\\"));
        QCOMPARE(index->pointer(index->child(q, 0).node), QStringLiteral("/q\"\\/z"));
        QCOMPARE(index->depth(obj), qint64(3));
    }

    void duplicateKeysAreKept()
    {
        const auto index = indexOf("{\"a\": 1, \"b\": 2, \"a\": 3}");
        QVERIFY(index);
        QCOMPARE(index->childCount(0), qint64(3));
        QCOMPARE(index->text(index->child(0, 2).key), QStringLiteral("a"));
        QCOMPARE(index->text(index->child(0, 2).value), QStringLiteral("3"));
        // A DOM keeps one; like nlohmann, the last value in the first position.
        COMPARE_JSON(index->materialize(index->rootValue().value), JsonValue::parse("{\"a\": 3, \"b\": 2}"));
    }

    void topLevelScalars_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("int") << QByteArray(" 42 ") << int(Kind::Number) << QStringLiteral("42");
        QTest::newRow("string") << QByteArray("\"s\"") << int(Kind::String) << QStringLiteral("s");
        QTest::newRow("true") << QByteArray("true") << int(Kind::True) << QStringLiteral("true");
        QTest::newRow("null") << QByteArray("\nnull\n") << int(Kind::Null) << QStringLiteral("null");
        QTest::newRow("-0") << QByteArray("-0") << int(Kind::Number) << QStringLiteral("-0");
        QTest::newRow("1e400") << QByteArray("1e400") << int(Kind::Number) << QStringLiteral("1e400");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[1]") << int(Kind::Array) << QStringLiteral("[1]");
    }

    void topLevelScalars()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, text);
        JsonIndexError error;
        const auto index = indexOf(body, &error);
        QVERIFY2(index, qPrintable(error.message));
        QCOMPARE(int(index->rootValue().kind), kind);
        QCOMPARE(index->text(index->rootValue().value), text);
        QCOMPARE(index->root() == JsonIndex::kNoNode, kind != int(Kind::Array) && kind != int(Kind::Object));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("offset");
        const auto row = [](const char *name, const QByteArray &body, const char *message, qint64 offset) {
            QTest::newRow(name) << body << QString::fromUtf8(message) << offset;
        };
        row("double comma", "{\"a\": 1,,}", "unexpected ',' at line 1, column 9: expected a string key", 8);
        row("trailing comma", "[1, 2,]", "unexpected ']' at line 1, column 7: expected a value", 6);
        row("multiline", "{\n  \"a\": [1,\n    ,2]\n}", "unexpected ',' at line 3, column 5: expected a value", 17);
        row("missing colon", "{\"a\" 1}", "unexpected '1' at line 1, column 6: expected ':'", 5);
        row("number key", "{1: 2}", "unexpected '1' at line 1, column 2: expected a string key or '}'", 1);
        row("missing comma", "[1 2]", "unexpected '2' at line 1, column 4: expected ',' or ']'", 3);
        row("mismatched", "{\"a\": 1]", "unexpected ']' at line 1, column 8: expected ',' or '}'", 7);
        row("unclosed", "[", "unexpected end of input at line 1, column 2: expected a value or ']'", 1);
        row("unclosed object", "{\"a\": [1]", "unexpected end of input at line 1, column 10: expected ',' or a closing bracket", 9);
        row("empty", "", "unexpected end of input at line 1, column 1: expected a value", 0);
        row("blank", " \n ", "unexpected end of input at line 2, column 2: expected a value", 3);
        row("bad literal", "[tru]", "invalid literal at line 1, column 2: expected true", 1);
        row("leading zero", "01", "invalid number at line 1, column 1: unexpected '1' in it", 0);
        row("minus only", "[-]", "invalid number at line 1, column 2: unexpected ']' in it", 1);
        row("dot end", "1.", "invalid number at line 1, column 1: it ends early", 0);
        row("bad exponent", "[1e+]", "invalid number at line 1, column 2: unexpected ']' in it", 1);
        row("leading dot", "[.5]", "unexpected '.' at line 1, column 2: expected a value", 1);
        row("plus", "[+1]", "unexpected '+' at line 1, column 2: expected a value", 1);
        row("unterminated string", "[\"abc", "unexpected end of input at line 1, column 6: the string that starts at byte 1 is not closed", 5);
        row("bad escape", "[\"\\x\"]", "invalid escape \\x at line 1, column 3: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 2);
        row("short unicode escape", "[\"\\u12\"]", "invalid escape at line 1, column 3: \\u needs four hex digits", 2);
        row("raw tab", "[\"a\tb\"]", "unescaped control character U+0009 in a string at line 1, column 4: control characters must be escaped", 3);
        row("trailing data", "[1] 2", "unexpected '2' at line 1, column 5: expected the end of the document", 4);
        row("two documents", "{}{}", "unexpected '{' at line 1, column 3: expected the end of the document", 2);
        row("nul outside", QByteArray("[1,\0]", 5), "unexpected byte 0x00 at line 1, column 4: expected a value", 3);
        row("nul in string", QByteArray("[\"a\0\"]", 6), "unescaped control character U+0000 in a string at line 1, column 4: control characters must be escaped", 3);
        row("bad utf8", "[\"\xff\"]", "invalid UTF-8 byte 0xff at line 1, column 3", 2);
        row("overlong", "[\"\xc0\xaf\"]", "invalid UTF-8 byte 0xc0 at line 1, column 3", 2);
        row("encoded surrogate", "[\"\xed\xa0\x80\"]", "invalid UTF-8 sequence at line 1, column 3", 2);
        row("above max", "[\"\xf4\x90\x80\x80\"]", "invalid UTF-8 sequence at line 1, column 3", 2);
        row("truncated utf8", "[\"\xe2\x82\"]", "invalid UTF-8 sequence at line 1, column 3", 2);
        row("utf8 at end", "\"\xe2\x82", "truncated UTF-8 sequence at line 1, column 2", 1);
        row("lone high", "[\"\\ud800\"]", "lone high surrogate \\ud800 at line 1, column 3: expected a \\uDC00-\\uDFFF escape after it", 2);
        row("high then letter", "[\"\\ud800\\u0041\"]", "lone high surrogate \\ud800 at line 1, column 3: expected a \\uDC00-\\uDFFF escape after it", 2);
        row("lone low", "[\"x\\udc00\"]", "lone low surrogate \\udc00 at line 1, column 4", 3);
        row("column counts characters", "[\"é\", x]", "unexpected 'x' at line 1, column 7: expected a value", 7);
        row("column after bom", "\xEF\xBB\xBF[x]", "unexpected 'x' at line 1, column 2: expected a value", 4);
        row("non-ascii outside", "[\xc3\xa9]", "unexpected byte 0xc3 at line 1, column 2: expected a value", 1);
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(qint64, offset);
        const JsonIndexError error = errorOf(body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.offset, offset);
        QVERIFY(!error.cancelled);
        // nlohmann agrees that the body is invalid.
        QVERIFY(!JsonValue::accept(body.constData(), body.constData() + body.size()));
    }

    void deepNesting()
    {
        constexpr int kDepth = 100'000;
        const QByteArray body = QByteArray(kDepth, '[') + QByteArray(kDepth, ']');
        QElapsedTimer timer;
        timer.start();
        const auto index = indexOf(body);
        QVERIFY(index);
        QCOMPARE(index->nodeCount(), qint64(kDepth));
        const JsonIndex::Node deepest = JsonIndex::Node(kDepth - 1);
        QCOMPARE(index->depth(deepest), qint64(kDepth - 1));
        QCOMPARE(index->childCount(deepest), qint64(0));
        QCOMPARE(index->pointer(deepest).size(), qsizetype(2 * (kDepth - 1)));
        const JsonValue dom = index->materialize(index->rootValue().value);
        QVERIFY(dom.is_array());
        QVERIFY2(timer.elapsed() < 5000, "deep nesting must not be quadratic");

        // Unclosed, and over a configured limit: errors, not crashes.
        QCOMPARE(errorOf(QByteArray(kDepth, '[')).reason, QStringLiteral("unexpected end of input: expected a value or ']'"));
        JsonIndexBuildOptions options;
        options.maxDepth = 1000;
        JsonIndexError error;
        QVERIFY(!JsonIndex::build(body, options, &error));
        QCOMPARE(error.message, QStringLiteral("nesting deeper than 1000 levels at line 1, column 1001"));
    }

    void manyKeys()
    {
        QByteArray body = "{";
        for (int i = 0; i < 50'000; ++i)
            body += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        body += '}';
        const auto index = indexOf(body);
        QVERIFY(index);
        QCOMPARE(index->childCount(0), qint64(50'000));
        QCOMPARE(index->text(index->child(0, 49'999).key), QStringLiteral("k49999"));
        QCOMPARE(index->text(index->child(0, 49'999).value), QStringLiteral("49999"));
        QElapsedTimer timer;
        timer.start();
        const JsonValue dom = index->materialize(index->rootValue().value);
        QCOMPARE(dom.size(), std::size_t(50'000));
        COMPARE_JSON(dom["k123"], JsonValue(123));
        QVERIFY2(timer.elapsed() < 2000, "materialize must not look keys up one by one");
    }

    void bigArrayRowsAreConstantTime()
    {
        QByteArray body = "[";
        for (int i = 0; i < 1'000'000; ++i)
            body += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + ",\"name\":\"customer " + QByteArray::number(i)
                    + "\",\"email\":\"c" + QByteArray::number(i) + "@example.com\"}";
        body += ']';
        const auto index = indexOf(body);
        QVERIFY(index);
        QCOMPARE(index->childCount(0), qint64(1'000'000));
        const JsonIndex::Child last = index->child(0, 999'999);
        QCOMPARE(index->text(index->child(last.node, 0).value), QStringLiteral("999999"));
        QCOMPARE(index->pointer(last.node, 0), QStringLiteral("/999999/id"));
        // Even for records of ~75 bytes, with the top-level table built, less than the body.
        QVERIFY2(index->memoryUsage() < body.size(), qPrintable(QString::number(index->memoryUsage())));
    }

    void progressAndCancel()
    {
        QByteArray body = "[";
        for (int i = 0; i < 200'000; ++i)
            body += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + ",\"name\":\"someone\"}";
        body += ']';
        JsonIndexBuildOptions options;
        options.progressInterval = 64 * 1024;
        std::vector<qint64> seen;
        options.progress = [&](qint64 done) { seen.push_back(done); };
        QVERIFY(JsonIndex::build(body, options));
        QVERIFY(seen.size() > 10);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), qint64(body.size()));

        std::atomic_bool cancel = false;
        options.cancel = &cancel;
        options.progress = [&](qint64 done) {
            if (done > body.size() / 2)
                cancel = true;
        };
        JsonIndexError error;
        QVERIFY(!JsonIndex::build(body, options, &error));
        QVERIFY(error.cancelled);
    }

    void bodyIsShared()
    {
        const QByteArray body = "[1, 2]";
        const auto index = indexOf(body);
        QVERIFY(index);
        QCOMPARE(index->body().constData(), body.constData());
    }
};

QTEST_GUILESS_MAIN(TestJsonIndex)
#include "tst_jsonindex.moc"
