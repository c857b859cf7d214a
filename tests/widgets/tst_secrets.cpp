// SPDX-License-Identifier: MIT
// Secrets never reach a file: the main window works on the demo API with a random bearer
// token (the demo server refuses any other), fetches, saves, syncs, autosaves, exports and
// stores its settings, and then every file under the test's HOME, config, data, cache and
// temporary directories (project, <project>.cwbdb, warehouse, autosave slot, settings,
// export) is searched for the token, raw and base64-encoded.
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/core/codegen/projectexporter.h"
#include "models/core/demo/demoproject.h"
#include "models/core/demo/demoserver.h"
#include "models/core/samples/samplestore.h"
#include "models/itemmodels/autosaver.h"
#include "models/itemmodels/projectdocument.h"
#include "models/itemmodels/secretstore.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/preferences/preferences.h"
#include "widgets/responseviewer/responseviewer.h"
#include "widgets/runpanel/runpanel.h"

using namespace cw;

namespace {

/// Every file below `root` holding one of `needles`, as "path: form".
QStringList filesContaining(const QString &root, const QList<QPair<QString, QByteArray>> &needles, int *searched)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++*searched;
        for (const auto &[form, needle] : needles) {
            if (bytes.contains(needle))
                hits << path + QStringLiteral(": ") + form;
        }
    }
    return hits;
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

public:
    TestSecrets()
    {
        // Everything the application may write goes below one directory.
        const QByteArray root = m_root.path().toLocal8Bit();
        for (const char *dir : {"home", "config", "data", "cache", "tmp", "work"})
            QDir(m_root.path()).mkpath(QString::fromLatin1(dir));
        qputenv("HOME", root + "/home");
        qputenv("XDG_CONFIG_HOME", root + "/config");
        qputenv("XDG_DATA_HOME", root + "/data");
        qputenv("XDG_CACHE_HOME", root + "/cache");
        qputenv("TMPDIR", root + "/tmp");
    }

private Q_SLOTS:
    void noFileHoldsASecret()
    {
        QVERIFY(m_root.isValid());
        const QString token = QStringLiteral("tok-%1-%2")
                                  .arg(QRandomGenerator::global()->generate64(), 0, 36)
                                  .arg(QRandomGenerator::global()->generate64(), 0, 36);
        DemoServer server;
        DemoServer::Options options;
        options.records = 300;
        options.bearerToken = token;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        const QString work = m_root.path() + QStringLiteral("/work");
        const QString projectPath = work + QStringLiteral("/shop.cwproj");
        {
            MainWindow window;
            window.show();
            ConfigurationValues values;
            values.insert(QStringLiteral("api_token"), token);
            window.document()->reset(makeDemoProject(server.baseUrl()), {}, values);
            QVERIFY2(window.document()->saveAs(projectPath, &error), qPrintable(error));
            // Saving hands the secrets to the store: the keychain, or memory when none runs.
            QTRY_VERIFY_WITH_TIMEOUT(window.secretStore()->backend() != SecretStore::Backend::Probing, 60000); // D-Bus may time out
            QVERIFY(window.secretStore()->backend() != SecretStore::Backend::File);
            QVERIFY(window.save());

            // A fetch: the response becomes a sample in shop.cwbdb.
            QSignalSpy fetched(window.responseViewer(), &ResponseViewer::fetched);
            window.responseViewer()->fetch();
            QVERIFY(fetched.wait(20000));
            QCOMPARE(fetched.first().first().toBool(), true); // the token was accepted

            // A sync into the warehouse.
            window.runPanel()->runAll();
            QTRY_VERIFY_WITH_TIMEOUT(!window.runPanel()->isRunning(), 120000);
            QVERIFY(QFileInfo(window.runPanel()->warehousePath()).size() > 50 * 1024);

            // An unsaved edit: the autosaver writes its copy.
            Project edited = window.document()->project();
            edited.name = QStringLiteral("Shop, edited");
            window.document()->edit(edited, QStringLiteral("Rename"));
            QTRY_VERIFY_WITH_TIMEOUT(!Autosaver::findRecoveries(Autosaver::defaultDirectory()).isEmpty()
                                         || !QDir(Autosaver::defaultDirectory()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(),
                                     15000);
            QVERIFY(Autosaver::defaultDirectory().startsWith(m_root.path()));

            // An export without secrets, as the export dialog does by default.
            ExportOptions exportOptions;
            exportOptions.values = window.document()->configurationValues();
            exportOptions.projectFilePath = projectPath;
            const ExportResult exported = exportProject(window.document()->project(), work + QStringLiteral("/export"), exportOptions);
            QVERIFY2(exported.ok, qPrintable(exported.error));

            Preferences::defaults().save();
            QSettings().sync();
            QVERIFY(QSettings().fileName().startsWith(m_root.path()));

            // Control: the search finds the token where it is allowed to be written.
            ExportOptions withSecrets = exportOptions;
            withSecrets.includeSecrets = true;
            QVERIFY(exportProject(window.document()->project(), m_control.path(), withSecrets).ok);
        }

        const QList<QPair<QString, QByteArray>> needles{
            {QStringLiteral("raw"), token.toUtf8()},
            {QStringLiteral("base64"), token.toUtf8().toBase64()},
            {QStringLiteral("header base64"), QByteArray("Bearer " + token.toUtf8()).toBase64()},
        };
        int controlFiles = 0;
        QVERIFY(!filesContaining(m_control.path(), needles, &controlFiles).isEmpty());
        int searched = 0;
        const QStringList hits = filesContaining(m_root.path(), needles, &searched);
        qInfo("searched %d files below %s", searched, qPrintable(m_root.path()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY2(searched >= 10, qPrintable(QString::number(searched))); // project, samples, warehouse, export …
        QVERIFY(QFile::exists(projectPath));
        // The files the workbench wrote are among those searched.
        for (const QString &written : QStringList{projectPath, SampleStore::pathForProject(projectPath), work + QStringLiteral("/export/connector.py"),
                                       work + QStringLiteral("/export/configuration.json")})
            QVERIFY2(QFile::exists(written), qPrintable(written));
        QVERIFY(QFileInfo(QSettings().fileName()).exists());
    }

    void fileFallbackIsTheUsersOnly()
    {
        SecretStore store(m_root.path() + QStringLiteral("/data/secrets-test"));
        QTRY_VERIFY_WITH_TIMEOUT(store.backend() != SecretStore::Backend::Probing, 60000);
        if (store.backend() == SecretStore::Backend::Keychain)
            QSKIP("A keychain service runs here; the fallback is for machines without one.");
        // Without a keychain and without the user's choice, secrets stay in memory.
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        QVERIFY(!store.keychainError().isEmpty());
        Project project = makeDemoProject(QStringLiteral("http://127.0.0.1:9"));
        const QString projectPath = m_root.path() + QStringLiteral("/work/fallback.cwproj");
        ConfigurationValues values{{QStringLiteral("api_token"), QStringLiteral("fallback-secret")},
                                   {QStringLiteral("start_date"), QStringLiteral("2024-01-01")}};
        store.store(projectPath, project, values);
        QVERIFY(!QFile::exists(store.filePathFor(projectPath)));

        // The user's explicit choice: a file only they can read, holding only secret fields.
        store.setFileFallbackChosen(true);
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        store.store(projectPath, project, values);
        const QString file = store.filePathFor(projectPath);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const QFileDevice::Permissions folder = QFile::permissions(QFileInfo(file).absolutePath());
        QVERIFY(!(folder & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("fallback-secret"));
        QVERIFY(!content.contains("2024-01-01")); // not a secret: the project holds it
        ConfigurationValues loaded;
        bool done = false;
        store.load(projectPath, project, [&](const ConfigurationValues &v) {
            loaded = v;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(loaded.value(QStringLiteral("api_token")), QStringLiteral("fallback-secret"));
        // Clearing the value removes the file.
        values.insert(QStringLiteral("api_token"), QString());
        store.store(projectPath, project, values);
        QVERIFY(!QFile::exists(file));
        store.setFileFallbackChosen(false);
    }

private:
    QTemporaryDir m_root;
    QTemporaryDir m_control;
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
