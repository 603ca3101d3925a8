#pragma once

#include "core/rules/rule.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// What scoring reads of an assessment, as lookups, so the engine does not depend on how
// the document is stored (and tests can feed it synthetic assessments).
namespace dpia::scoring {

enum class SafeguardState { unset, implemented, planned, notImplemented, notApplicable };

struct RiskOverrideInput {
    int likelihood = 1;
    int impact = 1;
    std::string justification; ///< an override without one is ignored
};

struct CustomRiskInput {
    std::string id;
    std::string title; ///< the user's words; shown as is in both languages
    int likelihood = 1;
    int impact = 1;
};

struct ScoringInput {
    rules::AnswerLookup answer;
    std::function<SafeguardState(std::string_view safeguardId)> safeguard;
    std::function<const RiskOverrideInput*(std::string_view riskId)> override_;
    std::vector<CustomRiskInput> customRisks;
};

} // namespace dpia::scoring
