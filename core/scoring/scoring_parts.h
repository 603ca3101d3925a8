#pragma once

#include "core/baseline/baseline.h"
#include "core/scoring/evaluation.h"
#include "core/scoring/scoring_input.h"

// The steps of evaluate(), one file each; `answers` already hides answers to questions
// that are not visible.
namespace dpia::scoring::detail {

/// What scoring counts of each safeguard (answers decide those the questionnaire asks), and
/// the findings about them: counted without the licence, a stored status left over.
std::vector<SafeguardResult> judgeSafeguards(const baseline::Baseline& baseline,
                                             const rules::AnswerLookup& answers,
                                             const ScoringInput& input,
                                             std::vector<Finding>& findings);
/// The Rijks pre-scan's risk score: the points of every score rule that holds.
void scorePrescan(const baseline::Baseline& baseline, const rules::AnswerLookup& answers,
                  Screening& screening);
/// Adds to the verdict's reason that the score alone makes a DPIA required.
void addScoreReason(Screening& screening);
Screening screen(const baseline::Baseline& baseline, const rules::AnswerLookup& answers);
/// Until the questions that decide the verdict are answered, the verdict is undecided: fills
/// `undecidedBy` from the open required questions and says so in the reason.
void markUndecided(const baseline::Baseline& baseline,
                   const std::vector<std::string>& missingRequired, Screening& screening);
std::vector<RiskResult> scoreRisks(const baseline::Baseline& baseline,
                                   const rules::AnswerLookup& answers, const ScoringInput& input);
std::vector<RequirementCoverage> cover(const baseline::Baseline& baseline,
                                       const rules::AnswerLookup& answers,
                                       const ScoringInput& input);

} // namespace dpia::scoring::detail
