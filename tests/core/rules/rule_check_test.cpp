// Checking rules against the questionnaire: unknown questions, options and columns, and
// operators that do not fit the kind of answer they read.
#include "core/rules/rule.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

namespace {

using dpia::rules::AnswerKind;
using dpia::rules::ParseError;
using dpia::rules::QuestionShape;
using dpia::rules::Rule;
using testing::ElementsAre;
using testing::HasSubstr;
using testing::IsEmpty;
using testing::SizeIs;

const std::map<std::string, QuestionShape, std::less<>>& shapes() {
    static const std::map<std::string, QuestionShape, std::less<>> all = {
        {"q_yes", {AnswerKind::yesno, {}, {}}},
        {"q_choice", {AnswerKind::choice, {"a", "b"}, {}}},
        {"q_multi", {AnswerKind::multichoice, {"health", "none"}, {}}},
        {"q_text", {AnswerKind::text, {}, {}}},
        {"q_number", {AnswerKind::number, {}, {}}},
        {"q_date", {AnswerKind::date, {}, {}}},
        {"q_table",
         {AnswerKind::table,
          {},
          {{"item", AnswerKind::text, {}},
           {"type", AnswerKind::choice, {"gewoon", "bijzonder"}},
           {"amount", AnswerKind::number, {}},
           {"secret", AnswerKind::yesno, {}},
           {"since", AnswerKind::date, {}}}}},
    };
    return all;
}

std::vector<std::string> problemsOf(std::string_view text) {
    auto parsed = Rule::parse(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "'" << text << "' does not parse: " << error->message;
        return {"<parse error>"};
    }
    return std::get<Rule>(parsed).check([](std::string_view id) -> const QuestionShape* {
        const auto found = shapes().find(id);
        return found != shapes().end() ? &found->second : nullptr;
    });
}

struct Mismatch {
    const char* rule;
    const char* fragment;
};

/// Each rule has exactly one problem, and its message says what the fragment says.
void expectOneProblem(const std::vector<Mismatch>& cases) {
    for (const Mismatch& c : cases) {
        const auto problems = problemsOf(c.rule);
        ASSERT_THAT(problems, SizeIs(1)) << c.rule;
        EXPECT_THAT(problems.front(), HasSubstr(c.fragment)) << c.rule;
    }
}

TEST(RuleCheck, AcceptsRulesThatFitTheQuestionnaire) {
    for (const char* rule : {
             "q_yes = true",
             "q_yes != false",
             "q_yes in [true]",
             "q_choice = \"a\"",
             "q_choice != \"b\"",
             "q_choice in [\"a\", \"b\"]",
             "q_multi contains \"health\"",
             "count(q_multi) >= 2",
             "q_text = \"Wmo\"",
             "q_text in [\"x\", \"y\"]",
             "q_number >= 10000",
             "q_number < -1.5",
             "q_number in [1, 2]",
             "q_date < \"2027-01-01\"",
             "q_date = \"2026-02-29\"",
             "answered(q_table)",
             "answered(q_multi)",
             "count(q_table) > 0",
             "count(q_table, type = \"bijzonder\" and amount > 3) >= 1",
             "any(q_table, answered(item) and secret = true)",
             "all(q_table, since >= \"2020-01-01\" or not (type in [\"gewoon\"]))",
             "not (q_yes = true) or (q_choice = \"a\" and q_multi contains \"none\")",
         }) {
        EXPECT_THAT(problemsOf(rule), IsEmpty()) << rule;
    }
}

TEST(RuleCheck, ReportsUnknownQuestions) {
    expectOneProblem({
        {"q_nope = true", "unknown question 'q_nope'"},
        {"answered(q_nope)", "unknown question 'q_nope'"},
        {"count(q_nope) > 1", "unknown question 'q_nope'"},
        {"any(q_nope, c = 1)", "unknown question 'q_nope'"},
        {"all(q_nope, c = 1)", "unknown question 'q_nope'"},
        {"q_nope in [1]", "unknown question 'q_nope'"},
        {"q_nope contains \"x\"", "unknown question 'q_nope'"},
    });
}

TEST(RuleCheck, ReportsUnknownOptions) {
    expectOneProblem({
        {"q_choice = \"c\"", "\"c\" is not one of its options (a, b)"},
        {"q_choice != \"c\"", "\"c\" is not one of its options"},
        {"q_choice in [\"a\", \"c\"]", "\"c\" is not one of its options"},
        {"q_multi contains \"children\"", "\"children\" is not one of its options"},
        {"any(q_table, type = \"secret\")",
         "column 'type' of table 'q_table' is choice: \"secret\" is not one of its options"},
    });
}

TEST(RuleCheck, ReportsUnknownColumnsInRowRules) {
    expectOneProblem({
        {"any(q_table, kind = \"x\")", "table 'q_table' has no column 'kind'"},
        {"all(q_table, answered(kind))", "table 'q_table' has no column 'kind'"},
        {"count(q_table, kind = 1) > 0", "table 'q_table' has no column 'kind'"},
        // Row rules name columns; a question id is not one.
        {"any(q_table, q_yes = true)", "table 'q_table' has no column 'q_yes'"},
    });
}

TEST(RuleCheck, ReportsOperatorsThatDoNotFitTheKind) {
    expectOneProblem({
        {"q_choice contains \"a\"",
         "question 'q_choice' is choice: 'contains' needs a multichoice"},
        {"q_text contains \"a\"", "'contains' needs a multichoice"},
        {"q_table contains \"a\"", "'contains' needs a multichoice"},
        {"q_yes < true", "question 'q_yes' is yesno: '<' needs a number or date"},
        {"q_choice >= \"a\"", "'>=' needs a number or date"},
        {"q_text > \"a\"", "'>' needs a number or date"},
        {"count(q_text) > 1", "'count' needs a table or multichoice"},
        {"count(q_number) > 1", "'count' needs a table or multichoice"},
        {"count(q_multi, c = 1) > 1", "'count' with a row rule needs a table"},
        {"any(q_multi, c = 1)", "'any' needs a table"},
        {"all(q_number, c = 1)", "'all' needs a table"},
        {"q_multi = \"health\"", "use 'contains' or 'count' instead of '='"},
        {"q_multi in [\"health\"]", "use 'contains' or 'count' instead of 'in'"},
        {"q_table != 1", "use 'any', 'all' or 'count' instead of '!='"},
        {"any(q_table, amount contains \"x\")",
         "column 'amount' of table 'q_table' is number: 'contains' needs a multichoice column"},
        {"any(q_table, count(item) > 1)", "'count' needs a table or multichoice column"},
        {"any(q_table, any(item, c = 1))", "'any' needs a table column"},
        {"all(q_table, item < \"b\")", "'<' needs a number or date"},
    });
}

TEST(RuleCheck, ReportsLiteralsOfTheWrongKind) {
    expectOneProblem({
        {"q_yes = 1", "question 'q_yes' is yesno: compare it with true or false, not 1"},
        {"q_yes = \"true\"", "compare it with true or false, not \"true\""},
        {"q_yes in [true, 0]", "compare it with true or false, not 0"},
        {"q_number = \"12\"", "question 'q_number' is number: compare it with a number"},
        {"q_number > true", "compare it with a number, not true"},
        {"q_text = 12", "question 'q_text' is text: compare it with a \"string\", not 12"},
        {"q_date < 2026", "compare it with a date written \"YYYY-MM-DD\", not 2026"},
        {"q_date = \"29-11-2026\"", "compare it with a date written \"YYYY-MM-DD\""},
        {"q_date > \"2026-13-01\"", "YYYY-MM-DD"},
        {"q_choice = 1", "compare it with one of its options as a \"string\", not 1"},
        {"q_multi contains true", "one of its options as a \"string\", not true"},
        {"any(q_table, secret = \"yes\")", "column 'secret' of table 'q_table' is yesno"},
        {"any(q_table, amount = \"3\")", "compare it with a number"},
    });
}

TEST(RuleCheck, ReportsEveryProblemOnceInOrder) {
    EXPECT_THAT(problemsOf("q_a = 1 or q_choice = \"x\" or q_a = 1 or q_choice = \"x\""),
                ElementsAre("unknown question 'q_a'",
                            "question 'q_choice' is choice: \"x\" is not one of its options "
                            "(a, b)"));
}

TEST(RuleCheck, SkipsTheRowRuleOfATableItCannotResolve) {
    // Without the table's columns, every column would be "unknown": one problem is enough.
    EXPECT_THAT(problemsOf("any(q_nope, a = 1 and b = 2)"),
                ElementsAre("unknown question 'q_nope'"));
    EXPECT_THAT(problemsOf("any(q_multi, a = 1)"), SizeIs(1));
}

TEST(RuleCheck, AnEmptyShapeLookupKnowsNoQuestions) {
    auto parsed = Rule::parse("q_yes = true");
    ASSERT_TRUE(std::holds_alternative<Rule>(parsed));
    std::vector<std::string> problems;
    EXPECT_NO_THROW(problems = std::get<Rule>(parsed).check(nullptr));
    EXPECT_THAT(problems, ElementsAre("unknown question 'q_yes'"));
}

} // namespace
