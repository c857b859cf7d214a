// SPDX-License-Identifier: MIT
// libFuzzer target: a JSONPath query (the first line) evaluated on a JSON document (the rest).
// Every node selected must be where its JSON pointer says.
#include <string_view>

#include "models/core/json/jsonpath.h"
#include "models/core/support/jsondepth.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const size_t newline = input.find('\n');
    const std::string_view query = input.substr(0, newline);
    const std::string_view document = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

    cw::JsonPathError error;
    const std::optional<cw::JsonPath> path
        = cw::JsonPath::parse(QString::fromUtf8(query.data(), qsizetype(query.size())), &error);
    if (!path)
        return 0;
    (void)path->isSingular();
    if (cw::jsonNestingExceeds(document) >= 0)
        return 0;
    const cw::JsonValue root = cw::JsonValue::parse(document.begin(), document.end(), nullptr, false);
    if (root.is_discarded())
        return 0;
    const std::vector<cw::JsonPathNode> nodes = path->evaluate(root);
    if (nodes.size() > 100000)
        return 0;
    for (const cw::JsonPathNode &node : nodes) {
        const cw::JsonValue &found = root.at(cw::JsonValue::json_pointer(node.pointer));
        if (&found != node.value)
            cw::fuzz::fail(QStringLiteral("a selected node is not at its pointer ") + QString::fromStdString(node.pointer));
        (void)cw::normalizedPathFromPointer(root, node.pointer);
    }
    return 0;
}
