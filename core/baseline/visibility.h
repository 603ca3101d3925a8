#pragma once

#include "core/baseline/baseline.h"

#include <set>
#include <string>

// Which questions a baseline asks, given the answers so far (docs/BASELINE.md, visible_if).
namespace dpia::baseline {

/// Decided in questionnaire order: an answer to a hidden question is not asked, so it
/// neither shows other questions nor counts anywhere else.
std::set<std::string, std::less<>> visibleQuestions(const Baseline& baseline,
                                                    const rules::AnswerLookup& answers);

} // namespace dpia::baseline
