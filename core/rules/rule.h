#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// The rule language of the baseline (docs/BASELINE.md, "Rule language"): conditions over
// answers that decide visibility, screening criteria, risk drivers and hints. Parsed once
// (at compile time of the baseline and again when it is loaded), evaluated many times.
namespace dpia::rules {

/// Where in the rule text parsing failed, and why (English, for the baseline author).
struct ParseError {
    std::size_t offset = 0;
    std::string message;
};

/// What the compiler needs to know of a question to check a rule against it.
enum class AnswerKind { yesno, choice, multichoice, text, number, date, table };

/// The kind's name as the baseline spells it ("yesno", "multichoice", ...).
std::string_view answerKindName(AnswerKind kind);
/// The kind of a name; nullopt for anything else.
std::optional<AnswerKind> parseAnswerKind(std::string_view name);

struct ColumnShape {
    std::string id;
    AnswerKind kind = AnswerKind::text; ///< never table
    std::vector<std::string> options;   ///< for choice columns
};

struct QuestionShape {
    AnswerKind kind = AnswerKind::text;
    std::vector<std::string> options; ///< for choice and multichoice
    std::vector<ColumnShape> columns; ///< for table
};

/// Looks up a question by id; nullptr when there is none.
using ShapeLookup = std::function<const QuestionShape*(std::string_view questionId)>;

/// Looks up the answer to a question by id; nullptr when unanswered. Answers are JSON as
/// stored: bool, string, array of strings, number, "YYYY-MM-DD" string, array of objects.
using AnswerLookup = std::function<const nlohmann::json*(std::string_view questionId)>;

struct Node; // the parsed expression tree (rule_node.h, internal)

/// An immutable, parsed rule. Cheap to copy (shares its tree).
class Rule {
public:
    /// An empty rule: always true, names no questions, checks clean (root_ is null).
    Rule() = default;

    /// Parses `text`. Limits: 4,096 characters, nesting depth 64.
    static std::variant<Rule, ParseError> parse(std::string_view text);

    /// Checks every question, option and column the rule names against `shapes`, and that
    /// each operator fits the question's kind. Returns one message per problem (English).
    std::vector<std::string> check(const ShapeLookup& shapes) const;

    /// True when the rule holds for `answers`. An unanswered question makes every
    /// comparison on it false.
    bool evaluate(const AnswerLookup& answers) const;

    /// The question ids the rule reads, in order of first appearance, without repeats.
    std::vector<std::string> questionIds() const;

    /// The questions whose answers make the rule hold for `answers`, in order of first
    /// appearance, without repeats: what a "because" list may cite. Empty when the rule does
    /// not hold. Of an `or`, only the branches that hold count; of an `and`, every operand;
    /// a `not` holds through an answer being absent or different, so it names nothing — an
    /// answer "no" is cited only where the rule asks for it (`x = false`).
    std::vector<std::string> firingQuestions(const AnswerLookup& answers) const;

    /// The text it was parsed from.
    const std::string& text() const { return text_; }

private:
    Rule(std::string text, std::shared_ptr<const Node> root);

    std::string text_;
    std::shared_ptr<const Node> root_;
};

} // namespace dpia::rules
