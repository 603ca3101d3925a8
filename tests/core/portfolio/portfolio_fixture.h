#pragma once

#include "core/baseline/baseline.h"
#include "core/storage/assessment.h"

#include <map>
#include <memory>
#include <string>

// Documents for the portfolio tests, on the shipped baseline (it names the review date
// question) and the bundled sample.
namespace dpia::portfolio::testing {

const std::shared_ptr<const baseline::Baseline>& shippedBaseline();

/// The sample as a new document at `path`, titled `title`, with its review date answer set
/// to `reviewDate` (cleared when empty) and `status`.
void makeSample(const std::string& path, const std::string& title, const std::string& reviewDate,
                storage::DocumentStatus status = storage::DocumentStatus::draft);

/// A new empty document with the given measures (title, due date, status).
void makeWithMeasures(const std::string& path, const std::vector<storage::Measure>& measures);

/// Every path under `root` (links not followed) with the SHA-256 of each regular file's
/// bytes ("" for folders and links): "nothing changed, nothing appeared".
std::map<std::string, std::string> treeState(const std::string& root);

} // namespace dpia::portfolio::testing
