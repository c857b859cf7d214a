// SPDX-License-Identifier: MIT
// JsonIndexModel under QAbstractItemModelTester, its display text, and JsonIndexLoader.
#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/core/json/jsonindexloader.h"
#include "models/itemmodels/jsonindexmodel.h"

using namespace cw;

namespace {

std::shared_ptr<const JsonIndex> indexOf(const QByteArray &body)
{
    return JsonIndex::build(body);
}

const QByteArray kSample = "{\"data\": [{\"id\": 1, \"name\": \"Zoë\", \"tags\": [\"a\", \"b\"], \"a/b\": {\"~x\": null}}, {\"id\": 2.5}],"
                           " \"has_more\": true, \"empty\": {}, \"dup\": 1, \"dup\": 2, \"big\": 18446744073709551616}";

} // namespace

class TestJsonIndexModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTree()
    {
        JsonIndexModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(indexOf(kSample));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 4);
        const QModelIndex data = model.index(0, 0);
        QCOMPARE(data.data().toString(), QStringLiteral("data"));
        QCOMPARE(model.index(0, JsonIndexModel::ValueColumn).data().toString(), QStringLiteral("[2 items]"));
        QCOMPARE(model.index(0, JsonIndexModel::ChildrenColumn).data().toLongLong(), 2);
        QCOMPARE(model.rowCount(data), 2);
        const QModelIndex first = model.index(0, 0, data);
        QCOMPARE(first.data().toString(), QStringLiteral("[0]"));
        QCOMPARE(model.index(0, JsonIndexModel::ValueColumn, data).data().toString(),
                 QStringLiteral("{id: 1, name: \"Zoë\", tags: […], a/b: {…}}"));
        QCOMPARE(model.index(1, JsonIndexModel::ValueColumn, first).data().toString(), QStringLiteral("Zoë"));
        QCOMPARE(model.index(1, JsonIndexModel::TypeColumn, first).data().toString(), QStringLiteral("string"));
        QCOMPARE(model.index(0, JsonIndexModel::TypeColumn, first).data().toString(), QStringLiteral("integer"));
        const QModelIndex slashKey = model.index(3, 0, first);
        QCOMPARE(model.index(0, 0, slashKey).data(JsonIndexModel::PointerRole).toString(), QStringLiteral("/data/0/a~1b/~0x"));
        QCOMPARE(model.index(0, JsonIndexModel::TypeColumn, model.index(1, 0, data)).data().toString(), QStringLiteral("number"));
        QCOMPARE(model.index(0, JsonIndexModel::TypeColumn, slashKey).data().toString(), QStringLiteral("null"));
        QCOMPARE(model.parent(model.index(0, 0, first)), first);
        QCOMPARE(model.parent(first), data);
        QVERIFY(!model.hasChildren(model.index(2, 0))); // empty object
        QVERIFY(!model.index(2, JsonIndexModel::ChildrenColumn).data().toLongLong());
        QCOMPARE(model.index(1, JsonIndexModel::ValueColumn).data().toString(), QStringLiteral("true"));
        QCOMPARE(model.index(1, JsonIndexModel::TypeColumn).data().toString(), QStringLiteral("boolean"));
        QVERIFY(!model.index(1, JsonIndexModel::ChildrenColumn).data().isValid());
        // Duplicate keys are both shown: they are what the server sent.
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("dup"));
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("dup"));
        QCOMPARE(model.index(4, JsonIndexModel::ValueColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(5, JsonIndexModel::ValueColumn).data().toString(), QStringLiteral("18446744073709551616"));
        QCOMPARE(model.rawValue(model.index(1, 0, first)), QByteArray("\"Zoë\""));
        QVERIFY(model.value(first) == JsonValue::parse("{\"id\": 1, \"name\": \"Zoë\", \"tags\": [\"a\", \"b\"], \"a/b\": {\"~x\": null}}"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void previewsAreShort()
    {
        QByteArray record = "[{";
        for (int i = 0; i < 30; ++i)
            record += (i ? ", \"field" : "\"field") + QByteArray::number(i) + "\": \"" + QByteArray(60, 'v') + "\"";
        record += "}]";
        JsonIndexModel model;
        model.setIndex(indexOf(record));
        const QString preview = model.index(0, JsonIndexModel::ValueColumn).data().toString();
        QVERIFY2(preview.size() < 200, qPrintable(preview));
        QVERIFY(preview.endsWith(QStringLiteral(", …}")));
        QVERIFY2(preview.contains(QStringLiteral("vvv…\"")), qPrintable(preview));
    }

    void topLevelScalarIsOneRow()
    {
        JsonIndexModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(indexOf("\"just text\""));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonIndexModel::ValueColumn).data().toString(), QStringLiteral("just text"));
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        QVERIFY(!model.parent(model.index(0, 0)).isValid());
        model.setIndex(indexOf("[]"));
        QCOMPARE(model.rowCount(), 0);
    }

    void testerOnNestedDocuments()
    {
        JsonIndexModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QByteArray body = "[";
        for (int i = 0; i < 300; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i)
                    + ",\"nested\":{\"list\":[[1,2],{\"deep\":[{\"x\":\"y\"}]}],\"s\":\"\\u00e9\"}}";
        body += "]";
        model.setIndex(indexOf(body));
        QCOMPARE(model.rowCount(), 300);
        // Walk everything, checking parent() against the path taken.
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex child = model.index(r, 0, parent);
                QCOMPARE(model.parent(child), parent);
                walk(child);
            }
        };
        walk({});
        const QModelIndex deep = model.index(0, 0, model.index(1, 0, model.index(0, 0, model.index(1, 0, model.index(299, 0)))));
        QCOMPARE(deep.data(JsonIndexModel::PointerRole).toString(), QStringLiteral("/299/nested/list/1/deep"));
        QVERIFY(!QTest::currentTestFailed());
    }

    void loaderBuildsOffTheGuiThread()
    {
        QByteArray body = "[";
        for (int i = 0; i < 100'000; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + ",\"name\":\"customer\"}";
        body += "]";
        JsonIndexLoader loader;
        QSignalSpy finished(&loader, &JsonIndexLoader::finished);
        QSignalSpy failed(&loader, &JsonIndexLoader::failed);
        QSignalSpy progress(&loader, &JsonIndexLoader::progress);
        JsonIndexBuildOptions options;
        options.progressInterval = 256 * 1024;
        loader.start(body, options);
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!loader.isRunning());
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), body.size());
        QCOMPARE(progress.last().at(1).toLongLong(), body.size());
        const auto index = finished.first().at(0).value<std::shared_ptr<const JsonIndex>>();
        QVERIFY(index);
        JsonIndexModel model;
        model.setIndex(index);
        QCOMPARE(model.rowCount(), 100'000);
    }

    void loaderReportsErrorsAndCancels()
    {
        JsonIndexLoader loader;
        QSignalSpy finished(&loader, &JsonIndexLoader::finished);
        QSignalSpy failed(&loader, &JsonIndexLoader::failed);
        loader.start("{\n  \"a\": 1,,\n}");
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().at(0).value<JsonIndexError>();
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 10);
        QCOMPARE(error.message, QStringLiteral("unexpected ',' at line 2, column 10: expected a string key"));

        // A superseded build never reports; a cancelled one reports once, as cancelled.
        failed.clear();
        loader.start("[1]");
        loader.start("[2, 3]");
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<std::shared_ptr<const JsonIndex>>()->childCount(0), 2);
        QCOMPARE(failed.count(), 1); // the first, cancelled by the second start
        QVERIFY(failed.first().at(0).value<JsonIndexError>().cancelled);

        failed.clear();
        loader.start(QByteArray(50'000'000, ' ') + "[]");
        loader.cancel();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!loader.isRunning());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_MAIN(TestJsonIndexModel)
#include "tst_jsonindexmodel.moc"
