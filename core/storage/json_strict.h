#pragma once

#include "core/result.h"
#include "core/storage/storage_errors.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace dpia::storage {

/// What an untrusted JSON document may be. A document breaking a limit is rejected while
/// it is parsed, before anything large or deep is built.
struct JsonLimits {
    std::size_t maxBytes = 16 * 1024 * 1024;
    std::size_t maxString = 1024 * 1024;
    std::size_t maxDepth = 64;
    /// Key paths (from the root) whose string value may be as long as the whole document,
    /// e.g. {"baseline", "image"} for the base64 baseline image.
    std::vector<std::vector<std::string>> longStrings;
};

/// Makes the error for a problem described in both languages (errors::invalidJson for an
/// interchange document, errors::invalidEdit for an edit).
using ProblemError = Error (*)(const std::string& nl, const std::string& en);

/// Parses `text` as JSON under `limits`: valid UTF-8 only, no duplicate keys. Errors are
/// made by `problem` with a message that says what is wrong and where (byte offset or key
/// path).
Result<nlohmann::json> parseStrictJson(std::string_view text, const JsonLimits& limits,
                                       ProblemError problem = errors::invalidJson);

} // namespace dpia::storage
