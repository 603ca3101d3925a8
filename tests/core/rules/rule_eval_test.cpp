// Evaluating rules against answers: each operator and function both ways, the meaning of
// "unanswered", precedence, and answers of shapes no valid assessment would hold.
#include "core/rules/rule.h"

#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using dpia::rules::ParseError;
using dpia::rules::Rule;
using nlohmann::json;

using Answers = std::map<std::string, json, std::less<>>;

bool holdsWith(std::string_view text, const dpia::rules::AnswerLookup& answers) {
    auto parsed = Rule::parse(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "'" << text << "' does not parse: " << error->message;
        return false;
    }
    return std::get<Rule>(parsed).evaluate(answers);
}

bool holds(std::string_view text, const Answers& answers) {
    return holdsWith(text, [&](std::string_view id) -> const json* {
        const auto found = answers.find(id);
        return found != answers.end() ? &found->second : nullptr;
    });
}

/// `q` answered with `value` (not copied: some test values are too deep to copy
/// recursively), and nothing else.
bool holdsFor(std::string_view text, const json& value) {
    return holdsWith(text, [&](std::string_view id) { return id == "q" ? &value : nullptr; });
}

const Answers& sample() {
    static const Answers answers = {
        {"yes", true},
        {"no", false},
        {"choice", "b"},
        {"multi", json::array({"health", "bsn"})},
        {"text", "Wmo"},
        {"number", 12000},
        {"decimal", -1.5},
        {"date", "2026-11-29"},
        {"table", json::array({{{"item", "BSN"}, {"type", "bijzonder"}, {"amount", 3}},
                               {{"item", "Naam"}, {"type", "gewoon"}, {"amount", 10}}})},
    };
    return answers;
}

struct Case {
    const char* rule;
    bool expected;
};

void expectAll(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        EXPECT_EQ(holds(c.rule, sample()), c.expected) << c.rule;
    }
}

TEST(RuleEval, ComparesYesNo) {
    expectAll({{"yes = true", true},
               {"yes = false", false},
               {"no = false", true},
               {"yes != false", true},
               {"yes != true", false},
               {"no != false", false}});
}

TEST(RuleEval, ComparesChoiceAndText) {
    expectAll({{"choice = \"b\"", true},
               {"choice = \"a\"", false},
               {"choice != \"a\"", true},
               {"choice != \"b\"", false},
               {"text = \"Wmo\"", true},
               {"text = \"wmo\"", false}});
}

TEST(RuleEval, ComparesNumbersWithEveryOperator) {
    expectAll({{"number = 12000", true},
               {"number = 12000.0", true},
               {"number = 12001", false},
               {"number != 1", true},
               {"number != 12000", false},
               {"number < 12001", true},
               {"number < 12000", false},
               {"number <= 12000", true},
               {"number <= 11999", false},
               {"number > 11999.5", true},
               {"number > 12000", false},
               {"number >= 12000", true},
               {"number >= 12000.5", false},
               {"decimal = -1.5", true},
               {"decimal < -1", true},
               {"decimal > -1", false}});
}

TEST(RuleEval, ComparesDatesAsStrings) {
    expectAll({{"date = \"2026-11-29\"", true},
               {"date < \"2026-12-01\"", true},
               {"date < \"2026-11-29\"", false},
               {"date <= \"2026-11-29\"", true},
               {"date > \"2026-01-31\"", true},
               {"date > \"2027-01-01\"", false},
               {"date >= \"2027-01-01\"", false}});
}

TEST(RuleEval, OrderingTrueAndFalseIsNeverTrue) {
    expectAll({{"yes > false", false}, {"yes >= true", false}, {"no < true", false}});
}

TEST(RuleEval, ContainsAndIn) {
    expectAll({{"multi contains \"health\"", true},
               {"multi contains \"children\"", false},
               {"choice in [\"a\", \"b\"]", true},
               {"choice in [\"a\", \"c\"]", false},
               {"number in [1, 12000]", true},
               {"number in [\"12000\", true]", false},
               {"yes in [true]", true},
               {"no in [true]", false}});
}

TEST(RuleEval, Answered) {
    expectAll({{"answered(yes)", true},
               {"answered(no)", true},
               {"answered(table)", true},
               {"answered(missing)", false}});
    for (const json& blank :
         {json(nullptr), json(""), json("  \t\n"), json::array(), json::object()}) {
        EXPECT_FALSE(holdsFor("answered(q)", blank)) << blank.dump();
    }
    EXPECT_TRUE(holdsFor("answered(q)", 0));
    EXPECT_TRUE(holdsFor("answered(q)", " x "));
}

TEST(RuleEval, CountsChosenOptionsAndRows) {
    expectAll({{"count(multi) >= 2", true},
               {"count(multi) >= 3", false},
               {"count(table) = 2", true},
               {"count(table) != 2", false},
               {"count(table, type = \"bijzonder\") = 1", true},
               {"count(table, type = \"bijzonder\") > 1", false},
               {"count(table, amount >= 3) = 2", true},
               {"count(table, type = \"none\") = 0", true}});
}

TEST(RuleEval, AnyAndAllRows) {
    expectAll({{"any(table, type = \"bijzonder\")", true},
               {"any(table, type = \"bsn\")", false},
               {"all(table, answered(item))", true},
               {"all(table, type = \"gewoon\")", false},
               {"any(table, type = \"gewoon\" and amount > 5)", true},
               {"any(table, type = \"bijzonder\" and amount > 5)", false},
               {"all(table, not answered(missing_column))", true}});
}

TEST(RuleEval, AllIsFalseForNoRows) {
    EXPECT_FALSE(holdsFor("all(q, c = 1)", json::array()));
    EXPECT_FALSE(holdsFor("any(q, c = 1)", json::array()));
    EXPECT_FALSE(holdsFor("all(q, c = 1)", nullptr));
}

TEST(RuleEval, BlankCellsInRowsAreUnanswered) {
    const json rows = json::array({{{"c", ""}}, {{"c", "x"}}});
    EXPECT_TRUE(holdsFor("count(q, answered(c)) = 1", rows));
    EXPECT_FALSE(holdsFor("all(q, c != \"y\")", rows));
    EXPECT_TRUE(holdsFor("any(q, c != \"y\")", rows));
}

TEST(RuleEval, UnansweredMakesEveryComparisonFalse) {
    for (const char* rule :
         {"q = true", "q = false", "q != true", "q != 1", "q < 1", "q >= 1", "q = \"\"",
          "q != \"x\"", "q contains \"x\"", "q in [true, false, 1, \"x\"]", "count(q) = 0",
          "count(q) >= 0", "count(q, c = 1) = 0", "any(q, c = 1)", "all(q, c = 1)",
          "any(q, not (c = 1))"}) {
        EXPECT_FALSE(holds(rule, {})) << rule;
        EXPECT_FALSE(holdsFor(rule, nullptr)) << rule;
        EXPECT_TRUE(holds(std::string("not (") + rule + ")", {})) << rule;
    }
    // Blank text is no answer either.
    EXPECT_FALSE(holdsFor("q != \"x\"", "   "));
    EXPECT_TRUE(holdsFor("not (q = true)", nullptr));
}

TEST(RuleEval, PrecedenceIsNotThenAndThenOr) {
    const Answers answers = {{"a", true}, {"b", false}, {"c", false}};
    EXPECT_TRUE(holds("a = true or b = true and c = true", answers));    // a or (b and c)
    EXPECT_FALSE(holds("(a = true or b = true) and c = true", answers)); // parentheses win
    EXPECT_TRUE(holds("b = true and c = true or a = true", answers));
    EXPECT_FALSE(holds("not a = true and b = true", {{"a", false}, {"b", false}}));
    EXPECT_TRUE(holds("not (a = true and b = true)", {{"a", false}, {"b", false}}));
    EXPECT_TRUE(holds("not a = true or b = true", {{"a", true}, {"b", true}}));
    EXPECT_FALSE(holds("not (a = true or b = true)", {{"a", true}, {"b", true}}));
    EXPECT_TRUE(holds("not not a = true", answers));
}

TEST(RuleEval, StringEscapesAreUnescaped) {
    EXPECT_TRUE(holdsFor(R"(q = "a \"quoted\" \\ text")", R"(a "quoted" \ text)"));
    EXPECT_FALSE(holdsFor(R"(q = "a \\ b")", R"(a \\ b)"));
}

TEST(RuleEval, WrongTypesMakeComparisonsFalse) {
    EXPECT_FALSE(holdsFor("q = 1", "1"));
    EXPECT_FALSE(holdsFor("q != 1", "1"));
    EXPECT_FALSE(holdsFor("q = \"1\"", 1));
    EXPECT_FALSE(holdsFor("q = true", 1));
    EXPECT_FALSE(holdsFor("q = 1", true));
    EXPECT_FALSE(holdsFor("q < \"2026-01-01\"", 5));
    EXPECT_FALSE(holdsFor("q = \"a\"", json::array({"a"})));
    EXPECT_TRUE(holdsFor("q = 5", 5u)); // unsigned JSON numbers compare like others
}

TEST(RuleEval, HostileShapesNeverThrowAndNeverMatchListRules) {
    const std::vector<const char*> listRules = {
        "q contains \"a\"",     "count(q) >= 1",
        "count(q, c = 1) >= 1", "any(q, c = 1)",
        "all(q, c = 1)",        "any(q, answered(c))",
        "all(q, not (c = 2))",  "count(q, answered(c)) > 0"};
    const std::vector<json> notLists = {
        5, -0.5, "a", true, json::object({{"c", 1}}), json::object({{"a", json::array({"a"})}})};
    const std::vector<json> junkLists = {json::array({json::array({"a"})}),
                                         json::array({7, nullptr, true, -1.5}),
                                         json::array({json::array({json::object({{"c", 1}})})}),
                                         json::array({json::array(), 0, false})};
    for (const char* rule : listRules) {
        for (const json& value : notLists) {
            EXPECT_FALSE(holdsFor(rule, value)) << rule << " on " << value.dump();
        }
        for (const json& value : junkLists) {
            EXPECT_FALSE(holdsFor(rule, value)) << rule << " on " << value.dump();
        }
    }
    // Junk elements are not chosen options or rows, so they are not counted.
    EXPECT_TRUE(holdsFor("count(q) = 0", json::array({7, nullptr, json::array({"a"})})));
    EXPECT_TRUE(holdsFor("count(q) = 1", json::array({7, nullptr, json::object({{"c", 1}})})));
}

TEST(RuleEval, RowsThatAreNotObjectsNeverMatch) {
    const json mixed = json::array({json::object({{"c", 1}}), 7, nullptr, json::array({1})});
    EXPECT_TRUE(holdsFor("any(q, c = 1)", mixed));
    EXPECT_FALSE(holdsFor("all(q, c = 1)", mixed));
    EXPECT_TRUE(holdsFor("count(q, c = 1) = 1", mixed));
    EXPECT_FALSE(holdsFor("any(q, c = 1)", json::array({json::object({{"c", "1"}})})));
    EXPECT_FALSE(holdsFor("any(q, c = 1)", json::array({json::object({{"c", json::array({1})}})})));
}

TEST(RuleEval, NonFiniteAndHugeNumbersDoNotMisbehave) {
    const json nan = std::numeric_limits<double>::quiet_NaN();
    for (const char* rule : {"q = 1", "q != 1", "q < 1", "q > 1", "q >= 0"}) {
        EXPECT_FALSE(holdsFor(rule, nan)) << rule;
    }
    EXPECT_TRUE(holdsFor("q > 1000000", std::numeric_limits<std::uint64_t>::max()));
    EXPECT_TRUE(holdsFor("q < -1000000", std::numeric_limits<std::int64_t>::min()));
}

TEST(RuleEval, DeeplyNestedAndDiscardedAnswersAreHarmless) {
    // Built by moving, never copying: nlohmann::json copies recursively.
    json deep = "leaf";
    for (int level = 0; level < 100000; ++level) {
        json wrapper = json::array();
        wrapper.push_back(std::move(deep));
        deep = std::move(wrapper);
    }
    for (const char* rule : {"q contains \"leaf\"", "any(q, c = 1)", "q = \"leaf\""}) {
        EXPECT_FALSE(holdsFor(rule, deep)) << rule;
    }
    EXPECT_TRUE(holdsFor("count(q) = 0", deep));

    const json discarded(json::value_t::discarded);
    EXPECT_FALSE(holdsFor("answered(q)", discarded));
    EXPECT_FALSE(holdsFor("q != 1", discarded));
}

TEST(RuleEval, AnEmptyLookupMeansNothingIsAnswered) {
    auto parsed = Rule::parse("q = 1 or not answered(r)");
    ASSERT_TRUE(std::holds_alternative<Rule>(parsed));
    bool result = false;
    EXPECT_NO_THROW(result = std::get<Rule>(parsed).evaluate(nullptr));
    EXPECT_TRUE(result);
}

} // namespace
