#include "core/rules/rule.h"

#include <array>
#include <utility>

namespace dpia::rules {

namespace {

// The one spelling of each kind: in the baseline YAML, the compiled image and the CLI.
constexpr std::array<std::pair<std::string_view, AnswerKind>, 7> kKinds = {{
    {"yesno", AnswerKind::yesno},
    {"choice", AnswerKind::choice},
    {"multichoice", AnswerKind::multichoice},
    {"text", AnswerKind::text},
    {"number", AnswerKind::number},
    {"date", AnswerKind::date},
    {"table", AnswerKind::table},
}};

} // namespace

std::string_view answerKindName(AnswerKind kind) {
    for (const auto& [name, value] : kKinds) {
        if (value == kind) {
            return name;
        }
    }
    return "text";
}

std::optional<AnswerKind> parseAnswerKind(std::string_view name) {
    for (const auto& [text, value] : kKinds) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace dpia::rules
