#include "tests/core/scoring/random_assessment.h"

namespace dpia::testing {

using baseline::QuestionType;

scoring::ScoringInput SyntheticAssessment::input() const {
    scoring::ScoringInput input;
    input.answer = [this](std::string_view id) -> const nlohmann::json* {
        const auto found = answers.find(id);
        return found != answers.end() ? &found->second : nullptr;
    };
    input.safeguard = [this](std::string_view id) {
        const auto found = safeguards.find(id);
        return found != safeguards.end() ? found->second : scoring::SafeguardState::unset;
    };
    input.override_ = [this](std::string_view id) -> const scoring::RiskOverrideInput* {
        const auto found = overrides.find(id);
        return found != overrides.end() ? &found->second : nullptr;
    };
    return input;
}

namespace {

nlohmann::json scalar(QuestionType type, const std::vector<baseline::Option>& options,
                      std::mt19937& random) {
    std::uniform_int_distribution<int> coin(0, 1);
    switch (type) {
    case QuestionType::yesno:
        return coin(random) == 1;
    case QuestionType::choice:
        return options[std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(random)]
            .id;
    case QuestionType::multichoice: {
        nlohmann::json chosen = nlohmann::json::array();
        for (const auto& option : options) {
            if (coin(random) == 1) {
                chosen.push_back(option.id);
            }
        }
        return chosen;
    }
    case QuestionType::text:
        return "Tekst " + std::to_string(random() % 1000);
    case QuestionType::number:
        return static_cast<int>(random() % 50000);
    case QuestionType::date:
        return "2026-0" + std::to_string(1 + random() % 9) + "-1" + std::to_string(random() % 10);
    case QuestionType::table:
        break;
    }
    return nullptr;
}

} // namespace

nlohmann::json randomAnswer(const baseline::Question& question, std::mt19937& random) {
    if (random() % 5 == 0) {
        return nullptr;
    }
    if (question.type != QuestionType::table) {
        nlohmann::json value = scalar(question.type, question.options, random);
        if (question.type == QuestionType::number && question.max &&
            value.get<double>() > *question.max) {
            value = *question.max;
        }
        if (question.type == QuestionType::number && question.min &&
            value.get<double>() < *question.min) {
            value = *question.min;
        }
        return value;
    }
    nlohmann::json rows = nlohmann::json::array();
    const int count = static_cast<int>(random() % 5);
    for (int i = 0; i < count; ++i) {
        nlohmann::json row = nlohmann::json::object();
        for (const auto& column : question.columns) {
            row[column.id] = scalar(column.type, column.options, random);
        }
        rows.push_back(row);
    }
    return rows;
}

SyntheticAssessment randomAssessment(const baseline::Baseline& baseline, std::mt19937& random) {
    SyntheticAssessment assessment;
    for (const auto& question : baseline.questions()) {
        nlohmann::json answer = randomAnswer(question, random);
        if (!answer.is_null()) {
            assessment.answers[question.id] = std::move(answer);
        }
    }
    static constexpr scoring::SafeguardState kStates[] = {
        scoring::SafeguardState::unset, scoring::SafeguardState::implemented,
        scoring::SafeguardState::planned, scoring::SafeguardState::notImplemented,
        scoring::SafeguardState::notApplicable};
    for (const auto& safeguard : baseline.safeguards()) {
        assessment.safeguards[safeguard.id] = kStates[random() % 5];
    }
    return assessment;
}

} // namespace dpia::testing
