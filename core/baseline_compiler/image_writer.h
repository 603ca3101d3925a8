#pragma once

#include "core/baseline_compiler/source_model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dpia::baseline {

/// Writes a validated source model as a compiled baseline image (core/baseline/
/// baseline_schema.h) and returns its bytes, with the content hash stored in `meta`.
/// nullopt with `error` set when SQLite fails.
std::optional<std::vector<std::uint8_t>> writeImage(const SourceModel& model, std::string& error);

} // namespace dpia::baseline
