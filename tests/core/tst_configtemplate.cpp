// SPDX-License-Identifier: MIT
#include "models/core/project/configtemplate.h"

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

class TestConfigTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void renderWithoutMissingList();
    void missingReportedOnceAndAppended();
    void valuesAreNotRenderedAgain();
    void isPure_data();
    void isPure();
    void references_data();
    void references();
};

namespace {

ConfigurationValues sampleValues()
{
    return {
        {u"base_url"_s, u"https://api.example.com"_s},
        {u"api_key"_s, u"s3cr3t"_s},
        {u"tenant"_s, u"acme"_s},
        {u"Mixed_Case9"_s, u"M"_s},
        {u"empty"_s, QString()},
        {u"unicode"_s, u"café ☕"_s},
        {u"dollar"_s, u"$1 \\1 %1"_s},
    };
}

} // namespace

void TestConfigTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("empty") << QString() << QString() << QStringList();
    QTest::newRow("no template") << u"plain text"_s << u"plain text"_s << QStringList();
    QTest::newRow("whole value") << u"{{ config.base_url }}"_s << u"https://api.example.com"_s << QStringList();
    QTest::newRow("no spaces") << u"{{config.tenant}}"_s << u"acme"_s << QStringList();
    QTest::newRow("many spaces and tabs") << u"{{   config.tenant\t }}"_s << u"acme"_s << QStringList();
    QTest::newRow("newline inside braces") << u"{{\nconfig.tenant\n}}"_s << u"acme"_s << QStringList();
    QTest::newRow("embedded") << u"{{ config.base_url }}/v2/{{config.tenant}}/items"_s
                              << u"https://api.example.com/v2/acme/items"_s << QStringList();
    QTest::newRow("adjacent") << u"{{config.tenant}}{{config.tenant}}"_s << u"acmeacme"_s << QStringList();
    QTest::newRow("key with digits, underscore and capitals") << u"[{{ config.Mixed_Case9 }}]"_s << u"[M]"_s
                                                              << QStringList();
    QTest::newRow("empty value is not missing") << u"a{{ config.empty }}b"_s << u"ab"_s << QStringList();
    QTest::newRow("unicode value") << u"x={{ config.unicode }}"_s << u"x=café ☕"_s << QStringList();
    QTest::newRow("value with regex and arg markers") << u"{{ config.dollar }}"_s << u"$1 \\1 %1"_s
                                                      << QStringList();

    QTest::newRow("missing key") << u"Bearer {{ config.token }}"_s << u"Bearer "_s << QStringList{u"token"_s};
    QTest::newRow("missing key reported once")
        << u"{{config.token}}:{{ config.token }}:{{config.other}}"_s << u"::"_s
        << QStringList{u"token"_s, u"other"_s};
    QTest::newRow("keys are case-sensitive") << u"{{ config.TENANT }}"_s << QString() << QStringList{u"TENANT"_s};

    QTest::newRow("single braces left alone") << u"/customers/{customer_id}/orders"_s
                                              << u"/customers/{customer_id}/orders"_s << QStringList();
    QTest::newRow("other namespaces left alone") << u"{{ env.HOME }} {{ secrets.x }} {{ configx.y }}"_s
                                                 << u"{{ env.HOME }} {{ secrets.x }} {{ configx.y }}"_s
                                                 << QStringList();
    QTest::newRow("invalid key left alone") << u"{{ config.api-key }} {{ config.1st }} {{ config. }}"_s
                                            << u"{{ config.api-key }} {{ config.1st }} {{ config. }}"_s
                                            << QStringList();
    QTest::newRow("unclosed left alone") << u"{{ config.tenant"_s << u"{{ config.tenant"_s << QStringList();
    QTest::newRow("single closing brace left alone") << u"{{ config.tenant }"_s << u"{{ config.tenant }"_s
                                                     << QStringList();
    QTest::newRow("JSON body keeps its braces")
        << uR"({"filter": {"tenant": "{{ config.tenant }}"}, "x": {{ config.api_key }}})"_s
        << uR"({"filter": {"tenant": "acme"}, "x": s3cr3t})"_s << QStringList();
    QTest::newRow("triple braces") << u"{{{ config.tenant }}}"_s << u"{acme}"_s << QStringList();
    QTest::newRow("mixed known, unknown and non-config")
        << u"{{config.tenant}}-{{ config.nope }}-{{ other }}"_s << u"acme--{{ other }}"_s << QStringList{u"nope"_s};
}

void TestConfigTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);

    QStringList reported;
    QCOMPARE(renderTemplate(text, sampleValues(), &reported), expected);
    QCOMPARE(reported, missing);
}

void TestConfigTemplate::renderWithoutMissingList()
{
    QCOMPARE(renderTemplate(u"<{{ config.nope }}>"_s, sampleValues()), u"<>"_s);
    QCOMPARE(renderTemplate(u"{{ config.tenant }}"_s, {}), QString());
}

void TestConfigTemplate::missingReportedOnceAndAppended()
{
    // Several templates rendered for one request share one list: each key once, in order.
    QStringList missing{u"earlier"_s};
    renderTemplate(u"{{ config.a }}{{ config.b }}"_s, {}, &missing);
    renderTemplate(u"{{ config.b }}{{ config.earlier }}{{ config.c }}"_s, {}, &missing);
    QCOMPARE(missing, (QStringList{u"earlier"_s, u"a"_s, u"b"_s, u"c"_s}));
}

void TestConfigTemplate::valuesAreNotRenderedAgain()
{
    // A value that itself looks like a template is inserted verbatim, not expanded.
    const ConfigurationValues values{{u"a"_s, u"{{ config.b }}"_s}, {u"b"_s, u"B"_s}};
    QStringList missing;
    QCOMPARE(renderTemplate(u"{{ config.a }}"_s, values, &missing), u"{{ config.b }}"_s);
    QVERIFY(missing.isEmpty());
}

void TestConfigTemplate::isPure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pure");

    QTest::newRow("pure") << u"{{ config.api_key }}"_s << true;
    QTest::newRow("pure without spaces") << u"{{config.api_key}}"_s << true;
    QTest::newRow("pure with surrounding whitespace") << u"  {{ config.api_key }}\n"_s << true;
    QTest::newRow("prefix") << u"Bearer {{ config.token }}"_s << false;
    QTest::newRow("suffix") << u"{{ config.base_url }}/v2"_s << false;
    QTest::newRow("two references") << u"{{ config.a }}{{ config.b }}"_s << false;
    QTest::newRow("two references with space") << u"{{ config.a }} {{ config.b }}"_s << false;
    QTest::newRow("plain") << u"api_key"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("other namespace") << u"{{ env.api_key }}"_s << false;
    QTest::newRow("invalid key") << u"{{ config.api-key }}"_s << false;
}

void TestConfigTemplate::isPure()
{
    QFETCH(QString, text);
    QFETCH(bool, pure);
    QCOMPARE(isPureTemplate(text), pure);
}

void TestConfigTemplate::references_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("none") << u"https://api.example.com"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << u"{{ config.base_url }}/v2"_s << QStringList{u"base_url"_s};
    QTest::newRow("order of first appearance, no duplicates")
        << u"{{config.b}} {{ config.a }} {{config.b}} {{ config.c }} {{ config.a }}"_s
        << QStringList{u"b"_s, u"a"_s, u"c"_s};
    QTest::newRow("non-config ignored") << u"{id} {{ env.x }} {{ config.y }} {{ config.bad-key }}"_s
                                        << QStringList{u"y"_s};
}

void TestConfigTemplate::references()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QCOMPARE(templateReferences(text), keys);
}

QTEST_GUILESS_MAIN(TestConfigTemplate)
#include "tst_configtemplate.moc"
