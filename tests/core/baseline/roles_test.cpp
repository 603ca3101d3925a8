// rolesFor: a document whose embedded baseline was compiled before roles existed gets the
// program's roles where they fit, and only for the same baseline. The old image is the
// real one in tests/data/assessment-v1.dpia (tests/data/baseline-minimal, compiled by the
// first released compiler, which knew bbn_question but no other role).
#include "core/baseline/baseline.h"
#include "core/baseline/roles.h"
#include "core/baseline_compiler/compiler.h"
#include "core/sqlite_handle.h"
#include "tests/core/baseline/source_copy.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

namespace dpia::baseline {
namespace {

using testing::SourceCopy;

/// The baseline image embedded in the committed schema-1 document.
std::shared_ptr<const Baseline> imageOfTheFirstRelease() {
    const std::string path = std::string(DPIA_TEST_DATA_DIR) + "/assessment-v1.dpia";
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        return nullptr;
    }
    SqliteHandle db(raw);
    Statement statement = prepare(db.get(), "SELECT image FROM baseline");
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW) {
        return nullptr;
    }
    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement.get(), 0));
    const std::vector<std::uint8_t> image(bytes, bytes + sqlite3_column_bytes(statement.get(), 0));
    auto loaded = Baseline::load(image);
    return loaded ? std::move(loaded).value() : nullptr;
}

/// baseline-minimal with two questions the first release did not have, and roles.
std::shared_ptr<const Baseline> laterVersion(const std::string& id = "test-minimal") {
    SourceCopy source;
    source.replace("baseline.yaml", "id: test-minimal", "id: " + id);
    source.replace("questions-min.yaml", "  - id: q_date\n",
                   "  - id: q_advice\n"
                   "    section: s-two\n"
                   "    type: text\n"
                   "    text: {nl: Advies., en: Advice.}\n"
                   "    guidance: {nl: Schrijf het advies., en: Write the advice.}\n"
                   "    ref: \"AVG art. 35 lid 2\"\n"
                   "  - id: q_licence\n"
                   "    section: s-two\n"
                   "    type: choice\n"
                   "    text: {nl: \"Licentie?\", en: \"Licence?\"}\n"
                   "    guidance: {nl: Kies de licentie., en: Choose the licence.}\n"
                   "    ref: \"BIO2 5.23\"\n"
                   "    options:\n"
                   "      - {id: e3, label: {nl: E3, en: E3}}\n"
                   "      - {id: e5, label: {nl: E5, en: E5}}\n"
                   "  - id: q_date\n");
    source.replace("baseline.yaml", "languages: [nl, en]\n",
                   "languages: [nl, en]\n"
                   "roles:\n"
                   "  bbn_question: q_choice\n"
                   "  licence_question: q_licence\n"
                   "  licence_e3_option: e3\n"
                   "  dpo_advice_question: q_text\n"
                   "  ciso_advice_question: q_advice\n"
                   "  decision_question: q_choice\n"
                   "  review_date_question: q_date\n");
    const CompileResult result = compileBaseline(source.path());
    for (const Diagnostic& diagnostic : result.diagnostics) {
        ADD_FAILURE() << diagnostic.format();
    }
    if (!result.ok()) {
        return nullptr;
    }
    auto loaded = Baseline::load(result.image);
    return loaded ? std::move(loaded).value() : nullptr;
}

TEST(Roles, TheFirstReleaseRecordsOnlyTheBbnQuestion) {
    const auto old = imageOfTheFirstRelease();
    ASSERT_NE(old, nullptr);
    const std::vector<std::string>& missing = old->info().rolesNotRecorded;
    EXPECT_EQ(missing.size(), kRoleSpecs.size() - 1);
    EXPECT_EQ(std::find(missing.begin(), missing.end(), "bbn_question"), missing.end());
    EXPECT_NE(std::find(missing.begin(), missing.end(), "dpo_advice_question"), missing.end());
}

TEST(Roles, AnOldImageTakesTheProgramsRolesThatFitItsQuestions) {
    const auto old = imageOfTheFirstRelease();
    const auto shipped = laterVersion();
    ASSERT_NE(old, nullptr);
    ASSERT_NE(shipped, nullptr);
    const Roles roles = rolesFor(*old, *shipped);
    EXPECT_EQ(roles.dpoAdviceQuestion, "q_text");
    EXPECT_EQ(roles.decisionQuestion, "q_choice");
    EXPECT_EQ(roles.reviewDateQuestion, "q_date");
    // The old version has no q_advice and no q_licence: those roles, and the option role of
    // the licence question, stay empty rather than name what the document cannot answer.
    EXPECT_TRUE(roles.cisoAdviceQuestion.empty());
    EXPECT_TRUE(roles.licenceQuestion.empty());
    EXPECT_TRUE(roles.licenceE3Option.empty());
    // The old image records bbn_question (empty): the document keeps its own.
    EXPECT_TRUE(roles.bbnQuestion.empty());
}

TEST(Roles, AnotherBaselineLendsNoRoles) {
    const auto old = imageOfTheFirstRelease();
    const auto other = laterVersion("test-other");
    ASSERT_NE(old, nullptr);
    ASSERT_NE(other, nullptr);
    const Roles roles = rolesFor(*old, *other);
    EXPECT_TRUE(roles.dpoAdviceQuestion.empty());
    EXPECT_TRUE(roles.decisionQuestion.empty());
}

TEST(Roles, ACurrentImageKeepsItsOwnRoles) {
    const auto current = laterVersion();
    const auto old = imageOfTheFirstRelease();
    ASSERT_NE(current, nullptr);
    ASSERT_NE(old, nullptr);
    EXPECT_TRUE(current->info().rolesNotRecorded.empty());
    const Roles roles = rolesFor(*current, *old);
    EXPECT_EQ(roles.licenceQuestion, "q_licence");
    EXPECT_EQ(roles.licenceE3Option, "e3");
    EXPECT_EQ(roles.cisoAdviceQuestion, "q_advice");
    EXPECT_EQ(roles.bbnQuestion, "q_choice");
}

TEST(Roles, EveryRoleHasItsOwnKeyAndMember) {
    for (std::size_t i = 0; i < kRoleSpecs.size(); ++i) {
        EXPECT_EQ(roleSpec(kRoleSpecs[i].key), &kRoleSpecs[i]);
        for (std::size_t j = i + 1; j < kRoleSpecs.size(); ++j) {
            EXPECT_NE(kRoleSpecs[i].member, kRoleSpecs[j].member) << kRoleSpecs[i].key;
        }
    }
    EXPECT_EQ(roleSpec("no_such_role"), nullptr);
}

} // namespace
} // namespace dpia::baseline
