#pragma once

#include "core/baseline/baseline.h"
#include "core/interchange/minbzk_map.h"
#include "core/storage/assessment.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

// Writing an assessment as the government's Model DPIA form opens it (assessment-output
// v2), by the mapping of minbzk_map.h: the inverse of minbzk_import.h for every answer
// that has a counterpart. docs/INTERCHANGE.md.
namespace dpia::interchange {

struct MinbzkExport {
    nlohmann::json document;
    /// Answers of this application that the form cannot hold fully, by question id: with no
    /// counterpart at all (not in `document`), or with a value, such as an option, that has
    /// none, or written as yes/no tasks that do not give the answer back.
    std::vector<std::string> notExported;
};

/// `form` of the document: its mapped answers, and what an earlier import of the same form
/// kept aside at the top level, verbatim (so form -> here -> form keeps it). `now` is the
/// export's createdAt and the lastEditedAt of answers without their own.
MinbzkExport exportMinbzk(const storage::Assessment& assessment, const baseline::Baseline& baseline,
                          const MinbzkForm& form, const std::string& now);

} // namespace dpia::interchange
