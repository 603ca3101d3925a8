#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/advice.h"
#include "core/scoring/evaluation.h"
#include "core/storage/assessment.h"

#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

// The scenario suite's one helper (tests/core/scoring/scenario_suite_test.cpp): a scenario
// is a list of answers and safeguard statuses, scored as the document `dpia-cli answer` and
// `dpia-cli safeguard` would have stored, so each scenario reads like a row of a table.
namespace dpia::testing {

using Statuses = std::map<std::string, storage::SafeguardStatus>;

/// Answers merged left to right: a later layer replaces an earlier answer to the same
/// question, and `null` removes it (a question the later layer's answers hide).
nlohmann::json layered(std::initializer_list<nlohmann::json> layers);
Statuses layeredStatuses(std::initializer_list<Statuses> layers);

struct Scenario {
    std::string name;
    nlohmann::json answers = nlohmann::json::object(); ///< question id -> value
    Statuses safeguards; ///< only safeguards the questionnaire does not answer, or planned/n.a.

    /// The same processing with some answers and statuses changed ("after the measures").
    Scenario after(std::string variant, const nlohmann::json& changedAnswers,
                   const Statuses& changedStatuses = {}) const;
};

/// The same scenario once every planned safeguard is in place: a stored "planned" becomes
/// "implemented", and for a safeguard the questionnaire answers, its question gets the answer
/// that means "implemented" (as the officer would record it).
Scenario withPlannedMeasuresInPlace(const baseline::Baseline& baseline, const Scenario& scenario);

/// What an officer reads off the score of a scenario.
struct Outcome {
    scoring::Evaluation evaluation;
    std::vector<scoring::Advice> advice;     ///< the top three, as `dpia-cli score` shows
    std::set<std::string> notApplicable;     ///< risks shown as "not applicable, because"
    std::set<std::string> topResiduals;      ///< applicable risks at the highest residual level
    std::set<std::string> priorConsultation; ///< the risks art. 36 names

    const scoring::RiskResult& risk(std::string_view id) const;
    std::string topAdvice() const { return advice.empty() ? std::string() : advice[0].safeguard; }
    /// A summary for failure messages: verdict, levels per risk, art. 36, advice.
    std::string describe() const;
};

/// Scores `scenario` with `baseline`. Adds a test failure when the document could not have
/// been made through the CLI or is not complete: an answer the baseline refuses, an answer to
/// a question that is hidden, a stored implemented/not-implemented status on a safeguard the
/// questionnaire answers, or a visible required question left open.
Outcome score(const baseline::Baseline& baseline, const Scenario& scenario);

} // namespace dpia::testing
