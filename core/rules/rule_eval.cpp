// Evaluation of a parsed rule against answers. Answers come from storage and imports, so
// nothing about their shape is trusted: every access checks the JSON type first, and a
// value of an unexpected type simply makes the atom false. Nothing here throws.
#include "core/rules/rule_node.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

namespace dpia::rules::detail {

namespace {

/// An answer that counts as given; every comparison on anything else is false.
const nlohmann::json* given(const nlohmann::json* value) {
    return isAnswered(value) ? value : nullptr;
}

/// -1, 0 or 1 for answer against literal when both are of one comparable type; nullopt
/// otherwise (type mismatch, or a non-finite number that orders against nothing).
std::optional<int> order(const nlohmann::json& answer, const Literal& literal) {
    if (const auto* flag = std::get_if<bool>(&literal.value)) {
        if (!answer.is_boolean()) {
            return std::nullopt;
        }
        return static_cast<int>(answer.get<bool>()) - static_cast<int>(*flag);
    }
    if (const auto* number = std::get_if<double>(&literal.value)) {
        if (!answer.is_number()) {
            return std::nullopt;
        }
        const double value = answer.get<double>();
        if (!std::isfinite(value)) {
            return std::nullopt;
        }
        return value < *number ? -1 : (value > *number ? 1 : 0);
    }
    if (!answer.is_string()) {
        return std::nullopt;
    }
    // Dates are "YYYY-MM-DD", so comparing the strings orders them by date.
    const int compared =
        answer.get_ref<const std::string&>().compare(std::get<std::string>(literal.value));
    return compared < 0 ? -1 : (compared > 0 ? 1 : 0);
}

bool compare(const nlohmann::json* answer, CompareOp op, const Literal& literal) {
    if (answer == nullptr) {
        return false;
    }
    const std::optional<int> ordered = order(*answer, literal);
    if (!ordered) {
        return false;
    }
    const bool isBool = std::holds_alternative<bool>(literal.value);
    switch (op) {
    case CompareOp::equal:
        return *ordered == 0;
    case CompareOp::notEqual:
        return *ordered != 0;
    // true and false have no order; '<' on them is a check error and false here.
    case CompareOp::less:
        return !isBool && *ordered < 0;
    case CompareOp::lessOrEqual:
        return !isBool && *ordered <= 0;
    case CompareOp::greater:
        return !isBool && *ordered > 0;
    case CompareOp::greaterOrEqual:
        return !isBool && *ordered >= 0;
    }
    return false;
}

bool containsOption(const nlohmann::json* answer, const Literal& literal) {
    const auto* option = std::get_if<std::string>(&literal.value);
    if (answer == nullptr || option == nullptr || !answer->is_array()) {
        return false;
    }
    for (const nlohmann::json& element : *answer) {
        if (element.is_string() && element.get_ref<const std::string&>() == *option) {
            return true;
        }
    }
    return false;
}

/// A row of a table as answers: its cells, looked up by column id.
AnswerLookup cellsOf(const nlohmann::json& row) {
    return [&row](std::string_view column) -> const nlohmann::json* {
        const auto found = row.find(std::string(column));
        return found != row.end() ? &*found : nullptr;
    };
}

bool rowMatches(const nlohmann::json& row, const Node& rowRule) {
    return row.is_object() && evaluateTree(rowRule, cellsOf(row));
}

/// Chosen options of a multichoice, or rows of a table (those matching the row rule, if
/// any). nullopt when the answer is not a list at all.
std::optional<double> countOf(const nlohmann::json* answer, const Node* rowRule) {
    if (answer == nullptr || !answer->is_array()) {
        return std::nullopt;
    }
    double counted = 0;
    for (const nlohmann::json& element : *answer) {
        if (rowRule != nullptr ? rowMatches(element, *rowRule)
                               : element.is_string() || element.is_object()) {
            ++counted;
        }
    }
    return counted;
}

bool rowsMatch(const nlohmann::json* answer, const Node& rowRule, bool everyRow) {
    if (answer == nullptr || !answer->is_array()) {
        return false;
    }
    for (const nlohmann::json& row : *answer) {
        if (rowMatches(row, rowRule) != everyRow) {
            return !everyRow;
        }
    }
    // Only answered (non-empty) lists get here, so 'all' never holds vacuously.
    return everyRow;
}

bool lookUp(const AnswerLookup& answers, const std::string& id, const nlohmann::json*& value) {
    value = answers ? given(answers(id)) : nullptr;
    return value != nullptr;
}

} // namespace

bool isAnswered(const nlohmann::json* value) {
    if (value == nullptr || value->is_null() || value->is_discarded()) {
        return false;
    }
    if (value->is_string()) {
        return value->get_ref<const std::string&>().find_first_not_of(" \t\r\n") !=
               std::string::npos;
    }
    if (value->is_array() || value->is_object()) {
        return !value->empty();
    }
    return true;
}

bool evaluateTree(const Node& node, const AnswerLookup& answers) {
    switch (node.kind) {
    case NodeKind::disjunction:
        for (const auto& operand : node.operands) {
            if (evaluateTree(*operand, answers)) {
                return true;
            }
        }
        return false;
    case NodeKind::conjunction:
        for (const auto& operand : node.operands) {
            if (!evaluateTree(*operand, answers)) {
                return false;
            }
        }
        return true;
    case NodeKind::negation:
        return !evaluateTree(*node.operands.front(), answers);
    default:
        break;
    }

    const nlohmann::json* answer = nullptr;
    if (!lookUp(answers, node.id, answer)) {
        return false; // unanswered: every atom on it is false, including answered()
    }
    switch (node.kind) {
    case NodeKind::comparison:
        return compare(answer, node.op, node.literals.front());
    case NodeKind::contains:
        return containsOption(answer, node.literals.front());
    case NodeKind::oneOf:
        for (const Literal& literal : node.literals) {
            if (compare(answer, CompareOp::equal, literal)) {
                return true;
            }
        }
        return false;
    case NodeKind::answered:
        return true;
    case NodeKind::count: {
        const std::optional<double> counted = countOf(answer, node.rowRule.get());
        if (!counted) {
            return false;
        }
        const nlohmann::json total = *counted;
        return compare(&total, node.op, node.literals.front());
    }
    case NodeKind::anyRow:
        return rowsMatch(answer, *node.rowRule, false);
    case NodeKind::allRow:
        return rowsMatch(answer, *node.rowRule, true);
    default:
        return false;
    }
}

} // namespace dpia::rules::detail
