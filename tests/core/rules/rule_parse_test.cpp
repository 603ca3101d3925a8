// Parsing the rule language: what parses, what does not, where the error is reported, the
// limits on length and nesting, and the question ids a rule reads.
#include "core/rules/rule.h"

#include <cstdint>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

using dpia::rules::ParseError;
using dpia::rules::Rule;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;

ParseError errorOf(std::string_view text) {
    auto parsed = Rule::parse(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        return *error;
    }
    ADD_FAILURE() << "expected a parse error for: " << text;
    return {};
}

Rule parsed(std::string_view text) {
    auto result = Rule::parse(text);
    if (const auto* error = std::get_if<ParseError>(&result)) {
        ADD_FAILURE() << "'" << text << "' does not parse at " << error->offset << ": "
                      << error->message;
        return {};
    }
    return std::get<Rule>(std::move(result));
}

std::vector<std::string> idsOf(std::string_view text) {
    return parsed(text).questionIds();
}

// --- what parses ---------------------------------------------------------------------------

TEST(RuleParse, AcceptsTheExamplesOfTheBaselineDocument) {
    for (const char* text : {
             R"(pre_special_data = true)",
             R"(a2_categories contains "health")",
             R"(pre_subjects_count >= 10000)",
             R"(m365_licence in ["e5", "e3-e5sec"])",
             R"(any(a2_data_items, type = "bijzonder" or type = "bsn"))",
             R"(count(a6_parties, role = "verwerker") >= 1)",
             R"(answered(a1_proposal) and not (b11_basis = "consent"))",
         }) {
        auto result = Rule::parse(text);
        ASSERT_TRUE(std::holds_alternative<Rule>(result)) << text;
        EXPECT_EQ(std::get<Rule>(result).text(), text);
    }
}

TEST(RuleParse, AcceptsEveryOperatorAndLiteralForm) {
    for (const char* text : {
             "q = 1",
             "q != 1",
             "q < 1",
             "q <= 1",
             "q > 1",
             "q >= 1",
             "q = -1.5",
             "q = 0.25",
             "q = false",
             "q in [true]",
             "q in [1, -2.5, \"x\", false]",
             "count(q) = 0",
             "count(q, c = 1) != 2",
             "all(t, answered(c))",
             "not not q = 1",
             "((q = 1))",
             "q=1 and(r!=2)or not(s<=\"2026-01-01\")",
             "q = 1\n\tand\r\nr = 2",
             "any(t, count(c) >= 1)",
         }) {
        EXPECT_TRUE(std::holds_alternative<Rule>(Rule::parse(text))) << text;
    }
}

TEST(RuleParse, DefaultRuleIsEmptyAndAlwaysTrue) {
    const Rule rule;
    EXPECT_TRUE(rule.evaluate([](std::string_view) { return nullptr; }));
    EXPECT_THAT(rule.questionIds(), IsEmpty());
    EXPECT_THAT(rule.check([](std::string_view) { return nullptr; }), IsEmpty());
    EXPECT_EQ(rule.text(), "");
}

TEST(RuleParse, CopiesShareTheParsedTree) {
    const Rule original = parsed("q = 1");
    const Rule copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    const nlohmann::json one = 1;
    const auto answers = [&](std::string_view) {
        return &one;
    };
    EXPECT_TRUE(copy.evaluate(answers));
    EXPECT_EQ(copy.text(), "q = 1");
}

// --- errors and their offsets --------------------------------------------------------------

struct ErrorCase {
    const char* text;
    std::size_t offset;
    const char* fragment;
};

TEST(RuleParse, ReportsErrorsAtTheRightOffsetWithAClearMessage) {
    const std::vector<ErrorCase> cases = {
        {"", 0, "empty rule"},
        {"   \n", 0, "empty rule"},
        {R"(q = "abc)", 4, "unterminated string"},
        {R"(q = "a\nb")", 6, "unknown escape"},
        {"(q = true", 9, "expected ')' to close the '(' at character 1, found end of rule"},
        {"(q = true or (r = 1)", 20, "expected ')' to close the '(' at character 1"},
        {"answered(q", 10, "expected ')' after 'answered(q'"},
        {"any(t, c = 1", 12, "expected ')' after the row rule of 'any(t, ...'"},
        {"q = true r = 1", 9, "unexpected 'r' after a complete condition"},
        {"q = true)", 8, "')' without a matching '('"},
        {"q = true and", 12, "expected a condition"},
        {"not", 3, "expected a condition"},
        {"()", 1, "expected a condition"},
        {"and = true", 0, "reserved word 'and'"},
        {"q = 1 or in = 2", 9, "reserved word 'in'"},
        {"true = true", 0, "reserved words cannot be question ids"},
        {"count = 3", 6, "'count' is a reserved word"},
        {"answered(not)", 9, "reserved word 'not'"},
        {"any(all, c = 1)", 4, "reserved word 'all'"},
        {"Q = true", 0, "lowercase"},
        {"q = yes", 4, "double quotes"},
        {"q == 1", 3, "expected a literal (true, false, a number or a \"string\") after 'q ='"},
        {"q 1", 2, "expected an operator"},
        {"q ! 1", 2, "unexpected '!'"},
        {"q = 1 # x", 6, "unexpected '#'"},
        {"q in []", 6, "expected a literal"},
        {"q in \"a\"", 5, "expected '[' after 'q in'"},
        {R"(q in ["a" "b"])", 10, "expected ',' or ']'"},
        {"count(q) >= \"2\"", 12, "expected a number after 'count(q) >='"},
        {"count(q)", 8, "expected an operator"},
        {"count(q, ) = 1", 9, "expected a condition"},
        {"count(q r) = 1", 8, "expected ',' and a row rule, or ')'"},
        {"any(q)", 5, "expected ',' and a row rule after 'any(q'"},
        {"all q", 4, "expected '(' after 'all'"},
        {"q = 12abc", 4, "malformed number"},
        {"q = 1.2.3", 4, "malformed number"},
        {"q = -", 4, "digit after '-'"},
        {"q = 1.", 4, "digit after '.'"},
        {"q = tru", 4, "expected a literal"},
        {"q = \x01", 4, "byte 0x01"},
    };
    for (const ErrorCase& expected : cases) {
        const ParseError error = errorOf(expected.text);
        EXPECT_EQ(error.offset, expected.offset) << expected.text << " -> " << error.message;
        EXPECT_THAT(error.message, HasSubstr(expected.fragment)) << expected.text;
    }
}

TEST(RuleParse, RejectsNumbersOutOfRange) {
    const ParseError error = errorOf("q = 1" + std::string(400, '0'));
    EXPECT_EQ(error.offset, 4u);
    EXPECT_THAT(error.message, HasSubstr("out of range"));
}

TEST(RuleParse, ReportsTheFirstErrorInReadingOrder) {
    // The ')' comes before the unterminated string, so it is the error reported.
    const ParseError error = errorOf(R"() "abc)");
    EXPECT_EQ(error.offset, 0u);
    EXPECT_THAT(error.message, HasSubstr("expected a condition"));
}

// --- limits --------------------------------------------------------------------------------

TEST(RuleParse, AcceptsTheLongestAllowedRule) {
    const std::string prefix = "q = \"";
    const std::string text = prefix + std::string(4096 - prefix.size() - 1, 'x') + "\"";
    ASSERT_EQ(text.size(), 4096u);
    EXPECT_TRUE(std::holds_alternative<Rule>(Rule::parse(text)));
}

TEST(RuleParse, RejectsRulesLongerThan4096Characters) {
    std::string text = "q = 1";
    while (text.size() < 5000) {
        text += " or q = 1";
    }
    const ParseError error = errorOf(text);
    EXPECT_EQ(error.offset, 4096u);
    EXPECT_THAT(error.message, HasSubstr("longer than 4096"));
}

TEST(RuleParse, LongFlatChainsParseAndEvaluate) {
    std::string text = "q = 0";
    while (text.size() < 4000) {
        text += " or q = 0";
    }
    text += " or q = 1";
    const Rule rule = parsed(text);
    const nlohmann::json one = 1;
    EXPECT_TRUE(rule.evaluate([&](std::string_view) { return &one; }));
    EXPECT_THAT(rule.questionIds(), ElementsAre("q"));
}

std::string nestedParens(int depth) {
    return std::string(static_cast<std::size_t>(depth), '(') + "q = 1" +
           std::string(static_cast<std::size_t>(depth), ')');
}

TEST(RuleParse, AcceptsNestingUpTo64Levels) {
    EXPECT_TRUE(std::holds_alternative<Rule>(Rule::parse(nestedParens(64))));
    std::string nots;
    for (int level = 0; level < 64; ++level) {
        nots += "not ";
    }
    EXPECT_TRUE(std::holds_alternative<Rule>(Rule::parse(nots + "q = 1")));
}

TEST(RuleParse, RejectsNestingDeeperThan64Levels) {
    const ParseError error = errorOf(nestedParens(65));
    EXPECT_EQ(error.offset, 64u);
    EXPECT_THAT(error.message, HasSubstr("deeper than 64"));

    std::string nots;
    for (int level = 0; level < 65; ++level) {
        nots += "not ";
    }
    EXPECT_EQ(errorOf(nots + "q = 1").offset, 64u * 4u);
}

TEST(RuleParse, DepthBombsFailWithoutRecursingUnbounded) {
    // Within the length limit the depth limit catches it; beyond, the length limit does.
    const ParseError deep = errorOf(std::string(4000, '('));
    EXPECT_EQ(deep.offset, 64u);
    EXPECT_THAT(deep.message, HasSubstr("deeper than 64"));
    EXPECT_EQ(errorOf(std::string(10000, '(')).offset, 4096u);
    EXPECT_EQ(errorOf(nestedParens(10000)).offset, 4096u);
}

TEST(RuleParse, RowRulesCountAsNesting) {
    // Each any( opens a row rule; the 65th is one level too deep, reported where it starts.
    std::string text;
    for (int level = 0; level < 65; ++level) {
        text += "any(t, ";
    }
    text += "c = 1" + std::string(65, ')');
    const ParseError error = errorOf(text);
    EXPECT_THAT(error.message, HasSubstr("deeper than 64"));
    EXPECT_EQ(error.offset, 65u * 7u);
}

TEST(RuleParse, NeverThrowsOnArbitraryText) {
    // Prefixes of valid rules hit every "expected ..." path; random text hits the lexer.
    const std::string valid = R"(not (a = 1 or b in ["x", -2.5]) and count(t, c != "y") >= 2 )"
                              R"(and any(t, answered(c)) or all(t, d contains "z\"\\"))";
    for (std::size_t length = 0; length <= valid.size(); ++length) {
        EXPECT_NO_THROW(Rule::parse(valid.substr(0, length))) << length;
    }
    std::mt19937 random(20240229);
    const std::string alphabet = "abq_01-.\"\\()[],=!<> \nanotcuy";
    for (int round = 0; round < 3000; ++round) {
        std::string text(random() % 40, ' ');
        for (char& c : text) {
            c = round % 7 == 0 ? static_cast<char>(random() % 256)
                               : alphabet[random() % alphabet.size()];
        }
        EXPECT_NO_THROW(Rule::parse(text)) << text;
    }
}

// --- questionIds ---------------------------------------------------------------------------

TEST(RuleQuestionIds, ListsIdsInOrderOfFirstAppearanceWithoutRepeats) {
    EXPECT_THAT(idsOf("b = 1 or a = 2 and b = 3 or not c contains \"x\""),
                ElementsAre("b", "a", "c"));
    EXPECT_THAT(idsOf("answered(z) and count(y) > 1 and any(x, c = 1) and all(w, d = 2) and "
                      "v in [1] and z = 1"),
                ElementsAre("z", "y", "x", "w", "v"));
}

TEST(RuleQuestionIds, LeavesOutTheColumnsOfRowRules) {
    EXPECT_THAT(idsOf("any(t, type = \"x\" and answered(item)) or count(u, role = 1) > 0"),
                ElementsAre("t", "u"));
}

} // namespace
