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

using ImageContent = BaselineContent;

ImageContent readImage(sqlite3* db, int layout);

} // namespace dpia::baseline::detail
