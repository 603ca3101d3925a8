#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/scoring_input.h"

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace dpia::testing {

/// A synthetic assessment for scoring tests: answers, safeguard states, overrides.
struct SyntheticAssessment {
    std::map<std::string, nlohmann::json, std::less<>> answers;
    std::map<std::string, scoring::SafeguardState, std::less<>> safeguards;
    std::map<std::string, scoring::RiskOverrideInput, std::less<>> overrides;

    /// Lookups over this object; it must outlive the returned input.
    scoring::ScoringInput input() const;
};

/// A random valid answer to `question` (sometimes none).
nlohmann::json randomAnswer(const baseline::Question& question, std::mt19937& random);

/// Random answers to every question and random states for every safeguard.
SyntheticAssessment randomAssessment(const baseline::Baseline& baseline, std::mt19937& random);

} // namespace dpia::testing
