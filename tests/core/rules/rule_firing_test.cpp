// Which answers made a rule hold: the questions a "because" list may cite. An answer that
// does not help the rule hold (a "no" under a `not`, a false branch of an `or`) is never
// named, so a privacy officer reads only the answers that decided.
#include "core/rules/rule.h"

#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

using dpia::rules::ParseError;
using dpia::rules::Rule;
using nlohmann::json;
using Ids = std::vector<std::string>;

Ids firing(std::string_view text, const std::map<std::string, json, std::less<>>& answers) {
    auto parsed = Rule::parse(text);
    if (const auto* error = std::get_if<ParseError>(&parsed)) {
        ADD_FAILURE() << "'" << text << "' does not parse: " << error->message;
        return {};
    }
    return std::get<Rule>(parsed).firingQuestions([&](std::string_view id) -> const json* {
        const auto found = answers.find(id);
        return found != answers.end() ? &found->second : nullptr;
    });
}

TEST(RuleFiring, OfAnOrOnlyTheBranchesThatHold) {
    // Employee monitoring answered "no" must not be cited when only the scale fired.
    EXPECT_EQ(firing("monitoring = true or scale = true", {{"monitoring", false}, {"scale", true}}),
              Ids{"scale"});
    EXPECT_EQ(firing("a = true or b = true", {{"a", true}, {"b", true}}), (Ids{"a", "b"}));
}

TEST(RuleFiring, OfAnAndEveryOperand) {
    EXPECT_EQ(firing("a = true and b contains \"x\"", {{"a", true}, {"b", json::array({"x"})}}),
              (Ids{"a", "b"}));
}

TEST(RuleFiring, NegatedPartsNameNothing) {
    EXPECT_EQ(firing("a = true and not b = true", {{"a", true}, {"b", false}}), Ids{"a"});
    EXPECT_EQ(firing("not b = true", {{"b", false}}), Ids{});
}

TEST(RuleFiring, AnAnswerNoCountsWhereTheRuleAsksForIt) {
    EXPECT_EQ(firing("exit_plan = false", {{"exit_plan", false}}), Ids{"exit_plan"});
}

TEST(RuleFiring, NothingWhenTheRuleDoesNotHold) {
    EXPECT_EQ(firing("a = true or b = true", {{"a", false}, {"b", false}}), Ids{});
    EXPECT_EQ(firing("a = true and b = true", {{"a", true}}), Ids{});
}

TEST(RuleFiring, NestedGroupsAndListFunctionsWithoutRepeats) {
    const json rows = json::array({{{"type", "bijzonder"}}});
    EXPECT_EQ(firing("(a = true or c = 1) and (any(t, type = \"bijzonder\") or a = true)",
                     {{"a", true}, {"c", 2}, {"t", rows}}),
              (Ids{"a", "t"}));
    EXPECT_EQ(firing("count(m) >= 2 or answered(x)", {{"m", json::array({"p", "q"})}}), Ids{"m"});
}

TEST(RuleFiring, AnEmptyRuleNamesNothing) {
    EXPECT_EQ(Rule().firingQuestions([](std::string_view) { return nullptr; }), Ids{});
}

} // namespace
