// SPDX-License-Identifier: MIT
#include "models/itemmodels/streamsamples.h"

#include <algorithm>

#include <QCoreApplication>

#include "models/core/schema/schemainferrer.h"
#include "models/core/support/jsondepth.h"
#include "models/core/sync/pagewalker.h"

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::StreamSamples", text);
}

} // namespace

StreamSamples StreamSamples::load(const Stream &stream, const QString &databasePath, const QList<Sample> &pending,
                                  int maxRecords)
{
    StreamSamples result;
    result.stream = stream.name;
    QList<Sample> samples;
    if (!databasePath.isEmpty()) {
        SampleStore store;
        QString error;
        if (store.open(databasePath, &error)) {
            QList<Sample> listed = store.list(stream.name);
            std::reverse(listed.begin(), listed.end()); // oldest first: the order pages came in
            for (const Sample &entry : std::as_const(listed)) {
                if (std::optional<Sample> full = store.load(entry.id))
                    samples.append(std::move(*full));
            }
        } else {
            result.problems.append(tr("The workspace database %1 cannot be opened: %2").arg(databasePath, error));
        }
    }
    samples.append(pending);

    SchemaInferrer inferrer;
    for (const Sample &sample : std::as_const(samples)) {
        if (sample.status < 200 || sample.status >= 300 || sample.body.trimmed().isEmpty())
            continue; // error pages and empty bodies say nothing about the records
        ++result.sampleCount;
        QString error;
        // Schema from a SAX pass over the bytes (every record, nothing kept); a DOM only while
        // the preview still wants records.
        if (!inferrer.addBody(sample.body, stream.recordsPath, &error)) {
            result.problems.append(tr("Sample %1 (%2): %3").arg(sample.id).arg(sample.url, error));
            continue;
        }
        if (qsizetype(result.records.size()) >= maxRecords)
            continue;
        if (const long long deep = jsonNestingExceeds(std::string_view(sample.body.constData(), size_t(sample.body.size())));
            deep >= 0) {
            // Inference above is guarded; a DOM of such a body would overflow the stack.
            result.problems.append(tr("Sample %1 nests deeper than %2 levels (at byte %3): its fields are inferred, "
                                      "its rows are not previewed.")
                                       .arg(sample.id).arg(kMaxJsonDomDepth).arg(deep));
            continue;
        }
        const JsonValue body = JsonValue::parse(sample.body.constData(), sample.body.constData() + sample.body.size(),
                                                nullptr, false);
        JsonValue records;
        if (body.is_discarded() || !extractRecords(body, stream.recordsPath, records, &error))
            continue;
        if (!records.is_array())
            records = JsonValue::array({records});
        for (JsonValue &record : records) {
            if (qsizetype(result.records.size()) >= maxRecords)
                break;
            result.records.push_back(std::move(record));
        }
    }
    result.schema = inferrer.schema();
    result.recordCount = result.schema.recordCount();
    return result;
}

} // namespace cw
