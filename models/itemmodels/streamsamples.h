// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/project/project.h"
#include "models/core/samples/samplestore.h"
#include "models/core/schema/inferredschema.h"
#include "models/core/support/json.h"

namespace cw {

/// What the mapping editor knows about a stream from its samples: the schema inferred over
/// every record of every sample, and the first records for the destination preview.
struct StreamSamples {
    QString stream;
    int sampleCount = 0;
    qint64 recordCount = 0;          ///< over all samples (the schema saw every one)
    InferredSchema schema;
    std::vector<JsonValue> records;  ///< at most `maxRecords`, oldest sample first
    QStringList problems;            ///< samples that could not be read, one sentence each

    /// Reads the samples of `stream` from the workspace database `databasePath` (may be
    /// empty) and `pending` (in-memory samples of this session), infers their schema and keeps
    /// up to `maxRecords` records. Pure and thread-safe: the editor runs it on a worker thread.
    static StreamSamples load(const Stream &stream, const QString &databasePath, const QList<Sample> &pending,
                              int maxRecords = 10'000);
};

} // namespace cw
