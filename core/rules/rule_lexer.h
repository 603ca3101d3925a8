#pragma once

// Internal to core/rules: splits rule text into tokens, one at a time, on demand. The parser
// pulls tokens lazily so that the first error in reading order is the one reported.
#include "core/rules/rule_node.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace dpia::rules::detail {

enum class TokenType {
    end,
    word,    ///< [a-z][a-z0-9_]*: an id, or a reserved word when `reserved`
    number,  ///< -?[0-9]+(.[0-9]+)?
    string,  ///< "..." with \" and \\ escapes
    compare, ///< = != < <= > >=
    leftParen,
    rightParen,
    leftBracket,
    rightBracket,
    comma,
    invalid, ///< the text cannot be read here; `text` says why
};

struct Token {
    TokenType type = TokenType::end;
    std::size_t offset = 0;
    std::string_view spelling; ///< the token as written (a view into the rule text)
    bool reserved = false;     ///< word: one of the reserved words
    CompareOp op = CompareOp::equal;
    double number = 0;
    std::string text; ///< string: the unescaped contents; invalid: the error message

    bool isWord(std::string_view word) const { return type == TokenType::word && spelling == word; }
};

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    /// The next token; `end` at the end of the text (and on every call after that).
    Token next();

private:
    Token word(std::size_t start);
    Token number(std::size_t start);
    Token string(std::size_t start);
    Token invalid(std::size_t offset, std::string message) const;

    std::string_view text_;
    std::size_t position_ = 0;
};

/// How a token reads in an error message: "'and'", "number 12", "end of rule", ...
std::string describe(const Token& token);

} // namespace dpia::rules::detail
