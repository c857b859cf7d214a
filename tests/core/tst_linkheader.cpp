// SPDX-License-Identifier: MIT
#include "models/core/http/linkheader.h"

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

// "target|rel rel" per link, joined by "\n": compact enough for data rows.
QString describe(const QList<WebLink> &links)
{
    QStringList out;
    for (const WebLink &link : links)
        out.append(link.target + u'|' + link.relations.join(u' '));
    return out.join(u'\n');
}

} // namespace

class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void relation_data();
    void relation();
    void relationOfEmptyList();
};

void TestLinkHeader::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("only whitespace") << QByteArray("   \t ") << QString();
    QTest::newRow("only commas") << QByteArray(" , ,, ") << QString();

    QTest::newRow("single, quoted rel")
        << QByteArray(R"(<https://api.example.com/items?page=2>; rel="next")")
        << u"https://api.example.com/items?page=2|next"_s;

    QTest::newRow("github")
        << QByteArray(R"(<https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", )"
                      R"(<https://api.github.com/repositories/1300192/issues?page=4>; rel="next", )"
                      R"(<https://api.github.com/repositories/1300192/issues?page=515>; rel="last", )"
                      R"(<https://api.github.com/repositories/1300192/issues?page=1>; rel="first")")
        << u"https://api.github.com/repositories/1300192/issues?page=2|prev\n"
           u"https://api.github.com/repositories/1300192/issues?page=4|next\n"
           u"https://api.github.com/repositories/1300192/issues?page=515|last\n"
           u"https://api.github.com/repositories/1300192/issues?page=1|first"_s;

    QTest::newRow("unquoted rel") << QByteArray("<https://x.test/?p=2>; rel=next, </p3>;rel=last")
                                  << u"https://x.test/?p=2|next\n/p3|last"_s;

    QTest::newRow("several relations in one rel")
        << QByteArray(R"(<https://x.test/2>; rel="prev next")") << u"https://x.test/2|prev next"_s;
    QTest::newRow("several relations, extra spaces")
        << QByteArray("<https://x.test/2>; rel=\"  next   last \t\"") << u"https://x.test/2|next last"_s;

    QTest::newRow("relation and parameter names are case-insensitive")
        << QByteArray(R"(<https://x.test/2>; REL="Next")") << u"https://x.test/2|next"_s;

    QTest::newRow("comma inside the URL")
        << QByteArray(R"(<https://x.test/items?ids=1,2,3&page=2>; rel="next", <https://x.test/items?ids=1,2,3>; rel="first")")
        << u"https://x.test/items?ids=1,2,3&page=2|next\nhttps://x.test/items?ids=1,2,3|first"_s;

    QTest::newRow("semicolon inside the URL")
        << QByteArray(R"(<https://x.test/items;matrix=1?a=b;c=d>; rel="next")")
        << u"https://x.test/items;matrix=1?a=b;c=d|next"_s;

    QTest::newRow("extra parameters before and after rel")
        << QByteArray(R"(<https://x.test/2>; title="Page, two; of many"; rel="next"; type="application/json")")
        << u"https://x.test/2|next"_s;

    QTest::newRow("escaped quote in a quoted parameter")
        << QByteArray(R"(<https://x.test/2>; title="say \"hi\", then; go"; rel=next)") << u"https://x.test/2|next"_s;

    QTest::newRow("whitespace everywhere")
        << QByteArray(" \t< https://x.test/2 >  ;  rel = \"next\"  ,\t <https://x.test/9> ;rel=last ")
        << u"https://x.test/2|next\nhttps://x.test/9|last"_s;

    QTest::newRow("no whitespace at all")
        << QByteArray(R"(<https://x.test/1>;rel="prev",<https://x.test/3>;rel="next")")
        << u"https://x.test/1|prev\nhttps://x.test/3|next"_s;

    QTest::newRow("only the first rel parameter counts")
        << QByteArray(R"(<https://x.test/2>; rel="next"; rel="last")") << u"https://x.test/2|next"_s;

    QTest::newRow("link without rel") << QByteArray(R"(<https://x.test/2>; title="two")") << u"https://x.test/2|"_s;
    QTest::newRow("link without parameters") << QByteArray("<https://x.test/2>") << u"https://x.test/2|"_s;
    QTest::newRow("parameter without value")
        << QByteArray(R"(<https://x.test/2>; crossorigin; rel="next")") << u"https://x.test/2|next"_s;
    QTest::newRow("empty rel") << QByteArray(R"(<https://x.test/2>; rel="")") << u"https://x.test/2|"_s;

    QTest::newRow("relative targets are kept unresolved")
        << QByteArray(R"(</items?cursor=abc%3D%3D>; rel="next", <?page=1>; rel=first)")
        << u"/items?cursor=abc%3D%3D|next\n?page=1|first"_s;

    QTest::newRow("rel with extension relation URI")
        << QByteArray(R"(<https://x.test/2>; rel="https://example.com/rels/more next")")
        << u"https://x.test/2|https://example.com/rels/more next"_s;

    QTest::newRow("garbage before a link is skipped")
        << QByteArray(R"(garbage; rel="next", <https://x.test/2>; rel="next")") << u"https://x.test/2|next"_s;
    QTest::newRow("garbage between links is skipped")
        << QByteArray(R"(<https://x.test/1>; rel="prev", nonsense, <https://x.test/3>; rel="next")")
        << u"https://x.test/1|prev\nhttps://x.test/3|next"_s;
    QTest::newRow("junk after the target is ignored")
        << QByteArray(R"(<https://x.test/2> junk; rel="next")") << u"https://x.test/2|next"_s;
    QTest::newRow("unclosed target stops parsing")
        << QByteArray(R"(<https://x.test/1>; rel="prev", <https://x.test/3; rel="next")")
        << u"https://x.test/1|prev"_s;
    QTest::newRow("unterminated quoted value")
        << QByteArray(R"(<https://x.test/2>; rel="next)") << u"https://x.test/2|next"_s;
    QTest::newRow("trailing comma") << QByteArray(R"(<https://x.test/2>; rel="next",)") << u"https://x.test/2|next"_s;
    QTest::newRow("empty target") << QByteArray(R"(<>; rel="next")") << u"|next"_s;
    QTest::newRow("non-ASCII target (UTF-8)")
        << QByteArray("<https://x.test/caf\xc3\xa9?p=2>; rel=next") << u"https://x.test/café?p=2|next"_s;
}

void TestLinkHeader::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(describe(parseLinkHeader(header)), expected);
}

void TestLinkHeader::relation_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("expected");

    const QByteArray github = R"(<https://x.test/?page=1>; rel="prev", <https://x.test/?page=3>; rel="next", )"
                              R"(<https://x.test/?page=9>; rel="last")";
    QTest::newRow("next") << github << u"next"_s << u"https://x.test/?page=3"_s;
    QTest::newRow("prev") << github << u"prev"_s << u"https://x.test/?page=1"_s;
    QTest::newRow("last") << github << u"last"_s << u"https://x.test/?page=9"_s;
    QTest::newRow("absent") << github << u"first"_s << QString();
    QTest::newRow("last page has no next")
        << QByteArray(R"(<https://x.test/?page=8>; rel="prev", <https://x.test/?page=1>; rel="first")") << u"next"_s
        << QString();
    QTest::newRow("from a multi-relation rel")
        << QByteArray(R"(<https://x.test/a>; rel="prev", <https://x.test/b>; rel="next last")") << u"last"_s
        << u"https://x.test/b"_s;
    QTest::newRow("first of two with the relation")
        << QByteArray(R"(<https://x.test/a>; rel=next, <https://x.test/b>; rel=next)") << u"next"_s
        << u"https://x.test/a"_s;
    QTest::newRow("relation is matched whole, not as a prefix")
        << QByteArray(R"(<https://x.test/a>; rel="nextpage")") << u"next"_s << QString();
    QTest::newRow("empty header") << QByteArray() << u"next"_s << QString();
}

void TestLinkHeader::relation()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, relation);
    QFETCH(QString, expected);
    QCOMPARE(linkWithRelation(parseLinkHeader(header), relation), expected);
}

void TestLinkHeader::relationOfEmptyList()
{
    QVERIFY(linkWithRelation({}, u"next"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
