#pragma once

#include "core/compare/document_diff.h"
#include "core/lang.h"

#include <nlohmann/json.hpp>

namespace dpia::compare {

/// The JSON form of a difference (docs/CLI.md, "dpia-cli diff"): {"differences": N,
/// "changes": [...]}, the texts in `lang`.
nlohmann::json diffJson(const DocumentDiff& diff, Lang lang);

} // namespace dpia::compare
