// SPDX-License-Identifier: MIT
// Regression tests for what the fuzz targets (tests/fuzz) found: every input under
// tests/data/fuzz/<target>/ goes through the same code and the same property checks as in
// its fuzz target, here in an ordinary build, so a finding stays fixed without clang.
// Add a finding's input (or a hand-made reproduction of it) there when fixing it.

#include <QDir>
#include <QTest>

#include "models/core/import/curlimporter.h"
#include "models/core/import/harimporter.h"
#include "models/core/import/importresult.h"
#include "models/core/import/openapiimporter.h"
#include "models/core/import/postmanimporter.h"
#include "models/core/project/projectfile.h"
#include "tests/support/fixtures.h"

using namespace cw;
using namespace Qt::StringLiterals;

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsGiveValidProjects_data();
    void importsGiveValidProjects();
};

void TestFuzzFindings::importsGiveValidProjects_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QString root = QFINDTESTDATA("../data/fuzz");
    QVERIFY(!root.isEmpty());
    int rows = 0;
    for (const QString &target : {u"curl"_s, u"har"_s, u"postman"_s, u"openapi"_s}) {
        const QDir dir(root + u'/' + target);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
            ++rows;
        }
    }
    QVERIFY(rows > 0);
}

void TestFuzzFindings::importsGiveValidProjects()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const QByteArray bytes = testing::readFile(path);
    QVERIFY(!bytes.isEmpty());
    const ImportResult result = target == u"curl" ? CurlImporter::read(bytes, u"finding"_s)
        : target == u"har"                        ? HarImporter::read(bytes, u"finding"_s)
        : target == u"postman"                    ? PostmanImporter::read(bytes, u"finding"_s)
                                                  : OpenApiImporter::read(bytes, u"finding"_s);
    // The property fuzzsupport.h checks: the imported project validates and loads again.
    const QStringList errors = testing::projectErrors(result);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
    const ProjectFile::LoadResult reloaded = ProjectFile::parse(ProjectFile::serialize(projectFromImport(result)));
    QVERIFY2(reloaded.ok(), reloaded.problems.isEmpty() ? "" : qPrintable(reloaded.problems.first().toString()));
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
