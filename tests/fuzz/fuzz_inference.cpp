// SPDX-License-Identifier: MIT
// libFuzzer target: a response body as the workbench ingests a sample: streaming schema
// inference (SchemaInferrer::addBody), then, as the response viewer and the detector do, the
// nesting guard, a DOM parse, detection, DOM inference and the default mapping plan.
#include <string_view>

#include "models/core/detect/responsedetector.h"
#include "models/core/schema/mappingplan.h"
#include "models/core/schema/schemainferrer.h"
#include "models/core/support/jsondepth.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte chooses where the records are; the rest is the body.
    if (size == 0)
        return 0;
    const QString recordsPointer = (data[0] & 1) ? QStringLiteral("/data") : QString();
    const std::string_view body(reinterpret_cast<const char *>(data + 1), size - 1);

    cw::SchemaInferrer streaming;
    QString error;
    streaming.addBody(body, recordsPointer, &error);
    (void)streaming.schema();

    if (cw::jsonNestingExceeds(body) >= 0)
        return 0; // refused before a DOM parse, as PageWalker and the viewer do
    const std::optional<std::string> repaired = cw::replaceInvalidUtf8(body);
    const std::string_view text = repaired ? std::string_view(*repaired) : body;
    cw::JsonValue dom = cw::JsonValue::parse(text.begin(), text.end(), nullptr, false);
    if (dom.is_discarded())
        return 0;
    const cw::ResponseDetection detection = cw::detectResponse(dom, {}, QUrl(QStringLiteral("https://api.example.com/v1/items")));
    cw::Stream stream = cw::proposeStream(detection, dom);
    const cw::InferredSchema schema = cw::SchemaInferrer::infer(dom);
    (void)cw::MappingPlan::build(stream, schema);
    return 0;
}
