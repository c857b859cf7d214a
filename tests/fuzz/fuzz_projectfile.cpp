// SPDX-License-Identifier: MIT
// libFuzzer target: ProjectFile::parse on arbitrary bytes. A project that loads must
// serialize to a file that loads again to the same project.
#include "models/core/project/projectfile.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const cw::ProjectFile::LoadResult loaded = cw::ProjectFile::parse(cw::fuzz::bytes(data, size));
    if (!loaded.ok())
        return 0;
    const QByteArray saved = cw::ProjectFile::serialize(*loaded.project);
    const cw::ProjectFile::LoadResult again = cw::ProjectFile::parse(saved);
    if (!again.ok())
        cw::fuzz::fail(QStringLiteral("a loaded project does not load again after serialize()"));
    if (cw::ProjectFile::serialize(*again.project) != saved)
        cw::fuzz::fail(QStringLiteral("serialize() is not stable over a load"));
    return 0;
}
