// Checks a parsed rule against the questionnaire: every id it names exists, every option
// literal is an option, and every operator fits the kind of answer it reads. Messages are
// for the baseline author and name the question (or column) they are about.
#include "core/rules/rule_node.h"

#include <algorithm>
#include <optional>
#include <string>
#include <variant>

namespace dpia::rules::detail {

namespace {

/// What an atom reads: a question, or a column of the table a row rule runs over.
struct Subject {
    std::string name; ///< "question 'q'" or "column 'c' of table 't'"
    std::string noun; ///< "question" or "column", for "needs a table question"
    AnswerKind kind = AnswerKind::text;
    const std::vector<std::string>* options = nullptr;
    const std::vector<ColumnShape>* columns = nullptr; ///< tables only
};

/// Where ids are resolved: the questionnaire, or (inside a row rule) one table's columns.
struct Scope {
    const ShapeLookup* shapes = nullptr;
    const std::vector<ColumnShape>* columns = nullptr; ///< set inside a row rule
    std::string tableId;
};

bool isDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t at : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[at] < '0' || text[at] > '9') {
            return false;
        }
    }
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    const int day = (text[8] - '0') * 10 + (text[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        text += (text.empty() ? "" : ", ") + item;
    }
    return text.empty() ? "none" : text;
}

class Checker {
public:
    explicit Checker(std::vector<std::string>& problems) : problems_(problems) {}

    void visit(const Node& node, const Scope& scope) {
        switch (node.kind) {
        case NodeKind::disjunction:
        case NodeKind::conjunction:
        case NodeKind::negation:
            for (const auto& operand : node.operands) {
                visit(*operand, scope);
            }
            return;
        default:
            break;
        }
        const std::optional<Subject> subject = resolve(node.id, scope);
        if (!subject) {
            return;
        }
        switch (node.kind) {
        case NodeKind::comparison:
            comparison(*subject, node.op, node.literals.front());
            break;
        case NodeKind::oneOf:
            for (const Literal& literal : node.literals) {
                comparison(*subject, CompareOp::equal, literal, "in");
            }
            break;
        case NodeKind::contains:
            if (subject->kind != AnswerKind::multichoice) {
                report(*subject, "'contains' needs a multichoice " + subject->noun);
            } else {
                option(*subject, node.literals.front());
            }
            break;
        case NodeKind::answered:
            break; // any kind of answer can be given or not
        case NodeKind::count:
            count(*subject, node);
            break;
        case NodeKind::anyRow:
        case NodeKind::allRow:
            if (subject->kind != AnswerKind::table) {
                report(*subject, std::string(node.kind == NodeKind::anyRow ? "'any'" : "'all'") +
                                     " needs a table " + subject->noun);
            } else {
                rowRule(node, *subject);
            }
            break;
        default:
            break;
        }
    }

private:
    void report(const Subject& subject, const std::string& problem) {
        add(subject.name + " is " + std::string(answerKindName(subject.kind)) + ": " + problem);
    }

    void add(std::string message) {
        // One mistake written twice in a rule is one problem to fix.
        if (std::find(problems_.begin(), problems_.end(), message) == problems_.end()) {
            problems_.push_back(std::move(message));
        }
    }

    std::optional<Subject> resolve(const std::string& id, const Scope& scope) {
        if (scope.columns == nullptr) {
            // An empty std::function would throw when called; treat it as knowing nothing.
            const QuestionShape* shape = *scope.shapes ? (*scope.shapes)(id) : nullptr;
            if (shape == nullptr) {
                add("unknown question '" + id + "'");
                return std::nullopt;
            }
            return Subject{"question '" + id + "'", "question", shape->kind, &shape->options,
                           shape->kind == AnswerKind::table ? &shape->columns : nullptr};
        }
        std::vector<std::string> known;
        for (const ColumnShape& column : *scope.columns) {
            if (column.id == id) {
                return Subject{"column '" + id + "' of table '" + scope.tableId + "'", "column",
                               column.kind, &column.options, nullptr};
            }
            known.push_back(column.id);
        }
        add("table '" + scope.tableId + "' has no column '" + id + "' (columns: " + joined(known) +
            ")");
        return std::nullopt;
    }

    void comparison(const Subject& subject, CompareOp op, const Literal& literal,
                    std::string_view written = {}) {
        const std::string opName(written.empty() ? spellingOf(op) : written);
        const bool ordering = op != CompareOp::equal && op != CompareOp::notEqual;
        switch (subject.kind) {
        case AnswerKind::multichoice:
            report(subject, "use 'contains' or 'count' instead of '" + opName + "'");
            return;
        case AnswerKind::table:
            report(subject, "use 'any', 'all' or 'count' instead of '" + opName + "'");
            return;
        case AnswerKind::number:
        case AnswerKind::date:
            break;
        default:
            if (ordering) {
                report(subject, "'" + opName + "' needs a number or date");
                return;
            }
        }
        literalFits(subject, literal);
    }

    void literalFits(const Subject& subject, const Literal& literal) {
        const auto* text = std::get_if<std::string>(&literal.value);
        switch (subject.kind) {
        case AnswerKind::yesno:
            if (!std::holds_alternative<bool>(literal.value)) {
                report(subject, "compare it with true or false, not " + literal.spelling);
            }
            return;
        case AnswerKind::number:
            if (!std::holds_alternative<double>(literal.value)) {
                report(subject, "compare it with a number, not " + literal.spelling);
            }
            return;
        case AnswerKind::text:
            if (text == nullptr) {
                report(subject, "compare it with a \"string\", not " + literal.spelling);
            }
            return;
        case AnswerKind::date:
            if (text == nullptr || !isDate(*text)) {
                report(subject,
                       "compare it with a date written \"YYYY-MM-DD\", not " + literal.spelling);
            }
            return;
        case AnswerKind::choice:
        case AnswerKind::multichoice:
            option(subject, literal);
            return;
        case AnswerKind::table:
            return;
        }
    }

    void option(const Subject& subject, const Literal& literal) {
        const auto* text = std::get_if<std::string>(&literal.value);
        if (text == nullptr) {
            report(subject,
                   "compare it with one of its options as a \"string\", not " + literal.spelling);
            return;
        }
        const std::vector<std::string>& options = *subject.options;
        if (std::find(options.begin(), options.end(), *text) == options.end()) {
            report(subject,
                   literal.spelling + " is not one of its options (" + joined(options) + ")");
        }
    }

    void count(const Subject& subject, const Node& node) {
        if (subject.kind != AnswerKind::table && subject.kind != AnswerKind::multichoice) {
            report(subject, "'count' needs a table or multichoice " + subject.noun);
            return;
        }
        if (node.rowRule && subject.kind != AnswerKind::table) {
            report(subject, "'count' with a row rule needs a table " + subject.noun);
            return;
        }
        if (node.rowRule) {
            rowRule(node, subject);
        }
    }

    /// Inside a row rule ids name columns of the table, never questions.
    void rowRule(const Node& node, const Subject& table) {
        if (table.columns != nullptr) {
            visit(*node.rowRule, Scope{nullptr, table.columns, node.id});
        }
    }

    std::vector<std::string>& problems_;
};

} // namespace

void checkTree(const Node& node, const ShapeLookup& shapes, std::vector<std::string>& problems) {
    Checker checker(problems);
    checker.visit(node, Scope{&shapes, nullptr, {}});
}

} // namespace dpia::rules::detail
