// SPDX-License-Identifier: MIT
// Schema inference: type unification and formats (data-driven), statistics, the SAX path
// over whole bodies, and the tricky inputs of issue 4 (a float first seen on page two,
// empty arrays, always-null fields, arrays of arrays, integers beyond 64 bits, invalid
// UTF-8, duplicate keys, 100,000 levels of nesting, 50,000 keys).
#include <QElapsedTimer>
#include <QTest>

#include "models/core/schema/schemainferrer.h"

using cw::FivetranType;
using cw::JsonKind;
using cw::ValueFormat;

namespace {

/// Inference over `records` (a JSON array) through the byte path, which sees numbers as written.
cw::InferredSchema inferBytes(const QByteArray &records)
{
    cw::SchemaInferrer inferrer;
    QString error;
    if (!inferrer.addBody(records, QString(), &error))
        qWarning("%s", qPrintable(error));
    return inferrer.schema();
}

QString formatsOf(const cw::PathInfo &p)
{
    QStringList out;
    for (const ValueFormat f : p.detectedFormats())
        out << cw::toString(f);
    return out.join(u',');
}

} // namespace

class TestSchemaInferrer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unification_data()
    {
        QTest::addColumn<QByteArray>("records");
        QTest::addColumn<QString>("type");     // suggested Fivetran type of /v
        QTest::addColumn<QString>("formats");  // formats that matched every value of /v
        QTest::newRow("booleans") << QByteArray(R"([{"v":true},{"v":false}])") << "BOOLEAN" << "";
        QTest::newRow("integers") << QByteArray(R"([{"v":1},{"v":-20}])") << "LONG" << "";
        QTest::newRow("integer and float") << QByteArray(R"([{"v":1},{"v":2.5}])") << "DOUBLE" << "";
        QTest::newRow("integer and string") << QByteArray(R"([{"v":1},{"v":"a"}])") << "STRING" << "";
        QTest::newRow("boolean and integer") << QByteArray(R"([{"v":true},{"v":1}])") << "STRING" << "";
        QTest::newRow("object and string") << QByteArray(R"([{"v":{"a":1}},{"v":"a"}])") << "JSON" << "";
        QTest::newRow("only null") << QByteArray(R"([{"v":null},{"v":null}])") << "" << "";
        QTest::newRow("nulls ignored") << QByteArray(R"([{"v":null},{"v":3}])") << "LONG" << "";
        QTest::newRow("utc date-time") << QByteArray(R"([{"v":"2026-01-05T10:00:00Z"},{"v":"2026-01-05 10:00:00.123+02:00"}])")
                                       << "UTC_DATETIME" << "date-time";
        QTest::newRow("naive date-time") << QByteArray(R"([{"v":"2026-01-05T10:00:00"}])") << "NAIVE_DATETIME"
                                         << "date-time-naive";
        QTest::newRow("mixed offsets") << QByteArray(R"([{"v":"2026-01-05T10:00:00"},{"v":"2026-01-05T10:00:00Z"}])")
                                       << "STRING" << "";
        QTest::newRow("nanoseconds") << QByteArray(R"([{"v":"2026-01-05T10:00:00.123456789Z"}])") << "STRING"
                                     << "date-time";
        QTest::newRow("date") << QByteArray(R"([{"v":"2026-02-28"}])") << "NAIVE_DATE" << "date";
        QTest::newRow("not a date") << QByteArray(R"([{"v":"2026-13-01"}])") << "STRING" << "";
        QTest::newRow("time") << QByteArray(R"([{"v":"23:59:59"},{"v":"08:00:00.5Z"}])") << "STRING" << "time";
        QTest::newRow("epoch seconds") << QByteArray(R"([{"v":1767225600}])") << "LONG" << "epoch-seconds";
        QTest::newRow("epoch millis") << QByteArray(R"([{"v":1767225600000}])") << "LONG" << "epoch-millis";
        QTest::newRow("numeric strings") << QByteArray(R"([{"v":"12.50"},{"v":"-3"},{"v":"1e5"}])") << "STRING"
                                         << "numeric-string";
        QTest::newRow("boolean strings") << QByteArray(R"([{"v":"true"},{"v":"FALSE"}])") << "STRING" << "boolean-string";
        QTest::newRow("uuid") << QByteArray(R"([{"v":"123e4567-e89b-12d3-a456-426614174000"}])") << "STRING" << "uuid";
        QTest::newRow("big integer") << QByteArray(R"([{"v":123456789012345678901234567890}])") << "DECIMAL" << "";
        QTest::newRow("huge integer")
            << QByteArray(R"([{"v":1234567890123456789012345678901234567890123}])") << "STRING" << "";
        QTest::newRow("big integer and float") << QByteArray(R"([{"v":123456789012345678901234567890},{"v":1.5}])")
                                               << "STRING" << "";
        QTest::newRow("uint64 max") << QByteArray(R"([{"v":18446744073709551615}])") << "DECIMAL" << "";
        QTest::newRow("int64 max") << QByteArray(R"([{"v":9223372036854775807}])") << "LONG" << "";
        QTest::newRow("array") << QByteArray(R"([{"v":[1,2]}])") << "JSON" << "";
    }

    void unification()
    {
        QFETCH(QByteArray, records);
        QFETCH(QString, type);
        QFETCH(QString, formats);
        const cw::InferredSchema schema = inferBytes(records);
        const cw::PathInfo *v = schema.find(QStringLiteral("/v"));
        QVERIFY(v);
        QCOMPARE(cw::toString(v->suggestedType), type);
        QCOMPARE(formatsOf(*v), formats);
    }

    void firstFloatOnPageTwo()
    {
        // Page one has only integers; the type must change when page two brings a float.
        cw::SchemaInferrer inferrer;
        QVERIFY(inferrer.addBody(QByteArray(R"({"data":[{"price":1},{"price":2}]})"), QStringLiteral("/data")));
        QCOMPARE(cw::toString(inferrer.schema().find(QStringLiteral("/price"))->suggestedType), cw::toString(FivetranType::Long));
        QVERIFY(inferrer.addBody(QByteArray(R"({"data":[{"price":3},{"price":4.25}]})"), QStringLiteral("/data")));
        const cw::InferredSchema schema = inferrer.schema();
        const cw::PathInfo *price = schema.find(QStringLiteral("/price"));
        QCOMPARE(cw::toString(price->suggestedType), cw::toString(FivetranType::Double));
        QCOMPARE(price->count(JsonKind::Integer), 3);
        QCOMPARE(price->count(JsonKind::Float), 1);
        QCOMPARE(price->maxScale, 2);
        QCOMPARE(*price->minNumber, 1.0);
        QCOMPARE(*price->maxNumber, 4.25);
        QCOMPARE(schema.recordCount(), 4);
    }

    void statistics()
    {
        const auto records = cw::JsonValue::parse(R"([
            {"id": 1, "name": "Ada", "amount": 12.5, "tags": [], "m": [[1, 2], [3]], "gone": null},
            {"id": 2, "name": "Grace Hopper", "amount": 100.125, "tags": ["a"], "gone": null},
            {"id": 3, "name": "Ada", "tags": ["b", "c"], "gone": null}
        ])");
        const cw::InferredSchema schema = cw::SchemaInferrer::infer(records);
        QCOMPARE(schema.recordCount(), 3);
        const cw::PathInfo *name = schema.find(QStringLiteral("/name"));
        QCOMPARE(name->distinctEstimate, 2);
        QVERIFY(name->distinctExact);
        QCOMPARE(name->maxLength, 12);
        QCOMPARE(name->minString, QStringLiteral("Ada"));
        QCOMPARE(name->maxString, QStringLiteral("Grace Hopper"));
        QCOMPARE(name->examples, (QStringList{QStringLiteral("\"Ada\""), QStringLiteral("\"Grace Hopper\"")}));
        const cw::PathInfo *amount = schema.find(QStringLiteral("/amount"));
        QCOMPARE(amount->presence(), 2.0 / 3.0);
        QCOMPARE(amount->maxIntegerDigits, 3);
        QCOMPARE(amount->maxScale, 3);
        // Empty arrays count as arrays and add no element path.
        const cw::PathInfo *tags = schema.find(QStringLiteral("/tags"));
        QCOMPARE(tags->count(JsonKind::Array), 3);
        QCOMPARE(tags->maxArrayLength, 2);
        QCOMPARE(schema.find(QStringLiteral("/tags/*"))->occurrences, 3);
        // Arrays of arrays: elements of elements under "/*/*".
        const cw::PathInfo *inner = schema.find(QStringLiteral("/m/*/*"));
        QVERIFY(inner);
        QCOMPARE(inner->count(JsonKind::Integer), 3);
        QCOMPARE(cw::toString(schema.find(QStringLiteral("/m/*"))->suggestedType), cw::toString(FivetranType::Json));
        // Always null: present everywhere, no type.
        const cw::PathInfo *gone = schema.find(QStringLiteral("/gone"));
        QCOMPARE(gone->presence(), 1.0);
        QCOMPARE(gone->nullRatio(), 1.0);
        QCOMPARE(cw::toString(gone->suggestedType), cw::toString(FivetranType::Unspecified));
        // Depth-first, members in first-seen order.
        QStringList paths;
        for (const cw::PathInfo &p : schema.paths())
            paths << p.path;
        QCOMPARE(paths, (QStringList{"", "/id", "/name", "/amount", "/tags", "/tags/*", "/m", "/m/*", "/m/*/*", "/gone"}));
        QCOMPARE(schema.children(QStringLiteral("/m")).size(), 1);
    }

    void distinctEstimateIsBounded()
    {
        cw::SchemaInferrer inferrer;
        for (int i = 0; i < 20000; ++i)
            inferrer.addRecord(cw::JsonValue{{"id", i}, {"mod", i % 10}});
        const cw::InferredSchema schema = inferrer.schema();
        const cw::PathInfo *id = schema.find(QStringLiteral("/id"));
        QVERIFY(!id->distinctExact);
        QVERIFY2(qAbs(id->distinctEstimate - 20000) < 20000 * 0.06, qPrintable(QString::number(id->distinctEstimate)));
        QCOMPARE(schema.find(QStringLiteral("/mod"))->distinctEstimate, 10);
        QCOMPARE(id->examples.size(), 3);
    }

    void bodyAndRecordsAgree()
    {
        const QByteArray body = R"({"meta":{"next":"x","data":[9]},"data":[{"a":1,"b":{"c":"2026-01-01"}},{"a":2.5,"b":null}]})";
        cw::SchemaInferrer fromBytes;
        QVERIFY(fromBytes.addBody(body, QStringLiteral("/data")));
        const cw::JsonValue parsed = cw::JsonValue::parse(body.toStdString());
        const cw::InferredSchema fromDom = cw::SchemaInferrer::infer(parsed.at("data"));
        QCOMPARE(fromBytes.schema().toJson().dump(), fromDom.toJson().dump());
        QCOMPARE(fromBytes.recordCount(), 2);
    }

    void recordsPointer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("records");
        QTest::newRow("root array") << QByteArray(R"([{"a":1},{"a":2}])") << "" << true << 2;
        QTest::newRow("nested") << QByteArray(R"({"x":{"items":[{"a":1}]},"items":[]})") << "/x/items" << true << 1;
        QTest::newRow("index in pointer") << QByteArray(R"({"pages":[{"r":[{"a":1}]},{"r":[{"a":1},{"a":2}]}]})")
                                          << "/pages/1/r" << true << 2;
        QTest::newRow("escaped key") << QByteArray(R"({"a/b":[{"a":1}]})") << "/a~1b" << true << 1;
        QTest::newRow("single object") << QByteArray(R"({"data":{"a":1}})") << "/data" << true << 1;
        QTest::newRow("missing") << QByteArray(R"({"data":[]})") << "/items" << false << 0;
        QTest::newRow("not JSON") << QByteArray(R"({"data":[{"a":1},)") << "/data" << false << 1;
    }

    void recordsPointer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pointer);
        QFETCH(bool, ok);
        QFETCH(int, records);
        cw::SchemaInferrer inferrer;
        QString error;
        QCOMPARE(inferrer.addBody(body, pointer, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        QCOMPARE(inferrer.recordCount(), records);
        if (!ok)
            QVERIFY(inferrer.schema().notes().contains(error));
    }

    void bigIntegersAreNoted()
    {
        const cw::InferredSchema schema = inferBytes(R"([{"v":123456789012345678901234567890,"w":1}])");
        const cw::PathInfo *v = schema.find(QStringLiteral("/v"));
        QCOMPARE(v->bigIntegerCount, 1);
        QCOMPARE(v->count(JsonKind::Integer), 1);
        QCOMPARE(v->maxIntegerDigits, 30);
        QCOMPARE(v->suggestedPrecision, 38);
        QCOMPARE(v->examples, QStringList{QStringLiteral("123456789012345678901234567890")});
        QVERIFY(schema.notes().join(u' ').contains(QStringLiteral("beyond 64 bits")));
    }

    void invalidUtf8IsReplaced()
    {
        const QByteArray body = "[{\"name\":\"caf\xC3\xA9\"},{\"name\":\"bad \xFF\xFE here\"},{\"name\":\"ok\"}]";
        cw::SchemaInferrer inferrer;
        QVERIFY(inferrer.addBody(body, QString()));
        const cw::InferredSchema schema = inferrer.schema();
        QCOMPARE(schema.recordCount(), 3);
        QVERIFY(schema.notes().join(u' ').contains(QStringLiteral("invalid UTF-8")));
        QVERIFY(schema.find(QStringLiteral("/name"))->examples.join(u' ').contains(QChar(0xFFFD)));
        // The DOM path meets such strings when records were built from raw bytes.
        cw::SchemaInferrer dom;
        dom.addRecord(cw::JsonValue{{"name", std::string("x\xFFy")}});
        QVERIFY(dom.schema().notes().join(u' ').contains(QStringLiteral("invalid UTF-8")));
    }

    void duplicateKeys()
    {
        const cw::InferredSchema schema = inferBytes(R"([{"a":1,"a":"x","b":{"c":1,"c":2}},{"a":2}])");
        const cw::PathInfo *a = schema.find(QStringLiteral("/a"));
        QCOMPARE(a->duplicateKeys, 1);
        QCOMPARE(a->occurrences, 2);
        QCOMPARE(cw::toString(a->suggestedType), cw::toString(FivetranType::Long));
        QCOMPARE(schema.find(QStringLiteral("/b/c"))->duplicateKeys, 1);
        QVERIFY(schema.notes().join(u' ').contains(QStringLiteral("duplicate key")));
    }

    void deepNesting()
    {
        constexpr int depth = 100000;
        QByteArray body;
        body.reserve(depth * 7);
        body += '[';
        for (int i = 0; i < depth; ++i)
            body += "{\"a\":";
        body += '1';
        body += QByteArray(depth, '}');
        body += ']';
        QElapsedTimer timer;
        timer.start();
        cw::SchemaInferrer inferrer;
        QVERIFY(inferrer.addBody(body, QString()));
        cw::InferredSchema schema = inferrer.schema();
        QCOMPARE(schema.paths().size(), 65);  // the record and 64 levels
        QVERIFY(schema.notes().join(u' ').contains(QStringLiteral("deeper than 64")));

        // The same record as a DOM: nlohmann parses it without recursion; inference stops at
        // the limit, so its own recursion is bounded.
        const cw::JsonValue dom = cw::JsonValue::parse(body.constData(), body.constData() + body.size());
        cw::SchemaInferrer fromDom;
        fromDom.addRecords(dom);
        QCOMPARE(fromDom.schema().paths().size(), 65);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void manyKeys()
    {
        QByteArray body = "[{";
        for (int i = 0; i < 50000; ++i)
            body += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        body += "}]";
        QElapsedTimer timer;
        timer.start();
        cw::SchemaInferrer inferrer;
        QVERIFY(inferrer.addBody(body, QString()));
        const cw::InferredSchema schema = inferrer.schema();
        QCOMPARE(schema.paths().size(), cw::InferenceLimits().maxPaths);
        QVERIFY(schema.find(QStringLiteral("/k0")));
        QVERIFY(!schema.find(QStringLiteral("/k49999")));
        QVERIFY(schema.notes().join(u' ').contains(QStringLiteral("Only the first 10000 paths")));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void deterministic()
    {
        const QByteArray body = R"([{"z":1,"a":{"y":[1,2.5,"x"]},"m":"2026-01-01"},{"b":true,"z":null}])";
        const cw::InferredSchema first = inferBytes(body);
        const cw::InferredSchema second = inferBytes(body);
        QVERIFY(first == second);
        QCOMPARE(first.toJson().dump(), second.toJson().dump());
        QCOMPARE(first.toJson().at("paths").at(1).at("path").get<std::string>(), std::string("/z"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaInferrer)
#include "tst_schemainferrer.moc"
