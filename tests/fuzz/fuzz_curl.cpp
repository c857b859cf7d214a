// SPDX-License-Identifier: MIT
// libFuzzer target: CurlImporter::read on arbitrary bytes, then the imported project must validate
// and load again (tests/fuzz/fuzzsupport.h).
#include "models/core/import/curlimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cw::fuzz::checkImport(cw::CurlImporter::read(cw::fuzz::bytes(data, size), QStringLiteral("fuzz")));
    return 0;
}
