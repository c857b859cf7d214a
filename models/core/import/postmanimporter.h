// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include "models/core/import/importresult.h"

namespace cw {

class PostmanImporter final
{
public:
    PostmanImporter() = delete;
    /// Reads the input; never throws. See importresult.h for what the result holds.
    static ImportResult read(const QByteArray &bytes, const QString &sourceName);
};

} // namespace cw
