#pragma once

#include "core/baseline_compiler/diagnostics.h"
#include "core/baseline_compiler/source_model.h"

namespace dpia::baseline {

/// The checks across files (docs/BASELINE.md): ids unique across kinds, every reference
/// resolves, rules name existing questions, options and columns, every risk has a driver,
/// a mitigation and a requirement, every safeguard meets a requirement, the matrix is
/// complete. Adds one diagnostic per problem.
void validate(const SourceModel& model, Diagnostics& diagnostics);

} // namespace dpia::baseline
