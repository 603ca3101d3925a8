// Properties of scoring over randomised assessments of the shipped baseline.
#include "core/baseline/embedded_image.h"
#include "core/scoring/evaluator.h"
#include "tests/core/scoring/random_assessment.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace dpia::scoring {
namespace {

using testing::randomAssessment;
using testing::SyntheticAssessment;

class ScoringProperties : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        baseline_ = *baseline::Baseline::load(baseline::embeddedImage());
    }
    static void TearDownTestSuite() { baseline_.reset(); }
    static std::shared_ptr<const baseline::Baseline> baseline_;
};

std::shared_ptr<const baseline::Baseline> ScoringProperties::baseline_;

constexpr int kRounds = 300;

TEST_F(ScoringProperties, ImplementingASafeguardNeverRaisesAResidualRisk) {
    std::mt19937 random(20261129);
    for (int round = 0; round < kRounds; ++round) {
        SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        const Evaluation before = evaluate(*baseline_, assessment.input());
        const auto& safeguards = baseline_->safeguards();
        const baseline::Safeguard& safeguard = safeguards[random() % safeguards.size()];
        const std::string& chosen = safeguard.id;
        // A safeguard the questionnaire answers is implemented by its answer (one fact, one
        // place); a status stored for it does not count.
        const bool byAnswer = safeguard.fact.has_value();
        if (byAnswer) {
            assessment.answers[safeguard.fact->question] = safeguard.fact->implementedAnswer;
        } else {
            assessment.safeguards[chosen] = SafeguardState::implemented;
        }
        const Evaluation after = evaluate(*baseline_, assessment.input());
        ASSERT_EQ(before.risks.size(), after.risks.size());
        for (std::size_t i = 0; i < before.risks.size(); ++i) {
            EXPECT_LE(after.risks[i].current.rank, before.risks[i].current.rank)
                << before.risks[i].id << " with " << chosen;
            EXPECT_LE(after.risks[i].current.likelihood, before.risks[i].current.likelihood);
            EXPECT_LE(after.risks[i].current.impact, before.risks[i].current.impact);
            EXPECT_LE(after.risks[i].planned.rank, before.risks[i].planned.rank);
            // Answering "in place" may switch off a driver that reads the same answer for
            // another risk ("no processing terms"), never switch one on.
            if (byAnswer) {
                EXPECT_LE(after.risks[i].inherent.rank, before.risks[i].inherent.rank)
                    << before.risks[i].id << " with " << chosen;
            } else {
                EXPECT_EQ(after.risks[i].inherent.rank, before.risks[i].inherent.rank);
            }
        }
    }
}

TEST_F(ScoringProperties, PlannedResidualIsNeverAboveCurrentOrCurrentAboveInherent) {
    std::mt19937 random(7);
    for (int round = 0; round < kRounds; ++round) {
        const SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        for (const RiskResult& risk : evaluate(*baseline_, assessment.input()).risks) {
            EXPECT_LE(risk.planned.rank, risk.current.rank) << risk.id;
            EXPECT_LE(risk.current.rank, risk.inherent.rank) << risk.id;
        }
    }
}

TEST_F(ScoringProperties, AnAnswerThatTriggersADriverNeverLowersTheInherentRisk) {
    std::mt19937 random(99);
    for (int round = 0; round < kRounds; ++round) {
        SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        const Evaluation before = evaluate(*baseline_, assessment.input());
        // Change one answer; for every risk whose fired drivers only grew, inherent must not fall.
        const auto& questions = baseline_->questions();
        const auto& question = questions[random() % questions.size()];
        assessment.answers[question.id] = testing::randomAnswer(question, random);
        const Evaluation after = evaluate(*baseline_, assessment.input());
        for (std::size_t i = 0; i < before.risks.size(); ++i) {
            const auto fired = [](const RiskResult& risk) {
                std::multiset<std::string> sources;
                for (const TraceStep& step : risk.inherentTrace) {
                    sources.insert(step.effect.en);
                }
                return sources;
            };
            const auto was = fired(before.risks[i]);
            const auto now = fired(after.risks[i]);
            if (std::includes(now.begin(), now.end(), was.begin(), was.end())) {
                EXPECT_GE(after.risks[i].inherent.rank, before.risks[i].inherent.rank)
                    << before.risks[i].id;
            }
        }
    }
}

TEST_F(ScoringProperties, SameInputGivesTheSameOutput) {
    std::mt19937 random(5);
    for (int round = 0; round < 50; ++round) {
        const SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        const Evaluation first = evaluate(*baseline_, assessment.input());
        const Evaluation second = evaluate(*baseline_, assessment.input());
        ASSERT_EQ(first.risks.size(), second.risks.size());
        for (std::size_t i = 0; i < first.risks.size(); ++i) {
            EXPECT_EQ(first.risks[i].current.level, second.risks[i].current.level);
            EXPECT_EQ(first.risks[i].inherentTrace.size(), second.risks[i].inherentTrace.size());
        }
        EXPECT_EQ(first.screening.verdict, second.screening.verdict);
        EXPECT_EQ(first.completeness.overall, second.completeness.overall);
        EXPECT_EQ(first.priorConsultation, second.priorConsultation);
    }
}

TEST_F(ScoringProperties, AnOverrideOnlyCountsWithAJustification) {
    std::mt19937 random(11);
    for (int round = 0; round < 50; ++round) {
        SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        const std::string& risk = baseline_->risks()[random() % baseline_->risks().size()].id;
        assessment.overrides[risk] = {1, 1, "   "};
        for (const RiskResult& result : evaluate(*baseline_, assessment.input()).risks) {
            EXPECT_FALSE(result.override_.has_value()) << result.id;
        }
        assessment.overrides[risk] = {1, 1, "Getoetst door de CISO op 3 november."};
        for (const RiskResult& result : evaluate(*baseline_, assessment.input()).risks) {
            EXPECT_EQ(result.override_.has_value(), result.id == risk);
            if (result.override_) {
                EXPECT_FALSE(result.overrideJustification.empty());
                EXPECT_EQ(result.residual().rank, 1);
            }
        }
    }
}

TEST_F(ScoringProperties, EveryTraceAddsUpToItsScore) {
    std::mt19937 random(3);
    for (int round = 0; round < kRounds; ++round) {
        const SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        for (const RiskResult& risk : evaluate(*baseline_, assessment.input()).risks) {
            int likelihood = 0;
            int impact = 0;
            for (const TraceStep& step : risk.inherentTrace) {
                likelihood += step.likelihoodDelta;
                impact += step.impactDelta;
            }
            EXPECT_EQ(likelihood, risk.inherent.likelihood) << risk.id;
            EXPECT_EQ(impact, risk.inherent.impact) << risk.id;
            for (const TraceStep& step : risk.currentTrace) {
                likelihood += step.likelihoodDelta;
                impact += step.impactDelta;
            }
            EXPECT_EQ(likelihood, risk.current.likelihood) << risk.id;
            EXPECT_EQ(impact, risk.current.impact) << risk.id;
        }
    }
}

// Every step of a trace says what it did: a driver only raises, a safeguard only lowers, a
// clamp at the top only lowers and one at the bottom only raises (and says which), a floor
// says it is a floor and only raises; a risk that does not apply counts nowhere.
TEST_F(ScoringProperties, NoTraceStepHasAWordingThatContradictsItsDelta) {
    std::mt19937 random(20261203);
    for (int round = 0; round < kRounds; ++round) {
        const SyntheticAssessment assessment = randomAssessment(*baseline_, random);
        const Evaluation evaluation = evaluate(*baseline_, assessment.input());
        for (const RiskResult& risk : evaluation.risks) {
            const auto check = [&](const std::vector<TraceStep>& trace, bool residual) {
                for (const TraceStep& step : trace) {
                    const int sum = step.likelihoodDelta + step.impactDelta;
                    if (step.source == "floor") {
                        EXPECT_TRUE(step.effect.nl.rfind("Ondergrens", 0) == 0) << step.effect.nl;
                        EXPECT_TRUE(step.effect.en.rfind("Floor", 0) == 0) << step.effect.en;
                        EXPECT_GE(step.likelihoodDelta, 0);
                        EXPECT_GE(step.impactDelta, 0);
                    } else if (step.source == "matrix") {
                        const bool raised = step.likelihoodDelta > 0 || step.impactDelta > 0;
                        EXPECT_EQ(step.effect.en.find(raised ? "lowest" : "highest") !=
                                      std::string::npos,
                                  true)
                            << step.effect.en;
                    } else if (baseline_->safeguard(step.source) != nullptr) {
                        EXPECT_TRUE(residual) << "a safeguard moves only the residual";
                        EXPECT_LT(sum, 0) << step.source;
                    } else if (step.source != "base" && step.source != "custom") {
                        EXPECT_FALSE(residual) << step.source;
                        EXPECT_GT(sum, 0) << "a driver raises: " << step.source;
                    }
                }
            };
            check(risk.inherentTrace, false);
            check(risk.currentTrace, true);
            check(risk.plannedTrace, true);
        }
        for (const std::string& id : evaluation.priorConsultationRisks) {
            const auto found = std::find_if(evaluation.risks.begin(), evaluation.risks.end(),
                                            [&](const RiskResult& r) { return r.id == id; });
            ASSERT_NE(found, evaluation.risks.end());
            EXPECT_TRUE(found->applies) << id;
            EXPECT_EQ(found->concern, baseline::Concern::dataSubjects) << id;
        }
        int highest = 0;
        for (const RiskResult& risk : evaluation.risks) {
            highest = risk.applies ? std::max(highest, risk.residual().rank) : highest;
        }
        const baseline::Level* level = baseline_->matrix().level(evaluation.highestResidualLevel);
        EXPECT_EQ(level != nullptr ? level->rank : 0, highest)
            << "the highest residual counts only risks that apply";
    }
}

} // namespace
} // namespace dpia::scoring
