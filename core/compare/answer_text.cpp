#include "core/compare/answer_text.h"

#include <string>

namespace dpia::compare {

namespace {

LocalText same(std::string text) {
    return {text, text};
}

/// The label of an option, or its id when the baseline does not have it (any more).
LocalText optionLabel(const baseline::Question& question, const std::string& id) {
    for (const baseline::Option& option : question.options) {
        if (option.id == id) {
            return option.label;
        }
    }
    return same(id);
}

LocalText joined(const std::vector<LocalText>& parts) {
    LocalText out;
    for (const LocalText& part : parts) {
        if (!out.nl.empty()) {
            out.nl += ", ";
            out.en += ", ";
        }
        out.nl += part.nl;
        out.en += part.en;
    }
    return out;
}

} // namespace

bool isTextAnswer(const baseline::Question* question, const nlohmann::json& value) {
    return value.is_string() &&
           (question == nullptr || question->type == baseline::QuestionType::text);
}

LocalText answerText(const baseline::Question* question, const nlohmann::json& value) {
    if (value.is_null()) {
        return {"(leeg)", "(empty)"};
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? LocalText{"ja", "yes"} : LocalText{"nee", "no"};
    }
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        if (question != nullptr && question->type == baseline::QuestionType::choice) {
            return optionLabel(*question, text);
        }
        return same(text);
    }
    if (value.is_array() && question != nullptr &&
        question->type == baseline::QuestionType::multichoice) {
        std::vector<LocalText> labels;
        for (const nlohmann::json& item : value) {
            labels.push_back(item.is_string() ? optionLabel(*question, item.get<std::string>())
                                              : same(item.dump()));
        }
        return joined(labels);
    }
    if (value.is_array() && question != nullptr &&
        question->type == baseline::QuestionType::table) {
        const std::string rows = std::to_string(value.size());
        return {"tabel met " + rows + (value.size() == 1 ? " rij" : " rijen"),
                "table with " + rows + (value.size() == 1 ? " row" : " rows")};
    }
    return same(value.dump());
}

} // namespace dpia::compare
