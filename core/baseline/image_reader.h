#pragma once

#include "core/baseline/baseline_types.h"

#include <sqlite3.h>
#include <string>
#include <vector>

// Reads the tables of a compiled baseline image into the typed model. Each function
// throws ImageError on a malformed image; Baseline::load turns that into an Error.
namespace dpia::baseline::detail {

struct ImageError {
    std::string detail;
};

struct ImageContent {
    BaselineInfo info;
    std::vector<Part> parts;
    std::vector<Section> sections;
    std::vector<Question> questions;
    std::vector<Requirement> requirements;
    std::vector<Safeguard> safeguards;
    std::vector<Risk> risks;
    std::vector<Criterion> criteria;
    std::vector<Hint> hints;
    VerdictRules verdict;
    Matrix matrix;
};

ImageContent readImage(sqlite3* db);

} // namespace dpia::baseline::detail
