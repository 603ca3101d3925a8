// Fuzzes the rule language: parse anything; whatever parses is checked against a fixed
// questionnaire and evaluated against fixed answers. Nothing may crash or hang.
#include "core/rules/rule.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using dpia::rules::AnswerKind;
using dpia::rules::QuestionShape;

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
          {{"item", AnswerKind::text, {}}, {"type", AnswerKind::choice, {"gewoon", "bijzonder"}}}}},
    };
    return all;
}

const std::map<std::string, nlohmann::json, std::less<>>& answers() {
    static const std::map<std::string, nlohmann::json, std::less<>> all = {
        {"q_yes", true},
        {"q_choice", "b"},
        {"q_multi", nlohmann::json::array({"health"})},
        {"q_text", "Wmo"},
        {"q_number", 12000},
        {"q_date", "2026-11-29"},
        {"q_table", nlohmann::json::array({{{"item", "BSN"}, {"type", "bijzonder"}}, 7, nullptr})},
    };
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto parsed = dpia::rules::Rule::parse(text);
    if (const auto* rule = std::get_if<dpia::rules::Rule>(&parsed)) {
        rule->check([](std::string_view id) -> const QuestionShape* {
            const auto found = shapes().find(id);
            return found != shapes().end() ? &found->second : nullptr;
        });
        rule->evaluate([](std::string_view id) -> const nlohmann::json* {
            const auto found = answers().find(id);
            return found != answers().end() ? &found->second : nullptr;
        });
        rule->questionIds();
    }
    return 0;
}
