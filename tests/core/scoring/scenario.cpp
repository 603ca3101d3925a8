#include "tests/core/scoring/scenario.h"

#include "core/scoring/assessment_scoring.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <sstream>

namespace dpia::testing {

nlohmann::json layered(std::initializer_list<nlohmann::json> layers) {
    nlohmann::json merged = nlohmann::json::object();
    for (const nlohmann::json& layer : layers) {
        for (const auto& [question, value] : layer.items()) {
            if (value.is_null()) {
                merged.erase(question);
            } else {
                merged[question] = value;
            }
        }
    }
    return merged;
}

Statuses layeredStatuses(std::initializer_list<Statuses> layers) {
    Statuses merged;
    for (const Statuses& layer : layers) {
        for (const auto& [safeguard, status] : layer) {
            merged[safeguard] = status;
        }
    }
    return merged;
}

Scenario Scenario::after(std::string variant, const nlohmann::json& changedAnswers,
                         const Statuses& changedStatuses) const {
    return Scenario{name + ", " + variant, layered({answers, changedAnswers}),
                    layeredStatuses({safeguards, changedStatuses})};
}

Scenario withPlannedMeasuresInPlace(const baseline::Baseline& baseline, const Scenario& scenario) {
    Scenario done{scenario.name + ", after the planned measures", scenario.answers, {}};
    for (const auto& [id, status] : scenario.safeguards) {
        const baseline::Safeguard* safeguard = baseline.safeguard(id);
        if (status != storage::SafeguardStatus::planned || safeguard == nullptr) {
            done.safeguards[id] = status;
        } else if (safeguard->fact) {
            done.answers[safeguard->fact->question] = safeguard->fact->implementedAnswer;
        } else {
            done.safeguards[id] = storage::SafeguardStatus::implemented;
        }
    }
    return done;
}

const scoring::RiskResult& Outcome::risk(std::string_view id) const {
    const auto found = std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                                    [&](const scoring::RiskResult& r) { return r.id == id; });
    if (found == evaluation.risks.end()) {
        ADD_FAILURE() << "no risk " << id;
        return evaluation.risks.front();
    }
    return *found;
}

std::string Outcome::describe() const {
    static constexpr const char* kVerdicts[] = {"required", "recommended", "not required"};
    std::ostringstream out;
    out << "verdict: " << kVerdicts[static_cast<int>(evaluation.screening.verdict)]
        << "; art. 36: " << (evaluation.priorConsultation ? "yes" : "no");
    for (const std::string& id : evaluation.priorConsultationRisks) {
        out << ' ' << id;
    }
    out << "; highest residual: " << evaluation.highestResidualLevel << '\n';
    for (const scoring::RiskResult& risk : evaluation.risks) {
        out << "  " << risk.id;
        if (!risk.applies) {
            out << ": not applicable\n";
            continue;
        }
        out << ": inherent " << risk.inherent.level << ", current " << risk.current.level << " ("
            << risk.current.likelihood << '/' << risk.current.impact << "), planned "
            << risk.planned.level << '\n';
    }
    out << "advice:";
    for (const scoring::Advice& item : advice) {
        out << ' ' << item.safeguard << " (" << item.weight << ')';
    }
    for (const scoring::Finding& finding : evaluation.findings) {
        out << "\nfinding: " << finding.subject << ": " << finding.text.en;
    }
    return out.str();
}

namespace {

void checkStorable(const baseline::Baseline& baseline, const Scenario& scenario,
                   const scoring::Evaluation& evaluation) {
    for (const auto& [question, value] : scenario.answers.items()) {
        const Status valid = baseline.validateAnswer(question, value);
        EXPECT_TRUE(valid) << scenario.name << ": " << (valid ? "" : valid.error().detail);
        // `dpia-cli answer` refuses an answer to a hidden question (exit 2).
        EXPECT_TRUE(std::count(evaluation.visibleQuestions.begin(),
                               evaluation.visibleQuestions.end(), question))
            << scenario.name << ": " << question << " is hidden by the other answers";
    }
    for (const auto& [safeguard, status] : scenario.safeguards) {
        const baseline::Safeguard* known = baseline.safeguard(safeguard);
        ASSERT_NE(known, nullptr) << scenario.name << ": " << safeguard;
        // For a safeguard the questionnaire answers, the answer is the status; the document
        // keeps only "planned" or "not applicable" next to it.
        EXPECT_TRUE(!known->fact || status == storage::SafeguardStatus::planned ||
                    status == storage::SafeguardStatus::notApplicable)
            << scenario.name << ": " << safeguard << " is answered by " << known->fact->question;
    }
    EXPECT_TRUE(evaluation.completeness.missingRequired.empty())
        << scenario.name
        << ": not answered: " << nlohmann::json(evaluation.completeness.missingRequired).dump();
}

} // namespace

Outcome score(const baseline::Baseline& baseline, const Scenario& scenario) {
    storage::Assessment assessment;
    assessment.metadata.title = scenario.name;
    for (const auto& [question, value] : scenario.answers.items()) {
        assessment.answers[question] = value;
    }
    for (const auto& [safeguard, status] : scenario.safeguards) {
        assessment.safeguards[safeguard] = storage::SafeguardEntry{status, {}};
    }
    Outcome outcome{scoring::evaluate(baseline, assessment), {}, {}, {}, {}};
    checkStorable(baseline, scenario, outcome.evaluation);
    outcome.advice = scoring::adviseSafeguards(baseline, outcome.evaluation, 3);
    for (const scoring::RiskResult& risk : outcome.evaluation.risks) {
        if (!risk.applies) {
            outcome.notApplicable.insert(risk.id);
        } else if (risk.residual().level == outcome.evaluation.highestResidualLevel) {
            outcome.topResiduals.insert(risk.id);
        }
    }
    outcome.priorConsultation.insert(outcome.evaluation.priorConsultationRisks.begin(),
                                     outcome.evaluation.priorConsultationRisks.end());
    return outcome;
}

} // namespace dpia::testing
