// SPDX-License-Identifier: MIT
#include "models/core/codegen/exportlinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace cw {

namespace {

const QRegularExpression &snakeCase()
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re;
}

class Linter
{
public:
    explicit Linter(const ExportBundle &bundle)
        : m_bundle(bundle)
    {
    }

    QList<LintFinding> run()
    {
        checkPaths();
        checkConfiguration();
        checkConnector();
        checkRequirements();
        checkTables();
        checkConnectionName();
        return m_findings;
    }

private:
    void add(LintFinding::Severity severity, const QString &rule, const QString &file, int line, const QString &message)
    {
        m_findings.append({severity, rule, file, line, message});
    }
    void error(const QString &rule, const QString &file, int line, const QString &message)
    {
        add(LintFinding::Severity::Error, rule, file, line, message);
    }
    void warning(const QString &rule, const QString &file, int line, const QString &message)
    {
        add(LintFinding::Severity::Warning, rule, file, line, message);
    }

    // Files: relative, inside the folder, and never in a folder Fivetran leaves out of the upload.
    void checkPaths()
    {
        if (!m_bundle.files.contains(QStringLiteral("connector.py")))
            error(QStringLiteral("connector-file"), {}, 0, QStringLiteral("The export has no connector.py at its root; Fivetran needs exactly that name."));
        for (auto it = m_bundle.files.cbegin(); it != m_bundle.files.cend(); ++it) {
            const QString &path = it.key();
            const QStringList parts = path.split(u'/');
            if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':')
                || parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")) || parts.contains(QString())) {
                error(QStringLiteral("safe-paths"), path, 0, QStringLiteral("The path is not a plain relative path inside the export folder."));
                continue;
            }
            for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
                const QString folder = parts[i];
                if (folder == u"lib" || folder == u"include")
                    error(QStringLiteral("no-lib-include"), path, 0,
                          QStringLiteral("A folder named \"%1\" is silently left out of fivetran deploy's upload.").arg(folder));
                if (i == 0 && folder == u"files")
                    error(QStringLiteral("no-files-folder"), path, 0,
                          QStringLiteral("files/ belongs to fivetran debug (warehouse.db, state.json) and is never uploaded."));
            }
            if (parts.last() == u"pyvenv.cfg")
                error(QStringLiteral("no-virtualenv"), path, 0, QStringLiteral("A virtual environment does not belong in the project."));
        }
    }

    void checkConfiguration()
    {
        const QString file = QStringLiteral("configuration.json");
        if (!m_bundle.files.contains(file)) {
            error(QStringLiteral("configuration-file"), file, 0,
                  QStringLiteral("configuration.json is missing; fivetran debug and the first deploy need one (SDK 2.11+)."));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_bundle.files.value(file), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            error(QStringLiteral("configuration-object"), file, 0, QStringLiteral("configuration.json must be one JSON object."));
            return;
        }
        const QJsonObject object = document.object();
        if (object.size() > 100)
            error(QStringLiteral("configuration-field-limit"), file, 0,
                  QStringLiteral("configuration.json has %1 fields; the SDK allows at most 100.").arg(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                error(QStringLiteral("configuration-string-values"), file, 0,
                      QStringLiteral("\"%1\" is not a string; every configuration value must be a string (flat, no nesting).").arg(it.key()));
        }
        m_configurationKeys = object.keys();
    }

    void checkConnector()
    {
        const QString file = QStringLiteral("connector.py");
        if (!m_bundle.files.contains(file))
            return;
        const QString source = QString::fromUtf8(m_bundle.files.value(file));
        const QStringList lines = source.split(u'\n');
        for (const int line : exitCallLines(source))
            error(QStringLiteral("no-exit"), file, line,
                  QStringLiteral("exit() can hang the connector in Fivetran; raise an exception instead."));
        auto lineOf = [&lines](const QRegularExpression &re) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (re.match(lines[i]).hasMatch())
                    return int(i + 1);
            }
            return 0;
        };
        if (!lineOf(QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*Connector\\("))))
            error(QStringLiteral("connector-object"), file, 0,
                  QStringLiteral("No module-level `connector = Connector(...)`: the Fivetran CLI would not find the connector."));
        if (!lineOf(QRegularExpression(QStringLiteral("^def update\\(configuration(: dict)?, state(: dict)?\\):"))))
            error(QStringLiteral("update-signature"), file, 0,
                  QStringLiteral("update() must take exactly the parameters configuration and state."));
        if (!lineOf(QRegularExpression(QStringLiteral("\\bop\\.checkpoint\\("))))
            error(QStringLiteral("checkpoint"), file, 0, QStringLiteral("The connector never calls op.checkpoint(state)."));
        if (const int line = lineOf(QRegularExpression(QStringLiteral("\\byield\\s+op\\."))))
            warning(QStringLiteral("no-yield"), file, line, QStringLiteral("`yield op.…` is the SDK 1.x style; call operations directly."));
        if (const int line = lineOf(QRegularExpression(QStringLiteral("\\blog\\.(error|debug|critical)\\("))))
            warning(QStringLiteral("log-levels"), file, line,
                    QStringLiteral("log.error/debug/critical need SDK 2.8.2 or later; older ones know severe/fine."));
        if (const int line = lineOf(QRegularExpression(QStringLiteral("^if __name__ == \"__main__\":"))); !line) {
            warning(QStringLiteral("main-block"), file, 0, QStringLiteral("No __main__ block calling connector.debug(configuration=...)."));
        } else if (!source.contains(QStringLiteral("connector.debug(configuration=")))
            warning(QStringLiteral("main-block"), file, line,
                    QStringLiteral("connector.debug() needs configuration= since SDK 2.11."));
        // Every configuration value the code reads must be a field Fivetran will show.
        static const QRegularExpression lookup(QStringLiteral("configuration(?:\\[|\\.get\\()\"([A-Za-z0-9_]+)\""));
        QSet<QString> reported;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            auto matches = lookup.globalMatch(lines[i]);
            while (matches.hasNext()) {
                const QString key = matches.next().captured(1);
                if (!m_configurationKeys.contains(key) && !reported.contains(key)) {
                    reported.insert(key);
                    error(QStringLiteral("configuration-keys"), file, int(i + 1),
                          QStringLiteral("The code reads configuration \"%1\", which configuration.json does not have.").arg(key));
                }
            }
        }
    }

    void checkRequirements()
    {
        const QString file = QStringLiteral("requirements.txt");
        if (!m_bundle.files.contains(file))
            return;
        const QStringList lines = QString::fromUtf8(m_bundle.files.value(file)).split(u'\n');
        static const QRegularExpression name(QStringLiteral("^\\s*([A-Za-z0-9_.\\-]+)"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString package = name.match(line).captured(1).toLower().replace(u'_', u'-');
            if (package == u"fivetran-connector-sdk" || package == u"requests")
                error(QStringLiteral("requirements-preinstalled"), file, int(i + 1),
                      QStringLiteral("%1 is pre-installed by Fivetran and must not be listed.").arg(package));
            else if (!line.contains(QStringLiteral("==")) && !line.startsWith(QStringLiteral("git+")))
                warning(QStringLiteral("requirements-pinned"), file, int(i + 1), QStringLiteral("Pin %1 (package==x.y.z).").arg(package));
        }
    }

    void checkTables()
    {
        QSet<QString> tables;
        for (qsizetype s = 0; s < m_bundle.project.streams.size() && s < m_bundle.plans.size(); ++s) {
            const Stream &stream = m_bundle.project.streams[s];
            for (const PlanTable &table : m_bundle.plans[s].tables) {
                const QString where = QStringLiteral("Stream %1, table %2").arg(stream.name, table.name);
                if (table.name.trimmed().isEmpty()) {
                    error(QStringLiteral("table-name"), {}, 0, QStringLiteral("Stream %1 has a table without a name.").arg(stream.name));
                    continue;
                }
                if (tables.contains(table.name))
                    error(QStringLiteral("table-unique"), {}, 0, QStringLiteral("%1: the table is defined twice.").arg(where));
                tables.insert(table.name);
                if (!snakeCase().match(table.name).hasMatch())
                    warning(QStringLiteral("table-name"), {}, 0,
                            QStringLiteral("%1: not lowercase snake_case; Fivetran would rename it.").arg(where));
                QSet<QString> columns;
                for (const PlanColumn &column : table.columns) {
                    if (column.name.trimmed().isEmpty())
                        error(QStringLiteral("column-name"), {}, 0, QStringLiteral("%1: a column has no name.").arg(where));
                    else if (columns.contains(column.name))
                        error(QStringLiteral("column-unique"), {}, 0, QStringLiteral("%1: column %2 appears twice.").arg(where, column.name));
                    else if (!snakeCase().match(column.name).hasMatch())
                        warning(QStringLiteral("column-name"), {}, 0,
                                QStringLiteral("%1: column %2 is not lowercase snake_case; Fivetran would rename it.").arg(where, column.name));
                    columns.insert(column.name);
                    if (column.type == FivetranType::Decimal
                        && (column.precision < 1 || column.precision > 38 || column.scale < 0 || column.scale > column.precision))
                        error(QStringLiteral("decimal"), {}, 0,
                              QStringLiteral("%1: DECIMAL column %2 needs a precision of 1 to 38 and a scale from 0 to the precision.")
                                  .arg(where, column.name));
                }
                if (table.primaryKey.isEmpty())
                    warning(QStringLiteral("primary-key"), {}, 0,
                            QStringLiteral("%1 has no primary key; Fivetran keys its rows by a hash of all values, which splits changed rows.")
                                .arg(where));
                for (const QString &key : table.primaryKey) {
                    if (!columns.contains(key))
                        error(QStringLiteral("primary-key"), {}, 0,
                              QStringLiteral("%1: primary key column %2 is not a column of the table.").arg(where, key));
                }
            }
        }
    }

    void checkConnectionName()
    {
        if (!isValidConnectionName(m_bundle.connectionName))
            error(QStringLiteral("connection-name"), {}, 0,
                  QStringLiteral("The connection name \"%1\" must match ^[_a-z][_a-z0-9]*$.").arg(m_bundle.connectionName));
    }

    const ExportBundle &m_bundle;
    QList<LintFinding> m_findings;
    QStringList m_configurationKeys;
};

} // namespace

QString LintFinding::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0)
        where += u':' + QString::number(line);
    return QStringLiteral("%1: %2%3 [%4]")
        .arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"),
             where.isEmpty() ? QString() : where + QStringLiteral(": "), message, rule);
}

bool isValidConnectionName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[_a-z][_a-z0-9]*$"));
    return re.match(name).hasMatch();
}

QString connectionNameFor(const Project &project)
{
    QString name;
    for (const QChar c : project.name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty())
        return QStringLiteral("connector");
    if (name.front().isDigit())
        name.prepend(u'_');
    return name;
}

QList<int> exitCallLines(const QString &source)
{
    // A small tokenizer: enough to skip comments and string literals (single, double,
    // triple-quoted, with escapes), so that "exit(" inside a message is not a call.
    QList<int> lines;
    int line = 1;
    const qsizetype n = source.size();
    static const QRegularExpression call(QStringLiteral("^(?:sys\\.exit|os\\._exit|exit|quit)\\s*\\("));
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source[i];
        if (c == u'\n') {
            ++line;
        } else if (c == u'#') {
            while (i + 1 < n && source[i + 1] != u'\n')
                ++i;
        } else if (c == u'"' || c == u'\'') {
            const bool triple = i + 2 < n && source[i + 1] == c && source[i + 2] == c;
            const QString end = triple ? QString(3, c) : QString(c);
            i += end.size();
            while (i < n && QStringView(source).mid(i, end.size()) != end) {
                if (source[i] == u'\\' && i + 1 < n)
                    ++i;  // an escaped character, perhaps a line continuation
                if (source[i] == u'\n')
                    ++line;
                ++i;
            }
            i += end.size() - 1;
        } else if ((c.isLetter() || c == u'_') && (i == 0 || !(source[i - 1].isLetterOrNumber() || source[i - 1] == u'_' || source[i - 1] == u'.'))) {
            if (call.match(QStringView(source).mid(i, 16).toString()).hasMatch())
                lines.append(line);
            while (i + 1 < n && (source[i + 1].isLetterOrNumber() || source[i + 1] == u'_' || source[i + 1] == u'.'))
                ++i;
        }
    }
    return lines;
}

QList<LintFinding> lintExport(const ExportBundle &bundle)
{
    return Linter(bundle).run();
}

} // namespace cw
