// SPDX-License-Identifier: MIT
// parseJsonDocument, the sync engine's page parser, against JsonValue::parse: the same value
// (key order, duplicates, numbers, escapes) for every document both accept, the same byte
// and message for every one they refuse, and a refusal instead of an exception for numbers
// out of range.
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "models/core/json/jsondocument.h"

using namespace cw;

namespace {

// Equal values of the same JSON kinds, down to unsigned versus signed integers, which
// operator== does not tell apart.
bool sameKinds(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (a.is_object()) {
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (x.key() != y.key() || !sameKinds(*x, *y))
                return false;
        }
    } else if (a.is_array()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameKinds(a[i], b[i]))
                return false;
        }
    }
    return a == b;
}

} // namespace

class TestJsonDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameValueAsParse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("string") << QByteArray(R"("a\u00e9\ud83d\ude00\n")");
        QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[],"c":[[],{}]})");
        QTest::newRow("key order kept") << QByteArray(R"({"z":1,"a":2,"m":{"y":1,"b":2}})");
        QTest::newRow("duplicate keys: the last wins in the first place")
            << QByteArray(R"({"a":1,"b":2,"a":{"x":[1,2]},"c":3,"b":null})");
        QTest::newRow("numbers") << QByteArray(R"([0,-0,-0.0,1.5,-2e-3,1E2,18446744073709551615,-9223372036854775808,1e308])");
        QTest::newRow("integers beyond 64 bits") << QByteArray(R"([18446744073709551616,-9223372036854775809])");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\":1}");
        QString deep;
        for (int i = 0; i < 3000; ++i)
            deep += u'[';
        for (int i = 0; i < 3000; ++i)
            deep += u']';
        QTest::newRow("nesting beyond simdjson's depth") << deep.toUtf8();
        QTest::newRow("records of changing shapes")
            << QByteArray(R"({"data":[{"id":1,"a":{"b":[1,2,3]}},{"id":2},{"id":3,"a":{"b":[],"c":{"d":true}},"e":"x"},{}],"total":3})");
        QTest::newRow("whitespace") << QByteArray(" \n\t[ 1 , { \"a\" : [ ] } ]\r\n ");
        QString big;
        for (int i = 0; i < 3000; ++i)
            big += QStringLiteral("{\"id\":%1,\"name\":\"n%1\",\"tags\":[%2]},").arg(i).arg(i % 7);
        big.chop(1);
        QTest::newRow("3000 records, after a page of other sizes") << (u"[[1,2],{\"k\":1}," + big + u']').toUtf8();
    }
    void sameValueAsParse()
    {
        QFETCH(QByteArray, text);
        const JsonValue expected = JsonValue::parse(text.constData(), text.constData() + text.size());
        JsonDocumentError error;
        const std::optional<JsonValue> parsed = parseJsonDocument(std::string_view(text.constData(), std::size_t(text.size())), &error);
        QVERIFY2(parsed, error.message.c_str());
        QCOMPARE(QString::fromStdString(parsed->dump()), QString::fromStdString(expected.dump()));
        QVERIFY(sameKinds(*parsed, expected));

        // A buffer with room for simdjson's padding is parsed in place: the same value, and
        // what lies past the text (here a truncated continuation) is never read as JSON.
        QByteArray roomy = text;
        roomy.reserve(text.size() + 128);
        const qsizetype size = roomy.size();
        roomy.append("{\"never\":[1,");
        const std::optional<JsonValue> inPlace = parseJsonDocument(
            std::string_view(roomy.constData(), std::size_t(size)), &error, std::size_t(roomy.capacity()));
        QVERIFY2(inPlace, error.message.c_str());
        QCOMPARE(QString::fromStdString(inPlace->dump()), QString::fromStdString(expected.dump()));
    }

    void projectSamplesParseAlike()
    {
        // Every JSON file the project's tests read: real-world shapes, unicode, nesting.
        const QString data = QFINDTESTDATA("../data");
        QVERIFY(!data.isEmpty());
        int files = 0;
        for (QDirIterator it(data, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            const std::string_view view(text.constData(), std::size_t(text.size()));
            JsonValue expected;
            bool accepted = true;
            try {
                expected = JsonValue::parse(view);
            } catch (const JsonValue::exception &) {
                accepted = false;
            }
            const std::optional<JsonValue> parsed = parseJsonDocument(view);
            QCOMPARE(bool(parsed), accepted);
            if (parsed)
                QVERIFY2(sameKinds(*parsed, expected), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 5);
    }

    void refusesLikeParse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("unclosed object") << QByteArray(R"({"a":[1,2)");
        QTest::newRow("trailing comma") << QByteArray(R"([1,2,])");
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)");
        QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
        QTest::newRow("lone surrogate") << QByteArray(R"(["\ud800"])");
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\xfe\"]");
        QTest::newRow("NUL in a string") << QByteArray("[\"a\0b\"]", 7);
    }
    void refusesLikeParse()
    {
        QFETCH(QByteArray, text);
        std::size_t byte = 0;
        std::string message;
        try {
            const JsonValue accepted = JsonValue::parse(text.constData(), text.constData() + text.size());
            QFAIL(qPrintable(QStringLiteral("JsonValue::parse accepted it as ") + QString::fromStdString(accepted.dump())));
        } catch (const JsonValue::parse_error &e) {
            byte = e.byte;
            message = e.what();
        }
        JsonDocumentError error;
        QVERIFY(!parseJsonDocument(std::string_view(text.constData(), std::size_t(text.size())), &error));
        QCOMPARE(error.byte, byte);
        QCOMPARE(QString::fromStdString(error.message), QString::fromStdString(message));
    }

    void outOfRangeNumbersAreRefusedNotThrown()
    {
        // JsonValue::parse throws out_of_range here, which a catch of parse_error misses.
        for (const char *text : {"[1e400]", "{\"total\":-1e999}"}) {
            JsonDocumentError error;
            std::optional<JsonValue> parsed;
            try {
                parsed = parseJsonDocument(text, &error);
            } catch (...) {
                QFAIL("threw");
            }
            QVERIFY(!parsed);
            QVERIFY2(QString::fromStdString(error.message).contains(QStringLiteral("number overflow")), error.message.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
