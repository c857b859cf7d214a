// SPDX-License-Identifier: MIT
// The dialogs that edit what the explorer only summarises: a stream's pagination, incremental
// cursor and parent (StreamSettingsDialog), and the project's connection, auth and
// configuration fields (ConnectionDialog), and a stream's deletions feed (DeletionsDialog). Each edit is validated as typed and applied as one
// undoable step; the result is what the engine then walks.
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/http/httpclient.h"
#include "models/core/sync/pagewalker.h"
#include "models/itemmodels/projectdocument.h"
#include "models/core/sync/syncengine.h"
#include "models/core/warehouse/warehouse.h"
#include "widgets/dialogs/connectiondialog.h"
#include "widgets/dialogs/deletionsdialog.h"
#include "widgets/dialogs/paginationform.h"
#include "widgets/dialogs/streamsettingsdialog.h"

using namespace cw;

class TestSettingsDialogs final : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    static int indexOf(const Project &project, const QString &name)
    {
        for (int i = 0; i < project.streams.size(); ++i) {
            if (project.streams.at(i).name == name)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoServer::Options options;
        options.records = 230;
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void streamSettingsEditAndWalk()
    {
        ProjectDocument document;
        document.reset(makeDemoProject(m_server.baseUrl()), {}, {{QStringLiteral("api_token"), QStringLiteral("demo-token")}});
        const int events = indexOf(document.project(), QStringLiteral("events"));
        QVERIFY(events >= 0);
        const Stream before = document.project().streams.at(events);

        StreamSettingsDialog dialog(&document, events);
        QCOMPARE(toString(PaginationType(dialog.paginationType()->currentData().toInt())), toString(before.pagination.type));
        QCOMPARE(dialog.field(QStringLiteral("recordsPath"))->text(), before.recordsPath);
        QVERIFY(dialog.problems().isEmpty());

        // Switch to cursor pagination without saying where the cursor is: the validator's
        // warnings show (incomplete settings may be saved and finished later)...
        dialog.paginationType()->setCurrentIndex(dialog.paginationType()->findData(int(PaginationType::CursorToken)));
        dialog.field(QStringLiteral("cursorParam"))->clear();
        dialog.field(QStringLiteral("cursorValue"))->clear();
        QVERIFY2(dialog.problems().join(u'\n').contains(QStringLiteral("warning: Cursor pagination needs")),
                 qPrintable(dialog.problems().join(u'\n')));
        // ... while a location that is not a JSON pointer is an error, and OK does nothing.
        dialog.field(QStringLiteral("cursorValue"))->setText(QStringLiteral("next_cursor"));
        QVERIFY2(dialog.problems().join(u'\n').contains(QStringLiteral("error:")), qPrintable(dialog.problems().join(u'\n')));
        dialog.accept();
        QCOMPARE(document.project().streams.at(events), before);

        // The demo's events continue after a plain event id: Stripe style, from the last record.
        dialog.field(QStringLiteral("cursorParam"))->setText(QStringLiteral("after"));
        dialog.cursorSource()->setCurrentIndex(2);
        dialog.field(QStringLiteral("cursorValue"))->setText(QStringLiteral("/id"));
        dialog.pageSize()->setValue(50);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        const Stream shown = dialog.stream();
        QCOMPARE(toString(shown.pagination.type), toString(PaginationType::CursorToken));
        QCOMPARE(shown.pagination.lastRecordCursorPath, QStringLiteral("/id"));
        QVERIFY(shown.pagination.nextUrlPath.isEmpty());  // only the chosen strategy's settings stay
        QVERIFY(shown.pagination.cursorPath.isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Stream after = document.project().streams.at(events);
        QCOMPARE(after.pagination.lastRecordCursorPath, QStringLiteral("/id"));
        QCOMPARE(after.pagination.pageSize, 50);
        QCOMPARE(after.incremental, before.incremental);

        // What the dialog wrote is what the walker walks: every event, five pages of 50.
        HttpClient client;
        PageWalker walker(document.project(), after, document.configurationValues());
        qint64 records = 0;
        for (int i = 0; walker.hasNext() && i < 20; ++i) {
            const PageFetch page = walker.fetchNext(client);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            records += page.recordCount;
        }
        QVERIFY2(!walker.failed(), qPrintable(walker.stopReason()));
        QCOMPARE(records, qint64(230));
        QCOMPARE(walker.pageCount(), 6);  // the sixth page is empty and ends the walk

        // One undo step restores the stream.
        document.undoStack()->undo();
        QCOMPARE(document.project().streams.at(events), before);
    }

    void streamSettingsIncrementalAndParent()
    {
        ProjectDocument document;
        document.reset(makeDemoProject(m_server.baseUrl()), {});
        const int notes = indexOf(document.project(), QStringLiteral("customer_notes"));
        QVERIFY(notes >= 0);
        StreamSettingsDialog dialog(&document, notes);
        QCOMPARE(dialog.parentStream()->currentData().toString(), QStringLiteral("customers"));
        // The parent list never offers the stream itself.
        QCOMPARE(dialog.parentStream()->findData(QStringLiteral("customer_notes")), -1);
        dialog.field(QStringLiteral("cursorField"))->setText(QStringLiteral("created_at"));
        dialog.incrementalFormat()->setCurrentIndex(dialog.incrementalFormat()->findData(QStringLiteral("epoch_seconds")));
        dialog.accept();
        const Stream after = document.project().streams.at(notes);
        QCOMPARE(after.incremental.cursorField, QStringLiteral("created_at"));
        QCOMPARE(after.incremental.format, QStringLiteral("epoch_seconds"));
        QCOMPARE(after.parent.stream, QStringLiteral("customers"));

        // Dropping the parent clears its fields, so the file holds no stale link.
        StreamSettingsDialog again(&document, notes);
        again.parentStream()->setCurrentIndex(0);
        QVERIFY(again.stream().parent.parentField.isEmpty());
        QVERIFY(again.stream().parent.pathParameter.isEmpty());
    }

    void deletionsFeedEditValidateAndSync()
    {
        DemoServer server;
        DemoServer::Options options;
        options.records = 120;
        QVERIFY(server.start(options));
        ProjectDocument document;
        Project project = makeDemoProject(server.baseUrl());
        const int customers = indexOf(project, QStringLiteral("customers"));
        project.streams[customers].deletions = Deletions();  // start without a feed
        document.reset(project, {}, {{QStringLiteral("api_token"), QStringLiteral("demo-token")}});

        DeletionsDialog dialog(&document, customers);
        QVERIFY(dialog.field(QStringLiteral("path"))->text().isEmpty());
        // The default key is where the stream's records hold it.
        QCOMPARE(dialog.field(QStringLiteral("keyPaths"))->placeholderText(), QStringLiteral("/id"));
        dialog.field(QStringLiteral("path"))->setText(QStringLiteral("/deletions"));
        dialog.field(QStringLiteral("parameters"))->setText(QStringLiteral("resource=customers"));
        dialog.field(QStringLiteral("recordsPath"))->setText(QStringLiteral("/data"));
        PaginationForm *paging = dialog.paginationForm();
        paging->type()->setCurrentIndex(paging->type()->findData(int(PaginationType::OffsetLimit)));
        dialog.field(QStringLiteral("offsetParam"))->setText(QStringLiteral("offset"));
        dialog.field(QStringLiteral("limitParam"))->setText(QStringLiteral("limit"));
        dialog.field(QStringLiteral("cursorField"))->setText(QStringLiteral("deleted_at"));
        dialog.field(QStringLiteral("requestParam"))->setText(QStringLiteral("since"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        // Two key paths for a one-column key is an error, and OK does nothing then.
        dialog.field(QStringLiteral("keyPaths"))->setText(QStringLiteral("/id, /resource"));
        QVERIFY(dialog.problems().join(u'\n').contains(QStringLiteral("error: The deletions feed names 2 key path(s)")));
        dialog.accept();
        QVERIFY(!document.project().streams.at(customers).deletions.isEnabled());
        dialog.field(QStringLiteral("keyPaths"))->clear();
        dialog.accept();
        const Deletions feed = document.project().streams.at(customers).deletions;
        QCOMPARE(feed.path, QStringLiteral("/deletions"));
        QCOMPARE(feed.parameters.size(), 1);
        QCOMPARE(feed.parameters.at(0).name, QStringLiteral("resource"));
        QCOMPARE(feed.parameters.at(0).value, QStringLiteral("customers"));
        QCOMPARE(feed.incremental.cursorField, QStringLiteral("deleted_at"));
        QCOMPARE(DeletionsDialog::queryText(DeletionsDialog::parseQuery(QStringLiteral("a=1& b = {{ config.x }} &c"))),
                 QStringLiteral("a=1&b={{ config.x }}&c="));

        // What the dialog made is what the engine reads: a sync, time moves on, a sync marks rows.
        QTemporaryDir dir;
        Warehouse warehouse;
        QVERIFY(warehouse.open(dir.filePath(QStringLiteral("w.db"))));
        SyncOptions sync;
        sync.streams = {QStringLiteral("customers")};
        QVERIFY(SyncEngine(document.project(), document.configurationValues(), warehouse, sync).run().succeeded);
        server.advanceTime(1);
        const SyncSummary second = SyncEngine(document.project(), document.configurationValues(), warehouse, sync).run();
        QVERIFY2(second.succeeded, qPrintable(second.reason));
        QVERIFY(second.counters.operations.deletes > 0);
        QCOMPARE(warehouse.query(QStringLiteral("SELECT count(*) FROM customers WHERE _fivetran_deleted = 1")).rows.at(0).at(0).get<qint64>(),
                 second.counters.operations.deletes);

        // One undo step; Remove Feed is one more.
        document.undoStack()->undo();
        QVERIFY(!document.project().streams.at(customers).deletions.isEnabled());
        document.undoStack()->redo();
        DeletionsDialog again(&document, customers);
        QCOMPARE(again.field(QStringLiteral("parameters"))->text(), QStringLiteral("resource=customers"));
        again.removeFeed();
        QVERIFY(!document.project().streams.at(customers).deletions.isEnabled());

        // A child stream's dialog says why it has no feed.
        const int notes = indexOf(document.project(), QStringLiteral("customer_notes"));
        DeletionsDialog child(&document, notes);
        child.field(QStringLiteral("path"))->setText(QStringLiteral("/deletions"));
        QVERIFY(child.problems().join(u'\n').contains(QStringLiteral("child stream")));
    }

    void connectionAuthAndFields()
    {
        ProjectDocument document;
        document.reset(makeDemoProject(m_server.baseUrl()), {});
        const Project before = document.project();
        ConnectionDialog dialog(&document);
        QCOMPARE(dialog.baseUrl()->text(), before.connection.baseUrl);
        QCOMPARE(toString(AuthType(dialog.authType()->currentData().toInt())), toString(before.connection.auth.type));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));

        // API key in the query, from a field that does not exist yet: OK adds it, as a secret.
        dialog.authType()->setCurrentIndex(dialog.authType()->findData(int(AuthType::ApiKey)));
        dialog.authField(QStringLiteral("apiKeyName"))->setText(QStringLiteral("api_key"));
        dialog.apiKeyIn()->setCurrentIndex(dialog.apiKeyIn()->findData(QStringLiteral("query")));
        dialog.authField(QStringLiteral("apiKeyValue"))->setText(QStringLiteral("{{ config.shop_key }}"));
        dialog.verifyTls()->setChecked(false);
        const Project shown = dialog.project();
        QCOMPARE(toString(shown.connection.auth.type), toString(AuthType::ApiKey));
        QVERIFY(shown.connection.auth.token.isEmpty());  // the bearer template is gone with its scheme
        QVERIFY(!shown.connection.verifyTls);
        const ConfigurationField *added = shown.configurationField(QStringLiteral("shop_key"));
        QVERIFY(added);
        QVERIFY(added->secret);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(document.project().connection.auth.apiKeyValue, QStringLiteral("{{ config.shop_key }}"));
        QVERIFY(document.project().configurationField(QStringLiteral("shop_key")));

        // The new key reaches the server as the query parameter the demo accepts.
        document.setConfigurationValue(QStringLiteral("shop_key"), QStringLiteral("demo-key"));
        const Stream customers = document.project().streams.first();
        HttpClient client;
        PageWalker walker(document.project(), customers, document.configurationValues());
        const PageFetch page = walker.fetchNext(client);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.response.status, 200);
        QVERIFY(page.displayUrl.contains(QStringLiteral("api_key=***")));

        // An invalid field key is an error: OK keeps the dialog open and the project as it was.
        ConnectionDialog broken(&document);
        broken.fields()->insertRow(broken.fields()->rowCount());
        broken.fields()->setItem(broken.fields()->rowCount() - 1, 0, new QTableWidgetItem(QStringLiteral("9 bad key")));
        QVERIFY2(broken.problems().join(u'\n').contains(QStringLiteral("error:")), qPrintable(broken.problems().join(u'\n')));
        const Project current = document.project();
        broken.accept();
        QCOMPARE(document.project(), current);

        document.undoStack()->undo();
        QCOMPARE(document.project(), before);
    }
};

QTEST_MAIN(TestSettingsDialogs)
#include "tst_settingsdialogs.moc"
