#include "core/rules/rule.h"

#include "core/rules/rule_node.h"

#include <algorithm>
#include <utility>

namespace dpia::rules {

namespace {

void collectQuestionIds(const Node& node, std::vector<std::string>& ids) {
    if (!node.id.empty() && std::find(ids.begin(), ids.end(), node.id) == ids.end()) {
        ids.push_back(node.id);
    }
    for (const auto& operand : node.operands) {
        collectQuestionIds(*operand, ids);
    }
    // A row rule names columns of the table, not questions: it is not descended into.
}

/// Appends the questions of `node` (which holds for `answers`) that make it hold.
void collectFiring(const Node& node, const AnswerLookup& answers, std::vector<std::string>& ids) {
    switch (node.kind) {
    case NodeKind::disjunction:
    case NodeKind::conjunction:
        // Of a conjunction that holds every operand holds; of a disjunction only some do.
        for (const auto& operand : node.operands) {
            if (detail::evaluateTree(*operand, answers)) {
                collectFiring(*operand, answers, ids);
            }
        }
        return;
    case NodeKind::negation:
        return; // holds because something is not so: no answer to point at
    default:
        if (std::find(ids.begin(), ids.end(), node.id) == ids.end()) {
            ids.push_back(node.id);
        }
        return;
    }
}

} // namespace

namespace detail {

std::string_view spellingOf(CompareOp op) {
    switch (op) {
    case CompareOp::equal:
        return "=";
    case CompareOp::notEqual:
        return "!=";
    case CompareOp::less:
        return "<";
    case CompareOp::lessOrEqual:
        return "<=";
    case CompareOp::greater:
        return ">";
    case CompareOp::greaterOrEqual:
        return ">=";
    }
    return "?";
}

} // namespace detail

Rule::Rule(std::string text, std::shared_ptr<const Node> root)
    : text_(std::move(text)), root_(std::move(root)) {}

std::variant<Rule, ParseError> Rule::parse(std::string_view text) {
    auto parsed = detail::parseTree(text);
    if (auto* failure = std::get_if<ParseError>(&parsed)) {
        return std::move(*failure);
    }
    std::shared_ptr<const Node> root = std::move(std::get<std::unique_ptr<const Node>>(parsed));
    return Rule(std::string(text), std::move(root));
}

std::vector<std::string> Rule::check(const ShapeLookup& shapes) const {
    std::vector<std::string> problems;
    if (root_) {
        detail::checkTree(*root_, shapes, problems);
    }
    return problems;
}

bool Rule::evaluate(const AnswerLookup& answers) const {
    return !root_ || detail::evaluateTree(*root_, answers);
}

std::vector<std::string> Rule::questionIds() const {
    std::vector<std::string> ids;
    if (root_) {
        collectQuestionIds(*root_, ids);
    }
    return ids;
}

std::vector<std::string> Rule::firingQuestions(const AnswerLookup& answers) const {
    std::vector<std::string> ids;
    if (root_ && detail::evaluateTree(*root_, answers)) {
        collectFiring(*root_, answers, ids);
    }
    return ids;
}

} // namespace dpia::rules
