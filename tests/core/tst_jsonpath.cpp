// SPDX-License-Identifier: MIT
// RFC 9535 JSONPath: the RFC's own examples (§1.5, §2.3.x, §2.4, §2.5, §2.6), error
// offsets, and hostile input (deep queries, deep documents, huge slices).
#include "models/core/json/iregexp.h"
#include "models/core/json/jsonpath.h"

#include <QTest>

using namespace cw;
using namespace Qt::StringLiterals;

namespace {

const char *const kBookstore = R"({ "store": {
    "book": [
      { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
      { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
      { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99 },
      { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99 }
    ],
    "bicycle": { "color": "red", "price": 399 }
  } })";

const char *const kFilterDoc = R"({"a": [3, 5, 1, 2, 4, 6, {"b": "j"}, {"b": "k"}, {"b": {}}, {"b": "kilo"}],
  "o": {"p": 1, "q": 2, "r": 3, "s": 5, "t": {"u": 6}}, "e": "f"})";

QByteArray values(const std::vector<JsonPathNode> &nodes)
{
    JsonValue array = JsonValue::array();
    for (const JsonPathNode &node : nodes)
        array.push_back(*node.value);
    return QByteArray::fromStdString(array.dump());
}

QStringList pointers(const std::vector<JsonPathNode> &nodes)
{
    QStringList out;
    for (const JsonPathNode &node : nodes)
        out.append(QString::fromStdString(node.pointer));
    return out;
}

QByteArray normalized(const char *json)
{
    return QByteArray::fromStdString(JsonValue::parse(json).dump());
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query_data();
    void query();
    void pointersOfBookstore_data();
    void pointersOfBookstore();
    void comparison_data();
    void comparison();
    void parseErrors_data();
    void parseErrors();
    void hostileQueries();
    void deepDocument();
    void hugeSlices();
    void normalizedPaths();
    void iregexp_data();
    void iregexp();
};

void TestJsonPath::query_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray books = kBookstore;
    const auto book = [&](int i) { return JsonValue::parse(kBookstore)["store"]["book"][std::size_t(i)].dump(); };
    const auto list = [](std::initializer_list<std::string> items) {
        std::string out = "[";
        for (const std::string &item : items)
            out += (out.size() > 1 ? "," : "") + item;
        return QByteArray::fromStdString(out + "]");
    };
    // §1.5 table
    QTest::newRow("1.5 authors of all books") << books << u"$.store.book[*].author"_s
        << normalized(R"(["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"])");
    QTest::newRow("1.5 all authors") << books << u"$..author"_s
        << normalized(R"(["Nigel Rees","Evelyn Waugh","Herman Melville","J. R. R. Tolkien"])");
    QTest::newRow("1.5 all things in store") << books << u"$.store.*"_s
        << QByteArray::fromStdString(JsonValue::array({JsonValue::parse(kBookstore)["store"]["book"],
                                                        JsonValue::parse(kBookstore)["store"]["bicycle"]}).dump());
    QTest::newRow("1.5 prices in store") << books << u"$.store..price"_s << QByteArray("[8.95,12.99,8.99,22.99,399]");
    QTest::newRow("1.5 third book") << books << u"$..book[2]"_s << list({book(2)});
    QTest::newRow("1.5 third book's author") << books << u"$..book[2].author"_s << QByteArray(R"(["Herman Melville"])");
    QTest::newRow("1.5 empty result") << books << u"$..book[2].publisher"_s << QByteArray("[]");
    QTest::newRow("1.5 last book") << books << u"$..book[-1]"_s << list({book(3)});
    QTest::newRow("1.5 first two, union") << books << u"$..book[0,1]"_s << list({book(0), book(1)});
    QTest::newRow("1.5 first two, slice") << books << u"$..book[:2]"_s << list({book(0), book(1)});
    QTest::newRow("1.5 books with isbn") << books << u"$..book[?@.isbn]"_s << list({book(2), book(3)});
    QTest::newRow("1.5 cheaper than 10") << books << u"$..book[?@.price<10]"_s << list({book(0), book(2)});
    QTest::newRow("root") << QByteArray("{\"k\": 1}") << u"$"_s << QByteArray(R"([{"k":1}])");

    // §2.3.1.3 name selector
    const QByteArray names = R"({"o": {"j j": {"k.k": 3}}, "'": {"@": 2}})";
    QTest::newRow("2.3.1.3 quoted name") << names << u"$.o['j j']"_s << QByteArray(R"([{"k.k":3}])");
    QTest::newRow("2.3.1.3 nested quoted") << names << u"$.o['j j']['k.k']"_s << QByteArray("[3]");
    QTest::newRow("2.3.1.3 double quotes") << names << u"$.o[\"j j\"][\"k.k\"]"_s << QByteArray("[3]");
    QTest::newRow("2.3.1.3 odd names") << names << u"$[\"'\"][\"@\"]"_s << QByteArray("[2]");
    QTest::newRow("escaped quote") << names << u"$['\\'']['@']"_s << QByteArray("[2]");
    QTest::newRow("unicode escape") << QByteArray(R"({"é": 1, "😀": 2})") << u"$['\\u00e9', '\\uD83D\\uDE00']"_s << QByteArray("[1,2]");
    QTest::newRow("non-ASCII shorthand") << QByteArray(R"({"é": 1, "😀": 2})") << u"$.😀"_s << QByteArray("[2]");
    QTest::newRow("shorthand true is a name") << QByteArray(R"({"true": 1})") << u"$.true"_s << QByteArray("[1]");

    // §2.3.2.3 wildcard
    const QByteArray wild = R"({"o": {"j": 1, "k": 2}, "a": [5, 3]})";
    QTest::newRow("2.3.2.3 root wildcard") << wild << u"$[*]"_s << QByteArray(R"([{"j":1,"k":2},[5,3]])");
    QTest::newRow("2.3.2.3 object wildcard") << wild << u"$.o[*]"_s << QByteArray("[1,2]");
    QTest::newRow("2.3.2.3 double wildcard") << wild << u"$.o[*, *]"_s << QByteArray("[1,2,1,2]");
    QTest::newRow("2.3.2.3 array wildcard") << wild << u"$.a[*]"_s << QByteArray("[5,3]");

    // §2.3.3.3 index
    QTest::newRow("2.3.3.3 index") << QByteArray(R"(["a","b"])") << u"$[1]"_s << QByteArray(R"(["b"])");
    QTest::newRow("2.3.3.3 negative index") << QByteArray(R"(["a","b"])") << u"$[-2]"_s << QByteArray(R"(["a"])");
    QTest::newRow("index out of range") << QByteArray(R"(["a","b"])") << u"$[2]"_s << QByteArray("[]");
    QTest::newRow("negative out of range") << QByteArray(R"(["a","b"])") << u"$[-3]"_s << QByteArray("[]");
    QTest::newRow("index on object") << QByteArray(R"({"0": 1})") << u"$[0]"_s << QByteArray("[]");

    // §2.3.4.3 slice
    const QByteArray letters = R"(["a", "b", "c", "d", "e", "f", "g"])";
    QTest::newRow("2.3.4.3 1:3") << letters << u"$[1:3]"_s << QByteArray(R"(["b","c"])");
    QTest::newRow("2.3.4.3 5:") << letters << u"$[5:]"_s << QByteArray(R"(["f","g"])");
    QTest::newRow("2.3.4.3 1:5:2") << letters << u"$[1:5:2]"_s << QByteArray(R"(["b","d"])");
    QTest::newRow("2.3.4.3 5:1:-2") << letters << u"$[5:1:-2]"_s << QByteArray(R"(["f","d"])");
    QTest::newRow("2.3.4.3 ::-1") << letters << u"$[::-1]"_s << QByteArray(R"(["g","f","e","d","c","b","a"])");
    QTest::newRow("slice step 0") << letters << u"$[::0]"_s << QByteArray("[]");
    QTest::newRow("slice negative bounds") << letters << u"$[-2:]"_s << QByteArray(R"(["f","g"])");
    QTest::newRow("slice blanks") << letters << u"$[ 1 : 3 : 1 ]"_s << QByteArray(R"(["b","c"])");
    QTest::newRow("slice on object") << QByteArray("{\"a\":1}") << u"$[:]"_s << QByteArray("[]");

    // §2.3.5.3 filter
    const QByteArray filter = kFilterDoc;
    QTest::newRow("2.3.5.3 string equality") << filter << u"$.a[?@.b == 'kilo']"_s << QByteArray(R"([{"b":"kilo"}])");
    QTest::newRow("2.3.5.3 parenthesized") << filter << u"$.a[?(@.b == 'kilo')]"_s << QByteArray(R"([{"b":"kilo"}])");
    QTest::newRow("2.3.5.3 numeric") << filter << u"$.a[?@>3.5]"_s << QByteArray("[5,4,6]");
    QTest::newRow("2.3.5.3 existence") << filter << u"$.a[?@.b]"_s
        << QByteArray(R"([{"b":"j"},{"b":"k"},{"b":{}},{"b":"kilo"}])");
    QTest::newRow("2.3.5.3 wildcard existence") << filter << u"$[?@.*]"_s
        << QByteArray::fromStdString(JsonValue::array({JsonValue::parse(kFilterDoc)["a"], JsonValue::parse(kFilterDoc)["o"]}).dump());
    QTest::newRow("2.3.5.3 nested filter") << filter << u"$[?@[?@.b]]"_s
        << QByteArray::fromStdString(JsonValue::array({JsonValue::parse(kFilterDoc)["a"]}).dump());
    QTest::newRow("2.3.5.3 two filters") << filter << u"$.o[?@<3, ?@<3]"_s << QByteArray("[1,2,1,2]");
    QTest::newRow("2.3.5.3 or") << filter << u"$.a[?@<2 || @.b == \"k\"]"_s << QByteArray(R"([1,{"b":"k"}])");
    QTest::newRow("2.3.5.3 match") << filter << u"$.a[?match(@.b, \"[jk]\")]"_s << QByteArray(R"([{"b":"j"},{"b":"k"}])");
    QTest::newRow("2.3.5.3 search") << filter << u"$.a[?search(@.b, \"[jk]\")]"_s
        << QByteArray(R"([{"b":"j"},{"b":"k"},{"b":"kilo"}])");
    QTest::newRow("2.3.5.3 and") << filter << u"$.o[?@>1 && @<4]"_s << QByteArray("[2,3]");
    QTest::newRow("2.3.5.3 or of existences") << filter << u"$.o[?@.u || @.x]"_s << QByteArray(R"([{"u":6}])");
    QTest::newRow("2.3.5.3 nothing equals nothing") << filter << u"$.a[?@.b == $.x]"_s << QByteArray("[3,5,1,2,4,6]");
    QTest::newRow("2.3.5.3 self equality") << filter << u"$.a[?@ == @]"_s
        << QByteArray::fromStdString(JsonValue::parse(kFilterDoc)["a"].dump());
    QTest::newRow("not") << filter << u"$.a[?!@.b]"_s << QByteArray("[3,5,1,2,4,6]");
    QTest::newRow("not parenthesized") << filter << u"$.o[?!(@ > 1 && @ < 4)]"_s << QByteArray(R"([1,5,{"u":6}])");
    QTest::newRow("precedence: && before ||") << filter << u"$.o[?@ == 1 || @ == 3 && @ > 2]"_s << QByteArray("[1,3]");
    QTest::newRow("root comparison") << filter << u"$.a[?$.e == 'f' && @ == 5]"_s << QByteArray("[5]");
    QTest::newRow("object equality ignores order") << QByteArray(R"({"x": {"a": 1, "b": 2}, "l": [{"b": 2, "a": 1}, {"a": 1}]})")
        << u"$.l[?@ == $.x]"_s << QByteArray(R"([{"b":2,"a":1}])");
    QTest::newRow("1 == 1.0") << QByteArray("[1, 1.0, 2]") << u"$[?@ == 1]"_s << QByteArray("[1,1.0]");
    QTest::newRow("exponent literal") << QByteArray("[100, 1000]") << u"$[?@ == 1e2]"_s << QByteArray("[100]");
    QTest::newRow("negative literal") << QByteArray("[-1, 0, 1]") << u"$[?@ < -0.5]"_s << QByteArray("[-1]");
    QTest::newRow("string order") << QByteArray(R"(["a", "b", "é"])") << u"$[?@ > 'a']"_s << QByteArray(R"(["b","é"])");
    QTest::newRow("bool literals") << QByteArray("[true, false, null]") << u"$[?@ == true || @ == null]"_s << QByteArray("[true,null]");

    // §2.4 functions
    QTest::newRow("length of string") << QByteArray(R"(["ab", "é😀x", [1,2], {"a":1}, 3])") << u"$[?length(@) == 3]"_s
        << QByteArray(R"(["é😀x"])");
    QTest::newRow("length of array and object") << QByteArray(R"(["ab", [1,2], {"a":1, "b":2}, 3])") << u"$[?length(@) == 2]"_s
        << QByteArray(R"(["ab",[1,2],{"a":1,"b":2}])");
    QTest::newRow("2.4.5 count") << QByteArray(R"([{"a":1}, {"a":1,"b":2}])") << u"$[?count(@.*) == 1]"_s << QByteArray(R"([{"a":1}])");
    QTest::newRow("2.4.6 match anchored") << QByteArray(R"([{"d":"1974-05-01"}, {"d":"x1974-05-01"}])")
        << u"$[?match(@.d, '1974-05-..')]"_s << QByteArray(R"([{"d":"1974-05-01"}])");
    QTest::newRow("2.4.7 search") << QByteArray(R"([{"a":"the bar"}, {"a":"foo"}])") << u"$[?search(@.a, 'b.?r')]"_s
        << QByteArray(R"([{"a":"the bar"}])");
    QTest::newRow("2.4.8 value") << QByteArray(R"([{"c":"red"}, {"x":{"c":"red"}}, {"c":"red", "y":{"c":"red"}}])")
        << u"$[?value(@..c) == 'red']"_s << QByteArray(R"([{"c":"red"},{"x":{"c":"red"}}])");
    QTest::newRow("match on non-string") << QByteArray(R"([1, "1"])") << u"$[?match(@, '1')]"_s << QByteArray(R"(["1"])");
    QTest::newRow("invalid regex is false") << QByteArray(R"(["a"])") << u"$[?match(@, '\\\\d')]"_s << QByteArray("[]");
    QTest::newRow("dot excludes newline") << QByteArray(R"(["a\nb", "a b"])") << u"$[?match(@, 'a.b')]"_s << QByteArray(R"(["a b"])");
    QTest::newRow("unicode class") << QByteArray(R"(["Ab", "ab"])") << u"$[?match(@, '\\\\p{Lu}.')]"_s << QByteArray(R"(["Ab"])");

    // §2.5.2.3 descendant
    const QByteArray desc = R"({"o": {"j": 1, "k": 2}, "a": [5, 3, [{"j": 4}, {"k": 6}]]})";
    QTest::newRow("2.5.2.3 ..j") << desc << u"$..j"_s << QByteArray("[1,4]");
    QTest::newRow("2.5.2.3 ..[0]") << desc << u"$..[0]"_s << QByteArray(R"([5,{"j":4}])");
    QTest::newRow("2.5.2.3 ..*") << desc << u"$..*"_s
        << normalized(R"([{"j": 1, "k": 2}, [5, 3, [{"j": 4}, {"k": 6}]], 1, 2, 5, 3, [{"j": 4}, {"k": 6}], {"j": 4}, {"k": 6}, 4, 6])");
    QTest::newRow("2.5.2.3 ..[*]") << desc << u"$..[*]"_s
        << normalized(R"([{"j": 1, "k": 2}, [5, 3, [{"j": 4}, {"k": 6}]], 1, 2, 5, 3, [{"j": 4}, {"k": 6}], {"j": 4}, {"k": 6}, 4, 6])");
    QTest::newRow("2.5.2.3 ..[*, *]") << desc << u"$.o..[*, *]"_s << QByteArray("[1,2,1,2]");
    QTest::newRow("2.5.2.3 ..[0, 1]") << desc << u"$.a..[0, 1]"_s << QByteArray(R"([5,3,{"j":4},{"k":6}])");

    // §2.6.1 null semantics
    const QByteArray nulls = R"({"a": null, "b": [null], "c": [{}], "null": 1})";
    QTest::newRow("2.6.1 null value") << nulls << u"$.a"_s << QByteArray("[null]");
    QTest::newRow("2.6.1 index of null") << nulls << u"$.a[0]"_s << QByteArray("[]");
    QTest::newRow("2.6.1 member of null") << nulls << u"$.a.d"_s << QByteArray("[]");
    QTest::newRow("2.6.1 null element") << nulls << u"$.b[0]"_s << QByteArray("[null]");
    QTest::newRow("2.6.1 wildcard null") << nulls << u"$.b[*]"_s << QByteArray("[null]");
    QTest::newRow("2.6.1 exists null") << nulls << u"$.b[?@]"_s << QByteArray("[null]");
    QTest::newRow("2.6.1 equals null") << nulls << u"$.b[?@==null]"_s << QByteArray("[null]");
    QTest::newRow("2.6.1 missing is not null") << nulls << u"$.c[?@.d==null]"_s << QByteArray("[]");
    QTest::newRow("2.6.1 member named null") << nulls << u"$.null"_s << QByteArray("[1]");

    QTest::newRow("blanks between segments") << names << u"$ .o ['j j']"_s << QByteArray(R"([{"k.k":3}])");
    QTest::newRow("blanks in filter") << filter << u"$.o[? @ >\t4 ]"_s << QByteArray("[5]");
}

void TestJsonPath::query()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, query);
    QFETCH(QByteArray, expected);
    const JsonValue root = JsonValue::parse(document.constData());
    JsonPathError error;
    const std::optional<JsonPath> path = JsonPath::parse(query, &error);
    QVERIFY2(path, qPrintable(error.toString()));
    QCOMPARE(values(path->evaluate(root)), expected);
}

void TestJsonPath::pointersOfBookstore_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("authors") << u"$.store.book[*].author"_s
        << QStringList{u"/store/book/0/author"_s, u"/store/book/1/author"_s, u"/store/book/2/author"_s, u"/store/book/3/author"_s};
    QTest::newRow("last book") << u"$..book[-1]"_s << QStringList{u"/store/book/3"_s};
    QTest::newRow("prices") << u"$.store..price"_s
        << QStringList{u"/store/book/0/price"_s, u"/store/book/1/price"_s, u"/store/book/2/price"_s,
                       u"/store/book/3/price"_s, u"/store/bicycle/price"_s};
    QTest::newRow("root") << u"$"_s << QStringList{QString()};
    QTest::newRow("descendant count") << u"$..*"_s << QStringList();  // checked by size below
}

void TestJsonPath::pointersOfBookstore()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const JsonValue root = JsonValue::parse(kBookstore);
    const std::vector<JsonPathNode> found = queryJsonPath(root, query);
    if (expected.isEmpty() && query == u"$..*") {
        QCOMPARE(found.size(), std::size_t(27));
        // Every pointer leads back to the node it names.
        for (const JsonPathNode &node : found)
            QCOMPARE(&root.at(JsonValue::json_pointer(node.pointer)), node.value);
        return;
    }
    QCOMPARE(pointers(found), expected);
}

void TestJsonPath::comparison_data()
{
    // RFC 9535 §2.3.5.3, the comparison table, over {"obj": {"x": "y"}, "arr": [2, 3]}.
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("result");
    const std::pair<const char *, bool> rows[] = {
        {"$.absent1 == $.absent2", true}, {"$.absent1 <= $.absent2", true}, {"$.absent == 'g'", false},
        {"$.absent1 != $.absent2", false}, {"$.absent != 'g'", true}, {"1 <= 2", true}, {"1 > 2", false},
        {"13 == '13'", false}, {"'a' <= 'b'", true}, {"'a' > 'b'", false}, {"$.obj == $.arr", false},
        {"$.obj != $.arr", true}, {"$.obj == $.obj", true}, {"$.obj != $.obj", false}, {"$.arr == $.arr", true},
        {"$.arr != $.arr", false}, {"$.obj == 17", false}, {"$.obj != 17", true}, {"$.obj <= $.arr", false},
        {"$.obj < $.arr", false}, {"$.obj <= $.obj", true}, {"$.arr <= $.arr", true}, {"1 <= $.arr", false},
        {"1 >= $.arr", false}, {"1 > $.arr", false}, {"1 < $.arr", false}, {"true <= true", true},
        {"true > true", false}, {"$.arr[0] == 2", true}, {"$['arr'][-1] >= 3", true}, {"null == null", true},
    };
    for (const auto &[expression, result] : rows)
        QTest::newRow(expression) << QString::fromUtf8(expression) << result;
}

void TestJsonPath::comparison()
{
    QFETCH(QString, expression);
    QFETCH(bool, result);
    const JsonValue root = JsonValue::parse(R"({"obj": {"x": "y"}, "arr": [2, 3]})");
    JsonPathError error;
    const std::optional<JsonPath> path = JsonPath::parse(u"$[?"_s + expression + u']', &error);
    QVERIFY2(path, qPrintable(error.toString()));
    // True selects both children of the root; false selects none.
    QCOMPARE(path->evaluate(root).size(), result ? std::size_t(2) : std::size_t(0));
}

void TestJsonPath::parseErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed bracket") << u"$.store.book[0"_s << u"expected ']' at 14"_s;
    QTest::newRow("empty") << QString() << u"expected '$' at 0"_s;
    QTest::newRow("leading blank") << u" $"_s << u"expected '$' at 0"_s;
    QTest::newRow("trailing blank") << u"$ "_s << u"unexpected ' ' at 1"_s;
    QTest::newRow("dot at end") << u"$."_s << u"expected a member name or '*' after '.' at 2"_s;
    QTest::newRow("dot digit") << u"$.1"_s << u"expected a member name or '*' after '.' at 2"_s;
    QTest::newRow("double dot at end") << u"$.."_s << u"expected a member name, '*' or '[' after '..' at 3"_s;
    QTest::newRow("leading zero") << u"$[01]"_s << u"integers must not have leading zeros at 2"_s;
    QTest::newRow("minus zero index") << u"$[-0]"_s << u"\"-0\" is not an index at 2"_s;
    QTest::newRow("index too large") << u"$[9007199254740992]"_s << u"integer out of range (at most 2^53 - 1) at 2"_s;
    QTest::newRow("unterminated string") << u"$['a"_s << u"unterminated string at 2"_s;
    QTest::newRow("wrong escaped quote") << u"$['\\\"']"_s << u"invalid escape '\\\"' at 4"_s;
    QTest::newRow("lone surrogate") << u"$['\\uD800']"_s << u"unpaired surrogate in \\u escape at 9"_s;
    QTest::newRow("bad hex") << u"$['\\u12G4']"_s << u"expected four hexadecimal digits at 7"_s;
    QTest::newRow("control char") << u"$['a\nb']"_s << u"control character in a string; escape it at 4"_s;
    QTest::newRow("single equals") << u"$[?@.a = 1]"_s << u"expected '==' to compare at 7"_s;
    QTest::newRow("unclosed paren") << u"$[?(@.a]"_s << u"expected ')' at 7"_s;
    QTest::newRow("garbage after") << u"$[?@.a]x"_s << u"unexpected 'x' at 7"_s;
    QTest::newRow("lone literal") << u"$[?1]"_s << u"a literal on its own is not a test; compare it at 3"_s;
    QTest::newRow("non-singular comparison") << u"$[?@.* == 1]"_s << u"only singular queries (names and indices) can be compared at 3"_s;
    QTest::newRow("count of literal") << u"$[?count(1) == 1]"_s << u"the argument of count() must be a query at 9"_s;
    QTest::newRow("unknown function") << u"$[?foo(@)]"_s << u"unknown function 'foo' at 3"_s;
    QTest::newRow("length not a test") << u"$[?length(@)]"_s << u"length() returns a value, not a logical result; compare it at 3"_s;
    QTest::newRow("match compared") << u"$[?match(@, 'a') == true]"_s << u"match() returns a logical result, which cannot be compared at 3"_s;
    QTest::newRow("length of nodes") << u"$[?length(@.*) < 3]"_s
        << u"the arguments of length() must be single values: literals, singular queries or functions returning a value at 10"_s;
    QTest::newRow("value as test") << u"$[?value(@..c)]"_s << u"value() returns a value, not a logical result; compare it at 3"_s;
    QTest::newRow("arity") << u"$[?match(@)]"_s << u"match() takes two arguments at 3"_s;
    QTest::newRow("unknown word") << u"$[?@ == nil]"_s << u"unknown name 'nil' at 8"_s;
    QTest::newRow("empty brackets") << u"$[]"_s << u"expected a selector at 2"_s;
    QTest::newRow("not a comparison") << u"$[?!@.a == 1]"_s << u"expected ']' at 8"_s;
    QTest::newRow("relative root") << u"@.a"_s << u"expected '$' at 0"_s;
    QTest::newRow("leading zero number") << u"$[?@ == 01]"_s << u"numbers must not have leading zeros at 8"_s;
    QTest::newRow("bad fraction") << u"$[?@ == 1.]"_s << u"expected a digit after '.' at 10"_s;
}

void TestJsonPath::parseErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    JsonPathError error;
    QVERIFY(!JsonPath::parse(query, &error));
    QCOMPARE(error.toString(), expected);
}

void TestJsonPath::hostileQueries()
{
    JsonPathError error;
    // Deep parentheses and filters are refused, not recursed into until the stack ends.
    QVERIFY(!JsonPath::parse(u"$[?"_s + QString(100000, u'(') + u"@"_s, &error));
    QVERIFY2(error.message.contains(u"deeper than"), qPrintable(error.toString()));
    QString filters = u"$"_s;
    for (int i = 0; i < 10000; ++i)
        filters += u"[?@"_s;
    QVERIFY(!JsonPath::parse(filters, &error));
    QVERIFY(error.message.contains(u"deeper than"));
    QVERIFY(!JsonPath::parse(u"$[?"_s + QString(100000, u'!') + u"@]"_s, &error));

    // Nesting within the limit works.
    QString nested = u"$[?"_s + QString(20, u'(') + u"@ == 1"_s + QString(20, u')') + u']';
    QVERIFY2(JsonPath::parse(nested, &error), qPrintable(error.toString()));

    // A long flat query is fine: segments do not nest.
    QString flat = u"$"_s;
    for (int i = 0; i < 20000; ++i)
        flat += u".a"_s;
    QVERIFY(JsonPath::parse(flat, &error));
}

void TestJsonPath::deepDocument()
{
    // 200,000 levels: the parser of nlohmann/json is iterative, and so must we be.
    const int depth = 200000;
    std::string text;
    text.reserve(std::size_t(depth) * 8);
    for (int i = 0; i < depth; ++i)
        text += "{\"a\":";
    text += "{\"x\":1}";
    text.append(std::size_t(depth), '}');
    const JsonValue root = JsonValue::parse(text);
    const std::vector<JsonPathNode> found = queryJsonPath(root, u"$..x"_s);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().pointer.size(), std::size_t(depth) * 2 + 2);
    QVERIFY(*found.front().value == JsonValue(1));
    QCOMPARE(queryJsonPath(root, u"$..[?@.x == 1]"_s).size(), std::size_t(1));
    // Comparing deep values is iterative too: $.a is the root's only child and equals itself.
    QCOMPARE(queryJsonPath(root, u"$[?@ == $.a]"_s).size(), std::size_t(1));
}

void TestJsonPath::hugeSlices()
{
    const JsonValue root = JsonValue::parse("[0,1,2,3,4,5,6,7,8,9]");
    QCOMPARE(values(queryJsonPath(root, u"$[::9007199254740991]"_s)), QByteArray("[0]"));
    QCOMPARE(values(queryJsonPath(root, u"$[::-9007199254740991]"_s)), QByteArray("[9]"));
    QCOMPARE(values(queryJsonPath(root, u"$[-9007199254740991:9007199254740991:3]"_s)), QByteArray("[0,3,6,9]"));
    QCOMPARE(values(queryJsonPath(root, u"$[9007199254740991:-9007199254740991:-4]"_s)), QByteArray("[9,5,1]"));
    QCOMPARE(values(queryJsonPath(root, u"$[9007199254740991:]"_s)), QByteArray("[]"));
}

void TestJsonPath::normalizedPaths()
{
    const JsonValue root = JsonValue::parse(R"({"a": [{"b'c": 1, "0": {"x/y": 2}}]})");
    QCOMPARE(normalizedPathFromPointer(root, "/a/0/b'c"), u"$['a'][0]['b\\'c']"_s);
    QCOMPARE(normalizedPathFromPointer(root, "/a/0/0/x~1y"), u"$['a'][0]['0']['x/y']"_s);
    QCOMPARE(normalizedPathFromPointer(root, ""), u"$"_s);
    const std::vector<JsonPathNode> found = queryJsonPath(root, u"$..['x/y']"_s);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().pointer, std::string("/a/0/0/x~1y"));
}

void TestJsonPath::iregexp_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("pcre");  // empty: not an I-Regexp
    QTest::newRow("plain") << u"ab"_s << u"ab"_s;
    QTest::newRow("dot") << u"a.b"_s << u"a[^\\n\\r]b"_s;
    QTest::newRow("caret and dollar are literal") << u"^a$"_s << u"\\^a\\$"_s;
    QTest::newRow("class keeps caret") << u"[^a.]"_s << u"[^a.]"_s;
    QTest::newRow("property") << u"\\p{Lu}+"_s << u"\\p{Lu}+"_s;
    QTest::newRow("multi-char escape") << u"\\d"_s << QString();
    QTest::newRow("group extension") << u"(?:a)"_s << QString();
    QTest::newRow("unclosed class") << u"[a"_s << QString();
    QTest::newRow("trailing backslash") << u"a\\"_s << QString();
}

void TestJsonPath::iregexp()
{
    QFETCH(QString, pattern);
    QFETCH(QString, pcre);
    const std::optional<QString> translated = iregexpToPcre(pattern);
    QCOMPARE(translated.value_or(QString()), pcre);
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
