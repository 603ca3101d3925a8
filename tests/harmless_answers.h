#pragma once
// An answer that meets no screening criterion, for tests that finish a pre-scan: "no",
// "none" where a question offers it, else its first option, a small number, a plain text.
#include "core/baseline/baseline_types.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dpia::testing {

inline nlohmann::json harmlessAnswer(const baseline::Question& question) {
    using Type = baseline::QuestionType;
    const auto none = std::find_if(question.options.begin(), question.options.end(),
                                   [](const baseline::Option& o) { return o.id == "none"; });
    const std::string option = none != question.options.end() ? none->id
                               : question.options.empty()     ? std::string()
                                                              : question.options.front().id;
    switch (question.type) {
    case Type::yesno:
        return false;
    case Type::choice:
        return option;
    case Type::multichoice:
        return nlohmann::json::array({option});
    case Type::number:
        return 20;
    default:
        return "Teams voor het team Publiekszaken.";
    }
}

} // namespace dpia::testing
