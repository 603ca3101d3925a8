// Baseline::validateAnswer: whether a JSON value fits a question (docs/BASELINE.md,
// "Answer values"), so that no caller can store an answer the questionnaire cannot show.
#include "core/baseline/baseline.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

namespace dpia::baseline {
namespace {

// Counted in characters, as the message says (a Dutch text has many two-byte letters).
constexpr std::size_t kMaxTextCharacters = 100'000;

/// The number of characters (code points) of UTF-8 text: bytes that do not continue one.
std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    }
    return count;
}

constexpr std::size_t kMaxRows = 2'000;

Error invalidValue(std::string_view questionId, const std::string& nl, const std::string& en) {
    const std::string id(questionId);
    return Error{ErrorCode::invalidValue,
                 {"Ongeldig antwoord op " + id + ": " + nl, "Invalid answer to " + id + ": " + en},
                 "invalid answer to " + id};
}

bool isDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    const int year = std::stoi(text.substr(0, 4));
    const unsigned month = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
    const unsigned day = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
    return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month),
                                       std::chrono::day(day))
        .ok();
}

bool hasOption(const std::vector<Option>& options, const std::string& id) {
    return std::any_of(options.begin(), options.end(),
                       [&](const Option& option) { return option.id == id; });
}

/// Checks a value of a scalar type (everything but table). Empty string when it fits.
Status checkScalar(std::string_view questionId, QuestionType type,
                   const std::vector<Option>& options, const std::optional<double>& min,
                   const std::optional<double>& max, const nlohmann::json& value) {
    switch (type) {
    case QuestionType::yesno:
        if (!value.is_boolean()) {
            return invalidValue(questionId, "verwacht ja of nee (true/false)",
                                "expected yes or no (true/false)");
        }
        return success();
    case QuestionType::choice:
        if (!value.is_string() || !hasOption(options, value.get<std::string>())) {
            return invalidValue(questionId, "verwacht een van de keuzes van deze vraag",
                                "expected one of the question's options");
        }
        return success();
    case QuestionType::multichoice: {
        if (!value.is_array()) {
            return invalidValue(questionId, "verwacht een lijst van keuzes",
                                "expected a list of options");
        }
        std::set<std::string> seen;
        for (const auto& item : value) {
            if (!item.is_string() || !hasOption(options, item.get<std::string>()) ||
                !seen.insert(item.get<std::string>()).second) {
                return invalidValue(questionId, "onbekende of dubbele keuze in de lijst",
                                    "unknown or repeated option in the list");
            }
        }
        return success();
    }
    case QuestionType::text:
        if (!value.is_string()) {
            return invalidValue(questionId, "verwacht tekst", "expected text");
        }
        if (characters(value.get_ref<const std::string&>()) > kMaxTextCharacters) {
            return invalidValue(questionId, "de tekst is langer dan 100.000 tekens",
                                "the text is longer than 100,000 characters");
        }
        return success();
    case QuestionType::number: {
        if (!value.is_number() || !std::isfinite(value.get<double>())) {
            return invalidValue(questionId, "verwacht een getal", "expected a number");
        }
        const double number = value.get<double>();
        if ((min && number < *min) || (max && number > *max)) {
            return invalidValue(questionId, "het getal valt buiten het toegestane bereik",
                                "the number is outside the allowed range");
        }
        return success();
    }
    case QuestionType::date:
        if (!value.is_string() || !isDate(value.get<std::string>())) {
            return invalidValue(questionId, "verwacht een datum als JJJJ-MM-DD",
                                "expected a date as YYYY-MM-DD");
        }
        return success();
    case QuestionType::table:
        break;
    }
    return invalidValue(questionId, "onverwacht soort vraag", "unexpected question type");
}

} // namespace

Status Baseline::validateAnswer(std::string_view questionId, const nlohmann::json& value) const {
    const Question* found = question(questionId);
    if (found == nullptr) {
        const std::string id(questionId);
        return Error{ErrorCode::unknownId,
                     {"Onbekende vraag: " + id, "Unknown question: " + id},
                     "unknown question id"};
    }
    if (value.is_null()) {
        return success();
    }
    if (found->type != QuestionType::table) {
        return checkScalar(questionId, found->type, found->options, found->min, found->max, value);
    }
    if (!value.is_array()) {
        return invalidValue(questionId, "verwacht een lijst van rijen", "expected a list of rows");
    }
    if (value.size() > kMaxRows) {
        return invalidValue(questionId, "meer dan 2.000 rijen", "more than 2,000 rows");
    }
    for (const auto& row : value) {
        if (!row.is_object()) {
            return invalidValue(questionId, "elke rij moet velden per kolom hebben",
                                "every row must have fields per column");
        }
        for (const auto& [key, cell] : row.items()) {
            // An init-capture: clang 14 cannot capture a structured binding directly.
            const auto column = std::find_if(
                found->columns.begin(), found->columns.end(),
                [&name = key](const Column& candidate) { return candidate.id == name; });
            if (column == found->columns.end()) {
                return invalidValue(questionId, "onbekende kolom " + key, "unknown column " + key);
            }
            if (cell.is_null()) {
                continue;
            }
            Status cellStatus = checkScalar(questionId, column->type, column->options, std::nullopt,
                                            std::nullopt, cell);
            if (!cellStatus) {
                return cellStatus;
            }
        }
    }
    return success();
}

} // namespace dpia::baseline
