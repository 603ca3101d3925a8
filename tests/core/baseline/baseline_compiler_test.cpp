#include "core/baseline/baseline.h"
#include "core/baseline_compiler/compiler.h"
#include "tests/core/baseline/source_copy.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace dpia::baseline {
namespace {

namespace fs = std::filesystem;

using testing::SourceCopy;

std::string allDiagnostics(const CompileResult& result) {
    std::string text;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        text += diagnostic.format() + "\n";
    }
    return text;
}

TEST(BaselineCompiler, CompilesTheMinimalFixtureIntoALoadableImage) {
    SourceCopy source;
    const CompileResult result = compileBaseline(source.path());
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    auto loaded = Baseline::load(result.image);
    ASSERT_TRUE(loaded) << loaded.error().detail;
    const Baseline& baseline = **loaded;
    EXPECT_EQ(baseline.info().id, "test-minimal");
    EXPECT_EQ(baseline.info().hash.size(), 64u);
    EXPECT_EQ(baseline.questions().size(), 7u);
    EXPECT_EQ(baseline.criteria().size(), 29u);
    ASSERT_NE(baseline.question("q_table"), nullptr);
    EXPECT_EQ(baseline.question("q_table")->columns.at(1).options.at(1).id, "bijzonder");
    ASSERT_NE(baseline.risk("r-leak"), nullptr);
    EXPECT_EQ(baseline.risk("r-leak")->mitigations.at(0).safeguard, "sg-audit");
    EXPECT_EQ(baseline.matrix().levelAt(4, 4).code, "very-high");
    EXPECT_EQ(baseline.matrix().levelAt(1, 1).code, "low");
}

TEST(BaselineCompiler, SameSourceGivesTheSameHash) {
    SourceCopy first;
    SourceCopy second;
    const auto a = compileBaseline(first.path());
    const auto b = compileBaseline(second.path());
    ASSERT_TRUE(a.ok() && b.ok());
    second.replace("risks.yaml", "Data leaks.", "Data leak.");
    const auto c = compileBaseline(second.path());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ((*Baseline::load(a.image))->info().hash, (*Baseline::load(b.image))->info().hash);
    EXPECT_NE((*Baseline::load(a.image))->info().hash, (*Baseline::load(c.image))->info().hash);
}

/// The line of baseline.yaml after which a test adds `roles:`.
constexpr const char* kLanguages = "languages: [nl, en]\n";

struct Breakage {
    const char* name;
    const char* file;
    std::string from;
    std::string to;
    const char* expectFile;    ///< the file the diagnostic must name
    const char* expectMessage; ///< a part of the message
};

class BrokenSource : public ::testing::TestWithParam<Breakage> {};

TEST_P(BrokenSource, IsRefusedWithFileLineAndReason) {
    const Breakage& breakage = GetParam();
    SourceCopy source;
    source.replace(breakage.file, breakage.from, breakage.to);
    const CompileResult result = compileBaseline(source.path());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.image.empty());
    const std::string text = allDiagnostics(result);
    bool found = false;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.at.file == source.file(breakage.expectFile) && diagnostic.at.line > 0 &&
            diagnostic.message.find(breakage.expectMessage) != std::string::npos) {
            found = true;
        }
    }
    EXPECT_TRUE(found) << "expected " << breakage.expectFile << ":LINE: ..."
                       << breakage.expectMessage << "\nbut got:\n"
                       << text;
}

INSTANTIATE_TEST_SUITE_P(
    EveryValidationRule, BrokenSource,
    ::testing::Values(
        Breakage{"YamlSyntax", "risks.yaml", "risks:\n", "risks: [\n", "risks.yaml", "YAML syntax"},
        Breakage{"RefWithoutEnglish", "questions-min.yaml", "ref: \"AVG art. 35\"",
                 "ref: {nl: \"AVG art. 35\"}", "questions-min.yaml", "no English (en) text"},
        Breakage{"DuplicateId", "questions-min.yaml", "id: q_date", "id: q_number",
                 "questions-min.yaml", "already used"},
        // One fact, one place: a replaced question's id stays taken, its section exists, its
        // options map onto options of the question that replaces it.
        Breakage{"ReplacedIdReused", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_text, section: s-one}]\n",
                 "questions-min.yaml", "already used"},
        Breakage{"ReplacedInUnknownSection", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_old, section: s-nine}]\n",
                 "questions-min.yaml", "unknown section 's-nine'"},
        Breakage{"ReplacedOptionUnknown", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_old, section: s-one, "
                 "options: {x: c}}]\n",
                 "questions-min.yaml", "'c' is not an option of q_choice"},
        // A yes/no question of another shape (`as`): its rule is checked like any rule, its
        // options map the old answer true/false, and it cannot win over the one question.
        Breakage{"ReplacedAsRuleUnknownQuestion", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_old, section: s-one, "
                 "as: 'q_nope = \"a\"'}]\n",
                 "questions-min.yaml", "q_nope"},
        Breakage{"ReplacedAsOptionNotAnAnswer", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_old, section: s-one, "
                 "as: 'q_choice = \"a\"', options: {x: a}}]\n",
                 "questions-min.yaml", "map its answer true or false"},
        Breakage{"ReplacedAsCannotWin", "questions-min.yaml", "    ref: \"AVG art. 6\"\n",
                 "    ref: \"AVG art. 6\"\n    replaces: [{question: q_old, section: s-one, "
                 "as: 'q_choice = \"a\"', wins: true}]\n",
                 "questions-min.yaml", "cannot win"},
        Breakage{"UnknownRequirement", "safeguards.yaml", "meets: [AVG-32]", "meets: [AVG-99]",
                 "safeguards.yaml", "unknown requirement 'AVG-99'"},
        Breakage{"UnknownSafeguard", "risks.yaml", "safeguard: sg-audit", "safeguard: sg-nope",
                 "risks.yaml", "unknown safeguard 'sg-nope'"},
        Breakage{"UnknownSection", "questions-min.yaml", "section: s-two", "section: s-three",
                 "questions-min.yaml", "unknown section 's-three'"},
        Breakage{"UnknownPart", "sections.yaml", "part: part-a, title: {nl: Twee",
                 "part: part-z, title: {nl: Twee", "sections.yaml", "unknown part 'part-z'"},
        Breakage{"RuleDoesNotParse", "questions-min.yaml", "'q_yes = true'", "'q_yes = '",
                 "questions-min.yaml", "does not parse"},
        Breakage{"RuleNamesUnknownQuestion", "questions-min.yaml", "'q_yes = true'",
                 "'q_nope = true'", "questions-min.yaml", "q_nope"},
        Breakage{"RuleNamesUnknownOption", "criteria.yaml", "q_multi contains \"health\"",
                 "q_multi contains \"wealth\"", "criteria.yaml", "wealth"},
        Breakage{"RuleNamesUnknownColumn", "risks.yaml", "type = \"bijzonder\"",
                 "kind = \"bijzonder\"", "risks.yaml", "kind"},
        Breakage{
            "RiskWithoutDriver", "risks.yaml",
            "    drivers:\n      - when: 'any(q_table, type = \"bijzonder\")'\n        impact: "
            "1\n        reason: {nl: Bijzondere gegevens., en: Special data.}\n",
            "    drivers: []\n", "risks.yaml", "has no driver"},
        Breakage{"RiskWithoutMitigation", "risks.yaml",
                 "    mitigations:\n      - safeguard: sg-audit\n        likelihood: -1\n        "
                 "reason: {nl: Misbruik valt op., en: Misuse is noticed.}\n",
                 "    mitigations: []\n", "risks.yaml", "has no mitigation"},
        Breakage{"RiskWithoutRequirement", "risks.yaml", "requirements: [AVG-32]",
                 "requirements: []", "risks.yaml", "touches no requirement"},
        Breakage{"SafeguardMeetsNothing", "safeguards.yaml", "meets: [AVG-32]\n", "meets: []\n",
                 "safeguards.yaml", "meets no requirement"},
        Breakage{"EnglishMissing", "risks.yaml", "title: {nl: Lek, en: Leak}", "title: {nl: Lek}",
                 "risks.yaml", "no English (en) text"},
        Breakage{"DutchEmpty", "safeguards.yaml", "title: {nl: Beleid, en: Policy}",
                 "title: {nl: \"  \", en: Policy}", "safeguards.yaml", "no Dutch (nl) text"},
        Breakage{"UnknownKey", "questions-min.yaml", "guidance: {nl: Kies ja",
                 "guidence: {nl: Kies ja", "questions-min.yaml", "unknown key 'guidence'"},
        Breakage{"WrongCriteriaCount", "criteria.yaml", "id: wp248-9\n    framework: wp248",
                 "id: wp248-9\n    framework: ap", "criteria.yaml", "WP248 has 9 criteria"},
        Breakage{"UnknownLevelInGrid", "matrix.yaml", "[medium, high, very-high, very-high]",
                 "[medium, high, very-high, extreme]", "matrix.yaml", "unknown level 'extreme'"},
        Breakage{"ScoreOutOfMatrix", "risks.yaml", "likelihood: 2", "likelihood: 7", "risks.yaml",
                 "between 1 and 4"},
        Breakage{"BadIdForm", "safeguards.yaml", "id: sg-policy", "id: policy", "safeguards.yaml",
                 "must look like"},
        Breakage{"ChoiceWithOneOption", "questions-min.yaml",
                 "      - {id: b, label: {nl: B, en: B}}\n", "", "questions-min.yaml",
                 "at least two options"},
        Breakage{"UnknownType", "questions-min.yaml", "type: date", "type: datetime",
                 "questions-min.yaml", "unknown type 'datetime'"},
        Breakage{"ChangelogBehind", "baseline.yaml", "version: \"0.1.0\"\ntitle",
                 "version: \"0.2.0\"\ntitle", "baseline.yaml", "describe version 0.2.0"},
        Breakage{"BbnQuestionNotAChoice", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  bbn_question: q_text\n"), "baseline.yaml",
                 "role bbn_question must name a choice question; 'q_text' is a text question"},
        Breakage{"BbnQuestionUnknown", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  bbn_question: q_bbn\n"), "baseline.yaml",
                 "role bbn_question names unknown question 'q_bbn'"},
        Breakage{"BbnQuestionOutsideRoles", "baseline.yaml", kLanguages,
                 kLanguages + std::string("bbn_question: q_choice\n"), "baseline.yaml",
                 "bbn_question now stands under 'roles:'"},
        Breakage{"RoleNamesUnknownQuestion", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  decision_question: q_nope\n"), "baseline.yaml",
                 "role decision_question names unknown question 'q_nope'"},
        Breakage{"RoleOfTheWrongType", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  review_date_question: q_yes\n"),
                 "baseline.yaml",
                 "role review_date_question must name a date question; 'q_yes' is a yesno"},
        Breakage{"RoleNamesUnknownOption", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  licence_question: q_choice\n"
                                          "  licence_e3_option: e3\n"),
                 "baseline.yaml",
                 "role licence_e3_option names 'e3', which is no option of 'q_choice'"},
        Breakage{"OptionRoleWithoutItsQuestion", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  licence_e5_option: a\n"), "baseline.yaml",
                 "role licence_e5_option needs role licence_question"},
        Breakage{"UnknownRole", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  dpo_question: q_text\n"), "baseline.yaml",
                 "unknown role 'dpo_question'"},
        Breakage{"RoleWithoutValue", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles:\n  decision_question: \"\"\n"), "baseline.yaml",
                 "'decision_question' is empty"},
        Breakage{"RolesNotAMapping", "baseline.yaml", kLanguages,
                 kLanguages + std::string("roles: [q_choice]\n"), "baseline.yaml",
                 "'roles' must map each role"}),
    [](const ::testing::TestParamInfo<Breakage>& param) { return std::string(param.param.name); });

TEST(BaselineCompiler, RolesReachTheLoadedBaselineUnderTheirNames) {
    SourceCopy source;
    source.replace("baseline.yaml", kLanguages,
                   kLanguages + std::string("roles:\n"
                                            "  bbn_question: q_choice\n"
                                            "  licence_question: q_choice\n"
                                            "  licence_e3_option: a\n"
                                            "  licence_e5_option: b\n"
                                            "  dpo_advice_question: q_text\n"
                                            "  decision_question: q_choice\n"
                                            "  review_date_question: q_date\n"));
    const CompileResult result = compileBaseline(source.path());
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    auto loaded = Baseline::load(result.image);
    ASSERT_TRUE(loaded) << loaded.error().detail;
    const BaselineInfo& info = (*loaded)->info();
    EXPECT_EQ(info.roles.bbnQuestion, "q_choice");
    EXPECT_EQ(info.roles.licenceQuestion, "q_choice");
    EXPECT_EQ(info.roles.licenceE3Option, "a");
    EXPECT_EQ(info.roles.licenceE5Option, "b");
    EXPECT_EQ(info.roles.dpoAdviceQuestion, "q_text");
    EXPECT_EQ(info.roles.decisionQuestion, "q_choice");
    EXPECT_EQ(info.roles.reviewDateQuestion, "q_date");
    EXPECT_TRUE(info.roles.cisoAdviceQuestion.empty());
    EXPECT_TRUE(info.roles.subjectViewsQuestion.empty());
    EXPECT_TRUE(info.roles.priorConsultationQuestion.empty());
    EXPECT_TRUE(info.rolesNotRecorded.empty());
}

TEST(BaselineCompiler, ABaselineWithoutRolesRecordsEveryRoleAsNotNamed) {
    SourceCopy source;
    const CompileResult result = compileBaseline(source.path());
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    auto loaded = Baseline::load(result.image);
    ASSERT_TRUE(loaded) << loaded.error().detail;
    const BaselineInfo& info = (*loaded)->info();
    EXPECT_TRUE(info.roles.bbnQuestion.empty());
    EXPECT_TRUE(info.roles.licenceQuestion.empty());
    EXPECT_TRUE(info.roles.dpoAdviceQuestion.empty());
    // Named as empty, not missing: the program's roles do not stand in (rolesFor).
    EXPECT_TRUE(info.rolesNotRecorded.empty());
}

TEST(BaselineCompiler, ARoleProblemNamesTheLineOfTheRole) {
    SourceCopy source;
    source.replace("baseline.yaml", kLanguages,
                   kLanguages + std::string("roles:\n"
                                            "  decision_question: q_choice\n"
                                            "  review_date_question: q_nope\n"));
    const CompileResult result = compileBaseline(source.path());
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1u) << allDiagnostics(result);
    EXPECT_EQ(result.diagnostics.front().format(),
              source.file("baseline.yaml") +
                  ":8: role review_date_question names unknown question 'q_nope'");
}

TEST(BaselineCompiler, AMissingFileIsNamed) {
    SourceCopy source;
    fs::remove(source.file("matrix.yaml"));
    const CompileResult result = compileBaseline(source.path());
    ASSERT_FALSE(result.ok());
    EXPECT_NE(allDiagnostics(result).find("matrix.yaml:0: missing file"), std::string::npos)
        << allDiagnostics(result);
}

TEST(BaselineCompiler, AnUnknownFileIsRefused) {
    SourceCopy source;
    std::ofstream(source.file("extras.yaml")) << "a: 1\n";
    const CompileResult result = compileBaseline(source.path());
    ASSERT_FALSE(result.ok());
    EXPECT_NE(allDiagnostics(result).find("unknown baseline file"), std::string::npos);
}

TEST(BaselineCompiler, ANonexistentFolderIsRefused) {
    const CompileResult result = compileBaseline("/nonexistent/baseline");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(allDiagnostics(result).find("not a folder"), std::string::npos);
}

TEST(BaselineCompiler, AReferenceIsEitherOnePlainTextOrOneInEachLanguage) {
    SourceCopy source;
    source.replace("questions-min.yaml", "ref: \"AVG art. 6\"",
                   "ref: {nl: \"AVG art. 6 lid 1\", en: \"GDPR Art. 6(1)\"}");
    const CompileResult result = compileBaseline(source.path());
    ASSERT_TRUE(result.ok()) << allDiagnostics(result);
    const auto baseline = *Baseline::load(result.image);
    std::vector<LocalText> refs;
    for (const Question& question : baseline->questions()) {
        refs.push_back(question.ref);
    }
    // The plain ones read the same in Dutch and English; the pair in its own language.
    EXPECT_NE(std::find(refs.begin(), refs.end(), LocalText{"AVG art. 35", "AVG art. 35"}),
              refs.end());
    EXPECT_NE(std::find(refs.begin(), refs.end(), LocalText{"AVG art. 6 lid 1", "GDPR Art. 6(1)"}),
              refs.end());
}

} // namespace
} // namespace dpia::baseline
