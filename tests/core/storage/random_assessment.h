#pragma once

#include "core/storage/assessment.h"

#include <random>

namespace dpia::storage::testing {

/// A random but valid assessment (validate::assessment accepts it): texts with quotes,
/// backslashes, control characters and non-ASCII; answers of every JSON shape; a random
/// baseline image. Same seed, same assessment.
Assessment randomAssessment(std::mt19937& random);

/// A random JSON value of at most `depth` levels (never null at the top).
nlohmann::json randomJson(std::mt19937& random, int depth);

} // namespace dpia::storage::testing
