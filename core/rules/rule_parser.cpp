// Recursive descent over the grammar in docs/BASELINE.md, "Rule language". Errors do not
// throw: the first failure is recorded and every parse function returns null from then on.
// Recursion only happens through '(', 'not' and row rules, and each of those counts
// against kMaxRuleDepth, so no input can exhaust the stack.
#include "core/rules/rule_lexer.h"
#include "core/rules/rule_node.h"

#include <optional>
#include <utility>

namespace dpia::rules::detail {

namespace {

using NodePtr = std::unique_ptr<Node>;

class Parser {
public:
    explicit Parser(std::string_view text) : lexer_(text) { advance(); }

    std::variant<std::unique_ptr<const Node>, ParseError> parse() {
        if (current_.type == TokenType::end) {
            return ParseError{0, "empty rule"};
        }
        NodePtr root = disjunction();
        if (root && current_.type != TokenType::end) {
            if (current_.type == TokenType::rightParen) {
                failHere("unexpected ')' without a matching '('");
            } else if (current_.type == TokenType::invalid) {
                failHere(current_.text);
            } else {
                failHere("unexpected " + describe(current_) +
                         " after a complete condition; join conditions with 'and' or 'or'");
            }
        }
        if (error_) {
            return std::move(*error_);
        }
        return std::unique_ptr<const Node>(std::move(root));
    }

private:
    /// Counts one level of nesting for as long as it lives.
    class Nesting {
    public:
        explicit Nesting(Parser& parser) : parser_(parser) { ++parser_.depth_; }
        ~Nesting() { --parser_.depth_; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

        bool tooDeep() const { return parser_.depth_ > kMaxRuleDepth; }

    private:
        Parser& parser_;
    };

    void advance() { current_ = lexer_.next(); }

    /// Records the first error only: later ones are consequences of it.
    void failAt(std::size_t offset, std::string message) {
        if (!error_) {
            error_ = ParseError{offset, std::move(message)};
        }
    }

    void failHere(std::string message) { failAt(current_.offset, std::move(message)); }

    /// The current token is not what the grammar needs here. A token the lexer could not
    /// read explains itself better than "expected ...", so its message wins.
    void expected(const std::string& what) {
        if (current_.type == TokenType::invalid) {
            failHere(current_.text);
        } else {
            failHere("expected " + what + ", found " + describe(current_));
        }
    }

    bool accept(TokenType type) {
        if (current_.type != type) {
            return false;
        }
        advance();
        return true;
    }

    bool require(TokenType type, const std::string& what) {
        if (accept(type)) {
            return true;
        }
        expected(what);
        return false;
    }

    NodePtr disjunction() { return chain("or", NodeKind::disjunction); }

    NodePtr conjunction() { return chain("and", NodeKind::conjunction); }

    /// `operand (word operand)*`, kept flat (one node, many operands) so long chains do not
    /// turn into deep trees.
    NodePtr chain(std::string_view word, NodeKind kind) {
        const std::size_t start = current_.offset;
        NodePtr first = kind == NodeKind::disjunction ? conjunction() : unary();
        if (!first || !current_.isWord(word)) {
            return first;
        }
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->offset = start;
        node->operands.push_back(std::move(first));
        while (current_.isWord(word)) {
            advance();
            NodePtr next = kind == NodeKind::disjunction ? conjunction() : unary();
            if (!next) {
                return nullptr;
            }
            node->operands.push_back(std::move(next));
        }
        return node;
    }

    NodePtr unary() {
        const std::size_t start = current_.offset;
        if (current_.isWord("not")) {
            const Nesting nesting(*this);
            if (nesting.tooDeep()) {
                return tooDeep();
            }
            advance();
            NodePtr operand = unary();
            if (!operand) {
                return nullptr;
            }
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::negation;
            node->offset = start;
            node->operands.push_back(std::move(operand));
            return node;
        }
        if (current_.type == TokenType::leftParen) {
            const Nesting nesting(*this);
            if (nesting.tooDeep()) {
                return tooDeep();
            }
            advance();
            NodePtr inner = disjunction();
            // Positions in messages count characters from 1, as editors and the compiler's
            // "at character N" do; ParseError::offset itself counts from 0.
            if (!inner || !require(TokenType::rightParen, "')' to close the '(' at character " +
                                                              std::to_string(start + 1))) {
                return nullptr;
            }
            return inner;
        }
        if (current_.type == TokenType::word && !current_.reserved) {
            return atom();
        }
        if (current_.isWord("answered")) {
            return answered();
        }
        if (current_.isWord("count")) {
            return count();
        }
        if (current_.isWord("any") || current_.isWord("all")) {
            return rowQuantifier();
        }
        if (current_.type == TokenType::word) {
            failHere("expected a condition, found " + describe(current_) +
                     "; reserved words cannot be question ids");
            return nullptr;
        }
        expected("a condition (a question id, 'not', '(', 'answered', 'count', 'any' or 'all')");
        return nullptr;
    }

    NodePtr tooDeep() {
        failHere("the rule nests deeper than " + std::to_string(kMaxRuleDepth) + " levels");
        return nullptr;
    }

    /// QID op literal | QID contains literal | QID in [literal, ...]
    NodePtr atom() {
        auto node = std::make_unique<Node>();
        node->offset = current_.offset;
        node->id = std::string(current_.spelling);
        advance();
        const std::string after = "after '" + node->id;
        if (current_.type == TokenType::compare) {
            node->kind = NodeKind::comparison;
            node->op = current_.op;
            const std::string context = after + " " + std::string(current_.spelling) + "'";
            advance();
            return literalInto(*node, context) ? std::move(node) : nullptr;
        }
        if (current_.isWord("contains")) {
            node->kind = NodeKind::contains;
            advance();
            return literalInto(*node, after + " contains'") ? std::move(node) : nullptr;
        }
        if (current_.isWord("in")) {
            node->kind = NodeKind::oneOf;
            advance();
            if (!require(TokenType::leftBracket, "'[' " + after + " in'")) {
                return nullptr;
            }
            do {
                if (!literalInto(*node, "in the list " + after + " in'")) {
                    return nullptr;
                }
            } while (accept(TokenType::comma));
            if (!require(TokenType::rightBracket, "',' or ']' in the list " + after + " in'")) {
                return nullptr;
            }
            return node;
        }
        expected("an operator (=, !=, <, <=, >, >=, contains or in) " + after + "'");
        return nullptr;
    }

    bool literalInto(Node& node, const std::string& context) {
        Literal literal;
        literal.spelling = std::string(current_.spelling);
        if (current_.isWord("true") || current_.isWord("false")) {
            literal.value = current_.isWord("true");
        } else if (current_.type == TokenType::number) {
            literal.value = current_.number;
        } else if (current_.type == TokenType::string) {
            literal.value = current_.text;
        } else {
            std::string what = "a literal (true, false, a number or a \"string\") " + context;
            if (current_.type == TokenType::word && !current_.reserved) {
                // The usual slip: an option id written without its quotes.
                failHere("expected " + what + ", found '" + std::string(current_.spelling) +
                         "'; write option ids and text in double quotes");
                return false;
            }
            expected(what);
            return false;
        }
        node.literals.push_back(std::move(literal));
        advance();
        return true;
    }

    /// `name (` — with a hint when a reserved word was used as if it were a question id.
    bool functionOpen(std::string_view name) {
        const std::string word(name);
        advance();
        if (accept(TokenType::leftParen)) {
            return true;
        }
        if (current_.type == TokenType::compare || current_.isWord("contains") ||
            current_.isWord("in")) {
            failHere("expected '(' after '" + word + "', found " + describe(current_) + "; '" +
                     word + "' is a reserved word and cannot be a question id");
            return false;
        }
        expected("'(' after '" + word + "'");
        return false;
    }

    bool questionId(Node& node, std::string_view function) {
        if (current_.type == TokenType::word && !current_.reserved) {
            node.id = std::string(current_.spelling);
            advance();
            return true;
        }
        if (current_.type == TokenType::word) {
            failHere("expected an id after '" + std::string(function) + "(', found " +
                     describe(current_) + "; reserved words cannot be ids");
            return false;
        }
        expected("an id after '" + std::string(function) + "('");
        return false;
    }

    NodePtr answered() {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::answered;
        node->offset = current_.offset;
        if (!functionOpen("answered") || !questionId(*node, "answered") ||
            !require(TokenType::rightParen, "')' after 'answered(" + node->id + "'")) {
            return nullptr;
        }
        return node;
    }

    /// A row rule is one more level of nesting: it is parsed by the same recursion.
    bool rowRuleInto(Node& node, const std::string& function) {
        const Nesting nesting(*this);
        if (nesting.tooDeep()) {
            tooDeep();
            return false;
        }
        node.rowRule = disjunction();
        return node.rowRule != nullptr &&
               require(TokenType::rightParen,
                       "')' after the row rule of '" + function + "(" + node.id + ", ...'");
    }

    NodePtr count() {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::count;
        node->offset = current_.offset;
        if (!functionOpen("count") || !questionId(*node, "count")) {
            return nullptr;
        }
        if (accept(TokenType::comma)) {
            if (!rowRuleInto(*node, "count")) {
                return nullptr;
            }
        } else if (!require(TokenType::rightParen,
                            "',' and a row rule, or ')', after 'count(" + node->id + "'")) {
            return nullptr;
        }
        const std::string written = "count(" + node->id + (node->rowRule ? ", ...)" : ")");
        if (current_.type != TokenType::compare) {
            expected("an operator (=, !=, <, <=, >, >=) after '" + written + "'");
            return nullptr;
        }
        node->op = current_.op;
        const std::string context = "after '" + written + " " + std::string(current_.spelling);
        advance();
        if (current_.type != TokenType::number) {
            expected("a number " + context + "'");
            return nullptr;
        }
        return literalInto(*node, context) ? std::move(node) : nullptr;
    }

    NodePtr rowQuantifier() {
        const std::string function(current_.spelling);
        auto node = std::make_unique<Node>();
        node->kind = function == "any" ? NodeKind::anyRow : NodeKind::allRow;
        node->offset = current_.offset;
        if (!functionOpen(function) || !questionId(*node, function) ||
            !require(TokenType::comma,
                     "',' and a row rule after '" + function + "(" + node->id + "'") ||
            !rowRuleInto(*node, function)) {
            return nullptr;
        }
        return node;
    }

    Lexer lexer_;
    Token current_;
    int depth_ = 0;
    std::optional<ParseError> error_;
};

} // namespace

std::variant<std::unique_ptr<const Node>, ParseError> parseTree(std::string_view text) {
    if (text.size() > kMaxRuleLength) {
        return ParseError{kMaxRuleLength, "the rule is longer than " +
                                              std::to_string(kMaxRuleLength) + " characters (" +
                                              std::to_string(text.size()) + ")"};
    }
    return Parser(text).parse();
}

} // namespace dpia::rules::detail
