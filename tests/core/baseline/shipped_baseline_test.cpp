// Content tests of the baseline that ships (resources/baseline): the floor that issue
// "The Privacy & Security Baseline" sets, checked on the compiled, embedded image.
#include "core/baseline/baseline.h"
#include "core/baseline/embedded_image.h"
#include "core/baseline/roles.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

namespace dpia::baseline {
namespace {

class ShippedBaseline : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto loaded = Baseline::load(embeddedImage());
        ASSERT_TRUE(loaded) << loaded.error().detail;
        baseline_ = *loaded;
    }
    static void TearDownTestSuite() { baseline_.reset(); }
    static std::shared_ptr<const Baseline> baseline_;
};

std::shared_ptr<const Baseline> ShippedBaseline::baseline_;

TEST_F(ShippedBaseline, HasAtLeastEightyQuestionsOfEveryType) {
    EXPECT_GE(baseline_->questions().size(), 80u);
    std::set<QuestionType> types;
    int conditional = 0;
    for (const Question& question : baseline_->questions()) {
        types.insert(question.type);
        conditional += question.visibleIf ? 1 : 0;
        EXPECT_FALSE(question.ref.nl.empty()) << question.id;
        EXPECT_FALSE(question.ref.en.empty()) << question.id;
    }
    EXPECT_EQ(types.size(), 7u);
    EXPECT_GE(conditional, 10);
}

TEST_F(ShippedBaseline, HasTheRepeatableGroupsOfTheModelDpia) {
    const Question* items = baseline_->question("a2_data_items");
    ASSERT_NE(items, nullptr);
    ASSERT_EQ(items->type, QuestionType::table);
    const auto type = std::find_if(items->columns.begin(), items->columns.end(),
                                   [](const Column& column) { return column.id == "type"; });
    ASSERT_NE(type, items->columns.end());
    std::set<std::string> kinds;
    for (const Option& option : type->options) {
        kinds.insert(option.id);
    }
    EXPECT_EQ(kinds,
              (std::set<std::string>{"gewoon", "gevoelig", "bijzonder", "strafrechtelijk", "bsn"}));
    for (const char* id : {"a3_operations", "a6_parties", "a8_locations", "a10_retention"}) {
        ASSERT_NE(baseline_->question(id), nullptr) << id;
        EXPECT_EQ(baseline_->question(id)->type, QuestionType::table) << id;
    }
}

TEST_F(ShippedBaseline, HasAllScreeningCriteria) {
    std::set<std::string> ids;
    for (const Criterion& criterion : baseline_->criteria()) {
        ids.insert(criterion.id);
    }
    for (int i = 1; i <= 9; ++i) {
        EXPECT_TRUE(ids.count("wp248-" + std::to_string(i))) << i;
    }
    for (int i = 1; i <= 17; ++i) {
        EXPECT_TRUE(ids.count((i < 10 ? "ap-0" : "ap-") + std::to_string(i))) << i;
    }
    for (const char* id : {"art35-3a", "art35-3b", "art35-3c"}) {
        EXPECT_TRUE(ids.count(id)) << id;
    }
    for (const char* hint : {"hint-dtia", "hint-iama"}) {
        EXPECT_TRUE(std::any_of(baseline_->hints().begin(), baseline_->hints().end(),
                                [&](const Hint& h) { return h.id == hint; }))
            << hint;
    }
    EXPECT_EQ(baseline_->verdict().requiredAp, 1);
    EXPECT_EQ(baseline_->verdict().requiredWp248, 2);
    EXPECT_EQ(baseline_->verdict().recommendedWp248, 1);
}

TEST_F(ShippedBaseline, CoversTheGdprArticlesADpiaTouches) {
    for (int article : {5,  6,  9,  10, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22,
                        24, 25, 28, 30, 32, 33, 34, 35, 36, 44, 45, 46, 49}) {
        EXPECT_NE(baseline_->requirement("AVG-" + std::to_string(article)), nullptr) << article;
    }
    EXPECT_NE(baseline_->requirement("UAVG-46"), nullptr);
}

TEST_F(ShippedBaseline, HasAtLeastFortyFiveBioMeasuresWithTheirBio104Ids) {
    int bio = 0;
    for (const Requirement& requirement : baseline_->requirements()) {
        if (requirement.framework == Framework::bio) {
            ++bio;
            EXPECT_FALSE(requirement.bio104.empty()) << requirement.id;
            EXPECT_GE(requirement.bbn, 1) << requirement.id;
        }
    }
    EXPECT_GE(bio, 45);
}

TEST_F(ShippedBaseline, HasSafeguardsOfAllThreeKindsWithLicences) {
    std::map<SafeguardKind, int> kinds;
    for (const Safeguard& safeguard : baseline_->safeguards()) {
        ++kinds[safeguard.kind];
        EXPECT_FALSE(safeguard.meets.empty()) << safeguard.id;
    }
    EXPECT_GE(baseline_->safeguards().size(), 35u);
    EXPECT_GE(kinds[SafeguardKind::technical], 15);
    EXPECT_GE(kinds[SafeguardKind::contractual], 4);
    EXPECT_GE(kinds[SafeguardKind::organisational], 8);
    for (const char* id : {"sg-eu-data-boundary", "sg-customer-lockbox", "sg-customer-key",
                           "sg-double-key-encryption", "sg-conditional-access-mfa", "sg-pim"}) {
        ASSERT_NE(baseline_->safeguard(id), nullptr) << id;
    }
    EXPECT_EQ(baseline_->safeguard("sg-customer-lockbox")->licence, Licence::e5);
    EXPECT_EQ(baseline_->safeguard("sg-conditional-access-mfa")->licence, Licence::e3);
}

TEST_F(ShippedBaseline, HasAtLeastTwentyRisksEachDrivenMitigatedAndGrounded) {
    EXPECT_GE(baseline_->risks().size(), 20u);
    for (const Risk& risk : baseline_->risks()) {
        EXPECT_FALSE(risk.drivers.empty()) << risk.id;
        EXPECT_FALSE(risk.mitigations.empty()) << risk.id;
        EXPECT_FALSE(risk.requirements.empty()) << risk.id;
        for (const Mitigation& mitigation : risk.mitigations) {
            EXPECT_NE(baseline_->safeguard(mitigation.safeguard), nullptr) << risk.id;
        }
    }
}

// The program's own features (readiness checklist, licence filter, BBN levels) depend on
// these; an empty role would switch one off without anyone noticing.
TEST_F(ShippedBaseline, NamesEveryRoleTheProgramActsOn) {
    const Roles& roles = baseline_->info().roles;
    for (const RoleSpec& role : kRoleSpecs) {
        EXPECT_FALSE((roles.*role.member).empty()) << role.key;
    }
    EXPECT_TRUE(baseline_->info().rolesNotRecorded.empty());
}

TEST_F(ShippedBaseline, HasAFourByFourMatrixWithRankedLevels) {
    const Matrix& matrix = baseline_->matrix();
    ASSERT_EQ(matrix.levels.size(), 4u);
    for (std::size_t i = 0; i < matrix.levels.size(); ++i) {
        EXPECT_EQ(matrix.levels[i].rank, static_cast<int>(i + 1));
        EXPECT_FALSE(matrix.levels[i].label.nl.empty());
        EXPECT_FALSE(matrix.levels[i].label.en.empty());
    }
    EXPECT_NE(matrix.level(matrix.priorConsultationFrom), nullptr);
}

} // namespace
} // namespace dpia::baseline
