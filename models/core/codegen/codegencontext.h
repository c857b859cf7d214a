// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "models/core/codegen/pythonwriter.h"
#include "models/core/project/project.h"
#include "models/core/schema/mappingplan.h"

/// What the parts of the generator share while writing one connector.py. Internal to
/// models/core/codegen; the public entry point is connectorgenerator.h.
namespace cw::codegen {

/// Helper functions the generated code may need; each is written once, only when used,
/// so that a connector without Link pagination carries no Link code.
enum class Helper {
    Fetch, ResponseJson, RecordsAt, Dig, ScalarText, LaterCursor, SameOrigin, WithQuery, ArrayAt,
    DecimalText, ClientCredentials, BasicAuthHeader, StoredCursor, RequestCursor
};

struct Context {
    const Project &project;
    const QList<MappingPlan> &plans;
    QHash<QString, QString> ids;      ///< stream name -> unique Python identifier
    std::set<Helper> helpers;         ///< ordered, so the output is deterministic
    QSet<QString> imports;            ///< whole import lines, e.g. "import time"; sorted when written
    QStringList constants;            ///< lines of the constants section, in order
    bool needsNotFound = false;       ///< fetch() raises NotFound on 404 (child streams skip deleted parents)

    const MappingPlan *plan(const Stream &stream) const;
    QString id(const Stream &stream) const { return ids.value(stream.name); }
    /// Upper-case prefix for a stream's constants: CUSTOMERS_PAGE_SIZE.
    QString constantPrefix(const Stream &stream) const { return id(stream).toUpper(); }
    void need(Helper helper);
};

/// The state key of a stream's incremental cursor.
QString cursorStateKey(const Stream &stream);

/// A Python expression for a `{{ config.key }}` template: a string literal, a
/// configuration lookup, or their concatenation.
QString templateExpression(const QString &text);

// requestemitter.cpp
/// The constants, configuration handling and session with the connection's headers and auth.
void writeConnectionSection(Context &context, py::Writer &out);
/// `url = ...` and `params = {...}` (plus `headers`) for the first request of a stream.
void writeFirstRequest(Context &context, const Stream &stream, py::Writer &out);
/// fetch(...) call text for the stream's current request.
QString fetchCall(const Stream &stream);

// paginationemitter.cpp
/// def <stream>_pages(...): a generator of record lists, one per page.
void writePagesFunction(Context &context, const Stream &stream, py::Writer &out);
/// The arguments after `session, configuration` that <stream>_pages takes.
QStringList pagesArguments(const Stream &stream);

// mappingemitter.cpp
/// def <stream>_rows(record): the (table, row) pairs a record becomes.
void writeRowsFunction(Context &context, const Stream &stream, py::Writer &out);
/// The table entries of schema().
void writeSchemaEntries(Context &context, py::Writer &out);

// helpersemitter.cpp
/// The helper functions collected in `context.helpers`, with their imports registered.
QString helperSource(Context &context);

} // namespace cw::codegen
