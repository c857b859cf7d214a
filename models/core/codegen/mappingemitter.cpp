// SPDX-License-Identifier: MIT
// Record-to-row code and schema(): both read the stream's MappingPlan, the same plan the
// native RecordMapper applies, so that a column cannot differ between the two.
#include "models/core/codegen/codegencontext.h"

namespace cw::codegen {

namespace {

// The variables of one table's level in the nested loops.
struct Level {
    QString element;   ///< the record, or the array element being mapped
    QString row;       ///< the dict holding the table's row
    QString index;     ///< the element's index in its array
};

QString valueExpression(Context &context, const PlanColumn &column, const Level &level, const QList<Level> &levels,
                        const MappingPlan &plan, int tableIndex)
{
    switch (column.kind) {
    case PlanColumn::Kind::ParentKey: {
        const int parent = plan.tables[tableIndex].parent;
        const QString parentRow = parent >= 0 && parent < levels.size() ? levels[parent].row : QStringLiteral("row");
        return QStringLiteral("%1[%2]").arg(parentRow, py::literal(column.sourcePath));
    }
    case PlanColumn::Kind::Index:
        return level.index;
    case PlanColumn::Kind::Value:
    case PlanColumn::Kind::Json:
        break;
    }
    QString value = level.element;
    if (!column.sourcePath.isEmpty()) {
        context.need(Helper::Dig);
        value = QStringLiteral("dig(%1, %2)").arg(level.element, py::pathArguments(column.sourcePath));
    }
    // The SDK refuses floats for DECIMAL; every other declared type takes the JSON value as
    // it comes, and JSON columns take the dict or list itself (never a dumped string).
    if (column.kind == PlanColumn::Kind::Value && column.type == FivetranType::Decimal) {
        context.need(Helper::DecimalText);
        value = QStringLiteral("decimal_text(%1)").arg(value);
    }
    return value;
}

void writeRowDict(Context &context, const MappingPlan &plan, int tableIndex, const QList<Level> &levels, py::Writer &out)
{
    const Level &level = levels[tableIndex];
    const PlanTable &table = plan.tables[tableIndex];
    out.line(QStringLiteral("%1 = {").arg(level.row));
    out.indent();
    for (const PlanColumn &column : table.columns) {
        out.line(QStringLiteral("%1: %2,").arg(py::literal(column.name),
                                               valueExpression(context, column, level, levels, plan, tableIndex)));
    }
    out.dedent();
    out.line(QStringLiteral("}"));
    out.line(QStringLiteral("rows.append((%1, %2))").arg(py::literal(table.name), level.row));
}

void writeChildren(Context &context, const MappingPlan &plan, int parentIndex, QList<Level> &levels, int depth,
                   py::Writer &out)
{
    for (int i = 0; i < plan.tables.size(); ++i) {
        const PlanTable &table = plan.tables[i];
        if (table.parent != parentIndex)
            continue;
        const QString suffix = depth > 1 ? u'_' + QString::number(depth) : QString();
        levels[i] = {QStringLiteral("element") + suffix, py::identifier(table.name) + QStringLiteral("_row"),
                     QStringLiteral("index") + suffix};
        context.need(Helper::ArrayAt);
        const QString array = table.arrayPath.isEmpty()
            ? QStringLiteral("array_at(%1)").arg(levels[parentIndex].element)
            : QStringLiteral("array_at(%1, %2)").arg(levels[parentIndex].element, py::pathArguments(table.arrayPath));
        out.line(QStringLiteral("for %1, %2 in enumerate(%3):").arg(levels[i].index, levels[i].element, array));
        out.indent();
        writeRowDict(context, plan, i, levels, out);
        writeChildren(context, plan, i, levels, depth + 1, out);
        out.dedent();
    }
}

QString typeEntry(const PlanColumn &column)
{
    if (column.type == FivetranType::Decimal) {
        return QStringLiteral("{\"type\": \"DECIMAL\", \"precision\": %1, \"scale\": %2}")
            .arg(column.precision)
            .arg(column.scale);
    }
    return py::literal(toString(column.type));
}

} // namespace

void writeRowsFunction(Context &context, const Stream &stream, py::Writer &out)
{
    const MappingPlan *plan = context.plan(stream);
    out.topLevelGap();
    out.line(QStringLiteral("def %1_rows(record):").arg(context.id(stream)));
    out.indent();
    QStringList tables;
    if (plan) {
        for (const PlanTable &table : plan->tables)
            tables.append(table.name);
    }
    out.line(QStringLiteral("\"\"\"The rows one %1 record becomes, as (table, row) pairs: %2.\"\"\"")
                 .arg(py::docText(stream.name), py::docText(tables.join(QStringLiteral(", ")))));
    out.line(QStringLiteral("rows = []"));
    if (plan && !plan->tables.isEmpty()) {
        QList<Level> levels(plan->tables.size());
        levels[0] = {QStringLiteral("record"), QStringLiteral("row"), QString()};
        writeRowDict(context, *plan, 0, levels, out);
        writeChildren(context, *plan, 0, levels, 1, out);
    }
    out.line(QStringLiteral("return rows"));
    out.dedent();
}

void writeSchemaEntries(Context &context, py::Writer &out)
{
    out.line(QStringLiteral("return ["));
    out.indent();
    for (const Stream &stream : context.project.streams) {
        const MappingPlan *plan = context.plan(stream);
        if (!plan)
            continue;
        for (const PlanTable &table : plan->tables) {
            out.line(QStringLiteral("{"));
            out.indent();
            out.line(QStringLiteral("\"table\": %1,").arg(py::literal(table.name)));
            if (!table.primaryKey.isEmpty())
                out.line(QStringLiteral("\"primary_key\": %1,").arg(py::listLiteral(table.primaryKey)));
            QStringList declared;
            for (const PlanColumn &column : table.columns) {
                if (column.type != FivetranType::Unspecified)
                    declared << QStringLiteral("%1: %2,").arg(py::literal(column.name), typeEntry(column));
            }
            if (!declared.isEmpty()) {
                out.line(QStringLiteral("\"columns\": {"));
                out.indent();
                out.lines(declared);
                out.dedent();
                out.line(QStringLiteral("},"));
            }
            out.dedent();
            out.line(QStringLiteral("},"));
        }
    }
    out.dedent();
    out.line(QStringLiteral("]"));
}

} // namespace cw::codegen
