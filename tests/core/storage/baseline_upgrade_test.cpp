#include "core/baseline/embedded_image.h"
#include "core/baseline_compiler/compiler.h"
#include "core/storage/baseline_upgrade.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace dpia::storage {
namespace {

using nlohmann::json;

/// The small test baseline, optionally with one text replaced in one file.
std::shared_ptr<const baseline::Baseline> testBaseline(const std::string& file = {},
                                                       const std::string& from = {},
                                                       const std::string& to = {}) {
    std::map<std::string, std::string> files;
    const std::filesystem::path dir =
        std::filesystem::path(DPIA_TEST_DATA_DIR) / "baseline-minimal";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        files.emplace(entry.path().filename().string(), text.str());
    }
    if (!file.empty()) {
        std::string& content = files.at(file);
        const auto at = content.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        content.replace(at, from.size(), to);
    }
    const auto compiled = baseline::compileBaselineFiles("test", files);
    EXPECT_TRUE(compiled.ok());
    return *baseline::Baseline::load(compiled.image);
}

TEST(BaselineUpgrade, SameBaselineChangesNothingAndKeepsEverything) {
    const auto base = testBaseline();
    Assessment assessment;
    assessment.answers["q_yes"] = true;
    assessment.safeguards["sg-audit"] = {SafeguardStatus::implemented, "log"};
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *base, *base);
    EXPECT_TRUE(upgrade.diff.questions.empty());
    EXPECT_TRUE(upgrade.diff.risks.empty());
    EXPECT_TRUE(upgrade.diff.safeguards.empty());
    EXPECT_EQ(upgrade.upgraded.answers, assessment.answers);
    EXPECT_EQ(upgrade.upgraded.safeguards, assessment.safeguards);
    EXPECT_EQ(upgrade.upgraded.baseline.hash, base->info().hash);
}

TEST(BaselineUpgrade, CarriesAnswersByIdAndSaysWhatChangedAndWhatWasDropped) {
    const auto from = testBaseline();
    // The new version renames option "none" of q_multi.
    const auto to = testBaseline("questions-min.yaml", "{id: none, label: {nl: Geen, en: None}}",
                                 "{id: nothing, label: {nl: Geen, en: None}}");
    Assessment assessment;
    assessment.answers["q_yes"] = true;
    assessment.answers["q_choice"] = "b";
    assessment.answers["q_multi"] = json::array({"none"});
    assessment.notes["q_multi"] = "Navragen";
    assessment.riskOverrides["r-leak"] = {3, 3, "Eigen oordeel"};
    assessment.measures.push_back(
        {"m-1", "Logging", {"r-leak", "r-gone"}, "CISO", "", MeasureStatus::open});
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *from, *to);
    EXPECT_EQ(upgrade.diff.questions.changed, std::vector<std::string>{"q_multi"});
    EXPECT_TRUE(upgrade.diff.questions.added.empty());
    EXPECT_EQ(upgrade.upgraded.answers.count("q_yes"), 1u);
    EXPECT_EQ(upgrade.upgraded.answers.count("q_choice"), 1u); // unchanged question, kept
    EXPECT_EQ(upgrade.upgraded.answers.count("q_multi"), 0u);
    EXPECT_EQ(upgrade.droppedAnswers, std::vector<std::string>{"q_multi"});
    EXPECT_EQ(upgrade.upgraded.notes.count("q_multi"), 1u); // the question still exists
    EXPECT_EQ(upgrade.upgraded.riskOverrides.count("r-leak"), 1u);
    EXPECT_EQ(upgrade.upgraded.measures.at(0).risks, std::vector<std::string>{"r-leak"});
    EXPECT_EQ(upgrade.upgraded.baseline.hash, to->info().hash);
    EXPECT_NE(from->info().hash, to->info().hash);
}

TEST(BaselineUpgrade, RemovedItemsAreListedAndTheirDataDropped) {
    const auto from = testBaseline();
    const auto to = testBaseline("safeguards.yaml", "  - id: sg-policy\n    kind: organisational\n",
                                 "  - id: sg-policy-v2\n    kind: organisational\n");
    Assessment assessment;
    assessment.safeguards["sg-policy"] = {SafeguardStatus::planned, ""};
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *from, *to);
    EXPECT_EQ(upgrade.diff.safeguards.removed, std::vector<std::string>{"sg-policy"});
    EXPECT_EQ(upgrade.diff.safeguards.added, std::vector<std::string>{"sg-policy-v2"});
    EXPECT_EQ(upgrade.droppedSafeguards, std::vector<std::string>{"sg-policy"});
    EXPECT_TRUE(upgrade.upgraded.safeguards.empty());
}

// One fact, one place: a document from before baseline 1.1.0 kept a status for Customer
// Lockbox next to the question; after the upgrade the answer is the only record, and every
// case (agree, disagree, open question, planned) is said and logged.
TEST(BaselineUpgrade, AStatusStoredForAnAnsweredSafeguardBecomesOneAnswer) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment assessment;
    assessment.answers["m365_customer_lockbox"] = false; // disagrees with the status below
    assessment.safeguards["sg-customer-lockbox"] = {SafeguardStatus::implemented, "Schermafdruk"};
    assessment.safeguards["sg-linkedin-off"] = {SafeguardStatus::implemented, ""}; // open question
    assessment.answers["m365_dlp"] = true;                                         // agrees
    assessment.safeguards["sg-dlp-mail-files"] = {SafeguardStatus::implemented, ""};
    assessment.safeguards["sg-independent-backup"] = {SafeguardStatus::planned, "Offerte"};
    assessment.safeguards["sg-pim"] = {SafeguardStatus::implemented, "PIM"}; // stored, stays
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *shipped, *shipped);
    const Assessment& after = upgrade.upgraded;

    EXPECT_EQ(after.answers.at("m365_customer_lockbox"), false) << "the answer wins";
    EXPECT_EQ(after.notes.at("m365_customer_lockbox"), "Schermafdruk") << "evidence kept";
    EXPECT_EQ(after.answers.at("m365_linkedin"), true) << "the status fills the open question";
    EXPECT_EQ(after.answers.at("m365_dlp"), true);
    for (const char* gone : {"sg-customer-lockbox", "sg-linkedin-off", "sg-dlp-mail-files"}) {
        EXPECT_EQ(after.safeguards.count(gone), 0U) << gone << ": no second record";
    }
    EXPECT_EQ(after.safeguards.at("sg-independent-backup").status, SafeguardStatus::planned);
    EXPECT_EQ(after.safeguards.at("sg-independent-backup").evidence, "");
    EXPECT_EQ(after.notes.at("m365_backup"), "Offerte");
    EXPECT_EQ(after.safeguards.at("sg-pim"), (SafeguardEntry{SafeguardStatus::implemented, "PIM"}));

    std::map<std::string, FactMerge::Outcome> outcomes;
    for (const FactMerge& merge : upgrade.merged) {
        outcomes[merge.safeguard] = merge.outcome;
    }
    EXPECT_EQ(outcomes.at("sg-customer-lockbox"), FactMerge::Outcome::answerWon);
    EXPECT_EQ(outcomes.at("sg-linkedin-off"), FactMerge::Outcome::statusBecameAnswer);
    EXPECT_EQ(outcomes.at("sg-dlp-mail-files"), FactMerge::Outcome::answerKept);
    EXPECT_EQ(outcomes.count("sg-independent-backup"), 1U) << "its evidence moved";
    int cleared = 0;
    int answered = 0;
    for (const ChangeLogEntry& row : after.changeLog) {
        cleared += row.kind == ChangeKind::safeguard && row.action == ChangeAction::cleared;
        answered += row.kind == ChangeKind::answer && row.target == "m365_linkedin";
    }
    EXPECT_EQ(cleared, 3);
    EXPECT_EQ(answered, 1);
}

// One fact, one place for questions (baseline 1.2.0): a document that answered an old
// question only (part A's cloud model, the Microsoft 365 part's services) gets that answer
// on the one question that remains, in its options, with its note; the change log says so.
TEST(BaselineUpgrade, AnAnswerToAMergedQuestionMovesToTheOneQuestionThatRemains) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment assessment;
    assessment.answers["a4_cloud_model"] = "public-saas";
    assessment.notes["a4_cloud_model"] = "Standaard tenant";
    assessment.answers["a2_subject_categories"] =
        json::array({"clients-social-domain", "partners"});
    assessment.answers["m365_services"] = json::array({"exchange", "apps"});
    assessment.answers["a1_m365_workloads"] = json::array({"exchange", "entra"}); // differs
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *shipped, *shipped);
    const Assessment& after = upgrade.upgraded;

    EXPECT_EQ(after.answers.at("pre_cloud_model"), "saas") << "mapped onto the new options";
    EXPECT_EQ(after.notes.at("pre_cloud_model"), "Standaard tenant");
    EXPECT_EQ(after.answers.at("pre_subjects"), json({"social-domain", "business-contacts"}));
    // Part A's list of services counts; the Microsoft 365 part's goes into the note.
    EXPECT_EQ(after.answers.at("a1_m365_workloads"), json({"exchange", "entra"}));
    EXPECT_NE(after.notes.at("a1_m365_workloads").find("m365_services: [\"exchange\",\"apps\"]"),
              std::string::npos)
        << after.notes.at("a1_m365_workloads");
    for (const char* gone : {"a4_cloud_model", "a2_subject_categories", "m365_services"}) {
        EXPECT_EQ(after.answers.count(gone), 0U) << gone;
        EXPECT_EQ(after.notes.count(gone), 0U) << gone;
    }
    EXPECT_TRUE(upgrade.droppedAnswers.empty());
    EXPECT_TRUE(upgrade.droppedNotes.empty());

    std::map<std::string, QuestionMerge::Outcome> outcomes;
    for (const QuestionMerge& merge : upgrade.mergedQuestions) {
        outcomes[merge.replaced] = merge.outcome;
    }
    EXPECT_EQ(outcomes.at("a4_cloud_model"), QuestionMerge::Outcome::carried);
    EXPECT_EQ(outcomes.at("a2_subject_categories"), QuestionMerge::Outcome::carried);
    EXPECT_EQ(outcomes.at("m365_services"), QuestionMerge::Outcome::keptWon);
    int answered = 0;
    for (const ChangeLogEntry& row : after.changeLog) {
        answered += row.kind == ChangeKind::answer &&
                    (row.target == "pre_cloud_model" || row.target == "pre_subjects");
    }
    EXPECT_EQ(answered, 2);
}

/// How the upgrade went for one old question.
std::map<std::string, QuestionMerge::Outcome> outcomesOf(const BaselineUpgrade& upgrade) {
    std::map<std::string, QuestionMerge::Outcome> outcomes;
    for (const QuestionMerge& merge : upgrade.mergedQuestions) {
        outcomes[merge.replaced] = merge.outcome;
    }
    return outcomes;
}

// One fact in another shape (baseline 1.3.0): part A's yes/no "outside the EEA" is read from
// the pre-scan's three choices. A "no" while the pre-scan is open says which choice it is.
TEST(BaselineUpgrade, AnOldNoOutsideTheEeaBecomesThePreScansStaysWithinTheEea) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment assessment;
    assessment.answers["a8_outside_eea"] = false;
    assessment.notes["a8_outside_eea"] = "EU Data Boundary bevestigd";
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *shipped, *shipped);
    EXPECT_EQ(upgrade.upgraded.answers.at("pre_transfer"), "eea-only");
    EXPECT_EQ(upgrade.upgraded.notes.at("pre_transfer"), "EU Data Boundary bevestigd");
    EXPECT_EQ(upgrade.upgraded.answers.count("a8_outside_eea"), 0U);
    EXPECT_EQ(outcomesOf(upgrade).at("a8_outside_eea"), QuestionMerge::Outcome::carried);
    EXPECT_TRUE(upgrade.droppedAnswers.empty());
}

// An old "yes" does not say which of the two transfers it was: nothing is chosen for the
// officer, the old answer waits in the note, and the outcome says the question is open.
TEST(BaselineUpgrade, AnOldYesOutsideTheEeaChoosesNothingAndWaitsInTheNote) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment assessment;
    assessment.answers["a8_outside_eea"] = true;
    const BaselineUpgrade upgrade = upgradeAssessment(assessment, *shipped, *shipped);
    EXPECT_EQ(upgrade.upgraded.answers.count("pre_transfer"), 0U);
    EXPECT_NE(upgrade.upgraded.notes.at("pre_transfer").find("a8_outside_eea: true"),
              std::string::npos);
    EXPECT_EQ(outcomesOf(upgrade).at("a8_outside_eea"), QuestionMerge::Outcome::open);
}

// Both answered: agreeing answers leave no trace; a contradiction keeps the pre-scan's
// answer (the one question) and writes part A's old one into the note.
TEST(BaselineUpgrade, AnOldAnswerThatContradictsTheDerivedOneIsKeptInTheNote) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment agreeing;
    agreeing.answers["a8_outside_eea"] = true;
    agreeing.answers["pre_transfer"] = "access-outside";
    const BaselineUpgrade agreed = upgradeAssessment(agreeing, *shipped, *shipped);
    EXPECT_EQ(outcomesOf(agreed).at("a8_outside_eea"), QuestionMerge::Outcome::agreed);
    EXPECT_EQ(agreed.upgraded.notes.count("pre_transfer"), 0U);

    Assessment contradicting;
    contradicting.answers["a8_outside_eea"] = false;
    contradicting.answers["pre_transfer"] = "stored-outside";
    const BaselineUpgrade upgrade = upgradeAssessment(contradicting, *shipped, *shipped);
    EXPECT_EQ(upgrade.upgraded.answers.at("pre_transfer"), "stored-outside");
    EXPECT_NE(upgrade.upgraded.notes.at("pre_transfer").find("a8_outside_eea: false"),
              std::string::npos);
    EXPECT_EQ(outcomesOf(upgrade).at("a8_outside_eea"), QuestionMerge::Outcome::keptWon);
}

// Part A §4's yes/no is read from three pre-scan questions. An old "yes" with only
// "no algorithms" answered is not a contradiction yet: profiling is still open.
TEST(BaselineUpgrade, AnOldAlgorithmsAnswerIsReadFromThePreScanQuestionsItCombines) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment carried;
    carried.answers["a4_algorithms"] = false;
    const BaselineUpgrade no = upgradeAssessment(carried, *shipped, *shipped);
    EXPECT_EQ(no.upgraded.answers.at("pre_algorithms"), "none");

    Assessment open;
    open.answers["a4_algorithms"] = true;
    open.answers["pre_algorithms"] = "none";
    const BaselineUpgrade waiting = upgradeAssessment(open, *shipped, *shipped);
    EXPECT_EQ(outcomesOf(waiting).at("a4_algorithms"), QuestionMerge::Outcome::open);
    EXPECT_EQ(waiting.upgraded.answers.at("pre_algorithms"), "none");

    Assessment profiling = open;
    profiling.answers["pre_profiling_decisions"] = "evaluation";
    const BaselineUpgrade agreed = upgradeAssessment(profiling, *shipped, *shipped);
    EXPECT_EQ(outcomesOf(agreed).at("a4_algorithms"), QuestionMerge::Outcome::agreed);

    Assessment contradicting = open;
    contradicting.answers["pre_profiling_decisions"] = "none";
    contradicting.answers["pre_copilot"] = false;
    const BaselineUpgrade kept = upgradeAssessment(contradicting, *shipped, *shipped);
    EXPECT_EQ(outcomesOf(kept).at("a4_algorithms"), QuestionMerge::Outcome::keptWon);
    EXPECT_NE(kept.upgraded.notes.at("pre_algorithms").find("a4_algorithms: true"),
              std::string::npos);
}

// Part B §12's three yes/no questions (until 1.3.0) are the pre-scan's lists (1.4.0): an
// old answer that agrees leaves no trace; one that contradicts waits in the note of the
// list, each under its own id; with the list still open, nothing is chosen.
TEST(BaselineUpgrade, OldSection12AnswersAreComparedWithThePreScansLists) {
    const auto shipped = *baseline::Baseline::load(baseline::embeddedImage());
    Assessment agreeing;
    agreeing.answers["b12_special"] = true;
    agreeing.answers["b12_criminal"] = false;
    agreeing.answers["b12_bsn"] = true;
    agreeing.answers["pre_special_data"] = nlohmann::json::array({"health"});
    agreeing.answers["pre_sensitive_data"] = nlohmann::json::array({"bsn", "vulnerable"});
    const BaselineUpgrade agreed = upgradeAssessment(agreeing, *shipped, *shipped);
    for (const char* old : {"b12_special", "b12_criminal", "b12_bsn"}) {
        EXPECT_EQ(outcomesOf(agreed).at(old), QuestionMerge::Outcome::agreed) << old;
        EXPECT_EQ(agreed.upgraded.answers.count(old), 0U) << old;
    }
    EXPECT_EQ(agreed.upgraded.notes.count("pre_special_data"), 0U);
    EXPECT_TRUE(agreed.droppedAnswers.empty());

    Assessment contradicting;
    contradicting.answers["b12_special"] = true;
    contradicting.answers["b12_criminal"] = true;
    contradicting.answers["pre_special_data"] = nlohmann::json::array({"none"});
    const BaselineUpgrade kept = upgradeAssessment(contradicting, *shipped, *shipped);
    EXPECT_EQ(kept.upgraded.answers.at("pre_special_data"), nlohmann::json::array({"none"}));
    const std::string& note = kept.upgraded.notes.at("pre_special_data");
    EXPECT_NE(note.find("b12_special: true"), std::string::npos) << note;
    EXPECT_NE(note.find("b12_criminal: true"), std::string::npos) << note;

    Assessment open;
    open.answers["b12_bsn"] = true;
    const BaselineUpgrade waiting = upgradeAssessment(open, *shipped, *shipped);
    EXPECT_EQ(outcomesOf(waiting).at("b12_bsn"), QuestionMerge::Outcome::open);
    EXPECT_EQ(waiting.upgraded.answers.count("pre_sensitive_data"), 0U);
}

} // namespace
} // namespace dpia::storage
