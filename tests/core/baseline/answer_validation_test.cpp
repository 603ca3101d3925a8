#include "core/baseline/baseline.h"
#include "core/baseline_compiler/compiler.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dpia::baseline {
namespace {

using nlohmann::json;

class AnswerValidation : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const CompileResult result =
            compileBaseline(std::string(DPIA_TEST_DATA_DIR) + "/baseline-minimal");
        ASSERT_TRUE(result.ok());
        baseline_ = *Baseline::load(result.image);
    }
    static void TearDownTestSuite() { baseline_.reset(); }

    bool valid(const char* id, const json& value) const {
        return baseline_->validateAnswer(id, value).ok();
    }
    ErrorCode code(const char* id, const json& value) const {
        return baseline_->validateAnswer(id, value).error().code;
    }

    static std::shared_ptr<const Baseline> baseline_;
};

std::shared_ptr<const Baseline> AnswerValidation::baseline_;

TEST_F(AnswerValidation, UnknownQuestionIsUnknownId) {
    EXPECT_EQ(code("q_nope", true), ErrorCode::unknownId);
}

TEST_F(AnswerValidation, NullClearsAnyAnswer) {
    for (const char* id :
         {"q_yes", "q_choice", "q_multi", "q_text", "q_number", "q_date", "q_table"}) {
        EXPECT_TRUE(valid(id, nullptr)) << id;
    }
}

TEST_F(AnswerValidation, YesNoTakesOnlyBooleans) {
    EXPECT_TRUE(valid("q_yes", true));
    EXPECT_TRUE(valid("q_yes", false));
    EXPECT_EQ(code("q_yes", "yes"), ErrorCode::invalidValue);
    EXPECT_FALSE(valid("q_yes", 1));
}

TEST_F(AnswerValidation, ChoiceTakesOneKnownOption) {
    EXPECT_TRUE(valid("q_choice", "a"));
    EXPECT_FALSE(valid("q_choice", "c"));
    EXPECT_FALSE(valid("q_choice", json::array({"a"})));
}

TEST_F(AnswerValidation, MultichoiceTakesDistinctKnownOptions) {
    EXPECT_TRUE(valid("q_multi", json::array({"health", "none"})));
    EXPECT_TRUE(valid("q_multi", json::array()));
    EXPECT_FALSE(valid("q_multi", json::array({"health", "health"})));
    EXPECT_FALSE(valid("q_multi", json::array({"wealth"})));
    EXPECT_FALSE(valid("q_multi", "health"));
}

TEST_F(AnswerValidation, TextHasALengthLimit) {
    EXPECT_TRUE(valid("q_text", "Teams-overleg met zorgaanbieders — één keer per week, € 0"));
    EXPECT_TRUE(valid("q_text", std::string(100'000, 'x')));
    EXPECT_FALSE(valid("q_text", std::string(100'001, 'x')));
    // Counted in characters, as the message says: 100,000 "é" (two bytes each) fit.
    std::string accented;
    for (int i = 0; i < 100'000; ++i) {
        accented += "\xc3\xa9";
    }
    EXPECT_TRUE(valid("q_text", accented));
    EXPECT_FALSE(valid("q_text", accented + "x"));
    EXPECT_FALSE(valid("q_text", 12));
}

TEST_F(AnswerValidation, NumberRespectsRangeAndType) {
    EXPECT_TRUE(valid("q_number", 12000));
    EXPECT_TRUE(valid("q_number", 0.5));
    EXPECT_FALSE(valid("q_number", -1));
    EXPECT_FALSE(valid("q_number", 1e9));
    EXPECT_FALSE(valid("q_number", "12"));
    EXPECT_FALSE(valid("q_number", true));
}

TEST_F(AnswerValidation, DateMustBeARealCalendarDate) {
    EXPECT_TRUE(valid("q_date", "2026-11-29"));
    EXPECT_TRUE(valid("q_date", "2028-02-29"));
    EXPECT_FALSE(valid("q_date", "2027-02-29"));
    EXPECT_FALSE(valid("q_date", "29-11-2026"));
    EXPECT_FALSE(valid("q_date", "2026-13-01"));
    EXPECT_FALSE(valid("q_date", "2026-1-01"));
}

TEST_F(AnswerValidation, TableRowsUseKnownColumnsWithValidCells) {
    EXPECT_TRUE(valid("q_table",
                      json::array({{{"item", "BSN"}, {"type", "bijzonder"}}, {{"item", "Naam"}}})));
    EXPECT_TRUE(valid("q_table", json::array()));
    EXPECT_FALSE(valid("q_table", json::array({{{"colour", "x"}}})));
    EXPECT_FALSE(valid("q_table", json::array({{{"type", "geheim"}}})));
    EXPECT_FALSE(valid("q_table", json::array({"BSN"})));
    EXPECT_FALSE(valid("q_table", json::object()));
    json many = json::array();
    for (int i = 0; i < 2001; ++i) {
        many.push_back({{"item", "x"}});
    }
    EXPECT_FALSE(valid("q_table", many));
}

} // namespace
} // namespace dpia::baseline
