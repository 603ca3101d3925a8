#pragma once

// Internal to core/rules: the expression tree a Rule shares, and the functions the parser,
// evaluator and checker provide to rule.cpp. Not part of the public API.
#include "core/rules/rule.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dpia::rules {

/// The longest rule text accepted, in bytes; longer texts are a ParseError, not a truncation.
inline constexpr std::size_t kMaxRuleLength = 4096;
/// How deep '(', 'not' and row rules may nest. Bounds every recursion over the tree.
inline constexpr int kMaxRuleDepth = 64;

enum class CompareOp { equal, notEqual, less, lessOrEqual, greater, greaterOrEqual };

/// A literal as written: its value, and its spelling for messages.
struct Literal {
    std::variant<bool, double, std::string> value;
    std::string spelling;
};

enum class NodeKind {
    disjunction, ///< a or b or ...
    conjunction, ///< a and b and ...
    negation,    ///< not a
    comparison,  ///< id op literal
    contains,    ///< id contains literal
    oneOf,       ///< id in [literal, ...]
    answered,    ///< answered(id)
    count,       ///< count(id [, rowRule]) op number
    anyRow,      ///< any(id, rowRule)
    allRow,      ///< all(id, rowRule)
};

/// One node of the parsed expression. Built once by the parser, never changed afterwards.
struct Node {
    NodeKind kind = NodeKind::comparison;
    std::size_t offset = 0; ///< where the node starts in the rule text
    /// The question the atom reads — or, inside a row rule, the column of the row.
    std::string id;
    CompareOp op = CompareOp::equal; ///< comparison and count
    /// comparison and contains: one; oneOf: one or more; count: the number compared with.
    std::vector<Literal> literals;
    /// disjunction and conjunction: two or more; negation: one.
    std::vector<std::unique_ptr<const Node>> operands;
    /// count (optional), anyRow and allRow: evaluated against each row of the table.
    std::unique_ptr<const Node> rowRule;
};

namespace detail {

/// rule_parser.cpp. Never throws for any input text (only std::bad_alloc could escape).
std::variant<std::unique_ptr<const Node>, ParseError> parseTree(std::string_view text);

/// rule_eval.cpp. Never throws for any JSON shape: a value of the wrong type makes the atom
/// false.
bool evaluateTree(const Node& node, const AnswerLookup& answers);

/// rule_check.cpp. Appends one message per problem to `problems`.
void checkTree(const Node& node, const ShapeLookup& shapes, std::vector<std::string>& problems);

/// rule_eval.cpp. False for no answer, null, blank text and empty arrays and objects.
bool isAnswered(const nlohmann::json* value);

/// rule.cpp. The spelling of an operator, for messages.
std::string_view spellingOf(CompareOp op);

} // namespace detail

} // namespace dpia::rules
