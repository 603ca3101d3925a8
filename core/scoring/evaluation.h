#pragma once

#include "core/baseline/baseline_types.h"
#include "core/lang.h"
#include "core/scoring/scoring_input.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// The outcome of scoring an assessment against its baseline (ARCHITECTURE.md, Scoring):
// plain data, every number with the reasons that moved it.
namespace dpia::scoring {

/// One step of an explanation: which answer or safeguard moved a number, and by how much.
struct TraceStep {
    std::string source; ///< a question id, a safeguard id, or "base" / "override"
    LocalText effect;   ///< why, in both languages
    int likelihoodDelta = 0;
    int impactDelta = 0;
};

struct Score {
    int likelihood = 1;
    int impact = 1;
    std::string level; ///< matrix level code
    int rank = 1;      ///< 1 = lowest
};

struct CriterionResult {
    std::string id;
    bool triggered = false;
    std::vector<std::string>
        because; ///< the answers that made its rule hold (Rule::firingQuestions)
};

enum class Verdict { required, recommended, notRequired };

/// One rule of the pre-scan's risk score that held.
struct ScorePointResult {
    int points = 0;
    LocalText reason;
    std::vector<std::string> because; ///< the answered questions its rule read
};

struct Screening {
    Verdict verdict = Verdict::notRequired;
    int riskScore = 0;                 ///< the Rijks pre-scan's sum (FACTS §10)
    std::optional<int> riskScoreAbove; ///< required when riskScore is above this
    std::vector<ScorePointResult> riskScorePoints;
    std::vector<CriterionResult> criteria;
    std::vector<std::string> hints; ///< ids of hints whose rule holds
    LocalText reason;               ///< one sentence: why this verdict
    /// The visible required questions that a screening rule reads and that are still open,
    /// in questionnaire order, while the verdict is not yet "required" (criteria only add
    /// up, so "required" stands once reached). Non-empty: the verdict is undecided and
    /// `verdict` is only the outcome so far (docs/SCORING.md, "Screening").
    std::vector<std::string> undecidedBy;

    bool decided() const { return undecidedBy.empty(); }
};

struct RiskResult {
    std::string id;
    LocalText title;
    bool custom = false; ///< added by the user, not from the baseline
    baseline::Concern concern = baseline::Concern::dataSubjects;
    /// False when the baseline's applicability rule says the risk does not exist for this
    /// processing: it is then shown as such and counts nowhere (docs/SCORING.md).
    bool applies = true;
    std::vector<std::string> decidedBy; ///< the answers that made it not apply
    /// The rule would say "does not apply", but a question it reads is still open: the risk
    /// stays applicable until then.
    std::vector<std::string> undecidedBy;
    Score inherent;
    Score current;                  ///< after safeguards marked implemented
    Score planned;                  ///< after implemented and planned safeguards
    std::optional<Score> override_; ///< the expert's residual, replacing `current`
    std::string overrideJustification;
    std::vector<TraceStep> inherentTrace;
    std::vector<TraceStep> currentTrace;
    std::vector<TraceStep> plannedTrace;

    /// The residual that counts: the override when there is one, else `current`.
    const Score& residual() const { return override_ ? *override_ : current; }
};

enum class Coverage { met, partial, open };

struct RequirementCoverage {
    std::string requirement;
    Coverage status = Coverage::open;
    std::vector<std::string> by;      ///< implemented safeguards that meet it
    std::vector<std::string> planned; ///< planned safeguards that would meet it
    bool applies = true;              ///< false when the BIO level of the classification is lower
};

struct Completeness {
    double overall = 0.0;                     ///< 0..1 over required, visible questions
    std::map<std::string, double> sections;   ///< section id -> 0..1
    std::vector<std::string> missingRequired; ///< required, visible, unanswered question ids
};

/// What scoring counts of a safeguard: the document's status, or for a safeguard that the
/// questionnaire answers (baseline SafeguardFact), what that answer says.
struct SafeguardResult {
    std::string id;
    SafeguardState state = SafeguardState::unset;
    std::string answeredBy; ///< the question that decides it; empty when the status is stored
    bool available = true;  ///< the licence answered offers it (true while not answered)
};

/// Something the officer should look at before signing: a safeguard counted that the
/// licence does not offer, two records of one fact that disagree, ...
struct Finding {
    std::string subject; ///< the safeguard, question or risk it is about
    LocalText text;
};

struct Evaluation {
    Screening screening;
    std::vector<RiskResult> risks; ///< in baseline order, custom risks last
    std::vector<RequirementCoverage> coverage;
    Completeness completeness;
    std::vector<SafeguardResult> safeguards; ///< in baseline order
    std::vector<Finding> findings;
    /// A residual risk to data subjects at or above the matrix's threshold (art. 36(1));
    /// the risks that make it so, in baseline order.
    bool priorConsultation = false;
    std::vector<std::string> priorConsultationRisks;
    std::vector<std::string> visibleQuestions; ///< ids whose visibility rule holds
    std::string highestResidualLevel;          ///< level code, "" when no risk applies

    const SafeguardResult* safeguard(std::string_view id) const {
        for (const SafeguardResult& result : safeguards) {
            if (result.id == id) {
                return &result;
            }
        }
        return nullptr;
    }
};

} // namespace dpia::scoring
